/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-repairs.c: end-to-end tests of hallkeeper-cli repairs, the built program run over a
 * copy of a small demo hall with its clock fixed.
 *
 * The demo (eight days of counter and repair work ending 2026-10-20) is built once; each case
 * copies it into its own temporary directory, runs the program with HALLKEEPER_NOW on
 * 2026-10-21 and checks the exit status, stdout, stderr and, with plain SQLite, the file.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define NOW "2026-10-21T10:00:00+08:00"
#define TODAY "2026-10-21"
#define IMEI "352099001761481"

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

static char *template_dir;
static char *template_db;

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

/* Runs hallkeeper-cli in @dir as @login (password "demo"; %NULL: no --operator) on --database
 * @db, with the clock at NOW. */
static CliResult *
run_in (const char *dir,
        const char *db,
        const char *login,
        ...) G_GNUC_NULL_TERMINATED;

static CliResult *
run_in (const char *dir,
        const char *db,
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
  g_subprocess_launcher_set_cwd (launcher, dir);
  g_subprocess_launcher_set_child_setup (launcher, detach_from_terminal, NULL, NULL);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_setenv (launcher, "HALLKEEPER_PASSWORD", "demo", TRUE);
  g_subprocess_launcher_setenv (launcher, "HALLKEEPER_NOW", NOW, TRUE);

  g_ptr_array_add (args, (gpointer)program);
  g_ptr_array_add (args, (gpointer)"--database");
  g_ptr_array_add (args, (gpointer)db);
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

#define run(f, login, ...) run_in ((f)->dir, (f)->db, login, __VA_ARGS__)

static void
assert_success (CliResult *r)
{
  if (r->status != 0 || *r->err != '\0')
    g_error ("exit %d, stderr “%s”", r->status, r->err);
}

static void
assert_failure (CliResult  *r,
                int         status,
                const char *expected)
{
  g_assert_cmpint (r->status, ==, status);
  g_assert_true (g_str_has_prefix (r->err, "hallkeeper-cli: "));
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

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return value;
}

static char *
raw_query_text (const char *path,
                const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return value;
}

static void
assert_is_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
}

/* ---- the hall ---- */

static void
build_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CliResult) r = NULL;

  template_dir = g_dir_make_tmp ("hallkeeper-cli-repairs-XXXXXX", &error);
  g_assert_no_error (error);
  template_db = g_build_filename (template_dir, "demo.db", NULL);

  r = run_in (template_dir, template_db, NULL, "demo", "--days", "8", NULL);
  assert_success (r);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  f->dir = g_dir_make_tmp ("hallkeeper-cli-repairs-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "hall.db", NULL);

  g_assert_true (g_file_get_contents (template_db, &contents, &length, &error));
  g_assert_true (g_file_set_contents (f->db, contents, length, &error));
  g_assert_no_error (error);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

/* A new ticket, as the technician registers it; its number. */
static char *
intake (Fixture    *f,
        const char *imei)
{
  g_autofree char *slip = g_build_filename (f->dir, "slip.pdf", NULL);
  g_autoptr(CliResult) r = run (f, "wulei", "repairs", "intake", "--customer", "王小明",
                                "--phone", "13812345678", "--brand", "华为", "--model", "P40",
                                "--imei", imei, "--fault", "屏幕碎裂",
                                "--accessories", "battery,charger", "--condition",
                                "cracked-screen", "--warranty", "out", "--estimate", "450",
                                "--deposit", "100.00", "--promised", "2026-10-24",
                                "--slip", slip, NULL);

  assert_success (r);
  assert_is_pdf (slip);
  g_assert_true (g_str_has_suffix (r->out, "\n"));

  return g_strndup (r->out, strlen (r->out) - 1);
}

/* ---- cases ---- */

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CliResult) top = run (f, NULL, "repairs", "--help", NULL);
  g_autoptr(CliResult) parts = run (f, NULL, "repairs", "parts", "--help", NULL);
  g_autoptr(CliResult) pickup = run (f, NULL, "repairs", "pickup", "--help", NULL);
  g_autoptr(CliResult) tool = run (f, NULL, "--help", NULL);
  const char *subcommands[] = { "intake", "status", "dispatch", "return", "fee", "void-fee",
                                "callback", "pickup", "list", "show", "history", "slip",
                                "batches", "dispatch-list", "custody", "parts", "export" };

  assert_success (top);
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", subcommands[i]);

      assert_contains (top->out, line);
    }
  assert_success (parts);
  assert_contains (parts->out, "count");
  assert_success (pickup);
  assert_contains (pickup->out, "--clerk-receipt");
  assert_contains (pickup->out, "--on-shift");
  assert_success (tool);
  assert_contains (tool->out, "repairs");
}

