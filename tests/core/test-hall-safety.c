/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-hall-safety.c: safety checks (a failed item opens a facility fault that carries over
 * from log to log until fixed), the checklist's set-up, incidents and the duty manager's report
 * within the shift, and briefings with attendance. */

#include "config.h"

#include "core/hk-error.h"
#include "hk-test-duty.h"

typedef HkTestDuty Fixture;

/* Answers for the whole active checklist, passed but for the item @failed_code. */
static HkSafetyCheckAnswer *
answers_for (Fixture    *fixture,
             const char *failed_code,
             guint      *n_answers)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  HkSafetyCheckAnswer *answers;

  items = hk_duty_store_list_checklist (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  answers = g_new0 (HkSafetyCheckAnswer, items->len);

  for (guint i = 0; i < items->len; i++)
    {
      HkSafetyCheckItem *item = g_ptr_array_index (items, i);

      answers[i].item_id = hk_safety_check_item_get_id (item);
      answers[i].passed = g_strcmp0 (hk_safety_check_item_get_code (item), failed_code) != 0;
      answers[i].note = answers[i].passed ? NULL : "东侧安全出口被纸箱堵住";
      answers[i].severity = HK_FAULT_MAJOR;
    }

  *n_answers = items->len;
  return answers;
}

static guint
n_open_faults_in_log (Fixture     *fixture,
                      const char  *day,
                      HkDutyShift  shift)
{
  g_autoptr(HkDutyLog) log = NULL;
  g_autoptr(GError) error = NULL;

  log = hk_duty_store_get_log (fixture->store, day, shift, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_duty_log_get_open_faults (log)->len, ==,
                    hk_duty_log_get_facts (log)->open_faults);
  return hk_duty_log_get_open_faults (log)->len;
}

static void
test_failed_check_opens_fault (Fixture       *fixture,
                               gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autofree HkSafetyCheckAnswer *answers = NULL;
  g_autoptr(HkSafetyCheck) check = NULL;
  g_autoptr(HkFacilityFault) fault = NULL;
  g_autoptr(HkFacilityFault) fixed = NULL;
  g_autoptr(HkDutyLog) early = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GError) error = NULL;
  HkSafetyCheckResult *result = NULL;
  guint n = 0;

  answers = answers_for (fixture, "exits", &n);
  g_assert_cmpuint (n, ==, 5);
  check = hk_duty_store_record_safety_check (fixture->store, hall->manager, TODAY,
                                             HK_DUTY_SHIFT_EARLY, answers, n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_safety_check_get_n_failed (check), ==, 1);
  g_assert_cmpuint (hk_safety_check_get_results (check)->len, ==, 5);
  g_assert_cmpint (hk_safety_check_get_checked_at (check), ==, T0);
  for (guint i = 0; i < 5; i++)
    if (!((HkSafetyCheckResult *)g_ptr_array_index (hk_safety_check_get_results (check),
                                                    i))->passed)
      result = g_ptr_array_index (hk_safety_check_get_results (check), i);
  g_assert_nonnull (result);
  g_assert_cmpstr (result->item_name, ==, "Emergency exits clear and unlocked");
  g_assert_cmpint (result->fault_id, >, 0);
  hk_test_hall_assert_last_audit (hall, "safety-check-recorded", hall->manager, "safety_check",
                                  hk_safety_check_get_id (check), "1 of 5 items failed");

  /* The fault it opened. */
  fault = hk_duty_store_lookup_fault (fixture->store, result->fault_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_facility_fault_get_description (fault), ==, "东侧安全出口被纸箱堵住");
  g_assert_cmpstr (hk_facility_fault_get_location (fault), ==,
                   "Emergency exits clear and unlocked");
  g_assert_cmpint (hk_facility_fault_get_severity (fault), ==, HK_FAULT_MAJOR);
  g_assert_cmpint (hk_facility_fault_get_safety_check_id (fault), ==,
                   hk_safety_check_get_id (check));
  g_assert_cmpint (hk_facility_fault_get_fixed_at (fault), ==, 0);
  g_assert_cmpint (hk_test_count_audit (hall->db.database, "facility-fault-reported"), ==, 1);

  early = hk_duty_store_get_log (fixture->store, TODAY, HK_DUTY_SHIFT_EARLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_duty_log_get_facts (early)->failed_safety_items, ==, 1);
  g_assert_cmpuint (hk_duty_log_get_facts (early)->safety_checks, ==, 1);

  /* It carries over: the late shift, the next morning. */
  hk_test_duty_set_now (fixture, MIDNIGHT + DAY + 9 * HOUR);
  g_assert_cmpuint (n_open_faults_in_log (fixture, TODAY, HK_DUTY_SHIFT_EARLY), ==, 1);
  g_assert_cmpuint (n_open_faults_in_log (fixture, TODAY, HK_DUTY_SHIFT_LATE), ==, 1);
  g_assert_cmpuint (n_open_faults_in_log (fixture, TOMORROW, HK_DUTY_SHIFT_EARLY), ==, 1);

  fixed = hk_duty_store_fix_fault (fixture->store, fixture->manager2, fault, "纸箱已移走",
                                   &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_facility_fault_get_fixed_at (fixed), ==, MIDNIGHT + DAY + 9 * HOUR);
  g_assert_cmpstr (hk_facility_fault_get_fixed_by_name (fixed), ==, "liqiang");

  /* Fixed: gone from the logs from then on, still in those of the shifts it was open in. */
  hk_test_duty_set_now (fixture, MIDNIGHT + DAY + 15 * HOUR);
  g_assert_cmpuint (n_open_faults_in_log (fixture, TOMORROW, HK_DUTY_SHIFT_LATE), ==, 0);
  g_assert_cmpuint (n_open_faults_in_log (fixture, TODAY, HK_DUTY_SHIFT_LATE), ==, 1);
  open = hk_duty_store_list_open_faults (fixture->store, MIDNIGHT + DAY + 15 * HOUR, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 0);

  /* Once. */
  g_assert_null (hk_duty_store_fix_fault (fixture->store, hall->manager, fault, "again", &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "liqiang");
}

