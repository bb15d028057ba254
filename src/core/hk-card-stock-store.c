/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-card-stock-store.c: card stock (卡源) by serial ranges: card types, requisitions,
 * allocation to clerks, returns, handovers at each shift and the day's count.
 *
 * The rules (营业班长 manages card stock; 营业员 follows the SIM卡有价卡交接制度):
 * - cards are kept as runs of consecutive serials (card_segments), never one row per card:
 *   a run in the hall's stock or with a clerk splits when part of it moves and joins its
 *   neighbour in the same hands again (the arithmetic is hk-number-range.c, shared with the
 *   invoice books);
 * - the supervisor requisitions cards from the city company, receives the serials that
 *   arrive into the hall's stock (a serial is received once, ever), allocates runs to clerks
 *   and takes unsold ones back;
 * - a receipt line of a fee item linked to a card type names the serials it sells, as many
 *   as its quantity; they must be in the selling clerk's hands, so a serial is never sold
 *   twice. The sale is written in the receipt's own transaction (hk_card_stock_sell_line());
 *   a void gives the serials back (a trigger of the schema);
 * - at the end of each shift the clerk hands over: per card type, begin + received − sold −
 *   returned = end, computed from the movements since the clerk's previous handover; the
 *   clerk enters the physical count, a difference must be explained, and the next clerk (the
 *   same clerk on their next working day when they keep their cards) acknowledges. Cards
 *   handed to another clerk move to them at once.
 * Every write is one transaction with its audit entry; every movement is a row of
 * card_movements, from which the handover and the day's count are computed.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-audit-log.h"
#include "hk-card-stock-private.h"
#include "hk-card-stock-store.h"
#include "hk-error.h"
#include "hk-permission.h"
#include "hk-receipt.h"
#include "hk-role.h"
#include "hk-transaction.h"

/* A holder that is no segment: the serial left the stock on a receipt. */
#define HOLDER_SOLD ((gint64)-1)
#define TEXT_MAX_LENGTH 500
#define QUANTITY_MAX 10000000

struct _HkCardStockStore
{
  GObject      parent_instance;
  HkDatabase  *database;
  HkHallStore *hall;
  GListStore  *types;
};

G_DEFINE_FINAL_TYPE (HkCardStockStore, hk_card_stock_store, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (HkCardSegment, hk_card_segment, hk_card_segment_copy, hk_card_segment_free)
G_DEFINE_BOXED_TYPE (HkCardMovement, hk_card_movement, hk_card_movement_copy,
                     hk_card_movement_free)
G_DEFINE_BOXED_TYPE (HkCardDayCount, hk_card_day_count, hk_card_day_count_copy,
                     hk_card_day_count_free)

G_DEFINE_ENUM_TYPE (HkCardMoveKind, hk_card_move_kind,
                    G_DEFINE_ENUM_VALUE (HK_CARD_MOVE_RECEIVE, "receive"),
                    G_DEFINE_ENUM_VALUE (HK_CARD_MOVE_ALLOCATE, "allocate"),
                    G_DEFINE_ENUM_VALUE (HK_CARD_MOVE_RETURN, "return"),
                    G_DEFINE_ENUM_VALUE (HK_CARD_MOVE_HANDOVER, "handover"),
                    G_DEFINE_ENUM_VALUE (HK_CARD_MOVE_SALE, "sale"),
                    G_DEFINE_ENUM_VALUE (HK_CARD_MOVE_VOID, "void"))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *move_ids[] = { "receive", "allocate", "return", "handover", "sale", "void" };

#define TYPE_COLUMNS \
  "t.id, t.code, t.name, t.kind, t.face_value, t.serial_length, coalesce (t.fee_item_id, 0)," \
  " t.active"

#define REQUISITION_COLUMNS \
  "q.id, q.card_type_id, t.name, q.quantity, q.received, q.note, q.requested_at," \
  " q.requested_by, coalesce (q.closed_at, 0), q.close_reason"

/* One row of card_segments while a move rewrites them. */
typedef struct
{
  gint64        id;
  HkNumberRange range;
  gint64        holder;
  gint64        since;
} Segment;

/* ---- small values ---- */

HkCardSegment *
hk_card_segment_copy (const HkCardSegment *self)
{
  HkCardSegment *copy = g_memdup2 (self, sizeof *self);

  copy->prefix = g_strdup (self->prefix);
  return copy;
}

void
hk_card_segment_free (HkCardSegment *self)
{
  if (self == NULL)
    return;

  g_free (self->prefix);
  g_free (self);
}

HkCardMovement *
hk_card_movement_copy (const HkCardMovement *self)
{
  HkCardMovement *copy = g_memdup2 (self, sizeof *self);

  copy->serials = g_strdup (self->serials);
  copy->receipt_no = g_strdup (self->receipt_no);
  return copy;
}

void
hk_card_movement_free (HkCardMovement *self)
{
  if (self == NULL)
    return;

  g_free (self->serials);
  g_free (self->receipt_no);
  g_free (self);
}

HkCardDayCount *
hk_card_day_count_copy (const HkCardDayCount *self)
{
  return g_memdup2 (self, sizeof *self);
}

void
hk_card_day_count_free (HkCardDayCount *self)
{
  g_free (self);
}

const char *
hk_card_move_kind_get_title (HkCardMoveKind kind)
{
  switch (kind)
    {
    case HK_CARD_MOVE_RECEIVE:
      return _("Received from the city company");
    case HK_CARD_MOVE_ALLOCATE:
      return _("Allocated to a clerk");
    case HK_CARD_MOVE_RETURN:
      return _("Returned to the hall’s stock");
    case HK_CARD_MOVE_HANDOVER:
      return _("Handed over to the next clerk");
    case HK_CARD_MOVE_SALE:
      return _("Sold");
    case HK_CARD_MOVE_VOID:
      return _("Sale voided");
    default:
      return "";
    }
}

static HkCardMoveKind
move_kind_from_id (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (move_ids); i++)
    if (g_strcmp0 (id, move_ids[i]) == 0)
      return (HkCardMoveKind)i;

  return HK_CARD_MOVE_RECEIVE;
}

/* A serial as the user reads it, from its stored prefix and running number. */
static char *
format_serial (guint       serial_length,
               const char *prefix,
               gint64      number)
{
  return g_strdup_printf ("%s%0*lld", prefix, (int)MIN (serial_length,
                                                         HK_CARD_SERIAL_NUMBER_DIGITS),
                          (long long)number);
}

static char *
format_run (guint       serial_length,
            const char *prefix,
            gint64      first,
            gint64      last)
{
  g_autofree char *a = format_serial (serial_length, prefix, first);
  g_autofree char *b = NULL;

  if (first == last)
    return g_steal_pointer (&a);

  b = format_serial (serial_length, prefix, last);
  return g_strdup_printf ("%s-%s", a, b);
}

static void
bind_holder (HkStatement *stmt,
             int          index,
             gint64       holder)
{
  if (holder > 0)
    hk_statement_bind_int64 (stmt, index, holder);
  else
    hk_statement_bind_null (stmt, index);
}

static char *
holder_name (HkDatabase *database,
             gint64      holder)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (holder <= 0)
    return g_strdup (_("the hall’s stock"));

  stmt = hk_database_prepare (database, "SELECT display_name FROM operators WHERE id = ?1", NULL);
  if (stmt == NULL)
    return g_strdup ("?");

  hk_statement_bind_int64 (stmt, 1, holder);
  if (!hk_statement_step (stmt, NULL))
    return g_strdup ("?");

  return hk_statement_dup_text (stmt, 0);
}

static HkCardType *
type_from_row (HkStatement *stmt)
{
  HkCardTypeData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.code = hk_statement_dup_text (stmt, 1);
  data.name = hk_statement_dup_text (stmt, 2);
  hk_card_kind_from_id (hk_statement_get_text (stmt, 3), &data.kind);
  data.face_value = hk_statement_get_int64 (stmt, 4);
  data.serial_length = (guint)hk_statement_get_int64 (stmt, 5);
  data.fee_item_id = hk_statement_get_int64 (stmt, 6);
  data.active = hk_statement_get_int64 (stmt, 7) != 0;

  return hk_card_type_new_take (&data);
}

/* The card type of one row of card_types chosen by @where (one bound parameter, ?1). */
static HkCardType *
lookup_type_where (HkDatabase  *database,
                   const char  *where,
                   gint64       id,
                   const char  *text,
                   GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *sql = g_strconcat ("SELECT " TYPE_COLUMNS " FROM card_types t WHERE ", where,
                                      NULL);
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (database, sql, error)))
    return NULL;

  if (text != NULL)
    hk_statement_bind_text (stmt, 1, text);
  else
    hk_statement_bind_int64 (stmt, 1, id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      return NULL;
    }

  return type_from_row (stmt);
}

/* ---- segments ---- */

/* The segments of @type and @prefix that hold any number of @run, in order. Segments never
 * overlap, so only the last one starting at or before the run can reach into it. */
static GArray *
read_segments (HkDatabase          *database,
               gint64               card_type_id,
               const char          *prefix,
               const HkNumberRange *run,
               GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (database,
                                    "SELECT id, first_no, last_no, coalesce (holder_id, 0), since"
                                    " FROM card_segments"
                                    " WHERE card_type_id = ?1 AND prefix = ?2 AND first_no <= ?4"
                                    "  AND first_no >= coalesce ((SELECT max (first_no)"
                                    "    FROM card_segments WHERE card_type_id = ?1"
                                    "    AND prefix = ?2 AND first_no <= ?3), ?3)"
                                    "  AND last_no >= ?3"
                                    " ORDER BY first_no", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, card_type_id);
  hk_statement_bind_text (stmt, 2, prefix);
  hk_statement_bind_int64 (stmt, 3, run->first);
  hk_statement_bind_int64 (stmt, 4, run->last);

  while (hk_statement_step (stmt, &local_error))
    {
      Segment segment = {
        .id = hk_statement_get_int64 (stmt, 0),
        .range = { hk_statement_get_int64 (stmt, 1), hk_statement_get_int64 (stmt, 2) },
        .holder = hk_statement_get_int64 (stmt, 3),
        .since = hk_statement_get_int64 (stmt, 4),
      };

      g_array_append_val (segments, segment);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&segments);
}

