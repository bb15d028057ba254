/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli-hall.c: end-to-end tests of hallkeeper-cli hall: the built program over the demo
 * hall's operators, with the clock fixed by HALLKEEPER_NOW, read back with SQLite and openpyxl. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cli-test-util.h"

/* The demo hall's operators (no days of records), and the clock at 2026-10-05 10:00. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CliResult) demo = NULL;

  f->dir = g_dir_make_tmp ("hallkeeper-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "hall.db", NULL);
  set_now (f, "2026-10-05T10:00:00+08:00");

  demo = run_as (f, NULL, "demo", "--days", "0", NULL);
  assert_success (demo);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->now);
}

/* ---- cases ---- */

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CliResult) group = run_as (f, NULL, "hall", "--help", NULL);
  g_autoptr(CliResult) tool = run_as (f, NULL, "--help", NULL);
  const char *subcommands[] = { "log", "log-save", "log-sign", "log-ack", "log-remark",
                                "briefing", "checklist", "safety-check", "faults", "fault-add",
                                "fault-fix", "incident-add", "incident-report", "cleaning",
                                "cleaning-round", "cleaning-task", "escort-add", "escort-link",
                                "training-add", "assess", "training", "demand-add", "demand",
                                "export" };

  assert_success (group);
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", subcommands[i]);
      assert_contains (group->out, line);
    }

  assert_success (tool);
  assert_contains (tool->out, "\n  hall ");
}

/* A shift's log from writing to acknowledgement: a failed safety check opens a fault that the
 * log carries, a serious incident holds the signature until its report is written. */
static void
test_duty_log (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CliResult) save = NULL;
  g_autoptr(CliResult) check = NULL;
  g_autoptr(CliResult) faults = NULL;
  g_autoptr(CliResult) incident = NULL;
  g_autoptr(CliResult) early_sign = NULL;
  g_autoptr(CliResult) report = NULL;
  g_autoptr(CliResult) sign = NULL;
  g_autoptr(CliResult) own_ack = NULL;
  g_autoptr(CliResult) ack = NULL;
  g_autoptr(CliResult) resave = NULL;
  g_autoptr(CliResult) remark = NULL;
  g_autoptr(CliResult) shown = NULL;
  g_autoptr(CliResult) clerk = NULL;
  g_autoptr(CliResult) bad_shift = NULL;

  save = run_as (f, "zhengwei", "hall", "log-save", "--shift", "early", "--staff", "张丽、刘洋",
                 "--events", "平稳", NULL);
  assert_success (save);
  assert_contains (save->out, "Saved the duty log of 2026-10-05, Early shift.");

  check = run_as (f, "zhengwei", "hall", "safety-check", "--shift", "early", "--fail",
                  "exits:东侧出口被纸箱堵住", NULL);
  assert_success (check);
  assert_contains (check->out, "1 of 5 items failed");
  faults = run_as (f, "zhengwei", "hall", "faults", NULL);
  assert_success (faults);
  assert_contains (faults->out, "东侧出口被纸箱堵住");

  incident = run_as (f, "zhengwei", "hall", "incident-add", "--at", "2026-10-05 09:40",
                     "--kind", "illness", "--place", "等候区", "--action", "拨打120", "--serious",
                     NULL);
  assert_success (incident);
  assert_contains (incident->out, "Recorded incident 1.");

  set_now (f, "2026-10-05T13:20:00+08:00");
  early_sign = run_as (f, "zhengwei", "hall", "log-sign", "--shift", "early", NULL);
  assert_failure (early_sign, 1, "no report");
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM duty_logs WHERE signed_at IS NOT NULL"),
                   ==, 0);

  report = run_as (f, "zhengwei", "hall", "incident-report", "--id", "1", "--report",
                   "顾客已送医", NULL);
  assert_success (report);
  sign = run_as (f, "zhengwei", "hall", "log-sign", "--shift", "early", NULL);
  assert_success (sign);
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM duty_log_facts WHERE fact = 'open_faults'"
                                 " AND value = 1"), ==, 1);

  own_ack = run_as (f, "zhengwei", "hall", "log-ack", "--shift", "early", NULL);
  assert_failure (own_ack, 1, "incoming");
  set_now (f, "2026-10-05T13:35:00+08:00");
  ack = run_as (f, "liqiang", "hall", "log-ack", "--shift", "early", NULL);
  assert_success (ack);

  resave = run_as (f, "zhengwei", "hall", "log-save", "--shift", "early", "--events", "改", NULL);
  assert_failure (resave, 1, "add a remark");
  remark = run_as (f, "liqiang", "hall", "log-remark", "--shift", "early", "--text", "补记",
                   NULL);
  assert_success (remark);

  shown = run_as (f, "liqiang", "hall", "log", "--shift", "early", NULL);
  assert_success (shown);
  assert_contains (shown->out, "Duty log 2026-10-05, Early shift: Acknowledged\n");
  assert_contains (shown->out, "Signed: 郑伟 2026-10-05 13:20\n");
  assert_contains (shown->out, "Acknowledged: 李强 2026-10-05 13:35\n");
  assert_contains (shown->out, "Open faults: 1\n");
  assert_contains (shown->out, "Remark by 李强 at 2026-10-05 13:35: 补记\n");

  clerk = run_as (f, "zhangli", "hall", "log-save", "--shift", "late", "--events", "x", NULL);
  assert_failure (clerk, 1, "permission denied");
  bad_shift = run_as (f, "zhengwei", "hall", "log", "--shift", "night", NULL);
  assert_failure (bad_shift, 2, "early or late");
  g_assert_cmpint (query_int (f, "SELECT count (*) FROM duty_logs"), ==, 1);
}

