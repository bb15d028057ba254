/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-revenue-query.c: every SQL query of the report builders: the period's sums by day and
 * clerk, the unsigned days, the names, and the journal's entries.
 *
 * Query plans (SQLite 3.40, checked with EXPLAIN QUERY PLAN on a file of two million
 * receipts): the three sums read their table's primary key from the period's first day to its
 * last; the unsigned days read revenue_days the same way, shifts and daily_reports whole (one
 * row per clerk and day, a few thousand) and look each day up in daily_reports' unique index;
 * the journal reads receipts through receipts_day_number (0010, covering) and each receipt's
 * payments by their primary key, and shifts, cash movements and daily reports whole; the cash
 * brought forward reads revenue_methods up to the period and shifts and daily_reports whole.
 */

#include "config.h"

#include <string.h>

#include "hk-revenue-query.h"

#define CANCEL_CHECK_ROWS 4096

struct _HkRevenue
{
  HkPeriod        period;
  GStrv           days;
  guint           n_days;
  GArray         *clerks;  /* gint64, by login */
  HkRevenueSums  *cells;   /* n_days × n_clerks, day-major */
};

void
hk_revenue_sums_add (HkRevenueSums       *sums,
                     const HkRevenueSums *other)
{
  sums->n_receipts += other->n_receipts;
  sums->n_void += other->n_void;
  sums->n_corrections += other->n_corrections;
  sums->revenue += other->revenue;
  for (guint c = 0; c < HK_N_FEE_CATEGORIES; c++)
    sums->by_category[c] += other->by_category[c];
  for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
    {
      sums->by_method[m] += other->by_method[m];
      sums->n_payments[m] += other->n_payments[m];
    }
  sums->sim_cards += other->sim_cards;
  sums->value_cards += other->value_cards;
  sums->handsets += other->handsets;
  sums->top_ups += other->top_ups;
  sums->top_up_amount += other->top_up_amount;
}

gboolean
hk_revenue_is_top_up (HkFeeCategory  category,
                      const char    *name)
{
  g_autofree char *folded = NULL;

  if (category != HK_FEE_CATEGORY_SERVICE || name == NULL)
    return FALSE;

  if (strstr (name, "充值") != NULL)
    return TRUE;

  folded = g_utf8_casefold (name, -1);

  return strstr (folded, "top-up") != NULL || strstr (folded, "top up") != NULL;
}

/* After a step that gave no row: TRUE when that is the end of the rows. */
static gboolean
finished (GError  *local_error,
          GError **error)
{
  if (local_error == NULL)
    return TRUE;

  g_propagate_error (error, local_error);
  return FALSE;
}

