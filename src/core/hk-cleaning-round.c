/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cleaning-round.c: one cleaning round ticked with its time and the cleaner's name. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkCleaningRound
{
  GObject parent_instance;
  HkCleaningRoundData data;
};

G_DEFINE_FINAL_TYPE (HkCleaningRound, hk_cleaning_round, G_TYPE_OBJECT)

static void
hk_cleaning_round_finalize (GObject *object)
{
  HkCleaningRound *self = (HkCleaningRound *)object;

  g_clear_pointer (&self->data.task_name, g_free);
  g_clear_pointer (&self->data.day, g_free);
  g_clear_pointer (&self->data.cleaner, g_free);
  g_clear_pointer (&self->data.entered_by_name, g_free);

  G_OBJECT_CLASS (hk_cleaning_round_parent_class)->finalize (object);
}

static void
hk_cleaning_round_class_init (HkCleaningRoundClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_cleaning_round_finalize;
}

static void
hk_cleaning_round_init (HkCleaningRound *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkCleaningRound *
hk_cleaning_round_new_take (HkCleaningRoundData *data)
{
  HkCleaningRound *self = g_object_new (HK_TYPE_CLEANING_ROUND, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_cleaning_round_get_id (HkCleaningRound *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_ROUND (self), 0);
  return self->data.id;
}

gint64
hk_cleaning_round_get_task_id (HkCleaningRound *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_ROUND (self), 0);
  return self->data.task_id;
}

const char *
hk_cleaning_round_get_task_name (HkCleaningRound *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_ROUND (self), NULL);
  return self->data.task_name;
}

gint64
hk_cleaning_round_get_done_at (HkCleaningRound *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_ROUND (self), 0);
  return self->data.done_at;
}

const char *
hk_cleaning_round_get_day (HkCleaningRound *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_ROUND (self), NULL);
  return self->data.day;
}

const char *
hk_cleaning_round_get_cleaner (HkCleaningRound *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_ROUND (self), NULL);
  return self->data.cleaner;
}

gint64
hk_cleaning_round_get_entered_at (HkCleaningRound *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_ROUND (self), 0);
  return self->data.entered_at;
}

gint64
hk_cleaning_round_get_entered_by (HkCleaningRound *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_ROUND (self), 0);
  return self->data.entered_by;
}

const char *
hk_cleaning_round_get_entered_by_name (HkCleaningRound *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_ROUND (self), NULL);
  return self->data.entered_by_name;
}
