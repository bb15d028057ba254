/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-reports-view.c: the auditor reads, sorts, exports and prints the reports through the real
 * Reports section, and what it shows is what the report builders build. */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "hk-test-fixture.h"
#include "reports/hk-pdf-writer.h"
#include "reports/hk-report-builders.h"
#include "reports/hk-report-export.h"
#include "views/hk-report-table-row.h"
#include "views/hk-reports-view.h"
#include "views/hk-window.h"

#define PYTHON "/usr/bin/python3"

static void
wait_until_idle (HkReportsView *view)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (hk_reports_view_is_busy (view))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  hk_test_ui_iterate ();
}

static HkReportsView *
open_reports (HkViewFixture  *fixture,
              GtkWindow     **window)
{
  HkReportsView *view;

  hk_view_fixture_log_in (fixture, "zhaomin", window);
  g_assert_true (hk_window_show_section (HK_WINDOW (*window), "reports"));
  view = HK_REPORTS_VIEW (hk_window_get_section (HK_WINDOW (*window), "reports"));
  wait_until_idle (view);

  return view;
}

/* The day before the database's today: the demo hall's last day of records. */
static char *
dup_yesterday (HkViewFixture *fixture)
{
  HkDatabase *database = hk_context_get_database (fixture->context);

  return hk_hall_store_format_day (hk_context_get_hall_store (fixture->context),
                                   hk_database_get_now (database) - 24 * 60 * 60);
}

static char *
dup_today (HkViewFixture *fixture)
{
  HkDatabase *database = hk_context_get_database (fixture->context);

  return hk_hall_store_format_day (hk_context_get_hall_store (fixture->context),
                                   hk_database_get_now (database));
}

/* The report the builder itself makes of the period the view shows. */
static HkReport *
build_expected (HkViewFixture *fixture,
                HkReportsView *view)
{
  const HkReportBuilder *builder = hk_report_builder_lookup (hk_reports_view_get_report_id (view));
  g_autoptr(GError) error = NULL;
  HkReport *report;

  report = builder->build (fixture->context, hk_reports_view_get_period (view), "赵敏", NULL,
                           &error);
  g_assert_no_error (error);

  return report;
}

static guint
column_of (HkReportTable *table,
           const char    *heading)
{
  for (guint c = 0; c < hk_report_table_get_n_columns (table); c++)
    if (g_strcmp0 (hk_report_table_get_heading (table, c), heading) == 0)
      return c;

  g_error ("no column %s in %s", heading, hk_report_table_get_id (table));
}

static GListModel *
model_of (HkReportsView *view,
          const char    *table_id)
{
  GtkColumnView *column_view = hk_reports_view_get_column_view (view, table_id);

  g_assert_nonnull (column_view);

  return G_LIST_MODEL (gtk_column_view_get_model (column_view));
}

static HkReportTableRow *
row_at (GListModel *model,
        guint       position)
{
  HkReportTableRow *row = g_list_model_get_item (model, position);

  g_object_unref (row);  /* the model keeps it */

  return row;
}

/* Every table of the report on screen, column by column and row by row, reads as the
 * builder's own report of the same period; the figures are on cards. */
static void
assert_shows (HkReportsView *view,
              HkReport      *expected)
{
  HkReport *shown = hk_reports_view_get_report (view);

  g_assert_nonnull (shown);
  g_assert_cmpstr (hk_report_get_id (shown), ==, hk_report_get_id (expected));
  g_assert_cmpstr (hk_report_get_period_label (shown), ==, hk_report_get_period_label (expected));
  g_assert_cmpuint (hk_report_get_n_tables (shown), ==, hk_report_get_n_tables (expected));

  for (guint t = 0; t < hk_report_get_n_tables (expected); t++)
    {
      HkReportTable *table = hk_report_get_table (expected, t);
      const char *id = hk_report_table_get_id (table);
      GtkColumnView *column_view = hk_reports_view_get_column_view (view, id);
      GListModel *columns = gtk_column_view_get_columns (column_view);
      GListModel *rows = model_of (view, hk_report_table_get_id (table));

      g_assert_cmpuint (g_list_model_get_n_items (columns), ==,
                        hk_report_table_get_n_columns (table));
      for (guint c = 0; c < hk_report_table_get_n_columns (table); c++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, c);
          g_autofree char *title = g_strdup (gtk_column_view_column_get_title (column));

          /* A long heading is on two lines. */
          g_strdelimit (title, "\n", ' ');
          g_assert_cmpstr (title, ==, hk_report_table_get_heading (table, c));
        }

      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, hk_report_table_get_n_rows (table));
      for (guint r = 0; r < hk_report_table_get_n_rows (table); r++)
        {
          HkReportTableRow *row = row_at (rows, r);

          g_assert_cmpuint (hk_report_table_row_get_index (row), ==, r);
          g_assert_cmpint (hk_report_table_row_get_kind (row), ==,
                           hk_report_table_get_row_kind (table, r));
          for (guint c = 0; c < hk_report_table_get_n_columns (table); c++)
            {
              g_autofree char *want = hk_report_table_format_cell (table, r, c);
              g_autofree char *got = hk_report_table_row_format_cell (row, c);

              g_assert_cmpstr (got, ==, want);
            }
        }
    }

  for (guint i = 0; i < hk_report_get_n_figures (expected); i++)
    g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL, "label",
                                       hk_report_get_figure_text (expected, i)));
}

