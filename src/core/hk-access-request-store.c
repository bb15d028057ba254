/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-access-request-store.c: access requests, their approval, and the release and return of
 * files for consultation.
 *
 * Any operator asks to consult files, for a purpose, within a time window,
 * naming the one person who will consult them. A hall supervisor or duty
 * manager approves or rejects the request with a comment, never their own
 * request and never one they are designated in; where the superior signed a
 * paper slip instead, the archivist records it, and the request shows which
 * kind of approval it had. The archivist releases each file of an approved
 * request within its window, once, and only while the file is in the archive;
 * the file is due back at the end of the window and overdue after it. The
 * return records what was consulted and the copies made.
 *
 * Refusals of the rules about who may decide are written to the audit log;
 * the schema's constraints and triggers hold the same rules for anything else
 * that writes to the file.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-access-request-store.h"
#include "hk-archive-private.h"
#include "hk-audit-log.h"
#include "hk-customer-file-store-private.h"
#include "hk-error.h"
#include "hk-permission.h"
#include "hk-transaction.h"

/* The most copies one consultation may record. */
#define MAX_COPIES 1000

struct _HkAccessRequestStore
{
  GObject              parent_instance;
  HkDatabase          *database;
  HkHallStore         *hall;
  HkCustomerFileStore *files;
};

