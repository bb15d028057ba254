/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-statement-line.h: one line of an imported bank statement, and what it is matched to. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_BANK_STATEMENT_LINE (hk_bank_statement_line_get_type ())

G_DECLARE_FINAL_TYPE (HkBankStatementLine, hk_bank_statement_line, HK, BANK_STATEMENT_LINE,
                      GObject)

gint64       hk_bank_statement_line_get_id            (HkBankStatementLine *self);
gint64       hk_bank_statement_line_get_statement_id  (HkBankStatementLine *self);
guint        hk_bank_statement_line_get_line_no       (HkBankStatementLine *self);
const char  *hk_bank_statement_line_get_value_day     (HkBankStatementLine *self);
const char  *hk_bank_statement_line_get_reference     (HkBankStatementLine *self);
const char  *hk_bank_statement_line_get_description   (HkBankStatementLine *self);
gint64       hk_bank_statement_line_get_amount        (HkBankStatementLine *self);
gint64       hk_bank_statement_line_get_balance       (HkBankStatementLine *self);
gint64       hk_bank_statement_line_get_deposit_id    (HkBankStatementLine *self);
gint64       hk_bank_statement_line_get_cheque_id     (HkBankStatementLine *self);
gboolean     hk_bank_statement_line_is_matched        (HkBankStatementLine *self);
gboolean     hk_bank_statement_line_is_automatic      (HkBankStatementLine *self);

G_END_DECLS
