/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report-daily.c: the hall's daily report (日报): each clerk's receipts, voids, revenue by
 * category and payment method, cash handed in, bank deposit, three-way match and signature,
 * and the hall's total.
 *
 * The clerks are those with a receipt, a shift or a daily report that day. The three-way
 * match, the cash handed in and the signature are the clerk's daily report as core computes it
 * (HkDailyReportStore), so the report says exactly what the settlement screen says; the sums
 * by category and method come from the revenue query.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-report-builders-private.h"

typedef struct
{
  HkDailyReport *report;
  const char    *login;
} Clerk;

static int
compare_clerks (gconstpointer a,
                gconstpointer b)
{
  const Clerk *x = a;
  const Clerk *y = b;

  return g_strcmp0 (x->login, y->login);
}

/* The clerks of the day by login; the array holds references to their reports. */
static GArray *
list_clerks (GPtrArray  *reports,
             GHashTable *operators)
{
  GArray *clerks = g_array_new (FALSE, FALSE, sizeof (Clerk));

  for (guint i = 0; i < reports->len; i++)
    {
      HkDailyReport *report = g_ptr_array_index (reports, i);
      gint64 id = hk_daily_report_get_clerk_id (report);
      HkRevenueOperator *operator = g_hash_table_lookup (operators, &id);
      Clerk clerk = { report, operator != NULL ? operator->login : "" };

      g_array_append_val (clerks, clerk);
    }

  g_array_sort (clerks, compare_clerks);

  return clerks;
}

/* The three legs in a few words: "Agree", or what differs. */
static char *
describe_match (HkDailyReport *report)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gint64 cash = hk_daily_report_get_cash_difference (report);
  gint64 stubs = hk_daily_report_get_stub_total (report) -
                 hk_daily_report_get_account_total (report);
  guint gaps = hk_daily_report_get_n_gaps (report);

  if (hk_daily_report_get_n_open_shifts (report) > 0)
    return g_strdup (_("Shift open"));

  if (cash != 0)
    {
      g_autofree char *amount = hk_money_format (cash);

      /* Translators: the cash leg differs from the account by this amount: "Cash -¥50.00". */
      g_ptr_array_add (parts, cash > 0 ? g_strdup_printf (_("Cash +%s"), amount)
                                       : g_strdup_printf (_("Cash %s"), amount));
    }

  if (gaps > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u number missing",
                                                          "%u numbers missing", gaps),
                                             gaps));

  if (stubs != 0)
    {
      g_autofree char *amount = hk_money_format (stubs);

      /* Translators: the stubs' total differs from the account by this amount. */
      g_ptr_array_add (parts, stubs > 0 ? g_strdup_printf (_("Stubs +%s"), amount)
                                        : g_strdup_printf (_("Stubs %s"), amount));
    }

  if (parts->len == 0)
    return g_strdup (_("Agree"));

  g_ptr_array_add (parts, NULL);

  /* Translators: between the parts of a three-way match that differ. */
  return g_strjoinv (C_("list of differences", "; "), (char **)parts->pdata);
}

static const char *
describe_status (HkDailyReport *report)
{
  switch (hk_daily_report_get_status (report))
    {
    case HK_DAILY_REPORT_SIGNED:
      return C_("daily report status", "Signed");
    case HK_DAILY_REPORT_SUBMITTED:
      return C_("daily report status", "Submitted");
    case HK_DAILY_REPORT_OPEN:
    default:
      return C_("daily report status", "Open");
    }
}

/* The cash the clerk handed in (counted − float − movements; for an imported day, what the
 * clerk declared); FALSE while a shift is open or without any shift or import. */
static gboolean
get_cash_handed_in (HkDailyReport *report,
                    gint64        *cash)
{
  if (hk_daily_report_get_n_open_shifts (report) > 0 ||
      (hk_daily_report_get_n_shifts (report) == 0 && !hk_daily_report_is_imported (report)))
    return FALSE;

  *cash = hk_daily_report_get_cash_takings (report);

  return TRUE;
}

