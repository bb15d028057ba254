/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-analysis-economic.c: a month's economic analysis (经济分析): where the revenue came from.
 *
 * Every number is a sum of the monthly report's queries (hk_revenue_query(): the running sums
 * of migration 0003), for this month and the twelve before it. The panels, by id:
 *
 * - "revenue-by-day": bars, a day each, ruled at the ten-day boundaries; figures: the three
 *   ten-day totals ("dekad-1" … "dekad-3"), the month ("revenue") and its best day;
 * - "revenue-by-category": a donut of the fee-item categories; figure: the largest;
 * - "revenue-by-method": bars by payment method; figures: the cash and non-cash shares;
 * - "revenue-by-clerk": horizontal bars, the highest first; figures: clerks, the top one, the
 *   average per clerk;
 * - "revenue-by-month": a line of the last 13 months; figures: the month before and the same
 *   month last year, with the change from each (month-over-month, year-over-year);
 * - "volume": SIM cards, value cards, handsets and top-ups against the month before, with the
 *   change of each;
 * - "average-receipt": a line of the revenue per receipt over the same 13 months; figures:
 *   this month's, the month before's, the change, and the receipts.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-analysis-private.h"
#include "hk-report-builders-private.h"

#define N_MONTHS 13

typedef struct
{
  HkAnalysis     *analysis;
  HkRevenue      *months[N_MONTHS];  /* the oldest first; the last is this month */
  HkRevenueSums   sums[N_MONTHS];
  HkRevenue      *now;               /* borrowed: months[N_MONTHS - 1] */
  GHashTable     *operators;
} Build;

static void
build_clear (Build *b)
{
  for (guint i = 0; i < N_MONTHS; i++)
    g_clear_pointer (&b->months[i], hk_revenue_free);
  g_clear_pointer (&b->operators, g_hash_table_unref);
}

static void
add_change_figure (HkAnalysisPanel *panel,
                   const char      *id,
                   const char      *label,
                   gint64           now,
                   gint64           before)
{
  g_autofree char *change = hk_report_builder_format_change (now, before);

  hk_analysis_panel_add_figure (panel, id, label, change);
}

static void
add_by_day (Build *b)
{
  HkAnalysisPanel *panel;
  HkChart *chart;
  HkPeriod dekad = hk_period_get_first_sub (hk_revenue_get_period (b->now), HK_PERIOD_DEKAD);
  guint n_days = hk_revenue_get_n_days (b->now);
  gint64 best = 0;
  int best_day = -1;
  guint first = 0;

  panel = hk_analysis_add_panel (b->analysis, "revenue-by-day", HK_CHART_BARS,
                                 _("Revenue by day"), HK_CHART_UNIT_MONEY, _("Day"),
                                 HK_CHART_CATEGORY_DAYS);
  hk_analysis_panel_add_series (panel, _("Revenue"));
  chart = hk_analysis_panel_get_chart (panel);

  for (guint d = 0; d < n_days; d++)
    {
      HkRevenueSums sums;
      double value;

      hk_revenue_sum (b->now, d, 1, HK_REVENUE_ALL, &sums);
      value = (double)sums.revenue;
      hk_analysis_panel_add_category (panel, hk_revenue_get_day (b->now, d), &value);
      if (sums.revenue > best)
        {
          best = sums.revenue;
          best_day = (int)d;
        }
    }

  /* The three ten-day periods: a rule before the 11th and the 21st, and their totals. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *label = hk_period_dup_label (&dekad);
      g_autofree char *id = g_strdup_printf ("dekad-%u", i + 1);
      guint length = hk_period_get_n_days (&dekad);
      HkRevenueSums sums;

      if (i > 0)
        {
          /* Translators: the label of the rule before a ten-day period in a chart of a month's
           * days: its first and last day of the month, "Days 11–20" */
          g_autofree char *marker = g_strdup_printf (_("Days %u–%u"), first + 1, first + length);

          hk_chart_add_marker (chart, first, marker);
        }

      hk_revenue_sum (b->now, first, length, HK_REVENUE_ALL, &sums);
      hk_analysis_panel_add_figure_money (panel, id, label, sums.revenue);
      first += length;
      dekad = hk_period_get_next (&dekad);
    }

  hk_analysis_panel_add_figure_money (panel, "revenue", _("Month's revenue"),
                                      b->sums[N_MONTHS - 1].revenue);
  if (best_day >= 0)
    {
      g_autofree char *money = hk_money_format (best);
      /* Translators: the best day of a month and its revenue: "2026-10-21 (¥1,234.00)" */
      g_autofree char *text = g_strdup_printf (_("%s (%s)"),
                                               hk_revenue_get_day (b->now, (guint)best_day),
                                               money);

      hk_analysis_panel_add_figure (panel, "best-day", _("Best day"), text);
    }
  else
    hk_analysis_panel_add_figure (panel, "best-day", _("Best day"), "—");
}

