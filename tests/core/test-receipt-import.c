/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-receipt-import.c: importing receipts from the business platform's CSV: a good file and
 * its daily report, every refusal with its line and the database unchanged, BOM and CRLF, the
 * hall's time zone, re-imports and signed days. */

#include "config.h"

#include <string.h>

#include "core/hk-context.h"
#include "core/hk-error.h"
#include "core/hk-receipt-import.h"
#include "hk-test-hall.h"

/* 2024-03-05 09:00 in Asia/Shanghai (UTC+8): "now" in these tests. */
#define NOW 1709600400
#define DAY1 "2024-03-01"
#define DAY2 "2024-03-02"
#define CODE "144031900111"

#define HEADER "receipt_no,issued_at,clerk,item_code,quantity,unit_price,amount,payment," \
               "customer_phone,status,void_reason,cheque_no\n"
/* A good first receipt, on line 2 of a file that starts with HEADER. */
#define ROW_1001 CODE "-00001001,2024-03-01 09:05:12,zhangli,SIM-5G,1,30.00,30.00,cash,,issued,,\n"

typedef struct
{
  HkTestHall     hall;
  HkOperator    *zhangli;
  HkOperator    *liuyang;
  HkOperator    *wangfang;
  HkInvoiceBook *book;
  guint          n_receipts_changed;
} Fixture;

/* A fee item of the tariff, priced since the start of the year. */
static void
add_fee_item (Fixture       *fixture,
              const char    *code,
              const char    *name,
              HkFeeCategory  category,
              gint64         price)
{
  hk_test_hall_add_fee_item (&fixture->hall, code, name, category, price, "2024-01-01");
}

static void
on_receipts_changed_cb (HkReceiptStore *store,
                        gint64          clerk_id,
                        const char     *day,
                        Fixture        *fixture)
{
  fixture->n_receipts_changed++;
}

/* The hall of the fixtures in tests/data: the tariff, three clerks' worth of invoice numbers
 * (book 144031900111 00001001–00001100: 1001–1050 to zhangli, 1051–1080 to liuyang, the rest
 * in the stock). */
static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;

  hk_test_hall_setup (hall, NOW);
  hall->auditor = hk_test_hall_insert_operator (hall, "zhaomin", HK_ROLE_AUDITOR);
  fixture->zhangli = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  fixture->liuyang = hk_test_hall_insert_operator (hall, "liuyang", HK_ROLE_CLERK);
  fixture->wangfang = hk_test_hall_insert_operator (hall, "wangfang", HK_ROLE_DUTY_MANAGER);
  hall->supervisor = hk_test_hall_insert_operator (hall, "chenjing", HK_ROLE_SUPERVISOR);

  add_fee_item (fixture, "SIM-5G", "5G SIM卡", HK_FEE_CATEGORY_SIM_CARD, 3000);
  add_fee_item (fixture, "CZ-100", "话费充值 100元", HK_FEE_CATEGORY_SERVICE, 10000);
  add_fee_item (fixture, "SJ-OPPO-A2", "OPPO A2 5G", HK_FEE_CATEGORY_HANDSET, 129900);
  add_fee_item (fixture, "PJ-BHK", "手机保护壳", HK_FEE_CATEGORY_ACCESSORY, 3900);
  add_fee_item (fixture, "PJ-SJX", "数据线 Type-C 1米", HK_FEE_CATEGORY_ACCESSORY, 2500);
  add_fee_item (fixture, "BK-FEE", "补卡费", HK_FEE_CATEGORY_SERVICE, 1000);
  add_fee_item (fixture, "YJK-050", "有价卡 50元", HK_FEE_CATEGORY_VALUE_CARD, 5000);
  add_fee_item (fixture, "WX-HPF", "更换屏幕（人工费）", HK_FEE_CATEGORY_REPAIR, 8000);
  add_fee_item (fixture, "QT-GBF", "工本费", HK_FEE_CATEGORY_OTHER, 500);

  fixture->book = hk_test_hall_register_book (hall, CODE, 1001, 1100);
  hk_test_hall_issue_numbers (hall, fixture->book, 1001, 1050, fixture->zhangli);
  hk_test_hall_issue_numbers (hall, fixture->book, 1051, 1080, fixture->liuyang);

  g_signal_connect (hall->receipts, "changed", G_CALLBACK (on_receipts_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_clear_object (&fixture->book);
  g_clear_object (&fixture->zhangli);
  g_clear_object (&fixture->liuyang);
  g_clear_object (&fixture->wangfang);
  hk_test_hall_teardown (&fixture->hall);
}

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static gboolean
import_text (Fixture                *fixture,
             HkOperator             *actor,
             const char             *text,
             HkReceiptImportResult  *result,
             GError                **error)
{
  return hk_receipt_import_csv (fixture->hall.context, actor, text, strlen (text), result, error);
}

static void
import_good_file (Fixture               *fixture,
                  HkReceiptImportResult *result)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  contents = read_fixture ("receipts-good.csv", &length);
  g_assert_true (hk_receipt_import_csv (fixture->hall.context, fixture->hall.auditor, contents,
                                        length, result, &error));
  g_assert_no_error (error);
}

