/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-operator-store.c: operators and their roles: creating, changing, logging in.
 *
 * Only administrators manage operators. Operators are never deleted, only
 * deactivated; the last active administrator can neither be deactivated nor
 * lose the role. Every change and every login, failed or not, is written to
 * the audit log in the same transaction.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-audit-log.h"
#include "hk-error.h"
#include "hk-operator-store.h"
#include "hk-password.h"
#include "hk-permission.h"
#include "hk-transaction.h"

#define LOGIN_MAX_LENGTH 32
#define DISPLAY_NAME_MAX_LENGTH 64

struct _HkOperatorStore
{
  GObject     parent_instance;
  HkDatabase *database;
  GListStore *model;
};

G_DEFINE_FINAL_TYPE (HkOperatorStore, hk_operator_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define OPERATOR_COLUMNS \
  "o.id, o.login, o.display_name, o.active, o.created_at," \
  " (SELECT group_concat (r.role) FROM operator_roles r WHERE r.operator_id = o.id)"

static HkOperator *
operator_from_row (HkStatement *stmt)
{
  const char *role_ids = hk_statement_get_text (stmt, 5);
  HkRoles roles = HK_ROLE_NONE;

  if (role_ids != NULL)
    hk_roles_parse (role_ids, &roles, NULL);

  return g_object_new (HK_TYPE_OPERATOR,
                       "id", hk_statement_get_int64 (stmt, 0),
                       "login", hk_statement_get_text (stmt, 1),
                       "display-name", hk_statement_get_text (stmt, 2),
                       "active", hk_statement_get_int64 (stmt, 3) != 0,
                       "created-at", hk_statement_get_int64 (stmt, 4),
                       "roles", roles,
                       NULL);
}

static void
reload_model (HkOperatorStore *self)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GPtrArray) operators = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (self->model == NULL)
    return;

  stmt = hk_database_prepare (self->database,
                              "SELECT " OPERATOR_COLUMNS " FROM operators o ORDER BY o.id",
                              &error);
  while (stmt != NULL && hk_statement_step (stmt, &error))
    g_ptr_array_add (operators, operator_from_row (stmt));

  if (error != NULL)
    {
      g_warning ("Cannot read the operators: %s", error->message);
      return;
    }

  g_list_store_splice (self->model, 0, g_list_model_get_n_items (G_LIST_MODEL (self->model)),
                       operators->pdata, operators->len);
}

