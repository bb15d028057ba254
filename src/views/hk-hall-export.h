/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-export.h: a month's hall operations saved as an Excel workbook, in a thread. */

#pragma once

#include <gio/gio.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

void     hk_hall_export_run          (gpointer             source_object,
                                      HkContext           *context,
                                      const char          *month,
                                      const char          *path,
                                      int                 *progress_permille,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean hk_hall_export_finish       (GAsyncResult        *result,
                                      GError             **error);
char    *hk_hall_export_suggest_name (const char          *month);

G_END_DECLS
