/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-part-store.h: the repair desk's parts stock: parts, receipts, counts, movements. */

#pragma once

#include <glib-object.h>

#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"
#include "hk-repair-part.h"

G_BEGIN_DECLS

#define HK_REPAIR_PART_CODE_MAX_LENGTH 16
#define HK_REPAIR_PART_NAME_MAX_LENGTH 64
#define HK_REPAIR_PART_MAX_QUANTITY 10000

typedef enum
{
  HK_REPAIR_PART_RECEIVED,   /* into the stock */
  HK_REPAIR_PART_USED,       /* on a ticket's fee line */
  HK_REPAIR_PART_PUT_BACK,   /* the fee line was voided */
  HK_REPAIR_PART_COUNTED,    /* a count; the quantity is the difference found */
} HkRepairPartMovementKind;

/* One change of the stock; quantity is signed: + in, - out. */
typedef struct
{
  gint64                    id;
  gint64                    part_id;
  gint64                    at;
  gint64                    by;
  char                     *by_name;
  HkRepairPartMovementKind  kind;
  gint64                    quantity;
  gint64                    counted;     /* a count: what was counted; else 0 */
  gint64                    ticket_id;   /* used, put back: the ticket; else 0 */
  char                     *ticket_no;
  char                     *note;
} HkRepairPartMovement;

void hk_repair_part_movement_free (HkRepairPartMovement *movement);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkRepairPartMovement, hk_repair_part_movement_free)

#define HK_TYPE_REPAIR_PART_STORE (hk_repair_part_store_get_type ())

G_DECLARE_FINAL_TYPE (HkRepairPartStore, hk_repair_part_store, HK, REPAIR_PART_STORE, GObject)

HkRepairPartStore *hk_repair_part_store_new            (HkDatabase         *database,
                                                        HkHallStore        *hall);
GPtrArray         *hk_repair_part_store_list           (HkRepairPartStore  *self,
                                                        GError            **error);
HkRepairPart      *hk_repair_part_store_lookup         (HkRepairPartStore  *self,
                                                        const char         *code,
                                                        GError            **error);
HkRepairPart      *hk_repair_part_store_lookup_by_id   (HkRepairPartStore  *self,
                                                        gint64              part_id,
                                                        GError            **error);
GPtrArray         *hk_repair_part_store_list_movements (HkRepairPartStore  *self,
                                                        gint64              part_id,
                                                        GError            **error);
HkRepairPart      *hk_repair_part_store_add            (HkRepairPartStore  *self,
                                                        HkOperator         *actor,
                                                        const char         *code,
                                                        const char         *name,
                                                        gint64              fee_item_id,
                                                        GError            **error);
HkRepairPart      *hk_repair_part_store_receive        (HkRepairPartStore  *self,
                                                        HkOperator         *actor,
                                                        HkRepairPart       *part,
                                                        gint64              quantity,
                                                        const char         *note,
                                                        GError            **error);
HkRepairPart      *hk_repair_part_store_count          (HkRepairPartStore  *self,
                                                        HkOperator         *actor,
                                                        HkRepairPart       *part,
                                                        gint64              counted,
                                                        const char         *note,
                                                        GError            **error);

G_END_DECLS
