/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-printout.c: the repair desk's printed forms: the intake slip the customer signs,
 * and the dispatch list that goes with a batch to the city company.
 *
 * Each form has one layout routine that draws on any Cairo surface: the screen's preview, the
 * PDF and the PNG come from it. The layout is made in points on A4 paper and scaled to the
 * area; an area too short scales the slip down so that nothing is cut off. The dispatch list
 * runs over as many pages as its table needs, repeating the column headings. Text is black on
 * white: it is printed. Metrics are not hinted, so a layout measures the same everywhere.
 */

#include "config.h"

#include "hk-repair-printout.h"

#include "core/hk-error.h"
#include "core/hk-money.h"
#include "core/hk-privacy.h"
#include "core/hk-repair-store.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

/* Pango picks the first family that has a glyph: Latin text and its punctuation from the
 * usual sans, Chinese from the CJK fonts. */
#define FONT_FAMILIES "DejaVu Sans, Noto Sans CJK SC, WenQuanYi Micro Hei, Sans"

#define MARGIN       42.0
#define GAP           4.0
#define COLUMN_GAP   10.0
#define CELL_PAD      3.0
#define PNG_PIXELS_PER_POINT 2.0

/* No page is drawn: the pass that counts the pages. */
#define NO_PAGE G_MAXUINT
/* Every page is drawn, with a new PDF page after each. */
#define ALL_PAGES (G_MAXUINT - 1)

typedef enum
{
  STYLE_BODY,
  STYLE_BOLD,
  STYLE_SMALL,
  STYLE_SMALL_BOLD,
  STYLE_HEADING,
  STYLE_HALL,
  STYLE_TITLE,
  STYLE_NUMBER,
} Style;

static const struct
{
  double      size;
  PangoWeight weight;
} styles[] = {
  [STYLE_BODY] = { 10.0, PANGO_WEIGHT_NORMAL },
  [STYLE_BOLD] = { 10.0, PANGO_WEIGHT_BOLD },
  [STYLE_SMALL] = { 8.0, PANGO_WEIGHT_NORMAL },
  [STYLE_SMALL_BOLD] = { 8.0, PANGO_WEIGHT_BOLD },
  [STYLE_HEADING] = { 11.0, PANGO_WEIGHT_BOLD },
  [STYLE_HALL] = { 13.0, PANGO_WEIGHT_BOLD },
  [STYLE_TITLE] = { 18.0, PANGO_WEIGHT_BOLD },
  [STYLE_NUMBER] = { 15.0, PANGO_WEIGHT_BOLD },
};

typedef struct
{
  cairo_t      *cr;
  PangoContext *context;
  double        left;
  double        width;
  double        top;
  double        bottom;
  double        y;
  double        label_width;
  guint         page;
  guint         drawn_page;   /* a page number, ALL_PAGES or NO_PAGE */
} Painter;

static gboolean
visible (Painter *painter)
{
  return painter->drawn_page == ALL_PAGES || painter->drawn_page == painter->page;
}

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

  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
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
  if (!visible (painter))
    return;

  cairo_move_to (painter->cr, x, y);
  pango_cairo_show_layout (painter->cr, layout);
}

static void
line (Painter *painter,
      double   x1,
      double   y1,
      double   x2,
      double   y2,
      double   width)
{
  if (!visible (painter))
    return;

  cairo_save (painter->cr);
  cairo_set_line_width (painter->cr, width);
  cairo_move_to (painter->cr, x1, y1);
  cairo_line_to (painter->cr, x2, y2);
  cairo_stroke (painter->cr);
  cairo_restore (painter->cr);
}

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

static void
rule (Painter *painter,
      double   width)
{
  line (painter, painter->left, painter->y + GAP / 2, painter->left + painter->width,
        painter->y + GAP / 2, width);
  painter->y += GAP * 2;
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

  label_layout = make_layout (painter, label, STYLE_BODY, painter->label_width - COLUMN_GAP,
                              PANGO_ALIGN_LEFT);
  value_layout = make_layout (painter, value, value_style, painter->width - painter->label_width,
                              PANGO_ALIGN_LEFT);

  show (painter, label_layout, painter->left, painter->y);
  show (painter, value_layout, painter->left + painter->label_width, painter->y);
  painter->y += MAX (layout_height (label_layout), layout_height (value_layout)) + GAP;
}

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

  return MIN (widest + COLUMN_GAP, painter->width * 0.35);
}

