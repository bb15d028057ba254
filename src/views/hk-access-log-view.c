/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-access-log-view.c: the Access Log section: every access to the customer files in a month.
 *
 * For the archivist, the hall supervisor, the duty manager and the auditor. The
 * access log is read each time the section is shown, and again when the month or
 * the file filter changes: every reading is itself a row of the log, as the
 * rules want, so it is not read behind the user's back when other records
 * change. The operator and kind filters narrow what was read on screen.
 *
 * Export to Excel (the section's main command, and Ctrl+E) saves the whole
 * month's log, built by the same report as `hallkeeper-cli archive access-log`,
 * with identity data masked; the export is logged before the file is written.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-access-log-view.h"
#include "hk-archive-export.h"
#include "hk-archive-format.h"

struct _HkAccessLogView
{
  HkSection           parent_instance;

  GListStore         *entries;
  GArray             *operator_ids;   /* gint64 per operator_dropdown position; 0 for all */
  GPtrArray          *actions;        /* action id per kind_dropdown position; NULL for all */
  char               *month;
  gint64              file_id;
  gboolean            rebuilding;
  GCancellable       *export_cancellable;

  /* Template widgets */
  GtkStack           *list_stack;
  AdwStatusPage      *empty_page;
  GtkLabel           *export_label;
  GtkProgressBar     *export_progress;
  GtkRevealer        *export_revealer;
  GtkSearchEntry     *file_entry;
  GtkFilterListModel *filter_model;
  GtkDropDown        *kind_dropdown;
  GtkStringList      *kind_names;
  GtkButton          *month_button;
  GtkDropDown        *operator_dropdown;
  GtkStringList      *operator_names;
  GtkSingleSelection *selection;
  GtkLabel           *summary_label;
};

G_DEFINE_FINAL_TYPE (HkAccessLogView, hk_access_log_view, HK_TYPE_SECTION)

static HkContext *
get_context (HkAccessLogView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static gboolean
may_read (HkAccessLogView *self)
{
  return hk_archive_may (get_context (self),
                         HK_ARCHIVE_LOG_READER_ROLES | HK_ARCHIVE_READER_ROLES);
}

static void
update_actions (HkAccessLogView *self)
{
  gboolean exporting = self->export_cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "access-log.export",
                                 may_read (self) && !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "access-log.export-to",
                                 may_read (self) && !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "access-log.cancel-export", exporting);
  hk_section_set_main_action_enabled (HK_SECTION (self), may_read (self) && !exporting);
}

static void
update_summary (HkAccessLogView *self)
{
  guint n_read = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = NULL;

  if (!may_read (self))
    text = g_strdup (_("The access log is for the archivist, the hall supervisor, the duty "
                       "manager and the auditor."));
  else if (n_shown == n_read)
    /* Translators: e.g. "124 entries in 2026-10. Each reading of the log is an entry too." */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u entry in %s. Each reading of the log is an "
                                         "entry too.",
                                         "%u entries in %s. Each reading of the log is an "
                                         "entry too.", n_read),
                            n_read, self->month);
  else
    /* Translators: e.g. "12 of the 124 entries in 2026-10 match the filters." */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u of the %u entry in %s matches the filters.",
                                         "%u of the %u entries in %s match the filters.",
                                         n_read),
                            n_shown, n_read, self->month);

  gtk_label_set_label (self->summary_label, text);

  if (n_read == 0)
    adw_status_page_set_description (self->empty_page,
                                     _("Views of customer files, requests, approvals, releases, "
                                       "returns and exports of the month appear here. Choose "
                                       "another month with Alt+Page Up and Alt+Page Down."));
  else
    adw_status_page_set_description (self->empty_page,
                                     _("No entry of the month matches the filters. Choose "
                                       "“Everyone” and “All kinds” to see them all."));

  gtk_stack_set_visible_child_name (self->list_stack, n_shown > 0 ? "entries" : "empty");
}

static gboolean
filter_entry (gpointer item,
              gpointer user_data)
{
  HkAccessLogView *self = user_data;
  HkAccessLogEntry *entry = item;
  guint operator_index = gtk_drop_down_get_selected (self->operator_dropdown);
  guint kind_index = gtk_drop_down_get_selected (self->kind_dropdown);

  if (operator_index != GTK_INVALID_LIST_POSITION && operator_index > 0 &&
      operator_index < self->operator_ids->len &&
      g_array_index (self->operator_ids, gint64, operator_index) !=
      hk_access_log_entry_get_operator_id (entry))
    return FALSE;

  if (kind_index != GTK_INVALID_LIST_POSITION && kind_index > 0 &&
      kind_index < self->actions->len &&
      g_strcmp0 (g_ptr_array_index (self->actions, kind_index),
                 hk_access_log_entry_get_action (entry)) != 0)
    return FALSE;

  return TRUE;
}

