/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-store-safety.c: hall operations: the safety checklist and its checks, facility
 * faults and incidents.
 *
 * The hall supervisor sets up the checklist (fire extinguishers, emergency exits, safe,
 * cameras, power to begin with). A safety check of a shift answers every active item once; each
 * failed item opens a facility fault in the same transaction. A fault stays open, and shows in
 * every duty log, until it is fixed. An incident is recorded with its time, place, people and
 * action taken; a serious one needs the duty manager's report before the end of the shift it
 * occurred in (a later report is recorded as late, and the shift's log cannot be signed without
 * it).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-duty-store-private.h"
#include "hk-error.h"
#include "hk-permission.h"
#include "hk-transaction.h"

/* The checklist. */

static gpointer
item_from_row (HkDutyStore *self,
               HkStatement *stmt)
{
  HkSafetyCheckItemData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.code = hk_statement_dup_text (stmt, 1);
  data.name = g_strdup (hk_duty_store_builtin_name (hk_statement_get_text (stmt, 2)));
  data.position = (guint)hk_statement_get_int64 (stmt, 3);
  data.active = hk_statement_get_int64 (stmt, 4) != 0;

  return hk_safety_check_item_new_take (&data);
}

#define ITEM_SELECT "SELECT id, code, name, position, active FROM safety_check_items"

/**
 * hk_duty_store_list_checklist:
 *
 * Returns: (transfer full) (element-type HkSafetyCheckItem): the checklist, in order
 */
GPtrArray *
hk_duty_store_list_checklist (HkDutyStore  *self,
                              gboolean      active_only,
                              GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read (self, ITEM_SELECT " WHERE (?4 = 0 OR active = 1) AND ?1 IS NULL"
                             " AND ?2 IS NULL AND ?3 IS NULL ORDER BY position, id", NULL, NULL,
                             NULL, active_only ? 1 : 0, item_from_row, g_object_unref, error);
}

static HkSafetyCheckItem *
lookup_item (HkDutyStore  *self,
             gint64        item_id,
             GError      **error)
{
  return hk_duty_store_read_one (self, ITEM_SELECT " WHERE id = ?4 AND ?1 IS NULL AND ?2 IS NULL"
                                 " AND ?3 IS NULL", item_id, item_from_row,
                                 _("There is no safety checklist item number %lld."), error);
}

/**
 * hk_duty_store_add_checklist_item:
 * @code: a short unique code, e.g. "first-aid"
 * @name: what is checked
 *
 * Returns: (transfer full): the new item, at the end of the checklist
 */