/* A signature: its label, a line to sign on, and "Date" with its own line. */
static void
signature (Painter    *painter,
           double      x,
           double      width,
           double      y,
           const char *label)
{
  g_autoptr(PangoLayout) label_layout = make_layout (painter, label, STYLE_BODY, width,
                                                     PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) date_layout = make_layout (painter, _("Date"), STYLE_SMALL, width,
                                                    PANGO_ALIGN_LEFT);
  double sign_y = y + layout_height (label_layout) + 26;

  show (painter, label_layout, x, y);
  line (painter, x, sign_y, x + width, sign_y, 0.6);
  show (painter, date_layout, x, sign_y + 8);
  line (painter, x + layout_width (date_layout) + 6, sign_y + 8 + layout_height (date_layout),
        x + width, sign_y + 8 + layout_height (date_layout), 0.4);
}

static double
signature_height (Painter *painter)
{
  g_autoptr(PangoLayout) layout = make_layout (painter, "Xy", STYLE_BODY, -1, PANGO_ALIGN_LEFT);
  g_autoptr(PangoLayout) small = make_layout (painter, "Xy", STYLE_SMALL, -1, PANGO_ALIGN_LEFT);

  return layout_height (layout) + 26 + 8 + layout_height (small) + GAP;
}

static PangoContext *
create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);

  return context;
}

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, HK_ERROR, HK_ERROR_FAILED, _("Could not draw the form: %s"),
               cairo_status_to_string (status));
  return FALSE;
}

static gboolean
check_area (double   width,
            double   height,
            GError **error)
{
  if (width >= 1 && height >= 1 && isfinite (width) && isfinite (height))
    return TRUE;

  g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
               _("There is no room to draw the form (%.0f × %.0f)."), width, height);
  return FALSE;
}

/* Replaces @path in one step, so a failed export leaves no partial file. */
static gboolean
write_file (const char  *path,
            GByteArray  *bytes,
            GError     **error)
{
  return g_file_set_contents_full (path, (const char *)bytes->data, bytes->len,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0666, error);
}

/* ---- the intake slip ---- */

/**
 * hk_repair_slip_get_terms:
 *
 * Returns: the hall's terms of repair, as the slip prints them, in the user's language
 */
const char *
hk_repair_slip_get_terms (void)
{
  return _("1. Keep this slip: the device is handed back against it and the identity document "
           "of the person who collects it.\n"
           "2. Back up your data: the hall is not responsible for data on the device, nor for a "
           "SIM card or memory card not listed above.\n"
           "3. The estimated fee is not binding; a higher fee is agreed with you before the "
           "repair goes on. The deposit is counted towards the fee, and what remains is "
           "refunded.\n"
           "4. Faults that cannot be seen at intake, such as those from water damage or of a "
           "device that does not power on, may be found only during the repair.\n"
           "5. Devices the city company repairs take longer; we call you when yours is ready.\n"
           "6. A device not collected within 90 days of our call is handled by the hall’s rules "
           "for unclaimed property.");
}

/* "☑ Battery   ☐ Charger   …": every choice, ticked as recorded. */
static char *
checkboxes (guint   n,
            guint   flags,
            guint (*nth) (guint),
            const char *(*title) (guint))
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      guint flag = nth (i);

      if (i > 0)
        g_string_append (text, "    ");
      g_string_append (text, (flags & flag) ? "☑ " : "☐ ");
      g_string_append (text, title (flag));
    }

  return g_string_free (text, FALSE);
}

static guint
accessory_nth (guint n)
{
  return hk_repair_accessory_nth (n);
}

static const char *
accessory_title (guint flag)
{
  return hk_repair_accessory_get_title (flag);
}

