/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-printout.c: the printed receipt slip: one Cairo layout for screen, PDF and PNG.
 *
 * One routine, hk_receipt_printout_draw(), lays the slip out for any area: the cash desk's
 * preview, an 80 mm till roll (226.77 pt wide, as long as the receipt) and an A5 page all
 * come from it. The layout is made in "design units", one point on the roll; wider areas
 * scale it up a little and widen it, and an area too short for the receipt scales it down
 * so that nothing is cut off. Text is black on white: it is printed. Metrics are not
 * hinted, so the layout is the same on every surface and the measured height fits.
 */

#include "config.h"

#include "hk-receipt-printout.h"

#include "core/hk-error.h"
#include "core/hk-money.h"
#include "core/hk-privacy.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

/* Pango picks the first family that has a glyph, so Chinese falls back to the CJK fonts. */
#define FONT_FAMILIES "Noto Sans CJK SC, WenQuanYi Micro Hei, Sans"

/* Design units, one point on the roll. */
#define MARGIN        10.0
#define GAP            2.5
#define COLUMN_GAP     8.0
#define LINE_INDENT   12.0
#define MAX_SCALE      1.4
#define PNG_PIXELS_PER_POINT 2.0

typedef enum
{
  STYLE_BODY,
  STYLE_BOLD,
  STYLE_SMALL,
  STYLE_SMALL_BOLD,
  STYLE_HALL,
  STYLE_TITLE,
  STYLE_TOTAL,
  STYLE_STAMP,
} Style;

static const struct
{
  double      size;
  PangoWeight weight;
} styles[] = {
  [STYLE_BODY] = { 9.0, PANGO_WEIGHT_NORMAL },
  [STYLE_BOLD] = { 9.0, PANGO_WEIGHT_BOLD },
  [STYLE_SMALL] = { 7.5, PANGO_WEIGHT_NORMAL },
  [STYLE_SMALL_BOLD] = { 7.5, PANGO_WEIGHT_BOLD },
  [STYLE_HALL] = { 11.0, PANGO_WEIGHT_BOLD },
  [STYLE_TITLE] = { 15.0, PANGO_WEIGHT_BOLD },
  [STYLE_TOTAL] = { 12.0, PANGO_WEIGHT_BOLD },
  [STYLE_STAMP] = { 34.0, PANGO_WEIGHT_HEAVY },
};

typedef enum
{
  RULE_DASHED,
  RULE_SOLID,
  RULE_DOUBLE,
} Rule;

/* Where the layout is: the context, the column of text and how far down it has got. */
typedef struct
{
  cairo_t      *cr;
  PangoContext *context;
  double        left;
  double        width;
  double        y;
  double        label_width;
} Painter;

static PangoLayout *
make_layout (Painter        *painter,
             const char     *text,
             Style           style,
             double          width,
             PangoAlignment  alignment)
{
  g_autoptr(PangoFontDescription) font = NULL;
  PangoAttrList *attrs;
  PangoLayout *layout;

  font = pango_font_description_from_string (FONT_FAMILIES);
  pango_font_description_set_absolute_size (font, styles[style].size * PANGO_SCALE);
  pango_font_description_set_weight (font, styles[style].weight);

  layout = pango_layout_new (painter->context);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  if (width > 0)
    pango_layout_set_width (layout, (int)floor (width * PANGO_SCALE));

  /* Digits of equal width keep the amounts in a column. */
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  /* A title of a few characters (收据) is spread out, as on printed forms; a word is not, so
   * that it stays one word when the PDF is searched or copied. */
  if (style == STYLE_TITLE && g_utf8_strlen (pango_layout_get_text (layout), -1) <= 4)
    pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (6 * PANGO_SCALE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double)logical.width / PANGO_SCALE;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double)logical.height / PANGO_SCALE;
}

static void
show (Painter     *painter,
      PangoLayout *layout,
      double       x,
      double       y)
{
  cairo_move_to (painter->cr, x, y);
  pango_cairo_show_layout (painter->cr, layout);
}

