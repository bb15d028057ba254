/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-fee-items.h: hallkeeper-cli fee-items: listing the tariff and importing it from CSV. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_fee_items (HkCliGlobals  *globals,
                           GStrv          args,
                           GError       **error);

G_END_DECLS
