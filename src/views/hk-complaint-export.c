/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-export.c: saving the complaint register of a period or a month's statistics to a
 * file, in a thread.
 *
 * The report is built and written in a GTask thread on a connection of its own, as
 * hk-background-query.c reads, so the window stays responsive and the export can be
 * cancelled. The thread's context is logged in as the window's operator (the report names who
 * made it) and its clock is the window's at the start, so the deadline states in the file are
 * those of that moment. How far the writer has got is kept in an integer the window reads
 * while it waits. A database in memory has no second connection: its export runs at once.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "reports/hk-complaint-register-report.h"
#include "reports/hk-complaint-statistics-report.h"
#include "reports/hk-report-export.h"
#include "hk-complaint-export.h"

typedef struct
{
  char                  *database_path;
  gint64                 operator_id;
  gint64                 now;
  HkComplaintExportKind  kind;
  char                  *first;
  char                  *last;
  char                  *path;
  int                   *progress;
} Export;

static void
export_free (Export *export)
{
  g_free (export->database_path);
  g_free (export->first);
  g_free (export->last);
  g_free (export->path);
  g_free (export);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Export *export = user_data;

  if (export->progress != NULL)
    g_atomic_int_set (export->progress, (int)(CLAMP (fraction, 0.0, 1.0) * 1000));
}

/* Builds the report through @context and writes it. */
static gboolean
write_report (HkContext     *context,
              Export        *export,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(HkReport) report = NULL;

  if (export->kind == HK_COMPLAINT_EXPORT_STATISTICS)
    report = hk_complaint_statistics_report_build (context, export->first, error);
  else
    report = hk_complaint_register_report_build (context, export->first, export->last, error);

  if (report == NULL)
    return FALSE;

  return hk_report_export (report, export->path, on_progress, export, cancellable, error);
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

  hk_database_set_now (database, export->now);
  context = hk_context_new (database);
  operator = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context),
                                             export->operator_id, NULL);
  hk_context_set_operator (context, operator);

  if (!write_report (context, export, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * hk_complaint_export_run:
 * @context: the window's: its database file is opened again in the thread
 * @first_day_or_month: the register's first day, "YYYY-MM-DD", or the statistics' month,
 *   "YYYY-MM"
 * @last_day: (nullable): the register's last day
 * @path: the file: NAME.xlsx or NAME.pdf
 * @progress_permille: (nullable): set from the thread, 0 to 1000, as the file is written; it
 *   must outlive @callback
 *
 * Writes the report to @path in a thread and calls @callback on this thread; see
 * hk_report_export() for what is left behind when it fails or is cancelled (nothing).
 */
void
hk_complaint_export_run (gpointer               source_object,
                         HkContext             *context,
                         HkComplaintExportKind  kind,
                         const char            *first_day_or_month,
                         const char            *last_day,
                         const char            *path,
                         int                   *progress_permille,
                         GCancellable          *cancellable,
                         GAsyncReadyCallback    callback,
                         gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  HkDatabase *database = hk_context_get_database (context);
  HkOperator *operator = hk_context_get_operator (context);
  const char *database_path = hk_database_get_path (database);
  Export *export;

  g_return_if_fail (HK_IS_CONTEXT (context));
  g_return_if_fail (first_day_or_month != NULL && path != NULL);

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, hk_complaint_export_run);

  export = g_new0 (Export, 1);
  export->database_path = g_strdup (database_path);
  export->operator_id = operator != NULL ? hk_operator_get_id (operator) : 0;
  export->now = hk_database_get_now (database);
  export->kind = kind;
  export->first = g_strdup (first_day_or_month);
  export->last = g_strdup (last_day);
  export->path = g_strdup (path);
  export->progress = progress_permille;
  g_task_set_task_data (task, export, (GDestroyNotify)export_free);

  if (progress_permille != NULL)
    g_atomic_int_set (progress_permille, 0);

  if (database_path == NULL || *database_path == '\0' ||
      g_strcmp0 (database_path, ":memory:") == 0)
    {
      GError *error = NULL;

      if (!write_report (context, export, cancellable, &error))
        g_task_return_error (task, error);
      else
        g_task_return_boolean (task, TRUE);
      return;
    }

  g_task_run_in_thread (task, run_in_thread);
}

/* Returns: whether the file was written; G_IO_ERROR_CANCELLED when it was cancelled. */
gboolean
hk_complaint_export_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* A file name for the export, e.g. "complaint-register-2026-10-01-2026-10-31.xlsx". */
char *
hk_complaint_export_suggest_name (HkComplaintExportKind  kind,
                                  const char            *first_day_or_month,
                                  const char            *last_day)
{
  if (kind == HK_COMPLAINT_EXPORT_STATISTICS)
    /* Translators: a file name; keep it short, without "/" */
    return g_strdup_printf (_("complaint-statistics-%s.xlsx"), first_day_or_month);

  /* Translators: a file name, with the period's first and last days; without "/" */
  return g_strdup_printf (_("complaint-register-%s-%s.xlsx"), first_day_or_month,
                          last_day != NULL ? last_day : first_day_or_month);
}
