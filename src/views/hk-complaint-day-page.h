/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-day-page.h: the Day Check page: the first-contact book of a day and its
 * signature by the duty manager. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_COMPLAINT_DAY_PAGE (hk_complaint_day_page_get_type ())

G_DECLARE_FINAL_TYPE (HkComplaintDayPage, hk_complaint_day_page, HK, COMPLAINT_DAY_PAGE, AdwBin)

HkComplaintDayPage *hk_complaint_day_page_new             (HkContext          *context);
const char         *hk_complaint_day_page_get_day         (HkComplaintDayPage *self);
void                hk_complaint_day_page_set_day         (HkComplaintDayPage *self,
                                                           const char         *day);
const char         *hk_complaint_day_page_get_subtitle    (HkComplaintDayPage *self);
GListModel         *hk_complaint_day_page_get_visible_model (HkComplaintDayPage *self);
HkComplaintDay     *hk_complaint_day_page_get_book        (HkComplaintDayPage *self);

G_END_DECLS
