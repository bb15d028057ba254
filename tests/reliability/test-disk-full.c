/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-disk-full.c: a write that hits a full or failing disk fails with a clear message and
 * changes nothing; the database stays usable. An export to a full or read-only folder fails
 * cleanly and leaves no file behind.
 *
 * The database cases run SQLite over hk-fault-vfs, which fails every write once a budget of
 * bytes is spent, for budgets from nothing up to the first that lets the write through: so
 * the write fails at every point of its transaction (journal, log, commit). hallkeeper-cli
 * gets the same VFS through LD_PRELOAD. The export cases run the export in a child process
 * whose file size limit (RLIMIT_FSIZE) makes every write past it fail, as on a full disk.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/hk-audit-log.h"
#include "core/hk-context.h"
#include "core/hk-error.h"
#include "reports/hk-report-export.h"
#include "../reports/export-test-util.h"
#include "hk-fault-vfs.h"
#include "hk-reliability-util.h"

#define DISK_FULL_MESSAGE "The disk is full; nothing was saved. Free some space and try again."

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *)a, *(char * const *)b);
}

/* Every row of every table, as a plain reader sees them (sorted lines). */
static char *
dump_rows (const char *path,
           const char *only_table)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT name FROM sqlite_schema WHERE type ="
                                       " 'table' ORDER BY name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      const char *table = g_ptr_array_index (tables, t);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);

      if (only_table != NULL && !g_str_equal (table, only_table))
        continue;
      g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *line = g_string_new (table);

          for (int i = 0; i < sqlite3_column_count (stmt); i++)
            g_string_append_printf (line, "|%s", (const char *)sqlite3_column_text (stmt, i));
          g_ptr_array_add (lines, g_string_free (line, FALSE));
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (handle);

  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("\n", (char **)lines->pdata);
}

typedef struct
{
  int         result_code;
  int         error_code;
  const char *message;
} Fault;

static const Fault disk_full = { SQLITE_FULL, HK_ERROR_DISK_FULL, DISK_FULL_MESSAGE };
static const Fault io_error = { SQLITE_IOERR_WRITE, HK_ERROR_DATABASE, "Database error: " };

/* A write through the core: the administrator renames the hall (one row and its audit entry)
 * with the disk failing after more and more bytes. */
static void
test_core_write (gconstpointer data)
{
  const Fault *fault = data;
  g_autofree char *dir = hk_rel_make_dir ();
  g_autofree char *path = g_build_filename (dir, "hall.db", NULL);
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) admin = NULL;
  g_autoptr(GError) error = NULL;
  guint n_refused = 0;
  gint64 n_bytes;

  hk_rel_make_hall (path);
  database = hk_database_open (path, &error);
  g_assert_no_error (error);
  context = hk_context_new (database);
  admin = hk_operator_store_lookup (hk_context_get_operator_store (context), HK_REL_ADMIN,
                                    &error);
  g_assert_no_error (error);

  for (n_bytes = 0;; n_bytes += 1024)
    {
      g_autofree char *before = dump_rows (path, NULL);
      g_autofree char *after = NULL;
      gboolean saved;

      hk_fault_vfs_fail_after (n_bytes, fault->result_code);
      saved = hk_hall_store_update (hk_context_get_hall_store (context), admin, "河西营业厅",
                                    "HZ-0571-020", "Asia/Shanghai", &error);
      hk_fault_vfs_fail_after (-1, SQLITE_OK);
      if (saved)
        break;

      /* A clear message, and nothing changed. */
      g_assert_error (error, HK_ERROR, fault->error_code);
      g_assert_true (g_str_has_prefix (error->message, fault->message));
      g_clear_error (&error);
      g_assert_false (hk_database_in_transaction (database));
      after = dump_rows (path, NULL);
      g_assert_cmpstr (after, ==, before);
      n_refused++;
      g_assert_cmpint (n_bytes, <, 1024 * 1024);
    }

  g_test_message ("refused %u times; saved once %lld bytes could be written", n_refused,
                  (long long)n_bytes);
  g_assert_cmpuint (n_refused, >, 0);

  /* Usable: the write went through once the disk had room, whole and audited. */
  g_assert_no_error (error);
  g_assert_true (hk_database_check_integrity (database, &error));
  g_assert_no_error (error);
  g_assert_true (hk_audit_log_verify (database, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *name = hk_hall_store_dup_name (hk_context_get_hall_store (context));
    g_assert_cmpstr (name, ==, "河西营业厅");
  }

  g_clear_object (&context);
  g_clear_object (&database);
  hk_rel_remove_dir (dir);
}

