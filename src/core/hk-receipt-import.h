/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-import.h: importing counter receipts exported from the business platform (CSV). */

#pragma once

#include <glib.h>

#include "hk-context.h"
#include "hk-operator.h"

G_BEGIN_DECLS

/* What an import wrote: the receipts of the business days @first_day to @last_day. */
typedef struct
{
  guint n_receipts;
  guint n_lines;
  guint n_void;
  char  first_day[11];   /* "YYYY-MM-DD", or "" when nothing was imported */
  char  last_day[11];
} HkReceiptImportResult;

gboolean hk_receipt_import_csv (HkContext              *context,
                                HkOperator             *actor,
                                const char             *contents,
                                gsize                   length,
                                HkReceiptImportResult  *result,
                                GError                **error);

G_END_DECLS
