/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-paths.h: where Hallkeeper keeps its databases by default. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *hk_paths_get_default_database  (void);
char *hk_paths_get_demo_database     (void);

G_END_DECLS
