/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-register-report.h: the repair register of a period, with turnaround times. */

#pragma once

#include "core/hk-context.h"
#include "hk-report.h"

G_BEGIN_DECLS

HkReport *hk_repair_register_report_build (HkContext   *context,
                                           const char  *first_day,
                                           const char  *last_day,
                                           GError     **error);

G_END_DECLS
