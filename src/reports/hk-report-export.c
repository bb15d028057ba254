/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report-export.c: saves an HkReport as an Excel workbook or a PDF file, chosen by the name. */

#include "config.h"

#include "hk-report-export.h"

#include "hk-pdf-writer.h"
#include "hk-xlsx-writer.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/**
 * hk_report_export:
 * @report: the report
 * @path: the file to write: NAME.xlsx or NAME.pdf (the extension in any case)
 * @progress: (nullable) (scope call): told how far the export has got
 * @user_data: for @progress
 * @cancellable: (nullable): checked between rows
 * @error: return location for an error
 *
 * Writes @report with hk_xlsx_writer_write() or hk_pdf_writer_write(), chosen by the
 * extension of @path; any other extension is G_IO_ERROR_INVALID_FILENAME and writes
 * nothing.
 *
 * Returns: %TRUE when the file is at @path
 */
gboolean
hk_report_export (HkReport              *report,
                  const char            *path,
                  HkExportProgressFunc   progress,
                  gpointer               user_data,
                  GCancellable          *cancellable,
                  GError               **error)
{
  g_autofree char *base = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  base = g_path_get_basename (path);
  folded = g_utf8_strdown (base, -1);

  if (g_str_has_suffix (folded, ".xlsx") && strlen (folded) > strlen (".xlsx"))
    return hk_xlsx_writer_write (report, path, progress, user_data, cancellable, error);

  if (g_str_has_suffix (folded, ".pdf") && strlen (folded) > strlen (".pdf"))
    return hk_pdf_writer_write (report, path, progress, user_data, cancellable, error);

  {
    g_autofree char *name = g_filename_display_name (base);

    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                 _("Cannot save a report as “%s”: the name must end in .xlsx (Excel workbook) "
                   "or .pdf (PDF document)."), name);
  }

  return FALSE;
}
