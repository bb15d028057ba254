/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-dispatch-report.c: the dispatch list of a batch sent to the city company.
 *
 * The batch's number, day, courier and waybill as key figures, and one row per device in the
 * order of the list: the ticket, the device and its IMEI, the fault, the warranty, and, as
 * the devices come back, the day, whether the city company repaired it and its report. The
 * printed dispatch list (hk-repair-printout.c) and the .xlsx file render this one value.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-repair-store.h"

#include "hk-repair-dispatch-report.h"

/**
 * hk_repair_dispatch_report_build:
 * @context: the hall
 * @batch_id: the dispatch batch
 *
 * Returns: (transfer full): the dispatch list, or %NULL with @error set
 *   (%HK_ERROR_NOT_FOUND for an unknown batch)
 */
HkReport *
hk_repair_dispatch_report_build (HkContext  *context,
                                 gint64      batch_id,
                                 GError    **error)
{
  HkRepairStore *store;
  HkHallStore *hall;
  HkOperator *operator;
  g_autoptr(HkReport) report = NULL;
  g_autoptr(HkRepairBatch) batch = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *hall_name = NULL;
  g_autofree char *title = NULL;
  HkReportTable *table;
  enum
  {
    COL_NO, COL_TICKET, COL_DEVICE, COL_IMEI, COL_FAULT, COL_WARRANTY, COL_RETURNED,
    COL_REPAIRED, COL_REPORT,
  };

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  store = hk_context_get_repair_store (context);
  hall = hk_context_get_hall_store (context);
  operator = hk_context_get_operator (context);

  if (!(batch = hk_repair_store_lookup_batch_by_id (store, batch_id, error)) ||
      !(items = hk_repair_store_get_batch_items (store, batch_id, error)))
    return NULL;

  /* Translators: the title of a dispatch list, "Dispatch list S20261021-01" */
  title = g_strdup_printf (_("Dispatch list %s"), hk_repair_batch_get_batch_no (batch));
  report = hk_report_new ("repair-dispatch", title);
  hk_report_set_period (report, hk_repair_batch_get_dispatch_day (batch),
                        hk_repair_batch_get_dispatch_day (batch),
                        hk_repair_batch_get_dispatch_day (batch));
  hall_name = hk_hall_store_dup_name (hall);
  hk_report_set_hall_name (report, hall_name);
  utc = g_date_time_new_from_unix_utc (hk_database_get_now (hk_context_get_database (context)));
  now = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (hall));
  hk_report_set_generated (report, operator != NULL ? hk_operator_get_display_name (operator)
                                                    : NULL, now);

  hk_report_add_figure_text (report, _("Batch"), hk_repair_batch_get_batch_no (batch));
  hk_report_add_figure_text (report, _("Dispatch day"), hk_repair_batch_get_dispatch_day (batch));
  hk_report_add_figure_text (report, _("Courier"), hk_repair_batch_get_courier (batch));
  hk_report_add_figure_text (report, _("Waybill"), hk_repair_batch_get_waybill (batch) != NULL
                                                   ? hk_repair_batch_get_waybill (batch) : "—");
  hk_report_add_figure_text (report, _("Sent by"), hk_repair_batch_get_sent_by_name (batch));
  hk_report_add_figure_count (report, _("Devices"), hk_repair_batch_get_n_items (batch));
  hk_report_add_figure_count (report, _("Back from the city company"),
                              hk_repair_batch_get_n_returned (batch));

  table = hk_report_add_table (report, "devices", _("Devices"));
  /* Translators: the column of the devices' order on a dispatch list */
  hk_report_table_add_column (table, C_("dispatch list", "No."), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Ticket"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Device"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("IMEI"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Fault"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Warranty"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Returned"), HK_REPORT_COLUMN_DATE);
  hk_report_table_add_column (table, _("Repaired"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("City company’s report"), HK_REPORT_COLUMN_TEXT);

  for (guint i = 0; i < items->len; i++)
    {
      HkRepairBatchItem *item = g_ptr_array_index (items, i);
      g_autofree char *device = g_strdup_printf ("%s %s", item->brand, item->model);
      guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

      hk_report_table_set_value (table, row, COL_NO, item->position);
      hk_report_table_set_text (table, row, COL_TICKET, item->ticket_no);
      hk_report_table_set_text (table, row, COL_DEVICE, device);
      hk_report_table_set_text (table, row, COL_IMEI, item->imei);
      hk_report_table_set_text (table, row, COL_FAULT, item->fault);
      hk_report_table_set_text (table, row, COL_WARRANTY,
                                hk_repair_warranty_get_title (item->warranty));
      if (item->returned_at != 0)
        {
          g_autofree char *day = hk_hall_store_format_day (hall, item->returned_at);

          hk_report_table_set_text (table, row, COL_RETURNED, day);
          hk_report_table_set_text (table, row, COL_REPAIRED,
                                    item->city_repaired ? _("yes") : _("no"));
          hk_report_table_set_text (table, row, COL_REPORT, item->city_report);
        }
    }

  return g_steal_pointer (&report);
}
