/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-assessment.c: an assessment result (考核) of one employee. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkAssessment
{
  GObject parent_instance;
  HkAssessmentData data;
};

G_DEFINE_FINAL_TYPE (HkAssessment, hk_assessment, G_TYPE_OBJECT)

static void
hk_assessment_finalize (GObject *object)
{
  HkAssessment *self = (HkAssessment *)object;

  g_clear_pointer (&self->data.day, g_free);
  g_clear_pointer (&self->data.person, g_free);
  g_clear_pointer (&self->data.subject, g_free);
  g_clear_pointer (&self->data.note, g_free);
  g_clear_pointer (&self->data.entered_by_name, g_free);

  G_OBJECT_CLASS (hk_assessment_parent_class)->finalize (object);
}

static void
hk_assessment_class_init (HkAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_assessment_finalize;
}

static void
hk_assessment_init (HkAssessment *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkAssessment *
hk_assessment_new_take (HkAssessmentData *data)
{
  HkAssessment *self = g_object_new (HK_TYPE_ASSESSMENT, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_assessment_get_id (HkAssessment *self)
{
  g_return_val_if_fail (HK_IS_ASSESSMENT (self), 0);
  return self->data.id;
}

const char *
hk_assessment_get_day (HkAssessment *self)
{
  g_return_val_if_fail (HK_IS_ASSESSMENT (self), NULL);
  return self->data.day;
}

const char *
hk_assessment_get_person (HkAssessment *self)
{
  g_return_val_if_fail (HK_IS_ASSESSMENT (self), NULL);
  return self->data.person;
}

const char *
hk_assessment_get_subject (HkAssessment *self)
{
  g_return_val_if_fail (HK_IS_ASSESSMENT (self), NULL);
  return self->data.subject;
}

/* 0 to 100. */
guint
hk_assessment_get_score (HkAssessment *self)
{
  g_return_val_if_fail (HK_IS_ASSESSMENT (self), 0);
  return self->data.score;
}

/* The score is at least #HK_ASSESSMENT_PASS_SCORE. */
gboolean
hk_assessment_is_passed (HkAssessment *self)
{
  g_return_val_if_fail (HK_IS_ASSESSMENT (self), FALSE);
  return self->data.passed;
}

/* The training session assessed; 0 if none. */
gint64
hk_assessment_get_session_id (HkAssessment *self)
{
  g_return_val_if_fail (HK_IS_ASSESSMENT (self), 0);
  return self->data.session_id;
}

/* May be NULL. */
const char *
hk_assessment_get_note (HkAssessment *self)
{
  g_return_val_if_fail (HK_IS_ASSESSMENT (self), NULL);
  return self->data.note;
}

gint64
hk_assessment_get_entered_at (HkAssessment *self)
{
  g_return_val_if_fail (HK_IS_ASSESSMENT (self), 0);
  return self->data.entered_at;
}

gint64
hk_assessment_get_entered_by (HkAssessment *self)
{
  g_return_val_if_fail (HK_IS_ASSESSMENT (self), 0);
  return self->data.entered_by;
}

const char *
hk_assessment_get_entered_by_name (HkAssessment *self)
{
  g_return_val_if_fail (HK_IS_ASSESSMENT (self), NULL);
  return self->data.entered_by_name;
}
