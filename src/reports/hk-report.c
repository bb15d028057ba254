/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report.c: one built report — tables, key figures and charts — that every output renders. */

#include "config.h"

#include <math.h>

#include "src/core/hk-money.h"

#include "hk-report.h"

typedef struct
{
  gboolean set;
  char    *text;
  gint64   value;
  double   ratio;
} HkReportCell;

typedef struct
{
  char               *heading;
  HkReportColumnKind  kind;
} HkReportColumn;

typedef struct
{
  HkReportRowKind  kind;
  HkReportCell    *cells;
} HkReportRow;

struct _HkReportTable
{
  char   *id;
  char   *name;
  GArray *columns;  /* HkReportColumn */
  GArray *rows;     /* HkReportRow */
};

struct _HkReportChart
{
  HkReportChartKind  kind;
  char              *title;
  HkReportTable     *table;
  guint              category_column;
  GArray            *series;  /* guint */
};

typedef struct
{
  char               *label;
  HkReportColumnKind  kind;
  char               *text;
  gint64              value;
} HkReportFigure;

typedef struct
{
  char *day;
  char *label;
} HkReportUnsignedDay;

struct _HkReport
{
  gatomicrefcount  ref_count;
  char            *id;
  char            *title;
  char            *first_day;
  char            *last_day;
  char            *period_label;
  char            *hall_name;
  char            *generated_by;
  GDateTime       *generated_at;
  gboolean         checks_signatures;
  GArray          *unsigned_days;  /* HkReportUnsignedDay */
  GArray          *figures;        /* HkReportFigure */
  GPtrArray       *tables;         /* HkReportTable */
  GPtrArray       *charts;         /* HkReportChart */
};

G_DEFINE_BOXED_TYPE (HkReport, hk_report, hk_report_ref, hk_report_unref)

static void
clear_column (gpointer data)
{
  HkReportColumn *column = data;

  g_free (column->heading);
}

static void
table_free (gpointer data)
{
  HkReportTable *self = data;
  guint n_columns = self->columns->len;

  for (guint i = 0; i < self->rows->len; i++)
    {
      HkReportRow *row = &g_array_index (self->rows, HkReportRow, i);

      for (guint c = 0; c < n_columns; c++)
        g_free (row->cells[c].text);
      g_free (row->cells);
    }
  g_array_unref (self->rows);
  g_array_unref (self->columns);
  g_free (self->id);
  g_free (self->name);
  g_free (self);
}

static void
chart_free (gpointer data)
{
  HkReportChart *self = data;

  g_array_unref (self->series);
  g_free (self->title);
  g_free (self);
}

static void
clear_figure (gpointer data)
{
  HkReportFigure *figure = data;

  g_free (figure->label);
  g_free (figure->text);
}

static void
clear_unsigned_day (gpointer data)
{
  HkReportUnsignedDay *day = data;

  g_free (day->day);
  g_free (day->label);
}

