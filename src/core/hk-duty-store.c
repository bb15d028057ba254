/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-store.c: hall operations: the store, its shared helpers, and the duty logs.
 *
 * A duty log (值班日志) belongs to a day and a shift. The duty manager writes it during the
 * shift (staff and deployment, busy periods, notable events, problems escalated, handover
 * notes); the app pre-fills the facts it already knows from the other books. The outgoing duty
 * manager signs it, which freezes the facts and locks the log (a trigger refuses any later
 * change); the incoming duty manager, someone else, acknowledges it. After signing, remarks are
 * appended, never edited. A shift with a serious incident whose report is missing cannot be
 * signed. The other records of the store are in hk-duty-store-safety.c, -cleaning.c and
 * -training.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-complaint-store.h"
#include "hk-duty-store-private.h"
#include "hk-error.h"
#include "hk-input.h"
#include "hk-permission.h"
#include "hk-repair-store.h"
#include "hk-transaction.h"

G_DEFINE_FINAL_TYPE (HkDutyStore, hk_duty_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hk_duty_store_finalize (GObject *object)
{
  HkDutyStore *self = (HkDutyStore *)object;

  g_clear_object (&self->complaints);
  g_clear_object (&self->hall);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (hk_duty_store_parent_class)->finalize (object);
}

static void
hk_duty_store_class_init (HkDutyStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_duty_store_finalize;

  /**
   * HkDutyStore::changed:
   * @id: the record written
   *
   * Emitted after each write, with the kind of record as its detail: "log", "briefing",
   * "checklist", "safety-check", "fault", "incident", "cleaning", "escort", "training",
   * "assessment", "demand". Connect to "changed" for all, "changed::fault" for one kind.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
hk_duty_store_init (HkDutyStore *self)
{
}

HkDutyStore *
hk_duty_store_new (HkDatabase       *database,
                   HkHallStore      *hall,
                   HkComplaintStore *complaints)
{
  HkDutyStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);
  g_return_val_if_fail (HK_IS_HALL_STORE (hall), NULL);
  g_return_val_if_fail (HK_IS_COMPLAINT_STORE (complaints), NULL);

  self = g_object_new (HK_TYPE_DUTY_STORE, NULL);
  self->database = g_object_ref (database);
  self->hall = g_object_ref (hall);
  self->complaints = g_object_ref (complaints);

  return self;
}

void
hk_duty_store_emit_changed (HkDutyStore *self,
                            const char  *what,
                            gint64       id)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_static_string (what), id);
}

GPtrArray *
hk_duty_store_read (HkDutyStore    *self,
                    const char     *sql,
                    const char     *text_1,
                    const char     *text_2,
                    const char     *text_3,
                    gint64          int_4,
                    HkDutyRowFunc   row,
                    GDestroyNotify  free_func,
                    GError        **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (free_func);
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, text_1);
  hk_statement_bind_text (stmt, 2, text_2);
  hk_statement_bind_text (stmt, 3, text_3);
  hk_statement_bind_int64 (stmt, 4, int_4);

  while (hk_statement_step (stmt, &local_error))
    g_ptr_array_add (items, row (self, stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/* Reads the item whose id is ?4 of @sql; @missing is the message when there is none. */
gpointer
hk_duty_store_read_one (HkDutyStore    *self,
                        const char     *sql,
                        gint64          id,
                        HkDutyRowFunc   row,
                        const char     *missing,
                        GError        **error)
{
  g_autoptr(GPtrArray) found = NULL;

  if (!(found = hk_duty_store_read (self, sql, NULL, NULL, NULL, id, row, g_object_unref,
                                    error)))
    return NULL;

  if (found->len == 0)
    {
      /* @missing is one of the store's own translated messages, with one %lld. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND, missing, (long long)id);
#pragma GCC diagnostic pop
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

gboolean
hk_duty_store_count (HkDutyStore  *self,
                     const char   *sql,
                     const char   *text_1,
                     gint64        int_2,
                     gint64        int_3,
                     guint        *count,
                     GError      **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return FALSE;

  hk_statement_bind_text (stmt, 1, text_1);
  hk_statement_bind_int64 (stmt, 2, int_2);
  hk_statement_bind_int64 (stmt, 3, int_3);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      *count = 0;
      return TRUE;
    }

  *count = (guint)hk_statement_get_int64 (stmt, 0);
  return TRUE;
}

gboolean
hk_duty_store_clean_text (const char  *text,
                          gboolean     required,
                          guint        max_length,
                          const char  *what,
                          char       **clean,
                          GError     **error)
{
  g_autofree char *stripped = NULL;

  /* The stores' one text check (UTF-8, no control characters; line breaks only in the long
   * texts); the length is checked below, with a message that names the field. */
  if (!hk_input_clean_text (text, G_MAXUINT, max_length > HK_DUTY_NAME_MAX_LENGTH * 2, &stripped,
                            error))
    {
      g_prefix_error (error, _("%s: "), what);
      return FALSE;
    }

  if ((required && *stripped == '\0') || g_utf8_strlen (stripped, -1) > (glong)max_length)
    {
      if (required)
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                     _("%s: write 1 to %u characters."), what, max_length);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                     _("%s: at most %u characters."), what, max_length);
      return FALSE;
    }

  *clean = *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
  return TRUE;
}

gboolean
hk_duty_store_check_moment (HkDutyStore  *self,
                            gint64        at,
                            const char   *what,
                            GError      **error)
{
  gint64 now = hk_database_get_now (self->database);

  if (at > now || at < now - (gint64)HK_DUTY_MAX_AGE_DAYS * 24 * 3600)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("%s is not in the future nor more than %d days ago."), what,
                   HK_DUTY_MAX_AGE_DAYS);
      return FALSE;
    }

  return TRUE;
}

