/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-fee-item-store.c: the tariff: fee items, prices from a day on that never change for past
 * days, who may change them, and the all-or-nothing CSV import. */

#include "config.h"

#include <string.h>

#include "core/hk-context.h"
#include "core/hk-error.h"
#include "core/hk-fee-item-store.h"
#include "hk-test-hall.h"

/* 2026-11-27 10:00 in Shanghai, a Friday. */
#define T0 1795744800
#define DAY (24 * 3600)
#define TODAY "2026-11-27"

typedef struct
{
  HkTestHall      hall;
  HkFeeItemStore *store;
} Fixture;

static void
on_store_changed_cb (HkFeeItemStore *store,
                     Fixture        *fixture)
{
  fixture->hall.n_changed++;
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;

  hk_test_hall_setup (hall, T0);
  hk_test_hall_add_admin (hall, "王建国", "admin-pass");
  hall->supervisor = hk_test_hall_add_operator (hall, "liqiang", "李强", HK_ROLE_SUPERVISOR);
  hall->clerk = hk_test_hall_add_operator (hall, "zhangli", "张丽", HK_ROLE_CLERK);
  hall->auditor = hk_test_hall_add_operator (hall, "zhaomin", "赵敏", HK_ROLE_AUDITOR);

  fixture->store = hk_fee_item_store_new (hall->db.database,
                                          hk_context_get_hall_store (hall->context));
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_store_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_clear_object (&fixture->store);
  hk_test_hall_teardown (&fixture->hall);
}

/* ---- helpers ---- */

static HkFeeItem *
add_item (Fixture       *fixture,
          const char    *code,
          const char    *name,
          HkFeeCategory  category,
          gint64         price,
          const char    *valid_from)
{
  g_autoptr(GError) error = NULL;
  HkFeeItem *item;

  item = hk_fee_item_store_add (fixture->store, fixture->hall.supervisor, code, name, category,
                                price, valid_from, &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);

  return item;
}

static HkFeeItem *
lookup (Fixture    *fixture,
        const char *code)
{
  g_autoptr(GError) error = NULL;
  HkFeeItem *item;

  item = hk_fee_item_store_lookup (fixture->store, code, &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);

  return item;
}

static gint64
price_on (Fixture    *fixture,
          HkFeeItem  *item,
          const char *day)
{
  g_autoptr(GError) error = NULL;
  gint64 price = -42;

  g_assert_true (hk_fee_item_store_price_on (fixture->store, hk_fee_item_get_id (item), day,
                                             &price, &error));
  g_assert_no_error (error);

  return price;
}

static gint64
count_audit (Fixture    *fixture,
             const char *action)
{
  return hk_test_count_audit (fixture->hall.db.database, action);
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  return hk_test_query_int (fixture->hall.db.database, sql);
}

/* The last audit entry: its action, operator, entity and entity id, and a part of its summary. */
static void
assert_last_audit (Fixture    *fixture,
                   const char *action,
                   HkOperator *actor,
                   gint64      entity_id,
                   const char *summary_part)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (fixture->hall.db.database,
                              "SELECT action, operator_login, entity, entity_id, summary"
                              " FROM audit_log ORDER BY seq DESC LIMIT 1", &error);
  g_assert_no_error (error);
  g_assert_true (hk_statement_step (stmt, &error));

  g_assert_cmpstr (hk_statement_get_text (stmt, 0), ==, action);
  g_assert_cmpstr (hk_statement_get_text (stmt, 1), ==, hk_operator_get_login (actor));
  if (g_str_equal (action, "permission-denied"))
    g_assert_cmpstr (hk_statement_get_text (stmt, 2), ==, "permission");
  else
    g_assert_cmpstr (hk_statement_get_text (stmt, 2), ==, "fee_item");
  if (entity_id >= 0)
    g_assert_cmpint (hk_statement_get_int64 (stmt, 3), ==, entity_id);
  if (summary_part != NULL && strstr (hk_statement_get_text (stmt, 4), summary_part) == NULL)
    g_error ("audit summary “%s” does not contain “%s”", hk_statement_get_text (stmt, 4),
             summary_part);
}

/* The fee tables only, as text: for checks where the audit log rightly grows. */
static char *
dump_fee_tables (Fixture *fixture)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);

  stmt = hk_database_prepare (fixture->hall.db.database,
                              "SELECT f.id, f.code, f.name, f.category, f.active,"
                              " p.valid_from, p.price, p.set_at, p.set_by"
                              " FROM fee_items f LEFT JOIN fee_item_prices p"
                              " ON p.fee_item_id = f.id ORDER BY f.id, p.valid_from", &error);
  g_assert_no_error (error);
  while (hk_statement_step (stmt, &error))
    g_string_append_printf (out, "%lld|%s|%s|%s|%lld|%s|%lld|%lld|%lld\n",
                            (long long)hk_statement_get_int64 (stmt, 0),
                            hk_statement_get_text (stmt, 1), hk_statement_get_text (stmt, 2),
                            hk_statement_get_text (stmt, 3),
                            (long long)hk_statement_get_int64 (stmt, 4),
                            hk_statement_get_text (stmt, 5),
                            (long long)hk_statement_get_int64 (stmt, 6),
                            (long long)hk_statement_get_int64 (stmt, 7),
                            (long long)hk_statement_get_int64 (stmt, 8));
  g_assert_no_error (error);

  return g_string_free (out, FALSE);
}

static gboolean
import (Fixture     *fixture,
        HkOperator  *actor,
        const char  *csv,
        guint       *n_added,
        guint       *n_changed,
        GError     **error)
{
  return hk_fee_item_store_import_csv (fixture->store, actor, csv, strlen (csv), n_added,
                                       n_changed, error);
}

static HkFeeItem *
model_item (Fixture *fixture,
            guint    position)
{
  return g_list_model_get_item (hk_fee_item_store_get_model (fixture->store), position);
}

/* ---- categories ---- */

