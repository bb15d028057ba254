/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-password.c: password hashing with libsodium's Argon2id. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "hk-error.h"
#include "hk-password.h"

static gboolean
ensure_sodium (GError **error)
{
  if (sodium_init () < 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_FAILED, _("The password library cannot start."));
      return FALSE;
    }

  return TRUE;
}

gboolean
hk_password_validate (const char  *password,
                      GError     **error)
{
  if (password == NULL || g_utf8_strlen (password, -1) < HK_PASSWORD_MIN_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A password needs at least %d character.",
                                "A password needs at least %d characters.",
                                HK_PASSWORD_MIN_LENGTH),
                   HK_PASSWORD_MIN_LENGTH);
      return FALSE;
    }

  return TRUE;
}

/* Returns an Argon2id hash string (with its salt and parameters) to store. */
char *
hk_password_hash (const char  *password,
                  GError     **error)
{
  char hash[crypto_pwhash_STRBYTES];

  g_return_val_if_fail (password != NULL, NULL);

  if (!ensure_sodium (error) || !hk_password_validate (password, error))
    return NULL;

  if (crypto_pwhash_str_alg (hash, password, strlen (password),
                             crypto_pwhash_OPSLIMIT_INTERACTIVE,
                             crypto_pwhash_MEMLIMIT_INTERACTIVE,
                             crypto_pwhash_ALG_ARGON2ID13) != 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_FAILED,
                   _("Not enough memory to protect the password."));
      return NULL;
    }

  return g_strdup (hash);
}

gboolean
hk_password_verify (const char *hash,
                    const char *password)
{
  g_return_val_if_fail (hash != NULL, FALSE);
  g_return_val_if_fail (password != NULL, FALSE);

  if (!ensure_sodium (NULL))
    return FALSE;

  return crypto_pwhash_str_verify (hash, password, strlen (password)) == 0;
}
