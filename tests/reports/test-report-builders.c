/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-report-builders.c: the daily, ten-day and monthly reports and the journal, checked cell
 * by cell against a small hand-made month whose figures are worked out below.
 *
 * Everything is written through core's real paths (shifts, receipts, voids, a red-letter
 * receipt, cash movements, daily reports submitted, checked and signed) into a real SQLite
 * file, on the hall's clock (Asia/Shanghai).
 *
 * The month, March 2024, with one day before it in February and one a year earlier. Clerks
 * liuyang and zhangli (their display names are their logins); the tariff:
 *   SIM   SIM card (sim_card)      ¥20.00     TOP  话费充值 50元 (service, a top-up)  ¥50.00
 *   VC    有价卡 100元 (value_card) ¥100.00    BK   补卡费 (service)                    ¥10.00
 *   PH    OPPO A3 (handset)        ¥1,299.00  MF   钢化膜 (accessory)                  ¥20.00
 *
 * 2023-03-15  zhangli, float ¥0: P1 TOP×1 cash 50. Counted 50. Signed, banked ¥50.
 * 2024-02-26  zhangli, float ¥0: F1 SIM×1 cash 20; F2 TOP×2 WeChat 100. Counted 20. Submitted,
 *             never checked: ¥20 of cash not banked (the journal brings it forward).
 * 2024-03-04  zhangli, float ¥100:
 *               09:00 R1 TOP×1 = 50, cash
 *               09:30 R2 PH×1 + MF×1 = 1,319, split: cash 319 + WeChat 1,000
 *               10:00 R3 SIM×2 = 40, cash; 10:05 voided
 *               11:00 R4 VC×1 = 100, cheque CQ-0001
 *               12:00 ¥300 from the drawer to the safe
 *               17:30 close: expected 100 + 50 + 319 − 300 = 169, counted 169; cash taken
 *                     169 − 100 + 300 = 369. Checked (copy 1,469, bank 369) and signed.
 *             liuyang, float ¥0:
 *               09:10 R5 BK×1 = 10, Alipay;  10:30 R6 TOP×1 = 50, bank card
 *               17:40 close: counted 0. Checked (copy 60, bank 0) and signed.
 * 2024-03-15  zhangli, float ¥100:
 *               09:00 R8 TOP×3 = 150, cash
 *               09:30 R7 red-letter of R1: −50, cash given back
 *               17:30 close: expected 100 + 150 − 50 = 200, counted 190: ¥10 short; cash
 *                     taken 90. Checked (copy 100, bank 90), signed with a note.
 * 2024-03-25  liuyang, float ¥50:
 *               10:00 R9 PH×1 = 1,299, cheque CQ-0002;  11:00 R10 SIM×1 = 20, cash
 *               17:30 close: counted 70 = expected. Submitted, NOT signed: March is PROVISIONAL.
 *
 * March by hand (valid receipts; R3 is void, R7 is red-letter):
 *   receipts 8 (R1 R2 R4 R8 R5 R6 R9 R10), voids 1, red-letter 1
 *   revenue 50 + 1,319 + 100 − 50 + 150 + 10 + 50 + 1,299 + 20 = 2,948
 *   by category: service 50 − 50 + 150 + 10 + 50 = 210; SIM 20; value card 100;
 *                handset 1,299 + 1,299 = 2,598; accessory 20          (sum 2,948)
 *   by method: cash 50 + 319 − 50 + 150 + 20 = 489; card 50; WeChat 1,000; Alipay 10;
 *              cheque 100 + 1,299 = 1,399                              (sum 2,948)
 *   payments: cash 5 (R1 R2 R7 R8 R10), card 1, WeChat 1, Alipay 1, cheque 2
 *   volumes: SIM cards 1, value cards 1, handsets 2, top-ups 1 − 1 + 3 + 1 = 4 (¥200)
 *   by dekad: 1–10: receipts 5, void 1, revenue 1,529, value card 1, handset 1, top-ups 2
 *             11–20: receipts 1, red-letter 1, revenue 100, top-ups 2
 *             21–31: receipts 2, revenue 1,319, SIM 1, handset 1
 *   by clerk: liuyang 4 receipts, ¥1,379; zhangli 4 receipts, 1 void, 1 red-letter, ¥1,569
 * February 2024: revenue 120 (service 100, SIM 20; cash 20, WeChat 100), 2 receipts.
 * March 2023: revenue 50 (service 50, cash 50), 1 receipt.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/hk-context.h"
#include "core/hk-error.h"
#include "core/hk-money.h"
#include "core/hk-receipt-import.h"
#include "hk-test-hall.h"
#include "reports/hk-report-builders.h"
#include "reports/hk-report-text.h"
#include "reports/hk-revenue-query.h"
#include "reports/hk-text-table.h"

typedef struct
{
  HkTestHall  hall;
  gint64      sim, top, vc, bk, ph, mf;
} Month;

/* A moment of a day in the hall's time zone. */
static gint64
at (const char *day,
    int         hour,
    int         minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (HK_DEFAULT_TIME_ZONE);
  g_autoptr(GDateTime) moment = NULL;
  int y, m, d;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
  moment = g_date_time_new (zone, y, m, d, hour, minute, 0);

  return g_date_time_to_unix (moment);
}

static void
clock_at (Month      *month,
          const char *day,
          int         hour,
          int         minute)
{
  hk_database_set_now (month->hall.db.database, at (day, hour, minute));
}

static HkReceipt *
issue (Month                       *month,
       HkOperator                  *clerk,
       const HkReceiptLineInput    *lines,
       guint                        n_lines,
       const HkReceiptPaymentInput *payments,
       guint                        n_payments)
{
  g_autoptr(GError) error = NULL;
  HkReceipt *receipt;

  receipt = hk_receipt_store_issue (month->hall.receipts, clerk, NULL, lines, n_lines, payments,
                                    n_payments, NULL, &error);
  g_assert_no_error (error);

  return receipt;
}

/* A receipt of one line paid by one payment. */
static HkReceipt *
sell (Month           *month,
      HkOperator      *clerk,
      gint64           item,
      gint64           quantity,
      gint64           total,
      HkPaymentMethod  method,
      const char      *cheque_no)
{
  HkReceiptLineInput line = { .fee_item_id = item, .quantity = quantity };
  HkReceiptPaymentInput payment = { method, total, cheque_no };

  return issue (month, clerk, &line, 1, &payment, 1);
}

/* Closes @shift with @counted cash in the drawer, in notes and coins. */
static void
close_shift (Month      *month,
             HkOperator *clerk,
             HkShift    *shift,
             gint64      counted,
             gint64      card,
             gint64      wechat,
             gint64      alipay,
             gint64      cheque)
{
  gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  gint64 declared[HK_N_PAYMENT_METHODS] = { 0 };
  g_autoptr(HkShift) closed = NULL;

  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    {
      counts[i] = counted / hk_denominations[i];
      counted -= counts[i] * hk_denominations[i];
    }
  declared[HK_PAYMENT_CARD] = card;
  declared[HK_PAYMENT_WECHAT] = wechat;
  declared[HK_PAYMENT_ALIPAY] = alipay;
  declared[HK_PAYMENT_CHEQUE] = cheque;

  closed = hk_test_hall_close_shift (&month->hall, clerk, shift, counts, declared);
}

static void
submit (Month      *month,
        HkOperator *clerk,
        const char *day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkDailyReport) report = NULL;

  report = hk_daily_report_store_submit (hk_context_get_daily_report_store (month->hall.context),
                                         clerk, day, &error);
  g_assert_no_error (error);
}

/* The auditor enters the accounting copy and the bank receipt, and signs. */
static void
check_and_sign (Month      *month,
                HkOperator *clerk,
                const char *day,
                gint64      accounting_copy,
                gint64      bank,
                const char *note)
{
  HkDailyReportStore *store = hk_context_get_daily_report_store (month->hall.context);
  g_autofree char *slip = g_strdup_printf ("B-%s-%s", day, hk_operator_get_login (clerk));
  HkDailyReportCheck check = { accounting_copy, "ICBC", slip, day, bank, FALSE, 0 };
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(GError) error = NULL;

  checked = hk_daily_report_store_record_check (store, month->hall.auditor,
                                                hk_operator_get_id (clerk), day, &check, &error);
  g_assert_no_error (error);
  signed_report = hk_daily_report_store_sign (store, month->hall.auditor,
                                              hk_operator_get_id (clerk), day, note, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_daily_report_get_status (signed_report), ==, HK_DAILY_REPORT_SIGNED);
}

