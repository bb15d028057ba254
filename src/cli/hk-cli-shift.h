/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-shift.h: hallkeeper-cli shift: the duty manager lists, validates and reopens shifts. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_shift (HkCliGlobals  *globals,
                       GStrv          args,
                       GError       **error);

G_END_DECLS
