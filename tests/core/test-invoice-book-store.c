/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-invoice-book-store.c: invoice books: registering, issuing and checking numbers back in,
 * the segments that split and merge, the next receipt number, gaps, the day's figures, and
 * who may do what. */

#include "config.h"

#include "core/hk-context.h"
#include "core/hk-error.h"
#include "core/hk-invoice-book-store.h"
#include "core/hk-transaction.h"
#include "hk-test-hall.h"

/* 2024-03-01 09:00 and 2024-03-02 09:00 in Asia/Shanghai (UTC+8). */
#define DAY1_9AM 1709254800
#define DAY2_9AM 1709341200
#define DAY1 "2024-03-01"
#define DAY2 "2024-03-02"
#define DAY3 "2024-03-03"
#define HOUR 3600

#define CODE_A "1234567890"
#define CODE_B "123456789012"

typedef struct
{
  HkTestHall          hall;
  HkInvoiceBookStore *store;
  HkOperator         *zhangli;
  HkOperator         *liuyang;
} Fixture;

static void
on_store_changed_cb (HkInvoiceBookStore *store,
                     Fixture            *fixture)
{
  fixture->hall.n_changed++;
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  hk_test_hall_setup (&fixture->hall, DAY1_9AM);
  fixture->store = hk_invoice_book_store_new (fixture->hall.db.database);
  fixture->hall.auditor = hk_test_hall_insert_operator (&fixture->hall, "zhaomin", HK_ROLE_AUDITOR);
  fixture->zhangli = hk_test_hall_insert_operator (&fixture->hall, "zhangli", HK_ROLE_CLERK);
  fixture->liuyang = hk_test_hall_insert_operator (&fixture->hall, "liuyang",
                                                   HK_ROLE_CLERK | HK_ROLE_TECHNICIAN);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_store_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_clear_object (&fixture->zhangli);
  g_clear_object (&fixture->liuyang);
  g_clear_object (&fixture->store);
  hk_test_hall_teardown (&fixture->hall);
}

static HkInvoiceBook *
register_book (Fixture    *fixture,
               const char *code,
               gint64      first_no,
               gint64      last_no)
{
  g_autoptr(GError) error = NULL;
  HkInvoiceBook *book;

  book = hk_invoice_book_store_register (fixture->store, fixture->hall.auditor, code, first_no,
                                         last_no, &error);
  g_assert_no_error (error);
  g_assert_nonnull (book);

  return book;
}

static void
issue (Fixture       *fixture,
       HkInvoiceBook *book,
       gint64         first_no,
       gint64         last_no,
       HkOperator    *clerk)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hk_invoice_book_store_issue (fixture->store, fixture->hall.auditor, book, first_no,
                                              last_no, clerk, &error));
  g_assert_no_error (error);
}

static void
return_numbers (Fixture       *fixture,
                HkInvoiceBook *book,
                gint64         first_no,
                gint64         last_no)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hk_invoice_book_store_return (fixture->store, fixture->hall.auditor, book,
                                               first_no, last_no, &error));
  g_assert_no_error (error);
}

/* A receipt as the receipt store would write it, straight into the file: only its number,
 * clerk, day and status matter here. */
static void
insert_receipt (Fixture    *fixture,
                const char *code,
                gint64      number,
                HkOperator *clerk,
                const char *day,
                const char *status)
{
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(GError) error = NULL;
  gboolean is_void = g_str_equal (status, "void");

  insert = hk_database_prepare (fixture->hall.db.database,
                                "INSERT INTO receipts (invoice_code, number, book_id, clerk_id,"
                                " business_day, issued_at, total, status, void_reason, voided_at)"
                                " VALUES (?1, ?2, (SELECT id FROM invoice_books"
                                "   WHERE invoice_code = ?1 AND ?2 BETWEEN first_no AND last_no),"
                                " ?3, ?4, ?5, 5000, ?6, ?7, ?8)", &error);
  g_assert_no_error (error);
  hk_statement_bind_text (insert, 1, code);
  hk_statement_bind_int64 (insert, 2, number);
  hk_statement_bind_int64 (insert, 3, hk_operator_get_id (clerk));
  hk_statement_bind_text (insert, 4, day);
  hk_statement_bind_int64 (insert, 5, hk_database_get_now (fixture->hall.db.database));
  hk_statement_bind_text (insert, 6, status);
  hk_statement_bind_text (insert, 7, is_void ? "wrong fee item" : NULL);
  if (is_void)
    hk_statement_bind_int64 (insert, 8, hk_database_get_now (fixture->hall.db.database));
  else
    hk_statement_bind_null (insert, 8);
  g_assert_true (hk_statement_run (insert, &error));
  g_assert_no_error (error);
}

/* The segment table as "BOOK:FIRST-LAST:HOLDER …", read with plain SQL. */
static char *
dump_segments (Fixture *fixture)
{
  return hk_test_query_text (fixture->hall.db.database,
                             "SELECT coalesce (group_concat (line, ' '), '') FROM ("
                             " SELECT s.book_id || ':' || s.first_no || '-' || s.last_no || ':'"
                             "  || coalesce (o.login, 'stock') AS line"
                             " FROM invoice_segments s LEFT JOIN operators o ON o.id = s.holder_id"
                             " ORDER BY s.book_id, s.first_no)");
}

/* The same, from the store's own list; must agree with the table. */
static char *
list_segments (Fixture *fixture)
{
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);

  segments = hk_invoice_book_store_list_segments (fixture->store, 0, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < segments->len; i++)
    {
      HkInvoiceSegment *segment = g_ptr_array_index (segments, i);
      const char *holder = "stock";

      if (segment->holder_id == hk_operator_get_id (fixture->zhangli))
        holder = "zhangli";
      else if (segment->holder_id == hk_operator_get_id (fixture->liuyang))
        holder = "liuyang";
      else
        g_assert_cmpint (segment->holder_id, ==, 0);

      g_string_append_printf (out, "%s%lld:%lld-%lld:%s", i > 0 ? " " : "",
                              (long long)segment->book_id, (long long)segment->first_no,
                              (long long)segment->last_no, holder);
    }

  return g_string_free (out, FALSE);
}

