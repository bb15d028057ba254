/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-operator-store.c: operators and roles: who may manage them, logging in, lock-out, and
 * the rules that keep a hall with an administrator. */

#include "config.h"

#include "core/hk-audit-log.h"
#include "core/hk-context.h"
#include "core/hk-error.h"
#include "core/hk-operator-store.h"
#include "hk-test-db.h"

#define ADMIN_PASSWORD "admin-pass"
#define PASSWORD "counter-42"
#define T0 1700000000

typedef struct
{
  HkTestDb         db;
  HkContext       *context;
  HkOperatorStore *store;
  HkOperator      *admin;
  guint            n_changed;
} Fixture;

static void
on_store_changed_cb (HkOperatorStore *store,
                     Fixture         *fixture)
{
  fixture->n_changed++;
}

static void
setup_empty (Fixture       *fixture,
             gconstpointer  data)
{
  hk_test_db_setup (&fixture->db, data);
  hk_database_set_now (fixture->db.database, T0);
  fixture->context = hk_context_new (fixture->db.database);
  fixture->store = hk_context_get_operator_store (fixture->context);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_store_changed_cb), fixture);
}

static void
setup_with_admin (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  setup_empty (fixture, data);
  fixture->admin = hk_operator_store_create_administrator (fixture->store, "admin", "王建国",
                                                           ADMIN_PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->admin);
  fixture->n_changed = 0;
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  /* Whatever a test did, the audit log is still one whole chain. */
  hk_test_assert_audit_ok (fixture->db.database);
  g_assert_false (hk_database_in_transaction (fixture->db.database));

  g_clear_object (&fixture->admin);
  g_clear_object (&fixture->context);
  hk_test_db_teardown (&fixture->db, data);
}

static HkOperator *
add_operator (Fixture    *fixture,
              const char *login,
              const char *display_name,
              HkRoles     roles)
{
  g_autoptr(GError) error = NULL;
  HkOperator *operator;

  operator = hk_operator_store_add (fixture->store, fixture->admin, login, display_name, roles,
                                    PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (operator);

  return operator;
}

static HkOperator *
lookup (Fixture    *fixture,
        const char *login)
{
  g_autoptr(GError) error = NULL;
  HkOperator *operator;

  operator = hk_operator_store_lookup (fixture->store, login, &error);
  g_assert_no_error (error);
  g_assert_nonnull (operator);

  return operator;
}

static gint64
count_audit (Fixture    *fixture,
             const char *action)
{
  return hk_test_count_audit (fixture->db.database, action);
}

/* The last audit entry: its action, operator, login and entity id. */
static void
assert_last_audit (Fixture    *fixture,
                   const char *action,
                   HkOperator *actor,
                   gint64      entity_id)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (fixture->db.database,
                              "SELECT action, operator_id, operator_login, entity_id"
                              " FROM audit_log ORDER BY seq DESC LIMIT 1", &error);
  g_assert_no_error (error);
  g_assert_true (hk_statement_step (stmt, &error));

  g_assert_cmpstr (hk_statement_get_text (stmt, 0), ==, action);
  if (actor != NULL)
    {
      g_assert_cmpint (hk_statement_get_int64 (stmt, 1), ==, hk_operator_get_id (actor));
      g_assert_cmpstr (hk_statement_get_text (stmt, 2), ==, hk_operator_get_login (actor));
    }
  else
    {
      g_assert_true (hk_statement_is_null (stmt, 1));
      g_assert_cmpstr (hk_statement_get_text (stmt, 2), ==, "");
    }
  if (entity_id >= 0)
    g_assert_cmpint (hk_statement_get_int64 (stmt, 3), ==, entity_id);
}

static gint64
operator_column (Fixture    *fixture,
                 HkOperator *operator,
                 const char *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM operators WHERE id = %lld", column,
                                          (long long)hk_operator_get_id (operator));

  return hk_test_query_int (fixture->db.database, sql);
}

static char *
password_hash_of (Fixture    *fixture,
                  HkOperator *operator)
{
  g_autofree char *sql = g_strdup_printf ("SELECT password_hash FROM operators WHERE id = %lld",
                                          (long long)hk_operator_get_id (operator));

  return hk_test_query_text (fixture->db.database, sql);
}

static void
assert_login_fails (Fixture    *fixture,
                    const char *login,
                    const char *password,
                    int         code)
{
  g_autoptr(HkOperator) operator = NULL;
  g_autoptr(GError) error = NULL;

  operator = hk_operator_store_authenticate (fixture->store, login, password, &error);
  g_assert_null (operator);
  g_assert_error (error, HK_ERROR, code);
}

static void
assert_login_works (Fixture    *fixture,
                    const char *login,
                    const char *password)
{
  g_autoptr(HkOperator) operator = NULL;
  g_autoptr(GError) error = NULL;

  operator = hk_operator_store_authenticate (fixture->store, login, password, &error);
  g_assert_no_error (error);
  g_assert_nonnull (operator);
  g_assert_cmpstr (hk_operator_get_login (operator), ==, login);
}

static HkOperator *
model_item (Fixture *fixture,
            guint    position)
{
  GListModel *model = hk_operator_store_get_model (fixture->store);

  return g_list_model_get_item (model, position);
}