/* A paragraph across the whole column. */
static void
paragraph (Painter        *painter,
           const char     *text,
           Style           style,
           PangoAlignment  alignment)
{
  g_autoptr(PangoLayout) layout = make_layout (painter, text, style, painter->width, alignment);

  show (painter, layout, painter->left, painter->y);
  painter->y += layout_height (layout) + GAP;
}

/* @left from the start of the column (after @indent), @right against its end; the left text
 * wraps in the room the right one leaves. */
static void
row (Painter    *painter,
     double      indent,
     const char *left,
     Style       left_style,
     const char *right,
     Style       right_style)
{
  g_autoptr(PangoLayout) right_layout = NULL;
  g_autoptr(PangoLayout) left_layout = NULL;
  double right_width;
  double room;

  right_layout = make_layout (painter, right, right_style, -1, PANGO_ALIGN_LEFT);
  right_width = MIN (layout_width (right_layout), painter->width - indent);
  room = MAX (painter->width - indent - right_width - COLUMN_GAP, painter->width / 3);

  left_layout = make_layout (painter, left, left_style, room, PANGO_ALIGN_LEFT);

  show (painter, left_layout, painter->left + indent, painter->y);
  show (painter, right_layout, painter->left + painter->width - right_width, painter->y);
  painter->y += MAX (layout_height (left_layout), layout_height (right_layout)) + GAP;
}

/* A label in the first column and its value beside it, wrapped in the rest. */
static void
field (Painter    *painter,
       const char *label,
       const char *value,
       Style       value_style)
{
  g_autoptr(PangoLayout) label_layout = NULL;
  g_autoptr(PangoLayout) value_layout = NULL;
  double value_width = painter->width - painter->label_width;

  label_layout = make_layout (painter, label, STYLE_BODY, painter->label_width - COLUMN_GAP / 2,
                              PANGO_ALIGN_LEFT);
  value_layout = make_layout (painter, value, value_style, value_width, PANGO_ALIGN_LEFT);

  show (painter, label_layout, painter->left, painter->y);
  show (painter, value_layout, painter->left + painter->label_width, painter->y);
  painter->y += MAX (layout_height (label_layout), layout_height (value_layout)) + GAP;
}

static void
rule (Painter *painter,
      Rule     kind)
{
  static const double dash[] = { 2.0, 1.5 };
  cairo_t *cr = painter->cr;
  double y = painter->y + GAP;

  cairo_save (cr);
  cairo_set_line_width (cr, kind == RULE_DASHED ? 0.5 : 0.7);
  if (kind == RULE_DASHED)
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);

  cairo_move_to (cr, painter->left, y);
  cairo_line_to (cr, painter->left + painter->width, y);
  if (kind == RULE_DOUBLE)
    {
      cairo_move_to (cr, painter->left, y + 1.8);
      cairo_line_to (cr, painter->left + painter->width, y + 1.8);
      y += 1.8;
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  painter->y = y + GAP * 2;
}

