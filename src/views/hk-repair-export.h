/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-export.h: the repair register of a period, or a batch's dispatch list, saved as an
 * Excel workbook in a thread, with its progress shown and Cancel offered. */

#pragma once

#include <gtk/gtk.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

typedef enum
{
  HK_REPAIR_EXPORT_REGISTER,
  HK_REPAIR_EXPORT_DISPATCH_LIST,
} HkRepairExportKind;

void  hk_repair_export_ask_period   (GtkWidget           *from,
                                     HkContext           *context);
void  hk_repair_export_choose_file  (GtkWidget           *from,
                                     HkContext           *context,
                                     HkRepairExportKind   kind,
                                     const char          *first_day,
                                     const char          *last_day,
                                     gint64               batch_id,
                                     const char          *batch_no);
void  hk_repair_export_start        (GtkWidget           *from,
                                     HkContext           *context,
                                     HkRepairExportKind   kind,
                                     const char          *first_day,
                                     const char          *last_day,
                                     gint64               batch_id,
                                     GFile               *file);
guint hk_repair_export_get_n_running (void);

G_END_DECLS
