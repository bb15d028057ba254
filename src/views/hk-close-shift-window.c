/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-close-shift-window.c: the blind count that closes a clerk's shift.
 *
 * The clerk gives how many notes and coins of each denomination the drawer
 * holds and the totals of the other payment methods. The form never shows
 * the cash the drawer should hold: the store computes it only when the shift
 * is closed. Then the form shows expected, counted and the difference, which
 * the store keeps.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-input.h"
#include "core/hk-money.h"
#include "hk-cash-desk-format.h"
#include "hk-close-shift-window.h"
#include "hk-section.h"

/* The payment methods other than cash, whose totals the clerk declares. */
static const HkPaymentMethod declared_methods[] = {
  HK_PAYMENT_CARD,
  HK_PAYMENT_WECHAT,
  HK_PAYMENT_ALIPAY,
  HK_PAYMENT_CHEQUE,
};

struct _HkCloseShiftWindow
{
  AdwWindow            parent_instance;

  HkContext           *context;
  HkShift             *shift;
  HkShift             *closed;
  GtkSpinButton       *count_spins[HK_N_DENOMINATIONS];
  GtkLabel            *subtotal_labels[HK_N_DENOMINATIONS];
  AdwEntryRow         *declared_rows[HK_N_PAYMENT_METHODS];
  char                *problem;

  /* Template widgets */
  GtkButton           *cancel_button;
  AdwPreferencesGroup *cash_group;
  GtkButton           *close_button;
  GtkLabel            *counted_label;
  GtkLabel            *counted_result_label;
  AdwPreferencesGroup *declared_group;
  GtkImage            *difference_icon;
  GtkLabel            *difference_label;
  GtkButton           *done_button;
  GtkLabel            *expected_label;
  GtkLabel            *problem_label;
  GtkStack            *stack;
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
};

G_DEFINE_FINAL_TYPE (HkCloseShiftWindow, hk_close_shift_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SHIFT,
  N_PROPS
};

enum {
  CLOSED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
get_counts (HkCloseShiftWindow *self,
            gint64              counts[HK_N_DENOMINATIONS])
{
  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    counts[i] = gtk_spin_button_get_value_as_int (self->count_spins[i]);
}

/* Reads the declared totals; returns the first problem, or NULL. */
static char *
get_declared (HkCloseShiftWindow *self,
              gint64              declared[HK_N_PAYMENT_METHODS])
{
  char *problem = NULL;

  for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
    declared[m] = 0;

  for (guint i = 0; i < G_N_ELEMENTS (declared_methods); i++)
    {
      HkPaymentMethod method = declared_methods[i];
      AdwEntryRow *row = self->declared_rows[method];
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
      g_autoptr(GError) error = NULL;
      gboolean bad = FALSE;

      if (*text != '\0')
        {
          if (!hk_input_parse_money (text, &declared[method], &error))
            bad = TRUE;
          else if (declared[method] < 0)
            bad = TRUE;
        }

      if (bad && problem == NULL)
        problem = g_strdup_printf ("%s: %s", hk_payment_method_get_title (method),
                                   error != NULL ? error->message
                                                 : _("a total cannot be negative."));

      if (bad)
        gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
    }

  return problem;
}

static void
update_actions (HkCloseShiftWindow *self)
{
  gint64 counts[HK_N_DENOMINATIONS];
  gint64 declared[HK_N_PAYMENT_METHODS];
  g_autofree char *counted_text = NULL;
  gint64 counted = 0;

  get_counts (self, counts);
  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    {
      g_autofree char *subtotal = hk_money_format (counts[i] * hk_denominations[i]);

      gtk_label_set_label (self->subtotal_labels[i], subtotal);
      counted += counts[i] * hk_denominations[i];
    }

  counted_text = hk_money_format (counted);
  gtk_label_set_label (self->counted_label, counted_text);

  g_free (self->problem);
  self->problem = get_declared (self, declared);

  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "close-shift.close",
                                 self->problem == NULL && self->closed == NULL);
}

static void
show_result (HkCloseShiftWindow *self)
{
  g_autofree char *expected = hk_money_format (hk_shift_get_expected_cash (self->closed));
  g_autofree char *counted = hk_money_format (hk_shift_get_counted_cash (self->closed));

  gtk_label_set_label (self->expected_label, expected);
  gtk_label_set_label (self->counted_result_label, counted);
  hk_cash_desk_show_difference (self->difference_label, self->difference_icon,
                                hk_shift_get_cash_difference (self->closed));

  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->close_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->done_button), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "result");
  adw_window_title_set_subtitle (self->window_title, NULL);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->done_button));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkCloseShiftWindow *self = HK_CLOSE_SHIFT_WINDOW (widget);
  gint64 counts[HK_N_DENOMINATIONS];
  gint64 declared[HK_N_PAYMENT_METHODS];
  g_autofree char *problem = NULL;
  g_autoptr(GError) error = NULL;

  if (self->closed != NULL)
    return;

  get_counts (self, counts);
  if ((problem = get_declared (self, declared)) != NULL)
    return;

  self->closed = hk_shift_store_close (hk_context_get_shift_store (self->context),
                                       hk_context_get_operator (self->context), self->shift,
                                       counts, declared, &error);
  if (self->closed == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, hk_section_new_toast (error->message));
      return;
    }

  update_actions (self);
  show_result (self);
  g_signal_emit (self, signals[CLOSED], 0, self->closed);
}

