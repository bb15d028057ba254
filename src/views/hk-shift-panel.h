/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-shift-panel.h: the top of the cash desk: the clerk's shift and the day's report. */

#pragma once

#include <adwaita.h>

#include "core/hk-daily-report.h"
#include "core/hk-shift.h"

G_BEGIN_DECLS

#define HK_TYPE_SHIFT_PANEL (hk_shift_panel_get_type ())

G_DECLARE_FINAL_TYPE (HkShiftPanel, hk_shift_panel, HK, SHIFT_PANEL, AdwBin)

void        hk_shift_panel_update     (HkShiftPanel  *self,
                                       GTimeZone     *time_zone,
                                       const char    *today,
                                       HkShift       *open_shift,
                                       HkShift       *last_closed,
                                       guint          n_receipts,
                                       gint64         total,
                                       HkDailyReport *report);
const char *hk_shift_panel_get_title  (HkShiftPanel  *self);
const char *hk_shift_panel_get_detail (HkShiftPanel  *self);

G_END_DECLS
