/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-store.c: issuing, voiding and correcting receipts at the counter.
 *
 * The rules of the counter (营业员):
 * - a clerk issues receipts only in an open shift of the day it is;
 * - the number is the next unused one of the clerk's invoice book: nobody types it;
 * - each line takes the tariff price of the day, unless a duty manager approves another
 *   price with a reason; payments (split allowed) add up to the total exactly;
 * - a receipt is never edited or deleted: it is voided, with a reason, on the day it was
 *   issued and before the day is signed, and its number stays used; a later correction
 *   is a red-letter receipt with the opposite amounts that names the original.
 * Every write is one transaction with its audit entry.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-audit-log.h"
#include "hk-cash-desk-private.h"
#include "hk-error.h"
#include "hk-input.h"
#include "hk-money.h"
#include "hk-permission.h"
#include "hk-privacy.h"
#include "hk-number-pool-private.h"
#include "hk-receipt-private.h"
#include "hk-receipt-sale-private.h"
#include "hk-receipt-store.h"
#include "hk-shift-store.h"
#include "hk-transaction.h"

#define MAX_LINES 100
#define MAX_PAYMENTS 10
#define MAX_QUANTITY 10000

struct _HkReceiptStore
{
  GObject             parent_instance;
  HkDatabase         *database;
  HkHallStore        *hall;
  HkInvoiceBookStore *books;
  HkShiftStore       *shifts;
};

G_DEFINE_FINAL_TYPE (HkReceiptStore, hk_receipt_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define RECEIPT_COLUMNS \
  "id, invoice_code, number, clerk_id, shift_id, business_day, issued_at, total," \
  " customer_phone, status, void_reason, voided_by, corrects_id, correction_reason, source"

static HkReceipt *
receipt_from_row (HkStatement *stmt)
{
  HkReceiptData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.invoice_code = hk_statement_dup_text (stmt, 1);
  data.number = hk_statement_get_int64 (stmt, 2);
  data.clerk_id = hk_statement_get_int64 (stmt, 3);
  data.shift_id = hk_statement_get_int64 (stmt, 4);
  data.business_day = hk_statement_dup_text (stmt, 5);
  data.issued_at = hk_statement_get_int64 (stmt, 6);
  data.total = hk_statement_get_int64 (stmt, 7);
  data.customer_phone = hk_statement_dup_text (stmt, 8);
  data.status = g_strcmp0 (hk_statement_get_text (stmt, 9), "void") == 0 ? HK_RECEIPT_VOID
                                                                        : HK_RECEIPT_ISSUED;
  data.void_reason = hk_statement_dup_text (stmt, 10);
  data.voided_by = hk_statement_get_int64 (stmt, 11);
  data.corrects_id = hk_statement_get_int64 (stmt, 12);
  data.correction_reason = hk_statement_dup_text (stmt, 13);
  data.imported = g_strcmp0 (hk_statement_get_text (stmt, 14), "import") == 0;

  return hk_receipt_new_take (&data);
}

static void
hk_receipt_store_finalize (GObject *object)
{
  HkReceiptStore *self = (HkReceiptStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->hall);
  g_clear_object (&self->books);
  g_clear_object (&self->shifts);

  G_OBJECT_CLASS (hk_receipt_store_parent_class)->finalize (object);
}

static void
hk_receipt_store_class_init (HkReceiptStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_receipt_store_finalize;

  /**
   * HkReceiptStore::changed:
   * @clerk_id: whose receipts changed
   * @day: the business day they belong to
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
}

static void
hk_receipt_store_init (HkReceiptStore *self)
{
}

HkReceiptStore *
hk_receipt_store_new (HkDatabase         *database,
                      HkHallStore        *hall,
                      HkInvoiceBookStore *books)
{
  HkReceiptStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);
  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (books), NULL);

  self = g_object_new (HK_TYPE_RECEIPT_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);
  self->books = g_object_ref (books);
  self->shifts = hk_shift_store_new (database, hall);

  return self;
}

HkReceipt *
hk_receipt_store_lookup (HkReceiptStore  *self,
                         gint64           receipt_id,
                         GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_RECEIPT_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " RECEIPT_COLUMNS " FROM receipts WHERE id = ?1",
                                    error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, receipt_id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no receipt number %lld."), (long long)receipt_id);
      return NULL;
    }

  return receipt_from_row (stmt);
}

/* Splits "CODE-NUMBER" (a 10–12 digit invoice code, a 1–8 digit number). */
static gboolean
parse_full_number (const char  *text,
                   char       **code,
                   gint64      *number)
{
  const char *dash;
  gsize code_len;
  gsize number_len;

  dash = strchr (text, '-');
  if (dash == NULL)
    return FALSE;

  code_len = (gsize)(dash - text);
  number_len = strlen (dash + 1);
  if (code_len < 10 || code_len > 12 || number_len < 1 || number_len > 8)
    return FALSE;

  for (gsize i = 0; i < code_len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  for (gsize i = 0; i < number_len; i++)
    if (!g_ascii_isdigit (dash[1 + i]))
      return FALSE;

  *code = g_strndup (text, code_len);
  *number = g_ascii_strtoll (dash + 1, NULL, 10);

  return TRUE;
}

/**
 * hk_receipt_store_lookup_number:
 * @full_number: "CODE-NUMBER" as hk_receipt_dup_full_number() writes it; spaces around it
 *   are ignored
 *
 * Returns: (transfer full): the receipt with that invoice code and number
 */
HkReceipt *
hk_receipt_store_lookup_number (HkReceiptStore  *self,
                                const char      *full_number,
                                GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *text = NULL;
  g_autofree char *code = NULL;
  gint64 number = 0;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_RECEIPT_STORE (self), NULL);
  g_return_val_if_fail (full_number != NULL, NULL);

  text = g_strstrip (g_strdup (full_number));
  if (!parse_full_number (text, &code, &number))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a receipt number: write the invoice code, a dash and the "
                     "number, like 3300241130-00000001."), text);
      return NULL;
    }

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " RECEIPT_COLUMNS " FROM receipts"
                                    " WHERE invoice_code = ?1 AND number = ?2", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, code);
  hk_statement_bind_int64 (stmt, 2, number);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND, _("There is no receipt %s-%08lld."),
                     code, (long long)number);
      return NULL;
    }

  return receipt_from_row (stmt);
}

