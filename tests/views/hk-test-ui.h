/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-test-ui.h: helpers for driving real widgets in view tests and screenshots. */

#pragma once

#include <gtk/gtk.h>

#include "views/hk-application.h"

G_BEGIN_DECLS

/* How long a test waits for something to appear before failing. A wait, not a measure of
 * speed: generous, because CI machines run several test programs on two cores. */
#define HK_TEST_UI_PATIENCE (60 * G_USEC_PER_SEC)

void        hk_test_ui_wait_for_frames  (GtkWidget  *widget,
                                         guint       n_frames);
void        hk_test_ui_iterate          (void);
GtkWidget  *hk_test_ui_find             (GtkWidget  *root,
                                         GType       type,
                                         const char *property,
                                         const char *value);
GtkWidget  *hk_test_ui_find_named       (GtkWidget  *root,
                                         const char *name);
GtkWindow  *hk_test_ui_find_toplevel    (GType       type);
void        hk_test_ui_set_text         (GtkWidget  *root,
                                         GType       type,
                                         const char *title,
                                         const char *text);
gboolean    hk_test_ui_save_png         (GtkWidget  *widget,
                                         const char *path,
                                         GError    **error);
char       *hk_test_ui_collect_toasts   (GtkWidget  *root);
void        hk_test_ui_open             (HkApplication *app,
                                         const char    *database_path);
void        hk_test_ui_make_demo        (const char *path);
void        hk_test_ui_copy_file        (const char *from,
                                         const char *to);
void        hk_test_ui_close_all        (void);
gint64      hk_test_ui_count_audit      (HkContext  *context,
                                         const char *action);
void        hk_test_ui_remove_dir       (const char *path);
gboolean    hk_test_ui_init             (int        *argc,
                                         char     ***argv);

G_END_DECLS
