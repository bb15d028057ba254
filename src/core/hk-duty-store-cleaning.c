/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-store-cleaning.c: hall operations: the cleaning schedule and rounds, and the cash
 * escort trips to the bank.
 *
 * A cleaning task divides the time from its start to its end minute of each day into windows of
 * its interval; one round is due in each window (the opening clean: one window before business;
 * counters twice a day; restrooms every 30 minutes). A round ticked at a time belongs to the
 * window that contains it: a round at exactly a window's end belongs to the next one. A window
 * without a round is missed once its end has passed. Cleaners do not log in: the duty manager
 * ticks their rounds with their names.
 *
 * A cash escort trip records the time out and back, the amount handed over, who carried it and
 * the guard. The auditor's bank deposits that the trip carried are linked to it, each deposit
 * to one trip at most.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-bank-deposit.h"
#include "hk-duty-store-private.h"
#include "hk-error.h"
#include "hk-money.h"
#include "hk-permission.h"
#include "hk-transaction.h"

/* The schedule. */

#define TASK_SELECT \
  "SELECT id, code, name, start_minute, end_minute, interval_minutes, active FROM cleaning_tasks"

static gpointer
task_from_row (HkDutyStore *self,
               HkStatement *stmt)
{
  HkCleaningTaskData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.code = hk_statement_dup_text (stmt, 1);
  data.name = g_strdup (hk_duty_store_builtin_name (hk_statement_get_text (stmt, 2)));
  data.start_minute = (guint)hk_statement_get_int64 (stmt, 3);
  data.end_minute = (guint)hk_statement_get_int64 (stmt, 4);
  data.interval_minutes = (guint)hk_statement_get_int64 (stmt, 5);
  data.active = hk_statement_get_int64 (stmt, 6) != 0;

  return hk_cleaning_task_new_take (&data);
}

/**
 * hk_duty_store_list_cleaning_tasks:
 *
 * Returns: (transfer full) (element-type HkCleaningTask): the schedule, by start time
 */
GPtrArray *
hk_duty_store_list_cleaning_tasks (HkDutyStore  *self,
                                   gboolean      active_only,
                                   GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read (self, TASK_SELECT " WHERE (?4 = 0 OR active = 1) AND ?1 IS NULL"
                             " AND ?2 IS NULL AND ?3 IS NULL ORDER BY start_minute, id", NULL,
                             NULL, NULL, active_only ? 1 : 0, task_from_row, g_object_unref,
                             error);
}

/**
 * hk_duty_store_set_cleaning_task:
 * @code: the task's code: an existing task is changed, a new code adds one
 * @start_minute: minutes after midnight at which the first window starts
 * @end_minute: at which the last window ends, after @start_minute, at most 1440
 * @interval_minutes: the length of a window, 5 to 1440
 *
 * Returns: (transfer full): the task as it is now
 */
HkCleaningTask *
hk_duty_store_set_cleaning_task (HkDutyStore  *self,
                                 HkOperator   *actor,
                                 const char   *code,
                                 const char   *name,
                                 guint         start_minute,
                                 guint         end_minute,
                                 guint         interval_minutes,
                                 gboolean      active,
                                 GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) write = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *clean_code = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *summary = NULL;
  HkCleaningTask *task;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_SETUP_ROLES,
                              _("Changing the cleaning schedule"), error) ||
      !hk_duty_store_clean_text (code, TRUE, 32, _("The code"), &clean_code, error) ||
      !hk_duty_store_clean_text (name, TRUE, HK_DUTY_NAME_MAX_LENGTH * 2, _("The task"),
                                 &clean_name, error))
    return NULL;

  if (start_minute >= end_minute || end_minute > 24 * 60 || interval_minutes < 5 ||
      interval_minutes > 24 * 60)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A cleaning task runs from a start to a later end within the day, with "
                     "rounds every 5 minutes or more."));
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(write = hk_database_prepare (self->database,
                                     "INSERT INTO cleaning_tasks (code, name, start_minute,"
                                     " end_minute, interval_minutes, active) VALUES (?1, ?2, ?3,"
                                     " ?4, ?5, ?6) ON CONFLICT (code) DO UPDATE SET name = ?2,"
                                     " start_minute = ?3, end_minute = ?4,"
                                     " interval_minutes = ?5, active = ?6", error)))
    return NULL;

  hk_statement_bind_text (write, 1, clean_code);
  hk_statement_bind_text (write, 2, clean_name);
  hk_statement_bind_int64 (write, 3, start_minute);
  hk_statement_bind_int64 (write, 4, end_minute);
  hk_statement_bind_int64 (write, 5, interval_minutes);
  hk_statement_bind_int64 (write, 6, active ? 1 : 0);

  if (!hk_statement_run (write, error) ||
      !(found = hk_duty_store_read (self, TASK_SELECT " WHERE code = ?1 AND ?2 IS NULL"
                                    " AND ?3 IS NULL AND ?4 = 0", clean_code, NULL, NULL, 0,
                                    task_from_row, g_object_unref, error)))
    return NULL;

  task = g_ptr_array_index (found, 0);
  id = hk_cleaning_task_get_id (task);
  summary = g_strdup_printf ("set the cleaning task %s: %02u:%02u to %02u:%02u every %u minutes%s",
                             clean_code, start_minute / 60, start_minute % 60, end_minute / 60,
                             end_minute % 60, interval_minutes, active ? "" : ", inactive");

  if (!hk_audit_log_append (self->database, actor, "cleaning-task-set", "cleaning_task", id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "cleaning", id);

  return g_object_ref (task);
}