/* The widest of the labels in the first column, so that the values line up. */
static double
measure_labels (Painter           *painter,
                const char * const *labels)
{
  double widest = 0;

  for (guint i = 0; labels[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = make_layout (painter, labels[i], STYLE_BODY, -1,
                                                   PANGO_ALIGN_LEFT);

      widest = MAX (widest, layout_width (layout));
    }

  return MIN (widest + COLUMN_GAP, painter->width * 0.4);
}

/* The stamp across a voided receipt, in the middle of what is printed: a framed word turned
 * up to the right, half-tone so that what it covers stays legible. */
static void
stamp (Painter *painter,
       double   top,
       double   bottom)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  /* Translators: the big stamp across a voided receipt. */
  const char *word = _("VOID");
  const double angle = -G_PI / 7;
  cairo_t *cr = painter->cr;
  double width;
  double height;
  double span;
  double scale;

  /* The Chinese word stays on the slip in every language: auditors look for it. */
  g_string_append (text, word);
  if (strstr (word, "作废") == NULL)
    g_string_append (text, "\n作废");

  layout = make_layout (painter, text->str, STYLE_STAMP, -1, PANGO_ALIGN_CENTER);
  width = layout_width (layout) + 16;
  height = layout_height (layout) + 8;
  span = width * cos (angle) + height * fabs (sin (angle));
  scale = MIN (1.0, painter->width * 0.9 / span);

  cairo_save (cr);
  cairo_translate (cr, painter->left + painter->width / 2, (top + bottom) / 2);
  cairo_rotate (cr, angle);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.45);

  cairo_set_line_width (cr, 2.5);
  cairo_rectangle (cr, -width / 2, -height / 2, width, height);
  cairo_stroke (cr);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, -width / 2 + 3.5, -height / 2 + 3.5, width - 7, height - 7);
  cairo_stroke (cr);

  cairo_move_to (cr, -layout_width (layout) / 2, -layout_height (layout) / 2);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_lines (Painter                 *painter,
            const HkReceiptPrintout *printout)
{
  row (painter, 0, _("Item"), STYLE_SMALL_BOLD, _("Amount"), STYLE_SMALL_BOLD);
  rule (painter, RULE_DASHED);

  for (guint i = 0; printout->lines != NULL && i < printout->lines->len; i++)
    {
      const HkReceiptLine *line = g_ptr_array_index (printout->lines, i);
      g_autofree char *item = NULL;
      g_autofree char *unit_price = hk_money_format (line->unit_price);
      g_autofree char *amount = hk_money_format (line->amount);
      g_autofree char *quantity = NULL;

      item = g_strdup_printf ("%s  %s", line->fee_item_code != NULL ? line->fee_item_code : "",
                              line->fee_item_name != NULL ? line->fee_item_name : "");
      quantity = g_strdup_printf ("%lld × %s", (long long)line->quantity, unit_price);

      paragraph (painter, item, STYLE_BODY, PANGO_ALIGN_LEFT);
      painter->y -= GAP * 0.6;
      row (painter, LINE_INDENT, quantity, STYLE_BODY, amount, STYLE_BODY);

      if (line->price_reason != NULL && *line->price_reason != '\0')
        {
          g_autofree char *reason = g_strdup_printf (_("Special price: %s"), line->price_reason);
          g_autoptr(PangoLayout) layout = NULL;

          layout = make_layout (painter, reason, STYLE_SMALL, painter->width - LINE_INDENT,
                                PANGO_ALIGN_LEFT);
          show (painter, layout, painter->left + LINE_INDENT, painter->y - GAP * 0.6);
          painter->y += layout_height (layout) + GAP * 0.4;
        }
    }
}

static void
draw_payments (Painter                 *painter,
               const HkReceiptPrintout *printout)
{
  paragraph (painter, _("Paid by"), STYLE_SMALL_BOLD, PANGO_ALIGN_LEFT);

  for (guint i = 0; printout->payments != NULL && i < printout->payments->len; i++)
    {
      const HkReceiptPayment *payment = g_ptr_array_index (printout->payments, i);
      g_autofree char *amount = hk_money_format (payment->amount);
      g_autofree char *method = NULL;

      if (payment->cheque_no != NULL && *payment->cheque_no != '\0')
        /* Translators: a payment method and the cheque's number, "Cheque No. 12345678". */
        method = g_strdup_printf (_("%s No. %s"), hk_payment_method_get_title (payment->method),
                                  payment->cheque_no);
      else
        method = g_strdup (hk_payment_method_get_title (payment->method));

      row (painter, LINE_INDENT, method, STYLE_BODY, amount, STYLE_BODY);
    }
}

