/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-archive-view.h: the Archive section: the customer files and each file's page. */

#pragma once

#include "hk-section.h"

G_BEGIN_DECLS

#define HK_TYPE_ARCHIVE_VIEW (hk_archive_view_get_type ())

G_DECLARE_FINAL_TYPE (HkArchiveView, hk_archive_view, HK, ARCHIVE_VIEW, HkSection)

GListModel     *hk_archive_view_get_visible_model (HkArchiveView *self);
gboolean        hk_archive_view_select            (HkArchiveView *self,
                                                   const char    *file_no);
HkCustomerFile *hk_archive_view_get_file          (HkArchiveView *self);
gboolean        hk_archive_view_is_identity_shown (HkArchiveView *self);

G_END_DECLS
