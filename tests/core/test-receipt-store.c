/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-receipt-store.c: receipts at the counter: numbers without typing or gaps, tariff and
 * approved prices, payments that add up, voids, red-letter corrections, and a signed day's
 * lock. */

#include "config.h"

#include <string.h>

#include "core/hk-error.h"
#include "core/hk-fee-item-store.h"
#include "core/hk-hall-store.h"
#include "core/hk-invoice-book-store.h"
#include "core/hk-operator-store.h"
#include "core/hk-receipt-store.h"
#include "core/hk-shift-store.h"
#include "hk-test-hall.h"

/* 2024-03-15 10:00 in the hall (Asia/Shanghai, UTC+8); its business day ends at 16:00 UTC. */
#define T0 G_GINT64_CONSTANT (1710468000)
#define MIDNIGHT G_GINT64_CONSTANT (1710518400)
#define DAY (24 * 60 * 60)
#define TODAY "2024-03-15"
#define TOMORROW "2024-03-16"
#define CODE_A "3300241130"
#define CODE_B "3300241131"
#define CODE_C "3300241132"
/* What the store says of a signed day; the schema's triggers say it differently. */
#define SIGNED "is signed: nothing of that day can change"

typedef struct
{
  HkTestHall  hall;
  gint64      sim;       /* SIM card, ¥25.00 */
  gint64      service;   /* number transfer fee, ¥10.00 */
  gint64      handset;   /* ¥1,999.00 */
  gint64      changed_clerk;
  char       *changed_day;
} Fixture;

static void
on_receipts_changed_cb (HkReceiptStore *store,
                        gint64          clerk_id,
                        const char     *day,
                        Fixture        *fixture)
{
  fixture->hall.n_changed++;
  fixture->changed_clerk = clerk_id;
  g_free (fixture->changed_day);
  fixture->changed_day = g_strdup (day);
}

/* The hall every test starts from is built once and copied: hashing six passwords for each
 * test would take most of the suite's time. */
static HkTestHall hall_template;

/* Operators of each role, three fee items, and a book of 100 numbers: 1–50 with the first
 * clerk, 51–100 with the second. */
static void
build_template (void)
{
  HkTestHall *hall = &hall_template;
  g_autoptr(HkInvoiceBook) book = NULL;

  hk_test_hall_setup (hall, T0);
  hk_test_hall_assert_day (hall, T0, TODAY);

  hk_test_hall_add_admin (hall, "王建国", "admin-pass");
  hall->clerk = hk_test_hall_add_operator (hall, "lihua", "李华", HK_ROLE_CLERK);
  hall->clerk2 = hk_test_hall_add_operator (hall, "zhangwei", "张伟", HK_ROLE_CLERK);
  hall->manager = hk_test_hall_add_operator (hall, "wangfang", "王芳", HK_ROLE_DUTY_MANAGER);
  hall->auditor = hk_test_hall_add_operator (hall, "zhaomin", "赵敏", HK_ROLE_AUDITOR);
  hall->supervisor = hk_test_hall_add_operator (hall, "chenjing", "陈静", HK_ROLE_SUPERVISOR);
  /* A clerk who holds no numbers yet. */
  g_object_unref (hk_test_hall_add_operator (hall, "sunli", "孙丽", HK_ROLE_CLERK));

  hk_test_hall_add_fee_item (hall, "SIM01", "SIM card", HK_FEE_CATEGORY_SIM_CARD, 2500, TODAY);
  hk_test_hall_add_fee_item (hall, "SVC01", "Number transfer fee", HK_FEE_CATEGORY_SERVICE, 1000,
                             TODAY);
  hk_test_hall_add_fee_item (hall, "PHN01", "Handset", HK_FEE_CATEGORY_HANDSET, 199900, TODAY);

  book = hk_test_hall_register_book (hall, CODE_A, 1, 100);
  hk_test_hall_issue_numbers (hall, book, 1, 50, hall->clerk);
  hk_test_hall_issue_numbers (hall, book, 51, 100, hall->clerk2);
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  hk_test_hall_setup_copy (&fixture->hall, &hall_template, T0);
  hk_test_hall_assert_day (&fixture->hall, T0, TODAY);
  fixture->sim = hk_test_hall_find_fee_item (&fixture->hall, "SIM01");
  fixture->service = hk_test_hall_find_fee_item (&fixture->hall, "SVC01");
  fixture->handset = hk_test_hall_find_fee_item (&fixture->hall, "PHN01");

  g_signal_connect (fixture->hall.receipts, "changed", G_CALLBACK (on_receipts_changed_cb),
                    fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_clear_pointer (&fixture->changed_day, g_free);
  hk_test_hall_teardown (&fixture->hall);
}

/* ---- helpers ---- */

/* The last audit entry's action, operator and receipt, and a piece of its summary. */
static void
assert_last_audit (Fixture    *fixture,
                   const char *action,
                   HkOperator *actor,
                   gint64      receipt_id,
                   const char *summary_part)
{
  hk_test_hall_assert_last_audit (&fixture->hall, action, actor, "receipt", receipt_id,
                                  summary_part);
}

/* A shift with ¥100.00 in the drawer. */
static HkShift *
open_shift (Fixture    *fixture,
            HkOperator *clerk)
{
  return hk_test_hall_open_shift (&fixture->hall, clerk, 10000);
}

static void
close_open_shift (Fixture    *fixture,
                  HkOperator *clerk)
{
  static const gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;

  shift = hk_shift_store_get_open (fixture->hall.shifts, hk_operator_get_id (clerk), &error);
  g_assert_no_error (error);
  g_assert_nonnull (shift);
  closed = hk_test_hall_close_shift (&fixture->hall, clerk, shift, counts, NULL);
}

/* Moves the clock to @now, closing the clerk's shift of the day before and opening today's. */
static void
next_day (Fixture    *fixture,
          HkOperator *clerk,
          gint64      now)
{
  g_autoptr(HkShift) shift = NULL;

  close_open_shift (fixture, clerk);
  hk_database_set_now (fixture->hall.db.database, now);
  shift = open_shift (fixture, clerk);
}

/* One SIM card for ¥25.00 in cash. */
static HkReceipt *
issue_sim (Fixture    *fixture,
           HkOperator *clerk)
{
  return hk_test_hall_sell (&fixture->hall, clerk, fixture->sim, 1, 2500, HK_PAYMENT_CASH);
}

static HkReceipt *
lookup (Fixture   *fixture,
        HkReceipt *receipt)
{
  g_autoptr(GError) error = NULL;
  HkReceipt *current;

  current = hk_receipt_store_lookup (fixture->hall.receipts, hk_receipt_get_id (receipt), &error);
  g_assert_no_error (error);
  g_assert_nonnull (current);

  return current;
}

static GPtrArray *
get_lines (Fixture   *fixture,
           HkReceipt *receipt)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *lines;

  lines = hk_receipt_store_get_lines (fixture->hall.receipts, hk_receipt_get_id (receipt), &error);
  g_assert_no_error (error);
  g_assert_nonnull (lines);

  return lines;
}

static GPtrArray *
get_payments (Fixture   *fixture,
              HkReceipt *receipt)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *payments;

  payments = hk_receipt_store_get_payments (fixture->hall.receipts, hk_receipt_get_id (receipt),
                                            &error);
  g_assert_no_error (error);
  g_assert_nonnull (payments);

  return payments;
}

static void
assert_line (GPtrArray  *lines,
             guint       index,
             gint64      fee_item_id,
             const char *code,
             gint64      quantity,
             gint64      unit_price,
             gint64      amount,
             const char *price_reason)
{
  HkReceiptLine *line;

  g_assert_cmpuint (index, <, lines->len);
  line = g_ptr_array_index (lines, index);
  g_assert_cmpint (line->fee_item_id, ==, fee_item_id);
  g_assert_cmpstr (line->fee_item_code, ==, code);
  g_assert_cmpint (line->quantity, ==, quantity);
  g_assert_cmpint (line->unit_price, ==, unit_price);
  g_assert_cmpint (line->amount, ==, amount);
  g_assert_cmpstr (line->price_reason, ==, price_reason);
}

