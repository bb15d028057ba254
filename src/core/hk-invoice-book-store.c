/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-invoice-book-store.c: invoice books: registering, issuing to clerks, checking back in,
 * the next number of a clerk's receipt, gaps and the day's figures.
 *
 * The auditor registers each book received; its numbers then sit in the hall's
 * stock (a segment with no holder). Issuing moves a run of stock numbers to a
 * clerk and checking back in moves a clerk's unused numbers to the stock: the
 * segments split where a run starts or ends inside them, and adjacent segments
 * of one book in the same hands merge again. Every move is also a row of
 * invoice_movements, from which the day's begin / received / issued / ending
 * figures are computed. A used number never moves again.
 *
 * Within one of a clerk's segments, receipts take the numbers in order: the
 * next number is the one after the highest used. So every number a clerk holds
 * is used, still to come, or a gap (below a used number and never used); a gap
 * stays listed until the auditor explains it in writing.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-error.h"
#include "hk-hall-store.h"
#include "hk-invoice-book-store.h"
#include "hk-number-range.h"
#include "hk-permission.h"
#include "hk-role.h"
#include "hk-transaction.h"

#define REASON_MAX_LENGTH 500

struct _HkInvoiceBookStore
{
  GObject     parent_instance;
  HkDatabase *database;
  GListStore *model;
};

G_DEFINE_FINAL_TYPE (HkInvoiceBookStore, hk_invoice_book_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define BOOK_COLUMNS "b.id, b.invoice_code, b.first_no, b.last_no, b.registered_at"

/* One row of invoice_segments while a move rewrites them. */
typedef struct
{
  gint64 id;
  gint64 first_no;
  gint64 last_no;
  gint64 holder_id;
  gint64 since;
} Segment;

static HkInvoiceBook *
book_from_row (HkStatement *stmt)
{
  return g_object_new (HK_TYPE_INVOICE_BOOK,
                       "id", hk_statement_get_int64 (stmt, 0),
                       "invoice-code", hk_statement_get_text (stmt, 1),
                       "first-no", hk_statement_get_int64 (stmt, 2),
                       "last-no", hk_statement_get_int64 (stmt, 3),
                       "registered-at", hk_statement_get_int64 (stmt, 4),
                       NULL);
}

/* "1234567890 00000051–00000100", or one number when the run has one; not translated. */
static char *
format_range (const char *invoice_code,
              gint64      first_no,
              gint64      last_no)
{
  if (first_no == last_no)
    return g_strdup_printf ("%s %08lld", invoice_code, (long long)first_no);

  return g_strdup_printf ("%s %08lld–%08lld", invoice_code, (long long)first_no,
                          (long long)last_no);
}

static void
bind_holder (HkStatement *stmt,
             int          index,
             gint64       holder_id)
{
  if (holder_id == 0)
    hk_statement_bind_null (stmt, index);
  else
    hk_statement_bind_int64 (stmt, index, holder_id);
}

static void
reload_model (HkInvoiceBookStore *self)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) books = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (self->model == NULL)
    return;

  stmt = hk_database_prepare (self->database,
                              "SELECT " BOOK_COLUMNS " FROM invoice_books b"
                              " ORDER BY b.registered_at DESC, b.id DESC", &error);
  while (stmt != NULL && hk_statement_step (stmt, &error))
    g_ptr_array_add (books, book_from_row (stmt));

  if (error != NULL)
    {
      g_warning ("Cannot read the invoice books: %s", error->message);
      return;
    }

  g_list_store_splice (self->model, 0, g_list_model_get_n_items (G_LIST_MODEL (self->model)),
                       books->pdata, books->len);
}

static void
emit_changed (HkInvoiceBookStore *self)
{
  reload_model (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The login of an operator, for audit summaries and messages; "#ID" when there is none. */
static char *
dup_login (HkInvoiceBookStore *self,
           gint64              operator_id)
{
  g_autoptr(HkStatement) stmt = NULL;

  stmt = hk_database_prepare (self->database, "SELECT login FROM operators WHERE id = ?1", NULL);
  if (stmt != NULL)
    {
      hk_statement_bind_int64 (stmt, 1, operator_id);
      if (hk_statement_step (stmt, NULL))
        return hk_statement_dup_text (stmt, 0);
    }

  return g_strdup_printf ("#%lld", (long long)operator_id);
}

static gboolean
validate_range (gint64   first_no,
                gint64   last_no,
                GError **error)
{
  if (first_no < 0 || first_no > HK_INVOICE_NUMBER_MAX ||
      last_no < 0 || last_no > HK_INVOICE_NUMBER_MAX)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Invoice numbers have eight digits, from 00000000 to %08d."),
                   HK_INVOICE_NUMBER_MAX);
      return FALSE;
    }

  if (first_no > last_no)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The first number %08lld comes after the last number %08lld."),
                   (long long)first_no, (long long)last_no);
      return FALSE;
    }

  return TRUE;
}

/* The range must lie inside @book. */
static gboolean
validate_range_in_book (HkInvoiceBook  *book,
                        gint64          first_no,
                        gint64          last_no,
                        GError        **error)
{
  g_autofree char *range = NULL;

  if (!validate_range (first_no, last_no, error))
    return FALSE;

  if (hk_invoice_book_contains (book, first_no, last_no))
    return TRUE;

  range = format_range (hk_invoice_book_get_invoice_code (book),
                        hk_invoice_book_get_first_no (book), hk_invoice_book_get_last_no (book));
  g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
               _("The numbers %08lld–%08lld are not all in the book %s."),
               (long long)first_no, (long long)last_no, range);
  return FALSE;
}

/* The clerk as the database has them now: active, with the clerk's role. */
static gboolean
check_clerk (HkInvoiceBookStore  *self,
             HkOperator          *clerk,
             GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT 1 FROM operators o"
                                    " JOIN operator_roles r ON r.operator_id = o.id"
                                    " WHERE o.id = ?1 AND o.active = 1 AND r.role = ?2",
                                    error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, hk_operator_get_id (clerk));
  hk_statement_bind_text (stmt, 2, hk_role_to_id (HK_ROLE_CLERK));

  if (hk_statement_step (stmt, &local_error))
    return TRUE;

  if (local_error != NULL)
    g_propagate_error (error, local_error);
  else
    g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                 _("%s is not an active counter clerk; invoice numbers are issued only to "
                   "clerks."), hk_operator_get_display_name (clerk));

  return FALSE;
}

