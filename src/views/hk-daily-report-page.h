/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-daily-report-page.h: one clerk's daily report: the three legs, the gaps, the auditor's
 * check and the signature. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_DAILY_REPORT_PAGE (hk_daily_report_page_get_type ())

G_DECLARE_FINAL_TYPE (HkDailyReportPage, hk_daily_report_page, HK, DAILY_REPORT_PAGE, AdwBin)

HkDailyReportPage *hk_daily_report_page_new         (HkContext         *context);
void               hk_daily_report_page_show        (HkDailyReportPage *self,
                                                     gint64             clerk_id,
                                                     const char        *day);
HkDailyReport     *hk_daily_report_page_get_report  (HkDailyReportPage *self);
const char        *hk_daily_report_page_get_title   (HkDailyReportPage *self);
const char        *hk_daily_report_page_get_problem (HkDailyReportPage *self);

G_END_DECLS
