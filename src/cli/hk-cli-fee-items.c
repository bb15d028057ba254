/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-fee-items.c: hallkeeper-cli fee-items: listing the tariff and importing it from CSV.
 *
 * Both subcommands log the --operator in. Any operator may list the fee
 * items; the import goes through the fee item store with them as the actor,
 * so the role check (hall supervisor or administrator), the all-or-nothing
 * rule and the audit entries are the same as in the window. The CSV format is
 * described in docs/csv-formats.md.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-cli-fee-items.h"

#include "core/hk-fee-item-store.h"
#include "core/hk-money.h"
#include "reports/hk-text-table.h"

static gboolean
parse_subcommand (HkCliGlobals        *globals,
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

static gboolean
run_list (HkCliGlobals  *globals,
          GStrv          args,
          GError       **error)
{
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all,
      N_("Include the deactivated fee items"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkTextTable) table = NULL;
  g_autofree char *text = NULL;
  GListModel *items;

  if (!parse_subcommand (globals, "fee-items list", NULL,
                         _("List the active fee items with today’s prices. Any operator may "
                           "run it."),
                         entries, args, 0, NULL, error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  items = hk_fee_item_store_get_model (hk_context_get_fee_item_store (context));

  table = hk_text_table_new (5);
  hk_text_table_align_right (table, 3);
  hk_text_table_add_row (table, _("Code"), C_("fee item", "Name"), _("Category"), _("Price"),
                         _("Status"), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HkFeeItem) item = g_list_model_get_item (items, i);
      g_autofree char *price = NULL;

      if (!all && !hk_fee_item_get_active (item))
        continue;

      /* An item whose first price applies from a later day has none today. */
      price = hk_fee_item_has_price (item) ? hk_money_format (hk_fee_item_get_price (item))
                                           : g_strdup ("—");

      hk_text_table_add_row (table,
                             hk_fee_item_get_code (item),
                             hk_fee_item_get_name (item),
                             hk_fee_category_get_title (hk_fee_item_get_category (item)),
                             price,
                             hk_fee_item_get_active (item) ? _("active") : _("deactivated"),
                             NULL);
    }

  text = hk_text_table_render (table);
  g_print ("%s", text);

  return TRUE;
}

static gboolean
run_import (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint n_added = 0;
  guint n_changed = 0;

  if (!parse_subcommand (globals, "fee-items import", _("FILE"),
                         _("Import fee items from the CSV file FILE with the columns "
                           "code,name,category,price. New codes are added; for existing codes "
                           "the name and category change, and a different price applies from "
                           "today. One bad row refuses the whole file. Needs the hall "
                           "supervisor or administrator role."),
                         NULL, args, 1, _("the CSV file to import"), error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  if (!g_file_get_contents (args[1], &contents, &length, error))
    return FALSE;

  if (!hk_fee_item_store_import_csv (hk_context_get_fee_item_store (context),
                                     hk_context_get_operator (context), contents, length,
                                     &n_added, &n_changed, error))
    return FALSE;

  {
    /* Translators: the number of fee items added, e.g. "19 new" */
    g_autofree char *added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new", "%u new",
                                                           n_added),
                                              n_added);
    /* Translators: the number of fee items changed, e.g. "1 changed" */
    g_autofree char *changed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u changed",
                                                             "%u changed", n_changed),
                                                n_changed);

    /* Translators: "Imported fee items: 19 new, 0 changed." */
    g_print (_("Imported fee items: %s, %s.\n"), added, changed);
  }

  return TRUE;
}

static const HkCliCommand fee_item_commands[] = {
  { "list", N_("List the fee items with today’s prices"), run_list },
  { "import", N_("Import fee items from a CSV file"), run_import },
};

gboolean
hk_cli_fee_items (HkCliGlobals  *globals,
                  GStrv          args,
                  GError       **error)
{
  return hk_cli_run_subcommand (globals, "fee-items", _("List and import the fee items."),
                                fee_item_commands, G_N_ELEMENTS (fee_item_commands), args,
                                error);
}
