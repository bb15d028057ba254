/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-permission.c: the role check that every store function makes before it acts. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-error.h"
#include "hk-permission.h"

/**
 * hk_permission_require:
 * @actor: (nullable): who wants to act
 * @allowed: the roles of which the actor needs at least one
 * @what: a translated phrase naming the action, e.g. "Adding an operator"
 *
 * Succeeds when @actor is active and holds one of @allowed. Otherwise fails
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
  g_autofree char *titles = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) audit_error = NULL;

  g_return_val_if_fail (HK_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (what != NULL, FALSE);

  if (actor != NULL && hk_operator_has_any_role (actor, allowed))
    return TRUE;

  titles = hk_roles_to_titles (allowed);

  if (actor == NULL)
    g_set_error (error, HK_ERROR, HK_ERROR_PERMISSION,
                 _("%s needs a logged-in operator."), what);
  else if (!hk_operator_get_active (actor))
    g_set_error (error, HK_ERROR, HK_ERROR_PERMISSION,
                 _("%s is not allowed: the account of %s is deactivated."),
                 what, hk_operator_get_display_name (actor));
  else
    /* Translators: "Adding an operator needs one of these roles: Administrator." */
    g_set_error (error, HK_ERROR, HK_ERROR_PERMISSION,
                 _("%s needs one of these roles: %s."), what, titles);

  summary = g_strdup ((error != NULL && *error != NULL) ? (*error)->message : what);
  if (!hk_audit_log_append (database, actor, "permission-denied", "permission", 0, summary,
                            &audit_error))
    g_warning ("Cannot record a refused action in the audit log: %s", audit_error->message);

  return FALSE;
}
