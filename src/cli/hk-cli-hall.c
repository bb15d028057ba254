/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-hall.c: hallkeeper-cli hall: the duty manager's and the supervisor's hall operations:
 * duty logs, briefings, safety checks, faults, incidents, cleaning, cash escort, training and
 * customer demand.
 *
 * Every subcommand logs the --operator in and calls HkDutyStore with them as the actor, so the
 * rules (who signs and acknowledges, the lock after signing, a failed check opening a fault…)
 * and the audit entries are those of the window. Days are "YYYY-MM-DD", moments "YYYY-MM-DD
 * HH:MM" in the hall's time zone; --date defaults to today. Guards, cleaners and salespeople do
 * not log in: their names are given with the records the duty manager enters.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-cli-hall.h"

#include "core/hk-duty-store.h"
#include "core/hk-money.h"
#include "core/hk-period.h"
#include "core/hk-permission.h"
#include "reports/hk-hall-month-report.h"
#include "reports/hk-report-export.h"
#include "reports/hk-report-text.h"
#include "reports/hk-text-table.h"

/* ---- parsing and printing ---- */

static char *
today (HkContext *context)
{
  return hk_hall_store_format_day (hk_context_get_hall_store (context),
                                   hk_database_get_now (hk_context_get_database (context)));
}

static char *
format_moment (HkContext *context,
               gint64     unix_seconds)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_seconds == 0)
    return g_strdup ("—");

  utc = g_date_time_new_from_unix_utc (unix_seconds);
  local = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (
                                          hk_context_get_hall_store (context)));
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* A positive whole number option. */
static gboolean
parse_number (const char  *value,
              const char  *option,
              guint64      max,
              gint64      *number,
              GError     **error)
{
  guint64 parsed = 0;

  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  if (!g_ascii_string_to_unsigned (value, 10, 0, max, &parsed, NULL))
    {
      hk_cli_set_usage_error (error, _("%s: “%s” is not a number from 0 to %llu"), option,
                              value, (unsigned long long)max);
      return FALSE;
    }

  *number = (gint64)parsed;
  return TRUE;
}

static gboolean
parse_shift (const char   *value,
             HkDutyShift  *shift,
             GError      **error)
{
  if (!hk_cli_require_option (value, "--shift", error))
    return FALSE;

  if (!hk_duty_shift_from_id (value, shift))
    {
      hk_cli_set_usage_error (error, _("--shift: “%s” is not a shift; write early or late"),
                              value);
      return FALSE;
    }

  return TRUE;
}

/* "a,b，c" → { "a", "b", "c" }: names separated by commas (ASCII or full-width). */
static GStrv
split_names (const char *value)
{
  g_autofree char *ascii = NULL;
  g_autoptr(GString) text = g_string_new (value != NULL ? value : "");

  g_string_replace (text, "，", ",", 0);
  g_string_replace (text, "、", ",", 0);
  ascii = g_string_free (g_steal_pointer (&text), FALSE);

  return g_strsplit (ascii, ",", -1);
}

/* The day of --date, or today; checked. */
static gboolean
resolve_day (HkContext   *context,
             char       **day,
             GError     **error)
{
  if (*day == NULL)
    {
      *day = today (context);
      return TRUE;
    }

  return hk_cli_day (*day, "--date", error);
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "—";
}

static void
print_rows (HkTextTable *table)
{
  g_autofree char *rendered = hk_text_table_render (table);

  g_print ("%s", rendered);
}

/* ---- duty logs ---- */

static void
print_log (HkContext *context,
           HkDutyLog *log)
{
  HkDutyLogFacts *facts = hk_duty_log_get_facts (log);
  g_autofree char *signed_at = format_moment (context, hk_duty_log_get_signed_at (log));
  g_autofree char *acknowledged_at = format_moment (context,
                                                    hk_duty_log_get_acknowledged_at (log));
  g_autofree char *as_of = format_moment (context, facts->as_of);
  g_autoptr(GString) hours = g_string_new (NULL);
  GPtrArray *faults = hk_duty_log_get_open_faults (log);
  GPtrArray *incidents = hk_duty_log_get_incidents (log);
  GPtrArray *remarks = hk_duty_log_get_remarks (log);

  for (guint h = 0; h < 24; h++)
    if (facts->receipts_per_hour[h] > 0)
      g_string_append_printf (hours, "%s%02u:00 %u", hours->len > 0 ? ", " : "", h,
                              facts->receipts_per_hour[h]);

  /* Translators: "Duty log 2026-10-08, Early shift: Signed" */
  g_print (_("Duty log %s, %s: %s\n"), hk_duty_log_get_day (log),
           hk_duty_shift_get_title (hk_duty_log_get_shift (log)),
           hk_duty_log_status_get_title (hk_duty_log_get_status (log)));
  g_print (_("Signed: %s %s\n"), or_dash (hk_duty_log_get_signed_by_name (log)), signed_at);
  g_print (_("Acknowledged: %s %s\n"), or_dash (hk_duty_log_get_acknowledged_by_name (log)),
           acknowledged_at);
  g_print ("\n%s:\n%s\n", _("Staff on duty"), or_dash (hk_duty_log_get_staff_on_duty (log)));
  g_print ("%s:\n%s\n", _("Deployment"), or_dash (hk_duty_log_get_deployment (log)));
  g_print ("%s:\n%s\n", _("Busy periods"), or_dash (hk_duty_log_get_busy_periods (log)));
  g_print ("%s:\n%s\n", _("Notable events"), or_dash (hk_duty_log_get_notable_events (log)));
  g_print ("%s:\n%s\n", _("Problems escalated"), or_dash (hk_duty_log_get_escalations (log)));
  g_print ("%s:\n%s\n", _("Handover notes"), or_dash (hk_duty_log_get_handover_notes (log)));

  g_print ("\n%s (%s, %s)\n", _("Facts"), facts->frozen ? _("as signed") : _("live"), as_of);
  g_print (_("Receipts: %u (%s)\n"), facts->receipts, or_dash (hours->str));
  g_print (_("Complaints received: %u; overdue: %u\n"), facts->complaints_received,
           facts->overdue_complaints);
  g_print (_("Overdue repairs: %u\n"), facts->overdue_repairs);
  g_print (_("Unsigned daily reports: %u\n"), facts->unsigned_daily_reports);
  g_print (_("Opinion book entries waiting: %u\n"), facts->opinion_entries_waiting);
  g_print (_("Safety checks: %u, items failed: %u\n"), facts->safety_checks,
           facts->failed_safety_items);
  g_print (_("Open faults: %u\n"), facts->open_faults);
  g_print (_("Incidents: %u, serious without a report: %u\n"), facts->incidents,
           facts->incidents_awaiting_report);
  g_print (_("Missed cleaning rounds: %u\n"), facts->missed_cleaning_rounds);

  for (guint i = 0; i < faults->len; i++)
    {
      HkFacilityFault *fault = g_ptr_array_index (faults, i);

      /* Translators: an open fault carried over: "Open fault 3: 空调不制冷 (营业大厅)" */
      g_print (_("Open fault %lld: %s (%s)\n"), (long long)hk_facility_fault_get_id (fault),
               hk_facility_fault_get_description (fault),
               hk_facility_fault_get_location (fault));
    }
  for (guint i = 0; i < incidents->len; i++)
    {
      HkIncident *incident = g_ptr_array_index (incidents, i);
      g_autofree char *at = format_moment (context, hk_incident_get_occurred_at (incident));

      g_print (_("Incident %lld at %s: %s, %s\n"), (long long)hk_incident_get_id (incident),
               at, hk_incident_kind_get_title (hk_incident_get_kind (incident)),
               hk_incident_get_place (incident));
    }
  for (guint i = 0; i < remarks->len; i++)
    {
      HkDutyLogRemark *remark = g_ptr_array_index (remarks, i);
      g_autofree char *at = format_moment (context, hk_duty_log_remark_get_written_at (remark));

      g_print (_("Remark by %s at %s: %s\n"), hk_duty_log_remark_get_written_by_name (remark),
               at, hk_duty_log_remark_get_text (remark));
    }
}