static HkStatement *
prepare_range (HkDatabase      *database,
               const char      *sql,
               const HkPeriod  *period,
               GError         **error)
{
  g_autofree char *first = hk_period_dup_first_day (period);
  g_autofree char *last = hk_period_dup_last_day (period);
  HkStatement *stmt;

  if (!(stmt = hk_database_prepare (database, sql, error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, first);
  hk_statement_bind_text (stmt, 2, last);

  return stmt;
}

void
hk_revenue_free (HkRevenue *self)
{
  if (self == NULL)
    return;

  g_strfreev (self->days);
  g_clear_pointer (&self->clerks, g_array_unref);
  g_free (self->cells);
  g_free (self);
}

typedef struct
{
  guint  day;
  gint64 clerk_id;
  char  *login;
  gint64 n_receipts;
  gint64 n_void;
  gint64 n_corrections;
  gint64 total;
} DayRow;

static void
clear_day_row (gpointer data)
{
  g_free (((DayRow *)data)->login);
}

typedef struct
{
  gint64      id;
  const char *login;
} ClerkKey;

static int
compare_clerks (gconstpointer a,
                gconstpointer b)
{
  const ClerkKey *x = a;
  const ClerkKey *y = b;
  int order = g_strcmp0 (x->login, y->login);

  return order != 0 ? order : (x->id > y->id) - (x->id < y->id);
}

static HkRevenueSums *
cell (HkRevenue *self,
      guint      day,
      int        clerk)
{
  return &self->cells[day * self->clerks->len + (guint)clerk];
}

/* The day's index, or -1 for a day outside the period (which the queries do not return). */
static int
day_index (GHashTable *days,
           const char *day)
{
  gpointer value;

  if (day == NULL || !g_hash_table_lookup_extended (days, day, NULL, &value))
    return -1;

  return GPOINTER_TO_INT (value);
}

static gboolean
read_days (HkRevenue   *self,
           HkDatabase  *database,
           GHashTable  *days,
           GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (DayRow));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (ClerkKey));
  GError *local_error = NULL;

  g_array_set_clear_func (rows, clear_day_row);

  if (!(stmt = prepare_range (database,
                              "SELECT d.business_day, d.clerk_id, o.login, d.n_receipts,"
                              " d.n_void, d.n_corrections, d.total"
                              " FROM revenue_days d JOIN operators o ON o.id = d.clerk_id"
                              " WHERE d.business_day BETWEEN ?1 AND ?2",
                              &self->period, error)))
    return FALSE;

  while (hk_statement_step (stmt, &local_error))
    {
      DayRow row = { 0 };
      int index = day_index (days, hk_statement_get_text (stmt, 0));

      if (index < 0)
        continue;

      row.day = (guint)index;
      row.clerk_id = hk_statement_get_int64 (stmt, 1);
      row.login = hk_statement_dup_text (stmt, 2);
      row.n_receipts = hk_statement_get_int64 (stmt, 3);
      row.n_void = hk_statement_get_int64 (stmt, 4);
      row.n_corrections = hk_statement_get_int64 (stmt, 5);
      row.total = hk_statement_get_int64 (stmt, 6);
      g_array_append_val (rows, row);
    }
  if (!finished (local_error, error))
    return FALSE;

  /* The clerks, by login. */
  for (guint i = 0; i < rows->len; i++)
    {
      DayRow *row = &g_array_index (rows, DayRow, i);
      ClerkKey key = { row->clerk_id, row->login };

      if (row->n_receipts == 0 && row->n_void == 0 && row->n_corrections == 0)
        continue;
      if (g_hash_table_contains (seen, &row->clerk_id))
        continue;
      g_hash_table_add (seen, &row->clerk_id);
      g_array_append_val (keys, key);
    }
  g_array_sort (keys, compare_clerks);
  for (guint i = 0; i < keys->len; i++)
    g_array_append_val (self->clerks, g_array_index (keys, ClerkKey, i).id);

  self->cells = g_new0 (HkRevenueSums, MAX (1, self->n_days * self->clerks->len));

  for (guint i = 0; i < rows->len; i++)
    {
      DayRow *row = &g_array_index (rows, DayRow, i);
      int clerk = hk_revenue_find_clerk (self, row->clerk_id);
      HkRevenueSums *sums;

      if (clerk < 0)
        continue;

      sums = cell (self, row->day, clerk);
      sums->n_receipts += row->n_receipts;
      sums->n_void += row->n_void;
      sums->n_corrections += row->n_corrections;
      sums->revenue += row->total;
    }

  return TRUE;
}

static gboolean
read_items (HkRevenue   *self,
            HkDatabase  *database,
            GHashTable  *days,
            GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GHashTable) top_ups = g_hash_table_new (g_int64_hash, g_int64_equal);
  GError *local_error = NULL;

  if (!(stmt = prepare_range (database,
                              "SELECT i.business_day, i.clerk_id, i.fee_item_id, i.quantity,"
                              " i.amount, f.category, f.name"
                              " FROM revenue_items i JOIN fee_items f ON f.id = i.fee_item_id"
                              " WHERE i.business_day BETWEEN ?1 AND ?2",
                              &self->period, error)))
    return FALSE;

  while (hk_statement_step (stmt, &local_error))
    {
      int index = day_index (days, hk_statement_get_text (stmt, 0));
      int clerk = hk_revenue_find_clerk (self, hk_statement_get_int64 (stmt, 1));
      gint64 quantity = hk_statement_get_int64 (stmt, 3);
      gint64 amount = hk_statement_get_int64 (stmt, 4);
      HkFeeCategory category = HK_FEE_CATEGORY_OTHER;
      HkRevenueSums *sums;

      if (index < 0 || clerk < 0)
        continue;

      sums = cell (self, (guint)index, clerk);
      hk_fee_category_from_id (hk_statement_get_text (stmt, 5), &category);
      sums->by_category[category] += amount;

      switch (category)
        {
        case HK_FEE_CATEGORY_SIM_CARD:
          sums->sim_cards += quantity;
          break;
        case HK_FEE_CATEGORY_VALUE_CARD:
          sums->value_cards += quantity;
          break;
        case HK_FEE_CATEGORY_HANDSET:
          sums->handsets += quantity;
          break;
        case HK_FEE_CATEGORY_SERVICE:
          if (hk_revenue_is_top_up (category, hk_statement_get_text (stmt, 6)))
            {
              sums->top_ups += quantity;
              sums->top_up_amount += amount;
            }
          break;
        case HK_FEE_CATEGORY_ACCESSORY:
        case HK_FEE_CATEGORY_REPAIR:
        case HK_FEE_CATEGORY_OTHER:
        default:
          break;
        }
    }

  return finished (local_error, error);
}