/* Importing @text is refused with "line @line: …@fragment…", and the file is unchanged. */
static void
assert_refused_as (Fixture    *fixture,
                   HkOperator *actor,
                   const char *text,
                   guint       line,
                   const char *fragment)
{
  g_autofree char *before = hk_test_dump_file_rows (fixture->hall.db.path);
  g_autofree char *after = NULL;
  g_autofree char *prefix = g_strdup_printf ("line %u: ", line);
  g_autoptr(GError) error = NULL;
  HkReceiptImportResult result = { 0 };
  guint n_changed = fixture->n_receipts_changed;

  g_assert_false (import_text (fixture, actor, text, &result, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, fragment) == NULL)
    g_error ("“%s” is not “%s…%s…”", error->message, prefix, fragment);

  after = hk_test_dump_file_rows (fixture->hall.db.path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (result.n_receipts, ==, 0);
  g_assert_cmpuint (fixture->n_receipts_changed, ==, n_changed);
}

static void
assert_refused (Fixture    *fixture,
                const char *text,
                guint       line,
                const char *fragment)
{
  assert_refused_as (fixture, fixture->hall.auditor, text, line, fragment);
}

/* ---- a good file ---- */

static void
test_good_file (Fixture       *fixture,
                gconstpointer  data)
{
  HkReceiptStore *store = hk_context_get_receipt_store (fixture->hall.context);
  HkReceiptImportResult result = { 0 };
  g_autoptr(GPtrArray) receipts = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  HkReceipt *first;
  HkReceipt *voided;
  HkReceiptLine *line;
  HkReceiptPayment *payment;

  import_good_file (fixture, &result);

  g_assert_cmpuint (result.n_receipts, ==, 9);
  g_assert_cmpuint (result.n_lines, ==, 12);
  g_assert_cmpuint (result.n_void, ==, 1);
  g_assert_cmpstr (result.first_day, ==, DAY1);
  g_assert_cmpstr (result.last_day, ==, DAY2);

  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database, "SELECT count(*) FROM receipts"),
                   ==, 9);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM receipts WHERE source = 'import'"
                                      " AND shift_id IS NULL AND book_id IS NOT NULL"), ==, 9);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM receipt_lines"), ==, 12);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM receipt_payments"), ==, 9);
  /* zhangli's day and liuyang's day changed. */
  g_assert_cmpuint (fixture->n_receipts_changed, ==, 2);

  receipts = hk_receipt_store_list_day (store, hk_operator_get_id (fixture->zhangli), DAY1,
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (receipts->len, ==, 7);

  /* The first receipt: two lines, paid in cash, the time in the hall's time zone. */
  first = g_ptr_array_index (receipts, 0);
  g_assert_true (hk_receipt_is_imported (first));
  g_assert_cmpstr (hk_receipt_get_invoice_code (first), ==, CODE);
  g_assert_cmpint (hk_receipt_get_number (first), ==, 1001);
  g_assert_cmpint (hk_receipt_get_issued_at (first), ==, 1709255112);
  g_assert_cmpint (hk_receipt_get_total (first), ==, 23000);
  g_assert_cmpint (hk_receipt_get_shift_id (first), ==, 0);
  g_assert_cmpstr (hk_receipt_get_customer_phone (first), ==, "13812345678");
  g_assert_cmpint (hk_receipt_get_status (first), ==, HK_RECEIPT_ISSUED);

  lines = hk_receipt_store_get_lines (store, hk_receipt_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 2);
  line = g_ptr_array_index (lines, 1);
  g_assert_cmpstr (line->fee_item_code, ==, "CZ-100");
  g_assert_cmpstr (line->fee_item_name, ==, "话费充值 100元");
  g_assert_cmpint (line->quantity, ==, 2);
  g_assert_cmpint (line->unit_price, ==, 10000);
  g_assert_cmpint (line->amount, ==, 20000);

  payments = hk_receipt_store_get_payments (store, hk_receipt_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (payments->len, ==, 1);
  payment = g_ptr_array_index (payments, 0);
  g_assert_cmpint (payment->method, ==, HK_PAYMENT_CASH);
  g_assert_cmpint (payment->amount, ==, 23000);

  /* The void keeps its reason, with the comma inside the quoted field. */
  voided = g_ptr_array_index (receipts, 3);
  g_assert_cmpint (hk_receipt_get_number (voided), ==, 1004);
  g_assert_cmpint (hk_receipt_get_status (voided), ==, HK_RECEIPT_VOID);
  g_assert_cmpstr (hk_receipt_get_void_reason (voided), ==, "顾客取消,已退款");

  /* The cheque keeps its number. */
  g_clear_pointer (&payments, g_ptr_array_unref);
  payments = hk_receipt_store_get_payments (store,
                                            hk_receipt_get_id (g_ptr_array_index (receipts, 4)),
                                            &error);
  g_assert_no_error (error);
  payment = g_ptr_array_index (payments, 0);
  g_assert_cmpint (payment->method, ==, HK_PAYMENT_CHEQUE);
  g_assert_cmpstr (payment->cheque_no, ==, "CQ20240301-0007");

  /* One audit entry that names the count, the days and the first and last number. */
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "receipts-imported"), ==, 1);
  summary = hk_test_query_text (fixture->hall.db.database,
                                "SELECT summary FROM audit_log"
                                " WHERE action = 'receipts-imported'");
  g_assert_nonnull (strstr (summary, "imported 9 receipts (12 lines, 1 void"));
  g_assert_nonnull (strstr (summary, "for 2024-03-01 to 2024-03-02"));
  g_assert_nonnull (strstr (summary, CODE "-00001001"));
  g_assert_nonnull (strstr (summary, CODE "-00001052"));
  g_assert_nonnull (strstr (summary, "clerks liuyang, zhangli"));
}