/**
 * hk_receipt_store_list_day:
 *
 * Returns: (transfer full) (element-type HkReceipt): the clerk's receipts of
 *   that business day, in the order of their numbers
 */
GPtrArray *
hk_receipt_store_list_day (HkReceiptStore  *self,
                           gint64           clerk_id,
                           const char      *day,
                           GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) receipts = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_RECEIPT_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " RECEIPT_COLUMNS " FROM receipts"
                                    " WHERE clerk_id = ?1 AND business_day = ?2"
                                    " ORDER BY invoice_code, number", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, clerk_id);
  hk_statement_bind_text (stmt, 2, day);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (receipts, receipt_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&receipts);
}

/**
 * hk_receipt_store_get_lines:
 *
 * Returns: (transfer full) (element-type HkReceiptLine): the receipt's lines
 */
GPtrArray *
hk_receipt_store_get_lines (HkReceiptStore  *self,
                            gint64           receipt_id,
                            GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify)hk_receipt_line_free);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_RECEIPT_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT l.fee_item_id, f.code, f.name, l.quantity,"
                                    " l.unit_price, l.amount, l.price_reason"
                                    " FROM receipt_lines l JOIN fee_items f ON f.id = l.fee_item_id"
                                    " WHERE l.receipt_id = ?1 ORDER BY l.line_no", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, receipt_id);

  while (hk_statement_step (stmt, &local_error))
    {
      HkReceiptLine *line = g_new0 (HkReceiptLine, 1);

      line->fee_item_id = hk_statement_get_int64 (stmt, 0);
      line->fee_item_code = hk_statement_dup_text (stmt, 1);
      line->fee_item_name = hk_statement_dup_text (stmt, 2);
      line->quantity = hk_statement_get_int64 (stmt, 3);
      line->unit_price = hk_statement_get_int64 (stmt, 4);
      line->amount = hk_statement_get_int64 (stmt, 5);
      line->price_reason = hk_statement_dup_text (stmt, 6);
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
 * hk_receipt_store_get_payments:
 *
 * Returns: (transfer full) (element-type HkReceiptPayment): how the receipt was paid
 */
GPtrArray *
hk_receipt_store_get_payments (HkReceiptStore  *self,
                               gint64           receipt_id,
                               GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) payments =
    g_ptr_array_new_with_free_func ((GDestroyNotify)hk_receipt_payment_free);
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_RECEIPT_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT method, amount, cheque_no FROM receipt_payments"
                                    " WHERE receipt_id = ?1 ORDER BY seq", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, receipt_id);

  while (hk_statement_step (stmt, &local_error))
    {
      HkReceiptPayment *payment = g_new0 (HkReceiptPayment, 1);

      hk_payment_method_from_id (hk_statement_get_text (stmt, 0), &payment->method);
      payment->amount = hk_statement_get_int64 (stmt, 1);
      payment->cheque_no = hk_statement_dup_text (stmt, 2);
      g_ptr_array_add (payments, payment);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&payments);
}

