/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-common.c: what every hallkeeper-cli command shares: options, passwords, login, errors.
 *
 * Each command parses its own arguments with a GOptionContext whose main
 * group also holds the global options, so that --database and --operator
 * work before or after the command's name and every --help lists them.
 * Passwords come from the environment (for scripts) or from the terminal with
 * echo off, never from the command line, where other users could see them.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "hk-cli-common.h"

#include "core/hk-error.h"
#include "core/hk-money.h"
#include "core/hk-password.h"
#include "core/hk-paths.h"

/* Longer lines are not passwords; stop reading there. */
#define SECRET_MAX_LENGTH 1024

G_DEFINE_QUARK (hk-cli-error-quark, hk_cli_error)

/* The terminal whose echo is off while a password is typed, restored on a signal. */
static int quiet_tty_fd = -1;
static struct termios quiet_tty_saved;

static const int restoring_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP };

static void
replace_string (char       **target,
                const char  *value)
{
  g_free (*target);
  *target = g_strdup (value);
}

static gboolean
set_global_option (const char  *option_name,
                   const char  *value,
                   gpointer     data,
                   GError     **error)
{
  HkCliGlobals *globals = data;

  if (g_str_equal (option_name, "--database"))
    replace_string (&globals->database_path, value);
  else
    replace_string (&globals->operator_login, value);

  return TRUE;
}

static const GOptionEntry global_entries[] = {
  { "database", 0, G_OPTION_FLAG_FILENAME, G_OPTION_ARG_CALLBACK, set_global_option,
    N_("The database file (default: the hall’s usual database)"), N_("PATH") },
  { "operator", 0, 0, G_OPTION_ARG_CALLBACK, set_global_option,
    N_("The login name of the operator who acts"), N_("LOGIN") },
  { NULL }
};

void
hk_cli_globals_clear (HkCliGlobals *globals)
{
  g_clear_pointer (&globals->database_path, g_free);
  g_clear_pointer (&globals->operator_login, g_free);
}

/* The --database path, or the default database when none was given. */
const char *
hk_cli_globals_get_database (HkCliGlobals *globals)
{
  if (globals->database_path == NULL)
    globals->database_path = hk_paths_get_default_database ();

  return globals->database_path;
}

/**
 * hk_cli_option_context_new:
 * @command: (nullable): e.g. "operator add", shown in the usage line; %NULL for the tool
 * @parameters: (nullable): what follows the options, e.g. "PATH"
 * @summary: a translated line saying what the command does
 * @entries: (nullable): the command's own options
 *
 * Returns: a context whose main group has @entries and the global options.
 */
GOptionContext *
hk_cli_option_context_new (HkCliGlobals        *globals,
                           const char          *command,
                           const char          *parameters,
                           const char          *summary,
                           const GOptionEntry  *entries)
{
  g_autofree char *prgname = NULL;
  GOptionContext *context;
  GOptionGroup *group;

  /* GOption's usage line starts with the program name: make it name the command. */
  prgname = command != NULL ? g_strdup_printf ("%s %s", HK_CLI_PROGRAM_NAME, command)
                            : g_strdup (HK_CLI_PROGRAM_NAME);
  g_set_prgname (prgname);

  context = g_option_context_new (parameters);
  group = g_option_group_new (HK_CLI_PROGRAM_NAME, NULL, NULL, globals, NULL);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_group_add_entries (group, entries);
  g_option_group_add_entries (group, global_entries);
  g_option_context_set_main_group (context, group);
  g_option_context_set_summary (context, summary);

  return context;
}

/* A usage error (exit status 2) that points to the command's --help. */
void
hk_cli_set_usage_error (GError     **error,
                        const char  *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, HK_CLI_ERROR, HK_CLI_ERROR_USAGE,
               /* Translators: %s is an error; then the command to get help */
               _("%s (see “%s --help”)"), message, g_get_prgname ());
}

/* Parses *args in place; an option error becomes a usage error that points to --help. */
gboolean
hk_cli_parse_options (GOptionContext  *context,
                      GStrv           *args,
                      GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_option_context_parse_strv (context, args, &local_error))
    return TRUE;

  hk_cli_set_usage_error (error, "%s", local_error->message);
  return FALSE;
}

/* Checks that exactly @n_wanted arguments follow the command; @what names them. */
gboolean
hk_cli_expect_arguments (GStrv        args,
                         guint        n_wanted,
                         const char  *what,
                         GError     **error)
{
  guint n_given = g_strv_length (args) - 1;

  if (n_given == n_wanted)
    return TRUE;

  if (n_given > n_wanted)
    hk_cli_set_usage_error (error, _("unexpected argument “%s”"), args[n_wanted + 1]);
  else
    hk_cli_set_usage_error (error, _("give %s"), what);

  return FALSE;
}