static void
test_category (void)
{
  const char *ids[] = { "service", "sim_card", "value_card", "handset", "accessory", "repair",
                        "other" };
  const char *titles[] = { "Service fee", "SIM card", "Value card", "Handset", "Accessory",
                           "Repair", "Other" };
  GEnumClass *enum_class = g_type_class_ref (HK_TYPE_FEE_CATEGORY);
  HkFeeCategory category;

  g_assert_cmpuint (enum_class->n_values, ==, HK_N_FEE_CATEGORIES);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      GEnumValue *value = g_enum_get_value (enum_class, i);

      g_assert_cmpstr (hk_fee_category_to_id (i), ==, ids[i]);
      g_assert_cmpstr (hk_fee_category_get_title (i), ==, titles[i]);
      category = HK_FEE_CATEGORY_OTHER + 1;
      g_assert_true (hk_fee_category_from_id (ids[i], &category));
      g_assert_cmpint (category, ==, i);
      g_assert_nonnull (value);
      g_assert_cmpstr (value->value_nick, ==, ids[i]);
    }

  g_assert_cmpint (HK_FEE_CATEGORY_SIM_CARD, ==, 1);
  g_assert_cmpint (HK_FEE_CATEGORY_OTHER, ==, 6);

  category = HK_FEE_CATEGORY_REPAIR;
  g_assert_false (hk_fee_category_from_id ("phone", &category));
  g_assert_false (hk_fee_category_from_id ("SIM_CARD", &category));
  g_assert_false (hk_fee_category_from_id ("sim-card", &category));
  g_assert_false (hk_fee_category_from_id ("", &category));
  g_assert_false (hk_fee_category_from_id (NULL, &category));
  g_assert_cmpint (category, ==, HK_FEE_CATEGORY_REPAIR);

  g_type_class_unref (enum_class);
}

/* ---- adding, looking up, the model ---- */

static void
test_add_lookup_model (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HkFeeItem) card = NULL;
  g_autoptr(HkFeeItem) sim = NULL;
  g_autoptr(HkFeeItem) number = NULL;
  g_autoptr(HkFeeItem) cable = NULL;
  g_autoptr(HkFeeItem) found = NULL;
  g_autoptr(HkFeeItem) by_id = NULL;
  g_autoptr(HkFeeItem) missing = NULL;
  g_autoptr(GError) error = NULL;
  const char *order[] = { "acc-01", "SIM-PT", "XH01", "YJK-100" };
  GListModel *model;
  HkFeeCategory category;
  gint64 price;
  char *price_from = NULL;
  char *name = NULL;
  char *code = NULL;
  gboolean active;

  card = add_item (fixture, "YJK-100", "有价卡 100元", HK_FEE_CATEGORY_VALUE_CARD, 10000, TODAY);
  sim = add_item (fixture, "SIM-PT", "  SIM卡（普通卡）\t", HK_FEE_CATEGORY_SIM_CARD, 2000,
                  "2026-11-01");
  number = hk_fee_item_store_add (fixture->store, fixture->hall.admin, "XH01", "选号费",
                                  HK_FEE_CATEGORY_SERVICE, 0, TODAY, &error);
  g_assert_no_error (error);
  cable = add_item (fixture, "acc-01", "数据线 Type-C", HK_FEE_CATEGORY_ACCESSORY, 2500, TODAY);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 4);

  /* The item given back is the one stored, with today's price; the name without the spaces. */
  g_assert_cmpint (hk_fee_item_get_id (sim), >, 0);
  g_assert_cmpstr (hk_fee_item_get_code (sim), ==, "SIM-PT");
  g_assert_cmpstr (hk_fee_item_get_name (sim), ==, "SIM卡（普通卡）");
  g_assert_cmpint (hk_fee_item_get_category (sim), ==, HK_FEE_CATEGORY_SIM_CARD);
  g_assert_true (hk_fee_item_get_active (sim));
  g_assert_true (hk_fee_item_has_price (sim));
  g_assert_cmpint (hk_fee_item_get_price (sim), ==, 2000);
  g_assert_cmpstr (hk_fee_item_get_price_from (sim), ==, "2026-11-01");
  g_assert_cmpint (hk_fee_item_get_price (number), ==, 0);
  g_assert_cmpstr (hk_fee_item_get_code (cable), ==, "acc-01");

  /* The same through properties. */
  g_object_get (card, "code", &code, "name", &name, "category", &category, "active", &active,
                "price", &price, "price-from", &price_from, NULL);
  g_assert_cmpstr (code, ==, "YJK-100");
  g_assert_cmpstr (name, ==, "有价卡 100元");
  g_assert_cmpint (category, ==, HK_FEE_CATEGORY_VALUE_CARD);
  g_assert_true (active);
  g_assert_cmpint (price, ==, 10000);
  g_assert_cmpstr (price_from, ==, TODAY);
  g_free (code);
  g_free (name);
  g_free (price_from);

  found = lookup (fixture, "SIM-PT");
  g_assert_cmpint (hk_fee_item_get_id (found), ==, hk_fee_item_get_id (sim));
  by_id = hk_fee_item_store_lookup_by_id (fixture->store, hk_fee_item_get_id (card), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_fee_item_get_code (by_id), ==, "YJK-100");

  /* Lookups are exact: the case counts. */
  missing = hk_fee_item_store_lookup (fixture->store, "sim-pt", &error);
  g_assert_null (missing);
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND, "“sim-pt”");
  g_clear_error (&error);
  missing = hk_fee_item_store_lookup_by_id (fixture->store, 999, &error);
  g_assert_null (missing);
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND, "999");
  g_clear_error (&error);

  /* The model: every item by code, upper and lower case together. */
  model = hk_fee_item_store_get_model (fixture->store);
  g_assert_true (g_list_model_get_item_type (model) == HK_TYPE_FEE_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(HkFeeItem) item = model_item (fixture, i);
      g_assert_cmpstr (hk_fee_item_get_code (item), ==, order[i]);
    }

  /* What was written: the row, its first price, who and when, and an audit entry each. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM fee_items"), ==, 4);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM fee_item_prices"), ==, 4);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM fee_items WHERE code = 'SIM-PT'"
                                       " AND created_at = 1795744800 AND active = 1"
                                       " AND created_by = (SELECT id FROM operators"
                                       " WHERE login = 'liqiang')"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT price FROM fee_item_prices p"
                                       " JOIN fee_items f ON f.id = p.fee_item_id"
                                       " WHERE f.code = 'SIM-PT' AND p.valid_from = '2026-11-01'"
                                       " AND p.set_by = (SELECT id FROM operators"
                                       " WHERE login = 'liqiang')"), ==, 2000);
  g_assert_cmpint (count_audit (fixture, "fee-item-added"), ==, 4);
  assert_last_audit (fixture, "fee-item-added", fixture->hall.supervisor,
                     hk_fee_item_get_id (cable),
                     "added acc-01 “数据线 Type-C” (accessory), price 25.00 from 2026-11-27");
}

static void
test_model_follows_changes (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(HkFeeItem) sim = NULL;
  g_autoptr(HkFeeItem) changed = NULL;
  g_autoptr(HkFeeItem) first = NULL;
  g_autoptr(HkFeeItem) second = NULL;
  g_autoptr(HkFeeItem) third = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model = hk_fee_item_store_get_model (fixture->store);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  sim = add_item (fixture, "SIM-PT", "SIM卡", HK_FEE_CATEGORY_SIM_CARD, 2000, TODAY);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  changed = hk_fee_item_store_set_price (fixture->store, fixture->hall.supervisor, sim, 2500, TODAY,
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_fee_item_get_price (changed), ==, 2500);
  first = model_item (fixture, 0);
  g_assert_cmpint (hk_fee_item_get_price (first), ==, 2500);
  g_clear_object (&changed);

  changed = hk_fee_item_store_update (fixture->store, fixture->hall.admin, sim, "SIM卡（普通）",
                                      HK_FEE_CATEGORY_OTHER, &error);
  g_assert_no_error (error);
  second = model_item (fixture, 0);
  g_assert_cmpstr (hk_fee_item_get_name (second), ==, "SIM卡（普通）");
  g_assert_cmpint (hk_fee_item_get_category (second), ==, HK_FEE_CATEGORY_OTHER);
  g_clear_object (&changed);

  changed = hk_fee_item_store_set_active (fixture->store, fixture->hall.admin, sim, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (hk_fee_item_get_active (changed));
  third = model_item (fixture, 0);
  g_assert_false (hk_fee_item_get_active (third));
  /* Inactive items stay in the model. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 4);
}

/* ---- prices over time ---- */

