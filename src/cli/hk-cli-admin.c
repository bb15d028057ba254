/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-admin.c: hallkeeper-cli init, demo, verify, backup, restore: the database as a whole.
 *
 * init and demo make a new database and so need nobody to log in; the others
 * log the --operator in and check their role with hk_permission_require, so a
 * refusal is written to the audit log just as in the window.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "hk-cli-admin.h"

#include "core/hk-audit-log.h"
#include "core/hk-backup.h"
#include "core/hk-demo.h"
#include "core/hk-error.h"
#include "core/hk-operator-store.h"
#include "core/hk-password.h"
#include "core/hk-paths.h"
#include "core/hk-permission.h"

static gboolean
parse_command (HkCliGlobals        *globals,
               const char          *command,
               const char          *parameters,
               const char          *summary,
               const GOptionEntry  *entries,
               GStrv                args,
               guint                n_arguments,
               const char          *what,
               GError             **error)
{
  g_autoptr(GOptionContext) context = NULL;

  context = hk_cli_option_context_new (globals, command, parameters, summary, entries);

  return hk_cli_parse_options (context, &args, error) &&
         hk_cli_expect_arguments (args, n_arguments, what, error);
}

/* Removes a database this command created and could not finish, with its -wal and -shm. */
static void
remove_database_files (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static gboolean
refuse_existing_database (const char  *path,
                      GError     **error)
{
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  g_set_error (error, HK_CLI_ERROR, HK_CLI_ERROR_FAILED,
               _("%s already exists; init only creates a new database"), path);
  return FALSE;
}

static gboolean
create_with_administrator (const char  *path,
                           const char  *login,
                           const char  *name,
                           const char  *password,
                           GError     **error)
{
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkOperatorStore) operators = NULL;
  g_autoptr(HkOperator) administrator = NULL;

  if (!(database = hk_database_open (path, error)))
    return FALSE;

  operators = hk_operator_store_new (database);
  administrator = hk_operator_store_create_administrator (operators, login, name, password,
                                                          error);

  return administrator != NULL;
}

gboolean
hk_cli_init (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *login = NULL;
  g_autofree char *name = NULL;
  const GOptionEntry entries[] = {
    { "admin", 0, 0, G_OPTION_ARG_STRING, &login,
      N_("The administrator’s login name"), N_("LOGIN") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name,
      N_("The administrator’s full name (default: the login name)"), N_("NAME") },
    { NULL }
  };
  g_auto(HkCliSecret) password = NULL;
  const char *path;

  if (!parse_command (globals, "init", NULL,
                      _("Create a new database with its first operator, an administrator. The "
                        "password comes from HALLKEEPER_PASSWORD or is asked twice."),
                      entries, args, 0, NULL, error) ||
      !hk_cli_require_option (login, "--admin", error))
    return FALSE;

  path = hk_cli_globals_get_database (globals);

  /* Check what can be checked before a file is created. */
  if (!refuse_existing_database (path, error) ||
      !hk_operator_login_is_valid (login, error) ||
      !(password = hk_cli_read_new_password (login, FALSE, HK_CLI_ENV_PASSWORD, error)) ||
      !hk_password_validate (password, error))
    return FALSE;

  if (!create_with_administrator (path, login, name != NULL ? name : login, password, error))
    {
      remove_database_files (path);
      return FALSE;
    }

  g_print (_("Created %s with the administrator %s.\n"), path, login);

  return TRUE;
}

static gboolean
populate_demo (const char  *path,
               guint        n_days,
               GError     **error)
{
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkContext) context = NULL;

  if (!(database = hk_database_open (path, error)))
    return FALSE;

  context = hk_context_new (database);

  return hk_demo_populate (context, n_days, error);
}

