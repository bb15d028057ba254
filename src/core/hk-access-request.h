/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-access-request.h: a request to consult customer files, and its approval by a superior. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HK_ACCESS_PURPOSE_COMPLAINT,
  HK_ACCESS_PURPOSE_AUDIT,
  HK_ACCESS_PURPOSE_COURT_OR_POLICE,
  HK_ACCESS_PURPOSE_CUSTOMER_REQUEST,
  HK_ACCESS_PURPOSE_DATA_CORRECTION,
} HkAccessPurpose;

#define HK_N_ACCESS_PURPOSES 5
#define HK_TYPE_ACCESS_PURPOSE (hk_access_purpose_get_type ())
GType        hk_access_purpose_get_type     (void) G_GNUC_CONST;
const char  *hk_access_purpose_to_id        (HkAccessPurpose        purpose);
gboolean     hk_access_purpose_from_id      (const char            *id,
                                             HkAccessPurpose       *purpose);
const char  *hk_access_purpose_get_title    (HkAccessPurpose        purpose);

/* Where a request stands at the moment it was read. */
typedef enum
{
  HK_ACCESS_REQUEST_PENDING,    /* waiting for a superior's decision */
  HK_ACCESS_REQUEST_APPROVED,   /* approved, a file waits for release, the window is open */
  HK_ACCESS_REQUEST_OUT,        /* a file is out for consultation */
  HK_ACCESS_REQUEST_COMPLETED,  /* every file was released and has come back */
  HK_ACCESS_REQUEST_REJECTED,
  HK_ACCESS_REQUEST_EXPIRED,    /* the window ended before a decision, or before a release */
} HkAccessRequestState;

#define HK_N_ACCESS_REQUEST_STATES 6
#define HK_TYPE_ACCESS_REQUEST_STATE (hk_access_request_state_get_type ())
GType        hk_access_request_state_get_type  (void) G_GNUC_CONST;
const char  *hk_access_request_state_to_id     (HkAccessRequestState   state);
gboolean     hk_access_request_state_from_id   (const char            *id,
                                                HkAccessRequestState  *state);
const char  *hk_access_request_state_get_title (HkAccessRequestState   state);

typedef enum
{
  HK_APPROVAL_NONE,   /* not decided */
  HK_APPROVAL_APP,    /* decided by a superior in the application */
  HK_APPROVAL_PAPER,  /* a signed approval slip, recorded by the archivist */
} HkApprovalKind;

#define HK_TYPE_APPROVAL_KIND (hk_approval_kind_get_type ())
GType        hk_approval_kind_get_type      (void) G_GNUC_CONST;
const char  *hk_approval_kind_get_title     (HkApprovalKind         kind);

#define HK_TYPE_ACCESS_REQUEST (hk_access_request_get_type ())

G_DECLARE_FINAL_TYPE (HkAccessRequest, hk_access_request, HK, ACCESS_REQUEST, GObject)

gint64                hk_access_request_get_id              (HkAccessRequest *self);
gint64                hk_access_request_get_requested_at    (HkAccessRequest *self);
gint64                hk_access_request_get_requester_id    (HkAccessRequest *self);
gint64                hk_access_request_get_designated_id   (HkAccessRequest *self);
HkAccessPurpose       hk_access_request_get_purpose         (HkAccessRequest *self);
const char           *hk_access_request_get_purpose_note    (HkAccessRequest *self);
gint64                hk_access_request_get_window_from     (HkAccessRequest *self);
gint64                hk_access_request_get_window_until    (HkAccessRequest *self);
HkAccessRequestState  hk_access_request_get_state           (HkAccessRequest *self);
HkApprovalKind        hk_access_request_get_approval_kind   (HkAccessRequest *self);
gint64                hk_access_request_get_decided_at      (HkAccessRequest *self);
gint64                hk_access_request_get_decided_by      (HkAccessRequest *self);
const char           *hk_access_request_get_comment         (HkAccessRequest *self);
const char           *hk_access_request_get_paper_approver  (HkAccessRequest *self);
const char           *hk_access_request_get_paper_title     (HkAccessRequest *self);
const char           *hk_access_request_get_paper_slip_no   (HkAccessRequest *self);
const char           *hk_access_request_get_paper_date      (HkAccessRequest *self);
guint                 hk_access_request_get_n_files         (HkAccessRequest *self);
gint64                hk_access_request_get_file_id         (HkAccessRequest *self,
                                                             guint            index);
const char           *hk_access_request_get_file_no         (HkAccessRequest *self,
                                                             guint            index);
gboolean              hk_access_request_has_file            (HkAccessRequest *self,
                                                             gint64           file_id);
char                 *hk_access_request_dup_file_nos        (HkAccessRequest *self);
guint                 hk_access_request_get_n_released      (HkAccessRequest *self);
guint                 hk_access_request_get_n_out           (HkAccessRequest *self);

G_END_DECLS
