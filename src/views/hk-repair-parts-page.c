/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-parts-page.c: the repair desk's parts stock: on hand, received, counted.
 *
 * Each part with its price (its fee item's tariff) and how many are on hand: what was
 * received, less what was used on tickets, plus what voided lines put back, plus the
 * differences counts found; never typed in. Beside it, every movement of the part selected.
 * Receive adds parts; Count records what is on the shelf: when it differs from the stock the
 * dialog shows the difference and asks why, and the store records the difference (the duty
 * manager may count too). New Part adds a kind of part with its repair fee item.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-repair-dialogs.h"
#include "hk-repair-format.h"
#include "hk-repair-parts-page.h"

struct _HkRepairPartsPage
{
  AdwBin               parent_instance;

  HkContext           *context;
  GListStore          *parts;
  GPtrArray           *movement_rows;

  /* Template widgets */
  GtkColumnView       *column_view;
  GtkStack            *list_stack;
  AdwPreferencesGroup *movements_group;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
};

G_DEFINE_FINAL_TYPE (HkRepairPartsPage, hk_repair_parts_page, ADW_TYPE_BIN)

static char *
format_money (gpointer unused,
              gint64   fen)
{
  return hk_money_format (fen);
}

static char *
format_count (gpointer unused,
              gint64   count)
{
  return g_strdup_printf ("%lld", (long long)count);
}

static HkOperator *
get_actor (HkRepairPartsPage *self)
{
  return hk_context_get_operator (self->context);
}

static void
update_actions (HkRepairPartsPage *self)
{
  HkOperator *actor = get_actor (self);
  gboolean selected = hk_repair_parts_page_get_selected (self) != NULL;
  gboolean technician = actor != NULL && hk_operator_has_any_role (actor, HK_ROLE_TECHNICIAN);
  gboolean counter = actor != NULL &&
                     hk_operator_has_any_role (actor, HK_ROLE_TECHNICIAN | HK_ROLE_DUTY_MANAGER);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parts.receive", technician && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parts.count", counter && selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parts.new", technician);
}

static const char *
movement_title (HkRepairPartMovementKind kind)
{
  switch (kind)
    {
    case HK_REPAIR_PART_RECEIVED:
      return C_("parts stock", "Received");
    case HK_REPAIR_PART_USED:
      return _("Used");
    case HK_REPAIR_PART_PUT_BACK:
      return _("Put back");
    case HK_REPAIR_PART_COUNTED:
    default:
      return _("Counted");
    }
}

static void
show_movements (HkRepairPartsPage *self)
{
  HkRepairPart *part = hk_repair_parts_page_get_selected (self);
  g_autoptr(GPtrArray) movements = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  for (guint i = 0; i < self->movement_rows->len; i++)
    adw_preferences_group_remove (self->movements_group,
                                  g_ptr_array_index (self->movement_rows, i));
  g_ptr_array_set_size (self->movement_rows, 0);

  if (part == NULL)
    {
      adw_preferences_group_set_title (self->movements_group, _("Movements"));
      return;
    }

  /* Translators: "Movements of SCR-GEN" */
  title = g_strdup_printf (_("Movements of %s"), hk_repair_part_get_code (part));
  adw_preferences_group_set_title (self->movements_group, title);

  movements = hk_repair_part_store_list_movements (hk_context_get_repair_part_store (self->context),
                                                   hk_repair_part_get_id (part), &error);
  if (movements == NULL)
    {
      hk_repair_show_toast (GTK_WIDGET (self), error->message, TRUE);
      return;
    }

  /* The newest first. */
  for (guint i = movements->len; i > 0; i--)
    {
      HkRepairPartMovement *movement = g_ptr_array_index (movements, i - 1);
      g_autofree char *at = hk_repair_format_moment (self->context, movement->at);
      g_autofree char *row_title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *quantity = movement->quantity != 0
                                  ? g_strdup_printf ("%+lld", (long long)movement->quantity)
                                  : g_strdup ("0");
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (quantity);

      if (movement->kind == HK_REPAIR_PART_COUNTED)
        row_title = movement->quantity == 0
                    /* Translators: a count that agreed with the stock: "Counted 5: agrees" */
                    ? g_strdup_printf (_("Counted %lld: agrees"), (long long)movement->counted)
                    /* Translators: a count that differed: "Counted 4: difference −1" */
                    : g_strdup_printf (_("Counted %lld: difference %+lld"),
                                       (long long)movement->counted,
                                       (long long)movement->quantity);
      else if (movement->ticket_no != NULL)
        /* Translators: a part used or put back on a ticket: "Used on R20261015-0003" */
        row_title = g_strdup_printf (movement->kind == HK_REPAIR_PART_USED ? _("Used on %s")
                                                                            : _("Put back from %s"),
                                     movement->ticket_no);
      else
        row_title = g_strdup (movement_title (movement->kind));

      subtitle = movement->note != NULL
                 ? g_strdup_printf (_("%s · %s: %s"), at, movement->by_name, movement->note)
                 : g_strdup_printf (_("%s · %s"), at, movement->by_name);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), row_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      if (movement->kind == HK_REPAIR_PART_COUNTED && movement->quantity != 0)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Difference"), -1);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
      adw_preferences_group_add (self->movements_group, row);
      g_ptr_array_add (self->movement_rows, row);
    }
}

