/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-complaint-reports.c: the complaint register of a period and a month's complaint
 * statistics, cell by cell, over a hall with a known month of complaints. */

#include "config.h"

#include <string.h>

#include "core/hk-complaint-store.h"
#include "core/hk-error.h"
#include "core/hk-test-hall.h"
#include "reports/hk-complaint-register-report.h"
#include "reports/hk-complaint-statistics-report.h"

typedef struct
{
  HkTestHall        hall;
  HkComplaintStore *store;
  HkOperator       *officer;
} Fixture;

/* A moment of 2024 in the hall's time zone (Asia/Shanghai). */
static gint64
at (int month,
    int day,
    int hour,
    int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) moment = g_date_time_new (zone, 2024, month, day, hour, minute, 0);

  return g_date_time_to_unix (moment);
}

static void
set_now (Fixture *fixture,
         gint64   now)
{
  hk_database_set_now (fixture->hall.db.database, now);
}

static HkComplaint *
complain (Fixture            *fixture,
          gint64              received_at,
          const char         *category,
          HkComplaintChannel  channel,
          const char         *phone)
{
  g_autoptr(HkComplaintCategory) found = NULL;
  g_autoptr(GError) error = NULL;
  HkComplaintInput input = {
    .received_at = received_at,
    .channel = channel,
    .customer_name = "陈先生",
    .customer_phone = phone,
    .description = "投诉内容",
    .owner_id = hk_operator_get_id (fixture->hall.clerk),
  };
  HkComplaint *complaint;

  found = hk_complaint_store_lookup_category (fixture->store, category, &error);
  g_assert_no_error (error);
  input.category_id = hk_complaint_category_get_id (found);
  complaint = hk_complaint_store_register (fixture->store, fixture->officer, &input, &error);
  g_assert_no_error (error);

  return complaint;
}

static HkComplaint *
resolve (Fixture     *fixture,
         HkComplaint *complaint,
         gint64       when)
{
  g_autoptr(GError) error = NULL;
  HkComplaint *resolved;

  set_now (fixture, when);
  resolved = hk_complaint_store_resolve (fixture->store, fixture->officer, complaint, "已处理",
                                         &error);
  g_assert_no_error (error);

  return resolved;
}

/* March 2024, seen on 1 April at noon:
 * 1. 5 Mar 10:00, billing, counter: resolved after 4 h, closed.
 * 2. 10 Mar 09:00, billing, phone, entered the next day: callback, resolved after 26 h, closed.
 * 3. 20 Mar 10:00, handset, city company: resolved after 1 h, not closed.
 * 4. 29 Mar 10:00, network, counter: open, overdue.
 * 5. 31 Mar 22:00, network, letter without a phone: open, not due until 1 Apr 22:00.
 * And 1 Apr 09:00, tariff: not in March. */
