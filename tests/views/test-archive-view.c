/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-archive-view.c: the archive's sections driven through their real widgets: the
 * approvals inbox (approve, refuse to decide one's own request, release, take back), a new
 * request, the Archive's file page (a logged view, identity data refused or shown and hidden
 * again), the file form, the re-check form, and the access log with its export. */

#include "config.h"

#include <string.h>

#include "hk-test-fixture.h"
#include "views/hk-access-log-view.h"
#include "views/hk-access-request-editor.h"
#include "views/hk-approvals-view.h"
#include "views/hk-archive-view.h"
#include "views/hk-customer-file-editor.h"
#include "views/hk-error-register-view.h"
#include "views/hk-recheck-editor.h"
#include "views/hk-window.h"

#define HOUR (60 * 60)
#define ID_NUMBER "330106198503121231"
#define ID_MASKED "330***********1231"
#define FILE_NO "DA-TEST-0001"

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

/* The clock stands still during a test, so that no window closes under it. */
static void
stop_clock (HkViewFixture *fixture)
{
  hk_database_set_now (hk_context_get_database (fixture->context),
                       g_get_real_time () / G_USEC_PER_SEC);
}

static gint64
now (HkViewFixture *fixture)
{
  return hk_database_get_now (hk_context_get_database (fixture->context));
}

static GtkWidget *
show_section (HkViewFixture *fixture,
              const char    *login,
              const char    *id,
              GtkWindow    **window)
{
  GtkWidget *section;

  hk_view_fixture_log_in (fixture, login, window);
  g_assert_true (hk_window_show_section (HK_WINDOW (*window), id));
  section = hk_window_get_section (HK_WINDOW (*window), id);
  g_assert_nonnull (section);
  hk_test_ui_wait_for_frames (GTK_WIDGET (*window), 2);

  return section;
}

/* Clicks the button labelled @label under @root, which must be sensitive. */
static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = hk_test_ui_find (root, GTK_TYPE_BUTTON, "label", label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  hk_test_ui_iterate ();
}

static gboolean
button_enabled (GtkWidget  *root,
                const char *label)
{
  GtkWidget *button = hk_test_ui_find (root, GTK_TYPE_BUTTON, "label", label);

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button);
}

static AdwMessageDialog *
find_dialog (void)
{
  hk_test_ui_iterate ();

  return ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* Waits until a toast under @window contains @expected. */
static void
assert_toast (GtkWindow  *window,
              const char *expected)
{
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;

  for (;;)
    {
      g_autofree char *toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));

      if (strstr (toasts, expected) != NULL)
        return;
      if (g_get_monotonic_time () > deadline)
        g_error ("No toast “%s”; shown: “%s”", expected, toasts);

      hk_test_ui_wait_for_frames (GTK_WIDGET (window), 1);
    }
}

static gboolean
model_has_request (GListModel *model,
                   gint64      request_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkAccessRequest) request = g_list_model_get_item (model, i);

      if (hk_access_request_get_id (request) == request_id)
        return TRUE;
    }

  return FALSE;
}

/* A pending request of the demo asked for by @login, or NULL. */
static HkAccessRequest *
find_pending_of (HkViewFixture *fixture,
                 const char    *login)
{
  g_autoptr(HkOperator) asker = lookup (fixture, login);
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GError) error = NULL;

  pending = hk_access_request_store_list (hk_context_get_access_request_store (fixture->context),
                                          HK_ACCESS_REQUEST_PENDING, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < pending->len; i++)
    {
      HkAccessRequest *request = g_ptr_array_index (pending, i);

      if (hk_access_request_get_requester_id (request) == hk_operator_get_id (asker))
        return g_object_ref (request);
    }

  return NULL;
}

