/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-invoice-book-store.h: invoice books: registering, issuing to clerks, checking back in,
 * the next number of a clerk's receipt, gaps and the day's figures. */

#pragma once

#include <gio/gio.h>

#include "hk-database.h"
#include "hk-invoice-book.h"
#include "hk-operator.h"

G_BEGIN_DECLS

#define HK_TYPE_INVOICE_BOOK_STORE (hk_invoice_book_store_get_type ())

G_DECLARE_FINAL_TYPE (HkInvoiceBookStore, hk_invoice_book_store, HK, INVOICE_BOOK_STORE, GObject)

HkInvoiceBookStore *hk_invoice_book_store_new            (HkDatabase          *database);
GListModel         *hk_invoice_book_store_get_model      (HkInvoiceBookStore  *self);

HkInvoiceBook      *hk_invoice_book_store_lookup_by_id   (HkInvoiceBookStore  *self,
                                                          gint64               book_id,
                                                          GError             **error);
HkInvoiceBook      *hk_invoice_book_store_lookup         (HkInvoiceBookStore  *self,
                                                          const char          *invoice_code,
                                                          gint64               number,
                                                          GError             **error);
GPtrArray          *hk_invoice_book_store_list_segments  (HkInvoiceBookStore  *self,
                                                          gint64               book_id,
                                                          GError             **error);

HkInvoiceBook      *hk_invoice_book_store_register       (HkInvoiceBookStore  *self,
                                                          HkOperator          *actor,
                                                          const char          *invoice_code,
                                                          gint64               first_no,
                                                          gint64               last_no,
                                                          GError             **error);
gboolean            hk_invoice_book_store_issue          (HkInvoiceBookStore  *self,
                                                          HkOperator          *actor,
                                                          HkInvoiceBook       *book,
                                                          gint64               first_no,
                                                          gint64               last_no,
                                                          HkOperator          *clerk,
                                                          GError             **error);
gboolean            hk_invoice_book_store_issue_book     (HkInvoiceBookStore  *self,
                                                          HkOperator          *actor,
                                                          HkInvoiceBook       *book,
                                                          HkOperator          *clerk,
                                                          GError             **error);
gboolean            hk_invoice_book_store_return         (HkInvoiceBookStore  *self,
                                                          HkOperator          *actor,
                                                          HkInvoiceBook       *book,
                                                          gint64               first_no,
                                                          gint64               last_no,
                                                          GError             **error);

gboolean            hk_invoice_book_store_next_number    (HkInvoiceBookStore  *self,
                                                          gint64               clerk_id,
                                                          gint64              *book_id,
                                                          char               **invoice_code,
                                                          gint64              *number,
                                                          GError             **error);

GPtrArray          *hk_invoice_book_store_find_gaps      (HkInvoiceBookStore  *self,
                                                          const char          *day,
                                                          gint64               clerk_id,
                                                          GError             **error);
GPtrArray          *hk_invoice_book_store_find_gaps_of_day (HkInvoiceBookStore  *self,
                                                            const char          *day,
                                                            gint64               clerk_id,
                                                            GError             **error);
gboolean            hk_invoice_book_store_explain_gap    (HkInvoiceBookStore  *self,
                                                          HkOperator          *actor,
                                                          gint64               book_id,
                                                          gint64               number,
                                                          const char          *reason,
                                                          GError             **error);

GPtrArray          *hk_invoice_book_store_summarize      (HkInvoiceBookStore  *self,
                                                          const char          *day,
                                                          GError             **error);

G_END_DECLS
