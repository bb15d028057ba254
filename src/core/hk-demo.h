/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demo.h: builds the demonstration hall. */

#pragma once

#include "hk-context.h"

G_BEGIN_DECLS

#define HK_DEMO_PASSWORD "demo"

/* About three months: the last full month is always there. */
#define HK_DEMO_DEFAULT_DAYS 92

gboolean hk_demo_populate (HkContext  *context,
                           guint       n_days,
                           GError    **error);

G_END_DECLS