/* Rounds. */

#define ROUND_SELECT \
  "SELECT r.id, r.task_id, t.name, r.done_at, r.day, r.cleaner, r.entered_at, r.entered_by," \
  " o.display_name FROM cleaning_rounds r JOIN cleaning_tasks t ON t.id = r.task_id" \
  " JOIN operators o ON o.id = r.entered_by"

static gpointer
round_from_row (HkDutyStore *self,
                HkStatement *stmt)
{
  HkCleaningRoundData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.task_id = hk_statement_get_int64 (stmt, 1);
  data.task_name = g_strdup (hk_duty_store_builtin_name (hk_statement_get_text (stmt, 2)));
  data.done_at = hk_statement_get_int64 (stmt, 3);
  data.day = hk_statement_dup_text (stmt, 4);
  data.cleaner = hk_statement_dup_text (stmt, 5);
  data.entered_at = hk_statement_get_int64 (stmt, 6);
  data.entered_by = hk_statement_get_int64 (stmt, 7);
  data.entered_by_name = hk_statement_dup_text (stmt, 8);

  return hk_cleaning_round_new_take (&data);
}

/**
 * hk_duty_store_list_cleaning_rounds:
 *
 * Returns: (transfer full) (element-type HkCleaningRound): the rounds of @first_day to
 *   @last_day, in time order
 */
GPtrArray *
hk_duty_store_list_cleaning_rounds (HkDutyStore  *self,
                                    const char   *first_day,
                                    const char   *last_day,
                                    GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read (self, ROUND_SELECT " WHERE r.day >= ?1 AND r.day <= ?2"
                             " AND ?3 IS NULL AND ?4 = 0 ORDER BY r.done_at, r.id", first_day,
                             last_day, NULL, 0, round_from_row, g_object_unref, error);
}

/**
 * hk_duty_store_record_cleaning_round:
 * @task_id: an active cleaning task
 * @done_at: when the round was done: not in the future
 * @cleaner: who did it
 *
 * Returns: (transfer full): the round
 */
