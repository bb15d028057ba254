/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-fee-item.h: a fee item of the tariff (资费) with its category and the price of one day. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HK_FEE_CATEGORY_SERVICE,
  HK_FEE_CATEGORY_SIM_CARD,
  HK_FEE_CATEGORY_VALUE_CARD,
  HK_FEE_CATEGORY_HANDSET,
  HK_FEE_CATEGORY_ACCESSORY,
  HK_FEE_CATEGORY_REPAIR,
  HK_FEE_CATEGORY_OTHER,
} HkFeeCategory;

#define HK_N_FEE_CATEGORIES 7

/* The price of a fee item on a day before its first price applies. */
#define HK_FEE_ITEM_NO_PRICE ((gint64)-1)

#define HK_TYPE_FEE_CATEGORY (hk_fee_category_get_type ())
GType        hk_fee_category_get_type   (void) G_GNUC_CONST;

const char  *hk_fee_category_to_id      (HkFeeCategory   category);
gboolean     hk_fee_category_from_id    (const char     *id,
                                         HkFeeCategory  *category);
const char  *hk_fee_category_get_title  (HkFeeCategory   category);

#define HK_TYPE_FEE_ITEM (hk_fee_item_get_type ())

G_DECLARE_FINAL_TYPE (HkFeeItem, hk_fee_item, HK, FEE_ITEM, GObject)

gint64         hk_fee_item_get_id          (HkFeeItem *self);
const char    *hk_fee_item_get_code        (HkFeeItem *self);
const char    *hk_fee_item_get_name        (HkFeeItem *self);
HkFeeCategory  hk_fee_item_get_category    (HkFeeItem *self);
gboolean       hk_fee_item_get_active      (HkFeeItem *self);
gboolean       hk_fee_item_has_price       (HkFeeItem *self);
gint64         hk_fee_item_get_price       (HkFeeItem *self);
const char    *hk_fee_item_get_price_from  (HkFeeItem *self);

G_END_DECLS
