/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-service-log-private.h: how HkServiceLogStore builds a service log from its row. */

#pragma once

#include "hk-service-log.h"

G_BEGIN_DECLS

typedef struct
{
  char   *day;
  guint   revision;           /* 0: a proposal, not saved */
  char   *overview;
  char   *business_hotspots;
  char   *inquiry_hotspots;
  char   *complaint_hotspots;
  gint64  saved_at;
  gint64  saved_by;
  char   *saved_by_name;
} HkServiceLogData;

HkServiceLog *hk_service_log_new_take (HkServiceLogData *data);

G_END_DECLS
