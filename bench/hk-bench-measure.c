/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bench-measure.c: times one of the app's operations on a benchmark database, and its floor.
 *
 * bench/run calls it once per figure and reads its output: one JSON object a line,
 * {"name": …, "wall_ms": [samples], "cpu_ms": [samples], …}. Wall time is what a user waits
 * for; CPU time (this process's user + system) is what the work costs, which the other builds
 * on a shared machine do not inflate. Each operation runs once first to warm the page cache,
 * then --repeat times.
 *
 *   reports DB MONTH          daily, ten-day and monthly report of MONTH ("2026-10"), and the
 *                             same SQL statements replayed through bare sqlite3, reading every
 *                             value of every row (the floor)
 *   analysis DB MONTH         the economic analysis: 13 months and the same month a year ago
 *   import BASE CSV           hk_receipt_import_csv() of CSV into a copy of BASE (once)
 *   workbook DB MONTH OUT     the monthly report and its .xlsx
 *   journal DB FIRST N OUT CSV  a journal of N rows from the month FIRST on: built from the
 *                             monthly journals, written to OUT (.xlsx) once; its cells to CSV
 *   chart DB MONTH            the monthly report's chart drawn at 1200×800, scale 1 and 2
 *   record DB                 one receipt issued at the counter with synchronous=FULL, and a
 *                             bare INSERT + COMMIT in the same file (the floor)
 *   gaps DB                   invoice gaps of every clerk, and one daily report computed
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "core/hk-context.h"
#include "core/hk-database-private.h"
#include "core/hk-receipt-import.h"
#include "core/hk-shift-store.h"
#include "core/hk-transaction.h"
#include "reports/hk-analysis.h"
#include "reports/hk-chart-layout.h"
#include "reports/hk-chart-style.h"
#include "reports/hk-report-builders.h"
#include "reports/hk-report-export.h"

static int repeat = 7;
/* What the floor read, so that the compiler keeps the reading. */
static volatile gint64 sink;

typedef struct
{
  GArray *wall;
  GArray *cpu;
} Samples;

typedef struct
{
  double wall;
  double cpu;
} Clock;

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static Clock
clock_start (void)
{
  return (Clock) { g_get_monotonic_time () / 1e3, cpu_ms () };
}

static void
samples_add (Samples *s,
             Clock    start)
{
  double wall = g_get_monotonic_time () / 1e3 - start.wall;
  double cpu = cpu_ms () - start.cpu;

  if (s->wall == NULL)
    {
      s->wall = g_array_new (FALSE, FALSE, sizeof (double));
      s->cpu = g_array_new (FALSE, FALSE, sizeof (double));
    }
  g_array_append_val (s->wall, wall);
  g_array_append_val (s->cpu, cpu);
}

static void
append_array (GString *out,
              GArray  *values)
{
  g_string_append_c (out, '[');
  for (guint i = 0; values != NULL && i < values->len; i++)
    g_string_append_printf (out, "%s%.3f", i > 0 ? ", " : "", g_array_index (values, double, i));
  g_string_append_c (out, ']');
}

/* Prints one figure; @extra is more JSON members ("" or ", \"rows\": 12"). */
static void
report (const char *name,
        Samples    *s,
        const char *extra)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_string_append_printf (out, "{\"name\": \"%s\", \"wall_ms\": ", name);
  append_array (out, s->wall);
  g_string_append (out, ", \"cpu_ms\": ");
  append_array (out, s->cpu);
  g_string_append_printf (out, "%s, \"maxrss_kb\": %ld}\n", extra != NULL ? extra : "",
                          ({ struct rusage u; getrusage (RUSAGE_SELF, &u); u.ru_maxrss; }));
  fputs (out->str, stdout);
  fflush (stdout);
  g_clear_pointer (&s->wall, g_array_unref);
  g_clear_pointer (&s->cpu, g_array_unref);
}

static HkContext *
open_context (const char  *path,
              GError     **error)
{
  g_autoptr(HkDatabase) database = NULL;

  if (!(database = hk_database_open (path, error)))
    return NULL;

  return hk_context_new (database);
}

