/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-price-change-window.c: the form that charges a receipt line at a price other than the
 * tariff, with a reason and the duty manager's approval.
 *
 * A clerk who is also a duty manager approves the price themselves. Otherwise
 * the duty manager comes to the counter and types their login name and
 * password; the operator store checks them as it checks a login (every attempt
 * is in the audit log, and too many wrong passwords lock the account), and the
 * password is emptied at once, whatever the answer. An operator without the
 * duty manager's role is refused, and the refusal is in the audit log too.
 * A refusal stays under the form, where the problems are named, until the
 * login or the password is typed again.
 * The line then keeps the price, the reason and the approver; the receipt store
 * checks all of them again when the receipt is issued.
 *
 * The tariff price itself takes the line back to the tariff, with no reason
 * and no approval.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-input.h"
#include "core/hk-money.h"
#include "core/hk-permission.h"
#include "hk-price-change-window.h"

struct _HkPriceChangeWindow
{
  AdwWindow            parent_instance;

  HkContext           *context;
  HkReceiptEntryLine  *line;
  char                *problem;
  char                *refusal;

  /* Template widgets */
  AdwPreferencesGroup *approval_group;
  AdwEntryRow         *login_row;
  AdwPasswordEntryRow *password_row;
  AdwPreferencesGroup *price_group;
  AdwEntryRow         *price_row;
  GtkLabel            *problem_label;
  AdwEntryRow         *reason_row;
  AdwActionRow        *self_row;
  AdwWindowTitle      *window_title;
};

