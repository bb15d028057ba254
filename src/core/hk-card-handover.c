/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-card-handover.c: a clerk's card handover (交接) at the end of a shift, per card type.
 *
 * A value made by HkCardStockStore. Each line is one card type: begin + received − sold −
 * returned = end, computed from the movements since the clerk's previous handover; what the
 * clerk counted; and, where the count differs, the explanation. The next clerk acknowledges.
 */

#include "config.h"

#include <string.h>

#include "hk-card-stock-private.h"

struct _HkCardHandover
{
  GObject            parent_instance;
  HkCardHandoverData data;
};

G_DEFINE_FINAL_TYPE (HkCardHandover, hk_card_handover, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSINESS_DAY,
  PROP_ACKNOWLEDGED,
  PROP_HAS_DIFFERENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
hk_card_handover_line_clear (HkCardHandoverLine *line)
{
  g_clear_pointer (&line->card_type_name, g_free);
  g_clear_pointer (&line->explanation, g_free);
}

static void
hk_card_handover_finalize (GObject *object)
{
  HkCardHandover *self = (HkCardHandover *)object;

  g_free (self->data.business_day);
  g_clear_pointer (&self->data.lines, g_array_unref);

  G_OBJECT_CLASS (hk_card_handover_parent_class)->finalize (object);
}

static void
hk_card_handover_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HkCardHandover *self = HK_CARD_HANDOVER (object);

  switch (prop_id)
    {
    case PROP_BUSINESS_DAY:
      g_value_set_string (value, self->data.business_day);
      break;
    case PROP_ACKNOWLEDGED:
      g_value_set_boolean (value, hk_card_handover_is_acknowledged (self));
      break;
    case PROP_HAS_DIFFERENCE:
      g_value_set_boolean (value, hk_card_handover_has_difference (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_card_handover_class_init (HkCardHandoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_card_handover_finalize;
  object_class->get_property = hk_card_handover_get_property;

  properties[PROP_BUSINESS_DAY] =
    g_param_spec_string ("business-day", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACKNOWLEDGED] =
    g_param_spec_boolean ("acknowledged", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_DIFFERENCE] =
    g_param_spec_boolean ("has-difference", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_card_handover_init (HkCardHandover *self)
{
}

HkCardHandover *
hk_card_handover_new_take (HkCardHandoverData *data)
{
  HkCardHandover *self = g_object_new (HK_TYPE_CARD_HANDOVER, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  if (self->data.lines == NULL)
    {
      self->data.lines = g_array_new (FALSE, TRUE, sizeof (HkCardHandoverLine));
      g_array_set_clear_func (self->data.lines, (GDestroyNotify)hk_card_handover_line_clear);
    }

  return self;
}

#define GETTER(type, name, field, fallback) \
  type \
  hk_card_handover_get_##name (HkCardHandover *self) \
  { \
    g_return_val_if_fail (HK_IS_CARD_HANDOVER (self), fallback); \
    return self->data.field; \
  }

/* 0 for a handover prepared for the form and not yet made. */
GETTER (gint64, id, id, 0)
GETTER (gint64, clerk_id, clerk_id, 0)
GETTER (gint64, shift_id, shift_id, 0)
GETTER (const char *, business_day, business_day, NULL)
GETTER (gint64, handed_at, handed_at, 0)
GETTER (gint64, receiver_id, receiver_id, 0)
GETTER (gint64, acknowledged_at, acknowledged_at, 0)

gboolean
hk_card_handover_is_acknowledged (HkCardHandover *self)
{
  g_return_val_if_fail (HK_IS_CARD_HANDOVER (self), FALSE);
  return self->data.acknowledged_at != 0;
}

guint
hk_card_handover_get_n_lines (HkCardHandover *self)
{
  g_return_val_if_fail (HK_IS_CARD_HANDOVER (self), 0);
  return self->data.lines->len;
}

const HkCardHandoverLine *
hk_card_handover_get_line (HkCardHandover *self,
                           guint           index)
{
  g_return_val_if_fail (HK_IS_CARD_HANDOVER (self), NULL);
  g_return_val_if_fail (index < self->data.lines->len, NULL);

  return &g_array_index (self->data.lines, HkCardHandoverLine, index);
}

const HkCardHandoverLine *
hk_card_handover_find_line (HkCardHandover *self,
                            gint64          card_type_id)
{
  g_return_val_if_fail (HK_IS_CARD_HANDOVER (self), NULL);

  for (guint i = 0; i < self->data.lines->len; i++)
    if (g_array_index (self->data.lines, HkCardHandoverLine, i).card_type_id == card_type_id)
      return &g_array_index (self->data.lines, HkCardHandoverLine, i);

  return NULL;
}

/* Counted minus the records: negative is cards missing. */
gint64
hk_card_handover_line_get_difference (const HkCardHandoverLine *line)
{
  g_return_val_if_fail (line != NULL, 0);
  return line->counted - line->end;
}

gboolean
hk_card_handover_has_difference (HkCardHandover *self)
{
  g_return_val_if_fail (HK_IS_CARD_HANDOVER (self), FALSE);

  for (guint i = 0; i < self->data.lines->len; i++)
    if (hk_card_handover_line_get_difference (hk_card_handover_get_line (self, i)) != 0)
      return TRUE;

  return FALSE;
}

/* A difference nobody has explained yet: the next clerk cannot acknowledge. */
gboolean
hk_card_handover_has_unexplained (HkCardHandover *self)
{
  g_return_val_if_fail (HK_IS_CARD_HANDOVER (self), FALSE);

  for (guint i = 0; i < self->data.lines->len; i++)
    {
      const HkCardHandoverLine *line = hk_card_handover_get_line (self, i);

      if (hk_card_handover_line_get_difference (line) != 0 && line->explanation == NULL)
        return TRUE;
    }

  return FALSE;
}
