/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-intake-window.h: the fast intake form of the repair desk, then its slip. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_REPAIR_INTAKE_WINDOW (hk_repair_intake_window_get_type ())

G_DECLARE_FINAL_TYPE (HkRepairIntakeWindow, hk_repair_intake_window, HK, REPAIR_INTAKE_WINDOW,
                      AdwWindow)

HkRepairIntakeWindow *hk_repair_intake_window_new         (GtkWindow            *parent,
                                                           HkContext            *context);
const char           *hk_repair_intake_window_get_problem (HkRepairIntakeWindow *self);
HkRepairTicket       *hk_repair_intake_window_get_ticket  (HkRepairIntakeWindow *self);
GtkCheckButton       *hk_repair_intake_window_get_accessory_check (HkRepairIntakeWindow *self,
                                                           HkRepairAccessories   accessory);
GtkCheckButton       *hk_repair_intake_window_get_condition_check (HkRepairIntakeWindow *self,
                                                           HkRepairConditions    condition);
guint                 hk_repair_intake_window_get_n_history (HkRepairIntakeWindow *self);

G_END_DECLS
