/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-style.h: the colours and type a chart is drawn with; the screen fills it from the theme.
 *
 * The renderer never picks a colour itself. The chart widget fills a style from the GTK theme
 * (light or dark); files and tests use hk_chart_style_init_light(), the light default.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Series colours; series and donut slices past the last one start over with the first. */
#define HK_CHART_PALETTE_SIZE 6

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} HkChartColor;

typedef struct
{
  HkChartColor  foreground;   /* text, axes */
  HkChartColor  background;   /* behind everything; alpha 0 leaves the surface as it is */
  HkChartColor  grid;         /* grid lines */
  HkChartColor  accent;       /* the keyboard focus ring, the target line */
  HkChartColor  palette[HK_CHART_PALETTE_SIZE];
  const char   *font_family;  /* borrowed; NULL: Sans, with the system's CJK fallback */
  double        font_size;    /* absolute, in the units of the cairo_t (pixels, or points) */
} HkChartStyle;

void hk_chart_style_init_light (HkChartStyle *style);
void hk_chart_style_init_dark  (HkChartStyle *style);

G_END_DECLS
