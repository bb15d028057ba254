/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cheque-store.c: the cheque register: details, endorsement (背书), clearing, bounced
 * cheques (退票) with their deadline, and payers whose cheques bounced.
 *
 * Every cheque payment of a receipt is in the register from the moment the receipt is
 * written (the counter and the import register it in the receipt's transaction); the counter
 * gives the bank and the payer with the payment, or the auditor enters them later. Then:
 * - the auditor endorses it (背书): to the bank for collection, or on to someone else;
 * - a cheque endorsed to the bank is paid in with a bank deposit (HkBankStore), and the
 *   auditor marks it cleared when the bank credits it, or bounced when the bank returns it;
 * - a bounced cheque is to be resolved within the deadline: HK_CHEQUE_DEADLINE_DAYS_DEFAULT
 *   working days after the day it bounced, unless a supervisor sets another number. Working
 *   days are Monday to Friday: there is no table of public holidays. Once the deadline day is
 *   past, the cheque is overdue and listed for the auditor;
 * - a bounce marks the payer: every later cheque of that payer warns the clerk
 *   (hk_cheque_store_check_payer()) until the auditor clears the mark with a reason;
 * - a cheque of a voided receipt, not yet endorsed, is cancelled (a trigger).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-audit-log.h"
#include "hk-bank-private.h"
#include "hk-cheque-store.h"
#include "hk-error.h"
#include "hk-money.h"
#include "hk-permission.h"
#include "hk-transaction.h"

#define TEXT_MAX_LENGTH 200
#define DEADLINE_SETTING "bounced-cheque-working-days"

struct _HkChequeStore
{
  GObject      parent_instance;
  HkDatabase  *database;
  HkHallStore *hall;
};

G_DEFINE_FINAL_TYPE (HkChequeStore, hk_cheque_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define CHEQUE_COLUMNS \
  "c.id, c.receipt_id, r.invoice_code, r.number, c.cheque_no, c.bank_name, c.payer, c.amount," \
  " c.clerk_id, c.received_at, c.state, c.state_at, coalesce (c.endorsed_at, 0)," \
  " coalesce (c.endorsed_by, 0), c.endorsee, coalesce (c.deposit_id, 0)," \
  " coalesce (c.cleared_at, 0), coalesce (c.bounced_at, 0), c.bounced_day, c.bounce_reason," \
  " c.deadline_day, coalesce (c.resolved_at, 0), c.resolution"

#define CHEQUE_FROM " FROM cheques c JOIN receipts r ON r.id = c.receipt_id"

/**
 * hk_working_days_after:
 * @day: "YYYY-MM-DD"
 * @n_days: how many working days
 *
 * Working days are Monday to Friday; Hallkeeper keeps no table of public holidays.
 *
 * Returns: (transfer full) (nullable): the @n_days-th working day after @day, or %NULL when
 *   @day is not a date
 */
char *
hk_working_days_after (const char *day,
                       guint       n_days)
{
  int year, month, mday;
  GDate date;
  char out[16];

  if (day == NULL || sscanf (day, "%4d-%2d-%2d", &year, &month, &mday) != 3 ||
      !g_date_valid_dmy (mday, month, year))
    return NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);

  while (n_days > 0)
    {
      GDateWeekday weekday;

      g_date_add_days (&date, 1);
      weekday = g_date_get_weekday (&date);
      if (weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY)
        n_days--;
    }

  g_date_strftime (out, sizeof out, "%Y-%m-%d", &date);

  return g_strdup (out);
}

static HkCheque *
cheque_from_row (HkStatement *stmt,
                 const char  *today)
{
  HkChequeData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.receipt_id = hk_statement_get_int64 (stmt, 1);
  data.receipt_no = g_strdup_printf ("%s-%08lld", hk_statement_get_text (stmt, 2),
                                     (long long)hk_statement_get_int64 (stmt, 3));
  data.cheque_no = hk_statement_dup_text (stmt, 4);
  data.bank_name = hk_statement_dup_text (stmt, 5);
  data.payer = hk_statement_dup_text (stmt, 6);
  data.amount = hk_statement_get_int64 (stmt, 7);
  data.clerk_id = hk_statement_get_int64 (stmt, 8);
  data.received_at = hk_statement_get_int64 (stmt, 9);
  hk_cheque_state_from_id (hk_statement_get_text (stmt, 10), &data.state);
  data.state_at = hk_statement_get_int64 (stmt, 11);
  data.endorsed_at = hk_statement_get_int64 (stmt, 12);
  data.endorsed_by = hk_statement_get_int64 (stmt, 13);
  data.endorsee = hk_statement_dup_text (stmt, 14);
  data.deposit_id = hk_statement_get_int64 (stmt, 15);
  data.cleared_at = hk_statement_get_int64 (stmt, 16);
  data.bounced_at = hk_statement_get_int64 (stmt, 17);
  data.bounced_day = hk_statement_dup_text (stmt, 18);
  data.bounce_reason = hk_statement_dup_text (stmt, 19);
  data.deadline_day = hk_statement_dup_text (stmt, 20);
  data.resolved_at = hk_statement_get_int64 (stmt, 21);
  data.resolution = hk_statement_dup_text (stmt, 22);
  data.overdue = data.state == HK_CHEQUE_BOUNCED && data.deadline_day != NULL &&
                 g_strcmp0 (today, data.deadline_day) > 0;

  return hk_cheque_new_take (&data);
}

static char *
today_of (HkChequeStore *self)
{
  return hk_hall_store_format_day (self->hall, hk_database_get_now (self->database));
}

static GPtrArray *
read_cheques (HkChequeStore  *self,
              HkStatement    *stmt,
              GError        **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = today_of (self);
  GError *local_error = NULL;

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (list, cheque_from_row (stmt, today));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&list);
}

