/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-settlement-item.h: one clerk's day in the Settlement overview, and its three-way status. */

#pragma once

#include <glib-object.h>

#include "core/hk-daily-report.h"

G_BEGIN_DECLS

/* What the auditor sees of a daily report at a glance; in the order that needs them most. */
typedef enum
{
  HK_SETTLEMENT_STATE_MISMATCH,  /* the check is entered and something does not agree */
  HK_SETTLEMENT_STATE_OPEN,      /* not submitted yet, or the check is not entered */
  HK_SETTLEMENT_STATE_AGREES,    /* the check is entered and nothing keeps it from signing */
  HK_SETTLEMENT_STATE_SIGNED,    /* signed: the day is locked */
} HkSettlementState;

#define HK_TYPE_SETTLEMENT_STATE (hk_settlement_state_get_type ())
GType              hk_settlement_state_get_type       (void) G_GNUC_CONST;

HkSettlementState  hk_settlement_state_for_report     (HkDailyReport     *report);
const char        *hk_settlement_state_get_title      (HkSettlementState  state);
const char        *hk_settlement_state_get_icon_name  (HkSettlementState  state);
char              *hk_settlement_describe_report      (HkDailyReport     *report);
char              *hk_settlement_format_day           (const char        *day);
char              *hk_settlement_shift_day            (const char        *day,
                                                       int                n_days);

#define HK_TYPE_SETTLEMENT_ITEM (hk_settlement_item_get_type ())

G_DECLARE_FINAL_TYPE (HkSettlementItem, hk_settlement_item, HK, SETTLEMENT_ITEM, GObject)

HkSettlementItem  *hk_settlement_item_new             (HkDailyReport     *report,
                                                       const char        *clerk_name);
HkDailyReport     *hk_settlement_item_get_report      (HkSettlementItem  *self);
gint64             hk_settlement_item_get_clerk_id    (HkSettlementItem  *self);
const char        *hk_settlement_item_get_day         (HkSettlementItem  *self);
const char        *hk_settlement_item_get_clerk_name  (HkSettlementItem  *self);
HkSettlementState  hk_settlement_item_get_state       (HkSettlementItem  *self);

G_END_DECLS
