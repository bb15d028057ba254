/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report-builders.c: the list of report builders and what they share: the report's header,
 * the unsigned days, names and changes. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "core/hk-error.h"
#include "hk-report-builders-private.h"

static const HkReportBuilder builders[] = {
  { "daily", HK_PERIOD_DAY, FALSE, hk_report_build_daily },
  { "dekad", HK_PERIOD_DEKAD, FALSE, hk_report_build_dekad },
  { "monthly", HK_PERIOD_MONTH, FALSE, hk_report_build_monthly },
  { "journal", HK_PERIOD_DAY, TRUE, hk_report_build_journal },
};

const HkReportBuilder *
hk_report_builder_get_all (guint *n_builders)
{
  g_return_val_if_fail (n_builders != NULL, NULL);

  *n_builders = G_N_ELEMENTS (builders);

  return builders;
}

const HkReportBuilder *
hk_report_builder_lookup (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (builders); i++)
    if (g_str_equal (builders[i].id, id))
      return &builders[i];

  return NULL;
}

static const char *
title_of (const char *id)
{
  if (g_strcmp0 (id, "daily") == 0)
    return _("Daily report");
  if (g_strcmp0 (id, "dekad") == 0)
    return _("Ten-day report");
  if (g_strcmp0 (id, "monthly") == 0)
    return _("Monthly report");
  if (g_strcmp0 (id, "journal") == 0)
    return _("Daily journal");

  g_return_val_if_reached (id);
}

const char *
hk_report_builder_get_title (const HkReportBuilder *builder)
{
  g_return_val_if_fail (builder != NULL, NULL);

  return title_of (builder->id);
}

gboolean
hk_report_builder_parse_period (const HkReportBuilder  *builder,
                                const char             *text,
                                HkPeriod               *period,
                                GError                **error)
{
  g_return_val_if_fail (builder != NULL, FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  if (builder->any_period)
    return hk_period_parse_any (period, text, error);

  return hk_period_parse (period, builder->period_kind, text, error);
}

gboolean
hk_report_builder_check_kind (const HkPeriod  *period,
                              HkPeriodKind     kind,
                              GError         **error)
{
  g_return_val_if_fail (period != NULL, FALSE);

  if (period->kind == kind)
    return TRUE;

  switch (kind)
    {
    case HK_PERIOD_DAY:
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("A daily report covers one day."));
      break;
    case HK_PERIOD_DEKAD:
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A ten-day report covers a ten-day period."));
      break;
    case HK_PERIOD_MONTH:
    default:
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("A monthly report covers a month."));
      break;
    }

  return FALSE;
}

char *
hk_report_builder_format_moment (HkContext  *context,
                                 gint64      unix_seconds,
                                 const char *format)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = NULL;

  local = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (
                                          hk_context_get_hall_store (context)));

  return g_date_time_format (local, format);
}

/* A new report of @id over @period, with the hall, the period and who generated it when. */
HkReport *
hk_report_builder_begin (HkContext      *context,
                         const char     *id,
                         const HkPeriod *period,
                         const char     *generated_by)
{
  HkHallStore *hall = hk_context_get_hall_store (context);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *first = hk_period_dup_first_day (period);
  g_autofree char *last = hk_period_dup_last_day (period);
  g_autofree char *label = hk_period_dup_label (period);
  g_autofree char *hall_name = hk_hall_store_dup_name (hall);
  HkReport *report = hk_report_new (id, title_of (id));

  hk_report_set_checks_signatures (report, TRUE);

  utc = g_date_time_new_from_unix_utc (hk_database_get_now (hk_context_get_database (context)));
  now = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (hall));

  hk_report_set_period (report, first, last, label);
  hk_report_set_hall_name (report, hall_name);
  hk_report_set_generated (report, generated_by != NULL ? generated_by : "", now);

  return report;
}

const char *
hk_report_builder_operator_name (GHashTable *operators,
                                 gint64      id)
{
  HkRevenueOperator *operator = g_hash_table_lookup (operators, &id);

  if (operator == NULL)
    return "?";

  return operator->display_name != NULL && *operator->display_name != '\0'
         ? operator->display_name : operator->login;
}

/* Adds each day with an unsigned daily report, labelled with its clerks. */
gboolean
hk_report_builder_add_unsigned (HkReport        *report,
                                HkDatabase      *database,
                                const HkPeriod  *period,
                                GHashTable      *operators,
                                GError         **error)
{
  g_autoptr(GArray) days = NULL;
  guint i = 0;

  if (!(days = hk_revenue_query_unsigned (database, period, error)))
    return FALSE;

  while (i < days->len)
    {
      const char *day = g_array_index (days, HkRevenueUnsigned, i).day;
      g_autoptr(GString) clerks = g_string_new (NULL);
      g_autofree char *label = NULL;

      for (; i < days->len && g_str_equal (g_array_index (days, HkRevenueUnsigned, i).day, day);
           i++)
        {
          gint64 clerk_id = g_array_index (days, HkRevenueUnsigned, i).clerk_id;

          if (clerks->len > 0)
            /* Translators: between the names of a list of clerks. */
            g_string_append (clerks, C_("list of names", ", "));
          g_string_append (clerks, hk_report_builder_operator_name (operators, clerk_id));
        }

      /* Translators: a day whose daily reports are not signed, and the clerks whose are not:
       * "2026-10-21 (张丽, 刘洋)". */
      label = g_strdup_printf (C_("unsigned day", "%s (%s)"), day, clerks->str);
      hk_report_add_unsigned_day (report, day, label);
    }

  return TRUE;
}

double
hk_report_builder_change (gint64 now,
                          gint64 before)
{
  if (before == 0)
    return NAN;

  return (double)(now - before) / (double)llabs (before);
}

/* The change as hk_report_table_format_cell() shows a ratio, or "—" when there is none. */
char *
hk_report_builder_format_change (gint64 now,
                                 gint64 before)
{
  double change = hk_report_builder_change (now, before);

  if (!isfinite (change))
    return g_strdup ("—");

  return g_strdup_printf ("%+.1f %%", change * 100.0);
}

double
hk_report_builder_share (gint64 part,
                         gint64 whole)
{
  if (whole == 0)
    return NAN;

  return (double)part / (double)whole;
}