static guint
condition_nth (guint n)
{
  return hk_repair_condition_nth (n);
}

static const char *
condition_title (guint flag)
{
  return hk_repair_condition_get_title (flag);
}

/* Lays the slip out @width points wide from the top left; returns its height. */
static double
lay_out_slip (cairo_t            *cr,
              const HkRepairSlip *slip,
              double              width)
{
  g_autofree char *device = g_strdup_printf ("%s %s", slip->brand != NULL ? slip->brand : "",
                                             slip->model != NULL ? slip->model : "");
  g_autofree char *estimate = hk_money_format (slip->estimated_fee);
  g_autofree char *deposit = hk_money_format (slip->deposit);
  g_autofree char *accessories = checkboxes (HK_REPAIR_N_ACCESSORIES, slip->accessories,
                                             accessory_nth, accessory_title);
  g_autofree char *conditions = checkboxes (HK_REPAIR_N_CONDITIONS, slip->conditions,
                                            condition_nth, condition_title);
  g_autofree char *warranty = NULL;
  g_autofree char *received = NULL;
  const char * const labels[] = { _("Ticket"), C_("repair ticket", "Received"), _("Customer"),
                                  _("Phone"), _("Device"), _("IMEI"), _("Fault"), _("Warranty"),
                                  _("Estimated fee"), _("Deposit received"), _("Promised"),
                                  _("Technician"), NULL };
  Painter painter = { .cr = cr, .left = MARGIN, .width = width - 2 * MARGIN, .top = MARGIN,
                      .y = MARGIN, .drawn_page = ALL_PAGES };
  double column;

  painter.context = create_context (cr);
  painter.label_width = measure_labels (&painter, labels);

  if (slip->warranty_proof != NULL && *slip->warranty_proof != '\0')
    warranty = g_strdup_printf ("%s — %s", hk_repair_warranty_get_title (slip->warranty),
                                slip->warranty_proof);
  else
    warranty = g_strdup (hk_repair_warranty_get_title (slip->warranty));

  if (slip->received_at != NULL)
    received = g_date_time_format (slip->received_at, "%Y-%m-%d %H:%M");

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  if (slip->hall_name != NULL && *slip->hall_name != '\0')
    paragraph (&painter, slip->hall_name, STYLE_HALL, PANGO_ALIGN_CENTER);
  if (slip->hall_code != NULL && *slip->hall_code != '\0')
    {
      g_autofree char *code = g_strdup_printf (_("Hall code %s"), slip->hall_code);

      paragraph (&painter, code, STYLE_SMALL, PANGO_ALIGN_CENTER);
    }
  painter.y += GAP;
  paragraph (&painter, _("Repair intake slip"), STYLE_TITLE, PANGO_ALIGN_CENTER);
  painter.y += GAP;
  rule (&painter, 1.2);

  field (&painter, _("Ticket"), slip->ticket_no, STYLE_NUMBER);
  if (received != NULL)
    field (&painter, C_("repair ticket", "Received"), received, STYLE_BODY);
  field (&painter, _("Customer"), slip->customer_name, STYLE_BODY);
  if (slip->masked_phone != NULL)
    field (&painter, _("Phone"), slip->masked_phone, STYLE_BODY);
  rule (&painter, 0.5);

  field (&painter, _("Device"), device, STYLE_BOLD);
  field (&painter, _("IMEI"), slip->imei, STYLE_BOLD);
  field (&painter, _("Fault"), slip->fault, STYLE_BODY);
  field (&painter, _("Warranty"), warranty, STYLE_BODY);
  rule (&painter, 0.5);

  paragraph (&painter, _("Accessories received"), STYLE_HEADING, PANGO_ALIGN_LEFT);
  paragraph (&painter, accessories, STYLE_BODY, PANGO_ALIGN_LEFT);
  painter.y += GAP;
  paragraph (&painter, _("Condition at intake"), STYLE_HEADING, PANGO_ALIGN_LEFT);
  paragraph (&painter, conditions, STYLE_BODY, PANGO_ALIGN_LEFT);
  if (slip->condition_note != NULL && *slip->condition_note != '\0')
    paragraph (&painter, slip->condition_note, STYLE_BODY, PANGO_ALIGN_LEFT);
  rule (&painter, 0.5);

  field (&painter, _("Estimated fee"), estimate, STYLE_BODY);
  field (&painter, _("Deposit received"), deposit, STYLE_BODY);
  field (&painter, _("Promised"), slip->promised_day, STYLE_BOLD);
  field (&painter, _("Technician"), slip->technician_name, STYLE_BODY);
  rule (&painter, 0.5);

  paragraph (&painter, _("Terms of repair"), STYLE_SMALL_BOLD, PANGO_ALIGN_LEFT);
  paragraph (&painter, hk_repair_slip_get_terms (), STYLE_SMALL, PANGO_ALIGN_LEFT);
  painter.y += GAP * 3;

  /* The customer confirms the device, accessories and condition as recorded. */
  paragraph (&painter, _("I confirm the device, its accessories and its condition as recorded "
                         "above, and accept the terms."), STYLE_SMALL, PANGO_ALIGN_LEFT);
  painter.y += GAP * 2;
  column = (painter.width - COLUMN_GAP * 2) / 2;
  signature (&painter, painter.left, column, painter.y, _("Customer’s signature"));
  signature (&painter, painter.left + column + COLUMN_GAP * 2, column, painter.y,
             _("Technician’s signature"));
  painter.y += signature_height (&painter);

  cairo_restore (cr);
  g_object_unref (painter.context);

  return painter.y + MARGIN;
}

