/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-facility-fault.h: a facility fault (设施管理): open until fixed, carried over from log to log. */

#pragma once

#include <glib-object.h>

#include "hk-duty-types.h"

G_BEGIN_DECLS

#define HK_TYPE_FACILITY_FAULT (hk_facility_fault_get_type ())

G_DECLARE_FINAL_TYPE (HkFacilityFault, hk_facility_fault, HK, FACILITY_FAULT, GObject)

gint64          hk_facility_fault_get_id               (HkFacilityFault *self);
const char     *hk_facility_fault_get_description      (HkFacilityFault *self);
const char     *hk_facility_fault_get_location         (HkFacilityFault *self);
HkFaultSeverity hk_facility_fault_get_severity         (HkFacilityFault *self);
gint64          hk_facility_fault_get_reported_at      (HkFacilityFault *self);
gint64          hk_facility_fault_get_reported_by      (HkFacilityFault *self);
const char     *hk_facility_fault_get_reported_by_name (HkFacilityFault *self);
const char     *hk_facility_fault_get_contacted        (HkFacilityFault *self);
gint64          hk_facility_fault_get_safety_check_id  (HkFacilityFault *self);
gint64          hk_facility_fault_get_fixed_at         (HkFacilityFault *self);
gint64          hk_facility_fault_get_fixed_by         (HkFacilityFault *self);
const char     *hk_facility_fault_get_fixed_by_name    (HkFacilityFault *self);
const char     *hk_facility_fault_get_fix_note         (HkFacilityFault *self);

G_END_DECLS
