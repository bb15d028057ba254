/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-xlsx-writer.c: writes an HkReport as an Excel workbook (.xlsx) with libxlsxwriter.
 *
 * The workbook has a Summary sheet (what, where, when, who, whether it is provisional, the
 * key figures and a native chart for each of the report's charts), then one sheet per
 * table. Every cell is typed: money is a number in yuan shown as ¥#,##0.00, a date is an
 * Excel date. A subtotal or total cell of a count or money column is a SUM formula over
 * the body rows it adds up, with the report's own figure as the cached value, so a reader
 * that does not recalculate shows the report's figure and one that does gets the same.
 * When the report's figure is not the sum of those rows (a closing balance, say), the
 * figure is written as a plain number: a formula must never disagree with the report.
 *
 * Rows are written strictly in order, sheet after sheet, so the same code works in
 * libxlsxwriter's constant-memory mode. That mode is a property of the whole workbook:
 * when any table has more than HK_XLSX_CONSTANT_MEMORY_ROWS rows, the whole workbook is
 * written in it (strings are then stored inline and charts carry no cached data; Excel
 * and LibreOffice read both).
 */

#include "config.h"

#include <errno.h>

#include "hk-xlsx-writer.h"

#include "hk-export-file.h"
#include "hk-text-table.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <xlsxwriter.h>

#define SHEET_NAME_MAX      31
#define CELL_TEXT_MAX       32767
#define HEADER_PART_MAX     70
#define FORMULA_ARGS_MAX    255
#define FORMULA_LENGTH_MAX  8000
#define COLUMN_WIDTH_MIN    8.0
#define COLUMN_WIDTH_MAX    60.0
#define CHART_ROWS          20
#define PAPER_A4            9

#define N_COLUMN_KINDS (HK_REPORT_COLUMN_SHARE + 1)
#define N_ROW_KINDS    (HK_REPORT_ROW_TOTAL + 1)

/* A run of consecutive body rows of a table, in table rows. */
typedef struct
{
  guint first;
  guint last;
} Run;

typedef struct
{
  HkReport         *report;
  const char       *path;
  GCancellable     *cancellable;
  HkExportProgress  progress;
  HkXlsxExtraSheetsFunc extra;
  gpointer          extra_data;
  guint64           units_done;
  guint64           units_total;

  lxw_workbook     *workbook;
  GPtrArray        *worksheets;   /* (element-type lxw_worksheet) borrowed from the workbook */
  GPtrArray        *sheet_names;  /* (element-type utf8) one per table */
  char             *header;
  char             *footer;

  lxw_format       *title_format;
  lxw_format       *label_format;
  lxw_format       *value_format;
  lxw_format       *provisional_format;
  lxw_format       *sentence_format;
  lxw_format       *heading_format[2];  /* left, right */
  lxw_format       *generated_format;
  lxw_format       *cells[N_COLUMN_KINDS][N_ROW_KINDS];
} Writer;

static const char * const number_formats[N_COLUMN_KINDS] = {
  [HK_REPORT_COLUMN_TEXT] = NULL,
  [HK_REPORT_COLUMN_COUNT] = "#,##0",
  [HK_REPORT_COLUMN_MONEY] = "¥#,##0.00",
  [HK_REPORT_COLUMN_RATIO] = "0.0%",
  [HK_REPORT_COLUMN_DATE] = "yyyy-mm-dd",
  [HK_REPORT_COLUMN_DATETIME] = "yyyy-mm-dd hh:mm:ss",
  [HK_REPORT_COLUMN_SHARE] = "0.0%",
};

static gboolean
kind_is_number (HkReportColumnKind kind)
{
  return kind == HK_REPORT_COLUMN_COUNT
         || kind == HK_REPORT_COLUMN_MONEY
         || kind == HK_REPORT_COLUMN_RATIO
         || kind == HK_REPORT_COLUMN_SHARE;
}

static gboolean
check (Writer     *w,
       lxw_error   status,
       GError    **error)
{
  int errsv = errno;

  if (status == LXW_NO_ERROR)
    return TRUE;

  /* A full disk shows in libxlsxwriter only as a zip error: say what it is. */
  if (errsv == ENOSPC || errsv == EFBIG
#ifdef EDQUOT
      || errsv == EDQUOT
#endif
     )
    hk_export_set_write_error (error, w->path, NULL);
  else
    hk_export_set_write_error (error, w->path, lxw_strerror (status));

  return FALSE;
}

static void
advance (Writer  *w,
         guint64  units)
{
  w->units_done += units;
  /* The last tenth is zipping the workbook up. */
  hk_export_progress_update (&w->progress,
                             0.9 * (double) w->units_done / (double) MAX (w->units_total, 1));
}

/* Sheet names. */

/* Excel counts UTF-16 units; libxlsxwriter counts characters. Count so both agree. */
static guint
excel_length (gunichar c)
{
  return c > 0xFFFF ? 2 : 1;
}

static char *
truncate_name (const char *name,
               guint       max)
{
  GString *out = g_string_new (NULL);
  guint length = 0;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (length + excel_length (c) > max)
        break;
      g_string_append_unichar (out, c);
      length += excel_length (c);
    }

  return g_string_free (out, FALSE);
}

