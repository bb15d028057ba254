/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-bank.c: hallkeeper-cli bank and cheques: the auditor's bank work from the command
 * line: deposits, statements, matching, the reconciliation and the cheque register.
 *
 * Every subcommand logs the --operator in and calls the bank or cheque store with them as the
 * actor, so the rules and the audit entries are those of the window. "bank reconcile" prints
 * the reconciliation report and writes it to a file with -o (FILE.xlsx, or FILE.pdf); "bank
 * import" reads a statement CSV file (docs/csv-formats.md) and refuses it whole, naming the
 * line, at the first error.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-cli-bank.h"

#include "core/hk-bank-store.h"
#include "core/hk-cheque-store.h"
#include "core/hk-error.h"
#include "core/hk-money.h"
#include "core/hk-permission.h"
#include "reports/hk-bank-reconciliation-report.h"
#include "reports/hk-report-export.h"
#include "reports/hk-report-text.h"
#include "reports/hk-text-table.h"

/* Who may read the bank work. */
#define READER_ROLES (HK_ROLE_AUDITOR | HK_ROLE_SUPERVISOR)

/* ---- options ---- */

static gboolean
parse_id (const char  *value,
          const char  *option,
          gint64      *id,
          GError     **error)
{
  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  if (!g_ascii_string_to_signed (value, 10, 1, G_MAXINT64, id, NULL))
    {
      hk_cli_set_usage_error (error, _("%s: “%s” is not a number"), option, value);
      return FALSE;
    }

  return TRUE;
}

/* The days of --from and --to; either alone is one day. */
static gboolean
parse_days (const char  *from,
            const char  *to,
            const char **first,
            const char **last,
            GError     **error)
{
  if (from == NULL && to == NULL)
    {
      hk_cli_set_usage_error (error, _("give --from, --to or both"));
      return FALSE;
    }

  *first = from != NULL ? from : to;
  *last = to != NULL ? to : from;

  return hk_cli_day (*first, "--from", error) && hk_cli_day (*last, "--to", error);
}

static HkContext *
log_in_reader (HkCliGlobals  *globals,
               GError       **error)
{
  g_autoptr(HkContext) context = NULL;

  if (!(context = hk_cli_login (globals, error)) ||
      !hk_permission_require (hk_context_get_database (context),
                              hk_context_get_operator (context), READER_ROLES,
                              _("Reading the bank records"), error))
    return NULL;

  return g_steal_pointer (&context);
}

static char *
login_of (HkContext *context,
          gint64     id)
{
  g_autoptr(HkOperator) op = NULL;

  op = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context), id, NULL);

  return g_strdup (op != NULL ? hk_operator_get_login (op) : "?");
}

static void
print_table (HkTextTable *table,
             gboolean     empty,
             const char  *empty_text)
{
  g_autofree char *text = hk_text_table_render (table);

  g_print ("%s", text);
  if (empty)
    g_print ("%s\n", empty_text);
}

/* ---- bank: deposits ---- */

