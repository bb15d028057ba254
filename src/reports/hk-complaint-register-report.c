/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-register-report.c: the complaint register of a period, one row per complaint.
 *
 * Every complaint received from the first to the last day of the period, in
 * the order received: when it was received, through which channel, its
 * category, the customer's phone masked, the first-contact owner, the handler,
 * the deadline, the status, the deadline state when the report is made, and
 * whether it was entered late and by how much. Key figures above it count the
 * complaints, those not closed, those overdue now and those entered late.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-complaint-store.h"
#include "core/hk-error.h"
#include "hk-complaint-register-report.h"

enum
{
  COLUMN_NUMBER,
  COLUMN_RECEIVED,
  COLUMN_CHANNEL,
  COLUMN_CATEGORY,
  COLUMN_PHONE,
  COLUMN_OWNER,
  COLUMN_HANDLER,
  COLUMN_DEADLINE,
  COLUMN_STATUS,
  COLUMN_SLA,
  COLUMN_ENTERED_LATE,
  N_COLUMNS
};

/* "YYYY-MM-DD HH:MM:SS" in the hall's time zone, as HK_REPORT_COLUMN_DATETIME wants it. */
static char *
format_datetime (GTimeZone *time_zone,
                 gint64     unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, time_zone);

  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
}

/**
 * hk_complaint_register_report_build:
 * @first_day: "YYYY-MM-DD", the first day of the period
 * @last_day: "YYYY-MM-DD", the last day, not before @first_day
 *
 * Returns: (transfer full): the register of the complaints received in the
 *   period, their deadline states as of the database's clock
 */
HkReport *
hk_complaint_register_report_build (HkContext   *context,
                                    const char  *first_day,
                                    const char  *last_day,
                                    GError     **error)
{
  HkHallStore *hall;
  HkOperator *operator;
  GTimeZone *time_zone;
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GPtrArray) complaints = NULL;
  g_autoptr(GDateTime) generated = NULL;
  g_autofree char *hall_name = NULL;
  g_autofree char *label = NULL;
  HkComplaintFilter filter = { .first_day = first_day, .last_day = last_day };
  HkReportTable *table;
  guint n_not_closed = 0;
  guint n_overdue = 0;
  guint n_late_entries = 0;
  gint64 now;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  hall = hk_context_get_hall_store (context);
  time_zone = hk_hall_store_get_time_zone (hall);

  if (!hk_hall_store_parse_day (hall, first_day, NULL, NULL, error) ||
      !hk_hall_store_parse_day (hall, last_day, NULL, NULL, error))
    return NULL;

  if (g_strcmp0 (first_day, last_day) > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The period ends on %s, before it begins on %s."), last_day, first_day);
      return NULL;
    }

  if (!(complaints = hk_complaint_store_list (hk_context_get_complaint_store (context), &filter,
                                              error)))
    return NULL;

  now = hk_database_get_now (hk_context_get_database (context));
  operator = hk_context_get_operator (context);
  generated = g_date_time_new_from_unix_utc (now);
  hall_name = hk_hall_store_dup_name (hall);
  /* Translators: a period, "2026-10-01 – 2026-10-31" */
  label = g_strdup_printf (_("%s – %s"), first_day, last_day);

  report = hk_report_new ("complaint-register", _("Complaint register"));
  hk_report_set_period (report, first_day, last_day, label);
  hk_report_set_hall_name (report, hall_name);
  {
    g_autoptr(GDateTime) local = g_date_time_to_timezone (generated, time_zone);

    hk_report_set_generated (report, operator != NULL ? hk_operator_get_display_name (operator)
                                                      : "", local);
  }

  /* Translators: the sheet of the complaint register; at most 31 characters */
  table = hk_report_add_table (report, "register", _("Complaints"));
  hk_report_table_add_column (table, C_("complaint", "No."), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, C_("complaint", "Received"), HK_REPORT_COLUMN_DATETIME);
  hk_report_table_add_column (table, _("Channel"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Category"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Customer phone"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("First-contact owner"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Handler"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Deadline"), HK_REPORT_COLUMN_DATETIME);
  hk_report_table_add_column (table, _("Status"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Deadline state"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Entered late"), HK_REPORT_COLUMN_TEXT);

  for (guint i = 0; i < complaints->len; i++)
    {
      HkComplaint *complaint = g_ptr_array_index (complaints, i);
      g_autofree char *number = g_strdup_printf ("%lld",
                                                 (long long)hk_complaint_get_id (complaint));
      g_autofree char *received = format_datetime (time_zone,
                                                   hk_complaint_get_received_at (complaint));
      g_autofree char *deadline = format_datetime (time_zone,
                                                   hk_complaint_get_deadline (complaint));
      g_autofree char *phone = hk_complaint_dup_masked_phone (complaint);
      g_autofree char *late = NULL;
      HkComplaintSla sla = hk_complaint_get_sla (complaint, now);
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

      if (hk_complaint_is_entered_late (complaint))
        {
          g_autofree char *delay = hk_complaint_format_duration (
                                     hk_complaint_get_entry_delay (complaint));

          /* Translators: entered late, and by how much: "Yes, 1 d 2 h" */
          late = g_strdup_printf (_("Yes, %s"), delay);
          n_late_entries++;
        }

      if (hk_complaint_get_status (complaint) != HK_COMPLAINT_CLOSED)
        n_not_closed++;
      if (sla == HK_COMPLAINT_SLA_OVERDUE)
        n_overdue++;

      hk_report_table_set_text (table, row, COLUMN_NUMBER, number);
      hk_report_table_set_text (table, row, COLUMN_RECEIVED, received);
      hk_report_table_set_text (table, row, COLUMN_CHANNEL,
                                hk_complaint_channel_get_title (
                                  hk_complaint_get_channel (complaint)));
      hk_report_table_set_text (table, row, COLUMN_CATEGORY,
                                hk_complaint_get_category_title (complaint));
      if (*phone != '\0')
        hk_report_table_set_text (table, row, COLUMN_PHONE, phone);
      hk_report_table_set_text (table, row, COLUMN_OWNER, hk_complaint_get_owner_name (complaint));
      hk_report_table_set_text (table, row, COLUMN_HANDLER,
                                hk_complaint_get_handler_name (complaint));
      hk_report_table_set_text (table, row, COLUMN_DEADLINE, deadline);
      hk_report_table_set_text (table, row, COLUMN_STATUS,
                                hk_complaint_status_get_title (
                                  hk_complaint_get_status (complaint)));
      hk_report_table_set_text (table, row, COLUMN_SLA, hk_complaint_sla_get_title (sla));
      if (late != NULL)
        hk_report_table_set_text (table, row, COLUMN_ENTERED_LATE, late);
    }

  hk_report_add_figure_count (report, _("Complaints"), complaints->len);
  hk_report_add_figure_count (report, _("Not closed"), n_not_closed);
  hk_report_add_figure_count (report, _("Overdue now"), n_overdue);
  hk_report_add_figure_count (report, _("Entered late"), n_late_entries);

  return g_steal_pointer (&report);
}
