/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cash-escort.c: one cash escort trip (协助交款) taking the takings to the bank. */

#include "config.h"

#include <string.h>

#include "hk-duty-private.h"

struct _HkCashEscort
{
  GObject parent_instance;
  HkCashEscortData data;
};

G_DEFINE_FINAL_TYPE (HkCashEscort, hk_cash_escort, G_TYPE_OBJECT)

static void
hk_cash_escort_finalize (GObject *object)
{
  HkCashEscort *self = (HkCashEscort *)object;

  g_clear_pointer (&self->data.day, g_free);
  g_clear_pointer (&self->data.carrier, g_free);
  g_clear_pointer (&self->data.guard, g_free);
  g_clear_pointer (&self->data.note, g_free);
  g_clear_pointer (&self->data.entered_by_name, g_free);

  G_OBJECT_CLASS (hk_cash_escort_parent_class)->finalize (object);
}

static void
hk_cash_escort_class_init (HkCashEscortClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hk_cash_escort_finalize;
}

static void
hk_cash_escort_init (HkCashEscort *self)
{
}

/* Takes what @data points to and zeroes it; only HkDutyStore calls this. */
HkCashEscort *
hk_cash_escort_new_take (HkCashEscortData *data)
{
  HkCashEscort *self = g_object_new (HK_TYPE_CASH_ESCORT, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

gint64
hk_cash_escort_get_id (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), 0);
  return self->data.id;
}

const char *
hk_cash_escort_get_day (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), NULL);
  return self->data.day;
}

gint64
hk_cash_escort_get_left_at (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), 0);
  return self->data.left_at;
}

gint64
hk_cash_escort_get_returned_at (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), 0);
  return self->data.returned_at;
}

/* Fen handed over at the bank. */
gint64
hk_cash_escort_get_amount (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), 0);
  return self->data.amount;
}

/* Who carried the takings. */
const char *
hk_cash_escort_get_carrier (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), NULL);
  return self->data.carrier;
}

const char *
hk_cash_escort_get_guard (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), NULL);
  return self->data.guard;
}

/* May be NULL. */
const char *
hk_cash_escort_get_note (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), NULL);
  return self->data.note;
}

/* The sum of the linked bank deposits, fen. */
gint64
hk_cash_escort_get_deposited (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), 0);
  return self->data.deposited;
}

/* How many bank deposits are linked. */
guint
hk_cash_escort_get_n_deposits (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), 0);
  return self->data.n_deposits;
}

gint64
hk_cash_escort_get_entered_at (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), 0);
  return self->data.entered_at;
}

gint64
hk_cash_escort_get_entered_by (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), 0);
  return self->data.entered_by;
}

const char *
hk_cash_escort_get_entered_by_name (HkCashEscort *self)
{
  g_return_val_if_fail (HK_IS_CASH_ESCORT (self), NULL);
  return self->data.entered_by_name;
}
