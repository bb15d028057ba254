/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-test-hall.c: a service hall for core tests: its context, its operators, and a day's work. */

#include "config.h"

#include "hk-test-hall.h"

#include <string.h>

static void
open_context (HkTestHall *hall,
              gint64      now)
{
  hk_database_set_now (hall->db.database, now);

  hall->context = hk_context_new (hall->db.database);
  hall->operators = hk_context_get_operator_store (hall->context);
  hall->fee_items = hk_context_get_fee_item_store (hall->context);
  hall->books = hk_context_get_invoice_book_store (hall->context);
  hall->shifts = hk_context_get_shift_store (hall->context);
  hall->receipts = hk_context_get_receipt_store (hall->context);
}

/* The operator of @hall with the login of @original, an operator of another hall. */
static HkOperator *
find_same (HkTestHall *hall,
           HkOperator *original)
{
  if (original == NULL)
    return NULL;

  return hk_test_hall_find_operator (hall, hk_operator_get_login (original));
}

/* An empty hall: a migrated database in a fresh directory, its clock at @now. */
void
hk_test_hall_setup (HkTestHall *hall,
                    gint64      now)
{
  hk_test_db_setup (&hall->db, NULL);
  open_context (hall, now);
}

/* A copy of @original's database, its clock at @now, with the operators by role of @original.
 * A hall built once and copied for each test spares hashing its passwords again and again. */
void
hk_test_hall_setup_copy (HkTestHall       *hall,
                         const HkTestHall *original,
                         gint64            now)
{
  hk_test_db_setup_copy (&hall->db, original->db.database);
  open_context (hall, now);

  hall->admin = find_same (hall, original->admin);
  hall->supervisor = find_same (hall, original->supervisor);
  hall->auditor = find_same (hall, original->auditor);
  hall->manager = find_same (hall, original->manager);
  hall->clerk = find_same (hall, original->clerk);
  hall->clerk2 = find_same (hall, original->clerk2);
}

void
hk_test_hall_teardown (HkTestHall *hall)
{
  g_clear_object (&hall->admin);
  g_clear_object (&hall->supervisor);
  g_clear_object (&hall->auditor);
  g_clear_object (&hall->manager);
  g_clear_object (&hall->clerk);
  g_clear_object (&hall->clerk2);

  hall->operators = NULL;
  hall->fee_items = NULL;
  hall->books = NULL;
  hall->shifts = NULL;
  hall->receipts = NULL;
  g_clear_object (&hall->context);

  hk_test_db_teardown (&hall->db, NULL);
}

/* Whatever a test did, the audit log is one whole chain and no transaction is left open. */
void
hk_test_hall_assert_intact (HkTestHall *hall)
{
  hk_test_assert_audit_ok (hall->db.database);
  g_assert_false (hk_database_in_transaction (hall->db.database));
}

/* @when falls on @day in the hall's time zone: the clock is where the tests think it is. */
void
hk_test_hall_assert_day (HkTestHall *hall,
                         gint64      when,
                         const char *day)
{
  g_autofree char *formatted = NULL;

  formatted = hk_hall_store_format_day (hk_context_get_hall_store (hall->context), when);
  g_assert_cmpstr (formatted, ==, day);
}

/* ---- operators ---- */

/* The first administrator, "admin", as the first start of the application creates it. */
void
hk_test_hall_add_admin (HkTestHall *hall,
                        const char *display_name,
                        const char *password)
{
  g_autoptr(GError) error = NULL;

  hall->admin = hk_operator_store_create_administrator (hall->operators, "admin", display_name,
                                                        password, &error);
  g_assert_no_error (error);
}

