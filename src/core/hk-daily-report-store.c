/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-daily-report-store.c: computing, submitting, checking and signing daily reports.
 *
 * A daily report is computed from the day's receipts, shifts and invoice numbers every time
 * it is read; only what people add is stored in daily_reports: the clerk's submission, the
 * auditor's accounting copy and bank receipt, and the signature. The clerk submits once all
 * shifts of the day are closed; an auditor who is not that clerk signs when the three legs
 * agree, every missing number is explained, the accounting copy equals the account and the
 * bank receipt equals the cash taken (a cash difference needs a note). A signed day is
 * locked for good, by the triggers of the schema; corrections go to a later day.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-daily-report-private.h"
#include "hk-daily-report-store.h"
#include "hk-error.h"
#include "hk-money.h"
#include "hk-permission.h"
#include "hk-transaction.h"

struct _HkDailyReportStore
{
  GObject             parent_instance;
  HkDatabase         *database;
  HkHallStore        *hall;
  HkInvoiceBookStore *books;
};

G_DEFINE_FINAL_TYPE (HkDailyReportStore, hk_daily_report_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hk_daily_report_store_finalize (GObject *object)
{
  HkDailyReportStore *self = (HkDailyReportStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->hall);
  g_clear_object (&self->books);

  G_OBJECT_CLASS (hk_daily_report_store_parent_class)->finalize (object);
}

static void
hk_daily_report_store_class_init (HkDailyReportStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_daily_report_store_finalize;

  /**
   * HkDailyReportStore::changed:
   * @clerk_id: whose report changed
   * @day: its business day
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
}

static void
hk_daily_report_store_init (HkDailyReportStore *self)
{
}

HkDailyReportStore *
hk_daily_report_store_new (HkDatabase         *database,
                           HkHallStore        *hall,
                           HkInvoiceBookStore *books)
{
  HkDailyReportStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);
  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (books), NULL);

  self = g_object_new (HK_TYPE_DAILY_REPORT_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);
  self->books = g_object_ref (books);

  return self;
}

/* After a step that gave no row: TRUE when that is just the end of the rows. */
static gboolean
step_failed (GError  *local_error,
             GError **error)
{
  if (local_error == NULL)
    return TRUE;

  g_propagate_error (error, local_error);
  return FALSE;
}

static HkStatement *
prepare_for_day (HkDailyReportStore  *self,
                 const char          *sql,
                 gint64               clerk_id,
                 const char          *day,
                 GError             **error)
{
  HkStatement *stmt;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, clerk_id);
  hk_statement_bind_text (stmt, 2, day);

  return stmt;
}

static gboolean
read_receipts (HkDailyReportStore  *self,
               HkDailyReportData   *data,
               gboolean            *any_imported,
               GError             **error)
{
  g_autoptr(HkStatement) totals = NULL;
  g_autoptr(HkStatement) methods = NULL;
  g_autoptr(HkStatement) lines = NULL;
  GError *local_error = NULL;

  if (!(totals = prepare_for_day (self,
                                  "SELECT count (*) FILTER (WHERE status = 'issued'"
                                  "                          AND corrects_id IS NULL),"
                                  " count (*) FILTER (WHERE status = 'void'),"
                                  " count (*) FILTER (WHERE status = 'issued'"
                                  "                    AND corrects_id IS NOT NULL),"
                                  " coalesce (sum (total) FILTER (WHERE status = 'issued'), 0),"
                                  " count (*), count (*) FILTER (WHERE source = 'import')"
                                  " FROM receipts WHERE clerk_id = ?1 AND business_day = ?2",
                                  data->clerk_id, data->day, error)))
    return FALSE;

  if (!hk_statement_step (totals, &local_error))
    return step_failed (local_error, error);

  data->n_receipts = (guint)hk_statement_get_int64 (totals, 0);
  data->n_void = (guint)hk_statement_get_int64 (totals, 1);
  data->n_corrections = (guint)hk_statement_get_int64 (totals, 2);
  data->account_total = hk_statement_get_int64 (totals, 3);
  data->n_numbers_used = (guint)hk_statement_get_int64 (totals, 4);
  *any_imported = hk_statement_get_int64 (totals, 5) > 0;

  if (!(methods = prepare_for_day (self,
                                   "SELECT p.method, sum (p.amount) FROM receipt_payments p"
                                   " JOIN receipts r ON r.id = p.receipt_id"
                                   " WHERE r.clerk_id = ?1 AND r.business_day = ?2"
                                   " AND r.status = 'issued' GROUP BY p.method",
                                   data->clerk_id, data->day, error)))
    return FALSE;

  while (hk_statement_step (methods, &local_error))
    {
      HkPaymentMethod method;

      if (hk_payment_method_from_id (hk_statement_get_text (methods, 0), &method))
        data->account_by_method[method] = hk_statement_get_int64 (methods, 1);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  /* The stubs' total is added up from the lines, not from the receipts' totals, so a
   * receipt whose total is not the sum of its lines shows as a disagreement. */
  if (!(lines = prepare_for_day (self,
                                 "SELECT coalesce (sum (l.amount), 0) FROM receipt_lines l"
                                 " JOIN receipts r ON r.id = l.receipt_id"
                                 " WHERE r.clerk_id = ?1 AND r.business_day = ?2"
                                 " AND r.status = 'issued'",
                                 data->clerk_id, data->day, error)))
    return FALSE;

  if (!hk_statement_step (lines, &local_error))
    return step_failed (local_error, error);
  data->stub_total = hk_statement_get_int64 (lines, 0);

  return TRUE;
}

static gboolean
read_shifts (HkDailyReportStore  *self,
             HkDailyReportData   *data,
             GError             **error)
{
  g_autoptr(HkStatement) shifts = NULL;
  g_autoptr(HkStatement) movements = NULL;
  GError *local_error = NULL;

  if (!(shifts = prepare_for_day (self,
                                  "SELECT count (*), count (*) FILTER (WHERE status = 'open'),"
                                  " coalesce (sum (opening_float), 0),"
                                  " coalesce (sum (counted_cash), 0),"
                                  " coalesce (sum (expected_cash), 0),"
                                  " coalesce (sum (declared_card), 0),"
                                  " coalesce (sum (declared_wechat), 0),"
                                  " coalesce (sum (declared_alipay), 0),"
                                  " coalesce (sum (declared_cheque), 0)"
                                  " FROM shifts WHERE clerk_id = ?1 AND business_day = ?2",
                                  data->clerk_id, data->day, error)))
    return FALSE;

  if (!hk_statement_step (shifts, &local_error))
    return step_failed (local_error, error);

  data->n_shifts = (guint)hk_statement_get_int64 (shifts, 0);
  data->n_open_shifts = (guint)hk_statement_get_int64 (shifts, 1);
  data->opening_float = hk_statement_get_int64 (shifts, 2);
  data->counted_cash = hk_statement_get_int64 (shifts, 3);
  data->expected_cash = hk_statement_get_int64 (shifts, 4);
  data->declared[HK_PAYMENT_CARD] = hk_statement_get_int64 (shifts, 5);
  data->declared[HK_PAYMENT_WECHAT] = hk_statement_get_int64 (shifts, 6);
  data->declared[HK_PAYMENT_ALIPAY] = hk_statement_get_int64 (shifts, 7);
  data->declared[HK_PAYMENT_CHEQUE] = hk_statement_get_int64 (shifts, 8);

  if (!(movements = prepare_for_day (self,
                                     "SELECT coalesce (sum (m.amount), 0) FROM cash_movements m"
                                     " JOIN shifts s ON s.id = m.shift_id"
                                     " WHERE s.clerk_id = ?1 AND s.business_day = ?2",
                                     data->clerk_id, data->day, error)))
    return FALSE;

  if (!hk_statement_step (movements, &local_error))
    return step_failed (local_error, error);
  data->cash_movements = hk_statement_get_int64 (movements, 0);

  return TRUE;
}

static gboolean
read_stored (HkDailyReportStore  *self,
             HkDailyReportData   *data,
             gboolean            *submitted,
             GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = prepare_for_day (self,
                                "SELECT submitted_at, declared_cash, accounting_copy_total,"
                                " bank_name, bank_slip_no, bank_slip_date, bank_amount,"
                                " difference_note, signed_at, signed_by"
                                " FROM daily_reports WHERE clerk_id = ?1 AND business_day = ?2",
                                data->clerk_id, data->day, error)))
    return FALSE;

  if (!hk_statement_step (stmt, &local_error))
    return step_failed (local_error, error);

  *submitted = !hk_statement_is_null (stmt, 0);
  data->declared_cash = hk_statement_get_int64 (stmt, 1);
  data->has_check = !hk_statement_is_null (stmt, 2) && !hk_statement_is_null (stmt, 6);
  data->accounting_copy = hk_statement_get_int64 (stmt, 2);
  data->bank_name = hk_statement_dup_text (stmt, 3);
  data->bank_slip_no = hk_statement_dup_text (stmt, 4);
  data->bank_slip_date = hk_statement_dup_text (stmt, 5);
  data->bank_amount = hk_statement_get_int64 (stmt, 6);
  data->difference_note = hk_statement_dup_text (stmt, 7);
  data->signed_at = hk_statement_get_int64 (stmt, 8);
  data->signed_by = hk_statement_get_int64 (stmt, 9);

  return TRUE;
}

