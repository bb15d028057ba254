/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-event.c: one step in a complaint's history: received, assigned, a note, a
 * callback promised or made, resolved, closed, reopened.
 *
 * A value read from complaint_events, which is append-only: a complaint's
 * status, handler and callback state are computed from its events (see
 * hk-complaint.c). @at is when the step was recorded, except for 'received',
 * whose @at is when the complaint was received; a callback's own time is
 * @called_at.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-complaint-private.h"
#include "hk-privacy.h"

G_DEFINE_ENUM_TYPE (HkComplaintEventKind, hk_complaint_event_kind,
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_EVENT_RECEIVED, "received"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_EVENT_ASSIGNED, "assigned"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_EVENT_NOTE, "note"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_EVENT_CALLBACK_PROMISED,
                                         "callback-promised"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_EVENT_CALLED_BACK, "called-back"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_EVENT_RESOLVED, "resolved"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_EVENT_CLOSED, "closed"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_EVENT_REOPENED, "reopened"))

static const struct
{
  const char *id;
  const char *title;
  const char *icon_name;
} kinds[HK_COMPLAINT_N_EVENT_KINDS] = {
  [HK_COMPLAINT_EVENT_RECEIVED] = { "received", NC_("complaint event", "Received"),
                                    "mail-unread-symbolic" },
  [HK_COMPLAINT_EVENT_ASSIGNED] = { "assigned", NC_("complaint event", "Assigned"),
                                    "avatar-default-symbolic" },
  [HK_COMPLAINT_EVENT_NOTE] = { "note", NC_("complaint event", "Note"),
                                "document-edit-symbolic" },
  [HK_COMPLAINT_EVENT_CALLBACK_PROMISED] = { "callback-promised",
                                             NC_("complaint event", "Callback promised"),
                                             "appointment-new-symbolic" },
  [HK_COMPLAINT_EVENT_CALLED_BACK] = { "called-back", NC_("complaint event", "Called back"),
                                       "call-outgoing-symbolic" },
  [HK_COMPLAINT_EVENT_RESOLVED] = { "resolved", NC_("complaint event", "Resolved"),
                                    "emblem-ok-symbolic" },
  [HK_COMPLAINT_EVENT_CLOSED] = { "closed", NC_("complaint event", "Closed"),
                                  "changes-prevent-symbolic" },
  [HK_COMPLAINT_EVENT_REOPENED] = { "reopened", NC_("complaint event", "Reopened"),
                                    "edit-undo-symbolic" },
};

/* The id in the database and on the command line, e.g. "callback-promised". */
const char *
hk_complaint_event_kind_to_id (HkComplaintEventKind kind)
{
  g_return_val_if_fail (kind < HK_COMPLAINT_N_EVENT_KINDS, NULL);

  return kinds[kind].id;
}

gboolean
hk_complaint_event_kind_from_id (const char           *id,
                                 HkComplaintEventKind *kind)
{
  for (guint i = 0; i < HK_COMPLAINT_N_EVENT_KINDS; i++)
    if (g_strcmp0 (kinds[i].id, id) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_complaint_event_kind_get_title (HkComplaintEventKind kind)
{
  g_return_val_if_fail (kind < HK_COMPLAINT_N_EVENT_KINDS, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "complaint event", kinds[kind].title);
}

/* A symbolic icon of the Adwaita theme for a timeline row. */
const char *
hk_complaint_event_kind_get_icon_name (HkComplaintEventKind kind)
{
  g_return_val_if_fail (kind < HK_COMPLAINT_N_EVENT_KINDS, NULL);

  return kinds[kind].icon_name;
}

struct _HkComplaintEvent
{
  GObject              parent_instance;
  HkComplaintEventData data;
};

G_DEFINE_FINAL_TYPE (HkComplaintEvent, hk_complaint_event, G_TYPE_OBJECT)

static void
hk_complaint_event_finalize (GObject *object)
{
  HkComplaintEvent *self = (HkComplaintEvent *)object;

  g_clear_pointer (&self->data.by_name, g_free);
  g_clear_pointer (&self->data.handler_name, g_free);
  g_clear_pointer (&self->data.note, g_free);
  g_clear_pointer (&self->data.callback_number, g_free);

  G_OBJECT_CLASS (hk_complaint_event_parent_class)->finalize (object);
}

static void
hk_complaint_event_class_init (HkComplaintEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_complaint_event_finalize;
}

static void
hk_complaint_event_init (HkComplaintEvent *self)
{
}

/* Takes the strings of @data; only the complaint store calls this. */
HkComplaintEvent *
hk_complaint_event_new_take (HkComplaintEventData *data)
{
  HkComplaintEvent *self = g_object_new (HK_TYPE_COMPLAINT_EVENT, NULL);

  self->data = *data;
  data->by_name = NULL;
  data->handler_name = NULL;
  data->note = NULL;
  data->callback_number = NULL;

  return self;
}

gint64
hk_complaint_event_get_id (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), 0);
  return self->data.id;
}

