/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-part-store.c: the repair desk's parts stock: parts, receipts, counts, movements.
 *
 * The rules of the parts stock (the technician keeps the parts in custody):
 * - each part is charged through a fee item of category "repair", so its price is the tariff;
 * - the stock on hand is the sum of its movements, never a number typed in: parts are
 *   received, used on a ticket's fee line, put back when that line is voided, and counted;
 * - a count that differs from the stock needs a note, and the difference is recorded as a
 *   movement, so the stock then agrees with the shelf and the difference stays on record;
 * - nothing is ever deleted or changed; the stock never goes below zero.
 * Every write is one transaction with its audit entry.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-audit-log.h"
#include "hk-error.h"
#include "hk-permission.h"
#include "hk-repair-part-store.h"
#include "hk-repair-private.h"
#include "hk-transaction.h"

/* Who keeps the stock, and who may count it as well: the duty manager, at a handover. */
#define STOCK_ROLES HK_ROLE_TECHNICIAN
#define COUNT_ROLES (HK_ROLE_TECHNICIAN | HK_ROLE_DUTY_MANAGER)
#define MAX_COUNT 1000000
#define NOTE_MAX_LENGTH 200

struct _HkRepairPartStore
{
  GObject      parent_instance;
  HkDatabase  *database;
  HkHallStore *hall;
};

G_DEFINE_FINAL_TYPE (HkRepairPartStore, hk_repair_part_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ?1 is today, for the price. */
#define PART_SELECT \
  "SELECT p.id, p.code, p.name, p.fee_item_id, f.code," \
  " (SELECT fp.price FROM fee_item_prices fp WHERE fp.fee_item_id = p.fee_item_id" \
  "   AND fp.valid_from <= ?1 ORDER BY fp.valid_from DESC LIMIT 1)," \
  " (SELECT coalesce (sum (m.quantity), 0) FROM repair_part_movements m" \
  "   WHERE m.part_id = p.id)," \
  " (SELECT max (m.at) FROM repair_part_movements m WHERE m.part_id = p.id" \
  "   AND m.kind = 'count')" \
  " FROM repair_parts p JOIN fee_items f ON f.id = p.fee_item_id"

static const char * const movement_ids[] = { "received", "used", "put-back", "count" };

void
hk_repair_part_movement_free (HkRepairPartMovement *movement)
{
  if (movement == NULL)
    return;

  g_free (movement->by_name);
  g_free (movement->ticket_no);
  g_free (movement->note);
  g_free (movement);
}

static HkRepairPart *
part_from_row (HkStatement *stmt)
{
  HkRepairPartData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.code = hk_statement_dup_text (stmt, 1);
  data.name = hk_statement_dup_text (stmt, 2);
  data.fee_item_id = hk_statement_get_int64 (stmt, 3);
  data.fee_item_code = hk_statement_dup_text (stmt, 4);
  data.price = hk_statement_is_null (stmt, 5) ? -1 : hk_statement_get_int64 (stmt, 5);
  data.on_hand = hk_statement_get_int64 (stmt, 6);
  data.last_count_at = hk_statement_get_int64 (stmt, 7);

  return hk_repair_part_new_take (&data);
}

static char *
today (HkRepairPartStore *self)
{
  return hk_hall_store_format_day (self->hall, hk_database_get_now (self->database));
}

static void
hk_repair_part_store_finalize (GObject *object)
{
  HkRepairPartStore *self = (HkRepairPartStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->hall);

  G_OBJECT_CLASS (hk_repair_part_store_parent_class)->finalize (object);
}

static void
hk_repair_part_store_class_init (HkRepairPartStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_repair_part_store_finalize;

  /**
   * HkRepairPartStore::changed:
   *
   * A part was added, or the stock of a part moved.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hk_repair_part_store_init (HkRepairPartStore *self)
{
}

HkRepairPartStore *
hk_repair_part_store_new (HkDatabase  *database,
                          HkHallStore *hall)
{
  HkRepairPartStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);

  self = g_object_new (HK_TYPE_REPAIR_PART_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);

  return self;
}

void
hk_repair_part_store_emit_changed (HkRepairPartStore *self)
{
  g_return_if_fail (HK_IS_REPAIR_PART_STORE (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * hk_repair_part_store_list:
 *
 * Returns: (transfer full) (element-type HkRepairPart): every part, by code, with its stock
 *   and today's price
 */
GPtrArray *
hk_repair_part_store_list (HkRepairPartStore  *self,
                           GError            **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *day = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_PART_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database, PART_SELECT " ORDER BY p.code", error)))
    return NULL;

  day = today (self);
  hk_statement_bind_text (stmt, 1, day);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (parts, part_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&parts);
}

