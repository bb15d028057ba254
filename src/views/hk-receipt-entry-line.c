/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-entry-line.c: one line of the receipt being entered: a fee item, a quantity,
 * perhaps a price other than the tariff, and the card serials or the number it sells.
 *
 * The cash desk's entry form keeps its lines in a GListStore of these, so
 * that a GtkColumnView shows them and follows a change of quantity or price.
 * The unit price is the fee item's tariff price of the day, which the store
 * charges when the receipt is issued, unless the line has a custom price:
 * then it keeps the price, the reason and the duty manager who approved it
 * (never a password), and the store checks all three again at the issue.
 *
 * A line of a fee item linked to a card type names the serials it sells (the form offers the
 * clerk's lowest ones; "offered" says the clerk has not typed them). Any other line may name
 * a number of the number stock; a premium number's price replaces the tariff price, as the
 * store charges it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-receipt-entry-line.h"

struct _HkReceiptEntryLine
{
  GObject     parent_instance;

  HkFeeItem  *fee_item;
  gint64      quantity;
  gboolean    custom_price;
  gint64      unit_price;
  char       *price_reason;
  HkOperator *price_approver;
  HkCardType *card_type;
  char       *serials;
  gboolean    serials_offered;
  char       *number;
  gint64      number_price;
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
  PROP_PRICE_CHANGED,
  PROP_PRICE_REASON,
  PROP_PRICE_NOTE,
  PROP_SALE_NOTE,
  PROP_HAS_SALE_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_receipt_entry_line_dispose (GObject *object)
{
  HkReceiptEntryLine *self = (HkReceiptEntryLine *)object;

  g_clear_object (&self->fee_item);
  g_clear_object (&self->price_approver);
  g_clear_pointer (&self->price_reason, g_free);
  g_clear_object (&self->card_type);
  g_clear_pointer (&self->serials, g_free);
  g_clear_pointer (&self->number, g_free);

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
    case PROP_PRICE_CHANGED:
      g_value_set_boolean (value, self->custom_price);
      break;
    case PROP_PRICE_REASON:
      g_value_set_string (value, self->price_reason);
      break;
    case PROP_PRICE_NOTE:
      g_value_take_string (value, hk_receipt_entry_line_dup_price_note (self));
      break;
    case PROP_SALE_NOTE:
      g_value_take_string (value, hk_receipt_entry_line_dup_sale_note (self));
      break;
    case PROP_HAS_SALE_NOTE:
      g_value_set_boolean (value, self->card_type != NULL ||
                                  (self->number != NULL && *self->number != '\0'));
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
  /* Whether the line is charged at a price other than the tariff. */
  properties[PROP_PRICE_CHANGED] =
    g_param_spec_boolean ("price-changed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRICE_REASON] =
    g_param_spec_string ("price-reason", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* "Tariff ¥25.00 · damaged packaging · approved by 郑伟", or "" at the tariff price. */
  properties[PROP_PRICE_NOTE] =
    g_param_spec_string ("price-note", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* "Serials 5007200000001-5007200000002", "Number 13800138000", or "". */
  properties[PROP_SALE_NOTE] =
    g_param_spec_string ("sale-note", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_SALE_NOTE] =
    g_param_spec_boolean ("has-sale-note", NULL, NULL, FALSE,
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

/* The fee item's tariff price of the day, in fen, or the price of the premium number the line
 * sells. */
gint64
hk_receipt_entry_line_get_tariff_price (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), 0);

  if (self->number_price > 0)
    return self->number_price;

  return hk_fee_item_has_price (self->fee_item) ? hk_fee_item_get_price (self->fee_item) : 0;
}

/* The price charged per unit, in fen: the custom price if there is one, else the tariff's. */
gint64
hk_receipt_entry_line_get_unit_price (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), 0);

  return self->custom_price ? self->unit_price : hk_receipt_entry_line_get_tariff_price (self);
}

gboolean
hk_receipt_entry_line_has_custom_price (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), FALSE);

  return self->custom_price;
}

/* Why the price differs from the tariff; NULL at the tariff price. */
const char *
hk_receipt_entry_line_get_price_reason (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), NULL);

  return self->price_reason;
}

/* The duty manager who approved the custom price; NULL at the tariff price. */
HkOperator *
hk_receipt_entry_line_get_price_approver (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), NULL);

  return self->price_approver;
}

/**
 * hk_receipt_entry_line_dup_price_note:
 *
 * Returns: (transfer full): what the line shows of a custom price, e.g. "Tariff ¥25.00 · damaged
 *   packaging · approved by 郑伟", or an empty string at the tariff price
 */
char *
hk_receipt_entry_line_dup_price_note (HkReceiptEntryLine *self)
{
  g_autofree char *tariff = NULL;

  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), NULL);

  if (!self->custom_price)
    return g_strdup ("");

  tariff = hk_money_format (hk_receipt_entry_line_get_tariff_price (self));

  /* Translators: under a line with a changed price: the tariff price, the reason and the duty
   * manager who approved it, e.g. "Tariff ¥25.00 · damaged packaging · approved by 郑伟" */
  return g_strdup_printf (_("Tariff %s · %s · approved by %s"), tariff, self->price_reason,
                          hk_operator_get_display_name (self->price_approver));
}

