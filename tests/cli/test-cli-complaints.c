/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-complaints.c: end-to-end tests of hallkeeper-cli complaints: the built program over
 * the demo hall's operators, with the clock fixed by HALLKEEPER_NOW, read back with SQLite. */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct
{
  char *dir;
  char *db;
  char *now;  /* HALLKEEPER_NOW for the next runs */
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
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

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
detach_from_terminal (gpointer data)
{
  setsid ();
}

/* Runs hallkeeper-cli as @login (password "demo"; none for NULL) at the fixture's clock. */
static CliResult *
run_as (Fixture    *f,
        const char *login,
        ...) G_GNUC_NULL_TERMINATED;

static CliResult *
run_as (Fixture    *f,
        const char *login,
        ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("HALLKEEPER_CLI");
  CliResult *result = g_new0 (CliResult, 1);
  const char *arg;
  va_list ap;

  g_assert_nonnull (program);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, f->dir);
  g_subprocess_launcher_set_child_setup (launcher, detach_from_terminal, NULL, NULL);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_setenv (launcher, "HALLKEEPER_PASSWORD", "demo", TRUE);
  if (f->now != NULL)
    g_subprocess_launcher_setenv (launcher, "HALLKEEPER_NOW", f->now, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "HALLKEEPER_NOW");

  g_ptr_array_add (args, (gpointer)program);
  g_ptr_array_add (args, (gpointer)"--database");
  g_ptr_array_add (args, f->db);
  if (login != NULL)
    {
      g_ptr_array_add (args, (gpointer)"--operator");
      g_ptr_array_add (args, (gpointer)login);
    }
  va_start (ap, login);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)args->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);

  return result;
}

static void
assert_success (CliResult *r)
{
  if (r->status != 0 || *r->err != '\0')
    g_error ("exit %d: %s", r->status, r->err);
}

static void
assert_contains (const char *text,
                 const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” does not contain “%s”", text, expected);
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
  assert_contains (r->err, expected);
}

/* The first column of the first row of @sql. */
static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (f->db, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return value;
}

/* The line of @text that starts with @start after leading spaces. */
static char *
line_starting (const char *text,
               const char *start)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (g_strchug (lines[i]), start))
      return g_strdup (lines[i]);

  g_error ("no line of “%s” starts with “%s”", text, start);
  return NULL;
}

static void
set_now (Fixture    *f,
         const char *now)
{
  g_free (f->now);
  f->now = g_strdup (now);
}

/* The demo hall's operators (no days of records), and the clock at 2026-10-05 10:00. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CliResult) demo = NULL;

  f->dir = g_dir_make_tmp ("hallkeeper-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "hall.db", NULL);
  set_now (f, "2026-10-05T10:00:00+08:00");

  demo = run_as (f, NULL, "demo", "--days", "0", NULL);
  assert_success (demo);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->now);
}

/* ---- cases ---- */

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CliResult) group = run_as (f, NULL, "complaints", "--help", NULL);
  g_autoptr(CliResult) add = run_as (f, NULL, "complaints", "add", "--help", NULL);
  g_autoptr(CliResult) tool = run_as (f, NULL, "--help", NULL);
  const char *subcommands[] = { "list", "add", "event", "show", "day", "sign-day", "stats",
                                "export", "deadline-hours", "categories", "category-add",
                                "category-deactivate", "opinions", "opinion-add",
                                "opinion-reply", "service-log", "service-log-save" };

  assert_success (group);
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", subcommands[i]);
      assert_contains (group->out, line);
    }

  assert_success (add);
  assert_contains (add->out, "--received=\"YYYY-MM-DD HH:MM\"");
  assert_contains (add->out, "--category=CODE");
  assert_contains (add->out, "--owner=LOGIN");

  assert_success (tool);
  assert_contains (tool->out, "\n  complaints ");
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CliResult) no_category = run_as (f, "sunhao", "complaints", "add", "--name", "王",
                                             "--description", "x", NULL);
  g_autoptr(CliResult) bad_channel = run_as (f, "sunhao", "complaints", "add", "--channel", "fax",
                                             "--category", "billing", "--name", "王",
                                             "--description", "x", NULL);
  g_autoptr(CliResult) bad_time = run_as (f, "sunhao", "complaints", "add", "--received",
                                          "2026-10-05 25:00", "--category", "billing", "--name",
                                          "王", "--description", "x", NULL);
  g_autoptr(CliResult) bad_kind = run_as (f, "sunhao", "complaints", "event", "--id", "1",
                                          "--kind", "received", NULL);
  g_autoptr(CliResult) no_due = run_as (f, "sunhao", "complaints", "event", "--id", "1",
                                        "--kind", "callback-promised", NULL);
  g_autoptr(CliResult) bad_month = run_as (f, "sunhao", "complaints", "stats", "--month",
                                           "2026-13", NULL);

  assert_failure (no_category, 2, "--category");
  assert_failure (bad_channel, 2, "“fax” is not one of");
  assert_failure (bad_time, 2, "is not a time");
  assert_failure (bad_kind, 2, "“received” is not one of");
  assert_failure (no_due, 2, "--due");
  assert_failure (bad_month, 1, "is not a month");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM complaints"), ==, 0);
}