static void
assert_payment (GPtrArray       *payments,
                guint            index,
                HkPaymentMethod  method,
                gint64           amount,
                const char      *cheque_no)
{
  HkReceiptPayment *payment;

  g_assert_cmpuint (index, <, payments->len);
  payment = g_ptr_array_index (payments, index);
  g_assert_cmpint (payment->method, ==, method);
  g_assert_cmpint (payment->amount, ==, amount);
  g_assert_cmpstr (payment->cheque_no, ==, cheque_no);
}

/* Runs @sql with the receipt's id as ?1 and expects the schema to refuse it. */
static void
assert_sql_refused (Fixture    *fixture,
                    const char *sql,
                    gint64      receipt_id,
                    const char *message_part)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  hk_test_hall_remember (&fixture->hall, &before);
  stmt = hk_database_prepare (fixture->hall.db.database, sql, &error);
  g_assert_no_error (error);
  hk_statement_bind_int64 (stmt, 1, receipt_id);
  g_assert_false (hk_statement_run (stmt, &error));
  g_assert_nonnull (error);
  if (strstr (error->message, message_part) == NULL)
    g_error ("“%s” refused with “%s”, not “%s”", sql, error->message, message_part);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

/* ---- tests ---- */

static void
test_issue (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkReceipt) again = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autofree char *full_number = NULL;
  g_autofree char *masked = NULL;
  const HkReceiptLineInput input[] = {
    { .fee_item_id = fixture->sim, .quantity = 1 },
    { .fee_item_id = fixture->service, .quantity = 2 },
  };
  const HkReceiptPaymentInput paid[] = { { HK_PAYMENT_CASH, 4500, NULL } };

  shift = open_shift (fixture, fixture->hall.clerk);
  hk_database_set_now (fixture->hall.db.database, T0 + 60);

  receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, input, 2,
                                    paid, 1, "13812345678", &error);
  g_assert_no_error (error);
  g_assert_nonnull (receipt);

  g_assert_cmpint (hk_receipt_get_id (receipt), >, 0);
  g_assert_cmpstr (hk_receipt_get_invoice_code (receipt), ==, CODE_A);
  g_assert_cmpint (hk_receipt_get_number (receipt), ==, 1);
  full_number = hk_receipt_dup_full_number (receipt);
  g_assert_cmpstr (full_number, ==, CODE_A "-00000001");
  g_assert_cmpint (hk_receipt_get_clerk_id (receipt), ==, hk_operator_get_id (fixture->hall.clerk));
  g_assert_cmpint (hk_receipt_get_shift_id (receipt), ==, hk_shift_get_id (shift));
  g_assert_cmpstr (hk_receipt_get_business_day (receipt), ==, TODAY);
  g_assert_cmpint (hk_receipt_get_issued_at (receipt), ==, T0 + 60);
  g_assert_cmpint (hk_receipt_get_total (receipt), ==, 4500);
  g_assert_cmpstr (hk_receipt_get_customer_phone (receipt), ==, "13812345678");
  masked = hk_receipt_dup_masked_phone (receipt);
  g_assert_cmpstr (masked, ==, "138****5678");
  g_assert_cmpint (hk_receipt_get_status (receipt), ==, HK_RECEIPT_ISSUED);
  g_assert_null (hk_receipt_get_void_reason (receipt));
  g_assert_cmpint (hk_receipt_get_voided_by (receipt), ==, 0);
  g_assert_cmpint (hk_receipt_get_corrects_id (receipt), ==, 0);
  g_assert_null (hk_receipt_get_correction_reason (receipt));
  g_assert_false (hk_receipt_is_imported (receipt));

  /* Lines and payments read back exactly. */
  lines = get_lines (fixture, receipt);
  g_assert_cmpuint (lines->len, ==, 2);
  assert_line (lines, 0, fixture->sim, "SIM01", 1, 2500, 2500, NULL);
  assert_line (lines, 1, fixture->service, "SVC01", 2, 1000, 2000, NULL);
  g_assert_cmpstr (((HkReceiptLine *)g_ptr_array_index (lines, 1))->fee_item_name, ==,
                   "Number transfer fee");
  payments = get_payments (fixture, receipt);
  g_assert_cmpuint (payments->len, ==, 1);
  assert_payment (payments, 0, HK_PAYMENT_CASH, 4500, NULL);

  /* The same from a fresh lookup. */
  again = lookup (fixture, receipt);
  g_assert_cmpint (hk_receipt_get_number (again), ==, 1);
  g_assert_cmpint (hk_receipt_get_total (again), ==, 4500);
  g_assert_cmpstr (hk_receipt_get_customer_phone (again), ==, "13812345678");

  /* One audit entry and one signal. */
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "receipt-issued"), ==, 1);
  assert_last_audit (fixture, "receipt-issued", fixture->hall.clerk, hk_receipt_get_id (receipt),
                     full_number);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 1);
  g_assert_cmpint (fixture->changed_clerk, ==, hk_operator_get_id (fixture->hall.clerk));
  g_assert_cmpstr (fixture->changed_day, ==, TODAY);

  /* A lookup of nothing. */
  g_clear_object (&again);
  again = hk_receipt_store_lookup (fixture->hall.receipts, 4242, &error);
  g_assert_null (again);
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
}

/* The number is the next of the clerk's numbers: consecutive, from segment to segment and book
 * to book, whatever other clerks do. */
static void
test_numbers (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HkOperator) clerk3 = NULL;
  g_autoptr(HkInvoiceBook) book_b = NULL;
  g_autoptr(HkInvoiceBook) book_c = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) shift1 = NULL;
  g_autoptr(HkShift) shift2 = NULL;
  static const struct
  {
    const char *code;
    gint64      number;
  } expected[] = {
    { CODE_B, 1 }, { CODE_B, 2 }, { CODE_B, 3 }, { CODE_B, 10 }, { CODE_B, 11 },
    { CODE_C, 7 }, { CODE_C, 8 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(HkReceipt) none = NULL;
  HkReceiptLineInput line = { .fee_item_id = fixture->sim, .quantity = 1 };
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, 2500, NULL };
  HkTestHallBefore before;

  clerk3 = hk_test_hall_find_operator (&fixture->hall, "sunli");
  book_b = hk_test_hall_register_book (&fixture->hall, CODE_B, 1, 20);
  book_c = hk_test_hall_register_book (&fixture->hall, CODE_C, 7, 8);
  /* Two runs of one book, then a second book. */
  hk_test_hall_issue_numbers (&fixture->hall, book_c, 7, 8, clerk3);
  hk_test_hall_issue_numbers (&fixture->hall, book_b, 10, 11, clerk3);
  hk_test_hall_issue_numbers (&fixture->hall, book_b, 1, 3, clerk3);

  shift = open_shift (fixture, clerk3);
  shift1 = open_shift (fixture, fixture->hall.clerk);
  shift2 = open_shift (fixture, fixture->hall.clerk2);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(HkReceipt) receipt = issue_sim (fixture, clerk3);
      g_autoptr(HkReceipt) other = NULL;

      g_assert_cmpstr (hk_receipt_get_invoice_code (receipt), ==, expected[i].code);
      g_assert_cmpint (hk_receipt_get_number (receipt), ==, expected[i].number);

      /* Others' receipts in between take their own numbers. */
      other = issue_sim (fixture, i % 2 == 0 ? fixture->hall.clerk : fixture->hall.clerk2);
      g_assert_cmpstr (hk_receipt_get_invoice_code (other), ==, CODE_A);
      g_assert_cmpint (hk_receipt_get_number (other), ==, i % 2 == 0 ? i / 2 + 1 : 51 + i / 2);
    }

  /* All used up: the clerk is told to ask for a book, and nothing is written. */
  hk_test_hall_remember (&fixture->hall, &before);
  none = hk_receipt_store_issue (fixture->hall.receipts, clerk3, NULL, &line, 1, &payment, 1, NULL,
                                 &error);
  g_assert_null (none);
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND, "ask the auditor for a book");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  /* Every number once, none skipped. */
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(DISTINCT invoice_code || number)"
                                      " FROM receipts"), ==,
                   hk_test_count_rows (fixture->hall.db.database, "receipts"));
}

