/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-recheck-store.c: the re-check and error register, and its monthly error counts.
 *
 * The archivist re-checks customer data (回访、复核) one field of one file at a
 * time; a check that finds an error names it, its cause and the correction
 * made, and is entered in the error register (差错登记). Entries never
 * change. The quality analysis reads the count of errors by type (the field
 * checked) of each month through hk_recheck_store_count_month().
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-archive-private.h"
#include "hk-audit-log.h"
#include "hk-error.h"
#include "hk-permission.h"
#include "hk-recheck-store.h"
#include "hk-transaction.h"

struct _HkRecheckStore
{
  GObject              parent_instance;
  HkDatabase          *database;
  HkHallStore         *hall;
  HkCustomerFileStore *files;
};

G_DEFINE_FINAL_TYPE (HkRecheckStore, hk_recheck_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define RECHECK_COLUMNS \
  "k.id, k.file_id, f.file_no, k.field, k.error_found, k.error, k.cause, k.correction," \
  " k.checked_at, k.checked_by"

#define RECHECK_FROM " FROM rechecks k JOIN customer_files f ON f.id = k.file_id"

static HkRecheck *
recheck_from_row (HkStatement *stmt)
{
  HkRecheckData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.file_id = hk_statement_get_int64 (stmt, 1);
  data.file_no = hk_statement_dup_text (stmt, 2);
  if (!hk_recheck_field_from_id (hk_statement_get_text (stmt, 3), &data.field))
    data.field = HK_RECHECK_OTHER;
  data.error_found = hk_statement_get_int64 (stmt, 4) != 0;
  data.error = hk_statement_dup_text (stmt, 5);
  data.cause = hk_statement_dup_text (stmt, 6);
  data.correction = hk_statement_dup_text (stmt, 7);
  data.checked_at = hk_statement_get_int64 (stmt, 8);
  data.checked_by = hk_statement_get_int64 (stmt, 9);

  return hk_recheck_new_take (&data);
}

static void
hk_recheck_store_finalize (GObject *object)
{
  HkRecheckStore *self = (HkRecheckStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->hall);
  g_clear_object (&self->files);

  G_OBJECT_CLASS (hk_recheck_store_parent_class)->finalize (object);
}

static void
hk_recheck_store_class_init (HkRecheckStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_recheck_store_finalize;

  /**
   * HkRecheckStore::changed:
   * @recheck_id: the entry recorded
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
hk_recheck_store_init (HkRecheckStore *self)
{
}

HkRecheckStore *
hk_recheck_store_new (HkDatabase          *database,
                      HkHallStore         *hall,
                      HkCustomerFileStore *files)
{
  HkRecheckStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (files), NULL);

  self = g_object_new (HK_TYPE_RECHECK_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);
  self->files = g_object_ref (files);

  return self;
}

static HkRecheck *
lookup (HkRecheckStore  *self,
        gint64           recheck_id,
        GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " RECHECK_COLUMNS RECHECK_FROM " WHERE k.id = ?1",
                                    error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, recheck_id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no re-check number %lld."), (long long)recheck_id);
      g_propagate_error (error, local_error);
      return NULL;
    }

  return recheck_from_row (stmt);
}

/**
 * hk_recheck_store_record:
 * @actor: the archivist
 * @input: the file, the field checked and, if one was found, the error, its cause and the
 *   correction made
 *
 * Enters a re-check in the register, at the current time.
 *
 * Returns: (transfer full): the entry
 */
HkRecheck *
hk_recheck_store_record (HkRecheckStore        *self,
                         HkOperator            *actor,
                         const HkRecheckInput  *input,
                         GError               **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(HkRecheck) recheck = NULL;
  g_autofree char *what = NULL;
  g_autofree char *cause = NULL;
  g_autofree char *correction = NULL;
  g_autofree char *summary = NULL;
  gint64 recheck_id;

  g_return_val_if_fail (HK_IS_RECHECK_STORE (self), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (!hk_permission_require_about (self->database, actor, HK_ARCHIVE_KEEPER_ROLES,
                                    _("Recording a re-check"), HK_ARCHIVE_ENTITY_FILE,
                                    input->file_id, error))
    return NULL;

  if (input->field >= HK_N_RECHECK_FIELDS)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Choose the field that was checked."));
      return NULL;
    }

  if (input->error_found)
    {
      what = hk_archive_clean_text (input->error);
      cause = hk_archive_clean_text (input->cause);
      correction = hk_archive_clean_text (input->correction);

      if (*what == '\0' || *cause == '\0' || *correction == '\0')
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("An error found needs what was wrong, its cause and the correction "
                         "made."));
          return NULL;
        }
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(file = hk_customer_file_store_lookup (self->files, input->file_id, error)))
    return NULL;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO rechecks (file_id, field, error_found, error,"
                                      " cause, correction, checked_at, checked_by)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, input->file_id);
  hk_statement_bind_text (insert, 2, hk_recheck_field_to_id (input->field));
  hk_statement_bind_int64 (insert, 3, input->error_found ? 1 : 0);
  hk_statement_bind_text (insert, 4, what);
  hk_statement_bind_text (insert, 5, cause);
  hk_statement_bind_text (insert, 6, correction);
  hk_statement_bind_int64 (insert, 7, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 8, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  recheck_id = hk_database_get_last_insert_id (self->database);

  if (input->error_found)
    summary = g_strdup_printf ("re-checked the %s of file %s: error: %s; cause: %s;"
                               " corrected: %s", hk_recheck_field_to_id (input->field),
                               hk_customer_file_get_file_no (file), what, cause, correction);
  else
    summary = g_strdup_printf ("re-checked the %s of file %s: no error",
                               hk_recheck_field_to_id (input->field),
                               hk_customer_file_get_file_no (file));

  if (!(recheck = lookup (self, recheck_id, error)) ||
      !hk_audit_log_append (self->database, actor, "file-rechecked", HK_ARCHIVE_ENTITY_FILE,
                            input->file_id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, recheck_id);

  return g_steal_pointer (&recheck);
}

/* The first second of @first_day and the first second after @last_day, in the hall's zone. */
static gboolean
period_bounds (HkRecheckStore  *self,
               const char      *first_day,
               const char      *last_day,
               gint64          *from,
               gint64          *until,
               GError         **error)
{
  if (!hk_hall_store_parse_day (self->hall, first_day, from, NULL, error) ||
      !hk_hall_store_parse_day (self->hall, last_day, NULL, until, error))
    return FALSE;

  if (*until <= *from)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The period ends on %s, before it begins on %s."), last_day, first_day);
      return FALSE;
    }

  return TRUE;
}

static GPtrArray *
list_where (HkRecheckStore  *self,
            const char      *where,
            gint64           a,
            gint64           b,
            gint64           c,
            GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) rechecks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = NULL;
  GError *local_error = NULL;

  sql = g_strconcat ("SELECT " RECHECK_COLUMNS RECHECK_FROM " WHERE ", where,
                     " ORDER BY k.checked_at, k.id", NULL);
  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, a);
  hk_statement_bind_int64 (stmt, 2, b);
  hk_statement_bind_int64 (stmt, 3, c);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (rechecks, recheck_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&rechecks);
}

