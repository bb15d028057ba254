/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bench-gui.c: times the real application's windows on a benchmark database, under Xvfb.
 *
 *   hk-bench-gui DB LOGIN [--frames DIR]
 *
 * Opens DB as the application does (hk_application_open(): the login window), waits for the
 * login window's first painted frame, then logs LOGIN in (the demo password; the Argon2id check
 * is timed apart) and waits for the main window's second frame, as a user would see it. Prints
 * one JSON line per figure like hk-bench-measure; "at_us" is CLOCK_MONOTONIC (the clock of
 * Python's time.monotonic()), so that bench/run can count from the moment it started the
 * process: that is the cold start. bench/run sets GTK_A11Y=none, GSETTINGS_BACKEND=memory and
 * the build's schema directory, as the view tests do.
 *
 * With --frames, it then opens the Reports section and, while (a) the monthly report of the last
 * full month is built, (b) that month's journal is built and (c) the journal is exported to
 * DIR/journal-month.xlsx, forces a redraw of the main window on every tick of its frame clock and
 * notes the time of every "after-paint": it prints the longest interval between two painted
 * frames and the 99th percentile (figures gui-frames-monthly, gui-frames-journal,
 * gui-frames-export; gui-frames-idle is one second of the shown monthly report doing nothing).
 * The builds and the export run in threads, so any long frame is work left on the main thread. The login writes to the audit log: give it a copy of the database.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

#include "core/hk-demo.h"
#include "views/hk-application.h"
#include "views/hk-reports-view.h"
#include "views/hk-window.h"

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  guint *remaining = user_data;

  if (*remaining > 0)
    (*remaining)--;
  return *remaining > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
wait_for_frames (GtkWidget *widget,
                 guint      n_frames)
{
  guint remaining = n_frames;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  gtk_widget_add_tick_callback (widget, count_frame_cb, &remaining, NULL);
  while (remaining > 0 && g_get_monotonic_time () < deadline)
    {
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
    }

  return remaining == 0;
}

static void
print_figure (const char *name,
              double      wall,
              double      cpu)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  printf ("{\"name\": \"%s\", \"wall_ms\": [%.3f], \"cpu_ms\": [%.3f], \"at_us\": %" G_GINT64_FORMAT
          ", \"maxrss_kb\": %ld}\n", name, wall, cpu, g_get_monotonic_time (), usage.ru_maxrss);
  fflush (stdout);
}

typedef struct
{
  GArray *paints;   /* gint64, g_get_monotonic_time() at each "after-paint" */
  gboolean recording;
} FrameLog;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  FrameLog *log = user_data;
  gint64 now = g_get_monotonic_time ();

  if (log->recording)
    g_array_append_val (log->paints, now);
}

