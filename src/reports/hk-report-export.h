/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report-export.h: saves an HkReport as an Excel workbook or a PDF file, chosen by the name.
 *
 * Every export writes a hidden temporary file next to the target and renames it over the
 * target only when it is complete, so a failed or cancelled export leaves neither a file nor
 * a partial one behind, and an existing file is replaced only by a complete new one.
 *
 * Exports are synchronous and touch no GTK: run them in a GTask thread. The progress
 * function is called on that thread; the cancellable is checked between rows. A cancelled
 * export fails with G_IO_ERROR_CANCELLED; file errors are G_IO_ERROR with a sentence the
 * user understands.
 */

#pragma once

#include <gio/gio.h>

#include "hk-report.h"

G_BEGIN_DECLS

/* fraction: 0.0 … 1.0, never decreasing; 1.0 once the file is complete. */
typedef void (*HkExportProgressFunc) (double   fraction,
                                      gpointer user_data);

gboolean hk_report_export (HkReport              *report,
                           const char            *path,
                           HkExportProgressFunc   progress,
                           gpointer               user_data,
                           GCancellable          *cancellable,
                           GError               **error);

/* Whether a report can be saved at @path, found before it is built; see the .c file. */
gboolean hk_report_export_check_path (const char     *path,
                                      GError        **error);

G_END_DECLS