static gboolean
insert_segment (HkInvoiceBookStore  *self,
                gint64               book_id,
                gint64               first_no,
                gint64               last_no,
                gint64               holder_id,
                gint64               since,
                GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "INSERT INTO invoice_segments"
                                    " (book_id, first_no, last_no, holder_id, since)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5)", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, book_id);
  hk_statement_bind_int64 (stmt, 2, first_no);
  hk_statement_bind_int64 (stmt, 3, last_no);
  bind_holder (stmt, 4, holder_id);
  hk_statement_bind_int64 (stmt, 5, since);

  return hk_statement_run (stmt, error);
}

static gboolean
insert_movement (HkInvoiceBookStore  *self,
                 HkOperator          *actor,
                 gint64               book_id,
                 gint64               first_no,
                 gint64               last_no,
                 const char          *kind,
                 gint64               from_holder,
                 gint64               to_holder,
                 GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "INSERT INTO invoice_movements"
                                    " (book_id, first_no, last_no, kind, from_holder, to_holder,"
                                    "  at, by)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, book_id);
  hk_statement_bind_int64 (stmt, 2, first_no);
  hk_statement_bind_int64 (stmt, 3, last_no);
  hk_statement_bind_text (stmt, 4, kind);
  bind_holder (stmt, 5, from_holder);
  bind_holder (stmt, 6, to_holder);
  hk_statement_bind_int64 (stmt, 7, hk_database_get_now (self->database));
  hk_statement_bind_int64 (stmt, 8, hk_operator_get_id (actor));

  return hk_statement_run (stmt, error);
}

static GArray *
read_segments (HkInvoiceBookStore  *self,
               gint64               book_id,
               gint64               first_no,
               gint64               last_no,
               GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT id, first_no, last_no, coalesce (holder_id, 0), since"
                                    " FROM invoice_segments"
                                    " WHERE book_id = ?1 AND first_no <= ?3 AND last_no >= ?2"
                                    " ORDER BY first_no", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, book_id);
  hk_statement_bind_int64 (stmt, 2, first_no);
  hk_statement_bind_int64 (stmt, 3, last_no);

  while (hk_statement_step (stmt, &local_error))
    {
      Segment segment = {
        .id = hk_statement_get_int64 (stmt, 0),
        .first_no = hk_statement_get_int64 (stmt, 1),
        .last_no = hk_statement_get_int64 (stmt, 2),
        .holder_id = hk_statement_get_int64 (stmt, 3),
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

/* Adjacent segments of the book in the same hands become one, so the table stays small. */
static gboolean
merge_segments (HkInvoiceBookStore  *self,
                gint64               book_id,
                GError             **error)
{
  g_autoptr(GArray) segments = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkStatement) delete = NULL;
  Segment *run = NULL;
  gboolean run_grew = FALSE;

  if (!(segments = read_segments (self, book_id, 0, HK_INVOICE_NUMBER_MAX, error)) ||
      !(update = hk_database_prepare (self->database,
                                      "UPDATE invoice_segments SET last_no = ?2, since = ?3"
                                      " WHERE id = ?1", error)) ||
      !(delete = hk_database_prepare (self->database,
                                      "DELETE FROM invoice_segments WHERE id = ?1", error)))
    return FALSE;

  for (guint i = 0; i <= segments->len; i++)
    {
      Segment *segment = i < segments->len ? &g_array_index (segments, Segment, i) : NULL;

      if (segment != NULL && run != NULL && segment->holder_id == run->holder_id &&
          hk_number_range_adjoins (&(HkNumberRange) { run->first_no, run->last_no },
                                   &(HkNumberRange) { segment->first_no, segment->last_no }))
        {
          run->last_no = segment->last_no;
          run->since = MIN (run->since, segment->since);
          run_grew = TRUE;

          hk_statement_reset (delete);
          hk_statement_bind_int64 (delete, 1, segment->id);
          if (!hk_statement_run (delete, error))
            return FALSE;
          continue;
        }

      if (run_grew)
        {
          hk_statement_reset (update);
          hk_statement_bind_int64 (update, 1, run->id);
          hk_statement_bind_int64 (update, 2, run->last_no);
          hk_statement_bind_int64 (update, 3, run->since);
          if (!hk_statement_run (update, error))
            return FALSE;
        }

      run = segment;
      run_grew = FALSE;
    }

  return TRUE;
}

/* Says why a run cannot move because @segment holds part of it. */
static void
set_holder_error (HkInvoiceBookStore  *self,
                  HkInvoiceBook       *book,
                  const Segment       *segment,
                  gint64               first_no,
                  gint64               last_no,
                  gint64               from_holder,
                  GError             **error)
{
  g_autofree char *part = NULL;
  g_autofree char *holder = NULL;
  g_autofree char *expected = NULL;

  part = format_range (hk_invoice_book_get_invoice_code (book),
                       MAX (first_no, segment->first_no), MIN (last_no, segment->last_no));

  if (from_holder == 0)
    {
      holder = dup_login (self, segment->holder_id);
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Only numbers in the hall’s stock can be issued; %s is held by %s."),
                   part, holder);
    }
  else if (segment->holder_id == 0)
    g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                 _("%s is already in the hall’s stock."), part);
  else
    {
      holder = dup_login (self, segment->holder_id);
      expected = dup_login (self, from_holder);
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("%s is held by %s, not by %s; check each clerk’s numbers in separately."),
                   part, holder, expected);
    }
}

/* Inside the caller's transaction: moves every number from @first_no to @last_no of @book
 * from @from_holder to @to_holder (0: the stock), and records the movement. */
