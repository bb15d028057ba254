/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-export.c: the repair register of a period, or a batch's dispatch list, saved as an
 * Excel workbook in a thread, with its progress shown and Cancel offered.
 *
 * The thread opens the database file again with a context of its own (as
 * hk-background-query.c does), logs the same operator in there so the report names who made
 * it, builds the report and writes it with hk_report_export(). The window stays responsive:
 * a dialog shows the progress, polled from the main thread, and Cancel stops the export
 * between rows, leaving no file behind. The end is a toast naming the file or the error.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "reports/hk-repair-dispatch-report.h"
#include "reports/hk-repair-register-report.h"
#include "reports/hk-report-export.h"
#include "hk-repair-dialogs.h"
#include "hk-repair-export.h"
#include "hk-repair-format.h"

typedef struct
{
  HkRepairExportKind  kind;
  char               *database_path;
  gint64              operator_id;
  char               *first_day;
  char               *last_day;
  gint64              batch_id;
  char               *path;
  int                 permille;      /* written by the thread, read by the poll (atomic) */
} Export;

typedef struct
{
  GtkWidget        *from;           /* weak: toasts go to its window */
  AdwMessageDialog *dialog;         /* weak */
  GtkProgressBar   *progress_bar;   /* weak */
  GCancellable     *cancellable;
  guint             poll_id;
  char             *name;
} ExportUi;

static guint n_running;

static void
export_free (Export *export)
{
  g_free (export->database_path);
  g_free (export->first_day);
  g_free (export->last_day);
  g_free (export->path);
  g_free (export);
}

