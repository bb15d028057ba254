/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-layout.c: the one renderer of charts — where everything goes, drawing it, hit testing.
 *
 * Laying out goes from the outside in: the title on top; the legend under it (or, for a
 * donut, beside it); the labels of the axes, measured, around the plot; the plot gets what is
 * left. The value axis gets as many round ticks as fit its length; the category axis labels
 * every category when the labels fit, else every n-th on a round step. The layers
 * (hk-chart-layers.c) then place the bars, points or slices in the plot.
 *
 * Every text is measured here and kept with its place, so drawing is a walk over what was
 * placed and cannot disagree with the hit test.
 */

#include "config.h"

#include "hk-chart-layout-private.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#define DEFAULT_FONT_FAMILY "Sans"
#define DEFAULT_FONT_SIZE   11.0

/* In units of the font size. */
#define MARGIN       0.75
#define GAP          0.5
#define MIN_NAME     3.0   /* the narrowest a category name may be squeezed to */
#define ENTRY_GAP    1.2   /* between legend entries on one row */

static void
clear_text (gpointer data)
{
  ChartText *text = data;

  g_clear_pointer (&text->text, g_free);
}

static PangoFontDescription *
make_font (const char  *family,
           double       size,
           PangoWeight  weight)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);

  return font;
}

/* Sets up a Pango layout for a text as it is measured and drawn. */
static void
prepare_layout (PangoLayout                *layout,
                const PangoFontDescription *font,
                const char                 *text,
                double                      wrap_width,
                int                         max_lines,
                PangoAlignment              align)
{
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout, align);

  if (wrap_width > 0.0)
    {
      pango_layout_set_width (layout, (int) (wrap_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -MAX (max_lines, 1));
    }
  else
    {
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
      pango_layout_set_height (layout, -1);
    }
}

void
chart_layout_measure (HkChartLayout *self,
                      const char    *text,
                      ChartFont      font,
                      double         wrap_width,
                      int            max_lines,
                      double        *width,
                      double        *height)
{
  PangoRectangle logical;

  prepare_layout (self->measure, self->fonts[font], text, wrap_width, max_lines,
                  PANGO_ALIGN_LEFT);
  pango_layout_get_extents (self->measure, NULL, &logical);

  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

double
chart_layout_line_height (HkChartLayout *self,
                          ChartFont      font)
{
  double height;

  chart_layout_measure (self, "Ag国", font, -1, 1, NULL, &height);

  return height;
}

/* Places a text with its top left corner (of its wrap box, when it wraps) at x, y. The
 * returned text is valid until the next one is added. */
ChartText *
chart_layout_add_text (HkChartLayout  *self,
                       const char     *text,
                       ChartFont       font,
                       ChartInk        ink,
                       double          x,
                       double          y,
                       double          wrap_width,
                       int             max_lines,
                       PangoAlignment  align)
{
  ChartText placed = { 0 };

  placed.text = g_strdup (text);
  placed.font = font;
  placed.ink = ink;
  placed.x = x;
  placed.y = y;
  placed.wrap_width = wrap_width;
  placed.max_lines = max_lines;
  placed.align = align;
  chart_layout_measure (self, text, font, wrap_width, max_lines, &placed.width, &placed.height);
  g_array_append_val (self->texts, placed);

  return &g_array_index (self->texts, ChartText, self->texts->len - 1);
}

double
chart_layout_value_to_pos (HkChartLayout *self,
                           double         value)
{
  double t = (value - self->ticks.min) / (self->ticks.max - self->ticks.min);

  t = CLAMP (t, 0.0, 1.0);

  if (self->horizontal)
    return self->scale.x + self->scale.width * t;

  return self->scale.y + self->scale.height * (1.0 - t);
}

/* The lowest and highest value drawn, zero and the target included; a stack counts as its
 * sums above and below zero. */
static void
get_data_range (HkChart *chart,
                double  *low,
                double  *high)
{
  guint n = hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (chart));
  guint n_series = hk_chart_get_n_series (chart);
  double target;

  *low = 0.0;
  *high = 0.0;

  for (guint i = 0; i < n; i++)
    {
      double above = 0.0;
      double below = 0.0;

      for (guint s = 0; s < n_series; s++)
        {
          double value = hk_chart_get_value (chart, s, i);

          if (isnan (value))
            continue;

          if (hk_chart_get_kind (chart) == HK_CHART_STACKED_BARS)
            {
              if (value >= 0.0)
                above += value;
              else
                below += value;
            }
          else
            {
              *low = MIN (*low, value);
              *high = MAX (*high, value);
            }
        }

      *low = MIN (*low, below);
      *high = MAX (*high, above);
    }

  if (hk_chart_get_target (chart, &target))
    {
      *low = MIN (*low, target);
      *high = MAX (*high, target);
    }
}

/* The label beside a bar: exact when they all fit, else short. */
char *
chart_layout_format_value_label (HkChartLayout *self,
                                 double         value)
{
  HkChartValueAxis *axis = hk_chart_get_value_axis (self->chart);

  if (self->exact_values)
    return hk_chart_value_axis_format_value (axis, value);

  return hk_chart_value_axis_format_short (axis, value);
}