static gboolean
move_numbers (HkInvoiceBookStore  *self,
              HkOperator          *actor,
              HkInvoiceBook       *book,
              gint64               first_no,
              gint64               last_no,
              gint64               from_holder,
              gint64               to_holder,
              const char          *kind,
              GError             **error)
{
  g_autoptr(GArray) segments = NULL;
  g_autoptr(GArray) ranges = NULL;
  g_autoptr(HkStatement) delete = NULL;
  gint64 book_id = hk_invoice_book_get_id (book);
  HkNumberRange run = { first_no, last_no };
  gint64 missing_no = first_no;

  if (!(segments = read_segments (self, book_id, first_no, last_no, error)))
    return FALSE;

  ranges = g_array_sized_new (FALSE, FALSE, sizeof (HkNumberRange), segments->len);
  for (guint i = 0; i < segments->len; i++)
    {
      const Segment *segment = &g_array_index (segments, Segment, i);
      HkNumberRange range = { segment->first_no, segment->last_no };

      if (segment->holder_id != from_holder)
        {
          set_holder_error (self, book, segment, first_no, last_no, from_holder, error);
          return FALSE;
        }

      g_array_append_val (ranges, range);
    }

  /* Every number of a book is always in one segment; this only guards against a damaged file. */
  if (!hk_number_ranges_cover ((const HkNumberRange *)(gpointer)ranges->data, ranges->len, &run,
                               &missing_no))
    {
      g_autofree char *missing = format_range (hk_invoice_book_get_invoice_code (book),
                                               missing_no, missing_no);

      g_set_error (error, HK_ERROR, HK_ERROR_CORRUPT,
                   _("Nobody holds the invoice %s: the records of its book are damaged."),
                   missing);
      return FALSE;
    }

  if (!(delete = hk_database_prepare (self->database,
                                      "DELETE FROM invoice_segments WHERE id = ?1", error)))
    return FALSE;

  for (guint i = 0; i < segments->len; i++)
    {
      const Segment *segment = &g_array_index (segments, Segment, i);
      HkNumberRange left[2];
      guint n_left;

      hk_statement_reset (delete);
      hk_statement_bind_int64 (delete, 1, segment->id);
      if (!hk_statement_run (delete, error))
        return FALSE;

      /* What the move leaves of the segment, before and after the run, stays where it was. */
      n_left = hk_number_range_subtract (&g_array_index (ranges, HkNumberRange, i), &run, left);
      for (guint j = 0; j < n_left; j++)
        if (!insert_segment (self, book_id, left[j].first, left[j].last, segment->holder_id,
                             segment->since, error))
          return FALSE;
    }

  return insert_segment (self, book_id, first_no, last_no, to_holder,
                         hk_database_get_now (self->database), error) &&
         merge_segments (self, book_id, error) &&
         insert_movement (self, actor, book_id, first_no, last_no, kind, from_holder, to_holder,
                          error);
}

static void
hk_invoice_book_store_finalize (GObject *object)
{
  HkInvoiceBookStore *self = (HkInvoiceBookStore *)object;

  g_clear_object (&self->model);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (hk_invoice_book_store_parent_class)->finalize (object);
}

static void
hk_invoice_book_store_class_init (HkInvoiceBookStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_invoice_book_store_finalize;

  /**
   * HkInvoiceBookStore::changed:
   *
   * Emitted after a book was registered, numbers moved or a gap was explained.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hk_invoice_book_store_init (HkInvoiceBookStore *self)
{
}

HkInvoiceBookStore *
hk_invoice_book_store_new (HkDatabase *database)
{
  HkInvoiceBookStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);

  self = g_object_new (HK_TYPE_INVOICE_BOOK_STORE, NULL);
  self->database = g_object_ref (database);

  return self;
}

/**
 * hk_invoice_book_store_get_model:
 *
 * Returns: (transfer none): every book as #HkInvoiceBook items, newest first;
 *   kept up to date by the store.
 */
GListModel *
hk_invoice_book_store_get_model (HkInvoiceBookStore *self)
{
  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), NULL);

  if (self->model == NULL)
    {
      self->model = g_list_store_new (HK_TYPE_INVOICE_BOOK);
      reload_model (self);
    }

  return G_LIST_MODEL (self->model);
}

HkInvoiceBook *
hk_invoice_book_store_lookup_by_id (HkInvoiceBookStore  *self,
                                    gint64               book_id,
                                    GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " BOOK_COLUMNS " FROM invoice_books b WHERE b.id = ?1",
                                    error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, book_id);
  if (hk_statement_step (stmt, &local_error))
    return book_from_row (stmt);

  if (local_error != NULL)
    g_propagate_error (error, local_error);
  else
    g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                 _("There is no invoice book number %lld."), (long long)book_id);

  return NULL;
}

/**
 * hk_invoice_book_store_lookup:
 * @invoice_code: the invoice code (发票代码)
 * @number: any number of the book
 *
 * Returns: (transfer full): the book of that code that holds @number; fails
 *   with %HK_ERROR_NOT_FOUND when no registered book does.
 */
HkInvoiceBook *
hk_invoice_book_store_lookup (HkInvoiceBookStore  *self,
                              const char          *invoice_code,
                              gint64               number,
                              GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " BOOK_COLUMNS " FROM invoice_books b"
                                    " WHERE b.invoice_code = ?1 AND b.first_no <= ?2"
                                    " AND b.last_no >= ?2", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, invoice_code != NULL ? invoice_code : "");
  hk_statement_bind_int64 (stmt, 2, number);
  if (hk_statement_step (stmt, &local_error))
    return book_from_row (stmt);

  if (local_error != NULL)
    g_propagate_error (error, local_error);
  else
    g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                 _("No registered invoice book has the code %s and the number %08lld."),
                 invoice_code != NULL ? invoice_code : "", (long long)number);

  return NULL;
}

/**
 * hk_invoice_book_store_list_segments:
 * @book_id: one book, or 0 for every book
 *
 * Returns: (transfer full) (element-type HkInvoiceSegment): who holds which
 *   numbers now, by invoice code, then book, then number.
 */
GPtrArray *
hk_invoice_book_store_list_segments (HkInvoiceBookStore  *self,
                                     gint64               book_id,
                                     GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) segments = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT s.book_id, s.first_no, s.last_no,"
                                    " coalesce (s.holder_id, 0)"
                                    " FROM invoice_segments s"
                                    " JOIN invoice_books b ON b.id = s.book_id"
                                    " WHERE ?1 = 0 OR s.book_id = ?1"
                                    " ORDER BY b.invoice_code, b.first_no, s.first_no", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, book_id);

  segments = g_ptr_array_new_with_free_func ((GDestroyNotify)hk_invoice_segment_free);
  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (segments, hk_invoice_segment_new (hk_statement_get_int64 (stmt, 0),
                                                       hk_statement_get_int64 (stmt, 1),
                                                       hk_statement_get_int64 (stmt, 2),
                                                       hk_statement_get_int64 (stmt, 3)));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&segments);
}

/**
 * hk_invoice_book_store_register:
 * @actor: an auditor
 * @invoice_code: the invoice code (发票代码), 10 to 12 digits
 * @first_no: the book's first number
 * @last_no: the book's last number
 *
 * Registers a book received from the tax office; its numbers go into the
 * hall's stock. Refused when the numbers overlap a book of the same code.
 *
 * Returns: (transfer full): the new book
 */
