/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-stock-reports.c: the card stock count and the bank reconciliation as reports: their
 * cells, totals and figures, and the .xlsx files read back by openpyxl. */

#include "config.h"

#include <string.h>

#include "core/hk-bank-store.h"
#include "core/hk-card-stock-store.h"
#include "reports/hk-bank-reconciliation-report.h"
#include "reports/hk-card-stock-report.h"
#include "reports/hk-report-export.h"

#include "core/hk-test-hall.h"
#include "export-test-util.h"

#define PYTHON "/usr/bin/python3"

/* 2024-03-01 09:00 in Asia/Shanghai. */
#define DAY1_9AM 1709254800
#define DAY1 "2024-03-01"
#define HOUR 3600
#define SIM_PRICE 2000

typedef struct
{
  HkTestHall hall;
  char      *dir;
} Fixture;

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(GError) error = NULL;

  hk_test_hall_setup (hall, DAY1_9AM - 2 * HOUR);
  hall->supervisor = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_SUPERVISOR);
  hall->auditor = hk_test_hall_insert_operator (hall, "zhaomin", HK_ROLE_AUDITOR);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  hall->clerk2 = hk_test_hall_insert_operator (hall, "liuyang", HK_ROLE_CLERK);
  hk_test_hall_add_fee_item (hall, "SIM-5G", "5G SIM卡", HK_FEE_CATEGORY_SIM_CARD, SIM_PRICE,
                             "2024-01-01");
  hk_test_hall_give_numbers (hall, hall->clerk, "1234567890", 1, 500);
  hk_context_set_operator (hall->context, hall->auditor);

  fixture->dir = g_dir_make_tmp ("hk-stock-reports-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);
  export_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  hk_test_hall_teardown (&fixture->hall);
}

/* What openpyxl reads in the workbook; NULL when it cannot run here (the test is skipped). */
static char *
read_workbook (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "reports", "read-xlsx.py", NULL);
  const char *argv[] = { PYTHON, script, path, NULL };
  char *out;
  int status;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no " PYTHON " to read the workbook");
      return NULL;
    }

  out = export_test_run (argv, &status);
  if (status == 77)
    {
      g_test_skip ("python3-openpyxl is not installed (build-aux/install-deps --test)");
      return NULL;
    }
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (out);

  return out;
}

static char *
sims (int first,
      int last)
{
  return g_strdup_printf ("8986002401%010d-8986002401%010d", first, last);
}

/* The day of the card count: 100 SIM cards received, 20 to zhangli, 3 sold, 2 back; her
 * handover counts one short, explained. */
static void
build_card_day (Fixture *fixture)
{
  HkTestHall *hall = &fixture->hall;
  HkCardStockStore *store = hk_context_get_card_stock_store (hall->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(HkCardRequisition) requisition = NULL;
  g_autoptr(HkCardRequisition) received = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkCardHandover) handover = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *hers = sims (1, 20);
  g_autofree char *three = sims (1, 3);
  g_autofree char *back = sims (19, 20);
  HkReceiptLineInput line = { .fee_item_id = 0, .quantity = 3, .serials = three };
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, 3 * SIM_PRICE, NULL };
  HkCardCount count = { 0, 14, "一张卡损坏" };

  hk_database_set_now (hall->db.database, DAY1_9AM);
  type = hk_card_stock_store_add_type (store, hall->supervisor, "SIM-5G", "5G SIM卡",
                                       HK_CARD_KIND_SIM, 0, 20,
                                       hk_test_hall_find_fee_item (hall, "SIM-5G"), &error);
  g_assert_no_error (error);
  requisition = hk_card_stock_store_request (store, hall->supervisor, type, 100, NULL, &error);
  received = hk_card_stock_store_receive (store, hall->supervisor, requisition, all, &error);
  g_assert_no_error (error);
  g_assert_true (hk_card_stock_store_allocate (store, hall->supervisor, type, hers, hall->clerk,
                                               &error));
  shift = hk_test_hall_open_shift (hall, hall->clerk, 0);
  line.fee_item_id = hk_test_hall_find_fee_item (hall, "SIM-5G");
  receipt = hk_receipt_store_issue (hall->receipts, hall->clerk, NULL, &line, 1, &payment, 1, NULL,
                                    &error);
  g_assert_no_error (error);
  g_assert_true (hk_card_stock_store_return (store, hall->supervisor, type, back, hall->clerk,
                                             &error));
  count.card_type_id = hk_card_type_get_id (type);
  handover = hk_card_stock_store_hand_over (store, hall->clerk, hall->clerk, &count, 1, &error);
  g_assert_no_error (error);
}

