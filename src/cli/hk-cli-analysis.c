/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-analysis.c: hallkeeper-cli analysis: the monthly economic and quality analysis.
 *
 * `analysis --month 2026-10` prints every panel's key figures; with `-o FILE.pdf` it saves
 * the whole analysis as a multi-page A4 PDF, with `-o FILE.xlsx` as the monthly report's
 * workbook with the analysis added (hk-analysis-export.h). `--set-target PERCENT` sets the
 * 24-hour on-time target of the quality analysis (supervisors and administrators). The month
 * and the file name are checked before logging in; hall supervisors and duty managers read
 * the analysis.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-cli-analysis.h"

#include "core/hk-permission.h"
#include "reports/hk-analysis-export.h"

#define READING_ROLES (HK_ROLE_SUPERVISOR | HK_ROLE_DUTY_MANAGER)

static void
print_analysis (HkAnalysis *analysis)
{
  HkReport *report = hk_analysis_get_report (analysis);

  g_print ("%s — %s\n", hk_analysis_kind_get_title (hk_analysis_get_kind (analysis)),
           hk_report_get_period_label (report));

  for (guint p = 0; p < hk_analysis_get_n_panels (analysis); p++)
    {
      HkAnalysisPanel *panel = hk_analysis_get_panel (analysis, p);
      HkChart *chart = hk_analysis_panel_get_chart (panel);

      g_print ("\n  %s%s\n", hk_chart_get_title (chart),
               hk_chart_is_empty (chart) ? _(" (no data)") : "");
      for (guint f = 0; f < hk_analysis_panel_get_n_figures (panel); f++)
        g_print ("    %s: %s\n", hk_analysis_panel_get_figure_label (panel, f),
                 hk_analysis_panel_get_figure_text (panel, f));
    }
  g_print ("\n");
}

static gboolean
check_output (const char  *output,
              GError     **error)
{
  g_autofree char *folded = NULL;

  if (output == NULL)
    return TRUE;

  folded = g_utf8_strdown (output, -1);
  if ((g_str_has_suffix (folded, ".pdf") && strlen (folded) > 4) ||
      (g_str_has_suffix (folded, ".xlsx") && strlen (folded) > 5))
    return TRUE;

  hk_cli_set_usage_error (error, _("-o: the file name must end in .pdf or .xlsx"));
  return FALSE;
}

gboolean
hk_cli_analysis (HkCliGlobals  *globals,
                 GStrv          args,
                 GError       **error)
{
  g_autofree char *month_text = NULL;
  g_autofree char *output = NULL;
  int target = 0;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month_text, N_("The month (YYYY-MM)"),
      N_("MONTH") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Save the whole analysis as a PDF document (.pdf) or in the monthly Excel workbook "
         "(.xlsx)"), N_("FILE") },
    { "set-target", 0, 0, G_OPTION_ARG_INT, &target,
      N_("Set the on-time target of complaints, in percent (1–100)"), N_("PERCENT") },
    { NULL }
  };
  g_autoptr(GOptionContext) option_context = NULL;
  g_autoptr(GError) period_error = NULL;
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkAnalysisDocument) document = NULL;
  HkOperator *actor;
  HkPeriod month;

  option_context = hk_cli_option_context_new (globals, "analysis", NULL,
                                              _("Show the monthly economic and quality "
                                                "analysis, or save it as a PDF document or "
                                                "Excel workbook (hall supervisors and duty "
                                                "managers)."),
                                              entries);

  if (!hk_cli_parse_options (option_context, &args, error) ||
      !hk_cli_expect_arguments (args, 0, NULL, error))
    return FALSE;

  if (target != 0)
    {
      if (month_text != NULL || output != NULL)
        {
          hk_cli_set_usage_error (error, _("--set-target goes alone, without --month or -o"));
          return FALSE;
        }
      if (!(context = hk_cli_login (globals, error)) ||
          !hk_analysis_store_set_on_time_target (hk_context_get_analysis_store (context),
                                                 hk_context_get_operator (context),
                                                 target < 0 ? 0 : (guint)target, error))
        return FALSE;

      g_print (_("The on-time target is now %d %%.\n"), target);
      return TRUE;
    }

  if (!hk_cli_require_option (month_text, "--month", error))
    return FALSE;

  if (!hk_period_parse (&month, HK_PERIOD_MONTH, month_text, &period_error) ||
      strlen (month_text) != 7)
    {
      hk_cli_set_usage_error (error, "--month: %s",
                              period_error != NULL ? period_error->message
                                                   : _("write the month as YYYY-MM"));
      return FALSE;
    }

  if (!check_output (output, error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  actor = hk_context_get_operator (context);
  if (!hk_permission_require (hk_context_get_database (context), actor, READING_ROLES,
                              _("Reading the monthly analysis"), error))
    return FALSE;

  if (!(document = hk_analysis_document_build (context, &month,
                                               hk_operator_get_display_name (actor), NULL,
                                               error)))
    return FALSE;

  if (output == NULL)
    {
      print_analysis (document->economic);
      print_analysis (document->quality);
      if (*document->commentary != '\0')
        g_print ("%s\n\n%s\n", _("Supervisor’s commentary"), document->commentary);
      return TRUE;
    }

  if (!hk_analysis_export (document, output, NULL, NULL, NULL, error))
    return FALSE;

  {
    g_autofree char *name = g_filename_display_name (output);

    g_print (_("Saved the analysis of %s to %s.\n"), month_text, name);
  }

  return TRUE;
}
