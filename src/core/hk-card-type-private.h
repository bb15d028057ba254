/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-card-type-private.h: how HkCardStockStore builds card types from its rows. */

#pragma once

#include "hk-card-type.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      id;
  char       *code;
  char       *name;
  HkCardKind  kind;
  gint64      face_value;
  guint       serial_length;
  gint64      fee_item_id;
  gboolean    active;
} HkCardTypeData;

HkCardType *hk_card_type_new_take (HkCardTypeData *data);

G_END_DECLS