static gboolean
count_gaps_of_day (HkDailyReportStore  *self,
                   HkDailyReportData   *data,
                   GError             **error)
{
  g_autoptr(GPtrArray) gaps = NULL;

  if (!(gaps = hk_invoice_book_store_find_gaps_of_day (self->books, data->day, data->clerk_id,
                                                       error)))
    return FALSE;

  data->n_gaps += gaps->len;
  return TRUE;
}

/**
 * hk_daily_report_store_compute:
 * @day: the business day, "YYYY-MM-DD"
 *
 * Returns: (transfer full): the clerk's daily report of @day, computed from the records
 */
HkDailyReport *
hk_daily_report_store_compute (HkDailyReportStore  *self,
                               gint64               clerk_id,
                               const char          *day,
                               GError             **error)
{
  HkDailyReportData data = { 0 };
  gboolean any_imported = FALSE;
  gboolean submitted = FALSE;

  g_return_val_if_fail (HK_IS_DAILY_REPORT_STORE (self), NULL);

  if (!hk_hall_store_parse_day (self->hall, day, NULL, NULL, error))
    return NULL;

  data.clerk_id = clerk_id;
  data.day = g_strdup (day);

  if (!read_receipts (self, &data, &any_imported, error) ||
      !read_shifts (self, &data, error) ||
      !read_stored (self, &data, &submitted, error) ||
      !count_gaps_of_day (self, &data, error))
    {
      g_autoptr(HkDailyReport) discard = hk_daily_report_new_take (&data);
      return NULL;
    }

  data.imported = any_imported && data.n_shifts == 0;
  data.status = data.signed_at != 0 ? HK_DAILY_REPORT_SIGNED
                : submitted ? HK_DAILY_REPORT_SUBMITTED
                : HK_DAILY_REPORT_OPEN;

  return hk_daily_report_new_take (&data);
}

