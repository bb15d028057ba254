/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-card-stock-store.c: card stock by serial ranges: card types, requisitions, segments that
 * split and merge as runs move, sales on receipt lines (a serial sold twice is refused), voids,
 * the handover equation at each shift, the day's count, and who may do what. */

#include "config.h"

#include <string.h>

#include "core/hk-card-stock-store.h"
#include "core/hk-context.h"
#include "core/hk-error.h"
#include "core/hk-receipt-import.h"
#include "hk-test-hall.h"

/* 2024-03-01 09:00 and 2024-03-02 09:00 in Asia/Shanghai (UTC+8). */
#define DAY1_9AM 1709254800
#define DAY2_9AM (DAY1_9AM + 86400)
#define DAY1 "2024-03-01"
#define DAY2 "2024-03-02"
#define HOUR 3600

#define SIM_PRICE 2000
#define VC_PRICE 5000

typedef struct
{
  HkTestHall        hall;
  HkCardStockStore *store;
  HkCardType       *sim;
  HkCardType       *vc;
  gint64            sim_item;
  gint64            vc_item;
  gint64            service_item;
  HkOperator       *zhangli;
  HkOperator       *liuyang;
} Fixture;

static HkTestHall hall_template;

/* A SIM card's 20-digit ICCID: prefix 89860 and a 15-digit running number. */
static char *
sim (int n)
{
  return g_strdup_printf ("8986002401%010d", n);
}

static char *
sims (int first,
      int last)
{
  g_autofree char *a = sim (first);
  g_autofree char *b = sim (last);

  return g_strdup_printf ("%s-%s", a, b);
}

/* A value card's 16-digit serial. */
static char *
vc (int n)
{
  return g_strdup_printf ("5000771%09d", n);
}

static void
on_store_changed_cb (HkCardStockStore *store,
                     Fixture          *fixture)
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
  hall->manager = hk_test_hall_insert_operator (hall, "zhengwei", HK_ROLE_DUTY_MANAGER);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  hall->clerk2 = hk_test_hall_insert_operator (hall, "liuyang", HK_ROLE_CLERK);

  hk_test_hall_add_fee_item (hall, "SIM-5G", "5G SIM卡", HK_FEE_CATEGORY_SIM_CARD, SIM_PRICE,
                             "2024-01-01");
  hk_test_hall_add_fee_item (hall, "VC-050", "有价卡 50元", HK_FEE_CATEGORY_VALUE_CARD, VC_PRICE,
                             "2024-01-01");
  hk_test_hall_add_fee_item (hall, "SVC-BK", "补卡费", HK_FEE_CATEGORY_SERVICE, 1000,
                             "2024-01-01");
  hk_test_hall_give_numbers (hall, hall->clerk, "1234567890", 1, 500);
  hk_test_hall_give_numbers (hall, hall->clerk2, "1234567890", 501, 1000);
}

static HkCardType *
add_type (Fixture    *fixture,
          const char *code,
          HkCardKind  kind,
          gint64      face_value,
          guint       length,
          gint64      fee_item)
{
  g_autoptr(GError) error = NULL;
  HkCardType *type;

  type = hk_card_stock_store_add_type (fixture->store, fixture->hall.supervisor, code, code, kind,
                                       face_value, length, fee_item, &error);
  g_assert_no_error (error);
  g_assert_nonnull (type);

  return type;
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  hk_test_hall_setup_copy (&fixture->hall, &hall_template, DAY1_9AM - HOUR);
  fixture->store = g_object_ref (hk_context_get_card_stock_store (fixture->hall.context));
  fixture->zhangli = g_object_ref (fixture->hall.clerk);
  fixture->liuyang = g_object_ref (fixture->hall.clerk2);
  fixture->sim_item = hk_test_hall_find_fee_item (&fixture->hall, "SIM-5G");
  fixture->vc_item = hk_test_hall_find_fee_item (&fixture->hall, "VC-050");
  fixture->service_item = hk_test_hall_find_fee_item (&fixture->hall, "SVC-BK");

  fixture->sim = add_type (fixture, "SIM-5G", HK_CARD_KIND_SIM, 0, 20, fixture->sim_item);
  fixture->vc = add_type (fixture, "VC-050", HK_CARD_KIND_VALUE, 5000, 16, fixture->vc_item);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_store_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_signal_handlers_disconnect_by_data (fixture->store, fixture);
  g_clear_object (&fixture->sim);
  g_clear_object (&fixture->vc);
  g_clear_object (&fixture->zhangli);
  g_clear_object (&fixture->liuyang);
  g_clear_object (&fixture->store);
  hk_test_hall_teardown (&fixture->hall);
}

static void
set_now (Fixture *fixture,
         gint64   now)
{
  hk_database_set_now (fixture->hall.db.database, now);
}

/* Requisitions @quantity cards and receives @serials on it, all at once. */
static void
stock_up (Fixture    *fixture,
          HkCardType *type,
          gint64      quantity,
          const char *serials)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkCardRequisition) requisition = NULL;
  g_autoptr(HkCardRequisition) received = NULL;

  requisition = hk_card_stock_store_request (fixture->store, fixture->hall.supervisor, type,
                                             quantity, "城东公司 2024-03", &error);
  g_assert_no_error (error);
  received = hk_card_stock_store_receive (fixture->store, fixture->hall.supervisor, requisition,
                                          serials, &error);
  g_assert_no_error (error);
  g_assert_nonnull (received);
}

static void
allocate (Fixture    *fixture,
          HkCardType *type,
          const char *serials,
          HkOperator *clerk)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hk_card_stock_store_allocate (fixture->store, fixture->hall.supervisor, type,
                                               serials, clerk, &error));
  g_assert_no_error (error);
}

/* The segments of a type as "holder:first-last" (running numbers), in order. */
static char *
dump_segments (Fixture    *fixture,
               HkCardType *type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) segments = NULL;
  GString *out = g_string_new (NULL);

  segments = hk_card_stock_store_list_segments (fixture->store, hk_card_type_get_id (type), -1,
                                                &error);
  g_assert_no_error (error);

  for (guint i = 0; i < segments->len; i++)
    {
      HkCardSegment *segment = g_ptr_array_index (segments, i);
      const char *holder = segment->holder_id == 0 ? "hall"
                           : segment->holder_id == hk_operator_get_id (fixture->zhangli)
                           ? "zhangli" : "liuyang";

      g_string_append_printf (out, "%s%s:%lld-%lld", i > 0 ? " " : "", holder,
                              (long long)(segment->first_no % 100000),
                              (long long)(segment->last_no % 100000));
    }

  return g_string_free (out, FALSE);
}

static HkShift *
open_shift (Fixture    *fixture,
            HkOperator *clerk)
{
  return hk_test_hall_open_shift (&fixture->hall, clerk, 0);
}