static void
on_selection_changed_cb (HkRepairPartsPage *self)
{
  if (self->context == NULL)
    return;

  show_movements (self);
  update_actions (self);
}

static void
reload (HkRepairPartsPage *self)
{
  HkRepairPart *selected = hk_repair_parts_page_get_selected (self);
  g_autofree char *code = selected != NULL ? g_strdup (hk_repair_part_get_code (selected)) : NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GError) error = NULL;

  parts = hk_repair_part_store_list (hk_context_get_repair_part_store (self->context), &error);
  if (parts == NULL)
    {
      hk_repair_show_toast (GTK_WIDGET (self), error->message, TRUE);
      return;
    }

  g_list_store_splice (self->parts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->parts)),
                       parts->pdata, parts->len);
  gtk_stack_set_visible_child_name (self->list_stack, parts->len > 0 ? "list" : "empty");

  if (code == NULL || !hk_repair_parts_page_select (self, code))
    show_movements (self);
  update_actions (self);
}

/* ---- receive ---- */

static void
on_receive_response_cb (AdwMessageDialog  *dialog,
                        const char        *response,
                        HkRepairPartsPage *self)
{
  HkRepairPart *part = g_object_get_data (G_OBJECT (dialog), "part");
  GtkSpinButton *quantity = GTK_SPIN_BUTTON (hk_repair_dialog_get_row (dialog, "quantity"));
  g_autofree char *note = hk_repair_dialog_dup_text (dialog, "note");
  g_autoptr(HkRepairPart) received = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "receive") != 0)
    return;

  received = hk_repair_part_store_receive (hk_context_get_repair_part_store (self->context),
                                           get_actor (self), part,
                                           gtk_spin_button_get_value_as_int (quantity), note,
                                           &error);
  if (received == NULL)
    {
      hk_repair_show_toast (GTK_WIDGET (self), error->message, TRUE);
      return;
    }

  /* Translators: "SCR-GEN: 8 on hand" */
  message = g_strdup_printf (_("%s: %lld on hand"), hk_repair_part_get_code (received),
                             (long long)hk_repair_part_get_on_hand (received));
  hk_repair_show_toast (GTK_WIDGET (self), message, FALSE);
}

static void
receive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkRepairPartsPage *self = HK_REPAIR_PARTS_PAGE (widget);
  HkRepairPart *part = hk_repair_parts_page_get_selected (self);
  AdwMessageDialog *dialog;
  GtkWidget *spin;

  if (part == NULL)
    return;

  dialog = hk_repair_dialog_new (widget, _("Receive Parts?"), NULL);
  adw_message_dialog_format_body (dialog, _("%s %s come into the stock; %lld are on hand now."),
                                  hk_repair_part_get_code (part), hk_repair_part_get_name (part),
                                  (long long)hk_repair_part_get_on_hand (part));
  spin = hk_repair_dialog_add_spin (dialog, "quantity", _("Quantity received"), 1,
                                    HK_REPAIR_PART_MAX_QUANTITY, 1);
  hk_repair_dialog_add_entry (dialog, "note", _("Where they came from (optional)"));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "receive", _("_Receive"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "receive", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "receive");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "part", g_object_ref (part), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_receive_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (spin);
}

/* ---- count ---- */

