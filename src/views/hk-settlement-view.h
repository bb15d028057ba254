/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-settlement-view.h: the Settlement section, for auditors: daily reports and invoice books. */

#pragma once

#include "hk-daily-report-page.h"
#include "hk-invoice-books-page.h"
#include "hk-section.h"

G_BEGIN_DECLS

/* The overview shows this many days, the last one first. */
#define HK_SETTLEMENT_PERIOD_DAYS 14

#define HK_TYPE_SETTLEMENT_VIEW (hk_settlement_view_get_type ())

G_DECLARE_FINAL_TYPE (HkSettlementView, hk_settlement_view, HK, SETTLEMENT_VIEW, HkSection)

GListModel         *hk_settlement_view_get_visible_model (HkSettlementView *self);
gboolean            hk_settlement_view_select            (HkSettlementView *self,
                                                          gint64            clerk_id,
                                                          const char       *day);
const char         *hk_settlement_view_get_visible_page  (HkSettlementView *self);
gboolean            hk_settlement_view_is_loading        (HkSettlementView *self);
const char         *hk_settlement_view_get_last_day      (HkSettlementView *self);
HkDailyReportPage  *hk_settlement_view_get_report_page   (HkSettlementView *self);
HkInvoiceBooksPage *hk_settlement_view_get_books_page    (HkSettlementView *self);

G_END_DECLS