static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(GError) error = NULL;

  hk_test_hall_setup (hall, at (3, 5, 10, 30));
  fixture->officer = hk_test_hall_insert_operator (hall, "sunhao", HK_ROLE_COMPLAINT_OFFICER);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  fixture->store = hk_context_get_complaint_store (hall->context);

  {
    g_autoptr(HkComplaint) c1 = complain (fixture, at (3, 5, 10, 0), "billing",
                                          HK_COMPLAINT_CHANNEL_COUNTER, "13812345678");
    g_autoptr(HkComplaint) r1 = resolve (fixture, c1, at (3, 5, 14, 0));
    g_autoptr(HkComplaint) closed = hk_complaint_store_close (fixture->store, fixture->officer,
                                                              r1, NULL, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr(HkComplaint) c2 = NULL;
    g_autoptr(HkComplaint) promised = NULL;
    g_autoptr(HkComplaint) r2 = NULL;
    g_autoptr(HkComplaint) called = NULL;
    g_autoptr(HkComplaint) closed = NULL;

    set_now (fixture, at (3, 11, 9, 30));
    c2 = complain (fixture, at (3, 10, 9, 0), "billing", HK_COMPLAINT_CHANNEL_PHONE,
                   "13987654321");
    promised = hk_complaint_store_promise_callback (fixture->store, fixture->officer, c2,
                                                    "13987654321", at (3, 11, 12, 0), NULL,
                                                    &error);
    g_assert_no_error (error);
    r2 = resolve (fixture, promised, at (3, 11, 11, 0));
    called = hk_complaint_store_record_callback (fixture->store, fixture->officer, r2,
                                                 at (3, 11, 11, 0), TRUE, "已告知", &error);
    g_assert_no_error (error);
    closed = hk_complaint_store_close (fixture->store, fixture->officer, called, NULL, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr(HkComplaint) c3 = NULL;
    g_autoptr(HkComplaint) r3 = NULL;

    set_now (fixture, at (3, 20, 10, 5));
    c3 = complain (fixture, at (3, 20, 10, 0), "handset", HK_COMPLAINT_CHANNEL_CITY_COMPANY,
                   "13500000000");
    r3 = resolve (fixture, c3, at (3, 20, 11, 0));
  }

  set_now (fixture, at (3, 29, 10, 5));
  g_object_unref (complain (fixture, at (3, 29, 10, 0), "network", HK_COMPLAINT_CHANNEL_COUNTER,
                            "13600000000"));
  set_now (fixture, at (3, 31, 22, 30));
  g_object_unref (complain (fixture, at (3, 31, 22, 0), "network", HK_COMPLAINT_CHANNEL_LETTER,
                            NULL));
  set_now (fixture, at (4, 1, 9, 5));
  g_object_unref (complain (fixture, at (4, 1, 9, 0), "tariff", HK_COMPLAINT_CHANNEL_COUNTER,
                            "13700000000"));

  set_now (fixture, at (4, 1, 12, 0));
  hk_context_set_operator (hall->context, fixture->officer);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_clear_object (&fixture->officer);
  hk_test_hall_teardown (&fixture->hall);
}

static void
assert_text (HkReportTable *table,
             guint          row,
             guint          column,
             const char    *expected)
{
  if (expected == NULL)
    {
      g_assert_true (hk_report_table_is_empty (table, row, column));
      return;
    }

  g_assert_false (hk_report_table_is_empty (table, row, column));
  g_assert_cmpstr (hk_report_table_get_text (table, row, column), ==, expected);
}

static void
assert_figure (HkReport   *report,
               guint       index,
               const char *label,
               const char *text)
{
  g_assert_cmpstr (hk_report_get_figure_label (report, index), ==, label);
  g_assert_cmpstr (hk_report_get_figure_text (report, index), ==, text);
}

/* The counts of @row from column 1, then the rate (or -1 for none) and the average (or -1). */
static void
assert_counts (HkReportTable *table,
               guint          row,
               const gint64  *counts,
               guint          n_counts,
               double         rate,
               gint64         average)
{
  for (guint c = 0; c < n_counts; c++)
    g_assert_cmpint (hk_report_table_get_value (table, row, c + 1), ==, counts[c]);

  if (rate < 0)
    g_assert_true (hk_report_table_is_empty (table, row, n_counts + 1));
  else
    g_assert_cmpfloat_with_epsilon (hk_report_table_get_ratio (table, row, n_counts + 1), rate,
                                    1e-9);

  if (average < 0)
    g_assert_true (hk_report_table_is_empty (table, row, n_counts + 2));
  else
    g_assert_cmpint (hk_report_table_get_value (table, row, n_counts + 2), ==, average);
}

static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  HkReportTable *table;
  const char *headings[] = { "No.", "Received", "Channel", "Category", "Customer phone",
                             "First-contact owner", "Handler", "Deadline", "Status",
                             "Deadline state", "Entered late" };

  report = hk_complaint_register_report_build (fixture->hall.context, "2024-03-01", "2024-03-31",
                                               &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_report_get_id (report), ==, "complaint-register");
  g_assert_cmpstr (hk_report_get_first_day (report), ==, "2024-03-01");
  g_assert_cmpstr (hk_report_get_last_day (report), ==, "2024-03-31");
  g_assert_cmpstr (hk_report_get_generated_by (report), ==, "sunhao");
  g_assert_cmpint (g_date_time_get_hour (hk_report_get_generated_at (report)), ==, 12);

  g_assert_cmpuint (hk_report_get_n_tables (report), ==, 1);
  table = hk_report_find_table (report, "register");
  g_assert_nonnull (table);
  g_assert_cmpuint (hk_report_table_get_n_columns (table), ==, G_N_ELEMENTS (headings));
  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    g_assert_cmpstr (hk_report_table_get_heading (table, c), ==, headings[c]);
  g_assert_cmpint (hk_report_table_get_kind (table, 1), ==, HK_REPORT_COLUMN_DATETIME);
  g_assert_cmpint (hk_report_table_get_kind (table, 7), ==, HK_REPORT_COLUMN_DATETIME);

  /* Five in March, in the order received; April's is not there. */
  g_assert_cmpuint (hk_report_table_get_n_rows (table), ==, 5);

  /* The late phone complaint, entered the next day, resolved after its callback. */
  assert_text (table, 1, 0, "2");
  assert_text (table, 1, 1, "2024-03-10 09:00:00");
  assert_text (table, 1, 2, "By phone");
  assert_text (table, 1, 3, "Billing");
  assert_text (table, 1, 4, "139****4321");
  assert_text (table, 1, 5, "zhangli");
  assert_text (table, 1, 6, "sunhao");
  assert_text (table, 1, 7, "2024-03-11 09:00:00");
  assert_text (table, 1, 8, "Closed");
  assert_text (table, 1, 9, "Resolved late");
  assert_text (table, 1, 10, "Yes, 1 d 0 h");

  assert_text (table, 0, 9, "On time");
  assert_text (table, 0, 10, NULL);
  assert_text (table, 2, 2, "From the city company");
  assert_text (table, 2, 8, "Resolved");
  assert_text (table, 3, 9, "Overdue");
  /* The letter: no phone, open and not due yet. */
  assert_text (table, 4, 2, "By letter");
  assert_text (table, 4, 4, NULL);
  assert_text (table, 4, 8, "Open");
  assert_text (table, 4, 9, "On time");
  assert_text (table, 4, 7, "2024-04-01 22:00:00");

  g_assert_cmpuint (hk_report_get_n_figures (report), ==, 4);
  g_assert_cmpint (hk_report_get_figure_value (report, 0), ==, 5);
  g_assert_cmpint (hk_report_get_figure_value (report, 1), ==, 3);
  g_assert_cmpint (hk_report_get_figure_value (report, 2), ==, 1);
  g_assert_cmpint (hk_report_get_figure_value (report, 3), ==, 1);

  /* The whole customer phone is never in it. */
  for (guint r = 0; r < hk_report_table_get_n_rows (table); r++)
    for (guint c = 0; c < hk_report_table_get_n_columns (table); c++)
      if (!hk_report_table_is_empty (table, r, c))
        g_assert_null (strstr (hk_report_table_get_text (table, r, c), "87654321"));
}