static void
test_price_on (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HkFeeItem) sim = NULL;
  g_autoptr(HkFeeItem) after = NULL;
  g_autoptr(HkFeeItem) today = NULL;
  g_autoptr(HkFeeItem) next_week = NULL;
  g_autoptr(HkFeeItem) future = NULL;
  g_autoptr(HkFeeItem) model_first = NULL;
  g_autoptr(GError) error = NULL;
  gint64 price = -42;

  sim = add_item (fixture, "SIM-PT", "SIM卡（普通卡）", HK_FEE_CATEGORY_SIM_CARD, 2000,
                  "2026-11-20");

  /* A price from next week does not change today's. */
  after = hk_fee_item_store_set_price (fixture->store, fixture->hall.supervisor, sim, 2500,
                                       "2026-12-04", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_fee_item_get_price (after), ==, 2000);
  g_assert_cmpstr (hk_fee_item_get_price_from (after), ==, "2026-11-20");
  assert_last_audit (fixture, "fee-item-price-set", fixture->hall.supervisor,
                     hk_fee_item_get_id (sim), "price of SIM-PT from 2026-12-04: 20.00 → 25.00");

  g_assert_cmpint (price_on (fixture, sim, "2026-11-20"), ==, 2000);
  g_assert_cmpint (price_on (fixture, sim, TODAY), ==, 2000);
  g_assert_cmpint (price_on (fixture, sim, "2026-12-03"), ==, 2000);
  g_assert_cmpint (price_on (fixture, sim, "2026-12-04"), ==, 2500);
  g_assert_cmpint (price_on (fixture, sim, "2027-06-01"), ==, 2500);

  today = lookup (fixture, "SIM-PT");
  g_assert_cmpint (hk_fee_item_get_price (today), ==, 2000);
  model_first = model_item (fixture, 0);
  g_assert_cmpint (hk_fee_item_get_price (model_first), ==, 2000);

  /* The day before the first price: no price, and the message says from when there is one. */
  g_assert_false (hk_fee_item_store_price_on (fixture->store, hk_fee_item_get_id (sim),
                                              "2026-11-19", &price, &error));
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND, "2026-11-20");
  g_assert_cmpint (price, ==, -42);
  g_clear_error (&error);

  g_assert_false (hk_fee_item_store_price_on (fixture->store, hk_fee_item_get_id (sim),
                                              "2026-02-30", &price, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "2026-02-30");
  g_clear_error (&error);

  g_assert_false (hk_fee_item_store_price_on (fixture->store, 999, TODAY, &price, &error));
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND, "999");
  g_clear_error (&error);

  /* Next week the new price is today's. */
  hk_database_set_now (fixture->hall.db.database, T0 + 7 * DAY);
  next_week = lookup (fixture, "SIM-PT");
  g_assert_cmpint (hk_fee_item_get_price (next_week), ==, 2500);
  g_assert_cmpstr (hk_fee_item_get_price_from (next_week), ==, "2026-12-04");
  hk_database_set_now (fixture->hall.db.database, T0);

  /* An item whose first price applies later has no price today. */
  future = add_item (fixture, "SJ-MI-15", "小米15", HK_FEE_CATEGORY_HANDSET, 449900, "2026-12-01");
  g_assert_false (hk_fee_item_has_price (future));
  g_assert_cmpint (hk_fee_item_get_price (future), ==, HK_FEE_ITEM_NO_PRICE);
  g_assert_null (hk_fee_item_get_price_from (future));
  g_assert_false (hk_fee_item_store_price_on (fixture->store, hk_fee_item_get_id (future), TODAY,
                                              &price, &error));
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND, "first price applies from 2026-12-01");
  g_clear_error (&error);
  g_assert_cmpint (price_on (fixture, future, "2026-12-01"), ==, 449900);
}

