/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-shift-store.c: clerks' shifts: one open at a time, cash movements, the blind count and
 * its expected cash, validation and reopening by the duty manager, and a signed day's lock. */

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
#define INVOICE_CODE "3300241130"
/* What the store says of a signed day; the schema's triggers say it differently. */
#define SIGNED "is signed: nothing of that day can change"

/* Indexes into hk_denominations. */
enum { Y100, Y50, Y20, Y10, Y5, Y1, J5, J1 };

/* An empty drawer. */
static const gint64 no_counts[HK_N_DENOMINATIONS] = { 0 };

typedef struct
{
  HkTestHall  hall;
  HkOperator *manager_clerk;
  gint64      sim;       /* SIM card, ¥25.00 */
  gint64      service;   /* a service fee, ¥10.00 */
  gint64      last_changed;
} Fixture;

static void
on_shifts_changed_cb (HkShiftStore *store,
                      gint64        shift_id,
                      Fixture      *fixture)
{
  fixture->hall.n_changed++;
  fixture->last_changed = shift_id;
}

/* The hall every test starts from is built once and copied: hashing seven passwords for each
 * test would take most of the suite's time. */
static HkTestHall hall_template;

/* Operators of each role, two fee items, and a book of 100 numbers: 1–50 with the first clerk,
 * 51–100 with the second. */
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
  /* A duty manager who is a clerk too: found by login in each test. */
  g_object_unref (hk_test_hall_add_operator (hall, "liuyang", "刘洋",
                                             HK_ROLE_CLERK | HK_ROLE_DUTY_MANAGER));
  hall->auditor = hk_test_hall_add_operator (hall, "zhaomin", "赵敏", HK_ROLE_AUDITOR);
  hall->supervisor = hk_test_hall_add_operator (hall, "chenjing", "陈静", HK_ROLE_SUPERVISOR);

  hk_test_hall_add_fee_item (hall, "SIM01", "SIM card", HK_FEE_CATEGORY_SERVICE, 2500, TODAY);
  hk_test_hall_add_fee_item (hall, "SVC01", "Number transfer fee", HK_FEE_CATEGORY_SERVICE, 1000,
                             TODAY);

  book = hk_test_hall_register_book (hall, INVOICE_CODE, 1, 100);
  hk_test_hall_issue_numbers (hall, book, 1, 50, hall->clerk);
  hk_test_hall_issue_numbers (hall, book, 51, 100, hall->clerk2);
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  hk_test_hall_setup_copy (&fixture->hall, &hall_template, T0);
  hk_test_hall_assert_day (&fixture->hall, T0, TODAY);
  fixture->manager_clerk = hk_test_hall_find_operator (&fixture->hall, "liuyang");
  fixture->sim = hk_test_hall_find_fee_item (&fixture->hall, "SIM01");
  fixture->service = hk_test_hall_find_fee_item (&fixture->hall, "SVC01");

  g_signal_connect (fixture->hall.shifts, "changed", G_CALLBACK (on_shifts_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_clear_object (&fixture->manager_clerk);
  hk_test_hall_teardown (&fixture->hall);
}

/* ---- helpers ---- */

/* The last audit entry's action, operator and shift, and a piece of its summary. */
static void
assert_last_audit (Fixture    *fixture,
                   const char *action,
                   HkOperator *actor,
                   gint64      entity_id,
                   const char *summary_part)
{
  hk_test_hall_assert_last_audit (&fixture->hall, action, actor, "shift", entity_id,
                                  summary_part);
}

static HkShift *
lookup_shift (Fixture *fixture,
              HkShift *shift)
{
  g_autoptr(GError) error = NULL;
  HkShift *current;

  current = hk_shift_store_lookup (fixture->hall.shifts, hk_shift_get_id (shift), &error);
  g_assert_no_error (error);
  g_assert_nonnull (current);

  return current;
}

static HkReceipt *
issue (Fixture                     *fixture,
       HkOperator                  *clerk,
       gint64                       fee_item_id,
       gint64                       quantity,
       const HkReceiptPaymentInput *payments,
       guint                        n_payments)
{
  g_autoptr(GError) error = NULL;
  HkReceiptLineInput line = { .fee_item_id = fee_item_id, .quantity = quantity };
  HkReceipt *receipt;

  receipt = hk_receipt_store_issue (fixture->hall.receipts, clerk, NULL, &line, 1, payments,
                                    n_payments, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (receipt);

  return receipt;
}

static HkReceipt *
issue_cash (Fixture    *fixture,
            HkOperator *clerk,
            gint64      fee_item_id,
            gint64      amount)
{
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, amount, NULL };

  return issue (fixture, clerk, fee_item_id, amount / (fee_item_id == fixture->sim ? 2500 : 1000),
                &payment, 1);
}

/* ---- tests ---- */

static void
test_open (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) open = NULL;
  g_autoptr(GPtrArray) day = NULL;

  g_assert_null (hk_shift_store_get_open (fixture->hall.shifts,
                                          hk_operator_get_id (fixture->hall.clerk), &error));
  g_assert_no_error (error);

  shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 50000);

  g_assert_cmpint (hk_shift_get_id (shift), >, 0);
  g_assert_cmpint (hk_shift_get_clerk_id (shift), ==, hk_operator_get_id (fixture->hall.clerk));
  g_assert_cmpstr (hk_shift_get_business_day (shift), ==, TODAY);
  g_assert_cmpint (hk_shift_get_status (shift), ==, HK_SHIFT_OPEN);
  g_assert_cmpint (hk_shift_get_opened_at (shift), ==, T0);
  g_assert_cmpint (hk_shift_get_opening_float (shift), ==, 50000);
  g_assert_cmpint (hk_shift_get_closed_at (shift), ==, 0);
  g_assert_cmpint (hk_shift_get_validated_by (shift), ==, 0);
  g_assert_cmpint (hk_shift_get_validated_at (shift), ==, 0);
  g_assert_cmpuint (hk_shift_get_times_reopened (shift), ==, 0);
  /* Blind: nothing of the expected cash exists before the count. */
  g_assert_cmpint (hk_shift_get_expected_cash (shift), ==, 0);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM shifts WHERE expected_cash IS NULL"
                                      " AND counted_cash IS NULL"), ==, 1);

  g_assert_cmpuint (fixture->hall.n_changed, ==, 1);
  g_assert_cmpint (fixture->last_changed, ==, hk_shift_get_id (shift));
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "shift-opened"), ==, 1);
  assert_last_audit (fixture, "shift-opened", fixture->hall.clerk, hk_shift_get_id (shift), TODAY);

  open = hk_shift_store_get_open (fixture->hall.shifts, hk_operator_get_id (fixture->hall.clerk),
                                  &error);
  g_assert_no_error (error);
  g_assert_nonnull (open);
  g_assert_cmpint (hk_shift_get_id (open), ==, hk_shift_get_id (shift));

  /* Another clerk has no shift, and opens their own beside it. */
  g_assert_null (hk_shift_store_get_open (fixture->hall.shifts,
                                          hk_operator_get_id (fixture->hall.clerk2), &error));
  g_assert_no_error (error);
  g_clear_object (&open);
  open = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk2, 0);
  g_assert_cmpint (hk_shift_get_opening_float (open), ==, 0);

  day = hk_shift_store_list_day (fixture->hall.shifts, hk_operator_get_id (fixture->hall.clerk),
                                 TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (day->len, ==, 1);
  g_assert_cmpint (hk_shift_get_id (g_ptr_array_index (day, 0)), ==, hk_shift_get_id (shift));
}

