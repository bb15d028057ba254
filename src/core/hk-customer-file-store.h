/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-customer-file-store.h: customer files: registering, finding, viewing, the access log. */

#pragma once

#include <glib-object.h>

#include "hk-access-log-entry.h"
#include "hk-customer-file.h"
#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"

G_BEGIN_DECLS

/* Who keeps the files: registers, updates, releases, takes back, re-checks. */
#define HK_ARCHIVE_KEEPER_ROLES (HK_ROLE_ARCHIVIST)
/* Who may open a file's details (masked) and its history. */
#define HK_ARCHIVE_READER_ROLES (HK_ROLE_ARCHIVIST | HK_ROLE_SUPERVISOR | HK_ROLE_DUTY_MANAGER)
/* Who approves or rejects an access request in the application. */
#define HK_ARCHIVE_APPROVER_ROLES (HK_ROLE_SUPERVISOR | HK_ROLE_DUTY_MANAGER)
/* Who may read the access log and the error register, and export them. */
#define HK_ARCHIVE_LOG_READER_ROLES \
  (HK_ROLE_ARCHIVIST | HK_ROLE_SUPERVISOR | HK_ROLE_DUTY_MANAGER | HK_ROLE_AUDITOR)

/* What the archivist enters for a file. For an update, a %NULL @id_number, @phone or
 * @service_numbers keeps what is stored: the archivist never sees them unmasked, so they are
 * replaced, never edited. An empty @phone means none. */
typedef struct
{
  const char          *file_no;
  const char          *customer_name;
  const char          *id_number;
  const char          *phone;
  const char * const  *service_numbers;
  HkFileKind           kind;
  const char          *cabinet;
  const char          *shelf;
  const char          *box;
  const char          *received_on;
  const char          *retain_until;
} HkCustomerFileInput;

/* A file's identity data in clear, for the designated person of an open consultation. */
typedef struct
{
  gint64  file_id;
  char   *file_no;
  char   *customer_name;
  char   *id_number;
  char   *phone;
  GStrv   service_numbers;
} HkCustomerIdentity;

#define HK_TYPE_CUSTOMER_IDENTITY (hk_customer_identity_get_type ())
GType  hk_customer_identity_get_type  (void) G_GNUC_CONST;
void   hk_customer_identity_free      (HkCustomerIdentity *identity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkCustomerIdentity, hk_customer_identity_free)

/* Which entries of the access log to read. */
typedef struct
{
  gint64  from;          /* the first second; 0 for the beginning */
  gint64  until;         /* the first second after; 0 for now and on */
  gint64  file_id;       /* only the entries about this file and its requests; 0 for all */
  gint64  operator_id;   /* only what this operator did; 0 for everyone */
} HkAccessLogQuery;

/* The length of the end of an identity number that the mask shows, and that a search takes. */
#define HK_ID_TAIL_LENGTH 4

#define HK_TYPE_CUSTOMER_FILE_STORE (hk_customer_file_store_get_type ())

G_DECLARE_FINAL_TYPE (HkCustomerFileStore, hk_customer_file_store, HK, CUSTOMER_FILE_STORE,
                      GObject)

HkCustomerFileStore *hk_customer_file_store_new              (HkDatabase                 *database,
                                                              HkHallStore                *hall);
HkCustomerFile      *hk_customer_file_store_register         (HkCustomerFileStore        *self,
                                                              HkOperator                 *actor,
                                                              const HkCustomerFileInput  *input,
                                                              GError                    **error);
HkCustomerFile      *hk_customer_file_store_update           (HkCustomerFileStore        *self,
                                                              HkOperator                 *actor,
                                                              HkCustomerFile             *file,
                                                              const HkCustomerFileInput  *input,
                                                              GError                    **error);
HkCustomerFile      *hk_customer_file_store_transfer         (HkCustomerFileStore        *self,
                                                              HkOperator                 *actor,
                                                              HkCustomerFile             *file,
                                                              const char                 *note,
                                                              GError                    **error);
HkCustomerFile      *hk_customer_file_store_destroy          (HkCustomerFileStore        *self,
                                                              HkOperator                 *actor,
                                                              HkCustomerFile             *file,
                                                              const char                 *note,
                                                              GError                    **error);

HkCustomerFile      *hk_customer_file_store_lookup           (HkCustomerFileStore        *self,
                                                              gint64                      file_id,
                                                              GError                    **error);
HkCustomerFile      *hk_customer_file_store_lookup_number    (HkCustomerFileStore        *self,
                                                              const char                 *file_no,
                                                              GError                    **error);
GPtrArray           *hk_customer_file_store_search           (HkCustomerFileStore        *self,
                                                              const char                 *text,
                                                              GError                    **error);
HkCustomerFile      *hk_customer_file_store_view             (HkCustomerFileStore        *self,
                                                              HkOperator                 *actor,
                                                              gint64                      file_id,
                                                              GError                    **error);
HkCustomerIdentity  *hk_customer_file_store_reveal_identity  (HkCustomerFileStore        *self,
                                                              HkCustomerFile             *file,
                                                              HkOperator                 *actor,
                                                              GError                    **error);

GPtrArray           *hk_customer_file_store_read_access_log  (HkCustomerFileStore        *self,
                                                              HkOperator                 *actor,
                                                              const HkAccessLogQuery     *query,
                                                              GError                    **error);
gboolean             hk_customer_file_store_record_export    (HkCustomerFileStore        *self,
                                                              HkOperator                 *actor,
                                                              const char                 *what,
                                                              const char                 *period,
                                                              const char                 *path,
                                                              GError                    **error);

G_END_DECLS