/* The payer's name as marks compare it: no blanks, case folded. */
static char *
payer_key (const char *payer)
{
  g_autofree char *folded = g_utf8_casefold (payer != NULL ? payer : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
clean_text (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/**
 * hk_cheque_register_receipts: (skip)
 *
 * Inside the transaction that wrote the receipts @first_receipt_id to @last_receipt_id: their
 * cheque payments (of valid receipts, not the refunds of red-letter ones) go into the register.
 */
gboolean
hk_cheque_register_receipts (HkDatabase  *database,
                             gint64       first_receipt_id,
                             gint64       last_receipt_id,
                             GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (database,
                                    "INSERT INTO cheques (receipt_id, payment_seq, cheque_no,"
                                    " amount, clerk_id, received_at, state_at)"
                                    " SELECT p.receipt_id, p.seq, p.cheque_no, p.amount,"
                                    "  r.clerk_id, r.issued_at, r.issued_at"
                                    " FROM receipt_payments p JOIN receipts r"
                                    "  ON r.id = p.receipt_id"
                                    " WHERE p.receipt_id BETWEEN ?1 AND ?2"
                                    "  AND p.method = 'cheque' AND p.amount > 0"
                                    "  AND r.status = 'issued'", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, first_receipt_id);
  hk_statement_bind_int64 (stmt, 2, last_receipt_id);

  return hk_statement_run (stmt, error);
}

/**
 * hk_cheque_record_details: (skip)
 *
 * Inside the receipt's transaction: the bank and payer the counter gave with a cheque
 * payment go to the cheque hk_cheque_register_receipts() registered.
 */
gboolean
hk_cheque_record_details (HkDatabase  *database,
                          gint64       receipt_id,
                          guint        payment_seq,
                          const char  *bank_name,
                          const char  *payer,
                          GError     **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *bank = clean_text (bank_name);
  g_autofree char *who = clean_text (payer);

  if (*bank == '\0' && *who == '\0')
    return TRUE;

  if (strlen (bank) > TEXT_MAX_LENGTH || strlen (who) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The cheque’s bank and payer have at most %d characters."),
                   TEXT_MAX_LENGTH);
      return FALSE;
    }

  if (!(stmt = hk_database_prepare (database,
                                    "UPDATE cheques SET bank_name = ?3, payer = ?4"
                                    " WHERE receipt_id = ?1 AND payment_seq = ?2", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, receipt_id);
  hk_statement_bind_int64 (stmt, 2, payment_seq);
  hk_statement_bind_text (stmt, 3, *bank != '\0' ? bank : NULL);
  hk_statement_bind_text (stmt, 4, *who != '\0' ? who : NULL);

  return hk_statement_run (stmt, error);
}

static void
hk_cheque_store_finalize (GObject *object)
{
  HkChequeStore *self = (HkChequeStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->hall);

  G_OBJECT_CLASS (hk_cheque_store_parent_class)->finalize (object);
}

static void
hk_cheque_store_class_init (HkChequeStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_cheque_store_finalize;

  /**
   * HkChequeStore::changed:
   *
   * Emitted after each write of the store. A cheque taken on a receipt comes with the receipt
   * store's "changed", a cheque paid in with the bank store's.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hk_cheque_store_init (HkChequeStore *self)
{
}

HkChequeStore *
hk_cheque_store_new (HkDatabase  *database,
                     HkHallStore *hall)
{
  HkChequeStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);

  self = g_object_new (HK_TYPE_CHEQUE_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);

  return self;
}

/**
 * hk_cheque_store_get_deadline_days:
 *
 * Returns: within how many working days a bounced cheque is to be resolved;
 *   #HK_CHEQUE_DEADLINE_DAYS_DEFAULT unless a supervisor changed it. A bounced cheque keeps
 *   the deadline it was given when it bounced.
 */
guint
hk_cheque_store_get_deadline_days (HkChequeStore *self)
{
  g_autoptr(HkStatement) stmt = NULL;
  guint64 days = 0;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), HK_CHEQUE_DEADLINE_DAYS_DEFAULT);

  stmt = hk_database_prepare (self->database, "SELECT value FROM settings WHERE key = ?1", NULL);
  if (stmt == NULL)
    return HK_CHEQUE_DEADLINE_DAYS_DEFAULT;

  hk_statement_bind_text (stmt, 1, DEADLINE_SETTING);
  if (!hk_statement_step (stmt, NULL) ||
      !g_ascii_string_to_unsigned (hk_statement_get_text (stmt, 0), 10, 1,
                                   HK_CHEQUE_DEADLINE_DAYS_MAX, &days, NULL))
    return HK_CHEQUE_DEADLINE_DAYS_DEFAULT;

  return (guint)days;
}

/* Applies to cheques that bounce from now on. */
gboolean
hk_cheque_store_set_deadline_days (HkChequeStore  *self,
                                   HkOperator     *actor,
                                   guint           days,
                                   GError        **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *value = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_SUPERVISOR | HK_ROLE_ADMINISTRATOR,
                              _("Changing the bounced-cheque deadline"), error))
    return FALSE;

  if (days < 1 || days > HK_CHEQUE_DEADLINE_DAYS_MAX)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A bounced cheque is resolved within 1 to %d working days."),
                   HK_CHEQUE_DEADLINE_DAYS_MAX);
      return FALSE;
    }

  value = g_strdup_printf ("%u", days);
  summary = g_strdup_printf ("bounced-cheque deadline: %u working days (was %u), for cheques "
                             "that bounce from now on", days,
                             hk_cheque_store_get_deadline_days (self));

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(stmt = hk_database_prepare (self->database,
                                    "INSERT INTO settings (key, value) VALUES (?1, ?2)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                    error)))
    return FALSE;

  hk_statement_bind_text (stmt, 1, DEADLINE_SETTING);
  hk_statement_bind_text (stmt, 2, value);

  if (!hk_statement_run (stmt, error) ||
      !hk_audit_log_append (self->database, actor, "settings-changed", "settings", 0, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

HkCheque *
hk_cheque_store_lookup (HkChequeStore  *self,
                        gint64          cheque_id,
                        GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " CHEQUE_COLUMNS CHEQUE_FROM " WHERE c.id = ?1",
                                    error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, cheque_id);

  if (!(list = read_cheques (self, stmt, error)))
    return NULL;

  if (list->len == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND, _("There is no cheque number %lld."),
                   (long long)cheque_id);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (list, 0));
}

/**
 * hk_cheque_store_list:
 * @state: an #HkChequeState, or -1 for all
 *
 * Returns: (transfer full) (element-type HkCheque): the cheques, newest first
 */
GPtrArray *
hk_cheque_store_list (HkChequeStore  *self,
                      int             state,
                      GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " CHEQUE_COLUMNS CHEQUE_FROM
                                    " WHERE ?1 IS NULL OR c.state = ?1"
                                    " ORDER BY c.received_at DESC, c.id DESC", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, state >= 0 ? hk_cheque_state_to_id (state) : NULL);

  return read_cheques (self, stmt, error);
}

/**
 * hk_cheque_store_list_overdue:
 *
 * Returns: (transfer full) (element-type HkCheque): the bounced cheques still unresolved after
 *   their deadline day, the oldest deadline first: the auditor's flags
 */
GPtrArray *
hk_cheque_store_list_overdue (HkChequeStore  *self,
                              GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), NULL);

  today = today_of (self);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " CHEQUE_COLUMNS CHEQUE_FROM
                                    " WHERE c.state = 'bounced' AND c.deadline_day < ?1"
                                    " ORDER BY c.deadline_day, c.id", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, today);

  return read_cheques (self, stmt, error);
}