/* The business day is the hall's local date: it changes at midnight in Shanghai, 16:00 UTC. */
static void
test_open_business_day (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HkShift) late = NULL;
  g_autoptr(HkShift) early = NULL;
  const gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  g_autoptr(HkShift) closed = NULL;

  hk_database_set_now (fixture->hall.db.database, MIDNIGHT - 1);
  late = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);
  g_assert_cmpstr (hk_shift_get_business_day (late), ==, TODAY);
  closed = hk_test_hall_close_shift (&fixture->hall, fixture->hall.clerk, late, counts, NULL);

  hk_database_set_now (fixture->hall.db.database, MIDNIGHT);
  early = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);
  g_assert_cmpstr (hk_shift_get_business_day (early), ==, TOMORROW);
}

static void
test_open_twice (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) second = NULL;
  HkTestHallBefore before;

  shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 50000);
  hk_test_hall_remember (&fixture->hall, &before);

  second = hk_shift_store_open (fixture->hall.shifts, fixture->hall.clerk, 10000, &error);
  g_assert_null (second);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, TODAY);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* Still refused the next day: yesterday's shift is closed first. */
  hk_database_set_now (fixture->hall.db.database, T0 + DAY);
  hk_test_hall_remember (&fixture->hall, &before);
  second = hk_shift_store_open (fixture->hall.shifts, fixture->hall.clerk, 10000, &error);
  g_assert_null (second);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, TODAY);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "shifts"), ==, 1);
}

static void
test_open_float (Fixture       *fixture,
                 gconstpointer  data)
{
  static const gint64 bad[] = { -1, -50000, G_GINT64_CONSTANT (1000000001), G_MAXINT64,
                                G_MININT64 };
  g_autoptr(HkShift) largest = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HkShift) shift = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      shift = hk_shift_store_open (fixture->hall.shifts, fixture->hall.clerk, bad[i], &error);
      g_assert_null (shift);
      hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }

  largest = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk,
                                     G_GINT64_CONSTANT (1000000000));
  g_assert_cmpint (hk_shift_get_opening_float (largest), ==, G_GINT64_CONSTANT (1000000000));
}

