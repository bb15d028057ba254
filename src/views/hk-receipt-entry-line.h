/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-entry-line.h: one line of the receipt being entered: a fee item, a quantity,
 * perhaps a price other than the tariff, and the card serials or the number it sells. */

#pragma once

#include <glib-object.h>

#include "core/hk-card-type.h"
#include "core/hk-fee-item.h"
#include "core/hk-operator.h"

G_BEGIN_DECLS

#define HK_RECEIPT_ENTRY_LINE_MAX_QUANTITY 10000

#define HK_TYPE_RECEIPT_ENTRY_LINE (hk_receipt_entry_line_get_type ())

G_DECLARE_FINAL_TYPE (HkReceiptEntryLine, hk_receipt_entry_line, HK, RECEIPT_ENTRY_LINE, GObject)

HkReceiptEntryLine *hk_receipt_entry_line_new           (HkFeeItem          *fee_item);
HkFeeItem          *hk_receipt_entry_line_get_fee_item  (HkReceiptEntryLine *self);
gint64              hk_receipt_entry_line_get_quantity  (HkReceiptEntryLine *self);
void                hk_receipt_entry_line_set_quantity  (HkReceiptEntryLine *self,
                                                         gint64              quantity);
gint64              hk_receipt_entry_line_get_unit_price (HkReceiptEntryLine *self);
gint64              hk_receipt_entry_line_get_amount    (HkReceiptEntryLine *self);
gint64              hk_receipt_entry_line_get_tariff_price (HkReceiptEntryLine *self);
gboolean            hk_receipt_entry_line_has_custom_price (HkReceiptEntryLine *self);
const char         *hk_receipt_entry_line_get_price_reason (HkReceiptEntryLine *self);
HkOperator         *hk_receipt_entry_line_get_price_approver (HkReceiptEntryLine *self);
void                hk_receipt_entry_line_set_custom_price (HkReceiptEntryLine *self,
                                                            gint64              unit_price,
                                                            const char         *reason,
                                                            HkOperator         *approver);
void                hk_receipt_entry_line_clear_custom_price (HkReceiptEntryLine *self);
char               *hk_receipt_entry_line_dup_price_note (HkReceiptEntryLine *self);
HkCardType         *hk_receipt_entry_line_get_card_type (HkReceiptEntryLine *self);
void                hk_receipt_entry_line_set_card_type (HkReceiptEntryLine *self,
                                                         HkCardType         *card_type);
const char         *hk_receipt_entry_line_get_serials   (HkReceiptEntryLine *self);
void                hk_receipt_entry_line_set_serials   (HkReceiptEntryLine *self,
                                                         const char         *serials,
                                                         gboolean            offered);
gboolean            hk_receipt_entry_line_get_serials_offered (HkReceiptEntryLine *self);
const char         *hk_receipt_entry_line_get_number    (HkReceiptEntryLine *self);
void                hk_receipt_entry_line_set_number    (HkReceiptEntryLine *self,
                                                         const char         *number,
                                                         gint64              number_price);
char               *hk_receipt_entry_line_dup_sale_note (HkReceiptEntryLine *self);

G_END_DECLS
