/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-safety-check-item.c: one item of the configurable safety checklist. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkSafetyCheckItem
{
  GObject parent_instance;
  HkSafetyCheckItemData data;
};

G_DEFINE_FINAL_TYPE (HkSafetyCheckItem, hk_safety_check_item, G_TYPE_OBJECT)

static void
hk_safety_check_item_finalize (GObject *object)
{
  HkSafetyCheckItem *self = (HkSafetyCheckItem *)object;

  g_clear_pointer (&self->data.code, g_free);
  g_clear_pointer (&self->data.name, g_free);

  G_OBJECT_CLASS (hk_safety_check_item_parent_class)->finalize (object);
}

static void
hk_safety_check_item_class_init (HkSafetyCheckItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_safety_check_item_finalize;
}

static void
hk_safety_check_item_init (HkSafetyCheckItem *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkSafetyCheckItem *
hk_safety_check_item_new_take (HkSafetyCheckItemData *data)
{
  HkSafetyCheckItem *self = g_object_new (HK_TYPE_SAFETY_CHECK_ITEM, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_safety_check_item_get_id (HkSafetyCheckItem *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK_ITEM (self), 0);
  return self->data.id;
}

const char *
hk_safety_check_item_get_code (HkSafetyCheckItem *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK_ITEM (self), NULL);
  return self->data.code;
}

const char *
hk_safety_check_item_get_name (HkSafetyCheckItem *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK_ITEM (self), NULL);
  return self->data.name;
}

guint
hk_safety_check_item_get_position (HkSafetyCheckItem *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK_ITEM (self), 0);
  return self->data.position;
}

gboolean
hk_safety_check_item_is_active (HkSafetyCheckItem *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK_ITEM (self), FALSE);
  return self->data.active;
}
