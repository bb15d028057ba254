/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-customer-file-store.c: customer files: registering, finding, viewing, the access log.
 *
 * The archivist registers and updates files, transfers them to the city
 * company or destroys them after their retention. Identity numbers, phones and
 * service numbers are stored whole but masked while a row is read, so that
 * every HkCustomerFile, list, search result and audit summary holds them
 * masked; hk_customer_file_store_reveal_identity() alone returns them in
 * clear, to the designated person of an open consultation, and logs it.
 *
 * A search by the last digits of an identity number takes the four that the
 * mask shows anyway and compares them with the indexed column id_tail: it
 * reads no identity number, and it cannot be used to guess the hidden digits
 * one by one. The numbers themselves are plain in the SQLite file, which is
 * the hall's trust boundary (the issue asks for masking, not encryption); if
 * they are ever encrypted, id_tail keeps the search working unchanged.
 *
 * Opening a file's details, reading the access log and exporting are written
 * to the hash-chained audit log, in the same transaction as the read; the
 * access log is the archive's part of that log.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-archive-private.h"
#include "hk-audit-log.h"
#include "hk-customer-file-store.h"
#include "hk-customer-file-store-private.h"
#include "hk-error.h"
#include "hk-input.h"
#include "hk-permission.h"
#include "hk-privacy.h"
#include "hk-transaction.h"

struct _HkCustomerFileStore
{
  GObject      parent_instance;
  HkDatabase  *database;
  HkHallStore *hall;
};

G_DEFINE_FINAL_TYPE (HkCustomerFileStore, hk_customer_file_store, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (HkCustomerIdentity, hk_customer_identity, hk_customer_identity_copy,
                     hk_customer_identity_free)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define FILE_COLUMNS HK_CUSTOMER_FILE_COLUMNS

/* ---- shared by the archive's stores ---- */

/* @text without surrounding white space; "" for %NULL. */
char *
hk_archive_clean_text (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* @day is a calendar day written YYYY-MM-DD; @what names it in the error. */
gboolean
hk_archive_require_day (const char  *day,
                        const char  *what,
                        GError     **error)
{
  int year, month, mday;
  char tail;

  if (day == NULL || strlen (day) != 10 || day[4] != '-' || day[7] != '-' ||
      sscanf (day, "%4d-%2d-%2d%c", &year, &month, &mday, &tail) != 3 ||
      !g_date_valid_dmy (mday, month, year))
    {
      /* Translators: "The received date is not a date; write it as YYYY-MM-DD." */
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("%s is not a date; write it as YYYY-MM-DD."), what);
      return FALSE;
    }

  return TRUE;
}

/* ---- identity data ---- */

HkCustomerIdentity *
hk_customer_identity_copy (const HkCustomerIdentity *identity)
{
  HkCustomerIdentity *copy;

  g_return_val_if_fail (identity != NULL, NULL);

  copy = g_new0 (HkCustomerIdentity, 1);
  copy->file_id = identity->file_id;
  copy->file_no = g_strdup (identity->file_no);
  copy->customer_name = g_strdup (identity->customer_name);
  copy->id_number = g_strdup (identity->id_number);
  copy->phone = g_strdup (identity->phone);
  copy->service_numbers = g_strdupv (identity->service_numbers);

  return copy;
}

/* Wipes the numbers before freeing them. */
void
hk_customer_identity_free (HkCustomerIdentity *identity)
{
  if (identity == NULL)
    return;

  if (identity->id_number != NULL)
    memset (identity->id_number, 0, strlen (identity->id_number));
  if (identity->phone != NULL)
    memset (identity->phone, 0, strlen (identity->phone));
  for (guint i = 0; identity->service_numbers != NULL && identity->service_numbers[i]; i++)
    memset (identity->service_numbers[i], 0, strlen (identity->service_numbers[i]));

  g_free (identity->file_no);
  g_free (identity->customer_name);
  g_free (identity->id_number);
  g_free (identity->phone);
  g_strfreev (identity->service_numbers);
  g_free (identity);
}

/* ---- reading rows ---- */

static GStrv
split_numbers (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (text, " ", -1);
}

/* Masks the identity data as it leaves the row. */
static HkCustomerFile *
file_from_row (HkStatement *stmt)
{
  HkCustomerFileData data = { 0 };
  g_auto(GStrv) numbers = split_numbers (hk_statement_get_text (stmt, 17));
  guint n_numbers = g_strv_length (numbers);

  data.id = hk_statement_get_int64 (stmt, 0);
  data.file_no = hk_statement_dup_text (stmt, 1);
  data.customer_name = hk_statement_dup_text (stmt, 2);
  data.masked_id_number = hk_privacy_mask_id_number (hk_statement_get_text (stmt, 3));
  data.masked_phone = hk_privacy_mask_phone (hk_statement_get_text (stmt, 4));
  if (!hk_file_kind_from_id (hk_statement_get_text (stmt, 5), &data.kind))
    data.kind = HK_FILE_KIND_OTHER;
  data.cabinet = hk_statement_dup_text (stmt, 6);
  data.shelf = hk_statement_dup_text (stmt, 7);
  data.box = hk_statement_dup_text (stmt, 8);
  data.received_on = hk_statement_dup_text (stmt, 9);
  data.retain_until = hk_statement_dup_text (stmt, 10);
  if (!hk_file_status_from_id (hk_statement_get_text (stmt, 11), &data.status))
    data.status = HK_FILE_IN_ARCHIVE;
  data.status_at = hk_statement_get_int64 (stmt, 12);
  data.status_by = hk_statement_get_int64 (stmt, 13);
  data.status_note = hk_statement_dup_text (stmt, 14);
  data.registered_at = hk_statement_get_int64 (stmt, 15);
  data.registered_by = hk_statement_get_int64 (stmt, 16);

  data.masked_service_numbers = g_new0 (char *, n_numbers + 1);
  for (guint i = 0; i < n_numbers; i++)
    data.masked_service_numbers[i] = hk_privacy_mask_phone (numbers[i]);

  return hk_customer_file_new_take (&data);
}

static GPtrArray *
collect_files (HkStatement  *stmt,
               GPtrArray    *files,
               GError      **error)
{
  GError *local_error = NULL;

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (files, file_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return files;
}

/* ---- the object ---- */

static void
hk_customer_file_store_finalize (GObject *object)
{
  HkCustomerFileStore *self = (HkCustomerFileStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->hall);

  G_OBJECT_CLASS (hk_customer_file_store_parent_class)->finalize (object);
}

static void
hk_customer_file_store_class_init (HkCustomerFileStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_customer_file_store_finalize;

  /**
   * HkCustomerFileStore::changed:
   * @file_id: the file registered, updated, transferred or destroyed
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
hk_customer_file_store_init (HkCustomerFileStore *self)
{
}

HkCustomerFileStore *
hk_customer_file_store_new (HkDatabase  *database,
                            HkHallStore *hall)
{
  HkCustomerFileStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);

  self = g_object_new (HK_TYPE_CUSTOMER_FILE_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);

  return self;
}

/* The releases and returns of HkAccessRequestStore change a file's status too. */
void
hk_customer_file_store_emit_changed (HkCustomerFileStore *self,
                                     gint64               file_id)
{
  g_return_if_fail (HK_IS_CUSTOMER_FILE_STORE (self));

  g_signal_emit (self, signals[CHANGED], 0, file_id);
}

/* ---- looking files up ---- */

static HkCustomerFile *
lookup_where (HkCustomerFileStore  *self,
              const char           *sql,
              gint64                id,
              const char           *text,
              GError              **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  if (text != NULL)
    hk_statement_bind_text (stmt, 1, text);
  else
    hk_statement_bind_int64 (stmt, 1, id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else if (text != NULL)
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no customer file number “%s”."), text);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no customer file with the id %lld."), (long long)id);
      return NULL;
    }

  return file_from_row (stmt);
}

/**
 * hk_customer_file_store_lookup:
 *
 * Reads a file as lists show it (masked), without writing to the access log:
 * for lists and for the stores. A person opening the file's details goes
 * through hk_customer_file_store_view().
 *
 * Returns: (transfer full): the file
 */
HkCustomerFile *
hk_customer_file_store_lookup (HkCustomerFileStore  *self,
                               gint64                file_id,
                               GError              **error)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (self), NULL);

  return lookup_where (self, "SELECT " FILE_COLUMNS " FROM customer_files f WHERE f.id = ?1",
                       file_id, NULL, error);
}

