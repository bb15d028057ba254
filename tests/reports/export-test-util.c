/* SPDX-License-Identifier: GPL-3.0-or-later */
/* export-test-util.c: hand-built reports and the helpers the export tests share. */

#include "config.h"

#include "export-test-util.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

static GDateTime *
hall_time (int year,
           int month,
           int day,
           int hour,
           int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (8 * 3600);

  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

HkReport *
export_test_small_report (void)
{
  HkReport *report = hk_report_new ("daily", "Daily report");
  g_autoptr(GDateTime) at = hall_time (2026, 10, 22, 9, 15);
  HkReportTable *t;
  guint r;
  static const struct
  {
    HkReportRowKind kind;
    const char     *clerk;
    const char     *day;
    gint64          receipts;
    gint64          revenue;
    double          share;
    const char     *last;
  } rows[] = {
    { HK_REPORT_ROW_BODY, "Li Na", "2026-10-21", 10, 50000, 0.405, "2026-10-21 17:59:01" },
    { HK_REPORT_ROW_BODY, "Zhou Wei", "2026-10-21", 5, 23456, 0.19, "2026-10-21 12:30:00" },
    { HK_REPORT_ROW_SUBTOTAL, "Morning shift", NULL, 15, 73456, 0.595, NULL },
    { HK_REPORT_ROW_BODY, "Chen Jie", "2026-10-21", 17, 50000, 0.405, "2026-10-21 20:05:09" },
    { HK_REPORT_ROW_SUBTOTAL, "Evening shift", NULL, 17, 50000, 0.405, NULL },
    { HK_REPORT_ROW_TOTAL, "Total", NULL, 32, 123456, 1.0, NULL },
  };

  hk_report_set_checks_signatures (report, TRUE);

  hk_report_set_period (report, "2026-10-21", "2026-10-21", "2026-10-21");
  hk_report_set_hall_name (report, "Riverside Hall & Annex");
  hk_report_set_generated (report, "Wang Fang", at);
  hk_report_add_figure_money (report, "Revenue", 123456);
  hk_report_add_figure_count (report, "Receipts", 32);
  hk_report_add_figure_text (report, "Three-way check", "Agrees");

  t = hk_report_add_table (report, "by-clerk", "By clerk");
  hk_report_table_add_column (t, "Clerk", HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (t, "Day", HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (t, "Receipts", HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (t, "Revenue", HK_REPORT_COLUMN_MONEY);
  hk_report_table_add_column (t, "Share", HK_REPORT_COLUMN_SHARE);
  hk_report_table_add_column (t, "Last receipt", HK_REPORT_COLUMN_DATETIME);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      r = hk_report_table_add_row (t, rows[i].kind);
      hk_report_table_set_text (t, r, 0, rows[i].clerk);
      hk_report_table_set_text (t, r, 1, rows[i].day);
      hk_report_table_set_value (t, r, 2, rows[i].receipts);
      hk_report_table_set_value (t, r, 3, rows[i].revenue);
      hk_report_table_set_ratio (t, r, 4, rows[i].share);
      hk_report_table_set_text (t, r, 5, rows[i].last);
    }

  /* The balance's total is the closing balance, not a sum: it must stay a plain number. */
  t = hk_report_add_table (report, "by-payment", "By payment: cash/cards");
  hk_report_table_add_column (t, "Method", HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (t, "Amount", HK_REPORT_COLUMN_MONEY);
  hk_report_table_add_column (t, "Balance", HK_REPORT_COLUMN_MONEY);
  r = hk_report_table_add_row (t, HK_REPORT_ROW_BODY);
  hk_report_table_set_text (t, r, 0, "Cash");
  hk_report_table_set_value (t, r, 1, 100000);
  hk_report_table_set_value (t, r, 2, 100000);
  r = hk_report_table_add_row (t, HK_REPORT_ROW_BODY);
  hk_report_table_set_text (t, r, 0, "WeChat Pay");
  hk_report_table_set_value (t, r, 1, 23456);
  hk_report_table_set_value (t, r, 2, 123456);
  r = hk_report_table_add_row (t, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (t, r, 0, "Total");
  hk_report_table_set_value (t, r, 1, 123456);
  hk_report_table_set_value (t, r, 2, 123456);

  return report;
}

HkReport *
export_test_chinese_report (void)
{
  HkReport *report = hk_report_new ("monthly", "营业厅月报");
  g_autoptr(GDateTime) at = hall_time (2026, 11, 1, 8, 0);
  static const struct
  {
    const char *name;
    gint64      revenue;
  } categories[] = {
    { "话费", 2000000 },
    { "终端", 1500000 },
    { "SIM卡", 961705 },
    { "有价卡", 500000 },
  };
  HkReportTable *t;
  HkReportChart *chart;
  gint64 count = 0;
  gint64 revenue = 0;
  guint r;

  hk_report_set_checks_signatures (report, TRUE);

  hk_report_set_period (report, "2026-10-01", "2026-10-31", "2026年10月");
  hk_report_set_hall_name (report, "城东营业厅");
  hk_report_set_generated (report, "李娜", at);
  hk_report_add_unsigned_day (report, "2026-10-03", "2026-10-03 周伟");
  hk_report_add_unsigned_day (report, "2026-10-17", "2026-10-17 陈杰");

  t = hk_report_add_table (report, "by-day", "按日");
  hk_report_table_add_column (t, "日期", HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (t, "收据张数", HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (t, "营业收入", HK_REPORT_COLUMN_MONEY);
  for (int day = 1; day <= 31; day++)
    {
      g_autofree char *date = g_strdup_printf ("2026-10-%02d", day);

      r = hk_report_table_add_row (t, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (t, r, 0, date);
      hk_report_table_set_value (t, r, 1, day);
      hk_report_table_set_value (t, r, 2, day * 10000 + 55);
      count += day;
      revenue += day * 10000 + 55;
    }
  r = hk_report_table_add_row (t, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (t, r, 0, "合计");
  hk_report_table_set_value (t, r, 1, count);
  hk_report_table_set_value (t, r, 2, revenue);

  hk_report_add_figure_money (report, "营业收入", revenue);
  hk_report_add_figure_count (report, "收据张数", count);

  chart = hk_report_add_chart (report, HK_REPORT_CHART_COLUMN, "每日营收", t, 0);
  hk_report_chart_add_series (chart, 2);

  t = hk_report_add_table (report, "by-category", "按类别");
  hk_report_table_add_column (t, "类别", HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (t, "营业收入", HK_REPORT_COLUMN_MONEY);
  hk_report_table_add_column (t, "占比", HK_REPORT_COLUMN_SHARE);
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      r = hk_report_table_add_row (t, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (t, r, 0, categories[i].name);
      hk_report_table_set_value (t, r, 1, categories[i].revenue);
      hk_report_table_set_ratio (t, r, 2, (double) categories[i].revenue / (double) revenue);
    }
  r = hk_report_table_add_row (t, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (t, r, 0, "合计");
  hk_report_table_set_value (t, r, 1, revenue);
  hk_report_table_set_ratio (t, r, 2, 1.0);

  chart = hk_report_add_chart (report, HK_REPORT_CHART_PIE, "按类别营收", t, 0);
  hk_report_chart_add_series (chart, 1);

  return report;
}

HkReport *
export_test_big_report (guint   n_rows,
                        gint64 *total_fen)
{
  HkReport *report = hk_report_new ("journal", "Journal");
  g_autoptr(GDateTime) at = hall_time (2026, 11, 1, 8, 0);
  static const char * const clerks[] = { "Li Na", "Zhou Wei", "Chen Jie" };
  HkReportTable *t;
  gint64 amount = 0;
  gint64 items = 0;
  guint r;

  hk_report_set_checks_signatures (report, TRUE);

  hk_report_set_period (report, "2026-10-01", "2026-10-31", "2026-10");
  hk_report_set_hall_name (report, "Riverside Hall");
  hk_report_set_generated (report, "Wang Fang", at);

  t = hk_report_add_table (report, "entries", "Journal");
  hk_report_table_add_column (t, "Time", HK_REPORT_COLUMN_DATETIME);
  hk_report_table_add_column (t, "Receipt", HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (t, "Clerk", HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (t, "Amount", HK_REPORT_COLUMN_MONEY);
  hk_report_table_add_column (t, "Items", HK_REPORT_COLUMN_COUNT);

  for (guint i = 0; i < n_rows; i++)
    {
      guint seconds = i * 130;  /* 20,000 rows span the month */
      g_autofree char *time = g_strdup_printf ("2026-10-%02u %02u:%02u:%02u",
                                               1 + (seconds / 86400) % 31,
                                               (seconds / 3600) % 24, (seconds / 60) % 60,
                                               seconds % 60);
      g_autofree char *receipt = g_strdup_printf ("R%06u", i + 1);
      gint64 fen = (gint64) (i % 997 + 1) * 100 + i % 100;

      r = hk_report_table_add_row (t, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (t, r, 0, time);
      hk_report_table_set_text (t, r, 1, receipt);
      hk_report_table_set_text (t, r, 2, clerks[i % G_N_ELEMENTS (clerks)]);
      hk_report_table_set_value (t, r, 3, fen);
      hk_report_table_set_value (t, r, 4, i % 5 + 1);
      amount += fen;
      items += i % 5 + 1;
    }
  r = hk_report_table_add_row (t, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (t, r, 1, "Total");
  hk_report_table_set_value (t, r, 3, amount);
  hk_report_table_set_value (t, r, 4, items);

  hk_report_add_figure_money (report, "Takings", amount);

  if (total_fen != NULL)
    *total_fen = amount;

  return report;
}

char *
export_test_run (const char * const *argv,
                 int                *exit_status)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                     &status, &error))
    {
      g_test_message ("cannot run %s: %s", argv[0], error->message);
      *exit_status = -1;
      return NULL;
    }

  *exit_status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  if (*exit_status != 0)
    {
      g_test_message ("%s exited with %d: %s", argv[0], *exit_status, err);
      return NULL;
    }

  return g_steal_pointer (&out);
}

void
export_test_assert_line (const char *output,
                         const char *line)
{
  g_autofree char *needle = g_strconcat ("\n", line, "\n", NULL);
  g_autofree char *haystack = g_strconcat ("\n", output, NULL);

  if (strstr (haystack, needle) == NULL)
    {
      g_autofree char *key = g_strndup (line, strcspn (line, "\t") + 1);
      g_autofree char *similar = NULL;
      g_auto(GStrv) fields = g_strsplit (line, "\t", 3);

      /* Show the lines about the same thing, so a failure says what was found instead. */
      if (fields[0] != NULL && fields[1] != NULL)
        {
          g_autofree char *prefix = g_strconcat (fields[0], "\t", fields[1], NULL);

          similar = export_test_grep (output, prefix);
        }
      g_test_message ("expected line: %s\nfound instead:\n%s", line,
                      similar != NULL ? similar : "(nothing)");
      g_test_fail ();
    }
}

void
export_test_refute_line_prefix (const char *output,
                                const char *prefix)
{
  g_autofree char *found = export_test_grep (output, prefix);

  if (*found != '\0')
    {
      g_test_message ("unexpected lines:\n%s", found);
      g_test_fail ();
    }
}

char *
export_test_grep (const char *output,
                  const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  g_autoptr(GString) found = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      {
        if (found->len > 0)
          g_string_append_c (found, '\n');
        g_string_append (found, lines[i]);
      }

  return g_string_free (g_steal_pointer (&found), FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
export_test_list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

void
export_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_chmod (dir, 0700);
  if (d != NULL)
    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        if (g_file_test (path, G_FILE_TEST_IS_DIR))
          export_test_remove_dir (path);
        else
          g_unlink (path);
      }
  g_rmdir (dir);
}

char *
export_test_make_unwritable_dir (const char  *parent,
                                 char       **why_not)
{
  g_autofree char *dir = g_build_filename (parent, "read-only", NULL);
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  int fd;

  g_assert_no_errno (g_mkdir (dir, 0555));
  g_assert_no_errno (g_chmod (dir, 0555));

  fd = g_open (probe, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0 && (errno == EACCES || errno == EPERM || errno == EROFS))
    return g_steal_pointer (&dir);

  /* Root writes into a read-only folder. The kernel's /sys refuses new files even to
   * root: use it, and leave it alone afterwards. */
  if (fd >= 0)
    {
      close (fd);
      g_unlink (probe);
    }
  g_rmdir (dir);

  fd = g_open ("/sys/hallkeeper-probe", O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0 && (errno == EACCES || errno == EPERM || errno == EROFS))
    return g_strdup ("/sys");
  if (fd >= 0)
    {
      close (fd);
      g_unlink ("/sys/hallkeeper-probe");
    }

  *why_not = g_strdup ("this user can write into a read-only folder and /sys takes new "
                       "files; run the test as an ordinary user to check it");

  return NULL;
}

void
export_test_release_unwritable_dir (const char *dir)
{
  if (g_str_has_suffix (dir, G_DIR_SEPARATOR_S "read-only"))
    export_test_remove_dir (dir);
}

/* Neither the file nor a temporary file of it (".NAME.XXXXXX") is in the folder. */
void
export_test_assert_no_trace (const char *dir,
                             const char *name)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *temp_prefix = g_strconcat (".", name, ".", NULL);
  const char *entry;

  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL)
    {
      g_assert_cmpstr (entry, !=, name);
      g_assert_false (g_str_has_prefix (entry, temp_prefix));
    }
}

void
export_test_progress_init (ExportTestProgress *progress,
                           double              cancel_at)
{
  progress->cancellable = g_cancellable_new ();
  progress->cancel_at = cancel_at;
  progress->fractions = g_array_new (FALSE, FALSE, sizeof (double));
}

void
export_test_progress_clear (ExportTestProgress *progress)
{
  g_clear_object (&progress->cancellable);
  g_clear_pointer (&progress->fractions, g_array_unref);
}

void
export_test_progress_cb (double   fraction,
                         gpointer user_data)
{
  ExportTestProgress *progress = user_data;

  g_array_append_val (progress->fractions, fraction);
  if (progress->cancel_at >= 0 && fraction >= progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

/* Fractions never go back, stay within 0…1, come often enough to move a bar, and end at
 * 1.0 exactly when the export completed. */
void
export_test_assert_progress_sane (ExportTestProgress *progress,
                                  gboolean            completed)
{
  GArray *f = progress->fractions;

  g_assert_cmpuint (f->len, >=, 2);
  g_assert_cmpfloat (g_array_index (f, double, 0), ==, 0.0);
  for (guint i = 1; i < f->len; i++)
    {
      g_assert_cmpfloat (g_array_index (f, double, i), >, g_array_index (f, double, i - 1));
      g_assert_cmpfloat (g_array_index (f, double, i), <=, 1.0);
    }
  if (completed)
    g_assert_cmpfloat (g_array_index (f, double, f->len - 1), ==, 1.0);
  else
    g_assert_cmpfloat (g_array_index (f, double, f->len - 1), <, 1.0);
}
