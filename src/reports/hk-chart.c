/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart.c: a chart: its kind, title, axes and series — what hk_chart_render() draws. */

#include "config.h"

#include "hk-chart.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

struct _HkChart
{
  GObject              parent_instance;

  HkChartKind          kind;
  char                *title;
  HkChartCategoryAxis *category_axis;
  HkChartValueAxis    *value_axis;
  GPtrArray           *series;  /* HkChartSeries */
  gboolean             has_target;
  double               target;
  char                *target_label;
  GArray              *markers;  /* Marker */
};

typedef struct
{
  guint  index;
  char  *label;
} Marker;

G_DEFINE_FINAL_TYPE (HkChart, hk_chart, G_TYPE_OBJECT)

static void
clear_marker (gpointer data)
{
  g_clear_pointer (&((Marker *) data)->label, g_free);
}

/* The sum of a donut's slices: its first series' values above zero. */
static double
get_donut_total (HkChart *self)
{
  HkChartSeries *series;
  guint n = hk_chart_category_axis_get_n_categories (self->category_axis);
  double total = 0.0;

  if (self->series->len == 0)
    return 0.0;

  series = g_ptr_array_index (self->series, 0);
  for (guint i = 0; i < n; i++)
    {
      double value = hk_chart_series_get_value (series, i);

      if (value > 0.0)
        total += value;
    }

  return total;
}

static gboolean
is_month (const char *text)
{
  return text != NULL && strlen (text) == 7 && g_ascii_isdigit (text[0]) &&
         g_ascii_isdigit (text[1]) && g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]) &&
         text[4] == '-' && g_ascii_isdigit (text[5]) && g_ascii_isdigit (text[6]);
}

static void
hk_chart_finalize (GObject *object)
{
  HkChart *self = HK_CHART (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->target_label, g_free);
  g_clear_object (&self->category_axis);
  g_clear_object (&self->value_axis);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->markers, g_array_unref);

  G_OBJECT_CLASS (hk_chart_parent_class)->finalize (object);
}

static void
hk_chart_class_init (HkChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_chart_finalize;
}

static void
hk_chart_init (HkChart *self)
{
  self->series = g_ptr_array_new_with_free_func (g_object_unref);
  self->markers = g_array_new (FALSE, TRUE, sizeof (Marker));
  g_array_set_clear_func (self->markers, clear_marker);
  self->category_axis = hk_chart_category_axis_new ();
}

/**
 * hk_chart_new:
 * @kind: how the values are drawn
 * @title: what the chart shows, translated ("Revenue by day")
 * @unit: what the values are
 *
 * Returns: (transfer full): a chart without categories or series
 */
HkChart *
hk_chart_new (HkChartKind  kind,
              const char  *title,
              HkChartUnit  unit)
{
  HkChart *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (HK_TYPE_CHART, NULL);
  self->kind = kind;
  self->title = g_strdup (title);
  self->value_axis = hk_chart_value_axis_new (unit);

  return self;
}

/**
 * hk_chart_new_from_report:
 * @report_chart: a chart of an #HkReport
 *
 * Builds the chart a report describes: its title; one category per body row of its table,
 * from the category column (a date column gives days; a text column of "YYYY-MM" gives
 * months; any other gives names); one series per value column, named by its heading, empty
 * cells as no value. A column chart becomes bars, a line chart lines, a pie chart a donut.
 * The unit is the first value column's: money, count or ratio.
 *
 * Returns: (transfer full): the chart
 */
