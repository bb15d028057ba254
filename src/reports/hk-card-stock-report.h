/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-card-stock-report.h: the day's count of SIM and value cards, per clerk and for the hall. */

#pragma once

#include "core/hk-context.h"
#include "hk-report.h"

G_BEGIN_DECLS

HkReport *hk_card_stock_report_build (HkContext   *context,
                                      const char  *day,
                                      GError     **error);

G_END_DECLS
