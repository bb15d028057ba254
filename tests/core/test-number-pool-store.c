/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-number-pool-store.c: the number stock (号源): adding numbers, classes and prices, the
 * search by pattern and the indexes it reads, reservations and their expiry (computed when
 * read, written down at the next change), sales on receipts and voids, and who may do what. */

#include "config.h"

#include <string.h>

#include "core/hk-context.h"
#include "core/hk-error.h"
#include "core/hk-number-pool-private.h"
#include "core/hk-number-pool-store.h"
#include "hk-test-hall.h"

/* 2024-03-01 09:00 in Asia/Shanghai (UTC+8); 2024-03-02 00:00 is the end of DAY1. */
#define DAY1_9AM 1709254800
#define DAY1_END (DAY1_9AM + 15 * 3600)
#define DAY1 "2024-03-01"
#define DAY2 "2024-03-02"
#define HOUR 3600

#define SELECTION_FEE 5000

typedef struct
{
  HkTestHall         hall;
  HkNumberPoolStore *store;
  gint64             fee_item;
} Fixture;

static HkTestHall hall_template;

static void
on_store_changed_cb (HkNumberPoolStore *store,
                     Fixture           *fixture)
{
  fixture->hall.n_changed++;
}

static void
build_template (void)
{
  HkTestHall *hall = &hall_template;

  hk_test_hall_setup (hall, DAY1_9AM - 2 * HOUR);
  hall->supervisor = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_SUPERVISOR);
  hall->auditor = hk_test_hall_insert_operator (hall, "zhaomin", HK_ROLE_AUDITOR);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  hall->clerk2 = hk_test_hall_insert_operator (hall, "liuyang", HK_ROLE_CLERK);
  hk_test_hall_add_fee_item (hall, "SVC-XH", "选号费", HK_FEE_CATEGORY_SERVICE, SELECTION_FEE,
                             "2024-01-01");
  hk_test_hall_give_numbers (hall, hall->clerk, "1234567890", 1, 500);
}

static void
add (Fixture       *fixture,
     const char    *first,
     const char    *last,
     HkNumberClass  number_class,
     gint64         price)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (hk_number_pool_store_add_range (fixture->store, fixture->hall.supervisor, first,
                                                 last, number_class, price, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 0);
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  hk_test_hall_setup_copy (&fixture->hall, &hall_template, DAY1_9AM - HOUR);
  fixture->store = g_object_ref (hk_context_get_number_pool_store (fixture->hall.context));
  fixture->fee_item = hk_test_hall_find_fee_item (&fixture->hall, "SVC-XH");

  /* 100 ordinary numbers 13800138000-099, and three premium ones. */
  add (fixture, "13800138000", "13800138099", HK_NUMBER_ORDINARY, 0);
  add (fixture, "13912348888", NULL, HK_NUMBER_PREMIUM, 88800);
  add (fixture, "13588888888", NULL, HK_NUMBER_PREMIUM, 888800);
  add (fixture, "18600005200", NULL, HK_NUMBER_PREMIUM, 52000);

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

static HkPoolNumber *
lookup (Fixture    *fixture,
        const char *number)
{
  g_autoptr(GError) error = NULL;
  HkPoolNumber *found = hk_number_pool_store_lookup (fixture->store, number, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);

  return found;
}

static char *
search (Fixture    *fixture,
        const char *pattern,
        int         state,
        int         number_class)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  GString *out = g_string_new (NULL);

  found = hk_number_pool_store_search (fixture->store, pattern, state, number_class, 0, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "",
                            hk_pool_number_get_number (g_ptr_array_index (found, i)));

  return g_string_free (out, FALSE);
}

static HkPoolNumber *
reserve (Fixture     *fixture,
         const char  *number,
         const char  *until,
         GError     **error)
{
  return hk_number_pool_store_reserve (fixture->store, fixture->hall.clerk, number, "王先生",
                                       "13912345678", until, error);
}

