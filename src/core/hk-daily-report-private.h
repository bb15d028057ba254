/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-daily-report-private.h: the figures HkDailyReportStore computes for a report. */

#pragma once

#include "hk-daily-report.h"

G_BEGIN_DECLS

typedef struct
{
  gint64              clerk_id;
  char               *day;
  HkDailyReportStatus status;
  gboolean            imported;

  guint               n_receipts;
  guint               n_void;
  guint               n_corrections;
  gint64              account_total;
  gint64              account_by_method[HK_N_PAYMENT_METHODS];

  guint               n_shifts;
  guint               n_open_shifts;
  gint64              opening_float;
  gint64              counted_cash;
  gint64              expected_cash;
  gint64              cash_movements;
  gint64              declared[HK_N_PAYMENT_METHODS];

  guint               n_numbers_used;
  guint               n_gaps;
  gint64              stub_total;

  gboolean            has_check;
  gint64              accounting_copy;
  char               *bank_name;
  char               *bank_slip_no;
  char               *bank_slip_date;
  gint64              bank_amount;
  gint64              declared_cash;
  char               *difference_note;
  gint64              signed_by;
  gint64              signed_at;
} HkDailyReportData;

HkDailyReport *hk_daily_report_new_take (HkDailyReportData *data);

G_END_DECLS