static double
measure_slip (const HkRepairSlip *slip,
              double              width)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double height = lay_out_slip (cr, slip, width);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return height;
}

HkRepairSlip *
hk_repair_slip_new (void)
{
  return g_new0 (HkRepairSlip, 1);
}

/**
 * hk_repair_slip_new_from_store:
 * @context: the stores to read from
 * @ticket_id: the repair ticket
 *
 * Reads the ticket, the technicians and the hall. The customer's phone is kept masked only.
 *
 * Returns: (transfer full) (nullable): the slip, or %NULL with @error set
 */
HkRepairSlip *
hk_repair_slip_new_from_store (HkContext  *context,
                               gint64      ticket_id,
                               GError    **error)
{
  g_autoptr(HkRepairSlip) slip = NULL;
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkOperator) received_by = NULL;
  g_autoptr(GDateTime) utc = NULL;
  HkHallStore *hall;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  hall = hk_context_get_hall_store (context);

  if (!(ticket = hk_repair_store_lookup (hk_context_get_repair_store (context), ticket_id,
                                         error)) ||
      !(received_by = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context),
                                                      hk_repair_ticket_get_received_by (ticket),
                                                      error)))
    return NULL;

  slip = hk_repair_slip_new ();
  slip->hall_name = hk_hall_store_dup_name (hall);
  slip->hall_code = hk_hall_store_dup_code (hall);
  slip->ticket_no = g_strdup (hk_repair_ticket_get_ticket_no (ticket));
  utc = g_date_time_new_from_unix_utc (hk_repair_ticket_get_received_at (ticket));
  slip->received_at = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (hall));
  slip->received_by_name = g_strdup (hk_operator_get_display_name (received_by));
  slip->technician_name = g_strdup (hk_repair_ticket_get_technician_name (ticket));
  slip->customer_name = g_strdup (hk_repair_ticket_get_customer_name (ticket));
  slip->masked_phone = hk_repair_ticket_dup_masked_phone (ticket);
  slip->brand = g_strdup (hk_repair_ticket_get_brand (ticket));
  slip->model = g_strdup (hk_repair_ticket_get_model (ticket));
  slip->imei = g_strdup (hk_repair_ticket_get_imei (ticket));
  slip->accessories = hk_repair_ticket_get_accessories (ticket);
  slip->conditions = hk_repair_ticket_get_conditions (ticket);
  slip->condition_note = g_strdup (hk_repair_ticket_get_condition_note (ticket));
  slip->fault = g_strdup (hk_repair_ticket_get_fault (ticket));
  slip->warranty = hk_repair_ticket_get_warranty (ticket);
  slip->warranty_proof = g_strdup (hk_repair_ticket_get_warranty_proof (ticket));
  slip->estimated_fee = hk_repair_ticket_get_estimated_fee (ticket);
  slip->deposit = hk_repair_ticket_get_deposit (ticket);
  slip->promised_day = g_strdup (hk_repair_ticket_get_promised_day (ticket));

  return g_steal_pointer (&slip);
}

