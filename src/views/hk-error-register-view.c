/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-error-register-view.c: the Error Register section: the re-checks of a month and the errors
 * they found (回访、复核、差错登记).
 *
 * For the archivist, the hall supervisor, the duty manager and the auditor; the
 * archivist enters re-checks (the section's main command, Ctrl+N). The list shows
 * the errors found by default, or every re-check; the file, operator and field
 * filters narrow it. The line above the list counts the month's re-checks and
 * errors by type, the figures the monthly quality analysis reads.
 *
 * Export to Excel (Ctrl+E) saves the month's register with the errors by type and
 * month, built by the same report as `hallkeeper-cli archive errors`; the export
 * is written to the access log before the file.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-archive-export.h"
#include "hk-archive-format.h"
#include "hk-error-register-view.h"
#include "hk-recheck-editor.h"

enum {
  RESULT_ERRORS,
  RESULT_ALL,
};

struct _HkErrorRegisterView
{
  HkSection           parent_instance;

  GListStore         *rechecks;
  GArray             *operator_ids;   /* gint64 per operator_dropdown position; 0 for all */
  char               *month;
  GCancellable       *export_cancellable;

  /* Template widgets */
  AdwStatusPage      *empty_page;
  GtkLabel           *export_label;
  GtkProgressBar     *export_progress;
  GtkRevealer        *export_revealer;
  GtkSearchEntry     *file_entry;
  GtkFilterListModel *filter_model;
  GtkDropDown        *kind_dropdown;
  GtkStringList      *kind_names;
  GtkStack           *list_stack;
  GtkButton          *month_button;
  GtkDropDown        *operator_dropdown;
  GtkStringList      *operator_names;
  GtkColumnViewColumn *result_column;
  GtkDropDown        *result_dropdown;
  GtkSingleSelection *selection;
  GtkLabel           *summary_label;
};

G_DEFINE_FINAL_TYPE (HkErrorRegisterView, hk_error_register_view, HK_TYPE_SECTION)

static HkContext *
get_context (HkErrorRegisterView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static gboolean
may_read (HkErrorRegisterView *self)
{
  return hk_archive_may (get_context (self), HK_ARCHIVE_LOG_READER_ROLES);
}

static gboolean
may_enter (HkErrorRegisterView *self)
{
  return hk_archive_may (get_context (self), HK_ARCHIVE_KEEPER_ROLES);
}

static void
update_actions (HkErrorRegisterView *self)
{
  gboolean exporting = self->export_cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "error-register.new", may_enter (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "error-register.export",
                                 may_read (self) && !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "error-register.export-to",
                                 may_read (self) && !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "error-register.cancel-export", exporting);
  hk_section_set_main_action_enabled (HK_SECTION (self), may_enter (self));
}

/* "24 re-checks in 2026-10, 3 errors found: Identity number 2, Signature 1." */
static void
update_summary (HkErrorRegisterView *self)
{
  HkRecheckStore *store = hk_context_get_recheck_store (get_context (self));
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  HkErrorCounts counts = { 0 };
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  int year = 0;
  int month = 0;

  if (!may_read (self))
    g_string_append (text, _("The error register is for the archivist, the hall supervisor, "
                             "the duty manager and the auditor."));
  else if (sscanf (self->month, "%4d-%2d", &year, &month) == 2 &&
           hk_recheck_store_count_month (store, year, month, &counts, &error))
    {
      /* Translators: e.g. "24 re-checks in 2026-10, 3 errors found" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u re-check in %s", "%u re-checks in %s",
                                                 counts.n_rechecks),
                              counts.n_rechecks, self->month);
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u error found", "%u errors found",
                                                 counts.n_errors),
                              counts.n_errors);
      for (guint field = 0, n = 0; field < HK_N_RECHECK_FIELDS; field++)
        if (counts.errors[field] > 0)
          /* Translators: an error type and how many, after "3 errors found": ": Signature 1" */
          g_string_append_printf (text, n++ == 0 ? _(": %s %u") : _(", %s %u"),
                                  hk_recheck_field_get_title (field), counts.errors[field]);
      g_string_append (text, ".");
    }
  else if (error != NULL)
    g_string_append (text, error->message);

  gtk_label_set_label (self->summary_label, text->str);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->rechecks)) == 0)
    adw_status_page_set_description (self->empty_page,
                                     may_enter (self)
                                     ? _("The re-checks of the month appear here, and the errors "
                                         "they found. Enter one with New Re-check (Ctrl+N).")
                                     : _("The re-checks of the month appear here, and the errors "
                                         "they found. The archivist enters them."));
  else
    adw_status_page_set_description (self->empty_page,
                                     _("No re-check of the month matches the filters. Show all "
                                       "re-checks, or choose “All fields” and “Everyone”."));

  gtk_stack_set_visible_child_name (self->list_stack, n_shown > 0 ? "entries" : "empty");
}

