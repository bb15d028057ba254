/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-deposit.c: a bank deposit: the bank receipt (银行回单) of takings and cheques paid in.
 *
 * A value made by HkBankStore: the slip, what it carries (the daily reports' cash takings and
 * the cheques, @covered) and the statement line it is matched to, if any.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-bank-private.h"

struct _HkBankDeposit
{
  GObject parent_instance;
  HkBankDepositData data;
};

G_DEFINE_FINAL_TYPE (HkBankDeposit, hk_bank_deposit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SLIP_NO,
  PROP_AMOUNT,
  PROP_MATCHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_bank_deposit_finalize (GObject *object)
{
  HkBankDeposit *self = (HkBankDeposit *)object;

  g_free (self->data.bank_name);
  g_free (self->data.slip_no);
  g_free (self->data.slip_date);
  g_free (self->data.note);
  g_free (self->data.cancel_reason);

  G_OBJECT_CLASS (hk_bank_deposit_parent_class)->finalize (object);
}

static void
hk_bank_deposit_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HkBankDeposit *self = HK_BANK_DEPOSIT (object);

  switch (prop_id)
    {
    case PROP_SLIP_NO:
      g_value_set_string (value, self->data.slip_no);
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->data.amount);
      break;
    case PROP_MATCHED:
      g_value_set_boolean (value, self->data.line_id != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_bank_deposit_class_init (HkBankDepositClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_bank_deposit_finalize;
  object_class->get_property = hk_bank_deposit_get_property;

  properties[PROP_SLIP_NO] =
    g_param_spec_string ("slip-no", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MATCHED] =
    g_param_spec_boolean ("matched", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_bank_deposit_init (HkBankDeposit *self)
{
}

HkBankDeposit *
hk_bank_deposit_new_take (HkBankDepositData *data)
{
  HkBankDeposit *self = g_object_new (HK_TYPE_BANK_DEPOSIT, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

#define GETTER(type, name, field, fallback) \
  type \
  hk_bank_deposit_get_##name (HkBankDeposit *self) \
  { \
    g_return_val_if_fail (HK_IS_BANK_DEPOSIT (self), fallback); \
    return self->data.field; \
  }

GETTER (gint64, id, id, 0)
GETTER (const char *, bank_name, bank_name, NULL)
GETTER (const char *, slip_no, slip_no, NULL)
GETTER (const char *, slip_date, slip_date, NULL)
/* What the bank received, in fen. */
GETTER (gint64, amount, amount, 0)
/* The takings and cheques it carries, as computed when it was recorded. */
GETTER (gint64, covered, covered, 0)
GETTER (const char *, note, note, NULL)
GETTER (gint64, recorded_at, recorded_at, 0)
GETTER (gint64, recorded_by, recorded_by, 0)
GETTER (const char *, cancel_reason, cancel_reason, NULL)
GETTER (guint, n_reports, n_reports, 0)
GETTER (guint, n_cheques, n_cheques, 0)
/* The statement line it is matched to, or 0. */
GETTER (gint64, line_id, line_id, 0)

gboolean
hk_bank_deposit_is_cancelled (HkBankDeposit *self)
{
  g_return_val_if_fail (HK_IS_BANK_DEPOSIT (self), FALSE);
  return self->data.cancelled_at != 0;
}
