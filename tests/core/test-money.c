/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-money.c: parsing and formatting amounts in fen, and Chinese capital numerals. */

#include "config.h"

#include "core/hk-error.h"
#include "core/hk-money.h"

typedef struct
{
  const char *text;
  gint64      fen;
} ParseCase;

typedef struct
{
  gint64      fen;
  const char *text;
} FormatCase;

/* A value that no test input parses to, to prove a refusal leaves the output alone. */
#define UNTOUCHED G_GINT64_CONSTANT (-424242)

static void
assert_parses (const char *text,
               gint64      expected)
{
  g_autoptr(GError) error = NULL;
  gint64 fen = UNTOUCHED;

  if (!hk_money_parse (text, &fen, &error))
    g_error ("“%s” was refused: %s", text, error->message);
  g_assert_no_error (error);
  g_assert_cmpint (fen, ==, expected);
}

static void
test_parse (void)
{
  static const ParseCase cases[] = {
    { "1234.50", 123450 },
    { "1234.5", 123450 },
    { "1234", 123400 },
    { "0.05", 5 },
    { "0.5", 50 },
    { ".5", 50 },
    { ".05", 5 },
    { "0", 0 },
    { "0.00", 0 },
    { "-0", 0 },
    { "-0.00", 0 },
    { "+0", 0 },
    { "007", 700 },
    { "-12.30", -1230 },
    { "-12.3", -1230 },
    { "+3", 300 },
    { "1,234.50", 123450 },
    { "1,234", 123400 },
    { "12,345", 1234500 },
    { "123,456", 12345600 },
    { "1,234,567.89", 123456789 },
    { "-1,234,567.8", -123456780 },
    { "999", 99900 },
    { "¥1,234.50", 123450 },
    { "￥1,234.50", 123450 },
    { "¥12", 1200 },
    { "￥0.05", 5 },
    { "¥ 12.30", 1230 },
    { "-¥12.30", -1230 },
    { "-￥1,234.50", -123450 },
    { "¥-12.30", -1230 },
    { "+¥3", 300 },
    { "¥+3", 300 },
    { "  1234.50  ", 123450 },
    { "\t12\n", 1200 },
    { "\xc2\xa0" "12.30" "\xc2\xa0", 1230 },
    { "\xe3\x80\x80" "12.30" "\xe3\x80\x80", 1230 },
    { " -¥1,234.50 ", -123450 },
    { "92233720368547758.07", G_MAXINT64 },
    { "92,233,720,368,547,758.07", G_MAXINT64 },
    { "-92233720368547758.08", G_MININT64 },
    { "-¥92,233,720,368,547,758.08", G_MININT64 },
    { "92233720368547758", G_GINT64_CONSTANT (9223372036854775800) },
    { "-92233720368547758", G_GINT64_CONSTANT (-9223372036854775800) },
    { "00000000000000000000000000012.34", 1234 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_parses (cases[i].text, cases[i].fen);

  /* The output is optional: a check without a place to put the value. */
  g_assert_true (hk_money_parse ("12.30", NULL, NULL));
  g_assert_false (hk_money_parse ("12.3.0", NULL, NULL));
}

static void
assert_refused (const char *text,
                const char *quoted)
{
  g_autoptr(GError) error = NULL;
  gint64 fen = UNTOUCHED;

  if (hk_money_parse (text, &fen, &error))
    g_error ("“%s” was accepted as %" G_GINT64_FORMAT " fen", text, fen);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_assert_cmpint (fen, ==, UNTOUCHED);

  /* The message names what was typed (without the spaces around it). */
  if (quoted != NULL && strstr (error->message, quoted) == NULL)
    g_error ("The message for “%s” does not name it: %s", text, error->message);
}

static void
test_parse_refused (void)
{
  static const char * const refused[] = {
    /* More than two decimals, even when they are zeros. */
    "1.234", "1.230", "0.001", "-12.345", "1,234.567",
    /* Letters and other characters. */
    "abc", "12a", "a12", "1e3", "1E3", "0x10", "NaN", "nan", "inf", "-inf", "12元", "12.30元",
    "RMB12", "12 34", "1 234.50", "12 .50", "12. 50", "12.3.0", "12..3", "1_000", "12'000",
    "12%", "(12.30)", "12-", "12+", "1-2", "#12",
    /* Full-width digits, comma and point. */
    "１２３", "１2", "12．30", "1，234.50", "－12",
    /* Two signs. */
    "--5", "++5", "+-5", "-+5", "-¥-5", "+¥+5", "¥--5", "- 5",
    /* A lone point, sign or yuan sign, and a point without decimals. */
    ".", "-", "+", "-.", "¥", "￥", "-¥", "¥.", "12.", "-12.", "¥12.",
    /* Misplaced thousands separators. */
    "1,23", "1,2345", "1234,567", "12,34,567", ",123", ",", "1,", "1,234,", "1,,234", "1,23,4",
    "-,123", "1,234,5", "1,234.5,0", "0,123,4",
    /* Yuan signs in the wrong place. */
    "12¥", "¥¥12", "12.30¥",
    /* Amounts whose fen do not fit in a gint64. */
    "92233720368547758.08", "-92233720368547758.09", "92233720368547759",
    "92,233,720,368,547,758.08", "100000000000000000", "99999999999999999999999999999",
    "-99999999999999999999999999999.99",
  };
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
    assert_refused (refused[i], refused[i]);

  /* Spaces around the text are not part of what the message quotes. */
  assert_refused ("  1.234  ", "“1.234”");

  /* Empty text, or nothing but spaces: no text to name, but a clear sentence. */
  assert_refused ("", NULL);
  assert_refused ("   ", NULL);
  assert_refused ("\xe3\x80\x80", NULL);

  /* Each kind of mistake says what is wrong with it. */
  g_assert_false (hk_money_parse ("1.234", NULL, &error));
  g_assert_nonnull (strstr (error->message, "two decimals"));
  g_clear_error (&error);
  g_assert_false (hk_money_parse ("1,23", NULL, &error));
  g_assert_nonnull (strstr (error->message, "thousands separator"));
  g_clear_error (&error);
  g_assert_false (hk_money_parse ("92233720368547758.08", NULL, &error));
  g_assert_nonnull (strstr (error->message, "too large"));
  g_clear_error (&error);
  g_assert_false (hk_money_parse ("12a", NULL, &error));
  g_assert_nonnull (strstr (error->message, "not an amount of money"));
  g_clear_error (&error);

  /* A very long text is quoted in part, still as valid UTF-8. */
  {
    g_autofree char *longer = g_strnfill (500, 'x');

    g_assert_false (hk_money_parse (longer, NULL, &error));
    g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
    g_assert_cmpuint (strlen (error->message), <, 200);
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
    g_clear_error (&error);
  }

  /* Invalid UTF-8 is refused and the message stays valid UTF-8. */
  g_assert_false (hk_money_parse ("12\xff", NULL, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);
}

static void
test_parse_strict (void)
{
  static const ParseCase accepted[] = {
    { "12.30", 1230 },
    { "-0.50", -50 },
    { "0.00", 0 },
    { "-0.00", 0 },
    { "0.05", 5 },
    { "1234.50", 123450 },
    { "-1234.50", -123450 },
    { "007.00", 700 },
    { "92233720368547758.07", G_MAXINT64 },
    { "-92233720368547758.08", G_MININT64 },
  };
  static const char * const refused[] = {
    "12.3", "12", "12.", "12.300", "1.234", ".50", "-.50", "+12.30", "1,234.50", "¥12.30",
    "￥12.30", "-¥12.30", " 12.30", "12.30 ", "12.30\n", "", "-", ".", "-.00", "--1.00",
    "1 2.30", "12,30", "12.3a", "a12.30", "１２.30", "12.30元", "1e3.00",
    "92233720368547758.08", "-92233720368547758.09", "99999999999999999999.00",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = UNTOUCHED;

      if (!hk_money_parse_strict (accepted[i].text, &fen, &error))
        g_error ("“%s” was refused: %s", accepted[i].text, error->message);
      g_assert_cmpint (fen, ==, accepted[i].fen);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = UNTOUCHED;

      if (hk_money_parse_strict (refused[i], &fen, &error))
        g_error ("“%s” was accepted as %" G_GINT64_FORMAT " fen", refused[i], fen);
      g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
      g_assert_cmpint (fen, ==, UNTOUCHED);
    }
}

static void
test_format (void)
{
  static const struct
  {
    gint64      fen;
    const char *text;
    const char *plain;
  } cases[] = {
    { 0, "¥0.00", "0.00" },
    { 1, "¥0.01", "0.01" },
    { 5, "¥0.05", "0.05" },
    { 50, "¥0.50", "0.50" },
    { -5, "-¥0.05", "-0.05" },
    { 100, "¥1.00", "1.00" },
    { 99999, "¥999.99", "999.99" },
    { 100000, "¥1,000.00", "1000.00" },
    { 123450, "¥1,234.50", "1234.50" },
    { -123450, "-¥1,234.50", "-1234.50" },
    { 12345678, "¥123,456.78", "123456.78" },
    { 100000000, "¥1,000,000.00", "1000000.00" },
    { -100000000, "-¥1,000,000.00", "-1000000.00" },
    { G_MAXINT64, "¥92,233,720,368,547,758.07", "92233720368547758.07" },
    { G_MININT64, "-¥92,233,720,368,547,758.08", "-92233720368547758.08" },
    { G_MININT64 + 1, "-¥92,233,720,368,547,758.07", "-92233720368547758.07" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = hk_money_format (cases[i].fen);
      g_autofree char *plain = hk_money_format_plain (cases[i].fen);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpstr (plain, ==, cases[i].plain);
    }
}

/* Reads capital numerals back to fen, independently of how they were written:
 * [负] [integer 元] [d 角] [零] [d 分] [整], where the integer nests 亿 over 万 over 仟佰拾. */
static guint64
read_capital_group (const char *text)
{
  static const char * const units[] = { "拾", "佰", "仟" };
  static const guint64 values[] = { 10, 100, 1000 };
  guint64 total = 0;
  guint64 digit = 0;
  const char *p = text;
  static const char * const digits[] = {
    "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖",
  };

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      char buf[8] = { 0 };
      gboolean found = FALSE;

      g_unichar_to_utf8 (c, buf);
      p = g_utf8_next_char (p);

      for (guint d = 0; d < 10 && !found; d++)
        {
          if (g_str_equal (buf, digits[d]))
            {
              /* A unit always follows a digit: a bare 拾 would be 拾 for 壹拾. */
              g_assert_cmpuint (digit, ==, 0);
              digit = d;
              found = TRUE;
            }
        }

      for (guint u = 0; u < G_N_ELEMENTS (units) && !found; u++)
        if (g_str_equal (buf, units[u]))
          {
            g_assert_cmpuint (digit, !=, 0);
            total += digit * values[u];
            digit = 0;
            found = TRUE;
          }

      if (!found)
        g_error ("Unexpected “%s” in a group of capital numerals: %s", buf, text);
    }

  return total + digit;
}

static guint64
read_capital_integer (const char *text)
{
  const char *yi = g_strrstr (text, "亿");
  const char *wan;

  if (yi != NULL)
    {
      g_autofree char *high = g_strndup (text, yi - text);

      g_assert_cmpstr (high, !=, "");
      return read_capital_integer (high) * 100000000 + read_capital_integer (yi + strlen ("亿"));
    }

  wan = strstr (text, "万");
  if (wan != NULL)
    {
      g_autofree char *high = g_strndup (text, wan - text);

      g_assert_cmpstr (high, !=, "");
      return read_capital_group (high) * 10000 + read_capital_group (wan + strlen ("万"));
    }

  return read_capital_group (text);
}

static gint64
read_capital (const char *capital)
{
  g_autofree char *text = g_strdup (capital);
  gboolean negative = g_str_has_prefix (text, "负");
  char *p = text + (negative ? strlen ("负") : 0);
  char *mark;
  guint64 mag = 0;

  if (g_str_equal (p, "零元整"))
    return 0;

  if ((mark = strstr (p, "元")) != NULL)
    {
      *mark = '\0';
      mag += read_capital_integer (p) * 100;
      p = mark + strlen ("元");
    }

  if (g_str_has_suffix (p, "整"))
    {
      /* 整 only after 元, never after 角 or 分. */
      g_assert_cmpstr (p, ==, "整");
      p[0] = '\0';
    }

  if ((mark = strstr (p, "角")) != NULL)
    {
      *mark = '\0';
      mag += read_capital_group (p) * 10;
      p = mark + strlen ("角");
    }

  if ((mark = strstr (p, "分")) != NULL)
    {
      *mark = '\0';
      mag += read_capital_group (p);
      p = mark + strlen ("分");
    }

  g_assert_cmpstr (p, ==, "");

  return negative ? -(gint64) mag : (gint64) mag;
}

/* The rules about zeros, 整 and 壹拾 that hold for every amount. */
static void
assert_capital_rules (gint64      fen,
                      const char *capital)
{
  guint64 mag = fen < 0 ? 0 - (guint64) fen : (guint64) fen;
  static const char * const never[] = {
    "零零", "零万", "零亿", "零元", "零角", "零分", "零整", "元整整", "负零", "万万", "亿万",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (never); i++)
    if (fen != 0 && strstr (capital, never[i]) != NULL)
      g_error ("%s for %" G_GINT64_FORMAT " fen has “%s”", capital, fen, never[i]);

  g_assert_cmpint (g_str_has_suffix (capital, "整"), ==, mag % 100 == 0);
  g_assert_cmpint (g_str_has_prefix (capital, "负"), ==, fen < 0);
  g_assert_cmpint (strstr (capital, "角") != NULL, ==, mag / 10 % 10 != 0);
  g_assert_cmpint (strstr (capital, "分") != NULL, ==, mag % 10 != 0);
  g_assert_cmpint (strstr (capital, "元") != NULL, ==, mag >= 100 || mag == 0);
  if (mag != 0)
    {
      const char *start = capital + (fen < 0 ? strlen ("负") : 0);

      g_assert_false (g_str_has_prefix (start, "零"));
      g_assert_false (g_str_has_prefix (start, "拾"));
    }

  /* 零 after 元 exactly when the 角 is zero and the 分 is not. */
  g_assert_cmpint (strstr (capital, "元零") != NULL, ==,
                   mag >= 100 && mag / 10 % 10 == 0 && mag % 10 != 0);

  g_assert_cmpint (read_capital (capital), ==, fen);
}

static void
test_capital (void)
{
  static const FormatCase cases[] = {
    /* 整 after 元 only; 角 and 分 end the amount without it. */
    { 12300, "壹佰贰拾叁元整" },
    { 12340, "壹佰贰拾叁元肆角" },
    { 12345, "壹佰贰拾叁元肆角伍分" },
    { 10010, "壹佰元壹角" },
    /* Less than a yuan starts at 角 or 分; nothing is 零元整. */
    { 0, "零元整" },
    { 5, "伍分" },
    { 50, "伍角" },
    { 55, "伍角伍分" },
    { 10, "壹角" },
    { 1, "壹分" },
    { 99, "玖角玖分" },
    /* 壹拾 for ten, also at the start. */
    { 1000, "壹拾元整" },
    { 1100, "壹拾壹元整" },
    { 1900, "壹拾玖元整" },
    { 2000, "贰拾元整" },
    { 11000, "壹佰壹拾元整" },
    { 100, "壹元整" },
    /* One 零 for a run of zeros; none at the end of a group. */
    { 100100, "壹仟零壹元整" },
    { 101000, "壹仟零壹拾元整" },
    { 100000, "壹仟元整" },
    { 10500, "壹佰零伍元整" },
    { 3000100, "叁万零壹元整" },
    { 900080000, "玖佰万零捌佰元整" },
    /* 零 after 元 when the 角 is zero and the 分 is not. */
    { 1005, "壹拾元零伍分" },
    { 10005, "壹佰元零伍分" },
    { 100001, "壹仟元零壹分" },
    /* 万 and 亿 boundaries. */
    { 1000000, "壹万元整" },
    { 1000100, "壹万零壹元整" },
    { 1001000, "壹万零壹拾元整" },
    { 1100000, "壹万壹仟元整" },
    { 10000000, "壹拾万元整" },
    { 10001000, "壹拾万零壹拾元整" },
    { 10100000, "壹拾万壹仟元整" },
    { 100000000, "壹佰万元整" },
    { 110000000, "壹佰壹拾万元整" },
    { 1000100000, "壹仟万壹仟元整" },
    { 2000000000, "贰仟万元整" },
    { 10000000000, "壹亿元整" },
    { 10000000100, "壹亿零壹元整" },
    { 10000100000, "壹亿零壹仟元整" },
    { 10001000000, "壹亿零壹万元整" },
    { 10100000000, "壹亿零壹佰万元整" },
    { 11000000000, "壹亿壹仟万元整" },
    { 100000000000, "壹拾亿元整" },
    { 1010000000000, "壹佰零壹亿元整" },
    { G_GINT64_CONSTANT (100000000000000), "壹万亿元整" },
    { G_GINT64_CONSTANT (100000000000100), "壹万亿零壹元整" },
    { G_GINT64_CONSTANT (100010000000000), "壹万零壹亿元整" },
    { G_GINT64_CONSTANT (100000001000000), "壹万亿零壹万元整" },
    { G_GINT64_CONSTANT (1000000000000000000), "壹亿亿元整" },
    /* The examples of the People's Bank of China's rules (where they allow two
     * writings, the one without the optional 零). */
    { 140950, "壹仟肆佰零玖元伍角" },
    { 600714, "陆仟零柒元壹角肆分" },
    { 168032, "壹仟陆佰捌拾元叁角贰分" },
    { 10700053, "壹拾万柒仟元伍角叁分" },
    { 1640902, "壹万陆仟肆佰零玖元零贰分" },
    { 32504, "叁佰贰拾伍元零肆分" },
    /* Longer amounts. */
    { 12345678901, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分" },
    { 123456789000, "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元整" },
    { 30070223, "叁拾万零柒佰零贰元贰角叁分" },
    /* Negative amounts. */
    { -12300, "负壹佰贰拾叁元整" },
    { -5, "负伍分" },
    { -1005, "负壹拾元零伍分" },
    /* The extremes. */
    { G_MAXINT64, "玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分" },
    { G_MININT64, "负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *capital = hk_money_to_chinese_capital (cases[i].fen);

      g_assert_cmpstr (capital, ==, cases[i].text);
      if (cases[i].fen != G_MININT64)
        assert_capital_rules (cases[i].fen, capital);
    }

  /* The rules hold, and the numerals read back, for many amounts of every length. */
  for (guint i = 0; i < 20000; i++)
    {
      guint digits = (guint) g_test_rand_int_range (1, 19);
      gint64 fen = 0;
      g_autofree char *capital = NULL;

      for (guint d = 0; d < digits; d++)
        {
          /* Zeros are frequent, so runs of zeros and empty groups are common. */
          gint digit = g_test_rand_int_range (0, 3) == 0 ? g_test_rand_int_range (1, 10) : 0;

          if (d == 0)
            digit = g_test_rand_int_range (1, 10);
          fen = fen * 10 + digit;
        }
      if (g_test_rand_bit ())
        fen = -fen;

      capital = hk_money_to_chinese_capital (fen);
      assert_capital_rules (fen, capital);
    }
}

static void
test_short (void)
{
  static const struct
  {
    gint64      fen;
    const char *chinese;
    const char *english;
  } cases[] = {
    { 0, "¥0", "¥0" },
    { 40, "¥0", "¥0" },
    { -40, "¥0", "¥0" },
    { 50, "¥1", "¥1" },
    { -50, "-¥1", "-¥1" },
    { 85000, "¥850", "¥850" },
    { 99949, "¥999", "¥999" },
    { 99950, "¥1,000", "¥1k" },
    { 100000, "¥1,000", "¥1k" },
    { 123456, "¥1,235", "¥1.2k" },
    { 850000, "¥8,500", "¥8.5k" },
    { -850000, "-¥8,500", "-¥8.5k" },
    { 999949, "¥9,999", "¥10k" },
    { 999950, "¥1万", "¥10k" },
    { 1000000, "¥1万", "¥10k" },
    { 1234500, "¥1.2万", "¥12.3k" },
    { 1235000, "¥1.2万", "¥12.4k" },
    { 12300000, "¥12.3万", "¥123k" },
    { 12345600, "¥12.3万", "¥123.5k" },
    { 12350000, "¥12.4万", "¥123.5k" },
    { 12349999, "¥12.3万", "¥123.5k" },
    { -12345600, "-¥12.3万", "-¥123.5k" },
    { 120000000, "¥120万", "¥1.2M" },
    { 9995000000, "¥9,995万", "¥100M" },
    { 9999999900, "¥1亿", "¥100M" },
    { 99950000000, "¥10亿", "¥999.5M" },
    { 99999999900, "¥10亿", "¥1B" },
    { 12000000000, "¥1.2亿", "¥120M" },
    { 12500000000, "¥1.3亿", "¥125M" },
    { -12500000000, "-¥1.3亿", "-¥125M" },
    { G_GINT64_CONSTANT (120000000000000), "¥1.2万亿", "¥1.2T" },
    { G_GINT64_CONSTANT (999999999000000), "¥10万亿", "¥10T" },
    { G_MAXINT64, "¥92,233.7万亿", "¥92,233.7T" },
    { G_MININT64, "-¥92,233.7万亿", "-¥92,233.7T" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *chinese = hk_money_format_chinese_short (cases[i].fen);
      g_autofree char *english = hk_money_format_short (cases[i].fen);

      g_assert_cmpstr (chinese, ==, cases[i].chinese);
      g_assert_cmpstr (english, ==, cases[i].english);
    }
}

static gint64
random_amount (void)
{
  guint64 bits = ((guint64) g_test_rand_int () << 32) | (guint32) g_test_rand_int ();

  /* Every size from a few fen to the whole range, both signs. */
  bits >>= g_test_rand_int_range (1, 64);

  return (gint64) bits * (g_test_rand_bit () ? -1 : 1);
}

static void
assert_round_trip (gint64 fen)
{
  g_autofree char *plain = hk_money_format_plain (fen);
  g_autofree char *text = hk_money_format (fen);
  g_autoptr(GError) error = NULL;
  gint64 back = UNTOUCHED;

  g_assert_true (hk_money_parse (plain, &back, &error));
  g_assert_no_error (error);
  g_assert_cmpint (back, ==, fen);

  back = UNTOUCHED;
  g_assert_true (hk_money_parse_strict (plain, &back, &error));
  g_assert_no_error (error);
  g_assert_cmpint (back, ==, fen);

  /* What people see can be typed back in. */
  back = UNTOUCHED;
  g_assert_true (hk_money_parse (text, &back, &error));
  g_assert_no_error (error);
  g_assert_cmpint (back, ==, fen);
}

static void
test_round_trip (void)
{
  for (guint i = 0; i < 100000; i++)
    assert_round_trip (random_amount ());
}

static void
test_extremes (void)
{
  static const gint64 extremes[] = {
    G_MAXINT64, G_MAXINT64 - 1, G_MAXINT64 - 7, G_MAXINT64 - 8,
    G_MININT64, G_MININT64 + 1, G_MININT64 + 8, G_MININT64 + 9,
    0, 1, -1, 99, -99, 100, -100,
  };
  g_autoptr(GError) error = NULL;
  gint64 fen = UNTOUCHED;

  for (gsize i = 0; i < G_N_ELEMENTS (extremes); i++)
    {
      g_autofree char *capital = hk_money_to_chinese_capital (extremes[i]);
      g_autofree char *chinese = hk_money_format_chinese_short (extremes[i]);
      g_autofree char *english = hk_money_format_short (extremes[i]);

      assert_round_trip (extremes[i]);
      g_assert_nonnull (capital);
      g_assert_nonnull (chinese);
      g_assert_nonnull (english);
    }

  /* One fen beyond either end is refused, in both forms. */
  g_assert_false (hk_money_parse ("92233720368547758.08", &fen, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_money_parse ("-92233720368547758.09", &fen, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_money_parse_strict ("92233720368547758.08", &fen, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_money_parse_strict ("-92233720368547758.09", &fen, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (fen, ==, UNTOUCHED);

  /* Whole yuan just past the limit, and far past it, are refused too. */
  g_assert_false (hk_money_parse ("92233720368547759", &fen, NULL));
  g_assert_false (hk_money_parse ("-92233720368547759", &fen, NULL));
  g_assert_false (hk_money_parse ("18446744073709551616", &fen, NULL));
  g_assert_false (hk_money_parse ("184467440737095516.16", &fen, NULL));
  g_assert_cmpint (fen, ==, UNTOUCHED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/parse", test_parse);
  g_test_add_func ("/money/parse-refused", test_parse_refused);
  g_test_add_func ("/money/parse-strict", test_parse_strict);
  g_test_add_func ("/money/format", test_format);
  g_test_add_func ("/money/capital", test_capital);
  g_test_add_func ("/money/short", test_short);
  g_test_add_func ("/money/round-trip", test_round_trip);
  g_test_add_func ("/money/extremes", test_extremes);

  return g_test_run ();
}
