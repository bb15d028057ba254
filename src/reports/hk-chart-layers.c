/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-layers.c: the layers that draw a chart's values: bars, stacked bars, lines, donut.
 *
 * Each layer places a mark for every point that has a value (the bar, the line's marker, the
 * slice) and the labels that go with them, then draws the marks. Series are told apart by
 * more than colour: every colour of the palette comes with its own hatching, lines with their
 * own dashes and marker shapes, and the legend shows the same; bars carry their values when
 * there is room, slices their share.
 */

#include "config.h"

#include "hk-chart-layout-private.h"

#include <math.h>

#include <glib/gi18n-lib.h>

/* The share of a category's width that its bars take. */
#define GROUP 0.72

typedef enum
{
  PATTERN_SOLID,
  PATTERN_DIAGONAL,
  PATTERN_HORIZONTAL,
  PATTERN_DOTS,
  PATTERN_CROSS,
  PATTERN_VERTICAL,
} Pattern;

typedef enum
{
  MARKER_CIRCLE,
  MARKER_SQUARE,
  MARKER_TRIANGLE,
  MARKER_DIAMOND,
  MARKER_CROSS,
  N_MARKERS
} Marker;

double
chart_layers_donut_total (HkChart *chart)
{
  guint n = hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (chart));
  double total = 0.0;

  for (guint i = 0; i < n; i++)
    if (hk_chart_has_point (chart, 0, i))
      total += hk_chart_get_value (chart, 0, i);

  return total;
}

static void
set_source (cairo_t            *cr,
            const HkChartColor *color,
            double              alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static const HkChartColor *
get_color (const HkChartStyle *style,
           guint               look)
{
  return &style->palette[look % HK_CHART_PALETTE_SIZE];
}

/* Past the palette, colours come round again with other patterns. */
static Pattern
get_pattern (guint look)
{
  return (look + look / HK_CHART_PALETTE_SIZE) % HK_CHART_PALETTE_SIZE;
}

/* Snaps to whole units, so bars have crisp edges on the screen. */
static cairo_rectangle_t
snap_rect (double x1,
           double y1,
           double x2,
           double y2)
{
  double left = round (MIN (x1, x2));
  double top = round (MIN (y1, y2));
  double right = round (MAX (x1, x2));
  double bottom = round (MAX (y1, y2));

  return (cairo_rectangle_t) { left, top, right - left, bottom - top };
}

static void
add_mark (HkChartLayout           *self,
          guint                    series,
          guint                    index,
          guint                    look,
          const cairo_rectangle_t *shape,
          const cairo_rectangle_t *hit)
{
  ChartMark mark = { 0 };

  mark.series = series;
  mark.index = index;
  mark.look = look;
  mark.shape = *shape;
  mark.hit = *hit;
  g_array_append_val (self->marks, mark);
}

/* The short value beside a bar: above (or, for a negative value, below) a vertical bar, after
 * the end of a horizontal one. */
static void
add_value_label (HkChartLayout           *self,
                 double                   value,
                 const cairo_rectangle_t *bar)
{
  g_autofree char *label = NULL;
  double width;
  double height;
  double gap = self->font_size * 0.25;

  label = chart_layout_format_value_label (self, value);
  chart_layout_measure (self, label, CHART_FONT_SMALL, -1, 1, &width, &height);

  if (self->horizontal)
    chart_layout_add_text (self, label, CHART_FONT_SMALL, CHART_INK_FOREGROUND,
                           value >= 0.0 ? bar->x + bar->width + gap : bar->x - gap - width,
                           bar->y + (bar->height - height) / 2, -1, 1, PANGO_ALIGN_LEFT);
  else
    chart_layout_add_text (self, label, CHART_FONT_SMALL, CHART_INK_FOREGROUND,
                           bar->x + (bar->width - width) / 2,
                           value >= 0.0 ? bar->y - height - 1 : bar->y + bar->height + 1,
                           -1, 1, PANGO_ALIGN_LEFT);
}

gboolean
chart_layers_want_value_labels (HkChartLayout *self,
                                double         max_label_width)
{
  guint n_series = MAX (hk_chart_get_n_series (self->chart), 1);

  switch (self->kind)
    {
    case HK_CHART_BARS:
      if (n_series == 1)
        return max_label_width <= self->band - 2;
      return max_label_width <= MIN (self->band * GROUP / n_series,
                                     self->font_size * 4) - 1;

    case HK_CHART_STACKED_BARS:
      return max_label_width <= self->band - 2;

    case HK_CHART_HORIZONTAL_BARS:
      return self->band * GROUP / n_series >=
             chart_layout_line_height (self, CHART_FONT_SMALL) * 0.9;

    case HK_CHART_LINES:
    case HK_CHART_DONUT:
    default:
      return FALSE;
    }
}

static void
place_bars (HkChartLayout *self,
            gboolean       value_labels)
{
  guint n = hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (self->chart));
  guint n_series = hk_chart_get_n_series (self->chart);
  double bar = MIN (self->band * GROUP / n_series, self->font_size * 4);
  double group = bar * n_series;
  double zero = chart_layout_value_to_pos (self, 0.0);

  for (guint i = 0; i < n; i++)
    {
      double slot = self->scale.x + self->band * i;
      double left = slot + (self->band - group) / 2;

      for (guint s = 0; s < n_series; s++)
        {
          double value = hk_chart_get_value (self->chart, s, i);
          double x = left + bar * s;
          cairo_rectangle_t shape;
          cairo_rectangle_t hit;

          if (!hk_chart_has_point (self->chart, s, i))
            continue;

          shape = snap_rect (x, zero, x + bar - (n_series > 1 ? 1.0 : 0.0),
                             chart_layout_value_to_pos (self, value));
          if (n_series == 1)
            hit = (cairo_rectangle_t) { slot, self->scale.y, self->band, self->scale.height };
          else
            hit = (cairo_rectangle_t) { x, self->scale.y, bar, self->scale.height };
          add_mark (self, s, i, s, &shape, &hit);

          if (value_labels)
            add_value_label (self, value, &shape);
        }
    }
}

