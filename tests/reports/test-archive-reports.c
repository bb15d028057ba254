/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-archive-reports.c: the access log and the error register of a period as reports: their
 * cells, totals and figures, identity data masked, and the reading of the log logged. */

#include "config.h"

#include <string.h>

#include "core/hk-test-hall.h"
#include "core/hk-error.h"
#include "reports/hk-access-log-report.h"
#include "reports/hk-error-register-report.h"

/* 2026-10-12 10:00 in the hall (Asia/Shanghai, UTC+8). */
#define T0 G_GINT64_CONSTANT (1791770400)
#define HOUR (60 * 60)
#define DAY (24 * HOUR)
#define ID_A "330106198503121231"

typedef struct
{
  HkTestHall  hall;
  HkOperator *archivist;
  HkOperator *officer;
  gint64      file_id;
} Fixture;

static void
set_now (Fixture *fixture,
         gint64   now)
{
  hk_database_set_now (fixture->hall.db.database, now);
}

static void
recheck (Fixture        *fixture,
         gint64          when,
         HkRecheckField  field,
         gboolean        error_found)
{
  HkRecheckInput input = { fixture->file_id, field, error_found, "号码少一位", "录入疏忽",
                           "已更正" };
  g_autoptr(HkRecheck) entry = NULL;
  g_autoptr(GError) error = NULL;

  set_now (fixture, when);
  entry = hk_recheck_store_record (hk_context_get_recheck_store (fixture->hall.context),
                                   fixture->archivist, &input, &error);
  g_assert_no_error (error);
}

/* A file registered on 10-01, asked for, approved, released and returned on 10-12, viewed on
 * 10-13; re-checks in October and November. */
static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  HkCustomerFileStore *files;
  HkAccessRequestStore *requests;
  const char *numbers[] = { "13912340001", NULL };
  HkCustomerFileInput input = {
    .file_no = "DA-2026-0001", .customer_name = "张三", .id_number = ID_A,
    .phone = "13812345678", .service_numbers = numbers, .kind = HK_FILE_KIND_TRANSFER,
    .cabinet = "A", .shelf = "03", .box = "12", .received_on = "2026-09-20",
    .retain_until = "2031-09-20",
  };
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(HkAccessRequest) approved = NULL;
  g_autoptr(HkConsultation) consultation = NULL;
  g_autoptr(HkConsultation) returned = NULL;
  g_autoptr(HkCustomerIdentity) identity = NULL;
  g_autoptr(GError) error = NULL;

  hk_test_hall_setup (hall, T0 - 11 * DAY);
  files = hk_context_get_customer_file_store (hall->context);
  requests = hk_context_get_access_request_store (hall->context);
  fixture->archivist = hk_test_hall_insert_operator (hall, "zhouqing", HK_ROLE_ARCHIVIST);
  fixture->officer = hk_test_hall_insert_operator (hall, "sunhao", HK_ROLE_COMPLAINT_OFFICER);
  hall->supervisor = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_SUPERVISOR);
  hall->auditor = hk_test_hall_insert_operator (hall, "zhaomin", HK_ROLE_AUDITOR);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);

  file = hk_customer_file_store_register (files, fixture->archivist, &input, &error);
  g_assert_no_error (error);
  fixture->file_id = hk_customer_file_get_id (file);

  set_now (fixture, T0);
  {
    HkAccessRequestInput ask = {
      .file_ids = &fixture->file_id, .n_files = 1,
      .designated_id = hk_operator_get_id (fixture->officer),
      .purpose = HK_ACCESS_PURPOSE_COMPLAINT, .purpose_note = "投诉单 TS-07",
      .window_from = T0, .window_until = T0 + 8 * HOUR,
    };

    request = hk_access_request_store_create (requests, fixture->officer, &ask, &error);
    g_assert_no_error (error);
  }
  set_now (fixture, T0 + 600);
  approved = hk_access_request_store_approve (requests, hall->supervisor, request, NULL, &error);
  g_assert_no_error (error);
  set_now (fixture, T0 + HOUR);
  consultation = hk_access_request_store_release (requests, fixture->archivist, approved,
                                                  fixture->file_id, &error);
  g_assert_no_error (error);
  identity = hk_customer_file_store_reveal_identity (files, file, fixture->officer, &error);
  g_assert_no_error (error);
  set_now (fixture, T0 + 3 * HOUR);
  returned = hk_access_request_store_return_file (requests, fixture->archivist, consultation,
                                                  "过户申请表", 1, &error);
  g_assert_no_error (error);
  set_now (fixture, T0 + DAY);
  g_object_unref (hk_customer_file_store_view (files, hall->supervisor, fixture->file_id,
                                               &error));
  g_assert_no_error (error);

  recheck (fixture, T0 + 2 * DAY, HK_RECHECK_PHONE, TRUE);
  recheck (fixture, T0 + 2 * DAY + 60, HK_RECHECK_SIGNATURE, FALSE);
  recheck (fixture, T0 + 3 * DAY, HK_RECHECK_PHONE, TRUE);
  recheck (fixture, T0 + 25 * DAY, HK_RECHECK_DOCUMENTS, TRUE);

  set_now (fixture, T0 + 30 * DAY);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_clear_object (&fixture->archivist);
  g_clear_object (&fixture->officer);
  hk_test_hall_teardown (&fixture->hall);
}

