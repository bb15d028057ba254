/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-imei.h: checking a handset's IMEI: fifteen digits whose last is the Luhn check digit. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HK_IMEI_LENGTH 15

#define HK_IMEI_ERROR (hk_imei_error_quark ())

/* Why an IMEI is refused. */
typedef enum
{
  HK_IMEI_ERROR_EMPTY,
  HK_IMEI_ERROR_NOT_DIGITS,
  HK_IMEI_ERROR_LENGTH,
  HK_IMEI_ERROR_CHECK_DIGIT,
} HkImeiError;

GQuark    hk_imei_error_quark      (void);

gboolean  hk_imei_validate         (const char  *text,
                                    gssize       length,
                                    GError     **error);
int       hk_imei_check_digit      (const char  *first_14,
                                    gssize       length);
char     *hk_imei_normalize        (const char  *text);

G_END_DECLS
