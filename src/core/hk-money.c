/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-money.c: amounts of money in fen (gint64): parsing, formatting, Chinese capital numerals. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-error.h"
#include "hk-money.h"

/* How much of a refused text an error message quotes. */
#define QUOTE_MAX_CHARS 40

#define FEN_PER_YUAN G_GUINT64_CONSTANT (100)
#define WAN G_GUINT64_CONSTANT (10000)
#define YI G_GUINT64_CONSTANT (100000000)

typedef enum
{
  PARSE_OK,
  PARSE_EMPTY,
  PARSE_SYNTAX,
  PARSE_COMMAS,
  PARSE_DECIMALS,
  PARSE_OVERFLOW,
} ParseResult;

static const char * const capital_digits[10] = {
  "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖",
};

/* The absolute value as an unsigned number; defined for G_MININT64 too. */
static guint64
magnitude (gint64 fen)
{
  return fen < 0 ? G_GUINT64_CONSTANT (0) - (guint64) fen : (guint64) fen;
}

/* The largest magnitude in fen that fits a gint64 with this sign. */
static guint64
magnitude_limit (gboolean negative)
{
  return negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
}

static gint64
apply_sign (guint64  mag,
            gboolean negative)
{
  /* mag <= magnitude_limit (negative), so neither line overflows. */
  if (negative)
    return mag == 0 ? 0 : -(gint64) (mag - 1) - 1;

  return (gint64) mag;
}

