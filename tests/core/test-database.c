/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-database.c: opening, migrating, refusing, checking, backing up and restoring a database,
 * and transactions that save all or nothing. */

#include "config.h"

#include <glib/gstdio.h>

#include "core/hk-audit-log.h"
#include "core/hk-error.h"
#include "core/hk-migrations.h"
#include "core/hk-transaction.h"
#include "hk-test-db.h"

/* Fills a database with a little of everything, through plain SQL and the audit log. */
static void
populate (HkDatabase *database)
{
  g_autoptr(GError) error = NULL;

  hk_database_exec (database,
                    "INSERT INTO settings (key, value) VALUES ('hall-name', '文三路营业厅');"
                    "INSERT INTO settings (key, value) VALUES ('time-zone', 'Asia/Shanghai');"
                    "INSERT INTO operators (id, login, display_name, password_hash, created_at)"
                    "  VALUES (1, 'admin', '王建国', 'not-a-hash', 1700000000);"
                    "INSERT INTO operators (id, login, display_name, password_hash, active,"
                    "  created_at, created_by)"
                    "  VALUES (2, 'zhangli', '张丽', 'not-a-hash', 0, 1700000100, 1);"
                    "INSERT INTO operator_roles (operator_id, role) VALUES (1, 'administrator');"
                    "INSERT INTO operator_roles (operator_id, role) VALUES (2, 'clerk');"
                    "INSERT INTO operator_roles (operator_id, role) VALUES (2, 'auditor');",
                    &error);
  g_assert_no_error (error);

  for (int i = 0; i < 20; i++)
    {
      g_autofree char *summary = g_strdup_printf ("entry %d: 营业厅 “quoted”", i);

      hk_database_set_now (database, 1700000000 + i * 60);
      hk_audit_log_append (database, NULL, "test", "settings", i, summary, &error);
      g_assert_no_error (error);
    }
}

static char *
dump_schema (HkDatabase *database)
{
  return hk_test_dump_schema (hk_database_get_handle (database));
}

static char *
dump_rows (HkDatabase *database)
{
  return hk_test_dump_rows (hk_database_get_handle (database));
}

static char *
dump_file (const char *path)
{
  sqlite3 *handle = hk_test_raw_open (path);
  char *schema = hk_test_dump_schema (handle);
  char *rows = hk_test_dump_rows (handle);
  char *both = g_strconcat (schema, rows, NULL);

  sqlite3_close (handle);
  g_free (schema);
  g_free (rows);

  return both;
}

static gint64
count_setting (HkDatabase *database,
               const char *key)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (database, "SELECT count(*) FROM settings WHERE key = ?1", &error);
  g_assert_no_error (error);
  hk_statement_bind_text (stmt, 1, key);
  g_assert_true (hk_statement_step (stmt, &error));

  return hk_statement_get_int64 (stmt, 0);
}

static void
insert_setting (HkDatabase *database,
                const char *key,
                GError    **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  stmt = hk_database_prepare (database, "INSERT INTO settings (key, value) VALUES (?1, 'x')",
                              error);
  g_assert_nonnull (stmt);
  hk_statement_bind_text (stmt, 1, key);
  hk_statement_run (stmt, error);
}

static void
write_random_file (const char *path,
                   gsize       size)
{
  g_autofree guint32 *data = g_new (guint32, size / 4);
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < size / 4; i++)
    data[i] = g_random_int ();

  g_file_set_contents (path, (const char *)data, size, &error);
  g_assert_no_error (error);
}

