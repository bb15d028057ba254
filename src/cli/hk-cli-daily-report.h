/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-daily-report.h: hallkeeper-cli daily-report and sign: the clerks' daily reports. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_daily_report (HkCliGlobals  *globals,
                              GStrv          args,
                              GError       **error);
gboolean hk_cli_sign         (HkCliGlobals  *globals,
                              GStrv          args,
                              GError       **error);

G_END_DECLS