static void
month_setup (Month         *month,
             gconstpointer  data)
{
  HkTestHall *hall = &month->hall;
  HkOperator *a, *b;
  g_autoptr(GError) error = NULL;

  hk_test_hall_setup (hall, at ("2023-01-01", 8, 0));
  hall->supervisor = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_SUPERVISOR);
  hall->auditor = hk_test_hall_insert_operator (hall, "zhaomin", HK_ROLE_AUDITOR);
  hall->clerk = a = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  hall->clerk2 = b = hk_test_hall_insert_operator (hall, "liuyang", HK_ROLE_CLERK);

  month->sim = hk_test_hall_add_fee_item (hall, "SIM", "SIM card", HK_FEE_CATEGORY_SIM_CARD,
                                          2000, "2023-01-01");
  month->top = hk_test_hall_add_fee_item (hall, "TOP", "话费充值 50元", HK_FEE_CATEGORY_SERVICE,
                                          5000, "2023-01-01");
  month->vc = hk_test_hall_add_fee_item (hall, "VC", "有价卡 100元", HK_FEE_CATEGORY_VALUE_CARD,
                                         10000, "2023-01-01");
  month->bk = hk_test_hall_add_fee_item (hall, "BK", "补卡费", HK_FEE_CATEGORY_SERVICE, 1000,
                                         "2023-01-01");
  month->ph = hk_test_hall_add_fee_item (hall, "PH", "OPPO A3", HK_FEE_CATEGORY_HANDSET, 129900,
                                         "2023-01-01");
  month->mf = hk_test_hall_add_fee_item (hall, "MF", "钢化膜", HK_FEE_CATEGORY_ACCESSORY, 2000,
                                         "2023-01-01");
  hk_test_hall_give_numbers (hall, a, "3300241130", 1, 100);
  hk_test_hall_give_numbers (hall, b, "3300241130", 101, 200);

  /* 2023-03-15: a year before. */
  {
    g_autoptr(HkShift) shift = NULL;
    g_autoptr(HkReceipt) p1 = NULL;

    clock_at (month, "2023-03-15", 8, 30);
    shift = hk_test_hall_open_shift (hall, a, 0);
    clock_at (month, "2023-03-15", 9, 0);
    p1 = sell (month, a, month->top, 1, 5000, HK_PAYMENT_CASH, NULL);
    clock_at (month, "2023-03-15", 17, 30);
    close_shift (month, a, shift, 5000, 0, 0, 0, 0);
    submit (month, a, "2023-03-15");
    clock_at (month, "2023-03-15", 19, 0);
    check_and_sign (month, a, "2023-03-15", 5000, 5000, NULL);
  }

  /* 2024-02-26: the month before; submitted, never banked. */
  {
    g_autoptr(HkShift) shift = NULL;
    g_autoptr(HkReceipt) f1 = NULL;
    g_autoptr(HkReceipt) f2 = NULL;

    clock_at (month, "2024-02-26", 8, 30);
    shift = hk_test_hall_open_shift (hall, a, 0);
    clock_at (month, "2024-02-26", 9, 0);
    f1 = sell (month, a, month->sim, 1, 2000, HK_PAYMENT_CASH, NULL);
    f2 = sell (month, a, month->top, 2, 10000, HK_PAYMENT_WECHAT, NULL);
    clock_at (month, "2024-02-26", 17, 30);
    close_shift (month, a, shift, 2000, 0, 10000, 0, 0);
    submit (month, a, "2024-02-26");
  }

  /* 2024-03-04. */
  {
    g_autoptr(HkShift) shift_a = NULL;
    g_autoptr(HkShift) shift_b = NULL;
    g_autoptr(HkReceipt) r1 = NULL, r2 = NULL, r3 = NULL, r3_void = NULL, r4 = NULL;
    g_autoptr(HkReceipt) r5 = NULL, r6 = NULL;
    HkReceiptLineInput r2_lines[] = { { .fee_item_id = month->ph, .quantity = 1 },
                                      { .fee_item_id = month->mf, .quantity = 1 } };
    HkReceiptPaymentInput r2_payments[] = { { HK_PAYMENT_CASH, 31900, NULL },
                                            { HK_PAYMENT_WECHAT, 100000, NULL } };

    clock_at (month, "2024-03-04", 8, 30);
    shift_a = hk_test_hall_open_shift (hall, a, 10000);
    clock_at (month, "2024-03-04", 8, 40);
    shift_b = hk_test_hall_open_shift (hall, b, 0);

    clock_at (month, "2024-03-04", 9, 0);
    r1 = sell (month, a, month->top, 1, 5000, HK_PAYMENT_CASH, NULL);
    clock_at (month, "2024-03-04", 9, 10);
    r5 = sell (month, b, month->bk, 1, 1000, HK_PAYMENT_ALIPAY, NULL);
    clock_at (month, "2024-03-04", 9, 30);
    r2 = issue (month, a, r2_lines, 2, r2_payments, 2);
    clock_at (month, "2024-03-04", 10, 0);
    r3 = sell (month, a, month->sim, 2, 4000, HK_PAYMENT_CASH, NULL);
    clock_at (month, "2024-03-04", 10, 5);
    r3_void = hk_receipt_store_void (hall->receipts, a, r3, "客户取消", &error);
    g_assert_no_error (error);
    clock_at (month, "2024-03-04", 10, 30);
    r6 = sell (month, b, month->top, 1, 5000, HK_PAYMENT_CARD, NULL);
    clock_at (month, "2024-03-04", 11, 0);
    r4 = sell (month, a, month->vc, 1, 10000, HK_PAYMENT_CHEQUE, "CQ-0001");
    clock_at (month, "2024-03-04", 12, 0);
    g_assert_true (hk_shift_store_move_cash (hall->shifts, a, shift_a, -30000, "交保险柜",
                                             &error));
    g_assert_no_error (error);

    clock_at (month, "2024-03-04", 17, 30);
    close_shift (month, a, shift_a, 16900, 0, 100000, 0, 10000);
    clock_at (month, "2024-03-04", 17, 40);
    close_shift (month, b, shift_b, 0, 5000, 0, 1000, 0);
    clock_at (month, "2024-03-04", 18, 0);
    submit (month, a, "2024-03-04");
    submit (month, b, "2024-03-04");
    clock_at (month, "2024-03-04", 19, 0);
    check_and_sign (month, a, "2024-03-04", 146900, 36900, NULL);
    clock_at (month, "2024-03-04", 19, 5);
    check_and_sign (month, b, "2024-03-04", 6000, 0, NULL);

    /* Keep the first receipt for its red-letter correction. */
    g_object_set_data_full (G_OBJECT (hall->clerk), "r1", g_steal_pointer (&r1),
                            g_object_unref);
  }

  /* 2024-03-15: a red-letter receipt and a shortfall. */
  {
    g_autoptr(HkShift) shift = NULL;
    g_autoptr(HkReceipt) r7 = NULL, r8 = NULL;
    HkReceipt *r1 = g_object_get_data (G_OBJECT (hall->clerk), "r1");

    clock_at (month, "2024-03-15", 8, 30);
    shift = hk_test_hall_open_shift (hall, a, 10000);
    clock_at (month, "2024-03-15", 9, 0);
    r8 = sell (month, a, month->top, 3, 15000, HK_PAYMENT_CASH, NULL);
    clock_at (month, "2024-03-15", 9, 30);
    r7 = hk_receipt_store_correct (hall->receipts, a, r1, "充值号码输错", &error);
    g_assert_no_error (error);
    g_assert_cmpint (hk_receipt_get_total (r7), ==, -5000);
    clock_at (month, "2024-03-15", 17, 30);
    close_shift (month, a, shift, 19000, 0, 0, 0, 0);
    submit (month, a, "2024-03-15");
    clock_at (month, "2024-03-15", 19, 0);
    check_and_sign (month, a, "2024-03-15", 10000, 9000, "短款由营业员赔付");
  }

  /* 2024-03-25: submitted, not signed. */
  {
    g_autoptr(HkShift) shift = NULL;
    g_autoptr(HkReceipt) r9 = NULL, r10 = NULL;

    clock_at (month, "2024-03-25", 8, 30);
    shift = hk_test_hall_open_shift (hall, b, 5000);
    clock_at (month, "2024-03-25", 10, 0);
    r9 = sell (month, b, month->ph, 1, 129900, HK_PAYMENT_CHEQUE, "CQ-0002");
    clock_at (month, "2024-03-25", 11, 0);
    r10 = sell (month, b, month->sim, 1, 2000, HK_PAYMENT_CASH, NULL);
    clock_at (month, "2024-03-25", 17, 30);
    close_shift (month, b, shift, 7000, 0, 0, 0, 129900);
    submit (month, b, "2024-03-25");
  }

  /* The reports are made the next month. */
  clock_at (month, "2024-04-01", 10, 15);
}

static void
month_teardown (Month         *month,
                gconstpointer  data)
{
  hk_test_hall_assert_intact (&month->hall);
  hk_test_hall_teardown (&month->hall);
}