HkChart *
hk_chart_new_from_report (HkReportChart *report_chart)
{
  HkReportTable *table;
  HkChartKind kind;
  HkChartUnit unit = HK_CHART_UNIT_COUNT;
  HkChartCategoryKind category_kind = HK_CHART_CATEGORY_NAMES;
  HkChart *self;
  guint category_column;
  guint n_series;
  guint n_rows;

  g_return_val_if_fail (report_chart != NULL, NULL);

  table = hk_report_chart_get_table (report_chart);
  category_column = hk_report_chart_get_category_column (report_chart);
  n_series = hk_report_chart_get_n_series (report_chart);
  n_rows = hk_report_table_get_n_rows (table);

  switch (hk_report_chart_get_kind (report_chart))
    {
    case HK_REPORT_CHART_LINE:
      kind = HK_CHART_LINES;
      break;

    case HK_REPORT_CHART_PIE:
      kind = HK_CHART_DONUT;
      break;

    case HK_REPORT_CHART_COLUMN:
    default:
      kind = HK_CHART_BARS;
      break;
    }

  if (n_series > 0)
    {
      switch (hk_report_table_get_kind (table,
                                        hk_report_chart_get_series_column (report_chart, 0)))
        {
        case HK_REPORT_COLUMN_MONEY:
          unit = HK_CHART_UNIT_MONEY;
          break;

        case HK_REPORT_COLUMN_RATIO:
          unit = HK_CHART_UNIT_RATIO;
          break;

        case HK_REPORT_COLUMN_COUNT:
        case HK_REPORT_COLUMN_TEXT:
        case HK_REPORT_COLUMN_DATE:
        case HK_REPORT_COLUMN_DATETIME:
        default:
          unit = HK_CHART_UNIT_COUNT;
          break;
        }
    }

  self = hk_chart_new (kind, hk_report_chart_get_title (report_chart), unit);

  /* Dates are days; month-shaped text is months, when every row has it. */
  if (hk_report_table_get_kind (table, category_column) == HK_REPORT_COLUMN_DATE)
    category_kind = HK_CHART_CATEGORY_DAYS;
  else if (hk_report_table_get_kind (table, category_column) == HK_REPORT_COLUMN_TEXT)
    {
      gboolean months = FALSE;

      for (guint row = 0; row < n_rows; row++)
        {
          if (hk_report_table_get_row_kind (table, row) != HK_REPORT_ROW_BODY)
            continue;
          months = is_month (hk_report_table_get_text (table, row, category_column));
          if (!months)
            break;
        }
      if (months)
        category_kind = HK_CHART_CATEGORY_MONTHS;
    }

  for (guint row = 0; row < n_rows; row++)
    {
      g_autofree char *label = NULL;
      const char *text;
      guint index = G_MAXUINT;

      if (hk_report_table_get_row_kind (table, row) != HK_REPORT_ROW_BODY)
        continue;

      text = hk_report_table_get_text (table, row, category_column);
      if (category_kind != HK_CHART_CATEGORY_NAMES && text != NULL && strlen (text) >= 7)
        {
          g_autofree char *date = g_strndup (text, category_kind == HK_CHART_CATEGORY_DAYS ?
                                                   10 : 7);

          index = hk_chart_category_axis_append_date (self->category_axis, date);
        }
      if (index == G_MAXUINT)
        {
          label = hk_report_table_format_cell (table, row, category_column);
          hk_chart_category_axis_append_name (self->category_axis, label);
        }
    }

  for (guint s = 0; s < n_series; s++)
    {
      guint column = hk_report_chart_get_series_column (report_chart, s);
      g_autoptr(HkChartSeries) series = NULL;

      series = hk_chart_series_new (hk_report_table_get_heading (table, column));
      for (guint row = 0; row < n_rows; row++)
        {
          if (hk_report_table_get_row_kind (table, row) != HK_REPORT_ROW_BODY)
            continue;

          if (hk_report_table_is_empty (table, row, column))
            hk_chart_series_append (series, NAN);
          else if (hk_report_table_get_kind (table, column) == HK_REPORT_COLUMN_RATIO)
            hk_chart_series_append (series, hk_report_table_get_ratio (table, row, column));
          else
            hk_chart_series_append (series, hk_report_table_get_value (table, row, column));
        }
      hk_chart_add_series (self, series);
    }

  return self;
}

HkChartKind
hk_chart_get_kind (HkChart *self)
{
  g_return_val_if_fail (HK_IS_CHART (self), HK_CHART_BARS);

  return self->kind;
}

const char *
hk_chart_get_title (HkChart *self)
{
  g_return_val_if_fail (HK_IS_CHART (self), NULL);

  return self->title;
}

/**
 * hk_chart_get_category_axis:
 * @self: a chart
 *
 * Returns: (transfer none): the axis to append the chart's categories to
 */
HkChartCategoryAxis *
hk_chart_get_category_axis (HkChart *self)
{
  g_return_val_if_fail (HK_IS_CHART (self), NULL);

  return self->category_axis;
}

/**
 * hk_chart_get_value_axis:
 * @self: a chart
 *
 * Returns: (transfer none): the axis of the values
 */
HkChartValueAxis *
hk_chart_get_value_axis (HkChart *self)
{
  g_return_val_if_fail (HK_IS_CHART (self), NULL);

  return self->value_axis;
}

/**
 * hk_chart_add_series:
 * @self: a chart
 * @series: a series, one value per category
 *
 * Adds @series after the others: its colour and pattern are the next of the style's.
 */
void
hk_chart_add_series (HkChart       *self,
                     HkChartSeries *series)
{
  g_return_if_fail (HK_IS_CHART (self));
  g_return_if_fail (HK_IS_CHART_SERIES (series));

  g_ptr_array_add (self->series, g_object_ref (series));
}

guint
hk_chart_get_n_series (HkChart *self)
{
  g_return_val_if_fail (HK_IS_CHART (self), 0);

  return self->series->len;
}

/**
 * hk_chart_get_series:
 * @self: a chart
 * @index: which series
 *
 * Returns: (transfer none): the series
 */
HkChartSeries *
hk_chart_get_series (HkChart *self,
                     guint    index)
{
  g_return_val_if_fail (HK_IS_CHART (self), NULL);
  g_return_val_if_fail (index < self->series->len, NULL);

  return g_ptr_array_index (self->series, index);
}

