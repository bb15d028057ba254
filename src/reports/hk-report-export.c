/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report-export.c: saves an HkReport as an Excel workbook or a PDF file, chosen by the name. */

#include "config.h"

#include "hk-report-export.h"

#include "hk-export-file.h"
#include "hk-pdf-writer.h"
#include "hk-xlsx-writer.h"

#include <string.h>

#include <glib/gi18n-lib.h>

typedef enum
{
  FORMAT_NONE,
  FORMAT_XLSX,
  FORMAT_PDF,
} Format;

/* The format the name asks for: NAME.xlsx or NAME.pdf, the extension in any case. */
static Format
format_of (const char  *path,
           GError     **error)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *folded = g_utf8_strdown (base, -1);

  if (g_str_has_suffix (folded, ".xlsx") && strlen (folded) > strlen (".xlsx"))
    return FORMAT_XLSX;

  if (g_str_has_suffix (folded, ".pdf") && strlen (folded) > strlen (".pdf"))
    return FORMAT_PDF;

  {
    g_autofree char *name = g_filename_display_name (base);

    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                 _("Cannot save a report as “%s”: the name must end in .xlsx (Excel workbook) "
                   "or .pdf (PDF document)."), name);
  }

  return FORMAT_NONE;
}

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
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  switch (format_of (path, error))
    {
    case FORMAT_XLSX:
      return hk_xlsx_writer_write (report, path, progress, user_data, cancellable, error);

    case FORMAT_PDF:
      return hk_pdf_writer_write (report, path, progress, user_data, cancellable, error);

    case FORMAT_NONE:
    default:
      return FALSE;
    }
}

/**
 * hk_report_export_check_path:
 * @path: where a report is to be saved
 * @error: return location for an error
 *
 * Finds out, before a report is built, whether hk_report_export() can write @path: the name
 * must end in .xlsx or .pdf (else G_IO_ERROR_INVALID_FILENAME), and its folder must take a
 * new file (a hidden temporary file is made there and removed at once; the error is the one
 * the export would give). Nothing is left at @path.
 *
 * Returns: %TRUE when the export may go ahead
 */
gboolean
hk_report_export_check_path (const char  *path,
                             GError     **error)
{
  g_autoptr(HkExportFile) file = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (format_of (path, error) == FORMAT_NONE)
    return FALSE;

  /* Freed without a commit, the temporary file goes again. */
  file = hk_export_file_new (path, error);

  return file != NULL;
}
