/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-analysis-view.h: the Analysis section: a month's economic and quality analysis and the
 * supervisor's commentary, for hall supervisors and duty managers. */

#pragma once

#include "hk-section.h"
#include "reports/hk-analysis-export.h"

G_BEGIN_DECLS

#define HK_TYPE_ANALYSIS_VIEW (hk_analysis_view_get_type ())

G_DECLARE_FINAL_TYPE (HkAnalysisView, hk_analysis_view, HK, ANALYSIS_VIEW, HkSection)

/* The month shown. */
const HkPeriod     *hk_analysis_view_get_month    (HkAnalysisView *self);
void                hk_analysis_view_set_month    (HkAnalysisView *self,
                                                   const HkPeriod *month);
/* TRUE while the analysis is being built off the main thread. */
gboolean            hk_analysis_view_is_loading   (HkAnalysisView *self);
/* The analysis shown; NULL while loading. */
HkAnalysisDocument *hk_analysis_view_get_document (HkAnalysisView *self);
/* The chart views of the "economic" or "quality" page, in panel order. */
GPtrArray          *hk_analysis_view_get_charts   (HkAnalysisView *self,
                                                   HkAnalysisKind  kind);
/* Saves the analysis to a .pdf or .xlsx file off the main thread, as Export does after its
 * file chooser. */
void                hk_analysis_view_export_to    (HkAnalysisView *self,
                                                   const char     *path);
gboolean            hk_analysis_view_is_exporting (HkAnalysisView *self);

G_END_DECLS
