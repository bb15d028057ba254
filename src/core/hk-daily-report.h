/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-daily-report.h: one clerk's daily report (日报): the three legs and their signature. */

#pragma once

#include <glib-object.h>

#include "hk-shift.h"

G_BEGIN_DECLS

typedef enum
{
  HK_DAILY_REPORT_OPEN,       /* the day is still running, or the clerk has not submitted */
  HK_DAILY_REPORT_SUBMITTED,  /* the clerk submitted it; the auditor checks it */
  HK_DAILY_REPORT_SIGNED,     /* the auditor signed: the day is locked */
} HkDailyReportStatus;

#define HK_TYPE_DAILY_REPORT_STATUS (hk_daily_report_status_get_type ())
GType hk_daily_report_status_get_type (void) G_GNUC_CONST;

#define HK_TYPE_DAILY_REPORT (hk_daily_report_get_type ())

G_DECLARE_FINAL_TYPE (HkDailyReport, hk_daily_report, HK, DAILY_REPORT, GObject)

gint64              hk_daily_report_get_clerk_id            (HkDailyReport   *self);
const char         *hk_daily_report_get_day                 (HkDailyReport   *self);
HkDailyReportStatus hk_daily_report_get_status              (HkDailyReport   *self);
gboolean            hk_daily_report_is_imported             (HkDailyReport   *self);

/* Account (帐): the valid receipts. */
guint               hk_daily_report_get_n_receipts          (HkDailyReport   *self);
guint               hk_daily_report_get_n_void              (HkDailyReport   *self);
guint               hk_daily_report_get_n_corrections       (HkDailyReport   *self);
gint64              hk_daily_report_get_account_total       (HkDailyReport   *self);
gint64              hk_daily_report_get_account_by_method   (HkDailyReport   *self,
                                                             HkPaymentMethod  method);

/* Cash (款): what the drawers held and the clerk declared. */
guint               hk_daily_report_get_n_shifts            (HkDailyReport   *self);
guint               hk_daily_report_get_n_open_shifts       (HkDailyReport   *self);
gint64              hk_daily_report_get_opening_float       (HkDailyReport   *self);
gint64              hk_daily_report_get_counted_cash        (HkDailyReport   *self);
gint64              hk_daily_report_get_expected_cash       (HkDailyReport   *self);
gint64              hk_daily_report_get_cash_movements      (HkDailyReport   *self);
gint64              hk_daily_report_get_cash_takings        (HkDailyReport   *self);
gint64              hk_daily_report_get_declared            (HkDailyReport   *self,
                                                             HkPaymentMethod  method);
gint64              hk_daily_report_get_cash_leg            (HkDailyReport   *self);
gint64              hk_daily_report_get_cash_difference     (HkDailyReport   *self);

/* Stubs (票据存根): the numbers used. */
guint               hk_daily_report_get_n_numbers_used      (HkDailyReport   *self);
guint               hk_daily_report_get_n_gaps              (HkDailyReport   *self);
gint64              hk_daily_report_get_stub_total          (HkDailyReport   *self);
gboolean            hk_daily_report_get_stubs_agree         (HkDailyReport   *self);

/* What the auditor entered, and the signature. */
gboolean            hk_daily_report_has_check               (HkDailyReport   *self);
gint64              hk_daily_report_get_accounting_copy     (HkDailyReport   *self);
const char         *hk_daily_report_get_bank_name           (HkDailyReport   *self);
const char         *hk_daily_report_get_bank_slip_no        (HkDailyReport   *self);
const char         *hk_daily_report_get_bank_slip_date      (HkDailyReport   *self);
gint64              hk_daily_report_get_bank_amount         (HkDailyReport   *self);
gint64              hk_daily_report_get_declared_cash       (HkDailyReport   *self);
const char         *hk_daily_report_get_difference_note     (HkDailyReport   *self);
gint64              hk_daily_report_get_signed_by           (HkDailyReport   *self);
gint64              hk_daily_report_get_signed_at           (HkDailyReport   *self);

gboolean            hk_daily_report_get_agrees              (HkDailyReport   *self);
char               *hk_daily_report_describe_problems       (HkDailyReport   *self);

G_END_DECLS
