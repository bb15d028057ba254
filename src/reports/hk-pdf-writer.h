/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-pdf-writer.h: writes an HkReport as an A4 landscape PDF with Cairo and Pango. */

#pragma once

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

G_END_DECLS
