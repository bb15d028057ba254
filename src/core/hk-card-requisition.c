/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-card-requisition.c: a requisition (请领) of cards from the city company and what arrived.
 *
 * A value made by HkCardStockStore: how many cards of which type were asked for, how many
 * have been received into the hall's stock so far, and whether it was closed short.
 */

#include "config.h"

#include <string.h>

#include "hk-card-stock-private.h"

G_DEFINE_ENUM_TYPE (HkCardRequisitionStatus, hk_card_requisition_status,
                    G_DEFINE_ENUM_VALUE (HK_CARD_REQUISITION_REQUESTED, "requested"),
                    G_DEFINE_ENUM_VALUE (HK_CARD_REQUISITION_PARTLY, "partly"),
                    G_DEFINE_ENUM_VALUE (HK_CARD_REQUISITION_RECEIVED, "received"),
                    G_DEFINE_ENUM_VALUE (HK_CARD_REQUISITION_CLOSED, "closed"))

struct _HkCardRequisition
{
  GObject               parent_instance;
  HkCardRequisitionData data;
};

G_DEFINE_FINAL_TYPE (HkCardRequisition, hk_card_requisition, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_QUANTITY,
  PROP_RECEIVED,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_card_requisition_finalize (GObject *object)
{
  HkCardRequisition *self = (HkCardRequisition *)object;

  g_free (self->data.card_type_name);
  g_free (self->data.note);
  g_free (self->data.close_reason);

  G_OBJECT_CLASS (hk_card_requisition_parent_class)->finalize (object);
}

static void
hk_card_requisition_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HkCardRequisition *self = HK_CARD_REQUISITION (object);

  switch (prop_id)
    {
    case PROP_QUANTITY:
      g_value_set_int64 (value, self->data.quantity);
      break;
    case PROP_RECEIVED:
      g_value_set_int64 (value, self->data.received);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, hk_card_requisition_get_status (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_card_requisition_class_init (HkCardRequisitionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_card_requisition_finalize;
  object_class->get_property = hk_card_requisition_get_property;

  properties[PROP_QUANTITY] =
    g_param_spec_int64 ("quantity", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECEIVED] =
    g_param_spec_int64 ("received", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, HK_TYPE_CARD_REQUISITION_STATUS,
                       HK_CARD_REQUISITION_REQUESTED, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_card_requisition_init (HkCardRequisition *self)
{
}

HkCardRequisition *
hk_card_requisition_new_take (HkCardRequisitionData *data)
{
  HkCardRequisition *self = g_object_new (HK_TYPE_CARD_REQUISITION, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

#define GETTER(type, name, field, fallback) \
  type \
  hk_card_requisition_get_##name (HkCardRequisition *self) \
  { \
    g_return_val_if_fail (HK_IS_CARD_REQUISITION (self), fallback); \
    return self->data.field; \
  }

GETTER (gint64, id, id, 0)
GETTER (gint64, card_type_id, card_type_id, 0)
GETTER (const char *, card_type_name, card_type_name, NULL)
GETTER (gint64, quantity, quantity, 0)
GETTER (gint64, received, received, 0)
GETTER (const char *, note, note, NULL)
GETTER (gint64, requested_at, requested_at, 0)
GETTER (gint64, requested_by, requested_by, 0)
GETTER (gint64, closed_at, closed_at, 0)
GETTER (const char *, close_reason, close_reason, NULL)

HkCardRequisitionStatus
hk_card_requisition_get_status (HkCardRequisition *self)
{
  g_return_val_if_fail (HK_IS_CARD_REQUISITION (self), HK_CARD_REQUISITION_REQUESTED);

  if (self->data.received >= self->data.quantity)
    return HK_CARD_REQUISITION_RECEIVED;
  if (self->data.closed_at != 0)
    return HK_CARD_REQUISITION_CLOSED;
  if (self->data.received > 0)
    return HK_CARD_REQUISITION_PARTLY;

  return HK_CARD_REQUISITION_REQUESTED;
}
