/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-backup.c: backups of the database: made by hand or once a day, kept, checked, restored. */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hk-audit-log.h"
#include "hk-backup.h"
#include "hk-database-private.h"
#include "hk-error.h"
#include "hk-migrations.h"
#include "hk-permission.h"

/* Backups are named hallkeeper-YYYYMMDD-HHMMSS.db, so that their names sort by age. */
#define BACKUP_PREFIX "hallkeeper-"
#define BACKUP_SUFFIX ".db"
#define BACKUP_NAME_LENGTH (sizeof BACKUP_PREFIX - 1 + 15 + sizeof BACKUP_SUFFIX - 1)

/* $XDG_DATA_HOME/hallkeeper/backups: where backups go unless the settings name a folder. */
char *
hk_backup_get_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "hallkeeper", "backups", NULL);
}

static gboolean
is_backup_name (const char *name)
{
  if (strlen (name) != BACKUP_NAME_LENGTH || !g_str_has_prefix (name, BACKUP_PREFIX) ||
      !g_str_has_suffix (name, BACKUP_SUFFIX))
    return FALSE;

  for (guint i = 0; i < 15; i++)
    {
      char c = name[sizeof BACKUP_PREFIX - 1 + i];
      if (i == 8 ? c != '-' : !g_ascii_isdigit (c))
        return FALSE;
    }

  return TRUE;
}

/* "YYYYMMDD-HHMMSS" of @when in local time. */
static char *
format_stamp (gint64 when)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (when);

  return g_date_time_format (local, "%Y%m%d-%H%M%S");
}

/**
 * hk_backup_write:
 * @actor: (nullable): who makes it; %NULL for the automatic daily backup
 * @path: the backup file to create; it must not exist yet
 *
 * Copies the whole database into @path (complete or absent, never half
 * written). The audit entry is written first, so that the backup itself says
 * that it was made and by whom; a failure is recorded as "backup-failed".
 */
gboolean
hk_backup_write (HkDatabase  *database,
                 HkOperator  *actor,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(GError) copy_error = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (actor != NULL &&
      !hk_permission_require (database, actor, HK_BACKUP_ROLES, _("Making a backup"), error))
    return FALSE;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("“%s” already exists; a backup never overwrites a file."), path);
      return FALSE;
    }

  absolute = g_canonicalize_filename (path, NULL);
  summary = g_strdup_printf ("%s to %s", actor != NULL ? "backup" : "daily backup", absolute);
  if (!hk_audit_log_append (database, actor, "backup", "database", 0, summary, error))
    return FALSE;

  if (!hk_database_backup_to (database, path, &copy_error))
    {
      g_autofree char *failure = g_strdup_printf ("backup to %s failed: %s", absolute,
                                                  copy_error->message);
      hk_audit_log_append (database, actor, "backup-failed", "database", 0, failure, NULL);
      g_propagate_error (error, g_steal_pointer (&copy_error));
      return FALSE;
    }

  return TRUE;
}

/* Makes @dir (and its parents) if needed. */
static gboolean
make_dir (const char  *dir,
          GError     **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, HK_ERROR, HK_ERROR_DATABASE, _("Cannot create the folder “%s”: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_backup_write_in:
 * @dir: the backup folder, created if needed
 *
 * hk_backup_write() into a new file of @dir named after the time.
 *
 * Returns: (transfer full): the backup's path, or %NULL on error
 */
char *
hk_backup_write_in (HkDatabase  *database,
                    HkOperator  *actor,
                    const char  *dir,
                    GError     **error)
{
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (dir != NULL, NULL);

  if (!make_dir (dir, error))
    return NULL;

  stamp = format_stamp (hk_database_get_now (database));
  name = g_strconcat (BACKUP_PREFIX, stamp, BACKUP_SUFFIX, NULL);
  path = g_build_filename (dir, name, NULL);

  if (!hk_backup_write (database, actor, path, error))
    return NULL;

  return g_steal_pointer (&path);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return -g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/**
 * hk_backup_list:
 *
 * The backups of @dir, by name, the newest first (a missing folder has none).
 *
 * Returns: (transfer container) (element-type utf8): the backups' full paths
 */
GPtrArray *
hk_backup_list (const char  *dir,
                GError     **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GError) open_error = NULL;
  const char *name;

  g_return_val_if_fail (dir != NULL, NULL);

  if (!(handle = g_dir_open (dir, 0, &open_error)))
    {
      if (g_error_matches (open_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&paths);
      g_set_error (error, HK_ERROR, HK_ERROR_DATABASE, _("Cannot read the folder “%s”: %s"),
                   dir, open_error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (handle)) != NULL)
    if (is_backup_name (name))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));

  g_ptr_array_sort (paths, compare_newest_first);

  return g_steal_pointer (&paths);
}

/**
 * hk_backup_rotate:
 * @keep: how many of the newest backups stay
 *
 * Deletes the older backups of @dir (only files named like a backup).
 *
 * Returns: how many were deleted; on error, those before it
 */
guint
hk_backup_rotate (const char  *dir,
                  guint        keep,
                  GError     **error)
{
  g_autoptr(GPtrArray) paths = NULL;
  guint n_removed = 0;

  g_return_val_if_fail (dir != NULL, 0);
  g_return_val_if_fail (keep > 0, 0);

  if (!(paths = hk_backup_list (dir, error)))
    return 0;

  for (guint i = keep; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);

      if (g_unlink (path) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, HK_ERROR, HK_ERROR_DATABASE, _("Cannot delete the old backup “%s”: %s"),
                       path, g_strerror (saved_errno));
          return n_removed;
        }
      n_removed++;
    }

  return n_removed;
}

