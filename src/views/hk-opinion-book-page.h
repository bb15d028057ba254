/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-opinion-book-page.h: the Opinion Book page: what customers wrote and its processing. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

/* Which entries the page shows. */
typedef enum
{
  HK_OPINION_BOOK_SHOW_WEEK,
  HK_OPINION_BOOK_SHOW_MONTH,
  HK_OPINION_BOOK_SHOW_QUARTER,
  HK_OPINION_BOOK_SHOW_FLAGGED,
} HkOpinionBookShow;

#define HK_TYPE_OPINION_BOOK_PAGE (hk_opinion_book_page_get_type ())

G_DECLARE_FINAL_TYPE (HkOpinionBookPage, hk_opinion_book_page, HK, OPINION_BOOK_PAGE, AdwBin)

HkOpinionBookPage *hk_opinion_book_page_new               (HkContext         *context);
const char        *hk_opinion_book_page_get_subtitle      (HkOpinionBookPage *self);
GListModel        *hk_opinion_book_page_get_visible_model (HkOpinionBookPage *self);
void               hk_opinion_book_page_set_show          (HkOpinionBookPage *self,
                                                           HkOpinionBookShow  show);
gboolean           hk_opinion_book_page_select            (HkOpinionBookPage *self,
                                                           gint64             entry_id);

G_END_DECLS