HkSafetyCheckItem *
hk_duty_store_add_checklist_item (HkDutyStore  *self,
                                  HkOperator   *actor,
                                  const char   *code,
                                  const char   *name,
                                  GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkSafetyCheckItem) item = NULL;
  g_autofree char *clean_code = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_SETUP_ROLES,
                              _("Changing the safety checklist"), error) ||
      !hk_duty_store_clean_text (code, TRUE, 32, _("The code"), &clean_code, error) ||
      !hk_duty_store_clean_text (name, TRUE, HK_DUTY_NAME_MAX_LENGTH * 2, _("The item"),
                                 &clean_name, error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(insert = hk_database_prepare (self->database,
                                      "INSERT INTO safety_check_items (code, name, position)"
                                      " SELECT ?1, ?2, coalesce (max (position), 0) + 1"
                                      " FROM safety_check_items", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, clean_code);
  hk_statement_bind_text (insert, 2, clean_name);

  if (!hk_statement_run (insert, &local_error))
    {
      if (g_error_matches (local_error, HK_ERROR, HK_ERROR_CONFLICT))
        g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                     _("The checklist has an item with the code %s already."), clean_code);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("added the safety checklist item %s", clean_code);

  if (!(item = lookup_item (self, id, error)) ||
      !hk_audit_log_append (self->database, actor, "safety-item-added", "safety_check_item", id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "checklist", id);

  return g_steal_pointer (&item);
}

/**
 * hk_duty_store_set_checklist_item_active:
 *
 * Takes an item off the checklist or puts it back; checks done stay as they were.
 *
 * Returns: (transfer full): the item as it is now
 */
HkSafetyCheckItem *
hk_duty_store_set_checklist_item_active (HkDutyStore        *self,
                                         HkOperator         *actor,
                                         HkSafetyCheckItem  *item,
                                         gboolean            active,
                                         GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkSafetyCheckItem) changed = NULL;
  g_autofree char *summary = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_SAFETY_CHECK_ITEM (item), NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_SETUP_ROLES,
                              _("Changing the safety checklist"), error))
    return NULL;

  id = hk_safety_check_item_get_id (item);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(update = hk_database_prepare (self->database,
                                      "UPDATE safety_check_items SET active = ?1 WHERE id = ?2",
                                      error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, active ? 1 : 0);
  hk_statement_bind_int64 (update, 2, id);
  summary = g_strdup_printf ("%s the safety checklist item %s", active ? "put back" : "took off",
                             hk_safety_check_item_get_code (item));

  if (!hk_statement_run (update, error) ||
      !(changed = lookup_item (self, id, error)) ||
      !hk_audit_log_append (self->database, actor, "safety-item-changed", "safety_check_item",
                            id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "checklist", id);

  return g_steal_pointer (&changed);
}

/* Facility faults. */

#define FAULT_SELECT \
  "SELECT f.id, f.description, f.location, f.severity, f.reported_at, f.reported_by," \
  " r.display_name, f.contacted, f.safety_check_id, f.fixed_at, f.fixed_by, x.display_name," \
  " f.fix_note FROM facility_faults f JOIN operators r ON r.id = f.reported_by" \
  " LEFT JOIN operators x ON x.id = f.fixed_by"

static gpointer
fault_from_row (HkDutyStore *self,
                HkStatement *stmt)
{
  HkFacilityFaultData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.description = hk_statement_dup_text (stmt, 1);
  data.location = hk_statement_dup_text (stmt, 2);
  hk_fault_severity_from_id (hk_statement_get_text (stmt, 3), &data.severity);
  data.reported_at = hk_statement_get_int64 (stmt, 4);
  data.reported_by = hk_statement_get_int64 (stmt, 5);
  data.reported_by_name = hk_statement_dup_text (stmt, 6);
  data.contacted = hk_statement_dup_text (stmt, 7);
  data.safety_check_id = hk_statement_get_int64 (stmt, 8);
  data.fixed_at = hk_statement_get_int64 (stmt, 9);
  data.fixed_by = hk_statement_get_int64 (stmt, 10);
  data.fixed_by_name = hk_statement_dup_text (stmt, 11);
  data.fix_note = hk_statement_dup_text (stmt, 12);

  return hk_facility_fault_new_take (&data);
}

HkFacilityFault *
hk_duty_store_lookup_fault (HkDutyStore  *self,
                            gint64        fault_id,
                            GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read_one (self, FAULT_SELECT " WHERE f.id = ?4 AND ?1 IS NULL"
                                 " AND ?2 IS NULL AND ?3 IS NULL", fault_id, fault_from_row,
                                 _("There is no facility fault number %lld."), error);
}

/**
 * hk_duty_store_list_open_faults:
 * @at: the moment, e.g. now or the end of a shift
 *
 * Returns: (transfer full) (element-type HkFacilityFault): the faults reported before @at and
 *   not fixed by then, oldest first: what a duty log carries over
 */
GPtrArray *
hk_duty_store_list_open_faults (HkDutyStore  *self,
                                gint64        at,
                                GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read (self, FAULT_SELECT " WHERE f.reported_at <= ?4"
                             " AND (f.fixed_at IS NULL OR f.fixed_at > ?4) AND ?1 IS NULL"
                             " AND ?2 IS NULL AND ?3 IS NULL ORDER BY f.reported_at, f.id",
                             NULL, NULL, NULL, at, fault_from_row, g_object_unref, error);
}

/**
 * hk_duty_store_list_faults:
 *
 * Returns: (transfer full) (element-type HkFacilityFault): the faults reported from
 *   @first_day to @last_day, oldest first
 */
GPtrArray *
hk_duty_store_list_faults (HkDutyStore  *self,
                           const char   *first_day,
                           const char   *last_day,
                           GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read (self, FAULT_SELECT " WHERE f.day >= ?1 AND f.day <= ?2"
                             " AND ?3 IS NULL AND ?4 = 0 ORDER BY f.reported_at, f.id",
                             first_day, last_day, NULL, 0, fault_from_row, g_object_unref, error);
}

static gboolean
insert_fault (HkDutyStore                 *self,
              HkOperator                  *actor,
              const HkFacilityFaultInput  *input,
              gint64                       safety_check_id,
              gint64                      *fault_id,
              GError                     **error)
{
  g_autoptr(HkStatement) insert = NULL;
  g_autofree char *description = NULL;
  g_autofree char *location = NULL;
  g_autofree char *contacted = NULL;
  g_autofree char *day = NULL;

  if (!hk_duty_store_clean_text (input->description, TRUE, HK_DUTY_TEXT_MAX_LENGTH,
                                 _("The fault"), &description, error) ||
      !hk_duty_store_clean_text (input->location, TRUE, HK_DUTY_NAME_MAX_LENGTH * 2,
                                 _("The location"), &location, error) ||
      !hk_duty_store_clean_text (input->contacted, FALSE, HK_DUTY_NAME_MAX_LENGTH * 2,
                                 _("Who was contacted"), &contacted, error))
    return FALSE;

  if ((guint)input->severity >= HK_FAULT_N_SEVERITIES)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("There is no such severity."));
      return FALSE;
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO facility_faults (description, location,"
                                      " severity, contacted, safety_check_id, reported_at,"
                                      " reported_by, day) VALUES (?1, ?2, ?3, ?4, nullif (?5, 0),"
                                      " ?6, ?7, ?8)", error)))
    return FALSE;

  day = hk_hall_store_format_day (self->hall, hk_database_get_now (self->database));

  hk_statement_bind_text (insert, 1, description);
  hk_statement_bind_text (insert, 2, location);
  hk_statement_bind_text (insert, 3, hk_fault_severity_to_id (input->severity));
  hk_statement_bind_text (insert, 4, contacted);
  hk_statement_bind_int64 (insert, 5, safety_check_id);
  hk_statement_bind_int64 (insert, 6, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 7, hk_operator_get_id (actor));
  hk_statement_bind_text (insert, 8, day);

  if (!hk_statement_run (insert, error))
    return FALSE;

  *fault_id = hk_database_get_last_insert_id (self->database);

  return hk_audit_log_append (self->database, actor, "facility-fault-reported",
                              "facility_fault", *fault_id,
                              safety_check_id != 0 ? "opened a facility fault from a failed"
                                                     " safety check item"
                                                   : "reported a facility fault", error);
}

