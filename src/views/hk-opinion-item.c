/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-opinion-item.c: one entry of the opinion book in its list, with its processing state.
 *
 * A value made from an HkOpinionEntry at a moment: an entry not processed by the end of the
 * day after its day is flagged for the duty manager, one processed after that is processed
 * late. The state is shown by an icon, words and a colour together. A contact that is a
 * phone number is masked, as in every list.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-privacy.h"
#include "hk-complaint-format.h"
#include "hk-opinion-item.h"

struct _HkOpinionItem
{
  GObject             parent_instance;

  HkOpinionEntry     *entry;
  HkOpinionItemState  state;
  char               *number;
  char               *contact_label;
  char               *state_title;
  char               *state_detail;
  char               *reply_label;
};

G_DEFINE_FINAL_TYPE (HkOpinionItem, hk_opinion_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_DAY,
  PROP_TEXT,
  PROP_CONTACT_LABEL,
  PROP_STATE,
  PROP_STATE_TITLE,
  PROP_STATE_DETAIL,
  PROP_STATE_ICON_NAME,
  PROP_STATE_CSS_CLASSES,
  PROP_REPLY_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
state_icon_name (HkOpinionItemState state)
{
  switch (state)
    {
    case HK_OPINION_ITEM_FLAGGED:
      return "dialog-warning-symbolic";
    case HK_OPINION_ITEM_WAITING:
      return "document-open-recent-symbolic";
    case HK_OPINION_ITEM_PROCESSED_LATE:
      return "appointment-missed-symbolic";
    case HK_OPINION_ITEM_PROCESSED:
    default:
      return "emblem-ok-symbolic";
    }
}

static const char *
state_style_class (HkOpinionItemState state)
{
  switch (state)
    {
    case HK_OPINION_ITEM_FLAGGED:
      return "error";
    case HK_OPINION_ITEM_PROCESSED_LATE:
      return "warning";
    case HK_OPINION_ITEM_PROCESSED:
      return "success";
    case HK_OPINION_ITEM_WAITING:
    default:
      return NULL;
    }
}

static void
hk_opinion_item_finalize (GObject *object)
{
  HkOpinionItem *self = (HkOpinionItem *)object;

  g_clear_object (&self->entry);
  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->contact_label, g_free);
  g_clear_pointer (&self->state_title, g_free);
  g_clear_pointer (&self->state_detail, g_free);
  g_clear_pointer (&self->reply_label, g_free);

  G_OBJECT_CLASS (hk_opinion_item_parent_class)->finalize (object);
}