static gboolean
insert_segment (HkDatabase          *database,
                gint64               card_type_id,
                const char          *prefix,
                const HkNumberRange *range,
                gint64               holder,
                gint64               since,
                GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (database,
                                    "INSERT INTO card_segments (card_type_id, prefix, first_no,"
                                    " last_no, holder_id, since) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                    error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, card_type_id);
  hk_statement_bind_text (stmt, 2, prefix);
  hk_statement_bind_int64 (stmt, 3, range->first);
  hk_statement_bind_int64 (stmt, 4, range->last);
  bind_holder (stmt, 5, holder);
  hk_statement_bind_int64 (stmt, 6, since);

  return hk_statement_run (stmt, error);
}

static gboolean
run_on_id (HkDatabase  *database,
           const char  *sql,
           gint64       id,
           gint64       value,
           GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (database, sql, error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, id);
  hk_statement_bind_int64 (stmt, 2, value);

  return hk_statement_run (stmt, error);
}

static gboolean
delete_segment (HkDatabase  *database,
                gint64       id,
                GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (database, "DELETE FROM card_segments WHERE id = ?1", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, id);

  return hk_statement_run (stmt, error);
}

/* Reads the segment chosen by @sql (?1 type, ?2 prefix, ?3 a number) into @segment. */
static gboolean
read_neighbour (HkDatabase  *database,
                const char  *sql,
                gint64       card_type_id,
                const char  *prefix,
                gint64       number,
                Segment     *segment,
                gboolean    *found,
                GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  *found = FALSE;

  if (!(stmt = hk_database_prepare (database, sql, error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, card_type_id);
  hk_statement_bind_text (stmt, 2, prefix);
  hk_statement_bind_int64 (stmt, 3, number);

  if (hk_statement_step (stmt, &local_error))
    {
      segment->id = hk_statement_get_int64 (stmt, 0);
      segment->range.first = hk_statement_get_int64 (stmt, 1);
      segment->range.last = hk_statement_get_int64 (stmt, 2);
      segment->holder = hk_statement_get_int64 (stmt, 3);
      *found = TRUE;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

/* Puts @range (taken out of every segment already) into @holder's hands, joined with the
 * segments right before and after it that @holder holds, so that the table stays small. */
static gboolean
place_run (HkDatabase          *database,
           gint64               card_type_id,
           const char          *prefix,
           const HkNumberRange *range,
           gint64               holder,
           gint64               now,
           GError             **error)
{
  Segment left = { 0 };
  Segment right = { 0 };
  gboolean has_left = FALSE;
  gboolean has_right = FALSE;

  if (!read_neighbour (database,
                       "SELECT id, first_no, last_no, coalesce (holder_id, 0) FROM card_segments"
                       " WHERE card_type_id = ?1 AND prefix = ?2 AND first_no < ?3"
                       " ORDER BY first_no DESC LIMIT 1",
                       card_type_id, prefix, range->first, &left, &has_left, error) ||
      (range->last < G_MAXINT64 &&
       !read_neighbour (database,
                        "SELECT id, first_no, last_no, coalesce (holder_id, 0) FROM card_segments"
                        " WHERE card_type_id = ?1 AND prefix = ?2 AND first_no = ?3",
                        card_type_id, prefix, range->last + 1, &right, &has_right, error)))
    return FALSE;

  has_left = has_left && left.holder == holder && hk_number_range_adjoins (&left.range, range);
  has_right = has_right && right.holder == holder && hk_number_range_adjoins (range, &right.range);

  if (has_left)
    return run_on_id (database, "UPDATE card_segments SET last_no = ?2 WHERE id = ?1", left.id,
                      has_right ? right.range.last : range->last, error) &&
           (!has_right || delete_segment (database, right.id, error));

  if (has_right)
    return run_on_id (database, "UPDATE card_segments SET first_no = ?2 WHERE id = ?1", right.id,
                      range->first, error);

  return insert_segment (database, card_type_id, prefix, range, holder, now, error);
}

static gboolean
insert_movement (HkDatabase      *database,
                 gint64           actor_id,
                 gint64           card_type_id,
                 const HkCardRun *run,
                 HkCardMoveKind   kind,
                 gint64           from,
                 gint64           to,
                 gint64           requisition_id,
                 gint64           handover_id,
                 gint64           receipt_id,
                 guint            line_no,
                 GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (database,
                                    "INSERT INTO card_movements (card_type_id, prefix, first_no,"
                                    " last_no, kind, from_holder, to_holder, requisition_id,"
                                    " handover_id, receipt_id, line_no, at, by)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                    " ?13)", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, card_type_id);
  hk_statement_bind_text (stmt, 2, run->prefix);
  hk_statement_bind_int64 (stmt, 3, run->range.first);
  hk_statement_bind_int64 (stmt, 4, run->range.last);
  hk_statement_bind_text (stmt, 5, move_ids[kind]);
  bind_holder (stmt, 6, from);
  bind_holder (stmt, 7, to);
  bind_holder (stmt, 8, requisition_id);
  bind_holder (stmt, 9, handover_id);
  bind_holder (stmt, 10, receipt_id);
  if (line_no > 0)
    hk_statement_bind_int64 (stmt, 11, line_no);
  else
    hk_statement_bind_null (stmt, 11);
  hk_statement_bind_int64 (stmt, 12, hk_database_get_now (database));
  bind_holder (stmt, 13, actor_id);

  return hk_statement_run (stmt, error);
}

/* Says why the serial @number of @run, held by nobody, cannot move: it was sold, or never
 * received. */
static void
set_missing_error (HkDatabase  *database,
                   HkCardType  *type,
                   const char  *prefix,
                   gint64       number,
                   GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *serial = hk_card_type_format_serial (type, prefix, number);

  stmt = hk_database_prepare (database,
                              "SELECT r.invoice_code, r.number FROM card_movements m"
                              " JOIN receipts r ON r.id = m.receipt_id"
                              " WHERE m.card_type_id = ?1 AND m.prefix = ?2 AND m.first_no <= ?3"
                              "  AND m.last_no >= ?3 AND m.kind = 'sale'"
                              " ORDER BY m.id DESC LIMIT 1", NULL);
  if (stmt != NULL)
    {
      hk_statement_bind_int64 (stmt, 1, hk_card_type_get_id (type));
      hk_statement_bind_text (stmt, 2, prefix);
      hk_statement_bind_int64 (stmt, 3, number);

      if (hk_statement_step (stmt, NULL))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("The serial %s was already sold, on receipt %s-%08lld."), serial,
                       hk_statement_get_text (stmt, 0),
                       (long long)hk_statement_get_int64 (stmt, 1));
          return;
        }
    }

  g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
               _("The serial %s is not in the card stock: no requisition received it."), serial);
}

/* Inside the caller's transaction: moves every serial of @run from @from (0: the hall's stock)
 * to @to (HOLDER_SOLD: off the stock, on a receipt), and records the movement. */
static gboolean
move_run (HkDatabase      *database,
          gint64           actor_id,
          HkCardType      *type,
          const HkCardRun *run,
          gint64           from,
          gint64           to,
          HkCardMoveKind   kind,
          gint64           handover_id,
          gint64           receipt_id,
          guint            line_no,
          GError         **error)
{
  g_autoptr(GArray) segments = NULL;
  g_autoptr(GArray) ranges = NULL;
  gint64 card_type_id = hk_card_type_get_id (type);
  gint64 now = hk_database_get_now (database);
  gint64 missing = 0;

  if (!(segments = read_segments (database, card_type_id, run->prefix, &run->range, error)))
    return FALSE;

  ranges = g_array_sized_new (FALSE, FALSE, sizeof (HkNumberRange), segments->len);
  for (guint i = 0; i < segments->len; i++)
    {
      const Segment *segment = &g_array_index (segments, Segment, i);

      if (segment->holder != from)
        {
          g_autofree char *serial = NULL;
          g_autofree char *holder = holder_name (database, segment->holder);
          g_autofree char *expected = holder_name (database, from);

          serial = hk_card_type_format_serial (type, run->prefix,
                                               MAX (run->range.first, segment->range.first));
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("The serial %s is with %s, not with %s."), serial, holder, expected);
          return FALSE;
        }

      g_array_append_val (ranges, segment->range);
    }

  if (!hk_number_ranges_cover ((const HkNumberRange *)(gpointer)ranges->data, ranges->len,
                               &run->range, &missing))
    {
      set_missing_error (database, type, run->prefix, missing, error);
      return FALSE;
    }

  for (guint i = 0; i < segments->len; i++)
    {
      const Segment *segment = &g_array_index (segments, Segment, i);
      HkNumberRange left[2];
      guint n_left = hk_number_range_subtract (&segment->range, &run->range, left);

      if (!delete_segment (database, segment->id, error))
        return FALSE;

      /* What the move leaves of the segment, before and after the run, stays where it was. */
      for (guint j = 0; j < n_left; j++)
        if (!insert_segment (database, card_type_id, run->prefix, &left[j], segment->holder,
                             segment->since, error))
          return FALSE;
    }

  if (to != HOLDER_SOLD &&
      !place_run (database, card_type_id, run->prefix, &run->range, to, now, error))
    return FALSE;

  return insert_movement (database, actor_id, card_type_id, run, kind, from,
                          to == HOLDER_SOLD ? 0 : to, 0, handover_id, receipt_id, line_no, error);
}

/* Moves each of @runs (they do not overlap: hk_card_type_parse_serials() sees to that). */
static gboolean
move_runs (HkDatabase      *database,
           gint64           actor_id,
           HkCardType      *type,
           GPtrArray       *runs,
           gint64           from,
           gint64           to,
           HkCardMoveKind   kind,
           gint64           receipt_id,
           guint            line_no,
           GError         **error)
{
  for (guint i = 0; i < runs->len; i++)
    if (!move_run (database, actor_id, type, g_ptr_array_index (runs, i), from, to, kind, 0,
                   receipt_id, line_no, error))
      return FALSE;

  return TRUE;
}

/* Sells @serials of the card type of @fee_item_id from @clerk_id's hands on a receipt line;
 * none named for a fee item without card stock. */
static gboolean
sell_serials (HkDatabase  *database,
              gint64       by_id,
              gint64       clerk_id,
              gint64       receipt_id,
              guint        line_no,
              gint64       fee_item_id,
              gint64       quantity,
              const char  *serials,
              GError     **error)
{
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  GError *local_error = NULL;
  gboolean named = serials != NULL && *serials != '\0';
  gint64 n;

  type = lookup_type_where (database, "t.fee_item_id = ?1", fee_item_id, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (type == NULL)
    {
      if (named)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("Line %u: this fee item sells no stocked cards; it names no serials."),
                       line_no);
          return FALSE;
        }
      return TRUE;
    }

  if (!named)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Line %u: name the serial numbers of the %s sold."), line_no,
                   hk_card_type_get_name (type));
      return FALSE;
    }

  if (!(runs = hk_card_type_parse_serials (type, serials, &local_error)))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Line %u: %s"), line_no,
                   local_error->message);
      g_clear_error (&local_error);
      return FALSE;
    }

  n = hk_card_runs_count (runs);
  if (n != quantity)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Line %u: %lld serials are named for a quantity of %lld."), line_no,
                   (long long)n, (long long)quantity);
      return FALSE;
    }

  if (!move_runs (database, by_id, type, runs, clerk_id, HOLDER_SOLD, HK_CARD_MOVE_SALE,
                  receipt_id, line_no, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, _("Line %u: %s"), line_no,
                   local_error->message);
      g_clear_error (&local_error);
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_card_stock_sell_line: (skip)
 * @actor: the clerk who issues the receipt
 * @serials: (nullable): what the clerk wrote on the line
 *
 * Inside the receipt's transaction: a line of a fee item linked to a card type names exactly
 * @quantity serials, which must be in the clerk's hands; they leave the stock on the receipt.
 * A line of any other fee item names none.
 */
gboolean
hk_card_stock_sell_line (HkDatabase  *database,
                         HkOperator  *actor,
                         gint64       receipt_id,
                         guint        line_no,
                         gint64       fee_item_id,
                         gint64       quantity,
                         const char  *serials,
                         GError     **error)
{
  return sell_serials (database, hk_operator_get_id (actor), hk_operator_get_id (actor),
                       receipt_id, line_no, fee_item_id, quantity, serials, error);
}

/* ---- the store ---- */

static void
reload_types (HkCardStockStore *self)
{
  g_autoptr(GPtrArray) types = hk_card_stock_store_list_types (self, NULL);

  if (types == NULL)
    return;

  g_list_store_splice (self->types, 0, g_list_model_get_n_items (G_LIST_MODEL (self->types)),
                       types->pdata, types->len);
}

static void
emit_changed (HkCardStockStore *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
hk_card_stock_store_finalize (GObject *object)
{
  HkCardStockStore *self = (HkCardStockStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->hall);
  g_clear_object (&self->types);

  G_OBJECT_CLASS (hk_card_stock_store_parent_class)->finalize (object);
}

static void
hk_card_stock_store_class_init (HkCardStockStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_card_stock_store_finalize;

  /**
   * HkCardStockStore::changed:
   *
   * Emitted after each write of the store. A sale or a void on a receipt is written by the
   * receipt store: listen to its "changed" too.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hk_card_stock_store_init (HkCardStockStore *self)
{
  self->types = g_list_store_new (HK_TYPE_CARD_TYPE);
}

HkCardStockStore *
hk_card_stock_store_new (HkDatabase  *database,
                         HkHallStore *hall)
{
  HkCardStockStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);

  self = g_object_new (HK_TYPE_CARD_STOCK_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);
  reload_types (self);

  return self;
}

/**
 * hk_card_stock_store_get_types:
 *
 * Returns: (transfer none): the card types (#HkCardType) by code, kept current
 */
GListModel *
hk_card_stock_store_get_types (HkCardStockStore *self)
{
  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);
  return G_LIST_MODEL (self->types);
}

/**
 * hk_card_stock_store_list_types:
 *
 * Returns: (transfer full) (element-type HkCardType): every card type, by code
 */
GPtrArray *
hk_card_stock_store_list_types (HkCardStockStore  *self,
                                GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) types = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " TYPE_COLUMNS " FROM card_types t ORDER BY t.code",
                                    error)))
    return NULL;

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (types, type_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&types);
}