G_DEFINE_FINAL_TYPE (HkPriceChangeWindow, hk_price_change_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_LINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
row_text (gpointer row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_row_error (gpointer row,
               gboolean error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* Whether the clerk at the counter may approve the price themselves. */
static gboolean
actor_approves (HkPriceChangeWindow *self)
{
  HkOperator *actor = hk_context_get_operator (self->context);

  return actor != NULL && hk_operator_has_any_role (actor, HK_ROLE_DUTY_MANAGER);
}

/* The price typed, in fen; FALSE with @problem set when there is none or it is wrong. */
static gboolean
read_price (HkPriceChangeWindow  *self,
            gint64               *fen,
            char                **problem)
{
  g_autofree char *text = g_strstrip (g_strdup (row_text (self->price_row)));
  g_autoptr(GError) error = NULL;

  *fen = 0;

  if (*text == '\0')
    {
      *problem = g_strdup (_("Give the new unit price."));
      return FALSE;
    }

  if (!hk_input_parse_money (text, fen, &error))
    {
      *problem = g_strdup (error->message);
      set_row_error (self->price_row, TRUE);
      return FALSE;
    }

  if (*fen < 0)
    {
      *problem = g_strdup (_("A price cannot be negative."));
      set_row_error (self->price_row, TRUE);
      return FALSE;
    }

  return TRUE;
}

/* Checks the form; returns the first problem to show, or NULL when the price may change. */
static char *
find_problem (HkPriceChangeWindow *self)
{
  g_autofree char *reason = g_strstrip (g_strdup (row_text (self->reason_row)));
  g_autofree char *login = g_strstrip (g_strdup (row_text (self->login_row)));
  char *problem = NULL;
  gint64 price;

  set_row_error (self->price_row, FALSE);

  if (!read_price (self, &price, &problem))
    return problem;

  if (price == hk_receipt_entry_line_get_tariff_price (self->line))
    return NULL;

  if (*reason == '\0')
    return g_strdup (_("Say why this customer pays a price other than the tariff."));

  if (!actor_approves (self))
    {
      if (*login == '\0')
        return g_strdup (_("The duty manager types their login name."));
      if (*row_text (self->password_row) == '\0')
        return g_strdup (_("The duty manager types their password."));
    }

  return NULL;
}

static void
update_actions (HkPriceChangeWindow *self)
{
  g_autofree char *problem = NULL;
  gint64 price = 0;
  gboolean at_tariff;

  /* Rows of the template tell of their last changes while they go away. */
  if (self->line == NULL || self->problem_label == NULL)
    return;

  problem = find_problem (self);
  at_tariff = problem == NULL && read_price (self, &price, &problem) &&
              price == hk_receipt_entry_line_get_tariff_price (self->line);

  /* At the tariff price nobody needs to approve anything. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->approval_group), !at_tariff);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reason_row), !at_tariff);

  g_free (self->problem);
  self->problem = g_steal_pointer (&problem);
  gtk_label_set_label (self->problem_label,
                       self->refusal != NULL ? self->refusal
                       : self->problem != NULL ? self->problem
                       : at_tariff ? _("This is the tariff price: the line goes back to it.")
                       : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label),
                          self->refusal != NULL || self->problem != NULL || at_tariff);
  if (self->refusal != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->problem_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->problem_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "dim-label");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "price.change", self->problem == NULL);
}

static void
on_credentials_changed_cb (HkPriceChangeWindow *self)
{
  set_row_error (self->login_row, FALSE);
  set_row_error (self->password_row, FALSE);
  g_clear_pointer (&self->refusal, g_free);
  update_actions (self);
}

static void
on_entry_activated_cb (HkPriceChangeWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "price.change", NULL);
}

/* Names why the approval was refused under the form, until the login or password changes. */
static void
show_refusal (HkPriceChangeWindow *self,
              const char          *message)
{
  g_free (self->refusal);
  self->refusal = g_strdup (message);
  update_actions (self);
}

/* The duty manager who approves: the clerk themselves, or whoever logs in at the counter. */
static HkOperator *
get_approver (HkPriceChangeWindow *self)
{
  HkOperatorStore *operators = hk_context_get_operator_store (self->context);
  g_autofree char *login = g_strstrip (g_strdup (row_text (self->login_row)));
  g_autofree char *message = NULL;
  g_autoptr(HkOperator) approver = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) refusal = NULL;

  if (actor_approves (self))
    return g_object_ref (hk_context_get_operator (self->context));

  approver = hk_operator_store_authenticate (operators, login, row_text (self->password_row),
                                             &error);

  /* Never kept: right or wrong, the password is typed again for the next approval. */
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");

  if (approver == NULL)
    {
      set_row_error (self->password_row, TRUE);
      show_refusal (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
      return NULL;
    }

  /* The refusal goes to the audit log, under the operator who tried to approve. */
  if (!hk_permission_require (hk_context_get_database (self->context), approver,
                              HK_ROLE_DUTY_MANAGER, _("Approving a price other than the tariff"),
                              &refusal))
    {
      set_row_error (self->login_row, TRUE);
      /* Translators: e.g. "张丽 is not a duty manager: only a duty manager approves a price
       * other than the tariff." */
      message = g_strdup_printf (_("%s is not a duty manager: only a duty manager approves a "
                                   "price other than the tariff."),
                                 hk_operator_get_display_name (approver));
      show_refusal (self, message);
      gtk_widget_grab_focus (GTK_WIDGET (self->login_row));
      return NULL;
    }

  return g_steal_pointer (&approver);
}

static void
change_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkPriceChangeWindow *self = HK_PRICE_CHANGE_WINDOW (widget);
  g_autoptr(HkOperator) approver = NULL;
  g_autofree char *problem = NULL;
  gint64 price;

  if (self->problem != NULL || !read_price (self, &price, &problem))
    return;

  if (price == hk_receipt_entry_line_get_tariff_price (self->line))
    {
      hk_receipt_entry_line_clear_custom_price (self->line);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (!(approver = get_approver (self)))
    return;

  hk_receipt_entry_line_set_custom_price (self->line, price, row_text (self->reason_row),
                                          approver);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hk_price_change_window_constructed (GObject *object)
{
  HkPriceChangeWindow *self = (HkPriceChangeWindow *)object;
  HkFeeItem *item;
  g_autofree char *tariff = NULL;
  g_autofree char *description = NULL;
  g_autofree char *price = NULL;

  G_OBJECT_CLASS (hk_price_change_window_parent_class)->constructed (object);

  g_assert (self->context != NULL);
  g_assert (self->line != NULL);

  item = hk_receipt_entry_line_get_fee_item (self->line);
  tariff = hk_money_format (hk_receipt_entry_line_get_tariff_price (self->line));
  adw_window_title_set_subtitle (self->window_title, hk_fee_item_get_name (item));
  adw_preferences_group_set_title (self->price_group, hk_fee_item_get_name (item));
  /* Translators: e.g. "TSIM99 · tariff price ¥25.00 · quantity 2" */
  description = g_strdup_printf (_("%s · tariff price %s · quantity %lld"),
                                 hk_fee_item_get_code (item), tariff,
                                 (long long)hk_receipt_entry_line_get_quantity (self->line));
  adw_preferences_group_set_description (self->price_group, description);

  price = hk_money_format_plain (hk_receipt_entry_line_get_unit_price (self->line));
  gtk_editable_set_text (GTK_EDITABLE (self->price_row), price);
  if (hk_receipt_entry_line_has_custom_price (self->line))
    gtk_editable_set_text (GTK_EDITABLE (self->reason_row),
                           hk_receipt_entry_line_get_price_reason (self->line));

  if (actor_approves (self))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->login_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->password_row), FALSE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->self_row), FALSE);
      adw_preferences_group_set_description (self->approval_group,
                                             _("A duty manager types their login name and "
                                               "password here. The password is checked once "
                                               "and not kept."));
    }

  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->price_row));
  update_actions (self);
}

