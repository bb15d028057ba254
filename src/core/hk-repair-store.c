/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-store.c: the repair desk: intake, the status machine, dispatch batches to the city
 * company and back, fee lines, the handover with its charge, and the day's custody.
 *
 * The rules of the repair desk (维修员):
 * - a ticket's number is generated, R<intake day>-<sequence>, consecutive within a day; the
 *   IMEI passes the Luhn check; what was recorded at intake never changes;
 * - a ticket moves only as hk_repair_status_get_move() allows, and only through the function
 *   that move names: devices go to the city company in a dispatch batch and come back one by
 *   one with the company's report; every move is on the ticket's timeline with who and when;
 * - fee lines charge fee items of category "repair" at the tariff of the day they are added;
 *   a parts line takes the part from the stock, and voiding it puts the part back;
 * - at the handover the collector's ID is checked, the accessories given back are ticked
 *   against those received (a difference needs a note), and a fee above zero is charged:
 *   on a receipt of the technician's own open shift (through the receipt store, so it is in
 *   the technician's daily report), or by naming the receipt a clerk issued for it; the
 *   deposit pays the fee first and the rest of it is refunded;
 * - nothing is deleted; a closed ticket never changes.
 * Every write is one transaction with its audit entry.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-audit-log.h"
#include "hk-cash-desk-private.h"
#include "hk-error.h"
#include "hk-imei.h"
#include "hk-input.h"
#include "hk-money.h"
#include "hk-permission.h"
#include "hk-privacy.h"
#include "hk-repair-private.h"
#include "hk-repair-store.h"
#include "hk-transaction.h"

#define MAX_FEE_QUANTITY 100
#define MAX_TICKETS_PER_DAY 9999
#define MAX_BATCHES_PER_DAY 99

struct _HkRepairStore
{
  GObject            parent_instance;
  HkDatabase        *database;
  HkHallStore       *hall;
  HkReceiptStore    *receipts;
  HkRepairPartStore *parts;
};

G_DEFINE_FINAL_TYPE (HkRepairStore, hk_repair_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define TICKET_SELECT \
  "SELECT t.id, t.ticket_no, t.intake_day, t.received_at, t.received_by, t.customer_name," \
  " t.customer_phone, t.brand, t.model, t.imei, t.accessories, t.conditions, t.condition_note," \
  " t.fault, t.warranty, t.warranty_proof, t.estimated_fee, t.deposit, t.promised_day," \
  " t.technician_id, tech.display_name, t.status, t.status_at," \
  " (SELECT b.batch_no FROM repair_batch_items i JOIN repair_batches b ON b.id = i.batch_id" \
  "   WHERE i.ticket_id = t.id AND i.returned_at IS NULL)," \
  " (SELECT coalesce (sum (l.amount), 0) FROM repair_fee_lines l" \
  "   WHERE l.ticket_id = t.id AND l.voided_at IS NULL)," \
  " (SELECT count (*) FROM repair_events e WHERE e.ticket_id = t.id AND e.kind = 'callback')," \
  " (SELECT max (e.at) FROM repair_events e WHERE e.ticket_id = t.id AND e.kind = 'callback')," \
  " t.collected_by, t.id_checked, t.accessories_returned, t.handover_note, t.handed_over_at," \
  " t.handed_over_by, t.charged_total, t.charge_mode, t.receipt_id, r.invoice_code, r.number," \
  " t.deposit_refunded" \
  " FROM repair_tickets t JOIN operators tech ON tech.id = t.technician_id" \
  " LEFT JOIN receipts r ON r.id = t.receipt_id"

#define BATCH_SELECT \
  "SELECT b.id, b.batch_no, b.dispatch_day, b.sent_at, b.sent_by, o.display_name, b.courier," \
  " b.waybill, (SELECT count (*) FROM repair_batch_items i WHERE i.batch_id = b.id)," \
  " (SELECT count (*) FROM repair_batch_items i WHERE i.batch_id = b.id" \
  "   AND i.returned_at IS NOT NULL)" \
  " FROM repair_batches b JOIN operators o ON o.id = b.sent_by"

static HkRepairStatus
status_from_text (const char *text)
{
  HkRepairStatus status = HK_REPAIR_RECEIVED;

  if (!hk_repair_status_from_id (text, &status))
    g_warning ("Unknown repair status “%s” in the database", text);

  return status;
}

static HkRepairTicket *
ticket_from_row (HkStatement *stmt,
                 const char  *today)
{
  HkRepairTicketData data = { 0 };
  const char *mode = hk_statement_get_text (stmt, 34);

  data.id = hk_statement_get_int64 (stmt, 0);
  data.ticket_no = hk_statement_dup_text (stmt, 1);
  data.intake_day = hk_statement_dup_text (stmt, 2);
  data.received_at = hk_statement_get_int64 (stmt, 3);
  data.received_by = hk_statement_get_int64 (stmt, 4);
  data.customer_name = hk_statement_dup_text (stmt, 5);
  data.customer_phone = hk_statement_dup_text (stmt, 6);
  data.brand = hk_statement_dup_text (stmt, 7);
  data.model = hk_statement_dup_text (stmt, 8);
  data.imei = hk_statement_dup_text (stmt, 9);
  data.accessories = hk_statement_get_int64 (stmt, 10);
  data.conditions = hk_statement_get_int64 (stmt, 11);
  data.condition_note = hk_statement_dup_text (stmt, 12);
  data.fault = hk_statement_dup_text (stmt, 13);
  hk_repair_warranty_from_id (hk_statement_get_text (stmt, 14), &data.warranty);
  data.warranty_proof = hk_statement_dup_text (stmt, 15);
  data.estimated_fee = hk_statement_get_int64 (stmt, 16);
  data.deposit = hk_statement_get_int64 (stmt, 17);
  data.promised_day = hk_statement_dup_text (stmt, 18);
  data.technician_id = hk_statement_get_int64 (stmt, 19);
  data.technician_name = hk_statement_dup_text (stmt, 20);
  data.status = status_from_text (hk_statement_get_text (stmt, 21));
  data.status_at = hk_statement_get_int64 (stmt, 22);
  data.batch_no = hk_statement_dup_text (stmt, 23);
  data.fee_total = hk_statement_get_int64 (stmt, 24);
  data.n_callbacks = (guint)hk_statement_get_int64 (stmt, 25);
  data.last_callback_at = hk_statement_get_int64 (stmt, 26);
  data.collected_by = hk_statement_dup_text (stmt, 27);
  data.id_checked = hk_statement_get_int64 (stmt, 28) != 0;
  data.accessories_returned = hk_statement_get_int64 (stmt, 29);
  data.handover_note = hk_statement_dup_text (stmt, 30);
  data.handed_over_at = hk_statement_get_int64 (stmt, 31);
  data.handed_over_by = hk_statement_get_int64 (stmt, 32);
  data.charged_total = hk_statement_get_int64 (stmt, 33);
  data.charge_mode = g_strcmp0 (mode, "shift") == 0 ? HK_REPAIR_CHARGE_SHIFT
                     : g_strcmp0 (mode, "clerk-receipt") == 0 ? HK_REPAIR_CHARGE_CLERK_RECEIPT
                     : HK_REPAIR_CHARGE_NONE;
  data.receipt_id = hk_statement_get_int64 (stmt, 35);
  if (!hk_statement_is_null (stmt, 36))
    data.receipt_no = g_strdup_printf ("%s-%08lld", hk_statement_get_text (stmt, 36),
                                       (long long)hk_statement_get_int64 (stmt, 37));
  data.deposit_refunded = hk_statement_get_int64 (stmt, 38);
  data.overdue = hk_repair_status_can_be_overdue (data.status) &&
                 g_strcmp0 (data.promised_day, today) < 0;

  return hk_repair_ticket_new_take (&data);
}

static HkRepairBatch *
batch_from_row (HkStatement *stmt)
{
  HkRepairBatchData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.batch_no = hk_statement_dup_text (stmt, 1);
  data.dispatch_day = hk_statement_dup_text (stmt, 2);
  data.sent_at = hk_statement_get_int64 (stmt, 3);
  data.sent_by = hk_statement_get_int64 (stmt, 4);
  data.sent_by_name = hk_statement_dup_text (stmt, 5);
  data.courier = hk_statement_dup_text (stmt, 6);
  data.waybill = hk_statement_dup_text (stmt, 7);
  data.n_items = (guint)hk_statement_get_int64 (stmt, 8);
  data.n_returned = (guint)hk_statement_get_int64 (stmt, 9);

  return hk_repair_batch_new_take (&data);
}

static char *
today (HkRepairStore *self)
{
  return hk_hall_store_format_day (self->hall, hk_database_get_now (self->database));
}

/* "20261021" from "2026-10-21", for ticket and batch numbers. */
static char *
compact_day (const char *day)
{
  GString *compact = g_string_new (NULL);

  for (const char *p = day; *p != '\0'; p++)
    if (*p != '-')
      g_string_append_c (compact, *p);

  return g_string_free (compact, FALSE);
}

static void
hk_repair_store_finalize (GObject *object)
{
  HkRepairStore *self = (HkRepairStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->hall);
  g_clear_object (&self->receipts);
  g_clear_object (&self->parts);

  G_OBJECT_CLASS (hk_repair_store_parent_class)->finalize (object);
}

static void
hk_repair_store_class_init (HkRepairStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_repair_store_finalize;

  /**
   * HkRepairStore::changed:
   * @ticket_id: the ticket that changed, or 0 when several did (a dispatch batch)
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
hk_repair_store_init (HkRepairStore *self)
{
}

HkRepairStore *
hk_repair_store_new (HkDatabase        *database,
                     HkHallStore       *hall,
                     HkReceiptStore    *receipts,
                     HkRepairPartStore *parts)
{
  HkRepairStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);
  g_return_val_if_fail (HK_IS_RECEIPT_STORE (receipts), NULL);
  g_return_val_if_fail (HK_IS_REPAIR_PART_STORE (parts), NULL);

  self = g_object_new (HK_TYPE_REPAIR_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);
  self->receipts = g_object_ref (receipts);
  self->parts = g_object_ref (parts);

  return self;
}

void
hk_repair_custody_free (HkRepairCustody *custody)
{
  if (custody == NULL)
    return;

  g_free (custody->day);
  g_clear_pointer (&custody->devices, g_ptr_array_unref);
  g_clear_pointer (&custody->parts, g_ptr_array_unref);
  g_free (custody);
}

static void
custody_device_free (HkRepairCustodyDevice *device)
{
  g_free (device->ticket_no);
  g_free (device->device);
  g_free (device->imei);
  g_free (device);
}

static void
custody_part_free (HkRepairCustodyPart *part)
{
  g_free (part->code);
  g_free (part->name);
  g_free (part);
}

/* ---- reading ---- */

/* Runs @stmt (its ?1 bound to today by the caller) and collects the tickets. */
static GPtrArray *
collect_tickets (HkStatement  *stmt,
                 const char   *day,
                 GError      **error)
{
  g_autoptr(GPtrArray) tickets = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (tickets, ticket_from_row (stmt, day));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&tickets);
}

HkRepairTicket *
hk_repair_store_lookup (HkRepairStore  *self,
                        gint64          ticket_id,
                        GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *day = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database, TICKET_SELECT " WHERE t.id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, ticket_id);
  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no repair ticket number %lld."), (long long)ticket_id);
      return NULL;
    }

  day = today (self);
  return ticket_from_row (stmt, day);
}

