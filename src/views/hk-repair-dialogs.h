/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-dialogs.h: the repair desk's small decisions (a status move with its note, a
 * device back from the city company) and its printed forms saved as PDF. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

AdwMessageDialog *hk_repair_dialog_new          (GtkWidget         *from,
                                                 const char        *heading,
                                                 const char        *body);
GtkWidget        *hk_repair_dialog_add_entry    (AdwMessageDialog  *dialog,
                                                 const char        *name,
                                                 const char        *title);
GtkWidget        *hk_repair_dialog_add_check    (AdwMessageDialog  *dialog,
                                                 const char        *name,
                                                 const char        *label);
GtkWidget        *hk_repair_dialog_add_spin     (AdwMessageDialog  *dialog,
                                                 const char        *name,
                                                 const char        *title,
                                                 int                min,
                                                 int                max,
                                                 int                value);
GtkWidget        *hk_repair_dialog_add_combo    (AdwMessageDialog  *dialog,
                                                 const char        *name,
                                                 const char        *title,
                                                 GListModel        *model);
GtkWidget        *hk_repair_dialog_get_row      (AdwMessageDialog  *dialog,
                                                 const char        *name);
char             *hk_repair_dialog_dup_text     (AdwMessageDialog  *dialog,
                                                 const char        *name);

void              hk_repair_show_toast          (GtkWidget         *from,
                                                 const char        *message,
                                                 gboolean           error);
void              hk_repair_dialogs_move        (GtkWidget         *from,
                                                 HkContext         *context,
                                                 HkRepairTicket    *ticket,
                                                 HkRepairStatus     to);
void              hk_repair_dialogs_receive     (GtkWidget         *from,
                                                 HkContext         *context,
                                                 HkRepairTicket    *ticket);

gboolean          hk_repair_save_slip           (HkContext         *context,
                                                 gint64             ticket_id,
                                                 GFile             *file,
                                                 GError           **error);
gboolean          hk_repair_save_dispatch_list  (HkContext         *context,
                                                 gint64             batch_id,
                                                 GFile             *file,
                                                 GError           **error);
void              hk_repair_dialogs_save_slip   (GtkWidget         *from,
                                                 HkContext         *context,
                                                 gint64             ticket_id,
                                                 const char        *ticket_no);
void              hk_repair_dialogs_save_dispatch_list (GtkWidget  *from,
                                                 HkContext         *context,
                                                 gint64             batch_id,
                                                 const char        *batch_no);

G_END_DECLS