HkCardType *
hk_card_stock_store_lookup_type (HkCardStockStore  *self,
                                 gint64             card_type_id,
                                 GError           **error)
{
  GError *local_error = NULL;
  HkCardType *type;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  type = lookup_type_where (self->database, "t.id = ?1", card_type_id, NULL, &local_error);
  if (type == NULL && local_error == NULL)
    g_set_error (&local_error, HK_ERROR, HK_ERROR_NOT_FOUND,
                 _("There is no card type number %lld."), (long long)card_type_id);
  if (local_error != NULL)
    g_propagate_error (error, local_error);

  return type;
}

HkCardType *
hk_card_stock_store_lookup_type_code (HkCardStockStore  *self,
                                      const char        *code,
                                      GError           **error)
{
  GError *local_error = NULL;
  HkCardType *type;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  type = lookup_type_where (self->database, "t.code = ?1", 0, code, &local_error);
  if (type == NULL && local_error == NULL)
    g_set_error (&local_error, HK_ERROR, HK_ERROR_NOT_FOUND,
                 _("There is no card type with the code “%s”."), code);
  if (local_error != NULL)
    g_propagate_error (error, local_error);

  return type;
}

static char *
clean_text (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/**
 * hk_card_stock_store_add_type:
 * @kind: a SIM card kind, or value cards
 * @face_value: a value card's face value in fen (more than 0); 0 for a SIM card
 * @serial_length: how many digits its serials have, 6 to 20
 * @fee_item_id: the fee item (category SIM card or value card) whose receipt lines sell it
 *   and must name its serials; 0 for none
 *
 * The hall supervisor adds a kind of card to the stock.
 */
HkCardType *
hk_card_stock_store_add_type (HkCardStockStore  *self,
                              HkOperator        *actor,
                              const char        *code,
                              const char        *name,
                              HkCardKind         kind,
                              gint64             face_value,
                              guint              serial_length,
                              gint64             fee_item_id,
                              GError           **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autofree char *clean_code = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(HkCardType) existing = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_SUPERVISOR,
                              _("Adding a card type"), error))
    return NULL;

  clean_code = clean_text (code);
  clean_name = clean_text (name);

  if (*clean_code == '\0' || strlen (clean_code) > 32 || *clean_name == '\0' ||
      strlen (clean_name) > 100)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A card type needs a code (at most 32 characters) and a name."));
      return NULL;
    }

  if (kind != HK_CARD_KIND_SIM && kind != HK_CARD_KIND_VALUE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Unknown kind of card."));
      return NULL;
    }

  if ((kind == HK_CARD_KIND_VALUE) != (face_value > 0) || face_value < 0 ||
      face_value > 100000000)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A value card has a face value of more than ¥0.00; a SIM card has none."));
      return NULL;
    }

  if (serial_length < HK_CARD_SERIAL_MIN_LENGTH || serial_length > HK_CARD_SERIAL_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Serial numbers have %d to %d digits."), HK_CARD_SERIAL_MIN_LENGTH,
                   HK_CARD_SERIAL_MAX_LENGTH);
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)))
    return NULL;

  existing = lookup_type_where (self->database, "t.code = ?1", 0, clean_code, NULL);
  if (existing != NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("There is already a card type with the code “%s”."), clean_code);
      return NULL;
    }

  if (fee_item_id != 0)
    {
      g_autoptr(HkStatement) item = NULL;
      g_autoptr(HkCardType) linked = NULL;
      const char *wanted = kind == HK_CARD_KIND_VALUE ? "value_card" : "sim_card";

      if (!(item = hk_database_prepare (self->database,
                                        "SELECT category, code FROM fee_items WHERE id = ?1",
                                        error)))
        return NULL;
      hk_statement_bind_int64 (item, 1, fee_item_id);
      if (!hk_statement_step (item, NULL))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                       _("There is no fee item number %lld."), (long long)fee_item_id);
          return NULL;
        }
      if (!g_str_equal (hk_statement_get_text (item, 0), wanted))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("The fee item %s is not of the category of this kind of card."),
                       hk_statement_get_text (item, 1));
          return NULL;
        }

      linked = lookup_type_where (self->database, "t.fee_item_id = ?1", fee_item_id, NULL, NULL);
      if (linked != NULL)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("The fee item %s already sells the card type %s."),
                       hk_statement_get_text (item, 1), hk_card_type_get_code (linked));
          return NULL;
        }
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO card_types (code, name, kind, face_value,"
                                      " serial_length, fee_item_id, created_at, created_by)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, clean_code);
  hk_statement_bind_text (insert, 2, clean_name);
  hk_statement_bind_text (insert, 3, hk_card_kind_to_id (kind));
  hk_statement_bind_int64 (insert, 4, face_value);
  hk_statement_bind_int64 (insert, 5, serial_length);
  bind_holder (insert, 6, fee_item_id);
  hk_statement_bind_int64 (insert, 7, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 8, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("added card type %s “%s” (%s, face value %lld fen, %u-digit "
                             "serials, fee item %lld)", clean_code, clean_name,
                             hk_card_kind_to_id (kind), (long long)face_value, serial_length,
                             (long long)fee_item_id);

  if (!hk_audit_log_append (self->database, actor, "card-type-added", "card-type", id, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  reload_types (self);
  emit_changed (self);

  return hk_card_stock_store_lookup_type (self, id, error);
}

/* ---- requisitions ---- */

static HkCardRequisition *
requisition_from_row (HkStatement *stmt)
{
  HkCardRequisitionData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.card_type_id = hk_statement_get_int64 (stmt, 1);
  data.card_type_name = hk_statement_dup_text (stmt, 2);
  data.quantity = hk_statement_get_int64 (stmt, 3);
  data.received = hk_statement_get_int64 (stmt, 4);
  data.note = hk_statement_dup_text (stmt, 5);
  data.requested_at = hk_statement_get_int64 (stmt, 6);
  data.requested_by = hk_statement_get_int64 (stmt, 7);
  data.closed_at = hk_statement_get_int64 (stmt, 8);
  data.close_reason = hk_statement_dup_text (stmt, 9);

  return hk_card_requisition_new_take (&data);
}

/**
 * hk_card_stock_store_list_requisitions:
 * @open_only: only those still waiting for cards
 *
 * Returns: (transfer full) (element-type HkCardRequisition): the requisitions, newest first
 */
GPtrArray *
hk_card_stock_store_list_requisitions (HkCardStockStore  *self,
                                       gboolean           open_only,
                                       GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " REQUISITION_COLUMNS " FROM card_requisitions q"
                                    " JOIN card_types t ON t.id = q.card_type_id"
                                    " WHERE ?1 = 0 OR (q.closed_at IS NULL"
                                    "                  AND q.received < q.quantity)"
                                    " ORDER BY q.id DESC", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, open_only ? 1 : 0);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (list, requisition_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

HkCardRequisition *
hk_card_stock_store_lookup_requisition (HkCardStockStore  *self,
                                        gint64             requisition_id,
                                        GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " REQUISITION_COLUMNS " FROM card_requisitions q"
                                    " JOIN card_types t ON t.id = q.card_type_id"
                                    " WHERE q.id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, requisition_id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no requisition number %lld."), (long long)requisition_id);
      return NULL;
    }

  return requisition_from_row (stmt);
}

/**
 * hk_card_stock_store_request:
 * @quantity: how many cards are asked for
 * @note: (nullable): e.g. the city company's order number
 *
 * The hall supervisor requisitions cards of @type from the city company.
 */
HkCardRequisition *
hk_card_stock_store_request (HkCardStockStore  *self,
                             HkOperator        *actor,
                             HkCardType        *type,
                             gint64             quantity,
                             const char        *note,
                             GError           **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autofree char *clean_note = NULL;
  g_autofree char *summary = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_CARD_TYPE (type), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_SUPERVISOR,
                              _("Requisitioning cards"), error))
    return NULL;

  clean_note = clean_text (note);
  if (quantity < 1 || quantity > QUANTITY_MAX || strlen (clean_note) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A requisition asks for 1 to %d cards."), QUANTITY_MAX);
      return NULL;
    }

  if (!hk_card_type_get_active (type))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The card type %s is no longer in use."), hk_card_type_get_code (type));
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(insert = hk_database_prepare (self->database,
                                      "INSERT INTO card_requisitions (card_type_id, quantity,"
                                      " note, requested_at, requested_by)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5)", error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, hk_card_type_get_id (type));
  hk_statement_bind_int64 (insert, 2, quantity);
  hk_statement_bind_text (insert, 3, clean_note);
  hk_statement_bind_int64 (insert, 4, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 5, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("requisitioned %lld cards of %s from the city company%s%s",
                             (long long)quantity, hk_card_type_get_code (type),
                             *clean_note != '\0' ? ": " : "", clean_note);

  if (!hk_audit_log_append (self->database, actor, "cards-requisitioned", "card-requisition", id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return hk_card_stock_store_lookup_requisition (self, id, error);
}

/* Refuses serials already received once (whatever became of them since). */
static gboolean
check_never_received (HkDatabase  *database,
                      HkCardType  *type,
                      HkCardRun   *run,
                      GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (database,
                                    "SELECT first_no, last_no, requisition_id FROM card_movements"
                                    " WHERE card_type_id = ?1 AND prefix = ?2 AND kind = 'receive'"
                                    "  AND first_no <= ?4 AND last_no >= ?3 LIMIT 1", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, hk_card_type_get_id (type));
  hk_statement_bind_text (stmt, 2, run->prefix);
  hk_statement_bind_int64 (stmt, 3, run->range.first);
  hk_statement_bind_int64 (stmt, 4, run->range.last);

  if (hk_statement_step (stmt, &local_error))
    {
      g_autofree char *serial = NULL;

      serial = hk_card_type_format_serial (type, run->prefix,
                                           MAX (run->range.first,
                                                hk_statement_get_int64 (stmt, 0)));
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The serial %s was received already, on requisition %lld; a serial is "
                     "received once."), serial, (long long)hk_statement_get_int64 (stmt, 2));
      return FALSE;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_card_stock_store_receive:
 * @serials: the serials that arrived, as runs
 *
 * The hall supervisor receives cards of a requisition into the hall's stock. A requisition
 * may arrive in parts; never more than was asked for.
 */
HkCardRequisition *
hk_card_stock_store_receive (HkCardStockStore   *self,
                             HkOperator         *actor,
                             HkCardRequisition  *requisition,
                             const char         *serials,
                             GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkCardRequisition) current = NULL;
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  gint64 n;
  gint64 id;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_CARD_REQUISITION (requisition), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_SUPERVISOR, _("Receiving cards"),
                              error))
    return NULL;

  id = hk_card_requisition_get_id (requisition);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_card_stock_store_lookup_requisition (self, id, error)) ||
      !(type = hk_card_stock_store_lookup_type (self,
                                                hk_card_requisition_get_card_type_id (current),
                                                error)) ||
      !(runs = hk_card_type_parse_serials (type, serials, error)))
    return NULL;

  if (hk_card_requisition_get_status (current) == HK_CARD_REQUISITION_RECEIVED ||
      hk_card_requisition_get_status (current) == HK_CARD_REQUISITION_CLOSED)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Requisition %lld is complete or closed; make a new one."), (long long)id);
      return NULL;
    }

  n = hk_card_runs_count (runs);
  if (hk_card_requisition_get_received (current) + n > hk_card_requisition_get_quantity (current))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Requisition %lld asked for %lld cards and %lld are received already; "
                     "%lld more is too many."),
                   (long long)id, (long long)hk_card_requisition_get_quantity (current),
                   (long long)hk_card_requisition_get_received (current), (long long)n);
      return NULL;
    }

  for (guint i = 0; i < runs->len; i++)
    {
      HkCardRun *run = g_ptr_array_index (runs, i);
      g_autoptr(GArray) segments = NULL;
      g_autoptr(HkStatement) movement = NULL;

      if (!check_never_received (self->database, type, run, error) ||
          !(segments = read_segments (self->database, hk_card_type_get_id (type), run->prefix,
                                      &run->range, error)))
        return NULL;

      /* Only a damaged file has a segment no requisition received. */
      if (segments->len > 0)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CORRUPT,
                       _("The card stock holds serials that no requisition received: the "
                         "records are damaged."));
          return NULL;
        }

      if (!place_run (self->database, hk_card_type_get_id (type), run->prefix, &run->range, 0,
                      hk_database_get_now (self->database), error) ||
          !(movement = hk_database_prepare (self->database,
                                            "INSERT INTO card_movements (card_type_id, prefix,"
                                            " first_no, last_no, kind, requisition_id, at, by)"
                                            " VALUES (?1, ?2, ?3, ?4, 'receive', ?5, ?6, ?7)",
                                            error)))
        return NULL;

      hk_statement_bind_int64 (movement, 1, hk_card_type_get_id (type));
      hk_statement_bind_text (movement, 2, run->prefix);
      hk_statement_bind_int64 (movement, 3, run->range.first);
      hk_statement_bind_int64 (movement, 4, run->range.last);
      hk_statement_bind_int64 (movement, 5, id);
      hk_statement_bind_int64 (movement, 6, hk_database_get_now (self->database));
      hk_statement_bind_int64 (movement, 7, hk_operator_get_id (actor));
      if (!hk_statement_run (movement, error))
        return NULL;
    }

  if (!run_on_id (self->database,
                  "UPDATE card_requisitions SET received = received + ?2 WHERE id = ?1", id, n,
                  error))
    return NULL;

  text = hk_card_type_format_runs (type, runs);
  summary = g_strdup_printf ("received %lld cards of %s on requisition %lld into the hall's "
                             "stock: %s", (long long)n, hk_card_type_get_code (type),
                             (long long)id, text);

  if (!hk_audit_log_append (self->database, actor, "cards-received", "card-requisition", id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return hk_card_stock_store_lookup_requisition (self, id, error);
}

/* The hall supervisor closes a requisition the city company will not deliver in full. */
HkCardRequisition *
hk_card_stock_store_close_requisition (HkCardStockStore   *self,
                                       HkOperator         *actor,
                                       HkCardRequisition  *requisition,
                                       const char         *reason,
                                       GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkCardRequisition) current = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *clean_reason = NULL;
  g_autofree char *summary = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_CARD_REQUISITION (requisition), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_SUPERVISOR,
                              _("Closing a requisition"), error))
    return NULL;

  clean_reason = clean_text (reason);
  if (*clean_reason == '\0' || strlen (clean_reason) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give the reason why the requisition is closed short."));
      return NULL;
    }

  id = hk_card_requisition_get_id (requisition);
  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_card_stock_store_lookup_requisition (self, id, error)))
    return NULL;

  if (hk_card_requisition_get_status (current) == HK_CARD_REQUISITION_RECEIVED ||
      hk_card_requisition_get_status (current) == HK_CARD_REQUISITION_CLOSED)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Requisition %lld is complete or closed already."), (long long)id);
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE card_requisitions SET closed_at = ?2, closed_by = ?3,"
                                      " close_reason = ?4 WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, id);
  hk_statement_bind_int64 (update, 2, hk_database_get_now (self->database));
  hk_statement_bind_int64 (update, 3, hk_operator_get_id (actor));
  hk_statement_bind_text (update, 4, clean_reason);

  summary = g_strdup_printf ("closed requisition %lld with %lld of %lld cards received: %s",
                             (long long)id, (long long)hk_card_requisition_get_received (current),
                             (long long)hk_card_requisition_get_quantity (current), clean_reason);

  if (!hk_statement_run (update, error) ||
      !hk_audit_log_append (self->database, actor, "card-requisition-closed",
                            "card-requisition", id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return hk_card_stock_store_lookup_requisition (self, id, error);
}

/* ---- allocation and returns ---- */

static gboolean
check_clerk (HkDatabase  *database,
             HkOperator  *clerk,
             GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (clerk != NULL &&
      (stmt = hk_database_prepare (database,
                                   "SELECT 1 FROM operators o"
                                   " JOIN operator_roles r ON r.operator_id = o.id"
                                   " WHERE o.id = ?1 AND o.active = 1 AND r.role = 'clerk'",
                                   error)) != NULL)
    {
      hk_statement_bind_int64 (stmt, 1, hk_operator_get_id (clerk));
      if (hk_statement_step (stmt, NULL))
        return TRUE;
    }
  else if (clerk != NULL)
    return FALSE;

  g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
               _("%s is not an active counter clerk; cards are held only by clerks."),
               clerk != NULL ? hk_operator_get_display_name (clerk) : "?");
  return FALSE;
}

