/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-store.c: the auditor's bank work: deposits linked to daily reports, bank statements
 * imported from CSV, matching, and the reconciliation (对帐).
 *
 * The clerk's daily report already holds a bank receipt (银行回单) that the auditor entered:
 * bank, slip number, date and amount, that day's cash taken to the bank. A deposit is the
 * bank's side of such a slip: one slip may carry several daily reports (several clerks, or
 * several days) and the cheques endorsed to the bank, so the deposit links to them rather
 * than copying them:
 * - hk_bank_store_record_from_reports() makes the deposits from the slips the daily reports
 *   name, one per slip; hk_bank_store_record_deposit() records a slip by hand, for daily
 *   reports whose check is not entered yet or for cheques;
 * - a daily report is carried by one deposit at most; when its own check names a slip, the
 *   deposit must be that slip (and the schema refuses to change the report's slip away from
 *   its deposit's later);
 * - what a deposit carries (the reports' cash takings, computed as the daily report computes
 *   them, and the cheques) is kept as @covered; a slip of another amount needs a note.
 *
 * The bank statement is imported from the bank's CSV file (docs/csv-formats.md): all or
 * nothing, each line's balance following from the one before, each file continuing the last.
 * Its lines are matched to the book's entries (deposits, and the bank's debits of bounced
 * cheques): automatically by equal amount within HK_BANK_MATCH_WINDOW_DAYS days (the slip
 * number in the line's reference first), or by hand; equal amounts only.
 *
 * The reconciliation at the end of a day: book balance − deposits in transit + unmatched
 * statement lines = statement balance, to the fen; the difference is shown when it is not 0.
 * The book's opening balance is the auditor's (hk_bank_store_set_book_opening()), or else
 * the first imported statement's opening balance on the day before its first line.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-audit-log.h"
#include "hk-bank-private.h"
#include "hk-bank-store.h"
#include "hk-csv-reader.h"
#include "hk-error.h"
#include "hk-money.h"
#include "hk-permission.h"
#include "hk-transaction.h"

#define TEXT_MAX_LENGTH 200
#define AMOUNT_MAX ((gint64)100000000000)
#define STATEMENT_MAX_LINES 100000
#define OPENING_DAY_SETTING "bank-book-opening-day"
#define OPENING_BALANCE_SETTING "bank-book-opening-balance"

struct _HkBankStore
{
  GObject             parent_instance;
  HkDatabase         *database;
  HkHallStore        *hall;
  HkDailyReportStore *reports;
};

G_DEFINE_FINAL_TYPE (HkBankStore, hk_bank_store, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (HkBankDepositShare, hk_bank_deposit_share, hk_bank_deposit_share_copy,
                     hk_bank_deposit_share_free)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define DEPOSIT_COLUMNS \
  "d.id, d.bank_name, d.slip_no, d.slip_date, d.amount, d.covered, d.note, d.recorded_at," \
  " d.recorded_by, coalesce (d.cancelled_at, 0), d.cancel_reason," \
  " (SELECT count (*) FROM bank_deposit_reports l WHERE l.deposit_id = d.id)," \
  " (SELECT count (*) FROM cheques c WHERE c.deposit_id = d.id)," \
  " coalesce ((SELECT m.line_id FROM bank_matches m WHERE m.deposit_id = d.id), 0)"

#define LINE_COLUMNS \
  "l.id, l.statement_id, l.line_no, l.value_day, l.reference, l.description, l.amount," \
  " l.balance, coalesce (m.deposit_id, 0), coalesce (m.cheque_id, 0), coalesce (m.automatic, 0)"

#define LINE_FROM " FROM bank_statement_lines l LEFT JOIN bank_matches m ON m.line_id = l.id"

/* ---- small values ---- */

HkBankDepositShare *
hk_bank_deposit_share_copy (const HkBankDepositShare *self)
{
  HkBankDepositShare *copy = g_memdup2 (self, sizeof *self);

  copy->day = g_strdup (self->day);
  return copy;
}

void
hk_bank_deposit_share_free (HkBankDepositShare *self)
{
  if (self == NULL)
    return;

  g_free (self->day);
  g_free (self);
}

void
hk_bank_statement_import_clear (HkBankStatementImport *result)
{
  g_clear_pointer (&result->first_day, g_free);
  g_clear_pointer (&result->last_day, g_free);
}

static void
reconciliation_item_free (HkBankReconciliationItem *item)
{
  g_free (item->day);
  g_free (item->reference);
  g_free (item->description);
  g_free (item);
}

void
hk_bank_reconciliation_free (HkBankReconciliation *self)
{
  if (self == NULL)
    return;

  g_free (self->day);
  g_free (self->opening_day);
  g_clear_pointer (&self->in_transit_items, g_ptr_array_unref);
  g_clear_pointer (&self->unmatched_items, g_ptr_array_unref);
  g_free (self);
}

static char *
clean_text (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* The Julian day of "YYYY-MM-DD", or 0. */
static guint32
julian_of (const char *day)
{
  int year, month, mday;
  GDate date;

  if (day == NULL || sscanf (day, "%4d-%2d-%2d", &year, &month, &mday) != 3 ||
      !g_date_valid_dmy (mday, month, year))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);

  return g_date_get_julian (&date);
}

static char *
day_before (const char *day)
{
  guint32 julian = julian_of (day);
  GDate date;
  char out[16];

  if (julian <= 1)
    return g_strdup ("0000-00-00");

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian - 1);
  g_date_strftime (out, sizeof out, "%Y-%m-%d", &date);

  return g_strdup (out);
}

static gboolean
run_stmt (HkStatement  *stmt,
          GError      **error)
{
  return hk_statement_run (stmt, error);
}

static void
emit_changed (HkBankStore *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ---- the store ---- */

static void
hk_bank_store_finalize (GObject *object)
{
  HkBankStore *self = (HkBankStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->hall);
  g_clear_object (&self->reports);

  G_OBJECT_CLASS (hk_bank_store_parent_class)->finalize (object);
}

static void
hk_bank_store_class_init (HkBankStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_bank_store_finalize;

  /**
   * HkBankStore::changed:
   *
   * Emitted after each write of the store (deposits, statements, matches, the opening).
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hk_bank_store_init (HkBankStore *self)
{
}

HkBankStore *
hk_bank_store_new (HkDatabase         *database,
                   HkHallStore        *hall,
                   HkDailyReportStore *reports)
{
  HkBankStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);
  g_return_val_if_fail (HK_IS_DAILY_REPORT_STORE (reports), NULL);

  self = g_object_new (HK_TYPE_BANK_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);
  self->reports = g_object_ref (reports);

  return self;
}

/* ---- deposits ---- */

static HkBankDeposit *
deposit_from_row (HkStatement *stmt)
{
  HkBankDepositData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.bank_name = hk_statement_dup_text (stmt, 1);
  data.slip_no = hk_statement_dup_text (stmt, 2);
  data.slip_date = hk_statement_dup_text (stmt, 3);
  data.amount = hk_statement_get_int64 (stmt, 4);
  data.covered = hk_statement_get_int64 (stmt, 5);
  data.note = hk_statement_dup_text (stmt, 6);
  data.recorded_at = hk_statement_get_int64 (stmt, 7);
  data.recorded_by = hk_statement_get_int64 (stmt, 8);
  data.cancelled_at = hk_statement_get_int64 (stmt, 9);
  data.cancel_reason = hk_statement_dup_text (stmt, 10);
  data.n_reports = (guint)hk_statement_get_int64 (stmt, 11);
  data.n_cheques = (guint)hk_statement_get_int64 (stmt, 12);
  data.line_id = hk_statement_get_int64 (stmt, 13);

  return hk_bank_deposit_new_take (&data);
}

HkBankDeposit *
hk_bank_store_lookup_deposit (HkBankStore  *self,
                              gint64        deposit_id,
                              GError      **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " DEPOSIT_COLUMNS " FROM bank_deposits d"
                                    " WHERE d.id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, deposit_id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no bank deposit number %lld."), (long long)deposit_id);
      return NULL;
    }

  return deposit_from_row (stmt);
}

