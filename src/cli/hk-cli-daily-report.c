/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-daily-report.c: hallkeeper-cli daily-report and sign: the clerks' daily reports.
 *
 * `daily-report` prints each clerk's report of a day as plain text: the
 * three legs (account, cash, stubs) with their differences, what the auditor
 * entered from the accounting copy and the bank deposit receipt, the status
 * and what still keeps the report from being signed. `sign` enters the
 * auditor's figures and signs, through the daily report store, so the rules
 * (the three legs agree, no unexplained gap, nobody signs their own report,
 * a signed day is locked) are the same as in the window.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-cli-daily-report.h"

#include "core/hk-daily-report-store.h"
#include "core/hk-money.h"
#include "core/hk-operator-store.h"
#include "core/hk-permission.h"
#include "reports/hk-text-table.h"

/* Who sees every clerk's reports; a clerk sees their own. */
#define OVERSEEING_ROLES (HK_ROLE_AUDITOR | HK_ROLE_DUTY_MANAGER | HK_ROLE_SUPERVISOR)

static gboolean
parse_command (HkCliGlobals        *globals,
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

static HkOperator *
lookup_operator_by_id (HkContext *context,
                       gint64     id)
{
  return hk_operator_store_lookup_by_id (hk_context_get_operator_store (context), id, NULL);
}

static char *
format_moment (HkContext *context,
               gint64     unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = NULL;

  local = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (
                                          hk_context_get_hall_store (context)));

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* "open", "submitted" or "signed by LOGIN at YYYY-MM-DD HH:MM". */
static char *
describe_status (HkContext     *context,
                 HkDailyReport *report)
{
  switch (hk_daily_report_get_status (report))
    {
    case HK_DAILY_REPORT_SUBMITTED:
      return g_strdup (_("submitted by the clerk"));

    case HK_DAILY_REPORT_SIGNED:
      {
        g_autoptr(HkOperator) signer = NULL;
        g_autofree char *at = NULL;

        signer = lookup_operator_by_id (context, hk_daily_report_get_signed_by (report));
        at = format_moment (context, hk_daily_report_get_signed_at (report));

        /* Translators: "signed by zhaomin at 2024-03-02 10:15" */
        return g_strdup_printf (_("signed by %s at %s"),
                                signer != NULL ? hk_operator_get_login (signer) : "?", at);
      }

    case HK_DAILY_REPORT_OPEN:
    default:
      return g_strdup (_("open"));
    }
}

/* A difference, with a sign when there is one: "¥0.00", "+¥1.00", "-¥12.50". */
static char *
format_difference (gint64 fen)
{
  g_autofree char *amount = hk_money_format (fen);

  return fen > 0 ? g_strconcat ("+", amount, NULL) : g_steal_pointer (&amount);
}

static void
add_leg (HkTextTable *table,
         const char  *leg,
         gint64       amount,
         gint64       difference,
         const char  *detail)
{
  g_autofree char *amount_text = hk_money_format (amount);
  g_autofree char *difference_text = format_difference (difference);

  hk_text_table_add_row (table, leg, amount_text, difference_text, detail, NULL);
}

/* One clerk's report as text: a heading, the legs in a table, the problems. */
static void
print_report (HkContext     *context,
              HkDailyReport *report)
{
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkTextTable) table = NULL;
  g_autofree char *status = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *text = NULL;
  g_autofree char *receipts = NULL;
  g_autofree char *cash_detail = NULL;
  g_autofree char *stubs = NULL;
  gint64 account = hk_daily_report_get_account_total (report);
  gint64 non_cash = 0;

  clerk = lookup_operator_by_id (context, hk_daily_report_get_clerk_id (report));
  status = describe_status (context, report);

  /* Translators: "Daily report of zhangli (张丽) for 2024-03-01: open" */
  g_print (_("Daily report of %s (%s) for %s: %s"),
           clerk != NULL ? hk_operator_get_login (clerk) : "?",
           clerk != NULL ? hk_operator_get_display_name (clerk) : "?",
           hk_daily_report_get_day (report), status);
  if (hk_daily_report_is_imported (report))
    g_print ("%s", _(", imported from the business platform (no shift)"));
  g_print ("\n");

  table = hk_text_table_new (4);
  hk_text_table_align_right (table, 1);
  hk_text_table_align_right (table, 2);
  hk_text_table_add_row (table, "", _("Amount"), _("Difference"), "", NULL);

  /* Account (帐): the valid receipts, by payment method. */
  {
    guint n_receipts = hk_daily_report_get_n_receipts (report);
    guint n_void = hk_daily_report_get_n_void (report);
    guint n_corrections = hk_daily_report_get_n_corrections (report);
    g_autofree char *valid = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u receipt",
                                                           "%u receipts", n_receipts),
                                              n_receipts);
    /* Translators: the number of voided receipts, e.g. "1 void" */
    g_autofree char *voided = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u void",
                                                            "%u void", n_void),
                                               n_void);
    /* Translators: the number of red-letter (negative) receipts, e.g. "0 red-letter" */
    g_autofree char *red = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u red-letter",
                                                         "%u red-letter", n_corrections),
                                            n_corrections);

    /* Translators: the account leg's counts, e.g. "6 receipts, 1 void, 0 red-letter" */
    receipts = g_strdup_printf (_("%s, %s, %s"), valid, voided, red);
  }
  {
    g_autofree char *amount = hk_money_format (account);
    hk_text_table_add_row (table, C_("three-way match leg", "Account"), amount, "", receipts, NULL);
  }
  for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
    {
      g_autofree char *label = g_strconcat ("  ", hk_payment_method_get_title (m), NULL);
      g_autofree char *amount = hk_money_format (hk_daily_report_get_account_by_method (report,
                                                                                        m));

      hk_text_table_add_row (table, label, amount, "", "", NULL);
      if (m != HK_PAYMENT_CASH)
        non_cash += hk_daily_report_get_declared (report, m);
    }

  /* Cash (款): the cash taken plus the non-cash totals. */
  {
    g_autofree char *taken = hk_money_format (hk_daily_report_get_cash_takings (report));
    g_autofree char *others = hk_money_format (non_cash);

    if (hk_daily_report_is_imported (report))
      cash_detail = g_strdup_printf (_("cash declared by the clerk %s + non-cash %s"),
                                     taken, others);
    else
      {
        g_autofree char *counted = hk_money_format (hk_daily_report_get_counted_cash (report));
        g_autofree char *float_ = hk_money_format (hk_daily_report_get_opening_float (report));
        g_autofree char *moved = hk_money_format (hk_daily_report_get_cash_movements (report));
        guint n_shifts = hk_daily_report_get_n_shifts (report);
        guint n_open = hk_daily_report_get_n_open_shifts (report);
        g_autofree char *shifts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u shift",
                                                                "%u shifts", n_shifts),
                                                   n_shifts);
        /* Translators: the number of shifts still open, e.g. "0 open" */
        g_autofree char *open = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open",
                                                              "%u open", n_open),
                                                 n_open);

        /* Translators: the cash leg, then the shifts: "counted ¥1,000.00 − float ¥500.00 −
         * movements ¥0.00 + non-cash ¥60.00; 1 shift, 0 open" */
        cash_detail = g_strdup_printf (_("counted %s − float %s − movements %s + non-cash %s; "
                                         "%s, %s"),
                                       counted, float_, moved, others, shifts, open);
      }
  }
  add_leg (table, C_("three-way match leg", "Cash"), hk_daily_report_get_cash_leg (report),
           hk_daily_report_get_cash_difference (report), cash_detail);

  /* Stubs (票据存根): the numbers used and the lines' total. */
  {
    guint n_used = hk_daily_report_get_n_numbers_used (report);
    guint n_gaps = hk_daily_report_get_n_gaps (report);
    g_autofree char *used = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u number used",
                                                          "%u numbers used", n_used),
                                             n_used);
    /* Translators: the number of receipt numbers missing (gaps), e.g. "0 missing" */
    g_autofree char *missing = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u missing",
                                                             "%u missing", n_gaps),
                                                n_gaps);

    /* Translators: the stubs leg's counts, e.g. "7 numbers used, 0 missing" */
    stubs = g_strdup_printf (_("%s, %s"), used, missing);
  }
  add_leg (table, C_("three-way match leg", "Stubs"), hk_daily_report_get_stub_total (report),
           hk_daily_report_get_stub_total (report) - account, stubs);

  /* What the auditor entered from the paper. */
  if (hk_daily_report_has_check (report))
    {
      g_autofree char *slip = g_strdup_printf ("%s %s, %s",
                                               hk_daily_report_get_bank_name (report),
                                               hk_daily_report_get_bank_slip_no (report),
                                               hk_daily_report_get_bank_slip_date (report));

      add_leg (table, _("Accounting copy"), hk_daily_report_get_accounting_copy (report),
               hk_daily_report_get_accounting_copy (report) - account, "");
      add_leg (table, _("Bank receipt"), hk_daily_report_get_bank_amount (report),
               hk_daily_report_get_bank_amount (report) -
               hk_daily_report_get_cash_takings (report), slip);
    }
  else
    {
      hk_text_table_add_row (table, _("Accounting copy"), _("not entered"), "", "", NULL);
      hk_text_table_add_row (table, _("Bank receipt"), _("not entered"), "", "", NULL);
    }

  text = hk_text_table_render (table);
  g_print ("%s", text);

  if (hk_daily_report_get_difference_note (report) != NULL)
    g_print (_("Note on the difference: %s\n"), hk_daily_report_get_difference_note (report));

  problems = hk_daily_report_describe_problems (report);
  if (problems != NULL && hk_daily_report_get_status (report) != HK_DAILY_REPORT_SIGNED)
    {
      g_auto(GStrv) lines = g_strsplit (problems, "\n", -1);

      g_print ("%s\n", _("Problems:"));
      for (guint i = 0; lines[i] != NULL; i++)
        g_print ("  %s\n", lines[i]);
    }
  else if (hk_daily_report_get_status (report) != HK_DAILY_REPORT_SIGNED)
    g_print ("%s\n", _("Nothing keeps it from being signed."));
}