gint64
hk_complaint_event_get_complaint_id (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), 0);
  return self->data.complaint_id;
}

HkComplaintEventKind
hk_complaint_event_get_kind (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), HK_COMPLAINT_EVENT_NOTE);
  return self->data.kind;
}

/* When it was recorded; for 'received', when the complaint was received. */
gint64
hk_complaint_event_get_at (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), 0);
  return self->data.at;
}

/* Who recorded it (for 'received': who entered the complaint). */
gint64
hk_complaint_event_get_by (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), 0);
  return self->data.by;
}

const char *
hk_complaint_event_get_by_name (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), NULL);
  return self->data.by_name;
}

/* For 'received' and 'assigned': the handler from then on; 0 otherwise. */
gint64
hk_complaint_event_get_handler_id (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), 0);
  return self->data.handler_id;
}

const char *
hk_complaint_event_get_handler_name (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), NULL);
  return self->data.handler_name;
}

/* The note, the resolution, the reason for reopening or the callback's outcome; may be NULL. */
const char *
hk_complaint_event_get_note (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), NULL);
  return self->data.note;
}

const char *
hk_complaint_event_get_callback_number (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), NULL);
  return self->data.callback_number;
}

gint64
hk_complaint_event_get_callback_due (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), 0);
  return self->data.callback_due;
}

gint64
hk_complaint_event_get_called_at (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), 0);
  return self->data.called_at;
}

gboolean
hk_complaint_event_get_reached (HkComplaintEvent *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), FALSE);
  return self->data.reached;
}

static char *
format_moment (gint64     unix_seconds,
               GTimeZone *time_zone)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, time_zone);

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/**
 * hk_complaint_event_describe:
 * @time_zone: the hall's, for the times named in the sentence
 * @mask_phone: whether to show a callback number masked, as in lists
 *
 * Returns: one translated sentence for a timeline or the command line, e.g.
 *   "孙浩 promised a callback to 138****5678 by 2026-10-06 12:00."
 */
char *
hk_complaint_event_describe (HkComplaintEvent *self,
                             GTimeZone        *time_zone,
                             gboolean          mask_phone)
{
  const char *by;
  const char *note;

  g_return_val_if_fail (HK_IS_COMPLAINT_EVENT (self), NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);

  by = self->data.by_name != NULL ? self->data.by_name : "?";
  note = self->data.note != NULL ? self->data.note : "";

  switch (self->data.kind)
    {
    case HK_COMPLAINT_EVENT_RECEIVED:
      /* Translators: "<who entered it> registered the complaint; handler: <name>." */
      return g_strdup_printf (_("%s registered the complaint; handler: %s."), by,
                              self->data.handler_name != NULL ? self->data.handler_name : "?");
    case HK_COMPLAINT_EVENT_ASSIGNED:
      return *note != '\0'
             ? g_strdup_printf (_("%s assigned it to %s: %s"), by,
                                self->data.handler_name != NULL ? self->data.handler_name : "?",
                                note)
             : g_strdup_printf (_("%s assigned it to %s."), by,
                                self->data.handler_name != NULL ? self->data.handler_name : "?");
    case HK_COMPLAINT_EVENT_CALLBACK_PROMISED:
      {
        g_autofree char *due = format_moment (self->data.callback_due, time_zone);
        g_autofree char *number = mask_phone
                                  ? hk_privacy_mask_phone (self->data.callback_number)
                                  : g_strdup (self->data.callback_number);

        return g_strdup_printf (_("%s promised a callback to %s by %s."), by, number, due);
      }
    case HK_COMPLAINT_EVENT_CALLED_BACK:
      {
        g_autofree char *when = format_moment (self->data.called_at, time_zone);

        return self->data.reached
               ? g_strdup_printf (_("%s called the customer back at %s and reached them: %s"),
                                  by, when, note)
               : g_strdup_printf (_("%s called the customer back at %s but did not reach them: "
                                    "%s"), by, when, note);
      }
    case HK_COMPLAINT_EVENT_RESOLVED:
      return g_strdup_printf (_("%s resolved it: %s"), by, note);
    case HK_COMPLAINT_EVENT_CLOSED:
      return *note != '\0' ? g_strdup_printf (_("%s closed it: %s"), by, note)
                           : g_strdup_printf (_("%s closed it."), by);
    case HK_COMPLAINT_EVENT_REOPENED:
      return g_strdup_printf (_("%s reopened it: %s"), by, note);
    case HK_COMPLAINT_EVENT_NOTE:
    default:
      /* Translators: "<who>: <the note>" */
      return g_strdup_printf (_("%s: %s"), by, note);
    }
}
