/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report-journal.c: the daily journal (日记帐): every receipt, void, red-letter receipt, cash
 * movement, shift count and bank deposit of the period in time order, with the running cash on
 * hand.
 *
 * Cash on hand is defined in hk-revenue-query.h: cash taken at the counters and not yet
 * deposited. The journal opens with the balance brought forward from before the period, and
 * each entry's "Cash in" or "Cash out" moves it; a cash movement between drawer and safe, and a
 * receipt paid without cash, move nothing.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-report-builders-private.h"

#define CANCEL_CHECK_ROWS 4096

typedef struct
{
  guint day;
  guint time;
  guint entry;
  guint document;
  guint clerk;
  guint payment;
  guint note;
  guint amount;
  guint cash_in;
  guint cash_out;
  guint balance;
} Columns;

static const char *
entry_title (HkJournalEntryKind kind)
{
  switch (kind)
    {
    case HK_JOURNAL_RECEIPT:
      return C_("journal entry", "Receipt");
    case HK_JOURNAL_RED_LETTER:
      return C_("journal entry", "Red-letter receipt");
    case HK_JOURNAL_VOID:
      return C_("journal entry", "Void");
    case HK_JOURNAL_CASH_MOVEMENT:
      return C_("journal entry", "Cash movement");
    case HK_JOURNAL_SHIFT_COUNT:
      return C_("journal entry", "Shift count");
    case HK_JOURNAL_BANK_DEPOSIT:
      return C_("journal entry", "Bank deposit");
    default:
      g_return_val_if_reached ("");
    }
}

