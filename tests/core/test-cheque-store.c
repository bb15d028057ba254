/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cheque-store.c: the cheque register: cheques taken on receipts, their details,
 * endorsement, clearing, bounced cheques and their working-day deadline, the payer warning,
 * voids, and who may do what. */

#include "config.h"

#include <string.h>

#include "core/hk-bank-store.h"
#include "core/hk-cheque-store.h"
#include "core/hk-context.h"
#include "core/hk-error.h"
#include "core/hk-receipt-import.h"
#include "hk-test-hall.h"

/* 2024-03-01 (a Friday) 09:00 in Asia/Shanghai; day n of March at 09:00. */
#define MARCH_9AM(n) (1709254800 + ((n) - 1) * 86400)
#define HOUR 3600
#define PHONE_PRICE 100000
#define PAYER "杭州文三贸易有限公司"

typedef struct
{
  HkTestHall     hall;
  HkChequeStore *store;
  gint64         phone;
} Fixture;

static HkTestHall hall_template;

static void
on_store_changed_cb (HkChequeStore *store,
                     Fixture       *fixture)
{
  fixture->hall.n_changed++;
}

static void
build_template (void)
{
  HkTestHall *hall = &hall_template;

  hk_test_hall_setup (hall, MARCH_9AM (1) - 2 * HOUR);
  hall->supervisor = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_SUPERVISOR);
  hall->auditor = hk_test_hall_insert_operator (hall, "zhaomin", HK_ROLE_AUDITOR);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  hall->clerk2 = hk_test_hall_insert_operator (hall, "liuyang", HK_ROLE_CLERK);
  hk_test_hall_add_fee_item (hall, "PH-HW", "华为 nova 12", HK_FEE_CATEGORY_HANDSET, PHONE_PRICE,
                             "2024-01-01");
  hk_test_hall_give_numbers (hall, hall->clerk, "1234567890", 1, 500);
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  hk_test_hall_setup_copy (&fixture->hall, &hall_template, MARCH_9AM (1));
  fixture->store = g_object_ref (hk_context_get_cheque_store (fixture->hall.context));
  fixture->phone = hk_test_hall_find_fee_item (&fixture->hall, "PH-HW");
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_store_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_signal_handlers_disconnect_by_data (fixture->store, fixture);
  g_clear_object (&fixture->store);
  hk_test_hall_teardown (&fixture->hall);
}

static void
set_now (Fixture *fixture,
         gint64   now)
{
  hk_database_set_now (fixture->hall.db.database, now);
}

/* A handset paid by cheque @cheque_no, with the bank and payer given at the counter or not. */
static HkReceipt *
sell_by_cheque (Fixture    *fixture,
                const char *cheque_no,
                const char *bank,
                const char *payer)
{
  g_autoptr(GError) error = NULL;
  HkReceiptLineInput line = { .fee_item_id = fixture->phone, .quantity = 1 };
  HkReceiptPaymentInput payment = {
    .method = HK_PAYMENT_CHEQUE,
    .amount = PHONE_PRICE,
    .cheque_no = cheque_no,
    .cheque_bank = bank,
    .cheque_payer = payer,
  };
  HkReceipt *receipt;

  receipt = hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                    &payment, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (receipt);

  return receipt;
}

static HkCheque *
cheque_of (Fixture   *fixture,
           HkReceipt *receipt)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cheques = NULL;

  cheques = hk_cheque_store_list_receipt (fixture->store, hk_receipt_get_id (receipt), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cheques->len, ==, 1);

  return g_object_ref (g_ptr_array_index (cheques, 0));
}

