/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-invoice-book.h: hallkeeper-cli invoice-book and gaps: invoice books, missing numbers. */

#pragma once

#include "hk-cli-common.h"

G_BEGIN_DECLS

gboolean hk_cli_invoice_book (HkCliGlobals  *globals,
                              GStrv          args,
                              GError       **error);
gboolean hk_cli_gaps         (HkCliGlobals  *globals,
                              GStrv          args,
                              GError       **error);

G_END_DECLS