static GtkWidget *
find_action_button (HkReportsView *view,
                    GType          type,
                    const char    *action,
                    const char    *target)
{
  for (GtkWidget *w = hk_test_ui_find (GTK_WIDGET (view), type, "action-name", action);
       w != NULL;)
    {
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (w));

      if (target == NULL || (value != NULL && g_strcmp0 (g_variant_get_string (value, NULL),
                                                         target) == 0))
        return w;

      /* The next one with the same action, after this one. */
      {
        GtkWidget *next = NULL;

        for (GtkWidget *sibling = gtk_widget_get_next_sibling (w);
             sibling != NULL && next == NULL;
             sibling = gtk_widget_get_next_sibling (sibling))
          next = hk_test_ui_find (sibling, type, "action-name", action);
        w = next;
      }
    }

  return NULL;
}

/* The first label under @root whose text starts with @prefix. */
static GtkWidget *
find_label_starting (GtkWidget  *root,
                     const char *prefix)
{
  if (GTK_IS_LABEL (root) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (root)), prefix))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_starting (child, prefix);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The monthly report of the demo's month, on screen as the builder builds it, with its total. */
static void
test_monthly (HkViewFixture *fixture,
              gconstpointer  data)
{
  GtkWindow *window;
  HkReportsView *view = open_reports (fixture, &window);
  g_autofree char *yesterday = dup_yesterday (fixture);
  g_autoptr(HkReport) expected = NULL;
  g_autofree char *label = NULL;
  g_autofree char *total = NULL;
  HkPeriod month;
  HkPeriod last_month;
  HkReportTable *by_day;
  GListModel *rows;
  HkReportTableRow *last;

  /* It opens on the monthly report of the last complete month. */
  g_assert_cmpstr (hk_reports_view_get_report_id (view), ==, "monthly");
  hk_period_init_from_moment (&month, HK_PERIOD_MONTH,
                              hk_context_get_hall_store (fixture->context),
                              hk_database_get_now (hk_context_get_database (fixture->context)));
  last_month = hk_period_get_previous (&month);
  g_assert_true (hk_period_equal (hk_reports_view_get_period (view), &last_month));
  g_assert_nonnull (hk_reports_view_get_report (view));
  g_assert_true (gtk_toggle_button_get_active (
                   GTK_TOGGLE_BUTTON (find_action_button (view, GTK_TYPE_TOGGLE_BUTTON,
                                                          "reports.report", "monthly"))));

  /* The month of the demo's records, chosen as the calendar chooses a day. */
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.report", "s", "monthly");
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.set-period", "s", yesterday);
  g_assert_true (hk_reports_view_is_loading (view));
  wait_until_idle (view);
  g_assert_cmpint (hk_reports_view_get_period (view)->kind, ==, HK_PERIOD_MONTH);
  g_assert_true (hk_period_contains_day (hk_reports_view_get_period (view), yesterday));
  label = hk_period_dup_label (hk_reports_view_get_period (view));
  g_assert_cmpstr (hk_reports_view_get_period_label (view), ==, label);

  expected = build_expected (fixture, view);
  assert_shows (view, expected);

  /* The month's total is the last row of the day table, and the demo sold something. */
  by_day = hk_report_find_table (expected, "by-day");
  rows = model_of (view, "by-day");
  last = row_at (rows, g_list_model_get_n_items (rows) - 1);
  g_assert_cmpint (hk_report_table_row_get_kind (last), ==, HK_REPORT_ROW_TOTAL);
  total = hk_report_table_row_format_cell (last, column_of (by_day, "Revenue"));
  g_assert_cmpstr (total, ==, hk_report_get_figure_text (expected, 0));
  g_assert_cmpint (hk_report_table_get_value (by_day, hk_report_table_get_n_rows (by_day) - 1,
                                              column_of (by_day, "Revenue")), >, 0);
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL, "label", total));

  /* The header says what, when and for whom. */
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL, "label",
                                     "Monthly report"));
  g_assert_true (g_str_has_prefix (hk_section_get_subtitle (HK_SECTION (view)),
                                   "Monthly report · "));
  /* The demo's last two days are not signed: PROVISIONAL, with the days. */
  g_assert_true (hk_report_is_provisional (expected));
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL, "label",
                                     "PROVISIONAL: not every daily report of the period is "
                                     "signed"));
  {
    g_autofree char *want = g_strdup_printf ("Unsigned days: %s",
                                             hk_report_get_unsigned_day_label (expected, 0));

    g_assert_nonnull (find_label_starting (GTK_WIDGET (view), want));
  }
}

