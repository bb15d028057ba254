/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-bad-database-file.c: a file that is not ours, cut short or from a newer version is
 * refused with a clear message by the core (which the application and the CLI both open the
 * database with) and by hallkeeper-cli, never crashed on and never changed.
 *
 * Each case checks the file's SHA-256 and the folder's listing before and after: not one byte
 * of the file changes and no -wal or -shm file is left beside it.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "core/hk-database-private.h"
#include "core/hk-error.h"
#include "core/hk-migrations.h"
#include "hk-reliability-util.h"

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *handle = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (handle);
}

/* Opens @path with the core and with the CLI; both must refuse it with @code and a message
 * holding @fragment, and leave the file and its folder exactly as they were. */
static void
assert_refused (const char *path,
                int         code,
                const char *fragment)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *checksum = hk_rel_file_checksum (path);
  g_autofree char *listing = hk_rel_list_dir (dir);
  g_autofree char *after = NULL;
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkRelCliResult) cli = NULL;
  g_autoptr(GError) error = NULL;

  database = hk_database_open (path, &error);
  g_assert_null (database);
  g_assert_error (error, HK_ERROR, code);
  g_test_message ("core: %s", error->message);
  g_assert_nonnull (strstr (error->message, fragment));
  g_assert_nonnull (strstr (error->message, path));

  cli = hk_rel_cli_run (path, HK_REL_ADMIN, NULL, "verify", NULL);
  g_test_message ("cli: exit %d, %s", cli->status, cli->err);
  g_assert_cmpint (cli->signal, ==, 0);
  g_assert_cmpint (cli->status, ==, 1);
  g_assert_cmpstr (cli->out, ==, "");
  g_assert_true (g_str_has_prefix (cli->err, "hallkeeper-cli: "));
  g_assert_nonnull (strstr (cli->err, fragment));
  g_assert_null (strstr (cli->err, "CRITICAL"));

  after = hk_rel_file_checksum (path);
  g_assert_cmpstr (after, ==, checksum);
  g_free (after);
  after = hk_rel_list_dir (dir);
  g_assert_cmpstr (after, ==, listing);
}

static void
test_not_sqlite (void)
{
  g_autofree char *dir = hk_rel_make_dir ();
  g_autofree char *path = g_build_filename (dir, "receipts.db", NULL);

  /* A CSV export saved under the database's name. */
  g_assert_true (g_file_set_contents (path, "number,issued,amount\nA001,2026-10-01,12.00\n",
                                      -1, NULL));
  assert_refused (path, HK_ERROR_CORRUPT, "is not a Hallkeeper database");

  hk_rel_remove_dir (dir);
}

static void
test_other_application (void)
{
  g_autofree char *dir = hk_rel_make_dir ();
  g_autofree char *path = g_build_filename (dir, "contacts.db", NULL);

  raw_exec (path, "PRAGMA journal_mode = DELETE;"
                  "CREATE TABLE contacts (name TEXT, phone TEXT);"
                  "INSERT INTO contacts VALUES ('a', '13800000000');");
  assert_refused (path, HK_ERROR_CORRUPT, "is not a Hallkeeper database");

  hk_rel_remove_dir (dir);
}

/* A real hall's file cut at several lengths: inside the header, inside the first page, half
 * way, one page short. */
static void
test_truncated (void)
{
  g_autofree char *dir = hk_rel_make_dir ();
  g_autofree char *whole = g_build_filename (dir, "whole.db", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize page_size;
  gsize cuts[5];

  hk_rel_make_hall (whole);
  g_assert_true (g_file_get_contents (whole, &contents, &length, NULL));
  page_size = ((guint8)contents[16] << 8) | (guint8)contents[17];
  g_assert_cmpuint (length % page_size, ==, 0);
  g_assert_cmpuint (length / page_size, >, 8);

  cuts[0] = 60;
  cuts[1] = 1000;
  cuts[2] = page_size;
  cuts[3] = (length / page_size / 2) * page_size;
  cuts[4] = length - page_size;

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_autofree char *name = g_strdup_printf ("cut-%zu.db", cuts[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_test_message ("cut at %zu of %zu bytes", cuts[i], length);
      g_assert_true (g_file_set_contents (path, contents, cuts[i], NULL));
      /* Inside the 100-byte header SQLite itself calls the file no database; once the header
       * is there, the core reads the length it gives. */
      assert_refused (path, HK_ERROR_CORRUPT,
                      cuts[i] < 100 ? "is not a Hallkeeper database" : "is damaged");
    }

  hk_rel_remove_dir (dir);
}

static void
test_newer_version (gconstpointer data)
{
  const char *journal_mode = data;
  g_autofree char *dir = hk_rel_make_dir ();
  g_autofree char *path = g_build_filename (dir, "newer.db", NULL);
  g_autofree char *sql = NULL;

  hk_rel_make_hall (path);
  sql = g_strdup_printf ("PRAGMA journal_mode = %s; PRAGMA user_version = %u;", journal_mode,
                         hk_migrations_get_latest () + 1);
  raw_exec (path, sql);

  assert_refused (path, HK_ERROR_SCHEMA_TOO_NEW, "was written by a newer version");

  hk_rel_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bad-database-file/not-sqlite", test_not_sqlite);
  g_test_add_func ("/bad-database-file/other-application", test_other_application);
  g_test_add_func ("/bad-database-file/truncated", test_truncated);
  g_test_add_data_func ("/bad-database-file/newer-version/rollback-journal", "DELETE",
                        test_newer_version);
  g_test_add_data_func ("/bad-database-file/newer-version/write-ahead-log", "WAL",
                        test_newer_version);

  return g_test_run ();
}
