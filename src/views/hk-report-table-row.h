/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report-table-row.h: one row of a built report's table, as a list item for a column view. */

#pragma once

#include <gtk/gtk.h>

#include "reports/hk-report.h"

G_BEGIN_DECLS

#define HK_TYPE_REPORT_TABLE_ROW (hk_report_table_row_get_type ())

G_DECLARE_FINAL_TYPE (HkReportTableRow, hk_report_table_row, HK, REPORT_TABLE_ROW, GObject)

GListModel      *hk_report_table_row_list_new        (HkReport          *report,
                                                      HkReportTable     *table);
HkReportTable   *hk_report_table_row_get_table       (HkReportTableRow  *self);
guint            hk_report_table_row_get_index       (HkReportTableRow  *self);
HkReportRowKind  hk_report_table_row_get_kind        (HkReportTableRow  *self);
char            *hk_report_table_row_format_cell     (HkReportTableRow  *self,
                                                      guint              column);

/* Body rows stay in their group, before its subtotal; the total stays last. */
GtkSorter       *hk_report_table_row_new_group_sorter  (void);
/* By the cell of @column, as its kind reads: text, date, number, ratio. */
GtkSorter       *hk_report_table_row_new_column_sorter (guint              column);
/* The report's own order. */
GtkSorter       *hk_report_table_row_new_index_sorter  (void);

G_END_DECLS