/* The day and shift options shared by the log's subcommands. */
#define DAY_SHIFT_ENTRIES(day, shift) \
  { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The day (default: today)"), N_("YYYY-MM-DD") }, \
  { "shift", 0, 0, G_OPTION_ARG_STRING, &shift, N_("The shift: early or late"), N_("SHIFT") }

static gboolean
open_log_command (HkCliGlobals  *globals,
                  const char    *command,
                  const char    *summary,
                  const GOptionEntry *entries,
                  GStrv          args,
                  char         **day,
                  char         **shift_text,
                  HkDutyShift   *shift,
                  HkContext    **context,
                  GError       **error)
{
  return hk_cli_subcommand (globals, command, summary, entries, args, error) &&
         parse_shift (*shift_text, shift, error) &&
         (*context = hk_cli_login (globals, error)) != NULL &&
         resolve_day (*context, day, error);
}

static gboolean
run_log (HkCliGlobals  *globals,
         GStrv          args,
         GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *shift_text = NULL;
  const GOptionEntry entries[] = { DAY_SHIFT_ENTRIES (day, shift_text), { NULL } };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkDutyLog) log = NULL;
  HkDutyShift shift = HK_DUTY_SHIFT_EARLY;

  if (!open_log_command (globals, "hall log",
                         _("Show the duty log of a day and shift: what the duty manager wrote, "
                           "who signed and acknowledged it, its facts (live until signed) and "
                           "the open faults, incidents and remarks."),
                         entries, args, &day, &shift_text, &shift, &context, error) ||
      !(log = hk_duty_store_get_log (hk_context_get_duty_store (context), day, shift, error)))
    return FALSE;

  print_log (context, log);
  return TRUE;
}

static gboolean
run_log_save (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *shift_text = NULL;
  g_autofree char *staff = NULL;
  g_autofree char *deployment = NULL;
  g_autofree char *busy = NULL;
  g_autofree char *events = NULL;
  g_autofree char *escalations = NULL;
  g_autofree char *handover = NULL;
  const GOptionEntry entries[] = {
    DAY_SHIFT_ENTRIES (day, shift_text),
    { "staff", 0, 0, G_OPTION_ARG_STRING, &staff, N_("Staff on duty"), N_("TEXT") },
    { "deployment", 0, 0, G_OPTION_ARG_STRING, &deployment,
      N_("Where they were deployed: counters opened by hour"), N_("TEXT") },
    { "busy", 0, 0, G_OPTION_ARG_STRING, &busy, N_("Busy periods"), N_("TEXT") },
    { "events", 0, 0, G_OPTION_ARG_STRING, &events, N_("Notable events"), N_("TEXT") },
    { "escalations", 0, 0, G_OPTION_ARG_STRING, &escalations, N_("Problems escalated"),
      N_("TEXT") },
    { "handover", 0, 0, G_OPTION_ARG_STRING, &handover, N_("Handover notes"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkDutyLog) current = NULL;
  g_autoptr(HkDutyLog) saved = NULL;
  HkDutyLogInput input = { 0 };
  HkDutyShift shift = HK_DUTY_SHIFT_EARLY;
  HkDutyStore *store;

  if (!open_log_command (globals, "hall log-save",
                         _("Write the duty log of a shift; what is not given stays as it was. A "
                           "signed log is not changed: add a remark. Needs the duty manager or "
                           "hall supervisor role."),
                         entries, args, &day, &shift_text, &shift, &context, error))
    return FALSE;

  store = hk_context_get_duty_store (context);
  if (!(current = hk_duty_store_get_log (store, day, shift, error)))
    return FALSE;

  input.staff_on_duty = staff != NULL ? staff : hk_duty_log_get_staff_on_duty (current);
  input.deployment = deployment != NULL ? deployment : hk_duty_log_get_deployment (current);
  input.busy_periods = busy != NULL ? busy : hk_duty_log_get_busy_periods (current);
  input.notable_events = events != NULL ? events : hk_duty_log_get_notable_events (current);
  input.escalations = escalations != NULL ? escalations : hk_duty_log_get_escalations (current);
  input.handover_notes = handover != NULL ? handover : hk_duty_log_get_handover_notes (current);

  if (!(saved = hk_duty_store_save_log (store, hk_context_get_operator (context), day, shift,
                                        &input, error)))
    return FALSE;

  g_print (_("Saved the duty log of %s, %s.\n"), day, hk_duty_shift_get_title (shift));
  return TRUE;
}

static gboolean
run_log_sign (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *shift_text = NULL;
  const GOptionEntry entries[] = { DAY_SHIFT_ENTRIES (day, shift_text), { NULL } };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkDutyLog) log = NULL;
  HkDutyShift shift = HK_DUTY_SHIFT_EARLY;

  if (!open_log_command (globals, "hall log-sign",
                         _("Sign the duty log of a shift as the outgoing duty manager: its facts "
                           "are frozen and the log is locked. Refused while a serious incident "
                           "of the shift has no report."),
                         entries, args, &day, &shift_text, &shift, &context, error) ||
      !(log = hk_duty_store_sign_log (hk_context_get_duty_store (context),
                                      hk_context_get_operator (context), day, shift, error)))
    return FALSE;

  g_print (_("Signed the duty log of %s, %s.\n"), day, hk_duty_shift_get_title (shift));
  return TRUE;
}

static gboolean
run_log_acknowledge (HkCliGlobals  *globals,
                     GStrv          args,
                     GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *shift_text = NULL;
  const GOptionEntry entries[] = { DAY_SHIFT_ENTRIES (day, shift_text), { NULL } };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkDutyLog) log = NULL;
  HkDutyShift shift = HK_DUTY_SHIFT_EARLY;

  if (!open_log_command (globals, "hall log-ack",
                         _("Acknowledge a signed duty log as the incoming duty manager (not the "
                           "one who signed it)."),
                         entries, args, &day, &shift_text, &shift, &context, error) ||
      !(log = hk_duty_store_acknowledge_log (hk_context_get_duty_store (context),
                                             hk_context_get_operator (context), day, shift,
                                             error)))
    return FALSE;

  g_print (_("Acknowledged the duty log of %s, %s.\n"), day, hk_duty_shift_get_title (shift));
  return TRUE;
}