static gboolean
move_between (HkCardStockStore  *self,
              HkOperator        *actor,
              HkCardType        *type,
              const char        *serials,
              HkOperator        *clerk,
              gboolean           allocate,
              GError           **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  gint64 clerk_id;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), FALSE);
  g_return_val_if_fail (HK_IS_CARD_TYPE (type), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_SUPERVISOR,
                              allocate ? _("Allocating cards to a clerk")
                                       : _("Taking cards back into the hall’s stock"),
                              error))
    return FALSE;

  if (!(runs = hk_card_type_parse_serials (type, serials, error)))
    return FALSE;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !check_clerk (self->database, clerk, error))
    return FALSE;

  clerk_id = hk_operator_get_id (clerk);
  if (!move_runs (self->database, hk_operator_get_id (actor), type, runs,
                  allocate ? 0 : clerk_id, allocate ? clerk_id : 0,
                  allocate ? HK_CARD_MOVE_ALLOCATE : HK_CARD_MOVE_RETURN, 0, 0, error))
    return FALSE;

  text = hk_card_type_format_runs (type, runs);
  summary = g_strdup_printf (allocate ? "allocated %lld cards of %s to %s: %s"
                                      : "took %lld cards of %s back from %s: %s",
                             (long long)hk_card_runs_count (runs), hk_card_type_get_code (type),
                             hk_operator_get_login (clerk), text);

  if (!hk_audit_log_append (self->database, actor,
                            allocate ? "cards-allocated" : "cards-returned", "card-type",
                            hk_card_type_get_id (type), summary, error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

/**
 * hk_card_stock_store_allocate:
 * @serials: runs of serials now in the hall's stock
 * @clerk: the counter clerk who will sell them
 *
 * The hall supervisor allocates cards to a clerk: the runs move from the hall's stock to
 * the clerk, splitting the stock's segments where they start or end inside them.
 */
gboolean
hk_card_stock_store_allocate (HkCardStockStore  *self,
                              HkOperator        *actor,
                              HkCardType        *type,
                              const char        *serials,
                              HkOperator        *clerk,
                              GError           **error)
{
  return move_between (self, actor, type, serials, clerk, TRUE, error);
}

/* The hall supervisor takes unsold cards back from @clerk into the hall's stock. */
gboolean
hk_card_stock_store_return (HkCardStockStore  *self,
                            HkOperator        *actor,
                            HkCardType        *type,
                            const char        *serials,
                            HkOperator        *clerk,
                            GError           **error)
{
  return move_between (self, actor, type, serials, clerk, FALSE, error);
}

/* ---- where the cards are ---- */

/**
 * hk_card_stock_store_list_segments:
 * @card_type_id: one type, or 0 for all
 * @holder_id: a clerk, 0 for the hall's stock, or -1 for everyone
 *
 * Returns: (transfer full) (element-type HkCardSegment): the runs held, by type and serial
 */
GPtrArray *
hk_card_stock_store_list_segments (HkCardStockStore  *self,
                                   gint64             card_type_id,
                                   gint64             holder_id,
                                   GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_card_segment_free);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT card_type_id, prefix, first_no, last_no,"
                                    " coalesce (holder_id, 0), since FROM card_segments"
                                    " WHERE (?1 = 0 OR card_type_id = ?1)"
                                    "  AND (?2 < 0 OR coalesce (holder_id, 0) = ?2)"
                                    " ORDER BY card_type_id, prefix, first_no", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, card_type_id);
  hk_statement_bind_int64 (stmt, 2, holder_id);

  while (hk_statement_step (stmt, &local_error))
    {
      HkCardSegment *segment = g_new0 (HkCardSegment, 1);

      segment->card_type_id = hk_statement_get_int64 (stmt, 0);
      segment->prefix = hk_statement_dup_text (stmt, 1);
      segment->first_no = hk_statement_get_int64 (stmt, 2);
      segment->last_no = hk_statement_get_int64 (stmt, 3);
      segment->holder_id = hk_statement_get_int64 (stmt, 4);
      segment->since = hk_statement_get_int64 (stmt, 5);
      g_ptr_array_add (list, segment);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

/* How many cards of a type (0: all types) @holder_id (0: the hall's stock) holds now. */
gint64
hk_card_stock_store_count_held (HkCardStockStore  *self,
                                gint64             card_type_id,
                                gint64             holder_id,
                                GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), -1);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT coalesce (sum (last_no - first_no + 1), 0)"
                                    " FROM card_segments WHERE holder_id IS ?2"
                                    "  AND (?1 = 0 OR card_type_id = ?1)", error)))
    return -1;

  hk_statement_bind_int64 (stmt, 1, card_type_id);
  bind_holder (stmt, 2, holder_id);

  if (!hk_statement_step (stmt, &local_error))
    {
      g_propagate_error (error, local_error);
      return -1;
    }

  return hk_statement_get_int64 (stmt, 0);
}