/**
 * hk_duty_store_report_fault:
 *
 * Returns: (transfer full): the new fault, open, reported now by the actor
 */
HkFacilityFault *
hk_duty_store_report_fault (HkDutyStore                 *self,
                            HkOperator                  *actor,
                            const HkFacilityFaultInput  *input,
                            GError                     **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkFacilityFault) fault = NULL;
  gint64 id = 0;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_ROLES,
                              _("Reporting a facility fault"), error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !insert_fault (self, actor, input, 0, &id, error) ||
      !(fault = hk_duty_store_lookup_fault (self, id, error)) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "fault", id);

  return g_steal_pointer (&fault);
}

/**
 * hk_duty_store_fix_fault:
 * @note: what was done, by whom
 *
 * Records an open fault as fixed now, once.
 *
 * Returns: (transfer full): the fixed fault
 */
HkFacilityFault *
hk_duty_store_fix_fault (HkDutyStore      *self,
                         HkOperator       *actor,
                         HkFacilityFault  *fault,
                         const char       *note,
                         GError          **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkFacilityFault) current = NULL;
  g_autoptr(HkFacilityFault) fixed = NULL;
  g_autofree char *clean = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (fault), NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_ROLES,
                              _("Recording a fault as fixed"), error) ||
      !hk_duty_store_clean_text (note, TRUE, HK_DUTY_TEXT_MAX_LENGTH, _("What was done"),
                                 &clean, error))
    return NULL;

  id = hk_facility_fault_get_id (fault);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_duty_store_lookup_fault (self, id, error)))
    return NULL;

  if (hk_facility_fault_get_fixed_at (current) != 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Fault %lld was recorded as fixed by %s already."), (long long)id,
                   hk_facility_fault_get_fixed_by_name (current));
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE facility_faults SET fixed_at = ?1, fixed_by = ?2,"
                                      " fix_note = ?3 WHERE id = ?4", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, MAX (hk_database_get_now (self->database),
                                           hk_facility_fault_get_reported_at (current)));
  hk_statement_bind_int64 (update, 2, hk_operator_get_id (actor));
  hk_statement_bind_text (update, 3, clean);
  hk_statement_bind_int64 (update, 4, id);

  if (!hk_statement_run (update, error) ||
      !(fixed = hk_duty_store_lookup_fault (self, id, error)) ||
      !hk_audit_log_append (self->database, actor, "facility-fault-fixed", "facility_fault", id,
                            "recorded a facility fault as fixed", error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "fault", id);

  return g_steal_pointer (&fixed);
}

