/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-idle-lock.c: the main window locks itself after a time without use and opens again
 * with the operator's own password only. */

#include "config.h"

#include "core/hk-operator-store.h"
#include "hk-test-fixture.h"
#include "hk-test-ui.h"
#include "views/hk-lock-page.h"
#include "views/hk-window.h"

static void
wait_until_locked (HkWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;

  /* The idle check runs once a second: wait for it, without spinning. */
  while (!hk_window_is_locked (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (hk_window_is_locked (window));
}

static GtkWidget *
unlock_with (GtkWindow  *window,
             const char *password)
{
  GtkWidget *page = hk_test_ui_find (GTK_WIDGET (window), HK_TYPE_LOCK_PAGE, NULL, NULL);
  GtkWidget *entry;
  GtkWidget *button;

  g_assert_nonnull (page);
  entry = hk_test_ui_find (page, GTK_TYPE_PASSWORD_ENTRY, NULL, NULL);
  button = hk_test_ui_find (page, GTK_TYPE_BUTTON, "label", "_Unlock");
  g_assert_nonnull (entry);
  g_assert_nonnull (button);
  gtk_editable_set_text (GTK_EDITABLE (entry), password);
  g_signal_emit_by_name (button, "clicked");
  hk_test_ui_iterate ();

  return page;
}

static void
test_idle_lock (HkViewFixture *fixture,
                gconstpointer  data)
{
  GtkWindow *window = NULL;
  GtkWidget *page;
  GtkWidget *error_label;
  HkOperator *operator;

  operator = hk_view_fixture_log_in (fixture, "zhangli", &window);
  g_assert_nonnull (operator);
  g_assert_false (hk_window_is_locked (HK_WINDOW (window)));
  /* The default, from the settings: ten minutes. */
  g_assert_null (hk_test_ui_find (GTK_WIDGET (window), HK_TYPE_LOCK_PAGE, NULL, NULL));

  hk_window_set_idle_lock_seconds (HK_WINDOW (window), 1);
  wait_until_locked (HK_WINDOW (window));
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "session-locked"), ==, 1);
  /* The sections are gone from the window while it is locked. */
  g_assert_null (hk_test_ui_find (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, NULL, NULL));

  /* Another operator's password does not open it; the message is next to the field. */
  page = unlock_with (window, "not-the-password");
  g_assert_true (hk_window_is_locked (HK_WINDOW (window)));
  error_label = hk_test_ui_find (page, GTK_TYPE_LABEL, "label", "Wrong login name or password.");
  g_assert_nonnull (error_label);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "login-failed"), >=, 1);

  /* Hers does. */
  unlock_with (window, "demo");
  g_assert_false (hk_window_is_locked (HK_WINDOW (window)));
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, NULL, NULL));

  /* 0 minutes in the settings: never. */
  hk_window_set_idle_lock_seconds (HK_WINDOW (window), 0);
  {
    gint64 until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
    while (g_get_monotonic_time () < until)
      {
        g_usleep (100000);
        hk_test_ui_iterate ();
      }
  }
  g_assert_false (hk_window_is_locked (HK_WINDOW (window)));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/idle-lock/lock-and-unlock", HkViewFixture, NULL, hk_view_fixture_setup_demo,
              test_idle_lock, hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