static void
test_migrate_from_empty (HkTestDb      *fixture,
                         gconstpointer  data)
{
  HkDatabase *database = fixture->database;
  g_autofree char *schema = NULL;
  const char *tables[] = { "settings", "operators", "operator_roles", "audit_log", "audit_head" };

  g_assert_cmpuint (hk_migrations_get_latest (), >=, 1);
  g_assert_cmpuint (hk_database_get_schema_version (database), ==, hk_migrations_get_latest ());
  g_assert_cmpint (hk_test_query_int (database, "PRAGMA user_version"), ==,
                   hk_migrations_get_latest ());
  g_assert_cmpint (hk_test_query_int (database, "PRAGMA application_id"), ==,
                   HK_DATABASE_APPLICATION_ID);
  g_assert_cmpstr (hk_database_get_path (database), ==, fixture->path);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr(HkStatement) stmt = NULL;
      g_autoptr(GError) error = NULL;

      stmt = hk_database_prepare (database,
                                  "SELECT count(*) FROM sqlite_schema"
                                  " WHERE type = 'table' AND name = ?1", &error);
      g_assert_no_error (error);
      hk_statement_bind_text (stmt, 1, tables[i]);
      g_assert_true (hk_statement_step (stmt, &error));
      g_assert_cmpint (hk_statement_get_int64 (stmt, 0), ==, 1);
    }

  /* The audit log starts empty, with its head at entry 0. */
  g_assert_cmpint (hk_test_query_int (database, "SELECT count(*) FROM audit_log"), ==, 0);
  g_assert_cmpint (hk_test_query_int (database, "SELECT seq FROM audit_head"), ==, 0);

  /* Opening again changes nothing. */
  schema = dump_schema (database);
  g_clear_object (&fixture->database);
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *again = NULL;

    fixture->database = hk_database_open (fixture->path, &error);
    g_assert_no_error (error);
    again = dump_schema (fixture->database);
    g_assert_cmpstr (again, ==, schema);
    g_assert_cmpuint (hk_database_get_schema_version (fixture->database), ==,
                      hk_migrations_get_latest ());
  }
}