/* The widest label of a value that a bar end could carry. */
static double
get_widest_value_label (HkChartLayout *self)
{
  guint n = hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (self->chart));
  guint n_series = hk_chart_get_n_series (self->chart);
  double widest = 0.0;

  for (guint i = 0; i < n; i++)
    {
      double sum = 0.0;

      for (guint s = 0; s < n_series; s++)
        {
          double value = hk_chart_get_value (self->chart, s, i);

          if (isnan (value))
            continue;

          if (self->kind == HK_CHART_STACKED_BARS)
            {
              sum += MAX (value, 0.0);
            }
          else
            {
              g_autofree char *label = chart_layout_format_value_label (self, value);
              double width;

              chart_layout_measure (self, label, CHART_FONT_SMALL, -1, 1, &width, NULL);
              widest = MAX (widest, width);
            }
        }

      if (self->kind == HK_CHART_STACKED_BARS)
        {
          g_autofree char *label = chart_layout_format_value_label (self, sum);
          double width;

          chart_layout_measure (self, label, CHART_FONT_SMALL, -1, 1, &width, NULL);
          widest = MAX (widest, width);
        }
    }

  return widest;
}

/* The tick label of each category, with the year of a month where it changes. previous is
 * the index of the last labelled category, updated. */
static char *
get_category_tick (HkChartLayout *self,
                   guint          index,
                   guint         *previous)
{
  HkChartCategoryAxis *axis = hk_chart_get_category_axis (self->chart);
  char *label = hk_chart_category_axis_get_tick_label (axis, index, *previous);

  *previous = index;

  return label;
}

/* The widest category label as the axis could show it (a month with its year). */
static double
get_widest_category_label (HkChartLayout *self)
{
  HkChartCategoryAxis *axis = hk_chart_get_category_axis (self->chart);
  guint n = hk_chart_category_axis_get_n_categories (axis);
  double widest = 0.0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = hk_chart_category_axis_get_tick_label (axis, i, G_MAXUINT);
      double width;

      chart_layout_measure (self, label, CHART_FONT_SMALL, -1, 1, &width, NULL);
      widest = MAX (widest, width);
    }

  return widest;
}

/* Legend entries flowed into rows from (x, y) within width; returns their height. The
 * entries' swatches are placed; their texts are added. */
static double
flow_legend (HkChartLayout  *self,
             GPtrArray      *labels,
             const guint    *looks,
             gboolean        lines,
             double          x,
             double          y,
             double          width)
{
  double line_height = chart_layout_line_height (self, CHART_FONT_SMALL);
  double swatch = lines ? line_height * 1.6 : line_height * 0.75;
  double gap = self->font_size * GAP;
  double cursor = x;
  double row = y;

  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = g_ptr_array_index (labels, i);
      ChartLegendEntry entry = { 0 };
      double text_width;
      double entry_width;

      chart_layout_measure (self, label, CHART_FONT_SMALL, MAX (width - swatch - gap, 1.0), 1,
                            &text_width, NULL);
      entry_width = swatch + gap + text_width;

      if (cursor > x && cursor + entry_width > x + width)
        {
          cursor = x;
          row += line_height;
        }

      entry.look = looks[i];
      entry.line = lines;
      entry.swatch.x = cursor;
      entry.swatch.y = row + (line_height - MIN (swatch, line_height * 0.75)) / 2.0;
      entry.swatch.width = swatch;
      entry.swatch.height = MIN (swatch, line_height * 0.75);
      g_array_append_val (self->legend, entry);

      chart_layout_add_text (self, label, CHART_FONT_SMALL, CHART_INK_FOREGROUND,
                             cursor + swatch + gap, row, MAX (width - swatch - gap, 1.0), 1,
                             PANGO_ALIGN_LEFT);
      cursor += entry_width + self->font_size * ENTRY_GAP;
    }

  return labels->len == 0 ? 0.0 : row + line_height - y;
}

/* The legend of a chart of several series, under the title; returns its height. */
static double
place_series_legend (HkChartLayout *self,
                     double         y)
{
  guint n_series = hk_chart_get_n_series (self->chart);
  double margin = self->font_size * MARGIN;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree guint *looks = g_new0 (guint, MAX (n_series, 1));
  double height;

  if (n_series < 2)
    return 0.0;

  for (guint s = 0; s < n_series; s++)
    {
      HkChartSeries *series = hk_chart_get_series (self->chart, s);

      g_ptr_array_add (labels, (gpointer) hk_chart_series_get_name (series));
      looks[s] = s;
    }

  height = flow_legend (self, labels, looks, self->kind == HK_CHART_LINES, margin, y,
                        self->width - 2 * margin);
  self->areas[HK_CHART_AREA_LEGEND] = (cairo_rectangle_t) { margin, y, self->width - 2 * margin,
                                                            height };

  return height;
}

static void
place_value_tick_labels (HkChartLayout *self,
                         char         **labels,
                         double         right)
{
  double margin = self->font_size * MARGIN;

  for (guint i = 0; i < self->ticks.n_ticks; i++)
    {
      double pos = chart_layout_value_to_pos (self, hk_chart_ticks_get_value (&self->ticks, i));
      double width;
      double height;

      chart_layout_measure (self, labels[i], CHART_FONT_SMALL, -1, 1, &width, &height);

      if (self->horizontal)
        {
          double x = CLAMP (pos - width / 2.0, margin, self->width - margin - width);

          chart_layout_add_text (self, labels[i], CHART_FONT_SMALL, CHART_INK_MUTED, x,
                                 self->scale.y + self->scale.height + self->font_size * GAP / 2,
                                 -1, 1, PANGO_ALIGN_LEFT);
        }
      else
        {
          chart_layout_add_text (self, labels[i], CHART_FONT_SMALL, CHART_INK_MUTED,
                                 right - width, pos - height / 2.0, -1, 1, PANGO_ALIGN_LEFT);
        }
    }
}

