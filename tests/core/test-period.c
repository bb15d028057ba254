/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-period.c: days, ten-day periods and months: containing, next, previous, the same period
 * last month and last year, parsing and labels, at every edge of the calendar and in the hall's
 * time zone. */

#include "config.h"

#include "core/hk-error.h"
#include "core/hk-period.h"
#include "hk-test-db.h"

/* @period is of @kind and runs from @first to @last, @n_days days. */
static void
assert_period (const HkPeriod *period,
               HkPeriodKind    kind,
               const char     *first,
               const char     *last,
               guint           n_days)
{
  g_autofree char *first_day = hk_period_dup_first_day (period);
  g_autofree char *last_day = hk_period_dup_last_day (period);
  g_auto(GStrv) days = hk_period_dup_days (period);

  g_assert_cmpint (period->kind, ==, kind);
  g_assert_cmpstr (first_day, ==, first);
  g_assert_cmpstr (last_day, ==, last);
  g_assert_cmpuint (hk_period_get_n_days (period), ==, n_days);
  g_assert_cmpuint (g_strv_length (days), ==, n_days);
  g_assert_cmpstr (days[0], ==, first);
  g_assert_cmpstr (days[n_days - 1], ==, last);
}

static HkPeriod
period_of (HkPeriodKind  kind,
           const char   *day)
{
  g_autoptr(GError) error = NULL;
  HkPeriod period = { 0 };

  g_assert_true (hk_period_init_from_day (&period, kind, day, &error));
  g_assert_no_error (error);

  return period;
}

