/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-chart-export.h: saves a chart as a PNG, SVG or PDF file, drawn by the screen's renderer.
 *
 * The format follows the file name's extension (.png, .svg, .pdf, in any case). The file is
 * written next to the target under a hidden name and renamed over it when complete (see
 * hk-export-file.h), so a failed export leaves nothing behind. Files use the light default
 * style (hk_chart_style_init_light()); width and height are pixels for PNG and points for SVG
 * and PDF. No GTK: call it from the command line or a GTask thread.
 */

#pragma once

#include <gio/gio.h>

#include "hk-chart.h"

G_BEGIN_DECLS

gboolean hk_chart_export (HkChart     *chart,
                          const char  *path,
                          double       width,
                          double       height,
                          GError     **error);

G_END_DECLS