static void
test_no_book (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkOperator) clerk3 = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  HkReceiptLineInput line = { .fee_item_id = fixture->sim, .quantity = 1 };
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, 2500, NULL };
  HkTestHallBefore before;

  clerk3 = hk_test_hall_find_operator (&fixture->hall, "sunli");
  shift = open_shift (fixture, clerk3);

  hk_test_hall_remember (&fixture->hall, &before);
  receipt = hk_receipt_store_issue (fixture->hall.receipts, clerk3, NULL, &line, 1, &payment, 1,
                                    NULL, &error);
  g_assert_null (receipt);
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND,
                        "You hold no unused invoice numbers; ask the auditor for a book.");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

/* A receipt belongs to an open shift of today: none, a closed one, or yesterday's still open
 * are refused; so is anyone who is not a clerk. */
static void
test_needs_shift (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) today = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  HkReceiptLineInput line = { .fee_item_id = fixture->sim, .quantity = 1 };
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, 2500, NULL };

  /* No shift at all. */
  {
    g_autoptr(GError) error = NULL;
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                      &payment, 1, NULL, &error);
    g_assert_null (receipt);
    hk_test_assert_error (error, HK_ERROR_CONFLICT, "Open your shift");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }

  /* Not a clerk. */
  for (guint i = 0; i < 3; i++)
    {
      HkOperator *actor = i == 0 ? fixture->hall.manager
                          : i == 1 ? fixture->hall.auditor : fixture->hall.admin;
      g_autoptr(GError) error = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      receipt = hk_receipt_store_issue (fixture->hall.receipts, actor, NULL, &line, 1, &payment, 1,
                                        NULL, &error);
      g_assert_null (receipt);
      hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
    }

  /* Opened a few minutes before midnight, still open after it: that shift is yesterday's. */
  hk_database_set_now (fixture->hall.db.database, MIDNIGHT - 600);
  shift = open_shift (fixture, fixture->hall.clerk);
  receipt = issue_sim (fixture, fixture->hall.clerk);
  g_assert_cmpstr (hk_receipt_get_business_day (receipt), ==, TODAY);
  g_clear_object (&receipt);

  hk_database_set_now (fixture->hall.db.database, MIDNIGHT + 600);
  {
    g_autoptr(GError) error = NULL;
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                      &payment, 1, NULL, &error);
    g_assert_null (receipt);
    hk_test_assert_error (error, HK_ERROR_CONFLICT, "settled within the shift");
    g_assert_nonnull (strstr (error->message, TODAY));
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }

  /* Closed: still no receipt until today's shift is open. */
  close_open_shift (fixture, fixture->hall.clerk);
  {
    g_autoptr(GError) error = NULL;
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                      &payment, 1, NULL, &error);
    g_assert_null (receipt);
    hk_test_assert_error (error, HK_ERROR_CONFLICT, "Open your shift");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }

  today = open_shift (fixture, fixture->hall.clerk);
  receipt = issue_sim (fixture, fixture->hall.clerk);
  g_assert_cmpstr (hk_receipt_get_business_day (receipt), ==, TOMORROW);
  g_assert_cmpint (hk_receipt_get_shift_id (receipt), ==, hk_shift_get_id (today));
  g_assert_cmpint (hk_receipt_get_number (receipt), ==, 2);
}

/* Each line takes the tariff price of its day; a receipt keeps the price it was issued at. */
static void
test_tariff_price (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkFeeItem) item = NULL;
  g_autoptr(HkFeeItem) changed = NULL;
  g_autoptr(HkReceipt) before_change = NULL;
  g_autoptr(HkReceipt) today = NULL;
  g_autoptr(HkReceipt) tomorrow = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  HkReceiptLineInput line = { .fee_item_id = fixture->sim, .quantity = 2 };
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, 5000, NULL };

  shift = open_shift (fixture, fixture->hall.clerk);
  before_change = hk_test_hall_sell (&fixture->hall, fixture->hall.clerk, fixture->sim, 2, 5000,
                                     HK_PAYMENT_CASH);

  /* From tomorrow on a SIM card costs ¥30.00. */
  item = hk_fee_item_store_lookup_by_id (fixture->hall.fee_items, fixture->sim, &error);
  g_assert_no_error (error);
  changed = hk_fee_item_store_set_price (fixture->hall.fee_items, fixture->hall.supervisor, item,
                                         3000, TOMORROW, &error);
  g_assert_no_error (error);

  /* Today still ¥25.00; paying the new price today does not add up. */
  today = hk_test_hall_sell (&fixture->hall, fixture->hall.clerk, fixture->sim, 2, 5000,
                             HK_PAYMENT_CASH);
  lines = get_lines (fixture, today);
  assert_line (lines, 0, fixture->sim, "SIM01", 2, 2500, 5000, NULL);
  g_clear_pointer (&lines, g_ptr_array_unref);
  payment.amount = 6000;
  g_assert_null (hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line,
                                         1, &payment, 1, NULL, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "¥50.00");
  g_clear_error (&error);

  /* Tomorrow ¥30.00. */
  next_day (fixture, fixture->hall.clerk, T0 + DAY);
  tomorrow = hk_test_hall_sell (&fixture->hall, fixture->hall.clerk, fixture->sim, 2, 6000,
                                HK_PAYMENT_CASH);
  lines = get_lines (fixture, tomorrow);
  assert_line (lines, 0, fixture->sim, "SIM01", 2, 3000, 6000, NULL);
  g_clear_pointer (&lines, g_ptr_array_unref);

  /* The old receipts keep theirs. */
  lines = get_lines (fixture, before_change);
  assert_line (lines, 0, fixture->sim, "SIM01", 2, 2500, 5000, NULL);
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = get_lines (fixture, today);
  assert_line (lines, 0, fixture->sim, "SIM01", 2, 2500, 5000, NULL);

  /* And nothing can change them behind the store's back. */
  assert_sql_refused (fixture, "UPDATE receipt_lines SET unit_price = 3000, amount = 6000"
                      " WHERE receipt_id = ?1", hk_receipt_get_id (today), "never change");
  assert_sql_refused (fixture, "UPDATE receipt_payments SET amount = 6000 WHERE receipt_id = ?1",
                      hk_receipt_get_id (today), "never change");
}

