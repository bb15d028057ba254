/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cash-escort.h: one cash escort trip (协助交款) taking the takings to the bank. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HK_TYPE_CASH_ESCORT (hk_cash_escort_get_type ())

G_DECLARE_FINAL_TYPE (HkCashEscort, hk_cash_escort, HK, CASH_ESCORT, GObject)

gint64      hk_cash_escort_get_id              (HkCashEscort *self);
const char *hk_cash_escort_get_day             (HkCashEscort *self);
gint64      hk_cash_escort_get_left_at         (HkCashEscort *self);
gint64      hk_cash_escort_get_returned_at     (HkCashEscort *self);
gint64      hk_cash_escort_get_amount          (HkCashEscort *self);
const char *hk_cash_escort_get_carrier         (HkCashEscort *self);
const char *hk_cash_escort_get_guard           (HkCashEscort *self);
const char *hk_cash_escort_get_note            (HkCashEscort *self);
gint64      hk_cash_escort_get_deposited       (HkCashEscort *self);
guint       hk_cash_escort_get_n_deposits      (HkCashEscort *self);
gint64      hk_cash_escort_get_entered_at      (HkCashEscort *self);
gint64      hk_cash_escort_get_entered_by      (HkCashEscort *self);
const char *hk_cash_escort_get_entered_by_name (HkCashEscort *self);

G_END_DECLS