/* The imported day's daily report: the three legs from the receipts, no shift, and the
 * clerk's declared cash entered by the auditor before signing. */
static void
test_daily_report (Fixture       *fixture,
                   gconstpointer  data)
{
  HkDailyReportStore *reports = hk_context_get_daily_report_store (fixture->hall.context);
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;
  HkDailyReportCheck check = { 0 };
  gint64 zhangli = hk_operator_get_id (fixture->zhangli);

  import_good_file (fixture, NULL);

  report = hk_daily_report_store_compute (reports, zhangli, DAY1, &error);
  g_assert_no_error (error);
  g_assert_true (hk_daily_report_is_imported (report));
  g_assert_cmpint (hk_daily_report_get_status (report), ==, HK_DAILY_REPORT_OPEN);
  g_assert_cmpuint (hk_daily_report_get_n_receipts (report), ==, 6);
  g_assert_cmpuint (hk_daily_report_get_n_void (report), ==, 1);
  g_assert_cmpuint (hk_daily_report_get_n_shifts (report), ==, 0);
  g_assert_cmpint (hk_daily_report_get_account_total (report), ==, 177300);
  g_assert_cmpint (hk_daily_report_get_account_by_method (report, HK_PAYMENT_CASH), ==, 24500);
  g_assert_cmpint (hk_daily_report_get_account_by_method (report, HK_PAYMENT_CARD), ==, 133800);
  g_assert_cmpint (hk_daily_report_get_account_by_method (report, HK_PAYMENT_WECHAT), ==, 1000);
  g_assert_cmpint (hk_daily_report_get_account_by_method (report, HK_PAYMENT_ALIPAY), ==, 10000);
  g_assert_cmpint (hk_daily_report_get_account_by_method (report, HK_PAYMENT_CHEQUE), ==, 8000);
  g_assert_cmpuint (hk_daily_report_get_n_numbers_used (report), ==, 7);
  g_assert_cmpuint (hk_daily_report_get_n_gaps (report), ==, 0);
  g_assert_cmpint (hk_daily_report_get_stub_total (report), ==, 177300);
  g_assert_true (hk_daily_report_get_stubs_agree (report));

  /* Without the declared cash the cash leg is short by the cash takings. */
  problems = hk_daily_report_describe_problems (report);
  g_assert_nonnull (strstr (problems, "declared cash"));
  g_assert_cmpint (hk_daily_report_get_cash_difference (report), ==, -24500);

  check.accounting_copy = 177300;
  check.bank_name = "中国工商银行营业部";
  check.bank_slip_no = "ICBC-20240301-118";
  check.bank_amount = 24500;
  check.has_declared_cash = TRUE;
  check.declared_cash = 24500;
  checked = hk_daily_report_store_record_check (reports, fixture->hall.auditor, zhangli, DAY1,
                                                &check, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_daily_report_get_cash_difference (checked), ==, 0);
  g_assert_true (hk_daily_report_get_agrees (checked));

  signed_report = hk_daily_report_store_sign (reports, fixture->hall.auditor, zhangli, DAY1, NULL,
                                              &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_daily_report_get_status (signed_report), ==, HK_DAILY_REPORT_SIGNED);

  /* liuyang's day is a report of its own. */
  g_clear_object (&report);
  report = hk_daily_report_store_compute (reports, hk_operator_get_id (fixture->liuyang), DAY2,
                                          &error);
  g_assert_no_error (error);
  g_assert_true (hk_daily_report_is_imported (report));
  g_assert_cmpint (hk_daily_report_get_account_total (report), ==, 13000);
}

