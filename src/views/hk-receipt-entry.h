/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-entry.h: the cash desk's keyboard-driven form for one receipt. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_RECEIPT_ENTRY (hk_receipt_entry_get_type ())

G_DECLARE_FINAL_TYPE (HkReceiptEntry, hk_receipt_entry, HK, RECEIPT_ENTRY, AdwBin)

void        hk_receipt_entry_set_context   (HkReceiptEntry  *self,
                                            HkContext       *context);
void        hk_receipt_entry_set_blocker   (HkReceiptEntry  *self,
                                            const char      *blocker);
const char *hk_receipt_entry_get_problem   (HkReceiptEntry  *self);
GListModel *hk_receipt_entry_get_lines     (HkReceiptEntry  *self);
GListModel *hk_receipt_entry_get_matches   (HkReceiptEntry  *self);
gint64      hk_receipt_entry_get_total     (HkReceiptEntry  *self);
HkReceipt  *hk_receipt_entry_issue         (HkReceiptEntry  *self,
                                            GError         **error);
void        hk_receipt_entry_clear         (HkReceiptEntry  *self);
void        hk_receipt_entry_focus_search  (HkReceiptEntry  *self);

G_END_DECLS