/* A cheque taken, endorsed to the bank and paid in with a deposit. */
static HkCheque *
deposited_cheque (Fixture    *fixture,
                  const char *cheque_no,
                  const char *payer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkReceipt) receipt = sell_by_cheque (fixture, cheque_no, "中国银行", payer);
  g_autoptr(HkCheque) cheque = cheque_of (fixture, receipt);
  g_autoptr(HkCheque) endorsed = NULL;
  g_autoptr(HkBankDeposit) deposit = NULL;
  g_autofree char *slip = g_strdup_printf ("ZP-%s", cheque_no);
  HkHallStore *hall = hk_context_get_hall_store (fixture->hall.context);
  g_autofree char *today = hk_hall_store_format_day (hall,
                                                     hk_database_get_now (fixture->hall.db.database));
  HkBankDepositInput input = { "中国工商银行", slip, today, PHONE_PRICE, NULL };
  gint64 id = hk_cheque_get_id (cheque);

  endorsed = hk_cheque_store_endorse (fixture->store, fixture->hall.auditor, cheque,
                                      "中国工商银行 委托收款", &error);
  g_assert_no_error (error);
  deposit = hk_bank_store_record_deposit (hk_context_get_bank_store (fixture->hall.context),
                                          fixture->hall.auditor, &input, NULL, 0, &id, 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deposit);

  return hk_cheque_store_lookup (fixture->store, id, &error);
}

static void
test_working_days (void)
{
  static const struct
  {
    const char *day;
    guint       n;
    const char *expected;
  } cases[] = {
    { "2024-03-01", 3, "2024-03-06" },   /* Friday: Mon, Tue, Wed */
    { "2024-03-04", 3, "2024-03-07" },   /* Monday: Tue, Wed, Thu */
    { "2024-03-02", 1, "2024-03-04" },   /* Saturday: Monday */
    { "2024-03-03", 3, "2024-03-06" },   /* Sunday */
    { "2024-03-07", 2, "2024-03-11" },   /* Thursday: Fri, Mon */
    { "2024-12-30", 3, "2025-01-02" },   /* across the year; no holiday table */
    { "2024-03-01", 0, "2024-03-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *day = hk_working_days_after (cases[i].day, cases[i].n);

      g_assert_cmpstr (day, ==, cases[i].expected);
    }

  g_assert_null (hk_working_days_after ("2024-02-30", 1));
}

static void
test_from_receipt (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);
  g_autoptr(HkReceipt) with = sell_by_cheque (fixture, "CQ-001", "中国银行", PAYER);
  g_autoptr(HkReceipt) without = sell_by_cheque (fixture, "CQ-002", NULL, NULL);
  g_autoptr(HkCheque) first = cheque_of (fixture, with);
  g_autoptr(HkCheque) second = cheque_of (fixture, without);
  g_autoptr(HkCheque) completed = NULL;
  g_autoptr(HkCheque) refused = NULL;
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(HkCheque) cancelled = NULL;
  g_autoptr(HkOperator) other = hk_test_hall_find_operator (&fixture->hall, "liuyang");

  /* Every cheque payment is in the register at once, with what the counter gave. */
  g_assert_cmpstr (hk_cheque_get_cheque_no (first), ==, "CQ-001");
  g_assert_cmpstr (hk_cheque_get_bank_name (first), ==, "中国银行");
  g_assert_cmpstr (hk_cheque_get_payer (first), ==, PAYER);
  g_assert_cmpint (hk_cheque_get_amount (first), ==, PHONE_PRICE);
  g_assert_cmpint (hk_cheque_get_state (first), ==, HK_CHEQUE_RECEIVED);
  g_assert_cmpint (hk_cheque_get_clerk_id (first), ==, hk_operator_get_id (fixture->hall.clerk));
  g_assert_null (hk_cheque_get_payer (second));

  /* The clerk who took it completes it; another clerk may not. */
  refused = hk_cheque_store_set_details (fixture->store, other, second, "农业银行", "某公司",
                                         &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  completed = hk_cheque_store_set_details (fixture->store, fixture->hall.clerk, second,
                                           "农业银行", "某公司", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_cheque_get_payer (completed), ==, "某公司");

  /* A voided receipt's cheque goes back to the customer: cancelled. */
  voided = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, without, "客户取消",
                                  &error);
  g_assert_no_error (error);
  cancelled = hk_cheque_store_lookup (fixture->store, hk_cheque_get_id (second), &error);
  g_assert_cmpint (hk_cheque_get_state (cancelled), ==, HK_CHEQUE_CANCELLED);

  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "cheques"), ==, 2);
}