static void
test_intake (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *first = intake (f, IMEI);
  g_autofree char *second = intake (f, "35-209900-176148-1");
  g_autoptr(CliResult) show = NULL;
  g_autoptr(CliResult) history = NULL;

  /* Printed alone, for scripts; the day's numbers run on. */
  g_assert_cmpstr (first, ==, "R20261021-0001");
  g_assert_cmpstr (second, ==, "R20261021-0002");
  g_assert_cmpint (raw_query_int (f->db, "SELECT deposit FROM repair_tickets"
                                  " WHERE ticket_no = 'R20261021-0001'"), ==, 10000);

  /* Even the technician's terminal shows the phone number masked; the timeline says who
   * received it. */
  show = run (f, "wulei", "repairs", "show", "--ticket", first, NULL);
  assert_success (show);
  assert_contains (show->out, "138****5678");
  g_assert_null (strstr (show->out, "13812345678"));
  assert_contains (show->out, "Battery, Charger");
  assert_contains (show->out, "Received at the repair desk");
  assert_contains (show->out, "吴磊");

  history = run (f, "zhengwei", "repairs", "history", "--imei", IMEI, NULL);
  assert_success (history);
  assert_contains (history->out, first);
  assert_contains (history->out, second);
  /* Lists mask the phone. */
  assert_contains (history->out, "138****5678");
  g_assert_null (strstr (history->out, "13812345678"));
}

static void
test_intake_refused (Fixture       *f,
                     gconstpointer  data)
{
  gint64 before = raw_query_int (f->db, "SELECT count(*) FROM repair_tickets");
  g_autoptr(CliResult) imei = run (f, "wulei", "repairs", "intake", "--customer", "王小明",
                                   "--phone", "13812345678", "--brand", "华为", "--model", "P40",
                                   "--imei", "352099001761482", "--fault", "x", "--promised",
                                   TODAY, NULL);
  g_autoptr(CliResult) letters = run (f, "wulei", "repairs", "intake", "--customer", "王小明",
                                      "--phone", "13812345678", "--brand", "华为", "--model",
                                      "P40", "--imei", "35209900176148A", "--fault", "x",
                                      "--promised", TODAY, NULL);
  g_autoptr(CliResult) clerk = run (f, "zhangli", "repairs", "intake", "--customer", "王小明",
                                    "--phone", "13812345678", "--brand", "华为", "--model", "P40",
                                    "--imei", IMEI, "--fault", "x", "--promised", TODAY, NULL);
  g_autoptr(CliResult) no_day = run (f, "wulei", "repairs", "intake", "--customer", "王小明",
                                     "--phone", "13812345678", "--imei", IMEI, NULL);
  g_autoptr(CliResult) accessory = run (f, "wulei", "repairs", "intake", "--customer", "王",
                                        "--phone", "13812345678", "--imei", IMEI,
                                        "--promised", TODAY, "--accessories", "pen", NULL);

  assert_failure (imei, 1, "check digit");
  assert_failure (letters, 1, "not a digit");
  assert_failure (clerk, 1, "permission denied");
  assert_failure (no_day, 2, "--promised");
  assert_failure (accessory, 1, "Unknown accessory “pen”");
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM repair_tickets"), ==, before);
}

