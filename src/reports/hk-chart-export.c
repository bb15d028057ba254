/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-export.c: saves a chart as a PNG, SVG or PDF file, drawn by the screen's renderer. */

#include "config.h"

#include "hk-chart-export.h"

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "hk-chart-layout.h"
#include "hk-export-file.h"

typedef enum
{
  FORMAT_NONE,
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} Format;

static Format
get_format (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (g_str_has_suffix (lower, ".png"))
    return FORMAT_PNG;
  if (g_str_has_suffix (lower, ".svg"))
    return FORMAT_SVG;
  if (g_str_has_suffix (lower, ".pdf"))
    return FORMAT_PDF;

  return FORMAT_NONE;
}

/* Draws the chart on a new cr over surface and finishes the surface; returns its status. */
static cairo_status_t
draw_and_finish (HkChart         *chart,
                 cairo_surface_t *surface,
                 double           width,
                 double           height)
{
  HkChartStyle style;
  cairo_status_t status;
  cairo_t *cr;

  hk_chart_style_init_light (&style);

  cr = cairo_create (surface);
  hk_chart_render (chart, cr, width, height, &style);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);

  return status;
}

/**
 * hk_chart_export:
 * @chart: the chart
 * @path: the file to write: its extension (.png, .svg, .pdf) says the format
 * @width: the chart's width: pixels for PNG, points for SVG and PDF
 * @height: its height
 * @error: return location for an error
 *
 * Draws @chart into a new file at @path, replacing what was there only once the new file is
 * complete.
 *
 * Returns: %TRUE when the file is written; %FALSE with a G_IO_ERROR that names the problem
 *   (an extension we cannot write, a folder that takes no files, a full disk)
 */
gboolean
hk_chart_export (HkChart     *chart,
                 const char  *path,
                 double       width,
                 double       height,
                 GError     **error)
{
  g_autoptr(HkExportFile) file = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  const char *temp_path;
  Format format;

  g_return_val_if_fail (HK_IS_CHART (chart), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width >= 1.0 && height >= 1.0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  format = get_format (path);
  if (format == FORMAT_NONE)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                           _("Choose a file name that ends in .png, .svg or .pdf."));
      return FALSE;
    }

  file = hk_export_file_new (path, error);
  if (file == NULL)
    return FALSE;
  temp_path = hk_export_file_get_temp_path (file);

  switch (format)
    {
    case FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width),
                                            (int) ceil (height));
      status = draw_and_finish (chart, surface, width, height);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png (surface, temp_path);
      break;

    case FORMAT_SVG:
      surface = cairo_svg_surface_create (temp_path, width, height);
      status = draw_and_finish (chart, surface, width, height);
      break;

    case FORMAT_PDF:
    case FORMAT_NONE:
    default:
      surface = cairo_pdf_surface_create (temp_path, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      hk_chart_get_title (chart));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
      status = draw_and_finish (chart, surface, width, height);
      break;
    }

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      hk_export_set_write_error (error, path, status == CAIRO_STATUS_WRITE_ERROR ?
                                              NULL : cairo_status_to_string (status));
      return FALSE;
    }

  return hk_export_file_commit (file, NULL, error);
}
