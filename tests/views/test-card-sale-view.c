/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-card-sale-view.c: the cash desk sells cards and numbers through the real widgets: the
 * serials offered from the clerk's stock, a serial the clerk does not hold refused under the
 * form, the serials gone from the clerk's stock once the receipt is issued; a number found by
 * pattern; a cheque's bank and payer, with the warning for a payer whose cheque bounced. */

#include "config.h"

#include "core/hk-demo.h"
#include "core/hk-money.h"
#include "hk-test-fixture.h"
#include "views/hk-cash-desk-view.h"
#include "views/hk-receipt-entry-line.h"
#include "views/hk-window.h"

/* 2031-03-14 10:00 in Asia/Shanghai: a day after anything the demo hall records. */
#define NOW G_GINT64_CONSTANT (1931220000)
#define INVOICE_CODE "990031140002"

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

static HkCardType *
lookup_type (HkViewFixture *fixture,
             const char    *code)
{
  g_autoptr(GError) error = NULL;
  HkCardType *type;

  type = hk_card_stock_store_lookup_type_code (hk_context_get_card_stock_store (fixture->context),
                                               code, &error);
  g_assert_no_error (error);
  g_assert_nonnull (type);

  return type;
}

static gint64
count_held (HkViewFixture *fixture,
            HkCardType    *type,
            HkOperator    *holder)
{
  g_autoptr(GError) error = NULL;
  gint64 n;

  n = hk_card_stock_store_count_held (hk_context_get_card_stock_store (fixture->context),
                                      hk_card_type_get_id (type),
                                      holder != NULL ? hk_operator_get_id (holder) : 0, &error);
  g_assert_no_error (error);

  return n;
}