gboolean
hk_duty_store_check_day (HkDutyStore  *self,
                         const char   *day,
                         GError      **error)
{
  gint64 start = 0;

  if (!hk_hall_store_parse_day (self->hall, day, &start, NULL, error))
    return FALSE;

  return hk_duty_store_check_moment (self, start, _("The day"), error);
}

/* Strips each name, drops the empty ones and refuses a name given twice. */
char **
hk_duty_store_clean_names (const char * const  *names,
                           GError             **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *name = NULL;

      if (!hk_duty_store_clean_text (names[i], FALSE, HK_DUTY_NAME_MAX_LENGTH, _("A name"),
                                     &name, error))
        return NULL;
      if (name == NULL)
        continue;
      if (g_hash_table_contains (seen, name))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("%s is named twice."), name);
          return NULL;
        }
      g_strv_builder_add (builder, name);
      g_hash_table_add (seen, g_steal_pointer (&name));
    }

  return g_strv_builder_end (builder);
}

const char *
hk_duty_store_builtin_name (const char *name)
{
  static const char *builtin[] = {
    N_("Fire extinguishers in place and charged"),
    N_("Emergency exits clear and unlocked"),
    N_("Safe locked"),
    N_("Cameras recording"),
    N_("Power, lights and UPS working"),
    N_("Opening clean"),
    N_("Counters, windows and seats"),
    N_("Restrooms"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    if (g_strcmp0 (name, builtin[i]) == 0)
      return _(builtin[i]);

  return name;
}

/**
 * hk_duty_store_get_shift_bounds:
 * @start: (out) (optional): the shift's first second
 * @end: (out) (optional): the second after the shift
 */
gboolean
hk_duty_store_get_shift_bounds (HkDutyStore  *self,
                                const char   *day,
                                HkDutyShift   shift,
                                gint64       *start,
                                gint64       *end,
                                GError      **error)
{
  gint64 midnight = 0;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), FALSE);

  if (!hk_hall_store_parse_day (self->hall, day, &midnight, NULL, error))
    return FALSE;

  if (start != NULL)
    *start = midnight + (gint64)hk_duty_shift_get_start_minute (shift) * 60;
  if (end != NULL)
    *end = midnight + (gint64)hk_duty_shift_get_end_minute (shift) * 60;

  return TRUE;
}

/**
 * hk_duty_store_shift_at:
 * @day: (out) (optional) (transfer full): the day of @at
 * @shift: (out) (optional): the shift @at falls in
 *
 * Returns: whether @at falls in a shift (08:00 to 19:00 of the hall's day)
 */
gboolean
hk_duty_store_shift_at (HkDutyStore  *self,
                        gint64        at,
                        char        **day,
                        HkDutyShift  *shift)
{
  g_autofree char *at_day = NULL;
  gint64 midnight = 0;
  gint64 minute;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), FALSE);

  at_day = hk_hall_store_format_day (self->hall, at);
  if (!hk_hall_store_parse_day (self->hall, at_day, &midnight, NULL, NULL))
    return FALSE;

  minute = (at - midnight) / 60;
  if (minute < HK_DUTY_EARLY_START_MINUTE || minute >= HK_DUTY_LATE_END_MINUTE)
    return FALSE;

  if (shift != NULL)
    *shift = minute < HK_DUTY_LATE_START_MINUTE ? HK_DUTY_SHIFT_EARLY : HK_DUTY_SHIFT_LATE;
  if (day != NULL)
    *day = g_steal_pointer (&at_day);

  return TRUE;
}

/* The facts. */

static const char *fact_names[] = {
  "complaints_received", "overdue_complaints", "overdue_repairs", "unsigned_daily_reports",
  "opinion_entries_waiting", "open_faults", "safety_checks", "failed_safety_items",
  "incidents", "incidents_awaiting_report", "missed_cleaning_rounds",
};

static guint *
fact_slot (HkDutyLogFacts *facts,
           guint           i)
{
  guint *slots[] = {
    &facts->complaints_received, &facts->overdue_complaints, &facts->overdue_repairs,
    &facts->unsigned_daily_reports, &facts->opinion_entries_waiting, &facts->open_faults,
    &facts->safety_checks, &facts->failed_safety_items, &facts->incidents,
    &facts->incidents_awaiting_report, &facts->missed_cleaning_rounds,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (slots) == G_N_ELEMENTS (fact_names));
  return slots[i];
}

