/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-access-log-entry.c: one row of the archive's access log, an entry of the audit log.
 *
 * The access log is not a table of its own: it is every entry of the
 * hash-chained audit log about a customer file, an access request or the
 * archive as a whole, so nobody can edit or delete a row of it unnoticed.
 * Summaries hold masked identity data only.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-archive-private.h"

static const struct
{
  const char *action;
  const char *title;
} actions[] = {
  { "file-registered", N_("File registered") },
  { "file-updated", N_("File updated") },
  { "file-transferred", N_("Transferred to the city company") },
  { "file-destroyed", N_("Destroyed after retention") },
  { "file-viewed", N_("Details viewed") },
  { "identity-revealed", N_("Identity data shown") },
  { "file-released", N_("Released") },
  { "file-returned", N_("Returned") },
  { "file-rechecked", N_("Re-checked") },
  { "access-requested", N_("Access requested") },
  { "access-approved", N_("Approved") },
  { "access-rejected", N_("Rejected") },
  { "paper-approval-recorded", N_("Paper approval recorded") },
  { "access-log-read", N_("Access log read") },
  { "archive-exported", N_("Exported") },
  { "permission-denied", N_("Refused") },
};

/* The translated name of an access log action, e.g. "Released"; the action itself when it is
 * not one of the archive's. */
const char *
hk_access_log_action_get_title (const char *action)
{
  for (guint i = 0; action != NULL && i < G_N_ELEMENTS (actions); i++)
    if (g_str_equal (actions[i].action, action))
      return _(actions[i].title);

  return action;
}

struct _HkAccessLogEntry
{
  GObject               parent_instance;
  HkAccessLogEntryData  data;
};

G_DEFINE_FINAL_TYPE (HkAccessLogEntry, hk_access_log_entry, G_TYPE_OBJECT)

static void
hk_access_log_entry_finalize (GObject *object)
{
  HkAccessLogEntry *self = (HkAccessLogEntry *)object;

  g_free (self->data.operator_login);
  g_free (self->data.operator_name);
  g_free (self->data.action);
  g_free (self->data.entity);
  g_free (self->data.file_no);
  g_free (self->data.summary);

  G_OBJECT_CLASS (hk_access_log_entry_parent_class)->finalize (object);
}

static void
hk_access_log_entry_class_init (HkAccessLogEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_access_log_entry_finalize;
}

static void
hk_access_log_entry_init (HkAccessLogEntry *self)
{
}

/* Takes the strings of @data; only the store calls this. */
HkAccessLogEntry *
hk_access_log_entry_new_take (HkAccessLogEntryData *data)
{
  HkAccessLogEntry *self = g_object_new (HK_TYPE_ACCESS_LOG_ENTRY, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

/* The audit log's number of the entry. */
gint64
hk_access_log_entry_get_seq (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), 0);
  return self->data.seq;
}

gint64
hk_access_log_entry_get_at (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), 0);
  return self->data.at;
}

gint64
hk_access_log_entry_get_operator_id (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), 0);
  return self->data.operator_id;
}

const char *
hk_access_log_entry_get_operator_login (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), NULL);
  return self->data.operator_login;
}

/* The operator's display name; the login when the operator is unknown. */
const char *
hk_access_log_entry_get_operator_name (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), NULL);
  return self->data.operator_name;
}

/* The audit log's action, e.g. "file-released". */
const char *
hk_access_log_entry_get_action (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), NULL);
  return self->data.action;
}

const char *
hk_access_log_entry_get_action_title (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), NULL);
  return hk_access_log_action_get_title (self->data.action);
}

/* "customer-file", "access-request" or "archive". */
const char *
hk_access_log_entry_get_entity (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), NULL);
  return self->data.entity;
}

gint64
hk_access_log_entry_get_entity_id (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), 0);
  return self->data.entity_id;
}

/* The file concerned; 0 for an entry about a request or the whole archive. */
gint64
hk_access_log_entry_get_file_id (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), 0);
  return g_strcmp0 (self->data.entity, HK_ARCHIVE_ENTITY_FILE) == 0 ? self->data.entity_id : 0;
}

/* The request concerned; 0 for an entry about a file or the whole archive. */
gint64
hk_access_log_entry_get_request_id (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), 0);
  return g_strcmp0 (self->data.entity, HK_ARCHIVE_ENTITY_REQUEST) == 0 ? self->data.entity_id
                                                                         : 0;
}

/* The number of the file concerned; NULL when the entry is not about one file. */
const char *
hk_access_log_entry_get_file_no (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), NULL);
  return self->data.file_no;
}

const char *
hk_access_log_entry_get_summary (HkAccessLogEntry *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_LOG_ENTRY (self), NULL);
  return self->data.summary;
}
