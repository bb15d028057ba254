/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-error-register-view.h: the Error Register section: the re-checks of a month and the errors
 * they found. */

#pragma once

#include "hk-section.h"

G_BEGIN_DECLS

#define HK_TYPE_ERROR_REGISTER_VIEW (hk_error_register_view_get_type ())

G_DECLARE_FINAL_TYPE (HkErrorRegisterView, hk_error_register_view, HK, ERROR_REGISTER_VIEW,
                      HkSection)

GListModel *hk_error_register_view_get_visible_model (HkErrorRegisterView *self);
const char *hk_error_register_view_get_month         (HkErrorRegisterView *self);
void        hk_error_register_view_set_month         (HkErrorRegisterView *self,
                                                      const char          *month);
gboolean    hk_error_register_view_is_exporting      (HkErrorRegisterView *self);

G_END_DECLS
