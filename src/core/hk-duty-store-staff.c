/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-store-staff.c: hall operations: briefings with attendance, training sessions and
 * assessments, and customer demand records.
 *
 * The duty manager holds a pre-shift briefing (the requirements given) and a post-shift review
 * (what went well or not) for each shift, ticking the staff present and absent. The hall
 * supervisor records training sessions (topic, trainer, date, attendees) and assessment results;
 * an employee's record is the sessions attended and the results, looked up by name (guards and
 * cleaners are trained too and do not log in). What customers asked for and the hall could not
 * provide is recorded at the counter and counted by theme for the supervisor.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-duty-store-private.h"
#include "hk-error.h"
#include "hk-permission.h"
#include "hk-transaction.h"

/* Reads the names of ?4 from @sql into a sorted GStrv. */
static GStrv
read_names (HkDutyStore  *self,
            const char   *sql,
            gint64        id,
            GError      **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, id);

  while (hk_statement_step (stmt, &local_error))
    g_strv_builder_add (builder, hk_statement_get_text (stmt, 0));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

static GStrv
read_names_or_warn (HkDutyStore *self,
                    const char  *sql,
                    gint64       id)
{
  g_autoptr(GError) error = NULL;
  GStrv names = read_names (self, sql, id, &error);

  if (names == NULL)
    {
      g_warning ("Reading the names of %lld: %s", (long long)id, error->message);
      names = g_new0 (char *, 1);
    }

  return names;
}

static gboolean
insert_names (HkDutyStore         *self,
              const char          *sql,
              gint64               id,
              const char * const  *names,
              gint64               flag,
              GError             **error)
{
  g_autoptr(HkStatement) insert = NULL;

  if (names == NULL || names[0] == NULL)
    return TRUE;

  if (!(insert = hk_database_prepare (self->database, sql, error)))
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      hk_statement_reset (insert);
      hk_statement_bind_int64 (insert, 1, id);
      hk_statement_bind_text (insert, 2, names[i]);
      hk_statement_bind_int64 (insert, 3, flag);
      if (!hk_statement_run (insert, error))
        return FALSE;
    }

  return TRUE;
}

/* Briefings. */

#define BRIEFING_SELECT \
  "SELECT b.id, b.day, b.shift, b.kind, b.held_at, b.held_by, o.display_name, b.content" \
  " FROM briefings b JOIN operators o ON o.id = b.held_by"

static gpointer
briefing_from_row (HkDutyStore *self,
                   HkStatement *stmt)
{
  HkBriefingData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.day = hk_statement_dup_text (stmt, 1);
  hk_duty_shift_from_id (hk_statement_get_text (stmt, 2), &data.shift);
  hk_briefing_kind_from_id (hk_statement_get_text (stmt, 3), &data.kind);
  data.held_at = hk_statement_get_int64 (stmt, 4);
  data.held_by = hk_statement_get_int64 (stmt, 5);
  data.held_by_name = hk_statement_dup_text (stmt, 6);
  data.content = hk_statement_dup_text (stmt, 7);
  data.present = read_names_or_warn (self, "SELECT person FROM briefing_attendance"
                                     " WHERE briefing_id = ?1 AND present = 1 ORDER BY person",
                                     data.id);
  data.absent = read_names_or_warn (self, "SELECT person FROM briefing_attendance"
                                    " WHERE briefing_id = ?1 AND present = 0 ORDER BY person",
                                    data.id);

  return hk_briefing_new_take (&data);
}

/**
 * hk_duty_store_list_briefings:
 *
 * Returns: (transfer full) (element-type HkBriefing): the briefings of @first_day to
 *   @last_day, in the order they were held
 */
GPtrArray *
hk_duty_store_list_briefings (HkDutyStore  *self,
                              const char   *first_day,
                              const char   *last_day,
                              GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read (self, BRIEFING_SELECT " WHERE b.day >= ?1 AND b.day <= ?2"
                             " AND ?3 IS NULL AND ?4 = 0 ORDER BY b.held_at, b.id", first_day,
                             last_day, NULL, 0, briefing_from_row, g_object_unref, error);
}

