/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-view.h: the Hall section: the duty manager's day and the supervisor's records. */

#pragma once

#include "hk-cleaning-page.h"
#include "hk-demand-page.h"
#include "hk-duty-log-page.h"
#include "hk-hall-records-page.h"
#include "hk-safety-page.h"
#include "hk-section.h"
#include "hk-training-page.h"

G_BEGIN_DECLS

#define HK_TYPE_HALL_VIEW (hk_hall_view_get_type ())

G_DECLARE_FINAL_TYPE (HkHallView, hk_hall_view, HK, HALL_VIEW, HkSection)

const char     *hk_hall_view_get_day           (HkHallView  *self);
HkDutyShift     hk_hall_view_get_shift         (HkHallView  *self);
void            hk_hall_view_show_day          (HkHallView  *self,
                                                const char  *day,
                                                HkDutyShift  shift);
const char     *hk_hall_view_get_visible_page  (HkHallView  *self);
void            hk_hall_view_show_page         (HkHallView  *self,
                                                const char  *page);
HkDutyLogPage  *hk_hall_view_get_duty_log_page (HkHallView  *self);
HkSafetyPage   *hk_hall_view_get_safety_page   (HkHallView  *self);
HkCleaningPage *hk_hall_view_get_cleaning_page (HkHallView  *self);
HkHallRecordsPage *hk_hall_view_get_records_page (HkHallView *self);
void            hk_hall_view_export_month      (HkHallView  *self,
                                                const char  *month,
                                                GFile       *file);
gboolean        hk_hall_view_is_exporting      (HkHallView  *self);

G_END_DECLS
