/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-shifts-view.c: the duty manager validates and reopens clerks' shifts through the real
 * Shifts section, and a signed day refuses a reopening. */

#include "config.h"

#include <string.h>

#include "hk-test-fixture.h"
#include "views/hk-shift-item.h"
#include "views/hk-shifts-view.h"
#include "views/hk-window.h"

/* 2031-03-14 10:00 in Asia/Shanghai: a day after anything the demo hall records. */
#define NOW G_GINT64_CONSTANT (1931220000)
#define TODAY "2031-03-14"
#define DAY (24 * 60 * 60)
#define OPENING_FLOAT 10000     /* ¥100.00 */
#define FEE_ITEM_CODE "TSVC98"  /* ¥10.00 */
#define BOOK_CODE "990031140098"

/* Indexes into hk_denominations. */
enum { Y100, Y50, Y20, Y10 };

static HkOperator *
lookup (HkViewFixture *fixture,
        const char    *login)
{
  g_autoptr(GError) error = NULL;
  HkOperator *operator;

  operator = hk_operator_store_lookup (hk_context_get_operator_store (fixture->context), login,
                                       &error);
  g_assert_no_error (error);
  g_assert_nonnull (operator);

  return operator;
}

static HkShift *
open_shift (HkViewFixture *fixture,
            HkOperator    *clerk)
{
  g_autoptr(GError) error = NULL;
  HkShift *shift;

  shift = hk_shift_store_open (hk_context_get_shift_store (fixture->context), clerk,
                               OPENING_FLOAT, &error);
  g_assert_no_error (error);

  return shift;
}

static HkShift *
close_shift (HkViewFixture *fixture,
             HkOperator    *clerk,
             HkShift       *shift,
             const gint64   counts[HK_N_DENOMINATIONS],
             gint64         card_total)
{
  const gint64 declared[HK_N_PAYMENT_METHODS] = { [HK_PAYMENT_CARD] = card_total };
  g_autoptr(GError) error = NULL;
  HkShift *closed;

  closed = hk_shift_store_close (hk_context_get_shift_store (fixture->context), clerk, shift,
                                 counts, declared, &error);
  g_assert_no_error (error);

  return closed;
}

static gint64
query_shift (HkViewFixture *fixture,
             const char    *column_sql,
             gint64         shift_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM shifts WHERE id = ?1", column_sql);
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hk_context_get_database (fixture->context), sql, &error);
  g_assert_no_error (error);
  hk_statement_bind_int64 (stmt, 1, shift_id);
  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_no_error (error);

  return hk_statement_get_int64 (stmt, 0);
}

/* The summary of the newest audit entry of @action. */
static char *
last_audit (HkViewFixture *fixture,
            const char    *action,
            gint64        *actor_id)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hk_context_get_database (fixture->context),
                              "SELECT summary, operator_id FROM audit_log WHERE action = ?1"
                              " ORDER BY seq DESC LIMIT 1", &error);
  g_assert_no_error (error);
  hk_statement_bind_text (stmt, 1, action);
  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_no_error (error);

  if (actor_id != NULL)
    *actor_id = hk_statement_get_int64 (stmt, 1);

  return hk_statement_dup_text (stmt, 0);
}

static HkShiftsView *
open_shifts (HkViewFixture *fixture,
             const char    *login,
             GtkWindow    **window)
{
  GtkWidget *view;

  hk_view_fixture_log_in (fixture, login, window);
  g_assert_true (hk_window_show_section (HK_WINDOW (*window), "shifts"));
  view = hk_window_get_section (HK_WINDOW (*window), "shifts");
  g_assert_true (HK_IS_SHIFTS_VIEW (view));
  hk_test_ui_iterate ();

  return HK_SHIFTS_VIEW (view);
}

/* The list's row of @shift_id, or NULL. */
static HkShiftItem *
find_item (HkShiftsView *view,
           gint64        shift_id)
{
  GListModel *model = hk_shifts_view_get_visible_model (view);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkShiftItem) item = g_list_model_get_item (model, i);

      if (hk_shift_item_get_id (item) == shift_id)
        return item;
    }

  return NULL;
}

static const char *
state_of (HkShiftsView *view,
          gint64        shift_id)
{
  HkShiftItem *item;

  hk_test_ui_iterate ();
  item = find_item (view, shift_id);
  g_assert_nonnull (item);

  return hk_shift_item_get_state_label (item);
}

