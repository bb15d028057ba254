/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-backup.c: the daily backup and its rotation, and a restore that checks before it
 * replaces anything. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "core/hk-backup.h"
#include "core/hk-error.h"
#include "hk-test-hall.h"

/* 2026-03-02 09:00 in Shanghai: backups are named in the workstation's local time, which
 * main() sets. */
#define DAY1_9AM G_GINT64_CONSTANT (1772413200)
#define DAY (24 * 3600)

typedef struct
{
  HkTestHall  hall;
  char       *backups;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  hk_test_hall_setup (&fixture->hall, DAY1_9AM);
  hk_test_hall_add_admin (&fixture->hall, "管理员", HK_TEST_PASSWORD);
  fixture->hall.auditor = hk_test_hall_insert_operator (&fixture->hall, "auditor",
                                                        HK_ROLE_AUDITOR);
  fixture->hall.clerk = hk_test_hall_insert_operator (&fixture->hall, "clerk", HK_ROLE_CLERK);
  fixture->backups = g_build_filename (fixture->hall.db.dir, "backups", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_free (fixture->backups);
  hk_test_hall_teardown (&fixture->hall);
}

static guint
count_backups (Fixture *fixture)
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;

  paths = hk_backup_list (fixture->backups, &error);
  g_assert_no_error (error);
  return paths->len;
}

