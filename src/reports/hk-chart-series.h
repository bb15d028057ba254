/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-series.h: one named row of values of a chart, one value per category.
 *
 * Values are in the unit of the chart's value axis: fen for money, a number of things for
 * counts, a fraction for ratios (0.953 is 95.3 %). NAN is "no value": nothing is drawn for
 * it, and keyboard focus skips it.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_CHART_SERIES (hk_chart_series_get_type ())
G_DECLARE_FINAL_TYPE (HkChartSeries, hk_chart_series, HK, CHART_SERIES, GObject)

HkChartSeries *hk_chart_series_new          (const char    *name);
const char    *hk_chart_series_get_name     (HkChartSeries *self);
void           hk_chart_series_append       (HkChartSeries *self,
                                             double         value);
guint          hk_chart_series_get_n_values (HkChartSeries *self);
/* NAN past the last value. */
double         hk_chart_series_get_value    (HkChartSeries *self,
                                             guint          index);

G_END_DECLS
