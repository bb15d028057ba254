/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-report.h: hallkeeper-cli report: the daily, ten-day and monthly reports and the journal
 * as text. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_report (HkCliGlobals  *globals,
                        GStrv          args,
                        GError       **error);

G_END_DECLS
