/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-database.h: one SQLite database file, opened, migrated, backed up and checked. */

#pragma once

#include <glib-object.h>

#include "hk-statement.h"

G_BEGIN_DECLS

#define HK_TYPE_DATABASE (hk_database_get_type ())

G_DECLARE_FINAL_TYPE (HkDatabase, hk_database, HK, DATABASE, GObject)

HkDatabase  *hk_database_open                (const char  *path,
                                              GError     **error);
const char  *hk_database_get_path            (HkDatabase  *self);
guint        hk_database_get_schema_version  (HkDatabase  *self);
HkStatement *hk_database_prepare             (HkDatabase  *self,
                                              const char  *sql,
                                              GError     **error);
gboolean     hk_database_exec                (HkDatabase  *self,
                                              const char  *sql,
                                              GError     **error);
gint64       hk_database_get_last_insert_id  (HkDatabase  *self);
gboolean     hk_database_in_transaction      (HkDatabase  *self);
gint64       hk_database_get_now             (HkDatabase  *self);
void         hk_database_set_now             (HkDatabase  *self,
                                              gint64       unix_seconds);
gboolean     hk_database_check_integrity     (HkDatabase  *self,
                                              GError     **error);
gboolean     hk_database_backup_to           (HkDatabase  *self,
                                              const char  *path,
                                              GError     **error);
gboolean     hk_database_restore_from        (HkDatabase  *self,
                                              const char  *path,
                                              GError     **error);

G_END_DECLS