static void
assert_parse_fails (HkPeriodKind  kind,
                    const char   *text,
                    const char   *fragment)
{
  g_autoptr(GError) error = NULL;
  HkPeriod period = { HK_PERIOD_MONTH, 2000, 1, 1 };

  g_assert_false (hk_period_parse (&period, kind, text, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, fragment);
  /* A failed parse leaves the period as it was. */
  g_assert_cmpuint (period.year, ==, 2000);
}

static void
test_kinds (void)
{
  HkPeriodKind kind = HK_PERIOD_DAY;

  g_assert_cmpstr (hk_period_kind_to_id (HK_PERIOD_DAY), ==, "day");
  g_assert_cmpstr (hk_period_kind_to_id (HK_PERIOD_DEKAD), ==, "dekad");
  g_assert_cmpstr (hk_period_kind_to_id (HK_PERIOD_MONTH), ==, "month");
  g_assert_true (hk_period_kind_from_id ("month", &kind));
  g_assert_cmpint (kind, ==, HK_PERIOD_MONTH);
  g_assert_true (hk_period_kind_from_id ("dekad", &kind));
  g_assert_cmpint (kind, ==, HK_PERIOD_DEKAD);
  g_assert_false (hk_period_kind_from_id ("week", &kind));
  g_assert_cmpint (kind, ==, HK_PERIOD_DEKAD);
}

/* Every day of a month falls in the dekad 1–10, 11–20 or 21–end. */
static void
test_containing_dekad (void)
{
  HkPeriod p;

  p = period_of (HK_PERIOD_DEKAD, "2026-10-01");
  assert_period (&p, HK_PERIOD_DEKAD, "2026-10-01", "2026-10-10", 10);
  g_assert_cmpuint (hk_period_get_dekad (&p), ==, 1);
  p = period_of (HK_PERIOD_DEKAD, "2026-10-10");
  assert_period (&p, HK_PERIOD_DEKAD, "2026-10-01", "2026-10-10", 10);
  p = period_of (HK_PERIOD_DEKAD, "2026-10-11");
  assert_period (&p, HK_PERIOD_DEKAD, "2026-10-11", "2026-10-20", 10);
  g_assert_cmpuint (hk_period_get_dekad (&p), ==, 2);
  p = period_of (HK_PERIOD_DEKAD, "2026-10-20");
  assert_period (&p, HK_PERIOD_DEKAD, "2026-10-11", "2026-10-20", 10);
  p = period_of (HK_PERIOD_DEKAD, "2026-10-21");
  assert_period (&p, HK_PERIOD_DEKAD, "2026-10-21", "2026-10-31", 11);
  g_assert_cmpuint (hk_period_get_dekad (&p), ==, 3);
  p = period_of (HK_PERIOD_DEKAD, "2026-10-31");
  assert_period (&p, HK_PERIOD_DEKAD, "2026-10-21", "2026-10-31", 11);

  /* The last dekad has 8 to 11 days. */
  p = period_of (HK_PERIOD_DEKAD, "2026-11-25");
  assert_period (&p, HK_PERIOD_DEKAD, "2026-11-21", "2026-11-30", 10);
  p = period_of (HK_PERIOD_DEKAD, "2026-02-28");
  assert_period (&p, HK_PERIOD_DEKAD, "2026-02-21", "2026-02-28", 8);
  p = period_of (HK_PERIOD_DEKAD, "2024-02-29");
  assert_period (&p, HK_PERIOD_DEKAD, "2024-02-21", "2024-02-29", 9);
  p = period_of (HK_PERIOD_DEKAD, "2100-02-21");
  assert_period (&p, HK_PERIOD_DEKAD, "2100-02-21", "2100-02-28", 8);
  p = period_of (HK_PERIOD_DEKAD, "2000-02-22");
  assert_period (&p, HK_PERIOD_DEKAD, "2000-02-21", "2000-02-29", 9);
  g_assert_cmpuint (hk_period_get_dekad (&p), ==, 3);
  g_assert_cmpuint (hk_period_get_dekad (&(HkPeriod) { HK_PERIOD_MONTH, 2000, 2, 1 }), ==, 0);
}

static void
test_containing_month_and_day (void)
{
  HkPeriod p;

  p = period_of (HK_PERIOD_MONTH, "2026-10-21");
  assert_period (&p, HK_PERIOD_MONTH, "2026-10-01", "2026-10-31", 31);
  p = period_of (HK_PERIOD_MONTH, "2026-09-30");
  assert_period (&p, HK_PERIOD_MONTH, "2026-09-01", "2026-09-30", 30);
  p = period_of (HK_PERIOD_MONTH, "2026-02-01");
  assert_period (&p, HK_PERIOD_MONTH, "2026-02-01", "2026-02-28", 28);
  p = period_of (HK_PERIOD_MONTH, "2024-02-29");
  assert_period (&p, HK_PERIOD_MONTH, "2024-02-01", "2024-02-29", 29);
  /* 2100 is not a leap year (divisible by 100), 2000 is (divisible by 400). */
  p = period_of (HK_PERIOD_MONTH, "2100-02-15");
  assert_period (&p, HK_PERIOD_MONTH, "2100-02-01", "2100-02-28", 28);
  p = period_of (HK_PERIOD_MONTH, "2000-02-15");
  assert_period (&p, HK_PERIOD_MONTH, "2000-02-01", "2000-02-29", 29);

  p = period_of (HK_PERIOD_DAY, "2026-12-31");
  assert_period (&p, HK_PERIOD_DAY, "2026-12-31", "2026-12-31", 1);

  /* Not a date: refused, the period untouched. */
  g_assert_false (hk_period_init (&p, HK_PERIOD_MONTH, 2100, 2, 29));
  g_assert_false (hk_period_init (&p, HK_PERIOD_DAY, 2026, 13, 1));
  g_assert_false (hk_period_init (&p, HK_PERIOD_DAY, 2026, 4, 31));
  g_assert_false (hk_period_init (&p, HK_PERIOD_DAY, 999, 4, 1));
  assert_period (&p, HK_PERIOD_DAY, "2026-12-31", "2026-12-31", 1);
  g_assert_true (hk_period_init (&p, HK_PERIOD_DAY, 2000, 2, 29));
}

static void
test_contains_day (void)
{
  HkPeriod p = period_of (HK_PERIOD_DEKAD, "2024-02-25");

  g_assert_false (hk_period_contains_day (&p, "2024-02-20"));
  g_assert_true (hk_period_contains_day (&p, "2024-02-21"));
  g_assert_true (hk_period_contains_day (&p, "2024-02-29"));
  g_assert_false (hk_period_contains_day (&p, "2024-03-01"));
  g_assert_false (hk_period_contains_day (&p, NULL));
  g_assert_false (hk_period_contains_day (&p, "2024-02-2"));
}

/* Walks @n periods forward from @first, then back again, and checks the days join up. */
static void
assert_walk (HkPeriodKind  kind,
             const char   *first,
             guint         n)
{
  HkPeriod p = period_of (kind, first);
  HkPeriod start = p;

  for (guint i = 0; i < n; i++)
    {
      HkPeriod next = hk_period_get_next (&p);
      GDate last, after;

      hk_period_get_last_date (&p, &last);
      hk_period_get_first_date (&next, &after);
      g_assert_cmpint (g_date_days_between (&last, &after), ==, 1);
      g_assert_cmpint (next.kind, ==, kind);
      p = next;
    }

  for (guint i = 0; i < n; i++)
    p = hk_period_get_previous (&p);

  g_assert_true (hk_period_equal (&p, &start));
}

static void
test_next_previous (void)
{
  HkPeriod p;
  HkPeriod q;

  /* Across a year end. */
  p = period_of (HK_PERIOD_DEKAD, "2026-12-25");
  q = hk_period_get_next (&p);
  assert_period (&q, HK_PERIOD_DEKAD, "2027-01-01", "2027-01-10", 10);
  q = hk_period_get_previous (&q);
  assert_period (&q, HK_PERIOD_DEKAD, "2026-12-21", "2026-12-31", 11);

  p = period_of (HK_PERIOD_MONTH, "2026-12-01");
  q = hk_period_get_next (&p);
  assert_period (&q, HK_PERIOD_MONTH, "2027-01-01", "2027-01-31", 31);
  p = period_of (HK_PERIOD_MONTH, "2027-01-31");
  q = hk_period_get_previous (&p);
  assert_period (&q, HK_PERIOD_MONTH, "2026-12-01", "2026-12-31", 31);

  p = period_of (HK_PERIOD_DAY, "2026-12-31");
  q = hk_period_get_next (&p);
  assert_period (&q, HK_PERIOD_DAY, "2027-01-01", "2027-01-01", 1);
  p = period_of (HK_PERIOD_DAY, "2027-01-01");
  q = hk_period_get_previous (&p);
  assert_period (&q, HK_PERIOD_DAY, "2026-12-31", "2026-12-31", 1);

  /* Into and out of the short last dekad of February. */
  p = period_of (HK_PERIOD_DEKAD, "2100-02-15");
  q = hk_period_get_next (&p);
  assert_period (&q, HK_PERIOD_DEKAD, "2100-02-21", "2100-02-28", 8);
  q = hk_period_get_next (&q);
  assert_period (&q, HK_PERIOD_DEKAD, "2100-03-01", "2100-03-10", 10);
  p = period_of (HK_PERIOD_DEKAD, "2024-03-05");
  q = hk_period_get_previous (&p);
  assert_period (&q, HK_PERIOD_DEKAD, "2024-02-21", "2024-02-29", 9);

  /* Leap days as days. */
  p = period_of (HK_PERIOD_DAY, "2024-02-28");
  q = hk_period_get_next (&p);
  assert_period (&q, HK_PERIOD_DAY, "2024-02-29", "2024-02-29", 1);
  p = period_of (HK_PERIOD_DAY, "2100-03-01");
  q = hk_period_get_previous (&p);
  assert_period (&q, HK_PERIOD_DAY, "2100-02-28", "2100-02-28", 1);

  /* Many steps, through leap and common years, and back. */
  assert_walk (HK_PERIOD_DAY, "2023-12-20", 800);
  assert_walk (HK_PERIOD_DEKAD, "1999-12-21", 150);
  assert_walk (HK_PERIOD_MONTH, "2098-11-30", 40);

  /* The calendar's ends stay put rather than wrap. */
  p = period_of (HK_PERIOD_MONTH, "9999-12-31");
  q = hk_period_get_next (&p);
  g_assert_true (hk_period_equal (&p, &q));
  p = period_of (HK_PERIOD_DAY, "1000-01-01");
  q = hk_period_get_previous (&p);
  g_assert_true (hk_period_equal (&p, &q));
}

static void
test_same_last_month (void)
{
  HkPeriod p;
  HkPeriod q;

  /* A dekad keeps its number: 21–31 Oct ↔ 21–30 Sep. */
  p = period_of (HK_PERIOD_DEKAD, "2026-10-31");
  q = hk_period_get_same_last_month (&p);
  assert_period (&q, HK_PERIOD_DEKAD, "2026-09-21", "2026-09-30", 10);
  p = period_of (HK_PERIOD_DEKAD, "2026-03-21");
  q = hk_period_get_same_last_month (&p);
  assert_period (&q, HK_PERIOD_DEKAD, "2026-02-21", "2026-02-28", 8);
  p = period_of (HK_PERIOD_DEKAD, "2024-03-31");
  q = hk_period_get_same_last_month (&p);
  assert_period (&q, HK_PERIOD_DEKAD, "2024-02-21", "2024-02-29", 9);
  p = period_of (HK_PERIOD_DEKAD, "2024-03-11");
  q = hk_period_get_same_last_month (&p);
  assert_period (&q, HK_PERIOD_DEKAD, "2024-02-11", "2024-02-20", 10);

  /* Across the year end. */
  p = period_of (HK_PERIOD_DEKAD, "2027-01-05");
  q = hk_period_get_same_last_month (&p);
  assert_period (&q, HK_PERIOD_DEKAD, "2026-12-01", "2026-12-10", 10);
  p = period_of (HK_PERIOD_MONTH, "2027-01-05");
  q = hk_period_get_same_last_month (&p);
  assert_period (&q, HK_PERIOD_MONTH, "2026-12-01", "2026-12-31", 31);

  /* A day past the end of the shorter month becomes its last day. */
  p = period_of (HK_PERIOD_DAY, "2026-03-31");
  q = hk_period_get_same_last_month (&p);
  assert_period (&q, HK_PERIOD_DAY, "2026-02-28", "2026-02-28", 1);
  p = period_of (HK_PERIOD_DAY, "2024-03-30");
  q = hk_period_get_same_last_month (&p);
  assert_period (&q, HK_PERIOD_DAY, "2024-02-29", "2024-02-29", 1);
  p = period_of (HK_PERIOD_DAY, "2026-05-31");
  q = hk_period_get_same_last_month (&p);
  assert_period (&q, HK_PERIOD_DAY, "2026-04-30", "2026-04-30", 1);
  p = period_of (HK_PERIOD_DAY, "2026-10-15");
  q = hk_period_get_same_last_month (&p);
  assert_period (&q, HK_PERIOD_DAY, "2026-09-15", "2026-09-15", 1);
}

static void
test_same_last_year (void)
{
  HkPeriod p;
  HkPeriod q;

  p = period_of (HK_PERIOD_DEKAD, "2026-10-25");
  q = hk_period_get_same_last_year (&p);
  assert_period (&q, HK_PERIOD_DEKAD, "2025-10-21", "2025-10-31", 11);
  /* The last dekad of a leap February and of the common one before it. */
  p = period_of (HK_PERIOD_DEKAD, "2024-02-29");
  q = hk_period_get_same_last_year (&p);
  assert_period (&q, HK_PERIOD_DEKAD, "2023-02-21", "2023-02-28", 8);
  p = period_of (HK_PERIOD_DEKAD, "2025-02-21");
  q = hk_period_get_same_last_year (&p);
  assert_period (&q, HK_PERIOD_DEKAD, "2024-02-21", "2024-02-29", 9);
  /* 2101 looks back at 2100, which has no 29 February; 2001 at 2000, which has. */
  p = period_of (HK_PERIOD_MONTH, "2101-02-10");
  q = hk_period_get_same_last_year (&p);
  assert_period (&q, HK_PERIOD_MONTH, "2100-02-01", "2100-02-28", 28);
  p = period_of (HK_PERIOD_MONTH, "2001-02-10");
  q = hk_period_get_same_last_year (&p);
  assert_period (&q, HK_PERIOD_MONTH, "2000-02-01", "2000-02-29", 29);
  p = period_of (HK_PERIOD_DAY, "2024-02-29");
  q = hk_period_get_same_last_year (&p);
  assert_period (&q, HK_PERIOD_DAY, "2023-02-28", "2023-02-28", 1);
  p = period_of (HK_PERIOD_DAY, "2027-01-01");
  q = hk_period_get_same_last_year (&p);
  assert_period (&q, HK_PERIOD_DAY, "2026-01-01", "2026-01-01", 1);
}

static void
test_first_sub (void)
{
  HkPeriod month = period_of (HK_PERIOD_MONTH, "2024-02-17");
  HkPeriod d1 = hk_period_get_first_sub (&month, HK_PERIOD_DEKAD);
  HkPeriod d2 = hk_period_get_next (&d1);
  HkPeriod d3 = hk_period_get_next (&d2);
  HkPeriod day = hk_period_get_first_sub (&d3, HK_PERIOD_DAY);

  assert_period (&d1, HK_PERIOD_DEKAD, "2024-02-01", "2024-02-10", 10);
  assert_period (&d3, HK_PERIOD_DEKAD, "2024-02-21", "2024-02-29", 9);
  assert_period (&day, HK_PERIOD_DAY, "2024-02-21", "2024-02-21", 1);
}

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  HkPeriod p;

  /* A day inside the period, for every kind. */
  g_assert_true (hk_period_parse (&p, HK_PERIOD_DEKAD, "2026-10-21", &error));
  g_assert_no_error (error);
  assert_period (&p, HK_PERIOD_DEKAD, "2026-10-21", "2026-10-31", 11);
  g_assert_true (hk_period_parse (&p, HK_PERIOD_MONTH, "2026-10-21", &error));
  assert_period (&p, HK_PERIOD_MONTH, "2026-10-01", "2026-10-31", 31);
  g_assert_true (hk_period_parse (&p, HK_PERIOD_DAY, " 2026-10-21\n", &error));
  assert_period (&p, HK_PERIOD_DAY, "2026-10-21", "2026-10-21", 1);

  /* The dekad by its number, the month by itself. */
  g_assert_true (hk_period_parse (&p, HK_PERIOD_DEKAD, "2026-10-3", &error));
  assert_period (&p, HK_PERIOD_DEKAD, "2026-10-21", "2026-10-31", 11);
  g_assert_true (hk_period_parse (&p, HK_PERIOD_DEKAD, "2024-02-3", &error));
  assert_period (&p, HK_PERIOD_DEKAD, "2024-02-21", "2024-02-29", 9);
  g_assert_true (hk_period_parse (&p, HK_PERIOD_DEKAD, "2026-01-1", &error));
  assert_period (&p, HK_PERIOD_DEKAD, "2026-01-01", "2026-01-10", 10);
  g_assert_true (hk_period_parse (&p, HK_PERIOD_MONTH, "2100-02", &error));
  assert_period (&p, HK_PERIOD_MONTH, "2100-02-01", "2100-02-28", 28);
  g_assert_no_error (error);

  /* Forms that do not fit the kind. */
  assert_parse_fails (HK_PERIOD_DAY, "2026-10", "is not a day; write it as YYYY-MM-DD");
  assert_parse_fails (HK_PERIOD_DAY, "2026-10-3", "is not a day");
  assert_parse_fails (HK_PERIOD_MONTH, "2026-10-3", "is not a month; write it as YYYY-MM");
  assert_parse_fails (HK_PERIOD_DEKAD, "2026-10", "“2026-10” is not a ten-day period");
  assert_parse_fails (HK_PERIOD_DEKAD, "", "“” is not a ten-day period");
  assert_parse_fails (HK_PERIOD_DEKAD, NULL, "is not a ten-day period");
  assert_parse_fails (HK_PERIOD_MONTH, "2026/10", "is not a month");
  assert_parse_fails (HK_PERIOD_MONTH, "26-10", "is not a month");
  assert_parse_fails (HK_PERIOD_DAY, "2026-10-021", "is not a day");
  assert_parse_fails (HK_PERIOD_DAY, "2026-1-21", "is not a day");
  assert_parse_fails (HK_PERIOD_DAY, "2026-10-2x", "is not a day");

  /* The right form, but not in the calendar. */
  assert_parse_fails (HK_PERIOD_DAY, "2026-02-29",
                      "“2026-02-29” is not a date: 2026-02 has 28 days");
  assert_parse_fails (HK_PERIOD_DAY, "2100-02-29", "2100-02 has 28 days");
  assert_parse_fails (HK_PERIOD_MONTH, "2026-04-31", "2026-04 has 30 days");
  assert_parse_fails (HK_PERIOD_DAY, "2026-10-00", "2026-10 has 31 days");
  assert_parse_fails (HK_PERIOD_MONTH, "2026-13", "the month 01 to 12");
  assert_parse_fails (HK_PERIOD_DEKAD, "2026-00-1", "the month 01 to 12");
  assert_parse_fails (HK_PERIOD_DEKAD, "0999-10-1", "the year is 1000 to 9999");
  assert_parse_fails (HK_PERIOD_DEKAD, "2026-10-4", "the ten-day periods 1, 2 and 3");
  assert_parse_fails (HK_PERIOD_DEKAD, "2026-10-0", "the ten-day periods 1, 2 and 3");

  g_assert_true (hk_period_parse (&p, HK_PERIOD_DAY, "2000-02-29", &error));
  g_assert_no_error (error);
}

