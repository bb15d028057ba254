/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-item.h: one complaint in the register's list and the first-contact book, with
 * every text the columns show. */

#pragma once

#include <glib-object.h>

#include "core/hk-complaint.h"

G_BEGIN_DECLS

#define HK_TYPE_COMPLAINT_ITEM (hk_complaint_item_get_type ())

G_DECLARE_FINAL_TYPE (HkComplaintItem, hk_complaint_item, HK, COMPLAINT_ITEM, GObject)

HkComplaintItem *hk_complaint_item_new              (HkComplaint     *complaint,
                                                     gint64           now,
                                                     GTimeZone       *time_zone);
HkComplaint     *hk_complaint_item_get_complaint    (HkComplaintItem *self);
gint64           hk_complaint_item_get_id           (HkComplaintItem *self);
HkComplaintSla   hk_complaint_item_get_sla          (HkComplaintItem *self);
const char      *hk_complaint_item_get_received_label (HkComplaintItem *self);
const char      *hk_complaint_item_get_customer_label (HkComplaintItem *self);
const char      *hk_complaint_item_get_deadline_label (HkComplaintItem *self);
const char      *hk_complaint_item_get_deadline_short (HkComplaintItem *self);
const char      *hk_complaint_item_get_status_title (HkComplaintItem *self);
const char      *hk_complaint_item_get_sla_title    (HkComplaintItem *self);
const char      *hk_complaint_item_get_entry_label  (HkComplaintItem *self);
void             hk_complaint_item_set_entry_label  (HkComplaintItem *self,
                                                     const char      *label);

G_END_DECLS