static void
emit_changed (HkOperatorStore *self)
{
  reload_model (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
hk_operator_store_finalize (GObject *object)
{
  HkOperatorStore *self = (HkOperatorStore *)object;

  g_clear_object (&self->model);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (hk_operator_store_parent_class)->finalize (object);
}

static void
hk_operator_store_class_init (HkOperatorStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_operator_store_finalize;

  /**
   * HkOperatorStore::changed:
   *
   * Emitted after an operator was added or changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hk_operator_store_init (HkOperatorStore *self)
{
}

HkOperatorStore *
hk_operator_store_new (HkDatabase *database)
{
  HkOperatorStore *self;

  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);

  self = g_object_new (HK_TYPE_OPERATOR_STORE, NULL);
  self->database = g_object_ref (database);

  return self;
}

/**
 * hk_operator_store_get_model:
 *
 * Returns: (transfer none): every operator, active or not, as #HkOperator items
 *   in the order they were created; kept up to date by the store.
 */
GListModel *
hk_operator_store_get_model (HkOperatorStore *self)
{
  g_return_val_if_fail (HK_IS_OPERATOR_STORE (self), NULL);

  if (self->model == NULL)
    {
      self->model = g_list_store_new (HK_TYPE_OPERATOR);
      reload_model (self);
    }

  return G_LIST_MODEL (self->model);
}

/* TRUE when the database has no operator yet: the first start asks for an administrator. */
gboolean
hk_operator_store_is_empty (HkOperatorStore *self)
{
  g_autoptr(HkStatement) stmt = NULL;

  g_return_val_if_fail (HK_IS_OPERATOR_STORE (self), FALSE);

  stmt = hk_database_prepare (self->database, "SELECT 1 FROM operators LIMIT 1", NULL);

  return stmt != NULL && !hk_statement_step (stmt, NULL);
}

static HkOperator *
lookup_where (HkOperatorStore  *self,
              const char       *sql,
              const char       *login,
              gint64            id,
              GError          **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  if (!(stmt = hk_database_prepare (self->database, sql, error)))
    return NULL;

  if (login != NULL)
    hk_statement_bind_text (stmt, 1, login);
  else
    hk_statement_bind_int64 (stmt, 1, id);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else if (login != NULL)
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no operator with the login “%s”."), login);
      else
        g_set_error (error, HK_ERROR, HK_ERROR_NOT_FOUND,
                     _("There is no operator number %lld."), (long long)id);
      return NULL;
    }

  return operator_from_row (stmt);
}

HkOperator *
hk_operator_store_lookup (HkOperatorStore  *self,
                          const char       *login,
                          GError          **error)
{
  g_return_val_if_fail (HK_IS_OPERATOR_STORE (self), NULL);
  g_return_val_if_fail (login != NULL, NULL);

  return lookup_where (self, "SELECT " OPERATOR_COLUMNS " FROM operators o WHERE o.login = ?1",
                       login, 0, error);
}

HkOperator *
hk_operator_store_lookup_by_id (HkOperatorStore  *self,
                                gint64            id,
                                GError          **error)
{
  g_return_val_if_fail (HK_IS_OPERATOR_STORE (self), NULL);

  return lookup_where (self, "SELECT " OPERATOR_COLUMNS " FROM operators o WHERE o.id = ?1",
                       NULL, id, error);
}

/* Logins are short, lower-case ASCII: letters, digits, '.', '-' and '_'. */
gboolean
hk_operator_login_is_valid (const char  *login,
                            GError     **error)
{
  gsize length = login != NULL ? strlen (login) : 0;

  if (length < 2 || length > LOGIN_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A login name has 2 to %d characters."), LOGIN_MAX_LENGTH);
      return FALSE;
    }

  if (!g_ascii_islower (login[0]) && !g_ascii_isdigit (login[0]))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A login name starts with a lower-case letter or a digit."));
      return FALSE;
    }

  for (const char *p = login; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '.' && *p != '-' && *p != '_')
      {
        g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                     _("A login name uses only lower-case letters a–z, digits, “.”, “-” and “_”."));
        return FALSE;
      }

  return TRUE;
}

static gboolean
validate_display_name (const char  *display_name,
                       GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (display_name != NULL ? display_name : ""));

  if (*stripped == '\0')
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the operator’s name."));
      return FALSE;
    }

  if (g_utf8_strlen (stripped, -1) > DISPLAY_NAME_MAX_LENGTH)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("A name has at most %d characters."), DISPLAY_NAME_MAX_LENGTH);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_roles (HkOperatorStore  *self,
             gint64            operator_id,
             HkRoles           roles,
             GError          **error)
{
  g_autoptr(HkStatement) clear = NULL;
  g_autoptr(HkStatement) insert = NULL;

  if (!(clear = hk_database_prepare (self->database,
                                     "DELETE FROM operator_roles WHERE operator_id = ?1", error)))
    return FALSE;

  hk_statement_bind_int64 (clear, 1, operator_id);
  if (!hk_statement_run (clear, error))
    return FALSE;

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO operator_roles (operator_id, role)"
                                      " VALUES (?1, ?2)", error)))
    return FALSE;

  for (guint i = 0; i < HK_N_ROLES; i++)
    {
      HkRoles role = hk_role_nth (i);

      if (!(roles & role))
        continue;

      hk_statement_reset (insert);
      hk_statement_bind_int64 (insert, 1, operator_id);
      hk_statement_bind_text (insert, 2, hk_role_to_id (role));
      if (!hk_statement_run (insert, error))
        return FALSE;
    }

  return TRUE;
}

