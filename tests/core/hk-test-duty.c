/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-test-duty.c: a hall for the hall operations' tests: its duty store and the people who
 * keep its books, on 2024-03-15 at 10:00 in the early shift. */

#include "config.h"

#include "hk-test-duty.h"

static void
on_store_changed_cb (HkDutyStore *store,
                     gint64       id,
                     HkTestDuty  *fixture)
{
  fixture->hall.n_changed++;
}

void
hk_test_duty_setup (HkTestDuty    *fixture,
                    gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;

  hk_test_hall_setup (hall, T0);
  hk_test_hall_assert_day (hall, MIDNIGHT, TODAY);
  hk_test_hall_assert_day (hall, MIDNIGHT - 1, "2024-03-14");

  hall->manager = hk_test_hall_insert_operator (hall, "zhengwei", HK_ROLE_DUTY_MANAGER);
  fixture->manager2 = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_DUTY_MANAGER);
  hall->supervisor = hk_test_hall_insert_operator (hall, "chenjing", HK_ROLE_SUPERVISOR);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  hall->auditor = hk_test_hall_insert_operator (hall, "zhaomin", HK_ROLE_AUDITOR);
  fixture->officer = hk_test_hall_insert_operator (hall, "sunhao", HK_ROLE_COMPLAINT_OFFICER);

  fixture->store = hk_context_get_duty_store (hall->context);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_store_changed_cb), fixture);
}

void
hk_test_duty_teardown (HkTestDuty    *fixture,
                       gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_signal_handlers_disconnect_by_data (fixture->store, fixture);
  g_clear_object (&fixture->manager2);
  g_clear_object (&fixture->officer);
  hk_test_hall_teardown (&fixture->hall);
}

void
hk_test_duty_set_now (HkTestDuty *fixture,
                      gint64      now)
{
  hk_database_set_now (fixture->hall.db.database, now);
}

/* Saves a log whose notable events are @notes. */
HkDutyLog *
hk_test_duty_save_log (HkTestDuty  *fixture,
                       HkOperator  *actor,
                       const char  *day,
                       HkDutyShift  shift,
                       const char  *notes)
{
  g_autoptr(GError) error = NULL;
  HkDutyLogInput input = {
    .staff_on_duty = "张丽\n刘洋\n保安 王刚",
    .deployment = "09:00–12:00 三个窗口；12:00–13:30 两个窗口",
    .notable_events = notes,
    .handover_notes = "二号窗口打印机缺纸",
  };
  HkDutyLog *log;

  log = hk_duty_store_save_log (fixture->store, actor, day, shift, &input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (log);

  return log;
}