static gboolean
redraw_cb (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       user_data)
{
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* Records the frames painted while @view is busy (or for @at_least_us), and the two after. */
static gboolean
record_frames (HkReportsView *view,
               FrameLog      *log,
               const char    *name,
               gint64         at_least_us)
{
  gint64 deadline = g_get_monotonic_time () + 600 * G_USEC_PER_SEC;
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_ms ();
  g_autoptr(GArray) intervals = g_array_new (FALSE, FALSE, sizeof (double));
  struct rusage usage;
  guint ended;
  double longest;
  double p99;
  guint i;

  g_array_set_size (log->paints, 0);
  log->recording = TRUE;
  while ((hk_reports_view_is_busy (view) || g_get_monotonic_time () < start + at_least_us) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* Two frames more, so that the frame the work ended in is counted however short the work. */
  ended = log->paints->len;
  while (log->paints->len < ended + 2 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  log->recording = FALSE;
  if (hk_reports_view_is_busy (view))
    {
      g_printerr ("hk-bench-gui: %s did not end in 10 minutes\n", name);
      return FALSE;
    }

  for (i = 1; i < log->paints->len; i++)
    {
      double ms = (g_array_index (log->paints, gint64, i) -
                   g_array_index (log->paints, gint64, i - 1)) / 1e3;

      g_array_append_val (intervals, ms);
    }
  if (intervals->len == 0)
    {
      g_printerr ("hk-bench-gui: %s: fewer than two frames painted\n", name);
      return FALSE;
    }
  g_array_sort (intervals, compare_doubles);
  longest = g_array_index (intervals, double, intervals->len - 1);
  p99 = g_array_index (intervals, double, MIN (intervals->len - 1,
                                               (guint)(0.99 * intervals->len)));

  getrusage (RUSAGE_SELF, &usage);
  printf ("{\"name\": \"%s\", \"wall_ms\": [%.3f], \"cpu_ms\": [%.3f], \"frames\": %u, "
          "\"longest_ms\": [%.3f], \"p99_ms\": [%.3f], \"at_us\": %" G_GINT64_FORMAT
          ", \"maxrss_kb\": %ld}\n", name, (g_get_monotonic_time () - start) / 1e3,
          cpu_ms () - cpu, intervals->len, longest, p99, g_get_monotonic_time (),
          usage.ru_maxrss);
  fflush (stdout);
  return TRUE;
}

static gboolean
measure_frames (GtkWindow  *window,
                const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "journal-month.xlsx", NULL);
  GdkFrameClock *clock;
  HkReportsView *view;
  FrameLog log = { g_array_new (FALSE, FALSE, sizeof (gint64)), FALSE };
  gboolean ok = FALSE;
  gulong handler;

  g_remove (path);
  if (!hk_window_show_section (HK_WINDOW (window), "reports"))
    {
      g_printerr ("hk-bench-gui: this login has no Reports section\n");
      g_array_unref (log.paints);
      return FALSE;
    }
  view = HK_REPORTS_VIEW (hk_window_get_section (HK_WINDOW (window), "reports"));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &log);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), redraw_cb, NULL, NULL);

  /* (a) Showing the section builds the monthly report of the last full month. */
  if (!hk_reports_view_is_busy (view))
    {
      g_printerr ("hk-bench-gui: showing Reports built no report\n");
      goto out;
    }
  if (!record_frames (view, &log, "gui-frames-monthly", 0))
    goto out;

  /* The same window doing nothing, for comparison: what a frame costs under this Xvfb. */
  if (!record_frames (view, &log, "gui-frames-idle", G_USEC_PER_SEC))
    goto out;

  /* (b) The journal of that month (the largest report the section builds). */
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.report", "s", "journal");
  gtk_widget_activate_action (GTK_WIDGET (view), "reports.journal-period", "s", "month");
  if (!record_frames (view, &log, "gui-frames-journal", 0))
    goto out;

  /* (c) The month's journal to .xlsx. */
  if (!gtk_widget_activate_action (GTK_WIDGET (view), "reports.export-to", "s", path) ||
      !hk_reports_view_is_busy (view))
    {
      g_printerr ("hk-bench-gui: the export did not start\n");
      goto out;
    }
  if (!record_frames (view, &log, "gui-frames-export", 0))
    goto out;
  ok = g_file_test (path, G_FILE_TEST_EXISTS);
  if (!ok)
    g_printerr ("hk-bench-gui: the export wrote no file\n");

out:
  g_signal_handler_disconnect (clock, handler);
  g_array_unref (log.paints);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkApplication) app = NULL;
  g_autoptr(HkOperator) operator = NULL;
  GtkWindow *login;
  GtkWindow *main_window;
  double wall;
  double cpu;

  if (argc != 3 && !(argc == 5 && g_str_equal (argv[3], "--frames")))
    {
      g_printerr ("usage: hk-bench-gui DB LOGIN [--frames DIR]\n");
      return 2;
    }

  wall = g_get_monotonic_time () / 1e3;
  cpu = cpu_ms ();
  if (!gtk_init_check ())
    {
      g_printerr ("hk-bench-gui: no display; run it under xvfb-run\n");
      return 1;
    }

  app = hk_application_new ();
  if (!g_application_register (G_APPLICATION (app), NULL, &error) ||
      !hk_application_open (app, argv[1], &error))
    goto fail;

  login = hk_application_show_login (app);
  if (login == NULL || !wait_for_frames (GTK_WIDGET (login), 1))
    {
      g_printerr ("hk-bench-gui: no login window painted\n");
      return 1;
    }
  print_figure ("gui-login-window", g_get_monotonic_time () / 1e3 - wall, cpu_ms () - cpu);

  wall = g_get_monotonic_time () / 1e3;
  cpu = cpu_ms ();
  operator = hk_operator_store_authenticate (hk_context_get_operator_store (
                                               hk_application_get_context (app)),
                                             argv[2], HK_DEMO_PASSWORD, &error);
  if (operator == NULL)
    goto fail;
  print_figure ("gui-password-check", g_get_monotonic_time () / 1e3 - wall, cpu_ms () - cpu);

  wall = g_get_monotonic_time () / 1e3;
  cpu = cpu_ms ();
  main_window = hk_application_log_in (app, operator);
  if (main_window == NULL || !wait_for_frames (GTK_WIDGET (main_window), 2))
    {
      g_printerr ("hk-bench-gui: no main window painted\n");
      return 1;
    }
  print_figure ("gui-main-window", g_get_monotonic_time () / 1e3 - wall, cpu_ms () - cpu);

  if (argc == 5 && !measure_frames (main_window, argv[4]))
    return 1;

  hk_application_close (app);
  return 0;

fail:
  g_printerr ("hk-bench-gui: %s\n", error->message);
  return 1;
}
