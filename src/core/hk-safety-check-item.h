/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-safety-check-item.h: one item of the configurable safety checklist. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_SAFETY_CHECK_ITEM (hk_safety_check_item_get_type ())

G_DECLARE_FINAL_TYPE (HkSafetyCheckItem, hk_safety_check_item, HK, SAFETY_CHECK_ITEM, GObject)

gint64      hk_safety_check_item_get_id       (HkSafetyCheckItem *self);
const char *hk_safety_check_item_get_code     (HkSafetyCheckItem *self);
const char *hk_safety_check_item_get_name     (HkSafetyCheckItem *self);
guint       hk_safety_check_item_get_position (HkSafetyCheckItem *self);
gboolean    hk_safety_check_item_is_active    (HkSafetyCheckItem *self);

G_END_DECLS