static HkOperator *
insert_operator (HkOperatorStore  *self,
                 HkOperator       *actor,
                 const char       *login,
                 const char       *display_name,
                 HkRoles           roles,
                 const char       *password,
                 GError          **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) insert = NULL;
  g_autoptr(HkOperator) created = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *name = NULL;
  g_autofree char *role_ids = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) lookup_error = NULL;
  g_autoptr(HkOperator) existing = NULL;
  gint64 id;

  if (!hk_operator_login_is_valid (login, error) ||
      !validate_display_name (display_name, error))
    return NULL;

  if (roles == HK_ROLE_NONE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the operator at least one role."));
      return NULL;
    }

  /* Hashing takes a moment: do it before taking the write lock. */
  if (!(hash = hk_password_hash (password, error)))
    return NULL;

  name = g_strstrip (g_strdup (display_name));

  if (!(tx = hk_transaction_begin (self->database, error)))
    return NULL;

  if ((existing = hk_operator_store_lookup (self, login, &lookup_error)) != NULL)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("There is already an operator with the login “%s”."), login);
      return NULL;
    }

  if (!(insert = hk_database_prepare (self->database,
                                      "INSERT INTO operators (login, display_name, password_hash,"
                                      " created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5)",
                                      error)))
    return NULL;

  hk_statement_bind_text (insert, 1, login);
  hk_statement_bind_text (insert, 2, name);
  hk_statement_bind_text (insert, 3, hash);
  hk_statement_bind_int64 (insert, 4, hk_database_get_now (self->database));
  if (actor != NULL)
    hk_statement_bind_int64 (insert, 5, hk_operator_get_id (actor));
  else
    hk_statement_bind_null (insert, 5);

  if (!hk_statement_run (insert, error))
    return NULL;

  id = hk_database_get_last_insert_id (self->database);

  if (!write_roles (self, id, roles, error) ||
      !(created = hk_operator_store_lookup_by_id (self, id, error)))
    return NULL;

  role_ids = hk_roles_to_ids (roles);
  summary = g_strdup_printf ("added %s (%s) with roles %s", login, name, role_ids);

  if (!hk_audit_log_append (self->database, actor != NULL ? actor : created,
                            "operator-added", "operator", id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return g_steal_pointer (&created);
}

/**
 * hk_operator_store_unlock:
 * @operator: the operator whose session was locked after a time without use
 * @password: their password, entered again
 *
 * Unlocks a locked session: only @operator's own password does, under the
 * rules of a login (every attempt in the audit log, the lock-out after
 * %HK_LOGIN_MAX_FAILURES wrong passwords, a deactivated account refused).
 *
 * Returns: (transfer full): @operator as the database has them now, or %NULL
 */
HkOperator *
hk_operator_store_unlock (HkOperatorStore  *self,
                          HkOperator       *operator,
                          const char       *password,
                          GError          **error)
{
  g_autoptr(HkOperator) again = NULL;

  g_return_val_if_fail (HK_IS_OPERATOR_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_OPERATOR (operator), NULL);
  g_return_val_if_fail (password != NULL, NULL);

  if (!(again = hk_operator_store_authenticate (self, hk_operator_get_login (operator), password,
                                                error)))
    return NULL;

  if (hk_operator_get_id (again) != hk_operator_get_id (operator))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_AUTHENTICATION, _("Wrong login name or password."));
      return NULL;
    }

  return g_steal_pointer (&again);
}

/**
 * hk_operator_store_create_administrator:
 *
 * Creates the first operator, an administrator, on a database that has none.
 * Fails with %HK_ERROR_CONFLICT once any operator exists.
 */
HkOperator *
hk_operator_store_create_administrator (HkOperatorStore  *self,
                                        const char       *login,
                                        const char       *display_name,
                                        const char       *password,
                                        GError          **error)
{
  g_return_val_if_fail (HK_IS_OPERATOR_STORE (self), NULL);

  if (!hk_operator_store_is_empty (self))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("This database already has operators; an administrator adds new ones."));
      return NULL;
    }

  return insert_operator (self, NULL, login, display_name, HK_ROLE_ADMINISTRATOR, password,
                          error);
}

HkOperator *
hk_operator_store_add (HkOperatorStore  *self,
                       HkOperator       *actor,
                       const char       *login,
                       const char       *display_name,
                       HkRoles           roles,
                       const char       *password,
                       GError          **error)
{
  g_return_val_if_fail (HK_IS_OPERATOR_STORE (self), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_ADMINISTRATOR,
                              _("Adding an operator"), error))
    return NULL;

  return insert_operator (self, actor, login, display_name, roles, password, error);
}

static gint64
count_other_active_administrators (HkOperatorStore *self,
                                   gint64           excluded_id)
{
  g_autoptr(HkStatement) stmt = NULL;

  stmt = hk_database_prepare (self->database,
                              "SELECT count(*) FROM operators o"
                              " JOIN operator_roles r ON r.operator_id = o.id"
                              " WHERE r.role = 'administrator' AND o.active = 1 AND o.id != ?1",
                              NULL);
  if (stmt == NULL)
    return 0;

  hk_statement_bind_int64 (stmt, 1, excluded_id);
  if (!hk_statement_step (stmt, NULL))
    return 0;

  return hk_statement_get_int64 (stmt, 0);
}

