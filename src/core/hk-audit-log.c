/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-audit-log.c: the append-only, hash-chained record of every write that matters.
 *
 * Each entry stores the SHA-256 of its own fields and of the entry before it;
 * the table audit_head keeps the number and hash of the last one. Editing,
 * deleting or reordering any entry, or cutting entries off the end, breaks the
 * chain, and hk_audit_log_verify() names the first entry where it breaks.
 * Triggers refuse UPDATE and DELETE, so only someone who edits the file with
 * other tools can try, and the chain shows it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-error.h"
#include "hk-transaction.h"

#define FIELD_SEPARATOR "\x1f"

static char *
compute_hash (gint64      seq,
              gint64      at,
              const char *operator_login,
              const char *action,
              const char *entity,
              gint64      entity_id,
              const char *summary,
              const char *prev_hash)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *numbers = NULL;

  numbers = g_strdup_printf ("%" G_GINT64_FORMAT FIELD_SEPARATOR "%" G_GINT64_FORMAT
                             FIELD_SEPARATOR "%" G_GINT64_FORMAT FIELD_SEPARATOR,
                             seq, at, entity_id);

  g_checksum_update (checksum, (const guchar *)numbers, -1);
  g_checksum_update (checksum, (const guchar *)operator_login, -1);
  g_checksum_update (checksum, (const guchar *)FIELD_SEPARATOR, -1);
  g_checksum_update (checksum, (const guchar *)action, -1);
  g_checksum_update (checksum, (const guchar *)FIELD_SEPARATOR, -1);
  g_checksum_update (checksum, (const guchar *)entity, -1);
  g_checksum_update (checksum, (const guchar *)FIELD_SEPARATOR, -1);
  g_checksum_update (checksum, (const guchar *)summary, -1);
  g_checksum_update (checksum, (const guchar *)FIELD_SEPARATOR, -1);
  g_checksum_update (checksum, (const guchar *)prev_hash, -1);

  return g_strdup (g_checksum_get_string (checksum));
}

/**
 * hk_audit_log_append:
 * @actor: (nullable): who acted; %NULL for the system or an unknown person
 * @entity_id: the row concerned, or 0 for none
 *
 * Appends an entry. Call it inside the transaction that makes the change, so
 * that the change and its entry are saved together or not at all.
 */
