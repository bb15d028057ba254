/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-operators-view.c: an administrator creates, edits and deactivates operators
 * through the real Operators section and its form. */

#include "config.h"

#include "hk-test-fixture.h"
#include "views/hk-operator-editor.h"
#include "views/hk-operators-view.h"
#include "views/hk-preferences-window.h"
#include "views/hk-window.h"

static HkOperatorsView *
open_operators (HkViewFixture *fixture,
                GtkWindow    **window)
{
  GtkWidget *view;

  hk_view_fixture_log_in (fixture, "admin", window);
  view = hk_window_get_section (HK_WINDOW (*window), "operators");
  g_assert_true (HK_IS_OPERATORS_VIEW (view));

  return HK_OPERATORS_VIEW (view);
}

static HkOperatorEditor *
open_new_operator_form (HkOperatorsView *view)
{
  HkOperatorEditor *editor;

  gtk_widget_activate_action (GTK_WIDGET (view), "operators.new", NULL);
  hk_test_ui_iterate ();
  editor = HK_OPERATOR_EDITOR (hk_test_ui_find_toplevel (HK_TYPE_OPERATOR_EDITOR));
  g_assert_nonnull (editor);
  hk_test_ui_wait_for_frames (GTK_WIDGET (editor), 1);

  return editor;
}

static void
check_role (GtkWidget  *editor,
            const char *role_id,
            gboolean    active)
{
  GtkWidget *row = hk_test_ui_find_named (editor, role_id);
  GtkWidget *check;

  g_assert_nonnull (row);
  check = hk_test_ui_find (row, GTK_TYPE_CHECK_BUTTON, NULL, NULL);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
}

static gboolean
save_enabled (HkOperatorEditor *editor)
{
  GtkWidget *save = hk_test_ui_find (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "label", "C_reate");

  if (save == NULL)
    save = hk_test_ui_find (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "label", "_Save");
  g_assert_nonnull (save);

  return gtk_widget_is_sensitive (save);
}

static void
fill_new_operator (HkOperatorEditor *editor,
                   const char       *login,
                   const char       *name)
{
  GtkWidget *root = GTK_WIDGET (editor);

  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Login name", login);
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Full name", name);
  hk_test_ui_set_text (root, ADW_TYPE_PASSWORD_ENTRY_ROW, "Password", "counter1");
  hk_test_ui_set_text (root, ADW_TYPE_PASSWORD_ENTRY_ROW, "Confirm password", "counter1");
}

static guint
count_visible (HkOperatorsView *view)
{
  return g_list_model_get_n_items (hk_operators_view_get_visible_model (view));
}

static void
test_create_operator (HkViewFixture *fixture,
                      gconstpointer  data)
{
  GtkWindow *window;
  HkOperatorsView *view = open_operators (fixture, &window);
  HkOperatorEditor *editor = open_new_operator_form (view);
  guint before = count_visible (view);
  g_autoptr(HkOperator) created = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *toasts = NULL;

  /* Save stays off until the form is complete and valid, and says why. */
  g_assert_false (save_enabled (editor));
  fill_new_operator (editor, "Bad Login", "马丽");
  g_assert_false (save_enabled (editor));
  g_assert_nonnull (strstr (hk_operator_editor_get_problem (editor), "login"));

  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Login name", "mali");
  g_assert_false (save_enabled (editor));
  g_assert_cmpstr (hk_operator_editor_get_problem (editor), ==, "Choose at least one role.");

  check_role (GTK_WIDGET (editor), "clerk", TRUE);
  check_role (GTK_WIDGET (editor), "complaint-officer", TRUE);
  g_assert_true (save_enabled (editor));
  g_assert_null (hk_operator_editor_get_problem (editor));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  hk_test_ui_iterate ();

  /* The form closed, the list shows the new operator selected, and a toast confirms it. */
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_OPERATOR_EDITOR));
  g_assert_cmpuint (count_visible (view), ==, before + 1);

  created = hk_operator_store_lookup (hk_context_get_operator_store (fixture->context), "mali",
                                      &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_operator_get_display_name (created), ==, "马丽");
  g_assert_cmpint (hk_operator_get_roles (created), ==,
                   HK_ROLE_CLERK | HK_ROLE_COMPLAINT_OFFICER);

  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "Operator 马丽 created"));

  /* The new operator can log in with the password given in the form. */
  g_clear_object (&created);
  created = hk_operator_store_authenticate (hk_context_get_operator_store (fixture->context),
                                            "mali", "counter1", &error);
  g_assert_no_error (error);
}

