/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demo-bank.c: the demonstration hall's bank work: deposits, cheques, one bank statement.
 *
 * Built after the counter's months (hk-demo-cash-desk.c), through the stores, with the clock
 * moved to each moment: every evening the auditor records the deposits the signed daily
 * reports' bank receipts name; the day before yesterday's takings, not yet checked, go to the
 * bank on one slip carrying every clerk's report; every cheque taken at the counter gets its
 * bank and payer, is endorsed to the bank the next morning and paid in on a cheque slip, and
 * clears two days later, but for one that bounces and is resolved and one that bounces and is
 * overdue (its payer marked). Last, the bank's statement of the last thirty days up to the day
 * before yesterday is imported (with a fee and interest the book does not have) and matched,
 * so that yesterday's reconciliation shows deposits in transit and unmatched lines and
 * balances to the fen.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-bank-store.h"
#include "hk-cheque-store.h"
#include "hk-database-private.h"
#include "hk-demo-private.h"
#include "hk-error.h"
#include "hk-money.h"

#define BANK "中国工商银行文三路支行"
#define OPENING_BALANCE 5000000
#define STATEMENT_DAYS 30

static const char *payers[] = {
  "杭州文三贸易有限公司", "浙江恒信科技有限公司", "杭州西溪物业管理有限公司",
  "浙江大学后勤集团", "杭州天目山路小学", "杭州远景电子商务有限公司",
};

static const char *cheque_banks[] = {
  "中国银行杭州分行", "中国农业银行杭州分行", "招商银行杭州分行", "杭州银行",
};

typedef struct
{
  HkContext  *context;
  HkDatabase *database;
  HkHallStore *hall;
  HkOperator *auditor;
  GDateTime  *first;
  guint       n_days;
} Demo;

static gint64
day_start (Demo *demo,
           guint d)
{
  g_autoptr(GDateTime) date = g_date_time_add_days (demo->first, (int)d);

  return g_date_time_to_unix (date);
}

static char *
day_text (Demo *demo,
          guint d)
{
  g_autoptr(GDateTime) date = g_date_time_add_days (demo->first, (int)d);

  return g_date_time_format (date, "%Y-%m-%d");
}

static void
set_now (Demo   *demo,
         guint   d,
         int     hours,
         int     minutes)
{
  hk_database_set_now (demo->database, day_start (demo, d) + hours * 3600 + minutes * 60);
}

/* The day index of a moment. */
static guint
index_of (Demo   *demo,
          gint64  unix_seconds)
{
  return (guint)((unix_seconds - g_date_time_to_unix (demo->first)) / 86400);
}

/* Every evening the auditor records the deposits the checked daily reports name; the day
 * before yesterday's takings go on one slip by hand. */
static gboolean
record_deposits (Demo    *demo,
                 GError **error)
{
  HkBankStore *bank = hk_context_get_bank_store (demo->context);
  HkDailyReportStore *reports = hk_context_get_daily_report_store (demo->context);

  for (guint d = 0; d < demo->n_days; d++)
    {
      g_autofree char *day = day_text (demo, d);

      set_now (demo, d, 19, 40);
      if (!hk_bank_store_record_from_reports (bank, demo->auditor, day, day, NULL, error))
        return FALSE;
    }

  if (demo->n_days > 2)
    {
      guint d = demo->n_days - 2;
      g_autofree char *day = day_text (demo, d);
      g_autofree char *slip = g_strdup_printf ("ICBC%s-ALL", day);
      g_autoptr(GPtrArray) list = NULL;
      g_autoptr(GArray) keys = g_array_new (FALSE, TRUE, sizeof (HkBankDepositReport));
      g_autoptr(HkBankDeposit) deposit = NULL;
      HkBankDepositInput input = { BANK, slip, day, 0, NULL };

      if (!(list = hk_daily_report_store_list_range (reports, day, day, error)))
        return FALSE;

      for (guint i = 0; i < list->len; i++)
        {
          HkDailyReport *report = g_ptr_array_index (list, i);
          HkBankDepositReport key = { hk_daily_report_get_clerk_id (report), day };

          if (hk_daily_report_get_status (report) != HK_DAILY_REPORT_SUBMITTED ||
              hk_daily_report_get_cash_takings (report) <= 0)
            continue;

          input.amount += hk_daily_report_get_cash_takings (report);
          g_array_append_val (keys, key);
        }

      if (keys->len > 0)
        {
          set_now (demo, d, 19, 50);
          if (!(deposit = hk_bank_store_record_deposit (bank, demo->auditor, &input,
                                                        (HkBankDepositReport *)(gpointer)keys->data,
                                                        keys->len, NULL, 0, error)))
            return FALSE;
        }
    }

  return TRUE;
}

/* The cheques: details the evening they were taken, endorsed and paid in the next morning on
 * one slip per day, cleared two days later; two bounce. */
