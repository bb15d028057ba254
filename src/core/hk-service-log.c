/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-service-log.c: the complaint officer's service log (服务日志) of one day.
 *
 * A value: the last saved revision of a day, or the store's proposal for a day
 * not written yet (revision 0): a service overview and the business, inquiry
 * and complaint hotspots, as text the officer edits.
 */

#include "config.h"

#include <string.h>

#include "hk-service-log-private.h"

struct _HkServiceLog
{
  GObject          parent_instance;
  HkServiceLogData data;
};

G_DEFINE_FINAL_TYPE (HkServiceLog, hk_service_log, G_TYPE_OBJECT)

static void
hk_service_log_finalize (GObject *object)
{
  HkServiceLog *self = (HkServiceLog *)object;

  g_clear_pointer (&self->data.day, g_free);
  g_clear_pointer (&self->data.overview, g_free);
  g_clear_pointer (&self->data.business_hotspots, g_free);
  g_clear_pointer (&self->data.inquiry_hotspots, g_free);
  g_clear_pointer (&self->data.complaint_hotspots, g_free);
  g_clear_pointer (&self->data.saved_by_name, g_free);

  G_OBJECT_CLASS (hk_service_log_parent_class)->finalize (object);
}

static void
hk_service_log_class_init (HkServiceLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_service_log_finalize;
}

static void
hk_service_log_init (HkServiceLog *self)
{
}

/* Takes the strings of @data; only the service log store calls this. */
HkServiceLog *
hk_service_log_new_take (HkServiceLogData *data)
{
  HkServiceLog *self = g_object_new (HK_TYPE_SERVICE_LOG, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

const char *
hk_service_log_get_day (HkServiceLog *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG (self), NULL);
  return self->data.day;
}

/* 1 for the first save of the day, 2 for the next…; 0 for a proposal. */
guint
hk_service_log_get_revision (HkServiceLog *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG (self), 0);
  return self->data.revision;
}

/* TRUE for what the store proposes for a day whose log is not written yet. */
gboolean
hk_service_log_is_proposal (HkServiceLog *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG (self), FALSE);
  return self->data.revision == 0;
}

const char *
hk_service_log_get_overview (HkServiceLog *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG (self), NULL);
  return self->data.overview;
}

const char *
hk_service_log_get_business_hotspots (HkServiceLog *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG (self), NULL);
  return self->data.business_hotspots;
}

const char *
hk_service_log_get_inquiry_hotspots (HkServiceLog *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG (self), NULL);
  return self->data.inquiry_hotspots;
}

const char *
hk_service_log_get_complaint_hotspots (HkServiceLog *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG (self), NULL);
  return self->data.complaint_hotspots;
}

/* 0 for a proposal. */
gint64
hk_service_log_get_saved_at (HkServiceLog *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG (self), 0);
  return self->data.saved_at;
}

gint64
hk_service_log_get_saved_by (HkServiceLog *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG (self), 0);
  return self->data.saved_by;
}

const char *
hk_service_log_get_saved_by_name (HkServiceLog *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG (self), NULL);
  return self->data.saved_by_name;
}
