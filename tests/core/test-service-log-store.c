/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-service-log-store.c: the service log: hotspots proposed from the day's complaints and
 * receipts against the same weekday a week earlier, and the officer's saved revisions. */

#include "config.h"

#include "core/hk-complaint-store.h"
#include "core/hk-error.h"
#include "core/hk-opinion-book-store.h"
#include "core/hk-service-log-store.h"
#include "hk-test-hall.h"

#define MINUTE G_GINT64_CONSTANT (60)
#define HOUR (60 * MINUTE)
#define DAY (24 * HOUR)
/* 2024-03-15 10:00 in the hall (Asia/Shanghai, UTC+8), a Friday. */
#define T0 G_GINT64_CONSTANT (1710468000)
#define TODAY "2024-03-15"
#define WEEK_BEFORE "2024-03-08"

typedef struct
{
  HkTestHall         hall;
  HkServiceLogStore *store;
  HkOperator        *officer;
} Fixture;

static void
on_store_changed_cb (HkServiceLogStore *store,
                     const char        *day,
                     Fixture           *fixture)
{
  fixture->hall.n_changed++;
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;

  hk_test_hall_setup (hall, T0);
  fixture->officer = hk_test_hall_insert_operator (hall, "sunhao", HK_ROLE_COMPLAINT_OFFICER);
  hall->manager = hk_test_hall_insert_operator (hall, "zhengwei", HK_ROLE_DUTY_MANAGER);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  hall->clerk2 = hk_test_hall_insert_operator (hall, "liuyang", HK_ROLE_CLERK);
  hall->supervisor = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_SUPERVISOR);
  hall->auditor = hk_test_hall_insert_operator (hall, "zhaomin", HK_ROLE_AUDITOR);

  fixture->store = hk_context_get_service_log_store (hall->context);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_store_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_signal_handlers_disconnect_by_data (fixture->store, fixture);
  g_clear_object (&fixture->officer);
  hk_test_hall_teardown (&fixture->hall);
}

static HkComplaint *
complain (Fixture    *fixture,
          const char *category,
          gint64      received_at)
{
  HkComplaintStore *store = hk_context_get_complaint_store (fixture->hall.context);
  g_autoptr(HkComplaintCategory) found = NULL;
  g_autoptr(GError) error = NULL;
  HkComplaintInput input = {
    .received_at = received_at,
    .channel = HK_COMPLAINT_CHANNEL_COUNTER,
    .customer_name = "李女士",
    .description = "投诉",
  };
  HkComplaint *complaint;

  found = hk_complaint_store_lookup_category (store, category, &error);
  g_assert_no_error (error);
  input.category_id = hk_complaint_category_get_id (found);
  complaint = hk_complaint_store_register (store, fixture->officer, &input, &error);
  g_assert_no_error (error);

  return complaint;
}

static void
sell (Fixture    *fixture,
      HkOperator *clerk,
      const char *code,
      gint64      price,
      guint       n)
{
  gint64 item = hk_test_hall_find_fee_item (&fixture->hall, code);

  for (guint i = 0; i < n; i++)
    g_object_unref (hk_test_hall_sell (&fixture->hall, clerk, item, 1, price, HK_PAYMENT_CASH));
}

/* A week ago: 1 billing and 2 network complaints, 2 top-ups and a SIM card. Today: 3 billing,
 * 1 network, 1 handset and 1 tariff complaint (one resolved), 3 SIM cards, a top-up and an
 * accessory, and an opinion book entry. */
