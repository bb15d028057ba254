/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-value-axis.c: the axis of a chart's values: unit, range, nice ticks and their labels. */

#include "config.h"

#include "hk-chart-value-axis.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "src/core/hk-money.h"

/* Below this, two tick values are the same: steps are never this small. */
#define EPSILON 1e-9

struct _HkChartValueAxis
{
  GObject            parent_instance;

  HkChartUnit        unit;
  HkChartMoneyStyle  money_style;
  gboolean           has_range;
  double             range_min;
  double             range_max;
};

G_DEFINE_FINAL_TYPE (HkChartValueAxis, hk_chart_value_axis, G_TYPE_OBJECT)

/* The smallest step between two ticks: ticks of money fall on whole yuan, counts on whole
 * things, ratios on tenths of a percent. */
static double
get_min_step (HkChartUnit unit)
{
  switch (unit)
    {
    case HK_CHART_UNIT_MONEY:
      return 100.0;

    case HK_CHART_UNIT_RATIO:
      return 0.001;

    case HK_CHART_UNIT_COUNT:
    default:
      return 1.0;
    }
}

/* The smallest of 1, 2, 5 × 10^k that is at least raw. */
static double
nice_step_above (double raw)
{
  double magnitude = pow (10.0, floor (log10 (raw)));
  double mantissa = raw / magnitude;

  if (mantissa <= 1.0 + EPSILON)
    return magnitude;
  if (mantissa <= 2.0 + EPSILON)
    return 2.0 * magnitude;
  if (mantissa <= 5.0 + EPSILON)
    return 5.0 * magnitude;

  return 10.0 * magnitude;
}

/**
 * hk_chart_nice_ticks:
 * @unit: what the values are
 * @low: the lowest value to show
 * @high: the highest value to show
 * @max_ticks: at most this many ticks (at least 2 are always made, 3 around zero)
 * @ticks: (out): the ticks
 *
 * Finds round ticks that cover @low … @high with as many ticks as fit in @max_ticks. A
 * range of one value reaches down (or up) to zero; a range of only zero is 0 … 1 of the
 * smallest step (0 … 100 % for ratios). Money steps by whole yuan (100 fen), counts by
 * whole things, ratios by 0.1 %.
 */
void
hk_chart_nice_ticks (HkChartUnit   unit,
                     double        low,
                     double        high,
                     guint         max_ticks,
                     HkChartTicks *ticks)
{
  double min_step = get_min_step (unit);
  double step;

  g_return_if_fail (ticks != NULL);

  max_ticks = MAX (max_ticks, 2);

  if (!isfinite (low))
    low = 0.0;
  if (!isfinite (high))
    high = 0.0;
  if (low > high)
    {
      double swap = low;

      low = high;
      high = swap;
    }

  if (high - low < min_step * EPSILON)
    {
      if (fabs (low) < min_step * EPSILON)
        {
          low = 0.0;
          high = unit == HK_CHART_UNIT_RATIO ? 1.0 : min_step;
        }
      else
        {
          low = MIN (low, 0.0);
          high = MAX (high, 0.0);
        }
    }

  /* Ticks on both sides of zero are at least three: below, zero, above. */
  if (low < 0.0 && high > 0.0)
    max_ticks = MAX (max_ticks, 3);

  step = nice_step_above (MAX ((high - low) / (max_ticks - 1), min_step));

  for (;;)
    {
      double first = floor (low / step + EPSILON);
      double last = ceil (high / step - EPSILON);
      guint n = (guint) llround (last - first) + 1;

      if (n <= max_ticks || n <= 2)
        {
          /* + 0.0 turns -0 into 0, which prints without a sign. */
          ticks->min = first * step + 0.0;
          ticks->max = last * step + 0.0;
          ticks->step = step;
          ticks->n_ticks = MAX (n, 2);
          if (n < 2)
            ticks->max = ticks->min + step;
          return;
        }

      step = nice_step_above (step * (1.0 + 100.0 * EPSILON));
    }
}

