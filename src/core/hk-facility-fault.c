/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-facility-fault.c: a facility fault (设施管理): open until fixed, carried over from log to log. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkFacilityFault
{
  GObject parent_instance;
  HkFacilityFaultData data;
};

G_DEFINE_FINAL_TYPE (HkFacilityFault, hk_facility_fault, G_TYPE_OBJECT)

static void
hk_facility_fault_finalize (GObject *object)
{
  HkFacilityFault *self = (HkFacilityFault *)object;

  g_clear_pointer (&self->data.description, g_free);
  g_clear_pointer (&self->data.location, g_free);
  g_clear_pointer (&self->data.reported_by_name, g_free);
  g_clear_pointer (&self->data.contacted, g_free);
  g_clear_pointer (&self->data.fixed_by_name, g_free);
  g_clear_pointer (&self->data.fix_note, g_free);

  G_OBJECT_CLASS (hk_facility_fault_parent_class)->finalize (object);
}

static void
hk_facility_fault_class_init (HkFacilityFaultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_facility_fault_finalize;
}

static void
hk_facility_fault_init (HkFacilityFault *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkFacilityFault *
hk_facility_fault_new_take (HkFacilityFaultData *data)
{
  HkFacilityFault *self = g_object_new (HK_TYPE_FACILITY_FAULT, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_facility_fault_get_id (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), 0);
  return self->data.id;
}

const char *
hk_facility_fault_get_description (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), NULL);
  return self->data.description;
}

const char *
hk_facility_fault_get_location (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), NULL);
  return self->data.location;
}

HkFaultSeverity
hk_facility_fault_get_severity (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), 0);
  return self->data.severity;
}

gint64
hk_facility_fault_get_reported_at (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), 0);
  return self->data.reported_at;
}

gint64
hk_facility_fault_get_reported_by (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), 0);
  return self->data.reported_by;
}

const char *
hk_facility_fault_get_reported_by_name (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), NULL);
  return self->data.reported_by_name;
}

/* Who was contacted to fix it; may be NULL. */
const char *
hk_facility_fault_get_contacted (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), NULL);
  return self->data.contacted;
}

/* The safety check whose failed item opened it; 0 if reported by hand. */
gint64
hk_facility_fault_get_safety_check_id (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), 0);
  return self->data.safety_check_id;
}

/* 0 while open. */
gint64
hk_facility_fault_get_fixed_at (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), 0);
  return self->data.fixed_at;
}

gint64
hk_facility_fault_get_fixed_by (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), 0);
  return self->data.fixed_by;
}

const char *
hk_facility_fault_get_fixed_by_name (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), NULL);
  return self->data.fixed_by_name;
}

/* May be NULL. */
const char *
hk_facility_fault_get_fix_note (HkFacilityFault *self)
{
  g_return_val_if_fail (HK_IS_FACILITY_FAULT (self), NULL);
  return self->data.fix_note;
}
