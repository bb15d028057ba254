/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-daily-report-store.c: the clerk's daily report: the three legs, submission, the
 * auditor's check and signature, and the lock a signature puts on the day. */

#include "config.h"

#include <string.h>

#include "core/hk-audit-log.h"
#include "core/hk-context.h"
#include "core/hk-error.h"
#include "hk-test-db.h"

#define PASSWORD "counter-42"
/* 2024-03-15 10:00 in the hall (Asia/Shanghai). */
#define T0 G_GINT64_CONSTANT (1710468000)
#define HOUR (60 * 60)
#define TODAY "2024-03-15"
#define CODE "3300241130"

typedef struct
{
  HkTestDb    db;
  HkContext  *context;
  HkOperator *admin;
  HkOperator *clerk;
  HkOperator *auditor;
  HkOperator *auditor_clerk;
  HkOperator *manager;
  gint64      sim;        /* ¥25.00 */
  gint64      handset;    /* ¥1,999.00 */
} Fixture;

static HkOperator *
add_operator (Fixture    *fixture,
              const char *login,
              HkRoles     roles)
{
  g_autoptr(GError) error = NULL;
  HkOperator *operator;

  operator = hk_operator_store_add (hk_context_get_operator_store (fixture->context),
                                    fixture->admin, login, login, roles, PASSWORD, &error);
  g_assert_no_error (error);

  return operator;
}

static gint64
add_item (Fixture    *fixture,
          const char *code,
          gint64      price)
{
  g_autoptr(HkFeeItem) item = NULL;
  g_autoptr(GError) error = NULL;

  item = hk_fee_item_store_add (hk_context_get_fee_item_store (fixture->context), fixture->admin,
                                code, code, HK_FEE_CATEGORY_OTHER, price, "2024-01-01", &error);
  g_assert_no_error (error);

  return hk_fee_item_get_id (item);
}

static void
give_numbers (Fixture    *fixture,
              HkOperator *clerk,
              gint64      first,
              gint64      last)
{
  HkInvoiceBookStore *books = hk_context_get_invoice_book_store (fixture->context);
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(GError) error = NULL;

  book = hk_invoice_book_store_register (books, fixture->auditor, CODE, first, last, &error);
  g_assert_no_error (error);
  hk_invoice_book_store_issue_book (books, fixture->auditor, book, clerk, &error);
  g_assert_no_error (error);
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  hk_test_db_setup (&fixture->db, data);
  hk_database_set_now (fixture->db.database, T0 - 2 * HOUR);
  fixture->context = hk_context_new (fixture->db.database);
  fixture->admin = hk_operator_store_create_administrator (
    hk_context_get_operator_store (fixture->context), "admin", "admin", PASSWORD, &error);
  g_assert_no_error (error);

  fixture->clerk = add_operator (fixture, "zhangli", HK_ROLE_CLERK);
  fixture->auditor = add_operator (fixture, "zhaomin", HK_ROLE_AUDITOR);
  fixture->auditor_clerk = add_operator (fixture, "both", HK_ROLE_AUDITOR | HK_ROLE_CLERK);
  fixture->manager = add_operator (fixture, "zhengwei", HK_ROLE_DUTY_MANAGER);
  fixture->sim = add_item (fixture, "SIM", 2500);
  fixture->handset = add_item (fixture, "PHONE", 199900);

  give_numbers (fixture, fixture->clerk, 1, 100);
  give_numbers (fixture, fixture->auditor_clerk, 101, 200);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_assert_audit_ok (fixture->db.database);

  g_clear_object (&fixture->admin);
  g_clear_object (&fixture->clerk);
  g_clear_object (&fixture->auditor);
  g_clear_object (&fixture->auditor_clerk);
  g_clear_object (&fixture->manager);
  g_clear_object (&fixture->context);
  hk_test_db_teardown (&fixture->db, data);
}

static HkShift *
open_shift (Fixture    *fixture,
            HkOperator *clerk,
            gint64      opening_float)
{
  g_autoptr(GError) error = NULL;
  HkShift *shift;

  hk_database_set_now (fixture->db.database, T0 - HOUR);
  shift = hk_shift_store_open (hk_context_get_shift_store (fixture->context), clerk,
                               opening_float, &error);
  g_assert_no_error (error);

  return shift;
}