/* Receipts imported from the business platform bring their cheques into the register too. */
static void
test_from_import (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cheques = NULL;
  HkReceiptImportResult result;
  const char *csv =
    "receipt_no,issued_at,clerk,item_code,quantity,unit_price,amount,payment,customer_phone,"
    "status,void_reason,cheque_no\n"
    "1234567890-00000001,2024-03-01 10:00:00,zhangli,PH-HW,1,1000.00,1000.00,cheque,,issued,,"
    "CQ-900\n"
    "1234567890-00000002,2024-03-01 11:00:00,zhangli,PH-HW,1,1000.00,1000.00,cheque,,void,"
    "客户取消,CQ-901\n"
    "1234567890-00000003,2024-03-01 12:00:00,zhangli,PH-HW,1,1000.00,1000.00,cash,,issued,,\n";

  set_now (fixture, MARCH_9AM (1) + 9 * HOUR);
  g_assert_true (hk_receipt_import_csv (fixture->hall.context, fixture->hall.auditor, csv,
                                        strlen (csv), &result, &error));
  g_assert_no_error (error);

  /* The valid receipt's cheque only: the void one went back to the customer. */
  cheques = hk_cheque_store_list (fixture->store, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cheques->len, ==, 1);
  g_assert_cmpstr (hk_cheque_get_cheque_no (g_ptr_array_index (cheques, 0)), ==, "CQ-900");
  g_assert_cmpstr (hk_cheque_get_receipt_no (g_ptr_array_index (cheques, 0)), ==,
                   "1234567890-00000001");
  g_assert_cmpint (hk_cheque_get_state (g_ptr_array_index (cheques, 0)), ==, HK_CHEQUE_RECEIVED);
}

static void
test_states (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);
  g_autoptr(HkReceipt) bare = sell_by_cheque (fixture, "CQ-010", NULL, NULL);
  g_autoptr(HkCheque) unknown = cheque_of (fixture, bare);
  g_autoptr(HkCheque) deposited = deposited_cheque (fixture, "CQ-011", PAYER);
  g_autoptr(HkCheque) cleared = NULL;
  g_autoptr(HkCheque) refused = NULL;
  HkTestHallBefore before;

  g_assert_cmpint (hk_cheque_get_state (deposited), ==, HK_CHEQUE_DEPOSITED);
  g_assert_cmpint (hk_cheque_get_deposit_id (deposited), >, 0);
  g_assert_cmpstr (hk_cheque_get_endorsee (deposited), ==, "中国工商银行 委托收款");

  hk_test_hall_remember (&fixture->hall, &before);

  /* No endorsement without the bank and payer; nothing cleared or bounced before it is paid
   * in; nothing resolved that did not bounce; no second endorsement. */
  refused = hk_cheque_store_endorse (fixture->store, fixture->hall.auditor, unknown, "ICBC",
                                     &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_INVALID, "bank and the payer");
  g_clear_error (&error);
  refused = hk_cheque_store_clear (fixture->store, fixture->hall.auditor, unknown, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);
  refused = hk_cheque_store_bounce (fixture->store, fixture->hall.auditor, unknown, "存款不足",
                                    &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);
  refused = hk_cheque_store_resolve (fixture->store, fixture->hall.auditor, deposited, "已付现",
                                     &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);
  refused = hk_cheque_store_endorse (fixture->store, fixture->hall.auditor, deposited, "ICBC",
                                     &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  cleared = hk_cheque_store_clear (fixture->store, fixture->hall.auditor, deposited, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_cheque_get_state (cleared), ==, HK_CHEQUE_CLEARED);
  hk_test_hall_assert_last_audit (&fixture->hall, "cheque-cleared", fixture->hall.auditor,
                                  "cheque", hk_cheque_get_id (cleared), "CQ-011");
}

static char *
overdue_numbers (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) overdue = hk_cheque_store_list_overdue (fixture->store, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < overdue->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "",
                            hk_cheque_get_cheque_no (g_ptr_array_index (overdue, i)));

  return g_string_free (out, FALSE);
}