G_DEFINE_FINAL_TYPE (HkAccessRequestStore, hk_access_request_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The files come as "id<RS>file_no" entries separated by <US>, in file number order. */
#define REQUEST_COLUMNS \
  "r.id, r.requested_at, r.requester_id, r.designated_id, r.purpose, r.purpose_note," \
  " r.window_from, r.window_until, r.decision, r.approval_kind, r.decided_at, r.decided_by," \
  " r.comment, r.paper_approver, r.paper_title, r.paper_slip_no, r.paper_date," \
  " (SELECT group_concat (entry, char (31)) FROM (SELECT f.id || char (30) || f.file_no AS entry" \
  "   FROM access_request_files rf JOIN customer_files f ON f.id = rf.file_id" \
  "   WHERE rf.request_id = r.id ORDER BY f.file_no))," \
  " (SELECT count (*) FROM consultations c WHERE c.request_id = r.id)," \
  " (SELECT count (*) FROM consultations c WHERE c.request_id = r.id AND c.returned_at IS NULL)"

#define CONSULTATION_COLUMNS \
  "c.id, c.request_id, c.file_id, f.file_no, r.designated_id, c.released_at, c.released_by," \
  " r.window_until, coalesce (c.returned_at, 0), coalesce (c.returned_by, 0), c.consulted," \
  " coalesce (c.copies, 0)"

#define CONSULTATION_FROM \
  " FROM consultations c JOIN access_requests r ON r.id = c.request_id" \
  " JOIN customer_files f ON f.id = c.file_id"

static HkAccessRequestState
compute_state (const char *decision,
               gint64      now,
               gint64      window_until,
               guint       n_files,
               guint       n_released,
               guint       n_out)
{
  if (g_strcmp0 (decision, "rejected") == 0)
    return HK_ACCESS_REQUEST_REJECTED;

  if (g_strcmp0 (decision, "approved") != 0)
    return now < window_until ? HK_ACCESS_REQUEST_PENDING : HK_ACCESS_REQUEST_EXPIRED;

  if (n_out > 0)
    return HK_ACCESS_REQUEST_OUT;
  if (n_released >= n_files)
    return HK_ACCESS_REQUEST_COMPLETED;
  if (now < window_until)
    return HK_ACCESS_REQUEST_APPROVED;

  /* The window ended with files never released: what was consulted is done. */
  return n_released > 0 ? HK_ACCESS_REQUEST_COMPLETED : HK_ACCESS_REQUEST_EXPIRED;
}

static HkAccessRequest *
request_from_row (HkStatement *stmt,
                  gint64       now)
{
  HkAccessRequestData data = { 0 };
  const char *kind = hk_statement_get_text (stmt, 9);
  const char *files = hk_statement_get_text (stmt, 17);

  data.id = hk_statement_get_int64 (stmt, 0);
  data.requested_at = hk_statement_get_int64 (stmt, 1);
  data.requester_id = hk_statement_get_int64 (stmt, 2);
  data.designated_id = hk_statement_get_int64 (stmt, 3);
  if (!hk_access_purpose_from_id (hk_statement_get_text (stmt, 4), &data.purpose))
    data.purpose = HK_ACCESS_PURPOSE_COMPLAINT;
  data.purpose_note = hk_statement_dup_text (stmt, 5);
  data.window_from = hk_statement_get_int64 (stmt, 6);
  data.window_until = hk_statement_get_int64 (stmt, 7);
  data.approval_kind = g_strcmp0 (kind, "app") == 0 ? HK_APPROVAL_APP
                       : g_strcmp0 (kind, "paper") == 0 ? HK_APPROVAL_PAPER
                       : HK_APPROVAL_NONE;
  data.decided_at = hk_statement_get_int64 (stmt, 10);
  data.decided_by = hk_statement_get_int64 (stmt, 11);
  data.comment = hk_statement_dup_text (stmt, 12);
  data.paper_approver = hk_statement_dup_text (stmt, 13);
  data.paper_title = hk_statement_dup_text (stmt, 14);
  data.paper_slip_no = hk_statement_dup_text (stmt, 15);
  data.paper_date = hk_statement_dup_text (stmt, 16);
  data.n_released = (guint)hk_statement_get_int64 (stmt, 18);
  data.n_out = (guint)hk_statement_get_int64 (stmt, 19);

  data.file_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  data.file_nos = g_ptr_array_new_with_free_func (g_free);
  if (files != NULL)
    {
      g_auto(GStrv) entries = g_strsplit (files, "\x1f", -1);

      for (guint i = 0; entries[i] != NULL; i++)
        {
          const char *separator = strchr (entries[i], '\x1e');
          gint64 id = g_ascii_strtoll (entries[i], NULL, 10);

          if (separator == NULL)
            continue;
          g_array_append_val (data.file_ids, id);
          g_ptr_array_add (data.file_nos, g_strdup (separator + 1));
        }
    }

  data.state = compute_state (hk_statement_get_text (stmt, 8), now, data.window_until,
                              data.file_ids->len, data.n_released, data.n_out);

  return hk_access_request_new_take (&data);
}

static HkConsultation *
consultation_from_row (HkStatement *stmt,
                       gint64       now)
{
  HkConsultationData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.request_id = hk_statement_get_int64 (stmt, 1);
  data.file_id = hk_statement_get_int64 (stmt, 2);
  data.file_no = hk_statement_dup_text (stmt, 3);
  data.designated_id = hk_statement_get_int64 (stmt, 4);
  data.released_at = hk_statement_get_int64 (stmt, 5);
  data.released_by = hk_statement_get_int64 (stmt, 6);
  data.due_at = hk_statement_get_int64 (stmt, 7);
  data.returned_at = hk_statement_get_int64 (stmt, 8);
  data.returned_by = hk_statement_get_int64 (stmt, 9);
  data.consulted = hk_statement_dup_text (stmt, 10);
  data.copies = (guint)hk_statement_get_int64 (stmt, 11);
  data.overdue = data.returned_at == 0 && now >= data.due_at;

  return hk_consultation_new_take (&data);
}

static void
hk_access_request_store_finalize (GObject *object)
{
  HkAccessRequestStore *self = (HkAccessRequestStore *)object;

  g_clear_object (&self->database);
  g_clear_object (&self->hall);
  g_clear_object (&self->files);

  G_OBJECT_CLASS (hk_access_request_store_parent_class)->finalize (object);
}

static void
hk_access_request_store_class_init (HkAccessRequestStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_access_request_store_finalize;

  /**
   * HkAccessRequestStore::changed:
   * @request_id: the request created, decided, or one of whose files was released or returned
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
hk_access_request_store_init (HkAccessRequestStore *self)
{
}

HkAccessRequestStore *
hk_access_request_store_new (HkDatabase          *database,
                             HkHallStore         *hall,
                             HkCustomerFileStore *files)
{
  HkAccessRequestStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_STORE (files), NULL);

  self = g_object_new (HK_TYPE_ACCESS_REQUEST_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);
  self->files = g_object_ref (files);

  return self;
}

/* "2026-10-05 17:00" in the hall's time zone, for audit summaries. */
static char *
format_time (HkAccessRequestStore *self,
             gint64                unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc,
                                                        hk_hall_store_get_time_zone (self->hall));

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* An operator's login and display name; FALSE when there is none, or it is deactivated and
 * @active is asked for. */
static gboolean
read_operator (HkAccessRequestStore  *self,
               gint64                 operator_id,
               gboolean               active,
               char                 **login,
               char                 **display_name)
{
  g_autoptr(HkStatement) stmt = NULL;

  stmt = hk_database_prepare (self->database,
                              "SELECT login, display_name, active FROM operators WHERE id = ?1",
                              NULL);
  if (stmt == NULL)
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, operator_id);
  if (!hk_statement_step (stmt, NULL) || (active && hk_statement_get_int64 (stmt, 2) == 0))
    return FALSE;

  if (login != NULL)
    *login = hk_statement_dup_text (stmt, 0);
  if (display_name != NULL)
    *display_name = hk_statement_dup_text (stmt, 1);

  return TRUE;
}

static char *
dup_login (HkAccessRequestStore *self,
           gint64                operator_id)
{
  char *login = NULL;

  if (!read_operator (self, operator_id, FALSE, &login, NULL))
    return g_strdup_printf ("#%lld", (long long)operator_id);

  return login;
}

/* ---- looking up ---- */

/**
 * hk_access_request_store_lookup:
 *
 * Returns: (transfer full): the request, with its state as of now
 */
HkAccessRequest *
hk_access_request_store_lookup (HkAccessRequestStore  *self,
                                gint64                 request_id,
                                GError               **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " REQUEST_COLUMNS " FROM access_requests r"
                                    " WHERE r.id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, request_id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no access request number %lld."), (long long)request_id);
      g_propagate_error (error, local_error);
      return NULL;
    }

  return request_from_row (stmt, hk_database_get_now (self->database));
}