/* ---- adding ---- */

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkPoolNumber) premium = lookup (fixture, "13912348888");
  HkNumberPoolSummary summary;
  HkTestHallBefore before;
  static const struct
  {
    const char    *first;
    const char    *last;
    HkNumberClass  number_class;
    gint64         price;
    int            code;
  } refused[] = {
    { "13800138050", "13800138150", HK_NUMBER_ORDINARY, 0, HK_ERROR_CONFLICT },  /* overlaps */
    { "13700000000", NULL, HK_NUMBER_PREMIUM, 0, HK_ERROR_INVALID },       /* premium, no price */
    { "13700000000", NULL, HK_NUMBER_ORDINARY, 100, HK_ERROR_INVALID },    /* ordinary, priced */
    { "1370000000", NULL, HK_NUMBER_ORDINARY, 0, HK_ERROR_INVALID },       /* 10 digits */
    { "23700000000", NULL, HK_NUMBER_ORDINARY, 0, HK_ERROR_INVALID },      /* not a 1 */
    { "13700000009", "13700000000", HK_NUMBER_ORDINARY, 0, HK_ERROR_INVALID },  /* downwards */
  };

  g_assert_cmpint (hk_pool_number_get_number_class (premium), ==, HK_NUMBER_PREMIUM);
  g_assert_cmpint (hk_pool_number_get_price (premium), ==, 88800);
  g_assert_cmpint (hk_pool_number_get_state (premium), ==, HK_NUMBER_AVAILABLE);

  g_assert_true (hk_number_pool_store_summarize (fixture->store, &summary, &error));
  g_assert_cmpint (summary.counts[HK_NUMBER_ORDINARY][HK_NUMBER_AVAILABLE], ==, 100);
  g_assert_cmpint (summary.counts[HK_NUMBER_PREMIUM][HK_NUMBER_AVAILABLE], ==, 3);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "pool_number_events"), ==, 103);
  hk_test_hall_assert_last_audit (&fixture->hall, "numbers-added", fixture->hall.supervisor,
                                  "pool-number", 0, "18600005200");

  hk_test_hall_remember (&fixture->hall, &before);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("%s-%s", refused[i].first, refused[i].last ? refused[i].last : "");
      g_assert_false (hk_number_pool_store_add_range (fixture->store, fixture->hall.supervisor,
                                                      refused[i].first, refused[i].last,
                                                      refused[i].number_class, refused[i].price,
                                                      NULL, &error));
      g_assert_error (error, HK_ERROR, refused[i].code);
      g_clear_error (&error);
    }
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

/* ---- search ---- */

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) refused = NULL;
  g_autofree char *found = NULL;

  /* Ending in 8888, written either way. */
  found = search (fixture, "*8888", -1, -1);
  g_assert_cmpstr (found, ==, "13588888888 13912348888");
  g_clear_pointer (&found, g_free);
  found = search (fixture, "8888", -1, -1);
  g_assert_cmpstr (found, ==, "13588888888 13912348888");
  g_clear_pointer (&found, g_free);

  /* Beginning with, one digit anywhere, anything in the middle. */
  found = search (fixture, "1380013800?", -1, -1);
  g_assert_cmpstr (found, ==, "13800138000 13800138001 13800138002 13800138003 13800138004 "
                              "13800138005 13800138006 13800138007 13800138008 13800138009");
  g_clear_pointer (&found, g_free);
  found = search (fixture, "*520*", -1, -1);
  g_assert_cmpstr (found, ==, "18600005200");
  g_clear_pointer (&found, g_free);
  found = search (fixture, "13800138099", -1, -1);
  g_assert_cmpstr (found, ==, "13800138099");
  g_clear_pointer (&found, g_free);

  /* By class and state. */
  found = search (fixture, "*88", -1, HK_NUMBER_ORDINARY);
  g_assert_cmpstr (found, ==, "13800138088");
  g_clear_pointer (&found, g_free);
  found = search (fixture, NULL, HK_NUMBER_AVAILABLE, HK_NUMBER_PREMIUM);
  g_assert_cmpstr (found, ==, "13588888888 13912348888 18600005200");
  g_clear_pointer (&found, g_free);
  found = search (fixture, NULL, HK_NUMBER_SOLD, -1);
  g_assert_cmpstr (found, ==, "");

  refused = hk_number_pool_store_search (fixture->store, "138-0013", -1, -1, 0, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
}

/* What SQLite says it does with a query: "ending in" reads the reversed index, "beginning
 * with" the number's, neither scans the table. */
static char *
query_plan (HkDatabase *database,
            const char *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);

  stmt = hk_database_prepare (database, explain, &error);
  g_assert_no_error (error);
  while (hk_statement_step (stmt, &error))
    g_string_append_printf (out, "%s\n", hk_statement_get_text (stmt, 3));
  g_assert_no_error (error);

  return g_string_free (out, FALSE);
}