/**
 * hk_cheque_store_list_receipt:
 *
 * Returns: (transfer full) (element-type HkCheque): the cheques taken on a receipt
 */
GPtrArray *
hk_cheque_store_list_receipt (HkChequeStore  *self,
                              gint64          receipt_id,
                              GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " CHEQUE_COLUMNS CHEQUE_FROM
                                    " WHERE c.receipt_id = ?1 ORDER BY c.payment_seq", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, receipt_id);

  return read_cheques (self, stmt, error);
}

/* Begins a write on one cheque: the role check, the transaction, the cheque as it is now. */
static HkCheque *
begin_change (HkChequeStore  *self,
              HkOperator     *actor,
              HkRoles         roles,
              const char     *what,
              HkCheque       *cheque,
              HkTransaction **tx,
              GError        **error)
{
  g_return_val_if_fail (HK_IS_CHEQUE (cheque), NULL);

  if (!hk_permission_require_about (self->database, actor, roles, what, "cheque",
                                    hk_cheque_get_id (cheque), error) ||
      !(*tx = hk_transaction_begin (self->database, error)))
    return NULL;

  return hk_cheque_store_lookup (self, hk_cheque_get_id (cheque), error);
}

static HkCheque *
finish_change (HkChequeStore  *self,
               HkOperator     *actor,
               HkTransaction  *tx,
               HkCheque       *cheque,
               const char     *action,
               const char     *summary,
               GError        **error)
{
  if (!hk_audit_log_append (self->database, actor, action, "cheque", hk_cheque_get_id (cheque),
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0);

  return hk_cheque_store_lookup (self, hk_cheque_get_id (cheque), error);
}

static gboolean
refuse_state (HkCheque  *cheque,
              GError   **error)
{
  g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT, _("Cheque %s is %s: it cannot do that now."),
               hk_cheque_get_cheque_no (cheque),
               hk_cheque_state_get_title (hk_cheque_get_state (cheque)));
  return FALSE;
}

