/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-archive.c: hallkeeper-cli archive: customer files, access requests and approvals,
 * releases and returns, the access log and the error register.
 *
 * Every subcommand logs the --operator in and calls the archive's stores with
 * them as the actor, so the rules (who approves, release within the window
 * and once, identity data for the designated person only) and the access log
 * rows are the same as in the window. Lists show identity data masked.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "hk-cli-archive.h"

#include "core/hk-access-request-store.h"
#include "core/hk-customer-file-store.h"
#include "core/hk-error.h"
#include "core/hk-permission.h"
#include "core/hk-recheck-store.h"
#include "reports/hk-access-log-report.h"
#include "reports/hk-error-register-report.h"
#include "reports/hk-report-export.h"
#include "reports/hk-text-table.h"

/* ---- parsing ---- */

/* A request's number from --request: a positive whole number. */
static gboolean
parse_request_id (const char  *value,
                  gint64      *id,
                  GError     **error)
{
  gint64 parsed = 0;

  if (!hk_cli_require_option (value, "--request", error))
    return FALSE;

  if (!g_ascii_string_to_signed (value, 10, 1, G_MAXINT64, &parsed, NULL))
    {
      hk_cli_set_usage_error (error, _("--request: “%s” is not a request number"), value);
      return FALSE;
    }

  *id = parsed;
  return TRUE;
}

/* A --from / --until moment: "YYYY-MM-DD HH:MM" in the hall's time zone, or a whole day
 * "YYYY-MM-DD", which starts at 00:00 (or, for the end of a window, ends at the next day's). */
static gboolean
parse_moment (HkContext   *context,
              const char  *value,
              const char  *option,
              gboolean     end_of_day,
              gint64      *moment,
              GError     **error)
{
  HkHallStore *hall = hk_context_get_hall_store (context);
  g_autofree char *day = NULL;
  gint64 start = 0;
  gint64 next = 0;
  int hours = 0;
  int minutes = 0;
  char tail;

  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  day = g_strndup (value, 10);
  if (!hk_hall_store_parse_day (hall, day, &start, &next, NULL) ||
      (strlen (value) > 10 &&
       (sscanf (value + 10, " %2d:%2d%c", &hours, &minutes, &tail) != 2 ||
        hours < 0 || hours > 23 || minutes < 0 || minutes > 59)))
    {
      hk_cli_set_usage_error (error, _("%s: “%s” is not a time; write it as YYYY-MM-DD or "
                                       "“YYYY-MM-DD HH:MM”"), option, value);
      return FALSE;
    }

  if (strlen (value) == 10)
    *moment = end_of_day ? next : start;
  else
    {
      g_autoptr(GDateTime) midnight = g_date_time_new_from_unix_utc (start);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (midnight,
                                                            hk_hall_store_get_time_zone (hall));
      g_autoptr(GDateTime) at = g_date_time_new (hk_hall_store_get_time_zone (hall),
                                                 g_date_time_get_year (local),
                                                 g_date_time_get_month (local),
                                                 g_date_time_get_day_of_month (local),
                                                 hours, minutes, 0);

      *moment = g_date_time_to_unix (at);
    }

  return TRUE;
}

/* The period of --month YYYY-MM, or of --from and --to days. */
static gboolean
parse_period (const char  *month,
              const char  *from,
              const char  *to,
              char       **first_day,
              char       **last_day,
              GError     **error)
{
  if (month != NULL)
    {
      int year = 0;
      int number = 0;
      char tail;

      if (from != NULL || to != NULL)
        {
          hk_cli_set_usage_error (error, _("give either --month or --from and --to"));
          return FALSE;
        }
      if (strlen (month) != 7 || sscanf (month, "%4d-%2d%c", &year, &number, &tail) != 2 ||
          !hk_recheck_month_days (year, number, first_day, last_day, NULL))
        {
          hk_cli_set_usage_error (error, _("--month: “%s” is not a month; write it as YYYY-MM"),
                                  month);
          return FALSE;
        }
      return TRUE;
    }

  if (from == NULL || to == NULL)
    {
      hk_cli_set_usage_error (error, _("give the period with --month or --from and --to"));
      return FALSE;
    }

  *first_day = g_strdup (from);
  *last_day = g_strdup (to);

  return TRUE;
}

/* A value given as "-" is read from the first line of standard input, so that it stays out of
 * the process list and the shell's history. */
static char *
read_value (const char  *value,
            const char  *option,
            GError     **error)
{
  g_autofree char *line = NULL;
  size_t size = 0;
  ssize_t length;

  if (g_strcmp0 (value, "-") != 0)
    return g_strdup (value);

  length = getline (&line, &size, stdin);
  if (length <= 0)
    {
      hk_cli_set_usage_error (error, _("%s: nothing to read on standard input"), option);
      return NULL;
    }

  return g_strdup (g_strstrip (line));
}

static HkCustomerFile *
find_file (HkContext   *context,
           const char  *file_no,
           GError     **error)
{
  if (!hk_cli_require_option (file_no, "--file", error))
    return NULL;

  return hk_customer_file_store_lookup_number (hk_context_get_customer_file_store (context),
                                               file_no, error);
}

/* ---- formatting ---- */

