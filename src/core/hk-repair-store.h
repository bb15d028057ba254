/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-store.h: the repair desk: intake, the status machine, dispatch batches to the city
 * company and back, fee lines, the handover with its charge, and the day's custody. */

#pragma once

#include <glib-object.h>

#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"
#include "hk-receipt-store.h"
#include "hk-repair-batch.h"
#include "hk-repair-part-store.h"
#include "hk-repair-ticket.h"
#include "hk-repair-types.h"

G_BEGIN_DECLS

#define HK_REPAIR_NAME_MAX_LENGTH 64
#define HK_REPAIR_TEXT_MAX_LENGTH 500
#define HK_REPAIR_MAX_BATCH 100

/* What the technician enters at intake. */
typedef struct
{
  const char          *customer_name;
  const char          *customer_phone;
  const char          *brand;
  const char          *model;
  const char          *imei;             /* blanks and dashes between the digits are dropped */
  HkRepairAccessories  accessories;
  HkRepairConditions   conditions;
  const char          *condition_note;   /* nullable */
  const char          *fault;            /* as the customer describes it */
  HkRepairWarranty     warranty;
  const char          *warranty_proof;   /* required when in warranty */
  gint64               estimated_fee;    /* fen */
  gint64               deposit;          /* fen, cash the technician keeps until the handover */
  const char          *promised_day;     /* YYYY-MM-DD, today or later */
  gint64               technician_id;    /* 0: the technician at the desk */
} HkRepairIntake;

/* What the technician records when the customer collects the device. */
typedef struct
{
  const char          *collected_by;        /* who came for it */
  gboolean             id_checked;          /* their ID or the intake slip was checked */
  HkRepairAccessories  accessories_returned;
  const char          *note;                /* required when the accessories differ */
  HkRepairChargeMode   charge_mode;         /* how a fee above zero is charged */
  const char          *clerk_receipt_no;    /* CLERK_RECEIPT: "CODE-NUMBER" of the receipt */
  HkPaymentMethod      balance_method;      /* SHIFT: how what the deposit does not cover is paid */
  HkOperator          *price_approver;      /* SHIFT: a duty manager, if a price is not today's
                                             * tariff any more; nullable */
} HkRepairHandover;

/* Which tickets hk_repair_store_list() returns; a zeroed filter is every ticket. */
typedef struct
{
  guint        status_mask;   /* 1 << HkRepairStatus for each wanted status; 0: any */
  const char  *search;        /* part of the ticket number, the phone, the IMEI or the name */
  gboolean     overdue_only;
  const char  *first_day;     /* intake day from, nullable */
  const char  *last_day;      /* intake day to, nullable */
  gint64       technician_id; /* 0: any */
} HkRepairFilter;

/* A device in the hall's custody at the end of a day, with its status then. */
typedef struct
{
  gint64          ticket_id;
  char           *ticket_no;
  char           *device;
  char           *imei;
  HkRepairStatus  status;
  gboolean        overdue;
} HkRepairCustodyDevice;

/* A part's stock over the day. */
typedef struct
{
  gint64  part_id;
  char   *code;
  char   *name;
  gint64  opening;
  gint64  received;
  gint64  used;          /* taken for tickets, net of what was put back; positive */
  gint64  adjusted;      /* differences found by counts */
  gint64  closing;
  gboolean counted;      /* counted that day */
} HkRepairCustodyPart;

/* The technician's handover checklist for a day (交接). */
typedef struct
{
  char       *day;
  guint       n_by_status[HK_REPAIR_N_STATUSES];  /* at the end of the day; final ones: that day */
  GPtrArray  *devices;            /* (element-type HkRepairCustodyDevice) in the hall or out */
  gint64      deposits_taken;     /* at intakes of the day */
  gint64      deposits_applied;   /* handovers of the day: the part of deposits paid as fee */
  gint64      deposits_refunded;  /* handovers of the day: given back */
  gint64      deposits_held;      /* at the end of the day, for devices not yet collected */
  gint64      charged_on_shift;   /* fees on the technician's own receipts that day */
  gint64      charged_by_clerks;  /* fees on clerks' receipts that day */
  GPtrArray  *parts;              /* (element-type HkRepairCustodyPart) */
} HkRepairCustody;

void hk_repair_custody_free (HkRepairCustody *custody);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkRepairCustody, hk_repair_custody_free)

#define HK_TYPE_REPAIR_STORE (hk_repair_store_get_type ())

G_DECLARE_FINAL_TYPE (HkRepairStore, hk_repair_store, HK, REPAIR_STORE, GObject)