void
hk_repair_slip_free (HkRepairSlip *slip)
{
  if (slip == NULL)
    return;

  g_free (slip->hall_name);
  g_free (slip->hall_code);
  g_free (slip->ticket_no);
  g_clear_pointer (&slip->received_at, g_date_time_unref);
  g_free (slip->received_by_name);
  g_free (slip->technician_name);
  g_free (slip->customer_name);
  g_free (slip->masked_phone);
  g_free (slip->brand);
  g_free (slip->model);
  g_free (slip->imei);
  g_free (slip->condition_note);
  g_free (slip->fault);
  g_free (slip->warranty_proof);
  g_free (slip->promised_day);
  g_free (slip);
}

/**
 * hk_repair_slip_draw:
 * @cr: where to draw, the area's top left at the origin
 * @width: the area's width (points on paper, pixels on screen)
 * @height: the area's height
 *
 * Paints the area white and draws the slip, laid out for A4 and scaled to @width; when the
 * slip is taller than @height allows it is scaled down to fit, centred.
 */
gboolean
hk_repair_slip_draw (cairo_t             *cr,
                     double               width,
                     double               height,
                     const HkRepairSlip  *slip,
                     GError             **error)
{
  double scale;
  double natural;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (slip != NULL, FALSE);

  if (!check_area (width, height, error))
    return FALSE;

  scale = width / HK_REPAIR_A4_SHORT_PT;
  natural = measure_slip (slip, HK_REPAIR_A4_SHORT_PT) * scale;
  if (natural > height)
    scale *= height / natural;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, (width - HK_REPAIR_A4_SHORT_PT * scale) / 2, 0);
  cairo_scale (cr, scale, scale);
  lay_out_slip (cr, slip, HK_REPAIR_A4_SHORT_PT);
  cairo_restore (cr);

  return check_status (cairo_status (cr), error);
}

/**
 * hk_repair_slip_save_pdf:
 * @path: the file to write; replaced only once the whole PDF is written
 *
 * Writes the slip as a one-page A4 PDF.
 */
