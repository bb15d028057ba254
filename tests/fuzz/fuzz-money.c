/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-money.c: libFuzzer target: hk_money_parse() and hk_money_parse_strict() on any text; what
 * they accept formats and reads back to the same amount. */

#include "config.h"

#include "core/hk-money.h"
#include "hk-fuzz-hall.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = hk_fuzz_dup_text (data, size);
  gint64 fen = 0;
  gint64 again = 0;

  if (hk_money_parse (text, &fen, NULL))
    {
      g_autofree char *plain = hk_money_format_plain (fen);
      g_autofree char *shown = hk_money_format (fen);
      g_autofree char *capital = hk_money_to_chinese_capital (fen);
      g_autofree char *chinese = hk_money_format_chinese_short (fen);
      g_autofree char *short_form = hk_money_format_short (fen);

      g_assert_nonnull (capital);
      g_assert_nonnull (chinese);
      g_assert_nonnull (short_form);
      g_assert_true (hk_money_parse_strict (plain, &again, NULL));
      g_assert_cmpint (again, ==, fen);
      g_assert_true (hk_money_parse (shown, &again, NULL));
      g_assert_cmpint (again, ==, fen);
    }

  if (hk_money_parse_strict (text, &fen, NULL))
    {
      g_autofree char *plain = hk_money_format_plain (fen);

      g_assert_true (hk_money_parse_strict (plain, &again, NULL));
      g_assert_cmpint (again, ==, fen);
    }

  return 0;
}