/* Sorting by a column sorts the body rows; subtotals stay under their ten days and the total
 * stays last. */
static void
test_sort (HkViewFixture *fixture,
           gconstpointer  data)
{
  GtkWindow *window;
  HkReportsView *view = open_reports (fixture, &window);
  g_autofree char *yesterday = dup_yesterday (fixture);
  GtkColumnView *column_view;
  GListModel *columns;
  GListModel *rows;
  HkReportTable *table;
  guint revenue;
  guint n;
  guint group_start = 0;

  gtk_widget_activate_action (GTK_WIDGET (view), "reports.set-period", "s", yesterday);
  wait_until_idle (view);
  /* The tabs are the action reports.table. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "reports.table", "s", "by-day"));
  g_assert_true (gtk_toggle_button_get_active (
                   GTK_TOGGLE_BUTTON (find_action_button (view, GTK_TYPE_TOGGLE_BUTTON,
                                                          "reports.table", "by-day"))));
  g_assert_false (gtk_toggle_button_get_active (
                    GTK_TOGGLE_BUTTON (find_action_button (view, GTK_TYPE_TOGGLE_BUTTON,
                                                           "reports.table", "summary"))));

  column_view = hk_reports_view_get_column_view (view, "by-day");
  columns = gtk_column_view_get_columns (column_view);
  rows = model_of (view, "by-day");
  table = hk_report_find_table (hk_reports_view_get_report (view), "by-day");
  revenue = column_of (table, "Revenue");
  n = g_list_model_get_n_items (rows);

  {
    g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, revenue);

    gtk_column_view_sort_by_column (column_view, column, GTK_SORT_DESCENDING);
  }
  hk_test_ui_iterate ();

  g_assert_cmpint (hk_report_table_row_get_kind (row_at (rows, n - 1)), ==, HK_REPORT_ROW_TOTAL);
  for (guint i = 0; i + 1 < n; i++)
    {
      HkReportTableRow *row = row_at (rows, i);

      if (hk_report_table_row_get_kind (row) == HK_REPORT_ROW_SUBTOTAL)
        {
          guint subtotal = hk_report_table_row_get_index (row);

          /* The rows above it since the last subtotal are its ten days, biggest first. */
          g_assert_cmpuint (i - group_start, >=, 8);
          for (guint j = group_start; j < i; j++)
            {
              HkReportTableRow *day = row_at (rows, j);

              g_assert_cmpint (hk_report_table_row_get_kind (day), ==, HK_REPORT_ROW_BODY);
              g_assert_cmpuint (hk_report_table_row_get_index (day), <, subtotal);
              g_assert_cmpuint (hk_report_table_row_get_index (day) + 11, >, subtotal);
              if (j > group_start)
                g_assert_cmpint (hk_report_table_get_value (table,
                                                            hk_report_table_row_get_index (
                                                              row_at (rows, j - 1)),
                                                            revenue),
                                 >=,
                                 hk_report_table_get_value (table,
                                                            hk_report_table_row_get_index (day),
                                                            revenue));
            }
          group_start = i + 1;
        }
    }
  g_assert_cmpuint (group_start, ==, n - 1);

  /* By clerk, by name: the clerks in order, the total last. */
  rows = model_of (view, "by-clerk");
  table = hk_report_find_table (hk_reports_view_get_report (view), "by-clerk");
  column_view = hk_reports_view_get_column_view (view, "by-clerk");
  n = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n, >=, 3);
  {
    g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (
      gtk_column_view_get_columns (column_view), column_of (table, "Clerk"));

    gtk_column_view_sort_by_column (column_view, column, GTK_SORT_DESCENDING);
  }
  hk_test_ui_iterate ();
  for (guint i = 0; i + 2 < n; i++)
    {
      g_autofree char *a = hk_report_table_row_format_cell (row_at (rows, i), 0);
      g_autofree char *b = hk_report_table_row_format_cell (row_at (rows, i + 1), 0);

      g_assert_cmpint (g_utf8_collate (a, b), >=, 0);
    }
  g_assert_cmpint (hk_report_table_row_get_kind (row_at (rows, n - 1)), ==, HK_REPORT_ROW_TOTAL);
  g_assert_cmpint (hk_report_table_row_get_index (row_at (rows, n - 1)), ==, n - 1);
}

