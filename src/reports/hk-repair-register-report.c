/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-register-report.c: the repair register of a period, with turnaround times.
 *
 * Every ticket received in the period, one row each: who, what device, what fault, where it
 * went (the city company or not) and when it was ready and collected, the days that took,
 * whether the promised day was kept, and the fee charged. The customer's phone is masked, as
 * in every export. Beside it: the tickets by their status now, and the turnaround by route
 * (repaired in the hall, or by way of the city company). Built once; the screen, the .xlsx
 * file and the command line's text render this one value.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "core/hk-error.h"
#include "core/hk-privacy.h"
#include "core/hk-repair-types.h"

#include "hk-repair-register-report.h"

enum
{
  ROUTE_HALL,
  ROUTE_CITY,
  N_ROUTES
};

typedef struct
{
  guint  tickets;
  guint  ready;
  guint  within_promise;
  gint64 total_days;
  gint64 longest;
} Route;

/* Whole days from one "YYYY-MM-DD" to another. */
static gint64
days_between (const char *from,
              const char *to)
{
  int y1, m1, d1, y2, m2, d2;
  g_autoptr(GDate) a = NULL;
  g_autoptr(GDate) b = NULL;

  if (from == NULL || to == NULL ||
      sscanf (from, "%d-%d-%d", &y1, &m1, &d1) != 3 ||
      sscanf (to, "%d-%d-%d", &y2, &m2, &d2) != 3 ||
      !g_date_valid_dmy (d1, m1, y1) || !g_date_valid_dmy (d2, m2, y2))
    return 0;

  a = g_date_new_dmy (d1, m1, y1);
  b = g_date_new_dmy (d2, m2, y2);

  return g_date_days_between (a, b);
}

static char *
format_datetime (HkHallStore *hall,
                 gint64       unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (hall));

  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
}

/* A day of a moment, or NULL for no moment (0). */
static char *
day_of (HkHallStore *hall,
        gint64       unix_seconds)
{
  return unix_seconds != 0 ? hk_hall_store_format_day (hall, unix_seconds) : NULL;
}

static void
set_text_if (HkReportTable *table,
             guint          row,
             guint          column,
             const char    *text)
{
  if (text != NULL && *text != '\0')
    hk_report_table_set_text (table, row, column, text);
}

static void
add_header (HkReport   *report,
            HkContext  *context,
            const char *first_day,
            const char *last_day)
{
  HkHallStore *hall = hk_context_get_hall_store (context);
  HkOperator *operator = hk_context_get_operator (context);
  g_autofree char *hall_name = hk_hall_store_dup_name (hall);
  g_autofree char *label = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) now = NULL;

  label = g_strcmp0 (first_day, last_day) == 0 ? g_strdup (first_day)
                                                : g_strdup_printf ("%s – %s", first_day, last_day);
  hk_report_set_period (report, first_day, last_day, label);
  hk_report_set_hall_name (report, hall_name);

  utc = g_date_time_new_from_unix_utc (hk_database_get_now (hk_context_get_database (context)));
  now = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (hall));
  hk_report_set_generated (report, operator != NULL ? hk_operator_get_display_name (operator)
                                                    : NULL, now);
}

/**
 * hk_repair_register_report_build:
 * @context: the hall
 * @first_day: the first intake day, "YYYY-MM-DD"
 * @last_day: the last intake day
 *
 * Returns: (transfer full): the register of the tickets received from @first_day to
 *   @last_day, or %NULL with @error set (%HK_ERROR_INVALID for a bad period)
 */
