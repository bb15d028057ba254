/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-fee-item-store.c: the tariff: fee items, their prices from a day on, and their CSV import.
 *
 * Only hall supervisors and administrators change the tariff. A fee item is
 * never deleted, only deactivated. Its prices are rows of fee_item_prices,
 * each valid from a day until the next one: the price on a day is the row
 * with the greatest valid_from on or before that day. Prices of days before
 * today (the hall's business day) never change: a new price applies from
 * today or a later day, and a price set for today or a later day can be
 * replaced until then. Receipts copy the price they were issued at, so a
 * price change never alters a receipt.
 *
 * Codes keep the case they were entered in, but two codes that differ only
 * in case are refused, so that a clerk typing "sim-pt" cannot mean two items.
 * Every change is written to the audit log (entity "fee_item") in the same
 * transaction.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-audit-log.h"
#include "hk-csv-reader.h"
#include "hk-error.h"
#include "hk-fee-item-store.h"
#include "hk-money.h"
#include "hk-permission.h"
#include "hk-transaction.h"

#define FEE_ITEM_ROLES (HK_ROLE_SUPERVISOR | HK_ROLE_ADMINISTRATOR)
#define CSV_HEADER "code,name,category,price"
#define CSV_N_COLUMNS 4

struct _HkFeeItemStore
{
  GObject      parent_instance;
  HkDatabase  *database;
  HkHallStore *hall_store;
  GListStore  *model;
};

G_DEFINE_FINAL_TYPE (HkFeeItemStore, hk_fee_item_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Each item with the price of the day bound to ?1. */
#define ITEM_COLUMNS "f.id, f.code, f.name, f.category, f.active, p.price, p.valid_from"
#define ITEM_FROM \
  " FROM fee_items f LEFT JOIN fee_item_prices p ON p.fee_item_id = f.id" \
  " AND p.valid_from = (SELECT max (q.valid_from) FROM fee_item_prices q" \
  " WHERE q.fee_item_id = f.id AND q.valid_from <= ?1)"

static HkFeeItem *
item_from_row (HkStatement *stmt)
{
  HkFeeCategory category = HK_FEE_CATEGORY_OTHER;
  gboolean has_price = !hk_statement_is_null (stmt, 5);

  hk_fee_category_from_id (hk_statement_get_text (stmt, 3), &category);

  return g_object_new (HK_TYPE_FEE_ITEM,
                       "id", hk_statement_get_int64 (stmt, 0),
                       "code", hk_statement_get_text (stmt, 1),
                       "name", hk_statement_get_text (stmt, 2),
                       "category", category,
                       "active", hk_statement_get_int64 (stmt, 4) != 0,
                       "price", has_price ? hk_statement_get_int64 (stmt, 5)
                                          : HK_FEE_ITEM_NO_PRICE,
                       "price-from", has_price ? hk_statement_get_text (stmt, 6) : NULL,
                       NULL);
}

/* "20.00", or "none" for an item without a price: for audit summaries. */
static char *
describe_price (gint64 price)
{
  if (price == HK_FEE_ITEM_NO_PRICE)
    return g_strdup ("none");

  return hk_money_format_plain (price);
}

static void
reload_model (HkFeeItemStore *self)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;

  if (self->model == NULL)
    return;

  today = hk_fee_item_store_dup_today (self);
  stmt = hk_database_prepare (self->database,
                              "SELECT " ITEM_COLUMNS ITEM_FROM
                              " ORDER BY f.code COLLATE NOCASE, f.code", &error);
  if (stmt != NULL)
    hk_statement_bind_text (stmt, 1, today);
  while (stmt != NULL && hk_statement_step (stmt, &error))
    g_ptr_array_add (items, item_from_row (stmt));

  if (error != NULL)
    {
      g_warning ("Cannot read the fee items: %s", error->message);
      return;
    }

  g_list_store_splice (self->model, 0, g_list_model_get_n_items (G_LIST_MODEL (self->model)),
                       items->pdata, items->len);
}

static void
emit_changed (HkFeeItemStore *self)
{
  reload_model (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The hall's time zone decides which day is today. */
static void
on_hall_store_changed_cb (HkFeeItemStore *self)
{
  reload_model (self);
}

static void
hk_fee_item_store_finalize (GObject *object)
{
  HkFeeItemStore *self = (HkFeeItemStore *)object;

  g_clear_object (&self->model);
  g_clear_object (&self->hall_store);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (hk_fee_item_store_parent_class)->finalize (object);
}

static void
hk_fee_item_store_class_init (HkFeeItemStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_fee_item_store_finalize;

  /**
   * HkFeeItemStore::changed:
   *
   * Emitted after fee items were added or changed, or their prices set.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hk_fee_item_store_init (HkFeeItemStore *self)
{
}

/**
 * hk_fee_item_store_new:
 * @hall_store: the hall's settings, whose time zone decides which day is today
 */
HkFeeItemStore *
hk_fee_item_store_new (HkDatabase  *database,
                       HkHallStore *hall_store)
{
  HkFeeItemStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall_store), NULL);

  self = g_object_new (HK_TYPE_FEE_ITEM_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall_store = g_object_ref (hall_store);
  g_signal_connect_object (hall_store, "changed", G_CALLBACK (on_hall_store_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}

/* Returns: today's business day in the hall, "YYYY-MM-DD", by the database's clock. */
char *
hk_fee_item_store_dup_today (HkFeeItemStore *self)
{
  g_return_val_if_fail (HK_IS_FEE_ITEM_STORE (self), NULL);

  return hk_hall_store_format_day (self->hall_store, hk_database_get_now (self->database));
}

/**
 * hk_fee_item_store_get_model:
 *
 * Returns: (transfer none): every fee item, active or not, as #HkFeeItem
 *   items ordered by code, each with today's price; kept up to date by the
 *   store after each change.
 */
GListModel *
hk_fee_item_store_get_model (HkFeeItemStore *self)
{
  g_return_val_if_fail (HK_IS_FEE_ITEM_STORE (self), NULL);

  if (self->model == NULL)
    {
      self->model = g_list_store_new (HK_TYPE_FEE_ITEM);
      reload_model (self);
    }

  return G_LIST_MODEL (self->model);
}

/* The item with that code or id (code %NULL), with its price on @day; NULL and no error when
 * there is none. */
static HkFeeItem *
read_item (HkFeeItemStore  *self,
           const char      *code,
           gint64           id,
           const char      *day,
           GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    code != NULL
                                    ? "SELECT " ITEM_COLUMNS ITEM_FROM " WHERE f.code = ?2"
                                    : "SELECT " ITEM_COLUMNS ITEM_FROM " WHERE f.id = ?2",
                                    error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, day);
  if (code != NULL)
    hk_statement_bind_text (stmt, 2, code);
  else
    hk_statement_bind_int64 (stmt, 2, id);

  if (!hk_statement_step (stmt, error))
    return NULL;

  return item_from_row (stmt);
}

/* The item whose code equals @code ignoring case, the exact match first; NULL and no error
 * when there is none. */
static HkFeeItem *
read_item_ignoring_case (HkFeeItemStore  *self,
                         const char      *code,
                         const char      *day,
                         GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " ITEM_COLUMNS ITEM_FROM
                                    " WHERE f.code = ?2 COLLATE NOCASE"
                                    " ORDER BY f.code = ?2 DESC LIMIT 1", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, day);
  hk_statement_bind_text (stmt, 2, code);

  if (!hk_statement_step (stmt, error))
    return NULL;

  return item_from_row (stmt);
}

static HkFeeItem *
lookup_on (HkFeeItemStore  *self,
           const char      *code,
           gint64           id,
           const char      *day,
           GError         **error)
{
  GError *local_error = NULL;
  HkFeeItem *item;

  if ((item = read_item (self, code, id, day, &local_error)) != NULL)
    return item;

  if (local_error != NULL)
    g_propagate_error (error, local_error);
  else if (code != NULL)
    g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                 _("There is no fee item with the code “%s”."), code);
  else
    g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                 _("There is no fee item number %lld."), (long long)id);

  return NULL;
}

/**
 * hk_fee_item_store_lookup:
 * @code: the code exactly as stored (case counts)
 *
 * Returns: (transfer full): the item with today's price, or %NULL with
 *   %HK_ERROR_NOT_FOUND
 */
HkFeeItem *
hk_fee_item_store_lookup (HkFeeItemStore  *self,
                          const char      *code,
                          GError         **error)
{
  g_autofree char *today = NULL;

  g_return_val_if_fail (HK_IS_FEE_ITEM_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  today = hk_fee_item_store_dup_today (self);

  return lookup_on (self, code, 0, today, error);
}

HkFeeItem *
hk_fee_item_store_lookup_by_id (HkFeeItemStore  *self,
                                gint64           id,
                                GError         **error)
{
  g_autofree char *today = NULL;

  g_return_val_if_fail (HK_IS_FEE_ITEM_STORE (self), NULL);

  today = hk_fee_item_store_dup_today (self);

  return lookup_on (self, NULL, id, today, error);
}

/* The first day that has a price for the item, or NULL. */
static char *
read_first_price_day (HkFeeItemStore *self,
                      gint64          id)
{
  g_autoptr(HkStatement) stmt = NULL;

  stmt = hk_database_prepare (self->database,
                              "SELECT min (valid_from) FROM fee_item_prices"
                              " WHERE fee_item_id = ?1", NULL);
  if (stmt == NULL)
    return NULL;

  hk_statement_bind_int64 (stmt, 1, id);
  if (!hk_statement_step (stmt, NULL) || hk_statement_is_null (stmt, 0))
    return NULL;

  return hk_statement_dup_text (stmt, 0);
}

/**
 * hk_fee_item_store_price_on:
 * @day: a business day, "YYYY-MM-DD"
 * @price: (out) (optional): the price in fen that applied on @day
 *
 * Gives the price set with the latest valid-from day on or before @day.
 * Fails with %HK_ERROR_INVALID for a bad day, and with %HK_ERROR_NOT_FOUND
 * when the item does not exist or had no price yet on @day.
 */
gboolean
hk_fee_item_store_price_on (HkFeeItemStore  *self,
                            gint64           fee_item_id,
                            const char      *day,
                            gint64          *price,
                            GError         **error)
{
  g_autoptr(HkFeeItem) item = NULL;
  g_autofree char *first_day = NULL;

  g_return_val_if_fail (HK_IS_FEE_ITEM_STORE (self), FALSE);

  if (!hk_hall_store_parse_day (self->hall_store, day, NULL, NULL, error) ||
      !(item = lookup_on (self, NULL, fee_item_id, day, error)))
    return FALSE;

  if (!hk_fee_item_has_price (item))
    {
      first_day = read_first_price_day (self, fee_item_id);
      if (first_day != NULL)
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("The fee item %s (%s) has no price on %s: its first price applies "
                       "from %s."),
                     hk_fee_item_get_code (item), hk_fee_item_get_name (item), day, first_day);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("The fee item %s (%s) has no price at all yet."),
                     hk_fee_item_get_code (item), hk_fee_item_get_name (item));
      return FALSE;
    }

  if (price != NULL)
    *price = hk_fee_item_get_price (item);

  return TRUE;
}

