/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-analysis-export.c: the whole monthly analysis as a multi-page A4 PDF or in the monthly
 * report's Excel workbook.
 *
 * The PDF is laid out twice with the same code: once on a PDF surface that writes nowhere, to
 * count the pages ("Page 2 of 7" needs the total), then on the file. Every chart is drawn by
 * hk_chart_render(), the renderer of the screen, in the light style at a print size.
 *
 * The workbook is the monthly report copied cell by cell into a report that also holds every
 * panel's table, written by the Excel writer (its Summary and data sheets, typed cells and
 * SUM totals), with the analysis sheets added through its extra-sheets hook.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "core/hk-error.h"
#include "hk-analysis-export.h"
#include "hk-chart-layout.h"
#include "hk-export-file.h"
#include "hk-report-builders.h"
#include "hk-xlsx-writer.h"

/* A4 portrait, in points. */
#define PAGE_WIDTH      (210.0 / 25.4 * 72.0)
#define PAGE_HEIGHT     (297.0 / 25.4 * 72.0)
#define MARGIN          42.0
#define HEADER_HEIGHT   22.0
#define FOOTER_HEIGHT   20.0
#define PANELS_PER_PAGE 3
#define CHART_WIDTH     330.0
#define FIGURES_GAP     14.0
#define FONT            "Sans"

/* Chart images in the workbook, in pixels. */
#define IMAGE_WIDTH     640
#define IMAGE_HEIGHT    320
#define BLOCK_ROWS      19
#define NATIVE_COLUMN   13

/* ---- the document ---- */

void
hk_analysis_document_free (HkAnalysisDocument *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->economic, hk_analysis_unref);
  g_clear_pointer (&self->quality, hk_analysis_unref);
  g_clear_pointer (&self->monthly, hk_report_unref);
  g_clear_pointer (&self->commentary, g_free);
  g_clear_pointer (&self->commentary_by, g_free);
  g_clear_pointer (&self->commentary_at, g_date_time_unref);
  g_free (self);
}

/**
 * hk_analysis_document_build:
 * @month: a month
 * @generated_by: (nullable): the display name of who asks
 *
 * Returns: (transfer full): both analyses, the commentary and the monthly report of @month,
 *   or %NULL with @error set
 */
HkAnalysisDocument *
hk_analysis_document_build (HkContext       *context,
                            const HkPeriod  *month,
                            const char      *generated_by,
                            GCancellable    *cancellable,
                            GError         **error)
{
  g_autoptr(HkAnalysisDocument) self = g_new0 (HkAnalysisDocument, 1);
  g_autoptr(HkAnalysisComment) comment = NULL;
  g_autofree char *month_id = NULL;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (month != NULL, NULL);

  month_id = hk_period_to_string (month);
  if (!(self->economic = hk_analysis_build (context, HK_ANALYSIS_ECONOMIC, month, generated_by,
                                            cancellable, error)) ||
      !(self->quality = hk_analysis_build (context, HK_ANALYSIS_QUALITY, month, generated_by,
                                           cancellable, error)) ||
      !(self->monthly = hk_report_build_monthly (context, month, generated_by, cancellable,
                                                 error)) ||
      !hk_analysis_store_get_comment (hk_context_get_analysis_store (context), month_id,
                                      &comment, error))
    return NULL;

  if (comment != NULL && *comment->text != '\0')
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (comment->written_at);
      GTimeZone *zone = hk_hall_store_get_time_zone (hk_context_get_hall_store (context));

      self->commentary = g_strdup (comment->text);
      self->commentary_by = g_strdup (comment->written_by_name);
      self->commentary_at = g_date_time_to_timezone (utc, zone);
    }
  else
    self->commentary = g_strdup ("");

  return g_steal_pointer (&self);
}

