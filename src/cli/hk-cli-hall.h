/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-hall.h: hallkeeper-cli hall: the duty manager's and the supervisor's hall operations:
 * duty logs, briefings, safety checks, faults, incidents, cleaning, cash escort, training and
 * customer demand. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_hall (HkCliGlobals  *globals,
                      GStrv          args,
                      GError       **error);

G_END_DECLS
