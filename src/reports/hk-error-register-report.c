/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-error-register-report.c: the re-check and error register of a period as a report, with
 * its errors by type and month.
 *
 * The register table lists each error found (when, which file, the field
 * checked as its type, what was wrong, the cause, the correction, who checked);
 * "by-type" counts the errors of each type with a total row and a chart, and
 * "by-month" the re-checks, errors and error rate of each month of the period,
 * the figures the quality analysis reads.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "core/hk-error.h"
#include "core/hk-permission.h"
#include "core/hk-recheck-store.h"
#include "hk-error-register-report.h"

/* Who may read the error register: as for the access log. */
#define READER_ROLES HK_ARCHIVE_LOG_READER_ROLES

static char *
format_datetime (GTimeZone *zone,
                 gint64     unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, zone);

  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
}

/* "2026-10" for a whole month, "2026-10-01 – 2026-12-31" otherwise. */
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

static const char *
operator_name (HkOperatorStore *operators,
               GHashTable      *names,
               gint64           operator_id)
{
  const char *name = g_hash_table_lookup (names, &operator_id);

  if (name == NULL)
    {
      g_autoptr(HkOperator) operator = hk_operator_store_lookup_by_id (operators, operator_id,
                                                                       NULL);
      gint64 *key = g_memdup2 (&operator_id, sizeof operator_id);
      char *found = operator != NULL ? g_strdup (hk_operator_get_display_name (operator))
                                     : g_strdup_printf ("#%lld", (long long)operator_id);

      g_hash_table_insert (names, key, found);
      name = found;
    }

  return name;
}

/* Adds the month's row of "by-month": the part of the month inside the period. */
static gboolean
add_month (HkRecheckStore  *rechecks,
           HkReportTable   *table,
           int              year,
           int              month,
           const char      *first_day,
           const char      *last_day,
           HkErrorCounts   *total,
           GError         **error)
{
  g_autofree char *month_first = NULL;
  g_autofree char *month_last = NULL;
  g_autofree char *name = g_strdup_printf ("%04d-%02d", year, month);
  HkErrorCounts counts;
  guint row;

  if (!hk_recheck_month_days (year, month, &month_first, &month_last, error))
    return FALSE;

  if (!hk_recheck_store_count_errors (rechecks,
                                      strcmp (month_first, first_day) < 0 ? first_day
                                                                          : month_first,
                                      strcmp (month_last, last_day) > 0 ? last_day : month_last,
                                      &counts, error))
    return FALSE;

  row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);
  hk_report_table_set_text (table, row, 0, name);
  hk_report_table_set_value (table, row, 1, counts.n_rechecks);
  hk_report_table_set_value (table, row, 2, counts.n_errors);
  if (counts.n_rechecks > 0)
    hk_report_table_set_ratio (table, row, 3, (double)counts.n_errors / counts.n_rechecks);

  total->n_rechecks += counts.n_rechecks;
  total->n_errors += counts.n_errors;

  return TRUE;
}

/**
 * hk_error_register_report_build:
 * @actor: who builds it: an archivist, hall supervisor, duty manager or auditor
 * @first_day: the first day of the period, YYYY-MM-DD
 * @last_day: its last day
 *
 * Returns: (transfer full): the error register of the period
 */