/**
 * hk_repair_store_lookup_number:
 * @ticket_no: "R20261021-0007"; case and blanks around it do not matter
 *
 * Returns: (transfer full): the ticket, or %NULL with %HK_ERROR_NOT_FOUND
 */
HkRepairTicket *
hk_repair_store_lookup_number (HkRepairStore  *self,
                               const char     *ticket_no,
                               GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *day = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (ticket_no != NULL, NULL);

  copy = g_strdup (ticket_no);
  clean = g_ascii_strup (g_strstrip (copy), -1);

  if (!(stmt = hk_database_prepare (self->database, TICKET_SELECT " WHERE t.ticket_no = ?1",
                                    error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, clean);
  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        {
          g_autofree char *shown = g_utf8_make_valid (clean, -1);

          g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                       _("There is no repair ticket %s."), shown);
        }
      return NULL;
    }

  day = today (self);
  return ticket_from_row (stmt, day);
}

/* "%text%" for LIKE, with the wildcards of @text escaped by '\'. */
static char *
like_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');

  return g_string_free (pattern, FALSE);
}

/**
 * hk_repair_store_list:
 * @filter: (nullable): which tickets; %NULL for all
 *
 * The search matches a part of the ticket number, the customer's phone number, the IMEI or
 * the customer's name.
 *
 * Returns: (transfer full) (element-type HkRepairTicket): the tickets, newest first
 */
GPtrArray *
hk_repair_store_list (HkRepairStore         *self,
                      const HkRepairFilter  *filter,
                      GError               **error)
{
  static const HkRepairFilter everything = { 0 };
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) tickets = NULL;
  g_autofree char *day = NULL;
  g_autofree char *search = NULL;
  g_autofree char *pattern = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);

  if (filter == NULL)
    filter = &everything;

  if (!(stmt = hk_database_prepare (self->database,
                                    TICKET_SELECT
                                    " WHERE (?1 IS NULL OR t.ticket_no LIKE ?1 ESCAPE '\\'"
                                    "  OR t.customer_phone LIKE ?1 ESCAPE '\\'"
                                    "  OR t.imei LIKE ?1 ESCAPE '\\'"
                                    "  OR t.customer_name LIKE ?1 ESCAPE '\\')"
                                    " AND (?2 IS NULL OR t.intake_day >= ?2)"
                                    " AND (?3 IS NULL OR t.intake_day <= ?3)"
                                    " AND (?4 = 0 OR t.technician_id = ?4)"
                                    " ORDER BY t.received_at DESC, t.id DESC", error)))
    return NULL;

  search = g_strstrip (g_strdup (filter->search != NULL ? filter->search : ""));
  if (*search != '\0')
    pattern = like_pattern (search);

  hk_statement_bind_text (stmt, 1, pattern);
  hk_statement_bind_text (stmt, 2, filter->first_day);
  hk_statement_bind_text (stmt, 3, filter->last_day);
  hk_statement_bind_int64 (stmt, 4, filter->technician_id);

  day = today (self);
  if (!(tickets = collect_tickets (stmt, day, error)))
    return NULL;

  /* Status and lateness are few and cheap to test here. */
  for (guint i = tickets->len; i > 0; i--)
    {
      HkRepairTicket *ticket = g_ptr_array_index (tickets, i - 1);

      if ((filter->status_mask != 0 &&
           !(filter->status_mask & (1u << hk_repair_ticket_get_status (ticket)))) ||
          (filter->overdue_only && !hk_repair_ticket_get_overdue (ticket)))
        g_ptr_array_remove_index (tickets, i - 1);
    }

  return g_steal_pointer (&tickets);
}

/**
 * hk_repair_store_list_callbacks:
 *
 * The customer callback list: devices ready for pickup, or not repaired, that are not yet
 * collected, the longest waiting first.
 *
 * Returns: (transfer full) (element-type HkRepairTicket): the tickets
 */
GPtrArray *
hk_repair_store_list_callbacks (HkRepairStore  *self,
                                GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    TICKET_SELECT " WHERE t.status IN ('ready', 'unrepaired')"
                                    " ORDER BY t.status_at, t.id", error)))
    return NULL;

  day = today (self);
  return collect_tickets (stmt, day, error);
}

/**
 * hk_repair_store_history:
 * @imei: the device's IMEI; blanks and dashes are ignored
 *
 * Returns: (transfer full) (element-type HkRepairTicket): every repair of that device,
 *   newest first; empty for a device never seen
 */
GPtrArray *
hk_repair_store_history (HkRepairStore  *self,
                         const char     *imei,
                         GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (imei != NULL, NULL);

  clean = hk_imei_normalize (imei);

  if (!(stmt = hk_database_prepare (self->database,
                                    TICKET_SELECT " WHERE t.imei = ?1"
                                    " ORDER BY t.received_at DESC, t.id DESC", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, clean);

  day = today (self);
  return collect_tickets (stmt, day, error);
}

/**
 * hk_repair_store_get_events:
 *
 * Returns: (transfer full) (element-type HkRepairEvent): the ticket's timeline, oldest first
 */
GPtrArray *
hk_repair_store_get_events (HkRepairStore  *self,
                            gint64          ticket_id,
                            GError        **error)
{
  static const char * const kinds[] = { "intake", "status", "dispatch", "return", "handover",
                                        "fee", "fee-void", "callback" };
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) events =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_repair_event_free);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT e.id, e.at, e.by, o.display_name, e.kind,"
                                    " e.from_status, e.to_status, e.batch_id, b.batch_no, e.note"
                                    " FROM repair_events e JOIN operators o ON o.id = e.by"
                                    " LEFT JOIN repair_batches b ON b.id = e.batch_id"
                                    " WHERE e.ticket_id = ?1 ORDER BY e.at, e.id", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, ticket_id);

  while (hk_statement_step (stmt, &local_error))
    {
      HkRepairEvent *event = g_new0 (HkRepairEvent, 1);
      const char *kind = hk_statement_get_text (stmt, 4);

      event->id = hk_statement_get_int64 (stmt, 0);
      event->ticket_id = ticket_id;
      event->at = hk_statement_get_int64 (stmt, 1);
      event->by = hk_statement_get_int64 (stmt, 2);
      event->by_name = hk_statement_dup_text (stmt, 3);
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        if (g_strcmp0 (kind, kinds[i]) == 0)
          event->kind = (HkRepairEventKind)i;
      event->has_from = hk_repair_status_from_id (hk_statement_get_text (stmt, 5),
                                                  &event->from_status);
      event->has_to = hk_repair_status_from_id (hk_statement_get_text (stmt, 6),
                                                &event->to_status);
      event->batch_id = hk_statement_get_int64 (stmt, 7);
      event->batch_no = hk_statement_dup_text (stmt, 8);
      event->note = hk_statement_dup_text (stmt, 9);
      g_ptr_array_add (events, event);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&events);
}

/**
 * hk_repair_store_get_fee_lines:
 *
 * Returns: (transfer full) (element-type HkRepairFeeLine): the ticket's fee lines, voided
 *   ones included, in the order they were added
 */
GPtrArray *
hk_repair_store_get_fee_lines (HkRepairStore  *self,
                               gint64          ticket_id,
                               GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) lines =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_repair_fee_line_free);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT l.id, l.kind, l.fee_item_id, f.code, f.name,"
                                    " l.part_id, p.code, l.quantity, l.unit_price, l.amount,"
                                    " l.added_at, l.added_by, l.voided_at, l.voided_by,"
                                    " l.void_reason"
                                    " FROM repair_fee_lines l"
                                    " JOIN fee_items f ON f.id = l.fee_item_id"
                                    " LEFT JOIN repair_parts p ON p.id = l.part_id"
                                    " WHERE l.ticket_id = ?1 ORDER BY l.id", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, ticket_id);

  while (hk_statement_step (stmt, &local_error))
    {
      HkRepairFeeLine *line = g_new0 (HkRepairFeeLine, 1);

      line->id = hk_statement_get_int64 (stmt, 0);
      line->ticket_id = ticket_id;
      hk_repair_fee_kind_from_id (hk_statement_get_text (stmt, 1), &line->kind);
      line->fee_item_id = hk_statement_get_int64 (stmt, 2);
      line->fee_item_code = hk_statement_dup_text (stmt, 3);
      line->fee_item_name = hk_statement_dup_text (stmt, 4);
      line->part_id = hk_statement_get_int64 (stmt, 5);
      line->part_code = hk_statement_dup_text (stmt, 6);
      line->quantity = hk_statement_get_int64 (stmt, 7);
      line->unit_price = hk_statement_get_int64 (stmt, 8);
      line->amount = hk_statement_get_int64 (stmt, 9);
      line->added_at = hk_statement_get_int64 (stmt, 10);
      line->added_by = hk_statement_get_int64 (stmt, 11);
      line->is_void = !hk_statement_is_null (stmt, 12);
      line->voided_at = hk_statement_get_int64 (stmt, 12);
      line->voided_by = hk_statement_get_int64 (stmt, 13);
      line->void_reason = hk_statement_dup_text (stmt, 14);
      g_ptr_array_add (lines, line);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&lines);
}

