/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-ticket.c: one repair ticket (维修单): the device as received, its status, its
 * handover and charge.
 *
 * A value made by HkRepairStore. Lists bind to its properties: the ticket number, the status,
 * the device, the masked phone, the promised day and whether it is overdue.
 */

#include "config.h"

#include "hk-privacy.h"
#include "hk-repair-private.h"

#include <string.h>

struct _HkRepairTicket
{
  GObject            parent_instance;
  HkRepairTicketData data;
};

G_DEFINE_FINAL_TYPE (HkRepairTicket, hk_repair_ticket, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TICKET_NO,
  PROP_RECEIVED_AT,
  PROP_CUSTOMER_NAME,
  PROP_MASKED_PHONE,
  PROP_DEVICE,
  PROP_IMEI,
  PROP_STATUS,
  PROP_PROMISED_DAY,
  PROP_OVERDUE,
  PROP_TECHNICIAN_NAME,
  PROP_FEE_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_repair_ticket_finalize (GObject *object)
{
  HkRepairTicketData *data = &HK_REPAIR_TICKET (object)->data;

  g_free (data->ticket_no);
  g_free (data->intake_day);
  g_free (data->customer_name);
  g_free (data->customer_phone);
  g_free (data->brand);
  g_free (data->model);
  g_free (data->imei);
  g_free (data->condition_note);
  g_free (data->fault);
  g_free (data->warranty_proof);
  g_free (data->promised_day);
  g_free (data->technician_name);
  g_free (data->batch_no);
  g_free (data->collected_by);
  g_free (data->handover_note);
  g_free (data->receipt_no);

  G_OBJECT_CLASS (hk_repair_ticket_parent_class)->finalize (object);
}

static void
hk_repair_ticket_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HkRepairTicket *self = HK_REPAIR_TICKET (object);

  switch (prop_id)
    {
    case PROP_TICKET_NO:
      g_value_set_string (value, self->data.ticket_no);
      break;
    case PROP_RECEIVED_AT:
      g_value_set_int64 (value, self->data.received_at);
      break;
    case PROP_CUSTOMER_NAME:
      g_value_set_string (value, self->data.customer_name);
      break;
    case PROP_MASKED_PHONE:
      g_value_take_string (value, hk_repair_ticket_dup_masked_phone (self));
      break;
    case PROP_DEVICE:
      g_value_take_string (value, hk_repair_ticket_dup_device (self));
      break;
    case PROP_IMEI:
      g_value_set_string (value, self->data.imei);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->data.status);
      break;
    case PROP_PROMISED_DAY:
      g_value_set_string (value, self->data.promised_day);
      break;
    case PROP_OVERDUE:
      g_value_set_boolean (value, self->data.overdue);
      break;
    case PROP_TECHNICIAN_NAME:
      g_value_set_string (value, self->data.technician_name);
      break;
    case PROP_FEE_TOTAL:
      g_value_set_int64 (value, self->data.fee_total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_repair_ticket_class_init (HkRepairTicketClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_repair_ticket_finalize;
  object_class->get_property = hk_repair_ticket_get_property;

  properties[PROP_TICKET_NO] = g_param_spec_string ("ticket-no", NULL, NULL, NULL, flags);
  properties[PROP_RECEIVED_AT] =
    g_param_spec_int64 ("received-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CUSTOMER_NAME] = g_param_spec_string ("customer-name", NULL, NULL, NULL, flags);
  properties[PROP_MASKED_PHONE] = g_param_spec_string ("masked-phone", NULL, NULL, NULL, flags);
  properties[PROP_DEVICE] = g_param_spec_string ("device", NULL, NULL, NULL, flags);
  properties[PROP_IMEI] = g_param_spec_string ("imei", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, HK_TYPE_REPAIR_STATUS,
                                               HK_REPAIR_RECEIVED, flags);
  properties[PROP_PROMISED_DAY] = g_param_spec_string ("promised-day", NULL, NULL, NULL, flags);
  properties[PROP_OVERDUE] = g_param_spec_boolean ("overdue", NULL, NULL, FALSE, flags);
  properties[PROP_TECHNICIAN_NAME] =
    g_param_spec_string ("technician-name", NULL, NULL, NULL, flags);
  properties[PROP_FEE_TOTAL] =
    g_param_spec_int64 ("fee-total", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_repair_ticket_init (HkRepairTicket *self)
{
}

/* Takes the strings of @data; only the store calls this. */
HkRepairTicket *
hk_repair_ticket_new_take (HkRepairTicketData *data)
{
  HkRepairTicket *self = g_object_new (HK_TYPE_REPAIR_TICKET, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

#define GETTER(type, name, field) \
  type \
  hk_repair_ticket_get_##name (HkRepairTicket *self) \
  { \
    g_return_val_if_fail (HK_IS_REPAIR_TICKET (self), 0); \
    return self->data.field; \
  }

GETTER (gint64, id, id)
GETTER (const char *, ticket_no, ticket_no)
GETTER (const char *, intake_day, intake_day)
GETTER (gint64, received_at, received_at)
GETTER (gint64, received_by, received_by)
GETTER (const char *, customer_name, customer_name)
GETTER (const char *, customer_phone, customer_phone)
GETTER (const char *, brand, brand)
GETTER (const char *, model, model)
GETTER (const char *, imei, imei)
GETTER (HkRepairAccessories, accessories, accessories)
GETTER (HkRepairConditions, conditions, conditions)
GETTER (const char *, condition_note, condition_note)
GETTER (const char *, fault, fault)
GETTER (HkRepairWarranty, warranty, warranty)
GETTER (const char *, warranty_proof, warranty_proof)
GETTER (gint64, estimated_fee, estimated_fee)
GETTER (gint64, deposit, deposit)
GETTER (const char *, promised_day, promised_day)
GETTER (gint64, technician_id, technician_id)
GETTER (const char *, technician_name, technician_name)
GETTER (HkRepairStatus, status, status)
GETTER (gint64, status_at, status_at)
GETTER (gboolean, overdue, overdue)
GETTER (const char *, batch_no, batch_no)
GETTER (gint64, fee_total, fee_total)
GETTER (guint, n_callbacks, n_callbacks)
GETTER (gint64, last_callback_at, last_callback_at)
GETTER (const char *, collected_by, collected_by)
GETTER (gboolean, id_checked, id_checked)
GETTER (HkRepairAccessories, accessories_returned, accessories_returned)
GETTER (const char *, handover_note, handover_note)
GETTER (gint64, handed_over_at, handed_over_at)
GETTER (gint64, handed_over_by, handed_over_by)
GETTER (gint64, charged_total, charged_total)
GETTER (HkRepairChargeMode, charge_mode, charge_mode)
GETTER (gint64, receipt_id, receipt_id)
GETTER (const char *, receipt_no, receipt_no)
GETTER (gint64, deposit_refunded, deposit_refunded)

#undef GETTER

/* "138****5678": what lists, exports and the printed slip show. */
char *
hk_repair_ticket_dup_masked_phone (HkRepairTicket *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_TICKET (self), NULL);

  return hk_privacy_mask_phone (self->data.customer_phone);
}

/* "Huawei Mate 60": the brand and the model. */
char *
hk_repair_ticket_dup_device (HkRepairTicket *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_TICKET (self), NULL);

  return g_strdup_printf ("%s %s", self->data.brand, self->data.model);
}