static void
test_past_price_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(HkFeeItem) sim = NULL;
  g_autoptr(HkFeeItem) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *past_days[] = { "2026-11-20", "2026-11-25", "2026-11-26", "2025-01-01" };

  sim = add_item (fixture, "SIM-PT", "SIM卡", HK_FEE_CATEGORY_SIM_CARD, 2000, "2026-11-20");
  before = dump_fee_tables (fixture);
  fixture->hall.n_changed = 0;

  /* A day with a price of its own, and days inside a price's time: history either way. */
  for (guint i = 0; i < G_N_ELEMENTS (past_days); i++)
    {
      result = hk_fee_item_store_set_price (fixture->store, fixture->hall.admin, sim, 9900,
                                            past_days[i], &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_CONFLICT, past_days[i]);
      g_clear_error (&error);
    }

  after = dump_fee_tables (fixture);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (count_audit (fixture, "fee-item-price-set"), ==, 0);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 0);

  /* Today is not history yet: a new price, then a correction that replaces it. */
  result = hk_fee_item_store_set_price (fixture->store, fixture->hall.admin, sim, 2200, TODAY,
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_fee_item_get_price (result), ==, 2200);
  g_clear_object (&result);
  result = hk_fee_item_store_set_price (fixture->store, fixture->hall.admin, sim, 2300, TODAY,
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_fee_item_get_price (result), ==, 2300);
  g_clear_object (&result);
  assert_last_audit (fixture, "fee-item-price-set", fixture->hall.admin, hk_fee_item_get_id (sim),
                     "22.00 → 23.00 (replaces the price set for that day)");

  /* A later day too. */
  result = hk_fee_item_store_set_price (fixture->store, fixture->hall.admin, sim, 2400,
                                        "2026-12-01", &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  result = hk_fee_item_store_set_price (fixture->store, fixture->hall.admin, sim, 2450,
                                        "2026-12-01", &error);
  g_assert_no_error (error);
  g_clear_object (&result);

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM fee_item_prices"), ==, 3);
  g_assert_cmpint (price_on (fixture, sim, "2026-11-26"), ==, 2000);
  g_assert_cmpint (price_on (fixture, sim, TODAY), ==, 2300);
  g_assert_cmpint (price_on (fixture, sim, "2026-12-01"), ==, 2450);
  g_assert_cmpint (count_audit (fixture, "fee-item-price-set"), ==, 4);

  /* At 01:00 on the 28th in Shanghai it is still the 27th in UTC: the hall's day counts. */
  hk_database_set_now (fixture->hall.db.database, T0 + 15 * 3600);
  result = hk_fee_item_store_set_price (fixture->store, fixture->hall.admin, sim, 9900, TODAY,
                                        &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "2026-11-28");
  g_assert_cmpint (price_on (fixture, sim, TODAY), ==, 2300);
}

/* ---- who may change the tariff ---- */

