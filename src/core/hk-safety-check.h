/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-safety-check.h: one safety check (安全检查) of a shift: each checklist item passed or failed. */

#pragma once

#include <glib-object.h>

#include "hk-duty-types.h"

G_BEGIN_DECLS

#define HK_TYPE_SAFETY_CHECK (hk_safety_check_get_type ())

G_DECLARE_FINAL_TYPE (HkSafetyCheck, hk_safety_check, HK, SAFETY_CHECK, GObject)

gint64      hk_safety_check_get_id              (HkSafetyCheck *self);
const char *hk_safety_check_get_day             (HkSafetyCheck *self);
HkDutyShift hk_safety_check_get_shift           (HkSafetyCheck *self);
gint64      hk_safety_check_get_checked_at      (HkSafetyCheck *self);
gint64      hk_safety_check_get_checked_by      (HkSafetyCheck *self);
const char *hk_safety_check_get_checked_by_name (HkSafetyCheck *self);
GPtrArray  *hk_safety_check_get_results         (HkSafetyCheck *self);
guint       hk_safety_check_get_n_failed        (HkSafetyCheck *self);

G_END_DECLS