/**
 * hk_cheque_store_set_details:
 * @actor: the clerk who took the cheque, or the auditor
 *
 * Enters the cheque's bank and payer, before it is endorsed.
 */
HkCheque *
hk_cheque_store_set_details (HkChequeStore  *self,
                             HkOperator     *actor,
                             HkCheque       *cheque,
                             const char     *bank_name,
                             const char     *payer,
                             GError        **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkCheque) current = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *bank = clean_text (bank_name);
  g_autofree char *who = clean_text (payer);
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), NULL);

  if (!(current = begin_change (self, actor, HK_ROLE_CLERK | HK_ROLE_AUDITOR,
                                _("Entering a cheque’s bank and payer"), cheque, &tx, error)))
    return NULL;

  if (hk_cheque_get_clerk_id (current) != hk_operator_get_id (actor) &&
      !hk_operator_has_any_role (actor, HK_ROLE_AUDITOR))
    {
      hk_permission_refuse (self->database, &tx, actor, "cheque", hk_cheque_get_id (current),
                            error, "%s",
                            _("Only the clerk who took the cheque, or an auditor, enters its "
                              "details."));
      return NULL;
    }

  if (*bank == '\0' || *who == '\0' || strlen (bank) > TEXT_MAX_LENGTH ||
      strlen (who) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give the cheque’s bank and its payer."));
      return NULL;
    }

  if (hk_cheque_get_state (current) != HK_CHEQUE_RECEIVED)
    {
      refuse_state (current, error);
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE cheques SET bank_name = ?2, payer = ?3"
                                      " WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_cheque_get_id (current));
  hk_statement_bind_text (update, 2, bank);
  hk_statement_bind_text (update, 3, who);

  summary = g_strdup_printf ("cheque %s of receipt %s: bank %s, payer %s",
                             hk_cheque_get_cheque_no (current), hk_cheque_get_receipt_no (current),
                             bank, who);

  if (!hk_statement_run (update, error))
    return NULL;

  return finish_change (self, actor, tx, current, "cheque-details", summary, error);
}