static void
test_bounce_deadline (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);
  g_autoptr(HkCheque) cheque = deposited_cheque (fixture, "CQ-020", PAYER);
  g_autoptr(HkCheque) bounced = NULL;
  g_autoptr(HkCheque) on_wednesday = NULL;
  g_autoptr(HkCheque) on_thursday = NULL;
  g_autoptr(HkCheque) resolved = NULL;
  g_autoptr(HkCheque) refused = NULL;
  g_autofree char *overdue = NULL;

  /* Friday 1 March: it bounces; three working days are Monday to Wednesday. */
  bounced = hk_cheque_store_bounce (fixture->store, fixture->hall.auditor, cheque, " ", &error);
  g_assert_null (bounced);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  bounced = hk_cheque_store_bounce (fixture->store, fixture->hall.auditor, cheque,
                                    "出票人账户余额不足", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_cheque_get_state (bounced), ==, HK_CHEQUE_BOUNCED);
  g_assert_cmpstr (hk_cheque_get_bounced_day (bounced), ==, "2024-03-01");
  g_assert_cmpstr (hk_cheque_get_deadline_day (bounced), ==, "2024-03-06");
  g_assert_false (hk_cheque_is_overdue (bounced));
  hk_test_hall_assert_last_audit (&fixture->hall, "cheque-bounced", fixture->hall.auditor,
                                  "cheque", hk_cheque_get_id (cheque), "resolved by 2024-03-06");

  /* Still in time on its deadline day, to its last second. */
  set_now (fixture, MARCH_9AM (7) - 9 * HOUR - 1);
  on_wednesday = hk_cheque_store_lookup (fixture->store, hk_cheque_get_id (cheque), &error);
  g_assert_false (hk_cheque_is_overdue (on_wednesday));
  overdue = overdue_numbers (fixture);
  g_assert_cmpstr (overdue, ==, "");
  g_clear_pointer (&overdue, g_free);

  /* From Thursday it is overdue and flagged to the auditor. */
  set_now (fixture, MARCH_9AM (7) - 9 * HOUR);
  on_thursday = hk_cheque_store_lookup (fixture->store, hk_cheque_get_id (cheque), &error);
  g_assert_true (hk_cheque_is_overdue (on_thursday));
  overdue = overdue_numbers (fixture);
  g_assert_cmpstr (overdue, ==, "CQ-020");
  g_clear_pointer (&overdue, g_free);

  /* Resolved, even late, it leaves the list; it cannot be resolved twice. */
  resolved = hk_cheque_store_resolve (fixture->store, fixture->hall.auditor, on_thursday,
                                      "出票人以现金补足", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_cheque_get_state (resolved), ==, HK_CHEQUE_RESOLVED);
  hk_test_hall_assert_last_audit (&fixture->hall, "cheque-resolved", fixture->hall.auditor,
                                  "cheque", hk_cheque_get_id (cheque), "after its deadline");
  overdue = overdue_numbers (fixture);
  g_assert_cmpstr (overdue, ==, "");
  refused = hk_cheque_store_resolve (fixture->store, fixture->hall.auditor, resolved, "again",
                                     &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
}

