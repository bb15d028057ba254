/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-view.h: a chart on the screen: theme colours, hover values, keyboard and screen readers.
 *
 * The view draws its chart with the renderer the files use (hk-chart-layout.h), in the colours
 * of the GTK theme, light or dark. Hovering a bar, point or slice shows its exact value in a
 * tooltip. The view takes keyboard focus: the arrow keys move between the points (along the
 * categories, and across the series), Home and End go to the first and last, a focus ring
 * marks the focused point, and its description ("Revenue, 21 Oct: ¥1,234.50") becomes the
 * view's accessible description, which screen readers announce; the accessible label is the
 * chart's title.
 */

#pragma once

#include <adwaita.h>

#include "reports/hk-chart-layout.h"

G_BEGIN_DECLS

#define HK_TYPE_CHART_VIEW (hk_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (HkChartView, hk_chart_view, HK, CHART_VIEW, GtkWidget)

GtkWidget     *hk_chart_view_new               (HkChart     *chart);
HkChart       *hk_chart_view_get_chart         (HkChartView *self);
/* Shows another chart, or the same one after it was changed. */
void           hk_chart_view_set_chart         (HkChartView *self,
                                                HkChart     *chart);

/* The focused point; FALSE when none is (the view never had focus, or the chart has no
 * point). */
gboolean       hk_chart_view_get_focus_point   (HkChartView *self,
                                                guint       *series,
                                                guint       *index);
/* Focuses a point that the chart draws; returns FALSE (and changes nothing) for another. */
gboolean       hk_chart_view_set_focus_point   (HkChartView *self,
                                                guint        series,
                                                guint        index);
/* What the screen reader is told: the focused point's description, or how to reach one. */
const char    *hk_chart_view_get_description   (HkChartView *self);
/* The layout of the last frame drawn: what hovering hits; NULL before the first. */
HkChartLayout *hk_chart_view_get_layout        (HkChartView *self);
/* The colours and type from the theme that the view draws with. */
const HkChartStyle *hk_chart_view_get_style    (HkChartView *self);

G_END_DECLS