/**
 * hk_xlsx_writer_make_sheet_name:
 * @name: the table's name, as the user reads it
 * @taken: (element-type utf8 utf8): names already used, case-folded
 *
 * Makes a sheet name under Excel's rules: at most 31 characters, none of `[]:*?/\`,
 * no apostrophe first or last, not "History" (Excel keeps it), not empty, and unique
 * regardless of case — a second "By clerk" becomes "By clerk (2)".
 *
 * Returns: (transfer full): the sheet name, also added to @taken
 */
char *
hk_xlsx_writer_make_sheet_name (const char *name,
                                GHashTable *taken)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  g_autofree char *base = NULL;
  char *result = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (taken != NULL, NULL);

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (strchr ("[]:*?/\\", (int) c) != NULL && c < 0x80)
        g_string_append_c (clean, '_');
      else if (g_unichar_iscntrl (c))
        g_string_append_c (clean, ' ');
      else
        g_string_append_unichar (clean, c);
    }

  /* No apostrophe or blank at either end. */
  while (clean->len > 0 && (clean->str[0] == '\'' || clean->str[0] == ' '))
    g_string_erase (clean, 0, 1);
  base = truncate_name (clean->str, SHEET_NAME_MAX);
  g_strchomp (base);
  while (*base != '\0' && base[strlen (base) - 1] == '\'')
    {
      base[strlen (base) - 1] = '\0';
      g_strchomp (base);
    }
  if (*base == '\0')
    {
      g_free (base);
      base = g_strdup (_("Sheet"));
    }

  for (guint n = 1; result == NULL; n++)
    {
      g_autofree char *candidate = NULL;
      g_autofree char *folded = NULL;

      if (n == 1)
        candidate = g_strdup (base);
      else
        {
          g_autofree char *suffix = g_strdup_printf (" (%u)", n);
          g_autofree char *stem = truncate_name (base, SHEET_NAME_MAX - strlen (suffix));

          g_strchomp (stem);
          candidate = g_strconcat (stem, suffix, NULL);
        }

      folded = g_utf8_casefold (candidate, -1);
      if (g_hash_table_contains (taken, folded) || strcmp (folded, "history") == 0)
        continue;

      g_hash_table_add (taken, g_steal_pointer (&folded));
      result = g_steal_pointer (&candidate);
    }

  return result;
}

/* A sheet name inside a formula: always quoted, apostrophes doubled. */
static char *
quote_sheet_name (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "'", -1);
  g_autofree char *doubled = g_strjoinv ("''", parts);

  return g_strconcat ("'", doubled, "'", NULL);
}

/* Formats. */

static lxw_format *
add_format (Writer             *w,
            HkReportColumnKind  kind,
            HkReportRowKind     row_kind)
{
  lxw_format *format = workbook_add_format (w->workbook);

  if (number_formats[kind] != NULL)
    format_set_num_format (format, number_formats[kind]);
  if (kind == HK_REPORT_COLUMN_TEXT)
    format_set_align (format, LXW_ALIGN_LEFT);
  if (row_kind != HK_REPORT_ROW_BODY)
    format_set_bold (format);
  if (row_kind == HK_REPORT_ROW_TOTAL)
    {
      format_set_top (format, LXW_BORDER_THIN);
      format_set_bottom (format, LXW_BORDER_DOUBLE);
    }

  return format;
}

static void
add_formats (Writer *w)
{
  for (guint k = 0; k < N_COLUMN_KINDS; k++)
    for (guint r = 0; r < N_ROW_KINDS; r++)
      w->cells[k][r] = add_format (w, k, r);

  w->title_format = workbook_add_format (w->workbook);
  format_set_bold (w->title_format);
  format_set_font_size (w->title_format, 16);

  w->label_format = workbook_add_format (w->workbook);
  format_set_bold (w->label_format);
  format_set_align (w->label_format, LXW_ALIGN_LEFT);
  format_set_align (w->label_format, LXW_ALIGN_VERTICAL_TOP);

  w->value_format = workbook_add_format (w->workbook);
  format_set_align (w->value_format, LXW_ALIGN_LEFT);

  w->generated_format = workbook_add_format (w->workbook);
  format_set_num_format (w->generated_format, "yyyy-mm-dd hh:mm");
  format_set_align (w->generated_format, LXW_ALIGN_LEFT);

  w->sentence_format = workbook_add_format (w->workbook);
  format_set_align (w->sentence_format, LXW_ALIGN_LEFT);

  w->provisional_format = workbook_add_format (w->workbook);
  format_set_bold (w->provisional_format);
  format_set_font_color (w->provisional_format, 0xC00000);

  for (guint i = 0; i < 2; i++)
    {
      lxw_format *format = workbook_add_format (w->workbook);

      format_set_bold (format);
      format_set_bg_color (format, 0xD9D9D9);
      format_set_bottom (format, LXW_BORDER_THIN);
      format_set_text_wrap (format);
      format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
      format_set_align (format, i == 0 ? LXW_ALIGN_LEFT : LXW_ALIGN_RIGHT);
      w->heading_format[i] = format;
    }
}