static HkCustomerFile *
find_file_in_archive (HkViewFixture *fixture)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;

  files = hk_customer_file_store_search (hk_context_get_customer_file_store (fixture->context),
                                         "", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < files->len; i++)
    if (hk_customer_file_get_status (g_ptr_array_index (files, i)) == HK_FILE_IN_ARCHIVE)
      return g_object_ref (g_ptr_array_index (files, i));

  g_assert_not_reached ();
}

/* A request for @file by @asker for @designated, open from an hour ago for a day, approved by
 * liqiang: through the stores, as another operator would have done. */
static HkAccessRequest *
make_approved_request (HkViewFixture  *fixture,
                       HkCustomerFile *file,
                       const char     *asker,
                       const char     *designated)
{
  HkAccessRequestStore *store = hk_context_get_access_request_store (fixture->context);
  g_autoptr(HkOperator) requester = lookup (fixture, asker);
  g_autoptr(HkOperator) person = lookup (fixture, designated);
  g_autoptr(HkOperator) approver = lookup (fixture, "liqiang");
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  gint64 file_id = hk_customer_file_get_id (file);
  HkAccessRequestInput input = { 0 };
  HkAccessRequest *approved;

  input.file_ids = &file_id;
  input.n_files = 1;
  input.designated_id = hk_operator_get_id (person);
  input.purpose = HK_ACCESS_PURPOSE_DATA_CORRECTION;
  input.purpose_note = "复核证件号码";
  input.window_from = now (fixture) - HOUR;
  input.window_until = now (fixture) + 24 * HOUR;

  request = hk_access_request_store_create (store, requester, &input, &error);
  g_assert_no_error (error);
  approved = hk_access_request_store_approve (store, approver, request, NULL, &error);
  g_assert_no_error (error);

  return approved;
}

/* Who sees which of the archive's sections, where each starts, and that each fits the
 * window beside the sidebar (a section wider than that would fold the window). */
static void
test_sections_by_role (HkViewFixture *fixture,
                       gconstpointer  data)
{
  static const struct
  {
    const char *login;
    const char *sections;
    const char *home;
  } cases[] = {
    { "zhouqing", "archive approvals access-log error-register", "approvals" },
    { "liqiang", "approvals access-log error-register", NULL },
    { "zhaomin", "approvals access-log error-register", NULL },
    { "sunhao", "approvals", NULL },
    { "admin", "", NULL },
  };
  static const char *archive_sections[] = {
    "archive", "approvals", "access-log", "error-register"
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      GtkWindow *window;
      g_auto(GStrv) ids = NULL;
      g_autoptr(GString) seen = g_string_new (NULL);

      hk_view_fixture_log_in (fixture, cases[c].login, &window);
      ids = hk_window_dup_section_ids (HK_WINDOW (window));
      for (guint i = 0; i < G_N_ELEMENTS (archive_sections); i++)
        if (g_strv_contains ((const char * const *)ids, archive_sections[i]))
          g_string_append_printf (seen, "%s%s", seen->len > 0 ? " " : "", archive_sections[i]);
      g_assert_cmpstr (seen->str, ==, cases[c].sections);

      if (cases[c].home != NULL)
        g_assert_cmpstr (hk_window_get_visible_section (HK_WINDOW (window)), ==, cases[c].home);

      for (guint i = 0; i < G_N_ELEMENTS (archive_sections); i++)
        {
          GtkWidget *section = hk_window_get_section (HK_WINDOW (window), archive_sections[i]);
          int minimum = 0;

          if (section == NULL)
            continue;
          gtk_widget_measure (section, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL,
                              NULL);
          if (minimum > 600)
            g_error ("The section %s needs %d pixels", archive_sections[i], minimum);
        }

      /* Without the inbox's roles, only one's own requests. */
      if (g_strcmp0 (cases[c].login, "sunhao") == 0)
        {
          GtkWidget *approvals = hk_window_get_section (HK_WINDOW (window), "approvals");
          GtkWidget *switcher = hk_test_ui_find (approvals, ADW_TYPE_VIEW_SWITCHER, NULL, NULL);

          g_assert_false (gtk_widget_get_visible (switcher));
          g_assert_cmpuint (g_list_model_get_n_items (hk_approvals_view_get_page_model (
                              HK_APPROVALS_VIEW (approvals), "pending")), ==, 0);
        }

      gtk_window_destroy (window);
      hk_test_ui_iterate ();
    }
}