HkInvoiceBook *
hk_invoice_book_store_register (HkInvoiceBookStore  *self,
                                HkOperator          *actor,
                                const char          *invoice_code,
                                gint64               first_no,
                                gint64               last_no,
                                GError             **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) overlap = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autofree char *range = NULL;
  g_autofree char *summary = NULL;
  GError *local_error = NULL;
  gint64 now;
  gint64 id;

  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Registering an invoice book"), error))
    return NULL;

  if (!hk_invoice_code_is_valid (invoice_code))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not an invoice code: it has 10 to 12 digits."),
                   invoice_code != NULL ? invoice_code : "");
      return NULL;
    }

  if (!validate_range (first_no, last_no, error))
    return NULL;

  if (last_no - first_no + 1 > HK_INVOICE_BOOK_MAX_COUNT)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A book holds at most %d numbers; register larger deliveries book by book."),
                   HK_INVOICE_BOOK_MAX_COUNT);
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(overlap = hk_database_prepare (self->database,
                                       "SELECT first_no, last_no FROM invoice_books"
                                       " WHERE invoice_code = ?1 AND first_no <= ?3"
                                       " AND last_no >= ?2 ORDER BY first_no LIMIT 1", error)))
    return NULL;

  hk_statement_bind_text (overlap, 1, invoice_code);
  hk_statement_bind_int64 (overlap, 2, first_no);
  hk_statement_bind_int64 (overlap, 3, last_no);

  if (hk_statement_step (overlap, &local_error))
    {
      g_autofree char *existing = format_range (invoice_code,
                                                hk_statement_get_int64 (overlap, 0),
                                                hk_statement_get_int64 (overlap, 1));

      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("These numbers overlap the book %s, which is already registered."),
                   existing);
      return NULL;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  now = hk_database_get_now (self->database);

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO invoice_books"
                                      " (invoice_code, first_no, last_no, registered_at,"
                                      "  registered_by)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, invoice_code);
  hk_statement_bind_int64 (insert, 2, first_no);
  hk_statement_bind_int64 (insert, 3, last_no);
  hk_statement_bind_int64 (insert, 4, now);
  hk_statement_bind_int64 (insert, 5, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  range = format_range (invoice_code, first_no, last_no);
  summary = g_strdup_printf ("registered %s (%lld numbers)", range,
                             (long long)(last_no - first_no + 1));

  if (!insert_segment (self, id, first_no, last_no, 0, now, error) ||
      !insert_movement (self, actor, id, first_no, last_no, "register", 0, 0, error) ||
      !hk_audit_log_append (self->database, actor, "invoice-book-registered", "invoice_book", id,
                            summary, error) ||
      !(book = hk_invoice_book_store_lookup_by_id (self, id, error)) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return g_steal_pointer (&book);
}

/* Inside the caller's transaction: issues one run of stock numbers and audits it. */
static gboolean
issue_in_transaction (HkInvoiceBookStore  *self,
                      HkOperator          *actor,
                      HkInvoiceBook       *book,
                      gint64               first_no,
                      gint64               last_no,
                      HkOperator          *clerk,
                      GError             **error)
{
  g_autofree char *range = NULL;
  g_autofree char *clerk_login = NULL;
  g_autofree char *summary = NULL;
  gint64 clerk_id = hk_operator_get_id (clerk);

  range = format_range (hk_invoice_book_get_invoice_code (book), first_no, last_no);
  clerk_login = dup_login (self, clerk_id);
  summary = g_strdup_printf ("issued %s to %s", range, clerk_login);

  return move_numbers (self, actor, book, first_no, last_no, 0, clerk_id, "issue", error) &&
         hk_audit_log_append (self->database, actor, "invoice-numbers-issued", "invoice_book",
                              hk_invoice_book_get_id (book), summary, error);
}

/**
 * hk_invoice_book_store_issue:
 * @actor: an auditor
 * @book: the book
 * @first_no: the first number to issue
 * @last_no: the last number to issue
 * @clerk: an active counter clerk
 *
 * Moves the numbers from the hall's stock to @clerk. Every one of them must be
 * in the stock; the stock's segment splits around them.
 */
gboolean
hk_invoice_book_store_issue (HkInvoiceBookStore  *self,
                             HkOperator          *actor,
                             HkInvoiceBook       *book,
                             gint64               first_no,
                             gint64               last_no,
                             HkOperator          *clerk,
                             GError             **error)
{
  g_autoptr(HkTransaction) tx = NULL;

  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), FALSE);
  g_return_val_if_fail (HK_IS_INVOICE_BOOK (book), FALSE);
  g_return_val_if_fail (HK_IS_OPERATOR (clerk), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Issuing invoice numbers"), error))
    return FALSE;

  if (!validate_range_in_book (book, first_no, last_no, error) ||
      !(tx = hk_transaction_begin (self->database, error)) ||
      !check_clerk (self, clerk, error) ||
      !issue_in_transaction (self, actor, book, first_no, last_no, clerk, error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

/* Issues every number of @book still in the hall's stock to @clerk. */
gboolean
hk_invoice_book_store_issue_book (HkInvoiceBookStore  *self,
                                  HkOperator          *actor,
                                  HkInvoiceBook       *book,
                                  HkOperator          *clerk,
                                  GError             **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(GArray) segments = NULL;
  guint n_issued = 0;

  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), FALSE);
  g_return_val_if_fail (HK_IS_INVOICE_BOOK (book), FALSE);
  g_return_val_if_fail (HK_IS_OPERATOR (clerk), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Issuing invoice numbers"), error))
    return FALSE;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !check_clerk (self, clerk, error) ||
      !(segments = read_segments (self, hk_invoice_book_get_id (book),
                                  hk_invoice_book_get_first_no (book),
                                  hk_invoice_book_get_last_no (book), error)))
    return FALSE;

  /* Each run moves separately; the segments read above do not overlap the ones it creates. */
  for (guint i = 0; i < segments->len; i++)
    {
      const Segment *segment = &g_array_index (segments, Segment, i);

      if (segment->holder_id != 0)
        continue;

      if (!issue_in_transaction (self, actor, book, segment->first_no, segment->last_no, clerk,
                                 error))
        return FALSE;
      n_issued++;
    }

  if (n_issued == 0)
    {
      g_autofree char *range = format_range (hk_invoice_book_get_invoice_code (book),
                                             hk_invoice_book_get_first_no (book),
                                             hk_invoice_book_get_last_no (book));

      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("No number of the book %s is left in the hall’s stock."), range);
      return FALSE;
    }

  if (!hk_transaction_commit (tx, error))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

/**
 * hk_invoice_book_store_return:
 * @actor: an auditor
 * @book: the book
 * @first_no: the first number checked back in
 * @last_no: the last number checked back in
 *
 * Checks unused numbers back in from the clerk who holds them to the hall's
 * stock. All of them must be held by one clerk, and none may have been used by
 * a receipt: a used number is never returned. Returned numbers are not gaps.
 */
gboolean
hk_invoice_book_store_return (HkInvoiceBookStore  *self,
                              HkOperator          *actor,
                              HkInvoiceBook       *book,
                              gint64               first_no,
                              gint64               last_no,
                              GError             **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) used = NULL;
  g_autoptr(HkStatement) holder = NULL;
  g_autofree char *range = NULL;
  g_autofree char *clerk_login = NULL;
  g_autofree char *summary = NULL;
  const char *invoice_code;
  GError *local_error = NULL;
  gint64 clerk_id;

  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), FALSE);
  g_return_val_if_fail (HK_IS_INVOICE_BOOK (book), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Checking invoice numbers back in"), error))
    return FALSE;

  if (!validate_range_in_book (book, first_no, last_no, error))
    return FALSE;

  invoice_code = hk_invoice_book_get_invoice_code (book);
  range = format_range (invoice_code, first_no, last_no);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(used = hk_database_prepare (self->database,
                                    "SELECT min (number) FROM receipts"
                                    " WHERE invoice_code = ?1 AND number BETWEEN ?2 AND ?3",
                                    error)))
    return FALSE;

  hk_statement_bind_text (used, 1, invoice_code);
  hk_statement_bind_int64 (used, 2, first_no);
  hk_statement_bind_int64 (used, 3, last_no);
  if (!hk_statement_step (used, error))
    return FALSE;

  if (!hk_statement_is_null (used, 0))
    {
      g_autofree char *number = format_range (invoice_code, hk_statement_get_int64 (used, 0),
                                              hk_statement_get_int64 (used, 0));

      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The invoice %s was used by a receipt; a used number is never returned."),
                   number);
      return FALSE;
    }

  /* The clerk who holds the first number; move_numbers checks that they hold them all. */
  if (!(holder = hk_database_prepare (self->database,
                                      "SELECT coalesce (holder_id, 0) FROM invoice_segments"
                                      " WHERE book_id = ?1 AND ?2 BETWEEN first_no AND last_no",
                                      error)))
    return FALSE;

  hk_statement_bind_int64 (holder, 1, hk_invoice_book_get_id (book));
  hk_statement_bind_int64 (holder, 2, first_no);
  if (!hk_statement_step (holder, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, HK_ERROR, HK_ERROR_CORRUPT,
                     _("Nobody holds the invoice %s: the records of its book are damaged."),
                     range);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  clerk_id = hk_statement_get_int64 (holder, 0);
  if (clerk_id == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("%s is already in the hall’s stock."), range);
      return FALSE;
    }

  clerk_login = dup_login (self, clerk_id);
  summary = g_strdup_printf ("returned %s from %s to the stock", range, clerk_login);

  if (!move_numbers (self, actor, book, first_no, last_no, clerk_id, 0, "return", error) ||
      !hk_audit_log_append (self->database, actor, "invoice-numbers-returned", "invoice_book",
                            hk_invoice_book_get_id (book), summary, error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

/**
 * hk_invoice_book_store_next_number:
 * @clerk_id: the clerk who issues a receipt
 * @book_id: (out) (optional): the book the number belongs to
 * @invoice_code: (out) (optional) (transfer full): the book's invoice code
 * @number: (out) (optional): the number
 *
 * Finds the number the clerk's next receipt gets: in the clerk's segments
 * (by book, then by number), the first number above every used one of its
 * segment. Missing numbers below a used one are gaps and are not reused.
 * Only reads, so it works inside the receipt store's open transaction.
 * Fails with %HK_ERROR_NOT_FOUND when the clerk holds no unused number.
 */
gboolean
hk_invoice_book_store_next_number (HkInvoiceBookStore  *self,
                                   gint64               clerk_id,
                                   gint64              *book_id,
                                   char               **invoice_code,
                                   gint64              *number,
                                   GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), FALSE);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT book_id, invoice_code, next_no FROM ("
                                    "  SELECT s.book_id, s.first_no, s.last_no, b.invoice_code,"
                                    "   coalesce ((SELECT max (r.number) FROM receipts r"
                                    "              WHERE r.invoice_code = b.invoice_code"
                                    "              AND r.number BETWEEN s.first_no AND s.last_no)"
                                    "             + 1, s.first_no) AS next_no"
                                    "  FROM invoice_segments s"
                                    "  JOIN invoice_books b ON b.id = s.book_id"
                                    "  WHERE s.holder_id = ?1)"
                                    " WHERE next_no <= last_no"
                                    " ORDER BY book_id, first_no LIMIT 1", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, clerk_id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("You hold no unused invoice numbers; ask the auditor for a book."));
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (book_id != NULL)
    *book_id = hk_statement_get_int64 (stmt, 0);
  if (invoice_code != NULL)
    *invoice_code = hk_statement_dup_text (stmt, 1);
  if (number != NULL)
    *number = hk_statement_get_int64 (stmt, 2);

  return TRUE;
}

