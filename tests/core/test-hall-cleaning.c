/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-hall-cleaning.c: cleaning rounds and the missed ones at the windows' boundaries, the
 * configurable schedule, cash escort trips linked to bank deposits, training records and
 * customer demand counted by theme. */

#include "config.h"

#include "core/hk-error.h"
#include "hk-test-duty.h"

typedef HkTestDuty Fixture;

static gint64
task_id (Fixture    *fixture,
         const char *code)
{
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GError) error = NULL;

  tasks = hk_duty_store_list_cleaning_tasks (fixture->store, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < tasks->len; i++)
    if (g_strcmp0 (hk_cleaning_task_get_code (g_ptr_array_index (tasks, i)), code) == 0)
      return hk_cleaning_task_get_id (g_ptr_array_index (tasks, i));

  g_assert_not_reached ();
}

static void
tick (Fixture    *fixture,
      const char *code,
      gint64      done_at)
{
  g_autoptr(HkCleaningRound) round = NULL;
  g_autoptr(GError) error = NULL;

  round = hk_duty_store_record_cleaning_round (fixture->store, fixture->hall.manager,
                                               task_id (fixture, code), done_at, "清洁工 李阿姨",
                                               &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_cleaning_round_get_done_at (round), ==, done_at);
}

/* The window of @code that starts at @start, looked at @at. */
static HkCleaningWindow *
window_at (Fixture    *fixture,
           const char *code,
           gint64      start,
           gint64      at)
{
  g_autoptr(GPtrArray) windows = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = task_id (fixture, code);

  windows = hk_duty_store_list_cleaning_windows (fixture->store, TODAY, at, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < windows->len; i++)
    {
      HkCleaningWindow *window = g_ptr_array_index (windows, i);

      if (window->task_id == id && window->start == start)
        return hk_cleaning_window_copy (window);
    }

  g_assert_not_reached ();
}

static void
test_schedule (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) windows = NULL;
  g_autoptr(GError) error = NULL;
  guint n_missed = 0;

  /* The opening clean 08:00–09:00, counters twice 09:00–18:00, restrooms every 30 minutes. */
  windows = hk_duty_store_list_cleaning_windows (fixture->store, TODAY, LATE_END, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (windows->len, ==, 1 + 2 + 18);

  /* Nothing was ticked: by 10:00 the opening clean and two restroom rounds are missed. */
  g_assert_true (hk_duty_store_count_missed_rounds (fixture->store, TODAY, TODAY, &n_missed,
                                                    &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_missed, ==, 3);
}

static void
test_boundaries (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 nine = MIDNIGHT + 9 * HOUR;
  HkCleaningWindow *window;

  hk_test_duty_set_now (fixture, MIDNIGHT + 11 * HOUR);
  tick (fixture, "opening", MIDNIGHT + 9 * HOUR - 1);     /* the last second of its window */
  tick (fixture, "restrooms", nine);                      /* the first second of 09:00–09:30 */
  tick (fixture, "restrooms", nine + 60 * MINUTE - 1);    /* the last second of 09:30–10:00 */
  tick (fixture, "restrooms", nine + 90 * MINUTE);        /* 10:30 exactly: not 10:00–10:30 */

  window = window_at (fixture, "opening", MIDNIGHT + 8 * HOUR, MIDNIGHT + 11 * HOUR);
  g_assert_cmpint (window->done_at, ==, nine - 1);
  g_assert_false (window->missed);
  hk_cleaning_window_free (window);

  window = window_at (fixture, "restrooms", nine, MIDNIGHT + 11 * HOUR);
  g_assert_cmpint (window->done_at, ==, nine);
  hk_cleaning_window_free (window);

  window = window_at (fixture, "restrooms", nine + 30 * MINUTE, MIDNIGHT + 11 * HOUR);
  g_assert_cmpint (window->done_at, ==, nine + 60 * MINUTE - 1);
  hk_cleaning_window_free (window);

  /* 10:00–10:30 has no round: not missed one second before its end, missed at its end. */
  window = window_at (fixture, "restrooms", nine + 60 * MINUTE, nine + 90 * MINUTE - 1);
  g_assert_cmpint (window->done_at, ==, 0);
  g_assert_false (window->missed);
  hk_cleaning_window_free (window);
  window = window_at (fixture, "restrooms", nine + 60 * MINUTE, nine + 90 * MINUTE);
  g_assert_true (window->missed);
  hk_cleaning_window_free (window);

  window = window_at (fixture, "restrooms", nine + 90 * MINUTE, MIDNIGHT + 11 * HOUR);
  g_assert_cmpint (window->done_at, ==, nine + 90 * MINUTE);
  g_assert_false (window->missed);
  hk_cleaning_window_free (window);
}

static void
test_missed_in_log (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HkDutyLog) early = NULL;
  g_autoptr(HkDutyLog) late = NULL;
  g_autoptr(GError) error = NULL;
  guint n_missed = 0;
  guint n_early = 0;

  /* The early shift ends at 13:30: the windows ending by then are its own. */
  hk_test_duty_set_now (fixture, LATE_END);
  tick (fixture, "opening", MIDNIGHT + 8 * HOUR + 30 * MINUTE);
  tick (fixture, "counters", MIDNIGHT + 12 * HOUR);

  early = hk_duty_store_get_log (fixture->store, TODAY, HK_DUTY_SHIFT_EARLY, &error);
  late = hk_duty_store_get_log (fixture->store, TODAY, HK_DUTY_SHIFT_LATE, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < hk_duty_log_get_cleaning_windows (early)->len; i++)
    {
      HkCleaningWindow *window = g_ptr_array_index (hk_duty_log_get_cleaning_windows (early), i);

      g_assert_cmpint (window->end, >, EARLY_START);
      g_assert_cmpint (window->end, <=, EARLY_END);
      n_early += window->missed;
    }

  /* 09:00–13:30: nine restroom windows, all missed; the counters' first window was cleaned. */
  g_assert_cmpuint (n_early, ==, 9);
  g_assert_cmpuint (hk_duty_log_get_facts (early)->missed_cleaning_rounds, ==, 9);
  /* 13:30–18:00: nine restroom windows and the counters' second. */
  g_assert_cmpuint (hk_duty_log_get_facts (late)->missed_cleaning_rounds, ==, 10);

  g_assert_true (hk_duty_store_count_missed_rounds (fixture->store, TODAY, TODAY, &n_missed,
                                                    &error));
  g_assert_cmpuint (n_missed, ==, 19);
}