static gboolean
run_deposits (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("From this slip date"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Up to this slip date"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) deposits = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (8);
  const char *first = NULL;
  const char *last = NULL;

  if (!hk_cli_subcommand (globals, "bank deposits", _("List the bank deposits of the days."),
                          entries, args, error) ||
      !parse_days (from, to, &first, &last, error) ||
      !(context = log_in_reader (globals, error)) ||
      !(deposits = hk_bank_store_list_deposits (hk_context_get_bank_store (context), first, last,
                                                error)))
    return FALSE;

  hk_text_table_add_row (table, _("No."), _("Date"), _("Bank"), _("Slip"), _("Amount"),
                         _("Carries"), _("Matched"), _("Note"), NULL);
  hk_text_table_align_right (table, 0);
  hk_text_table_align_right (table, 4);
  hk_text_table_align_right (table, 5);

  for (guint i = 0; i < deposits->len; i++)
    {
      HkBankDeposit *d = g_ptr_array_index (deposits, i);
      g_autofree char *id = g_strdup_printf ("%lld", (long long)hk_bank_deposit_get_id (d));
      g_autofree char *amount = hk_money_format (hk_bank_deposit_get_amount (d));
      g_autofree char *covered = hk_money_format (hk_bank_deposit_get_covered (d));
      g_autofree char *note = NULL;

      note = hk_bank_deposit_is_cancelled (d)
             ? g_strdup_printf (_("cancelled: %s"), hk_bank_deposit_get_cancel_reason (d))
             : g_strdup (hk_bank_deposit_get_note (d) != NULL ? hk_bank_deposit_get_note (d)
                                                              : "");
      hk_text_table_add_row (table, id, hk_bank_deposit_get_slip_date (d),
                             hk_bank_deposit_get_bank_name (d), hk_bank_deposit_get_slip_no (d),
                             amount, covered,
                             hk_bank_deposit_get_line_id (d) != 0 ? _("yes") : _("no"), note,
                             NULL);
    }

  print_table (table, deposits->len == 0, _("No deposits."));

  return TRUE;
}

/* --report LOGIN:YYYY-MM-DD */
static gboolean
parse_reports (HkContext  *context,
               GStrv       texts,
               GArray     *keys,
               GPtrArray  *keep,
               GError    **error)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      const char *colon = strchr (texts[i], ':');
      g_autofree char *login = NULL;
      g_autoptr(HkOperator) clerk = NULL;
      HkBankDepositReport key = { 0 };
      char *day;

      if (colon == NULL)
        {
          hk_cli_set_usage_error (error, _("--report: “%s” is not LOGIN:YYYY-MM-DD"), texts[i]);
          return FALSE;
        }

      login = g_strndup (texts[i], (gsize)(colon - texts[i]));
      day = g_strdup (colon + 1);
      g_ptr_array_add (keep, day);
      if (!hk_cli_day (day, "--report", error) ||
          !(clerk = hk_operator_store_lookup (hk_context_get_operator_store (context), login,
                                              error)))
        return FALSE;

      key.clerk_id = hk_operator_get_id (clerk);
      key.day = day;
      g_array_append_val (keys, key);
    }

  return TRUE;
}

