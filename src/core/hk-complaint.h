/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint.h: one customer complaint, its events, and its status and deadline state. */

#pragma once

#include <gio/gio.h>

#include "hk-complaint-event.h"

G_BEGIN_DECLS

typedef enum
{
  HK_COMPLAINT_CHANNEL_COUNTER,
  HK_COMPLAINT_CHANNEL_PHONE,
  HK_COMPLAINT_CHANNEL_LETTER,
  HK_COMPLAINT_CHANNEL_OPINION_BOOK,
  HK_COMPLAINT_CHANNEL_CITY_COMPANY,
} HkComplaintChannel;

#define HK_COMPLAINT_N_CHANNELS 5
#define HK_TYPE_COMPLAINT_CHANNEL (hk_complaint_channel_get_type ())
GType        hk_complaint_channel_get_type    (void) G_GNUC_CONST;
const char  *hk_complaint_channel_to_id       (HkComplaintChannel   channel);
gboolean     hk_complaint_channel_from_id     (const char          *id,
                                               HkComplaintChannel  *channel);
const char  *hk_complaint_channel_get_title   (HkComplaintChannel   channel);

typedef enum
{
  HK_COMPLAINT_PRIORITY_NORMAL,
  HK_COMPLAINT_PRIORITY_HIGH,
  HK_COMPLAINT_PRIORITY_URGENT,
} HkComplaintPriority;

#define HK_COMPLAINT_N_PRIORITIES 3
#define HK_TYPE_COMPLAINT_PRIORITY (hk_complaint_priority_get_type ())
GType        hk_complaint_priority_get_type   (void) G_GNUC_CONST;
const char  *hk_complaint_priority_to_id      (HkComplaintPriority  priority);
gboolean     hk_complaint_priority_from_id    (const char          *id,
                                               HkComplaintPriority *priority);
const char  *hk_complaint_priority_get_title  (HkComplaintPriority  priority);

/* Where a complaint is in its work, from its events. */
typedef enum
{
  HK_COMPLAINT_OPEN,      /* received, assigned or reopened: being handled */
  HK_COMPLAINT_RESOLVED,  /* a resolution is recorded; closing confirms it */
  HK_COMPLAINT_CLOSED,    /* finished */
} HkComplaintStatus;

#define HK_TYPE_COMPLAINT_STATUS (hk_complaint_status_get_type ())
GType        hk_complaint_status_get_type     (void) G_GNUC_CONST;
const char  *hk_complaint_status_to_id        (HkComplaintStatus    status);
const char  *hk_complaint_status_get_title    (HkComplaintStatus    status);

/* The 24-hour rule at a moment. A resolved or closed complaint is on time or resolved late for
 * good; an open one is on time, due within #HK_COMPLAINT_DUE_SOON_SECONDS, or overdue. */
typedef enum
{
  HK_COMPLAINT_SLA_ON_TIME,
  HK_COMPLAINT_SLA_DUE_SOON,
  HK_COMPLAINT_SLA_OVERDUE,
  HK_COMPLAINT_SLA_RESOLVED_LATE,
} HkComplaintSla;

#define HK_COMPLAINT_DUE_SOON_SECONDS (2 * 60 * 60)
#define HK_COMPLAINT_N_SLAS 4
#define HK_TYPE_COMPLAINT_SLA (hk_complaint_sla_get_type ())
GType        hk_complaint_sla_get_type        (void) G_GNUC_CONST;
const char  *hk_complaint_sla_to_id           (HkComplaintSla       sla);
gboolean     hk_complaint_sla_from_id         (const char          *id,
                                               HkComplaintSla      *sla);
const char  *hk_complaint_sla_get_title       (HkComplaintSla       sla);
const char  *hk_complaint_sla_get_icon_name   (HkComplaintSla       sla);
const char  *hk_complaint_sla_get_style_class (HkComplaintSla       sla);

