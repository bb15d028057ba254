/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-number-pool-store.c: the number stock (号源): numbers allocated to the hall, reservations
 * with their expiry, sales on receipts, history and search by pattern.
 *
 * The rules:
 * - the hall supervisor adds the numbers the city company allocates to the hall, ordinary or
 *   premium (with a price), changes a class, and gives unsold numbers back (returned);
 * - a clerk (or the supervisor) reserves an available number for a customer until a day, at
 *   most HK_NUMBER_RESERVATION_MAX_DAYS ahead, and releases it;
 * - a reservation that has run out is not swept: the number simply reads as available from
 *   the start of the day after its last day (the state is computed when read). The next
 *   change of the number first writes the expiry into its history, at the moment it ran out,
 *   so the stored history is complete; until then hk_number_pool_store_history() shows it
 *   computed;
 * - a receipt line that names a number sells it (hk_number_pool_sell_line(), in the receipt's
 *   transaction): an available number, or one reserved for the receipt's customer phone. A
 *   premium number's line is charged the number's price. A void gives it back (a trigger);
 * - a search by pattern ("*8888", "138*", "1??88886666") reads the index on the number for
 *   the digits before the first wildcard and the index on the reversed number for the digits
 *   after the last one, so "ending in 8888" does not scan the table.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-audit-log.h"
#include "hk-error.h"
#include "hk-input.h"
#include "hk-money.h"
#include "hk-number-pool-private.h"
#include "hk-number-pool-store.h"
#include "hk-permission.h"
#include "hk-privacy.h"
#include "hk-transaction.h"

#define NUMBER_LENGTH 11
#define TEXT_MAX_LENGTH 200
#define PRICE_MAX ((gint64)100000000)

struct _HkNumberPoolStore
{
  GObject      parent_instance;
  HkDatabase  *database;
  HkHallStore *hall;
};

G_DEFINE_FINAL_TYPE (HkNumberPoolStore, hk_number_pool_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


#define NUMBER_COLUMNS HK_NUMBER_POOL_COLUMNS

static HkPoolNumber *
number_from_row (HkStatement *stmt,
                 gint64       now)
{
  HkPoolNumberData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.number = hk_statement_dup_text (stmt, 1);
  hk_number_class_from_id (hk_statement_get_text (stmt, 2), &data.number_class);
  data.price = hk_statement_get_int64 (stmt, 3);
  hk_number_state_from_id (hk_statement_get_text (stmt, 4), &data.state);
  data.reserved_for = hk_statement_dup_text (stmt, 5);
  data.reserved_phone = hk_statement_dup_text (stmt, 6);
  data.reserved_until = hk_statement_get_int64 (stmt, 7);
  data.reserved_by = hk_statement_get_int64 (stmt, 8);
  data.receipt_id = hk_statement_get_int64 (stmt, 9);
  data.state_at = hk_statement_get_int64 (stmt, 10);

  if (data.state == HK_NUMBER_RESERVED && data.reserved_until <= now)
    {
      data.state = HK_NUMBER_AVAILABLE;
      data.reservation_expired = TRUE;
    }

  return hk_pool_number_new_take (&data);
}

static char *
clean_text (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* A mobile number: 11 digits, the first a 1. */
static gboolean
check_number (const char  *number,
              GError     **error)
{
  if (number != NULL && strlen (number) == NUMBER_LENGTH && number[0] == '1')
    {
      gboolean digits = TRUE;

      for (guint i = 0; i < NUMBER_LENGTH; i++)
        digits = digits && g_ascii_isdigit (number[i]);
      if (digits)
        return TRUE;
    }

  g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
               _("“%s” is not a mobile number: it has 11 digits and starts with 1."),
               number != NULL ? number : "");
  return FALSE;
}

static char *
reverse_digits (const char *number)
{
  return g_strreverse (g_strdup (number));
}

static HkPoolNumber *
read_number (HkDatabase  *database,
             const char  *number,
             GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (database,
                                    "SELECT " NUMBER_COLUMNS " FROM pool_numbers"
                                    " WHERE number = ?1", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, number);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("The number %s is not in the hall’s number stock."), number);
      return NULL;
    }

  return number_from_row (stmt, hk_database_get_now (database));
}

