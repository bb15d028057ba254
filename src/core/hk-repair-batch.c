/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-batch.c: one dispatch batch (送修批次) of devices sent to the city company.
 *
 * A value made by HkRepairStore: the batch number, when and by whom it left, the courier, and
 * how many of its devices are back.
 */

#include "config.h"

#include <string.h>

#include "hk-repair-private.h"

struct _HkRepairBatch
{
  GObject           parent_instance;
  HkRepairBatchData data;
};

G_DEFINE_FINAL_TYPE (HkRepairBatch, hk_repair_batch, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BATCH_NO,
  PROP_DISPATCH_DAY,
  PROP_COURIER,
  PROP_N_ITEMS,
  PROP_N_RETURNED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_repair_batch_finalize (GObject *object)
{
  HkRepairBatchData *data = &HK_REPAIR_BATCH (object)->data;

  g_free (data->batch_no);
  g_free (data->dispatch_day);
  g_free (data->sent_by_name);
  g_free (data->courier);
  g_free (data->waybill);

  G_OBJECT_CLASS (hk_repair_batch_parent_class)->finalize (object);
}

static void
hk_repair_batch_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HkRepairBatch *self = HK_REPAIR_BATCH (object);

  switch (prop_id)
    {
    case PROP_BATCH_NO:
      g_value_set_string (value, self->data.batch_no);
      break;
    case PROP_DISPATCH_DAY:
      g_value_set_string (value, self->data.dispatch_day);
      break;
    case PROP_COURIER:
      g_value_set_string (value, self->data.courier);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->data.n_items);
      break;
    case PROP_N_RETURNED:
      g_value_set_uint (value, self->data.n_returned);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_repair_batch_class_init (HkRepairBatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_repair_batch_finalize;
  object_class->get_property = hk_repair_batch_get_property;

  properties[PROP_BATCH_NO] = g_param_spec_string ("batch-no", NULL, NULL, NULL, flags);
  properties[PROP_DISPATCH_DAY] = g_param_spec_string ("dispatch-day", NULL, NULL, NULL, flags);
  properties[PROP_COURIER] = g_param_spec_string ("courier", NULL, NULL, NULL, flags);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_RETURNED] =
    g_param_spec_uint ("n-returned", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_repair_batch_init (HkRepairBatch *self)
{
}

/* Takes the strings of @data; only the store calls this. */
HkRepairBatch *
hk_repair_batch_new_take (HkRepairBatchData *data)
{
  HkRepairBatch *self = g_object_new (HK_TYPE_REPAIR_BATCH, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

#define GETTER(type, name, field) \
  type \
  hk_repair_batch_get_##name (HkRepairBatch *self) \
  { \
    g_return_val_if_fail (HK_IS_REPAIR_BATCH (self), 0); \
    return self->data.field; \
  }

GETTER (gint64, id, id)
GETTER (const char *, batch_no, batch_no)
GETTER (const char *, dispatch_day, dispatch_day)
GETTER (gint64, sent_at, sent_at)
GETTER (gint64, sent_by, sent_by)
GETTER (const char *, sent_by_name, sent_by_name)
GETTER (const char *, courier, courier)
GETTER (const char *, waybill, waybill)
GETTER (guint, n_items, n_items)
GETTER (guint, n_returned, n_returned)

#undef GETTER

/* Every device of the batch is back from the city company. */
gboolean
hk_repair_batch_is_complete (HkRepairBatch *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_BATCH (self), FALSE);

  return self->data.n_returned == self->data.n_items;
}