static void
test_parse_any (void)
{
  g_autoptr(GError) error = NULL;
  HkPeriod p;

  g_assert_true (hk_period_parse_any (&p, "2026-10-21", &error));
  assert_period (&p, HK_PERIOD_DAY, "2026-10-21", "2026-10-21", 1);
  g_assert_true (hk_period_parse_any (&p, "2026-10-2", &error));
  assert_period (&p, HK_PERIOD_DEKAD, "2026-10-11", "2026-10-20", 10);
  g_assert_true (hk_period_parse_any (&p, "2026-10", &error));
  assert_period (&p, HK_PERIOD_MONTH, "2026-10-01", "2026-10-31", 31);
  g_assert_no_error (error);

  g_assert_false (hk_period_parse_any (&p, "October", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID,
                        "“October” is not a period; write a day (2026-10-21), a ten-day "
                        "period (2026-10-3) or a month (2026-10)");
}

static void
test_to_string (void)
{
  const char *forms[] = { "2026-10-21", "2026-10-3", "2026-10", "2024-02-29", "2000-02-1" };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      HkPeriod p;

      g_assert_true (hk_period_parse_any (&p, forms[i], &error));
      g_assert_no_error (error);
      text = hk_period_to_string (&p);
      g_assert_cmpstr (text, ==, forms[i]);
    }
}