/* ---- reading a report ---- */

static HkReport *
build (Month      *month,
       const char *id,
       const char *period_text)
{
  const HkReportBuilder *builder = hk_report_builder_lookup (id);
  g_autoptr(GError) error = NULL;
  HkReport *report;
  HkPeriod period;

  g_assert_nonnull (builder);
  g_assert_true (hk_report_builder_parse_period (builder, period_text, &period, &error));
  g_assert_no_error (error);

  report = builder->build (month->hall.context, &period, "审计员 zhaomin", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpstr (hk_report_get_id (report), ==, id);

  return report;
}

static HkReportTable *
table_of (HkReport   *report,
          const char *id)
{
  HkReportTable *table = hk_report_find_table (report, id);

  if (table == NULL)
    g_error ("report %s has no table %s", hk_report_get_id (report), id);

  return table;
}

static guint
column_of (HkReportTable *table,
           const char    *heading)
{
  for (guint c = 0; c < hk_report_table_get_n_columns (table); c++)
    if (g_strcmp0 (hk_report_table_get_heading (table, c), heading) == 0)
      return c;

  g_error ("table %s has no column “%s”", hk_report_table_get_id (table), heading);
  return 0;
}

/* The row whose first cell reads @first (as formatted). */
static guint
row_of (HkReportTable *table,
        const char    *first)
{
  for (guint r = 0; r < hk_report_table_get_n_rows (table); r++)
    {
      g_autofree char *text = hk_report_table_format_cell (table, r, 0);

      if (g_strcmp0 (text, first) == 0)
        return r;
    }

  g_error ("table %s has no row “%s”", hk_report_table_get_id (table), first);
  return 0;
}

static void
assert_cell (HkReportTable *table,
             const char    *row,
             const char    *column,
             const char    *expected)
{
  guint r = row_of (table, row);
  guint c = column_of (table, column);
  g_autofree char *text = hk_report_table_format_cell (table, r, c);

  if (g_strcmp0 (text, expected) != 0)
    g_error ("%s: row “%s”, column “%s” reads “%s”, not “%s”", hk_report_table_get_id (table),
             row, column, text, expected);
}

static void
assert_row_kind (HkReportTable   *table,
                 const char      *row,
                 HkReportRowKind  kind)
{
  g_assert_cmpint (hk_report_table_get_row_kind (table, row_of (table, row)), ==, kind);
}

static const char *
figure (HkReport   *report,
        const char *label)
{
  for (guint i = 0; i < hk_report_get_n_figures (report); i++)
    if (g_strcmp0 (hk_report_get_figure_label (report, i), label) == 0)
      return hk_report_get_figure_text (report, i);

  g_error ("report %s has no figure “%s”", hk_report_get_id (report), label);
  return NULL;
}

static gint64
figure_value (HkReport   *report,
              const char *label)
{
  for (guint i = 0; i < hk_report_get_n_figures (report); i++)
    if (g_strcmp0 (hk_report_get_figure_label (report, i), label) == 0)
      return hk_report_get_figure_value (report, i);

  g_error ("report %s has no figure “%s”", hk_report_get_id (report), label);
  return 0;
}

static void
assert_header (HkReport   *report,
               const char *first,
               const char *last,
               const char *label)
{
  GDateTime *generated = hk_report_get_generated_at (report);
  g_autofree char *at = g_date_time_format (generated, "%Y-%m-%d %H:%M:%S %z");

  g_assert_cmpstr (hk_report_get_first_day (report), ==, first);
  g_assert_cmpstr (hk_report_get_last_day (report), ==, last);
  g_assert_cmpstr (hk_report_get_period_label (report), ==, label);
  g_assert_cmpstr (hk_report_get_generated_by (report), ==, "审计员 zhaomin");
  /* The database's clock, in the hall's time zone. */
  g_assert_cmpstr (at, ==, "2024-04-01 10:15:00 +0800");
}

/* ---- the monthly report ---- */

static void
test_monthly (Month         *month,
              gconstpointer  data)
{
  g_autoptr(HkReport) report = build (month, "monthly", "2024-03");
  HkReportTable *t;

  g_assert_cmpstr (hk_report_get_title (report), ==, "Monthly report");
  assert_header (report, "2024-03-01", "2024-03-31", "Mar 2024");

  /* Only liuyang's 25 March is unsigned (zhangli's February day is not in the period). */
  g_assert_true (hk_report_is_provisional (report));
  g_assert_cmpuint (hk_report_get_n_unsigned_days (report), ==, 1);
  g_assert_cmpstr (hk_report_get_unsigned_day (report, 0), ==, "2024-03-25");
  g_assert_cmpstr (hk_report_get_unsigned_day_label (report, 0), ==, "2024-03-25 (liuyang)");

  g_assert_cmpint (figure_value (report, "Revenue"), ==, 294800);
  g_assert_cmpstr (figure (report, "Revenue"), ==, "¥2,948.00");
  g_assert_cmpint (figure_value (report, "Receipts"), ==, 8);
  g_assert_cmpint (figure_value (report, "Voids"), ==, 1);
  g_assert_cmpint (figure_value (report, "Red-letter receipts"), ==, 1);
  g_assert_cmpint (figure_value (report, "SIM cards sold"), ==, 1);
  g_assert_cmpint (figure_value (report, "Value cards sold"), ==, 1);
  g_assert_cmpint (figure_value (report, "Handsets sold"), ==, 2);
  g_assert_cmpint (figure_value (report, "Top-ups"), ==, 4);
  g_assert_cmpint (figure_value (report, "Top-up revenue"), ==, 20000);
  g_assert_cmpstr (figure (report, "Previous month"), ==, "Feb 2024");
  g_assert_cmpint (figure_value (report, "Revenue, previous month"), ==, 12000);
  /* (2,948 − 120) / 120 = 23.5667; (2,948 − 50) / 50 = 57.96 */
  g_assert_cmpstr (figure (report, "Change from previous"), ==, "+2356.7 %");
  g_assert_cmpstr (figure (report, "Same month last year"), ==, "Mar 2023");
  g_assert_cmpint (figure_value (report, "Revenue, same month last year"), ==, 5000);
  g_assert_cmpstr (figure (report, "Change from last year"), ==, "+5796.0 %");

  /* The three ten-day periods and the month. */
  t = table_of (report, "by-dekad");
  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, 4);
  assert_cell (t, "1–10 Mar 2024", "Receipts", "5");
  assert_cell (t, "1–10 Mar 2024", "Voids", "1");
  assert_cell (t, "1–10 Mar 2024", "Red-letter", "0");
  assert_cell (t, "1–10 Mar 2024", "Value cards", "1");
  assert_cell (t, "1–10 Mar 2024", "Handsets", "1");
  assert_cell (t, "1–10 Mar 2024", "Top-ups", "2");
  assert_cell (t, "1–10 Mar 2024", "Revenue", "¥1,529.00");
  assert_cell (t, "11–20 Mar 2024", "Receipts", "1");
  assert_cell (t, "11–20 Mar 2024", "Red-letter", "1");
  assert_cell (t, "11–20 Mar 2024", "Top-ups", "2");
  assert_cell (t, "11–20 Mar 2024", "Revenue", "¥100.00");
  assert_cell (t, "21–31 Mar 2024", "Receipts", "2");
  assert_cell (t, "21–31 Mar 2024", "SIM cards", "1");
  assert_cell (t, "21–31 Mar 2024", "Handsets", "1");
  assert_cell (t, "21–31 Mar 2024", "Revenue", "¥1,319.00");
  assert_row_kind (t, "Month total", HK_REPORT_ROW_TOTAL);
  assert_cell (t, "Month total", "Receipts", "8");
  assert_cell (t, "Month total", "Voids", "1");
  assert_cell (t, "Month total", "Red-letter", "1");
  assert_cell (t, "Month total", "SIM cards", "1");
  assert_cell (t, "Month total", "Value cards", "1");
  assert_cell (t, "Month total", "Handsets", "2");
  assert_cell (t, "Month total", "Top-ups", "4");
  assert_cell (t, "Month total", "Revenue", "¥2,948.00");

  /* 31 days, a subtotal after each ten-day period, the total. */
  t = table_of (report, "by-day");
  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, 31 + 3 + 1);
  g_assert_cmpint (hk_report_table_get_kind (t, 0), ==, HK_REPORT_COLUMN_DATE);
  g_assert_cmpint (hk_report_table_get_row_kind (t, 10), ==, HK_REPORT_ROW_SUBTOTAL);
  g_assert_cmpint (hk_report_table_get_row_kind (t, 21), ==, HK_REPORT_ROW_SUBTOTAL);
  g_assert_cmpint (hk_report_table_get_row_kind (t, 33), ==, HK_REPORT_ROW_SUBTOTAL);
  assert_row_kind (t, "2024-03-04", HK_REPORT_ROW_BODY);
  assert_cell (t, "2024-03-01", "Receipts", "0");
  assert_cell (t, "2024-03-01", "Revenue", "¥0.00");
  assert_cell (t, "2024-03-04", "Receipts", "5");
  assert_cell (t, "2024-03-04", "Revenue", "¥1,529.00");
  assert_cell (t, "2024-03-15", "Revenue", "¥100.00");
  assert_cell (t, "2024-03-25", "Revenue", "¥1,319.00");
  assert_cell (t, "2024-03-31", "Revenue", "¥0.00");
  assert_cell (t, "11–20 Mar 2024", "Revenue", "¥100.00");
  assert_cell (t, "21–31 Mar 2024", "Revenue", "¥1,319.00");
  assert_cell (t, "Total", "Revenue", "¥2,948.00");
  assert_cell (t, "Total", "Top-ups", "4");

  /* By category, with the month before (Feb: service 100, SIM 20) and the year before (Mar
   * 2023: service 50). Service (210 − 100) / 100 = +110 %, (210 − 50) / 50 = +320 %. */
  t = table_of (report, "by-category");
  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, HK_N_FEE_CATEGORIES + 1);
  assert_cell (t, "Service fee", "Revenue", "¥210.00");
  assert_cell (t, "Service fee", "Previous month", "¥100.00");
  assert_cell (t, "Service fee", "Change from previous", "+110.0 %");
  assert_cell (t, "Service fee", "Same month last year", "¥50.00");
  assert_cell (t, "Service fee", "Change from last year", "+320.0 %");
  /* 210 / 2,948 = 7.12 %: a share is a part of the whole, shown without a sign; a change
   * keeps its sign. */
  g_assert_cmpint (hk_report_table_get_kind (t, column_of (t, "Share")), ==,
                   HK_REPORT_COLUMN_SHARE);
  g_assert_cmpint (hk_report_table_get_kind (t, column_of (t, "Change from previous")), ==,
                   HK_REPORT_COLUMN_RATIO);
  assert_cell (t, "Service fee", "Share", "7.1 %");
  assert_cell (t, "SIM card", "Revenue", "¥20.00");
  assert_cell (t, "SIM card", "Previous month", "¥20.00");
  assert_cell (t, "SIM card", "Change from previous", "+0.0 %");
  assert_cell (t, "SIM card", "Same month last year", "¥0.00");
  /* Nothing the year before: no change to show. */
  assert_cell (t, "SIM card", "Change from last year", "");
  assert_cell (t, "Value card", "Revenue", "¥100.00");
  assert_cell (t, "Handset", "Revenue", "¥2,598.00");
  /* 2,598 / 2,948 = 88.13 % */
  assert_cell (t, "Handset", "Share", "88.1 %");
  assert_cell (t, "Accessory", "Revenue", "¥20.00");
  assert_cell (t, "Repair", "Revenue", "¥0.00");
  assert_cell (t, "Repair", "Share", "0.0 %");
  assert_cell (t, "Other", "Revenue", "¥0.00");
  assert_row_kind (t, "Total", HK_REPORT_ROW_TOTAL);
  assert_cell (t, "Total", "Revenue", "¥2,948.00");
  assert_cell (t, "Total", "Previous month", "¥120.00");
  assert_cell (t, "Total", "Same month last year", "¥50.00");
  /* Totals carry sums only. */
  assert_cell (t, "Total", "Share", "");
  assert_cell (t, "Total", "Change from previous", "");

  /* By payment method. Cash (489 − 20) / 20 = +2345 %, (489 − 50) / 50 = +878 %. */
  t = table_of (report, "by-payment");
  assert_cell (t, "Cash", "Payments", "5");
  assert_cell (t, "Cash", "Amount", "¥489.00");
  assert_cell (t, "Cash", "Previous month", "¥20.00");
  assert_cell (t, "Cash", "Change from previous", "+2345.0 %");
  assert_cell (t, "Cash", "Same month last year", "¥50.00");
  assert_cell (t, "Cash", "Change from last year", "+878.0 %");
  assert_cell (t, "Bank card", "Payments", "1");
  assert_cell (t, "Bank card", "Amount", "¥50.00");
  assert_cell (t, "WeChat Pay", "Amount", "¥1,000.00");
  assert_cell (t, "WeChat Pay", "Previous month", "¥100.00");
  assert_cell (t, "WeChat Pay", "Change from previous", "+900.0 %");
  assert_cell (t, "Alipay", "Amount", "¥10.00");
  assert_cell (t, "Cheque", "Payments", "2");
  assert_cell (t, "Cheque", "Amount", "¥1,399.00");
  /* 1,399 / 2,948 = 47.46 % */
  assert_cell (t, "Cheque", "Share", "47.5 %");
  assert_cell (t, "Total", "Payments", "10");
  assert_cell (t, "Total", "Amount", "¥2,948.00");
  assert_cell (t, "Total", "Previous month", "¥120.00");

  /* By clerk, by login. 1,379 / 2,948 = 46.78 %; 1,569 / 2,948 = 53.22 %. */
  t = table_of (report, "by-clerk");
  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, 3);
  g_assert_cmpstr (hk_report_table_get_text (t, 0, 0), ==, "liuyang");
  g_assert_cmpstr (hk_report_table_get_text (t, 1, 0), ==, "zhangli");
  assert_cell (t, "liuyang", "Receipts", "4");
  assert_cell (t, "liuyang", "Voids", "0");
  assert_cell (t, "liuyang", "Revenue", "¥1,379.00");
  assert_cell (t, "liuyang", "Share", "46.8 %");
  assert_cell (t, "zhangli", "Receipts", "4");
  assert_cell (t, "zhangli", "Voids", "1");
  assert_cell (t, "zhangli", "Red-letter", "1");
  assert_cell (t, "zhangli", "Revenue", "¥1,569.00");
  assert_cell (t, "zhangli", "Share", "53.2 %");
  assert_cell (t, "Total", "Receipts", "8");
  assert_cell (t, "Total", "Revenue", "¥2,948.00");

  /* Volume and revenue (量、收). Top-ups: Feb 2 (¥100), Mar 2023 1 (¥50); (200 − 100) / 100. */
  t = table_of (report, "volume");
  assert_cell (t, "SIM cards", "Quantity", "1");
  assert_cell (t, "SIM cards", "Revenue", "¥20.00");
  assert_cell (t, "SIM cards", "Quantity, previous month", "1");
  assert_cell (t, "SIM cards", "Revenue, previous month", "¥20.00");
  assert_cell (t, "Value cards", "Quantity", "1");
  assert_cell (t, "Value cards", "Revenue", "¥100.00");
  assert_cell (t, "Handsets", "Quantity", "2");
  assert_cell (t, "Handsets", "Revenue", "¥2,598.00");
  assert_cell (t, "Top-ups", "Quantity", "4");
  assert_cell (t, "Top-ups", "Revenue", "¥200.00");
  assert_cell (t, "Top-ups", "Quantity, previous month", "2");
  assert_cell (t, "Top-ups", "Revenue, previous month", "¥100.00");
  assert_cell (t, "Top-ups", "Change from previous", "+100.0 %");
  assert_cell (t, "Top-ups", "Quantity, same month last year", "1");
  assert_cell (t, "Top-ups", "Revenue, same month last year", "¥50.00");
  assert_cell (t, "Top-ups", "Change from last year", "+300.0 %");
  assert_cell (t, "All receipts", "Quantity", "8");
  assert_cell (t, "All receipts", "Revenue", "¥2,948.00");
  assert_cell (t, "All receipts", "Quantity, previous month", "2");
  assert_cell (t, "All receipts", "Change from previous", "+2356.7 %");

  /* Charts: revenue by day (body rows: the 31 days) and by category. */
  g_assert_cmpuint (hk_report_get_n_charts (report), ==, 2);
  g_assert_true (hk_report_chart_get_table (hk_report_get_chart (report, 0)) ==
                 table_of (report, "by-day"));
  g_assert_cmpuint (hk_report_chart_get_series_column (hk_report_get_chart (report, 0), 0), ==,
                    column_of (table_of (report, "by-day"), "Revenue"));
  g_assert_cmpint (hk_report_chart_get_kind (hk_report_get_chart (report, 1)), ==,
                   HK_REPORT_CHART_PIE);
}

