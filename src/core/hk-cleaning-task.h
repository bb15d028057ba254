/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cleaning-task.h: a cleaning task of the schedule: rounds due in windows of a day. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_CLEANING_TASK (hk_cleaning_task_get_type ())

G_DECLARE_FINAL_TYPE (HkCleaningTask, hk_cleaning_task, HK, CLEANING_TASK, GObject)

gint64      hk_cleaning_task_get_id               (HkCleaningTask *self);
const char *hk_cleaning_task_get_code             (HkCleaningTask *self);
const char *hk_cleaning_task_get_name             (HkCleaningTask *self);
guint       hk_cleaning_task_get_start_minute     (HkCleaningTask *self);
guint       hk_cleaning_task_get_end_minute       (HkCleaningTask *self);
guint       hk_cleaning_task_get_interval_minutes (HkCleaningTask *self);
gboolean    hk_cleaning_task_is_active            (HkCleaningTask *self);

G_END_DECLS