static gboolean
filter_recheck (gpointer item,
                gpointer user_data)
{
  HkErrorRegisterView *self = user_data;
  HkRecheck *recheck = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->file_entry));
  guint operator_index = gtk_drop_down_get_selected (self->operator_dropdown);
  guint kind_index = gtk_drop_down_get_selected (self->kind_dropdown);

  if (gtk_drop_down_get_selected (self->result_dropdown) == RESULT_ERRORS &&
      !hk_recheck_get_error_found (recheck))
    return FALSE;

  if (operator_index != GTK_INVALID_LIST_POSITION && operator_index > 0 &&
      operator_index < self->operator_ids->len &&
      g_array_index (self->operator_ids, gint64, operator_index) !=
      hk_recheck_get_checked_by (recheck))
    return FALSE;

  /* Position 0 is "All fields"; then the fields in their order. */
  if (kind_index != GTK_INVALID_LIST_POSITION && kind_index > 0 &&
      (guint)hk_recheck_get_field (recheck) != kind_index - 1)
    return FALSE;

  if (text != NULL && *text != '\0')
    {
      g_autofree char *needle = g_utf8_strup (g_strstrip (g_strdup (text)), -1);
      g_autofree char *file_no = g_utf8_strup (hk_recheck_get_file_no (recheck), -1);

      return strstr (file_no, needle) != NULL;
    }

  return TRUE;
}

static void
on_filter_changed_cb (HkErrorRegisterView *self)
{
  /* The dropdowns choose their first item while the template is built. */
  if (gtk_filter_list_model_get_filter (self->filter_model) == NULL)
    return;

  gtk_filter_changed (gtk_filter_list_model_get_filter (self->filter_model),
                      GTK_FILTER_CHANGE_DIFFERENT);
  /* Every error found says so: the column only tells re-checks apart when all are shown. */
  gtk_column_view_column_set_visible (self->result_column,
                                      gtk_drop_down_get_selected (self->result_dropdown) ==
                                      RESULT_ALL);
  update_summary (self);
}

static void
fill_operators (HkErrorRegisterView *self)
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

      /* Only the archivists re-check. */
      if (!hk_operator_has_any_role (operator, HK_ARCHIVE_KEEPER_ROLES))
        continue;

      g_array_append_val (self->operator_ids, id);
      g_ptr_array_add (names, g_strdup_printf ("%s (%s)", hk_operator_get_display_name (operator),
                                               hk_operator_get_login (operator)));
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->operator_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->operator_names)),
                          (const char * const *)names->pdata);
}

static void
fill_kinds (HkErrorRegisterView *self)
{
  const char *names[HK_N_RECHECK_FIELDS + 2] = { NULL };

  names[0] = _("All fields");
  for (guint field = 0; field < HK_N_RECHECK_FIELDS; field++)
    names[field + 1] = hk_recheck_field_get_title (field);

  gtk_string_list_splice (self->kind_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->kind_names)), names);
}

/* The month's re-checks; the list takes no operator, so the roles are checked here. */
static void
reload (HkErrorRegisterView *self)
{
  g_autoptr(GPtrArray) rechecks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;

  if (may_read (self) && hk_archive_month_days (self->month, &first_day, &last_day))
    rechecks = hk_recheck_store_list (hk_context_get_recheck_store (get_context (self)),
                                      first_day, last_day, FALSE, &error);
  if (error != NULL)
    hk_section_show_error (HK_SECTION (self), error);

  g_list_store_splice (self->rechecks, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->rechecks)),
                       rechecks != NULL ? rechecks->pdata : NULL,
                       rechecks != NULL ? rechecks->len : 0);
  on_filter_changed_cb (self);
}

static void
show_month (HkErrorRegisterView *self,
            const char          *month)
{
  g_free (self->month);
  self->month = g_strdup (month);
  gtk_button_set_label (self->month_button, month);
  hk_section_set_subtitle (HK_SECTION (self), month);
  reload (self);
}

/* Cells. */

static HkRecheck *
get_recheck (GtkListItem *list_item)
{
  return HK_RECHECK (gtk_list_item_get_item (list_item));
}

static void
setup_text_cb (HkErrorRegisterView *self,
               GtkListItem         *list_item)
{
  hk_archive_cell_setup_text (list_item);
}