static GPtrArray *
list_requests (HkAccessRequestStore  *self,
               const char            *where,
               gint64                 value,
               gboolean               filter_state,
               HkAccessRequestState   state,
               GError               **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) requests = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = NULL;
  GError *local_error = NULL;
  gint64 now = hk_database_get_now (self->database);

  sql = g_strconcat ("SELECT " REQUEST_COLUMNS " FROM access_requests r WHERE ", where,
                     " ORDER BY r.id", NULL);
  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, value);

  while (hk_statement_step (stmt, &local_error))
    {
      g_autoptr(HkAccessRequest) request = request_from_row (stmt, now);

      if (!filter_state || hk_access_request_get_state (request) == state)
        g_ptr_array_add (requests, g_steal_pointer (&request));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&requests);
}

/**
 * hk_access_request_store_list:
 * @state: which requests, as of now: the approvals inbox lists
 *   %HK_ACCESS_REQUEST_PENDING, %HK_ACCESS_REQUEST_APPROVED (waiting for release) and
 *   %HK_ACCESS_REQUEST_OUT
 *
 * Returns: (transfer full) (element-type HkAccessRequest): the requests in that state, oldest
 *   first
 */
GPtrArray *
hk_access_request_store_list (HkAccessRequestStore  *self,
                              HkAccessRequestState   state,
                              GError               **error)
{
  const char *where;

  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);
  g_return_val_if_fail (state < HK_N_ACCESS_REQUEST_STATES, NULL);

  /* A first cut in SQL (?1 is now); the state itself is computed for each row. */
  switch (state)
    {
    case HK_ACCESS_REQUEST_PENDING:
      where = "r.decision = 'pending' AND r.window_until > ?1";
      break;
    case HK_ACCESS_REQUEST_APPROVED:
      where = "r.decision = 'approved' AND r.window_until > ?1";
      break;
    case HK_ACCESS_REQUEST_OUT:
      where = "r.decision = 'approved' AND ?1 = ?1 AND EXISTS (SELECT 1 FROM consultations c"
              " WHERE c.request_id = r.id AND c.returned_at IS NULL)";
      break;
    case HK_ACCESS_REQUEST_COMPLETED:
      where = "r.decision = 'approved' AND ?1 = ?1";
      break;
    case HK_ACCESS_REQUEST_REJECTED:
      where = "r.decision = 'rejected' AND ?1 = ?1";
      break;
    case HK_ACCESS_REQUEST_EXPIRED:
    default:
      where = "r.decision != 'rejected' AND r.window_until <= ?1";
      break;
    }

  return list_requests (self, where, hk_database_get_now (self->database), TRUE, state, error);
}

/**
 * hk_access_request_store_list_all:
 *
 * Returns: (transfer full) (element-type HkAccessRequest): every request, oldest first
 */
GPtrArray *
hk_access_request_store_list_all (HkAccessRequestStore  *self,
                                  GError               **error)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);

  return list_requests (self, "?1 = ?1", 0, FALSE, 0, error);
}

/**
 * hk_access_request_store_list_involving:
 *
 * Returns: (transfer full) (element-type HkAccessRequest): the requests an operator made or is
 *   designated in ("my requests"), oldest first
 */
GPtrArray *
hk_access_request_store_list_involving (HkAccessRequestStore  *self,
                                        gint64                 operator_id,
                                        GError               **error)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);

  return list_requests (self, "r.requester_id = ?1 OR r.designated_id = ?1", operator_id, FALSE,
                        0, error);
}

static HkConsultation *
lookup_consultation_where (HkAccessRequestStore  *self,
                           const char            *where,
                           gint64                 value,
                           gboolean               missing_is_error,
                           GError               **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *sql = NULL;
  GError *local_error = NULL;

  sql = g_strconcat ("SELECT " CONSULTATION_COLUMNS CONSULTATION_FROM " WHERE ", where, NULL);
  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, value);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else if (missing_is_error)
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no consultation number %lld."), (long long)value);
      return NULL;
    }

  return consultation_from_row (stmt, hk_database_get_now (self->database));
}

HkConsultation *
hk_access_request_store_lookup_consultation (HkAccessRequestStore  *self,
                                             gint64                 consultation_id,
                                             GError               **error)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);

  return lookup_consultation_where (self, "c.id = ?1", consultation_id, TRUE, error);
}

/**
 * hk_access_request_store_get_open_consultation:
 *
 * Returns: (transfer full) (nullable): the consultation the file is out for, or %NULL without
 *   an error when it is in the archive
 */
HkConsultation *
hk_access_request_store_get_open_consultation (HkAccessRequestStore  *self,
                                               gint64                 file_id,
                                               GError               **error)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);

  return lookup_consultation_where (self, "c.file_id = ?1 AND c.returned_at IS NULL", file_id,
                                    FALSE, error);
}

static GPtrArray *
list_consultations (HkAccessRequestStore  *self,
                    const char            *where,
                    const char            *order,
                    gint64                 a,
                    gint64                 b,
                    GError               **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) consultations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = NULL;
  GError *local_error = NULL;
  gint64 now = hk_database_get_now (self->database);

  sql = g_strconcat ("SELECT " CONSULTATION_COLUMNS CONSULTATION_FROM " WHERE ", where,
                     " ORDER BY ", order, NULL);
  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, a);
  hk_statement_bind_int64 (stmt, 2, b);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (consultations, consultation_from_row (stmt, now));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&consultations);
}