static void
on_filter_changed_cb (HkAccessLogView *self)
{
  if (self->rebuilding || gtk_filter_list_model_get_filter (self->filter_model) == NULL)
    return;

  gtk_filter_changed (gtk_filter_list_model_get_filter (self->filter_model),
                      GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

/* The operators of the hall, for the operator filter: "Everyone" first. */
static void
fill_operators (HkAccessLogView *self)
{
  GListModel *operators = hk_operator_store_get_model (
                            hk_context_get_operator_store (get_context (self)));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gint64 everyone = 0;

  g_array_set_size (self->operator_ids, 0);
  g_array_append_val (self->operator_ids, everyone);
  g_ptr_array_add (names, g_strdup (_("Everyone")));

  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);
      gint64 id = hk_operator_get_id (operator);

      g_array_append_val (self->operator_ids, id);
      g_ptr_array_add (names, g_strdup_printf ("%s (%s)", hk_operator_get_display_name (operator),
                                               hk_operator_get_login (operator)));
    }
  g_ptr_array_add (names, NULL);

  self->rebuilding = TRUE;
  gtk_string_list_splice (self->operator_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->operator_names)),
                          (const char * const *)names->pdata);
  gtk_drop_down_set_selected (self->operator_dropdown, 0);
  self->rebuilding = FALSE;
}

/* The kinds of entry that the month holds, for the kind filter: "All kinds" first. The one
 * chosen stays chosen while the month has it. */
static void
fill_kinds (HkAccessLogView *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);
  g_autofree char *chosen = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint position = 0;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected < self->actions->len)
    chosen = g_strdup (g_ptr_array_index (self->actions, selected));

  g_ptr_array_set_size (self->actions, 0);
  g_ptr_array_add (self->actions, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->entries)); i++)
    {
      g_autoptr(HkAccessLogEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);
      const char *action = hk_access_log_entry_get_action (entry);

      if (!g_ptr_array_find_with_equal_func (self->actions, action, (GEqualFunc)g_strcmp0, NULL))
        g_ptr_array_add (self->actions, g_strdup (action));
    }

  g_ptr_array_add (names, (gpointer)_("All kinds"));
  for (guint i = 1; i < self->actions->len; i++)
    {
      const char *action = g_ptr_array_index (self->actions, i);

      g_ptr_array_add (names, (gpointer)hk_access_log_action_get_title (action));
      if (g_strcmp0 (action, chosen) == 0)
        position = i;
    }
  g_ptr_array_add (names, NULL);

  self->rebuilding = TRUE;
  gtk_string_list_splice (self->kind_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->kind_names)),
                          (const char * const *)names->pdata);
  gtk_drop_down_set_selected (self->kind_dropdown, position);
  self->rebuilding = FALSE;
}

/* Reads the month's log (a reading the log records) for the file filter. */
static void
reload (HkAccessLogView *self)
{
  HkContext *context = get_context (self);
  HkHallStore *hall = hk_context_get_hall_store (context);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  HkAccessLogQuery query = { 0 };

  if (may_read (self) &&
      hk_archive_month_days (self->month, &first_day, &last_day) &&
      hk_hall_store_parse_day (hall, first_day, &query.from, NULL, &error) &&
      hk_hall_store_parse_day (hall, last_day, NULL, &query.until, &error))
    {
      query.file_id = self->file_id;
      entries = hk_customer_file_store_read_access_log (
                  hk_context_get_customer_file_store (context),
                  hk_context_get_operator (context), &query, &error);
    }

  if (error != NULL)
    hk_section_show_error (HK_SECTION (self), error);

  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       entries != NULL ? entries->pdata : NULL, entries != NULL ? entries->len : 0);
  fill_kinds (self);
  on_filter_changed_cb (self);
}

/* Reads again now when shown; otherwise it is read when it is shown next (map). */
static void
queue_reload (HkAccessLogView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static void
show_month (HkAccessLogView *self,
            const char      *month)
{
  g_free (self->month);
  self->month = g_strdup (month);
  gtk_button_set_label (self->month_button, month);
  hk_section_set_subtitle (HK_SECTION (self), month);
  queue_reload (self);
}

/* The file filter takes a whole file number; an empty entry shows every file again. */
static void
on_file_changed_cb (HkAccessLogView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->file_entry));
  g_autofree char *number = g_strstrip (g_strdup (text));
  gint64 file_id = 0;

  if (*number != '\0')
    {
      g_autoptr(HkCustomerFile) file = NULL;

      file = hk_customer_file_store_lookup_number (
               hk_context_get_customer_file_store (get_context (self)), number, NULL);
      if (file == NULL)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->file_entry), "error");
          return;
        }
      file_id = hk_customer_file_get_id (file);
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->file_entry), "error");
  if (file_id == self->file_id)
    return;

  self->file_id = file_id;
  queue_reload (self);
}

