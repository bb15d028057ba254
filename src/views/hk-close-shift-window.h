/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-close-shift-window.h: the blind count that closes a clerk's shift. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_CLOSE_SHIFT_WINDOW (hk_close_shift_window_get_type ())

G_DECLARE_FINAL_TYPE (HkCloseShiftWindow, hk_close_shift_window, HK, CLOSE_SHIFT_WINDOW, AdwWindow)

HkCloseShiftWindow *hk_close_shift_window_new               (GtkWindow          *parent,
                                                             HkContext          *context,
                                                             HkShift            *shift);
const char         *hk_close_shift_window_get_problem       (HkCloseShiftWindow *self);
gint64              hk_close_shift_window_get_counted       (HkCloseShiftWindow *self);
HkShift            *hk_close_shift_window_get_closed_shift  (HkCloseShiftWindow *self);

G_END_DECLS