/**
 * hk_access_request_store_list_out:
 * @overdue_only: only the files whose window has ended
 *
 * Returns: (transfer full) (element-type HkConsultation): the files out now, the one due back
 *   first at the top
 */
GPtrArray *
hk_access_request_store_list_out (HkAccessRequestStore  *self,
                                  gboolean               overdue_only,
                                  GError               **error)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);

  return list_consultations (self,
                             "c.returned_at IS NULL AND (?1 = 0 OR r.window_until <= ?2)",
                             "r.window_until, c.id", overdue_only ? 1 : 0,
                             hk_database_get_now (self->database), error);
}

/**
 * hk_access_request_store_list_consultations:
 * @request_id: only those of this request; 0 for any
 * @file_id: only those of this file; 0 for any
 *
 * Returns: (transfer full) (element-type HkConsultation): the consultations, in the order of
 *   their release
 */
GPtrArray *
hk_access_request_store_list_consultations (HkAccessRequestStore  *self,
                                            gint64                 request_id,
                                            gint64                 file_id,
                                            GError               **error)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);

  return list_consultations (self,
                             "(?1 = 0 OR c.request_id = ?1) AND (?2 = 0 OR c.file_id = ?2)",
                             "c.released_at, c.id", request_id, file_id, error);
}

/* ---- asking ---- */

static HkAccessRequest *
finish_write (HkAccessRequestStore  *self,
              HkTransaction         *tx,
              HkOperator            *actor,
              gint64                 request_id,
              const char            *action,
              const char            *entity,
              gint64                 entity_id,
              const char            *summary,
              GError               **error)
{
  g_autoptr(HkAccessRequest) request = NULL;

  if (!(request = hk_access_request_store_lookup (self, request_id, error)) ||
      !hk_audit_log_append (self->database, actor, action, entity, entity_id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, request_id);

  return g_steal_pointer (&request);
}

/**
 * hk_access_request_store_create:
 * @actor: who asks: any operator
 * @input: the files, the designated person, the purpose and the window
 *
 * Asks for access to files that are in the archive or out (not those that
 * left it). The window must end in the future; the designated person is an
 * active operator, who may be the requester.
 *
 * Returns: (transfer full): the pending request
 */
HkAccessRequest *
hk_access_request_store_create (HkAccessRequestStore        *self,
                                HkOperator                  *actor,
                                const HkAccessRequestInput  *input,
                                GError                     **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkStatement) insert_file = NULL;
  g_autoptr(GArray) file_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GString) file_nos = g_string_new (NULL);
  g_autofree char *note = NULL;
  g_autofree char *designated_login = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  g_autofree char *summary = NULL;
  gint64 now;
  gint64 request_id;

  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (!hk_permission_require_about (self->database, actor, HK_ROLE_ALL,
                                    _("Asking for access to customer files"),
                                    HK_ARCHIVE_ENTITY_ARCHIVE, 0, error))
    return NULL;

  now = hk_database_get_now (self->database);
  note = hk_archive_clean_text (input->purpose_note);

  for (guint i = 0; i < input->n_files; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < file_ids->len && !seen; j++)
        seen = g_array_index (file_ids, gint64, j) == input->file_ids[i];
      if (!seen)
        g_array_append_val (file_ids, input->file_ids[i]);
    }

  if (file_ids->len == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Name at least one file to consult."));
      return NULL;
    }
  if (input->purpose >= HK_N_ACCESS_PURPOSES)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Choose the purpose of the access."));
      return NULL;
    }
  if (*note == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Say why the files are needed, e.g. the complaint’s number."));
      return NULL;
    }
  if (input->window_until <= input->window_from)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The window must end after it begins."));
      return NULL;
    }
  if (input->window_until <= now)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The window is over already: ask for a time to come."));
      return NULL;
    }
  if (!read_operator (self, input->designated_id, TRUE, &designated_login, NULL))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The designated person must be an active operator."));
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)))
    return NULL;

  for (guint i = 0; i < file_ids->len; i++)
    {
      g_autoptr(HkCustomerFile) file = NULL;
      HkFileStatus status;

      if (!(file = hk_customer_file_store_lookup (self->files,
                                                  g_array_index (file_ids, gint64, i), error)))
        return NULL;

      status = hk_customer_file_get_status (file);
      if (status == HK_FILE_TRANSFERRED || status == HK_FILE_DESTROYED)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("File %s has left the archive (%s): it cannot be consulted here."),
                       hk_customer_file_get_file_no (file), hk_file_status_get_title (status));
          return NULL;
        }

      g_string_append_printf (file_nos, "%s%s", i > 0 ? ", " : "",
                              hk_customer_file_get_file_no (file));
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO access_requests (requested_at, requester_id,"
                                      " designated_id, purpose, purpose_note, window_from,"
                                      " window_until) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                      error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, now);
  hk_statement_bind_int64 (insert, 2, hk_operator_get_id (actor));
  hk_statement_bind_int64 (insert, 3, input->designated_id);
  hk_statement_bind_text (insert, 4, hk_access_purpose_to_id (input->purpose));
  hk_statement_bind_text (insert, 5, note);
  hk_statement_bind_int64 (insert, 6, input->window_from);
  hk_statement_bind_int64 (insert, 7, input->window_until);

  if (!hk_statement_run (insert, error))
    return NULL;

  request_id = hk_database_get_last_insert_id (self->database);

  if (!(insert_file = hk_database_prepare (self->database,
                                           "INSERT INTO access_request_files (request_id,"
                                           " file_id) VALUES (?1, ?2)", error)))
    return NULL;

  for (guint i = 0; i < file_ids->len; i++)
    {
      hk_statement_reset (insert_file);
      hk_statement_bind_int64 (insert_file, 1, request_id);
      hk_statement_bind_int64 (insert_file, 2, g_array_index (file_ids, gint64, i));
      if (!hk_statement_run (insert_file, error))
        return NULL;
    }

  from = format_time (self, input->window_from);
  until = format_time (self, input->window_until);
  summary = g_strdup_printf ("asked to consult %s for %s (%s) from %s to %s; designated: %s",
                             file_nos->str, hk_access_purpose_to_id (input->purpose), note, from,
                             until, designated_login);

  return finish_write (self, tx, actor, request_id, "access-requested",
                       HK_ARCHIVE_ENTITY_REQUEST, request_id, summary, error);
}

