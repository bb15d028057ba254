/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-batch.h: one dispatch batch (送修批次) of devices sent to the city company. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_REPAIR_BATCH (hk_repair_batch_get_type ())

G_DECLARE_FINAL_TYPE (HkRepairBatch, hk_repair_batch, HK, REPAIR_BATCH, GObject)

gint64       hk_repair_batch_get_id            (HkRepairBatch *self);
const char  *hk_repair_batch_get_batch_no      (HkRepairBatch *self);
const char  *hk_repair_batch_get_dispatch_day  (HkRepairBatch *self);
gint64       hk_repair_batch_get_sent_at       (HkRepairBatch *self);
gint64       hk_repair_batch_get_sent_by       (HkRepairBatch *self);
const char  *hk_repair_batch_get_sent_by_name  (HkRepairBatch *self);
const char  *hk_repair_batch_get_courier       (HkRepairBatch *self);
const char  *hk_repair_batch_get_waybill       (HkRepairBatch *self);
guint        hk_repair_batch_get_n_items       (HkRepairBatch *self);
guint        hk_repair_batch_get_n_returned    (HkRepairBatch *self);
gboolean     hk_repair_batch_is_complete       (HkRepairBatch *self);

G_END_DECLS
