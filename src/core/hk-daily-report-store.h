/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-daily-report-store.h: computing, submitting, checking and signing daily reports. */

#pragma once

#include <glib-object.h>

#include "hk-daily-report.h"
#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-invoice-book-store.h"
#include "hk-operator.h"

G_BEGIN_DECLS

/* What the auditor enters from the paper: the accounting copy and the bank deposit receipt. */
typedef struct
{
  gint64      accounting_copy;
  const char *bank_name;
  const char *bank_slip_no;
  const char *bank_slip_date;
  gint64      bank_amount;
  gboolean    has_declared_cash;   /* only for imported days, which have no shift */
  gint64      declared_cash;
} HkDailyReportCheck;

#define HK_TYPE_DAILY_REPORT_STORE (hk_daily_report_store_get_type ())

G_DECLARE_FINAL_TYPE (HkDailyReportStore, hk_daily_report_store, HK, DAILY_REPORT_STORE,
                      GObject)

HkDailyReportStore *hk_daily_report_store_new          (HkDatabase               *database,
                                                        HkHallStore              *hall,
                                                        HkInvoiceBookStore       *books);
HkDailyReport      *hk_daily_report_store_compute      (HkDailyReportStore       *self,
                                                        gint64                    clerk_id,
                                                        const char               *day,
                                                        GError                  **error);
GPtrArray          *hk_daily_report_store_list_range   (HkDailyReportStore       *self,
                                                        const char               *first_day,
                                                        const char               *last_day,
                                                        GError                  **error);
HkDailyReport      *hk_daily_report_store_submit       (HkDailyReportStore       *self,
                                                        HkOperator               *actor,
                                                        const char               *day,
                                                        GError                  **error);
HkDailyReport      *hk_daily_report_store_record_check (HkDailyReportStore       *self,
                                                        HkOperator               *actor,
                                                        gint64                    clerk_id,
                                                        const char               *day,
                                                        const HkDailyReportCheck *check,
                                                        GError                  **error);
HkDailyReport      *hk_daily_report_store_sign         (HkDailyReportStore       *self,
                                                        HkOperator               *actor,
                                                        gint64                    clerk_id,
                                                        const char               *day,
                                                        const char               *difference_note,
                                                        GError                  **error);

G_END_DECLS
