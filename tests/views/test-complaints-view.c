/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-complaints-view.c: the complaint officer and the duty manager work through the real
 * Complaints section: quick entry, the register's filters, a complaint's page and its events,
 * the day check, the service log, the opinion book and the export. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hk-test-fixture.h"
#include "views/hk-complaint-editor.h"
#include "views/hk-complaint-item.h"
#include "views/hk-complaints-view.h"
#include "views/hk-opinion-item.h"
#include "views/hk-window.h"

/* 2031-03-14 10:00 in Asia/Shanghai: a day after anything the demo hall records. */
#define NOW G_GINT64_CONSTANT (1931220000)
#define TODAY "2031-03-14"
#define MINUTE 60
#define HOUR (60 * MINUTE)
#define DAY (24 * HOUR)

static HkOperator *
lookup (HkViewFixture *fixture,
        const char    *login)
{
  g_autoptr(GError) error = NULL;
  HkOperator *operator;

  operator = hk_operator_store_lookup (hk_context_get_operator_store (fixture->context), login,
                                       &error);
  g_assert_no_error (error);

  return operator;
}

static gint64
category_id (HkViewFixture *fixture,
             const char    *code)
{
  g_autoptr(HkComplaintCategory) category = NULL;
  g_autoptr(GError) error = NULL;

  category = hk_complaint_store_lookup_category (hk_context_get_complaint_store (fixture->context),
                                                 code, &error);
  g_assert_no_error (error);

  return hk_complaint_category_get_id (category);
}

/* Registers a complaint through the store, as another window would. */
static HkComplaint *
register_complaint (HkViewFixture *fixture,
                    const char    *login,
                    gint64         received_at,
                    const char    *category,
                    const char    *name)
{
  g_autoptr(HkOperator) actor = lookup (fixture, login);
  g_autoptr(GError) error = NULL;
  HkComplaintInput input = {
    .received_at = received_at,
    .channel = HK_COMPLAINT_CHANNEL_PHONE,
    .customer_name = name,
    .customer_phone = "13912345678",
    .category_id = category_id (fixture, category),
    .description = "信号时有时无",
  };
  HkComplaint *complaint;

  complaint = hk_complaint_store_register (hk_context_get_complaint_store (fixture->context),
                                           actor, &input, &error);
  g_assert_no_error (error);

  return complaint;
}

static gint64
query_int (HkViewFixture *fixture,
           const char    *sql,
           gint64         parameter)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hk_context_get_database (fixture->context), sql, &error);
  g_assert_no_error (error);
  hk_statement_bind_int64 (stmt, 1, parameter);
  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_no_error (error);

  return hk_statement_get_int64 (stmt, 0);
}

static void
set_now (HkViewFixture *fixture,
         gint64         now)
{
  hk_database_set_now (hk_context_get_database (fixture->context), now);
}

static HkComplaintsView *
open_complaints (HkViewFixture *fixture,
                 const char    *login,
                 GtkWindow    **window)
{
  GtkWidget *view;

  hk_view_fixture_log_in (fixture, login, window);
  g_assert_true (hk_window_show_section (HK_WINDOW (*window), "complaints"));
  view = hk_window_get_section (HK_WINDOW (*window), "complaints");
  g_assert_true (HK_IS_COMPLAINTS_VIEW (view));
  hk_test_ui_iterate ();

  return HK_COMPLAINTS_VIEW (view);
}

/* The row of @complaint_id in the register as shown, or NULL. */
static HkComplaintItem *
find_item (HkComplaintsView *view,
           gint64            complaint_id)
{
  GListModel *model = hk_complaints_view_get_visible_model (view);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkComplaintItem) item = g_list_model_get_item (model, i);

      if (hk_complaint_item_get_id (item) == complaint_id)
        return item;
    }

  return NULL;
}

static guint
n_shown (HkComplaintsView *view)
{
  hk_test_ui_iterate ();

  return g_list_model_get_n_items (hk_complaints_view_get_visible_model (view));
}

/* Waits for the search entry's pause before it filters, then for the list to show @n rows. */
static void
wait_for_shown (HkComplaintsView *view,
                guint             n)
{
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;

  while (n_shown (view) != n && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10 * 1000);
    }
  g_assert_cmpuint (n_shown (view), ==, n);
}

static gboolean
action_enabled (GtkWidget  *root,
                const char *name)
{
  GtkWidget *button = hk_test_ui_find (root, GTK_TYPE_BUTTON, "action-name", name);

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button);
}

static const char *
label_named (GtkWidget  *root,
             const char *name)
{
  GtkWidget *label = hk_test_ui_find_named (root, name);

  g_assert_nonnull (label);
  g_assert_true (GTK_IS_LABEL (label));

  return gtk_label_get_label (GTK_LABEL (label));
}

/* Whether @window's keyboard focus is @widget or inside it, whether or not the window is the
 * active one on a busy display. */
static gboolean
focus_within (GtkWindow *window,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Presses @keyval on @widget's type-ahead, as the keyboard does. */
static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "type-ahead") == 0)
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  g_object_unref (controllers);
  g_assert_true (handled);
}

static AdwMessageDialog *
find_dialog (const char *heading)
{
  AdwMessageDialog *dialog;

  hk_test_ui_iterate ();
  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);

  return dialog;
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  hk_test_ui_iterate ();
}

/* The complaint officer registers a complaint by the keyboard in the quick entry form and
 * finds it in the register with its deadline. */
