/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report-builders.h: the daily (日报), ten-day (旬报) and monthly (月报) reports and the
 * daily journal (日记帐), each built from the database into one HkReport.
 *
 * A builder reads only through @context: its database, hall store and daily report store. It
 * may run on a worker thread, given a context of its own there (hk_background_query_run()
 * opens one): HkDatabase opens SQLite with SQLITE_OPEN_NOMUTEX, so a connection and the
 * stores over it must not be used by two threads at once. The HkReport it returns is
 * immutable and may be handed to any thread.
 *
 * Every report states the hall, the period, who generated it (@generated_by, a display name)
 * and when (the database's clock, in the hall's time zone), and adds each day of the period
 * on which a clerk's daily report is not signed, which makes it PROVISIONAL.
 *
 * The builders check no role: the caller decides who may read reports (the command line
 * allows auditors and hall supervisors).
 */

#pragma once

#include <gio/gio.h>

#include "core/hk-context.h"
#include "core/hk-period.h"
#include "hk-report.h"

G_BEGIN_DECLS

typedef HkReport *(*HkReportBuildFunc) (HkContext       *context,
                                        const HkPeriod  *period,
                                        const char      *generated_by,
                                        GCancellable    *cancellable,
                                        GError         **error);

typedef struct
{
  const char        *id;           /* "daily", "dekad", "monthly", "journal" */
  HkPeriodKind       period_kind;  /* the period it covers; for the journal, the usual one */
  gboolean           any_period;   /* the journal covers a day, a ten-day period or a month */
  HkReportBuildFunc  build;
} HkReportBuilder;

/* The four builders, in the order a menu lists them. */
const HkReportBuilder *hk_report_builder_get_all       (guint                  *n_builders);
const HkReportBuilder *hk_report_builder_lookup        (const char             *id);
/* Translated: "Daily report", "Ten-day report", "Monthly report", "Daily journal". */
const char            *hk_report_builder_get_title     (const HkReportBuilder  *builder);
/* Reads a --period value for this report (see hk_period_parse()); the journal takes any form. */
gboolean               hk_report_builder_parse_period  (const HkReportBuilder  *builder,
                                                        const char             *text,
                                                        HkPeriod               *period,
                                                        GError                **error);

/* 日报: a day (HK_PERIOD_DAY). Tables "by-clerk", "by-category", "by-payment". */
HkReport *hk_report_build_daily    (HkContext       *context,
                                    const HkPeriod  *period,
                                    const char      *generated_by,
                                    GCancellable    *cancellable,
                                    GError         **error);
/* 旬报: a ten-day period (HK_PERIOD_DEKAD). Tables "by-day", "by-category", "by-payment",
 * "by-clerk", "volume"; compared with the previous ten-day period and the same one last month. */
HkReport *hk_report_build_dekad    (HkContext       *context,
                                    const HkPeriod  *period,
                                    const char      *generated_by,
                                    GCancellable    *cancellable,
                                    GError         **error);
/* 月报: a month (HK_PERIOD_MONTH). Tables "by-dekad", "by-day", "by-category", "by-payment",
 * "by-clerk", "volume"; compared with the month before and the same month last year. */
HkReport *hk_report_build_monthly  (HkContext       *context,
                                    const HkPeriod  *period,
                                    const char      *generated_by,
                                    GCancellable    *cancellable,
                                    GError         **error);
/* 日记帐: any period. Table "journal": every receipt, void, red-letter receipt, cash movement,
 * shift count and bank deposit in time order with the running cash on hand (defined in
 * hk-revenue-query.h). */
HkReport *hk_report_build_journal  (HkContext       *context,
                                    const HkPeriod  *period,
                                    const char      *generated_by,
                                    GCancellable    *cancellable,
                                    GError         **error);

G_END_DECLS