static gboolean
count_receipts_per_hour (HkDutyStore     *self,
                         gint64           midnight,
                         gint64           start,
                         gint64           end,
                         HkDutyLogFacts  *facts,
                         GError         **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT (issued_at - ?1) / 3600, count (*) FROM receipts"
                                    " WHERE status = 'issued' AND issued_at >= ?2"
                                    " AND issued_at < ?3 GROUP BY 1", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, midnight);
  hk_statement_bind_int64 (stmt, 2, start);
  hk_statement_bind_int64 (stmt, 3, end);

  while (hk_statement_step (stmt, &local_error))
    {
      gint64 hour = hk_statement_get_int64 (stmt, 0);
      guint n = (guint)hk_statement_get_int64 (stmt, 1);

      if (hour >= 0 && hour < 24)
        facts->receipts_per_hour[hour] += n;
      facts->receipts += n;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

/* Tickets overdue at the moment, by HkRepairTicket's rule: in a status that can be overdue and
 * promised for a day before today. Counted in SQL (the index on status and promised day) rather
 * than by reading every ticket, as a log's facts are computed at each read. */
static gboolean
count_overdue_repairs (HkDutyStore  *self,
                       guint        *count,
                       GError      **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GString) sql = g_string_new ("SELECT count (*) FROM repair_tickets"
                                         " WHERE promised_day < ?1 AND status IN ('-'");
  g_autofree char *today = hk_hall_store_format_day (self->hall,
                                                     hk_database_get_now (self->database));
  GError *local_error = NULL;
  int n = 1;

  for (guint s = 0; s < HK_REPAIR_N_STATUSES; s++)
    if (hk_repair_status_can_be_overdue ((HkRepairStatus)s))
      g_string_append_printf (sql, ", ?%d", ++n);
  g_string_append (sql, ")");

  if (!(stmt = hk_database_prepare (self->database, sql->str, error)))
    return FALSE;

  hk_statement_bind_text (stmt, 1, today);
  n = 1;
  for (guint s = 0; s < HK_REPAIR_N_STATUSES; s++)
    if (hk_repair_status_can_be_overdue ((HkRepairStatus)s))
      hk_statement_bind_text (stmt, ++n, hk_repair_status_to_id ((HkRepairStatus)s));

  if (!hk_statement_step (stmt, &local_error))
    {
      g_propagate_error (error, local_error != NULL ? local_error
                                : g_error_new_literal (HK_ERROR, HK_ERROR_DATABASE, "no count"));
      return FALSE;
    }

  *count = (guint)hk_statement_get_int64 (stmt, 0);
  return TRUE;
}

static gboolean
count_overdue (HkDutyStore     *self,
               gint64           at,
               HkDutyLogFacts  *facts,
               GError         **error)
{
  HkComplaintFilter complaint_filter = { .not_closed_only = TRUE };
  g_autoptr(GPtrArray) complaints = NULL;

  if (!(complaints = hk_complaint_store_list (self->complaints, &complaint_filter, error)))
    return FALSE;

  for (guint i = 0; i < complaints->len; i++)
    if (hk_complaint_get_sla (g_ptr_array_index (complaints, i), at) == HK_COMPLAINT_SLA_OVERDUE)
      facts->overdue_complaints++;

  return count_overdue_repairs (self, &facts->overdue_repairs, error);
}

/**
 * hk_duty_store_compute_facts:
 *
 * Computes the facts of a shift from the other books, as of now or the shift's end if that is
 * earlier: what an open duty log shows, and what signing freezes.
 *
 * Returns: (transfer full): the facts, not frozen
 */