/* A day given by a caller must be a real "YYYY-MM-DD". */
static gboolean
check_day (HkInvoiceBookStore  *self,
           const char          *day,
           gint64              *start,
           gint64              *end,
           GError             **error)
{
  g_autoptr(HkHallStore) hall = hk_hall_store_new (self->database);

  return hk_hall_store_parse_day (hall, day, start, end, error);
}

/* The segments a clerk holds (every clerk's for 0): book id, invoice code, first and last
 * number, holder; by invoice code and number. */
static HkStatement *
prepare_held_segments (HkInvoiceBookStore  *self,
                       gint64               clerk_id,
                       GError             **error)
{
  HkStatement *segments;

  if (!(segments = hk_database_prepare (self->database,
                                        "SELECT s.book_id, b.invoice_code, s.first_no,"
                                        " s.last_no, s.holder_id"
                                        " FROM invoice_segments s"
                                        " JOIN invoice_books b ON b.id = s.book_id"
                                        " WHERE s.holder_id IS NOT NULL"
                                        " AND (?1 = 0 OR s.holder_id = ?1)"
                                        " ORDER BY b.invoice_code, s.first_no", error)))
    return NULL;

  hk_statement_bind_int64 (segments, 1, clerk_id);
  return segments;
}

/* A gap of the segment @segment (a row of prepare_held_segments()). */
static HkInvoiceGap *
new_gap (HkStatement *segment,
         gint64       number,
         const char  *day)
{
  HkInvoiceGap *gap = g_new0 (HkInvoiceGap, 1);

  gap->book_id = hk_statement_get_int64 (segment, 0);
  gap->invoice_code = g_strdup (hk_statement_get_text (segment, 1));
  gap->number = number;
  gap->clerk_id = hk_statement_get_int64 (segment, 4);
  gap->day = g_strdup (day);
  return gap;
}

