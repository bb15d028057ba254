/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-hall-view.c: the duty manager's books through the real Hall widgets: a duty log
 * written in its text views, saved, signed (signed and locked in the database) and given a
 * remark; a cleaning round ticked on the kiosk page while the rounds missed before it say so;
 * a failed safety check item that opens a facility fault, shown on the Safety page and carried
 * in the duty log; the history by day; the month exported to Excel; and who sees the section. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hk-test-fixture.h"
#include "views/hk-hall-view.h"
#include "views/hk-window.h"

/* 2031-03-14 10:00 in Asia/Shanghai, a Friday after anything the demo hall records: the early
 * shift (08:00-13:30) is on, the opening clean and two restroom rounds are over. */
#define NOW G_GINT64_CONSTANT (1931220000)
#define TODAY "2031-03-14"
#define YESTERDAY "2031-03-13"

static gint64
query_int (HkViewFixture *fixture,
           const char    *sql,
           const char    *text)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hk_context_get_database (fixture->context), sql, &error);
  g_assert_no_error (error);
  if (text != NULL)
    hk_statement_bind_text (stmt, 1, text);
  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_no_error (error);

  return hk_statement_get_int64 (stmt, 0);
}

static char *
query_text (HkViewFixture *fixture,
            const char    *sql,
            const char    *text)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hk_context_get_database (fixture->context), sql, &error);
  g_assert_no_error (error);
  if (text != NULL)
    hk_statement_bind_text (stmt, 1, text);
  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_no_error (error);

  return hk_statement_dup_text (stmt, 0);
}

static HkHallView *
open_hall (HkViewFixture *fixture,
           const char    *login,
           GtkWindow    **window)
{
  GtkWidget *view;

  hk_database_set_now (hk_context_get_database (fixture->context), NOW);
  hk_view_fixture_log_in (fixture, login, window);
  g_assert_true (hk_window_show_section (HK_WINDOW (*window), "hall"));
  view = hk_window_get_section (HK_WINDOW (*window), "hall");
  g_assert_true (HK_IS_HALL_VIEW (view));
  hk_test_ui_iterate ();

  return HK_HALL_VIEW (view);
}

/* Whether a toast says @text, soon: the toasts queued before it are closed, as a user would. */
static gboolean
shows_toast (GtkWindow  *window,
             const char *text)
{
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;

  while (g_get_monotonic_time () < deadline)
    {
      g_autofree char *toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
      GtkWidget *toast;

      if (strstr (toasts, text) != NULL)
        return TRUE;

      toast = hk_test_ui_find (GTK_WIDGET (window), GTK_TYPE_WIDGET, "css-name", "toast");
      if (toast == NULL)
        return FALSE;
      for (GtkWidget *child = gtk_widget_get_last_child (toast); child != NULL;
           child = gtk_widget_get_prev_sibling (child))
        if (GTK_IS_BUTTON (child))
          {
            gtk_widget_activate (child);
            break;
          }
      g_main_context_iteration (NULL, TRUE);
    }

  return FALSE;
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

static gboolean
action_enabled (GtkWidget  *widget,
                const char *action)
{
  GtkWidget *button = hk_test_ui_find (widget, GTK_TYPE_BUTTON, "action-name", action);

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button);
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  GtkWidget *widget = hk_test_ui_find_named (root, name);

  g_assert_nonnull (widget);

  return widget;
}

/* Clicks @button, as a user would. */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  hk_test_ui_iterate ();
}

