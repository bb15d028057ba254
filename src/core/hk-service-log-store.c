/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-service-log-store.c: the service log (服务日志): its proposal from the day's data, and the
 * officer's saved revisions.
 *
 * The complaint officer keeps one service log a day: a service overview and
 * the business, inquiry and complaint hotspots. For a day not written yet the
 * store proposes one from that day's records: the overview counts the day's
 * complaints, opinion-book entries and receipts; the complaint hotspots are
 * the day's most frequent complaint categories and the business hotspots the
 * fee items most often sold at the counter, each with its count on the same
 * weekday a week earlier. Inquiries are not recorded anywhere, so their
 * hotspots are left to the officer. The officer edits and saves; each save is
 * a new revision with its author, never an overwrite, and the last one is the
 * day's log.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-error.h"
#include "hk-permission.h"
#include "hk-service-log-private.h"
#include "hk-service-log-store.h"
#include "hk-transaction.h"

/* Built-in complaint category titles live with the complaint items. */
#include "hk-complaint-private.h"

struct _HkServiceLogStore
{
  GObject      parent_instance;
  HkDatabase  *database;
  HkHallStore *hall;
};

G_DEFINE_FINAL_TYPE (HkServiceLogStore, hk_service_log_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define LOG_COLUMNS \
  "s.day, s.revision, s.overview, s.business_hotspots, s.inquiry_hotspots," \
  " s.complaint_hotspots, s.saved_at, s.saved_by, o.display_name"
#define LOG_FROM " FROM service_logs s JOIN operators o ON o.id = s.saved_by"

void
hk_service_log_hotspot_free (HkServiceLogHotspot *hotspot)
{
  if (hotspot == NULL)
    return;

  g_free (hotspot->title);
  g_free (hotspot);
}

static HkServiceLog *
log_from_row (HkStatement *stmt)
{
  HkServiceLogData data = { 0 };

  data.day = hk_statement_dup_text (stmt, 0);
  data.revision = (guint)hk_statement_get_int64 (stmt, 1);
  data.overview = hk_statement_dup_text (stmt, 2);
  data.business_hotspots = hk_statement_dup_text (stmt, 3);
  data.inquiry_hotspots = hk_statement_dup_text (stmt, 4);
  data.complaint_hotspots = hk_statement_dup_text (stmt, 5);
  data.saved_at = hk_statement_get_int64 (stmt, 6);
  data.saved_by = hk_statement_get_int64 (stmt, 7);
  data.saved_by_name = hk_statement_dup_text (stmt, 8);

  return hk_service_log_new_take (&data);
}

static void
hk_service_log_store_finalize (GObject *object)
{
  HkServiceLogStore *self = (HkServiceLogStore *)object;

  g_clear_object (&self->hall);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (hk_service_log_store_parent_class)->finalize (object);
}

static void
hk_service_log_store_class_init (HkServiceLogStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_service_log_store_finalize;

  /**
   * HkServiceLogStore::changed:
   * @day: the day whose log was saved, "YYYY-MM-DD"
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hk_service_log_store_init (HkServiceLogStore *self)
{
}

HkServiceLogStore *
hk_service_log_store_new (HkDatabase  *database,
                          HkHallStore *hall)
{
  HkServiceLogStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);

  self = g_object_new (HK_TYPE_SERVICE_LOG_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);

  return self;
}

static GPtrArray *
read_logs (HkServiceLogStore  *self,
           const char         *sql,
           const char         *first,
           const char         *last,
           GError            **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) logs = g_ptr_array_new_with_free_func (g_object_unref);
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, first);
  if (last != NULL)
    hk_statement_bind_text (stmt, 2, last);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (logs, log_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&logs);
}

/**
 * hk_service_log_store_get:
 *
 * Returns: (transfer full) (nullable): the service log of @day as last saved,
 *   or %NULL without an error when it has not been written
 */
HkServiceLog *
hk_service_log_store_get (HkServiceLogStore  *self,
                          const char         *day,
                          GError            **error)
{
  g_autoptr(GPtrArray) logs = NULL;

  g_return_val_if_fail (HK_IS_SERVICE_LOG_STORE (self), NULL);

  if (!(logs = read_logs (self,
                          "SELECT " LOG_COLUMNS LOG_FROM " WHERE s.day = ?1"
                          " ORDER BY s.revision DESC LIMIT 1", day, NULL, error)))
    return NULL;

  return logs->len > 0 ? g_object_ref (g_ptr_array_index (logs, 0)) : NULL;
}

/**
 * hk_service_log_store_list_revisions:
 *
 * Returns: (transfer full) (element-type HkServiceLog): every saved revision
 *   of @day's log, the first first
 */
GPtrArray *
hk_service_log_store_list_revisions (HkServiceLogStore  *self,
                                     const char         *day,
                                     GError            **error)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG_STORE (self), NULL);

  return read_logs (self, "SELECT " LOG_COLUMNS LOG_FROM " WHERE s.day = ?1 ORDER BY s.revision",
                    day, NULL, error);
}

