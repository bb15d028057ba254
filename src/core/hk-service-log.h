/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-service-log.h: the complaint officer's service log (服务日志) of one day. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_SERVICE_LOG (hk_service_log_get_type ())

G_DECLARE_FINAL_TYPE (HkServiceLog, hk_service_log, HK, SERVICE_LOG, GObject)

const char  *hk_service_log_get_day                (HkServiceLog *self);
guint        hk_service_log_get_revision           (HkServiceLog *self);
gboolean     hk_service_log_is_proposal            (HkServiceLog *self);
const char  *hk_service_log_get_overview           (HkServiceLog *self);
const char  *hk_service_log_get_business_hotspots  (HkServiceLog *self);
const char  *hk_service_log_get_inquiry_hotspots   (HkServiceLog *self);
const char  *hk_service_log_get_complaint_hotspots (HkServiceLog *self);
gint64       hk_service_log_get_saved_at           (HkServiceLog *self);
gint64       hk_service_log_get_saved_by           (HkServiceLog *self);
const char  *hk_service_log_get_saved_by_name      (HkServiceLog *self);

G_END_DECLS
