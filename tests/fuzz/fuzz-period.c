/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-period.c: libFuzzer target: hk_period_parse_any() and hk_period_parse() of each kind on
 * any text; a period they accept prints and reads back equal, with sane bounds. */

#include "config.h"

#include "core/hk-period.h"
#include "hk-fuzz-hall.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_period (const HkPeriod *period)
{
  g_autofree char *text = hk_period_to_string (period);
  g_autofree char *label = hk_period_dup_label (period);
  g_auto(GStrv) days = hk_period_dup_days (period);
  HkPeriod again;
  HkPeriod next = hk_period_get_next (period);
  HkPeriod previous = hk_period_get_previous (period);

  g_assert_nonnull (label);
  g_assert_true (hk_period_parse_any (&again, text, NULL));
  g_assert_true (hk_period_equal (&again, period));
  g_assert_cmpuint (g_strv_length (days), ==, hk_period_get_n_days (period));
  g_assert_cmpuint (hk_period_get_n_days (period), >=, 1);
  g_assert_cmpuint (hk_period_get_n_days (period), <=, 31);
  g_assert_true (hk_period_contains_day (period, days[0]));
  (void)next;
  (void)previous;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *)data, size);
  HkPeriod period;

  if (hk_period_parse_any (&period, text, NULL))
    check_period (&period);

  for (int kind = HK_PERIOD_DAY; kind <= HK_PERIOD_MONTH; kind++)
    if (hk_period_parse (&period, kind, text, NULL))
      check_period (&period);

  return 0;
}
