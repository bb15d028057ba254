/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-service-log-page.h: the Service Log page: a day's service overview and hotspots. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_SERVICE_LOG_PAGE (hk_service_log_page_get_type ())

G_DECLARE_FINAL_TYPE (HkServiceLogPage, hk_service_log_page, HK, SERVICE_LOG_PAGE, AdwBin)

HkServiceLogPage *hk_service_log_page_new          (HkContext        *context);
const char       *hk_service_log_page_get_day      (HkServiceLogPage *self);
void              hk_service_log_page_set_day      (HkServiceLogPage *self,
                                                    const char       *day);
const char       *hk_service_log_page_get_subtitle (HkServiceLogPage *self);
const char       *hk_service_log_page_get_state    (HkServiceLogPage *self);
gboolean          hk_service_log_page_is_modified  (HkServiceLogPage *self);

G_END_DECLS
