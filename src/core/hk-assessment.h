/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-assessment.h: an assessment result (考核) of one employee. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_ASSESSMENT (hk_assessment_get_type ())

G_DECLARE_FINAL_TYPE (HkAssessment, hk_assessment, HK, ASSESSMENT, GObject)

gint64      hk_assessment_get_id              (HkAssessment *self);
const char *hk_assessment_get_day             (HkAssessment *self);
const char *hk_assessment_get_person          (HkAssessment *self);
const char *hk_assessment_get_subject         (HkAssessment *self);
guint       hk_assessment_get_score           (HkAssessment *self);
gboolean    hk_assessment_is_passed           (HkAssessment *self);
gint64      hk_assessment_get_session_id      (HkAssessment *self);
const char *hk_assessment_get_note            (HkAssessment *self);
gint64      hk_assessment_get_entered_at      (HkAssessment *self);
gint64      hk_assessment_get_entered_by      (HkAssessment *self);
const char *hk_assessment_get_entered_by_name (HkAssessment *self);

G_END_DECLS
