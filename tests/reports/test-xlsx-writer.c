/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-xlsx-writer.c: the .xlsx export, read back by openpyxl (and LibreOffice when present). */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "reports/hk-xlsx-writer.h"

#include "export-test-util.h"

#define PYTHON "/usr/bin/python3"

/* What openpyxl reads in the workbook; NULL when it cannot run here (the test is skipped). */
static char *
read_workbook (const char *path,
               guint       rows)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "reports", "read-xlsx.py", NULL);
  g_autofree char *limit = g_strdup_printf ("%u", rows);
  const char *argv[] = { PYTHON, script, path, rows > 0 ? limit : NULL, NULL };
  char *out;
  int status;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no " PYTHON " to read the workbook");
      return NULL;
    }

  out = export_test_run (argv, &status);
  if (status == 77)
    {
      g_test_skip ("python3-openpyxl is not installed (build-aux/install-deps --test)");
      return NULL;
    }
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (out);

  return out;
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hk-xlsx-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static void
test_sheet_names (void)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  static const struct
  {
    const char *name;
    const char *sheet;
  } cases[] = {
    { "Summary", "Summary" },
    { "By item: fees/charges [all] *?\\", "By item_ fees_charges _all_ ___" },
    { "summary", "summary (2)" },
    { "SUMMARY", "SUMMARY (3)" },
    { "'Quoted'", "Quoted" },
    { "History", "History (2)" },
    { "", "Sheet" },
    { "''", "Sheet (2)" },
    { "A name that is far longer than Excel allows", "A name that is far longer than" },
    { "A name that is far longer than Excel allows, again", "A name that is far longer t (2)" },
    { "营业厅按日营业收入统计表营业厅按日营业收入统计表营业厅按日营业收入", "营业厅按日营业收入统计表营业厅按日营业收入统计表营业厅按日营业" },
    { "按日", "按日" },
    { "按日", "按日 (2)" },
    { "Line\nbreak", "Line break" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *sheet = hk_xlsx_writer_make_sheet_name (cases[i].name, taken);

      g_assert_cmpstr (sheet, ==, cases[i].sheet);
      g_assert_cmpint (g_utf8_strlen (sheet, -1), <=, 31);
    }
}

/* LibreOffice, when installed, is a second reader that recalculates: its CSV of a sheet
 * must show the same totals. Not installed on CI (it is huge): then this part is skipped. */
static void
check_with_libreoffice (const char         *path,
                        const char         *sheet,
                        const char * const *expected)
{
  g_autofree char *office = g_find_program_in_path ("libreoffice");
  g_autofree char *outdir = make_temp_dir ();
  g_autofree char *profile = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *base = NULL;
  g_autofree char *out = NULL;
  int status;

  if (office == NULL)
    office = g_find_program_in_path ("soffice");
  if (office == NULL)
    {
      g_test_message ("LibreOffice is not installed: the workbook was read by openpyxl only");
      export_test_remove_dir (outdir);
      return;
    }

  /* Its own profile, so a running LibreOffice of the user is not disturbed. Every sheet
   * to its own file (the -1 at the end), as shown (formatted). */
  profile = g_strconcat ("-env:UserInstallation=file://", outdir, "/profile", NULL);
  {
    const char *argv[] = {
      office, profile, "--headless", "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir", outdir, path, NULL
    };

    out = export_test_run (argv, &status);
    g_assert_cmpint (status, ==, 0);
  }

  base = g_path_get_basename (path);
  *strrchr (base, '.') = '\0';
  csv_path = g_strdup_printf ("%s/%s-%s.csv", outdir, base, sheet);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  for (guint i = 0; expected[i] != NULL; i++)
    if (strstr (csv, expected[i]) == NULL)
      {
        g_test_message ("LibreOffice's CSV of %s lacks “%s”:\n%s", sheet, expected[i], csv);
        g_test_fail ();
      }

  export_test_remove_dir (outdir);
}

