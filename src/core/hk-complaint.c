/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint.c: one customer complaint, its events, and its status and deadline state.
 *
 * A value: HkComplaintStore reads the complaint and its events and makes a new
 * one after each change. Nothing of it is stored but what was written when it
 * was registered and its events; the rest is computed here from the events in
 * the order they were recorded:
 *
 * - status: 'received' and 'reopened' open it, 'resolved' resolves it,
 *   'closed' closes it;
 * - handler: named by the last 'received' or 'assigned';
 * - resolved at: the time of the last 'resolved' while it is resolved or closed;
 * - callback: the last 'callback-promised' and whether a 'called-back' followed.
 *
 * The deadline state at a moment @now: a resolved or closed complaint is on
 * time if it was resolved at or before its deadline and resolved late
 * otherwise; an open one is overdue once @now is past the deadline, due soon
 * from two hours before the deadline, and on time before that. A complaint
 * received at 10:00 with a 24-hour deadline and resolved at 10:00 the next day
 * is on time; at 10:00:01 it is late.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-complaint-private.h"
#include "hk-privacy.h"

G_DEFINE_ENUM_TYPE (HkComplaintChannel, hk_complaint_channel,
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_CHANNEL_COUNTER, "counter"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_CHANNEL_PHONE, "phone"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_CHANNEL_LETTER, "letter"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_CHANNEL_OPINION_BOOK, "opinion-book"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_CHANNEL_CITY_COMPANY, "city-company"))

G_DEFINE_ENUM_TYPE (HkComplaintPriority, hk_complaint_priority,
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_PRIORITY_NORMAL, "normal"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_PRIORITY_HIGH, "high"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_PRIORITY_URGENT, "urgent"))

G_DEFINE_ENUM_TYPE (HkComplaintStatus, hk_complaint_status,
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_OPEN, "open"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_RESOLVED, "resolved"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_CLOSED, "closed"))

G_DEFINE_ENUM_TYPE (HkComplaintSla, hk_complaint_sla,
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_SLA_ON_TIME, "on-time"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_SLA_DUE_SOON, "due-soon"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_SLA_OVERDUE, "overdue"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_SLA_RESOLVED_LATE, "resolved-late"))

G_DEFINE_ENUM_TYPE (HkComplaintCallback, hk_complaint_callback,
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_CALLBACK_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_CALLBACK_PENDING, "pending"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_CALLBACK_LATE, "late"),
                    G_DEFINE_ENUM_VALUE (HK_COMPLAINT_CALLBACK_DONE, "done"))

static const struct
{
  const char *id;
  const char *title;
} channels[HK_COMPLAINT_N_CHANNELS] = {
  [HK_COMPLAINT_CHANNEL_COUNTER] = { "counter", N_("At the counter") },
  [HK_COMPLAINT_CHANNEL_PHONE] = { "phone", N_("By phone") },
  [HK_COMPLAINT_CHANNEL_LETTER] = { "letter", N_("By letter") },
  [HK_COMPLAINT_CHANNEL_OPINION_BOOK] = { "opinion-book", N_("Opinion book") },
  [HK_COMPLAINT_CHANNEL_CITY_COMPANY] = { "city-company", N_("From the city company") },
};

static const struct
{
  const char *id;
  const char *title;
} priorities[HK_COMPLAINT_N_PRIORITIES] = {
  [HK_COMPLAINT_PRIORITY_NORMAL] = { "normal", NC_("complaint priority", "Normal") },
  [HK_COMPLAINT_PRIORITY_HIGH] = { "high", NC_("complaint priority", "High") },
  [HK_COMPLAINT_PRIORITY_URGENT] = { "urgent", NC_("complaint priority", "Urgent") },
};

