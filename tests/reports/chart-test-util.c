/* SPDX-License-Identifier: GPL-3.0-or-later */
/* chart-test-util.c: charts with demo-like numbers, for the chart tests and screenshots. */

#include "config.h"

#include "chart-test-util.h"

static const char *const demo_names[CHART_N_DEMOS] = {
  "days", "clerks", "dekads", "on-time", "months", "methods", "differences", "empty",
};

const char *
chart_test_demo_name (ChartDemo demo)
{
  g_return_val_if_fail (demo < CHART_N_DEMOS, NULL);

  return demo_names[demo];
}

#define T(zh, en) (chinese ? (zh) : (en))

/* A day's revenue in fen: busier at weekends, and the same every run. */
static gint64
day_revenue (guint day)
{
  guint weekday = (day + 2) % 7;  /* 2026-10-01 is a Thursday */
  gint64 base = weekday >= 5 ? 1680000 : 1200000;

  return base + (gint64) ((day * 7919) % 23) * 21750 - 250000;
}

static HkChart *
make_days (gboolean chinese)
{
  HkChart *chart = hk_chart_new (HK_CHART_BARS, T ("10月每日收入", "Revenue by day, October 2026"),
                                 HK_CHART_UNIT_MONEY);
  g_autoptr(HkChartSeries) series = hk_chart_series_new (T ("收入", "Revenue"));

  for (guint day = 1; day <= 31; day++)
    {
      g_autofree char *date = g_strdup_printf ("2026-10-%02u", day);

      hk_chart_category_axis_append_date (hk_chart_get_category_axis (chart), date);
      hk_chart_series_append (series, day_revenue (day));
    }
  hk_chart_add_series (chart, series);

  return chart;
}

static HkChart *
make_clerks (gboolean chinese)
{
  static const char *const zh[] = { "张丽", "刘洋", "陈静", "黄芳", "王芳", "赵磊" };
  static const char *const en[] = { "Zhang Li", "Liu Yang", "Chen Jing", "Huang Fang",
                                    "Wang Fang", "Zhao Lei" };
  static const gint64 fen[] = { 8623050, 7412000, 6950075, 5230000, 4187550, 1290000 };
  HkChart *chart = hk_chart_new (HK_CHART_HORIZONTAL_BARS,
                                 T ("各营业员收入", "Revenue by clerk"), HK_CHART_UNIT_MONEY);
  g_autoptr(HkChartSeries) series = hk_chart_series_new (T ("收入", "Revenue"));

  for (guint i = 0; i < G_N_ELEMENTS (fen); i++)
    {
      hk_chart_category_axis_append_name (hk_chart_get_category_axis (chart),
                                          chinese ? zh[i] : en[i]);
      hk_chart_series_append (series, fen[i]);
    }
  hk_chart_add_series (chart, series);

  return chart;
}

static HkChart *
make_dekads (gboolean chinese)
{
  static const gint64 fen[4][3] = {
    { 12500000, 11800000, 14650000 },
    { 2150000, 1980000, 2630000 },
    { 8990000, 6420000, 10360000 },
    { 1265000, 940000, 1510000 },
  };
  const char *series_names[4] = {
    T ("话费充值", "Top-ups"), T ("SIM卡", "SIM cards"), T ("终端", "Handsets"),
    T ("配件", "Accessories"),
  };
  HkChart *chart = hk_chart_new (HK_CHART_STACKED_BARS, T ("各旬业务收入", "Revenue by ten days"),
                                 HK_CHART_UNIT_MONEY);
  HkChartCategoryAxis *axis = hk_chart_get_category_axis (chart);

  hk_chart_category_axis_append_name (axis, T ("上旬", "1st–10th"));
  hk_chart_category_axis_append_name (axis, T ("中旬", "11th–20th"));
  hk_chart_category_axis_append_name (axis, T ("下旬", "21st–31st"));

  for (guint s = 0; s < 4; s++)
    {
      g_autoptr(HkChartSeries) series = hk_chart_series_new (series_names[s]);

      for (guint i = 0; i < 3; i++)
        hk_chart_series_append (series, fen[s][i]);
      hk_chart_add_series (chart, series);
    }

  return chart;
}

static HkChart *
make_on_time (gboolean chinese)
{
  static const double rates[] = { 0.931, 0.972, 0.955, 0.99, 0.962 };
  HkChart *chart = hk_chart_new (HK_CHART_LINES,
                                 T ("投诉24小时按时办结率", "Complaints closed within 24 hours"),
                                 HK_CHART_UNIT_RATIO);
  g_autoptr(HkChartSeries) series = hk_chart_series_new (T ("按时办结率", "On time"));

  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    {
      g_autofree char *week = chinese ? g_strdup_printf ("第%u周", 40 + i)
                                      : g_strdup_printf ("Week %u", 40 + i);

      hk_chart_category_axis_append_name (hk_chart_get_category_axis (chart), week);
      hk_chart_series_append (series, rates[i]);
    }
  hk_chart_add_series (chart, series);
  hk_chart_value_axis_set_range (hk_chart_get_value_axis (chart), 0.8, 1.0);
  hk_chart_set_target (chart, 0.95, NULL);

  return chart;
}