/**
 * hk_daily_report_store_list_range:
 *
 * Returns: (transfer full) (element-type HkDailyReport): a report for every clerk and day
 *   from @first_day to @last_day with a receipt, a shift or a stored report, by day then
 *   clerk
 */
GPtrArray *
hk_daily_report_store_list_range (HkDailyReportStore  *self,
                                  const char          *first_day,
                                  const char          *last_day,
                                  GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_DAILY_REPORT_STORE (self), NULL);

  if (!hk_hall_store_parse_day (self->hall, first_day, NULL, NULL, error) ||
      !hk_hall_store_parse_day (self->hall, last_day, NULL, NULL, error))
    return NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT DISTINCT business_day, clerk_id FROM ("
                                    " SELECT business_day, clerk_id FROM receipts"
                                    "  WHERE business_day BETWEEN ?1 AND ?2"
                                    " UNION SELECT business_day, clerk_id FROM shifts"
                                    "  WHERE business_day BETWEEN ?1 AND ?2"
                                    " UNION SELECT business_day, clerk_id FROM daily_reports"
                                    "  WHERE business_day BETWEEN ?1 AND ?2)"
                                    " ORDER BY business_day, clerk_id", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, first_day);
  hk_statement_bind_text (stmt, 2, last_day);

  while (hk_statement_step (stmt, &local_error))
    {
      HkDailyReport *report;

      report = hk_daily_report_store_compute (self, hk_statement_get_int64 (stmt, 1),
                                              hk_statement_get_text (stmt, 0), &local_error);
      if (report == NULL)
        break;
      g_ptr_array_add (reports, report);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&reports);
}

