/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-invoice-book.h: an invoice book (发票本) and the small values about its numbers. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Invoice numbers have eight digits; a book holds at most this many of them. */
#define HK_INVOICE_NUMBER_MAX 99999999
#define HK_INVOICE_BOOK_MAX_COUNT 10000

#define HK_TYPE_INVOICE_BOOK (hk_invoice_book_get_type ())

G_DECLARE_FINAL_TYPE (HkInvoiceBook, hk_invoice_book, HK, INVOICE_BOOK, GObject)

gint64       hk_invoice_book_get_id             (HkInvoiceBook *self);
const char  *hk_invoice_book_get_invoice_code   (HkInvoiceBook *self);
gint64       hk_invoice_book_get_first_no       (HkInvoiceBook *self);
gint64       hk_invoice_book_get_last_no        (HkInvoiceBook *self);
gint64       hk_invoice_book_get_count          (HkInvoiceBook *self);
gint64       hk_invoice_book_get_registered_at  (HkInvoiceBook *self);
gboolean     hk_invoice_book_contains           (HkInvoiceBook *self,
                                                 gint64         first_no,
                                                 gint64         last_no);

/* A run of consecutive numbers of one book in one pair of hands. */
typedef struct
{
  gint64 book_id;
  gint64 first_no;
  gint64 last_no;
  gint64 holder_id;   /* the clerk; 0: the hall's stock, kept by the auditor */
} HkInvoiceSegment;

#define HK_TYPE_INVOICE_SEGMENT (hk_invoice_segment_get_type ())

GType             hk_invoice_segment_get_type  (void) G_GNUC_CONST;
HkInvoiceSegment *hk_invoice_segment_new       (gint64                  book_id,
                                                gint64                  first_no,
                                                gint64                  last_no,
                                                gint64                  holder_id);
HkInvoiceSegment *hk_invoice_segment_copy      (const HkInvoiceSegment *self);
void              hk_invoice_segment_free      (HkInvoiceSegment       *self);

/* A number inside a clerk's range that was neither used nor returned, and not explained. */
typedef struct
{
  gint64  book_id;
  char   *invoice_code;
  gint64  number;
  gint64  clerk_id;
  char   *day;          /* the business day of the next used number: when the gap appeared */
} HkInvoiceGap;

#define HK_TYPE_INVOICE_GAP (hk_invoice_gap_get_type ())

GType         hk_invoice_gap_get_type  (void) G_GNUC_CONST;
HkInvoiceGap *hk_invoice_gap_copy      (const HkInvoiceGap *self);
void          hk_invoice_gap_free      (HkInvoiceGap       *self);

/**
 * HkInvoiceBookSummary:
 * @holder_id: the clerk; 0 for the hall's stock
 * @begin: numbers held at the start of the day, used or not
 * @received: numbers that came to the holder during the day
 * @issued: numbers that left the holder during the day (issued to a clerk, or returned)
 * @ending: numbers held at the end of the day: @begin + @received - @issued
 * @n_used: the holder's valid receipts of the day in this book
 * @n_void: the holder's voided receipts of the day in this book
 * @n_unused: of @ending, the numbers no receipt used up to the end of the day
 *   (returned numbers are no longer held, so they are not counted)
 * @first_used: the lowest number used that day, or -1
 * @last_used: the highest number used that day, or -1
 *
 * One book in one pair of hands on one day: the accountant's 领用存 figures.
 */
typedef struct
{
  gint64  book_id;
  char   *invoice_code;
  gint64  holder_id;
  gint64  begin;
  gint64  received;
  gint64  issued;
  gint64  ending;
  gint64  n_used;
  gint64  n_void;
  gint64  n_unused;
  gint64  first_used;
  gint64  last_used;
} HkInvoiceBookSummary;

#define HK_TYPE_INVOICE_BOOK_SUMMARY (hk_invoice_book_summary_get_type ())

GType                 hk_invoice_book_summary_get_type  (void) G_GNUC_CONST;
HkInvoiceBookSummary *hk_invoice_book_summary_copy      (const HkInvoiceBookSummary *self);
void                  hk_invoice_book_summary_free      (HkInvoiceBookSummary       *self);

gboolean              hk_invoice_code_is_valid          (const char                 *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkInvoiceSegment, hk_invoice_segment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkInvoiceGap, hk_invoice_gap_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkInvoiceBookSummary, hk_invoice_book_summary_free)

G_END_DECLS