static gboolean
parse_month (const char *text,
             HkPeriod   *month)
{
  guint year = 0;
  guint mon = 0;

  return sscanf (text, "%u-%u", &year, &mon) == 2 &&
         hk_period_init (month, HK_PERIOD_MONTH, year, mon, 1);
}

/* The SQL a builder runs, with its parameters in place, for the floor. */
static int
trace_statement (unsigned  type,
                 void     *user_data,
                 void     *p,
                 void     *x)
{
  GPtrArray *statements = user_data;
  char *sql = sqlite3_expanded_sql (p);

  (void)type;
  (void)x;
  /* Statements of triggers come as comments; a builder only reads. */
  if (sql != NULL && !g_str_has_prefix (sql, "--"))
    g_ptr_array_add (statements, g_strdup (sql));
  sqlite3_free (sql);
  return 0;
}

static gboolean
replay (sqlite3    *db,
        GPtrArray  *statements,
        GError    **error)
{
  for (guint i = 0; i < statements->len; i++)
    {
      sqlite3_stmt *stmt = NULL;
      gint64 read = 0;
      int rc;

      if (sqlite3_prepare_v2 (db, g_ptr_array_index (statements, i), -1, &stmt, NULL) !=
          SQLITE_OK)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (db));
          return FALSE;
        }
      /* A bare C consumer reads every value, as the builder does. */
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        for (int col = 0; col < sqlite3_column_count (stmt); col++)
          {
            if (sqlite3_column_type (stmt, col) == SQLITE_TEXT)
              read += (gint64)sqlite3_column_bytes (stmt, col) + *sqlite3_column_text (stmt, col);
            else
              read += sqlite3_column_int64 (stmt, col);
          }
      sink = read;
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (db));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
measure_reports (const char  *path,
                 const char  *month_text,
                 GError     **error)
{
  g_autoptr(HkContext) context = NULL;
  sqlite3 *db;
  HkPeriod month;
  HkPeriod periods[3];
  const char *ids[3] = { "daily", "dekad", "monthly" };
  guint last_day;

  if (!parse_month (month_text, &month) || !(context = open_context (path, error)))
    return FALSE;

  db = hk_database_get_handle (hk_context_get_database (context));
  last_day = hk_period_get_n_days (&month);
  hk_period_init (&periods[0], HK_PERIOD_DAY, month.year, month.month, last_day);
  hk_period_init (&periods[1], HK_PERIOD_DEKAD, month.year, month.month, last_day);
  periods[2] = month;

  for (guint k = 0; k < G_N_ELEMENTS (ids); k++)
    {
      const HkReportBuilder *builder = hk_report_builder_lookup (ids[k]);
      g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *name = NULL;
      g_autofree char *extra = NULL;
      Samples s = { 0 };

      /* Warm up, and note the statements the builder runs. */
      {
        g_autoptr(HkReport) warm = NULL;

        sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, trace_statement, statements);
        warm = builder->build (context, &periods[k], "bench", NULL, error);
        sqlite3_trace_v2 (db, 0, NULL, NULL);
        if (warm == NULL)
          return FALSE;
      }

      for (int i = 0; i < repeat; i++)
        {
          g_autoptr(HkReport) built = NULL;
          Clock c = clock_start ();

          if (!(built = builder->build (context, &periods[k], "bench", NULL, error)))
            return FALSE;
          samples_add (&s, c);
        }
      name = g_strdup_printf ("report-%s", ids[k]);
      extra = g_strdup_printf (", \"statements\": %u", statements->len);
      report (name, &s, extra);

      for (int i = 0; i < repeat; i++)
        {
          Clock c = clock_start ();

          if (!replay (db, statements, error))
            return FALSE;
          samples_add (&s, c);
        }
      g_free (name);
      name = g_strdup_printf ("report-%s-floor", ids[k]);
      report (name, &s, extra);
    }

  return TRUE;
}

