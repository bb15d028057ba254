/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-reports-view.h: the Reports section: the daily, ten-day and monthly reports and the journal
 * on screen, saved as Excel or PDF, and printed. */

#pragma once

#include "core/hk-period.h"
#include "hk-section.h"
#include "reports/hk-report.h"

G_BEGIN_DECLS

#define HK_TYPE_REPORTS_VIEW (hk_reports_view_get_type ())

G_DECLARE_FINAL_TYPE (HkReportsView, hk_reports_view, HK, REPORTS_VIEW, HkSection)

const char     *hk_reports_view_get_report_id    (HkReportsView  *self);
const HkPeriod *hk_reports_view_get_period       (HkReportsView  *self);
const char     *hk_reports_view_get_period_label (HkReportsView  *self);
HkReport       *hk_reports_view_get_report       (HkReportsView  *self);
gboolean        hk_reports_view_is_loading       (HkReportsView  *self);
gboolean        hk_reports_view_is_busy          (HkReportsView  *self);
GtkColumnView  *hk_reports_view_get_column_view  (HkReportsView  *self,
                                                  const char     *table_id);
gboolean        hk_reports_view_show_table       (HkReportsView  *self,
                                                  const char     *table_id);
gboolean        hk_reports_view_print_to_file    (HkReportsView  *self,
                                                  const char     *path,
                                                  GError        **error);

G_END_DECLS
