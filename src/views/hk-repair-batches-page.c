/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-batches-page.c: the dispatch batches to the city company and their devices.
 *
 * The batches, newest first, each with how many of its devices are back (an icon and words:
 * "All back", "2 of 5 back"); beside them the devices of the batch selected, in the order of
 * its dispatch list, each at the city company with a Receive button, or back with the city
 * company's report. A device comes back one by one (hk_repair_store_return_from_city()). The
 * dispatch list prints as PDF and exports to Excel. Only the technician sends and receives.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-repair-batches-page.h"
#include "hk-repair-dialogs.h"
#include "hk-repair-dispatch-window.h"
#include "hk-repair-export.h"
#include "hk-repair-format.h"

struct _HkRepairBatchesPage
{
  AdwBin               parent_instance;

  HkContext           *context;
  GListStore          *batches;
  GPtrArray           *item_rows;
  guint                n_devices;

  /* Template widgets */
  GtkColumnView       *column_view;
  AdwPreferencesGroup *items_group;
  GtkStack            *list_stack;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
};

G_DEFINE_FINAL_TYPE (HkRepairBatchesPage, hk_repair_batches_page, ADW_TYPE_BIN)

static char *
format_back (gpointer       unused,
             HkRepairBatch *batch)
{
  guint n;
  guint back;

  if (batch == NULL)
    return g_strdup ("");

  n = hk_repair_batch_get_n_items (batch);
  back = hk_repair_batch_get_n_returned (batch);

  if (back == n)
    return g_strdup (_("All back"));
  if (back == 0)
    return g_strdup (_("At the city company"));

  /* Translators: how many devices of a dispatch batch are back: "2 of 5 back" */
  return g_strdup_printf (_("%u of %u back"), back, n);
}

static char *
format_back_icon (gpointer       unused,
                  HkRepairBatch *batch)
{
  if (batch == NULL)
    return NULL;

  return g_strdup (hk_repair_batch_is_complete (batch) ? "emblem-ok-symbolic"
                                                       : "send-to-symbolic");
}

static void
update_actions (HkRepairBatchesPage *self)
{
  gboolean selected = hk_repair_batches_page_get_selected (self) != NULL;
  gboolean writer = hk_repair_format_can_write (self->context);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batches.new", writer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batches.save-list", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batches.export", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "batches.receive", writer);
}

static void
clear_items (HkRepairBatchesPage *self)
{
  for (guint i = 0; i < self->item_rows->len; i++)
    adw_preferences_group_remove (self->items_group, g_ptr_array_index (self->item_rows, i));
  g_ptr_array_set_size (self->item_rows, 0);
  self->n_devices = 0;
}

