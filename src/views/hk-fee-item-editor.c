/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-fee-item-editor.c: the form that creates a fee item or changes one and its price.
 *
 * A new item gets a code, a name, a category and its first price from a day
 * on. An existing item keeps its code; its name and category may change, and
 * a new price may be set from today or a later day: the days before keep
 * their prices, and receipts keep the price they were issued at. Save stays
 * disabled until the form is valid, with the first problem named under the
 * form; what the database refuses (a code already taken) comes back from the
 * store as a toast in the form.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/hk-error.h"
#include "core/hk-input.h"
#include "core/hk-money.h"
#include "hk-fee-item-editor.h"

struct _HkFeeItemEditor
{
  AdwWindow            parent_instance;

  HkContext           *context;
  HkFeeItem           *target;
  char                *today;
  char                *problem;

  /* Template widgets */
  AdwComboRow         *category_row;
  AdwEntryRow         *code_row;
  AdwEntryRow         *from_row;
  AdwEntryRow         *name_row;
  AdwPreferencesGroup *price_group;
  AdwEntryRow         *price_row;
  GtkLabel            *problem_label;
  GtkButton           *save_button;
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
};

G_DEFINE_FINAL_TYPE (HkFeeItemEditor, hk_fee_item_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TARGET,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static HkFeeItemStore *
get_store (HkFeeItemEditor *self)
{
  return hk_context_get_fee_item_store (self->context);
}

/* The row's text without white space around it. */
static char *
dup_row_text (gpointer row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
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

/* Reads the price row; FALSE with the reason when it holds no acceptable price. */
static gboolean
parse_price (const char  *text,
             gint64      *price,
             GError     **error)
{
  if (!hk_input_parse_money (text, price, error))
    return FALSE;

  if (*price < 0 || *price > HK_FEE_ITEM_PRICE_MAX)
    {
      g_autofree char *lowest = hk_money_format (0);
      g_autofree char *highest = hk_money_format (HK_FEE_ITEM_PRICE_MAX);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("A price is from %s to %s."),
                   lowest, highest);
      return FALSE;
    }

  return TRUE;
}

/* Checks the form; returns the first problem to show, or NULL when it may be saved. */
static char *
find_problem (HkFeeItemEditor *self)
{
  HkHallStore *hall_store = hk_context_get_hall_store (self->context);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = dup_row_text (self->code_row);
  g_autofree char *name = dup_row_text (self->name_row);
  g_autofree char *price_text = dup_row_text (self->price_row);
  g_autofree char *from = dup_row_text (self->from_row);
  gboolean creating = self->target == NULL;
  char *problem = NULL;
  gboolean code_bad;
  gboolean name_bad;
  gboolean price_bad;
  gboolean from_bad;
  gint64 price = 0;

  code_bad = creating && *code != '\0' && !hk_fee_item_code_is_valid (code, &error);
  if (code_bad)
    problem = g_strdup (error->message);
  g_clear_error (&error);

  name_bad = g_utf8_strlen (name, -1) > HK_FEE_ITEM_NAME_MAX_LENGTH;
  if (name_bad && problem == NULL)
    problem = g_strdup_printf (_("A fee item’s name has at most %d characters."),
                               HK_FEE_ITEM_NAME_MAX_LENGTH);

  price_bad = *price_text != '\0' && !parse_price (price_text, &price, &error);
  if (price_bad && problem == NULL)
    problem = g_strdup (error->message);
  g_clear_error (&error);

  from_bad = *from != '\0' && !hk_hall_store_parse_day (hall_store, from, NULL, NULL, &error);
  if (from_bad && problem == NULL)
    problem = g_strdup (error->message);
  g_clear_error (&error);

  /* Prices of past days never change; a new item may start earlier, for imported receipts. */
  if (!from_bad && !creating && *from != '\0' && strcmp (from, self->today) < 0)
    {
      from_bad = TRUE;
      if (problem == NULL)
        problem = g_strdup_printf (_("A new price applies from today, %s, or a later day; the "
                                     "prices of past days never change."), self->today);
    }

  set_row_error (self->code_row, code_bad);
  set_row_error (self->name_row, name_bad);
  set_row_error (self->price_row, price_bad);
  set_row_error (self->from_row, from_bad);

  if (problem != NULL)
    return problem;

  if (creating && *code == '\0')
    return g_strdup (_("Give the fee item’s code."));
  if (*name == '\0')
    return g_strdup (_("Give the fee item’s name."));
  if (adw_combo_row_get_selected (self->category_row) >= HK_N_FEE_CATEGORIES)
    return g_strdup (_("Choose the fee item’s category."));
  if (creating && *price_text == '\0')
    return g_strdup (_("Give the price in yuan, e.g. 20.00."));
  if ((creating || *price_text != '\0') && *from == '\0')
    return g_strdup (_("Give the day the price applies from."));

  return NULL;
}

static void
update_actions (HkFeeItemEditor *self)
{
  g_free (self->problem);
  self->problem = find_problem (self);

  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->problem == NULL);
}

