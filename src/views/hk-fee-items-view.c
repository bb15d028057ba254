/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-fee-items-view.c: the Fee Items section, the tariff, for supervisors and administrators.
 *
 * Lists every fee item with today's price and the day that price applies
 * from. A fee item is never deleted: a supervisor or an administrator creates
 * one, changes its name, category and price (from today or a later day; the
 * days before keep their prices and receipts keep theirs), deactivates it so
 * that the cash desk no longer offers it, or reactivates it. A CSV file adds
 * and changes many items at once, all or nothing.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-fee-item-editor.h"
#include "hk-fee-items-view.h"

enum {
  STATUS_ACTIVE,
  STATUS_ALL,
  STATUS_DEACTIVATED,
};

struct _HkFeeItemsView
{
  HkSection             parent_instance;

  GtkFileChooserNative *chooser;

  /* Template widgets */
  GtkDropDown          *category_dropdown;
  GtkColumnView        *column_view;
  GtkStack             *content_stack;
  GtkFilterListModel   *filter_model;
  GtkSearchEntry       *search_entry;
  GtkSingleSelection   *selection;
  GtkSortListModel     *sort_model;
  GtkDropDown          *status_dropdown;
  GtkButton            *toggle_active_button;
};

G_DEFINE_FINAL_TYPE (HkFeeItemsView, hk_fee_items_view, HK_TYPE_SECTION)

static HkFeeItemStore *
get_store (HkFeeItemsView *self)
{
  return hk_context_get_fee_item_store (hk_section_get_context (HK_SECTION (self)));
}

static HkOperator *
get_actor (HkFeeItemsView *self)
{
  return hk_context_get_operator (hk_section_get_context (HK_SECTION (self)));
}

