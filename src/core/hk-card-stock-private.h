/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-card-stock-private.h: how the card stock store builds its items, and the sale of serials
 * that the receipt store makes inside its own transaction. */

#pragma once

#include "hk-card-handover.h"
#include "hk-card-requisition.h"
#include "hk-card-type-private.h"
#include "hk-database.h"
#include "hk-operator.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  gint64  card_type_id;
  char   *card_type_name;
  gint64  quantity;
  gint64  received;
  char   *note;
  gint64  requested_at;
  gint64  requested_by;
  gint64  closed_at;
  char   *close_reason;
} HkCardRequisitionData;

HkCardRequisition *hk_card_requisition_new_take (HkCardRequisitionData *data);

typedef struct
{
  gint64  id;
  gint64  clerk_id;
  gint64  shift_id;
  char   *business_day;
  gint64  handed_at;
  gint64  receiver_id;
  gint64  acknowledged_at;
  GArray *lines;              /* HkCardHandoverLine, owned */
} HkCardHandoverData;

HkCardHandover *hk_card_handover_new_take (HkCardHandoverData *data);
void            hk_card_handover_line_clear (HkCardHandoverLine *line);

gboolean hk_card_stock_sell_line (HkDatabase  *database,
                                  HkOperator  *actor,
                                  gint64       receipt_id,
                                  guint        line_no,
                                  gint64       fee_item_id,
                                  gint64       quantity,
                                  const char  *serials,
                                  GError     **error);

G_END_DECLS