/* A receipt of one card line naming @serials, paid in cash; NULL and @error when refused. */
static HkReceipt *
sell (Fixture     *fixture,
      HkOperator  *clerk,
      gint64       fee_item,
      gint64       quantity,
      gint64       price,
      const char  *serials,
      GError     **error)
{
  HkReceiptLineInput line = {
    .fee_item_id = fee_item,
    .quantity = quantity,
    .serials = serials,
  };
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, quantity * price, NULL };

  return hk_receipt_store_issue (fixture->hall.receipts, clerk, NULL, &line, 1, &payment, 1, NULL,
                                 error);
}

static HkReceipt *
sell_ok (Fixture    *fixture,
         HkOperator *clerk,
         gint64      quantity,
         const char *serials)
{
  g_autoptr(GError) error = NULL;
  HkReceipt *receipt = sell (fixture, clerk, fixture->sim_item, quantity, SIM_PRICE, serials,
                             &error);

  g_assert_no_error (error);
  g_assert_nonnull (receipt);

  return receipt;
}

static gint64
held (Fixture    *fixture,
      HkCardType *type,
      HkOperator *holder)
{
  g_autoptr(GError) error = NULL;
  gint64 n;

  n = hk_card_stock_store_count_held (fixture->store, hk_card_type_get_id (type),
                                      holder != NULL ? hk_operator_get_id (holder) : 0, &error);
  g_assert_no_error (error);

  return n;
}

/* ---- serials ---- */

