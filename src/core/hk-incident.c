/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-incident.c: an incident in the hall (保安): what happened, action taken, and the duty
 * manager's report. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkIncident
{
  GObject parent_instance;
  HkIncidentData data;
};

G_DEFINE_FINAL_TYPE (HkIncident, hk_incident, G_TYPE_OBJECT)

static void
hk_incident_finalize (GObject *object)
{
  HkIncident *self = (HkIncident *)object;

  g_clear_pointer (&self->data.day, g_free);
  g_clear_pointer (&self->data.place, g_free);
  g_clear_pointer (&self->data.people, g_free);
  g_clear_pointer (&self->data.action_taken, g_free);
  g_clear_pointer (&self->data.reported_to, g_free);
  g_clear_pointer (&self->data.entered_by_name, g_free);
  g_clear_pointer (&self->data.report, g_free);
  g_clear_pointer (&self->data.reported_by_name, g_free);

  G_OBJECT_CLASS (hk_incident_parent_class)->finalize (object);
}

static void
hk_incident_class_init (HkIncidentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_incident_finalize;
}

static void
hk_incident_init (HkIncident *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkIncident *
hk_incident_new_take (HkIncidentData *data)
{
  HkIncident *self = g_object_new (HK_TYPE_INCIDENT, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_incident_get_id (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), 0);
  return self->data.id;
}

HkIncidentKind
hk_incident_get_kind (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), 0);
  return self->data.kind;
}

gint64
hk_incident_get_occurred_at (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), 0);
  return self->data.occurred_at;
}

const char *
hk_incident_get_day (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), NULL);
  return self->data.day;
}

HkDutyShift
hk_incident_get_shift (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), 0);
  return self->data.shift;
}

const char *
hk_incident_get_place (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), NULL);
  return self->data.place;
}

/* The people involved. */
const char *
hk_incident_get_people (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), NULL);
  return self->data.people;
}

const char *
hk_incident_get_action_taken (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), NULL);
  return self->data.action_taken;
}

/* May be NULL. */
const char *
hk_incident_get_reported_to (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), NULL);
  return self->data.reported_to;
}

gboolean
hk_incident_is_serious (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), FALSE);
  return self->data.serious;
}

/* The end of the shift it occurred in. */
gint64
hk_incident_get_report_due (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), 0);
  return self->data.report_due;
}

gint64
hk_incident_get_entered_at (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), 0);
  return self->data.entered_at;
}

gint64
hk_incident_get_entered_by (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), 0);
  return self->data.entered_by;
}

const char *
hk_incident_get_entered_by_name (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), NULL);
  return self->data.entered_by_name;
}

/* The duty manager's report; NULL until written. */
const char *
hk_incident_get_report (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), NULL);
  return self->data.report;
}

gint64
hk_incident_get_reported_at (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), 0);
  return self->data.reported_at;
}

gint64
hk_incident_get_reported_by (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), 0);
  return self->data.reported_by;
}

const char *
hk_incident_get_reported_by_name (HkIncident *self)
{
  g_return_val_if_fail (HK_IS_INCIDENT (self), NULL);
  return self->data.reported_by_name;
}
