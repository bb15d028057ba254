/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-error-register-report.h: the re-check and error register of a period as a report, with
 * its errors by type and month. */

#pragma once

#include "core/hk-context.h"
#include "hk-report.h"

G_BEGIN_DECLS

HkReport *hk_error_register_report_build (HkContext   *context,
                                          HkOperator  *actor,
                                          const char  *first_day,
                                          const char  *last_day,
                                          GError     **error);

G_END_DECLS