static void
add_by_category (Build *b)
{
  const HkRevenueSums *now = &b->sums[N_MONTHS - 1];
  HkAnalysisPanel *panel;
  int largest = -1;

  panel = hk_analysis_add_panel (b->analysis, "revenue-by-category", HK_CHART_DONUT,
                                 _("Revenue by category"), HK_CHART_UNIT_MONEY, _("Category"),
                                 HK_CHART_CATEGORY_NAMES);
  hk_analysis_panel_add_series (panel, _("Revenue"));

  for (guint c = 0; c < HK_N_FEE_CATEGORIES; c++)
    {
      double value = (double)now->by_category[c];

      hk_analysis_panel_add_category (panel, hk_fee_category_get_title (c), &value);
      if (now->by_category[c] > 0 &&
          (largest < 0 || now->by_category[c] > now->by_category[largest]))
        largest = (int)c;
    }

  if (largest >= 0)
    {
      g_autofree char *share = hk_analysis_format_share (
        hk_report_builder_share (now->by_category[largest], now->revenue));
      /* Translators: a category and its share of the revenue: "Handsets, 45.0 %" */
      g_autofree char *text = g_strdup_printf (_("%s, %s"),
                                               hk_fee_category_get_title (largest), share);

      hk_analysis_panel_add_figure (panel, "largest-category", _("Largest category"), text);
    }
  else
    hk_analysis_panel_add_figure (panel, "largest-category", _("Largest category"), "—");
}

static void
add_by_method (Build *b)
{
  const HkRevenueSums *now = &b->sums[N_MONTHS - 1];
  HkAnalysisPanel *panel;
  g_autofree char *cash = NULL;
  g_autofree char *other = NULL;

  panel = hk_analysis_add_panel (b->analysis, "revenue-by-method", HK_CHART_BARS,
                                 _("Revenue by payment method"), HK_CHART_UNIT_MONEY,
                                 _("Payment method"), HK_CHART_CATEGORY_NAMES);
  hk_analysis_panel_add_series (panel, _("Revenue"));

  for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
    {
      double value = (double)now->by_method[m];

      hk_analysis_panel_add_category (panel, hk_payment_method_get_title (m), &value);
    }

  cash = hk_analysis_format_share (hk_report_builder_share (now->by_method[HK_PAYMENT_CASH],
                                                            now->revenue));
  other = hk_analysis_format_share (hk_report_builder_share (
                                      now->revenue - now->by_method[HK_PAYMENT_CASH],
                                      now->revenue));
  hk_analysis_panel_add_figure (panel, "cash-share", _("Paid in cash"), cash);
  hk_analysis_panel_add_figure (panel, "non-cash-share", _("Paid otherwise"), other);
}

typedef struct
{
  const char *name;
  gint64      revenue;
} ClerkRow;

static int
compare_clerk_rows (gconstpointer a,
                    gconstpointer b)
{
  const ClerkRow *x = a;
  const ClerkRow *y = b;

  if (x->revenue != y->revenue)
    return x->revenue > y->revenue ? -1 : 1;

  return g_strcmp0 (x->name, y->name);
}