static void
hk_price_change_window_dispose (GObject *object)
{
  HkPriceChangeWindow *self = (HkPriceChangeWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_PRICE_CHANGE_WINDOW);
  g_clear_object (&self->context);
  g_clear_object (&self->line);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->refusal, g_free);

  G_OBJECT_CLASS (hk_price_change_window_parent_class)->dispose (object);
}

static void
hk_price_change_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HkPriceChangeWindow *self = HK_PRICE_CHANGE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_LINE:
      g_value_set_object (value, self->line);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_price_change_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HkPriceChangeWindow *self = HK_PRICE_CHANGE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_LINE:
      self->line = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_price_change_window_class_init (HkPriceChangeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_price_change_window_constructed;
  object_class->dispose = hk_price_change_window_dispose;
  object_class->get_property = hk_price_change_window_get_property;
  object_class->set_property = hk_price_change_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINE] =
    g_param_spec_object ("line", NULL, NULL, HK_TYPE_RECEIPT_ENTRY_LINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-price-change-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HkPriceChangeWindow, approval_group);
  gtk_widget_class_bind_template_child (widget_class, HkPriceChangeWindow, login_row);
  gtk_widget_class_bind_template_child (widget_class, HkPriceChangeWindow, password_row);
  gtk_widget_class_bind_template_child (widget_class, HkPriceChangeWindow, price_group);
  gtk_widget_class_bind_template_child (widget_class, HkPriceChangeWindow, price_row);
  gtk_widget_class_bind_template_child (widget_class, HkPriceChangeWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkPriceChangeWindow, reason_row);
  gtk_widget_class_bind_template_child (widget_class, HkPriceChangeWindow, self_row);
  gtk_widget_class_bind_template_child (widget_class, HkPriceChangeWindow, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_credentials_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "price.change", NULL, change_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "price.change", NULL);
}

static void
hk_price_change_window_init (HkPriceChangeWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkPriceChangeWindow *
hk_price_change_window_new (GtkWindow          *parent,
                            HkContext          *context,
                            HkReceiptEntryLine *line)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (line), NULL);

  return g_object_new (HK_TYPE_PRICE_CHANGE_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       "line", line,
                       NULL);
}

/* What keeps the price from changing, or NULL. */
const char *
hk_price_change_window_get_problem (HkPriceChangeWindow *self)
{
  g_return_val_if_fail (HK_IS_PRICE_CHANGE_WINDOW (self), NULL);

  return self->problem;
}

/* Why the last approval was refused (a wrong password, not a duty manager), or NULL. */
const char *
hk_price_change_window_get_refusal (HkPriceChangeWindow *self)
{
  g_return_val_if_fail (HK_IS_PRICE_CHANGE_WINDOW (self), NULL);

  return self->refusal;
}
