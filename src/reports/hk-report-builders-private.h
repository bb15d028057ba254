/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-report-builders-private.h: what the report builders share: the report's header, the
 * unsigned days, names, changes and the tables every period report has. */

#pragma once

#include "hk-report-builders.h"
#include "hk-revenue-query.h"

G_BEGIN_DECLS

gboolean    hk_report_builder_check_kind      (const HkPeriod   *period,
                                               HkPeriodKind      kind,
                                               GError          **error);
HkReport   *hk_report_builder_begin           (HkContext        *context,
                                               const char       *id,
                                               const HkPeriod   *period,
                                               const char       *generated_by);
gboolean    hk_report_builder_add_unsigned    (HkReport         *report,
                                               HkDatabase       *database,
                                               const HkPeriod   *period,
                                               GHashTable       *operators,
                                               GError          **error);
const char *hk_report_builder_operator_name   (GHashTable       *operators,
                                               gint64            id);
char       *hk_report_builder_format_moment   (HkContext        *context,
                                               gint64            unix_seconds,
                                               const char       *format);

/* (now − before) / before; not finite (an empty cell) when there is nothing before. */
double      hk_report_builder_change          (gint64            now,
                                               gint64            before);
char       *hk_report_builder_format_change   (gint64            now,
                                               gint64            before);
double      hk_report_builder_share           (gint64            part,
                                               gint64            whole);

G_END_DECLS
