/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-transaction.c: a write transaction that rolls back unless committed.
 *
 * The outermost transaction is BEGIN IMMEDIATE, so that a writer waits for the
 * lock at the start instead of failing half-way; a transaction begun inside
 * another is a SAVEPOINT, so store functions can call each other.
 *
 *   g_autoptr(HkTransaction) tx = hk_transaction_begin (db, error);
 *   if (tx == NULL || !write_things (...) || !hk_audit_log_append (...))
 *     return FALSE;                        // rolled back when tx goes out of scope
 *   return hk_transaction_commit (tx, error);
 */

#include "config.h"

#include "hk-transaction.h"

struct _HkTransaction
{
  HkDatabase *database;
  gboolean    nested;
  gboolean    finished;
};

HkTransaction *
hk_transaction_begin (HkDatabase  *database,
                      GError     **error)
{
  HkTransaction *self;
  gboolean nested;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);

  nested = hk_database_in_transaction (database);

  if (!hk_database_exec (database, nested ? "SAVEPOINT hk_nested" : "BEGIN IMMEDIATE", error))
    return NULL;

  self = g_new0 (HkTransaction, 1);
  self->database = g_object_ref (database);
  self->nested = nested;

  return self;
}

gboolean
hk_transaction_commit (HkTransaction  *self,
                       GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);

  if (!hk_database_exec (self->database, self->nested ? "RELEASE hk_nested" : "COMMIT", error))
    return FALSE;

  self->finished = TRUE;
  return TRUE;
}

void
hk_transaction_free (HkTransaction *self)
{
  if (self == NULL)
    return;

  if (!self->finished && hk_database_in_transaction (self->database))
    {
      if (self->nested)
        hk_database_exec (self->database, "ROLLBACK TO hk_nested; RELEASE hk_nested", NULL);
      else
        hk_database_exec (self->database, "ROLLBACK", NULL);
    }

  g_object_unref (self->database);
  g_free (self);
}
