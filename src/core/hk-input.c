/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-input.c: what a person types, made readable to the parsers: full-width digits folded. */

#include "config.h"

#include <string.h>

#include "hk-input.h"
#include "hk-money.h"

/**
 * hk_input_fold_digits:
 * @text: (nullable): what was typed in a money, phone, identity number, IMEI
 *   or number field
 *
 * Chinese input methods type full-width characters: this gives @text with
 * the full-width digits "０"–"９" (U+FF10–U+FF19) as "0"–"9", the
 * full-width point "．" (U+FF0E) as ".", and the full-width minus "－"
 * (U+FF0D) and plus "＋" (U+FF0B) as "-" and "+", and the full-width "Ｘ" and
 * "ｘ" (U+FF38, U+FF58; an identity number's check character) as "X" and
 * "x". Everything else is kept as
 * it is, so that the parser still refuses what is not a number, naming it.
 * Invalid UTF-8 is kept too (the parsers refuse it).
 *
 * Returns: (transfer full): the folded text; "" for %NULL
 */
char *
hk_input_fold_digits (const char *text)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        g_string_append_c (out, (char)('0' + (c - 0xFF10)));
      else if (c == 0xFF0E)
        g_string_append_c (out, '.');
      else if (c == 0xFF0D)
        g_string_append_c (out, '-');
      else if (c == 0xFF0B)
        g_string_append_c (out, '+');
      else if (c == 0xFF38 || c == 0xFF58)
        g_string_append_c (out, c == 0xFF38 ? 'X' : 'x');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/**
 * hk_input_parse_money:
 *
 * hk_money_parse() of what a person typed in a form: full-width digits, point
 * and sign read as their ASCII forms (hk_input_fold_digits()); everything
 * hk_money_parse() refuses (more than two decimals, letters, a full-width
 * comma…) is refused the same way, quoting the text with its digits folded.
 */
gboolean
hk_input_parse_money (const char  *text,
                      gint64      *fen,
                      GError     **error)
{
  g_autofree char *folded = hk_input_fold_digits (text);

  g_return_val_if_fail (text != NULL, FALSE);

  return hk_money_parse (folded, fen, error);
}
