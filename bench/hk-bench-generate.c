/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bench-generate.c: builds the benchmarks' busy hall, years of it, through the app's own
 * write paths.
 *
 * The last --counter-days days (92 by default) are the demonstration hall's counter work
 * (hk_demo_populate_cash_desk(): shifts, receipts issued one by one through the receipt store,
 * voids, a red-letter correction, cash counts, validated shifts, signed daily reports), with its
 * card and number stock, bank work, archive requests, repairs and complaints over the same days. Everything before is history exported from the
 * business platform: twelve clerks, about 1,100 receipts a day (voids included), imported month
 * by month with hk_receipt_import_csv() by the auditor from invoice books registered and issued
 * through the invoice book store, and every clerk's day submitted, checked and signed through
 * the daily report store. A seeded GRand makes the file the same on every run for the same
 * options; the clock is fixed (--end), not read from the machine.
 *
 * --csv FILE also writes the history as one CSV file, for the import benchmark, and --base FILE
 * a copy of the hall as it was just before the history was imported (the database that CSV
 * imports into).
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "core/hk-context.h"
#include "core/hk-database-private.h"
#include "core/hk-demo.h"
#include "core/hk-demo-private.h"
#include "core/hk-fee-item-store.h"
#include "core/hk-receipt-import.h"
#include "core/hk-transaction.h"

#define HISTORY_CODE "144031900222"
#define BOOK_SIZE 10000
#define RECEIPTS_PER_DAY 1100

/* The demo's six counter clerks and six more for the busy hall. */
static const char *history_clerks[] = {
  "zhangli", "liuyang", "chenjing", "huangfang", "wangfang", "zhaolei",
  "qianmei", "sunyue", "lijun", "zhoutao", "wuxia", "zhengshuang",
};

static const char *extra_names[] = { "钱梅", "孙悦", "李军", "周涛", "吴霞", "郑爽" };

typedef struct
{
  char   *code;
  gint64  price;
  guint   weight;
  gboolean handset;
  gboolean quantity_many;
} Item;

typedef struct
{
  HkContext     *context;
  HkDatabase    *database;
  GRand         *rand;
  HkOperator    *auditor;
  HkOperator    *clerks[G_N_ELEMENTS (history_clerks)];
  gint64         next_number[G_N_ELEMENTS (history_clerks)];
  GArray        *items;
  guint          total_weight;
  gint64         screen_protector;
  FILE          *csv;
  guint64        n_receipts;
} Generator;

static GTimeZone *hall_zone;

/* The process's CPU time (user + system), in seconds: what the machine's load does not inflate. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (double)usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         (double)usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

static gint64
day_start (GDate *date)
{
  g_autoptr(GDateTime) dt = g_date_time_new (hall_zone, g_date_get_year (date),
                                             g_date_get_month (date), g_date_get_day (date),
                                             0, 0, 0);
  return g_date_time_to_unix (dt);
}

static char *
format_date (GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static gboolean
load_items (Generator  *gen,
            GError    **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  stmt = hk_database_prepare (gen->database,
                              "SELECT f.code, f.category, p.price FROM fee_items f"
                              " JOIN fee_item_prices p ON p.fee_item_id = f.id"
                              " WHERE p.valid_from = (SELECT min (valid_from) FROM fee_item_prices"
                              "                       WHERE fee_item_id = f.id)"
                              " ORDER BY f.id", error);
  if (stmt == NULL)
    return FALSE;

  gen->items = g_array_new (FALSE, TRUE, sizeof (Item));
  while (hk_statement_step (stmt, error))
    {
      Item item = { 0 };
      const char *category = hk_statement_get_text (stmt, 1);

      item.code = hk_statement_dup_text (stmt, 0);
      item.price = hk_statement_get_int64 (stmt, 2);
      item.handset = g_str_equal (category, "handset");
      item.quantity_many = g_str_equal (category, "other");
      /* Top-ups are most of a hall's work, handsets the least. */
      item.weight = g_str_has_prefix (item.code, "TOP-") ? 20
                    : g_str_equal (category, "value_card") ? 7
                    : g_str_equal (category, "sim_card") ? 6
                    : item.handset ? 1 : 3;
      if (g_str_equal (item.code, "ACC-MF"))
        gen->screen_protector = gen->items->len;
      gen->total_weight += item.weight;
      g_array_append_val (gen->items, item);
    }

  if (error != NULL && *error != NULL)
    return FALSE;

  return gen->items->len > 0;
}