/**
 * hk_backup_daily:
 * @dir: the backup folder
 * @keep: how many backups to keep
 *
 * The first start of each day (in local time) makes a backup into @dir and
 * deletes all but the @keep newest; a later start that day does nothing.
 *
 * Returns: (transfer full) (nullable): the new backup's path; %NULL with
 *   @error unset when today's backup exists already
 */
char *
hk_backup_daily (HkDatabase  *database,
                 const char  *dir,
                 guint        keep,
                 GError     **error)
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *today_prefix = NULL;
  g_autofree char *made = NULL;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (dir != NULL, NULL);

  if (!(paths = hk_backup_list (dir, error)))
    return NULL;

  stamp = format_stamp (hk_database_get_now (database));
  today_prefix = g_strconcat (BACKUP_PREFIX, stamp, NULL);
  today_prefix[strlen (BACKUP_PREFIX) + 8] = '\0';   /* hallkeeper-YYYYMMDD */

  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (paths, i));
      if (g_str_has_prefix (name, today_prefix))
        return NULL;
    }

  if (!(made = hk_backup_write_in (database, NULL, dir, error)))
    return NULL;

  hk_backup_rotate (dir, MAX (keep, 1), error);

  return g_steal_pointer (&made);
}

/* What the daily backup's thread needs: nothing of the caller's connection, which stays in
 * the main thread; the thread opens its own on the same file. */
typedef struct
{
  char   *database_path;
  char   *dir;
  guint   keep;
  gint64  now;
} DailyBackupJob;

static void
daily_backup_job_free (gpointer data)
{
  DailyBackupJob *job = data;

  g_free (job->database_path);
  g_free (job->dir);
  g_free (job);
}

static void
daily_backup_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  DailyBackupJob *job = task_data;
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  char *made;

  if (!(database = hk_database_open (job->database_path, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* The day of the backup is the caller's day (tests fix the clock of their connection). */
  hk_database_set_now (database, job->now);

  /* A backup written whose old ones could not be deleted is told as the failure it is. */
  made = hk_backup_daily (database, job->dir, job->keep, &error);
  if (error != NULL)
    {
      g_free (made);
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_pointer (task, made, g_free);
}

/**
 * hk_backup_daily_async:
 *
 * hk_backup_daily() in a worker thread, on a connection of its own to the
 * file of @database, so that a large database does not hold up the caller;
 * @database itself is not touched by the thread and stays usable (SQLite's
 * write-ahead log lets it read and write while the copy is made).
 */
void
hk_backup_daily_async (HkDatabase          *database,
                       const char          *dir,
                       guint                keep,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DailyBackupJob *job;

  g_return_if_fail (HK_IS_DATABASE (database));
  g_return_if_fail (dir != NULL);

  job = g_new0 (DailyBackupJob, 1);
  job->database_path = g_strdup (hk_database_get_path (database));
  job->dir = g_strdup (dir);
  job->keep = keep;
  job->now = hk_database_get_now (database);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hk_backup_daily_async);
  g_task_set_task_data (task, job, daily_backup_job_free);
  g_task_run_in_thread (task, daily_backup_thread);
}

/**
 * hk_backup_daily_finish:
 *
 * Returns: (transfer full) (nullable): as hk_backup_daily(): the new backup's
 *   path; %NULL with @error unset when today's backup exists already
 */
char *
hk_backup_daily_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hk_backup_daily_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Opens a private copy of @path, so that checking never changes the backup itself (opening
 * switches a database to write-ahead logging), and checks it: a Hallkeeper database, whole,
 * not from a newer version, its audit log an unbroken chain. */
static HkDatabase *
open_checked_copy (const char  *path,
                   const char  *copy_dir,
                   GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (path);
  g_autofree char *copy_path = g_build_filename (copy_dir, "checked.db", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 first_bad_seq = 0;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND, _("There is no backup file “%s”."), path);
      return NULL;
    }

  if (!g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_DATABASE, _("Cannot read the backup “%s”: %s"),
                   path, local_error->message);
      return NULL;
    }

  if (!(database = hk_database_open_unmigrated (copy_path, &local_error)) ||
      !hk_database_check_integrity (database, &local_error))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CORRUPT,
                   _("The backup “%s” is damaged or not a Hallkeeper database: %s"), path,
                   local_error->message);
      return NULL;
    }

  if (hk_database_get_schema_version (database) > hk_migrations_get_latest ())
    {
      g_set_error (error, HK_ERROR, HK_ERROR_SCHEMA_TOO_NEW,
                   _("The backup “%s” was made by a newer version of Hallkeeper."), path);
      return NULL;
    }

  if (!hk_audit_log_verify (database, NULL, &first_bad_seq, &local_error) || first_bad_seq != 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_AUDIT_CHAIN,
                   _("The audit log of the backup “%s” was changed after it was written: %s"),
                   path, local_error != NULL ? local_error->message : "");
      return NULL;
    }

  return g_steal_pointer (&database);
}

