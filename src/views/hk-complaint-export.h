/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-export.h: saving the complaint register of a period or a month's statistics to a
 * file, in a thread. */

#pragma once

#include <gio/gio.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

typedef enum
{
  HK_COMPLAINT_EXPORT_REGISTER,    /* the register from a first to a last day */
  HK_COMPLAINT_EXPORT_STATISTICS,  /* the statistics of a month */
} HkComplaintExportKind;

void     hk_complaint_export_run    (gpointer               source_object,
                                     HkContext             *context,
                                     HkComplaintExportKind  kind,
                                     const char            *first_day_or_month,
                                     const char            *last_day,
                                     const char            *path,
                                     int                   *progress_permille,
                                     GCancellable          *cancellable,
                                     GAsyncReadyCallback    callback,
                                     gpointer               user_data);
gboolean hk_complaint_export_finish (GAsyncResult          *result,
                                     GError               **error);
char    *hk_complaint_export_suggest_name (HkComplaintExportKind  kind,
                                           const char            *first_day_or_month,
                                           const char            *last_day);

G_END_DECLS