static void
add_by_clerk (Build *b)
{
  guint n_clerks = hk_revenue_get_n_clerks (b->now);
  guint n_days = hk_revenue_get_n_days (b->now);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (ClerkRow));
  HkAnalysisPanel *panel;

  panel = hk_analysis_add_panel (b->analysis, "revenue-by-clerk", HK_CHART_HORIZONTAL_BARS,
                                 _("Revenue by clerk"), HK_CHART_UNIT_MONEY, _("Clerk"),
                                 HK_CHART_CATEGORY_NAMES);
  hk_analysis_panel_add_series (panel, _("Revenue"));

  for (guint c = 0; c < n_clerks; c++)
    {
      ClerkRow row;
      HkRevenueSums sums;

      hk_revenue_sum (b->now, 0, n_days, c, &sums);
      row.name = hk_report_builder_operator_name (b->operators,
                                                  hk_revenue_get_clerk_id (b->now, c));
      row.revenue = sums.revenue;
      g_array_append_val (rows, row);
    }
  g_array_sort (rows, compare_clerk_rows);

  for (guint i = 0; i < rows->len; i++)
    {
      ClerkRow *row = &g_array_index (rows, ClerkRow, i);
      double value = (double)row->revenue;

      hk_analysis_panel_add_category (panel, row->name, &value);
    }

  hk_analysis_panel_add_figure_count (panel, "clerks", _("Clerks with receipts"), rows->len);
  if (rows->len > 0)
    {
      ClerkRow *top = &g_array_index (rows, ClerkRow, 0);
      g_autofree char *money = hk_money_format (top->revenue);
      /* Translators: a clerk and their revenue: "Zhang Li (¥12,345.00)" */
      g_autofree char *text = g_strdup_printf (_("%s (%s)"), top->name, money);

      hk_analysis_panel_add_figure (panel, "top-clerk", _("Highest revenue"), text);
      hk_analysis_panel_add_figure_money (panel, "average-per-clerk", _("Average per clerk"),
                                          b->sums[N_MONTHS - 1].revenue / (gint64)rows->len);
    }
  else
    {
      hk_analysis_panel_add_figure (panel, "top-clerk", _("Highest revenue"), "—");
      hk_analysis_panel_add_figure (panel, "average-per-clerk", _("Average per clerk"), "—");
    }
}

static char *
month_id (HkRevenue *revenue)
{
  return hk_period_to_string (hk_revenue_get_period (revenue));
}

static void
add_by_month (Build *b)
{
  const HkRevenueSums *now = &b->sums[N_MONTHS - 1];
  const HkRevenueSums *previous = &b->sums[N_MONTHS - 2];
  const HkRevenueSums *last_year = &b->sums[0];
  HkAnalysisPanel *panel;

  panel = hk_analysis_add_panel (b->analysis, "revenue-by-month", HK_CHART_LINES,
                                 _("Revenue, last 13 months"), HK_CHART_UNIT_MONEY, _("Month"),
                                 HK_CHART_CATEGORY_MONTHS);
  hk_analysis_panel_add_series (panel, _("Revenue"));

  for (guint i = 0; i < N_MONTHS; i++)
    {
      g_autofree char *month = month_id (b->months[i]);
      double value = (double)b->sums[i].revenue;

      hk_analysis_panel_add_category (panel, month, &value);
    }

  hk_analysis_panel_add_figure_money (panel, "previous-month", _("Revenue, previous month"),
                                      previous->revenue);
  add_change_figure (panel, "month-over-month", _("Change from previous month"), now->revenue,
                     previous->revenue);
  hk_analysis_panel_add_figure_money (panel, "same-month-last-year",
                                      _("Revenue, same month last year"), last_year->revenue);
  add_change_figure (panel, "year-over-year", _("Change from last year"), now->revenue,
                     last_year->revenue);
}