/* @text with CR LF line ends and a byte order mark in front. */
static char *
to_crlf_with_bom (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *joined = g_strjoinv ("\r\n", lines);

  return g_strconcat ("\xef\xbb\xbf", joined, NULL);
}

/* The same file with a byte order mark and CR LF line ends imports the same. */
static void
test_bom_crlf (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *crlf = NULL;
  g_autofree char *bad = NULL;
  g_autoptr(GError) error = NULL;
  HkReceiptImportResult result = { 0 };
  gsize length = 0;

  /* A bad row still has its line number. */
  bad = to_crlf_with_bom (HEADER ROW_1001
                          CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.0,card,,"
                          "issued,,\n");
  g_assert_nonnull (strstr (bad, "\r\n"));
  assert_refused (fixture, bad, 3, "amount: “39.0”");

  contents = read_fixture ("receipts-good.csv", &length);
  crlf = to_crlf_with_bom (contents);
  g_assert_true (import_text (fixture, fixture->hall.auditor, crlf, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_receipts, ==, 9);
  g_assert_cmpuint (result.n_lines, ==, 12);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM receipts"
                                      " WHERE void_reason = '顾客取消,已退款'"), ==, 1);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM receipt_payments"
                                      " WHERE cheque_no = 'CQ20240301-0007'"), ==, 1);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM receipts"
                                      " WHERE customer_phone LIKE '%' || char (13) || '%'"
                                      " OR void_reason LIKE '%' || char (13) || '%'"), ==, 0);
}