/* Appends @n in decimal, with a comma between groups of three digits when @grouped. */
static void
append_integer (GString  *out,
                guint64   n,
                gboolean  grouped)
{
  char digits[32];
  gsize len;

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, n);
  len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (grouped && i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

/* The length of the space character at @p (ASCII white space, U+00A0 or U+3000), or 0. */
static gsize
space_at (const char *p,
          const char *end)
{
  if (p < end && g_ascii_isspace (*p))
    return 1;
  if (end - p >= 2 && (guchar) p[0] == 0xc2 && (guchar) p[1] == 0xa0)
    return 2;
  if (end - p >= 3 && (guchar) p[0] == 0xe3 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0x80)
    return 3;
  return 0;
}

/* The length of the space character that ends just before @end, or 0. */
static gsize
space_before (const char *start,
              const char *end)
{
  if (end - start >= 1 && g_ascii_isspace (end[-1]))
    return 1;
  if (end - start >= 2 && space_at (end - 2, end) == 2)
    return 2;
  if (end - start >= 3 && space_at (end - 3, end) == 3)
    return 3;
  return 0;
}

/* The length of the yuan sign at @p: "¥" (U+00A5) or the full-width "￥" (U+FFE5), or 0. */
static gsize
yuan_sign_at (const char *p,
              const char *end)
{
  if (end - p >= 2 && (guchar) p[0] == 0xc2 && (guchar) p[1] == 0xa5)
    return 2;
  if (end - p >= 3 && (guchar) p[0] == 0xef && (guchar) p[1] == 0xbf && (guchar) p[2] == 0xa5)
    return 3;
  return 0;
}

/* Adds one digit to a magnitude in yuan; once it passes @yuan_limit it only
 * remembers the overflow, so no arithmetic ever wraps. */
static void
add_digit (guint64  *yuan,
           char      digit,
           guint64   yuan_limit,
           gboolean *overflow)
{
  if (*overflow)
    return;

  *yuan = *yuan * 10 + (guint64) (digit - '0');
  if (*yuan > yuan_limit)
    *overflow = TRUE;
}

/* Combines yuan and fen into a signed amount, or reports the overflow. */
static ParseResult
finish (guint64   yuan,
        guint64   cents,
        gboolean  negative,
        gboolean  overflow,
        gint64   *fen)
{
  guint64 limit = magnitude_limit (negative);

  /* yuan <= limit / 100 here unless overflow is set, so yuan * 100 cannot wrap. */
  if (overflow || yuan > (limit - cents) / FEN_PER_YUAN)
    return PARSE_OVERFLOW;

  *fen = apply_sign (yuan * FEN_PER_YUAN + cents, negative);
  return PARSE_OK;
}

/* The lenient form that people type: [sign] [¥] [sign] digits [with groups] [.d[d]]. */
static ParseResult
parse_lenient (const char *p,
               const char *end,
               gint64     *fen)
{
  gboolean negative = FALSE;
  gboolean signed_ = FALSE;
  gboolean overflow = FALSE;
  gboolean bad_commas = FALSE;
  gboolean saw_comma = FALSE;
  guint64 yuan = 0;
  guint64 cents = 0;
  guint64 yuan_limit;
  gsize n_int_digits = 0;
  gsize group_len = 0;
  gsize n_frac_digits = 0;
  gsize len;

  if (p == end)
    return PARSE_EMPTY;

  if (*p == '-' || *p == '+')
    {
      negative = *p == '-';
      signed_ = TRUE;
      p++;
    }

  if ((len = yuan_sign_at (p, end)) > 0)
    {
      p += len;
      while ((len = space_at (p, end)) > 0)
        p += len;
    }

  if (p < end && (*p == '-' || *p == '+'))
    {
      if (signed_)
        return PARSE_SYNTAX;
      negative = *p == '-';
      p++;
    }

  yuan_limit = magnitude_limit (negative) / FEN_PER_YUAN;

  for (; p < end && (g_ascii_isdigit (*p) || *p == ','); p++)
    {
      if (*p == ',')
        {
          /* Groups: one to three digits first, then exactly three after each comma. */
          if (n_int_digits == 0 || (saw_comma ? group_len != 3 : group_len > 3))
            bad_commas = TRUE;
          saw_comma = TRUE;
          group_len = 0;
          continue;
        }

      add_digit (&yuan, *p, yuan_limit, &overflow);
      n_int_digits++;
      group_len++;
    }

  if (saw_comma && group_len != 3)
    bad_commas = TRUE;

  if (p < end && *p == '.')
    {
      for (p++; p < end && g_ascii_isdigit (*p); p++)
        {
          n_frac_digits++;
          if (n_frac_digits == 1)
            cents = (guint64) (*p - '0') * 10;
          else if (n_frac_digits == 2)
            cents += (guint64) (*p - '0');
        }

      /* "12." and a lone "." are unfinished, not amounts. */
      if (n_frac_digits == 0)
        return PARSE_SYNTAX;
    }

  if (p != end || (n_int_digits == 0 && n_frac_digits == 0))
    return PARSE_SYNTAX;
  if (bad_commas)
    return PARSE_COMMAS;
  if (n_frac_digits > 2)
    return PARSE_DECIMALS;

  return finish (yuan, cents, negative, overflow, fen);
}

/* The CSV form: [-] digits . d d, nothing else. */
static ParseResult
parse_strict (const char *p,
              const char *end,
              gint64     *fen)
{
  gboolean negative = FALSE;
  gboolean overflow = FALSE;
  guint64 yuan = 0;
  guint64 yuan_limit;
  gsize n_int_digits = 0;

  if (p == end)
    return PARSE_EMPTY;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  yuan_limit = magnitude_limit (negative) / FEN_PER_YUAN;

  for (; p < end && g_ascii_isdigit (*p); p++, n_int_digits++)
    add_digit (&yuan, *p, yuan_limit, &overflow);

  if (n_int_digits == 0 || end - p != 3 || p[0] != '.'
      || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]))
    return PARSE_SYNTAX;

  return finish (yuan, (guint64) (p[1] - '0') * 10 + (guint64) (p[2] - '0'),
                 negative, overflow, fen);
}