static void
export_ui_free (ExportUi *ui)
{
  g_clear_weak_pointer (&ui->from);
  g_clear_weak_pointer (&ui->progress_bar);
  if (ui->dialog != NULL)
    {
      AdwMessageDialog *dialog = ui->dialog;

      g_clear_weak_pointer (&ui->dialog);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  g_clear_handle_id (&ui->poll_id, g_source_remove);
  g_clear_object (&ui->cancellable);
  g_free (ui->name);
  g_free (ui);
}

static HkReport *
build_report (HkContext  *context,
              Export     *export,
              GError    **error)
{
  if (export->kind == HK_REPAIR_EXPORT_DISPATCH_LIST)
    return hk_repair_dispatch_report_build (context, export->batch_id, error);

  return hk_repair_register_report_build (context, export->first_day, export->last_day, error);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Export *export = user_data;

  g_atomic_int_set (&export->permille, (int)(fraction * 1000));
}

static gboolean
run_export (HkContext     *context,
            Export        *export,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(HkReport) report = NULL;

  return (report = build_report (context, export, error)) != NULL &&
         hk_report_export (report, export->path, on_progress, export, cancellable, error);
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) operator = NULL;
  GError *error = NULL;

  if (!(database = hk_database_open (export->database_path, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  context = hk_context_new (database);
  operator = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context),
                                             export->operator_id, NULL);
  hk_context_set_operator (context, operator);

  if (!run_export (context, export, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static gboolean
poll_progress_cb (gpointer user_data)
{
  GTask *task = user_data;
  ExportUi *ui = g_object_get_data (G_OBJECT (task), "ui");
  Export *export = g_task_get_task_data (task);

  if (ui->progress_bar != NULL)
    gtk_progress_bar_set_fraction (ui->progress_bar,
                                   g_atomic_int_get (&export->permille) / 1000.0);

  return G_SOURCE_CONTINUE;
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ExportUi *ui = g_object_get_data (G_OBJECT (result), "ui");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  n_running--;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    message = g_strdup_printf (_("Saved %s"), ui->name);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    message = g_strdup (_("Export cancelled; no file was written."));
  else
    message = g_strdup (error->message);

  if (ui->from != NULL)
    hk_repair_show_toast (ui->from, message, error != NULL);

  /* The task keeps the UI's state until it goes; the dialog closes now. */
  if (ui->dialog != NULL)
    {
      AdwMessageDialog *dialog = ui->dialog;

      g_clear_weak_pointer (&ui->dialog);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  g_clear_handle_id (&ui->poll_id, g_source_remove);
}

static void
on_progress_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         GCancellable     *cancellable)
{
  if (g_strcmp0 (response, "cancel") == 0)
    g_cancellable_cancel (cancellable);
}

/**
 * hk_repair_export_start:
 * @from: the widget that asked; the progress dialog is over its window, the toast in it
 * @kind: the register of @first_day … @last_day, or the dispatch list of @batch_id
 * @file: the workbook to write (.xlsx; .pdf writes a PDF file)
 *
 * Builds and writes the report in a thread; returns at once.
 */
void
hk_repair_export_start (GtkWidget          *from,
                        HkContext          *context,
                        HkRepairExportKind  kind,
                        const char         *first_day,
                        const char         *last_day,
                        gint64              batch_id,
                        GFile              *file)
{
  const char *database_path = hk_database_get_path (hk_context_get_database (context));
  HkOperator *actor = hk_context_get_operator (context);
  g_autoptr(GTask) task = NULL;
  GtkRoot *root = gtk_widget_get_root (from);
  GtkWidget *progress_bar;
  Export *export;
  ExportUi *ui;

  export = g_new0 (Export, 1);
  export->kind = kind;
  export->database_path = g_strdup (database_path);
  export->operator_id = actor != NULL ? hk_operator_get_id (actor) : 0;
  export->first_day = g_strdup (first_day);
  export->last_day = g_strdup (last_day);
  export->batch_id = batch_id;
  export->path = g_file_get_path (file);

  ui = g_new0 (ExportUi, 1);
  ui->name = g_file_get_basename (file);
  ui->cancellable = g_cancellable_new ();
  g_set_weak_pointer (&ui->from, from);

  ui->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root)
                                                           ? GTK_WINDOW (root) : NULL,
                                                           _("Exporting…"), NULL));
  g_object_add_weak_pointer (G_OBJECT (ui->dialog), (gpointer *)&ui->dialog);
  /* Translators: "Saving repair-register-2026-10.xlsx" */
  adw_message_dialog_format_body (ui->dialog, _("Saving %s"), ui->name);
  progress_bar = gtk_progress_bar_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (progress_bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Export progress"), -1);
  g_set_weak_pointer (&ui->progress_bar, GTK_PROGRESS_BAR (progress_bar));
  adw_message_dialog_set_extra_child (ui->dialog, progress_bar);
  adw_message_dialog_add_response (ui->dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ui->dialog, "cancel");
  g_signal_connect_object (ui->dialog, "response", G_CALLBACK (on_progress_response_cb),
                           ui->cancellable, 0);

  task = g_task_new (NULL, ui->cancellable, on_export_done_cb, NULL);
  g_task_set_source_tag (task, hk_repair_export_start);
  g_task_set_task_data (task, export, (GDestroyNotify)export_free);
  g_object_set_data_full (G_OBJECT (task), "ui", ui, (GDestroyNotify)export_ui_free);
  n_running++;

  gtk_window_present (GTK_WINDOW (ui->dialog));

  /* A database in memory has no second connection: export at once on this one. */
  if (export->path == NULL || database_path == NULL || *database_path == '\0' ||
      g_strcmp0 (database_path, ":memory:") == 0)
    {
      GError *error = NULL;

      if (export->path == NULL)
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     _("Choose a folder on this computer."));
      if (error == NULL && !run_export (context, export, ui->cancellable, &error))
        g_task_return_error (task, error);
      else if (error != NULL)
        g_task_return_error (task, error);
      else
        g_task_return_boolean (task, TRUE);
      return;
    }

  ui->poll_id = g_timeout_add (100, poll_progress_cb, task);
  g_task_run_in_thread (task, run_in_thread);
}

/* ---- the file ---- */

static void
on_choose_file_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            GtkWidget       *from)
{
  HkContext *context = g_object_get_data (G_OBJECT (chooser), "context");
  HkRepairExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "kind"));
  gint64 batch_id = *(gint64 *)g_object_get_data (G_OBJECT (chooser), "batch-id");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    hk_repair_export_start (from, context, kind,
                            g_object_get_data (G_OBJECT (chooser), "first-day"),
                            g_object_get_data (G_OBJECT (chooser), "last-day"), batch_id, file);

  g_object_unref (chooser);
}

/**
 * hk_repair_export_choose_file:
 * @batch_no: (nullable): the batch's number, for the file's suggested name
 *
 * Asks where to save the workbook, then starts the export.
 */