static void
add_by_clerk (HkReport   *report,
              HkContext  *context,
              GArray     *clerks,
              GHashTable *operators,
              HkRevenue  *revenue)
{
  HkReportTable *table = hk_report_add_table (report, "by-clerk", _("By clerk"));
  guint c_clerk = hk_report_table_add_column (table, _("Clerk"), HK_REPORT_COLUMN_TEXT);
  guint c_receipts = hk_report_table_add_column (table, _("Receipts"), HK_REPORT_COLUMN_COUNT);
  guint c_void = hk_report_table_add_column (table, _("Voids"), HK_REPORT_COLUMN_COUNT);
  guint c_red = hk_report_table_add_column (table, _("Red-letter"), HK_REPORT_COLUMN_COUNT);
  guint c_revenue = hk_report_table_add_column (table, _("Revenue"), HK_REPORT_COLUMN_MONEY);
  guint c_cash = hk_report_table_add_column (table, _("Cash handed in"), HK_REPORT_COLUMN_MONEY);
  guint c_bank = hk_report_table_add_column (table, _("Bank deposit"), HK_REPORT_COLUMN_MONEY);
  guint c_match = hk_report_table_add_column (table, _("Three-way match"),
                                              HK_REPORT_COLUMN_TEXT);
  guint c_status = hk_report_table_add_column (table, _("Status"), HK_REPORT_COLUMN_TEXT);
  guint c_signer = hk_report_table_add_column (table, _("Signed by"), HK_REPORT_COLUMN_TEXT);
  guint c_signed = hk_report_table_add_column (table, _("Signed at"),
                                               HK_REPORT_COLUMN_DATETIME);
  HkRevenueSums all;
  gint64 cash_total = 0;
  gint64 bank_total = 0;
  guint total;

  for (guint i = 0; i < clerks->len; i++)
    {
      HkDailyReport *daily = g_array_index (clerks, Clerk, i).report;
      gint64 clerk_id = hk_daily_report_get_clerk_id (daily);
      int index = hk_revenue_find_clerk (revenue, clerk_id);
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);
      g_autofree char *match = describe_match (daily);
      HkRevenueSums sums = { 0 };
      gint64 cash;

      if (index >= 0)
        hk_revenue_sum (revenue, 0, hk_revenue_get_n_days (revenue), (guint)index, &sums);

      hk_report_table_set_text (table, row, c_clerk,
                                hk_report_builder_operator_name (operators, clerk_id));
      hk_report_table_set_value (table, row, c_receipts, sums.n_receipts);
      hk_report_table_set_value (table, row, c_void, sums.n_void);
      hk_report_table_set_value (table, row, c_red, sums.n_corrections);
      hk_report_table_set_value (table, row, c_revenue, sums.revenue);
      if (get_cash_handed_in (daily, &cash))
        {
          hk_report_table_set_value (table, row, c_cash, cash);
          cash_total += cash;
        }
      if (hk_daily_report_has_check (daily))
        {
          hk_report_table_set_value (table, row, c_bank, hk_daily_report_get_bank_amount (daily));
          bank_total += hk_daily_report_get_bank_amount (daily);
        }
      hk_report_table_set_text (table, row, c_match, match);
      hk_report_table_set_text (table, row, c_status, describe_status (daily));
      if (hk_daily_report_get_status (daily) == HK_DAILY_REPORT_SIGNED)
        {
          g_autofree char *at = hk_report_builder_format_moment (
                                  context, hk_daily_report_get_signed_at (daily),
                                  "%Y-%m-%d %H:%M:%S");

          hk_report_table_set_text (table, row, c_signer,
                                    hk_report_builder_operator_name (
                                      operators, hk_daily_report_get_signed_by (daily)));
          hk_report_table_set_text (table, row, c_signed, at);
        }
    }

  hk_revenue_sum_all (revenue, &all);
  total = hk_report_table_add_row (table, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (table, total, c_clerk, _("Hall total"));
  hk_report_table_set_value (table, total, c_receipts, all.n_receipts);
  hk_report_table_set_value (table, total, c_void, all.n_void);
  hk_report_table_set_value (table, total, c_red, all.n_corrections);
  hk_report_table_set_value (table, total, c_revenue, all.revenue);
  hk_report_table_set_value (table, total, c_cash, cash_total);
  hk_report_table_set_value (table, total, c_bank, bank_total);
}

