/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-bank-store.c: the auditor's bank work: deposits from the daily reports' bank receipts
 * and by hand, the statement import and its errors, matching, the reconciliation balance to
 * the fen, and who may do what. */

#include "config.h"

#include <string.h>

#include "core/hk-bank-store.h"
#include "core/hk-cheque-store.h"
#include "core/hk-context.h"
#include "core/hk-error.h"
#include "hk-test-hall.h"

/* 2024-03-01 (a Friday) 09:00 in Asia/Shanghai; day n of March at 09:00. */
#define MARCH_9AM(n) (1709254800 + ((n) - 1) * 86400)
#define HOUR 3600
#define UNIT 1000        /* the service's price: ¥10.00 */
#define PHONE 100000     /* the handset's: ¥1,000.00 */

#define STATEMENT_HEADER "value_date,reference,description,amount,balance\n"

typedef struct
{
  HkTestHall   hall;
  HkBankStore *store;
  gint64       service;
  gint64       phone;
} Fixture;

static HkTestHall hall_template;

static void
on_store_changed_cb (HkBankStore *store,
                     Fixture     *fixture)
{
  fixture->hall.n_changed++;
}

static void
build_template (void)
{
  HkTestHall *hall = &hall_template;

  hk_test_hall_setup (hall, MARCH_9AM (1) - 2 * HOUR);
  hall->supervisor = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_SUPERVISOR);
  hall->auditor = hk_test_hall_insert_operator (hall, "zhaomin", HK_ROLE_AUDITOR);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  hall->clerk2 = hk_test_hall_insert_operator (hall, "liuyang", HK_ROLE_CLERK);
  hk_test_hall_add_fee_item (hall, "SVC", "服务费", HK_FEE_CATEGORY_SERVICE, UNIT, "2024-01-01");
  hk_test_hall_add_fee_item (hall, "PH", "手机", HK_FEE_CATEGORY_HANDSET, PHONE, "2024-01-01");
  hk_test_hall_give_numbers (hall, hall->clerk, "1234567890", 1, 500);
  hk_test_hall_give_numbers (hall, hall->clerk2, "1234567890", 501, 1000);
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  hk_test_hall_setup_copy (&fixture->hall, &hall_template, MARCH_9AM (1));
  fixture->store = g_object_ref (hk_context_get_bank_store (fixture->hall.context));
  fixture->service = hk_test_hall_find_fee_item (&fixture->hall, "SVC");
  fixture->phone = hk_test_hall_find_fee_item (&fixture->hall, "PH");
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_store_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_signal_handlers_disconnect_by_data (fixture->store, fixture);
  g_clear_object (&fixture->store);
  hk_test_hall_teardown (&fixture->hall);
}

static void
set_now (Fixture *fixture,
         gint64   now)
{
  hk_database_set_now (fixture->hall.db.database, now);
}

static char *
march (int n)
{
  return g_strdup_printf ("2024-03-%02d", n);
}

static HkDailyReportStore *
reports (Fixture *fixture)
{
  return hk_context_get_daily_report_store (fixture->hall.context);
}

/* A clerk's day of March @n: @cash taken in cash (and a handset by cheque @cheque_no when
 * given), the drawer counted right, the report submitted; with @slip, the auditor enters the
 * bank receipt @slip of ICBC for the cash. */