static const struct
{
  const char *id;
  const char *title;
  const char *icon_name;
  const char *style_class;
} slas[HK_COMPLAINT_N_SLAS] = {
  [HK_COMPLAINT_SLA_ON_TIME] = { "on-time", N_("On time"), "emblem-ok-symbolic", "success" },
  [HK_COMPLAINT_SLA_DUE_SOON] = { "due-soon", N_("Due within 2 h"), "alarm-symbolic",
                                  "warning" },
  [HK_COMPLAINT_SLA_OVERDUE] = { "overdue", N_("Overdue"), "dialog-warning-symbolic", "error" },
  [HK_COMPLAINT_SLA_RESOLVED_LATE] = { "resolved-late", N_("Resolved late"),
                                       "appointment-missed-symbolic", "warning" },
};

/* The id in the database and on the command line, e.g. "city-company". */
const char *
hk_complaint_channel_to_id (HkComplaintChannel channel)
{
  g_return_val_if_fail (channel < HK_COMPLAINT_N_CHANNELS, NULL);

  return channels[channel].id;
}

gboolean
hk_complaint_channel_from_id (const char         *id,
                              HkComplaintChannel *channel)
{
  for (guint i = 0; i < HK_COMPLAINT_N_CHANNELS; i++)
    if (g_strcmp0 (channels[i].id, id) == 0)
      {
        *channel = i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_complaint_channel_get_title (HkComplaintChannel channel)
{
  g_return_val_if_fail (channel < HK_COMPLAINT_N_CHANNELS, NULL);

  return _(channels[channel].title);
}

const char *
hk_complaint_priority_to_id (HkComplaintPriority priority)
{
  g_return_val_if_fail (priority < HK_COMPLAINT_N_PRIORITIES, NULL);

  return priorities[priority].id;
}

gboolean
hk_complaint_priority_from_id (const char          *id,
                               HkComplaintPriority *priority)
{
  for (guint i = 0; i < HK_COMPLAINT_N_PRIORITIES; i++)
    if (g_strcmp0 (priorities[i].id, id) == 0)
      {
        *priority = i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_complaint_priority_get_title (HkComplaintPriority priority)
{
  g_return_val_if_fail (priority < HK_COMPLAINT_N_PRIORITIES, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "complaint priority", priorities[priority].title);
}

/* "open", "resolved", "closed". */
const char *
hk_complaint_status_to_id (HkComplaintStatus status)
{
  switch (status)
    {
    case HK_COMPLAINT_RESOLVED:
      return "resolved";
    case HK_COMPLAINT_CLOSED:
      return "closed";
    case HK_COMPLAINT_OPEN:
    default:
      return "open";
    }
}

const char *
hk_complaint_status_get_title (HkComplaintStatus status)
{
  switch (status)
    {
    case HK_COMPLAINT_RESOLVED:
      return C_("complaint status", "Resolved");
    case HK_COMPLAINT_CLOSED:
      return C_("complaint status", "Closed");
    case HK_COMPLAINT_OPEN:
    default:
      return C_("complaint status", "Open");
    }
}

/* "on-time", "due-soon", "overdue", "resolved-late": in signed days and on the command line. */
const char *
hk_complaint_sla_to_id (HkComplaintSla sla)
{
  g_return_val_if_fail (sla < HK_COMPLAINT_N_SLAS, NULL);

  return slas[sla].id;
}

gboolean
hk_complaint_sla_from_id (const char     *id,
                          HkComplaintSla *sla)
{
  for (guint i = 0; i < HK_COMPLAINT_N_SLAS; i++)
    if (g_strcmp0 (slas[i].id, id) == 0)
      {
        *sla = i;
        return TRUE;
      }

  return FALSE;
}

/* The state in words, e.g. "Due within 2 h": always shown, never the colour alone. */
const char *
hk_complaint_sla_get_title (HkComplaintSla sla)
{
  g_return_val_if_fail (sla < HK_COMPLAINT_N_SLAS, NULL);

  return _(slas[sla].title);
}

/* A symbolic icon of the Adwaita theme to show beside the title. */
const char *
hk_complaint_sla_get_icon_name (HkComplaintSla sla)
{
  g_return_val_if_fail (sla < HK_COMPLAINT_N_SLAS, NULL);

  return slas[sla].icon_name;
}

/* A libadwaita style class for the label: "success", "warning" or "error". */
const char *
hk_complaint_sla_get_style_class (HkComplaintSla sla)
{
  g_return_val_if_fail (sla < HK_COMPLAINT_N_SLAS, NULL);

  return slas[sla].style_class;
}

const char *
hk_complaint_callback_get_title (HkComplaintCallback callback)
{
  switch (callback)
    {
    case HK_COMPLAINT_CALLBACK_PENDING:
      return C_("callback", "Promised");
    case HK_COMPLAINT_CALLBACK_LATE:
      return C_("callback", "Promised, late");
    case HK_COMPLAINT_CALLBACK_DONE:
      return C_("callback", "Called back");
    case HK_COMPLAINT_CALLBACK_NONE:
    default:
      return C_("callback", "None");
    }
}

struct _HkComplaint
{
  GObject            parent_instance;
  HkComplaintData    data;
  GListStore        *events;

  /* Computed from the events. */
  HkComplaintStatus  status;
  HkComplaintEvent  *handler_event;   /* the last 'received' or 'assigned' */
  HkComplaintEvent  *promise;         /* the last 'callback-promised' */
  gint64             called_back_at;  /* of the last 'called-back' after the promise */
  gint64             resolved_at;
  gint64             closed_at;
};

G_DEFINE_FINAL_TYPE (HkComplaint, hk_complaint, G_TYPE_OBJECT)

static void
compute_state (HkComplaint *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));

  self->status = HK_COMPLAINT_OPEN;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkComplaintEvent) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);

      switch (hk_complaint_event_get_kind (event))
        {
        case HK_COMPLAINT_EVENT_RECEIVED:
        case HK_COMPLAINT_EVENT_ASSIGNED:
          g_set_object (&self->handler_event, event);
          break;
        case HK_COMPLAINT_EVENT_CALLBACK_PROMISED:
          g_set_object (&self->promise, event);
          self->called_back_at = 0;
          break;
        case HK_COMPLAINT_EVENT_CALLED_BACK:
          if (self->promise != NULL)
            self->called_back_at = hk_complaint_event_get_called_at (event);
          break;
        case HK_COMPLAINT_EVENT_RESOLVED:
          self->status = HK_COMPLAINT_RESOLVED;
          self->resolved_at = hk_complaint_event_get_at (event);
          self->closed_at = 0;
          break;
        case HK_COMPLAINT_EVENT_CLOSED:
          self->status = HK_COMPLAINT_CLOSED;
          self->closed_at = hk_complaint_event_get_at (event);
          break;
        case HK_COMPLAINT_EVENT_REOPENED:
          self->status = HK_COMPLAINT_OPEN;
          self->resolved_at = 0;
          self->closed_at = 0;
          break;
        case HK_COMPLAINT_EVENT_NOTE:
        default:
          break;
        }
    }
}