static void
assert_segments (Fixture    *fixture,
                 const char *expected)
{
  g_autofree char *table = dump_segments (fixture);
  g_autofree char *listed = list_segments (fixture);

  g_assert_cmpstr (table, ==, expected);
  g_assert_cmpstr (listed, ==, expected);

  /* Whatever moved: every number of every book is in exactly one segment, and no two
   * adjacent segments of a book are in the same hands. */
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM invoice_books b"
                                      " WHERE (SELECT coalesce (sum (s.last_no - s.first_no + 1),"
                                      "  0) FROM invoice_segments s WHERE s.book_id = b.id)"
                                      "  != b.last_no - b.first_no + 1"
                                      " OR EXISTS (SELECT 1 FROM invoice_segments s"
                                      "  WHERE s.book_id = b.id"
                                      "  AND (s.first_no < b.first_no OR s.last_no > b.last_no))"
                                      " OR EXISTS (SELECT 1 FROM invoice_segments s1"
                                      "  JOIN invoice_segments s2 ON s2.book_id = s1.book_id"
                                      "  AND s2.id != s1.id WHERE s1.book_id = b.id"
                                      "  AND ((s1.first_no <= s2.last_no"
                                      "        AND s2.first_no <= s1.last_no)"
                                      "   OR (s2.first_no = s1.last_no + 1"
                                      "       AND s2.holder_id IS s1.holder_id)))"), ==, 0);
}

/* The gaps as "CODE NUMBER CLERK-ID DAY" lines. */
static char *
gaps_text (Fixture    *fixture,
           const char *day,
           gint64      clerk_id)
{
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);

  gaps = hk_invoice_book_store_find_gaps (fixture->store, day, clerk_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (gaps);

  for (guint i = 0; i < gaps->len; i++)
    {
      HkInvoiceGap *gap = g_ptr_array_index (gaps, i);
      g_autofree char *clerk = NULL;

      clerk = gap->clerk_id == hk_operator_get_id (fixture->zhangli) ? g_strdup ("zhangli")
              : gap->clerk_id == hk_operator_get_id (fixture->liuyang) ? g_strdup ("liuyang")
              : g_strdup_printf ("#%lld", (long long)gap->clerk_id);
      g_assert_cmpint (gap->book_id, >, 0);
      g_string_append_printf (out, "%s %08lld %s %s\n", gap->invoice_code,
                              (long long)gap->number, clerk, gap->day);
    }

  return g_string_free (out, FALSE);
}

static char *
last_audit_summary (Fixture    *fixture,
                    const char *action)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (fixture->hall.db.database,
                              "SELECT summary || ' [' || entity || ']' FROM audit_log"
                              " WHERE action = ?1 ORDER BY seq DESC LIMIT 1", &error);
  g_assert_no_error (error);
  hk_statement_bind_text (stmt, 1, action);
  g_assert_true (hk_statement_step (stmt, &error));

  return hk_statement_dup_text (stmt, 0);
}

/* ---- registering ---- */

static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(HkInvoiceBook) second = NULL;
  g_autoptr(HkInvoiceBook) other_code = NULL;
  g_autoptr(HkInvoiceBook) first_item = NULL;
  g_autoptr(HkInvoiceBook) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *code = NULL;
  GListModel *model;
  gint64 count = 0;

  model = hk_invoice_book_store_get_model (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  book = register_book (fixture, CODE_A, 1, 100);
  g_assert_cmpint (hk_invoice_book_get_id (book), >, 0);
  g_assert_cmpstr (hk_invoice_book_get_invoice_code (book), ==, CODE_A);
  g_assert_cmpint (hk_invoice_book_get_first_no (book), ==, 1);
  g_assert_cmpint (hk_invoice_book_get_last_no (book), ==, 100);
  g_assert_cmpint (hk_invoice_book_get_count (book), ==, 100);
  g_assert_cmpint (hk_invoice_book_get_registered_at (book), ==, DAY1_9AM);
  g_object_get (book, "count", &count, "invoice-code", &code, NULL);
  g_assert_cmpint (count, ==, 100);
  g_assert_cmpstr (code, ==, CODE_A);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 1);

  /* One book, its numbers in the stock, one movement, one audit entry. */
  assert_segments (fixture, "1:1-100:stock");
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM invoice_movements WHERE kind ="
                                      " 'register' AND first_no = 1 AND last_no = 100"
                                      " AND from_holder IS NULL AND to_holder IS NULL"),
                   ==, 1);
  summary = last_audit_summary (fixture, "invoice-book-registered");
  g_assert_cmpstr (summary, ==, "registered 1234567890 00000001–00000100 (100 numbers)"
                                " [invoice_book]");

  /* Overlapping numbers of the same code are refused, naming the book they overlap. */
  hk_database_set_now (fixture->hall.db.database, DAY1_9AM + 60);
  g_assert_null (hk_invoice_book_store_register (fixture->store, fixture->hall.auditor, CODE_A, 51,
                                                 150, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "1234567890 00000001–00000100"));
  g_clear_error (&error);
  g_assert_null (hk_invoice_book_store_register (fixture->store, fixture->hall.auditor, CODE_A, 100,
                                                 100, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  /* The next numbers of that code, and the same numbers of another code, are fine. */
  second = register_book (fixture, CODE_A, 101, 150);
  other_code = register_book (fixture, CODE_B, 1, 100);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 3);

  /* Newest first. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  first_item = g_list_model_get_item (model, 0);
  g_assert_cmpint (hk_invoice_book_get_id (first_item), ==, hk_invoice_book_get_id (other_code));

  found = hk_invoice_book_store_lookup (fixture->store, CODE_A, 120, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_invoice_book_get_id (found), ==, hk_invoice_book_get_id (second));
  g_assert_null (hk_invoice_book_store_lookup (fixture->store, CODE_A, 151, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  assert_segments (fixture, "1:1-100:stock 2:101-150:stock 3:1-100:stock");
}

static void
test_register_invalid (Fixture       *fixture,
                       gconstpointer  data)
{
  const struct
  {
    const char *code;
    gint64      first_no;
    gint64      last_no;
  } refused[] = {
    { "123456789", 1, 100 },          /* 9 digits */
    { "1234567890123", 1, 100 },      /* 13 digits */
    { "123456789O", 1, 100 },         /* a letter O */
    { " 1234567890", 1, 100 },
    { "", 1, 100 },
    { NULL, 1, 100 },
    { CODE_A, 100, 1 },               /* first after last */
    { CODE_A, -1, 10 },
    { CODE_A, 99999990, 100000000 },  /* nine digits */
    { CODE_A, 1, 10001 },             /* more than a book holds */
  };
  g_autoptr(HkInvoiceBook) largest = NULL;
  g_autoptr(HkInvoiceBook) single = NULL;
  g_autoptr(HkInvoiceBook) top = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("code \"%s\", %lld-%lld", refused[i].code ? refused[i].code : "(null)",
                      (long long)refused[i].first_no, (long long)refused[i].last_no);
      g_assert_null (hk_invoice_book_store_register (fixture->store, fixture->hall.auditor,
                                                     refused[i].code, refused[i].first_no,
                                                     refused[i].last_no, &error));
      g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
    }

  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "invoice_books"), ==, 0);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "invoice_segments"), ==, 0);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "invoice_movements"), ==, 0);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, NULL), ==, 0);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 0);

  /* The limits themselves are accepted. */
  largest = register_book (fixture, CODE_A, 1, 10000);
  single = register_book (fixture, CODE_B, 0, 0);
  top = register_book (fixture, CODE_B, 99999999, 99999999);
  g_assert_cmpint (hk_invoice_book_get_count (largest), ==, 10000);
  g_assert_cmpint (hk_invoice_book_get_count (single), ==, 1);
  g_assert_cmpint (hk_invoice_book_get_count (top), ==, 1);
}

