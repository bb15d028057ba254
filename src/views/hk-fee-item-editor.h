/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-fee-item-editor.h: the form that creates a fee item or changes one and its price. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_FEE_ITEM_EDITOR (hk_fee_item_editor_get_type ())

G_DECLARE_FINAL_TYPE (HkFeeItemEditor, hk_fee_item_editor, HK, FEE_ITEM_EDITOR, AdwWindow)

HkFeeItemEditor *hk_fee_item_editor_new         (GtkWindow       *parent,
                                                 HkContext       *context,
                                                 HkFeeItem       *target);
const char      *hk_fee_item_editor_get_problem (HkFeeItemEditor *self);

G_END_DECLS
