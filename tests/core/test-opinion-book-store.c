/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-opinion-book-store.c: the customer opinion book: entries, their processing once, and
 * the flag on an entry not processed by the end of the next day of the hall. */

#include "config.h"

#include "core/hk-error.h"
#include "core/hk-opinion-book-store.h"
#include "hk-test-hall.h"

#define MINUTE G_GINT64_CONSTANT (60)
#define HOUR (60 * MINUTE)
#define DAY (24 * HOUR)
/* 2024-03-15 10:00 in the hall (Asia/Shanghai, UTC+8). */
#define T0 G_GINT64_CONSTANT (1710468000)
/* The hall's midnight between 16 and 17 March: the end of the day after the 15th. */
#define END_OF_NEXT_DAY G_GINT64_CONSTANT (1710604800)

typedef struct
{
  HkTestHall          hall;
  HkOpinionBookStore *store;
  HkOperator         *officer;
} Fixture;

static void
on_store_changed_cb (HkOpinionBookStore *store,
                     gint64              entry_id,
                     Fixture            *fixture)
{
  fixture->hall.n_changed++;
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;

  hk_test_hall_setup (hall, T0);
  hk_test_hall_assert_day (hall, END_OF_NEXT_DAY - 1, "2024-03-16");
  hk_test_hall_assert_day (hall, END_OF_NEXT_DAY, "2024-03-17");

  fixture->officer = hk_test_hall_insert_operator (hall, "sunhao", HK_ROLE_COMPLAINT_OFFICER);
  hall->manager = hk_test_hall_insert_operator (hall, "zhengwei", HK_ROLE_DUTY_MANAGER);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);

  fixture->store = hk_context_get_opinion_book_store (hall->context);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_store_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_signal_handlers_disconnect_by_data (fixture->store, fixture);
  g_clear_object (&fixture->officer);
  hk_test_hall_teardown (&fixture->hall);
}

static HkOpinionEntry *
add_entry (Fixture    *fixture,
           const char *day)
{
  g_autoptr(GError) error = NULL;
  HkOpinionEntry *entry;

  entry = hk_opinion_book_store_add (fixture->store, fixture->officer, day,
                                     "排队时间太长，希望增开窗口", "13812345678", &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);

  return entry;
}

static HkOpinionEntry *
process (Fixture        *fixture,
         HkOpinionEntry *entry)
{
  g_autoptr(GError) error = NULL;
  HkOpinionEntry *processed;

  processed = hk_opinion_book_store_process (fixture->store, fixture->hall.manager, entry,
                                             "已增开一个业务窗口，并电话致歉", &error);
  g_assert_no_error (error);
  g_assert_nonnull (processed);

  return processed;
}

static void
test_add_process (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkOpinionEntry) entry = add_entry (fixture, "2024-03-15");
  g_autoptr(HkOpinionEntry) processed = NULL;
  g_autoptr(HkOpinionEntry) anonymous = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (hk_opinion_entry_get_day (entry), ==, "2024-03-15");
  g_assert_cmpstr (hk_opinion_entry_get_text (entry), ==, "排队时间太长，希望增开窗口");
  g_assert_cmpstr (hk_opinion_entry_get_contact (entry), ==, "13812345678");
  g_assert_cmpint (hk_opinion_entry_get_due_at (entry), ==, END_OF_NEXT_DAY);
  g_assert_cmpint (hk_opinion_entry_get_entered_at (entry), ==, T0);
  g_assert_cmpstr (hk_opinion_entry_get_entered_by_name (entry), ==, "sunhao");
  g_assert_false (hk_opinion_entry_is_processed (entry));
  g_assert_null (hk_opinion_entry_get_reply (entry));
  hk_test_hall_assert_last_audit (&fixture->hall, "opinion-entry-added", fixture->officer,
                                  "opinion_entry", hk_opinion_entry_get_id (entry), "2024-03-15");

  hk_database_set_now (fixture->hall.db.database, T0 + 3 * HOUR);
  processed = process (fixture, entry);
  g_assert_true (hk_opinion_entry_is_processed (processed));
  g_assert_cmpstr (hk_opinion_entry_get_reply (processed), ==, "已增开一个业务窗口，并电话致歉");
  g_assert_cmpint (hk_opinion_entry_get_replied_at (processed), ==, T0 + 3 * HOUR);
  g_assert_cmpstr (hk_opinion_entry_get_replied_by_name (processed), ==, "zhengwei");
  g_assert_false (hk_opinion_entry_is_processed_late (processed));
  g_assert_false (hk_opinion_entry_is_flagged (processed, T0 + 30 * DAY));
  hk_test_hall_assert_last_audit (&fixture->hall, "opinion-entry-processed",
                                  fixture->hall.manager, "opinion_entry",
                                  hk_opinion_entry_get_id (entry), NULL);

  /* Without a contact, on the day before. */
  anonymous = hk_opinion_book_store_add (fixture->store, fixture->officer, "2024-03-14",
                                         "服务态度很好，表扬3号窗口", "  ", &error);
  g_assert_no_error (error);
  g_assert_null (hk_opinion_entry_get_contact (anonymous));

  listed = hk_opinion_book_store_list (fixture->store, "2024-03-01", "2024-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 2);
  g_assert_cmpstr (hk_opinion_entry_get_day (g_ptr_array_index (listed, 0)), ==, "2024-03-14");
  g_assert_true (hk_opinion_entry_is_processed (g_ptr_array_index (listed, 1)));
  g_assert_cmpuint (fixture->hall.n_changed, ==, 3);
}

