/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-store.h: the service hall's own settings: name, code, time zone. */

#pragma once

#include <glib-object.h>

#include "hk-database.h"
#include "hk-operator.h"

G_BEGIN_DECLS

#define HK_DEFAULT_TIME_ZONE "Asia/Shanghai"

/* A complaint is to be resolved within this many hours of being received (the 24-hour rule). */
#define HK_COMPLAINT_DEADLINE_HOURS_DEFAULT 24
#define HK_COMPLAINT_DEADLINE_HOURS_MAX 720

#define HK_TYPE_HALL_STORE (hk_hall_store_get_type ())

G_DECLARE_FINAL_TYPE (HkHallStore, hk_hall_store, HK, HALL_STORE, GObject)

HkHallStore *hk_hall_store_new               (HkDatabase   *database);
char        *hk_hall_store_dup_name          (HkHallStore  *self);
char        *hk_hall_store_dup_code          (HkHallStore  *self);
char        *hk_hall_store_dup_time_zone_id  (HkHallStore  *self);
GTimeZone   *hk_hall_store_get_time_zone     (HkHallStore  *self);
gboolean     hk_hall_store_is_demo           (HkHallStore  *self);
gboolean     hk_hall_store_update            (HkHallStore  *self,
                                              HkOperator   *actor,
                                              const char   *name,
                                              const char   *code,
                                              const char   *time_zone_id,
                                              GError      **error);
gboolean     hk_hall_store_mark_demo         (HkHallStore  *self,
                                              GError      **error);
guint        hk_hall_store_get_complaint_deadline_hours (HkHallStore  *self);
gboolean     hk_hall_store_set_complaint_deadline_hours (HkHallStore  *self,
                                                         HkOperator   *actor,
                                                         guint         hours,
                                                         GError      **error);

char        *hk_hall_store_format_day        (HkHallStore  *self,
                                              gint64        unix_seconds);
gboolean     hk_hall_store_parse_day         (HkHallStore  *self,
                                              const char   *day,
                                              gint64       *start,
                                              gint64       *end,
                                              GError      **error);

gboolean     hk_time_zone_id_is_valid        (const char   *time_zone_id);

G_END_DECLS