HkDutyLogFacts *
hk_duty_store_compute_facts (HkDutyStore  *self,
                             const char   *day,
                             HkDutyShift   shift,
                             GError      **error)
{
  g_autoptr(HkDutyLogFacts) facts = g_new0 (HkDutyLogFacts, 1);
  g_autoptr(GPtrArray) faults = NULL;
  g_autoptr(GPtrArray) windows = NULL;
  gint64 midnight = 0;
  gint64 start = 0;
  gint64 end = 0;
  gint64 at;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  if (!hk_hall_store_parse_day (self->hall, day, &midnight, NULL, error) ||
      !hk_duty_store_get_shift_bounds (self, day, shift, &start, &end, error))
    return NULL;

  at = MIN (hk_database_get_now (self->database), end);
  facts->as_of = at;

  if (!count_receipts_per_hour (self, midnight, start, end, facts, error) ||
      !hk_duty_store_count (self, "SELECT count (*) FROM complaints WHERE received_at >= ?2"
                            " AND received_at < ?3 AND ?1 IS NULL", NULL, start, end,
                            &facts->complaints_received, error) ||
      !count_overdue (self, at, facts, error) ||
      !hk_duty_store_count (self, "SELECT count (*) FROM daily_reports WHERE business_day <= ?1"
                            " AND submitted_at IS NOT NULL AND signed_at IS NULL"
                            " AND ?2 = ?3", day, 0, 0, &facts->unsigned_daily_reports, error) ||
      !hk_duty_store_count (self, "SELECT count (*) FROM opinion_entries e"
                            " LEFT JOIN opinion_replies r ON r.entry_id = e.id"
                            " WHERE r.entry_id IS NULL AND e.day <= ?1 AND ?2 = ?3", day, 0, 0,
                            &facts->opinion_entries_waiting, error) ||
      !hk_duty_store_count (self, "SELECT count (*) FROM safety_checks WHERE day = ?1"
                            " AND shift = (CASE ?2 WHEN 0 THEN 'early' ELSE 'late' END)"
                            " AND ?3 = 0", day, shift, 0, &facts->safety_checks, error) ||
      !hk_duty_store_count (self, "SELECT count (*) FROM safety_check_results r"
                            " JOIN safety_checks c ON c.id = r.check_id WHERE c.day = ?1"
                            " AND c.shift = (CASE ?2 WHEN 0 THEN 'early' ELSE 'late' END)"
                            " AND r.passed = 0 AND ?3 = 0", day, shift, 0,
                            &facts->failed_safety_items, error) ||
      !hk_duty_store_count (self, "SELECT count (*), 0 FROM incidents WHERE day = ?1"
                            " AND shift = (CASE ?2 WHEN 0 THEN 'early' ELSE 'late' END)"
                            " AND ?3 = 0", day, shift, 0, &facts->incidents, error) ||
      !hk_duty_store_count (self, "SELECT count (*) FROM incidents WHERE day = ?1"
                            " AND shift = (CASE ?2 WHEN 0 THEN 'early' ELSE 'late' END)"
                            " AND serious = 1 AND report IS NULL AND ?3 = 0", day, shift, 0,
                            &facts->incidents_awaiting_report, error) ||
      !(faults = hk_duty_store_list_open_faults (self, at, error)) ||
      !(windows = hk_duty_store_list_cleaning_windows (self, day, at, error)))
    return NULL;

  facts->open_faults = faults->len;

  for (guint i = 0; i < windows->len; i++)
    {
      HkCleaningWindow *window = g_ptr_array_index (windows, i);

      if (window->missed && window->end > start && window->end <= end)
        facts->missed_cleaning_rounds++;
    }

  return g_steal_pointer (&facts);
}

static HkDutyLogFacts *
read_frozen_facts (HkDutyStore  *self,
                   gint64        log_id,
                   gint64        signed_at,
                   GError      **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(HkDutyLogFacts) facts = g_new0 (HkDutyLogFacts, 1);
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT fact, hour, value FROM duty_log_facts"
                                    " WHERE log_id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (stmt, 1, log_id);

  while (hk_statement_step (stmt, &local_error))
    {
      const char *fact = hk_statement_get_text (stmt, 0);
      gint64 hour = hk_statement_get_int64 (stmt, 1);
      guint value = (guint)hk_statement_get_int64 (stmt, 2);

      if (g_strcmp0 (fact, "receipts") == 0 && hour >= 0 && hour < 24)
        {
          facts->receipts_per_hour[hour] = value;
          facts->receipts += value;
        }
      else if (g_strcmp0 (fact, "as_of") == 0)
        facts->as_of = hk_statement_get_int64 (stmt, 2);
      else
        for (guint i = 0; i < G_N_ELEMENTS (fact_names); i++)
          if (g_strcmp0 (fact, fact_names[i]) == 0)
            *fact_slot (facts, i) = value;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (facts->as_of == 0)
    facts->as_of = signed_at;
  facts->frozen = TRUE;

  return g_steal_pointer (&facts);
}

static gboolean
freeze_facts (HkDutyStore           *self,
              gint64                 log_id,
              const HkDutyLogFacts  *facts,
              GError               **error)
{
  g_autoptr(HkStatement) insert = NULL;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO duty_log_facts (log_id, fact, hour, value)"
                                      " VALUES (?1, ?2, ?3, ?4)", error)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fact_names) + 25; i++)
    {
      const char *fact;
      gint64 hour = -1;
      gint64 value;

      if (i < G_N_ELEMENTS (fact_names))
        {
          fact = fact_names[i];
          value = *fact_slot ((HkDutyLogFacts *)facts, i);
        }
      else if (i < G_N_ELEMENTS (fact_names) + 24)
        {
          hour = i - G_N_ELEMENTS (fact_names);
          fact = "receipts";
          value = facts->receipts_per_hour[hour];
          if (value == 0)
            continue;
        }
      else
        {
          fact = "as_of";
          value = facts->as_of;
        }

      hk_statement_reset (insert);
      hk_statement_bind_int64 (insert, 1, log_id);
      hk_statement_bind_text (insert, 2, fact);
      hk_statement_bind_int64 (insert, 3, hour);
      hk_statement_bind_int64 (insert, 4, value);
      if (!hk_statement_run (insert, error))
        return FALSE;
    }

  return TRUE;
}

/* The duty logs. */

#define LOG_COLUMNS \
  "l.id, l.day, l.shift, l.staff_on_duty, l.deployment, l.busy_periods, l.notable_events," \
  " l.escalations, l.handover_notes, l.written_at, l.written_by, w.display_name," \
  " l.signed_at, l.signed_by, s.display_name, l.acknowledged_at, l.acknowledged_by," \
  " a.display_name"
