/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-month-report.c: a month of hall operations: the duty logs, the incidents and the
 * training records, for the Excel export.
 *
 * Four tables: the duty logs written in the month (one row per day and shift, with who signed
 * and acknowledged them and when, their key facts and text), the incidents (a serious one's
 * report and whether it came after its shift), the training sessions and the assessment
 * results. Key figures above them count the logs, those not signed, the incidents, the serious
 * ones without a report, the sessions and the failed assessments.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-duty-store.h"
#include "core/hk-period.h"
#include "hk-hall-month-report.h"

/* "YYYY-MM-DD HH:MM:SS" in the hall's time zone, or NULL for 0. */
static char *
format_moment (GTimeZone *time_zone,
               gint64     unix_seconds)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_seconds == 0)
    return NULL;

  utc = g_date_time_new_from_unix_utc (unix_seconds);
  local = g_date_time_to_timezone (utc, time_zone);
  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
}

static void
set_moment (HkReportTable *table,
            guint          row,
            guint          column,
            GTimeZone     *time_zone,
            gint64         unix_seconds)
{
  g_autofree char *text = format_moment (time_zone, unix_seconds);

  if (text != NULL)
    hk_report_table_set_text (table, row, column, text);
}

static void
set_text (HkReportTable *table,
          guint          row,
          guint          column,
          const char    *text)
{
  if (text != NULL && *text != '\0')
    hk_report_table_set_text (table, row, column, text);
}