/* Page setup. */

/* Header and footer text: "&" starts a code, so a literal one is doubled. Each of the three
 * parts is kept short: Excel takes 255 characters for the whole header. */
static void
append_header_text (GString    *out,
                    const char *text)
{
  guint length = 0;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint needed = (c == '&' ? 2 : 1) * excel_length (c);

      if (length + needed > HEADER_PART_MAX)
        break;
      if (c == '&')
        g_string_append_c (out, '&');
      g_string_append_unichar (out, c);
      length += needed;
    }
}

static void
make_header_footer (Writer *w)
{
  GString *header = g_string_new ("&L");
  g_autofree char *title = NULL;

  if (hk_report_is_provisional (w->report))
    /* Translators: the page header of a report that is not final, e.g. "日报（未定稿）" */
    title = g_strdup_printf (_("%s (PROVISIONAL)"), hk_report_get_title (w->report));
  else
    title = g_strdup (hk_report_get_title (w->report));

  append_header_text (header, hk_report_get_hall_name (w->report));
  g_string_append (header, "&C");
  append_header_text (header, title);
  g_string_append (header, "&R");
  append_header_text (header, hk_report_get_period_label (w->report));
  w->header = g_string_free (header, FALSE);

  /* Translators: an Excel page footer; keep "&P" (this page) and "&N" (number of pages)
   * exactly as they are, e.g. "第 &P 页，共 &N 页" */
  w->footer = g_strconcat ("&C", _("Page &P of &N"), NULL);
}

static gboolean
set_up_page (Writer         *w,
             lxw_worksheet  *sheet,
             GError        **error)
{
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, PAPER_A4);
  worksheet_fit_to_pages (sheet, 1, 0);

  return check (w, worksheet_set_header (sheet, w->header), error)
         && check (w, worksheet_set_footer (sheet, w->footer), error);
}

static lxw_worksheet *
add_sheet (Writer      *w,
           const char  *name,
           GError     **error)
{
  lxw_worksheet *sheet = workbook_add_worksheet (w->workbook, name);

  if (sheet == NULL)
    {
      hk_export_set_write_error (error, w->path, NULL);
      return NULL;
    }
  g_ptr_array_add (w->worksheets, sheet);

  if (!set_up_page (w, sheet, error))
    return NULL;

  return sheet;
}

/* Cells. */

static char *
clip_text (const char *text)
{
  if (g_utf8_strlen (text, -1) <= CELL_TEXT_MAX)
    return g_strdup (text);

  return g_utf8_substring (text, 0, CELL_TEXT_MAX);
}

static lxw_error
write_text (lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      column,
            const char    *text,
            lxw_format    *format)
{
  g_autofree char *clipped = clip_text (text != NULL ? text : "");

  if (*clipped == '\0')
    return worksheet_write_blank (sheet, row, column, format);

  return worksheet_write_string (sheet, row, column, clipped, format);
}

/* "2026-10-21" or "2026-10-21 09:30:00" (or without seconds) as an Excel date. */
static gboolean
parse_date (const char   *text,
            gboolean      with_time,
            lxw_datetime *datetime)
{
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  char tail = '\0';
  int n;

  if (text == NULL)
    return FALSE;

  n = sscanf (text, "%4d-%2d-%2d %2d:%2d:%2d%c", &year, &month, &day, &hour, &minute,
              &second, &tail);
  if (with_time ? (n != 5 && n != 6) : n != 3)
    return FALSE;
  if (year < 1900 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return FALSE;

  datetime->year = year;
  datetime->month = month;
  datetime->day = day;
  datetime->hour = hour;
  datetime->min = minute;
  datetime->sec = second;

  return TRUE;
}

static double
cell_number (HkReportTable *table,
             guint          column,
             gint64         value)
{
  if (hk_report_table_get_kind (table, column) == HK_REPORT_COLUMN_MONEY)
    return (double) value / 100.0;

  return (double) value;
}

/* "SUM(B2:B4,B6:B9)" over the sheet rows of the runs; NULL when there are none or Excel
 * could not take the formula. */
static char *
sum_formula (const Run *runs,
             guint      n_runs,
             lxw_col_t  column)
{
  g_autoptr(GString) formula = g_string_new ("SUM(");

  if (n_runs == 0 || n_runs > FORMULA_ARGS_MAX)
    return NULL;

  for (guint i = 0; i < n_runs; i++)
    {
      char range[LXW_MAX_CELL_RANGE_LENGTH];

      /* Table row r is sheet row r + 1, under the heading row. */
      lxw_rowcol_to_range (range, runs[i].first + 1, column, runs[i].last + 1, column);
      if (i > 0)
        g_string_append_c (formula, ',');
      g_string_append (formula, range);
    }
  g_string_append_c (formula, ')');

  if (formula->len > FORMULA_LENGTH_MAX)
    return NULL;

  return g_string_free (g_steal_pointer (&formula), FALSE);
}

static GArray *
find_body_runs (HkReportTable *table)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (Run));
  guint n_rows = hk_report_table_get_n_rows (table);

  for (guint r = 0; r < n_rows; r++)
    {
      if (hk_report_table_get_row_kind (table, r) != HK_REPORT_ROW_BODY)
        continue;

      if (runs->len > 0 && g_array_index (runs, Run, runs->len - 1).last + 1 == r)
        g_array_index (runs, Run, runs->len - 1).last = r;
      else
        {
          Run run = { r, r };

          g_array_append_val (runs, run);
        }
    }

  return runs;
}