/* The first start of a day makes one backup; the next start that day none; 30 are kept. */
static void
test_daily_rotation (Fixture       *fixture,
                     gconstpointer  data)
{
  HkDatabase *database = fixture->hall.db.database;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *stranger = g_build_filename (fixture->backups, "notes.db", NULL);

  g_assert_cmpuint (count_backups (fixture), ==, 0);

  first = hk_backup_daily (database, fixture->backups, HK_BACKUP_KEEP_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_true (g_str_has_suffix (first, "hallkeeper-20260302-090000.db"));
  g_assert_true (hk_backup_check (first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hk_test_count_audit (database, "backup"), ==, 1);

  /* Later the same day: nothing. */
  hk_database_set_now (database, DAY1_9AM + 8 * 3600);
  again = hk_backup_daily (database, fixture->backups, HK_BACKUP_KEEP_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_null (again);
  g_assert_cmpuint (count_backups (fixture), ==, 1);

  /* A file that is not a backup is never counted nor deleted. */
  g_assert_true (g_file_set_contents (stranger, "mine", -1, &error));

  /* 35 more days: 30 kept, the newest. */
  for (guint d = 1; d <= 35; d++)
    {
      g_autofree char *made = NULL;

      hk_database_set_now (database, DAY1_9AM + d * DAY);
      made = hk_backup_daily (database, fixture->backups, HK_BACKUP_KEEP_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_nonnull (made);
      g_assert_cmpuint (count_backups (fixture), ==, MIN (d + 1, HK_BACKUP_KEEP_DEFAULT));
    }

  paths = hk_backup_list (fixture->backups, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (paths, 0), "hallkeeper-20260406-090000.db"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (paths, 29),
                                   "hallkeeper-20260308-090000.db"));
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (stranger, G_FILE_TEST_EXISTS));
  g_assert_cmpint (hk_test_count_audit (database, "backup"), ==, 36);

  /* A smaller number to keep takes effect at the next rotation. */
  g_assert_cmpuint (hk_backup_rotate (fixture->backups, 3, &error), ==, 27);
  g_assert_no_error (error);
  g_assert_cmpuint (count_backups (fixture), ==, 3);

  hk_test_hall_assert_intact (&fixture->hall);
}

static void
on_daily_backup_done_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Waits for hk_backup_daily_async(), iterating the main context as the window's loop does. */
static char *
run_daily_async (HkDatabase  *database,
                 const char  *dir,
                 GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  hk_backup_daily_async (database, dir, HK_BACKUP_KEEP_DEFAULT, NULL, on_daily_backup_done_cb,
                         &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return hk_backup_daily_finish (result, error);
}

/* The daily backup in its thread, on its own connection: the caller's connection is untouched
 * and may write meanwhile; the backup is the caller's day; a failure comes back as an error. */
static void
test_daily_in_thread (Fixture       *fixture,
                      gconstpointer  data)
{
  HkDatabase *database = fixture->hall.db.database;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  g_autofree char *again = NULL;
  g_autofree char *failed = NULL;
  g_autofree char *not_a_dir = g_build_filename (fixture->hall.db.dir, "a-file", NULL);
  gint64 n_operators = hk_test_count_rows (database, "operators");

  hk_backup_daily_async (database, fixture->backups, HK_BACKUP_KEEP_DEFAULT, NULL,
                         on_daily_backup_done_cb, &result);
  /* The caller goes on working while the thread copies. */
  hk_test_hall_insert_operator (&fixture->hall, "meanwhile", HK_ROLE_CLERK);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  made = hk_backup_daily_finish (result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (made);
  g_assert_true (g_str_has_suffix (made, "hallkeeper-20260302-090000.db"));
  g_assert_true (hk_backup_check (made, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hk_test_count_rows (database, "operators"), ==, n_operators + 1);
  /* The thread's audit entry is in the caller's database, the chain whole. */
  g_assert_cmpint (hk_test_count_audit (database, "backup"), ==, 1);

  /* Later the same day: nothing, and no error. */
  again = run_daily_async (database, fixture->backups, &error);
  g_assert_no_error (error);
  g_assert_null (again);
  g_assert_cmpuint (count_backups (fixture), ==, 1);

  /* A backup folder that cannot be made: the error reaches the caller. */
  g_assert_true (g_file_set_contents (not_a_dir, "x", -1, &error));
  failed = run_daily_async (database, not_a_dir, &error);
  g_assert_null (failed);
  g_assert_error (error, HK_ERROR, HK_ERROR_DATABASE);

  hk_test_hall_assert_intact (&fixture->hall);
}

/* A backup by hand needs the administrator, supervisor or auditor; a refusal writes no file. */
static void
test_write_by_hand (Fixture       *fixture,
                    gconstpointer  data)
{
  HkDatabase *database = fixture->hall.db.database;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  g_autofree char *refused = NULL;

  refused = hk_backup_write_in (database, fixture->hall.clerk, fixture->backups, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpuint (count_backups (fixture), ==, 0);
  g_assert_cmpint (hk_test_count_audit (database, "permission-denied"), ==, 1);

  made = hk_backup_write_in (database, fixture->hall.auditor, fixture->backups, &error);
  g_assert_no_error (error);
  g_assert_true (hk_backup_check (made, &error));
  g_assert_no_error (error);

  /* Never over an existing file. */
  g_assert_false (hk_backup_write (database, fixture->hall.auditor, made, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
}

/* Restores the backup, keeps the replaced database aside; a broken backup replaces nothing. */
static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  HkDatabase *database = fixture->hall.db.database;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *garbled = g_build_filename (fixture->hall.db.dir, "garbled.db", NULL);
  g_autofree char *rewritten = g_build_filename (fixture->hall.db.dir, "rewritten.db", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *aside = NULL;
  gsize length;
  gint64 n_operators;

  backup = hk_backup_write_in (database, fixture->hall.admin, fixture->backups, &error);
  g_assert_no_error (error);
  n_operators = hk_test_count_rows (database, "operators");

  /* A damaged copy: the middle of the file overwritten. */
  g_assert_true (g_file_get_contents (backup, &contents, &length, &error));
  g_assert_cmpuint (length, >, 8192);
  memset (contents + 4096, 0x5a, length - 8192);
  g_assert_true (g_file_set_contents (garbled, contents, length, &error));
  /* A copy whose audit log was edited afterwards. */
  g_assert_true (g_file_set_contents (rewritten, contents, 0, &error));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (backup, &contents, &length, &error));
  g_assert_true (g_file_set_contents (rewritten, contents, length, &error));
  /* As someone with the file and sqlite3 would: the append-only triggers dropped first. */
  hk_test_raw_exec (rewritten, "DROP TRIGGER audit_log_no_update;"
                               "UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 1");

  /* Something written after the backup, which a restore takes away. */
  hk_test_hall_insert_operator (&fixture->hall, "late", HK_ROLE_CLERK);
  g_assert_cmpint (hk_test_count_rows (database, "operators"), ==, n_operators + 1);

  before = hk_test_dump_file_rows (fixture->hall.db.path);
  for (guint i = 0; i < 2; i++)
    {
      const char *bad = i == 0 ? garbled : rewritten;
      g_autofree char *bad_before = i == 1 ? hk_test_dump_file_rows (bad) : NULL;
      g_autofree char *bad_after = NULL;

      aside = hk_backup_restore (database, fixture->hall.admin, bad, &error);
      g_assert_null (aside);
      g_assert_error (error, HK_ERROR, (i == 0 ? HK_ERROR_CORRUPT : HK_ERROR_AUDIT_CHAIN));
      g_clear_error (&error);
      g_assert_false (hk_backup_check (bad, &error));
      g_clear_error (&error);
      /* The check never changes the backup. */
      if (i == 1)
        {
          bad_after = hk_test_dump_file_rows (bad);
          g_assert_cmpstr (bad_before, ==, bad_after);
        }
    }
  after = hk_test_dump_file_rows (fixture->hall.db.path);
  g_assert_cmpstr (before, ==, after);

  /* Only the administrator restores. */
  aside = hk_backup_restore (database, fixture->hall.auditor, backup, &error);
  g_assert_null (aside);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);

  hk_database_set_now (database, DAY1_9AM + 3600);
  aside = hk_backup_restore (database, fixture->hall.admin, backup, &error);
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_true (g_str_has_suffix (aside, ".replaced-20260302-100000"));
  g_assert_cmpint (hk_test_count_rows (database, "operators"), ==, n_operators);
  g_assert_cmpint (hk_test_count_audit (database, "restore"), ==, 1);
  hk_test_hall_assert_intact (&fixture->hall);

  /* The replaced database is whole, with what was written after the backup. */
  {
    g_autoptr(HkDatabase) replaced = hk_database_open (aside, &error);

    g_assert_no_error (error);
    g_assert_cmpint (hk_test_count_rows (replaced, "operators"), ==, n_operators + 1);
  }
}

int
main (int argc, char **argv)
{
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/backup/daily-rotation", Fixture, NULL, fixture_setup, test_daily_rotation,
              fixture_teardown);
  g_test_add ("/backup/daily-in-thread", Fixture, NULL, fixture_setup, test_daily_in_thread,
              fixture_teardown);
  g_test_add ("/backup/write-by-hand", Fixture, NULL, fixture_setup, test_write_by_hand,
              fixture_teardown);
  g_test_add ("/backup/restore", Fixture, NULL, fixture_setup, test_restore, fixture_teardown);

  return g_test_run ();
}