static void
test_open_not_clerk (Fixture       *fixture,
                     gconstpointer  data)
{
  HkOperator *others[] = { fixture->hall.manager, fixture->hall.auditor, fixture->hall.supervisor,
                           fixture->hall.admin, NULL };

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HkShift) shift = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      shift = hk_shift_store_open (fixture->hall.shifts, others[i], 0, &error);
      g_assert_null (shift);
      hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
    }

  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "shifts"), ==, 0);
}

/* A clerk whose account is deactivated opens nothing, even holding the object. */
static void
test_open_deactivated (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkOperator) off = NULL;
  g_autoptr(HkShift) shift = NULL;
  HkTestHallBefore before;

  off = hk_operator_store_set_active (fixture->hall.operators, fixture->hall.admin,
                                      fixture->hall.clerk, FALSE, &error);
  g_assert_no_error (error);

  hk_test_hall_remember (&fixture->hall, &before);
  shift = hk_shift_store_open (fixture->hall.shifts, fixture->hall.clerk, 0, &error);
  g_assert_null (shift);
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
}

static void
test_open_signed_day (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) other = NULL;
  g_autoptr(HkStatement) self_signed = NULL;
  HkTestHallBefore before;

  /* The schema itself refuses a report signed by its own clerk. */
  self_signed = hk_database_prepare (fixture->hall.db.database,
                                     "INSERT INTO daily_reports (clerk_id, business_day,"
                                     " signed_at, signed_by) VALUES (?1, ?2, ?3, ?1)", &error);
  g_assert_no_error (error);
  hk_statement_bind_int64 (self_signed, 1, hk_operator_get_id (fixture->hall.clerk));
  hk_statement_bind_text (self_signed, 2, TODAY);
  hk_statement_bind_int64 (self_signed, 3, T0);
  g_assert_false (hk_statement_run (self_signed, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "daily_reports"), ==, 0);

  hk_test_hall_sign_day (&fixture->hall, fixture->hall.clerk, TODAY);
  hk_test_hall_remember (&fixture->hall, &before);

  shift = hk_shift_store_open (fixture->hall.shifts, fixture->hall.clerk, 0, &error);
  g_assert_null (shift);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, SIGNED);
  g_assert_nonnull (strstr (error->message, TODAY));
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  /* Only that clerk's day is locked. */
  other = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk2, 0);
  g_assert_cmpstr (hk_shift_get_business_day (other), ==, TODAY);

  /* And only that day: the next one opens. */
  hk_database_set_now (fixture->hall.db.database, T0 + DAY);
  g_clear_object (&shift);
  shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);
  g_assert_cmpstr (hk_shift_get_business_day (shift), ==, TOMORROW);
}

static void
test_move_cash (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) other = NULL;
  guint n_changed;

  shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 50000);
  other = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk2, 0);
  n_changed = fixture->hall.n_changed;

  g_assert_cmpint (hk_shift_store_sum_movements (fixture->hall.shifts, hk_shift_get_id (shift)), ==,
                   0);

  /* The clerk hands cash to the safe; the duty manager brings change. */
  g_assert_true (hk_shift_store_move_cash (fixture->hall.shifts, fixture->hall.clerk, shift, -20000,
                                           "  handed to the safe ", &error));
  g_assert_no_error (error);
  assert_last_audit (fixture, "cash-moved", fixture->hall.clerk, hk_shift_get_id (shift),
                     "handed to the safe");
  g_assert_true (hk_shift_store_move_cash (fixture->hall.shifts, fixture->hall.manager, shift, 5000,
                                           "change from the safe", &error));
  g_assert_no_error (error);
  assert_last_audit (fixture, "cash-moved", fixture->hall.manager, hk_shift_get_id (shift),
                     "change from the safe");

  g_assert_cmpint (hk_shift_store_sum_movements (fixture->hall.shifts, hk_shift_get_id (shift)), ==,
                   -15000);
  g_assert_cmpint (hk_shift_store_sum_movements (fixture->hall.shifts, hk_shift_get_id (other)), ==,
                   0);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "cash-moved"), ==, 2);
  g_assert_cmpuint (fixture->hall.n_changed, ==, n_changed + 2);

  /* Kept as given: who, how much, the reason without the surrounding blanks. */
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM cash_movements"
                                      " WHERE amount = -20000 AND reason = 'handed to the safe'"),
                   ==, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT by FROM cash_movements WHERE amount = 5000");

    g_assert_cmpint (hk_test_query_int (fixture->hall.db.database, sql), ==,
                     hk_operator_get_id (fixture->hall.manager));
  }
}