/* The text as an error message may quote it: valid UTF-8, at most QUOTE_MAX_CHARS characters. */
static char *
quote_text (const char *start,
            const char *end)
{
  g_autofree char *valid = g_utf8_make_valid (start, end - start);

  if (g_utf8_strlen (valid, -1) <= QUOTE_MAX_CHARS)
    return g_steal_pointer (&valid);

  {
    g_autofree char *head = g_utf8_substring (valid, 0, QUOTE_MAX_CHARS);

    return g_strconcat (head, "…", NULL);
  }
}

static gboolean
report (ParseResult  result,
        gboolean     strict,
        const char  *start,
        const char  *end,
        GError     **error)
{
  g_autofree char *quoted = NULL;

  if (result == PARSE_OK)
    return TRUE;

  quoted = quote_text (start, end);

  switch (result)
    {
    case PARSE_EMPTY:
      g_set_error_literal (error, HK_ERROR, HK_ERROR_INVALID, _("No amount of money was given."));
      break;

    case PARSE_OVERFLOW:
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is too large an amount of money."), quoted);
      break;

    case PARSE_COMMAS:
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” has a misplaced thousands separator; write 1,234,567.80 or 1234567.80."),
                   quoted);
      break;

    case PARSE_DECIMALS:
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” has more than two decimals; amounts are counted in fen (0.01)."),
                   quoted);
      break;

    case PARSE_SYNTAX:
    case PARSE_OK:
    default:
      if (strict)
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                     _("“%s” is not an amount of money in the form 1234.50 "
                       "(a minus sign, digits, a point and two decimals)."),
                     quoted);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                     _("“%s” is not an amount of money; write it like 1234.50."), quoted);
      break;
    }

  return FALSE;
}

/**
 * hk_money_parse:
 * @text: an amount in yuan as a person types it or a spreadsheet writes it
 * @fen: (out) (optional): where to store the amount in fen
 * @error: return location for a #GError
 *
 * Reads an amount of money in yuan and gives it in fen. Accepted:
 * digits with at most two decimals ("1234.50", "1234.5", "1234", "0.05",
 * ".5"); an optional sign "-" or "+" before or after an optional yuan sign
 * "¥" or "￥" (white space may follow the yuan sign); thousands separators
 * "," only between correct groups of three digits ("1,234,567.80"); white
 * space (ASCII, no-break space, ideographic space) around the whole text.
 *
 * Refused with %HK_ERROR_INVALID and a sentence that quotes the text: an empty
 * text, more than two decimals (even "1.230"), a point without decimals after
 * it ("12."), any letter or other character (including full-width digits and
 * full-width commas), two signs, a lone "." or "-", misplaced commas, and
 * amounts whose fen do not fit in a #gint64. No floating point is used.
 *
 * Whatever hk_money_format() and hk_money_format_plain() write reads back
 * to the same amount. On failure @fen is left unchanged.
 *
 * Returns: %TRUE if @text is an amount of money
 */
gboolean
hk_money_parse (const char  *text,
                gint64      *fen,
                GError     **error)
{
  const char *start;
  const char *end;
  ParseResult result;
  gint64 value = 0;
  gsize len;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  start = text;
  end = text + strlen (text);
  while ((len = space_at (start, end)) > 0)
    start += len;
  while ((len = space_before (start, end)) > 0)
    end -= len;

  result = parse_lenient (start, end, &value);
  if (!report (result, FALSE, start, end, error))
    return FALSE;

  if (fen != NULL)
    *fen = value;
  return TRUE;
}

/**
 * hk_money_parse_strict:
 * @text: an amount in yuan as Hallkeeper's CSV files write it
 * @fen: (out) (optional): where to store the amount in fen
 * @error: return location for a #GError
 *
 * Reads the canonical form that hk_money_format_plain() writes: an optional
 * "-", one or more digits, a point and exactly two decimals ("12.30",
 * "-0.50"). Nothing else is accepted: no "+", no yuan sign, no thousands
 * separator, no white space, no other number of decimals. Amounts whose fen
 * do not fit in a #gint64 are refused too, all with %HK_ERROR_INVALID.
 *
 * On failure @fen is left unchanged.
 *
 * Returns: %TRUE if @text is an amount in the canonical form
 */