/* The arrows step the period of the report's kind; the label follows and the rows change;
 * nothing lies after today; another report keeps to the same days. */
static void
test_period (HkViewFixture *fixture,
             gconstpointer  data)
{
  GtkWindow *window;
  HkReportsView *view = open_reports (fixture, &window);
  g_autofree char *yesterday = dup_yesterday (fixture);
  g_autofree char *today = dup_today (fixture);
  GtkWidget *next = find_action_button (view, GTK_TYPE_BUTTON, "reports.next-period", NULL);
  HkPeriod shown;
  HkPeriod previous;
  g_autofree char *label = NULL;
  g_autofree char *previous_label = NULL;
  HkReportTable *by_day;
  GtkWidget *dropdown;
  guint n_rows;

  g_assert_nonnull (next);
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.set-period", "s", yesterday);
  wait_until_idle (view);
  shown = *hk_reports_view_get_period (view);
  label = hk_period_dup_label (&shown);
  n_rows = g_list_model_get_n_items (model_of (view, "by-day"));
  g_assert_cmpuint (n_rows, ==, hk_period_get_n_days (&shown) + 4);
  if (hk_period_contains_day (&shown, today))
    g_assert_false (gtk_widget_is_sensitive (next));

  gtk_widget_activate_action (GTK_WIDGET (view), "reports.previous-period", NULL);
  previous = hk_period_get_previous (&shown);
  previous_label = hk_period_dup_label (&previous);
  /* The label changes at once; the rows when the new report is built. */
  g_assert_cmpstr (hk_reports_view_get_period_label (view), ==, previous_label);
  wait_until_idle (view);
  g_assert_true (gtk_widget_is_sensitive (next));
  g_assert_cmpstr (hk_report_get_period_label (hk_reports_view_get_report (view)), ==,
                   previous_label);
  g_assert_cmpuint (g_list_model_get_n_items (model_of (view, "by-day")), ==,
                    hk_period_get_n_days (&previous) + 4);
  by_day = hk_report_find_table (hk_reports_view_get_report (view), "by-day");
  g_assert_cmpstr (hk_report_table_get_text (by_day, 0, 0), ==,
                   hk_period_dup_first_day (&previous));

  gtk_widget_activate_action (GTK_WIDGET (view), "reports.next-period", NULL);
  wait_until_idle (view);
  g_assert_cmpstr (hk_reports_view_get_period_label (view), ==, label);
  g_assert_true (hk_period_equal (hk_reports_view_get_period (view), &shown));

  /* A day picked in the calendar: the report covers the month that holds it. */
  {
    GtkWidget *calendar = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_CALENDAR, NULL, NULL);
    g_autoptr(GDateTime) day = g_date_time_new_local ((int)previous.year, (int)previous.month,
                                                      15, 12, 0, 0);

    g_assert_nonnull (calendar);
    gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
    g_assert_true (hk_period_equal (hk_reports_view_get_period (view), &previous));
    wait_until_idle (view);
    g_assert_cmpstr (hk_reports_view_get_period_label (view), ==, previous_label);
    gtk_widget_activate_action (GTK_WIDGET (view), "reports.next-period", NULL);
    wait_until_idle (view);
  }

  /* The daily report of the month's last day shown, or of today. */
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.report", "s", "daily");
  g_assert_cmpstr (hk_reports_view_get_report_id (view), ==, "daily");
  g_assert_cmpint (hk_reports_view_get_period (view)->kind, ==, HK_PERIOD_DAY);
  g_assert_true (gtk_toggle_button_get_active (
                   GTK_TOGGLE_BUTTON (find_action_button (view, GTK_TYPE_TOGGLE_BUTTON,
                                                          "reports.report", "daily"))));
  g_assert_false (gtk_toggle_button_get_active (
                    GTK_TOGGLE_BUTTON (find_action_button (view, GTK_TYPE_TOGGLE_BUTTON,
                                                           "reports.report", "monthly"))));
  wait_until_idle (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.set-period", "s", yesterday);
  wait_until_idle (view);
  {
    g_autoptr(HkReport) expected = build_expected (fixture, view);

    assert_shows (view, expected);
  }

  /* The journal covers the day shown; then the whole month. */
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.report", "s", "journal");
  g_assert_cmpint (hk_reports_view_get_period (view)->kind, ==, HK_PERIOD_DAY);
  g_assert_true (hk_period_contains_day (hk_reports_view_get_period (view), yesterday));
  dropdown = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN, NULL, NULL);
  g_assert_nonnull (dropdown);
  g_assert_true (gtk_widget_get_visible (dropdown));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, HK_PERIOD_DAY);
  /* Ten days, chosen in the drop-down; then the month, with the action. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), HK_PERIOD_DEKAD);
  g_assert_cmpint (hk_reports_view_get_period (view)->kind, ==, HK_PERIOD_DEKAD);
  g_assert_true (hk_period_contains_day (hk_reports_view_get_period (view), yesterday));
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.journal-period", "s", "month");
  g_assert_cmpint (hk_reports_view_get_period (view)->kind, ==, HK_PERIOD_MONTH);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, HK_PERIOD_MONTH);
  wait_until_idle (view);
  {
    g_autoptr(HkReport) expected = build_expected (fixture, view);

    assert_shows (view, expected);
  }

  /* Two requests in a row: the first is dropped, the second shown. */
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.report", "s", "dekad");
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.previous-period", NULL);
  wait_until_idle (view);
  {
    g_autoptr(HkReport) expected = build_expected (fixture, view);

    g_assert_cmpint (hk_reports_view_get_period (view)->kind, ==, HK_PERIOD_DEKAD);
    assert_shows (view, expected);
  }
}

