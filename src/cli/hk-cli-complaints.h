/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-complaints.h: hallkeeper-cli complaints: the complaint officer's and the duty
 * manager's work on the complaint register, the service log and the opinion book. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_complaints (HkCliGlobals  *globals,
                            GStrv          args,
                            GError       **error);

G_END_DECLS
