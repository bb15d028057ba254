/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-customer-file-editor.h: the form in which the archivist registers or updates a customer
 * file. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_CUSTOMER_FILE_EDITOR (hk_customer_file_editor_get_type ())

G_DECLARE_FINAL_TYPE (HkCustomerFileEditor, hk_customer_file_editor, HK, CUSTOMER_FILE_EDITOR,
                      AdwWindow)

HkCustomerFileEditor *hk_customer_file_editor_new         (GtkWindow            *parent,
                                                           HkContext            *context,
                                                           HkCustomerFile       *target);
const char           *hk_customer_file_editor_get_problem (HkCustomerFileEditor *self);

G_END_DECLS
