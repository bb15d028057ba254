/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-pdf-writer.c: writes an HkReport as an A4 landscape PDF with Cairo and Pango.
 *
 * Every page has a header (hall, title, period, PROVISIONAL when it is) and a footer (who
 * generated the report and when, "Page x of y"). The first page opens with the title, the
 * report's status and its key figures; then come the tables, one after another. A table
 * that runs over a page repeats its name and its heading row on the next. Numbers are
 * right-aligned in digits of equal width; subtotal and total rows are bold and ruled.
 *
 * The document is laid out twice with the same code: the first pass only measures and
 * counts the pages, the second draws, knowing the page count for the footers. Row
 * heights found in the first pass are kept for the second.
 *
 * Printing draws the same pages (HkReportPages): after the first pass, the second pass runs
 * once for each page the printer asks for, drawing that page only, so a printed page and a
 * page of the PDF never differ.
 *
 * Columns get the width of their widest cell. When a table is wider than the page, its
 * text columns wrap; when even that is not enough, the table's type gets smaller (down
 * to MIN_TABLE_SCALE), and what still does not fit is cut off at the cell's edge.
 *
 * Charts are not drawn here yet: they belong to the chart renderer that the screen uses.
 */

#include "config.h"

#include "hk-pdf-writer.h"

#include "hk-export-file.h"
#include "hk-text-table.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

/* Pango picks the first family that has a glyph, so Chinese falls back to the CJK fonts. */
#define FONT_FAMILIES "Noto Sans CJK SC, WenQuanYi Micro Hei, Sans"

#define PAGE_WIDTH    HK_REPORT_PAGE_WIDTH
#define PAGE_HEIGHT   HK_REPORT_PAGE_HEIGHT
#define MARGIN        36.0
#define HEADER_GAP     8.0
#define FOOTER_GAP     6.0
#define SECTION_GAP   14.0
#define CELL_PAD_X     4.0
#define CELL_PAD_Y     2.0
#define MIN_TEXT_WIDTH 60.0
#define MIN_TABLE_SCALE 0.6
#define FIGURE_WIDTH  170.0
#define CANDIDATES     4

/* The first pass's share of the progress; the last bit is finishing the file. */
#define MEASURE_SHARE 0.2
#define DRAW_SHARE    0.78

typedef enum
{
  STYLE_BODY,
  STYLE_BOLD,
  STYLE_SMALL,
  STYLE_HEADER,
  STYLE_HEADER_BOLD,
  STYLE_HEADER_MARK,
  STYLE_TITLE,
  STYLE_SECTION,
  STYLE_FIGURE,
  N_STYLES
} Style;

static const struct
{
  double      size;
  PangoWeight weight;
} styles[N_STYLES] = {
  [STYLE_BODY] = { 8.0, PANGO_WEIGHT_NORMAL },
  [STYLE_BOLD] = { 8.0, PANGO_WEIGHT_BOLD },
  [STYLE_SMALL] = { 7.0, PANGO_WEIGHT_NORMAL },
  [STYLE_HEADER] = { 9.0, PANGO_WEIGHT_NORMAL },
  [STYLE_HEADER_BOLD] = { 11.0, PANGO_WEIGHT_BOLD },
  [STYLE_HEADER_MARK] = { 9.0, PANGO_WEIGHT_BOLD },
  [STYLE_TITLE] = { 16.0, PANGO_WEIGHT_BOLD },
  [STYLE_SECTION] = { 11.0, PANGO_WEIGHT_BOLD },
  [STYLE_FIGURE] = { 12.0, PANGO_WEIGHT_BOLD },
};

static const double black[3] = { 0.0, 0.0, 0.0 };
static const double grey[3] = { 0.35, 0.35, 0.35 };
static const double red[3] = { 0.75, 0.0, 0.0 };

/* How one table is laid out: found once, used by both passes. */
typedef struct
{
  HkReportTable        *table;
  guint                 n_columns;
  double               *widths;       /* of each column, padding included */
  gboolean             *wrap;         /* text wraps in the column */
  gboolean             *right;        /* a number: right-aligned */
  PangoFontDescription *body_font;
  PangoFontDescription *bold_font;
  double                heading_height;
  double                line_height;  /* a row of one line */
  double               *row_heights;  /* found in the first pass */
} TableLayout;