static void
place_horizontal_bars (HkChartLayout *self,
                       gboolean       value_labels)
{
  guint n = hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (self->chart));
  guint n_series = hk_chart_get_n_series (self->chart);
  double bar = MIN (self->band * GROUP / n_series, self->font_size * 2.2);
  double group = bar * n_series;
  double zero = chart_layout_value_to_pos (self, 0.0);

  for (guint i = 0; i < n; i++)
    {
      double slot = self->scale.y + self->band * i;
      double top = slot + (self->band - group) / 2;

      for (guint s = 0; s < n_series; s++)
        {
          double value = hk_chart_get_value (self->chart, s, i);
          double y = top + bar * s;
          cairo_rectangle_t shape;
          cairo_rectangle_t hit;

          if (!hk_chart_has_point (self->chart, s, i))
            continue;

          shape = snap_rect (zero, y, chart_layout_value_to_pos (self, value),
                             y + bar - (n_series > 1 ? 1.0 : 0.0));
          if (n_series == 1)
            hit = (cairo_rectangle_t) { self->scale.x, slot, self->scale.width, self->band };
          else
            hit = (cairo_rectangle_t) { self->scale.x, y, self->scale.width, bar };
          add_mark (self, s, i, s, &shape, &hit);

          if (value_labels)
            add_value_label (self, value, &shape);
        }
    }
}

static void
place_stacked_bars (HkChartLayout *self,
                    gboolean       value_labels)
{
  guint n = hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (self->chart));
  guint n_series = hk_chart_get_n_series (self->chart);
  double bar = MIN (self->band * GROUP, self->font_size * 5);

  for (guint i = 0; i < n; i++)
    {
      double slot = self->scale.x + self->band * i;
      double x = slot + (self->band - bar) / 2;
      cairo_rectangle_t hit = { slot, self->scale.y, self->band, self->scale.height };
      double above = 0.0;
      double below = 0.0;
      gboolean any = FALSE;

      for (guint s = 0; s < n_series; s++)
        {
          double value = hk_chart_get_value (self->chart, s, i);
          cairo_rectangle_t shape;
          double from;

          if (!hk_chart_has_point (self->chart, s, i))
            continue;

          if (value >= 0.0)
            {
              from = above;
              above += value;
            }
          else
            {
              from = below;
              below += value;
            }

          shape = snap_rect (x, chart_layout_value_to_pos (self, from), x + bar,
                             chart_layout_value_to_pos (self, from + value));
          add_mark (self, s, i, s, &shape, &hit);
          any = TRUE;
        }

      if (value_labels && any)
        {
          cairo_rectangle_t stack = snap_rect (x, chart_layout_value_to_pos (self, 0.0), x + bar,
                                               chart_layout_value_to_pos (self, above));

          add_value_label (self, above, &stack);
        }
    }
}