gboolean
hk_cli_daily_report (HkCliGlobals  *globals,
                     GStrv          args,
                     GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *clerk_login = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The business day"), N_("YYYY-MM-DD") },
    { "clerk", 0, 0, G_OPTION_ARG_STRING, &clerk_login,
      N_("Only this clerk’s report (default: every clerk with receipts, a shift or a report "
         "that day)"), N_("LOGIN") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) reports = NULL;
  HkDailyReportStore *store;
  HkOperator *actor;

  if (!parse_command (globals, "daily-report",
                      _("Show the clerks’ daily reports of a day: the account, the cash and the "
                        "stubs with their differences, the accounting copy and the bank "
                        "receipt, the status and what keeps a report from being signed. An "
                        "auditor, duty manager or hall supervisor sees every clerk; a clerk "
                        "sees their own report."),
                      entries, args, error) ||
      !hk_cli_day (day, "--date", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  actor = hk_context_get_operator (context);
  store = hk_context_get_daily_report_store (context);

  if (!hk_permission_require (hk_context_get_database (context), actor,
                              OVERSEEING_ROLES | HK_ROLE_CLERK, _("Reading daily reports"), error))
    return FALSE;

  /* A clerk without an overseeing role reads their own report only. */
  if (!hk_operator_has_any_role (actor, OVERSEEING_ROLES))
    {
      if (clerk_login != NULL && g_ascii_strcasecmp (clerk_login, hk_operator_get_login (actor)))
        return hk_permission_require (hk_context_get_database (context), actor, OVERSEEING_ROLES,
                                      _("Reading another clerk’s daily report"), error);
      g_free (clerk_login);
      clerk_login = g_strdup (hk_operator_get_login (actor));
    }

  if (clerk_login != NULL)
    {
      g_autoptr(HkOperator) clerk = NULL;
      HkDailyReport *report;

      if (!(clerk = hk_operator_store_lookup (hk_context_get_operator_store (context),
                                              clerk_login, error)) ||
          !(report = hk_daily_report_store_compute (store, hk_operator_get_id (clerk), day,
                                                    error)))
        return FALSE;

      reports = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (reports, report);

      if (hk_daily_report_get_n_numbers_used (report) == 0 &&
          hk_daily_report_get_n_shifts (report) == 0 && !hk_daily_report_has_check (report) &&
          hk_daily_report_get_status (report) == HK_DAILY_REPORT_OPEN)
        {
          g_print (_("%s has no receipt, no shift and no daily report on %s.\n"),
                   hk_operator_get_login (clerk), day);
          return TRUE;
        }
    }
  else if (!(reports = hk_daily_report_store_list_range (store, day, day, error)))
    return FALSE;

  if (reports->len == 0)
    {
      g_print (_("No clerk has receipts, a shift or a daily report on %s.\n"), day);
      return TRUE;
    }

  for (guint i = 0; i < reports->len; i++)
    {
      if (i > 0)
        g_print ("\n");
      print_report (context, g_ptr_array_index (reports, i));
    }

  return TRUE;
}

gboolean
hk_cli_sign (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *clerk_login = NULL;
  g_autofree char *bank = NULL;
  g_autofree char *bank_slip = NULL;
  g_autofree char *bank_date = NULL;
  g_autofree char *bank_amount = NULL;
  g_autofree char *accounting_copy = NULL;
  g_autofree char *declared_cash = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The business day"), N_("YYYY-MM-DD") },
    { "clerk", 0, 0, G_OPTION_ARG_STRING, &clerk_login, N_("Whose daily report"), N_("LOGIN") },
    { "accounting-copy", 0, 0, G_OPTION_ARG_STRING, &accounting_copy,
      N_("The total of the accounting copies (记帐联), in yuan"), N_("AMOUNT") },
    { "bank", 0, 0, G_OPTION_ARG_STRING, &bank,
      N_("The bank of the deposit receipt (default: the one entered before)"), N_("NAME") },
    { "bank-slip", 0, 0, G_OPTION_ARG_STRING, &bank_slip,
      N_("The number of the bank deposit receipt (银行回单)"), N_("NUMBER") },
    { "bank-date", 0, 0, G_OPTION_ARG_STRING, &bank_date,
      N_("The date on the bank deposit receipt (default: the business day)"),
      N_("YYYY-MM-DD") },
    { "bank-amount", 0, 0, G_OPTION_ARG_STRING, &bank_amount,
      N_("The amount on the bank deposit receipt, in yuan"), N_("AMOUNT") },
    { "declared-cash", 0, 0, G_OPTION_ARG_STRING, &declared_cash,
      N_("For an imported day (no shift): the cash the clerk declared, in yuan"),
      N_("AMOUNT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note,
      N_("How a cash difference was settled (required when there is one)"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autofree char *account = NULL;
  g_autofree char *difference = NULL;
  HkDailyReportStore *store;
  HkDailyReportCheck check = { 0 };

  if (!parse_command (globals, "sign",
                      _("Enter the accounting copy and the bank deposit receipt of a clerk’s "
                        "daily report and sign it. The report is signed only when the account, "
                        "the cash and the stubs agree, no number is missing unexplained and the "
                        "figures match; otherwise the problems are shown and nothing is signed "
                        "(the figures entered are kept). A signed day is locked for good. "
                        "Needs the auditor role; nobody signs their own report."),
                      entries, args, error) ||
      !hk_cli_day (day, "--date", error) ||
      !hk_cli_require_option (clerk_login, "--clerk", error) ||
      !hk_cli_require_option (bank_slip, "--bank-slip", error) ||
      !hk_cli_amount (bank_amount, "--bank-amount", TRUE, &check.bank_amount, error) ||
      !hk_cli_amount (accounting_copy, "--accounting-copy", TRUE, &check.accounting_copy, error) ||
      (bank_date != NULL && !hk_cli_day (bank_date, "--bank-date", error)) ||
      (declared_cash != NULL &&
       !hk_cli_amount (declared_cash, "--declared-cash", TRUE, &check.declared_cash, error)))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(clerk = hk_operator_store_lookup (hk_context_get_operator_store (context), clerk_login,
                                          error)))
    return FALSE;

  store = hk_context_get_daily_report_store (context);
  if (!(report = hk_daily_report_store_compute (store, hk_operator_get_id (clerk), day, error)))
    return FALSE;

  if (bank == NULL && hk_daily_report_get_bank_name (report) != NULL)
    bank = g_strdup (hk_daily_report_get_bank_name (report));
  if (bank == NULL)
    {
      hk_cli_set_usage_error (error, _("the option %s is required: no bank was entered for this "
                                       "report yet"), "--bank");
      return FALSE;
    }

  if (declared_cash != NULL && !hk_daily_report_is_imported (report))
    {
      g_set_error (error, HK_CLI_ERROR, HK_CLI_ERROR_FAILED,
                   _("--declared-cash is only for a day of imported receipts; on %s %s worked "
                     "at the counter, and the cash is what was counted at the shifts’ close"),
                   day, hk_operator_get_login (clerk));
      return FALSE;
    }

  check.bank_name = bank;
  check.bank_slip_no = bank_slip;
  check.bank_slip_date = bank_date;
  check.has_declared_cash = declared_cash != NULL;

  if (!(checked = hk_daily_report_store_record_check (store, hk_context_get_operator (context),
                                                      hk_operator_get_id (clerk), day, &check,
                                                      error)) ||
      !(signed_report = hk_daily_report_store_sign (store, hk_context_get_operator (context),
                                                    hk_operator_get_id (clerk), day, note,
                                                    error)))
    return FALSE;

  account = hk_money_format (hk_daily_report_get_account_total (signed_report));
  difference = format_difference (hk_daily_report_get_cash_difference (signed_report));
  g_print (_("Signed the daily report of %s for %s: account %s, cash difference %s.\n"),
           hk_operator_get_login (clerk), day, account, difference);

  return TRUE;
}
