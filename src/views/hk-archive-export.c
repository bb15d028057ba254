/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-archive-export.c: saving the access log or the error register of a month as an Excel
 * workbook, off the main thread.
 *
 * The export is written to the access log first (the core's rule: no export without its
 * row), then the report is built and written in a GTask thread on a database connection of
 * its own, as hk-background-query.c reads: the window stays responsive, and Cancel stops the
 * writer between rows. hk_report_export() leaves no file, not even a partial one, when it
 * fails or is cancelled. The progress bar follows the writer through a timeout on the main
 * thread that reads the fraction the thread last reported.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-archive-export.h"
#include "hk-archive-format.h"
#include "reports/hk-access-log-report.h"
#include "reports/hk-error-register-report.h"
#include "reports/hk-report-export.h"

typedef struct
{
  HkArchiveExportKind  kind;
  char                *database_path;
  HkOperator          *actor;
  char                *first_day;
  char                *last_day;
  char                *path;
  GWeakRef             progress;
  int                  permille;     /* atomic: the fraction the writer last reported */
  guint                timeout_id;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_handle_id (&job->timeout_id, g_source_remove);
  g_free (job->database_path);
  g_clear_object (&job->actor);
  g_free (job->first_day);
  g_free (job->last_day);
  g_free (job->path);
  g_weak_ref_clear (&job->progress);
  g_free (job);
}

static const char *
describe_kind (HkArchiveExportKind kind)
{
  /* The words of the access log row, as the demo and the command line write them. */
  return kind == HK_ARCHIVE_EXPORT_ACCESS_LOG ? "access log" : "error register";
}

static HkReport *
build_report (HkContext  *context,
              ExportJob  *job,
              GError    **error)
{
  if (job->kind == HK_ARCHIVE_EXPORT_ACCESS_LOG)
    return hk_access_log_report_build (context, job->actor, job->first_day, job->last_day,
                                       error);

  return hk_error_register_report_build (context, job->actor, job->first_day, job->last_day,
                                         error);
}

/* In the writer's thread. */
static void
on_progress_cb (double   fraction,
                gpointer user_data)
{
  ExportJob *job = user_data;

  g_atomic_int_set (&job->permille, (int)(CLAMP (fraction, 0.0, 1.0) * 1000));
}

static gboolean
show_progress_cb (gpointer user_data)
{
  ExportJob *job = user_data;
  g_autoptr(GtkProgressBar) progress = g_weak_ref_get (&job->progress);

  if (progress != NULL)
    gtk_progress_bar_set_fraction (progress, g_atomic_int_get (&job->permille) / 1000.0);

  return G_SOURCE_CONTINUE;
}

static gboolean
write_file (HkContext     *context,
            ExportJob     *job,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(HkReport) report = NULL;

  if (!(report = build_report (context, job, error)))
    return FALSE;

  return hk_report_export (report, job->path, on_progress_cb, job, cancellable, error);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkContext) context = NULL;
  GError *error = NULL;

  if (!(database = hk_database_open (job->database_path, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  context = hk_context_new (database);

  if (write_file (context, job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        GtkWidget       *widget)
{
  const char *action_name = g_object_get_data (G_OBJECT (chooser), "action-name");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        {
          g_autofree char *folded = g_utf8_casefold (path, -1);
          g_autofree char *named = g_str_has_suffix (folded, ".xlsx")
                                   ? g_strdup (path) : g_strconcat (path, ".xlsx", NULL);

          gtk_widget_activate_action (widget, action_name, "s", named);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/**
 * hk_archive_export_choose_file:
 * @widget: the section that exports
 * @month: the month shown, "YYYY-MM"
 * @action_name: an action of @widget taking the path ("s"), activated once a file is chosen
 *
 * Asks where to save the workbook, with a name for the month.
 */
void
hk_archive_export_choose_file (GtkWidget           *widget,
                               HkArchiveExportKind  kind,
                               const char          *month,
                               const char          *action_name)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (kind == HK_ARCHIVE_EXPORT_ACCESS_LOG
                                         ? _("Export the Access Log to Excel")
                                         : _("Export the Error Register to Excel"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  /* Translators: the suggested file names; keep the %s (the month, e.g. 2026-10) and .xlsx */
  name = kind == HK_ARCHIVE_EXPORT_ACCESS_LOG
         ? g_strdup_printf (_("access-log-%s.xlsx"), month)
         : g_strdup_printf (_("error-register-%s.xlsx"), month);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_object_set_data_full (G_OBJECT (chooser), "action-name", g_strdup (action_name), g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * hk_archive_export_start:
 * @context: the window's context; its operator exports
 * @month: "YYYY-MM"
 * @path: the workbook to write, NAME.xlsx
 * @progress: (nullable): a bar that follows the writer
 *
 * Writes the export to the access log, then builds the report of @month and saves it to
 * @path in a thread. A refusal (the operator's roles) comes back without a file.
 */
void
hk_archive_export_start (HkContext           *context,
                         HkArchiveExportKind  kind,
                         const char          *month,
                         const char          *path,
                         GtkProgressBar      *progress,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  const char *database_path = hk_database_get_path (hk_context_get_database (context));
  HkOperator *actor = hk_context_get_operator (context);
  ExportJob *job;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hk_archive_export_start);
  /* A cancelled export reports G_IO_ERROR_CANCELLED from the writer, once it has cleaned up. */
  g_task_set_check_cancellable (task, FALSE);

  job = g_new0 (ExportJob, 1);
  job->kind = kind;
  job->database_path = g_strdup (database_path);
  job->actor = actor != NULL ? g_object_ref (actor) : NULL;
  job->path = g_strdup (path);
  g_weak_ref_init (&job->progress, progress);
  g_task_set_task_data (task, job, (GDestroyNotify)export_job_free);

  if (!hk_archive_month_days (month, &job->first_day, &job->last_day))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("“%s” is not a month."), month);
      return;
    }

  if (!hk_customer_file_store_record_export (hk_context_get_customer_file_store (context), actor,
                                             describe_kind (kind), month, path, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (progress != NULL)
    gtk_progress_bar_set_fraction (progress, 0.0);

  /* A database in memory has no second connection: write at once on this one. */
  if (database_path == NULL || *database_path == '\0' || g_str_equal (database_path, ":memory:"))
    {
      if (write_file (context, job, cancellable, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      return;
    }

  job->timeout_id = g_timeout_add (100, show_progress_cb, job);
  g_task_run_in_thread (task, export_in_thread);
}

gboolean
hk_archive_export_finish (GAsyncResult  *result,
                          GError       **error)
{
  ExportJob *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  job = g_task_get_task_data (G_TASK (result));
  g_clear_handle_id (&job->timeout_id, g_source_remove);

  return g_task_propagate_boolean (G_TASK (result), error);
}
