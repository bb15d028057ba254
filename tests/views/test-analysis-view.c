/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-analysis-view.c: the hall supervisor opens the Analysis section on the demo hall's month,
 * reads both analyses as charts with their figures, moves between months, writes the
 * commentary and exports the whole analysis. */

#include "config.h"

#include <string.h>

#include "hk-test-fixture.h"
#include "views/hk-analysis-view.h"
#include "views/hk-chart-view.h"
#include "views/hk-window.h"

static void
wait_while (HkAnalysisView *view,
            gboolean      (*busy) (HkAnalysisView *))
{
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;

  while (busy (view))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  hk_test_ui_iterate ();
}

static HkAnalysisView *
open_analysis (HkViewFixture *fixture,
               const char    *login,
               GtkWindow    **window)
{
  GtkWidget *view;

  hk_view_fixture_log_in (fixture, login, window);
  g_assert_true (hk_window_show_section (HK_WINDOW (*window), "analysis"));
  view = hk_window_get_section (HK_WINDOW (*window), "analysis");
  g_assert_true (HK_IS_ANALYSIS_VIEW (view));
  wait_while (HK_ANALYSIS_VIEW (view), hk_analysis_view_is_loading);

  return HK_ANALYSIS_VIEW (view);
}

/* The page shows every panel of the analysis: its chart in a chart view, its figures. */
static void
assert_page (HkAnalysisView *view,
             HkAnalysis     *analysis)
{
  GPtrArray *charts = hk_analysis_view_get_charts (view, hk_analysis_get_kind (analysis));

  g_assert_cmpuint (charts->len, ==, hk_analysis_get_n_panels (analysis));
  for (guint i = 0; i < charts->len; i++)
    {
      HkChartView *chart_view = g_ptr_array_index (charts, i);
      HkAnalysisPanel *panel = hk_analysis_get_panel (analysis, i);
      GtkWidget *card = gtk_widget_get_parent (GTK_WIDGET (chart_view));

      g_assert_true (hk_chart_view_get_chart (chart_view) == hk_analysis_panel_get_chart (panel));
      /* The figures, as text beside the chart. */
      for (guint f = 0; f < hk_analysis_panel_get_n_figures (panel); f++)
        {
          g_assert_nonnull (hk_test_ui_find (card, GTK_TYPE_LABEL, "label",
                                             hk_analysis_panel_get_figure_label (panel, f)));
          g_assert_nonnull (hk_test_ui_find (card, GTK_TYPE_LABEL, "label",
                                             hk_analysis_panel_get_figure_text (panel, f)));
        }
    }
}

static void
test_open (HkViewFixture *fixture,
           gconstpointer  data)
{
  GtkWindow *window;
  HkAnalysisView *view = open_analysis (fixture, "liqiang", &window);
  HkAnalysisDocument *document = hk_analysis_view_get_document (view);
  HkHallStore *hall = hk_context_get_hall_store (fixture->context);
  HkPeriod this_month;
  HkPeriod previous;
  g_autofree char *label = NULL;
  const char *first_day;

  /* The month of the demo hall's clock. */
  hk_period_init_from_moment (&this_month, HK_PERIOD_MONTH, hall,
                              hk_database_get_now (hk_context_get_database (fixture->context)));
  g_assert_true (hk_period_equal (hk_analysis_view_get_month (view), &this_month));
  label = hk_period_dup_label (&this_month);
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL, "label", label));
  g_assert_true (g_str_has_prefix (hk_section_get_subtitle (HK_SECTION (view)), label));

  g_assert_nonnull (document);
  first_day = hk_report_get_first_day (hk_analysis_get_report (document->economic));
  g_assert_true (hk_period_contains_day (&this_month, first_day));
  g_assert_cmpuint (hk_analysis_get_n_panels (document->economic), ==, 7);
  g_assert_cmpuint (hk_analysis_get_n_panels (document->quality), ==, 8);
  assert_page (view, document->economic);
  assert_page (view, document->quality);

  /* The demo's sales are on the screen: the month's revenue beside revenue by day, unless the
   * demo's two days were all last month (on the 1st or 2nd). */
  {
    HkAnalysisPanel *by_day = hk_analysis_find_panel (document->economic, "revenue-by-day");

    g_assert_nonnull (hk_analysis_panel_find_figure (by_day, "revenue"));
    g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL, "label",
                                       hk_analysis_panel_find_figure (by_day, "revenue")));
  }

  /* Alt+Left: the month before, built anew; Alt+Right: back. */
  gtk_widget_activate_action (GTK_WIDGET (view), "analysis.previous-month", NULL);
  g_assert_true (hk_analysis_view_is_loading (view));
  g_assert_null (hk_analysis_view_get_document (view));
  wait_while (view, hk_analysis_view_is_loading);
  previous = hk_period_get_previous (&this_month);
  g_assert_true (hk_period_equal (hk_analysis_view_get_month (view), &previous));
  document = hk_analysis_view_get_document (view);
  g_assert_nonnull (document);
  {
    g_autofree char *previous_label = hk_period_dup_label (&previous);

    g_assert_cmpstr (hk_report_get_period_label (hk_analysis_get_report (document->quality)),
                     ==, previous_label);
  }
  assert_page (view, document->quality);

  gtk_widget_activate_action (GTK_WIDGET (view), "analysis.next-month", NULL);
  wait_while (view, hk_analysis_view_is_loading);
  g_assert_true (hk_period_equal (hk_analysis_view_get_month (view), &this_month));

  gtk_window_destroy (window);
}