static gboolean
measure_analysis (const char  *path,
                  const char  *month_text,
                  GError     **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkAnalysis) warm = NULL;
  HkPeriod month;
  Samples s = { 0 };

  if (!parse_month (month_text, &month) || !(context = open_context (path, error)))
    return FALSE;

  if (!(warm = hk_analysis_build (context, HK_ANALYSIS_ECONOMIC, &month, "bench", NULL, error)))
    return FALSE;

  for (int i = 0; i < repeat; i++)
    {
      g_autoptr(HkAnalysis) built = NULL;
      Clock c = clock_start ();

      if (!(built = hk_analysis_build (context, HK_ANALYSIS_ECONOMIC, &month, "bench", NULL,
                                       error)))
        return FALSE;
      samples_add (&s, c);
    }
  report ("analysis-economic", &s, NULL);
  return TRUE;
}

static gboolean
measure_import (const char  *base,
                const char  *csv_path,
                GError     **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) auditor = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *extra = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  HkReceiptImportResult result;
  Samples s = { 0 };
  Clock c;

  if (!(dir = g_dir_make_tmp ("hk-bench-import-XXXXXX", error)))
    return FALSE;
  copy = g_build_filename (dir, "import.db", NULL);
  {
    g_autoptr(HkContext) source = open_context (base, error);

    if (source == NULL ||
        !hk_database_backup_to (hk_context_get_database (source), copy, error))
      return FALSE;
  }

  if (!(context = open_context (copy, error)) ||
      !(auditor = hk_operator_store_lookup (hk_context_get_operator_store (context), "zhaomin",
                                            error)) ||
      !g_file_get_contents (csv_path, &contents, &length, error))
    return FALSE;

  c = clock_start ();
  if (!hk_receipt_import_csv (context, auditor, contents, length, &result, error))
    return FALSE;
  samples_add (&s, c);

  extra = g_strdup_printf (", \"receipts\": %u, \"lines\": %u", result.n_receipts,
                           result.n_lines);
  report ("import", &s, extra);

  g_clear_object (&context);
  g_remove (copy);
  {
    g_autofree char *wal = g_strconcat (copy, "-wal", NULL);
    g_autofree char *shm = g_strconcat (copy, "-shm", NULL);

    g_remove (wal);
    g_remove (shm);
  }
  g_rmdir (dir);
  return TRUE;
}

static gboolean
measure_workbook (const char  *path,
                  const char  *month_text,
                  const char  *out,
                  GError     **error)
{
  g_autoptr(HkContext) context = NULL;
  HkPeriod month;
  Samples build = { 0 };
  Samples write = { 0 };

  if (!parse_month (month_text, &month) || !(context = open_context (path, error)))
    return FALSE;

  for (int i = 0; i <= repeat; i++)
    {
      g_autoptr(HkReport) built = NULL;
      Clock c = clock_start ();
      Clock w;

      if (!(built = hk_report_build_monthly (context, &month, "bench", NULL, error)))
        return FALSE;
      w = clock_start ();
      if (!hk_report_export (built, out, NULL, NULL, NULL, error))
        return FALSE;
      if (i > 0)
        {
          samples_add (&write, w);
          samples_add (&build, c);
        }
    }

  report ("workbook-monthly", &build, NULL);
  report ("workbook-monthly-write", &write, NULL);

  /* The month's receipts: its journal (日记帐), one row per receipt, void and count. */
  for (int i = 0; i <= repeat; i++)
    {
      g_autoptr(HkReport) built = NULL;
      g_autofree char *journal_out = g_strconcat (out, "-journal.xlsx", NULL);
      Clock c = clock_start ();

      if (!(built = hk_report_build_journal (context, &month, "bench", NULL, error)) ||
          !hk_report_export (built, journal_out, NULL, NULL, NULL, error))
        return FALSE;
      if (i > 0)
        samples_add (&build, c);
    }
  report ("workbook-monthly-journal", &build, NULL);
  return TRUE;
}

