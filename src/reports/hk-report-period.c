/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report-period.c: the ten-day report (旬报) and the monthly report (月报): a row per day (and
 * per ten-day period), revenue by category, payment method and clerk, volume and revenue (量、收
 * 统计), each compared with two earlier periods.
 *
 * The ten-day report compares with the ten-day period before it and the same one last month;
 * the monthly report with the month before and the same month last year (see hk-period.h for
 * what "the same period" is). A change is (this − before) / before, empty when there was
 * nothing before. Total and subtotal rows carry sums only: shares and changes are in body rows
 * and in the figures.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-report-builders-private.h"

typedef struct
{
  HkReport    *report;
  HkRevenue   *now;
  HkRevenue   *previous;
  HkRevenue   *other;
  GHashTable  *operators;
  gboolean     monthly;
} Build;

typedef struct
{
  guint day;
  guint receipts;
  guint voids;
  guint red;
  guint sim_cards;
  guint value_cards;
  guint handsets;
  guint top_ups;
  guint revenue;
} SumsColumns;

static const char *
previous_heading (Build *b)
{
  return b->monthly ? _("Previous month") : _("Previous ten-day period");
}

static const char *
other_heading (Build *b)
{
  return b->monthly ? _("Same month last year") : _("Same period last month");
}

static const char *
previous_change_heading (Build *b)
{
  return _("Change from previous");
}

static const char *
other_change_heading (Build *b)
{
  return b->monthly ? _("Change from last year") : _("Change from last month");
}

static void
add_sums_columns (HkReportTable      *table,
                  const char         *first_heading,
                  HkReportColumnKind  first_kind,
                  SumsColumns        *columns)
{
  columns->day = hk_report_table_add_column (table, first_heading, first_kind);
  columns->receipts = hk_report_table_add_column (table, _("Receipts"), HK_REPORT_COLUMN_COUNT);
  columns->voids = hk_report_table_add_column (table, _("Voids"), HK_REPORT_COLUMN_COUNT);
  columns->red = hk_report_table_add_column (table, _("Red-letter"), HK_REPORT_COLUMN_COUNT);
  columns->sim_cards = hk_report_table_add_column (table, _("SIM cards"),
                                                   HK_REPORT_COLUMN_COUNT);
  columns->value_cards = hk_report_table_add_column (table, _("Value cards"),
                                                     HK_REPORT_COLUMN_COUNT);
  columns->handsets = hk_report_table_add_column (table, _("Handsets"), HK_REPORT_COLUMN_COUNT);
  columns->top_ups = hk_report_table_add_column (table, _("Top-ups"), HK_REPORT_COLUMN_COUNT);
  columns->revenue = hk_report_table_add_column (table, _("Revenue"), HK_REPORT_COLUMN_MONEY);
}

static void
add_sums_row (HkReportTable       *table,
              HkReportRowKind      kind,
              const SumsColumns   *columns,
              const char          *label,
              const HkRevenueSums *sums)
{
  guint row = hk_report_table_add_row (table, kind);

  hk_report_table_set_text (table, row, columns->day, label);
  hk_report_table_set_value (table, row, columns->receipts, sums->n_receipts);
  hk_report_table_set_value (table, row, columns->voids, sums->n_void);
  hk_report_table_set_value (table, row, columns->red, sums->n_corrections);
  hk_report_table_set_value (table, row, columns->sim_cards, sums->sim_cards);
  hk_report_table_set_value (table, row, columns->value_cards, sums->value_cards);
  hk_report_table_set_value (table, row, columns->handsets, sums->handsets);
  hk_report_table_set_value (table, row, columns->top_ups, sums->top_ups);
  hk_report_table_set_value (table, row, columns->revenue, sums->revenue);
}