/* The officer registers a complaint, lets its deadline pass, is made to promise a callback,
 * resolves it late, records the call and closes it. */
static void
test_register_and_events (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CliResult) add = NULL;
  g_autoptr(CliResult) late_add = NULL;
  g_autoptr(CliResult) list = NULL;
  g_autoptr(CliResult) refused = NULL;
  g_autoptr(CliResult) clerk = NULL;
  g_autoptr(CliResult) promise = NULL;
  g_autoptr(CliResult) resolve = NULL;
  g_autoptr(CliResult) early_close = NULL;
  g_autoptr(CliResult) called = NULL;
  g_autoptr(CliResult) close = NULL;
  g_autoptr(CliResult) after = NULL;
  g_autoptr(CliResult) show = NULL;
  g_autofree char *line = NULL;

  add = run_as (f, "sunhao", "complaints", "add", "--received", "2026-10-05 09:30", "--channel",
                "phone", "--category", "billing", "--name", "王先生", "--phone", "13812345678",
                "--description", "本月话费多扣20元", "--owner", "zhangli", NULL);
  assert_success (add);
  g_assert_cmpstr (add->out, ==, "Registered complaint 1; its deadline is 2026-10-06 09:30.\n");

  late_add = run_as (f, "huangfang", "complaints", "add", "--received", "2026-10-04 20:00",
                     "--category", "network", "--name", "李女士", "--description", "家中无信号",
                     NULL);
  assert_success (late_add);
  assert_contains (late_add->out, "entered late by 14 h 0 min");

  /* Today's list: the first, on time, with the phone masked. */
  list = run_as (f, "zhengwei", "complaints", "list", NULL);
  assert_success (list);
  line = line_starting (list->out, "1 ");
  assert_contains (line, "138****5678");
  assert_contains (line, "张丽");
  assert_contains (line, "2026-10-06 09:30");
  assert_contains (line, "On time");
  g_assert_null (strstr (list->out, "13812345678"));
  g_assert_null (strstr (list->out, "李女士"));
  g_clear_pointer (&line, g_free);

  /* A clerk does not record complaint events. */
  clerk = run_as (f, "zhangli", "complaints", "event", "--id", "1", "--kind", "note", "--note",
                  "x", NULL);
  assert_failure (clerk, 1, "permission denied");

  /* The next day at 10:00 it is past its deadline: no resolution before a callback promise. */
  set_now (f, "2026-10-06T10:00:00+08:00");
  refused = run_as (f, "sunhao", "complaints", "event", "--id", "1", "--kind", "resolved",
                    "--note", "已退款", NULL);
  assert_failure (refused, 1, "callback number");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM complaint_events WHERE complaint_id = 1"),
                   ==, 1);

  promise = run_as (f, "sunhao", "complaints", "event", "--id", "1", "--kind",
                    "callback-promised", "--due", "2026-10-06 15:00", NULL);
  assert_success (promise);
  g_assert_cmpstr (promise->out, ==, "Complaint 1: Callback promised. Now Open, Overdue.\n");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM complaint_events"
                              " WHERE kind = 'callback-promised'"
                              " AND callback_number = '13812345678'"), ==, 1);

  set_now (f, "2026-10-06T11:00:00+08:00");
  resolve = run_as (f, "sunhao", "complaints", "event", "--id", "1", "--kind", "resolved",
                    "--note", "核实后退还20元", NULL);
  assert_success (resolve);
  assert_contains (resolve->out, "Resolved late");

  early_close = run_as (f, "sunhao", "complaints", "event", "--id", "1", "--kind", "closed",
                        NULL);
  assert_failure (early_close, 1, "record the call");

  called = run_as (f, "sunhao", "complaints", "event", "--id", "1", "--kind", "called-back",
                   "--called-at", "2026-10-06 10:55", "--note", "客户确认", NULL);
  assert_success (called);
  close = run_as (f, "sunhao", "complaints", "event", "--id", "1", "--kind", "closed", NULL);
  assert_success (close);
  g_assert_cmpstr (close->out, ==, "Complaint 1: Closed. Now Closed, Resolved late.\n");

  after = run_as (f, "sunhao", "complaints", "list", "--date", "2026-10-05", NULL);
  assert_success (after);
  line = line_starting (after->out, "1 ");
  assert_contains (line, "Closed");
  assert_contains (line, "Resolved late");
  assert_contains (line, "Called back");
  g_clear_pointer (&line, g_free);

  /* The complaint page: the whole number for the callback, and the timeline in order. */
  show = run_as (f, "sunhao", "complaints", "show", "--id", "1", NULL);
  assert_success (show);
  assert_contains (show->out, "王先生 138****5678");
  g_assert_null (strstr (show->out, "13812345678"));
  assert_contains (show->out, "First-contact owner: 张丽");
  assert_contains (show->out, "2026-10-06 10:00  孙浩 promised a callback to 138****5678 by "
                              "2026-10-06 15:00.\n"
                              "2026-10-06 11:00  孙浩 resolved it: 核实后退还20元\n"
                              "2026-10-06 11:00  孙浩 called the customer back at "
                              "2026-10-06 10:55 and reached them: 客户确认\n"
                              "2026-10-06 11:00  孙浩 closed it.\n");

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log"
                              " WHERE action LIKE 'complaint-%'"), ==, 6);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log"
                              " WHERE action = 'permission-denied'"), ==, 1);
}