static void
test_small (void)
{
  g_autoptr(HkReport) report = export_test_small_report ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "daily.xlsx", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *out = NULL;
  ExportTestProgress progress;
  const char * const totals[] = { "\"¥1,234.56\"", "\"¥734.56\"", "32", NULL };
  gboolean ok;

  export_test_progress_init (&progress, -1);
  ok = hk_xlsx_writer_write (report, path, export_test_progress_cb, &progress,
                             progress.cancellable, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  export_test_assert_progress_sane (&progress, TRUE);
  export_test_progress_clear (&progress);

  listing = export_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "daily.xlsx");

  out = read_workbook (path, 0);
  if (out == NULL)
    goto out;

  export_test_assert_line (out, "sheets\tSummary\tBy clerk\tBy payment_ cash_cards");
  export_test_assert_line (out, "property\ttitle\tDaily report");
  export_test_assert_line (out, "property\tcreator\tWang Fang");
  export_test_assert_line (out, "property\tsubject\t2026-10-21");
  export_test_assert_line (out, "property\tcompany\tRiverside Hall & Annex");
  export_test_assert_line (out, "inline-strings\tBy clerk\tno");

  /* The summary: what, where, when, who, status, key figures as numbers. */
  export_test_assert_line (out, "cell\tSummary!A1\ts\tDaily report\tGeneral\tbold");
  export_test_assert_line (out, "cell\tSummary!A3\ts\tHall\tGeneral\tbold");
  export_test_assert_line (out, "cell\tSummary!B3\ts\tRiverside Hall & Annex\tGeneral\tplain");
  export_test_assert_line (out, "cell\tSummary!B4\ts\t2026-10-21\tGeneral\tplain");
  export_test_assert_line (out, "cell\tSummary!B5\ts\tWang Fang\tGeneral\tplain");
  export_test_assert_line (out, "cell\tSummary!B6\td\t2026-10-22T09:15:00\tyyyy-mm-dd hh:mm\tplain");
  export_test_assert_line (out, "cell\tSummary!B7\ts\tFinal: every daily report of the period is "
                           "signed\tGeneral\tplain");
  export_test_assert_line (out, "cell\tSummary!A9\ts\tKey figures\tGeneral\tbold");
  export_test_assert_line (out, "cell\tSummary!A10\ts\tRevenue\tGeneral\tplain");
  export_test_assert_line (out, "cell\tSummary!B10\tn\t1234.56\t¥#,##0.00\tplain");
  export_test_assert_line (out, "cell\tSummary!B11\tn\t32\t#,##0\tplain");
  export_test_assert_line (out, "cell\tSummary!B12\ts\tAgrees\tGeneral\tplain");
  export_test_refute_line_prefix (out, "chart\t");

  /* Typed cells. */
  export_test_assert_line (out, "cell\tBy clerk!A1\ts\tClerk\tGeneral\tbold");
  export_test_assert_line (out, "cell\tBy clerk!D1\ts\tRevenue\tGeneral\tbold");
  export_test_assert_line (out, "cell\tBy clerk!A2\ts\tLi Na\tGeneral\tplain");
  export_test_assert_line (out, "cell\tBy clerk!B2\td\t2026-10-21T00:00:00\tyyyy-mm-dd\tplain");
  export_test_assert_line (out, "cell\tBy clerk!C2\tn\t10\t#,##0\tplain");
  export_test_assert_line (out, "cell\tBy clerk!D2\tn\t500\t¥#,##0.00\tplain");
  export_test_assert_line (out, "cell\tBy clerk!D3\tn\t234.56\t¥#,##0.00\tplain");
  export_test_assert_line (out, "cell\tBy clerk!E2\tn\t0.405\t0.0%\tplain");
  export_test_assert_line (out, "cell\tBy clerk!F2\td\t2026-10-21T17:59:01\tyyyy-mm-dd hh:mm:ss\tplain");

  /* Subtotals sum the body rows since the last subtotal; the total every body row. */
  export_test_assert_line (out, "cell\tBy clerk!A4\ts\tMorning shift\tGeneral\tbold");
  export_test_assert_line (out, "cell\tBy clerk!C4\tf\t=SUM(C2:C3)\t#,##0\tbold");
  export_test_assert_line (out, "cached\tBy clerk!C4\t15");
  export_test_assert_line (out, "cell\tBy clerk!D4\tf\t=SUM(D2:D3)\t¥#,##0.00\tbold");
  export_test_assert_line (out, "cached\tBy clerk!D4\t734.56");
  export_test_assert_line (out, "cell\tBy clerk!E4\tn\t0.595\t0.0%\tbold");
  export_test_assert_line (out, "cell\tBy clerk!C6\tf\t=SUM(C5)\t#,##0\tbold");
  export_test_assert_line (out, "cached\tBy clerk!D6\t500");
  export_test_assert_line (out, "cell\tBy clerk!A7\ts\tTotal\tGeneral\tbold");
  export_test_assert_line (out, "cell\tBy clerk!C7\tf\t=SUM(C2:C3,C5)\t#,##0\tbold");
  export_test_assert_line (out, "cached\tBy clerk!C7\t32");
  export_test_assert_line (out, "cell\tBy clerk!D7\tf\t=SUM(D2:D3,D5)\t¥#,##0.00\tbold");
  export_test_assert_line (out, "cached\tBy clerk!D7\t1234.56");
  export_test_assert_line (out, "cell\tBy clerk!E7\tn\t1\t0.0%\tbold");
  export_test_refute_line_prefix (out, "cell\tBy clerk!B7");

  /* A total that is a sum is a formula; one that is not (a closing balance) a number. */
  export_test_assert_line (out, "cell\tBy payment_ cash_cards!B4\tf\t=SUM(B2:B3)\t¥#,##0.00\tbold");
  export_test_assert_line (out, "cached\tBy payment_ cash_cards!B4\t1234.56");
  export_test_assert_line (out, "cell\tBy payment_ cash_cards!C4\tn\t1234.56\t¥#,##0.00\tbold");

  /* Layout and print setup on every sheet. */
  export_test_assert_line (out, "freeze\tBy clerk\tA2");
  export_test_assert_line (out, "freeze\tBy payment_ cash_cards\tA2");
  for (guint i = 0; i < 3; i++)
    {
      const char *sheet = (const char *[]) { "Summary", "By clerk", "By payment_ cash_cards" }[i];
      g_autofree char *line = NULL;

      line = g_strdup_printf ("page\t%s\torientation\tlandscape", sheet);
      export_test_assert_line (out, line);
      g_free (line);
      line = g_strdup_printf ("page\t%s\tpaper\t9", sheet);
      export_test_assert_line (out, line);
      g_free (line);
      line = g_strdup_printf ("page\t%s\tfit\tyes\t1\t0", sheet);
      export_test_assert_line (out, line);
      g_free (line);
      line = g_strdup_printf ("page\t%s\theader\tL=Riverside Hall && Annex|C=Daily report|"
                              "R=2026-10-21", sheet);
      export_test_assert_line (out, line);
      g_free (line);
      line = g_strdup_printf ("page\t%s\tfooter\tC=Page &P of &N", sheet);
      export_test_assert_line (out, line);
    }
  export_test_assert_line (out, "page\tBy clerk\tprint-titles\t$1:$1");

  /* Widths fit the widest cell: "Morning shift" (13) plus a margin; dates fit. */
  export_test_assert_line (out, "width\tBy clerk\tA\t15.71");
  export_test_assert_line (out, "width\tBy clerk\tB\t12.71");
  export_test_assert_line (out, "width\tBy clerk\tF\t21.71");
  export_test_assert_line (out, "width\tSummary\tB\t24.71");

  check_with_libreoffice (path, "By clerk", totals);

out:
  export_test_remove_dir (dir);
}