static gboolean
run_log_remark (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *shift_text = NULL;
  g_autofree char *text = NULL;
  const GOptionEntry entries[] = {
    DAY_SHIFT_ENTRIES (day, shift_text),
    { "text", 0, 0, G_OPTION_ARG_STRING, &text, N_("The remark"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkDutyLog) log = NULL;
  HkDutyShift shift = HK_DUTY_SHIFT_EARLY;

  if (!open_log_command (globals, "hall log-remark",
                         _("Append a remark to a signed duty log."),
                         entries, args, &day, &shift_text, &shift, &context, error) ||
      !hk_cli_require_option (text, "--text", error) ||
      !(log = hk_duty_store_add_remark (hk_context_get_duty_store (context),
                                        hk_context_get_operator (context), day, shift, text,
                                        error)))
    return FALSE;

  g_print (_("Added a remark to the duty log of %s, %s.\n"), day,
           hk_duty_shift_get_title (shift));
  return TRUE;
}

static gboolean
run_briefing (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *shift_text = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *content = NULL;
  g_autofree char *present = NULL;
  g_autofree char *absent = NULL;
  const GOptionEntry entries[] = {
    DAY_SHIFT_ENTRIES (day, shift_text),
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text, N_("pre-shift or post-shift"),
      N_("KIND") },
    { "content", 0, 0, G_OPTION_ARG_STRING, &content,
      N_("The requirements given, or what went well or not"), N_("TEXT") },
    { "present", 0, 0, G_OPTION_ARG_STRING, &present, N_("Who attended, separated by commas"),
      N_("NAMES") },
    { "absent", 0, 0, G_OPTION_ARG_STRING, &absent,
      N_("Who was on duty and did not attend"), N_("NAMES") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkBriefing) briefing = NULL;
  g_auto(GStrv) present_names = NULL;
  g_auto(GStrv) absent_names = NULL;
  HkDutyShift shift = HK_DUTY_SHIFT_EARLY;
  HkBriefingKind kind = HK_BRIEFING_PRE_SHIFT;

  if (!open_log_command (globals, "hall briefing",
                         _("Record the pre-shift briefing or the post-shift review of a shift "
                           "with its attendance."),
                         entries, args, &day, &shift_text, &shift, &context, error) ||
      !hk_cli_require_option (kind_text, "--kind", error))
    return FALSE;

  if (!hk_briefing_kind_from_id (kind_text, &kind))
    {
      hk_cli_set_usage_error (error, _("--kind: write pre-shift or post-shift"));
      return FALSE;
    }

  present_names = split_names (present);
  absent_names = split_names (absent);

  if (!(briefing = hk_duty_store_record_briefing (hk_context_get_duty_store (context),
                                                  hk_context_get_operator (context), day, shift,
                                                  kind, content,
                                                  (const char * const *)present_names,
                                                  (const char * const *)absent_names, error)))
    return FALSE;

  g_print (_("Recorded the %s of %s, %s.\n"), hk_briefing_kind_get_title (kind), day,
           hk_duty_shift_get_title (shift));
  return TRUE;
}

/* ---- safety ---- */

static gboolean
run_checklist (HkCliGlobals  *globals,
               GStrv          args,
               GError       **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (3);

  if (!hk_cli_subcommand (globals, "hall checklist",
                          _("List the safety checklist: each item's code, name and whether it "
                            "is checked."), NULL, args, error) ||
      !(context = hk_cli_login (globals, error)) ||
      !(items = hk_duty_store_list_checklist (hk_context_get_duty_store (context), FALSE,
                                              error)))
    return FALSE;

  hk_text_table_add_row (table, _("Code"), _("Item"), _("Checked"), NULL);
  for (guint i = 0; i < items->len; i++)
    {
      HkSafetyCheckItem *item = g_ptr_array_index (items, i);

      hk_text_table_add_row (table, hk_safety_check_item_get_code (item),
                             hk_safety_check_item_get_name (item),
                             hk_safety_check_item_is_active (item) ? C_("answer", "yes")
                                                                   : C_("answer", "no"), NULL);
    }

  print_rows (table);
  return TRUE;
}

static gboolean
run_safety_check (HkCliGlobals  *globals,
                  GStrv          args,
                  GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *shift_text = NULL;
  g_auto(GStrv) failures = NULL;
  const GOptionEntry entries[] = {
    DAY_SHIFT_ENTRIES (day, shift_text),
    { "fail", 0, 0, G_OPTION_ARG_STRING_ARRAY, &failures,
      N_("An item that failed and what is wrong; repeat for each (the others passed)"),
      N_("CODE:NOTE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(HkSafetyCheck) check = NULL;
  g_autofree HkSafetyCheckAnswer *answers = NULL;
  HkDutyShift shift = HK_DUTY_SHIFT_EARLY;
  HkDutyStore *store;
  guint n_used = 0;

  if (!open_log_command (globals, "hall safety-check",
                         _("Record a safety check of a shift, done now: every item of the "
                           "checklist passed but those given with --fail; each failed item "
                           "opens a facility fault."),
                         entries, args, &day, &shift_text, &shift, &context, error))
    return FALSE;

  store = hk_context_get_duty_store (context);
  if (!(items = hk_duty_store_list_checklist (store, TRUE, error)))
    return FALSE;

  answers = g_new0 (HkSafetyCheckAnswer, items->len + 1);
  for (guint i = 0; i < items->len; i++)
    {
      HkSafetyCheckItem *item = g_ptr_array_index (items, i);

      answers[i].item_id = hk_safety_check_item_get_id (item);
      answers[i].passed = TRUE;
      answers[i].severity = HK_FAULT_MAJOR;

      for (guint f = 0; failures != NULL && failures[f] != NULL; f++)
        {
          const char *colon = strchr (failures[f], ':');
          gsize code_length = colon != NULL ? (gsize)(colon - failures[f]) : strlen (failures[f]);
          const char *code = hk_safety_check_item_get_code (item);

          if (strlen (code) == code_length && strncmp (failures[f], code, code_length) == 0)
            {
              answers[i].passed = FALSE;
              answers[i].note = colon != NULL ? colon + 1 : NULL;
              n_used++;
            }
        }
    }

  if (failures != NULL && n_used != g_strv_length (failures))
    {
      hk_cli_set_usage_error (error, _("--fail: name items of the checklist by their code, "
                                       "each once (see hall checklist)"));
      return FALSE;
    }

  if (!(check = hk_duty_store_record_safety_check (store, hk_context_get_operator (context), day,
                                                   shift, answers, items->len, error)))
    return FALSE;

  g_print (_("Recorded the safety check of %s, %s: %u of %u items failed.\n"), day,
           hk_duty_shift_get_title (shift), hk_safety_check_get_n_failed (check), items->len);
  return TRUE;
}

static gboolean
run_faults (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Reported on or after this day"),
      N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Reported on or before this day"),
      N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) faults = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (7);
  HkDutyStore *store;

  if (!hk_cli_subcommand (globals, "hall faults",
                          _("List the facility faults open now, or those reported from --from "
                            "to --to."), entries, args, error) ||
      (from != NULL && !hk_cli_day (from, "--from", error)) ||
      (to != NULL && !hk_cli_day (to, "--to", error)) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  store = hk_context_get_duty_store (context);
  if (from != NULL || to != NULL)
    faults = hk_duty_store_list_faults (store, from != NULL ? from : "0000-00-00",
                                        to != NULL ? to : "9999-99-99", error);
  else
    faults = hk_duty_store_list_open_faults (store, hk_database_get_now (
                                               hk_context_get_database (context)), error);
  if (faults == NULL)
    return FALSE;

  hk_text_table_align_right (table, 0);
  hk_text_table_add_row (table, C_("fault", "No."), _("Reported"), _("Severity"), _("Location"),
                         _("Fault"), _("Contacted"), _("Fixed"), NULL);
  for (guint i = 0; i < faults->len; i++)
    {
      HkFacilityFault *fault = g_ptr_array_index (faults, i);
      g_autofree char *id = g_strdup_printf ("%lld", (long long)hk_facility_fault_get_id (fault));
      g_autofree char *reported = format_moment (context,
                                                 hk_facility_fault_get_reported_at (fault));
      g_autofree char *fixed = format_moment (context, hk_facility_fault_get_fixed_at (fault));

      hk_text_table_add_row (table, id, reported,
                             hk_fault_severity_get_title (hk_facility_fault_get_severity (fault)),
                             hk_facility_fault_get_location (fault),
                             hk_facility_fault_get_description (fault),
                             or_dash (hk_facility_fault_get_contacted (fault)), fixed, NULL);
    }

  print_rows (table);
  return TRUE;
}

static gboolean
run_fault_add (HkCliGlobals  *globals,
               GStrv          args,
               GError       **error)
{
  g_autofree char *description = NULL;
  g_autofree char *location = NULL;
  g_autofree char *severity = NULL;
  g_autofree char *contacted = NULL;
  const GOptionEntry entries[] = {
    { "description", 0, 0, G_OPTION_ARG_STRING, &description, N_("What is wrong"), N_("TEXT") },
    { "location", 0, 0, G_OPTION_ARG_STRING, &location, N_("Where"), N_("TEXT") },
    { "severity", 0, 0, G_OPTION_ARG_STRING, &severity, N_("minor, major or critical"),
      N_("SEVERITY") },
    { "contacted", 0, 0, G_OPTION_ARG_STRING, &contacted, N_("Who was contacted to fix it"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkFacilityFault) fault = NULL;
  HkFacilityFaultInput input = { .description = NULL };

  if (!hk_cli_subcommand (globals, "hall fault-add",
                          _("Report a facility fault, now. It stays open, and shows in every "
                            "duty log, until it is fixed."), entries, args, error) ||
      !hk_cli_require_option (severity, "--severity", error))
    return FALSE;

  if (!hk_fault_severity_from_id (severity, &input.severity))
    {
      hk_cli_set_usage_error (error, _("--severity: write minor, major or critical"));
      return FALSE;
    }

  input.description = description;
  input.location = location;
  input.contacted = contacted;

  if (!(context = hk_cli_login (globals, error)) ||
      !(fault = hk_duty_store_report_fault (hk_context_get_duty_store (context),
                                            hk_context_get_operator (context), &input, error)))
    return FALSE;

  g_print (_("Reported fault %lld.\n"), (long long)hk_facility_fault_get_id (fault));
  return TRUE;
}

static gboolean
run_fault_fix (HkCliGlobals  *globals,
               GStrv          args,
               GError       **error)
{
  g_autofree char *id_text = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "id", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The fault's number"), N_("N") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("What was done, by whom"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkFacilityFault) fault = NULL;
  g_autoptr(HkFacilityFault) fixed = NULL;
  gint64 id = 0;

  if (!hk_cli_subcommand (globals, "hall fault-fix", _("Record a facility fault as fixed, now."),
                          entries, args, error) ||
      !parse_number (id_text, "--id", G_MAXINT64, &id, error) ||
      !(context = hk_cli_login (globals, error)) ||
      !(fault = hk_duty_store_lookup_fault (hk_context_get_duty_store (context), id, error)) ||
      !(fixed = hk_duty_store_fix_fault (hk_context_get_duty_store (context),
                                         hk_context_get_operator (context), fault, note, error)))
    return FALSE;

  g_print (_("Fault %lld is fixed.\n"), (long long)id);
  return TRUE;
}

/* ---- incidents ---- */

static gboolean
run_incident_add (HkCliGlobals  *globals,
                  GStrv          args,
                  GError       **error)
{
  g_autofree char *at = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *place = NULL;
  g_autofree char *people = NULL;
  g_autofree char *action = NULL;
  g_autofree char *reported_to = NULL;
  gboolean serious = FALSE;
  const GOptionEntry entries[] = {
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("When it happened"), N_("YYYY-MM-DD HH:MM") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind,
      N_("disturbance, damage, illness, theft, evacuation or other"), N_("KIND") },
    { "place", 0, 0, G_OPTION_ARG_STRING, &place, N_("Where"), N_("TEXT") },
    { "people", 0, 0, G_OPTION_ARG_STRING, &people, N_("The people involved"), N_("TEXT") },
    { "action", 0, 0, G_OPTION_ARG_STRING, &action, N_("The action taken"), N_("TEXT") },
    { "reported-to", 0, 0, G_OPTION_ARG_STRING, &reported_to, N_("Reported to whom"),
      N_("TEXT") },
    { "serious", 0, 0, G_OPTION_ARG_NONE, &serious,
      N_("Serious: the duty manager's report is due within the shift"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkIncident) incident = NULL;
  HkIncidentInput input = { .serious = FALSE };

  if (!hk_cli_subcommand (globals, "hall incident-add",
                          _("Record an incident in the hall."), entries, args, error) ||
      !hk_cli_require_option (kind, "--kind", error))
    return FALSE;

  if (!hk_incident_kind_from_id (kind, &input.kind))
    {
      hk_cli_set_usage_error (error, _("--kind: write disturbance, damage, illness, theft, "
                                       "evacuation or other"));
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)) ||
      !hk_cli_moment (context, at, "--at", &input.occurred_at, error))
    return FALSE;

  input.place = place;
  input.people = people;
  input.action_taken = action;
  input.reported_to = reported_to;
  input.serious = serious;

  if (!(incident = hk_duty_store_record_incident (hk_context_get_duty_store (context),
                                                  hk_context_get_operator (context), &input,
                                                  error)))
    return FALSE;

  g_print (_("Recorded incident %lld.\n"), (long long)hk_incident_get_id (incident));
  return TRUE;
}

static gboolean
run_incident_report (HkCliGlobals  *globals,
                     GStrv          args,
                     GError       **error)
{
  g_autofree char *id_text = NULL;
  g_autofree char *report = NULL;
  const GOptionEntry entries[] = {
    { "id", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The incident's number"), N_("N") },
    { "report", 0, 0, G_OPTION_ARG_STRING, &report, N_("The duty manager's report"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkIncident) incident = NULL;
  g_autoptr(HkIncident) reported = NULL;
  gint64 id = 0;

  if (!hk_cli_subcommand (globals, "hall incident-report",
                          _("Write the duty manager's report on an incident, once; a serious "
                            "one's is due by the end of its shift. Needs the duty manager "
                            "role."), entries, args, error) ||
      !parse_number (id_text, "--id", G_MAXINT64, &id, error) ||
      !(context = hk_cli_login (globals, error)) ||
      !(incident = hk_duty_store_lookup_incident (hk_context_get_duty_store (context), id,
                                                  error)) ||
      !(reported = hk_duty_store_report_incident (hk_context_get_duty_store (context),
                                                  hk_context_get_operator (context), incident,
                                                  report, error)))
    return FALSE;

  g_print (_("Reported on incident %lld.\n"), (long long)id);
  return TRUE;
}

/* ---- cleaning ---- */

static gboolean
run_cleaning (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *day = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The day (default: today)"),
      N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) windows = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (4);

  if (!hk_cli_subcommand (globals, "hall cleaning",
                          _("Show the cleaning rounds due on a day: each task's windows, the "
                            "round ticked in each, and the missed ones."), entries, args,
                          error) ||
      !(context = hk_cli_login (globals, error)) ||
      !resolve_day (context, &day, error) ||
      !(windows = hk_duty_store_list_cleaning_windows (hk_context_get_duty_store (context), day,
                                                       hk_database_get_now (
                                                         hk_context_get_database (context)),
                                                       error)))
    return FALSE;

  hk_text_table_add_row (table, _("Task"), _("From"), _("Done at"), _("Missed"), NULL);
  for (guint i = 0; i < windows->len; i++)
    {
      HkCleaningWindow *window = g_ptr_array_index (windows, i);
      g_autofree char *start = format_moment (context, window->start);
      g_autofree char *done = format_moment (context, window->done_at);

      hk_text_table_add_row (table, window->task_name, start, done,
                             window->missed ? C_("answer", "yes") : "", NULL);
    }

  print_rows (table);
  return TRUE;
}

static gboolean
run_cleaning_round (HkCliGlobals  *globals,
                    GStrv          args,
                    GError       **error)
{
  g_autofree char *task = NULL;
  g_autofree char *at = NULL;
  g_autofree char *cleaner = NULL;
  const GOptionEntry entries[] = {
    { "task", 0, 0, G_OPTION_ARG_STRING, &task, N_("opening, counters, restrooms or another "
                                                   "task's code"), N_("CODE") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("When it was done (default: now)"),
      N_("YYYY-MM-DD HH:MM") },
    { "cleaner", 0, 0, G_OPTION_ARG_STRING, &cleaner, N_("Who did it"), N_("NAME") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(HkCleaningRound) round = NULL;
  gint64 task_id = 0;
  gint64 done_at;

  if (!hk_cli_subcommand (globals, "hall cleaning-round",
                          _("Tick a cleaning round with its time and the cleaner's name."),
                          entries, args, error) ||
      !hk_cli_require_option (task, "--task", error) ||
      !(context = hk_cli_login (globals, error)) ||
      !(tasks = hk_duty_store_list_cleaning_tasks (hk_context_get_duty_store (context), TRUE,
                                                   error)))
    return FALSE;

  done_at = hk_database_get_now (hk_context_get_database (context));
  if (at != NULL && !hk_cli_moment (context, at, "--at", &done_at, error))
    return FALSE;

  for (guint i = 0; i < tasks->len; i++)
    if (g_strcmp0 (hk_cleaning_task_get_code (g_ptr_array_index (tasks, i)), task) == 0)
      task_id = hk_cleaning_task_get_id (g_ptr_array_index (tasks, i));

  if (task_id == 0)
    {
      hk_cli_set_usage_error (error, _("--task: “%s” is not an active cleaning task"), task);
      return FALSE;
    }

  if (!(round = hk_duty_store_record_cleaning_round (hk_context_get_duty_store (context),
                                                     hk_context_get_operator (context), task_id,
                                                     done_at, cleaner, error)))
    return FALSE;

  g_print (_("Ticked a round of %s.\n"), hk_cleaning_round_get_task_name (round));
  return TRUE;
}

/* "HH:MM" → minutes after midnight; "24:00" is the end of the day. */
static gboolean
parse_clock (const char  *value,
             const char  *option,
             guint       *minutes,
             GError     **error)
{
  unsigned hour = 0;
  unsigned minute = 0;
  char tail;

  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  if (strlen (value) != 5 || sscanf (value, "%2u:%2u%c", &hour, &minute, &tail) != 2 ||
      minute > 59 || hour * 60 + minute > 24 * 60)
    {
      hk_cli_set_usage_error (error, _("%s: “%s” is not a time; write it as HH:MM"), option,
                              value);
      return FALSE;
    }

  *minutes = hour * 60 + minute;
  return TRUE;
}

static gboolean
run_cleaning_task (HkCliGlobals  *globals,
                   GStrv          args,
                   GError       **error)
{
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *every = NULL;
  gboolean inactive = FALSE;
  const GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("The task's code"), N_("CODE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("What is cleaned"), N_("TEXT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("When the first window starts"),
      N_("HH:MM") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("When the last window ends"), N_("HH:MM") },
    { "every", 0, 0, G_OPTION_ARG_STRING, &every, N_("Minutes per window: one round in each"),
      N_("MINUTES") },
    { "inactive", 0, 0, G_OPTION_ARG_NONE, &inactive, N_("Take the task off the schedule"),
      NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCleaningTask) task = NULL;
  guint start = 0;
  guint end = 0;
  gint64 interval = 0;

  if (!hk_cli_subcommand (globals, "hall cleaning-task",
                          _("Add or change a task of the cleaning schedule. Needs the hall "
                            "supervisor or administrator role."), entries, args, error) ||
      !parse_clock (from, "--from", &start, error) || !parse_clock (to, "--to", &end, error) ||
      !parse_number (every, "--every", 24 * 60, &interval, error) ||
      !(context = hk_cli_login (globals, error)) ||
      !(task = hk_duty_store_set_cleaning_task (hk_context_get_duty_store (context),
                                                hk_context_get_operator (context), code, name,
                                                start, end, (guint)interval, !inactive, error)))
    return FALSE;

  g_print (_("Set the cleaning task %s.\n"), hk_cleaning_task_get_code (task));
  return TRUE;
}

/* ---- cash escort ---- */

static gboolean
run_escort_add (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  g_autofree char *out = NULL;
  g_autofree char *back = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *carrier = NULL;
  g_autofree char *guard = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "out", 0, 0, G_OPTION_ARG_STRING, &out, N_("When it left"), N_("YYYY-MM-DD HH:MM") },
    { "back", 0, 0, G_OPTION_ARG_STRING, &back, N_("When it came back"),
      N_("YYYY-MM-DD HH:MM") },
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount, N_("The amount handed over, in yuan"),
      N_("AMOUNT") },
    { "carrier", 0, 0, G_OPTION_ARG_STRING, &carrier, N_("Who carried the takings"),
      N_("NAME") },
    { "guard", 0, 0, G_OPTION_ARG_STRING, &guard, N_("The guard"), N_("NAME") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCashEscort) escort = NULL;
  HkCashEscortInput input = { .note = NULL };

  if (!hk_cli_subcommand (globals, "hall escort-add",
                          _("Record a cash escort trip to the bank once it is back."), entries,
                          args, error) ||
      !hk_cli_require_option (amount, "--amount", error) ||
      !hk_money_parse (amount, &input.amount, error) ||
      !(context = hk_cli_login (globals, error)) ||
      !hk_cli_moment (context, out, "--out", &input.left_at, error) ||
      !hk_cli_moment (context, back, "--back", &input.returned_at, error))
    return FALSE;

  input.carrier = carrier;
  input.guard = guard;
  input.note = note;

  if (!(escort = hk_duty_store_record_cash_escort (hk_context_get_duty_store (context),
                                                   hk_context_get_operator (context), &input,
                                                   error)))
    return FALSE;

  g_print (_("Recorded cash escort trip %lld.\n"), (long long)hk_cash_escort_get_id (escort));
  return TRUE;
}

static gboolean
run_escort_link (HkCliGlobals  *globals,
                 GStrv          args,
                 GError       **error)
{
  g_autofree char *id_text = NULL;
  g_autofree char *deposit_text = NULL;
  const GOptionEntry entries[] = {
    { "id", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The trip's number"), N_("N") },
    { "deposit", 0, 0, G_OPTION_ARG_STRING, &deposit_text, N_("The bank deposit's number"),
      N_("N") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) escorts = NULL;
  g_autoptr(HkCashEscort) linked = NULL;
  HkCashEscort *escort = NULL;
  gint64 id = 0;
  gint64 deposit = 0;

  if (!hk_cli_subcommand (globals, "hall escort-link",
                          _("Link a bank deposit, dated the day of the trip, to the trip that "
                            "carried it."), entries, args, error) ||
      !parse_number (id_text, "--id", G_MAXINT64, &id, error) ||
      !parse_number (deposit_text, "--deposit", G_MAXINT64, &deposit, error) ||
      !(context = hk_cli_login (globals, error)) ||
      !(escorts = hk_duty_store_list_cash_escorts (hk_context_get_duty_store (context),
                                                   "0000-00-00", "9999-99-99", error)))
    return FALSE;

  for (guint i = 0; i < escorts->len; i++)
    if (hk_cash_escort_get_id (g_ptr_array_index (escorts, i)) == id)
      escort = g_ptr_array_index (escorts, i);

  if (escort == NULL)
    {
      g_set_error (error, HK_CLI_ERROR, HK_CLI_ERROR_FAILED,
                   _("There is no cash escort trip number %lld."), (long long)id);
      return FALSE;
    }

  if (!(linked = hk_duty_store_link_cash_escort_deposit (hk_context_get_duty_store (context),
                                                         hk_context_get_operator (context),
                                                         escort, deposit, error)))
    return FALSE;

  g_print (_("Linked bank deposit %lld to cash escort trip %lld.\n"), (long long)deposit,
           (long long)id);
  return TRUE;
}

/* ---- training and demand ---- */

static gboolean
run_training_add (HkCliGlobals  *globals,
                  GStrv          args,
                  GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *topic = NULL;
  g_autofree char *trainer = NULL;
  g_autofree char *minutes = NULL;
  g_autofree char *attendees = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The day (default: today)"),
      N_("YYYY-MM-DD") },
    { "topic", 0, 0, G_OPTION_ARG_STRING, &topic, N_("The topic"), N_("TEXT") },
    { "trainer", 0, 0, G_OPTION_ARG_STRING, &trainer, N_("The trainer"), N_("NAME") },
    { "minutes", 0, 0, G_OPTION_ARG_STRING, &minutes, N_("How long"), N_("MINUTES") },
    { "attendees", 0, 0, G_OPTION_ARG_STRING, &attendees,
      N_("Who attended, separated by commas"), N_("NAMES") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkTrainingSession) session = NULL;
  g_auto(GStrv) names = NULL;
  gint64 duration = 0;

  if (!hk_cli_subcommand (globals, "hall training-add",
                          _("Record a training session. Needs the hall supervisor role."),
                          entries, args, error) ||
      !parse_number (minutes, "--minutes", 8 * 60, &duration, error) ||
      !(context = hk_cli_login (globals, error)) ||
      !resolve_day (context, &day, error))
    return FALSE;

  names = split_names (attendees);
  if (!(session = hk_duty_store_record_training (hk_context_get_duty_store (context),
                                                 hk_context_get_operator (context), day, topic,
                                                 trainer, (guint)duration,
                                                 (const char * const *)names, error)))
    return FALSE;

  g_print (_("Recorded training session %lld.\n"),
           (long long)hk_training_session_get_id (session));
  return TRUE;
}

static gboolean
run_assess (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *person = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *score_text = NULL;
  g_autofree char *session_text = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The day (default: today)"),
      N_("YYYY-MM-DD") },
    { "person", 0, 0, G_OPTION_ARG_STRING, &person, N_("The employee"), N_("NAME") },
    { "subject", 0, 0, G_OPTION_ARG_STRING, &subject, N_("What was assessed"), N_("TEXT") },
    { "score", 0, 0, G_OPTION_ARG_STRING, &score_text, N_("0 to 100"), N_("SCORE") },
    { "session", 0, 0, G_OPTION_ARG_STRING, &session_text,
      N_("The training session assessed"), N_("N") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkAssessment) assessment = NULL;
  gint64 score = 0;
  gint64 session = 0;

  if (!hk_cli_subcommand (globals, "hall assess",
                          _("Record an employee's assessment result. Needs the hall supervisor "
                            "role."), entries, args, error) ||
      !parse_number (score_text, "--score", 100, &score, error) ||
      (session_text != NULL &&
       !parse_number (session_text, "--session", G_MAXINT64, &session, error)) ||
      !(context = hk_cli_login (globals, error)) ||
      !resolve_day (context, &day, error) ||
      !(assessment = hk_duty_store_record_assessment (hk_context_get_duty_store (context),
                                                      hk_context_get_operator (context), day,
                                                      person, subject, (guint)score, session,
                                                      note, error)))
    return FALSE;

  g_print (_("Recorded the assessment of %s: %u, %s.\n"), hk_assessment_get_person (assessment),
           hk_assessment_get_score (assessment),
           hk_assessment_is_passed (assessment) ? _("passed") : _("failed"));
  return TRUE;
}

static gboolean
run_training (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *person = NULL;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_STRING, &person, N_("The employee"), N_("NAME") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (4);

  if (!hk_cli_subcommand (globals, "hall training",
                          _("Show an employee's training record: the sessions attended and the "
                            "assessment results."), entries, args, error) ||
      !hk_cli_require_option (person, "--person", error) ||
      !(context = hk_cli_login (globals, error)) ||
      !(sessions = hk_duty_store_list_training (hk_context_get_duty_store (context),
                                                "0000-00-00", "9999-99-99", person, error)) ||
      !(assessments = hk_duty_store_list_assessments (hk_context_get_duty_store (context),
                                                      "0000-00-00", "9999-99-99", person,
                                                      error)))
    return FALSE;

  hk_text_table_add_row (table, _("Day"), _("Record"), _("Subject"), _("Score"), NULL);
  for (guint i = 0; i < sessions->len; i++)
    {
      HkTrainingSession *session = g_ptr_array_index (sessions, i);

      hk_text_table_add_row (table, hk_training_session_get_day (session), _("Training"),
                             hk_training_session_get_topic (session), "", NULL);
    }
  for (guint i = 0; i < assessments->len; i++)
    {
      HkAssessment *assessment = g_ptr_array_index (assessments, i);
      g_autofree char *score = g_strdup_printf ("%u", hk_assessment_get_score (assessment));

      hk_text_table_add_row (table, hk_assessment_get_day (assessment), _("Assessment"),
                             hk_assessment_get_subject (assessment), score, NULL);
    }

  print_rows (table);
  return TRUE;
}

static gboolean
run_demand_add (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  g_autofree char *theme = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "theme", 0, 0, G_OPTION_ARG_STRING, &theme,
      N_("handset, plan, service, accessory or other"), N_("THEME") },
    { "wanted", 0, 0, G_OPTION_ARG_STRING, &wanted, N_("What the customer asked for"),
      N_("TEXT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCustomerDemand) demand = NULL;
  HkDemandTheme parsed = HK_DEMAND_OTHER;

  if (!hk_cli_subcommand (globals, "hall demand-add",
                          _("Record, now, what a customer asked for and the hall could not "
                            "provide."), entries, args, error) ||
      !hk_cli_require_option (theme, "--theme", error))
    return FALSE;

  if (!hk_demand_theme_from_id (theme, &parsed))
    {
      hk_cli_set_usage_error (error, _("--theme: write handset, plan, service, accessory or "
                                       "other"));
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)) ||
      !(demand = hk_duty_store_record_demand (hk_context_get_duty_store (context),
                                              hk_context_get_operator (context), parsed, wanted,
                                              note, error)))
    return FALSE;

  g_print (_("Recorded customer demand %lld.\n"), (long long)hk_customer_demand_get_id (demand));
  return TRUE;
}

static gboolean
run_demand (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *month = NULL;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("The month (default: this month)"),
      N_("YYYY-MM") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (3);
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  HkPeriod period;

  if (!hk_cli_subcommand (globals, "hall demand",
                          _("Count a month's customer demand records by theme, with the item "
                            "asked for most."), entries, args, error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  if (month == NULL)
    {
      g_autofree char *day = today (context);

      month = g_strndup (day, 7);
    }

  if (!hk_period_parse (&period, HK_PERIOD_MONTH, month, error))
    return FALSE;

  first_day = hk_period_dup_first_day (&period);
  last_day = hk_period_dup_last_day (&period);
  if (!(counts = hk_duty_store_count_demands (hk_context_get_duty_store (context), first_day,
                                              last_day, error)))
    return FALSE;

  hk_text_table_align_right (table, 1);
  hk_text_table_add_row (table, _("Theme"), _("Records"), _("Asked for most"), NULL);
  for (guint i = 0; i < counts->len; i++)
    {
      HkDemandCount *count = g_ptr_array_index (counts, i);
      g_autofree char *n = g_strdup_printf ("%u", count->count);
      g_autofree char *top = count->top_wanted != NULL
                             ? g_strdup_printf ("%s (%u)", count->top_wanted, count->top_count)
                             : g_strdup ("—");

      hk_text_table_add_row (table, hk_demand_theme_get_title (count->theme), n, top, NULL);
    }

  print_rows (table);
  return TRUE;
}

/* ---- export ---- */

static gboolean
run_export (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *month = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("The month"), N_("YYYY-MM") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write it to FILE: an Excel workbook (.xlsx) or a PDF file (.pdf)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkReport) report = NULL;

  if (!hk_cli_subcommand (globals, "hall export",
                          _("Export a month's duty logs, incidents and training records: as "
                            "text, or with -o as an Excel workbook. Needs the duty manager or "
                            "hall supervisor role."), entries, args, error) ||
      !hk_cli_require_option (month, "--month", error) ||
      (output != NULL && !hk_report_export_check_path (output, error)) ||
      !(context = hk_cli_login (globals, error)) ||
      !hk_permission_require (hk_context_get_database (context),
                              hk_context_get_operator (context), HK_DUTY_ROLES,
                              _("Exporting the hall operations"), error) ||
      !(report = hk_hall_month_report_build (context, month, error)))
    return FALSE;

  if (output == NULL)
    {
      g_autofree char *text = hk_report_render_text (report);

      g_print ("%s", text);
      return TRUE;
    }

  if (!hk_report_export (report, output, NULL, NULL, NULL, error))
    return FALSE;

  {
    g_autofree char *name = g_filename_display_name (output);

    g_print (_("Wrote %s — %s to %s.\n"), hk_report_get_title (report),
             hk_report_get_period_label (report), name);
  }

  return TRUE;
}

static const HkCliCommand hall_commands[] = {
  { "log", N_("Show the duty log of a day and shift"), run_log },
  { "log-save", N_("Write the duty log of a shift"), run_log_save },
  { "log-sign", N_("Sign a duty log as the outgoing duty manager"), run_log_sign },
  { "log-ack", N_("Acknowledge a duty log as the incoming duty manager"), run_log_acknowledge },
  { "log-remark", N_("Append a remark to a signed duty log"), run_log_remark },
  { "briefing", N_("Record a pre-shift briefing or post-shift review"), run_briefing },
  { "checklist", N_("List the safety checklist"), run_checklist },
  { "safety-check", N_("Record a safety check"), run_safety_check },
  { "faults", N_("List the facility faults"), run_faults },
  { "fault-add", N_("Report a facility fault"), run_fault_add },
  { "fault-fix", N_("Record a facility fault as fixed"), run_fault_fix },
  { "incident-add", N_("Record an incident"), run_incident_add },
  { "incident-report", N_("Write the duty manager's report on an incident"),
    run_incident_report },
  { "cleaning", N_("Show a day's cleaning rounds and the missed ones"), run_cleaning },
  { "cleaning-round", N_("Tick a cleaning round"), run_cleaning_round },
  { "cleaning-task", N_("Add or change a task of the cleaning schedule"), run_cleaning_task },
  { "escort-add", N_("Record a cash escort trip to the bank"), run_escort_add },
  { "escort-link", N_("Link a bank deposit to a cash escort trip"), run_escort_link },
  { "training-add", N_("Record a training session"), run_training_add },
  { "assess", N_("Record an assessment result"), run_assess },
  { "training", N_("Show an employee's training record"), run_training },
  { "demand-add", N_("Record a customer demand"), run_demand_add },
  { "demand", N_("Count a month's customer demand by theme"), run_demand },
  { "export", N_("Export a month's duty logs, incidents and training to Excel"), run_export },
};

gboolean
hk_cli_hall (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  return hk_cli_run_subcommand (globals, "hall",
                                _("Keep the hall's operations: duty logs, briefings, safety "
                                  "checks, facility faults, incidents, cleaning rounds, cash "
                                  "escort, training and customer demand."),
                                hall_commands, G_N_ELEMENTS (hall_commands), args, error);
}