/* A temporary folder for a checked copy; removed with what it holds by remove_temp_dir(). */
typedef char *HkBackupTempDir;

static void
remove_temp_dir (char *dir)
{
  g_autoptr(GDir) handle = NULL;
  const char *name;

  if (dir == NULL)
    return;

  if ((handle = g_dir_open (dir, 0, NULL)) != NULL)
    while ((name = g_dir_read_name (handle)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_unlink (path);
      }
  g_rmdir (dir);
  g_free (dir);
}

G_DEFINE_AUTO_CLEANUP_FREE_FUNC (HkBackupTempDir, remove_temp_dir, NULL)

/**
 * hk_backup_check:
 *
 * Whether @path is a whole Hallkeeper backup that this version can restore,
 * with an unbroken audit chain. Never changes @path.
 */
gboolean
hk_backup_check (const char  *path,
                 GError     **error)
{
  g_auto(HkBackupTempDir) dir = NULL;
  g_autoptr(HkDatabase) checked = NULL;
  g_autoptr(GError) dir_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!(dir = g_dir_make_tmp ("hallkeeper-check-XXXXXX", &dir_error)))
    {
      g_set_error_literal (error, HK_ERROR, HK_ERROR_DATABASE, dir_error->message);
      return FALSE;
    }

  checked = open_checked_copy (path, dir, error);

  return checked != NULL;
}

/**
 * hk_backup_restore:
 * @actor: the administrator
 * @path: the backup
 *
 * Checks the backup (hk_backup_check()) before anything is replaced; then
 * keeps the current database aside, beside it, as
 * `NAME.replaced-YYYYMMDD-HHMMSS`, replaces the database's content with the
 * checked backup, brings its schema up to date and records the restore in
 * the restored audit log.
 *
 * Returns: (transfer full): the path of the database kept aside, or %NULL
 */
char *
hk_backup_restore (HkDatabase  *database,
                   HkOperator  *actor,
                   const char  *path,
                   GError     **error)
{
  g_auto(HkBackupTempDir) dir = NULL;
  g_autoptr(HkDatabase) checked = NULL;
  g_autoptr(GError) dir_error = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *checked_path = NULL;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!hk_permission_require (database, actor, HK_RESTORE_ROLES, _("Restoring a backup"), error))
    return NULL;

  absolute = g_canonicalize_filename (path, NULL);
  if (g_strcmp0 (absolute, hk_database_get_path (database)) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is the database itself, not a backup of it."), path);
      return NULL;
    }

  if (!(dir = g_dir_make_tmp ("hallkeeper-restore-XXXXXX", &dir_error)))
    {
      g_set_error_literal (error, HK_ERROR, HK_ERROR_DATABASE, dir_error->message);
      return NULL;
    }

  if (!(checked = open_checked_copy (path, dir, error)))
    return NULL;
  checked_path = g_strdup (hk_database_get_path (checked));
  g_clear_object (&checked);

  stamp = format_stamp (hk_database_get_now (database));
  aside = g_strdup_printf ("%s.replaced-%s", hk_database_get_path (database), stamp);
  if (!hk_database_backup_to (database, aside, error) ||
      !hk_database_restore_from (database, checked_path, error))
    return NULL;

  summary = g_strdup_printf ("restored from %s by %s; the replaced database is %s", absolute,
                             hk_operator_get_login (actor), aside);
  /* The restored database has its own operators: the actor is named if it has them. */
  {
    g_autoptr(HkStatement) find = NULL;
    gboolean known = FALSE;

    if ((find = hk_database_prepare (database, "SELECT 1 FROM operators WHERE id = ?1"
                                               " AND login = ?2", NULL)) != NULL)
      {
        hk_statement_bind_int64 (find, 1, hk_operator_get_id (actor));
        hk_statement_bind_text (find, 2, hk_operator_get_login (actor));
        known = hk_statement_step (find, NULL);
      }
    if (!hk_audit_log_append (database, known ? actor : NULL, "restore", "database", 0, summary,
                              error))
      return NULL;
  }

  return g_steal_pointer (&aside);
}