static gboolean
run_deposit (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *bank = NULL;
  g_autofree char *slip = NULL;
  g_autofree char *day = NULL;
  g_autofree char *amount_text = NULL;
  g_autofree char *note = NULL;
  g_auto(GStrv) report_texts = NULL;
  g_auto(GStrv) cheque_texts = NULL;
  const GOptionEntry entries[] = {
    { "bank", 0, 0, G_OPTION_ARG_STRING, &bank, N_("The bank"), N_("NAME") },
    { "slip", 0, 0, G_OPTION_ARG_STRING, &slip, N_("The bank receipt’s number"), N_("NUMBER") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The bank receipt’s date"),
      N_("YYYY-MM-DD") },
    { "amount", 0, 0, G_OPTION_ARG_STRING, &amount_text, N_("The amount on it, in yuan"),
      N_("AMOUNT") },
    { "report", 0, 0, G_OPTION_ARG_STRING_ARRAY, &report_texts,
      N_("A daily report whose cash it carries (repeat for several)"), N_("LOGIN:YYYY-MM-DD") },
    { "cheque", 0, 0, G_OPTION_ARG_STRING_ARRAY, &cheque_texts,
      N_("An endorsed cheque paid in with it (repeat for several)"), N_("ID") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note,
      N_("Why the amount differs from what it carries"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkBankDeposit) deposit = NULL;
  g_autoptr(GArray) keys = g_array_new (FALSE, TRUE, sizeof (HkBankDepositReport));
  g_autoptr(GArray) cheques = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  HkBankDepositInput input = { 0 };

  if (!hk_cli_subcommand (globals, "bank deposit",
                          _("Record a bank deposit and print its number. Needs the auditor "
                            "role."), entries, args, error) ||
      !hk_cli_require_option (bank, "--bank", error) ||
      !hk_cli_require_option (slip, "--slip", error) ||
      !hk_cli_day (day, "--date", error) ||
      !hk_cli_amount (amount_text, "--amount", TRUE, &input.amount, error))
    return FALSE;

  for (guint i = 0; cheque_texts != NULL && cheque_texts[i] != NULL; i++)
    {
      gint64 id = 0;

      if (!parse_id (cheque_texts[i], "--cheque", &id, error))
        return FALSE;
      g_array_append_val (cheques, id);
    }

  if (!(context = hk_cli_login (globals, error)) ||
      !parse_reports (context, report_texts, keys, keep, error))
    return FALSE;

  input.bank_name = bank;
  input.slip_no = slip;
  input.slip_date = day;
  input.note = note;

  if (!(deposit = hk_bank_store_record_deposit (hk_context_get_bank_store (context),
                                                hk_context_get_operator (context), &input,
                                                (const HkBankDepositReport *)(gpointer)keys->data,
                                                keys->len,
                                                (const gint64 *)(gpointer)cheques->data,
                                                cheques->len, error)))
    return FALSE;

  g_print ("%lld\n", (long long)hk_bank_deposit_get_id (deposit));

  return TRUE;
}

static gboolean
run_from_reports (HkCliGlobals  *globals,
                  GStrv          args,
                  GError       **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("From this business day"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Up to this business day"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  const char *first = NULL;
  const char *last = NULL;
  guint n = 0;

  if (!hk_cli_subcommand (globals, "bank from-reports",
                          _("Record a deposit for every bank receipt the checked daily reports of "
                            "the days name. Needs the auditor role."), entries, args, error) ||
      !parse_days (from, to, &first, &last, error) ||
      !(context = hk_cli_login (globals, error)) ||
      !hk_bank_store_record_from_reports (hk_context_get_bank_store (context),
                                          hk_context_get_operator (context), first, last, &n,
                                          error))
    return FALSE;

  g_print (g_dngettext (GETTEXT_PACKAGE, "Recorded %u deposit.\n", "Recorded %u deposits.\n", n),
           n);

  return TRUE;
}

static gboolean
run_undeposited (HkCliGlobals  *globals,
                 GStrv          args,
                 GError       **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("From this business day"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Up to this business day"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) shares = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (3);
  const char *first = NULL;
  const char *last = NULL;

  if (!hk_cli_subcommand (globals, "bank undeposited",
                          _("List the submitted daily reports whose cash no deposit carries yet."),
                          entries, args, error) ||
      !parse_days (from, to, &first, &last, error) ||
      !(context = log_in_reader (globals, error)) ||
      !(shares = hk_bank_store_list_undeposited (hk_context_get_bank_store (context), first, last,
                                                 error)))
    return FALSE;

  hk_text_table_add_row (table, _("Day"), _("Clerk"), _("Cash takings"), NULL);
  hk_text_table_align_right (table, 2);
  for (guint i = 0; i < shares->len; i++)
    {
      HkBankDepositShare *share = g_ptr_array_index (shares, i);
      g_autofree char *login = login_of (context, share->clerk_id);
      g_autofree char *takings = hk_money_format (share->takings);

      hk_text_table_add_row (table, share->day, login, takings, NULL);
    }

  print_table (table, shares->len == 0, _("All takings are banked."));

  return TRUE;
}

static gboolean
run_cancel_deposit (HkCliGlobals  *globals,
                    GStrv          args,
                    GError       **error)
{
  g_autofree char *id_text = NULL;
  g_autofree char *reason = NULL;
  const GOptionEntry entries[] = {
    { "deposit", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The deposit’s number"), N_("N") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why it is cancelled"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkBankDeposit) deposit = NULL;
  g_autoptr(HkBankDeposit) cancelled = NULL;
  HkBankStore *store;
  gint64 id = 0;

  if (!hk_cli_subcommand (globals, "bank cancel-deposit",
                          _("Cancel a deposit recorded by mistake. Needs the auditor role."),
                          entries, args, error) ||
      !parse_id (id_text, "--deposit", &id, error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  store = hk_context_get_bank_store (context);
  if (!(deposit = hk_bank_store_lookup_deposit (store, id, error)) ||
      !(cancelled = hk_bank_store_cancel_deposit (store, hk_context_get_operator (context),
                                                  deposit, reason, error)))
    return FALSE;

  g_print (_("Cancelled.\n"));

  return TRUE;
}

/* ---- bank: statements and matching ---- */

static gboolean
run_import (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *account = NULL;
  const GOptionEntry entries[] = {
    { "account", 0, 0, G_OPTION_ARG_STRING, &account, N_("The account, as the statement names it"),
      N_("ACCOUNT") },
    { NULL }
  };
  g_autoptr(GOptionContext) option_context = NULL;
  g_autoptr(HkContext) context = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *base = NULL;
  HkBankStatementImport result = { 0 };
  gsize length = 0;

  option_context = hk_cli_option_context_new (globals, "bank import", N_("FILE.csv"),
                                              _("Import a bank statement CSV file (see "
                                                "docs/csv-formats.md): all of it or nothing. "
                                                "Needs the auditor role."), entries);
  if (!hk_cli_parse_options (option_context, &args, error) ||
      !hk_cli_expect_arguments (args, 1, _("FILE.csv"), error))
    return FALSE;

  if (!g_file_get_contents (args[1], &contents, &length, error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  base = g_path_get_basename (args[1]);
  if (!hk_bank_store_import_statement (hk_context_get_bank_store (context),
                                       hk_context_get_operator (context), account, contents,
                                       length, base, &result, error))
    return FALSE;

  {
    g_autofree char *opening = hk_money_format (result.opening_balance);
    g_autofree char *closing = hk_money_format (result.closing_balance);

    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Imported %u statement line from %s to %s: opening %s, closing %s.\n",
                          "Imported %u statement lines from %s to %s: opening %s, closing %s.\n",
                          result.n_lines),
             result.n_lines, result.first_day, result.last_day, opening, closing);
  }

  hk_bank_statement_import_clear (&result);

  return TRUE;
}

static gboolean
run_lines (HkCliGlobals  *globals,
           GStrv          args,
           GError       **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean unmatched = FALSE;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("From this value date"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Up to this value date"), N_("YYYY-MM-DD") },
    { "unmatched", 0, 0, G_OPTION_ARG_NONE, &unmatched, N_("Only the lines not matched"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (7);
  const char *first = NULL;
  const char *last = NULL;

  if (!hk_cli_subcommand (globals, "bank lines", _("List the imported statement lines."),
                          entries, args, error) ||
      !parse_days (from, to, &first, &last, error) ||
      !(context = log_in_reader (globals, error)) ||
      !(lines = hk_bank_store_list_lines (hk_context_get_bank_store (context), first, last,
                                          unmatched, error)))
    return FALSE;

  hk_text_table_add_row (table, _("No."), _("Date"), _("Reference"), _("Description"),
                         _("Amount"), _("Balance"), _("Matched to"), NULL);
  hk_text_table_align_right (table, 0);
  hk_text_table_align_right (table, 4);
  hk_text_table_align_right (table, 5);

  for (guint i = 0; i < lines->len; i++)
    {
      HkBankStatementLine *line = g_ptr_array_index (lines, i);
      g_autofree char *id = g_strdup_printf ("%lld",
                                             (long long)hk_bank_statement_line_get_id (line));
      g_autofree char *amount = hk_money_format (hk_bank_statement_line_get_amount (line));
      g_autofree char *balance = hk_money_format (hk_bank_statement_line_get_balance (line));
      g_autofree char *matched = NULL;

      if (hk_bank_statement_line_get_deposit_id (line) != 0)
        matched = g_strdup_printf (_("deposit %lld"),
                                   (long long)hk_bank_statement_line_get_deposit_id (line));
      else if (hk_bank_statement_line_get_cheque_id (line) != 0)
        matched = g_strdup_printf (_("cheque %lld"),
                                   (long long)hk_bank_statement_line_get_cheque_id (line));

      hk_text_table_add_row (table, id, hk_bank_statement_line_get_value_day (line),
                             hk_bank_statement_line_get_reference (line),
                             hk_bank_statement_line_get_description (line), amount, balance,
                             matched != NULL ? matched : "", NULL);
    }

  print_table (table, lines->len == 0, _("No statement lines."));

  return TRUE;
}

static gboolean
run_auto_match (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(HkContext) context = NULL;
  guint n = 0;

  if (!hk_cli_subcommand (globals, "bank auto-match",
                          _("Match the open statement lines to deposits and bounced cheques of the "
                            "same amount and near date. Needs the auditor role."), entries, args,
                          error) ||
      !(context = hk_cli_login (globals, error)) ||
      !hk_bank_store_auto_match (hk_context_get_bank_store (context),
                                 hk_context_get_operator (context), &n, error))
    return FALSE;

  g_print (g_dngettext (GETTEXT_PACKAGE, "Matched %u line.\n", "Matched %u lines.\n", n), n);

  return TRUE;
}

static gboolean
run_match (HkCliGlobals  *globals,
           GStrv          args,
           GError       **error)
{
  g_autofree char *line_text = NULL;
  g_autofree char *deposit_text = NULL;
  g_autofree char *cheque_text = NULL;
  const GOptionEntry entries[] = {
    { "line", 0, 0, G_OPTION_ARG_STRING, &line_text, N_("The statement line’s number"),
      N_("N") },
    { "deposit", 0, 0, G_OPTION_ARG_STRING, &deposit_text, N_("The deposit it is"), N_("N") },
    { "cheque", 0, 0, G_OPTION_ARG_STRING, &cheque_text,
      N_("The bounced cheque whose debit it is"), N_("N") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  gint64 line = 0;
  gint64 deposit = 0;
  gint64 cheque = 0;

  if (!hk_cli_subcommand (globals, "bank match",
                          _("Match a statement line by hand. Needs the auditor role."), entries,
                          args, error) ||
      !parse_id (line_text, "--line", &line, error) ||
      (deposit_text != NULL && !parse_id (deposit_text, "--deposit", &deposit, error)) ||
      (cheque_text != NULL && !parse_id (cheque_text, "--cheque", &cheque, error)) ||
      !(context = hk_cli_login (globals, error)) ||
      !hk_bank_store_match (hk_context_get_bank_store (context),
                            hk_context_get_operator (context), line, deposit, cheque, error))
    return FALSE;

  g_print (_("Matched.\n"));

  return TRUE;
}

static gboolean
run_unmatch (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *line_text = NULL;
  const GOptionEntry entries[] = {
    { "line", 0, 0, G_OPTION_ARG_STRING, &line_text, N_("The statement line’s number"),
      N_("N") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  gint64 line = 0;

  if (!hk_cli_subcommand (globals, "bank unmatch",
                          _("Take back a statement line’s match. Needs the auditor role."),
                          entries, args, error) ||
      !parse_id (line_text, "--line", &line, error) ||
      !(context = hk_cli_login (globals, error)) ||
      !hk_bank_store_unmatch (hk_context_get_bank_store (context),
                              hk_context_get_operator (context), line, error))
    return FALSE;

  g_print (_("The match is taken back.\n"));

  return TRUE;
}

static gboolean
run_opening (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *balance_text = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The day at whose end the book opens"),
      N_("YYYY-MM-DD") },
    { "balance", 0, 0, G_OPTION_ARG_STRING, &balance_text,
      N_("The book’s bank balance then, in yuan"), N_("AMOUNT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  gint64 balance = 0;

  if (!hk_cli_subcommand (globals, "bank opening",
                          _("Set the bank book’s opening balance for the reconciliation. Needs "
                            "the auditor role."), entries, args, error) ||
      !hk_cli_day (day, "--date", error) ||
      !hk_cli_amount (balance_text, "--balance", TRUE, &balance, error) ||
      !(context = hk_cli_login (globals, error)) ||
      !hk_bank_store_set_book_opening (hk_context_get_bank_store (context),
                                       hk_context_get_operator (context), day, balance, error))
    return FALSE;

  g_print (_("The bank book opens on %s.\n"), day);

  return TRUE;
}

static gboolean
run_reconcile (HkCliGlobals  *globals,
               GStrv          args,
               GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("Reconcile at the end of this day"),
      N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the reconciliation to this file instead (.xlsx or .pdf)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkReport) report = NULL;
  g_autofree char *text = NULL;

  if (!hk_cli_subcommand (globals, "bank reconcile",
                          _("Print the bank reconciliation: book balance, deposits in transit, "
                            "unmatched statement lines, statement balance and the difference."),
                          entries, args, error) ||
      !hk_cli_day (day, "--date", error) ||
      !(context = log_in_reader (globals, error)) ||
      !(report = hk_bank_reconciliation_report_build (context, day, error)))
    return FALSE;

  if (output != NULL)
    {
      if (!hk_report_export (report, output, NULL, NULL, NULL, error))
        return FALSE;
      g_print (_("Wrote %s.\n"), output);
      return TRUE;
    }

  text = hk_report_render_text (report);
  g_print ("%s", text);

  return TRUE;
}

static const HkCliCommand bank_commands[] = {
  { "deposits", N_("List the bank deposits"), run_deposits },
  { "deposit", N_("Record a bank deposit"), run_deposit },
  { "from-reports", N_("Record the deposits the daily reports’ bank receipts name"),
    run_from_reports },
  { "undeposited", N_("List the takings not yet banked"), run_undeposited },
  { "cancel-deposit", N_("Cancel a deposit recorded by mistake"), run_cancel_deposit },
  { "import", N_("Import a bank statement CSV file"), run_import },
  { "lines", N_("List the statement lines"), run_lines },
  { "auto-match", N_("Match the statement lines automatically"), run_auto_match },
  { "match", N_("Match a statement line by hand"), run_match },
  { "unmatch", N_("Take back a statement line’s match"), run_unmatch },
  { "opening", N_("Set the bank book’s opening balance"), run_opening },
  { "reconcile", N_("Print or export the bank reconciliation"), run_reconcile },
};

gboolean
hk_cli_bank (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  return hk_cli_run_subcommand (globals, "bank",
                                _("The auditor’s bank work: deposits, statements, matching and "
                                  "the reconciliation."),
                                bank_commands, G_N_ELEMENTS (bank_commands), args, error);
}

/* ---- cheques ---- */

static HkCheque *
lookup_cheque (HkContext   *context,
               const char  *text,
               GError     **error)
{
  gint64 id = 0;

  if (!parse_id (text, "--cheque", &id, error))
    return NULL;

  return hk_cheque_store_lookup (hk_context_get_cheque_store (context), id, error);
}

static gboolean
run_cheques_list (HkCliGlobals  *globals,
                  GStrv          args,
                  GError       **error)
{
  g_autofree char *state_text = NULL;
  gboolean overdue = FALSE;
  const GOptionEntry entries[] = {
    { "state", 0, 0, G_OPTION_ARG_STRING, &state_text,
      N_("received, endorsed, deposited, cleared, bounced, resolved or cancelled"),
      N_("STATE") },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue,
      N_("Only bounced cheques past their deadline"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) cheques = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (9);
  HkChequeStore *store;
  HkChequeState state = HK_CHEQUE_RECEIVED;

  if (!hk_cli_subcommand (globals, "cheques list", _("List the cheque register, newest first."),
                          entries, args, error))
    return FALSE;

  if (state_text != NULL && !hk_cheque_state_from_id (state_text, &state))
    {
      hk_cli_set_usage_error (error, _("--state: “%s” is not a state of a cheque"), state_text);
      return FALSE;
    }

  if (!(context = log_in_reader (globals, error)))
    return FALSE;

  store = hk_context_get_cheque_store (context);
  cheques = overdue ? hk_cheque_store_list_overdue (store, error)
                    : hk_cheque_store_list (store, state_text != NULL ? (int)state : -1, error);
  if (cheques == NULL)
    return FALSE;

  hk_text_table_add_row (table, _("No."), _("Cheque"), _("Receipt"), _("Amount"), _("Bank"),
                         _("Payer"), _("State"), _("Deadline"), _("Note"), NULL);
  hk_text_table_align_right (table, 0);
  hk_text_table_align_right (table, 3);

  for (guint i = 0; i < cheques->len; i++)
    {
      HkCheque *cheque = g_ptr_array_index (cheques, i);
      g_autofree char *id = g_strdup_printf ("%lld", (long long)hk_cheque_get_id (cheque));
      g_autofree char *amount = hk_money_format (hk_cheque_get_amount (cheque));
      const char *note = hk_cheque_is_overdue (cheque) ? _("OVERDUE")
                         : hk_cheque_get_state (cheque) == HK_CHEQUE_BOUNCED
                         ? hk_cheque_get_bounce_reason (cheque)
                         : hk_cheque_get_state (cheque) == HK_CHEQUE_RESOLVED
                         ? hk_cheque_get_resolution (cheque) : NULL;

      hk_text_table_add_row (table, id, hk_cheque_get_cheque_no (cheque),
                             hk_cheque_get_receipt_no (cheque), amount,
                             hk_cheque_get_bank_name (cheque) != NULL
                             ? hk_cheque_get_bank_name (cheque) : "",
                             hk_cheque_get_payer (cheque) != NULL ? hk_cheque_get_payer (cheque)
                                                                  : "",
                             hk_cheque_state_get_title (hk_cheque_get_state (cheque)),
                             hk_cheque_get_deadline_day (cheque) != NULL
                             ? hk_cheque_get_deadline_day (cheque) : "",
                             note != NULL ? note : "", NULL);
    }

  print_table (table, cheques->len == 0, _("No cheques."));

  return TRUE;
}

typedef enum
{
  ACT_DETAILS,
  ACT_ENDORSE,
  ACT_CLEAR,
  ACT_BOUNCE,
  ACT_RESOLVE,
} ChequeAct;

static gboolean
run_cheque_act (HkCliGlobals  *globals,
                GStrv          args,
                ChequeAct      act,
                GError       **error)
{
  static const struct
  {
    const char *command;
    const char *summary;
    const char *text_option;
  } acts[] = {
    { "cheques details", N_("Enter a cheque’s bank (--bank) and payer: the clerk who took "
                            "it, or the auditor."), "bank" },
    { "cheques endorse", N_("Endorse (背书) a cheque. Needs the auditor role."), "to" },
    { "cheques clear", N_("Record that the bank credited a deposited cheque. Needs the auditor "
                          "role."), NULL },
    { "cheques bounce", N_("Record a bounced cheque (退票): its deadline is set and its payer "
                           "marked. Needs the auditor role."), "reason" },
    { "cheques resolve", N_("Record how a bounced cheque was settled. Needs the auditor role."),
      "resolution" },
  };
  g_autofree char *cheque_text = NULL;
  g_autofree char *text = NULL;
  g_autofree char *payer = NULL;
  GOptionEntry entries[4] = {
    { "cheque", 0, 0, G_OPTION_ARG_STRING, &cheque_text, N_("The cheque’s number in the register"),
      N_("N") },
    { NULL },
    { NULL },
    { NULL },
  };
  guint n_entries = 1;
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCheque) cheque = NULL;
  g_autoptr(HkCheque) done = NULL;
  HkChequeStore *store;
  HkOperator *actor;

  /* Each act takes the one text it needs, and the details the payer too. */
  if (acts[act].text_option != NULL)
    entries[n_entries++] = (GOptionEntry) { acts[act].text_option, 0, 0, G_OPTION_ARG_STRING,
                                            &text, N_("The bank, the endorsee, the reason or the "
                                                      "resolution"), N_("TEXT") };
  if (act == ACT_DETAILS)
    entries[n_entries++] = (GOptionEntry) { "payer", 0, 0, G_OPTION_ARG_STRING, &payer,
                                            N_("The payer"), N_("NAME") };

  if (!hk_cli_subcommand (globals, acts[act].command, _(acts[act].summary), entries, args, error) ||
      !hk_cli_require_option (cheque_text, "--cheque", error))
    return FALSE;

  if (acts[act].text_option != NULL)
    {
      g_autofree char *option = g_strconcat ("--", acts[act].text_option, NULL);

      if (!hk_cli_require_option (text, option, error))
        return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)) ||
      !(cheque = lookup_cheque (context, cheque_text, error)))
    return FALSE;

  store = hk_context_get_cheque_store (context);
  actor = hk_context_get_operator (context);

  switch (act)
    {
    case ACT_DETAILS:
      done = hk_cheque_store_set_details (store, actor, cheque, text, payer, error);
      break;
    case ACT_ENDORSE:
      done = hk_cheque_store_endorse (store, actor, cheque, text, error);
      break;
    case ACT_CLEAR:
      done = hk_cheque_store_clear (store, actor, cheque, error);
      break;
    case ACT_BOUNCE:
      done = hk_cheque_store_bounce (store, actor, cheque, text, error);
      break;
    case ACT_RESOLVE:
    default:
      done = hk_cheque_store_resolve (store, actor, cheque, text, error);
      break;
    }

  if (done == NULL)
    return FALSE;

  if (act == ACT_BOUNCE)
    g_print (_("Cheque %s bounced: to be resolved by %s; its payer is marked.\n"),
             hk_cheque_get_cheque_no (done), hk_cheque_get_deadline_day (done));
  else
    g_print (_("Cheque %s is %s.\n"), hk_cheque_get_cheque_no (done),
             hk_cheque_state_get_title (hk_cheque_get_state (done)));

  return TRUE;
}

#define CHEQUE_ACT(name, act) \
  static gboolean \
  run_cheques_##name (HkCliGlobals  *globals, \
                      GStrv          args, \
                      GError       **error) \
  { \
    return run_cheque_act (globals, args, act, error); \
  }

CHEQUE_ACT (details, ACT_DETAILS)
CHEQUE_ACT (endorse, ACT_ENDORSE)
CHEQUE_ACT (clear, ACT_CLEAR)
CHEQUE_ACT (bounce, ACT_BOUNCE)
CHEQUE_ACT (resolve, ACT_RESOLVE)

static gboolean
run_cheques_payer (HkCliGlobals  *globals,
                   GStrv          args,
                   GError       **error)
{
  g_autofree char *payer = NULL;
  g_autofree char *clear_reason = NULL;
  const GOptionEntry entries[] = {
    { "payer", 0, 0, G_OPTION_ARG_STRING, &payer, N_("The payer on the cheque"), N_("NAME") },
    { "clear", 0, 0, G_OPTION_ARG_STRING, &clear_reason,
      N_("Clear the payer’s mark, for this reason (auditor)"), N_("REASON") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autofree char *warning = NULL;
  HkChequeStore *store;
  GError *local_error = NULL;

  if (!hk_cli_subcommand (globals, "cheques payer",
                          _("Say whether a payer’s cheques bounced before, as the counter asks; "
                            "or clear their mark."), entries, args, error) ||
      !hk_cli_require_option (payer, "--payer", error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  store = hk_context_get_cheque_store (context);

  if (clear_reason != NULL)
    {
      if (!hk_cheque_store_clear_payer (store, hk_context_get_operator (context), payer,
                                        clear_reason, error))
        return FALSE;
      g_print (_("The mark of %s is cleared.\n"), payer);
      return TRUE;
    }

  warning = hk_cheque_store_check_payer (store, payer, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  g_print ("%s\n", warning != NULL ? warning : _("No bounced cheque of this payer is on record."));

  return TRUE;
}

static gboolean
run_cheques_deadline (HkCliGlobals  *globals,
                      GStrv          args,
                      GError       **error)
{
  g_autofree char *days_text = NULL;
  const GOptionEntry entries[] = {
    { "days", 0, 0, G_OPTION_ARG_STRING, &days_text,
      N_("Set it to this many working days (hall supervisor, administrator)"), N_("N") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  HkChequeStore *store;
  gint64 days = 0;

  if (!hk_cli_subcommand (globals, "cheques deadline",
                          _("Show or set within how many working days (Monday to Friday) a "
                            "bounced cheque is resolved."), entries, args, error) ||
      (days_text != NULL && !parse_id (days_text, "--days", &days, error)) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  store = hk_context_get_cheque_store (context);
  if (days_text != NULL &&
      !hk_cheque_store_set_deadline_days (store, hk_context_get_operator (context),
                                          (guint)MIN (days, G_MAXUINT), error))
    return FALSE;

  g_print (_("A bounced cheque is resolved within %u working days.\n"),
           hk_cheque_store_get_deadline_days (store));

  return TRUE;
}

static const HkCliCommand cheques_commands[] = {
  { "list", N_("List the cheque register"), run_cheques_list },
  { "details", N_("Enter a cheque’s bank and payer"), run_cheques_details },
  { "endorse", N_("Endorse a cheque"), run_cheques_endorse },
  { "clear", N_("Record a cheque cleared"), run_cheques_clear },
  { "bounce", N_("Record a bounced cheque"), run_cheques_bounce },
  { "resolve", N_("Record how a bounced cheque was settled"), run_cheques_resolve },
  { "payer", N_("Check or clear a payer’s bounced-cheque mark"), run_cheques_payer },
  { "deadline", N_("Show or set the bounced-cheque deadline"), run_cheques_deadline },
};

gboolean
hk_cli_cheques (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  return hk_cli_run_subcommand (globals, "cheques",
                                _("The cheque register: details, endorsement, clearing, bounced "
                                  "cheques and payers."),
                                cheques_commands, G_N_ELEMENTS (cheques_commands), args, error);
}
