/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demo-cash-desk.c: the demonstration hall's counter: fee items, invoice books, and
 * months of shifts, receipts and daily reports, ending yesterday.
 *
 * Everything goes through the stores, so the demo obeys every rule and carries its audit
 * entries; the clock is moved through each day with hk_database_set_now(). Each day is one
 * transaction (the stores' own transactions nest in it), which keeps building fast. A seeded
 * random generator makes every demo the same: six clerks, about 800 receipts a day, a few
 * voids, one red-letter correction, one cash shortfall, one day imported from the business
 * platform with a missing number, and every day signed by the auditor but the last two and
 * the short one.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-database-private.h"
#include "hk-demo-private.h"
#include "hk-error.h"
#include "hk-money.h"
#include "hk-receipt-import.h"
#include "hk-transaction.h"

#define SEED 20261128
#define INVOICE_CODE "144031900111"
#define BOOK_SIZE 10000
#define BOOKS_PER_CLERK 2
#define RECEIPTS_PER_CLERK_DAY 133
#define OPENING_FLOAT 50000

static const char *clerk_logins[] = {
  "zhangli", "liuyang", "chenjing", "huangfang", "wangfang", "zhaolei",
};

typedef struct
{
  const char    *code;
  const char    *name;
  HkFeeCategory  category;
  gint64         price;
  guint          weight;
} DemoFeeItem;

static const DemoFeeItem fee_items[] = {
  { "TOP-050", "话费充值 50元", HK_FEE_CATEGORY_SERVICE, 5000, 26 },
  { "TOP-100", "话费充值 100元", HK_FEE_CATEGORY_SERVICE, 10000, 16 },
  { "VC-050", "有价卡 50元", HK_FEE_CATEGORY_VALUE_CARD, 5000, 8 },
  { "VC-100", "有价卡 100元", HK_FEE_CATEGORY_VALUE_CARD, 10000, 6 },
  { "SIM-PT", "普通SIM卡", HK_FEE_CATEGORY_SIM_CARD, 1000, 7 },
  { "SIM-5G", "5G SIM卡", HK_FEE_CATEGORY_SIM_CARD, 2000, 6 },
  { "SVC-XH", "选号费", HK_FEE_CATEGORY_SERVICE, 5000, 3 },
  { "SVC-BK", "补卡费", HK_FEE_CATEGORY_SERVICE, 1000, 4 },
  { "SVC-GH", "过户手续费", HK_FEE_CATEGORY_SERVICE, 2000, 2 },
  { "PH-HW", "华为 nova 12", HK_FEE_CATEGORY_HANDSET, 259900, 1 },
  { "PH-XM", "小米 14", HK_FEE_CATEGORY_HANDSET, 399900, 1 },
  { "PH-OP", "OPPO A3", HK_FEE_CATEGORY_HANDSET, 129900, 1 },
  { "ACC-CD", "充电器", HK_FEE_CATEGORY_ACCESSORY, 5900, 3 },
  { "ACC-SJ", "数据线", HK_FEE_CATEGORY_ACCESSORY, 2900, 3 },
  { "ACC-MK", "手机壳", HK_FEE_CATEGORY_ACCESSORY, 3900, 2 },
  { "ACC-MF", "钢化膜", HK_FEE_CATEGORY_ACCESSORY, 2000, 3 },
  { "RPR-JC", "维修检测费", HK_FEE_CATEGORY_REPAIR, 3000, 2 },
  { "RPR-HP", "换屏服务费", HK_FEE_CATEGORY_REPAIR, 15000, 1 },
  { "OTH-FY", "复印费", HK_FEE_CATEGORY_OTHER, 100, 3 },
};

typedef struct
{
  HkContext   *context;
  HkDatabase  *database;
  GRand       *rand;
  HkOperator  *admin;
  HkOperator  *auditor;
  HkOperator  *duty_manager;
  HkOperator  *clerks[G_N_ELEMENTS (clerk_logins)];
  gint64       item_ids[G_N_ELEMENTS (fee_items)];
  guint        total_weight;
  gint64       corrected_receipt;
} Demo;

static void
demo_clear (Demo *demo)
{
  g_clear_pointer (&demo->rand, g_rand_free);
  g_clear_object (&demo->admin);
  g_clear_object (&demo->auditor);
  g_clear_object (&demo->duty_manager);
  for (guint i = 0; i < G_N_ELEMENTS (demo->clerks); i++)
    g_clear_object (&demo->clerks[i]);
}

/* The moment @day_start + @hours:@minutes in the hall's time zone. */
static gint64
at (gint64 day_start,
    int    hours,
    int    minutes)
{
  return day_start + hours * 3600 + minutes * 60;
}

static gboolean
set_up_fee_items (Demo        *demo,
                  const char  *first_day,
                  GError     **error)
{
  HkFeeItemStore *store = hk_context_get_fee_item_store (demo->context);

  for (guint i = 0; i < G_N_ELEMENTS (fee_items); i++)
    {
      g_autoptr(HkFeeItem) item = NULL;

      item = hk_fee_item_store_add (store, demo->admin, fee_items[i].code, fee_items[i].name,
                                    fee_items[i].category, fee_items[i].price, first_day, error);
      if (item == NULL)
        return FALSE;

      demo->item_ids[i] = hk_fee_item_get_id (item);
      demo->total_weight += fee_items[i].weight;
    }

  return TRUE;
}

static gboolean
set_up_invoice_books (Demo    *demo,
                      GError **error)
{
  HkInvoiceBookStore *books = hk_context_get_invoice_book_store (demo->context);
  gint64 first = 1;

  for (guint c = 0; c < G_N_ELEMENTS (demo->clerks); c++)
    for (guint b = 0; b < BOOKS_PER_CLERK; b++)
      {
        g_autoptr(HkInvoiceBook) book = NULL;

        book = hk_invoice_book_store_register (books, demo->auditor, INVOICE_CODE, first,
                                               first + BOOK_SIZE - 1, error);
        if (book == NULL ||
            !hk_invoice_book_store_issue_book (books, demo->auditor, book, demo->clerks[c], error))
          return FALSE;

        first += BOOK_SIZE;
      }

  return TRUE;
}

static guint
pick_item (Demo *demo)
{
  guint ticket = (guint)g_rand_int_range (demo->rand, 0, (gint32)demo->total_weight);

  for (guint i = 0; i < G_N_ELEMENTS (fee_items); i++)
    {
      if (ticket < fee_items[i].weight)
        return i;
      ticket -= fee_items[i].weight;
    }

  return 0;
}

static HkPaymentMethod
pick_method (Demo     *demo,
             gboolean  handset)
{
  int r = g_rand_int_range (demo->rand, 0, 100);

  if (handset)
    return r < 40 ? HK_PAYMENT_CARD : r < 70 ? HK_PAYMENT_WECHAT : r < 95 ? HK_PAYMENT_ALIPAY
                                                                         : HK_PAYMENT_CHEQUE;

  return r < 45 ? HK_PAYMENT_CASH : r < 75 ? HK_PAYMENT_WECHAT : r < 95 ? HK_PAYMENT_ALIPAY
                                                                       : HK_PAYMENT_CARD;
}

static HkReceipt *
issue_one (Demo     *demo,
           guint     clerk,
           GError  **error)
{
  HkReceiptLineInput lines[2] = { 0 };
  HkReceiptPaymentInput payment = { 0 };
  g_autofree char *cheque_no = NULL;
  g_autofree char *phone = NULL;
  guint item = pick_item (demo);
  guint n_lines = 1;
  gint64 total;

  lines[0].fee_item_id = demo->item_ids[item];
  lines[0].quantity = fee_items[item].category == HK_FEE_CATEGORY_OTHER
                      ? g_rand_int_range (demo->rand, 1, 20) : 1;
  total = lines[0].quantity * fee_items[item].price;

  /* A SIM or value card line names the serial sold; zhangli's number selections sell a number
   * of the number stock (hk-demo-stock.c). */
  lines[0].serials = hk_demo_stock_serial (demo->context, demo->clerks[clerk],
                                           demo->item_ids[item]);
  lines[0].number = hk_demo_stock_number (demo->context, demo->clerks[clerk],
                                          demo->item_ids[item]);

  /* A handset usually leaves with a screen protector. */
  if (fee_items[item].category == HK_FEE_CATEGORY_HANDSET && g_rand_boolean (demo->rand))
    {
      lines[1].fee_item_id = demo->item_ids[15];
      lines[1].quantity = 1;
      total += fee_items[15].price;
      n_lines = 2;
    }

  /* Prices change during the demo; the store charges the tariff of the day, so read it. */
  if (item == 5 || n_lines == 2)
    {
      g_autofree char *day = hk_hall_store_format_day (hk_context_get_hall_store (demo->context),
                                                       hk_database_get_now (demo->database));

      total = 0;
      for (guint i = 0; i < n_lines; i++)
        {
          gint64 price = 0;

          if (!hk_fee_item_store_price_on (hk_context_get_fee_item_store (demo->context),
                                           lines[i].fee_item_id, day, &price,
                                           error))
            return NULL;
          total += lines[i].quantity * price;
        }
    }

  payment.method = pick_method (demo, fee_items[item].category == HK_FEE_CATEGORY_HANDSET);
  payment.amount = total;
  if (payment.method == HK_PAYMENT_CHEQUE)
    {
      cheque_no = g_strdup_printf ("%08d", g_rand_int_range (demo->rand, 10000000, 99999999));
      payment.cheque_no = cheque_no;
    }

  if (g_rand_int_range (demo->rand, 0, 3) == 0)
    phone = g_strdup_printf ("1%02d%08d", g_rand_int_range (demo->rand, 30, 99),
                             g_rand_int_range (demo->rand, 0, 99999999));

  return hk_receipt_store_issue (hk_context_get_receipt_store (demo->context),
                                 demo->clerks[clerk], NULL, lines, n_lines, &payment, 1, phone,
                                 error);
}

/* Splits an amount into notes and coins, largest first. */
static void
count_out (gint64 amount,
           gint64 counts[HK_N_DENOMINATIONS])
{
  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    {
      counts[i] = amount / hk_denominations[i];
      amount -= counts[i] * hk_denominations[i];
    }
}

static gboolean
work_shift (Demo        *demo,
            guint        clerk,
            guint        day_index,
            gint64       day_start,
            gboolean     short_day,
            gboolean     void_today,
            gboolean     correct_today,
            GError     **error)
{
  HkShiftStore *shifts = hk_context_get_shift_store (demo->context);
  HkReceiptStore *receipts = hk_context_get_receipt_store (demo->context);
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkShift) validated = NULL;
  gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  gint64 declared[HK_N_PAYMENT_METHODS] = { 0 };
  guint n = RECEIPTS_PER_CLERK_DAY - 20 + (guint)g_rand_int_range (demo->rand, 0, 41);
  gint64 cash = 0;
  gint64 expected;

  hk_database_set_now (demo->database, at (day_start, 8, 30 + (int)clerk));
  if (!(shift = hk_shift_store_open (shifts, demo->clerks[clerk], OPENING_FLOAT, error)))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkReceipt) receipt = NULL;
      g_autoptr(GPtrArray) payments = NULL;
      int minute = 35 + (int)(i * (540 - 40) / n);

      hk_database_set_now (demo->database,
                           at (day_start, 8, minute) + g_rand_int_range (demo->rand, 0, 50));

      if (!(receipt = issue_one (demo, clerk, error)) ||
          !(payments = hk_receipt_store_get_payments (receipts, hk_receipt_get_id (receipt),
                                                      error)))
        return FALSE;

      if (void_today && i == n / 2)
        {
          g_autoptr(HkReceipt) voided = NULL;

          voided = hk_receipt_store_void (receipts, demo->clerks[clerk], receipt,
                                          "客户取消办理", error);
          if (voided == NULL)
            return FALSE;
          continue;
        }

      for (guint p = 0; p < payments->len; p++)
        {
          HkReceiptPayment *payment = g_ptr_array_index (payments, p);
          declared[payment->method] += payment->amount;
        }

      /* Remember a mid-morning top-up of the first day: it is corrected later. */
      if (day_index == 0 && clerk == 0 && i == 10)
        demo->corrected_receipt = hk_receipt_get_id (receipt);

      /* Midday, the drawer's surplus goes to the safe. */
      if (i == n / 2 && declared[HK_PAYMENT_CASH] > 300000)
        {
          hk_database_set_now (demo->database, at (day_start, 13, 0));
          if (!hk_shift_store_move_cash (shifts, demo->clerks[clerk], shift, -200000,
                                         "交保险柜", error))
            return FALSE;
          cash -= 200000;
        }
    }

  if (correct_today && demo->corrected_receipt != 0)
    {
      g_autoptr(HkReceipt) original = NULL;
      g_autoptr(HkReceipt) red = NULL;
      g_autoptr(GPtrArray) payments = NULL;

      hk_database_set_now (demo->database, at (day_start, 16, 40));
      if (!(original = hk_receipt_store_lookup (receipts, demo->corrected_receipt, error)) ||
          !(red = hk_receipt_store_correct (receipts, demo->clerks[clerk], original,
                                            "充值号码输错，退款重办", error)) ||
          !(payments = hk_receipt_store_get_payments (receipts, hk_receipt_get_id (red), error)))
        return FALSE;

      for (guint p = 0; p < payments->len; p++)
        {
          HkReceiptPayment *payment = g_ptr_array_index (payments, p);
          declared[payment->method] += payment->amount;
        }
    }

  expected = OPENING_FLOAT + declared[HK_PAYMENT_CASH] + cash;
  count_out (short_day ? expected - 5000 : expected, counts);

  hk_database_set_now (demo->database, at (day_start, 17, 45));
  if (!(closed = hk_shift_store_close (shifts, demo->clerks[clerk], shift, counts, declared,
                                       error)))
    return FALSE;

  if (!hk_demo_stock_shift_closed (demo->context, demo->clerks[clerk], day_index, day_start,
                                   error))
    return FALSE;

  hk_database_set_now (demo->database, at (day_start, 18, 0));
  if (!(validated = hk_shift_store_validate (shifts, demo->duty_manager, closed, error)))
    return FALSE;

  return TRUE;
}