/**
 * hk_bank_store_list_deposits:
 *
 * Returns: (transfer full) (element-type HkBankDeposit): the deposits whose slips are dated
 *   in the days, cancelled ones too, in order
 */
GPtrArray *
hk_bank_store_list_deposits (HkBankStore  *self,
                             const char   *first_day,
                             const char   *last_day,
                             GError      **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " DEPOSIT_COLUMNS " FROM bank_deposits d"
                                    " WHERE d.slip_date BETWEEN ?1 AND ?2"
                                    " ORDER BY d.slip_date, d.id", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, first_day);
  hk_statement_bind_text (stmt, 2, last_day);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (list, deposit_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

static GPtrArray *
read_shares (HkStatement  *stmt,
             GError      **error)
{
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_bank_deposit_share_free);
  GError *local_error = NULL;

  while (hk_statement_step (stmt, &local_error))
    {
      HkBankDepositShare *share = g_new0 (HkBankDepositShare, 1);

      share->clerk_id = hk_statement_get_int64 (stmt, 0);
      share->day = hk_statement_dup_text (stmt, 1);
      share->takings = hk_statement_get_int64 (stmt, 2);
      g_ptr_array_add (list, share);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

/**
 * hk_bank_store_list_deposit_reports:
 *
 * Returns: (transfer full) (element-type HkBankDepositShare): the daily reports a deposit
 *   carries, with their cash takings as recorded
 */
GPtrArray *
hk_bank_store_list_deposit_reports (HkBankStore  *self,
                                    gint64        deposit_id,
                                    GError      **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT clerk_id, business_day, takings"
                                    " FROM bank_deposit_reports WHERE deposit_id = ?1"
                                    " ORDER BY business_day, clerk_id", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, deposit_id);

  return read_shares (stmt, error);
}

/* The cash takings of a submitted daily report, as the daily report computes them. */
static gboolean
report_takings (HkBankStore  *self,
                gint64        clerk_id,
                const char   *day,
                gint64       *takings,
                GError      **error)
{
  g_autoptr(HkDailyReport) report = NULL;

  if (!(report = hk_daily_report_store_compute (self->reports, clerk_id, day, error)))
    return FALSE;

  *takings = hk_daily_report_get_cash_takings (report);

  return TRUE;
}

/**
 * hk_bank_store_list_undeposited:
 *
 * Returns: (transfer full) (element-type HkBankDepositShare): the submitted daily reports of
 *   the days with cash takings that no deposit carries yet: the takings not yet banked
 */
GPtrArray *
hk_bank_store_list_undeposited (HkBankStore  *self,
                                const char   *first_day,
                                const char   *last_day,
                                GError      **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) shares = NULL;
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_bank_deposit_share_free);

  g_return_val_if_fail (HK_IS_BANK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT d.clerk_id, d.business_day, 0 FROM daily_reports d"
                                    " WHERE d.business_day BETWEEN ?1 AND ?2"
                                    "  AND d.submitted_at IS NOT NULL"
                                    "  AND NOT EXISTS (SELECT 1 FROM bank_deposit_reports l"
                                    "    WHERE l.clerk_id = d.clerk_id"
                                    "    AND l.business_day = d.business_day AND l.active = 1)"
                                    " ORDER BY d.business_day, d.clerk_id", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, first_day);
  hk_statement_bind_text (stmt, 2, last_day);

  if (!(shares = read_shares (stmt, error)))
    return NULL;

  for (guint i = 0; i < shares->len; i++)
    {
      HkBankDepositShare *share = g_ptr_array_index (shares, i);

      if (!report_takings (self, share->clerk_id, share->day, &share->takings, error))
        return NULL;
      if (share->takings > 0)
        g_ptr_array_add (list, hk_bank_deposit_share_copy (share));
    }

  return g_steal_pointer (&list);
}

static char *
clerk_login (HkDatabase *database,
             gint64      clerk_id)
{
  g_autoptr(HkStatement) stmt = NULL;

  stmt = hk_database_prepare (database, "SELECT login FROM operators WHERE id = ?1", NULL);
  if (stmt == NULL)
    return g_strdup ("?");

  hk_statement_bind_int64 (stmt, 1, clerk_id);
  if (!hk_statement_step (stmt, NULL))
    return g_strdup ("?");

  return hk_statement_dup_text (stmt, 0);
}

/* One daily report a new deposit carries: checked, with its takings. */
static gboolean
check_report (HkBankStore        *self,
              const char         *bank_name,
              const char         *slip_no,
              gint64              clerk_id,
              const char         *day,
              gint64             *takings,
              GError            **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *login = clerk_login (self->database, clerk_id);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT d.submitted_at IS NOT NULL, d.bank_name,"
                                    " d.bank_slip_no, (SELECT x.slip_no FROM bank_deposit_reports l"
                                    "   JOIN bank_deposits x ON x.id = l.deposit_id"
                                    "   WHERE l.clerk_id = d.clerk_id"
                                    "   AND l.business_day = d.business_day AND l.active = 1)"
                                    " FROM daily_reports d"
                                    " WHERE d.clerk_id = ?1 AND d.business_day = ?2", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, clerk_id);
  hk_statement_bind_text (stmt, 2, day);

  if (!hk_statement_step (stmt, NULL) || hk_statement_get_int64 (stmt, 0) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The daily report of %s for %s is not submitted: its takings are not "
                     "final."), login, day);
      return FALSE;
    }

  if (!hk_statement_is_null (stmt, 3))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The takings of %s for %s are carried by the deposit %s already."), login,
                   day, hk_statement_get_text (stmt, 3));
      return FALSE;
    }

  if (!hk_statement_is_null (stmt, 2) &&
      (g_strcmp0 (hk_statement_get_text (stmt, 1), bank_name) != 0 ||
       g_strcmp0 (hk_statement_get_text (stmt, 2), slip_no) != 0))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The daily report of %s for %s names the bank receipt %s of %s, not this "
                     "one."), login, day, hk_statement_get_text (stmt, 2),
                   hk_statement_get_text (stmt, 1));
      return FALSE;
    }

  if (!report_takings (self, clerk_id, day, takings, error))
    return FALSE;

  if (*takings <= 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The daily report of %s for %s has no cash takings to deposit."), login,
                   day);
      return FALSE;
    }

  return TRUE;
}

