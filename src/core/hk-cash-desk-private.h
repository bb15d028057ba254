/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cash-desk-private.h: rules shared by the shift, receipt and daily report stores. */

#pragma once

#include "hk-database.h"

G_BEGIN_DECLS

/* The largest amount one receipt, payment or count may have: ¥10,000,000.00. */
#define HK_CASH_DESK_MAX_AMOUNT ((gint64)1000000000)

gboolean hk_cash_desk_require_day_open (HkDatabase  *database,
                                        gint64       clerk_id,
                                        const char  *day,
                                        GError     **error);

G_END_DECLS
