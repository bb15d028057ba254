/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-statement-private.h: how HkDatabase creates statements and maps SQLite errors. */

#pragma once

#include <sqlite3.h>

#include "hk-database.h"
#include "hk-statement.h"

G_BEGIN_DECLS

HkStatement *hk_statement_new        (HkDatabase   *database,
                                      sqlite3_stmt *stmt);
void         hk_database_set_error   (HkDatabase   *database,
                                      int           rc,
                                      GError      **error);

G_END_DECLS