/**
 * hk_duty_store_record_briefing:
 * @content: the requirements given, or what went well or not
 * @present: (array zero-terminated=1) (nullable): the staff on duty who attended
 * @absent: (array zero-terminated=1) (nullable): the staff on duty who did not
 *
 * Records a briefing of a shift that has begun, held now; one of each kind per shift. Someone
 * is present or absent, not both, and at least one person attended.
 *
 * Returns: (transfer full): the briefing
 */
HkBriefing *
hk_duty_store_record_briefing (HkDutyStore         *self,
                               HkOperator          *actor,
                               const char          *day,
                               HkDutyShift          shift,
                               HkBriefingKind       kind,
                               const char          *content,
                               const char * const  *present,
                               const char * const  *absent,
                               GError             **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(GPtrArray) existing = NULL;
  g_autoptr(HkBriefing) briefing = NULL;
  g_auto(GStrv) clean_present = NULL;
  g_auto(GStrv) clean_absent = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *summary = NULL;
  gint64 now;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_ROLES,
                              _("Recording a briefing"), error) ||
      !hk_duty_store_check_shift (self, day, shift, error) ||
      !hk_duty_store_clean_text (content, TRUE, HK_DUTY_TEXT_MAX_LENGTH,
                                 hk_briefing_kind_get_title (kind), &clean, error) ||
      !(clean_present = hk_duty_store_clean_names (present, error)) ||
      !(clean_absent = hk_duty_store_clean_names (absent, error)))
    return NULL;

  if ((guint)kind >= HK_BRIEFING_N_KINDS)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("There is no such briefing."));
      return NULL;
    }

  now = hk_database_get_now (self->database);

  if (clean_present[0] == NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Tick who attended the briefing."));
      return NULL;
    }

  for (guint i = 0; clean_absent[i] != NULL; i++)
    if (g_strv_contains ((const char * const *)clean_present, clean_absent[i]))
      {
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                     _("%s is ticked both present and absent."), clean_absent[i]);
        return NULL;
      }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(existing = hk_duty_store_read (self, BRIEFING_SELECT " WHERE b.day = ?1 AND b.shift = ?2"
                                       " AND b.kind = ?3 AND ?4 = 0", day,
                                       hk_duty_shift_to_id (shift), hk_briefing_kind_to_id (kind),
                                       0, briefing_from_row, g_object_unref, error)))
    return NULL;

  if (existing->len > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The %s of %s, %s, is recorded already."), hk_briefing_kind_get_title (kind),
                   day, hk_duty_shift_get_title (shift));
      return NULL;
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO briefings (day, shift, kind, content, held_at,"
                                      " held_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, day);
  hk_statement_bind_text (insert, 2, hk_duty_shift_to_id (shift));
  hk_statement_bind_text (insert, 3, hk_briefing_kind_to_id (kind));
  hk_statement_bind_text (insert, 4, clean);
  hk_statement_bind_int64 (insert, 5, now);
  hk_statement_bind_int64 (insert, 6, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("recorded the %s briefing of %s, %s shift: %u present, %u absent",
                             hk_briefing_kind_to_id (kind), day, hk_duty_shift_to_id (shift),
                             g_strv_length (clean_present), g_strv_length (clean_absent));

  if (!insert_names (self, "INSERT INTO briefing_attendance (briefing_id, person, present)"
                     " VALUES (?1, ?2, ?3)", id, (const char * const *)clean_present, 1,
                     error) ||
      !insert_names (self, "INSERT INTO briefing_attendance (briefing_id, person, present)"
                     " VALUES (?1, ?2, ?3)", id, (const char * const *)clean_absent, 0,
                     error) ||
      !(briefing = hk_duty_store_read_one (self, BRIEFING_SELECT " WHERE b.id = ?4"
                                           " AND ?1 IS NULL AND ?2 IS NULL AND ?3 IS NULL", id,
                                           briefing_from_row,
                                           _("There is no briefing number %lld."), error)) ||
      !hk_audit_log_append (self->database, actor, "briefing-recorded", "briefing", id, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "briefing", id);

  return g_steal_pointer (&briefing);
}

/* Training. */

#define SESSION_SELECT \
  "SELECT s.id, s.day, s.topic, s.trainer, s.duration_minutes, s.entered_at, s.entered_by," \
  " o.display_name FROM training_sessions s JOIN operators o ON o.id = s.entered_by"

static gpointer
session_from_row (HkDutyStore *self,
                  HkStatement *stmt)
{
  HkTrainingSessionData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.day = hk_statement_dup_text (stmt, 1);
  data.topic = hk_statement_dup_text (stmt, 2);
  data.trainer = hk_statement_dup_text (stmt, 3);
  data.duration_minutes = (guint)hk_statement_get_int64 (stmt, 4);
  data.entered_at = hk_statement_get_int64 (stmt, 5);
  data.entered_by = hk_statement_get_int64 (stmt, 6);
  data.entered_by_name = hk_statement_dup_text (stmt, 7);
  data.attendees = read_names_or_warn (self, "SELECT person FROM training_attendees"
                                       " WHERE session_id = ?1 ORDER BY person", data.id);

  return hk_training_session_new_take (&data);
}

/**
 * hk_duty_store_list_training:
 * @person: (nullable): only the sessions this person attended
 *
 * Returns: (transfer full) (element-type HkTrainingSession): the sessions of @first_day to
 *   @last_day, by day
 */
GPtrArray *
hk_duty_store_list_training (HkDutyStore  *self,
                             const char   *first_day,
                             const char   *last_day,
                             const char   *person,
                             GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read (self, SESSION_SELECT " WHERE s.day >= ?1 AND s.day <= ?2"
                             " AND (?3 IS NULL OR s.id IN (SELECT session_id"
                             " FROM training_attendees WHERE person = ?3)) AND ?4 = 0"
                             " ORDER BY s.day, s.id", first_day, last_day, person, 0,
                             session_from_row, g_object_unref, error);
}

/**
 * hk_duty_store_record_training:
 * @day: the day it was held: today or in the last #HK_DUTY_MAX_AGE_DAYS days
 * @attendees: (array zero-terminated=1): who attended, at least one
 *
 * Returns: (transfer full): the session
 */
HkTrainingSession *
hk_duty_store_record_training (HkDutyStore         *self,
                               HkOperator          *actor,
                               const char          *day,
                               const char          *topic,
                               const char          *trainer,
                               guint                duration_minutes,
                               const char * const  *attendees,
                               GError             **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkTrainingSession) session = NULL;
  g_auto(GStrv) clean_attendees = NULL;
  g_autofree char *clean_topic = NULL;
  g_autofree char *clean_trainer = NULL;
  g_autofree char *summary = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_TRAINING_ROLES,
                              _("Recording a training session"), error) ||
      !hk_duty_store_check_day (self, day, error) ||
      !hk_duty_store_clean_text (topic, TRUE, HK_DUTY_NAME_MAX_LENGTH * 2, _("The topic"),
                                 &clean_topic, error) ||
      !hk_duty_store_clean_text (trainer, TRUE, HK_DUTY_NAME_MAX_LENGTH, _("The trainer"),
                                 &clean_trainer, error) ||
      !(clean_attendees = hk_duty_store_clean_names (attendees, error)))
    return NULL;

  if (duration_minutes == 0 || duration_minutes > 8 * 60)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A training session lasts from 1 minute to 8 hours."));
      return NULL;
    }

  if (clean_attendees[0] == NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Name who attended the training."));
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(insert = hk_database_prepare (self->database,
                                      "INSERT INTO training_sessions (day, topic, trainer,"
                                      " duration_minutes, entered_at, entered_by) VALUES (?1,"
                                      " ?2, ?3, ?4, ?5, ?6)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, day);
  hk_statement_bind_text (insert, 2, clean_topic);
  hk_statement_bind_text (insert, 3, clean_trainer);
  hk_statement_bind_int64 (insert, 4, duration_minutes);
  hk_statement_bind_int64 (insert, 5, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 6, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("recorded a training session of %s with %u attendees", day,
                             g_strv_length (clean_attendees));

  if (!insert_names (self, "INSERT INTO training_attendees (session_id, person)"
                     " SELECT ?1, ?2 WHERE ?3 = 0", id, (const char * const *)clean_attendees, 0,
                     error) ||
      !(session = hk_duty_store_read_one (self, SESSION_SELECT " WHERE s.id = ?4"
                                          " AND ?1 IS NULL AND ?2 IS NULL AND ?3 IS NULL", id,
                                          session_from_row,
                                          _("There is no training session number %lld."),
                                          error)) ||
      !hk_audit_log_append (self->database, actor, "training-recorded", "training_session", id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "training", id);

  return g_steal_pointer (&session);
}

#define ASSESSMENT_SELECT \
  "SELECT a.id, a.day, a.person, a.subject, a.score, a.session_id, a.note, a.entered_at," \
  " a.entered_by, o.display_name FROM assessments a JOIN operators o ON o.id = a.entered_by"

static gpointer
assessment_from_row (HkDutyStore *self,
                     HkStatement *stmt)
{
  HkAssessmentData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.day = hk_statement_dup_text (stmt, 1);
  data.person = hk_statement_dup_text (stmt, 2);
  data.subject = hk_statement_dup_text (stmt, 3);
  data.score = (guint)hk_statement_get_int64 (stmt, 4);
  data.passed = data.score >= HK_ASSESSMENT_PASS_SCORE;
  data.session_id = hk_statement_get_int64 (stmt, 5);
  data.note = hk_statement_dup_text (stmt, 6);
  data.entered_at = hk_statement_get_int64 (stmt, 7);
  data.entered_by = hk_statement_get_int64 (stmt, 8);
  data.entered_by_name = hk_statement_dup_text (stmt, 9);

  return hk_assessment_new_take (&data);
}

/**
 * hk_duty_store_list_assessments:
 * @person: (nullable): only this person's results: their record
 *
 * Returns: (transfer full) (element-type HkAssessment): the results of @first_day to
 *   @last_day, by day
 */
GPtrArray *
hk_duty_store_list_assessments (HkDutyStore  *self,
                                const char   *first_day,
                                const char   *last_day,
                                const char   *person,
                                GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read (self, ASSESSMENT_SELECT " WHERE a.day >= ?1 AND a.day <= ?2"
                             " AND (?3 IS NULL OR a.person = ?3) AND ?4 = 0"
                             " ORDER BY a.day, a.person, a.id", first_day, last_day, person, 0,
                             assessment_from_row, g_object_unref, error);
}

/**
 * hk_duty_store_record_assessment:
 * @score: 0 to 100; #HK_ASSESSMENT_PASS_SCORE or more passes
 * @session_id: the training session assessed, which @person attended; 0 for none
 * @note: (nullable)
 *
 * Returns: (transfer full): the result
 */
HkAssessment *
hk_duty_store_record_assessment (HkDutyStore  *self,
                                 HkOperator   *actor,
                                 const char   *day,
                                 const char   *person,
                                 const char   *subject,
                                 guint         score,
                                 gint64        session_id,
                                 const char   *note,
                                 GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkAssessment) assessment = NULL;
  g_autofree char *clean_person = NULL;
  g_autofree char *clean_subject = NULL;
  g_autofree char *clean_note = NULL;
  g_autofree char *summary = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_TRAINING_ROLES,
                              _("Recording an assessment"), error) ||
      !hk_duty_store_check_day (self, day, error) ||
      !hk_duty_store_clean_text (person, TRUE, HK_DUTY_NAME_MAX_LENGTH, _("The employee"),
                                 &clean_person, error) ||
      !hk_duty_store_clean_text (subject, TRUE, HK_DUTY_NAME_MAX_LENGTH * 2, _("The subject"),
                                 &clean_subject, error) ||
      !hk_duty_store_clean_text (note, FALSE, HK_DUTY_TEXT_MAX_LENGTH, _("The note"),
                                 &clean_note, error))
    return NULL;

  if (score > 100)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("A score is from 0 to 100."));
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)))
    return NULL;

  if (session_id != 0)
    {
      g_autoptr(HkTrainingSession) session = NULL;

      if (!(session = hk_duty_store_read_one (self, SESSION_SELECT " WHERE s.id = ?4"
                                              " AND ?1 IS NULL AND ?2 IS NULL AND ?3 IS NULL",
                                              session_id, session_from_row,
                                              _("There is no training session number %lld."),
                                              error)))
        return NULL;

      if (!g_strv_contains (hk_training_session_get_attendees (session), clean_person))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("%s did not attend training session %lld."), clean_person,
                       (long long)session_id);
          return NULL;
        }

      if (g_strcmp0 (day, hk_training_session_get_day (session)) < 0)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("An assessment of a session is on or after its day, %s."),
                       hk_training_session_get_day (session));
          return NULL;
        }
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO assessments (day, person, subject, score,"
                                      " session_id, note, entered_at, entered_by) VALUES (?1,"
                                      " ?2, ?3, ?4, nullif (?5, 0), ?6, ?7, ?8)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, day);
  hk_statement_bind_text (insert, 2, clean_person);
  hk_statement_bind_text (insert, 3, clean_subject);
  hk_statement_bind_int64 (insert, 4, score);
  hk_statement_bind_int64 (insert, 5, session_id);
  hk_statement_bind_text (insert, 6, clean_note);
  hk_statement_bind_int64 (insert, 7, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 8, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("recorded an assessment of %s: %u", day, score);

  if (!(assessment = hk_duty_store_read_one (self, ASSESSMENT_SELECT " WHERE a.id = ?4"
                                             " AND ?1 IS NULL AND ?2 IS NULL AND ?3 IS NULL", id,
                                             assessment_from_row,
                                             _("There is no assessment number %lld."), error)) ||
      !hk_audit_log_append (self->database, actor, "assessment-recorded", "assessment", id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "assessment", id);

  return g_steal_pointer (&assessment);
}

/**
 * hk_duty_store_list_trainees:
 *
 * Returns: (transfer full): everyone who attended a training session or was assessed, sorted:
 *   whose records there are
 */
GStrv
hk_duty_store_list_trainees (HkDutyStore  *self,
                             GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return read_names (self, "SELECT person FROM training_attendees WHERE ?1 IS NOT NULL UNION"
                     " SELECT person FROM assessments ORDER BY 1", 0, error);
}

/* Customer demand. */

#define DEMAND_SELECT \
  "SELECT d.id, d.day, d.recorded_at, d.theme, d.wanted, d.note, d.entered_by, o.display_name" \
  " FROM customer_demands d JOIN operators o ON o.id = d.entered_by"

static gpointer
demand_from_row (HkDutyStore *self,
                 HkStatement *stmt)
{
  HkCustomerDemandData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.day = hk_statement_dup_text (stmt, 1);
  data.recorded_at = hk_statement_get_int64 (stmt, 2);
  hk_demand_theme_from_id (hk_statement_get_text (stmt, 3), &data.theme);
  data.wanted = hk_statement_dup_text (stmt, 4);
  data.note = hk_statement_dup_text (stmt, 5);
  data.entered_by = hk_statement_get_int64 (stmt, 6);
  data.entered_by_name = hk_statement_dup_text (stmt, 7);

  return hk_customer_demand_new_take (&data);
}

/**
 * hk_duty_store_list_demands:
 *
 * Returns: (transfer full) (element-type HkCustomerDemand): the records of @first_day to
 *   @last_day, in time order
 */
GPtrArray *
hk_duty_store_list_demands (HkDutyStore  *self,
                            const char   *first_day,
                            const char   *last_day,
                            GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return hk_duty_store_read (self, DEMAND_SELECT " WHERE d.day >= ?1 AND d.day <= ?2"
                             " AND ?3 IS NULL AND ?4 = 0 ORDER BY d.recorded_at, d.id",
                             first_day, last_day, NULL, 0, demand_from_row, g_object_unref,
                             error);
}

/**
 * hk_duty_store_record_demand:
 * @wanted: what the customer asked for, e.g. a handset model
 * @note: (nullable)
 *
 * Records, now, what a customer asked for and the hall could not provide.
 *
 * Returns: (transfer full): the record
 */
HkCustomerDemand *
hk_duty_store_record_demand (HkDutyStore    *self,
                             HkOperator     *actor,
                             HkDemandTheme   theme,
                             const char     *wanted,
                             const char     *note,
                             GError        **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkCustomerDemand) demand = NULL;
  g_autofree char *clean_wanted = NULL;
  g_autofree char *clean_note = NULL;
  g_autofree char *day = NULL;
  g_autofree char *summary = NULL;
  gint64 now;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_DEMAND_ROLES,
                              _("Recording customer demand"), error) ||
      !hk_duty_store_clean_text (wanted, TRUE, HK_DUTY_NAME_MAX_LENGTH * 2,
                                 _("What the customer asked for"), &clean_wanted, error) ||
      !hk_duty_store_clean_text (note, FALSE, HK_DUTY_TEXT_MAX_LENGTH, _("The note"),
                                 &clean_note, error))
    return NULL;

  if ((guint)theme >= HK_DEMAND_N_THEMES)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("There is no such theme."));
      return NULL;
    }

  now = hk_database_get_now (self->database);
  day = hk_hall_store_format_day (self->hall, now);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(insert = hk_database_prepare (self->database,
                                      "INSERT INTO customer_demands (day, recorded_at, theme,"
                                      " wanted, note, entered_by) VALUES (?1, ?2, ?3, ?4, ?5,"
                                      " ?6)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, day);
  hk_statement_bind_int64 (insert, 2, now);
  hk_statement_bind_text (insert, 3, hk_demand_theme_to_id (theme));
  hk_statement_bind_text (insert, 4, clean_wanted);
  hk_statement_bind_text (insert, 5, clean_note);
  hk_statement_bind_int64 (insert, 6, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("recorded a customer demand (%s)", hk_demand_theme_to_id (theme));

  if (!(demand = hk_duty_store_read_one (self, DEMAND_SELECT " WHERE d.id = ?4 AND ?1 IS NULL"
                                         " AND ?2 IS NULL AND ?3 IS NULL", id, demand_from_row,
                                         _("There is no customer demand record number %lld."),
                                         error)) ||
      !hk_audit_log_append (self->database, actor, "demand-recorded", "customer_demand", id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "demand", id);

  return g_steal_pointer (&demand);
}

/**
 * hk_duty_store_count_demands:
 *
 * Returns: (transfer full) (element-type HkDemandCount): one count per theme, in theme order,
 *   each with the item asked for most (ties: the first in alphabetical order)
 */
GPtrArray *
hk_duty_store_count_demands (HkDutyStore  *self,
                             const char   *first_day,
                             const char   *last_day,
                             GError      **error)
{
  g_autoptr(GPtrArray) counts =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_demand_count_free);
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  for (guint t = 0; t < HK_DEMAND_N_THEMES; t++)
    {
      HkDemandCount *count = g_new0 (HkDemandCount, 1);

      count->theme = (HkDemandTheme)t;
      g_ptr_array_add (counts, count);
    }

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT theme, wanted, count (*) FROM customer_demands"
                                    " WHERE day >= ?1 AND day <= ?2 GROUP BY theme, wanted"
                                    " ORDER BY theme, count (*) DESC, wanted", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, first_day);
  hk_statement_bind_text (stmt, 2, last_day);

  while (hk_statement_step (stmt, &local_error))
    {
      HkDemandTheme theme = HK_DEMAND_OTHER;
      HkDemandCount *count;
      guint n = (guint)hk_statement_get_int64 (stmt, 2);

      if (!hk_demand_theme_from_id (hk_statement_get_text (stmt, 0), &theme))
        continue;

      count = g_ptr_array_index (counts, theme);
      count->count += n;
      if (count->top_wanted == NULL)
        {
          count->top_wanted = hk_statement_dup_text (stmt, 1);
          count->top_count = n;
        }
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&counts);
}
