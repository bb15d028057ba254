/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-context.h: what a window, a view or a command works with: the database, its stores,
 * and the logged-in operator. */

#pragma once

#include <glib-object.h>

#include "hk-access-request-store.h"
#include "hk-analysis-store.h"
#include "hk-bank-store.h"
#include "hk-card-stock-store.h"
#include "hk-cheque-store.h"
#include "hk-customer-file-store.h"
#include "hk-complaint-store.h"
#include "hk-daily-report-store.h"
#include "hk-duty-store.h"
#include "hk-database.h"
#include "hk-fee-item-store.h"
#include "hk-hall-store.h"
#include "hk-invoice-book-store.h"
#include "hk-number-pool-store.h"
#include "hk-operator-store.h"
#include "hk-opinion-book-store.h"
#include "hk-receipt-store.h"
#include "hk-recheck-store.h"
#include "hk-service-log-store.h"
#include "hk-repair-part-store.h"
#include "hk-repair-store.h"
#include "hk-shift-store.h"

G_BEGIN_DECLS

#define HK_TYPE_CONTEXT (hk_context_get_type ())

G_DECLARE_FINAL_TYPE (HkContext, hk_context, HK, CONTEXT, GObject)

HkContext          *hk_context_new                    (HkDatabase  *database);
HkDatabase         *hk_context_get_database           (HkContext   *self);
HkOperatorStore    *hk_context_get_operator_store     (HkContext   *self);
HkHallStore        *hk_context_get_hall_store         (HkContext   *self);
HkFeeItemStore     *hk_context_get_fee_item_store     (HkContext   *self);
HkInvoiceBookStore *hk_context_get_invoice_book_store (HkContext   *self);
HkShiftStore       *hk_context_get_shift_store        (HkContext   *self);
HkReceiptStore     *hk_context_get_receipt_store      (HkContext   *self);
HkDailyReportStore *hk_context_get_daily_report_store (HkContext   *self);
HkCustomerFileStore  *hk_context_get_customer_file_store  (HkContext *self);
HkAccessRequestStore *hk_context_get_access_request_store (HkContext *self);
HkRecheckStore       *hk_context_get_recheck_store        (HkContext *self);
HkComplaintStore   *hk_context_get_complaint_store    (HkContext   *self);
HkServiceLogStore  *hk_context_get_service_log_store  (HkContext   *self);
HkOpinionBookStore *hk_context_get_opinion_book_store (HkContext   *self);
HkRepairStore      *hk_context_get_repair_store       (HkContext   *self);
HkRepairPartStore  *hk_context_get_repair_part_store  (HkContext   *self);
HkAnalysisStore    *hk_context_get_analysis_store     (HkContext   *self);
HkCardStockStore   *hk_context_get_card_stock_store   (HkContext   *self);
HkNumberPoolStore  *hk_context_get_number_pool_store  (HkContext   *self);
HkChequeStore      *hk_context_get_cheque_store       (HkContext   *self);
HkBankStore        *hk_context_get_bank_store         (HkContext   *self);
HkDutyStore        *hk_context_get_duty_store         (HkContext   *self);
HkOperator         *hk_context_get_operator           (HkContext   *self);
void                hk_context_set_operator           (HkContext   *self,
                                                       HkOperator  *operator);

G_END_DECLS
