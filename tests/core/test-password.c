/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-password.c: Argon2id hashing of operators' passwords. */

#include "config.h"

#include "core/hk-error.h"
#include "core/hk-password.h"

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = NULL;

  hash = hk_password_hash ("counter-42", &error);
  g_assert_no_error (error);
  g_assert_nonnull (hash);

  /* The stored string is an Argon2id hash, never the password itself. */
  g_assert_true (g_str_has_prefix (hash, "$argon2id$"));
  g_assert_null (strstr (hash, "counter-42"));

  g_assert_true (hk_password_verify (hash, "counter-42"));
}

static void
test_wrong_password (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = NULL;

  hash = hk_password_hash ("counter-42", &error);
  g_assert_no_error (error);

  g_assert_false (hk_password_verify (hash, "counter-43"));
  g_assert_false (hk_password_verify (hash, "Counter-42"));
  g_assert_false (hk_password_verify (hash, "counter-42 "));
  g_assert_false (hk_password_verify (hash, "counter-4"));
  g_assert_false (hk_password_verify (hash, ""));

  /* A damaged or foreign stored hash never lets anyone in. */
  g_assert_false (hk_password_verify ("", "counter-42"));
  g_assert_false (hk_password_verify ("counter-42", "counter-42"));
  g_assert_false (hk_password_verify ("$argon2id$v=19$m=65536,t=2,p=1$garbage", "counter-42"));
}

static void
test_salted (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  first = hk_password_hash ("same password", &error);
  g_assert_no_error (error);
  second = hk_password_hash ("same password", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (first, !=, second);
  g_assert_true (hk_password_verify (first, "same password"));
  g_assert_true (hk_password_verify (second, "same password"));
}

static void
test_unicode (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = NULL;

  /* Four characters, twelve bytes: long enough. */
  hash = hk_password_hash ("营业厅门", &error);
  g_assert_no_error (error);
  g_assert_true (hk_password_verify (hash, "营业厅门"));
  g_assert_false (hk_password_verify (hash, "营业厅"));
}

static void
test_too_short (void)
{
  const char *too_short[] = { "", "a", "abc", "营业厅" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (too_short); i++)
    {
      g_autofree char *hash = NULL;

      hash = hk_password_hash (too_short[i], &error);
      g_assert_null (hash);
      g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
      g_clear_error (&error);

      g_assert_false (hk_password_validate (too_short[i], &error));
      g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
      g_clear_error (&error);
    }

  g_assert_false (hk_password_validate (NULL, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  /* Exactly the minimum is enough. */
  g_assert_cmpint (HK_PASSWORD_MIN_LENGTH, ==, 4);
  g_assert_true (hk_password_validate ("abcd", &error));
  g_assert_no_error (error);
  g_assert_true (hk_password_validate ("营业厅门", &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/password/round-trip", test_round_trip);
  g_test_add_func ("/password/wrong-password", test_wrong_password);
  g_test_add_func ("/password/salted", test_salted);
  g_test_add_func ("/password/unicode", test_unicode);
  g_test_add_func ("/password/too-short", test_too_short);

  return g_test_run ();
}