static gboolean
work_cheques (Demo    *demo,
              GError **error)
{
  HkChequeStore *store = hk_context_get_cheque_store (demo->context);
  HkBankStore *bank = hk_context_get_bank_store (demo->context);
  g_autoptr(GPtrArray) cheques = NULL;
  g_autoptr(GArray) day_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint resolved_day = demo->n_days / 4;
  guint overdue_day = demo->n_days / 2;
  gboolean resolved_done = FALSE;
  gboolean overdue_done = FALSE;
  guint current = G_MAXUINT;

  if (!(cheques = hk_cheque_store_list (store, HK_CHEQUE_RECEIVED, error)))
    return FALSE;

  /* Oldest first; each day's cheques are paid in together: a new day (or the end) pays in
   * the day before's. */
  for (guint i = cheques->len + 1; i > 0; i--)
    {
      HkCheque *cheque = i - 1 > 0 ? g_ptr_array_index (cheques, i - 2) : NULL;
      guint d = cheque != NULL ? index_of (demo, hk_cheque_get_received_at (cheque)) : G_MAXUINT;

      if (day_ids->len > 0 && d != current)
        {
          guint next = current + 1;
          g_autofree char *slip_day = day_text (demo, next);
          g_autofree char *slip = g_strdup_printf ("ZP%s", slip_day);
          g_autoptr(HkBankDeposit) deposit = NULL;
          gint64 amount = 0;

          for (guint k = 0; k < day_ids->len; k++)
            {
              g_autoptr(HkCheque) one = hk_cheque_store_lookup (store,
                                                                g_array_index (day_ids, gint64, k),
                                                                error);
              g_autoptr(HkCheque) endorsed = NULL;

              if (one == NULL)
                return FALSE;
              set_now (demo, next, 9, 30);
              if (!(endorsed = hk_cheque_store_endorse (store, demo->auditor, one,
                                                        BANK " 委托收款", error)))
                return FALSE;
              amount += hk_cheque_get_amount (one);
            }

          {
            HkBankDepositInput input = { BANK, slip, slip_day, amount, NULL };

            set_now (demo, next, 10, 0);
            if (!(deposit = hk_bank_store_record_deposit (bank, demo->auditor, &input, NULL, 0,
                                                          (gint64 *)(gpointer)day_ids->data,
                                                          day_ids->len, error)))
              return FALSE;
          }

          for (guint k = 0; k < day_ids->len; k++)
            {
              g_autoptr(HkCheque) one = hk_cheque_store_lookup (store,
                                                                g_array_index (day_ids, gint64, k),
                                                                error);
              g_autoptr(HkCheque) done = NULL;

              if (one == NULL)
                return FALSE;

              if (!resolved_done && current >= resolved_day && next + 3 < demo->n_days)
                {
                  g_autoptr(HkCheque) bounced = NULL;

                  set_now (demo, next + 2, 15, 0);
                  if (!(bounced = hk_cheque_store_bounce (store, demo->auditor, one,
                                                          "出票人签章与预留印鉴不符", error)))
                    return FALSE;
                  set_now (demo, next + 3, 11, 0);
                  done = hk_cheque_store_resolve (store, demo->auditor, bounced,
                                                  "出票人重开支票，已另行入账", error);
                  resolved_done = TRUE;
                }
              else if (!overdue_done && current >= overdue_day && next + 2 < demo->n_days)
                {
                  set_now (demo, next + 2, 15, 30);
                  done = hk_cheque_store_bounce (store, demo->auditor, one, "出票人账户余额不足",
                                                 error);
                  overdue_done = TRUE;
                }
              else if (next + 2 < demo->n_days)
                {
                  set_now (demo, next + 2, 14, 0);
                  done = hk_cheque_store_clear (store, demo->auditor, one, error);
                }
              else
                continue;

              if (done == NULL)
                return FALSE;
            }

          g_array_set_size (day_ids, 0);
        }

      if (cheque == NULL)
        break;

      /* The auditor enters the bank and the payer from the cheque the evening it came. */
      {
        g_autoptr(HkCheque) detailed = NULL;
        gint64 id = hk_cheque_get_id (cheque);
        const char *cheque_bank = cheque_banks[id % G_N_ELEMENTS (cheque_banks)];

        set_now (demo, d, 18, 40);
        if (!(detailed = hk_cheque_store_set_details (store, demo->auditor, cheque, cheque_bank,
                                                      payers[id % G_N_ELEMENTS (payers)], error)))
          return FALSE;

        /* Yesterday's cheques are not paid in yet. */
        if (d + 1 < demo->n_days)
          g_array_append_val (day_ids, id);
        current = d;
      }
    }

  return TRUE;
}

typedef struct
{
  char   *day;
  char   *reference;
  char   *description;
  gint64  amount;
} Line;

static void
line_clear (Line *line)
{
  g_free (line->day);
  g_free (line->reference);
  g_free (line->description);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (((const Line *)a)->day, ((const Line *)b)->day);
}

/* The bank's statement of the thirty days up to the day before yesterday: the deposits of
 * those days credited the same day, the bounced cheques debited, a fee and interest. */