/**
 * hk_repair_store_list_batches:
 * @first_day: (nullable): dispatch day from
 * @last_day: (nullable): dispatch day to
 *
 * Returns: (transfer full) (element-type HkRepairBatch): the dispatch batches, newest first
 */
GPtrArray *
hk_repair_store_list_batches (HkRepairStore  *self,
                              const char     *first_day,
                              const char     *last_day,
                              GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) batches = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    BATCH_SELECT
                                    " WHERE (?1 IS NULL OR b.dispatch_day >= ?1)"
                                    " AND (?2 IS NULL OR b.dispatch_day <= ?2)"
                                    " ORDER BY b.sent_at DESC, b.id DESC", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, first_day);
  hk_statement_bind_text (stmt, 2, last_day);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (batches, batch_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&batches);
}

static HkRepairBatch *
lookup_batch_where (HkRepairStore  *self,
                    const char     *sql,
                    const char     *batch_no,
                    gint64          batch_id,
                    GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  if (batch_no != NULL)
    hk_statement_bind_text (stmt, 1, batch_no);
  else
    hk_statement_bind_int64 (stmt, 1, batch_id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else if (batch_no != NULL)
        {
          g_autofree char *shown = g_utf8_make_valid (batch_no, -1);

          g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                       _("There is no dispatch batch %s."), shown);
        }
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no dispatch batch number %lld."), (long long)batch_id);
      return NULL;
    }

  return batch_from_row (stmt);
}

/**
 * hk_repair_store_lookup_batch:
 * @batch_no: "S20261021-01"; case and blanks around it do not matter
 *
 * Returns: (transfer full): the batch, or %NULL with %HK_ERROR_NOT_FOUND
 */
HkRepairBatch *
hk_repair_store_lookup_batch (HkRepairStore  *self,
                              const char     *batch_no,
                              GError        **error)
{
  g_autofree char *copy = NULL;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (batch_no != NULL, NULL);

  copy = g_strdup (batch_no);
  clean = g_ascii_strup (g_strstrip (copy), -1);

  return lookup_batch_where (self, BATCH_SELECT " WHERE b.batch_no = ?1", clean, 0, error);
}

HkRepairBatch *
hk_repair_store_lookup_batch_by_id (HkRepairStore  *self,
                                    gint64          batch_id,
                                    GError        **error)
{
  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);

  return lookup_batch_where (self, BATCH_SELECT " WHERE b.id = ?1", NULL, batch_id, error);
}

/**
 * hk_repair_store_get_batch_items:
 *
 * Returns: (transfer full) (element-type HkRepairBatchItem): the batch's tickets in the order
 *   they were listed, with what came back
 */
GPtrArray *
hk_repair_store_get_batch_items (HkRepairStore  *self,
                                 gint64          batch_id,
                                 GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) items =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_repair_batch_item_free);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT i.ticket_id, i.position, t.ticket_no, t.brand,"
                                    " t.model, t.imei, t.fault, t.warranty, i.returned_at,"
                                    " i.returned_by, i.city_repaired, i.city_report"
                                    " FROM repair_batch_items i"
                                    " JOIN repair_tickets t ON t.id = i.ticket_id"
                                    " WHERE i.batch_id = ?1 ORDER BY i.position", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, batch_id);

  while (hk_statement_step (stmt, &local_error))
    {
      HkRepairBatchItem *item = g_new0 (HkRepairBatchItem, 1);

      item->batch_id = batch_id;
      item->ticket_id = hk_statement_get_int64 (stmt, 0);
      item->position = (guint)hk_statement_get_int64 (stmt, 1);
      item->ticket_no = hk_statement_dup_text (stmt, 2);
      item->brand = hk_statement_dup_text (stmt, 3);
      item->model = hk_statement_dup_text (stmt, 4);
      item->imei = hk_statement_dup_text (stmt, 5);
      item->fault = hk_statement_dup_text (stmt, 6);
      hk_repair_warranty_from_id (hk_statement_get_text (stmt, 7), &item->warranty);
      item->returned_at = hk_statement_get_int64 (stmt, 8);
      item->returned_by = hk_statement_get_int64 (stmt, 9);
      item->city_repaired = hk_statement_get_int64 (stmt, 10) != 0;
      item->city_report = hk_statement_dup_text (stmt, 11);
      g_ptr_array_add (items, item);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/* ---- custody ---- */

static gboolean
custody_devices (HkRepairStore    *self,
                 HkRepairCustody  *custody,
                 gint64            end,
                 gint64            start,
                 GError          **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  /* Each ticket received by the end of the day, with its last status before the end. */
  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT t.id, t.ticket_no, t.brand || ' ' || t.model, t.imei,"
                                    " t.promised_day,"
                                    " (SELECT e.to_status FROM repair_events e"
                                    "   WHERE e.ticket_id = t.id AND e.to_status IS NOT NULL"
                                    "   AND e.at < ?1 ORDER BY e.at DESC, e.id DESC LIMIT 1),"
                                    " coalesce (t.handed_over_at, 0)"
                                    " FROM repair_tickets t WHERE t.received_at < ?1"
                                    " AND (t.handed_over_at IS NULL OR t.handed_over_at >= ?2)"
                                    " ORDER BY t.ticket_no", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, end);
  hk_statement_bind_int64 (stmt, 2, start);

  while (hk_statement_step (stmt, &local_error))
    {
      HkRepairStatus status = status_from_text (hk_statement_get_text (stmt, 5));
      HkRepairCustodyDevice *device;

      custody->n_by_status[status]++;
      if (hk_repair_status_is_final (status))
        continue;

      device = g_new0 (HkRepairCustodyDevice, 1);
      device->ticket_id = hk_statement_get_int64 (stmt, 0);
      device->ticket_no = hk_statement_dup_text (stmt, 1);
      device->device = hk_statement_dup_text (stmt, 2);
      device->imei = hk_statement_dup_text (stmt, 3);
      device->status = status;
      device->overdue = hk_repair_status_can_be_overdue (status) &&
                        g_strcmp0 (hk_statement_get_text (stmt, 4), custody->day) < 0;
      g_ptr_array_add (custody->devices, device);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
custody_cash (HkRepairStore    *self,
              HkRepairCustody  *custody,
              gint64            start,
              gint64            end,
              GError          **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  /* ?1, ?2: the day's first second and the next day's. */
  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT"
                                    " coalesce (sum (CASE WHEN received_at >= ?1"
                                    "   THEN deposit END), 0),"
                                    " coalesce (sum (CASE WHEN handed_over_at >= ?1"
                                    "   AND handed_over_at < ?2"
                                    "   THEN deposit - deposit_refunded END), 0),"
                                    " coalesce (sum (CASE WHEN handed_over_at >= ?1"
                                    "   AND handed_over_at < ?2 THEN deposit_refunded END), 0),"
                                    " coalesce (sum (CASE WHEN handed_over_at IS NULL"
                                    "   OR handed_over_at >= ?2 THEN deposit END), 0),"
                                    " coalesce (sum (CASE WHEN handed_over_at >= ?1"
                                    "   AND handed_over_at < ?2 AND charge_mode = 'shift'"
                                    "   THEN charged_total END), 0),"
                                    " coalesce (sum (CASE WHEN handed_over_at >= ?1"
                                    "   AND handed_over_at < ?2 AND charge_mode = 'clerk-receipt'"
                                    "   THEN charged_total END), 0)"
                                    " FROM repair_tickets WHERE received_at < ?2", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, start);
  hk_statement_bind_int64 (stmt, 2, end);

  if (!hk_statement_step (stmt, error))
    return FALSE;

  custody->deposits_taken = hk_statement_get_int64 (stmt, 0);
  custody->deposits_applied = hk_statement_get_int64 (stmt, 1);
  custody->deposits_refunded = hk_statement_get_int64 (stmt, 2);
  custody->deposits_held = hk_statement_get_int64 (stmt, 3);
  custody->charged_on_shift = hk_statement_get_int64 (stmt, 4);
  custody->charged_by_clerks = hk_statement_get_int64 (stmt, 5);

  return TRUE;
}

static gboolean
custody_parts (HkRepairStore    *self,
               HkRepairCustody  *custody,
               gint64            start,
               gint64            end,
               GError          **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT p.id, p.code, p.name,"
                                    " coalesce (sum (CASE WHEN m.at < ?1 THEN m.quantity END), 0),"
                                    " coalesce (sum (CASE WHEN m.at >= ?1 AND m.kind = 'received'"
                                    "   THEN m.quantity END), 0),"
                                    " coalesce (sum (CASE WHEN m.at >= ?1 AND m.kind IN ('used',"
                                    "   'put-back') THEN -m.quantity END), 0),"
                                    " coalesce (sum (CASE WHEN m.at >= ?1 AND m.kind = 'count'"
                                    "   THEN m.quantity END), 0),"
                                    " coalesce (sum (m.quantity), 0),"
                                    " count (CASE WHEN m.at >= ?1 AND m.kind = 'count' THEN 1 END)"
                                    " FROM repair_parts p LEFT JOIN repair_part_movements m"
                                    "   ON m.part_id = p.id AND m.at < ?2"
                                    " WHERE p.created_at < ?2"
                                    " GROUP BY p.id ORDER BY p.code", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, start);
  hk_statement_bind_int64 (stmt, 2, end);

  while (hk_statement_step (stmt, &local_error))
    {
      HkRepairCustodyPart *part = g_new0 (HkRepairCustodyPart, 1);

      part->part_id = hk_statement_get_int64 (stmt, 0);
      part->code = hk_statement_dup_text (stmt, 1);
      part->name = hk_statement_dup_text (stmt, 2);
      part->opening = hk_statement_get_int64 (stmt, 3);
      part->received = hk_statement_get_int64 (stmt, 4);
      part->used = hk_statement_get_int64 (stmt, 5);
      part->adjusted = hk_statement_get_int64 (stmt, 6);
      part->closing = hk_statement_get_int64 (stmt, 7);
      part->counted = hk_statement_get_int64 (stmt, 8) > 0;
      g_ptr_array_add (custody->parts, part);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_repair_store_get_custody:
 * @day: "YYYY-MM-DD"
 *
 * What the repair desk holds at the end of @day, for the technician's handover: the devices
 * in the hall and at the city company with their status then, the devices collected that
 * day, the deposits and fees of the day, and each part's stock over the day.
 *
 * Returns: (transfer full): the custody, or %NULL with @error set
 */
HkRepairCustody *
hk_repair_store_get_custody (HkRepairStore  *self,
                             const char     *day,
                             GError        **error)
{
  g_autoptr(HkRepairCustody) custody = NULL;
  gint64 start = 0;
  gint64 end = 0;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  if (!hk_hall_store_parse_day (self->hall, day, &start, &end, error))
    return NULL;

  custody = g_new0 (HkRepairCustody, 1);
  custody->day = g_strdup (day);
  custody->devices = g_ptr_array_new_with_free_func ((GDestroyNotify)custody_device_free);
  custody->parts = g_ptr_array_new_with_free_func ((GDestroyNotify)custody_part_free);

  if (!custody_devices (self, custody, end, start, error) ||
      !custody_cash (self, custody, start, end, error) ||
      !custody_parts (self, custody, start, end, error))
    return NULL;

  return g_steal_pointer (&custody);
}

/* ---- writing: helpers ---- */

static gboolean
insert_event (HkRepairStore   *self,
              HkOperator      *actor,
              gint64           ticket_id,
              const char      *kind,
              int              from,
              int              to,
              gint64           batch_id,
              const char      *note,
              GError         **error)
{
  g_autoptr(HkStatement) insert = NULL;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO repair_events (ticket_id, at, by, kind,"
                                      " from_status, to_status, batch_id, note)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error)))
    return FALSE;

  hk_statement_bind_int64 (insert, 1, ticket_id);
  hk_statement_bind_int64 (insert, 2, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 3, hk_operator_get_id (actor));
  hk_statement_bind_text (insert, 4, kind);
  hk_statement_bind_text (insert, 5, from >= 0 ? hk_repair_status_to_id (from) : NULL);
  hk_statement_bind_text (insert, 6, to >= 0 ? hk_repair_status_to_id (to) : NULL);
  if (batch_id != 0)
    hk_statement_bind_int64 (insert, 7, batch_id);
  else
    hk_statement_bind_null (insert, 7);
  hk_statement_bind_text (insert, 8, note != NULL && *note != '\0' ? note : NULL);

  return hk_statement_run (insert, error);
}

static gboolean
update_status (HkRepairStore   *self,
               gint64           ticket_id,
               HkRepairStatus   status,
               GError         **error)
{
  g_autoptr(HkStatement) update = NULL;

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE repair_tickets SET status = ?2, status_at = ?3"
                                      " WHERE id = ?1", error)))
    return FALSE;

  hk_statement_bind_int64 (update, 1, ticket_id);
  hk_statement_bind_text (update, 2, hk_repair_status_to_id (status));
  hk_statement_bind_int64 (update, 3, hk_database_get_now (self->database));

  return hk_statement_run (update, error);
}