static double
get_marker_radius (HkChartLayout *self)
{
  return CLAMP (self->band / 4, 2.0, self->font_size * 0.35);
}

static void
place_lines (HkChartLayout *self)
{
  guint n = hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (self->chart));
  guint n_series = hk_chart_get_n_series (self->chart);
  double radius = get_marker_radius (self);

  for (guint s = 0; s < n_series; s++)
    for (guint i = 0; i < n; i++)
      {
        double slot = self->scale.x + self->band * i;
        double x = slot + self->band / 2;
        double y;
        cairo_rectangle_t hit = { slot, self->scale.y, self->band, self->scale.height };
        cairo_rectangle_t shape;

        if (!hk_chart_has_point (self->chart, s, i))
          continue;

        y = chart_layout_value_to_pos (self, hk_chart_get_value (self->chart, s, i));
        shape = (cairo_rectangle_t) { x - radius, y - radius, 2 * radius, 2 * radius };
        add_mark (self, s, i, s, &shape, &hit);
      }
}

static void
place_slices (HkChartLayout *self)
{
  HkChartValueAxis *values = hk_chart_get_value_axis (self->chart);
  guint n = hk_chart_category_axis_get_n_categories (hk_chart_get_category_axis (self->chart));
  double total = chart_layers_donut_total (self->chart);
  double middle = (self->outer + self->inner) / 2;
  double ring = self->outer - self->inner;
  g_autofree char *total_label = NULL;
  double angle = 0.0;
  double width;
  double height;

  for (guint i = 0; i < n; i++)
    {
      double value = hk_chart_get_value (self->chart, 0, i);
      double sweep;
      double centre;
      double side = MAX (ring / 2, 2.0);
      double x;
      double y;
      g_autofree char *share = NULL;
      ChartMark *mark;
      cairo_rectangle_t shape;

      if (!hk_chart_has_point (self->chart, 0, i))
        continue;

      sweep = 2 * G_PI * value / total;
      centre = angle + sweep / 2;
      x = self->cx + middle * sin (centre);
      y = self->cy - middle * cos (centre);
      shape = (cairo_rectangle_t) { x - side / 2, y - side / 2, side, side };
      add_mark (self, 0, i, i, &shape, &shape);
      mark = &g_array_index (self->marks, ChartMark, self->marks->len - 1);
      mark->angle1 = angle;
      mark->angle2 = angle + sweep;
      angle += sweep;

      /* The share on the slice, when it fits on the ring. */
      share = g_strdup_printf ("%.0f %%", 100.0 * value / total);
      chart_layout_measure (self, share, CHART_FONT_SMALL, -1, 1, &width, &height);
      if (middle * sweep >= width + 6 && ring >= height + 2)
        chart_layout_add_text (self, share, CHART_FONT_SMALL, CHART_INK_FOREGROUND,
                               x - width / 2, y - height / 2, -1, 1,
                               PANGO_ALIGN_LEFT)->boxed = TRUE;
    }

  /* The total in the hole: exact when it fits, else short, else not at all. */
  total_label = hk_chart_value_axis_format_value (values, total);
  chart_layout_measure (self, total_label, CHART_FONT_CENTRE, -1, 1, &width, &height);
  if (width > 2 * self->inner * 0.85)
    {
      g_free (total_label);
      total_label = hk_chart_value_axis_format_short (values, total);
      chart_layout_measure (self, total_label, CHART_FONT_CENTRE, -1, 1, &width, &height);
    }

  if (width <= 2 * self->inner * 0.85 && height <= self->inner)
    {
      /* Translators: over the total in the middle of a donut chart */
      const char *caption = C_("chart donut", "Total");
      double caption_width;
      double caption_height;

      chart_layout_measure (self, caption, CHART_FONT_SMALL, -1, 1, &caption_width,
                            &caption_height);
      if (height + caption_height <= self->inner * 1.4)
        {
          chart_layout_add_text (self, caption, CHART_FONT_SMALL, CHART_INK_MUTED,
                                 self->cx - caption_width / 2,
                                 self->cy - (height + caption_height) / 2, -1, 1,
                                 PANGO_ALIGN_LEFT);
          chart_layout_add_text (self, total_label, CHART_FONT_CENTRE, CHART_INK_FOREGROUND,
                                 self->cx - width / 2,
                                 self->cy - (height + caption_height) / 2 + caption_height,
                                 -1, 1, PANGO_ALIGN_LEFT);
        }
      else
        {
          chart_layout_add_text (self, total_label, CHART_FONT_CENTRE, CHART_INK_FOREGROUND,
                                 self->cx - width / 2, self->cy - height / 2, -1, 1,
                                 PANGO_ALIGN_LEFT);
        }
    }
}