/* A price other than the tariff: a reason and a duty manager's approval. */
static void
test_custom_price (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkReceipt) same = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  HkReceiptLineInput input[] = {
    { .fee_item_id = fixture->service, .quantity = 1 },
    { .fee_item_id = fixture->sim, .quantity = 2, .custom_price = TRUE, .unit_price = 2000,
      .price_reason = "  damaged packaging " },
  };
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, 5000, NULL };
  const struct
  {
    HkOperator *approver;
    const char *reason;
    gint64      price;
    int         code;
    gint64      n_denied;
  } refused[] = {
    { fixture->hall.manager, NULL, 2000, HK_ERROR_INVALID, 0 },
    { fixture->hall.manager, "", 2000, HK_ERROR_INVALID, 0 },
    { fixture->hall.manager, " \t", 2000, HK_ERROR_INVALID, 0 },
    { fixture->hall.manager, "discount", -1, HK_ERROR_INVALID, 0 },
    { fixture->hall.manager, "discount", G_GINT64_CONSTANT (1000000001), HK_ERROR_INVALID, 0 },
    { NULL, "discount", 2000, HK_ERROR_PERMISSION, 1 },                /* nobody approved */
    { fixture->hall.clerk, "discount", 2000, HK_ERROR_PERMISSION, 1 }, /* self-approved */
    { fixture->hall.clerk2, "discount", 2000, HK_ERROR_PERMISSION, 1 },
    { fixture->hall.auditor, "discount", 2000, HK_ERROR_PERMISSION, 1 },
  };

  shift = open_shift (fixture, fixture->hall.clerk);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      HkTestHallBefore before;

      input[1].price_reason = refused[i].reason;
      input[1].unit_price = refused[i].price;
      payment.amount = 1000 + 2 * refused[i].price;

      g_test_message ("refusal %u", i);
      hk_test_hall_remember (&fixture->hall, &before);
      receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk,
                                        refused[i].approver, input, 2, &payment, 1, NULL, &error);
      g_assert_null (receipt);
      hk_test_assert_error (error, refused[i].code, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, refused[i].n_denied);
      g_clear_error (&error);
    }

  input[1].price_reason = "  damaged packaging ";
  input[1].unit_price = 2000;
  payment.amount = 5000;
  receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk,
                                    fixture->hall.manager, input, 2, &payment, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (receipt);
  g_assert_cmpint (hk_receipt_get_total (receipt), ==, 5000);

  lines = get_lines (fixture, receipt);
  assert_line (lines, 0, fixture->service, "SVC01", 1, 1000, 1000, NULL);
  assert_line (lines, 1, fixture->sim, "SIM01", 2, 2000, 4000, "damaged packaging");
  g_clear_pointer (&lines, g_ptr_array_unref);
  /* Who approved is in the audit log. */
  assert_last_audit (fixture, "receipt-issued", fixture->hall.clerk, hk_receipt_get_id (receipt),
                     "wangfang");

  /* The tariff price given as a "custom" one needs nobody, and keeps no reason. */
  input[1].unit_price = 2500;
  payment.amount = 6000;
  same = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, input, 2,
                                 &payment, 1, NULL, &error);
  g_assert_no_error (error);
  lines = get_lines (fixture, same);
  assert_line (lines, 1, fixture->sim, "SIM01", 2, 2500, 5000, NULL);
}

static void
test_fee_item_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkFeeItem) item = NULL;
  g_autoptr(HkFeeItem) inactive = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  gint64 later;
  HkReceiptLineInput input[] = {
    { .fee_item_id = fixture->service, .quantity = 1 },
    { .fee_item_id = 0, .quantity = 1 },
  };
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, 3500, NULL };
  HkTestHallBefore before;

  shift = open_shift (fixture, fixture->hall.clerk);
  later = hk_test_hall_add_fee_item (&fixture->hall, "NEW01", "Tomorrow's plan",
                                     HK_FEE_CATEGORY_SERVICE, 2500, TOMORROW);
  item = hk_fee_item_store_lookup_by_id (fixture->hall.fee_items, fixture->sim, &error);
  g_assert_no_error (error);
  inactive = hk_fee_item_store_set_active (fixture->hall.fee_items, fixture->hall.supervisor, item,
                                           FALSE, &error);
  g_assert_no_error (error);

  /* No longer in use. */
  input[1].fee_item_id = fixture->sim;
  hk_test_hall_remember (&fixture->hall, &before);
  receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, input, 2,
                                    &payment, 1, NULL, &error);
  g_assert_null (receipt);
  hk_test_assert_error (error, HK_ERROR_INVALID, "SIM01");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* Not priced yet. */
  input[1].fee_item_id = later;
  hk_test_hall_remember (&fixture->hall, &before);
  receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, input, 2,
                                    &payment, 1, NULL, &error);
  g_assert_null (receipt);
  hk_test_assert_error (error, HK_ERROR_INVALID, TODAY);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* No such item. */
  input[1].fee_item_id = 4242;
  hk_test_hall_remember (&fixture->hall, &before);
  receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, input, 2,
                                    &payment, 1, NULL, &error);
  g_assert_null (receipt);
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND, NULL);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* Tomorrow the new item sells. */
  next_day (fixture, fixture->hall.clerk, T0 + DAY);
  input[1].fee_item_id = later;
  receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, input, 2,
                                    &payment, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (receipt);
}

static void
test_quantity (Fixture       *fixture,
               gconstpointer  data)
{
  static const gint64 bad[] = { 0, -1, -2, 10001, G_MAXINT64, G_MININT64 };
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) largest = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autofree HkReceiptLineInput *many = NULL;
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, 1000, NULL };
  HkTestHallBefore before;

  shift = open_shift (fixture, fixture->hall.clerk);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      HkReceiptLineInput line = { .fee_item_id = fixture->service, .quantity = bad[i] };

      /* Paid in full where that can be, so that only the quantity is wrong. */
      payment.amount = bad[i] > 0 && bad[i] <= 1000000 ? bad[i] * 1000 : 1000;
      hk_test_hall_remember (&fixture->hall, &before);
      receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                        &payment, 1, NULL, &error);
      g_assert_null (receipt);
      hk_test_assert_error (error, HK_ERROR_INVALID, "quantity");
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      g_clear_error (&error);
    }

  largest = hk_test_hall_sell (&fixture->hall, fixture->hall.clerk, fixture->service, 10000,
                               10000000, HK_PAYMENT_CARD);

  /* No line, or more than a hundred. */
  many = g_new0 (HkReceiptLineInput, 101);
  for (guint i = 0; i < 101; i++)
    {
      many[i].fee_item_id = fixture->service;
      many[i].quantity = 1;
    }
  for (guint n = 0; n <= 101; n += 101)
    {
      payment.amount = n * 1000;
      hk_test_hall_remember (&fixture->hall, &before);
      receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, many, n,
                                        &payment, 1, NULL, &error);
      g_assert_null (receipt);
      hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      g_clear_error (&error);
    }

  /* A hundred lines are fine. */
  payment.amount = 100 * 1000;
  receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, many, 100,
                                    &payment, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (receipt);
  g_clear_object (&receipt);

  /* A total over ¥10,000,000.00 is refused: 5,003 handsets at ¥1,999.00. */
  {
    HkReceiptLineInput line = { .fee_item_id = fixture->handset, .quantity = 5003 };

    payment.amount = G_GINT64_CONSTANT (1000000000);
    hk_test_hall_remember (&fixture->hall, &before);
    receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                      &payment, 1, NULL, &error);
    g_assert_null (receipt);
    hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }
}

