/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-settlement-view.c: an auditor checks and signs a clerk's day and keeps the invoice books
 * through the real Settlement section. */

#include "config.h"

#include "hk-test-fixture.h"
#include "views/hk-settlement-item.h"
#include "views/hk-settlement-view.h"
#include "views/hk-window.h"

#define FEE_ITEM_CODE "TST-SVC"
#define FEE_ITEM_PRICE 1000      /* ¥10.00 */
#define OPENING_FLOAT 10000      /* ¥100.00 */
#define BOOK_CODE "9900000001"

/* One day of zhangli's at the counter, made through the core API as the people would. */
typedef struct
{
  char   *day;
  gint64  clerk_id;
  gint64  auditor_id;
  char   *invoice_code;
  gint64  last_number;
} ClerkDay;

static void
clerk_day_clear (ClerkDay *day)
{
  g_clear_pointer (&day->day, g_free);
  g_clear_pointer (&day->invoice_code, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ClerkDay, clerk_day_clear)

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

/* A void receipt two numbers after @number: the number between them is then a gap. */
static void
skip_a_number (HkViewFixture *fixture,
               ClerkDay      *day,
               gint64         shift_id)
{
  HkDatabase *database = hk_context_get_database (fixture->context);
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(GError) error = NULL;

  book = hk_invoice_book_store_lookup (hk_context_get_invoice_book_store (fixture->context),
                                       day->invoice_code, day->last_number + 2, &error);
  g_assert_no_error (error);

  insert = hk_database_prepare (database,
                                "INSERT INTO receipts (invoice_code, number, book_id, clerk_id,"
                                " shift_id, business_day, issued_at, total, status, void_reason,"
                                " voided_at, voided_by)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, 'void', 'spoiled', ?7, ?4)",
                                &error);
  g_assert_no_error (error);
  hk_statement_bind_text (insert, 1, day->invoice_code);
  hk_statement_bind_int64 (insert, 2, day->last_number + 2);
  hk_statement_bind_int64 (insert, 3, hk_invoice_book_get_id (book));
  hk_statement_bind_int64 (insert, 4, day->clerk_id);
  hk_statement_bind_int64 (insert, 5, shift_id);
  hk_statement_bind_text (insert, 6, day->day);
  hk_statement_bind_int64 (insert, 7, hk_database_get_now (database));
  g_assert_true (hk_statement_run (insert, &error));
  g_assert_no_error (error);
}

/* The auditor issues a book to zhangli; zhangli opens a shift, issues two ¥10.00 receipts in
 * cash, closes with the exact count and submits the day. */
static void
prepare_clerk_day (HkViewFixture *fixture,
                   ClerkDay      *day,
                   gboolean       with_gap,
                   gboolean       ten_short)
{
  HkContext *context = fixture->context;
  HkDatabase *database = hk_context_get_database (context);
  g_autoptr(HkOperator) admin = lookup (fixture, "admin");
  g_autoptr(HkOperator) auditor = lookup (fixture, "zhaomin");
  g_autoptr(HkOperator) clerk = lookup (fixture, "zhangli");
  g_autoptr(HkFeeItem) item = NULL;
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(GError) error = NULL;
  gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  gint64 declared[HK_N_PAYMENT_METHODS] = { 0 };

  /* The clock stands still, so the test never straddles midnight. */
  hk_database_set_now (database, g_get_real_time () / G_USEC_PER_SEC);

  day->day = hk_hall_store_format_day (hk_context_get_hall_store (context),
                                       hk_database_get_now (database));
  day->clerk_id = hk_operator_get_id (clerk);
  day->auditor_id = hk_operator_get_id (auditor);

  item = hk_fee_item_store_add (hk_context_get_fee_item_store (context), admin, FEE_ITEM_CODE,
                                "测试服务费", HK_FEE_CATEGORY_SERVICE, FEE_ITEM_PRICE, day->day,
                                &error);
  g_assert_no_error (error);

  book = hk_invoice_book_store_register (hk_context_get_invoice_book_store (context), auditor,
                                         BOOK_CODE, 1, 50, &error);
  g_assert_no_error (error);
  g_assert_true (hk_invoice_book_store_issue_book (hk_context_get_invoice_book_store (context),
                                                   auditor, book, clerk, &error));
  g_assert_no_error (error);

  shift = hk_shift_store_open (hk_context_get_shift_store (context), clerk, OPENING_FLOAT,
                               &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 2; i++)
    {
      HkReceiptLineInput line = { .fee_item_id = hk_fee_item_get_id (item), .quantity = 1 };
      HkReceiptPaymentInput payment = { .method = HK_PAYMENT_CASH, .amount = FEE_ITEM_PRICE };
      g_autoptr(HkReceipt) receipt = NULL;

      receipt = hk_receipt_store_issue (hk_context_get_receipt_store (context), clerk, NULL,
                                        &line, 1, &payment, 1, NULL, &error);
      g_assert_no_error (error);
      g_free (day->invoice_code);
      day->invoice_code = g_strdup (hk_receipt_get_invoice_code (receipt));
      day->last_number = hk_receipt_get_number (receipt);
    }

  if (with_gap)
    skip_a_number (fixture, day, hk_shift_get_id (shift));

  /* The exact count: the float and the two receipts, ¥120.00 as one ¥100 and two ¥10 notes;
   * or one ¥10 note fewer. */
  counts[0] = 1;
  counts[3] = ten_short ? 1 : 2;
  closed = hk_shift_store_close (hk_context_get_shift_store (context), clerk, shift, counts,
                                 declared, &error);
  g_assert_no_error (error);

  submitted = hk_daily_report_store_submit (hk_context_get_daily_report_store (context), clerk,
                                            day->day, &error);
  g_assert_no_error (error);
}

static void
wait_for_reports (HkSettlementView *view)
{
  hk_test_ui_iterate ();
  while (hk_settlement_view_is_loading (view))
    g_main_context_iteration (NULL, TRUE);
}

static HkSettlementView *
open_settlement (HkViewFixture *fixture,
                 const char    *login,
                 GtkWindow    **window)
{
  GtkWidget *view;

  hk_view_fixture_log_in (fixture, login, window);
  g_assert_true (hk_window_show_section (HK_WINDOW (*window), "settlement"));
  view = hk_window_get_section (HK_WINDOW (*window), "settlement");
  g_assert_true (HK_IS_SETTLEMENT_VIEW (view));
  wait_for_reports (HK_SETTLEMENT_VIEW (view));

  return HK_SETTLEMENT_VIEW (view);
}

/* The overview's row of the clerk's day, or NULL. */
static HkSettlementItem *
find_item (HkSettlementView *view,
           ClerkDay         *day)
{
  GListModel *model = hk_settlement_view_get_visible_model (view);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkSettlementItem) item = g_list_model_get_item (model, i);

      if (hk_settlement_item_get_clerk_id (item) == day->clerk_id &&
          g_strcmp0 (hk_settlement_item_get_day (item), day->day) == 0)
        return item;
    }

  return NULL;
}