/* Inside a transaction: writes one deposit carrying @reports and @cheque_ids. */
static gboolean
insert_deposit (HkBankStore                *self,
                HkOperator                 *actor,
                const HkBankDepositInput   *input,
                const HkBankDepositReport  *reports,
                guint                       n_reports,
                const gint64               *cheque_ids,
                guint                       n_cheques,
                gint64                     *deposit_id,
                GError                    **error)
{
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkStatement) exists = NULL;
  g_autofree gint64 *takings = g_new0 (gint64, MAX (n_reports, 1));
  g_autofree char *bank = clean_text (input->bank_name);
  g_autofree char *slip = clean_text (input->slip_no);
  g_autofree char *note = clean_text (input->note);
  g_autofree char *today = NULL;
  g_autofree char *summary = NULL;
  gint64 covered = 0;
  gint64 now = hk_database_get_now (self->database);
  gint64 id;

  if (*bank == '\0' || *slip == '\0' || strlen (bank) > TEXT_MAX_LENGTH ||
      strlen (slip) > TEXT_MAX_LENGTH || strlen (note) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give the bank and the number of the bank deposit receipt."));
      return FALSE;
    }

  today = hk_hall_store_format_day (self->hall, now);
  if (input->slip_date == NULL || julian_of (input->slip_date) == 0 ||
      g_strcmp0 (input->slip_date, today) > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The date of the bank receipt is a day (YYYY-MM-DD), not later than "
                     "today."));
      return FALSE;
    }

  if (input->amount <= 0 || input->amount > AMOUNT_MAX)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The amount of the bank receipt is more than ¥0.00."));
      return FALSE;
    }

  if (n_reports + n_cheques == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A deposit carries the takings of at least one daily report, or a "
                     "cheque."));
      return FALSE;
    }

  if (!(exists = hk_database_prepare (self->database,
                                      "SELECT 1 FROM bank_deposits WHERE bank_name = ?1"
                                      " AND slip_no = ?2", error)))
    return FALSE;
  hk_statement_bind_text (exists, 1, bank);
  hk_statement_bind_text (exists, 2, slip);
  if (hk_statement_step (exists, NULL))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The bank receipt %s of %s is recorded already."), slip, bank);
      return FALSE;
    }

  for (guint i = 0; i < n_reports; i++)
    {
      for (guint j = 0; j < i; j++)
        if (reports[j].clerk_id == reports[i].clerk_id &&
            g_strcmp0 (reports[j].day, reports[i].day) == 0)
          {
            g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                         _("A daily report is named twice."));
            return FALSE;
          }

      if (!check_report (self, bank, slip, reports[i].clerk_id, reports[i].day, &takings[i],
                         error))
        return FALSE;
      covered += takings[i];
    }

  for (guint i = 0; i < n_cheques; i++)
    {
      g_autoptr(HkStatement) cheque = NULL;

      if (!(cheque = hk_database_prepare (self->database,
                                          "SELECT state, amount, cheque_no FROM cheques"
                                          " WHERE id = ?1", error)))
        return FALSE;
      hk_statement_bind_int64 (cheque, 1, cheque_ids[i]);
      if (!hk_statement_step (cheque, NULL))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND, _("There is no cheque number %lld."),
                       (long long)cheque_ids[i]);
          return FALSE;
        }
      if (!g_str_equal (hk_statement_get_text (cheque, 0), "endorsed"))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("Cheque %s is not endorsed, or is paid in already; a cheque is endorsed "
                         "to the bank before it is deposited."),
                       hk_statement_get_text (cheque, 2));
          return FALSE;
        }
      covered += hk_statement_get_int64 (cheque, 1);
    }

  if (input->amount != covered && *note == '\0')
    {
      g_autofree char *amount = hk_money_format (input->amount);
      g_autofree char *carried = hk_money_format (covered);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The bank receipt is for %s, but the takings and cheques it carries come "
                     "to %s; note why."), amount, carried);
      return FALSE;
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO bank_deposits (bank_name, slip_no, slip_date,"
                                      " amount, covered, note, recorded_at, recorded_by)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error)))
    return FALSE;

  hk_statement_bind_text (insert, 1, bank);
  hk_statement_bind_text (insert, 2, slip);
  hk_statement_bind_text (insert, 3, input->slip_date);
  hk_statement_bind_int64 (insert, 4, input->amount);
  hk_statement_bind_int64 (insert, 5, covered);
  hk_statement_bind_text (insert, 6, *note != '\0' ? note : NULL);
  hk_statement_bind_int64 (insert, 7, now);
  hk_statement_bind_int64 (insert, 8, hk_operator_get_id (actor));

  if (!run_stmt (insert, error))
    return FALSE;

  id = hk_database_get_last_insert_id (self->database);

  for (guint i = 0; i < n_reports; i++)
    {
      g_autoptr(HkStatement) link = NULL;

      if (!(link = hk_database_prepare (self->database,
                                        "INSERT INTO bank_deposit_reports (deposit_id, clerk_id,"
                                        " business_day, takings) VALUES (?1, ?2, ?3, ?4)", error)))
        return FALSE;
      hk_statement_bind_int64 (link, 1, id);
      hk_statement_bind_int64 (link, 2, reports[i].clerk_id);
      hk_statement_bind_text (link, 3, reports[i].day);
      hk_statement_bind_int64 (link, 4, takings[i]);
      if (!run_stmt (link, error))
        return FALSE;
    }

  for (guint i = 0; i < n_cheques; i++)
    {
      g_autoptr(HkStatement) update = NULL;

      if (!(update = hk_database_prepare (self->database,
                                          "UPDATE cheques SET state = 'deposited', deposit_id = ?2,"
                                          " state_at = ?3 WHERE id = ?1", error)))
        return FALSE;
      hk_statement_bind_int64 (update, 1, cheque_ids[i]);
      hk_statement_bind_int64 (update, 2, id);
      hk_statement_bind_int64 (update, 3, now);
      if (!run_stmt (update, error))
        return FALSE;
    }

  summary = g_strdup_printf ("recorded bank deposit %s of %s dated %s: %lld fen, carrying %u "
                             "daily reports and %u cheques (%lld fen)%s%s", slip, bank,
                             input->slip_date, (long long)input->amount, n_reports, n_cheques,
                             (long long)covered, *note != '\0' ? ": " : "", note);

  if (!hk_audit_log_append (self->database, actor, "bank-deposit-recorded", "bank-deposit", id,
                            summary, error))
    return FALSE;

  *deposit_id = id;

  return TRUE;
}

/**
 * hk_bank_store_record_deposit:
 * @actor: an auditor
 * @input: the bank receipt
 * @reports: (array length=n_reports): the submitted daily reports whose cash it carries
 * @cheque_ids: (array length=n_cheques): the cheques, endorsed to the bank, paid in with it
 *
 * Records a bank deposit by hand. Each daily report is carried by one deposit at most, and
 * when its check names a bank receipt it is this one; the cheques become deposited.
 */
HkBankDeposit *
hk_bank_store_record_deposit (HkBankStore                *self,
                              HkOperator                 *actor,
                              const HkBankDepositInput   *input,
                              const HkBankDepositReport  *reports,
                              guint                       n_reports,
                              const gint64               *cheque_ids,
                              guint                       n_cheques,
                              GError                    **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  gint64 id = 0;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), NULL);
  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (reports != NULL || n_reports == 0, NULL);
  g_return_val_if_fail (cheque_ids != NULL || n_cheques == 0, NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Recording a bank deposit"), error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !insert_deposit (self, actor, input, reports, n_reports, cheque_ids, n_cheques, &id, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return hk_bank_store_lookup_deposit (self, id, error);
}

/**
 * hk_bank_store_record_from_reports:
 * @n_recorded: (out) (optional): how many deposits were recorded
 *
 * Records a deposit for every bank receipt that the checked daily reports of the days name
 * and no deposit records yet: one deposit per slip, carrying every report that names it, for
 * the sum of the amounts the reports give. A slip recorded already is left as it is.
 */