static void
test_serials (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  g_autofree char *text = NULL;
  g_autofree char *a = sim (1);
  g_autofree char *b = sim (5);
  g_autofree char *c = sim (6);
  g_autofree char *d = sim (9);
  g_autofree char *e = sim (20);
  g_autofree char *joined = NULL;
  g_autofree char *prefix = NULL;
  gint64 number = 0;
  static const char *bad[] = {
    "898600240100000000",                             /* 18 digits */
    "8986002401000000000X",                           /* not a digit */
    "89860024010000000009-89860024010000000001",      /* downwards */
    "89860024010000000001-99860024010000000009",      /* across prefixes */
    "89860024010000000001-89860024010000000003-89860024010000000004",
    "",
    " , ;",
  };

  /* A 20-digit ICCID is a 5-digit prefix and a 15-digit running number. */
  g_assert_true (hk_card_type_parse_serial (fixture->sim, a, &prefix, &number, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (prefix, ==, "89860");
  g_assert_cmpint (number, ==, 24010000000001);

  /* Runs, single serials and line breaks; adjoining runs are joined, in order. */
  joined = g_strdup_printf ("%s\n%s-%s；%s-%s", e, c, d, a, b);
  runs = hk_card_type_parse_serials (fixture->sim, joined, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runs->len, ==, 2);
  g_assert_cmpint (hk_card_runs_count (runs), ==, 10);
  text = hk_card_type_format_runs (fixture->sim, runs);
  {
    g_autofree char *expected = g_strdup_printf ("%s-%s, %s", a, d, e);

    g_assert_cmpstr (text, ==, expected);
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GPtrArray) refused = NULL;

      g_test_message ("serials “%s”", bad[i]);
      refused = hk_card_type_parse_serials (fixture->sim, bad[i], &error);
      g_assert_null (refused);
      g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
      g_clear_error (&error);
    }

  /* A serial named twice. */
  {
    g_autofree char *twice = g_strdup_printf ("%s-%s, %s", a, c, b);
    g_autoptr(GPtrArray) refused = hk_card_type_parse_serials (fixture->sim, twice, &error);

    g_assert_null (refused);
    hk_test_assert_error (error, HK_ERROR_INVALID, "named twice");
  }
}

/* ---- card types ---- */

static void
test_types (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) types = NULL;
  HkCardType *refused;
  HkTestHallBefore before;

  types = hk_card_stock_store_list_types (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (types->len, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (hk_card_stock_store_get_types (fixture->store)), ==,
                    2);
  g_assert_cmpint (hk_card_type_get_kind (fixture->vc), ==, HK_CARD_KIND_VALUE);
  g_assert_cmpint (hk_card_type_get_face_value (fixture->vc), ==, 5000);
  g_assert_cmpint (hk_card_type_get_fee_item_id (fixture->sim), ==, fixture->sim_item);
  hk_test_hall_assert_last_audit (&fixture->hall, "card-type-added", fixture->hall.supervisor,
                                  "card-type", hk_card_type_get_id (fixture->vc), "VC-050");

  hk_test_hall_remember (&fixture->hall, &before);

  /* The same code; a SIM card with a face value; a value card without; a fee item of another
   * category; a fee item that sells another type already; serials of 30 digits. */
  refused = hk_card_stock_store_add_type (fixture->store, fixture->hall.supervisor, "SIM-5G", "x",
                                          HK_CARD_KIND_SIM, 0, 20, 0, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "SIM-5G");
  g_clear_error (&error);
  refused = hk_card_stock_store_add_type (fixture->store, fixture->hall.supervisor, "SIM-X", "x",
                                          HK_CARD_KIND_SIM, 100, 20, 0, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  refused = hk_card_stock_store_add_type (fixture->store, fixture->hall.supervisor, "VC-X", "x",
                                          HK_CARD_KIND_VALUE, 0, 16, 0, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  refused = hk_card_stock_store_add_type (fixture->store, fixture->hall.supervisor, "SIM-Y", "x",
                                          HK_CARD_KIND_SIM, 0, 20, fixture->service_item, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_INVALID, "SVC-BK");
  g_clear_error (&error);
  refused = hk_card_stock_store_add_type (fixture->store, fixture->hall.supervisor, "SIM-Z", "x",
                                          HK_CARD_KIND_SIM, 0, 20, fixture->sim_item, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "SIM-5G");
  g_clear_error (&error);
  refused = hk_card_stock_store_add_type (fixture->store, fixture->hall.supervisor, "SIM-W", "x",
                                          HK_CARD_KIND_SIM, 0, 30, 0, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

/* ---- requisitions ---- */

static void
test_requisition (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkCardRequisition) requisition = NULL;
  g_autoptr(HkCardRequisition) partly = NULL;
  g_autoptr(HkCardRequisition) full = NULL;
  g_autoptr(HkCardRequisition) refused = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autofree char *first = sims (1, 60);
  g_autofree char *rest = sims (61, 100);
  g_autofree char *again = sims (50, 70);
  g_autofree char *more = sims (101, 200);
  HkTestHallBefore before;

  requisition = hk_card_stock_store_request (fixture->store, fixture->hall.supervisor,
                                             fixture->sim, 100, "", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_card_requisition_get_status (requisition), ==,
                   HK_CARD_REQUISITION_REQUESTED);

  /* It arrives in two parts. */
  partly = hk_card_stock_store_receive (fixture->store, fixture->hall.supervisor, requisition,
                                        first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_card_requisition_get_received (partly), ==, 60);
  g_assert_cmpint (hk_card_requisition_get_status (partly), ==, HK_CARD_REQUISITION_PARTLY);
  g_assert_cmpint (held (fixture, fixture->sim, NULL), ==, 60);

  hk_test_hall_remember (&fixture->hall, &before);

  /* Serials received already, even in part, are refused; and more than was asked for. */
  refused = hk_card_stock_store_receive (fixture->store, fixture->hall.supervisor, partly, again,
                                         &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "received already");
  g_clear_error (&error);
  refused = hk_card_stock_store_receive (fixture->store, fixture->hall.supervisor, partly, more,
                                         &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_INVALID, "too many");
  g_clear_error (&error);

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  full = hk_card_stock_store_receive (fixture->store, fixture->hall.supervisor, partly, rest,
                                      &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_card_requisition_get_status (full), ==, HK_CARD_REQUISITION_RECEIVED);
  hk_test_hall_assert_last_audit (&fixture->hall, "cards-received", fixture->hall.supervisor,
                                  "card-requisition", hk_card_requisition_get_id (full),
                                  "40 cards");

  /* The two parts are one run of the hall's stock again. */
  {
    g_autofree char *segments = dump_segments (fixture, fixture->sim);

    g_assert_cmpstr (segments, ==, "hall:1-100");
  }

  /* Nothing is open any more; a new requisition closed short needs a reason. */
  open = hk_card_stock_store_list_requisitions (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 0);
  {
    g_autoptr(HkCardRequisition) other = NULL;
    g_autoptr(HkCardRequisition) closed = NULL;

    other = hk_card_stock_store_request (fixture->store, fixture->hall.supervisor, fixture->vc,
                                         500, NULL, &error);
    g_assert_no_error (error);
    closed = hk_card_stock_store_close_requisition (fixture->store, fixture->hall.supervisor,
                                                    other, "  ", &error);
    g_assert_null (closed);
    g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
    g_clear_error (&error);
    closed = hk_card_stock_store_close_requisition (fixture->store, fixture->hall.supervisor,
                                                    other, "市公司缺货", &error);
    g_assert_no_error (error);
    g_assert_cmpint (hk_card_requisition_get_status (closed), ==, HK_CARD_REQUISITION_CLOSED);
  }
}

/* ---- segments split and merge ---- */

static void
test_split_merge (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *middle = sims (21, 30);
  g_autofree char *next = sims (31, 40);
  g_autofree char *back = sims (35, 40);
  g_autofree char *other = sims (41, 45);
  g_autofree char *segments = NULL;

  stock_up (fixture, fixture->sim, 100, all);

  /* From the middle of the stock's run: it splits in two around the clerk's. */
  allocate (fixture, fixture->sim, middle, fixture->zhangli);
  segments = dump_segments (fixture, fixture->sim);
  g_assert_cmpstr (segments, ==, "hall:1-20 zhangli:21-30 hall:31-100");
  g_clear_pointer (&segments, g_free);

  /* The next run to the same clerk joins theirs. */
  allocate (fixture, fixture->sim, next, fixture->zhangli);
  segments = dump_segments (fixture, fixture->sim);
  g_assert_cmpstr (segments, ==, "hall:1-20 zhangli:21-40 hall:41-100");
  g_clear_pointer (&segments, g_free);

  /* Another clerk's run right after does not join. */
  allocate (fixture, fixture->sim, other, fixture->liuyang);
  segments = dump_segments (fixture, fixture->sim);
  g_assert_cmpstr (segments, ==, "hall:1-20 zhangli:21-40 liuyang:41-45 hall:46-100");
  g_clear_pointer (&segments, g_free);

  /* Part of a clerk's run comes back: it splits the clerk's run and stays apart from the
   * stock (liuyang's run is between). */
  g_assert_true (hk_card_stock_store_return (fixture->store, fixture->hall.supervisor,
                                             fixture->sim, back, fixture->zhangli, &error));
  g_assert_no_error (error);
  segments = dump_segments (fixture, fixture->sim);
  g_assert_cmpstr (segments, ==,
                   "hall:1-20 zhangli:21-34 hall:35-40 liuyang:41-45 hall:46-100");
  g_clear_pointer (&segments, g_free);

  /* liuyang's come back too: the stock's runs join into one across them. */
  g_assert_true (hk_card_stock_store_return (fixture->store, fixture->hall.supervisor,
                                             fixture->sim, other, fixture->liuyang, &error));
  g_assert_no_error (error);
  segments = dump_segments (fixture, fixture->sim);
  g_assert_cmpstr (segments, ==, "hall:1-20 zhangli:21-34 hall:35-100");

  g_assert_cmpint (held (fixture, fixture->sim, fixture->zhangli), ==, 14);
  g_assert_cmpint (held (fixture, fixture->sim, NULL), ==, 86);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "card_movements"), ==, 6);
  hk_test_hall_assert_last_audit (&fixture->hall, "cards-returned", fixture->hall.supervisor,
                                  "card-type", hk_card_type_get_id (fixture->sim),
                                  "5 cards of SIM-5G back from liuyang");
}

static void
test_partial_moves (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *theirs = sims (41, 50);
  g_autofree char *across = sims (35, 45);
  g_autofree char *beyond = sims (95, 105);
  g_autofree char *not_hers = sims (45, 46);
  g_autofree char *some = sims (60, 62);
  g_autofree char *segments = NULL;
  HkTestHallBefore before;

  stock_up (fixture, fixture->sim, 100, all);
  allocate (fixture, fixture->sim, theirs, fixture->liuyang);
  segments = dump_segments (fixture, fixture->sim);

  hk_test_hall_remember (&fixture->hall, &before);

  /* A run partly with another clerk is refused whole, naming the holder and the serial. */
  g_assert_false (hk_card_stock_store_allocate (fixture->store, fixture->hall.supervisor,
                                                fixture->sim, across, fixture->zhangli, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "is with liuyang");
  g_assert_nonnull (strstr (error->message, "89860024010000000041"));
  g_clear_error (&error);

  /* A run partly never received. */
  g_assert_false (hk_card_stock_store_allocate (fixture->store, fixture->hall.supervisor,
                                                fixture->sim, beyond, fixture->zhangli, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "89860024010000000101");
  g_clear_error (&error);

  /* Taking back from the wrong clerk, or what is in the stock. */
  g_assert_false (hk_card_stock_store_return (fixture->store, fixture->hall.supervisor,
                                              fixture->sim, not_hers, fixture->zhangli, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (hk_card_stock_store_return (fixture->store, fixture->hall.supervisor,
                                              fixture->sim, some, fixture->liuyang, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "the hall’s stock");
  g_clear_error (&error);

  /* A value card's serials for the SIM type; a clerk who is not one. */
  {
    g_autofree char *card = vc (1);

    g_assert_false (hk_card_stock_store_allocate (fixture->store, fixture->hall.supervisor,
                                                  fixture->sim, card, fixture->zhangli, &error));
    g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
    g_clear_error (&error);
  }
  g_assert_false (hk_card_stock_store_allocate (fixture->store, fixture->hall.supervisor,
                                                fixture->sim, some, fixture->hall.auditor, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "not an active counter clerk");

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  {
    g_autofree char *after = dump_segments (fixture, fixture->sim);

    g_assert_cmpstr (after, ==, segments);
  }
}

/* ---- sales on receipts ---- */

static void
test_sale (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(GPtrArray) sales = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *hers = sims (1, 20);
  g_autofree char *two = sims (5, 6);
  g_autofree char *six = sim (6);
  g_autofree char *next = NULL;
  g_autofree char *segments = NULL;

  stock_up (fixture, fixture->sim, 100, all);
  allocate (fixture, fixture->sim, hers, fixture->zhangli);
  set_now (fixture, DAY1_9AM);
  shift = open_shift (fixture, fixture->zhangli);

  next = hk_card_stock_store_next_serial (fixture->store, hk_card_type_get_id (fixture->sim),
                                          hk_operator_get_id (fixture->zhangli), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (next, ==, "89860024010000000001");

  /* Two serials from the middle of her run leave her stock on the receipt. */
  receipt = sell_ok (fixture, fixture->zhangli, 2, two);
  g_assert_cmpint (hk_receipt_get_total (receipt), ==, 2 * SIM_PRICE);
  segments = dump_segments (fixture, fixture->sim);
  g_assert_cmpstr (segments, ==, "zhangli:1-4 zhangli:7-20 hall:21-100");
  g_assert_cmpint (held (fixture, fixture->sim, fixture->zhangli), ==, 18);

  sales = hk_card_stock_store_list_receipt_sales (fixture->store, hk_receipt_get_id (receipt),
                                                  &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sales->len, ==, 1);
  {
    HkCardMovement *sale = g_ptr_array_index (sales, 0);
    g_autofree char *number = hk_receipt_dup_full_number (receipt);

    g_assert_cmpint (sale->kind, ==, HK_CARD_MOVE_SALE);
    g_assert_cmpstr (sale->serials, ==, two);
    g_assert_cmpint (sale->quantity, ==, 2);
    g_assert_cmpstr (sale->receipt_no, ==, number);
  }

  /* The serial's history: received, allocated, sold. */
  history = hk_card_stock_store_serial_history (fixture->store, fixture->sim, six, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_cmpint (((HkCardMovement *)g_ptr_array_index (history, 0))->kind, ==,
                   HK_CARD_MOVE_RECEIVE);
  g_assert_cmpint (((HkCardMovement *)g_ptr_array_index (history, 1))->kind, ==,
                   HK_CARD_MOVE_ALLOCATE);
  g_assert_cmpint (((HkCardMovement *)g_ptr_array_index (history, 2))->kind, ==,
                   HK_CARD_MOVE_SALE);
}

static void
test_sold_twice (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) shift2 = NULL;
  g_autoptr(HkReceipt) first = NULL;
  g_autoptr(HkReceipt) refused = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *hers = sims (1, 20);
  g_autofree char *his = sims (21, 40);
  g_autofree char *five = sim (5);
  g_autofree char *run = sims (4, 6);
  g_autofree char *number = NULL;
  HkTestHallBefore before;

  stock_up (fixture, fixture->sim, 100, all);
  allocate (fixture, fixture->sim, hers, fixture->zhangli);
  allocate (fixture, fixture->sim, his, fixture->liuyang);
  set_now (fixture, DAY1_9AM);
  shift = open_shift (fixture, fixture->zhangli);
  shift2 = open_shift (fixture, fixture->liuyang);
  first = sell_ok (fixture, fixture->zhangli, 1, five);
  number = hk_receipt_dup_full_number (first);

  hk_test_hall_remember (&fixture->hall, &before);

  /* The same serial again, alone or inside a run: refused, naming the receipt it was sold on;
   * no receipt is written and no invoice number used. */
  refused = sell (fixture, fixture->zhangli, fixture->sim_item, 1, SIM_PRICE, five, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "already sold");
  g_assert_nonnull (strstr (error->message, number));
  g_assert_nonnull (strstr (error->message, "Line 1"));
  g_clear_error (&error);

  refused = sell (fixture, fixture->zhangli, fixture->sim_item, 3, SIM_PRICE, run, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "already sold");
  g_clear_error (&error);

  /* Nor can another clerk sell it, nor one of hers. */
  refused = sell (fixture, fixture->liuyang, fixture->sim_item, 1, SIM_PRICE, five, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "already sold");
  g_clear_error (&error);
  {
    g_autofree char *hers_only = sim (7);

    refused = sell (fixture, fixture->liuyang, fixture->sim_item, 1, SIM_PRICE, hers_only,
                    &error);
    g_assert_null (refused);
    hk_test_assert_error (error, HK_ERROR_CONFLICT, "is with zhangli");
    g_clear_error (&error);
  }

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "receipts"), ==, 1);
}

static void
test_sale_rules (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) refused = NULL;
  g_autoptr(HkReceipt) service = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *hers = sims (1, 20);
  g_autofree char *two = sims (1, 2);
  HkTestHallBefore before;

  stock_up (fixture, fixture->sim, 100, all);
  allocate (fixture, fixture->sim, hers, fixture->zhangli);
  set_now (fixture, DAY1_9AM);
  shift = open_shift (fixture, fixture->zhangli);

  hk_test_hall_remember (&fixture->hall, &before);

  /* A card line names its serials, as many as its quantity; other lines name none. */
  refused = sell (fixture, fixture->zhangli, fixture->sim_item, 1, SIM_PRICE, NULL, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_INVALID, "name the serial numbers");
  g_clear_error (&error);
  refused = sell (fixture, fixture->zhangli, fixture->sim_item, 3, SIM_PRICE, two, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_INVALID, "2 serials are named for a quantity of 3");
  g_clear_error (&error);
  refused = sell (fixture, fixture->zhangli, fixture->service_item, 2, 1000, two, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_INVALID, "names no serials");
  g_clear_error (&error);
  refused = sell (fixture, fixture->zhangli, fixture->sim_item, 1, SIM_PRICE, "123", &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  /* A fee item sold without card stock is unaffected. */
  service = sell (fixture, fixture->zhangli, fixture->service_item, 1, 1000, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (service);
}

static void
test_void_gives_back (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(HkReceipt) again = NULL;
  g_autoptr(GPtrArray) moves = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *hers = sims (1, 20);
  g_autofree char *run = sims (3, 5);
  g_autofree char *segments = NULL;

  stock_up (fixture, fixture->sim, 100, all);
  allocate (fixture, fixture->sim, hers, fixture->zhangli);
  set_now (fixture, DAY1_9AM);
  shift = open_shift (fixture, fixture->zhangli);
  receipt = sell_ok (fixture, fixture->zhangli, 3, run);
  g_assert_cmpint (held (fixture, fixture->sim, fixture->zhangli), ==, 17);

  voided = hk_receipt_store_void (fixture->hall.receipts, fixture->zhangli, receipt, "客户取消",
                                  &error);
  g_assert_no_error (error);
  g_assert_nonnull (voided);

  /* The serials are hers again, and can be sold again. */
  g_assert_cmpint (held (fixture, fixture->sim, fixture->zhangli), ==, 20);
  moves = hk_card_stock_store_list_receipt_sales (fixture->store, hk_receipt_get_id (receipt),
                                                  &error);
  g_assert_no_error (error);
  g_assert_cmpuint (moves->len, ==, 2);
  g_assert_cmpint (((HkCardMovement *)g_ptr_array_index (moves, 1))->kind, ==, HK_CARD_MOVE_VOID);

  again = sell_ok (fixture, fixture->zhangli, 3, run);
  segments = dump_segments (fixture, fixture->sim);
  g_assert_cmpstr (segments, ==, "zhangli:1-2 zhangli:6-20 hall:21-100");
}

/* The business platform's export names no serials: they are recorded afterwards. */
static void
test_imported_sale (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkReceipt) counter = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *hers = sims (1, 20);
  g_autofree char *two = sims (3, 4);
  g_autofree char *three = sims (5, 7);
  g_autofree char *hisone = sim (30);
  HkReceiptImportResult result;
  HkTestHallBefore before;
  const char *csv =
    "receipt_no,issued_at,clerk,item_code,quantity,unit_price,amount,payment,customer_phone,"
    "status,void_reason\n"
    "1234567890-00000001,2024-03-01 10:00:00,zhangli,SIM-5G,2,20.00,40.00,cash,,issued,\n"
    "1234567890-00000002,2024-03-01 11:00:00,zhangli,SVC-BK,1,10.00,10.00,cash,,issued,\n";

  stock_up (fixture, fixture->sim, 100, all);
  allocate (fixture, fixture->sim, hers, fixture->zhangli);
  set_now (fixture, DAY1_9AM + 9 * HOUR);
  g_assert_true (hk_receipt_import_csv (fixture->hall.context, fixture->hall.auditor, csv,
                                        strlen (csv), &result, &error));
  g_assert_no_error (error);
  receipt = hk_receipt_store_lookup_number (fixture->hall.receipts, "1234567890-00000001",
                                            &error);
  g_assert_no_error (error);
  g_assert_cmpint (held (fixture, fixture->sim, fixture->zhangli), ==, 20);

  hk_test_hall_remember (&fixture->hall, &before);

  /* Another clerk may not; the count must be the line's; a line without cards names none. */
  g_assert_false (hk_card_stock_store_record_sale (fixture->store, fixture->liuyang, receipt, 1,
                                                   two, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (hk_card_stock_store_record_sale (fixture->store, fixture->hall.auditor, receipt,
                                                   1, three, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "3 serials are named for a quantity of 2");
  g_clear_error (&error);
  g_assert_false (hk_card_stock_store_record_sale (fixture->store, fixture->hall.auditor, receipt,
                                                   1, hisone, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_card_stock_store_record_sale (fixture->store, fixture->hall.auditor, receipt,
                                                   5, two, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autoptr(HkReceipt) service = hk_receipt_store_lookup_number (fixture->hall.receipts,
                                                                   "1234567890-00000002", &error);

    g_assert_false (hk_card_stock_store_record_sale (fixture->store, fixture->hall.auditor,
                                                     service, 1, two, &error));
    hk_test_assert_error (error, HK_ERROR_INVALID, "names no serials");
    g_clear_error (&error);
  }
  /* The other clerk's refusal wrote its audit entry and nothing else. */
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);

  /* The clerk herself records them; once. */
  g_assert_true (hk_card_stock_store_record_sale (fixture->store, fixture->zhangli, receipt, 1,
                                                  two, &error));
  g_assert_no_error (error);
  g_assert_cmpint (held (fixture, fixture->sim, fixture->zhangli), ==, 18);
  hk_test_hall_assert_last_audit (&fixture->hall, "card-sale-recorded", fixture->zhangli,
                                  "receipt", hk_receipt_get_id (receipt), "imported receipt");
  g_assert_false (hk_card_stock_store_record_sale (fixture->store, fixture->zhangli, receipt, 1,
                                                   two, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "recorded already");
  g_clear_error (&error);

  /* A receipt of the counter named its serials when it was issued. */
  set_now (fixture, DAY1_9AM + 86400);
  shift = open_shift (fixture, fixture->zhangli);
  {
    g_autofree char *one = sim (9);

    counter = sell_ok (fixture, fixture->zhangli, 1, one);
  }
  g_assert_false (hk_card_stock_store_record_sale (fixture->store, fixture->hall.auditor, counter,
                                                   1, two, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "not a valid imported receipt");
}

/* ---- handovers ---- */

static HkCardHandover *
hand_over (Fixture     *fixture,
           HkOperator  *clerk,
           HkOperator  *receiver,
           gint64       sim_count,
           gint64       vc_count,
           const char  *explanation,
           GError     **error)
{
  HkCardCount counts[] = {
    { hk_card_type_get_id (fixture->sim), sim_count, explanation },
    { hk_card_type_get_id (fixture->vc), vc_count, explanation },
  };

  return hk_card_stock_store_hand_over (fixture->store, clerk, receiver, counts,
                                        G_N_ELEMENTS (counts), error);
}

static void
assert_line (HkCardHandover *handover,
             HkCardType     *type,
             gint64          begin,
             gint64          received,
             gint64          sold,
             gint64          returned,
             gint64          end,
             gint64          counted,
             gint64          carried)
{
  const HkCardHandoverLine *line = hk_card_handover_find_line (handover,
                                                               hk_card_type_get_id (type));

  g_assert_nonnull (line);
  g_assert_cmpint (line->begin, ==, begin);
  g_assert_cmpint (line->received, ==, received);
  g_assert_cmpint (line->sold, ==, sold);
  g_assert_cmpint (line->returned, ==, returned);
  g_assert_cmpint (line->end, ==, end);
  g_assert_cmpint (line->begin + line->received - line->sold - line->returned, ==, line->end);
  g_assert_cmpint (line->counted, ==, counted);
  g_assert_cmpint (line->carried, ==, carried);
}

static void
close_shift (Fixture    *fixture,
             HkOperator *clerk,
             HkShift    *shift)
{
  static const gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  g_autoptr(HkShift) closed = hk_test_hall_close_shift (&fixture->hall, clerk, shift, counts,
                                                        NULL);

  g_assert_nonnull (closed);
}

static void
test_handover_equation (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) shift2 = NULL;
  g_autoptr(HkReceipt) r1 = NULL;
  g_autoptr(HkReceipt) r2 = NULL;
  g_autoptr(HkReceipt) r3 = NULL;
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(HkCardHandover) prepared = NULL;
  g_autoptr(HkCardHandover) day1 = NULL;
  g_autoptr(HkCardHandover) acked = NULL;
  g_autoptr(HkCardHandover) day2 = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *ten = sims (1, 10);
  g_autofree char *five_more = sims (11, 15);
  g_autofree char *two = sims (1, 2);
  g_autofree char *three = sim (3);
  g_autofree char *back = sim (10);
  g_autofree char *cards = NULL;
  g_autofree char *card1 = vc (1);
  g_autofree char *card4 = vc (4);
  g_autofree char *four = NULL;

  stock_up (fixture, fixture->sim, 100, all);
  four = g_strdup_printf ("%s-%s", card1, card4);
  stock_up (fixture, fixture->vc, 4, four);

  /* Day 1: 10 SIM cards and 4 value cards come to her; 2 + 1 sold, the 1 voided; 1 given back. */
  allocate (fixture, fixture->sim, ten, fixture->zhangli);
  allocate (fixture, fixture->vc, four, fixture->zhangli);
  set_now (fixture, DAY1_9AM);
  shift = open_shift (fixture, fixture->zhangli);
  r1 = sell_ok (fixture, fixture->zhangli, 2, two);
  r2 = sell_ok (fixture, fixture->zhangli, 1, three);
  voided = hk_receipt_store_void (fixture->hall.receipts, fixture->zhangli, r2, "输错", &error);
  g_assert_no_error (error);
  r3 = sell (fixture, fixture->zhangli, fixture->vc_item, 1, VC_PRICE, card1, &error);
  g_assert_no_error (error);
  g_assert_true (hk_card_stock_store_return (fixture->store, fixture->hall.supervisor,
                                             fixture->sim, back, fixture->zhangli, &error));
  g_assert_no_error (error);

  /* The form starts from what the records say. */
  prepared = hk_card_stock_store_prepare_handover (fixture->store,
                                                   hk_operator_get_id (fixture->zhangli), &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_card_handover_get_id (prepared), ==, 0);
  g_assert_cmpuint (hk_card_handover_get_n_lines (prepared), ==, 2);
  assert_line (prepared, fixture->sim, 0, 10, 2, 1, 7, 7, 0);
  assert_line (prepared, fixture->vc, 0, 4, 1, 0, 3, 3, 0);

  set_now (fixture, DAY1_9AM + 8 * HOUR);
  close_shift (fixture, fixture->zhangli, shift);
  day1 = hand_over (fixture, fixture->zhangli, fixture->zhangli, 7, 3, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (day1);
  g_assert_cmpstr (hk_card_handover_get_business_day (day1), ==, DAY1);
  g_assert_cmpint (hk_card_handover_get_shift_id (day1), ==, hk_shift_get_id (shift));
  g_assert_false (hk_card_handover_has_difference (day1));
  assert_line (day1, fixture->sim, 0, 10, 2, 1, 7, 7, 7);
  assert_line (day1, fixture->vc, 0, 4, 1, 0, 3, 3, 3);
  hk_test_hall_assert_last_audit (&fixture->hall, "cards-handed-over", fixture->zhangli,
                                  "card-handover", hk_card_handover_get_id (day1),
                                  "0+10-2-1=7 counted 7");

  /* Day 2: she acknowledges her own cards, gets 5 more, sells 1. */
  set_now (fixture, DAY2_9AM);
  acked = hk_card_stock_store_acknowledge (fixture->store, fixture->zhangli, day1, &error);
  g_assert_no_error (error);
  g_assert_true (hk_card_handover_is_acknowledged (acked));
  allocate (fixture, fixture->sim, five_more, fixture->zhangli);
  shift2 = open_shift (fixture, fixture->zhangli);
  {
    g_autofree char *eleven = sim (11);
    g_autoptr(HkReceipt) r4 = sell_ok (fixture, fixture->zhangli, 1, eleven);
  }

  day2 = hand_over (fixture, fixture->zhangli, fixture->zhangli, 11, 3, NULL, &error);
  g_assert_no_error (error);
  assert_line (day2, fixture->sim, 7, 5, 1, 0, 11, 11, 11);
  assert_line (day2, fixture->vc, 3, 0, 0, 0, 3, 3, 3);

  /* The records hold what the handover says. */
  g_assert_cmpint (held (fixture, fixture->sim, fixture->zhangli), ==, 11);
  g_assert_cmpint (held (fixture, fixture->vc, fixture->zhangli), ==, 3);
  cards = dump_segments (fixture, fixture->sim);
  /* The voided serial came back as a run of its own beside hers: runs join when they move. */
  g_assert_cmpstr (cards, ==, "zhangli:3-3 zhangli:4-9 hall:10-10 zhangli:12-15 hall:16-100");
}

static void
test_handover_difference (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkCardHandover) handover = NULL;
  g_autoptr(HkCardHandover) refused = NULL;
  g_autoptr(HkCardHandover) explained = NULL;
  g_autoptr(HkCardHandover) acked = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *ten = sims (1, 10);
  HkCardCount counts[] = { { 0, 9, NULL } };
  HkTestHallBefore before;

  stock_up (fixture, fixture->sim, 100, all);
  allocate (fixture, fixture->sim, ten, fixture->zhangli);
  set_now (fixture, DAY1_9AM);
  shift = open_shift (fixture, fixture->zhangli);

  /* She counts 9 of 10: the difference is flagged, unexplained. */
  counts[0].card_type_id = hk_card_type_get_id (fixture->sim);
  handover = hk_card_stock_store_hand_over (fixture->store, fixture->zhangli, fixture->zhangli,
                                            counts, 1, &error);
  g_assert_no_error (error);
  g_assert_true (hk_card_handover_has_difference (handover));
  g_assert_true (hk_card_handover_has_unexplained (handover));
  g_assert_cmpint (hk_card_handover_line_get_difference (hk_card_handover_get_line (handover, 0)),
                   ==, -1);
  assert_line (handover, fixture->sim, 0, 10, 0, 0, 10, 9, 10);

  /* Not acknowledged before it is explained, even on the next day; nor by another clerk. */
  set_now (fixture, DAY2_9AM);
  hk_test_hall_remember (&fixture->hall, &before);
  refused = hk_card_stock_store_acknowledge (fixture->store, fixture->zhangli, handover, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "explained");
  g_clear_error (&error);
  refused = hk_card_stock_store_acknowledge (fixture->store, fixture->liuyang, handover, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_PERMISSION, "zhangli");
  g_clear_error (&error);
  /* Another clerk cannot explain it; a type without a difference has nothing to explain. */
  refused = hk_card_stock_store_explain (fixture->store, fixture->liuyang, handover,
                                         hk_card_type_get_id (fixture->sim), "不知道", &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  refused = hk_card_stock_store_explain (fixture->store, fixture->zhangli, handover,
                                         hk_card_type_get_id (fixture->vc), "x", &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  /* The two refusals by place (not by role) wrote their audit entries and nothing else. */
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 2);

  pending = hk_card_stock_store_list_pending (fixture->store,
                                              hk_operator_get_id (fixture->zhangli), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pending->len, ==, 1);

  explained = hk_card_stock_store_explain (fixture->store, fixture->zhangli, handover,
                                           hk_card_type_get_id (fixture->sim),
                                           "一张卡损坏，已交值班长", &error);
  g_assert_no_error (error);
  g_assert_false (hk_card_handover_has_unexplained (explained));
  g_assert_cmpstr (hk_card_handover_get_line (explained, 0)->explanation, ==,
                   "一张卡损坏，已交值班长");
  hk_test_hall_assert_last_audit (&fixture->hall, "card-difference-explained", fixture->zhangli,
                                  "card-handover", hk_card_handover_get_id (handover),
                                  "difference of -1 cards");

  acked = hk_card_stock_store_acknowledge (fixture->store, fixture->zhangli, explained, &error);
  g_assert_no_error (error);
  g_assert_true (hk_card_handover_is_acknowledged (acked));
}

static void
test_handover_to_next_clerk (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkShift) shift2 = NULL;
  g_autoptr(HkCardHandover) handover = NULL;
  g_autoptr(HkCardHandover) refused = NULL;
  g_autoptr(HkCardHandover) acked = NULL;
  g_autoptr(HkCardHandover) his = NULL;
  g_autoptr(HkCardHandover) hers = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *ten = sims (1, 10);
  g_autofree char *one = sim (1);

  stock_up (fixture, fixture->sim, 100, all);
  allocate (fixture, fixture->sim, ten, fixture->zhangli);
  set_now (fixture, DAY1_9AM);
  shift = open_shift (fixture, fixture->zhangli);
  {
    g_autoptr(HkReceipt) sold = sell_ok (fixture, fixture->zhangli, 1, one);
  }

  /* The morning clerk hands her 9 cards to the afternoon clerk: they are his at once. */
  set_now (fixture, DAY1_9AM + 4 * HOUR);
  handover = hand_over (fixture, fixture->zhangli, fixture->liuyang, 9, 0, NULL, &error);
  g_assert_no_error (error);
  assert_line (handover, fixture->sim, 0, 10, 1, 0, 9, 9, 0);
  g_assert_cmpint (held (fixture, fixture->sim, fixture->zhangli), ==, 0);
  g_assert_cmpint (held (fixture, fixture->sim, fixture->liuyang), ==, 9);

  /* Only he acknowledges, the same day. */
  refused = hk_card_stock_store_acknowledge (fixture->store, fixture->zhangli, handover, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  acked = hk_card_stock_store_acknowledge (fixture->store, fixture->liuyang, handover, &error);
  g_assert_no_error (error);
  refused = hk_card_stock_store_acknowledge (fixture->store, fixture->liuyang, acked, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  /* His evening handover begins from nothing and received the 9; hers has nothing left. */
  shift2 = open_shift (fixture, fixture->liuyang);
  {
    g_autofree char *two = sim (2);
    g_autoptr(HkReceipt) sold = sell_ok (fixture, fixture->liuyang, 1, two);
  }
  set_now (fixture, DAY1_9AM + 10 * HOUR);
  his = hand_over (fixture, fixture->liuyang, fixture->liuyang, 8, 0, NULL, &error);
  g_assert_no_error (error);
  assert_line (his, fixture->sim, 0, 9, 1, 0, 8, 8, 8);

  /* She cannot hand over that shift's cards again. */
  refused = hand_over (fixture, fixture->zhangli, fixture->zhangli, 0, 0, NULL, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "handed over already");
  g_clear_error (&error);

  /* Her next day's handover: nothing kept, nothing moved: no lines. */
  close_shift (fixture, fixture->zhangli, shift);
  set_now (fixture, DAY2_9AM);
  {
    g_autoptr(HkShift) next = open_shift (fixture, fixture->zhangli);

    hers = hand_over (fixture, fixture->zhangli, fixture->zhangli, 0, 0, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hk_card_handover_get_n_lines (hers), ==, 0);
  }
}

static void
test_handover_refusals (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkCardHandover) refused = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *ten = sims (1, 10);
  HkCardCount none[1] = { { 0 } };
  HkTestHallBefore before;

  stock_up (fixture, fixture->sim, 100, all);
  allocate (fixture, fixture->sim, ten, fixture->zhangli);
  set_now (fixture, DAY1_9AM);

  hk_test_hall_remember (&fixture->hall, &before);

  /* No shift today. */
  refused = hand_over (fixture, fixture->zhangli, fixture->zhangli, 10, 0, NULL, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "no shift today");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  shift = open_shift (fixture, fixture->zhangli);
  hk_test_hall_remember (&fixture->hall, &before);

  /* A type she holds left uncounted; a negative count; a receiver who is no clerk. */
  refused = hk_card_stock_store_hand_over (fixture->store, fixture->zhangli, fixture->zhangli,
                                           none, 0, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_INVALID, "the records say you hold 10");
  g_clear_error (&error);
  refused = hand_over (fixture, fixture->zhangli, fixture->zhangli, -1, 0, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  refused = hand_over (fixture, fixture->zhangli, fixture->hall.manager, 10, 0, NULL, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_INVALID, "not an active counter clerk");
  g_clear_error (&error);

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

/* ---- the day's count ---- */

static const HkCardDayCount *
find_count (GPtrArray *counts,
            gint64     holder,
            gint64     type)
{
  for (guint i = 0; i < counts->len; i++)
    {
      const HkCardDayCount *count = g_ptr_array_index (counts, i);

      if (count->holder_id == holder && count->card_type_id == type)
        return count;
    }

  return NULL;
}

static void
test_count_day (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(GPtrArray) day1 = NULL;
  g_autoptr(GPtrArray) day2 = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *ten = sims (1, 10);
  g_autofree char *more = sims (11, 15);
  g_autofree char *two = sims (1, 2);
  g_autofree char *back = sims (9, 10);
  gint64 z = hk_operator_get_id (fixture->zhangli);
  gint64 t = hk_card_type_get_id (fixture->sim);
  const HkCardDayCount *count;

  /* Day 1: 100 received, 10 allocated, 2 sold, 2 back. */
  set_now (fixture, DAY1_9AM);
  stock_up (fixture, fixture->sim, 100, all);
  allocate (fixture, fixture->sim, ten, fixture->zhangli);
  shift = open_shift (fixture, fixture->zhangli);
  {
    g_autoptr(HkReceipt) sold = sell_ok (fixture, fixture->zhangli, 2, two);
  }
  g_assert_true (hk_card_stock_store_return (fixture->store, fixture->hall.supervisor,
                                             fixture->sim, back, fixture->zhangli, &error));
  g_assert_no_error (error);

  /* Day 2: 5 more to her. */
  set_now (fixture, DAY2_9AM);
  allocate (fixture, fixture->sim, more, fixture->zhangli);

  day1 = hk_card_stock_store_count_day (fixture->store, DAY1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (day1->len, ==, 2);

  /* The hall's stock first: 0 + 100 received + 2 back − 10 allocated = 92. */
  count = g_ptr_array_index (day1, 0);
  g_assert_cmpint (count->holder_id, ==, 0);
  g_assert_cmpint (count->begin, ==, 0);
  g_assert_cmpint (count->received, ==, 102);
  g_assert_cmpint (count->allocated, ==, 10);
  g_assert_cmpint (count->sold, ==, 0);
  g_assert_cmpint (count->end, ==, 92);

  count = find_count (day1, z, t);
  g_assert_nonnull (count);
  g_assert_cmpint (count->begin, ==, 0);
  g_assert_cmpint (count->received, ==, 10);
  g_assert_cmpint (count->sold, ==, 2);
  g_assert_cmpint (count->returned, ==, 2);
  g_assert_cmpint (count->end, ==, 6);

  day2 = hk_card_stock_store_count_day (fixture->store, DAY2, &error);
  g_assert_no_error (error);
  count = find_count (day2, z, t);
  g_assert_cmpint (count->begin, ==, 6);
  g_assert_cmpint (count->received, ==, 5);
  g_assert_cmpint (count->end, ==, 11);
  count = find_count (day2, 0, t);
  g_assert_cmpint (count->begin, ==, 92);
  g_assert_cmpint (count->end, ==, 87);

  /* Each row adds up, and the day's end is what is held. */
  for (guint i = 0; i < day2->len; i++)
    {
      count = g_ptr_array_index (day2, i);
      g_assert_cmpint (count->begin + count->received - count->sold - count->returned
                       - count->allocated, ==, count->end);
    }
  g_assert_cmpint (held (fixture, fixture->sim, fixture->zhangli), ==, 11);
  g_assert_cmpint (held (fixture, fixture->sim, NULL), ==, 87);
}

/* ---- who may do what ---- */

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkCardRequisition) requisition = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autofree char *all = sims (1, 100);
  g_autofree char *ten = sims (1, 10);
  HkOperator *not_supervisors[] = { fixture->zhangli, fixture->hall.auditor, fixture->hall.manager,
                                    NULL };
  HkTestHallBefore before;
  gint64 n_denied = 0;

  stock_up (fixture, fixture->sim, 100, all);
  requisition = hk_card_stock_store_request (fixture->store, fixture->hall.supervisor,
                                             fixture->vc, 10, NULL, &error);
  g_assert_no_error (error);
  set_now (fixture, DAY1_9AM);
  shift = open_shift (fixture, fixture->zhangli);

  hk_test_hall_remember (&fixture->hall, &before);

  /* Card types, requisitions, receipts, allocations and returns are the supervisor's. */
  for (guint i = 0; i < G_N_ELEMENTS (not_supervisors); i++)
    {
      HkOperator *actor = not_supervisors[i];
      g_autoptr(HkCardType) type = NULL;
      g_autoptr(HkCardRequisition) refused = NULL;
      g_autofree char *card = vc (1);

      type = hk_card_stock_store_add_type (fixture->store, actor, "SIM-X", "x", HK_CARD_KIND_SIM,
                                           0, 20, 0, &error);
      g_assert_null (type);
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
      refused = hk_card_stock_store_request (fixture->store, actor, fixture->sim, 10, NULL,
                                             &error);
      g_assert_null (refused);
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
      refused = hk_card_stock_store_receive (fixture->store, actor, requisition, card, &error);
      g_assert_null (refused);
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
      g_assert_false (hk_card_stock_store_allocate (fixture->store, actor, fixture->sim, ten,
                                                    fixture->zhangli, &error));
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
      g_assert_false (hk_card_stock_store_return (fixture->store, actor, fixture->sim, ten,
                                                  fixture->zhangli, &error));
      g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
      g_clear_error (&error);
      n_denied += 5;
    }

  /* Handing over is a clerk's: not the supervisor's, not the auditor's. */
  {
    g_autoptr(HkCardHandover) refused = NULL;

    refused = hand_over (fixture, fixture->hall.supervisor, fixture->zhangli, 0, 0, NULL, &error);
    g_assert_null (refused);
    g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
    g_clear_error (&error);
    refused = hand_over (fixture, fixture->hall.auditor, fixture->zhangli, 0, 0, NULL, &error);
    g_assert_null (refused);
    g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
    g_clear_error (&error);
    n_denied += 2;
  }

  hk_test_hall_assert_unchanged (&fixture->hall, &before, n_denied);
  {
    g_autofree char *denied = hk_test_query_text (fixture->hall.db.database,
                                                  "SELECT summary FROM audit_log WHERE action ="
                                                  " 'permission-denied' AND operator_login ="
                                                  " 'zhaomin' ORDER BY seq LIMIT 1");

    g_assert_nonnull (strstr (denied, "Adding a card type"));
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  build_template ();

#define ADD(path, func) \
  g_test_add ("/card-stock-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("serials", test_serials);
  ADD ("types", test_types);
  ADD ("requisition", test_requisition);
  ADD ("split-merge", test_split_merge);
  ADD ("partial-moves", test_partial_moves);
  ADD ("sale", test_sale);
  ADD ("sold-twice", test_sold_twice);
  ADD ("sale-rules", test_sale_rules);
  ADD ("void-gives-back", test_void_gives_back);
  ADD ("imported-sale", test_imported_sale);
  ADD ("handover/equation", test_handover_equation);
  ADD ("handover/difference", test_handover_difference);
  ADD ("handover/to-next-clerk", test_handover_to_next_clerk);
  ADD ("handover/refusals", test_handover_refusals);
  ADD ("count-day", test_count_day);
  ADD ("permissions", test_permissions);

  status = g_test_run ();

  hk_test_hall_teardown (&hall_template);

  return status;
}
