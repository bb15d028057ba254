/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-masking.c: no customer identity number or phone number of the demo hall appears
 * whole in what hallkeeper-cli prints, logs (every debug message included) or exports. */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

typedef struct
{
  char      *dir;
  char      *db;
  GPtrArray *secrets;   /* every identity and customer phone number, whole */
  guint      n_outputs;
} Fixture;

/* Runs @program with @argv in the fixture's directory; returns stdout and stderr together. */
static char *
run (Fixture            *f,
     const char         *program,
     const char * const *argv,
     gboolean            must_succeed)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, f->dir);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "HALLKEEPER_PASSWORD", "demo", TRUE);
  /* Every log line, the debug ones too, is output that must not hold a customer's data. */
  g_subprocess_launcher_setenv (launcher, "G_MESSAGES_DEBUG", "all", TRUE);

  g_ptr_array_add (args, (gpointer)program);
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer)argv[i]);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)args->pdata, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error));
  g_assert_no_error (error);
  if (must_succeed && g_subprocess_get_exit_status (process) != 0)
    g_error ("%s %s failed: %s", program, argv[0], err);

  return g_strconcat (out != NULL ? out : "", err != NULL ? err : "", NULL);
}

static void
assert_masked (Fixture    *f,
               const char *what,
               const char *text)
{
  for (guint i = 0; i < f->secrets->len; i++)
    if (strstr (text, g_ptr_array_index (f->secrets, i)) != NULL)
      g_error ("%s shows “%s” unmasked", what, (const char *)g_ptr_array_index (f->secrets, i));
  f->n_outputs++;
}

/* The identity numbers and customer phones of the demo, but not those that are also numbers
 * the hall shows as numbers (its number stock, a complaint's service number). */