/* A month with nothing before it: no change to show, and nothing unsigned. */
static void
test_monthly_empty (Month         *month,
                    gconstpointer  data)
{
  g_autoptr(HkReport) report = build (month, "monthly", "2024-01-15");
  HkReportTable *t = table_of (report, "by-clerk");

  assert_header (report, "2024-01-01", "2024-01-31", "Jan 2024");
  g_assert_false (hk_report_is_provisional (report));
  g_assert_cmpint (figure_value (report, "Revenue"), ==, 0);
  g_assert_cmpstr (figure (report, "Change from previous"), ==, "—");
  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, 1);
  assert_cell (t, "Total", "Revenue", "¥0.00");
  t = table_of (report, "by-day");
  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, 31 + 3 + 1);
}

/* ---- the ten-day report ---- */

static void
test_dekad (Month         *month,
            gconstpointer  data)
{
  g_autoptr(HkReport) report = build (month, "dekad", "2024-03-3");
  HkReportTable *t;

  g_assert_cmpstr (hk_report_get_title (report), ==, "Ten-day report");
  assert_header (report, "2024-03-21", "2024-03-31", "21–31 Mar 2024");
  g_assert_true (hk_report_is_provisional (report));
  g_assert_cmpstr (hk_report_get_unsigned_day_label (report, 0), ==, "2024-03-25 (liuyang)");

  /* Now 1,319; the ten-day period before (11–20 March) 100; the same one last month (21–29
   * February) 120. (1,319 − 100) / 100 = 12.19; (1,319 − 120) / 120 = 9.9917. */
  g_assert_cmpint (figure_value (report, "Revenue"), ==, 131900);
  g_assert_cmpstr (figure (report, "Previous ten-day period"), ==, "11–20 Mar 2024");
  g_assert_cmpint (figure_value (report, "Revenue, previous ten-day period"), ==, 10000);
  g_assert_cmpstr (figure (report, "Change from previous"), ==, "+1219.0 %");
  g_assert_cmpstr (figure (report, "Same period last month"), ==, "21–29 Feb 2024");
  g_assert_cmpint (figure_value (report, "Revenue, same period last month"), ==, 12000);
  g_assert_cmpstr (figure (report, "Change from last month"), ==, "+999.2 %");

  /* A row per day, 21 to 31, and the total; no subtotals. */
  t = table_of (report, "by-day");
  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, 11 + 1);
  for (guint r = 0; r < 11; r++)
    g_assert_cmpint (hk_report_table_get_row_kind (t, r), ==, HK_REPORT_ROW_BODY);
  g_assert_cmpstr (hk_report_table_get_text (t, 0, 0), ==, "2024-03-21");
  g_assert_cmpstr (hk_report_table_get_text (t, 10, 0), ==, "2024-03-31");
  assert_cell (t, "2024-03-25", "Receipts", "2");
  assert_cell (t, "2024-03-25", "SIM cards", "1");
  assert_cell (t, "2024-03-25", "Handsets", "1");
  assert_cell (t, "2024-03-25", "Revenue", "¥1,319.00");
  assert_cell (t, "2024-03-26", "Revenue", "¥0.00");
  assert_cell (t, "Total", "Receipts", "2");
  assert_cell (t, "Total", "Revenue", "¥1,319.00");

  t = table_of (report, "by-category");
  assert_cell (t, "Handset", "Revenue", "¥1,299.00");
  assert_cell (t, "Handset", "Previous ten-day period", "¥0.00");
  assert_cell (t, "Handset", "Change from previous", "");
  assert_cell (t, "SIM card", "Revenue", "¥20.00");
  assert_cell (t, "SIM card", "Same period last month", "¥20.00");
  assert_cell (t, "SIM card", "Change from last month", "+0.0 %");
  /* Service: 0 now, 100 before (150 − 50), 100 last month: −100 %. */
  assert_cell (t, "Service fee", "Revenue", "¥0.00");
  assert_cell (t, "Service fee", "Previous ten-day period", "¥100.00");
  assert_cell (t, "Service fee", "Change from previous", "-100.0 %");
  assert_cell (t, "Total", "Revenue", "¥1,319.00");
  assert_cell (t, "Total", "Previous ten-day period", "¥100.00");
  assert_cell (t, "Total", "Same period last month", "¥120.00");

  t = table_of (report, "by-payment");
  assert_cell (t, "Cheque", "Amount", "¥1,299.00");
  assert_cell (t, "Cash", "Amount", "¥20.00");
  /* Before: cash 150 − 50 = 100. */
  assert_cell (t, "Cash", "Previous ten-day period", "¥100.00");
  assert_cell (t, "Cash", "Change from previous", "-80.0 %");
  assert_cell (t, "Total", "Amount", "¥1,319.00");

  t = table_of (report, "by-clerk");
  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, 2);
  assert_cell (t, "liuyang", "Revenue", "¥1,319.00");
  assert_cell (t, "liuyang", "Share", "100.0 %");

  t = table_of (report, "volume");
  assert_cell (t, "Top-ups", "Quantity", "0");
  assert_cell (t, "Top-ups", "Quantity, previous ten-day period", "2");
  assert_cell (t, "Top-ups", "Revenue, previous ten-day period", "¥100.00");
  assert_cell (t, "Top-ups", "Change from previous", "-100.0 %");
  assert_cell (t, "Top-ups", "Quantity, same period last month", "2");
  assert_cell (t, "Handsets", "Quantity", "1");
}

