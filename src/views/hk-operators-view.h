/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-operators-view.h: the Operators section, for administrators. */

#pragma once

#include "hk-section.h"

G_BEGIN_DECLS

#define HK_TYPE_OPERATORS_VIEW (hk_operators_view_get_type ())

G_DECLARE_FINAL_TYPE (HkOperatorsView, hk_operators_view, HK, OPERATORS_VIEW, HkSection)

GListModel *hk_operators_view_get_visible_model (HkOperatorsView *self);
void        hk_operators_view_select            (HkOperatorsView *self,
                                                 const char      *login);

G_END_DECLS
