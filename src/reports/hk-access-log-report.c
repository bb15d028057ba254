/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-access-log-report.c: the archive's access log of a period as a report, for screen and
 * Excel.
 *
 * Reads the access log through the customer file store, so that building the
 * report is itself a row of the log. One table holds every entry (time,
 * operator, action, file, details with identity data masked), a second the
 * number of entries by action, and the key figures count views, reveals,
 * releases, returns, exports and refusals.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "core/hk-customer-file-store.h"
#include "core/hk-error.h"
#include "hk-access-log-report.h"

/* Entries by action: the key figures, in this order. */
static const struct
{
  const char *action;
  const char *label;
} figures[] = {
  { "file-viewed", N_("Details viewed") },
  { "identity-revealed", N_("Identity data shown") },
  { "file-released", N_("Files released") },
  { "file-returned", N_("Files returned") },
  { "archive-exported", N_("Exports") },
  { "permission-denied", N_("Refusals") },
};

static char *
format_datetime (GTimeZone *zone,
                 gint64     unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, zone);

  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
}

/* "2026-10" for a whole month, "2026-10-01 – 2026-10-15" otherwise. */
static char *
describe_period (const char *first_day,
                 const char *last_day)
{
  int year = 0, month = 0, day = 0;

  if (sscanf (first_day, "%d-%d-%d", &year, &month, &day) == 3 && day == 1 &&
      strncmp (first_day, last_day, 8) == 0 &&
      g_ascii_strtoll (last_day + 8, NULL, 10) == g_date_get_days_in_month (month, year))
    return g_strndup (first_day, 7);

  if (g_str_equal (first_day, last_day))
    return g_strdup (first_day);

  return g_strdup_printf ("%s – %s", first_day, last_day);
}

static guint
count_action (GHashTable *counts,
              const char *action)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, action));
}

/**
 * hk_access_log_report_build:
 * @actor: who builds it: an archivist, hall supervisor, duty manager or auditor
 * @first_day: the first day of the period, YYYY-MM-DD
 * @last_day: its last day
 *
 * Reads the access log of the period (a reading that the log records) and
 * builds its report.
 *
 * Returns: (transfer full): the report
 */
HkReport *
hk_access_log_report_build (HkContext   *context,
                            HkOperator  *actor,
                            const char  *first_day,
                            const char  *last_day,
                            GError     **error)
{
  HkHallStore *hall;
  GTimeZone *zone;
  HkAccessLogQuery query = { 0 };
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();
  g_autoptr(GDateTime) generated_utc = NULL;
  g_autoptr(GDateTime) generated = NULL;
  g_autofree char *hall_name = NULL;
  g_autofree char *label = NULL;
  HkReportTable *table;
  HkReportTable *by_action;
  guint row;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (first_day != NULL && last_day != NULL, NULL);

  hall = hk_context_get_hall_store (context);
  zone = hk_hall_store_get_time_zone (hall);

  if (!hk_hall_store_parse_day (hall, first_day, &query.from, NULL, error) ||
      !hk_hall_store_parse_day (hall, last_day, NULL, &query.until, error))
    return NULL;

  if (query.until <= query.from)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The period ends on %s, before it begins on %s."), last_day, first_day);
      return NULL;
    }

  if (!(entries = hk_customer_file_store_read_access_log (
                    hk_context_get_customer_file_store (context), actor, &query, error)))
    return NULL;

  report = hk_report_new ("access-log", _("Access log of the customer files"));
  label = describe_period (first_day, last_day);
  hk_report_set_period (report, first_day, last_day, label);
  hall_name = hk_hall_store_dup_name (hall);
  hk_report_set_hall_name (report, hall_name);
  generated_utc = g_date_time_new_from_unix_utc (
                    hk_database_get_now (hk_context_get_database (context)));
  generated = g_date_time_to_timezone (generated_utc, zone);
  hk_report_set_generated (report, hk_operator_get_display_name (actor), generated);

  table = hk_report_add_table (report, "entries", _("Access log"));
  hk_report_table_add_column (table, C_("audit entry", "No."), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Time"), HK_REPORT_COLUMN_DATETIME);
  hk_report_table_add_column (table, _("Operator"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Action"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("File no."), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Details"), HK_REPORT_COLUMN_TEXT);

  for (guint i = 0; i < entries->len; i++)
    {
      HkAccessLogEntry *entry = g_ptr_array_index (entries, i);
      const char *action = hk_access_log_entry_get_action (entry);
      g_autofree char *seq = g_strdup_printf ("%lld",
                                              (long long)hk_access_log_entry_get_seq (entry));
      g_autofree char *when = format_datetime (zone, hk_access_log_entry_get_at (entry));
      g_autofree char *who = NULL;

      who = g_strcmp0 (hk_access_log_entry_get_operator_name (entry),
                       hk_access_log_entry_get_operator_login (entry)) == 0
            ? g_strdup (hk_access_log_entry_get_operator_login (entry))
            : g_strdup_printf ("%s (%s)", hk_access_log_entry_get_operator_name (entry),
                               hk_access_log_entry_get_operator_login (entry));

      row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (table, row, 0, seq);
      hk_report_table_set_text (table, row, 1, when);
      hk_report_table_set_text (table, row, 2, who);
      hk_report_table_set_text (table, row, 3, hk_access_log_entry_get_action_title (entry));
      hk_report_table_set_text (table, row, 4, hk_access_log_entry_get_file_no (entry));
      hk_report_table_set_text (table, row, 5, hk_access_log_entry_get_summary (entry));

      if (!g_hash_table_contains (counts, action))
        g_ptr_array_add (actions, (gpointer)action);
      g_hash_table_insert (counts, (gpointer)action,
                           GUINT_TO_POINTER (count_action (counts, action) + 1));
    }

  by_action = hk_report_add_table (report, "by-action", _("By action"));
  hk_report_table_add_column (by_action, _("Action"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (by_action, _("Entries"), HK_REPORT_COLUMN_COUNT);

  for (guint i = 0; i < actions->len; i++)
    {
      const char *action = g_ptr_array_index (actions, i);

      row = hk_report_table_add_row (by_action, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (by_action, row, 0, hk_access_log_action_get_title (action));
      hk_report_table_set_value (by_action, row, 1, count_action (counts, action));
    }

  row = hk_report_table_add_row (by_action, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (by_action, row, 0, _("Total"));
  hk_report_table_set_value (by_action, row, 1, entries->len);

  hk_report_add_figure_count (report, _("Entries"), entries->len);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    hk_report_add_figure_count (report, _(figures[i].label),
                                count_action (counts, figures[i].action));

  return g_steal_pointer (&report);
}