HkCleaningRound *
hk_duty_store_record_cleaning_round (HkDutyStore  *self,
                                     HkOperator   *actor,
                                     gint64        task_id,
                                     gint64        done_at,
                                     const char   *cleaner,
                                     GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *day = NULL;
  g_autofree char *summary = NULL;
  HkCleaningTask *task = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_ROLES,
                              _("Ticking a cleaning round"), error) ||
      !hk_duty_store_check_moment (self, done_at, _("The time of the round"), error) ||
      !hk_duty_store_clean_text (cleaner, TRUE, HK_DUTY_NAME_MAX_LENGTH, _("The cleaner"),
                                 &clean, error) ||
      !(tasks = hk_duty_store_list_cleaning_tasks (self, TRUE, error)))
    return NULL;

  for (guint i = 0; i < tasks->len; i++)
    if (hk_cleaning_task_get_id (g_ptr_array_index (tasks, i)) == task_id)
      task = g_ptr_array_index (tasks, i);

  if (task == NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                   _("There is no active cleaning task number %lld."), (long long)task_id);
      return NULL;
    }

  day = hk_hall_store_format_day (self->hall, done_at);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(insert = hk_database_prepare (self->database,
                                      "INSERT INTO cleaning_rounds (task_id, done_at, day,"
                                      " cleaner, entered_at, entered_by) VALUES (?1, ?2, ?3, ?4,"
                                      " ?5, ?6)", error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, task_id);
  hk_statement_bind_int64 (insert, 2, done_at);
  hk_statement_bind_text (insert, 3, day);
  hk_statement_bind_text (insert, 4, clean);
  hk_statement_bind_int64 (insert, 5, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 6, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("ticked a %s round of %s", hk_cleaning_task_get_code (task), day);

  if (!hk_audit_log_append (self->database, actor, "cleaning-round-recorded", "cleaning_round",
                            id, summary, error) ||
      !(found = hk_duty_store_read (self, ROUND_SELECT " WHERE r.id = ?4 AND ?1 IS NULL"
                                    " AND ?2 IS NULL AND ?3 IS NULL", NULL, NULL, NULL, id,
                                    round_from_row, g_object_unref, error)) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "cleaning", id);

  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * hk_duty_store_list_cleaning_windows:
 * @at: the moment the windows are looked at: a window without a round is missed when its end
 *   is not after @at
 *
 * Returns: (transfer full) (element-type HkCleaningWindow): the windows of @day of each active
 *   task, by task and time
 */
GPtrArray *
hk_duty_store_list_cleaning_windows (HkDutyStore  *self,
                                     const char   *day,
                                     gint64        at,
                                     GError      **error)
{
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(GPtrArray) windows =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_cleaning_window_free);
  gint64 midnight = 0;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  if (!hk_hall_store_parse_day (self->hall, day, &midnight, NULL, error) ||
      !(tasks = hk_duty_store_list_cleaning_tasks (self, TRUE, error)) ||
      !(rounds = hk_duty_store_list_cleaning_rounds (self, day, day, error)))
    return NULL;

  for (guint t = 0; t < tasks->len; t++)
    {
      HkCleaningTask *task = g_ptr_array_index (tasks, t);
      guint interval = hk_cleaning_task_get_interval_minutes (task);
      guint last = hk_cleaning_task_get_end_minute (task);

      for (guint m = hk_cleaning_task_get_start_minute (task); m < last; m += interval)
        {
          HkCleaningWindow *window = g_new0 (HkCleaningWindow, 1);

          window->task_id = hk_cleaning_task_get_id (task);
          window->task_name = g_strdup (hk_cleaning_task_get_name (task));
          window->start = midnight + (gint64)m * 60;
          window->end = midnight + (gint64)MIN (m + interval, last) * 60;

          for (guint r = 0; r < rounds->len && window->done_at == 0; r++)
            {
              HkCleaningRound *round = g_ptr_array_index (rounds, r);
              gint64 done_at = hk_cleaning_round_get_done_at (round);

              if (hk_cleaning_round_get_task_id (round) == window->task_id &&
                  done_at >= window->start && done_at < window->end)
                window->done_at = done_at;
            }

          window->missed = window->done_at == 0 && window->end <= at;
          g_ptr_array_add (windows, window);
        }
    }

  return g_steal_pointer (&windows);
}

/**
 * hk_duty_store_count_missed_rounds:
 * @n_missed: (out): the windows of the days, of the active tasks, with no round, ended by now
 */
gboolean
hk_duty_store_count_missed_rounds (HkDutyStore  *self,
                                   const char   *first_day,
                                   const char   *last_day,
                                   guint        *n_missed,
                                   GError      **error)
{
  g_autoptr(GDate) date = g_date_new ();
  g_autoptr(GDate) last = g_date_new ();
  gint64 now;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), FALSE);
  g_return_val_if_fail (n_missed != NULL, FALSE);

  if (!hk_hall_store_parse_day (self->hall, first_day, NULL, NULL, error) ||
      !hk_hall_store_parse_day (self->hall, last_day, NULL, NULL, error))
    return FALSE;

  now = hk_database_get_now (self->database);
  *n_missed = 0;
  g_date_set_parse (date, first_day);
  g_date_set_parse (last, last_day);

  for (; g_date_compare (date, last) <= 0; g_date_add_days (date, 1))
    {
      g_autoptr(GPtrArray) windows = NULL;
      char day[16];

      g_date_strftime (day, sizeof day, "%Y-%m-%d", date);
      if (!(windows = hk_duty_store_list_cleaning_windows (self, day, now, error)))
        return FALSE;

      for (guint i = 0; i < windows->len; i++)
        if (((HkCleaningWindow *)g_ptr_array_index (windows, i))->missed)
          (*n_missed)++;
    }

  return TRUE;
}

