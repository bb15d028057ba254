/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-register-report.h: the complaint register of a period, one row per complaint. */

#pragma once

#include "core/hk-context.h"
#include "hk-report.h"

G_BEGIN_DECLS

HkReport *hk_complaint_register_report_build (HkContext   *context,
                                              const char  *first_day,
                                              const char  *last_day,
                                              GError     **error);

G_END_DECLS