/* The markers' rules between categories, and their labels at the rule's top end (vertical
 * charts: right of the rule, or left of it where there is no room; horizontal bars: above the
 * rule at the plot's right end), on a patch of background. */
static void
place_markers (HkChartLayout *self)
{
  guint n = hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (self->chart));
  cairo_rectangle_t *plot = &self->areas[HK_CHART_AREA_PLOT];
  double gap = self->font_size * 0.25;

  for (guint m = 0; m < hk_chart_get_n_markers (self->chart); m++)
    {
      const char *label = NULL;
      guint index = hk_chart_get_marker (self->chart, m, &label);
      double pos = NAN;
      double width = 0.0;
      double height = 0.0;

      if (index <= n)
        pos = self->horizontal ? self->scale.y + self->band * index
                               : self->scale.x + self->band * index;
      g_array_append_val (self->rules, pos);

      if (isnan (pos) || label == NULL || *label == '\0')
        continue;

      chart_layout_measure (self, label, CHART_FONT_SMALL, -1, 1, &width, &height);
      if (self->horizontal)
        {
          chart_layout_add_text (self, label, CHART_FONT_SMALL, CHART_INK_MUTED,
                                 self->scale.x + self->scale.width - width,
                                 MAX (pos - height - 1, plot->y), -1, 1,
                                 PANGO_ALIGN_LEFT)->boxed = TRUE;
        }
      else
        {
          double x = pos + gap;

          if (x + width > self->scale.x + self->scale.width)
            x = pos - gap - width;
          chart_layout_add_text (self, label, CHART_FONT_SMALL, CHART_INK_MUTED, x, plot->y,
                                 -1, 1, PANGO_ALIGN_LEFT)->boxed = TRUE;
        }
    }
}

/* Bars, stacked bars and lines: values up, categories along. */
static void
place_vertical (HkChartLayout *self,
                double         top)
{
  HkChartCategoryAxis *categories = hk_chart_get_category_axis (self->chart);
  HkChartValueAxis *values = hk_chart_get_value_axis (self->chart);
  guint n = hk_chart_category_axis_get_n_categories (categories);
  gboolean names = hk_chart_category_axis_get_kind (categories) == HK_CHART_CATEGORY_NAMES;
  double font_size = self->font_size;
  double margin = font_size * MARGIN;
  double gap = font_size * GAP;
  double line_height = chart_layout_line_height (self, CHART_FONT_SMALL);
  g_auto(GStrv) tick_labels = NULL;
  int category_lines = 1;
  double tick_width = 0.0;
  double widest_value;
  double low;
  double high;
  double top_pad;
  double bottom_pad;
  double bottom;
  double left;
  double label_y;
  guint max_ticks;
  guint step;
  guint previous = G_MAXUINT;
  double last_right = -G_MAXDOUBLE;
  double target_width = 0.0;
  gboolean value_labels;

  /* Names that do not fit their estimated slot wrap onto a second line. */
  self->band = MAX (self->width - 2 * margin - 4 * font_size, 1.0) / n;
  if (names)
    for (guint i = 0; i < n && category_lines == 1; i++)
      {
        g_autofree char *label = hk_chart_category_axis_get_label (categories, i);
        double width;

        chart_layout_measure (self, label, CHART_FONT_SMALL, -1, 1, &width, NULL);
        if (width > self->band - 2)
          category_lines = 2;
      }

  /* Exact values beside the bars when they fit, else short ones, else none. */
  self->exact_values = TRUE;
  widest_value = get_widest_value_label (self);
  value_labels = chart_layers_want_value_labels (self, widest_value);
  if (!value_labels)
    {
      self->exact_values = FALSE;
      widest_value = get_widest_value_label (self);
      value_labels = chart_layers_want_value_labels (self, widest_value);
    }

  top_pad = line_height / 2.0;
  if (value_labels)
    top_pad = line_height + 2.0;
  else if (self->kind == HK_CHART_LINES)
    top_pad = MAX (top_pad, font_size * 0.5);

  /* Labels under the bars below zero need room under the lowest. */
  get_data_range (self->chart, &low, &high);
  bottom_pad = value_labels && low < 0.0 ? line_height + 2.0 : 0.0;

  bottom = self->height - margin - category_lines * line_height - gap / 2;
  self->scale.y = top + top_pad;
  self->scale.height = MAX (bottom - bottom_pad - self->scale.y, 1.0);

  max_ticks = (guint) CLAMP (self->scale.height / (line_height * 1.8) + 1, 2, 8);
  hk_chart_value_axis_compute_ticks (values, low, high, max_ticks, &self->ticks);
  tick_labels = hk_chart_value_axis_format_ticks (values, &self->ticks);
  for (guint i = 0; tick_labels[i] != NULL; i++)
    {
      double width;

      chart_layout_measure (self, tick_labels[i], CHART_FONT_SMALL, -1, 1, &width, NULL);
      tick_width = MAX (tick_width, width);
    }

  /* The target's label goes right of the plot, at the line's end. */
  if (hk_chart_get_target (self->chart, NULL))
    {
      g_autofree char *label = hk_chart_get_target_label (self->chart);

      chart_layout_measure (self, label, CHART_FONT_SMALL, -1, 1, &target_width, NULL);
      target_width += gap;
    }

  left = margin + tick_width + gap;
  self->scale.x = left;
  self->scale.width = MAX (self->width - margin - target_width - left, 1.0);
  self->band = self->scale.width / n;

  /* The estimate may have been too generous: no labels over the neighbours'. */
  value_labels = value_labels && chart_layers_want_value_labels (self, widest_value);

  place_value_tick_labels (self, tick_labels, left - gap);

  /* Category labels: every one that fits, else every step-th. */
  if (names)
    {
      step = self->band >= font_size * MIN_NAME ? 1 :
             (guint) ceil (font_size * MIN_NAME / self->band);
    }
  else
    {
      double widest = get_widest_category_label (self);

      step = hk_chart_category_axis_round_step (categories,
                                                (guint) ceil ((widest + gap) / self->band));
    }

  label_y = bottom + gap / 2;
  for (guint i = 0; i < n; i += step)
    {
      double centre = self->scale.x + self->band * (i + 0.5);

      if (names)
        {
          g_autofree char *label = hk_chart_category_axis_get_label (categories, i);
          double wrap = self->band * step - 2;

          chart_layout_add_text (self, label, CHART_FONT_SMALL, CHART_INK_FOREGROUND,
                                 centre - wrap / 2, label_y, wrap, category_lines,
                                 PANGO_ALIGN_CENTER);
        }
      else
        {
          guint before = previous;
          g_autofree char *label = get_category_tick (self, i, &previous);
          double width;
          double x;

          chart_layout_measure (self, label, CHART_FONT_SMALL, -1, 1, &width, NULL);
          x = CLAMP (centre - width / 2, margin, self->width - margin - width);

          /* The last label, pushed in from the edge, may run into the one before: drop it. */
          if (x < last_right + gap)
            {
              previous = before;
              continue;
            }
          chart_layout_add_text (self, label, CHART_FONT_SMALL, CHART_INK_FOREGROUND, x,
                                 label_y, -1, 1, PANGO_ALIGN_LEFT);
          last_right = x + width;
        }
    }

  self->areas[HK_CHART_AREA_PLOT] = (cairo_rectangle_t) {
    self->scale.x, top, self->scale.width + target_width, bottom - top };
  self->areas[HK_CHART_AREA_VALUE_LABELS] = (cairo_rectangle_t) {
    margin, top, tick_width + gap, bottom + line_height / 2 - top };
  self->areas[HK_CHART_AREA_CATEGORY_LABELS] = (cairo_rectangle_t) {
    margin, bottom, self->width - 2 * margin, self->height - margin - bottom };

  chart_layers_place (self, value_labels);
  place_markers (self);
}