/**
 * hk_fee_item_code_is_valid:
 *
 * A code has 1 to %HK_FEE_ITEM_CODE_MAX_LENGTH characters, each an ASCII
 * letter, a digit, "-" or "_". Fails with %HK_ERROR_INVALID.
 */
gboolean
hk_fee_item_code_is_valid (const char  *code,
                           GError     **error)
{
  gsize length = code != NULL ? strlen (code) : 0;
  gboolean valid = length >= 1 && length <= HK_FEE_ITEM_CODE_MAX_LENGTH;

  for (gsize i = 0; valid && i < length; i++)
    valid = g_ascii_isalnum (code[i]) || code[i] == '-' || code[i] == '_';

  if (valid)
    return TRUE;

  if (length == 0)
    g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the fee item’s code."));
  else
    {
      g_autofree char *shown = g_utf8_make_valid (code, -1);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a fee item code: a code has 1 to %d characters, each a letter "
                     "A–Z or a–z, a digit, “-” or “_”."),
                   shown, HK_FEE_ITEM_CODE_MAX_LENGTH);
    }

  return FALSE;
}

/* Sets *@clean to @name without white space around it. */
static gboolean
validate_name (const char  *name,
               char       **clean,
               GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (!g_utf8_validate (stripped, -1, NULL))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("A fee item’s name must be UTF-8 text."));
      return FALSE;
    }

  if (*stripped == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the fee item’s name."));
      return FALSE;
    }

  if (g_utf8_strlen (stripped, -1) > HK_FEE_ITEM_NAME_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A fee item’s name has at most %d characters."),
                   HK_FEE_ITEM_NAME_MAX_LENGTH);
      return FALSE;
    }

  for (const char *p = stripped; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      {
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                     _("A fee item’s name is one line of text, without tabs or line breaks."));
        return FALSE;
      }

  *clean = g_steal_pointer (&stripped);
  return TRUE;
}

