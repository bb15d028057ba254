/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-statistics-report.h: a month's complaint statistics: by category, by channel, by
 * day, the on-time rate and the average time to resolve. */

#pragma once

#include "core/hk-context.h"
#include "hk-report.h"

G_BEGIN_DECLS

HkReport *hk_complaint_statistics_report_build (HkContext   *context,
                                                const char  *month,
                                                GError     **error);

G_END_DECLS