/* Commits @tx with its audit entry, tells the lists, and reads the ticket back. */
static HkRepairTicket *
finish_write (HkRepairStore  *self,
              HkTransaction  *tx,
              HkOperator     *actor,
              gint64          ticket_id,
              const char     *action,
              const char     *summary,
              GError        **error)
{
  if (!hk_audit_log_append (self->database, actor, action, "repair_ticket", ticket_id, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, ticket_id);

  return hk_repair_store_lookup (self, ticket_id, error);
}

/* The refusal of a move that hk_repair_status_get_move() does not allow, or allows only
 * through another function than the caller's (@through). */
static gboolean
check_move (HkRepairTicket  *ticket,
            HkRepairStatus   to,
            HkRepairMove     through,
            GError         **error)
{
  HkRepairStatus from = hk_repair_ticket_get_status (ticket);
  HkRepairMove move = hk_repair_status_get_move (from, to);
  const char *number = hk_repair_ticket_get_ticket_no (ticket);

  if (move == through)
    return TRUE;

  switch (move)
    {
    case HK_REPAIR_MOVE_DISPATCH:
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Ticket %s goes to the city company only in a dispatch batch."), number);
      break;
    case HK_REPAIR_MOVE_RETURN:
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Ticket %s comes back from the city company only by receiving it from its "
                     "batch, with the company’s report."), number);
      break;
    case HK_REPAIR_MOVE_HANDOVER:
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Ticket %s is closed only by handing the device to the customer."), number);
      break;
    case HK_REPAIR_MOVE_STATUS:
    case HK_REPAIR_MOVE_NONE:
    default:
      if (hk_repair_status_is_final (from))
        g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                     _("Ticket %s is closed: the device was handed over (%s)."), number,
                     hk_repair_status_get_title (from));
      else
        /* Translators: "Ticket R20261021-0007 is Received: it cannot go to Ready for pickup." */
        g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                     _("Ticket %s is %s: it cannot go to %s."), number,
                     hk_repair_status_get_title (from), hk_repair_status_get_title (to));
      break;
    }

  return FALSE;
}

/* Text that must be there: stripped, at most @max characters. */
static gboolean
required_text (const char  *text,
               guint        max,
               const char  *empty_message,
               char       **clean,
               GError     **error)
{
  if (!hk_repair_clean_text (text, max, clean, error))
    return FALSE;

  if (**clean == '\0')
    {
      g_clear_pointer (clean, g_free);
      g_set_error_literal (error, HK_ERROR, HK_ERROR_INVALID, empty_message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_amount (gint64       fen,
                 const char  *message,
                 GError     **error)
{
  if (fen >= 0 && fen <= HK_CASH_DESK_MAX_AMOUNT)
    return TRUE;

  g_set_error_literal (error, HK_ERROR, HK_ERROR_INVALID, message);
  return FALSE;
}

/* The active technician who will repair the device. */
static gboolean
require_technician (HkRepairStore  *self,
                    gint64          operator_id,
                    GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT 1 FROM operators o"
                                    " JOIN operator_roles r ON r.operator_id = o.id"
                                    " WHERE o.id = ?1 AND o.active = 1"
                                    " AND r.role = 'technician'", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, operator_id);
  if (hk_statement_step (stmt, &local_error))
    return TRUE;

  if (local_error != NULL)
    g_propagate_error (error, local_error);
  else
    g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                 _("The ticket’s technician must be an active operator with the Repair "
                   "technician role."));
  return FALSE;
}

/* The next number of a day's sequence in @table (repair_tickets, repair_batches). */
static gboolean
next_day_seq (HkRepairStore  *self,
              const char     *sql,
              const char     *day,
              gint64         *seq,
              GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return FALSE;

  hk_statement_bind_text (stmt, 1, day);
  if (!hk_statement_step (stmt, error))
    return FALSE;

  *seq = hk_statement_get_int64 (stmt, 0) + 1;
  return TRUE;
}

/* ---- intake ---- */

/**
 * hk_repair_store_intake:
 * @actor: a technician
 * @intake: what was recorded at the desk
 *
 * Registers a device for repair under the next ticket number of today.
 *
 * Returns: (transfer full): the ticket, or %NULL with @error set and nothing written; a bad
 *   IMEI is an %HK_IMEI_ERROR naming the reason
 */
HkRepairTicket *
hk_repair_store_intake (HkRepairStore         *self,
                        HkOperator            *actor,
                        const HkRepairIntake  *intake,
                        GError               **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *folded_phone = NULL;
  g_autofree char *brand = NULL;
  g_autofree char *model = NULL;
  g_autofree char *imei = NULL;
  g_autofree char *condition_note = NULL;
  g_autofree char *fault = NULL;
  g_autofree char *proof = NULL;
  g_autofree char *day = NULL;
  g_autofree char *compact = NULL;
  g_autofree char *ticket_no = NULL;
  g_autofree char *summary = NULL;
  gint64 technician_id;
  gint64 seq = 0;
  gint64 ticket_id;
  gint64 now;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (intake != NULL, NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_TECHNICIAN,
                              _("Registering a repair"), error))
    return NULL;

  folded_phone = hk_input_fold_digits (intake->customer_phone);
  if (!required_text (intake->customer_name, HK_REPAIR_NAME_MAX_LENGTH,
                      _("Give the customer’s name."), &name, error) ||
      !required_text (folded_phone, 20, _("Give the customer’s phone number."), &phone,
                      error))
    return NULL;

  if (!hk_privacy_phone_is_valid (phone))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("“%s” is not a phone number."), phone);
      return NULL;
    }

  if (!required_text (intake->brand, HK_REPAIR_NAME_MAX_LENGTH, _("Give the device’s brand."),
                      &brand, error) ||
      !required_text (intake->model, HK_REPAIR_NAME_MAX_LENGTH, _("Give the device’s model."),
                      &model, error))
    return NULL;

  imei = hk_imei_normalize (intake->imei != NULL ? intake->imei : "");
  if (!hk_imei_validate (imei, -1, error))
    return NULL;

  if ((intake->accessories & ~HK_REPAIR_ACCESSORY_ALL) != 0 ||
      (intake->conditions & ~HK_REPAIR_CONDITION_ALL) != 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Unknown accessory or condition."));
      return NULL;
    }

  if (!hk_repair_clean_text (intake->condition_note, HK_REPAIR_TEXT_MAX_LENGTH, &condition_note,
                             error) ||
      !required_text (intake->fault, HK_REPAIR_TEXT_MAX_LENGTH,
                      _("Describe the fault as the customer tells it."), &fault, error) ||
      !hk_repair_clean_text (intake->warranty_proof, HK_REPAIR_NAME_MAX_LENGTH * 2, &proof,
                             error))
    return NULL;

  if ((guint)intake->warranty > HK_REPAIR_WARRANTY_OUT)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Unknown warranty state."));
      return NULL;
    }

  if (intake->warranty == HK_REPAIR_WARRANTY_IN && *proof == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A repair in warranty needs its proof: the invoice or the warranty card."));
      return NULL;
    }

  if (!validate_amount (intake->estimated_fee,
                        _("The estimated fee is out of range."), error) ||
      !validate_amount (intake->deposit, _("The deposit is out of range."), error))
    return NULL;

  now = hk_database_get_now (self->database);
  day = today (self);

  if (intake->promised_day == NULL ||
      !hk_hall_store_parse_day (self->hall, intake->promised_day, NULL, NULL, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the day the repair is promised."));
      return NULL;
    }

  if (strcmp (intake->promised_day, day) < 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The promised day %s is in the past."), intake->promised_day);
      return NULL;
    }

  technician_id = intake->technician_id != 0 ? intake->technician_id : hk_operator_get_id (actor);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !require_technician (self, technician_id, error) ||
      !next_day_seq (self, "SELECT coalesce (max (day_seq), 0) FROM repair_tickets"
                     " WHERE intake_day = ?1", day, &seq, error))
    return NULL;

  if (seq > MAX_TICKETS_PER_DAY)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("There are already %d repair tickets today."), MAX_TICKETS_PER_DAY);
      return NULL;
    }

  compact = compact_day (day);
  ticket_no = g_strdup_printf ("R%s-%04d", compact, (int)seq);

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO repair_tickets (ticket_no, intake_day,"
                                      " day_seq, received_at, received_by, customer_name,"
                                      " customer_phone, brand, model, imei, accessories,"
                                      " conditions, condition_note, fault, warranty,"
                                      " warranty_proof, estimated_fee, deposit, promised_day,"
                                      " technician_id, status, status_at)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                                      " ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,"
                                      " 'received', ?4)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, ticket_no);
  hk_statement_bind_text (insert, 2, day);
  hk_statement_bind_int64 (insert, 3, seq);
  hk_statement_bind_int64 (insert, 4, now);
  hk_statement_bind_int64 (insert, 5, hk_operator_get_id (actor));
  hk_statement_bind_text (insert, 6, name);
  hk_statement_bind_text (insert, 7, phone);
  hk_statement_bind_text (insert, 8, brand);
  hk_statement_bind_text (insert, 9, model);
  hk_statement_bind_text (insert, 10, imei);
  hk_statement_bind_int64 (insert, 11, intake->accessories);
  hk_statement_bind_int64 (insert, 12, intake->conditions);
  hk_statement_bind_text (insert, 13, condition_note);
  hk_statement_bind_text (insert, 14, fault);
  hk_statement_bind_text (insert, 15, hk_repair_warranty_to_id (intake->warranty));
  hk_statement_bind_text (insert, 16, *proof != '\0' ? proof : NULL);
  hk_statement_bind_int64 (insert, 17, intake->estimated_fee);
  hk_statement_bind_int64 (insert, 18, intake->deposit);
  hk_statement_bind_text (insert, 19, intake->promised_day);
  hk_statement_bind_int64 (insert, 20, technician_id);

  if (!hk_statement_run (insert, error))
    return NULL;

  ticket_id = hk_database_get_last_insert_id (self->database);

  if (!insert_event (self, actor, ticket_id, "intake", -1, HK_REPAIR_RECEIVED, 0, NULL, error))
    return NULL;

  /* The audit log names the device, not the customer. */
  summary = g_strdup_printf ("registered repair %s: %s %s, IMEI %s, estimate %lld fen,"
                             " deposit %lld fen, promised %s", ticket_no, brand, model, imei,
                             (long long)intake->estimated_fee, (long long)intake->deposit,
                             intake->promised_day);

  return finish_write (self, tx, actor, ticket_id, "repair-intake", summary, error);
}

