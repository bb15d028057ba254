/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-statement.c: a prepared SQLite statement with typed binds and GError. */

#include "config.h"

#include "hk-statement-private.h"

struct _HkStatement
{
  GObject       parent_instance;
  HkDatabase   *database;
  sqlite3_stmt *stmt;
};

G_DEFINE_FINAL_TYPE (HkStatement, hk_statement, G_TYPE_OBJECT)

static void
hk_statement_finalize (GObject *object)
{
  HkStatement *self = (HkStatement *)object;

  g_clear_pointer (&self->stmt, sqlite3_finalize);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (hk_statement_parent_class)->finalize (object);
}

static void
hk_statement_class_init (HkStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_statement_finalize;
}

static void
hk_statement_init (HkStatement *self)
{
}

HkStatement *
hk_statement_new (HkDatabase   *database,
                  sqlite3_stmt *stmt)
{
  HkStatement *self = g_object_new (HK_TYPE_STATEMENT, NULL);

  self->database = g_object_ref (database);
  self->stmt = stmt;

  return self;
}

void
hk_statement_bind_int64 (HkStatement *self,
                         int          index,
                         gint64       value)
{
  g_return_if_fail (HK_IS_STATEMENT (self));

  if (sqlite3_bind_int64 (self->stmt, index, value) != SQLITE_OK)
    g_critical ("Cannot bind parameter %d of “%s”", index, sqlite3_sql (self->stmt));
}

void
hk_statement_bind_text (HkStatement *self,
                        int          index,
                        const char  *value)
{
  int rc;

  g_return_if_fail (HK_IS_STATEMENT (self));

  if (value == NULL)
    rc = sqlite3_bind_null (self->stmt, index);
  else
    rc = sqlite3_bind_text (self->stmt, index, value, -1, SQLITE_TRANSIENT);

  if (rc != SQLITE_OK)
    g_critical ("Cannot bind parameter %d of “%s”", index, sqlite3_sql (self->stmt));
}

void
hk_statement_bind_null (HkStatement *self,
                        int          index)
{
  g_return_if_fail (HK_IS_STATEMENT (self));

  if (sqlite3_bind_null (self->stmt, index) != SQLITE_OK)
    g_critical ("Cannot bind parameter %d of “%s”", index, sqlite3_sql (self->stmt));
}

/* Returns TRUE when a row is available. FALSE with @error unset means done. */
gboolean
hk_statement_step (HkStatement  *self,
                   GError      **error)
{
  int rc;

  g_return_val_if_fail (HK_IS_STATEMENT (self), FALSE);

  rc = sqlite3_step (self->stmt);

  if (rc == SQLITE_ROW)
    return TRUE;

  if (rc != SQLITE_DONE)
    hk_database_set_error (self->database, rc, error);

  return FALSE;
}

/* Steps a statement that returns no rows to its end. */
gboolean
hk_statement_run (HkStatement  *self,
                  GError      **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_STATEMENT (self), FALSE);

  while (hk_statement_step (self, &local_error))
    ;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

void
hk_statement_reset (HkStatement *self)
{
  g_return_if_fail (HK_IS_STATEMENT (self));

  sqlite3_reset (self->stmt);
  sqlite3_clear_bindings (self->stmt);
}

gint64
hk_statement_get_int64 (HkStatement *self,
                        int          column)
{
  g_return_val_if_fail (HK_IS_STATEMENT (self), 0);

  return sqlite3_column_int64 (self->stmt, column);
}

/* The text stays valid until the next step or reset. */
const char *
hk_statement_get_text (HkStatement *self,
                       int          column)
{
  g_return_val_if_fail (HK_IS_STATEMENT (self), NULL);

  return (const char *)sqlite3_column_text (self->stmt, column);
}

char *
hk_statement_dup_text (HkStatement *self,
                       int          column)
{
  return g_strdup (hk_statement_get_text (self, column));
}

gboolean
hk_statement_is_null (HkStatement *self,
                      int          column)
{
  g_return_val_if_fail (HK_IS_STATEMENT (self), TRUE);

  return sqlite3_column_type (self->stmt, column) == SQLITE_NULL;
}