/* The tariff price of an active fee item on @day, and its code for messages. */
static gboolean
tariff_price (HkReceiptStore  *self,
              gint64           fee_item_id,
              const char      *day,
              gint64          *price,
              char           **code,
              GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT f.code, f.active,"
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

  if (hk_statement_get_int64 (stmt, 1) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The fee item %s is no longer in use."), hk_statement_get_text (stmt, 0));
      return FALSE;
    }

  if (hk_statement_is_null (stmt, 2))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The fee item %s has no price on %s yet."),
                   hk_statement_get_text (stmt, 0), day);
      return FALSE;
    }

  *price = hk_statement_get_int64 (stmt, 2);
  *code = hk_statement_dup_text (stmt, 0);

  return TRUE;
}

static gboolean
insert_receipt (HkReceiptStore  *self,
                HkOperator      *actor,
                gint64           shift_id,
                const char      *day,
                gint64           now,
                gint64           total,
                const char      *customer_phone,
                gint64           corrects_id,
                const char      *correction_reason,
                gint64          *receipt_id,
                char           **full_number,
                GError         **error)
{
  g_autoptr(HkStatement) insert = NULL;
  g_autofree char *invoice_code = NULL;
  gint64 book_id = 0;
  gint64 number = 0;

  if (!hk_invoice_book_store_next_number (self->books, hk_operator_get_id (actor), &book_id,
                                          &invoice_code, &number, error))
    return FALSE;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO receipts (invoice_code, number, book_id,"
                                      " clerk_id, shift_id, business_day, issued_at, total,"
                                      " customer_phone, corrects_id, correction_reason)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                                      error)))
    return FALSE;

  hk_statement_bind_text (insert, 1, invoice_code);
  hk_statement_bind_int64 (insert, 2, number);
  hk_statement_bind_int64 (insert, 3, book_id);
  hk_statement_bind_int64 (insert, 4, hk_operator_get_id (actor));
  hk_statement_bind_int64 (insert, 5, shift_id);
  hk_statement_bind_text (insert, 6, day);
  hk_statement_bind_int64 (insert, 7, now);
  hk_statement_bind_int64 (insert, 8, total);
  hk_statement_bind_text (insert, 9, customer_phone);
  if (corrects_id != 0)
    hk_statement_bind_int64 (insert, 10, corrects_id);
  else
    hk_statement_bind_null (insert, 10);
  hk_statement_bind_text (insert, 11, correction_reason);

  if (!hk_statement_run (insert, error))
    return FALSE;

  *receipt_id = hk_database_get_last_insert_id (self->database);
  *full_number = g_strdup_printf ("%s-%08lld", invoice_code, (long long)number);

  return TRUE;
}

static gboolean
insert_line (HkReceiptStore  *self,
             gint64           receipt_id,
             guint            line_no,
             gint64           fee_item_id,
             gint64           quantity,
             gint64           unit_price,
             const char      *price_reason,
             GError         **error)
{
  g_autoptr(HkStatement) insert = NULL;
  /* Kept as checked: without the blanks around it. */
  g_autofree char *clean_reason = price_reason != NULL ? g_strstrip (g_strdup (price_reason))
                                                       : NULL;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO receipt_lines (receipt_id, line_no,"
                                      " fee_item_id, quantity, unit_price, amount, price_reason)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error)))
    return FALSE;

  hk_statement_bind_int64 (insert, 1, receipt_id);
  hk_statement_bind_int64 (insert, 2, line_no);
  hk_statement_bind_int64 (insert, 3, fee_item_id);
  hk_statement_bind_int64 (insert, 4, quantity);
  hk_statement_bind_int64 (insert, 5, unit_price);
  hk_statement_bind_int64 (insert, 6, quantity * unit_price);
  hk_statement_bind_text (insert, 7, clean_reason);

  return hk_statement_run (insert, error);
}

static gboolean
insert_payment (HkReceiptStore  *self,
                gint64           receipt_id,
                guint            seq,
                HkPaymentMethod  method,
                gint64           amount,
                const char      *cheque_no,
                GError         **error)
{
  g_autoptr(HkStatement) insert = NULL;
  /* Kept as checked: without the blanks around it. */
  g_autofree char *clean_cheque_no = cheque_no != NULL ? g_strstrip (g_strdup (cheque_no)) : NULL;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO receipt_payments (receipt_id, seq, method,"
                                      " amount, cheque_no) VALUES (?1, ?2, ?3, ?4, ?5)", error)))
    return FALSE;

  hk_statement_bind_int64 (insert, 1, receipt_id);
  hk_statement_bind_int64 (insert, 2, seq);
  hk_statement_bind_text (insert, 3, hk_payment_method_to_id (method));
  hk_statement_bind_int64 (insert, 4, amount);
  hk_statement_bind_text (insert, 5, method == HK_PAYMENT_CHEQUE ? clean_cheque_no : NULL);

  return hk_statement_run (insert, error);
}