/* ---- status ---- */

/**
 * hk_repair_store_set_status:
 * @actor: a technician
 * @status: where the ticket goes: a move of kind %HK_REPAIR_MOVE_STATUS
 * @note: (nullable): what was found or done; required for %HK_REPAIR_UNREPAIRED (why not)
 *
 * Moves the ticket on, as the status machine allows; the move is on its timeline.
 *
 * Returns: (transfer full): the ticket as it is now
 */
HkRepairTicket *
hk_repair_store_set_status (HkRepairStore   *self,
                            HkOperator      *actor,
                            HkRepairTicket  *ticket,
                            HkRepairStatus   status,
                            const char      *note,
                            GError         **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkRepairTicket) current = NULL;
  g_autofree char *clean_note = NULL;
  g_autofree char *summary = NULL;
  HkRepairStatus from;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_REPAIR_TICKET (ticket), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_TECHNICIAN,
                              _("Changing a repair’s status"), error))
    return NULL;

  if ((guint)status >= HK_REPAIR_N_STATUSES)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Unknown repair status."));
      return NULL;
    }

  if (!hk_repair_clean_text (note, HK_REPAIR_TEXT_MAX_LENGTH, &clean_note, error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_repair_store_lookup (self, hk_repair_ticket_get_id (ticket), error)) ||
      !check_move (current, status, HK_REPAIR_MOVE_STATUS, error))
    return NULL;

  if (status == HK_REPAIR_UNREPAIRED && *clean_note == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Say why the device of ticket %s is not repaired."),
                   hk_repair_ticket_get_ticket_no (current));
      return NULL;
    }

  from = hk_repair_ticket_get_status (current);

  if (!update_status (self, hk_repair_ticket_get_id (current), status, error) ||
      !insert_event (self, actor, hk_repair_ticket_get_id (current), "status", from, status, 0,
                     clean_note, error))
    return NULL;

  summary = g_strdup_printf ("repair %s: %s -> %s%s%s", hk_repair_ticket_get_ticket_no (current),
                             hk_repair_status_to_id (from), hk_repair_status_to_id (status),
                             *clean_note != '\0' ? ": " : "", clean_note);

  return finish_write (self, tx, actor, hk_repair_ticket_get_id (current), "repair-status",
                       summary, error);
}

/* ---- the city company ---- */

/**
 * hk_repair_store_dispatch:
 * @actor: a technician
 * @ticket_ids: (array length=n_tickets): the tickets to send, in the order of the list
 * @courier: who carries the batch
 * @waybill: (nullable): the courier's waybill number
 *
 * Sends devices to the city company in a new dispatch batch numbered S<day>-<sequence>.
 * Each ticket must be diagnosing or repairing; all go, or none.
 *
 * Returns: (transfer full): the batch, or %NULL with @error set and nothing written
 */
HkRepairBatch *
hk_repair_store_dispatch (HkRepairStore  *self,
                          HkOperator     *actor,
                          const gint64   *ticket_ids,
                          guint           n_tickets,
                          const char     *courier,
                          const char     *waybill,
                          GError        **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(GString) numbers = g_string_new (NULL);
  g_autofree char *clean_courier = NULL;
  g_autofree char *clean_waybill = NULL;
  g_autofree char *day = NULL;
  g_autofree char *compact = NULL;
  g_autofree char *batch_no = NULL;
  g_autofree char *summary = NULL;
  gint64 seq = 0;
  gint64 batch_id;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (ticket_ids != NULL || n_tickets == 0, NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_TECHNICIAN,
                              _("Sending repairs to the city company"), error))
    return NULL;

  if (n_tickets == 0 || n_tickets > HK_REPAIR_MAX_BATCH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A dispatch batch has 1 to %d tickets."), HK_REPAIR_MAX_BATCH);
      return NULL;
    }

  for (guint i = 0; i < n_tickets; i++)
    for (guint j = 0; j < i; j++)
      if (ticket_ids[i] == ticket_ids[j])
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("A ticket is listed twice in the batch."));
          return NULL;
        }

  if (!required_text (courier, HK_REPAIR_NAME_MAX_LENGTH, _("Name the courier."),
                      &clean_courier, error) ||
      !hk_repair_clean_text (waybill, HK_REPAIR_NAME_MAX_LENGTH, &clean_waybill, error))
    return NULL;

  day = today (self);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !next_day_seq (self, "SELECT coalesce (max (day_seq), 0) FROM repair_batches"
                     " WHERE dispatch_day = ?1", day, &seq, error))
    return NULL;

  if (seq > MAX_BATCHES_PER_DAY)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("There are already %d dispatch batches today."), MAX_BATCHES_PER_DAY);
      return NULL;
    }

  compact = compact_day (day);
  batch_no = g_strdup_printf ("S%s-%02d", compact, (int)seq);

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO repair_batches (batch_no, dispatch_day,"
                                      " day_seq, sent_at, sent_by, courier, waybill)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, batch_no);
  hk_statement_bind_text (insert, 2, day);
  hk_statement_bind_int64 (insert, 3, seq);
  hk_statement_bind_int64 (insert, 4, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 5, hk_operator_get_id (actor));
  hk_statement_bind_text (insert, 6, clean_courier);
  hk_statement_bind_text (insert, 7, *clean_waybill != '\0' ? clean_waybill : NULL);

  if (!hk_statement_run (insert, error))
    return NULL;

  batch_id = hk_database_get_last_insert_id (self->database);

  for (guint i = 0; i < n_tickets; i++)
    {
      g_autoptr(HkRepairTicket) current = NULL;
      g_autoptr(HkStatement) item = NULL;

      if (!(current = hk_repair_store_lookup (self, ticket_ids[i], error)) ||
          !check_move (current, HK_REPAIR_SENT_OUT, HK_REPAIR_MOVE_DISPATCH, error))
        return NULL;

      if (!(item = hk_database_prepare (self->database,
                                        "INSERT INTO repair_batch_items (batch_id, ticket_id,"
                                        " position) VALUES (?1, ?2, ?3)", error)))
        return NULL;

      hk_statement_bind_int64 (item, 1, batch_id);
      hk_statement_bind_int64 (item, 2, ticket_ids[i]);
      hk_statement_bind_int64 (item, 3, i + 1);

      if (!hk_statement_run (item, error) ||
          !update_status (self, ticket_ids[i], HK_REPAIR_SENT_OUT, error) ||
          !insert_event (self, actor, ticket_ids[i], "dispatch",
                         hk_repair_ticket_get_status (current), HK_REPAIR_SENT_OUT, batch_id,
                         NULL, error))
        return NULL;

      g_string_append_printf (numbers, "%s%s", i > 0 ? ", " : "",
                              hk_repair_ticket_get_ticket_no (current));
    }

  summary = g_strdup_printf ("sent batch %s to the city company with %u tickets (%s) by %s%s%s",
                             batch_no, n_tickets, numbers->str, clean_courier,
                             *clean_waybill != '\0' ? ", waybill " : "", clean_waybill);

  if (!hk_audit_log_append (self->database, actor, "repair-dispatch", "repair_batch", batch_id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, (gint64)0);

  return hk_repair_store_lookup_batch_by_id (self, batch_id, error);
}

/**
 * hk_repair_store_return_from_city:
 * @actor: a technician
 * @repaired: whether the city company repaired the device
 * @report: the city company's report on it
 *
 * Receives one device of its dispatch batch back from the city company.
 *
 * Returns: (transfer full): the ticket, now back from the city company
 */
HkRepairTicket *
hk_repair_store_return_from_city (HkRepairStore   *self,
                                  HkOperator      *actor,
                                  HkRepairTicket  *ticket,
                                  gboolean         repaired,
                                  const char      *report,
                                  GError         **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkRepairTicket) current = NULL;
  g_autoptr(HkStatement) batch = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *clean_report = NULL;
  g_autofree char *summary = NULL;
  gint64 batch_id;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_REPAIR_TICKET (ticket), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_TECHNICIAN,
                              _("Receiving repairs from the city company"), error))
    return NULL;

  if (!required_text (report, HK_REPAIR_TEXT_MAX_LENGTH,
                      _("Copy the city company’s report on the device."), &clean_report, error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_repair_store_lookup (self, hk_repair_ticket_get_id (ticket), error)) ||
      !check_move (current, HK_REPAIR_BACK_FROM_CITY, HK_REPAIR_MOVE_RETURN, error))
    return NULL;

  if (!(batch = hk_database_prepare (self->database,
                                     "SELECT batch_id FROM repair_batch_items"
                                     " WHERE ticket_id = ?1 AND returned_at IS NULL", error)))
    return NULL;
  hk_statement_bind_int64 (batch, 1, hk_repair_ticket_get_id (current));
  if (!hk_statement_step (batch, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                     _("Ticket %s is in no dispatch batch."),
                     hk_repair_ticket_get_ticket_no (current));
      return NULL;
    }
  batch_id = hk_statement_get_int64 (batch, 0);

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE repair_batch_items SET returned_at = ?3,"
                                      " returned_by = ?4, city_repaired = ?5, city_report = ?6"
                                      " WHERE batch_id = ?1 AND ticket_id = ?2", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, batch_id);
  hk_statement_bind_int64 (update, 2, hk_repair_ticket_get_id (current));
  hk_statement_bind_int64 (update, 3, hk_database_get_now (self->database));
  hk_statement_bind_int64 (update, 4, hk_operator_get_id (actor));
  hk_statement_bind_int64 (update, 5, repaired ? 1 : 0);
  hk_statement_bind_text (update, 6, clean_report);

  if (!hk_statement_run (update, error) ||
      !update_status (self, hk_repair_ticket_get_id (current), HK_REPAIR_BACK_FROM_CITY, error) ||
      !insert_event (self, actor, hk_repair_ticket_get_id (current), "return",
                     HK_REPAIR_SENT_OUT, HK_REPAIR_BACK_FROM_CITY, batch_id, clean_report, error))
    return NULL;

  summary = g_strdup_printf ("received repair %s back from the city company (batch %s), %s: %s",
                             hk_repair_ticket_get_ticket_no (current),
                             hk_repair_ticket_get_batch_no (current),
                             repaired ? "repaired" : "not repaired", clean_report);

  return finish_write (self, tx, actor, hk_repair_ticket_get_id (current), "repair-returned",
                       summary, error);
}