static const char *
detail (HkShiftsView *view,
        const char   *name)
{
  GtkWidget *label = hk_test_ui_find_named (GTK_WIDGET (view), name);

  g_assert_nonnull (label);
  g_assert_true (GTK_IS_LABEL (label));
  /* Mapped: on the stack's page shown, not just marked visible. */
  g_assert_true (gtk_widget_get_mapped (label));

  return gtk_label_get_label (GTK_LABEL (label));
}

static gboolean
shows_status_page (HkShiftsView *view,
                   const char   *title)
{
  GtkWidget *page = hk_test_ui_find (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE, "title", title);

  return page != NULL && gtk_widget_get_mapped (page);
}

static gboolean
action_enabled (HkShiftsView *view,
                const char   *name)
{
  GtkWidget *button = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_BUTTON, "action-name", name);

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button);
}

/* Reopens the selected shift through the dialog, giving @reason. */
static void
reopen_with_dialog (HkShiftsView *view,
                    const char   *reason)
{
  AdwMessageDialog *dialog;

  g_assert_true (action_enabled (view, "shifts.reopen"));
  gtk_widget_activate_action (GTK_WIDGET (view), "shifts.reopen", NULL);
  hk_test_ui_iterate ();
  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Reopen the Shift?");

  /* No reason, no reopening. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reopen"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason for reopening", "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reopen"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason for reopening", reason);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "reopen"));

  adw_message_dialog_response (dialog, "reopen");
  gtk_window_destroy (GTK_WINDOW (dialog));
  hk_test_ui_iterate ();
}

static void
test_validate_and_reopen (HkViewFixture *fixture,
                          gconstpointer  data)
{
  HkContext *context = fixture->context;
  g_autoptr(HkOperator) zhangli = lookup (fixture, "zhangli");
  g_autoptr(HkOperator) liuyang = lookup (fixture, "liuyang");
  g_autoptr(HkShift) counted = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkShift) open = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *toasts = NULL;
  gint64 counts[HK_N_DENOMINATIONS] = { [Y50] = 1, [Y20] = 2 };   /* ¥90.00: ¥10.00 short */
  gint64 validations;
  gint64 reopenings;
  gint64 audit_actor = 0;
  HkOperator *manager;
  HkShiftsView *view;
  HkShiftItem *item;
  GtkWindow *window;

  hk_database_set_now (hk_context_get_database (context), NOW - 2 * 60 * 60);
  counted = open_shift (fixture, zhangli);
  open = open_shift (fixture, liuyang);
  hk_database_set_now (hk_context_get_database (context), NOW - 60 * 60);
  closed = close_shift (fixture, zhangli, counted, counts, 4500);
  hk_database_set_now (hk_context_get_database (context), NOW);

  /* A duty manager with no other role lands on Shifts, on today. */
  manager = hk_view_fixture_log_in (fixture, "zhengwei", &window);
  g_assert_cmpstr (hk_window_get_visible_section (HK_WINDOW (window)), ==, "shifts");
  view = HK_SHIFTS_VIEW (hk_window_get_section (HK_WINDOW (window), "shifts"));
  g_assert_cmpstr (hk_shifts_view_get_day (view), ==, TODAY);

  /* The closed shift waits for the duty manager and comes first; the open one has no count. */
  g_assert_cmpuint (g_list_model_get_n_items (hk_shifts_view_get_visible_model (view)), ==, 2);
  item = g_list_model_get_item (hk_shifts_view_get_visible_model (view), 0);
  g_object_unref (item);
  g_assert_cmpint (hk_shift_item_get_id (item), ==, hk_shift_get_id (closed));
  g_assert_cmpstr (hk_shift_item_get_clerk_name (item), ==, "张丽");
  g_assert_cmpstr (state_of (view, hk_shift_get_id (closed)), ==,
                   "Closed, waiting for validation");
  g_assert_cmpstr (hk_shift_item_get_difference_label (item), ==, "Short by ¥10.00");
  g_assert_cmpstr (state_of (view, hk_shift_get_id (open)), ==, "Open");
  g_assert_cmpstr (hk_shift_item_get_difference_label (find_item (view, hk_shift_get_id (open))),
                   ==, "—");

  /* The first row is selected; the pane shows its blind count by denomination. */
  g_assert_cmpstr (detail (view, "count-5000"), ==, "1");
  g_assert_cmpstr (detail (view, "count-2000"), ==, "2");
  g_assert_cmpstr (detail (view, "count-10000"), ==, "0");
  g_assert_cmpstr (detail (view, "subtotal-2000"), ==, "¥40.00");
  g_assert_cmpstr (detail (view, "detail-expected"), ==, "¥100.00");
  g_assert_cmpstr (detail (view, "detail-counted"), ==, "¥90.00");
  g_assert_cmpstr (detail (view, "detail-difference"), ==, "Short by ¥10.00");
  g_assert_cmpstr (detail (view, "declared-card"), ==, "¥45.00");
  g_assert_true (hk_section_get_main_action_enabled (HK_SECTION (view)));

  /* An open shift has nothing to validate or reopen, and no count to show. */
  g_assert_true (hk_shifts_view_select (view, hk_shift_get_id (open)));
  hk_test_ui_iterate ();
  g_assert_false (hk_section_get_main_action_enabled (HK_SECTION (view)));
  g_assert_false (action_enabled (view, "shifts.reopen"));
  g_assert_true (gtk_widget_get_mapped (
                  hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL, "label",
                                   "The shift is open: its blind count appears here once the "
                                   "clerk closes it.")));
  g_assert_false (gtk_widget_get_mapped (hk_test_ui_find_named (GTK_WIDGET (view),
                                                                "detail-counted")));

  /* Validate, as the header's button and Ctrl+N do. */
  g_assert_true (hk_shifts_view_select (view, hk_shift_get_id (closed)));
  hk_test_ui_iterate ();
  validations = hk_test_ui_count_audit (context, "shift-validated");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  hk_test_ui_iterate ();

  g_assert_cmpint (query_shift (fixture, "status = 'validated'", hk_shift_get_id (closed)), ==, 1);
  g_assert_cmpint (query_shift (fixture, "validated_by", hk_shift_get_id (closed)), ==,
                   hk_operator_get_id (manager));
  g_assert_cmpint (query_shift (fixture, "validated_at", hk_shift_get_id (closed)), ==, NOW);
  g_assert_cmpint (hk_test_ui_count_audit (context, "shift-validated"), ==, validations + 1);
  g_clear_pointer (&summary, g_free);
  summary = last_audit (fixture, "shift-validated", &audit_actor);
  g_assert_cmpint (audit_actor, ==, hk_operator_get_id (manager));
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "The shift of 张丽 is validated"));

  /* The row says who validated it and when; it stays selected, and cannot be validated again. */
  g_assert_cmpstr (state_of (view, hk_shift_get_id (closed)), ==, "Validated by 郑伟 at 10:00");
  item = gtk_single_selection_get_selected_item (
           GTK_SINGLE_SELECTION (hk_shifts_view_get_visible_model (view)));
  g_assert_nonnull (item);
  g_assert_cmpint (hk_shift_item_get_id (item), ==, hk_shift_get_id (closed));
  g_assert_false (hk_section_get_main_action_enabled (HK_SECTION (view)));

  /* Reopen it with a reason: the clerk counts again, and the audit log keeps why. */
  reopenings = hk_test_ui_count_audit (context, "shift-reopened");
  reopen_with_dialog (view, "¥10 note found in the safe bag");

  g_assert_cmpint (query_shift (fixture, "status = 'open'", hk_shift_get_id (closed)), ==, 1);
  g_assert_cmpint (query_shift (fixture, "times_reopened", hk_shift_get_id (closed)), ==, 1);
  g_assert_cmpint (query_shift (fixture, "validated_by IS NULL", hk_shift_get_id (closed)), ==, 1);
  g_assert_cmpint (hk_test_ui_count_audit (context, "shift-reopened"), ==, reopenings + 1);
  g_clear_pointer (&summary, g_free);
  summary = last_audit (fixture, "shift-reopened", &audit_actor);
  g_assert_nonnull (strstr (summary, "¥10 note found in the safe bag"));
  g_assert_cmpint (audit_actor, ==, hk_operator_get_id (manager));
  g_assert_cmpstr (state_of (view, hk_shift_get_id (closed)), ==, "Reopened");
  g_assert_false (action_enabled (view, "shifts.reopen"));
}