static gboolean
read_methods (HkRevenue   *self,
              HkDatabase  *database,
              GHashTable  *days,
              GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = prepare_range (database,
                              "SELECT business_day, clerk_id, method, amount, n_payments"
                              " FROM revenue_methods WHERE business_day BETWEEN ?1 AND ?2",
                              &self->period, error)))
    return FALSE;

  while (hk_statement_step (stmt, &local_error))
    {
      int index = day_index (days, hk_statement_get_text (stmt, 0));
      int clerk = hk_revenue_find_clerk (self, hk_statement_get_int64 (stmt, 1));
      HkPaymentMethod method;
      HkRevenueSums *sums;

      if (index < 0 || clerk < 0 ||
          !hk_payment_method_from_id (hk_statement_get_text (stmt, 2), &method))
        continue;

      sums = cell (self, (guint)index, clerk);
      sums->by_method[method] += hk_statement_get_int64 (stmt, 3);
      sums->n_payments[method] += hk_statement_get_int64 (stmt, 4);
    }

  return finished (local_error, error);
}

/**
 * hk_revenue_query:
 *
 * Returns: (transfer full): the sums of every day of @period and every clerk with a receipt in
 *   it, or %NULL with @error set (also when @cancellable is cancelled)
 */
HkRevenue *
hk_revenue_query (HkDatabase      *database,
                  const HkPeriod  *period,
                  GCancellable    *cancellable,
                  GError         **error)
{
  g_autoptr(HkRevenue) self = NULL;
  g_autoptr(GHashTable) days = NULL;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  self = g_new0 (HkRevenue, 1);
  self->period = *period;
  self->days = hk_period_dup_days (period);
  self->n_days = g_strv_length (self->days);
  self->clerks = g_array_new (FALSE, FALSE, sizeof (gint64));

  days = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->n_days; i++)
    g_hash_table_insert (days, self->days[i], GUINT_TO_POINTER (i));

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !read_days (self, database, days, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !read_items (self, database, days, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !read_methods (self, database, days, error))
    return NULL;

  return g_steal_pointer (&self);
}

const HkPeriod *
hk_revenue_get_period (HkRevenue *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->period;
}

guint
hk_revenue_get_n_days (HkRevenue *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_days;
}

const char *
hk_revenue_get_day (HkRevenue *self,
                    guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_days, NULL);

  return self->days[index];
}

guint
hk_revenue_get_n_clerks (HkRevenue *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->clerks->len;
}

gint64
hk_revenue_get_clerk_id (HkRevenue *self,
                         guint      index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->clerks->len, 0);

  return g_array_index (self->clerks, gint64, index);
}

int
hk_revenue_find_clerk (HkRevenue *self,
                       gint64     clerk_id)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->clerks->len; i++)
    if (g_array_index (self->clerks, gint64, i) == clerk_id)
      return (int)i;

  return -1;
}

void
hk_revenue_sum (HkRevenue     *self,
                guint          first_day,
                guint          n_days,
                guint          clerk,
                HkRevenueSums *sums)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (sums != NULL);
  g_return_if_fail (first_day <= self->n_days && n_days <= self->n_days - first_day);
  g_return_if_fail (clerk == HK_REVENUE_ALL || clerk < self->clerks->len);

  memset (sums, 0, sizeof *sums);

  for (guint d = first_day; d < first_day + n_days; d++)
    for (guint c = 0; c < self->clerks->len; c++)
      if (clerk == HK_REVENUE_ALL || clerk == c)
        hk_revenue_sums_add (sums, cell (self, d, (int)c));
}

