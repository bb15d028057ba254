/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-database.c: one SQLite database file, opened, migrated, backed up and checked. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "hk-database-private.h"
#include "hk-error.h"
#include "hk-migrations.h"
#include "hk-statement-private.h"

#define BUSY_TIMEOUT_MS 5000

struct _HkDatabase
{
  GObject  parent_instance;
  sqlite3 *handle;
  char    *path;
  gint64   fixed_now;
};

G_DEFINE_FINAL_TYPE (HkDatabase, hk_database, G_TYPE_OBJECT)

static int
map_result_code (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      return HK_ERROR_DISK_FULL;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return HK_ERROR_BUSY;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return HK_ERROR_CORRUPT;
    case SQLITE_CONSTRAINT:
      return HK_ERROR_CONFLICT;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    default:
      return HK_ERROR_DATABASE;
    }
}

void
hk_database_set_error (HkDatabase  *database,
                       int          rc,
                       GError     **error)
{
  const char *detail = database != NULL && database->handle != NULL
                       ? sqlite3_errmsg (database->handle)
                       : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, HK_ERROR, HK_ERROR_DISK_FULL,
                   _("The disk is full; nothing was saved. Free some space and try again."));
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, HK_ERROR, HK_ERROR_BUSY,
                   _("The database is busy in another window or program; try again."));
      break;
    case SQLITE_READONLY:
      g_set_error (error, HK_ERROR, HK_ERROR_DATABASE,
                   _("The database cannot be written to (%s)."), detail);
      break;
    default:
      g_set_error (error, HK_ERROR, map_result_code (rc), _("Database error: %s"), detail);
      break;
    }
}

static void
hk_database_finalize (GObject *object)
{
  HkDatabase *self = (HkDatabase *)object;

  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (hk_database_parent_class)->finalize (object);
}

static void
hk_database_class_init (HkDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_database_finalize;
}

static void
hk_database_init (HkDatabase *self)
{
}

static gboolean
query_int (HkDatabase  *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self, sql, error)))
    return FALSE;

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      *value = 0;
      return TRUE;
    }

  *value = hk_statement_get_int64 (stmt, 0);
  return TRUE;
}

static gint64
read_fixed_now_from_environment (void)
{
  const char *value = g_getenv ("HALLKEEPER_NOW");
  g_autoptr(GDateTime) dt = NULL;

  if (value == NULL || *value == '\0')
    return 0;

  if ((dt = g_date_time_new_from_iso8601 (value, NULL)) == NULL)
    {
      g_warning ("HALLKEEPER_NOW=%s is not an ISO 8601 date and time with a zone", value);
      return 0;
    }

  return g_date_time_to_unix (dt);
}

static guint32
read_be32 (const guint8 *bytes)
{
  return ((guint32)bytes[0] << 24) | ((guint32)bytes[1] << 16) | ((guint32)bytes[2] << 8)
         | bytes[3];
}

/* A file cut short (by a full disk, an interrupted copy) still opens in SQLite when its first
 * page is there; it fails later, half-way through some work. Its header says how long it
 * should be: refuse it at once. A write-ahead log beside it may still hold the missing pages
 * (a checkpoint interrupted by a crash), and SQLite recovers those: then the file is left to
 * SQLite. */
static gboolean
check_not_truncated (const char  *path,
                     GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  guint8 header[100];
  GStatBuf st;
  FILE *file;
  gsize n_read;
  guint64 page_size;
  guint64 n_pages;

  if (g_stat (path, &st) != 0 || st.st_size < (goffset)sizeof header)
    return TRUE;
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      GStatBuf wal_st;

      if (g_stat (wal, &wal_st) == 0 && wal_st.st_size > 0)
        return TRUE;
    }

  if ((file = g_fopen (path, "rb")) == NULL)
    return TRUE;  /* SQLite says why it cannot open it */
  n_read = fread (header, 1, sizeof header, file);
  fclose (file);

  if (n_read != sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    return TRUE;

  /* The page count is valid only when written by the same change as the change counter. */
  if (read_be32 (header + 24) != read_be32 (header + 92))
    return TRUE;

  page_size = ((guint64)header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  n_pages = read_be32 (header + 28);

  if (page_size * n_pages > (guint64)st.st_size)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CORRUPT,
                   _("“%s” is damaged: it is shorter than its own header says (%lld of %lld "
                     "bytes), so part of it was cut off. Restore it from a backup."),
                   path, (long long)st.st_size, (long long)(page_size * n_pages));
      return FALSE;
    }

  return TRUE;
}

