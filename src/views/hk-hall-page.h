/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-page.h: the base of the Hall section's pages: a bin with the window's context. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_HALL_PAGE (hk_hall_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (HkHallPage, hk_hall_page, HK, HALL_PAGE, AdwBin)

struct _HkHallPageClass
{
  AdwBinClass parent_class;
};

HkContext   *hk_hall_page_get_context    (HkHallPage *self);
HkDutyStore *hk_hall_page_get_duty_store (HkHallPage *self);

G_END_DECLS