static void
write_csv_field (FILE       *f,
                 const char *text)
{
  if (strpbrk (text, ",\"\n") == NULL)
    {
      fputs (text, f);
      return;
    }

  fputc ('"', f);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        fputc ('"', f);
      fputc (*p, f);
    }
  fputc ('"', f);
}

/* A journal of @n_rows rows: the monthly journals from @first on, one after the other. */
static gboolean
measure_journal (const char  *path,
                 const char  *first_text,
                 guint        n_rows,
                 const char  *out,
                 const char  *csv_path,
                 GError     **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkReport) journal = NULL;
  HkReportTable *table = NULL;
  HkPeriod month;
  Samples build = { 0 };
  Samples write = { 0 };
  g_autofree char *extra = NULL;
  FILE *csv;
  Clock c;

  if (!parse_month (first_text, &month) || !(context = open_context (path, error)))
    return FALSE;

  c = clock_start ();
  while (table == NULL || hk_report_table_get_n_rows (table) < n_rows)
    {
      g_autoptr(HkReport) part = NULL;
      HkReportTable *source;

      if (!(part = hk_report_build_journal (context, &month, "bench", NULL, error)))
        return FALSE;
      source = hk_report_find_table (part, "journal");

      if (journal == NULL)
        {
          journal = hk_report_new ("journal", hk_report_get_title (part));
          table = hk_report_add_table (journal, "journal", hk_report_table_get_name (source));
          for (guint col = 0; col < hk_report_table_get_n_columns (source); col++)
            hk_report_table_add_column (table, hk_report_table_get_heading (source, col),
                                        hk_report_table_get_kind (source, col));
        }

      for (guint row = 0; row < hk_report_table_get_n_rows (source) &&
                          hk_report_table_get_n_rows (table) < n_rows; row++)
        {
          guint r;

          if (hk_report_table_get_row_kind (source, row) != HK_REPORT_ROW_BODY)
            continue;
          r = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);
          for (guint col = 0; col < hk_report_table_get_n_columns (source); col++)
            {
              if (hk_report_table_is_empty (source, row, col))
                continue;
              switch (hk_report_table_get_kind (source, col))
                {
                case HK_REPORT_COLUMN_COUNT:
                case HK_REPORT_COLUMN_MONEY:
                  hk_report_table_set_value (table, r, col,
                                             hk_report_table_get_value (source, row, col));
                  break;
                case HK_REPORT_COLUMN_RATIO:
                case HK_REPORT_COLUMN_SHARE:
                  hk_report_table_set_ratio (table, r, col,
                                             hk_report_table_get_ratio (source, row, col));
                  break;
                case HK_REPORT_COLUMN_TEXT:
                case HK_REPORT_COLUMN_DATE:
                case HK_REPORT_COLUMN_DATETIME:
                default:
                  hk_report_table_set_text (table, r, col,
                                            hk_report_table_get_text (source, row, col));
                  break;
                }
            }
        }

      month = hk_period_get_next (&month);
    }
  samples_add (&build, c);

  c = clock_start ();
  if (!hk_report_export (journal, out, NULL, NULL, NULL, error))
    return FALSE;
  samples_add (&write, c);

  extra = g_strdup_printf (", \"rows\": %u, \"columns\": %u", hk_report_table_get_n_rows (table),
                           hk_report_table_get_n_columns (table));
  report ("journal-build", &build, extra);
  report ("journal-xlsx", &write, extra);

  /* The same cells for the peers: text as text, amounts in yuan. */
  if (!(csv = fopen (csv_path, "w")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot write %s", csv_path);
      return FALSE;
    }
  for (guint col = 0; col < hk_report_table_get_n_columns (table); col++)
    {
      if (col > 0)
        fputc (',', csv);
      write_csv_field (csv, hk_report_table_get_heading (table, col));
    }
  fputc ('\n', csv);
  for (guint row = 0; row < hk_report_table_get_n_rows (table); row++)
    {
      for (guint col = 0; col < hk_report_table_get_n_columns (table); col++)
        {
          if (col > 0)
            fputc (',', csv);
          if (hk_report_table_is_empty (table, row, col))
            continue;
          if (hk_report_table_get_kind (table, col) != HK_REPORT_COLUMN_MONEY &&
              hk_report_table_get_kind (table, col) != HK_REPORT_COLUMN_COUNT)
            {
              g_autofree char *cell = hk_report_table_format_cell (table, row, col);

              write_csv_field (csv, cell);
            }
          else if (hk_report_table_get_kind (table, col) == HK_REPORT_COLUMN_COUNT)
            fprintf (csv, "%lld", (long long)hk_report_table_get_value (table, row, col));
          else
            {
              gint64 v = hk_report_table_get_value (table, row, col);

              fprintf (csv, "%s%lld.%02lld", v < 0 ? "-" : "", (long long)(ABS (v) / 100),
                       (long long)(ABS (v) % 100));
            }
        }
      fputc ('\n', csv);
    }
  fclose (csv);
  return TRUE;
}

