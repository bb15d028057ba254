/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-reconciliation-report.h: the bank reconciliation (对帐) at the end of a day. */

#pragma once

#include "core/hk-context.h"
#include "hk-report.h"

G_BEGIN_DECLS

HkReport *hk_bank_reconciliation_report_build (HkContext   *context,
                                               const char  *day,
                                               GError     **error);

G_END_DECLS