/**
 * hk_cheque_store_endorse:
 * @actor: an auditor
 * @endorsee: to whom: the bank for collection, or a third party
 *
 * Endorses (背书) a received cheque whose bank and payer are known.
 */
HkCheque *
hk_cheque_store_endorse (HkChequeStore  *self,
                         HkOperator     *actor,
                         HkCheque       *cheque,
                         const char     *endorsee,
                         GError        **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkCheque) current = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *to = clean_text (endorsee);
  g_autofree char *summary = NULL;
  gint64 now;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), NULL);

  if (!(current = begin_change (self, actor, HK_ROLE_AUDITOR, _("Endorsing a cheque"), cheque,
                                &tx, error)))
    return NULL;

  if (*to == '\0' || strlen (to) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give to whom the cheque is endorsed."));
      return NULL;
    }

  if (hk_cheque_get_state (current) != HK_CHEQUE_RECEIVED)
    {
      refuse_state (current, error);
      return NULL;
    }

  if (hk_cheque_get_bank_name (current) == NULL || hk_cheque_get_payer (current) == NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Enter the bank and the payer of cheque %s before endorsing it."),
                   hk_cheque_get_cheque_no (current));
      return NULL;
    }

  now = hk_database_get_now (self->database);
  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE cheques SET state = 'endorsed', state_at = ?2,"
                                      " endorsed_at = ?2, endorsed_by = ?3, endorsee = ?4"
                                      " WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_cheque_get_id (current));
  hk_statement_bind_int64 (update, 2, now);
  hk_statement_bind_int64 (update, 3, hk_operator_get_id (actor));
  hk_statement_bind_text (update, 4, to);

  summary = g_strdup_printf ("endorsed cheque %s (%lld fen, payer %s) to %s",
                             hk_cheque_get_cheque_no (current),
                             (long long)hk_cheque_get_amount (current),
                             hk_cheque_get_payer (current), to);

  if (!hk_statement_run (update, error))
    return NULL;

  return finish_change (self, actor, tx, current, "cheque-endorsed", summary, error);
}

/* The auditor records that the bank credited a deposited cheque. */
HkCheque *
hk_cheque_store_clear (HkChequeStore  *self,
                       HkOperator     *actor,
                       HkCheque       *cheque,
                       GError        **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkCheque) current = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), NULL);

  if (!(current = begin_change (self, actor, HK_ROLE_AUDITOR, _("Clearing a cheque"), cheque,
                                &tx, error)))
    return NULL;

  if (hk_cheque_get_state (current) != HK_CHEQUE_DEPOSITED)
    {
      refuse_state (current, error);
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE cheques SET state = 'cleared', state_at = ?2,"
                                      " cleared_at = ?2 WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_cheque_get_id (current));
  hk_statement_bind_int64 (update, 2, hk_database_get_now (self->database));

  summary = g_strdup_printf ("cheque %s (%lld fen) cleared", hk_cheque_get_cheque_no (current),
                             (long long)hk_cheque_get_amount (current));

  if (!hk_statement_run (update, error))
    return NULL;

  return finish_change (self, actor, tx, current, "cheque-cleared", summary, error);
}

/**
 * hk_cheque_store_bounce:
 * @reason: why the bank returned it
 *
 * The auditor records a bounced cheque (退票): deposited (the bank returned it) or endorsed on
 * (the endorsee brought it back). It gets its deadline, hk_cheque_store_get_deadline_days()
 * working days after today, and its payer is marked.
 */
