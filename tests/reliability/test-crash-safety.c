/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-crash-safety.c: the hall's real write paths killed with SIGKILL at random moments; every
 * database left behind reopens whole.
 *
 * The worker (this program run with --worker) builds the demonstration hall through the real
 * stores: operators, the tariff and invoice books, counter receipts, voids and corrections, an
 * import of the platform's receipts, shifts, daily reports submitted and signed, card stock
 * and card sales, customer files with access requests and releases, complaints and their
 * events, repairs. Its clock is fixed, so every run writes the same records in the same order.
 *
 * One run goes to the end: the reference. Then, many times, a worker starts on a new file and
 * is killed after a random delay (seeded: HK_CRASH_SEED, default below; HK_CRASH_KILLS runs,
 * HK_CRASH_DAYS days of demo). Each file it leaves is reopened and must show:
 *  - PRAGMA integrity_check and foreign_key_check clean, and `hallkeeper-cli verify` passing
 *    (the audit log's hash chain whole);
 *  - every receipt whole: lines and payments present, total = sum of lines = sum of payments;
 *  - every write there with its audit entry or not at all (receipts, voids, corrections,
 *    imports, signatures, complaint events, releases, card sales);
 *  - exactly a prefix of the reference: the audit log is the reference's first N entries, and
 *    the receipts are the reference's first M with the same numbers and totals, so numbering
 *    has no new gap and no write of the reference is missing in between.
 * The count of kills survived is printed at the end.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include "core/hk-audit-log.h"
#include "core/hk-context.h"
#include "core/hk-database.h"
#include "core/hk-demo.h"
#include "core/hk-complaint-store.h"
#include "core/hk-fee-item-store.h"
#include "core/hk-receipt-store.h"
#include "core/hk-shift-store.h"
#include "hk-reliability-util.h"

#define DEFAULT_SEED 20261128
#define DEFAULT_KILLS 12
#define DEFAULT_DAYS 2
#define NOW "2026-10-21T10:00:00+08:00"

static const char *self_path;

/* Each query counts the rows that break one rule; every count must be 0. */
static const struct
{
  const char *rule;
  const char *sql;
} rules[] = {
  { "a receipt without lines",
    "SELECT count(*) FROM receipts r WHERE NOT EXISTS"
    " (SELECT 1 FROM receipt_lines l WHERE l.receipt_id = r.id)" },
  { "a receipt without payments",
    "SELECT count(*) FROM receipts r WHERE NOT EXISTS"
    " (SELECT 1 FROM receipt_payments p WHERE p.receipt_id = r.id)" },
  { "a line without its receipt",
    "SELECT count(*) FROM receipt_lines l WHERE NOT EXISTS"
    " (SELECT 1 FROM receipts r WHERE r.id = l.receipt_id)" },
  { "a payment without its receipt",
    "SELECT count(*) FROM receipt_payments p WHERE NOT EXISTS"
    " (SELECT 1 FROM receipts r WHERE r.id = p.receipt_id)" },
  { "a receipt whose total is not the sum of its lines",
    "SELECT count(*) FROM receipts r WHERE total !="
    " (SELECT sum(amount) FROM receipt_lines l WHERE l.receipt_id = r.id)" },
  { "a receipt whose total is not the sum of its payments",
    "SELECT count(*) FROM receipts r WHERE total !="
    " (SELECT sum(amount) FROM receipt_payments p WHERE p.receipt_id = r.id)" },
  { "a counter receipt without its audit entry",
    "SELECT count(*) FROM receipts r WHERE source = 'counter' AND NOT EXISTS"
    " (SELECT 1 FROM audit_log a WHERE a.entity = 'receipt' AND a.entity_id = r.id"
    "  AND a.action IN ('receipt-issued', 'receipt-corrected'))" },
  { "an audit entry of a receipt that is not there",
    "SELECT count(*) FROM audit_log a WHERE a.entity = 'receipt' AND NOT EXISTS"
    " (SELECT 1 FROM receipts r WHERE r.id = a.entity_id)" },
  { "a void without its audit entry, or the other way round",
    "SELECT (SELECT count(*) FROM receipts r WHERE status = 'void' AND NOT EXISTS"
    "  (SELECT 1 FROM audit_log a WHERE a.action = 'receipt-voided' AND a.entity_id = r.id))"
    " + (SELECT count(*) FROM audit_log a WHERE a.action = 'receipt-voided' AND NOT EXISTS"
    "  (SELECT 1 FROM receipts r WHERE r.id = a.entity_id AND r.status = 'void'))" },
  { "an imported receipt without the import's audit entry",
    "SELECT count(*) FROM receipts r WHERE source = 'import' AND NOT EXISTS"
    " (SELECT 1 FROM audit_log a WHERE a.action = 'receipts-imported' AND r.id >= a.entity_id)" },
  { "a signature without its audit entry, or the other way round",
    "SELECT (SELECT count(*) FROM daily_reports d WHERE signed_at IS NOT NULL AND NOT EXISTS"
    "  (SELECT 1 FROM audit_log a WHERE a.action = 'daily-report-signed'"
    "   AND a.entity_id = d.id))"
    " + (SELECT count(*) FROM audit_log a WHERE a.action = 'daily-report-signed' AND NOT EXISTS"
    "  (SELECT 1 FROM daily_reports d WHERE d.id = a.entity_id AND d.signed_at IS NOT NULL))" },
  { "a complaint whose events and audit entries differ in number",
    "SELECT count(*) FROM complaints c WHERE"
    " (SELECT count(*) FROM complaint_events e WHERE e.complaint_id = c.id) !="
    " (SELECT count(*) FROM audit_log a WHERE a.entity = 'complaint' AND a.entity_id = c.id)" },
  { "an audit entry of a customer file that is not there",
    "SELECT count(*) FROM audit_log a WHERE a.entity = 'customer-file' AND NOT EXISTS"
    " (SELECT 1 FROM customer_files f WHERE f.id = a.entity_id)" },
  { "a card sale's audit entry without its receipt",
    "SELECT count(*) FROM audit_log a WHERE a.action = 'card-sale-recorded' AND NOT EXISTS"
    " (SELECT 1 FROM receipts r WHERE r.id = a.entity_id)" },
};

static guint
env_uint (const char *name,
          guint       fallback)
{
  const char *value = g_getenv (name);

  return value != NULL && *value != '\0' ? (guint)g_ascii_strtoull (value, NULL, 10) : fallback;
}

/* ---- the worker ---- */

static int
run_worker (const char *path,
            guint       n_days)
{
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GError) error = NULL;

  if (!(database = hk_database_open (path, &error)))
    goto failed;
  context = hk_context_new (database);
  if (!hk_demo_populate (context, n_days, &error))
    goto failed;

  return 0;

failed:
  g_printerr ("worker: %s\n", error->message);
  return 1;
}

