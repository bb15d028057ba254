/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demo-stock.c: the demonstration hall's card stock and number stock, woven into the
 * counter's days.
 *
 * The cash desk's demo (hk-demo-cash-desk.c) calls in here: before the first day the hall
 * supervisor sets up the card types (linked to the demo's SIM and value card fee items) and
 * receives the first deliveries, and the numbers the city company allocated; each morning the
 * clerks acknowledge the cards they kept and the supervisor tops up whoever runs low (and
 * requisitions more from the city company when the hall's stock runs low); every SIM or value
 * card line of a demo receipt names the lowest serial its clerk holds, and zhangli's
 * number-selection lines sell the next number of the stock; each closed shift ends with a card
 * handover. One handover is a card short and explained, the last day's has a difference not
 * explained yet, and once a clerk hands her cards to a colleague. A premium number is
 * reserved and another's reservation has run out. Everything goes through the stores.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-card-stock-store.h"
#include "hk-database-private.h"
#include "hk-demo-private.h"
#include "hk-error.h"
#include "hk-number-pool-store.h"

#define STATE_KEY "hk-demo-stock"
#define TOP_UP_BELOW 40
#define TOP_UP 80
#define HALL_BELOW 600
#define DELIVERY 3000
#define FIRST_NUMBER 13757180000LL
#define N_NUMBERS 1000

typedef struct
{
  const char *code;
  const char *name;
  HkCardKind  kind;
  gint64      face_value;
  guint       serial_length;
  const char *prefix;        /* the serial's leading digits, before its running number */
  const char *fee_item;
} DemoCardType;

static const DemoCardType card_types[] = {
  { "SIM-PT", "普通SIM卡", HK_CARD_KIND_SIM, 0, 20, "8986002571", "SIM-PT" },
  { "SIM-5G", "5G SIM卡", HK_CARD_KIND_SIM, 0, 20, "8986002572", "SIM-5G" },
  { "VC-050", "有价卡 50元", HK_CARD_KIND_VALUE, 5000, 16, "5007100", "VC-050" },
  { "VC-100", "有价卡 100元", HK_CARD_KIND_VALUE, 10000, 16, "5007200", "VC-100" },
};

static const char *clerk_logins[] = {
  "zhangli", "liuyang", "chenjing", "huangfang", "wangfang", "zhaolei",
};

typedef struct
{
  HkContext  *context;
  HkOperator *supervisor;
  HkOperator *clerks[G_N_ELEMENTS (clerk_logins)];
  HkCardType *types[G_N_ELEMENTS (card_types)];
  gint64      fee_items[G_N_ELEMENTS (card_types)];
  gint64      next_serial[G_N_ELEMENTS (card_types)];   /* the next one the city company sends */
  gint64      number_fee_item;
  gint64      next_number;
  guint       n_days;
  char        serial[32];
  char        number[16];
} State;

static void
state_free (State *state)
{
  g_clear_object (&state->supervisor);
  for (guint i = 0; i < G_N_ELEMENTS (state->clerks); i++)
    g_clear_object (&state->clerks[i]);
  for (guint i = 0; i < G_N_ELEMENTS (state->types); i++)
    g_clear_object (&state->types[i]);
  g_free (state);
}

static State *
get_state (HkContext *context)
{
  return g_object_get_data (G_OBJECT (context), STATE_KEY);
}

static int
clerk_index (State      *state,
             HkOperator *clerk)
{
  for (guint i = 0; i < G_N_ELEMENTS (state->clerks); i++)
    if (hk_operator_get_id (state->clerks[i]) == hk_operator_get_id (clerk))
      return (int)i;

  return -1;
}

static char *
serial_run (guint  t,
            gint64 first,
            gint64 last)
{
  const DemoCardType *type = &card_types[t];
  int digits = (int)(type->serial_length - strlen (type->prefix));

  return g_strdup_printf ("%s%0*lld-%s%0*lld", type->prefix, digits, (long long)first,
                          type->prefix, digits, (long long)last);
}

/* The city company delivers a requisition in full. */
static gboolean
deliver (State   *state,
         guint    t,
         GError **error)
{
  HkCardStockStore *store = hk_context_get_card_stock_store (state->context);
  g_autoptr(HkCardRequisition) requisition = NULL;
  g_autoptr(HkCardRequisition) received = NULL;
  g_autofree char *serials = serial_run (t, state->next_serial[t],
                                         state->next_serial[t] + DELIVERY - 1);

  if (!(requisition = hk_card_stock_store_request (store, state->supervisor, state->types[t],
                                                   DELIVERY, "市公司月度配送", error)) ||
      !(received = hk_card_stock_store_receive (store, state->supervisor, requisition, serials,
                                                error)))
    return FALSE;

  state->next_serial[t] += DELIVERY;

  return TRUE;
}

/* Gives @clerk the next @n cards of the hall's stock of type @t (its lowest serials). */
static gboolean
allocate (State      *state,
          guint       t,
          HkOperator *clerk,
          gint64      n,
          GError    **error)
{
  HkCardStockStore *store = hk_context_get_card_stock_store (state->context);
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(HkCardRun) run = NULL;
  g_autofree char *serials = NULL;
  HkCardSegment *first;

  if (!(segments = hk_card_stock_store_list_segments (store, hk_card_type_get_id (state->types[t]),
                                                      0, error)))
    return FALSE;

  if (segments->len == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_FAILED, "the demo's hall stock ran out");
      return FALSE;
    }

  first = g_ptr_array_index (segments, 0);
  run = hk_card_run_new (first->prefix, first->first_no,
                         MIN (first->last_no, first->first_no + n - 1));
  serials = hk_card_type_format_run (state->types[t], run);

  return hk_card_stock_store_allocate (store, state->supervisor, state->types[t], serials, clerk,
                                       error);
}

static gboolean
set_up_numbers (State   *state,
                GError **error)
{
  HkNumberPoolStore *store = hk_context_get_number_pool_store (state->context);
  static const struct
  {
    const char *number;
    gint64      price;
  } premium[] = {
    { "13757188888", 88800 },
    { "13757186666", 66600 },
    { "13757185200", 52000 },
    { "13757189999", 99900 },
    { "13757181688", 16800 },
  };
  g_autofree char *first = g_strdup_printf ("%lld", FIRST_NUMBER);
  g_autofree char *last = g_strdup_printf ("%lld", FIRST_NUMBER + N_NUMBERS - 1);

  if (!hk_number_pool_store_add_range (store, state->supervisor, first, last, HK_NUMBER_ORDINARY,
                                       0, NULL, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (premium); i++)
    if (!hk_number_pool_store_add_range (store, state->supervisor, premium[i].number, NULL,
                                         HK_NUMBER_PREMIUM, premium[i].price, NULL, error))
      return FALSE;

  state->next_number = FIRST_NUMBER;

  return TRUE;
}

/**
 * hk_demo_stock_set_up:
 * @n_days: how many days the demo's counter works
 *
 * The day before the first: card types, the first deliveries, each clerk's first cards, and
 * the number stock. The fee items and the operators exist.
 */
gboolean
hk_demo_stock_set_up (HkContext  *context,
                      guint       n_days,
                      GError    **error)
{
  HkOperatorStore *operators = hk_context_get_operator_store (context);
  HkFeeItemStore *fee_items = hk_context_get_fee_item_store (context);
  HkCardStockStore *store = hk_context_get_card_stock_store (context);
  State *state = g_new0 (State, 1);
  g_autoptr(HkFeeItem) number_item = NULL;

  g_object_set_data_full (G_OBJECT (context), STATE_KEY, state, (GDestroyNotify)state_free);
  state->context = context;
  state->n_days = n_days;

  if (!(state->supervisor = hk_operator_store_lookup (operators, "liqiang", error)))
    return FALSE;

  for (guint c = 0; c < G_N_ELEMENTS (clerk_logins); c++)
    if (!(state->clerks[c] = hk_operator_store_lookup (operators, clerk_logins[c], error)))
      return FALSE;

  for (guint t = 0; t < G_N_ELEMENTS (card_types); t++)
    {
      g_autoptr(HkFeeItem) item = NULL;

      if (!(item = hk_fee_item_store_lookup (fee_items, card_types[t].fee_item, error)) ||
          !(state->types[t] = hk_card_stock_store_add_type (store, state->supervisor,
                                                            card_types[t].code,
                                                            card_types[t].name,
                                                            card_types[t].kind,
                                                            card_types[t].face_value,
                                                            card_types[t].serial_length,
                                                            hk_fee_item_get_id (item), error)))
        return FALSE;

      state->fee_items[t] = hk_fee_item_get_id (item);
      state->next_serial[t] = 24100001 + 1000000 * t;

      if (!deliver (state, t, error))
        return FALSE;

      for (guint c = 0; c < G_N_ELEMENTS (state->clerks); c++)
        if (!allocate (state, t, state->clerks[c], TOP_UP, error))
          return FALSE;
    }

  if (!(number_item = hk_fee_item_store_lookup (fee_items, "SVC-XH", error)))
    return FALSE;
  state->number_fee_item = hk_fee_item_get_id (number_item);

  return set_up_numbers (state, error);
}

/**
 * hk_demo_stock_begin_day:
 * @d: the day's index, from 0
 * @day_start: the start of the day
 *
 * The morning, before the shifts open: the clerks acknowledge the handovers they are the
 * receivers of, the supervisor tops up cards, and the reservations of the number stock.
 */
gboolean
hk_demo_stock_begin_day (HkContext  *context,
                         guint       d,
                         gint64      day_start,
                         GError    **error)
{
  State *state = get_state (context);
  HkDatabase *database = hk_context_get_database (context);
  HkCardStockStore *store = hk_context_get_card_stock_store (context);

  if (state == NULL)
    return TRUE;

  hk_database_set_now (database, day_start + 8 * 3600 + 20 * 60);
  for (guint c = 0; c < G_N_ELEMENTS (state->clerks); c++)
    {
      g_autoptr(GPtrArray) pending = NULL;

      if (!(pending = hk_card_stock_store_list_pending (store,
                                                        hk_operator_get_id (state->clerks[c]),
                                                        error)))
        return FALSE;

      for (guint i = 0; i < pending->len; i++)
        {
          g_autoptr(HkCardHandover) acknowledged = NULL;
          HkCardHandover *handover = g_ptr_array_index (pending, i);

          /* A difference is explained first: by the clerk, before she takes the cards up. */
          if (hk_card_handover_has_unexplained (handover))
            continue;

          if (!(acknowledged = hk_card_stock_store_acknowledge (store, state->clerks[c],
                                                                handover, error)))
            return FALSE;
        }
    }

  hk_database_set_now (database, day_start + 8 * 3600 + 25 * 60);
  for (guint t = 0; t < G_N_ELEMENTS (card_types); t++)
    {
      gint64 id = hk_card_type_get_id (state->types[t]);

      if (hk_card_stock_store_count_held (store, id, 0, NULL) < HALL_BELOW &&
          !deliver (state, t, error))
        return FALSE;

      for (guint c = 0; c < G_N_ELEMENTS (state->clerks); c++)
        if (hk_card_stock_store_count_held (store, id, hk_operator_get_id (state->clerks[c]),
                                            NULL) < TOP_UP_BELOW &&
            !allocate (state, t, state->clerks[c], TOP_UP, error))
          return FALSE;
    }

  /* Three days before the end a customer reserves a premium number for a week; fifteen days
   * before, another reserved one for five days and never came: it is available again. */
  if (d + 15 == state->n_days || d + 3 == state->n_days)
    {
      g_autoptr(HkPoolNumber) reserved = NULL;
      g_autoptr(GDateTime) noon = g_date_time_new_from_unix_utc (day_start + 12 * 3600);
      g_autoptr(GDateTime) until = NULL;
      g_autofree char *until_day = NULL;
      gboolean late = d + 3 == state->n_days;

      until = g_date_time_add_days (noon, late ? 7 : 5);
      until_day = hk_hall_store_format_day (hk_context_get_hall_store (context),
                                            g_date_time_to_unix (until));
      hk_database_set_now (database, day_start + 11 * 3600);
      reserved = hk_number_pool_store_reserve (hk_context_get_number_pool_store (context),
                                               state->clerks[0],
                                               late ? "13757188888" : "13757186666",
                                               late ? "陈先生" : "吴女士",
                                               late ? "13812345678" : "13998765432", until_day,
                                               error);
      if (reserved == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * hk_demo_stock_serial:
 * @fee_item_id: the fee item of a receipt line the clerk is about to issue
 *
 * Returns: (nullable): the serial the line sells when the fee item sells cards (the lowest
 *   the clerk holds), else %NULL; valid until the next call
 */
const char *
hk_demo_stock_serial (HkContext  *context,
                      HkOperator *clerk,
                      gint64      fee_item_id)
{
  State *state = get_state (context);

  if (state == NULL)
    return NULL;

  for (guint t = 0; t < G_N_ELEMENTS (card_types); t++)
    if (state->fee_items[t] == fee_item_id)
      {
        g_autofree char *serial = NULL;

        serial = hk_card_stock_store_next_serial (hk_context_get_card_stock_store (context),
                                                  hk_card_type_get_id (state->types[t]),
                                                  hk_operator_get_id (clerk), NULL);
        if (serial == NULL)
          return NULL;

        g_strlcpy (state->serial, serial, sizeof state->serial);
        return state->serial;
      }

  return NULL;
}

/**
 * hk_demo_stock_number:
 *
 * Returns: (nullable): the number zhangli's number-selection line sells (the next of the
 *   ordinary numbers), else %NULL; valid until the next call
 */
const char *
hk_demo_stock_number (HkContext  *context,
                      HkOperator *clerk,
                      gint64      fee_item_id)
{
  State *state = get_state (context);

  if (state == NULL || fee_item_id != state->number_fee_item || clerk_index (state, clerk) != 0 ||
      state->next_number >= FIRST_NUMBER + N_NUMBERS)
    return NULL;

  g_snprintf (state->number, sizeof state->number, "%lld", (long long)state->next_number++);

  return state->number;
}

/**
 * hk_demo_stock_shift_closed:
 * @d: the day's index, from 0
 *
 * The clerk hands her cards over at the end of her shift, to herself (she keeps them), but
 * for the demo's few days with a difference or a handover to a colleague.
 */
gboolean
hk_demo_stock_shift_closed (HkContext   *context,
                            HkOperator  *clerk,
                            guint        d,
                            gint64       day_start,
                            GError     **error)
{
  State *state = get_state (context);
  HkCardStockStore *store = hk_context_get_card_stock_store (context);
  g_autoptr(HkCardHandover) prepared = NULL;
  g_autoptr(HkCardHandover) handover = NULL;
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (HkCardCount));
  HkOperator *receiver = clerk;
  int c;
  gboolean short_explained;
  gboolean short_unexplained;

  if (state == NULL)
    return TRUE;

  c = clerk_index (state, clerk);
  short_explained = state->n_days > 10 && d == state->n_days / 3 && c == 1;
  short_unexplained = state->n_days > 2 && d + 1 == state->n_days && c == 2;

  /* Halfway, wangfang goes on leave: zhaolei takes her cards over. */
  if (state->n_days > 10 && d == state->n_days / 2 && c == 4)
    receiver = state->clerks[5];

  hk_database_set_now (hk_context_get_database (context), day_start + 17 * 3600 + 50 * 60);
  if (!(prepared = hk_card_stock_store_prepare_handover (store, hk_operator_get_id (clerk),
                                                         error)))
    return FALSE;

  for (guint i = 0; i < hk_card_handover_get_n_lines (prepared); i++)
    {
      const HkCardHandoverLine *line = hk_card_handover_get_line (prepared, i);
      HkCardCount count = { line->card_type_id, line->end, NULL };

      if (i == 0 && (short_explained || short_unexplained))
        {
          count.counted = line->end - 1;
          if (short_explained)
            count.explanation = "一张卡芯片损坏，已交值班长登记报损";
        }
      g_array_append_val (counts, count);
    }

  if (!(handover = hk_card_stock_store_hand_over (store, clerk, receiver,
                                                  (const HkCardCount *)(gpointer)counts->data,
                                                  counts->len, error)))
    return FALSE;

  /* The colleague acknowledges at once: he was there. */
  if (receiver != clerk)
    {
      g_autoptr(HkCardHandover) acknowledged = NULL;

      hk_database_set_now (hk_context_get_database (context), day_start + 17 * 3600 + 55 * 60);
      if (!(acknowledged = hk_card_stock_store_acknowledge (store, receiver, handover, error)))
        return FALSE;
    }

  return TRUE;
}

/* The counter's days are over: the stock's demo lets go of what it kept. */
void
hk_demo_stock_finish (HkContext *context)
{
  g_object_set_data (G_OBJECT (context), STATE_KEY, NULL);
}

/**
 * hk_demo_stock_record_imported:
 *
 * After the counter's days: the auditor records the serials of the imported day's card lines
 * (the platform's export has none), the lowest each clerk holds, line by line.
 */
gboolean
hk_demo_stock_record_imported (HkContext  *context,
                               GError    **error)
{
  HkDatabase *database = hk_context_get_database (context);
  HkCardStockStore *store = hk_context_get_card_stock_store (context);
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (gint64) * 5);
  g_autoptr(HkOperator) auditor = NULL;
  gint64 fixed_now = hk_database_get_fixed_now (database);
  GError *local_error = NULL;

  if (!(auditor = hk_operator_store_lookup (hk_context_get_operator_store (context), "zhaomin",
                                            error)) ||
      !(stmt = hk_database_prepare (database,
                                    "SELECT r.id, l.line_no, t.id, r.clerk_id, 0"
                                    " FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id"
                                    " JOIN card_types t ON t.fee_item_id = l.fee_item_id"
                                    " WHERE r.source = 'import' AND r.status = 'issued'"
                                    "  AND l.quantity = 1"
                                    "  AND NOT EXISTS (SELECT 1 FROM card_movements m"
                                    "    WHERE m.receipt_id = r.id AND m.line_no = l.line_no)"
                                    " ORDER BY r.id, l.line_no", error)))
    return FALSE;

  while (hk_statement_step (stmt, &local_error))
    {
      gint64 row[5];

      for (int c = 0; c < 5; c++)
        row[c] = hk_statement_get_int64 (stmt, c);
      g_array_append_vals (lines, row, 1);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      const gint64 *row = (const gint64 *)(gpointer)(lines->data + i * sizeof (gint64) * 5);
      g_autoptr(HkReceipt) receipt = NULL;
      g_autofree char *serial = NULL;
      gint64 day_start = 0;

      if (!(receipt = hk_receipt_store_lookup (hk_context_get_receipt_store (context), row[0],
                                               error)))
        return FALSE;

      serial = hk_card_stock_store_next_serial (store, row[2], row[3], NULL);
      if (serial == NULL)
        continue;

      /* The evening of the day, after the import. */
      if (!hk_hall_store_parse_day (hk_context_get_hall_store (context),
                                    hk_receipt_get_business_day (receipt), &day_start, NULL,
                                    error))
        return FALSE;
      hk_database_set_now (database, day_start + 20 * 3600 + 30 * 60);
      if (!hk_card_stock_store_record_sale (store, auditor, receipt, (guint)row[1], serial, error))
        {
          hk_database_set_now (database, fixed_now);
          return FALSE;
        }
    }

  hk_database_set_now (database, fixed_now);

  return TRUE;
}
