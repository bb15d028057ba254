/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-recheck-store.h: the re-check and error register, and its monthly error counts. */

#pragma once

#include <glib-object.h>

#include "hk-customer-file-store.h"
#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"
#include "hk-recheck.h"

G_BEGIN_DECLS

/* What the archivist enters after checking one field of a file. Without an error, @error,
 * @cause and @correction are ignored. */
typedef struct
{
  gint64          file_id;
  HkRecheckField  field;
  gboolean        error_found;
  const char     *error;
  const char     *cause;
  const char     *correction;
} HkRecheckInput;

/* The re-checks of a period and the errors they found, by type (the field checked). */
typedef struct
{
  guint n_rechecks;
  guint n_errors;
  guint errors[HK_N_RECHECK_FIELDS];
} HkErrorCounts;

#define HK_TYPE_RECHECK_STORE (hk_recheck_store_get_type ())

G_DECLARE_FINAL_TYPE (HkRecheckStore, hk_recheck_store, HK, RECHECK_STORE, GObject)

HkRecheckStore *hk_recheck_store_new           (HkDatabase            *database,
                                                HkHallStore           *hall,
                                                HkCustomerFileStore   *files);
HkRecheck      *hk_recheck_store_record        (HkRecheckStore        *self,
                                                HkOperator            *actor,
                                                const HkRecheckInput  *input,
                                                GError               **error);
GPtrArray      *hk_recheck_store_list          (HkRecheckStore        *self,
                                                const char            *first_day,
                                                const char            *last_day,
                                                gboolean               errors_only,
                                                GError               **error);
GPtrArray      *hk_recheck_store_list_file     (HkRecheckStore        *self,
                                                gint64                 file_id,
                                                GError               **error);
gboolean        hk_recheck_store_count_errors  (HkRecheckStore        *self,
                                                const char            *first_day,
                                                const char            *last_day,
                                                HkErrorCounts         *counts,
                                                GError               **error);
gboolean        hk_recheck_store_count_month   (HkRecheckStore        *self,
                                                int                    year,
                                                int                    month,
                                                HkErrorCounts         *counts,
                                                GError               **error);
gboolean        hk_recheck_month_days          (int                    year,
                                                int                    month,
                                                char                 **first_day,
                                                char                 **last_day,
                                                GError               **error);

G_END_DECLS
