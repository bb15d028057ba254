/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt.c: one receipt (票据) as issued: its number, total, payments and status.
 *
 * A value made by HkReceiptStore. Lists bind to its properties: the full
 * number, the total, the status and the masked customer phone.
 */

#include "config.h"

#include "hk-privacy.h"
#include "hk-receipt-private.h"

#include <string.h>

G_DEFINE_ENUM_TYPE (HkReceiptStatus, hk_receipt_status,
                    G_DEFINE_ENUM_VALUE (HK_RECEIPT_ISSUED, "issued"),
                    G_DEFINE_ENUM_VALUE (HK_RECEIPT_VOID, "void"))

struct _HkReceipt
{
  GObject       parent_instance;
  HkReceiptData data;
};

G_DEFINE_FINAL_TYPE (HkReceipt, hk_receipt, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FULL_NUMBER,
  PROP_ISSUED_AT,
  PROP_TOTAL,
  PROP_STATUS,
  PROP_MASKED_PHONE,
  PROP_BUSINESS_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
hk_receipt_line_free (HkReceiptLine *line)
{
  if (line == NULL)
    return;

  g_free (line->fee_item_code);
  g_free (line->fee_item_name);
  g_free (line->price_reason);
  g_free (line);
}

void
hk_receipt_payment_free (HkReceiptPayment *payment)
{
  if (payment == NULL)
    return;

  g_free (payment->cheque_no);
  g_free (payment);
}

static void
hk_receipt_finalize (GObject *object)
{
  HkReceipt *self = (HkReceipt *)object;

  g_free (self->data.invoice_code);
  g_free (self->data.business_day);
  g_free (self->data.customer_phone);
  g_free (self->data.void_reason);
  g_free (self->data.correction_reason);

  G_OBJECT_CLASS (hk_receipt_parent_class)->finalize (object);
}

static void
hk_receipt_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HkReceipt *self = HK_RECEIPT (object);

  switch (prop_id)
    {
    case PROP_FULL_NUMBER:
      g_value_take_string (value, hk_receipt_dup_full_number (self));
      break;
    case PROP_ISSUED_AT:
      g_value_set_int64 (value, self->data.issued_at);
      break;
    case PROP_TOTAL:
      g_value_set_int64 (value, self->data.total);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->data.status);
      break;
    case PROP_MASKED_PHONE:
      g_value_take_string (value, hk_receipt_dup_masked_phone (self));
      break;
    case PROP_BUSINESS_DAY:
      g_value_set_string (value, self->data.business_day);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_receipt_class_init (HkReceiptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_receipt_finalize;
  object_class->get_property = hk_receipt_get_property;

  properties[PROP_FULL_NUMBER] = g_param_spec_string ("full-number", NULL, NULL, NULL, flags);
  properties[PROP_ISSUED_AT] =
    g_param_spec_int64 ("issued-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TOTAL] =
    g_param_spec_int64 ("total", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, HK_TYPE_RECEIPT_STATUS, HK_RECEIPT_ISSUED, flags);
  properties[PROP_MASKED_PHONE] = g_param_spec_string ("masked-phone", NULL, NULL, NULL, flags);
  properties[PROP_BUSINESS_DAY] = g_param_spec_string ("business-day", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_receipt_init (HkReceipt *self)
{
}

/* Takes the strings of @data; only the store calls this. */
HkReceipt *
hk_receipt_new_take (HkReceiptData *data)
{
  HkReceipt *self = g_object_new (HK_TYPE_RECEIPT, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_receipt_get_id (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), 0);
  return self->data.id;
}

/* The invoice code (发票代码) of the book the number comes from. */
const char *
hk_receipt_get_invoice_code (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), NULL);
  return self->data.invoice_code;
}

gint64
hk_receipt_get_number (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), 0);
  return self->data.number;
}

/* "CODE-00000123": the code and the eight-digit number as printed on the stub. */
char *
hk_receipt_dup_full_number (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), NULL);
  return g_strdup_printf ("%s-%08lld", self->data.invoice_code, (long long)self->data.number);
}

gint64
hk_receipt_get_clerk_id (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), 0);
  return self->data.clerk_id;
}

/* 0 for an imported receipt, which belongs to no shift. */
gint64
hk_receipt_get_shift_id (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), 0);
  return self->data.shift_id;
}

const char *
hk_receipt_get_business_day (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), NULL);
  return self->data.business_day;
}

gint64
hk_receipt_get_issued_at (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), 0);
  return self->data.issued_at;
}

/* In fen; negative for a red-letter correction. */
gint64
hk_receipt_get_total (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), 0);
  return self->data.total;
}

/* The customer's phone in full, or NULL: show hk_receipt_dup_masked_phone() in lists. */
const char *
hk_receipt_get_customer_phone (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), NULL);
  return self->data.customer_phone;
}

char *
hk_receipt_dup_masked_phone (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), NULL);
  return hk_privacy_mask_phone (self->data.customer_phone);
}

HkReceiptStatus
hk_receipt_get_status (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), HK_RECEIPT_ISSUED);
  return self->data.status;
}

const char *
hk_receipt_get_void_reason (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), NULL);
  return self->data.void_reason;
}

gint64
hk_receipt_get_voided_by (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), 0);
  return self->data.voided_by;
}

/* For a red-letter receipt, the id of the receipt it corrects; otherwise 0. */
gint64
hk_receipt_get_corrects_id (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), 0);
  return self->data.corrects_id;
}

const char *
hk_receipt_get_correction_reason (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), NULL);
  return self->data.correction_reason;
}

gboolean
hk_receipt_is_imported (HkReceipt *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT (self), FALSE);
  return self->data.imported;
}
