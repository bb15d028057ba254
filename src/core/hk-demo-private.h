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

G_END_DECLS
