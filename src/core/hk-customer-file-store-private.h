/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-customer-file-store-private.h: the file store's queries and what the other archive stores
 * call; the tests read the queries' plans. */

#pragma once

#include "hk-customer-file-store.h"

G_BEGIN_DECLS

/* A file's row; the service numbers come as one text, separated by spaces, in order. */
#define HK_CUSTOMER_FILE_COLUMNS \
  "f.id, f.file_no, f.customer_name, f.id_number, f.phone, f.kind, f.cabinet, f.shelf, f.box," \
  " f.received_on, f.retain_until, f.status, f.status_at, f.status_by, f.status_note," \
  " f.registered_at, f.registered_by," \
  " (SELECT group_concat (number, ' ') FROM (SELECT number FROM customer_file_numbers n" \
  "   WHERE n.file_id = f.id ORDER BY number))"

/* The searches, each one indexed query with ?1 the text searched for. */
#define HK_CUSTOMER_FILE_NUMBER_PREFIX_SQL \
  "SELECT " HK_CUSTOMER_FILE_COLUMNS " FROM customer_files f" \
  " WHERE f.file_no >= ?1 AND f.file_no < ?1 || char (1114111)"
#define HK_CUSTOMER_FILE_SERVICE_NUMBER_SQL \
  "SELECT " HK_CUSTOMER_FILE_COLUMNS " FROM customer_files f" \
  " WHERE f.id IN (SELECT file_id FROM customer_file_numbers WHERE number = ?1)"
#define HK_CUSTOMER_FILE_ID_TAIL_SQL \
  "SELECT " HK_CUSTOMER_FILE_COLUMNS " FROM customer_files f WHERE f.id_tail = ?1"

HkCustomerIdentity *hk_customer_identity_copy            (const HkCustomerIdentity *identity);
void                hk_customer_file_store_emit_changed  (HkCustomerFileStore      *self,
                                                          gint64                    file_id);

G_END_DECLS
