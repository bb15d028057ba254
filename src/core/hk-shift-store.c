/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-shift-store.c: opening, counting and closing the clerks' shifts.
 *
 * A clerk opens one shift at a time, on the day it is, with an opening
 * float; cash put into or taken from the drawer is a movement with a reason.
 * The close is a blind count: the clerk gives the notes and coins counted and
 * the non-cash totals, and only then does the store compute the expected cash
 * (float + cash receipts + movements) and keep both. The duty manager
 * validates a closed shift, or reopens it with a reason. A signed daily
 * report locks its day's shifts.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-cash-desk-private.h"
#include "hk-error.h"
#include "hk-permission.h"
#include "hk-shift-private.h"
#include "hk-shift-store.h"
#include "hk-transaction.h"

struct _HkShiftStore
{
  GObject      parent_instance;
  HkDatabase  *database;
  HkHallStore *hall;
};

G_DEFINE_FINAL_TYPE (HkShiftStore, hk_shift_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define SHIFT_COLUMNS \
  "id, clerk_id, business_day, status, opened_at, opening_float, closed_at, counted_cash," \
  " count_detail, expected_cash, declared_card, declared_wechat, declared_alipay," \
  " declared_cheque, validated_by, times_reopened, validated_at"

static HkShift *
shift_from_row (HkStatement *stmt)
{
  HkShiftData data = { 0 };
  const char *status = hk_statement_get_text (stmt, 3);

  data.id = hk_statement_get_int64 (stmt, 0);
  data.clerk_id = hk_statement_get_int64 (stmt, 1);
  data.business_day = hk_statement_dup_text (stmt, 2);
  data.status = g_strcmp0 (status, "open") == 0 ? HK_SHIFT_OPEN
                : g_strcmp0 (status, "closed") == 0 ? HK_SHIFT_CLOSED
                : HK_SHIFT_VALIDATED;
  data.opened_at = hk_statement_get_int64 (stmt, 4);
  data.opening_float = hk_statement_get_int64 (stmt, 5);
  data.closed_at = hk_statement_get_int64 (stmt, 6);
  data.counted_cash = hk_statement_get_int64 (stmt, 7);
  hk_shift_parse_counts (hk_statement_get_text (stmt, 8), data.counts);
  data.expected_cash = hk_statement_get_int64 (stmt, 9);
  data.declared[HK_PAYMENT_CARD] = hk_statement_get_int64 (stmt, 10);
  data.declared[HK_PAYMENT_WECHAT] = hk_statement_get_int64 (stmt, 11);
  data.declared[HK_PAYMENT_ALIPAY] = hk_statement_get_int64 (stmt, 12);
  data.declared[HK_PAYMENT_CHEQUE] = hk_statement_get_int64 (stmt, 13);
  data.validated_by = hk_statement_get_int64 (stmt, 14);
  data.times_reopened = (guint)hk_statement_get_int64 (stmt, 15);
  data.validated_at = hk_statement_get_int64 (stmt, 16);

  return hk_shift_new_take (&data);
}

/* A signed daily report locks its clerk's day; the triggers say so too, less kindly. */
gboolean
hk_cash_desk_require_day_open (HkDatabase  *database,
                               gint64       clerk_id,
                               const char  *day,
                               GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (database,
                                    "SELECT 1 FROM daily_reports WHERE clerk_id = ?1"
                                    " AND business_day = ?2 AND signed_at IS NOT NULL",
                                    error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, clerk_id);
  hk_statement_bind_text (stmt, 2, day);

  if (hk_statement_step (stmt, &local_error))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The daily report for %s is signed: nothing of that day can change. "
                     "Record a correction on a later day."), day);
      return FALSE;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

static void
hk_shift_store_finalize (GObject *object)
{
  HkShiftStore *self = (HkShiftStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->hall);

  G_OBJECT_CLASS (hk_shift_store_parent_class)->finalize (object);
}

