/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-export.c: a month's hall operations saved as an Excel workbook, in a thread.
 *
 * The month's duty logs, incidents and training records are built into a report and written
 * by hk_report_export() in a background query (hk-background-query.c): a thread with a
 * connection of its own, so the window stays responsive and Cancel stops the writer. The
 * thread's context is logged in as the window's operator and keeps the window's clock, so the
 * report names who made it and the live facts are those of the moment the export began. How
 * far the writer has got is kept in an integer the window reads while it waits.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "reports/hk-hall-month-report.h"
#include "reports/hk-report-export.h"
#include "hk-background-query.h"
#include "hk-hall-export.h"

typedef struct
{
  gint64        operator_id;
  gint64        now;
  char         *month;
  char         *path;
  int          *progress;
  GCancellable *cancellable;
} Export;

static void
export_free (Export *export)
{
  g_free (export->month);
  g_free (export->path);
  g_clear_object (&export->cancellable);
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

/* In the thread, through a context of its own; returns the path written. */
static gpointer
write_report (HkContext  *context,
              gpointer    data,
              GError    **error)
{
  Export *export = data;
  g_autoptr(HkOperator) operator = NULL;
  g_autoptr(HkReport) report = NULL;

  /* A context of its own (not the window's, as with a database in memory): set it up. */
  if (hk_context_get_operator (context) == NULL)
    {
      hk_database_set_now (hk_context_get_database (context), export->now);
      operator = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context),
                                                 export->operator_id, NULL);
      hk_context_set_operator (context, operator);
    }

  if (!(report = hk_hall_month_report_build (context, export->month, error)) ||
      !hk_report_export (report, export->path, on_progress, export, export->cancellable, error))
    return NULL;

  return g_strdup (export->path);
}

/**
 * hk_hall_export_run:
 * @context: the window's: its database file is opened again in the thread
 * @month: "YYYY-MM"
 * @path: the file: NAME.xlsx or NAME.pdf
 * @progress_permille: (nullable): set from the thread, 0 to 1000, as the file is written; it
 *   must outlive @callback
 *
 * Writes the month's hall report to @path in a thread and calls @callback on this thread; see
 * hk_report_export() for what is left behind when it fails or is cancelled (nothing).
 */
void
hk_hall_export_run (gpointer             source_object,
                    HkContext           *context,
                    const char          *month,
                    const char          *path,
                    int                 *progress_permille,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  HkOperator *operator = hk_context_get_operator (context);
  Export *export;

  g_return_if_fail (HK_IS_CONTEXT (context));
  g_return_if_fail (month != NULL && path != NULL);

  export = g_new0 (Export, 1);
  export->operator_id = operator != NULL ? hk_operator_get_id (operator) : 0;
  export->now = hk_database_get_now (hk_context_get_database (context));
  export->month = g_strdup (month);
  export->path = g_strdup (path);
  export->progress = progress_permille;
  export->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;

  if (progress_permille != NULL)
    g_atomic_int_set (progress_permille, 0);

  hk_background_query_run (source_object, context, write_report, export,
                           (GDestroyNotify)export_free, g_free, cancellable, callback,
                           user_data);
}

/* Returns: whether the file was written; G_IO_ERROR_CANCELLED when it was cancelled. */
gboolean
hk_hall_export_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_autofree char *path = hk_background_query_finish (result, error);

  return path != NULL;
}

/* A file name for the export, e.g. "hall-operations-2026-10.xlsx". */
char *
hk_hall_export_suggest_name (const char *month)
{
  /* Translators: a file name, with the month; keep it short, without "/" */
  return g_strdup_printf (_("hall-operations-%s.xlsx"), month);
}
