/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-category-axis.c: what a chart's values are for: names ("Cash") or dates. */

#include "config.h"

#include "hk-chart-category-axis.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

typedef struct
{
  char      *name;  /* names only */
  GDateTime *date;  /* days and months: midnight UTC of the day, or of the month's first */
} Category;

struct _HkChartCategoryAxis
{
  GObject              parent_instance;

  HkChartCategoryKind  kind;
  GArray              *categories;  /* Category */
};

G_DEFINE_FINAL_TYPE (HkChartCategoryAxis, hk_chart_category_axis, G_TYPE_OBJECT)

static void
clear_category (gpointer data)
{
  Category *category = data;

  g_clear_pointer (&category->name, g_free);
  g_clear_pointer (&category->date, g_date_time_unref);
}

/* Reads "YYYY-MM-DD" (a day) or "YYYY-MM" (a month). */
static GDateTime *
parse_date (const char          *text,
            HkChartCategoryKind *kind)
{
  int year;
  int month;
  int day;
  int consumed = 0;

  if (strlen (text) == 10 && sscanf (text, "%4d-%2d-%2d%n", &year, &month, &day, &consumed) == 3
      && consumed == 10)
    *kind = HK_CHART_CATEGORY_DAYS;
  else if (strlen (text) == 7 && sscanf (text, "%4d-%2d%n", &year, &month, &consumed) == 2
           && consumed == 7)
    {
      *kind = HK_CHART_CATEGORY_MONTHS;
      day = 1;
    }
  else
    return NULL;

  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

static void
hk_chart_category_axis_finalize (GObject *object)
{
  HkChartCategoryAxis *self = HK_CHART_CATEGORY_AXIS (object);

  g_clear_pointer (&self->categories, g_array_unref);

  G_OBJECT_CLASS (hk_chart_category_axis_parent_class)->finalize (object);
}

static void
hk_chart_category_axis_class_init (HkChartCategoryAxisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_chart_category_axis_finalize;
}

static void
hk_chart_category_axis_init (HkChartCategoryAxis *self)
{
  self->categories = g_array_new (FALSE, TRUE, sizeof (Category));
  g_array_set_clear_func (self->categories, clear_category);
}

/**
 * hk_chart_category_axis_new:
 *
 * Returns: (transfer full): an axis without categories; the first one appended decides
 *   whether it holds names, days or months
 */
HkChartCategoryAxis *
hk_chart_category_axis_new (void)
{
  return g_object_new (HK_TYPE_CHART_CATEGORY_AXIS, NULL);
}

HkChartCategoryKind
hk_chart_category_axis_get_kind (HkChartCategoryAxis *self)
{
  g_return_val_if_fail (HK_IS_CHART_CATEGORY_AXIS (self), HK_CHART_CATEGORY_NAMES);

  return self->kind;
}

guint
hk_chart_category_axis_get_n_categories (HkChartCategoryAxis *self)
{
  g_return_val_if_fail (HK_IS_CHART_CATEGORY_AXIS (self), 0);

  return self->categories->len;
}

guint
hk_chart_category_axis_append_name (HkChartCategoryAxis *self,
                                    const char          *name)
{
  Category category = { 0 };

  g_return_val_if_fail (HK_IS_CHART_CATEGORY_AXIS (self), G_MAXUINT);
  g_return_val_if_fail (name != NULL, G_MAXUINT);
  g_return_val_if_fail (self->categories->len == 0 || self->kind == HK_CHART_CATEGORY_NAMES,
                        G_MAXUINT);

  self->kind = HK_CHART_CATEGORY_NAMES;
  category.name = g_strdup (name);
  g_array_append_val (self->categories, category);

  return self->categories->len - 1;
}

guint
hk_chart_category_axis_append_date (HkChartCategoryAxis *self,
                                    const char          *iso_date)
{
  HkChartCategoryKind kind = HK_CHART_CATEGORY_DAYS;
  Category category = { 0 };

  g_return_val_if_fail (HK_IS_CHART_CATEGORY_AXIS (self), G_MAXUINT);
  g_return_val_if_fail (iso_date != NULL, G_MAXUINT);

  category.date = parse_date (iso_date, &kind);
  g_return_val_if_fail (category.date != NULL, G_MAXUINT);
  if (self->categories->len > 0 && self->kind != kind)
    {
      g_date_time_unref (category.date);
      g_return_val_if_reached (G_MAXUINT);
    }

  self->kind = kind;
  g_array_append_val (self->categories, category);

  return self->categories->len - 1;
}

char *
hk_chart_category_axis_get_label (HkChartCategoryAxis *self,
                                  guint                index)
{
  Category *category;

  g_return_val_if_fail (HK_IS_CHART_CATEGORY_AXIS (self), NULL);
  g_return_val_if_fail (index < self->categories->len, NULL);

  category = &g_array_index (self->categories, Category, index);

  switch (self->kind)
    {
    case HK_CHART_CATEGORY_DAYS:
      /* Translators: a day under a chart and in its tooltips, for g_date_time_format():
       * "21 Oct". In Chinese “%-m月%-d日”.
       * xgettext:no-c-format */
      return g_date_time_format (category->date, C_("chart day", "%-d %b"));

    case HK_CHART_CATEGORY_MONTHS:
      /* Translators: a month in a chart's tooltips and its first label, for
       * g_date_time_format(): "Oct 2026". In Chinese “%Y年%-m月”.
       * xgettext:no-c-format */
      return g_date_time_format (category->date, C_("chart month", "%b %Y"));

    case HK_CHART_CATEGORY_NAMES:
    default:
      return g_strdup (category->name);
    }
}

char *
hk_chart_category_axis_get_tick_label (HkChartCategoryAxis *self,
                                       guint                index,
                                       guint                previous)
{
  Category *category;
  Category *before;

  g_return_val_if_fail (HK_IS_CHART_CATEGORY_AXIS (self), NULL);
  g_return_val_if_fail (index < self->categories->len, NULL);

  category = &g_array_index (self->categories, Category, index);
  before = previous < self->categories->len ?
           &g_array_index (self->categories, Category, previous) : NULL;

  if (self->kind == HK_CHART_CATEGORY_MONTHS && before != NULL &&
      g_date_time_get_year (before->date) == g_date_time_get_year (category->date))
    /* Translators: a month under a chart when its year is shown elsewhere, for
     * g_date_time_format(): "Nov". In Chinese “%-m月”.
     * xgettext:no-c-format */
    return g_date_time_format (category->date, C_("chart month without year", "%b"));

  return hk_chart_category_axis_get_label (self, index);
}

guint
hk_chart_category_axis_round_step (HkChartCategoryAxis *self,
                                   guint                min_step)
{
  static const guint day_steps[] = { 1, 2, 5, 7, 10, 14, 28 };
  static const guint month_steps[] = { 1, 2, 3, 4, 6, 12 };
  const guint *steps;
  guint n_steps;

  g_return_val_if_fail (HK_IS_CHART_CATEGORY_AXIS (self), 1);

  min_step = MAX (min_step, 1);

  switch (self->kind)
    {
    case HK_CHART_CATEGORY_DAYS:
      steps = day_steps;
      n_steps = G_N_ELEMENTS (day_steps);
      break;

    case HK_CHART_CATEGORY_MONTHS:
      steps = month_steps;
      n_steps = G_N_ELEMENTS (month_steps);
      break;

    case HK_CHART_CATEGORY_NAMES:
    default:
      return min_step;
    }

  for (guint i = 0; i < n_steps; i++)
    if (steps[i] >= min_step)
      return steps[i];

  /* Beyond the table: whole multiples of its last step. */
  return (min_step + steps[n_steps - 1] - 1) / steps[n_steps - 1] * steps[n_steps - 1];
}