static void
test_permission (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *csv = "code,name,category,price\nXH01,选号费,service,50.00\n";
  g_autoptr(HkFeeItem) sim = NULL;
  g_autoptr(HkFeeItem) result = NULL;
  g_autoptr(HkOperator) former = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  HkOperator *refused[] = { fixture->hall.clerk, fixture->hall.auditor };

  sim = add_item (fixture, "SIM-PT", "SIM卡", HK_FEE_CATEGORY_SIM_CARD, 2000, TODAY);
  before = dump_fee_tables (fixture);
  fixture->hall.n_changed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      HkOperator *actor = refused[i];
      gint64 denied = count_audit (fixture, "permission-denied");

      result = hk_fee_item_store_add (fixture->store, actor, "XH01", "选号费",
                                      HK_FEE_CATEGORY_SERVICE, 5000, TODAY, &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_PERMISSION, "Hall supervisor");
      hk_test_assert_error (error, HK_ERROR_PERMISSION, "Administrator");
      g_clear_error (&error);
      assert_last_audit (fixture, "permission-denied", actor, 0, "Adding a fee item");

      result = hk_fee_item_store_set_price (fixture->store, actor, sim, 1, TODAY, &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_PERMISSION, "Changing a price");
      g_clear_error (&error);

      result = hk_fee_item_store_update (fixture->store, actor, sim, "x", HK_FEE_CATEGORY_OTHER,
                                         &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_PERMISSION, "Changing a fee item");
      g_clear_error (&error);

      result = hk_fee_item_store_set_active (fixture->store, actor, sim, FALSE, &error);
      g_assert_null (result);
      hk_test_assert_error (error, HK_ERROR_PERMISSION, "Deactivating a fee item");
      g_clear_error (&error);

      g_assert_false (import (fixture, actor, csv, NULL, NULL, &error));
      hk_test_assert_error (error, HK_ERROR_PERMISSION, "Importing fee items");
      g_clear_error (&error);

      /* Each refusal is on record, under the name of who tried. */
      g_assert_cmpint (count_audit (fixture, "permission-denied"), ==, denied + 5);
    }

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log"
                                       " WHERE action = 'permission-denied'"
                                       " AND operator_login = 'zhangli'"), ==, 5);

  /* Nobody logged in. */
  result = hk_fee_item_store_add (fixture->store, NULL, "XH01", "选号费",
                                  HK_FEE_CATEGORY_SERVICE, 5000, TODAY, &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  g_clear_error (&error);

  /* A supervisor who lost the role since logging in. */
  former = hk_operator_store_update (hk_context_get_operator_store (fixture->hall.context),
                                     fixture->hall.admin, fixture->hall.supervisor, "李强",
                                     HK_ROLE_CLERK, &error);
  g_assert_no_error (error);
  result = hk_fee_item_store_add (fixture->store, fixture->hall.supervisor, "XH01", "选号费",
                                  HK_FEE_CATEGORY_SERVICE, 5000, TODAY, &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  g_clear_error (&error);

  after = dump_fee_tables (fixture);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 0);
  g_assert_cmpint (count_audit (fixture, "fee-items-imported"), ==, 0);

  /* The administrator may. */
  result = hk_fee_item_store_add (fixture->store, fixture->hall.admin, "XH01", "选号费",
                                  HK_FEE_CATEGORY_SERVICE, 5000, TODAY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
}

/* ---- validation ---- */

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  const struct
  {
    const char    *code;
    const char    *name;
    int            category;
    gint64         price;
    const char    *valid_from;
    int            error_code;
    const char    *fragment;
  } cases[] = {
    { "", "选号费", 0, 100, TODAY, HK_ERROR_INVALID, "Give the fee item’s code" },
    { NULL, "选号费", 0, 100, TODAY, HK_ERROR_INVALID, "Give the fee item’s code" },
    { "ABCDEFGHIJ1234567", "选号费", 0, 100, TODAY, HK_ERROR_INVALID, "1 to 16 characters" },
    { "SIM 01", "选号费", 0, 100, TODAY, HK_ERROR_INVALID, "“SIM 01” is not a fee item code" },
    { "SIM.01", "选号费", 0, 100, TODAY, HK_ERROR_INVALID, "not a fee item code" },
    { "选号", "选号费", 0, 100, TODAY, HK_ERROR_INVALID, "not a fee item code" },
    { "XH01", "", 0, 100, TODAY, HK_ERROR_INVALID, "Give the fee item’s name" },
    { "XH01", " \t ", 0, 100, TODAY, HK_ERROR_INVALID, "Give the fee item’s name" },
    { "XH01", NULL, 0, 100, TODAY, HK_ERROR_INVALID, "Give the fee item’s name" },
    { "XH01", "选号\n费", 0, 100, TODAY, HK_ERROR_INVALID, "one line" },
    { "XH01", "选号费", 7, 100, TODAY, HK_ERROR_INVALID, "category" },
    { "XH01", "选号费", -1, 100, TODAY, HK_ERROR_INVALID, "category" },
    { "XH01", "选号费", 0, -1, TODAY, HK_ERROR_INVALID, "-¥0.01 is not" },
    { "XH01", "选号费", 0, HK_FEE_ITEM_PRICE_MAX + 1, TODAY, HK_ERROR_INVALID,
      "from ¥0.00 to ¥10,000,000.00" },
    { "XH01", "选号费", 0, 100, "2026-02-30", HK_ERROR_INVALID, "“2026-02-30” is not a date" },
    { "XH01", "选号费", 0, 100, "tomorrow", HK_ERROR_INVALID, "is not a date" },
    { "XH01", "选号费", 0, 100, NULL, HK_ERROR_INVALID, "is not a date" },
    /* Taken, exactly or but for the case. */
    { "SIM-PT", "另一个", 0, 100, TODAY, HK_ERROR_CONFLICT, "already a fee item" },
    { "sim-pt", "另一个", 0, 100, TODAY, HK_ERROR_CONFLICT, "only in upper and lower case" },
  };
  g_autoptr(HkFeeItem) sim = NULL;
  g_autoptr(HkFeeItem) longest = NULL;
  g_autoptr(HkFeeItem) cheapest = NULL;
  g_autoptr(HkFeeItem) dearest = NULL;
  g_autoptr(HkFeeItem) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 added;

  sim = add_item (fixture, "SIM-PT", "SIM卡", HK_FEE_CATEGORY_SIM_CARD, 2000, TODAY);
  before = dump_fee_tables (fixture);
  added = count_audit (fixture, "fee-item-added");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u: %s", i, cases[i].fragment);
      result = hk_fee_item_store_add (fixture->store, fixture->hall.supervisor, cases[i].code,
                                      cases[i].name, cases[i].category, cases[i].price,
                                      cases[i].valid_from, &error);
      g_assert_null (result);
      hk_test_assert_error (error, cases[i].error_code, cases[i].fragment);
      g_clear_error (&error);
    }

  /* The same checks when changing. */
  result = hk_fee_item_store_update (fixture->store, fixture->hall.supervisor, sim, "  ",
                                     HK_FEE_CATEGORY_SIM_CARD, &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_INVALID, "Give the fee item’s name");
  g_clear_error (&error);
  result = hk_fee_item_store_update (fixture->store, fixture->hall.supervisor, sim, "SIM卡",
                                     (HkFeeCategory)9, &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_INVALID, "category");
  g_clear_error (&error);
  result = hk_fee_item_store_set_price (fixture->store, fixture->hall.supervisor, sim, -100, TODAY,
                                        &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_INVALID, "-¥1.00 is not");
  g_clear_error (&error);
  result = hk_fee_item_store_set_price (fixture->store, fixture->hall.supervisor, sim, 100,
                                        "2026-13-01", &error);
  g_assert_null (result);
  hk_test_assert_error (error, HK_ERROR_INVALID, "is not a date");
  g_clear_error (&error);

  after = dump_fee_tables (fixture);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (count_audit (fixture, "fee-item-added"), ==, added);

  /* The limits themselves are allowed: a code of 16 characters, a price of ¥0 and the top.
   * (The name's limit: /fee-item-store/name-length-limit.) */
  longest = add_item (fixture, "Aa-_0123456789Zz", "最长的代码", HK_FEE_CATEGORY_OTHER, 1, TODAY);
  g_assert_cmpstr (hk_fee_item_get_code (longest), ==, "Aa-_0123456789Zz");
  cheapest = add_item (fixture, "0", "免费", HK_FEE_CATEGORY_OTHER, 0, TODAY);
  dearest = add_item (fixture, "MAX", "最高价", HK_FEE_CATEGORY_OTHER, HK_FEE_ITEM_PRICE_MAX,
                      TODAY);
  g_assert_cmpint (hk_fee_item_get_price (dearest), ==, G_GINT64_CONSTANT (1000000000));

  g_assert_true (hk_fee_item_code_is_valid ("a", NULL));
  g_assert_true (hk_fee_item_code_is_valid ("0123456789abcdef", NULL));
  g_assert_false (hk_fee_item_code_is_valid ("0123456789abcdefg", NULL));
  g_assert_false (hk_fee_item_code_is_valid ("a+b", NULL));
}

static void
test_name_length_limit (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(HkFeeItem) item = NULL;
  g_autoptr(HkFeeItem) refused = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < HK_FEE_ITEM_NAME_MAX_LENGTH; i++)
    g_string_append (name, "费");

  item = add_item (fixture, "LONG", name->str, HK_FEE_CATEGORY_OTHER, 100, TODAY);
  g_assert_cmpint (g_utf8_strlen (hk_fee_item_get_name (item), -1), ==, 64);

  g_string_append (name, "费");
  refused = hk_fee_item_store_add (fixture->store, fixture->hall.admin, "LONGER", name->str,
                                   HK_FEE_CATEGORY_OTHER, 100, TODAY, &error);
  g_assert_null (refused);
  hk_test_assert_error (error, HK_ERROR_INVALID, "at most 64 characters");
}

/* ---- changing and deactivating ---- */