static gboolean
validate_category (HkFeeCategory   category,
                   GError        **error)
{
  if ((guint)category < HK_N_FEE_CATEGORIES)
    return TRUE;

  g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
               _("That is not a category of fee items."));
  return FALSE;
}

static gboolean
validate_price (gint64   price,
                GError **error)
{
  g_autofree char *shown = NULL;
  g_autofree char *lowest = NULL;
  g_autofree char *highest = NULL;

  if (price >= 0 && price <= HK_FEE_ITEM_PRICE_MAX)
    return TRUE;

  shown = hk_money_format (price);
  lowest = hk_money_format (0);
  highest = hk_money_format (HK_FEE_ITEM_PRICE_MAX);
  /* Translators: "A price is from ¥0.00 to ¥10,000,000.00; -¥1.00 is not." */
  g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
               _("A price is from %s to %s; %s is not."), lowest, highest, shown);
  return FALSE;
}

/* Refuses a code that another item has, also when they differ only in case. */
static gboolean
check_code_is_free (HkFeeItemStore  *self,
                    const char      *code,
                    const char      *today,
                    GError         **error)
{
  g_autoptr(HkFeeItem) existing = NULL;
  GError *local_error = NULL;

  if ((existing = read_item_ignoring_case (self, code, today, &local_error)) == NULL)
    {
      if (local_error == NULL)
        return TRUE;
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (g_str_equal (hk_fee_item_get_code (existing), code))
    g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                 _("There is already a fee item with the code “%s”: %s."),
                 code, hk_fee_item_get_name (existing));
  else
    g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                 _("The code “%s” differs only in upper and lower case from the code “%s” of "
                   "%s; choose a code that cannot be mistaken for it."),
                 code, hk_fee_item_get_code (existing), hk_fee_item_get_name (existing));

  return FALSE;
}

