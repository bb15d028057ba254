/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-register-report.h: the repair register of a period, with turnaround times. */

#pragma once

#include "core/hk-context.h"
#include "hk-report.h"

G_BEGIN_DECLS

/* Columns of the "register" table that other reports read (the monthly quality analysis). */
#define HK_REPAIR_REGISTER_COLUMN_SENT          11  /* day sent to the city company, or empty */
#define HK_REPAIR_REGISTER_COLUMN_DAYS_TO_READY 15  /* whole days from intake to ready, or empty */

HkReport *hk_repair_register_report_build (HkContext   *context,
                                           const char  *first_day,
                                           const char  *last_day,
                                           GError     **error);

G_END_DECLS
