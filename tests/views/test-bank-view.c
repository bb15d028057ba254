/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-bank-view.c: the auditor's bank work through the real Bank widgets: a deposit recorded
 * through its form and listed with the report it carries; a statement imported, and a bad one
 * refused naming its line with nothing written; the reconciliation balanced to the fen after
 * the matching, by hand and automatically, and exported to Excel; a cheque endorsed, paid in,
 * bounced with its deadline from the core, and flagged overdue with its payer marked. */

#include "config.h"

#include <string.h>

#include "core/hk-money.h"
#include "hk-test-fixture.h"
#include "views/hk-bank-deposit-editor.h"
#include "views/hk-bank-format.h"
#include "views/hk-bank-view.h"
#include "views/hk-window.h"

#define DAY (24 * 60 * 60)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkBankDepositShare, hk_bank_deposit_share_free)

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
query_int (HkViewFixture *fixture,
           const char    *sql)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hk_context_get_database (fixture->context), sql, &error);
  g_assert_no_error (error);
  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_no_error (error);

  return hk_statement_get_int64 (stmt, 0);
}

/* The day @n days before the hall's today. */
static char *
days_ago (HkViewFixture *fixture,
          int            n)
{
  gint64 now = hk_database_get_now (hk_context_get_database (fixture->context));

  return hk_hall_store_format_day (hk_context_get_hall_store (fixture->context),
                                   now - (gint64)n * DAY);
}

static HkBankView *
open_bank (HkViewFixture *fixture,
           GtkWindow    **window)
{
  GtkWidget *view;

  hk_view_fixture_log_in (fixture, "zhaomin", window);
  g_assert_true (hk_window_show_section (HK_WINDOW (*window), "bank"));
  view = hk_window_get_section (HK_WINDOW (*window), "bank");
  g_assert_true (HK_IS_BANK_VIEW (view));
  hk_test_ui_iterate ();

  return HK_BANK_VIEW (view);
}

static gboolean
shows_toast (GtkWindow  *window,
             const char *text)
{
  g_autofree char *toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));

  return strstr (toasts, text) != NULL;
}

static AdwMessageDialog *
find_dialog (void)
{
  AdwMessageDialog *dialog;

  hk_test_ui_iterate ();
  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);

  return dialog;
}

/* Types @text into the dialog's one entry and answers it. */
static void
answer (AdwMessageDialog *dialog,
        const char       *text)
{
  GtkWidget *entry = hk_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, NULL, NULL);

  g_assert_nonnull (entry);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "answer") &&
                  *gtk_editable_get_text (GTK_EDITABLE (entry)) == '\0');
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "answer"));
  adw_message_dialog_response (dialog, "answer");
  gtk_window_destroy (GTK_WINDOW (dialog));
  hk_test_ui_iterate ();
}

/* The dialog with a progress bar that the import or export shows at once, while it works. */
static gboolean
shows_progress (void)
{
  GtkWindow *dialog = hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  return dialog != NULL &&
         hk_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR, NULL, NULL) != NULL;
}