static void
test_payments (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) split = NULL;
  g_autoptr(HkReceipt) cheque = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  const HkReceiptLineInput input[] = {
    { .fee_item_id = fixture->sim, .quantity = 1 },
    { .fee_item_id = fixture->service, .quantity = 2 },
  };
  /* ¥45.00 */
  const struct
  {
    HkReceiptPaymentInput payments[3];
    guint                 n;
    const char           *says[2];
  } refused[] = {
    { { { HK_PAYMENT_CASH, 4000, NULL } }, 1, { "¥40.00", "¥45.00" } },               /* short */
    { { { HK_PAYMENT_CASH, 4000, NULL }, { HK_PAYMENT_WECHAT, 1000, NULL } }, 2,
      { "¥50.00", "¥45.00" } },                                                        /* over */
    { { { HK_PAYMENT_CASH, 4499, NULL } }, 1, { "¥44.99", "¥45.00" } },
    { { { HK_PAYMENT_CASH, 4500, NULL }, { HK_PAYMENT_CARD, 0, NULL } }, 2, { NULL } },
    { { { HK_PAYMENT_CASH, 5500, NULL }, { HK_PAYMENT_CARD, -1000, NULL } }, 2, { NULL } },
    { { { HK_PAYMENT_CHEQUE, 4500, NULL } }, 1, { "cheque" } },
    { { { HK_PAYMENT_CHEQUE, 4500, "" } }, 1, { "cheque" } },
    { { { HK_PAYMENT_CHEQUE, 4500, "   " } }, 1, { "cheque" } },
    { { { HK_N_PAYMENT_METHODS, 4500, NULL } }, 1, { NULL } },
    { { { HK_PAYMENT_CASH, 4500, NULL } }, 0, { NULL } },                              /* none */
  };
  HkReceiptPaymentInput eleven[11];

  shift = open_shift (fixture, fixture->hall.clerk);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      HkTestHallBefore before;

      g_test_message ("refusal %u", i);
      hk_test_hall_remember (&fixture->hall, &before);
      receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, input, 2,
                                        refused[i].payments, refused[i].n, NULL, &error);
      g_assert_null (receipt);
      hk_test_assert_error (error, HK_ERROR_INVALID, refused[i].says[0]);
      hk_test_assert_error (error, HK_ERROR_INVALID, refused[i].says[1]);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      g_clear_error (&error);
    }

  /* More than ten payments. */
  for (guint i = 0; i < G_N_ELEMENTS (eleven); i++)
    eleven[i] = (HkReceiptPaymentInput){ HK_PAYMENT_CASH, i < 10 ? 400 : 500, NULL };
  receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, input, 2,
                                    eleven, 11, NULL, &error);
  g_assert_null (receipt);
  hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
  g_clear_error (&error);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "receipts"), ==, 0);

  /* Split: part cash, part WeChat Pay; a cheque number given for cash is not kept. */
  {
    const HkReceiptPaymentInput paid[] = { { HK_PAYMENT_CASH, 2000, "ignored" },
                                           { HK_PAYMENT_WECHAT, 2500, NULL } };

    split = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, input, 2,
                                    paid, 2, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (split);
    payments = get_payments (fixture, split);
    g_assert_cmpuint (payments->len, ==, 2);
    assert_payment (payments, 0, HK_PAYMENT_CASH, 2000, NULL);
    assert_payment (payments, 1, HK_PAYMENT_WECHAT, 2500, NULL);
    g_clear_pointer (&payments, g_ptr_array_unref);
  }

  /* Every method, the cheque with its number. */
  {
    const HkReceiptPaymentInput paid[] = { { HK_PAYMENT_CARD, 500, NULL },
                                           { HK_PAYMENT_ALIPAY, 1000, NULL },
                                           { HK_PAYMENT_CHEQUE, 3000, " 00012345 " } };

    cheque = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, input, 2,
                                     paid, 3, NULL, &error);
    g_assert_no_error (error);
    payments = get_payments (fixture, cheque);
    g_assert_cmpuint (payments->len, ==, 3);
    assert_payment (payments, 0, HK_PAYMENT_CARD, 500, NULL);
    assert_payment (payments, 1, HK_PAYMENT_ALIPAY, 1000, NULL);
    assert_payment (payments, 2, HK_PAYMENT_CHEQUE, 3000, "00012345");
  }
}

static void
test_phone (Fixture       *fixture,
            gconstpointer  data)
{
  static const char *invalid[] = { "1381234567x", "138 1234 5678", "1234", "phone", "-12345" };
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) spaced = NULL;
  g_autoptr(HkReceipt) blank = NULL;
  g_autoptr(HkReceipt) none = NULL;
  g_autoptr(HkReceipt) landline = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *masked = NULL;
  HkReceiptLineInput line = { .fee_item_id = fixture->sim, .quantity = 1 };
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, 2500, NULL };

  shift = open_shift (fixture, fixture->hall.clerk);

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                        &payment, 1, invalid[i], &error);
      g_assert_null (receipt);
      hk_test_assert_error (error, HK_ERROR_INVALID, invalid[i]);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      g_clear_error (&error);
    }

  /* Kept whole without the blanks around it, shown masked. */
  spaced = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                   &payment, 1, " 13812345678 ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_receipt_get_customer_phone (spaced), ==, "13812345678");
  masked = hk_receipt_dup_masked_phone (spaced);
  g_assert_cmpstr (masked, ==, "138****5678");
  g_clear_pointer (&masked, g_free);

  landline = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                     &payment, 1, "0571-88886666", &error);
  g_assert_no_error (error);
  masked = hk_receipt_dup_masked_phone (landline);
  g_assert_cmpstr (masked, ==, "057******6666");
  g_clear_pointer (&masked, g_free);

  /* No phone: none kept, an empty mask. */
  blank = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                  &payment, 1, "  ", &error);
  g_assert_no_error (error);
  g_assert_null (hk_receipt_get_customer_phone (blank));
  none = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                 &payment, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (hk_receipt_get_customer_phone (none));
  masked = hk_receipt_dup_masked_phone (none);
  g_assert_cmpstr (masked, ==, "");
  g_clear_pointer (&masked, g_free);

  /* The list has the masked phone as a property too. */
  list = hk_receipt_store_list_day (fixture->hall.receipts,
                                    hk_operator_get_id (fixture->hall.clerk), TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 4);
  g_object_get (g_ptr_array_index (list, 0), "masked-phone", &masked, NULL);
  g_assert_cmpstr (masked, ==, "138****5678");
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM receipts"
                                      " WHERE customer_phone IS NULL"), ==, 2);
}

static void
test_void (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) shift2 = NULL;
  g_autoptr(HkReceipt) first = NULL;
  g_autoptr(HkReceipt) second = NULL;
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(HkReceipt) third = NULL;
  g_autoptr(HkReceipt) by_manager = NULL;
  g_autoptr(HkReceipt) result = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autofree char *full_number = NULL;
  HkTestHallBefore before;

  shift = open_shift (fixture, fixture->hall.clerk);
  shift2 = open_shift (fixture, fixture->hall.clerk2);
  first = issue_sim (fixture, fixture->hall.clerk);
  second = hk_test_hall_sell (&fixture->hall, fixture->hall.clerk, fixture->service, 3, 3000,
                              HK_PAYMENT_WECHAT);

  /* A reason is needed. */
  for (guint i = 0; i < 3; i++)
    {
      const char *reasons[] = { NULL, "", "  \n" };

      hk_test_hall_remember (&fixture->hall, &before);
      result = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, second,
                                      reasons[i], &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      g_clear_error (&error);
    }

  /* Not by another clerk; not by someone without the role. */
  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk2, second, "mistake",
                                  &error);
  g_assert_null (result);
  full_number = hk_receipt_dup_full_number (second);
  hk_test_assert_error (error, HK_ERROR_PERMISSION, full_number);
  /* The refusal's audit entry is the only row written. */
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  g_clear_error (&error);

  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.auditor, second, "mistake",
                                  &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  g_clear_error (&error);

  /* Its clerk voids it: who, when and why are kept. */
  hk_database_set_now (fixture->hall.db.database, T0 + 300);
  voided = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, second,
                                  " customer changed their mind ", &error);
  g_assert_no_error (error);
  g_assert_nonnull (voided);
  g_assert_cmpint (hk_receipt_get_status (voided), ==, HK_RECEIPT_VOID);
  g_assert_cmpstr (hk_receipt_get_void_reason (voided), ==, "customer changed their mind");
  g_assert_cmpint (hk_receipt_get_voided_by (voided), ==, hk_operator_get_id (fixture->hall.clerk));
  g_assert_cmpint (hk_receipt_get_number (voided), ==, 2);
  g_assert_cmpint (hk_receipt_get_total (voided), ==, 3000);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT voided_at FROM receipts WHERE number = 2"), ==,
                   T0 + 300);
  assert_last_audit (fixture, "receipt-voided", fixture->hall.clerk, hk_receipt_get_id (second),
                     "customer changed their mind");
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "receipt-voided"), ==, 1);
  g_assert_cmpstr (fixture->changed_day, ==, TODAY);

  /* Its lines and payments stay as they were. */
  lines = get_lines (fixture, voided);
  assert_line (lines, 0, fixture->service, "SVC01", 3, 1000, 3000, NULL);
  payments = get_payments (fixture, voided);
  assert_payment (payments, 0, HK_PAYMENT_WECHAT, 3000, NULL);

  /* Once. */
  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, second, "again",
                                  &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "already void");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* The number stays used: the next receipt takes the next one. */
  third = issue_sim (fixture, fixture->hall.clerk);
  g_assert_cmpint (hk_receipt_get_number (third), ==, 3);

  /* The duty manager voids any clerk's receipt. */
  by_manager = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.manager, first,
                                      "wrong item", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_receipt_get_voided_by (by_manager), ==,
                   hk_operator_get_id (fixture->hall.manager));
  assert_last_audit (fixture, "receipt-voided", fixture->hall.manager, hk_receipt_get_id (first),
                     "wrong item");
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "receipts"), ==, 3);
}