static gboolean
import_statement (Demo    *demo,
                  GError **error)
{
  HkBankStore *bank = hk_context_get_bank_store (demo->context);
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_autoptr(GPtrArray) deposits = NULL;
  g_autoptr(GPtrArray) bounced = NULL;
  g_autoptr(GString) csv = g_string_new (HK_BANK_STATEMENT_CSV_HEADER "\n");
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  g_autofree char *opening_day = NULL;
  g_autofree char *name = NULL;
  guint last = demo->n_days - 3;
  guint first = last + 1 > STATEMENT_DAYS ? last + 1 - STATEMENT_DAYS : 0;
  gint64 balance = OPENING_BALANCE;
  guint n_matched = 0;

  g_array_set_clear_func (lines, (GDestroyNotify)line_clear);

  first_day = day_text (demo, first);
  last_day = day_text (demo, last);
  opening_day = first > 0 ? day_text (demo, first - 1) : g_strdup ("2000-01-01");

  if (!(deposits = hk_bank_store_list_deposits (bank, first_day, last_day, error)) ||
      !(bounced = hk_cheque_store_list (hk_context_get_cheque_store (demo->context), -1, error)))
    return FALSE;

  for (guint i = 0; i < deposits->len; i++)
    {
      HkBankDeposit *deposit = g_ptr_array_index (deposits, i);
      Line line = {
        g_strdup (hk_bank_deposit_get_slip_date (deposit)),
        g_strdup (hk_bank_deposit_get_slip_no (deposit)),
        g_strdup (hk_bank_deposit_get_n_cheques (deposit) > 0 ? "支票进账" : "现金存款"),
        hk_bank_deposit_get_amount (deposit),
      };

      if (!hk_bank_deposit_is_cancelled (deposit))
        g_array_append_val (lines, line);
      else
        line_clear (&line);
    }

  for (guint i = 0; i < bounced->len; i++)
    {
      HkCheque *cheque = g_ptr_array_index (bounced, i);
      const char *day = hk_cheque_get_bounced_day (cheque);

      if (day != NULL && g_strcmp0 (day, first_day) >= 0 && g_strcmp0 (day, last_day) <= 0)
        {
          Line line = { g_strdup (day), g_strdup (hk_cheque_get_cheque_no (cheque)),
                        g_strdup ("退票"), -hk_cheque_get_amount (cheque) };

          g_array_append_val (lines, line);
        }
    }

  /* What the book does not have: a monthly fee and interest. */
  {
    Line fee = { day_text (demo, first + (last - first) / 3), g_strdup ("FEE"),
                 g_strdup ("账户管理费"), -2000 };
    Line interest = { day_text (demo, first + 2 * (last - first) / 3), g_strdup ("INT"),
                      g_strdup ("结息"), 1321 };

    g_array_append_val (lines, fee);
    g_array_append_val (lines, interest);
  }

  g_array_sort (lines, compare_lines);

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      g_autofree char *amount = hk_money_format_plain (line->amount);
      g_autofree char *after = NULL;

      balance += line->amount;
      after = hk_money_format_plain (balance);
      g_string_append_printf (csv, "%s,%s,%s,%s,%s\n", line->day, line->reference,
                              line->description, amount, after);
    }

  name = g_strdup_printf ("icbc-%s.csv", last_day);

  set_now (demo, demo->n_days - 1, 20, 30);
  if (!hk_bank_store_set_book_opening (bank, demo->auditor, opening_day, OPENING_BALANCE,
                                       error) ||
      !hk_bank_store_import_statement (bank, demo->auditor, "1202 0219 0900 0123 456", csv->str,
                                       csv->len, name, NULL, error))
    return FALSE;

  set_now (demo, demo->n_days - 1, 20, 35);

  return hk_bank_store_auto_match (bank, demo->auditor, &n_matched, error);
}

/**
 * hk_demo_populate_bank:
 * @n_days: how many days the counter worked, ending yesterday
 *
 * Fills the auditor's bank work of the demo hall, after the counter's days.
 */
gboolean
hk_demo_populate_bank (HkContext  *context,
                       guint       n_days,
                       GError    **error)
{
  HkDatabase *database = hk_context_get_database (context);
  HkHallStore *hall = hk_context_get_hall_store (context);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(HkOperator) auditor = NULL;
  gint64 fixed_now = hk_database_get_fixed_now (database);
  Demo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (HK_IS_CONTEXT (context), FALSE);

  if (n_days < 4)
    return TRUE;

  if (!(auditor = hk_operator_store_lookup (hk_context_get_operator_store (context), "zhaomin",
                                            error)))
    return FALSE;

  now = g_date_time_new_from_unix_local (hk_database_get_now (database));
  local = g_date_time_to_timezone (now, hk_hall_store_get_time_zone (hall));
  today = g_date_time_new (hk_hall_store_get_time_zone (hall), g_date_time_get_year (local),
                           g_date_time_get_month (local), g_date_time_get_day_of_month (local),
                           0, 0, 0);

  demo.context = context;
  demo.database = database;
  demo.hall = hall;
  demo.auditor = auditor;
  demo.first = g_date_time_add_days (today, -(int)n_days);
  demo.n_days = n_days;

  ok = record_deposits (&demo, error) &&
       work_cheques (&demo, error) &&
       import_statement (&demo, error);

  g_date_time_unref (demo.first);
  hk_database_set_now (database, fixed_now);

  return ok;
}