/* Cells. */

static HkAccessLogEntry *
get_entry (GtkListItem *list_item)
{
  return HK_ACCESS_LOG_ENTRY (gtk_list_item_get_item (list_item));
}

static void
setup_text_cb (HkAccessLogView *self,
               GtkListItem     *list_item)
{
  hk_archive_cell_setup_text (list_item);
}

static void
setup_long_text_cb (HkAccessLogView *self,
                    GtkListItem     *list_item)
{
  hk_archive_cell_setup_long_text (list_item);
}

static void
setup_numeric_cb (HkAccessLogView *self,
                  GtkListItem     *list_item)
{
  hk_archive_cell_setup_numeric (list_item);
}

static void
setup_state_cb (HkAccessLogView *self,
                GtkListItem     *list_item)
{
  hk_archive_cell_setup_state (list_item);
}

static void
bind_seq_cb (HkAccessLogView *self,
             GtkListItem     *list_item)
{
  g_autofree char *text = g_strdup_printf ("%lld", (long long)hk_access_log_entry_get_seq (
                                                     get_entry (list_item)));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_time_cb (HkAccessLogView *self,
              GtkListItem     *list_item)
{
  g_autofree char *text = hk_archive_format_time (get_context (self),
                                                  hk_access_log_entry_get_at (
                                                    get_entry (list_item)));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_operator_cb (HkAccessLogView *self,
                  GtkListItem     *list_item)
{
  hk_archive_cell_set_text (list_item,
                            hk_access_log_entry_get_operator_name (get_entry (list_item)));
}

static void
bind_action_cb (HkAccessLogView *self,
                GtkListItem     *list_item)
{
  HkAccessLogEntry *entry = get_entry (list_item);
  gboolean refused = g_strcmp0 (hk_access_log_entry_get_action (entry),
                                "permission-denied") == 0;

  /* A refusal stands out by its icon and its word, not by a colour. */
  hk_archive_cell_set_state (list_item, refused ? "dialog-warning-symbolic" : NULL,
                             hk_access_log_entry_get_action_title (entry));
}

static void
bind_file_cb (HkAccessLogView *self,
              GtkListItem     *list_item)
{
  hk_archive_cell_set_text (list_item, hk_access_log_entry_get_file_no (get_entry (list_item)));
}

static void
bind_summary_cb (HkAccessLogView *self,
                 GtkListItem     *list_item)
{
  hk_archive_cell_set_text (list_item, hk_access_log_entry_get_summary (get_entry (list_item)));
}

/* Actions. */

static void
previous_month_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HkAccessLogView *self = HK_ACCESS_LOG_VIEW (widget);
  g_autofree char *month = hk_archive_shift_month (self->month, -1);

  show_month (self, month);
}

static void
next_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HkAccessLogView *self = HK_ACCESS_LOG_VIEW (widget);
  g_autofree char *month = hk_archive_shift_month (self->month, 1);

  show_month (self, month);
}

static void
this_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HkAccessLogView *self = HK_ACCESS_LOG_VIEW (widget);
  g_autofree char *month = hk_archive_this_month (get_context (self));

  show_month (self, month);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkAccessLogView *self = HK_ACCESS_LOG_VIEW (widget);

  hk_archive_export_choose_file (widget, HK_ARCHIVE_EXPORT_ACCESS_LOG, self->month,
                                 "access-log.export-to");
}

