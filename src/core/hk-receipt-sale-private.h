/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-sale-private.h: what a receipt sells besides money, recorded in its transaction:
 * card serials, a number of the number stock, the details of its cheques. */

#pragma once

#include "hk-database.h"
#include "hk-operator.h"
#include "hk-receipt-store.h"

G_BEGIN_DECLS

gboolean hk_receipt_sale_record (HkDatabase                  *database,
                                 HkOperator                  *actor,
                                 gint64                       receipt_id,
                                 const char                  *customer_phone,
                                 const HkReceiptLineInput    *lines,
                                 guint                        n_lines,
                                 const gint64                *unit_prices,
                                 const HkReceiptPaymentInput *payments,
                                 guint                        n_payments,
                                 GError                     **error);

G_END_DECLS
