/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-number-pool-private.h: how the number pool store builds numbers, and the sale of a number
 * that the receipt store makes inside its own transaction. */

#pragma once

#include "hk-database.h"
#include "hk-operator.h"
#include "hk-pool-number.h"

G_BEGIN_DECLS

typedef struct
{
  gint64         id;
  char          *number;
  HkNumberClass  number_class;
  gint64         price;
  HkNumberState  state;
  gboolean       reservation_expired;
  char          *reserved_for;
  char          *reserved_phone;
  gint64         reserved_until;
  gint64         reserved_by;
  gint64         receipt_id;
  gint64         state_at;
} HkPoolNumberData;

HkPoolNumber *hk_pool_number_new_take (HkPoolNumberData *data);

#define HK_NUMBER_POOL_COLUMNS \
  "id, number, class, price, state, reserved_for, reserved_phone, coalesce (reserved_until, 0)," \
  " coalesce (reserved_by, 0), coalesce (receipt_id, 0), state_at"

/* The search by pattern, in two forms: one reads the index on the number for the digits
 * before the first wildcard (?1 <= number < ?2), the other the index on the reversed number
 * for the digits after the last one (?1 <= reversed < ?2); the store takes the one with more
 * digits to go on. ?3 is the whole pattern as a GLOB. Here so that the test can ask SQLite how
 * it runs them. */
#define HK_NUMBER_POOL_SEARCH_FILTER \
  "  AND number GLOB ?3" \
  "  AND (?4 < 0" \
  "   OR (?4 = 0 AND (state = 'available'" \
  "       OR (state = 'reserved' AND reserved_until <= ?6)))" \
  "   OR (?4 = 1 AND state = 'reserved' AND reserved_until > ?6)" \
  "   OR (?4 = 2 AND state = 'sold')" \
  "   OR (?4 = 3 AND state = 'returned'))" \
  "  AND (?5 < 0 OR class = CASE ?5 WHEN 0 THEN 'ordinary' ELSE 'premium' END)" \
  " ORDER BY number LIMIT ?7"

#define HK_NUMBER_POOL_SEARCH_PREFIX_SQL \
  "SELECT " HK_NUMBER_POOL_COLUMNS " FROM pool_numbers" \
  " WHERE number >= ?1 AND number < ?2" HK_NUMBER_POOL_SEARCH_FILTER

#define HK_NUMBER_POOL_SEARCH_SUFFIX_SQL \
  "SELECT " HK_NUMBER_POOL_COLUMNS " FROM pool_numbers INDEXED BY pool_numbers_reversed" \
  " WHERE reversed >= ?1 AND reversed < ?2" HK_NUMBER_POOL_SEARCH_FILTER

gboolean hk_number_pool_price_line (HkDatabase  *database,
                                    guint        line_no,
                                    const char  *number,
                                    gint64       quantity,
                                    gint64      *unit_price,
                                    GError     **error);
gboolean hk_number_pool_sell_line  (HkDatabase  *database,
                                    HkOperator  *actor,
                                    gint64       receipt_id,
                                    guint        line_no,
                                    const char  *number,
                                    const char  *customer_phone,
                                    gint64       amount,
                                    GError     **error);

G_END_DECLS