/**
 * hk_service_log_store_list_range:
 *
 * Returns: (transfer full) (element-type HkServiceLog): the last revision of
 *   each written day from @first_day to @last_day, in day order
 */
GPtrArray *
hk_service_log_store_list_range (HkServiceLogStore  *self,
                                 const char         *first_day,
                                 const char         *last_day,
                                 GError            **error)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG_STORE (self), NULL);

  return read_logs (self,
                    "SELECT " LOG_COLUMNS LOG_FROM " WHERE s.day >= ?1 AND s.day <= ?2"
                    " AND s.revision = (SELECT max (revision) FROM service_logs t"
                    " WHERE t.day = s.day) ORDER BY s.day", first_day, last_day, error);
}

/* "YYYY-MM-DD" seven days before @day, by the calendar. */
static char *
week_before (const char *day)
{
  g_autoptr(GDate) date = g_date_new ();
  char text[16];

  g_date_set_parse (date, day);
  if (!g_date_valid (date))
    return g_strdup (day);

  g_date_subtract_days (date, 7);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);

  return g_strdup (text);
}

/* Hotspots from @sql: ?1 the day, ?2 a week earlier; columns title (or code, name, builtin for
 * complaint categories), count, count a week earlier. */
static GPtrArray *
count_hotspots (HkServiceLogStore  *self,
                const char         *day,
                const char         *sql,
                gboolean            categories,
                GError            **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) hotspots = NULL;
  g_autofree char *previous = NULL;
  GError *local_error = NULL;
  int counts = categories ? 3 : 1;

  g_return_val_if_fail (HK_IS_SERVICE_LOG_STORE (self), NULL);

  if (!hk_hall_store_parse_day (self->hall, day, NULL, NULL, error) ||
      !(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  previous = week_before (day);
  hk_statement_bind_text (stmt, 1, day);
  hk_statement_bind_text (stmt, 2, previous);
  hotspots = g_ptr_array_new_with_free_func ((GDestroyNotify)hk_service_log_hotspot_free);

  while (hk_statement_step (stmt, &local_error))
    {
      HkServiceLogHotspot *hotspot = g_new0 (HkServiceLogHotspot, 1);

      hotspot->title = categories
                       ? g_strdup (hk_complaint_category_title_for (
                                     hk_statement_get_text (stmt, 0),
                                     hk_statement_get_text (stmt, 1),
                                     hk_statement_get_int64 (stmt, 2) != 0))
                       : hk_statement_dup_text (stmt, 0);
      hotspot->count = (guint)hk_statement_get_int64 (stmt, counts);
      hotspot->previous_count = (guint)hk_statement_get_int64 (stmt, counts + 1);
      g_ptr_array_add (hotspots, hotspot);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&hotspots);
}

/**
 * hk_service_log_store_count_complaints:
 * @day: "YYYY-MM-DD"
 *
 * Returns: (transfer full) (element-type HkServiceLogHotspot): the day's
 *   complaint categories by the number of complaints received, the most
 *   frequent first, at most #HK_SERVICE_LOG_N_HOTSPOTS, each with its count on
 *   the same weekday a week earlier
 */
GPtrArray *
hk_service_log_store_count_complaints (HkServiceLogStore  *self,
                                       const char         *day,
                                       GError            **error)
{
  return count_hotspots (self, day,
                         "SELECT k.code, k.name, k.builtin, sum (c.received_day = ?1),"
                         " sum (c.received_day = ?2) FROM complaints c"
                         " JOIN complaint_categories k ON k.id = c.category_id"
                         " WHERE c.received_day IN (?1, ?2) GROUP BY k.id"
                         " HAVING sum (c.received_day = ?1) > 0"
                         " ORDER BY 4 DESC, k.position LIMIT 3", TRUE, error);
}

/**
 * hk_service_log_store_count_business:
 * @day: "YYYY-MM-DD"
 *
 * Returns: (transfer full) (element-type HkServiceLogHotspot): the fee items
 *   sold at the counter that day on the most receipts (valid ones, not
 *   corrections), at most #HK_SERVICE_LOG_N_HOTSPOTS, each with its count on
 *   the same weekday a week earlier
 */
GPtrArray *
hk_service_log_store_count_business (HkServiceLogStore  *self,
                                     const char         *day,
                                     GError            **error)
{
  return count_hotspots (self, day,
                         "SELECT f.name, sum (r.business_day = ?1), sum (r.business_day = ?2)"
                         " FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id"
                         " JOIN fee_items f ON f.id = l.fee_item_id"
                         " WHERE r.business_day IN (?1, ?2) AND r.status = 'issued'"
                         " AND r.corrects_id IS NULL GROUP BY f.id"
                         " HAVING sum (r.business_day = ?1) > 0"
                         " ORDER BY 2 DESC, f.code LIMIT 3", FALSE, error);
}

static char *
describe_hotspots (GPtrArray  *hotspots,
                   const char *none)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < hotspots->len; i++)
    {
      HkServiceLogHotspot *hotspot = g_ptr_array_index (hotspots, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: a hotspot of the service log: "Billing: 4 (a week earlier: 2)" */
      g_string_append_printf (text, _("%s: %u (a week earlier: %u)"), hotspot->title,
                              hotspot->count, hotspot->previous_count);
    }

  if (text->len == 0)
    g_string_append (text, none);

  return g_string_free (text, FALSE);
}

