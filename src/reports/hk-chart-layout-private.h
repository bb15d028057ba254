/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-layout-private.h: what the chart layout and its layers (bars, lines, donut) share. */

#pragma once

#include <pango/pangocairo.h>

#include "hk-chart-layout.h"

G_BEGIN_DECLS

typedef enum
{
  CHART_FONT_TITLE,
  CHART_FONT_LABEL,
  CHART_FONT_SMALL,
  CHART_FONT_CENTRE,
  CHART_N_FONTS
} ChartFont;

typedef enum
{
  CHART_INK_FOREGROUND,
  CHART_INK_MUTED,
} ChartInk;

/* A piece of text, placed: its logical box's top left corner and size. */
typedef struct
{
  char           *text;
  ChartFont       font;
  ChartInk        ink;
  double          x;
  double          y;
  double          width;
  double          height;
  double          wrap_width;  /* -1: one line, as long as it is */
  int             max_lines;
  PangoAlignment  align;
  gboolean        boxed;       /* on a patch of the background, over bars or slices */
} ChartText;

/* A drawn point. */
typedef struct
{
  guint             series;
  guint             index;
  guint             look;    /* which colour and pattern (or line style) */
  cairo_rectangle_t shape;   /* the bar; the box of a line's marker or a slice's middle */
  cairo_rectangle_t hit;     /* the pointer over this selects the point (nearest wins) */
  double            angle1;  /* a slice, clockwise from the top, in radians */
  double            angle2;
} ChartMark;

typedef struct
{
  guint             look;
  gboolean          line;    /* a line's swatch: a stroke and its marker */
  cairo_rectangle_t swatch;
} ChartLegendEntry;

struct _HkChartLayout
{
  HkChart              *chart;
  HkChartKind           kind;
  double                width;
  double                height;
  double                font_size;
  PangoFontDescription *fonts[CHART_N_FONTS];
  PangoLayout          *measure;   /* only while laying out */

  gboolean              empty;
  cairo_rectangle_t     areas[HK_CHART_N_AREAS];

  /* Cartesian charts: the value range maps onto scale (bottom to top, or left to right). */
  gboolean              horizontal;
  cairo_rectangle_t     scale;
  HkChartTicks          ticks;
  double                band;      /* the width (height) of one category */
  gboolean              exact_values;  /* values beside bars exact ("¥120.50"), not short */
  gboolean              has_target;
  double                target;
  GArray               *rules;     /* double: where each marker's rule is drawn, or NAN */

  /* Donut. */
  double                cx;
  double                cy;
  double                outer;
  double                inner;

  GArray               *texts;     /* ChartText */
  GArray               *marks;     /* ChartMark */
  GArray               *legend;    /* ChartLegendEntry */
};

/* Measuring and placing text (hk-chart-layout.c). */
void       chart_layout_measure      (HkChartLayout *self,
                                      const char    *text,
                                      ChartFont      font,
                                      double         wrap_width,
                                      int            max_lines,
                                      double        *width,
                                      double        *height);
ChartText *chart_layout_add_text     (HkChartLayout *self,
                                      const char    *text,
                                      ChartFont      font,
                                      ChartInk       ink,
                                      double         x,
                                      double         y,
                                      double         wrap_width,
                                      int            max_lines,
                                      PangoAlignment align);
double     chart_layout_line_height  (HkChartLayout *self,
                                      ChartFont      font);
double     chart_layout_value_to_pos (HkChartLayout *self,
                                      double         value);
char      *chart_layout_format_value_label (HkChartLayout *self,
                                      double         value);

/* The layers (hk-chart-layers.c). */
void       chart_layers_place        (HkChartLayout *self,
                                      gboolean       value_labels);
gboolean   chart_layers_want_value_labels (HkChartLayout *self,
                                      double         max_label_width);
void       chart_layers_draw         (HkChartLayout *self,
                                      cairo_t       *cr,
                                      const HkChartStyle *style);
void       chart_layers_draw_swatch  (HkChartLayout *self,
                                      cairo_t       *cr,
                                      const HkChartStyle *style,
                                      const ChartLegendEntry *entry);
void       chart_layers_outline      (HkChartLayout *self,
                                      cairo_t       *cr,
                                      const ChartMark *mark,
                                      double         grow);
double     chart_layers_donut_total  (HkChart       *chart);

G_END_DECLS
