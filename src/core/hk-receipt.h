/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt.h: one receipt (票据) as issued: its number, total, payments and status. */

#pragma once

#include <glib-object.h>

#include "hk-shift.h"

G_BEGIN_DECLS

typedef enum
{
  HK_RECEIPT_ISSUED,
  HK_RECEIPT_VOID,
} HkReceiptStatus;

#define HK_TYPE_RECEIPT_STATUS (hk_receipt_status_get_type ())
GType hk_receipt_status_get_type (void) G_GNUC_CONST;

/* One line of a receipt: a fee item times a quantity at a unit price, in fen. */
typedef struct
{
  gint64  fee_item_id;
  char   *fee_item_code;
  char   *fee_item_name;
  gint64  quantity;
  gint64  unit_price;
  gint64  amount;
  char   *price_reason;
} HkReceiptLine;

typedef struct
{
  HkPaymentMethod  method;
  gint64           amount;
  char            *cheque_no;
} HkReceiptPayment;

void hk_receipt_line_free    (HkReceiptLine    *line);
void hk_receipt_payment_free (HkReceiptPayment *payment);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkReceiptLine, hk_receipt_line_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkReceiptPayment, hk_receipt_payment_free)

#define HK_TYPE_RECEIPT (hk_receipt_get_type ())

G_DECLARE_FINAL_TYPE (HkReceipt, hk_receipt, HK, RECEIPT, GObject)

gint64           hk_receipt_get_id                 (HkReceipt *self);
const char      *hk_receipt_get_invoice_code       (HkReceipt *self);
gint64           hk_receipt_get_number             (HkReceipt *self);
char            *hk_receipt_dup_full_number        (HkReceipt *self);
gint64           hk_receipt_get_clerk_id           (HkReceipt *self);
gint64           hk_receipt_get_shift_id           (HkReceipt *self);
const char      *hk_receipt_get_business_day       (HkReceipt *self);
gint64           hk_receipt_get_issued_at          (HkReceipt *self);
gint64           hk_receipt_get_total              (HkReceipt *self);
const char      *hk_receipt_get_customer_phone     (HkReceipt *self);
char            *hk_receipt_dup_masked_phone       (HkReceipt *self);
HkReceiptStatus  hk_receipt_get_status             (HkReceipt *self);
const char      *hk_receipt_get_void_reason        (HkReceipt *self);
gint64           hk_receipt_get_voided_by          (HkReceipt *self);
gint64           hk_receipt_get_corrects_id        (HkReceipt *self);
const char      *hk_receipt_get_correction_reason  (HkReceipt *self);
gboolean         hk_receipt_is_imported            (HkReceipt *self);

G_END_DECLS