static HkChart *
make_months (gboolean chinese)
{
  HkChart *chart = hk_chart_new (HK_CHART_LINES,
                                 T ("近13个月收入", "Revenue, last 13 months"),
                                 HK_CHART_UNIT_MONEY);
  g_autoptr(HkChartSeries) revenue = hk_chart_series_new (T ("收入", "Revenue"));
  g_autoptr(HkChartSeries) before = hk_chart_series_new (T ("上年同期", "A year before"));

  for (guint i = 0; i < 13; i++)
    {
      guint month = (9 + i) % 12 + 1;
      guint year = 2025 + (9 + i) / 12;
      g_autofree char *date = g_strdup_printf ("%04u-%02u", year, month);
      gint64 base = 41000000 + (gint64) ((i * 37) % 11) * 1350000;

      hk_chart_category_axis_append_date (hk_chart_get_category_axis (chart), date);
      hk_chart_series_append (revenue, base);
      hk_chart_series_append (before, base * 0.9 - 800000 + (i % 3) * 600000);
    }
  hk_chart_add_series (chart, revenue);
  hk_chart_add_series (chart, before);

  return chart;
}

static HkChart *
make_methods (gboolean chinese)
{
  static const gint64 fen[] = { 23458000, 19230050, 13645500, 5590000, 640000 };
  const char *names[] = {
    T ("现金", "Cash"), T ("微信支付", "WeChat Pay"), T ("支付宝", "Alipay"),
    T ("银行卡", "Bank card"), T ("支票", "Cheque"),
  };
  HkChart *chart = hk_chart_new (HK_CHART_DONUT, T ("按支付方式收入", "Revenue by payment method"),
                                 HK_CHART_UNIT_MONEY);
  g_autoptr(HkChartSeries) series = hk_chart_series_new (T ("收入", "Revenue"));

  for (guint i = 0; i < G_N_ELEMENTS (fen); i++)
    {
      hk_chart_category_axis_append_name (hk_chart_get_category_axis (chart), names[i]);
      hk_chart_series_append (series, fen[i]);
    }
  hk_chart_add_series (chart, series);

  return chart;
}

static HkChart *
make_differences (gboolean chinese)
{
  static const char *const zh[] = { "张丽", "刘洋", "陈静", "黄芳", "王芳" };
  static const char *const en[] = { "Zhang Li", "Liu Yang", "Chen Jing", "Huang Fang",
                                    "Wang Fang" };
  static const gint64 fen[] = { 5000, -12050, 0, 2000, -800 };
  HkChart *chart = hk_chart_new (HK_CHART_BARS, T ("现金长短款", "Cash over and short"),
                                 HK_CHART_UNIT_MONEY);
  g_autoptr(HkChartSeries) series = hk_chart_series_new (T ("长短款", "Difference"));

  for (guint i = 0; i < G_N_ELEMENTS (fen); i++)
    {
      hk_chart_category_axis_append_name (hk_chart_get_category_axis (chart),
                                          chinese ? zh[i] : en[i]);
      hk_chart_series_append (series, fen[i]);
    }
  hk_chart_add_series (chart, series);

  return chart;
}

static HkChart *
make_empty (gboolean chinese)
{
  HkChart *chart = hk_chart_new (HK_CHART_BARS, T ("11月每日收入", "Revenue by day, November 2026"),
                                 HK_CHART_UNIT_MONEY);
  g_autoptr(HkChartSeries) series = hk_chart_series_new (T ("收入", "Revenue"));

  hk_chart_add_series (chart, series);

  return chart;
}

/**
 * chart_test_demo:
 * @demo: which chart
 * @chinese: Chinese names and titles
 *
 * Returns: (transfer full): the chart
 */
HkChart *
chart_test_demo (ChartDemo demo,
                 gboolean  chinese)
{
  switch (demo)
    {
    case CHART_DEMO_DAYS:
      return make_days (chinese);
    case CHART_DEMO_CLERKS:
      return make_clerks (chinese);
    case CHART_DEMO_DEKADS:
      return make_dekads (chinese);
    case CHART_DEMO_ON_TIME:
      return make_on_time (chinese);
    case CHART_DEMO_MONTHS:
      return make_months (chinese);
    case CHART_DEMO_METHODS:
      return make_methods (chinese);
    case CHART_DEMO_DIFFERENCES:
      return make_differences (chinese);
    case CHART_DEMO_EMPTY:
    case CHART_N_DEMOS:
    default:
      return make_empty (chinese);
    }
}
