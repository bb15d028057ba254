/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-briefing.h: a pre-shift briefing (班前会) or post-shift review (班后讲评) with its attendance. */

#pragma once

#include <glib-object.h>

#include "hk-duty-types.h"

G_BEGIN_DECLS

#define HK_TYPE_BRIEFING (hk_briefing_get_type ())

G_DECLARE_FINAL_TYPE (HkBriefing, hk_briefing, HK, BRIEFING, GObject)

gint64              hk_briefing_get_id           (HkBriefing *self);
const char         *hk_briefing_get_day          (HkBriefing *self);
HkDutyShift         hk_briefing_get_shift        (HkBriefing *self);
HkBriefingKind      hk_briefing_get_kind         (HkBriefing *self);
gint64              hk_briefing_get_held_at      (HkBriefing *self);
gint64              hk_briefing_get_held_by      (HkBriefing *self);
const char         *hk_briefing_get_held_by_name (HkBriefing *self);
const char         *hk_briefing_get_content      (HkBriefing *self);
const char * const *hk_briefing_get_present      (HkBriefing *self);
const char * const *hk_briefing_get_absent       (HkBriefing *self);

G_END_DECLS