static void
work_day (Fixture    *fixture,
          HkOperator *clerk,
          int         n,
          gint64      cash,
          const char *cheque_no,
          const char *slip)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autofree char *day = march (n);
  gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  gint64 declared[HK_N_PAYMENT_METHODS] = { 0 };

  set_now (fixture, MARCH_9AM (n));
  shift = hk_test_hall_open_shift (&fixture->hall, clerk, 0);

  if (cash > 0)
    {
      g_autoptr(HkReceipt) receipt = hk_test_hall_sell (&fixture->hall, clerk, fixture->service,
                                                        cash / UNIT, cash, HK_PAYMENT_CASH);
    }

  if (cheque_no != NULL)
    {
      HkReceiptLineInput line = { .fee_item_id = fixture->phone, .quantity = 1 };
      HkReceiptPaymentInput payment = { HK_PAYMENT_CHEQUE, PHONE, cheque_no, "中国银行",
                                        "文三贸易" };
      g_autoptr(HkReceipt) receipt = NULL;

      receipt = hk_receipt_store_issue (fixture->hall.receipts, clerk, NULL, &line, 1, &payment, 1,
                                        NULL, &error);
      g_assert_no_error (error);
      declared[HK_PAYMENT_CHEQUE] = PHONE;
    }

  counts[HK_N_DENOMINATIONS - 1] = cash / 10;
  set_now (fixture, MARCH_9AM (n) + 8 * HOUR);
  closed = hk_test_hall_close_shift (&fixture->hall, clerk, shift, counts, declared);
  submitted = hk_daily_report_store_submit (reports (fixture), clerk, day, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_daily_report_get_cash_takings (submitted), ==, cash);

  if (slip != NULL)
    {
      g_autoptr(HkDailyReport) checked = NULL;
      HkDailyReportCheck check = {
        .accounting_copy = cash + (cheque_no != NULL ? PHONE : 0),
        .bank_name = "ICBC",
        .bank_slip_no = slip,
        .bank_slip_date = day,
        .bank_amount = cash,
      };

      checked = hk_daily_report_store_record_check (reports (fixture), fixture->hall.auditor,
                                                    hk_operator_get_id (clerk), day, &check,
                                                    &error);
      g_assert_no_error (error);
    }
}

static HkBankDeposit *
deposit (Fixture                   *fixture,
         const char                *slip,
         int                        day,
         gint64                     amount,
         const char                *note,
         const HkBankDepositReport *keys,
         guint                      n_keys,
         const gint64              *cheques,
         guint                      n_cheques,
         GError                   **error)
{
  g_autofree char *date = march (day);
  HkBankDepositInput input = { "ICBC", slip, date, amount, note };

  return hk_bank_store_record_deposit (fixture->store, fixture->hall.auditor, &input, keys,
                                       n_keys, cheques, n_cheques, error);
}

static gboolean
import (Fixture     *fixture,
        const char  *csv,
        GError     **error)
{
  return hk_bank_store_import_statement (fixture->store, fixture->hall.auditor, "1202 0000 8888",
                                         csv, strlen (csv), "statement.csv", NULL, error);
}

/* ---- deposits ---- */