static gboolean
add_event (HkDatabase  *database,
           gint64       number_id,
           gint64       at,
           gint64       by,
           const char  *kind,
           const char  *detail,
           gint64       receipt_id,
           GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (database,
                                    "INSERT INTO pool_number_events (number_id, at, by, kind,"
                                    " detail, receipt_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, number_id);
  hk_statement_bind_int64 (stmt, 2, at);
  if (by > 0)
    hk_statement_bind_int64 (stmt, 3, by);
  else
    hk_statement_bind_null (stmt, 3);
  hk_statement_bind_text (stmt, 4, kind);
  hk_statement_bind_text (stmt, 5, detail != NULL ? detail : "");
  if (receipt_id > 0)
    hk_statement_bind_int64 (stmt, 6, receipt_id);
  else
    hk_statement_bind_null (stmt, 6);

  return hk_statement_run (stmt, error);
}

/* Inside a write: a reservation that ran out is written down as expired, at the moment it
 * ran out, before the number changes again. */
static gboolean
settle_expiry (HkDatabase    *database,
               HkPoolNumber  *number,
               GError       **error)
{
  g_autoptr(HkStatement) update = NULL;

  if (!hk_pool_number_get_reservation_expired (number))
    return TRUE;

  if (!(update = hk_database_prepare (database,
                                      "UPDATE pool_numbers SET state = 'available',"
                                      " reserved_for = NULL, reserved_phone = NULL,"
                                      " reserved_until = NULL, reserved_by = NULL, state_at = ?2"
                                      " WHERE id = ?1", error)))
    return FALSE;

  hk_statement_bind_int64 (update, 1, hk_pool_number_get_id (number));
  hk_statement_bind_int64 (update, 2, hk_pool_number_get_reserved_until (number));

  return add_event (database, hk_pool_number_get_id (number),
                    hk_pool_number_get_reserved_until (number), 0, "expired",
                    hk_pool_number_get_reserved_for (number), 0, error) &&
         hk_statement_run (update, error);
}

static void
hk_number_pool_store_finalize (GObject *object)
{
  HkNumberPoolStore *self = (HkNumberPoolStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->hall);

  G_OBJECT_CLASS (hk_number_pool_store_parent_class)->finalize (object);
}

static void
hk_number_pool_store_class_init (HkNumberPoolStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_number_pool_store_finalize;

  /**
   * HkNumberPoolStore::changed:
   *
   * Emitted after each write of the store. A sale on a receipt is written by the receipt
   * store, and an expiry is written by nobody: a view refreshes on the receipt store's
   * "changed" and when the day changes too.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hk_number_pool_store_init (HkNumberPoolStore *self)
{
}

HkNumberPoolStore *
hk_number_pool_store_new (HkDatabase  *database,
                          HkHallStore *hall)
{
  HkNumberPoolStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);

  self = g_object_new (HK_TYPE_NUMBER_POOL_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);

  return self;
}

HkPoolNumber *
hk_number_pool_store_lookup (HkNumberPoolStore  *self,
                             const char         *number,
                             GError            **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (HK_IS_NUMBER_POOL_STORE (self), NULL);

  clean = clean_text (number);
  if (!check_number (clean, error))
    return NULL;

  return read_number (self->database, clean, error);
}

/* The smallest string above every string that starts with @prefix ("" has none: ";"). */
static char *
upper_bound (const char *prefix)
{
  char *upper;
  gsize len = strlen (prefix);

  if (len == 0)
    return g_strdup (";");

  upper = g_strdup (prefix);
  upper[len - 1]++;
  return upper;
}

/**
 * hk_number_pool_store_search:
 * @pattern: (nullable): digits with `?` for any one digit and `*` for any run of digits;
 *   digits alone, fewer than 11, mean "ending in" ("8888" is "*8888"); %NULL or "" for all
 * @state: an #HkNumberState, or -1 for any; an expired reservation counts as available
 * @number_class: an #HkNumberClass, or -1 for any
 * @limit: at most this many (0: #HK_NUMBER_POOL_SEARCH_MAX)
 *
 * Returns: (transfer full) (element-type HkPoolNumber): the numbers that match, in order
 */
GPtrArray *
hk_number_pool_store_search (HkNumberPoolStore  *self,
                             const char         *pattern,
                             int                 state,
                             int                 number_class,
                             guint               limit,
                             GError            **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *glob = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  g_autofree char *reversed = NULL;
  g_autofree char *prefix_end = NULL;
  g_autofree char *reversed_end = NULL;
  GError *local_error = NULL;
  const char *first_wild;
  const char *last_wild;
  gboolean by_suffix;
  gint64 now;

  g_return_val_if_fail (HK_IS_NUMBER_POOL_STORE (self), NULL);

  glob = clean_text (pattern);
  for (const char *p = glob; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && *p != '?' && *p != '*')
      {
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                     _("“%s” is not a number pattern: write digits, ? for any one digit and * "
                       "for any digits, e.g. *8888."), glob);
        return NULL;
      }

  if (*glob == '\0')
    {
      g_free (glob);
      glob = g_strdup ("*");
    }
  else if (strchr (glob, '?') == NULL && strchr (glob, '*') == NULL &&
           strlen (glob) < NUMBER_LENGTH)
    {
      char *ending = g_strconcat ("*", glob, NULL);

      g_free (glob);
      glob = ending;
    }

  first_wild = strpbrk (glob, "?*");
  last_wild = NULL;
  for (const char *p = glob; *p != '\0'; p++)
    if (*p == '?' || *p == '*')
      last_wild = p;

  prefix = first_wild != NULL ? g_strndup (glob, (gsize)(first_wild - glob)) : g_strdup (glob);
  suffix = g_strdup (last_wild != NULL ? last_wild + 1 : "");
  reversed = reverse_digits (suffix);
  prefix_end = upper_bound (prefix);
  reversed_end = upper_bound (reversed);

  if (limit == 0 || limit > HK_NUMBER_POOL_SEARCH_MAX)
    limit = HK_NUMBER_POOL_SEARCH_MAX;

  now = hk_database_get_now (self->database);

  by_suffix = strlen (suffix) > strlen (prefix);
  if (!(stmt = hk_database_prepare (self->database,
                                    by_suffix ? HK_NUMBER_POOL_SEARCH_SUFFIX_SQL
                                              : HK_NUMBER_POOL_SEARCH_PREFIX_SQL, error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, by_suffix ? reversed : prefix);
  hk_statement_bind_text (stmt, 2, by_suffix ? reversed_end : prefix_end);
  hk_statement_bind_text (stmt, 3, glob);
  hk_statement_bind_int64 (stmt, 4, state);
  hk_statement_bind_int64 (stmt, 5, number_class);
  hk_statement_bind_int64 (stmt, 6, now);
  hk_statement_bind_int64 (stmt, 7, limit);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (list, number_from_row (stmt, now));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

/**
 * hk_number_pool_store_history:
 *
 * Returns: (transfer full) (element-type HkNumberEvent): what happened to the number, in
 *   order; a reservation that ran out and is not yet written down ends it as a computed
 *   "expired" event
 */
GPtrArray *
hk_number_pool_store_history (HkNumberPoolStore  *self,
                              const char         *number,
                              GError            **error)
{
  g_autoptr(HkPoolNumber) current = NULL;
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) events =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_number_event_free);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_NUMBER_POOL_STORE (self), NULL);

  if (!(current = hk_number_pool_store_lookup (self, number, error)) ||
      !(stmt = hk_database_prepare (self->database,
                                    "SELECT at, coalesce (by, 0), kind, detail,"
                                    " coalesce (receipt_id, 0) FROM pool_number_events"
                                    " WHERE number_id = ?1 ORDER BY id", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, hk_pool_number_get_id (current));

  while (hk_statement_step (stmt, &local_error))
    {
      HkNumberEvent *event = g_new0 (HkNumberEvent, 1);

      event->at = hk_statement_get_int64 (stmt, 0);
      event->by = hk_statement_get_int64 (stmt, 1);
      event->kind = hk_statement_dup_text (stmt, 2);
      event->detail = hk_statement_dup_text (stmt, 3);
      event->receipt_id = hk_statement_get_int64 (stmt, 4);
      g_ptr_array_add (events, event);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (hk_pool_number_get_reservation_expired (current))
    {
      HkNumberEvent *event = g_new0 (HkNumberEvent, 1);

      event->at = hk_pool_number_get_reserved_until (current);
      event->kind = g_strdup ("expired");
      event->detail = g_strdup (hk_pool_number_get_reserved_for (current));
      g_ptr_array_add (events, event);
    }

  return g_steal_pointer (&events);
}

/* How many numbers of each class are in each state now (an expired reservation: available). */
gboolean
hk_number_pool_store_summarize (HkNumberPoolStore    *self,
                                HkNumberPoolSummary  *summary,
                                GError              **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_NUMBER_POOL_STORE (self), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  memset (summary, 0, sizeof *summary);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT class, CASE WHEN state = 'reserved'"
                                    "  AND reserved_until <= ?1 THEN 'available' ELSE state END,"
                                    " count (*) FROM pool_numbers GROUP BY 1, 2", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, hk_database_get_now (self->database));

  while (hk_statement_step (stmt, &local_error))
    {
      HkNumberClass number_class = HK_NUMBER_ORDINARY;
      HkNumberState state = HK_NUMBER_AVAILABLE;

      if (hk_number_class_from_id (hk_statement_get_text (stmt, 0), &number_class) &&
          hk_number_state_from_id (hk_statement_get_text (stmt, 1), &state))
        summary->counts[number_class][state] = hk_statement_get_int64 (stmt, 2);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_price (HkNumberClass   number_class,
             gint64          price,
             GError        **error)
{
  if (number_class != HK_NUMBER_ORDINARY && number_class != HK_NUMBER_PREMIUM)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Unknown class of number."));
      return FALSE;
    }

  if ((number_class == HK_NUMBER_PREMIUM) != (price > 0) || price < 0 || price > PRICE_MAX)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A premium number has a price of more than ¥0.00; an ordinary one has "
                     "none."));
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_number_pool_store_add_range:
 * @first: the first number of the run the city company allocated
 * @last: the last number (the same as @first for one number)
 * @n_added: (out) (optional): how many numbers were added
 *
 * The hall supervisor adds numbers to the number stock, all of one class and price. A number
 * already in the stock refuses the whole run.
 */
gboolean
hk_number_pool_store_add_range (HkNumberPoolStore  *self,
                                HkOperator         *actor,
                                const char         *first,
                                const char         *last,
                                HkNumberClass       number_class,
                                gint64              price,
                                guint              *n_added,
                                GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) taken = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkStatement) event = NULL;
  g_autofree char *clean_first = NULL;
  g_autofree char *clean_last = NULL;
  g_autofree char *summary = NULL;
  gint64 from;
  gint64 to;
  gint64 now;

  g_return_val_if_fail (HK_IS_NUMBER_POOL_STORE (self), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_SUPERVISOR,
                              _("Adding numbers to the number stock"), error))
    return FALSE;

  clean_first = clean_text (first);
  clean_last = clean_text (last != NULL ? last : first);

  if (!check_number (clean_first, error) || !check_number (clean_last, error) ||
      !check_price (number_class, price, error))
    return FALSE;

  from = g_ascii_strtoll (clean_first, NULL, 10);
  to = g_ascii_strtoll (clean_last, NULL, 10);
  if (to < from || to - from + 1 > HK_NUMBER_POOL_ADD_MAX)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give the first and the last number of a run of at most %d numbers."),
                   HK_NUMBER_POOL_ADD_MAX);
      return FALSE;
    }

  now = hk_database_get_now (self->database);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(taken = hk_database_prepare (self->database,
                                     "SELECT number FROM pool_numbers WHERE number BETWEEN ?1"
                                     " AND ?2 ORDER BY number LIMIT 1", error)))
    return FALSE;

  hk_statement_bind_text (taken, 1, clean_first);
  hk_statement_bind_text (taken, 2, clean_last);
  if (hk_statement_step (taken, NULL))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The number %s is already in the number stock."),
                   hk_statement_get_text (taken, 0));
      return FALSE;
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO pool_numbers (number, reversed, class, price,"
                                      " state_at, added_at, added_by)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)", error)) ||
      !(event = hk_database_prepare (self->database,
                                     "INSERT INTO pool_number_events (number_id, at, by, kind)"
                                     " VALUES (?1, ?2, ?3, 'added')", error)))
    return FALSE;

  for (gint64 n = from; n <= to; n++)
    {
      g_autofree char *number = g_strdup_printf ("%011lld", (long long)n);
      g_autofree char *reversed = reverse_digits (number);

      hk_statement_reset (insert);
      hk_statement_bind_text (insert, 1, number);
      hk_statement_bind_text (insert, 2, reversed);
      hk_statement_bind_text (insert, 3, hk_number_class_to_id (number_class));
      hk_statement_bind_int64 (insert, 4, price);
      hk_statement_bind_int64 (insert, 5, now);
      hk_statement_bind_int64 (insert, 6, hk_operator_get_id (actor));
      if (!hk_statement_run (insert, error))
        return FALSE;

      hk_statement_reset (event);
      hk_statement_bind_int64 (event, 1, hk_database_get_last_insert_id (self->database));
      hk_statement_bind_int64 (event, 2, now);
      hk_statement_bind_int64 (event, 3, hk_operator_get_id (actor));
      if (!hk_statement_run (event, error))
        return FALSE;
    }

  summary = g_strdup_printf ("added %lld %s numbers %s to %s to the number stock%s",
                             (long long)(to - from + 1), hk_number_class_to_id (number_class),
                             clean_first, clean_last,
                             price > 0 ? ", priced" : "");

  if (!hk_audit_log_append (self->database, actor, "numbers-added", "pool-number", 0, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  if (n_added != NULL)
    *n_added = (guint)(to - from + 1);

  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/* Begins a write on one number: the transaction, the number as it is now (an expired
 * reservation written down), and the role check. */
static HkPoolNumber *
begin_change (HkNumberPoolStore  *self,
              HkOperator         *actor,
              HkRoles             roles,
              const char         *what,
              const char         *number,
              HkTransaction     **tx,
              GError            **error)
{
  g_autoptr(HkPoolNumber) current = NULL;
  g_autofree char *clean = clean_text (number);

  if (!hk_permission_require (self->database, actor, roles, what, error) ||
      !check_number (clean, error) ||
      !(*tx = hk_transaction_begin (self->database, error)) ||
      !(current = read_number (self->database, clean, error)) ||
      !settle_expiry (self->database, current, error))
    return NULL;

  return g_steal_pointer (&current);
}

static HkPoolNumber *
finish_change (HkNumberPoolStore  *self,
               HkOperator         *actor,
               HkTransaction      *tx,
               HkPoolNumber       *number,
               const char         *action,
               const char         *summary,
               GError            **error)
{
  if (!hk_audit_log_append (self->database, actor, action, "pool-number",
                            hk_pool_number_get_id (number), summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0);

  return read_number (self->database, hk_pool_number_get_number (number), error);
}

/* Runs @sql on the number @id (?1) with the moment now (?2). */
static gboolean
run_on_number (HkDatabase  *database,
               const char  *sql,
               gint64       id,
               GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (database, sql, error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, id);
  hk_statement_bind_int64 (stmt, 2, hk_database_get_now (database));

  return hk_statement_run (stmt, error);
}

/* The hall supervisor makes a number ordinary or premium (with its price). */
HkPoolNumber *
hk_number_pool_store_set_class (HkNumberPoolStore  *self,
                                HkOperator         *actor,
                                const char         *number,
                                HkNumberClass       number_class,
                                gint64              price,
                                GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkPoolNumber) current = NULL;
  g_autofree char *money = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (HK_IS_NUMBER_POOL_STORE (self), NULL);

  if (!(current = begin_change (self, actor, HK_ROLE_SUPERVISOR, _("Changing a number’s class"),
                                number, &tx, error)) ||
      !check_price (number_class, price, error))
    return NULL;

  if (hk_pool_number_get_state (current) == HK_NUMBER_SOLD ||
      hk_pool_number_get_state (current) == HK_NUMBER_RETURNED)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The number %s is sold or returned; its class no longer changes."),
                   hk_pool_number_get_number (current));
      return NULL;
    }

  money = hk_money_format_plain (price);
  detail = g_strdup_printf ("%s %s", hk_number_class_to_id (number_class), money);

  {
    g_autoptr(HkStatement) update = NULL;

    if (!(update = hk_database_prepare (self->database,
                                        "UPDATE pool_numbers SET class = ?2, price = ?3"
                                        " WHERE id = ?1", error)))
      return NULL;

    hk_statement_bind_int64 (update, 1, hk_pool_number_get_id (current));
    hk_statement_bind_text (update, 2, hk_number_class_to_id (number_class));
    hk_statement_bind_int64 (update, 3, price);
    if (!hk_statement_run (update, error))
      return NULL;
  }

  if (!add_event (self->database, hk_pool_number_get_id (current),
                  hk_database_get_now (self->database), hk_operator_get_id (actor),
                  "class-changed", detail, 0, error))
    return NULL;

  {
    g_autofree char *summary = g_strdup_printf ("number %s made %s",
                                                hk_pool_number_get_number (current), detail);

    return finish_change (self, actor, tx, current, "number-class-changed", summary, error);
  }
}