static void
test_check_refusals (Fixture       *fixture,
                     gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autofree HkSafetyCheckAnswer *answers = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;
  guint n = 0;

  answers = answers_for (fixture, "safe", &n);
  hk_test_hall_remember (hall, &before);

  /* An item left out. */
  g_assert_null (hk_duty_store_record_safety_check (fixture->store, hall->manager, TODAY,
                                                    HK_DUTY_SHIFT_EARLY, answers, n - 1,
                                                    &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "5 items");
  g_clear_error (&error);

  /* An item answered twice. */
  answers[1].item_id = answers[0].item_id;
  g_assert_null (hk_duty_store_record_safety_check (fixture->store, hall->manager, TODAY,
                                                    HK_DUTY_SHIFT_EARLY, answers, n, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "once");
  g_clear_error (&error);
  g_free (answers);

  /* A failed item with nothing said. */
  answers = answers_for (fixture, "safe", &n);
  answers[2].note = "  ";
  g_assert_null (hk_duty_store_record_safety_check (fixture->store, hall->manager, TODAY,
                                                    HK_DUTY_SHIFT_EARLY, answers, n, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
  g_clear_error (&error);

  /* The late shift has not begun. */
  g_free (answers);
  answers = answers_for (fixture, NULL, &n);
  g_assert_null (hk_duty_store_record_safety_check (fixture->store, hall->manager, TODAY,
                                                    HK_DUTY_SHIFT_LATE, answers, n, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "not begun");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (hall, &before, 0);
  hk_test_hall_remember (hall, &before);

  /* A clerk does not check the hall. */
  g_assert_null (hk_duty_store_record_safety_check (fixture->store, hall->clerk, TODAY,
                                                    HK_DUTY_SHIFT_EARLY, answers, n, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (hall, &before, 1);
}

static void
test_checklist (Fixture       *fixture,
                gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkSafetyCheckItem) item = NULL;
  g_autoptr(HkSafetyCheckItem) off = NULL;
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_add_checklist_item (fixture->store, hall->manager, "first-aid",
                                                   "急救箱", &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (hall, &before, 1);
  g_clear_error (&error);

  item = hk_duty_store_add_checklist_item (fixture->store, hall->supervisor, "first-aid",
                                           "急救箱齐全", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_safety_check_item_get_position (item), ==, 6);
  g_assert_true (hk_safety_check_item_is_active (item));

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_add_checklist_item (fixture->store, hall->supervisor, "first-aid",
                                                   "重复", &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "first-aid");
  hk_test_hall_assert_unchanged (hall, &before, 0);
  g_clear_error (&error);

  off = hk_duty_store_set_checklist_item_active (fixture->store, hall->supervisor, item, FALSE,
                                                 &error);
  g_assert_no_error (error);
  g_assert_false (hk_safety_check_item_is_active (off));
  active = hk_duty_store_list_checklist (fixture->store, TRUE, &error);
  all = hk_duty_store_list_checklist (fixture->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (active->len, ==, 5);
  g_assert_cmpuint (all->len, ==, 6);
}

static HkIncident *
record_incident (Fixture  *fixture,
                 gint64    at,
                 gboolean  serious)
{
  g_autoptr(GError) error = NULL;
  HkIncidentInput input = {
    .kind = HK_INCIDENT_ILLNESS,
    .occurred_at = at,
    .place = "等候区",
    .people = "一位老年顾客",
    .action_taken = "扶至休息室，拨打120",
    .reported_to = "市公司安保部",
    .serious = serious,
  };
  HkIncident *incident;

  incident = hk_duty_store_record_incident (fixture->store, fixture->hall.manager, &input,
                                            &error);
  g_assert_no_error (error);
  g_assert_nonnull (incident);
  return incident;
}

static void
test_incident_report (Fixture       *fixture,
                      gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkIncident) serious = NULL;
  g_autoptr(HkIncident) minor = NULL;
  g_autoptr(HkIncident) reported = NULL;
  g_autoptr(HkIncident) late = NULL;
  g_autoptr(HkIncident) late_reported = NULL;
  g_autoptr(HkDutyLog) saved = NULL;
  g_autoptr(HkDutyLog) signed_log = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  serious = record_incident (fixture, T0 - 30 * MINUTE, TRUE);
  minor = record_incident (fixture, T0 - 20 * MINUTE, FALSE);
  g_assert_cmpstr (hk_incident_get_day (serious), ==, TODAY);
  g_assert_cmpint (hk_incident_get_shift (serious), ==, HK_DUTY_SHIFT_EARLY);
  g_assert_cmpint (hk_incident_get_report_due (serious), ==, EARLY_END);
  g_assert_true (hk_incident_is_serious (serious));
  g_assert_null (hk_incident_get_report (serious));
  hk_test_hall_assert_last_audit (hall, "incident-recorded", hall->manager, "incident",
                                  hk_incident_get_id (minor), "illness");

  /* The shift's log is not signed while the serious one has no report. */
  hk_test_duty_set_now (fixture, EARLY_END - MINUTE);
  saved = hk_test_duty_save_log (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_EARLY, "顾客晕倒");
  g_assert_cmpuint (hk_duty_log_get_incidents (saved)->len, ==, 2);
  g_assert_cmpuint (hk_duty_log_get_facts (saved)->incidents_awaiting_report, ==, 1);
  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_sign_log (fixture->store, hall->manager, TODAY,
                                         HK_DUTY_SHIFT_EARLY, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "no report");
  hk_test_hall_assert_unchanged (hall, &before, 0);
  hk_test_hall_remember (hall, &before);
  g_clear_error (&error);

  /* The report is the duty manager's: not the hall supervisor's alone. */
  g_assert_null (hk_duty_store_report_incident (fixture->store, hall->supervisor, serious,
                                                "报告", &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (hall, &before, 1);
  g_clear_error (&error);

  reported = hk_duty_store_report_incident (fixture->store, hall->manager, serious,
                                            "10:00 顾客在等候区晕倒，已送医，家属已通知。",
                                            &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_incident_get_reported_at (reported), ==, EARLY_END - MINUTE);
  g_assert_cmpint (hk_incident_get_reported_at (reported), <,
                   hk_incident_get_report_due (reported));
  hk_test_hall_assert_last_audit (hall, "incident-reported", hall->manager, "incident",
                                  hk_incident_get_id (serious), "reported on an incident");

  signed_log = hk_duty_store_sign_log (fixture->store, hall->manager, TODAY, HK_DUTY_SHIFT_EARLY,
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_duty_log_get_facts (signed_log)->incidents, ==, 2);

  /* A report after the shift is recorded, as late. */
  late = record_incident (fixture, EARLY_END - 2 * MINUTE, TRUE);
  hk_test_duty_set_now (fixture, EARLY_END + HOUR);
  late_reported = hk_duty_store_report_incident (fixture->store, hall->manager, late, "晚报",
                                                 &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_incident_get_reported_at (late_reported), >,
                   hk_incident_get_report_due (late_reported));
  hk_test_hall_assert_last_audit (hall, "incident-reported", hall->manager, "incident",
                                  hk_incident_get_id (late), "after its shift");

  /* Once. */
  g_assert_null (hk_duty_store_report_incident (fixture->store, hall->manager, late, "再报",
                                                &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, NULL);
}

static void
test_incident_outside_shifts (Fixture       *fixture,
                              gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(GError) error = NULL;
  HkIncidentInput input = {
    .kind = HK_INCIDENT_THEFT, .occurred_at = EARLY_START - 1, .place = "门口",
    .action_taken = "报警",
  };
  HkTestHallBefore before;

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_record_incident (fixture->store, hall->manager, &input, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "08:00");
  g_clear_error (&error);

  input.occurred_at = T0 + MINUTE;
  g_assert_null (hk_duty_store_record_incident (fixture->store, hall->manager, &input, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "future");
  hk_test_hall_assert_unchanged (hall, &before, 0);
}

static void
test_briefing (Fixture       *fixture,
               gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkBriefing) briefing = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  const char *present[] = { "张丽", " 刘洋 ", "王刚", NULL };
  const char *absent[] = { "陈静", NULL };
  const char *both[] = { "张丽", NULL };
  HkTestHallBefore before;

  briefing = hk_duty_store_record_briefing (fixture->store, hall->manager, TODAY,
                                            HK_DUTY_SHIFT_EARLY, HK_BRIEFING_PRE_SHIFT,
                                            "今日推广5G套餐；注意唱收唱付", present, absent,
                                            &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((GStrv)hk_briefing_get_present (briefing)), ==, 3);
  g_assert_true (g_strv_contains (hk_briefing_get_present (briefing), "刘洋"));
  g_assert_cmpstr (hk_briefing_get_absent (briefing)[0], ==, "陈静");
  g_assert_cmpint (hk_briefing_get_held_at (briefing), ==, T0);
  hk_test_hall_assert_last_audit (hall, "briefing-recorded", hall->manager, "briefing",
                                  hk_briefing_get_id (briefing), "3 present, 1 absent");

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_record_briefing (fixture->store, hall->manager, TODAY,
                                                HK_DUTY_SHIFT_EARLY, HK_BRIEFING_PRE_SHIFT,
                                                "再开一次", present, NULL, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "already");
  g_clear_error (&error);
  g_assert_null (hk_duty_store_record_briefing (fixture->store, hall->manager, TODAY,
                                                HK_DUTY_SHIFT_EARLY, HK_BRIEFING_POST_SHIFT,
                                                "讲评", both, both, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "both");
  g_clear_error (&error);
  g_assert_null (hk_duty_store_record_briefing (fixture->store, hall->manager, TODAY,
                                                HK_DUTY_SHIFT_EARLY, HK_BRIEFING_POST_SHIFT,
                                                "讲评", NULL, absent, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "attended");
  hk_test_hall_assert_unchanged (hall, &before, 0);
  g_clear_error (&error);

  listed = hk_duty_store_list_briefings (fixture->store, TODAY, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, hk_test_duty_setup, func, hk_test_duty_teardown)

  ADD ("/hall-safety/failed-check-opens-fault-that-carries-over", test_failed_check_opens_fault);
  ADD ("/hall-safety/check-refusals", test_check_refusals);
  ADD ("/hall-safety/checklist", test_checklist);
  ADD ("/hall-safety/incident-report-within-shift", test_incident_report);
  ADD ("/hall-safety/incident-outside-shifts", test_incident_outside_shifts);
  ADD ("/hall-safety/briefing-attendance", test_briefing);

#undef ADD

  return g_test_run ();
}