static const char *
state_word (HkSettlementView *view,
            ClerkDay         *day)
{
  HkSettlementItem *item;

  wait_for_reports (view);
  item = find_item (view, day);
  g_assert_nonnull (item);

  return hk_settlement_state_get_title (hk_settlement_item_get_state (item));
}

/* Opens the day's report the way a user does: select its row and press Enter. */
static HkDailyReportPage *
open_report (HkSettlementView *view,
             ClerkDay         *day)
{
  GtkWidget *column_view = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL, NULL);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (hk_settlement_view_get_visible_model (view));
  HkDailyReportPage *page = hk_settlement_view_get_report_page (view);

  g_assert_true (hk_settlement_view_select (view, day->clerk_id, day->day));
  g_signal_emit_by_name (column_view, "activate", gtk_single_selection_get_selected (selection));
  hk_test_ui_iterate ();

  g_assert_cmpstr (hk_settlement_view_get_visible_page (view), ==, "report");
  g_assert_nonnull (hk_daily_report_page_get_report (page));
  g_assert_cmpint (hk_daily_report_get_clerk_id (hk_daily_report_page_get_report (page)), ==,
                   day->clerk_id);

  return page;
}

static const char *
figure (HkDailyReportPage *page,
        const char        *name)
{
  GtkWidget *label = hk_test_ui_find_named (GTK_WIDGET (page), name);

  g_assert_nonnull (label);
  g_assert_true (GTK_IS_LABEL (label));

  return gtk_label_get_label (GTK_LABEL (label));
}

static gboolean
shows_row (GtkWidget  *root,
           const char *title)
{
  GtkWidget *row = hk_test_ui_find (root, ADW_TYPE_ACTION_ROW, "title", title);

  return row != NULL && gtk_widget_is_visible (row);
}