/* ---- issuing ---- */

static void
test_issue_splits (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HkInvoiceBook) book = register_book (fixture, CODE_A, 1, 100);
  g_autofree char *summary = NULL;

  hk_database_set_now (fixture->hall.db.database, DAY1_9AM + 600);
  issue (fixture, book, 1, 50, fixture->zhangli);
  assert_segments (fixture, "1:1-50:zhangli 1:51-100:stock");

  /* A run from the middle of the stock splits it in three. */
  issue (fixture, book, 71, 80, fixture->liuyang);
  assert_segments (fixture, "1:1-50:zhangli 1:51-70:stock 1:71-80:liuyang 1:81-100:stock");
  g_assert_cmpuint (fixture->hall.n_changed, ==, 3);

  /* The segment moved has the time of the move; what stays in stock keeps its own. */
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT since FROM invoice_segments WHERE first_no = 71"),
                   ==, DAY1_9AM + 600);
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT since FROM invoice_segments WHERE first_no = 81"),
                   ==, DAY1_9AM);

  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM invoice_movements m"
                                      " JOIN operators o ON o.id = m.to_holder"
                                      " WHERE m.kind = 'issue' AND m.from_holder IS NULL"
                                      " AND m.first_no = 71 AND m.last_no = 80"
                                      " AND o.login = 'liuyang' AND m.at = 1709255400"),
                   ==, 1);
  summary = last_audit_summary (fixture, "invoice-numbers-issued");
  g_assert_cmpstr (summary, ==, "issued 1234567890 00000071–00000080 to liuyang [invoice_book]");
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "invoice-numbers-issued"),
                   ==, 2);

  /* A single number can be issued too. */
  issue (fixture, book, 100, 100, fixture->zhangli);
  assert_segments (fixture, "1:1-50:zhangli 1:51-70:stock 1:71-80:liuyang 1:81-99:stock"
                            " 1:100-100:zhangli");

  /* Runs that leave a single number in the stock before or after them. */
  issue (fixture, book, 52, 70, fixture->zhangli);
  issue (fixture, book, 81, 98, fixture->liuyang);
  assert_segments (fixture, "1:1-50:zhangli 1:51-51:stock 1:52-70:zhangli 1:71-98:liuyang"
                            " 1:99-99:stock 1:100-100:zhangli");
}

static void
test_issue_refusals (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkInvoiceBook) book = register_book (fixture, CODE_A, 1, 100);
  g_autoptr(HkOperator) retired = hk_test_hall_insert_operator (&fixture->hall, "wulei",
                                                                HK_ROLE_CLERK);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 n_movements;
  gint64 n_audit;

  issue (fixture, book, 1, 50, fixture->zhangli);
  before = dump_segments (fixture);
  n_movements = hk_test_count_rows (fixture->hall.db.database, "invoice_movements");
  n_audit = hk_test_count_audit (fixture->hall.db.database, NULL);
  fixture->hall.n_changed = 0;

  /* Numbers that are not (all) in the stock: the message names the part and its holder. */
  g_assert_false (hk_invoice_book_store_issue (fixture->store, fixture->hall.auditor, book, 40, 60,
                                               fixture->liuyang, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "1234567890 00000040–00000050"));
  g_assert_nonnull (strstr (error->message, "zhangli"));
  g_clear_error (&error);

  g_assert_false (hk_invoice_book_store_issue (fixture->store, fixture->hall.auditor, book, 50, 50,
                                               fixture->zhangli, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Numbers outside the book, or backwards. */
  g_assert_false (hk_invoice_book_store_issue (fixture->store, fixture->hall.auditor, book, 95, 105,
                                               fixture->liuyang, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_invoice_book_store_issue (fixture->store, fixture->hall.auditor, book, 80, 70,
                                               fixture->liuyang, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  /* Only to an active counter clerk, as the database has them now. */
  g_assert_false (hk_invoice_book_store_issue (fixture->store, fixture->hall.auditor, book, 51, 60,
                                               fixture->hall.auditor, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hk_database_exec (fixture->hall.db.database,
                                   "UPDATE operators SET active = 0 WHERE login = 'wulei'",
                                   NULL));
  g_assert_false (hk_invoice_book_store_issue (fixture->store, fixture->hall.auditor, book, 51, 60,
                                               retired, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);

  after = dump_segments (fixture);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "invoice_movements"),
                   ==, n_movements);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, NULL), ==, n_audit);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 0);
}

static void
test_issue_book (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HkInvoiceBook) book = register_book (fixture, CODE_A, 1, 100);
  g_autoptr(GError) error = NULL;

  issue (fixture, book, 41, 60, fixture->zhangli);

  /* The whole remaining stock, in two runs, in one go. */
  g_assert_true (hk_invoice_book_store_issue_book (fixture->store, fixture->hall.auditor, book,
                                                   fixture->liuyang, &error));
  g_assert_no_error (error);
  assert_segments (fixture, "1:1-40:liuyang 1:41-60:zhangli 1:61-100:liuyang");
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "invoice-numbers-issued"),
                   ==, 3);

  g_assert_false (hk_invoice_book_store_issue_book (fixture->store, fixture->hall.auditor, book,
                                                    fixture->liuyang, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "invoice-numbers-issued"),
                   ==, 3);
}

/* ---- checking back in ---- */

