/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-privacy.c: masking customers' phone and identity numbers, and which phones are valid. */

#include "config.h"

#include <string.h>

#include "core/hk-privacy.h"

typedef struct
{
  const char *input;
  const char *masked;
} MaskCase;

static void
test_mask_phone (void)
{
  static const MaskCase cases[] = {
    /* A mobile number keeps its first three and last four digits. */
    { "13812345678", "138****5678" },
    { "15900001111", "159****1111" },
    /* A landline with its area code, an international number. */
    { "0571-88886666", "057******6666" },
    { "+8613812345678", "+86*******5678" },
    /* One digit longer than both ends: one star. */
    { "12345678", "123*5678" },
    /* Too short to keep both ends: only the last character shows. */
    { "1234567", "******7" },
    { "12345", "****5" },
    { "12", "*2" },
    { "7", "7" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *masked = hk_privacy_mask_phone (cases[i].input);

      g_test_message ("phone “%s”", cases[i].input);
      g_assert_cmpstr (masked, ==, cases[i].masked);
    }
}

static void
test_mask_phone_null (void)
{
  g_autofree char *masked = hk_privacy_mask_phone (NULL);

  /* No phone: an empty string, never NULL, so a list cell can show it as is. */
  g_assert_nonnull (masked);
  g_assert_cmpstr (masked, ==, "");
}

static void
test_mask_id_number (void)
{
  static const MaskCase cases[] = {
    /* The 18-character resident identity number, also with the check character X. */
    { "330102199001011234", "330***********1234" },
    { "33010219900101123X", "330***********123X" },
    /* The old 15-digit number. */
    { "330102900101123", "330********1123" },
    /* A passport or a permit with letters. */
    { "E12345678", "E12**5678" },
    { "12345678", "123*5678" },
    { "1234567", "******7" },
    { "123", "**3" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *masked = hk_privacy_mask_id_number (cases[i].input);

      g_test_message ("identity number “%s”", cases[i].input);
      g_assert_cmpstr (masked, ==, cases[i].masked);
    }
}

static void
test_mask_id_number_null (void)
{
  g_autofree char *masked = hk_privacy_mask_id_number (NULL);

  g_assert_nonnull (masked);
  g_assert_cmpstr (masked, ==, "");
}

/* The masked text hides what it should: no digit of the middle is left, and the input is not
 * changed in place. */
static void
test_mask_keeps_input (void)
{
  char phone[] = "13812345678";
  g_autofree char *masked = hk_privacy_mask_phone (phone);

  g_assert_cmpstr (phone, ==, "13812345678");
  g_assert_true (masked != phone);
  g_assert_null (strstr (masked, "1234"));
  g_assert_cmpuint (strlen (masked), ==, strlen (phone));
}

/* Whatever the input, the masked text is valid UTF-8 of the same number of characters: it goes
 * into labels, PDFs and spreadsheets. */
static void
test_mask_utf8 (void)
{
  static const char *inputs[] = {
    "电话13812345678",
    "护照E1234567",
    "港澳通行证",
    "１３８１２３４５６７８",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *phone = hk_privacy_mask_phone (inputs[i]);
      g_autofree char *id_number = hk_privacy_mask_id_number (inputs[i]);

      g_test_message ("“%s”", inputs[i]);
      g_assert_true (g_utf8_validate (phone, -1, NULL));
      g_assert_true (g_utf8_validate (id_number, -1, NULL));
      g_assert_cmpint (g_utf8_strlen (phone, -1), ==, g_utf8_strlen (inputs[i], -1));
      g_assert_cmpint (g_utf8_strlen (id_number, -1), ==, g_utf8_strlen (inputs[i], -1));
      g_assert_cmpstr (phone, !=, inputs[i]);
    }

  {
    g_autofree char *masked = hk_privacy_mask_phone ("电话13812345678");

    g_assert_cmpstr (masked, ==, "电话1******5678");
  }
  {
    g_autofree char *masked = hk_privacy_mask_id_number ("港澳通行证");

    g_assert_cmpstr (masked, ==, "****证");
  }
  {
    /* Not UTF-8 at all: nothing of it shows. */
    g_autofree char *masked = hk_privacy_mask_phone ("\xff\xfe" "13812345678");

    g_assert_cmpstr (masked, ==, "*************");
  }
}

static void
test_phone_valid (void)
{
  static const char *valid[] = {
    "13812345678",
    "0571-88886666",
    "010-6552-8888",
    "+8613812345678",
    "+86-138-1234-5678",
    "12345",                  /* 5 digits: the shortest (a service number like 10086 has 5) */
    "10086",
    "12345678901234567890",   /* 20 digits: the longest */
  };
  static const char *invalid[] = {
    "",
    "1234",                   /* 4 digits */
    "123456789012345678901",  /* 21 digits */
    "-13812345678",           /* a dash only between digits */
    "13812345678-",
    "138+12345678",           /* a plus only at the start */
    "++8613812345678",
    "138 1234 5678",          /* no spaces */
    "(0571)88886666",
    "1381234567a",
    "+",
    "-",
    "１３８１２３４５６７８",   /* full-width digits */
    "13812345678\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_test_message ("valid “%s”", valid[i]);
      g_assert_true (hk_privacy_phone_is_valid (valid[i]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_test_message ("invalid “%s”", invalid[i]);
      g_assert_false (hk_privacy_phone_is_valid (invalid[i]));
    }

  g_assert_false (hk_privacy_phone_is_valid (NULL));
}

/* 18 characters with the check digit of ISO 7064 MOD 11-2 ('X' for 10), or 15 digits. */
static void
test_id_number_valid (void)
{
  const char *valid[] = {
    "330106198503121231",
    "11010519491231002X",
    "11010519491231002x",
    "440304197611209918",
    "330106850311231",
  };
  const char *invalid[] = {
    "",
    "330106198503121232",   /* wrong check digit */
    "11010519491231002Y",
    "1101051949123100X2",   /* X only at the end */
    "33010619850312123",    /* 17 */
    "3301061985031212311",  /* 19 */
    "33010685031123X",      /* no X on a 15-digit card */
    "３３０１０６１９８５０３１２１２３１",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_test_message ("valid “%s”", valid[i]);
      g_assert_true (hk_privacy_id_number_is_valid (valid[i]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_test_message ("invalid “%s”", invalid[i]);
      g_assert_false (hk_privacy_id_number_is_valid (invalid[i]));
    }

  g_assert_false (hk_privacy_id_number_is_valid (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/privacy/mask-phone", test_mask_phone);
  g_test_add_func ("/privacy/mask-phone-null", test_mask_phone_null);
  g_test_add_func ("/privacy/mask-id-number", test_mask_id_number);
  g_test_add_func ("/privacy/mask-id-number-null", test_mask_id_number_null);
  g_test_add_func ("/privacy/mask-keeps-input", test_mask_keeps_input);
  g_test_add_func ("/privacy/mask-utf8", test_mask_utf8);
  g_test_add_func ("/privacy/phone-valid", test_phone_valid);
  g_test_add_func ("/privacy/id-number-valid", test_id_number_valid);

  return g_test_run ();
}