HkReport *
hk_error_register_report_build (HkContext   *context,
                                HkOperator  *actor,
                                const char  *first_day,
                                const char  *last_day,
                                GError     **error)
{
  HkHallStore *hall;
  HkRecheckStore *rechecks;
  GTimeZone *zone;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       g_free);
  g_autoptr(GDateTime) generated_utc = NULL;
  g_autoptr(GDateTime) generated = NULL;
  g_autofree char *hall_name = NULL;
  g_autofree char *label = NULL;
  g_autofree char *rate = NULL;
  HkErrorCounts counts;
  HkErrorCounts total = { 0 };
  HkReportTable *table;
  HkReportTable *by_type;
  HkReportTable *by_month;
  HkReportChart *chart;
  int year, month, last_year, last_month;
  guint row;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (first_day != NULL && last_day != NULL, NULL);

  hall = hk_context_get_hall_store (context);
  rechecks = hk_context_get_recheck_store (context);
  zone = hk_hall_store_get_time_zone (hall);

  if (!hk_permission_require_about (hk_context_get_database (context), actor, READER_ROLES,
                                    _("Reading the error register"), "archive", 0, error) ||
      !hk_recheck_store_count_errors (rechecks, first_day, last_day, &counts, error) ||
      !(errors = hk_recheck_store_list (rechecks, first_day, last_day, TRUE, error)))
    return NULL;

  report = hk_report_new ("error-register", _("Re-check and error register"));
  label = describe_period (first_day, last_day);
  hk_report_set_period (report, first_day, last_day, label);
  hall_name = hk_hall_store_dup_name (hall);
  hk_report_set_hall_name (report, hall_name);
  generated_utc = g_date_time_new_from_unix_utc (
                    hk_database_get_now (hk_context_get_database (context)));
  generated = g_date_time_to_timezone (generated_utc, zone);
  hk_report_set_generated (report, hk_operator_get_display_name (actor), generated);

  hk_report_add_figure_count (report, _("Re-checks"), counts.n_rechecks);
  hk_report_add_figure_count (report, _("Errors found"), counts.n_errors);
  rate = counts.n_rechecks > 0
         ? g_strdup_printf ("%.1f %%", 100.0 * counts.n_errors / counts.n_rechecks)
         : g_strdup ("–");
  hk_report_add_figure_text (report, _("Error rate"), rate);

  table = hk_report_add_table (report, "errors", _("Error register"));
  hk_report_table_add_column (table, _("Checked"), HK_REPORT_COLUMN_DATETIME);
  hk_report_table_add_column (table, _("File no."), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Type"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Error"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Cause"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Correction"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Checked by"), HK_REPORT_COLUMN_TEXT);

  for (guint i = 0; i < errors->len; i++)
    {
      HkRecheck *recheck = g_ptr_array_index (errors, i);
      g_autofree char *when = format_datetime (zone, hk_recheck_get_checked_at (recheck));

      row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (table, row, 0, when);
      hk_report_table_set_text (table, row, 1, hk_recheck_get_file_no (recheck));
      hk_report_table_set_text (table, row, 2,
                                hk_recheck_field_get_title (hk_recheck_get_field (recheck)));
      hk_report_table_set_text (table, row, 3, hk_recheck_get_error (recheck));
      hk_report_table_set_text (table, row, 4, hk_recheck_get_cause (recheck));
      hk_report_table_set_text (table, row, 5, hk_recheck_get_correction (recheck));
      hk_report_table_set_text (table, row, 6,
                                operator_name (hk_context_get_operator_store (context), names,
                                               hk_recheck_get_checked_by (recheck)));
    }

  by_type = hk_report_add_table (report, "by-type", _("Errors by type"));
  hk_report_table_add_column (by_type, _("Type"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (by_type, _("Errors"), HK_REPORT_COLUMN_COUNT);
  for (guint field = 0; field < HK_N_RECHECK_FIELDS; field++)
    {
      row = hk_report_table_add_row (by_type, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (by_type, row, 0, hk_recheck_field_get_title (field));
      hk_report_table_set_value (by_type, row, 1, counts.errors[field]);
    }
  row = hk_report_table_add_row (by_type, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (by_type, row, 0, _("Total"));
  hk_report_table_set_value (by_type, row, 1, counts.n_errors);

  chart = hk_report_add_chart (report, HK_REPORT_CHART_COLUMN, _("Errors by type"), by_type, 0);
  hk_report_chart_add_series (chart, 1);

  by_month = hk_report_add_table (report, "by-month", _("By month"));
  hk_report_table_add_column (by_month, _("Month"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (by_month, _("Re-checks"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (by_month, _("Errors"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (by_month, _("Error rate"), HK_REPORT_COLUMN_RATIO);

  /* Both days were checked by the counts above. */
  sscanf (first_day, "%d-%d", &year, &month);
  sscanf (last_day, "%d-%d", &last_year, &last_month);
  while (year < last_year || (year == last_year && month <= last_month))
    {
      if (!add_month (rechecks, by_month, year, month, first_day, last_day, &total, error))
        return NULL;
      if (++month > 12)
        {
          month = 1;
          year++;
        }
    }

  row = hk_report_table_add_row (by_month, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (by_month, row, 0, _("Total"));
  hk_report_table_set_value (by_month, row, 1, total.n_rechecks);
  hk_report_table_set_value (by_month, row, 2, total.n_errors);
  /* No rate on the total row, which outputs may write as a sum: the figure has it. */

  return g_steal_pointer (&report);
}