HkOperator *
hk_operator_store_update (HkOperatorStore  *self,
                          HkOperator       *actor,
                          HkOperator       *target,
                          const char       *display_name,
                          HkRoles           roles,
                          GError          **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkOperator) before = NULL;
  g_autoptr(HkOperator) after = NULL;
  g_autofree char *name = NULL;
  g_autofree char *roles_before = NULL;
  g_autofree char *roles_after = NULL;
  g_autofree char *summary = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_OPERATOR_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_OPERATOR (target), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_ADMINISTRATOR,
                              _("Changing an operator"), error))
    return NULL;

  if (!validate_display_name (display_name, error))
    return NULL;

  if (roles == HK_ROLE_NONE)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("Give the operator at least one role."));
      return NULL;
    }

  id = hk_operator_get_id (target);
  name = g_strstrip (g_strdup (display_name));

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(before = hk_operator_store_lookup_by_id (self, id, error)))
    return NULL;

  if ((hk_operator_get_roles (before) & HK_ROLE_ADMINISTRATOR) &&
      !(roles & HK_ROLE_ADMINISTRATOR) &&
      hk_operator_get_active (before) &&
      count_other_active_administrators (self, id) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("%s is the only active administrator; give another operator that role "
                     "first."), hk_operator_get_display_name (before));
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE operators SET display_name = ?2 WHERE id = ?1",
                                      error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, id);
  hk_statement_bind_text (update, 2, name);

  if (!hk_statement_run (update, error) ||
      !write_roles (self, id, roles, error) ||
      !(after = hk_operator_store_lookup_by_id (self, id, error)))
    return NULL;

  roles_before = hk_roles_to_ids (hk_operator_get_roles (before));
  roles_after = hk_roles_to_ids (roles);
  summary = g_strdup_printf ("changed %s: name “%s” → “%s”, roles %s → %s",
                             hk_operator_get_login (before),
                             hk_operator_get_display_name (before), name,
                             roles_before, roles_after);

  if (!hk_audit_log_append (self->database, actor, "operator-changed", "operator", id, summary,
                            error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return g_steal_pointer (&after);
}

static gboolean
write_password (HkOperatorStore  *self,
                HkOperator       *actor,
                gint64            id,
                const char       *password,
                const char       *action,
                const char       *summary,
                GError          **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autofree char *hash = NULL;

  if (!(hash = hk_password_hash (password, error)))
    return FALSE;

  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(update = hk_database_prepare (self->database,
                                      "UPDATE operators SET password_hash = ?2,"
                                      " failed_logins = 0, locked_until = 0 WHERE id = ?1",
                                      error)))
    return FALSE;

  hk_statement_bind_int64 (update, 1, id);
  hk_statement_bind_text (update, 2, hash);

  return hk_statement_run (update, error) &&
         hk_audit_log_append (self->database, actor, action, "operator", id, summary, error) &&
         hk_transaction_commit (tx, error);
}

/* An administrator sets a new password for someone; this also lifts a lock-out. */
gboolean
hk_operator_store_reset_password (HkOperatorStore  *self,
                                  HkOperator       *actor,
                                  HkOperator       *target,
                                  const char       *password,
                                  GError          **error)
{
  g_autofree char *summary = NULL;

  g_return_val_if_fail (HK_IS_OPERATOR_STORE (self), FALSE);
  g_return_val_if_fail (HK_IS_OPERATOR (target), FALSE);

  if (!hk_permission_require (self->database, actor, HK_ROLE_ADMINISTRATOR,
                              _("Resetting a password"), error))
    return FALSE;

  summary = g_strdup_printf ("reset the password of %s", hk_operator_get_login (target));

  return write_password (self, actor, hk_operator_get_id (target), password,
                         "password-reset", summary, error);
}

