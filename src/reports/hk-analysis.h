/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-analysis.h: a month's economic analysis and quality analysis (经济分析和质量分析): key
 * figures and charts, built once from the database.
 *
 * An analysis is a list of panels. A panel is one chart (an HkChart, drawn by the one chart
 * renderer on the screen, in the PDF and in the workbook's images), the numbers behind it (a
 * table of the analysis' HkReport: the categories in its first column, one column per series,
 * in the chart's order and units) and the key figures shown as text beside it. A month without
 * data gives the same panels, with charts that say "No data".
 *
 * The economic analysis reads the revenue sums of hk-revenue-query.h (the queries of the
 * monthly report: the summary tables of migration 0003); the quality analysis reads the
 * complaint register (with the complaint statistics report's on-time rule), the opinion book,
 * the repair register report, the daily reports, and the archive. Built on any thread with a
 * context of its own there; immutable once built.
 */

#pragma once

#include <gio/gio.h>

#include "core/hk-context.h"
#include "core/hk-period.h"
#include "hk-chart.h"
#include "hk-report.h"

G_BEGIN_DECLS

typedef enum
{
  HK_ANALYSIS_ECONOMIC,
  HK_ANALYSIS_QUALITY,
} HkAnalysisKind;

#define HK_ANALYSIS_N_KINDS 2

typedef struct _HkAnalysis      HkAnalysis;
typedef struct _HkAnalysisPanel HkAnalysisPanel;

#define HK_TYPE_ANALYSIS (hk_analysis_get_type ())
GType            hk_analysis_get_type              (void) G_GNUC_CONST;

/* @month: a month period. @generated_by: the display name of who asks. */
HkAnalysis      *hk_analysis_build                 (HkContext        *context,
                                                    HkAnalysisKind    kind,
                                                    const HkPeriod   *month,
                                                    const char       *generated_by,
                                                    GCancellable     *cancellable,
                                                    GError          **error);
HkAnalysis      *hk_analysis_ref                   (HkAnalysis       *self);
void             hk_analysis_unref                 (HkAnalysis       *self);

HkAnalysisKind   hk_analysis_get_kind              (HkAnalysis       *self);
/* Translated: "Economic analysis", "Quality analysis". */
const char      *hk_analysis_kind_get_title        (HkAnalysisKind    kind);
const HkPeriod  *hk_analysis_get_month             (HkAnalysis       *self);
/* The hall, the period, who generated it and when; every panel's figures; every panel's
 * table (its id is the panel's). */
HkReport        *hk_analysis_get_report            (HkAnalysis       *self);

guint            hk_analysis_get_n_panels          (HkAnalysis       *self);
HkAnalysisPanel *hk_analysis_get_panel             (HkAnalysis       *self,
                                                    guint             index);
HkAnalysisPanel *hk_analysis_find_panel            (HkAnalysis       *self,
                                                    const char       *id);

/* Stable: "revenue-by-day", "on-time-by-week", … (see the .c files). */
const char      *hk_analysis_panel_get_id          (HkAnalysisPanel  *self);
HkChart         *hk_analysis_panel_get_chart       (HkAnalysisPanel  *self);
HkReportTable   *hk_analysis_panel_get_table       (HkAnalysisPanel  *self);
/* The key figures beside the chart: a stable id, a translated label, the value as text. */
guint            hk_analysis_panel_get_n_figures   (HkAnalysisPanel  *self);
const char      *hk_analysis_panel_get_figure_id   (HkAnalysisPanel  *self,
                                                    guint             index);
const char      *hk_analysis_panel_get_figure_label (HkAnalysisPanel *self,
                                                    guint             index);
const char      *hk_analysis_panel_get_figure_text (HkAnalysisPanel  *self,
                                                    guint             index);
/* The text of the figure with @id, or NULL. */
const char      *hk_analysis_panel_find_figure     (HkAnalysisPanel  *self,
                                                    const char       *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkAnalysis, hk_analysis_unref)

G_END_DECLS