/* "YYYY-MM-DD HH:MM" in the hall's time zone. */
static char *
format_time (HkContext *context,
             gint64     unix_seconds)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_seconds == 0)
    return g_strdup ("");

  utc = g_date_time_new_from_unix_utc (unix_seconds);
  local = g_date_time_to_timezone (utc,
                                   hk_hall_store_get_time_zone (
                                     hk_context_get_hall_store (context)));

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
dup_login (HkContext *context,
           gint64     operator_id)
{
  g_autoptr(HkOperator) operator = NULL;

  if (operator_id == 0)
    return g_strdup ("");

  operator = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context),
                                             operator_id, NULL);

  return operator != NULL ? g_strdup (hk_operator_get_login (operator))
                          : g_strdup_printf ("#%lld", (long long)operator_id);
}

static void
print_table (HkTextTable *table)
{
  g_autofree char *text = hk_text_table_render (table);

  g_print ("%s", text);
}

/* A report as text: its title, period and figures, then each table. */
static void
print_report (HkReport *report)
{
  g_print ("%s — %s\n", hk_report_get_title (report), hk_report_get_period_label (report));
  if (hk_report_get_hall_name (report) != NULL && *hk_report_get_hall_name (report) != '\0')
    g_print ("%s\n", hk_report_get_hall_name (report));

  if (hk_report_get_n_figures (report) > 0)
    g_print ("\n");
  for (guint i = 0; i < hk_report_get_n_figures (report); i++)
    /* Translators: a key figure of a report, e.g. "Errors found: 3" */
    g_print (_("%s: %s\n"), hk_report_get_figure_label (report, i),
             hk_report_get_figure_text (report, i));

  for (guint t = 0; t < hk_report_get_n_tables (report); t++)
    {
      HkReportTable *source = hk_report_get_table (report, t);
      guint n_columns = hk_report_table_get_n_columns (source);
      g_autoptr(HkTextTable) table = NULL;
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_print ("\n%s\n", hk_report_table_get_name (source));
      if (hk_report_table_get_n_rows (source) == 0)
        {
          g_print ("%s\n", _("(none)"));
          continue;
        }

      /* The text table takes a row as arguments; build it from rows of cells by hand. */
      table = hk_text_table_new (n_columns);
      for (guint c = 0; c < n_columns; c++)
        {
          HkReportColumnKind kind = hk_report_table_get_kind (source, c);

          if (kind == HK_REPORT_COLUMN_COUNT || kind == HK_REPORT_COLUMN_MONEY ||
              kind == HK_REPORT_COLUMN_RATIO)
            hk_text_table_align_right (table, c);
        }

      for (guint r = 0; r <= hk_report_table_get_n_rows (source); r++)
        {
          const char *row[8] = { NULL };

          g_ptr_array_set_size (cells, 0);
          for (guint c = 0; c < n_columns && c < G_N_ELEMENTS (row) - 1; c++)
            {
              char *cell = r == 0 ? g_strdup (hk_report_table_get_heading (source, c))
                                  : hk_report_table_format_cell (source, r - 1, c);

              g_ptr_array_add (cells, cell);
              row[c] = cell;
            }

          hk_text_table_add_row (table, row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                                 NULL);
        }

      print_table (table);
    }
}

/* ---- files ---- */

static gboolean
run_files (HkCliGlobals  *globals,
           GStrv          args,
           GError       **error)
{
  g_autofree char *text = NULL;
  g_autofree char *status_id = NULL;
  const GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &text,
      N_("A file number or its beginning, a service number, or the last four characters of "
         "the identity number"), N_("TEXT") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_id,
      N_("Only files in this status: in-archive, out, transferred, destroyed"), N_("STATUS") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(HkTextTable) table = NULL;
  HkFileStatus status = HK_FILE_IN_ARCHIVE;
  guint n_shown = 0;

  if (!hk_cli_subcommand (globals, "archive files",
                          _("List the customer files, or those a search finds, with identity "
                            "data masked. Needs the archivist, hall supervisor or duty manager "
                            "role."),
                          entries, args, error))
    return FALSE;

  if (status_id != NULL && !hk_file_status_from_id (status_id, &status))
    {
      hk_cli_set_usage_error (error, _("--status: “%s” is not a file status"), status_id);
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)) ||
      !hk_permission_require_about (hk_context_get_database (context),
                                    hk_context_get_operator (context), HK_ARCHIVE_READER_ROLES,
                                    _("Listing the customer files"), "archive", 0, error) ||
      !(files = hk_customer_file_store_search (hk_context_get_customer_file_store (context),
                                               text, error)))
    return FALSE;

  table = hk_text_table_new (8);
  hk_text_table_add_row (table, _("File no."), _("Customer"), _("Identity number"), _("Phone"),
                         _("Service numbers"), _("Type"), _("Location"), _("Status"), NULL);

  for (guint i = 0; i < files->len; i++)
    {
      HkCustomerFile *file = g_ptr_array_index (files, i);
      g_autofree char *numbers = hk_customer_file_dup_masked_service_numbers (file);

      if (status_id != NULL && hk_customer_file_get_status (file) != status)
        continue;

      hk_text_table_add_row (table, hk_customer_file_get_file_no (file),
                             hk_customer_file_get_customer_name (file),
                             hk_customer_file_get_masked_id_number (file),
                             hk_customer_file_get_masked_phone (file), numbers,
                             hk_file_kind_get_title (hk_customer_file_get_kind (file)),
                             hk_customer_file_get_location (file),
                             hk_file_status_get_title (hk_customer_file_get_status (file)),
                             NULL);
      n_shown++;
    }

  if (n_shown == 0)
    {
      g_print ("%s\n", _("No customer file found."));
      return TRUE;
    }

  print_table (table);

  return TRUE;
}

