/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-customer-demand.c: a customer demand record (客户需求记录): what the hall could not provide. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkCustomerDemand
{
  GObject parent_instance;
  HkCustomerDemandData data;
};

G_DEFINE_FINAL_TYPE (HkCustomerDemand, hk_customer_demand, G_TYPE_OBJECT)

static void
hk_customer_demand_finalize (GObject *object)
{
  HkCustomerDemand *self = (HkCustomerDemand *)object;

  g_clear_pointer (&self->data.day, g_free);
  g_clear_pointer (&self->data.wanted, g_free);
  g_clear_pointer (&self->data.note, g_free);
  g_clear_pointer (&self->data.entered_by_name, g_free);

  G_OBJECT_CLASS (hk_customer_demand_parent_class)->finalize (object);
}

static void
hk_customer_demand_class_init (HkCustomerDemandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_customer_demand_finalize;
}

static void
hk_customer_demand_init (HkCustomerDemand *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkCustomerDemand *
hk_customer_demand_new_take (HkCustomerDemandData *data)
{
  HkCustomerDemand *self = g_object_new (HK_TYPE_CUSTOMER_DEMAND, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_customer_demand_get_id (HkCustomerDemand *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_DEMAND (self), 0);
  return self->data.id;
}

const char *
hk_customer_demand_get_day (HkCustomerDemand *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_DEMAND (self), NULL);
  return self->data.day;
}

gint64
hk_customer_demand_get_recorded_at (HkCustomerDemand *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_DEMAND (self), 0);
  return self->data.recorded_at;
}

HkDemandTheme
hk_customer_demand_get_theme (HkCustomerDemand *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_DEMAND (self), 0);
  return self->data.theme;
}

/* What the customer asked for. */
const char *
hk_customer_demand_get_wanted (HkCustomerDemand *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_DEMAND (self), NULL);
  return self->data.wanted;
}

/* May be NULL. */
const char *
hk_customer_demand_get_note (HkCustomerDemand *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_DEMAND (self), NULL);
  return self->data.note;
}

gint64
hk_customer_demand_get_entered_by (HkCustomerDemand *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_DEMAND (self), 0);
  return self->data.entered_by;
}

const char *
hk_customer_demand_get_entered_by_name (HkCustomerDemand *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_DEMAND (self), NULL);
  return self->data.entered_by_name;
}
