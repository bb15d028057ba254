/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-archive.c: hallkeeper-cli archive end to end: a file registered, asked for, refused
 * to its own requester, approved, released once, shown in clear only to the designated person,
 * returned, and the access log printed, logged, and proven tamper-evident by verify.
 *
 * Each case spawns $HALLKEEPER_CLI in a temporary directory with its own clock
 * (HALLKEEPER_NOW) and passwords, and reads the file back with plain SQLite.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define ADMIN_PASSWORD "secret1"
#define PASSWORD "archive-pw"
#define NOW "HALLKEEPER_NOW=2026-10-12T10:00:00+08:00"
#define EVENING "HALLKEEPER_NOW=2026-10-12T19:00:00+08:00"
#define ID_A "330106198503121231"
#define ID_A_MASKED "330***********1231"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} CliResult;

static void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hallkeeper-cli-archive-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "hall.db", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static void
detach_from_terminal (gpointer data)
{
  /* A new session has no controlling terminal: a password prompt fails instead of waiting. */
  setsid ();
}

/**
 * run_cli:
 * @env: "NAME=VALUE" entries, %NULL-terminated
 * @input: (nullable): standard input
 * @argv: the arguments after the program's name and the database, %NULL-terminated
 */
static CliResult *
run_cli (Fixture            *f,
         const char * const *env,
         const char         *input,
         const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("HALLKEEPER_CLI");
  CliResult *result = g_new0 (CliResult, 1);

  g_assert_nonnull (program);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, f->dir);
  g_subprocess_launcher_set_child_setup (launcher, detach_from_terminal, NULL, NULL);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "HALLKEEPER_NEW_PASSWORD");
  g_subprocess_launcher_setenv (launcher, "HALLKEEPER_PASSWORD", PASSWORD, TRUE);
  g_subprocess_launcher_setenv (launcher, "HALLKEEPER_NOW", "2026-10-12T10:00:00+08:00", TRUE);

  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      const char *equals = strchr (env[i], '=');
      g_autofree char *name = g_strndup (env[i], equals - env[i]);

      g_subprocess_launcher_setenv (launcher, name, equals + 1, TRUE);
    }

  g_ptr_array_add (args, (gpointer)program);
  g_ptr_array_add (args, (gpointer)"--database");
  g_ptr_array_add (args, f->db);
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer)argv[i]);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)args->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, input, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);

  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);

  return result;
}

/* Runs `hallkeeper-cli --database DB --operator LOGIN ARGS…` at 10:00 on 2026-10-12. */
static CliResult *
run_as (Fixture    *f,
        const char *login,
        ...) G_GNUC_NULL_TERMINATED;

static CliResult *
run_as (Fixture    *f,
        const char *login,
        ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  g_ptr_array_add (argv, (gpointer)"--operator");
  g_ptr_array_add (argv, (gpointer)login);
  va_start (ap, login);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  return run_cli (f, NULL, NULL, (const char * const *)argv->pdata);
}

static void
assert_success (CliResult *r)
{
  if (r->status != 0)
    g_error ("exit status %d: %s", r->status, r->err);
  g_assert_cmpstr (r->err, ==, "");
}

/* A failure is one line "hallkeeper-cli: <reason>" on stderr, containing @expected. */
static void
assert_failure (CliResult  *r,
                int         status,
                const char *expected)
{
  g_assert_cmpint (r->status, ==, status);
  g_assert_true (g_str_has_prefix (r->err, "hallkeeper-cli: "));
  g_assert_cmpuint (strchr (r->err, '\n') - r->err, ==, strlen (r->err) - 1);
  if (strstr (r->err, expected) == NULL)
    g_error ("stderr “%s” does not contain “%s”", r->err, expected);
}

static void
assert_contains (const char *text,
                 const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” does not contain “%s”", text, expected);
}

static gint64
raw_query_int (const char *path,
               const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return value;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *handle = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (handle);
}

/* A hall with an administrator, the archivist zhouqing, the supervisor liqiang and the
 * complaint officer sunhao, and file DA-2026-0001 registered. */
