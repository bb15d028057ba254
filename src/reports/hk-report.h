/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report.h: one built report — tables, key figures and charts — that every output renders.
 *
 * A report builder (daily, ten-day, monthly, journal) runs its SQL once and
 * fills an HkReport. The screen, the .xlsx writer, the PDF writer and the
 * command line's text output all render this one value; none of them adds up
 * anything. A total row carries the total the builder computed; the .xlsx
 * writer writes it as a SUM formula whose cached value is that total.
 *
 * A report is built on any thread and is immutable once built: share it
 * between threads with hk_report_ref().
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HK_REPORT_COLUMN_TEXT,      /* a string */
  HK_REPORT_COLUMN_COUNT,     /* gint64, a number of things */
  HK_REPORT_COLUMN_MONEY,     /* gint64 fen */
  HK_REPORT_COLUMN_RATIO,     /* double, 0.123 is 12.3 %; a change, shown with its sign */
  HK_REPORT_COLUMN_DATE,      /* a string YYYY-MM-DD, in the hall's time zone */
  HK_REPORT_COLUMN_DATETIME,  /* a string YYYY-MM-DD HH:MM:SS, in the hall's time zone */
  HK_REPORT_COLUMN_SHARE,     /* double, like RATIO, but a part of a whole: shown unsigned */
} HkReportColumnKind;

typedef enum
{
  HK_REPORT_ROW_BODY,
  HK_REPORT_ROW_SUBTOTAL,     /* sums the body rows since the previous subtotal */
  HK_REPORT_ROW_TOTAL,        /* sums every body row of the table */
} HkReportRowKind;

typedef enum
{
  HK_REPORT_CHART_COLUMN,     /* vertical bars, one series per value column */
  HK_REPORT_CHART_LINE,
  HK_REPORT_CHART_PIE,        /* one series only */
} HkReportChartKind;

typedef struct _HkReport      HkReport;
typedef struct _HkReportTable HkReportTable;
typedef struct _HkReportChart HkReportChart;

#define HK_TYPE_REPORT (hk_report_get_type ())
GType           hk_report_get_type               (void) G_GNUC_CONST;

HkReport       *hk_report_new                    (const char         *id,
                                                  const char         *title);
HkReport       *hk_report_ref                    (HkReport           *self);
void            hk_report_unref                  (HkReport           *self);

/* What and when: "daily", "dekad", "monthly", "journal"; the translated title. */
const char     *hk_report_get_id                 (HkReport           *self);
const char     *hk_report_get_title              (HkReport           *self);

/* The period as the user reads it, e.g. "2026-10-21 – 2026-10-31". */
void            hk_report_set_period             (HkReport           *self,
                                                  const char         *first_day,
                                                  const char         *last_day,
                                                  const char         *label);
const char     *hk_report_get_first_day          (HkReport           *self);
const char     *hk_report_get_last_day           (HkReport           *self);
const char     *hk_report_get_period_label       (HkReport           *self);

void            hk_report_set_hall_name          (HkReport           *self,
                                                  const char         *hall_name);
const char     *hk_report_get_hall_name          (HkReport           *self);

/* Who generated it (display name) and when, in the hall's time zone. */
void            hk_report_set_generated          (HkReport           *self,
                                                  const char         *generated_by,
                                                  GDateTime          *generated_at);
const char     *hk_report_get_generated_by       (HkReport           *self);
GDateTime      *hk_report_get_generated_at       (HkReport           *self);

/* Whether the report's figures come from the clerks' daily reports, so that it says whether
 * every daily report of the period is signed (the daily, ten-day and monthly reports and the
 * journal do; a complaint register does not). FALSE until set. */
void            hk_report_set_checks_signatures  (HkReport           *self,
                                                  gboolean            checks);
gboolean        hk_report_get_checks_signatures  (HkReport           *self);

/* A day whose daily report (of some clerk) is not signed. Any makes the
 * report PROVISIONAL. The label names the day and, if known, the clerks. */
void            hk_report_add_unsigned_day       (HkReport           *self,
                                                  const char         *day,
                                                  const char         *label);
gboolean        hk_report_is_provisional         (HkReport           *self);
guint           hk_report_get_n_unsigned_days    (HkReport           *self);
const char     *hk_report_get_unsigned_day       (HkReport           *self,
                                                  guint               index);
const char     *hk_report_get_unsigned_day_label (HkReport           *self,
                                                  guint               index);

/* Key figures: label and value text, shown above the tables and on the
 * summary sheet ("Revenue", "¥12,345.00"). The value is preformatted; a
 * money figure also keeps its fen so the .xlsx cell is a number. */
void            hk_report_add_figure_text        (HkReport           *self,
                                                  const char         *label,
                                                  const char         *value);