/* The clerk's open shift of today, which every receipt and correction belongs to. */
static HkShift *
require_shift_of_today (HkReceiptStore  *self,
                        HkOperator      *actor,
                        const char      *today,
                        GError         **error)
{
  g_autoptr(HkShift) shift = NULL;
  GError *local_error = NULL;

  shift = hk_shift_store_get_open (self->shifts, hk_operator_get_id (actor), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (shift == NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Open your shift before issuing receipts."));
      return NULL;
    }

  if (g_strcmp0 (hk_shift_get_business_day (shift), today) != 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Your open shift is from %s: close it and open today’s shift. "
                     "Each shift’s takings are settled within the shift."),
                   hk_shift_get_business_day (shift));
      return NULL;
    }

  return g_steal_pointer (&shift);
}

static gboolean
validate_payments (const HkReceiptPaymentInput  *payments,
                   guint                         n_payments,
                   gint64                        total,
                   GError                      **error)
{
  gint64 paid = 0;

  if (n_payments == 0 || n_payments > MAX_PAYMENTS)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give between 1 and %d payments."), MAX_PAYMENTS);
      return FALSE;
    }

  for (guint i = 0; i < n_payments; i++)
    {
      const HkReceiptPaymentInput *payment = &payments[i];
      g_autofree char *cheque_no = g_strstrip (g_strdup (payment->cheque_no != NULL
                                                         ? payment->cheque_no : ""));

      if (payment->method >= HK_N_PAYMENT_METHODS)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Unknown payment method."));
          return FALSE;
        }

      if (payment->amount <= 0 || payment->amount > HK_CASH_DESK_MAX_AMOUNT)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Each payment is a positive amount of at most ¥10,000,000.00."));
          return FALSE;
        }

      if (payment->method == HK_PAYMENT_CHEQUE && *cheque_no == '\0')
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("A payment by cheque needs the cheque number."));
          return FALSE;
        }

      paid += payment->amount;
    }

  if (paid != total)
    {
      g_autofree char *paid_text = hk_money_format (paid);
      g_autofree char *total_text = hk_money_format (total);

      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The payments add up to %s, but the receipt’s total is %s."),
                   paid_text, total_text);
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_receipt_store_issue:
 * @actor: the clerk at the counter
 * @price_approver: (nullable): the duty manager who approves prices other than the
 *   tariff; needed only when a line has a custom price
 * @customer_phone: (nullable): the customer's phone number, kept whole, shown masked
 *
 * Issues a receipt with the next number of the clerk's invoice book.
 *
 * Returns: (transfer full): the receipt, or %NULL with @error set and nothing written
 */
