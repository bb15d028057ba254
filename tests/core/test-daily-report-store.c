/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-daily-report-store.c: the clerk's daily report: the three legs, submission, the
 * auditor's check and signature, and the lock a signature puts on the day. */

#include "config.h"

#include <string.h>

#include "core/hk-audit-log.h"
#include "core/hk-context.h"
#include "core/hk-error.h"
#include "hk-test-hall.h"

/* 2024-03-15 10:00 in the hall (Asia/Shanghai). */
#define T0 G_GINT64_CONSTANT (1710468000)
#define HOUR (60 * 60)
#define TODAY "2024-03-15"
#define CODE "3300241130"

typedef struct
{
  HkTestHall  hall;
  HkOperator *auditor_clerk;
  gint64      sim;        /* ¥25.00 */
  gint64      handset;    /* ¥1,999.00 */
} Fixture;

static gint64
add_item (Fixture    *fixture,
          const char *code,
          gint64      price)
{
  g_autoptr(HkFeeItem) item = NULL;
  g_autoptr(GError) error = NULL;

  item = hk_fee_item_store_add (hk_context_get_fee_item_store (fixture->hall.context),
                                fixture->hall.admin, code, code, HK_FEE_CATEGORY_OTHER, price,
                                "2024-01-01", &error);
  g_assert_no_error (error);

  return hk_fee_item_get_id (item);
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;

  hk_test_hall_setup (hall, T0 - 2 * HOUR);
  hk_test_hall_add_admin (hall, "admin", HK_TEST_PASSWORD);

  hall->clerk = hk_test_hall_add_operator (hall, "zhangli", "zhangli", HK_ROLE_CLERK);
  hall->auditor = hk_test_hall_add_operator (hall, "zhaomin", "zhaomin", HK_ROLE_AUDITOR);
  fixture->auditor_clerk = hk_test_hall_add_operator (hall, "both", "both",
                                                      HK_ROLE_AUDITOR | HK_ROLE_CLERK);
  hall->manager = hk_test_hall_add_operator (hall, "zhengwei", "zhengwei", HK_ROLE_DUTY_MANAGER);
  fixture->sim = add_item (fixture, "SIM", 2500);
  fixture->handset = add_item (fixture, "PHONE", 199900);

  hk_test_hall_give_numbers (hall, hall->clerk, CODE, 1, 100);
  hk_test_hall_give_numbers (hall, fixture->auditor_clerk, CODE, 101, 200);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_assert_audit_ok (fixture->hall.db.database);

  g_clear_object (&fixture->auditor_clerk);
  hk_test_hall_teardown (&fixture->hall);
}

static HkShift *
open_shift (Fixture    *fixture,
            HkOperator *clerk,
            gint64      opening_float)
{
  hk_database_set_now (fixture->hall.db.database, T0 - HOUR);

  return hk_test_hall_open_shift (&fixture->hall, clerk, opening_float);
}

static HkReceipt *
sell (Fixture         *fixture,
      HkOperator      *clerk,
      gint64           item,
      gint64           quantity,
      gint64           total,
      HkPaymentMethod  method)
{
  hk_database_set_now (fixture->hall.db.database, T0);

  return hk_test_hall_sell (&fixture->hall, clerk, item, quantity, total, method);
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

  /* Count it all in 10-fen coins: the sum is what matters here. */
  counts[HK_N_DENOMINATIONS - 1] = cash_in_drawer / 10;
  declared[HK_PAYMENT_WECHAT] = declared_wechat;

  hk_database_set_now (fixture->hall.db.database, T0 + 6 * HOUR);
  closed = hk_test_hall_close_shift (&fixture->hall, clerk, shift, counts, declared);
}

