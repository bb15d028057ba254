/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-login-window.c: logging in, wrong passwords, lock-out and the first administrator,
 * through the real login window. */

#include "config.h"

#include "core/hk-operator-store.h"
#include "hk-test-fixture.h"
#include "views/hk-login-window.h"
#include "views/hk-window.h"

static GtkWindow *
show_login (HkViewFixture *fixture)
{
  GtkWindow *login = hk_application_show_login (fixture->app);

  g_assert_true (HK_IS_LOGIN_WINDOW (login));
  hk_test_ui_wait_for_frames (GTK_WIDGET (login), 2);

  return login;
}

static void
type_credentials (GtkWindow  *login,
                  const char *name,
                  const char *password)
{
  hk_test_ui_set_text (GTK_WIDGET (login), ADW_TYPE_ENTRY_ROW, "Login name", name);
  hk_test_ui_set_text (GTK_WIDGET (login), ADW_TYPE_PASSWORD_ENTRY_ROW, "Password", password);
}

static const char *
visible_error (GtkWindow *login)
{
  GtkWidget *button = hk_test_ui_find (GTK_WIDGET (login), GTK_TYPE_BUTTON, "label", "_Log In");
  GtkWidget *label;

  g_assert_nonnull (button);
  /* The error label sits just before the Log In button. */
  label = gtk_widget_get_prev_sibling (button);
  g_assert_true (GTK_IS_LABEL (label));
  g_assert_true (gtk_widget_has_css_class (label, "error"));

  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

static void
test_demo_accounts_listed (HkViewFixture *fixture,
                           gconstpointer  data)
{
  GtkWindow *login = show_login (fixture);
  GtkWidget *group = hk_test_ui_find (GTK_WIDGET (login), ADW_TYPE_PREFERENCES_GROUP,
                                      "title", "Demonstration Accounts");
  GtkWidget *admin_row;

  g_assert_nonnull (group);
  g_assert_true (gtk_widget_get_visible (group));

  /* Every demo operator is listed; choosing one fills in its login name. */
  admin_row = hk_test_ui_find_named (group, "admin");
  g_assert_nonnull (admin_row);
  g_assert_nonnull (hk_test_ui_find_named (group, "zhangli"));
  g_assert_nonnull (hk_test_ui_find_named (group, "zhouqing"));

  g_signal_emit_by_name (gtk_widget_get_parent (admin_row), "row-activated", admin_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hk_test_ui_find (GTK_WIDGET (login),
                                                                          ADW_TYPE_ENTRY_ROW,
                                                                          "title",
                                                                          "Login name"))),
                   ==, "admin");
}

static void
on_logged_in_cb (HkLoginWindow *login,
                 HkOperator    *operator,
                 HkOperator   **out)
{
  g_set_object (out, operator);
}

static void
test_wrong_password (HkViewFixture *fixture,
                     gconstpointer  data)
{
  GtkWindow *login = show_login (fixture);
  g_autoptr(HkOperator) logged_in = NULL;
  gint64 failures_before = hk_test_ui_count_audit (fixture->context, "login-failed");

  g_signal_connect (login, "logged-in", G_CALLBACK (on_logged_in_cb), &logged_in);

  g_assert_null (visible_error (login));
  type_credentials (login, "zhangli", "not-the-password");
  gtk_widget_activate_action (GTK_WIDGET (login), "login.log-in", NULL);
  hk_test_ui_iterate ();

  g_assert_null (logged_in);
  g_assert_cmpstr (visible_error (login), ==, "Wrong login name or password.");
  g_assert_null (hk_context_get_operator (fixture->context));
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "login-failed"), ==,
                   failures_before + 1);

  /* The password field is cleared for the next try. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     hk_test_ui_find (GTK_WIDGET (login), ADW_TYPE_PASSWORD_ENTRY_ROW,
                                      "title", "Password"))), ==, "");
}

static void
test_lock_out (HkViewFixture *fixture,
               gconstpointer  data)
{
  GtkWindow *login = show_login (fixture);

  for (int i = 0; i < HK_LOGIN_MAX_FAILURES; i++)
    {
      type_credentials (login, "zhangli", "wrong");
      gtk_widget_activate_action (GTK_WIDGET (login), "login.log-in", NULL);
    }

  g_assert_nonnull (strstr (visible_error (login), "locked"));

  /* Even the right password is refused while the lock lasts. */
  type_credentials (login, "zhangli", "demo");
  gtk_widget_activate_action (GTK_WIDGET (login), "login.log-in", NULL);
  g_assert_nonnull (strstr (visible_error (login), "locked"));
  g_assert_null (hk_context_get_operator (fixture->context));
}