HkReport *
hk_report_new (const char *id,
               const char *title)
{
  HkReport *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_new0 (HkReport, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->unsigned_days = g_array_new (FALSE, FALSE, sizeof (HkReportUnsignedDay));
  g_array_set_clear_func (self->unsigned_days, clear_unsigned_day);
  self->figures = g_array_new (FALSE, FALSE, sizeof (HkReportFigure));
  g_array_set_clear_func (self->figures, clear_figure);
  self->tables = g_ptr_array_new_with_free_func (table_free);
  self->charts = g_ptr_array_new_with_free_func (chart_free);

  return self;
}

HkReport *
hk_report_ref (HkReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
hk_report_unref (HkReport *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->charts);
  g_ptr_array_unref (self->tables);
  g_array_unref (self->figures);
  g_array_unref (self->unsigned_days);
  g_clear_pointer (&self->generated_at, g_date_time_unref);
  g_free (self->generated_by);
  g_free (self->hall_name);
  g_free (self->period_label);
  g_free (self->last_day);
  g_free (self->first_day);
  g_free (self->title);
  g_free (self->id);
  g_free (self);
}

const char *
hk_report_get_id (HkReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

const char *
hk_report_get_title (HkReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

void
hk_report_set_period (HkReport   *self,
                      const char *first_day,
                      const char *last_day,
                      const char *label)
{
  g_return_if_fail (self != NULL);

  g_free (self->first_day);
  self->first_day = g_strdup (first_day);
  g_free (self->last_day);
  self->last_day = g_strdup (last_day);
  g_free (self->period_label);
  self->period_label = g_strdup (label);
}

const char *
hk_report_get_first_day (HkReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->first_day;
}

const char *
hk_report_get_last_day (HkReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->last_day;
}

const char *
hk_report_get_period_label (HkReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->period_label;
}

void
hk_report_set_hall_name (HkReport   *self,
                         const char *hall_name)
{
  g_return_if_fail (self != NULL);

  g_free (self->hall_name);
  self->hall_name = g_strdup (hall_name);
}

const char *
hk_report_get_hall_name (HkReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->hall_name;
}

void
hk_report_set_generated (HkReport   *self,
                         const char *generated_by,
                         GDateTime  *generated_at)
{
  g_return_if_fail (self != NULL);

  g_free (self->generated_by);
  self->generated_by = g_strdup (generated_by);
  g_clear_pointer (&self->generated_at, g_date_time_unref);
  if (generated_at != NULL)
    self->generated_at = g_date_time_ref (generated_at);
}

const char *
hk_report_get_generated_by (HkReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->generated_by;
}

GDateTime *
hk_report_get_generated_at (HkReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->generated_at;
}

void
hk_report_set_checks_signatures (HkReport *self,
                                 gboolean  checks)
{
  g_return_if_fail (self != NULL);

  self->checks_signatures = !!checks;
}

gboolean
hk_report_get_checks_signatures (HkReport *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->checks_signatures || self->unsigned_days->len > 0;
}

void
hk_report_add_unsigned_day (HkReport   *self,
                            const char *day,
                            const char *label)
{
  HkReportUnsignedDay entry;

  g_return_if_fail (self != NULL);
  g_return_if_fail (day != NULL);

  entry.day = g_strdup (day);
  entry.label = g_strdup (label != NULL ? label : day);
  g_array_append_val (self->unsigned_days, entry);
}

gboolean
hk_report_is_provisional (HkReport *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->unsigned_days->len > 0;
}

guint
hk_report_get_n_unsigned_days (HkReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->unsigned_days->len;
}

const char *
hk_report_get_unsigned_day (HkReport *self,
                            guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->unsigned_days->len, NULL);

  return g_array_index (self->unsigned_days, HkReportUnsignedDay, index).day;
}

const char *
hk_report_get_unsigned_day_label (HkReport *self,
                                  guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->unsigned_days->len, NULL);

  return g_array_index (self->unsigned_days, HkReportUnsignedDay, index).label;
}

static void
add_figure (HkReport           *self,
            const char         *label,
            HkReportColumnKind  kind,
            char               *text,
            gint64              value)
{
  HkReportFigure figure;

  figure.label = g_strdup (label);
  figure.kind = kind;
  figure.text = text;
  figure.value = value;
  g_array_append_val (self->figures, figure);
}

void
hk_report_add_figure_text (HkReport   *self,
                           const char *label,
                           const char *value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);

  add_figure (self, label, HK_REPORT_COLUMN_TEXT, g_strdup (value != NULL ? value : ""), 0);
}

void
hk_report_add_figure_money (HkReport   *self,
                            const char *label,
                            gint64      fen)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);

  add_figure (self, label, HK_REPORT_COLUMN_MONEY, hk_money_format (fen), fen);
}

void
hk_report_add_figure_count (HkReport   *self,
                            const char *label,
                            gint64      count)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);

  add_figure (self, label, HK_REPORT_COLUMN_COUNT, g_strdup_printf ("%'lld", (long long) count),
              count);
}

guint
hk_report_get_n_figures (HkReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->figures->len;
}

static HkReportFigure *
get_figure (HkReport *self,
            guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->figures->len, NULL);

  return &g_array_index (self->figures, HkReportFigure, index);
}

const char *
hk_report_get_figure_label (HkReport *self,
                            guint     index)
{
  HkReportFigure *figure = get_figure (self, index);

  return figure != NULL ? figure->label : NULL;
}

HkReportColumnKind
hk_report_get_figure_kind (HkReport *self,
                           guint     index)
{
  HkReportFigure *figure = get_figure (self, index);

  return figure != NULL ? figure->kind : HK_REPORT_COLUMN_TEXT;
}

const char *
hk_report_get_figure_text (HkReport *self,
                           guint     index)
{
  HkReportFigure *figure = get_figure (self, index);

  return figure != NULL ? figure->text : NULL;
}

gint64
hk_report_get_figure_value (HkReport *self,
                            guint     index)
{
  HkReportFigure *figure = get_figure (self, index);

  return figure != NULL ? figure->value : 0;
}

HkReportTable *
hk_report_add_table (HkReport   *self,
                     const char *id,
                     const char *name)
{
  HkReportTable *table;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (hk_report_find_table (self, id) == NULL, NULL);

  table = g_new0 (HkReportTable, 1);
  table->id = g_strdup (id);
  table->name = g_strdup (name);
  table->columns = g_array_new (FALSE, FALSE, sizeof (HkReportColumn));
  g_array_set_clear_func (table->columns, clear_column);
  table->rows = g_array_new (FALSE, FALSE, sizeof (HkReportRow));
  g_ptr_array_add (self->tables, table);

  return table;
}

