/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-invoice-book.c: an invoice book (发票本) and the small values about its numbers.
 *
 * Books are values: only HkInvoiceBookStore creates them. Who holds which of a
 * book's numbers changes; that is in HkInvoiceSegment values, read from the
 * store when needed.
 */

#include "config.h"

#include <string.h>

#include "hk-invoice-book.h"

struct _HkInvoiceBook
{
  GObject  parent_instance;
  gint64   id;
  char    *invoice_code;
  gint64   first_no;
  gint64   last_no;
  gint64   registered_at;
};

G_DEFINE_FINAL_TYPE (HkInvoiceBook, hk_invoice_book, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INVOICE_CODE,
  PROP_FIRST_NO,
  PROP_LAST_NO,
  PROP_COUNT,
  PROP_REGISTERED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_invoice_book_finalize (GObject *object)
{
  HkInvoiceBook *self = (HkInvoiceBook *)object;

  g_clear_pointer (&self->invoice_code, g_free);

  G_OBJECT_CLASS (hk_invoice_book_parent_class)->finalize (object);
}

static void
hk_invoice_book_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HkInvoiceBook *self = HK_INVOICE_BOOK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_INVOICE_CODE:
      g_value_set_string (value, self->invoice_code);
      break;
    case PROP_FIRST_NO:
      g_value_set_int64 (value, self->first_no);
      break;
    case PROP_LAST_NO:
      g_value_set_int64 (value, self->last_no);
      break;
    case PROP_COUNT:
      g_value_set_int64 (value, hk_invoice_book_get_count (self));
      break;
    case PROP_REGISTERED_AT:
      g_value_set_int64 (value, self->registered_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_invoice_book_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HkInvoiceBook *self = HK_INVOICE_BOOK (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_INVOICE_CODE:
      self->invoice_code = g_value_dup_string (value);
      break;
    case PROP_FIRST_NO:
      self->first_no = g_value_get_int64 (value);
      break;
    case PROP_LAST_NO:
      self->last_no = g_value_get_int64 (value);
      break;
    case PROP_REGISTERED_AT:
      self->registered_at = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_invoice_book_class_init (HkInvoiceBookClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_invoice_book_finalize;
  object_class->get_property = hk_invoice_book_get_property;
  object_class->set_property = hk_invoice_book_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_INVOICE_CODE] =
    g_param_spec_string ("invoice-code", NULL, NULL, NULL, flags);
  properties[PROP_FIRST_NO] =
    g_param_spec_int64 ("first-no", NULL, NULL, 0, HK_INVOICE_NUMBER_MAX, 0, flags);
  properties[PROP_LAST_NO] =
    g_param_spec_int64 ("last-no", NULL, NULL, 0, HK_INVOICE_NUMBER_MAX, 0, flags);
  properties[PROP_COUNT] =
    g_param_spec_int64 ("count", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGISTERED_AT] =
    g_param_spec_int64 ("registered-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_invoice_book_init (HkInvoiceBook *self)
{
}

gint64
hk_invoice_book_get_id (HkInvoiceBook *self)
{
  g_return_val_if_fail (HK_IS_INVOICE_BOOK (self), 0);

  return self->id;
}

/* The invoice code (发票代码) printed on every invoice of the book: 10 to 12 digits. */
const char *
hk_invoice_book_get_invoice_code (HkInvoiceBook *self)
{
  g_return_val_if_fail (HK_IS_INVOICE_BOOK (self), NULL);

  return self->invoice_code;
}

gint64
hk_invoice_book_get_first_no (HkInvoiceBook *self)
{
  g_return_val_if_fail (HK_IS_INVOICE_BOOK (self), 0);

  return self->first_no;
}

gint64
hk_invoice_book_get_last_no (HkInvoiceBook *self)
{
  g_return_val_if_fail (HK_IS_INVOICE_BOOK (self), 0);

  return self->last_no;
}

/* How many invoices the book holds: last - first + 1. */
gint64
hk_invoice_book_get_count (HkInvoiceBook *self)
{
  g_return_val_if_fail (HK_IS_INVOICE_BOOK (self), 0);

  return self->last_no - self->first_no + 1;
}

gint64
hk_invoice_book_get_registered_at (HkInvoiceBook *self)
{
  g_return_val_if_fail (HK_IS_INVOICE_BOOK (self), 0);

  return self->registered_at;
}

/* TRUE when every number from @first_no to @last_no belongs to the book. */
gboolean
hk_invoice_book_contains (HkInvoiceBook *self,
                          gint64         first_no,
                          gint64         last_no)
{
  g_return_val_if_fail (HK_IS_INVOICE_BOOK (self), FALSE);

  return first_no <= last_no && first_no >= self->first_no && last_no <= self->last_no;
}

/* An invoice code (发票代码) is 10 to 12 digits. */
gboolean
hk_invoice_code_is_valid (const char *code)
{
  gsize length = code != NULL ? strlen (code) : 0;

  if (length < 10 || length > 12)
    return FALSE;

  for (const char *p = code; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

/* ---- HkInvoiceSegment ---- */

G_DEFINE_BOXED_TYPE (HkInvoiceSegment, hk_invoice_segment,
                     hk_invoice_segment_copy, hk_invoice_segment_free)

HkInvoiceSegment *
hk_invoice_segment_new (gint64 book_id,
                        gint64 first_no,
                        gint64 last_no,
                        gint64 holder_id)
{
  HkInvoiceSegment *self = g_new0 (HkInvoiceSegment, 1);

  self->book_id = book_id;
  self->first_no = first_no;
  self->last_no = last_no;
  self->holder_id = holder_id;

  return self;
}

HkInvoiceSegment *
hk_invoice_segment_copy (const HkInvoiceSegment *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
hk_invoice_segment_free (HkInvoiceSegment *self)
{
  g_free (self);
}

/* ---- HkInvoiceGap ---- */

G_DEFINE_BOXED_TYPE (HkInvoiceGap, hk_invoice_gap, hk_invoice_gap_copy, hk_invoice_gap_free)

HkInvoiceGap *
hk_invoice_gap_copy (const HkInvoiceGap *self)
{
  HkInvoiceGap *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->invoice_code = g_strdup (self->invoice_code);
  copy->day = g_strdup (self->day);

  return copy;
}

void
hk_invoice_gap_free (HkInvoiceGap *self)
{
  if (self == NULL)
    return;

  g_free (self->invoice_code);
  g_free (self->day);
  g_free (self);
}

/* ---- HkInvoiceBookSummary ---- */

G_DEFINE_BOXED_TYPE (HkInvoiceBookSummary, hk_invoice_book_summary,
                     hk_invoice_book_summary_copy, hk_invoice_book_summary_free)

HkInvoiceBookSummary *
hk_invoice_book_summary_copy (const HkInvoiceBookSummary *self)
{
  HkInvoiceBookSummary *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->invoice_code = g_strdup (self->invoice_code);

  return copy;
}

void
hk_invoice_book_summary_free (HkInvoiceBookSummary *self)
{
  if (self == NULL)
    return;

  g_free (self->invoice_code);
  g_free (self);
}
