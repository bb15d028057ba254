/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-statistics-report.c: a month's complaint statistics: by category, by channel, by
 * day, the on-time rate and the average time to resolve.
 *
 * Over the complaints received in the month (by the hall's days), as they
 * stand when the report is made:
 *
 * - resolved: resolved or closed; on time if resolved by the deadline;
 * - overdue: still open past the deadline;
 * - the on-time rate: resolved on time ÷ (resolved + overdue), the share of
 *   the complaints whose outcome against the deadline is known that met it
 *   (an open complaint not yet due does not count either way);
 * - the average time to resolve: from receiving to the resolution, over the
 *   resolved ones, in minutes.
 *
 * Each table's total row carries the month's counts and its on-time rate; the
 * average is left out of the total row, since an .xlsx total is a SUM, and is
 * among the key figures instead.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "core/hk-complaint-store.h"
#include "core/hk-error.h"
#include "hk-complaint-statistics-report.h"

typedef struct
{
  guint  received;
  guint  resolved;
  guint  on_time;
  guint  late;
  guint  open;
  guint  overdue;
  gint64 resolve_seconds;
} Tally;

enum
{
  CATEGORY_NAME,
  CATEGORY_RECEIVED,
  CATEGORY_RESOLVED,
  CATEGORY_ON_TIME,
  CATEGORY_LATE,
  CATEGORY_OPEN,
  CATEGORY_OVERDUE,
  CATEGORY_RATE,
  CATEGORY_AVERAGE,
};

enum
{
  CHANNEL_NAME,
  CHANNEL_RECEIVED,
  CHANNEL_RESOLVED,
  CHANNEL_ON_TIME,
  CHANNEL_OVERDUE,
  CHANNEL_RATE,
  CHANNEL_AVERAGE,
};

enum
{
  DAY_DAY,
  DAY_RECEIVED,
  DAY_ENTERED_LATE,
};

static void
count (Tally       *tally,
       HkComplaint *complaint,
       gint64       now)
{
  HkComplaintSla sla = hk_complaint_get_sla (complaint, now);

  tally->received++;

  if (hk_complaint_get_status (complaint) == HK_COMPLAINT_OPEN)
    {
      tally->open++;
      if (sla == HK_COMPLAINT_SLA_OVERDUE)
        tally->overdue++;
      return;
    }

  tally->resolved++;
  tally->resolve_seconds += hk_complaint_get_resolved_at (complaint) -
                            hk_complaint_get_received_at (complaint);
  if (sla == HK_COMPLAINT_SLA_ON_TIME)
    tally->on_time++;
  else
    tally->late++;
}

/* Resolved on time ÷ (resolved + overdue); FALSE when nothing is known yet. */
static gboolean
on_time_rate (const Tally *tally,
              double      *rate)
{
  guint known = tally->resolved + tally->overdue;

  if (known == 0)
    return FALSE;

  *rate = (double)tally->on_time / known;
  return TRUE;
}

static gboolean
average_minutes (const Tally *tally,
                 gint64      *minutes)
{
  if (tally->resolved == 0)
    return FALSE;

  *minutes = (tally->resolve_seconds / tally->resolved + 30) / 60;
  return TRUE;
}

/* "2026-10" → its first and last day. */
static gboolean
parse_month (const char  *month,
             char       **first_day,
             char       **last_day,
             GError     **error)
{
  int year = 0;
  int number = 0;
  char tail;

  if (month == NULL || strlen (month) != 7 || month[4] != '-' ||
      sscanf (month, "%4d-%2d%c", &year, &number, &tail) != 2 ||
      year < 1900 || number < 1 || number > 12)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a month; write it as YYYY-MM, e.g. 2026-10."),
                   month != NULL ? month : "");
      return FALSE;
    }

  *first_day = g_strdup_printf ("%04d-%02d-01", year, number);
  *last_day = g_strdup_printf ("%04d-%02d-%02d", year, number,
                               g_date_get_days_in_month (number, year));
  return TRUE;
}

gboolean
hk_complaint_statistics_on_time_rate (GPtrArray *complaints,
                                      gint64     now,
                                      guint     *on_time,
                                      guint     *known,
                                      double    *rate)
{
  Tally tally = { 0 };
  double result = 0;
  gboolean any;

  g_return_val_if_fail (complaints != NULL, FALSE);

  for (guint i = 0; i < complaints->len; i++)
    count (&tally, g_ptr_array_index (complaints, i), now);

  any = on_time_rate (&tally, &result);
  if (on_time != NULL)
    *on_time = tally.on_time;
  if (known != NULL)
    *known = tally.resolved + tally.overdue;
  if (rate != NULL)
    *rate = any ? result : 0.0;

  return any;
}

