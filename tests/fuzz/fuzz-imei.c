/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-imei.c: libFuzzer target: hk_imei_validate() on bytes that need not end in NUL (its
 * length argument), hk_imei_normalize() and hk_imei_check_digit(). */

#include "config.h"

#include <string.h>

#include "core/hk-imei.h"
#include "hk-fuzz-hall.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  /* An exact-size copy, so ASan sees any read past the length. */
  char *bytes = g_memdup2 (data, size);
  g_autofree char *text = g_strndup ((const char *)data, size);
  g_autofree char *normalized = NULL;
  gboolean valid;

  valid = hk_imei_validate (bytes, (gssize)size, NULL);
  /* The same text NUL-terminated gets the same answer (bytes after a NUL are not its). */
  if (strlen (text) == size)
    g_assert_true (hk_imei_validate (text, -1, NULL) == valid);
  hk_imei_check_digit (bytes, (gssize)size);

  normalized = hk_imei_normalize (text);
  if (valid && normalized != NULL)
    g_assert_true (hk_imei_validate (normalized, -1, NULL));

  g_free (bytes);
  return 0;
}