/* A usage error naming @option when @value was not given. */
gboolean
hk_cli_require_option (const char  *value,
                       const char  *option,
                       GError     **error)
{
  if (value != NULL && *value != '\0')
    return TRUE;

  hk_cli_set_usage_error (error, _("the option %s is required"), option);
  return FALSE;
}

/* A "Commands:" block for --help: one line per command with its summary. */
char *
hk_cli_describe_commands (const HkCliCommand *commands,
                          gsize               n_commands,
                          const char         *heading)
{
  GString *text = g_string_new (heading);
  gsize width = 0;

  for (gsize i = 0; i < n_commands; i++)
    width = MAX (width, strlen (commands[i].name));

  for (gsize i = 0; i < n_commands; i++)
    g_string_append_printf (text, "\n  %-*s  %s", (int)width, commands[i].name,
                            _(commands[i].summary));

  return g_string_free (text, FALSE);
}

/**
 * hk_cli_run_subcommand:
 * @group: the command that has subcommands, e.g. "operator"
 * @args: @group and what follows it
 *
 * Parses the options before the subcommand's name and runs the subcommand.
 */
gboolean
hk_cli_run_subcommand (HkCliGlobals        *globals,
                       const char          *group,
                       const char          *summary,
                       const HkCliCommand  *commands,
                       gsize                n_commands,
                       GStrv                args,
                       GError             **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *description = NULL;

  description = hk_cli_describe_commands (commands, n_commands, _("Subcommands:"));
  context = hk_cli_option_context_new (globals, group, _("SUBCOMMAND [OPTION…]"), summary, NULL);
  g_option_context_set_description (context, description);
  g_option_context_set_strict_posix (context, TRUE);

  if (!hk_cli_parse_options (context, &args, error))
    return FALSE;

  if (args[1] == NULL)
    {
      hk_cli_set_usage_error (error, _("“%s” needs a subcommand"), group);
      return FALSE;
    }

  for (gsize i = 0; i < n_commands; i++)
    if (g_str_equal (args[1], commands[i].name))
      return commands[i].run (globals, args + 1, error);

  hk_cli_set_usage_error (error, _("unknown subcommand “%s %s”"), group, args[1]);
  return FALSE;
}

void
hk_cli_secret_free (char *secret)
{
  if (secret == NULL)
    return;

  explicit_bzero (secret, strlen (secret));
  g_free (secret);
}

/* Reads up to a newline or the end; the newline (and a CR before it) is not kept. */
static char *
read_line (int      fd,
           GError **error)
{
  char buffer[SECRET_MAX_LENGTH + 1];
  gsize length = 0;
  char *line;

  while (length < SECRET_MAX_LENGTH)
    {
      char c;
      ssize_t n = read (fd, &c, 1);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          explicit_bzero (buffer, sizeof buffer);
          g_set_error (error, HK_CLI_ERROR, HK_CLI_ERROR_FAILED,
                       _("cannot read the password: %s"), g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0 || c == '\n')
        break;
      buffer[length++] = c;
    }

  if (length > 0 && buffer[length - 1] == '\r')
    length--;
  buffer[length] = '\0';

  if (!g_utf8_validate (buffer, length, NULL))
    {
      explicit_bzero (buffer, sizeof buffer);
      g_set_error (error, HK_CLI_ERROR, HK_CLI_ERROR_FAILED,
                   _("the password is not valid UTF-8 text"));
      return NULL;
    }

  line = g_strndup (buffer, length);
  explicit_bzero (buffer, sizeof buffer);

  return line;
}

static void
on_signal_restore_tty (int signum)
{
  if (quiet_tty_fd >= 0)
    tcsetattr (quiet_tty_fd, TCSANOW, &quiet_tty_saved);

  signal (signum, SIG_DFL);
  raise (signum);
}

static void
set_restoring_handlers (gboolean          install,
                        struct sigaction *previous)
{
  for (gsize i = 0; i < G_N_ELEMENTS (restoring_signals); i++)
    {
      if (install)
        {
          struct sigaction action = { 0 };

          action.sa_handler = on_signal_restore_tty;
          sigemptyset (&action.sa_mask);
          sigaction (restoring_signals[i], &action, &previous[i]);
        }
      else
        sigaction (restoring_signals[i], &previous[i], NULL);
    }
}

