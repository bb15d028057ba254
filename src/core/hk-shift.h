/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-shift.h: one clerk's shift at the counter: float, cash movements, blind count. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HK_SHIFT_OPEN,
  HK_SHIFT_CLOSED,
  HK_SHIFT_VALIDATED,
} HkShiftStatus;

#define HK_TYPE_SHIFT_STATUS (hk_shift_status_get_type ())
GType hk_shift_status_get_type (void) G_GNUC_CONST;

typedef enum
{
  HK_PAYMENT_CASH,
  HK_PAYMENT_CARD,
  HK_PAYMENT_WECHAT,
  HK_PAYMENT_ALIPAY,
  HK_PAYMENT_CHEQUE,
} HkPaymentMethod;

#define HK_N_PAYMENT_METHODS 5
#define HK_TYPE_PAYMENT_METHOD (hk_payment_method_get_type ())
GType        hk_payment_method_get_type   (void) G_GNUC_CONST;
const char  *hk_payment_method_to_id      (HkPaymentMethod  method);
gboolean     hk_payment_method_from_id    (const char      *id,
                                           HkPaymentMethod *method);
const char  *hk_payment_method_get_title  (HkPaymentMethod  method);

/* The notes and coins counted at the close, in fen: 100, 50, 20, 10, 5, 1 yuan; 5, 1 jiao. */
#define HK_N_DENOMINATIONS 8
extern const gint64 hk_denominations[HK_N_DENOMINATIONS];

#define HK_TYPE_SHIFT (hk_shift_get_type ())

G_DECLARE_FINAL_TYPE (HkShift, hk_shift, HK, SHIFT, GObject)

gint64         hk_shift_get_id              (HkShift         *self);
gint64         hk_shift_get_clerk_id        (HkShift         *self);
const char    *hk_shift_get_business_day    (HkShift         *self);
HkShiftStatus  hk_shift_get_status          (HkShift         *self);
gint64         hk_shift_get_opened_at       (HkShift         *self);
gint64         hk_shift_get_opening_float   (HkShift         *self);
gint64         hk_shift_get_closed_at       (HkShift         *self);
gint64         hk_shift_get_counted_cash    (HkShift         *self);
gint64         hk_shift_get_expected_cash   (HkShift         *self);
gint64         hk_shift_get_cash_difference (HkShift         *self);
gint64         hk_shift_get_declared        (HkShift         *self,
                                             HkPaymentMethod  method);
gint64         hk_shift_get_count           (HkShift         *self,
                                             guint            denomination);
gint64         hk_shift_get_validated_by    (HkShift         *self);
gint64         hk_shift_get_validated_at    (HkShift         *self);
guint          hk_shift_get_times_reopened  (HkShift         *self);

G_END_DECLS