static HkDailyReport *
compute (Fixture    *fixture,
         HkOperator *clerk)
{
  g_autoptr(GError) error = NULL;
  HkDailyReport *report;

  report = hk_daily_report_store_compute (hk_context_get_daily_report_store (fixture->hall.context),
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

  voided = hk_receipt_store_void (hk_context_get_receipt_store (fixture->hall.context), clerk, c,
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

  hk_database_set_now (fixture->hall.db.database, T0 + 7 * HOUR);
  report = hk_daily_report_store_submit (hk_context_get_daily_report_store (fixture->hall.context),
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

  return hk_daily_report_store_record_check (
    hk_context_get_daily_report_store (fixture->hall.context), fixture->hall.auditor,
    hk_operator_get_id (clerk), TODAY, &check, error);
}

static HkDailyReport *
sign (Fixture    *fixture,
      HkOperator *actor,
      HkOperator *clerk,
      const char *note,
      GError    **error)
{
  return hk_daily_report_store_sign (hk_context_get_daily_report_store (fixture->hall.context),
                                     actor, hk_operator_get_id (clerk), TODAY, note, error);
}

static void
test_three_legs (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HkDailyReport) report = NULL;

  work_a_day (fixture, fixture->hall.clerk);
  report = compute (fixture, fixture->hall.clerk);

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
  g_autoptr(HkShift) shift = open_shift (fixture, fixture->hall.clerk, 50000);
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = hk_daily_report_store_submit (hk_context_get_daily_report_store (fixture->hall.context),
                                         fixture->hall.clerk, TODAY, &error);
  g_assert_null (report);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Close your shift"));

  /* An auditor is not a clerk: refused, and written down. */
  g_clear_error (&error);
  report = hk_daily_report_store_submit (hk_context_get_daily_report_store (fixture->hall.context),
                                         fixture->hall.auditor, TODAY, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "permission-denied"), ==, 1);
}

static void
test_sign (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(GError) error = NULL;

  work_a_day (fixture, fixture->hall.clerk);

  /* Not before the clerk submits. */
  signed_report = sign (fixture, fixture->hall.auditor, fixture->hall.clerk, NULL, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  submitted = submit (fixture, fixture->hall.clerk);
  g_assert_cmpint (hk_daily_report_get_status (submitted), ==, HK_DAILY_REPORT_SUBMITTED);

  /* Not before the accounting copy and the bank receipt are entered. */
  signed_report = sign (fixture, fixture->hall.auditor, fixture->hall.clerk, NULL, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "bank receipt are not entered"));
  g_clear_error (&error);

  checked = record_check (fixture, fixture->hall.clerk, 2500 + 199900, 2500, &error);
  g_assert_no_error (error);
  g_assert_true (hk_daily_report_get_agrees (checked));

  /* Only an auditor signs. */
  signed_report = sign (fixture, fixture->hall.manager, fixture->hall.clerk, NULL, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);

  signed_report = sign (fixture, fixture->hall.auditor, fixture->hall.clerk, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_daily_report_get_status (signed_report), ==, HK_DAILY_REPORT_SIGNED);
  g_assert_cmpint (hk_daily_report_get_signed_by (signed_report), ==,
                   hk_operator_get_id (fixture->hall.auditor));
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "daily-report-signed"), ==, 1);
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

  work_a_day (fixture, fixture->hall.clerk);
  submitted = submit (fixture, fixture->hall.clerk);

  /* The accounting copy one yuan off, the bank receipt ten yuan off. */
  checked = record_check (fixture, fixture->hall.clerk, 2500 + 199900 - 100, 1500, &error);
  g_assert_no_error (error);
  problems = hk_daily_report_describe_problems (checked);
  g_assert_nonnull (strstr (problems, "The accounting copy totals ¥2,023.00, the account "
                                      "¥2,024.00."));
  g_assert_nonnull (strstr (problems, "The bank receipt is for ¥15.00, but the cash taken is "
                                      "¥25.00."));

  signed_report = sign (fixture, fixture->hall.auditor, fixture->hall.clerk, NULL, &error);
  g_assert_null (signed_report);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "cannot be signed"));
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count (*) FROM daily_reports"
                                      " WHERE signed_at IS NOT NULL"), ==, 0);
}