static gboolean
ensure_row (HkDailyReportStore  *self,
            gint64               clerk_id,
            const char          *day,
            GError             **error)
{
  g_autoptr(HkStatement) insert = NULL;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO daily_reports (clerk_id, business_day)"
                                      " VALUES (?1, ?2) ON CONFLICT DO NOTHING", error)))
    return FALSE;

  hk_statement_bind_int64 (insert, 1, clerk_id);
  hk_statement_bind_text (insert, 2, day);

  return hk_statement_run (insert, error);
}

static HkDailyReport *
finish_write (HkDailyReportStore  *self,
              HkTransaction       *tx,
              HkOperator          *actor,
              gint64               clerk_id,
              const char          *day,
              const char          *action,
              const char          *summary,
              GError             **error)
{
  g_autoptr(HkStatement) id = NULL;
  gint64 report_id = 0;

  if ((id = prepare_for_day (self,
                             "SELECT id FROM daily_reports WHERE clerk_id = ?1"
                             " AND business_day = ?2", clerk_id, day, error)) != NULL &&
      hk_statement_step (id, NULL))
    report_id = hk_statement_get_int64 (id, 0);

  if (!hk_audit_log_append (self->database, actor, action, "daily_report", report_id, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, clerk_id, day);

  return hk_daily_report_store_compute (self, clerk_id, day, error);
}

static gboolean
require_not_signed (HkDailyReport  *report,
                    GError        **error)
{
  if (hk_daily_report_get_status (report) == HK_DAILY_REPORT_SIGNED)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The daily report for %s is signed: nothing of that day can change. "
                     "Record a correction on a later day."), hk_daily_report_get_day (report));
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_daily_report_store_submit:
 * @actor: the clerk whose report it is
 *
 * The clerk hands in the day: every shift of the day must be closed.
 */
HkDailyReport *
hk_daily_report_store_submit (HkDailyReportStore  *self,
                              HkOperator          *actor,
                              const char          *day,
                              GError             **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *summary = NULL;
  gint64 clerk_id;

  g_return_val_if_fail (HK_IS_DAILY_REPORT_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_CLERK,
                              _("Submitting a daily report"), error))
    return NULL;

  clerk_id = hk_operator_get_id (actor);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(report = hk_daily_report_store_compute (self, clerk_id, day, error)) ||
      !require_not_signed (report, error))
    return NULL;

  if (hk_daily_report_get_n_shifts (report) == 0 && hk_daily_report_get_n_numbers_used (report) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("You have no shift and no receipt on %s."), day);
      return NULL;
    }

  if (hk_daily_report_get_n_open_shifts (report) > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Close your shift before submitting the daily report."));
      return NULL;
    }

  if (!ensure_row (self, clerk_id, day, error) ||
      !(update = prepare_for_day (self,
                                  "UPDATE daily_reports SET submitted_at = ?3"
                                  " WHERE clerk_id = ?1 AND business_day = ?2",
                                  clerk_id, day, error)))
    return NULL;

  hk_statement_bind_int64 (update, 3, hk_database_get_now (self->database));
  if (!hk_statement_run (update, error))
    return NULL;

  summary = g_strdup_printf ("submitted the daily report for %s: account %lld fen, %u receipts",
                             day, (long long)hk_daily_report_get_account_total (report),
                             hk_daily_report_get_n_receipts (report));

  return finish_write (self, tx, actor, clerk_id, day, "daily-report-submitted", summary, error);
}

