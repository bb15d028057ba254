/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bench-gui.c: times the real application's windows on a benchmark database, under Xvfb.
 *
 *   hk-bench-gui DB LOGIN
 *
 * Opens DB as the application does (hk_application_open(): the login window), waits for the
 * login window's first painted frame, then logs LOGIN in (the demo password; the Argon2id check
 * is timed apart) and waits for the main window's second frame, as a user would see it. Prints
 * one JSON line per figure like hk-bench-measure; "at_us" is CLOCK_MONOTONIC (the clock of
 * Python's time.monotonic()), so that bench/run can count from the moment it started the
 * process: that is the cold start. bench/run sets GTK_A11Y=none, GSETTINGS_BACKEND=memory and
 * the build's schema directory, as the view tests do.
 */

#include "config.h"

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

#include "core/hk-demo.h"
#include "views/hk-application.h"

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

  if (argc != 3)
    {
      g_printerr ("usage: hk-bench-gui DB LOGIN\n");
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

  hk_application_close (app);
  return 0;

fail:
  g_printerr ("hk-bench-gui: %s\n", error->message);
  return 1;
}