static void
hk_shift_store_class_init (HkShiftStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_shift_store_finalize;

  /**
   * HkShiftStore::changed:
   * @shift_id: the shift opened, moved, closed, validated or reopened
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
hk_shift_store_init (HkShiftStore *self)
{
}

HkShiftStore *
hk_shift_store_new (HkDatabase  *database,
                    HkHallStore *hall)
{
  HkShiftStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);

  self = g_object_new (HK_TYPE_SHIFT_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);

  return self;
}

static HkShift *
lookup_where (HkShiftStore  *self,
              const char    *sql,
              gint64         value,
              gboolean       missing_is_error,
              GError       **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, value);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else if (missing_is_error)
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no shift number %lld."), (long long)value);
      return NULL;
    }

  return shift_from_row (stmt);
}

/**
 * hk_shift_store_get_open:
 *
 * Returns: (transfer full) (nullable): the clerk's open shift, or %NULL
 *   without an error when there is none
 */
HkShift *
hk_shift_store_get_open (HkShiftStore  *self,
                         gint64         clerk_id,
                         GError       **error)
{
  g_return_val_if_fail (HK_IS_SHIFT_STORE (self), NULL);

  return lookup_where (self,
                       "SELECT " SHIFT_COLUMNS " FROM shifts"
                       " WHERE clerk_id = ?1 AND status = 'open'",
                       clerk_id, FALSE, error);
}

HkShift *
hk_shift_store_lookup (HkShiftStore  *self,
                       gint64         shift_id,
                       GError       **error)
{
  g_return_val_if_fail (HK_IS_SHIFT_STORE (self), NULL);

  return lookup_where (self, "SELECT " SHIFT_COLUMNS " FROM shifts WHERE id = ?1",
                       shift_id, TRUE, error);
}

/**
 * hk_shift_store_list_day:
 *
 * Returns: (transfer full) (element-type HkShift): the clerk's shifts of that
 *   business day, in the order they were opened
 */
GPtrArray *
hk_shift_store_list_day (HkShiftStore  *self,
                         gint64         clerk_id,
                         const char    *day,
                         GError       **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) shifts = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_SHIFT_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " SHIFT_COLUMNS " FROM shifts"
                                    " WHERE clerk_id = ?1 AND business_day = ?2 ORDER BY id",
                                    error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, clerk_id);
  hk_statement_bind_text (stmt, 2, day);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (shifts, shift_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&shifts);
}

static gboolean
validate_amount (gint64       amount,
                 gboolean     may_be_negative,
                 const char  *what,
                 GError     **error)
{
  if ((!may_be_negative && amount < 0) ||
      amount > HK_CASH_DESK_MAX_AMOUNT || amount < -HK_CASH_DESK_MAX_AMOUNT)
    {
      /* Translators: %s is e.g. "The opening float" */
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("%s is out of range."), what);
      return FALSE;
    }

  return TRUE;
}

static gboolean
require_own_open_shift (HkDatabase      *database,
                        HkTransaction  **tx,
                        HkShift         *shift,
                        HkOperator      *actor,
                        gboolean         or_duty_manager,
                        GError         **error)
{
  if (hk_shift_get_status (shift) != HK_SHIFT_OPEN)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT, _("This shift is already closed."));
      return FALSE;
    }

  if (hk_shift_get_clerk_id (shift) != hk_operator_get_id (actor) &&
      !(or_duty_manager && hk_operator_has_any_role (actor, HK_ROLE_DUTY_MANAGER)))
    return hk_permission_refuse (database, tx, actor, "shift", hk_shift_get_id (shift), error,
                                 "%s", _("Only the clerk whose shift it is may do this."));

  return TRUE;
}

