/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-operator.c: hallkeeper-cli operator: adding, listing and changing operators.
 *
 * Every subcommand logs the --operator in and then calls the operator store
 * with them as the actor, so the store's role checks, rules (the last
 * administrator stays) and audit entries are the same as in the window.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-cli-operator.h"

#include "core/hk-operator-store.h"
#include "core/hk-permission.h"
#include "core/hk-role.h"
#include "reports/hk-text-table.h"

/* Parses the --role values ("clerk,auditor", possibly repeated); a bad name is a usage error. */
static gboolean
parse_roles (GStrv     role_args,
             HkRoles  *roles,
             GError  **error)
{
  g_autofree char *joined = NULL;
  g_autoptr(GError) local_error = NULL;

  if (role_args == NULL || role_args[0] == NULL)
    return hk_cli_require_option (NULL, "--role", error);

  joined = g_strjoinv (",", role_args);

  if (!hk_roles_parse (joined, roles, &local_error))
    {
      hk_cli_set_usage_error (error, "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* The "Roles:" block of --help: each role's name on the command line and what it does. */
static char *
describe_roles (void)
{
  GString *text = g_string_new (_("Roles:"));
  gsize width = 0;

  for (guint i = 0; i < HK_N_ROLES; i++)
    width = MAX (width, strlen (hk_role_to_id (hk_role_nth (i))));

  for (guint i = 0; i < HK_N_ROLES; i++)
    {
      HkRoles role = hk_role_nth (i);

      g_string_append_printf (text, "\n  %-*s  %s\n  %-*s  %s", (int)width, hk_role_to_id (role),
                              hk_role_get_title (role), (int)width, "",
                              hk_role_get_description (role));
    }

  return g_string_free (text, FALSE);
}

/* Parses a subcommand's options and checks that no other arguments follow. */
static gboolean
parse_subcommand (HkCliGlobals        *globals,
                  const char          *command,
                  const char          *summary,
                  const GOptionEntry  *entries,
                  gboolean             with_roles,
                  GStrv                args,
                  GError             **error)
{
  g_autoptr(GOptionContext) context = NULL;

  context = hk_cli_option_context_new (globals, command, NULL, summary, entries);

  if (with_roles)
    {
      g_autofree char *roles = describe_roles ();
      g_option_context_set_description (context, roles);
    }

  return hk_cli_parse_options (context, &args, error) &&
         hk_cli_expect_arguments (args, 0, NULL, error);
}

/* The store checks the role again; asking first spares typing a new password for nothing.
 * A refusal is written to the audit log either way. */
static gboolean
require_administrator (HkContext   *context,
                       const char  *what,
                       GError     **error)
{
  return hk_permission_require (hk_context_get_database (context),
                                hk_context_get_operator (context),
                                HK_ROLE_ADMINISTRATOR, what, error);
}

static HkOperator *
lookup_target (HkContext   *context,
               const char  *login,
               GError     **error)
{
  return hk_operator_store_lookup (hk_context_get_operator_store (context), login, error);
}

static gboolean
run_add (HkCliGlobals  *globals,
         GStrv          args,
         GError       **error)
{
  g_autofree char *login = NULL;
  g_autofree char *name = NULL;
  g_auto(GStrv) role_args = NULL;
  gboolean password_stdin = FALSE;
  const GOptionEntry entries[] = {
    { "login", 0, 0, G_OPTION_ARG_STRING, &login,
      N_("The new operator’s login name"), N_("LOGIN") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name,
      N_("The new operator’s full name"), N_("NAME") },
    { "role", 0, 0, G_OPTION_ARG_STRING_ARRAY, &role_args,
      N_("The roles, separated by commas (the option may be repeated)"), N_("ROLE[,ROLE…]") },
    { "password-stdin", 0, 0, G_OPTION_ARG_NONE, &password_stdin,
      N_("Read the new operator’s password from standard input"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) added = NULL;
  g_auto(HkCliSecret) password = NULL;
  g_autofree char *role_ids = NULL;
  HkRoles roles = HK_ROLE_NONE;

  if (!parse_subcommand (globals, "operator add",
                         _("Add an operator. Needs the administrator role."),
                         entries, TRUE, args, error) ||
      !hk_cli_require_option (login, "--login", error) ||
      !hk_cli_require_option (name, "--name", error) ||
      !parse_roles (role_args, &roles, error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !require_administrator (context, _("Adding an operator"), error) ||
      !(password = hk_cli_read_new_password (login, password_stdin, HK_CLI_ENV_NEW_PASSWORD,
                                             error)) ||
      !(added = hk_operator_store_add (hk_context_get_operator_store (context),
                                       hk_context_get_operator (context),
                                       login, name, roles, password, error)))
    return FALSE;

  role_ids = hk_roles_to_ids (hk_operator_get_roles (added));
  g_print (_("Added %s (%s) with the roles %s.\n"), hk_operator_get_login (added),
           hk_operator_get_display_name (added), role_ids);

  return TRUE;
}

static gboolean
run_list (HkCliGlobals  *globals,
          GStrv          args,
          GError       **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkTextTable) table = NULL;
  g_autofree char *text = NULL;
  GListModel *operators;

  if (!parse_subcommand (globals, "operator list",
                         _("List every operator, active or deactivated, with their roles."),
                         NULL, FALSE, args, error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  operators = hk_operator_store_get_model (hk_context_get_operator_store (context));

  table = hk_text_table_new (4);
  hk_text_table_add_row (table, _("Login"), C_("person", "Name"), _("Roles"), _("Status"), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);
      g_autofree char *role_ids = hk_roles_to_ids (hk_operator_get_roles (operator));

      hk_text_table_add_row (table,
                             hk_operator_get_login (operator),
                             hk_operator_get_display_name (operator),
                             role_ids,
                             hk_operator_get_active (operator) ? _("active") : _("deactivated"),
                             NULL);
    }

  text = hk_text_table_render (table);
  g_print ("%s", text);

  return TRUE;
}

static gboolean
run_set_roles (HkCliGlobals  *globals,
               GStrv          args,
               GError       **error)
{
  g_autofree char *login = NULL;
  g_auto(GStrv) role_args = NULL;
  const GOptionEntry entries[] = {
    { "login", 0, 0, G_OPTION_ARG_STRING, &login,
      N_("The operator whose roles change"), N_("LOGIN") },
    { "role", 0, 0, G_OPTION_ARG_STRING_ARRAY, &role_args,
      N_("All the roles they hold from now on, separated by commas"), N_("ROLE[,ROLE…]") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) target = NULL;
  g_autoptr(HkOperator) changed = NULL;
  g_autofree char *role_ids = NULL;
  HkRoles roles = HK_ROLE_NONE;

  if (!parse_subcommand (globals, "operator set-roles",
                         _("Replace an operator’s roles. Needs the administrator role."),
                         entries, TRUE, args, error) ||
      !hk_cli_require_option (login, "--login", error) ||
      !parse_roles (role_args, &roles, error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(target = lookup_target (context, login, error)) ||
      !(changed = hk_operator_store_update (hk_context_get_operator_store (context),
                                            hk_context_get_operator (context), target,
                                            hk_operator_get_display_name (target), roles,
                                            error)))
    return FALSE;

  role_ids = hk_roles_to_ids (hk_operator_get_roles (changed));
  g_print (_("%s now has the roles %s.\n"), hk_operator_get_login (changed), role_ids);

  return TRUE;
}

static gboolean
set_active (HkCliGlobals  *globals,
            GStrv          args,
            gboolean       active,
            GError       **error)
{
  g_autofree char *login = NULL;
  const GOptionEntry entries[] = {
    { "login", 0, 0, G_OPTION_ARG_STRING, &login, N_("The operator’s login name"), N_("LOGIN") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) target = NULL;
  g_autoptr(HkOperator) changed = NULL;

  if (!parse_subcommand (globals,
                         active ? "operator reactivate" : "operator deactivate",
                         active ? _("Let a deactivated operator log in again. Needs the "
                                    "administrator role.")
                                : _("Stop an operator from logging in; their records stay. "
                                    "Needs the administrator role."),
                         entries, FALSE, args, error) ||
      !hk_cli_require_option (login, "--login", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(target = lookup_target (context, login, error)) ||
      !(changed = hk_operator_store_set_active (hk_context_get_operator_store (context),
                                                hk_context_get_operator (context), target,
                                                active, error)))
    return FALSE;

  if (active)
    g_print (_("%s is active again.\n"), hk_operator_get_login (changed));
  else
    g_print (_("%s is deactivated.\n"), hk_operator_get_login (changed));

  return TRUE;
}

static gboolean
run_deactivate (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  return set_active (globals, args, FALSE, error);
}

static gboolean
run_reactivate (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  return set_active (globals, args, TRUE, error);
}

static gboolean
run_reset_password (HkCliGlobals  *globals,
                    GStrv          args,
                    GError       **error)
{
  g_autofree char *login = NULL;
  gboolean password_stdin = FALSE;
  const GOptionEntry entries[] = {
    { "login", 0, 0, G_OPTION_ARG_STRING, &login,
      N_("The operator who gets a new password"), N_("LOGIN") },
    { "password-stdin", 0, 0, G_OPTION_ARG_NONE, &password_stdin,
      N_("Read the new password from standard input"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) target = NULL;
  g_auto(HkCliSecret) password = NULL;

  if (!parse_subcommand (globals, "operator reset-password",
                         _("Set a new password for an operator and lift a lock-out. Needs the "
                           "administrator role."),
                         entries, FALSE, args, error) ||
      !hk_cli_require_option (login, "--login", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !require_administrator (context, _("Resetting a password"), error) ||
      !(target = lookup_target (context, login, error)) ||
      !(password = hk_cli_read_new_password (login, password_stdin, HK_CLI_ENV_NEW_PASSWORD,
                                             error)) ||
      !hk_operator_store_reset_password (hk_context_get_operator_store (context),
                                         hk_context_get_operator (context), target, password,
                                         error))
    return FALSE;

  g_print (_("%s has a new password.\n"), hk_operator_get_login (target));

  return TRUE;
}

static const HkCliCommand operator_commands[] = {
  { "add", N_("Add an operator with a password and roles"), run_add },
  { "list", N_("List the operators, their roles and whether they are active"), run_list },
  { "set-roles", N_("Replace an operator’s roles"), run_set_roles },
  { "deactivate", N_("Stop an operator from logging in"), run_deactivate },
  { "reactivate", N_("Let a deactivated operator log in again"), run_reactivate },
  { "reset-password", N_("Set a new password for an operator"), run_reset_password },
};

gboolean
hk_cli_operator (HkCliGlobals  *globals,
                 GStrv          args,
                 GError       **error)
{
  return hk_cli_run_subcommand (globals, "operator", _("Add, list and change operators."),
                                operator_commands, G_N_ELEMENTS (operator_commands), args,
                                error);
}