guint
hk_report_get_n_tables (HkReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->tables->len;
}

HkReportTable *
hk_report_get_table (HkReport *self,
                     guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->tables->len, NULL);

  return g_ptr_array_index (self->tables, index);
}

HkReportTable *
hk_report_find_table (HkReport   *self,
                      const char *id)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->tables->len; i++)
    {
      HkReportTable *table = g_ptr_array_index (self->tables, i);

      if (g_strcmp0 (table->id, id) == 0)
        return table;
    }

  return NULL;
}

HkReportTable *
hk_report_add_table_copy (HkReport      *self,
                          const char    *id,
                          HkReportTable *source)
{
  HkReportTable *table;
  guint n_columns;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  table = hk_report_add_table (self, id, source->name);
  g_return_val_if_fail (table != NULL, NULL);

  n_columns = source->columns->len;
  for (guint c = 0; c < n_columns; c++)
    {
      HkReportColumn *column = &g_array_index (source->columns, HkReportColumn, c);

      hk_report_table_add_column (table, column->heading, column->kind);
    }

  for (guint r = 0; r < source->rows->len; r++)
    {
      HkReportRow *from = &g_array_index (source->rows, HkReportRow, r);
      HkReportRow *to;

      hk_report_table_add_row (table, from->kind);
      to = &g_array_index (table->rows, HkReportRow, r);
      for (guint c = 0; c < n_columns; c++)
        {
          to->cells[c] = from->cells[c];
          to->cells[c].text = g_strdup (from->cells[c].text);
        }
    }

  return table;
}