static gboolean
settle_day (Demo        *demo,
            guint        clerk,
            const char  *day,
            gint64       day_start,
            gboolean     sign,
            GError     **error)
{
  HkDailyReportStore *reports = hk_context_get_daily_report_store (demo->context);
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autofree char *slip = NULL;
  HkDailyReportCheck check = { 0 };

  hk_database_set_now (demo->database, at (day_start, 18, 5));
  if (!(submitted = hk_daily_report_store_submit (reports, demo->clerks[clerk], day, error)))
    return FALSE;

  if (!sign)
    return TRUE;

  slip = g_strdup_printf ("ICBC%s%02u", day, clerk + 1);
  check.accounting_copy = hk_daily_report_get_account_total (submitted);
  check.bank_name = "中国工商银行文三路支行";
  check.bank_slip_no = slip;
  check.bank_slip_date = day;
  check.bank_amount = hk_daily_report_get_cash_takings (submitted);

  /* The auditor works through the day's reports once the bank receipts are in. */
  hk_database_set_now (demo->database, at (day_start, 19, (int)clerk * 5));
  if (!(checked = hk_daily_report_store_record_check (reports, demo->auditor,
                                                      hk_operator_get_id (demo->clerks[clerk]),
                                                      day, &check, error)) ||
      !(signed_report = hk_daily_report_store_sign (reports, demo->auditor,
                                                    hk_operator_get_id (demo->clerks[clerk]),
                                                    day, NULL, error)))
    return FALSE;

  return TRUE;
}