static void
hk_opinion_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HkOpinionItem *self = HK_OPINION_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, hk_opinion_entry_get_id (self->entry));
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_DAY:
      g_value_set_string (value, hk_opinion_entry_get_day (self->entry));
      break;
    case PROP_TEXT:
      g_value_set_string (value, hk_opinion_entry_get_text (self->entry));
      break;
    case PROP_CONTACT_LABEL:
      g_value_set_string (value, self->contact_label);
      break;
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_STATE_TITLE:
      g_value_set_string (value, self->state_title);
      break;
    case PROP_STATE_DETAIL:
      g_value_set_string (value, self->state_detail);
      break;
    case PROP_STATE_ICON_NAME:
      g_value_set_string (value, state_icon_name (self->state));
      break;
    case PROP_STATE_CSS_CLASSES:
      {
        const char *classes[] = { state_style_class (self->state), NULL };

        g_value_set_boxed (value, classes);
      }
      break;
    case PROP_REPLY_LABEL:
      g_value_set_string (value, self->reply_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_opinion_item_class_init (HkOpinionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_opinion_item_finalize;
  object_class->get_property = hk_opinion_item_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, NULL, flags);
  properties[PROP_DAY] = g_param_spec_string ("day", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_CONTACT_LABEL] = g_param_spec_string ("contact-label", NULL, NULL, NULL, flags);
  properties[PROP_STATE] = g_param_spec_int ("state", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_STATE_TITLE] = g_param_spec_string ("state-title", NULL, NULL, NULL, flags);
  properties[PROP_STATE_DETAIL] = g_param_spec_string ("state-detail", NULL, NULL, NULL, flags);
  properties[PROP_STATE_ICON_NAME] =
    g_param_spec_string ("state-icon-name", NULL, NULL, NULL, flags);
  properties[PROP_STATE_CSS_CLASSES] =
    g_param_spec_boxed ("state-css-classes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_REPLY_LABEL] = g_param_spec_string ("reply-label", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_opinion_item_init (HkOpinionItem *self)
{
}

HkOpinionItem *
hk_opinion_item_new (HkOpinionEntry *entry,
                     gint64          now,
                     GTimeZone      *time_zone)
{
  HkOpinionItem *self;
  const char *contact;
  g_autofree char *due = NULL;

  g_return_val_if_fail (HK_IS_OPINION_ENTRY (entry), NULL);

  self = g_object_new (HK_TYPE_OPINION_ITEM, NULL);
  self->entry = g_object_ref (entry);
  self->number = g_strdup_printf ("%lld", (long long)hk_opinion_entry_get_id (entry));

  contact = hk_opinion_entry_get_contact (entry);
  if (contact == NULL)
    self->contact_label = g_strdup ("");
  else if (hk_privacy_phone_is_valid (contact))
    self->contact_label = hk_privacy_mask_phone (contact);
  else
    self->contact_label = g_strdup (contact);

  if (hk_opinion_entry_is_processed (entry))
    {
      g_autofree char *at = hk_complaint_format_moment (hk_opinion_entry_get_replied_at (entry),
                                                        time_zone);

      self->state = hk_opinion_entry_is_processed_late (entry) ? HK_OPINION_ITEM_PROCESSED_LATE
                                                               : HK_OPINION_ITEM_PROCESSED;
      self->state_title = g_strdup (self->state == HK_OPINION_ITEM_PROCESSED_LATE
                                    ? C_("opinion book", "Processed late")
                                    : C_("opinion book", "Processed"));
      due = hk_complaint_format_moment (hk_opinion_entry_get_due_at (entry), time_zone);
      /* Translators: "Processed by 孙浩 at 2026-10-08 10:00, due 2026-10-07 00:00" */
      self->state_detail = g_strdup_printf (C_("opinion book", "Processed by %s at %s, due %s"),
                                            hk_opinion_entry_get_replied_by_name (entry), at,
                                            due);
      self->reply_label = g_strdup (hk_opinion_entry_get_reply (entry));
    }
  else
    {
      self->state = hk_opinion_entry_is_flagged (entry, now) ? HK_OPINION_ITEM_FLAGGED
                                                             : HK_OPINION_ITEM_WAITING;
      due = hk_complaint_format_moment (hk_opinion_entry_get_due_at (entry), time_zone);
      self->state_title = g_strdup (self->state == HK_OPINION_ITEM_FLAGGED
                                    ? C_("opinion book", "Not processed in time")
                                    : C_("opinion book", "Waiting"));
      /* Translators: when an opinion book entry is to be processed by, "Due 2026-10-07 00:00" */
      self->state_detail = g_strdup_printf (C_("opinion book", "Due %s"), due);
      self->reply_label = g_strdup ("");
    }

  return self;
}

HkOpinionEntry *
hk_opinion_item_get_entry (HkOpinionItem *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ITEM (self), NULL);
  return self->entry;
}

gint64
hk_opinion_item_get_id (HkOpinionItem *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ITEM (self), 0);
  return hk_opinion_entry_get_id (self->entry);
}

HkOpinionItemState
hk_opinion_item_get_state (HkOpinionItem *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ITEM (self), HK_OPINION_ITEM_WAITING);
  return self->state;
}

const char *
hk_opinion_item_get_state_title (HkOpinionItem *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ITEM (self), NULL);
  return self->state_title;
}

/* When it is due, or was processed and when it was due. */
const char *
hk_opinion_item_get_state_detail (HkOpinionItem *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ITEM (self), NULL);
  return self->state_detail;
}

const char *
hk_opinion_item_get_contact_label (HkOpinionItem *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ITEM (self), NULL);
  return self->contact_label;
}

const char *
hk_opinion_item_get_reply_label (HkOpinionItem *self)
{
  g_return_val_if_fail (HK_IS_OPINION_ITEM (self), NULL);
  return self->reply_label;
}
