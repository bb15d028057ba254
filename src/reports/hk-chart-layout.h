/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-layout.h: the one renderer of charts — where everything goes, drawing it, hit testing.
 *
 * A layout is a chart measured for one size: the title, the legend, the axes with their
 * labels, and the place of every bar, point and slice. Drawing and hit testing both read the
 * same layout, so what the pointer is over is always what was drawn there. The screen keeps
 * the layout it drew with for hovering; files draw with hk_chart_render() (or
 * hk_chart_export()) and throw it away.
 *
 * Everything is in the units of the cairo_t: pixels on an image surface or the screen,
 * points in a PDF. Text is measured with Pango on that cairo_t.
 *
 * An empty chart (hk_chart_is_empty()) is drawn as its title and "No data".
 */

#pragma once

#include <cairo.h>

#include "hk-chart-style.h"
#include "hk-chart.h"

G_BEGIN_DECLS

/* The parts of a chart. Nothing is drawn outside them but the background. */
typedef enum
{
  HK_CHART_AREA_TITLE,
  HK_CHART_AREA_LEGEND,           /* empty when there is none */
  HK_CHART_AREA_PLOT,             /* bars, lines, slices, their value labels, the target line;
                                   * "No data" when empty */
  HK_CHART_AREA_VALUE_LABELS,     /* the value axis' tick labels */
  HK_CHART_AREA_CATEGORY_LABELS,  /* the names or dates of the categories */
  HK_CHART_N_AREAS
} HkChartArea;

typedef struct _HkChartLayout HkChartLayout;

void           hk_chart_render                (HkChart            *chart,
                                               cairo_t            *cr,
                                               double              width,
                                               double              height,
                                               const HkChartStyle *style);

HkChartLayout *hk_chart_layout_new            (HkChart            *chart,
                                               cairo_t            *cr,
                                               double              width,
                                               double              height,
                                               const HkChartStyle *style);
void           hk_chart_layout_free           (HkChartLayout      *self);

HkChart       *hk_chart_layout_get_chart      (HkChartLayout      *self);
void           hk_chart_layout_get_size       (HkChartLayout      *self,
                                               double             *width,
                                               double             *height);
void           hk_chart_layout_get_area       (HkChartLayout      *self,
                                               HkChartArea         area,
                                               cairo_rectangle_t  *rect);

/* Draws the chart at (0, 0) of cr, in the style's colours (its font was used to measure). */
void           hk_chart_layout_draw           (HkChartLayout      *self,
                                               cairo_t            *cr,
                                               const HkChartStyle *style);
/* Outlines one point — the keyboard focus, the hovered bar — in color, on a halo of the
 * style's background. */
void           hk_chart_layout_draw_highlight (HkChartLayout      *self,
                                               cairo_t            *cr,
                                               const HkChartStyle *style,
                                               const HkChartColor *color,
                                               guint               series,
                                               guint               index);

/* The point drawn at (x, y): over a bar's column, nearest a line's point in its category's
 * column, over a slice. Returns FALSE over none. */
gboolean       hk_chart_layout_hit_test       (HkChartLayout      *self,
                                               double              x,
                                               double              y,
                                               guint              *series,
                                               guint              *index);
/* Where a point is drawn: the bar; a box around a line's point or a slice's middle. Returns
 * FALSE for a point that is not drawn. */
gboolean       hk_chart_layout_get_point_area (HkChartLayout      *self,
                                               guint               series,
                                               guint               index,
                                               cairo_rectangle_t  *rect);

/* Where a marker's rule is drawn: x on vertical charts, y on horizontal bars. Returns FALSE
 * for a marker that is not drawn (a donut, an empty chart, an index past the categories). */
gboolean       hk_chart_layout_get_marker_pos (HkChartLayout      *self,
                                               guint               marker,
                                               double             *pos);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkChartLayout, hk_chart_layout_free)

G_END_DECLS