static void
test_move_cash_refused (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  const gint64 counts[HK_N_DENOMINATIONS] = { [Y100] = 5 };
  static const struct
  {
    gint64      amount;
    const char *reason;
  } invalid[] = {
    { 0, "handed to the safe" },
    { -20000, NULL },
    { -20000, "" },
    { -20000, "  \t " },
    { G_GINT64_CONSTANT (1000000001), "too much" },
    { G_GINT64_CONSTANT (-1000000001), "too much" },
  };
  struct
  {
    HkOperator *actor;
    int         code;
    gint64      n_denied;
  } refused[] = {
    { fixture->hall.clerk2, HK_ERROR_PERMISSION, 1 },         /* another clerk's drawer */
    { fixture->hall.auditor, HK_ERROR_PERMISSION, 1 },        /* no role for it */
    { fixture->hall.supervisor, HK_ERROR_PERMISSION, 1 },
  };

  shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 50000);

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      g_assert_false (hk_shift_store_move_cash (fixture->hall.shifts, fixture->hall.clerk, shift,
                                                invalid[i].amount, invalid[i].reason, &error));
      hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      g_assert_false (hk_shift_store_move_cash (fixture->hall.shifts, refused[i].actor, shift, -100,
                                                "to the safe", &error));
      hk_test_assert_error (error, refused[i].code, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, refused[i].n_denied);
    }

  /* Only on an open shift, even for its clerk and the duty manager. */
  closed = hk_test_hall_close_shift (&fixture->hall, fixture->hall.clerk, shift, counts, NULL);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      g_assert_false (hk_shift_store_move_cash (fixture->hall.shifts,
                                                i == 0 ? fixture->hall.clerk
                                                       : fixture->hall.manager,
                                                shift, -100, "to the safe", &error));
      hk_test_assert_error (error, HK_ERROR_CONFLICT, "closed");
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }

  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "cash_movements"), ==, 0);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "cash-moved"), ==, 0);
}

/* The blind count: expected = float + cash of the shift's valid receipts (a red-letter one
 * counts negative, a void one not at all) + movements; counted and the difference are kept. */
