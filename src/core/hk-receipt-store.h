/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-store.h: issuing, voiding and correcting receipts at the counter. */

#pragma once

#include <glib-object.h>

#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-invoice-book-store.h"
#include "hk-operator.h"
#include "hk-receipt.h"

G_BEGIN_DECLS

/* What the clerk enters for one line. Without a custom price the line takes the fee item's
 * tariff price of the day; a custom price needs a reason and a duty manager's approval. */
typedef struct
{
  gint64      fee_item_id;
  gint64      quantity;
  gboolean    custom_price;
  gint64      unit_price;
  const char *price_reason;
  /* A line of a fee item linked to a card type names the serials it sells, as many as its
   * quantity ("FIRST-LAST, SERIAL"); other lines name none (hk-card-stock-store.h). */
  const char *serials;
  /* A line may sell one number of the hall's number stock; a premium number's line is
   * charged the number's price (hk-number-pool-store.h). */
  const char *number;
} HkReceiptLineInput;

typedef struct
{
  HkPaymentMethod  method;
  gint64           amount;
  const char      *cheque_no;
  /* A cheque's bank and payer, for the cheque register; may be entered later. */
  const char      *cheque_bank;
  const char      *cheque_payer;
} HkReceiptPaymentInput;

#define HK_TYPE_RECEIPT_STORE (hk_receipt_store_get_type ())

G_DECLARE_FINAL_TYPE (HkReceiptStore, hk_receipt_store, HK, RECEIPT_STORE, GObject)

HkReceiptStore *hk_receipt_store_new           (HkDatabase                  *database,
                                                HkHallStore                 *hall,
                                                HkInvoiceBookStore          *books);
HkReceipt      *hk_receipt_store_issue         (HkReceiptStore              *self,
                                                HkOperator                  *actor,
                                                HkOperator                  *price_approver,
                                                const HkReceiptLineInput    *lines,
                                                guint                        n_lines,
                                                const HkReceiptPaymentInput *payments,
                                                guint                        n_payments,
                                                const char                  *customer_phone,
                                                GError                     **error);
HkReceipt      *hk_receipt_store_void          (HkReceiptStore              *self,
                                                HkOperator                  *actor,
                                                HkReceipt                   *receipt,
                                                const char                  *reason,
                                                GError                     **error);
HkReceipt      *hk_receipt_store_correct       (HkReceiptStore              *self,
                                                HkOperator                  *actor,
                                                HkReceipt                   *original,
                                                const char                  *reason,
                                                GError                     **error);
HkReceipt      *hk_receipt_store_lookup        (HkReceiptStore              *self,
                                                gint64                       receipt_id,
                                                GError                     **error);
HkReceipt      *hk_receipt_store_lookup_number (HkReceiptStore              *self,
                                                const char                  *full_number,
                                                GError                     **error);
GPtrArray      *hk_receipt_store_list_day      (HkReceiptStore              *self,
                                                gint64                       clerk_id,
                                                const char                  *day,
                                                GError                     **error);
GPtrArray      *hk_receipt_store_get_lines     (HkReceiptStore              *self,
                                                gint64                       receipt_id,
                                                GError                     **error);
GPtrArray      *hk_receipt_store_get_payments  (HkReceiptStore              *self,
                                                gint64                       receipt_id,
                                                GError                     **error);

G_END_DECLS