gboolean
hk_repair_slip_save_pdf (const HkRepairSlip  *slip,
                         const char          *path,
                         GError             **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (slip != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  title = g_strdup_printf (_("Repair intake slip %s"), slip->ticket_no);
  surface = cairo_pdf_surface_create_for_stream (append_bytes_cb, bytes, HK_REPAIR_A4_SHORT_PT,
                                                 HK_REPAIR_A4_LONG_PT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  cr = cairo_create (surface);
  ok = hk_repair_slip_draw (cr, HK_REPAIR_A4_SHORT_PT, HK_REPAIR_A4_LONG_PT, slip, error);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = ok && check_status (cairo_surface_status (surface), error);
  cairo_surface_destroy (surface);

  return ok && write_file (path, bytes, error);
}

static gboolean
save_png (cairo_surface_t  *surface,
          const char       *path,
          GError          **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();

  cairo_surface_flush (surface);
  if (!check_status (cairo_surface_status (surface), error) ||
      !check_status (cairo_surface_write_to_png_stream (surface, append_bytes_cb, bytes), error))
    return FALSE;

  return write_file (path, bytes, error);
}

/* Writes the slip as an A4 PNG, two pixels to the point. */
gboolean
hk_repair_slip_save_png (const HkRepairSlip  *slip,
                         const char          *path,
                         GError             **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (slip != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                        (int)ceil (HK_REPAIR_A4_SHORT_PT * PNG_PIXELS_PER_POINT),
                                        (int)ceil (HK_REPAIR_A4_LONG_PT * PNG_PIXELS_PER_POINT));
  cr = cairo_create (surface);
  cairo_scale (cr, PNG_PIXELS_PER_POINT, PNG_PIXELS_PER_POINT);
  ok = hk_repair_slip_draw (cr, HK_REPAIR_A4_SHORT_PT, HK_REPAIR_A4_LONG_PT, slip, error);
  cairo_destroy (cr);
  ok = ok && save_png (surface, path, error);
  cairo_surface_destroy (surface);

  return ok;
}

/* ---- the dispatch list ---- */

/* How wide each column of the devices table is, in shares of the page. */
static double
column_share (HkReportTable *table,
              guint          column)
{
  static const double shares[] = { 0.4, 1.2, 1.3, 1.4, 2.0, 0.9, 1.0, 0.7, 2.4 };

  if (hk_report_table_get_n_columns (table) == G_N_ELEMENTS (shares))
    return shares[column];

  return 1.0;
}

static void
new_page (Painter *painter)
{
  if (painter->drawn_page == ALL_PAGES)
    cairo_show_page (painter->cr);
  painter->page++;
  painter->y = painter->top;
}

/* One row of the table: each cell wrapped in its column; returns the row's height. */
static double
table_row (Painter        *painter,
           HkReportTable  *table,
           const double   *x,
           const double   *widths,
           guint           row,
           gboolean        heading,
           gboolean        measure_only)
{
  guint n = hk_report_table_get_n_columns (table);
  double height = 0;

  for (guint c = 0; c < n; c++)
    {
      g_autofree char *text = heading ? g_strdup (hk_report_table_get_heading (table, c))
                                      : hk_report_table_format_cell (table, row, c);
      HkReportColumnKind kind = hk_report_table_get_kind (table, c);
      g_autoptr(PangoLayout) layout = NULL;

      layout = make_layout (painter, text, heading ? STYLE_SMALL_BOLD : STYLE_SMALL,
                            widths[c] - 2 * CELL_PAD,
                            !heading && (kind == HK_REPORT_COLUMN_COUNT ||
                                         kind == HK_REPORT_COLUMN_MONEY)
                            ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      if (!measure_only)
        show (painter, layout, x[c] + CELL_PAD, painter->y + CELL_PAD);
      height = MAX (height, layout_height (layout));
    }

  return height + 2 * CELL_PAD;
}

/* The grid of one row: its outline and the lines between its cells. */
static void
row_grid (Painter      *painter,
          guint         n,
          const double *x,
          const double *widths,
          double        height,
          double        weight)
{
  for (guint c = 0; c < n; c++)
    line (painter, x[c], painter->y, x[c], painter->y + height, 0.4);
  line (painter, x[n - 1] + widths[n - 1], painter->y, x[n - 1] + widths[n - 1],
        painter->y + height, 0.4);
  line (painter, x[0], painter->y, x[n - 1] + widths[n - 1], painter->y, weight);
  line (painter, x[0], painter->y + height, x[n - 1] + widths[n - 1], painter->y + height, 0.4);
}

static void
table_heading (Painter       *painter,
               HkReportTable *table,
               const double  *x,
               const double  *widths)
{
  double height = table_row (painter, table, x, widths, 0, TRUE, FALSE);

  row_grid (painter, hk_report_table_get_n_columns (table), x, widths, height, 0.8);
  painter->y += height;
}

static void
page_footer (Painter    *painter,
             const char *batch,
             guint       n_pages,
             double      page_height)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  if (n_pages == 0)
    return;

  /* Translators: at the foot of a dispatch list, "S20261021-01 · page 1 of 2" */
  text = g_strdup_printf (_("%s · page %u of %u"), batch, painter->page + 1, n_pages);
  layout = make_layout (painter, text, STYLE_SMALL, painter->width, PANGO_ALIGN_RIGHT);
  show (painter, layout, painter->left, page_height - MARGIN / 2 - layout_height (layout));
}

/* Lays the dispatch list out on pages of @width × @height points, drawing @drawn_page (or
 * every page, or none); returns the number of pages. @n_pages, if known, goes in the footer. */
static guint
lay_out_dispatch (cairo_t  *cr,
                  HkReport *report,
                  double    width,
                  double    height,
                  guint     drawn_page,
                  guint     n_pages)
{
  HkReportTable *table = hk_report_find_table (report, "devices");
  const char *batch = hk_report_get_n_figures (report) > 0
                      ? hk_report_get_figure_text (report, 0) : "";
  g_autofree double *x = NULL;
  g_autofree double *widths = NULL;
  g_autofree const char **labels = NULL;
  Painter painter = { .cr = cr, .left = MARGIN, .width = width - 2 * MARGIN, .top = MARGIN,
                      .bottom = height - MARGIN, .y = MARGIN, .drawn_page = drawn_page };
  guint n_columns = table != NULL ? hk_report_table_get_n_columns (table) : 0;
  guint n_figures = hk_report_get_n_figures (report);
  double shares = 0;
  double column;

  painter.context = create_context (cr);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  if (hk_report_get_hall_name (report) != NULL)
    paragraph (&painter, hk_report_get_hall_name (report), STYLE_HALL, PANGO_ALIGN_CENTER);
  paragraph (&painter, hk_report_get_title (report), STYLE_TITLE, PANGO_ALIGN_CENTER);
  painter.y += GAP;

  /* The key figures, two to a line. */
  labels = g_new0 (const char *, n_figures + 1);
  for (guint i = 0; i < n_figures; i++)
    labels[i] = hk_report_get_figure_label (report, i);
  painter.label_width = measure_labels (&painter, labels);
  column = (painter.width - COLUMN_GAP * 2) / 2;
  for (guint i = 0; i < n_figures; i += 2)
    {
      double row_height = 0;

      for (guint j = i; j < MIN (i + 2, n_figures); j++)
        {
          g_autoptr(PangoLayout) label = NULL;
          g_autoptr(PangoLayout) value = NULL;
          double left = painter.left + (j - i) * (column + COLUMN_GAP * 2);

          label = make_layout (&painter, hk_report_get_figure_label (report, j), STYLE_BODY,
                               painter.label_width - COLUMN_GAP, PANGO_ALIGN_LEFT);
          value = make_layout (&painter, hk_report_get_figure_text (report, j), STYLE_BOLD,
                               column - painter.label_width, PANGO_ALIGN_LEFT);
          show (&painter, label, left, painter.y);
          show (&painter, value, left + painter.label_width, painter.y);
          row_height = MAX (row_height, MAX (layout_height (label), layout_height (value)));
        }
      painter.y += row_height + GAP;
    }
  painter.y += GAP * 2;

  /* The devices, the headings again on each page. */
  if (n_columns > 0)
    {
      x = g_new0 (double, n_columns);
      widths = g_new0 (double, n_columns);
      for (guint c = 0; c < n_columns; c++)
        shares += column_share (table, c);
      for (guint c = 0; c < n_columns; c++)
        {
          widths[c] = painter.width * column_share (table, c) / shares;
          x[c] = c == 0 ? painter.left : x[c - 1] + widths[c - 1];
        }

      table_heading (&painter, table, x, widths);

      for (guint r = 0; r < hk_report_table_get_n_rows (table); r++)
        {
          double row_height = table_row (&painter, table, x, widths, r, FALSE, TRUE);

          if (painter.y + row_height > painter.bottom)
            {
              page_footer (&painter, batch, n_pages, height);
              new_page (&painter);
              table_heading (&painter, table, x, widths);
            }

          table_row (&painter, table, x, widths, r, FALSE, FALSE);
          row_grid (&painter, n_columns, x, widths, row_height, 0.4);
          painter.y += row_height;
        }
    }

  /* Signed by the hall when it leaves, by the courier, and by the city company on receipt. */
  painter.y += GAP * 4;
  if (painter.y + signature_height (&painter) > painter.bottom)
    {
      page_footer (&painter, batch, n_pages, height);
      new_page (&painter);
    }
  column = (painter.width - COLUMN_GAP * 4) / 3;
  signature (&painter, painter.left, column, painter.y, _("Handed over by (hall)"));
  signature (&painter, painter.left + column + COLUMN_GAP * 2, column, painter.y,
             _("Courier"));
  signature (&painter, painter.left + 2 * (column + COLUMN_GAP * 2), column, painter.y,
             _("Received by (city company)"));
  painter.y += signature_height (&painter);
  page_footer (&painter, batch, n_pages, height);

  cairo_restore (cr);
  g_object_unref (painter.context);

  return painter.page + 1;
}

/* The number of landscape A4 pages the dispatch list takes. */
guint
hk_repair_dispatch_list_get_n_pages (HkReport *report)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (report != NULL, 0);

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  n_pages = lay_out_dispatch (cr, report, HK_REPAIR_A4_LONG_PT, HK_REPAIR_A4_SHORT_PT, NO_PAGE,
                              0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return n_pages;
}

/**
 * hk_repair_dispatch_list_draw:
 * @width: the area's width; the landscape A4 page is scaled to it
 * @height: the area's height; the page is scaled down further if it is too short
 * @page: which page, from 0
 *
 * Paints the area white and draws one page of the dispatch list.
 */
gboolean
hk_repair_dispatch_list_draw (cairo_t   *cr,
                              double     width,
                              double     height,
                              HkReport  *report,
                              guint      page,
                              GError   **error)
{
  double scale;
  guint n_pages;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  if (!check_area (width, height, error))
    return FALSE;

  n_pages = hk_repair_dispatch_list_get_n_pages (report);
  if (page >= n_pages)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("The dispatch list has %u pages; there is no page %u."), n_pages, page + 1);
      return FALSE;
    }

  scale = MIN (width / HK_REPAIR_A4_LONG_PT, height / HK_REPAIR_A4_SHORT_PT);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  lay_out_dispatch (cr, report, HK_REPAIR_A4_LONG_PT, HK_REPAIR_A4_SHORT_PT, page, n_pages);
  cairo_restore (cr);

  return check_status (cairo_status (cr), error);
}

