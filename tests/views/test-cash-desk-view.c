/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cash-desk-view.c: a clerk's day through the real Cash Desk widgets: open a shift,
 * enter and issue a receipt, void it, close the shift with a blind count and submit the
 * daily report; a price other than the tariff approved by the duty manager; and the form's
 * refusals. */

#include "config.h"

#include <string.h>

#include "core/hk-demo.h"
#include "core/hk-error.h"
#include "core/hk-money.h"
#include "hk-test-fixture.h"
#include "views/hk-cash-desk-view.h"
#include "views/hk-close-shift-window.h"
#include "views/hk-price-change-window.h"
#include "views/hk-receipt-entry-line.h"
#include "views/hk-window.h"

/* 2031-03-14 10:00 in Asia/Shanghai: a day after anything the demo hall records. */
#define NOW G_GINT64_CONSTANT (1931220000)
#define DAY (24 * 60 * 60)
#define INVOICE_CODE "990031140001"
#define SIM_CODE "TSIM99"      /* ¥25.00 */
#define SERVICE_CODE "TSVC99"  /* ¥10.00 */

typedef struct
{
  HkCashDeskView *view;
  HkReceiptEntry *entry;
  GtkWindow      *window;
  HkOperator     *clerk;
} CashDesk;

static HkOperator *
lookup_operator (HkViewFixture *fixture,
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

static char *
dup_today (HkViewFixture *fixture)
{
  HkDatabase *database = hk_context_get_database (fixture->context);

  return hk_hall_store_format_day (hk_context_get_hall_store (fixture->context),
                                   hk_database_get_now (database));
}

/* What the lead's demo sets up for a clerk, through the core API: two fee items priced from a
 * past day, an invoice book registered by the auditor and part of it issued to @clerk_login. */
static void
prepare_cash_desk (HkViewFixture *fixture,
                   const char    *clerk_login)
{
  HkContext *context = fixture->context;
  g_autoptr(HkOperator) admin = lookup_operator (fixture, "admin");
  g_autoptr(HkOperator) auditor = lookup_operator (fixture, "zhaomin");
  g_autoptr(HkFeeItem) sim = NULL;
  g_autoptr(HkFeeItem) service = NULL;
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *past_day = NULL;

  hk_database_set_now (hk_context_get_database (context), NOW);
  past_day = hk_hall_store_format_day (hk_context_get_hall_store (context), NOW - 30 * DAY);

  sim = hk_fee_item_store_add (hk_context_get_fee_item_store (context), admin, SIM_CODE,
                               "Test SIM card", HK_FEE_CATEGORY_SIM_CARD, 2500, past_day, &error);
  g_assert_no_error (error);
  service = hk_fee_item_store_add (hk_context_get_fee_item_store (context), admin, SERVICE_CODE,
                                   "Test service fee", HK_FEE_CATEGORY_SERVICE, 1000, past_day,
                                   &error);
  g_assert_no_error (error);

  if (clerk_login != NULL)
    {
      g_autoptr(HkOperator) clerk = lookup_operator (fixture, clerk_login);

      book = hk_invoice_book_store_register (hk_context_get_invoice_book_store (context), auditor,
                                             INVOICE_CODE, 1, 50, &error);
      g_assert_no_error (error);
      g_assert_true (hk_invoice_book_store_issue (hk_context_get_invoice_book_store (context),
                                                  auditor, book, 1, 20, clerk, &error));
      g_assert_no_error (error);
    }
}

static void
open_cash_desk (HkViewFixture *fixture,
                const char    *login,
                CashDesk      *desk)
{
  GtkWidget *section;

  desk->clerk = hk_view_fixture_log_in (fixture, login, &desk->window);

  /* A clerk lands on the cash desk; a clerk who is also a duty manager lands on the shifts. */
  if ((hk_operator_get_roles (desk->clerk) & HK_ROLE_DUTY_MANAGER) == 0)
    g_assert_cmpstr (hk_window_get_visible_section (HK_WINDOW (desk->window)), ==, "cash-desk");
  else
    g_assert_true (hk_window_show_section (HK_WINDOW (desk->window), "cash-desk"));
  section = hk_window_get_section (HK_WINDOW (desk->window), "cash-desk");
  g_assert_true (HK_IS_CASH_DESK_VIEW (section));

  desk->view = HK_CASH_DESK_VIEW (section);
  desk->entry = hk_cash_desk_view_get_receipt_entry (desk->view);
}

/* Whether an action of the cash desk is enabled, as the button that names it shows. */
static gboolean
action_enabled (CashDesk   *desk,
                const char *name)
{
  GtkWidget *button = hk_test_ui_find (GTK_WIDGET (desk->view), GTK_TYPE_BUTTON, "action-name",
                                       name);

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button);
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  return hk_test_ui_find (root, GTK_TYPE_LABEL, "label", text);
}