/* Horizontal bars: a row per category, its name on the left, the value at the bar's end. */
static void
place_horizontal (HkChartLayout *self,
                  double         top)
{
  HkChartCategoryAxis *categories = hk_chart_get_category_axis (self->chart);
  HkChartValueAxis *values = hk_chart_get_value_axis (self->chart);
  guint n = hk_chart_category_axis_get_n_categories (categories);
  double font_size = self->font_size;
  double margin = font_size * MARGIN;
  double gap = font_size * GAP;
  double line_height = chart_layout_line_height (self, CHART_FONT_SMALL);
  g_auto(GStrv) tick_labels = NULL;
  double names_width;
  double value_width;
  double bottom;
  double low;
  double high;
  guint max_ticks;
  guint step;
  guint previous = G_MAXUINT;
  gboolean value_labels;

  names_width = MIN (get_widest_category_label (self), (self->width - 2 * margin) * 0.4);
  /* Exact values after the bars, unless they would take too much of the width. */
  self->exact_values = TRUE;
  value_width = get_widest_value_label (self) + gap;
  if (value_width > (self->width - 2 * margin) * 0.2)
    {
      self->exact_values = FALSE;
      value_width = get_widest_value_label (self) + gap;
    }

  /* The values go after the bars' ends: right of the plot, and left of it for bars below
   * zero. */
  get_data_range (self->chart, &low, &high);
  self->horizontal = TRUE;
  self->scale.x = margin + names_width + gap + (low < 0.0 ? value_width : 0.0);
  self->scale.width = MAX (self->width - margin - value_width - self->scale.x, 1.0);
  self->scale.y = top + line_height / 4;
  if (hk_chart_get_target (self->chart, NULL))
    self->scale.y = top + line_height + 2;
  bottom = self->height - margin - line_height - gap / 2;
  self->scale.height = MAX (bottom - self->scale.y, 1.0);
  self->band = self->scale.height / n;

  /* As many ticks as their labels leave room for. */
  max_ticks = (guint) CLAMP (self->scale.width / (font_size * 5), 2, 8);
  for (;;)
    {
      double widest = 0.0;

      hk_chart_value_axis_compute_ticks (values, low, high, max_ticks, &self->ticks);
      g_clear_pointer (&tick_labels, g_strfreev);
      tick_labels = hk_chart_value_axis_format_ticks (values, &self->ticks);
      for (guint i = 0; tick_labels[i] != NULL; i++)
        {
          double width;

          chart_layout_measure (self, tick_labels[i], CHART_FONT_SMALL, -1, 1, &width, NULL);
          widest = MAX (widest, width);
        }

      if ((widest + font_size) * (self->ticks.n_ticks - 1) <= self->scale.width ||
          max_ticks <= 2 || self->ticks.n_ticks <= 2)
        break;
      max_ticks = MIN (max_ticks, self->ticks.n_ticks) - 1;
    }

  place_value_tick_labels (self, tick_labels, 0.0);

  value_labels = chart_layers_want_value_labels (self, value_width);

  step = self->band >= line_height ? 1 : (guint) ceil (line_height / self->band);
  step = hk_chart_category_axis_round_step (categories, step);
  for (guint i = 0; i < n; i += step)
    {
      g_autofree char *label = get_category_tick (self, i, &previous);
      double centre = self->scale.y + self->band * (i + 0.5);
      double width;
      double height;

      chart_layout_measure (self, label, CHART_FONT_SMALL, names_width, 1, &width, &height);
      chart_layout_add_text (self, label, CHART_FONT_SMALL, CHART_INK_FOREGROUND,
                             margin + names_width - width, centre - height / 2, names_width, 1,
                             PANGO_ALIGN_LEFT);
    }

  self->areas[HK_CHART_AREA_PLOT] = (cairo_rectangle_t) {
    margin + names_width + gap, top, self->width - 2 * margin - names_width - gap, bottom - top };
  self->areas[HK_CHART_AREA_CATEGORY_LABELS] = (cairo_rectangle_t) {
    margin, top, names_width + gap, bottom - top };
  self->areas[HK_CHART_AREA_VALUE_LABELS] = (cairo_rectangle_t) {
    margin, bottom, self->width - 2 * margin, self->height - margin - bottom };

  chart_layers_place (self, value_labels);
  place_markers (self);
}