/* Types @text into the log's text view @name, as a user would. */
static void
type_into (GtkWidget  *page,
           const char *name,
           const char *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (find_named (page, name));

  g_assert_true (gtk_text_view_get_editable (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
  hk_test_ui_iterate ();
}

/* Whether a label under @root says exactly @text. */
static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  return hk_test_ui_find (root, GTK_TYPE_LABEL, "label", text) != NULL;
}

static void
test_duty_log_sign (HkViewFixture *fixture,
                    gconstpointer  data)
{
  GtkWindow *window;
  HkHallView *view = open_hall (fixture, "zhengwei", &window);
  HkDutyLogPage *page = hk_hall_view_get_duty_log_page (view);
  GtkWidget *widget = GTK_WIDGET (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(HkDutyLog) refused = NULL;
  g_autofree char *staff = NULL;
  g_autofree char *handover = NULL;
  g_autofree char *signer = NULL;
  HkDutyLogInput change = { .handover_notes = "changed after signing" };
  gint64 signed_before = hk_test_ui_count_audit (fixture->context, "duty-log-signed");
  AdwMessageDialog *dialog;
  GtkWidget *remark;

  g_assert_cmpstr (hk_hall_view_get_day (view), ==, TODAY);
  g_assert_cmpint (hk_hall_view_get_shift (view), ==, HK_DUTY_SHIFT_EARLY);
  g_assert_cmpstr (hk_hall_view_get_visible_page (view), ==, "duty-log");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM duty_logs WHERE day = ?1", TODAY),
                   ==, 0);
  g_assert_cmpstr (hk_duty_log_page_get_state (page), ==, "Not written yet");

  /* Nothing typed: nothing to save or sign. */
  g_assert_false (action_enabled (widget, "duty-log.save"));
  g_assert_false (action_enabled (widget, "duty-log.sign"));
  g_assert_false (action_enabled (widget, "duty-log.remark"));

  type_into (widget, "log-staff-on-duty", "张丽、王芳 (counters 1-2), 保安 刘军");
  type_into (widget, "log-handover-notes", "Counter 3 printer jams; engineer comes at 14:00.");
  g_assert_true (hk_duty_log_page_is_modified (page));
  g_assert_cmpstr (hk_duty_log_page_get_state (page), ==, "Changed, not saved yet");
  g_assert_true (action_enabled (widget, "duty-log.save"));

  gtk_widget_activate_action (widget, "duty-log.save", NULL);
  hk_test_ui_iterate ();
  g_assert_false (hk_duty_log_page_is_modified (page));
  staff = query_text (fixture, "SELECT staff_on_duty FROM duty_logs WHERE day = ?1 AND"
                      " shift = 'early' AND signed_at IS NULL", TODAY);
  g_assert_cmpstr (staff, ==, "张丽、王芳 (counters 1-2), 保安 刘军");
  g_assert_true (g_str_has_prefix (hk_duty_log_page_get_state (page), "Saved by 郑伟 at "));
  g_assert_true (shows_toast (window, "is saved"));

  /* One more change, signed without saving first: what is on screen is what is signed. */
  type_into (widget, "log-handover-notes", "Counter 3 printer jams; engineer at 14:00. Key in "
             "the safe.");
  g_assert_true (action_enabled (widget, "duty-log.sign"));
  gtk_widget_activate_action (widget, "duty-log.sign", NULL);
  dialog = find_dialog ("Sign the Duty Log?");
  respond (dialog, "sign");

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM duty_logs WHERE day = ?1 AND"
                              " shift = 'early' AND signed_at IS NOT NULL", TODAY), ==, 1);
  signer = query_text (fixture, "SELECT o.login FROM duty_logs l JOIN operators o"
                       " ON o.id = l.signed_by WHERE l.day = ?1", TODAY);
  g_assert_cmpstr (signer, ==, "zhengwei");
  handover = query_text (fixture, "SELECT handover_notes FROM duty_logs WHERE day = ?1", TODAY);
  g_assert_cmpstr (handover, ==, "Counter 3 printer jams; engineer at 14:00. Key in the safe.");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM duty_log_facts f JOIN duty_logs l"
                              " ON l.id = f.log_id WHERE l.day = ?1", TODAY), >, 0);
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "duty-log-signed"), ==,
                   signed_before + 1);
  g_assert_true (shows_toast (window, "is signed and locked"));

  /* Locked: the page no longer edits, the store and the file refuse a change. */
  g_assert_cmpint (hk_duty_log_get_status (hk_duty_log_page_get_log (page)), ==,
                   HK_DUTY_LOG_SIGNED);
  g_assert_true (g_str_has_prefix (hk_duty_log_page_get_state (page), "Signed by 郑伟 at "));
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (find_named (widget,
                                                                         "log-handover-notes"))));
  g_assert_false (action_enabled (widget, "duty-log.save"));
  g_assert_false (action_enabled (widget, "duty-log.sign"));
  /* The signer does not acknowledge their own log. */
  g_assert_false (action_enabled (widget, "duty-log.acknowledge"));
  refused = hk_duty_store_save_log (hk_context_get_duty_store (fixture->context),
                                    hk_context_get_operator (fixture->context), TODAY,
                                    HK_DUTY_SHIFT_EARLY, &change, &error);
  g_assert_null (refused);
  g_assert_nonnull (error);
  g_clear_error (&error);
  hk_database_exec (hk_context_get_database (fixture->context),
                    "UPDATE duty_logs SET handover_notes = 'forged'", &error);
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A remark is appended, not edited in. */
  g_assert_true (action_enabled (widget, "duty-log.remark"));
  gtk_widget_activate_action (widget, "duty-log.remark", NULL);
  dialog = find_dialog ("Add a Remark?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  remark = find_named (adw_message_dialog_get_extra_child (dialog), "remark");
  gtk_editable_set_text (GTK_EDITABLE (remark), "The engineer came at 14:20 and fixed it.");
  respond (dialog, "add");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM duty_log_remarks r JOIN duty_logs l"
                              " ON l.id = r.log_id WHERE l.day = ?1", TODAY), ==, 1);
  g_assert_true (hk_test_ui_find (widget, ADW_TYPE_ACTION_ROW, "title",
                                  "The engineer came at 14:20 and fixed it.") != NULL);
  handover = (g_free (handover),
              query_text (fixture, "SELECT handover_notes FROM duty_logs WHERE day = ?1", TODAY));
  g_assert_cmpstr (handover, ==, "Counter 3 printer jams; engineer at 14:00. Key in the safe.");
}