HkCustomerFile *
hk_customer_file_store_lookup_number (HkCustomerFileStore  *self,
                                      const char           *file_no,
                                      GError              **error)
{
  g_autofree char *clean = hk_archive_clean_text (file_no);

  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (self), NULL);

  return lookup_where (self,
                       "SELECT " FILE_COLUMNS " FROM customer_files f WHERE f.file_no = ?1",
                       0, clean, error);
}

/* A service number as stored and searched: without the spaces and dashes people type. */
static char *
normalize_number (const char *number)
{
  g_autofree char *folded = hk_input_fold_digits (number);
  GString *clean = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    if (*p != ' ' && *p != '-')
      g_string_append_c (clean, *p);

  return g_string_free (clean, FALSE);
}

/* The four characters at the end of an identity number, upper case; NULL when @text is not
 * four digits (or three and an X). */
static char *
id_tail_of (const char *text)
{
  if (text == NULL || strlen (text) != HK_ID_TAIL_LENGTH)
    return NULL;

  for (guint i = 0; i < HK_ID_TAIL_LENGTH; i++)
    if (!g_ascii_isdigit (text[i]) &&
        !(i == HK_ID_TAIL_LENGTH - 1 && g_ascii_toupper (text[i]) == 'X'))
      return NULL;

  return g_ascii_strup (text, -1);
}

