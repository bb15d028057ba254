/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-preferences-window.h: the hall's settings and the database in use. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_PREFERENCES_WINDOW (hk_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (HkPreferencesWindow, hk_preferences_window, HK, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

HkPreferencesWindow *hk_preferences_window_new (GtkWindow *parent,
                                                HkContext *context);

G_END_DECLS