#define LOG_FROM \
  " FROM duty_logs l JOIN operators w ON w.id = l.written_by" \
  " LEFT JOIN operators s ON s.id = l.signed_by" \
  " LEFT JOIN operators a ON a.id = l.acknowledged_by"

static gpointer
remark_from_row (HkDutyStore *self,
                 HkStatement *stmt)
{
  HkDutyLogRemarkData data = { 0 };

  data.id = hk_statement_get_int64 (stmt, 0);
  data.log_id = hk_statement_get_int64 (stmt, 1);
  data.text = hk_statement_dup_text (stmt, 2);
  data.written_at = hk_statement_get_int64 (stmt, 3);
  data.written_by = hk_statement_get_int64 (stmt, 4);
  data.written_by_name = hk_statement_dup_text (stmt, 5);

  return hk_duty_log_remark_new_take (&data);
}

/* The open items and facts of a log: filled in after its row is read. */
static gboolean
complete_log (HkDutyStore    *self,
              HkDutyLogData  *data,
              GError        **error)
{
  gint64 at;

  if (!hk_duty_store_get_shift_bounds (self, data->day, data->shift, &data->shift_start,
                                       &data->shift_end, error))
    return FALSE;

  at = MIN (hk_database_get_now (self->database), data->shift_end);

  if (data->signed_at != 0)
    data->facts = read_frozen_facts (self, data->id, data->signed_at, error);
  else
    data->facts = hk_duty_store_compute_facts (self, data->day, data->shift, error);

  if (data->facts == NULL ||
      !(data->remarks = hk_duty_store_read (self,
                                            "SELECT r.id, r.log_id, r.text, r.written_at,"
                                            " r.written_by, o.display_name FROM duty_log_remarks r"
                                            " JOIN operators o ON o.id = r.written_by"
                                            " WHERE r.log_id = ?4 AND ?1 IS NULL AND ?2 IS NULL"
                                            " AND ?3 IS NULL ORDER BY r.written_at, r.id",
                                            NULL, NULL, NULL, data->id, remark_from_row,
                                            g_object_unref, error)) ||
      !(data->open_faults = hk_duty_store_list_open_faults (self, at, error)))
    return FALSE;

  {
    g_autoptr(GPtrArray) incidents = NULL;
    g_autoptr(GPtrArray) windows = NULL;

    if (!(incidents = hk_duty_store_list_incidents (self, data->day, data->day, error)) ||
        !(windows = hk_duty_store_list_cleaning_windows (self, data->day, at, error)))
      return FALSE;

    data->incidents = g_ptr_array_new_with_free_func (g_object_unref);
    for (guint i = 0; i < incidents->len; i++)
      if (hk_incident_get_shift (g_ptr_array_index (incidents, i)) == data->shift)
        g_ptr_array_add (data->incidents, g_object_ref (g_ptr_array_index (incidents, i)));

    data->cleaning_windows =
      g_ptr_array_new_with_free_func ((GDestroyNotify)hk_cleaning_window_free);
    for (guint i = 0; i < windows->len; i++)
      {
        HkCleaningWindow *window = g_ptr_array_index (windows, i);

        if (window->end > data->shift_start && window->end <= data->shift_end)
          g_ptr_array_add (data->cleaning_windows, hk_cleaning_window_copy (window));
      }
  }

  return TRUE;
}

static void
log_data_clear (HkDutyLogData *data)
{
  g_autoptr(HkDutyLog) log = hk_duty_log_new_take (data);
}

static gpointer
log_from_row (HkDutyStore *self,
              HkStatement *stmt)
{
  HkDutyLogData *data = g_new0 (HkDutyLogData, 1);

  data->id = hk_statement_get_int64 (stmt, 0);
  data->day = hk_statement_dup_text (stmt, 1);
  hk_duty_shift_from_id (hk_statement_get_text (stmt, 2), &data->shift);
  data->staff_on_duty = hk_statement_dup_text (stmt, 3);
  data->deployment = hk_statement_dup_text (stmt, 4);
  data->busy_periods = hk_statement_dup_text (stmt, 5);
  data->notable_events = hk_statement_dup_text (stmt, 6);
  data->escalations = hk_statement_dup_text (stmt, 7);
  data->handover_notes = hk_statement_dup_text (stmt, 8);
  data->written_at = hk_statement_get_int64 (stmt, 9);
  data->written_by = hk_statement_get_int64 (stmt, 10);
  data->written_by_name = hk_statement_dup_text (stmt, 11);
  data->signed_at = hk_statement_get_int64 (stmt, 12);
  data->signed_by = hk_statement_get_int64 (stmt, 13);
  data->signed_by_name = hk_statement_dup_text (stmt, 14);
  data->acknowledged_at = hk_statement_get_int64 (stmt, 15);
  data->acknowledged_by = hk_statement_get_int64 (stmt, 16);
  data->acknowledged_by_name = hk_statement_dup_text (stmt, 17);
  data->status = data->acknowledged_at != 0 ? HK_DUTY_LOG_ACKNOWLEDGED
                 : data->signed_at != 0 ? HK_DUTY_LOG_SIGNED : HK_DUTY_LOG_OPEN;

  return data;
}