/* A used number in a clerk's segment: receipts, any status. */
typedef struct
{
  gint64  number;
  char   *day;
} Used;

static void
clear_used (gpointer data)
{
  g_free (((Used *)data)->day);
}

/* Appends the gaps of one segment that a clerk holds: its numbers below a used one (used up
 * to @day) that no receipt used and the auditor has not explained. */
static gboolean
find_segment_gaps (HkInvoiceBookStore  *self,
                   HkStatement         *segment,
                   const char          *day,
                   GPtrArray           *gaps,
                   GError             **error)
{
  g_autoptr(HkStatement) receipts = NULL;
  g_autoptr(HkStatement) explained = NULL;
  g_autoptr(GArray) used = g_array_new (FALSE, FALSE, sizeof (Used));
  g_autoptr(GPtrArray) appeared = g_ptr_array_new ();
  g_autoptr(GHashTable) explanations = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                              g_free, NULL);
  gint64 book_id = hk_statement_get_int64 (segment, 0);
  const char *invoice_code = hk_statement_get_text (segment, 1);
  gint64 first_no = hk_statement_get_int64 (segment, 2);
  gint64 last_no = hk_statement_get_int64 (segment, 3);
  gint64 max_used = -1;
  const char *earliest = NULL;
  GError *local_error = NULL;
  guint next = 0;

  g_array_set_clear_func (used, clear_used);

  if (!(receipts = hk_database_prepare (self->database,
                                        "SELECT number, business_day FROM receipts"
                                        " WHERE invoice_code = ?1 AND number BETWEEN ?2 AND ?3"
                                        " ORDER BY number", error)))
    return FALSE;

  hk_statement_bind_text (receipts, 1, invoice_code);
  hk_statement_bind_int64 (receipts, 2, first_no);
  hk_statement_bind_int64 (receipts, 3, last_no);

  while (hk_statement_step (receipts, &local_error))
    {
      Used u = { hk_statement_get_int64 (receipts, 0), hk_statement_dup_text (receipts, 1) };

      g_array_append_val (used, u);
      if (day == NULL || g_strcmp0 (u.day, day) <= 0)
        max_used = u.number;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (max_used <= first_no)
    return TRUE;

  if (!(explained = hk_database_prepare (self->database,
                                         "SELECT number FROM gap_explanations"
                                         " WHERE book_id = ?1 AND number BETWEEN ?2 AND ?3",
                                         error)))
    return FALSE;

  hk_statement_bind_int64 (explained, 1, book_id);
  hk_statement_bind_int64 (explained, 2, first_no);
  hk_statement_bind_int64 (explained, 3, max_used);

  while (hk_statement_step (explained, &local_error))
    {
      gint64 *key = g_new (gint64, 1);

      *key = hk_statement_get_int64 (explained, 0);
      g_hash_table_add (explanations, key);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  /* appeared[i]: the earliest day of the used numbers from the i-th on: the day on which a
   * missing number below the i-th was first passed over. */
  g_ptr_array_set_size (appeared, used->len);
  for (guint i = used->len; i-- > 0;)
    {
      const char *d = g_array_index (used, Used, i).day;

      if (earliest == NULL || g_strcmp0 (d, earliest) < 0)
        earliest = d;
      g_ptr_array_index (appeared, i) = (gpointer)earliest;
    }

  for (gint64 n = first_no; n < max_used; n++)
    {
      while (next < used->len && g_array_index (used, Used, next).number < n)
        next++;

      if (next < used->len && g_array_index (used, Used, next).number == n)
        continue;

      if (g_hash_table_contains (explanations, &n))
        continue;

      g_ptr_array_add (gaps, new_gap (segment, n, g_ptr_array_index (appeared, next)));
    }

  return TRUE;
}

/* The highest number of @segment used on @day, and the highest used on an earlier day
 * (@first_no - 1 when none). The first is a seek in receipts_day_number (0010); the second
 * walks down the segment past the numbers used on @day and later, which are few when the day
 * is recent. FALSE in @found: nothing used on @day. */
static gboolean
segment_day_bounds (HkInvoiceBookStore  *self,
                    HkStatement         *segment,
                    const char          *day,
                    gboolean            *found,
                    gint64              *low,
                    gint64              *high,
                    GError             **error)
{
  g_autoptr(HkStatement) top = NULL;
  g_autoptr(HkStatement) below = NULL;
  const char *invoice_code = hk_statement_get_text (segment, 1);
  gint64 first_no = hk_statement_get_int64 (segment, 2);
  gint64 last_no = hk_statement_get_int64 (segment, 3);
  GError *local_error = NULL;

  *found = FALSE;
  if (!(top = hk_database_prepare (self->database,
                                   "SELECT max (number) FROM receipts"
                                   " WHERE business_day = ?1 AND invoice_code = ?2"
                                   " AND number BETWEEN ?3 AND ?4", error)))
    return FALSE;

  hk_statement_bind_text (top, 1, day);
  hk_statement_bind_text (top, 2, invoice_code);
  hk_statement_bind_int64 (top, 3, first_no);
  hk_statement_bind_int64 (top, 4, last_no);
  if (!hk_statement_step (top, &local_error) || hk_statement_is_null (top, 0))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      return local_error == NULL;
    }

  *high = hk_statement_get_int64 (top, 0);
  *low = first_no - 1;

  if (!(below = hk_database_prepare (self->database,
                                     "SELECT number FROM receipts"
                                     " WHERE invoice_code = ?1 AND number BETWEEN ?2 AND ?3"
                                     " AND business_day < ?4 ORDER BY number DESC LIMIT 1",
                                     error)))
    return FALSE;

  hk_statement_bind_text (below, 1, invoice_code);
  hk_statement_bind_int64 (below, 2, first_no);
  hk_statement_bind_int64 (below, 3, last_no);
  hk_statement_bind_text (below, 4, day);
  if (hk_statement_step (below, &local_error))
    *low = hk_statement_get_int64 (below, 0);
  else if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  *found = TRUE;
  return TRUE;
}

/* Appends the gaps of @segment strictly between @low and @high, in number order: the numbers
 * no receipt used (any day, any status) and the auditor has not explained. */
