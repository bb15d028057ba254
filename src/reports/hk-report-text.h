/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report-text.h: any built report as plain text for a terminal. */

#pragma once

#include "hk-report.h"

G_BEGIN_DECLS

char *hk_report_render_text (HkReport *report);

G_END_DECLS