static void
test_shortfall_needs_note (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HkShift) shift = open_shift (fixture, fixture->hall.clerk, 50000);
  g_autoptr(HkReceipt) a = sell (fixture, fixture->hall.clerk, fixture->sim, 4, 10000,
                                 HK_PAYMENT_CASH);
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(GError) error = NULL;

  /* ¥600 expected in the drawer, ¥595 counted: ¥5 short. */
  close_shift (fixture, fixture->hall.clerk, shift, 59500, 0);
  submitted = submit (fixture, fixture->hall.clerk);
  g_assert_cmpint (hk_daily_report_get_cash_difference (submitted), ==, -500);

  checked = record_check (fixture, fixture->hall.clerk, 10000, 9500, &error);
  g_assert_no_error (error);

  signed_report = sign (fixture, fixture->hall.auditor, fixture->hall.clerk, NULL, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "¥5.00 short"));
  g_clear_error (&error);

  signed_report = sign (fixture, fixture->hall.auditor, fixture->hall.clerk,
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
  HkInvoiceBookStore *books = hk_context_get_invoice_book_store (fixture->hall.context);
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GError) error = NULL;
  HkInvoiceGap *gap;

  work_a_day (fixture, fixture->hall.clerk);

  /* A stub lost: number 5 was used on paper and never recorded, 6 was (an import, say). */
  hk_test_raw_exec (fixture->hall.db.path,
                    "INSERT INTO receipts (invoice_code, number, book_id, clerk_id, business_day,"
                    " issued_at, total, source) SELECT '" CODE "', 5, 1, id, '" TODAY "',"
                    " 1710468000, 0, 'import' FROM operators WHERE login = 'zhangli'");

  submitted = submit (fixture, fixture->hall.clerk);
  g_assert_cmpuint (hk_daily_report_get_n_gaps (submitted), ==, 1);
  g_assert_false (hk_daily_report_get_stubs_agree (submitted));

  checked = record_check (fixture, fixture->hall.clerk, 2500 + 199900, 2500, &error);
  g_assert_no_error (error);
  signed_report = sign (fixture, fixture->hall.auditor, fixture->hall.clerk, NULL, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "1 receipt number is missing"));
  g_clear_error (&error);

  /* The auditor explains it in writing; then the day can be signed. */
  gaps = hk_invoice_book_store_find_gaps (books, TODAY, hk_operator_get_id (fixture->hall.clerk),
                                          &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gaps->len, ==, 1);
  gap = g_ptr_array_index (gaps, 0);
  g_assert_cmpint (gap->number, ==, 4);
  hk_invoice_book_store_explain_gap (books, fixture->hall.auditor, gap->book_id, gap->number,
                                     "stub torn, copy kept by the duty manager", &error);
  g_assert_no_error (error);

  signed_report = sign (fixture, fixture->hall.auditor, fixture->hall.clerk, NULL, &error);
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

  work_a_day (fixture, fixture->hall.clerk);
  submitted = submit (fixture, fixture->hall.clerk);
  checked = record_check (fixture, fixture->hall.clerk, 2500 + 199900, 2500, &error);
  signed_report = sign (fixture, fixture->hall.auditor, fixture->hall.clerk, NULL, &error);
  g_assert_no_error (error);

  /* No void, no new shift, no new check, no second signature. */
  receipts = hk_receipt_store_list_day (hk_context_get_receipt_store (fixture->hall.context),
                                        hk_operator_get_id (fixture->hall.clerk), TODAY, &error);
  g_assert_no_error (error);
  first = g_ptr_array_index (receipts, 0);
  voided = hk_receipt_store_void (hk_context_get_receipt_store (fixture->hall.context),
                                  fixture->hall.clerk, first, "late", &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  shift = hk_shift_store_open (hk_context_get_shift_store (fixture->hall.context),
                               fixture->hall.clerk, 50000, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  again = record_check (fixture, fixture->hall.clerk, 1, 1, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  again = sign (fixture, fixture->hall.auditor, fixture->hall.clerk, NULL, &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Nor from outside the application: the schema's triggers refuse. */
  {
    sqlite3 *handle = hk_test_raw_open (fixture->hall.db.path);

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

  work_a_day (fixture, fixture->hall.clerk);
  work_a_day (fixture, fixture->auditor_clerk);

  reports = hk_daily_report_store_list_range (
    hk_context_get_daily_report_store (fixture->hall.context), "2024-03-01", "2024-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 2);
  g_assert_cmpstr (hk_daily_report_get_day (g_ptr_array_index (reports, 0)), ==, TODAY);

  g_clear_pointer (&reports, g_ptr_array_unref);
  reports = hk_daily_report_store_list_range (
    hk_context_get_daily_report_store (fixture->hall.context), "2024-03-16", "2024-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reports->len, ==, 0);

  g_clear_pointer (&reports, g_ptr_array_unref);
  reports = hk_daily_report_store_list_range (
    hk_context_get_daily_report_store (fixture->hall.context), "2024-02-30", "2024-03-31", &error);
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