typedef struct
{
  HkReport             *report;
  cairo_t              *cr;
  PangoLayout          *layout;
  PangoFontDescription *fonts[N_STYLES];
  GCancellable         *cancellable;
  HkExportProgress      progress;
  guint64               rows_total;
  guint64               rows_done;

  gboolean              measuring;  /* the first pass */
  guint                 only_page;  /* 0: the second pass draws every page; N: page N only */
  gboolean              drawing;    /* what is laid out now is drawn */
  gboolean              past;       /* beyond only_page: the pass may stop */
  guint                 page;
  guint                 n_pages;
  double                y;
  double                top;
  double                bottom;

  char                 *footer_left;
  TableLayout          *tables;
} Pdf;

static PangoFontDescription *
make_font (double      size,
           PangoWeight weight)
{
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILIES);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);

  return font;
}

/* Puts text into the shared layout. width <= 0: one line of natural width. */
static void
set_text (Pdf                        *pdf,
          const char                 *text,
          const PangoFontDescription *font,
          double                      width,
          gboolean                    wrap,
          PangoAlignment              alignment)
{
  PangoLayout *layout = pdf->layout;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, width > 0 ? (int) floor (width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout,
                              wrap || width <= 0 ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static void
show_layout (Pdf          *pdf,
             double        x,
             double        y,
             const double  rgb[3])
{
  if (!pdf->drawing)
    return;

  cairo_set_source_rgb (pdf->cr, rgb[0], rgb[1], rgb[2]);
  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, pdf->layout);
}

/* Draws a paragraph at the current position, full width; returns its height. */
static double
paragraph (Pdf          *pdf,
           const char   *text,
           Style         style,
           const double  rgb[3])
{
  double height;

  set_text (pdf, text, pdf->fonts[style], PAGE_WIDTH - 2 * MARGIN, TRUE, PANGO_ALIGN_LEFT);
  height = layout_height (pdf->layout);
  show_layout (pdf, MARGIN, pdf->y, rgb);
  pdf->y += height;

  return height;
}

static void
hline (Pdf    *pdf,
       double  x1,
       double  x2,
       double  y,
       double  width)
{
  if (!pdf->drawing)
    return;

  cairo_set_source_rgb (pdf->cr, 0, 0, 0);
  cairo_set_line_width (pdf->cr, width);
  cairo_move_to (pdf->cr, x1, y);
  cairo_line_to (pdf->cr, x2, y);
  cairo_stroke (pdf->cr);
}

/* Pages. */

static double
header_height (Pdf *pdf)
{
  double height;

  set_text (pdf, "Ag", pdf->fonts[STYLE_HEADER_BOLD], -1, FALSE, PANGO_ALIGN_LEFT);
  height = layout_height (pdf->layout);
  if (hk_report_is_provisional (pdf->report))
    {
      set_text (pdf, "Ag", pdf->fonts[STYLE_HEADER_MARK], -1, FALSE, PANGO_ALIGN_LEFT);
      height += layout_height (pdf->layout);
    }

  return height;
}

static double
footer_height (Pdf *pdf)
{
  set_text (pdf, "Ag", pdf->fonts[STYLE_SMALL], -1, FALSE, PANGO_ALIGN_LEFT);

  return layout_height (pdf->layout);
}

static void
draw_header_and_footer (Pdf *pdf)
{
  HkReport *report = pdf->report;
  double third = (PAGE_WIDTH - 2 * MARGIN) / 3.0;
  double width = PAGE_WIDTH - 2 * MARGIN;
  double y = MARGIN;
  double line;
  double rule;
  double footer;
  g_autofree char *page = NULL;

  set_text (pdf, "Ag", pdf->fonts[STYLE_HEADER_BOLD], -1, FALSE, PANGO_ALIGN_LEFT);
  line = layout_height (pdf->layout);

  /* Hall on the left, title in the middle, period on the right, on one baseline. */
  set_text (pdf, hk_report_get_hall_name (report), pdf->fonts[STYLE_HEADER], third, FALSE,
            PANGO_ALIGN_LEFT);
  show_layout (pdf, MARGIN, y + line - layout_height (pdf->layout), black);
  set_text (pdf, hk_report_get_title (report), pdf->fonts[STYLE_HEADER_BOLD], third, FALSE,
            PANGO_ALIGN_CENTER);
  show_layout (pdf, MARGIN + third, y, black);
  set_text (pdf, hk_report_get_period_label (report), pdf->fonts[STYLE_HEADER], third, FALSE,
            PANGO_ALIGN_RIGHT);
  show_layout (pdf, MARGIN + 2 * third, y + line - layout_height (pdf->layout), black);
  y += line;

  if (hk_report_is_provisional (report))
    {
      set_text (pdf, _("PROVISIONAL"), pdf->fonts[STYLE_HEADER_MARK], width, FALSE,
                PANGO_ALIGN_CENTER);
      show_layout (pdf, MARGIN, y, red);
    }

  rule = MARGIN + header_height (pdf) + HEADER_GAP / 2;
  hline (pdf, MARGIN, PAGE_WIDTH - MARGIN, rule, 0.6);

  /* Who and when on the left, the page on the right. */
  footer = PAGE_HEIGHT - MARGIN - footer_height (pdf);
  hline (pdf, MARGIN, PAGE_WIDTH - MARGIN, footer - FOOTER_GAP / 2, 0.4);
  set_text (pdf, pdf->footer_left, pdf->fonts[STYLE_SMALL], 2 * third, FALSE, PANGO_ALIGN_LEFT);
  show_layout (pdf, MARGIN, footer, grey);
  /* Translators: the footer of each page of a report in PDF, e.g. "第 2 页，共 7 页" */
  page = g_strdup_printf (_("Page %u of %u"), pdf->page, pdf->n_pages);
  set_text (pdf, page, pdf->fonts[STYLE_SMALL], third, FALSE, PANGO_ALIGN_RIGHT);
  show_layout (pdf, MARGIN + 2 * third, footer, black);
}

static void
new_page (Pdf *pdf)
{
  if (pdf->page > 0 && pdf->drawing && pdf->only_page == 0)
    cairo_show_page (pdf->cr);

  pdf->page++;
  pdf->drawing = !pdf->measuring && (pdf->only_page == 0 || pdf->page == pdf->only_page);
  pdf->past = !pdf->measuring && pdf->only_page != 0 && pdf->page > pdf->only_page;
  pdf->top = MARGIN + header_height (pdf) + HEADER_GAP;
  pdf->bottom = PAGE_HEIGHT - MARGIN - footer_height (pdf) - FOOTER_GAP;
  pdf->y = pdf->top;

  if (pdf->drawing)
    draw_header_and_footer (pdf);
}

/* Starts a new page unless height fits below the current position. */
static void
ensure_room (Pdf    *pdf,
             double  height)
{
  if (pdf->y + height > pdf->bottom && pdf->y > pdf->top)
    new_page (pdf);
}

/* The first page's opening: title, status, key figures. */

static void
draw_opening (Pdf *pdf)
{
  HkReport *report = pdf->report;
  double width = PAGE_WIDTH - 2 * MARGIN;
  guint per_line = MAX (1, (guint) floor (width / FIGURE_WIDTH));
  guint n_figures = hk_report_get_n_figures (report);

  paragraph (pdf, hk_report_get_title (report), STYLE_TITLE, black);
  paragraph (pdf, hk_report_get_period_label (report), STYLE_HEADER, black);
  pdf->y += 4;

  if (hk_report_is_provisional (report))
    {
      g_autoptr(GString) days = g_string_new (NULL);

      for (guint i = 0; i < hk_report_get_n_unsigned_days (report); i++)
        {
          if (i > 0)
            g_string_append (days, "  ·  ");
          g_string_append (days, hk_report_get_unsigned_day_label (report, i));
        }

      set_text (pdf, _("PROVISIONAL: not every daily report of the period is signed"),
                pdf->fonts[STYLE_BOLD], width, TRUE, PANGO_ALIGN_LEFT);
      show_layout (pdf, MARGIN, pdf->y, red);
      pdf->y += layout_height (pdf->layout);
      if (days->len > 0)
        {
          g_autofree char *line = g_strdup_printf (_("Unsigned days: %s"), days->str);

          paragraph (pdf, line, STYLE_BODY, red);
        }
    }
  else if (hk_report_get_checks_signatures (report))
    paragraph (pdf, _("Final: every daily report of the period is signed"), STYLE_BODY, black);

  if (n_figures == 0)
    {
      pdf->y += SECTION_GAP;
      return;
    }

  pdf->y += SECTION_GAP / 2;
  ensure_room (pdf, 40);
  paragraph (pdf, _("Key figures"), STYLE_SECTION, black);
  pdf->y += 4;

  for (guint first = 0; first < n_figures; first += per_line)
    {
      double label_height = 0;
      double value_height = 0;

      for (guint i = first; i < MIN (first + per_line, n_figures); i++)
        {
          set_text (pdf, hk_report_get_figure_label (report, i), pdf->fonts[STYLE_SMALL],
                    FIGURE_WIDTH - 10, TRUE, PANGO_ALIGN_LEFT);
          label_height = MAX (label_height, layout_height (pdf->layout));
          set_text (pdf, hk_report_get_figure_text (report, i), pdf->fonts[STYLE_FIGURE],
                    FIGURE_WIDTH - 10, TRUE, PANGO_ALIGN_LEFT);
          value_height = MAX (value_height, layout_height (pdf->layout));
        }

      ensure_room (pdf, label_height + value_height);
      for (guint i = first; i < MIN (first + per_line, n_figures); i++)
        {
          double x = MARGIN + (i - first) * FIGURE_WIDTH;

          set_text (pdf, hk_report_get_figure_label (report, i), pdf->fonts[STYLE_SMALL],
                    FIGURE_WIDTH - 10, TRUE, PANGO_ALIGN_LEFT);
          show_layout (pdf, x, pdf->y, grey);
          set_text (pdf, hk_report_get_figure_text (report, i), pdf->fonts[STYLE_FIGURE],
                    FIGURE_WIDTH - 10, TRUE, PANGO_ALIGN_LEFT);
          show_layout (pdf, x, pdf->y + label_height, black);
        }
      pdf->y += label_height + value_height + 6;
    }

  pdf->y += SECTION_GAP;
}

/* Tables. */

static gboolean
kind_is_number (HkReportColumnKind kind)
{
  return kind == HK_REPORT_COLUMN_COUNT
         || kind == HK_REPORT_COLUMN_MONEY
         || kind == HK_REPORT_COLUMN_RATIO
         || kind == HK_REPORT_COLUMN_SHARE;
}

static void
table_layout_clear (TableLayout *t)
{
  g_free (t->widths);
  g_free (t->wrap);
  g_free (t->right);
  g_free (t->row_heights);
  g_clear_pointer (&t->body_font, pango_font_description_free);
  g_clear_pointer (&t->bold_font, pango_font_description_free);
}

/* The natural width of a column: measure the few cells that are widest by character
 * count (a Chinese character counts two), not every cell of a long table. */
static double
natural_width (Pdf           *pdf,
               HkReportTable *table,
               guint          column,
               const PangoFontDescription *bold)
{
  guint n_rows = hk_report_table_get_n_rows (table);
  char *candidates[CANDIDATES] = { NULL };
  gsize candidate_widths[CANDIDATES] = { 0 };
  double width;

  set_text (pdf, hk_report_table_get_heading (table, column), bold, -1, FALSE,
            PANGO_ALIGN_LEFT);
  width = layout_width (pdf->layout);

  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *shown = hk_report_table_format_cell (table, r, column);
      gsize w = hk_text_width (shown);
      guint slot = 0;

      for (guint i = 1; i < CANDIDATES; i++)
        if (candidate_widths[i] < candidate_widths[slot])
          slot = i;
      if (w > candidate_widths[slot] || candidates[slot] == NULL)
        {
          g_free (candidates[slot]);
          candidates[slot] = g_steal_pointer (&shown);
          candidate_widths[slot] = w;
        }
    }

  for (guint i = 0; i < CANDIDATES; i++)
    {
      if (candidates[i] == NULL)
        continue;
      /* Measured bold, as a total row is; a little wider than a body row needs. */
      set_text (pdf, candidates[i], bold, -1, FALSE, PANGO_ALIGN_LEFT);
      width = MAX (width, layout_width (pdf->layout));
      g_free (candidates[i]);
    }

  return ceil (width) + 1 + 2 * CELL_PAD_X;
}

