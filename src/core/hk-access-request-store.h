/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-access-request-store.h: access requests, their approval, and the release and return of
 * files for consultation. */

#pragma once

#include <glib-object.h>

#include "hk-access-request.h"
#include "hk-consultation.h"
#include "hk-customer-file-store.h"
#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"

G_BEGIN_DECLS

/* What the requester enters. */
typedef struct
{
  const gint64    *file_ids;
  guint            n_files;
  gint64           designated_id;
  HkAccessPurpose  purpose;
  const char      *purpose_note;
  gint64           window_from;
  gint64           window_until;
} HkAccessRequestInput;

/* A superior's signed approval slip, as the archivist copies it. */
typedef struct
{
  const char *approver_name;
  const char *approver_title;
  const char *slip_no;
  const char *slip_date;     /* YYYY-MM-DD */
  const char *comment;       /* nullable */
} HkPaperApproval;

#define HK_TYPE_ACCESS_REQUEST_STORE (hk_access_request_store_get_type ())

G_DECLARE_FINAL_TYPE (HkAccessRequestStore, hk_access_request_store, HK, ACCESS_REQUEST_STORE,
                      GObject)

HkAccessRequestStore *hk_access_request_store_new (HkDatabase          *database,
                                                   HkHallStore         *hall,
                                                   HkCustomerFileStore *files);

HkAccessRequest      *hk_access_request_store_create     (HkAccessRequestStore        *self,
                                                          HkOperator                  *actor,
                                                          const HkAccessRequestInput  *input,
                                                          GError                     **error);
HkAccessRequest      *hk_access_request_store_approve    (HkAccessRequestStore        *self,
                                                          HkOperator                  *actor,
                                                          HkAccessRequest             *request,
                                                          const char                  *comment,
                                                          GError                     **error);
HkAccessRequest      *hk_access_request_store_reject     (HkAccessRequestStore        *self,
                                                          HkOperator                  *actor,
                                                          HkAccessRequest             *request,
                                                          const char                  *comment,
                                                          GError                     **error);
HkAccessRequest      *hk_access_request_store_record_paper_approval
                                                         (HkAccessRequestStore        *self,
                                                          HkOperator                  *actor,
                                                          HkAccessRequest             *request,
                                                          const HkPaperApproval       *paper,
                                                          GError                     **error);
gboolean              hk_access_request_store_can_decide (HkAccessRequestStore        *self,
                                                          HkOperator                  *actor,
                                                          HkAccessRequest             *request,
                                                          GError                     **error);

HkConsultation       *hk_access_request_store_release     (HkAccessRequestStore  *self,
                                                           HkOperator            *actor,
                                                           HkAccessRequest       *request,
                                                           gint64                 file_id,
                                                           GError               **error);
HkConsultation       *hk_access_request_store_return_file (HkAccessRequestStore  *self,
                                                           HkOperator            *actor,
                                                           HkConsultation        *consultation,
                                                           const char            *consulted,
                                                           guint                  copies,
                                                           GError               **error);

HkAccessRequest      *hk_access_request_store_lookup         (HkAccessRequestStore  *self,
                                                              gint64                 request_id,
                                                              GError               **error);
GPtrArray            *hk_access_request_store_list           (HkAccessRequestStore  *self,
                                                              HkAccessRequestState   state,
                                                              GError               **error);
GPtrArray            *hk_access_request_store_list_all       (HkAccessRequestStore  *self,
                                                              GError               **error);
GPtrArray            *hk_access_request_store_list_involving (HkAccessRequestStore  *self,
                                                              gint64                 operator_id,
                                                              GError               **error);

HkConsultation       *hk_access_request_store_lookup_consultation
                                                       (HkAccessRequestStore  *self,
                                                        gint64                 consultation_id,
                                                        GError               **error);
HkConsultation       *hk_access_request_store_get_open_consultation
                                                       (HkAccessRequestStore  *self,
                                                        gint64                 file_id,
                                                        GError               **error);
GPtrArray            *hk_access_request_store_list_out (HkAccessRequestStore  *self,
                                                        gboolean               overdue_only,
                                                        GError               **error);
GPtrArray            *hk_access_request_store_list_consultations
                                                       (HkAccessRequestStore  *self,
                                                        gint64                 request_id,
                                                        gint64                 file_id,
                                                        GError               **error);

G_END_DECLS