/* From intake to pickup, charged on a clerk's receipt. */
static void
test_flow (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *ticket = intake (f, IMEI);
  g_autofree char *receipt = NULL;
  g_autoptr(CliResult) diagnosing = NULL;
  g_autoptr(CliResult) fee = NULL;
  g_autoptr(CliResult) part = NULL;
  g_autoptr(CliResult) voided = NULL;
  g_autoptr(CliResult) ready = NULL;
  g_autoptr(CliResult) callbacks = NULL;
  g_autoptr(CliResult) no_id = NULL;
  g_autoptr(CliResult) missing = NULL;
  g_autoptr(CliResult) wrong = NULL;
  g_autoptr(CliResult) pickup = NULL;
  g_autoptr(CliResult) show = NULL;
  g_autofree char *line_id = NULL;

  diagnosing = run (f, "wulei", "repairs", "status", "--ticket", ticket, "--to", "diagnosing",
                    "--note", "主板故障", NULL);
  assert_success (diagnosing);
  assert_contains (diagnosing->out, "Diagnosing");

  fee = run (f, "wulei", "repairs", "fee", "--ticket", ticket, "--kind", "diagnosis", "--item",
             "RPR-JC", NULL);
  assert_success (fee);
  assert_contains (fee->out, "¥30.00");

  /* A part, then voided: the stock is as before. */
  part = run (f, "wulei", "repairs", "fee", "--ticket", ticket, "--part", "BAT-GEN", NULL);
  assert_success (part);
  assert_contains (part->out, "¥150.00");
  line_id = raw_query_text (f->db, "SELECT max (id) FROM repair_fee_lines");
  voided = run (f, "wulei", "repairs", "void-fee", "--ticket", ticket, "--line", line_id,
                "--reason", "电池不是问题", NULL);
  assert_success (voided);
  assert_contains (voided->out, "¥30.00");

  ready = run (f, "wulei", "repairs", "status", "--ticket", ticket, "--to", "unrepaired", NULL);
  assert_failure (ready, 1, "why");
  g_clear_pointer (&ready, cli_result_free);
  ready = run (f, "wulei", "repairs", "status", "--ticket", ticket, "--to", "unrepaired",
               "--note", "客户不修了", NULL);
  assert_success (ready);

  callbacks = run (f, "zhengwei", "repairs", "list", "--callbacks", NULL);
  assert_success (callbacks);
  assert_contains (callbacks->out, ticket);

  no_id = run (f, "wulei", "repairs", "pickup", "--ticket", ticket, "--collected-by", "王小明",
               "--accessories", "battery,charger", NULL);
  assert_failure (no_id, 1, "identity document");

  missing = run (f, "wulei", "repairs", "pickup", "--ticket", ticket, "--collected-by", "王小明",
                 "--id-checked", "--accessories", "battery", "--clerk-receipt", "x", NULL);
  assert_failure (missing, 1, "not handed back: Charger");

  /* A clerk's receipt of the right amount, with the repair fee on it, pays for it. */
  receipt = raw_query_text (f->db,
                            "SELECT r.invoice_code || '-' || printf ('%08d', r.number)"
                            " FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id"
                            " JOIN fee_items i ON i.id = l.fee_item_id"
                            " WHERE i.code = 'RPR-JC' AND r.total = 3000 AND r.status = 'issued'"
                            " AND r.id NOT IN (SELECT receipt_id FROM repair_tickets"
                            "   WHERE receipt_id IS NOT NULL)"
                            " ORDER BY r.id LIMIT 1");
  wrong = run (f, "wulei", "repairs", "pickup", "--ticket", ticket, "--collected-by", "王小明",
               "--id-checked", "--accessories", "battery,charger", "--on-shift", NULL);
  assert_failure (wrong, 1, "Open your shift");

  pickup = run (f, "wulei", "repairs", "pickup", "--ticket", ticket, "--collected-by", "王小明",
                "--id-checked", "--accessories", "battery,charger", "--clerk-receipt", receipt,
                NULL);
  assert_success (pickup);
  assert_contains (pickup->out, receipt);
  assert_contains (pickup->out, "deposit refunded ¥70.00");

  show = run (f, "wulei", "repairs", "show", "--ticket", ticket, NULL);
  assert_success (show);
  assert_contains (show->out, "Returned unrepaired");
  assert_contains (show->out, "Handed back unrepaired: 王小明");
  assert_contains (show->out, "void: 电池不是问题");
}

