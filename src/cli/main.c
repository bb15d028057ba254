/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: hallkeeper-cli: runs the command named on the command line. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "hk-cli-admin.h"
#include "hk-cli-analysis.h"
#include "hk-cli-archive.h"
#include "hk-cli-bank.h"
#include "hk-cli-common.h"
#include "hk-cli-complaints.h"
#include "hk-cli-daily-report.h"
#include "hk-cli-fee-items.h"
#include "hk-cli-hall.h"
#include "hk-cli-import.h"
#include "hk-cli-invoice-book.h"
#include "hk-cli-operator.h"
#include "hk-cli-report.h"
#include "hk-cli-repairs.h"
#include "hk-cli-shift.h"
#include "hk-cli-stock.h"

static gboolean
run_version (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autoptr(GOptionContext) context = NULL;

  context = hk_cli_option_context_new (globals, "version", NULL,
                                       _("Show the version of Hallkeeper."), NULL);
  if (!hk_cli_parse_options (context, &args, error) ||
      !hk_cli_expect_arguments (args, 0, NULL, error))
    return FALSE;

  g_print ("%s %s\n", HK_CLI_PROGRAM_NAME, PACKAGE_VERSION);

  return TRUE;
}

static const HkCliCommand commands[] = {
  { "init", N_("Create a new database with its administrator"), hk_cli_init },
  { "operator", N_("Add, list and change operators"), hk_cli_operator },
  { "fee-items", N_("List the fee items and import them from a CSV file"), hk_cli_fee_items },
  { "invoice-book", N_("Register, issue, check in and list invoice books"), hk_cli_invoice_book },
  { "gaps", N_("List the missing invoice numbers up to a day"), hk_cli_gaps },
  { "import", N_("Import receipts exported from the business platform"), hk_cli_import },
  { "daily-report", N_("Show the clerks’ daily reports of a day"), hk_cli_daily_report },
  { "sign", N_("Enter the bank receipt of a daily report and sign it"), hk_cli_sign },
  { "shift", N_("List, validate and reopen the clerks’ shifts"), hk_cli_shift },
  { "report", N_("Print the daily, ten-day or monthly report or the journal"), hk_cli_report },
  { "archive", N_("Customer files: access approvals, releases, access log, errors"),
    hk_cli_archive },
  { "complaints", N_("Keep the complaint register, the service log and the opinion book"),
    hk_cli_complaints },
  { "repairs", N_("The repair desk: intake, status, city company, pickup, parts"),
    hk_cli_repairs },
  { "analysis", N_("The monthly economic and quality analysis; save it as PDF or Excel"),
    hk_cli_analysis },
  { "stock", N_("Card stock: requisitions, allocation, handovers, the day’s count"),
    hk_cli_stock },
  { "numbers", N_("The number stock: search, reserve, release, history"), hk_cli_numbers },
  { "bank", N_("Deposits, bank statements and the reconciliation"), hk_cli_bank },
  { "cheques", N_("The cheque register: endorsements, bounced cheques, payers"),
    hk_cli_cheques },
  { "hall", N_("Hall operations: duty logs, safety, incidents, cleaning, training, demand"),
    hk_cli_hall },
  { "verify", N_("Check the database and the audit log’s hash chain"), hk_cli_verify },
  { "backup", N_("Copy the database into a new backup file"), hk_cli_backup },
  { "restore", N_("Replace the database with a backup"), hk_cli_restore },
  { "demo", N_("Create the demonstration hall in a new database"), hk_cli_demo },
  { "version", N_("Show the version"), run_version },
};

/* Parses the options before the command's name, then runs the command with the rest. */
static gboolean
run (HkCliGlobals  *globals,
     GStrv          args,
     GError       **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *description = NULL;
  gboolean show_version = FALSE;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &show_version, N_("Show the version"), NULL },
    { NULL }
  };

  description = hk_cli_describe_commands (commands, G_N_ELEMENTS (commands), _("Commands:"));
  context = hk_cli_option_context_new (globals, NULL, _("COMMAND [OPTION…]"),
                                       _("Look after a Hallkeeper database: operators, checks, "
                                         "backups. “COMMAND --help” shows a command’s options."),
                                       entries);
  g_option_context_set_description (context, description);
  g_option_context_set_strict_posix (context, TRUE);

  if (!hk_cli_parse_options (context, &args, error))
    return FALSE;

  if (show_version)
    {
      g_print ("%s %s\n", HK_CLI_PROGRAM_NAME, PACKAGE_VERSION);
      return TRUE;
    }

  if (args[1] == NULL)
    {
      hk_cli_set_usage_error (error, _("no command given"));
      return FALSE;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (args[1], commands[i].name))
      return commands[i].run (globals, args + 1, error);

  hk_cli_set_usage_error (error, _("unknown command “%s”"), args[1]);
  return FALSE;
}

int
main (int    argc,
      char **argv)
{
  HkCliGlobals globals = { NULL, NULL };
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  int status = HK_CLI_EXIT_OK;

  /* An uninstalled build (build-aux/run) points HALLKEEPER_LOCALEDIR at its own .mo files. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("HALLKEEPER_LOCALEDIR") != NULL
                                   ? g_getenv ("HALLKEEPER_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  args = g_strdupv (argv);

  if (!run (&globals, args, &error))
    status = hk_cli_report_error (error);

  hk_cli_globals_clear (&globals);

  return status;
}
