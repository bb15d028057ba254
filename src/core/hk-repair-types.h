/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-types.h: the words of the repair desk: statuses and their moves, accessories,
 * conditions, warranty, fee lines and the timeline's events. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Where a device is in its repair. The last two are final: the device has left the hall. */
typedef enum
{
  HK_REPAIR_RECEIVED,             /* registered at the desk */
  HK_REPAIR_DIAGNOSING,           /* the technician is finding the fault */
  HK_REPAIR_REPAIRING,            /* being repaired in the hall */
  HK_REPAIR_SENT_OUT,             /* at the city company, in a dispatch batch */
  HK_REPAIR_BACK_FROM_CITY,       /* received back from the city company, with its report */
  HK_REPAIR_READY,                /* repaired, waiting for the customer */
  HK_REPAIR_UNREPAIRED,           /* cannot or will not be repaired, waiting for the customer */
  HK_REPAIR_PICKED_UP,            /* collected repaired */
  HK_REPAIR_RETURNED_UNREPAIRED,  /* collected unrepaired */
} HkRepairStatus;

#define HK_REPAIR_N_STATUSES 9

#define HK_TYPE_REPAIR_STATUS (hk_repair_status_get_type ())
GType        hk_repair_status_get_type          (void) G_GNUC_CONST;
const char  *hk_repair_status_to_id             (HkRepairStatus   status);
gboolean     hk_repair_status_from_id           (const char      *id,
                                                 HkRepairStatus  *status);
const char  *hk_repair_status_get_title         (HkRepairStatus   status);
gboolean     hk_repair_status_is_final          (HkRepairStatus   status);
gboolean     hk_repair_status_awaits_collection (HkRepairStatus   status);
gboolean     hk_repair_status_can_be_overdue    (HkRepairStatus   status);
gboolean     hk_repair_statuses_parse           (const char      *text,
                                                 guint           *mask,
                                                 GError         **error);

/* How a ticket may go from one status to another: which store function moves it. */
typedef enum
{
  HK_REPAIR_MOVE_NONE,      /* never */
  HK_REPAIR_MOVE_STATUS,    /* hk_repair_store_set_status() */
  HK_REPAIR_MOVE_DISPATCH,  /* hk_repair_store_dispatch(): in a batch to the city company */
  HK_REPAIR_MOVE_RETURN,    /* hk_repair_store_return_from_city() */
  HK_REPAIR_MOVE_HANDOVER,  /* hk_repair_store_hand_over(): the customer collects */
} HkRepairMove;

HkRepairMove hk_repair_status_get_move          (HkRepairStatus   from,
                                                 HkRepairStatus   to);

/* The accessories that came with the device (checkboxes at intake and at pickup). */
typedef enum
{
  HK_REPAIR_ACCESSORY_NONE        = 0,
  HK_REPAIR_ACCESSORY_BATTERY     = 1 << 0,
  HK_REPAIR_ACCESSORY_CHARGER     = 1 << 1,
  HK_REPAIR_ACCESSORY_CABLE       = 1 << 2,
  HK_REPAIR_ACCESSORY_SIM_CARD    = 1 << 3,
  HK_REPAIR_ACCESSORY_MEMORY_CARD = 1 << 4,
  HK_REPAIR_ACCESSORY_CASE        = 1 << 5,
  HK_REPAIR_ACCESSORY_BOX         = 1 << 6,
} HkRepairAccessories;

#define HK_REPAIR_N_ACCESSORIES 7
#define HK_REPAIR_ACCESSORY_ALL ((HkRepairAccessories)0x7f)

HkRepairAccessories hk_repair_accessory_nth        (guint                 n);
const char         *hk_repair_accessory_to_id      (HkRepairAccessories   accessory);
const char         *hk_repair_accessory_get_title  (HkRepairAccessories   accessory);
gboolean            hk_repair_accessories_parse    (const char           *text,
                                                    HkRepairAccessories  *accessories,
                                                    GError              **error);
char               *hk_repair_accessories_to_ids   (HkRepairAccessories   accessories);
char               *hk_repair_accessories_to_titles (HkRepairAccessories  accessories);

/* The device's condition at intake, besides the free text. */
typedef enum
{
  HK_REPAIR_CONDITION_NONE           = 0,
  HK_REPAIR_CONDITION_SCRATCHES      = 1 << 0,
  HK_REPAIR_CONDITION_CRACKED_SCREEN = 1 << 1,
  HK_REPAIR_CONDITION_WATER_DAMAGE   = 1 << 2,
  HK_REPAIR_CONDITION_NO_POWER       = 1 << 3,
} HkRepairConditions;

