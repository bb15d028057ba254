/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-log-page.h: the Hall section's Duty Log page: one shift's duty log. */

#pragma once

#include "core/hk-context.h"
#include "core/hk-duty-store.h"
#include "hk-hall-page.h"

G_BEGIN_DECLS

#define HK_TYPE_DUTY_LOG_PAGE (hk_duty_log_page_get_type ())

G_DECLARE_FINAL_TYPE (HkDutyLogPage, hk_duty_log_page, HK, DUTY_LOG_PAGE, HkHallPage)

HkDutyLogPage *hk_duty_log_page_new         (HkContext     *context);
void           hk_duty_log_page_show        (HkDutyLogPage *self,
                                             const char    *day,
                                             HkDutyShift    shift);
HkDutyLog     *hk_duty_log_page_get_log     (HkDutyLogPage *self);
const char    *hk_duty_log_page_get_state   (HkDutyLogPage *self);
gboolean       hk_duty_log_page_is_modified (HkDutyLogPage *self);

G_END_DECLS