/* A subtotal or total cell of a count or money column. */
static lxw_error
write_sum (lxw_worksheet *sheet,
           lxw_row_t      sheet_row,
           HkReportTable *table,
           guint          row,
           guint          column,
           const Run     *runs,
           guint          n_runs,
           gint64         sum_of_runs,
           lxw_format    *format)
{
  gint64 value = hk_report_table_get_value (table, row, column);
  double number = cell_number (table, column, value);
  g_autofree char *formula = NULL;

  if (value == sum_of_runs)
    formula = sum_formula (runs, n_runs, column);

  if (formula == NULL)
    return worksheet_write_number (sheet, sheet_row, column, number, format);

  return worksheet_write_formula_num (sheet, sheet_row, column, formula, format, number);
}

/* Width in Excel's units (characters of the default font); a Chinese character is two. */
static double
text_width (const char *text)
{
  return (double) hk_text_width (text != NULL ? text : "");
}

static double
fit_width (double width)
{
  return CLAMP (width + 2.0, COLUMN_WIDTH_MIN, COLUMN_WIDTH_MAX);
}

static double
measure_column (HkReportTable *table,
                guint          column)
{
  HkReportColumnKind kind = hk_report_table_get_kind (table, column);
  guint n_rows = hk_report_table_get_n_rows (table);
  double width = text_width (hk_report_table_get_heading (table, column)) + 1.0;

  for (guint r = 0; r < n_rows; r++)
    {
      if (hk_report_table_is_empty (table, r, column))
        continue;

      switch (kind)
        {
        case HK_REPORT_COLUMN_DATE:
          width = MAX (width, 10.0);
          break;

        case HK_REPORT_COLUMN_DATETIME:
          width = MAX (width, 19.0);
          break;

        case HK_REPORT_COLUMN_TEXT:
          width = MAX (width, text_width (hk_report_table_get_text (table, r, column)));
          break;

        case HK_REPORT_COLUMN_COUNT:
        case HK_REPORT_COLUMN_MONEY:
        case HK_REPORT_COLUMN_RATIO:
        case HK_REPORT_COLUMN_SHARE:
        default:
          {
            g_autofree char *shown = hk_report_table_format_cell (table, r, column);

            /* Total rows are bold: a little wider. */
            width = MAX (width, text_width (shown) + 1.0);
          }
          break;
        }
    }

  return fit_width (width);
}