/* ---- deciding ---- */

/* Nobody decides a request they asked for or will consult under. */
static gboolean
check_not_involved (HkAccessRequest  *request,
                    HkOperator       *actor,
                    char            **message)
{
  if (hk_access_request_get_requester_id (request) == hk_operator_get_id (actor))
    {
      *message = g_strdup_printf (_("Nobody approves their own request: request %lld was made by "
                                    "%s, so another superior decides it."),
                                  (long long)hk_access_request_get_id (request),
                                  hk_operator_get_display_name (actor));
      return FALSE;
    }

  if (hk_access_request_get_designated_id (request) == hk_operator_get_id (actor))
    {
      *message = g_strdup_printf (_("%s is designated to consult the files of request %lld, so "
                                    "another superior decides it."),
                                  hk_operator_get_display_name (actor),
                                  (long long)hk_access_request_get_id (request));
      return FALSE;
    }

  return TRUE;
}

static gboolean
require_pending (HkAccessRequestStore  *self,
                 HkAccessRequest       *request,
                 GError               **error)
{
  g_autofree char *until = NULL;
  gint64 id = hk_access_request_get_id (request);

  switch (hk_access_request_get_state (request))
    {
    case HK_ACCESS_REQUEST_PENDING:
      return TRUE;
    case HK_ACCESS_REQUEST_REJECTED:
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Request %lld was rejected already."), (long long)id);
      return FALSE;
    case HK_ACCESS_REQUEST_EXPIRED:
      if (hk_access_request_get_approval_kind (request) == HK_APPROVAL_NONE)
        {
          until = format_time (self, hk_access_request_get_window_until (request));
          g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                       _("Request %lld has expired: its window ended at %s. Ask again."),
                       (long long)id, until);
          return FALSE;
        }
      G_GNUC_FALLTHROUGH;
    case HK_ACCESS_REQUEST_APPROVED:
    case HK_ACCESS_REQUEST_OUT:
    case HK_ACCESS_REQUEST_COMPLETED:
    default:
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Request %lld was approved already."), (long long)id);
      return FALSE;
    }
}

/**
 * hk_access_request_store_can_decide:
 *
 * Whether @actor may approve or reject @request now, as the approvals inbox
 * shows it: a hall supervisor or duty manager, not the requester nor the
 * designated person, and a pending request. Writes nothing; the error says
 * why not.
 */
gboolean
hk_access_request_store_can_decide (HkAccessRequestStore  *self,
                                    HkOperator            *actor,
                                    HkAccessRequest       *request,
                                    GError               **error)
{
  g_autofree char *message = NULL;

  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), FALSE);
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (request), FALSE);

  if (actor == NULL || !hk_operator_has_any_role (actor, HK_ARCHIVE_APPROVER_ROLES))
    {
      g_autofree char *titles = hk_roles_to_titles (HK_ARCHIVE_APPROVER_ROLES);

      g_set_error (error, HK_ERROR, HK_ERROR_PERMISSION,
                   _("%s needs one of these roles: %s."), _("Approving access to customer files"),
                   titles);
      return FALSE;
    }

  if (!check_not_involved (request, actor, &message))
    {
      g_set_error_literal (error, HK_ERROR, HK_ERROR_PERMISSION, message);
      return FALSE;
    }

  return require_pending (self, request, error);
}