static HkOperator *
find_operator (HkContext  *context,
               const char *login,
               GError    **error)
{
  return hk_operator_store_lookup (hk_context_get_operator_store (context), login, error);
}

static gboolean
write_ack (FILE       *acks,
           const char *kind,
           gint64      id)
{
  fprintf (acks, "%s %lld\n", kind, (long long)id);
  return fflush (acks) == 0;
}

/* The counter after the demo: receipts of one to three lines, voids, complaint notes, each
 * in its own transaction, for ever. After each write returns, "kind id" goes to @acks_path:
 * what the worker was told is saved must survive the kill. */
static int
run_counter_worker (const char *path,
                    const char *acks_path,
                    guint       seed)
{
  static const char *item_codes[] = { "SVC-XH", "SVC-BK", "SVC-GH", "OTH-FY", "TOP-050" };
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkOperator) officer = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkComplaint) complaint = NULL;
  g_autoptr(HkReceipt) last = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;
  gint64 item_ids[G_N_ELEMENTS (item_codes)];
  gint64 prices[G_N_ELEMENTS (item_codes)];
  FILE *acks;

  if (!(database = hk_database_open (path, &error)))
    goto failed;
  context = hk_context_new (database);
  if (!(clerk = find_operator (context, "zhangli", &error)) ||
      !(officer = find_operator (context, "sunhao", &error)))
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (item_codes); i++)
    {
      g_autoptr(HkFeeItem) item = hk_fee_item_store_lookup (hk_context_get_fee_item_store (context),
                                                            item_codes[i], &error);
      if (item == NULL)
        goto failed;
      item_ids[i] = hk_fee_item_get_id (item);
      prices[i] = hk_fee_item_get_price (item);
    }

  /* A shift opened by an earlier, killed worker goes on. */
  shift = hk_shift_store_get_open (hk_context_get_shift_store (context), hk_operator_get_id (clerk),
                                   NULL);
  if (shift == NULL &&
      !(shift = hk_shift_store_open (hk_context_get_shift_store (context), clerk, 50000, &error)))
    goto failed;

  if ((acks = g_fopen (acks_path, "a")) == NULL)
    g_error ("cannot open %s", acks_path);

  /* The first complaint that takes a note (open, not overdue) takes them all; none may. */
  for (gint64 id = 1; complaint == NULL && id < 1000; id++)
    {
      g_autoptr(HkComplaint) candidate = hk_complaint_store_lookup (
        hk_context_get_complaint_store (context), id, NULL);

      if (candidate == NULL)
        break;
      if (hk_complaint_get_status (candidate) != HK_COMPLAINT_CLOSED &&
          (complaint = hk_complaint_store_add_note (hk_context_get_complaint_store (context),
                                                    officer, candidate, "crash-safety note",
                                                    NULL)) != NULL)
        write_ack (acks, "note", id);
    }

  for (;;)
    {
      guint choice = g_rand_int_range (rand, 0, 10);

      if (choice < 7 || last == NULL)
        {
          HkReceiptLineInput lines[3] = { 0 };
          HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, 0 };
          guint n_lines = g_rand_int_range (rand, 1, 4);
          g_autoptr(HkReceipt) receipt = NULL;

          for (guint i = 0; i < n_lines; i++)
            {
              guint which = (i + g_rand_int_range (rand, 0, 5)) % G_N_ELEMENTS (item_ids);

              lines[i].fee_item_id = item_ids[which];
              lines[i].quantity = g_rand_int_range (rand, 1, 4);
              payment.amount += lines[i].quantity * prices[which];
            }
          if (!(receipt = hk_receipt_store_issue (hk_context_get_receipt_store (context), clerk,
                                                  NULL, lines, n_lines, &payment, 1, NULL,
                                                  &error)))
            goto failed;
          write_ack (acks, "receipt", hk_receipt_get_id (receipt));
          g_set_object (&last, receipt);
        }
      else if (choice < 9 || complaint == NULL)
        {
          g_autoptr(HkReceipt) voided = NULL;

          if (hk_receipt_get_status (last) == HK_RECEIPT_VOID)
            continue;
          if (!(voided = hk_receipt_store_void (hk_context_get_receipt_store (context), clerk,
                                                last, "crash-safety: customer cancelled",
                                                &error)))
            goto failed;
          write_ack (acks, "void", hk_receipt_get_id (voided));
          g_set_object (&last, voided);
        }
      else
        {
          g_autoptr(HkComplaint) noted = NULL;

          if (!(noted = hk_complaint_store_add_note (hk_context_get_complaint_store (context),
                                                     officer, complaint, "crash-safety note",
                                                     &error)))
            goto failed;
          write_ack (acks, "note", hk_complaint_get_id (noted));
          g_set_object (&complaint, noted);
        }
    }