static void
lay_out_table (Pdf           *pdf,
               HkReportTable *table,
               TableLayout   *t)
{
  double available = PAGE_WIDTH - 2 * MARGIN;
  double total = 0;
  double text_total = 0;
  double text_minimum = 0;
  double scale = 1.0;
  g_autoptr(PangoFontDescription) bold = make_font (styles[STYLE_BOLD].size, PANGO_WEIGHT_BOLD);

  t->table = table;
  t->n_columns = hk_report_table_get_n_columns (table);
  t->widths = g_new0 (double, t->n_columns);
  t->wrap = g_new0 (gboolean, t->n_columns);
  t->right = g_new0 (gboolean, t->n_columns);
  t->row_heights = g_new0 (double, MAX (hk_report_table_get_n_rows (table), 1));

  for (guint c = 0; c < t->n_columns; c++)
    {
      HkReportColumnKind kind = hk_report_table_get_kind (table, c);

      t->widths[c] = natural_width (pdf, table, c, bold);
      t->right[c] = kind_is_number (kind);
      total += t->widths[c];
      if (kind == HK_REPORT_COLUMN_TEXT)
        {
          text_total += t->widths[c];
          text_minimum += MIN (t->widths[c], MIN_TEXT_WIDTH);
        }
    }

  if (total > available)
    {
      double fixed = total - text_total;

      if (fixed + text_minimum <= available)
        {
          /* Text columns give up width in proportion to how wide they are, and wrap. */
          double share = available - fixed;

          for (guint c = 0; c < t->n_columns; c++)
            if (hk_report_table_get_kind (table, c) == HK_REPORT_COLUMN_TEXT)
              {
                double narrower = floor (t->widths[c] * share / text_total);

                t->wrap[c] = narrower < t->widths[c];
                t->widths[c] = MIN (t->widths[c], MAX (narrower, 2 * CELL_PAD_X + 8));
              }
        }
      else
        {
          /* Smaller type: every width shrinks with it. */
          scale = MAX (available / (fixed + text_minimum), MIN_TABLE_SCALE);
          for (guint c = 0; c < t->n_columns; c++)
            {
              if (hk_report_table_get_kind (table, c) == HK_REPORT_COLUMN_TEXT
                  && t->widths[c] > MIN_TEXT_WIDTH)
                {
                  t->wrap[c] = TRUE;
                  t->widths[c] = MIN_TEXT_WIDTH;
                }
              t->widths[c] = floor (t->widths[c] * scale);
            }
        }
    }

  t->body_font = make_font (styles[STYLE_BODY].size * scale, PANGO_WEIGHT_NORMAL);
  t->bold_font = make_font (styles[STYLE_BOLD].size * scale, PANGO_WEIGHT_BOLD);

  set_text (pdf, "Ag", t->bold_font, -1, FALSE, PANGO_ALIGN_LEFT);
  t->line_height = ceil (layout_height (pdf->layout)) + 2 * CELL_PAD_Y;

  /* Headings wrap in their column. */
  t->heading_height = t->line_height;
  for (guint c = 0; c < t->n_columns; c++)
    {
      set_text (pdf, hk_report_table_get_heading (table, c), t->bold_font,
                t->widths[c] - 2 * CELL_PAD_X, TRUE, PANGO_ALIGN_LEFT);
      t->heading_height = MAX (t->heading_height,
                               ceil (layout_height (pdf->layout)) + 2 * CELL_PAD_Y);
    }
}