/* The devices of the batch selected, as on its dispatch list. */
static void
show_items (HkRepairBatchesPage *self)
{
  HkRepairBatch *batch = hk_repair_batches_page_get_selected (self);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gboolean writer = hk_repair_format_can_write (self->context);
  g_autofree char *title = NULL;

  clear_items (self);

  if (batch == NULL)
    {
      adw_preferences_group_set_title (self->items_group, _("Devices"));
      adw_preferences_group_set_description (self->items_group, NULL);
      return;
    }

  /* Translators: the devices of a batch: "Devices of S20261021-01" */
  title = g_strdup_printf (_("Devices of %s"), hk_repair_batch_get_batch_no (batch));
  adw_preferences_group_set_title (self->items_group, title);
  if (hk_repair_batch_get_waybill (batch) != NULL)
    {
      /* Translators: under a batch's devices: "顺丰 张师傅, waybill SF1234567890" */
      g_autofree char *description = g_strdup_printf (_("%s, waybill %s"),
                                                      hk_repair_batch_get_courier (batch),
                                                      hk_repair_batch_get_waybill (batch));

      adw_preferences_group_set_description (self->items_group, description);
    }
  else
    adw_preferences_group_set_description (self->items_group, hk_repair_batch_get_courier (batch));

  items = hk_repair_store_get_batch_items (hk_context_get_repair_store (self->context),
                                           hk_repair_batch_get_id (batch), &error);
  if (items == NULL)
    {
      hk_repair_show_toast (GTK_WIDGET (self), error->message, TRUE);
      return;
    }

  for (guint i = 0; i < items->len; i++)
    {
      HkRepairBatchItem *item = g_ptr_array_index (items, i);
      gboolean back = item->returned_at != 0;
      g_autofree char *row_title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *state = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon;
      GtkWidget *label;
      const char *state_text;

      /* Translators: a device on a dispatch list: "1. R20261015-0003 · 华为 P40" */
      row_title = g_strdup_printf (_("%u. %s · %s %s"), item->position, item->ticket_no,
                                   item->brand, item->model);
      if (back)
        /* Translators: the city company's report on a device that is back */
        subtitle = g_strdup_printf (_("Report: %s"), item->city_report);
      else
        subtitle = g_strdup_printf (_("%s · IMEI %s"), item->fault, item->imei);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), row_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_name (row, item->ticket_no);

      state_text = !back ? _("At the city company")
                   : item->city_repaired ? _("Back, repaired") : _("Back, not repaired");
      icon = g_object_new (GTK_TYPE_IMAGE,
                           "icon-name", !back ? "send-to-symbolic"
                                        : item->city_repaired ? "emblem-ok-symbolic"
                                        : "dialog-warning-symbolic",
                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                           NULL);
      label = gtk_label_new (state_text);
      gtk_box_append (GTK_BOX (state), icon);
      gtk_box_append (GTK_BOX (state), label);
      gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);

      if (!back && writer)
        {
          GtkWidget *button = gtk_button_new_with_label (_("Receive…"));
          /* Translators: the accessible name of a device's Receive button */
          g_autofree char *name = g_strdup_printf (_("Receive %s from the city company"),
                                                   item->ticket_no);

          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (button, name);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          name, -1);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "batches.receive");
          gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                                  g_variant_new_int64 (item->ticket_id));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }

      adw_preferences_group_add (self->items_group, row);
      g_ptr_array_add (self->item_rows, row);
      self->n_devices++;
    }
}

static void
on_selection_changed_cb (HkRepairBatchesPage *self)
{
  if (self->context == NULL)
    return;

  show_items (self);
  update_actions (self);
}

static void
reload (HkRepairBatchesPage *self)
{
  HkRepairBatch *selected = hk_repair_batches_page_get_selected (self);
  g_autofree char *selected_no = selected != NULL
                                 ? g_strdup (hk_repair_batch_get_batch_no (selected)) : NULL;
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(GError) error = NULL;

  batches = hk_repair_store_list_batches (hk_context_get_repair_store (self->context), NULL,
                                          NULL, &error);
  if (batches == NULL)
    {
      hk_repair_show_toast (GTK_WIDGET (self), error->message, TRUE);
      return;
    }

  g_list_store_splice (self->batches, 0, g_list_model_get_n_items (G_LIST_MODEL (self->batches)),
                       batches->pdata, batches->len);
  gtk_stack_set_visible_child_name (self->list_stack, batches->len > 0 ? "list" : "empty");

  if (selected_no == NULL || !hk_repair_batches_page_select (self, selected_no))
    show_items (self);
  update_actions (self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HkRepairBatchesPage *self = HK_REPAIR_BATCHES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  HkRepairDispatchWindow *window;

  window = hk_repair_dispatch_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                          self->context, NULL, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static void
save_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HkRepairBatchesPage *self = HK_REPAIR_BATCHES_PAGE (widget);
  HkRepairBatch *batch = hk_repair_batches_page_get_selected (self);

  if (batch != NULL)
    hk_repair_dialogs_save_dispatch_list (widget, self->context, hk_repair_batch_get_id (batch),
                                          hk_repair_batch_get_batch_no (batch));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkRepairBatchesPage *self = HK_REPAIR_BATCHES_PAGE (widget);
  HkRepairBatch *batch = hk_repair_batches_page_get_selected (self);

  if (batch != NULL)
    hk_repair_export_choose_file (widget, self->context, HK_REPAIR_EXPORT_DISPATCH_LIST, NULL,
                                  NULL, hk_repair_batch_get_id (batch),
                                  hk_repair_batch_get_batch_no (batch));
}

static void
receive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkRepairBatchesPage *self = HK_REPAIR_BATCHES_PAGE (widget);
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;

  ticket = hk_repair_store_lookup (hk_context_get_repair_store (self->context),
                                   g_variant_get_int64 (parameter), &error);
  if (ticket == NULL)
    hk_repair_show_toast (widget, error->message, TRUE);
  else
    hk_repair_dialogs_receive (widget, self->context, ticket);
}

