/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-private.h: how the complaint stores build their items from rows. */

#pragma once

#include "hk-complaint-category.h"
#include "hk-complaint-day.h"
#include "hk-complaint-event.h"
#include "hk-complaint.h"

G_BEGIN_DECLS

typedef struct
{
  gint64                id;
  gint64                complaint_id;
  HkComplaintEventKind  kind;
  gint64                at;
  gint64                by;
  char                 *by_name;
  gint64                handler_id;
  char                 *handler_name;
  char                 *note;
  char                 *callback_number;
  gint64                callback_due;
  gint64                called_at;
  gboolean              reached;
} HkComplaintEventData;

HkComplaintEvent *hk_complaint_event_new_take (HkComplaintEventData *data);

typedef struct
{
  gint64               id;
  gint64               received_at;
  char                *received_day;
  gint64               entered_at;
  char                *entered_day;
  gint64               entered_by;
  char                *entered_by_name;
  HkComplaintChannel   channel;
  char                *customer_name;
  char                *customer_phone;
  char                *service_number;
  gint64               category_id;
  char                *category_title;
  char                *description;
  gint64               owner_id;
  char                *owner_name;
  HkComplaintPriority  priority;
  guint                deadline_hours;
  gint64               deadline;
} HkComplaintData;

/* @events: (transfer full) (element-type HkComplaintEvent): in the order they were recorded,
 *   the first one 'received' */
HkComplaint *hk_complaint_new_take (HkComplaintData *data,
                                    GPtrArray       *events);

typedef struct
{
  gint64    id;
  char     *code;
  char     *name;
  gboolean  builtin;
  gboolean  active;
  gint64    position;
} HkComplaintCategoryData;

HkComplaintCategory *hk_complaint_category_new_take   (HkComplaintCategoryData *data);
const char          *hk_complaint_category_title_for  (const char              *code,
                                                       const char              *name,
                                                       gboolean                 builtin);

/* One complaint that was not closed when its day was signed, as it was then. */
typedef struct
{
  gint64             complaint_id;
  HkComplaintStatus  status;
  HkComplaintSla     sla;
  gint64             handler_id;
} HkComplaintDayOpen;

typedef struct
{
  char      *day;
  GPtrArray *complaints;      /* HkComplaint, received that day */
  gboolean   is_signed;
  gint64     signed_at;
  gint64     signed_by;
  char      *signed_by_name;
  char      *note;
  guint      n_received;
  guint      n_closed;
  guint      n_open;
  GArray    *open_at_signing; /* HkComplaintDayOpen */
} HkComplaintDayData;

HkComplaintDay *hk_complaint_day_new_take (HkComplaintDayData *data);

G_END_DECLS
