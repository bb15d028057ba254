/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-hall-store.c: the hall's name, code and time zone: defaults, who may change them, and
 * which values are refused. */

#include "config.h"

#include "core/hk-context.h"
#include "core/hk-error.h"
#include "core/hk-hall-store.h"
#include "hk-test-db.h"

static void
on_changed_cb (HkHallStore *store,
               guint       *count)
{
  (*count)++;
}

static void
assert_settings (HkHallStore *store,
                 const char  *name,
                 const char  *code,
                 const char  *time_zone_id)
{
  g_autofree char *stored_name = hk_hall_store_dup_name (store);
  g_autofree char *stored_code = hk_hall_store_dup_code (store);
  g_autofree char *stored_zone = hk_hall_store_dup_time_zone_id (store);

  g_assert_cmpstr (stored_name, ==, name);
  g_assert_cmpstr (stored_code, ==, code);
  g_assert_cmpstr (stored_zone, ==, time_zone_id);
  g_assert_cmpstr (g_time_zone_get_identifier (hk_hall_store_get_time_zone (store)), ==,
                   time_zone_id);
}

static void
test_defaults (HkTestDb      *fixture,
               gconstpointer  data)
{
  g_autoptr(HkHallStore) store = hk_hall_store_new (fixture->database);
  GTimeZone *zone;
  g_autoptr(GDateTime) noon_utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  assert_settings (store, "", "", HK_DEFAULT_TIME_ZONE);
  g_assert_false (hk_hall_store_is_demo (store));

  /* Asia/Shanghai is UTC+8 all year. */
  zone = hk_hall_store_get_time_zone (store);
  noon_utc = g_date_time_new_utc (2024, 7, 1, 12, 0, 0);
  local = g_date_time_to_timezone (noon_utc, zone);
  g_assert_cmpint (g_date_time_get_hour (local), ==, 20);
}

static void
test_time_zone_ids (void)
{
  g_assert_true (hk_time_zone_id_is_valid ("Asia/Shanghai"));
  g_assert_true (hk_time_zone_id_is_valid ("Asia/Urumqi"));
  g_assert_true (hk_time_zone_id_is_valid ("UTC"));
  g_assert_false (hk_time_zone_id_is_valid (NULL));
  g_assert_false (hk_time_zone_id_is_valid (""));
  g_assert_false (hk_time_zone_id_is_valid ("Mars/Olympus_Mons"));
  g_assert_false (hk_time_zone_id_is_valid ("Asia/Shanghai/Pudong"));
}

static void
test_update (HkTestDb      *fixture,
             gconstpointer  data)
{
  g_autoptr(HkContext) context = hk_context_new (fixture->database);
  HkOperatorStore *operators = hk_context_get_operator_store (context);
  HkHallStore *store = hk_context_get_hall_store (context);
  g_autoptr(HkOperator) admin = NULL;
  g_autoptr(HkOperator) supervisor = NULL;
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (65, 'x');
  g_autofree char *long_code = g_strnfill (33, '9');
  guint n_changed = 0;
  gint64 n_audit;

  admin = hk_operator_store_create_administrator (operators, "admin", "王建国", "admin-pass",
                                                  &error);
  g_assert_no_error (error);
  supervisor = hk_operator_store_add (operators, admin, "liqiang", "李强", HK_ROLE_SUPERVISOR,
                                      "counter-42", &error);
  g_assert_no_error (error);
  clerk = hk_operator_store_add (operators, admin, "zhangli", "张丽",
                                 HK_ROLE_ALL & ~(HK_ROLE_ADMINISTRATOR | HK_ROLE_SUPERVISOR),
                                 "counter-42", &error);
  g_assert_no_error (error);

  g_signal_connect (store, "changed", G_CALLBACK (on_changed_cb), &n_changed);
  n_audit = hk_test_count_audit (fixture->database, NULL);

  /* Neither a clerk (nor anyone without the supervisor's or administrator's role) nor nobody. */
  g_assert_false (hk_hall_store_update (store, clerk, "文三路营业厅", "HZ-1", "Asia/Shanghai",
                                        &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (hk_hall_store_update (store, NULL, "文三路营业厅", "HZ-1", "Asia/Shanghai",
                                        &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (hk_test_count_audit (fixture->database, "permission-denied"), ==, 2);
  n_audit += 2;

  /* Values that are refused. */
  g_assert_false (hk_hall_store_update (store, admin, "文三路营业厅", "HZ-1",
                                        "Mars/Olympus_Mons", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Mars/Olympus_Mons"));
  g_clear_error (&error);
  g_assert_false (hk_hall_store_update (store, admin, "文三路营业厅", "HZ-1", "", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_hall_store_update (store, admin, "文三路营业厅", "HZ-1", NULL, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_hall_store_update (store, admin, "  ", "HZ-1", "Asia/Shanghai", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_hall_store_update (store, admin, long_name, "HZ-1", "Asia/Shanghai",
                                        &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_hall_store_update (store, admin, "文三路营业厅", long_code,
                                        "Asia/Shanghai", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  /* None of that changed anything or wrote anything but the refusals. */
  g_assert_cmpuint (n_changed, ==, 0);
  assert_settings (store, "", "", HK_DEFAULT_TIME_ZONE);
  g_assert_cmpint (hk_test_count_audit (fixture->database, NULL), ==, n_audit);

  /* An administrator sets them; names are trimmed. */
  g_assert_true (hk_hall_store_update (store, admin, " 文三路营业厅 ", "HZ-0571-018",
                                       "Asia/Shanghai", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  assert_settings (store, "文三路营业厅", "HZ-0571-018", "Asia/Shanghai");
  g_assert_cmpint (hk_test_count_audit (fixture->database, "settings-changed"), ==, 1);

  /* A supervisor may change them too, and a new time zone takes effect at once. */
  g_assert_true (hk_hall_store_update (store, supervisor, "文三路营业厅", "", "Asia/Urumqi",
                                       &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 2);
  assert_settings (store, "文三路营业厅", "", "Asia/Urumqi");
  g_assert_cmpint (hk_test_count_audit (fixture->database, "settings-changed"), ==, 2);

  /* Another store over the same file reads what was saved. */
  {
    g_autoptr(HkHallStore) other = hk_hall_store_new (fixture->database);

    assert_settings (other, "文三路营业厅", "", "Asia/Urumqi");
  }

  hk_test_assert_audit_ok (fixture->database);
}

static void
test_mark_demo (HkTestDb      *fixture,
                gconstpointer  data)
{
  g_autoptr(HkHallStore) store = hk_hall_store_new (fixture->database);
  g_autoptr(GError) error = NULL;

  g_assert_false (hk_hall_store_is_demo (store));
  g_assert_true (hk_hall_store_mark_demo (store, &error));
  g_assert_no_error (error);
  g_assert_true (hk_hall_store_is_demo (store));
  g_assert_cmpint (hk_test_count_audit (fixture->database, "demo-marked"), ==, 1);
  hk_test_assert_audit_ok (fixture->database);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, HkTestDb, NULL, hk_test_db_setup, func, hk_test_db_teardown)

  ADD ("/hall-store/defaults", test_defaults);
  g_test_add_func ("/hall-store/time-zone-ids", test_time_zone_ids);
  ADD ("/hall-store/update", test_update);
  ADD ("/hall-store/mark-demo", test_mark_demo);

#undef ADD

  return g_test_run ();
}
