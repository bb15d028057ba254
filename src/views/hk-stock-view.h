/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-stock-view.h: the Stock section: card holdings, allocation, the shift handover and the
 * number stock. */

#pragma once

#include "hk-section.h"

G_BEGIN_DECLS

#define HK_TYPE_STOCK_VIEW (hk_stock_view_get_type ())

G_DECLARE_FINAL_TYPE (HkStockView, hk_stock_view, HK, STOCK_VIEW, HkSection)

void        hk_stock_view_show_page      (HkStockView *self,
                                          const char  *name);
GListModel *hk_stock_view_get_numbers    (HkStockView *self);
void        hk_stock_view_search_numbers (HkStockView *self,
                                          const char  *pattern);
void        hk_stock_view_select_number  (HkStockView *self,
                                          const char  *number);
void        hk_stock_view_export_count   (HkStockView *self,
                                          const char  *path);
gboolean    hk_stock_view_is_exporting   (HkStockView *self);

G_END_DECLS