/* The supervisor approves a request in the inbox; it moves to "waiting for release". */
static void
test_approve_in_inbox (HkViewFixture *fixture,
                       gconstpointer  data)
{
  HkAccessRequestStore *store = hk_context_get_access_request_store (fixture->context);
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(HkAccessRequest) decided = NULL;
  g_autoptr(GError) error = NULL;
  HkApprovalsView *view;
  AdwMessageDialog *dialog;
  GtkWindow *window;
  gint64 id;

  stop_clock (fixture);
  request = find_pending_of (fixture, "zhaomin");
  g_assert_nonnull (request);
  id = hk_access_request_get_id (request);

  view = HK_APPROVALS_VIEW (show_section (fixture, "liqiang", "approvals", &window));
  g_assert_true (model_has_request (hk_approvals_view_get_page_model (view, "pending"), id));
  g_assert_false (model_has_request (hk_approvals_view_get_page_model (view, "approved"), id));

  hk_approvals_view_show_page (view, "pending");
  g_assert_true (hk_approvals_view_select_request (view, "pending", id));
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 1);

  click (GTK_WIDGET (view), "_Approve…");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Comment (optional)",
                       "同意，限本人查阅");
  click (GTK_WIDGET (dialog), "_Approve");
  hk_test_ui_iterate ();

  assert_toast (window, "approved");
  decided = hk_access_request_store_lookup (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_access_request_get_state (decided), ==, HK_ACCESS_REQUEST_APPROVED);
  g_assert_cmpint (hk_access_request_get_approval_kind (decided), ==, HK_APPROVAL_APP);
  g_assert_cmpstr (hk_access_request_get_comment (decided), ==, "同意，限本人查阅");

  /* It left the requests to decide for those waiting for release. */
  g_assert_false (model_has_request (hk_approvals_view_get_page_model (view, "pending"), id));
  g_assert_true (model_has_request (hk_approvals_view_get_page_model (view, "approved"), id));
}

/* Approve is off for one's own request, and the inbox says why; a rejection needs a reason. */
static void
test_decide_refusals (HkViewFixture *fixture,
                      gconstpointer  data)
{
  HkAccessRequestStore *store = hk_context_get_access_request_store (fixture->context);
  g_autoptr(HkOperator) liqiang = lookup (fixture, "liqiang");
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(HkAccessRequest) own = NULL;
  g_autoptr(HkAccessRequest) other = NULL;
  g_autoptr(HkAccessRequest) still = NULL;
  g_autoptr(GError) error = NULL;
  HkAccessRequestInput input = { 0 };
  HkApprovalsView *view;
  AdwMessageDialog *dialog;
  GtkWidget *reason;
  GtkWindow *window;
  gint64 file_id;

  stop_clock (fixture);
  file = find_file_in_archive (fixture);
  file_id = hk_customer_file_get_id (file);
  input.file_ids = &file_id;
  input.n_files = 1;
  input.designated_id = hk_operator_get_id (liqiang);
  input.purpose = HK_ACCESS_PURPOSE_AUDIT;
  input.purpose_note = "季度稽核";
  input.window_from = now (fixture);
  input.window_until = now (fixture) + 4 * HOUR;
  own = hk_access_request_store_create (store, liqiang, &input, &error);
  g_assert_no_error (error);

  view = HK_APPROVALS_VIEW (show_section (fixture, "liqiang", "approvals", &window));
  hk_approvals_view_show_page (view, "pending");
  g_assert_true (hk_approvals_view_select_request (view, "pending",
                                                   hk_access_request_get_id (own)));
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 1);

  g_assert_false (button_enabled (GTK_WIDGET (view), "_Approve…"));
  g_assert_false (button_enabled (GTK_WIDGET (view), "_Reject…"));
  reason = hk_test_ui_find_named (GTK_WIDGET (view), "pending-reason");
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (reason)),
                            "Nobody approves their own request"));
  g_assert_true (gtk_widget_get_mapped (reason));

  /* Another's request: Reject asks for the reason before it may be pressed. */
  other = find_pending_of (fixture, "sunhao");
  g_assert_nonnull (other);
  g_assert_true (hk_approvals_view_select_request (view, "pending",
                                                   hk_access_request_get_id (other)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (reason)), ==, "");
  click (GTK_WIDGET (view), "_Reject…");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reject"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Why it is rejected",
                       "用途不明");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "reject"));
  click (GTK_WIDGET (dialog), "_Reject");

  still = hk_access_request_store_lookup (store, hk_access_request_get_id (other), &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_access_request_get_state (still), ==, HK_ACCESS_REQUEST_REJECTED);
  g_assert_cmpstr (hk_access_request_get_comment (still), ==, "用途不明");
  assert_toast (window, "rejected");
}