static GtkWidget *
find_css_node (GtkWidget  *widget,
               const char *css_name)
{
  if (g_strcmp0 (gtk_widget_get_css_name (widget), css_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_css_node (child, css_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Closes a toast with its close button, once, and waits until it has left the window. */
static void
dismiss_toast (GtkWindow *window,
               GtkWidget *toast)
{
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;
  GWeakRef ref;

  g_weak_ref_init (&ref, toast);

  /* Let it finish appearing first: libadwaita 1.2 crashes when a toast is dismissed during
   * its show animation (at most 500 ms). */
  for (gint64 shown = g_get_monotonic_time () + 700 * 1000; g_get_monotonic_time () < shown; )
    hk_test_ui_wait_for_frames (GTK_WIDGET (window), 1);

  for (gboolean clicked = FALSE; ; )
    {
      g_autoptr(GtkWidget) still = g_weak_ref_get (&ref);

      if (still == NULL || gtk_widget_get_root (still) == NULL)
        break;

      /* A toast that is leaving (e.g. its time ran out) no longer takes clicks. */
      if (!clicked && gtk_widget_get_can_target (still))
        {
          GtkWidget *close = hk_test_ui_find (still, GTK_TYPE_BUTTON, "icon-name",
                                              "window-close-symbolic");

          g_assert_nonnull (close);
          g_signal_emit_by_name (close, "clicked");
          clicked = TRUE;
        }

      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_clear_object (&still);
      hk_test_ui_wait_for_frames (GTK_WIDGET (window), 1);
    }

  g_weak_ref_clear (&ref);
}

/* Waits until a toast saying @expected is on screen, and closes it. Toasts shown before it are
 * closed too: the window shows one at a time and queues the others. */
static void
assert_toast (GtkWindow  *window,
              const char *expected)
{
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;

  for (;;)
    {
      GtkWidget *toast = find_css_node (GTK_WIDGET (window), "toast");

      if (toast != NULL)
        {
          g_autofree char *text = hk_test_ui_collect_toasts (toast);
          gboolean found = strstr (text, expected) != NULL;

          dismiss_toast (window, toast);
          if (found)
            return;
          g_test_message ("Closed an earlier toast: %s", text);
          continue;
        }

      if (g_get_monotonic_time () > deadline)
        g_assert_cmpstr ("(no toast)", ==, expected);

      hk_test_ui_wait_for_frames (GTK_WIDGET (window), 1);
    }
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

/* Answers @dialog as its button would: the response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  hk_test_ui_iterate ();
}

static void
type_and_enter (CashDesk   *desk,
                const char *text)
{
  GtkWidget *search = hk_test_ui_find (GTK_WIDGET (desk->entry), GTK_TYPE_SEARCH_ENTRY, NULL,
                                       NULL);

  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), text);
  g_signal_emit_by_name (search, "activate");
  hk_test_ui_iterate ();
}

static HkReceiptEntryLine *
get_line (CashDesk *desk,
          guint     position)
{
  HkReceiptEntryLine *line = g_list_model_get_item (hk_receipt_entry_get_lines (desk->entry),
                                                    position);

  g_assert_nonnull (line);
  g_object_unref (line);

  return line;
}

static void
open_shift_with_form (CashDesk   *desk,
                      const char *float_text)
{
  AdwMessageDialog *dialog;

  g_assert_true (action_enabled (desk, "cash-desk.open-shift"));
  gtk_widget_activate_action (GTK_WIDGET (desk->view), "cash-desk.open-shift", NULL);
  dialog = find_dialog ("Open Shift?");

  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Opening float (yuan)", "5OO");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "open"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Opening float (yuan)",
                       float_text);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "open"));
  respond (dialog, "open");
}

static HkReceipt *
get_listed_receipt (CashDesk *desk,
                    guint     position)
{
  HkReceipt *receipt = g_list_model_get_item (hk_cash_desk_view_get_receipts (desk->view),
                                              position);

  g_assert_nonnull (receipt);

  return receipt;
}

static void
test_working_day (HkViewFixture *fixture,
                  gconstpointer  data)
{
  HkContext *context = fixture->context;
  HkShiftPanel *panel;
  HkCloseShiftWindow *close_window;
  AdwMessageDialog *dialog;
  CashDesk desk;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkReceipt) listed = NULL;
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(GPtrArray) receipts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *invoice_code = NULL;
  g_autofree char *full_number = NULL;
  g_autofree char *toast = NULL;
  GtkWidget *difference;
  gint64 issued_before = hk_test_ui_count_audit (context, "receipt-issued");
  gint64 voided_before = hk_test_ui_count_audit (context, "receipt-voided");
  gint64 book_id;
  gint64 next_number;

  prepare_cash_desk (fixture, "zhangli");
  open_cash_desk (fixture, "zhangli", &desk);
  panel = hk_cash_desk_view_get_shift_panel (desk.view);
  today = dup_today (fixture);

  /* Without a shift nothing can be issued, and the form says why. */
  g_assert_cmpstr (hk_shift_panel_get_title (panel), ==, "No shift open");
  g_assert_cmpstr (hk_receipt_entry_get_problem (desk.entry), ==,
                   "Open your shift to issue receipts.");
  g_assert_false (action_enabled (&desk, "cash-desk.issue"));
  g_assert_false (action_enabled (&desk, "cash-desk.close-shift"));
  g_assert_true (gtk_widget_get_mapped (find_label (GTK_WIDGET (desk.view),
                                                   "No receipts yet today.")));

  /* Open the shift with a float typed in the form. */
  open_shift_with_form (&desk, "500");
  shift = hk_shift_store_get_open (hk_context_get_shift_store (context),
                                   hk_operator_get_id (desk.clerk), &error);
  g_assert_no_error (error);
  g_assert_nonnull (shift);
  g_assert_cmpint (hk_shift_get_opening_float (shift), ==, 50000);
  g_assert_cmpstr (hk_shift_get_business_day (shift), ==, today);
  g_assert_true (g_str_has_prefix (hk_shift_panel_get_title (panel), "Shift open since "));
  g_assert_cmpstr (hk_shift_panel_get_detail (panel), ==, "Float ¥500.00 · 0 receipts · ¥0.00");
  assert_toast (desk.window, "Shift opened with a float of ¥500.00");
  g_assert_false (action_enabled (&desk, "cash-desk.open-shift"));

  /* Still nothing to issue: the form has no line. */
  g_assert_false (action_enabled (&desk, "cash-desk.issue"));
  g_assert_cmpstr (hk_receipt_entry_get_problem (desk.entry), ==,
                   "Add a fee item: type its code or name and press Enter.");

  /* A code in any case, then Enter, adds a line; Enter again adds one more. */
  type_and_enter (&desk, "tsim99");
  g_assert_cmpuint (g_list_model_get_n_items (hk_receipt_entry_get_lines (desk.entry)), ==, 1);
  g_assert_cmpint (hk_receipt_entry_line_get_quantity (get_line (&desk, 0)), ==, 1);
  g_assert_cmpstr (hk_fee_item_get_code (hk_receipt_entry_line_get_fee_item (get_line (&desk, 0))),
                   ==, SIM_CODE);
  type_and_enter (&desk, "tsim99");
  g_assert_cmpuint (g_list_model_get_n_items (hk_receipt_entry_get_lines (desk.entry)), ==, 1);
  g_assert_cmpint (hk_receipt_entry_line_get_quantity (get_line (&desk, 0)), ==, 2);
  g_assert_cmpint (hk_receipt_entry_line_get_amount (get_line (&desk, 0)), ==, 5000);

  /* Part of a name finds an item too. */
  type_and_enter (&desk, "SERVICE FEE");
  g_assert_cmpuint (g_list_model_get_n_items (hk_receipt_entry_get_lines (desk.entry)), ==, 2);
  g_assert_cmpstr (hk_fee_item_get_code (hk_receipt_entry_line_get_fee_item (get_line (&desk, 1))),
                   ==, SERVICE_CODE);

  /* The total, in yuan and in capital numerals; all in cash, so it may be issued. */
  g_assert_cmpint (hk_receipt_entry_get_total (desk.entry), ==, 6000);
  g_assert_nonnull (find_label (GTK_WIDGET (desk.entry), "¥60.00"));
  g_assert_nonnull (find_label (GTK_WIDGET (desk.entry), "陆拾元整"));
  g_assert_nonnull (find_label (GTK_WIDGET (desk.entry), "¥60.00 in cash"));
  g_assert_null (hk_receipt_entry_get_problem (desk.entry));
  g_assert_true (action_enabled (&desk, "cash-desk.issue"));

  /* Issue through the window's main action (Ctrl+N): the next number of the clerk's book. */
  g_assert_true (hk_invoice_book_store_next_number (hk_context_get_invoice_book_store (context),
                                                    hk_operator_get_id (desk.clerk), &book_id,
                                                    &invoice_code, &next_number, &error));
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (desk.window), "win.main-action", NULL);
  hk_test_ui_iterate ();

  receipts = hk_receipt_store_list_day (hk_context_get_receipt_store (context),
                                        hk_operator_get_id (desk.clerk), today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (receipts->len, ==, 1);
  g_assert_cmpstr (hk_receipt_get_invoice_code (g_ptr_array_index (receipts, 0)), ==,
                   invoice_code);
  g_assert_cmpint (hk_receipt_get_number (g_ptr_array_index (receipts, 0)), ==, next_number);
  g_assert_cmpint (hk_receipt_get_total (g_ptr_array_index (receipts, 0)), ==, 6000);
  full_number = hk_receipt_dup_full_number (g_ptr_array_index (receipts, 0));

  /* The form is empty again, the receipt is in today's list, and a toast says so. */
  g_assert_cmpuint (g_list_model_get_n_items (hk_receipt_entry_get_lines (desk.entry)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hk_cash_desk_view_get_receipts (desk.view)), ==, 1);
  listed = get_listed_receipt (&desk, 0);
  g_assert_cmpint (hk_receipt_get_id (listed), ==,
                   hk_receipt_get_id (g_ptr_array_index (receipts, 0)));
  g_assert_false (gtk_widget_get_mapped (find_label (GTK_WIDGET (desk.view),
                                                    "No receipts yet today.")));
  toast = g_strdup_printf ("Receipt %s issued: ¥60.00", full_number);
  assert_toast (desk.window, toast);
  g_assert_cmpstr (hk_shift_panel_get_detail (panel), ==, "Float ¥500.00 · 1 receipt · ¥60.00");

  /* Void it through the dialog: the reason is required. */
  g_assert_false (action_enabled (&desk, "cash-desk.void"));
  g_assert_false (action_enabled (&desk, "cash-desk.save-pdf"));
  g_assert_true (hk_cash_desk_view_select_receipt (desk.view, full_number));
  g_assert_true (action_enabled (&desk, "cash-desk.void"));

  /* The selected receipt saves as a PDF (the file chooser ends in this call). */
  g_assert_true (action_enabled (&desk, "cash-desk.save-pdf"));
  {
    g_autofree char *pdf_path = g_build_filename (fixture->dir, "receipt.pdf", NULL);
    g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
    g_autofree char *contents = NULL;
    g_autoptr(GError) pdf_error = NULL;
    gsize length = 0;

    g_assert_true (hk_cash_desk_view_save_pdf (desk.view, hk_receipt_get_id (listed), pdf,
                                               &pdf_error));
    g_assert_no_error (pdf_error);
    g_assert_true (g_file_get_contents (pdf_path, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 1000);
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  }
  gtk_widget_activate_action (GTK_WIDGET (desk.view), "cash-desk.void", NULL);
  dialog = find_dialog ("Void Receipt?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), full_number));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "void"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason for the void", "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "void"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason for the void",
                       "Wrong item charged");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "void"));
  respond (dialog, "void");

  voided = hk_receipt_store_lookup (hk_context_get_receipt_store (context),
                                    hk_receipt_get_id (listed), &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_receipt_get_status (voided), ==, HK_RECEIPT_VOID);
  g_assert_cmpstr (hk_receipt_get_void_reason (voided), ==, "Wrong item charged");
  g_clear_object (&listed);
  listed = get_listed_receipt (&desk, 0);
  g_assert_cmpint (hk_receipt_get_status (listed), ==, HK_RECEIPT_VOID);
  g_assert_false (action_enabled (&desk, "cash-desk.void"));
  g_free (toast);
  toast = g_strdup_printf ("Receipt %s is void", full_number);
  assert_toast (desk.window, toast);

  /* A second receipt, in cash, then close with a blind count ¥1.00 short. */
  type_and_enter (&desk, SERVICE_CODE);
  gtk_widget_activate_action (GTK_WIDGET (desk.view), "cash-desk.issue", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (hk_cash_desk_view_get_receipts (desk.view)), ==, 2);

  g_assert_true (action_enabled (&desk, "cash-desk.close-shift"));
  g_assert_false (action_enabled (&desk, "cash-desk.submit-report"));
  gtk_widget_activate_action (GTK_WIDGET (desk.view), "cash-desk.close-shift", NULL);
  hk_test_ui_iterate ();
  close_window = HK_CLOSE_SHIFT_WINDOW (hk_test_ui_find_toplevel (HK_TYPE_CLOSE_SHIFT_WINDOW));
  g_assert_nonnull (close_window);

  /* Blind: the expected ¥510.00 is nowhere in the form before the close. */
  g_assert_null (find_label (GTK_WIDGET (close_window), "¥510.00"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hk_test_ui_find_named (GTK_WIDGET (close_window),
                                                                     "count-10000")), 5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hk_test_ui_find_named (GTK_WIDGET (close_window),
                                                                     "count-500")), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hk_test_ui_find_named (GTK_WIDGET (close_window),
                                                                     "count-100")), 4);
  g_assert_cmpint (hk_close_shift_window_get_counted (close_window), ==, 50900);
  g_assert_nonnull (find_label (GTK_WIDGET (close_window), "¥509.00"));
  g_assert_null (find_label (GTK_WIDGET (close_window), "¥510.00"));

  /* A declared total that is not an amount keeps the form from closing. */
  hk_test_ui_set_text (GTK_WIDGET (close_window), ADW_TYPE_ENTRY_ROW, "Bank card", "12,34");
  g_assert_nonnull (hk_close_shift_window_get_problem (close_window));
  hk_test_ui_set_text (GTK_WIDGET (close_window), ADW_TYPE_ENTRY_ROW, "Bank card", "");
  g_assert_null (hk_close_shift_window_get_problem (close_window));

  gtk_widget_activate_action (GTK_WIDGET (close_window), "close-shift.close", NULL);
  hk_test_ui_iterate ();

  closed = hk_shift_store_lookup (hk_context_get_shift_store (context), hk_shift_get_id (shift),
                                  &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_shift_get_status (closed), ==, HK_SHIFT_CLOSED);
  g_assert_cmpint (hk_shift_get_counted_cash (closed), ==, 50900);
  g_assert_cmpint (hk_shift_get_expected_cash (closed), ==, 51000);
  g_assert_cmpint (hk_shift_get_count (closed, 0), ==, 5);

  /* After the close the form shows expected, counted and the shortfall, in words too. */
  g_assert_true (hk_close_shift_window_get_closed_shift (close_window) != NULL);
  g_assert_nonnull (find_label (GTK_WIDGET (close_window), "¥510.00"));
  difference = find_label (GTK_WIDGET (close_window), "Short by ¥1.00");
  g_assert_nonnull (difference);
  g_assert_true (gtk_widget_has_css_class (difference, "money-negative"));
  gtk_window_close (GTK_WINDOW (close_window));
  hk_test_ui_iterate ();
  assert_toast (desk.window, "Shift closed: counted ¥509.00 · Short by ¥1.00");

  /* The panel keeps the difference in view and offers the daily report. */
  g_assert_true (g_str_has_prefix (hk_shift_panel_get_title (panel), "Shift closed at "));
  g_assert_nonnull (find_label (GTK_WIDGET (panel), "Short by ¥1.00"));
  g_assert_false (action_enabled (&desk, "cash-desk.issue"));
  g_assert_true (action_enabled (&desk, "cash-desk.submit-report"));

  gtk_widget_activate_action (GTK_WIDGET (desk.view), "cash-desk.submit-report", NULL);
  hk_test_ui_iterate ();
  report = hk_daily_report_store_compute (hk_context_get_daily_report_store (context),
                                          hk_operator_get_id (desk.clerk), today, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_daily_report_get_status (report), ==, HK_DAILY_REPORT_SUBMITTED);
  g_assert_cmpuint (hk_daily_report_get_n_receipts (report), ==, 1);
  g_assert_cmpuint (hk_daily_report_get_n_void (report), ==, 1);
  g_assert_false (action_enabled (&desk, "cash-desk.submit-report"));
  g_assert_nonnull (find_label (GTK_WIDGET (panel),
                                "Daily report: submitted; the auditor checks it."));
  g_free (toast);
  toast = g_strdup_printf ("Daily report for %s submitted to the auditor", today);
  assert_toast (desk.window, toast);

  g_assert_cmpint (hk_test_ui_count_audit (context, "receipt-issued"), ==, issued_before + 2);
  g_assert_cmpint (hk_test_ui_count_audit (context, "receipt-voided"), ==, voided_before + 1);
}

static void
set_split_text (CashDesk   *desk,
                const char *method_id,
                const char *text)
{
  g_autofree char *name = g_strdup_printf ("pay-%s", method_id);
  GtkWidget *row = hk_test_ui_find_named (GTK_WIDGET (desk->entry), name);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
test_split_payment (HkViewFixture *fixture,
                    gconstpointer  data)
{
  HkContext *context = fixture->context;
  CashDesk desk;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) listed = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *masked = NULL;
  GtkWidget *split;
  GtkWidget *cheque_number;

  prepare_cash_desk (fixture, "zhangli");
  open_cash_desk (fixture, "zhangli", &desk);
  shift = hk_shift_store_open (hk_context_get_shift_store (context), desk.clerk, 50000, &error);
  g_assert_no_error (error);
  hk_test_ui_iterate ();

  type_and_enter (&desk, SIM_CODE);
  g_assert_true (action_enabled (&desk, "cash-desk.issue"));

  /* Split on: nothing is paid yet. */
  split = hk_test_ui_find (GTK_WIDGET (desk.entry), ADW_TYPE_EXPANDER_ROW, "title",
                           "Split payment");
  g_assert_nonnull (split);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (split), TRUE);
  g_assert_false (action_enabled (&desk, "cash-desk.issue"));
  g_assert_nonnull (find_label (GTK_WIDGET (desk.entry), "¥25.00 remaining"));

  /* Too little, then too much: refused, with the amounts named. */
  set_split_text (&desk, "card", "20");
  g_assert_nonnull (find_label (GTK_WIDGET (desk.entry), "¥5.00 remaining"));
  g_assert_cmpstr (hk_receipt_entry_get_problem (desk.entry), ==,
                   "The payments add up to ¥20.00, but the total is ¥25.00.");
  g_assert_false (action_enabled (&desk, "cash-desk.issue"));
  g_assert_null (hk_receipt_entry_issue (desk.entry, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  set_split_text (&desk, "cash", "10");
  g_assert_nonnull (find_label (GTK_WIDGET (desk.entry), "¥5.00 overpaid"));
  g_assert_false (action_enabled (&desk, "cash-desk.issue"));

  set_split_text (&desk, "cash", "x");
  g_assert_true (g_str_has_prefix (hk_receipt_entry_get_problem (desk.entry), "Cash: "));
  set_split_text (&desk, "cash", "");

  /* A cheque needs its number. */
  cheque_number = hk_test_ui_find_named (GTK_WIDGET (desk.entry), "cheque-number");
  g_assert_false (gtk_widget_get_visible (cheque_number));
  set_split_text (&desk, "cheque", "5");
  g_assert_true (gtk_widget_get_visible (cheque_number));
  g_assert_nonnull (find_label (GTK_WIDGET (desk.entry), "Paid in full"));
  g_assert_cmpstr (hk_receipt_entry_get_problem (desk.entry), ==, "Give the cheque number.");
  g_assert_false (action_enabled (&desk, "cash-desk.issue"));
  gtk_editable_set_text (GTK_EDITABLE (cheque_number), "CHQ-0042");
  g_assert_true (action_enabled (&desk, "cash-desk.issue"));

  /* A phone that is not one is refused; a real one is kept and shown masked. */
  hk_test_ui_set_text (GTK_WIDGET (desk.entry), ADW_TYPE_ENTRY_ROW, "Customer phone (optional)",
                       "call me");
  g_assert_false (action_enabled (&desk, "cash-desk.issue"));
  hk_test_ui_set_text (GTK_WIDGET (desk.entry), ADW_TYPE_ENTRY_ROW, "Customer phone (optional)",
                       "13812345678");
  g_assert_true (action_enabled (&desk, "cash-desk.issue"));

  gtk_widget_activate_action (GTK_WIDGET (desk.view), "cash-desk.issue", NULL);
  hk_test_ui_iterate ();

  g_assert_cmpuint (g_list_model_get_n_items (hk_cash_desk_view_get_receipts (desk.view)), ==, 1);
  listed = get_listed_receipt (&desk, 0);
  g_assert_cmpstr (hk_receipt_get_customer_phone (listed), ==, "13812345678");
  masked = hk_receipt_dup_masked_phone (listed);
  g_assert_cmpstr (masked, ==, "138****5678");

  payments = hk_receipt_store_get_payments (hk_context_get_receipt_store (context),
                                            hk_receipt_get_id (listed), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (payments->len, ==, 2);
  g_assert_cmpint (((HkReceiptPayment *)g_ptr_array_index (payments, 0))->method, ==,
                   HK_PAYMENT_CARD);
  g_assert_cmpint (((HkReceiptPayment *)g_ptr_array_index (payments, 0))->amount, ==, 2000);
  g_assert_cmpint (((HkReceiptPayment *)g_ptr_array_index (payments, 1))->method, ==,
                   HK_PAYMENT_CHEQUE);
  g_assert_cmpstr (((HkReceiptPayment *)g_ptr_array_index (payments, 1))->cheque_no, ==,
                   "CHQ-0042");

  /* The form is ready for the next customer: one payment in cash again. */
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (split)));
  g_assert_false (gtk_widget_get_visible (cheque_number));
}

static void
test_no_invoice_numbers (HkViewFixture *fixture,
                         gconstpointer  data)
{
  HkContext *context = fixture->context;
  g_autoptr(HkOperator) admin = lookup_operator (fixture, "admin");
  g_autoptr(HkOperator) newcomer = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(GError) error = NULL;
  CashDesk desk;

  /* A clerk who was never given a book: the store's refusal is shown, the form kept. */
  prepare_cash_desk (fixture, NULL);
  newcomer = hk_operator_store_add (hk_context_get_operator_store (context), admin, "xinren",
                                    "新人", HK_ROLE_CLERK, HK_DEMO_PASSWORD, &error);
  g_assert_no_error (error);
  open_cash_desk (fixture, "xinren", &desk);
  open_shift_with_form (&desk, "¥300.00");
  shift = hk_shift_store_get_open (hk_context_get_shift_store (context),
                                   hk_operator_get_id (desk.clerk), &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_shift_get_opening_float (shift), ==, 30000);

  type_and_enter (&desk, SIM_CODE);
  g_assert_true (action_enabled (&desk, "cash-desk.issue"));
  gtk_widget_activate_action (GTK_WIDGET (desk.view), "cash-desk.issue", NULL);
  hk_test_ui_iterate ();

  assert_toast (desk.window, "You hold no unused invoice numbers; ask the auditor for a book.");
  g_assert_cmpuint (g_list_model_get_n_items (hk_receipt_entry_get_lines (desk.entry)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (hk_cash_desk_view_get_receipts (desk.view)), ==, 0);
}

static void
test_empty_tariff (HkViewFixture *fixture,
                   gconstpointer  data)
{
  HkContext *context = fixture->context;
  GListModel *items = hk_fee_item_store_get_model (hk_context_get_fee_item_store (context));
  g_autoptr(HkOperator) admin = lookup_operator (fixture, "admin");
  g_autoptr(GPtrArray) active = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *label;
  CashDesk desk;

  /* No fee item in use: the form says who sets the tariff up. */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HkFeeItem) item = g_list_model_get_item (items, i);

      if (hk_fee_item_get_active (item))
        g_ptr_array_add (active, g_steal_pointer (&item));
    }
  for (guint i = 0; i < active->len; i++)
    {
      g_autoptr(HkFeeItem) changed = NULL;
      g_autoptr(GError) error = NULL;

      changed = hk_fee_item_store_set_active (hk_context_get_fee_item_store (context), admin,
                                              g_ptr_array_index (active, i), FALSE, &error);
      g_assert_no_error (error);
    }

  open_cash_desk (fixture, "zhangli", &desk);
  g_assert_cmpuint (g_list_model_get_n_items (hk_receipt_entry_get_matches (desk.entry)), ==, 0);
  label = find_label (GTK_WIDGET (desk.entry),
                      "There are no fee items yet. The hall supervisor sets up the tariff in the "
                      "Fee Items section.");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));

  /* Nor are there receipts today. */
  label = find_label (GTK_WIDGET (desk.view), "No receipts yet today.");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));

  /* Typing finds nothing, and Enter adds nothing. */
  type_and_enter (&desk, "SIM");
  g_assert_cmpuint (g_list_model_get_n_items (hk_receipt_entry_get_lines (desk.entry)), ==, 0);
}