/* The target's label, in the plot at the line's end, on a patch of background. */
static void
place_target_label (HkChartLayout *self)
{
  g_autofree char *label = hk_chart_get_target_label (self->chart);
  double pos = chart_layout_value_to_pos (self, self->target);
  double width;
  double height;
  double x;
  double y;

  chart_layout_measure (self, label, CHART_FONT_SMALL, -1, 1, &width, &height);

  if (self->horizontal)
    {
      /* Over the line, in the room left above the bars. */
      x = CLAMP (pos - width / 2, self->scale.x,
                 self->areas[HK_CHART_AREA_PLOT].x + self->areas[HK_CHART_AREA_PLOT].width - width);
      y = self->scale.y - height - 2;
    }
  else
    {
      /* After the line's end, in the room left right of the plot. */
      x = self->scale.x + self->scale.width + self->font_size * 0.25;
      y = CLAMP (pos - height / 2, self->areas[HK_CHART_AREA_PLOT].y,
                 self->areas[HK_CHART_AREA_PLOT].y + self->areas[HK_CHART_AREA_PLOT].height
                 - height);
    }

  chart_layout_add_text (self, label, CHART_FONT_SMALL, CHART_INK_FOREGROUND, x, y, -1, 1,
                         PANGO_ALIGN_LEFT);
}

void
chart_layers_place (HkChartLayout *self,
                    gboolean       value_labels)
{
  switch (self->kind)
    {
    case HK_CHART_BARS:
      place_bars (self, value_labels);
      break;

    case HK_CHART_HORIZONTAL_BARS:
      place_horizontal_bars (self, value_labels);
      break;

    case HK_CHART_STACKED_BARS:
      place_stacked_bars (self, value_labels);
      break;

    case HK_CHART_LINES:
      place_lines (self);
      break;

    case HK_CHART_DONUT:
    default:
      place_slices (self);
      return;
    }

  self->has_target = hk_chart_get_target (self->chart, &self->target);
  if (self->has_target)
    place_target_label (self);
}

