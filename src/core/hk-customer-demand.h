/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-customer-demand.h: a customer demand record (客户需求记录): what the hall could not provide. */

#pragma once

#include <glib-object.h>

#include "hk-duty-types.h"

G_BEGIN_DECLS

#define HK_TYPE_CUSTOMER_DEMAND (hk_customer_demand_get_type ())

G_DECLARE_FINAL_TYPE (HkCustomerDemand, hk_customer_demand, HK, CUSTOMER_DEMAND, GObject)

gint64        hk_customer_demand_get_id              (HkCustomerDemand *self);
const char   *hk_customer_demand_get_day             (HkCustomerDemand *self);
gint64        hk_customer_demand_get_recorded_at     (HkCustomerDemand *self);
HkDemandTheme hk_customer_demand_get_theme           (HkCustomerDemand *self);
const char   *hk_customer_demand_get_wanted          (HkCustomerDemand *self);
const char   *hk_customer_demand_get_note            (HkCustomerDemand *self);
gint64        hk_customer_demand_get_entered_by      (HkCustomerDemand *self);
const char   *hk_customer_demand_get_entered_by_name (HkCustomerDemand *self);

G_END_DECLS