/* A row per day, and for a month a subtotal after each ten-day period. */
static HkReportTable *
add_by_day (Build    *b,
            guint    *revenue_column)
{
  HkReportTable *table = hk_report_add_table (b->report, "by-day", _("By day"));
  const HkPeriod *period = hk_revenue_get_period (b->now);
  HkPeriod dekad = hk_period_get_first_sub (period, HK_PERIOD_DEKAD);
  guint n_days = hk_revenue_get_n_days (b->now);
  SumsColumns columns;
  HkRevenueSums sums;
  guint dekad_start = 0;

  add_sums_columns (table, _("Day"), HK_REPORT_COLUMN_DATE, &columns);
  *revenue_column = columns.revenue;

  for (guint d = 0; d < n_days; d++)
    {
      hk_revenue_sum (b->now, d, 1, HK_REVENUE_ALL, &sums);
      add_sums_row (table, HK_REPORT_ROW_BODY, &columns, hk_revenue_get_day (b->now, d), &sums);

      if (b->monthly && d + 1 - dekad_start == hk_period_get_n_days (&dekad))
        {
          g_autofree char *label = hk_period_dup_label (&dekad);

          hk_revenue_sum (b->now, dekad_start, d + 1 - dekad_start, HK_REVENUE_ALL, &sums);
          add_sums_row (table, HK_REPORT_ROW_SUBTOTAL, &columns, label, &sums);
          dekad_start = d + 1;
          dekad = hk_period_get_next (&dekad);
        }
    }

  hk_revenue_sum_all (b->now, &sums);
  add_sums_row (table, HK_REPORT_ROW_TOTAL, &columns, _("Total"), &sums);

  return table;
}

/* The month's three ten-day periods and the month. */
static void
add_by_dekad (Build *b)
{
  HkReportTable *table = hk_report_add_table (b->report, "by-dekad", _("By ten-day period"));
  const HkPeriod *period = hk_revenue_get_period (b->now);
  HkPeriod dekad = hk_period_get_first_sub (period, HK_PERIOD_DEKAD);
  SumsColumns columns;
  HkRevenueSums sums;
  guint first = 0;

  add_sums_columns (table, _("Ten-day period"), HK_REPORT_COLUMN_TEXT, &columns);

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *label = hk_period_dup_label (&dekad);
      guint n_days = hk_period_get_n_days (&dekad);

      hk_revenue_sum (b->now, first, n_days, HK_REVENUE_ALL, &sums);
      add_sums_row (table, HK_REPORT_ROW_BODY, &columns, label, &sums);
      first += n_days;
      dekad = hk_period_get_next (&dekad);
    }

  hk_revenue_sum_all (b->now, &sums);
  add_sums_row (table, HK_REPORT_ROW_TOTAL, &columns, _("Month total"), &sums);
}

/* Sets a money value and, in @change_column, its change from @before. */
static void
set_compared (HkReportTable *table,
              guint          row,
              guint          column,
              guint          change_column,
              gint64         now,
              gint64         before)
{
  hk_report_table_set_value (table, row, column, before);
  hk_report_table_set_ratio (table, row, change_column, hk_report_builder_change (now, before));
}