static void
on_count_changed_cb (AdwMessageDialog *dialog)
{
  HkRepairPart *part = g_object_get_data (G_OBJECT (dialog), "part");
  GtkSpinButton *counted = GTK_SPIN_BUTTON (hk_repair_dialog_get_row (dialog, "counted"));
  g_autofree char *note = hk_repair_dialog_dup_text (dialog, "note");
  gint64 difference = gtk_spin_button_get_value_as_int (counted) -
                      hk_repair_part_get_on_hand (part);
  g_autofree char *body = NULL;

  if (difference == 0)
    body = g_strdup_printf (_("The stock says %lld %s on hand. Count them on the shelf."),
                            (long long)hk_repair_part_get_on_hand (part),
                            hk_repair_part_get_code (part));
  else
    /* Translators: the count differs: "The stock says 5 SCR-GEN on hand; you counted 4: a
     * difference of -1. Say why: the difference is recorded with your name." */
    body = g_strdup_printf (_("The stock says %lld %s on hand; you counted %lld: a difference "
                              "of %+lld. Say why: the difference is recorded with your name."),
                            (long long)hk_repair_part_get_on_hand (part),
                            hk_repair_part_get_code (part),
                            (long long)gtk_spin_button_get_value_as_int (counted),
                            (long long)difference);
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_set_response_enabled (dialog, "count", difference == 0 || *note != '\0');
}

static void
on_count_response_cb (AdwMessageDialog  *dialog,
                      const char        *response,
                      HkRepairPartsPage *self)
{
  HkRepairPart *part = g_object_get_data (G_OBJECT (dialog), "part");
  GtkSpinButton *counted = GTK_SPIN_BUTTON (hk_repair_dialog_get_row (dialog, "counted"));
  g_autofree char *note = hk_repair_dialog_dup_text (dialog, "note");
  g_autoptr(HkRepairPart) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "count") != 0)
    return;

  result = hk_repair_part_store_count (hk_context_get_repair_part_store (self->context),
                                       get_actor (self), part,
                                       gtk_spin_button_get_value_as_int (counted), note, &error);
  if (result == NULL)
    {
      hk_repair_show_toast (GTK_WIDGET (self), error->message, TRUE);
      return;
    }

  message = g_strdup_printf (_("%s: %lld on hand"), hk_repair_part_get_code (result),
                             (long long)hk_repair_part_get_on_hand (result));
  hk_repair_show_toast (GTK_WIDGET (self), message, FALSE);
}

static void
count_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkRepairPartsPage *self = HK_REPAIR_PARTS_PAGE (widget);
  HkRepairPart *part = hk_repair_parts_page_get_selected (self);
  AdwMessageDialog *dialog;
  GtkWidget *spin;
  GtkWidget *note;

  if (part == NULL)
    return;

  dialog = hk_repair_dialog_new (widget, _("Count the Part?"), NULL);
  spin = hk_repair_dialog_add_spin (dialog, "counted", _("Counted on the shelf"), 0,
                                    HK_REPAIR_PART_MAX_QUANTITY * 100,
                                    (int)hk_repair_part_get_on_hand (part));
  note = hk_repair_dialog_add_entry (dialog, "note", _("Why the count differs"));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "count", _("_Record Count"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "count", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "count");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "part", g_object_ref (part), g_object_unref);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_count_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (note, "changed", G_CALLBACK (on_count_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_count_response_cb), self, 0);
  on_count_changed_cb (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (spin);
}

/* ---- a new part ---- */

static void
on_new_changed_cb (AdwMessageDialog *dialog)
{
  g_autofree char *code = hk_repair_dialog_dup_text (dialog, "code");
  g_autofree char *name = hk_repair_dialog_dup_text (dialog, "name");
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "ids");

  adw_message_dialog_set_response_enabled (dialog, "add",
                                           *code != '\0' && *name != '\0' && ids->len > 0);
}