static HkShift *
finish_write (HkShiftStore   *self,
              HkTransaction  *tx,
              HkOperator     *actor,
              gint64          shift_id,
              const char     *action,
              const char     *summary,
              GError        **error)
{
  g_autoptr(HkShift) shift = NULL;

  if (!(shift = hk_shift_store_lookup (self, shift_id, error)) ||
      !hk_audit_log_append (self->database, actor, action, "shift", shift_id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, shift_id);

  return g_steal_pointer (&shift);
}

/**
 * hk_shift_store_open:
 * @actor: the clerk who opens their shift
 * @opening_float: the cash in the drawer at the start, in fen
 *
 * Opens a shift on today's business day. A clerk has one open shift at most,
 * and a day whose daily report is signed takes no new shift.
 */
HkShift *
hk_shift_store_open (HkShiftStore  *self,
                     HkOperator    *actor,
                     gint64         opening_float,
                     GError       **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkShift) open = NULL;
  g_autofree char *day = NULL;
  g_autofree char *summary = NULL;
  GError *local_error = NULL;
  gint64 now;

  g_return_val_if_fail (HK_IS_SHIFT_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_CLERK, _("Opening a shift"), error))
    return NULL;

  if (!validate_amount (opening_float, FALSE, _("The opening float"), error))
    return NULL;

  now = hk_database_get_now (self->database);
  day = hk_hall_store_format_day (self->hall, now);

  if (!(tx = hk_transaction_begin (self->database, error)))
    return NULL;

  if ((open = hk_shift_store_get_open (self, hk_operator_get_id (actor), &local_error)) != NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("You already have a shift open since %s; close it first."),
                   hk_shift_get_business_day (open));
      return NULL;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (!hk_cash_desk_require_day_open (self->database, hk_operator_get_id (actor), day, error))
    return NULL;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO shifts (clerk_id, business_day, opened_at,"
                                      " opening_float) VALUES (?1, ?2, ?3, ?4)", error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, hk_operator_get_id (actor));
  hk_statement_bind_text (insert, 2, day);
  hk_statement_bind_int64 (insert, 3, now);
  hk_statement_bind_int64 (insert, 4, opening_float);

  if (!hk_statement_run (insert, error))
    return NULL;

  summary = g_strdup_printf ("opened a shift on %s with a float of %lld fen", day,
                             (long long)opening_float);

  return finish_write (self, tx, actor, hk_database_get_last_insert_id (self->database),
                       "shift-opened", summary, error);
}

/**
 * hk_shift_store_move_cash:
 * @amount: fen put into the drawer, or taken out when negative
 * @reason: why, e.g. "handed to the safe"
 *
 * Records cash put into or taken from the drawer of an open shift, by its
 * clerk or a duty manager.
 */
gboolean
hk_shift_store_move_cash (HkShiftStore  *self,
                          HkOperator    *actor,
                          HkShift       *shift,
                          gint64         amount,
                          const char    *reason,
                          GError       **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkShift) current = NULL;
  g_autoptr(HkShift) after = NULL;
  g_autofree char *clean_reason = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_SHIFT_STORE (self), FALSE);
  g_return_val_if_fail (HK_IS_SHIFT (shift), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_CLERK | HK_ROLE_DUTY_MANAGER,
                              _("Moving cash in or out of the drawer"), error))
    return FALSE;

  clean_reason = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (amount == 0 || !validate_amount (amount, TRUE, _("The amount"), error))
    {
      if (amount == 0)
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the amount moved."));
      return FALSE;
    }
  if (*clean_reason == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Say why the cash was moved."));
      return FALSE;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_shift_store_lookup (self, hk_shift_get_id (shift), error)) ||
      !require_own_open_shift (self->database, &tx, current, actor, TRUE, error) ||
      !hk_cash_desk_require_day_open (self->database, hk_shift_get_clerk_id (current),
                                      hk_shift_get_business_day (current), error))
    return FALSE;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO cash_movements (shift_id, at, amount, reason,"
                                      " by) VALUES (?1, ?2, ?3, ?4, ?5)", error)))
    return FALSE;

  hk_statement_bind_int64 (insert, 1, hk_shift_get_id (current));
  hk_statement_bind_int64 (insert, 2, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 3, amount);
  hk_statement_bind_text (insert, 4, clean_reason);
  hk_statement_bind_int64 (insert, 5, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return FALSE;

  summary = g_strdup_printf ("moved %lld fen %s the drawer: %s", (long long)ABS (amount),
                             amount > 0 ? "into" : "out of", clean_reason);
  after = finish_write (self, tx, actor, hk_shift_get_id (current), "cash-moved", summary, error);

  return after != NULL;
}