static void
log_data_free (gpointer data)
{
  log_data_clear (data);
  g_free (data);
}

static GPtrArray *
read_logs (HkDutyStore  *self,
           const char   *sql,
           const char   *text_1,
           const char   *text_2,
           const char   *text_3,
           GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) logs = g_ptr_array_new_with_free_func (g_object_unref);

  if (!(rows = hk_duty_store_read (self, sql, text_1, text_2, text_3, 0, log_from_row,
                                   log_data_free, error)))
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      HkDutyLogData *data = g_ptr_array_index (rows, i);

      if (!complete_log (self, data, error))
        return NULL;
      g_ptr_array_add (logs, hk_duty_log_new_take (data));
    }

  return g_steal_pointer (&logs);
}

/**
 * hk_duty_store_get_log:
 *
 * Returns: (transfer full): the duty log of @day and @shift with its facts and open items; an
 *   empty open log (id 0) when nothing is written yet
 */
HkDutyLog *
hk_duty_store_get_log (HkDutyStore  *self,
                       const char   *day,
                       HkDutyShift   shift,
                       GError      **error)
{
  g_autoptr(GPtrArray) logs = NULL;
  HkDutyLogData data = { 0 };

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);
  g_return_val_if_fail ((guint)shift < HK_DUTY_N_SHIFTS, NULL);

  if (!(logs = read_logs (self, "SELECT " LOG_COLUMNS LOG_FROM " WHERE l.day = ?1"
                          " AND l.shift = ?2 AND ?3 IS NULL AND ?4 = 0", day,
                          hk_duty_shift_to_id (shift), NULL, error)))
    return NULL;

  if (logs->len > 0)
    return g_object_ref (g_ptr_array_index (logs, 0));

  data.day = g_strdup (day);
  data.shift = shift;
  data.status = HK_DUTY_LOG_OPEN;

  if (!complete_log (self, &data, error))
    {
      log_data_clear (&data);
      return NULL;
    }

  return hk_duty_log_new_take (&data);
}

/**
 * hk_duty_store_list_logs:
 *
 * Returns: (transfer full) (element-type HkDutyLog): the logs written from @first_day to
 *   @last_day, by day and shift
 */
GPtrArray *
hk_duty_store_list_logs (HkDutyStore  *self,
                         const char   *first_day,
                         const char   *last_day,
                         GError      **error)
{
  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  return read_logs (self, "SELECT " LOG_COLUMNS LOG_FROM " WHERE l.day >= ?1 AND l.day <= ?2"
                    " AND ?3 IS NULL AND ?4 = 0 ORDER BY l.day, l.shift = 'late'", first_day,
                    last_day, NULL, error);
}

/* The log as its row has it, without its facts and open items: what a write checks. */
static HkDutyLog *
get_log_row (HkDutyStore  *self,
             const char   *day,
             HkDutyShift   shift,
             gboolean     *found,
             GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  if (!(rows = hk_duty_store_read (self, "SELECT " LOG_COLUMNS LOG_FROM " WHERE l.day = ?1"
                                   " AND l.shift = ?2 AND ?3 IS NULL AND ?4 = 0", day,
                                   hk_duty_shift_to_id (shift), NULL, 0, log_from_row,
                                   log_data_free, error)))
    return NULL;

  *found = rows->len > 0;
  if (!*found)
    return NULL;

  return hk_duty_log_new_take (g_ptr_array_index (rows, 0));
}

/* Writing the logs. */

/* A shift that has begun, of a day the hall's records may be of. */
gboolean
hk_duty_store_check_shift (HkDutyStore  *self,
                           const char   *day,
                           HkDutyShift   shift,
                           GError      **error)
{
  gint64 start = 0;

  if ((guint)shift >= HK_DUTY_N_SHIFTS)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("There is no such shift."));
      return FALSE;
    }

  if (!hk_duty_store_get_shift_bounds (self, day, shift, &start, NULL, error))
    return FALSE;

  if (start > hk_database_get_now (self->database))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The %s of %s has not begun yet."), hk_duty_shift_get_title (shift), day);
      return FALSE;
    }

  return hk_duty_store_check_day (self, day, error);
}

/**
 * hk_duty_store_save_log:
 *
 * Writes what the duty manager has to say about a shift, replacing what was saved before. A
 * signed log is refused: add a remark instead.
 *
 * Returns: (transfer full): the log as saved
 */