/* The first serial of @type in the hall's stock. */
static char *
dup_hall_serial (HkViewFixture *fixture,
                 HkCardType    *type)
{
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(GError) error = NULL;
  HkCardSegment *segment;

  segments = hk_card_stock_store_list_segments (hk_context_get_card_stock_store (fixture->context),
                                                hk_card_type_get_id (type), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (segments->len, >, 0);
  segment = g_ptr_array_index (segments, 0);

  return hk_card_type_format_serial (type, segment->prefix, segment->first_no);
}

/* What the supervisor and the auditor set up: an invoice book issued to the clerk, an open
 * shift, and at least three cards of each type in the clerk's hands. */
static void
open_cash_desk (HkViewFixture *fixture,
                const char    *login,
                CashDesk      *desk)
{
  HkContext *context = fixture->context;
  HkCardStockStore *stock = hk_context_get_card_stock_store (context);
  g_autoptr(HkOperator) auditor = lookup_operator (fixture, "zhaomin");
  g_autoptr(HkOperator) supervisor = lookup_operator (fixture, "liqiang");
  g_autoptr(HkOperator) clerk = lookup_operator (fixture, login);
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(GError) error = NULL;
  static const char *codes[] = { "VC-100", "SIM-PT" };

  hk_database_set_now (hk_context_get_database (context), NOW);

  book = hk_invoice_book_store_register (hk_context_get_invoice_book_store (context), auditor,
                                         INVOICE_CODE, 1, 50, &error);
  g_assert_no_error (error);
  g_assert_true (hk_invoice_book_store_issue (hk_context_get_invoice_book_store (context),
                                              auditor, book, 1, 20, clerk, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(HkCardType) type = lookup_type (fixture, codes[i]);

      if (count_held (fixture, type, clerk) < 3)
        {
          g_autofree char *serial = dup_hall_serial (fixture, type);

          g_assert_true (hk_card_stock_store_allocate (stock, supervisor, type, serial, clerk,
                                                       &error));
          g_assert_no_error (error);
        }
    }

  shift = hk_shift_store_open (hk_context_get_shift_store (context), clerk, 50000, &error);
  g_assert_no_error (error);

  desk->clerk = hk_view_fixture_log_in (fixture, login, &desk->window);
  g_assert_true (hk_window_show_section (HK_WINDOW (desk->window), "cash-desk"));
  desk->view = HK_CASH_DESK_VIEW (hk_window_get_section (HK_WINDOW (desk->window), "cash-desk"));
  desk->entry = hk_cash_desk_view_get_receipt_entry (desk->view);
  g_assert_null (error);
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

static gboolean
issue_enabled (CashDesk *desk)
{
  GtkWidget *button = hk_test_ui_find (GTK_WIDGET (desk->view), GTK_TYPE_BUTTON, "action-name",
                                       "cash-desk.issue");

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button);
}

static GtkWidget *
find_row (CashDesk   *desk,
          const char *title)
{
  GtkWidget *row = hk_test_ui_find (GTK_WIDGET (desk->entry), ADW_TYPE_ENTRY_ROW, "title", title);

  g_assert_nonnull (row);

  return row;
}

static gint64
count_serials (HkCardType *type,
               const char *serials)
{
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(GError) error = NULL;

  runs = hk_card_type_parse_serials (type, serials, &error);
  g_assert_no_error (error);

  return hk_card_runs_count (runs);
}

/* The serial's last movement: sold on the receipt? */
static void
assert_sold (HkViewFixture *fixture,
             HkCardType    *type,
             const char    *serial,
             HkReceipt     *receipt)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  HkCardMovement *last;

  history = hk_card_stock_store_serial_history (hk_context_get_card_stock_store (fixture->context),
                                                type, serial, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, >, 0);
  last = g_ptr_array_index (history, history->len - 1);
  g_assert_cmpint (last->kind, ==, HK_CARD_MOVE_SALE);
  g_assert_cmpint (last->receipt_id, ==, hk_receipt_get_id (receipt));
}

static HkReceipt *
issue (HkViewFixture *fixture,
       CashDesk      *desk)
{
  g_autoptr(GPtrArray) receipts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  guint before;

  today = hk_hall_store_format_day (hk_context_get_hall_store (fixture->context), NOW);
  receipts = hk_receipt_store_list_day (hk_context_get_receipt_store (fixture->context),
                                        hk_operator_get_id (desk->clerk), today, &error);
  g_assert_no_error (error);
  before = receipts->len;
  g_clear_pointer (&receipts, g_ptr_array_unref);

  g_assert_true (issue_enabled (desk));
  gtk_widget_activate_action (GTK_WIDGET (desk->view), "cash-desk.issue", NULL);
  hk_test_ui_iterate ();

  receipts = hk_receipt_store_list_day (hk_context_get_receipt_store (fixture->context),
                                        hk_operator_get_id (desk->clerk), today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (receipts->len, ==, before + 1);
  g_assert_cmpuint (g_list_model_get_n_items (hk_receipt_entry_get_lines (desk->entry)), ==, 0);

  return g_object_ref (g_ptr_array_index (receipts, receipts->len - 1));
}

static void
test_sell_cards (HkViewFixture *fixture,
                 gconstpointer  data)
{
  HkCardStockStore *stock = hk_context_get_card_stock_store (fixture->context);
  g_autoptr(HkCardType) value_card = lookup_type (fixture, "VC-100");
  g_autoptr(HkCardType) sim = lookup_type (fixture, "SIM-PT");
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *next_value_card = NULL;
  g_autofree char *next_sim = NULL;
  g_autofree char *hall_sim = NULL;
  g_autofree char *value_serials = NULL;
  g_autofree char *refusal = NULL;
  HkReceiptEntryLine *line;
  GtkWidget *serials_row;
  gint64 value_cards_held;
  gint64 sims_held;
  gint64 total;
  CashDesk desk;

  open_cash_desk (fixture, "zhangli", &desk);
  value_cards_held = count_held (fixture, value_card, desk.clerk);
  sims_held = count_held (fixture, sim, desk.clerk);
  next_value_card = hk_card_stock_store_next_serial (stock, hk_card_type_get_id (value_card),
                                                     hk_operator_get_id (desk.clerk), &error);
  g_assert_no_error (error);
  next_sim = hk_card_stock_store_next_serial (stock, hk_card_type_get_id (sim),
                                              hk_operator_get_id (desk.clerk), &error);
  g_assert_no_error (error);

  /* A value card line: the clerk's lowest serial is offered, in the field under the lines. */
  type_and_enter (&desk, "VC-100");
  line = get_line (&desk, 0);
  g_assert_true (hk_receipt_entry_line_get_card_type (line) != NULL);
  g_assert_cmpstr (hk_receipt_entry_line_get_serials (line), ==, next_value_card);
  serials_row = find_row (&desk, "Serials sold (F3)");
  g_assert_true (gtk_widget_get_visible (serials_row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (serials_row)), ==, next_value_card);
  g_assert_null (hk_receipt_entry_get_problem (desk.entry));

  /* Enter again: two cards, and the next serial is offered with the first. */
  type_and_enter (&desk, "VC-100");
  g_assert_cmpint (hk_receipt_entry_line_get_quantity (line), ==, 2);
  g_assert_cmpint (count_serials (value_card, hk_receipt_entry_line_get_serials (line)), ==, 2);
  g_assert_true (g_str_has_prefix (hk_receipt_entry_line_get_serials (line), next_value_card));
  value_serials = g_strdup (hk_receipt_entry_line_get_serials (line));

  /* A SIM card line; the field shows the selected line's serials. */
  type_and_enter (&desk, "SIM-PT");
  g_assert_cmpuint (g_list_model_get_n_items (hk_receipt_entry_get_lines (desk.entry)), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (serials_row)), ==, next_sim);

  /* A serial in the hall's stock, not the clerk's: named under the form, nothing issued. */
  hall_sim = dup_hall_serial (fixture, sim);
  hk_test_ui_set_text (GTK_WIDGET (desk.entry), ADW_TYPE_ENTRY_ROW, "Serials sold (F3)",
                       hall_sim);
  refusal = g_strdup_printf ("Line 2: you do not hold the %s with serial %s.",
                             hk_card_type_get_name (sim), hall_sim);
  g_assert_cmpstr (hk_receipt_entry_get_problem (desk.entry), ==, refusal);
  g_assert_false (issue_enabled (&desk));

  /* Two serials for a quantity of one. */
  hk_test_ui_set_text (GTK_WIDGET (desk.entry), ADW_TYPE_ENTRY_ROW, "Serials sold (F3)",
                       value_serials);
  g_assert_nonnull (hk_receipt_entry_get_problem (desk.entry));
  g_assert_false (issue_enabled (&desk));

  /* The clerk's own serial, typed: it may be issued. */
  hk_test_ui_set_text (GTK_WIDGET (desk.entry), ADW_TYPE_ENTRY_ROW, "Serials sold (F3)",
                       next_sim);
  g_assert_null (hk_receipt_entry_get_problem (desk.entry));

  total = hk_receipt_entry_get_total (desk.entry);
  g_assert_cmpint (total, ==, 2 * 10000 + hk_receipt_entry_line_get_amount (get_line (&desk, 1)));
  receipt = issue (fixture, &desk);
  g_assert_cmpint (hk_receipt_get_total (receipt), ==, total);

  /* The serials left the clerk's stock, sold on the receipt. */
  g_assert_cmpint (count_held (fixture, value_card, desk.clerk), ==, value_cards_held - 2);
  g_assert_cmpint (count_held (fixture, sim, desk.clerk), ==, sims_held - 1);
  assert_sold (fixture, value_card, next_value_card, receipt);
  assert_sold (fixture, sim, next_sim, receipt);

  /* The next value card line is offered the serial after the two sold. */
  type_and_enter (&desk, "VC-100");
  g_assert_false (g_str_has_prefix (hk_receipt_entry_line_get_serials (get_line (&desk, 0)),
                                    next_value_card));
  g_assert_null (hk_receipt_entry_get_problem (desk.entry));
}

static void
set_named_text (CashDesk   *desk,
                const char *name,
                const char *text)
{
  GtkWidget *row = hk_test_ui_find_named (GTK_WIDGET (desk->entry), name);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  hk_test_ui_iterate ();
}

/* Pays the whole total by cheque, with its number, bank and payer. */
static void
pay_by_cheque (CashDesk   *desk,
               const char *cheque_no,
               const char *payer)
{
  GtkWidget *split = hk_test_ui_find (GTK_WIDGET (desk->entry), ADW_TYPE_EXPANDER_ROW, "title",
                                      "Split payment");
  g_autofree char *total = hk_money_format_plain (hk_receipt_entry_get_total (desk->entry));

  g_assert_nonnull (split);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (split), TRUE);
  hk_test_ui_iterate ();
  set_named_text (desk, "pay-cheque", total);
  g_assert_true (gtk_widget_get_visible (hk_test_ui_find_named (GTK_WIDGET (desk->entry),
                                                                "cheque-bank")));
  set_named_text (desk, "cheque-number", cheque_no);
  set_named_text (desk, "cheque-bank", "中国工商银行杭州文三路支行");
  set_named_text (desk, "cheque-payer", payer);
}

