/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-fuzz-hall.h: the hall the importer fuzz targets import into, built once per process. */

#pragma once

#include "core/hk-context.h"

G_BEGIN_DECLS

/* A one-day demo hall in memory, its clock fixed. */
HkContext  *hk_fuzz_hall_get         (void);
HkOperator *hk_fuzz_hall_get_operator (const char *login);
/* A NUL-terminated copy of the fuzzer's bytes. */
char       *hk_fuzz_dup_text         (const guint8 *data,
                                      size_t        size);

G_END_DECLS