gboolean
hk_bank_store_record_from_reports (HkBankStore  *self,
                                   HkOperator   *actor,
                                   const char   *first_day,
                                   const char   *last_day,
                                   guint        *n_recorded,
                                   GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  GError *local_error = NULL;
  guint n = 0;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Recording a bank deposit"), error))
    return FALSE;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(stmt = hk_database_prepare (self->database,
                                    "SELECT d.clerk_id, d.business_day, d.bank_name,"
                                    " d.bank_slip_no, coalesce (d.bank_slip_date, d.business_day),"
                                    " d.bank_amount FROM daily_reports d"
                                    " WHERE d.business_day BETWEEN ?1 AND ?2"
                                    "  AND d.submitted_at IS NOT NULL"
                                    "  AND d.bank_slip_no IS NOT NULL AND d.bank_amount > 0"
                                    "  AND NOT EXISTS (SELECT 1 FROM bank_deposit_reports l"
                                    "    WHERE l.clerk_id = d.clerk_id"
                                    "    AND l.business_day = d.business_day AND l.active = 1)"
                                    "  AND NOT EXISTS (SELECT 1 FROM bank_deposits x"
                                    "    WHERE x.bank_name = d.bank_name"
                                    "    AND x.slip_no = d.bank_slip_no)"
                                    " ORDER BY d.bank_name, d.bank_slip_no, d.business_day,"
                                    "  d.clerk_id", error)))
    return FALSE;

  hk_statement_bind_text (stmt, 1, first_day);
  hk_statement_bind_text (stmt, 2, last_day);

  /* Read first, write after: the rows are the slips as they were before this call. */
  while (hk_statement_step (stmt, &local_error))
    {
      GStrv row = g_new0 (char *, 7);

      for (int c = 0; c < 6; c++)
        row[c] = hk_statement_dup_text (stmt, c);
      g_ptr_array_add (rows, row);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  /* A slip's reports follow each other: each run of rows of one slip is one deposit. */
  for (guint first = 0; first < rows->len;)
    {
      GStrv head = g_ptr_array_index (rows, first);
      g_autoptr(GArray) keys = g_array_new (FALSE, TRUE, sizeof (HkBankDepositReport));
      HkBankDepositInput input = { head[2], head[3], head[4], 0, NULL };
      g_autoptr(HkStatement) tidy = NULL;
      gint64 id = 0;
      guint next = first;

      for (; next < rows->len; next++)
        {
          GStrv row = g_ptr_array_index (rows, next);
          HkBankDepositReport key = { g_ascii_strtoll (row[0], NULL, 10), row[1] };

          if (!g_str_equal (row[2], head[2]) || !g_str_equal (row[3], head[3]))
            break;

          g_array_append_val (keys, key);
          input.amount += g_ascii_strtoll (row[5], NULL, 10);
        }

      /* The note is kept only when the slip and the takings differ. */
      input.note = _("Recorded from the daily reports’ bank receipts; see their difference "
                     "notes.");
      if (!insert_deposit (self, actor, &input, (HkBankDepositReport *)(gpointer)keys->data,
                           keys->len, NULL, 0, &id, error) ||
          !(tidy = hk_database_prepare (self->database,
                                        "UPDATE bank_deposits SET note = NULL"
                                        " WHERE id = ?1 AND amount = covered", error)))
        return FALSE;

      hk_statement_bind_int64 (tidy, 1, id);
      if (!run_stmt (tidy, error))
        return FALSE;

      n++;
      first = next;
    }

  if (!hk_transaction_commit (tx, error))
    return FALSE;

  if (n_recorded != NULL)
    *n_recorded = n;

  if (n > 0)
    emit_changed (self);

  return TRUE;
}

/**
 * hk_bank_store_cancel_deposit:
 * @reason: why it was recorded by mistake
 *
 * The auditor cancels a deposit not matched to a statement line: its daily reports and
 * cheques are free for another deposit; the deposit stays, marked cancelled.
 */
HkBankDeposit *
hk_bank_store_cancel_deposit (HkBankStore    *self,
                              HkOperator     *actor,
                              HkBankDeposit  *deposit,
                              const char     *reason,
                              GError        **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkBankDeposit) current = NULL;
  g_autoptr(HkStatement) cancel = NULL;
  g_autoptr(HkStatement) links = NULL;
  g_autoptr(HkStatement) cheques = NULL;
  g_autofree char *why = clean_text (reason);
  g_autofree char *summary = NULL;
  gint64 now;
  gint64 id;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_BANK_DEPOSIT (deposit), NULL);

  id = hk_bank_deposit_get_id (deposit);
  if (!hk_permission_require_about (self->database, actor, HK_ROLE_AUDITOR,
                                    _("Cancelling a bank deposit"), "bank-deposit", id, error))
    return NULL;

  if (*why == '\0' || strlen (why) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give the reason the deposit is cancelled."));
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_bank_store_lookup_deposit (self, id, error)))
    return NULL;

  if (hk_bank_deposit_is_cancelled (current) || hk_bank_deposit_get_line_id (current) != 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The deposit %s is cancelled already, or matched to a statement line "
                     "(take the match back first)."), hk_bank_deposit_get_slip_no (current));
      return NULL;
    }

  now = hk_database_get_now (self->database);
  if (!(cancel = hk_database_prepare (self->database,
                                      "UPDATE bank_deposits SET cancelled_at = ?2,"
                                      " cancelled_by = ?3, cancel_reason = ?4 WHERE id = ?1",
                                      error)) ||
      !(links = hk_database_prepare (self->database,
                                     "UPDATE bank_deposit_reports SET active = 0"
                                     " WHERE deposit_id = ?1", error)) ||
      !(cheques = hk_database_prepare (self->database,
                                       "UPDATE cheques SET state = 'endorsed', deposit_id = NULL,"
                                       " state_at = ?2 WHERE deposit_id = ?1"
                                       " AND state = 'deposited'", error)))
    return NULL;

  hk_statement_bind_int64 (cancel, 1, id);
  hk_statement_bind_int64 (cancel, 2, now);
  hk_statement_bind_int64 (cancel, 3, hk_operator_get_id (actor));
  hk_statement_bind_text (cancel, 4, why);
  hk_statement_bind_int64 (links, 1, id);
  hk_statement_bind_int64 (cheques, 1, id);
  hk_statement_bind_int64 (cheques, 2, now);

  summary = g_strdup_printf ("cancelled bank deposit %s of %s: %s",
                             hk_bank_deposit_get_slip_no (current),
                             hk_bank_deposit_get_bank_name (current), why);

  if (!run_stmt (cancel, error) || !run_stmt (links, error) || !run_stmt (cheques, error) ||
      !hk_audit_log_append (self->database, actor, "bank-deposit-cancelled", "bank-deposit", id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return hk_bank_store_lookup_deposit (self, id, error);
}

/* ---- statements ---- */

typedef struct
{
  guint   line_no;
  char   *day;
  char   *reference;
  char   *description;
  gint64  amount;
  gint64  balance;
} ImportLine;

static void
import_line_clear (ImportLine *line)
{
  g_free (line->day);
  g_free (line->reference);
  g_free (line->description);
}

/* Reads and checks one row; the error has no line number yet. */
static gboolean
read_statement_row (HkBankStore  *self,
                    GStrv         fields,
                    const char   *today,
                    ImportLine   *previous,
                    ImportLine   *line,
                    GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_strv_length (fields) != 5)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A row has 5 fields, like the header; this one has %u."),
                   g_strv_length (fields));
      return FALSE;
    }

  if (strlen (fields[0]) != 10 || julian_of (fields[0]) == 0 ||
      !hk_hall_store_parse_day (self->hall, fields[0], NULL, NULL, NULL))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a value date: write it as YYYY-MM-DD."), fields[0]);
      return FALSE;
    }

  if (g_strcmp0 (fields[0], today) > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The value date %s is later than today."), fields[0]);
      return FALSE;
    }

  if (previous != NULL && g_strcmp0 (fields[0], previous->day) < 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The value date %s is before the line above it (%s): a statement is in "
                     "date order."), fields[0], previous->day);
      return FALSE;
    }

  if (!hk_money_parse_strict (fields[3], &line->amount, &local_error))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("amount: %s"), local_error->message);
      return FALSE;
    }

  if (line->amount == 0 || line->amount > AMOUNT_MAX || line->amount < -AMOUNT_MAX)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The amount is a credit (more than 0.00) or a debit (less than 0.00)."));
      return FALSE;
    }

  g_clear_error (&local_error);
  if (!hk_money_parse_strict (fields[4], &line->balance, &local_error))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("balance: %s"), local_error->message);
      return FALSE;
    }

  if (previous != NULL && previous->balance + line->amount != line->balance)
    {
      g_autofree char *before = hk_money_format_plain (previous->balance);
      g_autofree char *amount = hk_money_format_plain (line->amount);
      g_autofree char *expected = hk_money_format_plain (previous->balance + line->amount);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The balance %s does not follow from the balance above it: %s + %s = %s."),
                   fields[4], before, amount, expected);
      return FALSE;
    }

  line->day = g_strdup (fields[0]);
  line->reference = clean_text (fields[1]);
  line->description = clean_text (fields[2]);

  if (strlen (line->reference) > TEXT_MAX_LENGTH || strlen (line->description) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The reference and the description have at most %d characters."),
                   TEXT_MAX_LENGTH);
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_bank_store_import_statement:
 * @actor: an auditor
 * @account: (nullable): the account, as the statement names it
 * @contents: the CSV text (docs/csv-formats.md, "Bank statements")
 * @source_name: (nullable): the file's name, kept with the statement
 * @result: (out caller-allocates) (optional): what was imported; clear it with
 *   hk_bank_statement_import_clear()
 *
 * Imports a bank statement: all of it or nothing, every error naming its line. Its lines
 * continue the last imported statement: its opening balance is that statement's closing
 * balance and it starts no earlier than that statement ended.
 */
