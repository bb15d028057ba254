/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demo-private.h: the parts of the demonstration hall, built one after the other. */

#pragma once

#include "hk-context.h"

G_BEGIN_DECLS

gboolean hk_demo_populate_cash_desk (HkContext  *context,
                                     guint       n_days,
                                     GError    **error);

gboolean hk_demo_populate_archive   (HkContext  *context,
                                     guint       n_days,
                                     GError    **error);

gboolean hk_demo_populate_complaints (HkContext  *context,
                                      guint       n_days,
                                      GError    **error);

gboolean hk_demo_populate_repairs   (HkContext  *context,
                                     guint       n_days,
                                     GError    **error);

gboolean hk_demo_populate_bank      (HkContext  *context,
                                     guint       n_days,
                                     GError    **error);

gboolean hk_demo_populate_hall      (HkContext  *context,
                                     guint       n_days,
                                     GError    **error);

/* The card and number stock live inside the counter's days: the cash desk's demo calls these. */
gboolean    hk_demo_stock_set_up       (HkContext   *context,
                                        guint        n_days,
                                        GError     **error);
gboolean    hk_demo_stock_begin_day    (HkContext   *context,
                                        guint        d,
                                        gint64       day_start,
                                        GError     **error);
const char *hk_demo_stock_serial       (HkContext   *context,
                                        HkOperator  *clerk,
                                        gint64       fee_item_id);
const char *hk_demo_stock_number       (HkContext   *context,
                                        HkOperator  *clerk,
                                        gint64       fee_item_id);
gboolean    hk_demo_stock_shift_closed (HkContext   *context,
                                        HkOperator  *clerk,
                                        guint        d,
                                        gint64       day_start,
                                        GError     **error);
void        hk_demo_stock_finish       (HkContext   *context);
gboolean    hk_demo_stock_record_imported (HkContext *context,
                                           GError   **error);

G_END_DECLS