static gboolean
button_enabled (GtkWidget  *root,
                const char *label)
{
  GtkWidget *button = hk_test_ui_find (root, GTK_TYPE_BUTTON, "label", label);

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button);
}

static void
enter_check (HkDailyReportPage *page,
             const char        *accounting_copy,
             const char        *bank_amount)
{
  GtkWidget *root = GTK_WIDGET (page);

  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Accounting copy total", accounting_copy);
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Bank", "中国工商银行文三路支行");
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Slip number", "GS-20240001");
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Bank amount", "");
  g_assert_false (button_enabled (root, "_Record Check"));
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Bank amount", "12.3.4");
  g_assert_false (button_enabled (root, "_Record Check"));
  hk_test_ui_set_text (root, ADW_TYPE_ENTRY_ROW, "Bank amount", bank_amount);
  g_assert_true (button_enabled (root, "_Record Check"));

  gtk_widget_activate_action (root, "report.record-check", NULL);
  hk_test_ui_iterate ();
}

static gint64
query_int (HkViewFixture *fixture,
           const char    *sql,
           ClerkDay      *day)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hk_context_get_database (fixture->context), sql, &error);
  g_assert_no_error (error);
  hk_statement_bind_int64 (stmt, 1, day->clerk_id);
  hk_statement_bind_text (stmt, 2, day->day);
  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_no_error (error);

  return hk_statement_get_int64 (stmt, 0);
}

static void
test_check_and_sign (HkViewFixture *fixture,
                     gconstpointer  data)
{
  g_auto(ClerkDay) day = { 0 };
  GtkWindow *window;
  HkSettlementView *view;
  HkDailyReportPage *page;
  AdwMessageDialog *dialog;
  GListModel *model;
  g_autoptr(HkSettlementItem) first = NULL;
  g_autofree char *toasts = NULL;

  prepare_clerk_day (fixture, &day, FALSE, FALSE);
  view = open_settlement (fixture, "zhaomin", &window);

  /* The auditor lands on Settlement; the newest day comes first, with its status word. */
  g_assert_cmpstr (hk_window_get_visible_section (HK_WINDOW (window)), ==, "settlement");
  model = hk_settlement_view_get_visible_model (view);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (hk_settlement_item_get_day (first), ==, day.day);
  g_assert_cmpstr (state_word (view, &day), ==, "Open");
  g_assert_cmpstr (hk_settlement_item_get_clerk_name (find_item (view, &day)), ==, "张丽");

  page = open_report (view, &day);

  /* The three legs, in the labels the auditor reads. */
  g_assert_cmpstr (figure (page, "receipts"), ==, "2");
  g_assert_cmpstr (figure (page, "account-cash"), ==, "¥20.00");
  g_assert_cmpstr (figure (page, "account-total"), ==, "¥20.00");
  g_assert_cmpstr (figure (page, "opening-float"), ==, "¥100.00");
  g_assert_cmpstr (figure (page, "counted-cash"), ==, "¥120.00");
  g_assert_cmpstr (figure (page, "cash-taken"), ==, "¥20.00");
  g_assert_cmpstr (figure (page, "cash-leg"), ==, "¥20.00");
  g_assert_cmpstr (figure (page, "cash-difference"), ==, "¥0.00");
  g_assert_cmpstr (figure (page, "numbers-used"), ==, "2");
  g_assert_cmpstr (figure (page, "stub-total"), ==, "¥20.00");
  g_assert_true (shows_row (GTK_WIDGET (page), "No number is missing"));

  /* Before the check nothing can be signed, and the page says why. */
  g_assert_true (shows_row (GTK_WIDGET (page),
                            "The accounting copy and the bank receipt are not entered."));
  g_assert_false (button_enabled (GTK_WIDGET (page), "_Sign…"));
  g_assert_nonnull (hk_daily_report_page_get_problem (page));

  /* The accounting copy equals the account, the bank receipt the cash taken. */
  enter_check (page, "20.00", "20.00");
  g_assert_cmpint (query_int (fixture, "SELECT accounting_copy_total FROM daily_reports"
                              " WHERE clerk_id = ?1 AND business_day = ?2", &day), ==, 2000);
  g_assert_true (shows_row (GTK_WIDGET (page), "Nothing keeps this report from being signed."));
  g_assert_true (button_enabled (GTK_WIDGET (page), "_Sign…"));
  g_assert_null (hk_daily_report_page_get_problem (page));
  g_assert_cmpstr (figure (page, "report-state"), ==, "Agrees");
  g_assert_cmpstr (state_word (view, &day), ==, "Agrees");

  /* Signing asks first, and says that it locks the day. */
  gtk_widget_activate_action (GTK_WIDGET (page), "report.sign", NULL);
  hk_test_ui_iterate ();
  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Sign the Daily Report?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "for good"));
  adw_message_dialog_response (dialog, "cancel");
  hk_test_ui_iterate ();
  g_assert_cmpint (query_int (fixture, "SELECT count (*) FROM daily_reports WHERE clerk_id = ?1"
                              " AND business_day = ?2 AND signed_at IS NOT NULL", &day), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (page), "report.sign", NULL);
  hk_test_ui_iterate ();
  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "sign");
  hk_test_ui_iterate ();

  g_assert_cmpint (query_int (fixture, "SELECT signed_by FROM daily_reports WHERE clerk_id = ?1"
                              " AND business_day = ?2", &day), ==, day.auditor_id);
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "is signed"));

  /* A signed report shows who signed it, and nothing on it can be changed. */
  g_assert_true (shows_row (GTK_WIDGET (page), "Signed by 赵敏"));
  g_assert_false (gtk_editable_get_editable (
                    GTK_EDITABLE (hk_test_ui_find (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "title",
                                                   "Accounting copy total"))));
  g_assert_false (gtk_widget_is_visible (hk_test_ui_find (GTK_WIDGET (page), GTK_TYPE_BUTTON,
                                                          "label", "_Sign…")));
  g_assert_cmpstr (figure (page, "report-state"), ==, "Signed");
  g_assert_cmpstr (state_word (view, &day), ==, "Signed");

  /* Escape's action goes back to the overview. */
  gtk_widget_activate_action (GTK_WIDGET (view), "settlement.back", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpstr (hk_settlement_view_get_visible_page (view), ==, "days");
}