static void
test_duplicate_login_keeps_form_open (HkViewFixture *fixture,
                                      gconstpointer  data)
{
  GtkWindow *window;
  HkOperatorsView *view = open_operators (fixture, &window);
  HkOperatorEditor *editor = open_new_operator_form (view);
  g_autofree char *toasts = NULL;

  fill_new_operator (editor, "zhangli", "另一个张丽");
  check_role (GTK_WIDGET (editor), "clerk", TRUE);
  g_assert_true (save_enabled (editor));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  hk_test_ui_iterate ();

  g_assert_nonnull (hk_test_ui_find_toplevel (HK_TYPE_OPERATOR_EDITOR));
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (editor));
  g_assert_nonnull (strstr (toasts, "already an operator with the login “zhangli”"));
}

static void
test_edit_roles (HkViewFixture *fixture,
                 gconstpointer  data)
{
  GtkWindow *window;
  HkOperatorsView *view = open_operators (fixture, &window);
  HkOperatorEditor *editor;
  g_autoptr(HkOperator) changed = NULL;
  g_autoptr(GError) error = NULL;

  hk_operators_view_select (view, "zhangli");
  gtk_widget_activate_action (GTK_WIDGET (view), "operators.edit", NULL);
  hk_test_ui_iterate ();

  editor = HK_OPERATOR_EDITOR (hk_test_ui_find_toplevel (HK_TYPE_OPERATOR_EDITOR));
  g_assert_nonnull (editor);
  g_assert_true (save_enabled (editor));

  check_role (GTK_WIDGET (editor), "auditor", TRUE);
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Full name", "张丽华");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  hk_test_ui_iterate ();

  changed = hk_operator_store_lookup (hk_context_get_operator_store (fixture->context), "zhangli",
                                      &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_operator_get_display_name (changed), ==, "张丽华");
  g_assert_cmpint (hk_operator_get_roles (changed), ==, HK_ROLE_CLERK | HK_ROLE_AUDITOR);
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "operator-changed"), ==, 1);
}

static void
test_deactivate_asks_first (HkViewFixture *fixture,
                            gconstpointer  data)
{
  GtkWindow *window;
  HkOperatorsView *view = open_operators (fixture, &window);
  AdwMessageDialog *dialog;
  g_autoptr(HkOperator) after = NULL;
  g_autoptr(GError) error = NULL;

  hk_operators_view_select (view, "liuyang");
  gtk_widget_activate_action (GTK_WIDGET (view), "operators.toggle-active", NULL);
  hk_test_ui_iterate ();

  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Deactivate Operator?");
  adw_message_dialog_response (dialog, "deactivate");
  hk_test_ui_iterate ();

  after = hk_operator_store_lookup (hk_context_get_operator_store (fixture->context), "liuyang",
                                    &error);
  g_assert_no_error (error);
  g_assert_false (hk_operator_get_active (after));

  /* The list filter shows deactivated operators on their own. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hk_test_ui_find (GTK_WIDGET (view),
                                                              GTK_TYPE_DROP_DOWN, NULL, NULL)),
                              2);
  g_assert_cmpuint (count_visible (view), ==, 1);
}

static void
test_cannot_deactivate_self (HkViewFixture *fixture,
                             gconstpointer  data)
{
  GtkWindow *window;
  HkOperatorsView *view = open_operators (fixture, &window);
  GtkWidget *button;

  hk_operators_view_select (view, "admin");
  button = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_BUTTON, "label", "_Deactivate…");
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));

  hk_operators_view_select (view, "zhangli");
  g_assert_true (gtk_widget_is_sensitive (button));
}

static void
test_search (HkViewFixture *fixture,
             gconstpointer  data)
{
  GtkWindow *window;
  HkOperatorsView *view = open_operators (fixture, &window);
  GtkWidget *search = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);

  /* Every demo operator at first: the whole store. */
  g_assert_cmpuint (count_visible (view), ==,
                    g_list_model_get_n_items (hk_operator_store_get_model (
                      hk_context_get_operator_store (fixture->context))));
  g_assert_cmpuint (count_visible (view), >=, 11);

  gtk_editable_set_text (GTK_EDITABLE (search), "zhang");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (count_visible (view), ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (search), "周");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (count_visible (view), ==, 1);
}