static gboolean
insert_item (HkFeeItemStore  *self,
             HkOperator      *actor,
             const char      *code,
             const char      *name,
             HkFeeCategory    category,
             gint64          *id,
             GError         **error)
{
  g_autoptr(HkStatement) insert = NULL;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO fee_items (code, name, category, active,"
                                      " created_at, created_by) VALUES (?1, ?2, ?3, 1, ?4, ?5)",
                                      error)))
    return FALSE;

  hk_statement_bind_text (insert, 1, code);
  hk_statement_bind_text (insert, 2, name);
  hk_statement_bind_text (insert, 3, hk_fee_category_to_id (category));
  hk_statement_bind_int64 (insert, 4, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 5, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return FALSE;

  *id = hk_database_get_last_insert_id (self->database);
  return TRUE;
}

/* The price from @day on: a new row, or the one already set for that very day replaced. */
static gboolean
write_price (HkFeeItemStore  *self,
             HkOperator      *actor,
             gint64           id,
             const char      *day,
             gint64           price,
             GError         **error)
{
  g_autoptr(HkStatement) upsert = NULL;

  if (!(upsert = hk_database_prepare (self->database,
                                      "INSERT INTO fee_item_prices (fee_item_id, valid_from,"
                                      " price, set_at, set_by) VALUES (?1, ?2, ?3, ?4, ?5)"
                                      " ON CONFLICT (fee_item_id, valid_from) DO UPDATE SET"
                                      " price = excluded.price, set_at = excluded.set_at,"
                                      " set_by = excluded.set_by", error)))
    return FALSE;

  hk_statement_bind_int64 (upsert, 1, id);
  hk_statement_bind_text (upsert, 2, day);
  hk_statement_bind_int64 (upsert, 3, price);
  hk_statement_bind_int64 (upsert, 4, hk_database_get_now (self->database));
  hk_statement_bind_int64 (upsert, 5, hk_operator_get_id (actor));

  return hk_statement_run (upsert, error);
}

static gboolean
update_row (HkFeeItemStore  *self,
            gint64           id,
            const char      *name,
            HkFeeCategory    category,
            GError         **error)
{
  g_autoptr(HkStatement) update = NULL;

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE fee_items SET name = ?2, category = ?3"
                                      " WHERE id = ?1", error)))
    return FALSE;

  hk_statement_bind_int64 (update, 1, id);
  hk_statement_bind_text (update, 2, name);
  hk_statement_bind_text (update, 3, hk_fee_category_to_id (category));

  return hk_statement_run (update, error);
}

/* Appends "name “a” → “b”" and "category x → y" to @changes for what differs, separated by
 * commas; TRUE if anything does. */