/* Without the optional cheque_no column a file has eleven columns; a cheque needs it. */
static void
test_without_cheque_column (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *header = "receipt_no,issued_at,clerk,item_code,quantity,unit_price,amount,"
                       "payment,customer_phone,status,void_reason\n";
  g_autofree char *good = g_strconcat (header,
                                       CODE "-00001001,2024-03-01 09:05:12,zhangli,SIM-5G,1,"
                                       "30.00,30.00,card,,issued,\n", NULL);
  g_autofree char *cheque = g_strconcat (header,
                                         CODE "-00001001,2024-03-01 09:05:12,zhangli,SIM-5G,1,"
                                         "30.00,30.00,cheque,,issued,\n", NULL);
  g_autofree char *twelve = g_strconcat (header,
                                         CODE "-00001001,2024-03-01 09:05:12,zhangli,SIM-5G,1,"
                                         "30.00,30.00,card,,issued,,\n", NULL);
  g_autoptr(GError) error = NULL;
  HkReceiptImportResult result = { 0 };

  assert_refused (fixture, cheque, 2, "cheque number");
  assert_refused (fixture, twelve, 2, "A row has 11 fields, like the header; this one has 12");

  g_assert_true (import_text (fixture, fixture->hall.auditor, good, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_receipts, ==, 1);
}

/* ---- refusals ---- */

typedef struct
{
  const char *rows;       /* after HEADER */
  guint       line;
  const char *fragment;
} BadCase;

static void
test_bad_rows (Fixture       *fixture,
               gconstpointer  data)
{
  const BadCase cases[] = {
    /* money */
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39,39.00,card,,issued,,\n",
      3, "unit_price: “39” is not an amount of money" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,¥39.00,card,,issued,,\n",
      3, "amount: “¥39.00”" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,-39.00,-39.00,card,,issued,,\n",
      3, "unit_price: “-39.00” is out of range" },
    { CODE "-00001001,2024-03-01 09:05:12,zhangli,SIM-5G,1,1 000.00,1 000.00,cash,,issued,,\n",
      2, "unit_price:" },
    /* amount is not quantity × unit price */
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,CZ-100,2,100.00,100.00,cash,,issued,,\n",
      3, "The amount 100.00 is not quantity × unit_price = 2 × 100.00 = 200.00" },
    /* dates and times */
    { ROW_1001 CODE "-00001002,2024-02-30 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "“2024-02-30 09:40:03” is not a time of issue" },
    { ROW_1001 CODE "-00001002,2024-03-01T09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "is not a time of issue" },
    { ROW_1001 CODE "-00001002,2024-03-01 24:00:00,zhangli,PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "is not a time of issue" },
    { ROW_1001 CODE "-00001002,2024/03/01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "is not a time of issue" },
    { ROW_1001 CODE "-00001002,2024-03-05 09:00:01,zhangli,PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "later than now" },
    /* who */
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,nobody,PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "There is no operator with the login “nobody”" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,wangfang,PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "wangfang is not a counter clerk" },
    /* what */
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-XXX,1,39.00,39.00,card,,issued,,\n",
      3, "There is no fee item with the code “PJ-XXX”" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,0,39.00,0.00,card,,issued,,\n",
      3, "“0” is not a quantity" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1.5,39.00,58.50,card,,issued,,\n",
      3, "“1.5” is not a quantity" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,-1,39.00,-39.00,card,,issued,,\n",
      3, "“-1” is not a quantity" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,0.00,0.00,card,,issued,,\n",
      3, "totals ¥0.00" },
    /* how it was paid, and its status */
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,paypal,,issued,,\n",
      3, "“paypal” is not a payment method" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,cheque,,issued,,\n",
      3, "A payment by cheque needs the cheque number" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,cash,,issued,,"
      "CQ-1\n", 3, "Only a payment by cheque has a cheque_no" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,void,,\n",
      3, "A void receipt needs the reason" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,void, ,\n",
      3, "A void receipt needs the reason" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,issued,"
      "顾客取消,\n", 3, "its status is issued" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,"
      "cancelled,,\n", 3, "“cancelled” is not a status" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,138-abc,"
      "issued,,\n", 3, "“138-abc” is not a phone number" },
    /* the lines of one receipt disagree */
    { ROW_1001 CODE "-00001001,2024-03-01 09:05:12,zhangli,CZ-100,1,100.00,100.00,card,,issued,,\n",
      3, "its payment differs from the receipt’s first row (line 2)" },
    { ROW_1001 CODE "-00001001,2024-03-01 09:05:13,zhangli,CZ-100,1,100.00,100.00,cash,,issued,,\n",
      3, "its issued_at differs" },
    { ROW_1001 CODE "-00001001,2024-03-01 09:05:12,liuyang,CZ-100,1,100.00,100.00,cash,,issued,,\n",
      3, "its clerk differs" },
    { ROW_1001 CODE "-00001001,2024-03-01 09:05:12,zhangli,CZ-100,1,100.00,100.00,cash,"
      "13812345678,issued,,\n", 3, "its customer_phone differs" },
    { ROW_1001 CODE "-00001001,2024-03-01 09:05:12,zhangli,CZ-100,1,100.00,100.00,cash,,void,"
      "错开,\n", 3, "its status differs" },
    /* numbers */
    { ROW_1001 CODE "-1002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "“144031900111-1002” is not a receipt number" },
    { ROW_1001 "No.00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "is not a receipt number" },
    { ROW_1001 CODE "-00001051,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "The number 144031900111-00001051 is not issued to zhangli: it is issued to liuyang" },
    { ROW_1001 CODE "-00001090,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "The number 144031900111-00001090 is not issued to zhangli: it is in the hall’s stock" },
    { ROW_1001 CODE "-00002001,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "The number 144031900111-00002001 is in no registered invoice book" },
    { ROW_1001 "144031900999-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,"
      "issued,,\n", 3, "is in no registered invoice book" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,issued,,\n"
      CODE "-00001001,2024-03-01 09:05:12,zhangli,CZ-100,1,100.00,100.00,cash,,issued,,\n",
      4, "Receipt 144031900111-00001001 already appears from line 2" },
    /* the shape of the file */
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,PJ-BHK,1,39.00,39.00,card,,issued\n",
      3, "A row has 12 fields, like the header; this one has 10" },
    { ROW_1001 CODE "-00001002,2024-03-01 09:40:03,zhangli,\"PJ-BHK,1,39.00,39.00,card,,issued,,\n",
      3, "no closing quote" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (HEADER, cases[i].rows, NULL);

      g_test_message ("case %u: %s", i, cases[i].fragment);
      assert_refused (fixture, text, cases[i].line, cases[i].fragment);
    }

  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "receipts-imported"), ==, 0);
}

/* The fixture files of refused imports: each names its line. */
static void
test_bad_fixtures (Fixture       *fixture,
                   gconstpointer  data)
{
  const struct
  {
    const char *name;
    guint       line;
    const char *fragment;
  } cases[] = {
    { "receipts-bad-amount.csv", 4, "The amount 100.00 is not quantity × unit_price" },
    { "receipts-bad-split.csv", 4, "Receipt 144031900111-00001001 already appears from line 2" },
    { "receipts-bad-issued.csv", 3, "is not issued to zhangli: it is issued to liuyang" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      contents = read_fixture (cases[i].name, &length);
      assert_refused (fixture, contents, cases[i].line, cases[i].fragment);
    }
}

static void
test_bad_header (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *reordered = g_strconcat ("issued_at,receipt_no,clerk,item_code,quantity,"
                                            "unit_price,amount,payment,customer_phone,status,"
                                            "void_reason\n", ROW_1001, NULL);
  g_autofree char *extra = g_strconcat ("receipt_no,issued_at,clerk,item_code,quantity,"
                                        "unit_price,amount,payment,customer_phone,status,"
                                        "void_reason,cheque_no,note\n", ROW_1001, NULL);
  g_autoptr(GError) error = NULL;

  assert_refused (fixture, reordered, 1, "The first line must be the header receipt_no,");
  assert_refused (fixture, extra, 1, "The first line must be the header");
  assert_refused (fixture, "", 1, "The file is empty");
  assert_refused (fixture, "\n\n", 1, "The file is empty");

  g_assert_false (import_text (fixture, fixture->hall.auditor, HEADER, NULL, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no receipts"));
}

/* A deactivated clerk's receipts are refused. */
static void
test_deactivated_clerk (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *text = g_strconcat (HEADER, ROW_1001, NULL);

  hk_test_raw_exec (fixture->hall.db.path,
                    "UPDATE operators SET active = 0 WHERE login = 'zhangli'");
  assert_refused (fixture, text, 2, "The account of zhangli is deactivated");
}

/* Importing the same receipts again is refused by number, also with new receipts in front. */
static void
test_reimport (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *mixed = NULL;
  gsize length = 0;

  import_good_file (fixture, NULL);

  contents = read_fixture ("receipts-good.csv", &length);
  assert_refused (fixture, contents, 2,
                  "Receipt 144031900111-00001001 is already in the database");

  mixed = g_strconcat (HEADER,
                       CODE "-00001008,2024-03-02 09:00:00,zhangli,SIM-5G,1,30.00,30.00,cash,,"
                       "issued,,\n"
                       CODE "-00001052,2024-03-02 11:11:11,liuyang,PJ-SJX,2,25.00,50.00,cash,,"
                       "issued,,\n", NULL);
  assert_refused (fixture, mixed, 3, "Receipt 144031900111-00001052 is already in the database");

  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "receipts-imported"), ==, 1);
}

/* Nothing is added to a day whose daily report is signed, nor to a day with a shift. */
static void
test_signed_day (Fixture       *fixture,
                 gconstpointer  data)
{
  HkDailyReportStore *reports = hk_context_get_daily_report_store (fixture->hall.context);
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *late = NULL;
  g_autofree char *next_day = NULL;
  HkDailyReportCheck check = { 0 };
  HkReceiptImportResult result = { 0 };
  gint64 zhangli = hk_operator_get_id (fixture->zhangli);

  import_good_file (fixture, NULL);

  check.accounting_copy = 177300;
  check.bank_name = "中国建设银行";
  check.bank_slip_no = "CCB-0301-7";
  check.bank_amount = 24500;
  check.has_declared_cash = TRUE;
  check.declared_cash = 24500;
  checked = hk_daily_report_store_record_check (reports, fixture->hall.auditor, zhangli, DAY1,
                                                &check, &error);
  g_assert_no_error (error);
  signed_report = hk_daily_report_store_sign (reports, fixture->hall.auditor, zhangli, DAY1, NULL,
                                              &error);
  g_assert_no_error (error);

  late = g_strconcat (HEADER,
                      CODE "-00001008,2024-03-01 18:00:00,zhangli,SIM-5G,1,30.00,30.00,cash,,"
                      "issued,,\n", NULL);
  assert_refused (fixture, late, 2, "The daily report of zhangli for 2024-03-01 is signed");

  /* The import's own check lets the schema's trigger step aside while it writes; for any other
   * writer the trigger still refuses a receipt of the signed day. */
  {
    sqlite3 *handle = hk_test_raw_open (fixture->hall.db.path);
    g_autofree char *sql = NULL;

    sql = g_strdup_printf ("INSERT INTO receipts (invoice_code, number, book_id, clerk_id,"
                           " business_day, issued_at, total, source)"
                           " SELECT invoice_code, 1008, book_id, clerk_id, business_day,"
                           " issued_at, 3000, 'import' FROM receipts"
                           " WHERE clerk_id = %lld AND business_day = '%s' LIMIT 1",
                           (long long)zhangli, DAY1);
    g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
    g_assert_cmpstr (sqlite3_errmsg (handle), ==,
                     "the daily report of that clerk and day is signed");
    sqlite3_close (handle);
  }

  /* The next day is open. */
  next_day = g_strconcat (HEADER,
                          CODE "-00001008,2024-03-02 09:00:00,zhangli,SIM-5G,1,30.00,30.00,cash,,"
                          "issued,,\n", NULL);
  g_assert_true (import_text (fixture, fixture->hall.auditor, next_day, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (result.first_day, ==, DAY2);
}

static void
test_shift_day (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;

  sql = g_strdup_printf ("INSERT INTO shifts (clerk_id, business_day, status, opened_at,"
                         " opening_float, closed_at, counted_cash, expected_cash)"
                         " VALUES (%lld, '2024-03-01', 'closed', 1709254800, 50000, 1709283600,"
                         " 50000, 50000)", (long long)hk_operator_get_id (fixture->zhangli));
  hk_test_raw_exec (fixture->hall.db.path, sql);

  text = g_strconcat (HEADER, ROW_1001, NULL);
  assert_refused (fixture, text, 2, "zhangli worked a shift at the counter on 2024-03-01");
}

/* Only an auditor imports; the refusal is in the audit log and nothing else is written. */
static void
test_permission (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  contents = read_fixture ("receipts-good.csv", &length);

  g_assert_false (hk_receipt_import_csv (fixture->hall.context, fixture->zhangli, contents, length,
                                         NULL, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);

  g_assert_false (hk_receipt_import_csv (fixture->hall.context, fixture->hall.supervisor, contents,
                                         length, NULL, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);

  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database, "SELECT count(*) FROM receipts"),
                   ==, 0);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "permission-denied"), ==, 2);
}

/* A number skipped in the file is a gap of that imported day: it blocks signing. */
static void
test_gap (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = g_strconcat (HEADER, ROW_1001,
                      CODE "-00001003,2024-03-01 10:00:00,zhangli,PJ-BHK,1,39.00,39.00,card,,"
                      "issued,,\n", NULL);
  g_assert_true (import_text (fixture, fixture->hall.auditor, text, NULL, &error));
  g_assert_no_error (error);

  report = hk_daily_report_store_compute (hk_context_get_daily_report_store (fixture->hall.context),
                                          hk_operator_get_id (fixture->zhangli), DAY1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_daily_report_get_n_gaps (report), ==, 1);
  g_assert_false (hk_daily_report_get_stubs_agree (report));
}

/* More receipts and lines than one batch of inserts holds: every row arrives, in order. */
static void
test_many (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (HEADER);
  g_autoptr(GError) error = NULL;
  HkReceiptImportResult result = { 0 };
  guint n_lines = 0;

  for (guint i = 0; i < 75; i++)
    {
      gboolean liuyang = i >= 45;
      guint number = liuyang ? 1051 + i - 45 : 1001 + i;
      guint lines = 1 + i % 3;

      for (guint j = 0; j < lines; j++)
        g_string_append_printf (text, CODE "-%08u,2024-03-0%u 10:%02u:00,%s,PJ-BHK,%u,39.00,"
                                "%u.00,%s,,issued,,\n",
                                number, liuyang ? 2 : 1, i % 60, liuyang ? "liuyang" : "zhangli",
                                j + 1, 39 * (j + 1), i % 2 ? "card" : "cash");
      n_lines += lines;
    }

  g_assert_true (import_text (fixture, fixture->hall.auditor, text->str, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_receipts, ==, 75);
  g_assert_cmpuint (result.n_lines, ==, n_lines);

  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database, "SELECT count(*) FROM receipts"),
                   ==, 75);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM receipt_lines"), ==, n_lines);
  /* Ids follow the file; each receipt's lines and payment add up to its total. */
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT max (id) - min (id) + 1 FROM receipts"), ==, 75);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM receipts r"
                                      " WHERE r.number = 1001 + (r.id - 1)"
                                      " OR r.number = 1051 + (r.id - 46)"), ==, 75);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM receipts r WHERE"
                                      " r.total = (SELECT sum (amount) FROM receipt_lines l"
                                      "            WHERE l.receipt_id = r.id)"
                                      " AND r.total = (SELECT amount FROM receipt_payments p"
                                      "                WHERE p.receipt_id = r.id)"
                                      " AND (SELECT count(*) FROM receipt_lines l"
                                      "      WHERE l.receipt_id = r.id) = 1 + (r.id - 1) % 3"),
                   ==, 75);
}

