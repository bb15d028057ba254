/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-safety-check.c: one safety check (安全检查) of a shift: each checklist item passed or failed. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkSafetyCheck
{
  GObject parent_instance;
  HkSafetyCheckData data;
};

G_DEFINE_FINAL_TYPE (HkSafetyCheck, hk_safety_check, G_TYPE_OBJECT)

static void
hk_safety_check_finalize (GObject *object)
{
  HkSafetyCheck *self = (HkSafetyCheck *)object;

  g_clear_pointer (&self->data.day, g_free);
  g_clear_pointer (&self->data.checked_by_name, g_free);
  g_clear_pointer (&self->data.results, g_ptr_array_unref);

  G_OBJECT_CLASS (hk_safety_check_parent_class)->finalize (object);
}

static void
hk_safety_check_class_init (HkSafetyCheckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_safety_check_finalize;
}

static void
hk_safety_check_init (HkSafetyCheck *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkSafetyCheck *
hk_safety_check_new_take (HkSafetyCheckData *data)
{
  HkSafetyCheck *self = g_object_new (HK_TYPE_SAFETY_CHECK, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_safety_check_get_id (HkSafetyCheck *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK (self), 0);
  return self->data.id;
}

const char *
hk_safety_check_get_day (HkSafetyCheck *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK (self), NULL);
  return self->data.day;
}

HkDutyShift
hk_safety_check_get_shift (HkSafetyCheck *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK (self), 0);
  return self->data.shift;
}

gint64
hk_safety_check_get_checked_at (HkSafetyCheck *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK (self), 0);
  return self->data.checked_at;
}

gint64
hk_safety_check_get_checked_by (HkSafetyCheck *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK (self), 0);
  return self->data.checked_by;
}

const char *
hk_safety_check_get_checked_by_name (HkSafetyCheck *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK (self), NULL);
  return self->data.checked_by_name;
}

/**
 * hk_safety_check_get_results:
 *
 * Returns: (transfer none) (element-type HkSafetyCheckResult): one per item, in checklist order
 */
GPtrArray *
hk_safety_check_get_results (HkSafetyCheck *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK (self), NULL);
  return self->data.results;
}

guint
hk_safety_check_get_n_failed (HkSafetyCheck *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_CHECK (self), 0);
  return self->data.n_failed;
}