static void
test_return (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HkInvoiceBook) book = register_book (fixture, CODE_A, 1, 100);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  issue (fixture, book, 1, 80, fixture->zhangli);
  issue (fixture, book, 81, 100, fixture->liuyang);
  insert_receipt (fixture, CODE_A, 1, fixture->zhangli, DAY1, "issued");
  insert_receipt (fixture, CODE_A, 2, fixture->zhangli, DAY1, "void");
  insert_receipt (fixture, CODE_A, 3, fixture->zhangli, DAY1, "issued");
  before = dump_segments (fixture);

  /* A used number, voided or not, never goes back. */
  g_assert_false (hk_invoice_book_store_return (fixture->store, fixture->hall.auditor, book, 2, 10,
                                                &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "1234567890 00000002"));
  g_clear_error (&error);
  g_assert_false (hk_invoice_book_store_return (fixture->store, fixture->hall.auditor, book, 3, 3,
                                                &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  /* A run held by two clerks is checked in clerk by clerk. */
  g_assert_false (hk_invoice_book_store_return (fixture->store, fixture->hall.auditor, book, 71, 90,
                                                &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "liuyang"));
  g_clear_error (&error);

  after = dump_segments (fixture);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "invoice-numbers-returned"),
                   ==, 0);

  /* Unused numbers go back to the stock. */
  hk_database_set_now (fixture->hall.db.database, DAY1_9AM + 2 * HOUR);
  return_numbers (fixture, book, 51, 80);
  assert_segments (fixture, "1:1-50:zhangli 1:51-80:stock 1:81-100:liuyang");
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM invoice_movements m"
                                      " JOIN operators o ON o.id = m.from_holder"
                                      " WHERE m.kind = 'return' AND m.to_holder IS NULL"
                                      " AND m.first_no = 51 AND m.last_no = 80"
                                      " AND o.login = 'zhangli'"), ==, 1);
  summary = last_audit_summary (fixture, "invoice-numbers-returned");
  g_assert_cmpstr (summary, ==, "returned 1234567890 00000051–00000080 from zhangli to the stock"
                                " [invoice_book]");

  /* Numbers already in the stock cannot be checked in again. */
  g_assert_false (hk_invoice_book_store_return (fixture->store, fixture->hall.auditor, book, 60, 70,
                                                &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "stock"));
  g_clear_error (&error);
  g_assert_false (hk_invoice_book_store_return (fixture->store, fixture->hall.auditor, book, 45, 55,
                                                &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  /* And they can be issued again, to anyone. */
  issue (fixture, book, 51, 60, fixture->liuyang);
  assert_segments (fixture, "1:1-50:zhangli 1:51-60:liuyang 1:61-80:stock 1:81-100:liuyang");
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(HkInvoiceBook) book = register_book (fixture, CODE_A, 1, 100);
  g_autoptr(HkInvoiceBook) other = register_book (fixture, CODE_B, 101, 200);

  /* Two runs to one clerk, one after the other, make one segment. */
  issue (fixture, book, 1, 10, fixture->zhangli);
  issue (fixture, book, 11, 20, fixture->zhangli);
  assert_segments (fixture, "1:1-20:zhangli 1:21-100:stock 2:101-200:stock");

  /* Adjacent numbers in other hands, or in another book, do not merge. */
  issue (fixture, book, 21, 30, fixture->liuyang);
  issue (fixture, other, 101, 110, fixture->zhangli);
  assert_segments (fixture, "1:1-20:zhangli 1:21-30:liuyang 1:31-100:stock 2:101-110:zhangli"
                            " 2:111-200:stock");

  /* Returns merge with the stock on either side. */
  return_numbers (fixture, book, 21, 30);
  assert_segments (fixture, "1:1-20:zhangli 1:21-100:stock 2:101-110:zhangli 2:111-200:stock");
  return_numbers (fixture, book, 11, 20);
  assert_segments (fixture, "1:1-10:zhangli 1:11-100:stock 2:101-110:zhangli 2:111-200:stock");

  /* A hole filled from both sides becomes one segment again. */
  issue (fixture, book, 31, 100, fixture->zhangli);
  issue (fixture, book, 11, 30, fixture->zhangli);
  assert_segments (fixture, "1:1-100:zhangli 2:101-110:zhangli 2:111-200:stock");
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "invoice_segments"), ==, 3);
}

/* ---- the next number ---- */

static gint64
next_number (Fixture    *fixture,
             HkOperator *clerk,
             char      **code)
{
  g_autoptr(GError) error = NULL;
  gint64 book_id = 0;
  gint64 number = -1;

  g_assert_true (hk_invoice_book_store_next_number (fixture->store, hk_operator_get_id (clerk),
                                                    &book_id, code, &number, &error));
  g_assert_no_error (error);
  g_assert_cmpint (book_id, >, 0);

  return number;
}

static void
test_next_number (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkInvoiceBook) second = NULL;
  g_autoptr(HkInvoiceBook) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) sequence = g_string_new (NULL);
  g_autofree char *code = NULL;
  gint64 number;

  /* Nothing held yet. */
  g_assert_false (hk_invoice_book_store_next_number (fixture->store,
                                                     hk_operator_get_id (fixture->zhangli),
                                                     NULL, NULL, NULL, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "You hold no unused invoice numbers; ask the auditor for a book.");
  g_clear_error (&error);

  /* Book 1 (code B) is older than book 2 (code A): its numbers come first, whatever the code. */
  first = register_book (fixture, CODE_B, 1, 10);
  second = register_book (fixture, CODE_A, 501, 503);
  issue (fixture, second, 501, 503, fixture->zhangli);
  issue (fixture, first, 1, 3, fixture->zhangli);
  issue (fixture, first, 4, 5, fixture->liuyang);
  issue (fixture, first, 6, 10, fixture->zhangli);

  /* Each receipt takes the next number, inside its own transaction as the receipt store does. */
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(HkTransaction) tx = hk_transaction_begin (fixture->hall.db.database, &error);
      g_autofree char *receipt_code = NULL;
      gint64 book_id = 0;

      g_assert_no_error (error);
      if (!hk_invoice_book_store_next_number (fixture->store,
                                              hk_operator_get_id (fixture->zhangli), &book_id,
                                              &receipt_code, &number, &error))
        break;

      insert_receipt (fixture, receipt_code, number, fixture->zhangli, DAY1, "issued");
      g_assert_true (hk_transaction_commit (tx, &error));
      g_assert_no_error (error);
      g_string_append_printf (sequence, "%s-%lld ", receipt_code, (long long)number);
    }

  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpstr (sequence->str, ==,
                   CODE_B "-1 " CODE_B "-2 " CODE_B "-3 " CODE_B "-6 " CODE_B "-7 " CODE_B "-8 "
                   CODE_B "-9 " CODE_B "-10 " CODE_A "-501 " CODE_A "-502 " CODE_A "-503 ");

  /* liuyang's numbers were never touched. */
  number = next_number (fixture, fixture->liuyang, &code);
  g_assert_cmpint (number, ==, 4);
  g_assert_cmpstr (code, ==, CODE_B);
  g_clear_pointer (&code, g_free);

  /* A number used out of order is passed: what lies below it is a gap, not the next number. */
  insert_receipt (fixture, CODE_B, 5, fixture->liuyang, DAY1, "void");
  g_assert_false (hk_invoice_book_store_next_number (fixture->store,
                                                     hk_operator_get_id (fixture->liuyang),
                                                     NULL, NULL, NULL, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Reading only: it left no transaction open and wrote nothing. */
  g_assert_false (hk_database_in_transaction (fixture->hall.db.database));
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "gap_explanations"), ==, 0);
}