/* Safety checks. */

static gpointer
result_from_row (HkDutyStore *self,
                 HkStatement *stmt)
{
  HkSafetyCheckResult *result = g_new0 (HkSafetyCheckResult, 1);

  result->item_id = hk_statement_get_int64 (stmt, 0);
  result->item_name = g_strdup (hk_duty_store_builtin_name (hk_statement_get_text (stmt, 1)));
  result->passed = hk_statement_get_int64 (stmt, 2) != 0;
  result->note = hk_statement_dup_text (stmt, 3);
  result->fault_id = hk_statement_get_int64 (stmt, 4);

  return result;
}

static gpointer
check_from_row (HkDutyStore *self,
                HkStatement *stmt)
{
  HkSafetyCheckData data = { 0 };
  g_autoptr(GError) error = NULL;

  data.id = hk_statement_get_int64 (stmt, 0);
  data.day = hk_statement_dup_text (stmt, 1);
  hk_duty_shift_from_id (hk_statement_get_text (stmt, 2), &data.shift);
  data.checked_at = hk_statement_get_int64 (stmt, 3);
  data.checked_by = hk_statement_get_int64 (stmt, 4);
  data.checked_by_name = hk_statement_dup_text (stmt, 5);
  data.results = hk_duty_store_read (self,
                                     "SELECT r.item_id, i.name, r.passed, r.note, r.fault_id"
                                     " FROM safety_check_results r"
                                     " JOIN safety_check_items i ON i.id = r.item_id"
                                     " WHERE r.check_id = ?4 AND ?1 IS NULL AND ?2 IS NULL"
                                     " AND ?3 IS NULL ORDER BY i.position, i.id", NULL, NULL,
                                     NULL, data.id, result_from_row,
                                     (GDestroyNotify)hk_safety_check_result_free, &error);
  if (data.results == NULL)
    {
      g_warning ("Reading safety check %lld: %s", (long long)data.id, error->message);
      data.results = g_ptr_array_new ();
    }

  for (guint i = 0; i < data.results->len; i++)
    if (!((HkSafetyCheckResult *)g_ptr_array_index (data.results, i))->passed)
      data.n_failed++;

  return hk_safety_check_new_take (&data);
}

#define CHECK_SELECT \
  "SELECT c.id, c.day, c.shift, c.checked_at, c.checked_by, o.display_name" \
  " FROM safety_checks c JOIN operators o ON o.id = c.checked_by"

/**
 * hk_duty_store_list_safety_checks:
 *
 * Returns: (transfer full) (element-type HkSafetyCheck): the checks from @first_day to
 *   @last_day, in order
 */
GPtrArray *
hk_duty_store_list_safety_checks (HkDutyStore  *self,
                                  const char   *first_day,
                                  const char   *last_day,
                                  GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read (self, CHECK_SELECT " WHERE c.day >= ?1 AND c.day <= ?2"
                             " AND ?3 IS NULL AND ?4 = 0 ORDER BY c.checked_at, c.id", first_day,
                             last_day, NULL, 0, check_from_row, g_object_unref, error);
}

/**
 * hk_duty_store_record_safety_check:
 * @answers: (array length=n_answers): one per active checklist item
 *
 * Records a safety check of a shift that has begun, done now. Every active item is answered
 * once; each failed item opens a facility fault (its note, at the item) in the same
 * transaction.
 *
 * Returns: (transfer full): the check with its results
 */