static void
test_mismatch_blocks_signing (HkViewFixture *fixture,
                              gconstpointer  data)
{
  g_auto(ClerkDay) day = { 0 };
  GtkWindow *window;
  HkSettlementView *view;
  HkDailyReportPage *page;

  prepare_clerk_day (fixture, &day, FALSE, FALSE);
  view = open_settlement (fixture, "zhaomin", &window);
  page = open_report (view, &day);

  /* A wrong accounting copy: the page names it, and Sign stays off. */
  enter_check (page, "19.00", "20.00");
  g_assert_true (shows_row (GTK_WIDGET (page),
                            "The accounting copy totals ¥19.00, the account ¥20.00."));
  g_assert_false (button_enabled (GTK_WIDGET (page), "_Sign…"));
  g_assert_cmpstr (figure (page, "report-state"), ==, "Mismatch");
  g_assert_cmpstr (state_word (view, &day), ==, "Mismatch");

  gtk_widget_activate_action (GTK_WIDGET (page), "report.sign", NULL);
  hk_test_ui_iterate ();
  g_assert_null (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* The overview's filter shows the mismatches on their own. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hk_test_ui_find (GTK_WIDGET (view),
                                                              GTK_TYPE_DROP_DOWN, NULL, NULL)),
                              2);
  g_assert_cmpuint (g_list_model_get_n_items (hk_settlement_view_get_visible_model (view)), ==, 1);

  /* Corrected, it agrees. */
  enter_check (page, "20.00", "20.00");
  g_assert_false (shows_row (GTK_WIDGET (page),
                             "The accounting copy totals ¥19.00, the account ¥20.00."));
  g_assert_true (button_enabled (GTK_WIDGET (page), "_Sign…"));
}