/* Written on the 15th: due by the end of the 16th in the hall, not in UTC. */
static void
test_flag_end_of_next_day (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HkOpinionEntry) in_time = add_entry (fixture, "2024-03-15");
  g_autoptr(HkOpinionEntry) late = add_entry (fixture, "2024-03-15");
  g_autoptr(HkOpinionEntry) processed_in_time = NULL;
  g_autoptr(HkOpinionEntry) processed_late = NULL;
  g_autoptr(GPtrArray) flagged = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (hk_opinion_entry_is_flagged (late, T0));
  g_assert_false (hk_opinion_entry_is_flagged (late, END_OF_NEXT_DAY - 1));
  g_assert_true (hk_opinion_entry_is_flagged (late, END_OF_NEXT_DAY));

  /* At 23:59:59 on the 16th nothing is flagged; at midnight both are. */
  hk_database_set_now (fixture->hall.db.database, END_OF_NEXT_DAY - 1);
  flagged = hk_opinion_book_store_list_flagged (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flagged->len, ==, 0);
  g_clear_pointer (&flagged, g_ptr_array_unref);

  processed_in_time = process (fixture, in_time);
  g_assert_false (hk_opinion_entry_is_processed_late (processed_in_time));

  hk_database_set_now (fixture->hall.db.database, END_OF_NEXT_DAY);
  flagged = hk_opinion_book_store_list_flagged (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flagged->len, ==, 1);
  g_assert_cmpint (hk_opinion_entry_get_id (g_ptr_array_index (flagged, 0)), ==,
                   hk_opinion_entry_get_id (late));
  g_clear_pointer (&flagged, g_ptr_array_unref);

  /* Processed at midnight: late, and no longer flagged. */
  processed_late = process (fixture, late);
  g_assert_true (hk_opinion_entry_is_processed_late (processed_late));
  g_assert_false (hk_opinion_entry_is_flagged (processed_late, END_OF_NEXT_DAY + DAY));
  hk_test_hall_assert_last_audit (&fixture->hall, "opinion-entry-processed",
                                  fixture->hall.manager, "opinion_entry",
                                  hk_opinion_entry_get_id (late), ", late");
  flagged = hk_opinion_book_store_list_flagged (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flagged->len, ==, 0);
}

static void
test_process_twice (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HkOpinionEntry) entry = add_entry (fixture, "2024-03-15");
  g_autoptr(HkOpinionEntry) processed = process (fixture, entry);
  g_autoptr(HkOpinionEntry) again = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  hk_test_hall_remember (&fixture->hall, &before);
  again = hk_opinion_book_store_process (fixture->store, fixture->officer, entry, "再次答复",
                                         &error);
  g_assert_null (again);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "processed by zhengwei already");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  /* Nor by hand. */
  {
    sqlite3 *raw = hk_test_raw_open (fixture->hall.db.path);

    g_assert_cmpint (sqlite3_exec (raw, "UPDATE opinion_replies SET reply = 'x'", NULL, NULL,
                                   NULL), !=, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM opinion_entries", NULL, NULL, NULL), !=,
                     SQLITE_OK);
    sqlite3_close (raw);
  }
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HkOpinionEntry) entry = add_entry (fixture, "2024-03-15");
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;
  struct
  {
    const char *day;
    const char *text;
    int         code;
    const char *fragment;
  } bad[] = {
    { "2024-03-16", "明天的意见", HK_ERROR_INVALID, "today or of a day in the last year" },
    { "2022-03-15", "很久以前", HK_ERROR_INVALID, "today or of a day in the last year" },
    { "2024-13-01", "无效日期", HK_ERROR_INVALID, "is not a date" },
    { "2024-03-15", "  ", HK_ERROR_INVALID, "Copy what the customer wrote" },
  };

  /* A clerk neither enters nor processes the book. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_opinion_book_store_add (fixture->store, fixture->hall.clerk, "2024-03-15",
                                            "意见", NULL, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, "Duty manager");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  g_clear_error (&error);

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_opinion_book_store_process (fixture->store, fixture->hall.clerk, entry,
                                                "已处理", &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, "Duty manager");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      hk_test_hall_remember (&fixture->hall, &before);
      g_assert_null (hk_opinion_book_store_add (fixture->store, fixture->officer, bad[i].day,
                                                bad[i].text, NULL, &error));
      hk_test_assert_error (error, bad[i].code, bad[i].fragment);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      g_clear_error (&error);
    }

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_opinion_book_store_process (fixture->store, fixture->officer, entry, "",
                                                &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "Write the reply");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/opinion-book-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("add-process", test_add_process);
  ADD ("flag/end-of-next-day", test_flag_end_of_next_day);
  ADD ("process-twice", test_process_twice);
  ADD ("refused", test_refused);

#undef ADD

  return g_test_run ();
}
