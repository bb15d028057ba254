/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-import.h: hallkeeper-cli import: receipts exported from the business platform. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_import (HkCliGlobals  *globals,
                        GStrv          args,
                        GError       **error);

G_END_DECLS