/* "Cash", or for a split payment "Cash ¥30.00 + WeChat Pay ¥50.00"; a cheque with its number. */
static char *
describe_payment (const HkJournalEntry *entry)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_methods = 0;

  for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
    if (entry->methods & (1u << m))
      n_methods++;

  for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
    {
      if (!(entry->methods & (1u << m)))
        continue;

      if (text->len > 0)
        g_string_append (text, " + ");
      g_string_append (text, hk_payment_method_get_title (m));

      if (m == HK_PAYMENT_CHEQUE && entry->cheque_no != NULL)
        g_string_append_printf (text, " %s", entry->cheque_no);

      if (n_methods > 1)
        {
          g_autofree char *amount = hk_money_format (entry->by_method[m]);

          g_string_append_printf (text, " %s", amount);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_note (const HkJournalEntry *entry)
{
  switch (entry->kind)
    {
    case HK_JOURNAL_RED_LETTER:
      /* Translators: a red-letter receipt names the receipt it corrects. */
      return entry->reference != NULL ? g_strdup_printf (_("corrects %s"), entry->reference)
                                      : NULL;

    case HK_JOURNAL_SHIFT_COUNT:
      {
        g_autofree char *counted = hk_money_format (entry->counted);
        g_autofree char *expected = hk_money_format (entry->expected);

        /* Translators: a shift's close: the cash counted in the drawer and the cash expected. */
        return g_strdup_printf (_("counted %s, expected %s"), counted, expected);
      }

    case HK_JOURNAL_CASH_MOVEMENT:
      return g_strdup (entry->amount < 0 ? _("from the drawer to the safe")
                                         : _("into the drawer"));

    case HK_JOURNAL_RECEIPT:
    case HK_JOURNAL_VOID:
    case HK_JOURNAL_BANK_DEPOSIT:
    default:
      return NULL;
    }
}

static void
add_columns (HkReportTable *table,
             Columns       *c)
{
  c->day = hk_report_table_add_column (table, _("Day"), HK_REPORT_COLUMN_DATE);
  c->time = hk_report_table_add_column (table, _("Time"), HK_REPORT_COLUMN_TEXT);
  c->entry = hk_report_table_add_column (table, _("Entry"), HK_REPORT_COLUMN_TEXT);
  c->document = hk_report_table_add_column (table, _("Document"), HK_REPORT_COLUMN_TEXT);
  c->clerk = hk_report_table_add_column (table, _("Clerk"), HK_REPORT_COLUMN_TEXT);
  c->payment = hk_report_table_add_column (table, _("Payment"), HK_REPORT_COLUMN_TEXT);
  c->note = hk_report_table_add_column (table, _("Note"), HK_REPORT_COLUMN_TEXT);
  c->amount = hk_report_table_add_column (table, _("Amount"), HK_REPORT_COLUMN_MONEY);
  c->cash_in = hk_report_table_add_column (table, _("Cash in"), HK_REPORT_COLUMN_MONEY);
  c->cash_out = hk_report_table_add_column (table, _("Cash out"), HK_REPORT_COLUMN_MONEY);
  c->balance = hk_report_table_add_column (table, _("Cash on hand"), HK_REPORT_COLUMN_MONEY);
}

static void
add_balance_row (HkReportTable *table,
                 const Columns *c,
                 const char    *day,
                 const char    *title,
                 gint64         balance)
{
  guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

  hk_report_table_set_text (table, row, c->day, day);
  hk_report_table_set_text (table, row, c->entry, title);
  hk_report_table_set_value (table, row, c->balance, balance);
}

/**
 * hk_report_build_journal:
 * @period: a day, a ten-day period or a month
 * @generated_by: the display name of the operator who asks
 *
 * Returns: (transfer full): the journal, or %NULL with @error set
 */
HkReport *
hk_report_build_journal (HkContext       *context,
                         const HkPeriod  *period,
                         const char      *generated_by,
                         GCancellable    *cancellable,
                         GError         **error)
{
  HkDatabase *database;
  GTimeZone *zone;
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GHashTable) operators = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  HkReportTable *table;
  Columns c;
  gint64 brought_forward = 0;
  gint64 balance;
  gint64 cash_in = 0;
  gint64 cash_out = 0;
  gint64 deposits = 0;
  gint64 n_receipts = 0;
  gint64 n_voids = 0;
  gint64 n_red = 0;
  guint total;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  database = hk_context_get_database (context);
  zone = hk_hall_store_get_time_zone (hk_context_get_hall_store (context));

  if (!(operators = hk_revenue_query_operators (database, error)) ||
      !hk_revenue_query_cash_brought_forward (database, period, &brought_forward, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !(entries = hk_revenue_query_journal (database, period, cancellable, error)))
    return NULL;

  report = hk_report_builder_begin (context, "journal", period, generated_by);
  if (!hk_report_builder_add_unsigned (report, database, period, operators, error))
    return NULL;

  first_day = hk_period_dup_first_day (period);
  last_day = hk_period_dup_last_day (period);

  table = hk_report_add_table (report, "journal", _("Journal"));
  add_columns (table, &c);

  balance = brought_forward;
  add_balance_row (table, &c, first_day, _("Brought forward"), balance);

  for (guint i = 0; i < entries->len; i++)
    {
      const HkJournalEntry *entry = &g_array_index (entries, HkJournalEntry, i);
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);
      g_autofree char *payment = NULL;
      g_autofree char *note = NULL;

      if (i % CANCEL_CHECK_ROWS == CANCEL_CHECK_ROWS - 1 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      hk_report_table_set_text (table, row, c.day, entry->day);
      if (entry->kind != HK_JOURNAL_BANK_DEPOSIT)
        {
          g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (entry->at);
          g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, zone);
          g_autofree char *time = g_date_time_format (local, "%H:%M:%S");

          hk_report_table_set_text (table, row, c.time, time);
        }
      hk_report_table_set_text (table, row, c.entry, entry_title (entry->kind));
      hk_report_table_set_text (table, row, c.document, entry->document);
      hk_report_table_set_text (table, row, c.clerk,
                                hk_report_builder_operator_name (operators, entry->clerk_id));

      if (entry->kind <= HK_JOURNAL_VOID)
        {
          payment = describe_payment (entry);
          hk_report_table_set_text (table, row, c.payment, payment);
        }

      note = describe_note (entry);
      hk_report_table_set_text (table, row, c.note, note);
      hk_report_table_set_value (table, row, c.amount, entry->amount);

      if (entry->cash > 0)
        {
          hk_report_table_set_value (table, row, c.cash_in, entry->cash);
          cash_in += entry->cash;
        }
      else if (entry->cash < 0)
        {
          hk_report_table_set_value (table, row, c.cash_out, -entry->cash);
          cash_out += -entry->cash;
        }

      balance += entry->cash;
      hk_report_table_set_value (table, row, c.balance, balance);

      switch (entry->kind)
        {
        case HK_JOURNAL_RECEIPT:
          n_receipts++;
          break;
        case HK_JOURNAL_RED_LETTER:
          n_red++;
          break;
        case HK_JOURNAL_VOID:
          n_voids++;
          break;
        case HK_JOURNAL_BANK_DEPOSIT:
          deposits += entry->amount;
          break;
        case HK_JOURNAL_CASH_MOVEMENT:
        case HK_JOURNAL_SHIFT_COUNT:
        default:
          break;
        }
    }

  add_balance_row (table, &c, last_day, _("Carried forward"), balance);

  total = hk_report_table_add_row (table, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (table, total, c.entry, _("Total"));
  hk_report_table_set_value (table, total, c.cash_in, cash_in);
  hk_report_table_set_value (table, total, c.cash_out, cash_out);

  hk_report_add_figure_money (report, _("Cash on hand brought forward"), brought_forward);
  hk_report_add_figure_money (report, _("Cash in"), cash_in);
  hk_report_add_figure_money (report, _("Cash out"), cash_out);
  hk_report_add_figure_money (report, _("Cash on hand carried forward"), balance);
  hk_report_add_figure_count (report, _("Receipts issued"), n_receipts);
  hk_report_add_figure_count (report, _("Voids"), n_voids);
  hk_report_add_figure_count (report, _("Red-letter receipts"), n_red);
  hk_report_add_figure_money (report, _("Bank deposits"), deposits);

  return g_steal_pointer (&report);
}