/* The business platform's export of one clerk's day, imported by the auditor: the counter
 * system was down. One stub is missing from it, a gap the auditor has yet to explain. */
static gboolean
import_day (Demo        *demo,
            guint        clerk,
            const char  *day,
            gint64       day_start,
            GError     **error)
{
  g_autoptr(GString) csv = g_string_new ("receipt_no,issued_at,clerk,item_code,quantity,"
                                         "unit_price,amount,payment,customer_phone,status,"
                                         "void_reason\n");
  g_autofree char *code = NULL;
  HkReceiptImportResult result;
  gint64 book_id = 0;
  gint64 number = 0;
  guint n = 60;

  if (!hk_invoice_book_store_next_number (hk_context_get_invoice_book_store (demo->context),
                                          hk_operator_get_id (demo->clerks[clerk]), &book_id,
                                          &code, &number, error))
    return FALSE;

  for (guint i = 0; i < n; i++, number++)
    {
      guint item = pick_item (demo);
      g_autofree char *price = NULL;
      HkPaymentMethod method;
      gint64 unit_price = 0;
      int minutes = 9 * 60 + (int)(i * 8 * 60 / n);

      /* The stub that went missing. */
      if (i == n / 3)
        number++;

      if (!hk_fee_item_store_price_on (hk_context_get_fee_item_store (demo->context),
                                       demo->item_ids[item], day, &unit_price, error))
        return FALSE;

      method = pick_method (demo, fee_items[item].category == HK_FEE_CATEGORY_HANDSET);
      if (method == HK_PAYMENT_CHEQUE)
        method = HK_PAYMENT_CARD;
      price = hk_money_format_plain (unit_price);

      g_string_append_printf (csv, "%s-%08lld,%s %02d:%02d:00,%s,%s,1,%s,%s,%s,,issued,\n",
                              code, (long long)number, day, minutes / 60, minutes % 60,
                              hk_operator_get_login (demo->clerks[clerk]), fee_items[item].code,
                              price, price, hk_payment_method_to_id (method));
    }

  hk_database_set_now (demo->database, day_start + 20 * 3600);

  return hk_receipt_import_csv (demo->context, demo->auditor, csv->str, csv->len, &result, error);
}