/* The early log, written and signed through the store by 郑伟; 李强 takes over in the window. */
static void
test_duty_log_acknowledge (HkViewFixture *fixture,
                           gconstpointer  data)
{
  HkDutyStore *store = hk_context_get_duty_store (fixture->context);
  HkDutyLogInput input = { .handover_notes = "Safe key with the guard." };
  g_autoptr(HkOperator) outgoing = NULL;
  g_autoptr(HkDutyLog) saved = NULL;
  g_autoptr(HkDutyLog) signed_log = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *acknowledger = NULL;
  GtkWindow *window;
  HkHallView *view;
  HkDutyLogPage *page;

  hk_database_set_now (hk_context_get_database (fixture->context), NOW);
  outgoing = hk_operator_store_lookup (hk_context_get_operator_store (fixture->context),
                                       "zhengwei", &error);
  g_assert_no_error (error);
  saved = hk_duty_store_save_log (store, outgoing, TODAY, HK_DUTY_SHIFT_EARLY, &input, &error);
  g_assert_no_error (error);
  signed_log = hk_duty_store_sign_log (store, outgoing, TODAY, HK_DUTY_SHIFT_EARLY, &error);
  g_assert_no_error (error);

  view = open_hall (fixture, "liqiang", &window);
  page = hk_hall_view_get_duty_log_page (view);
  hk_hall_view_show_day (view, TODAY, HK_DUTY_SHIFT_EARLY);
  hk_test_ui_iterate ();
  g_assert_true (g_str_has_prefix (hk_duty_log_page_get_state (page), "Signed by 郑伟 at "));
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (find_named (GTK_WIDGET (page),
                                                                         "log-handover-notes"))));
  g_assert_true (action_enabled (GTK_WIDGET (page), "duty-log.acknowledge"));

  gtk_widget_activate_action (GTK_WIDGET (page), "duty-log.acknowledge", NULL);
  respond (find_dialog ("Acknowledge the Duty Log?"), "acknowledge");

  acknowledger = query_text (fixture, "SELECT o.login FROM duty_logs l JOIN operators o"
                             " ON o.id = l.acknowledged_by WHERE l.day = ?1", TODAY);
  g_assert_cmpstr (acknowledger, ==, "liqiang");
  g_assert_cmpint (hk_duty_log_get_status (hk_duty_log_page_get_log (page)), ==,
                   HK_DUTY_LOG_ACKNOWLEDGED);
  g_assert_true (strstr (hk_duty_log_page_get_state (page), "acknowledged by 李强 at ") != NULL);
  g_assert_false (action_enabled (GTK_WIDGET (page), "duty-log.acknowledge"));
  g_assert_true (action_enabled (GTK_WIDGET (page), "duty-log.remark"));
  g_assert_true (shows_toast (window, "is acknowledged"));
}