static void
set_up_hall (Fixture *f)
{
  const char *admin_env[] = { "HALLKEEPER_PASSWORD=" ADMIN_PASSWORD, NULL };
  const char *init_argv[] = { "init", "--admin", "root", "--name", "Root", NULL };
  const char *people[][2] = {
    { "zhouqing", "archivist" }, { "liqiang", "supervisor" }, { "sunhao", "complaint-officer" },
  };
  const char *register_argv[] = {
    "--operator", "zhouqing", "archive", "register", "--file", "DA-2026-0001", "--name", "张三",
    "--id-number", "-", "--phone", "13812345678", "--service-number", "13912340001",
    "--type", "account-opening", "--cabinet", "A", "--shelf", "03", "--box", "12",
    "--received", "2026-03-01", "--retain-until", "2031-03-01", NULL
  };
  g_autoptr(CliResult) init = run_cli (f, admin_env, NULL, init_argv);
  g_autoptr(CliResult) registered = NULL;

  assert_success (init);

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      const char *env[] = { "HALLKEEPER_PASSWORD=" ADMIN_PASSWORD,
                            "HALLKEEPER_NEW_PASSWORD=" PASSWORD, NULL };
      const char *argv[] = { "--operator", "root", "operator", "add", "--login", people[i][0],
                             "--name", people[i][0], "--role", people[i][1], NULL };
      g_autoptr(CliResult) added = run_cli (f, env, NULL, argv);

      assert_success (added);
    }

  /* The identity number comes on standard input, never on the command line. */
  registered = run_cli (f, NULL, ID_A "\n", register_argv);
  assert_success (registered);
  assert_contains (registered->out, "Registered file DA-2026-0001 (张三, " ID_A_MASKED ")");
}

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  const char *top_argv[] = { "--help", NULL };
  const char *group_argv[] = { "archive", "--help", NULL };
  const char *log_argv[] = { "archive", "access-log", "--help", NULL };
  const char *subcommands[] = { "files", "register", "show", "identity", "requests", "request",
                                "approve", "reject", "paper-approval", "release", "return", "out",
                                "recheck", "access-log", "errors" };
  g_autoptr(CliResult) top = run_cli (f, NULL, NULL, top_argv);
  g_autoptr(CliResult) group = run_cli (f, NULL, NULL, group_argv);
  g_autoptr(CliResult) log = run_cli (f, NULL, NULL, log_argv);

  assert_success (top);
  assert_contains (top->out, "\n  archive ");
  assert_success (group);
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", subcommands[i]);
      assert_contains (group->out, line);
    }
  assert_success (log);
  assert_contains (log->out, "--month=YYYY-MM");
  assert_contains (log->out, "--from=YYYY-MM-DD");
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  const char *bad_month[] = { "--operator", "liqiang", "archive", "access-log", "--month",
                              "2026-13", NULL };
  const char *both[] = { "--operator", "liqiang", "archive", "errors", "--month", "2026-10",
                         "--from", "2026-10-01", NULL };
  const char *no_file[] = { "--operator", "sunhao", "archive", "request", "--purpose", "audit",
                            "--note", "x", NULL };
  const char *bad_purpose[] = { "--operator", "sunhao", "archive", "request", "--file", "DA-1",
                                "--purpose", "curiosity", "--note", "x", NULL };
  g_autoptr(CliResult) r1 = run_cli (f, NULL, NULL, bad_month);
  g_autoptr(CliResult) r2 = run_cli (f, NULL, NULL, both);
  g_autoptr(CliResult) r3 = run_cli (f, NULL, NULL, no_file);
  g_autoptr(CliResult) r4 = run_cli (f, NULL, NULL, bad_purpose);

  /* Usage errors come before the database is even opened. */
  assert_failure (r1, 2, "not a month");
  assert_failure (r2, 2, "either --month or --from");
  assert_failure (r3, 2, "--file");
  assert_failure (r4, 2, "not a purpose");
}

