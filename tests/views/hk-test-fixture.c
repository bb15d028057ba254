/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-test-fixture.c: an application on its own database in a temporary folder.
 *
 * The demo hall is built once per test program (hashing its passwords takes
 * a moment) and copied for each test, so every test starts from the same
 * records.
 */

#include "config.h"

#include "core/hk-demo.h"
#include "hk-test-fixture.h"

static char *demo_dir;
static char *demo_template;

/* One application for the whole test program: a registered GtkApplication is never freed,
 * and a second one in the same process could not export itself on the session bus. */
static HkApplication *shared_app;

void
hk_view_fixture_prepare_demo (void)
{
  demo_dir = g_dir_make_tmp ("hk-demo-XXXXXX", NULL);
  demo_template = g_build_filename (demo_dir, "demo.db", NULL);
  hk_test_ui_make_demo (demo_template);
}

void
hk_view_fixture_cleanup_demo (void)
{
  hk_test_ui_remove_dir (demo_dir);
  g_clear_pointer (&demo_dir, g_free);
  g_clear_pointer (&demo_template, g_free);
}

static void
setup (HkViewFixture *fixture,
       gboolean       demo)
{
  fixture->dir = g_dir_make_tmp ("hk-view-XXXXXX", NULL);
  fixture->database_path = g_build_filename (fixture->dir, "hall.db", NULL);

  if (demo)
    {
      g_assert_nonnull (demo_template);
      hk_test_ui_copy_file (demo_template, fixture->database_path);
    }

  if (shared_app == NULL)
    {
      g_autoptr(GError) error = NULL;

      shared_app = hk_application_new ();
      g_application_register (G_APPLICATION (shared_app), NULL, &error);
      g_assert_no_error (error);
    }

  fixture->app = g_object_ref (shared_app);
  hk_test_ui_open (fixture->app, fixture->database_path);
  fixture->context = hk_application_get_context (fixture->app);
}

void
hk_view_fixture_setup_demo (HkViewFixture *fixture,
                            gconstpointer  data)
{
  setup (fixture, TRUE);
}

void
hk_view_fixture_setup_empty (HkViewFixture *fixture,
                             gconstpointer  data)
{
  setup (fixture, FALSE);
}

void
hk_view_fixture_teardown (HkViewFixture *fixture,
                          gconstpointer  data)
{
  hk_application_close (fixture->app);
  hk_test_ui_close_all ();
  g_clear_object (&fixture->app);
  hk_test_ui_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->database_path, g_free);
}

/* Logs @login in with the demo password and opens the main window, as the login window does. */
HkOperator *
hk_view_fixture_log_in (HkViewFixture *fixture,
                        const char    *login,
                        GtkWindow    **window)
{
  g_autoptr(HkOperator) operator = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *main_window;

  operator = hk_operator_store_authenticate (hk_context_get_operator_store (fixture->context),
                                             login, HK_DEMO_PASSWORD, &error);
  g_assert_no_error (error);

  main_window = hk_application_log_in (fixture->app, operator);
  hk_test_ui_wait_for_frames (GTK_WIDGET (main_window), 2);

  if (window != NULL)
    *window = main_window;

  return hk_context_get_operator (fixture->context);
}
