/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-demo.c: the demonstration hall: built through the stores, with every role, and only in
 * an empty database. */

#include "config.h"

#include "core/hk-context.h"
#include "core/hk-demo.h"
#include "core/hk-demo-private.h"
#include "core/hk-error.h"
#include "hk-test-db.h"

static void
test_populate (HkTestDb      *fixture,
               gconstpointer  data)
{
  g_autoptr(HkContext) context = hk_context_new (fixture->database);
  HkOperatorStore *operators = hk_context_get_operator_store (context);
  HkHallStore *hall = hk_context_get_hall_store (context);
  GListModel *model = hk_operator_store_get_model (operators);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *zone = NULL;
  HkRoles held = HK_ROLE_NONE;
  guint n_admins = 0;
  guint n_items;

  g_assert_true (hk_demo_populate (context, 0, &error));
  g_assert_no_error (error);

  n_items = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_items, >, 1);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (model, i);
      g_autoptr(HkOperator) logged_in = NULL;

      g_assert_true (hk_operator_get_active (operator));
      g_assert_cmpint (hk_operator_get_roles (operator), !=, HK_ROLE_NONE);
      g_assert_cmpstr (hk_operator_get_display_name (operator), !=, "");
      held |= hk_operator_get_roles (operator);
      if (hk_operator_get_roles (operator) & HK_ROLE_ADMINISTRATOR)
        n_admins++;

      /* Every account opens with the published password. */
      logged_in = hk_operator_store_authenticate (operators, hk_operator_get_login (operator),
                                                  HK_DEMO_PASSWORD, &error);
      g_assert_no_error (error);
      g_assert_cmpint (hk_operator_get_id (logged_in), ==, hk_operator_get_id (operator));
    }

  /* Every role is held by someone, and there is an administrator. */
  g_assert_cmpint (held, ==, HK_ROLE_ALL);
  for (guint i = 0; i < HK_N_ROLES; i++)
    g_assert_true (held & hk_role_nth (i));
  g_assert_cmpuint (n_admins, >=, 1);
  {
    g_autoptr(HkOperator) admin = hk_operator_store_lookup (operators, "admin", &error);

    g_assert_no_error (error);
    g_assert_true (hk_operator_get_roles (admin) & HK_ROLE_ADMINISTRATOR);
  }

  /* The hall has a name and a zone, and says it is a demo. */
  name = hk_hall_store_dup_name (hall);
  g_assert_cmpstr (name, !=, "");
  zone = hk_hall_store_dup_time_zone_id (hall);
  g_assert_true (hk_time_zone_id_is_valid (zone));
  g_assert_true (hk_hall_store_is_demo (hall));

  /* Built through the stores: every step is in the audit log. */
  g_assert_cmpint (hk_test_count_audit (fixture->database, "operator-added"), ==, n_items);
  g_assert_cmpint (hk_test_count_audit (fixture->database, "settings-changed"), ==, 1);
  g_assert_cmpint (hk_test_count_audit (fixture->database, "demo-marked"), ==, 1);
  g_assert_cmpint (hk_test_count_audit (fixture->database, "login"), ==, n_items);
  hk_test_assert_audit_ok (fixture->database);
}