/* The auditor signs zhangli's day before the duty manager gets to the closed shift: the shift
 * stays as it is, and the section shows the store's refusal. */
static void
test_signed_day_refuses (HkViewFixture *fixture,
                         gconstpointer  data)
{
  HkContext *context = fixture->context;
  g_autoptr(HkOperator) admin = lookup (fixture, "admin");
  g_autoptr(HkOperator) auditor = lookup (fixture, "zhaomin");
  g_autoptr(HkOperator) zhangli = lookup (fixture, "zhangli");
  g_autoptr(HkFeeItem) item = NULL;
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *past_day = NULL;
  g_autofree char *toasts = NULL;
  const gint64 counts[HK_N_DENOMINATIONS] = { [Y100] = 1, [Y10] = 1 };  /* ¥110.00, exact */
  HkReceiptLineInput line = { .quantity = 1 };
  HkReceiptPaymentInput payment = { .method = HK_PAYMENT_CASH, .amount = 1000 };
  HkDailyReportCheck check = {
    .accounting_copy = 1000, .bank_name = "中国工商银行文三路支行", .bank_slip_no = "GS-1",
    .bank_slip_date = TODAY, .bank_amount = 1000,
  };
  gint64 reopenings;
  HkShiftsView *view;
  GtkWindow *window;

  hk_database_set_now (hk_context_get_database (context), NOW - 2 * 60 * 60);
  past_day = hk_hall_store_format_day (hk_context_get_hall_store (context), NOW - 30 * DAY);
  item = hk_fee_item_store_add (hk_context_get_fee_item_store (context), admin, FEE_ITEM_CODE,
                                "Test service fee", HK_FEE_CATEGORY_SERVICE, 1000, past_day,
                                &error);
  g_assert_no_error (error);
  book = hk_invoice_book_store_register (hk_context_get_invoice_book_store (context), auditor,
                                         BOOK_CODE, 1, 50, &error);
  g_assert_no_error (error);
  g_assert_true (hk_invoice_book_store_issue_book (hk_context_get_invoice_book_store (context),
                                                   auditor, book, zhangli, &error));
  g_assert_no_error (error);

  shift = open_shift (fixture, zhangli);
  line.fee_item_id = hk_fee_item_get_id (item);
  receipt = hk_receipt_store_issue (hk_context_get_receipt_store (context), zhangli, NULL,
                                    &line, 1, &payment, 1, NULL, &error);
  g_assert_no_error (error);
  closed = close_shift (fixture, zhangli, shift, counts, 0);
  g_clear_object (&report);
  report = hk_daily_report_store_submit (hk_context_get_daily_report_store (context), zhangli,
                                         TODAY, &error);
  g_assert_no_error (error);
  g_clear_object (&report);
  report = hk_daily_report_store_record_check (hk_context_get_daily_report_store (context),
                                               auditor, hk_operator_get_id (zhangli), TODAY,
                                               &check, &error);
  g_assert_no_error (error);
  g_clear_object (&report);
  report = hk_daily_report_store_sign (hk_context_get_daily_report_store (context), auditor,
                                       hk_operator_get_id (zhangli), TODAY, NULL, &error);
  g_assert_no_error (error);
  hk_database_set_now (hk_context_get_database (context), NOW);

  view = open_shifts (fixture, "zhengwei", &window);
  g_assert_true (hk_shifts_view_select (view, hk_shift_get_id (closed)));
  hk_test_ui_iterate ();
  g_assert_cmpstr (state_of (view, hk_shift_get_id (closed)), ==,
                   "Closed, waiting for validation");

  /* The dialog takes the reason; the store refuses, and the toast says why. */
  reopenings = hk_test_ui_count_audit (context, "shift-reopened");
  reopen_with_dialog (view, "recount");
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "is signed: nothing of that day can change"));
  g_assert_cmpint (query_shift (fixture, "status = 'closed'", hk_shift_get_id (closed)), ==, 1);
  g_assert_cmpint (query_shift (fixture, "times_reopened", hk_shift_get_id (closed)), ==, 0);
  g_assert_cmpint (hk_test_ui_count_audit (context, "shift-reopened"), ==, reopenings);
  g_assert_cmpstr (state_of (view, hk_shift_get_id (closed)), ==,
                   "Closed, waiting for validation");

  /* Nor is it validated any more: the day is locked as signed. */
  gtk_widget_activate_action (GTK_WIDGET (view), "shifts.validate", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpint (query_shift (fixture, "validated_by IS NULL", hk_shift_get_id (closed)), ==, 1);
}

