/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-archive.h: hallkeeper-cli archive: customer files, access requests and approvals,
 * releases and returns, the access log and the error register. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_archive (HkCliGlobals  *globals,
                         GStrv          args,
                         GError       **error);

G_END_DECLS