gboolean
hk_money_parse_strict (const char  *text,
                       gint64      *fen,
                       GError     **error)
{
  const char *end;
  gint64 value = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  end = text + strlen (text);
  if (!report (parse_strict (text, end, &value), TRUE, text, end, error))
    return FALSE;

  if (fen != NULL)
    *fen = value;
  return TRUE;
}

/**
 * hk_money_format:
 * @fen: an amount in fen
 *
 * Formats an amount for people: a yuan sign, thousands separators and two
 * decimals, with "-" before the yuan sign when negative: "¥1,234.50",
 * "-¥1,234.50", "¥0.00". Every #gint64 works, %G_MININT64 included.
 *
 * Returns: (transfer full): the amount; free it with g_free()
 */
char *
hk_money_format (gint64 fen)
{
  guint64 mag = magnitude (fen);
  GString *out = g_string_new (NULL);

  if (fen < 0)
    g_string_append_c (out, '-');
  g_string_append (out, "¥");
  append_integer (out, mag / FEN_PER_YUAN, TRUE);
  g_string_append_printf (out, ".%02u", (guint) (mag % FEN_PER_YUAN));

  return g_string_free (out, FALSE);
}

/**
 * hk_money_format_plain:
 * @fen: an amount in fen
 *
 * Formats an amount for machines (CSV files, command line arguments,
 * spreadsheets): "1234.50", "-1234.50", "0.00"; no yuan sign, no thousands
 * separator, always two decimals. hk_money_parse_strict() and
 * hk_money_parse() read it back exactly.
 *
 * Returns: (transfer full): the amount; free it with g_free()
 */
char *
hk_money_format_plain (gint64 fen)
{
  guint64 mag = magnitude (fen);
  GString *out = g_string_new (NULL);

  if (fen < 0)
    g_string_append_c (out, '-');
  append_integer (out, mag / FEN_PER_YUAN, FALSE);
  g_string_append_printf (out, ".%02u", (guint) (mag % FEN_PER_YUAN));

  return g_string_free (out, FALSE);
}

/* 1 to 9999 in capital numerals: one 零 for any run of zeros between digits,
 * nothing for zeros at the end. */
static void
append_capital_group (GString *out,
                      guint    n)
{
  static const char * const units[4] = { "仟", "佰", "拾", "" };
  static const guint place[4] = { 1000, 100, 10, 1 };
  gboolean started = FALSE;
  gboolean zero_pending = FALSE;

  for (guint i = 0; i < 4; i++)
    {
      guint digit = n / place[i] % 10;

      if (digit == 0)
        {
          zero_pending = started;
          continue;
        }

      if (zero_pending)
        g_string_append (out, capital_digits[0]);
      g_string_append (out, capital_digits[digit]);
      g_string_append (out, units[i]);
      started = TRUE;
      zero_pending = FALSE;
    }
}

/* 1 to 99999999: [group 万] [零 if the low group starts with a zero] [group]. */
static void
append_capital_below_yi (GString *out,
                         guint64  n)
{
  guint high = (guint) (n / WAN);
  guint low = (guint) (n % WAN);

  if (high > 0)
    {
      append_capital_group (out, high);
      g_string_append (out, "万");
    }

  if (low > 0)
    {
      if (high > 0 && low < 1000)
        g_string_append (out, capital_digits[0]);
      append_capital_group (out, low);
    }
}

/* Any positive integer: the part above 亿 is itself written with 万 and 亿
 * (壹万亿 = 10^12, 壹亿亿 = 10^16). */
static void
append_capital_integer (GString *out,
                        guint64  n)
{
  guint64 low;

  if (n < YI)
    {
      append_capital_below_yi (out, n);
      return;
    }

  append_capital_integer (out, n / YI);
  g_string_append (out, "亿");

  low = n % YI;
  if (low > 0)
    {
      if (low < YI / 10)
        g_string_append (out, capital_digits[0]);
      append_capital_below_yi (out, low);
    }
}