/* The first ten-day period of March: all signed, compared with 21–29 February. */
static void
test_dekad_signed (Month         *month,
                   gconstpointer  data)
{
  g_autoptr(HkReport) report = build (month, "dekad", "2024-03-04");
  HkReportTable *t = table_of (report, "by-day");

  assert_header (report, "2024-03-01", "2024-03-10", "1–10 Mar 2024");
  g_assert_false (hk_report_is_provisional (report));
  g_assert_cmpuint (hk_report_get_n_unsigned_days (report), ==, 0);
  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, 10 + 1);
  g_assert_cmpint (figure_value (report, "Revenue"), ==, 152900);
  g_assert_cmpstr (figure (report, "Previous ten-day period"), ==, "21–29 Feb 2024");
  g_assert_cmpint (figure_value (report, "Revenue, previous ten-day period"), ==, 12000);
  g_assert_cmpstr (figure (report, "Same period last month"), ==, "1–10 Feb 2024");
  g_assert_cmpstr (figure (report, "Change from last month"), ==, "—");
}

/* ---- the daily report ---- */

static void
test_daily (Month         *month,
            gconstpointer  data)
{
  g_autoptr(HkReport) report = build (month, "daily", "2024-03-04");
  HkReportTable *t;

  g_assert_cmpstr (hk_report_get_title (report), ==, "Daily report");
  assert_header (report, "2024-03-04", "2024-03-04", "4 Mar 2024");
  g_assert_false (hk_report_is_provisional (report));

  g_assert_cmpint (figure_value (report, "Revenue"), ==, 152900);
  g_assert_cmpint (figure_value (report, "Receipts"), ==, 5);
  g_assert_cmpint (figure_value (report, "Voids"), ==, 1);
  g_assert_cmpint (figure_value (report, "Red-letter receipts"), ==, 0);
  g_assert_cmpint (figure_value (report, "Cash handed in"), ==, 36900);
  g_assert_cmpint (figure_value (report, "Bank deposits"), ==, 36900);
  g_assert_cmpstr (figure (report, "Daily reports signed"), ==, "2 of 2");

  t = table_of (report, "by-clerk");
  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, 3);
  assert_cell (t, "liuyang", "Receipts", "2");
  assert_cell (t, "liuyang", "Voids", "0");
  assert_cell (t, "liuyang", "Revenue", "¥60.00");
  assert_cell (t, "liuyang", "Cash handed in", "¥0.00");
  assert_cell (t, "liuyang", "Bank deposit", "¥0.00");
  assert_cell (t, "liuyang", "Three-way match", "Agree");
  assert_cell (t, "liuyang", "Status", "Signed");
  assert_cell (t, "liuyang", "Signed by", "zhaomin");
  assert_cell (t, "liuyang", "Signed at", "2024-03-04 19:05:00");
  assert_cell (t, "zhangli", "Receipts", "3");
  assert_cell (t, "zhangli", "Voids", "1");
  assert_cell (t, "zhangli", "Red-letter", "0");
  assert_cell (t, "zhangli", "Revenue", "¥1,469.00");
  /* Counted 169 − float 100 − the move to the safe (−300). */
  assert_cell (t, "zhangli", "Cash handed in", "¥369.00");
  assert_cell (t, "zhangli", "Bank deposit", "¥369.00");
  assert_cell (t, "zhangli", "Three-way match", "Agree");
  assert_cell (t, "zhangli", "Signed at", "2024-03-04 19:00:00");
  assert_row_kind (t, "Hall total", HK_REPORT_ROW_TOTAL);
  assert_cell (t, "Hall total", "Receipts", "5");
  assert_cell (t, "Hall total", "Voids", "1");
  assert_cell (t, "Hall total", "Revenue", "¥1,529.00");
  assert_cell (t, "Hall total", "Cash handed in", "¥369.00");
  assert_cell (t, "Hall total", "Bank deposit", "¥369.00");
  assert_cell (t, "Hall total", "Status", "");

  /* A column per clerk and the hall's total. */
  t = table_of (report, "by-category");
  g_assert_cmpuint (hk_report_table_get_n_columns (t), ==, 4);
  assert_cell (t, "Service fee", "liuyang", "¥60.00");
  assert_cell (t, "Service fee", "zhangli", "¥50.00");
  assert_cell (t, "Service fee", "Hall total", "¥110.00");
  /* R3's two SIM cards were voided. */
  assert_cell (t, "SIM card", "zhangli", "¥0.00");
  assert_cell (t, "Value card", "zhangli", "¥100.00");
  assert_cell (t, "Handset", "zhangli", "¥1,299.00");
  assert_cell (t, "Accessory", "zhangli", "¥20.00");
  assert_cell (t, "Accessory", "Hall total", "¥20.00");
  assert_cell (t, "Total", "liuyang", "¥60.00");
  assert_cell (t, "Total", "zhangli", "¥1,469.00");
  assert_cell (t, "Total", "Hall total", "¥1,529.00");

  /* The split payment counts in both its methods; the cheque in its own. */
  t = table_of (report, "by-payment");
  assert_cell (t, "Cash", "zhangli", "¥369.00");
  assert_cell (t, "WeChat Pay", "zhangli", "¥1,000.00");
  assert_cell (t, "Cheque", "zhangli", "¥100.00");
  assert_cell (t, "Bank card", "liuyang", "¥50.00");
  assert_cell (t, "Alipay", "liuyang", "¥10.00");
  assert_cell (t, "Alipay", "Hall total", "¥10.00");
  assert_cell (t, "Total", "Hall total", "¥1,529.00");

  g_assert_cmpuint (hk_report_get_n_charts (report), ==, 2);
}

