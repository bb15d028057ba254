/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-demo-complaints.c: the demonstration hall's complaints, first-contact book, service log
 * and opinion book: built through the stores, the same every time, with every case a user
 * should find in them. */

#include "config.h"

#include "core/hk-complaint-store.h"
#include "core/hk-demo-private.h"
#include "core/hk-demo.h"
#include "hk-test-db.h"

#define N_DAYS 30
/* 2026-10-15 12:00 in the hall (Asia/Shanghai): the demo ends the day before. */
#define NOW G_GINT64_CONSTANT (1792036800)

/* The demo's operators, built once: hashing their passwords is the slow part. */
static HkTestDb operators_template;

static void
build_template (void)
{
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GError) error = NULL;

  hk_test_db_setup (&operators_template, NULL);
  context = hk_context_new (operators_template.database);
  g_assert_true (hk_demo_populate (context, 0, &error));
  g_assert_no_error (error);
}

static void
setup (HkTestDb      *fixture,
       gconstpointer  data)
{
  hk_test_db_setup_copy (fixture, operators_template.database);
  hk_database_set_now (fixture->database, NOW);
}

static HkContext *
populate (HkTestDb *fixture)
{
  g_autoptr(GError) error = NULL;
  HkContext *context = hk_context_new (fixture->database);

  g_assert_true (hk_demo_populate_complaints (context, N_DAYS, &error));
  g_assert_no_error (error);
  /* The clock is back where the caller left it. */
  g_assert_cmpint (hk_database_get_now (fixture->database), ==, NOW);

  return context;
}