static void
test_quick_entry (HkViewFixture *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkOperator) sunhao = lookup (fixture, "sunhao");
  g_autofree char *toasts = NULL;
  HkComplaintsView *view;
  HkComplaintEditor *editor;
  HkComplaintItem *item;
  GtkWindow *window;
  GtkWidget *category_row;
  GtkWidget *channel_row;
  GtkWidget *owner_row;
  gint64 registered;
  gint64 id;

  set_now (fixture, NOW);

  /* The complaint officer lands on Complaints: the register of the last 30 days. */
  hk_view_fixture_log_in (fixture, "sunhao", &window);
  g_assert_cmpstr (hk_window_get_visible_section (HK_WINDOW (window)), ==, "complaints");
  view = HK_COMPLAINTS_VIEW (hk_window_get_section (HK_WINDOW (window), "complaints"));
  g_assert_cmpstr (hk_complaints_view_get_page (view), ==, "register");
  g_assert_cmpstr (hk_complaints_view_get_first_day (view), ==, "2031-02-13");
  g_assert_cmpstr (hk_complaints_view_get_last_day (view), ==, TODAY);
  g_assert_cmpuint (n_shown (view), ==, 0);
  g_assert_true (gtk_widget_get_mapped (
                   hk_test_ui_find (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE, "title",
                                    "No Complaints in This Period")));

  /* Ctrl+N: the header's main action opens the form, focus on the customer's name. */
  registered = hk_test_ui_count_audit (fixture->context, "complaint-registered");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  hk_test_ui_iterate ();
  editor = HK_COMPLAINT_EDITOR (hk_test_ui_find_toplevel (HK_TYPE_COMPLAINT_EDITOR));
  g_assert_nonnull (editor);
  g_assert_true (focus_within (GTK_WINDOW (editor),
                              hk_test_ui_find (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "title",
                                               "Customer’s name")));
  g_assert_cmpstr (hk_complaint_editor_get_problem (editor), ==, "Give the customer’s name.");
  g_assert_false (action_enabled (GTK_WIDGET (editor), "editor.save"));

  /* The defaults: received now, at the counter, owned by who enters it, normal priority. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hk_test_ui_find (
                                            GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "title",
                                            "Received at (YYYY-MM-DD HH:MM)"))), ==,
                   "2031-03-14 10:00");
  channel_row = hk_test_ui_find (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "title", "Channel");
  owner_row = hk_test_ui_find (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "title",
                               "First-contact owner");
  category_row = hk_test_ui_find (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "title", "Category");
  g_assert_cmpstr (gtk_string_object_get_string (
                     adw_combo_row_get_selected_item (ADW_COMBO_ROW (channel_row))), ==,
                   "At the counter");
  g_assert_cmpstr (gtk_string_object_get_string (
                     adw_combo_row_get_selected_item (ADW_COMBO_ROW (owner_row))), ==,
                   hk_operator_get_display_name (sunhao));

  /* The store's text check, shown under the form with the row marked: a control character
   * pasted in, then a name longer than the store keeps. */
  {
    GtkWidget *name_row = hk_test_ui_find (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "title",
                                           "Customer’s name");
    g_autofree char *long_name = g_strnfill (HK_COMPLAINT_NAME_MAX_LENGTH + 1, 'x');

    hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Customer’s name",
                         "王\x07先生");
    g_assert_cmpstr (hk_complaint_editor_get_problem (editor), ==,
                     "The text holds a control character (U+0007); remove it.");
    g_assert_true (gtk_widget_has_css_class (name_row, "error"));
    hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Customer’s name", long_name);
    g_assert_cmpstr (hk_complaint_editor_get_problem (editor), ==,
                     "The text is too long: at most 64 characters.");
    hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Customer’s name", "王先生");
    g_assert_false (gtk_widget_has_css_class (name_row, "error"));
  }
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Customer’s phone", "138-12ab");
  g_assert_cmpstr (hk_complaint_editor_get_problem (editor), ==,
                   "The customer’s phone is not a phone number: 5 to 20 digits, e.g. "
                   "13812345678.");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Customer’s phone",
                       "13812345678");
  g_assert_cmpstr (hk_complaint_editor_get_problem (editor), ==, "Choose the category.");

  /* The lists take the keyboard: a digit picks by number, letters by name, Enter moves on. */
  gtk_widget_grab_focus (category_row);
  press_key (category_row, GDK_KEY_2);
  g_assert_cmpstr (gtk_string_object_get_string (
                     adw_combo_row_get_selected_item (ADW_COMBO_ROW (category_row))), ==,
                   "Network quality");
  press_key (category_row, GDK_KEY_Return);
  g_assert_true (focus_within (GTK_WINDOW (editor), channel_row));
  press_key (channel_row, GDK_KEY_b);
  g_assert_cmpstr (gtk_string_object_get_string (
                     adw_combo_row_get_selected_item (ADW_COMBO_ROW (channel_row))), ==,
                   "By phone");
  press_key (channel_row, GDK_KEY_b);
  g_assert_cmpstr (gtk_string_object_get_string (
                     adw_combo_row_get_selected_item (ADW_COMBO_ROW (channel_row))), ==,
                   "By letter");
  press_key (channel_row, GDK_KEY_2);
  g_assert_cmpstr (gtk_string_object_get_string (
                     adw_combo_row_get_selected_item (ADW_COMBO_ROW (channel_row))), ==,
                   "By phone");
  g_assert_cmpstr (hk_complaint_editor_get_problem (editor), ==,
                   "Say what the customer complains about.");

  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                       "What the customer complains about", "家里 5G 信号时有时无");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                       "Received at (YYYY-MM-DD HH:MM)", "2031-03-14 10:05");
  g_assert_cmpstr (hk_complaint_editor_get_problem (editor), ==,
                   "A complaint cannot be received in the future.");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                       "Received at (YYYY-MM-DD HH:MM)", "2031-03-14 09:40");
  g_assert_null (hk_complaint_editor_get_problem (editor));
  g_assert_true (action_enabled (GTK_WIDGET (editor), "editor.save"));
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (editor), GTK_TYPE_LABEL, "label",
                                     "Deadline: 2031-03-15 09:40, 24 hours after it was "
                                     "received."));

  /* Enter in the last field registers. */
  gtk_widget_grab_focus (hk_test_ui_find (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "title",
                                          "Priority"));
  press_key (hk_test_ui_find (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "title", "Priority"),
             GDK_KEY_Return);
  hk_test_ui_iterate ();
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_COMPLAINT_EDITOR));

  /* In the database, as the core recorded it. */
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "complaint-registered"), ==,
                   registered + 1);
  id = query_int (fixture, "SELECT max (id) FROM complaints WHERE ?1 = 1", 1);
  g_assert_cmpint (query_int (fixture, "SELECT owner_id FROM complaints WHERE id = ?1", id), ==,
                   hk_operator_get_id (sunhao));
  g_assert_cmpint (query_int (fixture, "SELECT deadline FROM complaints WHERE id = ?1", id), ==,
                   NOW - 20 * MINUTE + DAY);
  g_assert_cmpint (query_int (fixture, "SELECT channel = 'phone' FROM complaints WHERE id = ?1",
                              id), ==, 1);

  /* In the register, selected, with its deadline and its deadline state in words. */
  g_assert_cmpuint (n_shown (view), ==, 1);
  item = find_item (view, id);
  g_assert_nonnull (item);
  g_assert_true (gtk_single_selection_get_selected_item (
                   GTK_SINGLE_SELECTION (hk_complaints_view_get_visible_model (view))) == item);
  g_assert_cmpstr (hk_complaint_item_get_deadline_label (item), ==, "2031-03-15 09:40");
  g_assert_cmpstr (hk_complaint_item_get_deadline_short (item), ==, "03-15 09:40");
  g_assert_cmpstr (hk_complaint_item_get_received_label (item), ==, "2031-03-14 09:40");
  g_assert_cmpstr (hk_complaint_item_get_customer_label (item), ==, "王先生 · 138****5678");
  g_assert_cmpstr (hk_complaint_item_get_sla_title (item), ==, "On time");
  g_assert_cmpstr (hk_complaint_item_get_status_title (item), ==, "Open");
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "registered; deadline 2031-03-15 09:40"));

  /* Within two hours of the deadline, the list says so when it is read again. */
  set_now (fixture, NOW - 20 * MINUTE + DAY - HOUR);
  hk_complaints_view_set_period (view, "2031-03-01", "2031-03-20");
  item = find_item (view, id);
  g_assert_cmpstr (hk_complaint_item_get_sla_title (item), ==, "Due within 2 h");
  g_assert_cmpstr (hk_complaints_view_get_last_day (view), ==, "2031-03-15");
}