static const Item *
pick_item (Generator *gen)
{
  guint ticket = (guint)g_rand_int_range (gen->rand, 0, (gint32)gen->total_weight);

  for (guint i = 0; i < gen->items->len; i++)
    {
      const Item *item = &g_array_index (gen->items, Item, i);

      if (ticket < item->weight)
        return item;
      ticket -= item->weight;
    }

  return &g_array_index (gen->items, Item, 0);
}

static const char *
pick_method (Generator *gen,
             gboolean   handset)
{
  int r = g_rand_int_range (gen->rand, 0, 100);

  if (handset)
    return r < 45 ? "card" : r < 75 ? "wechat" : "alipay";

  return r < 40 ? "cash" : r < 72 ? "wechat" : r < 95 ? "alipay" : "card";
}

static gboolean
add_clerks (Generator  *gen,
            HkOperator *admin,
            GError    **error)
{
  HkOperatorStore *operators = hk_context_get_operator_store (gen->context);

  for (guint i = 0; i < G_N_ELEMENTS (extra_names); i++)
    {
      g_autoptr(HkOperator) op = NULL;

      op = hk_operator_store_add (operators, admin, history_clerks[6 + i], extra_names[i],
                                  HK_ROLE_CLERK, HK_DEMO_PASSWORD, error);
      if (op == NULL)
        return FALSE;
    }

  for (guint c = 0; c < G_N_ELEMENTS (history_clerks); c++)
    if (!(gen->clerks[c] = hk_operator_store_lookup (operators, history_clerks[c], error)))
      return FALSE;

  return (gen->auditor = hk_operator_store_lookup (operators, "zhaomin", error)) != NULL;
}

/* Registers and issues enough books for each clerk's share of @n_days days. */
static gboolean
issue_books (Generator  *gen,
             guint       n_days,
             GError    **error)
{
  HkInvoiceBookStore *books = hk_context_get_invoice_book_store (gen->context);
  guint per_clerk = (RECEIPTS_PER_DAY / G_N_ELEMENTS (history_clerks) + 12) * n_days;
  guint n_books = per_clerk / BOOK_SIZE + 1;
  gint64 first = 1;
  g_autoptr(HkTransaction) tx = hk_transaction_begin (gen->database, error);

  if (tx == NULL)
    return FALSE;

  for (guint c = 0; c < G_N_ELEMENTS (history_clerks); c++)
    {
      gen->next_number[c] = first;
      for (guint b = 0; b < n_books; b++, first += BOOK_SIZE)
        {
          g_autoptr(HkInvoiceBook) book = NULL;

          book = hk_invoice_book_store_register (books, gen->auditor, HISTORY_CODE, first,
                                                 first + BOOK_SIZE - 1, error);
          if (book == NULL ||
              !hk_invoice_book_store_issue_book (books, gen->auditor, book, gen->clerks[c],
                                                 error))
            return FALSE;
        }
    }

  return hk_transaction_commit (tx, error);
}