static void
write_prompt (int         fd,
              const char *prompt)
{
  g_autofree char *local = g_locale_from_utf8 (prompt, -1, NULL, NULL, NULL);
  const char *text = local != NULL ? local : prompt;

  if (write (fd, text, strlen (text)) < 0)
    return; /* the typed password still arrives */
}

/* Asks on the controlling terminal with echo off; @hint says what to do without one. */
static char *
read_secret_from_tty (const char  *prompt,
                      const char  *hint,
                      GError     **error)
{
  struct sigaction previous[G_N_ELEMENTS (restoring_signals)];
  struct termios quiet;
  char *secret;
  int fd;

  fd = open ("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (fd < 0 || tcgetattr (fd, &quiet_tty_saved) != 0)
    {
      if (fd >= 0)
        close (fd);
      g_set_error (error, HK_CLI_ERROR, HK_CLI_ERROR_FAILED,
                   /* Translators: %s says how to give a password without a terminal */
                   _("there is no terminal to ask for the password; %s"), hint);
      return NULL;
    }

  quiet = quiet_tty_saved;
  quiet.c_lflag &= ~ECHO;
  quiet.c_lflag |= ECHONL;

  write_prompt (fd, prompt);

  quiet_tty_fd = fd;
  set_restoring_handlers (TRUE, previous);
  tcsetattr (fd, TCSAFLUSH, &quiet);

  secret = read_line (fd, error);

  tcsetattr (fd, TCSAFLUSH, &quiet_tty_saved);
  set_restoring_handlers (FALSE, previous);
  quiet_tty_fd = -1;
  close (fd);

  return secret;
}

/* The acting operator's password: $HALLKEEPER_PASSWORD, or asked on the terminal. */
char *
hk_cli_read_password (const char  *login,
                      GError     **error)
{
  const char *from_env = g_getenv (HK_CLI_ENV_PASSWORD);
  g_autofree char *prompt = NULL;
  g_autofree char *hint = NULL;

  if (from_env != NULL && *from_env != '\0')
    return g_strdup (from_env);

  prompt = g_strdup_printf (_("Password for %s: "), login);
  hint = g_strdup_printf (_("set %s"), HK_CLI_ENV_PASSWORD);

  return read_secret_from_tty (prompt, hint, error);
}

/**
 * hk_cli_read_new_password:
 * @login: whose password it will be
 * @from_stdin: read one line from standard input
 * @env_name: the environment variable that may hold it
 *
 * Reads a password to set: from standard input, else from @env_name, else
 * asked twice on the terminal.
 */
char *
hk_cli_read_new_password (const char  *login,
                          gboolean     from_stdin,
                          const char  *env_name,
                          GError     **error)
{
  const char *from_env = g_getenv (env_name);
  g_autofree char *prompt = NULL;
  g_autofree char *hint = NULL;
  g_auto(HkCliSecret) first = NULL;
  g_auto(HkCliSecret) second = NULL;

  if (from_stdin)
    return read_line (STDIN_FILENO, error);

  if (from_env != NULL && *from_env != '\0')
    return g_strdup (from_env);

  prompt = g_strdup_printf (_("New password for %s: "), login);
  hint = g_strdup_printf (_("use --password-stdin or set %s"), env_name);

  if (!(first = read_secret_from_tty (prompt, hint, error)) ||
      !hk_password_validate (first, error) ||
      !(second = read_secret_from_tty (_("Type it again: "), hint, error)))
    return NULL;

  if (!g_str_equal (first, second))
    {
      g_set_error (error, HK_CLI_ERROR, HK_CLI_ERROR_FAILED,
                   _("the two passwords differ; nothing was changed"));
      return NULL;
    }

  return g_steal_pointer (&first);
}

/* Opening a missing file would create an empty database: refuse instead. */
gboolean
hk_cli_check_database_exists (const char  *path,
                              GError     **error)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  g_set_error (error, HK_CLI_ERROR, HK_CLI_ERROR_FAILED,
               _("no database at %s; create one with %s init"), path, HK_CLI_PROGRAM_NAME);
  return FALSE;
}

/**
 * hk_cli_login:
 *
 * Opens the existing database and logs the --operator in, exactly as the
 * login window does: a wrong password is counted and written to the audit
 * log, and too many lock the account.
 *
 * Returns: (transfer full): a context whose operator is the one who acts
 */
