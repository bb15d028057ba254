/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-briefing.c: a pre-shift briefing (班前会) or post-shift review (班后讲评) with its attendance. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkBriefing
{
  GObject parent_instance;
  HkBriefingData data;
};

G_DEFINE_FINAL_TYPE (HkBriefing, hk_briefing, G_TYPE_OBJECT)

static void
hk_briefing_finalize (GObject *object)
{
  HkBriefing *self = (HkBriefing *)object;

  g_clear_pointer (&self->data.day, g_free);
  g_clear_pointer (&self->data.held_by_name, g_free);
  g_clear_pointer (&self->data.content, g_free);
  g_clear_pointer (&self->data.present, g_strfreev);
  g_clear_pointer (&self->data.absent, g_strfreev);

  G_OBJECT_CLASS (hk_briefing_parent_class)->finalize (object);
}

static void
hk_briefing_class_init (HkBriefingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_briefing_finalize;
}

static void
hk_briefing_init (HkBriefing *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkBriefing *
hk_briefing_new_take (HkBriefingData *data)
{
  HkBriefing *self = g_object_new (HK_TYPE_BRIEFING, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_briefing_get_id (HkBriefing *self)
{
  g_return_val_if_fail (HK_IS_BRIEFING (self), 0);
  return self->data.id;
}

const char *
hk_briefing_get_day (HkBriefing *self)
{
  g_return_val_if_fail (HK_IS_BRIEFING (self), NULL);
  return self->data.day;
}

HkDutyShift
hk_briefing_get_shift (HkBriefing *self)
{
  g_return_val_if_fail (HK_IS_BRIEFING (self), 0);
  return self->data.shift;
}

HkBriefingKind
hk_briefing_get_kind (HkBriefing *self)
{
  g_return_val_if_fail (HK_IS_BRIEFING (self), 0);
  return self->data.kind;
}

gint64
hk_briefing_get_held_at (HkBriefing *self)
{
  g_return_val_if_fail (HK_IS_BRIEFING (self), 0);
  return self->data.held_at;
}

gint64
hk_briefing_get_held_by (HkBriefing *self)
{
  g_return_val_if_fail (HK_IS_BRIEFING (self), 0);
  return self->data.held_by;
}

const char *
hk_briefing_get_held_by_name (HkBriefing *self)
{
  g_return_val_if_fail (HK_IS_BRIEFING (self), NULL);
  return self->data.held_by_name;
}

/* Requirements given (pre-shift) or what went well or not (post-shift). */
const char *
hk_briefing_get_content (HkBriefing *self)
{
  g_return_val_if_fail (HK_IS_BRIEFING (self), NULL);
  return self->data.content;
}

/* Returns: (transfer none): the staff ticked present */
const char * const *
hk_briefing_get_present (HkBriefing *self)
{
  g_return_val_if_fail (HK_IS_BRIEFING (self), NULL);
  return (const char * const *)self->data.present;
}

/* Returns: (transfer none): the staff on duty not present */
const char * const *
hk_briefing_get_absent (HkBriefing *self)
{
  g_return_val_if_fail (HK_IS_BRIEFING (self), NULL);
  return (const char * const *)self->data.absent;
}