static void
wait_for_work (void)
{
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;

  while (hk_bank_reconciliation_page_get_n_running () > 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  hk_test_ui_iterate ();
  g_assert_cmpuint (hk_bank_reconciliation_page_get_n_running (), ==, 0);
}

static HkBankDepositShare *
first_undeposited (HkViewFixture *fixture)
{
  g_autoptr(GPtrArray) shares = NULL;
  g_autoptr(GError) error = NULL;

  shares = hk_bank_store_list_undeposited (hk_context_get_bank_store (fixture->context),
                                           "2000-01-01", "2099-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (shares->len, >, 0);

  return hk_bank_deposit_share_copy (g_ptr_array_index (shares, 0));
}

/* A deposit of @share's takings on slip @slip, through the store. */
static HkBankDeposit *
deposit_share (HkViewFixture      *fixture,
               HkBankDepositShare *share,
               const char         *slip,
               const char         *day)
{
  g_autoptr(HkOperator) auditor = lookup (fixture, "zhaomin");
  g_autoptr(GError) error = NULL;
  HkBankDepositInput input = { "中国工商银行文三路支行", slip, day, share->takings, NULL };
  HkBankDepositReport report = { share->clerk_id, share->day };
  HkBankDeposit *deposit;

  deposit = hk_bank_store_record_deposit (hk_context_get_bank_store (fixture->context), auditor,
                                          &input, &report, 1, NULL, 0, &error);
  g_assert_no_error (error);

  return deposit;
}

static GFile *
write_file (HkViewFixture *fixture,
            const char    *name,
            const char    *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* New Deposit: Record stays disabled until the bank receipt is complete and a report ticked; the
 * amount follows the report's takings; a different amount needs a note. The deposit is written,
 * listed, selected, and says what it carries. */
static void
test_record_deposit (HkViewFixture *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkBankDepositShare) share = first_undeposited (fixture);
  g_autofree char *takings = hk_money_format_plain (share->takings);
  g_autofree char *more = hk_money_format_plain (share->takings + 100);
  g_autofree char *yesterday = days_ago (fixture, 1);
  gint64 before = query_int (fixture, "SELECT count(*) FROM bank_deposits");
  HkBankDepositEditor *editor;
  HkBankDeposit *listed;
  GListModel *model;
  GtkWindow *window;
  HkBankView *view;

  view = open_bank (fixture, &window);
  g_assert_cmpstr (hk_bank_view_get_visible_page (view), ==, "deposits");

  gtk_widget_activate_action (GTK_WIDGET (view), "bank.new-deposit", NULL);
  hk_test_ui_iterate ();
  editor = HK_BANK_DEPOSIT_EDITOR (hk_test_ui_find_toplevel (HK_TYPE_BANK_DEPOSIT_EDITOR));
  g_assert_nonnull (editor);
  g_assert_cmpstr (hk_bank_deposit_editor_get_problem (editor), ==,
                   "Give the bank the receipt names.");
  g_assert_false (gtk_widget_is_sensitive (hk_test_ui_find (GTK_WIDGET (editor), GTK_TYPE_BUTTON,
                                                            "action-name", "editor.save")));

  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Bank", "中国工商银行文三路支行");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Slip number", "S-TEST-1");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Date (YYYY-MM-DD)", "2026-13-01");
  g_assert_cmpstr (hk_bank_deposit_editor_get_problem (editor), ==,
                   "Write the date of the bank receipt as YYYY-MM-DD.");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Date (YYYY-MM-DD)", yesterday);
  g_assert_cmpstr (hk_bank_deposit_editor_get_problem (editor), ==,
                   "Give the amount of the bank receipt in yuan, e.g. 1234.50.");

  /* Ticking the report fills the amount with its takings. */
  g_assert_true (hk_bank_deposit_editor_choose_report (editor, share->day, share->clerk_id));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hk_test_ui_find (GTK_WIDGET (editor),
                                                                         ADW_TYPE_ENTRY_ROW,
                                                                         "title",
                                                                         "Amount (yuan)"))),
                   ==, takings);
  g_assert_null (hk_bank_deposit_editor_get_problem (editor));

  /* A slip for more than it carries needs a note. */
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Amount (yuan)", more);
  g_assert_nonnull (strstr (hk_bank_deposit_editor_get_problem (editor), "say why in the note"));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM bank_deposits"), ==, before);
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                       "Note (when the amount differs from what it carries)", "含零钱一元");
  g_assert_null (hk_bank_deposit_editor_get_problem (editor));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  hk_test_ui_iterate ();
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_BANK_DEPOSIT_EDITOR));

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM bank_deposits"), ==, before + 1);
  g_assert_cmpint (query_int (fixture,
                              "SELECT amount FROM bank_deposits WHERE slip_no = 'S-TEST-1'"), ==,
                   share->takings + 100);
  g_assert_true (shows_toast (window, "Deposit S-TEST-1 recorded"));

  /* Listed first (newest), selected, in transit, with its report under the list. */
  model = hk_bank_view_get_visible_model (view);
  listed = g_list_model_get_item (model, 0);
  g_assert_cmpstr (hk_bank_deposit_get_slip_no (listed), ==, "S-TEST-1");
  g_assert_cmpint (hk_bank_deposit_get_n_reports (listed), ==, 1);
  g_assert_cmpint (hk_bank_deposit_get_line_id (listed), ==, 0);
  g_object_unref (listed);
  g_assert_nonnull (strstr (hk_bank_view_get_detail (view), share->day));
  g_assert_nonnull (strstr (hk_bank_view_get_detail (view), "Note: 含零钱一元"));

  /* The report is carried now: the form offers it no more. */
  gtk_widget_activate_action (GTK_WIDGET (view), "bank.new-deposit", NULL);
  hk_test_ui_iterate ();
  editor = HK_BANK_DEPOSIT_EDITOR (hk_test_ui_find_toplevel (HK_TYPE_BANK_DEPOSIT_EDITOR));
  g_assert_false (hk_bank_deposit_editor_choose_report (editor, share->day, share->clerk_id));
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* A statement CSV with its lines' balances from @opening (fen) on. */
static char *
make_statement (const char  *const *days,
                const char  *const *references,
                const gint64       *amounts,
                guint               n,
                gint64              opening)
{
  GString *csv = g_string_new ("value_date,reference,description,amount,balance\n");
  gint64 balance = opening;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *amount = hk_money_format_plain (amounts[i]);
      g_autofree char *after = NULL;

      balance += amounts[i];
      after = hk_money_format_plain (balance);
      g_string_append_printf (csv, "%s,%s,%s,%s,%s\n", days[i], references[i],
                              amounts[i] < 0 ? "手续费" : "现金存款", amount, after);
    }

  return g_string_free (csv, FALSE);
}

