/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-archive-export.h: saving the access log or the error register of a month as an Excel
 * workbook, off the main thread. */

#pragma once

#include <gtk/gtk.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

typedef enum
{
  HK_ARCHIVE_EXPORT_ACCESS_LOG,
  HK_ARCHIVE_EXPORT_ERROR_REGISTER,
} HkArchiveExportKind;

void      hk_archive_export_choose_file  (GtkWidget            *widget,
                                          HkArchiveExportKind   kind,
                                          const char           *month,
                                          const char           *action_name);
void      hk_archive_export_start        (HkContext            *context,
                                          HkArchiveExportKind   kind,
                                          const char           *month,
                                          const char           *path,
                                          GtkProgressBar       *progress,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean  hk_archive_export_finish       (GAsyncResult         *result,
                                          GError              **error);

G_END_DECLS