/* Lays the receipt out in a column @width wide from the top left, and returns its height. */
static double
lay_out (cairo_t                 *cr,
         const HkReceiptPrintout *printout,
         double                   width)
{
  PangoContext *context;
  g_autofree char *full_number = hk_receipt_printout_dup_full_number (printout);
  g_autofree char *total = hk_money_format (printout->total);
  g_autofree char *capital = hk_money_to_chinese_capital (printout->total);
  const char * const labels[] = { _("No."), _("Date"), _("Clerk"), _("Customer"),
                                  _("In words"), NULL };
  cairo_font_options_t *options;
  Painter painter = { .cr = cr, .left = MARGIN, .width = width - 2 * MARGIN, .y = MARGIN };
  double lines_top;
  double lines_bottom;

  context = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  painter.context = context;
  painter.label_width = measure_labels (&painter, labels);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  /* The hall and the title. */
  if (printout->hall_name != NULL && *printout->hall_name != '\0')
    paragraph (&painter, printout->hall_name, STYLE_HALL, PANGO_ALIGN_CENTER);
  if (printout->hall_code != NULL && *printout->hall_code != '\0')
    {
      g_autofree char *code = g_strdup_printf (_("Hall code %s"), printout->hall_code);

      paragraph (&painter, code, STYLE_SMALL, PANGO_ALIGN_CENTER);
    }
  painter.y += GAP;
  paragraph (&painter, _("Receipt"), STYLE_TITLE, PANGO_ALIGN_CENTER);

  if (printout->corrects_number != NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("Red-letter correction of %s"),
                                                  printout->corrects_number);

      paragraph (&painter, heading, STYLE_BOLD, PANGO_ALIGN_CENTER);
      if (printout->correction_reason != NULL)
        {
          g_autofree char *reason = g_strdup_printf (_("Reason: %s"),
                                                     printout->correction_reason);

          paragraph (&painter, reason, STYLE_SMALL, PANGO_ALIGN_CENTER);
        }
    }

  rule (&painter, RULE_DOUBLE);

  /* Who, when, which number. */
  field (&painter, _("No."), full_number, STYLE_BOLD);
  if (printout->issued_at != NULL)
    {
      g_autofree char *when = g_date_time_format (printout->issued_at, "%Y-%m-%d %H:%M:%S");

      field (&painter, _("Date"), when, STYLE_BODY);
    }
  if (printout->clerk_name != NULL)
    field (&painter, _("Clerk"), printout->clerk_name, STYLE_BODY);
  if (printout->masked_phone != NULL && *printout->masked_phone != '\0')
    field (&painter, _("Customer"), printout->masked_phone, STYLE_BODY);

  rule (&painter, RULE_SOLID);
  lines_top = painter.y;

  draw_lines (&painter, printout);

  /* The total, in figures and in capital numerals. */
  rule (&painter, RULE_SOLID);
  row (&painter, 0, _("Total"), STYLE_TOTAL, total, STYLE_TOTAL);
  field (&painter, _("In words"), capital, STYLE_BOLD);

  rule (&painter, RULE_DASHED);
  draw_payments (&painter, printout);
  lines_bottom = painter.y;

  if (printout->is_void)
    {
      g_autofree char *reason = g_strdup_printf (_("Void: %s"),
                                                 printout->void_reason != NULL
                                                 ? printout->void_reason : "");

      rule (&painter, RULE_SOLID);
      paragraph (&painter, reason, STYLE_BOLD, PANGO_ALIGN_LEFT);
      if (printout->voided_by_name != NULL)
        {
          g_autofree char *by = g_strdup_printf (_("Voided by %s"), printout->voided_by_name);

          paragraph (&painter, by, STYLE_SMALL, PANGO_ALIGN_LEFT);
        }
    }

  rule (&painter, RULE_DASHED);
  paragraph (&painter, _("Please keep this receipt."), STYLE_SMALL, PANGO_ALIGN_CENTER);

  if (printout->is_void)
    stamp (&painter, lines_top, lines_bottom);

  cairo_restore (cr);
  /* PangoContext has no autoptr cleanup before Pango 1.52. */
  g_object_unref (context);

  /* A little more paper at the end, where the roll is torn off. */
  return painter.y - GAP + MARGIN * 1.5;
}