static void
test_from_reports (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) deposits = NULL;
  g_autoptr(GPtrArray) shares = NULL;
  g_autoptr(GPtrArray) undeposited = NULL;
  HkBankDeposit *shared;
  guint n = 0;

  /* Two clerks pay in on one slip on day 1; one on her own slip on day 2; day 3 is not
   * checked yet. */
  work_day (fixture, fixture->hall.clerk, 1, 50000, NULL, "S-1");
  work_day (fixture, fixture->hall.clerk2, 1, 30000, NULL, "S-1");
  work_day (fixture, fixture->hall.clerk, 2, 20000, NULL, "S-2");
  work_day (fixture, fixture->hall.clerk, 3, 12000, NULL, NULL);

  undeposited = hk_bank_store_list_undeposited (fixture->store, "2024-03-01", "2024-03-31",
                                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (undeposited->len, ==, 4);

  g_assert_true (hk_bank_store_record_from_reports (fixture->store, fixture->hall.auditor,
                                                    "2024-03-01", "2024-03-31", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);

  deposits = hk_bank_store_list_deposits (fixture->store, "2024-03-01", "2024-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deposits->len, ==, 2);
  shared = g_ptr_array_index (deposits, 0);
  g_assert_cmpstr (hk_bank_deposit_get_slip_no (shared), ==, "S-1");
  g_assert_cmpstr (hk_bank_deposit_get_slip_date (shared), ==, "2024-03-01");
  g_assert_cmpint (hk_bank_deposit_get_amount (shared), ==, 80000);
  g_assert_cmpint (hk_bank_deposit_get_covered (shared), ==, 80000);
  g_assert_null (hk_bank_deposit_get_note (shared));
  g_assert_cmpuint (hk_bank_deposit_get_n_reports (shared), ==, 2);

  shares = hk_bank_store_list_deposit_reports (fixture->store, hk_bank_deposit_get_id (shared),
                                               &error);
  g_assert_no_error (error);
  g_assert_cmpuint (shares->len, ==, 2);

  /* Only day 3 is left to bank; a second pass records nothing. */
  g_clear_pointer (&undeposited, g_ptr_array_unref);
  undeposited = hk_bank_store_list_undeposited (fixture->store, "2024-03-01", "2024-03-31",
                                                &error);
  g_assert_cmpuint (undeposited->len, ==, 1);
  g_assert_cmpint (((HkBankDepositShare *)g_ptr_array_index (undeposited, 0))->takings, ==, 12000);
  g_assert_true (hk_bank_store_record_from_reports (fixture->store, fixture->hall.auditor,
                                                    "2024-03-01", "2024-03-31", &n, &error));
  g_assert_cmpuint (n, ==, 0);
  hk_test_hall_assert_last_audit (&fixture->hall, "bank-deposit-recorded", fixture->hall.auditor,
                                  "bank-deposit", hk_bank_deposit_get_id (
                                    g_ptr_array_index (deposits, 1)), "S-2");
}

static void
test_deposit_rules (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkBankDeposit) made = NULL;
  g_autoptr(HkBankDeposit) refused = NULL;
  g_autoptr(HkBankDeposit) cancelled = NULL;
  g_autoptr(HkBankDeposit) again = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(GPtrArray) cheques = NULL;
  HkBankDepositReport day1[] = { { 0, "2024-03-01" } };
  HkBankDepositReport day2[] = { { 0, "2024-03-02" } };
  HkBankDepositReport both[] = { { 0, "2024-03-01" }, { 0, "2024-03-02" } };
  HkBankDepositReport unsubmitted[] = { { 0, "2024-03-05" } };
  gint64 cheque_id;
  HkTestHallBefore before;

  day1[0].clerk_id = day2[0].clerk_id = both[0].clerk_id = both[1].clerk_id =
    unsubmitted[0].clerk_id = hk_operator_get_id (fixture->hall.clerk);

  work_day (fixture, fixture->hall.clerk, 1, 50000, "CQ-1", "S-1");
  work_day (fixture, fixture->hall.clerk, 2, 20000, NULL, NULL);
  cheques = hk_cheque_store_list (hk_context_get_cheque_store (fixture->hall.context), -1, &error);
  cheque_id = hk_cheque_get_id (g_ptr_array_index (cheques, 0));

  hk_test_hall_remember (&fixture->hall, &before);

  /* Day 1's report names the slip S-1: a deposit of another slip may not carry it. */
  refused = deposit (fixture, "S-9", 2, 70000, NULL, both, 2, NULL, 0, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "names the bank receipt S-1");
  g_clear_error (&error);
  /* A report not submitted; the same report twice; nothing at all. */
  refused = deposit (fixture, "S-9", 2, 100, NULL, unsubmitted, 1, NULL, 0, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "not submitted");
  g_clear_error (&error);
  {
    HkBankDepositReport twice[] = { day2[0], day2[0] };

    refused = deposit (fixture, "S-9", 2, 40000, NULL, twice, 2, NULL, 0, &error);
    g_assert_null (refused);
    hk_test_assert_error (error, HK_ERROR_INVALID, "named twice");
    g_clear_error (&error);
  }
  refused = deposit (fixture, "S-9", 2, 100, NULL, NULL, 0, NULL, 0, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  /* The slip's amount differs from the takings: a note is needed. */
  refused = deposit (fixture, "S-9", 2, 19000, NULL, day2, 1, NULL, 0, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_INVALID, "note why");
  g_clear_error (&error);
  /* A cheque not endorsed; a slip dated tomorrow. */
  refused = deposit (fixture, "S-9", 2, PHONE, NULL, NULL, 0, &cheque_id, 1, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "not endorsed");
  g_clear_error (&error);
  refused = deposit (fixture, "S-9", 3, 20000, NULL, day2, 1, NULL, 0, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  /* Day 1 on its own slip with its cheque, endorsed first. */
  {
    g_autoptr(HkCheque) cheque = hk_cheque_store_lookup (
      hk_context_get_cheque_store (fixture->hall.context), cheque_id, &error);
    g_autoptr(HkCheque) endorsed = hk_cheque_store_endorse (
      hk_context_get_cheque_store (fixture->hall.context), fixture->hall.auditor, cheque,
      "ICBC 委托收款", &error);

    g_assert_no_error (error);
  }
  made = deposit (fixture, "S-1", 1, 50000 + PHONE, NULL, day1, 1, &cheque_id, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_bank_deposit_get_covered (made), ==, 50000 + PHONE);
  g_assert_cmpuint (hk_bank_deposit_get_n_cheques (made), ==, 1);

  /* The report cannot be carried twice, nor its check moved to another slip. */
  refused = deposit (fixture, "S-8", 2, 50000, NULL, day1, 1, NULL, 0, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "carried by the deposit S-1");
  g_clear_error (&error);
  {
    HkDailyReportCheck check = { 150000, "ICBC", "S-7", "2024-03-01", 50000 };

    checked = hk_daily_report_store_record_check (reports (fixture), fixture->hall.auditor,
                                                  hk_operator_get_id (fixture->hall.clerk),
                                                  "2024-03-01", &check, &error);
    g_assert_null (checked);
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "another slip"));
    g_clear_error (&error);
  }

  /* Day 2 with a short slip, noted. */
  g_clear_object (&made);
  made = deposit (fixture, "S-2", 2, 19000, "银行点钞少一百元，已追回", day2, 1, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_bank_deposit_get_amount (made), ==, 19000);
  g_assert_cmpint (hk_bank_deposit_get_covered (made), ==, 20000);

  /* Cancelled, the deposit frees its report for another. */
  cancelled = hk_bank_store_cancel_deposit (fixture->store, fixture->hall.auditor, made,
                                            "录错金额", &error);
  g_assert_no_error (error);
  g_assert_true (hk_bank_deposit_is_cancelled (cancelled));
  again = deposit (fixture, "S-3", 2, 20000, NULL, day2, 1, NULL, 0, &error);
  g_assert_no_error (error);
}

/* ---- statements ---- */

static const char *good_statement =
  STATEMENT_HEADER
  "2024-03-01,INT-0301,利息,12.34,10012.34\n"
  "2024-03-02,S-1,现金存款,800.00,10812.34\n"
  "2024-03-04,,\"现金存款, 网点 018\",200.00,11012.34\n"
  "2024-03-04,S-3,支票进账,1000.00,12012.34\n"
  "2024-03-05,CQ-1,退票,-1000.00,11012.34\n"
  "2024-03-05,FEE,手续费,-5.00,11007.34\n";

static void
test_statement_import (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  HkBankStatementImport result = { 0 };
  HkBankStatementLine *third;

  set_now (fixture, MARCH_9AM (6));
  g_assert_true (hk_bank_store_import_statement (fixture->store, fixture->hall.auditor, "1202",
                                                 good_statement, strlen (good_statement),
                                                 "march.csv", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_lines, ==, 6);
  g_assert_cmpstr (result.first_day, ==, "2024-03-01");
  g_assert_cmpstr (result.last_day, ==, "2024-03-05");
  g_assert_cmpint (result.opening_balance, ==, 1000000);
  g_assert_cmpint (result.closing_balance, ==, 1100734);
  hk_bank_statement_import_clear (&result);
  hk_test_hall_assert_last_audit (&fixture->hall, "bank-statement-imported",
                                  fixture->hall.auditor, "bank-statement", 1, "6 lines");

  lines = hk_bank_store_list_lines (fixture->store, "2024-03-01", "2024-03-31", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 6);
  third = g_ptr_array_index (lines, 2);
  g_assert_cmpuint (hk_bank_statement_line_get_line_no (third), ==, 4);
  g_assert_cmpstr (hk_bank_statement_line_get_description (third), ==, "现金存款, 网点 018");
  g_assert_cmpint (hk_bank_statement_line_get_amount (third), ==, 20000);
  g_assert_false (hk_bank_statement_line_is_matched (third));

  /* The same file again does not continue the statement: refused. */
  g_assert_false (import (fixture, good_statement, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "line 2:");
  g_assert_nonnull (strstr (error->message, "imported already"));
  g_clear_error (&error);

  /* The next statement continues it. */
  g_assert_true (import (fixture, STATEMENT_HEADER "2024-03-06,S-4,现金存款,150.00,11157.34\n",
                         &error));
  g_assert_no_error (error);
}

static void
test_statement_errors (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;
  static const struct
  {
    const char *csv;
    const char *message;
  } bad[] = {
    { "", "line 1:" },
    { "date,reference,description,amount,balance\n", "line 1: The first line must be the header" },
    { STATEMENT_HEADER, "no statement lines" },
    { STATEMENT_HEADER "2024-03-01,A,x,1.00\n", "line 2: A row has 5 fields" },
    { STATEMENT_HEADER "2024-03-01,A,x,1.00,1.00\n2024/03/02,B,y,1.00,2.00\n",
      "line 3: “2024/03/02” is not a value date" },
    { STATEMENT_HEADER "2024-02-30,A,x,1.00,1.00\n", "line 2:" },
    { STATEMENT_HEADER "2024-03-09,A,x,1.00,1.00\n", "line 2: The value date 2024-03-09 is later" },
    { STATEMENT_HEADER "2024-03-02,A,x,1.00,1.00\n2024-03-01,B,y,1.00,2.00\n",
      "line 3: The value date 2024-03-01 is before" },
    { STATEMENT_HEADER "2024-03-01,A,x,1.5,1.50\n", "line 2: amount:" },
    { STATEMENT_HEADER "2024-03-01,A,x,¥1.00,1.00\n", "line 2: amount:" },
    { STATEMENT_HEADER "2024-03-01,A,x,0.00,1.00\n", "line 2: The amount is a credit" },
    { STATEMENT_HEADER "2024-03-01,A,x,1.00,1,000.00\n", "line 2: A row has 5 fields" },
    { STATEMENT_HEADER "2024-03-01,A,x,1.00,10.00\n2024-03-01,B,y,2.00,13.00\n",
      "line 3: The balance 13.00 does not follow" },
    { STATEMENT_HEADER "2024-03-01,A,\"x,1.00,1.00\n", "line 2:" },
  };

  set_now (fixture, MARCH_9AM (8));
  hk_test_hall_remember (&fixture->hall, &before);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("file %u", i);
      g_assert_false (hk_bank_store_import_statement (fixture->store, fixture->hall.auditor, NULL,
                                                      bad[i].csv, strlen (bad[i].csv), NULL, NULL,
                                                      &error));
      g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, bad[i].message));
      g_clear_error (&error);
    }

  /* All or nothing: a good first line before a bad one writes nothing either. */
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "bank_statement_lines"), ==, 0);
}