static void
test_sign_day (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CliResult) add = NULL;
  g_autoptr(CliResult) clerk = NULL;
  g_autoptr(CliResult) sign = NULL;
  g_autoptr(CliResult) again = NULL;
  g_autoptr(CliResult) day = NULL;

  add = run_as (f, "sunhao", "complaints", "add", "--received", "2026-10-05 09:00", "--category",
                "tariff", "--name", "赵先生", "--description", "套餐变更未生效", NULL);
  assert_success (add);

  set_now (f, "2026-10-05T18:30:00+08:00");
  clerk = run_as (f, "zhangli", "complaints", "sign-day", "--date", "2026-10-05", NULL);
  assert_failure (clerk, 1, "permission denied: Signing the first-contact book needs one of these "
                            "roles: Duty manager.");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM complaint_days"), ==, 0);

  sign = run_as (f, "zhengwei", "complaints", "sign-day", "--date", "2026-10-05", "--note",
                 "已督促", NULL);
  assert_success (sign);
  g_assert_cmpstr (sign->out, ==, "Signed the first-contact book of 2026-10-05: 1 received, "
                                  "0 closed, 1 not closed.\n");

  again = run_as (f, "liqiang", "complaints", "sign-day", "--date", "2026-10-05", NULL);
  assert_failure (again, 1, "signed by 郑伟 at 2026-10-05 18:30 already");

  day = run_as (f, "liqiang", "complaints", "day", "--date", "2026-10-05", NULL);
  assert_success (day);
  assert_contains (day->out, "First-contact book of 2026-10-05. Complaints: 1; not closed: 1; "
                             "entered late: 0.\n");
  assert_contains (day->out, "Signed by 郑伟 at 2026-10-05 18:30: 1 received, 0 closed, "
                             "1 not closed then (1).\n");
  assert_contains (day->out, "Note: 已督促\n");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM complaint_day_open"), ==, 1);
}