/* Wider areas widen the column and scale it up, to at most MAX_SCALE. */
static void
compute_scale (double  width,
               double *scale,
               double *design_width)
{
  *scale = MIN (width / HK_RECEIPT_ROLL_WIDTH_PT, MAX_SCALE);
  *design_width = width / *scale;
}

/* The height of the receipt laid out @design_width wide, measured on a surface that draws
 * nothing; metrics are not hinted, so it is the height on any surface. */
static double
measure (const HkReceiptPrintout *printout,
         double                   design_width)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  double height;

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  height = lay_out (cr, printout, design_width);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return height;
}

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static void
page_size (const HkReceiptPrintout *printout,
           double                  *width,
           double                  *height)
{
  switch (printout->paper)
    {
    case HK_RECEIPT_PAPER_A5:
      *width = HK_RECEIPT_A5_WIDTH_PT;
      *height = HK_RECEIPT_A5_HEIGHT_PT;
      break;
    case HK_RECEIPT_PAPER_ROLL_80MM:
    default:
      *width = HK_RECEIPT_ROLL_WIDTH_PT;
      *height = ceil (hk_receipt_printout_get_height (printout, *width));
      break;
    }
}

static gboolean
check_surface (cairo_surface_t  *surface,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, HK_ERROR, HK_ERROR_FAILED, _("Could not draw the receipt: %s"),
               cairo_status_to_string (status));
  return FALSE;
}

/* Replaces @path in one step: a temporary file beside it, then a rename, so a failed export
 * leaves neither a partial file nor a changed old one. */
static gboolean
write_file (const char  *path,
            GByteArray  *bytes,
            GError     **error)
{
  return g_file_set_contents_full (path, (const char *)bytes->data, bytes->len,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0666, error);
}

/**
 * hk_receipt_printout_new:
 *
 * Returns: (transfer full): an empty printout on the 80 mm roll, to fill by hand
 */
HkReceiptPrintout *
hk_receipt_printout_new (void)
{
  HkReceiptPrintout *printout = g_new0 (HkReceiptPrintout, 1);

  printout->paper = HK_RECEIPT_PAPER_ROLL_80MM;
  printout->lines = g_ptr_array_new_with_free_func ((GDestroyNotify)hk_receipt_line_free);
  printout->payments = g_ptr_array_new_with_free_func ((GDestroyNotify)hk_receipt_payment_free);

  return printout;
}

/**
 * hk_receipt_printout_new_from_store:
 * @context: the stores to read from
 * @receipt_id: the receipt
 *
 * Reads the receipt with its lines and payments, the clerk who issued it, who voided it, the
 * receipt it corrects and the hall. The customer's phone is kept masked only.
 *
 * Returns: (transfer full) (nullable): the printout on the 80 mm roll, or %NULL with
 *   @error set (%HK_ERROR_NOT_FOUND for an unknown receipt)
 */
