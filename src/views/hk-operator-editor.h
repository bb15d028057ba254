/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-operator-editor.h: the form that creates an operator or changes one's name and roles. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_OPERATOR_EDITOR (hk_operator_editor_get_type ())

G_DECLARE_FINAL_TYPE (HkOperatorEditor, hk_operator_editor, HK, OPERATOR_EDITOR, AdwWindow)

HkOperatorEditor *hk_operator_editor_new          (GtkWindow        *parent,
                                                   HkContext        *context,
                                                   HkOperator       *target);
const char       *hk_operator_editor_get_problem  (HkOperatorEditor *self);

G_END_DECLS