/* The register's filters: status, deadline state, category, first-contact owner, period and
 * search. */
static void
test_filters (HkViewFixture *fixture,
              gconstpointer  data)
{
  g_autoptr(HkOperator) sunhao = lookup (fixture, "sunhao");
  g_autoptr(HkComplaint) overdue = NULL;
  g_autoptr(HkComplaint) resolved = NULL;
  g_autoptr(HkComplaint) fresh = NULL;
  g_autoptr(HkComplaint) after = NULL;
  g_autoptr(GError) error = NULL;
  HkComplaintsView *view;
  GtkWindow *window;
  GtkDropDown *status;
  GtkDropDown *sla;
  GtkDropDown *category;
  GtkDropDown *owner;
  GtkWidget *search;

  set_now (fixture, NOW - 2 * DAY);
  overdue = register_complaint (fixture, "sunhao", NOW - 2 * DAY, "billing", "李女士");
  resolved = register_complaint (fixture, "sunhao", NOW - 2 * DAY, "network", "赵先生");
  set_now (fixture, NOW - 2 * DAY + HOUR);
  after = hk_complaint_store_resolve (hk_context_get_complaint_store (fixture->context), sunhao,
                                      resolved, "重置了基站参数", &error);
  g_assert_no_error (error);
  set_now (fixture, NOW);
  fresh = register_complaint (fixture, "liqiang", NOW - HOUR, "network", "钱女士");

  view = open_complaints (fixture, "zhengwei", &window);
  g_assert_cmpuint (n_shown (view), ==, 3);

  status = GTK_DROP_DOWN (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN,
                                           "tooltip-text", "Show complaints by status"));
  sla = GTK_DROP_DOWN (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN, "tooltip-text",
                                        "Show complaints by deadline state, e.g. only the "
                                        "overdue ones"));
  category = GTK_DROP_DOWN (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN,
                                             "tooltip-text", "Show complaints of one category"));
  owner = GTK_DROP_DOWN (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN, "tooltip-text",
                                          "Show the complaints of one first-contact owner"));
  g_assert_nonnull (status);
  g_assert_nonnull (sla);
  g_assert_nonnull (category);
  g_assert_nonnull (owner);

  /* Overdue: open past its deadline. */
  gtk_drop_down_set_selected (sla, 1);
  g_assert_cmpuint (n_shown (view), ==, 1);
  g_assert_nonnull (find_item (view, hk_complaint_get_id (overdue)));
  g_assert_cmpstr (hk_complaint_item_get_sla_title (find_item (view,
                                                               hk_complaint_get_id (overdue))),
                   ==, "Overdue");
  gtk_drop_down_set_selected (sla, 0);

  /* Resolved, and not closed. */
  gtk_drop_down_set_selected (status, 2);
  g_assert_cmpuint (n_shown (view), ==, 1);
  g_assert_nonnull (find_item (view, hk_complaint_get_id (resolved)));
  gtk_drop_down_set_selected (status, 4);
  g_assert_cmpuint (n_shown (view), ==, 3);
  gtk_drop_down_set_selected (status, 3);
  g_assert_cmpuint (n_shown (view), ==, 0);
  g_assert_true (gtk_widget_get_mapped (
                   hk_test_ui_find (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE, "title",
                                    "No Complaints Match")));
  gtk_drop_down_set_selected (status, 0);

  /* A category: "Network quality" is the second one. */
  gtk_drop_down_set_selected (category, 2);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (category)), ==,
                   "Network quality");
  g_assert_cmpuint (n_shown (view), ==, 2);
  gtk_drop_down_set_selected (category, 0);

  /* An owner: 李强 registered one. */
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (owner)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (owner)),
                                               i), "李强") == 0)
      gtk_drop_down_set_selected (owner, i);
  g_assert_cmpuint (n_shown (view), ==, 1);
  g_assert_nonnull (find_item (view, hk_complaint_get_id (fresh)));
  gtk_drop_down_set_selected (owner, 0);

  /* The search finds a name, a number, a phone. */
  search = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (focus_within (window, search));
  gtk_editable_set_text (GTK_EDITABLE (search), "李女士");
  wait_for_shown (view, 1);
  g_assert_nonnull (find_item (view, hk_complaint_get_id (overdue)));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  wait_for_shown (view, 3);

  /* The period: only today's. */
  hk_complaints_view_set_period (view, TODAY, TODAY);
  g_assert_cmpuint (n_shown (view), ==, 1);
  g_assert_cmpstr (hk_section_get_subtitle (HK_SECTION (view)), ==, TODAY " – " TODAY);
}