/* Cash escort. */

#define ESCORT_SELECT \
  "SELECT e.id, e.day, e.left_at, e.returned_at, e.amount, e.carrier, e.guard, e.note," \
  " (SELECT coalesce (sum (d.amount), 0) FROM cash_escort_deposits x" \
  "  JOIN bank_deposits d ON d.id = x.deposit_id WHERE x.escort_id = e.id)," \
  " (SELECT count (*) FROM cash_escort_deposits x WHERE x.escort_id = e.id)," \
  " e.entered_at, e.entered_by, o.display_name FROM cash_escorts e" \
  " JOIN operators o ON o.id = e.entered_by"

static gpointer
escort_from_row (HkDutyStore *self,
                 HkStatement *stmt)
{
  HkCashEscortData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.day = hk_statement_dup_text (stmt, 1);
  data.left_at = hk_statement_get_int64 (stmt, 2);
  data.returned_at = hk_statement_get_int64 (stmt, 3);
  data.amount = hk_statement_get_int64 (stmt, 4);
  data.carrier = hk_statement_dup_text (stmt, 5);
  data.guard = hk_statement_dup_text (stmt, 6);
  data.note = hk_statement_dup_text (stmt, 7);
  data.deposited = hk_statement_get_int64 (stmt, 8);
  data.n_deposits = (guint)hk_statement_get_int64 (stmt, 9);
  data.entered_at = hk_statement_get_int64 (stmt, 10);
  data.entered_by = hk_statement_get_int64 (stmt, 11);
  data.entered_by_name = hk_statement_dup_text (stmt, 12);

  return hk_cash_escort_new_take (&data);
}

static HkCashEscort *
lookup_escort (HkDutyStore  *self,
               gint64        escort_id,
               GError      **error)
{
  return hk_duty_store_read_one (self, ESCORT_SELECT " WHERE e.id = ?4 AND ?1 IS NULL"
                                 " AND ?2 IS NULL AND ?3 IS NULL", escort_id, escort_from_row,
                                 _("There is no cash escort trip number %lld."), error);
}

/**
 * hk_duty_store_list_cash_escorts:
 *
 * Returns: (transfer full) (element-type HkCashEscort): the trips of @first_day to @last_day
 */
GPtrArray *
hk_duty_store_list_cash_escorts (HkDutyStore  *self,
                                 const char   *first_day,
                                 const char   *last_day,
                                 GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read (self, ESCORT_SELECT " WHERE e.day >= ?1 AND e.day <= ?2"
                             " AND ?3 IS NULL AND ?4 = 0 ORDER BY e.left_at, e.id", first_day,
                             last_day, NULL, 0, escort_from_row, g_object_unref, error);
}

/**
 * hk_duty_store_record_cash_escort:
 *
 * Records a trip to the bank once it is back.
 *
 * Returns: (transfer full): the trip, with no deposit linked yet
 */