static void
test_log_in_opens_main_window (HkViewFixture *fixture,
                               gconstpointer  data)
{
  GtkWindow *login = show_login (fixture);
  GtkWindow *main_window;

  g_assert_false (gtk_widget_is_sensitive (hk_test_ui_find (GTK_WIDGET (login), GTK_TYPE_BUTTON,
                                                            "label", "_Log In")));
  type_credentials (login, "admin", "demo");
  g_assert_true (gtk_widget_is_sensitive (hk_test_ui_find (GTK_WIDGET (login), GTK_TYPE_BUTTON,
                                                           "label", "_Log In")));
  gtk_widget_activate_action (GTK_WIDGET (login), "login.log-in", NULL);
  hk_test_ui_iterate ();

  g_assert_nonnull (hk_context_get_operator (fixture->context));
  g_assert_cmpstr (hk_operator_get_login (hk_context_get_operator (fixture->context)), ==, "admin");

  main_window = hk_test_ui_find_toplevel (HK_TYPE_WINDOW);
  g_assert_nonnull (main_window);
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_LOGIN_WINDOW));
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "login"), ==, 1);
}

static void
test_first_start_creates_administrator (HkViewFixture *fixture,
                                        gconstpointer  data)
{
  GtkWindow *window = show_login (fixture);
  GtkStack *stack = GTK_STACK (hk_test_ui_find (GTK_WIDGET (window), GTK_TYPE_STACK, NULL, NULL));
  GtkWidget *login = gtk_stack_get_visible_child (stack);
  GtkWidget *create = hk_test_ui_find (login, GTK_TYPE_BUTTON, "label", "_Create Administrator");
  HkOperator *admin;

  g_assert_nonnull (create);
  g_assert_true (gtk_widget_get_mapped (create));
  g_assert_false (gtk_widget_is_sensitive (create));

  /* The setup page is the one shown on an empty database. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "setup");

  hk_test_ui_set_text (login, ADW_TYPE_ENTRY_ROW, "Login name", "root");
  hk_test_ui_set_text (login, ADW_TYPE_ENTRY_ROW, "Full name", "王建国");
  hk_test_ui_set_text (login, ADW_TYPE_PASSWORD_ENTRY_ROW, "Password", "s3cret!");
  hk_test_ui_set_text (login, ADW_TYPE_PASSWORD_ENTRY_ROW, "Confirm password", "s3cret?");
  g_assert_false (gtk_widget_is_sensitive (create));

  hk_test_ui_set_text (login, ADW_TYPE_PASSWORD_ENTRY_ROW, "Confirm password", "s3cret!");
  g_assert_true (gtk_widget_is_sensitive (create));

  gtk_widget_activate_action (GTK_WIDGET (window), "login.create-administrator", NULL);
  hk_test_ui_iterate ();

  admin = hk_context_get_operator (fixture->context);
  g_assert_nonnull (admin);
  g_assert_cmpstr (hk_operator_get_login (admin), ==, "root");
  g_assert_true (hk_operator_get_roles (admin) & HK_ROLE_ADMINISTRATOR);
  g_assert_nonnull (hk_test_ui_find_toplevel (HK_TYPE_WINDOW));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/login-window/demo-accounts", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_demo_accounts_listed, hk_view_fixture_teardown);
  g_test_add ("/login-window/wrong-password", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_wrong_password, hk_view_fixture_teardown);
  g_test_add ("/login-window/lock-out", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_lock_out, hk_view_fixture_teardown);
  g_test_add ("/login-window/log-in", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_log_in_opens_main_window, hk_view_fixture_teardown);
  g_test_add ("/login-window/first-start", HkViewFixture, NULL,
              hk_view_fixture_setup_empty, test_first_start_creates_administrator,
              hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