/**
 * hk_card_stock_store_next_serial:
 *
 * The lowest serial of a type that @clerk_id holds, for the counter to offer.
 *
 * Returns: (transfer full) (nullable): the serial, or %NULL when the clerk holds none
 *   (and @error is not set)
 */
char *
hk_card_stock_store_next_serial (HkCardStockStore  *self,
                                 gint64             card_type_id,
                                 gint64             clerk_id,
                                 GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT s.prefix, s.first_no, t.serial_length"
                                    " FROM card_segments s JOIN card_types t"
                                    "  ON t.id = s.card_type_id"
                                    " WHERE s.holder_id = ?2 AND s.card_type_id = ?1"
                                    " ORDER BY s.prefix, s.first_no LIMIT 1", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, card_type_id);
  hk_statement_bind_int64 (stmt, 2, clerk_id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      return NULL;
    }

  return format_serial ((guint)hk_statement_get_int64 (stmt, 2), hk_statement_get_text (stmt, 0),
                        hk_statement_get_int64 (stmt, 1));
}

#define MOVEMENT_COLUMNS \
  "m.id, m.kind, m.card_type_id, m.prefix, m.first_no, m.last_no, coalesce (m.from_holder, 0)," \
  " coalesce (m.to_holder, 0), coalesce (m.requisition_id, 0), coalesce (m.handover_id, 0)," \
  " coalesce (m.receipt_id, 0), r.invoice_code, r.number, m.at, coalesce (m.by, 0)," \
  " t.serial_length"

#define MOVEMENT_FROM \
  " FROM card_movements m JOIN card_types t ON t.id = m.card_type_id" \
  " LEFT JOIN receipts r ON r.id = m.receipt_id"

static GPtrArray *
read_movements (HkStatement  *stmt,
                GError      **error)
{
  g_autoptr(GPtrArray) list =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_card_movement_free);
  GError *local_error = NULL;

  while (hk_statement_step (stmt, &local_error))
    {
      HkCardMovement *movement = g_new0 (HkCardMovement, 1);
      guint length = (guint)hk_statement_get_int64 (stmt, 15);
      gint64 first = hk_statement_get_int64 (stmt, 4);
      gint64 last = hk_statement_get_int64 (stmt, 5);

      movement->id = hk_statement_get_int64 (stmt, 0);
      movement->kind = move_kind_from_id (hk_statement_get_text (stmt, 1));
      movement->card_type_id = hk_statement_get_int64 (stmt, 2);
      movement->serials = format_run (length, hk_statement_get_text (stmt, 3), first, last);
      movement->quantity = last - first + 1;
      movement->from_holder = hk_statement_get_int64 (stmt, 6);
      movement->to_holder = hk_statement_get_int64 (stmt, 7);
      movement->requisition_id = hk_statement_get_int64 (stmt, 8);
      movement->handover_id = hk_statement_get_int64 (stmt, 9);
      movement->receipt_id = hk_statement_get_int64 (stmt, 10);
      if (!hk_statement_is_null (stmt, 11))
        movement->receipt_no = g_strdup_printf ("%s-%08lld", hk_statement_get_text (stmt, 11),
                                                (long long)hk_statement_get_int64 (stmt, 12));
      movement->at = hk_statement_get_int64 (stmt, 13);
      movement->by = hk_statement_get_int64 (stmt, 14);
      g_ptr_array_add (list, movement);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

/**
 * hk_card_stock_store_serial_history:
 * @serial: one serial of @type
 *
 * Returns: (transfer full) (element-type HkCardMovement): every movement of the serial, in
 *   order: where it came from, who held it, the receipt it was sold on
 */
GPtrArray *
hk_card_stock_store_serial_history (HkCardStockStore  *self,
                                    HkCardType        *type,
                                    const char        *serial,
                                    GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *prefix = NULL;
  gint64 number = 0;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_CARD_TYPE (type), NULL);

  if (!hk_card_type_parse_serial (type, serial, &prefix, &number, error) ||
      !(stmt = hk_database_prepare (self->database,
                                    "SELECT " MOVEMENT_COLUMNS MOVEMENT_FROM
                                    " WHERE m.card_type_id = ?1 AND m.prefix = ?2"
                                    "  AND m.first_no <= ?3 AND m.last_no >= ?3"
                                    " ORDER BY m.id", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, hk_card_type_get_id (type));
  hk_statement_bind_text (stmt, 2, prefix);
  hk_statement_bind_int64 (stmt, 3, number);

  return read_movements (stmt, error);
}

/* [start of @first_day, start of the day after @last_day) in the hall's time zone. */
static gboolean
day_span (HkHallStore  *hall,
          const char   *first_day,
          const char   *last_day,
          gint64       *start,
          gint64       *end,
          GError      **error)
{
  return hk_hall_store_parse_day (hall, first_day, start, NULL, error) &&
         hk_hall_store_parse_day (hall, last_day, NULL, end, error);
}

/**
 * hk_card_stock_store_list_movements:
 * @holder_id: the movements to and from one clerk, 0 for those of the hall's stock, or -1
 *   for all
 *
 * Returns: (transfer full) (element-type HkCardMovement): the movements of the days, in order:
 *   the card stock's timeline
 */
GPtrArray *
hk_card_stock_store_list_movements (HkCardStockStore  *self,
                                    const char        *first_day,
                                    const char        *last_day,
                                    gint64             holder_id,
                                    GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  gint64 start = 0;
  gint64 end = 0;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!day_span (self->hall, first_day, last_day, &start, &end, error) ||
      !(stmt = hk_database_prepare (self->database,
                                    "SELECT " MOVEMENT_COLUMNS MOVEMENT_FROM
                                    " WHERE m.at >= ?1 AND m.at < ?2"
                                    "  AND (?3 < 0"
                                    "       OR (?3 = 0 AND m.kind IN ('receive', 'allocate',"
                                    "                                 'return'))"
                                    "       OR m.from_holder = ?3 OR m.to_holder = ?3)"
                                    " ORDER BY m.id", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, start);
  hk_statement_bind_int64 (stmt, 2, end);
  hk_statement_bind_int64 (stmt, 3, holder_id);

  return read_movements (stmt, error);
}

/**
 * hk_card_stock_store_list_receipt_sales:
 *
 * Returns: (transfer full) (element-type HkCardMovement): the serials a receipt sold, and
 *   their return if it was voided
 */
GPtrArray *
hk_card_stock_store_list_receipt_sales (HkCardStockStore  *self,
                                        gint64             receipt_id,
                                        GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " MOVEMENT_COLUMNS MOVEMENT_FROM
                                    " WHERE m.receipt_id = ?1 ORDER BY m.id", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, receipt_id);

  return read_movements (stmt, error);
}

/**
 * hk_card_stock_store_record_sale:
 * @actor: the clerk of the receipt, or an auditor
 * @receipt: a receipt imported from the business platform
 * @line_no: its line, from 1
 * @serials: the serials that line sold, as many as its quantity
 *
 * The business platform's export names no serials: the cards of an imported receipt's card
 * line are taken off its clerk's stock afterwards, with this. They count as sold when this is
 * recorded (in the day's count and the clerk's next handover). A line's serials are recorded
 * once; a receipt issued at the counter names them when it is issued.
 */
gboolean
hk_card_stock_store_record_sale (HkCardStockStore  *self,
                                 HkOperator        *actor,
                                 HkReceipt         *receipt,
                                 guint              line_no,
                                 const char        *serials,
                                 GError           **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) line = NULL;
  g_autofree char *number = NULL;
  g_autofree char *summary = NULL;
  gint64 receipt_id;
  gint64 clerk_id;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), FALSE);
  g_return_val_if_fail (HK_IS_RECEIPT (receipt), FALSE);

  receipt_id = hk_receipt_get_id (receipt);
  if (!hk_permission_require_about (self->database, actor, HK_ROLE_CLERK | HK_ROLE_AUDITOR,
                                    _("Recording the serials of an imported receipt"), "receipt",
                                    receipt_id, error))
    return FALSE;

  clerk_id = hk_receipt_get_clerk_id (receipt);
  number = hk_receipt_dup_full_number (receipt);

  if (clerk_id != hk_operator_get_id (actor) && !hk_operator_has_any_role (actor, HK_ROLE_AUDITOR))
    return hk_permission_refuse (self->database, NULL, actor, "receipt", receipt_id, error,
                                 _("Only the clerk of receipt %s, or an auditor, records its "
                                   "serials."), number);

  if (!hk_receipt_is_imported (receipt) || hk_receipt_get_status (receipt) != HK_RECEIPT_ISSUED)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Receipt %s is not a valid imported receipt: a receipt of the counter names "
                     "its serials when it is issued."), number);
      return FALSE;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(line = hk_database_prepare (self->database,
                                    "SELECT l.fee_item_id, l.quantity,"
                                    " (SELECT count (*) FROM card_movements m"
                                    "   WHERE m.receipt_id = l.receipt_id"
                                    "   AND m.line_no = l.line_no)"
                                    " FROM receipt_lines l"
                                    " WHERE l.receipt_id = ?1 AND l.line_no = ?2", error)))
    return FALSE;

  hk_statement_bind_int64 (line, 1, receipt_id);
  hk_statement_bind_int64 (line, 2, line_no);

  if (!hk_statement_step (line, NULL))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                   _("Receipt %s has no line %u."), number, line_no);
      return FALSE;
    }

  if (hk_statement_get_int64 (line, 2) > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The serials of line %u of receipt %s are recorded already."), line_no,
                   number);
      return FALSE;
    }

  if (serials == NULL || *serials == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Name the serials the line sold."));
      return FALSE;
    }

  /* A line of a fee item without card stock is refused: it names no serials. */
  if (!sell_serials (self->database, hk_operator_get_id (actor), clerk_id, receipt_id, line_no,
                     hk_statement_get_int64 (line, 0), hk_statement_get_int64 (line, 1), serials,
                     error))
    return FALSE;

  summary = g_strdup_printf ("recorded the serials %s sold on line %u of imported receipt %s",
                             serials, line_no, number);

  if (!hk_audit_log_append (self->database, actor, "card-sale-recorded", "receipt", receipt_id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

/* ---- handovers ---- */

static HkCardHandoverLine *
find_or_add_line (GArray *lines,
                  gint64  card_type_id)
{
  HkCardHandoverLine line = { 0 };

  for (guint i = 0; i < lines->len; i++)
    if (g_array_index (lines, HkCardHandoverLine, i).card_type_id == card_type_id)
      return &g_array_index (lines, HkCardHandoverLine, i);

  line.card_type_id = card_type_id;
  g_array_append_val (lines, line);

  return &g_array_index (lines, HkCardHandoverLine, lines->len - 1);
}

static GArray *
new_lines (void)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (HkCardHandoverLine));

  g_array_set_clear_func (lines, (GDestroyNotify)hk_card_handover_line_clear);
  return lines;
}