/* One table, one sheet: the heading row, then every row in order. */
static gboolean
write_table (Writer   *w,
             guint     index,
             GError  **error)
{
  HkReportTable *table = hk_report_get_table (w->report, index);
  guint n_columns = hk_report_table_get_n_columns (table);
  guint n_rows = hk_report_table_get_n_rows (table);
  g_autoptr(GArray) runs = find_body_runs (table);
  g_autofree gint64 *totals = g_new0 (gint64, n_columns);
  g_autofree gint64 *since = g_new0 (gint64, n_columns);
  gboolean in_run = FALSE;
  Run run = { 0, 0 };
  lxw_worksheet *sheet;

  if (n_rows + 1 > LXW_ROW_MAX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The table “%s” has too many rows for an Excel sheet. Save the report "
                     "as PDF or choose a shorter period."), hk_report_table_get_name (table));
      return FALSE;
    }

  sheet = add_sheet (w, g_ptr_array_index (w->sheet_names, index), error);
  if (sheet == NULL)
    return FALSE;

  for (guint r = 0; r < n_rows; r++)
    if (hk_report_table_get_row_kind (table, r) == HK_REPORT_ROW_BODY)
      for (guint c = 0; c < n_columns; c++)
        totals[c] += hk_report_table_get_value (table, r, c);

  for (guint c = 0; c < n_columns; c++)
    if (!check (w, worksheet_set_column (sheet, c, c, measure_column (table, c), NULL), error))
      return FALSE;

  worksheet_freeze_panes (sheet, 1, 0);
  if (!check (w, worksheet_repeat_rows (sheet, 0, 0), error))
    return FALSE;

  for (guint c = 0; c < n_columns; c++)
    {
      HkReportColumnKind kind = hk_report_table_get_kind (table, c);
      lxw_format *format = w->heading_format[kind_is_number (kind) ? 1 : 0];

      if (!check (w, write_text (sheet, 0, c, hk_report_table_get_heading (table, c), format),
                  error))
        return FALSE;
    }

  for (guint r = 0; r < n_rows; r++)
    {
      HkReportRowKind row_kind = hk_report_table_get_row_kind (table, r);
      lxw_row_t sheet_row = r + 1;

      if (!hk_export_check_cancelled (w->cancellable, error))
        return FALSE;

      for (guint c = 0; c < n_columns; c++)
        {
          HkReportColumnKind kind = hk_report_table_get_kind (table, c);
          lxw_format *format = w->cells[kind][row_kind];
          lxw_datetime datetime;
          lxw_error status;

          if (hk_report_table_is_empty (table, r, c))
            {
              status = row_kind == HK_REPORT_ROW_BODY
                       ? LXW_NO_ERROR
                       : worksheet_write_blank (sheet, sheet_row, c, format);
            }
          else if (row_kind == HK_REPORT_ROW_SUBTOTAL
                   && (kind == HK_REPORT_COLUMN_COUNT || kind == HK_REPORT_COLUMN_MONEY))
            {
              status = write_sum (sheet, sheet_row, table, r, c, &run, in_run ? 1 : 0,
                                  in_run ? since[c] : 0, format);
            }
          else if (row_kind == HK_REPORT_ROW_TOTAL
                   && (kind == HK_REPORT_COLUMN_COUNT || kind == HK_REPORT_COLUMN_MONEY))
            {
              status = write_sum (sheet, sheet_row, table, r, c, (const Run *) runs->data,
                                  runs->len, totals[c], format);
            }
          else
            {
              switch (kind)
                {
                case HK_REPORT_COLUMN_COUNT:
                case HK_REPORT_COLUMN_MONEY:
                  status = worksheet_write_number (sheet, sheet_row, c,
                                                   cell_number (table, c,
                                                                hk_report_table_get_value (table, r, c)),
                                                   format);
                  break;

                case HK_REPORT_COLUMN_RATIO:
                case HK_REPORT_COLUMN_SHARE:
                  status = worksheet_write_number (sheet, sheet_row, c,
                                                   hk_report_table_get_ratio (table, r, c),
                                                   format);
                  break;

                case HK_REPORT_COLUMN_DATE:
                case HK_REPORT_COLUMN_DATETIME:
                  if (parse_date (hk_report_table_get_text (table, r, c),
                                  kind == HK_REPORT_COLUMN_DATETIME, &datetime))
                    {
                      status = worksheet_write_datetime (sheet, sheet_row, c, &datetime, format);
                      break;
                    }
                  G_GNUC_FALLTHROUGH;

                case HK_REPORT_COLUMN_TEXT:
                default:
                  status = write_text (sheet, sheet_row, c, hk_report_table_get_text (table, r, c),
                                       w->cells[HK_REPORT_COLUMN_TEXT][row_kind]);
                  break;
                }
            }

          if (!check (w, status, error))
            return FALSE;
        }

      /* What the next subtotal adds up: the body rows since the last subtotal or total. */
      if (row_kind == HK_REPORT_ROW_BODY)
        {
          if (!in_run)
            {
              run.first = r;
              memset (since, 0, n_columns * sizeof (gint64));
              in_run = TRUE;
            }
          run.last = r;
          for (guint c = 0; c < n_columns; c++)
            since[c] += hk_report_table_get_value (table, r, c);
        }
      else
        in_run = FALSE;

      advance (w, 1);
    }

  return TRUE;
}

/* The summary sheet. */

typedef struct
{
  lxw_worksheet *sheet;
  lxw_row_t      row;
  double         label_width;
  double         value_width;
} Summary;

static gboolean
summary_line (Writer      *w,
              Summary     *s,
              const char  *label,
              const char  *value,
              lxw_format  *value_format,
              GError     **error)
{
  if (!check (w, write_text (s->sheet, s->row, 0, label, w->label_format), error)
      || !check (w, write_text (s->sheet, s->row, 1, value,
                                value_format != NULL ? value_format : w->value_format), error))
    return FALSE;

  s->label_width = MAX (s->label_width, text_width (label));
  /* A sentence (the status) may run on into the empty cells to its right. */
  if (value_format != w->provisional_format && value_format != w->sentence_format)
    s->value_width = MAX (s->value_width, text_width (value));
  s->row++;

  return TRUE;
}