static void
move_cash_with_form (CashDesk   *desk,
                     guint       direction,
                     const char *amount,
                     const char *reason)
{
  AdwMessageDialog *dialog;
  GtkWidget *combo;

  gtk_widget_activate_action (GTK_WIDGET (desk->view), "cash-desk.move-cash", NULL);
  dialog = find_dialog ("Record a Cash Movement?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "record"));

  combo = hk_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "title", "Direction");
  g_assert_nonnull (combo);
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), direction);

  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Amount (yuan)", amount);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "record"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason", reason);
  respond (dialog, "record");
}

static void
test_cash_movement (HkViewFixture *fixture,
                    gconstpointer  data)
{
  HkContext *context = fixture->context;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(GError) error = NULL;
  gint64 moved_before = hk_test_ui_count_audit (context, "cash-moved");
  CashDesk desk;

  prepare_cash_desk (fixture, "zhangli");
  open_cash_desk (fixture, "zhangli", &desk);
  g_assert_false (action_enabled (&desk, "cash-desk.move-cash"));
  shift = hk_shift_store_open (hk_context_get_shift_store (context), desk.clerk, 50000, &error);
  g_assert_no_error (error);
  hk_test_ui_iterate ();
  g_assert_true (action_enabled (&desk, "cash-desk.move-cash"));

  /* Out of the drawer first (the usual case: to the safe), then into it. */
  move_cash_with_form (&desk, 0, "200", "Handed to the safe");
  g_assert_cmpint (hk_shift_store_sum_movements (hk_context_get_shift_store (context),
                                                 hk_shift_get_id (shift)), ==, -20000);
  assert_toast (desk.window, "¥200.00 taken out of the drawer");

  move_cash_with_form (&desk, 1, "50.5", "Change from the safe");
  g_assert_cmpint (hk_shift_store_sum_movements (hk_context_get_shift_store (context),
                                                 hk_shift_get_id (shift)), ==, -14950);
  assert_toast (desk.window, "¥50.50 put into the drawer");
  g_assert_cmpint (hk_test_ui_count_audit (context, "cash-moved"), ==, moved_before + 2);
}

