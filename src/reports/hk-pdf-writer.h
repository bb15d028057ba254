/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-pdf-writer.h: writes an HkReport as an A4 landscape PDF with Cairo and Pango, and draws
 * the same pages for printing. */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "hk-report-export.h"
#include "hk-report.h"

G_BEGIN_DECLS

gboolean hk_pdf_writer_write (HkReport              *report,
                              const char            *path,
                              HkExportProgressFunc   progress,
                              gpointer               user_data,
                              GCancellable          *cancellable,
                              GError               **error);

/* A4 landscape, in points: the size of every page. */
#define HK_REPORT_PAGE_WIDTH  (297.0 / 25.4 * 72.0)
#define HK_REPORT_PAGE_HEIGHT (210.0 / 25.4 * 72.0)

/* The pages of the PDF, laid out once and drawn one at a time on any cairo_t: printing draws
 * exactly what the PDF holds. */
typedef struct _HkReportPages HkReportPages;

HkReportPages *hk_report_pages_new         (HkReport       *report,
                                            GCancellable   *cancellable,
                                            GError        **error);
guint          hk_report_pages_get_n_pages (HkReportPages  *self);
void           hk_report_pages_draw_page   (HkReportPages  *self,
                                            cairo_t        *cr,
                                            guint           page,
                                            double          width,
                                            double          height);
void           hk_report_pages_free        (HkReportPages  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkReportPages, hk_report_pages_free)

G_END_DECLS