const char *
hk_report_table_get_id (HkReportTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

const char *
hk_report_table_get_name (HkReportTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

guint
hk_report_table_add_column (HkReportTable      *self,
                            const char         *heading,
                            HkReportColumnKind  kind)
{
  HkReportColumn column;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (heading != NULL, 0);
  g_return_val_if_fail (self->rows->len == 0, 0);

  column.heading = g_strdup (heading);
  column.kind = kind;
  g_array_append_val (self->columns, column);

  return self->columns->len - 1;
}

guint
hk_report_table_get_n_columns (HkReportTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->columns->len;
}

const char *
hk_report_table_get_heading (HkReportTable *self,
                             guint          column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return g_array_index (self->columns, HkReportColumn, column).heading;
}

HkReportColumnKind
hk_report_table_get_kind (HkReportTable *self,
                          guint          column)
{
  g_return_val_if_fail (self != NULL, HK_REPORT_COLUMN_TEXT);
  g_return_val_if_fail (column < self->columns->len, HK_REPORT_COLUMN_TEXT);

  return g_array_index (self->columns, HkReportColumn, column).kind;
}

guint
hk_report_table_add_row (HkReportTable   *self,
                         HkReportRowKind  kind)
{
  HkReportRow row;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (self->columns->len > 0, 0);

  row.kind = kind;
  row.cells = g_new0 (HkReportCell, self->columns->len);
  g_array_append_val (self->rows, row);

  return self->rows->len - 1;
}

guint
hk_report_table_get_n_rows (HkReportTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

HkReportRowKind
hk_report_table_get_row_kind (HkReportTable *self,
                              guint          row)
{
  g_return_val_if_fail (self != NULL, HK_REPORT_ROW_BODY);
  g_return_val_if_fail (row < self->rows->len, HK_REPORT_ROW_BODY);

  return g_array_index (self->rows, HkReportRow, row).kind;
}

static HkReportCell *
get_cell (HkReportTable *self,
          guint          row,
          guint          column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return &g_array_index (self->rows, HkReportRow, row).cells[column];
}

static gboolean
kind_is_text (HkReportColumnKind kind)
{
  return kind == HK_REPORT_COLUMN_TEXT
         || kind == HK_REPORT_COLUMN_DATE
         || kind == HK_REPORT_COLUMN_DATETIME;
}

void
hk_report_table_set_text (HkReportTable *self,
                          guint          row,
                          guint          column,
                          const char    *text)
{
  HkReportCell *cell = get_cell (self, row, column);

  g_return_if_fail (cell != NULL);
  g_return_if_fail (kind_is_text (hk_report_table_get_kind (self, column)));

  g_free (cell->text);
  cell->text = g_strdup (text);
  cell->set = text != NULL;
}

void
hk_report_table_set_value (HkReportTable *self,
                           guint          row,
                           guint          column,
                           gint64         value)
{
  HkReportCell *cell = get_cell (self, row, column);
  HkReportColumnKind kind;

  g_return_if_fail (cell != NULL);
  kind = hk_report_table_get_kind (self, column);
  g_return_if_fail (kind == HK_REPORT_COLUMN_COUNT || kind == HK_REPORT_COLUMN_MONEY);

  cell->value = value;
  cell->set = TRUE;
}

void
hk_report_table_set_ratio (HkReportTable *self,
                           guint          row,
                           guint          column,
                           double         ratio)
{
  HkReportCell *cell = get_cell (self, row, column);
  HkReportColumnKind kind;

  g_return_if_fail (cell != NULL);
  kind = hk_report_table_get_kind (self, column);
  g_return_if_fail (kind == HK_REPORT_COLUMN_RATIO || kind == HK_REPORT_COLUMN_SHARE);

  /* No previous figure to compare with is an empty cell, not infinity. */
  cell->set = isfinite (ratio);
  cell->ratio = cell->set ? ratio : 0.0;
}

gboolean
hk_report_table_is_empty (HkReportTable *self,
                          guint          row,
                          guint          column)
{
  HkReportCell *cell = get_cell (self, row, column);

  return cell == NULL || !cell->set;
}

const char *
hk_report_table_get_text (HkReportTable *self,
                          guint          row,
                          guint          column)
{
  HkReportCell *cell = get_cell (self, row, column);

  return cell != NULL && cell->set ? cell->text : NULL;
}

gint64
hk_report_table_get_value (HkReportTable *self,
                           guint          row,
                           guint          column)
{
  HkReportCell *cell = get_cell (self, row, column);

  return cell != NULL ? cell->value : 0;
}

double
hk_report_table_get_ratio (HkReportTable *self,
                           guint          row,
                           guint          column)
{
  HkReportCell *cell = get_cell (self, row, column);

  return cell != NULL ? cell->ratio : 0.0;
}

char *
hk_report_table_format_cell (HkReportTable *self,
                             guint          row,
                             guint          column)
{
  HkReportCell *cell = get_cell (self, row, column);

  g_return_val_if_fail (cell != NULL, g_strdup (""));

  if (!cell->set)
    return g_strdup ("");

  switch (hk_report_table_get_kind (self, column))
    {
    case HK_REPORT_COLUMN_COUNT:
      return g_strdup_printf ("%'lld", (long long) cell->value);

    case HK_REPORT_COLUMN_MONEY:
      return hk_money_format (cell->value);

    case HK_REPORT_COLUMN_RATIO:
      return g_strdup_printf ("%+.1f %%", cell->ratio * 100.0);

    case HK_REPORT_COLUMN_SHARE:
      return g_strdup_printf ("%.1f %%", cell->ratio * 100.0);

    case HK_REPORT_COLUMN_TEXT:
    case HK_REPORT_COLUMN_DATE:
    case HK_REPORT_COLUMN_DATETIME:
    default:
      return g_strdup (cell->text);
    }
}

HkReportChart *
hk_report_add_chart (HkReport          *self,
                     HkReportChartKind  kind,
                     const char        *title,
                     HkReportTable     *table,
                     guint              category_column)
{
  HkReportChart *chart;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (g_ptr_array_find (self->tables, table, NULL), NULL);
  g_return_val_if_fail (category_column < table->columns->len, NULL);

  chart = g_new0 (HkReportChart, 1);
  chart->kind = kind;
  chart->title = g_strdup (title);
  chart->table = table;
  chart->category_column = category_column;
  chart->series = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (self->charts, chart);

  return chart;
}

void
hk_report_chart_add_series (HkReportChart *self,
                            guint          value_column)
{
  HkReportColumnKind kind;

  g_return_if_fail (self != NULL);
  g_return_if_fail (value_column < self->table->columns->len);
  kind = hk_report_table_get_kind (self->table, value_column);
  g_return_if_fail (!kind_is_text (kind));
  g_return_if_fail (self->kind != HK_REPORT_CHART_PIE || self->series->len == 0);

  g_array_append_val (self->series, value_column);
}

guint
hk_report_get_n_charts (HkReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->charts->len;
}

HkReportChart *
hk_report_get_chart (HkReport *self,
                     guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->charts->len, NULL);

  return g_ptr_array_index (self->charts, index);
}

HkReportChartKind
hk_report_chart_get_kind (HkReportChart *self)
{
  g_return_val_if_fail (self != NULL, HK_REPORT_CHART_COLUMN);

  return self->kind;
}

const char *
hk_report_chart_get_title (HkReportChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

HkReportTable *
hk_report_chart_get_table (HkReportChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->table;
}

guint
hk_report_chart_get_category_column (HkReportChart *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->category_column;
}

guint
hk_report_chart_get_n_series (HkReportChart *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->series->len;
}

guint
hk_report_chart_get_series_column (HkReportChart *self,
                                   guint          index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->series->len, 0);

  return g_array_index (self->series, guint, index);
}
