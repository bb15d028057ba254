/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-reconciliation-report.c: the bank reconciliation (对帐) at the end of a day.
 *
 * The statement the auditor signs: the book's balance of the hall's bank account, less the
 * deposits in transit (in the book, not yet on the statement), plus the statement lines the
 * book does not have (interest, fees, a bounced cheque not yet recorded), equals the
 * statement's balance; the difference, which must be ¥0.00, is shown. Beside it the items in
 * transit and the unmatched lines. Built from HkBankStore's reconciliation; the screen, the
 * .xlsx file and the command line's text render this one value.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-bank-store.h"

#include "hk-bank-reconciliation-report.h"

static void
add_header (HkReport   *report,
            HkContext  *context,
            const char *day)
{
  HkHallStore *hall = hk_context_get_hall_store (context);
  HkOperator *operator = hk_context_get_operator (context);
  g_autofree char *hall_name = hk_hall_store_dup_name (hall);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) now = NULL;

  hk_report_set_period (report, day, day, day);
  hk_report_set_hall_name (report, hall_name);

  utc = g_date_time_new_from_unix_utc (hk_database_get_now (hk_context_get_database (context)));
  now = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (hall));
  hk_report_set_generated (report, operator != NULL ? hk_operator_get_display_name (operator)
                                                    : NULL, now);
}

static void
add_line (HkReportTable *table,
          const char    *label,
          gint64         amount)
{
  guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

  hk_report_table_set_text (table, row, 0, label);
  hk_report_table_set_value (table, row, 1, amount);
}

static void
add_items (HkReport   *report,
           const char *id,
           const char *name,
           GPtrArray  *items,
           gint64      total)
{
  HkReportTable *table = hk_report_add_table (report, id, name);
  guint row;

  hk_report_table_add_column (table, _("Date"), HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (table, _("Reference"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Description"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Amount"), HK_REPORT_COLUMN_MONEY);

  for (guint i = 0; i < items->len; i++)
    {
      HkBankReconciliationItem *item = g_ptr_array_index (items, i);

      row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (table, row, 0, item->day);
      hk_report_table_set_text (table, row, 1, item->reference != NULL ? item->reference : "");
      hk_report_table_set_text (table, row, 2, item->description != NULL ? item->description
                                                                         : "");
      hk_report_table_set_value (table, row, 3, item->amount);
    }

  row = hk_report_table_add_row (table, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (table, row, 0, _("Total"));
  hk_report_table_set_value (table, row, 3, total);
}

/**
 * hk_bank_reconciliation_report_build:
 * @context: the hall
 * @day: the day reconciled, at its end, "YYYY-MM-DD"
 *
 * Returns: (transfer full): the reconciliation: tables "summary", "in-transit" and
 *   "unmatched"; the figures book balance, deposits in transit, unmatched statement lines,
 *   statement balance and difference
 */
HkReport *
hk_bank_reconciliation_report_build (HkContext   *context,
                                     const char  *day,
                                     GError     **error)
{
  g_autoptr(HkBankReconciliation) rec = NULL;
  g_autoptr(HkReport) report = NULL;
  g_autofree char *opening = NULL;
  HkReportTable *summary;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  if (!(rec = hk_bank_store_reconcile (hk_context_get_bank_store (context), day, error)))
    return NULL;

  report = hk_report_new ("bank-reconciliation", _("Bank reconciliation"));
  add_header (report, context, day);

  hk_report_add_figure_money (report, _("Book balance"), rec->book_balance);
  hk_report_add_figure_money (report, _("Deposits in transit"), rec->in_transit);
  hk_report_add_figure_money (report, _("Unmatched statement lines"), rec->unmatched);
  hk_report_add_figure_money (report, _("Statement balance"), rec->statement_balance);
  hk_report_add_figure_money (report, _("Difference"), rec->difference);
  hk_report_add_figure_text (report, _("Balances"),
                             rec->difference == 0 ? _("yes") : _("no: find the difference"));

  summary = hk_report_add_table (report, "summary", _("Reconciliation"));
  hk_report_table_add_column (summary, _("Item"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (summary, _("Amount"), HK_REPORT_COLUMN_MONEY);

  opening = g_strdup_printf (_("Book opening balance (end of %s)"), rec->opening_day);
  add_line (summary, opening, rec->opening_balance);
  add_line (summary, _("Book balance"), rec->book_balance);
  add_line (summary, _("Less deposits in transit"), -rec->in_transit);
  add_line (summary, _("Add unmatched statement lines"), rec->unmatched);
  add_line (summary, _("Adjusted book balance"),
            rec->book_balance - rec->in_transit + rec->unmatched);
  add_line (summary, _("Statement balance"), rec->statement_balance);
  add_line (summary, _("Difference"), rec->difference);

  add_items (report, "in-transit", _("Deposits in transit"), rec->in_transit_items,
             rec->in_transit);
  add_items (report, "unmatched", _("Unmatched statement lines"), rec->unmatched_items,
             rec->unmatched);

  return g_steal_pointer (&report);
}