static void
add_logs (HkReport   *report,
          GPtrArray  *logs,
          GTimeZone  *time_zone,
          guint      *n_unsigned)
{
  HkReportTable *table;

  /* Translators: a sheet name; at most 31 characters */
  table = hk_report_add_table (report, "duty-logs", _("Duty logs"));
  hk_report_table_add_column (table, _("Day"), HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (table, _("Shift"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Status"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Signed by"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Signed at"), HK_REPORT_COLUMN_DATETIME);
  hk_report_table_add_column (table, _("Acknowledged by"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Acknowledged at"), HK_REPORT_COLUMN_DATETIME);
  hk_report_table_add_column (table, _("Receipts"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Complaints received"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Open faults"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Missed cleaning rounds"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Staff on duty"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Notable events"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Handover notes"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Remarks"), HK_REPORT_COLUMN_COUNT);

  for (guint i = 0; i < logs->len; i++)
    {
      HkDutyLog *log = g_ptr_array_index (logs, i);
      HkDutyLogFacts *facts = hk_duty_log_get_facts (log);
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

      if (hk_duty_log_get_status (log) == HK_DUTY_LOG_OPEN)
        (*n_unsigned)++;

      hk_report_table_set_text (table, row, 0, hk_duty_log_get_day (log));
      hk_report_table_set_text (table, row, 1,
                                hk_duty_shift_get_title (hk_duty_log_get_shift (log)));
      hk_report_table_set_text (table, row, 2,
                                hk_duty_log_status_get_title (hk_duty_log_get_status (log)));
      set_text (table, row, 3, hk_duty_log_get_signed_by_name (log));
      set_moment (table, row, 4, time_zone, hk_duty_log_get_signed_at (log));
      set_text (table, row, 5, hk_duty_log_get_acknowledged_by_name (log));
      set_moment (table, row, 6, time_zone, hk_duty_log_get_acknowledged_at (log));
      hk_report_table_set_value (table, row, 7, facts->receipts);
      hk_report_table_set_value (table, row, 8, facts->complaints_received);
      hk_report_table_set_value (table, row, 9, facts->open_faults);
      hk_report_table_set_value (table, row, 10, facts->missed_cleaning_rounds);
      set_text (table, row, 11, hk_duty_log_get_staff_on_duty (log));
      set_text (table, row, 12, hk_duty_log_get_notable_events (log));
      set_text (table, row, 13, hk_duty_log_get_handover_notes (log));
      hk_report_table_set_value (table, row, 14, hk_duty_log_get_remarks (log)->len);
    }

}

static void
add_incidents (HkReport   *report,
               GPtrArray  *incidents,
               GTimeZone  *time_zone,
               guint      *n_serious_unreported)
{
  HkReportTable *table;

  /* Translators: a sheet name; at most 31 characters */
  table = hk_report_add_table (report, "incidents", _("Incidents"));
  hk_report_table_add_column (table, _("Occurred"), HK_REPORT_COLUMN_DATETIME);
  hk_report_table_add_column (table, _("Shift"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Kind"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Place"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("People involved"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Action taken"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Reported to"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Serious"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Duty manager’s report"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Reported at"), HK_REPORT_COLUMN_DATETIME);
  hk_report_table_add_column (table, _("After the shift"), HK_REPORT_COLUMN_TEXT);

  for (guint i = 0; i < incidents->len; i++)
    {
      HkIncident *incident = g_ptr_array_index (incidents, i);
      gint64 reported_at = hk_incident_get_reported_at (incident);
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

      if (hk_incident_is_serious (incident) && hk_incident_get_report (incident) == NULL)
        (*n_serious_unreported)++;

      set_moment (table, row, 0, time_zone, hk_incident_get_occurred_at (incident));
      hk_report_table_set_text (table, row, 1,
                                hk_duty_shift_get_title (hk_incident_get_shift (incident)));
      hk_report_table_set_text (table, row, 2,
                                hk_incident_kind_get_title (hk_incident_get_kind (incident)));
      set_text (table, row, 3, hk_incident_get_place (incident));
      set_text (table, row, 4, hk_incident_get_people (incident));
      set_text (table, row, 5, hk_incident_get_action_taken (incident));
      set_text (table, row, 6, hk_incident_get_reported_to (incident));
      hk_report_table_set_text (table, row, 7,
                                hk_incident_is_serious (incident) ? _("Yes") : _("No"));
      set_text (table, row, 8, hk_incident_get_report (incident));
      set_moment (table, row, 9, time_zone, reported_at);
      if (reported_at > hk_incident_get_report_due (incident))
        hk_report_table_set_text (table, row, 10, _("Yes"));
    }
}

static void
add_training (HkReport   *report,
              GPtrArray  *sessions,
              GPtrArray  *assessments,
              guint      *n_failed)
{
  HkReportTable *table;

  /* Translators: a sheet name; at most 31 characters */
  table = hk_report_add_table (report, "training", _("Training sessions"));
  hk_report_table_add_column (table, _("Day"), HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (table, _("Topic"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Trainer"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Minutes"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Attendees"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Names"), HK_REPORT_COLUMN_TEXT);

  for (guint i = 0; i < sessions->len; i++)
    {
      HkTrainingSession *session = g_ptr_array_index (sessions, i);
      const char * const *attendees = hk_training_session_get_attendees (session);
      g_autofree char *names = g_strjoinv ("、", (char **)attendees);
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

      hk_report_table_set_text (table, row, 0, hk_training_session_get_day (session));
      hk_report_table_set_text (table, row, 1, hk_training_session_get_topic (session));
      hk_report_table_set_text (table, row, 2, hk_training_session_get_trainer (session));
      hk_report_table_set_value (table, row, 3,
                                 hk_training_session_get_duration_minutes (session));
      hk_report_table_set_value (table, row, 4, g_strv_length ((char **)attendees));
      set_text (table, row, 5, names);
    }

  /* Translators: a sheet name; at most 31 characters */
  table = hk_report_add_table (report, "assessments", _("Assessments"));
  hk_report_table_add_column (table, _("Day"), HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (table, _("Employee"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Subject"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Score"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Passed"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Note"), HK_REPORT_COLUMN_TEXT);

  for (guint i = 0; i < assessments->len; i++)
    {
      HkAssessment *assessment = g_ptr_array_index (assessments, i);
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

      if (!hk_assessment_is_passed (assessment))
        (*n_failed)++;

      hk_report_table_set_text (table, row, 0, hk_assessment_get_day (assessment));
      hk_report_table_set_text (table, row, 1, hk_assessment_get_person (assessment));
      hk_report_table_set_text (table, row, 2, hk_assessment_get_subject (assessment));
      hk_report_table_set_value (table, row, 3, hk_assessment_get_score (assessment));
      hk_report_table_set_text (table, row, 4,
                                hk_assessment_is_passed (assessment) ? _("Yes") : _("No"));
      set_text (table, row, 5, hk_assessment_get_note (assessment));
    }
}

/**
 * hk_hall_month_report_build:
 * @month: "YYYY-MM"
 *
 * Returns: (transfer full): the month's duty logs, incidents and training records
 */
HkReport *
hk_hall_month_report_build (HkContext   *context,
                            const char  *month,
                            GError     **error)
{
  HkDutyStore *store;
  HkHallStore *hall;
  HkOperator *operator;
  GTimeZone *time_zone;
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GPtrArray) logs = NULL;
  g_autoptr(GPtrArray) incidents = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GDateTime) generated = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  g_autofree char *hall_name = NULL;
  HkPeriod period;
  guint n_unsigned = 0;
  guint n_unreported = 0;
  guint n_failed = 0;
  guint n_serious = 0;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  if (!hk_period_parse (&period, HK_PERIOD_MONTH, month, error))
    return NULL;

  first_day = hk_period_dup_first_day (&period);
  last_day = hk_period_dup_last_day (&period);
  store = hk_context_get_duty_store (context);
  hall = hk_context_get_hall_store (context);
  time_zone = hk_hall_store_get_time_zone (hall);

  if (!(logs = hk_duty_store_list_logs (store, first_day, last_day, error)) ||
      !(incidents = hk_duty_store_list_incidents (store, first_day, last_day, error)) ||
      !(sessions = hk_duty_store_list_training (store, first_day, last_day, NULL, error)) ||
      !(assessments = hk_duty_store_list_assessments (store, first_day, last_day, NULL, error)))
    return NULL;

  operator = hk_context_get_operator (context);
  generated = g_date_time_new_from_unix_utc (hk_database_get_now (
                                               hk_context_get_database (context)));
  local = g_date_time_to_timezone (generated, time_zone);
  hall_name = hk_hall_store_dup_name (hall);

  report = hk_report_new ("hall-month", _("Hall operations"));
  hk_report_set_period (report, first_day, last_day, month);
  hk_report_set_hall_name (report, hall_name);
  hk_report_set_generated (report, operator != NULL ? hk_operator_get_display_name (operator)
                                                    : "", local);

  add_logs (report, logs, time_zone, &n_unsigned);
  add_incidents (report, incidents, time_zone, &n_unreported);
  add_training (report, sessions, assessments, &n_failed);

  for (guint i = 0; i < incidents->len; i++)
    if (hk_incident_is_serious (g_ptr_array_index (incidents, i)))
      n_serious++;

  hk_report_add_figure_count (report, _("Duty logs"), logs->len);
  hk_report_add_figure_count (report, _("Duty logs not signed"), n_unsigned);
  hk_report_add_figure_count (report, _("Incidents"), incidents->len);
  hk_report_add_figure_count (report, _("Serious incidents"), n_serious);
  hk_report_add_figure_count (report, _("Serious incidents without a report"), n_unreported);
  hk_report_add_figure_count (report, _("Training sessions"), sessions->len);
  hk_report_add_figure_count (report, _("Assessments failed"), n_failed);

  return g_steal_pointer (&report);
}