static gboolean
add_matches (HkCustomerFileStore  *self,
             const char           *sql,
             const char           *value,
             GPtrArray            *files,
             GHashTable           *seen,
             GError              **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return FALSE;

  hk_statement_bind_text (stmt, 1, value);

  while (hk_statement_step (stmt, &local_error))
    {
      gint64 id = hk_statement_get_int64 (stmt, 0);

      if (g_hash_table_contains (seen, &id))
        continue;

      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
      g_ptr_array_add (files, file_from_row (stmt));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

static int
compare_file_nos (gconstpointer a,
                  gconstpointer b)
{
  return g_strcmp0 (hk_customer_file_get_file_no (*(HkCustomerFile **)a),
                    hk_customer_file_get_file_no (*(HkCustomerFile **)b));
}

/**
 * hk_customer_file_store_search:
 * @text: (nullable): a file number or its beginning, a service number, or the last four
 *   characters of an identity number; %NULL or "" for every file
 *
 * Finds files as lists show them (masked), in file number order. Each kind
 * of match is one indexed query; none of them reads an identity number.
 *
 * Returns: (transfer full) (element-type HkCustomerFile): the files found
 */
GPtrArray *
hk_customer_file_store_search (HkCustomerFileStore  *self,
                               const char           *text,
                               GError              **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *clean = hk_archive_clean_text (text);
  g_autofree char *upper = NULL;
  g_autofree char *number = NULL;
  g_autofree char *tail = NULL;

  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (self), NULL);

  if (*clean == '\0')
    {
      g_autoptr(HkStatement) stmt = NULL;

      if (!(stmt = hk_database_prepare (self->database,
                                        "SELECT " FILE_COLUMNS " FROM customer_files f"
                                        " ORDER BY f.file_no", error)) ||
          !collect_files (stmt, files, error))
        return NULL;

      return g_steal_pointer (&files);
    }

  upper = g_utf8_strup (clean, -1);
  number = normalize_number (clean);
  tail = id_tail_of (clean);

  if (!add_matches (self, HK_CUSTOMER_FILE_NUMBER_PREFIX_SQL, clean, files, seen,
                    error) ||
      (!g_str_equal (upper, clean) &&
       !add_matches (self, HK_CUSTOMER_FILE_NUMBER_PREFIX_SQL, upper, files,
                     seen, error)) ||
      (*number != '\0' &&
       !add_matches (self, HK_CUSTOMER_FILE_SERVICE_NUMBER_SQL, number, files,
                     seen, error)) ||
      (tail != NULL &&
       !add_matches (self, HK_CUSTOMER_FILE_ID_TAIL_SQL, tail, files, seen,
                     error)))
    return NULL;

  g_ptr_array_sort (files, compare_file_nos);

  return g_steal_pointer (&files);
}

/* ---- checking what the archivist enters ---- */

typedef struct
{
  char         *file_no;
  char         *customer_name;
  char         *id_number;     /* NULL: keep */
  char         *phone;         /* NULL: none (or keep, for an update with keep_phone) */
  gboolean      keep_phone;
  GPtrArray    *numbers;       /* NULL: keep */
  HkFileKind    kind;
  char         *cabinet;
  char         *shelf;
  char         *box;
  char         *received_on;
  char         *retain_until;
} CleanInput;

static void
clean_input_clear (CleanInput *clean)
{
  g_free (clean->file_no);
  g_free (clean->customer_name);
  g_free (clean->id_number);
  g_free (clean->phone);
  g_clear_pointer (&clean->numbers, g_ptr_array_unref);
  g_free (clean->cabinet);
  g_free (clean->shelf);
  g_free (clean->box);
  g_free (clean->received_on);
  g_free (clean->retain_until);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CleanInput, clean_input_clear)

static gboolean
require_text (const char  *value,
              const char  *message,
              GError     **error)
{
  if (*value != '\0')
    return TRUE;

  g_set_error_literal (error, HK_ERROR, HK_ERROR_INVALID, message);
  return FALSE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* Cleans and checks @input; @updating lets the identity data be kept. */
static gboolean
clean_input (HkCustomerFileStore        *self,
             const HkCustomerFileInput  *input,
             gboolean                    updating,
             CleanInput                 *clean,
             GError                    **error)
{
  g_autofree char *today = NULL;

  clean->file_no = hk_archive_clean_text (input->file_no);
  clean->customer_name = hk_archive_clean_text (input->customer_name);
  clean->cabinet = hk_archive_clean_text (input->cabinet);
  clean->shelf = hk_archive_clean_text (input->shelf);
  clean->box = hk_archive_clean_text (input->box);
  clean->received_on = hk_archive_clean_text (input->received_on);
  clean->retain_until = hk_archive_clean_text (input->retain_until);

  if (!require_text (clean->file_no, _("Give the file number."), error) ||
      !require_text (clean->customer_name, _("Give the customer’s name."), error) ||
      !require_text (clean->cabinet, _("Give the cabinet where the file is kept."), error) ||
      !require_text (clean->shelf, _("Give the shelf where the file is kept."), error) ||
      !require_text (clean->box, _("Give the box where the file is kept."), error))
    return FALSE;

  if (strchr (clean->file_no, ' ') != NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A file number has no spaces: “%s”."), clean->file_no);
      return FALSE;
    }

  if (input->kind >= HK_N_FILE_KINDS)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Choose the type of the file."));
      return FALSE;
    }
  clean->kind = input->kind;

  if (!updating || input->id_number != NULL)
    {
      g_autofree char *folded_id = hk_input_fold_digits (input->id_number);

      clean->id_number = hk_archive_clean_text (folded_id);
      if (!hk_privacy_id_number_is_valid (clean->id_number))
        {
          /* The number itself stays out of the message: messages are shown and logged. */
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("The identity number is not valid: it has 18 characters with a "
                         "correct check digit, or 15 digits."));
          return FALSE;
        }
      for (char *p = clean->id_number; *p != '\0'; p++)
        *p = g_ascii_toupper (*p);
    }

  clean->keep_phone = updating && input->phone == NULL;
  if (!clean->keep_phone)
    {
      g_autofree char *phone = normalize_number (input->phone);

      if (*phone != '\0' && !hk_privacy_phone_is_valid (phone))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("The phone number is not valid: 5 to 20 digits."));
          return FALSE;
        }
      clean->phone = *phone != '\0' ? g_steal_pointer (&phone) : NULL;
    }

  if (!updating || input->service_numbers != NULL)
    {
      clean->numbers = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; input->service_numbers != NULL && input->service_numbers[i]; i++)
        {
          g_autofree char *number = normalize_number (input->service_numbers[i]);

          if (*number == '\0')
            continue;
          if (!hk_privacy_phone_is_valid (number))
            {
              g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                           _("A service number is not valid: 5 to 20 digits."));
              return FALSE;
            }
          if (!g_ptr_array_find_with_equal_func (clean->numbers, number, g_str_equal, NULL))
            g_ptr_array_add (clean->numbers, g_steal_pointer (&number));
        }
      g_ptr_array_sort (clean->numbers, compare_strings);
    }

  if (!hk_archive_require_day (clean->received_on, _("The day the file was received"),
                               error) ||
      !hk_archive_require_day (clean->retain_until, _("The day the file is kept until"), error))
    return FALSE;

  today = hk_hall_store_format_day (self->hall, hk_database_get_now (self->database));
  if (strcmp (clean->received_on, today) > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The file cannot be received on %s, after today."), clean->received_on);
      return FALSE;
    }

  if (strcmp (clean->retain_until, clean->received_on) < 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The file must be kept at least until the day it was received."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
require_number_free (HkCustomerFileStore  *self,
                     const char           *file_no,
                     gint64                except_id,
                     GError              **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT 1 FROM customer_files WHERE file_no = ?1"
                                    " AND id != ?2", error)))
    return FALSE;

  hk_statement_bind_text (stmt, 1, file_no);
  hk_statement_bind_int64 (stmt, 2, except_id);

  if (hk_statement_step (stmt, &local_error))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("There is already a customer file number “%s”."), file_no);
      return FALSE;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_numbers (HkCustomerFileStore  *self,
               gint64                file_id,
               GPtrArray            *numbers,
               GError              **error)
{
  g_autoptr(HkStatement) remove = NULL;
  g_autoptr(HkStatement) insert = NULL;

  if (!(remove = hk_database_prepare (self->database,
                                      "DELETE FROM customer_file_numbers WHERE file_id = ?1",
                                      error)) ||
      !(insert = hk_database_prepare (self->database,
                                      "INSERT INTO customer_file_numbers (file_id, number)"
                                      " VALUES (?1, ?2)", error)))
    return FALSE;

  hk_statement_bind_int64 (remove, 1, file_id);
  if (!hk_statement_run (remove, error))
    return FALSE;

  for (guint i = 0; i < numbers->len; i++)
    {
      hk_statement_reset (insert);
      hk_statement_bind_int64 (insert, 1, file_id);
      hk_statement_bind_text (insert, 2, g_ptr_array_index (numbers, i));
      if (!hk_statement_run (insert, error))
        return FALSE;
    }

  return TRUE;
}

