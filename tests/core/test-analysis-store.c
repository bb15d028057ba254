/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-analysis-store.c: the supervisor's commentary on a month, kept with its history, and the
 * quality analysis' on-time target. */

#include "config.h"

#include "core/hk-analysis-store.h"
#include "core/hk-error.h"
#include "hk-test-hall.h"

/* 2026-11-03 10:00 in the hall (Asia/Shanghai, UTC+8). */
#define T0 G_GINT64_CONSTANT (1793671200)

typedef struct
{
  HkTestHall       hall;
  HkAnalysisStore *store;
  char            *last_month;
} Fixture;

static void
on_store_changed_cb (HkAnalysisStore *store,
                     const char      *month,
                     Fixture         *fixture)
{
  fixture->hall.n_changed++;
  g_free (fixture->last_month);
  fixture->last_month = g_strdup (month);
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;

  hk_test_hall_setup (hall, T0);
  hk_test_hall_assert_day (hall, T0, "2026-11-03");
  hall->supervisor = hk_test_hall_insert_operator (hall, "wangfang", HK_ROLE_SUPERVISOR);
  hall->manager = hk_test_hall_insert_operator (hall, "zhengwei", HK_ROLE_DUTY_MANAGER);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  hall->auditor = hk_test_hall_insert_operator (hall, "chenjing", HK_ROLE_AUDITOR);

  fixture->store = hk_context_get_analysis_store (hall->context);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_store_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_signal_handlers_disconnect_by_data (fixture->store, fixture);
  g_clear_pointer (&fixture->last_month, g_free);
  hk_test_hall_teardown (&fixture->hall);
}