/* ---- gaps ---- */

static void
test_gaps (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(HkInvoiceBook) book = register_book (fixture, CODE_A, 1, 50);
  g_autoptr(HkInvoiceBook) other = register_book (fixture, CODE_B, 1, 50);
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *day1 = NULL;
  g_autofree char *day2 = NULL;
  g_autofree char *of_liuyang = NULL;
  g_autofree char *after_explaining = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GPtrArray) bad_day = NULL;
  gint64 number;

  issue (fixture, book, 1, 50, fixture->zhangli);

  /* Used 1, 2, 3 (voided) on day 1 and 5 on day 2: 4 is missing since day 2. */
  insert_receipt (fixture, CODE_A, 1, fixture->zhangli, DAY1, "issued");
  insert_receipt (fixture, CODE_A, 2, fixture->zhangli, DAY1, "issued");
  insert_receipt (fixture, CODE_A, 3, fixture->zhangli, DAY1, "void");
  insert_receipt (fixture, CODE_A, 5, fixture->zhangli, DAY2, "issued");

  all = gaps_text (fixture, NULL, 0);
  g_assert_cmpstr (all, ==, CODE_A " 00000004 zhangli " DAY2 "\n");
  day1 = gaps_text (fixture, DAY1, 0);
  g_assert_cmpstr (day1, ==, "");
  day2 = gaps_text (fixture, DAY2, hk_operator_get_id (fixture->zhangli));
  g_assert_cmpstr (day2, ==, all);
  of_liuyang = gaps_text (fixture, NULL, hk_operator_get_id (fixture->liuyang));
  g_assert_cmpstr (of_liuyang, ==, "");

  /* The gap is not reused. */
  number = next_number (fixture, fixture->zhangli, NULL);
  g_assert_cmpint (number, ==, 6);

  /* Only a real gap can be explained, and only with a reason. */
  g_assert_false (hk_invoice_book_store_explain_gap (fixture->store, fixture->hall.auditor,
                                                     hk_invoice_book_get_id (book), 4, "  ",
                                                     &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hk_invoice_book_store_explain_gap (fixture->store, fixture->hall.auditor,
                                                     hk_invoice_book_get_id (book), 6,
                                                     "not used yet", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (hk_invoice_book_store_explain_gap (fixture->store, fixture->hall.auditor,
                                                     hk_invoice_book_get_id (book), 3,
                                                     "voided", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (hk_invoice_book_store_explain_gap (fixture->store, fixture->hall.auditor,
                                                     hk_invoice_book_get_id (book), 51,
                                                     "not in the book", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "gap_explanations"), ==, 0);

  fixture->hall.n_changed = 0;
  g_assert_true (hk_invoice_book_store_explain_gap (fixture->store, fixture->hall.auditor,
                                                    hk_invoice_book_get_id (book), 4,
                                                    " Torn while printing; the stub is kept. ",
                                                    &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 1);
  after_explaining = gaps_text (fixture, NULL, 0);
  g_assert_cmpstr (after_explaining, ==, "");
  summary = last_audit_summary (fixture, "invoice-gap-explained");
  g_assert_cmpstr (summary, ==, "explained the gap 1234567890 00000004 of zhangli: Torn while"
                                " printing; the stub is kept. [invoice_book]");

  g_assert_false (hk_invoice_book_store_explain_gap (fixture->store, fixture->hall.auditor,
                                                     hk_invoice_book_get_id (book), 4, "again",
                                                     &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
  g_clear_error (&error);

  /* liuyang used 1, 2 and then 10 of the other book: 3 to 9 are gaps... */
  issue (fixture, other, 1, 50, fixture->liuyang);
  insert_receipt (fixture, CODE_B, 1, fixture->liuyang, DAY1, "issued");
  insert_receipt (fixture, CODE_B, 2, fixture->liuyang, DAY1, "issued");
  insert_receipt (fixture, CODE_B, 10, fixture->liuyang, DAY2, "issued");
  {
    g_autoptr(GPtrArray) gaps = hk_invoice_book_store_find_gaps (fixture->store, NULL, 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (gaps->len, ==, 7);
    for (guint i = 0; i < gaps->len; i++)
      {
        HkInvoiceGap *gap = g_ptr_array_index (gaps, i);

        g_assert_cmpstr (gap->invoice_code, ==, CODE_B);
        g_assert_cmpint (gap->book_id, ==, hk_invoice_book_get_id (other));
        g_assert_cmpint (gap->number, ==, 3 + i);
        g_assert_cmpint (gap->clerk_id, ==, hk_operator_get_id (fixture->liuyang));
        g_assert_cmpstr (gap->day, ==, DAY2);
      }
  }

  /* ...until they are checked back in unused: returned numbers are not gaps. */
  return_numbers (fixture, other, 3, 9);
  {
    g_autofree char *after_return = gaps_text (fixture, NULL, 0);

    g_assert_cmpstr (after_return, ==, "");
  }
  number = next_number (fixture, fixture->liuyang, NULL);
  g_assert_cmpint (number, ==, 11);

  /* A day that is not a date. */
  bad_day = hk_invoice_book_store_find_gaps (fixture->store, "2024-02-30", 0, &error);
  g_assert_null (bad_day);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
}

/* Numbers used out of order (as an import may bring them): a gap appeared on the first day a
 * higher number was used; numbers in the stock are nobody's gaps. */
static void
test_gap_day (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HkInvoiceBook) book = register_book (fixture, CODE_A, 1, 100);
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *day2 = NULL;

  issue (fixture, book, 1, 50, fixture->zhangli);
  insert_receipt (fixture, CODE_A, 1, fixture->zhangli, DAY1, "issued");
  insert_receipt (fixture, CODE_A, 4, fixture->zhangli, DAY2, "issued");
  insert_receipt (fixture, CODE_A, 3, fixture->zhangli, DAY3, "issued");

  /* 2 went missing when 4 was used on day 2, not when 3 was used on day 3. */
  all = gaps_text (fixture, NULL, 0);
  g_assert_cmpstr (all, ==, CODE_A " 00000002 zhangli " DAY2 "\n");
  day2 = gaps_text (fixture, DAY2, 0);
  g_assert_cmpstr (day2, ==, all);

  /* A receipt on a number never issued (60, in the stock) makes no gap of 51 to 59. */
  insert_receipt (fixture, CODE_A, 60, fixture->zhangli, DAY2, "issued");
  g_clear_pointer (&all, g_free);
  all = gaps_text (fixture, NULL, 0);
  g_assert_cmpstr (all, ==, CODE_A " 00000002 zhangli " DAY2 "\n");
  g_assert_false (hk_invoice_book_store_explain_gap (fixture->store, fixture->hall.auditor,
                                                     hk_invoice_book_get_id (book), 55,
                                                     "not a gap", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
}

/* find_gaps()'s gaps of @clerk that appeared on @day, as gaps_text() writes them: what a
 * daily report counted before find_gaps_of_day(). */
static char *
gaps_of_day_by_find_gaps (Fixture    *fixture,
                          const char *day,
                          HkOperator *clerk)
{
  g_autofree char *all = gaps_text (fixture, day, hk_operator_get_id (clerk));
  g_auto(GStrv) lines = g_strsplit (all, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_suffix (lines[i], day))
      g_string_append_printf (out, "%s\n", lines[i]);

  return g_string_free (out, FALSE);
}

/* The same from find_gaps_of_day(). */
static char *
gaps_of_day (Fixture    *fixture,
             const char *day,
             HkOperator *clerk)
{
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);

  gaps = hk_invoice_book_store_find_gaps_of_day (fixture->store, day, hk_operator_get_id (clerk),
                                                 &error);
  g_assert_no_error (error);
  for (guint i = 0; i < gaps->len; i++)
    {
      HkInvoiceGap *gap = g_ptr_array_index (gaps, i);

      g_assert_cmpint (gap->clerk_id, ==, hk_operator_get_id (clerk));
      g_string_append_printf (out, "%s %08lld %s %s\n", gap->invoice_code,
                              (long long)gap->number,
                              clerk == fixture->zhangli ? "zhangli" : "liuyang", gap->day);
    }

  return g_string_free (out, FALSE);
}

/* Finding a day's gaps reads only the stretch of each segment the day can have left gaps in;
 * it must agree with find_gaps() over the whole history, whatever order the numbers were used
 * in (imports bring older days late), with voids, explanations, numbers in the stock and two
 * clerks. A seeded generator plays a few hundred receipts. */
static void
test_gaps_of_day (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HkInvoiceBook) book = register_book (fixture, CODE_A, 1, 400);
  g_autoptr(HkInvoiceBook) other = register_book (fixture, CODE_B, 1, 400);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  g_autoptr(GError) error = NULL;
  static const char *days[] = { DAY1, DAY2, DAY3, "2024-03-04", "2024-03-05", "2024-03-06" };
  HkOperator *clerks[2] = { fixture->zhangli, fixture->liuyang };
  guint total = 0;

  issue (fixture, book, 1, 300, fixture->zhangli);
  issue (fixture, other, 1, 150, fixture->zhangli);
  issue (fixture, other, 151, 350, fixture->liuyang);

  for (gint64 n = 1; n <= 300; n++)
    {
      guint d = (guint)g_rand_int_range (rand, 0, 100) < 85 ? (guint)((n - 1) / 50)
                : (guint)g_rand_int_range (rand, 0, G_N_ELEMENTS (days));

      /* Every seventh number or so goes missing; a number of the stock is used once. */
      if (g_rand_int_range (rand, 0, 7) == 0)
        continue;
      insert_receipt (fixture, CODE_A, n, fixture->zhangli, days[d],
                      g_rand_int_range (rand, 0, 20) == 0 ? "void" : "issued");
      if (n <= 150)
        insert_receipt (fixture, CODE_B, n, fixture->zhangli, days[d], "issued");
      else
        insert_receipt (fixture, CODE_B, n, fixture->liuyang, days[(d + 1) % 6], "issued");
    }
  insert_receipt (fixture, CODE_B, 380, fixture->liuyang, DAY2, "issued");

  /* The auditor explains the first gap of the first book. */
  {
    g_autoptr(GPtrArray) gaps = hk_invoice_book_store_find_gaps (fixture->store, NULL, 0, &error);
    HkInvoiceGap *first;

    g_assert_no_error (error);
    g_assert_cmpuint (gaps->len, >, 0);
    first = g_ptr_array_index (gaps, 0);
    g_assert_cmpstr (first->invoice_code, ==, CODE_A);
    g_assert_true (hk_invoice_book_store_explain_gap (fixture->store, fixture->hall.auditor,
                                                      first->book_id, first->number, "torn",
                                                      &error));
  }
  g_assert_no_error (error);

  for (guint c = 0; c < G_N_ELEMENTS (clerks); c++)
    for (guint d = 0; d < G_N_ELEMENTS (days); d++)
      {
        g_autofree char *expected = gaps_of_day_by_find_gaps (fixture, days[d], clerks[c]);
        g_autofree char *found = gaps_of_day (fixture, days[d], clerks[c]);

        g_assert_cmpstr (found, ==, expected);
        for (const char *p = found; *p != '\0'; p++)
          total += *p == '\n';
      }

  /* The scenario has gaps to find, on more than one day. */
  {
    g_autofree char *first = gaps_of_day (fixture, DAY1, fixture->zhangli);
    g_autofree char *last = gaps_of_day (fixture, "2024-03-06", fixture->zhangli);

    g_assert_cmpuint (total, >, 20);
    g_assert_cmpstr (first, !=, "");
    g_assert_cmpstr (last, !=, "");
  }

  g_assert_null (hk_invoice_book_store_find_gaps_of_day (fixture->store, "2024-02-30",
                                                         hk_operator_get_id (fixture->zhangli),
                                                         &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
}

/* ---- the day's figures ---- */

static const HkInvoiceBookSummary *
find_row (GPtrArray  *rows,
          const char *code,
          gint64      holder_id)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const HkInvoiceBookSummary *row = g_ptr_array_index (rows, i);

      if (g_str_equal (row->invoice_code, code) && row->holder_id == holder_id)
        return row;
    }

  g_error ("no summary row for %s and holder %lld", code, (long long)holder_id);
  return NULL;
}

static void
assert_row (GPtrArray  *rows,
            const char *code,
            gint64      holder_id,
            gint64      begin,
            gint64      received,
            gint64      issued,
            gint64      ending,
            gint64      n_used,
            gint64      n_void,
            gint64      n_unused,
            gint64      first_used,
            gint64      last_used)
{
  const HkInvoiceBookSummary *row = find_row (rows, code, holder_id);

  g_test_message ("%s holder %lld", code, (long long)holder_id);
  g_assert_cmpint (row->begin, ==, begin);
  g_assert_cmpint (row->received, ==, received);
  g_assert_cmpint (row->issued, ==, issued);
  g_assert_cmpint (row->ending, ==, ending);
  g_assert_cmpint (row->n_used, ==, n_used);
  g_assert_cmpint (row->n_void, ==, n_void);
  g_assert_cmpint (row->n_unused, ==, n_unused);
  g_assert_cmpint (row->first_used, ==, first_used);
  g_assert_cmpint (row->last_used, ==, last_used);
}

static GPtrArray *
summarize (Fixture    *fixture,
           const char *day)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = hk_invoice_book_store_summarize (fixture->store, day, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);

  /* Whatever the day: the ending is what was there, plus what came, minus what went. */
  for (guint i = 0; i < rows->len; i++)
    {
      const HkInvoiceBookSummary *row = g_ptr_array_index (rows, i);

      g_assert_cmpint (row->ending, ==, row->begin + row->received - row->issued);
    }

  return rows;
}

/*
 * The worked example, computed by hand:
 *
 * Day 1, 09:00  register book A 1–100                    stock A: +100
 * Day 1, 10:00  issue A 1–50 to zhangli                  stock A: -50, zhangli A: +50
 * Day 1         zhangli uses 1, 2, 3 and voids 4
 * Day 2, 09:00  issue A 51–70 to liuyang                 stock A: -20, liuyang A: +20
 * Day 2         zhangli uses 5, 6 and voids 7; liuyang uses 51, 52
 * Day 2, 17:00  check A 41–50 back in from zhangli       zhangli A: -10, stock A: +10
 * Day 2, 17:30  register book B 1–25                     stock B: +25
 *
 * Day 1:
 *   stock A:   begin 0,   received 100, issued 50, ending 50; unused 50
 *   zhangli A: begin 0,   received 50,  issued 0,  ending 50; used 3, void 1 (1–4),
 *              unused 50 - 4 = 46
 * Day 2:
 *   stock A:   begin 50,  received 10,  issued 20, ending 40; unused 40
 *   zhangli A: begin 50,  received 0,   issued 10, ending 40; used 2, void 1 (5–7),
 *              unused 40 - 7 used up to day 2 = 33 (8–40)
 *   liuyang A: begin 0,   received 20,  issued 0,  ending 20; used 2 (51–52), unused 18
 *   stock B:   begin 0,   received 25,  issued 0,  ending 25; unused 25
 * Day 3 (nothing happens): every holder's ending of day 2 is its begin and its ending.
 */
static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HkInvoiceBook) book_a = NULL;
  g_autoptr(HkInvoiceBook) book_b = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) day1 = NULL;
  g_autoptr(GPtrArray) day2 = NULL;
  g_autoptr(GPtrArray) day3 = NULL;
  g_autoptr(GPtrArray) bad = NULL;
  g_autoptr(GError) error = NULL;
  gint64 z = hk_operator_get_id (fixture->zhangli);
  gint64 l = hk_operator_get_id (fixture->liuyang);
  const HkInvoiceBookSummary *row;

  book_a = register_book (fixture, CODE_A, 1, 100);
  hk_database_set_now (fixture->hall.db.database, DAY1_9AM + HOUR);
  issue (fixture, book_a, 1, 50, fixture->zhangli);
  insert_receipt (fixture, CODE_A, 1, fixture->zhangli, DAY1, "issued");
  insert_receipt (fixture, CODE_A, 2, fixture->zhangli, DAY1, "issued");
  insert_receipt (fixture, CODE_A, 3, fixture->zhangli, DAY1, "issued");
  insert_receipt (fixture, CODE_A, 4, fixture->zhangli, DAY1, "void");

  hk_database_set_now (fixture->hall.db.database, DAY2_9AM);
  issue (fixture, book_a, 51, 70, fixture->liuyang);
  insert_receipt (fixture, CODE_A, 5, fixture->zhangli, DAY2, "issued");
  insert_receipt (fixture, CODE_A, 6, fixture->zhangli, DAY2, "issued");
  insert_receipt (fixture, CODE_A, 7, fixture->zhangli, DAY2, "void");
  insert_receipt (fixture, CODE_A, 51, fixture->liuyang, DAY2, "issued");
  insert_receipt (fixture, CODE_A, 52, fixture->liuyang, DAY2, "issued");
  hk_database_set_now (fixture->hall.db.database, DAY2_9AM + 8 * HOUR);
  return_numbers (fixture, book_a, 41, 50);
  hk_database_set_now (fixture->hall.db.database, DAY2_9AM + 8 * HOUR + 1800);
  book_b = register_book (fixture, CODE_B, 1, 25);

  before = summarize (fixture, "2024-02-29");
  g_assert_cmpuint (before->len, ==, 0);

  day1 = summarize (fixture, DAY1);
  g_assert_cmpuint (day1->len, ==, 2);
  /*                          begin recv issd end used void unused first last */
  assert_row (day1, CODE_A, 0, 0,   100, 50,  50, 0,   0,   50,    -1,   -1);
  assert_row (day1, CODE_A, z, 0,   50,  0,   50, 3,   1,   46,    1,    4);

  day2 = summarize (fixture, DAY2);
  g_assert_cmpuint (day2->len, ==, 4);
  assert_row (day2, CODE_A, 0, 50,  10,  20,  40, 0,   0,   40,    -1,   -1);
  assert_row (day2, CODE_A, z, 50,  0,   10,  40, 2,   1,   33,    5,    7);
  assert_row (day2, CODE_A, l, 0,   20,  0,   20, 2,   0,   18,    51,   52);
  assert_row (day2, CODE_B, 0, 0,   25,  0,   25, 0,   0,   25,    -1,   -1);

  /* By code, then the stock before the clerks. */
  row = g_ptr_array_index (day2, 0);
  g_assert_cmpint (row->holder_id, ==, 0);
  g_assert_cmpint (row->book_id, ==, hk_invoice_book_get_id (book_a));
  row = g_ptr_array_index (day2, 3);
  g_assert_cmpstr (row->invoice_code, ==, CODE_B);

  day3 = summarize (fixture, DAY3);
  g_assert_cmpuint (day3->len, ==, 4);
  assert_row (day3, CODE_A, 0, 40,  0,   0,   40, 0,   0,   40,    -1,   -1);
  assert_row (day3, CODE_A, z, 40,  0,   0,   40, 0,   0,   33,    -1,   -1);
  assert_row (day3, CODE_A, l, 20,  0,   0,   20, 0,   0,   18,    -1,   -1);
  assert_row (day3, CODE_B, 0, 25,  0,   0,   25, 0,   0,   25,    -1,   -1);

  bad = hk_invoice_book_store_summarize (fixture->store, "1 March", &error);
  g_assert_null (bad);
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
}

/* A movement at midnight belongs to the day that starts then; one a second before, to the
 * day before. */
static void
test_summary_day_boundary (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(GPtrArray) day1 = NULL;
  g_autoptr(GPtrArray) day2 = NULL;
  gint64 z = hk_operator_get_id (fixture->zhangli);
  gint64 midnight = DAY2_9AM - 9 * HOUR;

  hk_database_set_now (fixture->hall.db.database, midnight - 1);
  book = register_book (fixture, CODE_A, 1, 100);
  hk_database_set_now (fixture->hall.db.database, midnight);
  issue (fixture, book, 1, 10, fixture->zhangli);

  day1 = summarize (fixture, DAY1);
  g_assert_cmpuint (day1->len, ==, 1);
  /*                          begin recv issd end used void unused first last */
  assert_row (day1, CODE_A, 0, 0,   100, 0,   100, 0,  0,   100,   -1,   -1);

  day2 = summarize (fixture, DAY2);
  g_assert_cmpuint (day2->len, ==, 2);
  assert_row (day2, CODE_A, 0, 100, 0,   10,  90, 0,   0,   90,    -1,   -1);
  assert_row (day2, CODE_A, z, 0,   10,  0,   10, 0,   0,   10,    -1,   -1);
}

/* ---- who may do what ---- */

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkOperator) supervisor = hk_test_hall_insert_operator (&fixture->hall, "liqiang",
                                                                   HK_ROLE_SUPERVISOR
                                                                   | HK_ROLE_ADMINISTRATOR);
  g_autoptr(HkInvoiceBook) book = register_book (fixture, CODE_A, 1, 100);
  g_autoptr(GError) error = NULL;
  g_autoptr(HkInvoiceBook) refused = NULL;
  g_autofree char *segments = NULL;
  g_autofree char *denied = NULL;
  gint64 n_audit;

  issue (fixture, book, 1, 10, fixture->zhangli);
  insert_receipt (fixture, CODE_A, 1, fixture->zhangli, DAY1, "issued");
  insert_receipt (fixture, CODE_A, 3, fixture->zhangli, DAY1, "issued");
  segments = dump_segments (fixture);
  n_audit = hk_test_count_audit (fixture->hall.db.database, NULL);
  fixture->hall.n_changed = 0;

  /* A clerk cannot give themselves numbers, register, return or explain. */
  refused = hk_invoice_book_store_register (fixture->store, fixture->zhangli, CODE_B, 1, 50,
                                            &error);
  g_assert_null (refused);
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "Auditor"));
  g_clear_error (&error);
  g_assert_false (hk_invoice_book_store_issue (fixture->store, fixture->zhangli, book, 11, 20,
                                               fixture->zhangli, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (hk_invoice_book_store_issue_book (fixture->store, fixture->zhangli, book,
                                                    fixture->zhangli, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (hk_invoice_book_store_return (fixture->store, fixture->zhangli, book, 5, 10,
                                                &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (hk_invoice_book_store_explain_gap (fixture->store, fixture->zhangli,
                                                     hk_invoice_book_get_id (book), 2, "lost",
                                                     &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);

  /* Nor a supervisor and administrator: books are the auditor's; nor nobody. */
  g_assert_false (hk_invoice_book_store_issue (fixture->store, supervisor, book, 11, 20,
                                               fixture->zhangli, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (hk_invoice_book_store_issue (fixture->store, NULL, book, 11, 20,
                                               fixture->zhangli, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
  g_clear_error (&error);

  /* Each refusal is in the audit log, and nothing else happened. */
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "permission-denied"), ==, 7);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, NULL), ==, n_audit + 7);
  denied = hk_test_query_text (fixture->hall.db.database,
                               "SELECT summary FROM audit_log WHERE action = 'permission-denied'"
                               " AND operator_login = 'zhangli' ORDER BY seq LIMIT 1");
  g_assert_nonnull (strstr (denied, "Registering an invoice book"));
  {
    g_autofree char *after = dump_segments (fixture);

    g_assert_cmpstr (after, ==, segments);
  }
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "invoice_books"), ==, 1);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "gap_explanations"), ==, 0);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 0);

  /* An auditor who loses the role is refused at once, as the database has it now. */
  g_assert_true (hk_database_exec (fixture->hall.db.database,
                                   "DELETE FROM operator_roles WHERE role = 'auditor'", NULL));
  g_assert_false (hk_invoice_book_store_explain_gap (fixture->store, fixture->hall.auditor,
                                                     hk_invoice_book_get_id (book), 2, "lost",
                                                     &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_PERMISSION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/invoice-book-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("register", test_register);
  ADD ("register-invalid", test_register_invalid);
  ADD ("issue-splits", test_issue_splits);
  ADD ("issue-refusals", test_issue_refusals);
  ADD ("issue-book", test_issue_book);
  ADD ("return", test_return);
  ADD ("merge", test_merge);
  ADD ("next-number", test_next_number);
  ADD ("gaps", test_gaps);
  ADD ("gap-day", test_gap_day);
  ADD ("gaps-of-day", test_gaps_of_day);
  ADD ("summary", test_summary);
  ADD ("summary-day-boundary", test_summary_day_boundary);
  ADD ("permissions", test_permissions);

#undef ADD

  return g_test_run ();
}
