/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-imei.c: checking a handset's IMEI: fifteen digits whose last is the Luhn check digit.
 *
 * hk_imei_validate() is a pure function over bytes: it reads @length bytes (which may hold
 * NULs and need not be UTF-8), never more, and names the first reason the text is not an
 * IMEI. It is a fuzzing target: keep it free of allocation beyond the error it sets.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-imei.h"
#include "hk-input.h"

G_DEFINE_QUARK (hk-imei-error-quark, hk_imei_error)

/* The Luhn sum of @n digits, doubling every second digit from the left, starting with the
 * second: for the fourteen digits of an IMEI, the check digit makes the sum a multiple of 10. */
static int
luhn_check_digit (const char *digits,
                  gsize       n)
{
  int sum = 0;

  for (gsize i = 0; i < n; i++)
    {
      int d = digits[i] - '0';

      if (i % 2 == 1)
        {
          d *= 2;
          if (d > 9)
            d -= 9;
        }
      sum += d;
    }

  return (10 - sum % 10) % 10;
}

/**
 * hk_imei_validate:
 * @text: (array length=length): what was entered, exactly (no blanks are skipped)
 * @length: the number of bytes of @text, or -1 when it ends with a NUL
 *
 * Checks that @text is an IMEI: exactly %HK_IMEI_LENGTH ASCII digits, the last of which is
 * the Luhn check digit of the others.
 *
 * Returns: %TRUE for a valid IMEI; otherwise %FALSE with @error in %HK_IMEI_ERROR saying why:
 *   empty, a character that is not a digit, the wrong number of digits, or a wrong check
 *   digit, in that order
 */
gboolean
hk_imei_validate (const char  *text,
                  gssize       length,
                  GError     **error)
{
  gsize n;
  int expected;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  n = length < 0 ? strlen (text) : (gsize)length;

  if (n == 0)
    {
      g_set_error_literal (error, HK_IMEI_ERROR, HK_IMEI_ERROR_EMPTY,
                           _("Give the IMEI: the 15 digits that *#06# shows on the handset."));
      return FALSE;
    }

  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      {
        /* The position as the user counts it: in characters when the text is UTF-8. */
        glong position = g_utf8_validate_len (text, i, NULL)
                         ? g_utf8_strlen (text, (gssize)i) + 1 : (glong)i + 1;

        g_set_error (error, HK_IMEI_ERROR, HK_IMEI_ERROR_NOT_DIGITS,
                     _("An IMEI is digits only, but character %ld is not a digit."), position);
        return FALSE;
      }

  if (n != HK_IMEI_LENGTH)
    {
      g_set_error (error, HK_IMEI_ERROR, HK_IMEI_ERROR_LENGTH,
                   _("An IMEI has 15 digits, but this one has %lu."), (unsigned long)n);
      return FALSE;
    }

  expected = luhn_check_digit (text, HK_IMEI_LENGTH - 1);
  if (text[HK_IMEI_LENGTH - 1] - '0' != expected)
    {
      g_set_error (error, HK_IMEI_ERROR, HK_IMEI_ERROR_CHECK_DIGIT,
                   _("The IMEI’s check digit is wrong: the last digit is %c, but the first 14 "
                     "digits call for %d. Read the number again."),
                   text[HK_IMEI_LENGTH - 1], expected);
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_imei_check_digit:
 * @first_14: (array length=length): the first fourteen digits of an IMEI
 * @length: the number of bytes of @first_14, or -1 when it ends with a NUL
 *
 * Returns: the Luhn check digit (0–9) that completes @first_14, or -1 when @first_14 is not
 *   fourteen digits
 */
int
hk_imei_check_digit (const char *first_14,
                     gssize      length)
{
  gsize n;

  g_return_val_if_fail (first_14 != NULL || length == 0, -1);

  n = length < 0 ? strlen (first_14) : (gsize)length;
  if (n != HK_IMEI_LENGTH - 1)
    return -1;

  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (first_14[i]))
      return -1;

  return luhn_check_digit (first_14, n);
}

/**
 * hk_imei_normalize:
 * @text: an IMEI as typed or pasted, e.g. "35-209900-176148-1" or " 352099 001761481 "
 *
 * Removes blanks and dashes, which people and labels put between the digit groups, and reads
 * full-width digits (a Chinese input method types them) as digits. What is
 * left is not checked: pass it to hk_imei_validate().
 *
 * Returns: (transfer full): @text without blanks and dashes
 */
char *
hk_imei_normalize (const char *text)
{
  g_autofree char *folded = NULL;
  GString *clean;

  g_return_val_if_fail (text != NULL, NULL);

  /* Full-width digits from a Chinese input method are digits. */
  folded = hk_input_fold_digits (text);
  clean = g_string_sized_new (HK_IMEI_LENGTH);
  for (const char *p = folded; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (clean, *p);

  return g_string_free (clean, FALSE);
}