/**
 * hk_recheck_store_list:
 * @first_day: the first day of the period, YYYY-MM-DD
 * @last_day: its last day
 * @errors_only: only the entries that found an error (the error register)
 *
 * Returns: (transfer full) (element-type HkRecheck): the entries of the period, oldest first
 */
GPtrArray *
hk_recheck_store_list (HkRecheckStore  *self,
                       const char      *first_day,
                       const char      *last_day,
                       gboolean         errors_only,
                       GError         **error)
{
  gint64 from = 0;
  gint64 until = 0;

  g_return_val_if_fail (HK_IS_RECHECK_STORE (self), NULL);

  if (!period_bounds (self, first_day, last_day, &from, &until, error))
    return NULL;

  return list_where (self, "k.checked_at >= ?1 AND k.checked_at < ?2"
                           " AND (?3 = 0 OR k.error_found = 1)",
                     from, until, errors_only ? 1 : 0, error);
}

/**
 * hk_recheck_store_list_file:
 *
 * Returns: (transfer full) (element-type HkRecheck): every re-check of a file, oldest first
 */
GPtrArray *
hk_recheck_store_list_file (HkRecheckStore  *self,
                            gint64           file_id,
                            GError         **error)
{
  g_return_val_if_fail (HK_IS_RECHECK_STORE (self), NULL);

  return list_where (self, "k.file_id = ?1 AND ?2 = ?2 AND ?3 = ?3", file_id, 0, 0, error);
}

/**
 * hk_recheck_store_count_errors:
 * @counts: (out caller-allocates): the re-checks of the period and the errors by type
 *
 * Counts the re-checks of the days @first_day to @last_day and the errors
 * they found, by the field checked.
 */
gboolean
hk_recheck_store_count_errors (HkRecheckStore  *self,
                               const char      *first_day,
                               const char      *last_day,
                               HkErrorCounts   *counts,
                               GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;
  gint64 from = 0;
  gint64 until = 0;

  g_return_val_if_fail (HK_IS_RECHECK_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  memset (counts, 0, sizeof *counts);

  if (!period_bounds (self, first_day, last_day, &from, &until, error))
    return FALSE;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT field, count (*), sum (error_found) FROM rechecks"
                                    " WHERE checked_at >= ?1 AND checked_at < ?2"
                                    " GROUP BY field", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, from);
  hk_statement_bind_int64 (stmt, 2, until);

  while (hk_statement_step (stmt, &local_error))
    {
      HkRecheckField field = HK_RECHECK_OTHER;
      guint n_errors = (guint)hk_statement_get_int64 (stmt, 2);

      if (!hk_recheck_field_from_id (hk_statement_get_text (stmt, 0), &field))
        field = HK_RECHECK_OTHER;

      counts->n_rechecks += (guint)hk_statement_get_int64 (stmt, 1);
      counts->n_errors += n_errors;
      counts->errors[field] += n_errors;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_recheck_month_days:
 * @first_day: (out): "YYYY-MM-01"
 * @last_day: (out): the month's last day
 *
 * The first and last day of a month, for the period functions.
 */
gboolean
hk_recheck_month_days (int      year,
                       int      month,
                       char   **first_day,
                       char   **last_day,
                       GError **error)
{
  if (year < 1900 || year > 9999 || month < 1 || month > 12)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("There is no month %04d-%02d."), year,
                   month);
      return FALSE;
    }

  *first_day = g_strdup_printf ("%04d-%02d-01", year, month);
  *last_day = g_strdup_printf ("%04d-%02d-%02d", year, month,
                               g_date_get_days_in_month (month, year));

  return TRUE;
}

/**
 * hk_recheck_store_count_month:
 * @month: 1 to 12
 *
 * The monthly error counts by type that the quality analysis reads.
 */
gboolean
hk_recheck_store_count_month (HkRecheckStore  *self,
                              int              year,
                              int              month,
                              HkErrorCounts   *counts,
                              GError         **error)
{
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;

  g_return_val_if_fail (HK_IS_RECHECK_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  memset (counts, 0, sizeof *counts);

  return hk_recheck_month_days (year, month, &first_day, &last_day, error) &&
         hk_recheck_store_count_errors (self, first_day, last_day, counts, error);
}