/* The day picker: the arrows (Alt+Left, Alt+Right), never past today, and an empty day. */
static void
test_days (HkViewFixture *fixture,
           gconstpointer  data)
{
  g_autoptr(HkOperator) zhangli = lookup (fixture, "zhangli");
  g_autoptr(HkShift) shift = NULL;
  HkShiftsView *view;
  GtkWindow *window;
  GtkWidget *day_button;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) date = NULL;

  hk_database_set_now (hk_context_get_database (fixture->context), NOW);
  shift = open_shift (fixture, zhangli);

  /* liqiang is hall supervisor and duty manager: he lands on the analysis (most senior role). */
  view = open_shifts (fixture, "liqiang", &window);
  g_assert_cmpuint (g_list_model_get_n_items (hk_shifts_view_get_visible_model (view)), ==, 1);
  g_assert_false (action_enabled (view, "shifts.next-day"));
  g_assert_false (action_enabled (view, "shifts.today"));
  day_button = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_MENU_BUTTON, "label",
                                "2031-03-14 Fri");
  g_assert_nonnull (day_button);
  g_assert_cmpstr (hk_section_get_subtitle (HK_SECTION (view)), ==, "2031-03-14 Fri");

  gtk_widget_activate_action (GTK_WIDGET (view), "shifts.previous-day", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpstr (hk_shifts_view_get_day (view), ==, "2031-03-13");
  g_assert_cmpuint (g_list_model_get_n_items (hk_shifts_view_get_visible_model (view)), ==, 0);
  g_assert_true (shows_status_page (view, "No Shifts on This Day"));
  g_assert_true (action_enabled (view, "shifts.next-day"));
  g_assert_true (action_enabled (view, "shifts.today"));
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (day_button)), ==,
                   "2031-03-13 Thu");

  gtk_widget_activate_action (GTK_WIDGET (view), "shifts.next-day", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpstr (hk_shifts_view_get_day (view), ==, TODAY);
  g_assert_cmpuint (g_list_model_get_n_items (hk_shifts_view_get_visible_model (view)), ==, 1);

  /* Never past today, whatever asks. */
  hk_shifts_view_set_day (view, "2031-03-20");
  g_assert_cmpstr (hk_shifts_view_get_day (view), ==, TODAY);

  /* The day button's calendar opens on the day shown; a day chosen in it is shown. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (day_button));
  hk_test_ui_iterate ();
  calendar = GTK_CALENDAR (hk_test_ui_find (GTK_WIDGET (gtk_menu_button_get_popover (
                                              GTK_MENU_BUTTON (day_button))),
                                            GTK_TYPE_CALENDAR, NULL, NULL));
  g_assert_nonnull (calendar);
  g_assert_cmpstr (hk_shifts_view_get_day (view), ==, TODAY);
  date = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_day_of_month (date), ==, 14);
  g_clear_pointer (&date, g_date_time_unref);

  date = g_date_time_new_local (2031, 3, 2, 12, 0, 0);
  gtk_calendar_select_day (calendar, date);
  hk_test_ui_iterate ();
  g_assert_cmpstr (hk_shifts_view_get_day (view), ==, "2031-03-02");
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (day_button)), ==,
                   "2031-03-02 Sun");
}

/* Only duty managers and supervisors see the section. */
static void
test_who_sees_it (HkViewFixture *fixture,
                  gconstpointer  data)
{
  const struct { const char *login; gboolean sees; } cases[] = {
    { "zhengwei", TRUE }, { "liqiang", TRUE }, { "zhaomin", FALSE }, { "zhangli", FALSE },
    { "admin", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWindow *window;
      g_auto(GStrv) ids = NULL;

      hk_view_fixture_log_in (fixture, cases[i].login, &window);
      ids = hk_window_dup_section_ids (HK_WINDOW (window));
      g_assert_cmpint (g_strv_contains ((const char * const *)ids, "shifts"), ==, cases[i].sees);
      if (g_strcmp0 (cases[i].login, "liqiang") == 0)
        g_assert_cmpstr (hk_window_get_visible_section (HK_WINDOW (window)), ==, "analysis");
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

  g_test_add ("/shifts-view/validate-and-reopen", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_validate_and_reopen, hk_view_fixture_teardown);
  g_test_add ("/shifts-view/signed-day", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_signed_day_refuses, hk_view_fixture_teardown);
  g_test_add ("/shifts-view/days", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_days, hk_view_fixture_teardown);
  g_test_add ("/shifts-view/who-sees-it", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_who_sees_it, hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