static double
table_width (TableLayout *t)
{
  double width = 0;

  for (guint c = 0; c < t->n_columns; c++)
    width += t->widths[c];

  return width;
}

/* Sets up the layout for one cell. */
static void
set_cell (Pdf         *pdf,
          TableLayout *t,
          guint        row,
          guint        column)
{
  HkReportRowKind kind = hk_report_table_get_row_kind (t->table, row);
  g_autofree char *shown = hk_report_table_format_cell (t->table, row, column);

  set_text (pdf, shown, kind == HK_REPORT_ROW_BODY ? t->body_font : t->bold_font,
            t->widths[column] - 2 * CELL_PAD_X, t->wrap[column],
            t->right[column] ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
}

static double
row_height (Pdf         *pdf,
            TableLayout *t,
            guint        row)
{
  double height = t->line_height;

  for (guint c = 0; c < t->n_columns; c++)
    {
      if (!t->wrap[c] || hk_report_table_is_empty (t->table, row, c))
        continue;
      set_cell (pdf, t, row, c);
      height = MAX (height, ceil (layout_height (pdf->layout)) + 2 * CELL_PAD_Y);
    }

  /* A row taller than a page is cut off at the page's foot. */
  return MIN (height, pdf->bottom - pdf->top - t->heading_height - 40);
}

static void
draw_heading_row (Pdf         *pdf,
                  TableLayout *t)
{
  double x = MARGIN;
  double width = table_width (t);

  if (pdf->drawing)
    {
      cairo_set_source_rgb (pdf->cr, 0.85, 0.85, 0.85);
      cairo_rectangle (pdf->cr, MARGIN, pdf->y, width, t->heading_height);
      cairo_fill (pdf->cr);

      for (guint c = 0; c < t->n_columns; c++)
        {
          set_text (pdf, hk_report_table_get_heading (t->table, c), t->bold_font,
                    t->widths[c] - 2 * CELL_PAD_X, TRUE,
                    t->right[c] ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
          show_layout (pdf, x + CELL_PAD_X, pdf->y + CELL_PAD_Y, black);
          x += t->widths[c];
        }
    }

  pdf->y += t->heading_height;
  hline (pdf, MARGIN, MARGIN + width, pdf->y, 0.6);
}

static void
draw_table_name (Pdf         *pdf,
                 TableLayout *t,
                 gboolean     continued)
{
  const char *name = hk_report_table_get_name (t->table);
  g_autofree char *text = NULL;

  if (continued)
    /* Translators: the name of a table continued from the previous page */
    text = g_strdup_printf (_("%s (continued)"), name);

  paragraph (pdf, text != NULL ? text : name, STYLE_SECTION, black);
  pdf->y += 3;
}

static double
table_name_height (Pdf         *pdf,
                   TableLayout *t)
{
  set_text (pdf, hk_report_table_get_name (t->table), pdf->fonts[STYLE_SECTION],
            PAGE_WIDTH - 2 * MARGIN, TRUE, PANGO_ALIGN_LEFT);

  return layout_height (pdf->layout) + 3;
}

static void
draw_row (Pdf         *pdf,
          TableLayout *t,
          guint        row,
          double       height,
          gboolean     stripe)
{
  HkReportRowKind kind = hk_report_table_get_row_kind (t->table, row);
  double width = table_width (t);
  double x = MARGIN;

  if (!pdf->drawing)
    return;

  if (stripe && kind == HK_REPORT_ROW_BODY)
    {
      cairo_set_source_rgb (pdf->cr, 0.95, 0.95, 0.95);
      cairo_rectangle (pdf->cr, MARGIN, pdf->y, width, height);
      cairo_fill (pdf->cr);
    }

  if (kind != HK_REPORT_ROW_BODY)
    hline (pdf, MARGIN, MARGIN + width, pdf->y, 0.5);

  for (guint c = 0; c < t->n_columns; c++)
    {
      if (!hk_report_table_is_empty (t->table, row, c))
        {
          set_cell (pdf, t, row, c);
          cairo_save (pdf->cr);
          cairo_rectangle (pdf->cr, x, pdf->y, t->widths[c], height);
          cairo_clip (pdf->cr);
          show_layout (pdf, x + CELL_PAD_X, pdf->y + CELL_PAD_Y, black);
          cairo_restore (pdf->cr);
        }
      x += t->widths[c];
    }

  if (kind == HK_REPORT_ROW_TOTAL)
    {
      hline (pdf, MARGIN, MARGIN + width, pdf->y + height - 1.5, 0.5);
      hline (pdf, MARGIN, MARGIN + width, pdf->y + height + 0.5, 0.5);
    }
}

static gboolean
draw_table (Pdf          *pdf,
            TableLayout  *t,
            GError      **error)
{
  guint n_rows = hk_report_table_get_n_rows (t->table);
  double first_row = n_rows > 0 ? t->line_height : 0;
  guint body_index = 0;
  double room;

  /* The name, the heading row and at least one row stay together. */
  ensure_room (pdf, table_name_height (pdf, t) + t->heading_height + first_row);
  draw_table_name (pdf, t, FALSE);
  draw_heading_row (pdf, t);

  room = pdf->bottom - pdf->top - t->heading_height - table_name_height (pdf, t);

  /* The first pass finds every row's height; the second uses them. */
  if (pdf->measuring)
    for (guint r = 0; r < n_rows; r++)
      {
        if (r % 256 == 0 && !hk_export_check_cancelled (pdf->cancellable, error))
          return FALSE;
        t->row_heights[r] = row_height (pdf, t, r);
      }

  for (guint r = 0; r < n_rows; r++)
    {
      double height = t->row_heights[r];
      double keep = height;

      if (!hk_export_check_cancelled (pdf->cancellable, error))
        return FALSE;
      if (pdf->past)
        return TRUE;

      /* A body row keeps the subtotal and total rows right after it on its page, so that
       * no page holds a total alone. */
      if (hk_report_table_get_row_kind (t->table, r) == HK_REPORT_ROW_BODY)
        for (guint next = r + 1;
             next < n_rows && hk_report_table_get_row_kind (t->table, next) != HK_REPORT_ROW_BODY;
             next++)
          keep += t->row_heights[next];
      if (keep > room)
        keep = height;

      if (pdf->y + keep > pdf->bottom)
        {
          new_page (pdf);
          if (pdf->past)
            return TRUE;
          draw_table_name (pdf, t, TRUE);
          draw_heading_row (pdf, t);
          body_index = 0;
        }

      draw_row (pdf, t, r, height, body_index % 2 == 1);
      if (hk_report_table_get_row_kind (t->table, r) == HK_REPORT_ROW_BODY)
        body_index++;
      pdf->y += height;

      pdf->rows_done++;
      hk_export_progress_update (&pdf->progress,
                                 (pdf->measuring ? 0.0 : MEASURE_SHARE)
                                 + (pdf->measuring ? MEASURE_SHARE : DRAW_SHARE)
                                   * (double) pdf->rows_done / (double) MAX (pdf->rows_total, 1));
    }

  pdf->y += SECTION_GAP;

  return TRUE;
}

/* One pass over the whole document: the first measures, the second draws (every page, or
 * only pdf->only_page). */
static gboolean
run_pass (Pdf       *pdf,
          gboolean   drawing,
          GError   **error)
{
  pdf->measuring = !drawing;
  pdf->drawing = FALSE;
  pdf->past = FALSE;
  pdf->page = 0;
  pdf->rows_done = 0;
  new_page (pdf);

  draw_opening (pdf);

  for (guint i = 0; i < hk_report_get_n_tables (pdf->report) && !pdf->past; i++)
    if (!draw_table (pdf, &pdf->tables[i], error))
      return FALSE;

  if (pdf->measuring)
    pdf->n_pages = pdf->page;
  else if (pdf->only_page == 0)
    cairo_show_page (pdf->cr);

  return TRUE;
}

static void
set_metadata (cairo_surface_t *surface,
              HkReport        *report)
{
  GDateTime *generated_at = hk_report_get_generated_at (report);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  hk_report_get_title (report));
  if (hk_report_get_generated_by (report) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                    hk_report_get_generated_by (report));
  if (hk_report_get_period_label (report) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                    hk_report_get_period_label (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Hallkeeper");
  if (generated_at != NULL)
    {
      g_autofree char *date = g_date_time_format (generated_at, "%Y-%m-%dT%H:%M:%S%:z");

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    }
}

/* Sets up what both passes use: fonts, the layout (measured on @cr, which is also where the
 * second pass draws unless told otherwise), the footer and each table's columns. */
static void
pdf_init (Pdf      *pdf,
          HkReport *report,
          cairo_t  *cr)
{
  GDateTime *generated_at = hk_report_get_generated_at (report);
  PangoContext *context;
  cairo_font_options_t *options;
  guint n_tables = hk_report_get_n_tables (report);

  pdf->report = report;
  pdf->cr = cr;

  /* Unhinted metrics: the first pass measures what the second draws, on any surface. */
  context = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pdf->layout = pango_layout_new (context);
  g_object_unref (context);

  {
    /* Digits of equal width keep the amounts in a column. */
    PangoAttrList *attrs = pango_attr_list_new ();

    pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
    pango_layout_set_attributes (pdf->layout, attrs);
    pango_attr_list_unref (attrs);
  }

  for (guint s = 0; s < N_STYLES; s++)
    pdf->fonts[s] = make_font (styles[s].size, styles[s].weight);

  if (generated_at != NULL)
    {
      g_autofree char *when = g_date_time_format (generated_at, "%Y-%m-%d %H:%M");

      /* Translators: the footer of a report: who made it and when */
      pdf->footer_left = g_strdup_printf (_("Generated by %s at %s"),
                                          hk_report_get_generated_by (report) != NULL
                                          ? hk_report_get_generated_by (report) : "",
                                          when);
    }
  else
    pdf->footer_left = g_strdup ("");

  pdf->tables = g_new0 (TableLayout, MAX (n_tables, 1));
  for (guint i = 0; i < n_tables; i++)
    {
      lay_out_table (pdf, hk_report_get_table (report, i), &pdf->tables[i]);
      pdf->rows_total += hk_report_table_get_n_rows (hk_report_get_table (report, i));
    }
}

static void
pdf_clear (Pdf *pdf)
{
  for (guint i = 0; i < hk_report_get_n_tables (pdf->report); i++)
    table_layout_clear (&pdf->tables[i]);
  g_clear_pointer (&pdf->tables, g_free);
  for (guint s = 0; s < N_STYLES; s++)
    g_clear_pointer (&pdf->fonts[s], pango_font_description_free);
  g_clear_pointer (&pdf->footer_left, g_free);
  g_clear_object (&pdf->layout);
}

static gboolean
write_document (Pdf              *pdf,
                cairo_surface_t  *surface,
                const char       *path,
                GError          **error)
{
  cairo_t *cr = cairo_create (surface);
  gboolean ok;

  pdf_init (pdf, pdf->report, cr);
  ok = run_pass (pdf, FALSE, error) && run_pass (pdf, TRUE, error);
  pdf_clear (pdf);
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  if (ok && cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      hk_export_set_write_error (error, path,
                                 cairo_surface_status (surface) == CAIRO_STATUS_WRITE_ERROR
                                 ? NULL
                                 : cairo_status_to_string (cairo_surface_status (surface)));
      return FALSE;
    }

  return ok;
}

/**
 * hk_pdf_writer_write:
 * @report: the report
 * @path: the .pdf file to write; replaced only when the new one is complete
 * @progress: (nullable) (scope call): told how far the export has got
 * @user_data: for @progress
 * @cancellable: (nullable): checked between rows
 * @error: return location for an error
 *
 * Writes @report as an A4 landscape PDF (see the top of this file). On failure or cancel
 * no file is left at @path (an existing one is kept as it was) and no temporary file
 * remains.
 *
 * Returns: %TRUE when the PDF is at @path
 */
gboolean
hk_pdf_writer_write (HkReport              *report,
                     const char            *path,
                     HkExportProgressFunc   progress,
                     gpointer               user_data,
                     GCancellable          *cancellable,
                     GError               **error)
{
  g_autoptr(HkExportFile) file = NULL;
  cairo_surface_t *surface;
  Pdf pdf = { .report = report, .cancellable = cancellable };
  gboolean ok;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  hk_export_progress_init (&pdf.progress, progress, user_data);
  hk_export_progress_update (&pdf.progress, 0.0);

  if (!hk_export_check_cancelled (cancellable, error))
    return FALSE;

  file = hk_export_file_new (path, error);
  if (file == NULL)
    return FALSE;

  surface = cairo_pdf_surface_create (hk_export_file_get_temp_path (file), PAGE_WIDTH,
                                      PAGE_HEIGHT);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      hk_export_set_write_error (error, path, cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return FALSE;
    }
  set_metadata (surface, report);

  ok = write_document (&pdf, surface, path, error);
  cairo_surface_destroy (surface);

  if (!ok || !hk_export_file_commit (file, cancellable, error))
    return FALSE;

  hk_export_progress_update (&pdf.progress, 1.0);

  return TRUE;
}

/* The pages for printing. */

struct _HkReportPages
{
  HkReport        *report;
  cairo_surface_t *surface;  /* measures only */
  cairo_t         *cr;
  Pdf              pdf;
};

/**
 * hk_report_pages_new:
 * @report: the report
 * @cancellable: (nullable): checked between rows
 * @error: return location for an error
 *
 * Lays out @report as hk_pdf_writer_write() does (the first pass), to draw its pages one by
 * one with hk_report_pages_draw_page(). Runs on any thread.
 *
 * Returns: (transfer full) (nullable): the pages, or %NULL when cancelled
 */
HkReportPages *
hk_report_pages_new (HkReport      *report,
                     GCancellable  *cancellable,
                     GError       **error)
{
  HkReportPages *self;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (HkReportPages, 1);
  self->report = hk_report_ref (report);
  self->surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  self->cr = cairo_create (self->surface);
  hk_export_progress_init (&self->pdf.progress, NULL, NULL);
  pdf_init (&self->pdf, self->report, self->cr);

  self->pdf.cancellable = cancellable;
  if (!run_pass (&self->pdf, FALSE, error))
    {
      hk_report_pages_free (self);
      return NULL;
    }
  self->pdf.cancellable = NULL;

  return self;
}

guint
hk_report_pages_get_n_pages (HkReportPages *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pdf.n_pages;
}

/**
 * hk_report_pages_draw_page:
 * @self: the pages
 * @cr: where to draw, e.g. a printer's page
 * @page: the page, from 0
 * @width: the width of the area to draw in, in @cr's units
 * @height: its height
 *
 * Draws page @page exactly as the PDF has it, scaled to fit @width × @height (keeping its
 * proportions, centred), on @cr as it is; the caller shows the page.
 */
void
hk_report_pages_draw_page (HkReportPages *self,
                           cairo_t       *cr,
                           guint          page,
                           double         width,
                           double         height)
{
  double scale;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pdf.n_pages);

  scale = MIN (width / PAGE_WIDTH, height / PAGE_HEIGHT);

  cairo_save (cr);
  cairo_translate (cr, (width - PAGE_WIDTH * scale) / 2.0, (height - PAGE_HEIGHT * scale) / 2.0);
  cairo_scale (cr, scale, scale);

  self->pdf.cr = cr;
  self->pdf.only_page = page + 1;
  run_pass (&self->pdf, TRUE, NULL);
  self->pdf.only_page = 0;
  self->pdf.cr = self->cr;

  cairo_restore (cr);
}

void
hk_report_pages_free (HkReportPages *self)
{
  if (self == NULL)
    return;

  pdf_clear (&self->pdf);
  cairo_destroy (self->cr);
  cairo_surface_destroy (self->surface);
  hk_report_unref (self->report);
  g_free (self);
}