HkContext *
hk_cli_login (HkCliGlobals  *globals,
              GError       **error)
{
  const char *path = hk_cli_globals_get_database (globals);
  g_autoptr(HkDatabase) database = NULL;
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) operator = NULL;
  g_auto(HkCliSecret) password = NULL;

  if (globals->operator_login == NULL)
    {
      hk_cli_set_usage_error (error, _("say who acts with --operator LOGIN"));
      return NULL;
    }

  if (!hk_cli_check_database_exists (path, error) ||
      !(database = hk_database_open (path, error)))
    return NULL;

  context = hk_context_new (database);

  if (!(password = hk_cli_read_password (globals->operator_login, error)) ||
      !(operator = hk_operator_store_authenticate (hk_context_get_operator_store (context),
                                                   globals->operator_login, password, error)))
    return NULL;

  hk_context_set_operator (context, operator);

  return g_steal_pointer (&context);
}

static char *
to_one_line (const char *message)
{
  char *line = g_strdup (message);

  for (char *p = line; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';

  return g_strstrip (line);
}

/* Prints "hallkeeper-cli: <reason>" on stderr; returns the exit status for @error. */
int
hk_cli_report_error (const GError *error)
{
  g_autofree char *line = to_one_line (error->message);

  if (g_error_matches (error, HK_ERROR, HK_ERROR_PERMISSION))
    {
      /* Translators: %s says who may do what */
      g_autofree char *refusal = g_strdup_printf (_("permission denied: %s"), line);
      g_printerr ("%s: %s\n", HK_CLI_PROGRAM_NAME, refusal);
    }
  else
    g_printerr ("%s: %s\n", HK_CLI_PROGRAM_NAME, line);

  if (g_error_matches (error, HK_CLI_ERROR, HK_CLI_ERROR_USAGE))
    return HK_CLI_EXIT_USAGE;

  return HK_CLI_EXIT_FAILED;
}

/* Parses a subcommand's options and checks that no other arguments follow. */
gboolean
hk_cli_subcommand (HkCliGlobals        *globals,
                   const char          *command,
                   const char          *summary,
                   const GOptionEntry  *entries,
                   GStrv                args,
                   GError             **error)
{
  g_autoptr(GOptionContext) context = NULL;

  context = hk_cli_option_context_new (globals, command, NULL, summary, entries);

  return hk_cli_parse_options (context, &args, error) &&
         hk_cli_expect_arguments (args, 0, NULL, error);
}

/* An amount of money from an option such as --amount: "1234.50" or "¥1,234.50". A missing
 * option is a usage error when @required, otherwise 0. */
gboolean
hk_cli_amount (const char  *value,
               const char  *option,
               gboolean     required,
               gint64      *fen,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  *fen = 0;
  if (value == NULL && !required)
    return TRUE;

  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  if (!hk_money_parse (value, fen, &local_error))
    {
      hk_cli_set_usage_error (error, "%s: %s", option, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* A day option (YYYY-MM-DD): a real day; a bad one is a usage error. */
gboolean
hk_cli_day (const char  *value,
            const char  *option,
            GError     **error)
{
  int year, month, mday;
  char tail;

  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  if (strlen (value) != 10 || value[4] != '-' || value[7] != '-' ||
      sscanf (value, "%4d-%2d-%2d%c", &year, &month, &mday, &tail) != 3 ||
      !g_date_valid_dmy (mday, month, year))
    {
      hk_cli_set_usage_error (error, _("%s: “%s” is not a date; write it as YYYY-MM-DD"),
                              option, value);
      return FALSE;
    }

  return TRUE;
}

/* Reads a required moment option, "YYYY-MM-DD HH:MM" in the hall's time zone; a bad one is a
 * usage error. */
gboolean
hk_cli_moment (HkContext   *context,
               const char  *value,
               const char  *option,
               gint64      *moment,
               GError     **error)
{
  g_autoptr(GDateTime) parsed = NULL;
  int year, month, mday, hour, minute;
  char tail;

  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  if (strlen (value) != 16 || value[4] != '-' || value[7] != '-' ||
      (value[10] != ' ' && value[10] != 'T') || value[13] != ':' ||
      sscanf (value, "%4d-%2d-%2d%*c%2d:%2d%c", &year, &month, &mday, &hour, &minute,
              &tail) != 5 ||
      !g_date_valid_dmy (mday, month, year) || hour > 23 || minute > 59 || hour < 0 ||
      minute < 0 ||
      !(parsed = g_date_time_new (hk_hall_store_get_time_zone (
                                    hk_context_get_hall_store (context)),
                                  year, month, mday, hour, minute, 0)))
    {
      hk_cli_set_usage_error (error, _("%s: “%s” is not a moment; write it as YYYY-MM-DD HH:MM"),
                              option, value);
      return FALSE;
    }

  *moment = g_date_time_to_unix (parsed);
  return TRUE;
}