static void
test_flow (Fixture       *f,
           gconstpointer  data)
{
  const char *evening[] = { EVENING, NULL };
  const char *return_argv[] = { "--operator", "zhouqing", "archive", "return", "--file",
                                "DA-2026-0001", "--consulted", "开户协议签字页", "--copies", "2",
                                NULL };
  const char *overdue_argv[] = { "--operator", "zhouqing", "archive", "out", "--overdue",
                                 NULL };
  g_autoptr(CliResult) files = NULL;
  g_autoptr(CliResult) asked = NULL;
  g_autoptr(CliResult) own = NULL;
  g_autoptr(CliResult) approved = NULL;
  g_autoptr(CliResult) inbox = NULL;
  g_autoptr(CliResult) early = NULL;
  g_autoptr(CliResult) released = NULL;
  g_autoptr(CliResult) twice = NULL;
  g_autoptr(CliResult) not_designated = NULL;
  g_autoptr(CliResult) identity = NULL;
  g_autoptr(CliResult) overdue = NULL;
  g_autoptr(CliResult) returned = NULL;
  g_autoptr(CliResult) log = NULL;
  g_autoptr(CliResult) clerk_log = NULL;
  gint64 n_reads;

  set_up_hall (f);

  /* Found by the last four of the identity number, masked. */
  files = run_as (f, "zhouqing", "archive", "files", "--search", "1231", NULL);
  assert_success (files);
  assert_contains (files->out, "DA-2026-0001  张三");
  assert_contains (files->out, ID_A_MASKED);
  assert_contains (files->out, "138****5678");
  g_assert_null (strstr (files->out, ID_A));

  /* The supervisor asks for herself... and may not approve her own request. */
  asked = run_as (f, "liqiang", "archive", "request", "--file", "DA-2026-0001", "--purpose",
                  "complaint", "--note", "投诉单 TS-07", "--from", "2026-10-12 10:00",
                  "--until", "2026-10-12 18:00", "--designated", "sunhao", NULL);
  assert_success (asked);
  assert_contains (asked->out, "request 1;");
  own = run_as (f, "liqiang", "archive", "approve", "--request", "1", NULL);
  assert_failure (own, 1, "permission denied: Nobody approves their own request");

  /* The archivist releases nothing before an approval. */
  early = run_as (f, "zhouqing", "archive", "release", "--request", "1", "--file",
                  "DA-2026-0001", NULL);
  assert_failure (early, 1, "not approved");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM consultations"), ==, 0);

  /* Another supervisor would; here a paper slip signed by the city company's manager. */
  approved = run_as (f, "zhouqing", "archive", "paper-approval", "--request", "1", "--approver",
                     "钱卫东", "--title", "市公司客服部经理", "--slip", "SP-2026-0042", "--date",
                     "2026-10-12", NULL);
  assert_success (approved);
  inbox = run_as (f, "liqiang", "archive", "requests", "--state", "approved", NULL);
  assert_success (inbox);
  assert_contains (inbox->out, "Waiting for release");
  assert_contains (inbox->out, "钱卫东, 市公司客服部经理 (Paper approval slip SP-2026-0042)");

  released = run_as (f, "zhouqing", "archive", "release", "--request", "1", "--file",
                     "DA-2026-0001", NULL);
  assert_success (released);
  assert_contains (released->out, "to sunhao; it is due back by 2026-10-12 18:00");
  twice = run_as (f, "zhouqing", "archive", "release", "--request", "1", "--file",
                  "DA-2026-0001", NULL);
  assert_failure (twice, 1, "not released twice");

  /* Clear identity data for the designated person only; both tries are logged. */
  not_designated = run_as (f, "zhouqing", "archive", "identity", "--file", "DA-2026-0001", NULL);
  assert_failure (not_designated, 1, "permission denied: The identity data of file DA-2026-0001");
  g_assert_null (strstr (not_designated->out, ID_A));
  identity = run_as (f, "sunhao", "archive", "identity", "--file", "DA-2026-0001", NULL);
  assert_success (identity);
  assert_contains (identity->out, ID_A);
  assert_contains (identity->out, "13812345678");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                         " WHERE action = 'identity-revealed'"), ==, 1);

  /* At 19:00 the file is overdue; it comes back with what was consulted. */
  overdue = run_cli (f, evening, NULL, overdue_argv);
  assert_success (overdue);
  assert_contains (overdue->out, "DA-2026-0001");
  assert_contains (overdue->out, "OVERDUE");
  returned = run_cli (f, evening, NULL, return_argv);
  assert_success (returned);
  g_assert_cmpint (raw_query_int (f->db, "SELECT copies FROM consultations"), ==, 2);

  /* The access log of the month, which the reading joins. */
  n_reads = raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                  " WHERE action = 'access-log-read'");
  log = run_as (f, "liqiang", "archive", "access-log", "--month", "2026-10", NULL);
  assert_success (log);
  assert_contains (log->out, "Access log of the customer files — 2026-10");
  assert_contains (log->out, "Files released: 1");
  assert_contains (log->out, "Refusals: 2");
  assert_contains (log->out, "Paper approval recorded");
  assert_contains (log->out, "Identity data shown");
  assert_contains (log->out, ID_A_MASKED);
  g_assert_null (strstr (log->out, ID_A));
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                         " WHERE action = 'access-log-read'"), ==, n_reads + 1);

  /* Not for everyone. */
  clerk_log = run_as (f, "sunhao", "archive", "access-log", "--month", "2026-10", NULL);
  assert_failure (clerk_log, 1, "permission denied");
}