static void
on_entry_activated_cb (HkFeeItemEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

/* A toast's title is Pango markup in libadwaita 1.2, and names may hold "&" or "<". */
static void
show_error (HkFeeItemEditor *self,
            const GError    *error)
{
  g_autofree char *title = g_markup_escape_text (error->message, -1);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkFeeItemEditor *self = HK_FEE_ITEM_EDITOR (widget);
  HkOperator *actor = hk_context_get_operator (self->context);
  HkFeeCategory category = adw_combo_row_get_selected (self->category_row);
  g_autofree char *code = dup_row_text (self->code_row);
  g_autofree char *name = dup_row_text (self->name_row);
  g_autofree char *price_text = dup_row_text (self->price_row);
  g_autofree char *from = dup_row_text (self->from_row);
  g_autoptr(HkFeeItem) saved = NULL;
  g_autoptr(GError) error = NULL;
  gint64 price = 0;

  if (self->problem != NULL)
    return;

  if (*price_text != '\0' && !parse_price (price_text, &price, &error))
    {
      show_error (self, error);
      return;
    }

  if (self->target == NULL)
    {
      saved = hk_fee_item_store_add (get_store (self), actor, code, name, category, price, from,
                                     &error);
    }
  else
    {
      saved = hk_fee_item_store_update (get_store (self), actor, self->target, name, category,
                                        &error);
      if (saved != NULL && *price_text != '\0')
        {
          g_autoptr(HkFeeItem) updated = g_steal_pointer (&saved);

          /* The name is saved now: a second try only sets the price. */
          g_set_object (&self->target, updated);
          saved = hk_fee_item_store_set_price (get_store (self), actor, updated, price, from,
                                               &error);
        }
    }

  if (saved == NULL)
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, saved, self->target == NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fill_categories (HkFeeItemEditor *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  for (guint i = 0; i < HK_N_FEE_CATEGORIES; i++)
    gtk_string_list_append (titles, hk_fee_category_get_title ((HkFeeCategory)i));

  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (titles));
}

/* The price group of an existing item: what applies today and what a new price does. */
static char *
describe_price (HkFeeItemEditor *self)
{
  g_autofree char *current = NULL;
  const char *rule = _("A new price applies from the day given, today or later, until the next "
                       "price. The days before keep their prices, and receipts always keep the "
                       "price they were issued at. Leave the price empty to keep today’s.");

  if (!hk_fee_item_has_price (self->target))
    return g_strdup_printf (_("The item has no price today. %s"), rule);

  current = hk_money_format (hk_fee_item_get_price (self->target));

  /* Translators: "Today’s price is ¥20.00, valid from 2024-03-01. A new price applies…" */
  return g_strdup_printf (_("Today’s price is %s, valid from %s. %s"), current,
                          hk_fee_item_get_price_from (self->target), rule);
}

static void
hk_fee_item_editor_constructed (GObject *object)
{
  HkFeeItemEditor *self = (HkFeeItemEditor *)object;

  G_OBJECT_CLASS (hk_fee_item_editor_parent_class)->constructed (object);

  self->today = hk_fee_item_store_dup_today (get_store (self));
  fill_categories (self);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), self->today);

  if (self->target == NULL)
    {
      adw_window_title_set_title (self->window_title, _("New Fee Item"));
      gtk_button_set_label (self->save_button, _("C_reate"));
      adw_preferences_group_set_title (self->price_group, _("Price"));
      adw_preferences_group_set_description (self->price_group,
                                             _("The price in yuan, and the first day it is "
                                               "charged. Clerks find the item at the cash desk "
                                               "from that day on."));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->price_row), _("Price (yuan)"));
      gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->code_row));
    }
  else
    {
      g_autofree char *description = describe_price (self);

      adw_window_title_set_title (self->window_title, _("Edit Fee Item"));
      adw_window_title_set_subtitle (self->window_title, hk_fee_item_get_code (self->target));
      gtk_button_set_label (self->save_button, _("_Save"));

      gtk_editable_set_text (GTK_EDITABLE (self->code_row), hk_fee_item_get_code (self->target));
      gtk_editable_set_editable (GTK_EDITABLE (self->code_row), FALSE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->code_row),
                                   _("A code never changes; it is on every receipt."));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), hk_fee_item_get_name (self->target));
      adw_combo_row_set_selected (self->category_row, hk_fee_item_get_category (self->target));

      adw_preferences_group_set_title (self->price_group, _("New Price"));
      adw_preferences_group_set_description (self->price_group, description);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->price_row),
                                     _("New price (yuan)"));
      gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
    }

  update_actions (self);
}

static void
hk_fee_item_editor_dispose (GObject *object)
{
  HkFeeItemEditor *self = (HkFeeItemEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_FEE_ITEM_EDITOR);
  g_clear_object (&self->context);
  g_clear_object (&self->target);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hk_fee_item_editor_parent_class)->dispose (object);
}

static void
hk_fee_item_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HkFeeItemEditor *self = HK_FEE_ITEM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_TARGET:
      g_value_set_object (value, self->target);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_fee_item_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HkFeeItemEditor *self = HK_FEE_ITEM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_TARGET:
      self->target = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_fee_item_editor_class_init (HkFeeItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_fee_item_editor_constructed;
  object_class->dispose = hk_fee_item_editor_dispose;
  object_class->get_property = hk_fee_item_editor_get_property;
  object_class->set_property = hk_fee_item_editor_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_object ("target", NULL, NULL, HK_TYPE_FEE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HkFeeItemEditor::saved:
   * @item: the fee item as saved, with today's price
   * @created: %TRUE for a new fee item
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, HK_TYPE_FEE_ITEM, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-fee-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemEditor, from_row);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemEditor, price_group);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemEditor, price_row);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemEditor, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
hk_fee_item_editor_init (HkFeeItemEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_fee_item_editor_new:
 * @target: (nullable): the fee item to change, or %NULL to create one
 */
HkFeeItemEditor *
hk_fee_item_editor_new (GtkWindow *parent,
                        HkContext *context,
                        HkFeeItem *target)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_FEE_ITEM_EDITOR,
                       "transient-for", parent,
                       "context", context,
                       "target", target,
                       NULL);
}

/* What keeps the form from being saved, or NULL. */
const char *
hk_fee_item_editor_get_problem (HkFeeItemEditor *self)
{
  g_return_val_if_fail (HK_IS_FEE_ITEM_EDITOR (self), NULL);

  return self->problem;
}
