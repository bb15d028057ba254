/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-log.c: one duty log (值班日志) of a day and shift, with its pre-filled facts and open
 * items. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkDutyLog
{
  GObject parent_instance;
  HkDutyLogData data;
};

G_DEFINE_FINAL_TYPE (HkDutyLog, hk_duty_log, G_TYPE_OBJECT)

static void
hk_duty_log_finalize (GObject *object)
{
  HkDutyLog *self = (HkDutyLog *)object;

  g_clear_pointer (&self->data.day, g_free);
  g_clear_pointer (&self->data.staff_on_duty, g_free);
  g_clear_pointer (&self->data.deployment, g_free);
  g_clear_pointer (&self->data.busy_periods, g_free);
  g_clear_pointer (&self->data.notable_events, g_free);
  g_clear_pointer (&self->data.escalations, g_free);
  g_clear_pointer (&self->data.handover_notes, g_free);
  g_clear_pointer (&self->data.written_by_name, g_free);
  g_clear_pointer (&self->data.signed_by_name, g_free);
  g_clear_pointer (&self->data.acknowledged_by_name, g_free);
  g_clear_pointer (&self->data.facts, hk_duty_log_facts_free);
  g_clear_pointer (&self->data.remarks, g_ptr_array_unref);
  g_clear_pointer (&self->data.open_faults, g_ptr_array_unref);
  g_clear_pointer (&self->data.incidents, g_ptr_array_unref);
  g_clear_pointer (&self->data.cleaning_windows, g_ptr_array_unref);

  G_OBJECT_CLASS (hk_duty_log_parent_class)->finalize (object);
}

static void
hk_duty_log_class_init (HkDutyLogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_duty_log_finalize;
}

static void
hk_duty_log_init (HkDutyLog *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkDutyLog *
hk_duty_log_new_take (HkDutyLogData *data)
{
  HkDutyLog *self = g_object_new (HK_TYPE_DUTY_LOG, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

/* 0 while nothing has been written for the day and shift. */
gint64
hk_duty_log_get_id (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), 0);
  return self->data.id;
}

/* "YYYY-MM-DD". */
const char *
hk_duty_log_get_day (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.day;
}

HkDutyShift
hk_duty_log_get_shift (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), 0);
  return self->data.shift;
}

HkDutyLogStatus
hk_duty_log_get_status (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), 0);
  return self->data.status;
}

/* The shift's first second. */
gint64
hk_duty_log_get_shift_start (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), 0);
  return self->data.shift_start;
}

/* The second after the shift. */
gint64
hk_duty_log_get_shift_end (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), 0);
  return self->data.shift_end;
}

/* Who was on duty, one per line; may be NULL. */
const char *
hk_duty_log_get_staff_on_duty (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.staff_on_duty;
}

/* Where they were deployed: counters opened by hour; may be NULL. */
const char *
hk_duty_log_get_deployment (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.deployment;
}

/* May be NULL. */
const char *
hk_duty_log_get_busy_periods (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.busy_periods;
}

/* May be NULL. */
const char *
hk_duty_log_get_notable_events (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.notable_events;
}

/* Problems escalated; may be NULL. */
const char *
hk_duty_log_get_escalations (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.escalations;
}

/* For the incoming duty manager; may be NULL. */
const char *
hk_duty_log_get_handover_notes (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.handover_notes;
}

/* Last saved; 0 if never. */
gint64
hk_duty_log_get_written_at (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), 0);
  return self->data.written_at;
}

gint64
hk_duty_log_get_written_by (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), 0);
  return self->data.written_by;
}

const char *
hk_duty_log_get_written_by_name (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.written_by_name;
}

/* Signed by the outgoing duty manager; 0 while open. */
gint64
hk_duty_log_get_signed_at (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), 0);
  return self->data.signed_at;
}

gint64
hk_duty_log_get_signed_by (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), 0);
  return self->data.signed_by;
}

const char *
hk_duty_log_get_signed_by_name (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.signed_by_name;
}

/* Acknowledged by the incoming duty manager; 0 until then. */
gint64
hk_duty_log_get_acknowledged_at (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), 0);
  return self->data.acknowledged_at;
}

gint64
hk_duty_log_get_acknowledged_by (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), 0);
  return self->data.acknowledged_by;
}

const char *
hk_duty_log_get_acknowledged_by_name (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.acknowledged_by_name;
}

/**
 * hk_duty_log_get_facts:
 *
 * Returns: (transfer none) live while open, as frozen at signing once signed
 */
HkDutyLogFacts *
hk_duty_log_get_facts (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.facts;
}

/**
 * hk_duty_log_get_remarks:
 *
 * Returns: (transfer none) (element-type HkDutyLogRemark): appended after signing, oldest first
 */
GPtrArray *
hk_duty_log_get_remarks (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.remarks;
}

/**
 * hk_duty_log_get_open_faults:
 *
 * Returns: (transfer none) (element-type HkFacilityFault): faults still open at the end of the
 *   shift (or now), carried over
 */
GPtrArray *
hk_duty_log_get_open_faults (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.open_faults;
}

/**
 * hk_duty_log_get_incidents:
 *
 * Returns: (transfer none) (element-type HkIncident): the incidents of the shift
 */
GPtrArray *
hk_duty_log_get_incidents (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.incidents;
}

/**
 * hk_duty_log_get_cleaning_windows:
 *
 * Returns: (transfer none) (element-type HkCleaningWindow): the day's cleaning windows that end
 *   within the shift
 */
GPtrArray *
hk_duty_log_get_cleaning_windows (HkDutyLog *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG (self), NULL);
  return self->data.cleaning_windows;
}