/* Editing an access log row with the sqlite3 tool, triggers dropped, is found by `verify`. */
static void
test_verify_tampering (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CliResult) viewed = NULL;
  g_autoptr(CliResult) before = NULL;
  g_autoptr(CliResult) after = NULL;
  g_autofree char *sql = NULL;
  gint64 seq;

  set_up_hall (f);

  viewed = run_as (f, "liqiang", "archive", "show", "--file", "DA-2026-0001", NULL);
  assert_success (viewed);
  assert_contains (viewed->out, ID_A_MASKED);
  before = run_as (f, "liqiang", "verify", NULL);
  assert_success (before);
  assert_contains (before->out, "chain intact");

  /* Someone hides that the supervisor opened the file. */
  seq = raw_query_int (f->db, "SELECT seq FROM audit_log WHERE action = 'file-viewed'");
  sql = g_strdup_printf ("DROP TRIGGER audit_log_no_update;"
                         " UPDATE audit_log SET summary = 'nothing' WHERE seq = %lld",
                         (long long)seq);
  raw_exec (f->db, sql);

  after = run_as (f, "liqiang", "verify", NULL);
  g_assert_cmpint (after->status, ==, 1);
  assert_contains (after->out, "Integrity: ok");
  {
    g_autofree char *expected = g_strdup_printf ("Audit entry %lld was altered", (long long)seq);

    assert_failure (after, 1, expected);
  }
}

#define PYTHON "/usr/bin/python3"

/* What openpyxl (not our code) reads in a workbook, every cell; NULL when it cannot run here
 * (the test is then skipped). */
