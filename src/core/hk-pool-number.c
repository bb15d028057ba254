/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-pool-number.c: one number of the hall's number stock (号源): its class, price and state.
 *
 * A value made by HkNumberPoolStore, read at one moment: a reservation whose day has passed
 * reads as available (hk_pool_number_get_reservation_expired() says so) even though nothing
 * was written when it ran out.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-number-pool-private.h"
#include "hk-privacy.h"

G_DEFINE_ENUM_TYPE (HkNumberClass, hk_number_class,
                    G_DEFINE_ENUM_VALUE (HK_NUMBER_ORDINARY, "ordinary"),
                    G_DEFINE_ENUM_VALUE (HK_NUMBER_PREMIUM, "premium"))

G_DEFINE_ENUM_TYPE (HkNumberState, hk_number_state,
                    G_DEFINE_ENUM_VALUE (HK_NUMBER_AVAILABLE, "available"),
                    G_DEFINE_ENUM_VALUE (HK_NUMBER_RESERVED, "reserved"),
                    G_DEFINE_ENUM_VALUE (HK_NUMBER_SOLD, "sold"),
                    G_DEFINE_ENUM_VALUE (HK_NUMBER_RETURNED, "returned"))

G_DEFINE_BOXED_TYPE (HkNumberEvent, hk_number_event, hk_number_event_copy, hk_number_event_free)

static const char *class_ids[] = { "ordinary", "premium" };
static const char *state_ids[] = { "available", "reserved", "sold", "returned" };

struct _HkPoolNumber
{
  GObject          parent_instance;
  HkPoolNumberData data;
};

G_DEFINE_FINAL_TYPE (HkPoolNumber, hk_pool_number, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_PRICE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
hk_number_class_to_id (HkNumberClass number_class)
{
  g_return_val_if_fail (number_class <= HK_NUMBER_PREMIUM, NULL);
  return class_ids[number_class];
}

gboolean
hk_number_class_from_id (const char    *id,
                         HkNumberClass *number_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (class_ids); i++)
    if (g_strcmp0 (id, class_ids[i]) == 0)
      {
        *number_class = (HkNumberClass)i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_number_class_get_title (HkNumberClass number_class)
{
  return number_class == HK_NUMBER_PREMIUM ? _("Premium") : _("Ordinary");
}

const char *
hk_number_state_to_id (HkNumberState state)
{
  g_return_val_if_fail (state <= HK_NUMBER_RETURNED, NULL);
  return state_ids[state];
}

gboolean
hk_number_state_from_id (const char    *id,
                         HkNumberState *state)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_ids); i++)
    if (g_strcmp0 (id, state_ids[i]) == 0)
      {
        *state = (HkNumberState)i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_number_state_get_title (HkNumberState state)
{
  switch (state)
    {
    case HK_NUMBER_AVAILABLE:
      return C_("number", "Available");
    case HK_NUMBER_RESERVED:
      return C_("number", "Reserved");
    case HK_NUMBER_SOLD:
      return C_("number", "Sold");
    case HK_NUMBER_RETURNED:
      return C_("number", "Returned");
    default:
      return "";
    }
}

HkNumberEvent *
hk_number_event_copy (const HkNumberEvent *self)
{
  HkNumberEvent *copy = g_memdup2 (self, sizeof *self);

  copy->kind = g_strdup (self->kind);
  copy->detail = g_strdup (self->detail);
  return copy;
}

void
hk_number_event_free (HkNumberEvent *self)
{
  if (self == NULL)
    return;

  g_free (self->kind);
  g_free (self->detail);
  g_free (self);
}

static void
hk_pool_number_finalize (GObject *object)
{
  HkPoolNumber *self = (HkPoolNumber *)object;

  g_free (self->data.number);
  g_free (self->data.reserved_for);
  g_free (self->data.reserved_phone);

  G_OBJECT_CLASS (hk_pool_number_parent_class)->finalize (object);
}

static void
hk_pool_number_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HkPoolNumber *self = HK_POOL_NUMBER (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->data.number);
      break;
    case PROP_PRICE:
      g_value_set_int64 (value, self->data.price);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->data.state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_pool_number_class_init (HkPoolNumberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_pool_number_finalize;
  object_class->get_property = hk_pool_number_get_property;

  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRICE] =
    g_param_spec_int64 ("price", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, HK_TYPE_NUMBER_STATE, HK_NUMBER_AVAILABLE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_pool_number_init (HkPoolNumber *self)
{
}

HkPoolNumber *
hk_pool_number_new_take (HkPoolNumberData *data)
{
  HkPoolNumber *self = g_object_new (HK_TYPE_POOL_NUMBER, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

#define GETTER(type, name, field, fallback) \
  type \
  hk_pool_number_get_##name (HkPoolNumber *self) \
  { \
    g_return_val_if_fail (HK_IS_POOL_NUMBER (self), fallback); \
    return self->data.field; \
  }

GETTER (gint64, id, id, 0)
GETTER (const char *, number, number, NULL)
GETTER (HkNumberClass, number_class, number_class, HK_NUMBER_ORDINARY)
/* A premium number's price in fen; 0 for an ordinary one. */
GETTER (gint64, price, price, 0)
/* The state as of when the number was read: an expired reservation is available. */
GETTER (HkNumberState, state, state, HK_NUMBER_AVAILABLE)
/* TRUE when the number reads as available because its reservation ran out. */
GETTER (gboolean, reservation_expired, reservation_expired, FALSE)
GETTER (const char *, reserved_for, reserved_for, NULL)
/* Whole: show hk_pool_number_dup_masked_phone() in lists. */
GETTER (const char *, reserved_phone, reserved_phone, NULL)
/* The moment the reservation ends: the start of the day after its last day. */
GETTER (gint64, reserved_until, reserved_until, 0)
GETTER (gint64, reserved_by, reserved_by, 0)
GETTER (gint64, receipt_id, receipt_id, 0)
GETTER (gint64, state_at, state_at, 0)

char *
hk_pool_number_dup_masked_phone (HkPoolNumber *self)
{
  g_return_val_if_fail (HK_IS_POOL_NUMBER (self), NULL);

  if (self->data.reserved_phone == NULL)
    return NULL;

  return hk_privacy_mask_phone (self->data.reserved_phone);
}