static void
test_gap_explained (HkViewFixture *fixture,
                    gconstpointer  data)
{
  g_auto(ClerkDay) day = { 0 };
  GtkWindow *window;
  HkSettlementView *view;
  HkDailyReportPage *page;
  AdwMessageDialog *dialog;
  GtkWidget *row;
  GtkWidget *button;
  g_autofree char *missing = NULL;

  prepare_clerk_day (fixture, &day, TRUE, FALSE);
  view = open_settlement (fixture, "zhaomin", &window);
  page = open_report (view, &day);

  /* The number skipped is listed with its code, and it blocks signing. */
  missing = g_strdup_printf ("%s %08lld", day.invoice_code, (long long)(day.last_number + 1));
  row = hk_test_ui_find (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "title", missing);
  g_assert_nonnull (row);
  g_assert_true (shows_row (GTK_WIDGET (page), "1 receipt number is missing and not explained."));
  g_assert_cmpstr (figure (page, "numbers-used"), ==, "3");

  enter_check (page, "20.00", "20.00");
  g_assert_false (button_enabled (GTK_WIDGET (page), "_Sign…"));
  g_assert_cmpstr (state_word (view, &day), ==, "Mismatch");

  /* Explain… asks for the reason; without one it cannot be given. */
  row = hk_test_ui_find (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "title", missing);
  g_assert_nonnull (row);
  button = hk_test_ui_find (row, GTK_TYPE_BUTTON, NULL, NULL);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  hk_test_ui_iterate ();
  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Explain the Missing Number?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "explain"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason",
                       "Spoiled while printing and destroyed");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "explain"));
  adw_message_dialog_response (dialog, "explain");
  hk_test_ui_iterate ();

  /* The gap is gone from the page and the report may be signed. */
  g_assert_null (hk_test_ui_find (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "title", missing));
  g_assert_true (shows_row (GTK_WIDGET (page), "No number is missing"));
  g_assert_false (shows_row (GTK_WIDGET (page),
                             "1 receipt number is missing and not explained."));
  g_assert_true (button_enabled (GTK_WIDGET (page), "_Sign…"));
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "invoice-gap-explained"), ==, 1);
  g_assert_cmpstr (state_word (view, &day), ==, "Agrees");
}

static void
test_shortfall_needs_note (HkViewFixture *fixture,
                           gconstpointer  data)
{
  g_auto(ClerkDay) day = { 0 };
  GtkWindow *window;
  HkSettlementView *view;
  HkDailyReportPage *page;
  AdwMessageDialog *dialog;
  GtkWidget *difference;
  g_autoptr(HkStatement) note = NULL;
  g_autoptr(GError) error = NULL;
  const char *short_sentence = "The cash is ¥10.00 short of the account; note how the "
                               "shortfall was settled.";

  prepare_clerk_day (fixture, &day, FALSE, TRUE);
  view = open_settlement (fixture, "zhaomin", &window);
  page = open_report (view, &day);

  /* A shortfall: the words with a positive amount, and the error colour. */
  g_assert_cmpstr (figure (page, "cash-taken"), ==, "¥10.00");
  g_assert_cmpstr (figure (page, "cash-difference"), ==, "Short by ¥10.00");
  difference = hk_test_ui_find_named (GTK_WIDGET (page), "cash-difference");
  g_assert_true (gtk_widget_has_css_class (difference, "money-negative"));

  /* The bank receipt is for the cash taken; only the note is missing then. */
  enter_check (page, "20.00", "10.00");
  g_assert_true (shows_row (GTK_WIDGET (page), short_sentence));
  g_assert_false (button_enabled (GTK_WIDGET (page), "_Sign…"));

  hk_test_ui_set_text (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "How the difference was settled",
                       "Paid back by the clerk the same day");
  g_assert_false (shows_row (GTK_WIDGET (page), short_sentence));
  g_assert_true (button_enabled (GTK_WIDGET (page), "_Sign…"));

  gtk_widget_activate_action (GTK_WIDGET (page), "report.sign", NULL);
  hk_test_ui_iterate ();
  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "sign");
  hk_test_ui_iterate ();

  note = hk_database_prepare (hk_context_get_database (fixture->context),
                              "SELECT difference_note FROM daily_reports WHERE clerk_id = ?1"
                              " AND business_day = ?2 AND signed_by IS NOT NULL", &error);
  g_assert_no_error (error);
  hk_statement_bind_int64 (note, 1, day.clerk_id);
  hk_statement_bind_text (note, 2, day.day);
  g_assert_true (hk_statement_step (note, &error));
  g_assert_cmpstr (hk_statement_get_text (note, 0), ==, "Paid back by the clerk the same day");
}