/* Only on the day it was issued. */
static void
test_void_only_today (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkReceipt) result = NULL;
  HkTestHallBefore before;

  hk_database_set_now (fixture->hall.db.database, MIDNIGHT - 60);
  shift = open_shift (fixture, fixture->hall.clerk);
  receipt = issue_sim (fixture, fixture->hall.clerk);

  hk_database_set_now (fixture->hall.db.database, MIDNIGHT + 60);
  for (guint i = 0; i < 2; i++)
    {
      hk_test_hall_remember (&fixture->hall, &before);
      result = hk_receipt_store_void (fixture->hall.receipts,
                                      i == 0 ? fixture->hall.clerk : fixture->hall.manager, receipt,
                                      "too late", &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_CONFLICT, "red-letter");
      g_assert_nonnull (strstr (error->message, TODAY));
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      g_clear_error (&error);
    }
}

/* A signed day locks its receipts: no void, and the file refuses edits too; a correction goes
 * to a later day. */
static void
test_signed_day (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkReceipt) result = NULL;
  g_autoptr(HkReceipt) red = NULL;
  g_autoptr(HkStatement) insert = NULL;
  HkTestHallBefore before;

  shift = open_shift (fixture, fixture->hall.clerk);
  receipt = issue_sim (fixture, fixture->hall.clerk);
  close_open_shift (fixture, fixture->hall.clerk);
  hk_test_hall_sign_day (&fixture->hall, fixture->hall.clerk, TODAY);

  for (guint i = 0; i < 2; i++)
    {
      hk_test_hall_remember (&fixture->hall, &before);
      result = hk_receipt_store_void (fixture->hall.receipts,
                                      i == 0 ? fixture->hall.clerk : fixture->hall.manager, receipt,
                                      "mistake", &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_CONFLICT, SIGNED);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      g_clear_error (&error);
    }

  /* Whatever writes to the file. */
  assert_sql_refused (fixture, "UPDATE receipts SET status = 'void', void_reason = 'x',"
                      " voided_at = 1 WHERE id = ?1", hk_receipt_get_id (receipt), "signed");
  assert_sql_refused (fixture, "UPDATE receipts SET total = 1 WHERE id = ?1",
                      hk_receipt_get_id (receipt), "signed");
  hk_test_hall_remember (&fixture->hall, &before);
  insert = hk_database_prepare (fixture->hall.db.database,
                                "INSERT INTO receipts (invoice_code, number, clerk_id,"
                                " business_day, issued_at, total) VALUES (?1, 49, ?2, ?3, 1, 1)",
                                &error);
  g_assert_no_error (error);
  hk_statement_bind_text (insert, 1, CODE_A);
  hk_statement_bind_int64 (insert, 2, hk_operator_get_id (fixture->hall.clerk));
  hk_statement_bind_text (insert, 3, TODAY);
  g_assert_false (hk_statement_run (insert, &error));
  g_assert_nonnull (strstr (error->message, "signed"));
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* The correction goes to a later day. */
  hk_database_set_now (fixture->hall.db.database, T0 + DAY);
  g_clear_object (&shift);
  shift = open_shift (fixture, fixture->hall.clerk);
  red = hk_receipt_store_correct (fixture->hall.receipts, fixture->hall.clerk, receipt,
                                  "overcharged", &error);
  g_assert_no_error (error);
  g_assert_nonnull (red);
  g_assert_cmpstr (hk_receipt_get_business_day (red), ==, TOMORROW);
  g_assert_cmpint (hk_receipt_get_total (red), ==, -2500);
}

/* Even with the shift still open, a signed day takes no new receipt. */
static void
test_signed_day_issue (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkReceipt) result = NULL;
  HkReceiptLineInput line = { .fee_item_id = fixture->sim, .quantity = 1 };
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, 2500, NULL };
  HkTestHallBefore before;

  shift = open_shift (fixture, fixture->hall.clerk);
  receipt = issue_sim (fixture, fixture->hall.clerk);
  hk_test_hall_sign_day (&fixture->hall, fixture->hall.clerk, TODAY);

  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                   &payment, 1, NULL, &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, SIGNED);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* Another clerk's day is not locked. */
  {
    g_autoptr(HkShift) shift2 = open_shift (fixture, fixture->hall.clerk2);
    g_autoptr(HkReceipt) other = issue_sim (fixture, fixture->hall.clerk2);

    g_assert_cmpint (hk_receipt_get_number (other), ==, 51);
  }
}

/* A receipt is never deleted, signed or not; its lines and payments never change. */
static void
test_never_deleted (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  gint64 id;

  shift = open_shift (fixture, fixture->hall.clerk);
  receipt = issue_sim (fixture, fixture->hall.clerk);
  id = hk_receipt_get_id (receipt);

  assert_sql_refused (fixture, "DELETE FROM receipts WHERE id = ?1", id, "never deleted");
  assert_sql_refused (fixture, "DELETE FROM receipt_lines WHERE receipt_id = ?1", id,
                      "never change");
  assert_sql_refused (fixture, "DELETE FROM receipt_payments WHERE receipt_id = ?1", id,
                      "never change");
  assert_sql_refused (fixture, "UPDATE receipt_lines SET quantity = 2 WHERE receipt_id = ?1", id,
                      "never change");
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "receipts"), ==, 1);
}

/* A later correction is a red-letter receipt: the original's lines and payments negated, on a
 * new number of today, naming the original. */
