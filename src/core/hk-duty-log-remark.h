/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-log-remark.h: a remark appended to a signed duty log. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_DUTY_LOG_REMARK (hk_duty_log_remark_get_type ())

G_DECLARE_FINAL_TYPE (HkDutyLogRemark, hk_duty_log_remark, HK, DUTY_LOG_REMARK, GObject)

gint64      hk_duty_log_remark_get_id              (HkDutyLogRemark *self);
gint64      hk_duty_log_remark_get_log_id          (HkDutyLogRemark *self);
const char *hk_duty_log_remark_get_text            (HkDutyLogRemark *self);
gint64      hk_duty_log_remark_get_written_at      (HkDutyLogRemark *self);
gint64      hk_duty_log_remark_get_written_by      (HkDutyLogRemark *self);
const char *hk_duty_log_remark_get_written_by_name (HkDutyLogRemark *self);

G_END_DECLS