static void
fill_days (Fixture *fixture)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkShift) old_shift = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkComplaint) resolved = NULL;
  g_autoptr(HkOpinionEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  const char *today[] = { "billing", "network", "billing", "handset", "tariff", "billing" };

  hk_database_set_now (hall->db.database, T0 - 7 * DAY);
  hk_test_hall_add_fee_item (hall, "TOP", "Top-up", HK_FEE_CATEGORY_SERVICE, 5000, WEEK_BEFORE);
  hk_test_hall_add_fee_item (hall, "SIM", "SIM card", HK_FEE_CATEGORY_SIM_CARD, 1000,
                             WEEK_BEFORE);
  hk_test_hall_add_fee_item (hall, "ACC", "Accessory", HK_FEE_CATEGORY_ACCESSORY, 2900,
                             WEEK_BEFORE);
  hk_test_hall_give_numbers (hall, hall->clerk, "3300241130", 1, 100);
  hk_test_hall_give_numbers (hall, hall->clerk2, "3300241130", 101, 200);

  old_shift = hk_test_hall_open_shift (hall, hall->clerk, 0);
  sell (fixture, hall->clerk, "TOP", 5000, 2);
  sell (fixture, hall->clerk, "SIM", 1000, 1);
  g_object_unref (complain (fixture, "billing", T0 - 7 * DAY - HOUR));
  g_object_unref (complain (fixture, "network", T0 - 7 * DAY - HOUR));
  g_object_unref (complain (fixture, "network", T0 - 7 * DAY));
  /* Another day in between does not count. */
  hk_database_set_now (hall->db.database, T0 - 3 * DAY);
  g_object_unref (complain (fixture, "handset", T0 - 3 * DAY));

  hk_database_set_now (hall->db.database, T0 + HOUR);
  shift = hk_test_hall_open_shift (hall, hall->clerk2, 0);
  sell (fixture, hall->clerk2, "SIM", 1000, 3);
  sell (fixture, hall->clerk2, "TOP", 5000, 1);
  sell (fixture, hall->clerk2, "ACC", 2900, 1);
  for (guint i = 0; i < G_N_ELEMENTS (today); i++)
    {
      g_autoptr(HkComplaint) complaint = complain (fixture, today[i], T0 + i * MINUTE);

      if (i == 0)
        {
          resolved = hk_complaint_store_resolve (hk_context_get_complaint_store (hall->context),
                                                 fixture->officer, complaint, "已解释", &error);
          g_assert_no_error (error);
        }
    }

  entry = hk_opinion_book_store_add (hk_context_get_opinion_book_store (hall->context),
                                     fixture->officer, TODAY, "希望延长营业时间", NULL, &error);
  g_assert_no_error (error);
}

static void
assert_hotspot (GPtrArray  *hotspots,
                guint       index,
                const char *title,
                guint       count,
                guint       previous_count)
{
  HkServiceLogHotspot *hotspot = g_ptr_array_index (hotspots, index);

  g_assert_cmpstr (hotspot->title, ==, title);
  g_assert_cmpuint (hotspot->count, ==, count);
  g_assert_cmpuint (hotspot->previous_count, ==, previous_count);
}

static void
test_propose (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) complaints = NULL;
  g_autoptr(GPtrArray) business = NULL;
  g_autoptr(HkServiceLog) proposal = NULL;
  g_autoptr(HkServiceLog) empty = NULL;
  g_autoptr(HkServiceLog) none = NULL;
  g_autoptr(GError) error = NULL;

  fill_days (fixture);

  /* The three most frequent, ties in the list's order, against the same weekday. */
  complaints = hk_service_log_store_count_complaints (fixture->store, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (complaints->len, ==, 3);
  assert_hotspot (complaints, 0, "Billing", 3, 1);
  assert_hotspot (complaints, 1, "Network quality", 1, 2);
  assert_hotspot (complaints, 2, "Handset", 1, 0);

  business = hk_service_log_store_count_business (fixture->store, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (business->len, ==, 3);
  assert_hotspot (business, 0, "SIM card", 3, 1);
  assert_hotspot (business, 1, "Accessory", 1, 0);
  assert_hotspot (business, 2, "Top-up", 1, 2);

  proposal = hk_service_log_store_propose (fixture->store, TODAY, &error);
  g_assert_no_error (error);
  g_assert_true (hk_service_log_is_proposal (proposal));
  g_assert_cmpuint (hk_service_log_get_revision (proposal), ==, 0);
  g_assert_cmpstr (hk_service_log_get_day (proposal), ==, TODAY);
  g_assert_cmpstr (hk_service_log_get_overview (proposal), ==,
                   "Complaints received: 6 (resolved or closed: 1; still open: 5; entered late: "
                   "0). Opinion book entries: 1. Receipts issued at the counter: 5.");
  g_assert_cmpstr (hk_service_log_get_complaint_hotspots (proposal), ==,
                   "Billing: 3 (a week earlier: 1)\n"
                   "Network quality: 1 (a week earlier: 2)\n"
                   "Handset: 1 (a week earlier: 0)");
  g_assert_cmpstr (hk_service_log_get_business_hotspots (proposal), ==,
                   "SIM card: 3 (a week earlier: 1)\n"
                   "Accessory: 1 (a week earlier: 0)\n"
                   "Top-up: 1 (a week earlier: 2)");
  g_assert_cmpstr (hk_service_log_get_inquiry_hotspots (proposal), ==, "");

  /* A quiet day says so. */
  empty = hk_service_log_store_propose (fixture->store, "2024-03-10", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_service_log_get_complaint_hotspots (empty), ==, "No complaints.");
  g_assert_cmpstr (hk_service_log_get_business_hotspots (empty), ==,
                   "No receipts at the counter.");

  /* Proposing writes nothing, and nothing is saved yet. */
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "service_logs"), ==, 0);
  none = hk_service_log_store_get (fixture->store, TODAY, &error);
  g_assert_no_error (error);
  g_assert_null (none);
}