static gboolean
append_gaps_between (HkInvoiceBookStore  *self,
                     HkStatement         *segment,
                     gint64               low,
                     gint64               high,
                     const char          *day,
                     GPtrArray           *gaps,
                     GError             **error)
{
  g_autoptr(HkStatement) taken = NULL;
  gint64 book_id = hk_statement_get_int64 (segment, 0);
  const char *invoice_code = hk_statement_get_text (segment, 1);
  GError *local_error = NULL;
  gint64 n = low + 1;

  if (!(taken = hk_database_prepare (self->database,
                                     "SELECT number FROM receipts"
                                     " WHERE invoice_code = ?1 AND number BETWEEN ?2 AND ?3"
                                     " UNION SELECT number FROM gap_explanations"
                                     " WHERE book_id = ?4 AND number BETWEEN ?2 AND ?3"
                                     " ORDER BY 1", error)))
    return FALSE;

  hk_statement_bind_text (taken, 1, invoice_code);
  hk_statement_bind_int64 (taken, 2, low + 1);
  hk_statement_bind_int64 (taken, 3, high - 1);
  hk_statement_bind_int64 (taken, 4, book_id);

  for (;;)
    {
      gboolean more = hk_statement_step (taken, &local_error);
      gint64 next = more ? hk_statement_get_int64 (taken, 0) : high;

      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }

      for (; n < next; n++)
        g_ptr_array_add (gaps, new_gap (segment, n, day));
      n = next + 1;

      if (!more)
        return TRUE;
    }
}

/**
 * hk_invoice_book_store_find_gaps_of_day:
 * @day: "YYYY-MM-DD"
 * @clerk_id: the clerk
 *
 * The gaps that hk_invoice_book_store_find_gaps() gives for @day and @clerk_id with @day as
 * the day they appeared (what the clerk's daily report of @day counts), without reading the
 * clerk's whole history. A gap appears on @day when the lowest-dated number used above it was
 * used on @day: it lies above every number of its segment used before @day and below the
 * highest one used on @day. So only that stretch of each segment is read, and a daily report
 * costs the same after years of receipts.
 *
 * Returns: (transfer full) (element-type HkInvoiceGap): the gaps by book and number
 */
GPtrArray *
hk_invoice_book_store_find_gaps_of_day (HkInvoiceBookStore  *self,
                                        const char          *day,
                                        gint64               clerk_id,
                                        GError             **error)
{
  g_autoptr(HkStatement) segments = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  if (!check_day (self, day, NULL, NULL, error))
    return NULL;

  if (!(segments = prepare_held_segments (self, clerk_id, error)))
    return NULL;

  gaps = g_ptr_array_new_with_free_func ((GDestroyNotify)hk_invoice_gap_free);
  while (hk_statement_step (segments, &local_error))
    {
      gboolean found = FALSE;
      gint64 low = 0;
      gint64 high = 0;

      if (!segment_day_bounds (self, segments, day, &found, &low, &high, error) ||
          (found && high - low > 1 &&
           !append_gaps_between (self, segments, low, high, day, gaps, error)))
        return NULL;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&gaps);
}

/**
 * hk_invoice_book_store_find_gaps:
 * @day: (nullable): "YYYY-MM-DD": only receipts of that day and before count; %NULL for all
 * @clerk_id: one clerk, or 0 for every clerk
 *
 * Finds the gaps: numbers that a clerk holds below a number used from the same
 * segment, that no receipt used (whatever its status) and that the auditor has
 * not explained. Numbers checked back in are in the stock, so never gaps.
 *
 * Returns: (transfer full) (element-type HkInvoiceGap): the gaps by invoice
 *   code and number, each with the day it appeared
 */
GPtrArray *
hk_invoice_book_store_find_gaps (HkInvoiceBookStore  *self,
                                 const char          *day,
                                 gint64               clerk_id,
                                 GError             **error)
{
  g_autoptr(HkStatement) segments = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), NULL);

  if (day != NULL && !check_day (self, day, NULL, NULL, error))
    return NULL;

  if (!(segments = prepare_held_segments (self, clerk_id, error)))
    return NULL;

  gaps = g_ptr_array_new_with_free_func ((GDestroyNotify)hk_invoice_gap_free);
  while (hk_statement_step (segments, &local_error))
    if (!find_segment_gaps (self, segments, day, gaps, error))
      return NULL;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&gaps);
}

/**
 * hk_invoice_book_store_explain_gap:
 * @actor: an auditor
 * @book_id: the gap's book
 * @number: the missing number
 * @reason: why it is missing, in writing
 *
 * Records the auditor's explanation of a gap; an explained gap no longer
 * blocks signing. Only a current gap can be explained, once.
 */
gboolean
hk_invoice_book_store_explain_gap (HkInvoiceBookStore  *self,
                                   HkOperator          *actor,
                                   gint64               book_id,
                                   gint64               number,
                                   const char          *reason,
                                   GError             **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(HkStatement) existing = NULL;
  g_autoptr(HkStatement) gap = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autofree char *clean_reason = NULL;
  g_autofree char *where = NULL;
  g_autofree char *clerk_login = NULL;
  g_autofree char *summary = NULL;
  const char *invoice_code;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_AUDITOR,
                              _("Explaining a gap in the invoice numbers"), error))
    return FALSE;

  clean_reason = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (*clean_reason == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Write why the number is missing."));
      return FALSE;
    }

  if (g_utf8_strlen (clean_reason, -1) > REASON_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("An explanation has at most %d characters."), REASON_MAX_LENGTH);
      return FALSE;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(book = hk_invoice_book_store_lookup_by_id (self, book_id, error)) ||
      !validate_range_in_book (book, number, number, error))
    return FALSE;

  invoice_code = hk_invoice_book_get_invoice_code (book);
  where = format_range (invoice_code, number, number);

  if (!(existing = hk_database_prepare (self->database,
                                        "SELECT 1 FROM gap_explanations"
                                        " WHERE book_id = ?1 AND number = ?2", error)))
    return FALSE;

  hk_statement_bind_int64 (existing, 1, book_id);
  hk_statement_bind_int64 (existing, 2, number);
  if (hk_statement_step (existing, &local_error))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The missing invoice %s is already explained."), where);
      return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  /* A gap: held by a clerk, never used, and below a used number of the same segment. */
  if (!(gap = hk_database_prepare (self->database,
                                   "SELECT s.holder_id FROM invoice_segments s"
                                   " WHERE s.book_id = ?1 AND ?2 BETWEEN s.first_no AND s.last_no"
                                   " AND s.holder_id IS NOT NULL"
                                   " AND NOT EXISTS (SELECT 1 FROM receipts r"
                                   "   WHERE r.invoice_code = ?3 AND r.number = ?2)"
                                   " AND EXISTS (SELECT 1 FROM receipts r"
                                   "   WHERE r.invoice_code = ?3 AND r.number > ?2"
                                   "   AND r.number <= s.last_no)", error)))
    return FALSE;

  hk_statement_bind_int64 (gap, 1, book_id);
  hk_statement_bind_int64 (gap, 2, number);
  hk_statement_bind_text (gap, 3, invoice_code);
  if (!hk_statement_step (gap, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, HK_ERROR, HK_ERROR_CONFLICT,
                     _("The invoice %s is not a gap: it was used, checked back in, or not yet "
                       "reached."), where);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  clerk_login = dup_login (self, hk_statement_get_int64 (gap, 0));
  summary = g_strdup_printf ("explained the gap %s of %s: %s", where, clerk_login, clean_reason);

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO gap_explanations"
                                      " (book_id, number, reason, explained_at, explained_by)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5)", error)))
    return FALSE;

  hk_statement_bind_int64 (insert, 1, book_id);
  hk_statement_bind_int64 (insert, 2, number);
  hk_statement_bind_text (insert, 3, clean_reason);
  hk_statement_bind_int64 (insert, 4, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 5, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error) ||
      !hk_audit_log_append (self->database, actor, "invoice-gap-explained", "invoice_book",
                            book_id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return FALSE;

  emit_changed (self);

  return TRUE;
}