static void
test_contents (HkTestDb      *fixture,
               gconstpointer  data)
{
  g_autoptr(HkContext) context = populate (fixture);
  HkComplaintStore *store = hk_context_get_complaint_store (context);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) flagged = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) signed_days = NULL;
  guint channels[HK_COMPLAINT_N_CHANNELS] = { 0 };
  guint slas[HK_COMPLAINT_N_SLAS] = { 0 };
  guint n_late_entries = 0;
  guint n_promised = 0;
  guint n_open_overdue = 0;
  guint n_needing_callback = 0;

  all = hk_complaint_store_list (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, >=, 2 * N_DAYS);
  g_assert_cmpuint (all->len, <=, 6 * N_DAYS);

  for (guint i = 0; i < all->len; i++)
    {
      HkComplaint *complaint = g_ptr_array_index (all, i);
      HkComplaintSla sla = hk_complaint_get_sla (complaint, NOW);

      g_assert_cmpint (hk_complaint_get_deadline (complaint), ==,
                       hk_complaint_get_received_at (complaint) + 24 * 3600);
      g_assert_cmpstr (hk_complaint_get_received_day (complaint), >=, "2026-09-15");
      g_assert_cmpstr (hk_complaint_get_received_day (complaint), <=, "2026-10-14");
      channels[hk_complaint_get_channel (complaint)]++;
      slas[sla]++;
      if (hk_complaint_is_entered_late (complaint))
        n_late_entries++;
      if (hk_complaint_has_callback_promise (complaint))
        n_promised++;
      if (sla == HK_COMPLAINT_SLA_OVERDUE)
        {
          n_open_overdue++;
          /* Only the last days' complaints are left open. */
          g_assert_cmpstr (hk_complaint_get_received_day (complaint), >=, "2026-10-11");
        }
      if (hk_complaint_needs_callback (complaint, NOW))
        n_needing_callback++;
    }

  /* A mix of every channel, mostly on time, some late, some entered late, some callbacks. */
  for (guint c = 0; c < HK_COMPLAINT_N_CHANNELS; c++)
    g_assert_cmpuint (channels[c], >, 0);
  g_assert_cmpuint (slas[HK_COMPLAINT_SLA_ON_TIME], >, all->len * 3 / 4);
  g_assert_cmpuint (slas[HK_COMPLAINT_SLA_RESOLVED_LATE], >, 0);
  g_assert_cmpuint (n_late_entries, >, 0);
  g_assert_cmpuint (n_promised, >, slas[HK_COMPLAINT_SLA_RESOLVED_LATE]);
  g_assert_cmpint (hk_test_count_audit (fixture->database, "complaint-assigned"), >, 0);
  g_assert_cmpint (hk_test_count_audit (fixture->database, "complaint-note"), >, 0);
  /* A few open and overdue at the end, one with its callback promised. */
  g_assert_cmpuint (n_open_overdue, >=, 3);
  g_assert_cmpuint (n_needing_callback, >=, 2);
  g_assert_cmpuint (n_needing_callback, <, n_open_overdue);

  /* The supervisor's category came in on the way. */
  {
    g_autoptr(HkComplaintCategory) broadband = NULL;

    broadband = hk_complaint_store_lookup_category (store, "broadband", &error);
    g_assert_no_error (error);
    g_assert_true (hk_complaint_category_get_active (broadband));
  }

  /* Most days signed, and their service logs saved. */
  signed_days = hk_complaint_store_list_signed_days (store, "2026-09-01", "2026-10-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (signed_days), ==, N_DAYS - 2);
  g_assert_cmpint (hk_test_query_int (fixture->database,
                                      "SELECT count (DISTINCT day) FROM service_logs"), ==,
                   N_DAYS - 2);

  /* The opinion book: entries processed the next day, a couple waiting past their time. */
  g_assert_cmpint (hk_test_count_rows (fixture->database, "opinion_entries"), >=, 6);
  g_assert_cmpint (hk_test_count_rows (fixture->database, "opinion_replies"), >=, 4);
  flagged = hk_opinion_book_store_list_flagged (hk_context_get_opinion_book_store (context),
                                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flagged->len, ==, 2);

  /* Built through the stores: each step is in the audit log, and the chain holds. */
  g_assert_cmpint (hk_test_count_audit (fixture->database, "complaint-registered"), ==, all->len);
  g_assert_cmpint (hk_test_count_audit (fixture->database, "complaint-day-signed"), ==,
                   N_DAYS - 2);
  g_assert_cmpint (hk_test_count_audit (fixture->database, "permission-denied"), ==, 0);
  hk_test_assert_audit_ok (fixture->database);
}

/* The same seed, the same hall. */
static void
test_deterministic (HkTestDb      *fixture,
                    gconstpointer  data)
{
  const char *sql = "SELECT group_concat (c.id || c.received_at || c.entered_at || c.channel"
                    " || c.customer_name || coalesce (c.customer_phone, '') || c.category_id"
                    " || c.owner_id, '|') || (SELECT group_concat (kind || at || by, '|')"
                    " FROM complaint_events) || (SELECT group_concat (text || due_at, '|')"
                    " FROM opinion_entries) FROM complaints c";
  g_autoptr(HkContext) first = populate (fixture);
  g_autofree char *first_text = hk_test_query_text (fixture->database, sql);
  HkTestDb second = { 0 };
  g_autofree char *second_text = NULL;

  hk_test_db_setup_copy (&second, operators_template.database);
  hk_database_set_now (second.database, NOW);
  {
    g_autoptr(HkContext) context = populate (&second);

    second_text = hk_test_query_text (second.database, sql);
  }
  hk_test_db_teardown (&second, NULL);

  g_assert_nonnull (first_text);
  g_assert_cmpstr (first_text, ==, second_text);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  build_template ();

  g_test_add ("/demo-complaints/contents", HkTestDb, NULL, setup, test_contents,
              hk_test_db_teardown);
  g_test_add ("/demo-complaints/deterministic", HkTestDb, NULL, setup, test_deterministic,
              hk_test_db_teardown);

  status = g_test_run ();
  hk_test_db_teardown (&operators_template, NULL);

  return status;
}