static void
test_cleaning_tick (HkViewFixture *fixture,
                    gconstpointer  data)
{
  GtkWindow *window;
  HkHallView *view = open_hall (fixture, "zhengwei", &window);
  HkCleaningPage *page = hk_hall_view_get_cleaning_page (view);
  GtkWidget *widget = GTK_WIDGET (page);
  gint64 restrooms = query_int (fixture, "SELECT id FROM cleaning_tasks WHERE code = ?1",
                                "restrooms");
  g_autofree char *tick_name = g_strdup_printf ("tick-%lld", (long long)restrooms);
  g_autofree char *cleaner = NULL;
  GtkWidget *tick;
  guint missed;

  hk_hall_view_show_page (view, "cleaning");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 2);

  /* At 10:00 the opening clean (08:00-09:00) and the restrooms of 09:00 and 09:30 are over. */
  missed = hk_cleaning_page_get_n_missed (page);
  g_assert_cmpuint (missed, ==, 3);
  g_assert_cmpuint (hk_cleaning_page_get_n_done (page), ==, 0);
  g_assert_true (shows_label (widget, "Missed"));

  /* No name, no tick. */
  tick = find_named (widget, tick_name);
  g_assert_false (gtk_widget_is_sensitive (tick));

  hk_test_ui_set_text (widget, ADW_TYPE_ENTRY_ROW, "Cleaner’s name", "王芳");
  hk_test_ui_iterate ();
  tick = find_named (widget, tick_name);
  g_assert_true (gtk_widget_is_sensitive (tick));
  click (tick);

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM cleaning_rounds WHERE day = ?1",
                              TODAY), ==, 1);
  cleaner = query_text (fixture, "SELECT cleaner FROM cleaning_rounds WHERE day = ?1", TODAY);
  g_assert_cmpstr (cleaner, ==, "王芳");
  g_assert_cmpint (query_int (fixture, "SELECT done_at FROM cleaning_rounds WHERE day = ?1",
                              TODAY), ==, NOW);
  g_assert_cmpuint (hk_cleaning_page_get_n_done (page), ==, 1);
  g_assert_cmpuint (hk_cleaning_page_get_n_missed (page), ==, missed);
  g_assert_true (shows_label (widget, "Done at 10:00 by 王芳"));
  g_assert_null (hk_test_ui_find_named (widget, tick_name));
  g_assert_true (shows_toast (window, "done at 10:00 by 王芳"));

  /* Yesterday is history: shown, not ticked. */
  gtk_widget_activate_action (GTK_WIDGET (view), "hall.previous-day", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpstr (hk_hall_view_get_day (view), ==, YESTERDAY);
  g_assert_null (hk_test_ui_find (widget, GTK_TYPE_BUTTON, "action-name", "cleaning.tick"));
  g_assert_true (action_enabled (GTK_WIDGET (view), "hall.next-day"));
  gtk_widget_activate_action (GTK_WIDGET (view), "hall.next-day", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpstr (hk_hall_view_get_day (view), ==, TODAY);
  g_assert_false (action_enabled (GTK_WIDGET (view), "hall.next-day"));
}

static void
test_safety_failed_item (HkViewFixture *fixture,
                         gconstpointer  data)
{
  GtkWindow *window;
  HkHallView *view = open_hall (fixture, "zhengwei", &window);
  HkSafetyPage *page = hk_hall_view_get_safety_page (view);
  HkDutyLogPage *log_page = hk_hall_view_get_duty_log_page (view);
  GtkWidget *widget = GTK_WIDGET (page);
  const char *codes[] = { "extinguishers", "exits", "safe", "cameras", "power" };
  guint open_before = hk_safety_page_get_n_open_faults (page);
  gint64 faults_before = query_int (fixture, "SELECT count(*) FROM facility_faults", NULL);
  g_autofree char *description = NULL;

  hk_hall_view_show_page (view, "safety");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_false (action_enabled (widget, "safety.record"));
  g_assert_cmpstr (hk_safety_page_get_problem (page), ==,
                   "Answer “Fire extinguishers in place and charged”: passed or failed.");

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autofree char *name = g_strdup_printf ("check-%s-%s", codes[i],
                                               g_str_equal (codes[i], "cameras") ? "failed"
                                                                                 : "passed");

      click (find_named (widget, name));
    }

  /* A failed item needs what is wrong. */
  g_assert_false (action_enabled (widget, "safety.record"));
  g_assert_cmpstr (hk_safety_page_get_problem (page), ==,
                   "Say what is wrong with “Cameras recording”.");
  gtk_editable_set_text (GTK_EDITABLE (find_named (widget, "check-cameras-note")),
                         "Camera 2 over the cash counter shows nothing");
  hk_test_ui_iterate ();
  g_assert_null (hk_safety_page_get_problem (page));
  g_assert_true (action_enabled (widget, "safety.record"));

  gtk_widget_activate_action (widget, "safety.record", NULL);
  hk_test_ui_iterate ();

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM safety_checks WHERE day = ?1",
                              TODAY), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM facility_faults", NULL), ==,
                   faults_before + 1);
  description = query_text (fixture, "SELECT description FROM facility_faults"
                            " ORDER BY id DESC LIMIT 1", NULL);
  g_assert_nonnull (strstr (description, "Camera 2 over the cash counter shows nothing"));
  g_assert_cmpuint (hk_safety_page_get_n_open_faults (page), ==, open_before + 1);
  g_assert_true (hk_test_ui_find (widget, ADW_TYPE_ACTION_ROW, "title", description) != NULL);
  g_assert_true (shows_toast (window, "1 failed item opened a facility fault"));

  /* The new fault is an open item of the duty log, today and on the next day's log. */
  g_assert_true (hk_test_ui_find (GTK_WIDGET (log_page), ADW_TYPE_ACTION_ROW, "title",
                                  description) != NULL);
  g_assert_cmpuint (hk_duty_log_get_facts (hk_duty_log_page_get_log (log_page))->open_faults, ==,
                    open_before + 1);
}

