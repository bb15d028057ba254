/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-xlsx-writer.h: writes an HkReport as an Excel workbook (.xlsx) with libxlsxwriter. */

#pragma once

#include <gio/gio.h>
#include <xlsxwriter.h>

#include "hk-report-export.h"
#include "hk-report.h"

G_BEGIN_DECLS

/* A report with a table longer than this is written in constant-memory mode: the whole
 * workbook streams row by row to disk instead of holding every cell in memory. */
#define HK_XLSX_CONSTANT_MEMORY_ROWS 5000

gboolean hk_xlsx_writer_write              (HkReport              *report,
                                            const char            *path,
                                            HkExportProgressFunc   progress,
                                            gpointer               user_data,
                                            GCancellable          *cancellable,
                                            GError               **error);

/* Adds sheets of its own to the workbook being written, after the Summary sheet and before
 * the tables' sheets. sheet_names (element-type utf8) are the names the report's tables'
 * sheets get, in the report's order, so the added sheets' charts can refer to them. */
typedef gboolean (*HkXlsxExtraSheetsFunc) (lxw_workbook  *workbook,
                                           GPtrArray     *sheet_names,
                                           gpointer       user_data,
                                           GError       **error);

/* hk_xlsx_writer_write() with sheets of the caller's own (see HkXlsxExtraSheetsFunc). */
gboolean hk_xlsx_writer_write_with_extra   (HkReport              *report,
                                            const char            *path,
                                            HkXlsxExtraSheetsFunc  extra,
                                            gpointer               extra_data,
                                            HkExportProgressFunc   progress,
                                            gpointer               user_data,
                                            GCancellable          *cancellable,
                                            GError               **error);

/* The sheet name a table gets: Excel's rules (at most 31 characters, none of []:*?/\, not
 * starting or ending with an apostrophe, unique regardless of case). taken holds the names
 * already used, case-folded; the result is added to it. */
char    *hk_xlsx_writer_make_sheet_name    (const char            *name,
                                            GHashTable            *taken);

G_END_DECLS