static void
add_tally_row (HkReportTable    *table,
               HkReportRowKind   kind,
               const char       *name,
               const Tally      *tally,
               gboolean          by_category)
{
  guint row = hk_report_table_add_row (table, kind);
  double rate = 0;
  gint64 minutes = 0;

  hk_report_table_set_text (table, row, 0, name);

  if (by_category)
    {
      hk_report_table_set_value (table, row, CATEGORY_RECEIVED, tally->received);
      hk_report_table_set_value (table, row, CATEGORY_RESOLVED, tally->resolved);
      hk_report_table_set_value (table, row, CATEGORY_ON_TIME, tally->on_time);
      hk_report_table_set_value (table, row, CATEGORY_LATE, tally->late);
      hk_report_table_set_value (table, row, CATEGORY_OPEN, tally->open);
      hk_report_table_set_value (table, row, CATEGORY_OVERDUE, tally->overdue);
      if (on_time_rate (tally, &rate))
        hk_report_table_set_ratio (table, row, CATEGORY_RATE, rate);
      if (kind == HK_REPORT_ROW_BODY && average_minutes (tally, &minutes))
        hk_report_table_set_value (table, row, CATEGORY_AVERAGE, minutes);
    }
  else
    {
      hk_report_table_set_value (table, row, CHANNEL_RECEIVED, tally->received);
      hk_report_table_set_value (table, row, CHANNEL_RESOLVED, tally->resolved);
      hk_report_table_set_value (table, row, CHANNEL_ON_TIME, tally->on_time);
      hk_report_table_set_value (table, row, CHANNEL_OVERDUE, tally->overdue);
      if (on_time_rate (tally, &rate))
        hk_report_table_set_ratio (table, row, CHANNEL_RATE, rate);
      if (kind == HK_REPORT_ROW_BODY && average_minutes (tally, &minutes))
        hk_report_table_set_value (table, row, CHANNEL_AVERAGE, minutes);
    }
}

static void
add_rate_columns (HkReportTable *table)
{
  hk_report_table_add_column (table, _("On-time rate"), HK_REPORT_COLUMN_RATIO);
  hk_report_table_add_column (table, _("Average minutes to resolve"), HK_REPORT_COLUMN_COUNT);
}

/**
 * hk_complaint_statistics_report_build:
 * @month: "YYYY-MM"
 *
 * Returns: (transfer full): the statistics of the complaints received in
 *   @month, as of the database's clock
 */