gboolean
hk_bank_store_import_statement (HkBankStore            *self,
                                HkOperator             *actor,
                                const char             *account,
                                const char             *contents,
                                gsize                   length,
                                const char             *source_name,
                                HkBankStatementImport  *result,
                                GError                **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkCsvReader) reader = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(HkStatement) last = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkStatement) insert_line = NULL;
  g_autofree char *today = NULL;
  g_autofree char *clean_account = clean_text (account);
  g_autofree char *summary = NULL;
  g_auto(GStrv) header = NULL;
  GError *local_error = NULL;
  ImportLine *first_line;
  ImportLine *last_line;
  gint64 opening;
  gint64 statement_id;
  guint line_no = 0;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Importing a bank statement"), error))
    return FALSE;

  today = hk_hall_store_format_day (self->hall, hk_database_get_now (self->database));
  reader = hk_csv_reader_new (contents != NULL ? contents : "", length);

  if (!(header = hk_csv_reader_next_row (reader, &line_no, &local_error)))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                     _("line 1: The file is empty; its first line is the header %s."),
                     HK_BANK_STATEMENT_CSV_HEADER);
      return FALSE;
    }

  {
    g_autofree char *joined = g_strjoinv (",", header);

    if (!g_str_equal (joined, HK_BANK_STATEMENT_CSV_HEADER))
      {
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                     _("The first line must be the header %s, exactly."),
                     HK_BANK_STATEMENT_CSV_HEADER);
        hk_csv_prefix_error_line (error, line_no);
        return FALSE;
      }
  }

  lines = g_array_new (FALSE, TRUE, sizeof (ImportLine));
  g_array_set_clear_func (lines, (GDestroyNotify)import_line_clear);

  for (;;)
    {
      g_auto(GStrv) fields = hk_csv_reader_next_row (reader, &line_no, &local_error);
      ImportLine line = { 0 };

      if (fields == NULL)
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, local_error);
              return FALSE;
            }
          break;
        }

      if (lines->len >= STATEMENT_MAX_LINES)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("A statement has at most %d lines."), STATEMENT_MAX_LINES);
          hk_csv_prefix_error_line (error, line_no);
          return FALSE;
        }

      line.line_no = line_no;
      if (!read_statement_row (self, fields, today,
                               lines->len > 0 ? &g_array_index (lines, ImportLine, lines->len - 1)
                                              : NULL,
                               &line, error))
        {
          import_line_clear (&line);
          hk_csv_prefix_error_line (error, line_no);
          return FALSE;
        }

      g_array_append_val (lines, line);
    }

  if (lines->len == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The file has no statement lines after its header."));
      return FALSE;
    }

  first_line = &g_array_index (lines, ImportLine, 0);
  last_line = &g_array_index (lines, ImportLine, lines->len - 1);
  opening = first_line->balance - first_line->amount;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(last = hk_database_prepare (self->database,
                                    "SELECT closing_balance, last_day FROM bank_statements"
                                    " ORDER BY id DESC LIMIT 1", error)))
    return FALSE;

  if (hk_statement_step (last, NULL))
    {
      gint64 closing = hk_statement_get_int64 (last, 0);
      const char *last_day = hk_statement_get_text (last, 1);

      if (closing != opening || g_strcmp0 (first_line->day, last_day) < 0)
        {
          g_autofree char *opens = hk_money_format_plain (opening);
          g_autofree char *closed = hk_money_format_plain (closing);

          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("This statement opens on %s at %s, but the last one imported closed on "
                         "%s at %s: a statement is missing between them, or this one was "
                         "imported already."), first_line->day, opens, last_day, closed);
          hk_csv_prefix_error_line (error, first_line->line_no);
          return FALSE;
        }
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO bank_statements (account, first_day, last_day,"
                                      " opening_balance, closing_balance, n_lines, source_name,"
                                      " imported_at, imported_by)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error)))
    return FALSE;

  hk_statement_bind_text (insert, 1, clean_account);
  hk_statement_bind_text (insert, 2, first_line->day);
  hk_statement_bind_text (insert, 3, last_line->day);
  hk_statement_bind_int64 (insert, 4, opening);
  hk_statement_bind_int64 (insert, 5, last_line->balance);
  hk_statement_bind_int64 (insert, 6, lines->len);
  hk_statement_bind_text (insert, 7, source_name != NULL ? source_name : "");
  hk_statement_bind_int64 (insert, 8, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 9, hk_operator_get_id (actor));

  if (!run_stmt (insert, error))
    return FALSE;

  statement_id = hk_database_get_last_insert_id (self->database);

  if (!(insert_line = hk_database_prepare (self->database,
                                           "INSERT INTO bank_statement_lines (statement_id,"
                                           " line_no, value_day, reference, description, amount,"
                                           " balance) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                           error)))
    return FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      ImportLine *line = &g_array_index (lines, ImportLine, i);

      hk_statement_reset (insert_line);
      hk_statement_bind_int64 (insert_line, 1, statement_id);
      hk_statement_bind_int64 (insert_line, 2, line->line_no);
      hk_statement_bind_text (insert_line, 3, line->day);
      hk_statement_bind_text (insert_line, 4, line->reference);
      hk_statement_bind_text (insert_line, 5, line->description);
      hk_statement_bind_int64 (insert_line, 6, line->amount);
      hk_statement_bind_int64 (insert_line, 7, line->balance);
      if (!run_stmt (insert_line, error))
        return FALSE;
    }

  summary = g_strdup_printf ("imported bank statement%s%s (%s): %u lines from %s to %s, opening "
                             "%lld fen, closing %lld fen",
                             *clean_account != '\0' ? " of " : "", clean_account,
                             source_name != NULL ? source_name : "", lines->len, first_line->day,
                             last_line->day, (long long)opening, (long long)last_line->balance);

  if (!hk_audit_log_append (self->database, actor, "bank-statement-imported", "bank-statement",
                            statement_id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  if (result != NULL)
    {
      result->statement_id = statement_id;
      result->n_lines = lines->len;
      result->first_day = g_strdup (first_line->day);
      result->last_day = g_strdup (last_line->day);
      result->opening_balance = opening;
      result->closing_balance = last_line->balance;
    }

  emit_changed (self);

  return TRUE;
}

static HkBankStatementLine *
line_from_row (HkStatement *stmt)
{
  HkBankStatementLineData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.statement_id = hk_statement_get_int64 (stmt, 1);
  data.line_no = (guint)hk_statement_get_int64 (stmt, 2);
  data.value_day = hk_statement_dup_text (stmt, 3);
  data.reference = hk_statement_dup_text (stmt, 4);
  data.description = hk_statement_dup_text (stmt, 5);
  data.amount = hk_statement_get_int64 (stmt, 6);
  data.balance = hk_statement_get_int64 (stmt, 7);
  data.deposit_id = hk_statement_get_int64 (stmt, 8);
  data.cheque_id = hk_statement_get_int64 (stmt, 9);
  data.automatic = hk_statement_get_int64 (stmt, 10) != 0;

  return hk_bank_statement_line_new_take (&data);
}

/**
 * hk_bank_store_list_lines:
 * @unmatched: only the lines not matched yet
 *
 * Returns: (transfer full) (element-type HkBankStatementLine): the statement lines with value
 *   dates in the days, in the statement's order
 */
GPtrArray *
hk_bank_store_list_lines (HkBankStore  *self,
                          const char   *first_day,
                          const char   *last_day,
                          gboolean      unmatched,
                          GError      **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " LINE_COLUMNS LINE_FROM
                                    " WHERE l.value_day BETWEEN ?1 AND ?2"
                                    "  AND (?3 = 0 OR m.line_id IS NULL)"
                                    " ORDER BY l.id", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, first_day);
  hk_statement_bind_text (stmt, 2, last_day);
  hk_statement_bind_int64 (stmt, 3, unmatched ? 1 : 0);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (list, line_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

HkBankStatementLine *
hk_bank_store_lookup_line (HkBankStore  *self,
                           gint64        line_id,
                           GError      **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " LINE_COLUMNS LINE_FROM " WHERE l.id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, line_id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no statement line number %lld."), (long long)line_id);
      return NULL;
    }

  return line_from_row (stmt);
}

/* ---- matching ---- */

/* A book entry not yet matched: a deposit, or a bounced cheque's debit. */
typedef struct
{
  gint64   deposit_id;
  gint64   cheque_id;
  char    *reference;
  guint32  julian;
  gint64   amount;
  gboolean taken;
} Entry;

static void
entry_clear (Entry *entry)
{
  g_free (entry->reference);
}

static GArray *
read_open_entries (HkBankStore  *self,
                   GError      **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_array_set_clear_func (entries, (GDestroyNotify)entry_clear);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT d.id, 0, d.slip_no, d.slip_date, d.amount"
                                    " FROM bank_deposits d WHERE d.cancelled_at IS NULL"
                                    "  AND NOT EXISTS (SELECT 1 FROM bank_matches m"
                                    "    WHERE m.deposit_id = d.id)"
                                    " UNION ALL"
                                    " SELECT 0, c.id, c.cheque_no, c.bounced_day, -c.amount"
                                    " FROM cheques c WHERE c.deposit_id IS NOT NULL"
                                    "  AND c.bounced_day IS NOT NULL"
                                    "  AND NOT EXISTS (SELECT 1 FROM bank_matches m"
                                    "    WHERE m.cheque_id = c.id)"
                                    " ORDER BY 4, 1, 2", error)))
    return NULL;

  while (hk_statement_step (stmt, &local_error))
    {
      Entry entry = {
        .deposit_id = hk_statement_get_int64 (stmt, 0),
        .cheque_id = hk_statement_get_int64 (stmt, 1),
        .reference = hk_statement_dup_text (stmt, 2),
        .julian = julian_of (hk_statement_get_text (stmt, 3)),
        .amount = hk_statement_get_int64 (stmt, 4),
      };

      g_array_append_val (entries, entry);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

static gboolean
insert_match (HkBankStore  *self,
              HkOperator   *actor,
              gint64        line_id,
              gint64        deposit_id,
              gint64        cheque_id,
              gboolean      automatic,
              GError      **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "INSERT INTO bank_matches (line_id, deposit_id, cheque_id,"
                                    " automatic, matched_at, matched_by)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, line_id);
  if (deposit_id != 0)
    hk_statement_bind_int64 (stmt, 2, deposit_id);
  else
    hk_statement_bind_null (stmt, 2);
  if (cheque_id != 0)
    hk_statement_bind_int64 (stmt, 3, cheque_id);
  else
    hk_statement_bind_null (stmt, 3);
  hk_statement_bind_int64 (stmt, 4, automatic ? 1 : 0);
  hk_statement_bind_int64 (stmt, 5, hk_database_get_now (self->database));
  hk_statement_bind_int64 (stmt, 6, hk_operator_get_id (actor));

  return run_stmt (stmt, error);
}

/* The open entry for @line: equal amount, dated from the window's days before the line to the
 * day after it; with @by_reference, only one whose slip or cheque number is in the line's
 * reference; else the latest such entry. -1 for none. */
static int
find_entry (GArray              *entries,
            HkBankStatementLine *line,
            gboolean             by_reference)
{
  guint32 julian = julian_of (hk_bank_statement_line_get_value_day (line));
  const char *reference = hk_bank_statement_line_get_reference (line);
  int best = -1;

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      if (entry->taken || entry->amount != hk_bank_statement_line_get_amount (line) ||
          entry->julian > julian + 1 || entry->julian + HK_BANK_MATCH_WINDOW_DAYS < julian)
        continue;

      if (by_reference &&
          (*entry->reference == '\0' || strstr (reference, entry->reference) == NULL))
        continue;

      if (best < 0 || entry->julian > g_array_index (entries, Entry, best).julian)
        best = (int)i;
    }

  return best;
}

/**
 * hk_bank_store_auto_match:
 * @n_matched: (out) (optional): how many lines were matched
 *
 * Matches the open statement lines to the open book entries of the same amount dated within
 * #HK_BANK_MATCH_WINDOW_DAYS days before the line: first those whose slip (or cheque) number
 * the line's reference names, then the rest, each with the latest entry that fits.
 */
gboolean
hk_bank_store_auto_match (HkBankStore  *self,
                          HkOperator   *actor,
                          guint        *n_matched,
                          GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree gboolean *done = NULL;
  g_autofree char *summary = NULL;
  guint n = 0;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Matching the bank statement"), error))
    return FALSE;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(entries = read_open_entries (self, error)) ||
      !(lines = hk_bank_store_list_lines (self, "0000-00-00", "9999-99-99", TRUE, error)))
    return FALSE;

  done = g_new0 (gboolean, MAX (lines->len, 1));

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < lines->len; i++)
      {
        HkBankStatementLine *line = g_ptr_array_index (lines, i);
        Entry *entry;
        int found;

        if (done[i] || (found = find_entry (entries, line, pass == 0)) < 0)
          continue;

        entry = &g_array_index (entries, Entry, found);
        if (!insert_match (self, actor, hk_bank_statement_line_get_id (line), entry->deposit_id,
                           entry->cheque_id, TRUE, error))
          return FALSE;

        entry->taken = TRUE;
        done[i] = TRUE;
        n++;
      }

  if (n > 0)
    {
      summary = g_strdup_printf ("matched %u bank statement lines automatically", n);
      if (!hk_audit_log_append (self->database, actor, "bank-lines-matched", "bank-statement", 0,
                                summary, error))
        return FALSE;
    }

  if (!hk_transaction_commit (tx, error))
    return FALSE;

  if (n_matched != NULL)
    *n_matched = n;

  if (n > 0)
    emit_changed (self);

  return TRUE;
}