static gboolean
add_chart (Writer         *w,
           lxw_worksheet  *summary,
           lxw_row_t       row,
           HkReportChart  *chart,
           GError        **error)
{
  HkReportTable *table = hk_report_chart_get_table (chart);
  g_autoptr(GArray) runs = find_body_runs (table);
  g_autofree char *sheet = NULL;
  lxw_chart_options options = { .x_offset = 0, .y_offset = 0, .x_scale = 1.6, .y_scale = 1.25 };
  gboolean money_axis = FALSE;
  lxw_chart *lchart;
  uint8_t type;

  for (guint i = 0; i < hk_report_get_n_tables (w->report); i++)
    if (hk_report_get_table (w->report, i) == table)
      sheet = quote_sheet_name (g_ptr_array_index (w->sheet_names, i));

  if (sheet == NULL || runs->len == 0 || hk_report_chart_get_n_series (chart) == 0)
    return TRUE;

  switch (hk_report_chart_get_kind (chart))
    {
    case HK_REPORT_CHART_LINE:
      type = LXW_CHART_LINE;
      break;

    case HK_REPORT_CHART_PIE:
      type = LXW_CHART_PIE;
      break;

    case HK_REPORT_CHART_COLUMN:
    default:
      type = LXW_CHART_COLUMN;
      break;
    }

  lchart = workbook_add_chart (w->workbook, type);
  if (lchart == NULL)
    {
      hk_export_set_write_error (error, w->path, NULL);
      return FALSE;
    }
  chart_title_set_name (lchart, hk_report_chart_get_title (chart));

  for (guint i = 0; i < hk_report_chart_get_n_series (chart); i++)
    {
      guint column = hk_report_chart_get_series_column (chart, i);
      g_autoptr(GString) categories = g_string_new ("=");
      g_autoptr(GString) values = g_string_new ("=");
      g_autofree char *name = NULL;
      char cell[LXW_MAX_CELL_NAME_LENGTH];
      lxw_chart_series *series;

      /* Body rows only: a total between them would dwarf the bars. Excel takes a list of
       * ranges in parentheses when subtotals split the body rows. */
      if (runs->len > 1)
        {
          g_string_append_c (categories, '(');
          g_string_append_c (values, '(');
        }
      for (guint r = 0; r < runs->len; r++)
        {
          Run *run = &g_array_index (runs, Run, r);
          char range[LXW_MAX_CELL_RANGE_LENGTH];

          if (r > 0)
            {
              g_string_append_c (categories, ',');
              g_string_append_c (values, ',');
            }
          lxw_rowcol_to_range_abs (range, run->first + 1,
                                   hk_report_chart_get_category_column (chart),
                                   run->last + 1, hk_report_chart_get_category_column (chart));
          g_string_append_printf (categories, "%s!%s", sheet, range);
          lxw_rowcol_to_range_abs (range, run->first + 1, column, run->last + 1, column);
          g_string_append_printf (values, "%s!%s", sheet, range);
        }
      if (runs->len > 1)
        {
          g_string_append_c (categories, ')');
          g_string_append_c (values, ')');
        }

      series = chart_add_series (lchart, categories->str, values->str);
      if (series == NULL)
        {
          hk_export_set_write_error (error, w->path, NULL);
          return FALSE;
        }
      lxw_rowcol_to_cell_abs (cell, 0, column, 1, 1);
      name = g_strdup_printf ("=%s!%s", sheet, cell);
      chart_series_set_name (series, name);

      if (hk_report_table_get_kind (table, column) == HK_REPORT_COLUMN_MONEY)
        money_axis = TRUE;
    }

  if (type == LXW_CHART_PIE)
    chart_legend_set_position (lchart, LXW_CHART_LEGEND_RIGHT);
  else
    {
      if (money_axis)
        chart_axis_set_num_format (lchart->y_axis, "¥#,##0");
      if (hk_report_chart_get_n_series (chart) == 1)
        chart_legend_set_position (lchart, LXW_CHART_LEGEND_NONE);
      else
        chart_legend_set_position (lchart, LXW_CHART_LEGEND_BOTTOM);
    }

  return check (w, worksheet_insert_chart_opt (summary, row, 0, lchart, &options), error);
}

