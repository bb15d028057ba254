/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-background-query.c: running a slow read in a thread on its own database connection.
 *
 * A list that takes more than a moment to compute (the daily reports of a fortnight, the
 * day's figures of the invoice books) is read in a GTask thread, so the window stays
 * responsive. The thread opens the same database file again: SQLite in WAL mode lets it
 * read while the window's connection writes, and no object is shared between the threads.
 * The result comes back on the main thread. A database in memory has no second
 * connection; its queries run at once on the window's context.
 */

#include "config.h"

#include "hk-background-query.h"

typedef struct
{
  char             *path;
  HkBackgroundFunc  func;
  gpointer          data;
  GDestroyNotify    data_free;
  GDestroyNotify    result_free;
} Query;

static void
query_free (Query *query)
{
  if (query->data_free != NULL)
    query->data_free (query->data);
  g_free (query->path);
  g_free (query);
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Query *query = task_data;
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkContext) context = NULL;
  GError *error = NULL;
  gpointer result;

  if (!(database = hk_database_open (query->path, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  context = hk_context_new (database);
  result = query->func (context, query->data, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, query->result_free);
}

/**
 * hk_background_query_run:
 * @source_object: the widget that asked; it stays alive until @callback
 * @context: the window's context: its database file is opened again in the thread
 * @func: the read, run in the thread
 * @data: (transfer full): what @func reads with; freed with @data_free
 * @result_free: frees a result that nobody took
 *
 * Runs @func in a thread and calls @callback on this thread; get the result with
 * hk_background_query_finish().
 */
void
hk_background_query_run (gpointer             source_object,
                         HkContext           *context,
                         HkBackgroundFunc     func,
                         gpointer             data,
                         GDestroyNotify       data_free,
                         GDestroyNotify       result_free,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const char *path = hk_database_get_path (hk_context_get_database (context));
  Query *query;

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, hk_background_query_run);

  if (path == NULL || g_strcmp0 (path, ":memory:") == 0 || *path == '\0')
    {
      GError *error = NULL;
      gpointer result = func (context, data, &error);

      if (data_free != NULL)
        data_free (data);
      if (result == NULL)
        g_task_return_error (task, error);
      else
        g_task_return_pointer (task, result, result_free);
      return;
    }

  query = g_new0 (Query, 1);
  query->path = g_strdup (path);
  query->func = func;
  query->data = data;
  query->data_free = data_free;
  query->result_free = result_free;
  g_task_set_task_data (task, query, (GDestroyNotify)query_free);
  g_task_run_in_thread (task, run_in_thread);
}

/**
 * hk_background_query_finish:
 *
 * Returns: (transfer full): the result of the read, or %NULL with @error set (also
 *   %G_IO_ERROR_CANCELLED when the read was cancelled)
 */
gpointer
hk_background_query_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