static gboolean
validate_check (const HkDailyReportCheck  *check,
                GError                   **error)
{
  g_autofree char *bank = g_strstrip (g_strdup (check->bank_name != NULL ? check->bank_name : ""));
  g_autofree char *slip = g_strstrip (g_strdup (check->bank_slip_no != NULL
                                                ? check->bank_slip_no : ""));

  if (*bank == '\0' || *slip == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give the bank and the number of the bank deposit receipt."));
      return FALSE;
    }

  if (check->accounting_copy < -1000000000 || check->accounting_copy > 1000000000 ||
      check->bank_amount < 0 || check->bank_amount > 1000000000 ||
      (check->has_declared_cash && (check->declared_cash < 0 ||
                                    check->declared_cash > 1000000000)))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("An amount is out of range."));
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_daily_report_store_record_check:
 * @actor: an auditor
 * @check: the figures from the accounting copy and the bank deposit receipt
 *
 * Stores what the auditor read from the paper, before signing. It may be
 * entered again until the report is signed.
 */
HkDailyReport *
hk_daily_report_store_record_check (HkDailyReportStore        *self,
                                    HkOperator                *actor,
                                    gint64                     clerk_id,
                                    const char                *day,
                                    const HkDailyReportCheck  *check,
                                    GError                   **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *bank_name = NULL;

  g_return_val_if_fail (HK_IS_DAILY_REPORT_STORE (self), NULL);
  g_return_val_if_fail (check != NULL, NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Checking a daily report"), error))
    return NULL;

  if (!validate_check (check, error))
    return NULL;

  bank_name = g_strstrip (g_strdup (check->bank_name));

  if (check->bank_slip_date != NULL && *check->bank_slip_date != '\0' &&
      !hk_hall_store_parse_day (self->hall, check->bank_slip_date, NULL, NULL, error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(report = hk_daily_report_store_compute (self, clerk_id, day, error)) ||
      !require_not_signed (report, error) ||
      !ensure_row (self, clerk_id, day, error))
    return NULL;

  if (!(update = prepare_for_day (self,
                                  "UPDATE daily_reports SET accounting_copy_total = ?3,"
                                  " bank_name = ?4, bank_slip_no = ?5, bank_slip_date = ?6,"
                                  " bank_amount = ?7,"
                                  " declared_cash = CASE WHEN ?8 THEN ?9 ELSE declared_cash END"
                                  " WHERE clerk_id = ?1 AND business_day = ?2",
                                  clerk_id, day, error)))
    return NULL;

  hk_statement_bind_int64 (update, 3, check->accounting_copy);
  hk_statement_bind_text (update, 4, bank_name);
  hk_statement_bind_text (update, 5, check->bank_slip_no);
  hk_statement_bind_text (update, 6, check->bank_slip_date != NULL && *check->bank_slip_date != '\0'
                                     ? check->bank_slip_date : day);
  hk_statement_bind_int64 (update, 7, check->bank_amount);
  hk_statement_bind_int64 (update, 8, check->has_declared_cash ? 1 : 0);
  hk_statement_bind_int64 (update, 9, check->declared_cash);

  if (!hk_statement_run (update, error))
    return NULL;

  summary = g_strdup_printf ("entered the check of %lld's report for %s: accounting copy %lld"
                             " fen, bank receipt %s %s of %lld fen",
                             (long long)clerk_id, day, (long long)check->accounting_copy,
                             check->bank_name, check->bank_slip_no,
                             (long long)check->bank_amount);

  return finish_write (self, tx, actor, clerk_id, day, "daily-report-checked", summary, error);
}

/**
 * hk_daily_report_store_sign:
 * @actor: an auditor who is not the report's clerk
 * @difference_note: (nullable): how a cash difference was settled; required when there is one
 *
 * Signs the report when nothing keeps it from agreeing (see
 * hk_daily_report_describe_problems()); the day is then locked for good.
 */
HkDailyReport *
hk_daily_report_store_sign (HkDailyReportStore  *self,
                            HkOperator          *actor,
                            gint64               clerk_id,
                            const char          *day,
                            const char          *difference_note,
                            GError             **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(HkStatement) note = NULL;
  g_autoptr(HkStatement) sign = NULL;
  g_autofree char *clean_note = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *summary = NULL;
  HkDailyReport *signed_report;

  g_return_val_if_fail (HK_IS_DAILY_REPORT_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Signing a daily report"), error))
    return NULL;

  if (hk_operator_get_id (actor) == clerk_id)
    {
      hk_permission_refuse (self->database, NULL, actor, "daily-report", 0, error, "%s",
                            _("Another auditor signs your own daily report."));
      return NULL;
    }

  clean_note = g_strstrip (g_strdup (difference_note != NULL ? difference_note : ""));

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(report = hk_daily_report_store_compute (self, clerk_id, day, error)) ||
      !require_not_signed (report, error))
    return NULL;

  if (!hk_daily_report_is_imported (report) &&
      hk_daily_report_get_status (report) != HK_DAILY_REPORT_SUBMITTED)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The clerk has not submitted the daily report for %s yet."), day);
      return NULL;
    }

  /* The note goes in first, so that the problems are judged with it. */
  if (!ensure_row (self, clerk_id, day, error) ||
      !(note = prepare_for_day (self,
                                "UPDATE daily_reports SET difference_note = nullif (?3, '')"
                                " WHERE clerk_id = ?1 AND business_day = ?2",
                                clerk_id, day, error)))
    return NULL;
  hk_statement_bind_text (note, 3, clean_note);
  if (!hk_statement_run (note, error))
    return NULL;

  g_clear_object (&report);
  if (!(report = hk_daily_report_store_compute (self, clerk_id, day, error)))
    return NULL;

  if ((problems = hk_daily_report_describe_problems (report)) != NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The daily report for %s cannot be signed yet:\n%s"), day, problems);
      return NULL;
    }

  if (!(sign = prepare_for_day (self,
                                "UPDATE daily_reports SET signed_at = ?3, signed_by = ?4"
                                " WHERE clerk_id = ?1 AND business_day = ?2",
                                clerk_id, day, error)))
    return NULL;

  hk_statement_bind_int64 (sign, 3, hk_database_get_now (self->database));
  hk_statement_bind_int64 (sign, 4, hk_operator_get_id (actor));
  if (!hk_statement_run (sign, error))
    return NULL;

  summary = g_strdup_printf ("signed the daily report of %lld for %s: account %lld fen, "
                             "cash difference %lld fen%s%s",
                             (long long)clerk_id, day,
                             (long long)hk_daily_report_get_account_total (report),
                             (long long)hk_daily_report_get_cash_difference (report),
                             *clean_note != '\0' ? ": " : "", clean_note);

  /* A signature is what the auditor puts their name to: make it durable on disk at once. */
  hk_database_exec (self->database, "PRAGMA synchronous = FULL", NULL);
  signed_report = finish_write (self, tx, actor, clerk_id, day, "daily-report-signed", summary,
                                error);
  hk_database_exec (self->database, "PRAGMA synchronous = NORMAL", NULL);

  return signed_report;
}