static HkReportTable *
add_by_category (Build *b)
{
  HkReportTable *table = hk_report_add_table (b->report, "by-category", _("By category"));
  guint c_name = hk_report_table_add_column (table, _("Category"), HK_REPORT_COLUMN_TEXT);
  guint c_revenue = hk_report_table_add_column (table, _("Revenue"), HK_REPORT_COLUMN_MONEY);
  guint c_share = hk_report_table_add_column (table, _("Share"), HK_REPORT_COLUMN_SHARE);
  guint c_previous = hk_report_table_add_column (table, previous_heading (b),
                                                 HK_REPORT_COLUMN_MONEY);
  guint c_previous_change = hk_report_table_add_column (table, previous_change_heading (b),
                                                        HK_REPORT_COLUMN_RATIO);
  guint c_other = hk_report_table_add_column (table, other_heading (b), HK_REPORT_COLUMN_MONEY);
  guint c_other_change = hk_report_table_add_column (table, other_change_heading (b),
                                                     HK_REPORT_COLUMN_RATIO);
  HkRevenueSums now, previous, other;
  gint64 total_now = 0, total_previous = 0, total_other = 0;
  guint total;

  hk_revenue_sum_all (b->now, &now);
  hk_revenue_sum_all (b->previous, &previous);
  hk_revenue_sum_all (b->other, &other);

  for (guint c = 0; c < HK_N_FEE_CATEGORIES; c++)
    {
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

      hk_report_table_set_text (table, row, c_name, hk_fee_category_get_title (c));
      hk_report_table_set_value (table, row, c_revenue, now.by_category[c]);
      hk_report_table_set_ratio (table, row, c_share,
                                 hk_report_builder_share (now.by_category[c], now.revenue));
      set_compared (table, row, c_previous, c_previous_change, now.by_category[c],
                    previous.by_category[c]);
      set_compared (table, row, c_other, c_other_change, now.by_category[c],
                    other.by_category[c]);
      total_now += now.by_category[c];
      total_previous += previous.by_category[c];
      total_other += other.by_category[c];
    }

  total = hk_report_table_add_row (table, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (table, total, c_name, _("Total"));
  hk_report_table_set_value (table, total, c_revenue, total_now);
  hk_report_table_set_value (table, total, c_previous, total_previous);
  hk_report_table_set_value (table, total, c_other, total_other);

  return table;
}

static void
add_by_payment (Build *b)
{
  HkReportTable *table = hk_report_add_table (b->report, "by-payment", _("By payment method"));
  guint c_name = hk_report_table_add_column (table, _("Payment method"), HK_REPORT_COLUMN_TEXT);
  guint c_count = hk_report_table_add_column (table, _("Payments"), HK_REPORT_COLUMN_COUNT);
  guint c_amount = hk_report_table_add_column (table, _("Amount"), HK_REPORT_COLUMN_MONEY);
  guint c_share = hk_report_table_add_column (table, _("Share"), HK_REPORT_COLUMN_SHARE);
  guint c_previous = hk_report_table_add_column (table, previous_heading (b),
                                                 HK_REPORT_COLUMN_MONEY);
  guint c_previous_change = hk_report_table_add_column (table, previous_change_heading (b),
                                                        HK_REPORT_COLUMN_RATIO);
  guint c_other = hk_report_table_add_column (table, other_heading (b), HK_REPORT_COLUMN_MONEY);
  guint c_other_change = hk_report_table_add_column (table, other_change_heading (b),
                                                     HK_REPORT_COLUMN_RATIO);
  HkRevenueSums now, previous, other;
  gint64 count = 0, amount = 0, amount_previous = 0, amount_other = 0;
  guint total;

  hk_revenue_sum_all (b->now, &now);
  hk_revenue_sum_all (b->previous, &previous);
  hk_revenue_sum_all (b->other, &other);

  for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
    {
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

      hk_report_table_set_text (table, row, c_name, hk_payment_method_get_title (m));
      hk_report_table_set_value (table, row, c_count, now.n_payments[m]);
      hk_report_table_set_value (table, row, c_amount, now.by_method[m]);
      hk_report_table_set_ratio (table, row, c_share,
                                 hk_report_builder_share (now.by_method[m], now.revenue));
      set_compared (table, row, c_previous, c_previous_change, now.by_method[m],
                    previous.by_method[m]);
      set_compared (table, row, c_other, c_other_change, now.by_method[m], other.by_method[m]);
      count += now.n_payments[m];
      amount += now.by_method[m];
      amount_previous += previous.by_method[m];
      amount_other += other.by_method[m];
    }

  total = hk_report_table_add_row (table, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (table, total, c_name, _("Total"));
  hk_report_table_set_value (table, total, c_count, count);
  hk_report_table_set_value (table, total, c_amount, amount);
  hk_report_table_set_value (table, total, c_previous, amount_previous);
  hk_report_table_set_value (table, total, c_other, amount_other);
}

static void
add_by_clerk (Build *b)
{
  HkReportTable *table = hk_report_add_table (b->report, "by-clerk", _("By clerk"));
  guint c_name = hk_report_table_add_column (table, _("Clerk"), HK_REPORT_COLUMN_TEXT);
  guint c_receipts = hk_report_table_add_column (table, _("Receipts"), HK_REPORT_COLUMN_COUNT);
  guint c_void = hk_report_table_add_column (table, _("Voids"), HK_REPORT_COLUMN_COUNT);
  guint c_red = hk_report_table_add_column (table, _("Red-letter"), HK_REPORT_COLUMN_COUNT);
  guint c_revenue = hk_report_table_add_column (table, _("Revenue"), HK_REPORT_COLUMN_MONEY);
  guint c_share = hk_report_table_add_column (table, _("Share"), HK_REPORT_COLUMN_SHARE);
  guint n_days = hk_revenue_get_n_days (b->now);
  HkRevenueSums all, sums;
  guint total;

  hk_revenue_sum_all (b->now, &all);

  for (guint c = 0; c < hk_revenue_get_n_clerks (b->now); c++)
    {
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

      hk_revenue_sum (b->now, 0, n_days, c, &sums);
      hk_report_table_set_text (table, row, c_name,
                                hk_report_builder_operator_name (
                                  b->operators, hk_revenue_get_clerk_id (b->now, c)));
      hk_report_table_set_value (table, row, c_receipts, sums.n_receipts);
      hk_report_table_set_value (table, row, c_void, sums.n_void);
      hk_report_table_set_value (table, row, c_red, sums.n_corrections);
      hk_report_table_set_value (table, row, c_revenue, sums.revenue);
      hk_report_table_set_ratio (table, row, c_share,
                                 hk_report_builder_share (sums.revenue, all.revenue));
    }

  total = hk_report_table_add_row (table, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (table, total, c_name, _("Total"));
  hk_report_table_set_value (table, total, c_receipts, all.n_receipts);
  hk_report_table_set_value (table, total, c_void, all.n_void);
  hk_report_table_set_value (table, total, c_red, all.n_corrections);
  hk_report_table_set_value (table, total, c_revenue, all.revenue);
}

typedef enum
{
  VOLUME_SIM_CARDS,
  VOLUME_VALUE_CARDS,
  VOLUME_HANDSETS,
  VOLUME_TOP_UPS,
  VOLUME_ALL,
  N_VOLUMES,
} Volume;

static void
get_volume (const HkRevenueSums *sums,
            Volume               volume,
            gint64              *quantity,
            gint64              *amount)
{
  switch (volume)
    {
    case VOLUME_SIM_CARDS:
      *quantity = sums->sim_cards;
      *amount = sums->by_category[HK_FEE_CATEGORY_SIM_CARD];
      break;
    case VOLUME_VALUE_CARDS:
      *quantity = sums->value_cards;
      *amount = sums->by_category[HK_FEE_CATEGORY_VALUE_CARD];
      break;
    case VOLUME_HANDSETS:
      *quantity = sums->handsets;
      *amount = sums->by_category[HK_FEE_CATEGORY_HANDSET];
      break;
    case VOLUME_TOP_UPS:
      *quantity = sums->top_ups;
      *amount = sums->top_up_amount;
      break;
    case VOLUME_ALL:
    case N_VOLUMES:
    default:
      *quantity = sums->n_receipts;
      *amount = sums->revenue;
      break;
    }
}

static const char *
volume_title (Volume volume)
{
  switch (volume)
    {
    case VOLUME_SIM_CARDS:
      return _("SIM cards");
    case VOLUME_VALUE_CARDS:
      return _("Value cards");
    case VOLUME_HANDSETS:
      return _("Handsets");
    case VOLUME_TOP_UPS:
      return _("Top-ups");
    case VOLUME_ALL:
    case N_VOLUMES:
    default:
      /* Translators: the row of the volume table with every receipt and the whole revenue. */
      return _("All receipts");
    }
}

/* 量、收统计: how many and how much, for the lines of business, now and before. */
static void
add_volume (Build *b)
{
  HkReportTable *table = hk_report_add_table (b->report, "volume", _("Volume and revenue"));
  guint c_name = hk_report_table_add_column (table, _("Item"), HK_REPORT_COLUMN_TEXT);
  guint c_quantity = hk_report_table_add_column (table, _("Quantity"), HK_REPORT_COLUMN_COUNT);
  guint c_amount = hk_report_table_add_column (table, _("Revenue"), HK_REPORT_COLUMN_MONEY);
  guint c_previous_quantity =
    hk_report_table_add_column (table, b->monthly ? _("Quantity, previous month")
                                                  : _("Quantity, previous ten-day period"),
                                HK_REPORT_COLUMN_COUNT);
  guint c_previous_amount =
    hk_report_table_add_column (table, b->monthly ? _("Revenue, previous month")
                                                  : _("Revenue, previous ten-day period"),
                                HK_REPORT_COLUMN_MONEY);
  guint c_previous_change = hk_report_table_add_column (table, previous_change_heading (b),
                                                        HK_REPORT_COLUMN_RATIO);
  guint c_other_quantity =
    hk_report_table_add_column (table, b->monthly ? _("Quantity, same month last year")
                                                  : _("Quantity, same period last month"),
                                HK_REPORT_COLUMN_COUNT);
  guint c_other_amount =
    hk_report_table_add_column (table, b->monthly ? _("Revenue, same month last year")
                                                  : _("Revenue, same period last month"),
                                HK_REPORT_COLUMN_MONEY);
  guint c_other_change = hk_report_table_add_column (table, other_change_heading (b),
                                                     HK_REPORT_COLUMN_RATIO);
  HkRevenueSums now, previous, other;

  hk_revenue_sum_all (b->now, &now);
  hk_revenue_sum_all (b->previous, &previous);
  hk_revenue_sum_all (b->other, &other);

  for (Volume v = 0; v < N_VOLUMES; v++)
    {
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);
      gint64 quantity, amount, previous_quantity, previous_amount, other_quantity, other_amount;

      get_volume (&now, v, &quantity, &amount);
      get_volume (&previous, v, &previous_quantity, &previous_amount);
      get_volume (&other, v, &other_quantity, &other_amount);

      hk_report_table_set_text (table, row, c_name, volume_title (v));
      hk_report_table_set_value (table, row, c_quantity, quantity);
      hk_report_table_set_value (table, row, c_amount, amount);
      hk_report_table_set_value (table, row, c_previous_quantity, previous_quantity);
      set_compared (table, row, c_previous_amount, c_previous_change, amount, previous_amount);
      hk_report_table_set_value (table, row, c_other_quantity, other_quantity);
      set_compared (table, row, c_other_amount, c_other_change, amount, other_amount);
    }
}

static void
add_figures (Build          *b,
             const HkPeriod *previous,
             const HkPeriod *other)
{
  g_autofree char *previous_label = hk_period_dup_label (previous);
  g_autofree char *other_label = hk_period_dup_label (other);
  g_autofree char *previous_change = NULL;
  g_autofree char *other_change = NULL;
  HkRevenueSums now, before, last;

  hk_revenue_sum_all (b->now, &now);
  hk_revenue_sum_all (b->previous, &before);
  hk_revenue_sum_all (b->other, &last);
  previous_change = hk_report_builder_format_change (now.revenue, before.revenue);
  other_change = hk_report_builder_format_change (now.revenue, last.revenue);

  hk_report_add_figure_money (b->report, _("Revenue"), now.revenue);
  hk_report_add_figure_count (b->report, _("Receipts"), now.n_receipts);
  hk_report_add_figure_count (b->report, _("Voids"), now.n_void);
  hk_report_add_figure_count (b->report, _("Red-letter receipts"), now.n_corrections);
  hk_report_add_figure_count (b->report, _("SIM cards sold"), now.sim_cards);
  hk_report_add_figure_count (b->report, _("Value cards sold"), now.value_cards);
  hk_report_add_figure_count (b->report, _("Handsets sold"), now.handsets);
  hk_report_add_figure_count (b->report, _("Top-ups"), now.top_ups);
  hk_report_add_figure_money (b->report, _("Top-up revenue"), now.top_up_amount);
  hk_report_add_figure_text (b->report, previous_heading (b), previous_label);
  hk_report_add_figure_money (b->report, b->monthly ? _("Revenue, previous month")
                                                    : _("Revenue, previous ten-day period"),
                              before.revenue);
  hk_report_add_figure_text (b->report, previous_change_heading (b), previous_change);
  hk_report_add_figure_text (b->report, other_heading (b), other_label);
  hk_report_add_figure_money (b->report, b->monthly ? _("Revenue, same month last year")
                                                    : _("Revenue, same period last month"),
                              last.revenue);
  hk_report_add_figure_text (b->report, other_change_heading (b), other_change);
}

static HkReport *
build (HkContext       *context,
       const HkPeriod  *period,
       gboolean         monthly,
       const char      *generated_by,
       GCancellable    *cancellable,
       GError         **error)
{
  HkDatabase *database = hk_context_get_database (context);
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GHashTable) operators = NULL;
  g_autoptr(HkRevenue) now = NULL;
  g_autoptr(HkRevenue) previous = NULL;
  g_autoptr(HkRevenue) other = NULL;
  HkPeriod previous_period;
  HkPeriod other_period;
  HkReportTable *by_day;
  HkReportTable *by_category;
  HkReportChart *chart;
  guint revenue_column;
  Build b = { 0 };

  if (!hk_report_builder_check_kind (period, monthly ? HK_PERIOD_MONTH : HK_PERIOD_DEKAD, error))
    return NULL;

  previous_period = hk_period_get_previous (period);
  other_period = monthly ? hk_period_get_same_last_year (period)
                         : hk_period_get_same_last_month (period);

  if (!(operators = hk_revenue_query_operators (database, error)) ||
      !(now = hk_revenue_query (database, period, cancellable, error)) ||
      !(previous = hk_revenue_query (database, &previous_period, cancellable, error)) ||
      !(other = hk_revenue_query (database, &other_period, cancellable, error)))
    return NULL;

  report = hk_report_builder_begin (context, monthly ? "monthly" : "dekad", period,
                                    generated_by);
  if (!hk_report_builder_add_unsigned (report, database, period, operators, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  b.report = report;
  b.now = now;
  b.previous = previous;
  b.other = other;
  b.operators = operators;
  b.monthly = monthly;

  add_figures (&b, &previous_period, &other_period);

  if (monthly)
    add_by_dekad (&b);
  by_day = add_by_day (&b, &revenue_column);
  by_category = add_by_category (&b);
  add_by_payment (&b);
  add_by_clerk (&b);
  add_volume (&b);

  chart = hk_report_add_chart (report, HK_REPORT_CHART_COLUMN, _("Revenue by day"), by_day, 0);
  hk_report_chart_add_series (chart, revenue_column);
  chart = hk_report_add_chart (report, HK_REPORT_CHART_PIE, _("Revenue by category"),
                               by_category, 0);
  hk_report_chart_add_series (chart, 1);

  return g_steal_pointer (&report);
}

/**
 * hk_report_build_dekad:
 * @period: a ten-day period
 * @generated_by: the display name of the operator who asks
 *
 * Returns: (transfer full): the ten-day report, or %NULL with @error set
 */
HkReport *
hk_report_build_dekad (HkContext       *context,
                       const HkPeriod  *period,
                       const char      *generated_by,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  return build (context, period, FALSE, generated_by, cancellable, error);
}

/**
 * hk_report_build_monthly:
 * @period: a month
 * @generated_by: the display name of the operator who asks
 *
 * Returns: (transfer full): the monthly report, or %NULL with @error set
 */
HkReport *
hk_report_build_monthly (HkContext       *context,
                         const HkPeriod  *period,
                         const char      *generated_by,
                         GCancellable    *cancellable,
                         GError         **error)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  return build (context, period, TRUE, generated_by, cancellable, error);
}