static HkFeeItem *
get_selected (HkFeeItemsView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static GtkWindow *
get_parent_window (HkFeeItemsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static char *
format_category (gpointer unused,
                 int      category)
{
  return g_strdup (hk_fee_category_get_title (category));
}

static char *
format_price (gpointer unused,
              gint64   price)
{
  if (price == HK_FEE_ITEM_NO_PRICE)
    return g_strdup (_("No price yet"));

  return hk_money_format (price);
}

static char *
format_day (gpointer    unused,
            const char *day)
{
  return g_strdup (day != NULL ? day : "—");
}

static char *
format_status (gpointer unused,
               gboolean active)
{
  return g_strdup (active ? _("Active") : _("Deactivated"));
}

static char *
format_status_icon (gpointer unused,
                    gboolean active)
{
  return g_strdup (active ? "emblem-ok-symbolic" : "action-unavailable-symbolic");
}

static void
update_actions (HkFeeItemsView *self)
{
  HkFeeItem *selected = get_selected (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fee-items.edit", selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fee-items.toggle-active", selected != NULL);

  gtk_button_set_label (self->toggle_active_button,
                        selected == NULL || hk_fee_item_get_active (selected)
                        ? _("_Deactivate…") : _("Re_activate"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->toggle_active_button),
                               selected == NULL || hk_fee_item_get_active (selected)
                               ? _("Stop offering the selected fee item at the cash desk")
                               : _("Offer the selected fee item at the cash desk again"));
}

/* The list, or a status page when there is nothing to list. */
static void
update_content (HkFeeItemsView *self)
{
  GListModel *all = hk_fee_item_store_get_model (get_store (self));
  const char *page = "list";

  if (g_list_model_get_n_items (all) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    page = "no-match";

  gtk_stack_set_visible_child_name (self->content_stack, page);
}

static void
update_subtitle (HkFeeItemsView *self)
{
  g_autofree char *today = hk_fee_item_store_dup_today (get_store (self));
  g_autofree char *subtitle = NULL;

  /* Translators: the Fee Items section's subtitle, e.g. "Prices of today, 2024-03-15" */
  subtitle = g_strdup_printf (_("Prices of today, %s"), today);
  hk_section_set_subtitle (HK_SECTION (self), subtitle);
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  HkFeeItemsView *self = user_data;
  HkFeeItem *fee_item = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint category = gtk_drop_down_get_selected (self->category_dropdown);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);

  if (status == STATUS_ACTIVE && !hk_fee_item_get_active (fee_item))
    return FALSE;
  if (status == STATUS_DEACTIVATED && hk_fee_item_get_active (fee_item))
    return FALSE;

  /* The first entry is "All categories"; the others follow the categories' order. */
  if (category != GTK_INVALID_LIST_POSITION && category > 0 &&
      (guint)hk_fee_item_get_category (fee_item) != category - 1)
    return FALSE;

  if (text != NULL && *text != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (text, -1);
      g_autofree char *code = g_utf8_casefold (hk_fee_item_get_code (fee_item), -1);
      g_autofree char *name = g_utf8_casefold (hk_fee_item_get_name (fee_item), -1);

      return strstr (code, needle) != NULL || strstr (name, needle) != NULL;
    }

  return TRUE;
}

static void
on_filter_changed_cb (HkFeeItemsView *self)
{
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->filter_model);

  if (filter != NULL)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* The store read its items again: today may be another day, and the selection is new. */
static void
on_store_changed_cb (HkFeeItemsView *self)
{
  update_subtitle (self);
  update_content (self);
  update_actions (self);
}

static void
on_editor_saved_cb (HkFeeItemsView *self,
                    HkFeeItem      *item,
                    gboolean        created)
{
  g_autofree char *message = NULL;

  if (created)
    message = g_strdup_printf (_("Fee item %s created"), hk_fee_item_get_name (item));
  else
    message = g_strdup_printf (_("Fee item %s saved"), hk_fee_item_get_name (item));

  hk_fee_items_view_select (self, hk_fee_item_get_code (item));
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
open_editor (HkFeeItemsView *self,
             HkFeeItem      *target)
{
  HkFeeItemEditor *editor;

  editor = hk_fee_item_editor_new (get_parent_window (self),
                                   hk_section_get_context (HK_SECTION (self)), target);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (HK_FEE_ITEMS_VIEW (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkFeeItemsView *self = HK_FEE_ITEMS_VIEW (widget);
  HkFeeItem *selected = get_selected (self);

  if (selected != NULL)
    open_editor (self, selected);
}

static void
on_column_view_activate_cb (HkFeeItemsView *self,
                            guint           position)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "fee-items.edit", NULL);
}

static void
set_active (HkFeeItemsView *self,
            HkFeeItem      *target,
            gboolean        active)
{
  g_autoptr(HkFeeItem) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  changed = hk_fee_item_store_set_active (get_store (self), get_actor (self), target, active,
                                          &error);
  if (changed == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  if (active)
    message = g_strdup_printf (_("%s is offered at the cash desk again"),
                               hk_fee_item_get_name (changed));
  else
    message = g_strdup_printf (_("%s is deactivated"), hk_fee_item_get_name (changed));

  hk_fee_items_view_select (self, hk_fee_item_get_code (changed));
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
on_deactivate_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           HkFeeItemsView   *self)
{
  if (g_strcmp0 (response, "deactivate") == 0)
    set_active (self, g_object_get_data (G_OBJECT (dialog), "fee-item"), FALSE);
}

static void
toggle_active_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HkFeeItemsView *self = HK_FEE_ITEMS_VIEW (widget);
  HkFeeItem *selected = get_selected (self);
  GtkWidget *dialog;

  if (selected == NULL)
    return;

  if (!hk_fee_item_get_active (selected))
    {
      set_active (self, selected, TRUE);
      return;
    }

  dialog = adw_message_dialog_new (get_parent_window (self), _("Deactivate Fee Item?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s (%s) will no longer be found in the cash desk’s search, "
                                    "so no new receipt can charge it. Receipts already issued "
                                    "keep it, with their price. You can reactivate it later."),
                                  hk_fee_item_get_name (selected),
                                  hk_fee_item_get_code (selected));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "deactivate", _("_Deactivate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "deactivate",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "fee-item", g_object_ref (selected),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_deactivate_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* A file the user must correct: a dialog that stays until read, naming the file and the line. */
static void
show_import_error (HkFeeItemsView *self,
                   const char     *body)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (get_parent_window (self), _("File Not Imported"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_chooser_response_cb (HkFeeItemsView *self,
                        int             response)
{
  g_autoptr(GtkFileChooserNative) chooser = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) file = NULL;

  if (chooser == NULL || response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    hk_fee_items_view_import_file (self, file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkFeeItemsView *self = HK_FEE_ITEMS_VIEW (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) any = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Import Fee Items"), get_parent_window (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_filter_set_name (any, _("All files"));
  gtk_file_filter_add_pattern (any, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), any);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), csv);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
hk_fee_items_view_focus_search (HkSection *section)
{
  HkFeeItemsView *self = HK_FEE_ITEMS_VIEW (section);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
fill_categories (HkFeeItemsView *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  gtk_string_list_append (titles, _("All categories"));
  for (guint i = 0; i < HK_N_FEE_CATEGORIES; i++)
    gtk_string_list_append (titles, hk_fee_category_get_title ((HkFeeCategory)i));

  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (titles));
}

static void
hk_fee_items_view_constructed (GObject *object)
{
  HkFeeItemsView *self = (HkFeeItemsView *)object;
  GtkCustomFilter *filter;

  G_OBJECT_CLASS (hk_fee_items_view_parent_class)->constructed (object);

  fill_categories (self);

  filter = gtk_custom_filter_new (filter_item, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);

  gtk_filter_list_model_set_model (self->filter_model,
                                   hk_fee_item_store_get_model (get_store (self)));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));

  g_signal_connect_object (get_store (self), "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);

  update_subtitle (self);
  update_content (self);
  update_actions (self);
}

static void
hk_fee_items_view_dispose (GObject *object)
{
  HkFeeItemsView *self = (HkFeeItemsView *)object;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  gtk_widget_dispose_template (GTK_WIDGET (object), HK_TYPE_FEE_ITEMS_VIEW);

  G_OBJECT_CLASS (hk_fee_items_view_parent_class)->dispose (object);
}

static void
hk_fee_items_view_class_init (HkFeeItemsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_fee_items_view_constructed;
  object_class->dispose = hk_fee_items_view_dispose;

  section_class->main_action_name = "fee-items.new";
  section_class->main_action_label = N_("_New Fee Item");
  section_class->main_action_tooltip = N_("Add an item to the tariff with its price (Ctrl+N)");
  section_class->focus_search = hk_fee_items_view_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-fee-items-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemsView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemsView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemsView, selection);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemsView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemsView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkFeeItemsView, toggle_active_button);
  gtk_widget_class_bind_template_callback (widget_class, format_category);
  gtk_widget_class_bind_template_callback (widget_class, format_day);
  gtk_widget_class_bind_template_callback (widget_class, format_price);
  gtk_widget_class_bind_template_callback (widget_class, format_status);
  gtk_widget_class_bind_template_callback (widget_class, format_status_icon);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, update_content);

  gtk_widget_class_install_action (widget_class, "fee-items.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "fee-items.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "fee-items.toggle-active", NULL,
                                   toggle_active_action);
  gtk_widget_class_install_action (widget_class, "fee-items.import", NULL, import_action);

  g_type_ensure (HK_TYPE_FEE_ITEM);
}

static void
hk_fee_items_view_init (HkFeeItemsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_fee_items_view_get_visible_model:
 *
 * Returns: (transfer none): the fee items as shown: filtered and sorted
 */
GListModel *
hk_fee_items_view_get_visible_model (HkFeeItemsView *self)
{
  g_return_val_if_fail (HK_IS_FEE_ITEMS_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* Selects the item with @code if the filters show it. */
void
hk_fee_items_view_select (HkFeeItemsView *self,
                          const char     *code)
{
  GListModel *model;
  guint n;

  g_return_if_fail (HK_IS_FEE_ITEMS_VIEW (self));

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkFeeItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (hk_fee_item_get_code (item), code) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

/**
 * hk_fee_items_view_import_file:
 * @file: a CSV file of fee items (docs/csv-formats.md), as chosen in the Import dialog
 *
 * Imports the file, all or nothing. Success is told in a toast; a file that
 * cannot be read or is refused (with the line and the reason) is told in a
 * dialog, since the user has to correct the file.
 *
 * Returns: %TRUE if the file was imported
 */
gboolean
hk_fee_items_view_import_file (HkFeeItemsView *self,
                               GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  g_autofree char *message = NULL;
  gsize length = 0;
  guint added = 0;
  guint changed = 0;

  g_return_val_if_fail (HK_IS_FEE_ITEMS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
    {
      /* Translators: "“tariff.csv” cannot be read: <the system's reason>" */
      body = g_strdup_printf (_("“%s” cannot be read: %s"), name, error->message);
      show_import_error (self, body);
      return FALSE;
    }

  if (!hk_fee_item_store_import_csv (get_store (self), get_actor (self), contents, length,
                                     &added, &changed, &error))
    {
      /* Translators: "“tariff.csv”: line 7: <what is wrong>\n\nNothing from the file…" */
      body = g_strdup_printf (_("“%s”: %s\n\nNothing from the file was imported. Correct it and "
                                "import it again."), name, error->message);
      show_import_error (self, body);
      return FALSE;
    }

  {
    /* Translators: the number of fee items added, e.g. "19 new" */
    g_autofree char *added_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new",
                                                                "%u new", added),
                                                   added);
    /* Translators: the number of fee items changed, e.g. "1 changed" */
    g_autofree char *changed_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u changed",
                                                                  "%u changed", changed),
                                                     changed);

    /* Translators: "Imported fee items: 19 new, 0 changed." */
    message = g_strdup_printf (_("Imported fee items: %s, %s."), added_text, changed_text);
  }
  hk_section_show_toast (HK_SECTION (self), message);

  return TRUE;
}