/* A complaint's page offers what the complaint store would take, records each event through
 * its dialog, and shows the store's refusal when the two disagree. */
static void
test_complaint_page (HkViewFixture *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkOperator) sunhao = lookup (fixture, "sunhao");
  g_autoptr(HkComplaint) complaint = NULL;
  g_autoptr(HkComplaint) resolved_elsewhere = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *toasts = NULL;
  HkComplaintsView *view;
  HkComplaintPage *page;
  AdwMessageDialog *dialog;
  GtkWindow *window;
  GtkWidget *root;
  gint64 id;

  set_now (fixture, NOW - DAY - HOUR);
  complaint = register_complaint (fixture, "sunhao", NOW - DAY - 2 * HOUR, "billing", "周先生");
  id = hk_complaint_get_id (complaint);
  set_now (fixture, NOW - DAY - HOUR + 10 * MINUTE);

  view = open_complaints (fixture, "sunhao", &window);
  page = hk_complaints_view_get_complaint_page (view);
  root = GTK_WIDGET (page);
  g_assert_true (hk_complaints_view_select (view, id));
  hk_test_ui_iterate ();

  /* Enter opens the page in place of the list. */
  gtk_widget_activate_action (GTK_WIDGET (view), "complaints.open", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpstr (hk_complaints_view_get_page (view), ==, "complaint");
  g_assert_cmpstr (hk_section_get_subtitle (HK_SECTION (view)), ==,
                   hk_complaint_page_get_title (page));
  g_assert_cmpstr (label_named (root, "page-description"), ==, "信号时有时无");
  g_assert_cmpstr (label_named (root, "phone"), ==, "13912345678");
  g_assert_cmpstr (label_named (root, "page-sla"), ==, "On time");
  g_assert_true (gtk_widget_has_css_class (hk_test_ui_find_named (root, "page-sla"), "success"));

  /* Open: resolve, promise, assign and note; not close, reopen or record a callback. */
  g_assert_true (action_enabled (root, "complaint.resolve"));
  g_assert_true (action_enabled (root, "complaint.promise-callback"));
  g_assert_true (action_enabled (root, "complaint.assign"));
  g_assert_true (action_enabled (root, "complaint.note"));
  g_assert_false (action_enabled (root, "complaint.close"));
  g_assert_false (action_enabled (root, "complaint.reopen"));
  g_assert_false (action_enabled (root, "complaint.record-callback"));

  /* Past the deadline without a promise: only a promise or an assignment, and a line why. */
  set_now (fixture, NOW);
  hk_complaint_page_refresh (page);
  g_assert_cmpstr (label_named (root, "page-sla"), ==, "Overdue");
  g_assert_true (gtk_widget_has_css_class (hk_test_ui_find_named (root, "page-sla"), "error"));
  g_assert_false (action_enabled (root, "complaint.resolve"));
  g_assert_false (action_enabled (root, "complaint.note"));
  g_assert_true (action_enabled (root, "complaint.promise-callback"));
  g_assert_true (action_enabled (root, "complaint.assign"));
  g_assert_true (gtk_widget_get_visible (
                   gtk_widget_get_parent (hk_test_ui_find_named (root, "page-hint"))));
  g_assert_cmpstr (label_named (root, "page-hint"), ==,
                   "The complaint is past its deadline and no callback has been promised: give "
                   "the customer a callback number and time first (Promise Callback), or hand "
                   "it to a colleague who will (Assign). Nothing else can be recorded until "
                   "then.");

  /* Promise a callback: the number is the customer's; a time in the past is not taken. */
  gtk_widget_activate_action (root, "complaint.promise-callback", NULL);
  dialog = find_dialog ("Promise a Callback?");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hk_test_ui_find (
                                            GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "title",
                                            "Callback number"))), ==, "13912345678");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "record"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                       "Call back by (YYYY-MM-DD HH:MM)", "2031-03-14 09:00");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "record"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                       "Call back by (YYYY-MM-DD HH:MM)", "2031-03-14 16:00");
  respond (dialog, "record");
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM complaint_events"
                              " WHERE complaint_id = ?1 AND kind = 'callback-promised'", id), ==,
                   1);
  g_assert_cmpstr (label_named (root, "callback"), ==,
                   "Promised: to 13912345678 by 2031-03-14 16:00");
  g_assert_false (gtk_widget_get_visible (
                    gtk_widget_get_parent (hk_test_ui_find_named (root, "page-hint"))));
  g_assert_true (action_enabled (root, "complaint.resolve"));
  g_assert_true (action_enabled (root, "complaint.record-callback"));

  /* Resolve it: late. Closing waits for the callback. */
  gtk_widget_activate_action (root, "complaint.resolve", NULL);
  dialog = find_dialog ("Resolve the Complaint?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "record"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "How it was resolved",
                       "退还多收的流量费 12 元");
  respond (dialog, "record");
  g_assert_cmpstr (label_named (root, "status"), ==, "Resolved");
  g_assert_cmpstr (label_named (root, "page-sla"), ==, "Resolved late");
  g_assert_false (action_enabled (root, "complaint.close"));
  g_assert_true (action_enabled (root, "complaint.reopen"));
  g_assert_true (action_enabled (root, "complaint.record-callback"));

  /* Record the callback; then it closes. */
  set_now (fixture, NOW + HOUR);
  gtk_widget_activate_action (root, "complaint.record-callback", NULL);
  dialog = find_dialog ("Record the Callback?");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hk_test_ui_find (
                                            GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "title",
                                            "Called at (YYYY-MM-DD HH:MM)"))), ==,
                   "2031-03-14 11:00");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Called at (YYYY-MM-DD HH:MM)",
                       "2031-03-14 12:00");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "record"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Called at (YYYY-MM-DD HH:MM)",
                       "2031-03-14 10:50");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                       "What was said, or what happened", "客户满意");
  respond (dialog, "record");
  g_assert_cmpint (query_int (fixture, "SELECT reached FROM complaint_events"
                              " WHERE complaint_id = ?1 AND kind = 'called-back'", id), ==, 1);
  g_assert_true (action_enabled (root, "complaint.close"));

  gtk_widget_activate_action (root, "complaint.close", NULL);
  dialog = find_dialog ("Close the Complaint?");
  respond (dialog, "record");
  g_assert_cmpstr (label_named (root, "status"), ==, "Closed");
  g_assert_false (action_enabled (root, "complaint.assign"));
  g_assert_true (action_enabled (root, "complaint.reopen"));

  /* Every event in the history, in order. */
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM complaint_events"
                              " WHERE complaint_id = ?1", id), ==, 5);
  {
    GtkWidget *history = hk_test_ui_find_named (root, "history");
    guint rows = 0;

    for (GtkWidget *row = gtk_widget_get_first_child (history); row != NULL;
         row = gtk_widget_get_next_sibling (row))
      rows++;
    g_assert_cmpuint (rows, ==, 5);
    g_assert_cmpstr (adw_preferences_row_get_title (
                       ADW_PREFERENCES_ROW (gtk_widget_get_first_child (history))), ==,
                     "孙浩 registered the complaint; handler: 孙浩.");
  }

  /* Reopen it, then the core refuses a resolution that another window recorded first. */
  gtk_widget_activate_action (root, "complaint.reopen", NULL);
  dialog = find_dialog ("Reopen the Complaint?");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason for reopening",
                       "客户再次来电");
  respond (dialog, "record");
  g_assert_cmpstr (label_named (root, "status"), ==, "Open");
  g_assert_true (action_enabled (root, "complaint.resolve"));

  gtk_widget_activate_action (root, "complaint.resolve", NULL);
  dialog = find_dialog ("Resolve the Complaint?");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "How it was resolved",
                       "再次退费");
  g_clear_object (&complaint);
  complaint = hk_complaint_store_lookup (hk_context_get_complaint_store (fixture->context), id,
                                         &error);
  g_assert_no_error (error);
  resolved_elsewhere = hk_complaint_store_resolve (
                         hk_context_get_complaint_store (fixture->context), sunhao, complaint,
                         "另一窗口", &error);
  g_assert_no_error (error);
  respond (dialog, "record");
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "is resolved already; reopen it to resolve it again."));
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM complaint_events"
                              " WHERE complaint_id = ?1 AND kind = 'resolved'", id), ==, 2);

  /* Escape goes back to the register. */
  gtk_widget_activate_action (GTK_WIDGET (view), "complaints.back", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpstr (hk_complaints_view_get_page (view), ==, "register");
}