#define HK_REPAIR_N_CONDITIONS 4
#define HK_REPAIR_CONDITION_ALL ((HkRepairConditions)0x0f)

HkRepairConditions  hk_repair_condition_nth        (guint                 n);
const char         *hk_repair_condition_to_id      (HkRepairConditions    condition);
const char         *hk_repair_condition_get_title  (HkRepairConditions    condition);
gboolean            hk_repair_conditions_parse     (const char           *text,
                                                    HkRepairConditions   *conditions,
                                                    GError              **error);
char               *hk_repair_conditions_to_ids    (HkRepairConditions    conditions);
char               *hk_repair_conditions_to_titles (HkRepairConditions    conditions);

typedef enum
{
  HK_REPAIR_WARRANTY_UNKNOWN,
  HK_REPAIR_WARRANTY_IN,
  HK_REPAIR_WARRANTY_OUT,
} HkRepairWarranty;

const char  *hk_repair_warranty_to_id   (HkRepairWarranty   warranty);
gboolean     hk_repair_warranty_from_id (const char        *id,
                                         HkRepairWarranty  *warranty);
const char  *hk_repair_warranty_get_title (HkRepairWarranty warranty);

/* What a fee line charges for. */
typedef enum
{
  HK_REPAIR_FEE_DIAGNOSIS,
  HK_REPAIR_FEE_LABOUR,
  HK_REPAIR_FEE_PARTS,
} HkRepairFeeKind;

const char  *hk_repair_fee_kind_to_id    (HkRepairFeeKind   kind);
gboolean     hk_repair_fee_kind_from_id  (const char       *id,
                                          HkRepairFeeKind  *kind);
const char  *hk_repair_fee_kind_get_title (HkRepairFeeKind  kind);

/* How the fee was charged at the handover. */
typedef enum
{
  HK_REPAIR_CHARGE_NONE,           /* nothing to charge */
  HK_REPAIR_CHARGE_SHIFT,          /* a receipt of the technician's own open shift */
  HK_REPAIR_CHARGE_CLERK_RECEIPT,  /* a receipt a clerk issued at the counter */
} HkRepairChargeMode;

const char  *hk_repair_charge_mode_to_id (HkRepairChargeMode mode);

/* One fee line of a ticket, in fen. */
typedef struct
{
  gint64           id;
  gint64           ticket_id;
  HkRepairFeeKind  kind;
  gint64           fee_item_id;
  char            *fee_item_code;
  char            *fee_item_name;
  gint64           part_id;        /* 0 unless kind is parts */
  char            *part_code;
  gint64           quantity;
  gint64           unit_price;
  gint64           amount;
  gint64           added_at;
  gint64           added_by;
  gboolean         is_void;
  gint64           voided_at;
  gint64           voided_by;
  char            *void_reason;
} HkRepairFeeLine;

void hk_repair_fee_line_free (HkRepairFeeLine *line);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkRepairFeeLine, hk_repair_fee_line_free)

/* One entry of a ticket's timeline. */
typedef enum
{
  HK_REPAIR_EVENT_INTAKE,
  HK_REPAIR_EVENT_STATUS,
  HK_REPAIR_EVENT_DISPATCH,
  HK_REPAIR_EVENT_RETURN,
  HK_REPAIR_EVENT_HANDOVER,
  HK_REPAIR_EVENT_FEE,
  HK_REPAIR_EVENT_FEE_VOID,
  HK_REPAIR_EVENT_CALLBACK,
} HkRepairEventKind;

typedef struct
{
  gint64             id;
  gint64             ticket_id;
  gint64             at;
  gint64             by;
  char              *by_name;
  HkRepairEventKind  kind;
  gboolean           has_from;     /* every event but the intake and notes has a from status */
  HkRepairStatus     from_status;
  gboolean           has_to;
  HkRepairStatus     to_status;
  gint64             batch_id;     /* 0 unless dispatch or return */
  char              *batch_no;
  char              *note;
} HkRepairEvent;

void  hk_repair_event_free     (HkRepairEvent       *event);
char *hk_repair_event_describe (const HkRepairEvent *event);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkRepairEvent, hk_repair_event_free)

/* One ticket of a dispatch batch, as sent and as received back. */
typedef struct
{
  gint64    batch_id;
  gint64    ticket_id;
  guint     position;
  char     *ticket_no;
  char     *brand;
  char     *model;
  char     *imei;
  char     *fault;
  HkRepairWarranty warranty;
  gint64    returned_at;    /* 0 while at the city company */
  gint64    returned_by;
  gboolean  city_repaired;
  char     *city_report;
} HkRepairBatchItem;

void hk_repair_batch_item_free (HkRepairBatchItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkRepairBatchItem, hk_repair_batch_item_free)

G_END_DECLS