static void
test_card_count (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkReport) report = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "cards.xlsx", NULL);
  g_autofree char *out = NULL;
  HkReportTable *by_holder;
  HkReportTable *by_type;
  HkReportTable *handovers;

  build_card_day (fixture);
  report = hk_card_stock_report_build (fixture->hall.context, DAY1, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (hk_report_get_id (report), ==, "card-stock");
  g_assert_cmpstr (hk_report_get_period_label (report), ==, DAY1);
  g_assert_cmpuint (hk_report_get_n_tables (report), ==, 3);

  /* The hall's stock: 100 received + 2 back − 20 allocated = 82; zhangli: 20 − 3 − 2 = 15. */
  by_holder = hk_report_find_table (report, "by-holder");
  g_assert_cmpuint (hk_report_table_get_n_rows (by_holder), ==, 3);
  g_assert_cmpstr (hk_report_table_get_text (by_holder, 0, 0), ==, "Hall stock");
  g_assert_cmpint (hk_report_table_get_value (by_holder, 0, 3), ==, 102);
  g_assert_cmpint (hk_report_table_get_value (by_holder, 0, 6), ==, 20);
  g_assert_cmpint (hk_report_table_get_value (by_holder, 0, 7), ==, 82);
  g_assert_cmpstr (hk_report_table_get_text (by_holder, 1, 0), ==, "zhangli");
  g_assert_cmpstr (hk_report_table_get_text (by_holder, 1, 1), ==, "5G SIM卡");
  g_assert_cmpint (hk_report_table_get_value (by_holder, 1, 3), ==, 20);
  g_assert_cmpint (hk_report_table_get_value (by_holder, 1, 4), ==, 3);
  g_assert_cmpint (hk_report_table_get_value (by_holder, 1, 5), ==, 2);
  g_assert_cmpint (hk_report_table_get_value (by_holder, 1, 7), ==, 15);
  g_assert_cmpint (hk_report_table_get_row_kind (by_holder, 2), ==, HK_REPORT_ROW_TOTAL);
  g_assert_cmpint (hk_report_table_get_value (by_holder, 2, 4), ==, 3);
  g_assert_cmpint (hk_report_table_get_value (by_holder, 2, 7), ==, 97);
  g_assert_true (hk_report_table_is_empty (by_holder, 2, 3));

  by_type = hk_report_find_table (report, "by-type");
  g_assert_cmpint (hk_report_table_get_value (by_type, 0, 1), ==, 82);
  g_assert_cmpint (hk_report_table_get_value (by_type, 0, 2), ==, 15);
  g_assert_cmpint (hk_report_table_get_value (by_type, 0, 3), ==, 97);
  g_assert_cmpint (hk_report_table_get_value (by_type, 0, 4), ==, 3);

  handovers = hk_report_find_table (report, "handovers");
  g_assert_cmpuint (hk_report_table_get_n_rows (handovers), ==, 1);
  g_assert_cmpint (hk_report_table_get_value (handovers, 0, 6), ==, 15);
  g_assert_cmpint (hk_report_table_get_value (handovers, 0, 7), ==, 14);
  g_assert_cmpint (hk_report_table_get_value (handovers, 0, 8), ==, -1);
  g_assert_cmpstr (hk_report_table_get_text (handovers, 0, 9), ==, "一张卡损坏");
  g_assert_cmpstr (hk_report_table_get_text (handovers, 0, 11), ==, "no");

  g_assert_cmpstr (hk_report_get_figure_label (report, 0), ==, "Cards sold");
  g_assert_cmpint (hk_report_get_figure_value (report, 0), ==, 3);
  g_assert_cmpint (hk_report_get_figure_value (report, 1), ==, 97);
  g_assert_cmpint (hk_report_get_figure_value (report, 2), ==, 1);

  /* The workbook, as another program reads it: the sheets, a clerk's row, the total's SUM. */
  g_assert_true (hk_report_export (report, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  if ((out = read_workbook (path)) == NULL)
    return;
  g_test_message ("%s", out);
  export_test_assert_line (out, "sheets\tSummary\tBy holder\tBy card type\tHandovers");
  export_test_assert_line (out, "property\ttitle\tCard stock count");
  export_test_assert_line (out, "cell\tBy holder!A3\ts\tzhangli\tGeneral\tplain");
  export_test_assert_line (out, "cell\tBy holder!H3\tn\t15\t#,##0\tplain");
  export_test_assert_line (out, "cached\tBy holder!H4\t97");
  export_test_assert_line (out, "cached\tBy holder!E4\t3");
  export_test_assert_line (out, "cell\tHandovers!J2\ts\t一张卡损坏\tGeneral\tplain");
}

static void
test_reconciliation (Fixture       *fixture,
                     gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  HkBankStore *bank = hk_context_get_bank_store (hall->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(HkBankDeposit) deposit = NULL;
  g_autoptr(HkReport) report = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "bank.xlsx", NULL);
  g_autofree char *out = NULL;
  gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  HkBankDepositReport key = { 0, DAY1 };
  HkBankDepositInput input = { "ICBC", "S-1", DAY1, 4 * SIM_PRICE, NULL };
  const char *csv = "value_date,reference,description,amount,balance\n"
                    "2024-03-01,INT,利息,1.23,1001.23\n";
  HkReportTable *summary;
  HkReportTable *transit;
  gint64 service;

  /* A day's cash of ¥80.00 banked on slip S-1, not yet on the statement, which has only
   * interest. */
  hk_database_set_now (hall->db.database, DAY1_9AM);
  shift = hk_test_hall_open_shift (hall, hall->clerk, 0);
  service = hk_test_hall_add_fee_item (hall, "SVC", "服务", HK_FEE_CATEGORY_SERVICE, SIM_PRICE,
                                       "2024-01-01");
  receipt = hk_test_hall_sell (hall, hall->clerk, service, 4, 4 * SIM_PRICE, HK_PAYMENT_CASH);
  counts[HK_N_DENOMINATIONS - 1] = 4 * SIM_PRICE / 10;
  closed = hk_test_hall_close_shift (hall, hall->clerk, shift, counts, NULL);
  submitted = hk_daily_report_store_submit (hk_context_get_daily_report_store (hall->context),
                                            hall->clerk, DAY1, &error);
  g_assert_no_error (error);
  key.clerk_id = hk_operator_get_id (hall->clerk);
  deposit = hk_bank_store_record_deposit (bank, hall->auditor, &input, &key, 1, NULL, 0, &error);
  g_assert_no_error (error);
  hk_database_set_now (hall->db.database, DAY1_9AM + 10 * HOUR);
  g_assert_true (hk_bank_store_import_statement (bank, hall->auditor, NULL, csv, strlen (csv),
                                                 NULL, NULL, &error));
  g_assert_no_error (error);

  report = hk_bank_reconciliation_report_build (hall->context, DAY1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_report_get_id (report), ==, "bank-reconciliation");

  /* Book 1,000.00 + 80.00; 80.00 in transit; 1.23 unmatched; statement 1,001.23; 0 off. */
  g_assert_cmpstr (hk_report_get_figure_label (report, 0), ==, "Book balance");
  g_assert_cmpint (hk_report_get_figure_value (report, 0), ==, 108000);
  g_assert_cmpint (hk_report_get_figure_value (report, 1), ==, 8000);
  g_assert_cmpint (hk_report_get_figure_value (report, 2), ==, 123);
  g_assert_cmpint (hk_report_get_figure_value (report, 3), ==, 100123);
  g_assert_cmpint (hk_report_get_figure_value (report, 4), ==, 0);
  g_assert_cmpstr (hk_report_get_figure_text (report, 5), ==, "yes");

  summary = hk_report_find_table (report, "summary");
  g_assert_cmpint (hk_report_table_get_value (summary, 4, 1), ==, 100123);
  g_assert_cmpint (hk_report_table_get_value (summary, 6, 1), ==, 0);
  transit = hk_report_find_table (report, "in-transit");
  g_assert_cmpuint (hk_report_table_get_n_rows (transit), ==, 2);
  g_assert_cmpstr (hk_report_table_get_text (transit, 0, 1), ==, "S-1");
  g_assert_cmpint (hk_report_table_get_value (transit, 1, 3), ==, 8000);

  g_assert_true (hk_report_export (report, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  if ((out = read_workbook (path)) == NULL)
    return;
  g_test_message ("%s", out);
  export_test_assert_line (out, "sheets\tSummary\tReconciliation\tDeposits in transit\t"
                                "Unmatched statement lines");
  export_test_assert_line (out, "cell\tReconciliation!A8\ts\tDifference\tGeneral\tplain");
  export_test_assert_line (out, "cell\tReconciliation!B8\tn\t0\t¥#,##0.00\tplain");
  export_test_assert_line (out, "cell\tDeposits in transit!B2\ts\tS-1\tGeneral\tplain");
  export_test_assert_line (out, "cached\tDeposits in transit!D3\t80");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/stock-reports/card-count", Fixture, NULL, setup, test_card_count, teardown);
  g_test_add ("/stock-reports/reconciliation", Fixture, NULL, setup, test_reconciliation,
              teardown);

  return g_test_run ();
}