/**
 * hk_invoice_book_store_summarize:
 * @day: "YYYY-MM-DD" in the hall's time zone
 *
 * Computes the day's figures of each book in each pair of hands (see
 * #HkInvoiceBookSummary): the numbers held from the movements before and
 * during the day, the receipts from that day's and earlier ones. Rows where
 * nothing happened and nothing unused is held are left out.
 *
 * Returns: (transfer full) (element-type HkInvoiceBookSummary): by invoice
 *   code, book, then the stock before the clerks
 */
GPtrArray *
hk_invoice_book_store_summarize (HkInvoiceBookStore  *self,
                                 const char          *day,
                                 GError             **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GError *local_error = NULL;
  gint64 start;
  gint64 end;

  g_return_val_if_fail (HK_IS_INVOICE_BOOK_STORE (self), NULL);

  if (!check_day (self, day, &start, &end, error))
    return NULL;

  /* A movement credits its receiver and debits its giver; 0 is the stock. Registering a book
   * only credits the stock. */
  if (!(stmt = hk_database_prepare (self->database,
                                    "WITH flows (book_id, holder, n, at) AS ("
                                    "  SELECT book_id, coalesce (to_holder, 0),"
                                    "   last_no - first_no + 1, at"
                                    "  FROM invoice_movements WHERE at < ?2"
                                    "  UNION ALL"
                                    "  SELECT book_id, coalesce (from_holder, 0),"
                                    "   first_no - last_no - 1, at"
                                    "  FROM invoice_movements WHERE at < ?2 AND kind != 'register'"
                                    " ),"
                                    " held AS ("
                                    "  SELECT book_id, holder,"
                                    "   sum (CASE WHEN at < ?1 THEN n ELSE 0 END) AS begin_n,"
                                    "   sum (CASE WHEN at >= ?1 AND n > 0 THEN n ELSE 0 END)"
                                    "    AS received,"
                                    "   sum (CASE WHEN at >= ?1 AND n < 0 THEN -n ELSE 0 END)"
                                    "    AS issued"
                                    "  FROM flows GROUP BY book_id, holder"
                                    " ),"
                                    " used AS ("
                                    "  SELECT b.id AS book_id, r.clerk_id AS holder,"
                                    "   sum (CASE WHEN r.business_day = ?3"
                                    "    AND r.status = 'issued' THEN 1 ELSE 0 END) AS n_used,"
                                    "   sum (CASE WHEN r.business_day = ?3"
                                    "    AND r.status = 'void' THEN 1 ELSE 0 END) AS n_void,"
                                    "   count (*) AS n_to_date,"
                                    "   min (CASE WHEN r.business_day = ?3 THEN r.number END)"
                                    "    AS first_used,"
                                    "   max (CASE WHEN r.business_day = ?3 THEN r.number END)"
                                    "    AS last_used"
                                    "  FROM receipts r"
                                    "  JOIN invoice_books b ON b.invoice_code = r.invoice_code"
                                    "   AND r.number BETWEEN b.first_no AND b.last_no"
                                    "  WHERE r.business_day <= ?3"
                                    "  GROUP BY b.id, r.clerk_id"
                                    " )"
                                    " SELECT * FROM ("
                                    " SELECT h.book_id, b.invoice_code, h.holder, h.begin_n,"
                                    "  h.received, h.issued,"
                                    "  h.begin_n + h.received - h.issued AS ending,"
                                    "  coalesce (u.n_used, 0) AS n_used,"
                                    "  coalesce (u.n_void, 0) AS n_void,"
                                    "  h.begin_n + h.received - h.issued"
                                    "   - coalesce (u.n_to_date, 0) AS n_unused,"
                                    "  coalesce (u.first_used, -1) AS first_used,"
                                    "  coalesce (u.last_used, -1) AS last_used,"
                                    "  b.first_no AS book_first_no"
                                    " FROM held h"
                                    " JOIN invoice_books b ON b.id = h.book_id"
                                    " LEFT JOIN used u ON u.book_id = h.book_id"
                                    "  AND u.holder = h.holder"
                                    " ) figures"
                                    " WHERE received > 0 OR issued > 0 OR n_used > 0"
                                    "  OR n_void > 0 OR n_unused > 0"
                                    " ORDER BY invoice_code, book_first_no, holder",
                                    error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, start);
  hk_statement_bind_int64 (stmt, 2, end);
  hk_statement_bind_text (stmt, 3, day);

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify)hk_invoice_book_summary_free);
  while (hk_statement_step (stmt, &local_error))
    {
      HkInvoiceBookSummary *row = g_new0 (HkInvoiceBookSummary, 1);

      row->book_id = hk_statement_get_int64 (stmt, 0);
      row->invoice_code = hk_statement_dup_text (stmt, 1);
      row->holder_id = hk_statement_get_int64 (stmt, 2);
      row->begin = hk_statement_get_int64 (stmt, 3);
      row->received = hk_statement_get_int64 (stmt, 4);
      row->issued = hk_statement_get_int64 (stmt, 5);
      row->ending = hk_statement_get_int64 (stmt, 6);
      row->n_used = hk_statement_get_int64 (stmt, 7);
      row->n_void = hk_statement_get_int64 (stmt, 8);
      row->n_unused = hk_statement_get_int64 (stmt, 9);
      row->first_used = hk_statement_get_int64 (stmt, 10);
      row->last_used = hk_statement_get_int64 (stmt, 11);
      g_ptr_array_add (rows, row);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}