static HkReceipt *
sell (Fixture         *fixture,
      HkOperator      *clerk,
      gint64           item,
      gint64           quantity,
      gint64           total,
      HkPaymentMethod  method)
{
  HkReceiptLineInput line = { .fee_item_id = item, .quantity = quantity };
  HkReceiptPaymentInput payment = { .method = method, .amount = total,
                                    .cheque_no = method == HK_PAYMENT_CHEQUE ? "C-1" : NULL };
  g_autoptr(GError) error = NULL;
  HkReceipt *receipt;

  hk_database_set_now (fixture->db.database, T0);
  receipt = hk_receipt_store_issue (hk_context_get_receipt_store (fixture->context), clerk, NULL,
                                    &line, 1, &payment, 1, NULL, &error);
  g_assert_no_error (error);

  return receipt;
}

static void
close_shift (Fixture    *fixture,
             HkOperator *clerk,
             HkShift    *shift,
             gint64      cash_in_drawer,
             gint64      declared_wechat)
{
  gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  gint64 declared[HK_N_PAYMENT_METHODS] = { 0 };
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(GError) error = NULL;

  /* Count it all in 10-fen coins: the sum is what matters here. */
  counts[HK_N_DENOMINATIONS - 1] = cash_in_drawer / 10;
  declared[HK_PAYMENT_WECHAT] = declared_wechat;

  hk_database_set_now (fixture->db.database, T0 + 6 * HOUR);
  closed = hk_shift_store_close (hk_context_get_shift_store (fixture->context), clerk, shift,
                                 counts, declared, &error);
  g_assert_no_error (error);
}

static HkDailyReport *
compute (Fixture    *fixture,
         HkOperator *clerk)
{
  g_autoptr(GError) error = NULL;
  HkDailyReport *report;

  report = hk_daily_report_store_compute (hk_context_get_daily_report_store (fixture->context),
                                          hk_operator_get_id (clerk), TODAY, &error);
  g_assert_no_error (error);

  return report;
}

/* A normal day: float ¥500; a SIM card in cash, a handset by WeChat Pay, two SIM cards in
 * cash voided; the drawer holds ¥525.00, WeChat declares ¥1,999.00. */
static void
work_a_day (Fixture    *fixture,
            HkOperator *clerk)
{
  g_autoptr(HkShift) shift = open_shift (fixture, clerk, 50000);
  g_autoptr(HkReceipt) a = sell (fixture, clerk, fixture->sim, 1, 2500, HK_PAYMENT_CASH);
  g_autoptr(HkReceipt) b = sell (fixture, clerk, fixture->handset, 1, 199900, HK_PAYMENT_WECHAT);
  g_autoptr(HkReceipt) c = sell (fixture, clerk, fixture->sim, 2, 5000, HK_PAYMENT_CASH);
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(GError) error = NULL;

  voided = hk_receipt_store_void (hk_context_get_receipt_store (fixture->context), clerk, c,
                                  "customer changed their mind", &error);
  g_assert_no_error (error);

  close_shift (fixture, clerk, shift, 52500, 199900);
}

static HkDailyReport *
submit (Fixture    *fixture,
        HkOperator *clerk)
{
  g_autoptr(GError) error = NULL;
  HkDailyReport *report;

  hk_database_set_now (fixture->db.database, T0 + 7 * HOUR);
  report = hk_daily_report_store_submit (hk_context_get_daily_report_store (fixture->context),
                                         clerk, TODAY, &error);
  g_assert_no_error (error);

  return report;
}

static HkDailyReport *
record_check (Fixture    *fixture,
              HkOperator *clerk,
              gint64      accounting_copy,
              gint64      bank_amount,
              GError    **error)
{
  HkDailyReportCheck check = {
    .accounting_copy = accounting_copy,
    .bank_name = "ICBC",
    .bank_slip_no = "SLIP-1",
    .bank_slip_date = TODAY,
    .bank_amount = bank_amount,
  };

  return hk_daily_report_store_record_check (hk_context_get_daily_report_store (fixture->context),
                                             fixture->auditor, hk_operator_get_id (clerk), TODAY,
                                             &check, error);
}

