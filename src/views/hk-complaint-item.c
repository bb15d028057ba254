/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-item.c: one complaint in the register's list and the first-contact book, with
 * every text the columns show.
 *
 * A value made from an HkComplaint at a moment and in the hall's time zone: its deadline state
 * is the one at that moment, so the list makes new items when the clock moves on. Every text
 * is a property, so that the column view binds to it and the tests read the same words. The
 * customer's phone is masked, as in every list.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-complaint-format.h"
#include "hk-complaint-item.h"

struct _HkComplaintItem
{
  GObject         parent_instance;

  HkComplaint    *complaint;
  HkComplaintSla  sla;
  char           *number;
  char           *received_label;
  char           *customer_label;
  char           *deadline_label;
  char           *received_short;
  char           *deadline_short;
  char           *entry_label;
};

G_DEFINE_FINAL_TYPE (HkComplaintItem, hk_complaint_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COMPLAINT,
  PROP_ID,
  PROP_NUMBER,
  PROP_RECEIVED_AT,
  PROP_RECEIVED_LABEL,
  PROP_RECEIVED_SHORT,
  PROP_CUSTOMER_LABEL,
  PROP_CUSTOMER_NAME,
  PROP_CATEGORY_TITLE,
  PROP_CHANNEL_TITLE,
  PROP_OWNER_NAME,
  PROP_HANDLER_NAME,
  PROP_DEADLINE,
  PROP_DEADLINE_LABEL,
  PROP_DEADLINE_SHORT,
  PROP_STATUS,
  PROP_STATUS_TITLE,
  PROP_SLA,
  PROP_SLA_RANK,
  PROP_SLA_TITLE,
  PROP_SLA_ICON_NAME,
  PROP_SLA_CSS_CLASSES,
  PROP_ENTERED_LATE,
  PROP_ENTRY_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The order the deadline column sorts in: what needs the officer first. */
static int
sla_rank (HkComplaintSla sla)
{
  switch (sla)
    {
    case HK_COMPLAINT_SLA_OVERDUE:
      return 0;
    case HK_COMPLAINT_SLA_DUE_SOON:
      return 1;
    case HK_COMPLAINT_SLA_ON_TIME:
      return 2;
    case HK_COMPLAINT_SLA_RESOLVED_LATE:
    default:
      return 3;
    }
}

static void
hk_complaint_item_finalize (GObject *object)
{
  HkComplaintItem *self = (HkComplaintItem *)object;

  g_clear_object (&self->complaint);
  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->received_label, g_free);
  g_clear_pointer (&self->customer_label, g_free);
  g_clear_pointer (&self->deadline_label, g_free);
  g_clear_pointer (&self->received_short, g_free);
  g_clear_pointer (&self->deadline_short, g_free);
  g_clear_pointer (&self->entry_label, g_free);

  G_OBJECT_CLASS (hk_complaint_item_parent_class)->finalize (object);
}

