/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-opinion-book-page.c: the Opinion Book page: what customers wrote and its processing.
 *
 * The entries copied from the hall's opinion book over the last week, month or three months,
 * or only the flagged ones of any day: those not processed by the end of the day after they
 * were written, which the duty manager follows up. Each shows its processing as an icon, words
 * and a colour (flagged, waiting, processed, processed late) and the reply; flagged ones sort
 * first. Add Entry copies a new one; Process (or Enter) records the reply, once.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-opinion-book-page.h"
#include "hk-opinion-item.h"
#include "hk-section.h"
#include "hk-settlement-item.h"

struct _HkOpinionBookPage
{
  AdwBin               parent_instance;

  HkContext           *context;
  GListStore          *items;
  char                *subtitle;
  gboolean             dirty;

  /* Template widgets */
  GtkColumnView       *column_view;
  GtkStack            *list_stack;
  GtkSingleSelection  *selection;
  GtkDropDown         *show_dropdown;
  GtkSortListModel    *sort_model;
  GtkColumnViewColumn *state_column;
  GtkLabel            *summary_label;
};

G_DEFINE_FINAL_TYPE (HkOpinionBookPage, hk_opinion_book_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static HkOpinionBookStore *
get_store (HkOpinionBookPage *self)
{
  return hk_context_get_opinion_book_store (self->context);
}

static GTimeZone *
get_time_zone (HkOpinionBookPage *self)
{
  return hk_hall_store_get_time_zone (hk_context_get_hall_store (self->context));
}

static gint64
get_now (HkOpinionBookPage *self)
{
  return hk_database_get_now (hk_context_get_database (self->context));
}

static char *
dup_today (HkOpinionBookPage *self)
{
  return hk_hall_store_format_day (hk_context_get_hall_store (self->context), get_now (self));
}

static HkSection *
get_section (HkOpinionBookPage *self)
{
  GtkWidget *section = gtk_widget_get_ancestor (GTK_WIDGET (self), HK_TYPE_SECTION);

  return section != NULL ? HK_SECTION (section) : NULL;
}

static GtkWindow *
get_parent_window (HkOpinionBookPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static HkOpinionItem *
get_selected (HkOpinionBookPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static gboolean
actor_may_write (HkOpinionBookPage *self)
{
  HkOperator *actor = hk_context_get_operator (self->context);

  return actor != NULL && hk_operator_has_any_role (actor, HK_COMPLAINT_ROLES);
}

static void
update_actions (HkOpinionBookPage *self)
{
  HkOpinionItem *selected;

  if (self->selection == NULL)
    return;

  selected = get_selected (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "opinion-book.add", actor_may_write (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "opinion-book.process",
                                 actor_may_write (self) && selected != NULL &&
                                 !hk_opinion_entry_is_processed (
                                   hk_opinion_item_get_entry (selected)));
}

static void
update_summary (HkOpinionBookPage *self,
                guint              n_flagged_any_day)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint waiting = 0;
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean flagged_only = gtk_drop_down_get_selected (self->show_dropdown) ==
                          HK_OPINION_BOOK_SHOW_FLAGGED;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkOpinionItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (hk_opinion_item_get_state (item) == HK_OPINION_ITEM_WAITING)
        waiting++;
    }

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n), n);
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u waiting", "%u waiting",
                                             waiting), waiting);
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u flagged", "%u flagged",
                                             n_flagged_any_day), n_flagged_any_day);

  gtk_label_set_label (self->summary_label, text->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->summary_label),
                               _("Waiting: not processed yet, and not due. Flagged: of any day, "
                                 "not processed by the end of the day after it was written."));
  gtk_stack_set_visible_child_name (self->list_stack,
                                    n > 0 ? "list" : flagged_only ? "none-flagged" : "empty");
}

static void
reload (HkOpinionBookPage *self)
{
  HkOpinionItem *selected = get_selected (self);
  gint64 selected_id = selected != NULL ? hk_opinion_item_get_id (selected) : 0;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) flagged = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = dup_today (self);
  g_autofree char *first = NULL;
  guint show = gtk_drop_down_get_selected (self->show_dropdown);
  gint64 now = get_now (self);

  self->dirty = FALSE;

  flagged = hk_opinion_book_store_list_flagged (get_store (self), &error);
  if (flagged != NULL && show == HK_OPINION_BOOK_SHOW_FLAGGED)
    entries = g_ptr_array_ref (flagged);
  else if (flagged != NULL)
    {
      first = hk_settlement_shift_day (today, show == HK_OPINION_BOOK_SHOW_WEEK ? -6
                                              : show == HK_OPINION_BOOK_SHOW_MONTH ? -29 : -89);
      entries = hk_opinion_book_store_list (get_store (self), first, today, &error);
    }

  if (entries == NULL)
    {
      if (get_section (self) != NULL)
        hk_section_show_error (get_section (self), error);
      return;
    }

  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (items, hk_opinion_item_new (g_ptr_array_index (entries, i), now,
                                                 get_time_zone (self)));

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  if (selected_id == 0 || !hk_opinion_book_page_select (self, selected_id))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  update_summary (self, flagged->len);
  update_actions (self);
}