static void
test_stats (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CliResult) first = NULL;
  g_autoptr(CliResult) second = NULL;
  g_autoptr(CliResult) resolve = NULL;
  g_autoptr(CliResult) stats = NULL;
  g_autofree char *line = NULL;

  first = run_as (f, "sunhao", "complaints", "add", "--received", "2026-10-05 08:00",
                  "--category", "billing", "--name", "甲", "--description", "多扣费", NULL);
  second = run_as (f, "sunhao", "complaints", "add", "--received", "2026-10-05 09:00",
                   "--channel", "letter", "--category", "billing", "--name", "乙",
                   "--description", "多扣费", NULL);
  assert_success (first);
  assert_success (second);
  set_now (f, "2026-10-05T13:00:00+08:00");
  resolve = run_as (f, "sunhao", "complaints", "event", "--id", "1", "--kind", "resolved",
                    "--note", "已退", NULL);
  assert_success (resolve);

  stats = run_as (f, "zhengwei", "complaints", "stats", "--month", "2026-10", NULL);
  assert_success (stats);
  assert_contains (stats->out, "Complaint statistics — 文三路营业厅, 2026-10\n");
  assert_contains (stats->out, "Complaints received: 2\n");
  assert_contains (stats->out, "Average time to resolve: 5 h 0 min\n");
  assert_contains (stats->out, "\nBy category\n");
  assert_contains (stats->out, "\nBy channel\n");
  line = line_starting (stats->out, "Billing ");
  {
    g_auto(GStrv) cells = g_strsplit_set (line, " ", -1);
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) words = NULL;

    for (guint i = 0; cells[i] != NULL; i++)
      if (*cells[i] != '\0')
        g_strv_builder_add (builder, cells[i]);
    words = g_strv_builder_end (builder);

    /* Received 2, resolved 1, on time 1, late 0, open 1, overdue 0, rate, 300 minutes. */
    g_assert_cmpuint (g_strv_length (words), >=, 9);
    g_assert_cmpstr (words[1], ==, "2");
    g_assert_cmpstr (words[2], ==, "1");
    g_assert_cmpstr (words[3], ==, "1");
    g_assert_cmpstr (words[5], ==, "1");
    g_assert_cmpstr (words[g_strv_length (words) - 1], ==, "300");
  }
}

/* What openpyxl (not our code) reads in a workbook, one fact a line; NULL when it cannot run
 * here, and the test is skipped. */
static char *
read_workbook (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "..", "reports", "read-xlsx.py",
                                                   NULL);
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no /usr/bin/python3 to read the workbook");
      return NULL;
    }

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_free (out);
      g_test_skip ("python3-openpyxl is not installed (build-aux/install-deps --test)");
      return NULL;
    }
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  return out;
}

static void
assert_line (const char *text,
             const char *line)
{
  g_autofree char *with_newlines = g_strdup_printf ("\n%s\n", line);
  g_autofree char *framed = g_strdup_printf ("\n%s", text);

  if (strstr (framed, with_newlines) == NULL)
    g_error ("“%s” has no line “%s”", text, line);
}

