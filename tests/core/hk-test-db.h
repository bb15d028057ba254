/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-test-db.h: temporary directories and databases, raw SQLite, error checks, for core tests. */

#pragma once

#include <sqlite3.h>

#include "core/hk-database-private.h"

G_BEGIN_DECLS

typedef struct
{
  char       *dir;
  char       *path;
  HkDatabase *database;
} HkTestDb;

char    *hk_test_make_dir          (void);
void     hk_test_remove_dir        (const char  *dir);

void     hk_test_db_setup          (HkTestDb      *fixture,
                                    gconstpointer  data);
void     hk_test_db_setup_copy     (HkTestDb      *fixture,
                                    HkDatabase    *original);
void     hk_test_db_teardown       (HkTestDb      *fixture,
                                    gconstpointer  data);

sqlite3 *hk_test_raw_open          (const char  *path);
void     hk_test_raw_exec          (const char  *path,
                                    const char  *sql);

gint64   hk_test_query_int         (HkDatabase  *database,
                                    const char  *sql);
char    *hk_test_query_text        (HkDatabase  *database,
                                    const char  *sql);
gint64   hk_test_count_rows        (HkDatabase  *database,
                                    const char  *table);
gint64   hk_test_count_audit       (HkDatabase  *database,
                                    const char  *action);

char    *hk_test_dump_schema       (sqlite3     *handle);
char    *hk_test_dump_rows         (sqlite3     *handle);
char    *hk_test_dump_file_rows    (const char  *path);

void     hk_test_assert_audit_ok   (HkDatabase  *database);
void     hk_test_assert_error      (GError      *error,
                                    int          code,
                                    const char  *fragment);

G_END_DECLS