failed:
  g_printerr ("counter worker: %s\n", error->message);
  return 1;
}

/* Runs this program as a worker: "--worker DB DAYS" or "--counter-worker DB ACKS SEED". */
static GSubprocess *
spawn_self (const char *mode,
            const char *path,
            const char *arg1,
            const char *arg2)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_subprocess_launcher_setenv (launcher, "HALLKEEPER_NOW", NOW, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, self_path, mode, path, arg1, arg2,
                                         NULL);
  g_assert_no_error (error);

  return process;
}

static GSubprocess *
spawn_worker (const char *path,
              guint       n_days)
{
  g_autofree char *days = g_strdup_printf ("%u", n_days);

  return spawn_self ("--worker", path, days, NULL);
}

static GSubprocess *
spawn_counter_worker (const char *path,
                      const char *acks,
                      guint       seed)
{
  g_autofree char *seed_arg = g_strdup_printf ("%u", seed);

  return spawn_self ("--counter-worker", path, acks, seed_arg);
}

/* ---- what a file must show ---- */

/* "seq hash" of every audit entry, or "id code number total status" of every receipt. */
static GPtrArray *
read_lines (const char *path,
            const char *sql)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      GString *line = g_string_new (NULL);

      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (line, "%s%s", i > 0 ? " " : "",
                                (const char *)sqlite3_column_text (stmt, i));
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  return lines;
}

#define AUDIT_SQL "SELECT seq, hash FROM audit_log ORDER BY seq"
#define RECEIPTS_SQL "SELECT id, invoice_code, number, total, source FROM receipts ORDER BY id"