static void
test_reset_password (HkViewFixture *fixture,
                     gconstpointer  data)
{
  GtkWindow *window;
  HkOperatorsView *view = open_operators (fixture, &window);
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  g_autoptr(HkOperator) operator = NULL;
  g_autoptr(GError) error = NULL;

  hk_operators_view_select (view, "chenjing");
  gtk_widget_activate_action (GTK_WIDGET (view), "operators.reset-password", NULL);
  hk_test_ui_iterate ();

  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  entry = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reset"));

  gtk_editable_set_text (GTK_EDITABLE (entry), "newpass1");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "reset"));
  adw_message_dialog_response (dialog, "reset");
  hk_test_ui_iterate ();

  operator = hk_operator_store_authenticate (hk_context_get_operator_store (fixture->context),
                                             "chenjing", "newpass1", &error);
  g_assert_no_error (error);
}

static void
test_preferences_hall (HkViewFixture *fixture,
                       gconstpointer  data)
{
  GtkWindow *window;
  HkPreferencesWindow *preferences;
  GtkWidget *save;
  g_autofree char *name = NULL;

  hk_view_fixture_log_in (fixture, "admin", &window);
  preferences = hk_preferences_window_new (window, fixture->context);
  gtk_window_present (GTK_WINDOW (preferences));
  hk_test_ui_wait_for_frames (GTK_WIDGET (preferences), 1);

  save = hk_test_ui_find (GTK_WIDGET (preferences), GTK_TYPE_BUTTON, "label", "_Save");
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_is_sensitive (save));

  hk_test_ui_set_text (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW, "Time zone", "Mars/Olympus");
  hk_test_ui_set_text (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW, "Hall name", "城西营业厅");
  g_assert_false (gtk_widget_is_sensitive (save));

  hk_test_ui_set_text (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW, "Time zone", "Asia/Urumqi");
  g_assert_true (gtk_widget_is_sensitive (save));
  gtk_widget_activate_action (GTK_WIDGET (preferences), "preferences.save-hall", NULL);

  name = hk_hall_store_dup_name (hk_context_get_hall_store (fixture->context));
  g_assert_cmpstr (name, ==, "城西营业厅");

  /* The main window follows the new name. */
  hk_test_ui_iterate ();
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE,
                                     "title", "城西营业厅"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/operators-view/create", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_create_operator, hk_view_fixture_teardown);
  g_test_add ("/operators-view/duplicate-login", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_duplicate_login_keeps_form_open,
              hk_view_fixture_teardown);
  g_test_add ("/operators-view/edit-roles", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_edit_roles, hk_view_fixture_teardown);
  g_test_add ("/operators-view/deactivate", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_deactivate_asks_first, hk_view_fixture_teardown);
  g_test_add ("/operators-view/cannot-deactivate-self", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_cannot_deactivate_self, hk_view_fixture_teardown);
  g_test_add ("/operators-view/search", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_search, hk_view_fixture_teardown);
  g_test_add ("/operators-view/reset-password", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_reset_password, hk_view_fixture_teardown);
  g_test_add ("/preferences/hall", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_preferences_hall, hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
