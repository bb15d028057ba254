/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-archive-private.h: how the archive's stores build their items, and the rules they share. */

#pragma once

#include "hk-access-log-entry.h"
#include "hk-access-request.h"
#include "hk-consultation.h"
#include "hk-customer-file.h"
#include "hk-customer-file-store.h"
#include "hk-database.h"
#include "hk-operator.h"
#include "hk-recheck.h"
#include "hk-transaction.h"

G_BEGIN_DECLS

/* The audit log's entities of the archive: what the access log shows. */
#define HK_ARCHIVE_ENTITY_FILE "customer-file"
#define HK_ARCHIVE_ENTITY_REQUEST "access-request"
#define HK_ARCHIVE_ENTITY_ARCHIVE "archive"

typedef struct
{
  gint64        id;
  char         *file_no;
  char         *customer_name;
  char         *masked_id_number;
  char         *masked_phone;
  GStrv         masked_service_numbers;
  HkFileKind    kind;
  char         *cabinet;
  char         *shelf;
  char         *box;
  char         *received_on;
  char         *retain_until;
  HkFileStatus  status;
  gint64        status_at;
  gint64        status_by;
  char         *status_note;
  gint64        registered_at;
  gint64        registered_by;
} HkCustomerFileData;

HkCustomerFile *hk_customer_file_new_take (HkCustomerFileData *data);

typedef struct
{
  gint64                id;
  gint64                requested_at;
  gint64                requester_id;
  gint64                designated_id;
  HkAccessPurpose       purpose;
  char                 *purpose_note;
  gint64                window_from;
  gint64                window_until;
  HkAccessRequestState  state;
  HkApprovalKind        approval_kind;
  gint64                decided_at;
  gint64                decided_by;
  char                 *comment;
  char                 *paper_approver;
  char                 *paper_title;
  char                 *paper_slip_no;
  char                 *paper_date;
  GArray               *file_ids;
  GPtrArray            *file_nos;
  guint                 n_released;
  guint                 n_out;
} HkAccessRequestData;

HkAccessRequest *hk_access_request_new_take (HkAccessRequestData *data);

typedef struct
{
  gint64    id;
  gint64    request_id;
  gint64    file_id;
  char     *file_no;
  gint64    designated_id;
  gint64    released_at;
  gint64    released_by;
  gint64    due_at;
  gint64    returned_at;
  gint64    returned_by;
  char     *consulted;
  guint     copies;
  gboolean  overdue;
} HkConsultationData;

HkConsultation *hk_consultation_new_take (HkConsultationData *data);

typedef struct
{
  gint64          id;
  gint64          file_id;
  char           *file_no;
  HkRecheckField  field;
  gboolean        error_found;
  char           *error;
  char           *cause;
  char           *correction;
  gint64          checked_at;
  gint64          checked_by;
} HkRecheckData;

HkRecheck *hk_recheck_new_take (HkRecheckData *data);

typedef struct
{
  gint64  seq;
  gint64  at;
  gint64  operator_id;
  char   *operator_login;
  char   *operator_name;
  char   *action;
  char   *entity;
  gint64  entity_id;
  char   *file_no;
  char   *summary;
} HkAccessLogEntryData;

HkAccessLogEntry *hk_access_log_entry_new_take (HkAccessLogEntryData *data);

char     *hk_archive_clean_text      (const char      *text);
gboolean  hk_archive_require_day     (const char      *day,
                                      const char      *what,
                                      GError         **error);

G_END_DECLS