void            hk_report_add_figure_money       (HkReport           *self,
                                                  const char         *label,
                                                  gint64              fen);
void            hk_report_add_figure_count       (HkReport           *self,
                                                  const char         *label,
                                                  gint64              count);
guint           hk_report_get_n_figures          (HkReport           *self);
const char     *hk_report_get_figure_label       (HkReport           *self,
                                                  guint               index);
HkReportColumnKind hk_report_get_figure_kind     (HkReport           *self,
                                                  guint               index);
const char     *hk_report_get_figure_text        (HkReport           *self,
                                                  guint               index);
gint64          hk_report_get_figure_value       (HkReport           *self,
                                                  guint               index);

/* Tables, in order. The id is stable ("by-clerk"); the name is translated
 * and becomes the sheet name (at most 31 characters, no []:*?/\). */
HkReportTable  *hk_report_add_table              (HkReport           *self,
                                                  const char         *id,
                                                  const char         *name);
guint           hk_report_get_n_tables           (HkReport           *self);
HkReportTable  *hk_report_get_table              (HkReport           *self,
                                                  guint               index);
HkReportTable  *hk_report_find_table             (HkReport           *self,
                                                  const char         *id);

/* A copy of a table of another report, every column and cell, added under @id. */
HkReportTable  *hk_report_add_table_copy         (HkReport           *self,
                                                  const char         *id,
                                                  HkReportTable      *source);

const char     *hk_report_table_get_id           (HkReportTable      *self);
const char     *hk_report_table_get_name         (HkReportTable      *self);

/* Columns are added before rows. Returns the column index. */
guint           hk_report_table_add_column       (HkReportTable      *self,
                                                  const char         *heading,
                                                  HkReportColumnKind  kind);
guint           hk_report_table_get_n_columns    (HkReportTable      *self);
const char     *hk_report_table_get_heading      (HkReportTable      *self,
                                                  guint               column);
HkReportColumnKind hk_report_table_get_kind      (HkReportTable      *self,
                                                  guint               column);

/* Rows; every cell starts empty. Returns the row index. */
guint           hk_report_table_add_row          (HkReportTable      *self,
                                                  HkReportRowKind     kind);
guint           hk_report_table_get_n_rows       (HkReportTable      *self);
HkReportRowKind hk_report_table_get_row_kind     (HkReportTable      *self,
                                                  guint               row);

void            hk_report_table_set_text         (HkReportTable      *self,
                                                  guint               row,
                                                  guint               column,
                                                  const char         *text);
void            hk_report_table_set_value        (HkReportTable      *self,
                                                  guint               row,
                                                  guint               column,
                                                  gint64              value);
void            hk_report_table_set_ratio        (HkReportTable      *self,
                                                  guint               row,
                                                  guint               column,
                                                  double              ratio);

gboolean        hk_report_table_is_empty         (HkReportTable      *self,
                                                  guint               row,
                                                  guint               column);
const char     *hk_report_table_get_text         (HkReportTable      *self,
                                                  guint               row,
                                                  guint               column);
gint64          hk_report_table_get_value        (HkReportTable      *self,
                                                  guint               row,
                                                  guint               column);
double          hk_report_table_get_ratio        (HkReportTable      *self,
                                                  guint               row,
                                                  guint               column);

/* The cell as the user reads it, in the current locale: "¥1,234.50", "1,200", a change
 * "+12.3 %" or "-4.0 %", a share "12.3 %"; "" when empty. Every output that shows text uses
 * this. */
char           *hk_report_table_format_cell      (HkReportTable      *self,
                                                  guint               row,
                                                  guint               column);

/* Charts over one table: categories from a column, one series per value
 * column, body rows only. */
HkReportChart  *hk_report_add_chart              (HkReport           *self,
                                                  HkReportChartKind   kind,
                                                  const char         *title,
                                                  HkReportTable      *table,
                                                  guint               category_column);
void            hk_report_chart_add_series       (HkReportChart      *self,
                                                  guint               value_column);
guint           hk_report_get_n_charts           (HkReport           *self);
HkReportChart  *hk_report_get_chart              (HkReport           *self,
                                                  guint               index);
HkReportChartKind hk_report_chart_get_kind       (HkReportChart      *self);
const char     *hk_report_chart_get_title        (HkReportChart      *self);
HkReportTable  *hk_report_chart_get_table        (HkReportChart      *self);
guint           hk_report_chart_get_category_column (HkReportChart   *self);
guint           hk_report_chart_get_n_series     (HkReportChart      *self);
guint           hk_report_chart_get_series_column (HkReportChart     *self,
                                                  guint               index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkReport, hk_report_unref)

G_END_DECLS