static char *
dup_written_line (HkAnalysisDocument *document)
{
  g_autofree char *when = NULL;

  if (document->commentary_at == NULL)
    return g_strdup (_("No commentary has been written for this month."));

  when = g_date_time_format (document->commentary_at, "%Y-%m-%d %H:%M");
  /* Translators: under the commentary: who wrote it, when ("2026-11-03 10:00") */
  return g_strdup_printf (_("Written by %s, %s"), document->commentary_by, when);
}

/* ---- the PDF ---- */

typedef struct
{
  HkAnalysisDocument *document;
  cairo_t            *cr;
  PangoLayout        *layout;
  guint               page;      /* the page being drawn, from 1 */
  guint               n_pages;   /* 0 while counting */
  const char         *section;   /* in the page header */
  double              y;
  GCancellable       *cancellable;
  HkExportProgress   *progress;
  guint               done;
  guint               total;
} Pdf;

static void
set_text (Pdf         *pdf,
          const char  *text,
          double       size,
          PangoWeight  weight,
          double       width)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, FONT);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (pdf->layout, font);
  pango_layout_set_width (pdf->layout, width > 0 ? (int)(width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (pdf->layout, text, -1);
}

/* Draws a text at (x, y); returns its height. */
static double
show_text (Pdf         *pdf,
           double       x,
           double       y,
           const char  *text,
           double       size,
           PangoWeight  weight,
           double       width,
           double       grey)
{
  PangoRectangle logical;

  set_text (pdf, text, size, weight, width);
  pango_layout_get_extents (pdf->layout, NULL, &logical);
  cairo_set_source_rgb (pdf->cr, grey, grey, grey);
  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, pdf->layout);

  return (double)logical.height / PANGO_SCALE;
}

/* The header and footer of the page being begun. */
static void
begin_page (Pdf *pdf)
{
  HkReport *report = hk_analysis_get_report (pdf->document->economic);
  g_autofree char *left = NULL;
  g_autofree char *footer = NULL;

  pdf->page++;
  left = g_strdup_printf ("%s · %s", hk_report_get_hall_name (report),
                          hk_report_get_period_label (report));
  show_text (pdf, MARGIN, MARGIN - 14, left, 7.5, PANGO_WEIGHT_NORMAL, -1, 0.35);
  if (pdf->section != NULL)
    {
      double width;
      PangoRectangle logical;

      set_text (pdf, pdf->section, 7.5, PANGO_WEIGHT_NORMAL, -1);
      pango_layout_get_extents (pdf->layout, NULL, &logical);
      width = (double)logical.width / PANGO_SCALE;
      show_text (pdf, PAGE_WIDTH - MARGIN - width, MARGIN - 14, pdf->section, 7.5,
                 PANGO_WEIGHT_NORMAL, -1, 0.35);
    }

  if (pdf->n_pages > 0)
    /* Translators: the footer of every page of the analysis PDF */
    footer = g_strdup_printf (_("Page %u of %u"), pdf->page, pdf->n_pages);
  else
    footer = g_strdup_printf (_("Page %u of %u"), pdf->page, pdf->page);
  show_text (pdf, MARGIN, PAGE_HEIGHT - MARGIN + 6, footer, 7.5, PANGO_WEIGHT_NORMAL, -1, 0.35);

  pdf->y = MARGIN + HEADER_HEIGHT - 14;
}

static void
end_page (Pdf *pdf)
{
  cairo_show_page (pdf->cr);
}

static double
page_bottom (void)
{
  return PAGE_HEIGHT - MARGIN - FOOTER_HEIGHT;
}