static HkAccessRequest *
decide (HkAccessRequestStore  *self,
        HkOperator            *actor,
        HkAccessRequest       *request,
        gboolean               approve,
        const char            *comment,
        GError               **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkAccessRequest) current = NULL;
  g_autofree char *clean_comment = hk_archive_clean_text (comment);
  g_autofree char *message = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *file_nos = NULL;
  gint64 id;

  if (!hk_permission_require_about (self->database, actor, HK_ARCHIVE_APPROVER_ROLES,
                                    approve ? _("Approving access to customer files")
                                            : _("Rejecting access to customer files"),
                                    HK_ARCHIVE_ENTITY_REQUEST,
                                    hk_access_request_get_id (request), error))
    return NULL;

  if (!approve && *clean_comment == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Say why the request is rejected."));
      return NULL;
    }

  id = hk_access_request_get_id (request);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_access_request_store_lookup (self, id, error)))
    return NULL;

  if (!check_not_involved (current, actor, &message))
    {
      hk_permission_refuse (self->database, &tx, actor, HK_ARCHIVE_ENTITY_REQUEST, id, error, "%s",
                            message);
      return NULL;
    }

  if (!require_pending (self, current, error))
    return NULL;

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE access_requests SET decision = ?2,"
                                      " approval_kind = 'app', decided_at = ?3, decided_by = ?4,"
                                      " comment = ?5 WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, id);
  hk_statement_bind_text (update, 2, approve ? "approved" : "rejected");
  hk_statement_bind_int64 (update, 3, hk_database_get_now (self->database));
  hk_statement_bind_int64 (update, 4, hk_operator_get_id (actor));
  hk_statement_bind_text (update, 5, *clean_comment != '\0' ? clean_comment : NULL);

  if (!hk_statement_run (update, error))
    return NULL;

  file_nos = hk_access_request_dup_file_nos (current);
  summary = g_strdup_printf ("%s request %lld (%s)%s%s", approve ? "approved" : "rejected",
                             (long long)id, file_nos, *clean_comment != '\0' ? ": " : "",
                             clean_comment);

  return finish_write (self, tx, actor, id, approve ? "access-approved" : "access-rejected",
                       HK_ARCHIVE_ENTITY_REQUEST, id, summary, error);
}

/**
 * hk_access_request_store_approve:
 * @actor: a hall supervisor or duty manager, neither the requester nor the designated person
 * @comment: (nullable): what the superior adds
 *
 * Approves a pending request in the application. The approval holds until
 * the end of the request's window.
 */
HkAccessRequest *
hk_access_request_store_approve (HkAccessRequestStore  *self,
                                 HkOperator            *actor,
                                 HkAccessRequest       *request,
                                 const char            *comment,
                                 GError               **error)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (request), NULL);

  return decide (self, actor, request, TRUE, comment, error);
}

/**
 * hk_access_request_store_reject:
 * @comment: why: required
 *
 * Rejects a pending request; the same people as for an approval.
 */
HkAccessRequest *
hk_access_request_store_reject (HkAccessRequestStore  *self,
                                HkOperator            *actor,
                                HkAccessRequest       *request,
                                const char            *comment,
                                GError               **error)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (request), NULL);

  return decide (self, actor, request, FALSE, comment, error);
}

/**
 * hk_access_request_store_record_paper_approval:
 * @actor: the archivist, who neither asked nor is designated
 * @paper: the slip: approver's name and title, its number and date
 *
 * Records that a superior who does not use the application approved the
 * request on a signed slip. The slip is dated today or earlier and not
 * signed by the requester or the designated person.
 */
HkAccessRequest *
hk_access_request_store_record_paper_approval (HkAccessRequestStore   *self,
                                               HkOperator             *actor,
                                               HkAccessRequest        *request,
                                               const HkPaperApproval  *paper,
                                               GError                **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkAccessRequest) current = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *slip_no = NULL;
  g_autofree char *slip_date = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *today = NULL;
  g_autofree char *message = NULL;
  g_autofree char *requester_name = NULL;
  g_autofree char *designated_name = NULL;
  g_autofree char *summary = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (request), NULL);
  g_return_val_if_fail (paper != NULL, NULL);

  if (!hk_permission_require_about (self->database, actor, HK_ARCHIVE_KEEPER_ROLES,
                                    _("Recording a paper approval"), HK_ARCHIVE_ENTITY_REQUEST,
                                    hk_access_request_get_id (request), error))
    return NULL;

  name = hk_archive_clean_text (paper->approver_name);
  title = hk_archive_clean_text (paper->approver_title);
  slip_no = hk_archive_clean_text (paper->slip_no);
  slip_date = hk_archive_clean_text (paper->slip_date);
  comment = hk_archive_clean_text (paper->comment);

  if (*name == '\0' || *title == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Give the name and the title of the superior who signed the slip."));
      return NULL;
    }
  if (*slip_no == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the approval slip’s number."));
      return NULL;
    }
  if (!hk_archive_require_day (slip_date, _("The slip’s date"), error))
    return NULL;

  today = hk_hall_store_format_day (self->hall, hk_database_get_now (self->database));
  if (strcmp (slip_date, today) > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The slip cannot be dated %s, after today."), slip_date);
      return NULL;
    }

  id = hk_access_request_get_id (request);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_access_request_store_lookup (self, id, error)))
    return NULL;

  if (hk_access_request_get_requester_id (current) == hk_operator_get_id (actor) ||
      hk_access_request_get_designated_id (current) == hk_operator_get_id (actor))
    {
      hk_permission_refuse (self->database, &tx, actor, HK_ARCHIVE_ENTITY_REQUEST, id, error,
                            _("%s asked for request %lld or is designated in it, so another "
                              "archivist records its approval."),
                            hk_operator_get_display_name (actor), (long long)id);
      return NULL;
    }

  read_operator (self, hk_access_request_get_requester_id (current), FALSE, NULL,
                 &requester_name);
  read_operator (self, hk_access_request_get_designated_id (current), FALSE, NULL,
                 &designated_name);
  if (g_strcmp0 (name, requester_name) == 0 || g_strcmp0 (name, designated_name) == 0)
    {
      hk_permission_refuse (self->database, &tx, actor, HK_ARCHIVE_ENTITY_REQUEST, id, error,
                            _("The slip for request %lld is signed by %s, who asked for it or is "
                              "designated in it: another superior must approve it."),
                            (long long)id, name);
      return NULL;
    }

  if (!require_pending (self, current, error))
    return NULL;

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE access_requests SET decision = 'approved',"
                                      " approval_kind = 'paper', decided_at = ?2,"
                                      " decided_by = ?3, comment = ?4, paper_approver = ?5,"
                                      " paper_title = ?6, paper_slip_no = ?7, paper_date = ?8"
                                      " WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, id);
  hk_statement_bind_int64 (update, 2, hk_database_get_now (self->database));
  hk_statement_bind_int64 (update, 3, hk_operator_get_id (actor));
  hk_statement_bind_text (update, 4, *comment != '\0' ? comment : NULL);
  hk_statement_bind_text (update, 5, name);
  hk_statement_bind_text (update, 6, title);
  hk_statement_bind_text (update, 7, slip_no);
  hk_statement_bind_text (update, 8, slip_date);

  if (!hk_statement_run (update, error))
    return NULL;

  summary = g_strdup_printf ("recorded the paper approval of request %lld: slip %s signed by %s"
                             " (%s) on %s", (long long)id, slip_no, name, title, slip_date);

  return finish_write (self, tx, actor, id, "paper-approval-recorded", HK_ARCHIVE_ENTITY_REQUEST,
                       id, summary, error);
}