HkReceiptPrintout *
hk_receipt_printout_new_from_store (HkContext  *context,
                                    gint64      receipt_id,
                                    GError    **error)
{
  g_autoptr(HkReceiptPrintout) printout = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(GDateTime) utc = NULL;
  HkReceiptStore *receipts;
  HkOperatorStore *operators;
  HkHallStore *hall;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  receipts = hk_context_get_receipt_store (context);
  operators = hk_context_get_operator_store (context);
  hall = hk_context_get_hall_store (context);

  printout = hk_receipt_printout_new ();
  g_clear_pointer (&printout->lines, g_ptr_array_unref);
  g_clear_pointer (&printout->payments, g_ptr_array_unref);

  if (!(receipt = hk_receipt_store_lookup (receipts, receipt_id, error)) ||
      !(printout->lines = hk_receipt_store_get_lines (receipts, receipt_id, error)) ||
      !(printout->payments = hk_receipt_store_get_payments (receipts, receipt_id, error)) ||
      !(clerk = hk_operator_store_lookup_by_id (operators, hk_receipt_get_clerk_id (receipt),
                                                error)))
    return NULL;

  printout->hall_name = hk_hall_store_dup_name (hall);
  printout->hall_code = hk_hall_store_dup_code (hall);
  printout->invoice_code = g_strdup (hk_receipt_get_invoice_code (receipt));
  printout->number = hk_receipt_get_number (receipt);
  utc = g_date_time_new_from_unix_utc (hk_receipt_get_issued_at (receipt));
  printout->issued_at = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (hall));
  printout->clerk_name = g_strdup (hk_operator_get_display_name (clerk));
  printout->total = hk_receipt_get_total (receipt);
  if (hk_receipt_get_customer_phone (receipt) != NULL)
    printout->masked_phone = hk_privacy_mask_phone (hk_receipt_get_customer_phone (receipt));

  if (hk_receipt_get_status (receipt) == HK_RECEIPT_VOID)
    {
      printout->is_void = TRUE;
      printout->void_reason = g_strdup (hk_receipt_get_void_reason (receipt));

      if (hk_receipt_get_voided_by (receipt) != 0)
        {
          g_autoptr(HkOperator) by = NULL;

          if (!(by = hk_operator_store_lookup_by_id (operators, hk_receipt_get_voided_by (receipt),
                                                     error)))
            return NULL;
          printout->voided_by_name = g_strdup (hk_operator_get_display_name (by));
        }
    }

  if (hk_receipt_get_corrects_id (receipt) != 0)
    {
      g_autoptr(HkReceipt) original = NULL;

      if (!(original = hk_receipt_store_lookup (receipts, hk_receipt_get_corrects_id (receipt),
                                                error)))
        return NULL;
      printout->corrects_number = hk_receipt_dup_full_number (original);
      printout->correction_reason = g_strdup (hk_receipt_get_correction_reason (receipt));
    }

  return g_steal_pointer (&printout);
}

void
hk_receipt_printout_free (HkReceiptPrintout *printout)
{
  if (printout == NULL)
    return;

  g_free (printout->hall_name);
  g_free (printout->hall_code);
  g_free (printout->invoice_code);
  g_clear_pointer (&printout->issued_at, g_date_time_unref);
  g_free (printout->clerk_name);
  g_clear_pointer (&printout->lines, g_ptr_array_unref);
  g_clear_pointer (&printout->payments, g_ptr_array_unref);
  g_free (printout->masked_phone);
  g_free (printout->void_reason);
  g_free (printout->voided_by_name);
  g_free (printout->corrects_number);
  g_free (printout->correction_reason);
  g_free (printout);
}

/**
 * hk_receipt_printout_dup_full_number:
 *
 * Returns: (transfer full): the invoice code and the eight-digit number, "3300241130-00001234",
 *   as hk_receipt_dup_full_number() writes them
 */
char *
hk_receipt_printout_dup_full_number (const HkReceiptPrintout *printout)
{
  g_return_val_if_fail (printout != NULL, NULL);

  return g_strdup_printf ("%s-%08lld", printout->invoice_code != NULL ? printout->invoice_code : "",
                          (long long)printout->number);
}

/**
 * hk_receipt_printout_get_height:
 * @width: the width of the area, in the units hk_receipt_printout_draw() gets
 *
 * Returns: the height the receipt needs at @width to be drawn at full size: the length of
 *   roll to cut, or the content height of a preview
 */
double
hk_receipt_printout_get_height (const HkReceiptPrintout *printout,
                                double                   width)
{
  double scale;
  double design_width;

  g_return_val_if_fail (printout != NULL, 0);
  g_return_val_if_fail (width > 0, 0);

  compute_scale (width, &scale, &design_width);

  return measure (printout, design_width) * scale;
}