static HkDailyReport *
sign (Fixture    *fixture,
      HkOperator *actor,
      HkOperator *clerk,
      const char *note,
      GError    **error)
{
  return hk_daily_report_store_sign (hk_context_get_daily_report_store (fixture->context),
                                     actor, hk_operator_get_id (clerk), TODAY, note, error);
}

static void
test_three_legs (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HkDailyReport) report = NULL;

  work_a_day (fixture, fixture->clerk);
  report = compute (fixture, fixture->clerk);

  /* Account: the valid receipts. */
  g_assert_cmpuint (hk_daily_report_get_n_receipts (report), ==, 2);
  g_assert_cmpuint (hk_daily_report_get_n_void (report), ==, 1);
  g_assert_cmpint (hk_daily_report_get_account_total (report), ==, 2500 + 199900);
  g_assert_cmpint (hk_daily_report_get_account_by_method (report, HK_PAYMENT_CASH), ==, 2500);
  g_assert_cmpint (hk_daily_report_get_account_by_method (report, HK_PAYMENT_WECHAT), ==,
                   199900);

  /* Cash: counted − float = cash taken; plus the declared non-cash. */
  g_assert_cmpint (hk_daily_report_get_cash_takings (report), ==, 2500);
  g_assert_cmpint (hk_daily_report_get_cash_leg (report), ==, 2500 + 199900);
  g_assert_cmpint (hk_daily_report_get_cash_difference (report), ==, 0);

  /* Stubs: three numbers used (one void), nothing missing, totals from the lines. */
  g_assert_cmpuint (hk_daily_report_get_n_numbers_used (report), ==, 3);
  g_assert_cmpuint (hk_daily_report_get_n_gaps (report), ==, 0);
  g_assert_cmpint (hk_daily_report_get_stub_total (report), ==, 2500 + 199900);
  g_assert_true (hk_daily_report_get_stubs_agree (report));

  g_assert_cmpint (hk_daily_report_get_status (report), ==, HK_DAILY_REPORT_OPEN);
  g_assert_false (hk_daily_report_has_check (report));
  g_assert_false (hk_daily_report_get_agrees (report));
}

static void
test_submit_needs_closed_shifts (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(HkShift) shift = open_shift (fixture, fixture->clerk, 50000);
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = hk_daily_report_store_submit (hk_context_get_daily_report_store (fixture->context),
                                         fixture->clerk, TODAY, &error);
  g_assert_null (report);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Close your shift"));

  /* An auditor is not a clerk: refused, and written down. */
  g_clear_error (&error);
  report = hk_daily_report_store_submit (hk_context_get_daily_report_store (fixture->context),
                                         fixture->auditor, TODAY, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_assert_cmpint (hk_test_count_audit (fixture->db.database, "permission-denied"), ==, 1);
}

static void
test_sign (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(GError) error = NULL;

  work_a_day (fixture, fixture->clerk);

  /* Not before the clerk submits. */
  signed_report = sign (fixture, fixture->auditor, fixture->clerk, NULL, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  submitted = submit (fixture, fixture->clerk);
  g_assert_cmpint (hk_daily_report_get_status (submitted), ==, HK_DAILY_REPORT_SUBMITTED);

  /* Not before the accounting copy and the bank receipt are entered. */
  signed_report = sign (fixture, fixture->auditor, fixture->clerk, NULL, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "bank receipt are not entered"));
  g_clear_error (&error);

  checked = record_check (fixture, fixture->clerk, 2500 + 199900, 2500, &error);
  g_assert_no_error (error);
  g_assert_true (hk_daily_report_get_agrees (checked));

  /* Only an auditor signs. */
  signed_report = sign (fixture, fixture->manager, fixture->clerk, NULL, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);

  signed_report = sign (fixture, fixture->auditor, fixture->clerk, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_daily_report_get_status (signed_report), ==, HK_DAILY_REPORT_SIGNED);
  g_assert_cmpint (hk_daily_report_get_signed_by (signed_report), ==,
                   hk_operator_get_id (fixture->auditor));
  g_assert_cmpint (hk_test_count_audit (fixture->db.database, "daily-report-signed"), ==, 1);
}

static void
test_mismatches_block_signature (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;

  work_a_day (fixture, fixture->clerk);
  submitted = submit (fixture, fixture->clerk);

  /* The accounting copy one yuan off, the bank receipt ten yuan off. */
  checked = record_check (fixture, fixture->clerk, 2500 + 199900 - 100, 1500, &error);
  g_assert_no_error (error);
  problems = hk_daily_report_describe_problems (checked);
  g_assert_nonnull (strstr (problems, "The accounting copy totals ¥2,023.00, the account "
                                      "¥2,024.00."));
  g_assert_nonnull (strstr (problems, "The bank receipt is for ¥15.00, but the cash taken is "
                                      "¥25.00."));

  signed_report = sign (fixture, fixture->auditor, fixture->clerk, NULL, &error);
  g_assert_null (signed_report);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "cannot be signed"));
  g_assert_cmpint (hk_test_query_int (fixture->db.database,
                                      "SELECT count (*) FROM daily_reports"
                                      " WHERE signed_at IS NOT NULL"), ==, 0);
}