HkCashEscort *
hk_duty_store_record_cash_escort (HkDutyStore              *self,
                                  HkOperator               *actor,
                                  const HkCashEscortInput  *input,
                                  GError                  **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkCashEscort) escort = NULL;
  g_autofree char *carrier = NULL;
  g_autofree char *guard = NULL;
  g_autofree char *note = NULL;
  g_autofree char *day = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *summary = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_ROLES,
                              _("Recording a cash escort trip"), error) ||
      !hk_duty_store_check_moment (self, input->left_at, _("The time out"), error) ||
      !hk_duty_store_check_moment (self, input->returned_at, _("The time back"), error) ||
      !hk_duty_store_clean_text (input->carrier, TRUE, HK_DUTY_NAME_MAX_LENGTH,
                                 _("Who carried the takings"), &carrier, error) ||
      !hk_duty_store_clean_text (input->guard, TRUE, HK_DUTY_NAME_MAX_LENGTH, _("The guard"),
                                 &guard, error) ||
      !hk_duty_store_clean_text (input->note, FALSE, HK_DUTY_TEXT_MAX_LENGTH, _("The note"),
                                 &note, error))
    return NULL;

  if (input->returned_at <= input->left_at)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The escort came back after it left: check the times."));
      return NULL;
    }

  if (input->amount <= 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The amount handed over at the bank is above zero."));
      return NULL;
    }

  if (g_strcmp0 (carrier, guard) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The guard escorts the one who carries the takings: two different people."));
      return NULL;
    }

  day = hk_hall_store_format_day (self->hall, input->left_at);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(insert = hk_database_prepare (self->database,
                                      "INSERT INTO cash_escorts (day, left_at, returned_at,"
                                      " amount, carrier, guard, note, entered_at, entered_by)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, day);
  hk_statement_bind_int64 (insert, 2, input->left_at);
  hk_statement_bind_int64 (insert, 3, input->returned_at);
  hk_statement_bind_int64 (insert, 4, input->amount);
  hk_statement_bind_text (insert, 5, carrier);
  hk_statement_bind_text (insert, 6, guard);
  hk_statement_bind_text (insert, 7, note);
  hk_statement_bind_int64 (insert, 8, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 9, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  amount = hk_money_format_plain (input->amount);
  summary = g_strdup_printf ("recorded a cash escort trip of %s carrying %s", day, amount);

  if (!(escort = lookup_escort (self, id, error)) ||
      !hk_audit_log_append (self->database, actor, "cash-escort-recorded", "cash_escort", id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "escort", id);

  return g_steal_pointer (&escort);
}

/**
 * hk_duty_store_link_cash_escort_deposit:
 * @deposit_id: a bank deposit, not cancelled, not linked to another trip, dated on the day of
 *   the trip
 *
 * Returns: (transfer full): the trip with the deposit linked
 */
HkCashEscort *
hk_duty_store_link_cash_escort_deposit (HkDutyStore   *self,
                                        HkOperator    *actor,
                                        HkCashEscort  *escort,
                                        gint64         deposit_id,
                                        GError       **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) deposit = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkCashEscort) current = NULL;
  g_autoptr(HkCashEscort) linked = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_CASH_ESCORT (escort), NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_ROLES | HK_ROLE_AUDITOR,
                              _("Linking a bank deposit to a cash escort trip"), error))
    return NULL;

  id = hk_cash_escort_get_id (escort);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = lookup_escort (self, id, error)) ||
      !(deposit = hk_database_prepare (self->database,
                                       "SELECT d.slip_date, d.cancelled_at IS NOT NULL,"
                                       " x.escort_id FROM bank_deposits d"
                                       " LEFT JOIN cash_escort_deposits x ON x.deposit_id = d.id"
                                       " WHERE d.id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (deposit, 1, deposit_id);

  if (!hk_statement_step (deposit, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no bank deposit number %lld."), (long long)deposit_id);
      return NULL;
    }

  if (hk_statement_get_int64 (deposit, 1) != 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Bank deposit %lld is cancelled."), (long long)deposit_id);
      return NULL;
    }

  if (!hk_statement_is_null (deposit, 2))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Bank deposit %lld is linked to cash escort trip %lld already."),
                   (long long)deposit_id, (long long)hk_statement_get_int64 (deposit, 2));
      return NULL;
    }

  if (g_strcmp0 (hk_statement_get_text (deposit, 0), hk_cash_escort_get_day (current)) != 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Bank deposit %lld is dated %s, the trip %s."), (long long)deposit_id,
                   hk_statement_get_text (deposit, 0), hk_cash_escort_get_day (current));
      return NULL;
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO cash_escort_deposits (escort_id, deposit_id,"
                                      " linked_at, linked_by) VALUES (?1, ?2, ?3, ?4)", error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, id);
  hk_statement_bind_int64 (insert, 2, deposit_id);
  hk_statement_bind_int64 (insert, 3, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 4, hk_operator_get_id (actor));

  summary = g_strdup_printf ("linked bank deposit %lld to cash escort trip %lld",
                             (long long)deposit_id, (long long)id);

  if (!hk_statement_run (insert, error) ||
      !(linked = lookup_escort (self, id, error)) ||
      !hk_audit_log_append (self->database, actor, "cash-escort-linked", "cash_escort", id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "escort", id);

  return g_steal_pointer (&linked);
}