static void
assert_prefix (GPtrArray  *lines,
               GPtrArray  *reference,
               const char *what)
{
  g_assert_cmpuint (lines->len, <=, reference->len);
  for (guint i = 0; i < lines->len; i++)
    if (g_strcmp0 (g_ptr_array_index (lines, i), g_ptr_array_index (reference, i)) != 0)
      g_error ("%s %u is “%s”, the reference has “%s”", what, i + 1,
               (char *)g_ptr_array_index (lines, i), (char *)g_ptr_array_index (reference, i));
}

static gboolean
has_admin (HkDatabase *database)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (database, "SELECT 1 FROM operators WHERE login = 'admin'", &error);
  g_assert_no_error (error);

  return hk_statement_step (stmt, NULL);
}

/* Checks the file a killed worker left; returns how many audit entries it holds. */
static guint
check_survivor (const char *path,
                GPtrArray  *reference_audit,
                GPtrArray  *reference_receipts)
{
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GPtrArray) receipts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_entries = 0;

  /* Reopening runs SQLite's recovery of the write-ahead log, and finishes a migration cut
   * short. */
  database = hk_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (hk_database_check_integrity (database, &error));
  g_assert_no_error (error);
  g_assert_true (hk_audit_log_verify (database, &n_entries, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(HkStatement) stmt = hk_database_prepare (database, rules[i].sql, &error);

      g_assert_no_error (error);
      g_assert_true (hk_statement_step (stmt, &error));
      if (hk_statement_get_int64 (stmt, 0) != 0)
        g_error ("%s: %lld times %s", path, (long long)hk_statement_get_int64 (stmt, 0),
                 rules[i].rule);
    }

  /* Read before the CLI logs in, which writes its own audit entry. */
  audit = read_lines (path, AUDIT_SQL);
  receipts = read_lines (path, RECEIPTS_SQL);
  assert_prefix (audit, reference_audit, "audit entry");
  assert_prefix (receipts, reference_receipts, "receipt");

  /* The demo's password: the CLI logs in as its administrator, once that exists. */
  if (has_admin (database))
    {
      const char *env[] = { "HALLKEEPER_PASSWORD=" HK_DEMO_PASSWORD, NULL };
      g_autoptr(HkRelCliResult) cli = NULL;

      g_clear_object (&database);
      cli = hk_rel_cli_run (path, "admin", env, "verify", NULL);
      if (cli->status != 0)
        g_error ("hallkeeper-cli verify on %s: exit %d, %s", path, cli->status, cli->err);
      g_assert_nonnull (strstr (cli->out, "chain intact"));
    }
  g_clear_object (&database);

  return audit->len;
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

/* The reference demo, built by the first test that needs it. */
static struct
{
  guint      seed;
  guint      n_runs;
  guint      n_days;
  char      *dir;
  char      *path;
  double     full_run;
  GPtrArray *audit;
  GPtrArray *receipts;
  guint      n_killed;
} harness;

static void
build_reference (void)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();

  if (harness.path != NULL)
    return;

  harness.seed = env_uint ("HK_CRASH_SEED", DEFAULT_SEED);
  harness.n_runs = env_uint ("HK_CRASH_KILLS", DEFAULT_KILLS);
  harness.n_days = env_uint ("HK_CRASH_DAYS", DEFAULT_DAYS);
  harness.dir = hk_rel_make_dir ();
  harness.path = g_build_filename (harness.dir, "reference.db", NULL);

  /* One run to the end. */
  process = spawn_worker (harness.path, harness.n_days);
  g_assert_true (g_subprocess_wait_check (process, NULL, &error));
  g_assert_no_error (error);
  harness.full_run = g_timer_elapsed (timer, NULL);
  harness.audit = read_lines (harness.path, AUDIT_SQL);
  harness.receipts = read_lines (harness.path, RECEIPTS_SQL);
  g_assert_cmpuint (harness.receipts->len, >, 0);
  g_assert_cmpuint (check_survivor (harness.path, harness.audit, harness.receipts), ==,
                    harness.audit->len);
  g_test_message ("seed %u, %u days: the whole run takes %.1f s, %u audit entries, %u receipts",
                  harness.seed, harness.n_days, harness.full_run, harness.audit->len,
                  harness.receipts->len);
}