void
hk_repair_export_choose_file (GtkWidget          *from,
                              HkContext          *context,
                              HkRepairExportKind  kind,
                              const char         *first_day,
                              const char         *last_day,
                              gint64              batch_id,
                              const char         *batch_no)
{
  GtkRoot *root = gtk_widget_get_root (from);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (kind == HK_REPAIR_EXPORT_DISPATCH_LIST)
    /* Translators: a file name, keep it short and without slashes */
    name = g_strdup_printf (_("dispatch-list-%s.xlsx"), batch_no);
  else if (g_strcmp0 (first_day, last_day) == 0)
    name = g_strdup_printf (_("repair-register-%s.xlsx"), first_day);
  else
    name = g_strdup_printf (_("repair-register-%s-%s.xlsx"), first_day, last_day);

  chooser = gtk_file_chooser_native_new (kind == HK_REPAIR_EXPORT_DISPATCH_LIST
                                         ? _("Export Dispatch List")
                                         : _("Export Repair Register"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  g_object_set_data_full (G_OBJECT (chooser), "context", g_object_ref (context),
                          g_object_unref);
  g_object_set_data (G_OBJECT (chooser), "kind", GINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (chooser), "first-day", g_strdup (first_day), g_free);
  g_object_set_data_full (G_OBJECT (chooser), "last-day", g_strdup (last_day), g_free);
  g_object_set_data_full (G_OBJECT (chooser), "batch-id", g_memdup2 (&batch_id, sizeof batch_id),
                          g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_choose_file_response_cb), from,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- the period ---- */

static gboolean
period_is_valid (HkContext   *context,
                 const char  *first_day,
                 const char  *last_day)
{
  HkHallStore *hall = hk_context_get_hall_store (context);

  return hk_hall_store_parse_day (hall, first_day, NULL, NULL, NULL) &&
         hk_hall_store_parse_day (hall, last_day, NULL, NULL, NULL) &&
         g_strcmp0 (first_day, last_day) <= 0;
}

static void
on_period_changed_cb (AdwMessageDialog *dialog)
{
  HkContext *context = g_object_get_data (G_OBJECT (dialog), "context");
  g_autofree char *first_day = hk_repair_dialog_dup_text (dialog, "from");
  g_autofree char *last_day = hk_repair_dialog_dup_text (dialog, "to");
  HkHallStore *hall = hk_context_get_hall_store (context);

  hk_repair_format_set_error (hk_repair_dialog_get_row (dialog, "from"),
                              !hk_hall_store_parse_day (hall, first_day, NULL, NULL, NULL));
  hk_repair_format_set_error (hk_repair_dialog_get_row (dialog, "to"),
                              !hk_hall_store_parse_day (hall, last_day, NULL, NULL, NULL));
  adw_message_dialog_set_response_enabled (dialog, "export",
                                           period_is_valid (context, first_day, last_day));
}

static void
on_period_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       GtkWidget        *from)
{
  HkContext *context = g_object_get_data (G_OBJECT (dialog), "context");
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;

  if (g_strcmp0 (response, "export") != 0)
    return;

  first_day = hk_repair_dialog_dup_text (dialog, "from");
  last_day = hk_repair_dialog_dup_text (dialog, "to");
  hk_repair_export_choose_file (from, context, HK_REPAIR_EXPORT_REGISTER, first_day, last_day, 0,
                                NULL);
}

static void
on_period_activated_cb (AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "export"))
    {
      adw_message_dialog_response (dialog, "export");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

/**
 * hk_repair_export_ask_period:
 *
 * Asks for the period of the repair register (this month so far, by default), then where to
 * save it.
 */
void
hk_repair_export_ask_period (GtkWidget *from,
                             HkContext *context)
{
  AdwMessageDialog *dialog;
  g_autofree char *first_day = hk_repair_format_month_start (context);
  g_autofree char *last_day = hk_repair_format_today (context);
  GtkWidget *from_row;
  GtkWidget *to_row;

  dialog = hk_repair_dialog_new (from, _("Export the Repair Register?"),
                                 _("Every ticket received in the period, with its turnaround "
                                   "times, is saved as an Excel workbook. Phone numbers are "
                                   "masked in it."));
  from_row = hk_repair_dialog_add_entry (dialog, "from", _("From (YYYY-MM-DD)"));
  to_row = hk_repair_dialog_add_entry (dialog, "to", _("To (YYYY-MM-DD)"));
  gtk_editable_set_text (GTK_EDITABLE (from_row), first_day);
  gtk_editable_set_text (GTK_EDITABLE (to_row), last_day);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "export", _("_Choose File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "context", g_object_ref (context), g_object_unref);
  g_signal_connect_object (from_row, "changed", G_CALLBACK (on_period_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (to_row, "changed", G_CALLBACK (on_period_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (from_row, "entry-activated", G_CALLBACK (on_period_activated_cb),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (to_row, "entry-activated", G_CALLBACK (on_period_activated_cb),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_period_response_cb), from, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (from_row);
}

/* How many exports are running now (for tests, which wait for them). */
guint
hk_repair_export_get_n_running (void)
{
  return n_running;
}
