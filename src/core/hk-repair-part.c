/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-part.c: one part of the repair desk's stock (备件) and how many are on hand.
 *
 * A value made by HkRepairPartStore. The price is the tariff of the part's fee item on the
 * day the store read it, or HK_FEE_ITEM_NO_PRICE.
 */

#include "config.h"

#include <string.h>

#include "hk-repair-private.h"

struct _HkRepairPart
{
  GObject          parent_instance;
  HkRepairPartData data;
};

G_DEFINE_FINAL_TYPE (HkRepairPart, hk_repair_part, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_PRICE,
  PROP_ON_HAND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_repair_part_finalize (GObject *object)
{
  HkRepairPartData *data = &HK_REPAIR_PART (object)->data;

  g_free (data->code);
  g_free (data->name);
  g_free (data->fee_item_code);

  G_OBJECT_CLASS (hk_repair_part_parent_class)->finalize (object);
}

static void
hk_repair_part_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HkRepairPart *self = HK_REPAIR_PART (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->data.code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->data.name);
      break;
    case PROP_PRICE:
      g_value_set_int64 (value, self->data.price);
      break;
    case PROP_ON_HAND:
      g_value_set_int64 (value, self->data.on_hand);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_repair_part_class_init (HkRepairPartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_repair_part_finalize;
  object_class->get_property = hk_repair_part_get_property;

  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_PRICE] =
    g_param_spec_int64 ("price", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_ON_HAND] =
    g_param_spec_int64 ("on-hand", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_repair_part_init (HkRepairPart *self)
{
}

/* Takes the strings of @data; only the store calls this. */
HkRepairPart *
hk_repair_part_new_take (HkRepairPartData *data)
{
  HkRepairPart *self = g_object_new (HK_TYPE_REPAIR_PART, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

#define GETTER(type, name, field) \
  type \
  hk_repair_part_get_##name (HkRepairPart *self) \
  { \
    g_return_val_if_fail (HK_IS_REPAIR_PART (self), 0); \
    return self->data.field; \
  }

GETTER (gint64, id, id)
GETTER (const char *, code, code)
GETTER (const char *, name, name)
GETTER (gint64, fee_item_id, fee_item_id)
GETTER (const char *, fee_item_code, fee_item_code)
GETTER (gint64, price, price)
GETTER (gint64, on_hand, on_hand)
GETTER (gint64, last_count_at, last_count_at)

#undef GETTER