static void
on_export_done_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(HkAccessLogView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_clear_object (&self->export_cancellable);

  /* The section was closed meanwhile. */
  if (self->export_revealer == NULL)
    {
      hk_archive_export_finish (result, NULL);
      return;
    }

  gtk_revealer_set_reveal_child (self->export_revealer, FALSE);
  update_actions (self);

  if (!hk_archive_export_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        hk_section_show_error_message (HK_SECTION (self), _("Export cancelled: nothing was saved"));
      else
        hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  message = g_strdup_printf (_("Access log of %s saved in %s"), self->month,
                             gtk_label_get_label (self->export_label));
  hk_section_show_toast (HK_SECTION (self), message);
  /* The export is a row of the log now. */
  queue_reload (self);
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HkAccessLogView *self = HK_ACCESS_LOG_VIEW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autofree char *name = g_filename_display_basename (path);

  if (self->export_cancellable != NULL)
    return;

  self->export_cancellable = g_cancellable_new ();
  gtk_label_set_label (self->export_label, name);
  gtk_revealer_set_reveal_child (self->export_revealer, TRUE);
  update_actions (self);

  hk_archive_export_start (get_context (self), HK_ARCHIVE_EXPORT_ACCESS_LOG, self->month, path,
                           self->export_progress, self->export_cancellable, on_export_done_cb,
                           g_object_ref (self));
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HkAccessLogView *self = HK_ACCESS_LOG_VIEW (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

/* Overrides. */

static void
hk_access_log_view_map (GtkWidget *widget)
{
  HkAccessLogView *self = HK_ACCESS_LOG_VIEW (widget);

  GTK_WIDGET_CLASS (hk_access_log_view_parent_class)->map (widget);

  /* Each visit reads the log afresh, and is logged. */
  reload (self);
}

static void
hk_access_log_view_focus_search (HkSection *section)
{
  HkAccessLogView *self = HK_ACCESS_LOG_VIEW (section);

  gtk_widget_grab_focus (GTK_WIDGET (self->file_entry));
}

static void
hk_access_log_view_constructed (GObject *object)
{
  HkAccessLogView *self = (HkAccessLogView *)object;
  GtkCustomFilter *filter;
  g_autofree char *month = NULL;

  G_OBJECT_CLASS (hk_access_log_view_parent_class)->constructed (object);

  filter = gtk_custom_filter_new (filter_entry, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->entries));

  fill_operators (self);
  fill_kinds (self);

  month = hk_archive_this_month (get_context (self));
  self->month = g_strdup (month);
  gtk_button_set_label (self->month_button, month);
  hk_section_set_subtitle (HK_SECTION (self), month);

  update_actions (self);
  update_summary (self);
}

static void
hk_access_log_view_dispose (GObject *object)
{
  HkAccessLogView *self = (HkAccessLogView *)object;

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_ACCESS_LOG_VIEW);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (hk_access_log_view_parent_class)->dispose (object);
}

static void
hk_access_log_view_finalize (GObject *object)
{
  HkAccessLogView *self = (HkAccessLogView *)object;

  g_clear_pointer (&self->operator_ids, g_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->month, g_free);

  G_OBJECT_CLASS (hk_access_log_view_parent_class)->finalize (object);
}

static void
hk_access_log_view_class_init (HkAccessLogViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_access_log_view_constructed;
  object_class->dispose = hk_access_log_view_dispose;
  object_class->finalize = hk_access_log_view_finalize;

  widget_class->map = hk_access_log_view_map;

  section_class->main_action_name = "access-log.export";
  section_class->main_action_label = N_("_Export to Excel…");
  section_class->main_action_tooltip = N_("Save the month’s access log as an Excel workbook, "
                                          "identity data masked (Ctrl+E)");
  section_class->focus_search = hk_access_log_view_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-access-log-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, export_label);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, export_progress);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, export_revealer);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, file_entry);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, kind_names);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, month_button);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, operator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, operator_names);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, selection);
  gtk_widget_class_bind_template_child (widget_class, HkAccessLogView, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, bind_action_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_file_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_operator_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_seq_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_summary_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_time_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_file_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_long_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_numeric_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_state_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);

  gtk_widget_class_install_action (widget_class, "access-log.previous-month", NULL,
                                   previous_month_action);
  gtk_widget_class_install_action (widget_class, "access-log.next-month", NULL,
                                   next_month_action);
  gtk_widget_class_install_action (widget_class, "access-log.this-month", NULL,
                                   this_month_action);
  gtk_widget_class_install_action (widget_class, "access-log.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "access-log.export-to", "s", export_to_action);
  gtk_widget_class_install_action (widget_class, "access-log.cancel-export", NULL,
                                   cancel_export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "access-log.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK,
                                       "access-log.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK,
                                       "access-log.next-month", NULL);
}

static void
hk_access_log_view_init (HkAccessLogView *self)
{
  self->entries = g_list_store_new (HK_TYPE_ACCESS_LOG_ENTRY);
  self->operator_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->actions = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_access_log_view_get_visible_model:
 *
 * Returns: (transfer none): the entries shown (#HkAccessLogEntry), filtered
 */
GListModel *
hk_access_log_view_get_visible_model (HkAccessLogView *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

const char *
hk_access_log_view_get_month (HkAccessLogView *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_VIEW (self), NULL);

  return self->month;
}

/* Shows "YYYY-MM", as the month buttons do. */
void
hk_access_log_view_set_month (HkAccessLogView *self,
                              const char      *month)
{
  g_return_if_fail (HK_IS_ACCESS_LOG_VIEW (self));
  g_return_if_fail (hk_archive_month_days (month, NULL, NULL));

  show_month (self, month);
}

gboolean
hk_access_log_view_is_exporting (HkAccessLogView *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_VIEW (self), FALSE);

  return self->export_cancellable != NULL;
}
