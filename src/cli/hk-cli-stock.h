/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-stock.h: hallkeeper-cli stock and numbers: card stock and number stock. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_stock   (HkCliGlobals  *globals,
                         GStrv          args,
                         GError       **error);
gboolean hk_cli_numbers (HkCliGlobals  *globals,
                         GStrv          args,
                         GError       **error);

G_END_DECLS
