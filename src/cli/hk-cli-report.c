/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-report.c: hallkeeper-cli report: the daily, ten-day and monthly reports and the journal
 * as text, or saved as an Excel workbook or a PDF document.
 *
 * `report daily|dekad|monthly|journal --period P [-o FILE]` builds the report with the same
 * builder as the window's Reports section and prints it with hk_report_render_text(), or with
 * -o saves it with hk_report_export() (FILE.xlsx or FILE.pdf, as the window exports it). The
 * period and the file are checked before logging in, so a mistake costs no password: a bad
 * period or file name is a usage error (exit status 2), a folder that does not exist or cannot
 * take the file a failure (1); either way no file is left behind. Auditors and hall
 * supervisors may read reports.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-cli-report.h"

#include "core/hk-permission.h"
#include "reports/hk-report-builders.h"
#include "reports/hk-report-export.h"
#include "reports/hk-report-text.h"

#define READING_ROLES (HK_ROLE_AUDITOR | HK_ROLE_SUPERVISOR)

static gboolean
run_report (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  const HkReportBuilder *builder = hk_report_builder_lookup (args[0]);
  g_autofree char *period_text = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text,
      N_("The period: a day in it (YYYY-MM-DD); a ten-day period also as YYYY-MM-N (N is 1, 2 "
         "or 3), a month also as YYYY-MM; the journal covers whichever is given"),
      N_("PERIOD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Save the report in FILE instead of printing it: FILE.xlsx is an Excel workbook, "
         "FILE.pdf a PDF document (an existing file is replaced)"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) option_context = NULL;
  g_autoptr(GError) period_error = NULL;
  g_autoptr(GError) output_error = NULL;
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkReport) report = NULL;
  g_autofree char *command = NULL;
  g_autofree char *text = NULL;
  HkOperator *actor;
  HkPeriod period;

  g_return_val_if_fail (builder != NULL, FALSE);

  command = g_strconcat ("report ", builder->id, NULL);
  option_context = hk_cli_option_context_new (globals, command, NULL,
                                              _("Print a report of a period, or save it as an "
                                                "Excel workbook or a PDF document: the hall, the "
                                                "period, whether every daily report in it is "
                                                "signed (else PROVISIONAL, with the unsigned "
                                                "days), who generated it when, the key figures "
                                                "and the tables."),
                                              entries);

  if (!hk_cli_parse_options (option_context, &args, error) ||
      !hk_cli_expect_arguments (args, 0, NULL, error) ||
      !hk_cli_require_option (period_text, "--period", error))
    return FALSE;

  if (!hk_report_builder_parse_period (builder, period_text, &period, &period_error))
    {
      hk_cli_set_usage_error (error, "--period: %s", period_error->message);
      return FALSE;
    }

  /* A file name that is not .xlsx or .pdf is a usage error; a folder that cannot take the
   * file is found now too, before the password and the work of building the report. */
  if (output != NULL && !hk_report_export_check_path (output, &output_error))
    {
      if (g_error_matches (output_error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME))
        hk_cli_set_usage_error (error, "--output: %s", output_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&output_error));
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  actor = hk_context_get_operator (context);
  if (!hk_permission_require (hk_context_get_database (context), actor, READING_ROLES,
                              _("Reading reports"), error))
    return FALSE;

  if (!(report = builder->build (context, &period, hk_operator_get_display_name (actor), NULL,
                                 error)))
    return FALSE;

  if (output != NULL)
    {
      g_autofree char *shown = NULL;

      if (!hk_report_export (report, output, NULL, NULL, NULL, error))
        return FALSE;

      shown = g_filename_display_name (output);
      /* Translators: after hallkeeper-cli report -o: "Monthly report of Oct 2026 saved in
       * month.xlsx." */
      g_print (_("%s of %s saved in %s.\n"), hk_report_get_title (report),
               hk_report_get_period_label (report), shown);
      return TRUE;
    }

  text = hk_report_render_text (report);
  g_print ("%s", text);

  return TRUE;
}

static const HkCliCommand report_commands[] = {
  { "daily", N_("The hall’s daily report (日报) of a day"), run_report },
  { "dekad", N_("The ten-day report (旬报)"), run_report },
  { "monthly", N_("The monthly report (月报)"), run_report },
  { "journal", N_("The daily journal (日记帐) of a day, ten-day period or month"), run_report },
};

gboolean
hk_cli_report (HkCliGlobals  *globals,
               GStrv          args,
               GError       **error)
{
  return hk_cli_run_subcommand (globals, "report",
                                _("Print the daily, ten-day or monthly report or the daily "
                                  "journal of a period (auditors and hall supervisors)."),
                                report_commands, G_N_ELEMENTS (report_commands), args, error);
}
