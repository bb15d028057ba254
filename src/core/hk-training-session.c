/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-training-session.c: a training session (培训): topic, trainer, date, attendees. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkTrainingSession
{
  GObject parent_instance;
  HkTrainingSessionData data;
};

G_DEFINE_FINAL_TYPE (HkTrainingSession, hk_training_session, G_TYPE_OBJECT)

static void
hk_training_session_finalize (GObject *object)
{
  HkTrainingSession *self = (HkTrainingSession *)object;

  g_clear_pointer (&self->data.day, g_free);
  g_clear_pointer (&self->data.topic, g_free);
  g_clear_pointer (&self->data.trainer, g_free);
  g_clear_pointer (&self->data.attendees, g_strfreev);
  g_clear_pointer (&self->data.entered_by_name, g_free);

  G_OBJECT_CLASS (hk_training_session_parent_class)->finalize (object);
}

static void
hk_training_session_class_init (HkTrainingSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_training_session_finalize;
}

static void
hk_training_session_init (HkTrainingSession *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkTrainingSession *
hk_training_session_new_take (HkTrainingSessionData *data)
{
  HkTrainingSession *self = g_object_new (HK_TYPE_TRAINING_SESSION, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_training_session_get_id (HkTrainingSession *self)
{
  g_return_val_if_fail (HK_IS_TRAINING_SESSION (self), 0);
  return self->data.id;
}

const char *
hk_training_session_get_day (HkTrainingSession *self)
{
  g_return_val_if_fail (HK_IS_TRAINING_SESSION (self), NULL);
  return self->data.day;
}

const char *
hk_training_session_get_topic (HkTrainingSession *self)
{
  g_return_val_if_fail (HK_IS_TRAINING_SESSION (self), NULL);
  return self->data.topic;
}

const char *
hk_training_session_get_trainer (HkTrainingSession *self)
{
  g_return_val_if_fail (HK_IS_TRAINING_SESSION (self), NULL);
  return self->data.trainer;
}

guint
hk_training_session_get_duration_minutes (HkTrainingSession *self)
{
  g_return_val_if_fail (HK_IS_TRAINING_SESSION (self), 0);
  return self->data.duration_minutes;
}

/* Returns: (transfer none): names, sorted */
const char * const *
hk_training_session_get_attendees (HkTrainingSession *self)
{
  g_return_val_if_fail (HK_IS_TRAINING_SESSION (self), NULL);
  return (const char * const *)self->data.attendees;
}

gint64
hk_training_session_get_entered_at (HkTrainingSession *self)
{
  g_return_val_if_fail (HK_IS_TRAINING_SESSION (self), 0);
  return self->data.entered_at;
}

gint64
hk_training_session_get_entered_by (HkTrainingSession *self)
{
  g_return_val_if_fail (HK_IS_TRAINING_SESSION (self), 0);
  return self->data.entered_by;
}

const char *
hk_training_session_get_entered_by_name (HkTrainingSession *self)
{
  g_return_val_if_fail (HK_IS_TRAINING_SESSION (self), NULL);
  return self->data.entered_by_name;
}
