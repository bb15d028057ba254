/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-training-page.h: the Hall section's Training page: sessions, assessments, records. */

#pragma once

#include "core/hk-context.h"
#include "hk-hall-page.h"

G_BEGIN_DECLS

#define HK_TYPE_TRAINING_PAGE (hk_training_page_get_type ())

G_DECLARE_FINAL_TYPE (HkTrainingPage, hk_training_page, HK, TRAINING_PAGE, HkHallPage)

HkTrainingPage *hk_training_page_new        (HkContext      *context);
void            hk_training_page_show       (HkTrainingPage *self,
                                             const char     *day);
void            hk_training_page_set_person (HkTrainingPage *self,
                                             const char     *person);

G_END_DECLS