static void
test_demo_killed (void)
{
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *reference_audit;
  GPtrArray *reference_receipts;
  const char *dir;
  double full_run;
  guint n_runs;
  guint n_killed = 0;
  guint n_finished = 0;
  guint n_empty = 0;

  build_reference ();
  rand = g_rand_new_with_seed (harness.seed);
  reference_audit = harness.audit;
  reference_receipts = harness.receipts;
  dir = harness.dir;
  full_run = harness.full_run;
  n_runs = harness.n_runs;

  for (guint run = 0; run < n_runs; run++)
    {
      g_autofree char *name = g_strdup_printf ("run-%u.db", run);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      /* Anywhere in the run, a little past its usual end included. */
      gulong delay = (gulong)(g_rand_double_range (rand, 0.02, 1.05) * full_run * G_USEC_PER_SEC);
      g_autoptr(GSubprocess) worker = spawn_worker (path, harness.n_days);
      guint n_entries;

      g_usleep (delay);
      g_subprocess_send_signal (worker, SIGKILL);
      g_subprocess_wait (worker, NULL, &error);
      g_assert_no_error (error);

      if (g_subprocess_get_if_signaled (worker))
        {
          g_assert_cmpint (g_subprocess_get_term_sig (worker), ==, SIGKILL);
          n_killed++;
        }
      else
        {
          g_assert_cmpint (g_subprocess_get_exit_status (worker), ==, 0);
          n_finished++;
        }

      n_entries = check_survivor (path, reference_audit, reference_receipts);
      if (n_entries == 0)
        n_empty++;
      g_test_message ("run %u: %s after %.2f s with %u of %u audit entries", run,
                      g_subprocess_get_if_signaled (worker) ? "killed" : "finished",
                      delay / (double)G_USEC_PER_SEC, n_entries, reference_audit->len);
      remove_database (path);
    }

  g_test_message ("demo: kills survived: %u (%u before the first audit entry); runs that "
                  "finished first: %u", n_killed, n_empty, n_finished);
  harness.n_killed += n_killed;
  /* A harness whose kills all land after the end proves nothing. */
  g_assert_cmpuint (n_killed, >=, n_runs / 2);
}

static gint64
query_int (HkDatabase *database,
           const char *sql)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (database, sql, &error);
  g_assert_no_error (error);
  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_no_error (error);

  return hk_statement_get_int64 (stmt, 0);
}

/* What the counter worker was told is saved must be there. */
static void
check_acknowledged (const char *path,
                    const char *acks_path,
                    gint64      first_new_receipt,
                    guint       n_runs)
{
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *acks = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *gap_sql = NULL;
  g_autofree char *count_sql = NULL;
  gint64 n_receipts = 0;
  gint64 n_notes = 0;

  database = hk_database_open (path, &error);
  g_assert_no_error (error);

  if (!g_file_get_contents (acks_path, &acks, NULL, NULL))
    acks = g_strdup ("");
  lines = g_strsplit (acks, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], " ", 2);
      g_autofree char *sql = NULL;

      if (g_str_equal (parts[0], "receipt"))
        {
          sql = g_strdup_printf ("SELECT count(*) FROM receipts WHERE id = %s", parts[1]);
          n_receipts++;
        }
      else if (g_str_equal (parts[0], "void"))
        sql = g_strdup_printf ("SELECT count(*) FROM receipts WHERE id = %s AND status = 'void'",
                               parts[1]);
      else
        {
          sql = g_strdup ("SELECT 1");
          n_notes++;
        }
      if (query_int (database, sql) != 1)
        g_error ("%s: “%s” was saved, but it is not there after the kill", path, lines[i]);
    }

  /* At most one write per kill was saved but not yet acknowledged. */
  count_sql = g_strdup_printf ("SELECT count(*) FROM receipts WHERE id >= %lld",
                               (long long)first_new_receipt);
  g_assert_cmpint (query_int (database, count_sql), >=, n_receipts);
  g_assert_cmpint (query_int (database, count_sql), <=, n_receipts + n_runs);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM complaint_events"
                                        " WHERE note = 'crash-safety note'"), >=, n_notes);

  /* The counter's new receipts take consecutive numbers: no number was lost to a kill. */
  gap_sql = g_strdup_printf ("SELECT count(*) FROM (SELECT invoice_code FROM receipts"
                             " WHERE id >= %lld GROUP BY invoice_code"
                             " HAVING max(number) - min(number) + 1 != count(*))",
                             (long long)first_new_receipt);
  g_assert_cmpint (query_int (database, gap_sql), ==, 0);
}