static void
test_daily_shortfall_and_unsigned (Month         *month,
                                   gconstpointer  data)
{
  g_autoptr(HkReport) short_day = build (month, "daily", "2024-03-15");
  g_autoptr(HkReport) unsigned_day = build (month, "daily", "2024-03-25");
  g_autoptr(HkReport) empty_day = build (month, "daily", "2024-03-16");
  HkReportTable *t;

  /* zhangli: R8 150 and the red-letter −50; counted 190 of 200 expected. */
  t = table_of (short_day, "by-clerk");
  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, 2);
  assert_cell (t, "zhangli", "Receipts", "1");
  assert_cell (t, "zhangli", "Red-letter", "1");
  assert_cell (t, "zhangli", "Revenue", "¥100.00");
  assert_cell (t, "zhangli", "Cash handed in", "¥90.00");
  assert_cell (t, "zhangli", "Bank deposit", "¥90.00");
  assert_cell (t, "zhangli", "Three-way match", "Cash -¥10.00");
  assert_cell (t, "zhangli", "Status", "Signed");
  g_assert_false (hk_report_is_provisional (short_day));
  t = table_of (short_day, "by-payment");
  assert_cell (t, "Cash", "zhangli", "¥100.00");

  /* liuyang submitted the 25th; nobody signed it. */
  g_assert_true (hk_report_is_provisional (unsigned_day));
  g_assert_cmpstr (hk_report_get_unsigned_day_label (unsigned_day, 0), ==,
                   "2024-03-25 (liuyang)");
  g_assert_cmpstr (figure (unsigned_day, "Daily reports signed"), ==, "0 of 1");
  t = table_of (unsigned_day, "by-clerk");
  assert_cell (t, "liuyang", "Cash handed in", "¥20.00");
  assert_cell (t, "liuyang", "Bank deposit", "");
  assert_cell (t, "liuyang", "Status", "Submitted");
  assert_cell (t, "liuyang", "Signed by", "");
  assert_cell (t, "Hall total", "Bank deposit", "¥0.00");

  /* A day without anything: only the totals. */
  g_assert_false (hk_report_is_provisional (empty_day));
  g_assert_cmpuint (hk_report_table_get_n_rows (table_of (empty_day, "by-clerk")), ==, 1);
  g_assert_cmpuint (hk_report_table_get_n_columns (table_of (empty_day, "by-category")), ==, 2);
}

/* ---- the journal ---- */

typedef struct
{
  const char *time;
  const char *entry;
  const char *document;
  const char *amount;
  const char *cash_in;
  const char *cash_out;
  const char *balance;
} JournalRow;

static void
assert_journal_row (HkReportTable    *t,
                    guint             row,
                    const JournalRow *expected)
{
  const char *columns[] = { "Time", "Entry", "Document", "Amount", "Cash in", "Cash out",
                            "Cash on hand" };
  const char *values[] = { expected->time, expected->entry, expected->document, expected->amount,
                           expected->cash_in, expected->cash_out, expected->balance };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *text = NULL;

      if (values[i] == NULL)
        continue;

      text = hk_report_table_format_cell (t, row, column_of (t, columns[i]));
      if (g_strcmp0 (text, values[i]) != 0)
        g_error ("journal row %u, column “%s” reads “%s”, not “%s”", row, columns[i], text,
                 values[i]);
    }
}

static void
test_journal_month (Month         *month,
                    gconstpointer  data)
{
  g_autoptr(HkReport) report = build (month, "journal", "2024-03");
  /* Brought forward: February's ¥20 of cash, never banked (March 2023's ¥50 was). Then each
   * entry; a cash movement and a payment by other means move nothing. */
  const JournalRow rows[] = {
    { "", "Brought forward", "", "", "", "", "¥20.00" },
    { "09:00:00", "Receipt", "3300241130-00000004", "¥50.00", "¥50.00", "", "¥70.00" },
    { "09:10:00", "Receipt", "3300241130-00000101", "¥10.00", "", "", "¥70.00" },
    { "09:30:00", "Receipt", "3300241130-00000005", "¥1,319.00", "¥319.00", "", "¥389.00" },
    { "10:00:00", "Receipt", "3300241130-00000006", "¥40.00", "¥40.00", "", "¥429.00" },
    { "10:05:00", "Void", "3300241130-00000006", "-¥40.00", "", "¥40.00", "¥389.00" },
    { "10:30:00", "Receipt", "3300241130-00000102", "¥50.00", "", "", "¥389.00" },
    { "11:00:00", "Receipt", "3300241130-00000007", "¥100.00", "", "", "¥389.00" },
    { "12:00:00", "Cash movement", "交保险柜", "-¥300.00", "", "", "¥389.00" },
    { "17:30:00", "Shift count", "", "¥0.00", "", "", "¥389.00" },
    { "17:40:00", "Shift count", "", "¥0.00", "", "", "¥389.00" },
    { "", "Bank deposit", "ICBC B-2024-03-04-zhangli", "¥369.00", "", "¥369.00", "¥20.00" },
    { "", "Bank deposit", "ICBC B-2024-03-04-liuyang", "¥0.00", "", "", "¥20.00" },
    { "09:00:00", "Receipt", "3300241130-00000008", "¥150.00", "¥150.00", "", "¥170.00" },
    { "09:30:00", "Red-letter receipt", "3300241130-00000009", "-¥50.00", "", "¥50.00",
      "¥120.00" },
    { "17:30:00", "Shift count", "", "-¥10.00", "", "¥10.00", "¥110.00" },
    { "", "Bank deposit", "ICBC B-2024-03-15-zhangli", "¥90.00", "", "¥90.00", "¥20.00" },
    { "10:00:00", "Receipt", "3300241130-00000103", "¥1,299.00", "", "", "¥20.00" },
    { "11:00:00", "Receipt", "3300241130-00000104", "¥20.00", "¥20.00", "", "¥40.00" },
    { "17:30:00", "Shift count", "", "¥0.00", "", "", "¥40.00" },
    { "", "Carried forward", "", "", "", "", "¥40.00" },
    { "", "Total", "", "", "¥579.00", "¥559.00", "" },
  };
  HkReportTable *t = table_of (report, "journal");

  g_assert_cmpstr (hk_report_get_title (report), ==, "Daily journal");
  assert_header (report, "2024-03-01", "2024-03-31", "Mar 2024");
  g_assert_true (hk_report_is_provisional (report));

  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, G_N_ELEMENTS (rows));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    assert_journal_row (t, i, &rows[i]);
  g_assert_cmpint (hk_report_table_get_row_kind (t, G_N_ELEMENTS (rows) - 1), ==,
                   HK_REPORT_ROW_TOTAL);

  /* The days, the clerks, the split payment, the cheque and the red-letter's original. */
  g_assert_cmpstr (hk_report_table_get_text (t, 0, column_of (t, "Day")), ==, "2024-03-01");
  g_assert_cmpstr (hk_report_table_get_text (t, 1, column_of (t, "Day")), ==, "2024-03-04");
  g_assert_cmpstr (hk_report_table_get_text (t, 2, column_of (t, "Clerk")), ==, "liuyang");
  g_assert_cmpstr (hk_report_table_get_text (t, 3, column_of (t, "Payment")), ==,
                   "Cash ¥319.00 + WeChat Pay ¥1,000.00");
  g_assert_cmpstr (hk_report_table_get_text (t, 7, column_of (t, "Payment")), ==,
                   "Cheque CQ-0001");
  g_assert_cmpstr (hk_report_table_get_text (t, 14, column_of (t, "Note")), ==,
                   "corrects 3300241130-00000004");
  g_assert_cmpstr (hk_report_table_get_text (t, 15, column_of (t, "Note")), ==,
                   "counted ¥190.00, expected ¥200.00");
  g_assert_cmpstr (hk_report_table_get_text (t, 20, column_of (t, "Day")), ==, "2024-03-31");

  /* 20 + 579 − 559 = 40. */
  g_assert_cmpint (figure_value (report, "Cash on hand brought forward"), ==, 2000);
  g_assert_cmpint (figure_value (report, "Cash in"), ==, 57900);
  g_assert_cmpint (figure_value (report, "Cash out"), ==, 55900);
  g_assert_cmpint (figure_value (report, "Cash on hand carried forward"), ==, 4000);
  g_assert_cmpint (figure_value (report, "Receipts issued"), ==, 9);
  g_assert_cmpint (figure_value (report, "Voids"), ==, 1);
  g_assert_cmpint (figure_value (report, "Red-letter receipts"), ==, 1);
  g_assert_cmpint (figure_value (report, "Bank deposits"), ==, 45900);
}