/* Days from @from to @to ("YYYY-MM-DD"), or G_MININT on a bad day. */
static int
days_between (const char *from,
              const char *to)
{
  int y1, m1, d1, y2, m2, d2;
  GDate a, b;

  if (sscanf (from, "%4d-%2d-%2d", &y1, &m1, &d1) != 3 ||
      sscanf (to, "%4d-%2d-%2d", &y2, &m2, &d2) != 3 ||
      !g_date_valid_dmy (d1, m1, y1) || !g_date_valid_dmy (d2, m2, y2))
    return G_MININT;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, d1, m1, y1);
  g_date_set_dmy (&b, d2, m2, y2);

  return g_date_days_between (&a, &b);
}

/**
 * hk_number_pool_store_reserve:
 * @actor: a clerk or the hall supervisor
 * @customer: who the number is kept for
 * @phone: how to reach them; the sale must name the same phone
 * @until_day: the last day the number is kept, today at the earliest and at most
 *   #HK_NUMBER_RESERVATION_MAX_DAYS days ahead
 *
 * Reserves an available number for a customer. From the start of the day after @until_day it
 * is available again, without anyone doing anything.
 */
HkPoolNumber *
hk_number_pool_store_reserve (HkNumberPoolStore  *self,
                              HkOperator         *actor,
                              const char         *number,
                              const char         *customer,
                              const char         *phone,
                              const char         *until_day,
                              GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkPoolNumber) current = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *clean_customer = clean_text (customer);
  g_autofree char *folded_phone = hk_input_fold_digits (phone);
  g_autofree char *clean_phone = clean_text (folded_phone);
  g_autofree char *today = NULL;
  g_autofree char *masked = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *summary = NULL;
  gint64 until = 0;
  int days;

  g_return_val_if_fail (HK_IS_NUMBER_POOL_STORE (self), NULL);

  if (!(current = begin_change (self, actor, HK_ROLE_CLERK | HK_ROLE_SUPERVISOR,
                                _("Reserving a number"), number, &tx, error)))
    return NULL;

  if (*clean_customer == '\0' || strlen (clean_customer) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the customer’s name."));
      return NULL;
    }

  if (!hk_privacy_phone_is_valid (clean_phone))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give a phone number to reach the customer."));
      return NULL;
    }

  today = hk_hall_store_format_day (self->hall, hk_database_get_now (self->database));
  days = until_day != NULL ? days_between (today, until_day) : G_MININT;
  if (days < 0 || days > HK_NUMBER_RESERVATION_MAX_DAYS ||
      !hk_hall_store_parse_day (self->hall, until_day, NULL, &until, NULL))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A number is reserved until a day from today to %d days ahead."),
                   HK_NUMBER_RESERVATION_MAX_DAYS);
      return NULL;
    }

  if (hk_pool_number_get_state (current) != HK_NUMBER_AVAILABLE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT, _("The number %s is %s, not available."),
                   hk_pool_number_get_number (current),
                   hk_number_state_get_title (hk_pool_number_get_state (current)));
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE pool_numbers SET state = 'reserved',"
                                      " reserved_for = ?2, reserved_phone = ?3,"
                                      " reserved_until = ?4, reserved_by = ?5, state_at = ?6"
                                      " WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_pool_number_get_id (current));
  hk_statement_bind_text (update, 2, clean_customer);
  hk_statement_bind_text (update, 3, clean_phone);
  hk_statement_bind_int64 (update, 4, until);
  hk_statement_bind_int64 (update, 5, hk_operator_get_id (actor));
  hk_statement_bind_int64 (update, 6, hk_database_get_now (self->database));

  masked = hk_privacy_mask_phone (clean_phone);
  detail = g_strdup_printf ("%s %s, until %s", clean_customer, masked, until_day);
  summary = g_strdup_printf ("reserved number %s for %s", hk_pool_number_get_number (current),
                             detail);

  if (!hk_statement_run (update, error) ||
      !add_event (self->database, hk_pool_number_get_id (current),
                  hk_database_get_now (self->database), hk_operator_get_id (actor), "reserved",
                  detail, 0, error))
    return NULL;

  return finish_change (self, actor, tx, current, "number-reserved", summary, error);
}

