/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-database-private.h: opening without migrating, for migrations and their tests. */

#pragma once

#include <sqlite3.h>

#include "hk-database.h"

G_BEGIN_DECLS

/* 'HKPR': marks a file as a Hallkeeper database (PRAGMA application_id). */
#define HK_DATABASE_APPLICATION_ID 0x484B5052

HkDatabase *hk_database_open_unmigrated (const char  *path,
                                         GError     **error);
sqlite3    *hk_database_get_handle      (HkDatabase  *self);
gint64      hk_database_get_fixed_now   (HkDatabase  *self);
gboolean    hk_database_migrate_to      (HkDatabase  *self,
                                         guint        version,
                                         GError     **error);

G_END_DECLS