/* The commentary, line by line, onto as many pages as it takes. */
static void
show_commentary (Pdf *pdf)
{
  double width = PAGE_WIDTH - 2 * MARGIN;
  PangoLayoutIter *iter;

  if (*pdf->document->commentary == '\0')
    return;

  set_text (pdf, pdf->document->commentary, 10.5, PANGO_WEIGHT_NORMAL, width);
  iter = pango_layout_get_iter (pdf->layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double baseline = (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      double height;
      double top;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      height = (double)logical.height / PANGO_SCALE;
      top = (double)logical.y / PANGO_SCALE;

      if (pdf->y + height > page_bottom ())
        {
          end_page (pdf);
          begin_page (pdf);
        }

      cairo_set_source_rgb (pdf->cr, 0, 0, 0);
      cairo_move_to (pdf->cr, MARGIN + (double)logical.x / PANGO_SCALE,
                     pdf->y + baseline - top);
      pango_cairo_show_layout_line (pdf->cr, line);
      pdf->y += height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  /* The layout's text is the whole commentary still; nothing else uses it before resetting. */
}

static void
draw_cover (Pdf *pdf)
{
  HkAnalysisDocument *document = pdf->document;
  HkReport *report = hk_analysis_get_report (document->economic);
  GDateTime *generated_at = hk_report_get_generated_at (report);
  double width = PAGE_WIDTH - 2 * MARGIN;
  g_autofree char *generated = NULL;
  g_autofree char *written = dup_written_line (document);
  g_autofree char *when = NULL;

  pdf->section = NULL;
  begin_page (pdf);

  pdf->y += show_text (pdf, MARGIN, pdf->y, _("Monthly economic and quality analysis"), 18,
                       PANGO_WEIGHT_BOLD, width, 0) + 6;
  pdf->y += show_text (pdf, MARGIN, pdf->y, hk_report_get_hall_name (report), 12,
                       PANGO_WEIGHT_NORMAL, width, 0);
  pdf->y += show_text (pdf, MARGIN, pdf->y, hk_report_get_period_label (report), 12,
                       PANGO_WEIGHT_NORMAL, width, 0) + 4;

  when = generated_at != NULL ? g_date_time_format (generated_at, "%Y-%m-%d %H:%M")
                              : g_strdup ("");
  /* Translators: who made the analysis, when: "Generated by Li Qiang, 2026-11-05 12:00" */
  generated = g_strdup_printf (_("Generated by %s, %s"), hk_report_get_generated_by (report),
                               when);
  pdf->y += show_text (pdf, MARGIN, pdf->y, generated, 9, PANGO_WEIGHT_NORMAL, width, 0.3);
  if (hk_report_is_provisional (document->monthly))
    pdf->y += show_text (pdf, MARGIN, pdf->y,
                         _("PROVISIONAL: not every daily report of the month is signed"), 9,
                         PANGO_WEIGHT_BOLD, width, 0);
  pdf->y += 18;

  pdf->y += show_text (pdf, MARGIN, pdf->y, _("Supervisor’s commentary"), 13,
                       PANGO_WEIGHT_BOLD, width, 0) + 2;
  pdf->y += show_text (pdf, MARGIN, pdf->y, written, 8.5, PANGO_WEIGHT_NORMAL, width, 0.35) + 6;
  show_commentary (pdf);

  end_page (pdf);
}

/* One panel: the chart on the left, its figures on the right. */
static void
draw_panel (Pdf             *pdf,
            HkAnalysisPanel *panel,
            double           top,
            double           height)
{
  HkChartStyle style;
  double x = MARGIN + CHART_WIDTH + FIGURES_GAP;
  double width = PAGE_WIDTH - MARGIN - x;
  double y = top + 4;

  hk_chart_style_init_light (&style);
  style.font_size = 8.0;

  cairo_save (pdf->cr);
  cairo_translate (pdf->cr, MARGIN, top);
  cairo_rectangle (pdf->cr, 0, 0, CHART_WIDTH, height);
  cairo_clip (pdf->cr);
  hk_chart_render (hk_analysis_panel_get_chart (panel), pdf->cr, CHART_WIDTH, height, &style);
  cairo_restore (pdf->cr);

  for (guint i = 0; i < hk_analysis_panel_get_n_figures (panel); i++)
    {
      y += show_text (pdf, x, y, hk_analysis_panel_get_figure_label (panel, i), 7.5,
                      PANGO_WEIGHT_NORMAL, width, 0.35);
      y += show_text (pdf, x, y, hk_analysis_panel_get_figure_text (panel, i), 10,
                      PANGO_WEIGHT_BOLD, width, 0) + 3;
      if (y > top + height)
        break;
    }
}

static gboolean
draw_analysis (Pdf         *pdf,
               HkAnalysis  *analysis,
               GError     **error)
{
  guint n = hk_analysis_get_n_panels (analysis);
  double title_height = 0;
  double slot = 0;

  pdf->section = hk_analysis_kind_get_title (hk_analysis_get_kind (analysis));

  for (guint i = 0; i < n; i++)
    {
      double top;

      if (i % PANELS_PER_PAGE == 0)
        {
          if (!hk_export_check_cancelled (pdf->cancellable, error))
            return FALSE;
          if (i > 0)
            end_page (pdf);
          begin_page (pdf);
          title_height = 0;
          if (i == 0)
            title_height = show_text (pdf, MARGIN, pdf->y, pdf->section, 15, PANGO_WEIGHT_BOLD,
                                      -1, 0) + 6;
          pdf->y += title_height;
          slot = (page_bottom () - pdf->y) / PANELS_PER_PAGE;
        }

      top = pdf->y + slot * (i % PANELS_PER_PAGE);
      draw_panel (pdf, hk_analysis_get_panel (analysis, i), top, slot - 12);

      if (pdf->n_pages > 0)
        hk_export_progress_update (pdf->progress, (double)++pdf->done / pdf->total);
    }

  end_page (pdf);

  return TRUE;
}

static gboolean
draw_document (Pdf         *pdf,
               GError     **error)
{
  pdf->page = 0;
  pdf->done = 0;
  draw_cover (pdf);

  return draw_analysis (pdf, pdf->document->economic, error) &&
         draw_analysis (pdf, pdf->document->quality, error);
}

static cairo_status_t
write_nowhere (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
render_pdf (Pdf              *pdf,
            cairo_surface_t  *surface,
            GError          **error)
{
  g_autoptr(PangoLayout) layout = NULL;
  gboolean ok;

  pdf->cr = cairo_create (surface);
  layout = pango_cairo_create_layout (pdf->cr);
  pdf->layout = layout;
  ok = draw_document (pdf, error);
  cairo_destroy (pdf->cr);
  pdf->cr = NULL;
  pdf->layout = NULL;

  return ok;
}

gboolean
hk_analysis_export_pdf (HkAnalysisDocument  *document,
                        const char          *path,
                        HkExportProgressFunc progress,
                        gpointer             user_data,
                        GCancellable        *cancellable,
                        GError             **error)
{
  g_autoptr(HkExportFile) file = NULL;
  HkExportProgress reporter;
  cairo_surface_t *surface;
  cairo_status_t status;
  Pdf pdf = { 0 };
  HkReport *report;

  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  hk_export_progress_init (&reporter, progress, user_data);
  hk_export_progress_update (&reporter, 0.0);
  if (!hk_export_check_cancelled (cancellable, error))
    return FALSE;

  pdf.document = document;
  pdf.cancellable = cancellable;
  pdf.progress = &reporter;
  pdf.total = hk_analysis_get_n_panels (document->economic) +
              hk_analysis_get_n_panels (document->quality);

  /* Count the pages. */
  surface = cairo_pdf_surface_create_for_stream (write_nowhere, NULL, PAGE_WIDTH, PAGE_HEIGHT);
  if (!render_pdf (&pdf, surface, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cairo_surface_destroy (surface);
  pdf.n_pages = pdf.page;

  if (!(file = hk_export_file_new (path, error)))
    return FALSE;

  surface = cairo_pdf_surface_create (hk_export_file_get_temp_path (file), PAGE_WIDTH,
                                      PAGE_HEIGHT);
  report = hk_analysis_get_report (document->economic);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  _("Monthly economic and quality analysis"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  hk_report_get_period_label (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                  hk_report_get_generated_by (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);

  if (!render_pdf (&pdf, surface, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      hk_export_set_write_error (error, path, cairo_status_to_string (status));
      return FALSE;
    }

  if (!hk_export_file_commit (file, cancellable, error))
    return FALSE;

  hk_export_progress_update (&reporter, 1.0);

  return TRUE;
}

/* ---- the workbook ---- */

/* Copies a table of another report into @report. */
static HkReportTable *
copy_table (HkReport      *report,
            HkReportTable *source,
            const char    *id_prefix)
{
  g_autofree char *id = g_strconcat (id_prefix != NULL ? id_prefix : "",
                                     id_prefix != NULL ? "/" : "",
                                     hk_report_table_get_id (source), NULL);

  return hk_report_add_table_copy (report, id, source);
}

/* The monthly report, whole, and every panel's table after its tables. */
static HkReport *
make_workbook_report (HkAnalysisDocument *document)
{
  HkReport *monthly = document->monthly;
  HkReport *report = hk_report_new (hk_report_get_id (monthly), hk_report_get_title (monthly));
  g_autoptr(GPtrArray) tables = g_ptr_array_new ();
  HkAnalysis *analyses[] = { document->economic, document->quality };

  hk_report_set_period (report, hk_report_get_first_day (monthly),
                        hk_report_get_last_day (monthly), hk_report_get_period_label (monthly));
  hk_report_set_hall_name (report, hk_report_get_hall_name (monthly));
  hk_report_set_generated (report, hk_report_get_generated_by (monthly),
                           hk_report_get_generated_at (monthly));
  for (guint i = 0; i < hk_report_get_n_unsigned_days (monthly); i++)
    hk_report_add_unsigned_day (report, hk_report_get_unsigned_day (monthly, i),
                                hk_report_get_unsigned_day_label (monthly, i));

  for (guint i = 0; i < hk_report_get_n_figures (monthly); i++)
    {
      const char *label = hk_report_get_figure_label (monthly, i);

      switch (hk_report_get_figure_kind (monthly, i))
        {
        case HK_REPORT_COLUMN_MONEY:
          hk_report_add_figure_money (report, label, hk_report_get_figure_value (monthly, i));
          break;
        case HK_REPORT_COLUMN_COUNT:
          hk_report_add_figure_count (report, label, hk_report_get_figure_value (monthly, i));
          break;
        case HK_REPORT_COLUMN_TEXT:
        case HK_REPORT_COLUMN_RATIO:
        case HK_REPORT_COLUMN_DATE:
        case HK_REPORT_COLUMN_DATETIME:
        default:
          hk_report_add_figure_text (report, label, hk_report_get_figure_text (monthly, i));
          break;
        }
    }

  for (guint i = 0; i < hk_report_get_n_tables (monthly); i++)
    g_ptr_array_add (tables, copy_table (report, hk_report_get_table (monthly, i), NULL));

  for (guint i = 0; i < hk_report_get_n_charts (monthly); i++)
    {
      HkReportChart *source = hk_report_get_chart (monthly, i);
      HkReportTable *table = NULL;
      HkReportChart *chart;

      for (guint t = 0; t < hk_report_get_n_tables (monthly); t++)
        if (hk_report_get_table (monthly, t) == hk_report_chart_get_table (source))
          table = g_ptr_array_index (tables, t);
      if (table == NULL)
        continue;

      chart = hk_report_add_chart (report, hk_report_chart_get_kind (source),
                                   hk_report_chart_get_title (source), table,
                                   hk_report_chart_get_category_column (source));
      for (guint s = 0; s < hk_report_chart_get_n_series (source); s++)
        hk_report_chart_add_series (chart, hk_report_chart_get_series_column (source, s));
    }

  for (guint a = 0; a < G_N_ELEMENTS (analyses); a++)
    for (guint p = 0; p < hk_analysis_get_n_panels (analyses[a]); p++)
      copy_table (report, hk_analysis_panel_get_table (hk_analysis_get_panel (analyses[a], p)),
                  hk_report_get_id (hk_analysis_get_report (analyses[a])));

  return report;
}

typedef struct
{
  HkAnalysisDocument *document;
  const char         *path;
  guint               first_panel_table;  /* the index of the first panel's table */
  GPtrArray          *images;             /* GByteArray: kept until the workbook is written */
  lxw_format         *title_format;
  lxw_format         *heading_format;
  lxw_format         *label_format;
  lxw_format         *value_format;
  lxw_format         *wrap_format;
  GCancellable       *cancellable;
} Workbook;

static gboolean
check (Workbook   *wb,
       lxw_error   status,
       GError    **error)
{
  if (status == LXW_NO_ERROR)
    return TRUE;

  hk_export_set_write_error (error, wb->path, lxw_strerror (status));
  return FALSE;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* The chart as a PNG, drawn by the renderer in the light style. */
static GByteArray *
render_png (HkChart *chart)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, IMAGE_WIDTH,
                                                         IMAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();
  HkChartStyle style;

  hk_chart_style_init_light (&style);
  style.font_size = 13.0;
  hk_chart_render (chart, cr, IMAGE_WIDTH, IMAGE_HEIGHT, &style);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_bytes, png);
  cairo_surface_destroy (surface);

  return png;
}

static char *
quote_sheet (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "'", -1);
  g_autofree char *doubled = g_strjoinv ("''", parts);

  return g_strconcat ("'", doubled, "'", NULL);
}

/* A native Excel chart of the panel's data sheet. */
static gboolean
add_native_chart (Workbook        *wb,
                  lxw_workbook    *workbook,
                  lxw_worksheet   *sheet,
                  lxw_row_t        row,
                  HkAnalysisPanel *panel,
                  const char      *data_sheet,
                  GError         **error)
{
  HkChart *chart = hk_analysis_panel_get_chart (panel);
  HkReportTable *table = hk_analysis_panel_get_table (panel);
  guint n_rows = hk_report_table_get_n_rows (table);
  g_autofree char *quoted = quote_sheet (data_sheet);
  lxw_chart_options options = { .x_scale = 1.0, .y_scale = 1.0 };
  lxw_chart *native;
  uint8_t type;

  if (n_rows == 0)
    return TRUE;

  switch (hk_chart_get_kind (chart))
    {
    case HK_CHART_HORIZONTAL_BARS:
      type = LXW_CHART_BAR;
      break;
    case HK_CHART_STACKED_BARS:
      type = LXW_CHART_COLUMN_STACKED;
      break;
    case HK_CHART_LINES:
      type = LXW_CHART_LINE;
      break;
    case HK_CHART_DONUT:
      type = LXW_CHART_DOUGHNUT;
      break;
    case HK_CHART_BARS:
    default:
      type = LXW_CHART_COLUMN;
      break;
    }

  if (!(native = workbook_add_chart (workbook, type)))
    {
      hk_export_set_write_error (error, wb->path, NULL);
      return FALSE;
    }
  chart_title_set_name (native, hk_chart_get_title (chart));

  for (guint c = 1; c < hk_report_table_get_n_columns (table); c++)
    {
      char range[LXW_MAX_CELL_RANGE_LENGTH];
      char cell[LXW_MAX_CELL_NAME_LENGTH];
      g_autofree char *categories = NULL;
      g_autofree char *values = NULL;
      g_autofree char *name = NULL;
      lxw_chart_series *series;

      /* The data sheet: a heading row, then a row per category. */
      lxw_rowcol_to_range_abs (range, 1, 0, n_rows, 0);
      categories = g_strdup_printf ("=%s!%s", quoted, range);
      lxw_rowcol_to_range_abs (range, 1, c, n_rows, c);
      values = g_strdup_printf ("=%s!%s", quoted, range);
      if (!(series = chart_add_series (native, categories, values)))
        {
          hk_export_set_write_error (error, wb->path, NULL);
          return FALSE;
        }
      lxw_rowcol_to_cell_abs (cell, 0, c, 1, 1);
      name = g_strdup_printf ("=%s!%s", quoted, cell);
      chart_series_set_name (series, name);

      if (type == LXW_CHART_DOUGHNUT)
        break;
    }

  if (type == LXW_CHART_DOUGHNUT)
    chart_legend_set_position (native, LXW_CHART_LEGEND_RIGHT);
  else if (hk_report_table_get_n_columns (table) <= 2)
    chart_legend_set_position (native, LXW_CHART_LEGEND_NONE);
  else
    chart_legend_set_position (native, LXW_CHART_LEGEND_BOTTOM);

  return check (wb, worksheet_insert_chart_opt (sheet, row, NATIVE_COLUMN, native, &options),
                error);
}

static gboolean
write_analysis_sheet (Workbook      *wb,
                      lxw_workbook  *workbook,
                      HkAnalysis    *analysis,
                      GPtrArray     *sheet_names,
                      guint          first_table,
                      GError       **error)
{
  const char *title = hk_analysis_kind_get_title (hk_analysis_get_kind (analysis));
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *name = NULL;
  lxw_worksheet *sheet;
  lxw_row_t row = 3;

  /* Unique among the table sheets. */
  for (guint i = 0; i < sheet_names->len; i++)
    g_hash_table_add (taken, g_utf8_casefold (g_ptr_array_index (sheet_names, i), -1));
  g_hash_table_add (taken, g_utf8_casefold (C_("workbook sheet", "Summary"), -1));
  g_hash_table_add (taken, g_utf8_casefold (C_("workbook sheet", "Commentary"), -1));
  name = hk_xlsx_writer_make_sheet_name (title, taken);

  if (!(sheet = workbook_add_worksheet (workbook, name)))
    {
      hk_export_set_write_error (error, wb->path, NULL);
      return FALSE;
    }
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);
  worksheet_set_column (sheet, 0, 0, 34, NULL);
  worksheet_set_column (sheet, 1, 1, 22, NULL);

  if (!check (wb, worksheet_write_string (sheet, 0, 0, title, wb->title_format), error) ||
      !check (wb, worksheet_write_string (sheet, 1, 0, hk_report_get_period_label (
                                            hk_analysis_get_report (analysis)), NULL), error))
    return FALSE;

  for (guint p = 0; p < hk_analysis_get_n_panels (analysis); p++)
    {
      HkAnalysisPanel *panel = hk_analysis_get_panel (analysis, p);
      HkChart *chart = hk_analysis_panel_get_chart (panel);
      GByteArray *png;
      lxw_image_options image = { .x_offset = 4, .y_offset = 2, .x_scale = 0.75,
                                  .y_scale = 0.75 };

      if (!hk_export_check_cancelled (wb->cancellable, error))
        return FALSE;

      if (!check (wb, worksheet_write_string (sheet, row, 0, hk_chart_get_title (chart),
                                              wb->heading_format), error))
        return FALSE;

      for (guint f = 0; f < hk_analysis_panel_get_n_figures (panel); f++)
        if (!check (wb, worksheet_write_string (sheet, row + 1 + f, 0,
                                                hk_analysis_panel_get_figure_label (panel, f),
                                                wb->label_format), error) ||
            !check (wb, worksheet_write_string (sheet, row + 1 + f, 1,
                                                hk_analysis_panel_get_figure_text (panel, f),
                                                wb->value_format), error))
          return FALSE;

      png = render_png (chart);
      g_ptr_array_add (wb->images, png);
      image.description = (char *)hk_chart_get_title (chart);
      if (!check (wb, worksheet_insert_image_buffer_opt (sheet, row + 1, 3, png->data, png->len,
                                                         &image), error) ||
          !add_native_chart (wb, workbook, sheet, row + 1, panel,
                             g_ptr_array_index (sheet_names, first_table + p), error))
        return FALSE;

      row += BLOCK_ROWS;
    }

  return TRUE;
}

static gboolean
write_commentary_sheet (Workbook      *wb,
                        lxw_workbook  *workbook,
                        GError       **error)
{
  HkAnalysisDocument *document = wb->document;
  g_autofree char *written = dup_written_line (document);
  lxw_worksheet *sheet;

  if (!(sheet = workbook_add_worksheet (workbook, C_("workbook sheet", "Commentary"))))
    {
      hk_export_set_write_error (error, wb->path, NULL);
      return FALSE;
    }
  worksheet_set_column (sheet, 0, 0, 100, NULL);

  return check (wb, worksheet_write_string (sheet, 0, 0, _("Supervisor’s commentary"),
                                            wb->title_format), error) &&
         check (wb, worksheet_write_string (sheet, 1, 0, written, NULL), error) &&
         (*document->commentary == '\0' ||
          check (wb, worksheet_write_string (sheet, 3, 0, document->commentary,
                                             wb->wrap_format), error));
}

static gboolean
add_analysis_sheets (lxw_workbook  *workbook,
                     GPtrArray     *sheet_names,
                     gpointer       user_data,
                     GError       **error)
{
  Workbook *wb = user_data;

  wb->title_format = workbook_add_format (workbook);
  format_set_bold (wb->title_format);
  format_set_font_size (wb->title_format, 16);
  wb->heading_format = workbook_add_format (workbook);
  format_set_bold (wb->heading_format);
  format_set_font_size (wb->heading_format, 12);
  wb->label_format = workbook_add_format (workbook);
  format_set_font_color (wb->label_format, 0x595959);
  wb->value_format = workbook_add_format (workbook);
  format_set_bold (wb->value_format);
  format_set_align (wb->value_format, LXW_ALIGN_RIGHT);
  wb->wrap_format = workbook_add_format (workbook);
  format_set_text_wrap (wb->wrap_format);
  format_set_align (wb->wrap_format, LXW_ALIGN_VERTICAL_TOP);

  return write_commentary_sheet (wb, workbook, error) &&
         write_analysis_sheet (wb, workbook, wb->document->economic, sheet_names,
                               wb->first_panel_table, error) &&
         write_analysis_sheet (wb, workbook, wb->document->quality, sheet_names,
                               wb->first_panel_table +
                               hk_analysis_get_n_panels (wb->document->economic), error);
}

gboolean
hk_analysis_export_xlsx (HkAnalysisDocument  *document,
                         const char          *path,
                         HkExportProgressFunc progress,
                         gpointer             user_data,
                         GCancellable        *cancellable,
                         GError             **error)
{
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GPtrArray) images = g_ptr_array_new_with_free_func ((GDestroyNotify)g_byte_array_unref);
  Workbook wb = { 0 };

  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  report = make_workbook_report (document);
  wb.document = document;
  wb.path = path;
  wb.images = images;
  wb.cancellable = cancellable;
  wb.first_panel_table = hk_report_get_n_tables (document->monthly);

  return hk_xlsx_writer_write_with_extra (report, path, add_analysis_sheets, &wb, progress,
                                          user_data, cancellable, error);
}

gboolean
hk_analysis_export (HkAnalysisDocument  *document,
                    const char          *path,
                    HkExportProgressFunc progress,
                    gpointer             user_data,
                    GCancellable        *cancellable,
                    GError             **error)
{
  g_autofree char *base = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  base = g_path_get_basename (path);
  folded = g_utf8_strdown (base, -1);

  if (g_str_has_suffix (folded, ".xlsx") && strlen (folded) > strlen (".xlsx"))
    return hk_analysis_export_xlsx (document, path, progress, user_data, cancellable, error);

  if (g_str_has_suffix (folded, ".pdf") && strlen (folded) > strlen (".pdf"))
    return hk_analysis_export_pdf (document, path, progress, user_data, cancellable, error);

  {
    g_autofree char *name = g_filename_display_name (base);

    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                 _("Cannot save the analysis as “%s”: the name must end in .pdf (PDF document) "
                   "or .xlsx (Excel workbook)."), name);
  }

  return FALSE;
}
