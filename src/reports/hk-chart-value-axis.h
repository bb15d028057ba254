/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-value-axis.h: the axis of a chart's values: unit, range, nice ticks and their labels.
 *
 * Ticks fall on round numbers (1, 2 or 5 times a power of ten) and always include the lowest
 * and the highest value. Money is in fen and its ticks are whole yuan; its tick labels are
 * short: "¥12.3万" in Chinese, "¥123k" in English. Which of the two follows the current
 * translation (see hk_chart_money_style_for_locale()), so the labels speak the language of
 * the rest of the window.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HK_CHART_UNIT_COUNT,  /* a number of things */
  HK_CHART_UNIT_MONEY,  /* fen */
  HK_CHART_UNIT_RATIO,  /* a fraction: 0.953 is 95.3 % */
} HkChartUnit;

typedef enum
{
  HK_CHART_MONEY_STYLE_AUTO,       /* by the current translation */
  HK_CHART_MONEY_STYLE_THOUSANDS,  /* ¥850, ¥123k, ¥1.2M */
  HK_CHART_MONEY_STYLE_WAN,        /* ¥8,500, ¥12.3万, ¥1.2亿 */
} HkChartMoneyStyle;

/* Ticks at min, min + step, …, max: n_ticks of them. */
typedef struct
{
  double min;
  double max;
  double step;
  guint  n_ticks;
} HkChartTicks;

void              hk_chart_nice_ticks               (HkChartUnit        unit,
                                                     double             low,
                                                     double             high,
                                                     guint              max_ticks,
                                                     HkChartTicks      *ticks);
double            hk_chart_ticks_get_value          (const HkChartTicks *ticks,
                                                     guint              index);
HkChartMoneyStyle hk_chart_money_style_for_locale   (void);

#define HK_TYPE_CHART_VALUE_AXIS (hk_chart_value_axis_get_type ())
G_DECLARE_FINAL_TYPE (HkChartValueAxis, hk_chart_value_axis, HK, CHART_VALUE_AXIS, GObject)

HkChartValueAxis *hk_chart_value_axis_new             (HkChartUnit        unit);
HkChartUnit       hk_chart_value_axis_get_unit        (HkChartValueAxis  *self);

/* A fixed range instead of one from the data, e.g. 0 … 1 for a rate. Values outside it are
 * drawn at its edge. */
void              hk_chart_value_axis_set_range       (HkChartValueAxis  *self,
                                                       double             min,
                                                       double             max);
gboolean          hk_chart_value_axis_get_range       (HkChartValueAxis  *self,
                                                       double            *min,
                                                       double            *max);

void              hk_chart_value_axis_set_money_style (HkChartValueAxis  *self,
                                                       HkChartMoneyStyle  style);
/* The style in effect: never AUTO. */
HkChartMoneyStyle hk_chart_value_axis_get_money_style (HkChartValueAxis  *self);

/* Ticks for data from low to high (the fixed range, when set, wins). */
void              hk_chart_value_axis_compute_ticks   (HkChartValueAxis  *self,
                                                       double             low,
                                                       double             high,
                                                       guint              max_ticks,
                                                       HkChartTicks      *ticks);
/* The labels of the ticks, short, and never two alike: when shortening would make two
 * equal, every label is exact. Free with g_strfreev(). */
char            **hk_chart_value_axis_format_ticks    (HkChartValueAxis  *self,
                                                       const HkChartTicks *ticks);
/* One value, short, as beside a bar: "¥12.3万", "1,200", "95 %". */
char             *hk_chart_value_axis_format_short    (HkChartValueAxis  *self,
                                                       double             value);
/* One value, exact, as in a tooltip: "¥1,234.50", "1,200", "95.3 %". */
char             *hk_chart_value_axis_format_value    (HkChartValueAxis  *self,
                                                       double             value);

G_END_DECLS