static HkCustomerFile *
finish_write (HkCustomerFileStore  *self,
              HkTransaction        *tx,
              HkOperator           *actor,
              gint64                file_id,
              const char           *action,
              const char           *summary,
              GError              **error)
{
  g_autoptr(HkCustomerFile) file = NULL;

  if (!(file = hk_customer_file_store_lookup (self, file_id, error)) ||
      !hk_audit_log_append (self->database, actor, action, HK_ARCHIVE_ENTITY_FILE, file_id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, file_id);

  return g_steal_pointer (&file);
}

/* ---- writing ---- */

/**
 * hk_customer_file_store_register:
 * @actor: the archivist
 *
 * Registers a new file in the archive. Its number is unique; the identity
 * number is checked (check digit), every phone number too.
 *
 * Returns: (transfer full): the file, masked
 */
HkCustomerFile *
hk_customer_file_store_register (HkCustomerFileStore        *self,
                                 HkOperator                 *actor,
                                 const HkCustomerFileInput  *input,
                                 GError                    **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_auto(CleanInput) clean = { 0 };
  g_autofree char *masked_id = NULL;
  g_autofree char *summary = NULL;
  gint64 now;
  gint64 file_id;

  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (self), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (!hk_permission_require_about (self->database, actor, HK_ARCHIVE_KEEPER_ROLES,
                                    _("Registering a customer file"), HK_ARCHIVE_ENTITY_ARCHIVE,
                                    0, error) ||
      !clean_input (self, input, FALSE, &clean, error))
    return NULL;

  now = hk_database_get_now (self->database);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !require_number_free (self, clean.file_no, 0, error))
    return NULL;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO customer_files (file_no, customer_name,"
                                      " id_number, id_tail, phone, kind, cabinet, shelf, box,"
                                      " received_on, retain_until, registered_at, registered_by)"
                                      " VALUES (?1, ?2, ?3, substr (?3, -4), ?4, ?5, ?6, ?7, ?8,"
                                      " ?9, ?10, ?11, ?12)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, clean.file_no);
  hk_statement_bind_text (insert, 2, clean.customer_name);
  hk_statement_bind_text (insert, 3, clean.id_number);
  hk_statement_bind_text (insert, 4, clean.phone);
  hk_statement_bind_text (insert, 5, hk_file_kind_to_id (clean.kind));
  hk_statement_bind_text (insert, 6, clean.cabinet);
  hk_statement_bind_text (insert, 7, clean.shelf);
  hk_statement_bind_text (insert, 8, clean.box);
  hk_statement_bind_text (insert, 9, clean.received_on);
  hk_statement_bind_text (insert, 10, clean.retain_until);
  hk_statement_bind_int64 (insert, 11, now);
  hk_statement_bind_int64 (insert, 12, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  file_id = hk_database_get_last_insert_id (self->database);

  if (!write_numbers (self, file_id, clean.numbers, error))
    return NULL;

  masked_id = hk_privacy_mask_id_number (clean.id_number);
  summary = g_strdup_printf ("registered file %s (%s) of %s, ID %s, %u service number(s),"
                             " at %s-%s-%s, kept until %s", clean.file_no,
                             hk_file_kind_to_id (clean.kind), clean.customer_name, masked_id,
                             clean.numbers->len, clean.cabinet, clean.shelf, clean.box,
                             clean.retain_until);

  return finish_write (self, tx, actor, file_id, "file-registered", summary, error);
}

/* The stored row in clear, for comparing an update with it; only inside the store. */
typedef struct
{
  char *file_no;
  char *customer_name;
  char *id_number;
  char *phone;
  char *kind;
  char *cabinet;
  char *shelf;
  char *box;
  char *received_on;
  char *retain_until;
  char *numbers;
  char *status;
} StoredFile;

static void
stored_file_clear (StoredFile *stored)
{
  g_free (stored->file_no);
  g_free (stored->customer_name);
  g_free (stored->id_number);
  g_free (stored->phone);
  g_free (stored->kind);
  g_free (stored->cabinet);
  g_free (stored->shelf);
  g_free (stored->box);
  g_free (stored->received_on);
  g_free (stored->retain_until);
  g_free (stored->numbers);
  g_free (stored->status);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StoredFile, stored_file_clear)

static gboolean
read_stored (HkCustomerFileStore  *self,
             gint64                file_id,
             StoredFile           *stored,
             GError              **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " FILE_COLUMNS " FROM customer_files f"
                                    " WHERE f.id = ?1", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, file_id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no customer file with the id %lld."), (long long)file_id);
      return FALSE;
    }

  stored->file_no = hk_statement_dup_text (stmt, 1);
  stored->customer_name = hk_statement_dup_text (stmt, 2);
  stored->id_number = hk_statement_dup_text (stmt, 3);
  stored->phone = hk_statement_dup_text (stmt, 4);
  stored->kind = hk_statement_dup_text (stmt, 5);
  stored->cabinet = hk_statement_dup_text (stmt, 6);
  stored->shelf = hk_statement_dup_text (stmt, 7);
  stored->box = hk_statement_dup_text (stmt, 8);
  stored->received_on = hk_statement_dup_text (stmt, 9);
  stored->retain_until = hk_statement_dup_text (stmt, 10);
  stored->status = hk_statement_dup_text (stmt, 11);
  stored->numbers = g_strdup (hk_statement_get_text (stmt, 17) != NULL
                              ? hk_statement_get_text (stmt, 17) : "");

  return TRUE;
}

static void
note_change (GString    *changes,
             const char *field,
             const char *before,
             const char *after)
{
  if (g_strcmp0 (before, after) == 0)
    return;

  g_string_append_printf (changes, "%s%s %s -> %s", changes->len > 0 ? "; " : "", field,
                          before != NULL ? before : "(none)", after != NULL ? after : "(none)");
}

/**
 * hk_customer_file_store_update:
 * @file: the file as read before
 * @input: the new values; see #HkCustomerFileInput for what %NULL keeps
 *
 * The archivist corrects a file that is in the archive or out. The audit
 * entry names what changed, with identity data masked.
 *
 * Returns: (transfer full): the file as it is now
 */
HkCustomerFile *
hk_customer_file_store_update (HkCustomerFileStore        *self,
                               HkOperator                 *actor,
                               HkCustomerFile             *file,
                               const HkCustomerFileInput  *input,
                               GError                    **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(GString) changes = g_string_new (NULL);
  g_auto(CleanInput) clean = { 0 };
  g_auto(StoredFile) stored = { 0 };
  g_autofree char *summary = NULL;
  g_autofree char *numbers = NULL;
  gint64 file_id;

  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (file), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (!hk_permission_require_about (self->database, actor, HK_ARCHIVE_KEEPER_ROLES,
                                    _("Changing a customer file"), HK_ARCHIVE_ENTITY_FILE,
                                    hk_customer_file_get_id (file), error) ||
      !clean_input (self, input, TRUE, &clean, error))
    return NULL;

  file_id = hk_customer_file_get_id (file);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !read_stored (self, file_id, &stored, error))
    return NULL;

  if (g_strcmp0 (stored.status, "transferred") == 0 || g_strcmp0 (stored.status, "destroyed") == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("File %s has left the archive: it cannot change."), stored.file_no);
      return NULL;
    }

  if (!require_number_free (self, clean.file_no, file_id, error))
    return NULL;

  if (clean.id_number == NULL)
    clean.id_number = g_strdup (stored.id_number);
  if (clean.keep_phone)
    clean.phone = g_strdup (stored.phone);
  if (clean.numbers != NULL)
    {
      g_ptr_array_add (clean.numbers, NULL);
      numbers = g_strjoinv (" ", (char **)clean.numbers->pdata);
      g_ptr_array_remove_index (clean.numbers, clean.numbers->len - 1);
    }

  note_change (changes, "file number", stored.file_no, clean.file_no);
  note_change (changes, "name", stored.customer_name, clean.customer_name);
  if (g_strcmp0 (stored.id_number, clean.id_number) != 0)
    {
      g_autofree char *before = hk_privacy_mask_id_number (stored.id_number);
      g_autofree char *after = hk_privacy_mask_id_number (clean.id_number);

      note_change (changes, "ID", before, after);
    }
  if (g_strcmp0 (stored.phone, clean.phone) != 0)
    {
      g_autofree char *before = stored.phone != NULL ? hk_privacy_mask_phone (stored.phone) : NULL;
      g_autofree char *after = clean.phone != NULL ? hk_privacy_mask_phone (clean.phone) : NULL;

      /* Two phones with the same masked form still show that one changed. */
      note_change (changes, "phone", before != NULL ? before : "(none)",
                   g_strcmp0 (before, after) == 0 ? "(another)"
                   : after != NULL ? after : "(none)");
    }
  if (numbers != NULL && g_strcmp0 (stored.numbers, numbers) != 0)
    g_string_append_printf (changes, "%sservice numbers replaced (%u now)",
                            changes->len > 0 ? "; " : "", clean.numbers->len);
  note_change (changes, "type", stored.kind, hk_file_kind_to_id (clean.kind));
  {
    g_autofree char *before = g_strdup_printf ("%s-%s-%s", stored.cabinet, stored.shelf,
                                               stored.box);
    g_autofree char *after = g_strdup_printf ("%s-%s-%s", clean.cabinet, clean.shelf,
                                              clean.box);

    note_change (changes, "location", before, after);
  }
  note_change (changes, "received", stored.received_on, clean.received_on);
  note_change (changes, "kept until", stored.retain_until, clean.retain_until);

  if (changes->len == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Nothing was changed."));
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE customer_files SET file_no = ?2,"
                                      " customer_name = ?3, id_number = ?4,"
                                      " id_tail = substr (?4, -4), phone = ?5, kind = ?6,"
                                      " cabinet = ?7, shelf = ?8, box = ?9, received_on = ?10,"
                                      " retain_until = ?11, updated_at = ?12, updated_by = ?13"
                                      " WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, file_id);
  hk_statement_bind_text (update, 2, clean.file_no);
  hk_statement_bind_text (update, 3, clean.customer_name);
  hk_statement_bind_text (update, 4, clean.id_number);
  hk_statement_bind_text (update, 5, clean.phone);
  hk_statement_bind_text (update, 6, hk_file_kind_to_id (clean.kind));
  hk_statement_bind_text (update, 7, clean.cabinet);
  hk_statement_bind_text (update, 8, clean.shelf);
  hk_statement_bind_text (update, 9, clean.box);
  hk_statement_bind_text (update, 10, clean.received_on);
  hk_statement_bind_text (update, 11, clean.retain_until);
  hk_statement_bind_int64 (update, 12, hk_database_get_now (self->database));
  hk_statement_bind_int64 (update, 13, hk_operator_get_id (actor));

  if (!hk_statement_run (update, error) ||
      (clean.numbers != NULL && !write_numbers (self, file_id, clean.numbers, error)))
    return NULL;

  summary = g_strdup_printf ("updated file %s: %s", clean.file_no, changes->str);

  return finish_write (self, tx, actor, file_id, "file-updated", summary, error);
}