static void
build_rows (HkCloseShiftWindow *self)
{
  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    {
      g_autofree char *title = hk_cash_desk_format_denomination (hk_denominations[i]);
      g_autofree char *name = g_strdup_printf ("count-%lld", (long long)hk_denominations[i]);
      /* Translators: the accessible name of a count, e.g. "Number of ¥100" */
      g_autofree char *accessible = g_strdup_printf (_("Number of %s"), title);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *subtotal = gtk_label_new (NULL);
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 100000, 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

      gtk_label_set_xalign (GTK_LABEL (subtotal), 1);
      gtk_label_set_width_chars (GTK_LABEL (subtotal), 12);
      gtk_widget_add_css_class (subtotal, "numeric");
      gtk_widget_add_css_class (subtotal, "dim-label");

      gtk_widget_set_name (spin, name);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_editable_set_width_chars (GTK_EDITABLE (spin), 6);
      gtk_editable_set_alignment (GTK_EDITABLE (spin), 1);
      gtk_widget_add_css_class (spin, "numeric");
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (update_actions), self,
                               G_CONNECT_SWAPPED);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), subtotal);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);

      self->count_spins[i] = GTK_SPIN_BUTTON (spin);
      self->subtotal_labels[i] = GTK_LABEL (subtotal);
      adw_preferences_group_add (self->cash_group, row);
    }

  for (guint i = 0; i < G_N_ELEMENTS (declared_methods); i++)
    {
      HkPaymentMethod method = declared_methods[i];
      g_autofree char *name = g_strdup_printf ("declared-%s", hk_payment_method_to_id (method));
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     hk_payment_method_get_title (method));
      gtk_widget_set_name (row, name);
      gtk_editable_set_alignment (GTK_EDITABLE (row), 1);
      gtk_widget_add_css_class (row, "numeric");
      g_signal_connect_object (row, "changed", G_CALLBACK (update_actions), self,
                               G_CONNECT_SWAPPED);

      self->declared_rows[method] = ADW_ENTRY_ROW (row);
      adw_preferences_group_add (self->declared_group, row);
    }
}

static void
hk_close_shift_window_constructed (GObject *object)
{
  HkCloseShiftWindow *self = (HkCloseShiftWindow *)object;
  HkHallStore *hall;
  g_autofree char *opened = NULL;
  g_autofree char *subtitle = NULL;

  G_OBJECT_CLASS (hk_close_shift_window_parent_class)->constructed (object);

  g_assert (self->context != NULL);
  g_assert (self->shift != NULL);

  hall = hk_context_get_hall_store (self->context);
  opened = hk_cash_desk_format_time (hk_shift_get_opened_at (self->shift),
                                     hk_hall_store_get_time_zone (hall));
  /* Translators: the close form's subtitle, e.g. "Shift of 2024-03-15, open since 09:02" */
  subtitle = g_strdup_printf (_("Shift of %s, open since %s"),
                              hk_shift_get_business_day (self->shift), opened);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  build_rows (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->count_spins[0]));
  update_actions (self);
}

static void
hk_close_shift_window_dispose (GObject *object)
{
  HkCloseShiftWindow *self = (HkCloseShiftWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_CLOSE_SHIFT_WINDOW);
  g_clear_object (&self->context);
  g_clear_object (&self->shift);
  g_clear_object (&self->closed);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hk_close_shift_window_parent_class)->dispose (object);
}

static void
hk_close_shift_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HkCloseShiftWindow *self = HK_CLOSE_SHIFT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SHIFT:
      g_value_set_object (value, self->shift);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_close_shift_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HkCloseShiftWindow *self = HK_CLOSE_SHIFT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_SHIFT:
      self->shift = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_close_shift_window_class_init (HkCloseShiftWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_close_shift_window_constructed;
  object_class->dispose = hk_close_shift_window_dispose;
  object_class->get_property = hk_close_shift_window_get_property;
  object_class->set_property = hk_close_shift_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHIFT] =
    g_param_spec_object ("shift", NULL, NULL, HK_TYPE_SHIFT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HkCloseShiftWindow::closed:
   * @shift: the shift as closed, with its expected and counted cash
   */
  signals[CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HK_TYPE_SHIFT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-close-shift-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, cash_group);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, close_button);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, counted_label);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, counted_result_label);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, declared_group);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, difference_icon);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, difference_label);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, done_button);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, expected_label);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HkCloseShiftWindow, window_title);

  gtk_widget_class_install_action (widget_class, "close-shift.close", NULL, close_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hk_close_shift_window_init (HkCloseShiftWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_close_shift_window_new:
 * @shift: the clerk's open shift
 */
HkCloseShiftWindow *
hk_close_shift_window_new (GtkWindow *parent,
                           HkContext *context,
                           HkShift   *shift)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (HK_IS_SHIFT (shift), NULL);

  return g_object_new (HK_TYPE_CLOSE_SHIFT_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       "shift", shift,
                       NULL);
}

/* What keeps the count from being closed, or NULL. */
const char *
hk_close_shift_window_get_problem (HkCloseShiftWindow *self)
{
  g_return_val_if_fail (HK_IS_CLOSE_SHIFT_WINDOW (self), NULL);

  return self->problem;
}

/* The cash counted so far, in fen. */
gint64
hk_close_shift_window_get_counted (HkCloseShiftWindow *self)
{
  gint64 counts[HK_N_DENOMINATIONS];
  gint64 counted = 0;

  g_return_val_if_fail (HK_IS_CLOSE_SHIFT_WINDOW (self), 0);

  get_counts (self, counts);
  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    counted += counts[i] * hk_denominations[i];

  return counted;
}

/**
 * hk_close_shift_window_get_closed_shift:
 *
 * Returns: (transfer none) (nullable): the shift as closed, or %NULL before the close
 */
HkShift *
hk_close_shift_window_get_closed_shift (HkCloseShiftWindow *self)
{
  g_return_val_if_fail (HK_IS_CLOSE_SHIFT_WINDOW (self), NULL);

  return self->closed;
}
