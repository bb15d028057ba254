/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-test-db.c: temporary directories and databases, raw SQLite, error checks, for core tests. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "core/hk-audit-log.h"
#include "core/hk-error.h"
#include "hk-test-db.h"

/* A fresh directory of our own under the system's temporary folder. */
char *
hk_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir;

  dir = g_dir_make_tmp ("hallkeeper-test-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_nonnull (dir);

  return dir;
}

void
hk_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = NULL;
  const char *name;

  if (dir == NULL)
    return;

  if ((handle = g_dir_open (dir, 0, NULL)) != NULL)
    while ((name = g_dir_read_name (handle)) != NULL)
      {
        g_autofree char *child = g_build_filename (dir, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) &&
            !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          hk_test_remove_dir (child);
        else
          g_assert_cmpint (g_unlink (child), ==, 0);
      }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* For g_test_add (): a migrated database "hall.db" in a fresh directory. */
void
hk_test_db_setup (HkTestDb      *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = hk_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "hall.db", NULL);
  fixture->database = hk_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (HK_IS_DATABASE (fixture->database));
}

/* A copy of @original in a fresh directory, for tests that start from a database built once. */
void
hk_test_db_setup_copy (HkTestDb   *fixture,
                       HkDatabase *original)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = hk_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "hall.db", NULL);
  g_assert_true (hk_database_backup_to (original, fixture->path, &error));
  g_assert_no_error (error);
  fixture->database = hk_database_open (fixture->path, &error);
  g_assert_no_error (error);
}

void
hk_test_db_teardown (HkTestDb      *fixture,
                     gconstpointer  data)
{
  g_clear_object (&fixture->database);
  hk_test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

/* A second connection to the file, as another program editing it would have. */
sqlite3 *
hk_test_raw_open (const char *path)
{
  sqlite3 *handle = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);
  sqlite3_busy_timeout (handle, 5000);

  return handle;
}

void
hk_test_raw_exec (const char *path,
                  const char *sql)
{
  sqlite3 *handle = hk_test_raw_open (path);
  char *message = NULL;
  int rc;

  rc = sqlite3_exec (handle, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    g_error ("“%s” failed: %s", sql, message);

  sqlite3_close (handle);
}

gint64
hk_test_query_int (HkDatabase *database,
                   const char *sql)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (database, sql, &error);
  g_assert_no_error (error);

  if (!hk_statement_step (stmt, &error))
    {
      g_assert_no_error (error);
      g_error ("“%s” returned no row", sql);
    }

  return hk_statement_get_int64 (stmt, 0);
}

char *
hk_test_query_text (HkDatabase *database,
                    const char *sql)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (database, sql, &error);
  g_assert_no_error (error);

  if (!hk_statement_step (stmt, &error))
    {
      g_assert_no_error (error);
      return NULL;
    }

  return hk_statement_dup_text (stmt, 0);
}

gint64
hk_test_count_rows (HkDatabase *database,
                    const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return hk_test_query_int (database, sql);
}

/* How many audit entries have this action (every entry for NULL). */
gint64
hk_test_count_audit (HkDatabase *database,
                     const char *action)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (database,
                              "SELECT count(*) FROM audit_log WHERE ?1 IS NULL OR action = ?1",
                              &error);
  g_assert_no_error (error);
  hk_statement_bind_text (stmt, 1, action);
  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_no_error (error);

  return hk_statement_get_int64 (stmt, 0);
}

static void
append_value (GString      *out,
              sqlite3_stmt *stmt,
              int           column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_NULL:
      g_string_append (out, "NULL");
      break;
    case SQLITE_INTEGER:
      g_string_append_printf (out, "%lld", (long long)sqlite3_column_int64 (stmt, column));
      break;
    case SQLITE_FLOAT:
      g_string_append_printf (out, "%.17g", sqlite3_column_double (stmt, column));
      break;
    case SQLITE_BLOB:
      {
        const guchar *data = sqlite3_column_blob (stmt, column);
        int size = sqlite3_column_bytes (stmt, column);

        g_string_append (out, "x'");
        for (int i = 0; i < size; i++)
          g_string_append_printf (out, "%02x", data[i]);
        g_string_append_c (out, '\'');
      }
      break;
    case SQLITE_TEXT:
    default:
      g_string_append_printf (out, "'%s'", (const char *)sqlite3_column_text (stmt, column));
      break;
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* Every object of the schema, one per line, in name order. */
char *
hk_test_dump_schema (sqlite3 *handle)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle, "SELECT type, name, sql FROM sqlite_schema ORDER BY name",
                           -1, &stmt, NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < 3; i++)
        {
          append_value (out, stmt, i);
          g_string_append_c (out, i < 2 ? '|' : '\n');
        }
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return g_string_free (out, FALSE);
}

/* Every row of every table, tables in sqlite_schema order, rows sorted within a table. */
char *
hk_test_dump_rows (sqlite3 *handle)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle,
                           "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid",
                           -1, &stmt, NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      const char *table = g_ptr_array_index (tables, t);
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
      /* Table names come from sqlite_schema, not from a user; %w quotes them. */
      char *sql = sqlite3_mprintf ("SELECT * FROM \"%w\"", table);

      rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);
      sqlite3_free (sql);
      g_assert_cmpint (rc, ==, SQLITE_OK);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          GString *row = g_string_new (NULL);

          for (int i = 0; i < sqlite3_column_count (stmt); i++)
            {
              if (i > 0)
                g_string_append_c (row, '|');
              append_value (row, stmt, i);
            }
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      g_assert_cmpint (rc, ==, SQLITE_DONE);
      sqlite3_finalize (stmt);

      g_ptr_array_sort (rows, compare_strings);
      g_string_append_printf (out, "[%s] %u rows\n", table, rows->len);
      for (guint r = 0; r < rows->len; r++)
        g_string_append_printf (out, "%s\n", (const char *)g_ptr_array_index (rows, r));
    }

  return g_string_free (out, FALSE);
}

/* Every row of every table of the file at @path, read through a second connection. */
char *
hk_test_dump_file_rows (const char *path)
{
  sqlite3 *handle = hk_test_raw_open (path);
  char *rows = hk_test_dump_rows (handle);

  sqlite3_close (handle);

  return rows;
}

void
hk_test_assert_audit_ok (HkDatabase *database)
{
  g_autoptr(GError) error = NULL;
  gint64 n_checked = -1;
  gint64 first_bad_seq = -1;

  g_assert_true (hk_audit_log_verify (database, &n_checked, &first_bad_seq, &error));
  g_assert_no_error (error);
  g_assert_cmpint (first_bad_seq, ==, 0);
  g_assert_cmpint (n_checked, ==, hk_test_count_audit (database, NULL));
}

/* @error is an HK_ERROR of @code whose message contains @fragment (anything for NULL). */
void
hk_test_assert_error (GError     *error,
                      int         code,
                      const char *fragment)
{
  g_assert_error (error, HK_ERROR, code);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
}
