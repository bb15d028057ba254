/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-batches-page.h: the dispatch batches to the city company and their devices. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_TYPE_REPAIR_BATCHES_PAGE (hk_repair_batches_page_get_type ())

G_DECLARE_FINAL_TYPE (HkRepairBatchesPage, hk_repair_batches_page, HK, REPAIR_BATCHES_PAGE,
                      AdwBin)

HkRepairBatchesPage *hk_repair_batches_page_new               (HkContext           *context);
GListModel          *hk_repair_batches_page_get_visible_model (HkRepairBatchesPage *self);
HkRepairBatch       *hk_repair_batches_page_get_selected      (HkRepairBatchesPage *self);
gboolean             hk_repair_batches_page_select            (HkRepairBatchesPage *self,
                                                               const char          *batch_no);
guint                hk_repair_batches_page_get_n_devices     (HkRepairBatchesPage *self);

G_END_DECLS
