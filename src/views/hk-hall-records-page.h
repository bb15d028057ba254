/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-records-page.h: the Hall section's Records page: incidents, escort trips, briefings. */

#pragma once

#include "core/hk-context.h"
#include "core/hk-duty-store.h"
#include "hk-hall-page.h"

G_BEGIN_DECLS

#define HK_TYPE_HALL_RECORDS_PAGE (hk_hall_records_page_get_type ())

G_DECLARE_FINAL_TYPE (HkHallRecordsPage, hk_hall_records_page, HK, HALL_RECORDS_PAGE, HkHallPage)

HkHallRecordsPage *hk_hall_records_page_new  (HkContext         *context);
void               hk_hall_records_page_show (HkHallRecordsPage *self,
                                              const char        *day,
                                              HkDutyShift        shift);

G_END_DECLS