static gboolean
look_up_people (Demo    *demo,
                GError **error)
{
  HkOperatorStore *operators = hk_context_get_operator_store (demo->context);

  if (!(demo->admin = hk_operator_store_lookup (operators, "admin", error)) ||
      !(demo->auditor = hk_operator_store_lookup (operators, "zhaomin", error)) ||
      !(demo->duty_manager = hk_operator_store_lookup (operators, "zhengwei", error)))
    return FALSE;

  for (guint c = 0; c < G_N_ELEMENTS (clerk_logins); c++)
    if (!(demo->clerks[c] = hk_operator_store_lookup (operators, clerk_logins[c], error)))
      return FALSE;

  return TRUE;
}

/**
 * hk_demo_populate_cash_desk:
 * @n_days: how many days of counter work, ending yesterday
 *
 * Fills the counter's records of the demo hall. The operators must exist.
 */
gboolean
hk_demo_populate_cash_desk (HkContext  *context,
                            guint       n_days,
                            GError    **error)
{
  HkHallStore *hall = hk_context_get_hall_store (context);
  HkDatabase *database = hk_context_get_database (context);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) first = NULL;
  g_autofree char *first_day = NULL;
  Demo demo = { 0 };
  gint64 fixed_now = hk_database_get_fixed_now (database);
  gboolean ok = FALSE;
  guint short_day = n_days > 3 ? n_days / 2 : G_MAXUINT;
  guint price_change_day = n_days > 10 ? n_days / 3 : G_MAXUINT;

  g_return_val_if_fail (HK_IS_CONTEXT (context), FALSE);

  if (n_days == 0)
    return TRUE;

  demo.context = context;
  demo.database = database;
  demo.rand = g_rand_new_with_seed (SEED);

  now = g_date_time_new_from_unix_local (hk_database_get_now (database));
  {
    g_autoptr(GDateTime) local = g_date_time_to_timezone (now, hk_hall_store_get_time_zone (hall));

    today = g_date_time_new (hk_hall_store_get_time_zone (hall), g_date_time_get_year (local),
                             g_date_time_get_month (local), g_date_time_get_day_of_month (local),
                             0, 0, 0);
  }
  first = g_date_time_add_days (today, -(int)n_days);
  first_day = g_date_time_format (first, "%Y-%m-%d");

  if (!look_up_people (&demo, error))
    goto out;

  /* The day before the first: the supervisor's tariff and the auditor's books. */
  hk_database_set_now (database, g_date_time_to_unix (first) - 6 * 3600);
  if (!set_up_fee_items (&demo, first_day, error) || !set_up_invoice_books (&demo, error) ||
      !hk_demo_stock_set_up (context, n_days, error))
    goto out;

  for (guint d = 0; d < n_days; d++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (first, (int)d);
      g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
      gint64 day_start = g_date_time_to_unix (date);
      g_autoptr(HkTransaction) tx = NULL;
      gboolean sign = d + 2 < n_days;

      if (!(tx = hk_transaction_begin (database, error)) ||
          !hk_demo_stock_begin_day (context, d, day_start, error))
        goto out;

      if (d == price_change_day)
        {
          g_autoptr(HkFeeItem) item = NULL;
          g_autoptr(HkFeeItem) changed = NULL;

          hk_database_set_now (database, at (day_start, 7, 0));
          if (!(item = hk_fee_item_store_lookup_by_id (hk_context_get_fee_item_store (context),
                                                       demo.item_ids[5], error)) ||
              !(changed = hk_fee_item_store_set_price (hk_context_get_fee_item_store (context),
                                                       demo.admin, item, 1500, day, error)))
            goto out;
        }

      for (guint c = 0; c < G_N_ELEMENTS (demo.clerks); c++)
        {
          /* Yesterday, huangfang's counter was down: her day comes from the platform. */
          if (d + 1 == n_days && n_days > 2 && c == 3)
            {
              if (!import_day (&demo, c, day, day_start, error))
                goto out;
              continue;
            }

          if (!work_shift (&demo, c, d, day_start, d == short_day && c == 2,
                           d % 3 == 1 && c == d % G_N_ELEMENTS (demo.clerks),
                           d == 1 && c == 0, error) ||
              !settle_day (&demo, c, day, day_start, sign && !(d == short_day && c == 2), error))
            goto out;
        }

      if (!hk_transaction_commit (tx, error))
        goto out;
    }

  ok = TRUE;

out:
  hk_database_set_now (database, fixed_now);
  hk_demo_stock_finish (context);
  demo_clear (&demo);
  return ok;
}