HkRepairStore   *hk_repair_store_new               (HkDatabase              *database,
                                                    HkHallStore             *hall,
                                                    HkReceiptStore          *receipts,
                                                    HkRepairPartStore       *parts);

/* Reading. */
HkRepairTicket  *hk_repair_store_lookup            (HkRepairStore           *self,
                                                    gint64                   ticket_id,
                                                    GError                 **error);
HkRepairTicket  *hk_repair_store_lookup_number     (HkRepairStore           *self,
                                                    const char              *ticket_no,
                                                    GError                 **error);
GPtrArray       *hk_repair_store_list              (HkRepairStore           *self,
                                                    const HkRepairFilter    *filter,
                                                    GError                 **error);
GPtrArray       *hk_repair_store_list_callbacks    (HkRepairStore           *self,
                                                    GError                 **error);
GPtrArray       *hk_repair_store_history           (HkRepairStore           *self,
                                                    const char              *imei,
                                                    GError                 **error);
GPtrArray       *hk_repair_store_get_events        (HkRepairStore           *self,
                                                    gint64                   ticket_id,
                                                    GError                 **error);
GPtrArray       *hk_repair_store_get_fee_lines     (HkRepairStore           *self,
                                                    gint64                   ticket_id,
                                                    GError                 **error);
GPtrArray       *hk_repair_store_list_batches      (HkRepairStore           *self,
                                                    const char              *first_day,
                                                    const char              *last_day,
                                                    GError                 **error);
HkRepairBatch   *hk_repair_store_lookup_batch      (HkRepairStore           *self,
                                                    const char              *batch_no,
                                                    GError                 **error);
HkRepairBatch   *hk_repair_store_lookup_batch_by_id (HkRepairStore          *self,
                                                    gint64                   batch_id,
                                                    GError                 **error);
GPtrArray       *hk_repair_store_get_batch_items   (HkRepairStore           *self,
                                                    gint64                   batch_id,
                                                    GError                 **error);
HkRepairCustody *hk_repair_store_get_custody       (HkRepairStore           *self,
                                                    const char              *day,
                                                    GError                 **error);

/* Writing: each refuses with @error set and nothing written. */
HkRepairTicket  *hk_repair_store_intake            (HkRepairStore           *self,
                                                    HkOperator              *actor,
                                                    const HkRepairIntake    *intake,
                                                    GError                 **error);
HkRepairTicket  *hk_repair_store_set_status        (HkRepairStore           *self,
                                                    HkOperator              *actor,
                                                    HkRepairTicket          *ticket,
                                                    HkRepairStatus           status,
                                                    const char              *note,
                                                    GError                 **error);
HkRepairBatch   *hk_repair_store_dispatch          (HkRepairStore           *self,
                                                    HkOperator              *actor,
                                                    const gint64            *ticket_ids,
                                                    guint                    n_tickets,
                                                    const char              *courier,
                                                    const char              *waybill,
                                                    GError                 **error);
HkRepairTicket  *hk_repair_store_return_from_city  (HkRepairStore           *self,
                                                    HkOperator              *actor,
                                                    HkRepairTicket          *ticket,
                                                    gboolean                 repaired,
                                                    const char              *report,
                                                    GError                 **error);
HkRepairTicket  *hk_repair_store_add_fee           (HkRepairStore           *self,
                                                    HkOperator              *actor,
                                                    HkRepairTicket          *ticket,
                                                    HkRepairFeeKind          kind,
                                                    gint64                   fee_item_id,
                                                    gint64                   quantity,
                                                    GError                 **error);
HkRepairTicket  *hk_repair_store_use_part          (HkRepairStore           *self,
                                                    HkOperator              *actor,
                                                    HkRepairTicket          *ticket,
                                                    gint64                   part_id,
                                                    gint64                   quantity,
                                                    GError                 **error);
HkRepairTicket  *hk_repair_store_void_fee          (HkRepairStore           *self,
                                                    HkOperator              *actor,
                                                    HkRepairTicket          *ticket,
                                                    gint64                   fee_line_id,
                                                    const char              *reason,
                                                    GError                 **error);
HkRepairTicket  *hk_repair_store_record_callback   (HkRepairStore           *self,
                                                    HkOperator              *actor,
                                                    HkRepairTicket          *ticket,
                                                    const char              *note,
                                                    GError                 **error);
HkRepairTicket  *hk_repair_store_hand_over         (HkRepairStore           *self,
                                                    HkOperator              *actor,
                                                    HkRepairTicket          *ticket,
                                                    const HkRepairHandover  *handover,
                                                    GError                 **error);

G_END_DECLS