/* The duty manager signs the first-contact book of a day; it keeps what was not closed. */
static void
test_day_check (HkViewFixture *fixture,
                gconstpointer  data)
{
  g_autoptr(HkOperator) sunhao = lookup (fixture, "sunhao");
  g_autoptr(HkComplaint) open = NULL;
  g_autoptr(HkComplaint) done = NULL;
  g_autoptr(HkComplaint) after = NULL;
  g_autoptr(HkComplaint) closed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *toasts = NULL;
  HkComplaintsView *view;
  HkComplaintDayPage *page;
  AdwMessageDialog *dialog;
  GtkWindow *window;
  GtkWidget *root;
  GListModel *model;

  set_now (fixture, NOW - 2 * HOUR);
  open = register_complaint (fixture, "sunhao", NOW - 3 * HOUR, "billing", "吴先生");
  done = register_complaint (fixture, "sunhao", NOW - 3 * HOUR, "handset", "郑女士");
  after = hk_complaint_store_resolve (hk_context_get_complaint_store (fixture->context), sunhao,
                                      done, "更换了 SIM 卡", &error);
  g_assert_no_error (error);
  closed = hk_complaint_store_close (hk_context_get_complaint_store (fixture->context), sunhao,
                                     after, NULL, &error);
  g_assert_no_error (error);
  set_now (fixture, NOW);

  /* The complaint officer sees the day but may not sign it. */
  view = open_complaints (fixture, "sunhao", &window);
  hk_complaints_view_show_page (view, "day-check");
  page = hk_complaints_view_get_day_page (view);
  root = GTK_WIDGET (page);
  hk_test_ui_iterate ();
  g_assert_cmpstr (hk_complaint_day_page_get_day (page), ==, TODAY);
  g_assert_cmpstr (hk_section_get_subtitle (HK_SECTION (view)), ==,
                   "First-contact book of 2031-03-14 Fri");
  g_assert_cmpuint (g_list_model_get_n_items (hk_complaint_day_page_get_visible_model (page)), ==,
                    2);
  g_assert_false (action_enabled (root, "day-check.sign"));
  gtk_window_destroy (window);
  hk_test_ui_iterate ();

  /* The duty manager: Alt+Left and Alt+Right move between days; the day before is empty. */
  view = open_complaints (fixture, "zhengwei", &window);
  hk_complaints_view_show_page (view, "day-check");
  page = hk_complaints_view_get_day_page (view);
  root = GTK_WIDGET (page);
  hk_test_ui_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (view), "complaints.previous", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpstr (hk_complaint_day_page_get_day (page), ==, "2031-03-13");
  g_assert_cmpuint (g_list_model_get_n_items (hk_complaint_day_page_get_visible_model (page)), ==,
                    0);
  g_assert_true (gtk_widget_get_mapped (
                   hk_test_ui_find (root, ADW_TYPE_STATUS_PAGE, "title",
                                    "No Complaints Received on This Day")));
  gtk_widget_activate_action (GTK_WIDGET (view), "complaints.next", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpstr (hk_complaint_day_page_get_day (page), ==, TODAY);
  g_assert_true (action_enabled (root, "day-check.sign"));

  model = hk_complaint_day_page_get_visible_model (page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* Sign, with a note. */
  gtk_widget_activate_action (root, "day-check.sign", NULL);
  dialog = find_dialog ("Sign the First-Contact Book?");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Note (optional)",
                       "吴先生明天回访");
  respond (dialog, "sign");

  g_assert_cmpint (query_int (fixture, "SELECT n_open FROM complaint_days WHERE day = '"
                              TODAY "' AND ?1 = 1", 1), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT signed_by FROM complaint_days WHERE day = '"
                              TODAY "' AND ?1 = 1", 1), ==,
                   hk_operator_get_id (hk_context_get_operator (fixture->context)));
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "The first-contact book of " TODAY " is signed"));
  g_assert_false (action_enabled (root, "day-check.sign"));
  g_assert_nonnull (hk_test_ui_find (root, GTK_TYPE_LABEL, "label",
                                     "Signed by 郑伟 at 2031-03-14 10:00. At signing: 2 "
                                     "complaints received, 1 closed, 1 not closed. Note: "
                                     "吴先生明天回访"));

  /* What was not closed at signing, as it was then. */
  {
    GtkWidget *row = hk_test_ui_find_named (root, "open-at-signing");
    g_autofree char *title = g_strdup_printf ("Complaint %lld · 吴先生",
                                              (long long)hk_complaint_get_id (open));

    g_assert_nonnull (row);
    g_assert_true (gtk_widget_get_mapped (row));
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                     "Open · On time · handler 孙浩");
  }

  /* A complaint entered after the signature says so. */
  set_now (fixture, NOW + 5 * MINUTE);
  {
    g_autoptr(HkComplaint) late = register_complaint (fixture, "sunhao", NOW - MINUTE, "other",
                                                      "冯先生");
    gboolean found = FALSE;

    hk_test_ui_iterate ();
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(HkComplaintItem) item = g_list_model_get_item (model, i);

        if (hk_complaint_item_get_id (item) == hk_complaint_get_id (late))
          {
            g_assert_cmpstr (hk_complaint_item_get_entry_label (item), ==,
                             "After signing · Same day");
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
}

/* The complaint officer edits the proposed service log and saves it. */
static void
test_service_log (HkViewFixture *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkComplaint) one = NULL;
  g_autofree char *toasts = NULL;
  HkComplaintsView *view;
  HkServiceLogPage *page;
  GtkWindow *window;
  GtkWidget *root;
  GtkTextView *inquiry;
  GtkTextView *complaints;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  set_now (fixture, NOW);
  one = register_complaint (fixture, "sunhao", NOW - HOUR, "network", "陈先生");

  view = open_complaints (fixture, "sunhao", &window);
  hk_complaints_view_show_page (view, "service-log");
  page = hk_complaints_view_get_service_log_page (view);
  root = GTK_WIDGET (page);
  hk_test_ui_iterate ();

  /* Today's proposal: the complaint hotspots from the day's complaints. */
  g_assert_cmpstr (hk_service_log_page_get_state (page), ==,
                   "Proposed from the day’s records, not saved yet");
  /* The text views, found by their groups' titles. */
  {
    GtkWidget *group = hk_test_ui_find (root, ADW_TYPE_PREFERENCES_GROUP, "title",
                                        "Complaint Hotspots");

    g_assert_nonnull (group);
    complaints = GTK_TEXT_VIEW (hk_test_ui_find (group, GTK_TYPE_TEXT_VIEW, NULL, NULL));
    group = hk_test_ui_find (root, ADW_TYPE_PREFERENCES_GROUP, "title", "Inquiry Hotspots");
    inquiry = GTK_TEXT_VIEW (hk_test_ui_find (group, GTK_TYPE_TEXT_VIEW, NULL, NULL));
  }
  buffer = gtk_text_view_get_buffer (complaints);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (text, ==, "Network quality: 1 (a week earlier: 0)");
  g_assert_true (action_enabled (root, "service-log.save"));

  /* The officer writes the inquiries and saves: revision 1, by him. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (inquiry), "5G 套餐资费咨询", -1);
  g_assert_true (hk_service_log_page_is_modified (page));
  g_assert_cmpstr (hk_service_log_page_get_state (page), ==, "Changed, not saved yet");
  gtk_widget_activate_action (root, "service-log.save", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM service_logs WHERE day = '" TODAY
                              "' AND inquiry_hotspots = '5G 套餐资费咨询' AND ?1 = 1", 1), ==, 1);
  g_assert_cmpstr (hk_service_log_page_get_state (page), ==,
                   "Saved by 孙浩 at 2031-03-14 10:00, revision 1");
  g_assert_false (action_enabled (root, "service-log.save"));
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "The service log of 2031-03-14 Fri is saved (revision 1)"));

  /* Leaving a changed day asks first. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (inquiry), "携号转网", -1);
  gtk_widget_activate_action (GTK_WIDGET (view), "complaints.previous", NULL);
  {
    AdwMessageDialog *dialog = find_dialog ("Discard Your Changes?");

    g_assert_cmpstr (hk_service_log_page_get_day (page), ==, TODAY);
    respond (dialog, "discard");
  }
  g_assert_cmpstr (hk_service_log_page_get_day (page), ==, "2031-03-13");
  g_assert_false (hk_service_log_page_is_modified (page));
  gtk_window_destroy (window);
  hk_test_ui_iterate ();

  /* Only a complaint officer saves it. */
  view = open_complaints (fixture, "zhengwei", &window);
  hk_complaints_view_show_page (view, "service-log");
  hk_test_ui_iterate ();
  g_assert_false (action_enabled (GTK_WIDGET (hk_complaints_view_get_service_log_page (view)),
                                  "service-log.save"));
}

