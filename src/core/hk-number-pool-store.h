/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-number-pool-store.h: the number stock (号源): numbers allocated to the hall, reservations
 * with their expiry, sales on receipts, history and search by pattern. */

#pragma once

#include <glib-object.h>

#include "hk-database.h"
#include "hk-hall-store.h"
#include "hk-operator.h"
#include "hk-pool-number.h"

G_BEGIN_DECLS

/* A reservation holds for at most this many days after today. */
#define HK_NUMBER_RESERVATION_MAX_DAYS 30
/* One call adds at most this many numbers. */
#define HK_NUMBER_POOL_ADD_MAX 100000
/* A search gives at most this many numbers. */
#define HK_NUMBER_POOL_SEARCH_MAX 1000

/* Per class and state: how many numbers the hall has. */
typedef struct
{
  gint64 counts[2][4];   /* [HkNumberClass][HkNumberState] */
} HkNumberPoolSummary;

#define HK_TYPE_NUMBER_POOL_STORE (hk_number_pool_store_get_type ())

G_DECLARE_FINAL_TYPE (HkNumberPoolStore, hk_number_pool_store, HK, NUMBER_POOL_STORE, GObject)

HkNumberPoolStore *hk_number_pool_store_new        (HkDatabase          *database,
                                                    HkHallStore         *hall);
HkPoolNumber      *hk_number_pool_store_lookup     (HkNumberPoolStore   *self,
                                                    const char          *number,
                                                    GError             **error);
GPtrArray         *hk_number_pool_store_search     (HkNumberPoolStore   *self,
                                                    const char          *pattern,
                                                    int                  state,
                                                    int                  number_class,
                                                    guint                limit,
                                                    GError             **error);
GPtrArray         *hk_number_pool_store_history    (HkNumberPoolStore   *self,
                                                    const char          *number,
                                                    GError             **error);
gboolean           hk_number_pool_store_summarize  (HkNumberPoolStore   *self,
                                                    HkNumberPoolSummary *summary,
                                                    GError             **error);

gboolean           hk_number_pool_store_add_range  (HkNumberPoolStore   *self,
                                                    HkOperator          *actor,
                                                    const char          *first,
                                                    const char          *last,
                                                    HkNumberClass        number_class,
                                                    gint64               price,
                                                    guint               *n_added,
                                                    GError             **error);
HkPoolNumber      *hk_number_pool_store_set_class  (HkNumberPoolStore   *self,
                                                    HkOperator          *actor,
                                                    const char          *number,
                                                    HkNumberClass        number_class,
                                                    gint64               price,
                                                    GError             **error);
HkPoolNumber      *hk_number_pool_store_reserve    (HkNumberPoolStore   *self,
                                                    HkOperator          *actor,
                                                    const char          *number,
                                                    const char          *customer,
                                                    const char          *phone,
                                                    const char          *until_day,
                                                    GError             **error);
HkPoolNumber      *hk_number_pool_store_release    (HkNumberPoolStore   *self,
                                                    HkOperator          *actor,
                                                    const char          *number,
                                                    const char          *reason,
                                                    GError             **error);
HkPoolNumber      *hk_number_pool_store_return     (HkNumberPoolStore   *self,
                                                    HkOperator          *actor,
                                                    const char          *number,
                                                    const char          *reason,
                                                    GError             **error);

G_END_DECLS
