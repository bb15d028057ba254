/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-dispatch-window.h: a new dispatch batch to the city company, then its list. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_REPAIR_DISPATCH_WINDOW (hk_repair_dispatch_window_get_type ())

G_DECLARE_FINAL_TYPE (HkRepairDispatchWindow, hk_repair_dispatch_window, HK,
                      REPAIR_DISPATCH_WINDOW, AdwWindow)

HkRepairDispatchWindow *hk_repair_dispatch_window_new         (GtkWindow              *parent,
                                                               HkContext              *context,
                                                               const gint64           *ticked,
                                                               guint                   n_ticked);
const char             *hk_repair_dispatch_window_get_problem (HkRepairDispatchWindow *self);
HkRepairBatch          *hk_repair_dispatch_window_get_batch   (HkRepairDispatchWindow *self);
gboolean                hk_repair_dispatch_window_tick        (HkRepairDispatchWindow *self,
                                                               const char             *ticket_no,
                                                               gboolean                ticked);
guint                   hk_repair_dispatch_window_get_n_candidates
                                                              (HkRepairDispatchWindow *self);

G_END_DECLS