/* Entries of the opinion book are copied and processed; one not processed in time is
 * flagged. */
static void
test_opinion_book (HkViewFixture *fixture,
                   gconstpointer  data)
{
  g_autoptr(HkOperator) sunhao = lookup (fixture, "sunhao");
  g_autoptr(HkOpinionEntry) old = NULL;
  g_autoptr(GError) error = NULL;
  HkComplaintsView *view;
  HkOpinionBookPage *page;
  AdwMessageDialog *dialog;
  GtkWindow *window;
  GtkWidget *root;
  GListModel *model;
  HkOpinionItem *item;
  gint64 added;

  set_now (fixture, NOW - 3 * DAY);
  old = hk_opinion_book_store_add (hk_context_get_opinion_book_store (fixture->context), sunhao,
                                   "2031-03-11", "排队时间太长", "13700001111", &error);
  g_assert_no_error (error);
  set_now (fixture, NOW);

  view = open_complaints (fixture, "zhengwei", &window);
  hk_complaints_view_show_page (view, "opinion-book");
  page = hk_complaints_view_get_opinion_book_page (view);
  root = GTK_WIDGET (page);
  hk_test_ui_iterate ();
  model = hk_opinion_book_page_get_visible_model (page);

  /* The old entry is flagged, first, its contact masked. */
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  item = g_list_model_get_item (model, 0);
  g_object_unref (item);
  g_assert_cmpint (hk_opinion_item_get_id (item), ==, hk_opinion_entry_get_id (old));
  g_assert_cmpint (hk_opinion_item_get_state (item), ==, HK_OPINION_ITEM_FLAGGED);
  g_assert_cmpstr (hk_opinion_item_get_state_title (item), ==, "Not processed in time");
  g_assert_cmpstr (hk_opinion_item_get_state_detail (item), ==, "Due 2031-03-13 00:00");
  g_assert_cmpstr (hk_opinion_item_get_contact_label (item), ==, "137****1111");

  /* Copy a new entry. */
  gtk_widget_activate_action (root, "opinion-book.add", NULL);
  dialog = find_dialog ("Copy an Opinion Book Entry?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "What the customer wrote",
                       "营业员态度很好");
  respond (dialog, "add");
  added = query_int (fixture, "SELECT max (id) FROM opinion_entries WHERE ?1 = 1", 1);
  g_assert_cmpint (added, !=, hk_opinion_entry_get_id (old));
  item = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));
  g_assert_nonnull (item);
  g_assert_cmpint (hk_opinion_item_get_id (item), ==, added);
  g_assert_cmpint (hk_opinion_item_get_state (item), ==, HK_OPINION_ITEM_WAITING);

  /* Process the flagged one: processed late. */
  g_assert_true (hk_opinion_book_page_select (page, hk_opinion_entry_get_id (old)));
  hk_test_ui_iterate ();
  g_assert_true (action_enabled (root, "opinion-book.process"));
  gtk_widget_activate_action (root, "opinion-book.process", NULL);
  dialog = find_dialog ("Process the Entry?");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reply, or what was done",
                       "已电话致歉并增开窗口");
  respond (dialog, "process");
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM opinion_replies WHERE entry_id = ?1",
                              hk_opinion_entry_get_id (old)), ==, 1);
  g_assert_true (hk_opinion_book_page_select (page, hk_opinion_entry_get_id (old)));
  item = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));
  g_assert_cmpint (hk_opinion_item_get_state (item), ==, HK_OPINION_ITEM_PROCESSED_LATE);
  g_assert_nonnull (strstr (hk_opinion_item_get_reply_label (item), "已电话致歉并增开窗口"));
  g_assert_false (action_enabled (root, "opinion-book.process"));

  /* It is flagged no more; the flagged of any day (the demo hall's too) are all that shows. */
  hk_opinion_book_page_set_show (page, HK_OPINION_BOOK_SHOW_FLAGGED);
  hk_test_ui_iterate ();
  g_assert_false (hk_opinion_book_page_select (page, hk_opinion_entry_get_id (old)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkOpinionItem) flagged = g_list_model_get_item (model, i);

      g_assert_cmpint (hk_opinion_item_get_state (flagged), ==, HK_OPINION_ITEM_FLAGGED);
    }
  g_assert_cmpint (g_list_model_get_n_items (model), ==,
                   query_int (fixture, "SELECT count (*) FROM opinion_entries e WHERE NOT EXISTS"
                              " (SELECT 1 FROM opinion_replies r WHERE r.entry_id = e.id)"
                              " AND e.due_at <= ?1", NOW));
  g_assert_true (gtk_widget_get_mapped (
                   hk_test_ui_find (root, ADW_TYPE_STATUS_PAGE, "title",
                                    "Nothing Waiting Past Its Time")) ==
                 (g_list_model_get_n_items (model) == 0));
}