static void
setup_long_text_cb (HkErrorRegisterView *self,
                    GtkListItem         *list_item)
{
  hk_archive_cell_setup_long_text (list_item);
}

static void
setup_state_cb (HkErrorRegisterView *self,
                GtkListItem         *list_item)
{
  hk_archive_cell_setup_state (list_item);
}

static void
bind_time_cb (HkErrorRegisterView *self,
              GtkListItem         *list_item)
{
  g_autofree char *text = hk_archive_format_day (get_context (self),
                                                 hk_recheck_get_checked_at (
                                                   get_recheck (list_item)));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_file_cb (HkErrorRegisterView *self,
              GtkListItem         *list_item)
{
  hk_archive_cell_set_text (list_item, hk_recheck_get_file_no (get_recheck (list_item)));
}

static void
bind_field_cb (HkErrorRegisterView *self,
               GtkListItem         *list_item)
{
  hk_archive_cell_set_text (list_item,
                            hk_recheck_field_get_title (hk_recheck_get_field (
                                                          get_recheck (list_item))));
}

static void
bind_result_cb (HkErrorRegisterView *self,
                GtkListItem         *list_item)
{
  gboolean found = hk_recheck_get_error_found (get_recheck (list_item));

  hk_archive_cell_set_state (list_item, found ? "dialog-warning-symbolic" : "emblem-ok-symbolic",
                             found ? _("Error found") : _("Correct"));
}

static void
bind_error_cb (HkErrorRegisterView *self,
               GtkListItem         *list_item)
{
  hk_archive_cell_set_text (list_item, hk_recheck_get_error (get_recheck (list_item)));
}

static void
bind_cause_cb (HkErrorRegisterView *self,
               GtkListItem         *list_item)
{
  hk_archive_cell_set_text (list_item, hk_recheck_get_cause (get_recheck (list_item)));
}

static void
bind_correction_cb (HkErrorRegisterView *self,
                    GtkListItem         *list_item)
{
  hk_archive_cell_set_text (list_item, hk_recheck_get_correction (get_recheck (list_item)));
}

static void
bind_checker_cb (HkErrorRegisterView *self,
                 GtkListItem         *list_item)
{
  g_autofree char *name = hk_archive_dup_operator_name (get_context (self),
                                                        hk_recheck_get_checked_by (
                                                          get_recheck (list_item)));

  hk_archive_cell_set_text (list_item, name);
}

/* Actions. */

static void
on_editor_saved_cb (HkErrorRegisterView *self,
                    HkRecheck           *recheck)
{
  g_autofree char *message = NULL;

  if (hk_recheck_get_error_found (recheck))
    message = g_strdup_printf (_("Error in file %s entered in the register"),
                               hk_recheck_get_file_no (recheck));
  else
    message = g_strdup_printf (_("Re-check of file %s entered: no error"),
                               hk_recheck_get_file_no (recheck));

  hk_section_show_toast (HK_SECTION (self), message);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HkErrorRegisterView *self = HK_ERROR_REGISTER_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  HkRecheckEditor *editor;

  editor = hk_recheck_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  get_context (self), NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
previous_month_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HkErrorRegisterView *self = HK_ERROR_REGISTER_VIEW (widget);
  g_autofree char *month = hk_archive_shift_month (self->month, -1);

  show_month (self, month);
}

static void
next_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HkErrorRegisterView *self = HK_ERROR_REGISTER_VIEW (widget);
  g_autofree char *month = hk_archive_shift_month (self->month, 1);

  show_month (self, month);
}

static void
this_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HkErrorRegisterView *self = HK_ERROR_REGISTER_VIEW (widget);
  g_autofree char *month = hk_archive_this_month (get_context (self));

  show_month (self, month);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkErrorRegisterView *self = HK_ERROR_REGISTER_VIEW (widget);

  hk_archive_export_choose_file (widget, HK_ARCHIVE_EXPORT_ERROR_REGISTER, self->month,
                                 "error-register.export-to");
}