gboolean
hk_operator_store_change_own_password (HkOperatorStore  *self,
                                       HkOperator       *actor,
                                       const char       *old_password,
                                       const char       *new_password,
                                       GError          **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (HK_IS_OPERATOR_STORE (self), FALSE);
  g_return_val_if_fail (HK_IS_OPERATOR (actor), FALSE);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT password_hash FROM operators WHERE id = ?1", error)))
    return FALSE;

  hk_statement_bind_int64 (stmt, 1, hk_operator_get_id (actor));
  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, HK_ERROR, HK_ERROR_NOT_FOUND, _("Your account no longer exists."));
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (!hk_password_verify (hk_statement_get_text (stmt, 0), old_password))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_AUTHENTICATION, _("The current password is wrong."));
      return FALSE;
    }

  g_clear_object (&stmt);

  return write_password (self, actor, hk_operator_get_id (actor), new_password,
                         "password-changed", "changed own password", error);
}

/* Deactivating keeps the operator and everything they did; they only cannot log in. */
HkOperator *
hk_operator_store_set_active (HkOperatorStore  *self,
                              HkOperator       *actor,
                              HkOperator       *target,
                              gboolean          active,
                              GError          **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;
  g_autoptr(HkOperator) before = NULL;
  g_autoptr(HkOperator) after = NULL;
  g_autofree char *summary = NULL;
  gint64 id;

  g_return_val_if_fail (HK_IS_OPERATOR_STORE (self), NULL);
  g_return_val_if_fail (HK_IS_OPERATOR (target), NULL);

  if (!hk_permission_require (self->database, actor, HK_ROLE_ADMINISTRATOR,
                              active ? _("Reactivating an operator")
                                     : _("Deactivating an operator"), error))
    return NULL;

  id = hk_operator_get_id (target);

  if (!active && id == hk_operator_get_id (actor))
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("You cannot deactivate your own account."));
      return NULL;
    }

  /* The roles as stored now, not as @target remembers them: it may be out of date. */
  if (!(tx = hk_transaction_begin (self->database, error)) ||
      !(before = hk_operator_store_lookup_by_id (self, id, error)))
    return NULL;

  if (!active &&
      (hk_operator_get_roles (before) & HK_ROLE_ADMINISTRATOR) &&
      count_other_active_administrators (self, id) == 0)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT,
                   _("%s is the only active administrator."),
                   hk_operator_get_display_name (before));
      return NULL;
    }

  if (!(update = hk_database_prepare (self->database,
                                      "UPDATE operators SET active = ?2, failed_logins = 0,"
                                      " locked_until = 0 WHERE id = ?1", error)))
    return NULL;

  hk_statement_bind_int64 (update, 1, id);
  hk_statement_bind_int64 (update, 2, active ? 1 : 0);

  summary = g_strdup_printf ("%s %s", active ? "reactivated" : "deactivated",
                             hk_operator_get_login (target));

  if (!hk_statement_run (update, error) ||
      !(after = hk_operator_store_lookup_by_id (self, id, error)) ||
      !hk_audit_log_append (self->database, actor,
                            active ? "operator-reactivated" : "operator-deactivated",
                            "operator", id, summary, error) ||
      !hk_transaction_commit (tx, error))
    return NULL;

  emit_changed (self);

  return g_steal_pointer (&after);
}

static gboolean
record_login_attempt (HkOperatorStore  *self,
                      gint64            id,
                      HkOperator       *actor,
                      gint64            failed_logins,
                      gint64            locked_until,
                      const char       *action,
                      const char       *summary,
                      GError          **error)
{
  g_autoptr(HkTransaction) tx = NULL;
  g_autoptr(HkStatement) update = NULL;

  if (!(tx = hk_transaction_begin (self->database, error)))
    return FALSE;

  if (id != 0)
    {
      if (!(update = hk_database_prepare (self->database,
                                          "UPDATE operators SET failed_logins = ?2,"
                                          " locked_until = ?3 WHERE id = ?1", error)))
        return FALSE;

      hk_statement_bind_int64 (update, 1, id);
      hk_statement_bind_int64 (update, 2, failed_logins);
      hk_statement_bind_int64 (update, 3, locked_until);

      if (!hk_statement_run (update, error))
        return FALSE;
    }

  return hk_audit_log_append (self->database, actor, action, "operator", id, summary, error) &&
         hk_transaction_commit (tx, error);
}

/**
 * hk_operator_store_authenticate:
 *
 * Checks a login name and password. Every attempt is written to the audit
 * log. After %HK_LOGIN_MAX_FAILURES wrong passwords in a row the account is
 * locked for %HK_LOGIN_LOCKOUT_SECONDS (%HK_ERROR_LOCKED_OUT), even for the
 * right password. A wrong login name and a wrong password give the same
 * message, so that nobody learns which logins exist.
 *
 * Returns: (transfer full): the operator, or %NULL with @error set
 */