static void
test_shortcuts (HkViewFixture *fixture,
                gconstpointer  data)
{
  g_autoptr(GListModel) controllers = NULL;
  CashDesk desk;
  gboolean found = FALSE;

  open_cash_desk (fixture, "zhangli", &desk);

  /* Ctrl+N in the window is the section's main action: issuing the receipt. */
  g_assert_cmpstr (hk_section_get_main_action (HK_SECTION (desk.view), NULL, NULL), ==,
                   "cash-desk.issue");

  /* Ctrl+Return inside the cash desk issues it too. */
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (desk.view));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (
                                       gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (g_strcmp0 (trigger, "<Control>Return") == 0 && GTK_IS_NAMED_ACTION (action) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                         "cash-desk.issue") == 0)
            found = TRUE;
        }
    }
  g_assert_true (found);
}

/* A receipt of an earlier day is corrected with a red-letter receipt, from the number printed
 * on it and a reason; a number that was never issued is refused by name. */
static void
test_red_letter (HkViewFixture *fixture,
                 gconstpointer  data)
{
  HkContext *context = fixture->context;
  HkReceiptStore *receipts = hk_context_get_receipt_store (context);
  static const gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  static const gint64 declared[HK_N_PAYMENT_METHODS] = { 0 };
  CashDesk desk;
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkFeeItem) sim = NULL;
  g_autoptr(HkShift) earlier_shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkReceipt) original = NULL;
  g_autoptr(GPtrArray) today_receipts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *original_number = NULL;
  g_autofree char *red_number = NULL;
  g_autofree char *short_number = NULL;
  g_autofree char *today = NULL;
  g_autofree char *toast = NULL;
  AdwMessageDialog *dialog;
  HkReceipt *red = NULL;
  GListModel *listed;
  gboolean red_listed = FALSE;
  gint64 corrected_before = hk_test_ui_count_audit (context, "receipt-corrected");

  /* Yesterday, through the core: a shift with one SIM card sold, closed. */
  prepare_cash_desk (fixture, "zhangli");
  clerk = lookup_operator (fixture, "zhangli");
  sim = hk_fee_item_store_lookup (hk_context_get_fee_item_store (context), SIM_CODE, &error);
  g_assert_no_error (error);
  earlier_shift = hk_shift_store_open (hk_context_get_shift_store (context), clerk, 10000, &error);
  g_assert_no_error (error);
  {
    HkReceiptLineInput line = { .fee_item_id = hk_fee_item_get_id (sim), .quantity = 1 };
    HkReceiptPaymentInput payment = { .method = HK_PAYMENT_CASH, .amount = 2500 };

    original = hk_receipt_store_issue (receipts, clerk, NULL, &line, 1, &payment, 1, NULL,
                                       &error);
    g_assert_no_error (error);
    g_assert_nonnull (original);
  }
  closed = hk_shift_store_close (hk_context_get_shift_store (context), clerk, earlier_shift,
                                 counts, declared, &error);
  g_assert_no_error (error);
  g_assert_nonnull (closed);
  original_number = hk_receipt_dup_full_number (original);
  short_number = g_strdup_printf ("%s-%lld", hk_receipt_get_invoice_code (original),
                                  (long long)hk_receipt_get_number (original));

  /* Today: no shift, no correction. */
  hk_database_set_now (hk_context_get_database (context), NOW + DAY);
  today = dup_today (fixture);
  open_cash_desk (fixture, "zhangli", &desk);
  g_assert_false (action_enabled (&desk, "cash-desk.correct"));
  open_shift_with_form (&desk, "100");
  g_assert_true (action_enabled (&desk, "cash-desk.correct"));

  /* A number never issued: refused with a toast, nothing written. */
  gtk_widget_activate_action (GTK_WIDGET (desk.view), "cash-desk.correct", NULL);
  dialog = find_dialog ("Correct an Earlier Receipt?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "correct"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Receipt number",
                       INVOICE_CODE "-00000049");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "correct"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason for the correction",
                       "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "correct"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason for the correction",
                       "Customer returned the SIM card");
  respond (dialog, "correct");
  assert_toast (desk.window, "There is no receipt " INVOICE_CODE "-00000049.");
  g_assert_cmpint (hk_test_ui_count_audit (context, "receipt-corrected"), ==, corrected_before);

  /* The printed number, without its leading zeros. */
  gtk_widget_activate_action (GTK_WIDGET (desk.view), "cash-desk.correct", NULL);
  dialog = find_dialog ("Correct an Earlier Receipt?");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Receipt number",
                       short_number);
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason for the correction",
                       "Customer returned the SIM card");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "correct"));
  respond (dialog, "correct");

  today_receipts = hk_receipt_store_list_day (receipts, hk_operator_get_id (clerk), today,
                                              &error);
  g_assert_no_error (error);
  for (guint i = 0; i < today_receipts->len; i++)
    if (hk_receipt_get_corrects_id (g_ptr_array_index (today_receipts, i)) ==
        hk_receipt_get_id (original))
      {
        g_assert_null (red);
        red = g_ptr_array_index (today_receipts, i);
      }
  g_assert_nonnull (red);
  g_assert_cmpint (hk_receipt_get_corrects_id (red), ==, hk_receipt_get_id (original));
  g_assert_cmpint (hk_receipt_get_total (red), ==, -2500);
  g_assert_cmpstr (hk_receipt_get_correction_reason (red), ==, "Customer returned the SIM card");
  red_number = hk_receipt_dup_full_number (red);
  g_assert_cmpstr (red_number, !=, original_number);
  g_assert_cmpint (hk_test_ui_count_audit (context, "receipt-corrected"), ==,
                   corrected_before + 1);

  toast = g_strdup_printf ("Red-letter receipt %s issued for %s", red_number, original_number);
  assert_toast (desk.window, toast);

  /* Today's list shows it. */
  listed = hk_cash_desk_view_get_receipts (desk.view);
  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(HkReceipt) receipt = g_list_model_get_item (listed, i);

      if (hk_receipt_get_id (receipt) == hk_receipt_get_id (red))
        {
          g_assert_cmpint (hk_receipt_get_total (receipt), ==, -2500);
          red_listed = TRUE;
        }
    }
  g_assert_true (red_listed);

  /* Once only. */
  gtk_widget_activate_action (GTK_WIDGET (desk.view), "cash-desk.correct", NULL);
  dialog = find_dialog ("Correct an Earlier Receipt?");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Receipt number",
                       original_number);
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason for the correction",
                       "Again");
  respond (dialog, "correct");
  hk_test_ui_iterate ();
  g_assert_cmpint (hk_test_ui_count_audit (context, "receipt-corrected"), ==,
                   corrected_before + 1);
}

