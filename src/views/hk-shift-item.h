/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-shift-item.h: one clerk's shift in the duty manager's Shifts list, and its state. */

#pragma once

#include <glib-object.h>

#include "core/hk-shift.h"

G_BEGIN_DECLS

/* What the duty manager sees of a shift; in the order that needs them most. */
typedef enum
{
  HK_SHIFT_ITEM_WAITING,    /* closed with a blind count, not validated yet */
  HK_SHIFT_ITEM_REOPENED,   /* reopened by a duty manager: the clerk counts again */
  HK_SHIFT_ITEM_OPEN,       /* open: the clerk is at the counter */
  HK_SHIFT_ITEM_VALIDATED,  /* a duty manager validated the close */
} HkShiftItemState;

#define HK_TYPE_SHIFT_ITEM_STATE (hk_shift_item_state_get_type ())
GType             hk_shift_item_state_get_type     (void) G_GNUC_CONST;

HkShiftItemState  hk_shift_item_state_for_shift    (HkShift          *shift);
const char       *hk_shift_item_state_get_icon_name (HkShiftItemState  state);
const char       *hk_shift_item_difference_icon_name (gint64          difference);

#define HK_TYPE_SHIFT_ITEM (hk_shift_item_get_type ())

G_DECLARE_FINAL_TYPE (HkShiftItem, hk_shift_item, HK, SHIFT_ITEM, GObject)

HkShiftItem      *hk_shift_item_new                (HkShift          *shift,
                                                    const char       *clerk_name,
                                                    const char       *validator_name,
                                                    GTimeZone        *time_zone);
HkShift          *hk_shift_item_get_shift          (HkShiftItem      *self);
gint64            hk_shift_item_get_id             (HkShiftItem      *self);
const char       *hk_shift_item_get_clerk_name     (HkShiftItem      *self);
HkShiftItemState  hk_shift_item_get_state          (HkShiftItem      *self);
const char       *hk_shift_item_get_state_label    (HkShiftItem      *self);
const char       *hk_shift_item_get_difference_label (HkShiftItem    *self);

G_END_DECLS