/* Ends a reservation before its day: the number is available again. */
HkPoolNumber *
hk_number_pool_store_release (HkNumberPoolStore  *self,
                              HkOperator         *actor,
                              const char         *number,
                              const char         *reason,
                              GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkPoolNumber) current = NULL;
  g_autofree char *clean_reason = clean_text (reason);
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_NUMBER_POOL_STORE (self), NULL);

  if (!(current = begin_change (self, actor, HK_ROLE_CLERK | HK_ROLE_SUPERVISOR,
                                _("Releasing a reserved number"), number, &tx, error)))
    return NULL;

  if (*clean_reason == '\0' || strlen (clean_reason) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the reason for the release."));
      return NULL;
    }

  if (hk_pool_number_get_state (current) != HK_NUMBER_RESERVED)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT, _("The number %s is not reserved."),
                   hk_pool_number_get_number (current));
      return NULL;
    }

  summary = g_strdup_printf ("released number %s reserved for %s: %s",
                             hk_pool_number_get_number (current),
                             hk_pool_number_get_reserved_for (current), clean_reason);

  if (!run_on_number (self->database,
                      "UPDATE pool_numbers SET state = 'available', reserved_for = NULL,"
                      " reserved_phone = NULL, reserved_until = NULL, reserved_by = NULL,"
                      " state_at = ?2 WHERE id = ?1", hk_pool_number_get_id (current), error) ||
      !add_event (self->database, hk_pool_number_get_id (current),
                  hk_database_get_now (self->database), hk_operator_get_id (actor), "released",
                  clean_reason, 0, error))
    return NULL;

  return finish_change (self, actor, tx, current, "number-released", summary, error);
}