static void
test_city_company (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *a = intake (f, IMEI);
  g_autofree char *b = intake (f, "490154203237518");
  g_autofree char *list_pdf = g_build_filename (f->dir, "list.pdf", NULL);
  g_autofree char *again_pdf = g_build_filename (f->dir, "again.pdf", NULL);
  g_autoptr(CliResult) refused = NULL;
  g_autoptr(CliResult) to_a = NULL;
  g_autoptr(CliResult) to_b = NULL;
  g_autoptr(CliResult) sent = NULL;
  g_autoptr(CliResult) back = NULL;
  g_autoptr(CliResult) batches = NULL;
  g_autoptr(CliResult) export = NULL;
  g_autoptr(CliResult) again = NULL;
  g_autoptr(CliResult) status = NULL;
  g_autofree char *batch = NULL;

  /* A received device is looked at before it goes. */
  refused = run (f, "wulei", "repairs", "dispatch", "--ticket", a, "--courier", "顺丰", NULL);
  assert_failure (refused, 1, "cannot go to");

  to_a = run (f, "wulei", "repairs", "status", "--ticket", a, "--to", "diagnosing", NULL);
  to_b = run (f, "wulei", "repairs", "status", "--ticket", b, "--to", "diagnosing", NULL);
  assert_success (to_a);
  assert_success (to_b);

  /* Sending is its own subcommand. */
  status = run (f, "wulei", "repairs", "status", "--ticket", a, "--to", "sent-out", NULL);
  assert_failure (status, 1, "dispatch batch");

  sent = run (f, "wulei", "repairs", "dispatch", "--ticket", a, "--ticket", b, "--courier",
              "顺丰 张师傅", "--waybill", "SF123", "--list", list_pdf, NULL);
  assert_success (sent);
  batch = g_strstrip (g_strdup (sent->out));
  g_assert_true (g_str_has_prefix (batch, "S20261021-"));
  assert_is_pdf (list_pdf);

  back = run (f, "wulei", "repairs", "return", "--ticket", a, "--report", "更换主板", NULL);
  assert_success (back);

  batches = run (f, "liqiang", "repairs", "batches", NULL);
  assert_success (batches);
  assert_contains (batches->out, batch);

  export = run (f, "zhaomin", "repairs", "export", "--batch", batch, NULL);
  assert_success (export);
  assert_contains (export->out, "Dispatch list");
  assert_contains (export->out, a);
  assert_contains (export->out, "更换主板");
  assert_contains (export->out, "顺丰 张师傅");

  again = run (f, "wulei", "repairs", "dispatch-list", "--batch", batch, "--pdf", again_pdf, NULL);
  assert_success (again);
  assert_is_pdf (again_pdf);

  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM repair_batch_items"
                                  " WHERE returned_at IS NULL AND batch_id ="
                                  " (SELECT max (id) FROM repair_batches)"), ==, 1);
}

