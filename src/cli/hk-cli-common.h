/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-common.h: what every hallkeeper-cli command shares: options, passwords, login, errors. */

#pragma once

#include <glib.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

#define HK_CLI_PROGRAM_NAME "hallkeeper-cli"

/* Environment variables a script can use instead of the terminal. */
#define HK_CLI_ENV_PASSWORD "HALLKEEPER_PASSWORD"
#define HK_CLI_ENV_NEW_PASSWORD "HALLKEEPER_NEW_PASSWORD"

#define HK_CLI_ERROR (hk_cli_error_quark ())

typedef enum
{
  HK_CLI_ERROR_USAGE,
  HK_CLI_ERROR_FAILED,
} HkCliError;

/* The exit statuses. */
enum
{
  HK_CLI_EXIT_OK = 0,
  HK_CLI_EXIT_FAILED = 1,
  HK_CLI_EXIT_USAGE = 2,
};

/* The options every command accepts, before or after its name. */
typedef struct
{
  char *database_path;
  char *operator_login;
} HkCliGlobals;

/* One command or subcommand: its name, a one-line summary and what runs it.
 * @args holds the command's own arguments; args[0] is the command's name. */
typedef struct
{
  const char *name;
  const char *summary;
  gboolean  (*run) (HkCliGlobals  *globals,
                    GStrv          args,
                    GError       **error);
} HkCliCommand;

/* A password in memory: wiped before it is freed. Use as g_auto(HkCliSecret). */
typedef char *HkCliSecret;

GQuark          hk_cli_error_quark              (void);

void            hk_cli_globals_clear            (HkCliGlobals        *globals);
const char     *hk_cli_globals_get_database     (HkCliGlobals        *globals);

GOptionContext *hk_cli_option_context_new       (HkCliGlobals        *globals,
                                                 const char          *command,
                                                 const char          *parameters,
                                                 const char          *summary,
                                                 const GOptionEntry  *entries);
void            hk_cli_set_usage_error          (GError             **error,
                                                 const char          *format,
                                                 ...) G_GNUC_PRINTF (2, 3);
gboolean        hk_cli_parse_options            (GOptionContext      *context,
                                                 GStrv               *args,
                                                 GError             **error);
gboolean        hk_cli_expect_arguments         (GStrv                args,
                                                 guint                n_wanted,
                                                 const char          *what,
                                                 GError             **error);
/* Parses a subcommand's options; no other arguments may follow. */
gboolean        hk_cli_subcommand               (HkCliGlobals        *globals,
                                                 const char          *command,
                                                 const char          *summary,
                                                 const GOptionEntry  *entries,
                                                 GStrv                args,
                                                 GError             **error);
/* Checks a required day option (YYYY-MM-DD); a bad one is a usage error. */
gboolean        hk_cli_amount                   (const char          *value,
                                                 const char          *option,
                                                 gboolean             required,
                                                 gint64              *fen,
                                                 GError             **error);
gboolean        hk_cli_day                      (const char          *value,
                                                 const char          *option,
                                                 GError             **error);
/* Reads a required moment option ("YYYY-MM-DD HH:MM", the hall's time zone). */
gboolean        hk_cli_moment                   (HkContext           *context,
                                                 const char          *value,
                                                 const char          *option,
                                                 gint64              *moment,
                                                 GError             **error);
gboolean        hk_cli_require_option           (const char          *value,
                                                 const char          *option,
                                                 GError             **error);
char           *hk_cli_describe_commands        (const HkCliCommand  *commands,
                                                 gsize                n_commands,
                                                 const char          *heading);
gboolean        hk_cli_run_subcommand           (HkCliGlobals        *globals,
                                                 const char          *group,
                                                 const char          *summary,
                                                 const HkCliCommand  *commands,
                                                 gsize                n_commands,
                                                 GStrv                args,
                                                 GError             **error);

void            hk_cli_secret_free              (char                *secret);
char           *hk_cli_read_password            (const char          *login,
                                                 GError             **error);
char           *hk_cli_read_new_password        (const char          *login,
                                                 gboolean             from_stdin,
                                                 const char          *env_name,
                                                 GError             **error);

gboolean        hk_cli_check_database_exists    (const char          *path,
                                                 GError             **error);
HkContext      *hk_cli_login                    (HkCliGlobals        *globals,
                                                 GError             **error);

int             hk_cli_report_error             (const GError        *error);

G_DEFINE_AUTO_CLEANUP_FREE_FUNC (HkCliSecret, hk_cli_secret_free, NULL)

G_END_DECLS
