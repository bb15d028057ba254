/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-privacy.h: masking customers' phone and identity numbers in lists and exports. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *hk_privacy_mask_phone      (const char *phone);
char     *hk_privacy_mask_id_number  (const char *id_number);
gboolean  hk_privacy_phone_is_valid  (const char *phone);
gboolean  hk_privacy_id_number_is_valid (const char *id_number);

G_END_DECLS