void
hk_revenue_sum_all (HkRevenue     *self,
                    HkRevenueSums *sums)
{
  g_return_if_fail (self != NULL);

  hk_revenue_sum (self, 0, self->n_days, HK_REVENUE_ALL, sums);
}

static void
operator_free (gpointer data)
{
  HkRevenueOperator *operator = data;

  g_free (operator->login);
  g_free (operator->display_name);
  g_free (operator);
}

/**
 * hk_revenue_query_operators:
 *
 * Returns: (transfer full) (element-type gint64 HkRevenueOperator): every operator, by id
 *   (keys point into the values)
 */
GHashTable *
hk_revenue_query_operators (HkDatabase  *database,
                            GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GHashTable) operators = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);

  if (!(stmt = hk_database_prepare (database,
                                    "SELECT id, login, display_name FROM operators", error)))
    return NULL;

  operators = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, operator_free);

  while (hk_statement_step (stmt, &local_error))
    {
      HkRevenueOperator *operator = g_new0 (HkRevenueOperator, 1);

      operator->id = hk_statement_get_int64 (stmt, 0);
      operator->login = hk_statement_dup_text (stmt, 1);
      operator->display_name = hk_statement_dup_text (stmt, 2);
      g_hash_table_insert (operators, &operator->id, operator);
    }

  if (!finished (local_error, error))
    return NULL;

  return g_steal_pointer (&operators);
}

static void
clear_unsigned (gpointer data)
{
  g_free (((HkRevenueUnsigned *)data)->day);
}

/**
 * hk_revenue_query_unsigned:
 *
 * Returns: (transfer full) (element-type HkRevenueUnsigned): by day, then clerk id
 */
GArray *
hk_revenue_query_unsigned (HkDatabase      *database,
                           const HkPeriod  *period,
                           GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GArray) days = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  if (!(stmt = prepare_range (database,
                              "SELECT a.business_day, a.clerk_id FROM ("
                              " SELECT business_day, clerk_id FROM revenue_days"
                              "  WHERE business_day BETWEEN ?1 AND ?2"
                              "  AND n_receipts + n_void + n_corrections > 0"
                              " UNION SELECT business_day, clerk_id FROM shifts"
                              "  WHERE business_day BETWEEN ?1 AND ?2"
                              " UNION SELECT business_day, clerk_id FROM daily_reports"
                              "  WHERE business_day BETWEEN ?1 AND ?2) a"
                              " LEFT JOIN daily_reports d"
                              "  ON d.clerk_id = a.clerk_id AND d.business_day = a.business_day"
                              " WHERE d.signed_at IS NULL"
                              " ORDER BY a.business_day, a.clerk_id",
                              period, error)))
    return NULL;

  days = g_array_new (FALSE, TRUE, sizeof (HkRevenueUnsigned));
  g_array_set_clear_func (days, clear_unsigned);

  while (hk_statement_step (stmt, &local_error))
    {
      HkRevenueUnsigned entry;

      entry.day = hk_statement_dup_text (stmt, 0);
      entry.clerk_id = hk_statement_get_int64 (stmt, 1);
      g_array_append_val (days, entry);
    }

  if (!finished (local_error, error))
    return NULL;

  return g_steal_pointer (&days);
}

gboolean
hk_revenue_query_cash_brought_forward (HkDatabase      *database,
                                       const HkPeriod  *period,
                                       gint64          *cash,
                                       GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *first = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (cash != NULL, FALSE);

  /* The same three things the journal adds up day by day, for every day before the period. */
  if (!(stmt = hk_database_prepare (database,
                                    "SELECT (SELECT coalesce (sum (amount), 0)"
                                    "         FROM revenue_methods"
                                    "         WHERE business_day < ?1 AND method = 'cash')"
                                    " + (SELECT coalesce (sum (counted_cash - expected_cash), 0)"
                                    "     FROM shifts WHERE business_day < ?1"
                                    "     AND status != 'open' AND counted_cash IS NOT NULL"
                                    "     AND expected_cash IS NOT NULL)"
                                    " - (SELECT coalesce (sum (bank_amount), 0)"
                                    "     FROM daily_reports WHERE business_day < ?1)",
                                    error)))
    return FALSE;

  first = hk_period_dup_first_day (period);
  hk_statement_bind_text (stmt, 1, first);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      *cash = 0;
      return TRUE;
    }

  *cash = hk_statement_get_int64 (stmt, 0);

  return TRUE;
}

