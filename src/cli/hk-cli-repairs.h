/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-repairs.h: hallkeeper-cli repairs: the repair desk from the command line. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_repairs (HkCliGlobals  *globals,
                         GStrv          args,
                         GError       **error);

G_END_DECLS