/* Import Statement: a bad file refused with its line named in a dialog and nothing written;
 * the good one imported in a thread, its lines listed. */
static void
test_import_statement (HkViewFixture *fixture,
                       gconstpointer  data)
{
  g_autofree char *day2 = days_ago (fixture, 2);
  g_autofree char *day1 = days_ago (fixture, 1);
  const char *days[] = { day2, day1, day1 };
  const char *references[] = { "S-A", "S-B", "FEE" };
  const gint64 amounts[] = { 80000, 20000, -500 };
  g_autofree char *good = make_statement (days, references, amounts, 3, 1000000);
  g_autofree char *bad = NULL;
  g_autoptr(GFile) good_file = write_file (fixture, "good.csv", good);
  g_autoptr(GFile) bad_file = NULL;
  HkBankReconciliationPage *page;
  AdwMessageDialog *dialog;
  GtkWindow *window;
  HkBankView *view;
  char *wrong;

  /* The third line's balance is a fen off. */
  bad = g_strdup (good);
  wrong = strstr (bad, "10995.00");
  g_assert_nonnull (wrong);
  wrong[7] = '1';
  bad_file = write_file (fixture, "bad.csv", bad);

  view = open_bank (fixture, &window);
  page = hk_bank_view_get_reconciliation_page (view);
  hk_bank_view_show_page (view, "reconciliation");
  g_assert_cmpuint (g_list_model_get_n_items (hk_bank_reconciliation_page_get_visible_model (page)),
                    ==, 0);

  hk_bank_reconciliation_page_import_file (page, bad_file);
  g_assert_cmpuint (hk_bank_reconciliation_page_get_n_running (), ==, 1);
  g_assert_true (shows_progress ());
  wait_for_work ();
  dialog = find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "bad.csv Not Imported");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "line 4"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "Nothing of the file was imported"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM bank_statement_lines"), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM bank_statements"), ==, 0);

  hk_bank_reconciliation_page_import_file (page, good_file);
  wait_for_work ();
  g_assert_null (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (shows_toast (window, "Imported 3 statement lines from"));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM bank_statement_lines"), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (hk_bank_reconciliation_page_get_visible_model (page)),
                    ==, 3);
}

static HkBankStatementLine *
visible_line (HkBankReconciliationPage *page,
              const char               *reference)
{
  GListModel *model = hk_bank_reconciliation_page_get_visible_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkBankStatementLine) line = g_list_model_get_item (model, i);

      if (g_strcmp0 (hk_bank_statement_line_get_reference (line), reference) == 0)
        return g_steal_pointer (&line);
    }

  return NULL;
}

/* The reconciliation on screen: not balanced while the book opens a fen off; balanced to the fen
 * once it opens right; matched by hand through the dialog, taken back, matched automatically,
 * the fee the only unmatched line; exported to Excel. */