/* Rows of categories or methods, a column per clerk and the hall's total. */
static HkReportTable *
add_matrix (HkReport    *report,
            const char  *id,
            const char  *name,
            const char  *first_heading,
            GArray      *clerks,
            GHashTable  *operators,
            HkRevenue   *revenue,
            gboolean     by_category)
{
  HkReportTable *table = hk_report_add_table (report, id, name);
  guint n_rows = by_category ? HK_N_FEE_CATEGORIES : HK_N_PAYMENT_METHODS;
  guint c_total;
  guint total;
  HkRevenueSums all;

  hk_report_table_add_column (table, first_heading, HK_REPORT_COLUMN_TEXT);
  for (guint i = 0; i < clerks->len; i++)
    hk_report_table_add_column (table,
                                hk_report_builder_operator_name (
                                  operators,
                                  hk_daily_report_get_clerk_id (g_array_index (clerks, Clerk,
                                                                               i).report)),
                                HK_REPORT_COLUMN_MONEY);
  c_total = hk_report_table_add_column (table, _("Hall total"), HK_REPORT_COLUMN_MONEY);
  hk_revenue_sum_all (revenue, &all);

  for (guint r = 0; r < n_rows; r++)
    {
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

      hk_report_table_set_text (table, row, 0,
                                by_category ? hk_fee_category_get_title ((HkFeeCategory)r)
                                            : hk_payment_method_get_title ((HkPaymentMethod)r));

      for (guint i = 0; i < clerks->len; i++)
        {
          gint64 clerk_id = hk_daily_report_get_clerk_id (g_array_index (clerks, Clerk,
                                                                         i).report);
          int index = hk_revenue_find_clerk (revenue, clerk_id);
          HkRevenueSums sums = { 0 };

          if (index >= 0)
            hk_revenue_sum (revenue, 0, hk_revenue_get_n_days (revenue), (guint)index, &sums);
          hk_report_table_set_value (table, row, 1 + i,
                                     by_category ? sums.by_category[r] : sums.by_method[r]);
        }

      hk_report_table_set_value (table, row, c_total,
                                 by_category ? all.by_category[r] : all.by_method[r]);
    }

  total = hk_report_table_add_row (table, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (table, total, 0, _("Total"));
  for (guint i = 0; i < clerks->len; i++)
    {
      gint64 clerk_id = hk_daily_report_get_clerk_id (g_array_index (clerks, Clerk, i).report);
      int index = hk_revenue_find_clerk (revenue, clerk_id);
      HkRevenueSums sums = { 0 };
      gint64 sum = 0;

      if (index >= 0)
        hk_revenue_sum (revenue, 0, hk_revenue_get_n_days (revenue), (guint)index, &sums);
      for (guint r = 0; r < n_rows; r++)
        sum += by_category ? sums.by_category[r] : sums.by_method[r];
      hk_report_table_set_value (table, total, 1 + i, sum);
    }

  {
    gint64 sum = 0;

    for (guint r = 0; r < n_rows; r++)
      sum += by_category ? all.by_category[r] : all.by_method[r];
    hk_report_table_set_value (table, total, c_total, sum);
  }

  return table;
}

/**
 * hk_report_build_daily:
 * @period: a day
 * @generated_by: the display name of the operator who asks
 *
 * Returns: (transfer full): the hall's daily report, or %NULL with @error set
 */
HkReport *
hk_report_build_daily (HkContext       *context,
                       const HkPeriod  *period,
                       const char      *generated_by,
                       GCancellable    *cancellable,
                       GError         **error)
{
  HkDatabase *database;
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GHashTable) operators = NULL;
  g_autoptr(HkRevenue) revenue = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GArray) clerks = NULL;
  g_autofree char *day = NULL;
  HkReportTable *table;
  HkReportChart *chart;
  HkRevenueSums all;
  gint64 cash = 0;
  gint64 bank = 0;
  guint n_signed = 0;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  if (!hk_report_builder_check_kind (period, HK_PERIOD_DAY, error))
    return NULL;

  database = hk_context_get_database (context);
  day = hk_period_dup_first_day (period);

  if (!(operators = hk_revenue_query_operators (database, error)) ||
      g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !(revenue = hk_revenue_query (database, period, cancellable, error)) ||
      !(reports = hk_daily_report_store_list_range (hk_context_get_daily_report_store (context),
                                                    day, day, error)) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  report = hk_report_builder_begin (context, "daily", period, generated_by);
  if (!hk_report_builder_add_unsigned (report, database, period, operators, error))
    return NULL;

  clerks = list_clerks (reports, operators);

  hk_revenue_sum_all (revenue, &all);
  for (guint i = 0; i < clerks->len; i++)
    {
      HkDailyReport *daily = g_array_index (clerks, Clerk, i).report;
      gint64 handed_in;

      if (get_cash_handed_in (daily, &handed_in))
        cash += handed_in;
      if (hk_daily_report_has_check (daily))
        bank += hk_daily_report_get_bank_amount (daily);
      if (hk_daily_report_get_status (daily) == HK_DAILY_REPORT_SIGNED)
        n_signed++;
    }

  hk_report_add_figure_money (report, _("Revenue"), all.revenue);
  hk_report_add_figure_count (report, _("Receipts"), all.n_receipts);
  hk_report_add_figure_count (report, _("Voids"), all.n_void);
  hk_report_add_figure_count (report, _("Red-letter receipts"), all.n_corrections);
  hk_report_add_figure_money (report, _("Cash handed in"), cash);
  hk_report_add_figure_money (report, _("Bank deposits"), bank);
  {
    /* Translators: how many of the day's clerks' daily reports are signed: "4 of 6". */
    g_autofree char *signed_text = g_strdup_printf (_("%u of %u"), n_signed, clerks->len);

    hk_report_add_figure_text (report, _("Daily reports signed"), signed_text);
  }

  add_by_clerk (report, context, clerks, operators, revenue);

  table = add_matrix (report, "by-category", _("By category"), _("Category"), clerks, operators,
                      revenue, TRUE);
  chart = hk_report_add_chart (report, HK_REPORT_CHART_PIE, _("Revenue by category"), table, 0);
  hk_report_chart_add_series (chart, hk_report_table_get_n_columns (table) - 1);

  table = add_matrix (report, "by-payment", _("By payment method"), _("Payment method"), clerks,
                      operators, revenue, FALSE);
  chart = hk_report_add_chart (report, HK_REPORT_CHART_PIE, _("Revenue by payment method"),
                               table, 0);
  hk_report_chart_add_series (chart, hk_report_table_get_n_columns (table) - 1);

  return g_steal_pointer (&report);
}
