/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaints-view.h: the Complaints section: the register, the day check, the service log
 * and the opinion book. */

#pragma once

#include "hk-complaint-day-page.h"
#include "hk-complaint-export.h"
#include "hk-complaint-page.h"
#include "hk-opinion-book-page.h"
#include "hk-section.h"
#include "hk-service-log-page.h"

G_BEGIN_DECLS

#define HK_TYPE_COMPLAINTS_VIEW (hk_complaints_view_get_type ())

G_DECLARE_FINAL_TYPE (HkComplaintsView, hk_complaints_view, HK, COMPLAINTS_VIEW, HkSection)

GListModel         *hk_complaints_view_get_visible_model (HkComplaintsView *self);
gboolean            hk_complaints_view_select          (HkComplaintsView *self,
                                                        gint64            complaint_id);
void                hk_complaints_view_set_period      (HkComplaintsView *self,
                                                        const char       *first_day,
                                                        const char       *last_day);
const char         *hk_complaints_view_get_first_day   (HkComplaintsView *self);
const char         *hk_complaints_view_get_last_day    (HkComplaintsView *self);
const char         *hk_complaints_view_get_page        (HkComplaintsView *self);
void                hk_complaints_view_show_page       (HkComplaintsView *self,
                                                        const char       *page);
HkComplaintPage    *hk_complaints_view_get_complaint_page (HkComplaintsView *self);
HkComplaintDayPage *hk_complaints_view_get_day_page    (HkComplaintsView *self);
HkServiceLogPage   *hk_complaints_view_get_service_log_page (HkComplaintsView *self);
HkOpinionBookPage  *hk_complaints_view_get_opinion_book_page (HkComplaintsView *self);
void                hk_complaints_view_export_to       (HkComplaintsView      *self,
                                                        HkComplaintExportKind  kind,
                                                        const char            *first_day_or_month,
                                                        const char            *last_day,
                                                        const char            *path);
gboolean            hk_complaints_view_is_exporting    (HkComplaintsView *self);

G_END_DECLS