static void
test_red_letter (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) today_shift = NULL;
  g_autoptr(HkReceipt) original = NULL;
  g_autoptr(HkReceipt) red = NULL;
  g_autoptr(HkReceipt) after = NULL;
  g_autoptr(HkReceipt) unchanged = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autofree char *original_number = NULL;
  const HkReceiptLineInput input[] = {
    { .fee_item_id = fixture->sim, .quantity = 2, .custom_price = TRUE, .unit_price = 2000,
      .price_reason = "promotion" },
    { .fee_item_id = fixture->service, .quantity = 1 },
  };
  const HkReceiptPaymentInput paid[] = { { HK_PAYMENT_CASH, 3000, NULL },
                                         { HK_PAYMENT_CHEQUE, 2000, "CHQ-778" } };

  shift = open_shift (fixture, fixture->hall.clerk);
  original = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk,
                                     fixture->hall.manager, input, 2, paid, 2, "13812345678",
                                     &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_receipt_get_total (original), ==, 5000);
  original_number = hk_receipt_dup_full_number (original);

  close_open_shift (fixture, fixture->hall.clerk);
  hk_database_set_now (fixture->hall.db.database, T0 + DAY);
  today_shift = open_shift (fixture, fixture->hall.clerk);
  red = hk_receipt_store_correct (fixture->hall.receipts, fixture->hall.clerk, original,
                                  " customer returned the SIM cards ", &error);
  g_assert_no_error (error);
  g_assert_nonnull (red);

  g_assert_cmpint (hk_receipt_get_total (red), ==, -5000);
  g_assert_cmpint (hk_receipt_get_corrects_id (red), ==, hk_receipt_get_id (original));
  g_assert_cmpstr (hk_receipt_get_correction_reason (red), ==, "customer returned the SIM cards");
  g_assert_cmpstr (hk_receipt_get_business_day (red), ==, TOMORROW);
  g_assert_cmpint (hk_receipt_get_shift_id (red), ==, hk_shift_get_id (today_shift));
  g_assert_cmpint (hk_receipt_get_status (red), ==, HK_RECEIPT_ISSUED);
  g_assert_cmpstr (hk_receipt_get_invoice_code (red), ==, CODE_A);
  g_assert_cmpint (hk_receipt_get_number (red), ==, 2);
  g_assert_cmpstr (hk_receipt_get_customer_phone (red), ==, "13812345678");

  lines = get_lines (fixture, red);
  g_assert_cmpuint (lines->len, ==, 2);
  assert_line (lines, 0, fixture->sim, "SIM01", -2, 2000, -4000, "promotion");
  assert_line (lines, 1, fixture->service, "SVC01", -1, 1000, -1000, NULL);
  payments = get_payments (fixture, red);
  g_assert_cmpuint (payments->len, ==, 2);
  assert_payment (payments, 0, HK_PAYMENT_CASH, -3000, NULL);
  assert_payment (payments, 1, HK_PAYMENT_CHEQUE, -2000, "CHQ-778");

  assert_last_audit (fixture, "receipt-corrected", fixture->hall.clerk, hk_receipt_get_id (red),
                     original_number);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "receipt-corrected"), ==, 1);
  g_assert_cmpstr (fixture->changed_day, ==, TOMORROW);

  /* The original stays as it was. */
  unchanged = lookup (fixture, original);
  g_assert_cmpint (hk_receipt_get_status (unchanged), ==, HK_RECEIPT_ISSUED);
  g_assert_cmpint (hk_receipt_get_total (unchanged), ==, 5000);

  /* The next receipt takes the next number. */
  after = issue_sim (fixture, fixture->hall.clerk);
  g_assert_cmpint (hk_receipt_get_number (after), ==, 3);
}

static void
test_void_after_close (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkShift) reopened = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkReceipt) voided = NULL;

  /* The close counted the drawer with this receipt in it: no void until it is reopened. */
  shift = open_shift (fixture, fixture->hall.clerk);
  receipt = issue_sim (fixture, fixture->hall.clerk);
  close_open_shift (fixture, fixture->hall.clerk);

  voided = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, receipt,
                                  "wrong item", &error);
  g_assert_null (voided);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "reopens it"));
  g_clear_error (&error);

  closed = hk_shift_store_lookup (fixture->hall.shifts, hk_shift_get_id (shift), &error);
  g_assert_no_error (error);
  reopened = hk_shift_store_reopen (fixture->hall.shifts, fixture->hall.manager, closed,
                                    "void a receipt", &error);
  g_assert_no_error (error);

  voided = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, receipt,
                                  "wrong item", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_receipt_get_status (voided), ==, HK_RECEIPT_VOID);
}

static void
test_voided_correction (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) today_shift = NULL;
  g_autoptr(HkReceipt) original = NULL;
  g_autoptr(HkReceipt) red = NULL;
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(HkReceipt) again = NULL;

  shift = open_shift (fixture, fixture->hall.clerk);
  original = issue_sim (fixture, fixture->hall.clerk);
  next_day (fixture, fixture->hall.clerk, T0 + DAY);

  /* A correction made by mistake is voided the same day; the original can be corrected anew. */
  red = hk_receipt_store_correct (fixture->hall.receipts, fixture->hall.clerk, original, "refund",
                                  &error);
  g_assert_no_error (error);
  voided = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, red, "wrong receipt",
                                  &error);
  g_assert_no_error (error);

  again = hk_receipt_store_correct (fixture->hall.receipts, fixture->hall.clerk, original, "refund",
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_receipt_get_corrects_id (again), ==, hk_receipt_get_id (original));
}

