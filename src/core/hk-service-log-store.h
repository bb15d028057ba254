/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-service-log-store.h: the service log (服务日志): its proposal from the day's data, and the
 * officer's saved revisions. */

#pragma once

#include <glib-object.h>

#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"
#include "hk-service-log.h"

G_BEGIN_DECLS

/* How many hotspots a proposal names. */
#define HK_SERVICE_LOG_N_HOTSPOTS 3
#define HK_SERVICE_LOG_TEXT_MAX_LENGTH 2000

/* One hotspot of a day: how often something came up that day and on the same weekday of the
 * week before. */
typedef struct
{
  char  *title;
  guint  count;
  guint  previous_count;
} HkServiceLogHotspot;

void hk_service_log_hotspot_free (HkServiceLogHotspot *hotspot);

#define HK_TYPE_SERVICE_LOG_STORE (hk_service_log_store_get_type ())

G_DECLARE_FINAL_TYPE (HkServiceLogStore, hk_service_log_store, HK, SERVICE_LOG_STORE, GObject)

HkServiceLogStore *hk_service_log_store_new                (HkDatabase         *database,
                                                            HkHallStore        *hall);
HkServiceLog      *hk_service_log_store_get                (HkServiceLogStore  *self,
                                                            const char         *day,
                                                            GError            **error);
GPtrArray         *hk_service_log_store_list_revisions     (HkServiceLogStore  *self,
                                                            const char         *day,
                                                            GError            **error);
GPtrArray         *hk_service_log_store_list_range         (HkServiceLogStore  *self,
                                                            const char         *first_day,
                                                            const char         *last_day,
                                                            GError            **error);
GPtrArray         *hk_service_log_store_count_complaints   (HkServiceLogStore  *self,
                                                            const char         *day,
                                                            GError            **error);
GPtrArray         *hk_service_log_store_count_business     (HkServiceLogStore  *self,
                                                            const char         *day,
                                                            GError            **error);
HkServiceLog      *hk_service_log_store_propose            (HkServiceLogStore  *self,
                                                            const char         *day,
                                                            GError            **error);
HkServiceLog      *hk_service_log_store_save               (HkServiceLogStore  *self,
                                                            HkOperator         *actor,
                                                            const char         *day,
                                                            const char         *overview,
                                                            const char         *business_hotspots,
                                                            const char         *inquiry_hotspots,
                                                            const char         *complaint_hotspots,
                                                            GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkServiceLogHotspot, hk_service_log_hotspot_free)

G_END_DECLS
