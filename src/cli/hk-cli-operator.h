/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-operator.h: hallkeeper-cli operator: adding, listing and changing operators. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_operator (HkCliGlobals  *globals,
                          GStrv          args,
                          GError       **error);

G_END_DECLS
