/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cleaning-task.c: a cleaning task of the schedule: rounds due in windows of a day. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkCleaningTask
{
  GObject parent_instance;
  HkCleaningTaskData data;
};

G_DEFINE_FINAL_TYPE (HkCleaningTask, hk_cleaning_task, G_TYPE_OBJECT)

static void
hk_cleaning_task_finalize (GObject *object)
{
  HkCleaningTask *self = (HkCleaningTask *)object;

  g_clear_pointer (&self->data.code, g_free);
  g_clear_pointer (&self->data.name, g_free);

  G_OBJECT_CLASS (hk_cleaning_task_parent_class)->finalize (object);
}

static void
hk_cleaning_task_class_init (HkCleaningTaskClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_cleaning_task_finalize;
}

static void
hk_cleaning_task_init (HkCleaningTask *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkCleaningTask *
hk_cleaning_task_new_take (HkCleaningTaskData *data)
{
  HkCleaningTask *self = g_object_new (HK_TYPE_CLEANING_TASK, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_cleaning_task_get_id (HkCleaningTask *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_TASK (self), 0);
  return self->data.id;
}

const char *
hk_cleaning_task_get_code (HkCleaningTask *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_TASK (self), NULL);
  return self->data.code;
}

const char *
hk_cleaning_task_get_name (HkCleaningTask *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_TASK (self), NULL);
  return self->data.name;
}

/* The first window starts this many minutes after the hall's midnight. */
guint
hk_cleaning_task_get_start_minute (HkCleaningTask *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_TASK (self), 0);
  return self->data.start_minute;
}

/* The last window ends here. */
guint
hk_cleaning_task_get_end_minute (HkCleaningTask *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_TASK (self), 0);
  return self->data.end_minute;
}

/* Each window is this long: one round is due in each. */
guint
hk_cleaning_task_get_interval_minutes (HkCleaningTask *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_TASK (self), 0);
  return self->data.interval_minutes;
}

gboolean
hk_cleaning_task_is_active (HkCleaningTask *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_TASK (self), FALSE);
  return self->data.active;
}