static gboolean
measure_chart (const char  *path,
               const char  *month_text,
               GError     **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkReport) monthly = NULL;
  g_autoptr(HkAnalysis) analysis = NULL;
  HkPeriod month;

  if (!parse_month (month_text, &month) || !(context = open_context (path, error)) ||
      !(monthly = hk_report_build_monthly (context, &month, "bench", NULL, error)) ||
      !(analysis = hk_analysis_build (context, HK_ANALYSIS_ECONOMIC, &month, "bench", NULL,
                                      error)))
    return FALSE;

  for (int scale = 1; scale <= 2; scale++)
    {
      g_autoptr(HkChart) by_day = hk_chart_new_from_report (hk_report_get_chart (monthly, 0));
      HkChart *by_month = hk_analysis_panel_get_chart (hk_analysis_find_panel (analysis,
                                                                               "revenue-by-month"));
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200 * scale,
                                                             800 * scale);
      g_autofree char *name = g_strdup_printf ("chart-scale-%d", scale);
      Samples s = { 0 };
      HkChartStyle style;

      hk_chart_style_init_light (&style);
      for (int i = 0; i <= repeat * 3; i++)
        {
          cairo_t *cr = cairo_create (surface);
          Clock c = clock_start ();

          /* Both charts of the monthly page, each half the height. */
          cairo_scale (cr, scale, scale);
          hk_chart_render (by_day, cr, 1200, 400, &style);
          cairo_translate (cr, 0, 400);
          hk_chart_render (by_month, cr, 1200, 400, &style);
          cairo_surface_flush (surface);
          if (i > 0)
            samples_add (&s, c);
          cairo_destroy (cr);
        }
      report (name, &s, NULL);
      cairo_surface_destroy (surface);
    }

  return TRUE;
}

static gboolean
measure_record (const char  *path,
                GError     **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkFeeItem) item = NULL;
  HkDatabase *database;
  sqlite3 *db;
  Samples s = { 0 };
  HkReceiptLineInput line = { 0 };
  HkReceiptPaymentInput payment = { 0 };

  if (!(context = open_context (path, error)))
    return FALSE;
  database = hk_context_get_database (context);
  db = hk_database_get_handle (database);

  if (!(clerk = hk_operator_store_lookup (hk_context_get_operator_store (context), "zhaolei",
                                          error)) ||
      !(item = hk_fee_item_store_lookup (hk_context_get_fee_item_store (context), "TOP-050",
                                         error)) ||
      !hk_database_exec (database, "PRAGMA synchronous = FULL", error))
    return FALSE;

  shift = hk_shift_store_open (hk_context_get_shift_store (context), clerk, 50000, NULL);
  line.fee_item_id = hk_fee_item_get_id (item);
  line.quantity = 1;
  payment.method = HK_PAYMENT_CASH;
  payment.amount = 5000;

  for (int i = 0; i <= repeat * 5; i++)
    {
      g_autoptr(HkReceipt) receipt = NULL;
      Clock c = clock_start ();

      if (!(receipt = hk_receipt_store_issue (hk_context_get_receipt_store (context), clerk, NULL,
                                              &line, 1, &payment, 1, NULL, error)))
        return FALSE;
      if (i > 0)
        samples_add (&s, c);
    }
  report ("record-receipt", &s, NULL);

  if (!hk_database_exec (database, "CREATE TEMP TABLE IF NOT EXISTS x (a INTEGER)", error) ||
      !hk_database_exec (database, "CREATE TABLE IF NOT EXISTS bench_floor"
                                   " (id INTEGER PRIMARY KEY, at INTEGER, total INTEGER)", error))
    return FALSE;

  for (int i = 0; i <= repeat * 5; i++)
    {
      Clock c = clock_start ();

      if (sqlite3_exec (db, "BEGIN; INSERT INTO bench_floor (at, total) VALUES (1, 5000);"
                            " COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", sqlite3_errmsg (db));
          return FALSE;
        }
      if (i > 0)
        samples_add (&s, c);
    }
  report ("record-receipt-floor", &s, NULL);
  return TRUE;
}