static void
test_update_and_active (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HkFeeItem) sim = NULL;
  g_autoptr(HkFeeItem) changed = NULL;
  g_autoptr(HkFeeItem) same = NULL;
  g_autoptr(HkFeeItem) off = NULL;
  g_autoptr(HkFeeItem) off_again = NULL;
  g_autoptr(HkFeeItem) on = NULL;
  g_autoptr(GError) error = NULL;
  gint64 entries;

  sim = add_item (fixture, "SIM-DK", "SIM卡 大卡", HK_FEE_CATEGORY_OTHER, 2000, TODAY);
  fixture->hall.n_changed = 0;

  changed = hk_fee_item_store_update (fixture->store, fixture->hall.supervisor, sim, " SIM卡（大卡） ",
                                      HK_FEE_CATEGORY_SIM_CARD, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_fee_item_get_code (changed), ==, "SIM-DK");
  g_assert_cmpstr (hk_fee_item_get_name (changed), ==, "SIM卡（大卡）");
  g_assert_cmpint (hk_fee_item_get_category (changed), ==, HK_FEE_CATEGORY_SIM_CARD);
  g_assert_cmpint (hk_fee_item_get_price (changed), ==, 2000);
  assert_last_audit (fixture, "fee-item-changed", fixture->hall.supervisor,
                     hk_fee_item_get_id (sim),
                     "changed SIM-DK: name “SIM卡 大卡” → “SIM卡（大卡）”, category other → sim_card");
  g_assert_cmpuint (fixture->hall.n_changed, ==, 1);

  /* Nothing to change: nothing written. */
  entries = count_audit (fixture, NULL);
  same = hk_fee_item_store_update (fixture->store, fixture->hall.supervisor, sim, "SIM卡（大卡）",
                                   HK_FEE_CATEGORY_SIM_CARD, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_fee_item_get_name (same), ==, "SIM卡（大卡）");
  g_assert_cmpint (count_audit (fixture, NULL), ==, entries);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 1);

  off = hk_fee_item_store_set_active (fixture->store, fixture->hall.admin, sim, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (hk_fee_item_get_active (off));
  assert_last_audit (fixture, "fee-item-deactivated", fixture->hall.admin, hk_fee_item_get_id (sim),
                     "deactivated SIM-DK");
  g_assert_cmpint (query_int (fixture, "SELECT active FROM fee_items WHERE code = 'SIM-DK'"), ==,
                   0);

  /* Already inactive. */
  entries = count_audit (fixture, NULL);
  off_again = hk_fee_item_store_set_active (fixture->store, fixture->hall.admin, sim, FALSE,
                                            &error);
  g_assert_no_error (error);
  g_assert_false (hk_fee_item_get_active (off_again));
  g_assert_cmpint (count_audit (fixture, NULL), ==, entries);

  /* A deactivated item keeps its prices and can come back. */
  g_assert_cmpint (price_on (fixture, off, TODAY), ==, 2000);
  on = hk_fee_item_store_set_active (fixture->store, fixture->hall.supervisor, off, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (hk_fee_item_get_active (on));
  assert_last_audit (fixture, "fee-item-reactivated", fixture->hall.supervisor,
                     hk_fee_item_get_id (sim), "reactivated SIM-DK");
  g_assert_cmpuint (fixture->hall.n_changed, ==, 3);
}

/* ---- CSV import ---- */

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  /* What a spreadsheet saves as "CSV UTF-8": a BOM, CR LF, quotes where needed. */
  const char *csv =
    "\xef\xbb\xbf" "code,name,category,price\r\n"
    "XH01,选号费,service,50.00\r\n"
    "\"SIM-PT\",\"SIM卡（普通卡）\",\"sim_card\",\"20.00\"\r\n"
    "SJ-HW-N11,\"华为 nova 11, 8GB+256GB\",handset,2499.00\r\n"
    "PJ-CDQ-18W,\"充电器 18W \"\"快充\"\"\",accessory,59.00\r\n"
    "\r\n"
    "WX-JCF,维修检测费,repair,0.00\r\n";
  const char *codes[] = { "PJ-CDQ-18W", "SIM-PT", "SJ-HW-N11", "WX-JCF", "XH01" };
  g_autoptr(HkFeeItem) handset = NULL;
  g_autoptr(HkFeeItem) charger = NULL;
  g_autoptr(HkFeeItem) repair = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model = hk_fee_item_store_get_model (fixture->store);
  guint n_added = 99;
  guint n_changed = 99;

  g_assert_true (import (fixture, fixture->hall.supervisor, csv, &n_added, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 5);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 1);

  handset = lookup (fixture, "SJ-HW-N11");
  g_assert_cmpstr (hk_fee_item_get_name (handset), ==, "华为 nova 11, 8GB+256GB");
  g_assert_cmpint (hk_fee_item_get_category (handset), ==, HK_FEE_CATEGORY_HANDSET);
  g_assert_cmpint (hk_fee_item_get_price (handset), ==, 249900);
  g_assert_cmpstr (hk_fee_item_get_price_from (handset), ==, TODAY);
  g_assert_true (hk_fee_item_get_active (handset));
  charger = lookup (fixture, "PJ-CDQ-18W");
  g_assert_cmpstr (hk_fee_item_get_name (charger), ==, "充电器 18W \"快充\"");
  repair = lookup (fixture, "WX-JCF");
  g_assert_cmpint (hk_fee_item_get_price (repair), ==, 0);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (codes));
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(HkFeeItem) item = model_item (fixture, i);
      g_assert_cmpstr (hk_fee_item_get_code (item), ==, codes[i]);
    }

  /* One entry per item and one for the import. */
  g_assert_cmpint (count_audit (fixture, "fee-item-added"), ==, 5);
  g_assert_cmpint (count_audit (fixture, "fee-items-imported"), ==, 1);
  assert_last_audit (fixture, "fee-items-imported", fixture->hall.supervisor, 0,
                     "imported 5 fee items from CSV: 5 new, 0 changed, 0 unchanged");
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log"
                                       " WHERE action = 'fee-item-added' AND entity = 'fee_item'"
                                       " AND summary LIKE '%(CSV import)'"
                                       " AND entity_id IN (SELECT id FROM fee_items)"), ==, 5);

  /* A plain LF file without a BOM and without a final line break works the same. */
  g_assert_true (import (fixture, fixture->hall.admin,
                         "code,name,category,price\nYJK-050,有价卡 50元,value_card,50.00",
                         &n_added, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM fee_items"), ==, 6);
}

/* A file with eight lines whose line 7 is bad. */
static const char bad_line_7[] =
  "code,name,category,price\n"
  "XH01,选号费,service,50.00\n"
  "SIM-PT,SIM卡（普通卡）,sim_card,20.00\n"
  "SIM-DK,SIM卡（大卡）,sim_card,20.00\n"
  "YJK-050,有价卡 50元,value_card,50.00\n"
  "YJK-100,有价卡 100元,value_card,100.00\n"
  "PJ-CDQ,充电器,accessory,59.9\n"
  "WX-JCF,维修检测费,repair,30.00\n";

static void
test_import_bad_row (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkFeeItem) existing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_added = 99;
  guint n_changed = 99;

  /* One of the codes exists and would be changed by the good rows. */
  existing = add_item (fixture, "SIM-PT", "旧名字", HK_FEE_CATEGORY_OTHER, 1000, "2026-11-01");
  before = hk_test_dump_file_rows (fixture->hall.db.path);
  fixture->hall.n_changed = 0;

  g_assert_false (import (fixture, fixture->hall.supervisor, bad_line_7, &n_added, &n_changed,
                          &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "“59.9” is not an amount of money");
  g_assert_true (g_str_has_prefix (error->message, "line 7: "));

  /* Nothing at all was written: no item, no price, no audit entry. */
  after = hk_test_dump_file_rows (fixture->hall.db.path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 0);
  g_assert_cmpuint (n_added, ==, 99);
  g_assert_cmpuint (n_changed, ==, 99);
}

static void
test_import_refusals (Fixture       *fixture,
                      gconstpointer  data)
{
  const struct
  {
    const char *csv;
    guint       line;
    const char *fragment;
  } cases[] = {
    { "", 1, "The file is empty" },
    { "\xef\xbb\xbf", 1, "The file is empty" },
    { "code,name,category,price\n", 0, "no fee items" },
    { "code,name,category,price\n\n\r\n", 0, "no fee items" },
    { "code,name,price,category\nXH01,选号费,50.00,service\n", 1, "header" },
    { "Code,Name,Category,Price\nXH01,选号费,service,50.00\n", 1, "header" },
    { "code,name,category,price,note\nXH01,选号费,service,50.00,x\n", 1, "header" },
    { "XH01,选号费,service,50.00\n", 1, "header" },
    { "\n\ncode,name\n", 3, "header" },
    { "code,name,category,price\nXH01,选号费,service,50.00\nSIM-PT,SIM卡,sim_card\n", 3,
      "this one has 3" },
    { "code,name,category,price\nXH01,选号费,service,50.00,\n", 2, "this one has 5" },
    { "code,name,category,price\nXH01,选号费,phone,50.00\n", 2,
      "“phone” is not a category; use one of service, sim_card, value_card, handset, "
      "accessory, repair, other" },
    { "code,name,category,price\nXH01,选号费,Service,50.00\n", 2, "not a category" },
    { "code,name,category,price\nXH01,选号费,,50.00\n", 2, "not a category" },
    { "code,name,category,price\nXH01,选号费,service,50\n", 2, "not an amount of money" },
    { "code,name,category,price\nXH01,选号费,service,¥50.00\n", 2, "not an amount of money" },
    { "code,name,category,price\nXH01,选号费,service,\"1,000.00\"\n", 2,
      "not an amount of money" },
    { "code,name,category,price\nXH01,选号费,service, 50.00\n", 2, "not an amount of money" },
    { "code,name,category,price\nXH01,选号费,service,\n", 2, "No amount" },
    { "code,name,category,price\nXH01,选号费,service,-1.00\n", 2, "-¥1.00 is not" },
    { "code,name,category,price\nXH01,选号费,service,10000000.01\n", 2,
      "from ¥0.00 to ¥10,000,000.00" },
    { "code,name,category,price\nXH 01,选号费,service,50.00\n", 2, "not a fee item code" },
    { "code,name,category,price\n,选号费,service,50.00\n", 2, "Give the fee item’s code" },
    { "code,name,category,price\nABCDEFGHIJ1234567,选号费,service,50.00\n", 2, "1 to 16" },
    { "code,name,category,price\nXH01,,service,50.00\n", 2, "Give the fee item’s name" },
    { "code,name,category,price\nXH01,\"  \",service,50.00\n", 2, "Give the fee item’s name" },
    { "code,name,category,price\nXH01,\"选号\n费\",service,50.00\nOK,好,other,1.00\n", 2,
      "one line" },
    /* The same code twice, also in another case. */
    { "code,name,category,price\nXH01,选号费,service,50.00\nSIM-PT,SIM卡,sim_card,20.00\n"
      "XH02,选号费（靓号）,service,100.00\nXH01,选号费,service,60.00\n", 5,
      "“XH01” is already on line 2" },
    { "code,name,category,price\nXH01,选号费,service,50.00\n\nxh01,选号费,service,50.00\n", 4,
      "already on line 2" },
    /* An existing code written in another case. */
    { "code,name,category,price\nXH01,选号费,service,50.00\nsim-pt,SIM卡,sim_card,20.00\n", 3,
      "write it exactly as “SIM-PT”" },
    /* The reader's own errors keep their line. */
    { "code,name,category,price\nXH01,选号费,service,50.00\nSIM-PT,\"SIM卡,sim_card,20.00\n",
      3, "no closing quote" },
    { "code,name,category,price\r\nXH01,选号费,service,50.00\r\nSIM-PT,SIM\"卡,sim_card,20.00\r\n",
      3, "must be in quotes" },
    { "code,name,category,price\nXH01,\xd1\xa1\xba\xc5\xb7\xd1,service,50.00\n", 2, "not UTF-8" },
  };
  g_autoptr(HkFeeItem) existing = NULL;
  g_autofree char *before = NULL;

  existing = add_item (fixture, "SIM-PT", "SIM卡", HK_FEE_CATEGORY_SIM_CARD, 2000, TODAY);
  before = hk_test_dump_file_rows (fixture->hall.db.path);
  fixture->hall.n_changed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_test_message ("case %u: %s", i, cases[i].fragment);
      g_assert_false (import (fixture, fixture->hall.supervisor, cases[i].csv, NULL, NULL, &error));
      hk_test_assert_error (error, HK_ERROR_INVALID, cases[i].fragment);
      if (cases[i].line > 0)
        {
          g_autofree char *prefix = g_strdup_printf ("line %u: ", cases[i].line);

          if (!g_str_has_prefix (error->message, prefix))
            g_error ("“%s” does not start with “%s”", error->message, prefix);
        }

      after = hk_test_dump_file_rows (fixture->hall.db.path);
      g_assert_cmpstr (after, ==, before);
    }

  g_assert_cmpuint (fixture->hall.n_changed, ==, 0);
}