static void
clear_entry (gpointer data)
{
  HkJournalEntry *entry = data;

  g_free (entry->day);
  g_free (entry->document);
  g_free (entry->reference);
  g_free (entry->cheque_no);
}

/* Columns of the journal query. */
enum
{
  J_KIND,
  J_DAY,
  J_AT,
  J_ID,
  J_CLERK,
  J_TEXT,
  J_NUMBER,
  J_AMOUNT,
  J_REF_CODE,
  J_REF_NUMBER,
  J_METHOD,
  J_PAID,
  J_CHEQUE,
  J_SEQ,
  J_COUNTED,
  J_EXPECTED,
};

static char *
format_receipt_number (const char *invoice_code,
                       gint64      number)
{
  /* As HkReceipt writes it: the invoice code, "-", eight digits. */
  return g_strdup_printf ("%s-%08lld", invoice_code, (long long)number);
}

/* Adds a payment row to the entry it belongs to. */
static void
add_payment (HkJournalEntry *entry,
             HkStatement    *stmt)
{
  HkPaymentMethod method;
  gint64 paid;

  if (hk_statement_is_null (stmt, J_METHOD) ||
      !hk_payment_method_from_id (hk_statement_get_text (stmt, J_METHOD), &method))
    return;

  paid = hk_statement_get_int64 (stmt, J_PAID);
  entry->methods |= 1u << method;
  entry->by_method[method] += paid;
  if (method == HK_PAYMENT_CASH)
    entry->cash += paid;

  if (!hk_statement_is_null (stmt, J_CHEQUE))
    {
      char *numbers = entry->cheque_no == NULL
                      ? g_strdup (hk_statement_get_text (stmt, J_CHEQUE))
                      : g_strconcat (entry->cheque_no, ", ",
                                     hk_statement_get_text (stmt, J_CHEQUE), NULL);

      g_free (entry->cheque_no);
      entry->cheque_no = numbers;
    }
}

static void
read_entry (HkJournalEntry *entry,
            HkStatement    *stmt)
{
  entry->kind = (HkJournalEntryKind)hk_statement_get_int64 (stmt, J_KIND);
  entry->day = hk_statement_dup_text (stmt, J_DAY);
  entry->at = hk_statement_get_int64 (stmt, J_AT);
  entry->clerk_id = hk_statement_get_int64 (stmt, J_CLERK);
  entry->amount = hk_statement_get_int64 (stmt, J_AMOUNT);

  switch (entry->kind)
    {
    case HK_JOURNAL_RECEIPT:
    case HK_JOURNAL_RED_LETTER:
    case HK_JOURNAL_VOID:
      entry->document = format_receipt_number (hk_statement_get_text (stmt, J_TEXT),
                                               hk_statement_get_int64 (stmt, J_NUMBER));
      if (!hk_statement_is_null (stmt, J_REF_CODE))
        entry->reference = format_receipt_number (hk_statement_get_text (stmt, J_REF_CODE),
                                                  hk_statement_get_int64 (stmt, J_REF_NUMBER));
      add_payment (entry, stmt);
      break;

    case HK_JOURNAL_CASH_MOVEMENT:
      entry->document = hk_statement_dup_text (stmt, J_TEXT);
      break;

    case HK_JOURNAL_SHIFT_COUNT:
      entry->counted = hk_statement_get_int64 (stmt, J_COUNTED);
      entry->expected = hk_statement_get_int64 (stmt, J_EXPECTED);
      entry->cash = entry->amount;
      break;

    case HK_JOURNAL_BANK_DEPOSIT:
      entry->document = g_strjoin (" ", hk_statement_get_text (stmt, J_TEXT) != NULL
                                        ? hk_statement_get_text (stmt, J_TEXT) : "",
                                   hk_statement_get_text (stmt, J_REF_CODE) != NULL
                                   ? hk_statement_get_text (stmt, J_REF_CODE) : "", NULL);
      g_strstrip (entry->document);
      entry->cash = -entry->amount;
      break;

    default:
      g_warn_if_reached ();
      break;
    }
}