static void
test_first_administrator (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(HkOperator) admin = NULL;
  g_autoptr(HkOperator) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hk_operator_store_is_empty (fixture->store));
  g_assert_cmpuint (g_list_model_get_n_items (hk_operator_store_get_model (fixture->store)), ==,
                    0);

  /* An invalid first administrator is refused and the database stays empty. */
  admin = hk_operator_store_create_administrator (fixture->store, "Admin", "王建国",
                                                  ADMIN_PASSWORD, &error);
  g_assert_null (admin);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hk_operator_store_is_empty (fixture->store));

  admin = hk_operator_store_create_administrator (fixture->store, "admin", "  王建国 ",
                                                  ADMIN_PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (admin);
  g_assert_cmpint (hk_operator_get_id (admin), >, 0);
  g_assert_cmpstr (hk_operator_get_login (admin), ==, "admin");
  g_assert_cmpstr (hk_operator_get_display_name (admin), ==, "王建国");
  g_assert_cmpint (hk_operator_get_roles (admin), ==, HK_ROLE_ADMINISTRATOR);
  g_assert_true (hk_operator_get_active (admin));
  g_assert_cmpint (hk_operator_get_created_at (admin), ==, T0);
  g_assert_true (hk_operator_has_any_role (admin, HK_ROLE_ADMINISTRATOR));
  g_assert_false (hk_operator_has_any_role (admin, HK_ROLE_CLERK));

  g_assert_false (hk_operator_store_is_empty (fixture->store));
  g_assert_cmpuint (g_list_model_get_n_items (hk_operator_store_get_model (fixture->store)), ==,
                    1);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpint (count_audit (fixture, NULL), ==, 1);
  assert_last_audit (fixture, "operator-added", admin, hk_operator_get_id (admin));

  /* Once there is anyone, no second "first" administrator. */
  second = hk_operator_store_create_administrator (fixture->store, "boss", "Boss",
                                                   ADMIN_PASSWORD, &error);
  g_assert_null (second);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_cmpint (hk_test_query_int (fixture->db.database, "SELECT count(*) FROM operators"),
                   ==, 1);
  g_assert_cmpuint (fixture->n_changed, ==, 1);

  assert_login_works (fixture, "admin", ADMIN_PASSWORD);
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkOperator) found = NULL;
  g_autoptr(HkOperator) by_id = NULL;
  g_autoptr(HkOperator) item = NULL;
  g_autoptr(HkOperator) missing = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model = hk_operator_store_get_model (fixture->store);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  hk_database_set_now (fixture->db.database, T0 + 100);
  clerk = add_operator (fixture, "zhangli", "张丽", HK_ROLE_CLERK | HK_ROLE_AUDITOR);
  g_assert_cmpstr (hk_operator_get_login (clerk), ==, "zhangli");
  g_assert_cmpstr (hk_operator_get_display_name (clerk), ==, "张丽");
  g_assert_cmpint (hk_operator_get_roles (clerk), ==, HK_ROLE_CLERK | HK_ROLE_AUDITOR);
  g_assert_true (hk_operator_get_active (clerk));
  g_assert_cmpint (hk_operator_get_created_at (clerk), ==, T0 + 100);
  g_assert_cmpint (operator_column (fixture, clerk, "created_by"), ==,
                   hk_operator_get_id (fixture->admin));

  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  item = g_list_model_get_item (model, 1);
  g_assert_cmpstr (hk_operator_get_login (item), ==, "zhangli");
  g_assert_cmpint (hk_operator_get_roles (item), ==, HK_ROLE_CLERK | HK_ROLE_AUDITOR);

  found = lookup (fixture, "zhangli");
  g_assert_cmpint (hk_operator_get_id (found), ==, hk_operator_get_id (clerk));
  by_id = hk_operator_store_lookup_by_id (fixture->store, hk_operator_get_id (clerk), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_operator_get_login (by_id), ==, "zhangli");

  missing = hk_operator_store_lookup (fixture->store, "nobody", &error);
  g_assert_null (missing);
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  missing = hk_operator_store_lookup_by_id (fixture->store, 999, &error);
  g_assert_null (missing);
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);

  assert_last_audit (fixture, "operator-added", fixture->admin, hk_operator_get_id (clerk));
  g_assert_cmpint (count_audit (fixture, "operator-added"), ==, 2);
}