/* Moves a file in the archive out of it for good: to the city company, or to destruction. */
static HkCustomerFile *
leave_archive (HkCustomerFileStore  *self,
               HkOperator           *actor,
               HkCustomerFile       *file,
               HkFileStatus          status,
               const char           *note,
               GError              **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkCustomerFile) current = NULL;
  g_autofree char *clean_note = hk_archive_clean_text (note);
  g_autofree char *summary = NULL;
  g_autofree char *today = NULL;
  gint64 now = hk_database_get_now (self->database);

  if (!hk_permission_require_about (self->database, actor, HK_ARCHIVE_KEEPER_ROLES,
                                    status == HK_FILE_TRANSFERRED
                                    ? _("Transferring a customer file to the city company")
                                    : _("Destroying a customer file"),
                                    HK_ARCHIVE_ENTITY_FILE, hk_customer_file_get_id (file),
                                    error))
    return NULL;

  if (*clean_note == '\0')
    {
      g_set_error_literal (error, HK_ERROR, HK_ERROR_INVALID,
                           status == HK_FILE_TRANSFERRED
                           ? _("Give the number of the transfer list.")
                           : _("Give the number of the destruction record."));
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_customer_file_store_lookup (self, hk_customer_file_get_id (file), error)))
    return NULL;

  switch (hk_customer_file_get_status (current))
    {
    case HK_FILE_IN_ARCHIVE:
      break;
    case HK_FILE_OUT:
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("File %s is out for consultation; take it back first."),
                   hk_customer_file_get_file_no (current));
      return NULL;
    case HK_FILE_TRANSFERRED:
    case HK_FILE_DESTROYED:
    default:
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT, _("File %s has left the archive already."),
                   hk_customer_file_get_file_no (current));
      return NULL;
    }

  today = hk_hall_store_format_day (self->hall, now);
  if (status == HK_FILE_DESTROYED &&
      strcmp (today, hk_customer_file_get_retain_until (current)) <= 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("File %s must be kept until %s; it can be destroyed after that day."),
                   hk_customer_file_get_file_no (current),
                   hk_customer_file_get_retain_until (current));
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE customer_files SET status = ?2, status_at = ?3,"
                                      " status_by = ?4, status_note = ?5 WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_customer_file_get_id (current));
  hk_statement_bind_text (update, 2, hk_file_status_to_id (status));
  hk_statement_bind_int64 (update, 3, now);
  hk_statement_bind_int64 (update, 4, hk_operator_get_id (actor));
  hk_statement_bind_text (update, 5, clean_note);

  if (!hk_statement_run (update, error))
    return NULL;

  summary = g_strdup_printf (status == HK_FILE_TRANSFERRED
                             ? "transferred file %s to the city company: %s"
                             : "destroyed file %s after its retention: %s",
                             hk_customer_file_get_file_no (current), clean_note);

  return finish_write (self, tx, actor, hk_customer_file_get_id (current),
                       status == HK_FILE_TRANSFERRED ? "file-transferred" : "file-destroyed",
                       summary, error);
}