static void
hk_complaint_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HkComplaintItem *self = HK_COMPLAINT_ITEM (object);
  HkComplaint *complaint = self->complaint;

  switch (prop_id)
    {
    case PROP_COMPLAINT:
      g_value_set_object (value, complaint);
      break;
    case PROP_ID:
      g_value_set_int64 (value, hk_complaint_get_id (complaint));
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_RECEIVED_AT:
      g_value_set_int64 (value, hk_complaint_get_received_at (complaint));
      break;
    case PROP_RECEIVED_LABEL:
      g_value_set_string (value, self->received_label);
      break;
    case PROP_RECEIVED_SHORT:
      g_value_set_string (value, self->received_short);
      break;
    case PROP_CUSTOMER_LABEL:
      g_value_set_string (value, self->customer_label);
      break;
    case PROP_CUSTOMER_NAME:
      g_value_set_string (value, hk_complaint_get_customer_name (complaint));
      break;
    case PROP_CATEGORY_TITLE:
      g_value_set_string (value, hk_complaint_get_category_title (complaint));
      break;
    case PROP_CHANNEL_TITLE:
      g_value_set_string (value, hk_complaint_channel_get_title (
                                   hk_complaint_get_channel (complaint)));
      break;
    case PROP_OWNER_NAME:
      g_value_set_string (value, hk_complaint_get_owner_name (complaint));
      break;
    case PROP_HANDLER_NAME:
      g_value_set_string (value, hk_complaint_get_handler_name (complaint));
      break;
    case PROP_DEADLINE:
      g_value_set_int64 (value, hk_complaint_get_deadline (complaint));
      break;
    case PROP_DEADLINE_LABEL:
      g_value_set_string (value, self->deadline_label);
      break;
    case PROP_DEADLINE_SHORT:
      g_value_set_string (value, self->deadline_short);
      break;
    case PROP_STATUS:
      g_value_set_int (value, hk_complaint_get_status (complaint));
      break;
    case PROP_STATUS_TITLE:
      g_value_set_string (value, hk_complaint_status_get_title (
                                   hk_complaint_get_status (complaint)));
      break;
    case PROP_SLA:
      g_value_set_enum (value, self->sla);
      break;
    case PROP_SLA_RANK:
      g_value_set_int (value, sla_rank (self->sla));
      break;
    case PROP_SLA_TITLE:
      g_value_set_string (value, hk_complaint_sla_get_title (self->sla));
      break;
    case PROP_SLA_ICON_NAME:
      g_value_set_string (value, hk_complaint_sla_get_icon_name (self->sla));
      break;
    case PROP_SLA_CSS_CLASSES:
      {
        const char *classes[] = { hk_complaint_sla_get_style_class (self->sla), NULL };

        g_value_set_boxed (value, classes);
      }
      break;
    case PROP_ENTERED_LATE:
      g_value_set_boolean (value, hk_complaint_is_entered_late (complaint));
      break;
    case PROP_ENTRY_LABEL:
      g_value_set_string (value, self->entry_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_complaint_item_class_init (HkComplaintItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_complaint_item_finalize;
  object_class->get_property = hk_complaint_item_get_property;

  properties[PROP_COMPLAINT] =
    g_param_spec_object ("complaint", NULL, NULL, HK_TYPE_COMPLAINT, flags);
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL, flags);
  properties[PROP_RECEIVED_AT] =
    g_param_spec_int64 ("received-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_RECEIVED_LABEL] =
    g_param_spec_string ("received-label", NULL, NULL, NULL, flags);
  properties[PROP_RECEIVED_SHORT] =
    g_param_spec_string ("received-short", NULL, NULL, NULL, flags);
  properties[PROP_CUSTOMER_LABEL] =
    g_param_spec_string ("customer-label", NULL, NULL, NULL, flags);
  properties[PROP_CUSTOMER_NAME] =
    g_param_spec_string ("customer-name", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY_TITLE] =
    g_param_spec_string ("category-title", NULL, NULL, NULL, flags);
  properties[PROP_CHANNEL_TITLE] =
    g_param_spec_string ("channel-title", NULL, NULL, NULL, flags);
  properties[PROP_OWNER_NAME] =
    g_param_spec_string ("owner-name", NULL, NULL, NULL, flags);
  properties[PROP_HANDLER_NAME] =
    g_param_spec_string ("handler-name", NULL, NULL, NULL, flags);
  properties[PROP_DEADLINE] =
    g_param_spec_int64 ("deadline", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_DEADLINE_LABEL] =
    g_param_spec_string ("deadline-label", NULL, NULL, NULL, flags);
  properties[PROP_DEADLINE_SHORT] =
    g_param_spec_string ("deadline-short", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_STATUS_TITLE] =
    g_param_spec_string ("status-title", NULL, NULL, NULL, flags);
  properties[PROP_SLA] =
    g_param_spec_enum ("sla", NULL, NULL, HK_TYPE_COMPLAINT_SLA, HK_COMPLAINT_SLA_ON_TIME, flags);
  properties[PROP_SLA_RANK] =
    g_param_spec_int ("sla-rank", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_SLA_TITLE] =
    g_param_spec_string ("sla-title", NULL, NULL, NULL, flags);
  properties[PROP_SLA_ICON_NAME] =
    g_param_spec_string ("sla-icon-name", NULL, NULL, NULL, flags);
  properties[PROP_SLA_CSS_CLASSES] =
    g_param_spec_boxed ("sla-css-classes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_ENTERED_LATE] =
    g_param_spec_boolean ("entered-late", NULL, NULL, FALSE, flags);
  properties[PROP_ENTRY_LABEL] =
    g_param_spec_string ("entry-label", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_complaint_item_init (HkComplaintItem *self)
{
}

/**
 * hk_complaint_item_new:
 * @now: the moment whose deadline state the item shows
 * @time_zone: the hall's
 */
HkComplaintItem *
hk_complaint_item_new (HkComplaint *complaint,
                       gint64       now,
                       GTimeZone   *time_zone)
{
  HkComplaintItem *self;

  g_return_val_if_fail (HK_IS_COMPLAINT (complaint), NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);

  self = g_object_new (HK_TYPE_COMPLAINT_ITEM, NULL);
  self->complaint = g_object_ref (complaint);
  self->sla = hk_complaint_get_sla (complaint, now);
  self->number = g_strdup_printf ("%lld", (long long)hk_complaint_get_id (complaint));
  self->received_label = hk_complaint_format_moment (hk_complaint_get_received_at (complaint),
                                                     time_zone);
  self->customer_label = hk_complaint_format_customer (complaint);
  self->deadline_label = hk_complaint_format_moment (hk_complaint_get_deadline (complaint),
                                                     time_zone);
  /* The register's columns leave out the year: "10-05 14:30". */
  self->received_short = g_strdup (self->received_label + MIN (strlen (self->received_label), 5));
  self->deadline_short = g_strdup (self->deadline_label + MIN (strlen (self->deadline_label), 5));
  self->entry_label = hk_complaint_format_entry (complaint);

  return self;
}

HkComplaint *
hk_complaint_item_get_complaint (HkComplaintItem *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_ITEM (self), NULL);
  return self->complaint;
}

gint64
hk_complaint_item_get_id (HkComplaintItem *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_ITEM (self), 0);
  return hk_complaint_get_id (self->complaint);
}

HkComplaintSla
hk_complaint_item_get_sla (HkComplaintItem *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_ITEM (self), HK_COMPLAINT_SLA_ON_TIME);
  return self->sla;
}

const char *
hk_complaint_item_get_received_label (HkComplaintItem *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_ITEM (self), NULL);
  return self->received_label;
}

/* The deadline as the register's column shows it, without the year: "10-06 14:30". */
const char *
hk_complaint_item_get_deadline_short (HkComplaintItem *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_ITEM (self), NULL);
  return self->deadline_short;
}

const char *
hk_complaint_item_get_customer_label (HkComplaintItem *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_ITEM (self), NULL);
  return self->customer_label;
}

const char *
hk_complaint_item_get_deadline_label (HkComplaintItem *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_ITEM (self), NULL);
  return self->deadline_label;
}

const char *
hk_complaint_item_get_status_title (HkComplaintItem *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_ITEM (self), NULL);
  return hk_complaint_status_get_title (hk_complaint_get_status (self->complaint));
}

const char *
hk_complaint_item_get_sla_title (HkComplaintItem *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_ITEM (self), NULL);
  return hk_complaint_sla_get_title (self->sla);
}

const char *
hk_complaint_item_get_entry_label (HkComplaintItem *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_ITEM (self), NULL);
  return self->entry_label;
}

/* Says more about its entry than the complaint knows, e.g. that it came after a signature;
 * before the item is shown. */
void
hk_complaint_item_set_entry_label (HkComplaintItem *self,
                                   const char      *label)
{
  g_return_if_fail (HK_IS_COMPLAINT_ITEM (self));

  g_free (self->entry_label);
  self->entry_label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY_LABEL]);
}
