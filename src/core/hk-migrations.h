/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-migrations.h: the numbered schema migrations shipped in the core GResource. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint        hk_migrations_get_latest  (void);
GBytes      *hk_migrations_lookup      (guint    version,
                                        GError **error);

G_END_DECLS