static void
hk_complaint_finalize (GObject *object)
{
  HkComplaint *self = (HkComplaint *)object;

  g_clear_object (&self->handler_event);
  g_clear_object (&self->promise);
  g_clear_object (&self->events);
  g_clear_pointer (&self->data.received_day, g_free);
  g_clear_pointer (&self->data.entered_day, g_free);
  g_clear_pointer (&self->data.entered_by_name, g_free);
  g_clear_pointer (&self->data.customer_name, g_free);
  g_clear_pointer (&self->data.customer_phone, g_free);
  g_clear_pointer (&self->data.service_number, g_free);
  g_clear_pointer (&self->data.category_title, g_free);
  g_clear_pointer (&self->data.description, g_free);
  g_clear_pointer (&self->data.owner_name, g_free);

  G_OBJECT_CLASS (hk_complaint_parent_class)->finalize (object);
}

static void
hk_complaint_class_init (HkComplaintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_complaint_finalize;
}

static void
hk_complaint_init (HkComplaint *self)
{
  self->events = g_list_store_new (HK_TYPE_COMPLAINT_EVENT);
}

/* Takes the strings of @data and @events; only the complaint store calls this. */
HkComplaint *
hk_complaint_new_take (HkComplaintData *data,
                       GPtrArray       *events)
{
  HkComplaint *self = g_object_new (HK_TYPE_COMPLAINT, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  if (events != NULL)
    {
      g_list_store_splice (self->events, 0, 0, events->pdata, events->len);
      g_ptr_array_unref (events);
    }

  compute_state (self);

  return self;
}

gint64
hk_complaint_get_id (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->data.id;
}

gint64
hk_complaint_get_received_at (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->data.received_at;
}

/* The hall's day it was received on: the day of the first-contact book it belongs to. */
const char *
hk_complaint_get_received_day (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return self->data.received_day;
}

gint64
hk_complaint_get_entered_at (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->data.entered_at;
}

const char *
hk_complaint_get_entered_day (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return self->data.entered_day;
}

gint64
hk_complaint_get_entered_by (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->data.entered_by;
}

const char *
hk_complaint_get_entered_by_name (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return self->data.entered_by_name;
}

HkComplaintChannel
hk_complaint_get_channel (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), HK_COMPLAINT_CHANNEL_COUNTER);
  return self->data.channel;
}