static void
test_close (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) first = NULL;
  g_autoptr(HkShift) first_closed = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkShift) again = NULL;
  g_autoptr(HkShift) other = NULL;
  g_autoptr(HkReceipt) r0 = NULL;
  g_autoptr(HkReceipt) r1 = NULL;
  g_autoptr(HkReceipt) r2 = NULL;
  g_autoptr(HkReceipt) r3 = NULL;
  g_autoptr(HkReceipt) r3_void = NULL;
  g_autoptr(HkReceipt) r4 = NULL;
  g_autoptr(HkReceipt) red = NULL;
  g_autoptr(HkReceipt) elsewhere = NULL;
  const HkReceiptPaymentInput split_card[] = { { HK_PAYMENT_CASH, 3000, NULL },
                                               { HK_PAYMENT_CARD, 2000, NULL } };
  const HkReceiptPaymentInput split_wechat[] = { { HK_PAYMENT_CASH, 1000, NULL },
                                                 { HK_PAYMENT_WECHAT, 1500, NULL } };
  const HkReceiptPaymentInput card[] = { { HK_PAYMENT_CARD, 3000, NULL } };
  const gint64 first_counts[HK_N_DENOMINATIONS] = { [Y100] = 1, [Y10] = 3 };
  /* ¥300 + ¥20 + ¥10 + ¥5 + ¥4 + ¥0.50 + ¥0.30 = ¥339.80 */
  const gint64 counts[HK_N_DENOMINATIONS] = { [Y100] = 3, [Y20] = 1, [Y10] = 1, [Y5] = 1,
                                              [Y1] = 4, [J5] = 1, [J1] = 3 };
  const gint64 declared[HK_N_PAYMENT_METHODS] = { [HK_PAYMENT_CASH] = 999999,
                                                  [HK_PAYMENT_CARD] = 1000,
                                                  [HK_PAYMENT_WECHAT] = 1500,
                                                  [HK_PAYMENT_ALIPAY] = 0,
                                                  [HK_PAYMENT_CHEQUE] = 0 };

  /* Yesterday: a float of ¥100 and one receipt of ¥50.00, ¥30.00 of it cash. */
  first = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 10000);
  r0 = issue (fixture, fixture->hall.clerk, fixture->sim, 2, split_card, G_N_ELEMENTS (split_card));
  first_closed = hk_test_hall_close_shift (&fixture->hall, fixture->hall.clerk, first, first_counts,
                                           NULL);
  g_assert_cmpint (hk_shift_get_expected_cash (first_closed), ==, 13000);
  g_assert_cmpint (hk_shift_get_counted_cash (first_closed), ==, 13000);
  g_assert_cmpint (hk_shift_get_cash_difference (first_closed), ==, 0);

  /* Today: a float of ¥500. */
  hk_database_set_now (fixture->hall.db.database, T0 + DAY);
  shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 50000);
  r1 = issue_cash (fixture, fixture->hall.clerk, fixture->service, 1000);         /* +1000 */
  r2 = issue (fixture, fixture->hall.clerk, fixture->sim, 1, split_wechat, 2);    /* +1000 */
  r3 = issue_cash (fixture, fixture->hall.clerk, fixture->sim, 2500);             /* void */
  r3_void = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, r3, "wrong item",
                                   &error);
  g_assert_no_error (error);
  r4 = issue (fixture, fixture->hall.clerk, fixture->service, 3, card, 1);        /* no cash */
  red = hk_receipt_store_correct (fixture->hall.receipts, fixture->hall.clerk, r0,
                                  "customer returned it", &error);                /* -3000 */
  g_assert_no_error (error);
  g_assert_nonnull (red);
  g_assert_true (hk_shift_store_move_cash (fixture->hall.shifts, fixture->hall.clerk, shift, -20000,
                                           "handed to the safe", &error));
  g_assert_true (hk_shift_store_move_cash (fixture->hall.shifts, fixture->hall.manager, shift, 5000,
                                           "change", &error));
  g_assert_no_error (error);

  /* Another clerk's cash is not in this drawer. */
  other = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk2, 0);
  elsewhere = issue_cash (fixture, fixture->hall.clerk2, fixture->sim, 2500);

  /* Before the count nothing says what the drawer should hold. */
  g_clear_object (&again);
  again = lookup_shift (fixture, shift);
  g_assert_cmpint (hk_shift_get_expected_cash (again), ==, 0);
  g_assert_cmpint (hk_shift_get_status (again), ==, HK_SHIFT_OPEN);

  hk_database_set_now (fixture->hall.db.database, T0 + DAY + 8 * 60 * 60);
  closed = hk_shift_store_close (fixture->hall.shifts, fixture->hall.clerk, shift, counts, declared,
                                 &error);
  g_assert_no_error (error);
  g_assert_nonnull (closed);

  g_assert_cmpint (hk_shift_get_status (closed), ==, HK_SHIFT_CLOSED);
  g_assert_cmpint (hk_shift_get_closed_at (closed), ==, T0 + DAY + 8 * 60 * 60);
  /* 50000 + (1000 + 1000 - 3000) + (-20000 + 5000) */
  g_assert_cmpint (hk_shift_get_expected_cash (closed), ==, 34000);
  g_assert_cmpint (hk_shift_get_counted_cash (closed), ==, 33980);
  g_assert_cmpint (hk_shift_get_cash_difference (closed), ==, -20);
  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    g_assert_cmpint (hk_shift_get_count (closed, i), ==, counts[i]);
  g_assert_cmpint (hk_shift_get_declared (closed, HK_PAYMENT_CARD), ==, 1000);
  g_assert_cmpint (hk_shift_get_declared (closed, HK_PAYMENT_WECHAT), ==, 1500);
  g_assert_cmpint (hk_shift_get_declared (closed, HK_PAYMENT_ALIPAY), ==, 0);
  g_assert_cmpint (hk_shift_get_declared (closed, HK_PAYMENT_CHEQUE), ==, 0);

  assert_last_audit (fixture, "shift-closed", fixture->hall.clerk, hk_shift_get_id (shift),
                     "33980");
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "shift-closed"), ==, 2);

  /* Kept: read back from the file, the figures are the same. */
  g_clear_object (&again);
  again = lookup_shift (fixture, shift);
  g_assert_cmpint (hk_shift_get_expected_cash (again), ==, 34000);
  g_assert_cmpint (hk_shift_get_counted_cash (again), ==, 33980);
  g_assert_cmpint (hk_shift_get_cash_difference (again), ==, -20);
  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    g_assert_cmpint (hk_shift_get_count (again, i), ==, counts[i]);

  /* The clerk has no open shift now, and may open a new one. */
  g_assert_null (hk_shift_store_get_open (fixture->hall.shifts,
                                          hk_operator_get_id (fixture->hall.clerk), &error));
  g_assert_no_error (error);
  g_clear_object (&again);
  again = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);
}

