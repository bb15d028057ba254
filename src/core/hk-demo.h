/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demo.h: builds the demonstration hall. */

#pragma once

#include "hk-context.h"

G_BEGIN_DECLS

#define HK_DEMO_PASSWORD "demo"

gboolean hk_demo_populate (HkContext  *context,
                           GError    **error);

G_END_DECLS
