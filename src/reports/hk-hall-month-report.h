/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-month-report.h: a month of hall operations: the duty logs, the incidents and the
 * training records, for the Excel export. */

#pragma once

#include "core/hk-context.h"
#include "hk-report.h"

G_BEGIN_DECLS

HkReport *hk_hall_month_report_build (HkContext   *context,
                                      const char  *month,
                                      GError     **error);

G_END_DECLS