static void
test_reconcile (HkViewFixture *fixture,
                gconstpointer  data)
{
  g_autoptr(HkOperator) auditor = lookup (fixture, "zhaomin");
  g_autoptr(HkBankDepositShare) share = first_undeposited (fixture);
  g_autofree char *day3 = days_ago (fixture, 3);
  g_autofree char *day2 = days_ago (fixture, 2);
  g_autofree char *day1 = days_ago (fixture, 1);
  g_autoptr(HkBankDeposit) deposit = deposit_share (fixture, share, "S-REC-1", day2);
  const char *days[] = { day1, day1 };
  const char *references[] = { "", "FEE" };
  const gint64 amounts[] = { share->takings, -500 };
  g_autofree char *csv = make_statement (days, references, amounts, 2, 1000000);
  g_autoptr(GFile) file = write_file (fixture, "statement.csv", csv);
  g_autofree char *xlsx = g_build_filename (fixture->dir, "reconciliation.xlsx", NULL);
  g_autoptr(GFile) xlsx_file = g_file_new_for_path (xlsx);
  g_autoptr(HkBankStatementLine) line = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *workbook = NULL;
  gsize length = 0;
  HkBankReconciliationPage *page;
  HkBankReconciliation *rec;
  AdwMessageDialog *dialog;
  GtkWidget *check;
  GtkWindow *window;
  HkBankView *view;

  /* The book opens a fen above the statement's opening. */
  hk_bank_store_set_book_opening (hk_context_get_bank_store (fixture->context), auditor, day3,
                                  1000001, &error);
  g_assert_no_error (error);

  view = open_bank (fixture, &window);
  page = hk_bank_view_get_reconciliation_page (view);
  hk_bank_view_show_page (view, "reconciliation");
  hk_bank_reconciliation_page_import_file (page, file);
  wait_for_work ();
  hk_bank_reconciliation_page_set_day (page, day1);

  rec = hk_bank_reconciliation_page_get_reconciliation (page);
  g_assert_nonnull (rec);
  g_assert_true (rec->has_statement);
  g_assert_cmpint (rec->book_balance, ==, 1000001 + share->takings);
  g_assert_cmpint (rec->in_transit, ==, share->takings);
  g_assert_cmpint (rec->unmatched, ==, share->takings - 500);
  g_assert_cmpint (rec->statement_balance, ==, 1000000 + share->takings - 500);
  g_assert_cmpint (rec->difference, ==, 1);
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "title",
                                     "Not balanced"));

  /* Book Opening…: the dialog offers where the book opens now; the balance is corrected. */
  gtk_widget_activate_action (GTK_WIDGET (page), "reconciliation.opening", NULL);
  dialog = find_dialog ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     hk_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "title",
                                      "Day (YYYY-MM-DD)"))), ==, day3);
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Balance at its end (yuan)",
                       "ten thousand");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "set"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Balance at its end (yuan)",
                       "10000.00");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "set"));
  adw_message_dialog_response (dialog, "set");
  gtk_window_destroy (GTK_WINDOW (dialog));
  hk_test_ui_iterate ();
  rec = hk_bank_reconciliation_page_get_reconciliation (page);
  g_assert_cmpint (rec->opening_balance, ==, 1000000);
  g_assert_cmpint (rec->difference, ==, 0);
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "title",
                                     "Balanced to the fen"));

  /* Match… on the deposit's line (its reference is empty): the dialog offers the deposit. */
  line = visible_line (page, "");
  g_assert_nonnull (line);
  g_assert_true (hk_bank_reconciliation_page_select_line (page,
                                                          hk_bank_statement_line_get_id (line)));
  gtk_widget_activate_action (GTK_WIDGET (page), "reconciliation.match", NULL);
  dialog = find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Match Statement Line?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "match"));
  check = hk_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, NULL, NULL);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "match"));
  adw_message_dialog_response (dialog, "match");
  gtk_window_destroy (GTK_WINDOW (dialog));
  hk_test_ui_iterate ();
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM bank_matches "
                                       "WHERE deposit_id IS NOT NULL"), ==, 1);
  rec = hk_bank_reconciliation_page_get_reconciliation (page);
  g_assert_cmpint (rec->in_transit, ==, 0);
  g_assert_cmpint (rec->unmatched, ==, -500);
  g_assert_cmpuint (rec->unmatched_items->len, ==, 1);
  g_assert_cmpint (rec->difference, ==, 0);

  /* Only the fee is left unmatched in the list; all lines show the match. */
  g_assert_cmpuint (g_list_model_get_n_items (hk_bank_reconciliation_page_get_visible_model (page)),
                    ==, 1);
  hk_bank_reconciliation_page_set_show_all (page, TRUE);
  g_clear_object (&line);
  line = visible_line (page, "");
  g_assert_cmpstr (g_object_get_data (G_OBJECT (line), "matched-to"), ==,
                   "Deposit S-REC-1 (by hand)");

  /* Unmatch, then Match Automatically finds it again by amount and date. */
  hk_bank_reconciliation_page_select_line (page, hk_bank_statement_line_get_id (line));
  gtk_widget_activate_action (GTK_WIDGET (page), "reconciliation.unmatch", NULL);
  hk_test_ui_iterate ();
  g_assert_cmpint (hk_bank_reconciliation_page_get_reconciliation (page)->in_transit, ==,
                   share->takings);
  gtk_widget_activate_action (GTK_WIDGET (view), "bank.auto-match", NULL);
  hk_test_ui_iterate ();
  rec = hk_bank_reconciliation_page_get_reconciliation (page);
  g_assert_cmpint (rec->in_transit, ==, 0);
  g_assert_cmpint (rec->difference, ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM bank_matches "
                                       "WHERE deposit_id IS NOT NULL"), ==, 1);

  /* Export to Excel, in a thread, with its progress. */
  hk_bank_reconciliation_page_export_file (page, xlsx_file);
  g_assert_true (shows_progress ());
  wait_for_work ();
  /* (Its toast waits behind the import's: the overlay shows one at a time.) */
  g_file_get_contents (xlsx, &workbook, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpmem (workbook, 2, "PK", 2);
  g_assert_null (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static HkCheque *
visible_cheque (HkChequesPage *page,
                gint64         cheque_id)
{
  GListModel *model = hk_cheques_page_get_visible_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkCheque) cheque = g_list_model_get_item (model, i);

      if (hk_cheque_get_id (cheque) == cheque_id)
        return g_steal_pointer (&cheque);
    }

  return NULL;
}

