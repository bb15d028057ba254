/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-bank.h: hallkeeper-cli bank and cheques: the auditor's bank work. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_bank    (HkCliGlobals  *globals,
                         GStrv          args,
                         GError       **error);
gboolean hk_cli_cheques (HkCliGlobals  *globals,
                         GStrv          args,
                         GError       **error);

G_END_DECLS
