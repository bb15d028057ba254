/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-reconciliation-page.h: the Bank section's reconciliation (对帐): the bank statement's
 * lines, their matches, and the reconciliation at the end of a day. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_BANK_RECONCILIATION_PAGE (hk_bank_reconciliation_page_get_type ())

G_DECLARE_FINAL_TYPE (HkBankReconciliationPage, hk_bank_reconciliation_page, HK,
                      BANK_RECONCILIATION_PAGE, AdwBin)

HkBankReconciliationPage *hk_bank_reconciliation_page_new       (HkContext                *context);
void                  hk_bank_reconciliation_page_reload        (HkBankReconciliationPage *self);
GListModel           *hk_bank_reconciliation_page_get_visible_model
                                                                (HkBankReconciliationPage *self);
gboolean              hk_bank_reconciliation_page_select_line   (HkBankReconciliationPage *self,
                                                                 gint64                    line_id);
void                  hk_bank_reconciliation_page_set_day       (HkBankReconciliationPage *self,
                                                                 const char               *day);
void                  hk_bank_reconciliation_page_set_show_all  (HkBankReconciliationPage *self,
                                                                 gboolean                  all);
HkBankReconciliation *hk_bank_reconciliation_page_get_reconciliation
                                                                (HkBankReconciliationPage *self);
void                  hk_bank_reconciliation_page_import_file   (HkBankReconciliationPage *self,
                                                                 GFile                    *file);
void                  hk_bank_reconciliation_page_export_file   (HkBankReconciliationPage *self,
                                                                 GFile                    *file);
guint                 hk_bank_reconciliation_page_get_n_running (void);

G_END_DECLS