/* ---- release and return ---- */

static gboolean
set_file_status (HkAccessRequestStore  *self,
                 HkOperator            *actor,
                 gint64                 file_id,
                 HkFileStatus           status,
                 GError               **error)
{
  g_autoptr(HkStatement) update = NULL;

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE customer_files SET status = ?2, status_at = ?3,"
                                      " status_by = ?4 WHERE id = ?1", error)))
    return FALSE;

  hk_statement_bind_int64 (update, 1, file_id);
  hk_statement_bind_text (update, 2, hk_file_status_to_id (status));
  hk_statement_bind_int64 (update, 3, hk_database_get_now (self->database));
  hk_statement_bind_int64 (update, 4, hk_operator_get_id (actor));

  return hk_statement_run (update, error);
}

static HkConsultation *
finish_consultation (HkAccessRequestStore  *self,
                     HkTransaction         *tx,
                     HkOperator            *actor,
                     gint64                 consultation_id,
                     const char            *action,
                     const char            *summary,
                     GError               **error)
{
  g_autoptr(HkConsultation) consultation = NULL;

  if (!(consultation = hk_access_request_store_lookup_consultation (self, consultation_id,
                                                                    error)) ||
      !hk_audit_log_append (self->database, actor, action, HK_ARCHIVE_ENTITY_FILE,
                            hk_consultation_get_file_id (consultation), summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, hk_consultation_get_request_id (consultation));
  hk_customer_file_store_emit_changed (self->files, hk_consultation_get_file_id (consultation));

  return g_steal_pointer (&consultation);
}

/**
 * hk_access_request_store_release:
 * @actor: the archivist
 * @request: an approved request
 * @file_id: one of its files
 *
 * Hands the physical file to the request's designated person: only under an
 * approval (in the application or on paper), only within its window, once
 * per request, and only while the file is in the archive, so that a file out
 * for consultation is never released twice. The consultation begins now.
 *
 * Returns: (transfer full): the open consultation
 */
HkConsultation *
hk_access_request_store_release (HkAccessRequestStore  *self,
                                 HkOperator            *actor,
                                 HkAccessRequest       *request,
                                 gint64                 file_id,
                                 GError               **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkAccessRequest) current = NULL;
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(GPtrArray) earlier = NULL;
  g_autofree char *designated = NULL;
  g_autofree char *when = NULL;
  g_autofree char *summary = NULL;
  gint64 id;
  gint64 now;

  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (request), NULL);

  if (!hk_permission_require_about (self->database, actor, HK_ARCHIVE_KEEPER_ROLES,
                                    _("Releasing a customer file"), HK_ARCHIVE_ENTITY_FILE,
                                    file_id, error))
    return NULL;

  id = hk_access_request_get_id (request);
  now = hk_database_get_now (self->database);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_access_request_store_lookup (self, id, error)) ||
      !(file = hk_customer_file_store_lookup (self->files, file_id, error)))
    return NULL;

  if (!hk_access_request_has_file (current, file_id))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("File %s is not one of the files of request %lld."),
                   hk_customer_file_get_file_no (file), (long long)id);
      return NULL;
    }

  if (hk_access_request_get_approval_kind (current) == HK_APPROVAL_NONE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Request %lld is not approved: no file is released without a superior’s "
                     "approval."), (long long)id);
      return NULL;
    }

  if (hk_access_request_get_state (current) == HK_ACCESS_REQUEST_REJECTED)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("Request %lld was rejected: its files are not released."), (long long)id);
      return NULL;
    }

  if (now < hk_access_request_get_window_from (current))
    {
      when = format_time (self, hk_access_request_get_window_from (current));
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The window of request %lld opens at %s; the file is released from then "
                     "on."), (long long)id, when);
      return NULL;
    }

  if (now >= hk_access_request_get_window_until (current))
    {
      when = format_time (self, hk_access_request_get_window_until (current));
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The approval of request %lld expired at %s, the end of its window: ask "
                     "again."), (long long)id, when);
      return NULL;
    }

  if (hk_customer_file_get_status (file) == HK_FILE_OUT)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("File %s is out for consultation: it is not released twice. Take it back "
                     "first."), hk_customer_file_get_file_no (file));
      return NULL;
    }

  if (hk_customer_file_get_status (file) != HK_FILE_IN_ARCHIVE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("File %s has left the archive (%s)."), hk_customer_file_get_file_no (file),
                   hk_file_status_get_title (hk_customer_file_get_status (file)));
      return NULL;
    }

  if (!(earlier = hk_access_request_store_list_consultations (self, id, file_id, error)))
    return NULL;
  if (earlier->len > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("File %s was released under request %lld already: an approval covers one "
                     "consultation."), hk_customer_file_get_file_no (file), (long long)id);
      return NULL;
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO consultations (request_id, file_id,"
                                      " released_at, released_by) VALUES (?1, ?2, ?3, ?4)",
                                      error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, id);
  hk_statement_bind_int64 (insert, 2, file_id);
  hk_statement_bind_int64 (insert, 3, now);
  hk_statement_bind_int64 (insert, 4, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error) ||
      !set_file_status (self, actor, file_id, HK_FILE_OUT, error))
    return NULL;

  designated = dup_login (self, hk_access_request_get_designated_id (current));
  when = format_time (self, hk_access_request_get_window_until (current));
  summary = g_strdup_printf ("released file %s to %s under request %lld (%s approval), due back"
                             " by %s", hk_customer_file_get_file_no (file), designated,
                             (long long)id,
                             hk_access_request_get_approval_kind (current) == HK_APPROVAL_PAPER
                             ? "paper" : "application", when);

  return finish_consultation (self, tx, actor, hk_database_get_last_insert_id (self->database),
                              "file-released", summary, error);
}