/* A serious incident typed into its form says "Report due" and keeps the log from being
 * signed until its report is written. */
static void
test_serious_incident (HkViewFixture *fixture,
                       gconstpointer  data)
{
  GtkWindow *window;
  HkHallView *view = open_hall (fixture, "zhengwei", &window);
  GtkWidget *page;
  HkDutyLogPage *log_page = hk_hall_view_get_duty_log_page (view);
  AdwMessageDialog *form;
  GtkWidget *report;
  gint64 incident_id;
  g_autofree char *text = NULL;

  hk_hall_view_show_page (view, "records");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 2);
  page = GTK_WIDGET (hk_hall_view_get_records_page (view));
  g_assert_true (shows_label (page, "No incident this day."));

  gtk_widget_activate_action (page, "records.incident", NULL);
  form = find_dialog ("Record an Incident?");
  g_assert_false (adw_message_dialog_get_response_enabled (form, "record"));
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (form), "time")), "9:40");
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (form), "place")), "Counter 3");
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (form), "people")),
                         "A customer; guard 刘军");
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (form), "action")),
                         "Calmed down, moved to the quiet room");
  hk_test_ui_iterate ();
  g_assert_true (adw_message_dialog_get_response_enabled (form, "record"));
  /* A time to come is refused before the store sees it. */
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (form), "time")), "11:00");
  hk_test_ui_iterate ();
  g_assert_false (adw_message_dialog_get_response_enabled (form, "record"));
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (form), "time")), "9:40");
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (find_named (GTK_WIDGET (form),
                                                                        "serious")),
                                                  "hk-form-check-button"), TRUE);
  respond (form, "record");

  incident_id = query_int (fixture, "SELECT id FROM incidents WHERE day = ?1 AND serious = 1"
                           " AND report IS NULL", TODAY);
  g_assert_cmpint (query_int (fixture, "SELECT occurred_at FROM incidents WHERE day = ?1",
                              TODAY), ==, NOW - 20 * 60);
  g_assert_true (shows_label (page, "Report due"));

  /* The log cannot be signed while the report is due. */
  type_into (GTK_WIDGET (log_page), "log-notable-events", "Disturbance at counter 3.");
  gtk_widget_activate_action (GTK_WIDGET (log_page), "duty-log.sign", NULL);
  respond (find_dialog ("Sign the Duty Log?"), "sign");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM duty_logs WHERE day = ?1 AND"
                              " signed_at IS NOT NULL", TODAY), ==, 0);
  g_assert_true (shows_toast (window, "serious incident of the shift has no report"));

  report = hk_test_ui_find (page, GTK_TYPE_BUTTON, "action-name", "records.report");
  g_assert_nonnull (report);
  g_assert_cmpint (g_variant_get_int64 (gtk_actionable_get_action_target_value (
                                          GTK_ACTIONABLE (report))), ==, incident_id);
  click (report);
  form = find_dialog ("Write the Incident Report?");
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (form), "report")),
                         "The customer was upset about a bill; settled with the officer.");
  respond (form, "report");
  text = query_text (fixture, "SELECT report FROM incidents WHERE day = ?1", TODAY);
  g_assert_cmpstr (text, ==, "The customer was upset about a bill; settled with the officer.");
  g_assert_true (shows_label (page, "Report written"));
}

