/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-shifts-view.h: the Shifts section, where the duty manager validates and reopens shifts. */

#pragma once

#include "hk-section.h"

G_BEGIN_DECLS

#define HK_TYPE_SHIFTS_VIEW (hk_shifts_view_get_type ())

G_DECLARE_FINAL_TYPE (HkShiftsView, hk_shifts_view, HK, SHIFTS_VIEW, HkSection)

GListModel *hk_shifts_view_get_visible_model (HkShiftsView *self);
gboolean    hk_shifts_view_select            (HkShiftsView *self,
                                              gint64        shift_id);
const char *hk_shifts_view_get_day           (HkShiftsView *self);
void        hk_shifts_view_set_day           (HkShiftsView *self,
                                              const char   *day);

G_END_DECLS