const char *
hk_complaint_get_customer_name (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return self->data.customer_name;
}

/* The whole number, for the callback; lists show hk_complaint_dup_masked_phone (). May be NULL. */
const char *
hk_complaint_get_customer_phone (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return self->data.customer_phone;
}

/* "138****5678", or "" without a phone. */
char *
hk_complaint_dup_masked_phone (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return hk_privacy_mask_phone (self->data.customer_phone);
}

/* The mobile number the complaint is about, when it is not the phone given; may be NULL. */
const char *
hk_complaint_get_service_number (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return self->data.service_number;
}

gint64
hk_complaint_get_category_id (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->data.category_id;
}

/* The category's name, translated for a built-in one. */
const char *
hk_complaint_get_category_title (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return self->data.category_title;
}

const char *
hk_complaint_get_description (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return self->data.description;
}

/* The first-contact owner (首问负责人): who received it. It never changes. */
gint64
hk_complaint_get_owner_id (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->data.owner_id;
}

const char *
hk_complaint_get_owner_name (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return self->data.owner_name;
}

HkComplaintPriority
hk_complaint_get_priority (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), HK_COMPLAINT_PRIORITY_NORMAL);
  return self->data.priority;
}

/* The hours of the hall's setting when it was registered. */
guint
hk_complaint_get_deadline_hours (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->data.deadline_hours;
}

/* Received at + the deadline hours: resolved at or before this moment is on time. */
gint64
hk_complaint_get_deadline (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->data.deadline;
}

/**
 * hk_complaint_get_events:
 *
 * Returns: (transfer none): the #HkComplaintEvent items in the order they were
 *   recorded, the first one 'received': the complaint's timeline
 */
GListModel *
hk_complaint_get_events (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return G_LIST_MODEL (self->events);
}

HkComplaintStatus
hk_complaint_get_status (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), HK_COMPLAINT_OPEN);
  return self->status;
}

/* Who handles it now: named at registration, changed by assigning it. */
gint64
hk_complaint_get_handler_id (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->handler_event != NULL ? hk_complaint_event_get_handler_id (self->handler_event) : 0;
}

const char *
hk_complaint_get_handler_name (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return self->handler_event != NULL ? hk_complaint_event_get_handler_name (self->handler_event)
                                     : NULL;
}

/* When it was resolved, while it is resolved or closed; 0 while open. */
gint64
hk_complaint_get_resolved_at (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->resolved_at;
}

/* When it was closed, while it is; 0 otherwise. */
gint64
hk_complaint_get_closed_at (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->closed_at;
}