static gboolean
write_summary (Writer   *w,
               GError  **error)
{
  HkReport *report = w->report;
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *sheet_name = NULL;
  GDateTime *generated_at = hk_report_get_generated_at (report);
  Summary s = { NULL, 0, 0.0, 0.0 };

  sheet_name = hk_xlsx_writer_make_sheet_name (C_("workbook sheet", "Summary"), taken);
  for (guint i = 0; i < hk_report_get_n_tables (report); i++)
    {
      HkReportTable *table = hk_report_get_table (report, i);

      g_ptr_array_add (w->sheet_names,
                       hk_xlsx_writer_make_sheet_name (hk_report_table_get_name (table), taken));
    }

  s.sheet = add_sheet (w, sheet_name, error);
  if (s.sheet == NULL)
    return FALSE;

  if (!check (w, write_text (s.sheet, 0, 0, hk_report_get_title (report), w->title_format),
              error))
    return FALSE;
  s.row = 2;

  if (!summary_line (w, &s, _("Hall"), hk_report_get_hall_name (report), NULL, error)
      || !summary_line (w, &s, _("Period"), hk_report_get_period_label (report), NULL, error)
      || !summary_line (w, &s, _("Generated by"), hk_report_get_generated_by (report), NULL,
                        error))
    return FALSE;

  if (generated_at != NULL)
    {
      lxw_datetime datetime = {
        g_date_time_get_year (generated_at), g_date_time_get_month (generated_at),
        g_date_time_get_day_of_month (generated_at), g_date_time_get_hour (generated_at),
        g_date_time_get_minute (generated_at), g_date_time_get_second (generated_at),
      };

      if (!check (w, write_text (s.sheet, s.row, 0, _("Generated at"), w->label_format), error)
          || !check (w, worksheet_write_datetime (s.sheet, s.row, 1, &datetime,
                                                  w->generated_format), error))
        return FALSE;
      s.label_width = MAX (s.label_width, text_width (_("Generated at")));
      s.value_width = MAX (s.value_width, 16.0);
      s.row++;
    }

  if (hk_report_is_provisional (report))
    {
      if (!summary_line (w, &s, _("Status"),
                         _("PROVISIONAL: not every daily report of the period is signed"),
                         w->provisional_format, error))
        return FALSE;

      for (guint i = 0; i < hk_report_get_n_unsigned_days (report); i++)
        if (!summary_line (w, &s, i == 0 ? _("Unsigned days") : "",
                           hk_report_get_unsigned_day_label (report, i), NULL, error))
          return FALSE;
    }
  else if (hk_report_get_checks_signatures (report) &&
           !summary_line (w, &s, _("Status"),
                          _("Final: every daily report of the period is signed"),
                          w->sentence_format, error))
    return FALSE;

  if (hk_report_get_n_figures (report) > 0)
    {
      s.row++;
      if (!check (w, write_text (s.sheet, s.row, 0, _("Key figures"), w->label_format), error))
        return FALSE;
      s.row++;
    }

  for (guint i = 0; i < hk_report_get_n_figures (report); i++)
    {
      const char *label = hk_report_get_figure_label (report, i);
      HkReportColumnKind kind = hk_report_get_figure_kind (report, i);
      gint64 value = hk_report_get_figure_value (report, i);
      lxw_error status;

      if (!check (w, write_text (s.sheet, s.row, 0, label, w->value_format), error))
        return FALSE;

      if (kind == HK_REPORT_COLUMN_MONEY)
        status = worksheet_write_number (s.sheet, s.row, 1, (double) value / 100.0,
                                         w->cells[kind][HK_REPORT_ROW_BODY]);
      else if (kind == HK_REPORT_COLUMN_COUNT)
        status = worksheet_write_number (s.sheet, s.row, 1, (double) value,
                                         w->cells[kind][HK_REPORT_ROW_BODY]);
      else
        status = write_text (s.sheet, s.row, 1, hk_report_get_figure_text (report, i),
                             w->value_format);
      if (!check (w, status, error))
        return FALSE;

      s.label_width = MAX (s.label_width, text_width (label));
      s.value_width = MAX (s.value_width, text_width (hk_report_get_figure_text (report, i)) + 1);
      s.row++;
      advance (w, 1);
    }

  s.row++;
  for (guint i = 0; i < hk_report_get_n_charts (report); i++)
    {
      if (!add_chart (w, s.sheet, s.row, hk_report_get_chart (report, i), error))
        return FALSE;
      s.row += CHART_ROWS;
    }

  return check (w, worksheet_set_column (s.sheet, 0, 0, fit_width (s.label_width), NULL), error)
         && check (w, worksheet_set_column (s.sheet, 1, 1, fit_width (s.value_width), NULL),
                   error);
}

static void
set_properties (Writer *w)
{
  HkReport *report = w->report;
  GDateTime *generated_at = hk_report_get_generated_at (report);
  lxw_doc_properties properties = {
    .title = (char *) hk_report_get_title (report),
    .subject = (char *) hk_report_get_period_label (report),
    .author = (char *) hk_report_get_generated_by (report),
    .company = (char *) hk_report_get_hall_name (report),
    .created = generated_at != NULL ? (time_t) g_date_time_to_unix (generated_at) : 0,
  };

  workbook_set_properties (w->workbook, &properties);
}