static gint64
count_day (HkServiceLogStore *self,
           const char        *sql,
           const char        *day)
{
  g_autoptr(HkStatement) stmt = hk_database_prepare (self->database, sql, NULL);

  if (stmt == NULL)
    return 0;

  hk_statement_bind_text (stmt, 1, day);

  return hk_statement_step (stmt, NULL) ? hk_statement_get_int64 (stmt, 0) : 0;
}

/**
 * hk_service_log_store_propose:
 * @day: "YYYY-MM-DD"
 *
 * Returns: (transfer full): a service log for @day from its records, not
 *   saved (revision 0), for the officer to edit
 */
HkServiceLog *
hk_service_log_store_propose (HkServiceLogStore  *self,
                              const char         *day,
                              GError            **error)
{
  g_autoptr(GPtrArray) complaints = NULL;
  g_autoptr(GPtrArray) business = NULL;
  HkServiceLogData data = { 0 };
  gint64 n_received;
  gint64 n_finished;
  gint64 n_late;

  g_return_val_if_fail (HK_IS_SERVICE_LOG_STORE (self), NULL);

  if (!(complaints = hk_service_log_store_count_complaints (self, day, error)) ||
      !(business = hk_service_log_store_count_business (self, day, error)))
    return NULL;

  n_received = count_day (self, "SELECT count (*) FROM complaints WHERE received_day = ?1", day);
  n_late = count_day (self, "SELECT count (*) FROM complaints WHERE received_day = ?1"
                      " AND entered_day > received_day", day);
  /* Resolved or closed now: the last event that sets the status is not 'received' or
   * 'reopened'. */
  n_finished = count_day (self, "SELECT count (*) FROM complaints c WHERE c.received_day = ?1"
                          " AND (SELECT kind FROM complaint_events v WHERE v.complaint_id = c.id"
                          " AND kind IN ('received', 'resolved', 'closed', 'reopened')"
                          " ORDER BY v.id DESC LIMIT 1) IN ('resolved', 'closed')", day);

  data.day = g_strdup (day);
  data.overview = g_strdup_printf (_("Complaints received: %lld (resolved or closed: %lld; "
                                     "still open: %lld; entered late: %lld). "
                                     "Opinion book entries: %lld. "
                                     "Receipts issued at the counter: %lld."),
                                   (long long)n_received, (long long)n_finished,
                                   (long long)(n_received - n_finished), (long long)n_late,
                                   (long long)count_day (self, "SELECT count (*)"
                                                         " FROM opinion_entries WHERE day = ?1",
                                                         day),
                                   (long long)count_day (self, "SELECT count (*) FROM receipts"
                                                         " WHERE business_day = ?1"
                                                         " AND status = 'issued'", day));
  data.business_hotspots = describe_hotspots (business, _("No receipts at the counter."));
  data.inquiry_hotspots = g_strdup ("");
  data.complaint_hotspots = describe_hotspots (complaints, _("No complaints."));

  return hk_service_log_new_take (&data);
}