static HkReportTable *
find_table (HkReport   *report,
            const char *id)
{
  HkReportTable *table = hk_report_find_table (report, id);

  g_assert_nonnull (table);

  return table;
}

static void
assert_figure (HkReport   *report,
               const char *label,
               const char *text)
{
  for (guint i = 0; i < hk_report_get_n_figures (report); i++)
    if (g_str_equal (hk_report_get_figure_label (report, i), label))
      {
        g_assert_cmpstr (hk_report_get_figure_text (report, i), ==, text);
        return;
      }

  g_error ("The report has no figure “%s”", label);
}

static void
test_access_log (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  HkReportTable *entries;
  HkReportTable *by_action;
  const char *expected[][4] = {
    { "2026-10-12 10:00:00", "sunhao", "Access requested", "" },
    { "2026-10-12 10:10:00", "liqiang", "Approved", "" },
    { "2026-10-12 11:00:00", "zhouqing", "Released", "DA-2026-0001" },
    { "2026-10-12 11:00:00", "sunhao", "Identity data shown", "DA-2026-0001" },
    { "2026-10-12 13:00:00", "zhouqing", "Returned", "DA-2026-0001" },
    { "2026-10-13 10:00:00", "liqiang", "Details viewed", "DA-2026-0001" },
    { "2026-10-14 10:00:00", "zhouqing", "Re-checked", "DA-2026-0001" },
  };
  guint n_rows;

  /* October 12–14: not the registration on the 1st, nor the reading on November 11. */
  report = hk_access_log_report_build (fixture->hall.context, fixture->hall.auditor,
                                       "2026-10-12", "2026-10-14", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_report_get_id (report), ==, "access-log");
  g_assert_cmpstr (hk_report_get_period_label (report), ==, "2026-10-12 – 2026-10-14");
  g_assert_cmpstr (hk_report_get_generated_by (report), ==, "zhaomin");

  entries = find_table (report, "entries");
  g_assert_cmpuint (hk_report_table_get_n_columns (entries), ==, 6);
  g_assert_cmpint (hk_report_table_get_kind (entries, 1), ==, HK_REPORT_COLUMN_DATETIME);
  n_rows = hk_report_table_get_n_rows (entries);
  /* And the second re-check of the 14th. */
  g_assert_cmpuint (n_rows, ==, G_N_ELEMENTS (expected) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_test_message ("row %u", i);
      g_assert_cmpstr (hk_report_table_get_text (entries, i, 1), ==, expected[i][0]);
      g_assert_cmpstr (hk_report_table_get_text (entries, i, 2), ==, expected[i][1]);
      g_assert_cmpstr (hk_report_table_get_text (entries, i, 3), ==, expected[i][2]);
      if (*expected[i][3] != '\0')
        g_assert_cmpstr (hk_report_table_get_text (entries, i, 4), ==, expected[i][3]);
      else
        g_assert_true (hk_report_table_is_empty (entries, i, 4));
    }

  /* Masked everywhere. */
  for (guint i = 0; i < n_rows; i++)
    g_assert_null (strstr (hk_report_table_get_text (entries, i, 5), ID_A));
  g_assert_nonnull (strstr (hk_report_table_get_text (entries, 3, 5), "330***********1231"));

  by_action = find_table (report, "by-action");
  g_assert_cmpint (hk_report_table_get_row_kind (by_action,
                                                 hk_report_table_get_n_rows (by_action) - 1), ==,
                   HK_REPORT_ROW_TOTAL);
  g_assert_cmpint (hk_report_table_get_value (by_action,
                                              hk_report_table_get_n_rows (by_action) - 1, 1), ==,
                   n_rows);
  g_assert_cmpstr (hk_report_table_get_text (by_action, 6, 0), ==, "Re-checked");
  g_assert_cmpint (hk_report_table_get_value (by_action, 6, 1), ==, 2);

  assert_figure (report, "Entries", "8");
  assert_figure (report, "Files released", "1");
  assert_figure (report, "Identity data shown", "1");
  assert_figure (report, "Details viewed", "1");
  assert_figure (report, "Refusals", "0");

  /* Building it read the log: that is a row, now. */
  hk_test_hall_assert_last_audit (&fixture->hall, "access-log-read", fixture->hall.auditor,
                                  "archive", 0, "2026-10-12 to 2026-10-14");
}

