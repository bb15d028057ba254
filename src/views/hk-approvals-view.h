/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-approvals-view.h: the Approvals section: access requests to decide, release and take
 * back, and every operator's own requests. */

#pragma once

#include "hk-section.h"

G_BEGIN_DECLS

#define HK_TYPE_APPROVALS_VIEW (hk_approvals_view_get_type ())

G_DECLARE_FINAL_TYPE (HkApprovalsView, hk_approvals_view, HK, APPROVALS_VIEW, HkSection)

GListModel *hk_approvals_view_get_page_model (HkApprovalsView *self,
                                              const char      *page);
gboolean    hk_approvals_view_select_request (HkApprovalsView *self,
                                              const char      *page,
                                              gint64           request_id);
void        hk_approvals_view_show_page      (HkApprovalsView *self,
                                              const char      *page);

G_END_DECLS
