/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-opinion-book-store.h: the customer opinion book (意见簿): entries and their processing. */

#pragma once

#include <glib-object.h>

#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"
#include "hk-opinion-entry.h"

G_BEGIN_DECLS

#define HK_OPINION_TEXT_MAX_LENGTH 2000
#define HK_OPINION_CONTACT_MAX_LENGTH 64

#define HK_TYPE_OPINION_BOOK_STORE (hk_opinion_book_store_get_type ())

G_DECLARE_FINAL_TYPE (HkOpinionBookStore, hk_opinion_book_store, HK, OPINION_BOOK_STORE, GObject)

HkOpinionBookStore *hk_opinion_book_store_new          (HkDatabase          *database,
                                                        HkHallStore         *hall);
HkOpinionEntry     *hk_opinion_book_store_add          (HkOpinionBookStore  *self,
                                                        HkOperator          *actor,
                                                        const char          *day,
                                                        const char          *text,
                                                        const char          *contact,
                                                        GError             **error);
HkOpinionEntry     *hk_opinion_book_store_process      (HkOpinionBookStore  *self,
                                                        HkOperator          *actor,
                                                        HkOpinionEntry      *entry,
                                                        const char          *reply,
                                                        GError             **error);
HkOpinionEntry     *hk_opinion_book_store_lookup       (HkOpinionBookStore  *self,
                                                        gint64               entry_id,
                                                        GError             **error);
GPtrArray          *hk_opinion_book_store_list         (HkOpinionBookStore  *self,
                                                        const char          *first_day,
                                                        const char          *last_day,
                                                        GError             **error);
GPtrArray          *hk_opinion_book_store_list_flagged (HkOpinionBookStore  *self,
                                                        GError             **error);

G_END_DECLS