/**
 * hk_revenue_query_journal:
 *
 * Returns: (transfer full) (element-type HkJournalEntry): the entries of @period in time order
 */
GArray *
hk_revenue_query_journal (HkDatabase      *database,
                          const HkPeriod  *period,
                          GCancellable    *cancellable,
                          GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GArray) entries = NULL;
  GError *local_error = NULL;
  gint64 last_kind = -1;
  gint64 last_id = -1;
  guint n_rows = 0;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  /* One row per receipt and payment (a receipt without payments has one, with NULLs), per void
   * and payment, per cash movement, per closed shift and per entered bank deposit; the kinds
   * are HkJournalEntryKind. Within a moment a receipt comes before its void. */
  if (!(stmt = prepare_range (database,
                              "SELECT * FROM ("
                              " SELECT CASE WHEN r.corrects_id IS NULL THEN 0 ELSE 1 END AS kind,"
                              "  r.business_day AS day, r.issued_at AS at, r.id AS id,"
                              "  r.clerk_id, r.invoice_code, r.number, r.total,"
                              "  o.invoice_code, o.number, p.method, p.amount, p.cheque_no,"
                              "  p.seq AS seq, NULL, NULL"
                              " FROM receipts r"
                              " LEFT JOIN receipt_payments p ON p.receipt_id = r.id"
                              " LEFT JOIN receipts o ON o.id = r.corrects_id"
                              " WHERE r.business_day BETWEEN ?1 AND ?2"
                              " UNION ALL"
                              " SELECT 2, r.business_day, r.voided_at, r.id, r.clerk_id,"
                              "  r.invoice_code, r.number, -r.total, NULL, NULL,"
                              "  p.method, -p.amount, p.cheque_no, p.seq, NULL, NULL"
                              " FROM receipts r"
                              " LEFT JOIN receipt_payments p ON p.receipt_id = r.id"
                              " WHERE r.business_day BETWEEN ?1 AND ?2 AND r.status = 'void'"
                              " UNION ALL"
                              " SELECT 3, s.business_day, m.at, m.id, s.clerk_id, m.reason,"
                              "  NULL, m.amount, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL"
                              " FROM cash_movements m JOIN shifts s ON s.id = m.shift_id"
                              " WHERE s.business_day BETWEEN ?1 AND ?2"
                              " UNION ALL"
                              " SELECT 4, s.business_day, s.closed_at, s.id, s.clerk_id, NULL,"
                              "  NULL, s.counted_cash - s.expected_cash, NULL, NULL, NULL,"
                              "  NULL, NULL, 0, s.counted_cash, s.expected_cash"
                              " FROM shifts s WHERE s.business_day BETWEEN ?1 AND ?2"
                              "  AND s.status != 'open' AND s.counted_cash IS NOT NULL"
                              "  AND s.expected_cash IS NOT NULL"
                              " UNION ALL"
                              " SELECT 5, d.business_day, NULL, d.id, d.clerk_id, d.bank_name,"
                              "  NULL, d.bank_amount, d.bank_slip_no, NULL, NULL, NULL, NULL, 0,"
                              "  NULL, NULL"
                              " FROM daily_reports d WHERE d.business_day BETWEEN ?1 AND ?2"
                              "  AND d.bank_amount IS NOT NULL)"
                              " ORDER BY day, at IS NULL, at, kind, id, seq",
                              period, error)))
    return NULL;

  entries = g_array_new (FALSE, TRUE, sizeof (HkJournalEntry));
  g_array_set_clear_func (entries, clear_entry);

  while (hk_statement_step (stmt, &local_error))
    {
      gint64 kind = hk_statement_get_int64 (stmt, J_KIND);
      gint64 id = hk_statement_get_int64 (stmt, J_ID);

      if (++n_rows % CANCEL_CHECK_ROWS == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      /* Another payment of the same receipt or void. */
      if (kind == last_kind && id == last_id && kind <= HK_JOURNAL_VOID)
        {
          add_payment (&g_array_index (entries, HkJournalEntry, entries->len - 1), stmt);
          continue;
        }

      g_array_set_size (entries, entries->len + 1);
      read_entry (&g_array_index (entries, HkJournalEntry, entries->len - 1), stmt);
      last_kind = kind;
      last_id = id;
    }

  if (!finished (local_error, error))
    return NULL;

  return g_steal_pointer (&entries);
}
