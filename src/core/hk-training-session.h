/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-training-session.h: a training session (培训): topic, trainer, date, attendees. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_TRAINING_SESSION (hk_training_session_get_type ())

G_DECLARE_FINAL_TYPE (HkTrainingSession, hk_training_session, HK, TRAINING_SESSION, GObject)

gint64              hk_training_session_get_id               (HkTrainingSession *self);
const char         *hk_training_session_get_day              (HkTrainingSession *self);
const char         *hk_training_session_get_topic            (HkTrainingSession *self);
const char         *hk_training_session_get_trainer          (HkTrainingSession *self);
guint               hk_training_session_get_duration_minutes (HkTrainingSession *self);
const char * const *hk_training_session_get_attendees        (HkTrainingSession *self);
gint64              hk_training_session_get_entered_at       (HkTrainingSession *self);
gint64              hk_training_session_get_entered_by       (HkTrainingSession *self);
const char         *hk_training_session_get_entered_by_name  (HkTrainingSession *self);

G_END_DECLS