/* Fills the current path in the look's colour, hatched in its pattern. */
static void
fill_look (cairo_t            *cr,
           const HkChartStyle *style,
           guint               look)
{
  Pattern pattern = get_pattern (look);
  double x1;
  double y1;
  double x2;
  double y2;

  set_source (cr, get_color (style, look), 1.0);
  if (pattern == PATTERN_SOLID)
    {
      cairo_fill (cr);
      return;
    }

  cairo_fill_preserve (cr);
  cairo_save (cr);
  cairo_clip (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  cairo_set_line_width (cr, 1.5);
  set_source (cr, &style->background, 0.7);

  /* Lines on a grid anchored at (0, 0), so neighbouring shapes' hatching lines up. */
  switch (pattern)
    {
    case PATTERN_DIAGONAL:
    case PATTERN_CROSS:
      {
        double spacing = pattern == PATTERN_CROSS ? 8.0 : 6.0;

        for (double c = floor ((x1 + y1) / spacing) * spacing; c <= x2 + y2; c += spacing)
          {
            cairo_move_to (cr, c - y1, y1);
            cairo_line_to (cr, c - y2, y2);
          }
        if (pattern == PATTERN_CROSS)
          for (double c = floor ((x1 - y2) / spacing) * spacing; c <= x2 - y1; c += spacing)
            {
              cairo_move_to (cr, c + y1, y1);
              cairo_line_to (cr, c + y2, y2);
            }
        cairo_stroke (cr);
      }
      break;

    case PATTERN_HORIZONTAL:
      for (double y = floor (y1 / 5.0) * 5.0 + 0.75; y <= y2; y += 5.0)
        {
          cairo_move_to (cr, x1, y);
          cairo_line_to (cr, x2, y);
        }
      cairo_stroke (cr);
      break;

    case PATTERN_VERTICAL:
      for (double x = floor (x1 / 5.0) * 5.0 + 0.75; x <= x2; x += 5.0)
        {
          cairo_move_to (cr, x, y1);
          cairo_line_to (cr, x, y2);
        }
      cairo_stroke (cr);
      break;

    case PATTERN_DOTS:
      for (double y = floor (y1 / 5.0) * 5.0 + 2.5; y <= y2 + 2.5; y += 5.0)
        for (double x = floor (x1 / 5.0) * 5.0 + 2.5; x <= x2 + 2.5; x += 5.0)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x, y, 1.3, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;

    case PATTERN_SOLID:
    default:
      break;
    }

  cairo_restore (cr);
  cairo_new_path (cr);
}

static void
set_line_style (cairo_t *cr,
                guint    look)
{
  static const double dashed[] = { 7.0, 3.0 };
  static const double dotted[] = { 1.5, 3.0 };
  static const double dash_dot[] = { 8.0, 3.0, 2.0, 3.0 };

  cairo_set_line_width (cr, 2.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, look % 4 == 2 ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);

  switch (look % 4)
    {
    case 1:
      cairo_set_dash (cr, dashed, G_N_ELEMENTS (dashed), 0);
      break;

    case 2:
      cairo_set_dash (cr, dotted, G_N_ELEMENTS (dotted), 0);
      break;

    case 3:
      cairo_set_dash (cr, dash_dot, G_N_ELEMENTS (dash_dot), 0);
      break;

    default:
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    }
}

static void
draw_marker (cairo_t            *cr,
             const HkChartStyle *style,
             guint               look,
             double              x,
             double              y,
             double              radius)
{
  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_new_path (cr);

  switch ((Marker) (look % N_MARKERS))
    {
    case MARKER_SQUARE:
      cairo_rectangle (cr, x - radius * 0.9, y - radius * 0.9, radius * 1.8, radius * 1.8);
      break;

    case MARKER_TRIANGLE:
      cairo_move_to (cr, x, y - radius * 1.15);
      cairo_line_to (cr, x + radius * 1.1, y + radius * 0.8);
      cairo_line_to (cr, x - radius * 1.1, y + radius * 0.8);
      cairo_close_path (cr);
      break;

    case MARKER_DIAMOND:
      cairo_move_to (cr, x, y - radius * 1.2);
      cairo_line_to (cr, x + radius * 1.2, y);
      cairo_line_to (cr, x, y + radius * 1.2);
      cairo_line_to (cr, x - radius * 1.2, y);
      cairo_close_path (cr);
      break;

    case MARKER_CROSS:
      cairo_move_to (cr, x - radius, y - radius);
      cairo_line_to (cr, x + radius, y + radius);
      cairo_move_to (cr, x + radius, y - radius);
      cairo_line_to (cr, x - radius, y + radius);
      cairo_set_line_width (cr, 2.5);
      set_source (cr, get_color (style, look), 1.0);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;

    case MARKER_CIRCLE:
    case N_MARKERS:
    default:
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      break;
    }

  set_source (cr, get_color (style, look), 1.0);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1.0);
  set_source (cr, &style->background, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The path of a slice between two radii, clockwise from the top. */
static void
slice_path (cairo_t *cr,
            double   cx,
            double   cy,
            double   outer,
            double   inner,
            double   angle1,
            double   angle2)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy, outer, angle1 - G_PI / 2, angle2 - G_PI / 2);
  cairo_arc_negative (cr, cx, cy, MAX (inner, 0.0), angle2 - G_PI / 2, angle1 - G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_lines (HkChartLayout      *self,
            cairo_t            *cr,
            const HkChartStyle *style)
{
  guint n_series = hk_chart_get_n_series (self->chart);
  double radius = get_marker_radius (self);

  for (guint s = 0; s < n_series; s++)
    {
      guint last_index = G_MAXUINT;

      cairo_save (cr);
      set_line_style (cr, s);
      set_source (cr, get_color (style, s), 1.0);
      for (guint i = 0; i < self->marks->len; i++)
        {
          ChartMark *mark = &g_array_index (self->marks, ChartMark, i);
          double x = mark->shape.x + mark->shape.width / 2;
          double y = mark->shape.y + mark->shape.height / 2;

          if (mark->series != s)
            continue;

          /* A category without a value breaks the line. */
          if (last_index != G_MAXUINT && mark->index == last_index + 1)
            cairo_line_to (cr, x, y);
          else
            cairo_move_to (cr, x, y);
          last_index = mark->index;
        }
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  for (guint i = 0; i < self->marks->len; i++)
    {
      ChartMark *mark = &g_array_index (self->marks, ChartMark, i);

      draw_marker (cr, style, mark->look, mark->shape.x + mark->shape.width / 2,
                   mark->shape.y + mark->shape.height / 2, radius);
    }
}

void
chart_layers_draw (HkChartLayout      *self,
                   cairo_t            *cr,
                   const HkChartStyle *style)
{
  cairo_save (cr);

  switch (self->kind)
    {
    case HK_CHART_LINES:
      draw_lines (self, cr, style);
      break;

    case HK_CHART_DONUT:
      for (guint i = 0; i < self->marks->len; i++)
        {
          ChartMark *mark = &g_array_index (self->marks, ChartMark, i);

          slice_path (cr, self->cx, self->cy, self->outer, self->inner, mark->angle1,
                      mark->angle2);
          fill_look (cr, style, mark->look);
        }

      /* Slices apart by a thin line of the background. */
      if (self->marks->len > 1)
        {
          cairo_set_line_width (cr, 1.5);
          set_source (cr, &style->background, 1.0);
          for (guint i = 0; i < self->marks->len; i++)
            {
              ChartMark *mark = &g_array_index (self->marks, ChartMark, i);

              cairo_move_to (cr, self->cx + self->inner * sin (mark->angle1),
                             self->cy - self->inner * cos (mark->angle1));
              cairo_line_to (cr, self->cx + self->outer * sin (mark->angle1),
                             self->cy - self->outer * cos (mark->angle1));
            }
          cairo_stroke (cr);
        }
      break;

    case HK_CHART_BARS:
    case HK_CHART_HORIZONTAL_BARS:
    case HK_CHART_STACKED_BARS:
    default:
      for (guint i = 0; i < self->marks->len; i++)
        {
          ChartMark *mark = &g_array_index (self->marks, ChartMark, i);

          if (mark->shape.width <= 0.0 || mark->shape.height <= 0.0)
            continue;

          cairo_rectangle (cr, mark->shape.x, mark->shape.y, mark->shape.width,
                           mark->shape.height);
          fill_look (cr, style, mark->look);
        }
      break;
    }

  cairo_restore (cr);
}

void
chart_layers_draw_swatch (HkChartLayout          *self,
                          cairo_t                *cr,
                          const HkChartStyle     *style,
                          const ChartLegendEntry *entry)
{
  const cairo_rectangle_t *swatch = &entry->swatch;

  cairo_save (cr);

  if (entry->line)
    {
      double y = swatch->y + swatch->height / 2;

      set_line_style (cr, entry->look);
      set_source (cr, get_color (style, entry->look), 1.0);
      cairo_move_to (cr, swatch->x, y);
      cairo_line_to (cr, swatch->x + swatch->width, y);
      cairo_stroke (cr);
      draw_marker (cr, style, entry->look, swatch->x + swatch->width / 2, y,
                   MIN (swatch->height / 2, self->font_size * 0.35));
    }
  else
    {
      cairo_rectangle (cr, swatch->x, swatch->y, swatch->width, swatch->height);
      fill_look (cr, style, entry->look);
    }

  cairo_restore (cr);
}

void
chart_layers_outline (HkChartLayout   *self,
                      cairo_t         *cr,
                      const ChartMark *mark,
                      double           grow)
{
  cairo_new_path (cr);

  switch (self->kind)
    {
    case HK_CHART_LINES:
      cairo_arc (cr, mark->shape.x + mark->shape.width / 2, mark->shape.y + mark->shape.height / 2,
                 mark->shape.width / 2 + grow + 1, 0, 2 * G_PI);
      break;

    case HK_CHART_DONUT:
      slice_path (cr, self->cx, self->cy, self->outer + grow, self->inner - grow,
                  mark->angle1, mark->angle2);
      break;

    case HK_CHART_BARS:
    case HK_CHART_HORIZONTAL_BARS:
    case HK_CHART_STACKED_BARS:
    default:
      {
        /* Even a bar of nothing gets a ring one can see. */
        double width = MAX (mark->shape.width, 2.0) + 2 * grow;
        double height = MAX (mark->shape.height, 2.0) + 2 * grow;

        cairo_rectangle (cr, mark->shape.x + mark->shape.width / 2 - width / 2,
                         mark->shape.y + mark->shape.height / 2 - height / 2, width, height);
      }
      break;
    }
}