/* A donut with its legend beside it, or under it when there is no room beside. */
static void
place_donut (HkChartLayout *self,
             double         top)
{
  HkChartCategoryAxis *categories = hk_chart_get_category_axis (self->chart);
  HkChartSeries *series = hk_chart_get_series (self->chart, 0);
  guint n = hk_chart_category_axis_get_n_categories (categories);
  double font_size = self->font_size;
  double margin = font_size * MARGIN;
  double gap = font_size * GAP;
  double line_height = chart_layout_line_height (self, CHART_FONT_SMALL);
  double available_width = self->width - 2 * margin;
  double available_height = MAX (self->height - margin - top, 1.0);
  double total = chart_layers_donut_total (self->chart);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree guint *looks = g_new0 (guint, MAX (n, 1));
  double widest = 0.0;
  double side_width;
  double diameter;
  double legend_height;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = NULL;
      double value = hk_chart_series_get_value (series, i);
      double width;

      if (!hk_chart_has_point (self->chart, 0, i))
        continue;

      name = hk_chart_category_axis_get_label (categories, i);
      looks[labels->len] = i;
      g_ptr_array_add (labels, g_strdup_printf ("%s  %.1f %%", name, 100.0 * value / total));
      chart_layout_measure (self, g_ptr_array_index (labels, labels->len - 1), CHART_FONT_SMALL,
                            -1, 1, &width, NULL);
      widest = MAX (widest, width);
    }

  side_width = MIN (line_height * 0.75 + gap + widest, available_width * 0.5);
  diameter = MIN (available_height, available_width - side_width - 2 * font_size);
  legend_height = labels->len * line_height;

  if (diameter >= font_size * 8 && legend_height <= available_height)
    {
      /* Side by side, the pair centred. */
      double group = diameter + 2 * font_size + side_width;
      double x = margin + (available_width - group) / 2;
      double y = top + (available_height - legend_height) / 2;

      self->outer = diameter / 2;
      self->cx = x + self->outer;
      self->cy = top + available_height / 2;

      for (guint i = 0; i < labels->len; i++)
        {
          g_autoptr(GPtrArray) one = g_ptr_array_new ();

          g_ptr_array_add (one, g_ptr_array_index (labels, i));
          flow_legend (self, one, &looks[i], FALSE, x + diameter + 2 * font_size,
                       y + i * line_height, side_width);
        }
      self->areas[HK_CHART_AREA_LEGEND] = (cairo_rectangle_t) {
        x + diameter + 2 * font_size, y, side_width, legend_height };
    }
  else
    {
      /* Legend under the donut. */
      double height = 0.0;

      /* Measure first: the flow's height decides the donut's size. */
      for (int pass = 0; pass < 2; pass++)
        {
          guint n_texts = self->texts->len;

          g_array_set_size (self->legend, 0);
          height = flow_legend (self, labels, looks, FALSE, margin,
                                pass == 0 ? top : top + diameter + gap, available_width);
          diameter = MAX (MIN (available_width, available_height - height - gap), 1.0);
          if (pass == 0)
            g_array_set_size (self->texts, n_texts);
        }

      self->outer = diameter / 2;
      self->cx = self->width / 2;
      self->cy = top + self->outer;
      self->areas[HK_CHART_AREA_LEGEND] = (cairo_rectangle_t) {
        margin, top + diameter + gap, available_width, height };
    }

  self->inner = self->outer * 0.58;
  self->areas[HK_CHART_AREA_PLOT] = (cairo_rectangle_t) {
    self->cx - self->outer, self->cy - self->outer, 2 * self->outer, 2 * self->outer };

  chart_layers_place (self, TRUE);
}