/**
 * hk_customer_file_store_transfer:
 * @note: the transfer list's number
 *
 * The archivist hands a file in the archive over to the city company.
 */
HkCustomerFile *
hk_customer_file_store_transfer (HkCustomerFileStore  *self,
                                 HkOperator           *actor,
                                 HkCustomerFile       *file,
                                 const char           *note,
                                 GError              **error)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (file), NULL);

  return leave_archive (self, actor, file, HK_FILE_TRANSFERRED, note, error);
}

/**
 * hk_customer_file_store_destroy:
 * @note: the destruction record's number
 *
 * The archivist destroys a file in the archive whose retention ended: from
 * the day after its retain-until day.
 */
HkCustomerFile *
hk_customer_file_store_destroy (HkCustomerFileStore  *self,
                                HkOperator           *actor,
                                HkCustomerFile       *file,
                                const char           *note,
                                GError              **error)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (file), NULL);

  return leave_archive (self, actor, file, HK_FILE_DESTROYED, note, error);
}

/* ---- reading that is logged ---- */

/**
 * hk_customer_file_store_view:
 * @actor: an archivist, hall supervisor or duty manager
 *
 * Opens a file's details: the read and its access-log row are one
 * transaction, so there is no view without its row.
 *
 * Returns: (transfer full): the file, masked
 */