gboolean
hk_cli_demo (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *default_path = hk_paths_get_demo_database ();
  int n_days = HK_DEMO_DEFAULT_DAYS;
  const GOptionEntry entries[] = {
    { "days", 0, 0, G_OPTION_ARG_INT, &n_days,
      N_("How many days of counter records, ending yesterday (default: 92; 0 for operators "
         "only)"), N_("N") },
    { NULL }
  };
  const char *path;
  gboolean existed;

  if (!parse_command (globals, "demo", NULL,
                      _("Create the demonstration hall in a new database (default: the demo "
                        "database, never the hall’s real one). Every demo account’s password "
                        "is “demo”."),
                      entries, args, 0, NULL, error))
    return FALSE;

  if (n_days < 0 || n_days > 3660)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID, _("--days takes 0 to 3660 days."));
      return FALSE;
    }

  path = globals->database_path != NULL ? globals->database_path : default_path;
  existed = g_file_test (path, G_FILE_TEST_EXISTS);

  if (!populate_demo (path, (guint)n_days, error))
    {
      if (!existed)
        remove_database_files (path);
      return FALSE;
    }

  g_print (_("Created the demo hall in %s. Log in as admin (or any demo account) with the "
             "password “%s”.\n"), path, HK_DEMO_PASSWORD);

  return TRUE;
}

gboolean
hk_cli_verify (HkCliGlobals  *globals,
               GStrv          args,
               GError       **error)
{
  g_autoptr(HkContext) context = NULL;
  HkDatabase *database;
  gint64 n_entries = 0;

  if (!parse_command (globals, "verify", NULL,
                      _("Check the database file and the audit log’s hash chain. Any operator "
                        "may run it."),
                      NULL, args, 0, NULL, error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  database = hk_context_get_database (context);

  if (!hk_database_check_integrity (database, error))
    return FALSE;
  g_print (_("Integrity: ok\n"));

  if (!hk_audit_log_verify (database, &n_entries, NULL, error))
    return FALSE;
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Audit log: %lld entry, chain intact\n",
                        "Audit log: %lld entries, chain intact\n",
                        (gulong)n_entries),
           (long long)n_entries);

  return TRUE;
}

gboolean
hk_cli_backup (HkCliGlobals  *globals,
               GStrv          args,
               GError       **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autofree char *made = NULL;
  HkDatabase *database;
  HkOperator *actor;
  const char *target;

  if (!parse_command (globals, "backup", _("PATH"),
                      _("Copy the whole database into the new file PATH, or into a new file "
                        "named after the time if PATH is a folder. Needs the administrator, "
                        "hall supervisor or auditor role. The application also makes a backup "
                        "at its first start each day."),
                      NULL, args, 1, _("the backup file to create, or a folder"), error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  target = args[1];
  database = hk_context_get_database (context);
  actor = hk_context_get_operator (context);

  if (g_file_test (target, G_FILE_TEST_IS_DIR))
    {
      if (!(made = hk_backup_write_in (database, actor, target, error)))
        return FALSE;
    }
  else
    {
      if (!hk_backup_write (database, actor, target, error))
        return FALSE;
      made = g_strdup (target);
    }

  g_print (_("Backup written to %s.\n"), made);

  return TRUE;
}

gboolean
hk_cli_restore (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autofree char *aside = NULL;
  HkDatabase *database;
  const char *backup;

  if (!parse_command (globals, "restore", _("PATH"),
                      _("Replace the whole database with the backup PATH, after checking the "
                        "backup's integrity and its audit log's hash chain. The replaced "
                        "database is kept beside it as NAME.replaced-DATE-TIME. Everything "
                        "written since that backup is no longer in the database. Needs the "
                        "administrator role."),
                      NULL, args, 1, _("the backup file to restore"), error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  backup = args[1];
  database = hk_context_get_database (context);

  if (!(aside = hk_backup_restore (database, hk_context_get_operator (context), backup, error)))
    return FALSE;

  g_print (_("Restored %s from %s. The replaced database is kept as %s.\n"),
           hk_database_get_path (database), backup, aside);

  return TRUE;
}