static HkRepairPart *
lookup_where (HkRepairPartStore  *self,
              const char         *where,
              gint64              id,
              const char         *code,
              GError            **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *sql = g_strconcat (PART_SELECT, " WHERE ", where, NULL);
  g_autofree char *day = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  day = today (self);
  hk_statement_bind_text (stmt, 1, day);
  if (code != NULL)
    hk_statement_bind_text (stmt, 2, code);
  else
    hk_statement_bind_int64 (stmt, 2, id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else if (code != NULL)
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND, _("There is no part “%s”."), code);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND, _("There is no part number %lld."),
                     (long long)id);
      return NULL;
    }

  return part_from_row (stmt);
}

/**
 * hk_repair_part_store_lookup:
 * @code: the part's code, in any case
 *
 * Returns: (transfer full): the part, or %NULL with %HK_ERROR_NOT_FOUND
 */
HkRepairPart *
hk_repair_part_store_lookup (HkRepairPartStore  *self,
                             const char         *code,
                             GError            **error)
{
  g_return_val_if_fail (HK_IS_REPAIR_PART_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return lookup_where (self, "p.code = ?2", 0, code, error);
}

HkRepairPart *
hk_repair_part_store_lookup_by_id (HkRepairPartStore  *self,
                                   gint64              part_id,
                                   GError            **error)
{
  g_return_val_if_fail (HK_IS_REPAIR_PART_STORE (self), NULL);

  return lookup_where (self, "p.id = ?2", part_id, NULL, error);
}

/**
 * hk_repair_part_store_list_movements:
 *
 * Returns: (transfer full) (element-type HkRepairPartMovement): every change of the part's
 *   stock, oldest first
 */
GPtrArray *
hk_repair_part_store_list_movements (HkRepairPartStore  *self,
                                     gint64              part_id,
                                     GError            **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) movements =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_repair_part_movement_free);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_PART_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT m.id, m.at, m.by, o.display_name, m.kind, m.quantity,"
                                    " m.counted, m.ticket_id, t.ticket_no, m.note"
                                    " FROM repair_part_movements m"
                                    " JOIN operators o ON o.id = m.by"
                                    " LEFT JOIN repair_tickets t ON t.id = m.ticket_id"
                                    " WHERE m.part_id = ?1 ORDER BY m.at, m.id", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, part_id);

  while (hk_statement_step (stmt, &local_error))
    {
      HkRepairPartMovement *movement = g_new0 (HkRepairPartMovement, 1);
      const char *kind = hk_statement_get_text (stmt, 4);

      movement->id = hk_statement_get_int64 (stmt, 0);
      movement->part_id = part_id;
      movement->at = hk_statement_get_int64 (stmt, 1);
      movement->by = hk_statement_get_int64 (stmt, 2);
      movement->by_name = hk_statement_dup_text (stmt, 3);
      for (guint i = 0; i < G_N_ELEMENTS (movement_ids); i++)
        if (g_strcmp0 (kind, movement_ids[i]) == 0)
          movement->kind = (HkRepairPartMovementKind)i;
      movement->quantity = hk_statement_get_int64 (stmt, 5);
      movement->counted = hk_statement_get_int64 (stmt, 6);
      movement->ticket_id = hk_statement_get_int64 (stmt, 7);
      movement->ticket_no = hk_statement_dup_text (stmt, 8);
      movement->note = hk_statement_dup_text (stmt, 9);
      g_ptr_array_add (movements, movement);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&movements);
}