static void
test_deadline_setting (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);
  g_autoptr(HkCheque) cheque = deposited_cheque (fixture, "CQ-030", PAYER);
  g_autoptr(HkCheque) bounced = NULL;

  g_assert_cmpuint (hk_cheque_store_get_deadline_days (fixture->store), ==, 3);

  /* A clerk or an auditor may not change it; 0 and 31 are refused. */
  g_assert_false (hk_cheque_store_set_deadline_days (fixture->store, fixture->hall.clerk, 5,
                                                     &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (hk_cheque_store_set_deadline_days (fixture->store, fixture->hall.auditor, 5,
                                                     &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (hk_cheque_store_set_deadline_days (fixture->store, fixture->hall.supervisor, 0,
                                                     &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_cheque_store_set_deadline_days (fixture->store, fixture->hall.supervisor, 31,
                                                     &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (hk_cheque_store_set_deadline_days (fixture->store, fixture->hall.supervisor, 5,
                                                    &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hk_cheque_store_get_deadline_days (fixture->store), ==, 5);

  bounced = hk_cheque_store_bounce (fixture->store, fixture->hall.auditor, cheque, "印鉴不符",
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_cheque_get_deadline_day (bounced), ==, "2024-03-08");
}

static void
test_payer_warning (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);
  g_autoptr(HkCheque) cheque = deposited_cheque (fixture, "CQ-040", PAYER);
  g_autoptr(HkCheque) bounced = NULL;
  g_autofree char *warning = NULL;
  g_auto(GStrv) marked = NULL;

  /* Before any bounce, no warning. */
  warning = hk_cheque_store_check_payer (fixture->store, PAYER, &error);
  g_assert_no_error (error);
  g_assert_null (warning);

  bounced = hk_cheque_store_bounce (fixture->store, fixture->hall.auditor, cheque, "空头支票",
                                    &error);
  g_assert_no_error (error);

  /* The next cheque of that payer warns the clerk, however the name is spaced. */
  warning = hk_cheque_store_check_payer (fixture->store, " 杭州文三 贸易有限公司 ", &error);
  g_assert_no_error (error);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, "CQ-040"));
  g_assert_nonnull (strstr (warning, "not resolved"));
  g_clear_pointer (&warning, g_free);
  warning = hk_cheque_store_check_payer (fixture->store, "另一家公司", &error);
  g_assert_null (warning);

  marked = hk_cheque_store_list_marked_payers (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (marked), ==, 1);
  g_assert_cmpstr (marked[0], ==, PAYER);

  /* Only the auditor clears the mark, with a reason; then no warning. */
  g_assert_false (hk_cheque_store_clear_payer (fixture->store, fixture->hall.clerk, PAYER, "ok",
                                               &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (hk_cheque_store_clear_payer (fixture->store, fixture->hall.auditor, PAYER, "",
                                               &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hk_cheque_store_clear_payer (fixture->store, fixture->hall.auditor, PAYER,
                                              "已结清，恢复支票付款", &error));
  g_assert_no_error (error);
  warning = hk_cheque_store_check_payer (fixture->store, PAYER, &error);
  g_assert_null (warning);
  g_assert_false (hk_cheque_store_clear_payer (fixture->store, fixture->hall.auditor, PAYER,
                                               "again", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
}

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);
  g_autoptr(HkReceipt) receipt = sell_by_cheque (fixture, "CQ-050", "中国银行", PAYER);
  g_autoptr(HkCheque) cheque = cheque_of (fixture, receipt);
  HkOperator *actors[] = { fixture->hall.clerk, fixture->hall.supervisor };
  HkTestHallBefore before;

  hk_test_hall_remember (&fixture->hall, &before);

  /* Endorsing, clearing, bouncing and resolving are the auditor's. */
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      g_autoptr(HkCheque) refused = NULL;

      refused = hk_cheque_store_endorse (fixture->store, actors[i], cheque, "ICBC", &error);
      g_assert_null (refused);
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
      refused = hk_cheque_store_clear (fixture->store, actors[i], cheque, &error);
      g_assert_null (refused);
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
      refused = hk_cheque_store_bounce (fixture->store, actors[i], cheque, "x", &error);
      g_assert_null (refused);
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
      refused = hk_cheque_store_resolve (fixture->store, actors[i], cheque, "x", &error);
      g_assert_null (refused);
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
    }

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 8);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count (*) FROM audit_log WHERE action ="
                                      " 'permission-denied' AND entity = 'cheque'"), ==, 8);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  build_template ();

  g_test_add_func ("/cheque-store/deadline/working-days", test_working_days);

#define ADD(path, func) \
  g_test_add ("/cheque-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("from-receipt", test_from_receipt);
  ADD ("from-import", test_from_import);
  ADD ("states", test_states);
  ADD ("deadline/bounced", test_bounce_deadline);
  ADD ("deadline/setting", test_deadline_setting);
  ADD ("payer-warning", test_payer_warning);
  ADD ("permissions", test_permissions);

  status = g_test_run ();

  hk_test_hall_teardown (&hall_template);

  return status;
}