/* Adds sign × the sums per card type of @sql (?1 the clerk, ?2 the movement id after which to
 * count; a query that needs only one of them still names the other, as "?1 = ?1", since both
 * are bound) to the field at @offset of each line. */
static gboolean
add_sums (HkDatabase  *database,
          GArray      *lines,
          const char  *sql,
          gint64       clerk_id,
          gint64       after_id,
          gsize        offset,
          int          sign,
          GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (database, sql, error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, clerk_id);
  hk_statement_bind_int64 (stmt, 2, after_id);

  while (hk_statement_step (stmt, &local_error))
    {
      HkCardHandoverLine *line = find_or_add_line (lines, hk_statement_get_int64 (stmt, 0));
      gint64 *field = G_STRUCT_MEMBER_P (line, offset);

      *field += sign * hk_statement_get_int64 (stmt, 1);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const HkCardHandoverLine *la = a;
  const HkCardHandoverLine *lb = b;

  return g_strcmp0 (la->card_type_name, lb->card_type_name);
}

/* The figures of @clerk_id's cards since their previous handover, per card type: every type
 * they held then, moved since, or hold now. *last_movement_id is where this handover ends. */
static GArray *
compute_lines (HkCardStockStore  *self,
               gint64             clerk_id,
               gint64            *last_movement_id,
               GError           **error)
{
  g_autoptr(GArray) lines = new_lines ();
  g_autoptr(HkStatement) prev = NULL;
  g_autoptr(HkStatement) last = NULL;
  g_autoptr(GArray) held = new_lines ();
  gint64 prev_id = 0;
  gint64 after_id = 0;
  GError *local_error = NULL;

  if (!(prev = hk_database_prepare (self->database,
                                    "SELECT id, last_movement_id FROM card_handovers"
                                    " WHERE clerk_id = ?1 ORDER BY id DESC LIMIT 1", error)))
    return NULL;

  hk_statement_bind_int64 (prev, 1, clerk_id);
  if (hk_statement_step (prev, &local_error))
    {
      prev_id = hk_statement_get_int64 (prev, 0);
      after_id = hk_statement_get_int64 (prev, 1);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  /* What the clerk kept after the previous handover begins this one; what moved since (the
   * cards the previous handover passed on are in neither) makes up the rest. */
  if (!add_sums (self->database, lines,
                 "SELECT card_type_id, carried FROM card_handover_lines"
                 " WHERE handover_id = ?2 AND ?1 = ?1",
                 0, prev_id, G_STRUCT_OFFSET (HkCardHandoverLine, begin), 1, error) ||
      !add_sums (self->database, lines,
                 "SELECT card_type_id, sum (last_no - first_no + 1) FROM card_movements"
                 " WHERE to_holder = ?1 AND id > ?2 AND kind IN ('allocate', 'handover')"
                 " GROUP BY card_type_id",
                 clerk_id, after_id, G_STRUCT_OFFSET (HkCardHandoverLine, received), 1, error) ||
      !add_sums (self->database, lines,
                 "SELECT card_type_id, sum (last_no - first_no + 1) FROM card_movements"
                 " WHERE from_holder = ?1 AND id > ?2 AND kind = 'sale'"
                 " GROUP BY card_type_id",
                 clerk_id, after_id, G_STRUCT_OFFSET (HkCardHandoverLine, sold), 1, error) ||
      !add_sums (self->database, lines,
                 "SELECT card_type_id, sum (last_no - first_no + 1) FROM card_movements"
                 " WHERE to_holder = ?1 AND id > ?2 AND kind = 'void'"
                 " GROUP BY card_type_id",
                 clerk_id, after_id, G_STRUCT_OFFSET (HkCardHandoverLine, sold), -1, error) ||
      !add_sums (self->database, lines,
                 "SELECT card_type_id, sum (last_no - first_no + 1) FROM card_movements"
                 " WHERE from_holder = ?1 AND id > ?2 AND kind = 'return'"
                 " GROUP BY card_type_id",
                 clerk_id, after_id, G_STRUCT_OFFSET (HkCardHandoverLine, returned), 1, error) ||
      !add_sums (self->database, held,
                 "SELECT card_type_id, sum (last_no - first_no + 1) FROM card_segments"
                 " WHERE holder_id = ?1 AND ?2 = ?2 GROUP BY card_type_id",
                 clerk_id, 0, G_STRUCT_OFFSET (HkCardHandoverLine, end), 1, error))
    return NULL;

  for (guint i = 0; i < held->len; i++)
    find_or_add_line (lines, g_array_index (held, HkCardHandoverLine, i).card_type_id);

  for (guint i = 0; i < lines->len; i++)
    {
      HkCardHandoverLine *line = &g_array_index (lines, HkCardHandoverLine, i);
      HkCardHandoverLine *now = find_or_add_line (held, line->card_type_id);
      g_autoptr(HkCardType) type = NULL;

      line->end = line->begin + line->received - line->sold - line->returned;
      line->counted = line->end;

      if (!(type = hk_card_stock_store_lookup_type (self, line->card_type_id, error)))
        return NULL;
      line->card_type_name = g_strdup (hk_card_type_get_name (type));

      /* The segments and the movements are written together: only a damaged file differs. */
      if (line->end != now->end)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CORRUPT,
                       _("The card records disagree: the movements leave %lld cards of %s, but "
                         "%lld are held. The records are damaged."),
                       (long long)line->end, line->card_type_name, (long long)now->end);
          return NULL;
        }
    }

  /* Types with nothing held, moved or kept before make no line. */
  for (guint i = lines->len; i > 0; i--)
    {
      HkCardHandoverLine *line = &g_array_index (lines, HkCardHandoverLine, i - 1);

      if (line->begin == 0 && line->received == 0 && line->sold == 0 && line->returned == 0 &&
          line->end == 0)
        g_array_remove_index (lines, i - 1);
    }

  g_array_sort (lines, compare_lines);

  if (!(last = hk_database_prepare (self->database,
                                    "SELECT coalesce (max (id), 0) FROM card_movements", error)) ||
      !hk_statement_step (last, error))
    return NULL;

  *last_movement_id = hk_statement_get_int64 (last, 0);

  return g_steal_pointer (&lines);
}

/**
 * hk_card_stock_store_prepare_handover:
 *
 * The handover @clerk_id would make now, with each count at what the records say: the form's
 * starting point. Nothing is written.
 *
 * Returns: (transfer full): a handover whose id is 0
 */
HkCardHandover *
hk_card_stock_store_prepare_handover (HkCardStockStore  *self,
                                      gint64             clerk_id,
                                      GError           **error)
{
  HkCardHandoverData data = { 0 };
  gint64 last_id = 0;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!(data.lines = compute_lines (self, clerk_id, &last_id, error)))
    return NULL;

  data.clerk_id = clerk_id;
  data.handed_at = hk_database_get_now (self->database);
  data.business_day = hk_hall_store_format_day (self->hall, data.handed_at);

  return hk_card_handover_new_take (&data);
}

#define HANDOVER_COLUMNS \
  "id, clerk_id, coalesce (shift_id, 0), business_day, handed_at, receiver_id," \
  " coalesce (acknowledged_at, 0)"