static void
test_number_and_cheque (HkViewFixture *fixture,
                        gconstpointer  data)
{
  HkContext *context = fixture->context;
  HkNumberPoolStore *pool = hk_context_get_number_pool_store (context);
  HkChequeStore *cheques = hk_context_get_cheque_store (context);
  g_autoptr(HkOperator) auditor = lookup_operator (fixture, "zhaomin");
  g_autoptr(GPtrArray) available = NULL;
  g_autoptr(GPtrArray) registered = NULL;
  g_autoptr(HkPoolNumber) sold = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkReceipt) second = NULL;
  g_autoptr(HkCheque) endorsed = NULL;
  g_autoptr(HkCheque) bounced = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ending = NULL;
  g_autofree char *expected_problem = NULL;
  g_autofree char *warning = NULL;
  const char *payer = "杭州远航贸易有限公司";
  HkReceiptEntryLine *line;
  GtkWidget *number_row;
  GtkWidget *warning_row;
  HkCheque *cheque;
  CashDesk desk;

  open_cash_desk (fixture, "zhangli", &desk);

  /* The number selection fee: a service line takes a number, found by its last digits. */
  available = hk_number_pool_store_search (pool, NULL, HK_NUMBER_AVAILABLE, HK_NUMBER_ORDINARY,
                                           1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (available->len, ==, 1);
  ending = g_strdup (hk_pool_number_get_number (g_ptr_array_index (available, 0)) + 6);
  type_and_enter (&desk, "SVC-XH");
  line = get_line (&desk, 0);
  g_assert_null (hk_receipt_entry_line_get_card_type (line));
  number_row = find_row (&desk, "Number sold, optional (F3)");
  g_assert_true (gtk_widget_get_visible (number_row));
  g_assert_false (gtk_widget_get_visible (find_row (&desk, "Serials sold (F3)")));

  /* Digits alone are a pattern: the form asks for Enter, which takes the first match. */
  hk_test_ui_set_text (GTK_WIDGET (desk.entry), ADW_TYPE_ENTRY_ROW,
                       "Number sold, optional (F3)", ending);
  expected_problem = g_strdup_printf ("Line 1: press Enter in “Number sold” to take the first "
                                      "available number that matches “%s”.", ending);
  g_assert_cmpstr (hk_receipt_entry_get_problem (desk.entry), ==, expected_problem);
  g_signal_emit_by_name (number_row, "entry-activated");
  hk_test_ui_iterate ();
  g_assert_nonnull (hk_receipt_entry_line_get_number (line));
  g_assert_true (g_str_has_suffix (hk_receipt_entry_line_get_number (line), ending));
  g_assert_null (hk_receipt_entry_get_problem (desk.entry));

  /* Paid by cheque, with the cheque's bank and payer; no warning for a new payer. */
  pay_by_cheque (&desk, "10203040", payer);
  warning_row = hk_test_ui_find_named (GTK_WIDGET (desk.entry), "cheque-payer-warning");
  g_assert_nonnull (warning_row);
  g_assert_false (gtk_widget_get_visible (warning_row));
  g_assert_null (hk_receipt_entry_get_problem (desk.entry));
  g_object_ref (line);
  receipt = issue (fixture, &desk);

  /* The number is sold on the receipt; the cheque is registered with its bank and payer. */
  sold = hk_number_pool_store_lookup (pool, hk_receipt_entry_line_get_number (line), &error);
  g_object_unref (line);
  g_assert_no_error (error);
  g_assert_cmpint (hk_pool_number_get_state (sold), ==, HK_NUMBER_SOLD);
  g_assert_cmpint (hk_pool_number_get_receipt_id (sold), ==, hk_receipt_get_id (receipt));
  registered = hk_cheque_store_list_receipt (cheques, hk_receipt_get_id (receipt), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (registered->len, ==, 1);
  cheque = g_ptr_array_index (registered, 0);
  g_assert_cmpstr (hk_cheque_get_bank_name (cheque), ==, "中国工商银行杭州文三路支行");
  g_assert_cmpstr (hk_cheque_get_payer (cheque), ==, payer);

  /* The cheque bounces: the next cheque of that payer warns the clerk, beside the payer. */
  endorsed = hk_cheque_store_endorse (cheques, auditor, cheque, "中国工商银行", &error);
  g_assert_no_error (error);
  bounced = hk_cheque_store_bounce (cheques, auditor, endorsed, "出票人账户余额不足", &error);
  g_assert_no_error (error);
  warning = hk_cheque_store_check_payer (cheques, payer, &error);
  g_assert_no_error (error);
  g_assert_nonnull (warning);

  type_and_enter (&desk, "SVC-XH");
  pay_by_cheque (&desk, "10203041", payer);
  g_assert_true (gtk_widget_get_visible (warning_row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (warning_row)), ==,
                   warning);
  /* A warning, not a refusal: the clerk may still take the cheque. */
  g_assert_null (hk_receipt_entry_get_problem (desk.entry));
  second = issue (fixture, &desk);
  g_assert_cmpint (hk_receipt_get_total (second), >, 0);
}
int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/card-sale-view/sell-cards", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_sell_cards, hk_view_fixture_teardown);
  g_test_add ("/card-sale-view/number-and-cheque", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_number_and_cheque, hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