/* Whether @widget's class binds @trigger (e.g. "F2") to the action @action_name. */
static gboolean
has_shortcut (GtkWidget  *widget,
              const char *trigger,
              const char *action_name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (
                                    gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (g_strcmp0 (text, trigger) == 0 && GTK_IS_NAMED_ACTION (action) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                         action_name) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether a widget of @type whose @property is @value is on screen under @root. */
static gboolean
shows (GtkWidget  *root,
       GType       type,
       const char *property,
       const char *value)
{
  GtkWidget *found = hk_test_ui_find (root, type, property, value);

  if (found != NULL && gtk_widget_get_mapped (found))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != found && shows (child, type, property, value))
      return TRUE;

  return FALSE;
}

/* Opens the price form for the selected line, as Change Price… and F2 do. */
static HkPriceChangeWindow *
open_price_form (CashDesk *desk)
{
  HkPriceChangeWindow *form;

  g_assert_true (action_enabled (desk, "receipt.change-price"));
  gtk_widget_activate_action (GTK_WIDGET (desk->entry), "receipt.change-price", NULL);
  hk_test_ui_iterate ();
  form = HK_PRICE_CHANGE_WINDOW (hk_test_ui_find_toplevel (HK_TYPE_PRICE_CHANGE_WINDOW));
  g_assert_nonnull (form);

  return form;
}

static const char *
form_text (HkPriceChangeWindow *form,
           GType                type,
           const char          *title)
{
  GtkWidget *row = hk_test_ui_find (GTK_WIDGET (form), type, "title", title);

  g_assert_nonnull (row);

  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
form_can_change (HkPriceChangeWindow *form)
{
  GtkWidget *button = hk_test_ui_find (GTK_WIDGET (form), GTK_TYPE_BUTTON, "action-name",
                                       "price.change");

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button);
}

/* Types the approving duty manager's login and password and presses Change Price. */
static void
approve (HkPriceChangeWindow *form,
         const char          *login,
         const char          *password)
{
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Duty manager’s login name", login);
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_PASSWORD_ENTRY_ROW, "Duty manager’s password",
                       password);
  g_assert_null (hk_price_change_window_get_refusal (form));
  g_assert_null (hk_price_change_window_get_problem (form));
  g_assert_true (form_can_change (form));
  gtk_widget_activate_action (GTK_WIDGET (form), "price.change", NULL);
  hk_test_ui_iterate ();
}