/* What openpyxl reads in the workbook; NULL (the check is skipped) when it cannot run here. */
static char *
read_workbook (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "reports", "read-xlsx.py", NULL);
  const char *argv[] = { PYTHON, script, path, NULL };
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE) ||
      !g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                     NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return NULL;

  return g_steal_pointer (&out);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  const char *argv[] = { program, "-layout", path, "-", NULL };
  g_autofree char *out = NULL;
  int status = 0;

  if (program == NULL ||
      !g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                     NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return NULL;

  return g_steal_pointer (&out);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **)names->pdata);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_remove (file);
    }
  g_rmdir (path);
}

/* Export to Excel writes the report shown; openpyxl reads the month's total back. A bad name
 * is refused; a cancelled export leaves nothing; printing draws the PDF's pages. */
static void
test_export (HkViewFixture *fixture,
             gconstpointer  data)
{
  GtkWindow *window;
  HkReportsView *view = open_reports (fixture, &window);
  g_autofree char *yesterday = dup_yesterday (fixture);
  g_autofree char *dir = g_dir_make_tmp ("hk-reports-view-XXXXXX", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "month.xlsx", NULL);
  g_autofree char *text = g_build_filename (dir, "month.txt", NULL);
  g_autofree char *journal = g_build_filename (dir, "journal.xlsx", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autofree char *toasts = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *workbook = NULL;
  g_autoptr(GError) error = NULL;
  HkReport *report;
  HkReportTable *by_dekad;
  gint64 total;

  gtk_widget_activate_action (GTK_WIDGET (view), "reports.set-period", "s", yesterday);
  wait_until_idle (view);
  report = hk_reports_view_get_report (view);
  by_dekad = hk_report_find_table (report, "by-dekad");
  total = hk_report_table_get_value (by_dekad, 3, column_of (by_dekad, "Revenue"));
  g_assert_cmpint (total, >, 0);

  /* The file chooser ends in this action, with the path chosen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "reports.export-to", "s", xlsx));
  g_assert_true (hk_reports_view_is_busy (view));
  wait_until_idle (view);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "Saved month.xlsx"));

  workbook = read_workbook (xlsx);
  if (workbook != NULL)
    {
      g_autofree char *month_total = NULL;
      g_autofree char *cached = NULL;
      const char *line;

      month_total = g_strdup ("cell\tBy ten-day period!A5\ts\tMonth total\t");
      g_assert_nonnull (strstr (workbook, month_total));
      line = strstr (workbook, "cached\tBy ten-day period!I5\t");
      g_assert_nonnull (line);
      cached = g_strndup (line + strlen ("cached\tBy ten-day period!I5\t"),
                          strcspn (line + strlen ("cached\tBy ten-day period!I5\t"), "\n"));
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cached, NULL), total / 100.0, 0.001);
    }
  else
    g_test_message ("openpyxl could not read the workbook here: its contents are not checked");

  /* A name that is neither .xlsx nor .pdf: refused, in a toast, before anything is written. */
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.export-to", "s", text);
  hk_test_ui_iterate ();
  g_assert_false (hk_reports_view_is_busy (view));
  g_free (toasts);
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "the name must end in .xlsx"));

  /* Print draws the pages of the PDF, through GtkPrintOperation. */
  g_assert_true (hk_reports_view_print_to_file (view, printed, &error));
  g_assert_no_error (error);
  g_assert_true (hk_report_export (report, exported, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *printed_text = pdf_text (printed);
    g_autofree char *exported_text = pdf_text (exported);

    if (printed_text != NULL && exported_text != NULL)
      {
        g_autofree char *money = hk_report_table_format_cell (by_dekad, 3,
                                                              column_of (by_dekad, "Revenue"));

        g_assert_nonnull (strstr (printed_text, money));
        g_assert_cmpstr (printed_text, ==, exported_text);
      }
    else
      g_test_message ("no pdftotext here: the printed pages are not read back");
  }

  /* Export to Excel… asks where, suggesting the report's title and period; a name without
   * the extension gets it. */
  {
    g_autofree char *period = hk_period_to_string (hk_reports_view_get_period (view));
    g_autofree char *suggested = g_strdup_printf ("Monthly report-%s.xlsx", period);
    g_autofree char *chosen = g_build_filename (dir, "chosen.xlsx", NULL);
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    g_autofree char *name = NULL;
    GtkWindow *chooser;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "reports.export-excel", NULL));
    hk_test_ui_iterate ();
    chooser = hk_test_ui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
    g_assert_nonnull (chooser);
    name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
    g_assert_cmpstr (name, ==, suggested);
    g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder,
                                                        NULL));
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "chosen");
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    /* The chooser checks the name in the background before it answers. */
    {
      gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

      while (!g_file_test (chosen, G_FILE_TEST_IS_REGULAR) &&
             g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, FALSE);
    }
    wait_until_idle (view);
    g_assert_true (g_file_test (chosen, G_FILE_TEST_IS_REGULAR));
    g_remove (chosen);
  }

  /* Print… lays the pages out in the background, then asks where to print. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "reports.print", NULL));
  g_assert_true (hk_reports_view_is_busy (view));
  wait_until_idle (view);
  {
    GtkWindow *dialog = NULL;
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    /* GTK's own print dialog, by its type's name (its header is not in gtk/gtk.h). */
    while (dialog == NULL && g_get_monotonic_time () < deadline)
      {
        GType dialog_type = g_type_from_name ("GtkPrintUnixDialog");

        hk_test_ui_iterate ();
        if (dialog_type != 0)
          dialog = hk_test_ui_find_toplevel (dialog_type);
      }
    g_assert_nonnull (dialog);
    gtk_window_close (dialog);
    hk_test_ui_iterate ();
  }
  g_assert_false (hk_reports_view_is_busy (view));

  /* The month's journal, cancelled at once: no file, no temporary file. */
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.report", "s", "journal");
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.journal-period", "s", "month");
  wait_until_idle (view);
  g_assert_cmpuint (hk_report_table_get_n_rows (hk_report_get_table (
                                                  hk_reports_view_get_report (view), 0)), >, 500);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "reports.export-to", "s",
                                             journal));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "reports.cancel-export", NULL));
  wait_until_idle (view);
  g_free (toasts);
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "Export cancelled: nothing was saved"));
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "exported.pdf month.xlsx printed.pdf");

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/reports-view/monthly", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_monthly, hk_view_fixture_teardown);
  g_test_add ("/reports-view/sort", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_sort, hk_view_fixture_teardown);
  g_test_add ("/reports-view/period", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_period, hk_view_fixture_teardown);
  g_test_add ("/reports-view/export", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_export, hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