/* Opens the file and sets the connection up, without touching its schema. A newer version's
 * file is only read: not even its journal mode is changed. */
HkDatabase *
hk_database_open_unmigrated (const char  *path,
                             GError     **error)
{
  g_autoptr(HkDatabase) self = NULL;
  gint64 application_id = 0;
  gint64 user_version = 0;
  gint64 n_objects = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_strcmp0 (path, ":memory:") != 0)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, HK_ERROR, HK_ERROR_DATABASE,
                       _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
          return NULL;
        }
    }

  if (g_strcmp0 (path, ":memory:") != 0 && !check_not_truncated (path, error))
    return NULL;

  self = g_object_new (HK_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->fixed_now = read_fixed_now_from_environment ();

  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_DATABASE,
                   _("Cannot open the database “%s”: %s"), path,
                   self->handle != NULL ? sqlite3_errmsg (self->handle) : sqlite3_errstr (rc));
      return NULL;
    }

  sqlite3_extended_result_codes (self->handle, 1);
  sqlite3_busy_timeout (self->handle, BUSY_TIMEOUT_MS);

  if (!query_int (self, "PRAGMA application_id", &application_id, NULL) ||
      !query_int (self, "PRAGMA user_version", &user_version, NULL) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, NULL) ||
      (application_id != 0 && application_id != HK_DATABASE_APPLICATION_ID) ||
      (application_id == 0 && n_objects > 0))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CORRUPT,
                   _("“%s” is not a Hallkeeper database."), path);
      return NULL;
    }

  if ((user_version <= hk_migrations_get_latest () &&
       !hk_database_exec (self, "PRAGMA journal_mode = WAL", error)) ||
      !hk_database_exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !hk_database_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !hk_database_exec (self, "PRAGMA temp_store = MEMORY", error))
    return NULL;

  return g_steal_pointer (&self);
}

