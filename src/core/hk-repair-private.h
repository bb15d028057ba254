/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-private.h: how the repair stores build their items, and the parts stock's moves
 * that the ticket store makes inside its own transactions. */

#pragma once

#include "hk-operator.h"
#include "hk-repair-batch.h"
#include "hk-repair-part-store.h"
#include "hk-repair-part.h"
#include "hk-repair-ticket.h"

G_BEGIN_DECLS

typedef struct
{
  gint64               id;
  char                *ticket_no;
  char                *intake_day;
  gint64               received_at;
  gint64               received_by;
  char                *customer_name;
  char                *customer_phone;
  char                *brand;
  char                *model;
  char                *imei;
  HkRepairAccessories  accessories;
  HkRepairConditions   conditions;
  char                *condition_note;
  char                *fault;
  HkRepairWarranty     warranty;
  char                *warranty_proof;
  gint64               estimated_fee;
  gint64               deposit;
  char                *promised_day;
  gint64               technician_id;
  char                *technician_name;
  HkRepairStatus       status;
  gint64               status_at;
  gboolean             overdue;
  char                *batch_no;
  gint64               fee_total;
  guint                n_callbacks;
  gint64               last_callback_at;
  char                *collected_by;
  gboolean             id_checked;
  HkRepairAccessories  accessories_returned;
  char                *handover_note;
  gint64               handed_over_at;
  gint64               handed_over_by;
  gint64               charged_total;
  HkRepairChargeMode   charge_mode;
  gint64               receipt_id;
  char                *receipt_no;
  gint64               deposit_refunded;
} HkRepairTicketData;

HkRepairTicket *hk_repair_ticket_new_take (HkRepairTicketData *data);

typedef struct
{
  gint64  id;
  char   *batch_no;
  char   *dispatch_day;
  gint64  sent_at;
  gint64  sent_by;
  char   *sent_by_name;
  char   *courier;
  char   *waybill;
  guint   n_items;
  guint   n_returned;
} HkRepairBatchData;

HkRepairBatch *hk_repair_batch_new_take (HkRepairBatchData *data);

typedef struct
{
  gint64  id;
  char   *code;
  char   *name;
  gint64  fee_item_id;
  char   *fee_item_code;
  gint64  price;
  gint64  on_hand;
  gint64  last_count_at;
} HkRepairPartData;

HkRepairPart *hk_repair_part_new_take (HkRepairPartData *data);

/* Inside the caller's transaction: take @quantity of the part for a fee line of a ticket, or
 * put a voided line's parts back. Taking more than is on hand fails with HK_ERROR_CONFLICT. */
gboolean hk_repair_part_store_take      (HkRepairPartStore  *self,
                                         HkOperator         *actor,
                                         gint64              part_id,
                                         gint64              quantity,
                                         gint64              ticket_id,
                                         gint64              fee_line_id,
                                         GError            **error);
gboolean hk_repair_part_store_put_back  (HkRepairPartStore  *self,
                                         HkOperator         *actor,
                                         gint64              part_id,
                                         gint64              quantity,
                                         gint64              ticket_id,
                                         gint64              fee_line_id,
                                         GError            **error);
void     hk_repair_part_store_emit_changed (HkRepairPartStore *self);

/* @text without blanks around it, checked to be UTF-8 of at most @max_chars characters; NULL
 * is "". Emptiness is the caller's to judge. */
gboolean hk_repair_clean_text (const char  *text,
                               guint        max_chars,
                               char       **clean,
                               GError     **error);

G_END_DECLS