/**
 * hk_repair_dispatch_list_save_pdf:
 * @report: a report of hk_repair_dispatch_report_build()
 * @path: the file to write; replaced only once the whole PDF is written
 *
 * Writes every page of the dispatch list, landscape A4.
 */
gboolean
hk_repair_dispatch_list_save_pdf (HkReport    *report,
                                  const char  *path,
                                  GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;
  gboolean ok;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  n_pages = hk_repair_dispatch_list_get_n_pages (report);
  surface = cairo_pdf_surface_create_for_stream (append_bytes_cb, bytes, HK_REPAIR_A4_LONG_PT,
                                                 HK_REPAIR_A4_SHORT_PT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  hk_report_get_title (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  cr = cairo_create (surface);
  lay_out_dispatch (cr, report, HK_REPAIR_A4_LONG_PT, HK_REPAIR_A4_SHORT_PT, ALL_PAGES, n_pages);
  ok = check_status (cairo_status (cr), error);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = ok && check_status (cairo_surface_status (surface), error);
  cairo_surface_destroy (surface);

  return ok && write_file (path, bytes, error);
}

/* Writes one page of the dispatch list as a PNG, two pixels to the point. */
gboolean
hk_repair_dispatch_list_save_png (HkReport    *report,
                                  guint        page,
                                  const char  *path,
                                  GError     **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                        (int)ceil (HK_REPAIR_A4_LONG_PT * PNG_PIXELS_PER_POINT),
                                        (int)ceil (HK_REPAIR_A4_SHORT_PT * PNG_PIXELS_PER_POINT));
  cr = cairo_create (surface);
  cairo_scale (cr, PNG_PIXELS_PER_POINT, PNG_PIXELS_PER_POINT);
  ok = hk_repair_dispatch_list_draw (cr, HK_REPAIR_A4_LONG_PT, HK_REPAIR_A4_SHORT_PT, report,
                                     page, error);
  cairo_destroy (cr);
  ok = ok && save_png (surface, path, error);
  cairo_surface_destroy (surface);

  return ok;
}