/* The promised callback, at a moment. */
typedef enum
{
  HK_COMPLAINT_CALLBACK_NONE,     /* none promised */
  HK_COMPLAINT_CALLBACK_PENDING,  /* promised, not made yet, not due yet */
  HK_COMPLAINT_CALLBACK_LATE,     /* promised, not made, the promised time has passed */
  HK_COMPLAINT_CALLBACK_DONE,     /* made after the latest promise */
} HkComplaintCallback;

#define HK_TYPE_COMPLAINT_CALLBACK (hk_complaint_callback_get_type ())
GType        hk_complaint_callback_get_type   (void) G_GNUC_CONST;
const char  *hk_complaint_callback_get_title  (HkComplaintCallback  callback);

#define HK_TYPE_COMPLAINT (hk_complaint_get_type ())

G_DECLARE_FINAL_TYPE (HkComplaint, hk_complaint, HK, COMPLAINT, GObject)

gint64              hk_complaint_get_id               (HkComplaint  *self);
gint64              hk_complaint_get_received_at      (HkComplaint  *self);
const char         *hk_complaint_get_received_day     (HkComplaint  *self);
gint64              hk_complaint_get_entered_at       (HkComplaint  *self);
const char         *hk_complaint_get_entered_day      (HkComplaint  *self);
gint64              hk_complaint_get_entered_by       (HkComplaint  *self);
const char         *hk_complaint_get_entered_by_name  (HkComplaint  *self);
HkComplaintChannel  hk_complaint_get_channel          (HkComplaint  *self);
const char         *hk_complaint_get_customer_name    (HkComplaint  *self);
const char         *hk_complaint_get_customer_phone   (HkComplaint  *self);
char               *hk_complaint_dup_masked_phone     (HkComplaint  *self);
const char         *hk_complaint_get_service_number   (HkComplaint  *self);
gint64              hk_complaint_get_category_id      (HkComplaint  *self);
const char         *hk_complaint_get_category_title   (HkComplaint  *self);
const char         *hk_complaint_get_description      (HkComplaint  *self);
gint64              hk_complaint_get_owner_id         (HkComplaint  *self);
const char         *hk_complaint_get_owner_name       (HkComplaint  *self);
HkComplaintPriority hk_complaint_get_priority         (HkComplaint  *self);
guint               hk_complaint_get_deadline_hours   (HkComplaint  *self);
gint64              hk_complaint_get_deadline         (HkComplaint  *self);

/* Computed from the events. */
GListModel         *hk_complaint_get_events           (HkComplaint  *self);
HkComplaintStatus   hk_complaint_get_status           (HkComplaint  *self);
gint64              hk_complaint_get_handler_id       (HkComplaint  *self);
const char         *hk_complaint_get_handler_name     (HkComplaint  *self);
gint64              hk_complaint_get_resolved_at      (HkComplaint  *self);
gint64              hk_complaint_get_closed_at        (HkComplaint  *self);
gboolean            hk_complaint_has_callback_promise (HkComplaint  *self);
const char         *hk_complaint_get_callback_number  (HkComplaint  *self);
gint64              hk_complaint_get_callback_due     (HkComplaint  *self);
gint64              hk_complaint_get_called_back_at   (HkComplaint  *self);

/* At a moment, e.g. hk_database_get_now (). */
HkComplaintSla      hk_complaint_get_sla              (HkComplaint  *self,
                                                       gint64        now);
HkComplaintCallback hk_complaint_get_callback         (HkComplaint  *self,
                                                       gint64        now);
gboolean            hk_complaint_needs_callback       (HkComplaint  *self,
                                                       gint64        now);

/* Entered into the register on a later day of the hall than it was received. */
gboolean            hk_complaint_is_entered_late      (HkComplaint  *self);
gint64              hk_complaint_get_entry_delay      (HkComplaint  *self);

char               *hk_complaint_format_duration      (gint64        seconds);

G_END_DECLS