static void
queue_reload (HkOpinionBookPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->dirty = TRUE;
}

static void
on_show_changed_cb (HkOpinionBookPage *self)
{
  if (self->items == NULL || self->selection == NULL)
    return;

  reload (self);
}

static void
on_column_view_activate_cb (HkOpinionBookPage *self,
                            guint              position)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "opinion-book.process", NULL);
}

static GtkWidget *
add_dialog_entry (AdwMessageDialog *dialog,
                  GtkWidget        *list,
                  const char       *name,
                  const char       *title,
                  const char       *text,
                  GCallback         changed)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_connect_object (row, "changed", changed, dialog, G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return row;
}

static char *
dup_dialog_text (AdwMessageDialog *dialog,
                 const char       *name)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  g_return_val_if_reached (g_strdup (""));
}

static AdwMessageDialog *
new_dialog (HkOpinionBookPage *self,
            const char        *heading,
            const char        *body,
            const char        *response,
            const char        *label,
            GtkWidget        **list)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    response, label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, response, FALSE);

  *list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (*list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (*list, "boxed-list");
  adw_message_dialog_set_extra_child (dialog, *list);

  return dialog;
}

static void
on_add_changed_cb (AdwMessageDialog *dialog)
{
  g_autofree char *day = dup_dialog_text (dialog, "day");
  g_autofree char *text = dup_dialog_text (dialog, "text");
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, day);

  adw_message_dialog_set_response_enabled (dialog, "add",
                                           *text != '\0' && strlen (day) == 10 &&
                                           g_date_valid (&date));
}

static void
on_add_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    HkOpinionBookPage *self)
{
  g_autofree char *day = dup_dialog_text (dialog, "day");
  g_autofree char *text = dup_dialog_text (dialog, "text");
  g_autofree char *contact = dup_dialog_text (dialog, "contact");
  g_autoptr(HkOpinionEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "add") != 0)
    return;

  entry = hk_opinion_book_store_add (get_store (self), hk_context_get_operator (self->context),
                                     day, text, contact, &error);
  if (entry == NULL)
    {
      if (get_section (self) != NULL)
        hk_section_show_error (get_section (self), error);
      return;
    }

  reload (self);
  hk_opinion_book_page_select (self, hk_opinion_entry_get_id (entry));
  /* Translators: "Opinion book entry 12 added" */
  message = g_strdup_printf (_("Opinion book entry %lld added"),
                             (long long)hk_opinion_entry_get_id (entry));
  if (get_section (self) != NULL)
    hk_section_show_toast (get_section (self), message);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HkOpinionBookPage *self = HK_OPINION_BOOK_PAGE (widget);
  g_autofree char *today = dup_today (self);
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *text;

  dialog = new_dialog (self, _("Copy an Opinion Book Entry?"),
                       _("Copy what the customer wrote, as written, with the day they wrote it "
                         "and a contact if they gave one. It is processed with a reply by the "
                         "end of the next day."),
                       "add", _("_Add Entry"), &list);
  add_dialog_entry (dialog, list, "day", _("Day written (YYYY-MM-DD)"), today,
                    G_CALLBACK (on_add_changed_cb));
  text = add_dialog_entry (dialog, list, "text", _("What the customer wrote"), NULL,
                           G_CALLBACK (on_add_changed_cb));
  add_dialog_entry (dialog, list, "contact", _("Contact, if given"), NULL,
                    G_CALLBACK (on_add_changed_cb));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (text);
}

static void
on_process_changed_cb (AdwMessageDialog *dialog)
{
  g_autofree char *reply = dup_dialog_text (dialog, "reply");

  adw_message_dialog_set_response_enabled (dialog, "process", *reply != '\0');
}

static void
on_process_response_cb (AdwMessageDialog  *dialog,
                        const char        *response,
                        HkOpinionBookPage *self)
{
  HkOpinionEntry *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *reply = dup_dialog_text (dialog, "reply");
  g_autoptr(HkOpinionEntry) processed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "process") != 0)
    return;

  processed = hk_opinion_book_store_process (get_store (self),
                                             hk_context_get_operator (self->context), entry,
                                             reply, &error);
  if (processed == NULL)
    {
      if (get_section (self) != NULL)
        hk_section_show_error (get_section (self), error);
      return;
    }

  /* Translators: "Opinion book entry 12 processed" */
  message = g_strdup_printf (_("Opinion book entry %lld processed"),
                             (long long)hk_opinion_entry_get_id (processed));
  if (get_section (self) != NULL)
    hk_section_show_toast (get_section (self), message);
}