/* One day, and the balance brought forward from every day before it. */
static void
test_journal_day (Month         *month,
                  gconstpointer  data)
{
  g_autoptr(HkReport) day = build (month, "journal", "2024-03-25");
  g_autoptr(HkReport) before = build (month, "journal", "2024-02-26");
  g_autoptr(HkReport) dekad = build (month, "journal", "2024-03-2");
  HkReportTable *t = table_of (day, "journal");

  /* Before 25 March: February's 20, and every March day banked in full. */
  assert_header (day, "2024-03-25", "2024-03-25", "25 Mar 2024");
  g_assert_cmpint (figure_value (day, "Cash on hand brought forward"), ==, 2000);
  g_assert_cmpint (figure_value (day, "Cash on hand carried forward"), ==, 4000);
  g_assert_cmpuint (hk_report_table_get_n_rows (t), ==, 1 + 3 + 2);
  g_assert_true (hk_report_is_provisional (day));

  /* 26 February: nothing before it but March 2023, banked. */
  g_assert_cmpint (figure_value (before, "Cash on hand brought forward"), ==, 0);
  g_assert_cmpint (figure_value (before, "Cash in"), ==, 2000);
  g_assert_cmpint (figure_value (before, "Cash on hand carried forward"), ==, 2000);
  g_assert_true (hk_report_is_provisional (before));

  /* The ten-day period 11–20 March: the red-letter day. */
  assert_header (dekad, "2024-03-11", "2024-03-20", "11–20 Mar 2024");
  g_assert_cmpint (figure_value (dekad, "Cash on hand brought forward"), ==, 2000);
  g_assert_cmpint (figure_value (dekad, "Cash in"), ==, 15000);
  g_assert_cmpint (figure_value (dekad, "Cash out"), ==, 15000);
  g_assert_false (hk_report_is_provisional (dekad));
}

/* ---- what every report shares ---- */

static void
test_wrong_period (Month         *month,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkReport) report = NULL;
  HkPeriod month_period;
  HkPeriod dekad_period;
  const HkReportBuilder *builder;

  g_assert_true (hk_period_parse_any (&month_period, "2024-03", NULL));
  g_assert_true (hk_period_parse_any (&dekad_period, "2024-03-1", NULL));

  report = hk_report_build_daily (month->hall.context, &month_period, "x", NULL, &error);
  g_assert_null (report);
  hk_test_assert_error (error, HK_ERROR_INVALID, "A daily report covers one day");
  g_clear_error (&error);
  report = hk_report_build_monthly (month->hall.context, &dekad_period, "x", NULL, &error);
  g_assert_null (report);
  hk_test_assert_error (error, HK_ERROR_INVALID, "A monthly report covers a month");
  g_clear_error (&error);
  report = hk_report_build_dekad (month->hall.context, &month_period, "x", NULL, &error);
  g_assert_null (report);
  hk_test_assert_error (error, HK_ERROR_INVALID, "A ten-day report covers a ten-day period");
  g_clear_error (&error);

  /* The period forms each builder reads. */
  builder = hk_report_builder_lookup ("daily");
  g_assert_false (hk_report_builder_parse_period (builder, "2024-03", &month_period, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "is not a day");
  g_clear_error (&error);
  builder = hk_report_builder_lookup ("monthly");
  g_assert_true (hk_report_builder_parse_period (builder, "2024-03-31", &month_period, &error));
  g_assert_cmpint (month_period.kind, ==, HK_PERIOD_MONTH);
  builder = hk_report_builder_lookup ("journal");
  g_assert_true (hk_report_builder_parse_period (builder, "2024-03-1", &dekad_period, &error));
  g_assert_cmpint (dekad_period.kind, ==, HK_PERIOD_DEKAD);
  g_assert_no_error (error);
  g_assert_null (hk_report_builder_lookup ("weekly"));
}

static void
test_registry (void)
{
  const char *ids[] = { "daily", "dekad", "monthly", "journal" };
  const char *titles[] = { "Daily report", "Ten-day report", "Monthly report", "Daily journal" };
  guint n = 0;
  const HkReportBuilder *all = hk_report_builder_get_all (&n);

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (all[i].id, ==, ids[i]);
      g_assert_cmpstr (hk_report_builder_get_title (&all[i]), ==, titles[i]);
      g_assert_true (hk_report_builder_lookup (ids[i]) == &all[i]);
    }
  g_assert_true (all[3].any_period);
  g_assert_cmpint (all[1].period_kind, ==, HK_PERIOD_DEKAD);
}

static void
test_cancelled (Month         *month,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  guint n = 0;
  const HkReportBuilder *all = hk_report_builder_get_all (&n);

  g_cancellable_cancel (cancellable);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HkReport) report = NULL;
      HkPeriod period;

      g_assert_true (hk_period_init (&period, all[i].period_kind, 2024, 3, 4));
      report = all[i].build (month->hall.context, &period, "x", cancellable, &error);
      g_assert_null (report);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    }
}

typedef struct
{
  char     *path;
  HkPeriod  period;
  char     *text;
} ThreadJob;

/* Builds the monthly report through a context of its own, as the window's worker thread does. */
static gpointer
build_in_thread (gpointer data)
{
  ThreadJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HkDatabase) database = hk_database_open (job->path, &error);
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkReport) report = NULL;

  g_assert_no_error (error);
  context = hk_context_new (database);
  report = hk_report_build_monthly (context, &job->period, "审计员 zhaomin", NULL, &error);
  g_assert_no_error (error);
  job->text = hk_report_render_text (report);

  return NULL;
}