static void
test_close_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  const gint64 counts[HK_N_DENOMINATIONS] = { [Y100] = 5 };
  const gint64 no_declared[HK_N_PAYMENT_METHODS] = { 0 };

  shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 50000);

  /* A negative or absurd count, a negative declared total. */
  for (guint i = 0; i < HK_N_DENOMINATIONS + 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HkShift) result = NULL;
      gint64 bad_counts[HK_N_DENOMINATIONS] = { [Y100] = 5 };
      HkTestHallBefore before;

      if (i < HK_N_DENOMINATIONS)
        bad_counts[i] = -1;
      else
        bad_counts[Y1] = 100001;

      hk_test_hall_remember (&fixture->hall, &before);
      result = hk_shift_store_close (fixture->hall.shifts, fixture->hall.clerk, shift, bad_counts,
                                     no_declared, &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }

  for (guint m = HK_PAYMENT_CARD; m < HK_N_PAYMENT_METHODS; m++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HkShift) result = NULL;
      gint64 declared[HK_N_PAYMENT_METHODS] = { 0 };
      HkTestHallBefore before;

      declared[m] = G_GINT64_CONSTANT (1000000001);
      hk_test_hall_remember (&fixture->hall, &before);
      result = hk_shift_store_close (fixture->hall.shifts, fixture->hall.clerk, shift, counts,
                                     declared, &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }

  /* Another clerk, and the duty manager (who is no clerk), do not close it. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HkShift) result = NULL;
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    result = hk_shift_store_close (fixture->hall.shifts, fixture->hall.clerk2, shift, counts,
                                   no_declared, &error);
    g_assert_null (result);
    hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
    /* Another clerk's shift: the refusal's audit entry is the only row written. */
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);

    g_clear_error (&error);
    hk_test_hall_remember (&fixture->hall, &before);
    result = hk_shift_store_close (fixture->hall.shifts, fixture->hall.manager, shift, counts,
                                   no_declared, &error);
    g_assert_null (result);
    hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  }

  /* Closed once only. */
  closed = hk_test_hall_close_shift (&fixture->hall, fixture->hall.clerk, shift, counts, NULL);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HkShift) result = NULL;
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    result = hk_shift_store_close (fixture->hall.shifts, fixture->hall.clerk, shift, counts,
                                   no_declared, &error);
    g_assert_null (result);
    hk_test_assert_error (error, HK_ERROR_CONFLICT, "closed");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }

  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "shift-closed"), ==, 1);
}

