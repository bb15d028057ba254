/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the main window shows only the sections an operator's roles allow. */

#include "config.h"

#include "hk-test-fixture.h"
#include "views/hk-login-window.h"
#include "views/hk-window.h"

static void
test_administrator_sections (HkViewFixture *fixture,
                             gconstpointer  data)
{
  GtkWindow *window;
  g_auto(GStrv) ids = NULL;
  GtkWidget *main_button;

  hk_view_fixture_log_in (fixture, "admin", &window);
  ids = hk_window_dup_section_ids (HK_WINDOW (window));

  g_assert_cmpstrv (ids, ((const char *[]) { "fee-items", "operators", NULL }));
  g_assert_cmpstr (hk_window_get_visible_section (HK_WINDOW (window)), ==, "operators");

  /* The section's main command is the suggested button of the header bar. */
  main_button = hk_test_ui_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, "label", "_New Operator");
  g_assert_nonnull (main_button);
  g_assert_true (gtk_widget_get_visible (main_button));

  /* The operator and the hall are named. */
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (window), GTK_TYPE_LABEL, "label", "王建国"));
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE,
                                     "title", "文三路营业厅"));
}

static void
test_clerk_sees_no_operators (HkViewFixture *fixture,
                              gconstpointer  data)
{
  GtkWindow *window;
  g_auto(GStrv) ids = NULL;

  hk_view_fixture_log_in (fixture, "zhangli", &window);
  ids = hk_window_dup_section_ids (HK_WINDOW (window));

  g_assert_false (g_strv_contains ((const char * const *)ids, "operators"));
  g_assert_false (hk_window_show_section (HK_WINDOW (window), "operators"));
  g_assert_null (hk_window_get_section (HK_WINDOW (window), "operators"));

  if (g_strv_length (ids) == 0)
    {
      /* With no section for the roles, the window says so instead of showing nothing. */
      g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE,
                                         "title", "No Sections for Your Roles"));
      g_assert_null (hk_window_get_visible_section (HK_WINDOW (window)));
    }
}

static void
test_every_section_needs_its_role (HkViewFixture *fixture,
                                   gconstpointer  data)
{
  GListModel *operators = hk_operator_store_get_model (
    hk_context_get_operator_store (fixture->context));

  /* Log in as every demo operator in turn: no one sees Operators but administrators. */
  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);
      g_autofree char *login = g_strdup (hk_operator_get_login (operator));
      gboolean admin = (hk_operator_get_roles (operator) & HK_ROLE_ADMINISTRATOR) != 0;
      GtkWindow *window;
      g_auto(GStrv) ids = NULL;

      hk_view_fixture_log_in (fixture, login, &window);
      ids = hk_window_dup_section_ids (HK_WINDOW (window));
      g_assert_cmpint (g_strv_contains ((const char * const *)ids, "operators"), ==, admin);
      gtk_window_destroy (window);
      hk_test_ui_iterate ();
    }
}

static void
test_log_out (HkViewFixture *fixture,
              gconstpointer  data)
{
  GtkWindow *window;

  hk_view_fixture_log_in (fixture, "admin", &window);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "logout", NULL);
  hk_test_ui_iterate ();

  g_assert_null (hk_context_get_operator (fixture->context));
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_WINDOW));
  g_assert_nonnull (hk_test_ui_find_toplevel (HK_TYPE_LOGIN_WINDOW));
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "logout"), ==, 1);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->app),
                                                     "preferences"));
}

static void
test_section_shortcut (HkViewFixture *fixture,
                       gconstpointer  data)
{
  GtkWindow *window;

  hk_view_fixture_log_in (fixture, "admin", &window);

  /* Ctrl+N runs the section's main command: for Operators, the new-operator form. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  hk_test_ui_iterate ();
  g_assert_nonnull (hk_test_ui_find_toplevel (g_type_from_name ("HkOperatorEditor")));
}

static void
set_dialog_entry (AdwMessageDialog *dialog,
                  const char       *name,
                  const char       *text)
{
  GtkWidget *entry = hk_test_ui_find_named (adw_message_dialog_get_extra_child (dialog), name);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
test_change_own_password (HkViewFixture *fixture,
                          gconstpointer  data)
{
  GtkWindow *window;
  AdwMessageDialog *dialog;
  g_autoptr(HkOperator) operator = NULL;
  g_autoptr(GError) error = NULL;

  /* A clerk, who has no Operators section, still changes their own password. */
  hk_view_fixture_log_in (fixture, "zhangli", &window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.change-password", NULL);
  hk_test_ui_iterate ();

  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  set_dialog_entry (dialog, "current", "demo");
  set_dialog_entry (dialog, "new", "mine-now");
  set_dialog_entry (dialog, "confirm", "mine-no");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "change"));
  set_dialog_entry (dialog, "confirm", "mine-now");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "change"));
  adw_message_dialog_response (dialog, "change");
  hk_test_ui_iterate ();

  operator = hk_operator_store_authenticate (hk_context_get_operator_store (fixture->context),
                                             "zhangli", "mine-now", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "password-changed"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/window/administrator-sections", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_administrator_sections, hk_view_fixture_teardown);
  g_test_add ("/window/clerk-sections", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_clerk_sees_no_operators, hk_view_fixture_teardown);
  g_test_add ("/window/sections-by-role", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_every_section_needs_its_role,
              hk_view_fixture_teardown);
  g_test_add ("/window/log-out", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_log_out, hk_view_fixture_teardown);
  g_test_add ("/window/change-own-password", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_change_own_password, hk_view_fixture_teardown);
  g_test_add ("/window/main-action", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_section_shortcut, hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
