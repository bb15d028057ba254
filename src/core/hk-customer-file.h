/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-customer-file.h: a customer file (客户档案) as lists show it: identity data masked. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HK_FILE_KIND_ACCOUNT_OPENING,
  HK_FILE_KIND_REAL_NAME,
  HK_FILE_KIND_TRANSFER,
  HK_FILE_KIND_CANCELLATION,
  HK_FILE_KIND_PLAN_CHANGE,
  HK_FILE_KIND_OTHER,
} HkFileKind;

#define HK_N_FILE_KINDS 6
#define HK_TYPE_FILE_KIND (hk_file_kind_get_type ())
GType        hk_file_kind_get_type     (void) G_GNUC_CONST;
const char  *hk_file_kind_to_id        (HkFileKind    kind);
gboolean     hk_file_kind_from_id      (const char   *id,
                                        HkFileKind   *kind);
const char  *hk_file_kind_get_title    (HkFileKind    kind);

typedef enum
{
  HK_FILE_IN_ARCHIVE,
  HK_FILE_OUT,
  HK_FILE_TRANSFERRED,
  HK_FILE_DESTROYED,
} HkFileStatus;

#define HK_N_FILE_STATUSES 4
#define HK_TYPE_FILE_STATUS (hk_file_status_get_type ())
GType        hk_file_status_get_type   (void) G_GNUC_CONST;
const char  *hk_file_status_to_id      (HkFileStatus  status);
gboolean     hk_file_status_from_id    (const char   *id,
                                        HkFileStatus *status);
const char  *hk_file_status_get_title  (HkFileStatus  status);

#define HK_TYPE_CUSTOMER_FILE (hk_customer_file_get_type ())

G_DECLARE_FINAL_TYPE (HkCustomerFile, hk_customer_file, HK, CUSTOMER_FILE, GObject)

gint64               hk_customer_file_get_id                (HkCustomerFile *self);
const char          *hk_customer_file_get_file_no           (HkCustomerFile *self);
const char          *hk_customer_file_get_customer_name     (HkCustomerFile *self);
const char          *hk_customer_file_get_masked_id_number  (HkCustomerFile *self);
const char          *hk_customer_file_get_masked_phone      (HkCustomerFile *self);
const char * const  *hk_customer_file_get_masked_service_numbers (HkCustomerFile *self);
char                *hk_customer_file_dup_masked_service_numbers (HkCustomerFile *self);
HkFileKind           hk_customer_file_get_kind              (HkCustomerFile *self);
const char          *hk_customer_file_get_cabinet           (HkCustomerFile *self);
const char          *hk_customer_file_get_shelf             (HkCustomerFile *self);
const char          *hk_customer_file_get_box               (HkCustomerFile *self);
const char          *hk_customer_file_get_location          (HkCustomerFile *self);
const char          *hk_customer_file_get_received_on       (HkCustomerFile *self);
const char          *hk_customer_file_get_retain_until      (HkCustomerFile *self);
HkFileStatus         hk_customer_file_get_status            (HkCustomerFile *self);
gint64               hk_customer_file_get_status_at         (HkCustomerFile *self);
gint64               hk_customer_file_get_status_by         (HkCustomerFile *self);
const char          *hk_customer_file_get_status_note       (HkCustomerFile *self);
gint64               hk_customer_file_get_registered_at     (HkCustomerFile *self);
gint64               hk_customer_file_get_registered_by     (HkCustomerFile *self);

G_END_DECLS