/**
 * hk_money_to_chinese_capital:
 * @fen: an amount in fen
 *
 * Writes an amount in Chinese capital numerals (大写金额) as on a receipt or
 * invoice, following the People's Bank of China's rules for filling in
 * bills and settlement vouchers (《支付结算办法》附一《正确填写票据和结算凭证的基本规定》)
 * and the Ministry of Finance's 《会计基础工作规范》 art. 52. The caller adds
 * the currency name ("人民币") where the form does not print it.
 *
 * - Digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 inside a group of four
 *   digits, 万 and 亿 between groups (10^12 is 壹万亿, 10^16 壹亿亿), then
 *   元, 角, 分. A ten is always 壹拾, also at the start: 壹拾元整.
 * - An amount that ends at 元 ends with "整"; one that ends at 角 or 分 has
 *   no "整" (123.40 is 壹佰贰拾叁元肆角).
 * - A run of zeros between two written digits is one 零 (1001 壹仟零壹元整,
 *   100000001 壹亿零壹元整, 100001000 壹亿零壹仟元整, 100010 壹拾万零壹拾元整).
 *   Zeros at the end of a group are not written, so where the rules allow
 *   either (万位 or 元位 zero and the next digit not zero) no 零 is written:
 *   101000 is 壹拾万壹仟元整, 1680.32 is 壹仟陆佰捌拾元叁角贰分.
 * - When the 角 is zero and the 分 is not, 零 follows 元: 10.05 is
 *   壹拾元零伍分.
 * - Less than one yuan starts at the 角 or 分: 伍角, 伍角伍分, 伍分.
 *   Nothing at all is 零元整.
 * - A negative amount starts with 负.
 *
 * Returns: (transfer full): the amount in capital numerals; free it with g_free()
 */
