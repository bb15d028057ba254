/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-recheck-editor.h: the form in which the archivist enters a re-check of a file's data. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_RECHECK_EDITOR (hk_recheck_editor_get_type ())

G_DECLARE_FINAL_TYPE (HkRecheckEditor, hk_recheck_editor, HK, RECHECK_EDITOR, AdwWindow)

HkRecheckEditor *hk_recheck_editor_new         (GtkWindow       *parent,
                                                HkContext       *context,
                                                HkCustomerFile  *file);
const char      *hk_recheck_editor_get_problem (HkRecheckEditor *self);

G_END_DECLS