static gboolean
run_register (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *file_no = NULL;
  g_autofree char *name = NULL;
  g_autofree char *id_option = NULL;
  g_autofree char *phone_option = NULL;
  g_auto(GStrv) numbers = NULL;
  g_autofree char *kind_id = NULL;
  g_autofree char *cabinet = NULL;
  g_autofree char *shelf = NULL;
  g_autofree char *box = NULL;
  g_autofree char *received = NULL;
  g_autofree char *retain_until = NULL;
  const GOptionEntry entries[] = {
    { "file", 0, 0, G_OPTION_ARG_STRING, &file_no, N_("The file number"), N_("NUMBER") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The customer’s name"), N_("NAME") },
    { "id-number", 0, 0, G_OPTION_ARG_STRING, &id_option,
      N_("The identity card number; “-” reads it from standard input"), N_("NUMBER") },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &phone_option,
      N_("The customer’s phone; “-” reads it from standard input"), N_("NUMBER") },
    { "service-number", 0, 0, G_OPTION_ARG_STRING_ARRAY, &numbers,
      N_("A service number the file concerns (repeat for more)"), N_("NUMBER") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &kind_id,
      N_("account-opening, real-name, transfer, cancellation, plan-change or other"),
      N_("TYPE") },
    { "cabinet", 0, 0, G_OPTION_ARG_STRING, &cabinet, N_("Where it is kept: the cabinet"),
      N_("CABINET") },
    { "shelf", 0, 0, G_OPTION_ARG_STRING, &shelf, N_("The shelf"), N_("SHELF") },
    { "box", 0, 0, G_OPTION_ARG_STRING, &box, N_("The box"), N_("BOX") },
    { "received", 0, 0, G_OPTION_ARG_STRING, &received, N_("The day the file was received"),
      N_("YYYY-MM-DD") },
    { "retain-until", 0, 0, G_OPTION_ARG_STRING, &retain_until,
      N_("The last day the file must be kept"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCustomerFile) file = NULL;
  g_autofree char *id_number = NULL;
  g_autofree char *phone = NULL;
  HkCustomerFileInput input = { 0 };

  if (!hk_cli_subcommand (globals, "archive register",
                          _("Register a customer file in the archive. Needs the archivist role. "
                            "Numbers given on the command line are visible to other users of "
                            "the computer: give “-” to type the identity number (or the phone) "
                            "on standard input instead."),
                          entries, args, error) ||
      !hk_cli_require_option (file_no, "--file", error) ||
      !hk_cli_require_option (name, "--name", error) ||
      !hk_cli_require_option (id_option, "--id-number", error) ||
      !hk_cli_require_option (kind_id, "--type", error) ||
      !hk_cli_require_option (cabinet, "--cabinet", error) ||
      !hk_cli_require_option (shelf, "--shelf", error) ||
      !hk_cli_require_option (box, "--box", error) ||
      !hk_cli_require_option (received, "--received", error) ||
      !hk_cli_require_option (retain_until, "--retain-until", error))
    return FALSE;

  if (!hk_file_kind_from_id (kind_id, &input.kind))
    {
      hk_cli_set_usage_error (error, _("--type: “%s” is not a file type"), kind_id);
      return FALSE;
    }

  if (!(id_number = read_value (id_option, "--id-number", error)) ||
      (phone_option != NULL && !(phone = read_value (phone_option, "--phone", error))))
    return FALSE;

  input.file_no = file_no;
  input.customer_name = name;
  input.id_number = id_number;
  input.phone = phone;
  input.service_numbers = (const char * const *)numbers;
  input.cabinet = cabinet;
  input.shelf = shelf;
  input.box = box;
  input.received_on = received;
  input.retain_until = retain_until;

  if (!(context = hk_cli_login (globals, error)) ||
      !(file = hk_customer_file_store_register (hk_context_get_customer_file_store (context),
                                                hk_context_get_operator (context), &input,
                                                error)))
    return FALSE;

  explicit_bzero (id_number, strlen (id_number));
  g_print (_("Registered file %s (%s, %s) at %s.\n"), hk_customer_file_get_file_no (file),
           hk_customer_file_get_customer_name (file),
           hk_customer_file_get_masked_id_number (file), hk_customer_file_get_location (file));

  return TRUE;
}

static gboolean
run_show (HkCliGlobals  *globals,
          GStrv          args,
          GError       **error)
{
  g_autofree char *file_no = NULL;
  const GOptionEntry entries[] = {
    { "file", 0, 0, G_OPTION_ARG_STRING, &file_no, N_("The file number"), N_("NUMBER") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCustomerFile) found = NULL;
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(HkTextTable) details = hk_text_table_new (2);
  g_autoptr(HkTextTable) table = NULL;
  g_autofree char *numbers = NULL;
  HkAccessLogQuery query = { 0 };
  HkOperator *actor;

  if (!hk_cli_subcommand (globals, "archive show",
                          _("Show a customer file, identity data masked, and its history. The "
                            "view and the reading of the history are written to the access log. "
                            "Needs the archivist, hall supervisor or duty manager role."),
                          entries, args, error) ||
      !hk_cli_require_option (file_no, "--file", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(found = find_file (context, file_no, error)))
    return FALSE;

  actor = hk_context_get_operator (context);
  query.file_id = hk_customer_file_get_id (found);

  if (!(file = hk_customer_file_store_view (hk_context_get_customer_file_store (context), actor,
                                            hk_customer_file_get_id (found), error)) ||
      !(history = hk_customer_file_store_read_access_log (
                    hk_context_get_customer_file_store (context), actor, &query, error)))
    return FALSE;

  numbers = hk_customer_file_dup_masked_service_numbers (file);
  hk_text_table_add_row (details, _("File no."), hk_customer_file_get_file_no (file), NULL);
  hk_text_table_add_row (details, _("Customer"), hk_customer_file_get_customer_name (file),
                         NULL);
  hk_text_table_add_row (details, _("Identity number"),
                         hk_customer_file_get_masked_id_number (file), NULL);
  hk_text_table_add_row (details, _("Phone"), hk_customer_file_get_masked_phone (file), NULL);
  hk_text_table_add_row (details, _("Service numbers"), numbers, NULL);
  hk_text_table_add_row (details, _("Type"),
                         hk_file_kind_get_title (hk_customer_file_get_kind (file)), NULL);
  hk_text_table_add_row (details, _("Location"), hk_customer_file_get_location (file), NULL);
  hk_text_table_add_row (details, _("Received on"), hk_customer_file_get_received_on (file), NULL);
  hk_text_table_add_row (details, _("Kept until"), hk_customer_file_get_retain_until (file),
                         NULL);
  hk_text_table_add_row (details, _("Status"),
                         hk_file_status_get_title (hk_customer_file_get_status (file)), NULL);
  print_table (details);

  g_print ("\n%s\n", _("History"));
  table = hk_text_table_new (4);
  hk_text_table_add_row (table, _("Time"), _("Operator"), _("Action"), _("Details"), NULL);
  for (guint i = 0; i < history->len; i++)
    {
      HkAccessLogEntry *entry = g_ptr_array_index (history, i);
      g_autofree char *when = format_time (context, hk_access_log_entry_get_at (entry));

      hk_text_table_add_row (table, when, hk_access_log_entry_get_operator_login (entry),
                             hk_access_log_entry_get_action_title (entry),
                             hk_access_log_entry_get_summary (entry), NULL);
    }
  print_table (table);

  return TRUE;
}

static gboolean
run_identity (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *file_no = NULL;
  const GOptionEntry entries[] = {
    { "file", 0, 0, G_OPTION_ARG_STRING, &file_no, N_("The file number"), N_("NUMBER") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(HkCustomerIdentity) identity = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (2);
  g_autofree char *numbers = NULL;

  if (!hk_cli_subcommand (globals, "archive identity",
                          _("Show a file’s identity number, phone and service numbers in clear: "
                            "only to the person designated to consult it, while it is out for "
                            "consultation and its approval holds. Every showing, and every "
                            "refusal, is written to the access log."),
                          entries, args, error) ||
      !hk_cli_require_option (file_no, "--file", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(file = find_file (context, file_no, error)) ||
      !(identity = hk_customer_file_store_reveal_identity (
                     hk_context_get_customer_file_store (context), file,
                     hk_context_get_operator (context), error)))
    return FALSE;

  numbers = g_strjoinv (", ", identity->service_numbers);
  hk_text_table_add_row (table, _("File no."), identity->file_no, NULL);
  hk_text_table_add_row (table, _("Customer"), identity->customer_name, NULL);
  hk_text_table_add_row (table, _("Identity number"), identity->id_number, NULL);
  hk_text_table_add_row (table, _("Phone"), identity->phone != NULL ? identity->phone : "",
                         NULL);
  hk_text_table_add_row (table, _("Service numbers"), numbers, NULL);
  print_table (table);

  return TRUE;
}

/* ---- requests ---- */

static void
add_request_row (HkContext       *context,
                 HkTextTable     *table,
                 HkAccessRequest *request)
{
  g_autofree char *id = g_strdup_printf ("%lld", (long long)hk_access_request_get_id (request));
  g_autofree char *requester = dup_login (context, hk_access_request_get_requester_id (request));
  g_autofree char *designated = dup_login (context,
                                           hk_access_request_get_designated_id (request));
  g_autofree char *files = hk_access_request_dup_file_nos (request);
  g_autofree char *from = format_time (context, hk_access_request_get_window_from (request));
  g_autofree char *until = format_time (context, hk_access_request_get_window_until (request));
  g_autofree char *window = g_strdup_printf ("%s – %s", from, until);
  g_autofree char *approval = NULL;

  switch (hk_access_request_get_approval_kind (request))
    {
    case HK_APPROVAL_APP:
      {
        g_autofree char *by = dup_login (context, hk_access_request_get_decided_by (request));

        approval = g_strdup_printf ("%s (%s)", by,
                                    hk_approval_kind_get_title (HK_APPROVAL_APP));
      }
      break;
    case HK_APPROVAL_PAPER:
      approval = g_strdup_printf ("%s, %s (%s %s)", hk_access_request_get_paper_approver (request),
                                  hk_access_request_get_paper_title (request),
                                  hk_approval_kind_get_title (HK_APPROVAL_PAPER),
                                  hk_access_request_get_paper_slip_no (request));
      break;
    case HK_APPROVAL_NONE:
    default:
      approval = g_strdup ("");
      break;
    }

  hk_text_table_add_row (table, id, requester, designated,
                         hk_access_purpose_get_title (hk_access_request_get_purpose (request)),
                         files, window,
                         hk_access_request_state_get_title (hk_access_request_get_state (request)),
                         approval, NULL);
}

static gboolean
run_requests (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *state_id = NULL;
  gboolean mine = FALSE;
  const GOptionEntry entries[] = {
    { "state", 0, 0, G_OPTION_ARG_STRING, &state_id,
      N_("Only requests in this state: pending, approved (waiting for release), out, "
         "completed, rejected, expired"), N_("STATE") },
    { "mine", 0, 0, G_OPTION_ARG_NONE, &mine,
      N_("Only the requests I made or am designated in"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autoptr(HkTextTable) table = NULL;
  HkAccessRequestStore *store;
  HkAccessRequestState state = HK_ACCESS_REQUEST_PENDING;
  HkOperator *actor;

  if (!hk_cli_subcommand (globals, "archive requests",
                          _("List the access requests: the approvals inbox. With --mine any "
                            "operator lists their own; otherwise needs the archivist, hall "
                            "supervisor or duty manager role."),
                          entries, args, error))
    return FALSE;

  if (state_id != NULL && !hk_access_request_state_from_id (state_id, &state))
    {
      hk_cli_set_usage_error (error, _("--state: “%s” is not a request state"), state_id);
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  actor = hk_context_get_operator (context);
  store = hk_context_get_access_request_store (context);

  if (!mine && !hk_permission_require_about (hk_context_get_database (context), actor,
                                             HK_ARCHIVE_READER_ROLES,
                                             _("Listing the access requests"), "archive", 0,
                                             error))
    return FALSE;

  if (mine)
    requests = hk_access_request_store_list_involving (store, hk_operator_get_id (actor), error);
  else if (state_id != NULL)
    requests = hk_access_request_store_list (store, state, error);
  else
    requests = hk_access_request_store_list_all (store, error);
  if (requests == NULL)
    return FALSE;

  table = hk_text_table_new (8);
  hk_text_table_add_row (table, C_("access request", "No."), _("Requester"), _("Designated"),
                         _("Purpose"), _("Files"), _("Window"), _("State"), _("Approval"), NULL);

  for (guint i = 0; i < requests->len; i++)
    {
      HkAccessRequest *request = g_ptr_array_index (requests, i);

      if (mine && state_id != NULL && hk_access_request_get_state (request) != state)
        continue;
      add_request_row (context, table, request);
    }

  print_table (table);

  return TRUE;
}

static gboolean
run_request (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_auto(GStrv) file_nos = NULL;
  g_autofree char *purpose_id = NULL;
  g_autofree char *note = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  g_autofree char *designated_login = NULL;
  const GOptionEntry entries[] = {
    { "file", 0, 0, G_OPTION_ARG_STRING_ARRAY, &file_nos,
      N_("A file to consult (repeat for more)"), N_("NUMBER") },
    { "purpose", 0, 0, G_OPTION_ARG_STRING, &purpose_id,
      N_("complaint, audit, court-or-police, customer-request or data-correction"),
      N_("PURPOSE") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note,
      N_("Why, in words: e.g. the complaint’s number"), N_("TEXT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The start of the window"),
      N_("“YYYY-MM-DD HH:MM”") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until,
      N_("The end of the window (a day alone: the end of that day)"), N_("“YYYY-MM-DD HH:MM”") },
    { "designated", 0, 0, G_OPTION_ARG_STRING, &designated_login,
      N_("The one person who consults the files (default: me)"), N_("LOGIN") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GArray) file_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(HkOperator) designated = NULL;
  g_autoptr(HkAccessRequest) request = NULL;
  HkAccessRequestInput input = { 0 };

  if (!hk_cli_subcommand (globals, "archive request",
                          _("Ask to consult customer files. Any operator may ask; a hall "
                            "supervisor or duty manager other than the requester and the "
                            "designated person approves."),
                          entries, args, error) ||
      !hk_cli_require_option (file_nos != NULL ? file_nos[0] : NULL, "--file", error) ||
      !hk_cli_require_option (purpose_id, "--purpose", error) ||
      !hk_cli_require_option (note, "--note", error))
    return FALSE;

  if (!hk_access_purpose_from_id (purpose_id, &input.purpose))
    {
      hk_cli_set_usage_error (error, _("--purpose: “%s” is not a purpose"), purpose_id);
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)) ||
      !parse_moment (context, from, "--from", FALSE, &input.window_from, error) ||
      !parse_moment (context, until, "--until", TRUE, &input.window_until, error))
    return FALSE;

  for (guint i = 0; file_nos[i] != NULL; i++)
    {
      g_autoptr(HkCustomerFile) file = find_file (context, file_nos[i], error);
      gint64 id;

      if (file == NULL)
        return FALSE;
      id = hk_customer_file_get_id (file);
      g_array_append_val (file_ids, id);
    }

  if (designated_login != NULL &&
      !(designated = hk_operator_store_lookup (hk_context_get_operator_store (context),
                                               designated_login, error)))
    return FALSE;

  input.file_ids = (const gint64 *)file_ids->data;
  input.n_files = file_ids->len;
  input.designated_id = hk_operator_get_id (designated != NULL
                                            ? designated : hk_context_get_operator (context));
  input.purpose_note = note;

  if (!(request = hk_access_request_store_create (hk_context_get_access_request_store (context),
                                                  hk_context_get_operator (context), &input,
                                                  error)))
    return FALSE;

  g_print (_("Asked as request %lld; it waits for a superior’s approval.\n"),
           (long long)hk_access_request_get_id (request));

  return TRUE;
}

static gboolean
run_decide (HkCliGlobals  *globals,
            GStrv          args,
            gboolean       approve,
            GError       **error)
{
  g_autofree char *id_text = NULL;
  g_autofree char *comment = NULL;
  const GOptionEntry entries[] = {
    { "request", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The request’s number"),
      N_("NUMBER") },
    { "comment", 0, 0, G_OPTION_ARG_STRING, &comment,
      approve ? N_("What the approver adds") : N_("Why the request is rejected"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(HkAccessRequest) decided = NULL;
  HkAccessRequestStore *store;
  gint64 id = 0;

  if (!hk_cli_subcommand (globals, approve ? "archive approve" : "archive reject",
                          approve
                          ? _("Approve an access request. Needs the hall supervisor or duty "
                              "manager role; nobody approves a request they made or are "
                              "designated in.")
                          : _("Reject an access request, saying why. The same people as for an "
                              "approval."),
                          entries, args, error) ||
      !parse_request_id (id_text, &id, error) ||
      (!approve && !hk_cli_require_option (comment, "--comment", error)))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  store = hk_context_get_access_request_store (context);

  if (!(request = hk_access_request_store_lookup (store, id, error)))
    return FALSE;

  decided = approve
            ? hk_access_request_store_approve (store, hk_context_get_operator (context), request,
                                               comment, error)
            : hk_access_request_store_reject (store, hk_context_get_operator (context), request,
                                              comment, error);
  if (decided == NULL)
    return FALSE;

  if (approve)
    g_print (_("Approved request %lld; the archivist releases its files within its window.\n"),
             (long long)id);
  else
    g_print (_("Rejected request %lld.\n"), (long long)id);

  return TRUE;
}

static gboolean
run_approve (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  return run_decide (globals, args, TRUE, error);
}

static gboolean
run_reject (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  return run_decide (globals, args, FALSE, error);
}

static gboolean
run_paper_approval (HkCliGlobals  *globals,
                    GStrv          args,
                    GError       **error)
{
  g_autofree char *id_text = NULL;
  g_autofree char *approver = NULL;
  g_autofree char *title = NULL;
  g_autofree char *slip = NULL;
  g_autofree char *date = NULL;
  g_autofree char *comment = NULL;
  const GOptionEntry entries[] = {
    { "request", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The request’s number"),
      N_("NUMBER") },
    { "approver", 0, 0, G_OPTION_ARG_STRING, &approver,
      N_("The name of the superior who signed the slip"), N_("NAME") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("The superior’s title"), N_("TITLE") },
    { "slip", 0, 0, G_OPTION_ARG_STRING, &slip, N_("The approval slip’s number"),
      N_("NUMBER") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The slip’s date"), N_("YYYY-MM-DD") },
    { "comment", 0, 0, G_OPTION_ARG_STRING, &comment, N_("What the slip adds"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(HkAccessRequest) approved = NULL;
  HkPaperApproval paper = { 0 };
  gint64 id = 0;

  if (!hk_cli_subcommand (globals, "archive paper-approval",
                          _("Record a superior’s signed approval slip for an access request. "
                            "Needs the archivist role; the archivist neither asked nor is "
                            "designated in it."),
                          entries, args, error) ||
      !parse_request_id (id_text, &id, error) ||
      !hk_cli_require_option (approver, "--approver", error) ||
      !hk_cli_require_option (title, "--title", error) ||
      !hk_cli_require_option (slip, "--slip", error) ||
      !hk_cli_require_option (date, "--date", error))
    return FALSE;

  paper.approver_name = approver;
  paper.approver_title = title;
  paper.slip_no = slip;
  paper.slip_date = date;
  paper.comment = comment;

  if (!(context = hk_cli_login (globals, error)) ||
      !(request = hk_access_request_store_lookup (hk_context_get_access_request_store (context),
                                                  id, error)) ||
      !(approved = hk_access_request_store_record_paper_approval (
                     hk_context_get_access_request_store (context),
                     hk_context_get_operator (context), request, &paper, error)))
    return FALSE;

  g_print (_("Recorded the paper approval of request %lld (slip %s).\n"), (long long)id,
           hk_access_request_get_paper_slip_no (approved));

  return TRUE;
}

/* ---- release and return ---- */

static gboolean
run_release (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *id_text = NULL;
  g_autofree char *file_no = NULL;
  const GOptionEntry entries[] = {
    { "request", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The approved request’s number"),
      N_("NUMBER") },
    { "file", 0, 0, G_OPTION_ARG_STRING, &file_no, N_("One of its files"), N_("NUMBER") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(HkConsultation) consultation = NULL;
  g_autofree char *designated = NULL;
  g_autofree char *due = NULL;
  gint64 id = 0;

  if (!hk_cli_subcommand (globals, "archive release",
                          _("Release a file of an approved request to its designated person: "
                            "within the window, and never while the file is out. Needs the "
                            "archivist role."),
                          entries, args, error) ||
      !parse_request_id (id_text, &id, error) ||
      !hk_cli_require_option (file_no, "--file", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(request = hk_access_request_store_lookup (hk_context_get_access_request_store (context),
                                                  id, error)) ||
      !(file = find_file (context, file_no, error)) ||
      !(consultation = hk_access_request_store_release (
                         hk_context_get_access_request_store (context),
                         hk_context_get_operator (context), request,
                         hk_customer_file_get_id (file), error)))
    return FALSE;

  designated = dup_login (context, hk_consultation_get_designated_id (consultation));
  due = format_time (context, hk_consultation_get_due_at (consultation));
  g_print (_("Released file %s to %s; it is due back by %s.\n"),
           hk_consultation_get_file_no (consultation), designated, due);

  return TRUE;
}

static gboolean
run_return (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *file_no = NULL;
  g_autofree char *consulted = NULL;
  int copies = 0;
  const GOptionEntry entries[] = {
    { "file", 0, 0, G_OPTION_ARG_STRING, &file_no, N_("The file that comes back"),
      N_("NUMBER") },
    { "consulted", 0, 0, G_OPTION_ARG_STRING, &consulted, N_("What was consulted"),
      N_("TEXT") },
    { "copies", 0, 0, G_OPTION_ARG_INT, &copies, N_("How many copies were made (default 0)"),
      N_("COUNT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(HkConsultation) open = NULL;
  g_autoptr(HkConsultation) returned = NULL;

  if (!hk_cli_subcommand (globals, "archive return",
                          _("Take a file back into the archive, recording what was consulted "
                            "and the copies made. Needs the archivist role."),
                          entries, args, error) ||
      !hk_cli_require_option (file_no, "--file", error) ||
      !hk_cli_require_option (consulted, "--consulted", error))
    return FALSE;

  if (copies < 0)
    {
      hk_cli_set_usage_error (error, _("--copies: a number of copies is 0 or more"));
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)) ||
      !(file = find_file (context, file_no, error)))
    return FALSE;

  open = hk_access_request_store_get_open_consultation (
           hk_context_get_access_request_store (context), hk_customer_file_get_id (file), error);
  if (open == NULL)
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, HK_ERROR, HK_ERROR_CONFLICT, _("File %s is not out for consultation."),
                     hk_customer_file_get_file_no (file));
      return FALSE;
    }

  if (!(returned = hk_access_request_store_return_file (
                     hk_context_get_access_request_store (context),
                     hk_context_get_operator (context), open, consulted, (guint)copies, error)))
    return FALSE;

  g_print (_("File %s is back in the archive.\n"), hk_consultation_get_file_no (returned));

  return TRUE;
}

static gboolean
run_out (HkCliGlobals  *globals,
         GStrv          args,
         GError       **error)
{
  gboolean overdue_only = FALSE;
  const GOptionEntry entries[] = {
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue_only,
      N_("Only the files whose window has ended"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) out = NULL;
  g_autoptr(HkTextTable) table = NULL;

  if (!hk_cli_subcommand (globals, "archive out",
                          _("List the files out for consultation, the first due back at the "
                            "top, overdue ones marked. Needs the archivist, hall supervisor or "
                            "duty manager role."),
                          entries, args, error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !hk_permission_require_about (hk_context_get_database (context),
                                    hk_context_get_operator (context), HK_ARCHIVE_READER_ROLES,
                                    _("Listing the files out"), "archive", 0, error) ||
      !(out = hk_access_request_store_list_out (hk_context_get_access_request_store (context),
                                                overdue_only, error)))
    return FALSE;

  if (out->len == 0)
    {
      g_print ("%s\n", overdue_only ? _("No file is overdue.") : _("No file is out."));
      return TRUE;
    }

  table = hk_text_table_new (6);
  hk_text_table_add_row (table, _("File no."), C_("access request", "No."), _("Designated"),
                         _("Released"), _("Due back"), _("Overdue"), NULL);
  for (guint i = 0; i < out->len; i++)
    {
      HkConsultation *consultation = g_ptr_array_index (out, i);
      gint64 request_id = hk_consultation_get_request_id (consultation);
      g_autofree char *request = g_strdup_printf ("%lld", (long long)request_id);
      g_autofree char *designated = dup_login (context,
                                               hk_consultation_get_designated_id (consultation));
      g_autofree char *released = format_time (context,
                                               hk_consultation_get_released_at (consultation));
      g_autofree char *due = format_time (context, hk_consultation_get_due_at (consultation));

      hk_text_table_add_row (table, hk_consultation_get_file_no (consultation), request,
                             designated, released, due,
                             hk_consultation_is_overdue (consultation) ? _("OVERDUE") : "", NULL);
    }
  print_table (table);

  return TRUE;
}

/* ---- the error register ---- */

static gboolean
run_recheck (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *file_no = NULL;
  g_autofree char *field_id = NULL;
  g_autofree char *what = NULL;
  g_autofree char *cause = NULL;
  g_autofree char *correction = NULL;
  const GOptionEntry entries[] = {
    { "file", 0, 0, G_OPTION_ARG_STRING, &file_no, N_("The file re-checked"), N_("NUMBER") },
    { "field", 0, 0, G_OPTION_ARG_STRING, &field_id,
      N_("customer-name, id-number, phone, service-numbers, file-kind, documents, signature, "
         "location or other"), N_("FIELD") },
    { "error", 0, 0, G_OPTION_ARG_STRING, &what,
      N_("The error found; leave it out when the field was right"), N_("TEXT") },
    { "cause", 0, 0, G_OPTION_ARG_STRING, &cause, N_("The error’s cause"), N_("TEXT") },
    { "correction", 0, 0, G_OPTION_ARG_STRING, &correction, N_("The correction made"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(HkRecheck) recheck = NULL;
  HkRecheckInput input = { 0 };

  if (!hk_cli_subcommand (globals, "archive recheck",
                          _("Enter a re-check of one field of a file; with --error, also its "
                            "cause and the correction made, in the error register. Needs the "
                            "archivist role."),
                          entries, args, error) ||
      !hk_cli_require_option (file_no, "--file", error) ||
      !hk_cli_require_option (field_id, "--field", error))
    return FALSE;

  if (!hk_recheck_field_from_id (field_id, &input.field))
    {
      hk_cli_set_usage_error (error, _("--field: “%s” is not a field"), field_id);
      return FALSE;
    }

  input.error_found = what != NULL;
  input.error = what;
  input.cause = cause;
  input.correction = correction;

  if (!(context = hk_cli_login (globals, error)) ||
      !(file = find_file (context, file_no, error)))
    return FALSE;

  input.file_id = hk_customer_file_get_id (file);

  if (!(recheck = hk_recheck_store_record (hk_context_get_recheck_store (context),
                                           hk_context_get_operator (context), &input, error)))
    return FALSE;

  if (hk_recheck_get_error_found (recheck))
    g_print (_("Entered the error in the register (entry %lld).\n"),
             (long long)hk_recheck_get_id (recheck));
  else
    g_print (_("Entered the re-check (entry %lld): no error.\n"),
             (long long)hk_recheck_get_id (recheck));

  return TRUE;
}

/* ---- the reports ---- */

/* The file of --output: FILE.xlsx or FILE.pdf (a usage error otherwise), in a folder that
 * exists; checked before the password is asked for. */
static gboolean
check_output (const char  *output,
              GError     **error)
{
  g_autofree char *folded = g_utf8_casefold (output, -1);
  g_autofree char *folder = g_path_get_dirname (output);
  g_autofree char *shown = g_filename_display_name (output);

  if (!((g_str_has_suffix (folded, ".xlsx") && strlen (folded) > strlen (".xlsx")) ||
        (g_str_has_suffix (folded, ".pdf") && strlen (folded) > strlen (".pdf"))))
    {
      hk_cli_set_usage_error (error, _("--output: “%s” is neither FILE.xlsx nor FILE.pdf"),
                              shown);
      return FALSE;
    }

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *folder_shown = g_filename_display_name (folder);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no folder “%s” to save %s in."), folder_shown, shown);
      return FALSE;
    }

  return TRUE;
}

static gboolean
run_report (HkCliGlobals  *globals,
            GStrv          args,
            gboolean       access_log,
            GError       **error)
{
  g_autofree char *month = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("The month"), N_("YYYY-MM") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The first day"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The last day"), N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Save it in FILE instead of printing it: FILE.xlsx is an Excel workbook, FILE.pdf a "
         "PDF document (an existing file is replaced); the export is written to the access log"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkReport) report = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;

  if (!hk_cli_subcommand (globals, access_log ? "archive access-log" : "archive errors",
                          access_log
                          ? _("Print the access log of a period, or save it as an Excel workbook: "
                              "every view of a file’s details, identity data shown, release, "
                              "return, export and reading of the log, which this reading joins; "
                              "identity data masked. Needs the archivist, hall supervisor, duty "
                              "manager or auditor role.")
                          : _("Print the re-check and error register of a period, with the "
                              "errors by type and month, or save it as an Excel workbook. Needs "
                              "the archivist, hall supervisor, duty manager or auditor role."),
                          entries, args, error) ||
      !parse_period (month, from, to, &first_day, &last_day, error) ||
      (output != NULL && !check_output (output, error)))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  report = access_log
           ? hk_access_log_report_build (context, hk_context_get_operator (context), first_day,
                                         last_day, error)
           : hk_error_register_report_build (context, hk_context_get_operator (context),
                                             first_day, last_day, error);
  if (report == NULL)
    return FALSE;

  if (output != NULL)
    {
      g_autofree char *shown = g_filename_display_name (output);

      /* The core's rule: the export is in the access log before the file exists. */
      if (!hk_customer_file_store_record_export (hk_context_get_customer_file_store (context),
                                                 hk_context_get_operator (context),
                                                 access_log ? "access log" : "error register",
                                                 hk_report_get_period_label (report), output,
                                                 error) ||
          !hk_report_export (report, output, NULL, NULL, NULL, error))
        return FALSE;

      /* Translators: after -o, e.g. "Access log of the customer files of 2026-10 saved in
       * log.xlsx." */
      g_print (_("%s of %s saved in %s.\n"), hk_report_get_title (report),
               hk_report_get_period_label (report), shown);
      return TRUE;
    }

  print_report (report);

  return TRUE;
}

static gboolean
run_access_log (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  return run_report (globals, args, TRUE, error);
}

static gboolean
run_errors (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  return run_report (globals, args, FALSE, error);
}

static const HkCliCommand archive_commands[] = {
  { "files", N_("List or search the customer files"), run_files },
  { "register", N_("Register a customer file"), run_register },
  { "show", N_("Show a file and its history"), run_show },
  { "identity", N_("Show a file’s identity data to its designated person"), run_identity },
  { "requests", N_("List the access requests"), run_requests },
  { "request", N_("Ask to consult customer files"), run_request },
  { "approve", N_("Approve an access request"), run_approve },
  { "reject", N_("Reject an access request"), run_reject },
  { "paper-approval", N_("Record a signed approval slip"), run_paper_approval },
  { "release", N_("Release a file for consultation"), run_release },
  { "return", N_("Take a file back"), run_return },
  { "out", N_("List the files out and overdue"), run_out },
  { "recheck", N_("Enter a re-check in the error register"), run_recheck },
  { "access-log", N_("Print or export the access log of a period"), run_access_log },
  { "errors", N_("Print or export the error register of a period"), run_errors },
};

gboolean
hk_cli_archive (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  return hk_cli_run_subcommand (globals, "archive",
                                _("Customer files: access requests and their approval, release "
                                  "and return, the access log and the error register."),
                                archive_commands, G_N_ELEMENTS (archive_commands), args, error);
}
