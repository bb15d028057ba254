/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-consultation.h: one released file, from its release to its return to the archive. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_CONSULTATION (hk_consultation_get_type ())

G_DECLARE_FINAL_TYPE (HkConsultation, hk_consultation, HK, CONSULTATION, GObject)

gint64       hk_consultation_get_id             (HkConsultation *self);
gint64       hk_consultation_get_request_id     (HkConsultation *self);
gint64       hk_consultation_get_file_id        (HkConsultation *self);
const char  *hk_consultation_get_file_no        (HkConsultation *self);
gint64       hk_consultation_get_designated_id  (HkConsultation *self);
gint64       hk_consultation_get_released_at    (HkConsultation *self);
gint64       hk_consultation_get_released_by    (HkConsultation *self);
gint64       hk_consultation_get_due_at         (HkConsultation *self);
gboolean     hk_consultation_is_open            (HkConsultation *self);
gboolean     hk_consultation_is_overdue         (HkConsultation *self);
gint64       hk_consultation_get_returned_at    (HkConsultation *self);
gint64       hk_consultation_get_returned_by    (HkConsultation *self);
const char  *hk_consultation_get_consulted      (HkConsultation *self);
guint        hk_consultation_get_copies         (HkConsultation *self);

G_END_DECLS