static gboolean
read_handover_lines (HkDatabase          *database,
                     HkCardHandoverData  *data,
                     GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  data->lines = new_lines ();

  if (!(stmt = hk_database_prepare (database,
                                    "SELECT l.card_type_id, t.name, l.begin_count, l.received,"
                                    " l.sold, l.returned, l.end_count, l.counted, l.carried,"
                                    " l.explanation, coalesce (l.explained_at, 0),"
                                    " coalesce (l.explained_by, 0)"
                                    " FROM card_handover_lines l"
                                    " JOIN card_types t ON t.id = l.card_type_id"
                                    " WHERE l.handover_id = ?1 ORDER BY t.name", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, data->id);

  while (hk_statement_step (stmt, &local_error))
    {
      HkCardHandoverLine line = {
        .card_type_id = hk_statement_get_int64 (stmt, 0),
        .card_type_name = hk_statement_dup_text (stmt, 1),
        .begin = hk_statement_get_int64 (stmt, 2),
        .received = hk_statement_get_int64 (stmt, 3),
        .sold = hk_statement_get_int64 (stmt, 4),
        .returned = hk_statement_get_int64 (stmt, 5),
        .end = hk_statement_get_int64 (stmt, 6),
        .counted = hk_statement_get_int64 (stmt, 7),
        .carried = hk_statement_get_int64 (stmt, 8),
        .explanation = hk_statement_dup_text (stmt, 9),
        .explained_at = hk_statement_get_int64 (stmt, 10),
        .explained_by = hk_statement_get_int64 (stmt, 11),
      };

      g_array_append_val (data->lines, line);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

static GPtrArray *
read_handovers (HkCardStockStore  *self,
                HkStatement       *stmt,
                GError           **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  while (hk_statement_step (stmt, &local_error))
    {
      HkCardHandoverData data = { 0 };

      data.id = hk_statement_get_int64 (stmt, 0);
      data.clerk_id = hk_statement_get_int64 (stmt, 1);
      data.shift_id = hk_statement_get_int64 (stmt, 2);
      data.business_day = hk_statement_dup_text (stmt, 3);
      data.handed_at = hk_statement_get_int64 (stmt, 4);
      data.receiver_id = hk_statement_get_int64 (stmt, 5);
      data.acknowledged_at = hk_statement_get_int64 (stmt, 6);

      if (!read_handover_lines (self->database, &data, error))
        {
          g_free (data.business_day);
          g_clear_pointer (&data.lines, g_array_unref);
          return NULL;
        }

      g_ptr_array_add (list, hk_card_handover_new_take (&data));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

HkCardHandover *
hk_card_stock_store_lookup_handover (HkCardStockStore  *self,
                                     gint64             handover_id,
                                     GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " HANDOVER_COLUMNS " FROM card_handovers"
                                    " WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, handover_id);

  if (!(list = read_handovers (self, stmt, error)))
    return NULL;

  if (list->len == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                   _("There is no card handover number %lld."), (long long)handover_id);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (list, 0));
}

/**
 * hk_card_stock_store_list_handovers:
 * @clerk_id: one clerk's handovers, or 0 for everyone's
 *
 * Returns: (transfer full) (element-type HkCardHandover): the handovers of the days, in order
 */
GPtrArray *
hk_card_stock_store_list_handovers (HkCardStockStore  *self,
                                    const char        *first_day,
                                    const char        *last_day,
                                    gint64             clerk_id,
                                    GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " HANDOVER_COLUMNS " FROM card_handovers"
                                    " WHERE business_day BETWEEN ?1 AND ?2"
                                    "  AND (?3 = 0 OR clerk_id = ?3) ORDER BY id", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, first_day);
  hk_statement_bind_text (stmt, 2, last_day);
  hk_statement_bind_int64 (stmt, 3, clerk_id);

  return read_handovers (self, stmt, error);
}

/**
 * hk_card_stock_store_list_pending:
 * @receiver_id: one clerk, or 0 for everyone
 *
 * Returns: (transfer full) (element-type HkCardHandover): the handovers waiting for their
 *   receiver's acknowledgement, oldest first
 */
GPtrArray *
hk_card_stock_store_list_pending (HkCardStockStore  *self,
                                  gint64             receiver_id,
                                  GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " HANDOVER_COLUMNS " FROM card_handovers"
                                    " WHERE acknowledged_at IS NULL"
                                    "  AND (?1 = 0 OR receiver_id = ?1) ORDER BY id", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, receiver_id);

  return read_handovers (self, stmt, error);
}

/* The clerk's last shift of @day, which the handover closes; 0 when they had none. */
static gboolean
shift_of_day (HkDatabase  *database,
              gint64       clerk_id,
              const char  *day,
              gint64      *shift_id,
              GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  *shift_id = 0;

  if (!(stmt = hk_database_prepare (database,
                                    "SELECT id FROM shifts WHERE clerk_id = ?1"
                                    " AND business_day = ?2 ORDER BY id DESC LIMIT 1", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, clerk_id);
  hk_statement_bind_text (stmt, 2, day);

  if (hk_statement_step (stmt, &local_error))
    *shift_id = hk_statement_get_int64 (stmt, 0);

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

/* Moves every card @from holds to @to, as the handover @handover_id. */
static gboolean
pass_on_cards (HkCardStockStore  *self,
               HkOperator        *actor,
               gint64             from,
               gint64             to,
               gint64             handover_id,
               GError           **error)
{
  g_autoptr(GPtrArray) segments = NULL;

  if (!(segments = hk_card_stock_store_list_segments (self, 0, from, error)))
    return FALSE;

  for (guint i = 0; i < segments->len; i++)
    {
      HkCardSegment *segment = g_ptr_array_index (segments, i);
      g_autoptr(HkCardType) type = NULL;
      g_autoptr(HkCardRun) run = NULL;

      run = hk_card_run_new (segment->prefix, segment->first_no, segment->last_no);
      if (!(type = hk_card_stock_store_lookup_type (self, segment->card_type_id, error)) ||
          !move_run (self->database, hk_operator_get_id (actor), type, run, from, to,
                     HK_CARD_MOVE_HANDOVER, handover_id, 0, 0, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * hk_card_stock_store_hand_over:
 * @actor: the clerk ending their shift
 * @receiver: the clerk who takes the cards over: another clerk (the cards move to them at
 *   once), or @actor themselves when they keep their cards for their next shift
 * @counts: (array length=n_counts): what the clerk counted of each card type they hold or
 *   moved since their previous handover
 *
 * The clerk hands over their cards at the end of a shift of today: per card type the
 * records' begin + received − sold − returned = end beside the count. A difference may be
 * explained now or later (hk_card_stock_store_explain()), but before the acknowledgement.
 */
HkCardHandover *
hk_card_stock_store_hand_over (HkCardStockStore   *self,
                               HkOperator         *actor,
                               HkOperator         *receiver,
                               const HkCardCount  *counts,
                               guint               n_counts,
                               GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(GString) summary = NULL;
  g_autofree char *today = NULL;
  gint64 last_movement_id = 0;
  gint64 shift_id = 0;
  gint64 clerk_id;
  gint64 handover_id;
  gint64 now;
  gboolean passes_on;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);
  g_return_val_if_fail (counts != NULL || n_counts == 0, NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_CLERK, _("Handing over cards"),
                              error))
    return NULL;

  clerk_id = hk_operator_get_id (actor);
  now = hk_database_get_now (self->database);
  today = hk_hall_store_format_day (self->hall, now);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !check_clerk (self->database, receiver, error) ||
      !shift_of_day (self->database, clerk_id, today, &shift_id, error))
    return NULL;

  if (shift_id == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("You have no shift today: cards are handed over at the end of a shift."));
      return NULL;
    }

  {
    g_autoptr(HkStatement) done = NULL;

    if (!(done = hk_database_prepare (self->database,
                                      "SELECT 1 FROM card_handovers WHERE shift_id = ?1", error)))
      return NULL;
    hk_statement_bind_int64 (done, 1, shift_id);
    if (hk_statement_step (done, NULL))
      {
        g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                     _("The cards of this shift are handed over already."));
        return NULL;
      }
  }

  if (!(lines = compute_lines (self, clerk_id, &last_movement_id, error)))
    return NULL;

  for (guint c = 0; c < n_counts; c++)
    {
      HkCardHandoverLine *line = NULL;

      if (counts[c].counted < 0 || counts[c].counted > QUANTITY_MAX)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("A count is a number of cards from 0 to %d."), QUANTITY_MAX);
          return NULL;
        }

      for (guint i = 0; i < lines->len && line == NULL; i++)
        if (g_array_index (lines, HkCardHandoverLine, i).card_type_id == counts[c].card_type_id)
          line = &g_array_index (lines, HkCardHandoverLine, i);

      if (line == NULL)
        {
          g_autoptr(HkCardType) type = NULL;

          /* Cards found of a type the records give the clerk none of: a difference too. */
          if (counts[c].counted == 0)
            continue;
          if (!(type = hk_card_stock_store_lookup_type (self, counts[c].card_type_id, error)))
            return NULL;
          line = find_or_add_line (lines, counts[c].card_type_id);
          line->card_type_name = g_strdup (hk_card_type_get_name (type));
        }

      line->counted = counts[c].counted;
      if (counts[c].explanation != NULL)
        {
          g_autofree char *text = clean_text (counts[c].explanation);

          if (strlen (text) > TEXT_MAX_LENGTH)
            {
              g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                           _("An explanation has at most %d characters."), TEXT_MAX_LENGTH);
              return NULL;
            }
          g_free (line->explanation);
          line->explanation = *text != '\0' ? g_steal_pointer (&text) : NULL;
        }
      /* Marks the line as counted. */
      line->explained_by = -1;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      HkCardHandoverLine *line = &g_array_index (lines, HkCardHandoverLine, i);

      if (line->explained_by != -1)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("Count the cards of %s too: the records say you hold %lld."),
                       line->card_type_name, (long long)line->end);
          return NULL;
        }
      line->explained_by = 0;
    }

  passes_on = hk_operator_get_id (receiver) != clerk_id;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO card_handovers (clerk_id, shift_id,"
                                      " business_day, handed_at, last_movement_id, receiver_id)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, clerk_id);
  hk_statement_bind_int64 (insert, 2, shift_id);
  hk_statement_bind_text (insert, 3, today);
  hk_statement_bind_int64 (insert, 4, now);
  hk_statement_bind_int64 (insert, 5, last_movement_id);
  hk_statement_bind_int64 (insert, 6, hk_operator_get_id (receiver));

  if (!hk_statement_run (insert, error))
    return NULL;

  handover_id = hk_database_get_last_insert_id (self->database);

  if (passes_on && !pass_on_cards (self, actor, clerk_id, hk_operator_get_id (receiver),
                                   handover_id, error))
    return NULL;

  summary = g_string_new (NULL);
  g_string_append_printf (summary, "handed over cards to %s:", hk_operator_get_login (receiver));

  for (guint i = 0; i < lines->len; i++)
    {
      HkCardHandoverLine *line = &g_array_index (lines, HkCardHandoverLine, i);
      g_autoptr(HkStatement) stmt = NULL;
      gint64 difference = line->counted - line->end;

      if (difference == 0)
        g_clear_pointer (&line->explanation, g_free);
      line->carried = passes_on ? 0 : line->end;

      if (!(stmt = hk_database_prepare (self->database,
                                        "INSERT INTO card_handover_lines (handover_id,"
                                        " card_type_id, begin_count, received, sold, returned,"
                                        " end_count, counted, carried, explanation, explained_at,"
                                        " explained_by)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                                        " ?12)", error)))
        return NULL;

      hk_statement_bind_int64 (stmt, 1, handover_id);
      hk_statement_bind_int64 (stmt, 2, line->card_type_id);
      hk_statement_bind_int64 (stmt, 3, line->begin);
      hk_statement_bind_int64 (stmt, 4, line->received);
      hk_statement_bind_int64 (stmt, 5, line->sold);
      hk_statement_bind_int64 (stmt, 6, line->returned);
      hk_statement_bind_int64 (stmt, 7, line->end);
      hk_statement_bind_int64 (stmt, 8, line->counted);
      hk_statement_bind_int64 (stmt, 9, line->carried);
      hk_statement_bind_text (stmt, 10, line->explanation);
      if (line->explanation != NULL)
        {
          hk_statement_bind_int64 (stmt, 11, now);
          hk_statement_bind_int64 (stmt, 12, clerk_id);
        }
      else
        {
          hk_statement_bind_null (stmt, 11);
          hk_statement_bind_null (stmt, 12);
        }

      if (!hk_statement_run (stmt, error))
        return NULL;

      g_string_append_printf (summary, " %s %lld+%lld-%lld-%lld=%lld counted %lld%s",
                              line->card_type_name, (long long)line->begin,
                              (long long)line->received, (long long)line->sold,
                              (long long)line->returned, (long long)line->end,
                              (long long)line->counted,
                              difference == 0 ? ""
                              : line->explanation != NULL ? " (difference explained)"
                                                          : " (difference not explained)");
      if (i + 1 < lines->len)
        g_string_append_c (summary, ';');
    }

  if (lines->len == 0)
    g_string_append (summary, " no cards");

  if (!hk_audit_log_append (self->database, actor, "cards-handed-over", "card-handover",
                            handover_id, summary->str, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return hk_card_stock_store_lookup_handover (self, handover_id, error);
}

/**
 * hk_card_stock_store_explain:
 * @actor: the clerk who made the handover, or the hall supervisor
 * @explanation: why the count differs from the records
 *
 * Explains the difference of one card type of a handover not yet acknowledged.
 */
HkCardHandover *
hk_card_stock_store_explain (HkCardStockStore  *self,
                             HkOperator        *actor,
                             HkCardHandover    *handover,
                             gint64             card_type_id,
                             const char        *explanation,
                             GError           **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkCardHandover) current = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  const HkCardHandoverLine *line;
  gint64 id;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_CARD_HANDOVER (handover), NULL);

  id = hk_card_handover_get_id (handover);
  if (!hk_permission_require_about (self->database, actor, HK_ROLE_CLERK | HK_ROLE_SUPERVISOR,
                                    _("Explaining a card difference"), "card-handover", id,
                                    error))
    return NULL;

  text = clean_text (explanation);
  if (*text == '\0' || strlen (text) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Write the explanation (at most %d characters)."), TEXT_MAX_LENGTH);
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_card_stock_store_lookup_handover (self, id, error)))
    return NULL;

  if (hk_card_handover_get_clerk_id (current) != hk_operator_get_id (actor) &&
      !hk_operator_has_any_role (actor, HK_ROLE_SUPERVISOR))
    {
      hk_permission_refuse (self->database, &tx, actor, "card-handover", id, error, "%s",
                            _("Only the clerk who handed the cards over, or the hall supervisor, "
                              "explains the difference."));
      return NULL;
    }

  line = hk_card_handover_find_line (current, card_type_id);
  if (line == NULL || hk_card_handover_line_get_difference (line) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("That card type has no difference in this handover."));
      return NULL;
    }

  if (line->explanation != NULL || hk_card_handover_is_acknowledged (current))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The difference is explained already, or the handover acknowledged."));
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE card_handover_lines SET explanation = ?3,"
                                      " explained_at = ?4, explained_by = ?5"
                                      " WHERE handover_id = ?1 AND card_type_id = ?2", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, id);
  hk_statement_bind_int64 (update, 2, card_type_id);
  hk_statement_bind_text (update, 3, text);
  hk_statement_bind_int64 (update, 4, hk_database_get_now (self->database));
  hk_statement_bind_int64 (update, 5, hk_operator_get_id (actor));

  summary = g_strdup_printf ("explained the difference of %lld cards of %s: %s",
                             (long long)hk_card_handover_line_get_difference (line),
                             line->card_type_name, text);

  if (!hk_statement_run (update, error) ||
      !hk_audit_log_append (self->database, actor, "card-difference-explained", "card-handover",
                            id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return hk_card_stock_store_lookup_handover (self, id, error);
}

/**
 * hk_card_stock_store_acknowledge:
 * @actor: the handover's receiver
 *
 * The next clerk acknowledges the handover: the counts are theirs from now on. A clerk who
 * kept their own cards acknowledges when they take them up again, on a later day. A difference
 * must be explained first.
 */
HkCardHandover *
hk_card_stock_store_acknowledge (HkCardStockStore  *self,
                                 HkOperator        *actor,
                                 HkCardHandover    *handover,
                                 GError           **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkCardHandover) current = NULL;
  g_autofree char *today = NULL;
  g_autofree char *summary = NULL;
  gint64 now;
  gint64 id;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_CARD_HANDOVER (handover), NULL);

  id = hk_card_handover_get_id (handover);
  if (!hk_permission_require_about (self->database, actor, HK_ROLE_CLERK,
                                    _("Acknowledging a card handover"), "card-handover", id,
                                    error))
    return NULL;

  now = hk_database_get_now (self->database);
  today = hk_hall_store_format_day (self->hall, now);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_card_stock_store_lookup_handover (self, id, error)))
    return NULL;

  if (hk_card_handover_get_receiver_id (current) != hk_operator_get_id (actor))
    {
      g_autofree char *receiver = holder_name (self->database,
                                               hk_card_handover_get_receiver_id (current));

      hk_permission_refuse (self->database, &tx, actor, "card-handover", id, error,
                            _("Only %s, who takes the cards over, acknowledges this handover."),
                            receiver);
      return NULL;
    }

  if (hk_card_handover_is_acknowledged (current))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("This handover is acknowledged already."));
      return NULL;
    }

  if (hk_card_handover_has_unexplained (current))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The count differs from the records and nobody has explained why yet; "
                     "the difference is explained before the handover is acknowledged."));
      return NULL;
    }

  if (hk_card_handover_get_clerk_id (current) == hk_operator_get_id (actor) &&
      g_strcmp0 (today, hk_card_handover_get_business_day (current)) <= 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("You kept your own cards: acknowledge them when you take them up again, on "
                     "your next working day."));
      return NULL;
    }

  summary = g_strdup_printf ("acknowledged the card handover of %s",
                             hk_card_handover_get_business_day (current));

  if (!run_on_id (self->database,
                  "UPDATE card_handovers SET acknowledged_at = ?2 WHERE id = ?1", id, now,
                  error) ||
      !hk_audit_log_append (self->database, actor, "card-handover-acknowledged", "card-handover",
                            id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return hk_card_stock_store_lookup_handover (self, id, error);
}

/* ---- the day's count ---- */

static HkCardDayCount *
find_or_add_count (GPtrArray *counts,
                   gint64     holder_id,
                   gint64     card_type_id)
{
  HkCardDayCount *count;

  for (guint i = 0; i < counts->len; i++)
    {
      count = g_ptr_array_index (counts, i);
      if (count->holder_id == holder_id && count->card_type_id == card_type_id)
        return count;
    }

  count = g_new0 (HkCardDayCount, 1);
  count->holder_id = holder_id;
  count->card_type_id = card_type_id;
  g_ptr_array_add (counts, count);

  return count;
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const HkCardDayCount *ca = *(const HkCardDayCount * const *)a;
  const HkCardDayCount *cb = *(const HkCardDayCount * const *)b;

  if (ca->holder_id != cb->holder_id)
    return ca->holder_id < cb->holder_id ? -1 : 1;

  return ca->card_type_id < cb->card_type_id ? -1 : ca->card_type_id > cb->card_type_id ? 1 : 0;
}

/**
 * hk_card_stock_store_count_day:
 * @day: a business day
 *
 * The day's count of sold and held cards: one row per holder (the hall's stock first, then
 * each clerk) and card type that held or moved cards that day, from the movements.
 *
 * Returns: (transfer full) (element-type HkCardDayCount): the rows, by holder and type
 */
GPtrArray *
hk_card_stock_store_count_day (HkCardStockStore  *self,
                               const char        *day,
                               GError           **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) counts =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_card_day_count_free);
  GError *local_error = NULL;
  gint64 start = 0;
  gint64 end = 0;

  g_return_val_if_fail (HK_IS_CARD_STOCK_STORE (self), NULL);

  if (!day_span (self->hall, day, day, &start, &end, error))
    return NULL;

  /* Each movement is a leg into its receiver and one out of its giver; a receipt's sale has
   * no receiver, a requisition's receipt and a void no giver. */
  if (!(stmt = hk_database_prepare (self->database,
                                    "WITH legs (holder, type, kind, dir, n, at) AS ("
                                    "  SELECT coalesce (to_holder, 0), card_type_id, kind, 1,"
                                    "         last_no - first_no + 1, at"
                                    "  FROM card_movements WHERE kind != 'sale' AND at < ?2"
                                    "  UNION ALL"
                                    "  SELECT coalesce (from_holder, 0), card_type_id, kind, -1,"
                                    "         last_no - first_no + 1, at"
                                    "  FROM card_movements"
                                    "  WHERE kind NOT IN ('receive', 'void') AND at < ?2)"
                                    " SELECT holder, type,"
                                    "  coalesce (sum (dir * n) FILTER (WHERE at < ?1), 0),"
                                    "  coalesce (sum (n) FILTER (WHERE at >= ?1 AND dir = 1"
                                    "    AND kind IN ('receive', 'allocate', 'handover',"
                                    "                 'return')), 0),"
                                    "  coalesce (sum (CASE kind WHEN 'sale' THEN n"
                                    "    ELSE -n END) FILTER (WHERE at >= ?1"
                                    "    AND kind IN ('sale', 'void')), 0),"
                                    "  coalesce (sum (n) FILTER (WHERE at >= ?1 AND dir = -1"
                                    "    AND kind IN ('return', 'handover')), 0),"
                                    "  coalesce (sum (n) FILTER (WHERE at >= ?1 AND dir = -1"
                                    "    AND kind = 'allocate'), 0),"
                                    "  sum (dir * n)"
                                    " FROM legs GROUP BY holder, type", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, start);
  hk_statement_bind_int64 (stmt, 2, end);

  while (hk_statement_step (stmt, &local_error))
    {
      HkCardDayCount *count = find_or_add_count (counts, hk_statement_get_int64 (stmt, 0),
                                                 hk_statement_get_int64 (stmt, 1));

      count->begin = hk_statement_get_int64 (stmt, 2);
      count->received = hk_statement_get_int64 (stmt, 3);
      count->sold = hk_statement_get_int64 (stmt, 4);
      count->returned = hk_statement_get_int64 (stmt, 5);
      count->allocated = hk_statement_get_int64 (stmt, 6);
      count->end = hk_statement_get_int64 (stmt, 7);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  /* Nothing held and nothing moved that day: no row. */
  for (guint i = counts->len; i > 0; i--)
    {
      HkCardDayCount *count = g_ptr_array_index (counts, i - 1);

      if (count->begin == 0 && count->end == 0 && count->received == 0 && count->sold == 0 &&
          count->returned == 0 && count->allocated == 0)
        g_ptr_array_remove_index (counts, i - 1);
    }

  g_ptr_array_sort (counts, compare_counts);

  return g_steal_pointer (&counts);
}