/* An operator added by the administrator, with HK_TEST_PASSWORD. */
HkOperator *
hk_test_hall_add_operator (HkTestHall *hall,
                           const char *login,
                           const char *display_name,
                           HkRoles     roles)
{
  g_autoptr(GError) error = NULL;
  HkOperator *operator;

  operator = hk_operator_store_add (hall->operators, hall->admin, login, display_name, roles,
                                    HK_TEST_PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (operator);

  return operator;
}

/* An operator straight into the file, named by its login, created at the hall's clock and with no
 * password: for tests that need neither an administrator nor a login, as hashing real passwords
 * would only slow them. */
HkOperator *
hk_test_hall_insert_operator (HkTestHall *hall,
                              const char *login,
                              HkRoles     roles)
{
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(GError) error = NULL;
  HkOperator *operator;
  gint64 id;

  insert = hk_database_prepare (hall->db.database,
                                "INSERT INTO operators (login, display_name, password_hash,"
                                " created_at) VALUES (?1, ?1, 'not-a-hash', ?2)", &error);
  g_assert_no_error (error);
  hk_statement_bind_text (insert, 1, login);
  hk_statement_bind_int64 (insert, 2, hk_database_get_now (hall->db.database));
  g_assert_true (hk_statement_run (insert, &error));
  g_assert_no_error (error);
  id = hk_database_get_last_insert_id (hall->db.database);

  for (guint i = 0; i < HK_N_ROLES; i++)
    {
      g_autoptr(HkStatement) role = NULL;

      if (!(roles & hk_role_nth (i)))
        continue;

      role = hk_database_prepare (hall->db.database,
                                  "INSERT INTO operator_roles (operator_id, role) VALUES (?1, ?2)",
                                  &error);
      g_assert_no_error (error);
      hk_statement_bind_int64 (role, 1, id);
      hk_statement_bind_text (role, 2, hk_role_to_id (hk_role_nth (i)));
      g_assert_true (hk_statement_run (role, &error));
      g_assert_no_error (error);
    }

  operator = hk_operator_store_lookup (hall->operators, login, &error);
  g_assert_no_error (error);

  return operator;
}

HkOperator *
hk_test_hall_find_operator (HkTestHall *hall,
                            const char *login)
{
  g_autoptr(GError) error = NULL;
  HkOperator *operator;

  operator = hk_operator_store_lookup (hall->operators, login, &error);
  g_assert_no_error (error);
  g_assert_nonnull (operator);

  return operator;
}

/* ---- the tariff ---- */

/* A fee item added by the supervisor; its id. */
gint64
hk_test_hall_add_fee_item (HkTestHall    *hall,
                           const char    *code,
                           const char    *name,
                           HkFeeCategory  category,
                           gint64         price,
                           const char    *valid_from)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkFeeItem) item = NULL;

  item = hk_fee_item_store_add (hall->fee_items, hall->supervisor, code, name, category, price,
                                valid_from, &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);

  return hk_fee_item_get_id (item);
}

gint64
hk_test_hall_find_fee_item (HkTestHall *hall,
                            const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkFeeItem) item = NULL;

  item = hk_fee_item_store_lookup (hall->fee_items, code, &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);

  return hk_fee_item_get_id (item);
}

/* ---- invoice numbers, all by the auditor ---- */

HkInvoiceBook *
hk_test_hall_register_book (HkTestHall *hall,
                            const char *code,
                            gint64      first_no,
                            gint64      last_no)
{
  g_autoptr(GError) error = NULL;
  HkInvoiceBook *book;

  book = hk_invoice_book_store_register (hall->books, hall->auditor, code, first_no, last_no,
                                         &error);
  g_assert_no_error (error);
  g_assert_nonnull (book);

  return book;
}

void
hk_test_hall_issue_numbers (HkTestHall    *hall,
                            HkInvoiceBook *book,
                            gint64         first_no,
                            gint64         last_no,
                            HkOperator    *clerk)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hk_invoice_book_store_issue (hall->books, hall->auditor, book, first_no, last_no,
                                              clerk, &error));
  g_assert_no_error (error);
}

/* A new book of these numbers, all of it issued to @clerk. */
void
hk_test_hall_give_numbers (HkTestHall *hall,
                           HkOperator *clerk,
                           const char *code,
                           gint64      first_no,
                           gint64      last_no)
{
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(GError) error = NULL;

  book = hk_test_hall_register_book (hall, code, first_no, last_no);
  g_assert_true (hk_invoice_book_store_issue_book (hall->books, hall->auditor, book, clerk,
                                                   &error));
  g_assert_no_error (error);
}

/* ---- the counter ---- */

HkShift *
hk_test_hall_open_shift (HkTestHall *hall,
                         HkOperator *clerk,
                         gint64      opening_float)
{
  g_autoptr(GError) error = NULL;
  HkShift *shift;

  shift = hk_shift_store_open (hall->shifts, clerk, opening_float, &error);
  g_assert_no_error (error);
  g_assert_nonnull (shift);

  return shift;
}

/* Closes @shift with the drawer's @counts and the @declared non-cash takings (none for NULL). */
HkShift *
hk_test_hall_close_shift (HkTestHall   *hall,
                          HkOperator   *clerk,
                          HkShift      *shift,
                          const gint64  counts[HK_N_DENOMINATIONS],
                          const gint64  declared[HK_N_PAYMENT_METHODS])
{
  static const gint64 nothing_declared[HK_N_PAYMENT_METHODS] = { 0 };
  g_autoptr(GError) error = NULL;
  HkShift *closed;

  closed = hk_shift_store_close (hall->shifts, clerk, shift, counts,
                                 declared != NULL ? declared : nothing_declared, &error);
  g_assert_no_error (error);
  g_assert_nonnull (closed);

  return closed;
}