static gboolean
apply_migration (HkDatabase  *self,
                 guint        version,
                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *set_version = NULL;
  g_autofree char *set_application_id = NULL;
  gint64 current = 0;

  if (!(bytes = hk_migrations_lookup (version, error)))
    return FALSE;

  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  set_version = g_strdup_printf ("PRAGMA user_version = %u", version);
  set_application_id = g_strdup_printf ("PRAGMA application_id = %d", HK_DATABASE_APPLICATION_ID);

  if (!hk_database_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* Another process may have migrated while we waited for the lock. */
  if (!query_int (self, "PRAGMA user_version", &current, error))
    goto failed;
  if (current >= version)
    return hk_database_exec (self, "COMMIT", error);

  if (!hk_database_exec (self, sql, error) ||
      !hk_database_exec (self, set_version, error) ||
      !hk_database_exec (self, set_application_id, error) ||
      !hk_database_exec (self, "COMMIT", error))
    goto failed;

  return TRUE;

failed:
  if (!sqlite3_get_autocommit (self->handle))
    hk_database_exec (self, "ROLLBACK", NULL);
  g_prefix_error (error, _("Cannot upgrade the database to schema version %u: "), version);
  return FALSE;
}

gboolean
hk_database_migrate_to (HkDatabase  *self,
                        guint        version,
                        GError     **error)
{
  guint current;

  g_return_val_if_fail (HK_IS_DATABASE (self), FALSE);

  current = hk_database_get_schema_version (self);

  if (current > hk_migrations_get_latest ())
    {
      g_set_error (error, HK_ERROR, HK_ERROR_SCHEMA_TOO_NEW,
                   _("“%s” was written by a newer version of Hallkeeper (schema %u; this version "
                     "knows up to %u). Install the newer version to open it."),
                   self->path, current, hk_migrations_get_latest ());
      return FALSE;
    }

  for (guint v = current + 1; v <= version; v++)
    if (!apply_migration (self, v, error))
      return FALSE;

  return TRUE;
}

/**
 * hk_database_open:
 * @path: a file name, or ":memory:"
 *
 * Opens (creating if needed) the database and brings its schema up to date.
 * A database from a newer version of Hallkeeper is refused with
 * %HK_ERROR_SCHEMA_TOO_NEW.
 */
HkDatabase *
hk_database_open (const char  *path,
                  GError     **error)
{
  g_autoptr(HkDatabase) self = NULL;

  if (!(self = hk_database_open_unmigrated (path, error)))
    return NULL;

  if (!hk_database_migrate_to (self, hk_migrations_get_latest (), error))
    return NULL;

  return g_steal_pointer (&self);
}

sqlite3 *
hk_database_get_handle (HkDatabase *self)
{
  g_return_val_if_fail (HK_IS_DATABASE (self), NULL);

  return self->handle;
}

const char *
hk_database_get_path (HkDatabase *self)
{
  g_return_val_if_fail (HK_IS_DATABASE (self), NULL);

  return self->path;
}

guint
hk_database_get_schema_version (HkDatabase *self)
{
  gint64 version = 0;

  g_return_val_if_fail (HK_IS_DATABASE (self), 0);

  query_int (self, "PRAGMA user_version", &version, NULL);

  return (guint)version;
}

HkStatement *
hk_database_prepare (HkDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (HK_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  rc = sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      hk_database_set_error (self, rc, error);
      return NULL;
    }

  return hk_statement_new (self, stmt);
}

/* Runs one or more statements that take no parameters. */
gboolean
hk_database_exec (HkDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  int rc;

  g_return_val_if_fail (HK_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      hk_database_set_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

gint64
hk_database_get_last_insert_id (HkDatabase *self)
{
  g_return_val_if_fail (HK_IS_DATABASE (self), 0);

  return sqlite3_last_insert_rowid (self->handle);
}

gboolean
hk_database_in_transaction (HkDatabase *self)
{
  g_return_val_if_fail (HK_IS_DATABASE (self), FALSE);

  return !sqlite3_get_autocommit (self->handle);
}

/* The current time in Unix seconds; fixed by tests and by HALLKEEPER_NOW. */
gint64
hk_database_get_now (HkDatabase *self)
{
  g_return_val_if_fail (HK_IS_DATABASE (self), 0);

  if (self->fixed_now != 0)
    return self->fixed_now;

  return g_get_real_time () / G_USEC_PER_SEC;
}

/* The time fixed by a test or HALLKEEPER_NOW, or 0 when the clock runs. */
gint64
hk_database_get_fixed_now (HkDatabase *self)
{
  g_return_val_if_fail (HK_IS_DATABASE (self), 0);

  return self->fixed_now;
}

void
hk_database_set_now (HkDatabase *self,
                     gint64      unix_seconds)
{
  g_return_if_fail (HK_IS_DATABASE (self));

  self->fixed_now = unix_seconds;
}

static gboolean
check_integrity_of (HkDatabase  *self,
                    const char  *what,
                    GError     **error)
{
  g_autoptr(HkStatement) integrity = NULL;
  g_autoptr(HkStatement) foreign_keys = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  GError *local_error = NULL;

  if (!(integrity = hk_database_prepare (self, "PRAGMA integrity_check", error)))
    return FALSE;

  while (hk_statement_step (integrity, &local_error))
    {
      const char *line = hk_statement_get_text (integrity, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", line);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (!(foreign_keys = hk_database_prepare (self, "PRAGMA foreign_key_check", error)))
    return FALSE;

  while (hk_statement_step (foreign_keys, &local_error))
    g_string_append_printf (problems, "%s%s row %" G_GINT64_FORMAT " refers to a missing %s",
                            problems->len ? "; " : "",
                            hk_statement_get_text (foreign_keys, 0),
                            hk_statement_get_int64 (foreign_keys, 1),
                            hk_statement_get_text (foreign_keys, 2));
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (problems->len > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CORRUPT,
                   _("%s failed the integrity check: %s"), what, problems->str);
      return FALSE;
    }

  return TRUE;
}

/* PRAGMA integrity_check and foreign_key_check; the error lists what is wrong. */
gboolean
hk_database_check_integrity (HkDatabase  *self,
                             GError     **error)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (HK_IS_DATABASE (self), FALSE);

  what = g_strdup_printf (_("The database “%s”"), self->path);

  return check_integrity_of (self, what, error);
}

static gboolean
copy_database (sqlite3     *from,
               sqlite3     *to,
               GError     **error)
{
  sqlite3_backup *backup;
  int rc;

  if (!(backup = sqlite3_backup_init (to, "main", from, "main")))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_DATABASE, _("Cannot start the copy: %s"),
                   sqlite3_errmsg (to));
      return FALSE;
    }

  /* Copy in steps so that writers elsewhere are not blocked for the whole copy. */
  do
    {
      rc = sqlite3_backup_step (backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (20);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_FULL)
        g_set_error (error, HK_ERROR, HK_ERROR_DISK_FULL,
                     _("The disk is full; the copy was not made."));
      else
        g_set_error (error, HK_ERROR, HK_ERROR_DATABASE, _("The copy failed: %s"),
                     sqlite3_errstr (rc));
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_database_backup_to:
 * @path: the backup file to create; it must not exist yet
 *
 * Copies the whole database with SQLite's online backup API into a temporary
 * file beside @path, then renames it, so that @path is either a complete
 * backup or absent.
 */
gboolean
hk_database_backup_to (HkDatabase  *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *partial = NULL;
  sqlite3 *target = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (HK_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("“%s” already exists; choose a new file name for the backup."), path);
      return FALSE;
    }

  partial = g_strconcat (path, ".partial", NULL);
  g_unlink (partial);

  rc = sqlite3_open_v2 (partial, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_DATABASE, _("Cannot create “%s”: %s"), path,
                   target != NULL ? sqlite3_errmsg (target) : sqlite3_errstr (rc));
      sqlite3_close_v2 (target);
      return FALSE;
    }

  ok = copy_database (self->handle, target, error);

  /* A backup is one self-contained file, without a -wal beside it. */
  if (ok && sqlite3_exec (target, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_DATABASE, _("Cannot finish “%s”: %s"), path,
                   sqlite3_errmsg (target));
      ok = FALSE;
    }

  sqlite3_close_v2 (target);

  if (ok && g_rename (partial, path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, HK_ERROR, HK_ERROR_DATABASE, _("Cannot create “%s”: %s"), path,
                   g_strerror (saved_errno));
      ok = FALSE;
    }

  if (!ok)
    g_unlink (partial);

  return ok;
}

/**
 * hk_database_restore_from:
 * @path: a backup made by hk_database_backup_to()
 *
 * Checks the backup's integrity and schema first; only then replaces the
 * whole content of this database with it and brings its schema up to date.
 */
gboolean
hk_database_restore_from (HkDatabase  *self,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(HkDatabase) source = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (HK_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND, _("There is no backup file “%s”."), path);
      return FALSE;
    }

  if (!(source = hk_database_open_unmigrated (path, error)))
    return FALSE;

  what = g_strdup_printf (_("The backup “%s”"), path);
  if (!check_integrity_of (source, what, error))
    return FALSE;

  if (hk_database_get_schema_version (source) > hk_migrations_get_latest ())
    {
      g_set_error (error, HK_ERROR, HK_ERROR_SCHEMA_TOO_NEW,
                   _("The backup “%s” was made by a newer version of Hallkeeper."), path);
      return FALSE;
    }

  if (!copy_database (source->handle, self->handle, error))
    return FALSE;

  return hk_database_migrate_to (self, hk_migrations_get_latest (), error);
}
