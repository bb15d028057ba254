/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cash-desk-view.h: the Cash Desk section, for counter clerks. */

#pragma once

#include "hk-receipt-entry.h"
#include "hk-section.h"
#include "hk-shift-panel.h"

G_BEGIN_DECLS

#define HK_TYPE_CASH_DESK_VIEW (hk_cash_desk_view_get_type ())

G_DECLARE_FINAL_TYPE (HkCashDeskView, hk_cash_desk_view, HK, CASH_DESK_VIEW, HkSection)

HkShiftPanel   *hk_cash_desk_view_get_shift_panel    (HkCashDeskView *self);
HkReceiptEntry *hk_cash_desk_view_get_receipt_entry  (HkCashDeskView *self);
GListModel     *hk_cash_desk_view_get_receipts       (HkCashDeskView *self);
gboolean        hk_cash_desk_view_select_receipt     (HkCashDeskView *self,
                                                      const char     *full_number);
void            hk_cash_desk_view_refresh            (HkCashDeskView *self);

gboolean hk_cash_desk_view_save_pdf (HkCashDeskView  *self,
                                     gint64           receipt_id,
                                     GFile           *file,
                                     GError         **error);

G_END_DECLS