gboolean
hk_audit_log_append (HkDatabase  *database,
                     HkOperator  *actor,
                     const char  *action,
                     const char  *entity,
                     gint64       entity_id,
                     const char  *summary,
                     GError     **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) head = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *prev_hash = NULL;
  g_autofree char *hash = NULL;
  const char *login = actor != NULL ? hk_operator_get_login (actor) : "";
  GError *local_error = NULL;
  gint64 seq;
  gint64 at;

  g_return_val_if_fail (HK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (actor == NULL || HK_IS_OPERATOR (actor), FALSE);
  g_return_val_if_fail (action != NULL && entity != NULL && summary != NULL, FALSE);

  /* Joins the caller's transaction; on its own it is one. */
  if (!(tx = hk_transaction_begin (database, error)))
    return FALSE;

  if (!(head = hk_database_prepare (database, "SELECT seq, hash FROM audit_head WHERE id = 1",
                                    error)))
    return FALSE;

  if (!hk_statement_step (head, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, HK_ERROR, HK_ERROR_CORRUPT,
                     _("The audit log has lost its head record."));
      g_propagate_error (error, local_error);
      return FALSE;
    }

  seq = hk_statement_get_int64 (head, 0) + 1;
  prev_hash = hk_statement_dup_text (head, 1);
  at = hk_database_get_now (database);
  hash = compute_hash (seq, at, login, action, entity, entity_id, summary, prev_hash);

  if (!(insert = hk_database_prepare (database,
                                      "INSERT INTO audit_log (seq, at, operator_id, operator_login,"
                                      " action, entity, entity_id, summary, prev_hash, hash)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                      error)))
    return FALSE;

  hk_statement_bind_int64 (insert, 1, seq);
  hk_statement_bind_int64 (insert, 2, at);
  if (actor != NULL)
    hk_statement_bind_int64 (insert, 3, hk_operator_get_id (actor));
  else
    hk_statement_bind_null (insert, 3);
  hk_statement_bind_text (insert, 4, login);
  hk_statement_bind_text (insert, 5, action);
  hk_statement_bind_text (insert, 6, entity);
  hk_statement_bind_int64 (insert, 7, entity_id);
  hk_statement_bind_text (insert, 8, summary);
  hk_statement_bind_text (insert, 9, prev_hash);
  hk_statement_bind_text (insert, 10, hash);

  if (!hk_statement_run (insert, error))
    return FALSE;

  if (!(update = hk_database_prepare (database,
                                      "UPDATE audit_head SET seq = ?1, hash = ?2 WHERE id = 1",
                                      error)))
    return FALSE;

  hk_statement_bind_int64 (update, 1, seq);
  hk_statement_bind_text (update, 2, hash);

  if (!hk_statement_run (update, error))
    return FALSE;

  return hk_transaction_commit (tx, error);
}

static gboolean
chain_broken (GError **error,
              gint64  *first_bad_seq,
              gint64   seq,
              char    *message)
{
  if (first_bad_seq != NULL)
    *first_bad_seq = seq;

  g_set_error_literal (error, HK_ERROR, HK_ERROR_AUDIT_CHAIN, message);
  g_free (message);

  return FALSE;
}

/**
 * hk_audit_log_verify:
 * @n_checked: (out) (optional): how many entries were checked
 * @first_bad_seq: (out) (optional): the number of the first entry that is
 *   wrong or missing, 0 when the chain is whole
 *
 * Recomputes the whole chain. Fails with %HK_ERROR_AUDIT_CHAIN naming the
 * first bad entry.
 */
gboolean
hk_audit_log_verify (HkDatabase  *database,
                     gint64      *n_checked,
                     gint64      *first_bad_seq,
                     GError     **error)
{
  g_autoptr(HkStatement) entries = NULL;
  g_autoptr(HkStatement) head = NULL;
  g_autofree char *prev_hash = g_strnfill (64, '0');
  GError *local_error = NULL;
  gint64 expected = 1;

  g_return_val_if_fail (HK_IS_DATABASE (database), FALSE);

  if (n_checked != NULL)
    *n_checked = 0;
  if (first_bad_seq != NULL)
    *first_bad_seq = 0;

  if (!(entries = hk_database_prepare (database,
                                       "SELECT seq, at, operator_login, action, entity,"
                                       " entity_id, summary, prev_hash, hash"
                                       " FROM audit_log ORDER BY seq",
                                       error)))
    return FALSE;

  while (hk_statement_step (entries, &local_error))
    {
      gint64 seq = hk_statement_get_int64 (entries, 0);
      const char *stored_prev = hk_statement_get_text (entries, 7);
      const char *stored_hash = hk_statement_get_text (entries, 8);
      g_autofree char *hash = NULL;

      if (seq != expected)
        return chain_broken (error, first_bad_seq, expected,
                             g_strdup_printf (_("Audit entry %lld is missing."),
                                              (long long)expected));

      if (g_strcmp0 (stored_prev, prev_hash) != 0)
        return chain_broken (error, first_bad_seq, seq,
                             g_strdup_printf (_("Audit entry %lld does not follow the entry "
                                                "before it: an earlier entry was changed or "
                                                "replaced."), (long long)seq));

      hash = compute_hash (seq,
                           hk_statement_get_int64 (entries, 1),
                           hk_statement_get_text (entries, 2),
                           hk_statement_get_text (entries, 3),
                           hk_statement_get_text (entries, 4),
                           hk_statement_get_int64 (entries, 5),
                           hk_statement_get_text (entries, 6),
                           stored_prev);

      if (g_strcmp0 (hash, stored_hash) != 0)
        return chain_broken (error, first_bad_seq, seq,
                             g_strdup_printf (_("Audit entry %lld was altered."),
                                              (long long)seq));

      g_free (prev_hash);
      prev_hash = g_strdup (stored_hash);
      expected++;

      if (n_checked != NULL)
        (*n_checked)++;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (!(head = hk_database_prepare (database, "SELECT seq, hash FROM audit_head WHERE id = 1",
                                    error)))
    return FALSE;

  if (!hk_statement_step (head, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      return chain_broken (error, first_bad_seq, expected,
                           g_strdup (_("The audit log’s head record, which holds the number "
                                       "and hash of its last entry, is missing.")));
    }

  if (hk_statement_get_int64 (head, 0) != expected - 1 ||
      g_strcmp0 (hk_statement_get_text (head, 1), prev_hash) != 0)
    {
      return chain_broken (error, first_bad_seq, expected,
                           g_strdup_printf (_("Audit entries from %lld on are missing: the "
                                              "log was cut short."), (long long)expected));
    }

  return TRUE;
}