static HkAnalysisComment *
save (Fixture    *fixture,
      HkOperator *actor,
      const char *month,
      const char *text)
{
  g_autoptr(GError) error = NULL;
  HkAnalysisComment *comment;

  comment = hk_analysis_store_save_comment (fixture->store, actor, month, text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (comment);

  return comment;
}

/* Each save is kept: the latest is the commentary, the rest its history, with who and when. */
static void
test_history (Fixture       *fixture,
              gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkAnalysisComment) first = NULL;
  g_autoptr(HkAnalysisComment) second = NULL;
  g_autoptr(HkAnalysisComment) current = NULL;
  g_autoptr(HkAnalysisComment) none = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  /* Nothing yet. */
  g_assert_true (hk_analysis_store_get_comment (fixture->store, "2026-10", &none, &error));
  g_assert_no_error (error);
  g_assert_null (none);

  first = save (fixture, hall->supervisor, "2026-10", "  营收环比增长 5%，投诉及时率未达标。\n");
  g_assert_cmpstr (first->text, ==, "营收环比增长 5%，投诉及时率未达标。");
  g_assert_cmpstr (first->month, ==, "2026-10");
  g_assert_cmpint (first->written_at, ==, T0);
  g_assert_cmpint (first->written_by, ==, hk_operator_get_id (hall->supervisor));
  g_assert_cmpstr (first->written_by_name, ==, "wangfang");
  g_assert_cmpuint (hall->n_changed, ==, 1);
  g_assert_cmpstr (fixture->last_month, ==, "2026-10");
  hk_test_hall_assert_last_audit (hall, "analysis-comment-saved", hall->supervisor,
                                  "analysis_comment", first->id, "2026-10");

  /* The duty manager writes too; an hour later. */
  hk_database_set_now (hall->db.database, T0 + 3600);
  second = save (fixture, hall->manager, "2026-10", "补充：下旬投诉集中在网络质量。");
  g_assert_cmpint (second->id, >, first->id);
  g_assert_cmpint (second->written_at, ==, T0 + 3600);
  hk_test_hall_assert_last_audit (hall, "analysis-comment-saved", hall->manager,
                                  "analysis_comment", second->id, "replacing");

  g_assert_true (hk_analysis_store_get_comment (fixture->store, "2026-10", &current, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (current->text, ==, "补充：下旬投诉集中在网络质量。");
  g_assert_cmpstr (current->written_by_name, ==, "zhengwei");

  history = hk_analysis_store_list_comments (fixture->store, "2026-10", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (((HkAnalysisComment *)g_ptr_array_index (history, 0))->id, ==, second->id);
  g_assert_cmpint (((HkAnalysisComment *)g_ptr_array_index (history, 1))->id, ==, first->id);

  /* Another month is its own. */
  g_clear_pointer (&none, hk_analysis_comment_free);
  g_assert_true (hk_analysis_store_get_comment (fixture->store, "2026-09", &none, &error));
  g_assert_null (none);

  /* Clearing is a save too: the text before stays in the history. */
  g_clear_pointer (&current, hk_analysis_comment_free);
  current = save (fixture, hall->supervisor, "2026-10", "   ");
  g_assert_cmpstr (current->text, ==, "");
  g_clear_pointer (&history, g_ptr_array_unref);
  history = hk_analysis_store_list_comments (fixture->store, "2026-10", &error);
  g_assert_cmpuint (history->len, ==, 3);

  /* The rows cannot be changed behind the store's back. */
  {
    g_autoptr(GError) raw_error = NULL;

    g_assert_false (hk_database_exec (hall->db.database,
                                      "UPDATE analysis_comments SET text = 'x'", &raw_error));
    g_assert_nonnull (raw_error);
  }
}

/* Saving the same text again writes nothing. */
static void
test_unchanged (Fixture       *fixture,
                gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkAnalysisComment) first = NULL;
  g_autoptr(HkAnalysisComment) again = NULL;
  g_autoptr(HkAnalysisComment) empty = NULL;
  HkTestHallBefore before;

  first = save (fixture, hall->supervisor, "2026-10", "本月平稳。");
  hk_test_hall_remember (hall, &before);
  again = save (fixture, hall->supervisor, "2026-10", "本月平稳。 ");
  g_assert_cmpint (again->id, ==, first->id);
  hk_test_hall_assert_unchanged (hall, &before, 0);

  /* Nor does clearing a month that has none. */
  hk_test_hall_remember (hall, &before);
  empty = save (fixture, hall->supervisor, "2026-09", "");
  g_assert_cmpstr (empty->text, ==, "");
  hk_test_hall_assert_unchanged (hall, &before, 0);
}

/* Only the supervisor and the duty manager write it; a bad month or text is refused. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autofree char *long_text = g_strnfill (HK_ANALYSIS_COMMENT_MAX_LENGTH + 1, 'x');
  HkTestHallBefore before;
  GError *error = NULL;

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_analysis_store_save_comment (fixture->store, hall->clerk, "2026-10", "好",
                                                 &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  g_clear_error (&error);
  g_assert_null (hk_analysis_store_save_comment (fixture->store, hall->auditor, "2026-10", "好",
                                                 &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (hall, &before, 2);

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_analysis_store_save_comment (fixture->store, hall->supervisor, "2026-13",
                                                 "好", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "2026-13");
  g_clear_error (&error);
  g_assert_null (hk_analysis_store_save_comment (fixture->store, hall->supervisor, "2026-1",
                                                 "好", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "YYYY-MM");
  g_clear_error (&error);
  g_assert_null (hk_analysis_store_save_comment (fixture->store, hall->supervisor, "2026-10",
                                                 long_text, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "8000");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (hall, &before, 0);

  g_assert_true (hk_analysis_month_is_valid ("2026-01"));
  g_assert_false (hk_analysis_month_is_valid ("2026-00"));
  g_assert_false (hk_analysis_month_is_valid ("26-10"));
  g_assert_false (hk_analysis_month_is_valid (NULL));
}

/* The on-time target: 95 % until a supervisor or administrator sets another. */
static void
test_target (Fixture       *fixture,
             gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  HkTestHallBefore before;
  GError *error = NULL;

  g_assert_cmpuint (hk_analysis_store_get_on_time_target (fixture->store), ==, 95);

  g_assert_true (hk_analysis_store_set_on_time_target (fixture->store, hall->supervisor, 90,
                                                       &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hk_analysis_store_get_on_time_target (fixture->store), ==, 90);
  g_assert_cmpuint (hall->n_changed, ==, 1);
  g_assert_null (fixture->last_month);
  hk_test_hall_assert_last_audit (hall, "settings-changed", hall->supervisor, "settings", 0,
                                  "90 % (was 95 %)");

  hk_test_hall_remember (hall, &before);
  g_assert_false (hk_analysis_store_set_on_time_target (fixture->store, hall->manager, 80,
                                                        &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (hall, &before, 1);

  hk_test_hall_remember (hall, &before);
  g_assert_false (hk_analysis_store_set_on_time_target (fixture->store, hall->supervisor, 0,
                                                        &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "1 to 100");
  g_clear_error (&error);
  g_assert_false (hk_analysis_store_set_on_time_target (fixture->store, hall->supervisor, 101,
                                                        &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "1 to 100");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (hall, &before, 0);
  g_assert_cmpuint (hk_analysis_store_get_on_time_target (fixture->store), ==, 90);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/analysis-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("history", test_history);
  ADD ("unchanged", test_unchanged);
  ADD ("refused", test_refused);
  ADD ("target", test_target);

  return g_test_run ();
}