static void
test_labels (void)
{
  struct { HkPeriodKind kind; const char *day; const char *label; } cases[] = {
    { HK_PERIOD_DAY, "2026-10-21", "21 Oct 2026" },
    { HK_PERIOD_DEKAD, "2026-10-05", "1–10 Oct 2026" },
    { HK_PERIOD_DEKAD, "2026-10-15", "11–20 Oct 2026" },
    { HK_PERIOD_DEKAD, "2026-10-21", "21–31 Oct 2026" },
    { HK_PERIOD_DEKAD, "2024-02-29", "21–29 Feb 2024" },
    { HK_PERIOD_DEKAD, "2100-02-21", "21–28 Feb 2100" },
    { HK_PERIOD_MONTH, "2026-01-21", "Jan 2026" },
    { HK_PERIOD_MONTH, "2026-12-01", "Dec 2026" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HkPeriod p = period_of (cases[i].kind, cases[i].day);
      g_autofree char *label = hk_period_dup_label (&p);

      g_assert_cmpstr (label, ==, cases[i].label);
    }
}

static void
test_boxed (void)
{
  HkPeriod p = period_of (HK_PERIOD_DEKAD, "2026-10-21");
  g_autoptr(HkPeriod) copy = g_boxed_copy (HK_TYPE_PERIOD, &p);

  g_assert_true (copy != &p);
  g_assert_true (hk_period_equal (copy, &p));
  g_assert_true (G_TYPE_IS_ENUM (HK_TYPE_PERIOD_KIND));
}

static void
set_time_zone (HkTestDb   *fixture,
               const char *zone)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (fixture->database,
                              "INSERT INTO settings (key, value) VALUES ('time-zone', ?1)"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value", &error);
  g_assert_no_error (error);
  hk_statement_bind_text (stmt, 1, zone);
  g_assert_true (hk_statement_run (stmt, &error));
}

/* Which period a moment falls in, and when a period begins and ends, follow the hall's time
 * zone: 2026-12-31 20:00 UTC is already 2027 in Shanghai (UTC+8), not yet in New York. */
static void
test_time_zone (HkTestDb      *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) moment = g_date_time_new_utc (2026, 12, 31, 20, 0, 0);
  gint64 unix_seconds = g_date_time_to_unix (moment);
  HkPeriod p;
  gint64 start = 0, end = 0;

  {
    g_autoptr(HkHallStore) hall = hk_hall_store_new (fixture->database);

    hk_period_init_from_moment (&p, HK_PERIOD_DEKAD, hall, unix_seconds);
    assert_period (&p, HK_PERIOD_DEKAD, "2027-01-01", "2027-01-10", 10);
    hk_period_init_from_moment (&p, HK_PERIOD_MONTH, hall, unix_seconds);
    assert_period (&p, HK_PERIOD_MONTH, "2027-01-01", "2027-01-31", 31);

    /* January 2027 in Shanghai: from 2026-12-31 16:00 UTC to 2027-01-31 16:00 UTC. */
    hk_period_get_bounds (&p, hall, &start, &end);
    g_assert_cmpint (start, ==, unix_seconds - 4 * 3600);
    g_assert_cmpint (end - start, ==, 31 * 86400);
  }

  set_time_zone (fixture, "America/New_York");
  {
    g_autoptr(HkHallStore) hall = hk_hall_store_new (fixture->database);
    HkPeriod march;

    hk_period_init_from_moment (&p, HK_PERIOD_DEKAD, hall, unix_seconds);
    assert_period (&p, HK_PERIOD_DEKAD, "2026-12-21", "2026-12-31", 11);
    hk_period_init_from_moment (&p, HK_PERIOD_DAY, hall, unix_seconds);
    assert_period (&p, HK_PERIOD_DAY, "2026-12-31", "2026-12-31", 1);

    /* 31 Dec 2026 in New York (UTC−5): 05:00 UTC to 05:00 UTC the next day. */
    hk_period_get_bounds (&p, hall, &start, &end);
    g_assert_cmpint (start, ==, unix_seconds - 15 * 3600);
    g_assert_cmpint (end, ==, start + 86400);

    /* The first dekad of March 2026 holds the switch to summer time (Sunday 8 March): ten
     * days less an hour. */
    march = period_of (HK_PERIOD_DEKAD, "2026-03-01");
    hk_period_get_bounds (&march, hall, &start, &end);
    g_assert_cmpint (end - start, ==, 10 * 86400 - 3600);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/period/kinds", test_kinds);
  g_test_add_func ("/period/containing-dekad", test_containing_dekad);
  g_test_add_func ("/period/containing-month-and-day", test_containing_month_and_day);
  g_test_add_func ("/period/contains-day", test_contains_day);
  g_test_add_func ("/period/next-previous", test_next_previous);
  g_test_add_func ("/period/same-last-month", test_same_last_month);
  g_test_add_func ("/period/same-last-year", test_same_last_year);
  g_test_add_func ("/period/first-sub", test_first_sub);
  g_test_add_func ("/period/parse", test_parse);
  g_test_add_func ("/period/parse-any", test_parse_any);
  g_test_add_func ("/period/to-string", test_to_string);
  g_test_add_func ("/period/labels", test_labels);
  g_test_add_func ("/period/boxed", test_boxed);
  g_test_add ("/period/time-zone", HkTestDb, NULL, hk_test_db_setup, test_time_zone,
              hk_test_db_teardown);

  return g_test_run ();
}