/* One clerk's day of platform receipts, appended to @csv; returns the cash taken. */
static gint64
write_clerk_day (Generator  *gen,
                 guint       clerk,
                 const char *day,
                 guint       n,
                 GString    *csv)
{
  gint64 cash = 0;

  for (guint i = 0; i < n; i++)
    {
      const Item *item = pick_item (gen);
      const char *method = pick_method (gen, item->handset);
      gboolean void_receipt = g_rand_int_range (gen->rand, 0, 250) == 0;
      gboolean protector = item->handset && g_rand_boolean (gen->rand);
      gint64 quantity = item->quantity_many ? g_rand_int_range (gen->rand, 1, 20) : 1;
      int seconds = 9 * 3600 + (int)(i * 9 * 3600 / n) + g_rand_int_range (gen->rand, 0, 60);
      g_autofree char *phone = NULL;
      g_autofree char *head = NULL;
      g_autofree char *tail = NULL;
      gint64 number = gen->next_number[clerk]++;

      if (g_rand_int_range (gen->rand, 0, 3) == 0)
        phone = g_strdup_printf ("1%02d%08d", g_rand_int_range (gen->rand, 30, 99),
                                 g_rand_int_range (gen->rand, 0, 99999999));

      head = g_strdup_printf ("%s-%08lld,%s %02d:%02d:%02d,%s,", HISTORY_CODE, (long long)number,
                              day, seconds / 3600, seconds / 60 % 60, seconds % 60,
                              history_clerks[clerk]);
      tail = g_strdup_printf ("%s,%s,%s,%s\n", method, phone != NULL ? phone : "",
                              void_receipt ? "void" : "issued",
                              void_receipt ? "顾客取消办理" : "");

      g_string_append_printf (csv, "%s%s,%lld,%lld.%02lld,%lld.%02lld,%s", head, item->code,
                              (long long)quantity, (long long)(item->price / 100),
                              (long long)(item->price % 100),
                              (long long)(quantity * item->price / 100),
                              (long long)(quantity * item->price % 100), tail);
      if (!void_receipt && g_str_equal (method, "cash"))
        cash += quantity * item->price;

      if (protector)
        {
          const Item *extra = &g_array_index (gen->items, Item, gen->screen_protector);

          g_string_append_printf (csv, "%s%s,1,%lld.%02lld,%lld.%02lld,%s", head, extra->code,
                                  (long long)(extra->price / 100),
                                  (long long)(extra->price % 100),
                                  (long long)(extra->price / 100),
                                  (long long)(extra->price % 100), tail);
          if (!void_receipt && g_str_equal (method, "cash"))
            cash += extra->price;
        }
    }

  gen->n_receipts += n;
  return cash;
}

/* The auditor signs each clerk's imported day, with the cash the clerk declared. */
static gboolean
sign_day (Generator   *gen,
          const char  *day,
          gint64       start,
          gint64       cash[],
          GError     **error)
{
  HkDailyReportStore *reports = hk_context_get_daily_report_store (gen->context);
  g_autoptr(HkTransaction) tx = hk_transaction_begin (gen->database, error);

  if (tx == NULL)
    return FALSE;

  for (guint c = 0; c < G_N_ELEMENTS (history_clerks); c++)
    {
      g_autoptr(HkDailyReport) submitted = NULL;
      g_autoptr(HkDailyReport) checked = NULL;
      g_autoptr(HkDailyReport) signed_report = NULL;
      g_autofree char *slip = g_strdup_printf ("ICBC%s%02u", day, c + 1);
      gint64 clerk_id = hk_operator_get_id (gen->clerks[c]);
      HkDailyReportCheck check = { 0 };

      hk_database_set_now (gen->database, start + 18 * 3600 + 5 * 60);
      if (!(submitted = hk_daily_report_store_submit (reports, gen->clerks[c], day, error)))
        return FALSE;

      check.accounting_copy = hk_daily_report_get_account_total (submitted);
      check.bank_name = "中国工商银行文三路支行";
      check.bank_slip_no = slip;
      check.bank_slip_date = day;
      check.bank_amount = cash[c];
      check.has_declared_cash = TRUE;
      check.declared_cash = cash[c];

      hk_database_set_now (gen->database, start + 19 * 3600 + (gint64)c * 300);
      if (!(checked = hk_daily_report_store_record_check (reports, gen->auditor, clerk_id, day,
                                                          &check, error)) ||
          !(signed_report = hk_daily_report_store_sign (reports, gen->auditor, clerk_id, day,
                                                        NULL, error)))
        return FALSE;
    }

  return hk_transaction_commit (tx, error);
}