static void
test_search_index (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *suffix = query_plan (fixture->hall.db.database,
                                        HK_NUMBER_POOL_SEARCH_SUFFIX_SQL);
  g_autofree char *prefix = query_plan (fixture->hall.db.database,
                                        HK_NUMBER_POOL_SEARCH_PREFIX_SQL);

  g_test_message ("suffix: %s", suffix);
  g_test_message ("prefix: %s", prefix);
  g_assert_nonnull (strstr (suffix, "USING INDEX pool_numbers_reversed (reversed>? AND "
                                    "reversed<?)"));
  g_assert_nonnull (strstr (prefix, "(number>? AND number<?)"));
  g_assert_null (strstr (suffix, "SCAN pool_numbers"));
  g_assert_null (strstr (prefix, "SCAN pool_numbers\n"));
}

/* ---- reservations ---- */

static void
test_reserve (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkPoolNumber) reserved = NULL;
  g_autoptr(HkPoolNumber) refused = NULL;
  g_autoptr(HkPoolNumber) released = NULL;
  g_autofree char *masked = NULL;
  gint64 day2_start = 0;
  HkTestHallBefore before;

  set_now (fixture, DAY1_9AM);
  reserved = reserve (fixture, "13912348888", DAY1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_pool_number_get_state (reserved), ==, HK_NUMBER_RESERVED);
  g_assert_cmpstr (hk_pool_number_get_reserved_for (reserved), ==, "王先生");
  masked = hk_pool_number_dup_masked_phone (reserved);
  g_assert_cmpstr (masked, !=, "13912345678");
  g_assert_true (hk_hall_store_parse_day (hk_context_get_hall_store (fixture->hall.context), DAY2,
                                          &day2_start, NULL, NULL));
  g_assert_cmpint (hk_pool_number_get_reserved_until (reserved), ==, day2_start);
  hk_test_hall_assert_last_audit (&fixture->hall, "number-reserved", fixture->hall.clerk,
                                  "pool-number", hk_pool_number_get_id (reserved),
                                  "until 2024-03-01");

  hk_test_hall_remember (&fixture->hall, &before);

  /* Taken already; yesterday; more than 30 days ahead; no customer; no phone. */
  refused = reserve (fixture, "13912348888", DAY1, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "not available");
  g_clear_error (&error);
  refused = reserve (fixture, "13800138000", "2024-02-29", &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  refused = reserve (fixture, "13800138000", "2024-04-01", &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  refused = hk_number_pool_store_reserve (fixture->store, fixture->hall.clerk, "13800138000",
                                          " ", "13912345678", DAY2, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  refused = hk_number_pool_store_reserve (fixture->store, fixture->hall.clerk, "13800138000",
                                          "王先生", "", DAY2, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  refused = hk_number_pool_store_release (fixture->store, fixture->hall.clerk, "13800138000",
                                          "客户不要了", &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "not reserved");
  g_clear_error (&error);

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  /* A release needs a reason, and makes it available. */
  released = hk_number_pool_store_release (fixture->store, fixture->hall.clerk2, "13912348888",
                                           "", &error);
  g_assert_null (released);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  released = hk_number_pool_store_release (fixture->store, fixture->hall.clerk2, "13912348888",
                                           "客户改选其他号码", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_pool_number_get_state (released), ==, HK_NUMBER_AVAILABLE);
  g_assert_null (hk_pool_number_get_reserved_for (released));
}

static char *
history_kinds (Fixture    *fixture,
               const char *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  GString *out = g_string_new (NULL);

  events = hk_number_pool_store_history (fixture->store, number, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < events->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "",
                            ((HkNumberEvent *)g_ptr_array_index (events, i))->kind);

  return g_string_free (out, FALSE);
}

static void
test_reservation_expiry (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkPoolNumber) reserved = NULL;
  g_autoptr(HkPoolNumber) before_end = NULL;
  g_autoptr(HkPoolNumber) at_end = NULL;
  g_autoptr(HkPoolNumber) again = NULL;
  g_autofree char *kinds = NULL;
  g_autofree char *state = NULL;
  g_autofree char *found = NULL;
  g_autoptr(GPtrArray) events = NULL;

  set_now (fixture, DAY1_9AM);
  reserved = reserve (fixture, "13588888888", DAY1, &error);
  g_assert_no_error (error);

  /* One second before the end of its last day it is still reserved. */
  set_now (fixture, DAY1_END - 1);
  before_end = lookup (fixture, "13588888888");
  g_assert_cmpint (hk_pool_number_get_state (before_end), ==, HK_NUMBER_RESERVED);
  g_assert_false (hk_pool_number_get_reservation_expired (before_end));
  found = search (fixture, "*8888", HK_NUMBER_AVAILABLE, -1);
  g_assert_cmpstr (found, ==, "13912348888");
  g_clear_pointer (&found, g_free);

  /* At midnight it reads as available, and is found as such, though nothing was written. */
  set_now (fixture, DAY1_END);
  at_end = lookup (fixture, "13588888888");
  g_assert_cmpint (hk_pool_number_get_state (at_end), ==, HK_NUMBER_AVAILABLE);
  g_assert_true (hk_pool_number_get_reservation_expired (at_end));
  found = search (fixture, "*8888", HK_NUMBER_AVAILABLE, -1);
  g_assert_cmpstr (found, ==, "13588888888 13912348888");
  state = hk_test_query_text (fixture->hall.db.database,
                              "SELECT state FROM pool_numbers WHERE number = '13588888888'");
  g_assert_cmpstr (state, ==, "reserved");

  /* Its history shows the expiry, computed, at the moment it ran out. */
  kinds = history_kinds (fixture, "13588888888");
  g_assert_cmpstr (kinds, ==, "added reserved expired");
  g_clear_pointer (&kinds, g_free);
  events = hk_number_pool_store_history (fixture->store, "13588888888", &error);
  g_assert_cmpint (((HkNumberEvent *)g_ptr_array_index (events, 2))->at, ==, DAY1_END);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "pool_number_events"), ==, 104);

  /* Another customer reserves it: the expiry is written down first, then the reservation. */
  set_now (fixture, DAY1_END + 10 * HOUR);
  again = hk_number_pool_store_reserve (fixture->store, fixture->hall.clerk2, "13588888888",
                                        "李女士", "13700001111", DAY2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_pool_number_get_reserved_for (again), ==, "李女士");
  kinds = history_kinds (fixture, "13588888888");
  g_assert_cmpstr (kinds, ==, "added reserved expired reserved");
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT at FROM pool_number_events WHERE kind = 'expired'"),
                   ==, DAY1_END);
}