void
hk_chart_set_target (HkChart    *self,
                     double      value,
                     const char *label)
{
  g_return_if_fail (HK_IS_CHART (self));
  g_return_if_fail (isfinite (value));

  self->has_target = TRUE;
  self->target = value;
  g_free (self->target_label);
  self->target_label = g_strdup (label);
}

/* Returns TRUE and the target's value when the chart has one. */
gboolean
hk_chart_get_target (HkChart *self,
                     double  *value)
{
  g_return_val_if_fail (HK_IS_CHART (self), FALSE);

  if (value != NULL)
    *value = self->target;

  return self->has_target;
}

/* The label of the target line, or NULL without one. */
char *
hk_chart_get_target_label (HkChart *self)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (HK_IS_CHART (self), NULL);

  if (!self->has_target)
    return NULL;
  if (self->target_label != NULL)
    return g_strdup (self->target_label);

  value = hk_chart_value_axis_format_short (self->value_axis, self->target);

  /* Translators: the label of a chart's target line; %s is the value, "95 %" */
  return g_strdup_printf (C_("chart target line", "Target %s"), value);
}

/**
 * hk_chart_add_marker:
 * @self: a chart of bars or lines
 * @index: the category the rule stands before
 * @label: (nullable): what the rule marks, e.g. "11–20"
 *
 * Adds a vertical rule between the category at @index and the one before it, labelled at the
 * top of the plot (on horizontal bars, a horizontal rule above the row).
 */
void
hk_chart_add_marker (HkChart    *self,
                     guint       index,
                     const char *label)
{
  Marker marker = { index, g_strdup (label) };

  g_return_if_fail (HK_IS_CHART (self));

  g_array_append_val (self->markers, marker);
}

guint
hk_chart_get_n_markers (HkChart *self)
{
  g_return_val_if_fail (HK_IS_CHART (self), 0);

  return self->markers->len;
}

guint
hk_chart_get_marker (HkChart     *self,
                     guint        marker,
                     const char **label)
{
  Marker *found;

  g_return_val_if_fail (HK_IS_CHART (self), 0);
  g_return_val_if_fail (marker < self->markers->len, 0);

  found = &g_array_index (self->markers, Marker, marker);
  if (label != NULL)
    *label = found->label;

  return found->index;
}

gboolean
hk_chart_is_empty (HkChart *self)
{
  guint n_categories;

  g_return_val_if_fail (HK_IS_CHART (self), TRUE);

  n_categories = hk_chart_category_axis_get_n_categories (self->category_axis);

  for (guint s = 0; s < self->series->len; s++)
    for (guint i = 0; i < n_categories; i++)
      if (hk_chart_has_point (self, s, i))
        return FALSE;

  return TRUE;
}

double
hk_chart_get_value (HkChart *self,
                    guint    series,
                    guint    index)
{
  g_return_val_if_fail (HK_IS_CHART (self), NAN);

  if (series >= self->series->len ||
      index >= hk_chart_category_axis_get_n_categories (self->category_axis))
    return NAN;

  return hk_chart_series_get_value (g_ptr_array_index (self->series, series), index);
}

gboolean
hk_chart_has_point (HkChart *self,
                    guint    series,
                    guint    index)
{
  double value;

  g_return_val_if_fail (HK_IS_CHART (self), FALSE);

  if (self->kind == HK_CHART_DONUT && series > 0)
    return FALSE;

  value = hk_chart_get_value (self, series, index);
  if (isnan (value))
    return FALSE;

  return self->kind != HK_CHART_DONUT || value > 0.0;
}

char *
hk_chart_describe_point (HkChart *self,
                         guint    series,
                         guint    index)
{
  g_autofree char *category = NULL;
  g_autofree char *value = NULL;
  const char *name;

  g_return_val_if_fail (HK_IS_CHART (self), NULL);
  g_return_val_if_fail (series < self->series->len, NULL);
  g_return_val_if_fail (index < hk_chart_category_axis_get_n_categories (self->category_axis),
                        NULL);

  name = hk_chart_series_get_name (g_ptr_array_index (self->series, series));
  category = hk_chart_category_axis_get_label (self->category_axis, index);

  if (!hk_chart_has_point (self, series, index))
    /* Translators: a chart point without a value: series name, category */
    return g_strdup_printf (C_("chart point", "%s, %s: no value"), name, category);

  value = hk_chart_value_axis_format_value (self->value_axis,
                                            hk_chart_get_value (self, series, index));

  if (self->kind == HK_CHART_DONUT)
    {
      g_autofree char *share = g_strdup_printf ("%.1f %%",
                                                100.0 * hk_chart_get_value (self, series, index)
                                                / get_donut_total (self));

      /* Translators: a donut chart's slice: series name, category, value, share "34.5 %" */
      return g_strdup_printf (C_("chart slice", "%s, %s: %s (%s)"), name, category, value,
                              share);
    }

  /* Translators: a chart point: series name, category, value: "Revenue, 21 Oct: ¥1,234.50" */
  return g_strdup_printf (C_("chart point", "%s, %s: %s"), name, category, value);
}
