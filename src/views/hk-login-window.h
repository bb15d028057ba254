/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-login-window.h: logging in, or creating the first administrator of a new database. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_LOGIN_WINDOW (hk_login_window_get_type ())

G_DECLARE_FINAL_TYPE (HkLoginWindow, hk_login_window, HK, LOGIN_WINDOW, AdwApplicationWindow)

HkLoginWindow *hk_login_window_new (GtkApplication *application,
                                    HkContext      *context);

G_END_DECLS