HkReport *
hk_complaint_statistics_report_build (HkContext   *context,
                                      const char  *month,
                                      GError     **error)
{
  HkComplaintStore *store;
  HkHallStore *hall;
  HkOperator *operator;
  GListModel *categories;
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GPtrArray) complaints = NULL;
  g_autoptr(GDateTime) generated = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GHashTable) by_category = NULL;
  g_autofree Tally *by_channel = g_new0 (Tally, HK_COMPLAINT_N_CHANNELS);
  g_autofree Tally *by_day = NULL;
  g_autofree guint *late_by_day = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  g_autofree char *hall_name = NULL;
  g_autofree char *rate_text = NULL;
  g_autofree char *average_text = NULL;
  HkComplaintFilter filter = { 0 };
  HkReportTable *table;
  HkReportChart *chart;
  Tally all = { 0 };
  guint n_days;
  guint n_late_entries = 0;
  guint n_callbacks = 0;
  double rate = 0;
  gint64 now;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  if (!parse_month (month, &first_day, &last_day, error))
    return NULL;

  store = hk_context_get_complaint_store (context);
  hall = hk_context_get_hall_store (context);
  filter.first_day = first_day;
  filter.last_day = last_day;

  if (!(complaints = hk_complaint_store_list (store, &filter, error)))
    return NULL;

  now = hk_database_get_now (hk_context_get_database (context));
  n_days = (guint)g_ascii_strtoull (last_day + 8, NULL, 10);
  by_day = g_new0 (Tally, n_days);
  late_by_day = g_new0 (guint, n_days);
  by_category = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < complaints->len; i++)
    {
      HkComplaint *complaint = g_ptr_array_index (complaints, i);
      gint64 category = hk_complaint_get_category_id (complaint);
      Tally *tally = g_hash_table_lookup (by_category, &category);
      guint day = (guint)g_ascii_strtoull (hk_complaint_get_received_day (complaint) + 8, NULL,
                                           10) - 1;

      if (tally == NULL)
        {
          tally = g_new0 (Tally, 1);
          g_hash_table_insert (by_category, g_memdup2 (&category, sizeof category), tally);
        }

      count (tally, complaint, now);
      count (&by_channel[hk_complaint_get_channel (complaint)], complaint, now);
      count (&all, complaint, now);
      if (day < n_days)
        {
          by_day[day].received++;
          if (hk_complaint_is_entered_late (complaint))
            late_by_day[day]++;
        }
      if (hk_complaint_is_entered_late (complaint))
        n_late_entries++;
      if (hk_complaint_has_callback_promise (complaint))
        n_callbacks++;
    }

  operator = hk_context_get_operator (context);
  generated = g_date_time_new_from_unix_utc (now);
  local = g_date_time_to_timezone (generated, hk_hall_store_get_time_zone (hall));
  hall_name = hk_hall_store_dup_name (hall);

  report = hk_report_new ("complaint-statistics", _("Complaint statistics"));
  hk_report_set_period (report, first_day, last_day, month);
  hk_report_set_hall_name (report, hall_name);
  hk_report_set_generated (report,
                           operator != NULL ? hk_operator_get_display_name (operator) : "",
                           local);

  /* Key figures. */
  hk_report_add_figure_count (report, _("Complaints received"), all.received);
  hk_report_add_figure_count (report, _("Resolved"), all.resolved);
  hk_report_add_figure_count (report, _("Overdue now"), all.overdue);
  rate_text = on_time_rate (&all, &rate) ? g_strdup_printf ("%.1f %%", rate * 100.0)
                                         : g_strdup ("—");
  hk_report_add_figure_text (report, _("On-time rate"), rate_text);
  if (all.resolved > 0)
    average_text = hk_complaint_format_duration (all.resolve_seconds / all.resolved);
  hk_report_add_figure_text (report, _("Average time to resolve"),
                             average_text != NULL ? average_text : "—");
  hk_report_add_figure_count (report, _("Entered late"), n_late_entries);
  hk_report_add_figure_count (report, _("Callbacks promised"), n_callbacks);

  /* By category: every category in use, and any other that had complaints. */
  table = hk_report_add_table (report, "by-category", _("By category"));
  hk_report_table_add_column (table, _("Category"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, C_("complaints counted", "Received"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Resolved"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("On time"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Resolved late"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Open"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Overdue"), HK_REPORT_COLUMN_COUNT);
  add_rate_columns (table);

  categories = hk_complaint_store_get_categories (store);
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(HkComplaintCategory) category = g_list_model_get_item (categories, i);
      gint64 id = hk_complaint_category_get_id (category);
      Tally *tally = g_hash_table_lookup (by_category, &id);
      Tally none = { 0 };

      if (tally == NULL && !hk_complaint_category_get_active (category))
        continue;

      add_tally_row (table, HK_REPORT_ROW_BODY, hk_complaint_category_get_title (category),
                     tally != NULL ? tally : &none, TRUE);
    }
  add_tally_row (table, HK_REPORT_ROW_TOTAL, _("Total"), &all, TRUE);

  chart = hk_report_add_chart (report, HK_REPORT_CHART_COLUMN, _("Complaints by category"),
                               table, CATEGORY_NAME);
  hk_report_chart_add_series (chart, CATEGORY_RECEIVED);
  hk_report_chart_add_series (chart, CATEGORY_OVERDUE);

  /* By channel: all five. */
  table = hk_report_add_table (report, "by-channel", _("By channel"));
  hk_report_table_add_column (table, _("Channel"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, C_("complaints counted", "Received"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Resolved"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("On time"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Overdue"), HK_REPORT_COLUMN_COUNT);
  add_rate_columns (table);

  for (guint c = 0; c < HK_COMPLAINT_N_CHANNELS; c++)
    add_tally_row (table, HK_REPORT_ROW_BODY, hk_complaint_channel_get_title (c), &by_channel[c],
                   FALSE);
  add_tally_row (table, HK_REPORT_ROW_TOTAL, _("Total"), &all, FALSE);

  chart = hk_report_add_chart (report, HK_REPORT_CHART_PIE, _("Complaints by channel"), table,
                               CHANNEL_NAME);
  hk_report_chart_add_series (chart, CHANNEL_RECEIVED);

  /* By day. */
  table = hk_report_add_table (report, "by-day", _("By day"));
  hk_report_table_add_column (table, _("Day"), HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (table, C_("complaints counted", "Received"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Entered late"), HK_REPORT_COLUMN_COUNT);

  for (guint d = 0; d < n_days; d++)
    {
      g_autofree char *day = g_strdup_printf ("%.8s%02u", first_day, d + 1);
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

      hk_report_table_set_text (table, row, DAY_DAY, day);
      hk_report_table_set_value (table, row, DAY_RECEIVED, by_day[d].received);
      hk_report_table_set_value (table, row, DAY_ENTERED_LATE, late_by_day[d]);
    }
  {
    guint row = hk_report_table_add_row (table, HK_REPORT_ROW_TOTAL);

    hk_report_table_set_text (table, row, DAY_DAY, _("Total"));
    hk_report_table_set_value (table, row, DAY_RECEIVED, all.received);
    hk_report_table_set_value (table, row, DAY_ENTERED_LATE, n_late_entries);
  }

  chart = hk_report_add_chart (report, HK_REPORT_CHART_COLUMN, _("Complaints by day"), table,
                               DAY_DAY);
  hk_report_chart_add_series (chart, DAY_RECEIVED);

  return g_steal_pointer (&report);
}
