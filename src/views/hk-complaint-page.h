/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-page.h: a complaint's page: its details, its history and what can be done
 * next. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_COMPLAINT_PAGE (hk_complaint_page_get_type ())

G_DECLARE_FINAL_TYPE (HkComplaintPage, hk_complaint_page, HK, COMPLAINT_PAGE, AdwBin)

HkComplaintPage *hk_complaint_page_new           (HkContext       *context);
void             hk_complaint_page_show          (HkComplaintPage *self,
                                                  gint64           complaint_id);
void             hk_complaint_page_refresh       (HkComplaintPage *self);
HkComplaint     *hk_complaint_page_get_complaint (HkComplaintPage *self);
const char      *hk_complaint_page_get_title     (HkComplaintPage *self);

G_END_DECLS