/* The archivist releases an approved file and takes it back with the consultation's record. */
static void
test_release_and_return (HkViewFixture *fixture,
                         gconstpointer  data)
{
  HkAccessRequestStore *store = hk_context_get_access_request_store (fixture->context);
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(HkConsultation) open = NULL;
  g_autoptr(HkConsultation) returned = NULL;
  g_autoptr(GError) error = NULL;
  HkApprovalsView *view;
  AdwMessageDialog *dialog;
  GtkWidget *copies;
  GtkWindow *window;
  gint64 id;

  stop_clock (fixture);
  file = find_file_in_archive (fixture);
  request = make_approved_request (fixture, file, "sunhao", "sunhao");
  id = hk_access_request_get_id (request);

  view = HK_APPROVALS_VIEW (show_section (fixture, "zhouqing", "approvals", &window));
  hk_approvals_view_show_page (view, "approved");
  g_assert_true (hk_approvals_view_select_request (view, "approved", id));
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 1);

  click (GTK_WIDGET (view), "_Release…");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  click (GTK_WIDGET (dialog), "_Release");
  assert_toast (window, "released to 孙浩");

  open = hk_access_request_store_get_open_consultation (store, hk_customer_file_get_id (file),
                                                        &error);
  g_assert_no_error (error);
  g_assert_nonnull (open);
  g_assert_cmpint (hk_consultation_get_request_id (open), ==, id);

  /* Released once: the request left the page, the file is on the page of files out. */
  g_assert_false (model_has_request (hk_approvals_view_get_page_model (view, "approved"), id));
  hk_approvals_view_show_page (view, "out");
  g_assert_true (hk_approvals_view_select_request (view, "out", id));
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 1);

  click (GTK_WIDGET (view), "Re_turn…");
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "return"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "What was consulted",
                       "开户协议签字页");
  copies = hk_test_ui_find_named (GTK_WIDGET (dialog), "copies");
  g_assert_nonnull (copies);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (copies), 2);
  click (GTK_WIDGET (dialog), "_Take Back");
  assert_toast (window, "is back in the archive");

  returned = hk_access_request_store_lookup_consultation (store, hk_consultation_get_id (open),
                                                          &error);
  g_assert_no_error (error);
  g_assert_false (hk_consultation_is_open (returned));
  g_assert_cmpstr (hk_consultation_get_consulted (returned), ==, "开户协议签字页");
  g_assert_cmpuint (hk_consultation_get_copies (returned), ==, 2);
}