HkReceipt *
hk_receipt_store_issue (HkReceiptStore               *self,
                        HkOperator                   *actor,
                        HkOperator                   *price_approver,
                        const HkReceiptLineInput     *lines,
                        guint                         n_lines,
                        const HkReceiptPaymentInput  *payments,
                        guint                         n_payments,
                        const char                   *customer_phone,
                        GError                      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autofree gint64 *unit_prices = NULL;
  g_autofree gboolean *custom = NULL;
  g_autofree char *today = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *full_number = NULL;
  g_autofree char *summary = NULL;
  gboolean needs_approval = FALSE;
  gint64 total = 0;
  gint64 receipt_id = 0;
  gint64 now;

  g_return_val_if_fail (HK_IS_RECEIPT_STORE (self), NULL);
  g_return_val_if_fail (lines != NULL || n_lines == 0, NULL);
  g_return_val_if_fail (payments != NULL || n_payments == 0, NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_CLERK, _("Issuing a receipt"),
                              error))
    return NULL;

  if (n_lines == 0 || n_lines > MAX_LINES)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A receipt has between 1 and %d lines."), MAX_LINES);
      return NULL;
    }

  phone = g_strstrip (hk_input_fold_digits (customer_phone));
  if (*phone != '\0' && !hk_privacy_phone_is_valid (phone))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a phone number."), phone);
      return NULL;
    }

  now = hk_database_get_now (self->database);
  today = hk_hall_store_format_day (self->hall, now);
  unit_prices = g_new0 (gint64, n_lines);
  custom = g_new0 (gboolean, n_lines);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(shift = require_shift_of_today (self, actor, today, error)) ||
      !hk_cash_desk_require_day_open (self->database, hk_operator_get_id (actor), today, error))
    return NULL;

  for (guint i = 0; i < n_lines; i++)
    {
      const HkReceiptLineInput *line = &lines[i];
      g_autofree char *code = NULL;
      gint64 tariff = 0;

      if (line->quantity <= 0 || line->quantity > MAX_QUANTITY)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("Line %u: the quantity is 1 to %d."), i + 1, MAX_QUANTITY);
          return NULL;
        }

      if (!tariff_price (self, line->fee_item_id, today, &tariff, &code, error))
        return NULL;

      if (line->number != NULL && *line->number != '\0' &&
          !hk_number_pool_price_line (self->database, i + 1, line->number, line->quantity,
                                      &tariff, error))
        return NULL;

      unit_prices[i] = tariff;

      if (line->custom_price && line->unit_price != tariff)
        {
          g_autofree char *reason = g_strstrip (g_strdup (line->price_reason != NULL
                                                          ? line->price_reason : ""));

          if (line->unit_price < 0 || line->unit_price > HK_CASH_DESK_MAX_AMOUNT)
            {
              g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                           _("Line %u: the price is out of range."), i + 1);
              return NULL;
            }
          if (*reason == '\0')
            {
              g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                           _("Line %u: a price other than the tariff needs a reason."), i + 1);
              return NULL;
            }

          unit_prices[i] = line->unit_price;
          custom[i] = TRUE;
          needs_approval = TRUE;
        }

      total += line->quantity * unit_prices[i];
      if (total > HK_CASH_DESK_MAX_AMOUNT)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("A receipt’s total is at most ¥10,000,000.00."));
          return NULL;
        }
    }

  if (needs_approval)
    {
      g_autoptr(GError) refusal = NULL;

      if (!hk_permission_require (self->database, price_approver, HK_ROLE_DUTY_MANAGER,
                                  _("Charging a price other than the tariff"), &refusal))
        {
          /* The refusal was written to the audit log inside this transaction: roll back, then
           * write it again where it stays. */
          g_clear_pointer (&tx, hk_transaction_free);
          if (hk_permission_require (self->database, price_approver, HK_ROLE_DUTY_MANAGER,
                                     _("Charging a price other than the tariff"), error))
            g_propagate_error (error, g_steal_pointer (&refusal));
          return NULL;
        }
    }

  if (!validate_payments (payments, n_payments, total, error))
    return NULL;

  if (!insert_receipt (self, actor, hk_shift_get_id (shift), today, now, total,
                       *phone != '\0' ? phone : NULL, 0, NULL, &receipt_id, &full_number, error))
    return NULL;

  for (guint i = 0; i < n_lines; i++)
    if (!insert_line (self, receipt_id, i + 1, lines[i].fee_item_id, lines[i].quantity,
                      unit_prices[i], custom[i] ? lines[i].price_reason : NULL, error))
      return NULL;

  for (guint i = 0; i < n_payments; i++)
    if (!insert_payment (self, receipt_id, i + 1, payments[i].method, payments[i].amount,
                         payments[i].cheque_no, error))
      return NULL;

  /* The card serials and the number the lines sell, and the cheques' details, in this
   * transaction: a serial sold twice refuses the receipt. */
  if (!hk_receipt_sale_record (self->database, actor, receipt_id, *phone != '\0' ? phone : NULL,
                               lines, n_lines, unit_prices, payments, n_payments, error))
    return NULL;

  summary = g_strdup_printf ("issued receipt %s: %lld fen in %u lines%s%s", full_number,
                             (long long)total, n_lines,
                             needs_approval ? ", custom price approved by " : "",
                             needs_approval ? hk_operator_get_login (price_approver) : "");

  if (!hk_audit_log_append (self->database, actor, "receipt-issued", "receipt", receipt_id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, hk_operator_get_id (actor), today);

  return hk_receipt_store_lookup (self, receipt_id, error);
}

