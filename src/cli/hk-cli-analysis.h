/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-analysis.h: hallkeeper-cli analysis: the monthly economic and quality analysis. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_analysis (HkCliGlobals  *globals,
                          GStrv          args,
                          GError       **error);

G_END_DECLS