/**
 * hk_chart_layout_new:
 * @chart: the chart
 * @cr: a cairo context like the one it will be drawn on; its text is measured there
 * @width: the chart's width, in the units of @cr
 * @height: its height
 * @style: the style whose font it is drawn with
 *
 * Lays @chart out for a @width × @height rectangle at (0, 0).
 *
 * Returns: (transfer full): the layout; free it with hk_chart_layout_free()
 */
HkChartLayout *
hk_chart_layout_new (HkChart            *chart,
                     cairo_t            *cr,
                     double              width,
                     double              height,
                     const HkChartStyle *style)
{
  g_autoptr(HkChartLayout) self = NULL;
  const char *family;
  double margin;
  double title_height;
  double top;

  g_return_val_if_fail (HK_IS_CHART (chart), NULL);
  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  self = g_new0 (HkChartLayout, 1);
  self->chart = g_object_ref (chart);
  self->kind = hk_chart_get_kind (chart);
  self->width = MAX (width, 1.0);
  self->height = MAX (height, 1.0);
  self->font_size = style->font_size > 0.0 ? style->font_size : DEFAULT_FONT_SIZE;
  self->texts = g_array_new (FALSE, TRUE, sizeof (ChartText));
  g_array_set_clear_func (self->texts, clear_text);
  self->marks = g_array_new (FALSE, TRUE, sizeof (ChartMark));
  self->legend = g_array_new (FALSE, TRUE, sizeof (ChartLegendEntry));
  self->rules = g_array_new (FALSE, TRUE, sizeof (double));

  family = style->font_family != NULL ? style->font_family : DEFAULT_FONT_FAMILY;
  self->fonts[CHART_FONT_TITLE] = make_font (family, self->font_size * 1.15, PANGO_WEIGHT_BOLD);
  self->fonts[CHART_FONT_LABEL] = make_font (family, self->font_size, PANGO_WEIGHT_NORMAL);
  self->fonts[CHART_FONT_SMALL] = make_font (family, self->font_size * 0.9, PANGO_WEIGHT_NORMAL);
  self->fonts[CHART_FONT_CENTRE] = make_font (family, self->font_size * 1.25, PANGO_WEIGHT_BOLD);
  self->measure = pango_cairo_create_layout (cr);

  margin = self->font_size * MARGIN;

  chart_layout_add_text (self, hk_chart_get_title (chart), CHART_FONT_TITLE,
                         CHART_INK_FOREGROUND, margin, margin, self->width - 2 * margin, 1,
                         PANGO_ALIGN_LEFT);
  title_height = g_array_index (self->texts, ChartText, 0).height;
  self->areas[HK_CHART_AREA_TITLE] = (cairo_rectangle_t) { margin, margin,
                                                           self->width - 2 * margin,
                                                           title_height };
  top = margin + title_height + self->font_size * GAP;

  self->empty = hk_chart_is_empty (chart);

  if (self->empty)
    {
      /* Translators: what a chart without values shows instead */
      const char *no_data = C_("chart", "No data");
      cairo_rectangle_t plot = { margin, top, self->width - 2 * margin,
                                 MAX (self->height - margin - top, 1.0) };
      double text_width;
      double text_height;

      chart_layout_measure (self, no_data, CHART_FONT_LABEL, -1, 1, &text_width, &text_height);
      chart_layout_add_text (self, no_data, CHART_FONT_LABEL, CHART_INK_MUTED,
                             plot.x + (plot.width - text_width) / 2,
                             plot.y + (plot.height - text_height) / 2, -1, 1, PANGO_ALIGN_LEFT);
      self->areas[HK_CHART_AREA_PLOT] = plot;
    }
  else if (self->kind == HK_CHART_DONUT)
    {
      place_donut (self, top);
    }
  else
    {
      double legend_height = place_series_legend (self, top);

      if (legend_height > 0.0)
        top += legend_height + self->font_size * GAP;

      if (self->kind == HK_CHART_HORIZONTAL_BARS)
        place_horizontal (self, top);
      else
        place_vertical (self, top);
    }

  g_clear_object (&self->measure);

  return g_steal_pointer (&self);
}

void
hk_chart_layout_free (HkChartLayout *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < CHART_N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->measure);
  g_clear_pointer (&self->texts, g_array_unref);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->legend, g_array_unref);
  g_clear_pointer (&self->rules, g_array_unref);
  g_clear_object (&self->chart);
  g_free (self);
}

/**
 * hk_chart_layout_get_chart:
 * @self: a layout
 *
 * Returns: (transfer none): the chart it lays out
 */
HkChart *
hk_chart_layout_get_chart (HkChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->chart;
}

void
hk_chart_layout_get_size (HkChartLayout *self,
                          double        *width,
                          double        *height)
{
  g_return_if_fail (self != NULL);

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

/* The rectangle of one part of the chart; empty (0 × 0) when the chart has no such part. */
void
hk_chart_layout_get_area (HkChartLayout     *self,
                          HkChartArea        area,
                          cairo_rectangle_t *rect)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (area < HK_CHART_N_AREAS);
  g_return_if_fail (rect != NULL);

  *rect = self->areas[area];
}