static void
test_configurable (Fixture       *fixture,
                   gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkCleaningTask) task = NULL;
  g_autoptr(GPtrArray) windows = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_set_cleaning_task (fixture->store, hall->manager, "restrooms",
                                                  "Restrooms", 540, 1080, 60, TRUE, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (hall, &before, 1);
  g_clear_error (&error);

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_set_cleaning_task (fixture->store, hall->supervisor, "restrooms",
                                                  "Restrooms", 1080, 540, 60, TRUE, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
  hk_test_hall_assert_unchanged (hall, &before, 0);
  g_clear_error (&error);

  task = hk_duty_store_set_cleaning_task (fixture->store, hall->supervisor, "restrooms",
                                          "Restrooms", 540, 1080, 60, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_cleaning_task_get_interval_minutes (task), ==, 60);
  hk_test_hall_assert_last_audit (hall, "cleaning-task-set", hall->supervisor, "cleaning_task",
                                  hk_cleaning_task_get_id (task), "every 60 minutes");

  windows = hk_duty_store_list_cleaning_windows (fixture->store, TODAY, T0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (windows->len, ==, 1 + 2 + 9);
}

static void
test_cash_escort (Fixture       *fixture,
                  gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkCashEscort) escort = NULL;
  g_autoptr(HkCashEscort) linked = NULL;
  g_autoptr(GError) error = NULL;
  HkCashEscortInput input = {
    .left_at = T0 - 40 * MINUTE, .returned_at = T0 - 10 * MINUTE, .amount = 1234500,
    .carrier = "张丽", .guard = "保安 王刚",
  };
  HkTestHallBefore before;
  gint64 deposit_id;

  hk_test_hall_remember (hall, &before);
  input.guard = "张丽";
  g_assert_null (hk_duty_store_record_cash_escort (fixture->store, hall->manager, &input,
                                                   &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "two different");
  g_clear_error (&error);
  input.guard = "保安 王刚";
  input.returned_at = input.left_at;
  g_assert_null (hk_duty_store_record_cash_escort (fixture->store, hall->manager, &input,
                                                   &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (hall, &before, 0);

  input.returned_at = T0 - 10 * MINUTE;
  escort = hk_duty_store_record_cash_escort (fixture->store, hall->manager, &input, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_cash_escort_get_amount (escort), ==, 1234500);
  g_assert_cmpstr (hk_cash_escort_get_day (escort), ==, TODAY);
  g_assert_cmpuint (hk_cash_escort_get_n_deposits (escort), ==, 0);
  hk_test_hall_assert_last_audit (hall, "cash-escort-recorded", hall->manager, "cash_escort",
                                  hk_cash_escort_get_id (escort), "12345.00");

  /* The auditor's deposit of that day. */
  hk_test_raw_exec (hall->db.path, "INSERT INTO bank_deposits (bank_name, slip_no, slip_date,"
                    " amount, covered, recorded_at, recorded_by) SELECT '工行', 'S1',"
                    " '2024-03-15', 1234500, 1234500, 1710468000, id FROM operators"
                    " WHERE login = 'zhaomin'");
  deposit_id = hk_test_query_int (hall->db.database, "SELECT id FROM bank_deposits");

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_link_cash_escort_deposit (fixture->store, hall->manager, escort,
                                                         deposit_id + 1, &error));
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND, NULL);
  hk_test_hall_assert_unchanged (hall, &before, 0);
  g_clear_error (&error);

  linked = hk_duty_store_link_cash_escort_deposit (fixture->store, hall->auditor, escort,
                                                   deposit_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_cash_escort_get_n_deposits (linked), ==, 1);
  g_assert_cmpint (hk_cash_escort_get_deposited (linked), ==, 1234500);

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_link_cash_escort_deposit (fixture->store, hall->manager, escort,
                                                         deposit_id, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, NULL);
  hk_test_hall_assert_unchanged (hall, &before, 0);
}

static void
test_training (Fixture       *fixture,
               gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkTrainingSession) session = NULL;
  g_autoptr(HkAssessment) passed = NULL;
  g_autoptr(HkAssessment) failed = NULL;
  g_autoptr(GPtrArray) record = NULL;
  g_autoptr(GPtrArray) attended = NULL;
  g_auto(GStrv) trainees = NULL;
  g_autoptr(GError) error = NULL;
  const char *attendees[] = { "张丽", "刘洋", NULL };
  HkTestHallBefore before;

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_record_training (fixture->store, hall->manager, TODAY, "5G 套餐",
                                                "李强", 90, attendees, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (hall, &before, 1);
  g_clear_error (&error);

  session = hk_duty_store_record_training (fixture->store, hall->supervisor, TODAY, "5G 套餐",
                                           "李强", 90, attendees, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_training_session_get_attendees (session)[0], ==, "刘洋");

  passed = hk_duty_store_record_assessment (fixture->store, hall->supervisor, TODAY, "张丽",
                                            "5G 套餐", 85, hk_training_session_get_id (session),
                                            NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hk_assessment_is_passed (passed));
  failed = hk_duty_store_record_assessment (fixture->store, hall->supervisor, TODAY, "刘洋",
                                            "5G 套餐", HK_ASSESSMENT_PASS_SCORE - 1, 0, "补考",
                                            &error);
  g_assert_no_error (error);
  g_assert_false (hk_assessment_is_passed (failed));

  /* Someone who was not there is not assessed on the session. */
  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_record_assessment (fixture->store, hall->supervisor, TODAY,
                                                  "王刚", "5G 套餐", 90,
                                                  hk_training_session_get_id (session), NULL,
                                                  &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "did not attend");
  g_clear_error (&error);
  g_assert_null (hk_duty_store_record_assessment (fixture->store, hall->supervisor, TODAY,
                                                  "张丽", "x", 101, 0, NULL, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "100");
  hk_test_hall_assert_unchanged (hall, &before, 0);
  g_clear_error (&error);

  /* 张丽's record. */
  attended = hk_duty_store_list_training (fixture->store, "2024-03-01", TODAY, "张丽", &error);
  record = hk_duty_store_list_assessments (fixture->store, "2024-03-01", TODAY, "张丽", &error);
  trainees = hk_duty_store_list_trainees (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attended->len, ==, 1);
  g_assert_cmpuint (record->len, ==, 1);
  g_assert_cmpuint (hk_assessment_get_score (g_ptr_array_index (record, 0)), ==, 85);
  g_assert_cmpuint (g_strv_length (trainees), ==, 2);
}

static void
test_demand (Fixture       *fixture,
             gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(GError) error = NULL;
  struct { HkDemandTheme theme; const char *wanted; } asked[] = {
    { HK_DEMAND_HANDSET, "iPhone 16 Pro 256G" }, { HK_DEMAND_HANDSET, "Mate 70" },
    { HK_DEMAND_HANDSET, "Mate 70" }, { HK_DEMAND_PLAN, "老人套餐" },
  };
  HkDemandCount *handsets;
  HkTestHallBefore before;

  for (guint i = 0; i < G_N_ELEMENTS (asked); i++)
    {
      g_autoptr(HkCustomerDemand) demand = NULL;

      demand = hk_duty_store_record_demand (fixture->store, hall->clerk, asked[i].theme,
                                            asked[i].wanted, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (hk_customer_demand_get_day (demand), ==, TODAY);
    }

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_record_demand (fixture->store, hall->auditor, HK_DEMAND_PLAN,
                                              "x", NULL, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (hall, &before, 1);
  g_clear_error (&error);

  counts = hk_duty_store_count_demands (fixture->store, TODAY, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts->len, ==, HK_DEMAND_N_THEMES);
  handsets = g_ptr_array_index (counts, HK_DEMAND_HANDSET);
  g_assert_cmpuint (handsets->count, ==, 3);
  g_assert_cmpstr (handsets->top_wanted, ==, "Mate 70");
  g_assert_cmpuint (handsets->top_count, ==, 2);
  g_assert_cmpuint (((HkDemandCount *)g_ptr_array_index (counts, HK_DEMAND_PLAN))->count, ==, 1);
  g_assert_cmpuint (((HkDemandCount *)g_ptr_array_index (counts, HK_DEMAND_SERVICE))->count, ==,
                    0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, hk_test_duty_setup, func, hk_test_duty_teardown)

  ADD ("/hall-cleaning/schedule", test_schedule);
  ADD ("/hall-cleaning/missed-at-boundaries", test_boundaries);
  ADD ("/hall-cleaning/missed-in-duty-log", test_missed_in_log);
  ADD ("/hall-cleaning/configurable", test_configurable);
  ADD ("/hall-escort/linked-deposit", test_cash_escort);
  ADD ("/hall-training/record", test_training);
  ADD ("/hall-demand/count-by-theme", test_demand);

#undef ADD

  return g_test_run ();
}
