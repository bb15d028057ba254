/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cheque.h: a cheque (支票) taken on a receipt, from its receipt to cleared or bounced. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HK_CHEQUE_RECEIVED,    /* taken at the counter */
  HK_CHEQUE_ENDORSED,    /* endorsed (背书) by the auditor: to the bank for collection, or on */
  HK_CHEQUE_DEPOSITED,   /* paid in with a bank deposit */
  HK_CHEQUE_CLEARED,     /* the bank credited it */
  HK_CHEQUE_BOUNCED,     /* returned unpaid (退票): to be resolved by its deadline */
  HK_CHEQUE_RESOLVED,    /* a bounced cheque settled (paid otherwise, replaced) */
  HK_CHEQUE_CANCELLED,   /* its receipt was voided: given back to the customer */
} HkChequeState;

#define HK_TYPE_CHEQUE_STATE (hk_cheque_state_get_type ())
GType        hk_cheque_state_get_type  (void) G_GNUC_CONST;
const char  *hk_cheque_state_to_id     (HkChequeState  state);
gboolean     hk_cheque_state_from_id   (const char    *id,
                                        HkChequeState *state);
const char  *hk_cheque_state_get_title (HkChequeState  state);

#define HK_TYPE_CHEQUE (hk_cheque_get_type ())

G_DECLARE_FINAL_TYPE (HkCheque, hk_cheque, HK, CHEQUE, GObject)

gint64         hk_cheque_get_id             (HkCheque *self);
gint64         hk_cheque_get_receipt_id     (HkCheque *self);
const char    *hk_cheque_get_receipt_no     (HkCheque *self);
const char    *hk_cheque_get_cheque_no      (HkCheque *self);
const char    *hk_cheque_get_bank_name      (HkCheque *self);
const char    *hk_cheque_get_payer          (HkCheque *self);
gint64         hk_cheque_get_amount         (HkCheque *self);
gint64         hk_cheque_get_clerk_id       (HkCheque *self);
gint64         hk_cheque_get_received_at    (HkCheque *self);
HkChequeState  hk_cheque_get_state          (HkCheque *self);
gint64         hk_cheque_get_state_at       (HkCheque *self);
gint64         hk_cheque_get_endorsed_at    (HkCheque *self);
gint64         hk_cheque_get_endorsed_by    (HkCheque *self);
const char    *hk_cheque_get_endorsee       (HkCheque *self);
gint64         hk_cheque_get_deposit_id     (HkCheque *self);
gint64         hk_cheque_get_cleared_at     (HkCheque *self);
gint64         hk_cheque_get_bounced_at     (HkCheque *self);
const char    *hk_cheque_get_bounced_day    (HkCheque *self);
const char    *hk_cheque_get_bounce_reason  (HkCheque *self);
const char    *hk_cheque_get_deadline_day   (HkCheque *self);
gint64         hk_cheque_get_resolved_at    (HkCheque *self);
const char    *hk_cheque_get_resolution     (HkCheque *self);
gboolean       hk_cheque_is_overdue         (HkCheque *self);

G_END_DECLS