/* ---- sales ---- */

static HkReceipt *
sell_number (Fixture     *fixture,
             const char  *number,
             gint64       quantity,
             gint64       total,
             const char  *phone,
             GError     **error)
{
  HkReceiptLineInput line = {
    .fee_item_id = fixture->fee_item,
    .quantity = quantity,
    .number = number,
  };
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, total, NULL };

  return hk_receipt_store_issue (fixture->hall.receipts, fixture->hall.clerk, NULL, &line, 1,
                                 &payment, 1, phone, error);
}

static void
test_sale (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) ordinary = NULL;
  g_autoptr(HkReceipt) premium = NULL;
  g_autoptr(HkReceipt) refused = NULL;
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(HkPoolNumber) sold = NULL;
  g_autoptr(HkPoolNumber) reserved = NULL;
  g_autoptr(HkPoolNumber) back = NULL;
  g_autofree char *kinds = NULL;
  HkTestHallBefore before;

  set_now (fixture, DAY1_9AM);
  shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);

  /* An ordinary number on the line of its fee item, at the tariff. */
  ordinary = sell_number (fixture, "13800138001", 1, SELECTION_FEE, NULL, &error);
  g_assert_no_error (error);
  sold = lookup (fixture, "13800138001");
  g_assert_cmpint (hk_pool_number_get_state (sold), ==, HK_NUMBER_SOLD);
  g_assert_cmpint (hk_pool_number_get_receipt_id (sold), ==, hk_receipt_get_id (ordinary));

  /* A premium number's line is charged its price, not the fee item's. */
  premium = sell_number (fixture, "13912348888", 1, 88800, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_receipt_get_total (premium), ==, 88800);

  /* A reserved number goes only to the customer it is kept for. */
  reserved = reserve (fixture, "13588888888", DAY2, &error);
  g_assert_no_error (error);

  hk_test_hall_remember (&fixture->hall, &before);
  refused = sell_number (fixture, "13588888888", 1, 888800, "13700001111", &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "reserved for another customer");
  g_clear_error (&error);
  refused = sell_number (fixture, "13588888888", 1, 888800, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);
  /* Sold already; not in the stock; two of one number. */
  refused = sell_number (fixture, "13800138001", 1, SELECTION_FEE, NULL, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "Sold");
  g_clear_error (&error);
  refused = sell_number (fixture, "13700000000", 1, SELECTION_FEE, NULL, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND, "Line 1");
  g_clear_error (&error);
  refused = sell_number (fixture, "13800138002", 2, 2 * SELECTION_FEE, NULL, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_INVALID, "quantity of 1");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  {
    g_autoptr(HkReceipt) theirs = sell_number (fixture, "13588888888", 1, 888800,
                                               "139-1234-5678", &error);

    g_assert_no_error (error);
    g_assert_nonnull (theirs);

    /* Voided the same day while the reservation still runs: reserved again. */
    voided = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, theirs,
                                    "客户改天再办", &error);
    g_assert_no_error (error);
  }
  back = lookup (fixture, "13588888888");
  g_assert_cmpint (hk_pool_number_get_state (back), ==, HK_NUMBER_RESERVED);
  kinds = history_kinds (fixture, "13588888888");
  g_assert_cmpstr (kinds, ==, "added reserved sold sale-voided");

  /* A void of a number that was available makes it available again. */
  {
    g_autoptr(HkReceipt) undone = NULL;
    g_autoptr(HkPoolNumber) free_again = NULL;

    undone = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, ordinary,
                                    "办错号码", &error);
    g_assert_no_error (error);
    free_again = lookup (fixture, "13800138001");
    g_assert_cmpint (hk_pool_number_get_state (free_again), ==, HK_NUMBER_AVAILABLE);
    g_assert_cmpint (hk_pool_number_get_receipt_id (free_again), ==, 0);
  }
}