/* ---- fees ---- */

/* The ticket as it is inside @tx, refused once it is closed. */
static HkRepairTicket *
require_open_ticket (HkRepairStore   *self,
                     HkRepairTicket  *ticket,
                     GError         **error)
{
  g_autoptr(HkRepairTicket) current = NULL;

  if (!(current = hk_repair_store_lookup (self, hk_repair_ticket_get_id (ticket), error)))
    return NULL;

  if (hk_repair_status_is_final (hk_repair_ticket_get_status (current)))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Ticket %s is closed: the device was handed over (%s)."),
                   hk_repair_ticket_get_ticket_no (current),
                   hk_repair_status_get_title (hk_repair_ticket_get_status (current)));
      return NULL;
    }

  return g_steal_pointer (&current);
}

/* An active repair fee item and its tariff of @day. */
static gboolean
repair_tariff (HkRepairStore  *self,
               gint64          fee_item_id,
               const char     *day,
               gint64         *price,
               char          **code,
               char          **name,
               GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT f.code, f.name, f.category, f.active,"
                                    " (SELECT p.price FROM fee_item_prices p"
                                    "   WHERE p.fee_item_id = f.id AND p.valid_from <= ?2"
                                    "   ORDER BY p.valid_from DESC LIMIT 1)"
                                    " FROM fee_items f WHERE f.id = ?1", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, fee_item_id);
  hk_statement_bind_text (stmt, 2, day);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no fee item number %lld."), (long long)fee_item_id);
      return FALSE;
    }

  if (g_strcmp0 (hk_statement_get_text (stmt, 2), "repair") != 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The fee item %s is not a repair fee."), hk_statement_get_text (stmt, 0));
      return FALSE;
    }

  if (hk_statement_get_int64 (stmt, 3) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The fee item %s is no longer in use."), hk_statement_get_text (stmt, 0));
      return FALSE;
    }

  if (hk_statement_is_null (stmt, 4))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The fee item %s has no price on %s yet."),
                   hk_statement_get_text (stmt, 0), day);
      return FALSE;
    }

  *price = hk_statement_get_int64 (stmt, 4);
  *code = hk_statement_dup_text (stmt, 0);
  *name = hk_statement_dup_text (stmt, 1);

  return TRUE;
}

/* Adds a fee line at today's tariff; a parts line takes the part from the stock. */
static HkRepairTicket *
add_line (HkRepairStore    *self,
          HkOperator       *actor,
          HkRepairTicket   *ticket,
          HkRepairFeeKind   kind,
          gint64            fee_item_id,
          gint64            part_id,
          const char       *part_code,
          gint64            quantity,
          GError          **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkRepairTicket) current = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autofree char *day = NULL;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *amount_text = NULL;
  g_autofree char *note = NULL;
  g_autofree char *summary = NULL;
  HkRepairTicket *result;
  gint64 price = 0;
  gint64 line_id;

  if (quantity < 1 || quantity > MAX_FEE_QUANTITY)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A fee line’s quantity is 1 to %d."), MAX_FEE_QUANTITY);
      return NULL;
    }

  day = today (self);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = require_open_ticket (self, ticket, error)) ||
      !repair_tariff (self, fee_item_id, day, &price, &code, &name, error))
    return NULL;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO repair_fee_lines (ticket_id, kind,"
                                      " fee_item_id, part_id, quantity, unit_price, amount,"
                                      " added_at, added_by)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, hk_repair_ticket_get_id (current));
  hk_statement_bind_text (insert, 2, hk_repair_fee_kind_to_id (kind));
  hk_statement_bind_int64 (insert, 3, fee_item_id);
  if (part_id != 0)
    hk_statement_bind_int64 (insert, 4, part_id);
  else
    hk_statement_bind_null (insert, 4);
  hk_statement_bind_int64 (insert, 5, quantity);
  hk_statement_bind_int64 (insert, 6, price);
  hk_statement_bind_int64 (insert, 7, quantity * price);
  hk_statement_bind_int64 (insert, 8, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 9, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  line_id = hk_database_get_last_insert_id (self->database);

  if (part_id != 0 &&
      !hk_repair_part_store_take (self->parts, actor, part_id, quantity,
                                  hk_repair_ticket_get_id (current), line_id, error))
    return NULL;

  amount_text = hk_money_format (quantity * price);
  note = g_strdup_printf ("%s %s × %lld = %s", code, name, (long long)quantity, amount_text);

  if (!insert_event (self, actor, hk_repair_ticket_get_id (current), "fee", -1, -1, 0, note,
                     error))
    return NULL;

  summary = g_strdup_printf ("repair %s: %s line %lld, %s%s%s x %lld at %lld fen",
                             hk_repair_ticket_get_ticket_no (current),
                             hk_repair_fee_kind_to_id (kind), (long long)line_id, code,
                             part_code != NULL ? " for part " : "",
                             part_code != NULL ? part_code : "", (long long)quantity,
                             (long long)price);

  result = finish_write (self, tx, actor, hk_repair_ticket_get_id (current), "repair-fee-added",
                         summary, error);
  if (result != NULL && part_id != 0)
    hk_repair_part_store_emit_changed (self->parts);

  return result;
}

/**
 * hk_repair_store_add_fee:
 * @actor: a technician
 * @kind: %HK_REPAIR_FEE_DIAGNOSIS or %HK_REPAIR_FEE_LABOUR (parts: hk_repair_store_use_part())
 * @fee_item_id: an active fee item of category "repair"
 *
 * Adds a fee line at the fee item's tariff of today, to an open ticket.
 *
 * Returns: (transfer full): the ticket with its new fee total
 */
HkRepairTicket *
hk_repair_store_add_fee (HkRepairStore    *self,
                         HkOperator       *actor,
                         HkRepairTicket   *ticket,
                         HkRepairFeeKind   kind,
                         gint64            fee_item_id,
                         gint64            quantity,
                         GError          **error)
{
  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_REPAIR_TICKET (ticket), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_TECHNICIAN,
                              _("Adding a repair fee"), error))
    return NULL;

  if (kind != HK_REPAIR_FEE_DIAGNOSIS && kind != HK_REPAIR_FEE_LABOUR)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A fee line for parts is added by using the part from the stock."));
      return NULL;
    }

  return add_line (self, actor, ticket, kind, fee_item_id, 0, NULL, quantity, error);
}

