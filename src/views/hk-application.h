/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-application.h: the Hallkeeper application: opens the database, logs in, logs out. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_APPLICATION (hk_application_get_type ())

G_DECLARE_FINAL_TYPE (HkApplication, hk_application, HK, APPLICATION, AdwApplication)

HkApplication *hk_application_new          (void);
HkContext     *hk_application_get_context  (HkApplication *self);
gboolean       hk_application_open         (HkApplication *self,
                                            const char    *database_path,
                                            GError       **error);
void           hk_application_close        (HkApplication *self);
GtkWindow     *hk_application_show_login   (HkApplication *self);
GtkWindow     *hk_application_log_in       (HkApplication *self,
                                            HkOperator    *operator);

char          *hk_application_dup_backup_folder (void);
char          *hk_application_restore      (HkApplication  *self,
                                            const char     *path,
                                            GError        **error);

G_END_DECLS