HkCheque *
hk_cheque_store_bounce (HkChequeStore  *self,
                        HkOperator     *actor,
                        HkCheque       *cheque,
                        const char     *reason,
                        GError        **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkCheque) current = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkStatement) mark = NULL;
  g_autofree char *why = clean_text (reason);
  g_autofree char *today = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *key = NULL;
  g_autofree char *summary = NULL;
  guint days;
  gint64 now;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), NULL);

  if (!(current = begin_change (self, actor, HK_ROLE_AUDITOR, _("Recording a bounced cheque"),
                                cheque, &tx, error)))
    return NULL;

  if (*why == '\0' || strlen (why) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give the reason the cheque was returned."));
      return NULL;
    }

  if (hk_cheque_get_state (current) != HK_CHEQUE_DEPOSITED &&
      hk_cheque_get_state (current) != HK_CHEQUE_ENDORSED)
    {
      refuse_state (current, error);
      return NULL;
    }

  now = hk_database_get_now (self->database);
  today = today_of (self);
  days = hk_cheque_store_get_deadline_days (self);
  deadline = hk_working_days_after (today, days);

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE cheques SET state = 'bounced', state_at = ?2,"
                                      " bounced_at = ?2, bounced_day = ?3, bounce_reason = ?4,"
                                      " deadline_day = ?5 WHERE id = ?1", error)) ||
      !(mark = hk_database_prepare (self->database,
                                    "INSERT INTO cheque_payer_marks (payer_key, payer, cheque_id,"
                                    " marked_at) VALUES (?1, ?2, ?3, ?4)", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_cheque_get_id (current));
  hk_statement_bind_int64 (update, 2, now);
  hk_statement_bind_text (update, 3, today);
  hk_statement_bind_text (update, 4, why);
  hk_statement_bind_text (update, 5, deadline);

  key = payer_key (hk_cheque_get_payer (current));
  hk_statement_bind_text (mark, 1, key);
  hk_statement_bind_text (mark, 2, hk_cheque_get_payer (current));
  hk_statement_bind_int64 (mark, 3, hk_cheque_get_id (current));
  hk_statement_bind_int64 (mark, 4, now);

  summary = g_strdup_printf ("cheque %s (%lld fen, payer %s) bounced: %s; to be resolved by %s "
                             "(%u working days); payer marked",
                             hk_cheque_get_cheque_no (current),
                             (long long)hk_cheque_get_amount (current),
                             hk_cheque_get_payer (current), why, deadline, days);

  if (!hk_statement_run (update, error) || !hk_statement_run (mark, error))
    return NULL;

  return finish_change (self, actor, tx, current, "cheque-bounced", summary, error);
}

/**
 * hk_cheque_store_resolve:
 * @resolution: how it was settled (paid in cash, a new cheque, written off with approval…)
 *
 * The auditor closes a bounced cheque. The payer's mark stays until the auditor clears it.
 */
HkCheque *
hk_cheque_store_resolve (HkChequeStore  *self,
                         HkOperator     *actor,
                         HkCheque       *cheque,
                         const char     *resolution,
                         GError        **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkCheque) current = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *how = clean_text (resolution);
  g_autofree char *summary = NULL;
  gint64 now;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), NULL);

  if (!(current = begin_change (self, actor, HK_ROLE_AUDITOR, _("Resolving a bounced cheque"),
                                cheque, &tx, error)))
    return NULL;

  if (*how == '\0' || strlen (how) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Say how the bounced cheque was settled."));
      return NULL;
    }

  if (hk_cheque_get_state (current) != HK_CHEQUE_BOUNCED)
    {
      refuse_state (current, error);
      return NULL;
    }

  now = hk_database_get_now (self->database);
  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE cheques SET state = 'resolved', state_at = ?2,"
                                      " resolved_at = ?2, resolved_by = ?3, resolution = ?4"
                                      " WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_cheque_get_id (current));
  hk_statement_bind_int64 (update, 2, now);
  hk_statement_bind_int64 (update, 3, hk_operator_get_id (actor));
  hk_statement_bind_text (update, 4, how);

  summary = g_strdup_printf ("bounced cheque %s resolved%s: %s",
                             hk_cheque_get_cheque_no (current),
                             hk_cheque_is_overdue (current) ? " after its deadline" : "", how);

  if (!hk_statement_run (update, error))
    return NULL;

  return finish_change (self, actor, tx, current, "cheque-resolved", summary, error);
}

/**
 * hk_cheque_store_check_payer:
 * @payer: the payer named on a cheque the clerk is about to take
 *
 * What the cash desk asks before taking a cheque. Nothing is refused: the clerk is warned.
 *
 * Returns: (transfer full) (nullable): a warning for the clerk when a cheque of that payer
 *   bounced and the auditor has not cleared the mark, else %NULL (and @error unset)
 */
