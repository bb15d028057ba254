/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-deposit.h: a bank deposit: the bank receipt (银行回单) of takings and cheques paid in. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_BANK_DEPOSIT (hk_bank_deposit_get_type ())

G_DECLARE_FINAL_TYPE (HkBankDeposit, hk_bank_deposit, HK, BANK_DEPOSIT, GObject)

gint64       hk_bank_deposit_get_id             (HkBankDeposit *self);
const char  *hk_bank_deposit_get_bank_name      (HkBankDeposit *self);
const char  *hk_bank_deposit_get_slip_no        (HkBankDeposit *self);
const char  *hk_bank_deposit_get_slip_date      (HkBankDeposit *self);
gint64       hk_bank_deposit_get_amount         (HkBankDeposit *self);
gint64       hk_bank_deposit_get_covered        (HkBankDeposit *self);
const char  *hk_bank_deposit_get_note           (HkBankDeposit *self);
gint64       hk_bank_deposit_get_recorded_at    (HkBankDeposit *self);
gint64       hk_bank_deposit_get_recorded_by    (HkBankDeposit *self);
gboolean     hk_bank_deposit_is_cancelled       (HkBankDeposit *self);
const char  *hk_bank_deposit_get_cancel_reason  (HkBankDeposit *self);
guint        hk_bank_deposit_get_n_reports      (HkBankDeposit *self);
guint        hk_bank_deposit_get_n_cheques      (HkBankDeposit *self);
gint64       hk_bank_deposit_get_line_id        (HkBankDeposit *self);

G_END_DECLS