/**
 * hk_repair_store_use_part:
 * @actor: a technician
 * @part_id: the part, taken from the stock
 *
 * Adds a parts fee line at the tariff of the part's fee item, and takes the parts from the
 * stock; refused when fewer are in stock.
 *
 * Returns: (transfer full): the ticket with its new fee total
 */
HkRepairTicket *
hk_repair_store_use_part (HkRepairStore   *self,
                          HkOperator      *actor,
                          HkRepairTicket  *ticket,
                          gint64           part_id,
                          gint64           quantity,
                          GError         **error)
{
  g_autoptr(HkRepairPart) part = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_REPAIR_TICKET (ticket), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_TECHNICIAN,
                              _("Using a part on a repair"), error))
    return NULL;

  if (!(part = hk_repair_part_store_lookup_by_id (self->parts, part_id, error)))
    return NULL;

  return add_line (self, actor, ticket, HK_REPAIR_FEE_PARTS, hk_repair_part_get_fee_item_id (part),
                   part_id, hk_repair_part_get_code (part), quantity, error);
}

/**
 * hk_repair_store_void_fee:
 * @actor: a technician
 * @fee_line_id: a valid fee line of @ticket
 * @reason: why
 *
 * Voids a fee line of an open ticket; the parts of a parts line go back to the stock.
 *
 * Returns: (transfer full): the ticket with its new fee total
 */
HkRepairTicket *
hk_repair_store_void_fee (HkRepairStore   *self,
                          HkOperator      *actor,
                          HkRepairTicket  *ticket,
                          gint64           fee_line_id,
                          const char      *reason,
                          GError         **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkRepairTicket) current = NULL;
  g_autoptr(HkStatement) line = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *clean_reason = NULL;
  g_autofree char *note = NULL;
  g_autofree char *summary = NULL;
  HkRepairTicket *result;
  GError *local_error = NULL;
  gint64 part_id;
  gint64 quantity;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_REPAIR_TICKET (ticket), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_TECHNICIAN,
                              _("Voiding a repair fee"), error))
    return NULL;

  if (!required_text (reason, HK_REPAIR_TEXT_MAX_LENGTH, _("Give the reason for the void."),
                      &clean_reason, error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = require_open_ticket (self, ticket, error)) ||
      !(line = hk_database_prepare (self->database,
                                    "SELECT l.part_id, l.quantity, l.voided_at, f.code, l.amount"
                                    " FROM repair_fee_lines l"
                                    " JOIN fee_items f ON f.id = l.fee_item_id"
                                    " WHERE l.id = ?1 AND l.ticket_id = ?2", error)))
    return NULL;

  hk_statement_bind_int64 (line, 1, fee_line_id);
  hk_statement_bind_int64 (line, 2, hk_repair_ticket_get_id (current));

  if (!hk_statement_step (line, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("Ticket %s has no fee line number %lld."),
                     hk_repair_ticket_get_ticket_no (current), (long long)fee_line_id);
      return NULL;
    }

  if (!hk_statement_is_null (line, 2))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Fee line %lld of ticket %s is already void."), (long long)fee_line_id,
                   hk_repair_ticket_get_ticket_no (current));
      return NULL;
    }

  part_id = hk_statement_get_int64 (line, 0);
  quantity = hk_statement_get_int64 (line, 1);

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE repair_fee_lines SET voided_at = ?2, voided_by = ?3,"
                                      " void_reason = ?4 WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, fee_line_id);
  hk_statement_bind_int64 (update, 2, hk_database_get_now (self->database));
  hk_statement_bind_int64 (update, 3, hk_operator_get_id (actor));
  hk_statement_bind_text (update, 4, clean_reason);

  if (!hk_statement_run (update, error))
    return NULL;

  if (part_id != 0 &&
      !hk_repair_part_store_put_back (self->parts, actor, part_id, quantity,
                                      hk_repair_ticket_get_id (current), fee_line_id, error))
    return NULL;

  note = g_strdup_printf ("%s × %lld: %s", hk_statement_get_text (line, 3), (long long)quantity,
                          clean_reason);
  summary = g_strdup_printf ("repair %s: voided fee line %lld (%s, %lld fen): %s",
                             hk_repair_ticket_get_ticket_no (current), (long long)fee_line_id,
                             hk_statement_get_text (line, 3),
                             (long long)hk_statement_get_int64 (line, 4), clean_reason);

  if (!insert_event (self, actor, hk_repair_ticket_get_id (current), "fee-void", -1, -1, 0, note,
                     error))
    return NULL;

  result = finish_write (self, tx, actor, hk_repair_ticket_get_id (current), "repair-fee-voided",
                         summary, error);
  if (result != NULL && part_id != 0)
    hk_repair_part_store_emit_changed (self->parts);

  return result;
}

/**
 * hk_repair_store_record_callback:
 * @actor: a technician
 * @note: what the customer was told, e.g. "ready, comes tomorrow" or the delay explained
 *
 * Records a call to the customer on the ticket's timeline.
 *
 * Returns: (transfer full): the ticket with its callbacks counted
 */
HkRepairTicket *
hk_repair_store_record_callback (HkRepairStore   *self,
                                 HkOperator      *actor,
                                 HkRepairTicket  *ticket,
                                 const char      *note,
                                 GError         **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkRepairTicket) current = NULL;
  g_autofree char *clean_note = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_REPAIR_TICKET (ticket), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_TECHNICIAN,
                              _("Recording a call to a customer"), error))
    return NULL;

  if (!required_text (note, HK_REPAIR_TEXT_MAX_LENGTH, _("Write what the customer was told."),
                      &clean_note, error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = require_open_ticket (self, ticket, error)) ||
      !insert_event (self, actor, hk_repair_ticket_get_id (current), "callback", -1, -1, 0,
                     clean_note, error))
    return NULL;

  summary = g_strdup_printf ("repair %s: called the customer: %s",
                             hk_repair_ticket_get_ticket_no (current), clean_note);

  return finish_write (self, tx, actor, hk_repair_ticket_get_id (current), "repair-callback",
                       summary, error);
}

/* ---- the handover ---- */

static GPtrArray *
valid_lines (HkRepairStore  *self,
             gint64          ticket_id,
             GError        **error)
{
  g_autoptr(GPtrArray) lines = NULL;

  if (!(lines = hk_repair_store_get_fee_lines (self, ticket_id, error)))
    return NULL;

  for (guint i = lines->len; i > 0; i--)
    if (((HkRepairFeeLine *)g_ptr_array_index (lines, i - 1))->is_void)
      g_ptr_array_remove_index (lines, i - 1);

  return g_steal_pointer (&lines);
}

/* A line's price is no longer today's tariff: the receipt needs a duty manager's approval. */
static gboolean
needs_price_approval (HkRepairStore  *self,
                      GPtrArray      *lines,
                      GError        **error)
{
  g_autofree char *day = today (self);

  for (guint i = 0; i < lines->len; i++)
    {
      HkRepairFeeLine *line = g_ptr_array_index (lines, i);
      g_autofree char *code = NULL;
      g_autofree char *name = NULL;
      gint64 tariff = 0;
      GError *local_error = NULL;

      if (!repair_tariff (self, line->fee_item_id, day, &tariff, &code, &name, &local_error))
        {
          /* The item went out of use or lost its price: the receipt store will say so. */
          g_clear_error (&local_error);
          continue;
        }
      if (tariff != line->unit_price)
        return TRUE;
    }

  return FALSE;
}

static HkReceipt *
issue_receipt (HkRepairStore           *self,
               HkOperator              *actor,
               HkRepairTicket          *ticket,
               GPtrArray               *lines,
               gint64                   total,
               const HkRepairHandover  *handover,
               GError                 **error)
{
  g_autofree HkReceiptLineInput *inputs = g_new0 (HkReceiptLineInput, lines->len);
  g_autofree char *reason = NULL;
  HkReceiptPaymentInput payments[2] = { { 0 } };
  gint64 from_deposit = MIN (hk_repair_ticket_get_deposit (ticket), total);
  guint n_payments = 0;

  if ((guint)handover->balance_method >= HK_N_PAYMENT_METHODS ||
      handover->balance_method == HK_PAYMENT_CHEQUE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A repair fee is paid in cash, by card, WeChat Pay or Alipay."));
      return NULL;
    }

  /* Translators: the reason printed on a receipt line whose price was stated on a repair
   * ticket before the tariff changed */
  reason = g_strdup_printf (_("Price stated on repair ticket %s"),
                            hk_repair_ticket_get_ticket_no (ticket));

  for (guint i = 0; i < lines->len; i++)
    {
      HkRepairFeeLine *line = g_ptr_array_index (lines, i);

      inputs[i].fee_item_id = line->fee_item_id;
      inputs[i].quantity = line->quantity;
      inputs[i].custom_price = TRUE;
      inputs[i].unit_price = line->unit_price;
      inputs[i].price_reason = reason;
    }

  /* The deposit is cash the technician holds: it pays first. */
  if (from_deposit > 0)
    payments[n_payments++] = (HkReceiptPaymentInput) { HK_PAYMENT_CASH, from_deposit, NULL };
  if (total > from_deposit)
    {
      if (n_payments == 1 && handover->balance_method == HK_PAYMENT_CASH)
        payments[0].amount = total;
      else
        payments[n_payments++] = (HkReceiptPaymentInput) { handover->balance_method,
                                                           total - from_deposit, NULL };
    }

  return hk_receipt_store_issue (self->receipts, actor, handover->price_approver, inputs,
                                 lines->len, payments, n_payments,
                                 hk_repair_ticket_get_customer_phone (ticket), error);
}

/* The receipt a clerk issued for the fee: valid, of the fee's amount, with a repair fee on it,
 * and not yet the charge of another ticket. */