static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *ticket = intake (f, IMEI);
  g_autoptr(CliResult) all = run (f, "wulei", "repairs", "list", NULL);
  g_autoptr(CliResult) received = run (f, "wulei", "repairs", "list", "--status", "received",
                                       "--search", "13812345678", NULL);
  g_autoptr(CliResult) bad_status = run (f, "wulei", "repairs", "list", "--status", "fixed",
                                         NULL);
  g_autoptr(CliResult) overdue = run (f, "wulei", "repairs", "list", "--overdue", NULL);
  g_autoptr(CliResult) clerk = run (f, "zhangli", "repairs", "list", NULL);
  g_autoptr(CliResult) custody = run (f, "wulei", "repairs", "custody", "--date", "2026-10-20",
                                      NULL);
  g_autoptr(CliResult) register_ = run (f, "zhaomin", "repairs", "export", "--month", "2026-10",
                                        NULL);
  g_autoptr(CliResult) no_period = run (f, "zhaomin", "repairs", "export", NULL);
  g_autoptr(CliResult) bad_month = run (f, "zhaomin", "repairs", "export", "--month", "2026-13",
                                        NULL);

  assert_success (all);
  assert_contains (all->out, ticket);
  assert_contains (all->out, "R20261020-");
  assert_success (received);
  assert_contains (received->out, ticket);
  g_assert_null (strstr (received->out, "R20261020-"));
  assert_failure (bad_status, 1, "Unknown repair status “fixed”");
  assert_success (overdue);
  g_assert_null (strstr (overdue->out, ticket));
  assert_failure (clerk, 1, "permission denied");

  assert_success (custody);
  assert_contains (custody->out, "Custody at the end of 2026-10-20");
  assert_contains (custody->out, "Deposits held");
  assert_contains (custody->out, "SCR-GEN");

  assert_success (register_);
  assert_contains (register_->out, "Repair register — 2026-10-01 – 2026-10-31");
  assert_contains (register_->out, ticket);
  assert_contains (register_->out, "Days to ready");
  assert_contains (register_->out, "138****5678");
  g_assert_null (strstr (register_->out, "13812345678"));
  assert_failure (no_period, 2, "--month");
  assert_failure (bad_month, 2, "not a month");
}

static void
test_parts (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CliResult) add = run (f, "wulei", "repairs", "parts", "add", "--code", "SPK-01",
                                  "--name", "扬声器", "--item", "RPR-HP", NULL);
  g_autoptr(CliResult) receive = run (f, "wulei", "repairs", "parts", "receive", "--code",
                                      "SPK-01", "--quantity", "5", NULL);
  g_autoptr(CliResult) short_count = run (f, "wulei", "repairs", "parts", "count", "--code",
                                          "SPK-01", "--counted", "4", NULL);
  g_autoptr(CliResult) noted = run (f, "zhengwei", "repairs", "parts", "count", "--code",
                                    "SPK-01", "--counted", "4", "--note", "少一个", NULL);
  g_autoptr(CliResult) list = run (f, "wulei", "repairs", "parts", "list", NULL);
  g_autoptr(CliResult) clerk = run (f, "zhangli", "repairs", "parts", "receive", "--code",
                                    "SPK-01", "--quantity", "1", NULL);

  assert_success (add);
  assert_success (receive);
  assert_contains (receive->out, "5 on hand");
  assert_failure (short_count, 1, "say why they differ");
  assert_success (noted);
  assert_contains (noted->out, "4 on hand");
  assert_success (list);
  assert_contains (list->out, "SPK-01");
  assert_contains (list->out, "扬声器");
  assert_failure (clerk, 1, "permission denied");
  g_assert_cmpint (raw_query_int (f->db, "SELECT sum (quantity) FROM repair_part_movements m"
                                  " JOIN repair_parts p ON p.id = m.part_id"
                                  " WHERE p.code = 'SPK-01'"), ==, 4);
}

/* What openpyxl (not our code) reads in @path, one fact a line (tests/reports/read-xlsx.py);
 * NULL, with the test skipped, where it cannot run. */
