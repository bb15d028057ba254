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

/* The statistics' on-time rule over some complaints (HkComplaint), as of @now: those resolved
 * by their deadline, of those whose outcome against it is known (resolved, or open past it).
 * Returns FALSE (and @rate 0) when none is known. */
gboolean  hk_complaint_statistics_on_time_rate (GPtrArray   *complaints,
                                                gint64       now,
                                                guint       *on_time,
                                                guint       *known,
                                                double      *rate);

G_END_DECLS