/* An operator without the inbox's roles asks through the form; Ask waits for a valid form. */
static void
test_new_request (HkViewFixture *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(HkOperator) sunhao = lookup (fixture, "sunhao");
  g_autoptr(GPtrArray) mine = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *files = NULL;
  HkAccessRequestEditor *editor;
  HkAccessRequest *request;
  HkApprovalsView *view;
  GtkWindow *window;
  guint n_before;

  stop_clock (fixture);
  file = find_file_in_archive (fixture);
  view = HK_APPROVALS_VIEW (show_section (fixture, "sunhao", "approvals", &window));
  n_before = g_list_model_get_n_items (hk_approvals_view_get_page_model (view, "mine"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  hk_test_ui_iterate ();
  editor = HK_ACCESS_REQUEST_EDITOR (hk_test_ui_find_toplevel (HK_TYPE_ACCESS_REQUEST_EDITOR));
  g_assert_nonnull (editor);
  g_assert_cmpstr (hk_access_request_editor_get_problem (editor), ==,
                   "Give the numbers of the files to consult.");

  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "File numbers", "DA-NONE-1");
  g_assert_cmpstr (hk_access_request_editor_get_problem (editor), ==,
                   "There is no customer file number “DA-NONE-1”.");

  files = g_strdup_printf ("%s，", hk_customer_file_get_file_no (file));
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "File numbers", files);
  g_assert_nonnull (strstr (hk_access_request_editor_get_problem (editor), "Say why"));
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                       "Why, e.g. the complaint’s number", "投诉单 TS-2026-118");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Until (YYYY-MM-DD HH:MM)",
                       "2001-01-01 10:00");
  g_assert_nonnull (hk_access_request_editor_get_problem (editor));
  {
    g_autofree char *until = NULL;
    g_autoptr(GDateTime) later = g_date_time_new_from_unix_utc (now (fixture) + 6 * HOUR);
    g_autoptr(GDateTime) local = g_date_time_to_timezone (
                                   later, hk_hall_store_get_time_zone (
                                            hk_context_get_hall_store (fixture->context)));

    until = g_date_time_format (local, "%Y-%m-%d %H:%M");
    hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Until (YYYY-MM-DD HH:MM)",
                         until);
  }
  g_assert_null (hk_access_request_editor_get_problem (editor));

  gtk_widget_activate_action (GTK_WIDGET (editor), "request.save", NULL);
  hk_test_ui_iterate ();
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_ACCESS_REQUEST_EDITOR));
  assert_toast (window, "waits for a superior’s decision");

  mine = hk_access_request_store_list_involving (
           hk_context_get_access_request_store (fixture->context), hk_operator_get_id (sunhao),
           &error);
  g_assert_no_error (error);
  request = g_ptr_array_index (mine, mine->len - 1);
  g_assert_cmpint (hk_access_request_get_requester_id (request), ==, hk_operator_get_id (sunhao));
  g_assert_cmpint (hk_access_request_get_designated_id (request), ==,
                   hk_operator_get_id (sunhao));
  g_assert_cmpint (hk_access_request_get_state (request), ==, HK_ACCESS_REQUEST_PENDING);
  g_assert_cmpstr (hk_access_request_get_purpose_note (request), ==, "投诉单 TS-2026-118");
  g_assert_cmpuint (g_list_model_get_n_items (hk_approvals_view_get_page_model (view, "mine")),
                    ==, n_before + 1);
}

static void
fill_file_form (HkCustomerFileEditor *editor)
{
  GtkWidget *root = GTK_WIDGET (editor);

  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "File number", FILE_NO);
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Customer name", "张三");
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Identity number", ID_NUMBER);
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Phone", "138-1234-5678");
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Service numbers", "13912340001, 13912340002");
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Cabinet", "A");
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Shelf", "03");
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Box", "12");
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Kept until (YYYY-MM-DD)", "2099-12-31");
}