/* The sum of the shift's cash movements, in fen (negative when more went out). */
gint64
hk_shift_store_sum_movements (HkShiftStore *self,
                              gint64        shift_id)
{
  g_autoptr(HkStatement) stmt = NULL;

  g_return_val_if_fail (HK_IS_SHIFT_STORE (self), 0);

  stmt = hk_database_prepare (self->database,
                              "SELECT coalesce (sum (amount), 0) FROM cash_movements"
                              " WHERE shift_id = ?1", NULL);
  if (stmt == NULL)
    return 0;

  hk_statement_bind_int64 (stmt, 1, shift_id);

  return hk_statement_step (stmt, NULL) ? hk_statement_get_int64 (stmt, 0) : 0;
}

static gint64
sum_cash_receipts (HkShiftStore *self,
                   gint64        shift_id)
{
  g_autoptr(HkStatement) stmt = NULL;

  stmt = hk_database_prepare (self->database,
                              "SELECT coalesce (sum (p.amount), 0) FROM receipt_payments p"
                              " JOIN receipts r ON r.id = p.receipt_id"
                              " WHERE r.shift_id = ?1 AND r.status = 'issued'"
                              " AND p.method = 'cash'", NULL);
  if (stmt == NULL)
    return 0;

  hk_statement_bind_int64 (stmt, 1, shift_id);

  return hk_statement_step (stmt, NULL) ? hk_statement_get_int64 (stmt, 0) : 0;
}

/**
 * hk_shift_store_close:
 * @counts: how many notes or coins of each of #hk_denominations were counted
 * @declared: the totals declared for each payment method; the cash entry is ignored
 *
 * The blind count: the expected cash is computed only now, and kept beside
 * the counted cash, so that the difference stays visible.
 */
HkShift *
hk_shift_store_close (HkShiftStore  *self,
                      HkOperator    *actor,
                      HkShift       *shift,
                      const gint64   counts[HK_N_DENOMINATIONS],
                      const gint64   declared[HK_N_PAYMENT_METHODS],
                      GError       **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkShift) current = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *summary = NULL;
  gint64 counted = 0;
  gint64 expected;

  g_return_val_if_fail (HK_IS_SHIFT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_SHIFT (shift), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_CLERK, _("Closing a shift"), error))
    return NULL;

  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    {
      if (counts[i] < 0 || counts[i] > 100000)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("A count of notes or coins is out of range."));
          return NULL;
        }
      counted += counts[i] * hk_denominations[i];
    }

  /* A non-cash total may be negative: a day of card refunds only. */
  for (guint m = HK_PAYMENT_CARD; m < HK_N_PAYMENT_METHODS; m++)
    if (!validate_amount (declared[m], TRUE, hk_payment_method_get_title (m), error))
      return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_shift_store_lookup (self, hk_shift_get_id (shift), error)) ||
      !require_own_open_shift (self->database, &tx, current, actor, FALSE, error) ||
      !hk_cash_desk_require_day_open (self->database, hk_shift_get_clerk_id (current),
                                      hk_shift_get_business_day (current), error))
    return NULL;

  expected = hk_shift_get_opening_float (current) +
             sum_cash_receipts (self, hk_shift_get_id (current)) +
             hk_shift_store_sum_movements (self, hk_shift_get_id (current));
  detail = hk_shift_format_counts (counts);

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE shifts SET status = 'closed', closed_at = ?2,"
                                      " counted_cash = ?3, count_detail = ?4,"
                                      " expected_cash = ?5, declared_card = ?6,"
                                      " declared_wechat = ?7, declared_alipay = ?8,"
                                      " declared_cheque = ?9 WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_shift_get_id (current));
  hk_statement_bind_int64 (update, 2, hk_database_get_now (self->database));
  hk_statement_bind_int64 (update, 3, counted);
  hk_statement_bind_text (update, 4, detail);
  hk_statement_bind_int64 (update, 5, expected);
  hk_statement_bind_int64 (update, 6, declared[HK_PAYMENT_CARD]);
  hk_statement_bind_int64 (update, 7, declared[HK_PAYMENT_WECHAT]);
  hk_statement_bind_int64 (update, 8, declared[HK_PAYMENT_ALIPAY]);
  hk_statement_bind_int64 (update, 9, declared[HK_PAYMENT_CHEQUE]);

  if (!hk_statement_run (update, error))
    return NULL;

  summary = g_strdup_printf ("closed the shift: counted %lld fen, expected %lld, difference %lld",
                             (long long)counted, (long long)expected,
                             (long long)(counted - expected));

  return finish_write (self, tx, actor, hk_shift_get_id (current), "shift-closed", summary,
                       error);
}