/* Frees a workbook that will not be written. libxlsxwriter leaves the temporary files of
 * constant-memory sheets open until the workbook is written, so close them first. */
static void
discard_workbook (Writer *w)
{
  if (w->workbook == NULL)
    return;

  for (guint i = 0; i < w->worksheets->len; i++)
    {
      lxw_worksheet *sheet = g_ptr_array_index (w->worksheets, i);

      if (sheet->optimize && sheet->optimize_tmpfile != NULL)
        {
          fclose (sheet->optimize_tmpfile);
          sheet->optimize_tmpfile = NULL;
          sheet->file = NULL;
        }
    }
  lxw_workbook_free (w->workbook);
  w->workbook = NULL;
}

static gboolean
write_workbook (Writer     *w,
                const char *temp_path,
                GError    **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .tmpdir = NULL };
  lxw_error status;

  for (guint i = 0; i < hk_report_get_n_tables (w->report); i++)
    {
      guint n_rows = hk_report_table_get_n_rows (hk_report_get_table (w->report, i));

      w->units_total += n_rows;
      if (n_rows > HK_XLSX_CONSTANT_MEMORY_ROWS)
        options.constant_memory = LXW_TRUE;
    }
  w->units_total += hk_report_get_n_figures (w->report);

  w->workbook = workbook_new_opt (temp_path, &options);
  if (w->workbook == NULL)
    {
      hk_export_set_write_error (error, w->path, NULL);
      return FALSE;
    }

  add_formats (w);
  make_header_footer (w);
  set_properties (w);

  if (!write_summary (w, error))
    return FALSE;

  if (w->extra != NULL && !w->extra (w->workbook, w->sheet_names, w->extra_data, error))
    return FALSE;

  for (guint i = 0; i < hk_report_get_n_tables (w->report); i++)
    if (!write_table (w, i, error))
      return FALSE;

  if (!hk_export_check_cancelled (w->cancellable, error))
    return FALSE;

  status = workbook_close (w->workbook);
  w->workbook = NULL;

  return check (w, status, error);
}

/**
 * hk_xlsx_writer_write:
 * @report: the report
 * @path: the .xlsx file to write; replaced only when the new one is complete
 * @progress: (nullable) (scope call): told how far the export has got
 * @user_data: for @progress
 * @cancellable: (nullable): checked between rows
 * @error: return location for an error
 *
 * Writes @report as an Excel workbook: a Summary sheet with the key figures and charts,
 * then one sheet per table (see the top of this file). On failure or cancel no file is
 * left at @path (an existing one is kept as it was) and no temporary file remains.
 *
 * Returns: %TRUE when the workbook is at @path
 */
gboolean
hk_xlsx_writer_write (HkReport              *report,
                      const char            *path,
                      HkExportProgressFunc   progress,
                      gpointer               user_data,
                      GCancellable          *cancellable,
                      GError               **error)
{
  return hk_xlsx_writer_write_with_extra (report, path, NULL, NULL, progress, user_data,
                                          cancellable, error);
}

/**
 * hk_xlsx_writer_write_with_extra:
 * @extra: (nullable) (scope call): adds the caller's sheets
 *
 * Writes @report as hk_xlsx_writer_write() does, with the sheets @extra adds after the
 * Summary sheet.
 *
 * Returns: %TRUE when the workbook is at @path
 */
gboolean
hk_xlsx_writer_write_with_extra (HkReport              *report,
                                 const char            *path,
                                 HkXlsxExtraSheetsFunc  extra,
                                 gpointer               extra_data,
                                 HkExportProgressFunc   progress,
                                 gpointer               user_data,
                                 GCancellable          *cancellable,
                                 GError               **error)
{
  g_autoptr(HkExportFile) file = NULL;
  g_autoptr(GPtrArray) worksheets = g_ptr_array_new ();
  g_autoptr(GPtrArray) sheet_names = g_ptr_array_new_with_free_func (g_free);
  Writer w = {
    .report = report,
    .path = path,
    .cancellable = cancellable,
    .worksheets = worksheets,
    .sheet_names = sheet_names,
    .extra = extra,
    .extra_data = extra_data,
  };
  gboolean ok;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  hk_export_progress_init (&w.progress, progress, user_data);
  hk_export_progress_update (&w.progress, 0.0);

  if (!hk_export_check_cancelled (cancellable, error))
    return FALSE;

  file = hk_export_file_new (path, error);
  if (file == NULL)
    return FALSE;

  ok = write_workbook (&w, hk_export_file_get_temp_path (file), error);
  discard_workbook (&w);
  g_free (w.header);
  g_free (w.footer);

  if (!ok || !hk_export_file_commit (file, cancellable, error))
    return FALSE;

  hk_export_progress_update (&w.progress, 1.0);

  return TRUE;
}
