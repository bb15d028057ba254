/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-printout.h: the printed receipt slip: one Cairo layout for screen, PDF and PNG. */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "core/hk-context.h"
#include "core/hk-receipt.h"

G_BEGIN_DECLS

/* An 80 mm till roll: 226.77 pt wide, as long as the receipt; or an A5 page. */
typedef enum
{
  HK_RECEIPT_PAPER_ROLL_80MM,
  HK_RECEIPT_PAPER_A5,
} HkReceiptPaper;

#define HK_RECEIPT_ROLL_WIDTH_PT (80.0 / 25.4 * 72.0)
#define HK_RECEIPT_A5_WIDTH_PT   (148.0 / 25.4 * 72.0)
#define HK_RECEIPT_A5_HEIGHT_PT  (210.0 / 25.4 * 72.0)

/* What is printed, filled from the stores by hk_receipt_printout_new_from_store() or by
 * hand. It never holds the customer's full phone number, only the masked one. */
typedef struct
{
  HkReceiptPaper  paper;
  char           *hall_name;
  char           *hall_code;
  char           *invoice_code;
  gint64          number;
  GDateTime      *issued_at;          /* in the hall's time zone */
  char           *clerk_name;
  GPtrArray      *lines;              /* (element-type HkReceiptLine) */
  GPtrArray      *payments;           /* (element-type HkReceiptPayment) */
  gint64          total;              /* fen; negative on a red-letter receipt */
  char           *masked_phone;       /* NULL without a customer phone */
  gboolean        is_void;
  char           *void_reason;
  char           *voided_by_name;
  char           *corrects_number;    /* on a red-letter receipt: the original's full number */
  char           *correction_reason;
} HkReceiptPrintout;

HkReceiptPrintout *hk_receipt_printout_new               (void);
HkReceiptPrintout *hk_receipt_printout_new_from_store    (HkContext                *context,
                                                          gint64                    receipt_id,
                                                          GError                  **error);
void               hk_receipt_printout_free              (HkReceiptPrintout        *printout);

char              *hk_receipt_printout_dup_full_number   (const HkReceiptPrintout  *printout);
double             hk_receipt_printout_get_height        (const HkReceiptPrintout  *printout,
                                                          double                    width);
gboolean           hk_receipt_printout_draw              (cairo_t                  *cr,
                                                          double                    width,
                                                          double                    height,
                                                          const HkReceiptPrintout  *printout,
                                                          GError                  **error);
gboolean           hk_receipt_printout_save_pdf          (const HkReceiptPrintout  *printout,
                                                          const char               *path,
                                                          GError                  **error);
gboolean           hk_receipt_printout_save_png          (const HkReceiptPrintout  *printout,
                                                          const char               *path,
                                                          GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkReceiptPrintout, hk_receipt_printout_free)

G_END_DECLS
