/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-category-axis.h: what a chart's values are for: names ("Cash") or dates (days, months).
 *
 * Every category is one slot on the axis (one bar, one point, one donut slice). An axis holds
 * categories of one kind: names, days or months. Dates are labelled in the current
 * translation ("21 Oct" / "10月21日"); when the labels do not all fit, only every n-th is
 * shown, on round steps (every 2, 5, 7 … days; every 2, 3, 6, 12 months).
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HK_CHART_CATEGORY_NAMES,
  HK_CHART_CATEGORY_DAYS,
  HK_CHART_CATEGORY_MONTHS,
} HkChartCategoryKind;

#define HK_TYPE_CHART_CATEGORY_AXIS (hk_chart_category_axis_get_type ())
G_DECLARE_FINAL_TYPE (HkChartCategoryAxis, hk_chart_category_axis, HK, CHART_CATEGORY_AXIS,
                      GObject)

HkChartCategoryAxis *hk_chart_category_axis_new              (void);
HkChartCategoryKind  hk_chart_category_axis_get_kind         (HkChartCategoryAxis *self);
guint                hk_chart_category_axis_get_n_categories (HkChartCategoryAxis *self);

/* Appends a named category; returns its index. */
guint                hk_chart_category_axis_append_name      (HkChartCategoryAxis *self,
                                                              const char          *name);
/* Appends a day ("2026-10-21") or a month ("2026-10"); returns its index, or G_MAXUINT
 * (and a critical) for text that is neither or a kind the axis does not hold. */
guint                hk_chart_category_axis_append_date      (HkChartCategoryAxis *self,
                                                              const char          *iso_date);

/* The category as a screen reader says it: "Cash", "21 Oct", "Oct 2026". */
char                *hk_chart_category_axis_get_label        (HkChartCategoryAxis *self,
                                                              guint                index);
/* The label under the axis. previous is the category labelled before it, or G_MAXUINT for
 * the first label: a month shows its year only when previous is in another year or is
 * none ("Oct 2025", "Nov", …, "Jan 2026"). */
char                *hk_chart_category_axis_get_tick_label   (HkChartCategoryAxis *self,
                                                              guint                index,
                                                              guint                previous);
/* The step between labelled categories: the smallest round step at least min_step. Names
 * step by any whole number. */
guint                hk_chart_category_axis_round_step       (HkChartCategoryAxis *self,
                                                              guint                min_step);

G_END_DECLS
