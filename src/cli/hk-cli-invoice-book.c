/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-invoice-book.c: hallkeeper-cli invoice-book and gaps: invoice books, missing numbers.
 *
 * Every subcommand logs the --operator in and calls the invoice book store
 * with them as the actor, so the role checks (books are the auditor's), the
 * rules (only stock numbers are issued, used numbers never come back) and the
 * audit entries are the same as in the window.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-cli-invoice-book.h"

#include "core/hk-invoice-book-store.h"
#include "core/hk-operator-store.h"
#include "reports/hk-text-table.h"

/* An invoice number from an option such as --first: up to eight digits. */
static gboolean
parse_number (const char  *value,
              const char  *option,
              gint64      *number,
              GError     **error)
{
  guint64 parsed = 0;

  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  if (!g_ascii_string_to_unsigned (value, 10, 0, HK_INVOICE_NUMBER_MAX, &parsed, NULL))
    {
      hk_cli_set_usage_error (error, _("%s: “%s” is not an invoice number (up to eight digits)"),
                              option, value);
      return FALSE;
    }

  *number = (gint64)parsed;
  return TRUE;
}

/* The options every subcommand that names numbers of a book shares. */
static gboolean
parse_range (const char  *code,
             const char  *first,
             const char  *last,
             gint64      *first_no,
             gint64      *last_no,
             GError     **error)
{
  return hk_cli_require_option (code, "--code", error) &&
         parse_number (first, "--first", first_no, error) &&
         parse_number (last, "--last", last_no, error);
}

static gboolean
run_register (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *code = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  const GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code,
      N_("The invoice code printed on the book, 10 to 12 digits"), N_("CODE") },
    { "first", 0, 0, G_OPTION_ARG_STRING, &first, N_("The book’s first number"), N_("NUMBER") },
    { "last", 0, 0, G_OPTION_ARG_STRING, &last, N_("The book’s last number"), N_("NUMBER") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkInvoiceBook) book = NULL;
  gint64 first_no = 0;
  gint64 last_no = 0;

  if (!hk_cli_subcommand (globals, "invoice-book register",
                          _("Register an invoice book received; its numbers go into the hall’s "
                            "stock. Needs the auditor role."),
                          entries, args, error) ||
      !parse_range (code, first, last, &first_no, &last_no, error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(book = hk_invoice_book_store_register (hk_context_get_invoice_book_store (context),
                                               hk_context_get_operator (context),
                                               code, first_no, last_no, error)))
    return FALSE;

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Registered the invoice book %s %08lld–%08lld (%lld number) into the "
                        "hall’s stock.\n",
                        "Registered the invoice book %s %08lld–%08lld (%lld numbers) into the "
                        "hall’s stock.\n",
                        (gulong)hk_invoice_book_get_count (book)),
           hk_invoice_book_get_invoice_code (book),
           (long long)hk_invoice_book_get_first_no (book),
           (long long)hk_invoice_book_get_last_no (book),
           (long long)hk_invoice_book_get_count (book));

  return TRUE;
}

static gboolean
run_issue (HkCliGlobals  *globals,
           GStrv          args,
           GError       **error)
{
  g_autofree char *code = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *clerk_login = NULL;
  const GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("The book’s invoice code"), N_("CODE") },
    { "first", 0, 0, G_OPTION_ARG_STRING, &first, N_("The first number to issue"),
      N_("NUMBER") },
    { "last", 0, 0, G_OPTION_ARG_STRING, &last, N_("The last number to issue"), N_("NUMBER") },
    { "clerk", 0, 0, G_OPTION_ARG_STRING, &clerk_login,
      N_("The login name of the counter clerk who receives them"), N_("LOGIN") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(HkOperator) clerk = NULL;
  gint64 first_no = 0;
  gint64 last_no = 0;

  if (!hk_cli_subcommand (globals, "invoice-book issue",
                          _("Issue numbers of a book from the hall’s stock to a counter clerk. "
                            "Needs the auditor role."),
                          entries, args, error) ||
      !parse_range (code, first, last, &first_no, &last_no, error) ||
      !hk_cli_require_option (clerk_login, "--clerk", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(book = hk_invoice_book_store_lookup (hk_context_get_invoice_book_store (context), code,
                                             first_no, error)) ||
      !(clerk = hk_operator_store_lookup (hk_context_get_operator_store (context), clerk_login,
                                          error)) ||
      !hk_invoice_book_store_issue (hk_context_get_invoice_book_store (context),
                                    hk_context_get_operator (context), book, first_no, last_no,
                                    clerk, error))
    return FALSE;

  g_print (_("Issued %s %08lld–%08lld to %s.\n"), code, (long long)first_no, (long long)last_no,
           hk_operator_get_login (clerk));

  return TRUE;
}

static gboolean
run_return (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *code = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  const GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("The book’s invoice code"), N_("CODE") },
    { "first", 0, 0, G_OPTION_ARG_STRING, &first, N_("The first number checked back in"),
      N_("NUMBER") },
    { "last", 0, 0, G_OPTION_ARG_STRING, &last, N_("The last number checked back in"),
      N_("NUMBER") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkInvoiceBook) book = NULL;
  gint64 first_no = 0;
  gint64 last_no = 0;

  if (!hk_cli_subcommand (globals, "invoice-book return",
                          _("Check a clerk’s unused numbers back in to the hall’s stock. Used "
                            "numbers are never returned. Needs the auditor role."),
                          entries, args, error) ||
      !parse_range (code, first, last, &first_no, &last_no, error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(book = hk_invoice_book_store_lookup (hk_context_get_invoice_book_store (context), code,
                                             first_no, error)) ||
      !hk_invoice_book_store_return (hk_context_get_invoice_book_store (context),
                                     hk_context_get_operator (context), book, first_no, last_no,
                                     error))
    return FALSE;

  g_print (_("Checked %s %08lld–%08lld back in to the hall’s stock.\n"), code,
           (long long)first_no, (long long)last_no);

  return TRUE;
}

/* Operators' logins by id, looked up once each. */
static const char *
holder_login (HkContext   *context,
              GHashTable  *logins,
              gint64       holder_id)
{
  g_autoptr(HkOperator) operator = NULL;
  char *login;

  if ((login = g_hash_table_lookup (logins, &holder_id)) != NULL)
    return login;

  operator = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context), holder_id,
                                             NULL);
  login = operator != NULL ? g_strdup (hk_operator_get_login (operator))
                           : g_strdup_printf ("#%lld", (long long)holder_id);
  g_hash_table_insert (logins, g_memdup2 (&holder_id, sizeof holder_id), login);

  return login;
}