static void
test_class_and_return (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkPoolNumber) changed = NULL;
  g_autoptr(HkPoolNumber) returned = NULL;
  g_autoptr(HkPoolNumber) refused = NULL;
  g_autoptr(HkPoolNumber) reserved = NULL;
  HkNumberPoolSummary summary;

  changed = hk_number_pool_store_set_class (fixture->store, fixture->hall.supervisor,
                                            "13800138066", HK_NUMBER_PREMIUM, 6600, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_pool_number_get_price (changed), ==, 6600);

  returned = hk_number_pool_store_return (fixture->store, fixture->hall.supervisor,
                                          "13800138000", "市公司收回", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_pool_number_get_state (returned), ==, HK_NUMBER_RETURNED);

  /* A returned number is neither reserved nor given a class again; a reserved one is not
   * returned. */
  refused = reserve (fixture, "13800138000", DAY2, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);
  refused = hk_number_pool_store_set_class (fixture->store, fixture->hall.supervisor,
                                            "13800138000", HK_NUMBER_ORDINARY, 0, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);
  reserved = reserve (fixture, "13800138001", DAY1, &error);
  g_assert_no_error (error);
  refused = hk_number_pool_store_return (fixture->store, fixture->hall.supervisor, "13800138001",
                                         "收回", &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "only an available number");
  g_clear_error (&error);

  g_assert_true (hk_number_pool_store_summarize (fixture->store, &summary, &error));
  g_assert_cmpint (summary.counts[HK_NUMBER_ORDINARY][HK_NUMBER_RETURNED], ==, 1);
  g_assert_cmpint (summary.counts[HK_NUMBER_ORDINARY][HK_NUMBER_RESERVED], ==, 1);
  g_assert_cmpint (summary.counts[HK_NUMBER_PREMIUM][HK_NUMBER_AVAILABLE], ==, 4);
}

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkPoolNumber) refused = NULL;
  HkTestHallBefore before;

  hk_test_hall_remember (&fixture->hall, &before);

  /* Adding, classes and returns are the supervisor's; reservations the clerks' and his. */
  g_assert_false (hk_number_pool_store_add_range (fixture->store, fixture->hall.clerk,
                                                  "13700000000", NULL, HK_NUMBER_ORDINARY, 0,
                                                  NULL, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  refused = hk_number_pool_store_set_class (fixture->store, fixture->hall.clerk, "13800138000",
                                            HK_NUMBER_PREMIUM, 100, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  refused = hk_number_pool_store_return (fixture->store, fixture->hall.clerk, "13800138000",
                                         "x", &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  refused = hk_number_pool_store_reserve (fixture->store, fixture->hall.auditor, "13800138000",
                                          "王先生", "13912345678", DAY1, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  refused = hk_number_pool_store_release (fixture->store, NULL, "13800138000", "x", &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 5);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  build_template ();

#define ADD(path, func) \
  g_test_add ("/number-pool-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("add", test_add);
  ADD ("search", test_search);
  ADD ("search-index", test_search_index);
  ADD ("reserve", test_reserve);
  ADD ("reservation-expiry", test_reservation_expiry);
  ADD ("sale", test_sale);
  ADD ("class-and-return", test_class_and_return);
  ADD ("permissions", test_permissions);

  status = g_test_run ();

  hk_test_hall_teardown (&hall_template);

  return status;
}