/* ---- matching and the reconciliation ---- */

/* The month of the reconciliation test: deposits S-1 (two clerks, 1 March), S-2 (2 March),
 * S-3 (the cheque, 2 March, bounced on 4 March) and S-4 (5 March, not on the statement);
 * the statement above, with interest and a fee the book does not know. */
static void
build_month (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cheques = NULL;
  g_autoptr(HkBankDeposit) s2 = NULL;
  g_autoptr(HkBankDeposit) s3 = NULL;
  g_autoptr(HkBankDeposit) s4 = NULL;
  g_autoptr(HkCheque) endorsed = NULL;
  g_autoptr(HkCheque) bounced = NULL;
  HkChequeStore *cheque_store = hk_context_get_cheque_store (fixture->hall.context);
  HkBankDepositReport zhangli2 = { hk_operator_get_id (fixture->hall.clerk), "2024-03-02" };
  HkBankDepositReport liuyang2 = { hk_operator_get_id (fixture->hall.clerk2), "2024-03-02" };
  gint64 cheque_id;
  guint n = 0;

  work_day (fixture, fixture->hall.clerk, 1, 50000, NULL, "S-1");
  work_day (fixture, fixture->hall.clerk2, 1, 30000, NULL, "S-1");
  work_day (fixture, fixture->hall.clerk, 2, 20000, "CQ-1", NULL);
  work_day (fixture, fixture->hall.clerk2, 2, 15000, NULL, NULL);

  g_assert_true (hk_bank_store_record_from_reports (fixture->store, fixture->hall.auditor,
                                                    "2024-03-01", "2024-03-31", &n, &error));
  g_assert_cmpuint (n, ==, 1);
  s2 = deposit (fixture, "S-2", 2, 20000, NULL, &zhangli2, 1, NULL, 0, &error);
  g_assert_no_error (error);

  cheques = hk_cheque_store_list (cheque_store, -1, &error);
  cheque_id = hk_cheque_get_id (g_ptr_array_index (cheques, 0));
  endorsed = hk_cheque_store_endorse (cheque_store, fixture->hall.auditor,
                                      g_ptr_array_index (cheques, 0), "ICBC 委托收款", &error);
  g_assert_no_error (error);
  s3 = deposit (fixture, "S-3", 2, PHONE, NULL, NULL, 0, &cheque_id, 1, &error);
  g_assert_no_error (error);

  set_now (fixture, MARCH_9AM (4));
  bounced = hk_cheque_store_bounce (cheque_store, fixture->hall.auditor, endorsed, "余额不足",
                                    &error);
  g_assert_no_error (error);

  set_now (fixture, MARCH_9AM (5));
  s4 = deposit (fixture, "S-4", 5, 15000, NULL, &liuyang2, 1, NULL, 0, &error);
  g_assert_no_error (error);

  set_now (fixture, MARCH_9AM (6));
  g_assert_true (import (fixture, good_statement, &error));
  g_assert_no_error (error);
}