/* The register of a month or a period and a month's statistics, written as Excel workbooks
 * and read back by openpyxl; without -o, as text. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *register_path = g_build_filename (f->dir, "october.xlsx", NULL);
  g_autofree char *period_path = g_build_filename (f->dir, "five days.xlsx", NULL);
  g_autofree char *statistics_path = g_build_filename (f->dir, "statistics.xlsx", NULL);
  g_autofree char *bad_path = g_build_filename (f->dir, "october.txt", NULL);
  g_autofree char *workbook = NULL;
  g_autoptr(CliResult) first = NULL;
  g_autoptr(CliResult) second = NULL;
  g_autoptr(CliResult) resolve = NULL;
  g_autoptr(CliResult) month = NULL;
  g_autoptr(CliResult) period = NULL;
  g_autoptr(CliResult) statistics = NULL;
  g_autoptr(CliResult) text = NULL;
  g_autoptr(CliResult) bad_name = NULL;
  g_autoptr(CliResult) both = NULL;
  g_autoptr(CliResult) neither = NULL;
  g_autoptr(CliResult) statistics_of_days = NULL;
  g_autoptr(CliResult) bad_month = NULL;
  g_autoptr(CliResult) clerk = NULL;

  first = run_as (f, "sunhao", "complaints", "add", "--received", "2026-10-05 08:00",
                  "--category", "billing", "--name", "甲", "--phone", "13812345678",
                  "--description", "多扣费", NULL);
  second = run_as (f, "sunhao", "complaints", "add", "--received", "2026-10-05 09:00",
                   "--channel", "letter", "--category", "network", "--name", "乙",
                   "--description", "没信号", NULL);
  assert_success (first);
  assert_success (second);
  set_now (f, "2026-10-05T13:00:00+08:00");
  resolve = run_as (f, "sunhao", "complaints", "event", "--id", "1", "--kind", "resolved",
                    "--note", "已退", NULL);
  assert_success (resolve);

  /* The month's register. */
  month = run_as (f, "zhengwei", "complaints", "export", "--month", "2026-10", "-o",
                  register_path, NULL);
  assert_success (month);
  assert_contains (month->out, "Wrote Complaint register — 2026-10-01 – 2026-10-31 to ");
  workbook = read_workbook (register_path);
  if (workbook == NULL)
    return;
  assert_line (workbook, "sheets\tSummary\tComplaints");
  assert_line (workbook, "property\ttitle\tComplaint register");
  assert_line (workbook, "property\tcreator\t郑伟");
  assert_line (workbook, "dimensions\tComplaints\t3\t11");
  assert_line (workbook, "cell\tComplaints!A2\ts\t1\tGeneral\tplain");
  assert_line (workbook, "cell\tComplaints!B2\td\t2026-10-05T08:00:00\tyyyy-mm-dd hh:mm:ss\tplain");
  assert_line (workbook, "cell\tComplaints!E2\ts\t138****5678\tGeneral\tplain");
  assert_line (workbook, "cell\tComplaints!H2\td\t2026-10-06T08:00:00\tyyyy-mm-dd hh:mm:ss\tplain");
  assert_line (workbook, "cell\tComplaints!I2\ts\tResolved\tGeneral\tplain");
  assert_line (workbook, "cell\tComplaints!C3\ts\tBy letter\tGeneral\tplain");
  assert_line (workbook, "cell\tComplaints!I3\ts\tOpen\tGeneral\tplain");
  g_assert_null (strstr (workbook, "13812345678"));
  g_clear_pointer (&workbook, g_free);

  /* A period of days: only the complaints received in it. */
  period = run_as (f, "sunhao", "complaints", "export", "--from", "2026-10-01", "--to",
                   "2026-10-04", "--output", period_path, NULL);
  assert_success (period);
  workbook = read_workbook (period_path);
  assert_line (workbook, "dimensions\tComplaints\t1\t11");
  g_clear_pointer (&workbook, g_free);

  /* The month's statistics: the on-time rate a number the spreadsheet formats. */
  statistics = run_as (f, "liqiang", "complaints", "export", "--month", "2026-10",
                       "--statistics", "-o", statistics_path, NULL);
  assert_success (statistics);
  assert_contains (statistics->out, "Wrote Complaint statistics — 2026-10 to ");
  workbook = read_workbook (statistics_path);
  assert_line (workbook, "sheets\tSummary\tBy category\tBy channel\tBy day");
  assert_line (workbook, "cell\tBy category!A1\ts\tCategory\tGeneral\tbold");
  assert_line (workbook, "cell\tBy category!B2\tn\t1\t#,##0\tplain");
  assert_line (workbook, "cell\tBy category!H2\tn\t1\t0.0%\tplain");
  assert_contains (workbook, "\tComplaints received\t");

  /* Without -o: the same report as text. */
  text = run_as (f, "sunhao", "complaints", "export", "--month", "2026-10", NULL);
  assert_success (text);
  assert_contains (text->out, "Complaint register — 文三路营业厅, 2026-10-01 – 2026-10-31\n");
  assert_contains (text->out, "Complaints: 2\n");
  assert_contains (text->out, "138****5678");

  /* What is refused, and leaves no file. */
  bad_name = run_as (f, "sunhao", "complaints", "export", "--month", "2026-10", "-o", bad_path,
                     NULL);
  both = run_as (f, "sunhao", "complaints", "export", "--month", "2026-10", "--from",
                 "2026-10-01", "--to", "2026-10-31", NULL);
  neither = run_as (f, "sunhao", "complaints", "export", NULL);
  statistics_of_days = run_as (f, "sunhao", "complaints", "export", "--from", "2026-10-01",
                               "--to", "2026-10-31", "--statistics", NULL);
  bad_month = run_as (f, "sunhao", "complaints", "export", "--month", "2026-13", NULL);
  clerk = run_as (f, "zhangli", "complaints", "export", "--month", "2026-10", "-o",
                  register_path, NULL);
  assert_failure (bad_name, 1, "the name must end in .xlsx");
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  assert_failure (both, 2, "either --month, or --from and --to");
  assert_failure (neither, 2, "either --month, or --from and --to");
  assert_failure (statistics_of_days, 2, "--statistics");
  assert_failure (bad_month, 2, "not a month");
  assert_failure (clerk, 1, "permission denied");
}