HkOperator *
hk_operator_store_authenticate (HkOperatorStore  *self,
                                const char       *login,
                                const char       *password,
                                GError          **error)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(HkOperator) operator = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *summary = NULL;
  GError *local_error = NULL;
  gint64 failed_logins;
  gint64 locked_until;
  gint64 now;
  gint64 id;

  g_return_val_if_fail (HK_IS_OPERATOR_STORE (self), NULL);
  g_return_val_if_fail (login != NULL && password != NULL, NULL);

  now = hk_database_get_now (self->database);

  if (!(stmt = hk_database_prepare (self->database,
                                    "SELECT " OPERATOR_COLUMNS ", o.password_hash,"
                                    " o.failed_logins, o.locked_until"
                                    " FROM operators o WHERE o.login = ?1", error)))
    return NULL;

  hk_statement_bind_text (stmt, 1, login);

  if (!hk_statement_step (stmt, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return NULL;
        }

      summary = g_strdup_printf ("login failed: unknown login “%s”", login);
      if (!record_login_attempt (self, 0, NULL, 0, 0, "login-failed", summary, error))
        return NULL;

      g_set_error (error, HK_ERROR, HK_ERROR_AUTHENTICATION,
                   _("Wrong login name or password."));
      return NULL;
    }

  operator = operator_from_row (stmt);
  id = hk_operator_get_id (operator);
  hash = hk_statement_dup_text (stmt, 6);
  failed_logins = hk_statement_get_int64 (stmt, 7);
  locked_until = hk_statement_get_int64 (stmt, 8);
  g_clear_object (&stmt);

  if (locked_until > now)
    {
      gint64 minutes = (locked_until - now + 59) / 60;

      summary = g_strdup_printf ("login refused: %s is locked out", login);
      if (!record_login_attempt (self, id, NULL, failed_logins, locked_until,
                                 "login-refused", summary, error))
        return NULL;

      g_set_error (error, HK_ERROR, HK_ERROR_LOCKED_OUT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Too many wrong passwords: this account is locked for %d more "
                                "minute.",
                                "Too many wrong passwords: this account is locked for %d more "
                                "minutes.",
                                (gulong)minutes),
                   (int)minutes);
      return NULL;
    }

  if (!hk_password_verify (hash, password))
    {
      failed_logins++;

      if (failed_logins >= HK_LOGIN_MAX_FAILURES)
        {
          summary = g_strdup_printf ("login failed: wrong password for %s (%lld in a row); "
                                     "locked for %d minutes", login, (long long)failed_logins,
                                     HK_LOGIN_LOCKOUT_SECONDS / 60);
          if (!record_login_attempt (self, id, NULL, 0, now + HK_LOGIN_LOCKOUT_SECONDS,
                                     "login-failed", summary, error))
            return NULL;

          g_set_error (error, HK_ERROR, HK_ERROR_LOCKED_OUT,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "Wrong password again: this account is now locked for %d "
                                    "minute.",
                                    "Wrong password again: this account is now locked for %d "
                                    "minutes.",
                                    HK_LOGIN_LOCKOUT_SECONDS / 60),
                       HK_LOGIN_LOCKOUT_SECONDS / 60);
          return NULL;
        }

      summary = g_strdup_printf ("login failed: wrong password for %s (%lld in a row)",
                                 login, (long long)failed_logins);
      if (!record_login_attempt (self, id, NULL, failed_logins, 0, "login-failed", summary,
                                 error))
        return NULL;

      g_set_error (error, HK_ERROR, HK_ERROR_AUTHENTICATION, _("Wrong login name or password."));
      return NULL;
    }

  if (!hk_operator_get_active (operator))
    {
      summary = g_strdup_printf ("login refused: %s is deactivated", login);
      if (!record_login_attempt (self, id, NULL, 0, 0, "login-refused", summary, error))
        return NULL;

      g_set_error (error, HK_ERROR, HK_ERROR_AUTHENTICATION,
                   _("This account is deactivated; ask an administrator."));
      return NULL;
    }

  if (!record_login_attempt (self, id, operator, 0, 0, "login", "logged in", error))
    return NULL;

  return g_steal_pointer (&operator);
}