static char *
read_workbook (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "..", "reports", "read-xlsx.py",
                                                   NULL);
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no /usr/bin/python3 to read the workbook");
      return NULL;
    }

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("python3-openpyxl is not installed (build-aux/install-deps --test)");
      g_free (out);
      return NULL;
    }
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("read-xlsx.py failed: %s\n%s", error->message, err);

  return out;
}

/* The repair register of a month as an Excel workbook, read back by openpyxl: the ticket with
 * its turnaround columns, the phone masked; a name that is not .xlsx or .pdf writes nothing. */
static void
test_export_xlsx (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *ticket = intake (f, IMEI);
  g_autofree char *path = g_build_filename (f->dir, "repairs-2026-10.xlsx", NULL);
  g_autofree char *wrong = g_build_filename (f->dir, "repairs.csv", NULL);
  g_autofree char *ticket_cell = NULL;
  g_autofree char *workbook = NULL;
  g_autoptr(CliResult) export = run (f, "zhaomin", "repairs", "export", "--month", "2026-10",
                                     "-o", path, NULL);
  g_autoptr(CliResult) refused = run (f, "zhaomin", "repairs", "export", "--month", "2026-10",
                                      "-o", wrong, NULL);
  g_autoptr(CliResult) clerk = run (f, "zhangli", "repairs", "export", "--month", "2026-10",
                                    "-o", path, NULL);

  assert_success (export);
  assert_contains (export->out, "Wrote Repair register — 2026-10-01 – 2026-10-31 to ");
  assert_failure (refused, 1, "must end in .xlsx");
  g_assert_false (g_file_test (wrong, G_FILE_TEST_EXISTS));
  assert_failure (clerk, 1, "permission denied");

  if ((workbook = read_workbook (path)) == NULL)
    return;

  assert_contains (workbook, "sheets\tSummary\tRegister\tBy status\tTurnaround\n");
  ticket_cell = g_strdup_printf ("\ts\t%s\t", ticket);
  assert_contains (workbook, ticket_cell);
  assert_contains (workbook, "\ts\tDays to ready\t");
  assert_contains (workbook, "\ts\tDays in the hall\t");
  assert_contains (workbook, "\ts\t138****5678\t");
  g_assert_null (strstr (workbook, "13812345678"));
  /* Demo tickets of October that were repaired count their days as numbers. */
  g_assert_true (g_regex_match_simple ("cell\tRegister!P[0-9]+\tn\t[0-9]+", workbook,
                                       G_REGEX_MULTILINE, 0));
}

/* The demo leaves repairs in the file, charged on the technician's shift and on clerks'
 * receipts, and the audit chain whole. */
static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CliResult) verify = run (f, "zhaomin", "verify", NULL);

  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM repair_tickets"), >, 10);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM repair_tickets"
                                  " WHERE charge_mode = 'shift'"), >, 0);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM repair_tickets"
                                  " WHERE charge_mode = 'clerk-receipt'"), >, 0);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM repair_batches"), >, 0);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(DISTINCT status) FROM repair_tickets"),
                   >=, 7);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM repair_parts"), ==, 4);
  g_assert_cmpint (raw_query_int (f->db, "SELECT count(*) FROM daily_reports d"
                                  " JOIN operators o ON o.id = d.clerk_id"
                                  " WHERE o.login = 'wulei'"), >, 0);
  assert_success (verify);
  assert_contains (verify->out, "chain intact");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli-repairs/" path, Fixture, NULL, setup, func, teardown)

  ADD ("help", test_help);
  ADD ("intake", test_intake);
  ADD ("intake/refused", test_intake_refused);
  ADD ("flow", test_flow);
  ADD ("city-company", test_city_company);
  ADD ("lists", test_lists);
  ADD ("parts", test_parts);
  ADD ("export/xlsx", test_export_xlsx);
  ADD ("demo", test_demo);

#undef ADD

  build_template ();
  status = g_test_run ();
  remove_tree (template_dir);
  g_free (template_dir);
  g_free (template_db);

  return status;
}