static gboolean
describe_changes (GString       *changes,
                  HkFeeItem     *before,
                  const char    *name,
                  HkFeeCategory  category)
{
  gsize length = changes->len;

  if (!g_str_equal (hk_fee_item_get_name (before), name))
    g_string_append_printf (changes, "%sname “%s” → “%s”", changes->len > 0 ? ", " : "",
                            hk_fee_item_get_name (before), name);

  if (hk_fee_item_get_category (before) != category)
    g_string_append_printf (changes, "%scategory %s → %s", changes->len > 0 ? ", " : "",
                            hk_fee_category_to_id (hk_fee_item_get_category (before)),
                            hk_fee_category_to_id (category));

  return changes->len > length;
}

static gboolean
append_added (HkFeeItemStore  *self,
              HkOperator      *actor,
              gint64           id,
              const char      *code,
              const char      *name,
              HkFeeCategory    category,
              gint64           price,
              const char      *valid_from,
              const char      *note,
              GError         **error)
{
  g_autofree char *shown = hk_money_format_plain (price);
  g_autofree char *summary = NULL;

  summary = g_strdup_printf ("added %s “%s” (%s), price %s from %s%s", code, name,
                             hk_fee_category_to_id (category), shown, valid_from, note);

  return hk_audit_log_append (self->database, actor, "fee-item-added", "fee_item", id, summary,
                              error);
}

/**
 * hk_fee_item_store_add:
 * @code: 1 to %HK_FEE_ITEM_CODE_MAX_LENGTH letters, digits, "-" or "_"; unique, also
 *   ignoring case
 * @name: 1 to %HK_FEE_ITEM_NAME_MAX_LENGTH characters on one line
 * @price: in fen, from 0 to %HK_FEE_ITEM_PRICE_MAX
 * @valid_from: the first day of that price, "YYYY-MM-DD". A new item has no
 *   history, so any day will do, also a past one (for items whose receipts
 *   are imported from before).
 *
 * Adds an active fee item with its first price. Needs the hall supervisor or
 * administrator role.
 *
 * Returns: (transfer full): the new item with today's price
 */
HkFeeItem *
hk_fee_item_store_add (HkFeeItemStore  *self,
                       HkOperator      *actor,
                       const char      *code,
                       const char      *name,
                       HkFeeCategory    category,
                       gint64           price,
                       const char      *valid_from,
                       GError         **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkFeeItem) added = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *today = NULL;
  gint64 id = 0;

  g_return_val_if_fail (HK_IS_FEE_ITEM_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, FEE_ITEM_ROLES, _("Adding a fee item"),
                              error))
    return NULL;

  if (!hk_fee_item_code_is_valid (code, error) ||
      !validate_name (name, &clean_name, error) ||
      !validate_category (category, error) ||
      !validate_price (price, error) ||
      !hk_hall_store_parse_day (self->hall_store, valid_from, NULL, NULL, error))
    return NULL;

  today = hk_fee_item_store_dup_today (self);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !check_code_is_free (self, code, today, error) ||
      !insert_item (self, actor, code, clean_name, category, &id, error) ||
      !write_price (self, actor, id, valid_from, price, error) ||
      !append_added (self, actor, id, code, clean_name, category, price, valid_from, "", error) ||
      !(added = lookup_on (self, NULL, id, today, error)) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return g_steal_pointer (&added);
}

/* Prices of past days are history: refuse to set one before @today. */
static gboolean
check_not_past (const char  *valid_from,
                const char  *today,
                GError     **error)
{
  if (strcmp (valid_from, today) >= 0)
    return TRUE;

  g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
               _("A price cannot be set from %s: that day is before today, %s, and the prices "
                 "of past days never change. Set the new price from today or a later day."),
               valid_from, today);
  return FALSE;
}

/**
 * hk_fee_item_store_set_price:
 * @price: in fen, from 0 to %HK_FEE_ITEM_PRICE_MAX
 * @valid_from: the first day of the price, "YYYY-MM-DD": today or later
 *
 * Sets the price that applies from @valid_from on, until the next price.
 * A price already set for that very day is replaced; a day before today is
 * refused with %HK_ERROR_CONFLICT. Needs the hall supervisor or
 * administrator role.
 *
 * Returns: (transfer full): the item with today's price
 */