static void
set_source (cairo_t            *cr,
            const HkChartColor *color,
            double              alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
draw_texts (HkChartLayout      *self,
            cairo_t            *cr,
            const HkChartStyle *style)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);

  for (guint i = 0; i < self->texts->len; i++)
    {
      ChartText *text = &g_array_index (self->texts, ChartText, i);

      prepare_layout (layout, self->fonts[text->font], text->text, text->wrap_width,
                      text->max_lines, text->align);

      if (text->boxed)
        {
          double pad = self->font_size * 0.25;

          set_source (cr, &style->background, 0.85);
          cairo_rectangle (cr, text->x - pad, text->y, text->width + 2 * pad, text->height);
          cairo_fill (cr);
        }

      switch (text->ink)
        {
        case CHART_INK_MUTED:
          set_source (cr, &style->foreground, 0.75);
          break;

        case CHART_INK_FOREGROUND:
        default:
          set_source (cr, &style->foreground, 1.0);
          break;
        }

      cairo_move_to (cr, text->x, text->y);
      pango_cairo_show_layout (cr, layout);
    }
}

/* Grid lines at the ticks, and the zero line. */
static void
draw_grid (HkChartLayout      *self,
           cairo_t            *cr,
           const HkChartStyle *style)
{
  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  set_source (cr, &style->grid, 1.0);

  for (guint i = 0; i < self->ticks.n_ticks; i++)
    {
      double pos = chart_layout_value_to_pos (self, hk_chart_ticks_get_value (&self->ticks, i));

      if (self->horizontal)
        {
          pos = CLAMP (floor (pos) + 0.5, self->scale.x + 0.5,
                       self->scale.x + self->scale.width - 0.5);
          cairo_move_to (cr, pos, self->scale.y);
          cairo_line_to (cr, pos, self->scale.y + self->scale.height);
        }
      else
        {
          pos = CLAMP (floor (pos) + 0.5, self->scale.y + 0.5,
                       self->scale.y + self->scale.height - 0.5);
          cairo_move_to (cr, self->scale.x, pos);
          cairo_line_to (cr, self->scale.x + self->scale.width, pos);
        }
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The zero line, over the bars' feet, and the target line. */
static void
draw_rules (HkChartLayout      *self,
            cairo_t            *cr,
            const HkChartStyle *style)
{
  static const double dashes[] = { 6.0, 4.0 };
  double zero;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);

  if (self->ticks.min <= 0.0 && self->ticks.max >= 0.0)
    {
      zero = chart_layout_value_to_pos (self, 0.0);
      set_source (cr, &style->foreground, 0.5);
      /* On the pixels next to the bars' feet, which are snapped to whole pixels. */
      if (self->horizontal)
        {
          zero = CLAMP (round (zero) - 0.5, self->scale.x + 0.5,
                        self->scale.x + self->scale.width - 0.5);
          cairo_move_to (cr, zero, self->scale.y);
          cairo_line_to (cr, zero, self->scale.y + self->scale.height);
        }
      else
        {
          zero = CLAMP (round (zero) + 0.5, self->scale.y + 0.5,
                        self->scale.y + self->scale.height - 0.5);
          cairo_move_to (cr, self->scale.x, zero);
          cairo_line_to (cr, self->scale.x + self->scale.width, zero);
        }
      cairo_stroke (cr);
    }

  /* The markers' rules, solid, across the whole plot. */
  set_source (cr, &style->foreground, 0.6);
  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i < self->rules->len; i++)
    {
      double pos = g_array_index (self->rules, double, i);

      if (isnan (pos))
        continue;
      if (self->horizontal)
        {
          pos = CLAMP (round (pos) + 0.5, self->scale.y + 0.5,
                       self->scale.y + self->scale.height - 0.5);
          cairo_move_to (cr, self->scale.x, pos);
          cairo_line_to (cr, self->scale.x + self->scale.width, pos);
        }
      else
        {
          pos = CLAMP (round (pos) + 0.5, self->scale.x + 0.5,
                       self->scale.x + self->scale.width - 0.5);
          cairo_move_to (cr, pos, self->areas[HK_CHART_AREA_PLOT].y);
          cairo_line_to (cr, pos, self->scale.y + self->scale.height);
        }
    }
  cairo_stroke (cr);

  if (self->has_target)
    {
      double pos = chart_layout_value_to_pos (self, self->target);

      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.0);
      set_source (cr, &style->foreground, 0.85);
      if (self->horizontal)
        {
          pos = CLAMP (pos, self->scale.x + 1.0, self->scale.x + self->scale.width - 1.0);
          cairo_move_to (cr, pos, self->scale.y);
          cairo_line_to (cr, pos, self->scale.y + self->scale.height);
        }
      else
        {
          pos = CLAMP (pos, self->scale.y + 1.0, self->scale.y + self->scale.height - 1.0);
          cairo_move_to (cr, self->scale.x, pos);
          cairo_line_to (cr, self->scale.x + self->scale.width, pos);
        }
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}

