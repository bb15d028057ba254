/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-import.c: hallkeeper-cli import: receipts exported from the business platform.
 *
 * `import receipts FILE.csv` logs the --operator in and hands the file to
 * hk_receipt_import_csv() with them as the actor, so the role check (the
 * auditor imports), the all-or-nothing rule and the audit entry are the same
 * as in the window. The CSV format is described in docs/csv-formats.md.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-cli-import.h"

#include "core/hk-receipt-import.h"

static gboolean
run_receipts (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(HkContext) context = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *lines = NULL;
  g_autofree char *voided = NULL;
  HkReceiptImportResult result = { 0 };
  gsize length = 0;

  options = hk_cli_option_context_new (globals, "import receipts", _("FILE"),
                                       _("Import the receipts in the CSV file FILE, exported "
                                         "from the business platform (columns receipt_no, "
                                         "issued_at, clerk, item_code, quantity, unit_price, "
                                         "amount, payment, customer_phone, status, void_reason "
                                         "and optionally cheque_no). One bad row refuses the "
                                         "whole file, and receipts already imported are "
                                         "refused by their number. Needs the auditor role."),
                                       NULL);

  if (!hk_cli_parse_options (options, &args, error) ||
      !hk_cli_expect_arguments (args, 1, _("the CSV file to import"), error))
    return FALSE;

  /* Read the file first: a wrong name needs no password. */
  if (!g_file_get_contents (args[1], &contents, &length, error) ||
      !(context = hk_cli_login (globals, error)) ||
      !hk_receipt_import_csv (context, hk_context_get_operator (context), contents, length,
                              &result, error))
    return FALSE;

  lines = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line", "%u lines", result.n_lines),
                           result.n_lines);
  /* Translators: the number of voided receipts, e.g. "1 void" */
  voided = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u void", "%u void", result.n_void),
                            result.n_void);

  /* Translators: "Imported 9 receipts (12 lines, 1 void) for 2024-03-01 to 2024-03-02." */
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Imported %u receipt (%s, %s) for %s to %s.\n",
                        "Imported %u receipts (%s, %s) for %s to %s.\n",
                        result.n_receipts),
           result.n_receipts, lines, voided, result.first_day, result.last_day);

  return TRUE;
}

static const HkCliCommand import_commands[] = {
  { "receipts", N_("Import receipts exported from the business platform (CSV)"), run_receipts },
};

gboolean
hk_cli_import (HkCliGlobals  *globals,
               GStrv          args,
               GError       **error)
{
  return hk_cli_run_subcommand (globals, "import",
                                _("Import records exported from other systems."),
                                import_commands, G_N_ELEMENTS (import_commands), args, error);
}
