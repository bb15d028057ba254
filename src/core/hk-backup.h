/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-backup.h: backups of the database: made by hand or once a day, kept, checked, restored. */

#pragma once

#include <gio/gio.h>

#include "hk-database.h"
#include "hk-operator.h"

G_BEGIN_DECLS

/* Who makes a backup by hand; a restore needs the administrator. */
#define HK_BACKUP_ROLES (HK_ROLE_ADMINISTRATOR | HK_ROLE_SUPERVISOR | HK_ROLE_AUDITOR)
#define HK_RESTORE_ROLES HK_ROLE_ADMINISTRATOR

/* How many daily backups are kept unless the settings say otherwise. */
#define HK_BACKUP_KEEP_DEFAULT 30

char      *hk_backup_get_default_dir  (void);
gboolean   hk_backup_write            (HkDatabase   *database,
                                       HkOperator   *actor,
                                       const char   *path,
                                       GError      **error);
char      *hk_backup_write_in         (HkDatabase   *database,
                                       HkOperator   *actor,
                                       const char   *dir,
                                       GError      **error);
char      *hk_backup_daily            (HkDatabase   *database,
                                       const char   *dir,
                                       guint         keep,
                                       GError      **error);
void       hk_backup_daily_async      (HkDatabase          *database,
                                       const char          *dir,
                                       guint                keep,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
char      *hk_backup_daily_finish     (GAsyncResult        *result,
                                       GError             **error);
GPtrArray *hk_backup_list             (const char   *dir,
                                       GError      **error);
guint      hk_backup_rotate           (const char   *dir,
                                       guint         keep,
                                       GError      **error);
gboolean   hk_backup_check            (const char   *path,
                                       GError      **error);
char      *hk_backup_restore          (HkDatabase   *database,
                                       HkOperator   *actor,
                                       const char   *path,
                                       GError      **error);

G_END_DECLS
