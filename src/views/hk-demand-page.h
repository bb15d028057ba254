/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demand-page.h: the Hall section's Demand page: customer demand counted by theme. */

#pragma once

#include "core/hk-context.h"
#include "hk-hall-page.h"

G_BEGIN_DECLS

#define HK_TYPE_DEMAND_PAGE (hk_demand_page_get_type ())

G_DECLARE_FINAL_TYPE (HkDemandPage, hk_demand_page, HK, DEMAND_PAGE, HkHallPage)

HkDemandPage *hk_demand_page_new  (HkContext    *context);
void          hk_demand_page_show (HkDemandPage *self,
                                   const char   *day);

G_END_DECLS