/* A cheque through its life on the Cheques page: bank and payer entered, endorsed, paid in with
 * a deposit, bounced with the deadline the core sets (3 working days), then overdue when the
 * clock passes it: flagged in the list and the section's subtitle, its payer marked. */
static void
test_bounce_overdue (HkViewFixture *fixture,
                     gconstpointer  data)
{
  HkContext *context = fixture->context;
  g_autoptr(GPtrArray) received = NULL;
  g_autoptr(HkCheque) cheque = NULL;
  g_autofree char *today = hk_bank_today (context);
  g_autofree char *deadline = hk_working_days_after (today, HK_CHEQUE_DEADLINE_DAYS_DEFAULT);
  g_autofree char *overdue_state = NULL;
  HkBankDepositEditor *editor;
  AdwMessageDialog *dialog;
  HkChequesPage *page;
  GtkWindow *window;
  HkBankView *view;
  gint64 id;

  received = hk_cheque_store_list (hk_context_get_cheque_store (context), HK_CHEQUE_RECEIVED,
                                   NULL);
  g_assert_cmpuint (received->len, >, 0);
  id = hk_cheque_get_id (g_ptr_array_index (received, 0));

  view = open_bank (fixture, &window);
  page = hk_bank_view_get_cheques_page (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "bank.show-page", "s", "cheques");
  g_assert_cmpstr (hk_bank_view_get_visible_page (view), ==, "cheques");
  g_assert_true (hk_cheques_page_select (page, id));

  gtk_widget_activate_action (GTK_WIDGET (page), "cheques.details", NULL);
  answer (find_dialog (), "中国银行杭州分行 / 杭州测试贸易有限公司");
  gtk_widget_activate_action (GTK_WIDGET (page), "cheques.endorse", NULL);
  answer (find_dialog (), "中国工商银行文三路支行");
  cheque = hk_cheque_store_lookup (hk_context_get_cheque_store (context), id, NULL);
  g_assert_cmpint (hk_cheque_get_state (cheque), ==, HK_CHEQUE_ENDORSED);
  g_assert_cmpstr (hk_cheque_get_payer (cheque), ==, "杭州测试贸易有限公司");
  g_assert_nonnull (strstr (hk_cheques_page_get_detail (page), "to 中国工商银行文三路支行"));
  g_clear_object (&cheque);

  /* Deposit… opens the form with the cheque ticked. */
  gtk_widget_activate_action (GTK_WIDGET (page), "cheques.deposit", NULL);
  hk_test_ui_iterate ();
  editor = HK_BANK_DEPOSIT_EDITOR (hk_test_ui_find_toplevel (HK_TYPE_BANK_DEPOSIT_EDITOR));
  g_assert_nonnull (editor);
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Slip number", "S-CHQ-1");
  if (hk_bank_deposit_editor_get_problem (editor) != NULL)
    hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Bank",
                         "中国工商银行文三路支行");
  g_assert_null (hk_bank_deposit_editor_get_problem (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  hk_test_ui_iterate ();
  cheque = hk_cheque_store_lookup (hk_context_get_cheque_store (context), id, NULL);
  g_assert_cmpint (hk_cheque_get_state (cheque), ==, HK_CHEQUE_DEPOSITED);
  g_clear_object (&cheque);

  /* Bounced…: the dialog names the core's deadline. */
  g_assert_true (hk_cheques_page_select (page, id));
  gtk_widget_activate_action (GTK_WIDGET (page), "cheques.bounce", NULL);
  dialog = find_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), deadline));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "3 working days"));
  answer (dialog, "出票人账户余额不足");
  cheque = hk_cheque_store_lookup (hk_context_get_cheque_store (context), id, NULL);
  g_assert_cmpint (hk_cheque_get_state (cheque), ==, HK_CHEQUE_BOUNCED);
  g_assert_cmpstr (hk_cheque_get_deadline_day (cheque), ==, deadline);
  g_assert_false (hk_cheque_is_overdue (cheque));
  g_clear_object (&cheque);

  hk_cheques_page_set_show (page, HK_CHEQUES_SHOW_OVERDUE);
  g_assert_null (visible_cheque (page, id));

  /* A week later it is overdue: flagged, and its payer marked. */
  hk_database_set_now (hk_context_get_database (context),
                       hk_database_get_now (hk_context_get_database (context)) + 7 * DAY);
  hk_cheques_page_reload (page);
  cheque = visible_cheque (page, id);
  g_assert_nonnull (cheque);
  g_assert_true (hk_cheque_is_overdue (cheque));
  overdue_state = g_strdup_printf ("Overdue since %s", deadline);
  g_assert_nonnull (g_object_get_data (G_OBJECT (cheque), "payer-marked"));
  g_assert_cmpuint (hk_cheques_page_get_n_overdue (page), ==, 1);
  hk_test_ui_iterate ();
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (page), GTK_TYPE_LABEL, "label", overdue_state));
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (page), GTK_TYPE_LABEL, "label",
                                     "杭州测试贸易有限公司 (marked)"));
  hk_bank_view_show_page (view, "deposits");
  hk_bank_view_show_page (view, "cheques");
  g_assert_cmpstr (hk_section_get_subtitle (HK_SECTION (view)), ==, "1 bounced cheque overdue");
}