static void
test_opinions_and_service_log (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CliResult) add = NULL;
  g_autoptr(CliResult) none_flagged = NULL;
  g_autoptr(CliResult) flagged = NULL;
  g_autoptr(CliResult) reply = NULL;
  g_autoptr(CliResult) proposal = NULL;
  g_autoptr(CliResult) manager_save = NULL;
  g_autoptr(CliResult) save = NULL;
  g_autoptr(CliResult) shown = NULL;
  g_autoptr(CliResult) complaint = NULL;

  add = run_as (f, "zhengwei", "complaints", "opinion-add", "--text", "排队太久",
                "--contact", "13912345678", NULL);
  assert_success (add);
  assert_contains (add->out, "processed before 2026-10-07 00:00");

  set_now (f, "2026-10-06T23:59:00+08:00");
  none_flagged = run_as (f, "zhengwei", "complaints", "opinions", "--flagged", NULL);
  assert_success (none_flagged);
  g_assert_cmpstr (none_flagged->out, ==, "No entry is waiting past its time.\n");

  set_now (f, "2026-10-07T08:00:00+08:00");
  flagged = run_as (f, "zhengwei", "complaints", "opinions", "--flagged", NULL);
  assert_success (flagged);
  assert_contains (flagged->out, "排队太久");
  assert_contains (flagged->out, "139****5678");
  assert_contains (flagged->out, "overdue");

  reply = run_as (f, "zhengwei", "complaints", "opinion-reply", "--id", "1", "--reply",
                  "已增开窗口", NULL);
  assert_success (reply);
  g_assert_cmpstr (reply->out, ==, "Processed opinion book entry 1, after its time.\n");

  /* The service log of the 5th: proposed from its records, saved by the officer only. */
  complaint = run_as (f, "sunhao", "complaints", "add", "--received", "2026-10-05 09:00",
                      "--category", "handset", "--name", "丙", "--description", "手机死机",
                      NULL);
  assert_success (complaint);
  proposal = run_as (f, "sunhao", "complaints", "service-log", "--date", "2026-10-05", NULL);
  assert_success (proposal);
  assert_contains (proposal->out, "proposed from the day’s records (not saved)");
  assert_contains (proposal->out, "Complaints received: 1 (");
  assert_contains (proposal->out, "Opinion book entries: 1.");
  assert_contains (proposal->out, "Handset: 1 (a week earlier: 0)");

  manager_save = run_as (f, "zhengwei", "complaints", "service-log-save", "--date", "2026-10-05",
                         NULL);
  assert_failure (manager_save, 1, "Complaint officer");

  save = run_as (f, "sunhao", "complaints", "service-log-save", "--date", "2026-10-05",
                 "--inquiry", "5G套餐咨询较多", NULL);
  assert_success (save);
  g_assert_cmpstr (save->out, ==, "Saved the service log of 2026-10-05, revision 1.\n");

  shown = run_as (f, "zhengwei", "complaints", "service-log", "--date", "2026-10-05", NULL);
  assert_success (shown);
  assert_contains (shown->out, "revision 1, saved by 孙浩");
  assert_contains (shown->out, "5G套餐咨询较多");
  assert_contains (shown->out, "Handset: 1 (a week earlier: 0)");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM service_logs"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/complaints/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("help", test_help);
  ADD ("usage", test_usage);
  ADD ("register-and-events", test_register_and_events);
  ADD ("sign-day", test_sign_day);
  ADD ("stats", test_stats);
  ADD ("export", test_export);
  ADD ("opinions-and-service-log", test_opinions_and_service_log);

#undef ADD

  return g_test_run ();
}