/* hallkeeper-cli fee-items import with the disk full after @n_bytes; returns its result. */
static HkRelCliResult *
run_import (const char *path,
            gint64      n_bytes,
            const char *language)
{
  g_autofree char *csv = g_test_build_filename (G_TEST_DIST, "..", "data", "fee-items.csv", NULL);
  g_autofree char *budget = g_strdup_printf ("HK_FAULT_VFS_BUDGET=%lld", (long long)n_bytes);
  g_autofree char *preload = g_strdup_printf ("LD_PRELOAD=%s", g_getenv ("HK_FAULT_VFS_MODULE"));
  g_autofree char *lang = g_strdup_printf ("LANGUAGE=%s", language);
  g_autofree char *localedir = g_strdup_printf ("HALLKEEPER_LOCALEDIR=%s",
                                                g_getenv ("HK_LOCALEDIR"));
  const char *env[] = { budget, preload, lang, localedir,
                        /* ASan wants to come first; the VFS module does not touch memory
                         * ASan must see first. */
                        "ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=1", NULL };

  return hk_rel_cli_run (path, HK_REL_ADMIN, env, "fee-items", "import", csv, NULL);
}

static void
test_cli_write (void)
{
  g_autofree char *dir = hk_rel_make_dir ();
  g_autofree char *path = g_build_filename (dir, "hall.db", NULL);
  g_autofree char *items_before = NULL;
  guint n_refused = 0;
  gint64 n_bytes;

  hk_rel_make_hall (path);
  items_before = dump_rows (path, "fee_items");

  /* From a disk full at the login (its audit entry) to one full in the import's commit. */
  for (n_bytes = 0;; n_bytes += 4096)
    {
      g_autoptr(HkRelCliResult) cli = run_import (path, n_bytes, "C");
      g_autofree char *items = dump_rows (path, "fee_items");

      if (cli->status == 0)
        break;
      g_test_message ("%lld bytes: %s", (long long)n_bytes, cli->err);
      g_assert_cmpint (cli->signal, ==, 0);
      g_assert_cmpint (cli->status, ==, 1);
      g_assert_cmpstr (cli->err, ==, "hallkeeper-cli: " DISK_FULL_MESSAGE "\n");
      g_assert_cmpstr (items, ==, items_before);
      n_refused++;
      g_assert_cmpint (n_bytes, <, 4 * 1024 * 1024);
    }
  g_test_message ("refused %u times; imported once %lld bytes could be written", n_refused,
                  (long long)n_bytes);
  g_assert_cmpuint (n_refused, >, 1);

  /* Whole afterwards: the CLI's own check passes. */
  {
    g_autoptr(HkRelCliResult) cli = hk_rel_cli_run (path, HK_REL_ADMIN, NULL, "verify", NULL);
    g_assert_cmpint (cli->status, ==, 0);
  }

  /* In Chinese. */
  {
    g_autoptr(HkRelCliResult) cli = run_import (path, 0, "zh_CN");

    g_assert_cmpint (cli->status, ==, 1);
    g_assert_cmpstr (cli->err, ==, "hallkeeper-cli: 磁盘已满，未保存任何内容。请释放一些空间后重试。\n");
  }

  hk_rel_remove_dir (dir);
}

/* Exports @report to @path in a child whose files may not grow past @limit bytes; returns
 * the error message, or NULL when the export succeeded. */