/* The hall supervisor gives an available number back to the city company. */
HkPoolNumber *
hk_number_pool_store_return (HkNumberPoolStore  *self,
                             HkOperator         *actor,
                             const char         *number,
                             const char         *reason,
                             GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkPoolNumber) current = NULL;
  g_autofree char *clean_reason = clean_text (reason);
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_NUMBER_POOL_STORE (self), NULL);

  if (!(current = begin_change (self, actor, HK_ROLE_SUPERVISOR,
                                _("Returning a number to the city company"), number, &tx,
                                error)))
    return NULL;

  if (*clean_reason == '\0' || strlen (clean_reason) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the reason for the return."));
      return NULL;
    }

  if (hk_pool_number_get_state (current) != HK_NUMBER_AVAILABLE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The number %s is %s; only an available number is returned."),
                   hk_pool_number_get_number (current),
                   hk_number_state_get_title (hk_pool_number_get_state (current)));
      return NULL;
    }

  summary = g_strdup_printf ("returned number %s to the city company: %s",
                             hk_pool_number_get_number (current), clean_reason);

  if (!run_on_number (self->database,
                      "UPDATE pool_numbers SET state = 'returned', state_at = ?2 WHERE id = ?1",
                      hk_pool_number_get_id (current), error) ||
      !add_event (self->database, hk_pool_number_get_id (current),
                  hk_database_get_now (self->database), hk_operator_get_id (actor), "returned",
                  clean_reason, 0, error))
    return NULL;

  return finish_change (self, actor, tx, current, "number-returned", summary, error);
}