void
hk_chart_layout_draw (HkChartLayout      *self,
                      cairo_t            *cr,
                      const HkChartStyle *style)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);

  if (style->background.alpha > 0.0)
    {
      set_source (cr, &style->background, 1.0);
      cairo_rectangle (cr, 0, 0, self->width, self->height);
      cairo_fill (cr);
    }

  if (!self->empty)
    {
      if (self->kind != HK_CHART_DONUT)
        draw_grid (self, cr, style);

      chart_layers_draw (self, cr, style);

      if (self->kind != HK_CHART_DONUT)
        draw_rules (self, cr, style);

      for (guint i = 0; i < self->legend->len; i++)
        chart_layers_draw_swatch (self, cr, style,
                                  &g_array_index (self->legend, ChartLegendEntry, i));
    }

  draw_texts (self, cr, style);

  cairo_restore (cr);
}

static ChartMark *
find_mark (HkChartLayout *self,
           guint          series,
           guint          index)
{
  for (guint i = 0; i < self->marks->len; i++)
    {
      ChartMark *mark = &g_array_index (self->marks, ChartMark, i);

      if (mark->series == series && mark->index == index)
        return mark;
    }

  return NULL;
}

void
hk_chart_layout_draw_highlight (HkChartLayout      *self,
                                cairo_t            *cr,
                                const HkChartStyle *style,
                                const HkChartColor *color,
                                guint               series,
                                guint               index)
{
  const HkChartColor *background;
  ChartMark *mark;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (color != NULL);

  background = &style->background;

  mark = find_mark (self, series, index);
  if (mark == NULL)
    return;

  /* The ring on a halo of the background, so it stands out even against a bar of its own
   * colour. */
  cairo_save (cr);
  chart_layers_outline (self, cr, mark, 3.0);
  cairo_set_line_width (cr, 4.0);
  set_source (cr, background, 1.0);
  cairo_stroke_preserve (cr);
  cairo_set_line_width (cr, 2.0);
  set_source (cr, color, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static gboolean
rect_contains (const cairo_rectangle_t *rect,
               double                   x,
               double                   y)
{
  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

/* How far (x, y) is from the rectangle: 0 inside. */
static double
rect_distance (const cairo_rectangle_t *rect,
               double                   x,
               double                   y)
{
  double dx = MAX (MAX (rect->x - x, 0.0), x - (rect->x + rect->width));
  double dy = MAX (MAX (rect->y - y, 0.0), y - (rect->y + rect->height));

  return hypot (dx, dy);
}

gboolean
hk_chart_layout_hit_test (HkChartLayout *self,
                          double         x,
                          double         y,
                          guint         *series,
                          guint         *index)
{
  ChartMark *best = NULL;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->empty)
    return FALSE;

  if (self->kind == HK_CHART_DONUT)
    {
      double dx = x - self->cx;
      double dy = y - self->cy;
      double distance = hypot (dx, dy);
      double angle = atan2 (dx, -dy);

      if (angle < 0.0)
        angle += 2 * G_PI;

      if (distance >= self->inner - 2.0 && distance <= self->outer + 4.0)
        for (guint i = 0; i < self->marks->len; i++)
          {
            ChartMark *mark = &g_array_index (self->marks, ChartMark, i);

            if (angle >= mark->angle1 && angle < mark->angle2)
              best = mark;
          }
    }
  else
    {
      for (guint i = 0; i < self->marks->len; i++)
        {
          ChartMark *mark = &g_array_index (self->marks, ChartMark, i);
          double distance;

          if (!rect_contains (&mark->hit, x, y))
            continue;

          distance = rect_distance (&mark->shape, x, y);
          if (distance < best_distance)
            {
              best = mark;
              best_distance = distance;
            }
        }
    }

  if (best == NULL)
    return FALSE;

  if (series != NULL)
    *series = best->series;
  if (index != NULL)
    *index = best->index;

  return TRUE;
}

gboolean
hk_chart_layout_get_marker_pos (HkChartLayout *self,
                                guint          marker,
                                double        *pos)
{
  double found;

  g_return_val_if_fail (self != NULL, FALSE);

  if (marker >= self->rules->len)
    return FALSE;

  found = g_array_index (self->rules, double, marker);
  if (isnan (found))
    return FALSE;

  if (pos != NULL)
    *pos = found;

  return TRUE;
}

gboolean
hk_chart_layout_get_point_area (HkChartLayout     *self,
                                guint              series,
                                guint              index,
                                cairo_rectangle_t *rect)
{
  ChartMark *mark;

  g_return_val_if_fail (self != NULL, FALSE);

  mark = find_mark (self, series, index);
  if (mark == NULL)
    return FALSE;

  if (rect != NULL)
    *rect = mark->shape;

  return TRUE;
}

/**
 * hk_chart_render:
 * @chart: the chart
 * @cr: where to draw it, at (0, 0)
 * @width: its width, in the units of @cr
 * @height: its height
 * @style: its colours and type
 *
 * Draws the whole chart — title, legend, axes, plot; "No data" when it has none — as the
 * screen draws it.
 */
void
hk_chart_render (HkChart            *chart,
                 cairo_t            *cr,
                 double              width,
                 double              height,
                 const HkChartStyle *style)
{
  g_autoptr(HkChartLayout) layout = NULL;

  g_return_if_fail (HK_IS_CHART (chart));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  layout = hk_chart_layout_new (chart, cr, width, height, style);
  hk_chart_layout_draw (layout, cr, style);
}