/* Waits until a toast says @text: toasts shown before it are closed, as a user would. */
static void
wait_for_toast (GtkWindow  *window,
                const char *text)
{
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;

  while (g_get_monotonic_time () < deadline)
    {
      g_autofree char *toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
      GtkWidget *toast;

      if (strstr (toasts, text) != NULL)
        return;

      toast = hk_test_ui_find (GTK_WIDGET (window), GTK_TYPE_WIDGET, "css-name", "toast");
      if (toast != NULL)
        {
          GtkWidget *close = NULL;

          for (GtkWidget *child = gtk_widget_get_first_child (toast); child != NULL;
               child = gtk_widget_get_next_sibling (child))
            if (GTK_IS_BUTTON (child))
              close = child;
          if (close != NULL)
            gtk_widget_activate (close);
        }
      g_main_context_iteration (NULL, TRUE);
    }

  g_error ("No toast says “%s”", text);
}

static void
wait_for_export (HkComplaintsView *view)
{
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;

  while (hk_complaints_view_is_exporting (view) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (hk_complaints_view_is_exporting (view));
}

static gboolean
file_starts_with_zip (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &contents, &length, NULL) && length > 4 &&
         memcmp (contents, "PK\003\004", 4) == 0;
}

/* Export writes the register and a month's statistics in a thread, and says where. */
static void
test_export (HkViewFixture *fixture,
             gconstpointer  data)
{
  g_autoptr(HkComplaint) one = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hk-export-XXXXXX", NULL);
  g_autofree char *register_path = g_build_filename (dir, "register.xlsx", NULL);
  g_autofree char *statistics_path = g_build_filename (dir, "statistics.xlsx", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "register.txt", NULL);
  g_autofree char *toasts = NULL;
  HkComplaintsView *view;
  GtkWindow *window;

  set_now (fixture, NOW);
  one = register_complaint (fixture, "sunhao", NOW - HOUR, "network", "褚先生");
  view = open_complaints (fixture, "sunhao", &window);

  /* The menu's items are actions; Ctrl+E is the register's. */
  g_assert_true (action_enabled (GTK_WIDGET (view), "complaints.cancel-export") == FALSE);

  hk_complaints_view_export_to (view, HK_COMPLAINT_EXPORT_REGISTER, "2031-03-01", TODAY,
                                register_path);
  g_assert_true (hk_complaints_view_is_exporting (view));
  g_assert_true (action_enabled (GTK_WIDGET (view), "complaints.cancel-export"));
  wait_for_export (view);
  g_assert_true (file_starts_with_zip (register_path));
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "The register is saved in register.xlsx"));

  hk_complaints_view_export_to (view, HK_COMPLAINT_EXPORT_STATISTICS, "2031-03", NULL,
                                statistics_path);
  wait_for_export (view);
  g_assert_true (file_starts_with_zip (statistics_path));
  wait_for_toast (window, "The statistics of March 2031 are saved in statistics.xlsx");

  /* A name the writer does not know: its sentence, and no file. */
  hk_complaints_view_export_to (view, HK_COMPLAINT_EXPORT_REGISTER, "2031-03-01", TODAY,
                                bad_path);
  wait_for_export (view);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  wait_for_toast (window, "the name must end in .xlsx");

  hk_test_ui_remove_dir (dir);
}