static gint64
count_audit_by (HkViewFixture *fixture,
                const char    *action,
                const char    *login)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hk_context_get_database (fixture->context),
                              "SELECT count(*) FROM audit_log WHERE action = ?1"
                              " AND operator_login = ?2", &error);
  g_assert_no_error (error);
  hk_statement_bind_text (stmt, 1, action);
  hk_statement_bind_text (stmt, 2, login);
  g_assert_true (hk_statement_step (stmt, &error));

  return hk_statement_get_int64 (stmt, 0);
}

/* A clerk charges a line at a price other than the tariff: the form wants a reason and a duty
 * manager who logs in at the counter; a wrong password and a clerk as approver are refused; the
 * receipt is issued at the approved price with the approver in the audit log. */
static void
test_custom_price (HkViewFixture *fixture,
                   gconstpointer  data)
{
  HkContext *context = fixture->context;
  HkPriceChangeWindow *form;
  HkReceiptEntryLine *sim_line;
  HkReceiptEntryLine *service_line;
  CashDesk desk;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(HkStatement) audit = NULL;
  g_autoptr(GError) error = NULL;
  HkReceiptLine *line;
  gint64 failed_before;
  gint64 denied_before;

  prepare_cash_desk (fixture, "zhangli");
  open_cash_desk (fixture, "zhangli", &desk);
  open_shift_with_form (&desk, "500");

  /* F2 changes the price of the selected line; there is none yet. */
  g_assert_true (has_shortcut (GTK_WIDGET (desk.entry), "F2", "receipt.change-price"));
  g_assert_false (action_enabled (&desk, "receipt.change-price"));

  type_and_enter (&desk, SERVICE_CODE);
  type_and_enter (&desk, SIM_CODE);
  type_and_enter (&desk, SIM_CODE);
  service_line = get_line (&desk, 0);
  sim_line = get_line (&desk, 1);
  g_assert_cmpint (hk_receipt_entry_line_get_quantity (sim_line), ==, 2);
  g_assert_cmpint (hk_receipt_entry_get_total (desk.entry), ==, 6000);

  /* The form opens on the line last added, at its tariff price. */
  form = open_price_form (&desk);
  g_assert_cmpstr (form_text (form, ADW_TYPE_ENTRY_ROW, "New unit price (yuan)"), ==, "25.00");
  g_assert_true (gtk_widget_get_mapped (hk_test_ui_find (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW,
                                                         "title",
                                                         "Duty manager’s login name")));

  /* A price other than the tariff needs a reason, then the duty manager's login and password. */
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "New unit price (yuan)", "-5");
  g_assert_cmpstr (hk_price_change_window_get_problem (form), ==, "A price cannot be negative.");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "New unit price (yuan)", "20");
  g_assert_cmpstr (hk_price_change_window_get_problem (form), ==,
                   "Say why this customer pays a price other than the tariff.");
  g_assert_false (form_can_change (form));
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Reason", "   ");
  g_assert_cmpstr (hk_price_change_window_get_problem (form), ==,
                   "Say why this customer pays a price other than the tariff.");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Reason", "damaged packaging");
  g_assert_cmpstr (hk_price_change_window_get_problem (form), ==,
                   "The duty manager types their login name.");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Duty manager’s login name",
                       "zhengwei");
  g_assert_cmpstr (hk_price_change_window_get_problem (form), ==,
                   "The duty manager types their password.");
  g_assert_false (form_can_change (form));

  /* A wrong password: refused as at the login window, recorded, and never kept. */
  failed_before = hk_test_ui_count_audit (context, "login-failed");
  approve (form, "zhengwei", "not-the-password");
  g_assert_cmpstr (hk_price_change_window_get_refusal (form), ==,
                   "Wrong login name or password.");
  g_assert_true (shows (GTK_WIDGET (form), GTK_TYPE_LABEL, "label",
                        "Wrong login name or password."));
  g_assert_cmpint (hk_test_ui_count_audit (context, "login-failed"), ==, failed_before + 1);
  g_assert_cmpstr (form_text (form, ADW_TYPE_PASSWORD_ENTRY_ROW, "Duty manager’s password"), ==,
                   "");
  g_assert_false (hk_receipt_entry_line_has_custom_price (sim_line));

  /* A clerk is no duty manager, even with the right password. */
  denied_before = count_audit_by (fixture, "permission-denied", "liuyang");
  approve (form, "liuyang", HK_DEMO_PASSWORD);
  g_assert_cmpstr (hk_price_change_window_get_refusal (form), ==,
                   "刘洋 is not a duty manager: only a duty manager approves a price other than "
                   "the tariff.");
  g_assert_cmpint (count_audit_by (fixture, "permission-denied", "liuyang"), ==,
                   denied_before + 1);
  g_assert_cmpstr (form_text (form, ADW_TYPE_PASSWORD_ENTRY_ROW, "Duty manager’s password"), ==,
                   "");
  g_assert_false (hk_receipt_entry_line_has_custom_price (sim_line));

  /* The duty manager approves: the form closes and the line shows the price, marked, and why. */
  approve (form, "zhengwei", HK_DEMO_PASSWORD);
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_PRICE_CHANGE_WINDOW));
  g_assert_true (hk_receipt_entry_line_has_custom_price (sim_line));
  g_assert_cmpint (hk_receipt_entry_line_get_unit_price (sim_line), ==, 2000);
  g_assert_cmpstr (hk_receipt_entry_line_get_price_reason (sim_line), ==, "damaged packaging");
  g_assert_cmpstr (hk_operator_get_login (hk_receipt_entry_line_get_price_approver (sim_line)),
                   ==, "zhengwei");
  g_assert_cmpint (hk_receipt_entry_get_total (desk.entry), ==, 5000);
  hk_test_ui_wait_for_frames (GTK_WIDGET (desk.window), 2);
  g_assert_true (shows (GTK_WIDGET (desk.entry), GTK_TYPE_LABEL, "label", "damaged packaging"));
  g_assert_true (shows (GTK_WIDGET (desk.entry), GTK_TYPE_LABEL, "tooltip-text",
                        "Tariff ¥25.00 · damaged packaging · approved by 郑伟"));
  g_assert_true (shows (GTK_WIDGET (desk.entry), GTK_TYPE_IMAGE, "icon-name",
                        "document-edit-symbolic"));
  g_assert_true (shows (GTK_WIDGET (desk.entry), GTK_TYPE_LABEL, "label", "¥20.00"));

  /* One receipt, one approver: a second duty manager for another line must approve all. */
  gtk_single_selection_set_selected (
    GTK_SINGLE_SELECTION (gtk_column_view_get_model (
      GTK_COLUMN_VIEW (hk_test_ui_find (GTK_WIDGET (desk.entry), GTK_TYPE_COLUMN_VIEW, NULL,
                                        NULL)))), 0);
  form = open_price_form (&desk);
  g_assert_cmpstr (form_text (form, ADW_TYPE_ENTRY_ROW, "New unit price (yuan)"), ==, "10.00");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "New unit price (yuan)", "8.00");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Reason", "loyal customer");
  approve (form, "liqiang", HK_DEMO_PASSWORD);
  g_assert_true (hk_receipt_entry_line_has_custom_price (service_line));
  g_assert_nonnull (strstr (hk_receipt_entry_get_problem (desk.entry), "Different duty managers"));
  g_assert_false (action_enabled (&desk, "cash-desk.issue"));

  /* The tariff price takes the line back, with no reason and no approval. */
  form = open_price_form (&desk);
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "New unit price (yuan)", "10");
  g_assert_null (hk_price_change_window_get_problem (form));
  gtk_widget_activate_action (GTK_WIDGET (form), "price.change", NULL);
  hk_test_ui_iterate ();
  g_assert_false (hk_receipt_entry_line_has_custom_price (service_line));
  g_assert_null (hk_receipt_entry_get_problem (desk.entry));
  g_assert_cmpint (hk_receipt_entry_get_total (desk.entry), ==, 5000);

  /* Issued at the approved price, with the reason on the line and the approver in the log. */
  g_assert_true (action_enabled (&desk, "cash-desk.issue"));
  gtk_widget_activate_action (GTK_WIDGET (desk.view), "cash-desk.issue", NULL);
  hk_test_ui_iterate ();
  receipt = get_listed_receipt (&desk, 0);
  g_assert_cmpint (hk_receipt_get_total (receipt), ==, 5000);
  lines = hk_receipt_store_get_lines (hk_context_get_receipt_store (context),
                                      hk_receipt_get_id (receipt), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 2);
  line = g_ptr_array_index (lines, 0);
  g_assert_cmpint (line->unit_price, ==, 1000);
  g_assert_null (line->price_reason);
  line = g_ptr_array_index (lines, 1);
  g_assert_cmpint (line->unit_price, ==, 2000);
  g_assert_cmpint (line->amount, ==, 4000);
  g_assert_cmpstr (line->price_reason, ==, "damaged packaging");

  audit = hk_database_prepare (hk_context_get_database (context),
                               "SELECT summary FROM audit_log WHERE action = 'receipt-issued'"
                               " AND entity_id = ?1", &error);
  g_assert_no_error (error);
  hk_statement_bind_int64 (audit, 1, hk_receipt_get_id (receipt));
  g_assert_true (hk_statement_step (audit, &error));
  g_assert_nonnull (strstr (hk_statement_get_text (audit, 0),
                            "custom price approved by zhengwei"));

  /* The form is empty again, and so is the Change Price command. */
  g_assert_cmpuint (g_list_model_get_n_items (hk_receipt_entry_get_lines (desk.entry)), ==, 0);
  g_assert_false (action_enabled (&desk, "receipt.change-price"));
}

