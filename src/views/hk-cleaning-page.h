/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cleaning-page.h: the Hall section's Cleaning page: the day's cleaning rounds, ticked. */

#pragma once

#include "core/hk-context.h"
#include "hk-hall-page.h"

G_BEGIN_DECLS

#define HK_TYPE_CLEANING_PAGE (hk_cleaning_page_get_type ())

G_DECLARE_FINAL_TYPE (HkCleaningPage, hk_cleaning_page, HK, CLEANING_PAGE, HkHallPage)

HkCleaningPage *hk_cleaning_page_new         (HkContext      *context);
void            hk_cleaning_page_show        (HkCleaningPage *self,
                                              const char     *day);
guint           hk_cleaning_page_get_n_missed (HkCleaningPage *self);
guint           hk_cleaning_page_get_n_done  (HkCleaningPage *self);

G_END_DECLS
