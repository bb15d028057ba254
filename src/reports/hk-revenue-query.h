/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-revenue-query.h: every SQL query of the report builders: the period's sums by day and
 * clerk, the unsigned days, the names, and the journal's entries.
 *
 * The sums come from the running sums of migration 0003 (revenue_days, revenue_items,
 * revenue_methods), which triggers keep equal to the sums of the receipts; each query reads a
 * range of business days through the primary key, so a month costs a few thousand rows
 * whatever the size of the file. Only the journal reads the receipts themselves.
 *
 * Every function reads through the one connection it is given: on a worker thread, give it
 * that thread's own HkDatabase (HkDatabase opens SQLite with SQLITE_OPEN_NOMUTEX, so one
 * connection must not be used by two threads at once).
 */

#pragma once

#include <gio/gio.h>

#include "core/hk-database.h"
#include "core/hk-fee-item.h"
#include "core/hk-period.h"
#include "core/hk-shift.h"

G_BEGIN_DECLS

/* What valid receipts add up to, for one clerk on one day or for any sum of such cells.
 * "Valid" is issued and not voided; a red-letter receipt is valid and counts negative. */
typedef struct
{
  gint64 n_receipts;                          /* valid receipts that are not red-letter ones */
  gint64 n_void;                              /* voided receipts */
  gint64 n_corrections;                       /* valid red-letter receipts */
  gint64 revenue;                             /* fen: the valid receipts' totals */
  gint64 by_category[HK_N_FEE_CATEGORIES];    /* fen, from the lines */
  gint64 by_method[HK_N_PAYMENT_METHODS];     /* fen, from the payments */
  gint64 n_payments[HK_N_PAYMENT_METHODS];    /* red-letter payments count −1 */
  /* Volumes (量): the quantities on the valid receipts' lines; a red-letter line takes back. */
  gint64 sim_cards;                           /* lines of the SIM card category */
  gint64 value_cards;                         /* lines of the value card category */
  gint64 handsets;                            /* lines of the handset category */
  gint64 top_ups;                             /* lines of a top-up fee item */
  gint64 top_up_amount;                       /* fen, of those lines */
} HkRevenueSums;

void         hk_revenue_sums_add            (HkRevenueSums        *sums,
                                             const HkRevenueSums  *other);

/* A top-up (充值) is money put on a customer's phone account: a fee item of the service
 * category whose name says 充值 or "top-up" / "top up" (in any case), as the tariff names them
 * (话费充值 50元). Value cards (有价卡) are cards sold, not top-ups. */
gboolean     hk_revenue_is_top_up           (HkFeeCategory         category,
                                             const char           *name);

typedef struct _HkRevenue HkRevenue;

/* The sums of @period, for every day of the period and every clerk with a receipt in it. */
HkRevenue   *hk_revenue_query               (HkDatabase           *database,
                                             const HkPeriod       *period,
                                             GCancellable         *cancellable,
                                             GError              **error);
void         hk_revenue_free                (HkRevenue            *self);

const HkPeriod *hk_revenue_get_period       (HkRevenue            *self);
guint        hk_revenue_get_n_days          (HkRevenue            *self);
const char  *hk_revenue_get_day             (HkRevenue            *self,
                                             guint                 index);
/* The clerks with a receipt (issued or void) in the period, by login. */
guint        hk_revenue_get_n_clerks        (HkRevenue            *self);
gint64       hk_revenue_get_clerk_id        (HkRevenue            *self,
                                             guint                 index);
/* The index of a clerk, or -1. */
int          hk_revenue_find_clerk          (HkRevenue            *self,
                                             gint64                clerk_id);

#define HK_REVENUE_ALL G_MAXUINT

/* Adds up the days @first_day to @first_day + @n_days − 1 (indexes into the period's days)
 * for @clerk, or for every clerk with HK_REVENUE_ALL. */
void         hk_revenue_sum                 (HkRevenue            *self,
                                             guint                 first_day,
                                             guint                 n_days,
                                             guint                 clerk,
                                             HkRevenueSums        *sums);
void         hk_revenue_sum_all             (HkRevenue            *self,
                                             HkRevenueSums        *sums);

/* Operators by id: login and display name. */
typedef struct
{
  gint64  id;
  char   *login;
  char   *display_name;
} HkRevenueOperator;

GHashTable  *hk_revenue_query_operators     (HkDatabase           *database,
                                             GError              **error);

/* A clerk's day in the period with a receipt, a shift or a daily report, whose daily report is
 * not signed. */
typedef struct
{
  char   *day;
  gint64  clerk_id;
} HkRevenueUnsigned;

GArray      *hk_revenue_query_unsigned      (HkDatabase           *database,
                                             const HkPeriod       *period,
                                             GError              **error);

/* The journal (日记帐).
 *
 * Cash on hand (库存现金) is the cash the counters took that is not yet deposited at the bank:
 * the cash paid on receipts, less the cash given back for voids and red-letter receipts,
 * corrected by each shift's count at its close (counted − expected: a shortfall lowers it, a
 * surplus raises it), less the bank deposits the auditor entered from the bank deposit receipts.
 * Floats and cash moved between a drawer and the safe stay in the hall and do not change it;
 * they are listed all the same. A day imported from the business platform has no shift and no
 * count: its receipts' cash counts as taken. */
typedef enum
{
  HK_JOURNAL_RECEIPT,        /* a receipt issued (it may have been voided later) */
  HK_JOURNAL_RED_LETTER,     /* a red-letter receipt: negative amounts */
  HK_JOURNAL_VOID,           /* a receipt voided */
  HK_JOURNAL_CASH_MOVEMENT,  /* cash into (+) or out of (−) a drawer during a shift */
  HK_JOURNAL_SHIFT_COUNT,    /* a shift closed: its count and difference */
  HK_JOURNAL_BANK_DEPOSIT,   /* a clerk's day banked: at the end of its business day */
} HkJournalEntryKind;

typedef struct
{
  HkJournalEntryKind  kind;
  char               *day;          /* the business day */
  gint64              at;           /* Unix seconds; 0 for a bank deposit */
  gint64              clerk_id;
  char               *document;     /* receipt number; movement reason; bank and slip number */
  char               *reference;    /* a red-letter's original receipt number; else NULL */
  gint64              amount;       /* receipt total; −total of a void; movement; counted −
                                     * expected; amount deposited */
  gint64              counted;      /* a count: the cash counted and expected */
  gint64              expected;
  gint64              cash;         /* what it does to cash on hand */
  /* A receipt's or a void's payments, by method (a void's negative); the bit 1 << method
   * is set in @methods for each method paid with. */
  guint               methods;
  gint64              by_method[HK_N_PAYMENT_METHODS];
  char               *cheque_no;    /* the cheques' numbers, ", " between them */
} HkJournalEntry;

/* Cash on hand at the start of the period's first day. */
gboolean     hk_revenue_query_cash_brought_forward (HkDatabase      *database,
                                                    const HkPeriod  *period,
                                                    gint64          *cash,
                                                    GError         **error);
/* Every entry of the period in time order (by business day, then time; a day's bank deposits
 * last): an array of HkJournalEntry with their strings. */
GArray      *hk_revenue_query_journal       (HkDatabase           *database,
                                             const HkPeriod       *period,
                                             GCancellable         *cancellable,
                                             GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkRevenue, hk_revenue_free)

G_END_DECLS
