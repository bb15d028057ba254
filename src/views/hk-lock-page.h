/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-lock-page.h: the locked main window: the operator's password again, or log out. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_LOCK_PAGE (hk_lock_page_get_type ())

G_DECLARE_FINAL_TYPE (HkLockPage, hk_lock_page, HK, LOCK_PAGE, GtkWidget)

HkLockPage *hk_lock_page_new (HkContext *context,
                              guint      idle_minutes);

G_END_DECLS
