/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-analysis-private.h: what the economic and the quality analysis share: building panels. */

#pragma once

#include "hk-analysis.h"

G_BEGIN_DECLS

HkAnalysis      *hk_analysis_new             (HkContext          *context,
                                              HkAnalysisKind      kind,
                                              const HkPeriod     *month,
                                              const char         *generated_by);

/* A panel whose chart and table grow together: declare the series, then add categories. */
HkAnalysisPanel *hk_analysis_add_panel       (HkAnalysis         *self,
                                              const char         *id,
                                              HkChartKind         kind,
                                              const char         *title,
                                              HkChartUnit         unit,
                                              const char         *category_heading,
                                              HkChartCategoryKind category_kind);
void             hk_analysis_panel_add_series (HkAnalysisPanel   *panel,
                                              const char         *name);
/* @label: a name, a day "YYYY-MM-DD" or a month "YYYY-MM", as the panel's category kind says;
 * @values: one per series (NAN: none). */
void             hk_analysis_panel_add_category (HkAnalysisPanel *panel,
                                              const char         *label,
                                              const double       *values);
void             hk_analysis_panel_add_figure (HkAnalysisPanel   *panel,
                                              const char         *id,
                                              const char         *label,
                                              const char         *text);
void             hk_analysis_panel_add_figure_money (HkAnalysisPanel *panel,
                                              const char         *id,
                                              const char         *label,
                                              gint64              fen);
void             hk_analysis_panel_add_figure_count (HkAnalysisPanel *panel,
                                              const char         *id,
                                              const char         *label,
                                              gint64              count);
/* "12.3 %", or "—" without a whole. */
char            *hk_analysis_format_share    (double              share);

/* The two builders (hk-analysis-economic.c, hk-analysis-quality.c) fill an analysis. */
gboolean         hk_analysis_build_economic  (HkAnalysis         *self,
                                              HkContext          *context,
                                              GCancellable       *cancellable,
                                              GError            **error);
gboolean         hk_analysis_build_quality   (HkAnalysis         *self,
                                              HkContext          *context,
                                              GCancellable       *cancellable,
                                              GError            **error);

G_END_DECLS
