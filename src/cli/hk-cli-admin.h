/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-admin.h: hallkeeper-cli init, demo, verify, backup, restore: the database as a whole. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_init     (HkCliGlobals  *globals,
                          GStrv          args,
                          GError       **error);
gboolean hk_cli_demo     (HkCliGlobals  *globals,
                          GStrv          args,
                          GError       **error);
gboolean hk_cli_verify   (HkCliGlobals  *globals,
                          GStrv          args,
                          GError       **error);
gboolean hk_cli_backup   (HkCliGlobals  *globals,
                          GStrv          args,
                          GError       **error);
gboolean hk_cli_restore  (HkCliGlobals  *globals,
                          GStrv          args,
                          GError       **error);

G_END_DECLS