char *
hk_money_to_chinese_capital (gint64 fen)
{
  guint64 mag = magnitude (fen);
  guint64 yuan = mag / FEN_PER_YUAN;
  guint jiao = (guint) (mag / 10 % 10);
  guint cents = (guint) (mag % 10);
  GString *out;

  if (mag == 0)
    return g_strdup ("零元整");

  out = g_string_new (fen < 0 ? "负" : NULL);

  if (yuan > 0)
    {
      append_capital_integer (out, yuan);
      g_string_append (out, "元");
    }

  if (jiao == 0 && cents == 0)
    {
      g_string_append (out, "整");
      return g_string_free (out, FALSE);
    }

  if (jiao > 0)
    {
      g_string_append (out, capital_digits[jiao]);
      g_string_append (out, "角");
    }
  else if (yuan > 0)
    {
      g_string_append (out, capital_digits[0]);
    }

  if (cents > 0)
    {
      g_string_append (out, capital_digits[cents]);
      g_string_append (out, "分");
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  guint64     fen;
  const char *suffix;
} ShortUnit;

/* Rounds @mag to tenths of @unit, half away from zero, without overflow. */
static guint64
round_to_tenths (guint64 mag,
                 guint64 unit)
{
  guint64 step = unit / 10;
  guint64 tenths = mag / step;

  if (mag % step * 2 >= step)
    tenths++;

  return tenths;
}

static void
append_short (GString    *out,
              gint64      fen,
              guint64     tenths,
              const char *suffix)
{
  if (fen < 0 && tenths > 0)
    g_string_append_c (out, '-');
  g_string_append (out, "¥");
  append_integer (out, tenths / 10, TRUE);
  if (tenths % 10 != 0)
    g_string_append_printf (out, ".%u", (guint) (tenths % 10));
  g_string_append (out, suffix);
}

/* @units go from the smallest up. The amount is shown in the largest unit it
 * reaches, or in whole yuan below the smallest; when rounding reaches the next
 * unit (9999.5 yuan, 9999.96万) it is shown in that unit ("¥1万", "¥1亿"). */
static char *
format_short (gint64           fen,
              const ShortUnit *units,
              gsize            n_units,
              gboolean         grouped_below)
{
  guint64 mag = magnitude (fen);
  GString *out = g_string_new (NULL);
  gsize i = n_units;
  guint64 yuan;

  while (i > 0 && mag < units[i - 1].fen)
    i--;

  if (i > 0)
    {
      const ShortUnit *unit = &units[i - 1];
      guint64 tenths = round_to_tenths (mag, unit->fen);

      if (i < n_units && tenths >= units[i].fen / unit->fen * 10)
        unit = &units[i];
      append_short (out, fen, round_to_tenths (mag, unit->fen), unit->suffix);
      return g_string_free (out, FALSE);
    }

  yuan = mag / FEN_PER_YUAN + (mag % FEN_PER_YUAN >= FEN_PER_YUAN / 2 ? 1 : 0);
  if (n_units > 0 && yuan >= units[0].fen / FEN_PER_YUAN)
    {
      append_short (out, fen, round_to_tenths (mag, units[0].fen), units[0].suffix);
      return g_string_free (out, FALSE);
    }

  if (fen < 0 && yuan > 0)
    g_string_append_c (out, '-');
  g_string_append (out, "¥");
  append_integer (out, yuan, grouped_below);

  return g_string_free (out, FALSE);
}

/**
 * hk_money_format_chinese_short:
 * @fen: an amount in fen
 *
 * Formats an amount compactly in Chinese units for chart axes: "¥12.3万",
 * "¥1.2亿", "¥3.5万亿"; below 1万 in whole yuan with thousands separators,
 * "¥8,500". The amount is shown in the largest unit it reaches, rounded half
 * away from zero to one decimal, and a trailing ".0" is dropped ("¥120万");
 * when rounding reaches the next unit it is shown in that unit (9,999.50
 * yuan is "¥1万", 9,999.96万 is "¥1亿"). Negative amounts start with "-"
 * ("-¥12.3万"); an amount that rounds to nothing is "¥0".
 *
 * Returns: (transfer full): the label; free it with g_free()
 */
char *
hk_money_format_chinese_short (gint64 fen)
{
  static const ShortUnit units[] = {
    { WAN * FEN_PER_YUAN, "万" },
    { YI * FEN_PER_YUAN, "亿" },
    { WAN * YI * FEN_PER_YUAN, "万亿" },
  };

  return format_short (fen, units, G_N_ELEMENTS (units), TRUE);
}

/**
 * hk_money_format_short:
 * @fen: an amount in fen
 *
 * Formats an amount compactly in thousands for chart axes in English:
 * "¥850", "¥123k", "¥123.5k", "¥1.2M", "¥3.4B", "¥5T". The amount is shown
 * in the largest unit it reaches, rounded half away from zero to one decimal,
 * and a trailing ".0" is dropped; when rounding reaches the next unit it is
 * shown in that unit (999.50 yuan is "¥1k", 999,960 yuan is "¥1M"); below
 * 1k it is in whole yuan. Negative amounts start with "-"; an amount that
 * rounds to nothing is "¥0".
 *
 * Returns: (transfer full): the label; free it with g_free()
 */
char *
hk_money_format_short (gint64 fen)
{
  static const ShortUnit units[] = {
    { G_GUINT64_CONSTANT (1000) * FEN_PER_YUAN, "k" },
    { G_GUINT64_CONSTANT (1000000) * FEN_PER_YUAN, "M" },
    { G_GUINT64_CONSTANT (1000000000) * FEN_PER_YUAN, "B" },
    { G_GUINT64_CONSTANT (1000000000000) * FEN_PER_YUAN, "T" },
  };

  return format_short (fen, units, G_N_ELEMENTS (units), FALSE);
}