/* ---- writing ---- */

static gboolean
validate_code (const char  *code,
               GError     **error)
{
  gsize length = code != NULL ? strlen (code) : 0;
  gboolean valid = length >= 1 && length <= HK_REPAIR_PART_CODE_MAX_LENGTH;

  for (gsize i = 0; valid && i < length; i++)
    valid = g_ascii_isalnum (code[i]) || code[i] == '-' || code[i] == '_';

  if (valid)
    return TRUE;

  if (length == 0)
    g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the part’s code."));
  else
    {
      g_autofree char *shown = g_utf8_make_valid (code, -1);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a part code: a code has 1 to %d characters, each a letter "
                     "A–Z or a–z, a digit, “-” or “_”."),
                   shown, HK_REPAIR_PART_CODE_MAX_LENGTH);
    }

  return FALSE;
}

static gboolean
insert_movement (HkRepairPartStore  *self,
                 HkOperator         *actor,
                 gint64              part_id,
                 const char         *kind,
                 gint64              quantity,
                 gint64              counted,
                 gint64              ticket_id,
                 gint64              fee_line_id,
                 const char         *note,
                 GError            **error)
{
  g_autoptr(HkStatement) insert = NULL;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO repair_part_movements (part_id, at, by, kind,"
                                      " quantity, counted, ticket_id, fee_line_id, note)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error)))
    return FALSE;

  hk_statement_bind_int64 (insert, 1, part_id);
  hk_statement_bind_int64 (insert, 2, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 3, hk_operator_get_id (actor));
  hk_statement_bind_text (insert, 4, kind);
  hk_statement_bind_int64 (insert, 5, quantity);
  if (counted >= 0)
    hk_statement_bind_int64 (insert, 6, counted);
  else
    hk_statement_bind_null (insert, 6);
  if (ticket_id != 0)
    hk_statement_bind_int64 (insert, 7, ticket_id);
  else
    hk_statement_bind_null (insert, 7);
  if (fee_line_id != 0)
    hk_statement_bind_int64 (insert, 8, fee_line_id);
  else
    hk_statement_bind_null (insert, 8);
  hk_statement_bind_text (insert, 9, note != NULL && *note != '\0' ? note : NULL);

  return hk_statement_run (insert, error);
}

/* Commits @tx with its audit entry, tells the lists and reads the part back. */
static HkRepairPart *
finish_write (HkRepairPartStore  *self,
              HkTransaction      *tx,
              HkOperator         *actor,
              gint64              part_id,
              const char         *action,
              const char         *summary,
              GError            **error)
{
  if (!hk_audit_log_append (self->database, actor, action, "repair_part", part_id, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0);

  return hk_repair_part_store_lookup_by_id (self, part_id, error);
}

/**
 * hk_repair_part_store_add:
 * @actor: a technician
 * @code: the part's own code, unique, e.g. "SCR-P40"
 * @fee_item_id: the active fee item of category "repair" that charges for it
 *
 * Adds a part to the stock's list, with nothing on hand yet.
 *
 * Returns: (transfer full): the part, or %NULL with @error set and nothing written
 */
HkRepairPart *
hk_repair_part_store_add (HkRepairPartStore  *self,
                          HkOperator         *actor,
                          const char         *code,
                          const char         *name,
                          gint64              fee_item_id,
                          GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) item = NULL;
  g_autoptr(HkStatement) exists = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *summary = NULL;
  GError *local_error = NULL;
  gint64 part_id;

  g_return_val_if_fail (HK_IS_REPAIR_PART_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, STOCK_ROLES, _("Adding a part"), error))
    return NULL;

  if (!validate_code (code, error) ||
      !hk_repair_clean_text (name, HK_REPAIR_PART_NAME_MAX_LENGTH, &clean_name, error))
    return NULL;

  if (*clean_name == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the part’s name."));
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(item = hk_database_prepare (self->database,
                                    "SELECT code, category, active FROM fee_items WHERE id = ?1",
                                    error)))
    return NULL;

  hk_statement_bind_int64 (item, 1, fee_item_id);
  if (!hk_statement_step (item, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no fee item number %lld."), (long long)fee_item_id);
      return NULL;
    }

  if (g_strcmp0 (hk_statement_get_text (item, 1), "repair") != 0 ||
      hk_statement_get_int64 (item, 2) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A part is charged through an active fee item of the category Repair; "
                     "%s is not one."), hk_statement_get_text (item, 0));
      return NULL;
    }

  if (!(exists = hk_database_prepare (self->database,
                                      "SELECT code FROM repair_parts WHERE code = ?1", error)))
    return NULL;
  hk_statement_bind_text (exists, 1, code);
  if (hk_statement_step (exists, &local_error))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT, _("There is already a part “%s”."),
                   hk_statement_get_text (exists, 0));
      return NULL;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO repair_parts (code, name, fee_item_id,"
                                      " created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5)",
                                      error)))
    return NULL;

  hk_statement_bind_text (insert, 1, code);
  hk_statement_bind_text (insert, 2, clean_name);
  hk_statement_bind_int64 (insert, 3, fee_item_id);
  hk_statement_bind_int64 (insert, 4, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 5, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  part_id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("added part %s (%s), charged as %s", code, clean_name,
                             hk_statement_get_text (item, 0));

  return finish_write (self, tx, actor, part_id, "repair-part-added", summary, error);
}

