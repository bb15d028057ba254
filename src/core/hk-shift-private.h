/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-shift-private.h: how HkShiftStore builds shifts from its rows. */

#pragma once

#include "hk-shift.h"

G_BEGIN_DECLS

typedef struct
{
  gint64         id;
  gint64         clerk_id;
  char          *business_day;
  HkShiftStatus  status;
  gint64         opened_at;
  gint64         opening_float;
  gint64         closed_at;
  gint64         counted_cash;
  gint64         expected_cash;
  gint64         declared[HK_N_PAYMENT_METHODS];
  gint64         counts[HK_N_DENOMINATIONS];
  gint64         validated_at;
  gint64         validated_by;
  guint          times_reopened;
} HkShiftData;

HkShift *hk_shift_new_take (HkShiftData *data);
char    *hk_shift_format_counts (const gint64 counts[HK_N_DENOMINATIONS]);
gboolean hk_shift_parse_counts  (const char  *text,
                                 gint64       counts[HK_N_DENOMINATIONS]);

G_END_DECLS
