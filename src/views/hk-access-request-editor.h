/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-access-request-editor.h: the form in which any operator asks to consult customer files. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_ACCESS_REQUEST_EDITOR (hk_access_request_editor_get_type ())

G_DECLARE_FINAL_TYPE (HkAccessRequestEditor, hk_access_request_editor, HK,
                      ACCESS_REQUEST_EDITOR, AdwWindow)

HkAccessRequestEditor *hk_access_request_editor_new         (GtkWindow             *parent,
                                                             HkContext             *context);
const char            *hk_access_request_editor_get_problem (HkAccessRequestEditor *self);

G_END_DECLS
