/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-input.c: what a person types, made readable to the parsers: full-width digits folded,
 * text without control characters or too many characters. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hk-error.h"
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

/**
 * hk_input_clean_text:
 * @text: (nullable): what was typed in a text field of a form
 * @max_chars: the most characters (not bytes) the field holds
 * @lines: whether the field holds several lines (a description, a note): line breaks, carriage
 *   returns and tabs are kept in it
 * @clean: (out) (transfer full): @text without the white space around it ("" for %NULL)
 *
 * The one check of the stores' text fields: refuses text that is not UTF-8,
 * that holds a control character (U+0000–U+001F, U+007F–U+009F; pasted from
 * elsewhere, they break exports and printouts), or that is longer than
 * @max_chars. The messages name the rule, never the text (it may be a
 * customer's).
 */
gboolean
hk_input_clean_text (const char  *text,
                     guint        max_chars,
                     gboolean     lines,
                     char       **clean,
                     GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_val_if_fail (clean != NULL, FALSE);

  if (!g_utf8_validate (stripped, -1, NULL))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("A text is not UTF-8."));
      return FALSE;
    }

  for (const char *p = stripped; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("The text holds a control character (U+%04X); remove it."), (guint)c);
          return FALSE;
        }
    }

  if (g_utf8_strlen (stripped, -1) > (glong)max_chars)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The text is too long: at most %u characters."), max_chars);
      return FALSE;
    }

  *clean = g_steal_pointer (&stripped);
  return TRUE;
}