static gboolean
measure_gaps (const char  *path,
              GError     **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) clerk = NULL;
  HkInvoiceBookStore *books;
  Samples s = { 0 };

  if (!(context = open_context (path, error)) ||
      !(clerk = hk_operator_store_lookup (hk_context_get_operator_store (context), "zhangli",
                                          error)))
    return FALSE;
  books = hk_context_get_invoice_book_store (context);

  for (int i = 0; i <= repeat; i++)
    {
      g_autoptr(GPtrArray) gaps = NULL;
      Clock c = clock_start ();

      if (!(gaps = hk_invoice_book_store_find_gaps (books, NULL, 0, error)))
        return FALSE;
      if (i > 0)
        samples_add (&s, c);
    }
  report ("find-gaps-all", &s, NULL);

  for (int i = 0; i <= repeat; i++)
    {
      g_autoptr(HkDailyReport) computed = NULL;
      Clock c = clock_start ();

      if (!(computed = hk_daily_report_store_compute (hk_context_get_daily_report_store (context),
                                                      hk_operator_get_id (clerk), "2026-10-30",
                                                      error)))
        return FALSE;
      if (i > 0)
        samples_add (&s, c);
    }
  report ("daily-report-compute", &s, NULL);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;
  const char *repeat_env = g_getenv ("HK_BENCH_REPEAT");

  if (repeat_env != NULL)
    repeat = MAX (1, atoi (repeat_env));

  if (argc >= 4 && g_str_equal (argv[1], "reports"))
    ok = measure_reports (argv[2], argv[3], &error);
  else if (argc >= 4 && g_str_equal (argv[1], "analysis"))
    ok = measure_analysis (argv[2], argv[3], &error);
  else if (argc >= 4 && g_str_equal (argv[1], "import"))
    ok = measure_import (argv[2], argv[3], &error);
  else if (argc >= 5 && g_str_equal (argv[1], "workbook"))
    ok = measure_workbook (argv[2], argv[3], argv[4], &error);
  else if (argc >= 7 && g_str_equal (argv[1], "journal"))
    ok = measure_journal (argv[2], argv[3], (guint)atoi (argv[4]), argv[5], argv[6], &error);
  else if (argc >= 4 && g_str_equal (argv[1], "chart"))
    ok = measure_chart (argv[2], argv[3], &error);
  else if (argc >= 3 && g_str_equal (argv[1], "record"))
    ok = measure_record (argv[2], &error);
  else if (argc >= 3 && g_str_equal (argv[1], "gaps"))
    ok = measure_gaps (argv[2], &error);
  else
    {
      g_printerr ("usage: hk-bench-measure reports|analysis|import|workbook|journal|chart|record"
                  "|gaps ARGS (see the comment at the top of hk-bench-measure.c)\n");
      return 2;
    }

  if (!ok)
    {
      g_printerr ("hk-bench-measure: %s\n", error != NULL ? error->message : "bad arguments");
      return 1;
    }

  return 0;
}