HkFeeItem *
hk_fee_item_store_set_price (HkFeeItemStore  *self,
                             HkOperator      *actor,
                             HkFeeItem       *item,
                             gint64           price,
                             const char      *valid_from,
                             GError         **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkFeeItem) before = NULL;
  g_autoptr(HkFeeItem) after = NULL;
  g_autofree char *today = NULL;
  g_autofree char *old_price = NULL;
  g_autofree char *new_price = NULL;
  g_autofree char *summary = NULL;
  gboolean replaces;
  gint64 id;

  g_return_val_if_fail (HK_IS_FEE_ITEM_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_FEE_ITEM (item), NULL);

  if (!hk_permission_require (self->database, actor, FEE_ITEM_ROLES, _("Changing a price"),
                              error))
    return NULL;

  if (!validate_price (price, error) ||
      !hk_hall_store_parse_day (self->hall_store, valid_from, NULL, NULL, error))
    return NULL;

  today = hk_fee_item_store_dup_today (self);
  id = hk_fee_item_get_id (item);

  if (!check_not_past (valid_from, today, error))
    return NULL;

  /* The price that applied on that day until now, as stored now. */
  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(before = lookup_on (self, NULL, id, valid_from, error)))
    return NULL;

  replaces = g_strcmp0 (hk_fee_item_get_price_from (before), valid_from) == 0;
  old_price = describe_price (hk_fee_item_get_price (before));
  new_price = hk_money_format_plain (price);
  summary = g_strdup_printf ("price of %s from %s: %s → %s%s", hk_fee_item_get_code (before),
                             valid_from, old_price, new_price,
                             replaces ? " (replaces the price set for that day)" : "");

  if (!write_price (self, actor, id, valid_from, price, error) ||
      !hk_audit_log_append (self->database, actor, "fee-item-price-set", "fee_item", id,
                            summary, error) ||
      !(after = lookup_on (self, NULL, id, today, error)) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return g_steal_pointer (&after);
}

/**
 * hk_fee_item_store_update:
 *
 * Changes an item's name and category; its code stays. When both are
 * already as given, nothing is written. Needs the hall supervisor or
 * administrator role.
 *
 * Returns: (transfer full): the item as it is now, with today's price
 */
HkFeeItem *
hk_fee_item_store_update (HkFeeItemStore  *self,
                          HkOperator      *actor,
                          HkFeeItem       *item,
                          const char      *name,
                          HkFeeCategory    category,
                          GError         **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkFeeItem) before = NULL;
  g_autoptr(HkFeeItem) after = NULL;
  g_autoptr(GString) changes = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *today = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_FEE_ITEM_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_FEE_ITEM (item), NULL);

  if (!hk_permission_require (self->database, actor, FEE_ITEM_ROLES, _("Changing a fee item"),
                              error))
    return NULL;

  if (!validate_name (name, &clean_name, error) ||
      !validate_category (category, error))
    return NULL;

  today = hk_fee_item_store_dup_today (self);
  id = hk_fee_item_get_id (item);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(before = lookup_on (self, NULL, id, today, error)))
    return NULL;

  changes = g_string_new (NULL);
  if (!describe_changes (changes, before, clean_name, category))
    return g_steal_pointer (&before);

  summary = g_strdup_printf ("changed %s: %s", hk_fee_item_get_code (before), changes->str);

  if (!update_row (self, id, clean_name, category, error) ||
      !hk_audit_log_append (self->database, actor, "fee-item-changed", "fee_item", id,
                            summary, error) ||
      !(after = lookup_on (self, NULL, id, today, error)) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return g_steal_pointer (&after);
}

/**
 * hk_fee_item_store_set_active:
 *
 * Deactivates an item (it stays in the records and on old receipts but is no
 * longer offered) or makes it active again. When it already is, nothing is
 * written. Needs the hall supervisor or administrator role.
 *
 * Returns: (transfer full): the item as it is now, with today's price
 */
HkFeeItem *
hk_fee_item_store_set_active (HkFeeItemStore  *self,
                              HkOperator      *actor,
                              HkFeeItem       *item,
                              gboolean         active,
                              GError         **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkFeeItem) before = NULL;
  g_autoptr(HkFeeItem) after = NULL;
  g_autofree char *today = NULL;
  g_autofree char *summary = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_FEE_ITEM_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_FEE_ITEM (item), NULL);

  active = !!active;

  if (!hk_permission_require (self->database, actor, FEE_ITEM_ROLES,
                              active ? _("Reactivating a fee item")
                                     : _("Deactivating a fee item"), error))
    return NULL;

  today = hk_fee_item_store_dup_today (self);
  id = hk_fee_item_get_id (item);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(before = lookup_on (self, NULL, id, today, error)))
    return NULL;

  if (hk_fee_item_get_active (before) == active)
    return g_steal_pointer (&before);

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE fee_items SET active = ?2 WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, id);
  hk_statement_bind_int64 (update, 2, active ? 1 : 0);

  summary = g_strdup_printf ("%s %s “%s”", active ? "reactivated" : "deactivated",
                             hk_fee_item_get_code (before), hk_fee_item_get_name (before));

  if (!hk_statement_run (update, error) ||
      !hk_audit_log_append (self->database, actor,
                            active ? "fee-item-reactivated" : "fee-item-deactivated",
                            "fee_item", id, summary, error) ||
      !(after = lookup_on (self, NULL, id, today, error)) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return g_steal_pointer (&after);
}

