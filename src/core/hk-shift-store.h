/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-shift-store.h: opening, counting and closing the clerks' shifts. */

#pragma once

#include <glib-object.h>

#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"
#include "hk-shift.h"

G_BEGIN_DECLS

#define HK_TYPE_SHIFT_STORE (hk_shift_store_get_type ())

G_DECLARE_FINAL_TYPE (HkShiftStore, hk_shift_store, HK, SHIFT_STORE, GObject)

HkShiftStore *hk_shift_store_new               (HkDatabase     *database,
                                                HkHallStore    *hall);
HkShift      *hk_shift_store_get_open          (HkShiftStore   *self,
                                                gint64          clerk_id,
                                                GError        **error);
HkShift      *hk_shift_store_lookup            (HkShiftStore   *self,
                                                gint64          shift_id,
                                                GError        **error);
GPtrArray    *hk_shift_store_list_day          (HkShiftStore   *self,
                                                gint64          clerk_id,
                                                const char     *day,
                                                GError        **error);
HkShift      *hk_shift_store_open              (HkShiftStore   *self,
                                                HkOperator     *actor,
                                                gint64          opening_float,
                                                GError        **error);
gboolean      hk_shift_store_move_cash         (HkShiftStore   *self,
                                                HkOperator     *actor,
                                                HkShift        *shift,
                                                gint64          amount,
                                                const char     *reason,
                                                GError        **error);
gint64        hk_shift_store_sum_movements     (HkShiftStore   *self,
                                                gint64          shift_id);
HkShift      *hk_shift_store_close             (HkShiftStore   *self,
                                                HkOperator     *actor,
                                                HkShift        *shift,
                                                const gint64    counts[HK_N_DENOMINATIONS],
                                                const gint64    declared[HK_N_PAYMENT_METHODS],
                                                GError        **error);
HkShift      *hk_shift_store_validate          (HkShiftStore   *self,
                                                HkOperator     *actor,
                                                HkShift        *shift,
                                                GError        **error);
HkShift      *hk_shift_store_reopen            (HkShiftStore   *self,
                                                HkOperator     *actor,
                                                HkShift        *shift,
                                                const char     *reason,
                                                GError        **error);

G_END_DECLS