static HkReceipt *
require_clerk_receipt (HkRepairStore   *self,
                       HkRepairTicket  *ticket,
                       const char      *receipt_no,
                       gint64           total,
                       GError         **error)
{
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkStatement) check = NULL;
  g_autofree char *number = NULL;
  GError *local_error = NULL;

  if (receipt_no == NULL || *receipt_no == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give the number of the receipt the clerk issued for the repair fee."));
      return NULL;
    }

  if (!(receipt = hk_receipt_store_lookup_number (self->receipts, receipt_no, error)))
    return NULL;

  number = hk_receipt_dup_full_number (receipt);

  if (hk_receipt_get_status (receipt) != HK_RECEIPT_ISSUED ||
      hk_receipt_get_corrects_id (receipt) != 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Receipt %s is void or a red-letter correction."), number);
      return NULL;
    }

  if (hk_receipt_get_total (receipt) != total)
    {
      g_autofree char *receipt_total = hk_money_format (hk_receipt_get_total (receipt));
      g_autofree char *fee = hk_money_format (total);

      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Receipt %s is for %s, but the repair fee of ticket %s is %s."), number,
                   receipt_total, hk_repair_ticket_get_ticket_no (ticket), fee);
      return NULL;
    }

  if (!(check = hk_database_prepare (self->database,
                                     "SELECT"
                                     " (SELECT count (*) FROM receipt_lines l"
                                     "   JOIN fee_items f ON f.id = l.fee_item_id"
                                     "   WHERE l.receipt_id = ?1 AND f.category = 'repair'),"
                                     " (SELECT count (*) FROM receipts c WHERE c.corrects_id = ?1"
                                     "   AND c.status = 'issued'),"
                                     " (SELECT t.ticket_no FROM repair_tickets t"
                                     "   WHERE t.receipt_id = ?1)", error)))
    return NULL;

  hk_statement_bind_int64 (check, 1, hk_receipt_get_id (receipt));
  if (!hk_statement_step (check, &local_error))
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (hk_statement_get_int64 (check, 0) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Receipt %s charges no repair fee."), number);
      return NULL;
    }

  if (hk_statement_get_int64 (check, 1) > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Receipt %s was refunded with a red-letter correction."), number);
      return NULL;
    }

  if (!hk_statement_is_null (check, 2))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Receipt %s is already the charge of repair ticket %s."), number,
                   hk_statement_get_text (check, 2));
      return NULL;
    }

  return g_steal_pointer (&receipt);
}

/**
 * hk_repair_store_hand_over:
 * @actor: a technician
 * @handover: who collected, the ID check, the accessories given back, and the charge
 *
 * Hands the device of a ticket that is ready (→ picked up) or not repaired (→ returned
 * unrepaired) back to the customer, and closes the ticket. A fee above zero is charged: with
 * %HK_REPAIR_CHARGE_SHIFT on a new receipt of the actor's own open shift (the actor needs the
 * clerk's role, an open shift of today and invoice numbers, as at any counter; the deposit
 * pays first, in cash), or with %HK_REPAIR_CHARGE_CLERK_RECEIPT by naming the receipt a clerk
 * issued. What the deposit does not pay for is refunded.
 *
 * Returns: (transfer full): the closed ticket, or %NULL with @error set and nothing written
 */
HkRepairTicket *
hk_repair_store_hand_over (HkRepairStore           *self,
                           HkOperator              *actor,
                           HkRepairTicket          *ticket,
                           const HkRepairHandover  *handover,
                           GError                 **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkRepairTicket) current = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autofree char *collected_by = NULL;
  g_autofree char *note = NULL;
  g_autofree char *event_note = NULL;
  g_autofree char *receipt_no = NULL;
  g_autofree char *summary = NULL;
  HkRepairChargeMode mode;
  HkRepairStatus from;
  HkRepairStatus to;
  gint64 total = 0;
  gint64 refunded;

  g_return_val_if_fail (HK_IS_REPAIR_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_REPAIR_TICKET (ticket), NULL);
  g_return_val_if_fail (handover != NULL, NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_TECHNICIAN,
                              _("Handing a device back to its customer"), error))
    return NULL;

  if (!required_text (handover->collected_by, HK_REPAIR_NAME_MAX_LENGTH,
                      _("Write who collected the device."), &collected_by, error) ||
      !hk_repair_clean_text (handover->note, HK_REPAIR_TEXT_MAX_LENGTH, &note, error))
    return NULL;

  if (!handover->id_checked)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Check the identity document of the person collecting the device first."));
      return NULL;
    }

  if ((handover->accessories_returned & ~HK_REPAIR_ACCESSORY_ALL) != 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Unknown accessory."));
      return NULL;
    }

  /* Roles that the charge needs are checked before the transaction, so that a refusal stays
   * in the audit log. */
  if (!(lines = valid_lines (self, hk_repair_ticket_get_id (ticket), error)))
    return NULL;
  for (guint i = 0; i < lines->len; i++)
    total += ((HkRepairFeeLine *)g_ptr_array_index (lines, i))->amount;

  mode = total > 0 ? handover->charge_mode : HK_REPAIR_CHARGE_NONE;
  if (mode == HK_REPAIR_CHARGE_SHIFT &&
      (!hk_permission_require (self->database, actor, HK_ROLE_CLERK,
                               _("Charging a repair fee on your own shift"), error) ||
       (needs_price_approval (self, lines, NULL) &&
        !hk_permission_require (self->database, handover->price_approver, HK_ROLE_DUTY_MANAGER,
                                _("Charging a price other than the tariff"), error))))
    return NULL;

  g_clear_pointer (&lines, g_ptr_array_unref);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_repair_store_lookup (self, hk_repair_ticket_get_id (ticket), error)))
    return NULL;

  from = hk_repair_ticket_get_status (current);
  to = from == HK_REPAIR_UNREPAIRED ? HK_REPAIR_RETURNED_UNREPAIRED : HK_REPAIR_PICKED_UP;

  if (!hk_repair_status_awaits_collection (from))
    {
      if (hk_repair_status_is_final (from))
        g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                     _("Ticket %s is closed: the device was handed over (%s)."),
                     hk_repair_ticket_get_ticket_no (current), hk_repair_status_get_title (from));
      else
        g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                     _("Ticket %s is %s: only a device ready for pickup, or one that is not "
                       "repaired, is handed back."),
                     hk_repair_ticket_get_ticket_no (current), hk_repair_status_get_title (from));
      return NULL;
    }

  if (!check_move (current, to, HK_REPAIR_MOVE_HANDOVER, error))
    return NULL;

  if (handover->accessories_returned != hk_repair_ticket_get_accessories (current) &&
      *note == '\0')
    {
      HkRepairAccessories received = hk_repair_ticket_get_accessories (current);
      g_autofree char *missing = hk_repair_accessories_to_titles (received &
                                                                  ~handover->accessories_returned);
      g_autofree char *extra = hk_repair_accessories_to_titles (handover->accessories_returned &
                                                                ~received);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The accessories handed back differ from those received (not handed back: "
                     "%s; not received: %s): write a note."),
                   *missing != '\0' ? missing : "—", *extra != '\0' ? extra : "—");
      return NULL;
    }

  /* The fee again, inside the transaction. */
  if (!(lines = valid_lines (self, hk_repair_ticket_get_id (current), error)))
    return NULL;
  total = 0;
  for (guint i = 0; i < lines->len; i++)
    total += ((HkRepairFeeLine *)g_ptr_array_index (lines, i))->amount;
  mode = total > 0 ? handover->charge_mode : HK_REPAIR_CHARGE_NONE;

  if (total > 0)
    {
      switch (mode)
        {
        case HK_REPAIR_CHARGE_SHIFT:
          receipt = issue_receipt (self, actor, current, lines, total, handover, error);
          break;
        case HK_REPAIR_CHARGE_CLERK_RECEIPT:
          receipt = require_clerk_receipt (self, current, handover->clerk_receipt_no, total,
                                           error);
          break;
        case HK_REPAIR_CHARGE_NONE:
        default:
          {
            g_autofree char *fee = hk_money_format (total);

            g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                         _("The repair fee of %s is to be charged: on a receipt of your own "
                           "shift, or give the number of the clerk’s receipt."), fee);
          }
          break;
        }

      if (receipt == NULL)
        return NULL;

      receipt_no = hk_receipt_dup_full_number (receipt);
    }

  refunded = MAX (hk_repair_ticket_get_deposit (current) - total, 0);

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE repair_tickets SET status = ?2, status_at = ?3,"
                                      " collected_by = ?4, id_checked = 1,"
                                      " accessories_returned = ?5, handover_note = ?6,"
                                      " handed_over_at = ?3, handed_over_by = ?7,"
                                      " charged_total = ?8, charge_mode = ?9, receipt_id = ?10,"
                                      " deposit_refunded = ?11 WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_repair_ticket_get_id (current));
  hk_statement_bind_text (update, 2, hk_repair_status_to_id (to));
  hk_statement_bind_int64 (update, 3, hk_database_get_now (self->database));
  hk_statement_bind_text (update, 4, collected_by);
  hk_statement_bind_int64 (update, 5, handover->accessories_returned);
  hk_statement_bind_text (update, 6, *note != '\0' ? note : NULL);
  hk_statement_bind_int64 (update, 7, hk_operator_get_id (actor));
  hk_statement_bind_int64 (update, 8, total);
  hk_statement_bind_text (update, 9, hk_repair_charge_mode_to_id (mode));
  if (receipt != NULL)
    hk_statement_bind_int64 (update, 10, hk_receipt_get_id (receipt));
  else
    hk_statement_bind_null (update, 10);
  hk_statement_bind_int64 (update, 11, refunded);

  event_note = *note != '\0' ? g_strdup_printf ("%s — %s", collected_by, note)
                             : g_strdup (collected_by);

  if (!hk_statement_run (update, error) ||
      !insert_event (self, actor, hk_repair_ticket_get_id (current), "handover", from, to, 0,
                     event_note, error))
    return NULL;

  summary = g_strdup_printf ("handed repair %s back (%s) to %s, ID checked: fee %lld fen%s%s%s,"
                             " deposit refunded %lld fen%s%s",
                             hk_repair_ticket_get_ticket_no (current), hk_repair_status_to_id (to),
                             collected_by, (long long)total,
                             receipt_no != NULL ? " on receipt " : "",
                             receipt_no != NULL ? receipt_no : "",
                             mode == HK_REPAIR_CHARGE_CLERK_RECEIPT ? " (a clerk's)" : "",
                             (long long)refunded, *note != '\0' ? "; " : "", note);

  return finish_write (self, tx, actor, hk_repair_ticket_get_id (current), "repair-handed-over",
                       summary, error);
}
