/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-sale.c: what a receipt sells besides money, recorded in its transaction:
 * card serials, a number of the number stock, the details of its cheques.
 *
 * HkReceiptStore calls this once it has written a receipt's lines and payments, inside the
 * receipt's transaction, so that a refusal here (a serial sold twice, a number reserved for
 * someone else) refuses the whole receipt and nothing is written. The rules themselves are
 * the card stock's (hk-card-stock-store.c), the number stock's (hk-number-pool-store.c) and
 * the cheque register's (hk-cheque-store.c).
 */

#include "config.h"

#include "hk-bank-private.h"
#include "hk-card-stock-private.h"
#include "hk-number-pool-private.h"
#include "hk-receipt-sale-private.h"
#include "hk-shift.h"

gboolean
hk_receipt_sale_record (HkDatabase                  *database,
                        HkOperator                  *actor,
                        gint64                       receipt_id,
                        const char                  *customer_phone,
                        const HkReceiptLineInput    *lines,
                        guint                        n_lines,
                        const gint64                *unit_prices,
                        const HkReceiptPaymentInput *payments,
                        guint                        n_payments,
                        GError                     **error)
{
  for (guint i = 0; i < n_lines; i++)
    {
      const HkReceiptLineInput *line = &lines[i];

      if (!hk_card_stock_sell_line (database, actor, receipt_id, i + 1, line->fee_item_id,
                                    line->quantity, line->serials, error))
        return FALSE;

      if (line->number != NULL && *line->number != '\0' &&
          !hk_number_pool_sell_line (database, actor, receipt_id, i + 1, line->number,
                                     customer_phone, line->quantity * unit_prices[i], error))
        return FALSE;
    }

  for (guint i = 0; i < n_payments; i++)
    if (payments[i].method == HK_PAYMENT_CHEQUE)
      {
        if (!hk_cheque_register_receipts (database, receipt_id, receipt_id, error))
          return FALSE;
        break;
      }

  for (guint i = 0; i < n_payments; i++)
    if (payments[i].method == HK_PAYMENT_CHEQUE &&
        !hk_cheque_record_details (database, receipt_id, i + 1, payments[i].cheque_bank,
                                   payments[i].cheque_payer, error))
      return FALSE;

  return TRUE;
}
