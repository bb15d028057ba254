/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-shift.c: one clerk's shift at the counter: float, cash movements, blind count.
 *
 * A value: HkShiftStore reads it from the database and makes a new one after
 * each change. Payment methods live here too, since a shift's close declares
 * the total of each.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "hk-shift-private.h"

const gint64 hk_denominations[HK_N_DENOMINATIONS] = { 10000, 5000, 2000, 1000, 500, 100, 50, 10 };

G_DEFINE_ENUM_TYPE (HkShiftStatus, hk_shift_status,
                    G_DEFINE_ENUM_VALUE (HK_SHIFT_OPEN, "open"),
                    G_DEFINE_ENUM_VALUE (HK_SHIFT_CLOSED, "closed"),
                    G_DEFINE_ENUM_VALUE (HK_SHIFT_VALIDATED, "validated"))

G_DEFINE_ENUM_TYPE (HkPaymentMethod, hk_payment_method,
                    G_DEFINE_ENUM_VALUE (HK_PAYMENT_CASH, "cash"),
                    G_DEFINE_ENUM_VALUE (HK_PAYMENT_CARD, "card"),
                    G_DEFINE_ENUM_VALUE (HK_PAYMENT_WECHAT, "wechat"),
                    G_DEFINE_ENUM_VALUE (HK_PAYMENT_ALIPAY, "alipay"),
                    G_DEFINE_ENUM_VALUE (HK_PAYMENT_CHEQUE, "cheque"))

static const struct
{
  const char *id;
  const char *title;
} payment_methods[HK_N_PAYMENT_METHODS] = {
  [HK_PAYMENT_CASH] = { "cash", N_("Cash") },
  [HK_PAYMENT_CARD] = { "card", N_("Bank card") },
  [HK_PAYMENT_WECHAT] = { "wechat", N_("WeChat Pay") },
  [HK_PAYMENT_ALIPAY] = { "alipay", N_("Alipay") },
  [HK_PAYMENT_CHEQUE] = { "cheque", N_("Cheque") },
};

/* The id in the database and in CSV files: cash, card, wechat, alipay, cheque. */
const char *
hk_payment_method_to_id (HkPaymentMethod method)
{
  g_return_val_if_fail (method < HK_N_PAYMENT_METHODS, NULL);

  return payment_methods[method].id;
}

gboolean
hk_payment_method_from_id (const char      *id,
                           HkPaymentMethod *method)
{
  for (guint i = 0; i < HK_N_PAYMENT_METHODS; i++)
    if (g_strcmp0 (payment_methods[i].id, id) == 0)
      {
        *method = i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_payment_method_get_title (HkPaymentMethod method)
{
  g_return_val_if_fail (method < HK_N_PAYMENT_METHODS, NULL);

  return _(payment_methods[method].title);
}

struct _HkShift
{
  GObject     parent_instance;
  HkShiftData data;
};

G_DEFINE_FINAL_TYPE (HkShift, hk_shift, G_TYPE_OBJECT)

static void
hk_shift_finalize (GObject *object)
{
  HkShift *self = (HkShift *)object;

  g_clear_pointer (&self->data.business_day, g_free);

  G_OBJECT_CLASS (hk_shift_parent_class)->finalize (object);
}

static void
hk_shift_class_init (HkShiftClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_shift_finalize;
}

static void
hk_shift_init (HkShift *self)
{
}

/* Takes the strings of @data; only the store calls this. */
HkShift *
hk_shift_new_take (HkShiftData *data)
{
  HkShift *self = g_object_new (HK_TYPE_SHIFT, NULL);

  self->data = *data;
  data->business_day = NULL;

  return self;
}

/* "10000:3,5000:0,…": the count of each denomination, as kept in shifts.count_detail. */
char *
hk_shift_format_counts (const gint64 counts[HK_N_DENOMINATIONS])
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                            i > 0 ? "," : "", hk_denominations[i], counts[i]);

  return g_string_free (text, FALSE);
}

gboolean
hk_shift_parse_counts (const char *text,
                       gint64      counts[HK_N_DENOMINATIONS])
{
  g_auto(GStrv) parts = NULL;

  memset (counts, 0, sizeof (gint64) * HK_N_DENOMINATIONS);

  if (text == NULL)
    return FALSE;

  parts = g_strsplit (text, ",", -1);
  if (g_strv_length (parts) != HK_N_DENOMINATIONS)
    return FALSE;

  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    {
      const char *colon = strchr (parts[i], ':');

      if (colon == NULL || g_ascii_strtoll (parts[i], NULL, 10) != hk_denominations[i])
        return FALSE;
      counts[i] = g_ascii_strtoll (colon + 1, NULL, 10);
    }

  return TRUE;
}

gint64
hk_shift_get_id (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  return self->data.id;
}

gint64
hk_shift_get_clerk_id (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  return self->data.clerk_id;
}

const char *
hk_shift_get_business_day (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), NULL);
  return self->data.business_day;
}

HkShiftStatus
hk_shift_get_status (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), HK_SHIFT_OPEN);
  return self->data.status;
}

gint64
hk_shift_get_opened_at (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  return self->data.opened_at;
}

gint64
hk_shift_get_opening_float (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  return self->data.opening_float;
}

/* 0 while the shift is open. */
gint64
hk_shift_get_closed_at (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  return self->data.closed_at;
}

gint64
hk_shift_get_counted_cash (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  return self->data.counted_cash;
}

/* What the drawer should hold: float + cash taken − cash given back ± movements. Kept at the
 * close, so that it cannot be seen before the blind count. */
gint64
hk_shift_get_expected_cash (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  return self->data.expected_cash;
}

/* Counted minus expected: negative is a shortfall. */
gint64
hk_shift_get_cash_difference (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  return self->data.counted_cash - self->data.expected_cash;
}

/* The total the clerk declared at the close for a non-cash method (slips, app records). */
gint64
hk_shift_get_declared (HkShift         *self,
                       HkPaymentMethod  method)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  g_return_val_if_fail (method < HK_N_PAYMENT_METHODS, 0);
  return self->data.declared[method];
}

gint64
hk_shift_get_count (HkShift *self,
                    guint    denomination)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  g_return_val_if_fail (denomination < HK_N_DENOMINATIONS, 0);
  return self->data.counts[denomination];
}

gint64
hk_shift_get_validated_by (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  return self->data.validated_by;
}

/* When the duty manager validated the close, in Unix seconds; 0 unless validated. */
gint64
hk_shift_get_validated_at (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  return self->data.validated_at;
}

guint
hk_shift_get_times_reopened (HkShift *self)
{
  g_return_val_if_fail (HK_IS_SHIFT (self), 0);
  return self->data.times_reopened;
}
