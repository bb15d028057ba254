/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart.h: a chart: its kind, title, axes and series — what hk_chart_render() draws.
 *
 * The model is split as sysprof splits its charts: series hold values
 * (hk-chart-series.h), axes say what the values mean and where their ticks go
 * (hk-chart-category-axis.h, hk-chart-value-axis.h), the chart's kind picks the layer that
 * draws them (bars, lines, donut), and one renderer (hk-chart-layout.h) draws the whole chart
 * for the screen (HkChartView) and for every file (hk-chart-export.h).
 *
 * Build a chart completely, then hand it to a view or an export: a chart changed while a view
 * shows it is drawn anew only when the view is told (hk_chart_view_set_chart()).
 *
 * A point is (series, index): the index-th category of a series. A donut draws the first
 * series only, one slice per category.
 */

#pragma once

#include <glib-object.h>

#include "hk-chart-category-axis.h"
#include "hk-chart-series.h"
#include "hk-chart-value-axis.h"
#include "hk-report.h"

G_BEGIN_DECLS

typedef enum
{
  HK_CHART_BARS,             /* vertical bars, the series side by side */
  HK_CHART_HORIZONTAL_BARS,  /* one row per category, names on the left: long names, ranks */
  HK_CHART_STACKED_BARS,     /* vertical bars, the series on top of each other */
  HK_CHART_LINES,            /* a line per series, a marker per point */
  HK_CHART_DONUT,            /* the first series' share of each category */
} HkChartKind;

#define HK_TYPE_CHART (hk_chart_get_type ())
G_DECLARE_FINAL_TYPE (HkChart, hk_chart, HK, CHART, GObject)

HkChart             *hk_chart_new                 (HkChartKind     kind,
                                                   const char     *title,
                                                   HkChartUnit     unit);
HkChart             *hk_chart_new_from_report     (HkReportChart  *report_chart);

HkChartKind          hk_chart_get_kind            (HkChart        *self);
const char          *hk_chart_get_title           (HkChart        *self);
HkChartCategoryAxis *hk_chart_get_category_axis   (HkChart        *self);
HkChartValueAxis    *hk_chart_get_value_axis      (HkChart        *self);

void                 hk_chart_add_series          (HkChart        *self,
                                                   HkChartSeries  *series);
guint                hk_chart_get_n_series        (HkChart        *self);
HkChartSeries       *hk_chart_get_series          (HkChart        *self,
                                                   guint           index);

/* A dashed line across the plot at value, labelled (NULL: "Target 95 %"). Not on donuts. */
void                 hk_chart_set_target          (HkChart        *self,
                                                   double          value,
                                                   const char     *label);
gboolean             hk_chart_get_target          (HkChart        *self,
                                                   double         *value);
char                *hk_chart_get_target_label    (HkChart        *self);

/* A vertical rule before the category at index (between it and the one before), labelled at
 * the top of the plot: the ten-day boundaries of a month's days. On horizontal bars, a
 * horizontal rule above the row. Not on donuts; an index past the last category draws none. */
void                 hk_chart_add_marker          (HkChart        *self,
                                                   guint           index,
                                                   const char     *label);
guint                hk_chart_get_n_markers       (HkChart        *self);
/* The category index the marker stands before, and its label (borrowed). */
guint                hk_chart_get_marker          (HkChart        *self,
                                                   guint           marker,
                                                   const char    **label);

/* Nothing to draw: no category, no series, or no value (a donut: no value above zero).
 * The renderer then says "No data". */
gboolean             hk_chart_is_empty            (HkChart        *self);
/* The point is drawn: it exists and has a value (a donut slice: above zero). */
gboolean             hk_chart_has_point           (HkChart        *self,
                                                   guint           series,
                                                   guint           index);
/* The point's value: NAN when it has none. */
double               hk_chart_get_value           (HkChart        *self,
                                                   guint           series,
                                                   guint           index);
/* The point as a tooltip and a screen reader say it: "Revenue, 21 Oct: ¥1,234.50"; a donut
 * slice adds its share: "Revenue, Cash: ¥1,234.50 (34.5 %)". */
char                *hk_chart_describe_point      (HkChart        *self,
                                                   guint           series,
                                                   guint           index);

G_END_DECLS
