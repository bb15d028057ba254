/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-log.h: one duty log (值班日志) of a day and shift, with its pre-filled facts and open
 * items. */

#pragma once

#include <glib-object.h>

#include "hk-duty-types.h"
#include "hk-duty-log-remark.h"
#include "hk-facility-fault.h"
#include "hk-incident.h"

G_BEGIN_DECLS

#define HK_TYPE_DUTY_LOG (hk_duty_log_get_type ())

G_DECLARE_FINAL_TYPE (HkDutyLog, hk_duty_log, HK, DUTY_LOG, GObject)

gint64          hk_duty_log_get_id                   (HkDutyLog *self);
const char     *hk_duty_log_get_day                  (HkDutyLog *self);
HkDutyShift     hk_duty_log_get_shift                (HkDutyLog *self);
HkDutyLogStatus hk_duty_log_get_status               (HkDutyLog *self);
gint64          hk_duty_log_get_shift_start          (HkDutyLog *self);
gint64          hk_duty_log_get_shift_end            (HkDutyLog *self);
const char     *hk_duty_log_get_staff_on_duty        (HkDutyLog *self);
const char     *hk_duty_log_get_deployment           (HkDutyLog *self);
const char     *hk_duty_log_get_busy_periods         (HkDutyLog *self);
const char     *hk_duty_log_get_notable_events       (HkDutyLog *self);
const char     *hk_duty_log_get_escalations          (HkDutyLog *self);
const char     *hk_duty_log_get_handover_notes       (HkDutyLog *self);
gint64          hk_duty_log_get_written_at           (HkDutyLog *self);
gint64          hk_duty_log_get_written_by           (HkDutyLog *self);
const char     *hk_duty_log_get_written_by_name      (HkDutyLog *self);
gint64          hk_duty_log_get_signed_at            (HkDutyLog *self);
gint64          hk_duty_log_get_signed_by            (HkDutyLog *self);
const char     *hk_duty_log_get_signed_by_name       (HkDutyLog *self);
gint64          hk_duty_log_get_acknowledged_at      (HkDutyLog *self);
gint64          hk_duty_log_get_acknowledged_by      (HkDutyLog *self);
const char     *hk_duty_log_get_acknowledged_by_name (HkDutyLog *self);
HkDutyLogFacts *hk_duty_log_get_facts                (HkDutyLog *self);
GPtrArray      *hk_duty_log_get_remarks              (HkDutyLog *self);
GPtrArray      *hk_duty_log_get_open_faults          (HkDutyLog *self);
GPtrArray      *hk_duty_log_get_incidents            (HkDutyLog *self);
GPtrArray      *hk_duty_log_get_cleaning_windows     (HkDutyLog *self);

G_END_DECLS
