/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-handover-window.h: the pickup: the device handed back and its fee charged. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_REPAIR_HANDOVER_WINDOW (hk_repair_handover_window_get_type ())

G_DECLARE_FINAL_TYPE (HkRepairHandoverWindow, hk_repair_handover_window, HK,
                      REPAIR_HANDOVER_WINDOW, AdwWindow)

HkRepairHandoverWindow *hk_repair_handover_window_new         (GtkWindow              *parent,
                                                               HkContext              *context,
                                                               HkRepairTicket         *ticket);
const char             *hk_repair_handover_window_get_problem (HkRepairHandoverWindow *self);
GtkCheckButton         *hk_repair_handover_window_get_accessory_check
                                                              (HkRepairHandoverWindow *self,
                                                               HkRepairAccessories     accessory);
void                    hk_repair_handover_window_set_charge_mode
                                                              (HkRepairHandoverWindow *self,
                                                               HkRepairChargeMode      mode);

G_END_DECLS