/* The value of the tick at index. */
double
hk_chart_ticks_get_value (const HkChartTicks *ticks,
                          guint               index)
{
  g_return_val_if_fail (ticks != NULL, 0.0);

  /* Counted from the first tick, so 0.1 + 0.2 does not creep into the labels. */
  return ticks->min + ticks->step * index;
}

/**
 * hk_chart_money_style_for_locale:
 *
 * How chart axes shorten money in the current translation: the translation of the string
 * "k/M" (context "chart axis money units") decides. Chinese translates it as "万/亿" and
 * gets ¥12.3万; every other translation keeps "k/M" and gets ¥123k. Following the
 * translation rather than the locale keeps the axis in the language of its labels even when
 * the message catalogue is missing.
 *
 * Returns: %HK_CHART_MONEY_STYLE_WAN or %HK_CHART_MONEY_STYLE_THOUSANDS
 */
HkChartMoneyStyle
hk_chart_money_style_for_locale (void)
{
  /* Translators: how chart axes shorten amounts of money. Keep “k/M” for ¥850, ¥123k,
   * ¥1.2M; translate it as “万/亿” for ¥8,500, ¥12.3万, ¥1.2亿. Nothing else is understood. */
  const char *units = C_("chart axis money units", "k/M");

  if (g_str_has_prefix (units, "万"))
    return HK_CHART_MONEY_STYLE_WAN;

  return HK_CHART_MONEY_STYLE_THOUSANDS;
}

static void
hk_chart_value_axis_class_init (HkChartValueAxisClass *klass)
{
}

static void
hk_chart_value_axis_init (HkChartValueAxis *self)
{
}

/**
 * hk_chart_value_axis_new:
 * @unit: what the values are
 *
 * Returns: (transfer full): an axis whose range comes from the data and whose money style
 *   follows the translation
 */
HkChartValueAxis *
hk_chart_value_axis_new (HkChartUnit unit)
{
  HkChartValueAxis *self = g_object_new (HK_TYPE_CHART_VALUE_AXIS, NULL);

  self->unit = unit;
  self->money_style = HK_CHART_MONEY_STYLE_AUTO;

  return self;
}

HkChartUnit
hk_chart_value_axis_get_unit (HkChartValueAxis *self)
{
  g_return_val_if_fail (HK_IS_CHART_VALUE_AXIS (self), HK_CHART_UNIT_COUNT);

  return self->unit;
}

void
hk_chart_value_axis_set_range (HkChartValueAxis *self,
                               double            min,
                               double            max)
{
  g_return_if_fail (HK_IS_CHART_VALUE_AXIS (self));
  g_return_if_fail (isfinite (min) && isfinite (max) && min < max);

  self->has_range = TRUE;
  self->range_min = min;
  self->range_max = max;
}

/* Returns TRUE and the fixed range when one was set. */
gboolean
hk_chart_value_axis_get_range (HkChartValueAxis *self,
                               double           *min,
                               double           *max)
{
  g_return_val_if_fail (HK_IS_CHART_VALUE_AXIS (self), FALSE);

  if (min != NULL)
    *min = self->range_min;
  if (max != NULL)
    *max = self->range_max;

  return self->has_range;
}

void
hk_chart_value_axis_set_money_style (HkChartValueAxis  *self,
                                     HkChartMoneyStyle  style)
{
  g_return_if_fail (HK_IS_CHART_VALUE_AXIS (self));

  self->money_style = style;
}

HkChartMoneyStyle
hk_chart_value_axis_get_money_style (HkChartValueAxis *self)
{
  g_return_val_if_fail (HK_IS_CHART_VALUE_AXIS (self), HK_CHART_MONEY_STYLE_THOUSANDS);

  if (self->money_style == HK_CHART_MONEY_STYLE_AUTO)
    return hk_chart_money_style_for_locale ();

  return self->money_style;
}

