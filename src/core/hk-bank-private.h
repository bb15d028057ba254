/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-private.h: how the bank and cheque stores build their items, and the cheque details
 * that the receipt store records inside its own transaction. */

#pragma once

#include "hk-bank-deposit.h"
#include "hk-bank-statement-line.h"
#include "hk-cheque.h"
#include "hk-database.h"

G_BEGIN_DECLS

typedef struct
{
  gint64         id;
  gint64         receipt_id;
  char          *receipt_no;
  char          *cheque_no;
  char          *bank_name;
  char          *payer;
  gint64         amount;
  gint64         clerk_id;
  gint64         received_at;
  HkChequeState  state;
  gint64         state_at;
  gint64         endorsed_at;
  gint64         endorsed_by;
  char          *endorsee;
  gint64         deposit_id;
  gint64         cleared_at;
  gint64         bounced_at;
  char          *bounced_day;
  char          *bounce_reason;
  char          *deadline_day;
  gint64         resolved_at;
  char          *resolution;
  gboolean       overdue;
} HkChequeData;

HkCheque *hk_cheque_new_take (HkChequeData *data);

typedef struct
{
  gint64    id;
  char     *bank_name;
  char     *slip_no;
  char     *slip_date;
  gint64    amount;
  gint64    covered;
  char     *note;
  gint64    recorded_at;
  gint64    recorded_by;
  gint64    cancelled_at;
  char     *cancel_reason;
  guint     n_reports;
  guint     n_cheques;
  gint64    line_id;
} HkBankDepositData;

HkBankDeposit *hk_bank_deposit_new_take (HkBankDepositData *data);

typedef struct
{
  gint64    id;
  gint64    statement_id;
  guint     line_no;
  char     *value_day;
  char     *reference;
  char     *description;
  gint64    amount;
  gint64    balance;
  gint64    deposit_id;
  gint64    cheque_id;
  gboolean  automatic;
} HkBankStatementLineData;

HkBankStatementLine *hk_bank_statement_line_new_take (HkBankStatementLineData *data);

gboolean hk_cheque_register_receipts (HkDatabase  *database,
                                      gint64       first_receipt_id,
                                      gint64       last_receipt_id,
                                      GError     **error);
gboolean hk_cheque_record_details (HkDatabase  *database,
                                   gint64       receipt_id,
                                   guint        payment_seq,
                                   const char  *bank_name,
                                   const char  *payer,
                                   GError     **error);

G_END_DECLS
