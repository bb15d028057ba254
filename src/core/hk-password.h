/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-password.h: password hashing with libsodium's Argon2id. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HK_PASSWORD_MIN_LENGTH 4

char     *hk_password_hash      (const char  *password,
                                 GError     **error);
gboolean  hk_password_verify    (const char  *hash,
                                 const char  *password);
gboolean  hk_password_validate  (const char  *password,
                                 GError     **error);

G_END_DECLS