static void
test_refuses_non_empty (HkTestDb      *fixture,
                        gconstpointer  data)
{
  g_autoptr(HkContext) context = hk_context_new (fixture->database);
  HkOperatorStore *operators = hk_context_get_operator_store (context);
  g_autoptr(HkOperator) admin = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  admin = hk_operator_store_create_administrator (operators, "boss", "老板", "real-password",
                                                  &error);
  g_assert_no_error (error);
  before = hk_test_dump_rows (hk_database_get_handle (fixture->database));

  g_assert_false (hk_demo_populate (context, 0, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);

  /* A real hall is left exactly as it was, and is not marked as a demo. */
  after = hk_test_dump_rows (hk_database_get_handle (fixture->database));
  g_assert_cmpstr (after, ==, before);
  g_assert_false (hk_hall_store_is_demo (hk_context_get_hall_store (context)));
  g_assert_cmpuint (g_list_model_get_n_items (hk_operator_store_get_model (operators)), ==, 1);
  hk_test_assert_audit_ok (fixture->database);
}

/* The archive over a month, as of 10:00 on the day after: every state of a request is there. */
static void
test_archive (HkTestDb      *fixture,
              gconstpointer  data)
{
  g_autoptr(HkContext) context = hk_context_new (fixture->database);
  HkAccessRequestStore *requests = hk_context_get_access_request_store (context);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GPtrArray) approved = NULL;
  g_autoptr(GError) error = NULL;
  guint n_by_status[HK_N_FILE_STATUSES] = { 0 };
  gboolean paper = FALSE;
  /* 2026-10-12 10:00 in Asia/Shanghai. */
  const gint64 now = G_GINT64_CONSTANT (1791770400);
  HkErrorCounts counts;

  hk_database_set_now (fixture->database, now);
  g_assert_true (hk_demo_populate (context, 0, &error));
  g_assert_no_error (error);
  g_assert_true (hk_demo_populate_archive (context, 30, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hk_database_get_now (fixture->database), ==, now);

  /* A few hundred files, some gone to the city company or destroyed. */
  files = hk_customer_file_store_search (hk_context_get_customer_file_store (context), NULL,
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (files->len, >=, 200);
  for (guint i = 0; i < files->len; i++)
    n_by_status[hk_customer_file_get_status (g_ptr_array_index (files, i))]++;
  g_assert_cmpuint (n_by_status[HK_FILE_OUT], ==, 2);
  g_assert_cmpuint (n_by_status[HK_FILE_TRANSFERRED], >=, 1);
  g_assert_cmpuint (n_by_status[HK_FILE_DESTROYED], >=, 1);

  /* Requests in every state, one approved on paper, and one file overdue. */
  for (guint state = 0; state < HK_N_ACCESS_REQUEST_STATES; state++)
    {
      g_autoptr(GPtrArray) listed = hk_access_request_store_list (requests, state, &error);

      g_assert_no_error (error);
      g_test_message ("%s: %u", hk_access_request_state_to_id (state), listed->len);
      g_assert_cmpuint (listed->len, >=, 1);
    }
  approved = hk_access_request_store_list (requests, HK_ACCESS_REQUEST_APPROVED, &error);
  for (guint i = 0; i < approved->len; i++)
    paper |= hk_access_request_get_approval_kind (g_ptr_array_index (approved, i)) ==
             HK_APPROVAL_PAPER;
  g_assert_true (paper);
  overdue = hk_access_request_store_list_out (requests, TRUE, &error);
  g_assert_cmpuint (overdue->len, ==, 1);

  /* Re-checks with errors, last month's and this month's. */
  g_assert_true (hk_recheck_store_count_month (hk_context_get_recheck_store (context), 2026, 9,
                                               &counts, &error));
  g_assert_cmpuint (counts.n_rechecks, >, 50);
  g_assert_cmpuint (counts.n_errors, >=, 1);

  /* Through the stores: logged, chained, and no identity number in clear. */
  g_assert_cmpint (hk_test_count_audit (fixture->database, "file-released"), >=, 10);
  g_assert_cmpint (hk_test_count_audit (fixture->database, "identity-revealed"), >=, 1);
  g_assert_cmpint (hk_test_count_audit (fixture->database, "archive-exported"), ==, 1);
  g_assert_cmpint (hk_test_query_int (fixture->database,
                                      "SELECT count(*) FROM audit_log a JOIN customer_files f"
                                      " ON instr (a.summary, f.id_number) > 0"
                                      " OR instr (a.summary, f.phone) > 0"), ==, 0);
  hk_test_assert_audit_ok (fixture->database);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/demo/populate", HkTestDb, NULL, hk_test_db_setup, test_populate,
              hk_test_db_teardown);
  g_test_add ("/demo/archive", HkTestDb, NULL, hk_test_db_setup, test_archive,
              hk_test_db_teardown);
  g_test_add ("/demo/refuses-non-empty", HkTestDb, NULL, hk_test_db_setup,
              test_refuses_non_empty, hk_test_db_teardown);

  return g_test_run ();
}