/* ---- the sale on a receipt ---- */

static char *
digits_of (const char *phone)
{
  GString *out = g_string_new (NULL);

  for (const char *p = phone != NULL ? phone : ""; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/**
 * hk_number_pool_price_line: (skip)
 * @unit_price: (inout): the line's tariff price; a premium number's price replaces it
 *
 * Before a receipt line that names a number is priced: the number must be in the stock and
 * the line sells one.
 */
gboolean
hk_number_pool_price_line (HkDatabase  *database,
                           guint        line_no,
                           const char  *number,
                           gint64       quantity,
                           gint64      *unit_price,
                           GError     **error)
{
  g_autoptr(HkPoolNumber) current = NULL;
  g_autofree char *clean = clean_text (number);
  GError *local_error = NULL;

  if (!check_number (clean, &local_error) ||
      !(current = read_number (database, clean, &local_error)))
    {
      g_set_error (error, local_error->domain, local_error->code, _("Line %u: %s"), line_no,
                   local_error->message);
      g_clear_error (&local_error);
      return FALSE;
    }

  if (quantity != 1)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Line %u: a line that sells a number has a quantity of 1."), line_no);
      return FALSE;
    }

  if (hk_pool_number_get_number_class (current) == HK_NUMBER_PREMIUM)
    *unit_price = hk_pool_number_get_price (current);

  return TRUE;
}

/**
 * hk_number_pool_sell_line: (skip)
 * @customer_phone: (nullable): the receipt's customer phone
 * @amount: what the line charged
 *
 * Inside the receipt's transaction: marks the number sold on the receipt. It must be
 * available, or reserved for this customer's phone.
 */
gboolean
hk_number_pool_sell_line (HkDatabase  *database,
                          HkOperator  *actor,
                          gint64       receipt_id,
                          guint        line_no,
                          const char  *number,
                          const char  *customer_phone,
                          gint64       amount,
                          GError     **error)
{
  g_autoptr(HkPoolNumber) current = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *clean = clean_text (number);
  g_autofree char *detail = NULL;
  HkNumberState state;

  if (!(current = read_number (database, clean, error)) ||
      !settle_expiry (database, current, error))
    return FALSE;

  state = hk_pool_number_get_state (current);

  if (state == HK_NUMBER_RESERVED)
    {
      g_autofree char *wanted = digits_of (hk_pool_number_get_reserved_phone (current));
      g_autofree char *given = digits_of (customer_phone);

      if (!g_str_equal (wanted, given))
        {
          g_autofree char *masked = hk_pool_number_dup_masked_phone (current);

          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("Line %u: the number %s is reserved for another customer (%s); give "
                         "that customer’s phone on the receipt."),
                       line_no, clean, masked);
          return FALSE;
        }
    }
  else if (state != HK_NUMBER_AVAILABLE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT, _("Line %u: the number %s is %s."),
                   line_no, clean, hk_number_state_get_title (state));
      return FALSE;
    }

  if (!(update = hk_database_prepare (database,
                                      "UPDATE pool_numbers SET state = 'sold', receipt_id = ?2,"
                                      " state_at = ?3 WHERE id = ?1", error)))
    return FALSE;

  hk_statement_bind_int64 (update, 1, hk_pool_number_get_id (current));
  hk_statement_bind_int64 (update, 2, receipt_id);
  hk_statement_bind_int64 (update, 3, hk_database_get_now (database));

  detail = hk_money_format_plain (amount);

  return hk_statement_run (update, error) &&
         add_event (database, hk_pool_number_get_id (current), hk_database_get_now (database),
                    hk_operator_get_id (actor), "sold", detail, receipt_id, error);
}
