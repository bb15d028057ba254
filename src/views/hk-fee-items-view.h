/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-fee-items-view.h: the Fee Items section, the tariff, for supervisors and administrators. */

#pragma once

#include "hk-section.h"

G_BEGIN_DECLS

#define HK_TYPE_FEE_ITEMS_VIEW (hk_fee_items_view_get_type ())

G_DECLARE_FINAL_TYPE (HkFeeItemsView, hk_fee_items_view, HK, FEE_ITEMS_VIEW, HkSection)

GListModel *hk_fee_items_view_get_visible_model (HkFeeItemsView *self);
void        hk_fee_items_view_select            (HkFeeItemsView *self,
                                                 const char     *code);
gboolean    hk_fee_items_view_import_file       (HkFeeItemsView *self,
                                                 GFile          *file);

G_END_DECLS
