/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-opinion-item.h: one entry of the opinion book in its list, with its processing state. */

#pragma once

#include <glib-object.h>

#include "core/hk-opinion-entry.h"

G_BEGIN_DECLS

/* Where an entry is, in the order that needs the duty manager first. */
typedef enum
{
  HK_OPINION_ITEM_FLAGGED,          /* not processed by the end of the day after it */
  HK_OPINION_ITEM_WAITING,          /* not processed, not due yet */
  HK_OPINION_ITEM_PROCESSED_LATE,   /* processed after that */
  HK_OPINION_ITEM_PROCESSED,        /* processed in time */
} HkOpinionItemState;

#define HK_TYPE_OPINION_ITEM (hk_opinion_item_get_type ())

G_DECLARE_FINAL_TYPE (HkOpinionItem, hk_opinion_item, HK, OPINION_ITEM, GObject)

HkOpinionItem      *hk_opinion_item_new            (HkOpinionEntry *entry,
                                                    gint64          now,
                                                    GTimeZone      *time_zone);
HkOpinionEntry     *hk_opinion_item_get_entry      (HkOpinionItem  *self);
gint64              hk_opinion_item_get_id         (HkOpinionItem  *self);
HkOpinionItemState  hk_opinion_item_get_state      (HkOpinionItem  *self);
const char         *hk_opinion_item_get_state_title (HkOpinionItem *self);
const char         *hk_opinion_item_get_state_detail (HkOpinionItem *self);
const char         *hk_opinion_item_get_contact_label (HkOpinionItem *self);
const char         *hk_opinion_item_get_reply_label (HkOpinionItem *self);

G_END_DECLS