/* Cheques come with receipts: the register follows the receipt store's "changed". */
static void
test_follows_receipts (HkViewFixture *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) received = NULL;
  g_autoptr(HkDatabase) other_database = NULL;
  g_autoptr(HkContext) other = NULL;
  g_autoptr(HkOperator) auditor = NULL;
  g_autoptr(HkCheque) changed = NULL;
  g_autoptr(HkCheque) shown = NULL;
  g_autoptr(GError) error = NULL;
  HkChequesPage *page;
  GtkWindow *window;
  HkBankView *view;
  gint64 id;

  view = open_bank (fixture, &window);
  page = hk_bank_view_get_cheques_page (view);
  received = hk_cheque_store_list (hk_context_get_cheque_store (fixture->context),
                                   HK_CHEQUE_RECEIVED, NULL);
  g_assert_cmpuint (received->len, >, 0);
  id = hk_cheque_get_id (g_ptr_array_index (received, 0));

  /* Written on another connection, as another window would: this one's stores say nothing. */
  other_database = hk_database_open (fixture->database_path, &error);
  g_assert_no_error (error);
  other = hk_context_new (other_database);
  auditor = hk_operator_store_lookup (hk_context_get_operator_store (other), "zhaomin", &error);
  g_assert_no_error (error);
  changed = hk_cheque_store_set_details (hk_context_get_cheque_store (other), auditor,
                                         g_ptr_array_index (received, 0), "招商银行杭州分行",
                                         "杭州新付款人有限公司", &error);
  g_assert_no_error (error);

  shown = visible_cheque (page, id);
  g_assert_cmpstr (hk_cheque_get_payer (shown), !=, "杭州新付款人有限公司");
  g_clear_object (&shown);

  /* What the counter's receipt store says when a receipt (and its cheque) is written. */
  g_signal_emit_by_name (hk_context_get_receipt_store (fixture->context), "changed",
                         hk_cheque_get_clerk_id (changed), "2026-01-01");
  shown = visible_cheque (page, id);
  g_assert_cmpstr (hk_cheque_get_payer (shown), ==, "杭州新付款人有限公司");
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
  g_test_add ("/bank-view/" path, HkViewFixture, NULL, hk_view_fixture_setup_demo, func, \
              hk_view_fixture_teardown)

  ADD ("record-deposit", test_record_deposit);
  ADD ("import-statement", test_import_statement);
  ADD ("reconcile", test_reconcile);
  ADD ("cheque/bounce-overdue", test_bounce_overdue);
  ADD ("cheque/follows-receipts", test_follows_receipts);

#undef ADD

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