static const char *
detail (HkArchiveView *view,
        const char    *name)
{
  GtkWidget *label = hk_test_ui_find_named (GTK_WIDGET (view), name);

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));

  return gtk_label_get_label (GTK_LABEL (label));
}

/* The archivist registers a file in the form, finds it by the last four of the ID, opens it (a
 * logged view; the list is not), is refused its identity data, and sees them as the designated
 * person of its consultation until the page closes. */
static void
test_file_page (HkViewFixture *fixture,
                gconstpointer  data)
{
  HkCustomerFileStore *files = hk_context_get_customer_file_store (fixture->context);
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(HkConsultation) consultation = NULL;
  g_autoptr(HkOperator) zhouqing = lookup (fixture, "zhouqing");
  g_autoptr(GError) error = NULL;
  HkCustomerFileEditor *editor;
  HkArchiveView *view;
  GListModel *model;
  GtkWidget *search;
  GtkWindow *window;
  gint64 viewed;
  gint64 refused;

  stop_clock (fixture);
  view = HK_ARCHIVE_VIEW (show_section (fixture, "zhouqing", "archive", &window));
  model = hk_archive_view_get_visible_model (view);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 100);

  /* The form: Register stays off until it is complete. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  hk_test_ui_iterate ();
  editor = HK_CUSTOMER_FILE_EDITOR (hk_test_ui_find_toplevel (HK_TYPE_CUSTOMER_FILE_EDITOR));
  g_assert_nonnull (editor);
  g_assert_cmpstr (hk_customer_file_editor_get_problem (editor), ==, "Give the file number.");
  fill_file_form (editor);
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Identity number",
                       "330106198503121232");
  g_assert_nonnull (strstr (hk_customer_file_editor_get_problem (editor), "not valid"));
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Identity number", ID_NUMBER);
  g_assert_null (hk_customer_file_editor_get_problem (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  hk_test_ui_iterate ();
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_CUSTOMER_FILE_EDITOR));
  assert_toast (window, "File " FILE_NO " registered");

  file = hk_customer_file_store_lookup_number (files, FILE_NO, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_customer_file_get_masked_id_number (file), ==, ID_MASKED);
  g_assert_cmpstr (hk_customer_file_get_masked_phone (file), ==, "138****5678");

  /* Found by the last four characters of the identity number; listing is not viewing. */
  viewed = hk_test_ui_count_audit (fixture->context, "file-viewed");
  search = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "1231");
  g_signal_emit_by_name (search, "search-changed");
  hk_test_ui_iterate ();
  g_assert_true (hk_archive_view_select (view, FILE_NO));
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "file-viewed"), ==, viewed);

  click (GTK_WIDGET (view), "_Open");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_nonnull (hk_archive_view_get_file (view));
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "file-viewed"), ==, viewed + 1);
  g_assert_cmpstr (detail (view, "id-number-value"), ==, ID_MASKED);
  g_assert_cmpstr (detail (view, "service-numbers-value"), ==, "139****0001, 139****0002");

  /* In the archive: nothing to show anyone. */
  g_assert_false (button_enabled (GTK_WIDGET (view), "Show _Identity Data"));

  /* Out to sunhao: the archivist is refused, and the refusal is logged. */
  request = make_approved_request (fixture, file, "sunhao", "sunhao");
  consultation = hk_access_request_store_release (
                   hk_context_get_access_request_store (fixture->context), zhouqing, request,
                   hk_customer_file_get_id (file), &error);
  g_assert_no_error (error);
  g_clear_object (&consultation);
  hk_test_ui_iterate ();
  refused = hk_test_ui_count_audit (fixture->context, "permission-denied");
  click (GTK_WIDGET (view), "Show _Identity Data");
  assert_toast (window, "shown only to the person designated to consult it");
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "permission-denied"), ==,
                   refused + 1);
  g_assert_false (hk_archive_view_is_identity_shown (view));
  g_assert_cmpstr (detail (view, "id-number-value"), ==, ID_MASKED);

  /* Back in, and out again to the archivist herself: she sees them until she leaves. */
  {
    HkAccessRequestStore *requests = hk_context_get_access_request_store (fixture->context);
    g_autoptr(HkConsultation) open = NULL;
    g_autoptr(HkConsultation) back = NULL;
    g_autoptr(HkAccessRequest) second = NULL;

    open = hk_access_request_store_get_open_consultation (requests,
                                                          hk_customer_file_get_id (file),
                                                          &error);
    g_assert_no_error (error);
    back = hk_access_request_store_return_file (requests, zhouqing, open, "签字页", 0, &error);
    g_assert_no_error (error);
    second = make_approved_request (fixture, file, "zhouqing", "zhouqing");
    consultation = hk_access_request_store_release (requests, zhouqing, second,
                                                    hk_customer_file_get_id (file), &error);
    g_assert_no_error (error);
  }
  hk_test_ui_iterate ();
  g_assert_nonnull (hk_archive_view_get_file (view));
  click (GTK_WIDGET (view), "Show _Identity Data");
  g_assert_true (hk_archive_view_is_identity_shown (view));
  g_assert_cmpstr (detail (view, "id-number-value"), ==, ID_NUMBER);
  g_assert_cmpstr (detail (view, "phone-value"), ==, "13812345678");
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "identity-revealed"), >=, 1);

  /* Leaving the page masks them again. */
  gtk_widget_activate_action (GTK_WIDGET (view), "archive.back", NULL);
  hk_test_ui_iterate ();
  g_assert_null (hk_archive_view_get_file (view));
  g_assert_false (hk_archive_view_is_identity_shown (view));
  {
    GtkWidget *label = hk_test_ui_find_named (GTK_WIDGET (view), "id-number-value");

    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), !=, ID_NUMBER);
  }
}

