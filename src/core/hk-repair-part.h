/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-part.h: one part of the repair desk's stock (备件) and how many are on hand. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_REPAIR_PART (hk_repair_part_get_type ())

G_DECLARE_FINAL_TYPE (HkRepairPart, hk_repair_part, HK, REPAIR_PART, GObject)

gint64       hk_repair_part_get_id             (HkRepairPart *self);
const char  *hk_repair_part_get_code           (HkRepairPart *self);
const char  *hk_repair_part_get_name           (HkRepairPart *self);
gint64       hk_repair_part_get_fee_item_id    (HkRepairPart *self);
const char  *hk_repair_part_get_fee_item_code  (HkRepairPart *self);
gint64       hk_repair_part_get_price          (HkRepairPart *self);
gint64       hk_repair_part_get_on_hand        (HkRepairPart *self);
gint64       hk_repair_part_get_last_count_at  (HkRepairPart *self);

G_END_DECLS
