/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-store.h: the auditor's bank work: deposits linked to daily reports, bank statements
 * imported from CSV, matching, and the reconciliation (对帐). */

#pragma once

#include <glib-object.h>

#include "hk-bank-deposit.h"
#include "hk-bank-statement-line.h"
#include "hk-daily-report-store.h"
#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"

G_BEGIN_DECLS

/* The header of a bank statement CSV file (docs/csv-formats.md, "Bank statements"). */
#define HK_BANK_STATEMENT_CSV_HEADER "value_date,reference,description,amount,balance"

/* A statement line and a deposit dated at most this many days apart are matched by the
 * automatic matching (the deposit first). */
#define HK_BANK_MATCH_WINDOW_DAYS 7

/* The bank receipt of a deposit, as the auditor enters it. */
typedef struct
{
  const char *bank_name;
  const char *slip_no;
  const char *slip_date;
  gint64      amount;
  const char *note;       /* needed when the amount differs from what the deposit carries */
} HkBankDepositInput;

/* A daily report a deposit carries the cash takings of. */
typedef struct
{
  gint64      clerk_id;
  const char *day;
} HkBankDepositReport;

/* One daily report carried by a deposit, as recorded. */
typedef struct
{
  gint64  clerk_id;
  char   *day;
  gint64  takings;
} HkBankDepositShare;

#define HK_TYPE_BANK_DEPOSIT_SHARE (hk_bank_deposit_share_get_type ())
GType               hk_bank_deposit_share_get_type (void) G_GNUC_CONST;
HkBankDepositShare *hk_bank_deposit_share_copy     (const HkBankDepositShare *self);
void                hk_bank_deposit_share_free     (HkBankDepositShare       *self);

typedef struct
{
  gint64  statement_id;
  guint   n_lines;
  char   *first_day;
  char   *last_day;
  gint64  opening_balance;
  gint64  closing_balance;
} HkBankStatementImport;

void hk_bank_statement_import_clear (HkBankStatementImport *result);

/* One item of a reconciliation: a book entry in transit, or a statement line unmatched. */
typedef struct
{
  char   *day;
  char   *reference;      /* the slip or cheque number; the statement's reference */
  char   *description;
  gint64  amount;         /* fen; a bounced cheque's debit is negative */
  gint64  deposit_id;
  gint64  cheque_id;
  gint64  line_id;
} HkBankReconciliationItem;

/**
 * HkBankReconciliation:
 * @day: the day reconciled, at its end
 * @opening_day: the book's opening day; entries and lines after it count
 * @opening_balance: the book's balance at the end of @opening_day
 * @book_balance: @opening_balance + the deposits − the bounced cheques' debits, after
 *   @opening_day up to @day
 * @in_transit: the book entries up to @day that no statement line up to @day matches
 * @unmatched: the statement lines up to @day that no book entry up to @day matches
 * @statement_balance: the statement's balance at the end of @day
 * @difference: @book_balance − @in_transit + @unmatched − @statement_balance; 0 when the
 *   reconciliation balances
 */
typedef struct
{
  char      *day;
  char      *opening_day;
  gint64     opening_balance;
  gint64     book_balance;
  gint64     in_transit;
  gint64     unmatched;
  gint64     statement_balance;
  gint64     difference;
  gboolean   has_statement;
  guint      n_matched;
  GPtrArray *in_transit_items;   /* HkBankReconciliationItem */
  GPtrArray *unmatched_items;    /* HkBankReconciliationItem */
} HkBankReconciliation;

void hk_bank_reconciliation_free (HkBankReconciliation *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkBankReconciliation, hk_bank_reconciliation_free)

#define HK_TYPE_BANK_STORE (hk_bank_store_get_type ())

G_DECLARE_FINAL_TYPE (HkBankStore, hk_bank_store, HK, BANK_STORE, GObject)

HkBankStore          *hk_bank_store_new                   (HkDatabase                 *database,
                                                           HkHallStore                *hall,
                                                           HkDailyReportStore         *reports);

/* Deposits. */
HkBankDeposit        *hk_bank_store_record_deposit        (HkBankStore                *self,
                                                           HkOperator                 *actor,
                                                           const HkBankDepositInput   *input,
                                                           const HkBankDepositReport  *reports,
                                                           guint                       n_reports,
                                                           const gint64               *cheque_ids,
                                                           guint                       n_cheques,
                                                           GError                    **error);
gboolean              hk_bank_store_record_from_reports   (HkBankStore                *self,
                                                           HkOperator                 *actor,
                                                           const char                 *first_day,
                                                           const char                 *last_day,
                                                           guint                      *n_recorded,
                                                           GError                    **error);
HkBankDeposit        *hk_bank_store_cancel_deposit        (HkBankStore                *self,
                                                           HkOperator                 *actor,
                                                           HkBankDeposit              *deposit,
                                                           const char                 *reason,
                                                           GError                    **error);
HkBankDeposit        *hk_bank_store_lookup_deposit        (HkBankStore                *self,
                                                           gint64                      deposit_id,
                                                           GError                    **error);
GPtrArray            *hk_bank_store_list_deposits         (HkBankStore                *self,
                                                           const char                 *first_day,
                                                           const char                 *last_day,
                                                           GError                    **error);
GPtrArray            *hk_bank_store_list_deposit_reports  (HkBankStore                *self,
                                                           gint64                      deposit_id,
                                                           GError                    **error);
GPtrArray            *hk_bank_store_list_undeposited      (HkBankStore                *self,
                                                           const char                 *first_day,
                                                           const char                 *last_day,
                                                           GError                    **error);

/* Statements and matching. */
gboolean              hk_bank_store_import_statement      (HkBankStore                *self,
                                                           HkOperator                 *actor,
                                                           const char                 *account,
                                                           const char                 *contents,
                                                           gsize                       length,
                                                           const char                 *source_name,
                                                           HkBankStatementImport      *result,
                                                           GError                    **error);
GPtrArray            *hk_bank_store_list_lines            (HkBankStore                *self,
                                                           const char                 *first_day,
                                                           const char                 *last_day,
                                                           gboolean                    unmatched,
                                                           GError                    **error);
HkBankStatementLine  *hk_bank_store_lookup_line           (HkBankStore                *self,
                                                           gint64                      line_id,
                                                           GError                    **error);
gboolean              hk_bank_store_auto_match            (HkBankStore                *self,
                                                           HkOperator                 *actor,
                                                           guint                      *n_matched,
                                                           GError                    **error);
gboolean              hk_bank_store_match                 (HkBankStore                *self,
                                                           HkOperator                 *actor,
                                                           gint64                      line_id,
                                                           gint64                      deposit_id,
                                                           gint64                      cheque_id,
                                                           GError                    **error);
gboolean              hk_bank_store_unmatch               (HkBankStore                *self,
                                                           HkOperator                 *actor,
                                                           gint64                      line_id,
                                                           GError                    **error);

/* The reconciliation. */
gboolean              hk_bank_store_set_book_opening      (HkBankStore                *self,
                                                           HkOperator                 *actor,
                                                           const char                 *day,
                                                           gint64                      balance,
                                                           GError                    **error);
HkBankReconciliation *hk_bank_store_reconcile             (HkBankStore                *self,
                                                           const char                 *day,
                                                           GError                    **error);

G_END_DECLS
