/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-privacy.c: masking customers' phone and identity numbers in lists and exports.
 *
 * Customer data is stored whole, but shown masked unless the operator's work
 * needs it: a phone keeps its first three and last four digits
 * (138****5678), an identity number its first three and last four
 * (330***********1234).
 */

#include "config.h"

#include <string.h>

#include "hk-privacy.h"

/* Counts characters, not bytes: a number typed with full-width digits or an ID with
 * Chinese characters must stay valid UTF-8 once masked. */
static char *
mask_middle (const char *text,
             gsize       keep_start,
             gsize       keep_end)
{
  gsize length;
  const char *end_part;
  GString *masked;

  if (text == NULL)
    return g_strdup ("");

  /* Not text at all: show that something is there, and nothing of it. */
  if (!g_utf8_validate (text, -1, NULL))
    return g_strnfill (strlen (text), '*');

  length = g_utf8_strlen (text, -1);
  if (length == 0)
    return g_strdup ("");

  masked = g_string_new (NULL);

  /* Too short to keep both ends: hide all but the last character. */
  if (length <= keep_start + keep_end)
    {
      keep_start = 0;
      keep_end = 1;
    }

  end_part = g_utf8_offset_to_pointer (text, length - keep_end);
  g_string_append_len (masked, text, g_utf8_offset_to_pointer (text, keep_start) - text);
  for (gsize i = keep_start; i < length - keep_end; i++)
    g_string_append_c (masked, '*');
  g_string_append (masked, end_part);

  return g_string_free (masked, FALSE);
}

char *
hk_privacy_mask_phone (const char *phone)
{
  return mask_middle (phone, 3, 4);
}

char *
hk_privacy_mask_id_number (const char *id_number)
{
  return mask_middle (id_number, 3, 4);
}

/* A phone number as kept on a receipt: 5 to 20 digits, an optional leading '+' or '-'s
 * between groups (0571-88886666). */
gboolean
hk_privacy_phone_is_valid (const char *phone)
{
  guint digits = 0;

  if (phone == NULL)
    return FALSE;

  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (!((*p == '+' && p == phone) || (*p == '-' && p != phone && p[1] != '\0')))
        return FALSE;
    }

  return digits >= 5 && digits <= 20;
}

/* A resident identity card number (居民身份证号码): 18 characters, the last a check digit
 * (ISO 7064 MOD 11-2; 'X' for 10, either case), or the 15 digits of a first-generation card. */
gboolean
hk_privacy_id_number_is_valid (const char *id_number)
{
  static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char check_digits[] = "10X98765432";
  gsize length;
  int sum = 0;

  if (id_number == NULL)
    return FALSE;

  length = strlen (id_number);
  if (length != 15 && length != 18)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (id_number[i]) &&
        !(length == 18 && i == 17 && g_ascii_toupper (id_number[i]) == 'X'))
      return FALSE;

  if (length == 15)
    return TRUE;

  for (gsize i = 0; i < 17; i++)
    sum += (id_number[i] - '0') * weights[i];

  return g_ascii_toupper (id_number[17]) == check_digits[sum % 11];
}
