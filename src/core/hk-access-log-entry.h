/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-access-log-entry.h: one row of the archive's access log, an entry of the audit log. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_ACCESS_LOG_ENTRY (hk_access_log_entry_get_type ())

G_DECLARE_FINAL_TYPE (HkAccessLogEntry, hk_access_log_entry, HK, ACCESS_LOG_ENTRY, GObject)

gint64       hk_access_log_entry_get_seq             (HkAccessLogEntry *self);
gint64       hk_access_log_entry_get_at              (HkAccessLogEntry *self);
gint64       hk_access_log_entry_get_operator_id     (HkAccessLogEntry *self);
const char  *hk_access_log_entry_get_operator_login  (HkAccessLogEntry *self);
const char  *hk_access_log_entry_get_operator_name   (HkAccessLogEntry *self);
const char  *hk_access_log_entry_get_action          (HkAccessLogEntry *self);
const char  *hk_access_log_entry_get_action_title    (HkAccessLogEntry *self);
const char  *hk_access_log_entry_get_entity          (HkAccessLogEntry *self);
gint64       hk_access_log_entry_get_entity_id       (HkAccessLogEntry *self);
gint64       hk_access_log_entry_get_file_id         (HkAccessLogEntry *self);
gint64       hk_access_log_entry_get_request_id      (HkAccessLogEntry *self);
const char  *hk_access_log_entry_get_file_no         (HkAccessLogEntry *self);
const char  *hk_access_log_entry_get_summary         (HkAccessLogEntry *self);

const char  *hk_access_log_action_get_title          (const char       *action);

G_END_DECLS