static void
test_worker_thread (Month         *month,
                    gconstpointer  data)
{
  g_autoptr(HkReport) report = build (month, "monthly", "2024-03");
  g_autofree char *text = hk_report_render_text (report);
  ThreadJob jobs[2];
  GThread *threads[2];

  /* The thread's own connection reads the real clock: give it the test's. */
  g_setenv ("HALLKEEPER_NOW", "2024-04-01T10:15:00+08:00", TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      jobs[i].path = month->hall.db.path;
      jobs[i].period = (HkPeriod) { HK_PERIOD_MONTH, 2024, 3, 1 };
      jobs[i].text = NULL;
      threads[i] = g_thread_new ("report", build_in_thread, &jobs[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpstr (jobs[i].text, ==, text);
      g_free (jobs[i].text);
    }

  g_unsetenv ("HALLKEEPER_NOW");
}

/* ---- text ---- */

static void
test_text (Month         *month,
           gconstpointer  data)
{
  g_autoptr(HkReport) report = build (month, "monthly", "2024-03");
  g_autoptr(HkReport) signed_report = build (month, "dekad", "2024-03-1");
  g_autofree char *text = hk_report_render_text (report);
  g_autofree char *signed_text = hk_report_render_text (signed_report);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GRegex) space = g_regex_new (" +", 0, 0, NULL);
  gboolean total_seen = FALSE;

  /* A hall without a name shows the title alone. */
  g_assert_cmpstr (lines[0], ==, "Monthly report");
  g_assert_cmpstr (lines[1], ==, "Period: Mar 2024 (2024-03-01 to 2024-03-31)");
  g_assert_cmpstr (lines[2], ==, "PROVISIONAL: these days have daily reports that are not "
                                 "signed:");
  g_assert_cmpstr (lines[3], ==, "  2024-03-25 (liuyang)");
  g_assert_cmpstr (lines[4], ==, "Generated by 审计员 zhaomin at 2024-04-01 10:15:00");
  g_assert_nonnull (strstr (text, "\nBy ten-day period\nTen-day period  Receipts"));

  /* The month total's line, its numbers aligned to the right under their headings. */
  for (guint i = 1; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Month total"))
      {
        g_autofree char *squeezed = g_regex_replace (space, lines[i], -1, 0, " ", 0, NULL);
        const char *heading = lines[i - 5];

        g_assert_cmpstr (squeezed, ==, "Month total 8 1 1 1 1 2 4 ¥2,948.00");
        g_assert_true (g_str_has_prefix (heading, "Ten-day period"));
        g_assert_true (g_str_has_suffix (heading, "Revenue"));
        g_assert_cmpuint (hk_text_width (lines[i]), ==, hk_text_width (heading));
        total_seen = TRUE;
      }
  g_assert_true (total_seen);

  g_assert_null (strstr (signed_text, "PROVISIONAL"));
  g_assert_nonnull (strstr (signed_text, "\nEvery daily report of the period is signed.\n"));
}

/* ---- the running sums ---- */

/* Every row of a query, its columns joined by "|", one row a line. */
static char *
dump_rows (HkDatabase *database,
           const char *sql)
{
  sqlite3 *handle = hk_database_get_handle (database);
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (out, "%s|", (const char *)sqlite3_column_text (stmt, c));
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);

  return g_string_free (out, FALSE);
}

/* The running sums of migration 0003 are what summing the receipts gives. */
static void
test_running_sums (Month         *month,
                   gconstpointer  data)
{
  HkDatabase *db = month->hall.db.database;
  const char *pairs[][2] = {
    { "SELECT business_day, clerk_id, n_receipts, n_void, n_corrections, total"
      " FROM revenue_days WHERE n_receipts + n_void + n_corrections > 0 ORDER BY 1, 2",
      "SELECT business_day, clerk_id,"
      " count (*) FILTER (WHERE status = 'issued' AND corrects_id IS NULL),"
      " count (*) FILTER (WHERE status = 'void'),"
      " count (*) FILTER (WHERE status = 'issued' AND corrects_id IS NOT NULL),"
      " coalesce (sum (total) FILTER (WHERE status = 'issued'), 0)"
      " FROM receipts GROUP BY 1, 2 ORDER BY 1, 2" },
    { "SELECT business_day, clerk_id, fee_item_id, quantity, amount FROM revenue_items"
      " WHERE quantity != 0 OR amount != 0 ORDER BY 1, 2, 3",
      "SELECT r.business_day, r.clerk_id, l.fee_item_id, sum (l.quantity), sum (l.amount)"
      " FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id WHERE r.status = 'issued'"
      " GROUP BY 1, 2, 3 HAVING sum (l.quantity) != 0 OR sum (l.amount) != 0 ORDER BY 1, 2, 3" },
    { "SELECT business_day, clerk_id, method, amount, n_payments FROM revenue_methods"
      " WHERE n_payments != 0 ORDER BY 1, 2, 3",
      "SELECT r.business_day, r.clerk_id, p.method, sum (p.amount), count (*)"
      " FROM receipts r JOIN receipt_payments p ON p.receipt_id = r.id"
      " WHERE r.status = 'issued' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *kept = dump_rows (db, pairs[i][0]);
      g_autofree char *summed = dump_rows (db, pairs[i][1]);

      g_assert_cmpstr (kept, ==, summed);
      g_assert_cmpuint (strlen (kept), >, 100);
    }

  /* The void of R3 took its two SIM cards out again: zhangli's 4 March row says 0. */
  g_assert_cmpint (hk_test_query_int (db, "SELECT quantity FROM revenue_items i"
                                          " JOIN fee_items f ON f.id = i.fee_item_id"
                                          " WHERE f.code = 'SIM' AND business_day = '2024-03-04'"),
                   ==, 0);
  g_assert_cmpint (hk_test_query_int (db, "SELECT count (*) FROM revenue_days"
                                          " WHERE business_day < '2024-04-01'"), ==, 6);
}

/* A day imported from the business platform has neither a shift nor a daily report: its
 * receipts alone make it an unsigned day, and the import's batch writes keep the running sums.
 * 2 April: zhangli, TOP×2 = 100 in cash, and a SIM card for 20 by WeChat, voided. */
static void
test_imported_day (Month         *month,
                   gconstpointer  data)
{
  const char *csv =
    "receipt_no,issued_at,clerk,item_code,quantity,unit_price,amount,payment,customer_phone,"
    "status,void_reason\n"
    "3300241130-00000010,2024-04-02 09:15:00,zhangli,TOP,2,50.00,100.00,cash,,issued,\n"
    "3300241130-00000011,2024-04-02 10:00:00,zhangli,SIM,1,20.00,20.00,wechat,,void,顾客取消\n";
  HkReceiptImportResult result;
  g_autoptr(GError) error = NULL;
  g_autoptr(HkReport) monthly = NULL;
  g_autoptr(HkReport) journal = NULL;

  clock_at (month, "2024-04-03", 10, 0);
  g_assert_true (hk_receipt_import_csv (month->hall.context, month->hall.auditor, csv,
                                        strlen (csv), &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_receipts, ==, 2);

  monthly = build (month, "monthly", "2024-04");
  g_assert_true (hk_report_is_provisional (monthly));
  g_assert_cmpuint (hk_report_get_n_unsigned_days (monthly), ==, 1);
  g_assert_cmpstr (hk_report_get_unsigned_day_label (monthly, 0), ==, "2024-04-02 (zhangli)");
  g_assert_cmpint (figure_value (monthly, "Revenue"), ==, 10000);
  g_assert_cmpint (figure_value (monthly, "Receipts"), ==, 1);
  g_assert_cmpint (figure_value (monthly, "Voids"), ==, 1);
  g_assert_cmpint (figure_value (monthly, "Top-ups"), ==, 2);
  g_assert_cmpint (figure_value (monthly, "SIM cards sold"), ==, 0);
  assert_cell (table_of (monthly, "by-payment"), "WeChat Pay", "Amount", "¥0.00");

  /* March carried ¥40 forward; the imported cash counts as taken, with no count to correct it. */
  journal = build (month, "journal", "2024-04-02");
  g_assert_cmpint (figure_value (journal, "Cash on hand brought forward"), ==, 4000);
  g_assert_cmpint (figure_value (journal, "Cash in"), ==, 10000);
  g_assert_cmpint (figure_value (journal, "Cash out"), ==, 0);
  g_assert_cmpint (figure_value (journal, "Cash on hand carried forward"), ==, 14000);
  g_assert_cmpint (figure_value (journal, "Receipts issued"), ==, 2);
  g_assert_cmpint (figure_value (journal, "Voids"), ==, 1);

  test_running_sums (month, data);
}

static void
test_top_up (void)
{
  g_assert_true (hk_revenue_is_top_up (HK_FEE_CATEGORY_SERVICE, "话费充值 50元"));
  g_assert_true (hk_revenue_is_top_up (HK_FEE_CATEGORY_SERVICE, "Top-up ¥100"));
  g_assert_true (hk_revenue_is_top_up (HK_FEE_CATEGORY_SERVICE, "Mobile TOP UP"));
  g_assert_false (hk_revenue_is_top_up (HK_FEE_CATEGORY_SERVICE, "补卡费"));
  g_assert_false (hk_revenue_is_top_up (HK_FEE_CATEGORY_VALUE_CARD, "充值卡 100元"));
  g_assert_false (hk_revenue_is_top_up (HK_FEE_CATEGORY_SERVICE, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/report-builders/" path, Month, NULL, month_setup, func, month_teardown)

  g_test_add_func ("/report-builders/registry", test_registry);
  g_test_add_func ("/report-builders/top-up", test_top_up);
  ADD ("monthly", test_monthly);
  ADD ("monthly-empty", test_monthly_empty);
  ADD ("dekad", test_dekad);
  ADD ("dekad-signed", test_dekad_signed);
  ADD ("daily", test_daily);
  ADD ("daily-shortfall-and-unsigned", test_daily_shortfall_and_unsigned);
  ADD ("journal-month", test_journal_month);
  ADD ("journal-day", test_journal_day);
  ADD ("wrong-period", test_wrong_period);
  ADD ("cancelled", test_cancelled);
  ADD ("worker-thread", test_worker_thread);
  ADD ("text", test_text);
  ADD ("running-sums", test_running_sums);
  ADD ("imported-day", test_imported_day);

#undef ADD

  return g_test_run ();
}