static void
test_save_revisions (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkServiceLog) first = NULL;
  g_autoptr(HkServiceLog) second = NULL;
  g_autoptr(HkServiceLog) current = NULL;
  g_autoptr(HkServiceLog) yesterday = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GPtrArray) range = NULL;
  g_autoptr(GError) error = NULL;

  first = hk_service_log_store_save (fixture->store, fixture->officer, TODAY, "客流平稳",
                                     "SIM卡办理较多", "", "话费计费", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_service_log_get_revision (first), ==, 1);
  g_assert_false (hk_service_log_is_proposal (first));
  g_assert_cmpint (hk_service_log_get_saved_at (first), ==, T0);
  g_assert_cmpstr (hk_service_log_get_saved_by_name (first), ==, "sunhao");
  hk_test_hall_assert_last_audit (&fixture->hall, "service-log-saved", fixture->officer,
                                  "service_log", 1, "revision 1");

  hk_database_set_now (fixture->hall.db.database, T0 + 7 * HOUR);
  second = hk_service_log_store_save (fixture->store, fixture->officer, TODAY,
                                      "  客流平稳，午后较忙  ", "SIM卡办理较多", "5G套餐咨询",
                                      "话费计费", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_service_log_get_revision (second), ==, 2);
  g_assert_cmpstr (hk_service_log_get_overview (second), ==, "客流平稳，午后较忙");

  current = hk_service_log_store_get (fixture->store, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_service_log_get_revision (current), ==, 2);
  g_assert_cmpstr (hk_service_log_get_inquiry_hotspots (current), ==, "5G套餐咨询");

  /* The first revision is still there as it was. */
  revisions = hk_service_log_store_list_revisions (fixture->store, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (revisions->len, ==, 2);
  g_assert_cmpstr (hk_service_log_get_overview (g_ptr_array_index (revisions, 0)), ==, "客流平稳");

  yesterday = hk_service_log_store_save (fixture->store, fixture->officer, "2024-03-14", "补记",
                                         "", "", "", &error);
  g_assert_no_error (error);
  range = hk_service_log_store_list_range (fixture->store, "2024-03-01", "2024-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (range->len, ==, 2);
  g_assert_cmpstr (hk_service_log_get_day (g_ptr_array_index (range, 0)), ==, "2024-03-14");
  g_assert_cmpuint (hk_service_log_get_revision (g_ptr_array_index (range, 1)), ==, 2);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 3);
}

static void
test_save_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  /* The complaint officer keeps the service log; not the duty manager, not a clerk. */
  {
    HkOperator *refused[] = { fixture->hall.manager, fixture->hall.clerk };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        hk_test_hall_remember (&fixture->hall, &before);
        g_assert_null (hk_service_log_store_save (fixture->store, refused[i], TODAY, "概况", "",
                                                  "", "", &error));
        hk_test_assert_error (error, HK_ERROR_PERMISSION, "Complaint officer");
        hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
        g_clear_error (&error);
      }
  }

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_service_log_store_save (fixture->store, fixture->officer, "2024-03-16",
                                            "明天", "", "", "", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "has not begun");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_service_log_store_save (fixture->store, fixture->officer, TODAY, " ",
                                            "热点", "", "", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "service overview");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* A saved revision cannot be edited by hand either. */
  {
    g_autoptr(HkServiceLog) saved = NULL;
    sqlite3 *raw;

    saved = hk_service_log_store_save (fixture->store, fixture->officer, TODAY, "概况", "", "",
                                       "", &error);
    g_assert_no_error (error);
    hk_test_hall_remember (&fixture->hall, &before);
    raw = hk_test_raw_open (fixture->hall.db.path);
    g_assert_cmpint (sqlite3_exec (raw, "UPDATE service_logs SET overview = '改写'", NULL, NULL,
                                   NULL), !=, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM service_logs", NULL, NULL, NULL), !=,
                     SQLITE_OK);
    sqlite3_close (raw);
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/service-log-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("propose", test_propose);
  ADD ("save-revisions", test_save_revisions);
  ADD ("save-refused", test_save_refused);

#undef ADD

  return g_test_run ();
}
