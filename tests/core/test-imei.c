/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-imei.c: the IMEI check: fifteen digits and the Luhn check digit, each refusal with its
 * reason, on exact bytes. */

#include "config.h"

#include <string.h>

#include "core/hk-imei.h"

static void
assert_refused (const char  *text,
                gssize       length,
                HkImeiError  code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hk_imei_validate (text, length, &error));
  g_assert_error (error, HK_IMEI_ERROR, (int)code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
test_valid (void)
{
  /* Published examples and numbers completed by their check digit. */
  const char *valid[] = { "490154203237518", "352099001761481", "860541041234560",
                          "358754110000007", "867697050024715", "000000000000000" };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (hk_imei_validate (valid[i], -1, &error));
      g_assert_no_error (error);
      g_assert_true (hk_imei_validate (valid[i], 15, NULL));
    }
}

static void
test_wrong_check_digit (void)
{
  g_autoptr(GError) error = NULL;

  /* Every other last digit is wrong. */
  for (char d = '0'; d <= '9'; d++)
    {
      char imei[] = "49015420323751X";

      imei[14] = d;
      if (d == '8')
        g_assert_true (hk_imei_validate (imei, -1, NULL));
      else
        assert_refused (imei, -1, HK_IMEI_ERROR_CHECK_DIGIT);
    }

  /* Two neighbouring digits swapped: the doubling catches it (unless they are 0 and 9). */
  assert_refused ("940154203237518", -1, HK_IMEI_ERROR_CHECK_DIGIT);

  /* The message says what the digit should be. */
  g_assert_false (hk_imei_validate ("490154203237510", -1, &error));
  g_assert_nonnull (strstr (error->message, "8"));
  g_assert_nonnull (strstr (error->message, "check digit"));
}

static void
test_wrong_length (void)
{
  g_autoptr(GError) error = NULL;

  assert_refused ("49015420323751", -1, HK_IMEI_ERROR_LENGTH);
  assert_refused ("4901542032375180", -1, HK_IMEI_ERROR_LENGTH);
  assert_refused ("1", -1, HK_IMEI_ERROR_LENGTH);
  /* An IMEISV has 16 digits: it is not an IMEI. */
  assert_refused ("3520990017614823", -1, HK_IMEI_ERROR_LENGTH);
  /* The length given wins over the NUL. */
  assert_refused ("490154203237518", 14, HK_IMEI_ERROR_LENGTH);

  g_assert_false (hk_imei_validate ("12345", -1, &error));
  g_assert_nonnull (strstr (error->message, "15"));
  g_assert_nonnull (strstr (error->message, "5"));
}

static void
test_letters (void)
{
  g_autoptr(GError) error = NULL;

  assert_refused ("49015420323751A", -1, HK_IMEI_ERROR_NOT_DIGITS);
  assert_refused ("A90154203237518", -1, HK_IMEI_ERROR_NOT_DIGITS);
  /* Blanks and dashes are not digits either: hk_imei_normalize() removes them first. */
  assert_refused ("490154 203237518", -1, HK_IMEI_ERROR_NOT_DIGITS);
  assert_refused ("49-015420-323751-8", -1, HK_IMEI_ERROR_NOT_DIGITS);
  /* Full-width digits are not ASCII digits. */
  assert_refused ("４９０１５４２０３２３７５１８", -1, HK_IMEI_ERROR_NOT_DIGITS);
  /* A letter wins over a wrong length: the reason is the first one found. */
  assert_refused ("abc", -1, HK_IMEI_ERROR_NOT_DIGITS);

  /* The message counts characters, not bytes. */
  g_assert_false (hk_imei_validate ("１2x", -1, &error));
  g_assert_nonnull (strstr (error->message, "character 1 "));
  g_clear_error (&error);
  g_assert_false (hk_imei_validate ("12x", -1, &error));
  g_assert_nonnull (strstr (error->message, "character 3 "));
}

static void
test_empty (void)
{
  assert_refused ("", -1, HK_IMEI_ERROR_EMPTY);
  assert_refused ("490154203237518", 0, HK_IMEI_ERROR_EMPTY);
  assert_refused (NULL, 0, HK_IMEI_ERROR_EMPTY);
}

/* The function reads only the bytes it is given: NULs and bytes that are not UTF-8 are
 * characters that are not digits, and the message stays UTF-8. */
static void
test_bytes (void)
{
  const char with_nul[15] = { '4', '9', '0', '1', '5', '4', '2', '\0', '3', '2', '3', '7', '5',
                              '1', '8' };
  const char not_utf8[] = "49015\xff\xfe" "20323751";
  /* Not NUL-terminated: reading past 15 bytes would be a bug that sanitizers catch. */
  char *exact = g_memdup2 ("490154203237518", 15);

  assert_refused (with_nul, sizeof with_nul, HK_IMEI_ERROR_NOT_DIGITS);
  assert_refused (not_utf8, -1, HK_IMEI_ERROR_NOT_DIGITS);
  g_assert_true (hk_imei_validate (exact, 15, NULL));
  g_free (exact);
}

static void
test_check_digit (void)
{
  g_assert_cmpint (hk_imei_check_digit ("49015420323751", -1), ==, 8);
  g_assert_cmpint (hk_imei_check_digit ("35209900176148", -1), ==, 1);
  g_assert_cmpint (hk_imei_check_digit ("86054104123456", 14), ==, 0);
  g_assert_cmpint (hk_imei_check_digit ("4901542032375", -1), ==, -1);
  g_assert_cmpint (hk_imei_check_digit ("4901542032375X", -1), ==, -1);
  g_assert_cmpint (hk_imei_check_digit ("", -1), ==, -1);
}

static void
test_normalize (void)
{
  const struct
  {
    const char *text;
    const char *clean;
  } cases[] = {
    { "35-209900-176148-1", "352099001761481" },
    { " 352099 001761481\t", "352099001761481" },
    { "352099001761481", "352099001761481" },
    { "", "" },
    { "a-b", "ab" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *clean = hk_imei_normalize (cases[i].text);

      g_assert_cmpstr (clean, ==, cases[i].clean);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/imei/valid", test_valid);
  g_test_add_func ("/imei/wrong-check-digit", test_wrong_check_digit);
  g_test_add_func ("/imei/wrong-length", test_wrong_length);
  g_test_add_func ("/imei/letters", test_letters);
  g_test_add_func ("/imei/empty", test_empty);
  g_test_add_func ("/imei/bytes", test_bytes);
  g_test_add_func ("/imei/check-digit", test_check_digit);
  g_test_add_func ("/imei/normalize", test_normalize);

  return g_test_run ();
}