static void
read_secrets (Fixture *f)
{
  static const char *sql =
    "SELECT id_number FROM customer_files"
    " UNION SELECT phone FROM customer_files WHERE phone <> ''"
    " UNION SELECT customer_phone FROM complaints WHERE customer_phone IS NOT NULL"
    " UNION SELECT customer_phone FROM repair_tickets WHERE customer_phone IS NOT NULL"
    " UNION SELECT customer_phone FROM receipts WHERE customer_phone IS NOT NULL"
    " UNION SELECT reserved_phone FROM pool_numbers WHERE reserved_phone IS NOT NULL"
    " EXCEPT SELECT number FROM pool_numbers"
    " EXCEPT SELECT service_number FROM complaints WHERE service_number IS NOT NULL";
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (f->secrets, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return text;
}

/* Runs `hallkeeper-cli --database=DB --operator=LOGIN ARGS…` and checks what it prints. */
static void
check_cli (Fixture    *f,
           const char *login,
           ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autofree char *database = g_strdup_printf ("--database=%s", f->db);
  g_autofree char *operator = g_strdup_printf ("--operator=%s", login);
  g_autofree char *output = NULL;
  g_autofree char *what = NULL;
  const char *arg;
  va_list args;

  g_strv_builder_add (builder, database);
  g_strv_builder_add (builder, operator);
  va_start (args, login);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (builder, arg);
  va_end (args);
  argv = g_strv_builder_end (builder);

  output = run (f, g_getenv ("HALLKEEPER_CLI"), (const char * const *)argv, TRUE);
  what = g_strjoinv (" ", argv + 2);
  assert_masked (f, what, output);
}

/* An exported file, its text as the user's program reads it. */
static void
check_export (Fixture    *f,
              const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (g_str_has_suffix (name, ".xlsx"))
    text = run (f, "unzip", (const char *[]) { "-p", path, NULL }, TRUE);
  else if (g_str_has_suffix (name, ".pdf"))
    text = run (f, "pdftotext", (const char *[]) { path, "-", NULL }, TRUE);
  else
    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  assert_masked (f, name, text);
}

static void
test_demo_outputs (void)
{
  Fixture fixture = { 0 };
  Fixture *f = &fixture;
  g_autoptr(GError) error = NULL;
  g_autofree char *demo_out = NULL;
  g_autofree char *month = NULL;
  g_autofree char *day = NULL;
  g_autofree char *ticket = NULL;
  g_autofree char *file_no = NULL;
  g_autofree char *reserved = NULL;
  g_autofree char *complaint = NULL;

  f->dir = g_dir_make_tmp ("hallkeeper-masking-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "demo.db", NULL);
  f->secrets = g_ptr_array_new_with_free_func (g_free);

  {
    g_autofree char *database = g_strdup_printf ("--database=%s", f->db);
    demo_out = run (f, g_getenv ("HALLKEEPER_CLI"),
                    (const char *[]) { database, "demo", "--days=3", NULL }, TRUE);
  }
  read_secrets (f);
  g_assert_cmpuint (f->secrets->len, >, 100);
  assert_masked (f, "demo", demo_out);

  month = query_text (f, "SELECT substr(max(received_day), 1, 7) FROM complaints");
  day = query_text (f, "SELECT max(business_day) FROM receipts");
  ticket = query_text (f, "SELECT ticket_no FROM repair_tickets ORDER BY id LIMIT 1");
  file_no = query_text (f, "SELECT file_no FROM customer_files ORDER BY id LIMIT 1");
  reserved = query_text (f, "SELECT number FROM pool_numbers WHERE state = 'reserved' LIMIT 1");
  complaint = query_text (f, "SELECT max(id) FROM complaints");

  check_cli (f, "sunhao", "complaints", "list", NULL);
  check_cli (f, "sunhao", "complaints", "show", "--id", complaint, NULL);
  check_cli (f, "sunhao", "complaints", "export", "--month", month, "-o", "complaints.xlsx",
             NULL);
  check_export (f, "complaints.xlsx");
  check_cli (f, "sunhao", "complaints", "export", "--month", month, "-o", "complaints.pdf",
             NULL);
  check_export (f, "complaints.pdf");
  check_cli (f, "zhouqing", "archive", "files", NULL);
  check_cli (f, "zhouqing", "archive", "show", "--file", file_no, NULL);
  check_cli (f, "zhouqing", "archive", "requests", NULL);
  check_cli (f, "zhouqing", "archive", "out", NULL);
  check_cli (f, "zhouqing", "archive", "access-log", "--month", month, NULL);
  check_cli (f, "zhouqing", "archive", "access-log", "--month", month, "-o", "access.xlsx",
             NULL);
  check_export (f, "access.xlsx");
  check_cli (f, "zhouqing", "archive", "errors", "--month", month, NULL);
  check_cli (f, "wulei", "repairs", "list", NULL);
  check_cli (f, "wulei", "repairs", "list", "--callbacks", NULL);
  check_cli (f, "wulei", "repairs", "show", "--ticket", ticket, NULL);
  check_cli (f, "wulei", "repairs", "slip", "--ticket", ticket, "--pdf", "slip.pdf", NULL);
  check_export (f, "slip.pdf");
  check_cli (f, "liqiang", "numbers", "list", "--state", "reserved", NULL);
  check_cli (f, "liqiang", "numbers", "history", "--number", reserved, NULL);
  check_cli (f, "zhaomin", "report", "journal", "--period", day, NULL);
  check_cli (f, "zhaomin", "report", "daily", "--period", day, NULL);
  check_cli (f, "zhaomin", "report", "journal", "--period", day, "-o", "journal.xlsx", NULL);
  check_export (f, "journal.xlsx");
  check_cli (f, "zhaomin", "cheques", "list", NULL);
  check_cli (f, "admin", "verify", NULL);

  g_test_message ("%u outputs checked for %u identity and phone numbers", f->n_outputs,
                  f->secrets->len);

  g_ptr_array_unref (f->secrets);
  {
    g_autoptr(GFile) dir = g_file_new_for_path (f->dir);
    g_autoptr(GFileEnumerator) children = g_file_enumerate_children (dir, "standard::name", 0,
                                                                     NULL, NULL);
    GFileInfo *info;

    while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)))
      {
        g_autofree char *path = g_build_filename (f->dir, g_file_info_get_name (info), NULL);
        g_unlink (path);
        g_object_unref (info);
      }
    g_rmdir (f->dir);
  }
  g_free (f->db);
  g_free (f->dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-masking/demo-outputs", test_demo_outputs);

  return g_test_run ();
}
