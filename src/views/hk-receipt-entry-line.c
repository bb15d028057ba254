/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-entry-line.c: one line of the receipt being entered: a fee item and a quantity.
 *
 * The cash desk's entry form keeps its lines in a GListStore of these, so
 * that a GtkColumnView shows them and follows a change of quantity. The unit
 * price is the fee item's tariff price of the day; the store charges that
 * same price when the receipt is issued.
 */

#include "config.h"

#include "hk-receipt-entry-line.h"

struct _HkReceiptEntryLine
{
  GObject    parent_instance;

  HkFeeItem *fee_item;
  gint64     quantity;
};

G_DEFINE_FINAL_TYPE (HkReceiptEntryLine, hk_receipt_entry_line, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FEE_ITEM,
  PROP_CODE,
  PROP_NAME,
  PROP_QUANTITY,
  PROP_UNIT_PRICE,
  PROP_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_receipt_entry_line_dispose (GObject *object)
{
  HkReceiptEntryLine *self = (HkReceiptEntryLine *)object;

  g_clear_object (&self->fee_item);

  G_OBJECT_CLASS (hk_receipt_entry_line_parent_class)->dispose (object);
}

static void
hk_receipt_entry_line_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HkReceiptEntryLine *self = HK_RECEIPT_ENTRY_LINE (object);

  switch (prop_id)
    {
    case PROP_FEE_ITEM:
      g_value_set_object (value, self->fee_item);
      break;
    case PROP_CODE:
      g_value_set_string (value, hk_fee_item_get_code (self->fee_item));
      break;
    case PROP_NAME:
      g_value_set_string (value, hk_fee_item_get_name (self->fee_item));
      break;
    case PROP_QUANTITY:
      g_value_set_int64 (value, self->quantity);
      break;
    case PROP_UNIT_PRICE:
      g_value_set_int64 (value, hk_receipt_entry_line_get_unit_price (self));
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, hk_receipt_entry_line_get_amount (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_receipt_entry_line_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HkReceiptEntryLine *self = HK_RECEIPT_ENTRY_LINE (object);

  switch (prop_id)
    {
    case PROP_FEE_ITEM:
      self->fee_item = g_value_dup_object (value);
      break;
    case PROP_QUANTITY:
      hk_receipt_entry_line_set_quantity (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_receipt_entry_line_class_init (HkReceiptEntryLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hk_receipt_entry_line_dispose;
  object_class->get_property = hk_receipt_entry_line_get_property;
  object_class->set_property = hk_receipt_entry_line_set_property;

  properties[PROP_FEE_ITEM] =
    g_param_spec_object ("fee-item", NULL, NULL, HK_TYPE_FEE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUANTITY] =
    g_param_spec_int64 ("quantity", NULL, NULL, 1, HK_RECEIPT_ENTRY_LINE_MAX_QUANTITY, 1,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT_PRICE] =
    g_param_spec_int64 ("unit-price", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_receipt_entry_line_init (HkReceiptEntryLine *self)
{
  self->quantity = 1;
}

HkReceiptEntryLine *
hk_receipt_entry_line_new (HkFeeItem *fee_item)
{
  g_return_val_if_fail (HK_IS_FEE_ITEM (fee_item), NULL);

  return g_object_new (HK_TYPE_RECEIPT_ENTRY_LINE, "fee-item", fee_item, NULL);
}

HkFeeItem *
hk_receipt_entry_line_get_fee_item (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), NULL);

  return self->fee_item;
}

gint64
hk_receipt_entry_line_get_quantity (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), 0);

  return self->quantity;
}

/* Clamps @quantity to 1…HK_RECEIPT_ENTRY_LINE_MAX_QUANTITY, as the store allows. */
void
hk_receipt_entry_line_set_quantity (HkReceiptEntryLine *self,
                                    gint64              quantity)
{
  g_return_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self));

  quantity = CLAMP (quantity, 1, HK_RECEIPT_ENTRY_LINE_MAX_QUANTITY);
  if (quantity == self->quantity)
    return;

  self->quantity = quantity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUANTITY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}

/* The fee item's tariff price of the day, in fen. */
gint64
hk_receipt_entry_line_get_unit_price (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), 0);

  return hk_fee_item_has_price (self->fee_item) ? hk_fee_item_get_price (self->fee_item) : 0;
}

gint64
hk_receipt_entry_line_get_amount (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), 0);

  return self->quantity * hk_receipt_entry_line_get_unit_price (self);
}
