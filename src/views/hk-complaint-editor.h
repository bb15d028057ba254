/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-editor.h: quick entry of a new complaint, by the keyboard. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_COMPLAINT_EDITOR (hk_complaint_editor_get_type ())

G_DECLARE_FINAL_TYPE (HkComplaintEditor, hk_complaint_editor, HK, COMPLAINT_EDITOR, AdwWindow)

HkComplaintEditor *hk_complaint_editor_new         (GtkWindow         *parent,
                                                    HkContext         *context);
const char        *hk_complaint_editor_get_problem (HkComplaintEditor *self);

G_END_DECLS