/* The duty manager confirms a closed shift; nobody validates their own. */
HkShift *
hk_shift_store_validate (HkShiftStore  *self,
                         HkOperator    *actor,
                         HkShift       *shift,
                         GError       **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkShift) current = NULL;

  g_return_val_if_fail (HK_IS_SHIFT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_SHIFT (shift), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_DUTY_MANAGER,
                              _("Validating a shift’s close"), error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_shift_store_lookup (self, hk_shift_get_id (shift), error)) ||
      !hk_cash_desk_require_day_open (self->database, hk_shift_get_clerk_id (current),
                                      hk_shift_get_business_day (current), error))
    return NULL;

  if (hk_shift_get_status (current) != HK_SHIFT_CLOSED)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   hk_shift_get_status (current) == HK_SHIFT_OPEN
                   ? _("The shift is still open: the clerk closes it first.")
                   : _("The shift is already validated."));
      return NULL;
    }

  if (hk_shift_get_clerk_id (current) == hk_operator_get_id (actor))
    {
      hk_permission_refuse (self->database, &tx, actor, "shift", hk_shift_get_id (current), error,
                            "%s", _("Another duty manager validates your own shift."));
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE shifts SET status = 'validated', validated_at = ?2,"
                                      " validated_by = ?3 WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_shift_get_id (current));
  hk_statement_bind_int64 (update, 2, hk_database_get_now (self->database));
  hk_statement_bind_int64 (update, 3, hk_operator_get_id (actor));

  if (!hk_statement_run (update, error))
    return NULL;

  return finish_write (self, tx, actor, hk_shift_get_id (current), "shift-validated",
                       "validated the shift's close", error);
}

/* The duty manager reopens a closed shift, e.g. after a miscount; the old count stays in the
 * audit log. */
HkShift *
hk_shift_store_reopen (HkShiftStore  *self,
                       HkOperator    *actor,
                       HkShift       *shift,
                       const char    *reason,
                       GError       **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkShift) current = NULL;
  g_autoptr(HkShift) open = NULL;
  g_autofree char *clean_reason = NULL;
  g_autofree char *summary = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_SHIFT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_SHIFT (shift), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_DUTY_MANAGER,
                              _("Reopening a shift"), error))
    return NULL;

  clean_reason = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (*clean_reason == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Say why the shift is reopened."));
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_shift_store_lookup (self, hk_shift_get_id (shift), error)) ||
      !hk_cash_desk_require_day_open (self->database, hk_shift_get_clerk_id (current),
                                      hk_shift_get_business_day (current), error))
    return NULL;

  if (hk_shift_get_status (current) == HK_SHIFT_OPEN)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT, _("The shift is open already."));
      return NULL;
    }

  if ((open = hk_shift_store_get_open (self, hk_shift_get_clerk_id (current), &local_error)))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The clerk has another shift open; it must be closed first."));
      return NULL;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE shifts SET status = 'open', closed_at = NULL,"
                                      " validated_at = NULL, validated_by = NULL,"
                                      " times_reopened = times_reopened + 1 WHERE id = ?1",
                                      error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_shift_get_id (current));
  if (!hk_statement_run (update, error))
    return NULL;

  summary = g_strdup_printf ("reopened the shift (counted %lld fen, expected %lld): %s",
                             (long long)hk_shift_get_counted_cash (current),
                             (long long)hk_shift_get_expected_cash (current), clean_reason);

  return finish_write (self, tx, actor, hk_shift_get_id (current), "shift-reopened", summary,
                       error);
}