static void
test_supervisor_reads_only (HkViewFixture *fixture,
                            gconstpointer  data)
{
  g_auto(ClerkDay) day = { 0 };
  GtkWindow *window;
  HkSettlementView *view;
  HkDailyReportPage *page;

  prepare_clerk_day (fixture, &day, FALSE, FALSE);
  view = open_settlement (fixture, "liqiang", &window);
  page = open_report (view, &day);

  /* The supervisor sees the report; checking and signing are the auditor's. */
  g_assert_cmpstr (figure (page, "account-total"), ==, "¥20.00");
  g_assert_false (gtk_widget_is_visible (hk_test_ui_find (GTK_WIDGET (page), GTK_TYPE_BUTTON,
                                                          "label", "_Record Check")));
  g_assert_false (button_enabled (GTK_WIDGET (page), "_Sign…"));
  g_assert_cmpstr (hk_daily_report_page_get_problem (page), ==,
                   "Only an auditor signs daily reports.");
}

static void
test_period (HkViewFixture *fixture,
             gconstpointer  data)
{
  GtkWindow *window;
  HkSettlementView *view = open_settlement (fixture, "zhaomin", &window);
  g_autofree char *today = g_strdup (hk_settlement_view_get_last_day (view));
  g_autofree char *earlier = hk_settlement_shift_day (today, -HK_SETTLEMENT_PERIOD_DAYS);
  g_autofree char *first = hk_settlement_shift_day (earlier, 1 - HK_SETTLEMENT_PERIOD_DAYS);
  g_autofree char *subtitle = g_strdup_printf ("%s – %s", first, earlier);
  g_autofree char *leap = hk_settlement_shift_day ("2024-03-01", -1);
  GtkWidget *later = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_BUTTON, "tooltip-text",
                                      "The 14 days after");

  g_assert_cmpstr (leap, ==, "2024-02-29");

  /* Nothing lies after today. */
  g_assert_nonnull (later);
  g_assert_false (gtk_widget_is_sensitive (later));

  gtk_widget_activate_action (GTK_WIDGET (view), "settlement.previous-period", NULL);
  wait_for_reports (view);
  g_assert_cmpstr (hk_settlement_view_get_last_day (view), ==, earlier);
  g_assert_cmpstr (hk_section_get_subtitle (HK_SECTION (view)), ==, subtitle);
  g_assert_true (gtk_widget_is_sensitive (later));

  gtk_widget_activate_action (GTK_WIDGET (view), "settlement.today", NULL);
  wait_for_reports (view);
  g_assert_cmpstr (hk_settlement_view_get_last_day (view), ==, today);
  g_assert_false (gtk_widget_is_sensitive (later));
}

static HkInvoiceBook *
selected_book (HkInvoiceBooksPage *page)
{
  return gtk_single_selection_get_selected_item (
           GTK_SINGLE_SELECTION (hk_invoice_books_page_get_model (page)));
}

/* Activates @action and returns the dialog it opened, titled @heading. */
static AdwMessageDialog *
open_dialog (GtkWidget  *widget,
             const char *action,
             const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  gtk_widget_activate_action (widget, action, NULL);
  hk_test_ui_iterate ();

  /* The newest first: a dialog that just answered may not be gone yet. */
  for (guint i = g_list_model_get_n_items (toplevels); i-- > 0;)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }

  g_error ("%s opened no dialog “%s”", action, heading);
}

/* Who holds which numbers of @book, as "holder:first-last" runs. */
static char *
describe_segments (HkViewFixture *fixture,
                   HkInvoiceBook *book)
{
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);

  segments = hk_invoice_book_store_list_segments (
               hk_context_get_invoice_book_store (fixture->context),
               hk_invoice_book_get_id (book), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < segments->len; i++)
    {
      HkInvoiceSegment *segment = g_ptr_array_index (segments, i);
      g_autoptr(HkOperator) holder = NULL;

      if (segment->holder_id != 0)
        holder = hk_operator_store_lookup_by_id (
                   hk_context_get_operator_store (fixture->context), segment->holder_id, NULL);
      g_string_append_printf (text, "%s%s:%lld-%lld", i > 0 ? " " : "",
                              holder != NULL ? hk_operator_get_login (holder) : "stock",
                              (long long)segment->first_no, (long long)segment->last_no);
    }

  return g_string_free (text, FALSE);
}