/* Who sees the section, where they land, and that it leaves the window room for its sidebar. */
static void
test_who_sees_it (HkViewFixture *fixture,
                  gconstpointer  data)
{
  const struct { const char *login; gboolean sees; const char *home; } cases[] = {
    { "sunhao", TRUE, "complaints" }, { "zhengwei", TRUE, "shifts" },
    { "liqiang", TRUE, "analysis" }, { "huangfang", TRUE, "cash-desk" },
    { "zhangli", FALSE, "cash-desk" }, { "zhaomin", FALSE, "settlement" },
  };

  set_now (fixture, NOW);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWindow *window;
      g_auto(GStrv) ids = NULL;

      hk_view_fixture_log_in (fixture, cases[i].login, &window);
      ids = hk_window_dup_section_ids (HK_WINDOW (window));
      g_assert_cmpint (g_strv_contains ((const char * const *)ids, "complaints"), ==,
                       cases[i].sees);
      g_assert_cmpstr (hk_window_get_visible_section (HK_WINDOW (window)), ==, cases[i].home);

      if (cases[i].sees)
        {
          GtkWidget *leaflet = hk_test_ui_find (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL,
                                                NULL);
          int minimum = 0;

          /* At the window's first size the sidebar and the section stand side by side: the
           * section's bars and filters shrink rather than fold the window for every section. */
          hk_window_show_section (HK_WINDOW (window), "complaints");
          hk_test_ui_wait_for_frames (GTK_WIDGET (window), 3);
          gtk_widget_measure (hk_window_get_section (HK_WINDOW (window), "complaints"),
                              GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
          g_test_message ("%s: the section needs at least %d pixels", cases[i].login, minimum);
          g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));
          g_assert_cmpint (minimum, <=, 640);
        }

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

  g_test_add ("/complaints-view/quick-entry", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_quick_entry, hk_view_fixture_teardown);
  g_test_add ("/complaints-view/filters", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_filters, hk_view_fixture_teardown);
  g_test_add ("/complaints-view/complaint-page", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_complaint_page, hk_view_fixture_teardown);
  g_test_add ("/complaints-view/day-check", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_day_check, hk_view_fixture_teardown);
  g_test_add ("/complaints-view/service-log", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_service_log, hk_view_fixture_teardown);
  g_test_add ("/complaints-view/opinion-book", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_opinion_book, hk_view_fixture_teardown);
  g_test_add ("/complaints-view/export", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_export, hk_view_fixture_teardown);
  g_test_add ("/complaints-view/who-sees-it", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_who_sees_it, hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
