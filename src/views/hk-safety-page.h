/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-safety-page.h: the Hall section's Safety page: safety checks and facility faults. */

#pragma once

#include "core/hk-context.h"
#include "core/hk-duty-store.h"
#include "hk-hall-page.h"

G_BEGIN_DECLS

#define HK_TYPE_SAFETY_PAGE (hk_safety_page_get_type ())

G_DECLARE_FINAL_TYPE (HkSafetyPage, hk_safety_page, HK, SAFETY_PAGE, HkHallPage)

HkSafetyPage *hk_safety_page_new            (HkContext    *context);
void          hk_safety_page_show           (HkSafetyPage *self,
                                             const char   *day,
                                             HkDutyShift   shift);
guint         hk_safety_page_get_n_open_faults (HkSafetyPage *self);
const char   *hk_safety_page_get_problem    (HkSafetyPage *self);

G_END_DECLS
