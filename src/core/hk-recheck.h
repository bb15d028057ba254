/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-recheck.h: one entry of the re-check and error register (回访、复核、差错登记). */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The field of a file that was checked; an error's type in the monthly counts. */
typedef enum
{
  HK_RECHECK_CUSTOMER_NAME,
  HK_RECHECK_ID_NUMBER,
  HK_RECHECK_PHONE,
  HK_RECHECK_SERVICE_NUMBERS,
  HK_RECHECK_FILE_KIND,
  HK_RECHECK_DOCUMENTS,
  HK_RECHECK_SIGNATURE,
  HK_RECHECK_LOCATION,
  HK_RECHECK_OTHER,
} HkRecheckField;

#define HK_N_RECHECK_FIELDS 9
#define HK_TYPE_RECHECK_FIELD (hk_recheck_field_get_type ())
GType        hk_recheck_field_get_type   (void) G_GNUC_CONST;
const char  *hk_recheck_field_to_id      (HkRecheckField  field);
gboolean     hk_recheck_field_from_id    (const char     *id,
                                          HkRecheckField *field);
const char  *hk_recheck_field_get_title  (HkRecheckField  field);

#define HK_TYPE_RECHECK (hk_recheck_get_type ())

G_DECLARE_FINAL_TYPE (HkRecheck, hk_recheck, HK, RECHECK, GObject)

gint64          hk_recheck_get_id           (HkRecheck *self);
gint64          hk_recheck_get_file_id      (HkRecheck *self);
const char     *hk_recheck_get_file_no      (HkRecheck *self);
HkRecheckField  hk_recheck_get_field        (HkRecheck *self);
gboolean        hk_recheck_get_error_found  (HkRecheck *self);
const char     *hk_recheck_get_error        (HkRecheck *self);
const char     *hk_recheck_get_cause        (HkRecheck *self);
const char     *hk_recheck_get_correction   (HkRecheck *self);
gint64          hk_recheck_get_checked_at   (HkRecheck *self);
gint64          hk_recheck_get_checked_by   (HkRecheck *self);

G_END_DECLS