/**
 * hk_repair_part_store_receive:
 * @actor: a technician
 * @quantity: how many came in, 1 to %HK_REPAIR_PART_MAX_QUANTITY
 * @note: (nullable): where they came from, e.g. the delivery note
 *
 * Returns: (transfer full): the part with its new stock
 */
HkRepairPart *
hk_repair_part_store_receive (HkRepairPartStore  *self,
                              HkOperator         *actor,
                              HkRepairPart       *part,
                              gint64              quantity,
                              const char         *note,
                              GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkRepairPart) current = NULL;
  g_autofree char *clean_note = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_PART_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_REPAIR_PART (part), NULL);

  if (!hk_permission_require (self->database, actor, STOCK_ROLES, _("Receiving parts"), error))
    return NULL;

  if (quantity < 1 || quantity > HK_REPAIR_PART_MAX_QUANTITY)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Receive 1 to %d parts at a time."), HK_REPAIR_PART_MAX_QUANTITY);
      return NULL;
    }

  if (!hk_repair_clean_text (note, NOTE_MAX_LENGTH, &clean_note, error) ||
      !(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_repair_part_store_lookup_by_id (self, hk_repair_part_get_id (part), error)) ||
      !insert_movement (self, actor, hk_repair_part_get_id (current), "received", quantity, -1,
                        0, 0, clean_note, error))
    return NULL;

  summary = g_strdup_printf ("received %lld of part %s: %lld on hand", (long long)quantity,
                             hk_repair_part_get_code (current),
                             (long long)(hk_repair_part_get_on_hand (current) + quantity));

  return finish_write (self, tx, actor, hk_repair_part_get_id (current), "repair-part-received",
                       summary, error);
}

/**
 * hk_repair_part_store_count:
 * @actor: a technician or a duty manager
 * @counted: how many are on the shelf
 * @note: (nullable): why the count differs from the stock; required when it does
 *
 * Records a count. When @counted differs from the stock on hand, the difference is recorded
 * with the note and the stock becomes @counted.
 *
 * Returns: (transfer full): the part with its stock after the count
 */
