/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-restore.c: a restore in the window ends the session, and the next one sees the restored
 * database, not what the replaced one's stores held. */

#include "config.h"

#include "core/hk-backup.h"
#include "hk-test-fixture.h"
#include "hk-test-ui.h"
#include "views/hk-login-window.h"
#include "views/hk-window.h"

static GtkWidget *
find_title (GtkWindow  *window,
            const char *title)
{
  return hk_test_ui_find (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, "title", title);
}

static void
test_restore_ends_session (HkViewFixture *fixture,
                           gconstpointer  data)
{
  HkContext *old_context = fixture->context;
  HkHallStore *hall = hk_context_get_hall_store (old_context);
  g_autofree char *backups = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *name = hk_hall_store_dup_name (hall);
  g_autofree char *code = hk_hall_store_dup_code (hall);
  g_autofree char *time_zone = hk_hall_store_dup_time_zone_id (hall);
  g_autofree char *backup = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *restored_name = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window = NULL;
  HkOperator *admin;
  gint64 deadline;

  admin = hk_view_fixture_log_in (fixture, "admin", &window);
  g_assert_nonnull (find_title (window, name));

  backup = hk_backup_write_in (hk_context_get_database (old_context), admin, backups, &error);
  g_assert_no_error (error);

  /* After the backup the hall is renamed; the window shows it. */
  g_assert_true (hk_hall_store_update (hall, admin, "改名后的营业厅", code, time_zone, &error));
  g_assert_no_error (error);
  hk_test_ui_iterate ();
  g_assert_nonnull (find_title (window, "改名后的营业厅"));

  g_object_add_weak_pointer (G_OBJECT (old_context), (gpointer *)&old_context);
  aside = hk_application_restore (fixture->app, backup, &error);
  g_assert_no_error (error);
  g_assert_nonnull (aside);

  /* The session ends: the main window and the old context (with its stores) are gone, the
   * login window is shown on a new context. */
  deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;
  while ((old_context != NULL || hk_test_ui_find_toplevel (HK_TYPE_LOGIN_WINDOW) == NULL) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (old_context);
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_WINDOW));
  g_assert_nonnull (hk_test_ui_find_toplevel (HK_TYPE_LOGIN_WINDOW));
  fixture->context = hk_application_get_context (fixture->app);
  g_assert_nonnull (fixture->context);
  g_assert_null (hk_context_get_operator (fixture->context));

  /* The next session sees the restored hall. */
  restored_name = hk_hall_store_dup_name (hk_context_get_hall_store (fixture->context));
  g_assert_cmpstr (restored_name, ==, name);
  hk_view_fixture_log_in (fixture, "admin", &window);
  g_assert_nonnull (find_title (window, name));
  g_assert_null (find_title (window, "改名后的营业厅"));
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "restore"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/restore/ends-session", HkViewFixture, NULL, hk_view_fixture_setup_demo,
              test_restore_ends_session, hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
