/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-analysis-export.h: the whole monthly analysis as one document: a multi-page A4 PDF, or
 * the monthly report's Excel workbook with the analysis added.
 *
 * A document is the month's economic and quality analysis, the supervisor's commentary and
 * the monthly report (月报), built together on any thread. The PDF has a cover page (the
 * hall, the month, who made it when, the commentary), then the economic and the quality
 * analysis, three panels to a page: each chart drawn by the one chart renderer, its key
 * figures beside it. The workbook is the monthly report's (its Summary and tables) with a
 * Commentary sheet, an Economic analysis and a Quality analysis sheet (each panel's figures,
 * its chart as a PNG image from the same renderer, and a native Excel chart of the data),
 * and a data sheet per panel. Files are written as hk_report_export() writes them: complete
 * or not at all.
 */

#pragma once

#include <gio/gio.h>

#include "core/hk-context.h"
#include "hk-analysis.h"
#include "hk-report-export.h"

G_BEGIN_DECLS

typedef struct
{
  HkAnalysis *economic;
  HkAnalysis *quality;
  HkReport   *monthly;         /* the monthly report of the same month */
  char       *commentary;      /* "" when none was written */
  char       *commentary_by;   /* NULL when none was written */
  GDateTime  *commentary_at;   /* in the hall's time zone; NULL when none was written */
} HkAnalysisDocument;

HkAnalysisDocument *hk_analysis_document_build (HkContext           *context,
                                                const HkPeriod      *month,
                                                const char          *generated_by,
                                                GCancellable        *cancellable,
                                                GError             **error);
void                hk_analysis_document_free  (HkAnalysisDocument  *self);

/* By the file name's extension: .pdf or .xlsx (any case); another name fails with
 * G_IO_ERROR_INVALID_FILENAME. */
gboolean            hk_analysis_export         (HkAnalysisDocument  *document,
                                                const char          *path,
                                                HkExportProgressFunc progress,
                                                gpointer             user_data,
                                                GCancellable        *cancellable,
                                                GError             **error);
gboolean            hk_analysis_export_pdf     (HkAnalysisDocument  *document,
                                                const char          *path,
                                                HkExportProgressFunc progress,
                                                gpointer             user_data,
                                                GCancellable        *cancellable,
                                                GError             **error);
gboolean            hk_analysis_export_xlsx    (HkAnalysisDocument  *document,
                                                const char          *path,
                                                HkExportProgressFunc progress,
                                                gpointer             user_data,
                                                GCancellable        *cancellable,
                                                GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkAnalysisDocument, hk_analysis_document_free)

G_END_DECLS