static void
test_validate (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkShift) validated = NULL;
  g_autoptr(HkShift) result = NULL;
  g_autoptr(HkShift) own = NULL;
  g_autoptr(HkShift) own_closed = NULL;
  g_autoptr(HkShift) by_other = NULL;
  const gint64 counts[HK_N_DENOMINATIONS] = { [Y100] = 5 };
  HkTestHallBefore before;

  shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 50000);

  /* Only when closed. */
  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_shift_store_validate (fixture->hall.shifts, fixture->hall.manager, shift, &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "open");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  closed = hk_test_hall_close_shift (&fixture->hall, fixture->hall.clerk, shift, counts, NULL);

  /* Only by a duty manager: not the clerk, not the auditor. */
  for (guint i = 0; i < 3; i++)
    {
      HkOperator *actor = i == 0 ? fixture->hall.clerk
                          : i == 1 ? fixture->hall.clerk2 : fixture->hall.auditor;

      hk_test_hall_remember (&fixture->hall, &before);
      result = hk_shift_store_validate (fixture->hall.shifts, actor, closed, &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
      g_clear_error (&error);
    }

  hk_database_set_now (fixture->hall.db.database, T0 + 600);
  validated = hk_shift_store_validate (fixture->hall.shifts, fixture->hall.manager, closed, &error);
  g_assert_no_error (error);
  g_assert_nonnull (validated);
  g_assert_cmpint (hk_shift_get_status (validated), ==, HK_SHIFT_VALIDATED);
  g_assert_cmpint (hk_shift_get_validated_by (validated), ==,
                   hk_operator_get_id (fixture->hall.manager));
  /* The count stays as it was. */
  g_assert_cmpint (hk_shift_get_counted_cash (validated), ==, 50000);
  g_assert_cmpint (hk_shift_get_expected_cash (validated), ==, 50000);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT validated_at FROM shifts"), ==, T0 + 600);
  g_assert_cmpint (hk_shift_get_validated_at (validated), ==, T0 + 600);
  assert_last_audit (fixture, "shift-validated", fixture->hall.manager, hk_shift_get_id (shift),
                     NULL);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "shift-validated"), ==, 1);

  /* Once. */
  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_shift_store_validate (fixture->hall.shifts, fixture->hall.manager, validated, &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "validated");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* A duty manager who is also a clerk does not validate their own shift; another does. */
  own = hk_test_hall_open_shift (&fixture->hall, fixture->manager_clerk, 0);
  own_closed = hk_test_hall_close_shift (&fixture->hall, fixture->manager_clerk, own, no_counts,
                                         NULL);
  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_shift_store_validate (fixture->hall.shifts, fixture->manager_clerk, own_closed,
                                    &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  /* Their own shift: the refusal's audit entry is the only row written. */
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  g_clear_error (&error);

  by_other = hk_shift_store_validate (fixture->hall.shifts, fixture->hall.manager, own_closed,
                                      &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_shift_get_validated_by (by_other), ==,
                   hk_operator_get_id (fixture->hall.manager));
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkShift) validated = NULL;
  g_autoptr(HkShift) reopened = NULL;
  g_autoptr(HkShift) closed_again = NULL;
  g_autoptr(HkShift) reopened_again = NULL;
  g_autoptr(HkShift) result = NULL;
  g_autoptr(HkShift) next = NULL;
  g_autoptr(HkShift) next_closed = NULL;
  const gint64 short_counts[HK_N_DENOMINATIONS] = { [Y100] = 4, [Y50] = 1, [Y20] = 2 };
  const gint64 counts[HK_N_DENOMINATIONS] = { [Y100] = 5 };
  HkTestHallBefore before;

  shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 50000);

  /* An open shift is not reopened. */
  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_shift_store_reopen (fixture->hall.shifts, fixture->hall.manager, shift, "recount",
                                  &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "open");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  closed = hk_test_hall_close_shift (&fixture->hall, fixture->hall.clerk, shift, short_counts,
                                     NULL);
  g_assert_cmpint (hk_shift_get_cash_difference (closed), ==, -1000);
  validated = hk_shift_store_validate (fixture->hall.shifts, fixture->hall.manager, closed, &error);
  g_assert_no_error (error);

  /* A reason is needed. */
  for (guint i = 0; i < 3; i++)
    {
      const char *reasons[] = { NULL, "", "   " };

      hk_test_hall_remember (&fixture->hall, &before);
      result = hk_shift_store_reopen (fixture->hall.shifts, fixture->hall.manager, validated,
                                      reasons[i], &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_INVALID, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      g_clear_error (&error);
    }

  /* Only a duty manager reopens: not the clerk, not the auditor. */
  for (guint i = 0; i < 2; i++)
    {
      hk_test_hall_remember (&fixture->hall, &before);
      result = hk_shift_store_reopen (fixture->hall.shifts,
                                      i == 0 ? fixture->hall.clerk : fixture->hall.auditor,
                                      validated, "recount", &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
      g_clear_error (&error);
    }

  hk_database_set_now (fixture->hall.db.database, T0 + 3600);
  reopened = hk_shift_store_reopen (fixture->hall.shifts, fixture->hall.manager, validated,
                                    " ¥10 note found under the drawer ", &error);
  g_assert_no_error (error);
  g_assert_nonnull (reopened);
  g_assert_cmpint (hk_shift_get_status (reopened), ==, HK_SHIFT_OPEN);
  g_assert_cmpuint (hk_shift_get_times_reopened (reopened), ==, 1);
  g_assert_cmpint (hk_shift_get_validated_by (reopened), ==, 0);
  g_assert_cmpint (hk_shift_get_validated_at (reopened), ==, 0);
  g_assert_cmpint (hk_shift_get_closed_at (reopened), ==, 0);
  g_assert_cmpint (hk_shift_get_id (reopened), ==, hk_shift_get_id (shift));
  /* The old count is in the audit log, with the reason. */
  assert_last_audit (fixture, "shift-reopened", fixture->hall.manager, hk_shift_get_id (shift),
                     "¥10 note found under the drawer");
  assert_last_audit (fixture, "shift-reopened", fixture->hall.manager, hk_shift_get_id (shift),
                     "49000");
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "shift-reopened"), ==, 1);

  /* It is the clerk's open shift again: closed with the new count. */
  {
    g_autoptr(HkShift) open = hk_shift_store_get_open (fixture->hall.shifts,
                                                       hk_operator_get_id (fixture->hall.clerk),
                                                       &error);

    g_assert_no_error (error);
    g_assert_nonnull (open);
    g_assert_cmpint (hk_shift_get_id (open), ==, hk_shift_get_id (shift));
  }
  closed_again = hk_test_hall_close_shift (&fixture->hall, fixture->hall.clerk, reopened, counts,
                                           NULL);
  g_assert_cmpint (hk_shift_get_cash_difference (closed_again), ==, 0);
  g_assert_cmpuint (hk_shift_get_times_reopened (closed_again), ==, 1);

  /* Refused while the clerk has another shift open. */
  next = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);
  hk_test_hall_remember (&fixture->hall, &before);
  result = hk_shift_store_reopen (fixture->hall.shifts, fixture->hall.manager, closed_again,
                                  "recount", &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "another shift open");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* Counted each time. */
  next_closed = hk_test_hall_close_shift (&fixture->hall, fixture->hall.clerk, next, no_counts,
                                          NULL);
  reopened_again = hk_shift_store_reopen (fixture->hall.shifts, fixture->hall.manager, closed_again,
                                          "second recount", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_shift_get_times_reopened (reopened_again), ==, 2);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "shift-reopened"), ==, 2);
}

