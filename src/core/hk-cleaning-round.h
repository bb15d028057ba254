/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cleaning-round.h: one cleaning round ticked with its time and the cleaner's name. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_CLEANING_ROUND (hk_cleaning_round_get_type ())

G_DECLARE_FINAL_TYPE (HkCleaningRound, hk_cleaning_round, HK, CLEANING_ROUND, GObject)

gint64      hk_cleaning_round_get_id              (HkCleaningRound *self);
gint64      hk_cleaning_round_get_task_id         (HkCleaningRound *self);
const char *hk_cleaning_round_get_task_name       (HkCleaningRound *self);
gint64      hk_cleaning_round_get_done_at         (HkCleaningRound *self);
const char *hk_cleaning_round_get_day             (HkCleaningRound *self);
const char *hk_cleaning_round_get_cleaner         (HkCleaningRound *self);
gint64      hk_cleaning_round_get_entered_at      (HkCleaningRound *self);
gint64      hk_cleaning_round_get_entered_by      (HkCleaningRound *self);
const char *hk_cleaning_round_get_entered_by_name (HkCleaningRound *self);

G_END_DECLS
