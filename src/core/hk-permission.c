/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-permission.c: the role check that every store function makes before it acts. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-error.h"
#include "hk-permission.h"
#include "hk-statement.h"

/* The actor's roles as the database has them now: another window or the command line may
 * have changed them or deactivated the account since the actor logged in. */
static HkRoles
read_current_roles (HkDatabase *database,
                    HkOperator *actor)
{
  g_autoptr(HkStatement) stmt = NULL;
  HkRoles roles = HK_ROLE_NONE;

  stmt = hk_database_prepare (database,
                              "SELECT r.role FROM operators o"
                              " JOIN operator_roles r ON r.operator_id = o.id"
                              " WHERE o.id = ?1 AND o.active = 1", NULL);
  if (stmt == NULL)
    return HK_ROLE_NONE;

  hk_statement_bind_int64 (stmt, 1, hk_operator_get_id (actor));
  while (hk_statement_step (stmt, NULL))
    roles |= hk_role_from_id (hk_statement_get_text (stmt, 0));

  return roles;
}

/**
 * hk_permission_require:
 * @actor: (nullable): who wants to act
 * @allowed: the roles of which the actor needs at least one
 * @what: a translated phrase naming the action, e.g. "Adding an operator"
 *
 * Succeeds when @actor is active and holds one of @allowed, as the database
 * has them now (not as @actor remembers them). Otherwise fails
 * with %HK_ERROR_PERMISSION and a sentence the UI can show, and writes the
 * refusal to the audit log. Call it before beginning the write transaction,
 * so that the refusal is recorded even though nothing else is.
 */
gboolean
hk_permission_require (HkDatabase  *database,
                       HkOperator  *actor,
                       HkRoles      allowed,
                       const char  *what,
                       GError     **error)
{
  return hk_permission_require_about (database, actor, allowed, what, "permission", 0, error);
}

/**
 * hk_permission_require_about:
 * @entity: what the refused action was about, e.g. "customer-file"
 * @entity_id: its row, or 0
 *
 * hk_permission_require() for an action on one record: the refusal's audit
 * entry names the record, so that the record's history (the archive's access
 * log, for one) shows who tried.
 */
gboolean
hk_permission_require_about (HkDatabase  *database,
                             HkOperator  *actor,
                             HkRoles      allowed,
                             const char  *what,
                             const char  *entity,
                             gint64       entity_id,
                             GError     **error)
{
  g_autofree char *titles = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) audit_error = NULL;
  HkRoles current = HK_ROLE_NONE;

  g_return_val_if_fail (HK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (actor == NULL || HK_IS_OPERATOR (actor), FALSE);
  g_return_val_if_fail (what != NULL, FALSE);
  g_return_val_if_fail (entity != NULL, FALSE);

  if (actor != NULL && (current = read_current_roles (database, actor)) & allowed)
    return TRUE;

  titles = hk_roles_to_titles (allowed);

  if (actor == NULL)
    g_set_error (error, HK_ERROR, HK_ERROR_PERMISSION,
                 _("%s needs a logged-in operator."), what);
  else if (current == HK_ROLE_NONE)
    g_set_error (error, HK_ERROR, HK_ERROR_PERMISSION,
                 _("%s is not allowed: the account of %s is deactivated."),
                 what, hk_operator_get_display_name (actor));
  else
    /* Translators: "Adding an operator needs one of these roles: Administrator." */
    g_set_error (error, HK_ERROR, HK_ERROR_PERMISSION,
                 _("%s needs one of these roles: %s."), what, titles);

  summary = g_strdup ((error != NULL && *error != NULL) ? (*error)->message : what);
  if (!hk_audit_log_append (database, actor, "permission-denied", entity, entity_id, summary,
                            &audit_error))
    g_warning ("Cannot record a refused action in the audit log: %s", audit_error->message);

  return FALSE;
}

/**
 * hk_permission_refuse:
 * @tx: (inout) (nullable): the caller's transaction, rolled back here
 * @entity: what the refused action was about, e.g. "receipt"
 * @entity_id: its row, or 0
 *
 * Refuses an act that the actor's roles allow but their place does not: their own daily
 * report, another clerk's receipt, a request they are part of. Rolls back what was begun,
 * writes the refusal to the audit log as "permission-denied" (the only row it writes) and
 * fails with %HK_ERROR_PERMISSION and the message. Always returns %FALSE.
 */
gboolean
hk_permission_refuse (HkDatabase      *database,
                      HkTransaction  **tx,
                      HkOperator      *actor,
                      const char      *entity,
                      gint64           entity_id,
                      GError         **error,
                      const char      *format,
                      ...)
{
  g_autoptr(GError) audit_error = NULL;
  g_autofree char *message = NULL;
  va_list args;

  g_return_val_if_fail (HK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (entity != NULL, FALSE);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (tx != NULL)
    g_clear_pointer (tx, hk_transaction_free);

  if (!hk_audit_log_append (database, actor, "permission-denied", entity, entity_id, message,
                            &audit_error))
    g_warning ("Cannot record a refused action in the audit log: %s", audit_error->message);

  g_set_error_literal (error, HK_ERROR, HK_ERROR_PERMISSION, message);

  return FALSE;
}