/* Times are the hall's local time: the time zone setting decides the moment, also on the day
 * summer time starts. */
static void
test_time_zone (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HkOperator) admin = hk_test_hall_insert_operator (&fixture->hall, "root",
                                                              HK_ROLE_ADMINISTRATOR);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (hk_hall_store_update (hk_context_get_hall_store (fixture->hall.context), admin,
                                       "营业厅", "HK01", "Europe/Berlin", &error));
  g_assert_no_error (error);
  hk_database_set_now (fixture->hall.db.database, 1712000000);

  text = g_strconcat (HEADER,
                      CODE "-00001001,2024-03-30 12:00:00,zhangli,SIM-5G,1,30.00,30.00,cash,,"
                      "issued,,\n"
                      CODE "-00001002,2024-03-31 12:00:00,zhangli,SIM-5G,1,30.00,30.00,cash,,"
                      "issued,,\n"
                      CODE "-00001003,2024-03-31 01:30:00,zhangli,SIM-5G,1,30.00,30.00,cash,,"
                      "issued,,\n", NULL);
  g_assert_true (import_text (fixture, fixture->hall.auditor, text, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT issued_at FROM receipts WHERE number = 1001"),
                   ==, 1711796400);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT issued_at FROM receipts WHERE number = 1002"),
                   ==, 1711879200);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT issued_at FROM receipts WHERE number = 1003"),
                   ==, 1711845000);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM receipts"
                                      " WHERE business_day = '2024-03-31'"), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/receipt-import/" path, Fixture, NULL, setup, func, teardown)

  ADD ("good-file", test_good_file);
  ADD ("daily-report", test_daily_report);
  ADD ("bom-crlf", test_bom_crlf);
  ADD ("without-cheque-column", test_without_cheque_column);
  ADD ("bad-rows", test_bad_rows);
  ADD ("bad-fixtures", test_bad_fixtures);
  ADD ("bad-header", test_bad_header);
  ADD ("deactivated-clerk", test_deactivated_clerk);
  ADD ("reimport", test_reimport);
  ADD ("signed-day", test_signed_day);
  ADD ("shift-day", test_shift_day);
  ADD ("permission", test_permission);
  ADD ("gap", test_gap);
  ADD ("many", test_many);
  ADD ("time-zone", test_time_zone);

#undef ADD

  return g_test_run ();
}