HkReport *
hk_repair_register_report_build (HkContext   *context,
                                 const char  *first_day,
                                 const char  *last_day,
                                 GError     **error)
{
  HkDatabase *database;
  HkHallStore *hall;
  g_autoptr(HkReport) report = NULL;
  g_autoptr(HkStatement) stmt = NULL;
  g_autofree char *today = NULL;
  HkReportTable *table;
  HkReportTable *by_status;
  HkReportTable *turnaround;
  HkReportChart *chart;
  GError *local_error = NULL;
  Route routes[N_ROUTES] = { { 0 } };
  guint n_status[HK_REPAIR_N_STATUSES] = { 0 };
  guint n_tickets = 0;
  guint n_handed_over = 0;
  guint n_overdue = 0;
  gint64 fees = 0;
  guint row;
  enum
  {
    COL_TICKET, COL_RECEIVED, COL_CUSTOMER, COL_PHONE, COL_DEVICE, COL_IMEI, COL_FAULT,
    COL_WARRANTY, COL_TECHNICIAN, COL_PROMISED, COL_STATUS, COL_SENT, COL_BACK, COL_READY,
    COL_HANDED_OVER, COL_DAYS_TO_READY, COL_DAYS_IN_HALL, COL_LATE, COL_FEE, COL_RECEIPT,
  };

  G_STATIC_ASSERT (COL_SENT == HK_REPAIR_REGISTER_COLUMN_SENT);
  G_STATIC_ASSERT (COL_DAYS_TO_READY == HK_REPAIR_REGISTER_COLUMN_DAYS_TO_READY);

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (first_day != NULL && last_day != NULL, NULL);

  database = hk_context_get_database (context);
  hall = hk_context_get_hall_store (context);

  if (!hk_hall_store_parse_day (hall, first_day, NULL, NULL, error) ||
      !hk_hall_store_parse_day (hall, last_day, NULL, NULL, error))
    return NULL;

  if (g_strcmp0 (first_day, last_day) > 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The period ends (%s) before it begins (%s)."), last_day, first_day);
      return NULL;
    }

  report = hk_report_new ("repair-register", _("Repair register"));
  add_header (report, context, first_day, last_day);
  today = hk_hall_store_format_day (hall, hk_database_get_now (database));

  table = hk_report_add_table (report, "register", _("Register"));
  hk_report_table_add_column (table, _("Ticket"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, C_("repair ticket", "Received"), HK_REPORT_COLUMN_DATETIME);
  hk_report_table_add_column (table, _("Customer"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Phone"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Device"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("IMEI"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Fault"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Warranty"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Technician"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Promised"), HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (table, _("Status"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Sent to the city company"), HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (table, _("Back from the city company"), HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (table, _("Ready"), HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (table, _("Handed over"), HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (table, _("Days to ready"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Days in the hall"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Late"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Fee"), HK_REPORT_COLUMN_MONEY);
  hk_report_table_add_column (table, _("Receipt"), HK_REPORT_COLUMN_TEXT);

  if (!(stmt = hk_database_prepare (database,
                                    "SELECT t.ticket_no, t.received_at, t.customer_name,"
                                    " t.customer_phone, t.brand || ' ' || t.model, t.imei, t.fault,"
                                    " t.warranty, tech.display_name, t.promised_day, t.status,"
                                    " t.intake_day,"
                                    " (SELECT min (e.at) FROM repair_events e"
                                    "   WHERE e.ticket_id = t.id AND e.kind = 'dispatch'),"
                                    " (SELECT max (e.at) FROM repair_events e"
                                    "   WHERE e.ticket_id = t.id AND e.kind = 'return'),"
                                    " (SELECT min (e.at) FROM repair_events e"
                                    "   WHERE e.ticket_id = t.id"
                                    "   AND e.to_status IN ('ready', 'unrepaired')),"
                                    " coalesce (t.handed_over_at, 0),"
                                    " coalesce (t.charged_total, (SELECT coalesce (sum (l.amount),"
                                    "   0) FROM repair_fee_lines l WHERE l.ticket_id = t.id"
                                    "   AND l.voided_at IS NULL)),"
                                    " r.invoice_code, r.number"
                                    " FROM repair_tickets t"
                                    " JOIN operators tech ON tech.id = t.technician_id"
                                    " LEFT JOIN receipts r ON r.id = t.receipt_id"
                                    " WHERE t.intake_day BETWEEN ?1 AND ?2"
                                    " ORDER BY t.ticket_no", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, first_day);
  hk_statement_bind_text (stmt, 2, last_day);

  while (hk_statement_step (stmt, &local_error))
    {
      g_autofree char *received = format_datetime (hall, hk_statement_get_int64 (stmt, 1));
      g_autofree char *phone = hk_privacy_mask_phone (hk_statement_get_text (stmt, 3));
      g_autofree char *sent = day_of (hall, hk_statement_get_int64 (stmt, 12));
      g_autofree char *back = day_of (hall, hk_statement_get_int64 (stmt, 13));
      g_autofree char *ready = day_of (hall, hk_statement_get_int64 (stmt, 14));
      g_autofree char *handed = day_of (hall, hk_statement_get_int64 (stmt, 15));
      g_autofree char *receipt = NULL;
      const char *intake_day = hk_statement_get_text (stmt, 11);
      const char *promised = hk_statement_get_text (stmt, 9);
      HkRepairStatus status = HK_REPAIR_RECEIVED;
      HkRepairWarranty warranty = HK_REPAIR_WARRANTY_UNKNOWN;
      Route *route;
      gboolean late;
      gint64 fee = hk_statement_get_int64 (stmt, 16);

      hk_repair_status_from_id (hk_statement_get_text (stmt, 10), &status);
      hk_repair_warranty_from_id (hk_statement_get_text (stmt, 7), &warranty);
      if (!hk_statement_is_null (stmt, 17))
        receipt = g_strdup_printf ("%s-%08lld", hk_statement_get_text (stmt, 17),
                                   (long long)hk_statement_get_int64 (stmt, 18));

      /* Late: ready after the promised day, or not ready and the promised day is past. */
      late = ready != NULL ? g_strcmp0 (ready, promised) > 0
                           : g_strcmp0 (today, promised) > 0;

      row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (table, row, COL_TICKET, hk_statement_get_text (stmt, 0));
      hk_report_table_set_text (table, row, COL_RECEIVED, received);
      hk_report_table_set_text (table, row, COL_CUSTOMER, hk_statement_get_text (stmt, 2));
      hk_report_table_set_text (table, row, COL_PHONE, phone);
      hk_report_table_set_text (table, row, COL_DEVICE, hk_statement_get_text (stmt, 4));
      hk_report_table_set_text (table, row, COL_IMEI, hk_statement_get_text (stmt, 5));
      hk_report_table_set_text (table, row, COL_FAULT, hk_statement_get_text (stmt, 6));
      hk_report_table_set_text (table, row, COL_WARRANTY, hk_repair_warranty_get_title (warranty));
      hk_report_table_set_text (table, row, COL_TECHNICIAN, hk_statement_get_text (stmt, 8));
      hk_report_table_set_text (table, row, COL_PROMISED, promised);
      hk_report_table_set_text (table, row, COL_STATUS, hk_repair_status_get_title (status));
      set_text_if (table, row, COL_SENT, sent);
      set_text_if (table, row, COL_BACK, back);
      set_text_if (table, row, COL_READY, ready);
      set_text_if (table, row, COL_HANDED_OVER, handed);
      if (ready != NULL)
        hk_report_table_set_value (table, row, COL_DAYS_TO_READY, days_between (intake_day, ready));
      if (handed != NULL)
        hk_report_table_set_value (table, row, COL_DAYS_IN_HALL,
                                   days_between (intake_day, handed));
      if (late)
        hk_report_table_set_text (table, row, COL_LATE, _("late"));
      hk_report_table_set_value (table, row, COL_FEE, fee);
      set_text_if (table, row, COL_RECEIPT, receipt);

      n_tickets++;
      n_status[status]++;
      fees += fee;
      if (handed != NULL)
        n_handed_over++;
      if (hk_repair_status_can_be_overdue (status) && g_strcmp0 (today, promised) > 0)
        n_overdue++;

      route = &routes[sent != NULL ? ROUTE_CITY : ROUTE_HALL];
      route->tickets++;
      if (ready != NULL)
        {
          gint64 days = days_between (intake_day, ready);

          route->ready++;
          route->total_days += days;
          route->longest = MAX (route->longest, days);
          if (!late)
            route->within_promise++;
        }
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  row = hk_report_table_add_row (table, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (table, row, COL_TICKET, _("Total"));
  hk_report_table_set_value (table, row, COL_FEE, fees);

  /* The tickets by their status now. */
  by_status = hk_report_add_table (report, "by-status", _("By status"));
  hk_report_table_add_column (by_status, _("Status"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (by_status, _("Tickets"), HK_REPORT_COLUMN_COUNT);
  for (guint s = 0; s < HK_REPAIR_N_STATUSES; s++)
    {
      row = hk_report_table_add_row (by_status, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (by_status, row, 0, hk_repair_status_get_title (s));
      hk_report_table_set_value (by_status, row, 1, n_status[s]);
    }
  row = hk_report_table_add_row (by_status, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (by_status, row, 0, _("Total"));
  hk_report_table_set_value (by_status, row, 1, n_tickets);

  chart = hk_report_add_chart (report, HK_REPORT_CHART_COLUMN, _("Tickets by status"), by_status,
                               0);
  hk_report_chart_add_series (chart, 1);

  /* Turnaround by route. */
  turnaround = hk_report_add_table (report, "turnaround", _("Turnaround"));
  hk_report_table_add_column (turnaround, _("Route"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (turnaround, _("Tickets"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (turnaround, _("Ready"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (turnaround, _("Ready by the promised day"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (turnaround, _("Days to ready, in all"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (turnaround, _("Longest, days"), HK_REPORT_COLUMN_COUNT);
  for (guint r = 0; r < N_ROUTES; r++)
    {
      row = hk_report_table_add_row (turnaround, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (turnaround, row, 0, r == ROUTE_HALL
                                                    ? _("Repaired in the hall")
                                                    : _("By way of the city company"));
      hk_report_table_set_value (turnaround, row, 1, routes[r].tickets);
      hk_report_table_set_value (turnaround, row, 2, routes[r].ready);
      hk_report_table_set_value (turnaround, row, 3, routes[r].within_promise);
      hk_report_table_set_value (turnaround, row, 4, routes[r].total_days);
      hk_report_table_set_value (turnaround, row, 5, routes[r].longest);
    }

  /* The key figures. */
  hk_report_add_figure_count (report, _("Tickets received"), n_tickets);
  hk_report_add_figure_count (report, _("Handed over"), n_handed_over);
  hk_report_add_figure_count (report, _("Sent to the city company"), routes[ROUTE_CITY].tickets);
  hk_report_add_figure_count (report, _("Overdue now"), n_overdue);
  for (guint r = 0; r < N_ROUTES; r++)
    {
      g_autofree char *average = NULL;

      if (routes[r].ready == 0)
        average = g_strdup ("—");
      else
        /* Translators: an average turnaround, "2.5 days" */
        average = g_strdup_printf (_("%.1f days"),
                                   (double)routes[r].total_days / routes[r].ready);
      hk_report_add_figure_text (report, r == ROUTE_HALL
                                         ? _("Average days to ready, in the hall")
                                         : _("Average days to ready, by the city company"),
                                 average);
    }
  hk_report_add_figure_money (report, _("Fees of these tickets"), fees);

  return g_steal_pointer (&report);
}