/* The archivist enters an error found; the register lists it and counts it. */
static void
test_error_register (HkViewFixture *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(GError) error = NULL;
  HkErrorRegisterView *view;
  HkRecheckEditor *editor;
  GListModel *model;
  GtkWidget *error_switch;
  GtkWindow *window;
  gboolean found = FALSE;

  stop_clock (fixture);
  file = find_file_in_archive (fixture);
  view = HK_ERROR_REGISTER_VIEW (show_section (fixture, "zhouqing", "error-register", &window));
  model = hk_error_register_view_get_visible_model (view);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  hk_test_ui_iterate ();
  editor = HK_RECHECK_EDITOR (hk_test_ui_find_toplevel (HK_TYPE_RECHECK_EDITOR));
  g_assert_nonnull (editor);
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "File number",
                       hk_customer_file_get_file_no (file));
  g_assert_null (hk_recheck_editor_get_problem (editor));

  error_switch = hk_test_ui_find (GTK_WIDGET (editor), GTK_TYPE_SWITCH, NULL, NULL);
  gtk_switch_set_active (GTK_SWITCH (error_switch), TRUE);
  g_assert_cmpstr (hk_recheck_editor_get_problem (editor), ==, "Say what was wrong.");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "What was wrong",
                       "业务受理单缺客户签字");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Cause", "受理时未提醒客户签字");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Correction made",
                       "约客户到厅补签");
  g_assert_null (hk_recheck_editor_get_problem (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "recheck.save", NULL);
  hk_test_ui_iterate ();
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_RECHECK_EDITOR));
  assert_toast (window, "entered in the register");

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkRecheck) recheck = g_list_model_get_item (model, i);

      g_assert_true (hk_recheck_get_error_found (recheck));
      if (g_strcmp0 (hk_recheck_get_error (recheck), "业务受理单缺客户签字") == 0 &&
          hk_recheck_get_file_id (recheck) == hk_customer_file_get_id (file))
        found = TRUE;
    }
  g_assert_true (found);
}

