/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-sale-check.h: what the cash desk offers and checks before a receipt sells cards
 * or a number: the clerk's next serials, whether the clerk holds the serials named, whether a
 * number may be sold. */

#pragma once

#include "core/hk-card-stock-store.h"
#include "core/hk-number-pool-store.h"

G_BEGIN_DECLS

HkCardType *hk_receipt_sale_find_card_type   (HkCardStockStore  *store,
                                              gint64             fee_item_id);
char       *hk_receipt_sale_offer_serials    (HkCardStockStore  *store,
                                              HkCardType        *type,
                                              gint64             clerk_id,
                                              gint64             quantity);
char       *hk_receipt_sale_check_serials    (HkCardStockStore  *store,
                                              HkCardType        *type,
                                              gint64             clerk_id,
                                              guint              line_no,
                                              gint64             quantity,
                                              const char        *serials);
char       *hk_receipt_sale_check_number     (HkNumberPoolStore *store,
                                              guint              line_no,
                                              gint64             quantity,
                                              const char        *number,
                                              const char        *customer_phone,
                                              gint64            *premium_price);

G_END_DECLS