HkSafetyCheck *
hk_duty_store_record_safety_check (HkDutyStore                *self,
                                   HkOperator                 *actor,
                                   const char                 *day,
                                   HkDutyShift                 shift,
                                   const HkSafetyCheckAnswer  *answers,
                                   guint                       n_answers,
                                   GError                    **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkStatement) insert_result = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *summary = NULL;
  HkSafetyCheck *check;
  gint64 now;
  gint64 id;
  guint n_failed = 0;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);
  g_return_val_if_fail (answers != NULL || n_answers == 0, NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_ROLES,
                              _("Recording a safety check"), error) ||
      !hk_duty_store_check_shift (self, day, shift, error))
    return NULL;

  now = hk_database_get_now (self->database);

  if (!(items = hk_duty_store_list_checklist (self, TRUE, error)))
    return NULL;

  if (n_answers != items->len)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Answer each of the %u items of the checklist once."), items->len);
      return NULL;
    }

  for (guint i = 0; i < items->len; i++)
    {
      HkSafetyCheckItem *item = g_ptr_array_index (items, i);
      guint matches = 0;

      for (guint a = 0; a < n_answers; a++)
        if (answers[a].item_id == hk_safety_check_item_get_id (item))
          {
            matches++;
            if (!answers[a].passed)
              {
                g_autofree char *note = NULL;

                if (!hk_duty_store_clean_text (answers[a].note, TRUE, HK_DUTY_TEXT_MAX_LENGTH,
                                               hk_safety_check_item_get_name (item), &note,
                                               error))
                  return NULL;
                n_failed++;
              }
          }

      if (matches != 1)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("Answer the checklist item “%s” once."),
                       hk_safety_check_item_get_name (item));
          return NULL;
        }
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(insert = hk_database_prepare (self->database,
                                      "INSERT INTO safety_checks (day, shift, checked_at,"
                                      " checked_by) VALUES (?1, ?2, ?3, ?4)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, day);
  hk_statement_bind_text (insert, 2, hk_duty_shift_to_id (shift));
  hk_statement_bind_int64 (insert, 3, now);
  hk_statement_bind_int64 (insert, 4, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);

  if (!(insert_result = hk_database_prepare (self->database,
                                             "INSERT INTO safety_check_results (check_id,"
                                             " item_id, passed, note, fault_id) VALUES (?1, ?2,"
                                             " ?3, ?4, nullif (?5, 0))", error)))
    return NULL;

  for (guint a = 0; a < n_answers; a++)
    {
      g_autofree char *note = NULL;
      gint64 fault_id = 0;

      if (!hk_duty_store_clean_text (answers[a].note, FALSE, HK_DUTY_TEXT_MAX_LENGTH,
                                     _("The note"), &note, error))
        return NULL;

      if (!answers[a].passed)
        {
          g_autoptr(HkSafetyCheckItem) item = NULL;
          HkFacilityFaultInput fault = { 0 };

          if (!(item = lookup_item (self, answers[a].item_id, error)))
            return NULL;

          fault.description = note;
          fault.location = hk_safety_check_item_get_name (item);
          fault.severity = answers[a].severity;
          if (!insert_fault (self, actor, &fault, id, &fault_id, error))
            return NULL;
        }

      hk_statement_reset (insert_result);
      hk_statement_bind_int64 (insert_result, 1, id);
      hk_statement_bind_int64 (insert_result, 2, answers[a].item_id);
      hk_statement_bind_int64 (insert_result, 3, answers[a].passed ? 1 : 0);
      hk_statement_bind_text (insert_result, 4, note);
      hk_statement_bind_int64 (insert_result, 5, fault_id);
      if (!hk_statement_run (insert_result, error))
        return NULL;
    }

  summary = g_strdup_printf ("recorded the safety check of %s, %s shift: %u of %u items failed",
                             day, hk_duty_shift_to_id (shift), n_failed, n_answers);

  if (!hk_audit_log_append (self->database, actor, "safety-check-recorded", "safety_check", id,
                            summary, error) ||
      !(found = hk_duty_store_read (self, CHECK_SELECT " WHERE c.id = ?4 AND ?1 IS NULL"
                                    " AND ?2 IS NULL AND ?3 IS NULL", NULL, NULL, NULL, id,
                                    check_from_row, g_object_unref, error)) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  check = g_object_ref (g_ptr_array_index (found, 0));
  hk_duty_store_emit_changed (self, "safety-check", id);
  if (n_failed > 0)
    hk_duty_store_emit_changed (self, "fault", 0);

  return check;
}

/* Incidents. */

#define INCIDENT_SELECT \
  "SELECT i.id, i.kind, i.occurred_at, i.day, i.shift, i.place, i.people, i.action_taken," \
  " i.reported_to, i.serious, i.report_due, i.entered_at, i.entered_by, e.display_name," \
  " i.report, i.reported_at, i.reported_by, r.display_name FROM incidents i" \
  " JOIN operators e ON e.id = i.entered_by LEFT JOIN operators r ON r.id = i.reported_by"

static gpointer
incident_from_row (HkDutyStore *self,
                   HkStatement *stmt)
{
  HkIncidentData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  hk_incident_kind_from_id (hk_statement_get_text (stmt, 1), &data.kind);
  data.occurred_at = hk_statement_get_int64 (stmt, 2);
  data.day = hk_statement_dup_text (stmt, 3);
  hk_duty_shift_from_id (hk_statement_get_text (stmt, 4), &data.shift);
  data.place = hk_statement_dup_text (stmt, 5);
  data.people = hk_statement_dup_text (stmt, 6);
  data.action_taken = hk_statement_dup_text (stmt, 7);
  data.reported_to = hk_statement_dup_text (stmt, 8);
  data.serious = hk_statement_get_int64 (stmt, 9) != 0;
  data.report_due = hk_statement_get_int64 (stmt, 10);
  data.entered_at = hk_statement_get_int64 (stmt, 11);
  data.entered_by = hk_statement_get_int64 (stmt, 12);
  data.entered_by_name = hk_statement_dup_text (stmt, 13);
  data.report = hk_statement_dup_text (stmt, 14);
  data.reported_at = hk_statement_get_int64 (stmt, 15);
  data.reported_by = hk_statement_get_int64 (stmt, 16);
  data.reported_by_name = hk_statement_dup_text (stmt, 17);

  return hk_incident_new_take (&data);
}

HkIncident *
hk_duty_store_lookup_incident (HkDutyStore  *self,
                               gint64        incident_id,
                               GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read_one (self, INCIDENT_SELECT " WHERE i.id = ?4 AND ?1 IS NULL"
                                 " AND ?2 IS NULL AND ?3 IS NULL", incident_id,
                                 incident_from_row, _("There is no incident number %lld."),
                                 error);
}

/**
 * hk_duty_store_list_incidents:
 *
 * Returns: (transfer full) (element-type HkIncident): the incidents of @first_day to
 *   @last_day, in the order they occurred
 */
GPtrArray *
hk_duty_store_list_incidents (HkDutyStore  *self,
                              const char   *first_day,
                              const char   *last_day,
                              GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read (self, INCIDENT_SELECT " WHERE i.day >= ?1 AND i.day <= ?2"
                             " AND ?3 IS NULL AND ?4 = 0 ORDER BY i.occurred_at, i.id",
                             first_day, last_day, NULL, 0, incident_from_row, g_object_unref,
                             error);
}

/**
 * hk_duty_store_record_incident:
 *
 * Records an incident that occurred within a shift (08:00 to 19:00). A serious one is due a
 * report by the end of that shift.
 *
 * Returns: (transfer full): the incident
 */
HkIncident *
hk_duty_store_record_incident (HkDutyStore            *self,
                               HkOperator             *actor,
                               const HkIncidentInput  *input,
                               GError                **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkIncident) incident = NULL;
  g_autofree char *place = NULL;
  g_autofree char *people = NULL;
  g_autofree char *action = NULL;
  g_autofree char *reported_to = NULL;
  g_autofree char *day = NULL;
  g_autofree char *summary = NULL;
  HkDutyShift shift = HK_DUTY_SHIFT_EARLY;
  gint64 due = 0;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_ROLES,
                              _("Recording an incident"), error) ||
      !hk_duty_store_check_moment (self, input->occurred_at, _("The time of the incident"),
                                   error) ||
      !hk_duty_store_clean_text (input->place, TRUE, HK_DUTY_NAME_MAX_LENGTH * 2, _("The place"),
                                 &place, error) ||
      !hk_duty_store_clean_text (input->people, FALSE, HK_DUTY_TEXT_MAX_LENGTH,
                                 _("The people involved"), &people, error) ||
      !hk_duty_store_clean_text (input->action_taken, TRUE, HK_DUTY_TEXT_MAX_LENGTH,
                                 _("The action taken"), &action, error) ||
      !hk_duty_store_clean_text (input->reported_to, FALSE, HK_DUTY_NAME_MAX_LENGTH * 2,
                                 _("Reported to"), &reported_to, error))
    return NULL;

  if ((guint)input->kind >= HK_INCIDENT_N_KINDS)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("There is no such kind of incident."));
      return NULL;
    }

  if (!hk_duty_store_shift_at (self, input->occurred_at, &day, &shift))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("An incident is recorded in the shift it occurred in, between 08:00 and "
                     "19:00."));
      return NULL;
    }

  if (!hk_duty_store_get_shift_bounds (self, day, shift, NULL, &due, error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(insert = hk_database_prepare (self->database,
                                      "INSERT INTO incidents (kind, occurred_at, day, shift,"
                                      " report_due, place, people, action_taken, reported_to,"
                                      " serious, entered_at, entered_by) VALUES (?1, ?2, ?3, ?4,"
                                      " ?5, ?6, coalesce (?7, ''), ?8, ?9, ?10, ?11, ?12)",
                                      error)))
    return NULL;

  hk_statement_bind_text (insert, 1, hk_incident_kind_to_id (input->kind));
  hk_statement_bind_int64 (insert, 2, input->occurred_at);
  hk_statement_bind_text (insert, 3, day);
  hk_statement_bind_text (insert, 4, hk_duty_shift_to_id (shift));
  hk_statement_bind_int64 (insert, 5, due);
  hk_statement_bind_text (insert, 6, place);
  hk_statement_bind_text (insert, 7, people);
  hk_statement_bind_text (insert, 8, action);
  hk_statement_bind_text (insert, 9, reported_to);
  hk_statement_bind_int64 (insert, 10, input->serious ? 1 : 0);
  hk_statement_bind_int64 (insert, 11, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 12, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("recorded a%s incident (%s) of %s, %s shift",
                             input->serious ? " serious" : "n",
                             hk_incident_kind_to_id (input->kind),
                             day, hk_duty_shift_to_id (shift));

  if (!(incident = hk_duty_store_lookup_incident (self, id, error)) ||
      !hk_audit_log_append (self->database, actor, "incident-recorded", "incident", id, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "incident", id);

  return g_steal_pointer (&incident);
}

/**
 * hk_duty_store_report_incident:
 *
 * Adds the duty manager's report to an incident, once. A report after the end of the shift is
 * recorded, and shows as late.
 *
 * Returns: (transfer full): the incident with its report
 */
HkIncident *
hk_duty_store_report_incident (HkDutyStore  *self,
                               HkOperator   *actor,
                               HkIncident   *incident,
                               const char   *report,
                               GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkIncident) current = NULL;
  g_autoptr(HkIncident) reported = NULL;
  g_autofree char *clean = NULL;
  gint64 now;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_INCIDENT (incident), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_DUTY_MANAGER,
                              _("Writing the duty manager’s incident report"), error) ||
      !hk_duty_store_clean_text (report, TRUE, HK_DUTY_TEXT_MAX_LENGTH, _("The report"), &clean,
                                 error))
    return NULL;

  id = hk_incident_get_id (incident);
  now = hk_database_get_now (self->database);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_duty_store_lookup_incident (self, id, error)))
    return NULL;

  if (hk_incident_get_report (current) != NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Incident %lld has its report from %s already."), (long long)id,
                   hk_incident_get_reported_by_name (current));
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE incidents SET report = ?1, reported_at = ?2,"
                                      " reported_by = ?3 WHERE id = ?4", error)))
    return NULL;

  hk_statement_bind_text (update, 1, clean);
  hk_statement_bind_int64 (update, 2, MAX (now, hk_incident_get_occurred_at (current)));
  hk_statement_bind_int64 (update, 3, hk_operator_get_id (actor));
  hk_statement_bind_int64 (update, 4, id);

  if (!hk_statement_run (update, error) ||
      !(reported = hk_duty_store_lookup_incident (self, id, error)) ||
      !hk_audit_log_append (self->database, actor, "incident-reported", "incident", id,
                            now > hk_incident_get_report_due (current)
                            ? "reported on an incident, after its shift"
                            : "reported on an incident", error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "incident", id);

  return g_steal_pointer (&reported);
}
