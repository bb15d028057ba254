/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-dispatch-report.h: the dispatch list of a batch sent to the city company. */

#pragma once

#include "core/hk-context.h"
#include "hk-report.h"

G_BEGIN_DECLS

HkReport *hk_repair_dispatch_report_build (HkContext  *context,
                                           gint64      batch_id,
                                           GError    **error);

G_END_DECLS
