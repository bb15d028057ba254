/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-parts-page.h: the repair desk's parts stock: on hand, received, counted. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_REPAIR_PARTS_PAGE (hk_repair_parts_page_get_type ())

G_DECLARE_FINAL_TYPE (HkRepairPartsPage, hk_repair_parts_page, HK, REPAIR_PARTS_PAGE, AdwBin)

HkRepairPartsPage *hk_repair_parts_page_new               (HkContext         *context);
GListModel        *hk_repair_parts_page_get_visible_model (HkRepairPartsPage *self);
HkRepairPart      *hk_repair_parts_page_get_selected      (HkRepairPartsPage *self);
gboolean           hk_repair_parts_page_select            (HkRepairPartsPage *self,
                                                           const char        *code);
guint              hk_repair_parts_page_get_n_movements   (HkRepairPartsPage *self);

G_END_DECLS