static void
test_register_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (hk_complaint_register_report_build (fixture->hall.context, "2024-03-31",
                                                     "2024-03-01", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "before it begins");
  g_clear_error (&error);

  g_assert_null (hk_complaint_register_report_build (fixture->hall.context, "2024-02-30",
                                                     "2024-03-01", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "is not a date");
}

static void
test_statistics (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  HkReportTable *table;

  report = hk_complaint_statistics_report_build (fixture->hall.context, "2024-03", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_report_get_id (report), ==, "complaint-statistics");
  g_assert_cmpstr (hk_report_get_first_day (report), ==, "2024-03-01");
  g_assert_cmpstr (hk_report_get_last_day (report), ==, "2024-03-31");
  g_assert_cmpuint (hk_report_get_n_tables (report), ==, 3);
  g_assert_cmpuint (hk_report_get_n_charts (report), ==, 3);

  g_assert_cmpuint (hk_report_get_n_figures (report), ==, 7);
  g_assert_cmpint (hk_report_get_figure_value (report, 0), ==, 5);
  g_assert_cmpint (hk_report_get_figure_value (report, 1), ==, 3);
  g_assert_cmpint (hk_report_get_figure_value (report, 2), ==, 1);
  /* 2 on time of 3 resolved and 1 overdue; (4 h + 26 h + 1 h) / 3. */
  assert_figure (report, 3, "On-time rate", "50.0 %");
  assert_figure (report, 4, "Average time to resolve", "10 h 20 min");
  g_assert_cmpint (hk_report_get_figure_value (report, 5), ==, 1);
  g_assert_cmpint (hk_report_get_figure_value (report, 6), ==, 1);

  /* By category: received, resolved, on time, late, open, overdue; rate; average minutes. */
  table = hk_report_find_table (report, "by-category");
  g_assert_cmpuint (hk_report_table_get_n_rows (table), ==, 8);
  assert_text (table, 0, 0, "Billing");
  assert_counts (table, 0, (gint64[]) { 2, 2, 1, 1, 0, 0 }, 6, 0.5, 900);
  assert_text (table, 1, 0, "Network quality");
  assert_counts (table, 1, (gint64[]) { 2, 0, 0, 0, 2, 1 }, 6, 0.0, -1);
  assert_text (table, 2, 0, "Service attitude");
  assert_counts (table, 2, (gint64[]) { 0, 0, 0, 0, 0, 0 }, 6, -1, -1);
  assert_text (table, 3, 0, "Handset");
  assert_counts (table, 3, (gint64[]) { 1, 1, 1, 0, 0, 0 }, 6, 1.0, 60);
  g_assert_cmpint (hk_report_table_get_row_kind (table, 7), ==, HK_REPORT_ROW_TOTAL);
  assert_text (table, 7, 0, "Total");
  assert_counts (table, 7, (gint64[]) { 5, 3, 2, 1, 2, 1 }, 6, 0.5, -1);

  /* By channel: received, resolved, on time, overdue; rate; average minutes. */
  table = hk_report_find_table (report, "by-channel");
  g_assert_cmpuint (hk_report_table_get_n_rows (table), ==, 6);
  assert_text (table, 0, 0, "At the counter");
  assert_counts (table, 0, (gint64[]) { 2, 1, 1, 1 }, 4, 0.5, 240);
  assert_text (table, 1, 0, "By phone");
  assert_counts (table, 1, (gint64[]) { 1, 1, 0, 0 }, 4, 0.0, 1560);
  assert_counts (table, 2, (gint64[]) { 1, 0, 0, 0 }, 4, -1, -1);
  assert_counts (table, 3, (gint64[]) { 0, 0, 0, 0 }, 4, -1, -1);
  assert_counts (table, 4, (gint64[]) { 1, 1, 1, 0 }, 4, 1.0, 60);
  assert_counts (table, 5, (gint64[]) { 5, 3, 2, 1 }, 4, 0.5, -1);

  /* By day: every day of March. */
  table = hk_report_find_table (report, "by-day");
  g_assert_cmpuint (hk_report_table_get_n_rows (table), ==, 32);
  assert_text (table, 9, 0, "2024-03-10");
  g_assert_cmpint (hk_report_table_get_value (table, 9, 1), ==, 1);
  g_assert_cmpint (hk_report_table_get_value (table, 9, 2), ==, 1);
  assert_text (table, 30, 0, "2024-03-31");
  g_assert_cmpint (hk_report_table_get_value (table, 30, 1), ==, 1);
  g_assert_cmpint (hk_report_table_get_value (table, 30, 2), ==, 0);
  g_assert_cmpint (hk_report_table_get_value (table, 31, 1), ==, 5);

  /* A later look: the letter is overdue too. */
  set_now (fixture, at (4, 2, 9, 0));
  {
    g_autoptr(HkReport) later = NULL;

    later = hk_complaint_statistics_report_build (fixture->hall.context, "2024-03", &error);
    g_assert_no_error (error);
    g_assert_cmpint (hk_report_get_figure_value (later, 2), ==, 2);
    assert_figure (later, 3, "On-time rate", "40.0 %");
  }

  /* April so far: one complaint, nothing known yet. */
  {
    g_autoptr(HkReport) april = NULL;

    april = hk_complaint_statistics_report_build (fixture->hall.context, "2024-04", &error);
    g_assert_no_error (error);
    g_assert_cmpint (hk_report_get_figure_value (april, 0), ==, 1);
    assert_figure (april, 3, "On-time rate", "—");
    g_assert_cmpuint (hk_report_table_get_n_rows (hk_report_find_table (april, "by-day")), ==,
                      31);
  }

  {
    const char *bad[] = { "2024-13", "2024-3", "24-03", "2024-03-01", "" };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_assert_null (hk_complaint_statistics_report_build (fixture->hall.context, bad[i],
                                                             &error));
        hk_test_assert_error (error, HK_ERROR_INVALID, "is not a month");
        g_clear_error (&error);
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/complaint-reports/" path, Fixture, NULL, setup, func, teardown)

  ADD ("register", test_register);
  ADD ("register/refused", test_register_refused);
  ADD ("statistics", test_statistics);

#undef ADD

  return g_test_run ();
}