static gboolean
run_list (HkCliGlobals  *globals,
          GStrv          args,
          GError       **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkTextTable) table = NULL;
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(GHashTable) logins = NULL;
  g_autofree char *text = NULL;
  HkInvoiceBookStore *store;

  if (!hk_cli_subcommand (globals, "invoice-book list",
                          _("List the invoice books and who holds which of their numbers."),
                          NULL, args, error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  store = hk_context_get_invoice_book_store (context);
  if (!(segments = hk_invoice_book_store_list_segments (store, 0, error)))
    return FALSE;

  if (segments->len == 0)
    {
      g_print (_("No invoice book is registered yet.\n"));
      return TRUE;
    }

  logins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  table = hk_text_table_new (6);
  hk_text_table_align_right (table, 5);
  hk_text_table_add_row (table, _("Code"), _("First"), _("Last"), _("Holder"), _("Numbers"),
                         _("Count"), NULL);

  for (guint i = 0; i < segments->len; i++)
    {
      HkInvoiceSegment *segment = g_ptr_array_index (segments, i);
      g_autofree char *book_first = NULL;
      g_autofree char *book_last = NULL;
      g_autofree char *numbers = NULL;
      g_autofree char *count = NULL;

      /* The segments of a book come one after the other. */
      if (book == NULL || hk_invoice_book_get_id (book) != segment->book_id)
        {
          g_clear_object (&book);
          if (!(book = hk_invoice_book_store_lookup_by_id (store, segment->book_id, error)))
            return FALSE;
        }

      book_first = g_strdup_printf ("%08lld", (long long)hk_invoice_book_get_first_no (book));
      book_last = g_strdup_printf ("%08lld", (long long)hk_invoice_book_get_last_no (book));
      numbers = g_strdup_printf ("%08lld–%08lld", (long long)segment->first_no,
                                 (long long)segment->last_no);
      count = g_strdup_printf ("%lld", (long long)(segment->last_no - segment->first_no + 1));

      hk_text_table_add_row (table, hk_invoice_book_get_invoice_code (book), book_first,
                             book_last,
                             segment->holder_id == 0
                               ? _("hall stock")
                               : holder_login (context, logins, segment->holder_id),
                             numbers, count, NULL);
    }

  text = hk_text_table_render (table);
  g_print ("%s", text);

  return TRUE;
}

static const HkCliCommand invoice_book_commands[] = {
  { "register", N_("Register an invoice book received"), run_register },
  { "issue", N_("Issue numbers from the hall’s stock to a counter clerk"), run_issue },
  { "return", N_("Check a clerk’s unused numbers back in"), run_return },
  { "list", N_("List the books and who holds which numbers"), run_list },
};

gboolean
hk_cli_invoice_book (HkCliGlobals  *globals,
                     GStrv          args,
                     GError       **error)
{
  return hk_cli_run_subcommand (globals, "invoice-book",
                                _("Register invoice books, issue their numbers to clerks and "
                                  "check them back in."),
                                invoice_book_commands, G_N_ELEMENTS (invoice_book_commands),
                                args, error);
}

/* `gaps --date D`: one line per missing number, "CODE NUMBER CLERK DAY"; nothing when none. */
gboolean
hk_cli_gaps (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *day = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day,
      N_("The business day: receipts up to and including it count"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GHashTable) logins = NULL;

  if (!hk_cli_subcommand (globals, "gaps",
                          _("List the missing invoice numbers up to a day that are not explained: "
                            "one per line with the invoice code, the number, the clerk and the "
                            "day it went missing. Prints nothing when there is none."),
                          entries, args, error) ||
      !hk_cli_require_option (day, "--date", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(gaps = hk_invoice_book_store_find_gaps (hk_context_get_invoice_book_store (context), day,
                                                0, error)))
    return FALSE;

  logins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < gaps->len; i++)
    {
      HkInvoiceGap *gap = g_ptr_array_index (gaps, i);

      g_print ("%s %08lld %s %s\n", gap->invoice_code, (long long)gap->number,
               holder_login (context, logins, gap->clerk_id), gap->day);
    }

  return TRUE;
}