static HkBankReconciliation *
reconcile (Fixture *fixture,
           int      day)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = march (day);
  HkBankReconciliation *rec = hk_bank_store_reconcile (fixture->store, date, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rec);

  return rec;
}

static void
test_reconciliation (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkBankReconciliation) before_match = NULL;
  g_autoptr(HkBankReconciliation) fifth = NULL;
  g_autoptr(HkBankReconciliation) second = NULL;
  g_autoptr(GPtrArray) open = NULL;
  HkBankReconciliationItem *item;
  guint n = 0;

  build_month (fixture);

  /* Before anything is matched it balances too, with everything in transit and unmatched. */
  before_match = reconcile (fixture, 5);
  g_assert_cmpint (before_match->difference, ==, 0);
  g_assert_cmpuint (before_match->in_transit_items->len, ==, 5);
  g_assert_cmpuint (before_match->unmatched_items->len, ==, 6);

  g_assert_true (hk_bank_store_auto_match (fixture->store, fixture->hall.auditor, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 4);
  open = hk_bank_store_list_lines (fixture->store, "2024-03-01", "2024-03-31", TRUE, &error);
  g_assert_cmpuint (open->len, ==, 2);
  hk_test_hall_assert_last_audit (&fixture->hall, "bank-lines-matched", fixture->hall.auditor,
                                  "bank-statement", 0, "matched 4");

  /* At the end of 5 March: the book 10,000.00 + 800 + 200 + 1,000 + 150 − 1,000 (the bounce);
   * S-4 in transit; interest and the fee unmatched; the statement at 11,007.34. */
  fifth = reconcile (fixture, 5);
  g_assert_cmpstr (fifth->opening_day, ==, "2024-02-29");
  g_assert_cmpint (fifth->opening_balance, ==, 1000000);
  g_assert_cmpint (fifth->book_balance, ==, 1115000);
  g_assert_cmpint (fifth->in_transit, ==, 15000);
  g_assert_cmpuint (fifth->in_transit_items->len, ==, 1);
  item = g_ptr_array_index (fifth->in_transit_items, 0);
  g_assert_cmpstr (item->reference, ==, "S-4");
  g_assert_cmpint (fifth->unmatched, ==, 1234 - 500);
  g_assert_cmpuint (fifth->unmatched_items->len, ==, 2);
  g_assert_cmpint (fifth->statement_balance, ==, 1100734);
  g_assert_cmpuint (fifth->n_matched, ==, 4);
  g_assert_cmpint (fifth->difference, ==, 0);
  g_assert_cmpint (fifth->book_balance - fifth->in_transit + fifth->unmatched, ==,
                   fifth->statement_balance);

  /* At the end of 2 March S-2 and S-3 were still in transit: it balances too. */
  second = reconcile (fixture, 2);
  g_assert_cmpint (second->book_balance, ==, 1200000);
  g_assert_cmpint (second->in_transit, ==, 120000);
  g_assert_cmpint (second->unmatched, ==, 1234);
  g_assert_cmpint (second->statement_balance, ==, 1081234);
  g_assert_cmpint (second->difference, ==, 0);
}

