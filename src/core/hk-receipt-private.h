/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-private.h: how HkReceiptStore builds receipts from its rows. */

#pragma once

#include "hk-receipt.h"

G_BEGIN_DECLS

typedef struct
{
  gint64           id;
  char            *invoice_code;
  gint64           number;
  gint64           clerk_id;
  gint64           shift_id;
  char            *business_day;
  gint64           issued_at;
  gint64           total;
  char            *customer_phone;
  HkReceiptStatus  status;
  char            *void_reason;
  gint64           voided_by;
  gint64           corrects_id;
  char            *correction_reason;
  gboolean         imported;
} HkReceiptData;

HkReceipt *hk_receipt_new_take (HkReceiptData *data);

G_END_DECLS
