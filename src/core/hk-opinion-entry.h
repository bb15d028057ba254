/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-opinion-entry.h: one entry of the customer opinion book (意见簿) and its processing. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_OPINION_ENTRY (hk_opinion_entry_get_type ())

G_DECLARE_FINAL_TYPE (HkOpinionEntry, hk_opinion_entry, HK, OPINION_ENTRY, GObject)

gint64       hk_opinion_entry_get_id               (HkOpinionEntry *self);
const char  *hk_opinion_entry_get_day              (HkOpinionEntry *self);
const char  *hk_opinion_entry_get_text             (HkOpinionEntry *self);
const char  *hk_opinion_entry_get_contact          (HkOpinionEntry *self);
gint64       hk_opinion_entry_get_due_at           (HkOpinionEntry *self);
gint64       hk_opinion_entry_get_entered_at       (HkOpinionEntry *self);
gint64       hk_opinion_entry_get_entered_by       (HkOpinionEntry *self);
const char  *hk_opinion_entry_get_entered_by_name  (HkOpinionEntry *self);

gboolean     hk_opinion_entry_is_processed         (HkOpinionEntry *self);
const char  *hk_opinion_entry_get_reply            (HkOpinionEntry *self);
gint64       hk_opinion_entry_get_replied_at       (HkOpinionEntry *self);
gint64       hk_opinion_entry_get_replied_by       (HkOpinionEntry *self);
const char  *hk_opinion_entry_get_replied_by_name  (HkOpinionEntry *self);

gboolean     hk_opinion_entry_is_flagged           (HkOpinionEntry *self,
                                                    gint64          now);
gboolean     hk_opinion_entry_is_processed_late    (HkOpinionEntry *self);

G_END_DECLS