/**
 * hk_receipt_store_void:
 * @actor: the clerk who issued the receipt, or a duty manager
 * @reason: why (required)
 *
 * Voids a receipt on the day it was issued, before the day is signed. The
 * number stays used; who, when and why are kept.
 */
HkReceipt *
hk_receipt_store_void (HkReceiptStore  *self,
                       HkOperator      *actor,
                       HkReceipt       *receipt,
                       const char      *reason,
                       GError         **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkStatement) corrected = NULL;
  g_autoptr(HkReceipt) current = NULL;
  g_autofree char *clean_reason = NULL;
  g_autofree char *today = NULL;
  g_autofree char *full_number = NULL;
  g_autofree char *summary = NULL;
  gint64 now;

  g_return_val_if_fail (HK_IS_RECEIPT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_RECEIPT (receipt), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_CLERK | HK_ROLE_DUTY_MANAGER,
                              _("Voiding a receipt"), error))
    return NULL;

  clean_reason = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (*clean_reason == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the reason for the void."));
      return NULL;
    }

  now = hk_database_get_now (self->database);
  today = hk_hall_store_format_day (self->hall, now);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_receipt_store_lookup (self, hk_receipt_get_id (receipt), error)))
    return NULL;

  full_number = hk_receipt_dup_full_number (current);

  if (hk_receipt_get_clerk_id (current) != hk_operator_get_id (actor) &&
      !hk_operator_has_any_role (actor, HK_ROLE_DUTY_MANAGER))
    {
      hk_permission_refuse (self->database, &tx, actor, "receipt", hk_receipt_get_id (current),
                            error,
                            _("Only the clerk who issued receipt %s, or a duty manager, may void "
                              "it."), full_number);
      return NULL;
    }

  if (hk_receipt_get_status (current) == HK_RECEIPT_VOID)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT, _("Receipt %s is already void."),
                   full_number);
      return NULL;
    }

  if (hk_receipt_is_imported (current))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Receipt %s was imported from the business platform; void it there and "
                     "import the void."), full_number);
      return NULL;
    }

  if (g_strcmp0 (hk_receipt_get_business_day (current), today) != 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Receipt %s is from %s: only a receipt of today can be voided. Issue a "
                     "red-letter correction instead."),
                   full_number, hk_receipt_get_business_day (current));
      return NULL;
    }

  if (!hk_cash_desk_require_day_open (self->database, hk_receipt_get_clerk_id (current),
                                      hk_receipt_get_business_day (current), error))
    return NULL;

  /* The close counted the drawer with this receipt in it: a void now would make the count
   * wrong. The duty manager reopens the shift first. */
  if (hk_receipt_get_shift_id (current) != 0)
    {
      g_autoptr(HkShift) shift = NULL;

      if (!(shift = hk_shift_store_lookup (self->shifts, hk_receipt_get_shift_id (current),
                                           error)))
        return NULL;

      if (hk_shift_get_status (shift) != HK_SHIFT_OPEN)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("The shift of receipt %s is closed; a duty manager reopens it before "
                         "the receipt can be voided."), full_number);
          return NULL;
        }
    }

  if (!(corrected = hk_database_prepare (self->database,
                                         "SELECT 1 FROM receipts WHERE corrects_id = ?1"
                                         " AND status = 'issued'", error)))
    return NULL;
  hk_statement_bind_int64 (corrected, 1, hk_receipt_get_id (current));
  if (hk_statement_step (corrected, NULL))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Receipt %s has a red-letter correction; it cannot be voided."),
                   full_number);
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE receipts SET status = 'void', void_reason = ?2,"
                                      " voided_at = ?3, voided_by = ?4 WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_receipt_get_id (current));
  hk_statement_bind_text (update, 2, clean_reason);
  hk_statement_bind_int64 (update, 3, now);
  hk_statement_bind_int64 (update, 4, hk_operator_get_id (actor));

  summary = g_strdup_printf ("voided receipt %s (%lld fen): %s", full_number,
                             (long long)hk_receipt_get_total (current), clean_reason);

  if (!hk_statement_run (update, error) ||
      !hk_audit_log_append (self->database, actor, "receipt-voided", "receipt",
                            hk_receipt_get_id (current), summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, hk_receipt_get_clerk_id (current),
                 hk_receipt_get_business_day (current));

  return hk_receipt_store_lookup (self, hk_receipt_get_id (current), error);
}

