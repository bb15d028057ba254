/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-number-range.h: runs of consecutive numbers: taking one out of another, covering, joining. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The numbers from @first to @last, both included (@first <= @last). Invoice numbers and card
 * serials are kept in such runs: a segment in one pair of hands that splits when part of it
 * moves and joins its neighbour in the same hands again. */
typedef struct
{
  gint64 first;
  gint64 last;
} HkNumberRange;

gint64   hk_number_range_size       (const HkNumberRange *range);
gboolean hk_number_range_contains   (const HkNumberRange *range,
                                     gint64               number);
gboolean hk_number_range_overlaps   (const HkNumberRange *a,
                                     const HkNumberRange *b);
gboolean hk_number_range_adjoins    (const HkNumberRange *before,
                                     const HkNumberRange *after);
guint    hk_number_range_subtract   (const HkNumberRange *segment,
                                     const HkNumberRange *run,
                                     HkNumberRange        left[2]);
gboolean hk_number_ranges_cover     (const HkNumberRange *segments,
                                     guint                n_segments,
                                     const HkNumberRange *run,
                                     gint64              *first_missing);
gboolean hk_number_ranges_normalize (GArray              *ranges,
                                     gint64              *overlap_at);

G_END_DECLS
