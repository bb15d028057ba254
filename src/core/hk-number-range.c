/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-number-range.c: runs of consecutive numbers: taking one out of another, covering, joining.
 *
 * The arithmetic that the invoice books (hk-invoice-book-store.c) and the card stock
 * (hk-card-stock-store.c) share. Each store keeps its segments in its own table; a move reads
 * the segments that touch the run, checks with hk_number_ranges_cover() that they hold all of
 * it, writes back what hk_number_range_subtract() leaves of each, and joins the moved run
 * with the neighbours hk_number_range_adjoins() finds in the same hands. No SQL here: these
 * are pure functions, tested on their own.
 */

#include "config.h"

#include "hk-number-range.h"

gint64
hk_number_range_size (const HkNumberRange *range)
{
  g_return_val_if_fail (range != NULL, 0);

  return range->last - range->first + 1;
}

gboolean
hk_number_range_contains (const HkNumberRange *range,
                          gint64               number)
{
  g_return_val_if_fail (range != NULL, FALSE);

  return number >= range->first && number <= range->last;
}

gboolean
hk_number_range_overlaps (const HkNumberRange *a,
                          const HkNumberRange *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->first <= b->last && b->first <= a->last;
}

/* TRUE when @after starts right after @before ends: together they are one run. */
gboolean
hk_number_range_adjoins (const HkNumberRange *before,
                         const HkNumberRange *after)
{
  g_return_val_if_fail (before != NULL && after != NULL, FALSE);

  return before->last < G_MAXINT64 && before->last + 1 == after->first;
}

/**
 * hk_number_range_subtract:
 * @segment: a run held by someone
 * @run: the run that leaves them
 * @left: (out caller-allocates): what stays, in order
 *
 * What is left of @segment when @run is taken out of it: nothing, the part before @run, the
 * part after it, or both (a run taken from the middle splits the segment in two).
 *
 * Returns: how many pieces were written to @left, 0 to 2
 */
guint
hk_number_range_subtract (const HkNumberRange *segment,
                          const HkNumberRange *run,
                          HkNumberRange        left[2])
{
  guint n = 0;

  g_return_val_if_fail (segment != NULL && run != NULL && left != NULL, 0);

  if (!hk_number_range_overlaps (segment, run))
    {
      left[0] = *segment;
      return 1;
    }

  if (segment->first < run->first)
    left[n++] = (HkNumberRange) { segment->first, run->first - 1 };

  if (segment->last > run->last)
    left[n++] = (HkNumberRange) { run->last + 1, segment->last };

  return n;
}

/**
 * hk_number_ranges_cover:
 * @segments: (array length=n_segments): runs sorted by their first number, not overlapping
 * @run: the numbers wanted
 * @first_missing: (out) (optional): the lowest number of @run in none of @segments
 *
 * Returns: whether every number of @run is in one of @segments
 */
gboolean
hk_number_ranges_cover (const HkNumberRange *segments,
                        guint                n_segments,
                        const HkNumberRange *run,
                        gint64              *first_missing)
{
  gint64 expected;

  g_return_val_if_fail (segments != NULL || n_segments == 0, FALSE);
  g_return_val_if_fail (run != NULL, FALSE);

  expected = run->first;

  for (guint i = 0; i < n_segments && expected <= run->last; i++)
    {
      if (segments[i].last < expected)
        continue;
      if (segments[i].first > expected)
        break;
      if (segments[i].last >= run->last)
        return TRUE;
      expected = segments[i].last + 1;
    }

  if (expected > run->last)
    return TRUE;

  if (first_missing != NULL)
    *first_missing = expected;

  return FALSE;
}

static int
compare_first (gconstpointer a,
               gconstpointer b)
{
  const HkNumberRange *ra = a;
  const HkNumberRange *rb = b;

  return ra->first < rb->first ? -1 : ra->first > rb->first ? 1 : 0;
}

/**
 * hk_number_ranges_normalize:
 * @ranges: (element-type HkNumberRange): runs in any order
 * @overlap_at: (out) (optional): the first number named twice
 *
 * Sorts @ranges and joins the runs that adjoin, so that "1-5, 6-9" is one run "1-9". A number
 * in two runs is refused: the runs are left sorted but not joined.
 *
 * Returns: %FALSE when two runs share a number
 */
gboolean
hk_number_ranges_normalize (GArray *ranges,
                            gint64 *overlap_at)
{
  guint out = 0;

  g_return_val_if_fail (ranges != NULL, FALSE);

  g_array_sort (ranges, compare_first);

  for (guint i = 1; i < ranges->len; i++)
    {
      HkNumberRange *prev = &g_array_index (ranges, HkNumberRange, i - 1);
      HkNumberRange *cur = &g_array_index (ranges, HkNumberRange, i);

      if (cur->first <= prev->last)
        {
          if (overlap_at != NULL)
            *overlap_at = cur->first;
          return FALSE;
        }
    }

  for (guint i = 0; i < ranges->len; i++)
    {
      HkNumberRange cur = g_array_index (ranges, HkNumberRange, i);

      if (out > 0 && hk_number_range_adjoins (&g_array_index (ranges, HkNumberRange, out - 1),
                                              &cur))
        g_array_index (ranges, HkNumberRange, out - 1).last = cur.last;
      else
        g_array_index (ranges, HkNumberRange, out++) = cur;
    }

  g_array_set_size (ranges, out);

  return TRUE;
}
