/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-ticket.h: one repair ticket (维修单): the device as received, its status, its
 * handover and charge. */

#pragma once

#include <glib-object.h>

#include "hk-repair-types.h"

G_BEGIN_DECLS

#define HK_TYPE_REPAIR_TICKET (hk_repair_ticket_get_type ())

G_DECLARE_FINAL_TYPE (HkRepairTicket, hk_repair_ticket, HK, REPAIR_TICKET, GObject)

gint64               hk_repair_ticket_get_id                   (HkRepairTicket *self);
const char          *hk_repair_ticket_get_ticket_no            (HkRepairTicket *self);
const char          *hk_repair_ticket_get_intake_day           (HkRepairTicket *self);
gint64               hk_repair_ticket_get_received_at          (HkRepairTicket *self);
gint64               hk_repair_ticket_get_received_by          (HkRepairTicket *self);

/* The customer: the phone is kept whole and shown masked in lists and exports. */
const char          *hk_repair_ticket_get_customer_name        (HkRepairTicket *self);
const char          *hk_repair_ticket_get_customer_phone       (HkRepairTicket *self);
char                *hk_repair_ticket_dup_masked_phone         (HkRepairTicket *self);

/* The device as received. */
const char          *hk_repair_ticket_get_brand                (HkRepairTicket *self);
const char          *hk_repair_ticket_get_model                (HkRepairTicket *self);
char                *hk_repair_ticket_dup_device               (HkRepairTicket *self);
const char          *hk_repair_ticket_get_imei                 (HkRepairTicket *self);
HkRepairAccessories  hk_repair_ticket_get_accessories          (HkRepairTicket *self);
HkRepairConditions   hk_repair_ticket_get_conditions           (HkRepairTicket *self);
const char          *hk_repair_ticket_get_condition_note       (HkRepairTicket *self);
const char          *hk_repair_ticket_get_fault                (HkRepairTicket *self);
HkRepairWarranty     hk_repair_ticket_get_warranty             (HkRepairTicket *self);
const char          *hk_repair_ticket_get_warranty_proof       (HkRepairTicket *self);
gint64               hk_repair_ticket_get_estimated_fee        (HkRepairTicket *self);
gint64               hk_repair_ticket_get_deposit              (HkRepairTicket *self);
const char          *hk_repair_ticket_get_promised_day         (HkRepairTicket *self);
gint64               hk_repair_ticket_get_technician_id        (HkRepairTicket *self);
const char          *hk_repair_ticket_get_technician_name      (HkRepairTicket *self);

/* Where it is now. Overdue: still being repaired after the promised day (as of when the store
 * read it). The batch is the one it is at the city company in, if it is. */
HkRepairStatus       hk_repair_ticket_get_status               (HkRepairTicket *self);
gint64               hk_repair_ticket_get_status_at            (HkRepairTicket *self);
gboolean             hk_repair_ticket_get_overdue              (HkRepairTicket *self);
const char          *hk_repair_ticket_get_batch_no             (HkRepairTicket *self);
gint64               hk_repair_ticket_get_fee_total            (HkRepairTicket *self);
guint                hk_repair_ticket_get_n_callbacks          (HkRepairTicket *self);
gint64               hk_repair_ticket_get_last_callback_at     (HkRepairTicket *self);

/* The handover and the charge; empty (NULL, 0) until the device is collected. */
const char          *hk_repair_ticket_get_collected_by         (HkRepairTicket *self);
gboolean             hk_repair_ticket_get_id_checked           (HkRepairTicket *self);
HkRepairAccessories  hk_repair_ticket_get_accessories_returned (HkRepairTicket *self);
const char          *hk_repair_ticket_get_handover_note        (HkRepairTicket *self);
gint64               hk_repair_ticket_get_handed_over_at       (HkRepairTicket *self);
gint64               hk_repair_ticket_get_handed_over_by       (HkRepairTicket *self);
gint64               hk_repair_ticket_get_charged_total        (HkRepairTicket *self);
HkRepairChargeMode   hk_repair_ticket_get_charge_mode          (HkRepairTicket *self);
gint64               hk_repair_ticket_get_receipt_id           (HkRepairTicket *self);
const char          *hk_repair_ticket_get_receipt_no           (HkRepairTicket *self);
gint64               hk_repair_ticket_get_deposit_refunded     (HkRepairTicket *self);

G_END_DECLS