/**
 * hk_receipt_printout_draw:
 * @cr: where to draw, with the area's top left at the origin
 * @width: the area's width (points on paper, pixels on screen)
 * @height: the area's height
 *
 * Paints the area white and draws the receipt at the top, black: the same routine serves the
 * preview on screen, the PDF and the PNG. The layout is made for the 80 mm roll and scales
 * with @width (up to MAX_SCALE, widening beyond); when @height is shorter than
 * hk_receipt_printout_get_height() the whole receipt is scaled down to fit, centred.
 *
 * Returns: %TRUE on success; %FALSE with %HK_ERROR_INVALID for an empty area, or
 *   %HK_ERROR_FAILED when Cairo fails
 */
gboolean
hk_receipt_printout_draw (cairo_t                  *cr,
                          double                    width,
                          double                    height,
                          const HkReceiptPrintout  *printout,
                          GError                  **error)
{
  cairo_status_t status;
  double scale;
  double design_width;
  double natural;
  double fit = 1.0;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (printout != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(width >= 1 && height >= 1 && isfinite (width) && isfinite (height)))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("There is no room to draw the receipt (%.0f × %.0f)."), width, height);
      return FALSE;
    }

  compute_scale (width, &scale, &design_width);
  natural = measure (printout, design_width) * scale;
  if (natural > height)
    fit = height / natural;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  cairo_translate (cr, width * (1 - fit) / 2, 0);
  cairo_scale (cr, scale * fit, scale * fit);
  lay_out (cr, printout, design_width);
  cairo_restore (cr);

  if ((status = cairo_status (cr)) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_FAILED, _("Could not draw the receipt: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * hk_receipt_printout_save_pdf:
 * @path: the file to write; replaced only once the whole PDF is written
 *
 * Writes the receipt as a one-page PDF: on the 80 mm roll a page 226.77 pt wide and as long
 * as the receipt, or an A5 page, as @printout's paper says.
 *
 * Returns: %TRUE on success
 */
gboolean
hk_receipt_printout_save_pdf (const HkReceiptPrintout  *printout,
                              const char               *path,
                              GError                  **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *full_number = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;
  double width;
  double height;

  g_return_val_if_fail (printout != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  page_size (printout, &width, &height);
  full_number = hk_receipt_printout_dup_full_number (printout);
  title = g_strdup_printf (_("Receipt %s"), full_number);

  surface = cairo_pdf_surface_create_for_stream (append_bytes_cb, bytes, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  cr = cairo_create (surface);
  ok = hk_receipt_printout_draw (cr, width, height, printout, error);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = ok && check_surface (surface, error);
  cairo_surface_destroy (surface);

  return ok && write_file (path, bytes, error);
}

/**
 * hk_receipt_printout_save_png:
 * @path: the file to write; replaced only once the whole image is written
 *
 * Writes the receipt as an opaque PNG of the paper, two pixels to the point (144 dpi): 454
 * pixels wide on the 80 mm roll.
 *
 * Returns: %TRUE on success
 */
gboolean
hk_receipt_printout_save_png (const HkReceiptPrintout  *printout,
                              const char               *path,
                              GError                  **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;
  double width;
  double height;

  g_return_val_if_fail (printout != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  page_size (printout, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                        (int)ceil (width * PNG_PIXELS_PER_POINT),
                                        (int)ceil (height * PNG_PIXELS_PER_POINT));
  cr = cairo_create (surface);
  /* The paper ends within the last column of pixels: it is white too. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, PNG_PIXELS_PER_POINT, PNG_PIXELS_PER_POINT);
  ok = hk_receipt_printout_draw (cr, width, height, printout, error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (ok && check_surface (surface, error))
    {
      cairo_status_t status = cairo_surface_write_to_png_stream (surface, append_bytes_cb, bytes);

      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_FAILED, _("Could not draw the receipt: %s"),
                       cairo_status_to_string (status));
          ok = FALSE;
        }
    }
  else
    {
      ok = FALSE;
    }
  cairo_surface_destroy (surface);

  return ok && write_file (path, bytes, error);
}