static void
test_counter_killed (void)
{
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *acks = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  gint64 first_new_receipt;
  guint n_killed = 0;

  build_reference ();
  rand = g_rand_new_with_seed (harness.seed + 1);
  path = g_build_filename (harness.dir, "counter.db", NULL);
  acks = g_build_filename (harness.dir, "counter.acks", NULL);
  g_assert_true (g_file_get_contents (harness.path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  first_new_receipt = g_ascii_strtoll (g_ptr_array_index (harness.receipts,
                                                          harness.receipts->len - 1), NULL, 10)
                      + 1;

  for (guint run = 0; run < harness.n_runs; run++)
    {
      gulong delay = (gulong)(g_rand_double_range (rand, 0.05, 1.5) * G_USEC_PER_SEC);
      g_autoptr(GSubprocess) worker = spawn_counter_worker (path, acks, harness.seed + run);
      g_autoptr(GPtrArray) no_reference = g_ptr_array_new ();
      g_autoptr(HkDatabase) database = NULL;
      g_autoptr(HkRelCliResult) cli = NULL;
      const char *env[] = { "HALLKEEPER_PASSWORD=" HK_DEMO_PASSWORD, NULL };

      g_usleep (delay);
      g_subprocess_send_signal (worker, SIGKILL);
      g_subprocess_wait (worker, NULL, &error);
      g_assert_no_error (error);
      /* The counter worker never ends by itself: any other end is its failure. */
      g_assert_true (g_subprocess_get_if_signaled (worker));
      g_assert_cmpint (g_subprocess_get_term_sig (worker), ==, SIGKILL);
      n_killed++;

      database = hk_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (hk_database_check_integrity (database, &error));
      g_assert_no_error (error);
      g_assert_true (hk_audit_log_verify (database, NULL, NULL, &error));
      g_assert_no_error (error);
      for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
        if (query_int (database, rules[i].sql) != 0)
          g_error ("counter run %u: %s", run, rules[i].rule);
      g_clear_object (&database);

      check_acknowledged (path, acks, first_new_receipt, run + 1);

      cli = hk_rel_cli_run (path, "admin", env, "verify", NULL);
      if (cli->status != 0)
        g_error ("hallkeeper-cli verify after counter run %u: exit %d, %s", run, cli->status,
                 cli->err);
      g_test_message ("counter run %u: killed after %.2f s", run,
                      delay / (double)G_USEC_PER_SEC);
    }

  {
    g_autoptr(HkDatabase) database = hk_database_open (path, &error);
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM receipts WHERE id >= %lld",
                                            (long long)first_new_receipt);

    g_autofree char *voids_sql = g_strdup_printf ("SELECT count(*) FROM receipts WHERE id >= %lld"
                                                   " AND status = 'void'",
                                                   (long long)first_new_receipt);

    g_assert_no_error (error);
    g_test_message ("counter: kills survived: %u; written between them: %lld receipts, %lld "
                    "voids, %lld complaint notes", n_killed,
                    (long long)query_int (database, sql),
                    (long long)query_int (database, voids_sql),
                    (long long)query_int (database, "SELECT count(*) FROM complaint_events"
                                                    " WHERE note = 'crash-safety note'"));
    /* The workers got somewhere between the kills. */
    g_assert_cmpint (query_int (database, sql), >, 0);
  }
  harness.n_killed += n_killed;
}

int
main (int    argc,
      char **argv)
{
  int status;

  if (argc == 4 && g_str_equal (argv[1], "--worker"))
    return run_worker (argv[2], (guint)g_ascii_strtoull (argv[3], NULL, 10));
  if (argc == 5 && g_str_equal (argv[1], "--counter-worker"))
    return run_counter_worker (argv[2], argv[3], (guint)g_ascii_strtoull (argv[4], NULL, 10));

  g_test_init (&argc, &argv, NULL);
  self_path = g_file_read_link ("/proc/self/exe", NULL);

  g_test_add_func ("/crash-safety/demo-killed-at-random", test_demo_killed);
  g_test_add_func ("/crash-safety/counter-killed-at-random", test_counter_killed);

  status = g_test_run ();

  if (harness.dir != NULL)
    {
      g_print ("# kills survived: %u (seed %u, %u runs a test, %u days of demo)\n",
               harness.n_killed, harness.seed, harness.n_runs, harness.n_days);
      hk_rel_remove_dir (harness.dir);
    }

  return status;
}