/* ---- CSV import ---- */

typedef struct
{
  guint          line;
  char          *code;
  char          *name;
  HkFeeCategory  category;
  gint64         price;
  HkFeeItem     *existing;
} ImportRow;

static void
import_row_free (gpointer data)
{
  ImportRow *row = data;

  g_free (row->code);
  g_free (row->name);
  g_clear_object (&row->existing);
  g_free (row);
}

static char *
list_category_ids (void)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < HK_N_FEE_CATEGORIES; i++)
    {
      if (i > 0)
        g_string_append (ids, ", ");
      g_string_append (ids, hk_fee_category_to_id ((HkFeeCategory)i));
    }

  return g_string_free (ids, FALSE);
}

/* Checks one row of the file against the rules and the database; the error has no line yet. */
static ImportRow *
parse_row (HkFeeItemStore  *self,
           GStrv            fields,
           guint            line,
           const char      *today,
           GHashTable      *seen,
           GError         **error)
{
  ImportRow *row;
  g_autofree char *key = NULL;
  guint n_fields = g_strv_length (fields);
  GError *local_error = NULL;
  gpointer first_line;

  if (n_fields != CSV_N_COLUMNS)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A row has %d fields, %s; this one has %u."),
                   CSV_N_COLUMNS, CSV_HEADER, n_fields);
      return NULL;
    }

  row = g_new0 (ImportRow, 1);
  row->line = line;
  row->code = g_strdup (fields[0]);

  if (!hk_fee_item_code_is_valid (row->code, error) ||
      !validate_name (fields[1], &row->name, error))
    goto failed;

  if (!hk_fee_category_from_id (fields[2], &row->category))
    {
      g_autofree char *ids = list_category_ids ();

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a category; use one of %s."), fields[2], ids);
      goto failed;
    }

  if (!hk_money_parse_strict (fields[3], &row->price, error) ||
      !validate_price (row->price, error))
    goto failed;

  key = g_ascii_strdown (row->code, -1);
  if (g_hash_table_lookup_extended (seen, key, NULL, &first_line))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The code “%s” is already on line %u; each fee item is on one line "
                     "only (codes that differ only in case count as the same)."),
                   row->code, GPOINTER_TO_UINT (first_line));
      goto failed;
    }
  g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (line));

  row->existing = read_item_ignoring_case (self, row->code, today, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      goto failed;
    }

  if (row->existing != NULL && !g_str_equal (hk_fee_item_get_code (row->existing), row->code))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The code “%s” differs only in upper and lower case from the code “%s” of "
                     "%s; write it exactly as “%s” to change that item."),
                   row->code, hk_fee_item_get_code (row->existing),
                   hk_fee_item_get_name (row->existing), hk_fee_item_get_code (row->existing));
      goto failed;
    }

  return row;

failed:
  import_row_free (row);
  return NULL;
}

/* Writes one row that is known to be good; counts what it did. */
static gboolean
apply_row (HkFeeItemStore  *self,
           HkOperator      *actor,
           ImportRow       *row,
           const char      *today,
           guint           *n_added,
           guint           *n_changed,
           GError         **error)
{
  g_autoptr(GString) changes = NULL;
  g_autofree char *summary = NULL;
  HkFeeItem *before = row->existing;
  gint64 id;

  if (before == NULL)
    {
      if (!insert_item (self, actor, row->code, row->name, row->category, &id, error) ||
          !write_price (self, actor, id, today, row->price, error) ||
          !append_added (self, actor, id, row->code, row->name, row->category, row->price, today,
                         " (CSV import)", error))
        return FALSE;

      (*n_added)++;
      return TRUE;
    }

  id = hk_fee_item_get_id (before);
  changes = g_string_new (NULL);

  if (describe_changes (changes, before, row->name, row->category) &&
      !update_row (self, id, row->name, row->category, error))
    return FALSE;

  if (hk_fee_item_get_price (before) != row->price)
    {
      g_autofree char *old_price = describe_price (hk_fee_item_get_price (before));
      g_autofree char *new_price = hk_money_format_plain (row->price);

      if (!write_price (self, actor, id, today, row->price, error))
        return FALSE;

      g_string_append_printf (changes, "%sprice %s → %s from %s", changes->len > 0 ? ", " : "",
                              old_price, new_price, today);
    }

  if (changes->len == 0)
    return TRUE;

  summary = g_strdup_printf ("changed %s: %s (CSV import)", row->code, changes->str);
  if (!hk_audit_log_append (self->database, actor, "fee-item-changed", "fee_item", id, summary,
                            error))
    return FALSE;

  (*n_changed)++;
  return TRUE;
}