static void
add_volume (Build *b)
{
  const HkRevenueSums *now = &b->sums[N_MONTHS - 1];
  const HkRevenueSums *previous = &b->sums[N_MONTHS - 2];
  g_autofree char *now_label = hk_period_dup_label (hk_revenue_get_period (b->now));
  g_autofree char *previous_label =
    hk_period_dup_label (hk_revenue_get_period (b->months[N_MONTHS - 2]));
  struct
  {
    const char *id;
    const char *title;
    gint64      now;
    gint64      before;
  } items[] = {
    { "sim-cards", _("SIM cards"), now->sim_cards, previous->sim_cards },
    { "value-cards", _("Value cards"), now->value_cards, previous->value_cards },
    { "handsets", _("Handsets"), now->handsets, previous->handsets },
    { "top-ups", _("Top-ups"), now->top_ups, previous->top_ups },
  };
  HkAnalysisPanel *panel;

  panel = hk_analysis_add_panel (b->analysis, "volume", HK_CHART_BARS,
                                 _("Volume against the previous month"), HK_CHART_UNIT_COUNT,
                                 _("Item"), HK_CHART_CATEGORY_NAMES);
  hk_analysis_panel_add_series (panel, now_label);
  hk_analysis_panel_add_series (panel, previous_label);

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      double values[2] = { (double)items[i].now, (double)items[i].before };
      g_autofree char *id = g_strdup_printf ("%s-change", items[i].id);
      /* Translators: a volume's change from the month before: "SIM cards, change" */
      g_autofree char *label = g_strdup_printf (_("%s, change"), items[i].title);

      hk_analysis_panel_add_category (panel, items[i].title, values);
      add_change_figure (panel, id, label, items[i].now, items[i].before);
    }
}

/* Revenue per receipt, in fen; NAN without receipts. */
static double
average_receipt (const HkRevenueSums *sums)
{
  if (sums->n_receipts <= 0)
    return NAN;

  return (double)sums->revenue / (double)sums->n_receipts;
}

static void
add_average_receipt (Build *b)
{
  const HkRevenueSums *now = &b->sums[N_MONTHS - 1];
  const HkRevenueSums *previous = &b->sums[N_MONTHS - 2];
  double average = average_receipt (now);
  double average_before = average_receipt (previous);
  HkAnalysisPanel *panel;

  panel = hk_analysis_add_panel (b->analysis, "average-receipt", HK_CHART_LINES,
                                 _("Average receipt, last 13 months"), HK_CHART_UNIT_MONEY,
                                 _("Month"), HK_CHART_CATEGORY_MONTHS);
  hk_analysis_panel_add_series (panel, _("Average receipt"));

  for (guint i = 0; i < N_MONTHS; i++)
    {
      g_autofree char *month = month_id (b->months[i]);
      double value = average_receipt (&b->sums[i]);

      hk_analysis_panel_add_category (panel, month, &value);
    }

  if (isnan (average))
    hk_analysis_panel_add_figure (panel, "average-receipt", _("Average receipt"), "—");
  else
    hk_analysis_panel_add_figure_money (panel, "average-receipt", _("Average receipt"),
                                        llround (average));
  if (isnan (average_before))
    hk_analysis_panel_add_figure (panel, "average-receipt-previous",
                                  _("Average receipt, previous month"), "—");
  else
    hk_analysis_panel_add_figure_money (panel, "average-receipt-previous",
                                        _("Average receipt, previous month"),
                                        llround (average_before));
  if (isnan (average) || isnan (average_before))
    hk_analysis_panel_add_figure (panel, "average-receipt-change",
                                  _("Change from previous month"), "—");
  else
    add_change_figure (panel, "average-receipt-change", _("Change from previous month"),
                       llround (average), llround (average_before));
  hk_analysis_panel_add_figure_count (panel, "receipts", _("Receipts"), now->n_receipts);
}

gboolean
hk_analysis_build_economic (HkAnalysis    *self,
                            HkContext     *context,
                            GCancellable  *cancellable,
                            GError       **error)
{
  HkDatabase *database = hk_context_get_database (context);
  HkPeriod month = *hk_analysis_get_month (self);
  Build b = { 0 };
  gboolean ok = FALSE;

  b.analysis = self;
  if (!(b.operators = hk_revenue_query_operators (database, error)))
    goto out;

  /* This month and the twelve before it, the oldest first. */
  for (int i = N_MONTHS - 1; i >= 0; i--)
    {
      if (!(b.months[i] = hk_revenue_query (database, &month, cancellable, error)))
        goto out;
      hk_revenue_sum_all (b.months[i], &b.sums[i]);
      month = hk_period_get_previous (&month);
    }
  b.now = b.months[N_MONTHS - 1];

  add_by_day (&b);
  add_by_category (&b);
  add_by_method (&b);
  add_by_clerk (&b);
  add_by_month (&b);
  add_volume (&b);
  add_average_receipt (&b);
  ok = TRUE;

out:
  build_clear (&b);
  return ok;
}