static void
on_new_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    HkRepairPartsPage *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "ids");
  AdwComboRow *item_row = ADW_COMBO_ROW (hk_repair_dialog_get_row (dialog, "item"));
  g_autofree char *code = hk_repair_dialog_dup_text (dialog, "code");
  g_autofree char *name = hk_repair_dialog_dup_text (dialog, "name");
  guint selected = adw_combo_row_get_selected (item_row);
  g_autoptr(HkRepairPart) part = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "add") != 0 || selected >= ids->len)
    return;

  part = hk_repair_part_store_add (hk_context_get_repair_part_store (self->context),
                                   get_actor (self), code, name,
                                   g_array_index (ids, gint64, selected), &error);
  if (part == NULL)
    {
      hk_repair_show_toast (GTK_WIDGET (self), error->message, TRUE);
      return;
    }

  hk_repair_parts_page_select (self, hk_repair_part_get_code (part));
  /* Translators: "Part SPK-01 added: receive it into the stock" */
  message = g_strdup_printf (_("Part %s added: receive it into the stock"),
                             hk_repair_part_get_code (part));
  hk_repair_show_toast (GTK_WIDGET (self), message, FALSE);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HkRepairPartsPage *self = HK_REPAIR_PARTS_PAGE (widget);
  GListModel *items = hk_fee_item_store_get_model (hk_context_get_fee_item_store (self->context));
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  AdwMessageDialog *dialog;
  GtkWidget *code;
  GtkWidget *name;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HkFeeItem) item = g_list_model_get_item (items, i);
      g_autofree char *title = NULL;
      gint64 id;

      if (hk_fee_item_get_category (item) != HK_FEE_CATEGORY_REPAIR ||
          !hk_fee_item_get_active (item))
        continue;

      title = g_strdup_printf ("%s %s", hk_fee_item_get_code (item), hk_fee_item_get_name (item));
      gtk_string_list_append (titles, title);
      id = hk_fee_item_get_id (item);
      g_array_append_val (ids, id);
    }

  dialog = hk_repair_dialog_new (widget, _("Add a Part?"),
                                 _("A kind of part the repair desk keeps. It is charged on a "
                                   "ticket with its repair fee item, at the item’s tariff."));
  code = hk_repair_dialog_add_entry (dialog, "code", _("Code"));
  name = hk_repair_dialog_add_entry (dialog, "name", C_("part", "Name"));
  hk_repair_dialog_add_combo (dialog, "item", _("Charged as"), G_LIST_MODEL (titles));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add Part"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "ids", ids, (GDestroyNotify)g_array_unref);
  g_signal_connect_object (code, "changed", G_CALLBACK (on_new_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (name, "changed", G_CALLBACK (on_new_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_response_cb), self, 0);
  on_new_changed_cb (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (code);
}

/* ---- the class ---- */

static void
hk_repair_parts_page_dispose (GObject *object)
{
  HkRepairPartsPage *self = (HkRepairPartsPage *)object;

  g_clear_pointer (&self->movement_rows, g_ptr_array_unref);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_REPAIR_PARTS_PAGE);
  g_clear_object (&self->parts);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hk_repair_parts_page_parent_class)->dispose (object);
}

static void
hk_repair_parts_page_class_init (HkRepairPartsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hk_repair_parts_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-repair-parts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkRepairPartsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkRepairPartsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkRepairPartsPage, movements_group);
  gtk_widget_class_bind_template_child (widget_class, HkRepairPartsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, HkRepairPartsPage, sort_model);
  gtk_widget_class_bind_template_callback (widget_class, format_count);
  gtk_widget_class_bind_template_callback (widget_class, format_money);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "parts.receive", NULL, receive_action);
  gtk_widget_class_install_action (widget_class, "parts.count", NULL, count_action);
  gtk_widget_class_install_action (widget_class, "parts.new", NULL, new_action);

  g_type_ensure (HK_TYPE_REPAIR_PART);
}

static void
hk_repair_parts_page_init (HkRepairPartsPage *self)
{
  self->parts = g_list_store_new (HK_TYPE_REPAIR_PART);
  self->movement_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->parts));
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
}

HkRepairPartsPage *
hk_repair_parts_page_new (HkContext *context)
{
  HkRepairPartsPage *self;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  self = g_object_new (HK_TYPE_REPAIR_PARTS_PAGE, NULL);
  self->context = g_object_ref (context);
  g_signal_connect_object (hk_context_get_repair_part_store (context), "changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);

  return self;
}

/**
 * hk_repair_parts_page_get_visible_model:
 *
 * Returns: (transfer none): the parts as shown (#HkRepairPart), sorted
 */
GListModel *
hk_repair_parts_page_get_visible_model (HkRepairPartsPage *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_PARTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * hk_repair_parts_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the part selected
 */
HkRepairPart *
hk_repair_parts_page_get_selected (HkRepairPartsPage *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_PARTS_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
hk_repair_parts_page_select (HkRepairPartsPage *self,
                             const char        *code)
{
  GListModel *model;

  g_return_val_if_fail (HK_IS_REPAIR_PARTS_PAGE (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkRepairPart) part = g_list_model_get_item (model, i);

      if (g_strcmp0 (hk_repair_part_get_code (part), code) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          show_movements (self);
          update_actions (self);
          return TRUE;
        }
    }

  return FALSE;
}

/* How many movements of the part selected the page lists. */
guint
hk_repair_parts_page_get_n_movements (HkRepairPartsPage *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_PARTS_PAGE (self), 0);

  return self->movement_rows->len;
}