gboolean
hk_complaint_has_callback_promise (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), FALSE);
  return self->promise != NULL;
}

/* The number of the latest callback promise, in full; NULL without one. */
const char *
hk_complaint_get_callback_number (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), NULL);
  return self->promise != NULL ? hk_complaint_event_get_callback_number (self->promise) : NULL;
}

/* By when the latest promise says the customer is called back; 0 without one. */
gint64
hk_complaint_get_callback_due (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->promise != NULL ? hk_complaint_event_get_callback_due (self->promise) : 0;
}

/* When the customer was called back after the latest promise; 0 if not yet. */
gint64
hk_complaint_get_called_back_at (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->called_back_at;
}

HkComplaintSla
hk_complaint_get_sla (HkComplaint *self,
                      gint64       now)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), HK_COMPLAINT_SLA_ON_TIME);

  if (self->status != HK_COMPLAINT_OPEN)
    return self->resolved_at <= self->data.deadline ? HK_COMPLAINT_SLA_ON_TIME
                                                    : HK_COMPLAINT_SLA_RESOLVED_LATE;

  if (now > self->data.deadline)
    return HK_COMPLAINT_SLA_OVERDUE;

  if (self->data.deadline - now <= HK_COMPLAINT_DUE_SOON_SECONDS)
    return HK_COMPLAINT_SLA_DUE_SOON;

  return HK_COMPLAINT_SLA_ON_TIME;
}

HkComplaintCallback
hk_complaint_get_callback (HkComplaint *self,
                           gint64       now)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), HK_COMPLAINT_CALLBACK_NONE);

  if (self->promise == NULL)
    return HK_COMPLAINT_CALLBACK_NONE;

  if (self->called_back_at != 0)
    return HK_COMPLAINT_CALLBACK_DONE;

  return now > hk_complaint_event_get_callback_due (self->promise) ? HK_COMPLAINT_CALLBACK_LATE
                                                                   : HK_COMPLAINT_CALLBACK_PENDING;
}

/**
 * hk_complaint_needs_callback:
 *
 * Returns: %TRUE when the complaint is open past its deadline and no callback
 *   has been promised: nothing but a callback promise (and a new handler) may
 *   be recorded on it until one is.
 */
gboolean
hk_complaint_needs_callback (HkComplaint *self,
                             gint64       now)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), FALSE);

  return self->status == HK_COMPLAINT_OPEN && now > self->data.deadline && self->promise == NULL;
}

/* Entered on a later day of the hall than it was received (not the same-day entry the rules
 * ask for): hall days, so 23:50 and 00:10 the next night are different days. */
gboolean
hk_complaint_is_entered_late (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), FALSE);
  return g_strcmp0 (self->data.entered_day, self->data.received_day) > 0;
}

/* Seconds between receiving and entering it. */
gint64
hk_complaint_get_entry_delay (HkComplaint *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT (self), 0);
  return self->data.entered_at - self->data.received_at;
}

/**
 * hk_complaint_format_duration:
 * @seconds: a length of time, e.g. an entry delay or a time to resolve
 *
 * Returns: it in words, to the minute: "2 d 3 h", "5 h 20 min", "45 min"
 */
char *
hk_complaint_format_duration (gint64 seconds)
{
  long long minutes = (long long)(MAX (seconds, 0) / 60);
  long long days = minutes / (24 * 60);
  long long hours = minutes / 60 % 24;

  minutes %= 60;

  if (days > 0)
    /* Translators: a duration in days and hours, e.g. "2 d 3 h" */
    return g_strdup_printf (_("%lld d %lld h"), days, hours);
  if (hours > 0)
    /* Translators: a duration in hours and minutes, e.g. "5 h 20 min" */
    return g_strdup_printf (_("%lld h %lld min"), hours, minutes);

  /* Translators: a duration in minutes, e.g. "45 min" */
  return g_strdup_printf (_("%lld min"), minutes);
}