void
hk_chart_value_axis_compute_ticks (HkChartValueAxis *self,
                                   double            low,
                                   double            high,
                                   guint             max_ticks,
                                   HkChartTicks     *ticks)
{
  g_return_if_fail (HK_IS_CHART_VALUE_AXIS (self));
  g_return_if_fail (ticks != NULL);

  if (self->has_range)
    {
      hk_chart_nice_ticks (self->unit, self->range_min, self->range_max, max_ticks, ticks);
      /* The fixed range is the range, even when its ends are not round. */
      ticks->min = MAX (ticks->min, self->range_min);
      ticks->max = MIN (ticks->max, self->range_max);
      if (ticks->min > self->range_min + ticks->step * EPSILON ||
          ticks->max < self->range_max - ticks->step * EPSILON)
        {
          ticks->min = self->range_min;
          ticks->max = self->range_max;
        }
      ticks->n_ticks = (guint) floor ((ticks->max - ticks->min) / ticks->step + EPSILON) + 1;
      return;
    }

  hk_chart_nice_ticks (self->unit, low, high, max_ticks, ticks);
}

static char *
format_ratio (double ratio,
              int    decimals)
{
  return g_strdup_printf ("%.*f %%", decimals, ratio * 100.0);
}

static char *
format_count (double value)
{
  return g_strdup_printf ("%'lld", (long long) llround (value));
}

char *
hk_chart_value_axis_format_short (HkChartValueAxis *self,
                                  double            value)
{
  g_return_val_if_fail (HK_IS_CHART_VALUE_AXIS (self), NULL);

  switch (self->unit)
    {
    case HK_CHART_UNIT_MONEY:
      if (hk_chart_value_axis_get_money_style (self) == HK_CHART_MONEY_STYLE_WAN)
        return hk_money_format_chinese_short ((gint64) llround (value));
      return hk_money_format_short ((gint64) llround (value));

    case HK_CHART_UNIT_RATIO:
      /* Whole percents stay whole: "95 %"; others keep one decimal: "95.3 %". */
      return format_ratio (value, fabs (value * 100.0 - round (value * 100.0)) < 0.05 ? 0 : 1);

    case HK_CHART_UNIT_COUNT:
    default:
      return format_count (value);
    }
}

char *
hk_chart_value_axis_format_value (HkChartValueAxis *self,
                                  double            value)
{
  g_return_val_if_fail (HK_IS_CHART_VALUE_AXIS (self), NULL);

  switch (self->unit)
    {
    case HK_CHART_UNIT_MONEY:
      return hk_money_format ((gint64) llround (value));

    case HK_CHART_UNIT_RATIO:
      return format_ratio (value, 1);

    case HK_CHART_UNIT_COUNT:
    default:
      return format_count (value);
    }
}

char **
hk_chart_value_axis_format_ticks (HkChartValueAxis   *self,
                                  const HkChartTicks *ticks)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean exact = FALSE;

  g_return_val_if_fail (HK_IS_CHART_VALUE_AXIS (self), NULL);
  g_return_val_if_fail (ticks != NULL, NULL);

  for (guint i = 0; i < ticks->n_ticks; i++)
    {
      double value = hk_chart_ticks_get_value (ticks, i);
      char *label;

      if (self->unit == HK_CHART_UNIT_RATIO)
        {
          /* As many decimals as the step needs, the same for every tick. */
          int decimals = ticks->step * 100.0 >= 1.0 - EPSILON ? 0 :
                         ticks->step * 100.0 >= 0.1 - EPSILON ? 1 : 2;

          label = format_ratio (value, decimals);
        }
      else
        {
          label = hk_chart_value_axis_format_short (self, value);
        }

      g_ptr_array_add (labels, label);
      if (!g_hash_table_add (seen, label))
        exact = TRUE;
    }

  if (exact)
    {
      g_hash_table_remove_all (seen);
      g_ptr_array_set_size (labels, 0);
      for (guint i = 0; i < ticks->n_ticks; i++)
        g_ptr_array_add (labels,
                         hk_chart_value_axis_format_value (self,
                                                           hk_chart_ticks_get_value (ticks, i)));
    }

  g_ptr_array_add (labels, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&labels), FALSE);
}
