/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-consultation.c: one released file, from its release to its return to the archive.
 *
 * A value made by HkAccessRequestStore. A consultation is open from the
 * release until the archivist takes the file back; it is overdue when it is
 * still open at the end of its request's window (the moment it was read).
 */

#include "config.h"

#include <string.h>

#include "hk-archive-private.h"

struct _HkConsultation
{
  GObject             parent_instance;
  HkConsultationData  data;
};

G_DEFINE_FINAL_TYPE (HkConsultation, hk_consultation, G_TYPE_OBJECT)

static void
hk_consultation_finalize (GObject *object)
{
  HkConsultation *self = (HkConsultation *)object;

  g_free (self->data.file_no);
  g_free (self->data.consulted);

  G_OBJECT_CLASS (hk_consultation_parent_class)->finalize (object);
}

static void
hk_consultation_class_init (HkConsultationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_consultation_finalize;
}

static void
hk_consultation_init (HkConsultation *self)
{
}

/* Takes the strings of @data; only the store calls this. */
HkConsultation *
hk_consultation_new_take (HkConsultationData *data)
{
  HkConsultation *self = g_object_new (HK_TYPE_CONSULTATION, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_consultation_get_id (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), 0);
  return self->data.id;
}

gint64
hk_consultation_get_request_id (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), 0);
  return self->data.request_id;
}

gint64
hk_consultation_get_file_id (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), 0);
  return self->data.file_id;
}

const char *
hk_consultation_get_file_no (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), NULL);
  return self->data.file_no;
}

/* Who has the file: the request's designated person. */
gint64
hk_consultation_get_designated_id (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), 0);
  return self->data.designated_id;
}

/* The start of the consultation. */
gint64
hk_consultation_get_released_at (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), 0);
  return self->data.released_at;
}

/* The archivist who released the file. */
gint64
hk_consultation_get_released_by (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), 0);
  return self->data.released_by;
}

/* When the file is due back: the end of the request's window. */
gint64
hk_consultation_get_due_at (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), 0);
  return self->data.due_at;
}

gboolean
hk_consultation_is_open (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), FALSE);
  return self->data.returned_at == 0;
}

gboolean
hk_consultation_is_overdue (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), FALSE);
  return self->data.overdue;
}

/* The end of the consultation, when the physical file came back; 0 while it is out. */
gint64
hk_consultation_get_returned_at (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), 0);
  return self->data.returned_at;
}

gint64
hk_consultation_get_returned_by (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), 0);
  return self->data.returned_by;
}

/* What was consulted, as recorded at the return; NULL while out. */
const char *
hk_consultation_get_consulted (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), NULL);
  return self->data.consulted;
}

/* How many copies were made; 0 for none. */
guint
hk_consultation_get_copies (HkConsultation *self)
{
  g_return_val_if_fail (HK_IS_CONSULTATION (self), 0);
  return self->data.copies;
}