static void
wait_for_export (GtkWidget *view,
                 gboolean (*is_exporting) (gpointer))
{
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;

  while (is_exporting (view))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  hk_test_ui_iterate ();
}

/* The access log is read (and logged) when shown, filtered on screen, and exported after the
 * export is logged. */
static void
test_access_log (HkViewFixture *fixture,
                 gconstpointer  data)
{
  g_autoptr(HkOperator) zhouqing = lookup (fixture, "zhouqing");
  g_autofree char *path = g_build_filename (fixture->dir, "access-log.xlsx", NULL);
  g_autofree char *contents = NULL;
  HkAccessLogView *view;
  GListModel *model;
  GtkWidget *operators;
  GtkWindow *window;
  gint64 reads;
  gint64 exports;
  gsize length = 0;
  guint n_all;

  stop_clock (fixture);
  reads = hk_test_ui_count_audit (fixture->context, "access-log-read");
  view = HK_ACCESS_LOG_VIEW (show_section (fixture, "zhouqing", "access-log", &window));
  model = hk_access_log_view_get_visible_model (view);
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "access-log-read"), ==, reads + 1);

  /* Its own reading is the last entry of the month. */
  n_all = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_all, >, 0);
  {
    g_autoptr(HkAccessLogEntry) last = g_list_model_get_item (model, n_all - 1);

    g_assert_cmpstr (hk_access_log_entry_get_action (last), ==, "access-log-read");
    g_assert_cmpint (hk_access_log_entry_get_operator_id (last), ==,
                     hk_operator_get_id (zhouqing));
  }

  /* Only what liqiang did: the operator filter. */
  operators = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN, NULL, NULL);
  g_assert_nonnull (operators);
  {
    GListModel *names = gtk_drop_down_get_model (GTK_DROP_DOWN (operators));
    g_autoptr(HkOperator) liqiang = lookup (fixture, "liqiang");
    guint position = GTK_INVALID_LIST_POSITION;

    for (guint i = 0; i < g_list_model_get_n_items (names); i++)
      if (strstr (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "(liqiang)") != NULL)
        position = i;
    g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (operators), position);
    g_assert_cmpuint (g_list_model_get_n_items (model), <, n_all);
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(HkAccessLogEntry) entry = g_list_model_get_item (model, i);

        g_assert_cmpint (hk_access_log_entry_get_operator_id (entry), ==,
                         hk_operator_get_id (liqiang));
      }
    gtk_drop_down_set_selected (GTK_DROP_DOWN (operators), 0);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_all);
  }

  /* Export: logged, then written. */
  exports = hk_test_ui_count_audit (fixture->context, "archive-exported");
  gtk_widget_activate_action (GTK_WIDGET (view), "access-log.export-to", "s", path);
  g_assert_true (hk_access_log_view_is_exporting (HK_ACCESS_LOG_VIEW (view)));
  wait_for_export (GTK_WIDGET (view), (gboolean (*) (gpointer))hk_access_log_view_is_exporting);
  assert_toast (window, "saved in access-log.xlsx");
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "archive-exported"), ==,
                   exports + 1);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpint (memcmp (contents, "PK", 2), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/archive-view/sections-by-role", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_sections_by_role, hk_view_fixture_teardown);
  g_test_add ("/archive-view/approve-in-inbox", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_approve_in_inbox, hk_view_fixture_teardown);
  g_test_add ("/archive-view/decide-refusals", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_decide_refusals, hk_view_fixture_teardown);
  g_test_add ("/archive-view/release-and-return", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_release_and_return, hk_view_fixture_teardown);
  g_test_add ("/archive-view/new-request", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_new_request, hk_view_fixture_teardown);
  g_test_add ("/archive-view/file-page", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_file_page, hk_view_fixture_teardown);
  g_test_add ("/archive-view/error-register", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_error_register, hk_view_fixture_teardown);
  g_test_add ("/archive-view/access-log", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_access_log, hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
