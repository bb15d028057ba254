/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-deposit-editor.h: recording a bank deposit from its bank receipt, with the daily
 * reports and cheques it carries. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_BANK_DEPOSIT_EDITOR (hk_bank_deposit_editor_get_type ())

G_DECLARE_FINAL_TYPE (HkBankDepositEditor, hk_bank_deposit_editor, HK, BANK_DEPOSIT_EDITOR,
                      AdwWindow)

HkBankDepositEditor *hk_bank_deposit_editor_new          (GtkWindow           *parent,
                                                          HkContext           *context,
                                                          gint64               cheque_id);
const char          *hk_bank_deposit_editor_get_problem  (HkBankDepositEditor *self);
gboolean             hk_bank_deposit_editor_choose_report (HkBankDepositEditor *self,
                                                           const char          *day,
                                                           gint64               clerk_id);

G_END_DECLS