static void
test_access_log_month (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HkReport) report = NULL;
  g_autoptr(HkReport) again = NULL;
  g_autoptr(GError) error = NULL;

  report = hk_access_log_report_build (fixture->hall.context, fixture->archivist, "2026-11-01",
                                       "2026-11-30", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_report_get_period_label (report), ==, "2026-11");
  /* The re-check of November 6th, and this reading on the 11th. */
  g_assert_cmpuint (hk_report_table_get_n_rows (find_table (report, "entries")), ==, 2);

  /* The next reading sees the previous one. */
  again = hk_access_log_report_build (fixture->hall.context, fixture->archivist, "2026-11-01",
                                      "2026-11-30", &error);
  g_assert_cmpuint (hk_report_table_get_n_rows (find_table (again, "entries")), ==, 3);
  g_assert_cmpstr (hk_report_table_get_text (find_table (again, "entries"), 1, 3), ==,
                   "Access log read");
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_log_report_build (fixture->hall.context, fixture->hall.clerk,
                                             "2026-10-01", "2026-10-31", &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  g_clear_error (&error);
  g_assert_null (hk_error_register_report_build (fixture->hall.context, fixture->hall.clerk,
                                                 "2026-10-01", "2026-10-31", &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 2);
  g_clear_error (&error);

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_log_report_build (fixture->hall.context, fixture->archivist,
                                             "2026-10-31", "2026-10-01", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "before it begins");
  g_clear_error (&error);
  g_assert_null (hk_access_log_report_build (fixture->hall.context, fixture->archivist,
                                             "2026-10-01", "2026-10-32", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "not a date");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

static void
test_error_register (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  HkReportTable *errors;
  HkReportTable *by_type;
  HkReportTable *by_month;
  guint last;

  report = hk_error_register_report_build (fixture->hall.context, fixture->hall.supervisor,
                                           "2026-10-01", "2026-11-30", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_report_get_id (report), ==, "error-register");
  g_assert_cmpstr (hk_report_get_period_label (report), ==, "2026-10-01 – 2026-11-30");

  assert_figure (report, "Re-checks", "4");
  assert_figure (report, "Errors found", "3");
  assert_figure (report, "Error rate", "75.0 %");

  /* The errors only, oldest first. */
  errors = find_table (report, "errors");
  g_assert_cmpuint (hk_report_table_get_n_rows (errors), ==, 3);
  g_assert_cmpstr (hk_report_table_get_text (errors, 0, 0), ==, "2026-10-14 10:00:00");
  g_assert_cmpstr (hk_report_table_get_text (errors, 0, 1), ==, "DA-2026-0001");
  g_assert_cmpstr (hk_report_table_get_text (errors, 0, 2), ==, "Phone");
  g_assert_cmpstr (hk_report_table_get_text (errors, 0, 3), ==, "号码少一位");
  g_assert_cmpstr (hk_report_table_get_text (errors, 0, 4), ==, "录入疏忽");
  g_assert_cmpstr (hk_report_table_get_text (errors, 0, 5), ==, "已更正");
  g_assert_cmpstr (hk_report_table_get_text (errors, 0, 6), ==, "zhouqing");
  g_assert_cmpstr (hk_report_table_get_text (errors, 2, 2), ==, "Documents missing or incomplete");

  /* Every type, with its count and the total. */
  by_type = find_table (report, "by-type");
  g_assert_cmpuint (hk_report_table_get_n_rows (by_type), ==, HK_N_RECHECK_FIELDS + 1);
  g_assert_cmpint (hk_report_table_get_value (by_type, HK_RECHECK_PHONE, 1), ==, 2);
  g_assert_cmpint (hk_report_table_get_value (by_type, HK_RECHECK_DOCUMENTS, 1), ==, 1);
  g_assert_cmpint (hk_report_table_get_value (by_type, HK_RECHECK_SIGNATURE, 1), ==, 0);
  g_assert_cmpint (hk_report_table_get_row_kind (by_type, HK_N_RECHECK_FIELDS), ==,
                   HK_REPORT_ROW_TOTAL);
  g_assert_cmpint (hk_report_table_get_value (by_type, HK_N_RECHECK_FIELDS, 1), ==, 3);
  g_assert_cmpuint (hk_report_get_n_charts (report), ==, 1);
  g_assert_true (hk_report_chart_get_table (hk_report_get_chart (report, 0)) == by_type);

  /* Each month: re-checks, errors and the rate. */
  by_month = find_table (report, "by-month");
  g_assert_cmpuint (hk_report_table_get_n_rows (by_month), ==, 3);
  g_assert_cmpstr (hk_report_table_get_text (by_month, 0, 0), ==, "2026-10");
  g_assert_cmpint (hk_report_table_get_value (by_month, 0, 1), ==, 3);
  g_assert_cmpint (hk_report_table_get_value (by_month, 0, 2), ==, 2);
  g_assert_cmpfloat_with_epsilon (hk_report_table_get_ratio (by_month, 0, 3), 2.0 / 3, 1e-9);
  g_assert_cmpstr (hk_report_table_get_text (by_month, 1, 0), ==, "2026-11");
  g_assert_cmpint (hk_report_table_get_value (by_month, 1, 1), ==, 1);
  g_assert_cmpfloat_with_epsilon (hk_report_table_get_ratio (by_month, 1, 3), 1.0, 1e-9);
  last = hk_report_table_get_n_rows (by_month) - 1;
  g_assert_cmpint (hk_report_table_get_row_kind (by_month, last), ==, HK_REPORT_ROW_TOTAL);
  g_assert_cmpint (hk_report_table_get_value (by_month, last, 1), ==, 4);
  g_assert_cmpint (hk_report_table_get_value (by_month, last, 2), ==, 3);
  g_assert_true (hk_report_table_is_empty (by_month, last, 3));
}

static void
test_error_register_part_month (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  HkReportTable *by_month;

  /* The second half of October: the check of the 15th. */
  report = hk_error_register_report_build (fixture->hall.context, fixture->archivist,
                                           "2026-10-15", "2026-10-31", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_report_get_period_label (report), ==, "2026-10-15 – 2026-10-31");
  by_month = find_table (report, "by-month");
  g_assert_cmpuint (hk_report_table_get_n_rows (by_month), ==, 2);
  g_assert_cmpint (hk_report_table_get_value (by_month, 0, 1), ==, 1);
  g_assert_cmpint (hk_report_table_get_value (by_month, 0, 2), ==, 1);
  assert_figure (report, "Error rate", "100.0 %");

  g_clear_pointer (&report, hk_report_unref);
  report = hk_error_register_report_build (fixture->hall.context, fixture->archivist,
                                           "2026-12-01", "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_report_get_period_label (report), ==, "2026-12");
  assert_figure (report, "Error rate", "–");
  g_assert_cmpuint (hk_report_table_get_n_rows (find_table (report, "errors")), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/archive-reports/" path, Fixture, NULL, setup, func, teardown)

  ADD ("access-log", test_access_log);
  ADD ("access-log/month", test_access_log_month);
  ADD ("refusals", test_refusals);
  ADD ("error-register", test_error_register);
  ADD ("error-register/part-of-month", test_error_register_part_month);

#undef ADD

  return g_test_run ();
}