HkCustomerFile *
hk_customer_file_store_view (HkCustomerFileStore  *self,
                             HkOperator           *actor,
                             gint64                file_id,
                             GError              **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkCustomerFile) file = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (self), NULL);

  if (!hk_permission_require_about (self->database, actor, HK_ARCHIVE_READER_ROLES,
                                    _("Opening a customer file"), HK_ARCHIVE_ENTITY_FILE,
                                    file_id, error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(file = hk_customer_file_store_lookup (self, file_id, error)))
    return NULL;

  summary = g_strdup_printf ("viewed the details of file %s",
                             hk_customer_file_get_file_no (file));

  if (!hk_audit_log_append (self->database, actor, "file-viewed", HK_ARCHIVE_ENTITY_FILE, file_id,
                            summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  return g_steal_pointer (&file);
}

/**
 * hk_customer_file_store_reveal_identity:
 * @file: the file
 * @actor: who wants to see the identity data
 *
 * Returns the file's identity number, phone and service numbers in clear,
 * only to the designated person of the file's open consultation, and only
 * while its approval's window is open. Every reveal is a row of the access
 * log; every refusal too (%HK_ERROR_PERMISSION).
 *
 * Returns: (transfer full): the identity data; free with hk_customer_identity_free()
 */
HkCustomerIdentity *
hk_customer_file_store_reveal_identity (HkCustomerFileStore  *self,
                                        HkCustomerFile       *file,
                                        HkOperator           *actor,
                                        GError              **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) open = NULL;
  g_autoptr(HkStatement) row = NULL;
  g_autoptr(HkCustomerIdentity) identity = NULL;
  g_autofree char *masked_id = NULL;
  g_autofree char *summary = NULL;
  GError *local_error = NULL;
  gint64 file_id;
  gint64 consultation_id;
  gint64 designated_id;
  gint64 window_until;
  gint64 now;

  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE (file), NULL);

  if (!hk_permission_require_about (self->database, actor, HK_ROLE_ALL,
                                    _("Seeing a customer’s identity data"),
                                    HK_ARCHIVE_ENTITY_FILE, hk_customer_file_get_id (file),
                                    error))
    return NULL;

  file_id = hk_customer_file_get_id (file);
  now = hk_database_get_now (self->database);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(open = hk_database_prepare (self->database,
                                    "SELECT c.id, r.designated_id, r.window_until"
                                    " FROM consultations c"
                                    " JOIN access_requests r ON r.id = c.request_id"
                                    " WHERE c.file_id = ?1 AND c.returned_at IS NULL", error)))
    return NULL;

  hk_statement_bind_int64 (open, 1, file_id);

  if (!hk_statement_step (open, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return NULL;
        }

      hk_permission_refuse (self->database, &tx, actor, HK_ARCHIVE_ENTITY_FILE, file_id, error,
                            _("The identity data of file %s is shown only to the designated "
                              "person during an open consultation; the file is not out."),
                            hk_customer_file_get_file_no (file));
      return NULL;
    }

  consultation_id = hk_statement_get_int64 (open, 0);
  designated_id = hk_statement_get_int64 (open, 1);
  window_until = hk_statement_get_int64 (open, 2);

  if (designated_id != hk_operator_get_id (actor))
    {
      hk_permission_refuse (self->database, &tx, actor, HK_ARCHIVE_ENTITY_FILE, file_id, error,
                            _("The identity data of file %s is shown only to the person designated "
                              "to consult it."), hk_customer_file_get_file_no (file));
      return NULL;
    }

  if (now >= window_until)
    {
      hk_permission_refuse (self->database, &tx, actor, HK_ARCHIVE_ENTITY_FILE, file_id, error,
                            _("The approval to consult file %s has expired: its identity data is "
                              "no longer shown."), hk_customer_file_get_file_no (file));
      return NULL;
    }

  if (!(row = hk_database_prepare (self->database,
                                   "SELECT " FILE_COLUMNS " FROM customer_files f"
                                   " WHERE f.id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (row, 1, file_id);
  if (!hk_statement_step (row, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no customer file with the id %lld."), (long long)file_id);
      g_propagate_error (error, local_error);
      return NULL;
    }

  identity = g_new0 (HkCustomerIdentity, 1);
  identity->file_id = file_id;
  identity->file_no = hk_statement_dup_text (row, 1);
  identity->customer_name = hk_statement_dup_text (row, 2);
  identity->id_number = hk_statement_dup_text (row, 3);
  identity->phone = hk_statement_dup_text (row, 4);
  identity->service_numbers = split_numbers (hk_statement_get_text (row, 17));

  masked_id = hk_privacy_mask_id_number (identity->id_number);
  summary = g_strdup_printf ("was shown the identity data of file %s (ID %s) during"
                             " consultation %lld", identity->file_no, masked_id,
                             (long long)consultation_id);

  if (!hk_audit_log_append (self->database, actor, "identity-revealed", HK_ARCHIVE_ENTITY_FILE,
                            file_id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  return g_steal_pointer (&identity);
}

static char *
describe_period (HkCustomerFileStore *self,
                 gint64               from,
                 gint64               until)
{
  g_autofree char *first = from != 0 ? hk_hall_store_format_day (self->hall, from)
                                     : g_strdup ("the beginning");
  g_autofree char *last = until != 0 ? hk_hall_store_format_day (self->hall, until - 1)
                                     : g_strdup ("now");

  return g_strdup_printf ("%s to %s", first, last);
}

/**
 * hk_customer_file_store_read_access_log:
 * @actor: an archivist, hall supervisor, duty manager or auditor
 * @query: which entries
 *
 * Reads the access log: every audit entry about a customer file, an access
 * request or the archive, oldest first. The reading is written to the log
 * first, in the same transaction, so it is the last row when the period
 * reaches now. A query for one file (its history) also returns the entries
 * of the requests that named it.
 *
 * Returns: (transfer full) (element-type HkAccessLogEntry): the entries
 */
GPtrArray *
hk_customer_file_store_read_access_log (HkCustomerFileStore     *self,
                                        HkOperator              *actor,
                                        const HkAccessLogQuery  *query,
                                        GError                 **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HkCustomerFile) file = NULL;
  g_autofree char *period = NULL;
  g_autofree char *summary = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!hk_permission_require_about (self->database, actor,
                                    HK_ARCHIVE_LOG_READER_ROLES | HK_ARCHIVE_READER_ROLES,
                                    _("Reading the archive’s access log"),
                                    query->file_id != 0 ? HK_ARCHIVE_ENTITY_FILE
                                                        : HK_ARCHIVE_ENTITY_ARCHIVE,
                                    query->file_id, error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)))
    return NULL;

  if (query->file_id != 0 && !(file = hk_customer_file_store_lookup (self, query->file_id, error)))
    return NULL;

  period = describe_period (self, query->from, query->until);
  summary = g_strdup_printf ("read the access log%s%s, %s%s", file != NULL ? " of file " : "",
                             file != NULL ? hk_customer_file_get_file_no (file) : "", period,
                             query->operator_id != 0 ? ", of one operator" : "");

  if (!hk_audit_log_append (self->database, actor, "access-log-read",
                            file != NULL ? HK_ARCHIVE_ENTITY_FILE : HK_ARCHIVE_ENTITY_ARCHIVE,
                            query->file_id, summary, error))
    return NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT a.seq, a.at, coalesce (a.operator_id, 0),"
                                    " a.operator_login, coalesce (o.display_name,"
                                    " a.operator_login), a.action, a.entity, a.entity_id,"
                                    " f.file_no, a.summary"
                                    " FROM audit_log a"
                                    " LEFT JOIN operators o ON o.id = a.operator_id"
                                    " LEFT JOIN customer_files f ON a.entity = 'customer-file'"
                                    "   AND f.id = a.entity_id"
                                    " WHERE a.entity IN ('customer-file', 'access-request',"
                                    "   'archive')"
                                    " AND (?1 = 0 OR a.at >= ?1) AND (?2 = 0 OR a.at < ?2)"
                                    " AND (?3 = 0"
                                    "   OR (a.entity = 'customer-file' AND a.entity_id = ?3)"
                                    "   OR (a.entity = 'access-request' AND a.entity_id IN"
                                    "     (SELECT request_id FROM access_request_files"
                                    "      WHERE file_id = ?3)))"
                                    " AND (?4 = 0 OR a.operator_id = ?4)"
                                    " ORDER BY a.seq", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, query->from);
  hk_statement_bind_int64 (stmt, 2, query->until);
  hk_statement_bind_int64 (stmt, 3, query->file_id);
  hk_statement_bind_int64 (stmt, 4, query->operator_id);

  while (hk_statement_step (stmt, &local_error))
    {
      HkAccessLogEntryData data = { 0 };

      data.seq = hk_statement_get_int64 (stmt, 0);
      data.at = hk_statement_get_int64 (stmt, 1);
      data.operator_id = hk_statement_get_int64 (stmt, 2);
      data.operator_login = hk_statement_dup_text (stmt, 3);
      data.operator_name = hk_statement_dup_text (stmt, 4);
      data.action = hk_statement_dup_text (stmt, 5);
      data.entity = hk_statement_dup_text (stmt, 6);
      data.entity_id = hk_statement_get_int64 (stmt, 7);
      data.file_no = hk_statement_dup_text (stmt, 8);
      data.summary = hk_statement_dup_text (stmt, 9);

      g_ptr_array_add (entries, hk_access_log_entry_new_take (&data));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (!hk_transaction_commit (tx, error))
    return NULL;

  return g_steal_pointer (&entries);
}

/**
 * hk_customer_file_store_record_export:
 * @what: what was exported, e.g. "access-log", "error-register"
 * @period: the period as the user reads it, e.g. "2026-10"
 * @path: the file written
 *
 * Writes an export of the archive's records to the access log. Call it
 * before writing the file, so that there is no export without its row.
 */
gboolean
hk_customer_file_store_record_export (HkCustomerFileStore  *self,
                                      HkOperator           *actor,
                                      const char           *what,
                                      const char           *period,
                                      const char           *path,
                                      GError              **error)
{
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (self), FALSE);
  g_return_val_if_fail (what != NULL && path != NULL, FALSE);

  if (!hk_permission_require_about (self->database, actor,
                                    HK_ARCHIVE_LOG_READER_ROLES | HK_ARCHIVE_READER_ROLES,
                                    _("Exporting the archive’s records"),
                                    HK_ARCHIVE_ENTITY_ARCHIVE, 0, error))
    return FALSE;

  name = g_path_get_basename (path);
  summary = g_strdup_printf ("exported the %s of %s to %s", what,
                             period != NULL ? period : "every period", name);

  return hk_audit_log_append (self->database, actor, "archive-exported",
                              HK_ARCHIVE_ENTITY_ARCHIVE, 0, summary, error);
}
