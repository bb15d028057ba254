/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-series.c: one named row of values of a chart, one value per category. */

#include "config.h"

#include "hk-chart-series.h"

#include <math.h>

struct _HkChartSeries
{
  GObject  parent_instance;

  char    *name;
  GArray  *values;  /* double */
};

G_DEFINE_FINAL_TYPE (HkChartSeries, hk_chart_series, G_TYPE_OBJECT)

static void
hk_chart_series_finalize (GObject *object)
{
  HkChartSeries *self = HK_CHART_SERIES (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->values, g_array_unref);

  G_OBJECT_CLASS (hk_chart_series_parent_class)->finalize (object);
}

static void
hk_chart_series_class_init (HkChartSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_chart_series_finalize;
}

static void
hk_chart_series_init (HkChartSeries *self)
{
  self->values = g_array_new (FALSE, FALSE, sizeof (double));
}

/**
 * hk_chart_series_new:
 * @name: what the values are, as the legend and the screen reader say it ("Revenue")
 *
 * Returns: (transfer full): an empty series
 */
HkChartSeries *
hk_chart_series_new (const char *name)
{
  HkChartSeries *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (HK_TYPE_CHART_SERIES, NULL);
  self->name = g_strdup (name);

  return self;
}

const char *
hk_chart_series_get_name (HkChartSeries *self)
{
  g_return_val_if_fail (HK_IS_CHART_SERIES (self), NULL);

  return self->name;
}

/**
 * hk_chart_series_append:
 * @self: a series
 * @value: the value of the next category, or NAN for none
 *
 * Infinite values are stored as NAN.
 */
void
hk_chart_series_append (HkChartSeries *self,
                        double         value)
{
  g_return_if_fail (HK_IS_CHART_SERIES (self));

  if (!isfinite (value))
    value = NAN;

  g_array_append_val (self->values, value);
}

guint
hk_chart_series_get_n_values (HkChartSeries *self)
{
  g_return_val_if_fail (HK_IS_CHART_SERIES (self), 0);

  return self->values->len;
}

double
hk_chart_series_get_value (HkChartSeries *self,
                           guint          index)
{
  g_return_val_if_fail (HK_IS_CHART_SERIES (self), NAN);

  if (index >= self->values->len)
    return NAN;

  return g_array_index (self->values, double, index);
}