static void
test_chinese_provisional (void)
{
  g_autoptr(HkReport) report = export_test_chinese_report ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "月报.xlsx", NULL);
  g_autofree char *out = NULL;
  const char * const totals[] = { "\"¥49,617.05\"", "496", NULL };

  g_assert_true (hk_xlsx_writer_write (report, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  out = read_workbook (path, 0);
  if (out == NULL)
    goto out;

  export_test_assert_line (out, "sheets\tSummary\t按日\t按类别");
  export_test_assert_line (out, "property\ttitle\t营业厅月报");
  export_test_assert_line (out, "property\tcreator\t李娜");
  export_test_assert_line (out, "property\tcompany\t城东营业厅");

  /* PROVISIONAL, and which days are not signed. */
  export_test_assert_line (out, "cell\tSummary!A1\ts\t营业厅月报\tGeneral\tbold");
  export_test_assert_line (out, "cell\tSummary!B3\ts\t城东营业厅\tGeneral\tplain");
  export_test_assert_line (out, "cell\tSummary!B4\ts\t2026年10月\tGeneral\tplain");
  export_test_assert_line (out, "cell\tSummary!B7\ts\tPROVISIONAL: not every daily report of the "
                           "period is signed\tGeneral\tbold");
  export_test_assert_line (out, "cell\tSummary!A8\ts\tUnsigned days\tGeneral\tbold");
  export_test_assert_line (out, "cell\tSummary!B8\ts\t2026-10-03 周伟\tGeneral\tplain");
  export_test_assert_line (out, "cell\tSummary!B9\ts\t2026-10-17 陈杰\tGeneral\tplain");
  export_test_assert_line (out, "cell\tSummary!A12\ts\t营业收入\tGeneral\tplain");
  export_test_assert_line (out, "cell\tSummary!B12\tn\t49617.05\t¥#,##0.00\tplain");
  export_test_assert_line (out, "page\t按日\theader\tL=城东营业厅|C=营业厅月报 (PROVISIONAL)|R=2026年10月");

  /* Native charts on the summary, over the body rows of their tables. */
  export_test_assert_line (out, "chart\tSummary\t0\tBarChart/col\t每日营收\t1");
  export_test_assert_line (out, "series\tSummary\t0\t0\t'按日'!$C$1\t'按日'!$A$2:$A$32\t"
                           "'按日'!$C$2:$C$32");
  export_test_assert_line (out, "chart\tSummary\t1\tPieChart\t按类别营收\t1");
  export_test_assert_line (out, "series\tSummary\t1\t0\t'按类别'!$B$1\t'按类别'!$A$2:$A$5\t"
                           "'按类别'!$B$2:$B$5");

  /* Dates are dates; a total row's label in a date column stays text. */
  export_test_assert_line (out, "cell\t按日!A2\td\t2026-10-01T00:00:00\tyyyy-mm-dd\tplain");
  export_test_assert_line (out, "cell\t按日!A32\td\t2026-10-31T00:00:00\tyyyy-mm-dd\tplain");
  export_test_assert_line (out, "cell\t按日!A33\ts\t合计\tGeneral\tbold");
  export_test_assert_line (out, "cell\t按日!C33\tf\t=SUM(C2:C32)\t¥#,##0.00\tbold");
  export_test_assert_line (out, "cached\t按日!C33\t49617.05");
  export_test_assert_line (out, "cached\t按日!B33\t496");
  export_test_assert_line (out, "cell\t按类别!B6\tf\t=SUM(B2:B5)\t¥#,##0.00\tbold");
  export_test_assert_line (out, "cached\t按类别!B6\t49617.05");

  /* The widest value is "generated at" (16); the status sentence may run on. */
  export_test_assert_line (out, "width\tSummary\tB\t18.71");
  /* A Chinese character is two columns wide: 收据张数 is 8, plus a margin. */
  export_test_assert_line (out, "width\t按日\tB\t11.71");
  export_test_assert_line (out, "width\t按类别\tA\t8.71");

  check_with_libreoffice (path, "按日", totals);

out:
  export_test_remove_dir (dir);
}

/* Subtotals split the body rows: the chart takes the body rows only, as a list of ranges. */
static void
test_split_chart (void)
{
  g_autoptr(HkReport) report = export_test_small_report ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "daily.xlsx", NULL);
  g_autofree char *out = NULL;
  HkReportChart *chart;

  chart = hk_report_add_chart (report, HK_REPORT_CHART_LINE, "Revenue by clerk",
                               hk_report_find_table (report, "by-clerk"), 0);
  hk_report_chart_add_series (chart, 3);
  hk_report_chart_add_series (chart, 2);

  g_assert_true (hk_xlsx_writer_write (report, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  out = read_workbook (path, 0);
  if (out == NULL)
    goto out;

  export_test_assert_line (out, "chart\tSummary\t0\tLineChart\tRevenue by clerk\t2");
  export_test_assert_line (out, "series\tSummary\t0\t0\t'By clerk'!$D$1\t"
                           "('By clerk'!$A$2:$A$3,'By clerk'!$A$5)\t"
                           "('By clerk'!$D$2:$D$3,'By clerk'!$D$5)");
  export_test_assert_line (out, "series\tSummary\t0\t1\t'By clerk'!$C$1\t"
                           "('By clerk'!$A$2:$A$3,'By clerk'!$A$5)\t"
                           "('By clerk'!$C$2:$C$3,'By clerk'!$C$5)");

out:
  export_test_remove_dir (dir);
}

/* Python's repr of a number of yuan: "1234.5", "500". */
static char *
yuan_repr (gint64 fen)
{
  if (fen % 100 == 0)
    return g_strdup_printf ("%lld", (long long) (fen / 100));
  if (fen % 10 == 0)
    return g_strdup_printf ("%lld.%lld", (long long) (fen / 100), (long long) (fen % 100 / 10));

  return g_strdup_printf ("%lld.%02lld", (long long) (fen / 100), (long long) (fen % 100));
}

static void
test_big_constant_memory (void)
{
  gint64 total = 0;
  g_autoptr(HkReport) report = export_test_big_report (20000, &total);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "journal.xlsx", NULL);
  g_autofree char *out = NULL;
  g_autofree char *line = NULL;
  g_autofree char *yuan = yuan_repr (total);
  ExportTestProgress progress;

  g_assert_cmpuint (20000, >, HK_XLSX_CONSTANT_MEMORY_ROWS);

  export_test_progress_init (&progress, -1);
  g_assert_true (hk_xlsx_writer_write (report, path, export_test_progress_cb, &progress,
                                       NULL, &error));
  g_assert_no_error (error);
  export_test_assert_progress_sane (&progress, TRUE);
  /* Often enough to move a progress bar smoothly, not once per row. */
  g_assert_cmpuint (progress.fractions->len, >=, 20);
  g_assert_cmpuint (progress.fractions->len, <=, 202);
  export_test_progress_clear (&progress);

  out = read_workbook (path, 3);
  if (out == NULL)
    goto out;

  /* Constant-memory mode stores strings in the cells instead of a shared table. */
  export_test_assert_line (out, "inline-strings\tJournal\tyes");
  export_test_assert_line (out, "inline-strings\tSummary\tyes");
  export_test_assert_line (out, "dimensions\tJournal\t20002\t5");
  export_test_assert_line (out, "freeze\tJournal\tA2");
  export_test_assert_line (out, "cell\tJournal!A2\td\t2026-10-01T00:00:00\tyyyy-mm-dd hh:mm:ss\tplain");
  export_test_assert_line (out, "cell\tJournal!B2\ts\tR000001\tGeneral\tplain");
  export_test_assert_line (out, "cell\tJournal!D2\tn\t1\t¥#,##0.00\tplain");
  export_test_assert_line (out, "cell\tJournal!B20001\ts\tR020000\tGeneral\tplain");
  export_test_assert_line (out, "cell\tJournal!B20002\ts\tTotal\tGeneral\tbold");
  export_test_assert_line (out, "cell\tJournal!D20002\tf\t=SUM(D2:D20001)\t¥#,##0.00\tbold");
  line = g_strdup_printf ("cached\tJournal!D20002\t%s", yuan);
  export_test_assert_line (out, line);

out:
  export_test_remove_dir (dir);
}

static void
test_cancel (void)
{
  g_autoptr(HkReport) report = export_test_big_report (20000, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "journal.xlsx", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;
  ExportTestProgress progress;

  /* Cancelled half-way: nothing is left behind. */
  export_test_progress_init (&progress, 0.5);
  g_assert_false (hk_xlsx_writer_write (report, path, export_test_progress_cb, &progress,
                                        progress.cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  export_test_assert_progress_sane (&progress, FALSE);
  export_test_progress_clear (&progress);
  listing = export_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  g_clear_error (&error);

  /* A file that was there is kept as it was. */
  g_assert_true (g_file_set_contents (path, "the old report", -1, NULL));
  export_test_progress_init (&progress, 0.2);
  g_assert_false (hk_xlsx_writer_write (report, path, export_test_progress_cb, &progress,
                                        progress.cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  export_test_progress_clear (&progress);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the old report");
  g_free (listing);
  listing = export_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "journal.xlsx");

  export_test_remove_dir (dir);
}

static void
test_unwritable (void)
{
  g_autoptr(HkReport) report = export_test_small_report ();
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = make_temp_dir ();
  g_autofree char *why_not = NULL;
  g_autofree char *dir = export_test_make_unwritable_dir (parent, &why_not);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;

  if (dir == NULL)
    {
      g_test_skip (why_not);
      export_test_remove_dir (parent);
      return;
    }

  path = g_build_filename (dir, "daily.xlsx", NULL);
  g_assert_false (hk_xlsx_writer_write (report, path, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, dir));
  g_assert_nonnull (strstr (error->message, "You may not save files in the folder"));
  export_test_assert_no_trace (dir, "daily.xlsx");
  g_clear_error (&error);

  /* A folder that is not there. */
  missing = g_build_filename (parent, "no such folder", "daily.xlsx", NULL);
  g_assert_false (hk_xlsx_writer_write (report, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "does not exist"));

  export_test_release_unwritable_dir (dir);
  export_test_remove_dir (parent);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xlsx-writer/sheet-names", test_sheet_names);
  g_test_add_func ("/xlsx-writer/small", test_small);
  g_test_add_func ("/xlsx-writer/chinese-provisional", test_chinese_provisional);
  g_test_add_func ("/xlsx-writer/split-chart", test_split_chart);
  g_test_add_func ("/xlsx-writer/big-constant-memory", test_big_constant_memory);
  g_test_add_func ("/xlsx-writer/cancel", test_cancel);
  g_test_add_func ("/xlsx-writer/unwritable", test_unwritable);

  return g_test_run ();
}
