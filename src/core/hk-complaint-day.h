/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-day.h: one day of the first-contact responsibility book (首问责任制本) and its
 * signature by the duty manager. */

#pragma once

#include <gio/gio.h>

#include "hk-complaint.h"

G_BEGIN_DECLS

#define HK_TYPE_COMPLAINT_DAY (hk_complaint_day_get_type ())

G_DECLARE_FINAL_TYPE (HkComplaintDay, hk_complaint_day, HK, COMPLAINT_DAY, GObject)

const char  *hk_complaint_day_get_day                 (HkComplaintDay     *self);
GListModel  *hk_complaint_day_get_complaints          (HkComplaintDay     *self);
guint        hk_complaint_day_get_n_entered_late      (HkComplaintDay     *self);
guint        hk_complaint_day_get_n_not_closed        (HkComplaintDay     *self);

gboolean     hk_complaint_day_is_signed               (HkComplaintDay     *self);
gint64       hk_complaint_day_get_signed_at           (HkComplaintDay     *self);
gint64       hk_complaint_day_get_signed_by           (HkComplaintDay     *self);
const char  *hk_complaint_day_get_signed_by_name      (HkComplaintDay     *self);
const char  *hk_complaint_day_get_note                (HkComplaintDay     *self);

/* As they were at signing, stored then: never recomputed. */
guint        hk_complaint_day_get_n_received_at_signing (HkComplaintDay   *self);
guint        hk_complaint_day_get_n_closed_at_signing (HkComplaintDay     *self);
guint        hk_complaint_day_get_n_open_at_signing   (HkComplaintDay     *self);
gint64       hk_complaint_day_get_open_complaint_id   (HkComplaintDay     *self,
                                                       guint               index);
gboolean     hk_complaint_day_lookup_open_at_signing  (HkComplaintDay     *self,
                                                       gint64              complaint_id,
                                                       HkComplaintStatus  *status,
                                                       HkComplaintSla     *sla,
                                                       gint64             *handler_id);
gboolean     hk_complaint_day_entered_after_signing   (HkComplaintDay     *self,
                                                       HkComplaint        *complaint);

G_END_DECLS
