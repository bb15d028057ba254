/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-fee-item.c: a fee item of the tariff (资费) with its category and the price of one day.
 *
 * Fee items are values: only HkFeeItemStore creates them, and a change makes a
 * new one. The price is the one that applied on the day the item was read
 * (normally the hall's business day), with the day it applies from; an item
 * whose first price applies later has %HK_FEE_ITEM_NO_PRICE and no price-from.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-fee-item.h"

static const struct
{
  HkFeeCategory  category;
  const char    *id;
  const char    *title;
} categories[HK_N_FEE_CATEGORIES] = {
  { HK_FEE_CATEGORY_SERVICE, "service", N_("Service fee") },
  { HK_FEE_CATEGORY_SIM_CARD, "sim_card", N_("SIM card") },
  { HK_FEE_CATEGORY_VALUE_CARD, "value_card", N_("Value card") },
  { HK_FEE_CATEGORY_HANDSET, "handset", N_("Handset") },
  { HK_FEE_CATEGORY_ACCESSORY, "accessory", N_("Accessory") },
  { HK_FEE_CATEGORY_REPAIR, "repair", N_("Repair") },
  { HK_FEE_CATEGORY_OTHER, "other", N_("Other") },
};

/* The nicks are the ids of the database and the CSV files. */
G_DEFINE_ENUM_TYPE (HkFeeCategory, hk_fee_category,
  G_DEFINE_ENUM_VALUE (HK_FEE_CATEGORY_SERVICE, "service"),
  G_DEFINE_ENUM_VALUE (HK_FEE_CATEGORY_SIM_CARD, "sim_card"),
  G_DEFINE_ENUM_VALUE (HK_FEE_CATEGORY_VALUE_CARD, "value_card"),
  G_DEFINE_ENUM_VALUE (HK_FEE_CATEGORY_HANDSET, "handset"),
  G_DEFINE_ENUM_VALUE (HK_FEE_CATEGORY_ACCESSORY, "accessory"),
  G_DEFINE_ENUM_VALUE (HK_FEE_CATEGORY_REPAIR, "repair"),
  G_DEFINE_ENUM_VALUE (HK_FEE_CATEGORY_OTHER, "other"))

/* The id used in the database and in CSV files, e.g. "sim_card". */
const char *
hk_fee_category_to_id (HkFeeCategory category)
{
  for (guint i = 0; i < HK_N_FEE_CATEGORIES; i++)
    if (categories[i].category == category)
      return categories[i].id;

  g_return_val_if_reached (NULL);
}

/* FALSE when @id is not one of the ids (they are lower case, exactly as in the database). */
gboolean
hk_fee_category_from_id (const char    *id,
                         HkFeeCategory *category)
{
  for (guint i = 0; id != NULL && i < HK_N_FEE_CATEGORIES; i++)
    if (g_str_equal (categories[i].id, id))
      {
        if (category != NULL)
          *category = categories[i].category;
        return TRUE;
      }

  return FALSE;
}

/* The translated name shown to people, e.g. "SIM card". */
const char *
hk_fee_category_get_title (HkFeeCategory category)
{
  for (guint i = 0; i < HK_N_FEE_CATEGORIES; i++)
    if (categories[i].category == category)
      return _(categories[i].title);

  g_return_val_if_reached (NULL);
}

struct _HkFeeItem
{
  GObject        parent_instance;
  gint64         id;
  char          *code;
  char          *name;
  HkFeeCategory  category;
  gboolean       active;
  gint64         price;
  char          *price_from;
};

G_DEFINE_FINAL_TYPE (HkFeeItem, hk_fee_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_ACTIVE,
  PROP_PRICE,
  PROP_PRICE_FROM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_fee_item_finalize (GObject *object)
{
  HkFeeItem *self = (HkFeeItem *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->price_from, g_free);

  G_OBJECT_CLASS (hk_fee_item_parent_class)->finalize (object);
}

static void
hk_fee_item_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HkFeeItem *self = HK_FEE_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CATEGORY:
      g_value_set_enum (value, self->category);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_PRICE:
      g_value_set_int64 (value, self->price);
      break;
    case PROP_PRICE_FROM:
      g_value_set_string (value, self->price_from);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_fee_item_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HkFeeItem *self = HK_FEE_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_CODE:
      self->code = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_CATEGORY:
      self->category = g_value_get_enum (value);
      break;
    case PROP_ACTIVE:
      self->active = g_value_get_boolean (value);
      break;
    case PROP_PRICE:
      self->price = g_value_get_int64 (value);
      break;
    case PROP_PRICE_FROM:
      self->price_from = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_fee_item_class_init (HkFeeItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_fee_item_finalize;
  object_class->get_property = hk_fee_item_get_property;
  object_class->set_property = hk_fee_item_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL, HK_TYPE_FEE_CATEGORY, HK_FEE_CATEGORY_SERVICE,
                       flags);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE, flags);
  /**
   * HkFeeItem:price:
   *
   * The price in fen on the day the item was read, or %HK_FEE_ITEM_NO_PRICE
   * when its first price applies from a later day.
   */
  properties[PROP_PRICE] =
    g_param_spec_int64 ("price", NULL, NULL, HK_FEE_ITEM_NO_PRICE, G_MAXINT64,
                        HK_FEE_ITEM_NO_PRICE, flags);
  /**
   * HkFeeItem:price-from:
   *
   * The day ("YYYY-MM-DD") from which #HkFeeItem:price applies, or %NULL.
   */
  properties[PROP_PRICE_FROM] =
    g_param_spec_string ("price-from", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_fee_item_init (HkFeeItem *self)
{
  self->active = TRUE;
  self->price = HK_FEE_ITEM_NO_PRICE;
}

gint64
hk_fee_item_get_id (HkFeeItem *self)
{
  g_return_val_if_fail (HK_IS_FEE_ITEM (self), 0);

  return self->id;
}

/* The short code a clerk types, e.g. "SIM-PT"; its case is kept as entered. */
const char *
hk_fee_item_get_code (HkFeeItem *self)
{
  g_return_val_if_fail (HK_IS_FEE_ITEM (self), NULL);

  return self->code;
}

const char *
hk_fee_item_get_name (HkFeeItem *self)
{
  g_return_val_if_fail (HK_IS_FEE_ITEM (self), NULL);

  return self->name;
}

HkFeeCategory
hk_fee_item_get_category (HkFeeItem *self)
{
  g_return_val_if_fail (HK_IS_FEE_ITEM (self), HK_FEE_CATEGORY_OTHER);

  return self->category;
}

/* An inactive item stays in the records but is no longer offered at the counter. */
gboolean
hk_fee_item_get_active (HkFeeItem *self)
{
  g_return_val_if_fail (HK_IS_FEE_ITEM (self), FALSE);

  return self->active;
}

gboolean
hk_fee_item_has_price (HkFeeItem *self)
{
  g_return_val_if_fail (HK_IS_FEE_ITEM (self), FALSE);

  return self->price != HK_FEE_ITEM_NO_PRICE;
}

gint64
hk_fee_item_get_price (HkFeeItem *self)
{
  g_return_val_if_fail (HK_IS_FEE_ITEM (self), HK_FEE_ITEM_NO_PRICE);

  return self->price;
}

/* Returns: (nullable): "YYYY-MM-DD", the day #HkFeeItem:price applies from */
const char *
hk_fee_item_get_price_from (HkFeeItem *self)
{
  g_return_val_if_fail (HK_IS_FEE_ITEM (self), NULL);

  return self->price_from;
}
