/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-input.c: full-width digits typed by a Chinese input method read as digits. */

#include "config.h"

#include <string.h>

#include "core/hk-error.h"
#include "core/hk-imei.h"
#include "core/hk-input.h"
#include "core/hk-money.h"
#include "core/hk-privacy.h"

static void
test_fold (void)
{
  static const struct
  {
    const char *typed;
    const char *folded;
  } cases[] = {
    { "１２３４．５０", "1234.50" },
    { "－１２．３", "-12.3" },
    { "＋５", "+5" },
    { "１３８１２３４５６７８", "13812345678" },
    { "12３4", "1234" },                      /* mixed widths */
    { "￥１，２３４", "￥1，234" },            /* the full-width comma stays: it is refused */
    { "一二三", "一二三" },                    /* Chinese numerals are not digits */
    { "１００２Ｘ", "1002X" },                 /* an identity number's check character */
    { "ｘＡ", "xＡ" },                         /* other full-width letters stay */
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = hk_input_fold_digits (cases[i].typed);
      g_assert_cmpstr (folded, ==, cases[i].folded);
    }

  {
    g_autofree char *folded = hk_input_fold_digits (NULL);
    g_assert_cmpstr (folded, ==, "");
  }
}

/* What the forms do with it: money, a phone, an IMEI. */
static void
test_forms_read_full_width (void)
{
  g_autofree char *phone = hk_input_fold_digits ("１３８１２３４５６７８");
  g_autofree char *imei = hk_imei_normalize ("４９０１５４２０３２３７５１８");
  g_autoptr(GError) error = NULL;
  gint64 fen = 0;

  g_assert_true (hk_input_parse_money ("１２３４．５", &fen, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fen, ==, 123450);
  g_assert_true (hk_privacy_phone_is_valid (phone));
  g_assert_cmpstr (imei, ==, "490154203237518");
  g_assert_true (hk_imei_validate (imei, -1, &error));
  g_assert_no_error (error);

  /* Folding does not make a bad amount good. */
  g_assert_false (hk_input_parse_money ("１．２３４", &fen, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1.234"));
  g_clear_error (&error);
  g_assert_false (hk_input_parse_money ("１，２３４", &fen, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_assert_cmpint (fen, ==, 123450);
}

/* The one check of the stores' text fields. */
static void
test_clean_text (void)
{
  static const struct
  {
    const char *typed;
    gboolean    lines;
    const char *clean;        /* NULL: refused */
    const char *fragment;
  } cases[] = {
    { "  屏幕碎了 ", FALSE, "屏幕碎了", NULL },
    { "第一行\n第二行\r\n\t第三行", TRUE, "第一行\n第二行\r\n\t第三行", NULL },
    { "第一行\n第二行", FALSE, NULL, "U+000A" },
    { "a\tb", FALSE, NULL, "U+0009" },
    { "bell\x07", TRUE, NULL, "U+0007" },
    { "esc\x1b[31m", TRUE, NULL, "U+001B" },
    { "del\x7f", TRUE, NULL, "U+007F" },
    { "c1\xc2\x85", TRUE, NULL, "U+0085" },
    { "\xff\xfe", TRUE, NULL, "not UTF-8" },
    { "一二三四五", FALSE, "一二三四五", NULL },            /* 5 characters, 15 bytes */
    { "一二三四五六", FALSE, NULL, "at most 5 characters" },
    { NULL, FALSE, "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *clean = NULL;
      g_autoptr(GError) error = NULL;
      gboolean ok = hk_input_clean_text (cases[i].typed, 5 + (cases[i].lines ? 100 : 0),
                                         cases[i].lines, &clean, &error);

      if (cases[i].clean != NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpstr (clean, ==, cases[i].clean);
        }
      else
        {
          g_assert_false (ok);
          g_assert_null (clean);
          g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, cases[i].fragment));
        }
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/input/fold", test_fold);
  g_test_add_func ("/input/forms-read-full-width", test_forms_read_full_width);
  g_test_add_func ("/input/clean-text", test_clean_text);

  return g_test_run ();
}
