/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-number-range.c: the range arithmetic the invoice books and the card stock share:
 * taking a run out of a segment, covering a run, joining runs that adjoin. */

#include "config.h"

#include "core/hk-number-range.h"

static void
test_subtract (void)
{
  const HkNumberRange segment = { 100, 199 };
  HkNumberRange left[2];
  guint n;

  /* From the middle: two pieces, before and after. */
  n = hk_number_range_subtract (&segment, &(HkNumberRange) { 120, 129 }, left);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (left[0].first, ==, 100);
  g_assert_cmpint (left[0].last, ==, 119);
  g_assert_cmpint (left[1].first, ==, 130);
  g_assert_cmpint (left[1].last, ==, 199);

  /* From the start or the end: one piece. */
  n = hk_number_range_subtract (&segment, &(HkNumberRange) { 100, 149 }, left);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (left[0].first, ==, 150);
  g_assert_cmpint (left[0].last, ==, 199);

  n = hk_number_range_subtract (&segment, &(HkNumberRange) { 199, 199 }, left);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (left[0].first, ==, 100);
  g_assert_cmpint (left[0].last, ==, 198);

  /* A run that reaches beyond the segment takes all of what it overlaps. */
  n = hk_number_range_subtract (&segment, &(HkNumberRange) { 50, 150 }, left);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (left[0].first, ==, 151);

  /* All of it: nothing is left. */
  n = hk_number_range_subtract (&segment, &(HkNumberRange) { 0, 1000 }, left);
  g_assert_cmpuint (n, ==, 0);

  /* No overlap: the segment stays whole. */
  n = hk_number_range_subtract (&segment, &(HkNumberRange) { 200, 300 }, left);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (left[0].first, ==, 100);
  g_assert_cmpint (left[0].last, ==, 199);

  g_assert_cmpint (hk_number_range_size (&segment), ==, 100);
  g_assert_true (hk_number_range_contains (&segment, 100));
  g_assert_true (hk_number_range_contains (&segment, 199));
  g_assert_false (hk_number_range_contains (&segment, 200));
}

static void
test_cover (void)
{
  const HkNumberRange segments[] = { { 1, 10 }, { 11, 20 }, { 30, 40 } };
  gint64 missing = -1;

  g_assert_true (hk_number_ranges_cover (segments, 3, &(HkNumberRange) { 5, 15 }, &missing));
  g_assert_true (hk_number_ranges_cover (segments, 3, &(HkNumberRange) { 30, 30 }, NULL));
  g_assert_true (hk_number_ranges_cover (segments, 3, &(HkNumberRange) { 1, 20 }, NULL));

  /* A hole between 20 and 30: the first missing number is named. */
  g_assert_false (hk_number_ranges_cover (segments, 3, &(HkNumberRange) { 15, 35 }, &missing));
  g_assert_cmpint (missing, ==, 21);

  g_assert_false (hk_number_ranges_cover (segments, 3, &(HkNumberRange) { 0, 5 }, &missing));
  g_assert_cmpint (missing, ==, 0);

  g_assert_false (hk_number_ranges_cover (segments, 3, &(HkNumberRange) { 38, 41 }, &missing));
  g_assert_cmpint (missing, ==, 41);

  g_assert_false (hk_number_ranges_cover (NULL, 0, &(HkNumberRange) { 7, 7 }, &missing));
  g_assert_cmpint (missing, ==, 7);
}

static void
test_normalize (void)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (HkNumberRange));
  const HkNumberRange given[] = { { 21, 30 }, { 1, 10 }, { 11, 15 }, { 40, 40 } };
  gint64 overlap = -1;

  g_array_append_vals (ranges, given, G_N_ELEMENTS (given));
  g_assert_true (hk_number_ranges_normalize (ranges, &overlap));

  /* 1-10 and 11-15 join; 21-30 and 40 stay apart. */
  g_assert_cmpuint (ranges->len, ==, 3);
  g_assert_cmpint (g_array_index (ranges, HkNumberRange, 0).first, ==, 1);
  g_assert_cmpint (g_array_index (ranges, HkNumberRange, 0).last, ==, 15);
  g_assert_cmpint (g_array_index (ranges, HkNumberRange, 1).first, ==, 21);
  g_assert_cmpint (g_array_index (ranges, HkNumberRange, 2).first, ==, 40);

  /* A number named twice is refused. */
  g_array_set_size (ranges, 0);
  g_array_append_vals (ranges, (HkNumberRange[]) { { 5, 9 }, { 1, 5 } }, 2);
  g_assert_false (hk_number_ranges_normalize (ranges, &overlap));
  g_assert_cmpint (overlap, ==, 5);

  g_assert_true (hk_number_range_adjoins (&(HkNumberRange) { 1, 4 }, &(HkNumberRange) { 5, 9 }));
  g_assert_false (hk_number_range_adjoins (&(HkNumberRange) { 1, 4 }, &(HkNumberRange) { 6, 9 }));
  g_assert_false (hk_number_range_adjoins (&(HkNumberRange) { 5, 9 }, &(HkNumberRange) { 1, 4 }));
  g_assert_true (hk_number_range_overlaps (&(HkNumberRange) { 1, 5 }, &(HkNumberRange) { 5, 9 }));
  g_assert_false (hk_number_range_overlaps (&(HkNumberRange) { 1, 4 }, &(HkNumberRange) { 5, 9 }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/number-range/subtract", test_subtract);
  g_test_add_func ("/number-range/cover", test_cover);
  g_test_add_func ("/number-range/normalize", test_normalize);

  return g_test_run ();
}