static void
test_permission (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkOperator) all_but_admin = NULL;
  g_autoptr(HkOperator) second_admin = NULL;
  g_autoptr(HkOperator) deactivated = NULL;
  g_autoptr(HkOperator) result = NULL;
  g_autoptr(HkOperator) admin_now = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *admin_hash = NULL;
  gint64 n_operators;

  clerk = add_operator (fixture, "zhangli", "张丽", HK_ROLE_CLERK);
  all_but_admin = add_operator (fixture, "liqiang", "李强", HK_ROLE_ALL & ~HK_ROLE_ADMINISTRATOR);
  second_admin = add_operator (fixture, "wangwu", "王五", HK_ROLE_ADMINISTRATOR);
  deactivated = hk_operator_store_set_active (fixture->store, fixture->admin, second_admin,
                                              FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (hk_operator_get_active (deactivated));

  fixture->n_changed = 0;
  admin_hash = password_hash_of (fixture, fixture->admin);
  n_operators = hk_test_query_int (fixture->db.database, "SELECT count(*) FROM operators");
  g_assert_cmpint (count_audit (fixture, "permission-denied"), ==, 0);

  /* A clerk may not add, change, reset or deactivate, and each refusal is recorded. */
  result = hk_operator_store_add (fixture->store, clerk, "liuyang", "刘洋", HK_ROLE_CLERK,
                                  PASSWORD, &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (count_audit (fixture, "permission-denied"), ==, 1);
  assert_last_audit (fixture, "permission-denied", clerk, -1);

  result = hk_operator_store_update (fixture->store, clerk, fixture->admin, "Someone else",
                                     HK_ROLE_CLERK, &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (count_audit (fixture, "permission-denied"), ==, 2);
  assert_last_audit (fixture, "permission-denied", clerk, -1);

  g_assert_false (hk_operator_store_reset_password (fixture->store, clerk, fixture->admin,
                                                    "taken-over", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (count_audit (fixture, "permission-denied"), ==, 3);
  assert_last_audit (fixture, "permission-denied", clerk, -1);

  result = hk_operator_store_set_active (fixture->store, clerk, fixture->admin, FALSE, &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (count_audit (fixture, "permission-denied"), ==, 4);
  assert_last_audit (fixture, "permission-denied", clerk, -1);

  /* Every role but administrator together is not enough either. */
  result = hk_operator_store_add (fixture->store, all_but_admin, "liuyang", "刘洋",
                                  HK_ROLE_CLERK, PASSWORD, &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  assert_last_audit (fixture, "permission-denied", all_but_admin, -1);

  /* Nor is an administrator's role on a deactivated account. */
  result = hk_operator_store_add (fixture->store, deactivated, "liuyang", "刘洋",
                                  HK_ROLE_CLERK, PASSWORD, &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  assert_last_audit (fixture, "permission-denied", deactivated, -1);

  /* Nor nobody. */
  result = hk_operator_store_add (fixture->store, NULL, "liuyang", "刘洋", HK_ROLE_CLERK,
                                  PASSWORD, &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  assert_last_audit (fixture, "permission-denied", NULL, -1);
  g_assert_cmpint (count_audit (fixture, "permission-denied"), ==, 7);

  /* Nothing was changed by any of them. */
  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_cmpint (hk_test_query_int (fixture->db.database, "SELECT count(*) FROM operators"),
                   ==, n_operators);
  admin_now = lookup (fixture, "admin");
  g_assert_cmpstr (hk_operator_get_display_name (admin_now), ==, "王建国");
  g_assert_cmpint (hk_operator_get_roles (admin_now), ==, HK_ROLE_ADMINISTRATOR);
  g_assert_true (hk_operator_get_active (admin_now));
  {
    g_autofree char *hash_now = password_hash_of (fixture, fixture->admin);

    g_assert_cmpstr (hash_now, ==, admin_hash);
  }
  g_assert_cmpint (count_audit (fixture, "operator-changed"), ==, 0);
  g_assert_cmpint (count_audit (fixture, "password-reset"), ==, 0);
}

static void
test_duplicate_login (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkOperator) again = NULL;
  g_autoptr(GError) error = NULL;

  clerk = add_operator (fixture, "zhangli", "张丽", HK_ROLE_CLERK);
  fixture->n_changed = 0;

  again = hk_operator_store_add (fixture->store, fixture->admin, "zhangli", "张丽 (2)",
                                 HK_ROLE_AUDITOR, PASSWORD, &error);
  g_assert_null (again);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  /* The message says which login is taken. */
  g_assert_nonnull (strstr (error->message, "“zhangli”"));
  g_clear_error (&error);

  again = hk_operator_store_add (fixture->store, fixture->admin, "admin", "Another admin",
                                 HK_ROLE_CLERK, PASSWORD, &error);
  g_assert_null (again);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);

  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_cmpint (hk_test_query_int (fixture->db.database, "SELECT count(*) FROM operators"),
                   ==, 2);
  g_assert_cmpint (count_audit (fixture, "operator-added"), ==, 2);
  {
    g_autoptr(HkOperator) still = lookup (fixture, "zhangli");

    g_assert_cmpint (hk_operator_get_roles (still), ==, HK_ROLE_CLERK);
    g_assert_cmpstr (hk_operator_get_display_name (still), ==, "张丽");
  }
}

static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  const char *bad_logins[] = {
    "", "a", "Zhangli", "zhangLi", "-zhang", ".zhang", "_zhang", "zhang li", " zhang", "zhang@li",
    "zhang/li", "张丽", "zhang\tli", "abcdefghijabcdefghijabcdefghijabc",
  };
  const char *good_logins[] = {
    "ab", "zhang.li", "li_3", "9x", "a-b", "abcdefghijabcdefghijabcdefghijab",
  };
  const char *bad_names[] = { "", "   ", "\t\n" };
  g_autofree char *long_name = NULL;
  g_autoptr(HkOperator) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_audit = count_audit (fixture, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_logins); i++)
    {
      g_test_message ("login “%s”", bad_logins[i]);
      g_assert_false (hk_operator_login_is_valid (bad_logins[i], &error));
      g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
      g_clear_error (&error);

      result = hk_operator_store_add (fixture->store, fixture->admin, bad_logins[i], "张丽",
                                      HK_ROLE_CLERK, PASSWORD, &error);
      g_assert_null (result);
      g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
      g_clear_error (&error);
    }
  g_assert_false (hk_operator_login_is_valid (NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (good_logins); i++)
    {
      g_assert_true (hk_operator_login_is_valid (good_logins[i], &error));
      g_assert_no_error (error);
    }

  /* A name is needed, and not a very long one. */
  long_name = g_strnfill (65, 'x');
  for (guint i = 0; i <= G_N_ELEMENTS (bad_names); i++)
    {
      const char *name = i < G_N_ELEMENTS (bad_names) ? bad_names[i] : long_name;

      result = hk_operator_store_add (fixture->store, fixture->admin, "zhangli", name,
                                      HK_ROLE_CLERK, PASSWORD, &error);
      g_assert_null (result);
      g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
      g_clear_error (&error);

      result = hk_operator_store_update (fixture->store, fixture->admin, fixture->admin, name,
                                         HK_ROLE_ADMINISTRATOR, &error);
      g_assert_null (result);
      g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
      g_clear_error (&error);
    }

  /* At least one role. */
  result = hk_operator_store_add (fixture->store, fixture->admin, "zhangli", "张丽",
                                  HK_ROLE_NONE, PASSWORD, &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  result = hk_operator_store_update (fixture->store, fixture->admin, fixture->admin, "王建国",
                                     HK_ROLE_NONE, &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  /* A password long enough. */
  result = hk_operator_store_add (fixture->store, fixture->admin, "zhangli", "张丽",
                                  HK_ROLE_CLERK, "abc", &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (hk_operator_store_reset_password (fixture->store, fixture->admin,
                                                    fixture->admin, "abc", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing was written. */
  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_cmpint (hk_test_query_int (fixture->db.database, "SELECT count(*) FROM operators"),
                   ==, 1);
  g_assert_cmpint (count_audit (fixture, NULL), ==, n_audit);
  {
    g_autoptr(HkOperator) admin = lookup (fixture, "admin");

    g_assert_cmpstr (hk_operator_get_display_name (admin), ==, "王建国");
    g_assert_cmpint (hk_operator_get_roles (admin), ==, HK_ROLE_ADMINISTRATOR);
  }
}

static void
test_authenticate (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkOperator) operator = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wrong_password_message = NULL;

  clerk = add_operator (fixture, "zhangli", "张丽", HK_ROLE_CLERK | HK_ROLE_ARCHIVIST);

  operator = hk_operator_store_authenticate (fixture->store, "zhangli", PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (operator);
  g_assert_cmpint (hk_operator_get_id (operator), ==, hk_operator_get_id (clerk));
  g_assert_cmpstr (hk_operator_get_display_name (operator), ==, "张丽");
  g_assert_cmpint (hk_operator_get_roles (operator), ==, HK_ROLE_CLERK | HK_ROLE_ARCHIVIST);
  assert_last_audit (fixture, "login", clerk, hk_operator_get_id (clerk));
  g_assert_cmpint (count_audit (fixture, "login"), ==, 1);
  g_clear_object (&operator);

  /* Wrong password: refused, counted, recorded. */
  operator = hk_operator_store_authenticate (fixture->store, "zhangli", "counter-24", &error);
  g_assert_null (operator);
  g_assert_error (error, HK_ERROR, HK_ERROR_AUTHENTICATION);
  wrong_password_message = g_strdup (error->message);
  g_clear_error (&error);
  g_assert_cmpint (count_audit (fixture, "login-failed"), ==, 1);
  assert_last_audit (fixture, "login-failed", NULL, hk_operator_get_id (clerk));
  g_assert_cmpint (operator_column (fixture, clerk, "failed_logins"), ==, 1);

  /* Unknown login: the same error and message, so nobody learns which logins exist. */
  operator = hk_operator_store_authenticate (fixture->store, "nobody", PASSWORD, &error);
  g_assert_null (operator);
  g_assert_error (error, HK_ERROR, HK_ERROR_AUTHENTICATION);
  g_assert_cmpstr (error->message, ==, wrong_password_message);
  g_clear_error (&error);
  g_assert_cmpint (count_audit (fixture, "login-failed"), ==, 2);
  assert_last_audit (fixture, "login-failed", NULL, 0);

  /* An empty password is just a wrong one. */
  assert_login_fails (fixture, "zhangli", "", HK_ERROR_AUTHENTICATION);
  g_assert_cmpint (count_audit (fixture, "login-failed"), ==, 3);

  g_assert_cmpint (count_audit (fixture, "login"), ==, 1);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
}

/* Enough wrong passwords in a row to lock the account. */
static void
lock_out (Fixture    *fixture,
          const char *login)
{
  for (int i = 1; i < HK_LOGIN_MAX_FAILURES; i++)
    assert_login_fails (fixture, login, "wrong-password", HK_ERROR_AUTHENTICATION);

  assert_login_fails (fixture, login, "wrong-password", HK_ERROR_LOCKED_OUT);
}

static void
test_lockout (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HkOperator) clerk = NULL;

  clerk = add_operator (fixture, "zhangli", "张丽", HK_ROLE_CLERK);

  lock_out (fixture, "zhangli");
  g_assert_cmpint (count_audit (fixture, "login-failed"), ==, HK_LOGIN_MAX_FAILURES);
  g_assert_cmpint (operator_column (fixture, clerk, "locked_until"), ==,
                   T0 + HK_LOGIN_LOCKOUT_SECONDS);

  /* The right password does not help while it lasts. */
  assert_login_fails (fixture, "zhangli", PASSWORD, HK_ERROR_LOCKED_OUT);
  assert_last_audit (fixture, "login-refused", NULL, hk_operator_get_id (clerk));

  hk_database_set_now (fixture->db.database, T0 + HK_LOGIN_LOCKOUT_SECONDS - 1);
  assert_login_fails (fixture, "zhangli", PASSWORD, HK_ERROR_LOCKED_OUT);

  /* Other accounts are not affected. */
  assert_login_works (fixture, "admin", ADMIN_PASSWORD);

  /* Then it lifts by itself. */
  hk_database_set_now (fixture->db.database, T0 + HK_LOGIN_LOCKOUT_SECONDS);
  assert_login_works (fixture, "zhangli", PASSWORD);
  assert_last_audit (fixture, "login", clerk, hk_operator_get_id (clerk));
  g_assert_cmpint (operator_column (fixture, clerk, "failed_logins"), ==, 0);
  g_assert_cmpint (operator_column (fixture, clerk, "locked_until"), ==, 0);

  /* And counting starts again from zero. */
  assert_login_fails (fixture, "zhangli", "wrong-password", HK_ERROR_AUTHENTICATION);
}

/* A session locked after a time without use opens again with its operator's own password
 * only; wrong ones count towards the lock-out as at the login, which then holds the session
 * locked even for the right password. */
static void
test_unlock (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkOperator) other = NULL;
  g_autoptr(HkOperator) unlocked = NULL;
  g_autoptr(GError) error = NULL;

  clerk = add_operator (fixture, "zhangli", "张丽", HK_ROLE_CLERK);
  other = add_operator (fixture, "liuyang", "刘洋", HK_ROLE_CLERK);

  unlocked = hk_operator_store_unlock (fixture->store, clerk, PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_operator_get_id (unlocked), ==, hk_operator_get_id (clerk));
  assert_last_audit (fixture, "login", clerk, hk_operator_get_id (clerk));
  g_clear_object (&unlocked);

  /* Another operator's password is a wrong one for this session. */
  g_assert_true (hk_operator_store_reset_password (fixture->store, fixture->admin, other,
                                                   "liuyang-password", &error));
  g_assert_no_error (error);
  unlocked = hk_operator_store_unlock (fixture->store, clerk, "liuyang-password", &error);
  g_assert_null (unlocked);
  g_assert_error (error, HK_ERROR, HK_ERROR_AUTHENTICATION);
  g_clear_error (&error);
  g_assert_cmpint (operator_column (fixture, clerk, "failed_logins"), ==, 1);

  for (int i = 2; i < HK_LOGIN_MAX_FAILURES; i++)
    {
      unlocked = hk_operator_store_unlock (fixture->store, clerk, "wrong-password", &error);
      g_assert_error (error, HK_ERROR, HK_ERROR_AUTHENTICATION);
      g_clear_error (&error);
    }
  unlocked = hk_operator_store_unlock (fixture->store, clerk, "wrong-password", &error);
  g_assert_null (unlocked);
  g_assert_error (error, HK_ERROR, HK_ERROR_LOCKED_OUT);
  g_clear_error (&error);

  /* Locked out: the right password does not unlock either, until the lock-out ends. */
  unlocked = hk_operator_store_unlock (fixture->store, clerk, PASSWORD, &error);
  g_assert_null (unlocked);
  g_assert_error (error, HK_ERROR, HK_ERROR_LOCKED_OUT);
  g_clear_error (&error);
  assert_last_audit (fixture, "login-refused", NULL, hk_operator_get_id (clerk));

  hk_database_set_now (fixture->db.database, T0 + HK_LOGIN_LOCKOUT_SECONDS);
  unlocked = hk_operator_store_unlock (fixture->store, clerk, PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (unlocked);
  g_clear_object (&unlocked);

  /* A deactivated account stays locked. */
  g_clear_object (&unlocked);
  {
    g_autoptr(HkOperator) gone = hk_operator_store_set_active (fixture->store, fixture->admin,
                                                               clerk, FALSE, &error);
    g_assert_no_error (error);
  }
  unlocked = hk_operator_store_unlock (fixture->store, clerk, PASSWORD, &error);
  g_assert_null (unlocked);
  g_assert_nonnull (error);
}

static void
test_success_resets_failures (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(HkOperator) clerk = NULL;

  clerk = add_operator (fixture, "zhangli", "张丽", HK_ROLE_CLERK);

  for (int i = 1; i < HK_LOGIN_MAX_FAILURES; i++)
    assert_login_fails (fixture, "zhangli", "wrong-password", HK_ERROR_AUTHENTICATION);
  g_assert_cmpint (operator_column (fixture, clerk, "failed_logins"), ==,
                   HK_LOGIN_MAX_FAILURES - 1);

  assert_login_works (fixture, "zhangli", PASSWORD);
  g_assert_cmpint (operator_column (fixture, clerk, "failed_logins"), ==, 0);

  /* As many wrong ones again are not yet a lock-out... */
  for (int i = 1; i < HK_LOGIN_MAX_FAILURES; i++)
    assert_login_fails (fixture, "zhangli", "wrong-password", HK_ERROR_AUTHENTICATION);

  /* ...but one more is. */
  assert_login_fails (fixture, "zhangli", "wrong-password", HK_ERROR_LOCKED_OUT);
}

static void
test_reset_password_lifts_lockout (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(GError) error = NULL;

  clerk = add_operator (fixture, "zhangli", "张丽", HK_ROLE_CLERK);
  lock_out (fixture, "zhangli");
  assert_login_fails (fixture, "zhangli", PASSWORD, HK_ERROR_LOCKED_OUT);

  g_assert_true (hk_operator_store_reset_password (fixture->store, fixture->admin, clerk,
                                                   "new-password", &error));
  g_assert_no_error (error);
  assert_last_audit (fixture, "password-reset", fixture->admin, hk_operator_get_id (clerk));
  g_assert_cmpint (operator_column (fixture, clerk, "locked_until"), ==, 0);
  g_assert_cmpint (operator_column (fixture, clerk, "failed_logins"), ==, 0);

  /* At the same moment: no longer locked; the old password is gone, the new one works. */
  assert_login_fails (fixture, "zhangli", PASSWORD, HK_ERROR_AUTHENTICATION);
  assert_login_works (fixture, "zhangli", "new-password");
}

static void
test_deactivated (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkOperator) after = NULL;
  g_autoptr(HkOperator) item = NULL;
  g_autoptr(GError) error = NULL;

  clerk = add_operator (fixture, "zhangli", "张丽", HK_ROLE_CLERK);
  fixture->n_changed = 0;

  after = hk_operator_store_set_active (fixture->store, fixture->admin, clerk, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (hk_operator_get_active (after));
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  item = model_item (fixture, 1);
  g_assert_false (hk_operator_get_active (item));
  g_clear_object (&item);
  assert_last_audit (fixture, "operator-deactivated", fixture->admin,
                     hk_operator_get_id (clerk));

  /* The right password does not let a deactivated operator in. */
  assert_login_fails (fixture, "zhangli", PASSWORD, HK_ERROR_AUTHENTICATION);
  assert_last_audit (fixture, "login-refused", NULL, hk_operator_get_id (clerk));

  /* Deactivated, never deleted. */
  g_clear_object (&after);
  after = lookup (fixture, "zhangli");
  g_assert_false (hk_operator_get_active (after));
  g_assert_false (hk_database_exec (fixture->db.database, "DELETE FROM operators", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Reactivated, they can log in again. */
  g_clear_object (&after);
  after = hk_operator_store_set_active (fixture->store, fixture->admin, clerk, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (hk_operator_get_active (after));
  assert_last_audit (fixture, "operator-reactivated", fixture->admin,
                     hk_operator_get_id (clerk));
  item = model_item (fixture, 1);
  g_assert_true (hk_operator_get_active (item));
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  assert_login_works (fixture, "zhangli", PASSWORD);
}

static void
test_cannot_deactivate_self (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(HkOperator) other_admin = NULL;
  g_autoptr(HkOperator) result = NULL;
  g_autoptr(HkOperator) admin = NULL;
  g_autoptr(GError) error = NULL;

  /* Not even when another administrator is there. */
  other_admin = add_operator (fixture, "wangwu", "王五", HK_ROLE_ADMINISTRATOR);
  fixture->n_changed = 0;

  result = hk_operator_store_set_active (fixture->store, fixture->admin, fixture->admin, FALSE,
                                         &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);

  admin = lookup (fixture, "admin");
  g_assert_true (hk_operator_get_active (admin));
  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_cmpint (count_audit (fixture, "operator-deactivated"), ==, 0);
}

static void
test_last_administrator (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(HkOperator) result = NULL;
  g_autoptr(HkOperator) wangwu = NULL;
  g_autoptr(HkOperator) check = NULL;
  g_autoptr(GError) error = NULL;

  /* The only administrator cannot give up the role... */
  result = hk_operator_store_update (fixture->store, fixture->admin, fixture->admin, "王建国",
                                     HK_ROLE_CLERK, &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);
  check = lookup (fixture, "admin");
  g_assert_cmpint (hk_operator_get_roles (check), ==, HK_ROLE_ADMINISTRATOR);
  g_clear_object (&check);

  /* ...but may take more roles beside it. */
  result = hk_operator_store_update (fixture->store, fixture->admin, fixture->admin, "王建国",
                                     HK_ROLE_ADMINISTRATOR | HK_ROLE_SUPERVISOR, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_operator_get_roles (result), ==,
                   HK_ROLE_ADMINISTRATOR | HK_ROLE_SUPERVISOR);
  g_clear_object (&result);

  /* A deactivated administrator does not count. */
  wangwu = add_operator (fixture, "wangwu", "王五", HK_ROLE_ADMINISTRATOR);
  result = hk_operator_store_set_active (fixture->store, fixture->admin, wangwu, FALSE, &error);
  g_assert_no_error (error);
  g_clear_object (&result);

  result = hk_operator_store_update (fixture->store, fixture->admin, fixture->admin, "王建国",
                                     HK_ROLE_SUPERVISOR, &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  /* With a second active administrator, the first may step down. */
  result = hk_operator_store_set_active (fixture->store, fixture->admin, wangwu, TRUE, &error);
  g_assert_no_error (error);
  g_clear_object (&wangwu);
  wangwu = g_steal_pointer (&result);

  result = hk_operator_store_update (fixture->store, fixture->admin, fixture->admin, "王建国",
                                     HK_ROLE_SUPERVISOR, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_operator_get_roles (result), ==, HK_ROLE_SUPERVISOR);
  g_clear_object (&result);

  /* Now wangwu is the last one: he cannot give up the role... */
  result = hk_operator_store_update (fixture->store, wangwu, wangwu, "王五", HK_ROLE_CLERK,
                                     &error);
  g_assert_null (result);
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  /* ...and cannot be deactivated, not even through an out-of-date copy of the former
   * administrator (a second window that has not seen the change yet). */
  result = hk_operator_store_set_active (fixture->store, fixture->admin, wangwu, FALSE, &error);
  g_assert_null (result);
  g_assert_nonnull (error);
  g_assert_true (g_error_matches (error, HK_ERROR, HK_ERROR_CONFLICT) ||
                 g_error_matches (error, HK_ERROR, HK_ERROR_PERMISSION));
  g_clear_error (&error);

  check = lookup (fixture, "wangwu");
  g_assert_true (hk_operator_get_active (check));
  g_assert_cmpint (hk_operator_get_roles (check), ==, HK_ROLE_ADMINISTRATOR);
  g_assert_cmpint (hk_test_query_int (fixture->db.database,
                                      "SELECT count(*) FROM operators o JOIN operator_roles r"
                                      " ON r.operator_id = o.id"
                                      " WHERE o.active = 1 AND r.role = 'administrator'"), ==, 1);
}

static void
test_last_administrator_stale_target (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(HkOperator) wangwu_as_clerk = NULL;
  g_autoptr(HkOperator) wangwu = NULL;
  g_autoptr(HkOperator) result = NULL;
  g_autoptr(GError) error = NULL;

  /* Two windows: in one, wangwu is still shown as the clerk he was... */
  wangwu_as_clerk = add_operator (fixture, "wangwu", "王五", HK_ROLE_CLERK);

  /* ...while in the other he is made administrator and the first one steps down. */
  wangwu = hk_operator_store_update (fixture->store, fixture->admin, wangwu_as_clerk, "王五",
                                     HK_ROLE_ADMINISTRATOR, &error);
  g_assert_no_error (error);
  result = hk_operator_store_update (fixture->store, wangwu, fixture->admin, "王建国",
                                     HK_ROLE_SUPERVISOR, &error);
  g_assert_no_error (error);
  g_clear_object (&result);

  /* Deactivating the "clerk" from the first window would leave the hall without an
   * administrator: refused, whatever the out-of-date copies say. */
  result = hk_operator_store_set_active (fixture->store, fixture->admin, wangwu_as_clerk, FALSE,
                                         &error);
  g_assert_null (result);
  g_assert_nonnull (error);
  g_assert_true (g_error_matches (error, HK_ERROR, HK_ERROR_CONFLICT) ||
                 g_error_matches (error, HK_ERROR, HK_ERROR_PERMISSION));
  g_clear_error (&error);

  g_clear_object (&wangwu);
  wangwu = lookup (fixture, "wangwu");
  g_assert_true (hk_operator_get_active (wangwu));
  g_assert_cmpint (hk_test_query_int (fixture->db.database,
                                      "SELECT count(*) FROM operators o JOIN operator_roles r"
                                      " ON r.operator_id = o.id"
                                      " WHERE o.active = 1 AND r.role = 'administrator'"), ==, 1);
}

static void
test_stale_actor (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkOperator) wangwu = NULL;
  g_autoptr(HkOperator) promoted = NULL;
  g_autoptr(HkOperator) demoted = NULL;
  g_autoptr(HkOperator) added = NULL;
  g_autoptr(GError) error = NULL;
  gint64 refusals = hk_test_count_audit (fixture->db.database, "permission-denied");

  /* fixture->admin stays logged in on one workstation while, on another, wangwu is made
   * administrator and takes the role away from them. */
  wangwu = add_operator (fixture, "wangwu", "王五", HK_ROLE_CLERK);
  promoted = hk_operator_store_update (fixture->store, fixture->admin, wangwu, "王五",
                                       HK_ROLE_ADMINISTRATOR, &error);
  g_assert_no_error (error);
  demoted = hk_operator_store_update (fixture->store, promoted, fixture->admin, "王建国",
                                      HK_ROLE_SUPERVISOR, &error);
  g_assert_no_error (error);

  /* The open session's copy still says administrator; the database decides. */
  g_assert_true (hk_operator_get_roles (fixture->admin) & HK_ROLE_ADMINISTRATOR);
  added = hk_operator_store_add (fixture->store, fixture->admin, "zhaoliu", "赵六",
                                 HK_ROLE_CLERK, "password", &error);
  g_assert_null (added);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_assert_cmpint (hk_test_count_audit (fixture->db.database, "permission-denied"), ==,
                   refusals + 1);
}

static void
on_context_notify_operator_cb (HkContext  *context,
                               GParamSpec *pspec,
                               guint      *count)
{
  (*count)++;
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkOperator) after = NULL;
  g_autoptr(HkOperator) item = NULL;
  g_autoptr(HkOperator) found = NULL;
  g_autoptr(HkOperator) ghost = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GListModel *model = hk_operator_store_get_model (fixture->store);
  guint n_items_changed = 0;
  guint n_operator_notified = 0;

  clerk = add_operator (fixture, "zhangli", "张丽", HK_ROLE_CLERK);
  item = g_list_model_get_item (model, 1);
  g_assert_cmpstr (hk_operator_get_display_name (item), ==, "张丽");
  g_clear_object (&item);

  /* The clerk is logged in in this context. */
  hk_context_set_operator (fixture->context, clerk);
  g_signal_connect (fixture->context, "notify::operator",
                    G_CALLBACK (on_context_notify_operator_cb), &n_operator_notified);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), &n_items_changed);
  fixture->n_changed = 0;

  after = hk_operator_store_update (fixture->store, fixture->admin, clerk, " 张丽丽 ",
                                    HK_ROLE_CLERK | HK_ROLE_COMPLAINT_OFFICER, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_operator_get_id (after), ==, hk_operator_get_id (clerk));
  g_assert_cmpstr (hk_operator_get_display_name (after), ==, "张丽丽");
  g_assert_cmpint (hk_operator_get_roles (after), ==, HK_ROLE_CLERK | HK_ROLE_COMPLAINT_OFFICER);

  /* Stored, signalled, and the model and the context follow. */
  found = lookup (fixture, "zhangli");
  g_assert_cmpstr (hk_operator_get_display_name (found), ==, "张丽丽");
  g_assert_cmpint (hk_operator_get_roles (found), ==, HK_ROLE_CLERK | HK_ROLE_COMPLAINT_OFFICER);

  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpuint (n_items_changed, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  item = g_list_model_get_item (model, 1);
  g_assert_cmpstr (hk_operator_get_display_name (item), ==, "张丽丽");
  g_assert_cmpint (hk_operator_get_roles (item), ==, HK_ROLE_CLERK | HK_ROLE_COMPLAINT_OFFICER);
  g_clear_object (&item);

  g_assert_cmpuint (n_operator_notified, ==, 1);
  g_assert_cmpstr (hk_operator_get_display_name (hk_context_get_operator (fixture->context)),
                   ==, "张丽丽");
  g_assert_cmpint (hk_operator_get_roles (hk_context_get_operator (fixture->context)), ==,
                   HK_ROLE_CLERK | HK_ROLE_COMPLAINT_OFFICER);

  assert_last_audit (fixture, "operator-changed", fixture->admin, hk_operator_get_id (clerk));
  summary = hk_test_query_text (fixture->db.database,
                                "SELECT summary FROM audit_log ORDER BY seq DESC LIMIT 1");
  g_assert_nonnull (strstr (summary, "张丽丽"));
  g_assert_nonnull (strstr (summary, "complaint-officer"));

  /* An operator that is not in the database cannot be changed. */
  ghost = g_object_new (HK_TYPE_OPERATOR, "id", (gint64)999, "login", "ghost",
                        "display-name", "Ghost", "roles", HK_ROLE_CLERK, NULL);
  g_clear_object (&after);
  after = hk_operator_store_update (fixture->store, fixture->admin, ghost, "Ghost",
                                    HK_ROLE_CLERK, &error);
  g_assert_null (after);
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
}

static void
test_change_own_password (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hash_before = NULL;

  clerk = add_operator (fixture, "zhangli", "张丽", HK_ROLE_CLERK);
  hash_before = password_hash_of (fixture, clerk);

  /* The old password must be right. */
  g_assert_false (hk_operator_store_change_own_password (fixture->store, clerk, "not-it",
                                                         "new-password", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_AUTHENTICATION);
  g_clear_error (&error);

  /* The new one must be long enough. */
  g_assert_false (hk_operator_store_change_own_password (fixture->store, clerk, PASSWORD,
                                                         "abc", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  {
    g_autofree char *hash_now = password_hash_of (fixture, clerk);

    g_assert_cmpstr (hash_now, ==, hash_before);
  }
  g_assert_cmpint (count_audit (fixture, "password-changed"), ==, 0);

  g_assert_true (hk_operator_store_change_own_password (fixture->store, clerk, PASSWORD,
                                                        "new-password", &error));
  g_assert_no_error (error);
  assert_last_audit (fixture, "password-changed", clerk, hk_operator_get_id (clerk));

  assert_login_fails (fixture, "zhangli", PASSWORD, HK_ERROR_AUTHENTICATION);
  assert_login_works (fixture, "zhangli", "new-password");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/operator-store/first-administrator", Fixture, NULL,
              setup_empty, test_first_administrator, teardown);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, setup_with_admin, func, teardown)

  ADD ("/operator-store/add", test_add);
  ADD ("/operator-store/permission", test_permission);
  ADD ("/operator-store/duplicate-login", test_duplicate_login);
  ADD ("/operator-store/invalid", test_invalid);
  ADD ("/operator-store/authenticate", test_authenticate);
  ADD ("/operator-store/lockout", test_lockout);
  ADD ("/operator-store/unlock", test_unlock);
  ADD ("/operator-store/success-resets-failures", test_success_resets_failures);
  ADD ("/operator-store/reset-password-lifts-lockout", test_reset_password_lifts_lockout);
  ADD ("/operator-store/deactivated", test_deactivated);
  ADD ("/operator-store/cannot-deactivate-self", test_cannot_deactivate_self);
  ADD ("/operator-store/last-administrator", test_last_administrator);
  ADD ("/operator-store/last-administrator-stale-target", test_last_administrator_stale_target);
  ADD ("/operator-store/stale-actor", test_stale_actor);
  ADD ("/operator-store/update", test_update);
  ADD ("/operator-store/change-own-password", test_change_own_password);

#undef ADD

  return g_test_run ();
}