static void
hk_repair_batches_page_dispose (GObject *object)
{
  HkRepairBatchesPage *self = (HkRepairBatchesPage *)object;

  g_clear_pointer (&self->item_rows, g_ptr_array_unref);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_REPAIR_BATCHES_PAGE);
  g_clear_object (&self->batches);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hk_repair_batches_page_parent_class)->dispose (object);
}

static void
hk_repair_batches_page_class_init (HkRepairBatchesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hk_repair_batches_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-repair-batches-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkRepairBatchesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkRepairBatchesPage, items_group);
  gtk_widget_class_bind_template_child (widget_class, HkRepairBatchesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkRepairBatchesPage, selection);
  gtk_widget_class_bind_template_child (widget_class, HkRepairBatchesPage, sort_model);
  gtk_widget_class_bind_template_callback (widget_class, format_back);
  gtk_widget_class_bind_template_callback (widget_class, format_back_icon);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "batches.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "batches.save-list", NULL, save_list_action);
  gtk_widget_class_install_action (widget_class, "batches.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "batches.receive", "x", receive_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "batches.save-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "batches.export", NULL);

  g_type_ensure (HK_TYPE_REPAIR_BATCH);
}

static void
hk_repair_batches_page_init (HkRepairBatchesPage *self)
{
  self->batches = g_list_store_new (HK_TYPE_REPAIR_BATCH);
  self->item_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->batches));
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
}

HkRepairBatchesPage *
hk_repair_batches_page_new (HkContext *context)
{
  HkRepairBatchesPage *self;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  self = g_object_new (HK_TYPE_REPAIR_BATCHES_PAGE, NULL);
  self->context = g_object_ref (context);
  g_signal_connect_object (hk_context_get_repair_store (context), "changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  reload (self);

  return self;
}

/**
 * hk_repair_batches_page_get_visible_model:
 *
 * Returns: (transfer none): the batches as shown (#HkRepairBatch), sorted
 */
GListModel *
hk_repair_batches_page_get_visible_model (HkRepairBatchesPage *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_BATCHES_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * hk_repair_batches_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the batch selected
 */
HkRepairBatch *
hk_repair_batches_page_get_selected (HkRepairBatchesPage *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_BATCHES_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
hk_repair_batches_page_select (HkRepairBatchesPage *self,
                               const char          *batch_no)
{
  GListModel *model;

  g_return_val_if_fail (HK_IS_REPAIR_BATCHES_PAGE (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkRepairBatch) batch = g_list_model_get_item (model, i);

      if (g_strcmp0 (hk_repair_batch_get_batch_no (batch), batch_no) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          show_items (self);
          update_actions (self);
          return TRUE;
        }
    }

  return FALSE;
}

/* How many devices of the batch selected the page lists. */
guint
hk_repair_batches_page_get_n_devices (HkRepairBatchesPage *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_BATCHES_PAGE (self), 0);

  return self->n_devices;
}