/**
 * hk_access_request_store_return_file:
 * @actor: the archivist who takes the file back
 * @consultation: an open consultation
 * @consulted: what was consulted
 * @copies: how many copies were made; 0 for none
 *
 * Ends the consultation: the physical file is back in the archive. A return
 * after the window is recorded all the same, and its audit entry says how
 * late it was.
 */
HkConsultation *
hk_access_request_store_return_file (HkAccessRequestStore  *self,
                                     HkOperator            *actor,
                                     HkConsultation        *consultation,
                                     const char            *consulted,
                                     guint                  copies,
                                     GError               **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkConsultation) current = NULL;
  g_autofree char *clean = hk_archive_clean_text (consulted);
  g_autofree char *designated = NULL;
  g_autofree char *late = NULL;
  g_autofree char *summary = NULL;
  gint64 now;

  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_CONSULTATION (consultation), NULL);

  if (!hk_permission_require_about (self->database, actor, HK_ARCHIVE_KEEPER_ROLES,
                                    _("Taking a customer file back"), HK_ARCHIVE_ENTITY_FILE,
                                    hk_consultation_get_file_id (consultation), error))
    return NULL;

  if (*clean == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("Say what was consulted, e.g. “the signed service agreement”."));
      return NULL;
    }
  if (copies > MAX_COPIES)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("The number of copies is out of range."));
      return NULL;
    }

  now = hk_database_get_now (self->database);

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_access_request_store_lookup_consultation (
                    self, hk_consultation_get_id (consultation), error)))
    return NULL;

  if (!hk_consultation_is_open (current))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT, _("File %s was returned already."),
                   hk_consultation_get_file_no (current));
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE consultations SET returned_at = ?2,"
                                      " returned_by = ?3, consulted = ?4, copies = ?5"
                                      " WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_consultation_get_id (current));
  hk_statement_bind_int64 (update, 2, now);
  hk_statement_bind_int64 (update, 3, hk_operator_get_id (actor));
  hk_statement_bind_text (update, 4, clean);
  hk_statement_bind_int64 (update, 5, copies);

  if (!hk_statement_run (update, error) ||
      !set_file_status (self, actor, hk_consultation_get_file_id (current), HK_FILE_IN_ARCHIVE,
                        error))
    return NULL;

  designated = dup_login (self, hk_consultation_get_designated_id (current));
  if (now > hk_consultation_get_due_at (current))
    {
      gint64 hours = (now - hk_consultation_get_due_at (current) + 3599) / 3600;

      late = g_strdup_printf ("; overdue by %lld hour(s)", (long long)hours);
    }
  summary = g_strdup_printf ("took back file %s from %s (request %lld): consulted %s; %u"
                             " cop%s made%s", hk_consultation_get_file_no (current), designated,
                             (long long)hk_consultation_get_request_id (current), clean, copies,
                             copies == 1 ? "y" : "ies", late != NULL ? late : "");

  return finish_consultation (self, tx, actor, hk_consultation_get_id (current), "file-returned",
                              summary, error);
}