/**
 * hk_receipt_store_correct:
 * @actor: a clerk with today's shift open (the refund leaves their drawer)
 * @original: a valid receipt of an earlier day
 * @reason: why (required)
 *
 * Issues a red-letter receipt: the original's lines and payments with the
 * opposite sign, on a new number, naming the original. A receipt is
 * corrected once at most; one of today is voided instead.
 */
HkReceipt *
hk_receipt_store_correct (HkReceiptStore  *self,
                          HkOperator      *actor,
                          HkReceipt       *original,
                          const char      *reason,
                          GError         **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) current = NULL;
  g_autoptr(HkStatement) corrected = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autofree char *clean_reason = NULL;
  g_autofree char *today = NULL;
  g_autofree char *original_number = NULL;
  g_autofree char *full_number = NULL;
  g_autofree char *summary = NULL;
  gint64 receipt_id = 0;
  gint64 now;

  g_return_val_if_fail (HK_IS_RECEIPT_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_RECEIPT (original), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_CLERK,
                              _("Issuing a red-letter correction"), error))
    return NULL;

  clean_reason = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (*clean_reason == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the reason for the correction."));
      return NULL;
    }

  now = hk_database_get_now (self->database);
  today = hk_hall_store_format_day (self->hall, now);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_receipt_store_lookup (self, hk_receipt_get_id (original), error)) ||
      !(shift = require_shift_of_today (self, actor, today, error)) ||
      !hk_cash_desk_require_day_open (self->database, hk_operator_get_id (actor), today, error))
    return NULL;

  original_number = hk_receipt_dup_full_number (current);

  if (hk_receipt_get_status (current) == HK_RECEIPT_VOID || hk_receipt_get_corrects_id (current))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Receipt %s is void or is itself a correction; it cannot be corrected."),
                   original_number);
      return NULL;
    }

  if (g_strcmp0 (hk_receipt_get_business_day (current), today) >= 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Receipt %s is from today: void it instead."), original_number);
      return NULL;
    }

  if (!(corrected = hk_database_prepare (self->database,
                                         "SELECT 1 FROM receipts WHERE corrects_id = ?1"
                                         " AND status = 'issued'", error)))
    return NULL;
  hk_statement_bind_int64 (corrected, 1, hk_receipt_get_id (current));
  if (hk_statement_step (corrected, NULL))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Receipt %s is already corrected."), original_number);
      return NULL;
    }

  if (!(lines = hk_receipt_store_get_lines (self, hk_receipt_get_id (current), error)) ||
      !(payments = hk_receipt_store_get_payments (self, hk_receipt_get_id (current), error)) ||
      !insert_receipt (self, actor, hk_shift_get_id (shift), today, now,
                       -hk_receipt_get_total (current), hk_receipt_get_customer_phone (current),
                       hk_receipt_get_id (current), clean_reason, &receipt_id, &full_number,
                       error))
    return NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      HkReceiptLine *line = g_ptr_array_index (lines, i);

      if (!insert_line (self, receipt_id, i + 1, line->fee_item_id, -line->quantity,
                        line->unit_price, line->price_reason, error))
        return NULL;
    }

  for (guint i = 0; i < payments->len; i++)
    {
      HkReceiptPayment *payment = g_ptr_array_index (payments, i);

      if (!insert_payment (self, receipt_id, i + 1, payment->method, -payment->amount,
                           payment->cheque_no, error))
        return NULL;
    }

  summary = g_strdup_printf ("issued red-letter receipt %s correcting %s (%lld fen): %s",
                             full_number, original_number,
                             (long long)-hk_receipt_get_total (current), clean_reason);

  if (!hk_audit_log_append (self->database, actor, "receipt-corrected", "receipt", receipt_id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, hk_operator_get_id (actor), today);

  return hk_receipt_store_lookup (self, receipt_id, error);
}
