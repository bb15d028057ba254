/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-log-remark.c: a remark appended to a signed duty log. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkDutyLogRemark
{
  GObject parent_instance;
  HkDutyLogRemarkData data;
};

G_DEFINE_FINAL_TYPE (HkDutyLogRemark, hk_duty_log_remark, G_TYPE_OBJECT)

static void
hk_duty_log_remark_finalize (GObject *object)
{
  HkDutyLogRemark *self = (HkDutyLogRemark *)object;

  g_clear_pointer (&self->data.text, g_free);
  g_clear_pointer (&self->data.written_by_name, g_free);

  G_OBJECT_CLASS (hk_duty_log_remark_parent_class)->finalize (object);
}

static void
hk_duty_log_remark_class_init (HkDutyLogRemarkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_duty_log_remark_finalize;
}

static void
hk_duty_log_remark_init (HkDutyLogRemark *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkDutyLogRemark *
hk_duty_log_remark_new_take (HkDutyLogRemarkData *data)
{
  HkDutyLogRemark *self = g_object_new (HK_TYPE_DUTY_LOG_REMARK, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_duty_log_remark_get_id (HkDutyLogRemark *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG_REMARK (self), 0);
  return self->data.id;
}

gint64
hk_duty_log_remark_get_log_id (HkDutyLogRemark *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG_REMARK (self), 0);
  return self->data.log_id;
}

const char *
hk_duty_log_remark_get_text (HkDutyLogRemark *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG_REMARK (self), NULL);
  return self->data.text;
}

gint64
hk_duty_log_remark_get_written_at (HkDutyLogRemark *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG_REMARK (self), 0);
  return self->data.written_at;
}

gint64
hk_duty_log_remark_get_written_by (HkDutyLogRemark *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG_REMARK (self), 0);
  return self->data.written_by;
}

const char *
hk_duty_log_remark_get_written_by_name (HkDutyLogRemark *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG_REMARK (self), NULL);
  return self->data.written_by_name;
}