static void
test_migrate_from_every_version (HkTestDb      *fixture,
                                 gconstpointer  data)
{
  guint latest = hk_migrations_get_latest ();
  g_autofree char *reference_schema = dump_schema (fixture->database);
  g_autofree char *reference_rows = dump_rows (fixture->database);

  for (guint v = 0; v < latest; v++)
    {
      g_autofree char *name = g_strdup_printf ("from-%u.db", v);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(HkDatabase) old = NULL;
      g_autoptr(HkDatabase) upgraded = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *schema = NULL;
      g_autofree char *rows = NULL;

      old = hk_database_open_unmigrated (path, &error);
      g_assert_no_error (error);
      g_assert_true (hk_database_migrate_to (old, v, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (hk_database_get_schema_version (old), ==, v);
      g_clear_object (&old);

      upgraded = hk_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hk_database_get_schema_version (upgraded), ==, latest);
      g_assert_cmpint (hk_test_query_int (upgraded, "PRAGMA user_version"), ==, latest);
      g_assert_cmpint (hk_test_query_int (upgraded, "PRAGMA application_id"), ==,
                       HK_DATABASE_APPLICATION_ID);

      schema = dump_schema (upgraded);
      g_assert_cmpstr (schema, ==, reference_schema);
      rows = dump_rows (upgraded);
      g_assert_cmpstr (rows, ==, reference_rows);
    }
}

static void
test_migrate_to_unknown_version (HkTestDb      *fixture,
                                 gconstpointer  data)
{
  guint latest = hk_migrations_get_latest ();
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = dump_schema (fixture->database);
  g_autofree char *after = NULL;

  g_assert_false (hk_database_migrate_to (fixture->database, latest + 1, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (hk_database_get_schema_version (fixture->database), ==, latest);
  g_assert_false (hk_database_in_transaction (fixture->database));

  after = dump_schema (fixture->database);
  g_assert_cmpstr (after, ==, schema);
}

static void
test_schema_too_new (HkTestDb      *fixture,
                     gconstpointer  data)
{
  guint latest = hk_migrations_get_latest ();
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u", latest + 1);
  g_autofree char *newer = g_strdup_printf ("%u", latest + 1);
  g_autofree char *known = g_strdup_printf ("%u", latest);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *message = NULL;

  g_clear_object (&fixture->database);
  hk_test_raw_exec (fixture->path, set_version);
  before = dump_file (fixture->path);

  database = hk_database_open (fixture->path, &error);
  g_assert_null (database);
  g_assert_error (error, HK_ERROR, HK_ERROR_SCHEMA_TOO_NEW);

  /* The message names the file's schema and the one this version knows; the file's name
   * is taken out first, because it may contain digits of its own. */
  g_assert_nonnull (strstr (error->message, fixture->path));
  parts = g_strsplit (error->message, fixture->path, -1);
  message = g_strjoinv ("", parts);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (message, newer));
  g_assert_nonnull (strstr (message, known));
  g_clear_error (&error);

  /* Nothing was changed in the newer file. */
  after = dump_file (fixture->path);
  g_assert_cmpstr (after, ==, before);
  {
    g_autoptr(HkDatabase) raw = NULL;

    raw = hk_database_open_unmigrated (fixture->path, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hk_database_get_schema_version (raw), ==, latest + 1);
  }
}

static void
test_not_hallkeeper (void)
{
  g_autofree char *dir = hk_test_make_dir ();
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *foreign_id = g_build_filename (dir, "foreign-id.db", NULL);
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* Another program's SQLite file: a table of its own, application_id 0. */
  hk_test_raw_exec (other, "CREATE TABLE contacts (name TEXT, phone TEXT);"
                           "INSERT INTO contacts VALUES ('a', '1');");
  before = dump_file (other);

  database = hk_database_open (other, &error);
  g_assert_null (database);
  g_assert_error (error, HK_ERROR, HK_ERROR_CORRUPT);
  g_clear_error (&error);

  after = dump_file (other);
  g_assert_cmpstr (after, ==, before);

  /* An empty file marked by another application. */
  hk_test_raw_exec (foreign_id, "PRAGMA application_id = 1234");
  database = hk_database_open (foreign_id, &error);
  g_assert_null (database);
  g_assert_error (error, HK_ERROR, HK_ERROR_CORRUPT);

  hk_test_remove_dir (dir);
}

static void
test_random_bytes (void)
{
  g_autofree char *dir = hk_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "noise.db", NULL);
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_size = 0;
  gsize after_size = 0;

  write_random_file (path, 16384);
  g_file_get_contents (path, &before, &before_size, NULL);

  database = hk_database_open (path, &error);
  g_assert_null (database);
  g_assert_error (error, HK_ERROR, HK_ERROR_CORRUPT);

  /* The file is left as it was. */
  g_file_get_contents (path, &after, &after_size, NULL);
  g_assert_cmpmem (after, after_size, before, before_size);

  hk_test_remove_dir (dir);
}

static void
test_pragmas (HkTestDb      *fixture,
              gconstpointer  data)
{
  HkDatabase *database = fixture->database;
  g_autofree char *journal_mode = hk_test_query_text (database, "PRAGMA journal_mode");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (hk_test_query_int (database, "PRAGMA foreign_keys"), ==, 1);

  /* Foreign keys are enforced: a role for a missing operator is refused. */
  g_assert_false (hk_database_exec (database,
                                    "INSERT INTO operator_roles (operator_id, role)"
                                    " VALUES (999, 'clerk')", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_cmpint (hk_test_query_int (database, "SELECT count(*) FROM operator_roles"), ==, 0);
}

static void
test_now (HkTestDb      *fixture,
          gconstpointer  data)
{
  gint64 real = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_cmpint (ABS (hk_database_get_now (fixture->database) - real), <=, 5);
  hk_database_set_now (fixture->database, 1700000000);
  g_assert_cmpint (hk_database_get_now (fixture->database), ==, 1700000000);
  hk_database_set_now (fixture->database, 0);
  g_assert_cmpint (ABS (hk_database_get_now (fixture->database) - real), <=, 5);
}

static void
test_backup_restore (HkTestDb      *fixture,
                     gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autofree char *partial = g_strconcat (backup, ".partial", NULL);
  g_autofree char *backup_wal = g_strconcat (backup, "-wal", NULL);
  g_autofree char *restored_path = g_build_filename (fixture->dir, "restored.db", NULL);
  g_autoptr(HkDatabase) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *restored_schema = NULL;
  g_autofree char *restored_rows = NULL;
  g_autofree char *fresh_rows = NULL;
  g_autofree char *journal_mode = NULL;

  populate (fixture->database);
  schema = dump_schema (fixture->database);
  rows = dump_rows (fixture->database);
  g_assert_nonnull (strstr (rows, "文三路营业厅"));
  g_assert_nonnull (strstr (rows, "[audit_log] 20 rows"));

  g_assert_true (hk_database_backup_to (fixture->database, backup, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (backup_wal, G_FILE_TEST_EXISTS));

  /* The backup on its own, read by plain SQLite, holds the same database. */
  {
    g_autofree char *backup_dump = dump_file (backup);
    g_autofree char *both = g_strconcat (schema, rows, NULL);

    g_assert_cmpstr (backup_dump, ==, both);
  }

  /* Restored into a fresh database, it is the same database. */
  restored = hk_database_open (restored_path, &error);
  g_assert_no_error (error);
  fresh_rows = dump_rows (restored);
  g_assert_cmpstr (fresh_rows, !=, rows);

  g_assert_true (hk_database_restore_from (restored, backup, &error));
  g_assert_no_error (error);

  restored_schema = dump_schema (restored);
  restored_rows = dump_rows (restored);
  g_assert_cmpstr (restored_schema, ==, schema);
  g_assert_cmpstr (restored_rows, ==, rows);
  g_assert_cmpuint (hk_database_get_schema_version (restored), ==, hk_migrations_get_latest ());
  hk_test_assert_audit_ok (restored);
  g_assert_cmpint (hk_test_count_audit (restored, NULL), ==, 20);
  g_assert_true (hk_database_check_integrity (restored, &error));
  g_assert_no_error (error);

  /* And it stays so after closing and opening it again. */
  g_clear_object (&restored);
  restored = hk_database_open (restored_path, &error);
  g_assert_no_error (error);
  g_clear_pointer (&restored_rows, g_free);
  restored_rows = dump_rows (restored);
  g_assert_cmpstr (restored_rows, ==, rows);
  journal_mode = hk_test_query_text (restored, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
}

static void
test_backup_refuses_existing (HkTestDb      *fixture,
                              gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autofree char *partial = g_strconcat (backup, ".partial", NULL);
  g_autofree char *nowhere = g_build_filename (fixture->dir, "missing", "sub", "backup.db",
                                               NULL);
  g_autofree char *nowhere_partial = g_strconcat (nowhere, ".partial", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_size = 0;
  gsize after_size = 0;

  g_assert_true (hk_database_backup_to (fixture->database, backup, &error));
  g_assert_no_error (error);
  g_file_get_contents (backup, &before, &before_size, NULL);

  /* The database changes; a second backup to the same name is refused. */
  populate (fixture->database);
  g_assert_false (hk_database_backup_to (fixture->database, backup, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  g_file_get_contents (backup, &after, &after_size, NULL);
  g_assert_cmpmem (after, after_size, before, before_size);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));

  /* A backup that cannot be made leaves nothing behind. */
  g_assert_false (hk_database_backup_to (fixture->database, nowhere, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (nowhere_partial, G_FILE_TEST_EXISTS));
}

static void
test_integrity_good (HkTestDb      *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hk_database_check_integrity (fixture->database, &error));
  g_assert_no_error (error);

  populate (fixture->database);
  g_assert_true (hk_database_check_integrity (fixture->database, &error));
  g_assert_no_error (error);
}

static void
test_integrity_foreign_key (HkTestDb      *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  populate (fixture->database);

  /* Another program, with foreign keys off, adds a role for a missing operator. */
  hk_test_raw_exec (fixture->path,
                    "PRAGMA foreign_keys = OFF;"
                    "INSERT INTO operator_roles (operator_id, role) VALUES (4242, 'clerk');");

  g_assert_false (hk_database_check_integrity (fixture->database, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "operator_roles"));
}

static void
test_restore_refuses_corrupt (HkTestDb      *fixture,
                              gconstpointer  data)
{
  g_autofree char *bad_key = g_build_filename (fixture->dir, "bad-key.db", NULL);
  g_autofree char *noise = g_build_filename (fixture->dir, "noise.db", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autofree char *before_schema = NULL;
  g_autofree char *before_rows = NULL;
  g_autoptr(GError) error = NULL;

  populate (fixture->database);
  before_schema = dump_schema (fixture->database);
  before_rows = dump_rows (fixture->database);

  /* A backup with a broken reference in it. */
  g_assert_true (hk_database_backup_to (fixture->database, bad_key, &error));
  g_assert_no_error (error);
  hk_test_raw_exec (bad_key,
                    "PRAGMA foreign_keys = OFF;"
                    "INSERT INTO operator_roles (operator_id, role) VALUES (4242, 'clerk');");
  g_assert_false (hk_database_restore_from (fixture->database, bad_key, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CORRUPT);
  g_clear_error (&error);

  /* Random bytes. */
  write_random_file (noise, 16384);
  g_assert_false (hk_database_restore_from (fixture->database, noise, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CORRUPT);
  g_clear_error (&error);

  /* Another program's database. */
  hk_test_raw_exec (other, "CREATE TABLE contacts (name TEXT)");
  g_assert_false (hk_database_restore_from (fixture->database, other, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CORRUPT);
  g_clear_error (&error);

  /* No file at all. */
  g_assert_false (hk_database_restore_from (fixture->database, missing, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* After all of that the database is as it was. */
  {
    g_autofree char *schema = dump_schema (fixture->database);
    g_autofree char *rows = dump_rows (fixture->database);

    g_assert_cmpstr (schema, ==, before_schema);
    g_assert_cmpstr (rows, ==, before_rows);
  }
  hk_test_assert_audit_ok (fixture->database);
  g_assert_false (hk_database_in_transaction (fixture->database));
}

static void
test_restore_refuses_too_new (HkTestDb      *fixture,
                              gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->dir, "newer.db", NULL);
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u",
                                                  hk_migrations_get_latest () + 1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hk_database_backup_to (fixture->database, backup, &error));
  g_assert_no_error (error);
  hk_test_raw_exec (backup, set_version);

  populate (fixture->database);
  before = dump_rows (fixture->database);

  g_assert_false (hk_database_restore_from (fixture->database, backup, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_SCHEMA_TOO_NEW);

  after = dump_rows (fixture->database);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (hk_database_get_schema_version (fixture->database), ==,
                    hk_migrations_get_latest ());
}

static void
test_restore_older_version (HkTestDb      *fixture,
                            gconstpointer  data)
{
  guint latest = hk_migrations_get_latest ();
  g_autofree char *reference_schema = dump_schema (fixture->database);

  /* A backup made by an earlier version is brought up to date as it is restored. */
  for (guint v = 0; v < latest; v++)
    {
      g_autofree char *name = g_strdup_printf ("backup-%u.db", v);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *target_name = g_strdup_printf ("target-%u.db", v);
      g_autofree char *target_path = g_build_filename (fixture->dir, target_name, NULL);
      g_autoptr(HkDatabase) old = NULL;
      g_autoptr(HkDatabase) target = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *schema = NULL;

      old = hk_database_open_unmigrated (path, &error);
      g_assert_no_error (error);
      g_assert_true (hk_database_migrate_to (old, v, &error));
      g_assert_no_error (error);
      g_clear_object (&old);

      target = hk_database_open (target_path, &error);
      g_assert_no_error (error);
      populate (target);

      g_assert_true (hk_database_restore_from (target, path, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (hk_database_get_schema_version (target), ==, latest);
      schema = dump_schema (target);
      g_assert_cmpstr (schema, ==, reference_schema);
      g_assert_cmpint (hk_test_count_audit (target, NULL), ==, 0);
      hk_test_assert_audit_ok (target);
    }
}

static void
test_transaction_commit (HkTestDb      *fixture,
                         gconstpointer  data)
{
  HkDatabase *database = fixture->database;
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (hk_database_in_transaction (database));

  tx = hk_transaction_begin (database, &error);
  g_assert_no_error (error);
  g_assert_true (hk_database_in_transaction (database));

  insert_setting (database, "committed", &error);
  g_assert_no_error (error);
  hk_audit_log_append (database, NULL, "test", "settings", 0, "committed", &error);
  g_assert_no_error (error);

  g_assert_true (hk_transaction_commit (tx, &error));
  g_assert_no_error (error);
  g_assert_false (hk_database_in_transaction (database));
  g_clear_pointer (&tx, hk_transaction_free);

  g_assert_cmpint (count_setting (database, "committed"), ==, 1);
  g_assert_cmpint (hk_test_count_audit (database, "test"), ==, 1);

  /* Saved in the file, seen by another connection. */
  g_clear_object (&fixture->database);
  fixture->database = hk_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_setting (fixture->database, "committed"), ==, 1);
  hk_test_assert_audit_ok (fixture->database);
}

static void
test_transaction_fails_half_way (HkTestDb      *fixture,
                                 gconstpointer  data)
{
  HkDatabase *database = fixture->database;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 head_before;

  hk_audit_log_append (database, NULL, "test", "settings", 0, "before", &error);
  g_assert_no_error (error);
  before = dump_rows (database);
  head_before = hk_test_query_int (database, "SELECT seq FROM audit_head");

  {
    g_autoptr(HkTransaction) tx = hk_transaction_begin (database, &error);

    g_assert_no_error (error);
    insert_setting (database, "half-way", &error);
    g_assert_no_error (error);
    hk_audit_log_append (database, NULL, "test", "settings", 0, "half-way", &error);
    g_assert_no_error (error);
    g_assert_cmpint (count_setting (database, "half-way"), ==, 1);

    /* The same key again: the write fails, and the transaction is dropped uncommitted. */
    insert_setting (database, "half-way", &error);
    g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  }

  g_assert_false (hk_database_in_transaction (database));
  g_assert_cmpint (count_setting (database, "half-way"), ==, 0);
  g_assert_cmpint (hk_test_count_audit (database, "test"), ==, 1);
  g_assert_cmpint (hk_test_query_int (database, "SELECT seq FROM audit_head"), ==, head_before);
  after = dump_rows (database);
  g_assert_cmpstr (after, ==, before);
  hk_test_assert_audit_ok (database);
}

static void
test_transaction_nested_rollback (HkTestDb      *fixture,
                                  gconstpointer  data)
{
  HkDatabase *database = fixture->database;
  g_autoptr(HkTransaction) outer = NULL;
  g_autoptr(GError) error = NULL;

  outer = hk_transaction_begin (database, &error);
  g_assert_no_error (error);
  insert_setting (database, "outer", &error);
  g_assert_no_error (error);
  hk_audit_log_append (database, NULL, "outer", "settings", 0, "outer", &error);
  g_assert_no_error (error);

  {
    g_autoptr(HkTransaction) inner = hk_transaction_begin (database, &error);

    g_assert_no_error (error);
    insert_setting (database, "inner", &error);
    g_assert_no_error (error);
    hk_audit_log_append (database, NULL, "inner", "settings", 0, "inner", &error);
    g_assert_no_error (error);
    g_assert_cmpint (count_setting (database, "inner"), ==, 1);
    /* Dropped without commit: only the inner writes are undone. */
  }

  g_assert_true (hk_database_in_transaction (database));
  g_assert_cmpint (count_setting (database, "inner"), ==, 0);
  g_assert_cmpint (count_setting (database, "outer"), ==, 1);

  insert_setting (database, "outer-after", &error);
  g_assert_no_error (error);
  g_assert_true (hk_transaction_commit (outer, &error));
  g_assert_no_error (error);

  g_assert_false (hk_database_in_transaction (database));
  g_assert_cmpint (count_setting (database, "outer"), ==, 1);
  g_assert_cmpint (count_setting (database, "outer-after"), ==, 1);
  g_assert_cmpint (count_setting (database, "inner"), ==, 0);
  g_assert_cmpint (hk_test_count_audit (database, "outer"), ==, 1);
  g_assert_cmpint (hk_test_count_audit (database, "inner"), ==, 0);
  hk_test_assert_audit_ok (database);
}

static void
test_transaction_nested_commit (HkTestDb      *fixture,
                                gconstpointer  data)
{
  HkDatabase *database = fixture->database;
  g_autoptr(GError) error = NULL;

  /* Inner and outer committed: both saved. */
  {
    g_autoptr(HkTransaction) outer = hk_transaction_begin (database, &error);
    g_autoptr(HkTransaction) inner = NULL;

    g_assert_no_error (error);
    insert_setting (database, "a-outer", &error);
    g_assert_no_error (error);
    inner = hk_transaction_begin (database, &error);
    g_assert_no_error (error);
    insert_setting (database, "a-inner", &error);
    g_assert_no_error (error);
    g_assert_true (hk_transaction_commit (inner, &error));
    g_assert_no_error (error);
    g_assert_true (hk_database_in_transaction (database));
    g_assert_true (hk_transaction_commit (outer, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (count_setting (database, "a-outer"), ==, 1);
  g_assert_cmpint (count_setting (database, "a-inner"), ==, 1);

  /* Inner committed, outer dropped: neither is saved. */
  {
    g_autoptr(HkTransaction) outer = hk_transaction_begin (database, &error);
    g_autoptr(HkTransaction) inner = NULL;

    g_assert_no_error (error);
    insert_setting (database, "b-outer", &error);
    g_assert_no_error (error);
    inner = hk_transaction_begin (database, &error);
    g_assert_no_error (error);
    insert_setting (database, "b-inner", &error);
    g_assert_no_error (error);
    hk_audit_log_append (database, NULL, "b", "settings", 0, "b", &error);
    g_assert_no_error (error);
    g_assert_true (hk_transaction_commit (inner, &error));
    g_assert_no_error (error);
    g_clear_pointer (&inner, hk_transaction_free);
  }
  g_assert_false (hk_database_in_transaction (database));
  g_assert_cmpint (count_setting (database, "b-outer"), ==, 0);
  g_assert_cmpint (count_setting (database, "b-inner"), ==, 0);
  g_assert_cmpint (hk_test_count_audit (database, "b"), ==, 0);
  hk_test_assert_audit_ok (database);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, HkTestDb, NULL, hk_test_db_setup, func, hk_test_db_teardown)

  ADD ("/database/migrate/from-empty", test_migrate_from_empty);
  ADD ("/database/migrate/from-every-version", test_migrate_from_every_version);
  ADD ("/database/migrate/unknown-version", test_migrate_to_unknown_version);
  ADD ("/database/open/schema-too-new", test_schema_too_new);
  g_test_add_func ("/database/open/not-hallkeeper", test_not_hallkeeper);
  g_test_add_func ("/database/open/random-bytes", test_random_bytes);
  ADD ("/database/open/pragmas", test_pragmas);
  ADD ("/database/now", test_now);
  ADD ("/database/backup/restore-identical", test_backup_restore);
  ADD ("/database/backup/refuses-existing", test_backup_refuses_existing);
  ADD ("/database/integrity/good", test_integrity_good);
  ADD ("/database/integrity/foreign-key", test_integrity_foreign_key);
  ADD ("/database/restore/refuses-corrupt", test_restore_refuses_corrupt);
  ADD ("/database/restore/refuses-too-new", test_restore_refuses_too_new);
  ADD ("/database/restore/older-version", test_restore_older_version);
  ADD ("/database/transaction/commit", test_transaction_commit);
  ADD ("/database/transaction/fails-half-way", test_transaction_fails_half_way);
  ADD ("/database/transaction/nested-rollback", test_transaction_nested_rollback);
  ADD ("/database/transaction/nested-commit", test_transaction_nested_commit);

#undef ADD

  return g_test_run ();
}