static char *
read_workbook (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "..", "reports", "read-xlsx.py",
                                                   NULL);
  const char *argv[] = { PYTHON, script, path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no " PYTHON " to read the workbook");
      return NULL;
    }

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  if (g_spawn_check_wait_status (status, NULL) == FALSE && WIFEXITED (status) &&
      WEXITSTATUS (status) == 77)
    {
      g_free (out);
      g_test_skip ("python3-openpyxl is not installed");
      return NULL;
    }
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* `archive access-log --month 2026-10 -o FILE.xlsx` and `archive errors … -o`: workbooks that
 * openpyxl reads, with identity data masked only, each export written to the access log first;
 * a wrong name or a reader without the role leaves no file. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *log_path = g_build_filename (f->dir, "access-log-2026-10.xlsx", NULL);
  g_autofree char *errors_path = g_build_filename (f->dir, "errors-2026-10.xlsx", NULL);
  g_autofree char *clerk_path = g_build_filename (f->dir, "clerk.xlsx", NULL);
  g_autofree char *text_path = g_build_filename (f->dir, "access-log.txt", NULL);
  g_autofree char *workbook = NULL;
  g_autoptr(CliResult) asked = NULL;
  g_autoptr(CliResult) approved = NULL;
  g_autoptr(CliResult) released = NULL;
  g_autoptr(CliResult) identity = NULL;
  g_autoptr(CliResult) rechecked = NULL;
  g_autoptr(CliResult) exported = NULL;
  g_autoptr(CliResult) errors = NULL;
  g_autoptr(CliResult) wrong_name = NULL;
  g_autoptr(CliResult) clerk = NULL;
  gint64 n_exports;

  set_up_hall (f);

  /* A consultation whose identity data the designated person saw: the log names the
   * identity number, masked, in two entries. */
  asked = run_as (f, "liqiang", "archive", "request", "--file", "DA-2026-0001", "--purpose",
                  "complaint", "--note", "投诉单 TS-07", "--from", "2026-10-12 09:00",
                  "--until", "2026-10-12 18:00", "--designated", "sunhao", NULL);
  assert_success (asked);
  approved = run_as (f, "zhouqing", "archive", "paper-approval", "--request", "1", "--approver",
                     "钱卫东", "--title", "市公司客服部经理", "--slip", "SP-2026-0042", "--date",
                     "2026-10-12", NULL);
  assert_success (approved);
  released = run_as (f, "zhouqing", "archive", "release", "--request", "1", "--file",
                     "DA-2026-0001", NULL);
  assert_success (released);
  identity = run_as (f, "sunhao", "archive", "identity", "--file", "DA-2026-0001", NULL);
  assert_success (identity);
  assert_contains (identity->out, ID_A);
  rechecked = run_as (f, "zhouqing", "archive", "recheck", "--file", "DA-2026-0001", "--field",
                      "signature", "--error", "业务受理单缺客户签字", "--cause",
                      "受理时未提醒客户签字", "--correction", "约客户到厅补签", NULL);
  assert_success (rechecked);

  /* A name that is neither .xlsx nor .pdf is a usage error, before the password. */
  wrong_name = run_as (f, "liqiang", "archive", "access-log", "--month", "2026-10", "-o",
                       text_path, NULL);
  assert_failure (wrong_name, 2, "neither FILE.xlsx nor FILE.pdf");
  g_assert_false (g_file_test (text_path, G_FILE_TEST_EXISTS));

  n_exports = raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                    " WHERE action = 'archive-exported'");
  g_assert_cmpint (n_exports, ==, 0);

  /* Relative to the folder the command runs in. */
  exported = run_as (f, "liqiang", "archive", "access-log", "--month", "2026-10", "-o",
                     "access-log-2026-10.xlsx", NULL);
  assert_success (exported);
  assert_contains (exported->out, "Access log of the customer files of 2026-10 saved in "
                                  "access-log-2026-10.xlsx.");
  g_assert_null (strstr (exported->out, ID_A));
  g_assert_true (g_file_test (log_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                         " WHERE action = 'archive-exported'"
                                         " AND summary LIKE '%access log of 2026-10"
                                         " to access-log-2026-10.xlsx'"), ==, 1);

  errors = run_as (f, "zhouqing", "archive", "errors", "--month", "2026-10", "--output",
                   errors_path, NULL);
  assert_success (errors);
  g_assert_true (g_file_test (errors_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                         " WHERE action = 'archive-exported'"), ==, 2);

  /* Not for everyone: no file, no export. */
  clerk = run_as (f, "sunhao", "archive", "access-log", "--month", "2026-10", "-o", clerk_path,
                  NULL);
  assert_failure (clerk, 1, "permission denied");
  g_assert_false (g_file_test (clerk_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM audit_log"
                                         " WHERE action = 'archive-exported'"), ==, 2);

  /* Read back by openpyxl: the entries are there, the identity number only masked. */
  workbook = read_workbook (log_path);
  if (workbook == NULL)
    return;
  assert_contains (workbook, "sheets\t");
  assert_contains (workbook, "Paper approval recorded");
  assert_contains (workbook, "Identity data shown");
  assert_contains (workbook, "DA-2026-0001");
  assert_contains (workbook, ID_A_MASKED);
  g_assert_null (strstr (workbook, ID_A));
  g_assert_null (strstr (workbook, "13812345678"));
  g_clear_pointer (&workbook, g_free);

  workbook = read_workbook (errors_path);
  g_assert_nonnull (workbook);
  assert_contains (workbook, "业务受理单缺客户签字");
  assert_contains (workbook, "约客户到厅补签");
  assert_contains (workbook, "DA-2026-0001");
  g_assert_null (strstr (workbook, ID_A));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/archive/help", Fixture, NULL, fixture_setup, test_help, fixture_teardown);
  g_test_add ("/cli/archive/usage", Fixture, NULL, fixture_setup, test_usage, fixture_teardown);
  g_test_add ("/cli/archive/flow", Fixture, NULL, fixture_setup, test_flow, fixture_teardown);
  g_test_add ("/cli/archive/verify-tampering", Fixture, NULL, fixture_setup,
              test_verify_tampering, fixture_teardown);
  g_test_add ("/cli/archive/export", Fixture, NULL, fixture_setup, test_export,
              fixture_teardown);

  return g_test_run ();
}
