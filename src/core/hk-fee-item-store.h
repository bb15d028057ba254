/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-fee-item-store.h: the tariff: fee items, their prices from a day on, and their CSV import. */

#pragma once

#include <gio/gio.h>

#include "hk-database.h"
#include "hk-fee-item.h"
#include "hk-hall-store.h"
#include "hk-operator.h"

G_BEGIN_DECLS

#define HK_FEE_ITEM_CODE_MAX_LENGTH 16
#define HK_FEE_ITEM_NAME_MAX_LENGTH 64
/* ¥10,000,000.00 */
#define HK_FEE_ITEM_PRICE_MAX G_GINT64_CONSTANT (1000000000)

#define HK_TYPE_FEE_ITEM_STORE (hk_fee_item_store_get_type ())

G_DECLARE_FINAL_TYPE (HkFeeItemStore, hk_fee_item_store, HK, FEE_ITEM_STORE, GObject)

HkFeeItemStore *hk_fee_item_store_new           (HkDatabase      *database,
                                                 HkHallStore     *hall_store);
GListModel     *hk_fee_item_store_get_model     (HkFeeItemStore  *self);
HkFeeItem      *hk_fee_item_store_lookup        (HkFeeItemStore  *self,
                                                 const char      *code,
                                                 GError         **error);
HkFeeItem      *hk_fee_item_store_lookup_by_id  (HkFeeItemStore  *self,
                                                 gint64           id,
                                                 GError         **error);
gboolean        hk_fee_item_store_price_on      (HkFeeItemStore  *self,
                                                 gint64           fee_item_id,
                                                 const char      *day,
                                                 gint64          *price,
                                                 GError         **error);
HkFeeItem      *hk_fee_item_store_add           (HkFeeItemStore  *self,
                                                 HkOperator      *actor,
                                                 const char      *code,
                                                 const char      *name,
                                                 HkFeeCategory    category,
                                                 gint64           price,
                                                 const char      *valid_from,
                                                 GError         **error);
HkFeeItem      *hk_fee_item_store_set_price     (HkFeeItemStore  *self,
                                                 HkOperator      *actor,
                                                 HkFeeItem       *item,
                                                 gint64           price,
                                                 const char      *valid_from,
                                                 GError         **error);
HkFeeItem      *hk_fee_item_store_update        (HkFeeItemStore  *self,
                                                 HkOperator      *actor,
                                                 HkFeeItem       *item,
                                                 const char      *name,
                                                 HkFeeCategory    category,
                                                 GError         **error);
HkFeeItem      *hk_fee_item_store_set_active    (HkFeeItemStore  *self,
                                                 HkOperator      *actor,
                                                 HkFeeItem       *item,
                                                 gboolean         active,
                                                 GError         **error);
gboolean        hk_fee_item_store_import_csv    (HkFeeItemStore  *self,
                                                 HkOperator      *actor,
                                                 const char      *contents,
                                                 gsize            length,
                                                 guint           *n_added,
                                                 guint           *n_changed,
                                                 GError         **error);

char           *hk_fee_item_store_dup_today     (HkFeeItemStore  *self);

gboolean        hk_fee_item_code_is_valid       (const char      *code,
                                                 GError         **error);

G_END_DECLS