static void
test_shortfall_needs_note (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HkShift) shift = open_shift (fixture, fixture->clerk, 50000);
  g_autoptr(HkReceipt) a = sell (fixture, fixture->clerk, fixture->sim, 4, 10000,
                                 HK_PAYMENT_CASH);
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(GError) error = NULL;

  /* ¥600 expected in the drawer, ¥595 counted: ¥5 short. */
  close_shift (fixture, fixture->clerk, shift, 59500, 0);
  submitted = submit (fixture, fixture->clerk);
  g_assert_cmpint (hk_daily_report_get_cash_difference (submitted), ==, -500);

  checked = record_check (fixture, fixture->clerk, 10000, 9500, &error);
  g_assert_no_error (error);

  signed_report = sign (fixture, fixture->auditor, fixture->clerk, NULL, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "¥5.00 short"));
  g_clear_error (&error);

  signed_report = sign (fixture, fixture->auditor, fixture->clerk,
                        "shortfall paid in by the clerk", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_daily_report_get_difference_note (signed_report), ==,
                   "shortfall paid in by the clerk");
}

static void
test_own_report (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(GError) error = NULL;

  work_a_day (fixture, fixture->auditor_clerk);
  submitted = submit (fixture, fixture->auditor_clerk);

  signed_report = sign (fixture, fixture->auditor_clerk, fixture->auditor_clerk, NULL, &error);
  g_assert_null (signed_report);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "own daily report"));
}

static void
test_gap_blocks_signature (Fixture       *fixture,
                           gconstpointer  data)
{
  HkInvoiceBookStore *books = hk_context_get_invoice_book_store (fixture->context);
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GError) error = NULL;
  HkInvoiceGap *gap;

  work_a_day (fixture, fixture->clerk);

  /* A stub lost: number 5 was used on paper and never recorded, 6 was (an import, say). */
  hk_test_raw_exec (fixture->db.path,
                    "INSERT INTO receipts (invoice_code, number, book_id, clerk_id, business_day,"
                    " issued_at, total, source) SELECT '" CODE "', 5, 1, id, '" TODAY "',"
                    " 1710468000, 0, 'import' FROM operators WHERE login = 'zhangli'");

  submitted = submit (fixture, fixture->clerk);
  g_assert_cmpuint (hk_daily_report_get_n_gaps (submitted), ==, 1);
  g_assert_false (hk_daily_report_get_stubs_agree (submitted));

  checked = record_check (fixture, fixture->clerk, 2500 + 199900, 2500, &error);
  g_assert_no_error (error);
  signed_report = sign (fixture, fixture->auditor, fixture->clerk, NULL, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "1 receipt number is missing"));
  g_clear_error (&error);

  /* The auditor explains it in writing; then the day can be signed. */
  gaps = hk_invoice_book_store_find_gaps (books, TODAY, hk_operator_get_id (fixture->clerk),
                                          &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gaps->len, ==, 1);
  gap = g_ptr_array_index (gaps, 0);
  g_assert_cmpint (gap->number, ==, 4);
  hk_invoice_book_store_explain_gap (books, fixture->auditor, gap->book_id, gap->number,
                                     "stub torn, copy kept by the duty manager", &error);
  g_assert_no_error (error);

  signed_report = sign (fixture, fixture->auditor, fixture->clerk, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (signed_report);
}

