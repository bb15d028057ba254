/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-access-log-view.h: the Access Log section: every access to the customer files in a month. */

#pragma once

#include "hk-section.h"

G_BEGIN_DECLS

#define HK_TYPE_ACCESS_LOG_VIEW (hk_access_log_view_get_type ())

G_DECLARE_FINAL_TYPE (HkAccessLogView, hk_access_log_view, HK, ACCESS_LOG_VIEW, HkSection)

GListModel *hk_access_log_view_get_visible_model (HkAccessLogView *self);
const char *hk_access_log_view_get_month         (HkAccessLogView *self);
void        hk_access_log_view_set_month         (HkAccessLogView *self,
                                                  const char      *month);
gboolean    hk_access_log_view_is_exporting      (HkAccessLogView *self);

G_END_DECLS
