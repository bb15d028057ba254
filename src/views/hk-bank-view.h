/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-view.h: the Bank section: deposits, the statement reconciliation, the cheques. */

#pragma once

#include "hk-bank-reconciliation-page.h"
#include "hk-cheques-page.h"
#include "hk-section.h"

G_BEGIN_DECLS

#define HK_TYPE_BANK_VIEW (hk_bank_view_get_type ())

G_DECLARE_FINAL_TYPE (HkBankView, hk_bank_view, HK, BANK_VIEW, HkSection)

GListModel               *hk_bank_view_get_visible_model       (HkBankView *self);
gboolean                  hk_bank_view_select                  (HkBankView *self,
                                                                gint64      deposit_id);
const char               *hk_bank_view_get_detail              (HkBankView *self);
const char               *hk_bank_view_get_visible_page        (HkBankView *self);
void                      hk_bank_view_show_page               (HkBankView *self,
                                                                const char *page);
HkBankReconciliationPage *hk_bank_view_get_reconciliation_page (HkBankView *self);
HkChequesPage            *hk_bank_view_get_cheques_page        (HkBankView *self);

G_END_DECLS