static void
test_reconciliation_difference (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkBankReconciliation) rec = NULL;

  build_month (fixture);
  g_assert_true (hk_bank_store_auto_match (fixture->store, fixture->hall.auditor, NULL, &error));

  /* The auditor's book opened one yuan lower than the bank: the difference says so. */
  g_assert_true (hk_bank_store_set_book_opening (fixture->store, fixture->hall.auditor,
                                                 "2024-02-29", 999900, &error));
  g_assert_no_error (error);
  rec = reconcile (fixture, 5);
  g_assert_cmpint (rec->opening_balance, ==, 999900);
  g_assert_cmpint (rec->difference, ==, -100);
}

static void
test_match_by_hand (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) deposits = NULL;
  g_autoptr(HkBankReconciliation) rec = NULL;
  HkBankStatementLine *fee;
  HkBankStatementLine *cash;
  gint64 s2 = 0;
  gint64 s4 = 0;
  HkTestHallBefore before;

  build_month (fixture);
  lines = hk_bank_store_list_lines (fixture->store, "2024-03-01", "2024-03-31", FALSE, &error);
  fee = g_ptr_array_index (lines, 5);
  cash = g_ptr_array_index (lines, 2);
  deposits = hk_bank_store_list_deposits (fixture->store, "2024-03-01", "2024-03-31", &error);
  for (guint i = 0; i < deposits->len; i++)
    {
      HkBankDeposit *d = g_ptr_array_index (deposits, i);

      if (g_str_equal (hk_bank_deposit_get_slip_no (d), "S-2"))
        s2 = hk_bank_deposit_get_id (d);
      if (g_str_equal (hk_bank_deposit_get_slip_no (d), "S-4"))
        s4 = hk_bank_deposit_get_id (d);
    }

  hk_test_hall_remember (&fixture->hall, &before);

  /* Unequal amounts never match; one line, one entry; nothing to take back. */
  g_assert_false (hk_bank_store_match (fixture->store, fixture->hall.auditor,
                                       hk_bank_statement_line_get_id (cash), s4, 0, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "only equal amounts");
  g_clear_error (&error);
  g_assert_false (hk_bank_store_match (fixture->store, fixture->hall.auditor,
                                       hk_bank_statement_line_get_id (fee), 0, 0, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_bank_store_unmatch (fixture->store, fixture->hall.auditor,
                                         hk_bank_statement_line_get_id (cash), &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  g_assert_true (hk_bank_store_match (fixture->store, fixture->hall.auditor,
                                      hk_bank_statement_line_get_id (cash), s2, 0, &error));
  g_assert_no_error (error);
  g_assert_false (hk_bank_store_match (fixture->store, fixture->hall.auditor,
                                       hk_bank_statement_line_get_id (cash), s2, 0, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "matched already");
  g_clear_error (&error);

  /* A matched deposit is not cancelled; taken back, it may be. */
  {
    g_autoptr(HkBankDeposit) d = hk_bank_store_lookup_deposit (fixture->store, s2, &error);
    g_autoptr(HkBankDeposit) refused = NULL;

    g_assert_cmpint (hk_bank_deposit_get_line_id (d), ==, hk_bank_statement_line_get_id (cash));
    refused = hk_bank_store_cancel_deposit (fixture->store, fixture->hall.auditor, d, "x",
                                            &error);
    g_assert_null (refused);
    g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
    g_clear_error (&error);
  }
  g_assert_true (hk_bank_store_unmatch (fixture->store, fixture->hall.auditor,
                                        hk_bank_statement_line_get_id (cash), &error));
  g_assert_no_error (error);
  hk_test_hall_assert_last_audit (&fixture->hall, "bank-line-unmatched", fixture->hall.auditor,
                                  "bank-statement-line", hk_bank_statement_line_get_id (cash),
                                  "took back");

  rec = reconcile (fixture, 5);
  g_assert_cmpint (rec->difference, ==, 0);
}

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkBankDeposit) refused = NULL;
  HkOperator *actors[] = { fixture->hall.clerk, fixture->hall.supervisor, NULL };
  HkBankDepositReport key = { 0, "2024-03-01" };
  HkTestHallBefore before;

  work_day (fixture, fixture->hall.clerk, 1, 50000, NULL, NULL);
  key.clerk_id = hk_operator_get_id (fixture->hall.clerk);
  set_now (fixture, MARCH_9AM (6));

  hk_test_hall_remember (&fixture->hall, &before);

  /* The bank work is the auditor's. */
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      HkBankDepositInput input = { "ICBC", "S-1", "2024-03-01", 50000, NULL };

      refused = hk_bank_store_record_deposit (fixture->store, actors[i], &input, &key, 1, NULL, 0,
                                              &error);
      g_assert_null (refused);
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
      g_assert_false (hk_bank_store_record_from_reports (fixture->store, actors[i], "2024-03-01",
                                                         "2024-03-31", NULL, &error));
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
      g_assert_false (hk_bank_store_import_statement (fixture->store, actors[i], NULL,
                                                      good_statement, strlen (good_statement),
                                                      NULL, NULL, &error));
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
      g_assert_false (hk_bank_store_auto_match (fixture->store, actors[i], NULL, &error));
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
      g_assert_false (hk_bank_store_set_book_opening (fixture->store, actors[i], "2024-02-29", 0,
                                                      &error));
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
    }

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 15);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  build_template ();

#define ADD(path, func) \
  g_test_add ("/bank-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("deposits/from-reports", test_from_reports);
  ADD ("deposits/rules", test_deposit_rules);
  ADD ("statement/import", test_statement_import);
  ADD ("statement/errors", test_statement_errors);
  ADD ("reconciliation/balance", test_reconciliation);
  ADD ("reconciliation/difference", test_reconciliation_difference);
  ADD ("reconciliation/match-by-hand", test_match_by_hand);
  ADD ("permissions", test_permissions);

  status = g_test_run ();

  hk_test_hall_teardown (&hall_template);

  return status;
}