/* A signed daily report locks the clerk's shifts of that day: through the store and in the
 * file itself. */
static void
test_signed_day_locked (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) open = NULL;
  g_autoptr(HkShift) done = NULL;
  g_autoptr(HkShift) done_closed = NULL;
  g_autoptr(HkShift) result = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkStatement) insert = NULL;
  const gint64 counts[HK_N_DENOMINATIONS] = { [Y100] = 1 };
  const gint64 no_declared[HK_N_PAYMENT_METHODS] = { 0 };
  HkTestHallBefore before;

  done = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 10000);
  done_closed = hk_test_hall_close_shift (&fixture->hall, fixture->hall.clerk, done, counts, NULL);
  open = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 10000);
  hk_test_hall_sign_day (&fixture->hall, fixture->hall.clerk, TODAY);

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_false (hk_shift_store_move_cash (fixture->hall.shifts, fixture->hall.clerk, open, -100,
                                            "to the safe", &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, SIGNED);
  g_clear_error (&error);

  result = hk_shift_store_close (fixture->hall.shifts, fixture->hall.clerk, open, counts,
                                 no_declared, &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, SIGNED);
  g_clear_error (&error);

  result = hk_shift_store_reopen (fixture->hall.shifts, fixture->hall.manager, done_closed,
                                  "recount", &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, SIGNED);
  g_clear_error (&error);

  /* A day may be signed before its closed shift is validated; then it stays as it is. */
  result = hk_shift_store_validate (fixture->hall.shifts, fixture->hall.manager, done_closed,
                                    &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, SIGNED);
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  /* Whatever writes to the file: the triggers refuse too. */
  hk_test_hall_remember (&fixture->hall, &before);
  update = hk_database_prepare (fixture->hall.db.database,
                                "UPDATE shifts SET counted_cash = 0, status = 'closed'",
                                &error);
  g_assert_no_error (error);
  g_assert_false (hk_statement_run (update, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "signed"));
  g_clear_error (&error);

  insert = hk_database_prepare (fixture->hall.db.database,
                                "INSERT INTO cash_movements (shift_id, at, amount, reason, by)"
                                " VALUES (?1, 1, -100, 'to the safe', ?2)", &error);
  g_assert_no_error (error);
  hk_statement_bind_int64 (insert, 1, hk_shift_get_id (open));
  hk_statement_bind_int64 (insert, 2, hk_operator_get_id (fixture->hall.clerk));
  g_assert_false (hk_statement_run (insert, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "signed"));
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  /* The report itself does not change either. */
  g_assert_false (hk_database_exec (fixture->hall.db.database,
                                    "UPDATE daily_reports SET signed_at = NULL", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM daily_reports"
                                      " WHERE signed_at IS NOT NULL"), ==, 1);
}

/* Cash movements are never edited. */
static void
test_movements_never_change (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;

  shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 10000);
  g_assert_true (hk_shift_store_move_cash (fixture->hall.shifts, fixture->hall.clerk, shift, -5000,
                                           "to the safe", &error));
  g_assert_no_error (error);

  g_assert_false (hk_database_exec (fixture->hall.db.database,
                                    "UPDATE cash_movements SET amount = -1", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (hk_shift_store_sum_movements (fixture->hall.shifts, hk_shift_get_id (shift)), ==,
                   -5000);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/shift-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("open", test_open);
  ADD ("open-business-day", test_open_business_day);
  ADD ("open-twice", test_open_twice);
  ADD ("open-float", test_open_float);
  ADD ("open-not-clerk", test_open_not_clerk);
  ADD ("open-deactivated", test_open_deactivated);
  ADD ("open-signed-day", test_open_signed_day);
  ADD ("move-cash", test_move_cash);
  ADD ("move-cash-refused", test_move_cash_refused);
  ADD ("close", test_close);
  ADD ("close-refused", test_close_refused);
  ADD ("validate", test_validate);
  ADD ("reopen", test_reopen);
  ADD ("signed-day-locked", test_signed_day_locked);
  ADD ("movements-never-change", test_movements_never_change);

#undef ADD

  build_template ();
  status = g_test_run ();
  hk_test_hall_teardown (&hall_template);

  return status;
}