HkDutyLog *
hk_duty_store_save_log (HkDutyStore           *self,
                        HkOperator            *actor,
                        const char            *day,
                        HkDutyShift            shift,
                        const HkDutyLogInput  *input,
                        GError               **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) write = NULL;
  g_autoptr(HkDutyLog) current = NULL;
  g_autoptr(HkDutyLog) saved = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *summary = NULL;
  gboolean found = FALSE;
  char *clean[6] = { NULL };
  const char *texts[6];
  const char *titles[6] = {
    _("Staff on duty"), _("Deployment"), _("Busy periods"), _("Notable events"),
    _("Problems escalated"), _("Handover notes"),
  };
  gboolean ok = FALSE;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_ROLES,
                              _("Writing the duty log"), error) ||
      !hk_duty_store_check_shift (self, day, shift, error))
    return NULL;

  texts[0] = input->staff_on_duty;
  texts[1] = input->deployment;
  texts[2] = input->busy_periods;
  texts[3] = input->notable_events;
  texts[4] = input->escalations;
  texts[5] = input->handover_notes;

  for (guint i = 0; i < G_N_ELEMENTS (clean); i++)
    if (!hk_duty_store_clean_text (texts[i], FALSE, HK_DUTY_TEXT_MAX_LENGTH, titles[i],
                                   &clean[i], error))
      goto out;

  if (!(tx = hk_transaction_begin (self->database, error)))
    goto out;

  current = get_log_row (self, day, shift, &found, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      goto out;
    }

  if (current != NULL && hk_duty_log_get_status (current) != HK_DUTY_LOG_OPEN)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The duty log of %s, %s, is signed by %s: add a remark instead."), day,
                   hk_duty_shift_get_title (shift), hk_duty_log_get_signed_by_name (current));
      goto out;
    }

  if (!(write = hk_database_prepare (self->database,
                                     "INSERT INTO duty_logs (day, shift, staff_on_duty,"
                                     " deployment, busy_periods, notable_events, escalations,"
                                     " handover_notes, written_at, written_by) VALUES (?1, ?2,"
                                     " ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
                                     " ON CONFLICT (day, shift) DO UPDATE SET"
                                     " staff_on_duty = ?3, deployment = ?4, busy_periods = ?5,"
                                     " notable_events = ?6, escalations = ?7,"
                                     " handover_notes = ?8, written_at = ?9, written_by = ?10",
                                     error)))
    goto out;

  hk_statement_bind_text (write, 1, day);
  hk_statement_bind_text (write, 2, hk_duty_shift_to_id (shift));
  for (guint i = 0; i < G_N_ELEMENTS (clean); i++)
    hk_statement_bind_text (write, 3 + (int)i, clean[i]);
  hk_statement_bind_int64 (write, 9, hk_database_get_now (self->database));
  hk_statement_bind_int64 (write, 10, hk_operator_get_id (actor));

  if (!hk_statement_run (write, error) ||
      !(saved = hk_duty_store_get_log (self, day, shift, error)))
    goto out;

  summary = g_strdup_printf ("%s the duty log of %s, %s shift", found ? "updated" : "wrote", day,
                             hk_duty_shift_to_id (shift));

  if (!hk_audit_log_append (self->database, actor, "duty-log-saved", "duty_log",
                            hk_duty_log_get_id (saved), summary, error) ||
      !hk_transaction_commit (tx, error))
    goto out;

  hk_duty_store_emit_changed (self, "log", hk_duty_log_get_id (saved));
  ok = TRUE;

out:
  for (guint i = 0; i < G_N_ELEMENTS (clean); i++)
    g_free (clean[i]);

  return ok ? g_steal_pointer (&saved) : NULL;
}

/**
 * hk_duty_store_sign_log:
 *
 * The outgoing duty manager signs the saved log of a shift that has begun: its facts are
 * frozen as they are now and the log is locked. Refused while a serious incident of the shift
 * has no report.
 *
 * Returns: (transfer full): the signed log
 */