/* The commentary is saved with the month by the supervisor, with an audit entry. */
static void
test_commentary (HkViewFixture *fixture,
                 gconstpointer  data)
{
  GtkWindow *window;
  HkAnalysisView *view = open_analysis (fixture, "liqiang", &window);
  GtkTextView *text_view = GTK_TEXT_VIEW (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_TEXT_VIEW,
                                                           NULL, NULL));
  g_autofree char *month = hk_period_to_string (hk_analysis_view_get_month (view));
  g_autoptr(HkAnalysisComment) comment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *toasts = NULL;
  gint64 n_audit = hk_test_ui_count_audit (fixture->context, "analysis-comment-saved");

  g_assert_nonnull (text_view);
  /* Nothing to save until something is written. */
  gtk_widget_activate_action (GTK_WIDGET (view), "analysis.save-comment", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "analysis-comment-saved"), ==,
                   n_audit);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view),
                            "本月营收平稳；投诉及时率需提高。", -1);
  hk_test_ui_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "analysis.save-comment", NULL));
  hk_test_ui_iterate ();

  g_assert_true (hk_analysis_store_get_comment (hk_context_get_analysis_store (fixture->context),
                                                month, &comment, &error));
  g_assert_no_error (error);
  g_assert_nonnull (comment);
  g_assert_cmpstr (comment->text, ==, "本月营收平稳；投诉及时率需提高。");
  g_assert_cmpstr (comment->written_by_name, ==, "李强");
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "analysis-comment-saved"), ==,
                   n_audit + 1);
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "Commentary saved"));

  gtk_window_destroy (window);
}

/* Export writes the file off the main thread and says so. */
static void
test_export (HkViewFixture *fixture,
             gconstpointer  data)
{
  GtkWindow *window;
  HkAnalysisView *view = open_analysis (fixture, "zhengwei", &window);
  g_autofree char *path = g_build_filename (fixture->dir, "analysis.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *toasts = NULL;
  gsize length = 0;

  g_assert_true (hk_section_get_main_action_enabled (HK_SECTION (view)));
  hk_analysis_view_export_to (view, path);
  g_assert_true (hk_analysis_view_is_exporting (view));
  g_assert_false (hk_section_get_main_action_enabled (HK_SECTION (view)));
  wait_while (view, hk_analysis_view_is_exporting);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "analysis.pdf"));
  g_assert_true (hk_section_get_main_action_enabled (HK_SECTION (view)));

  gtk_window_destroy (window);
}

static void
test_who_sees_it (HkViewFixture *fixture,
                  gconstpointer  data)
{
  const struct { const char *login; gboolean sees; } cases[] = {
    { "liqiang", TRUE }, { "zhengwei", TRUE }, { "zhaomin", FALSE }, { "zhangli", FALSE },
    { "admin", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWindow *window;
      g_auto(GStrv) ids = NULL;

      hk_view_fixture_log_in (fixture, cases[i].login, &window);
      ids = hk_window_dup_section_ids (HK_WINDOW (window));
      g_assert_cmpint (g_strv_contains ((const char * const *)ids, "analysis"), ==,
                       cases[i].sees);
      gtk_window_destroy (window);
      hk_test_ui_iterate ();
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/analysis-view/open", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_open, hk_view_fixture_teardown);
  g_test_add ("/analysis-view/commentary", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_commentary, hk_view_fixture_teardown);
  g_test_add ("/analysis-view/export", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_export, hk_view_fixture_teardown);
  g_test_add ("/analysis-view/who-sees-it", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_who_sees_it, hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