static void
on_export_done_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(HkErrorRegisterView) self = user_data;
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

  message = g_strdup_printf (_("Error register of %s saved in %s"), self->month,
                             gtk_label_get_label (self->export_label));
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HkErrorRegisterView *self = HK_ERROR_REGISTER_VIEW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autofree char *name = g_filename_display_basename (path);

  if (self->export_cancellable != NULL)
    return;

  self->export_cancellable = g_cancellable_new ();
  gtk_label_set_label (self->export_label, name);
  gtk_revealer_set_reveal_child (self->export_revealer, TRUE);
  update_actions (self);

  hk_archive_export_start (get_context (self), HK_ARCHIVE_EXPORT_ERROR_REGISTER, self->month,
                           path, self->export_progress, self->export_cancellable,
                           on_export_done_cb, g_object_ref (self));
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HkErrorRegisterView *self = HK_ERROR_REGISTER_VIEW (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

/* Overrides. */

static void
hk_error_register_view_focus_search (HkSection *section)
{
  HkErrorRegisterView *self = HK_ERROR_REGISTER_VIEW (section);

  gtk_widget_grab_focus (GTK_WIDGET (self->file_entry));
}

static void
hk_error_register_view_constructed (GObject *object)
{
  HkErrorRegisterView *self = (HkErrorRegisterView *)object;
  HkContext *context;
  GtkCustomFilter *filter;
  g_autofree char *month = NULL;

  G_OBJECT_CLASS (hk_error_register_view_parent_class)->constructed (object);

  context = get_context (self);

  filter = gtk_custom_filter_new (filter_recheck, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->rechecks));

  month = hk_archive_this_month (context);
  self->month = g_strdup (month);

  fill_operators (self);
  fill_kinds (self);

  g_signal_connect_object (hk_context_get_recheck_store (context), "changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);

  update_actions (self);
  show_month (self, month);
}

static void
hk_error_register_view_dispose (GObject *object)
{
  HkErrorRegisterView *self = (HkErrorRegisterView *)object;

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_ERROR_REGISTER_VIEW);
  g_clear_object (&self->rechecks);

  G_OBJECT_CLASS (hk_error_register_view_parent_class)->dispose (object);
}

static void
hk_error_register_view_finalize (GObject *object)
{
  HkErrorRegisterView *self = (HkErrorRegisterView *)object;

  g_clear_pointer (&self->operator_ids, g_array_unref);
  g_clear_pointer (&self->month, g_free);

  G_OBJECT_CLASS (hk_error_register_view_parent_class)->finalize (object);
}

static void
hk_error_register_view_class_init (HkErrorRegisterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_error_register_view_constructed;
  object_class->dispose = hk_error_register_view_dispose;
  object_class->finalize = hk_error_register_view_finalize;

  section_class->main_action_name = "error-register.new";
  section_class->main_action_label = N_("_New Re-check…");
  section_class->main_action_tooltip = N_("Enter a re-check of a file’s data, and the error it "
                                          "found (Ctrl+N)");
  section_class->focus_search = hk_error_register_view_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-error-register-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, export_label);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, export_progress);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, export_revealer);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, file_entry);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, kind_names);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, month_button);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, operator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, operator_names);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, result_column);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, result_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, selection);
  gtk_widget_class_bind_template_child (widget_class, HkErrorRegisterView, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, bind_cause_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_checker_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_correction_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_error_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_field_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_file_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_result_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_time_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_long_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_state_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);

  gtk_widget_class_install_action (widget_class, "error-register.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "error-register.previous-month", NULL,
                                   previous_month_action);
  gtk_widget_class_install_action (widget_class, "error-register.next-month", NULL,
                                   next_month_action);
  gtk_widget_class_install_action (widget_class, "error-register.this-month", NULL,
                                   this_month_action);
  gtk_widget_class_install_action (widget_class, "error-register.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "error-register.export-to", "s",
                                   export_to_action);
  gtk_widget_class_install_action (widget_class, "error-register.cancel-export", NULL,
                                   cancel_export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "error-register.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK,
                                       "error-register.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK,
                                       "error-register.next-month", NULL);
}

static void
hk_error_register_view_init (HkErrorRegisterView *self)
{
  self->rechecks = g_list_store_new (HK_TYPE_RECHECK);
  self->operator_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_error_register_view_get_visible_model:
 *
 * Returns: (transfer none): the re-checks shown (#HkRecheck), filtered
 */
GListModel *
hk_error_register_view_get_visible_model (HkErrorRegisterView *self)
{
  g_return_val_if_fail (HK_IS_ERROR_REGISTER_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

const char *
hk_error_register_view_get_month (HkErrorRegisterView *self)
{
  g_return_val_if_fail (HK_IS_ERROR_REGISTER_VIEW (self), NULL);

  return self->month;
}

void
hk_error_register_view_set_month (HkErrorRegisterView *self,
                                  const char          *month)
{
  g_return_if_fail (HK_IS_ERROR_REGISTER_VIEW (self));
  g_return_if_fail (hk_archive_month_days (month, NULL, NULL));

  show_month (self, month);
}

gboolean
hk_error_register_view_is_exporting (HkErrorRegisterView *self)
{
  g_return_val_if_fail (HK_IS_ERROR_REGISTER_VIEW (self), FALSE);

  return self->export_cancellable != NULL;
}