static void
test_invoice_books (HkViewFixture *fixture,
                    gconstpointer  data)
{
  GtkWindow *window;
  HkSettlementView *view = open_settlement (fixture, "zhaomin", &window);
  HkInvoiceBooksPage *books = hk_settlement_view_get_books_page (view);
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *segments = NULL;
  g_autofree char *toasts = NULL;
  AdwMessageDialog *dialog;
  AdwComboRow *clerk_row;
  GListModel *clerks;
  guint zhangli = GTK_INVALID_LIST_POSITION;

  /* The header's main action (Ctrl+N) goes to the books and opens the form. */
  dialog = open_dialog (GTK_WIDGET (window), "win.main-action", "Register an Invoice Book?");
  g_assert_cmpstr (hk_settlement_view_get_visible_page (view), ==, "books");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "register"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Invoice code", "9911223344");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "First number", "1");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Last number", "0");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "register"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Last number", "100");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "register"));
  adw_message_dialog_response (dialog, "register");
  hk_test_ui_iterate ();

  book = hk_invoice_book_store_lookup (hk_context_get_invoice_book_store (fixture->context),
                                       "9911223344", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_invoice_book_get_id (selected_book (books)), ==,
                   hk_invoice_book_get_id (book));
  segments = describe_segments (fixture, book);
  g_assert_cmpstr (segments, ==, "stock:1-100");

  /* Issue Numbers… offers the stock's run and the active clerks. */
  dialog = open_dialog (GTK_WIDGET (books), "books.issue", "Issue Invoice Numbers?");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hk_test_ui_find (GTK_WIDGET (dialog),
                                                                         ADW_TYPE_ENTRY_ROW,
                                                                         "title",
                                                                         "First number"))),
                   ==, "00000001");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Last number", "25");
  clerk_row = ADW_COMBO_ROW (hk_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, NULL,
                                              NULL));
  clerks = adw_combo_row_get_model (clerk_row);
  for (guint i = 0; i < g_list_model_get_n_items (clerks); i++)
    {
      g_autoptr(HkOperator) clerk = g_list_model_get_item (clerks, i);

      g_assert_true (hk_operator_has_any_role (clerk, HK_ROLE_CLERK));
      if (g_strcmp0 (hk_operator_get_login (clerk), "zhangli") == 0)
        zhangli = i;
    }
  g_assert_cmpuint (zhangli, !=, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (clerk_row, zhangli);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "issue"));
  adw_message_dialog_response (dialog, "issue");
  hk_test_ui_iterate ();

  g_clear_pointer (&segments, g_free);
  segments = describe_segments (fixture, book);
  g_assert_cmpstr (segments, ==, "zhangli:1-25 stock:26-100");

  /* The book stays selected, and its holders are listed with the day's figures. */
  g_assert_cmpint (hk_invoice_book_get_id (selected_book (books)), ==,
                   hk_invoice_book_get_id (book));
  while (hk_invoice_books_page_is_loading (books))
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (books), GTK_TYPE_LABEL, "label", "张丽"));
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (books), GTK_TYPE_LABEL, "label",
                                     "00000001–00000025"));

  /* A run zhangli holds cannot be issued again: core says why, in a toast. */
  dialog = open_dialog (GTK_WIDGET (books), "books.issue", "Issue Invoice Numbers?");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "First number", "20");
  adw_combo_row_set_selected (ADW_COMBO_ROW (hk_test_ui_find (GTK_WIDGET (dialog),
                                                              ADW_TYPE_COMBO_ROW, NULL, NULL)),
                              zhangli);
  adw_message_dialog_response (dialog, "issue");
  hk_test_ui_iterate ();
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  g_assert_nonnull (strstr (toasts, "is held by zhangli"));

  /* Check In… takes the unused end of zhangli's run back into the stock. */
  dialog = open_dialog (GTK_WIDGET (books), "books.check-in", "Check Numbers In?");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "First number", "11");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "check-in"));
  adw_message_dialog_response (dialog, "check-in");
  hk_test_ui_iterate ();

  g_clear_pointer (&segments, g_free);
  segments = describe_segments (fixture, book);
  g_assert_cmpstr (segments, ==, "zhangli:1-10 stock:11-100");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/settlement-view/check-and-sign", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_check_and_sign, hk_view_fixture_teardown);
  g_test_add ("/settlement-view/mismatch", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_mismatch_blocks_signing, hk_view_fixture_teardown);
  g_test_add ("/settlement-view/gap", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_gap_explained, hk_view_fixture_teardown);
  g_test_add ("/settlement-view/shortfall-note", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_shortfall_needs_note, hk_view_fixture_teardown);
  g_test_add ("/settlement-view/supervisor", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_supervisor_reads_only, hk_view_fixture_teardown);
  g_test_add ("/settlement-view/period", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_period, hk_view_fixture_teardown);
  g_test_add ("/settlement-view/invoice-books", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_invoice_books, hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
