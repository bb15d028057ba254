/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-event.h: one step in a complaint's history: received, assigned, a note, a
 * callback promised or made, resolved, closed, reopened. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HK_COMPLAINT_EVENT_RECEIVED,
  HK_COMPLAINT_EVENT_ASSIGNED,
  HK_COMPLAINT_EVENT_NOTE,
  HK_COMPLAINT_EVENT_CALLBACK_PROMISED,
  HK_COMPLAINT_EVENT_CALLED_BACK,
  HK_COMPLAINT_EVENT_RESOLVED,
  HK_COMPLAINT_EVENT_CLOSED,
  HK_COMPLAINT_EVENT_REOPENED,
} HkComplaintEventKind;

#define HK_COMPLAINT_N_EVENT_KINDS 8
#define HK_TYPE_COMPLAINT_EVENT_KIND (hk_complaint_event_kind_get_type ())
GType        hk_complaint_event_kind_get_type      (void) G_GNUC_CONST;
const char  *hk_complaint_event_kind_to_id         (HkComplaintEventKind  kind);
gboolean     hk_complaint_event_kind_from_id       (const char           *id,
                                                    HkComplaintEventKind *kind);
const char  *hk_complaint_event_kind_get_title     (HkComplaintEventKind  kind);
const char  *hk_complaint_event_kind_get_icon_name (HkComplaintEventKind  kind);

#define HK_TYPE_COMPLAINT_EVENT (hk_complaint_event_get_type ())

G_DECLARE_FINAL_TYPE (HkComplaintEvent, hk_complaint_event, HK, COMPLAINT_EVENT, GObject)

gint64               hk_complaint_event_get_id              (HkComplaintEvent *self);
gint64               hk_complaint_event_get_complaint_id    (HkComplaintEvent *self);
HkComplaintEventKind hk_complaint_event_get_kind            (HkComplaintEvent *self);
gint64               hk_complaint_event_get_at              (HkComplaintEvent *self);
gint64               hk_complaint_event_get_by              (HkComplaintEvent *self);
const char          *hk_complaint_event_get_by_name         (HkComplaintEvent *self);
gint64               hk_complaint_event_get_handler_id      (HkComplaintEvent *self);
const char          *hk_complaint_event_get_handler_name    (HkComplaintEvent *self);
const char          *hk_complaint_event_get_note            (HkComplaintEvent *self);
const char          *hk_complaint_event_get_callback_number (HkComplaintEvent *self);
gint64               hk_complaint_event_get_callback_due    (HkComplaintEvent *self);
gint64               hk_complaint_event_get_called_at       (HkComplaintEvent *self);
gboolean             hk_complaint_event_get_reached         (HkComplaintEvent *self);

char                *hk_complaint_event_describe            (HkComplaintEvent *self,
                                                             GTimeZone        *time_zone,
                                                             gboolean          mask_phone);

G_END_DECLS