/* Imports the history from @first for @n_days days, a month's file at a time. */
static gboolean
import_history (Generator  *gen,
                GDate      *first,
                guint       n_days,
                gboolean    sign,
                GError    **error)
{
  static const char header[] = "receipt_no,issued_at,clerk,item_code,quantity,unit_price,"
                               "amount,payment,customer_phone,status,void_reason\n";
  g_autoptr(GString) csv = g_string_new (header);
  g_autoptr(GArray) cash = g_array_new (FALSE, TRUE, sizeof (gint64));
  GDate date = *first;
  guint month_days = 0;
  GDate month_first = date;

  g_array_set_size (cash, 0);
  if (gen->csv != NULL)
    fputs (header, gen->csv);

  for (guint d = 0; d <= n_days; d++)
    {
      gboolean month_end = d == n_days ||
                           (d > 0 && g_date_get_day (&date) == 1);

      if (month_end && month_days > 0)
        {
          HkReceiptImportResult result;
          GDate sign_date = month_first;
          double cpu_start = cpu_seconds ();
          double cpu_import;

          hk_database_set_now (gen->database, day_start (&date) + 3600);
          if (!hk_receipt_import_csv (gen->context, gen->auditor, csv->str, csv->len, &result,
                                      error))
            return FALSE;
          cpu_import = cpu_seconds () - cpu_start;
          if (gen->csv != NULL)
            fputs (csv->str + sizeof header - 1, gen->csv);

          for (guint m = 0; sign && m < month_days; m++, g_date_add_days (&sign_date, 1))
            {
              g_autofree char *day = format_date (&sign_date);

              if (!sign_day (gen, day, day_start (&sign_date),
                             &g_array_index (cash, gint64, m * G_N_ELEMENTS (history_clerks)),
                             error))
                return FALSE;
            }

          g_printerr ("  %s: %u receipts imported (%.1f s CPU) and signed (%.1f s CPU),"
                      " %llu so far\n", result.first_day, result.n_receipts, cpu_import,
                      cpu_seconds () - cpu_start - cpu_import,
                      (unsigned long long)gen->n_receipts);
          g_string_truncate (csv, sizeof header - 1);
          g_array_set_size (cash, 0);
          month_days = 0;
          month_first = date;
        }

      if (d == n_days)
        break;

      {
        g_autofree char *day = format_date (&date);
        /* Weekends are busier, and so is the end of the month (top-ups before billing). */
        GDateWeekday weekday = g_date_get_weekday (&date);
        double factor = (weekday >= G_DATE_SATURDAY ? 1.2 : 0.93) *
                        (g_date_get_day (&date) >= 25 ? 1.08 : 1.0);

        for (guint c = 0; c < G_N_ELEMENTS (history_clerks); c++)
          {
            guint n = (guint)(RECEIPTS_PER_DAY / G_N_ELEMENTS (history_clerks) * factor) - 8 +
                      (guint)g_rand_int_range (gen->rand, 0, 17);
            gint64 taken = write_clerk_day (gen, c, day, n, csv);

            g_array_append_val (cash, taken);
          }
      }

      month_days++;
      g_date_add_days (&date, 1);
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) admin = NULL;
  g_autofree char *output = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *base_path = NULL;
  g_autofree char *end_text = g_strdup ("2026-11-01");
  int years = 5;
  int counter_days = 92;
  int seed = 20261128;
  gboolean no_sign = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "The database to create", "FILE" },
    { "years", 'y', 0, G_OPTION_ARG_INT, &years, "Years of records, counter days included (5)",
      "N" },
    { "counter-days", 0, 0, G_OPTION_ARG_INT, &counter_days,
      "Days of counter work at the end, through the cash desk's stores (92)", "N" },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end_text, "The day after the last day (2026-11-01)",
      "YYYY-MM-DD" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the history's generator", "N" },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv_path, "Also write the history's CSV here",
      "FILE" },
    { "base", 0, 0, G_OPTION_ARG_FILENAME, &base_path,
      "Also save the hall as it was before the history's import", "FILE" },
    { "no-sign", 0, 0, G_OPTION_ARG_NONE, &no_sign, "Leave the history's days unsigned", NULL },
    { NULL }
  };
  Generator gen = { 0 };
  GDate end;
  GDate first;
  guint total_days;
  guint history_days;
  g_autoptr(GTimer) timer = g_timer_new ();

  options = g_option_context_new ("- build the benchmarks' busy hall");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    goto fail;

  g_date_clear (&end, 1);
  g_date_set_parse (&end, end_text);
  if (output == NULL || !g_date_valid (&end) || years < 0 || counter_days < 0)
    {
      g_printerr ("usage: hk-bench-generate --output FILE [--years N] [--counter-days N]"
                  " [--end YYYY-MM-DD] [--seed N] [--csv FILE] [--base FILE]\n");
      return 2;
    }

  first = end;
  g_date_subtract_years (&first, (guint)years);
  total_days = (guint)(g_date_get_julian (&end) - g_date_get_julian (&first));
  if ((guint)counter_days > total_days)
    total_days = (guint)counter_days;
  history_days = total_days - (guint)counter_days;
  first = end;
  g_date_subtract_days (&first, total_days);

  if (g_file_test (output, G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s exists; the generator makes a new file\n", output);
      return 2;
    }

  hall_zone = g_time_zone_new_identifier ("Asia/Shanghai");
  if (!(database = hk_database_open (output, &error)))
    goto fail;
  context = hk_context_new (database);

  gen.context = context;
  gen.database = database;
  gen.rand = g_rand_new_with_seed ((guint32)seed);

  /* The demo's people and hall, then its counter months (the demo counts back from today). */
  hk_database_set_now (database, day_start (&first) - 2 * 86400);
  if (!hk_demo_populate (context, 0, &error))
    goto fail;

  g_printerr ("counter: %d days through the stores...\n", counter_days);
  hk_database_set_now (database, day_start (&end) + 8 * 3600);
  if (!hk_demo_populate_cash_desk (context, (guint)counter_days, &error) ||
      !hk_demo_stock_record_imported (context, &error) ||
      !hk_demo_populate_bank (context, (guint)counter_days, &error) ||
      !hk_demo_populate_archive (context, (guint)counter_days, &error) ||
      !hk_demo_populate_repairs (context, (guint)counter_days, &error))
    goto fail;
  /* The complaint demo's plans do not hold over years (a long span trips a callback rule in
   * its planning), so complaints cover the counter's days like the archive and the repairs. */
  if (!hk_demo_populate_complaints (context, (guint)counter_days, &error))
    goto fail;
  g_printerr ("counter done in %.1f s (%.1f s CPU)\n", g_timer_elapsed (timer, NULL),
              cpu_seconds ());

  if (!(admin = hk_operator_store_lookup (hk_context_get_operator_store (context), "admin",
                                          &error)) ||
      !add_clerks (&gen, admin, &error) || !load_items (&gen, &error))
    goto fail;

  if (history_days > 0)
    {
      hk_database_set_now (database, day_start (&first) - 86400);
      if (!issue_books (&gen, history_days, &error))
        goto fail;

      if (base_path != NULL && !hk_database_backup_to (database, base_path, &error))
        goto fail;

      if (csv_path != NULL && !(gen.csv = fopen (csv_path, "w")))
        {
          g_printerr ("cannot write %s\n", csv_path);
          return 1;
        }

      g_printerr ("history: %u days imported from the platform...\n", history_days);
      if (!import_history (&gen, &first, history_days, !no_sign, &error))
        goto fail;
      if (gen.csv != NULL)
        fclose (gen.csv);
    }

  if (!hk_database_exec (database, "PRAGMA optimize", &error))
    goto fail;

  g_print ("%s: %u days (%u counter, %u imported), %llu history receipts, %.1f s\n", output,
           total_days, (guint)counter_days, history_days, (unsigned long long)gen.n_receipts,
           g_timer_elapsed (timer, NULL));
  return 0;

fail:
  g_printerr ("hk-bench-generate: %s\n", error->message);
  return 1;
}