/**
 * hk_fee_item_store_import_csv:
 * @contents: the file, UTF-8 CSV with the header "code,name,category,price"
 * @length: its length in bytes
 * @n_added: (out) (optional): how many items were new
 * @n_changed: (out) (optional): how many existing items changed
 *
 * Imports the tariff from a CSV file (docs/csv-formats.md, "Fee items").
 * New codes become new active items; existing codes get the file's name and
 * category, and a price that differs from today's becomes a new price from
 * today. Whether an item is active does not change.
 *
 * All or nothing: the whole file is checked first, and any bad row refuses
 * it with %HK_ERROR_INVALID "line N: reason" and nothing written. Otherwise
 * everything is written in one transaction with an audit entry per item
 * added or changed and one for the import. Needs the hall supervisor or
 * administrator role.
 */
gboolean
hk_fee_item_store_import_csv (HkFeeItemStore  *self,
                              HkOperator      *actor,
                              const char      *contents,
                              gsize            length,
                              guint           *n_added,
                              guint           *n_changed,
                              GError         **error)
{
  g_autoptr(HkCsvReader) reader = NULL;
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_auto(GStrv) header = NULL;
  g_autofree char *today = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *summary = NULL;
  GError *local_error = NULL;
  guint added = 0;
  guint changed = 0;
  guint line = 1;

  g_return_val_if_fail (HK_IS_FEE_ITEM_STORE (self), FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);

  if (!hk_permission_require (self->database, actor, FEE_ITEM_ROLES, _("Importing fee items"),
                              error))
    return FALSE;

  reader = hk_csv_reader_new (contents, length);

  if (!(header = hk_csv_reader_next_row (reader, &line, &local_error)))
    {
      if (local_error == NULL)
        {
          g_set_error (&local_error, HK_ERROR, HK_ERROR_INVALID,
                       _("The file is empty; its first line is the header %s."), CSV_HEADER);
          hk_csv_prefix_error_line (&local_error, 1);
        }
      g_propagate_error (error, local_error);
      return FALSE;
    }

  joined = g_strjoinv (",", header);
  if (g_strv_length (header) != CSV_N_COLUMNS || !g_str_equal (joined, CSV_HEADER))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The first line must be the header %s, exactly."), CSV_HEADER);
      hk_csv_prefix_error_line (error, line);
      return FALSE;
    }

  today = hk_fee_item_store_dup_today (self);
  rows = g_ptr_array_new_with_free_func (import_row_free);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Read and check everything first, in the transaction so nobody changes the items between. */
  if (!(tx = hk_transaction_begin (self->database, error)))
    return FALSE;

  for (;;)
    {
      g_auto(GStrv) fields = NULL;
      ImportRow *row;

      if (!(fields = hk_csv_reader_next_row (reader, &line, &local_error)))
        break;

      if (!(row = parse_row (self, fields, line, today, seen, error)))
        {
          hk_csv_prefix_error_line (error, line);
          return FALSE;
        }

      g_ptr_array_add (rows, row);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (rows->len == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The file has no fee items after its header."));
      return FALSE;
    }

  for (guint i = 0; i < rows->len; i++)
    if (!apply_row (self, actor, g_ptr_array_index (rows, i), today, &added, &changed, error))
      return FALSE;

  summary = g_strdup_printf ("imported %u fee items from CSV: %u new, %u changed, %u unchanged",
                             rows->len, added, changed, rows->len - added - changed);

  if (!hk_audit_log_append (self->database, actor, "fee-items-imported", "fee_item", 0, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  emit_changed (self);

  if (n_added != NULL)
    *n_added = added;
  if (n_changed != NULL)
    *n_changed = changed;

  return TRUE;
}
