/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-invoice-books-page.h: the invoice books: who holds which numbers, and the day's figures. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_INVOICE_BOOKS_PAGE (hk_invoice_books_page_get_type ())

G_DECLARE_FINAL_TYPE (HkInvoiceBooksPage, hk_invoice_books_page, HK, INVOICE_BOOKS_PAGE, AdwBin)

HkInvoiceBooksPage *hk_invoice_books_page_new          (HkContext          *context);
GListModel         *hk_invoice_books_page_get_model    (HkInvoiceBooksPage *self);
gboolean            hk_invoice_books_page_select_book  (HkInvoiceBooksPage *self,
                                                        gint64              book_id);
gboolean            hk_invoice_books_page_is_loading   (HkInvoiceBooksPage *self);
const char         *hk_invoice_books_page_get_day      (HkInvoiceBooksPage *self);
void                hk_invoice_books_page_reload       (HkInvoiceBooksPage *self);

G_END_DECLS