HkDutyLog *
hk_duty_store_sign_log (HkDutyStore  *self,
                        HkOperator   *actor,
                        const char   *day,
                        HkDutyShift   shift,
                        GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkDutyLog) current = NULL;
  g_autoptr(HkDutyLog) signed_log = NULL;
  g_autofree char *summary = NULL;
  HkDutyLogFacts *facts;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_ROLES,
                              _("Signing the duty log"), error) ||
      !hk_duty_store_check_shift (self, day, shift, error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_duty_store_get_log (self, day, shift, error)))
    return NULL;

  if (hk_duty_log_get_id (current) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The duty log of %s, %s, is not written yet: write it before signing."),
                   day, hk_duty_shift_get_title (shift));
      return NULL;
    }

  if (hk_duty_log_get_status (current) != HK_DUTY_LOG_OPEN)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The duty log of %s, %s, is signed by %s already."), day,
                   hk_duty_shift_get_title (shift), hk_duty_log_get_signed_by_name (current));
      return NULL;
    }

  facts = hk_duty_log_get_facts (current);
  if (facts->incidents_awaiting_report > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A serious incident of the shift has no report: write it before "
                                "signing the log.",
                                "%u serious incidents of the shift have no report: write them "
                                "before signing the log.", facts->incidents_awaiting_report),
                   facts->incidents_awaiting_report);
      return NULL;
    }

  if (!freeze_facts (self, hk_duty_log_get_id (current), facts, error) ||
      !(update = hk_database_prepare (self->database,
                                      "UPDATE duty_logs SET signed_at = ?1, signed_by = ?2"
                                      " WHERE id = ?3 AND signed_at IS NULL", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_database_get_now (self->database));
  hk_statement_bind_int64 (update, 2, hk_operator_get_id (actor));
  hk_statement_bind_int64 (update, 3, hk_duty_log_get_id (current));

  summary = g_strdup_printf ("signed the duty log of %s, %s shift (%u receipts, %u open faults,"
                             " %u missed cleaning rounds)", day, hk_duty_shift_to_id (shift),
                             facts->receipts, facts->open_faults,
                             facts->missed_cleaning_rounds);

  if (!hk_statement_run (update, error) ||
      !(signed_log = hk_duty_store_get_log (self, day, shift, error)) ||
      !hk_audit_log_append (self->database, actor, "duty-log-signed", "duty_log",
                            hk_duty_log_get_id (current), summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "log", hk_duty_log_get_id (current));

  return g_steal_pointer (&signed_log);
}

/**
 * hk_duty_store_acknowledge_log:
 *
 * The incoming duty manager, not the one who signed, acknowledges a signed log once.
 *
 * Returns: (transfer full): the acknowledged log
 */
HkDutyLog *
hk_duty_store_acknowledge_log (HkDutyStore  *self,
                               HkOperator   *actor,
                               const char   *day,
                               HkDutyShift   shift,
                               GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkDutyLog) current = NULL;
  g_autoptr(HkDutyLog) acknowledged = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_ROLES,
                              _("Acknowledging the duty log"), error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_duty_store_get_log (self, day, shift, error)))
    return NULL;

  switch (hk_duty_log_get_status (current))
    {
    case HK_DUTY_LOG_OPEN:
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The duty log of %s, %s, is not signed yet."), day,
                   hk_duty_shift_get_title (shift));
      return NULL;
    case HK_DUTY_LOG_ACKNOWLEDGED:
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("The duty log of %s, %s, is acknowledged by %s already."), day,
                   hk_duty_shift_get_title (shift),
                   hk_duty_log_get_acknowledged_by_name (current));
      return NULL;
    case HK_DUTY_LOG_SIGNED:
    default:
      break;
    }

  if (hk_duty_log_get_signed_by (current) == hk_operator_get_id (actor))
    {
      hk_permission_refuse (self->database, &tx, actor, "duty_log", hk_duty_log_get_id (current),
                            error, "%s",
                            _("The incoming duty manager acknowledges the log, not the one who "
                              "signed it."));
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE duty_logs SET acknowledged_at = ?1,"
                                      " acknowledged_by = ?2 WHERE id = ?3", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, hk_database_get_now (self->database));
  hk_statement_bind_int64 (update, 2, hk_operator_get_id (actor));
  hk_statement_bind_int64 (update, 3, hk_duty_log_get_id (current));

  summary = g_strdup_printf ("acknowledged the duty log of %s, %s shift", day,
                             hk_duty_shift_to_id (shift));

  if (!hk_statement_run (update, error) ||
      !(acknowledged = hk_duty_store_get_log (self, day, shift, error)) ||
      !hk_audit_log_append (self->database, actor, "duty-log-acknowledged", "duty_log",
                            hk_duty_log_get_id (current), summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "log", hk_duty_log_get_id (current));

  return g_steal_pointer (&acknowledged);
}

/**
 * hk_duty_store_add_remark:
 *
 * Appends a remark to a signed log: the signed text stays as it is.
 *
 * Returns: (transfer full): the log with the remark
 */
HkDutyLog *
hk_duty_store_add_remark (HkDutyStore  *self,
                          HkOperator   *actor,
                          const char   *day,
                          HkDutyShift   shift,
                          const char   *text,
                          GError      **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkDutyLog) current = NULL;
  g_autoptr(HkDutyLog) remarked = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *summary = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_DUTY_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_DUTY_ROLES,
                              _("Adding a remark to the duty log"), error) ||
      !hk_duty_store_clean_text (text, TRUE, HK_DUTY_TEXT_MAX_LENGTH, _("The remark"), &clean,
                                 error))
    return NULL;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(current = hk_duty_store_get_log (self, day, shift, error)))
    return NULL;

  if (hk_duty_log_get_status (current) == HK_DUTY_LOG_OPEN)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The duty log of %s, %s, is not signed: edit it instead of adding a "
                     "remark."), day, hk_duty_shift_get_title (shift));
      return NULL;
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO duty_log_remarks (log_id, text, written_at,"
                                      " written_by) VALUES (?1, ?2, ?3, ?4)", error)))
    return NULL;

  hk_statement_bind_int64 (insert, 1, hk_duty_log_get_id (current));
  hk_statement_bind_text (insert, 2, clean);
  hk_statement_bind_int64 (insert, 3, hk_database_get_now (self->database));
  hk_statement_bind_int64 (insert, 4, hk_operator_get_id (actor));

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);
  summary = g_strdup_printf ("added remark %lld to the duty log of %s, %s shift", (long long)id,
                             day, hk_duty_shift_to_id (shift));

  if (!(remarked = hk_duty_store_get_log (self, day, shift, error)) ||
      !hk_audit_log_append (self->database, actor, "duty-log-remark-added", "duty_log",
                            hk_duty_log_get_id (current), summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  hk_duty_store_emit_changed (self, "log", hk_duty_log_get_id (current));

  return g_steal_pointer (&remarked);
}
