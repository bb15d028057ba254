/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report-table-row.c: one row of a built report's table, as a list item for a column view.
 *
 * The Reports section shows each HkReportTable in a GtkColumnView whose columns are made from
 * the table's at run time; its model is a list of these rows. A row only points into the
 * report (which it keeps alive): every cell is read and formatted by the report itself, so the
 * screen shows exactly what the .xlsx and PDF files show.
 *
 * Sorting keeps the report's structure: rows are compared first by their group (the body rows
 * before a subtotal and that subtotal; the total after everything), then by kind (body rows
 * before their subtotal), and only then by the column the user clicked. So a sorted table
 * still reads down to its subtotals and ends with its total.
 */

#include "config.h"

#include <string.h>

#include "hk-report-table-row.h"

struct _HkReportTableRow
{
  GObject          parent_instance;

  HkReport        *report;
  HkReportTable   *table;
  guint            index;
  guint            group;
  HkReportRowKind  kind;
};

G_DEFINE_FINAL_TYPE (HkReportTableRow, hk_report_table_row, G_TYPE_OBJECT)

static void
hk_report_table_row_finalize (GObject *object)
{
  HkReportTableRow *self = (HkReportTableRow *)object;

  g_clear_pointer (&self->report, hk_report_unref);

  G_OBJECT_CLASS (hk_report_table_row_parent_class)->finalize (object);
}

static void
hk_report_table_row_class_init (HkReportTableRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_report_table_row_finalize;
}

static void
hk_report_table_row_init (HkReportTableRow *self)
{
}

/**
 * hk_report_table_row_list_new:
 * @report: the report that holds @table
 * @table: one of its tables
 *
 * Returns: (transfer full): a #GListModel of #HkReportTableRow, one per row, in order
 */
GListModel *
hk_report_table_row_list_new (HkReport      *report,
                              HkReportTable *table)
{
  GListStore *store = g_list_store_new (HK_TYPE_REPORT_TABLE_ROW);
  guint n_rows = hk_report_table_get_n_rows (table);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_full (n_rows, g_object_unref);
  guint group = 0;

  for (guint r = 0; r < n_rows; r++)
    {
      HkReportTableRow *row = g_object_new (HK_TYPE_REPORT_TABLE_ROW, NULL);

      row->report = hk_report_ref (report);
      row->table = table;
      row->index = r;
      row->kind = hk_report_table_get_row_kind (table, r);

      switch (row->kind)
        {
        case HK_REPORT_ROW_SUBTOTAL:
          row->group = group++;
          break;
        case HK_REPORT_ROW_TOTAL:
          row->group = G_MAXUINT;
          break;
        case HK_REPORT_ROW_BODY:
        default:
          row->group = group;
          break;
        }

      g_ptr_array_add (rows, row);
    }

  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);

  return G_LIST_MODEL (store);
}

HkReportTable *
hk_report_table_row_get_table (HkReportTableRow *self)
{
  g_return_val_if_fail (HK_IS_REPORT_TABLE_ROW (self), NULL);

  return self->table;
}

guint
hk_report_table_row_get_index (HkReportTableRow *self)
{
  g_return_val_if_fail (HK_IS_REPORT_TABLE_ROW (self), 0);

  return self->index;
}

HkReportRowKind
hk_report_table_row_get_kind (HkReportTableRow *self)
{
  g_return_val_if_fail (HK_IS_REPORT_TABLE_ROW (self), HK_REPORT_ROW_BODY);

  return self->kind;
}

/* The cell as every output shows it: "¥1,234.50", "7.1 %", "" when empty. */
char *
hk_report_table_row_format_cell (HkReportTableRow *self,
                                 guint             column)
{
  g_return_val_if_fail (HK_IS_REPORT_TABLE_ROW (self), NULL);

  return hk_report_table_format_cell (self->table, self->index, column);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const HkReportTableRow *x = a;
  const HkReportTableRow *y = b;

  if (x->group != y->group)
    return x->group < y->group ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (x->kind != y->kind)
    return x->kind < y->kind ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;

  return GTK_ORDERING_EQUAL;
}

GtkSorter *
hk_report_table_row_new_group_sorter (void)
{
  return GTK_SORTER (gtk_custom_sorter_new (compare_groups, NULL, NULL));
}

static int
compare_numbers (double x,
                 double y)
{
  if (x < y)
    return GTK_ORDERING_SMALLER;
  if (x > y)
    return GTK_ORDERING_LARGER;

  return GTK_ORDERING_EQUAL;
}

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const HkReportTableRow *x = a;
  const HkReportTableRow *y = b;
  guint column = GPOINTER_TO_UINT (user_data);
  gboolean x_empty = hk_report_table_is_empty (x->table, x->index, column);
  gboolean y_empty = hk_report_table_is_empty (y->table, y->index, column);

  /* An empty cell (no change to show) comes before any value. */
  if (x_empty || y_empty)
    return x_empty == y_empty ? GTK_ORDERING_EQUAL
                              : (x_empty ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER);

  switch (hk_report_table_get_kind (x->table, column))
    {
    case HK_REPORT_COLUMN_COUNT:
    case HK_REPORT_COLUMN_MONEY:
      return compare_numbers ((double)hk_report_table_get_value (x->table, x->index, column),
                              (double)hk_report_table_get_value (y->table, y->index, column));

    case HK_REPORT_COLUMN_RATIO:
    case HK_REPORT_COLUMN_SHARE:
      return compare_numbers (hk_report_table_get_ratio (x->table, x->index, column),
                              hk_report_table_get_ratio (y->table, y->index, column));

    case HK_REPORT_COLUMN_DATE:
    case HK_REPORT_COLUMN_DATETIME:
      {
        int order = strcmp (hk_report_table_get_text (x->table, x->index, column),
                            hk_report_table_get_text (y->table, y->index, column));

        return order < 0 ? GTK_ORDERING_SMALLER
                         : (order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL);
      }

    case HK_REPORT_COLUMN_TEXT:
    default:
      {
        int order = g_utf8_collate (hk_report_table_get_text (x->table, x->index, column),
                                    hk_report_table_get_text (y->table, y->index, column));

        return order < 0 ? GTK_ORDERING_SMALLER
                         : (order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL);
      }
    }
}

GtkSorter *
hk_report_table_row_new_column_sorter (guint column)
{
  return GTK_SORTER (gtk_custom_sorter_new (compare_cells, GUINT_TO_POINTER (column), NULL));
}

static int
compare_indexes (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const HkReportTableRow *x = a;
  const HkReportTableRow *y = b;

  return compare_numbers (x->index, y->index);
}

GtkSorter *
hk_report_table_row_new_index_sorter (void)
{
  return GTK_SORTER (gtk_custom_sorter_new (compare_indexes, NULL, NULL));
}