static char *
export_with_limit (HkReport   *report,
                   const char *path,
                   rlim_t      limit)
{
  int pipe_fds[2];
  pid_t pid;
  int status = 0;
  GString *message = g_string_new (NULL);
  char buffer[512];
  gssize n;

  g_assert_cmpint (pipe (pipe_fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      struct rlimit rl = { limit, limit };
      g_autoptr(GError) error = NULL;

      close (pipe_fds[0]);
      signal (SIGXFSZ, SIG_IGN);
      setrlimit (RLIMIT_FSIZE, &rl);
      if (hk_report_export (report, path, NULL, NULL, NULL, &error))
        _exit (0);
      if (write (pipe_fds[1], error->message, strlen (error->message)) < 0)
        _exit (3);
      _exit (error->domain == G_IO_ERROR ? 1 : 2);
    }
  close (pipe_fds[1]);
  while ((n = read (pipe_fds[0], buffer, sizeof buffer)) > 0)
    g_string_append_len (message, buffer, n);
  close (pipe_fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));

  if (WEXITSTATUS (status) == 0)
    {
      g_string_free (message, TRUE);
      return NULL;
    }
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);

  return g_string_free (message, FALSE);
}

static void
test_export_disk_full (gconstpointer data)
{
  const char *extension = data;
  g_autofree char *dir = hk_rel_make_dir ();
  g_autofree char *name = g_strconcat ("journal.", extension, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(HkReport) report = export_test_big_report (400, NULL);
  guint n_refused = 0;
  rlim_t limit;

  for (limit = 0;; limit = limit == 0 ? 512 : limit * 2)
    {
      g_autofree char *message = export_with_limit (report, path, limit);

      if (message == NULL)
        break;
      g_test_message ("%lu bytes: %s", (unsigned long)limit, message);
      /* The message names the file; nothing is left of it, not even a temporary file. */
      g_assert_nonnull (strstr (message, name));
      g_assert_nonnull (strstr (message, "Is the disk full?"));
      export_test_assert_no_trace (dir, name);
      n_refused++;
      g_assert_cmpuint (limit, <, 64 * 1024 * 1024);
    }

  g_test_message ("refused %u times; written once files could grow to %lu bytes", n_refused,
                  (unsigned long)limit);
  g_assert_cmpuint (n_refused, >, 2);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  hk_rel_remove_dir (dir);
}

static void
test_export_read_only (gconstpointer data)
{
  const char *extension = data;
  g_autofree char *dir = hk_rel_make_dir ();
  g_autofree char *why_not = NULL;
  g_autofree char *folder = export_test_make_unwritable_dir (dir, &why_not);
  g_autofree char *name = g_strconcat ("journal.", extension, NULL);
  g_autofree char *path = NULL;
  g_autoptr(HkReport) report = export_test_big_report (50, NULL);
  g_autoptr(GError) error = NULL;

  if (folder == NULL)
    {
      g_test_skip (why_not);
      hk_rel_remove_dir (dir);
      return;
    }

  path = g_build_filename (folder, name, NULL);
  g_assert_false (hk_report_export (report, path, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_test_message ("%s", error->message);
  g_assert_true (strstr (error->message, "read-only") != NULL ||
                 strstr (error->message, "You may not save files") != NULL);
  export_test_assert_no_trace (folder, name);

  export_test_release_unwritable_dir (folder);
  hk_rel_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  hk_fault_vfs_install ();

  g_test_add_data_func ("/disk-full/core-write/disk-full", &disk_full, test_core_write);
  g_test_add_data_func ("/disk-full/core-write/io-error", &io_error, test_core_write);
  g_test_add_func ("/disk-full/cli-write", test_cli_write);
  g_test_add_data_func ("/disk-full/export/xlsx", "xlsx", test_export_disk_full);
  g_test_add_data_func ("/disk-full/export/pdf", "pdf", test_export_disk_full);
  g_test_add_data_func ("/disk-full/export-read-only/xlsx", "xlsx", test_export_read_only);
  g_test_add_data_func ("/disk-full/export-read-only/pdf", "pdf", test_export_read_only);

  return g_test_run ();
}