static gboolean
clean_field (const char  *text,
             char       **out,
             GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (!g_utf8_validate (clean, -1, NULL) ||
      g_utf8_strlen (clean, -1) > HK_SERVICE_LOG_TEXT_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A part of the service log is longer than %d characters; shorten it."),
                   HK_SERVICE_LOG_TEXT_MAX_LENGTH);
      return FALSE;
    }

  *out = g_steal_pointer (&clean);
  return TRUE;
}

/**
 * hk_service_log_store_save:
 * @day: "YYYY-MM-DD", today or earlier
 * @overview: the service overview; required
 *
 * Saves the officer's service log of @day as its next revision. Complaint
 * officers only.
 */
HkServiceLog *
hk_service_log_store_save (HkServiceLogStore  *self,
                           HkOperator         *actor,
                           const char         *day,
                           const char         *overview,
                           const char         *business_hotspots,
                           const char         *inquiry_hotspots,
                           const char         *complaint_hotspots,
                           GError            **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkServiceLog) saved = NULL;
  g_autofree char *clean_overview = NULL;
  g_autofree char *clean_business = NULL;
  g_autofree char *clean_inquiry = NULL;
  g_autofree char *clean_complaint = NULL;
  g_autofree char *summary = NULL;
  gint64 start = 0;
  gint64 log_id;
  gint64 now;

  g_return_val_if_fail (HK_IS_SERVICE_LOG_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_COMPLAINT_OFFICER,
                              _("Saving the service log"), error))
    return NULL;

  if (!hk_hall_store_parse_day (self->hall, day, &start, NULL, error) ||
      !clean_field (overview, &clean_overview, error) ||
      !clean_field (business_hotspots, &clean_business, error) ||
      !clean_field (inquiry_hotspots, &clean_inquiry, error) ||
      !clean_field (complaint_hotspots, &clean_complaint, error))
    return NULL;

  if (*clean_overview == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Write the service overview."));
      return NULL;
    }

  now = hk_database_get_now (self->database);
  if (start > now)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("%s has not begun yet; its service log is written on the day or later."),
                   day);
      return NULL;
    }

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(insert = hk_database_prepare (self->database,
                                      "INSERT INTO service_logs (day, revision, overview,"
                                      " business_hotspots, inquiry_hotspots, complaint_hotspots,"
                                      " saved_at, saved_by) VALUES (?1, (SELECT coalesce (max"
                                      " (revision), 0) + 1 FROM service_logs WHERE day = ?1),"
                                      " ?2, ?3, ?4, ?5, ?6, ?7)", error)))
    return NULL;

  hk_statement_bind_text (insert, 1, day);
  hk_statement_bind_text (insert, 2, clean_overview);
  hk_statement_bind_text (insert, 3, clean_business);
  hk_statement_bind_text (insert, 4, clean_inquiry);
  hk_statement_bind_text (insert, 5, clean_complaint);
  hk_statement_bind_int64 (insert, 6, now);
  hk_statement_bind_int64 (insert, 7, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  log_id = hk_database_get_last_insert_id (self->database);
  if (!(saved = hk_service_log_store_get (self, day, error)))
    return NULL;

  summary = g_strdup_printf ("saved the service log of %s, revision %u", day,
                             hk_service_log_get_revision (saved));

  if (!hk_audit_log_append (self->database, actor, "service-log-saved", "service_log",
                            log_id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  g_signal_emit (self, signals[CHANGED], 0, day);

  return g_steal_pointer (&saved);
}
