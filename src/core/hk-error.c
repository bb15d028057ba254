/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-error.c: the error domain of Hallkeeper's core. */

#include "config.h"

#include "hk-error.h"

G_DEFINE_QUARK (hk-error-quark, hk_error)