/* A receipt of one line, paid in full by one payment of @method. */
HkReceipt *
hk_test_hall_sell (HkTestHall      *hall,
                   HkOperator      *clerk,
                   gint64           fee_item_id,
                   gint64           quantity,
                   gint64           total,
                   HkPaymentMethod  method)
{
  g_autoptr(GError) error = NULL;
  HkReceiptLineInput line = { .fee_item_id = fee_item_id, .quantity = quantity };
  HkReceiptPaymentInput payment = { method, total, method == HK_PAYMENT_CHEQUE ? "C001" : NULL };
  HkReceipt *receipt;

  receipt = hk_receipt_store_issue (hall->receipts, clerk, NULL, &line, 1, &payment, 1, NULL,
                                    &error);
  g_assert_no_error (error);
  g_assert_nonnull (receipt);
  g_assert_cmpint (hk_receipt_get_total (receipt), ==, total);

  return receipt;
}

/* A signed daily report of that clerk and day, as the auditor's signature leaves it. */
void
hk_test_hall_sign_day (HkTestHall *hall,
                       HkOperator *clerk,
                       const char *day)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hall->db.database,
                              "INSERT INTO daily_reports (clerk_id, business_day, submitted_at,"
                              " signed_at, signed_by) VALUES (?1, ?2, ?3, ?3, ?4)", &error);
  g_assert_no_error (error);
  hk_statement_bind_int64 (stmt, 1, hk_operator_get_id (clerk));
  hk_statement_bind_text (stmt, 2, day);
  hk_statement_bind_int64 (stmt, 3, hk_database_get_now (hall->db.database));
  hk_statement_bind_int64 (stmt, 4, hk_operator_get_id (hall->auditor));
  g_assert_true (hk_statement_run (stmt, &error));
  g_assert_no_error (error);
}

/* ---- what was written ---- */

static void
strip_table (char       *rows,
             const char *table)
{
  g_autofree char *header = g_strdup_printf ("[%s]", table);
  char *start = strstr (rows, header);
  char *next;

  g_assert_nonnull (start);

  next = strstr (start + 1, "\n[");
  if (next != NULL)
    memmove (start, next + 1, strlen (next + 1) + 1);
  else
    *start = '\0';
}

/* Every row of every table but the audit log, as another program would read the file. */
static char *
snapshot (HkTestHall *hall)
{
  char *rows = hk_test_dump_file_rows (hall->db.path);

  strip_table (rows, "audit_log");
  strip_table (rows, "audit_head");

  return rows;
}

void
hk_test_hall_remember (HkTestHall       *hall,
                       HkTestHallBefore *before)
{
  before->rows = snapshot (hall);
  before->n_audit = hk_test_count_audit (hall->db.database, NULL);
  before->n_denied = hk_test_count_audit (hall->db.database, "permission-denied");
  before->n_changed = hall->n_changed;
}

/* Nothing was written since hk_test_hall_remember () but, for a refusal by role, @n_denied
 * "permission-denied" entries. */
void
hk_test_hall_assert_unchanged (HkTestHall       *hall,
                               HkTestHallBefore *before,
                               gint64            n_denied)
{
  g_autofree char *rows = snapshot (hall);

  g_assert_cmpstr (rows, ==, before->rows);
  g_assert_cmpint (hk_test_count_audit (hall->db.database, "permission-denied"), ==,
                   before->n_denied + n_denied);
  g_assert_cmpint (hk_test_count_audit (hall->db.database, NULL), ==, before->n_audit + n_denied);
  g_assert_cmpuint (hall->n_changed, ==, before->n_changed);
  g_assert_false (hk_database_in_transaction (hall->db.database));
  g_clear_pointer (&before->rows, g_free);
}

/* The last audit entry's action, operator, entity and entity id, and a piece of its summary. */
void
hk_test_hall_assert_last_audit (HkTestHall *hall,
                                const char *action,
                                HkOperator *actor,
                                const char *entity,
                                gint64      entity_id,
                                const char *summary_part)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hall->db.database,
                              "SELECT action, operator_id, entity, entity_id, summary"
                              " FROM audit_log ORDER BY seq DESC LIMIT 1", &error);
  g_assert_no_error (error);
  g_assert_true (hk_statement_step (stmt, &error));

  g_assert_cmpstr (hk_statement_get_text (stmt, 0), ==, action);
  g_assert_cmpint (hk_statement_get_int64 (stmt, 1), ==, hk_operator_get_id (actor));
  g_assert_cmpstr (hk_statement_get_text (stmt, 2), ==, entity);
  g_assert_cmpint (hk_statement_get_int64 (stmt, 3), ==, entity_id);
  if (summary_part != NULL && strstr (hk_statement_get_text (stmt, 4), summary_part) == NULL)
    g_error ("the audit summary “%s” does not say “%s”", hk_statement_get_text (stmt, 4),
             summary_part);
}
