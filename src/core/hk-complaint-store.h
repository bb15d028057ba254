/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-store.h: the complaint register: categories, complaints and their events, and
 * the duty manager's signed days of the first-contact book. */

#pragma once

#include <gio/gio.h>

#include "hk-complaint-category.h"
#include "hk-complaint-day.h"
#include "hk-complaint.h"
#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"

G_BEGIN_DECLS

/* Who registers complaints and records what happens to them. */
#define HK_COMPLAINT_ROLES (HK_ROLE_COMPLAINT_OFFICER | HK_ROLE_DUTY_MANAGER | HK_ROLE_SUPERVISOR)

#define HK_COMPLAINT_TEXT_MAX_LENGTH 2000
#define HK_COMPLAINT_NAME_MAX_LENGTH 64

/* What is entered for a new complaint. */
typedef struct
{
  gint64               received_at;     /* when the customer complained; not in the future */
  HkComplaintChannel   channel;
  const char          *customer_name;
  const char          *customer_phone;  /* nullable */
  const char          *service_number;  /* nullable: the number complained about */
  gint64               category_id;     /* an active category */
  const char          *description;
  gint64               owner_id;        /* who received it; 0: the actor */
  gint64               handler_id;      /* 0: the owner if they handle complaints, or the actor */
  HkComplaintPriority  priority;
} HkComplaintInput;

/* Which complaints a list holds; zero for no condition. */
typedef struct
{
  const char *first_day;        /* received on or after this day of the hall */
  const char *last_day;         /* received on or before */
  gint64      category_id;
  gint64      owner_id;
  gint64      handler_id;
  gboolean    not_closed_only;  /* open or resolved */
} HkComplaintFilter;

#define HK_TYPE_COMPLAINT_STORE (hk_complaint_store_get_type ())

G_DECLARE_FINAL_TYPE (HkComplaintStore, hk_complaint_store, HK, COMPLAINT_STORE, GObject)

HkComplaintStore    *hk_complaint_store_new               (HkDatabase               *database,
                                                           HkHallStore              *hall);

/* Categories. */
GListModel          *hk_complaint_store_get_categories    (HkComplaintStore         *self);
HkComplaintCategory *hk_complaint_store_lookup_category   (HkComplaintStore         *self,
                                                           const char               *code,
                                                           GError                  **error);
HkComplaintCategory *hk_complaint_store_add_category      (HkComplaintStore         *self,
                                                           HkOperator               *actor,
                                                           const char               *code,
                                                           const char               *name,
                                                           GError                  **error);
HkComplaintCategory *hk_complaint_store_set_category_active (HkComplaintStore       *self,
                                                           HkOperator               *actor,
                                                           HkComplaintCategory      *category,
                                                           gboolean                  active,
                                                           GError                  **error);

/* Complaints. */
HkComplaint         *hk_complaint_store_register          (HkComplaintStore         *self,
                                                           HkOperator               *actor,
                                                           const HkComplaintInput   *input,
                                                           GError                  **error);
HkComplaint         *hk_complaint_store_lookup            (HkComplaintStore         *self,
                                                           gint64                    complaint_id,
                                                           GError                  **error);
GPtrArray           *hk_complaint_store_list              (HkComplaintStore         *self,
                                                           const HkComplaintFilter  *filter,
                                                           GError                  **error);

/* Events: each returns the complaint as it is after the event. */
HkComplaint         *hk_complaint_store_assign            (HkComplaintStore         *self,
                                                           HkOperator               *actor,
                                                           HkComplaint              *complaint,
                                                           gint64                    handler_id,
                                                           const char               *note,
                                                           GError                  **error);
HkComplaint         *hk_complaint_store_add_note          (HkComplaintStore         *self,
                                                           HkOperator               *actor,
                                                           HkComplaint              *complaint,
                                                           const char               *note,
                                                           GError                  **error);
HkComplaint         *hk_complaint_store_promise_callback  (HkComplaintStore         *self,
                                                           HkOperator               *actor,
                                                           HkComplaint              *complaint,
                                                           const char               *number,
                                                           gint64                    due,
                                                           const char               *note,
                                                           GError                  **error);
HkComplaint         *hk_complaint_store_record_callback   (HkComplaintStore         *self,
                                                           HkOperator               *actor,
                                                           HkComplaint              *complaint,
                                                           gint64                    called_at,
                                                           gboolean                  reached,
                                                           const char               *outcome,
                                                           GError                  **error);
HkComplaint         *hk_complaint_store_resolve           (HkComplaintStore         *self,
                                                           HkOperator               *actor,
                                                           HkComplaint              *complaint,
                                                           const char               *resolution,
                                                           GError                  **error);
HkComplaint         *hk_complaint_store_close             (HkComplaintStore         *self,
                                                           HkOperator               *actor,
                                                           HkComplaint              *complaint,
                                                           const char               *note,
                                                           GError                  **error);
HkComplaint         *hk_complaint_store_reopen            (HkComplaintStore         *self,
                                                           HkOperator               *actor,
                                                           HkComplaint              *complaint,
                                                           const char               *reason,
                                                           GError                  **error);

/* The first-contact book. */
HkComplaintDay      *hk_complaint_store_get_day           (HkComplaintStore         *self,
                                                           const char               *day,
                                                           GError                  **error);
HkComplaintDay      *hk_complaint_store_sign_day          (HkComplaintStore         *self,
                                                           HkOperator               *actor,
                                                           const char               *day,
                                                           const char               *note,
                                                           GError                  **error);
GStrv                hk_complaint_store_list_signed_days  (HkComplaintStore         *self,
                                                           const char               *first_day,
                                                           const char               *last_day,
                                                           GError                  **error);

gint64               hk_complaint_store_get_now           (HkComplaintStore         *self);

G_END_DECLS