static void
process_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkOpinionBookPage *self = HK_OPINION_BOOK_PAGE (widget);
  HkOpinionItem *selected = get_selected (self);
  HkOpinionEntry *entry;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *reply;

  if (selected == NULL)
    return;

  entry = hk_opinion_item_get_entry (selected);
  dialog = new_dialog (self, _("Process the Entry?"), NULL, "process", _("_Process"), &list);
  /* Translators: the body of the dialog that processes an opinion book entry: its day and
   * what the customer wrote */
  adw_message_dialog_format_body (dialog, _("On %s the customer wrote: “%s”. The reply is kept "
                                            "with your name and the time, once."),
                                  hk_opinion_entry_get_day (entry),
                                  hk_opinion_entry_get_text (entry));
  reply = add_dialog_entry (dialog, list, "reply", _("Reply, or what was done"), NULL,
                            G_CALLBACK (on_process_changed_cb));
  g_object_set_data_full (G_OBJECT (dialog), "entry", g_object_ref (entry), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_process_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (reply);
}

static void
hk_opinion_book_page_map (GtkWidget *widget)
{
  HkOpinionBookPage *self = HK_OPINION_BOOK_PAGE (widget);

  GTK_WIDGET_CLASS (hk_opinion_book_page_parent_class)->map (widget);

  /* Whether an entry is flagged moves with the clock: read again whenever shown. */
  reload (self);
}

static void
hk_opinion_book_page_constructed (GObject *object)
{
  HkOpinionBookPage *self = (HkOpinionBookPage *)object;
  g_autoptr(GtkStringList) shows = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (hk_opinion_book_page_parent_class)->constructed (object);

  gtk_string_list_append (shows, _("The last 7 days"));
  gtk_string_list_append (shows, _("The last 30 days"));
  gtk_string_list_append (shows, _("The last 90 days"));
  gtk_string_list_append (shows, _("Flagged, of any day"));
  gtk_drop_down_set_model (self->show_dropdown, G_LIST_MODEL (shows));
  gtk_drop_down_set_selected (self->show_dropdown, HK_OPINION_BOOK_SHOW_MONTH);

  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->items));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->state_column, GTK_SORT_ASCENDING);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect_object (get_store (self), "changed", G_CALLBACK (queue_reload), self,
                           G_CONNECT_SWAPPED);

  self->subtitle = g_strdup (_("Opinion book"));
  reload (self);
}

static void
hk_opinion_book_page_dispose (GObject *object)
{
  HkOpinionBookPage *self = (HkOpinionBookPage *)object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_OPINION_BOOK_PAGE);
  g_clear_object (&self->items);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hk_opinion_book_page_parent_class)->dispose (object);
}

static void
hk_opinion_book_page_finalize (GObject *object)
{
  HkOpinionBookPage *self = (HkOpinionBookPage *)object;

  g_clear_pointer (&self->subtitle, g_free);

  G_OBJECT_CLASS (hk_opinion_book_page_parent_class)->finalize (object);
}

static void
hk_opinion_book_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HkOpinionBookPage *self = HK_OPINION_BOOK_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_opinion_book_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HkOpinionBookPage *self = HK_OPINION_BOOK_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_opinion_book_page_class_init (HkOpinionBookPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_opinion_book_page_constructed;
  object_class->dispose = hk_opinion_book_page_dispose;
  object_class->finalize = hk_opinion_book_page_finalize;
  object_class->get_property = hk_opinion_book_page_get_property;
  object_class->set_property = hk_opinion_book_page_set_property;

  widget_class->map = hk_opinion_book_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-opinion-book-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkOpinionBookPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkOpinionBookPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkOpinionBookPage, selection);
  gtk_widget_class_bind_template_child (widget_class, HkOpinionBookPage, show_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkOpinionBookPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkOpinionBookPage, state_column);
  gtk_widget_class_bind_template_child (widget_class, HkOpinionBookPage, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "opinion-book.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "opinion-book.process", NULL, process_action);

  g_type_ensure (HK_TYPE_OPINION_ITEM);
}

static void
hk_opinion_book_page_init (HkOpinionBookPage *self)
{
  self->items = g_list_store_new (HK_TYPE_OPINION_ITEM);

  gtk_widget_init_template (GTK_WIDGET (self));
}

HkOpinionBookPage *
hk_opinion_book_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_OPINION_BOOK_PAGE, "context", context, NULL);
}

const char *
hk_opinion_book_page_get_subtitle (HkOpinionBookPage *self)
{
  g_return_val_if_fail (HK_IS_OPINION_BOOK_PAGE (self), NULL);

  return self->subtitle;
}

/* Returns: (transfer none): the entries as shown (#HkOpinionItem); also the selection */
GListModel *
hk_opinion_book_page_get_visible_model (HkOpinionBookPage *self)
{
  g_return_val_if_fail (HK_IS_OPINION_BOOK_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

void
hk_opinion_book_page_set_show (HkOpinionBookPage *self,
                               HkOpinionBookShow  show)
{
  g_return_if_fail (HK_IS_OPINION_BOOK_PAGE (self));

  gtk_drop_down_set_selected (self->show_dropdown, show);
}

gboolean
hk_opinion_book_page_select (HkOpinionBookPage *self,
                             gint64             entry_id)
{
  GListModel *model;

  g_return_val_if_fail (HK_IS_OPINION_BOOK_PAGE (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkOpinionItem) item = g_list_model_get_item (model, i);

      if (hk_opinion_item_get_id (item) == entry_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}