static void
notify_price (HkReceiptEntryLine *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_PRICE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRICE_CHANGED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRICE_REASON]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRICE_NOTE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}

/**
 * hk_receipt_entry_line_set_custom_price:
 * @unit_price: the price per unit, in fen; the tariff price takes the line back to the tariff
 * @reason: why (required for a price other than the tariff)
 * @approver: the duty manager who approved it
 *
 * Charges the line at @unit_price. The receipt store checks the reason and the approver's role
 * again when the receipt is issued.
 */
void
hk_receipt_entry_line_set_custom_price (HkReceiptEntryLine *self,
                                        gint64              unit_price,
                                        const char         *reason,
                                        HkOperator         *approver)
{
  g_return_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self));

  if (unit_price == hk_receipt_entry_line_get_tariff_price (self))
    {
      hk_receipt_entry_line_clear_custom_price (self);
      return;
    }

  g_return_if_fail (reason != NULL);
  g_return_if_fail (HK_IS_OPERATOR (approver));

  self->custom_price = TRUE;
  self->unit_price = unit_price;
  g_free (self->price_reason);
  self->price_reason = g_strstrip (g_strdup (reason));
  g_set_object (&self->price_approver, approver);
  notify_price (self);
}

/* Takes the line back to the tariff price. */
void
hk_receipt_entry_line_clear_custom_price (HkReceiptEntryLine *self)
{
  g_return_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self));

  if (!self->custom_price)
    return;

  self->custom_price = FALSE;
  self->unit_price = 0;
  g_clear_pointer (&self->price_reason, g_free);
  g_clear_object (&self->price_approver);
  notify_price (self);
}

gint64
hk_receipt_entry_line_get_amount (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), 0);

  return self->quantity * hk_receipt_entry_line_get_unit_price (self);
}

/* The card type the line's fee item sells, or NULL when it sells no stocked cards. */
HkCardType *
hk_receipt_entry_line_get_card_type (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), NULL);

  return self->card_type;
}

void
hk_receipt_entry_line_set_card_type (HkReceiptEntryLine *self,
                                     HkCardType         *card_type)
{
  g_return_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self));
  g_return_if_fail (card_type == NULL || HK_IS_CARD_TYPE (card_type));

  if (g_set_object (&self->card_type, card_type))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALE_NOTE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SALE_NOTE]);
    }
}

/* The serials the line sells, as the clerk reads them ("FIRST-LAST, SERIAL"), or NULL. */
const char *
hk_receipt_entry_line_get_serials (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), NULL);

  return self->serials;
}

/**
 * hk_receipt_entry_line_set_serials:
 * @serials: (nullable): the serials sold
 * @offered: whether the form offered them (the clerk's lowest), rather than the clerk typed
 *   them: offered serials follow a change of quantity
 */
void
hk_receipt_entry_line_set_serials (HkReceiptEntryLine *self,
                                   const char         *serials,
                                   gboolean            offered)
{
  g_return_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self));

  self->serials_offered = offered;
  if (g_strcmp0 (self->serials, serials) == 0)
    return;

  g_free (self->serials);
  self->serials = g_strdup (serials);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALE_NOTE]);
}

gboolean
hk_receipt_entry_line_get_serials_offered (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), FALSE);

  return self->serials_offered;
}

/* The number of the number stock the line sells, or NULL. */
const char *
hk_receipt_entry_line_get_number (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), NULL);

  return self->number;
}

/**
 * hk_receipt_entry_line_set_number:
 * @number: (nullable): the number sold, or %NULL for none
 * @number_price: a premium number's price in fen, which replaces the tariff price; 0 for an
 *   ordinary number
 */
void
hk_receipt_entry_line_set_number (HkReceiptEntryLine *self,
                                  const char         *number,
                                  gint64              number_price)
{
  g_return_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self));

  if (number != NULL && *number == '\0')
    number = NULL;
  if (number == NULL)
    number_price = 0;
  if (g_strcmp0 (self->number, number) == 0 && self->number_price == number_price)
    return;

  g_free (self->number);
  self->number = g_strdup (number);
  self->number_price = number_price;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SALE_NOTE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SALE_NOTE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_PRICE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}

/**
 * hk_receipt_entry_line_dup_sale_note:
 *
 * Returns: (transfer full): what the line sells besides its fee item, as shown under it:
 *   "Serials …", "No serials yet", "Number …", or an empty string
 */
char *
hk_receipt_entry_line_dup_sale_note (HkReceiptEntryLine *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY_LINE (self), NULL);

  if (self->card_type != NULL)
    {
      if (self->serials == NULL || *self->serials == '\0')
        return g_strdup (_("No serials named yet"));
      /* Translators: under a card line: the serials it sells */
      return g_strdup_printf (_("Serials %s"), self->serials);
    }

  if (self->number != NULL)
    {
      if (self->number_price > 0)
        /* Translators: under a line that sells a premium number */
        return g_strdup_printf (_("Number %s (premium)"), self->number);
      /* Translators: under a line that sells a number of the number stock */
      return g_strdup_printf (_("Number %s"), self->number);
    }

  return g_strdup ("");
}