static void
test_import_again (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *first =
    "code,name,category,price\n"
    "XH01,选号费,service,50.00\n"
    "SIM-PT,SIM卡 普通,sim_card,20.00\n"
    "SIM-DK,SIM卡（大卡）,sim_card,20.00\n"
    "SJ-MI-14,小米14,other,3999.00\n"
    "PJ-BHK,手机保护壳,accessory,39.00\n";
  const char *second =
    "code,name,category,price\n"
    "XH01,选号费,service,50.00\n"
    "SIM-PT,SIM卡（普通卡）,sim_card,20.00\n"
    "SIM-DK,SIM卡（大卡）,sim_card,25.00\n"
    "SJ-MI-14,小米14 12GB+256GB,handset,3799.00\n"
    "PJ-BHK,手机保护壳,accessory,35.00\n"
    "WX-JCF,维修检测费,repair,30.00\n";
  g_autoptr(HkFeeItem) case_item = NULL;
  g_autoptr(HkFeeItem) off = NULL;
  g_autoptr(HkFeeItem) sim = NULL;
  g_autoptr(HkFeeItem) big = NULL;
  g_autoptr(HkFeeItem) phone = NULL;
  g_autoptr(HkFeeItem) still_off = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before_same = NULL;
  g_autofree char *after_same = NULL;
  guint n_added = 0;
  guint n_changed = 0;

  g_assert_true (import (fixture, fixture->hall.supervisor, first, &n_added, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 5);

  /* The same day, a corrected file: today's price is replaced, not added to. */
  g_assert_true (import (fixture, fixture->hall.supervisor,
                         "code,name,category,price\nPJ-BHK,手机保护壳,accessory,38.00\n",
                         &n_added, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM fee_item_prices p"
                                       " JOIN fee_items f ON f.id = p.fee_item_id"
                                       " WHERE f.code = 'PJ-BHK'"), ==, 1);

  /* A deactivated item stays so when imported again. */
  case_item = lookup (fixture, "PJ-BHK");
  off = hk_fee_item_store_set_active (fixture->store, fixture->hall.admin, case_item, FALSE,
                                      &error);
  g_assert_no_error (error);

  /* The next day, the new tariff. */
  hk_database_set_now (fixture->hall.db.database, T0 + DAY);
  fixture->hall.n_changed = 0;
  g_assert_true (import (fixture, fixture->hall.admin, second, &n_added, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (n_changed, ==, 4);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 1);

  sim = lookup (fixture, "SIM-PT");
  g_assert_cmpstr (hk_fee_item_get_name (sim), ==, "SIM卡（普通卡）");
  g_assert_cmpint (hk_fee_item_get_price (sim), ==, 2000);
  g_assert_cmpstr (hk_fee_item_get_price_from (sim), ==, TODAY);

  /* A new price applies from the day of the import; the day before keeps the old one. */
  big = lookup (fixture, "SIM-DK");
  g_assert_cmpint (hk_fee_item_get_price (big), ==, 2500);
  g_assert_cmpstr (hk_fee_item_get_price_from (big), ==, "2026-11-28");
  g_assert_cmpint (price_on (fixture, big, TODAY), ==, 2000);
  g_assert_cmpint (price_on (fixture, big, "2026-11-28"), ==, 2500);

  phone = lookup (fixture, "SJ-MI-14");
  g_assert_cmpint (hk_fee_item_get_category (phone), ==, HK_FEE_CATEGORY_HANDSET);
  g_assert_cmpint (hk_fee_item_get_price (phone), ==, 379900);

  still_off = lookup (fixture, "PJ-BHK");
  g_assert_false (hk_fee_item_get_active (still_off));
  g_assert_cmpint (hk_fee_item_get_price (still_off), ==, 3500);

  /* One entry per changed item, saying what changed; none for the unchanged XH01. */
  g_assert_cmpint (count_audit (fixture, "fee-item-changed"), ==, 1 + 4);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log"
                                       " WHERE action = 'fee-item-changed'"
                                       " AND summary = 'changed SJ-MI-14: name “小米14” →"
                                       " “小米14 12GB+256GB”, category other → handset,"
                                       " price 3999.00 → 3799.00 from 2026-11-28"
                                       " (CSV import)'"), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM audit_log"
                                       " WHERE summary LIKE 'changed XH01%'"), ==, 0);
  assert_last_audit (fixture, "fee-items-imported", fixture->hall.admin, 0,
                     "imported 6 fee items from CSV: 1 new, 4 changed, 1 unchanged");

  /* The same file again changes nothing but says it was imported. */
  before_same = dump_fee_tables (fixture);
  g_assert_true (import (fixture, fixture->hall.admin, second, &n_added, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);
  after_same = dump_fee_tables (fixture);
  g_assert_cmpstr (after_same, ==, before_same);
  g_assert_cmpint (count_audit (fixture, "fee-item-changed"), ==, 5);
  g_assert_cmpint (count_audit (fixture, "fee-items-imported"), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fee-item-store/category", test_category);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, setup, func, teardown)

  ADD ("/fee-item-store/add-lookup-model", test_add_lookup_model);
  ADD ("/fee-item-store/model-follows-changes", test_model_follows_changes);
  ADD ("/fee-item-store/price-on", test_price_on);
  ADD ("/fee-item-store/past-price-refused", test_past_price_refused);
  ADD ("/fee-item-store/permission", test_permission);
  ADD ("/fee-item-store/validation", test_validation);
  ADD ("/fee-item-store/name-length-limit", test_name_length_limit);
  ADD ("/fee-item-store/update-and-active", test_update_and_active);
  ADD ("/fee-item-store/import", test_import);
  ADD ("/fee-item-store/import-bad-row", test_import_bad_row);
  ADD ("/fee-item-store/import-refusals", test_import_refusals);
  ADD ("/fee-item-store/import-again", test_import_again);

#undef ADD

  return g_test_run ();
}
