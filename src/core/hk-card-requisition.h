/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-card-requisition.h: a requisition (请领) of cards from the city company and what arrived. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HK_CARD_REQUISITION_REQUESTED,   /* nothing has arrived yet */
  HK_CARD_REQUISITION_PARTLY,      /* some of the cards have arrived */
  HK_CARD_REQUISITION_RECEIVED,    /* all of them have arrived */
  HK_CARD_REQUISITION_CLOSED,      /* closed short, with a reason */
} HkCardRequisitionStatus;

#define HK_TYPE_CARD_REQUISITION_STATUS (hk_card_requisition_status_get_type ())
GType hk_card_requisition_status_get_type (void) G_GNUC_CONST;

#define HK_TYPE_CARD_REQUISITION (hk_card_requisition_get_type ())

G_DECLARE_FINAL_TYPE (HkCardRequisition, hk_card_requisition, HK, CARD_REQUISITION, GObject)

gint64                  hk_card_requisition_get_id            (HkCardRequisition *self);
gint64                  hk_card_requisition_get_card_type_id  (HkCardRequisition *self);
const char             *hk_card_requisition_get_card_type_name (HkCardRequisition *self);
gint64                  hk_card_requisition_get_quantity      (HkCardRequisition *self);
gint64                  hk_card_requisition_get_received      (HkCardRequisition *self);
const char             *hk_card_requisition_get_note          (HkCardRequisition *self);
gint64                  hk_card_requisition_get_requested_at  (HkCardRequisition *self);
gint64                  hk_card_requisition_get_requested_by  (HkCardRequisition *self);
gint64                  hk_card_requisition_get_closed_at     (HkCardRequisition *self);
const char             *hk_card_requisition_get_close_reason  (HkCardRequisition *self);
HkCardRequisitionStatus hk_card_requisition_get_status        (HkCardRequisition *self);

G_END_DECLS