/**
 * hk_bank_store_match:
 * @deposit_id: the deposit the line is, or 0
 * @cheque_id: the bounced cheque whose debit the line is, or 0
 *
 * The auditor matches a statement line by hand, to one deposit or bounced cheque of the same
 * amount that nothing matches yet.
 */
gboolean
hk_bank_store_match (HkBankStore  *self,
                     HkOperator   *actor,
                     gint64        line_id,
                     gint64        deposit_id,
                     gint64        cheque_id,
                     GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkBankStatementLine) line = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autofree char *summary = NULL;
  Entry *entry = NULL;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), FALSE);

  if (!hk_permission_require_about (self->database, actor, HK_ROLE_AUDITOR,
                                    _("Matching the bank statement"), "bank-statement-line",
                                    line_id, error))
    return FALSE;

  if ((deposit_id != 0) == (cheque_id != 0))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Match a statement line to one deposit or one bounced cheque."));
      return FALSE;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(line = hk_bank_store_lookup_line (self, line_id, error)) ||
      !(entries = read_open_entries (self, error)))
    return FALSE;

  if (hk_bank_statement_line_is_matched (line))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The statement line is matched already; take that match back first."));
      return FALSE;
    }

  for (guint i = 0; i < entries->len && entry == NULL; i++)
    {
      Entry *candidate = &g_array_index (entries, Entry, i);

      if ((deposit_id != 0 && candidate->deposit_id == deposit_id) ||
          (cheque_id != 0 && candidate->cheque_id == cheque_id))
        entry = candidate;
    }

  if (entry == NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("That deposit or bounced cheque is cancelled, not paid in, or matched "
                     "already."));
      return FALSE;
    }

  if (entry->amount != hk_bank_statement_line_get_amount (line))
    {
      g_autofree char *line_amount = hk_money_format (hk_bank_statement_line_get_amount (line));
      g_autofree char *entry_amount = hk_money_format (entry->amount);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The statement line is for %s and the entry for %s: only equal amounts "
                     "match."), line_amount, entry_amount);
      return FALSE;
    }

  summary = g_strdup_printf ("matched statement line %lld (%s, %lld fen) to %s %s by hand",
                             (long long)line_id, hk_bank_statement_line_get_value_day (line),
                             (long long)entry->amount,
                             deposit_id != 0 ? "deposit" : "bounced cheque", entry->reference);

  if (!insert_match (self, actor, line_id, deposit_id, cheque_id, FALSE, error) ||
      !hk_audit_log_append (self->database, actor, "bank-line-matched", "bank-statement-line",
                            line_id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

/* The auditor takes a match back; the audit log keeps what it was. */
gboolean
hk_bank_store_unmatch (HkBankStore  *self,
                       HkOperator   *actor,
                       gint64        line_id,
                       GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkBankStatementLine) line = NULL;
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), FALSE);

  if (!hk_permission_require_about (self->database, actor, HK_ROLE_AUDITOR,
                                    _("Matching the bank statement"), "bank-statement-line",
                                    line_id, error))
    return FALSE;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(line = hk_bank_store_lookup_line (self, line_id, error)))
    return FALSE;

  if (!hk_bank_statement_line_is_matched (line))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT, _("The statement line is not matched."));
      return FALSE;
    }

  if (!(stmt = hk_database_prepare (self->database,
                                    "DELETE FROM bank_matches WHERE line_id = ?1", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, line_id);

  summary = g_strdup_printf ("took back the match of statement line %lld (%s, %lld fen) to "
                             "%s %lld", (long long)line_id,
                             hk_bank_statement_line_get_value_day (line),
                             (long long)hk_bank_statement_line_get_amount (line),
                             hk_bank_statement_line_get_deposit_id (line) != 0
                             ? "deposit" : "cheque",
                             (long long)(hk_bank_statement_line_get_deposit_id (line)
                                         + hk_bank_statement_line_get_cheque_id (line)));

  if (!run_stmt (stmt, error) ||
      !hk_audit_log_append (self->database, actor, "bank-line-unmatched", "bank-statement-line",
                            line_id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

/* ---- the reconciliation ---- */

static char *
read_setting (HkDatabase *database,
              const char *key)
{
  g_autoptr(HkStatement) stmt = NULL;

  stmt = hk_database_prepare (database, "SELECT value FROM settings WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;

  hk_statement_bind_text (stmt, 1, key);
  if (!hk_statement_step (stmt, NULL))
    return NULL;

  return hk_statement_dup_text (stmt, 0);
}

static gboolean
write_setting (HkDatabase  *database,
               const char  *key,
               const char  *value,
               GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (database,
                                    "INSERT INTO settings (key, value) VALUES (?1, ?2)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                    error)))
    return FALSE;

  hk_statement_bind_text (stmt, 1, key);
  hk_statement_bind_text (stmt, 2, value);

  return run_stmt (stmt, error);
}

/**
 * hk_bank_store_set_book_opening:
 * @day: the day at whose end the book's bank balance is @balance
 * @balance: fen
 *
 * The auditor sets where the reconciliation starts: the book's balance of the hall's bank
 * account at the end of @day. Entries and statement lines after @day count.
 */
gboolean
hk_bank_store_set_book_opening (HkBankStore  *self,
                                HkOperator   *actor,
                                const char   *day,
                                gint64        balance,
                                GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autofree char *value = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Setting the bank book’s opening balance"), error))
    return FALSE;

  if (day == NULL || julian_of (day) == 0 || strlen (day) != 10 ||
      balance < -AMOUNT_MAX || balance > AMOUNT_MAX)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give the opening day (YYYY-MM-DD) and the balance at its end."));
      return FALSE;
    }

  value = g_strdup_printf ("%lld", (long long)balance);
  summary = g_strdup_printf ("bank book opening: %lld fen at the end of %s", (long long)balance,
                             day);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !write_setting (self->database, OPENING_DAY_SETTING, day, error) ||
      !write_setting (self->database, OPENING_BALANCE_SETTING, value, error) ||
      !hk_audit_log_append (self->database, actor, "settings-changed", "settings", 0, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

static gboolean
read_opening (HkBankStore           *self,
              HkBankReconciliation  *rec,
              GError               **error)
{
  g_autofree char *day = read_setting (self->database, OPENING_DAY_SETTING);
  g_autofree char *balance = read_setting (self->database, OPENING_BALANCE_SETTING);
  g_autoptr(HkStatement) first = NULL;

  if (day != NULL && balance != NULL)
    {
      rec->opening_day = g_steal_pointer (&day);
      rec->opening_balance = g_ascii_strtoll (balance, NULL, 10);
      return TRUE;
    }

  if (!(first = hk_database_prepare (self->database,
                                     "SELECT first_day, opening_balance FROM bank_statements"
                                     " ORDER BY id LIMIT 1", error)))
    return FALSE;

  if (hk_statement_step (first, NULL))
    {
      rec->opening_day = day_before (hk_statement_get_text (first, 0));
      rec->opening_balance = hk_statement_get_int64 (first, 1);
    }
  else
    {
      rec->opening_day = g_strdup ("0000-00-00");
      rec->opening_balance = 0;
    }

  return TRUE;
}

static HkBankReconciliationItem *
item_new (HkStatement *stmt)
{
  HkBankReconciliationItem *item = g_new0 (HkBankReconciliationItem, 1);

  item->day = hk_statement_dup_text (stmt, 0);
  item->reference = hk_statement_dup_text (stmt, 1);
  item->description = hk_statement_dup_text (stmt, 2);
  item->amount = hk_statement_get_int64 (stmt, 3);
  item->deposit_id = hk_statement_get_int64 (stmt, 4);
  item->cheque_id = hk_statement_get_int64 (stmt, 5);
  item->line_id = hk_statement_get_int64 (stmt, 6);

  return item;
}

/**
 * hk_bank_store_reconcile:
 * @day: the day to reconcile, at its end
 *
 * Returns: (transfer full): the reconciliation; its difference is 0 when the book and the
 *   statement agree to the fen
 */
HkBankReconciliation *
hk_bank_store_reconcile (HkBankStore  *self,
                         const char   *day,
                         GError      **error)
{
  g_autoptr(HkBankReconciliation) rec = g_new0 (HkBankReconciliation, 1);
  g_autoptr(HkStatement) book = NULL;
  g_autoptr(HkStatement) lines = NULL;
  g_autoptr(HkStatement) balance = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_BANK_STORE (self), NULL);

  if (day == NULL || strlen (day) != 10 || julian_of (day) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a day: write it as YYYY-MM-DD."), day != NULL ? day : "");
      return NULL;
    }

  rec->day = g_strdup (day);
  rec->in_transit_items = g_ptr_array_new_with_free_func ((GDestroyNotify)reconciliation_item_free);
  rec->unmatched_items = g_ptr_array_new_with_free_func ((GDestroyNotify)reconciliation_item_free);

  if (!read_opening (self, rec, error))
    return NULL;

  rec->book_balance = rec->opening_balance;

  /* The book: deposits and the bounced cheques' debits, each with the day of its match. */
  if (!(book = hk_database_prepare (self->database,
                                    "SELECT e.day, e.ref, e.what, e.amount, e.deposit_id,"
                                    " e.cheque_id, coalesce (l.id, 0), l.value_day"
                                    " FROM (SELECT d.slip_date AS day, d.slip_no AS ref,"
                                    "         d.bank_name AS what, d.amount AS amount,"
                                    "         d.id AS deposit_id, 0 AS cheque_id"
                                    "       FROM bank_deposits d WHERE d.cancelled_at IS NULL"
                                    "       UNION ALL"
                                    "       SELECT c.bounced_day, c.cheque_no, c.payer, -c.amount,"
                                    "         0, c.id FROM cheques c"
                                    "       WHERE c.deposit_id IS NOT NULL"
                                    "         AND c.bounced_day IS NOT NULL) e"
                                    " LEFT JOIN bank_matches m"
                                    "   ON (e.deposit_id != 0 AND m.deposit_id = e.deposit_id)"
                                    "   OR (e.cheque_id != 0 AND m.cheque_id = e.cheque_id)"
                                    " LEFT JOIN bank_statement_lines l ON l.id = m.line_id"
                                    " WHERE e.day > ?1 AND e.day <= ?2"
                                    " ORDER BY e.day, e.deposit_id, e.cheque_id", error)))
    return NULL;

  hk_statement_bind_text (book, 1, rec->opening_day);
  hk_statement_bind_text (book, 2, day);

  while (hk_statement_step (book, &local_error))
    {
      gint64 amount = hk_statement_get_int64 (book, 3);

      rec->book_balance += amount;

      if (hk_statement_is_null (book, 7) || g_strcmp0 (hk_statement_get_text (book, 7), day) > 0)
        {
          HkBankReconciliationItem *item = item_new (book);

          item->line_id = 0;
          rec->in_transit += amount;
          g_ptr_array_add (rec->in_transit_items, item);
        }
      else
        rec->n_matched++;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  /* The statement: lines not matched to an entry of the book up to the day. */
  if (!(lines = hk_database_prepare (self->database,
                                     "SELECT l.value_day, l.reference, l.description, l.amount,"
                                     " 0, 0, l.id FROM bank_statement_lines l"
                                     " LEFT JOIN bank_matches m ON m.line_id = l.id"
                                     " LEFT JOIN bank_deposits d ON d.id = m.deposit_id"
                                     " LEFT JOIN cheques c ON c.id = m.cheque_id"
                                     " WHERE l.value_day > ?1 AND l.value_day <= ?2"
                                     "  AND (m.line_id IS NULL"
                                     "       OR coalesce (d.slip_date, c.bounced_day) > ?2"
                                     "       OR coalesce (d.slip_date, c.bounced_day) <= ?1)"
                                     " ORDER BY l.id", error)))
    return NULL;

  hk_statement_bind_text (lines, 1, rec->opening_day);
  hk_statement_bind_text (lines, 2, day);

  while (hk_statement_step (lines, &local_error))
    {
      HkBankReconciliationItem *item = item_new (lines);

      rec->unmatched += item->amount;
      g_ptr_array_add (rec->unmatched_items, item);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  /* The statement's balance at the end of the day: the last line up to it, or the opening of
   * the first statement after it. */
  if (!(balance = hk_database_prepare (self->database,
                                       "SELECT balance, 1 FROM bank_statement_lines"
                                       " WHERE value_day <= ?1"
                                       " ORDER BY value_day DESC, id DESC LIMIT 1", error)))
    return NULL;

  hk_statement_bind_text (balance, 1, day);

  if (hk_statement_step (balance, &local_error))
    {
      rec->statement_balance = hk_statement_get_int64 (balance, 0);
      rec->has_statement = TRUE;
    }
  else if (local_error == NULL)
    {
      g_autoptr(HkStatement) next = NULL;

      if (!(next = hk_database_prepare (self->database,
                                        "SELECT opening_balance FROM bank_statements"
                                        " ORDER BY id LIMIT 1", error)))
        return NULL;

      if (hk_statement_step (next, &local_error))
        {
          rec->statement_balance = hk_statement_get_int64 (next, 0);
          rec->has_statement = TRUE;
        }
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  rec->difference = rec->book_balance - rec->in_transit + rec->unmatched - rec->statement_balance;

  return g_steal_pointer (&rec);
}