/* The month's duty logs, incidents and training written as an Excel workbook and read back
 * by openpyxl; without -o, as text. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "october hall.xlsx", NULL);
  g_autofree char *workbook = NULL;
  g_autoptr(CliResult) save = NULL;
  g_autoptr(CliResult) incident = NULL;
  g_autoptr(CliResult) training = NULL;
  g_autoptr(CliResult) assess = NULL;
  g_autoptr(CliResult) demand = NULL;
  g_autoptr(CliResult) counted = NULL;
  g_autoptr(CliResult) record = NULL;
  g_autoptr(CliResult) exported = NULL;
  g_autoptr(CliResult) text = NULL;
  g_autoptr(CliResult) clerk = NULL;
  g_autoptr(CliResult) bad_month = NULL;

  save = run_as (f, "zhengwei", "hall", "log-save", "--shift", "early", "--events", "平稳",
                 NULL);
  incident = run_as (f, "zhengwei", "hall", "incident-add", "--at", "2026-10-05 09:40",
                     "--kind", "disturbance", "--place", "三号窗口", "--people", "一位顾客",
                     "--action", "安抚", NULL);
  training = run_as (f, "liqiang", "hall", "training-add", "--topic", "5G 套餐", "--trainer",
                     "李强", "--minutes", "90", "--attendees", "张丽,刘洋", NULL);
  assess = run_as (f, "liqiang", "hall", "assess", "--person", "张丽", "--subject", "5G 套餐",
                   "--score", "85", "--session", "1", NULL);
  demand = run_as (f, "zhangli", "hall", "demand-add", "--theme", "handset", "--wanted",
                   "Mate 70", NULL);
  assert_success (save);
  assert_success (incident);
  assert_success (training);
  assert_success (assess);
  assert_contains (assess->out, "Recorded the assessment of 张丽: 85, passed.");
  assert_success (demand);

  counted = run_as (f, "liqiang", "hall", "demand", "--month", "2026-10", NULL);
  assert_success (counted);
  assert_contains (counted->out, "Mate 70 (1)");
  record = run_as (f, "liqiang", "hall", "training", "--person", "张丽", NULL);
  assert_success (record);
  assert_contains (record->out, "5G 套餐");

  exported = run_as (f, "liqiang", "hall", "export", "--month", "2026-10", "-o", path, NULL);
  assert_success (exported);
  assert_contains (exported->out, "Wrote Hall operations — 2026-10 to ");
  workbook = read_workbook (path);
  if (workbook == NULL)
    return;
  assert_line (workbook, "sheets\tSummary\tDuty logs\tIncidents\tTraining sessions\tAssessments");
  assert_line (workbook, "property\ttitle\tHall operations");
  assert_line (workbook, "property\tcreator\t李强");
  assert_line (workbook, "dimensions\tDuty logs\t2\t15");
  assert_line (workbook, "cell\tDuty logs!B2\ts\tEarly shift\tGeneral\tplain");
  assert_line (workbook, "cell\tDuty logs!C2\ts\tOpen\tGeneral\tplain");
  assert_line (workbook, "cell\tDuty logs!M2\ts\t平稳\tGeneral\tplain");
  assert_line (workbook, "cell\tIncidents!A2\td\t2026-10-05T09:40:00\tyyyy-mm-dd hh:mm:ss\tplain");
  assert_line (workbook, "cell\tIncidents!C2\ts\tDisturbance\tGeneral\tplain");
  assert_line (workbook, "cell\tIncidents!H2\ts\tNo\tGeneral\tplain");
  assert_line (workbook, "cell\tTraining sessions!E2\tn\t2\t#,##0\tplain");
  assert_line (workbook, "cell\tAssessments!D2\tn\t85\t#,##0\tplain");

  text = run_as (f, "zhengwei", "hall", "export", "--month", "2026-10", NULL);
  assert_success (text);
  assert_contains (text->out, "Incidents");
  assert_contains (text->out, "三号窗口");

  clerk = run_as (f, "zhangli", "hall", "export", "--month", "2026-10", NULL);
  assert_failure (clerk, 1, "permission denied");
  bad_month = run_as (f, "liqiang", "hall", "export", "--month", "2026-13", NULL);
  assert_failure (bad_month, 1, "2026-13");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli-hall/help", Fixture, NULL, fixture_setup, test_help, fixture_teardown);
  g_test_add ("/cli-hall/duty-log", Fixture, NULL, fixture_setup, test_duty_log,
              fixture_teardown);
  g_test_add ("/cli-hall/export", Fixture, NULL, fixture_setup, test_export, fixture_teardown);

  return g_test_run ();
}
