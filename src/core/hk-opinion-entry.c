/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-opinion-entry.c: one entry of the customer opinion book (意见簿) and its processing.
 *
 * What a customer wrote in the hall's opinion book on a day, with a contact if
 * they gave one, as transcribed by the complaint officer or the duty manager,
 * and its processing: the reply, who gave it and when. An entry is due by the
 * end of the day after the one it was written on (due_at, the hall's midnight
 * after that day); one not processed by then is flagged for the duty manager.
 */

#include "config.h"

#include <string.h>

#include "hk-opinion-entry-private.h"

struct _HkOpinionEntry
{
  GObject            parent_instance;
  HkOpinionEntryData data;
};

G_DEFINE_FINAL_TYPE (HkOpinionEntry, hk_opinion_entry, G_TYPE_OBJECT)

static void
hk_opinion_entry_finalize (GObject *object)
{
  HkOpinionEntry *self = (HkOpinionEntry *)object;

  g_clear_pointer (&self->data.day, g_free);
  g_clear_pointer (&self->data.text, g_free);
  g_clear_pointer (&self->data.contact, g_free);
  g_clear_pointer (&self->data.entered_by_name, g_free);
  g_clear_pointer (&self->data.reply, g_free);
  g_clear_pointer (&self->data.replied_by_name, g_free);

  G_OBJECT_CLASS (hk_opinion_entry_parent_class)->finalize (object);
}

static void
hk_opinion_entry_class_init (HkOpinionEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_opinion_entry_finalize;
}

static void
hk_opinion_entry_init (HkOpinionEntry *self)
{
}

/* Takes the strings of @data; only the opinion book store calls this. */
HkOpinionEntry *
hk_opinion_entry_new_take (HkOpinionEntryData *data)
{
  HkOpinionEntry *self = g_object_new (HK_TYPE_OPINION_ENTRY, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_opinion_entry_get_id (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), 0);
  return self->data.id;
}

/* The day the customer wrote it, "YYYY-MM-DD". */
const char *
hk_opinion_entry_get_day (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), NULL);
  return self->data.day;
}

const char *
hk_opinion_entry_get_text (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), NULL);
  return self->data.text;
}

/* How to reach the customer, if they wrote it; may be NULL. */
const char *
hk_opinion_entry_get_contact (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), NULL);
  return self->data.contact;
}

/* The end of the day after the entry's day: processed before this moment is in time. */
gint64
hk_opinion_entry_get_due_at (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), 0);
  return self->data.due_at;
}

gint64
hk_opinion_entry_get_entered_at (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), 0);
  return self->data.entered_at;
}

gint64
hk_opinion_entry_get_entered_by (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), 0);
  return self->data.entered_by;
}

const char *
hk_opinion_entry_get_entered_by_name (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), NULL);
  return self->data.entered_by_name;
}

gboolean
hk_opinion_entry_is_processed (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), FALSE);
  return self->data.processed;
}

/* The reply given; NULL while not processed. */
const char *
hk_opinion_entry_get_reply (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), NULL);
  return self->data.reply;
}

gint64
hk_opinion_entry_get_replied_at (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), 0);
  return self->data.replied_at;
}

gint64
hk_opinion_entry_get_replied_by (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), 0);
  return self->data.replied_by;
}

const char *
hk_opinion_entry_get_replied_by_name (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), NULL);
  return self->data.replied_by_name;
}

/* Not processed, and the day after its day is over at @now: for the duty manager's attention. */
gboolean
hk_opinion_entry_is_flagged (HkOpinionEntry *self,
                             gint64          now)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), FALSE);
  return !self->data.processed && now >= self->data.due_at;
}

/* Processed, but only after the end of the day after its day. */
gboolean
hk_opinion_entry_is_processed_late (HkOpinionEntry *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ENTRY (self), FALSE);
  return self->data.processed && self->data.replied_at >= self->data.due_at;
}