static void
test_signed_day_is_locked (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(HkDailyReport) again = NULL;
  g_autoptr(GPtrArray) receipts = NULL;
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(GError) error = NULL;
  HkReceipt *first;

  work_a_day (fixture, fixture->clerk);
  submitted = submit (fixture, fixture->clerk);
  checked = record_check (fixture, fixture->clerk, 2500 + 199900, 2500, &error);
  signed_report = sign (fixture, fixture->auditor, fixture->clerk, NULL, &error);
  g_assert_no_error (error);

  /* No void, no new shift, no new check, no second signature. */
  receipts = hk_receipt_store_list_day (hk_context_get_receipt_store (fixture->context),
                                        hk_operator_get_id (fixture->clerk), TODAY, &error);
  g_assert_no_error (error);
  first = g_ptr_array_index (receipts, 0);
  voided = hk_receipt_store_void (hk_context_get_receipt_store (fixture->context),
                                  fixture->clerk, first, "late", &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  shift = hk_shift_store_open (hk_context_get_shift_store (fixture->context), fixture->clerk,
                               50000, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  again = record_check (fixture, fixture->clerk, 1, 1, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  again = sign (fixture, fixture->auditor, fixture->clerk, NULL, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Nor from outside the application: the schema's triggers refuse. */
  {
    sqlite3 *handle = hk_test_raw_open (fixture->db.path);

    g_assert_cmpint (sqlite3_exec (handle, "UPDATE daily_reports SET signed_at = NULL",
                                   NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
    g_assert_cmpint (sqlite3_exec (handle, "UPDATE receipts SET total = 1",
                                   NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
    g_assert_cmpint (sqlite3_exec (handle, "UPDATE shifts SET counted_cash = 0",
                                   NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
    sqlite3_close (handle);
  }
}

static void
test_list_range (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;

  work_a_day (fixture, fixture->clerk);
  work_a_day (fixture, fixture->auditor_clerk);

  reports = hk_daily_report_store_list_range (hk_context_get_daily_report_store (fixture->context),
                                              "2024-03-01", "2024-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 2);
  g_assert_cmpstr (hk_daily_report_get_day (g_ptr_array_index (reports, 0)), ==, TODAY);

  g_clear_pointer (&reports, g_ptr_array_unref);
  reports = hk_daily_report_store_list_range (hk_context_get_daily_report_store (fixture->context),
                                              "2024-03-16", "2024-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 0);

  g_clear_pointer (&reports, g_ptr_array_unref);
  reports = hk_daily_report_store_list_range (hk_context_get_daily_report_store (fixture->context),
                                              "2024-02-30", "2024-03-31", &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)

  ADD ("/daily-report-store/three-legs", test_three_legs);
  ADD ("/daily-report-store/submit-needs-closed-shifts", test_submit_needs_closed_shifts);
  ADD ("/daily-report-store/sign", test_sign);
  ADD ("/daily-report-store/mismatches-block-signature", test_mismatches_block_signature);
  ADD ("/daily-report-store/shortfall-needs-note", test_shortfall_needs_note);
  ADD ("/daily-report-store/own-report", test_own_report);
  ADD ("/daily-report-store/gap-blocks-signature", test_gap_blocks_signature);
  ADD ("/daily-report-store/signed-day-is-locked", test_signed_day_is_locked);
  ADD ("/daily-report-store/list-range", test_list_range);

#undef ADD

  return g_test_run ();
}
