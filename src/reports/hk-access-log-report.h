/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-access-log-report.h: the archive's access log of a period as a report, for screen and
 * Excel. */

#pragma once

#include "core/hk-context.h"
#include "hk-report.h"

G_BEGIN_DECLS

HkReport *hk_access_log_report_build (HkContext   *context,
                                      HkOperator  *actor,
                                      const char  *first_day,
                                      const char  *last_day,
                                      GError     **error);

G_END_DECLS