static void
test_export (HkViewFixture *fixture,
             gconstpointer  data)
{
  GtkWindow *window;
  HkHallView *view = open_hall (fixture, "liqiang", &window);
  g_autofree char *path = g_build_filename (fixture->dir, "hall-2031-03.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;
  g_autofree char *contents = NULL;
  gsize length = 0;

  hk_hall_view_export_month (view, "2031-03", file);
  g_assert_true (hk_hall_view_is_exporting (view));
  g_assert_true (action_enabled (GTK_WIDGET (view), "hall.cancel-export"));
  while (hk_hall_view_is_exporting (view) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (hk_hall_view_is_exporting (view));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* A workbook is a zip archive. */
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "PK"));
  g_assert_true (shows_toast (window, "are saved in hall-2031-03.xlsx"));
}

static void
test_who_sees_it (HkViewFixture *fixture,
                  gconstpointer  data)
{
  GtkWindow *window;

  hk_view_fixture_log_in (fixture, "wulei", &window);
  g_assert_false (hk_window_show_section (HK_WINDOW (window), "hall"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

#define ADD(path, func) \
  g_test_add ("/hall-view/" path, HkViewFixture, NULL, hk_view_fixture_setup_demo, func, \
              hk_view_fixture_teardown)

  ADD ("duty-log/sign", test_duty_log_sign);
  ADD ("duty-log/acknowledge", test_duty_log_acknowledge);
  ADD ("cleaning/tick", test_cleaning_tick);
  ADD ("safety/failed-item-opens-fault", test_safety_failed_item);
  ADD ("records/serious-incident", test_serious_incident);
  ADD ("export", test_export);
  ADD ("who-sees-it", test_who_sees_it);

#undef ADD

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