/* A clerk who is a duty manager too approves the price without typing a password. */
static void
test_custom_price_self_approved (HkViewFixture *fixture,
                                 gconstpointer  data)
{
  HkContext *context = fixture->context;
  g_autoptr(HkOperator) admin = lookup_operator (fixture, "admin");
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  HkPriceChangeWindow *form;
  CashDesk desk;
  gint64 logins_before;

  clerk = hk_operator_store_add (hk_context_get_operator_store (context), admin, "wangqiang",
                                 "王强", HK_ROLE_CLERK | HK_ROLE_DUTY_MANAGER, HK_DEMO_PASSWORD,
                                 &error);
  g_assert_no_error (error);
  prepare_cash_desk (fixture, "wangqiang");
  open_cash_desk (fixture, "wangqiang", &desk);
  open_shift_with_form (&desk, "500");
  type_and_enter (&desk, SIM_CODE);

  form = open_price_form (&desk);
  g_assert_true (gtk_widget_get_mapped (hk_test_ui_find (GTK_WIDGET (form), ADW_TYPE_ACTION_ROW,
                                                         "title", "Approved by you")));
  g_assert_false (gtk_widget_get_mapped (hk_test_ui_find (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW,
                                                          "title",
                                                          "Duty manager’s login name")));
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "New unit price (yuan)", "22.50");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Reason", "price match");
  g_assert_null (hk_price_change_window_get_problem (form));
  logins_before = count_audit_by (fixture, "login", "wangqiang");
  gtk_widget_activate_action (GTK_WIDGET (form), "price.change", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpint (count_audit_by (fixture, "login", "wangqiang"), ==, logins_before);

  gtk_widget_activate_action (GTK_WIDGET (desk.view), "cash-desk.issue", NULL);
  hk_test_ui_iterate ();
  receipt = get_listed_receipt (&desk, 0);
  lines = hk_receipt_store_get_lines (hk_context_get_receipt_store (context),
                                      hk_receipt_get_id (receipt), &error);
  g_assert_no_error (error);
  g_assert_cmpint (((HkReceiptLine *)g_ptr_array_index (lines, 0))->unit_price, ==, 2250);
  g_assert_cmpstr (((HkReceiptLine *)g_ptr_array_index (lines, 0))->price_reason, ==,
                   "price match");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/cash-desk-view/working-day", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_working_day, hk_view_fixture_teardown);
  g_test_add ("/cash-desk-view/split-payment", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_split_payment, hk_view_fixture_teardown);
  g_test_add ("/cash-desk-view/cash-movement", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_cash_movement, hk_view_fixture_teardown);
  g_test_add ("/cash-desk-view/no-invoice-numbers", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_no_invoice_numbers, hk_view_fixture_teardown);
  g_test_add ("/cash-desk-view/empty-tariff", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_empty_tariff, hk_view_fixture_teardown);
  g_test_add ("/cash-desk-view/shortcuts", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_shortcuts, hk_view_fixture_teardown);
  g_test_add ("/cash-desk-view/red-letter", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_red_letter, hk_view_fixture_teardown);
  g_test_add ("/cash-desk-view/custom-price", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_custom_price, hk_view_fixture_teardown);
  g_test_add ("/cash-desk-view/custom-price-self-approved", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_custom_price_self_approved,
              hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