static void
test_red_letter_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) original = NULL;
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(HkReceipt) voided_done = NULL;
  g_autoptr(HkReceipt) same_day = NULL;
  g_autoptr(HkReceipt) red = NULL;
  g_autoptr(HkReceipt) result = NULL;
  HkTestHallBefore before;

  shift = open_shift (fixture, fixture->hall.clerk);
  original = issue_sim (fixture, fixture->hall.clerk);
  voided = issue_sim (fixture, fixture->hall.clerk);
  voided_done = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, voided,
                                       "mistake", &error);
  g_assert_no_error (error);

  /* Same day: void it instead. */
  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_receipt_store_correct (fixture->hall.receipts, fixture->hall.clerk, original,
                                     "returned", &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "void it instead");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* The next day, before today's shift is open. */
  close_open_shift (fixture, fixture->hall.clerk);
  hk_database_set_now (fixture->hall.db.database, T0 + DAY);
  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_receipt_store_correct (fixture->hall.receipts, fixture->hall.clerk, original,
                                     "returned", &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "Open your shift");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  g_clear_object (&shift);
  shift = open_shift (fixture, fixture->hall.clerk);

  /* A reason is needed. */
  for (guint i = 0; i < 3; i++)
    {
      const char *reasons[] = { NULL, "", " " };

      hk_test_hall_remember (&fixture->hall, &before);
      result = hk_receipt_store_correct (fixture->hall.receipts, fixture->hall.clerk, original,
                                         reasons[i], &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      g_clear_error (&error);
    }

  /* Not by someone without the clerk's role. */
  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_receipt_store_correct (fixture->hall.receipts, fixture->hall.manager, original,
                                     "returned", &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  g_clear_error (&error);

  /* A void receipt has nothing to correct. */
  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_receipt_store_correct (fixture->hall.receipts, fixture->hall.clerk, voided,
                                     "returned", &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "is void");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  red = hk_receipt_store_correct (fixture->hall.receipts, fixture->hall.clerk, original, "returned",
                                  &error);
  g_assert_no_error (error);
  g_assert_nonnull (red);

  /* Corrected once; the correction itself is not corrected. */
  for (guint i = 0; i < 2; i++)
    {
      hk_test_hall_remember (&fixture->hall, &before);
      result = hk_receipt_store_correct (fixture->hall.receipts, fixture->hall.clerk,
                                         i == 0 ? original : red, "again", &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_CONFLICT,
                            i == 0 ? "already corrected" : "itself a correction");
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      g_clear_error (&error);
    }

  /* A corrected receipt is not voided either, by its clerk or the duty manager. */
  for (guint i = 0; i < 2; i++)
    {
      hk_test_hall_remember (&fixture->hall, &before);
      result = hk_receipt_store_void (fixture->hall.receipts,
                                      i == 0 ? fixture->hall.clerk : fixture->hall.manager,
                                      original, "mistake", &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_CONFLICT, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      g_clear_error (&error);
    }

  /* The schema keeps one correction per receipt whatever writes to the file. */
  hk_test_hall_remember (&fixture->hall, &before);
  {
    g_autoptr(HkStatement) insert = NULL;

    insert = hk_database_prepare (fixture->hall.db.database,
                                  "INSERT INTO receipts (invoice_code, number, clerk_id,"
                                  " business_day, issued_at, total, corrects_id,"
                                  " correction_reason) VALUES (?1, 49, ?2, ?3, 1, -2500, ?4, 'x')",
                                  &error);
    g_assert_no_error (error);
    hk_statement_bind_text (insert, 1, CODE_A);
    hk_statement_bind_int64 (insert, 2, hk_operator_get_id (fixture->hall.clerk));
    hk_statement_bind_text (insert, 3, TOMORROW);
    hk_statement_bind_int64 (insert, 4, hk_receipt_get_id (original));
    g_assert_false (hk_statement_run (insert, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "receipt-corrected"), ==, 1);
}

/* The day's list: the clerk's receipts of that day by number, void ones included. */
static void
test_list_day (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) shift2 = NULL;
  g_autoptr(HkReceipt) r1 = NULL;
  g_autoptr(HkReceipt) r2 = NULL;
  g_autoptr(HkReceipt) r2_void = NULL;
  g_autoptr(HkReceipt) r3 = NULL;
  g_autoptr(HkReceipt) other = NULL;
  g_autoptr(HkReceipt) tomorrow = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) empty = NULL;

  shift = open_shift (fixture, fixture->hall.clerk);
  shift2 = open_shift (fixture, fixture->hall.clerk2);
  r1 = issue_sim (fixture, fixture->hall.clerk);
  other = issue_sim (fixture, fixture->hall.clerk2);
  r2 = hk_test_hall_sell (&fixture->hall, fixture->hall.clerk, fixture->service, 2, 2000,
                          HK_PAYMENT_ALIPAY);
  r2_void = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, r2, "mistake",
                                   &error);
  g_assert_no_error (error);
  r3 = hk_test_hall_sell (&fixture->hall, fixture->hall.clerk, fixture->handset, 1, 199900,
                          HK_PAYMENT_CARD);
  next_day (fixture, fixture->hall.clerk, T0 + DAY);
  tomorrow = issue_sim (fixture, fixture->hall.clerk);

  list = hk_receipt_store_list_day (fixture->hall.receipts,
                                    hk_operator_get_id (fixture->hall.clerk), TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      HkReceipt *receipt = g_ptr_array_index (list, i);
      HkReceipt *expected = i == 0 ? r1 : i == 1 ? r2 : r3;

      g_assert_cmpint (hk_receipt_get_id (receipt), ==, hk_receipt_get_id (expected));
      g_assert_cmpint (hk_receipt_get_number (receipt), ==, i + 1);
      g_assert_cmpint (hk_receipt_get_total (receipt), ==, hk_receipt_get_total (expected));
      g_assert_cmpstr (hk_receipt_get_business_day (receipt), ==, TODAY);
    }
  g_assert_cmpint (hk_receipt_get_status (g_ptr_array_index (list, 1)), ==, HK_RECEIPT_VOID);
  g_assert_cmpstr (hk_receipt_get_void_reason (g_ptr_array_index (list, 1)), ==, "mistake");
  g_assert_cmpint (hk_receipt_get_status (g_ptr_array_index (list, 2)), ==, HK_RECEIPT_ISSUED);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = hk_receipt_store_list_day (fixture->hall.receipts,
                                    hk_operator_get_id (fixture->hall.clerk), TOMORROW, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (hk_receipt_get_number (g_ptr_array_index (list, 0)), ==, 4);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = hk_receipt_store_list_day (fixture->hall.receipts,
                                    hk_operator_get_id (fixture->hall.clerk2), TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (hk_receipt_get_number (g_ptr_array_index (list, 0)), ==, 51);

  empty = hk_receipt_store_list_day (fixture->hall.receipts,
                                     hk_operator_get_id (fixture->hall.manager), TODAY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (empty);
  g_assert_cmpuint (empty->len, ==, 0);
}

/* A receipt is found by the number printed on it; anything else is refused by name. */
static void
test_lookup_number (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) first = NULL;
  g_autoptr(HkReceipt) second = NULL;
  g_autoptr(HkReceipt) other = NULL;
  g_autofree char *second_number = NULL;
  g_autoptr(HkShift) shift2 = NULL;
  const char *malformed[] = {
    "", "   ", "3300241130", "3300241130-", "-00000001", "330024113-00000001",
    "3300241130000-00000001", "3300241130-000000001", "3300241130-0000000x", "33002411a0-1",
    "3300241130 00000001", "3300241130--1", "3300241130-+1", "3300241130-00000001; DROP TABLE",
  };

  shift = open_shift (fixture, fixture->hall.clerk);
  first = issue_sim (fixture, fixture->hall.clerk);
  second = issue_sim (fixture, fixture->hall.clerk);
  shift2 = open_shift (fixture, fixture->hall.clerk2);
  other = issue_sim (fixture, fixture->hall.clerk2);
  second_number = hk_receipt_dup_full_number (second);
  g_assert_cmpstr (second_number, ==, CODE_A "-00000002");

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HkReceipt) found = NULL;

    found = hk_receipt_store_lookup_number (fixture->hall.receipts, second_number, &error);
    g_assert_no_error (error);
    g_assert_nonnull (found);
    g_assert_cmpint (hk_receipt_get_id (found), ==, hk_receipt_get_id (second));
    g_assert_cmpint (hk_receipt_get_total (found), ==, 2500);
  }

  /* Leading zeros may be left out and spaces around are ignored. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HkReceipt) found = NULL;

    found = hk_receipt_store_lookup_number (fixture->hall.receipts, " " CODE_A "-51 ", &error);
    g_assert_no_error (error);
    g_assert_nonnull (found);
    g_assert_cmpint (hk_receipt_get_id (found), ==, hk_receipt_get_id (other));
  }

  /* Well formed, but never issued: a number of the book not used yet, an unknown code. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HkReceipt) found = NULL;

    found = hk_receipt_store_lookup_number (fixture->hall.receipts, CODE_A "-00000003", &error);
    g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
    g_assert_null (found);
    g_assert_cmpstr (error->message, ==, "There is no receipt " CODE_A "-00000003.");
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HkReceipt) found = NULL;

    found = hk_receipt_store_lookup_number (fixture->hall.receipts, CODE_B "-2", &error);
    g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
    g_assert_null (found);
    g_assert_cmpstr (error->message, ==, "There is no receipt " CODE_B "-00000002.");
  }

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HkReceipt) found = NULL;

      found = hk_receipt_store_lookup_number (fixture->hall.receipts, malformed[i], &error);
      g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
      g_assert_null (found);
    }

  /* Looking up writes nothing. */
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "receipts"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/receipt-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("issue", test_issue);
  ADD ("numbers", test_numbers);
  ADD ("no-book", test_no_book);
  ADD ("needs-shift", test_needs_shift);
  ADD ("tariff-price", test_tariff_price);
  ADD ("custom-price", test_custom_price);
  ADD ("fee-item-refused", test_fee_item_refused);
  ADD ("quantity", test_quantity);
  ADD ("payments", test_payments);
  ADD ("phone", test_phone);
  ADD ("void", test_void);
  ADD ("void-only-today", test_void_only_today);
  ADD ("signed-day", test_signed_day);
  ADD ("signed-day-issue", test_signed_day_issue);
  ADD ("never-deleted", test_never_deleted);
  ADD ("red-letter", test_red_letter);
  ADD ("red-letter-refused", test_red_letter_refused);
  ADD ("void-after-close", test_void_after_close);
  ADD ("voided-correction", test_voided_correction);
  ADD ("list-day", test_list_day);
  ADD ("lookup-number", test_lookup_number);

#undef ADD

  build_template ();
  status = g_test_run ();
  hk_test_hall_teardown (&hall_template);

  return status;
}