char *
hk_cheque_store_check_payer (HkChequeStore  *self,
                             const char     *payer,
                             GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *key = NULL;
  g_autofree char *amount = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), NULL);

  key = payer_key (payer);
  if (*key == '\0')
    return NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT m.payer, c.cheque_no, c.amount, c.bounced_day,"
                                    " c.state, (SELECT count (*) FROM cheque_payer_marks x"
                                    "   WHERE x.payer_key = ?1 AND x.cleared_at IS NULL)"
                                    " FROM cheque_payer_marks m"
                                    " JOIN cheques c ON c.id = m.cheque_id"
                                    " WHERE m.payer_key = ?1 AND m.cleared_at IS NULL"
                                    " ORDER BY m.id DESC LIMIT 1", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, key);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      return NULL;
    }

  amount = hk_money_format (hk_statement_get_int64 (stmt, 2));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "A cheque of %s bounced (cheque %s for %s, %s, %s); %lld "
                                       "bounce is on record. Ask for another means of payment "
                                       "or call the duty manager.",
                                       "A cheque of %s bounced (cheque %s for %s, %s, %s); %lld "
                                       "bounces are on record. Ask for another means of payment "
                                       "or call the duty manager.",
                                       (gulong)hk_statement_get_int64 (stmt, 5)),
                          hk_statement_get_text (stmt, 0), hk_statement_get_text (stmt, 1),
                          amount, hk_statement_get_text (stmt, 3),
                          g_strcmp0 (hk_statement_get_text (stmt, 4), "resolved") == 0
                          ? _("since resolved") : _("not resolved"),
                          (long long)hk_statement_get_int64 (stmt, 5));
}

/**
 * hk_cheque_store_list_marked_payers:
 *
 * Returns: (transfer full): the payers with a mark the auditor has not cleared, by name
 */
GStrv
hk_cheque_store_list_marked_payers (HkChequeStore  *self,
                                    GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT max (payer) FROM cheque_payer_marks"
                                    " WHERE cleared_at IS NULL GROUP BY payer_key"
                                    " ORDER BY 1", error)))
    return NULL;

  while (hk_statement_step (stmt, &local_error))
    g_strv_builder_add (builder, hk_statement_get_text (stmt, 0));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

/* The auditor clears a payer's marks: their cheques no longer warn the clerk. */
gboolean
hk_cheque_store_clear_payer (HkChequeStore  *self,
                             HkOperator     *actor,
                             const char     *payer,
                             const char     *reason,
                             GError        **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *key = NULL;
  g_autofree char *why = clean_text (reason);
  g_autofree char *summary = NULL;
  gint64 now;

  g_return_val_if_fail (HK_IS_CHEQUE_STORE (self), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Clearing a payer’s bounced-cheque mark"), error))
    return FALSE;

  key = payer_key (payer);
  if (*key == '\0' || *why == '\0' || strlen (why) > TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give the payer and the reason the mark is cleared."));
      return FALSE;
    }

  now = hk_database_get_now (self->database);
  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(update = hk_database_prepare (self->database,
                                      "UPDATE cheque_payer_marks SET cleared_at = ?2,"
                                      " cleared_by = ?3, clear_reason = ?4"
                                      " WHERE payer_key = ?1 AND cleared_at IS NULL", error)))
    return FALSE;

  hk_statement_bind_text (update, 1, key);
  hk_statement_bind_int64 (update, 2, now);
  hk_statement_bind_int64 (update, 3, hk_operator_get_id (actor));
  hk_statement_bind_text (update, 4, why);

  {
    g_autoptr(HkStatement) marked = NULL;

    if (!(marked = hk_database_prepare (self->database,
                                        "SELECT 1 FROM cheque_payer_marks WHERE payer_key = ?1"
                                        " AND cleared_at IS NULL", error)))
      return FALSE;
    hk_statement_bind_text (marked, 1, key);
    if (!hk_statement_step (marked, NULL))
      {
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("The payer %s has no bounced-cheque mark."), payer);
        return FALSE;
      }
  }

  if (!hk_statement_run (update, error))
    return FALSE;

  summary = g_strdup_printf ("cleared the bounced-cheque mark of payer %s: %s", payer, why);

  if (!hk_audit_log_append (self->database, actor, "cheque-payer-cleared", "cheque", 0, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}