HkRepairPart *
hk_repair_part_store_count (HkRepairPartStore  *self,
                            HkOperator         *actor,
                            HkRepairPart       *part,
                            gint64              counted,
                            const char         *note,
                            GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkRepairPart) current = NULL;
  g_autofree char *clean_note = NULL;
  g_autofree char *summary = NULL;
  gint64 difference;

  g_return_val_if_fail (HK_IS_REPAIR_PART_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_REPAIR_PART (part), NULL);

  if (!hk_permission_require (self->database, actor, COUNT_ROLES, _("Counting parts"), error))
    return NULL;

  if (counted < 0 || counted > MAX_COUNT)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A count is 0 to %d parts."), MAX_COUNT);
      return NULL;
    }

  if (!hk_repair_clean_text (note, NOTE_MAX_LENGTH, &clean_note, error) ||
      !(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_repair_part_store_lookup_by_id (self, hk_repair_part_get_id (part), error)))
    return NULL;

  difference = counted - hk_repair_part_get_on_hand (current);
  if (difference != 0 && *clean_note == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The count of %s is %lld, but the stock says %lld: say why they differ."),
                   hk_repair_part_get_code (current), (long long)counted,
                   (long long)hk_repair_part_get_on_hand (current));
      return NULL;
    }

  if (!insert_movement (self, actor, hk_repair_part_get_id (current), "count", difference,
                        counted, 0, 0, clean_note, error))
    return NULL;

  if (difference == 0)
    summary = g_strdup_printf ("counted part %s: %lld, as the stock says",
                               hk_repair_part_get_code (current), (long long)counted);
  else
    summary = g_strdup_printf ("counted part %s: %lld, the stock said %lld; difference %+lld: %s",
                               hk_repair_part_get_code (current), (long long)counted,
                               (long long)hk_repair_part_get_on_hand (current),
                               (long long)difference, clean_note);

  return finish_write (self, tx, actor, hk_repair_part_get_id (current), "repair-part-counted",
                       summary, error);
}

/* ---- for the ticket store, inside its transaction ---- */

static gint64
on_hand (HkRepairPartStore  *self,
         gint64              part_id,
         GError            **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT coalesce (sum (quantity), 0)"
                                    " FROM repair_part_movements WHERE part_id = ?1", error)))
    return -1;

  hk_statement_bind_int64 (stmt, 1, part_id);
  if (!hk_statement_step (stmt, error))
    return -1;

  return hk_statement_get_int64 (stmt, 0);
}

gboolean
hk_repair_part_store_take (HkRepairPartStore  *self,
                           HkOperator         *actor,
                           gint64              part_id,
                           gint64              quantity,
                           gint64              ticket_id,
                           gint64              fee_line_id,
                           GError            **error)
{
  gint64 stock;

  g_return_val_if_fail (HK_IS_REPAIR_PART_STORE (self), FALSE);
  g_return_val_if_fail (hk_database_in_transaction (self->database), FALSE);
  g_return_val_if_fail (quantity > 0, FALSE);

  if ((stock = on_hand (self, part_id, error)) < 0)
    return FALSE;

  if (stock < quantity)
    {
      g_autoptr(HkRepairPart) part = hk_repair_part_store_lookup_by_id (self, part_id, NULL);

      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Only %lld of the part %s are in stock, not %lld."), (long long)stock,
                   part != NULL ? hk_repair_part_get_code (part) : "?", (long long)quantity);
      return FALSE;
    }

  return insert_movement (self, actor, part_id, "used", -quantity, -1, ticket_id, fee_line_id,
                          NULL, error);
}

gboolean
hk_repair_part_store_put_back (HkRepairPartStore  *self,
                               HkOperator         *actor,
                               gint64              part_id,
                               gint64              quantity,
                               gint64              ticket_id,
                               gint64              fee_line_id,
                               GError            **error)
{
  g_return_val_if_fail (HK_IS_REPAIR_PART_STORE (self), FALSE);
  g_return_val_if_fail (hk_database_in_transaction (self->database), FALSE);
  g_return_val_if_fail (quantity > 0, FALSE);

  return insert_movement (self, actor, part_id, "put-back", quantity, -1, ticket_id,
                          fee_line_id, NULL, error);
}
