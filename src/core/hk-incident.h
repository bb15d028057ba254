/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-incident.h: an incident in the hall (保安): what happened, action taken, and the duty
 * manager's report. */

#pragma once

#include <glib-object.h>

#include "hk-duty-types.h"

G_BEGIN_DECLS

#define HK_TYPE_INCIDENT (hk_incident_get_type ())

G_DECLARE_FINAL_TYPE (HkIncident, hk_incident, HK, INCIDENT, GObject)

gint64         hk_incident_get_id               (HkIncident *self);
HkIncidentKind hk_incident_get_kind             (HkIncident *self);
gint64         hk_incident_get_occurred_at      (HkIncident *self);
const char    *hk_incident_get_day              (HkIncident *self);
HkDutyShift    hk_incident_get_shift            (HkIncident *self);
const char    *hk_incident_get_place            (HkIncident *self);
const char    *hk_incident_get_people           (HkIncident *self);
const char    *hk_incident_get_action_taken     (HkIncident *self);
const char    *hk_incident_get_reported_to      (HkIncident *self);
gboolean       hk_incident_is_serious           (HkIncident *self);
gint64         hk_incident_get_report_due       (HkIncident *self);
gint64         hk_incident_get_entered_at       (HkIncident *self);
gint64         hk_incident_get_entered_by       (HkIncident *self);
const char    *hk_incident_get_entered_by_name  (HkIncident *self);
const char    *hk_incident_get_report           (HkIncident *self);
gint64         hk_incident_get_reported_at      (HkIncident *self);
gint64         hk_incident_get_reported_by      (HkIncident *self);
const char    *hk_incident_get_reported_by_name (HkIncident *self);

G_END_DECLS
