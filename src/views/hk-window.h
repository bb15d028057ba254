/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-window.h: the main window: the sections the operator's roles allow. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_WINDOW (hk_window_get_type ())

G_DECLARE_FINAL_TYPE (HkWindow, hk_window, HK, WINDOW, AdwApplicationWindow)

HkWindow    *hk_window_new                 (GtkApplication *application,
                                            HkContext      *context);
HkContext   *hk_window_get_context         (HkWindow       *self);
GStrv        hk_window_dup_section_ids     (HkWindow       *self);
gboolean     hk_window_show_section        (HkWindow       *self,
                                            const char     *section_id);
const char  *hk_window_get_visible_section (HkWindow       *self);
GtkWidget   *hk_window_get_section         (HkWindow       *self,
                                            const char     *section_id);
void         hk_window_show_toast          (HkWindow       *self,
                                            const char     *message);
void         hk_window_lock                (HkWindow       *self,
                                            guint           idle_minutes);
gboolean     hk_window_is_locked           (HkWindow       *self);
void         hk_window_set_idle_lock_seconds (HkWindow     *self,
                                            guint           seconds);

G_END_DECLS
