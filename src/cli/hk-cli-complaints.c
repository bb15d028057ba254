/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-complaints.c: hallkeeper-cli complaints: the complaint officer's and the duty
 * manager's work on the complaint register, the service log and the opinion book.
 *
 * Every subcommand logs the --operator in and calls the complaint, service log
 * or opinion book store with them as the actor, so the rules (the callback
 * rule, who signs a day, categories never deleted…) and the audit entries are
 * those of the window. Times are read and shown in the hall's time zone as
 * "YYYY-MM-DD HH:MM". Customers' phone numbers are masked in every output (a
 * terminal's scrollback and logs keep them); `event callback-promised` takes the
 * stored number when no --number is given, so nobody needs to read it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-cli-complaints.h"

#include "core/hk-complaint-store.h"
#include "core/hk-operator-store.h"
#include "core/hk-opinion-book-store.h"
#include "core/hk-permission.h"
#include "core/hk-privacy.h"
#include "core/hk-service-log-store.h"
#include "reports/hk-complaint-register-report.h"
#include "reports/hk-complaint-statistics-report.h"
#include "reports/hk-report-export.h"
#include "reports/hk-text-table.h"

/* The widest report table the text output lays out. */
#define MAX_REPORT_COLUMNS 12

/* ---- parsing ---- */

/* A number option: a positive whole number. */
static gboolean
parse_number (const char  *value,
              const char  *option,
              gint64      *number,
              GError     **error)
{
  guint64 parsed = 0;

  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  if (!g_ascii_string_to_unsigned (value, 10, 1, G_MAXINT64, &parsed, NULL))
    {
      hk_cli_set_usage_error (error, _("%s: “%s” is not a number"), option, value);
      return FALSE;
    }

  *number = (gint64)parsed;
  return TRUE;
}

/* A moment option, "YYYY-MM-DD HH:MM", in the hall's time zone. */
static gboolean
parse_moment (HkContext   *context,
              const char  *value,
              const char  *option,
              gint64      *moment,
              GError     **error)
{
  g_autoptr(GDateTime) parsed = NULL;
  int year, month, mday, hour, minute;
  char tail;

  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  if (strlen (value) != 16 || value[4] != '-' || value[7] != '-' ||
      (value[10] != ' ' && value[10] != 'T') || value[13] != ':' ||
      sscanf (value, "%4d-%2d-%2d%*c%2d:%2d%c", &year, &month, &mday, &hour, &minute,
              &tail) != 5 ||
      !g_date_valid_dmy (mday, month, year) || hour > 23 || minute > 59 || hour < 0 ||
      minute < 0 ||
      !(parsed = g_date_time_new (hk_hall_store_get_time_zone (
                                    hk_context_get_hall_store (context)),
                                  year, month, mday, hour, minute, 0)))
    {
      hk_cli_set_usage_error (error,
                              _("%s: “%s” is not a time; write it as “YYYY-MM-DD HH:MM”"),
                              option, value);
      return FALSE;
    }

  *moment = g_date_time_to_unix (parsed);
  return TRUE;
}

/* "YYYY-MM-DD HH:MM" in the hall's time zone. */
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

static char *
today (HkContext *context)
{
  return hk_hall_store_format_day (hk_context_get_hall_store (context),
                                   hk_database_get_now (hk_context_get_database (context)));
}

static gboolean
require_reader (HkContext  *context,
                const char *what,
                GError    **error)
{
  return hk_permission_require (hk_context_get_database (context),
                                hk_context_get_operator (context), HK_COMPLAINT_ROLES, what,
                                error);
}

static gint64
operator_id (HkContext   *context,
             const char  *login,
             GError     **error)
{
  g_autoptr(HkOperator) operator = NULL;

  operator = hk_operator_store_lookup (hk_context_get_operator_store (context), login, error);

  return operator != NULL ? hk_operator_get_id (operator) : 0;
}

static const char *
yes_no (gboolean value)
{
  return value ? C_("answer", "yes") : C_("answer", "no");
}

/* ---- reports as text ---- */

static void
print_table (HkReportTable *table)
{
  guint n_columns = hk_report_table_get_n_columns (table);
  g_autoptr(HkTextTable) text = hk_text_table_new (n_columns);
  g_autofree char *rendered = NULL;
  const char *cells[MAX_REPORT_COLUMNS + 1] = { NULL };

  g_return_if_fail (n_columns <= MAX_REPORT_COLUMNS);

  for (guint c = 0; c < n_columns; c++)
    {
      HkReportColumnKind kind = hk_report_table_get_kind (table, c);

      cells[c] = hk_report_table_get_heading (table, c);
      if (kind == HK_REPORT_COLUMN_COUNT || kind == HK_REPORT_COLUMN_MONEY ||
          kind == HK_REPORT_COLUMN_RATIO)
        hk_text_table_align_right (text, c);
    }

  /* The cells after the last column are NULL and end the list. */
  hk_text_table_add_row (text, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5],
                         cells[6], cells[7], cells[8], cells[9], cells[10], cells[11], NULL);

  for (guint r = 0; r < hk_report_table_get_n_rows (table); r++)
    {
      g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);

      for (guint c = 0; c < n_columns; c++)
        {
          g_ptr_array_add (row, hk_report_table_format_cell (table, r, c));
          cells[c] = g_ptr_array_index (row, c);
        }

      hk_text_table_add_row (text, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5],
                             cells[6], cells[7], cells[8], cells[9], cells[10], cells[11], NULL);
    }

  rendered = hk_text_table_render (text);
  g_print ("%s\n%s", hk_report_table_get_name (table), rendered);
}

static void
print_report (HkReport *report)
{
  g_autofree char *generated = NULL;

  g_print ("%s — %s, %s\n", hk_report_get_title (report), hk_report_get_hall_name (report),
           hk_report_get_period_label (report));
  if (hk_report_get_generated_at (report) != NULL)
    {
      generated = g_date_time_format (hk_report_get_generated_at (report), "%Y-%m-%d %H:%M");
      /* Translators: "Made by 孙浩 at 2026-11-01 09:00" */
      g_print (_("Made by %s at %s\n"), hk_report_get_generated_by (report), generated);
    }
  g_print ("\n");

  for (guint i = 0; i < hk_report_get_n_figures (report); i++)
    g_print ("%s: %s\n", hk_report_get_figure_label (report, i),
             hk_report_get_figure_text (report, i));

  for (guint t = 0; t < hk_report_get_n_tables (report); t++)
    {
      g_print ("\n");
      print_table (hk_report_get_table (report, t));
    }
}

/* ---- complaints ---- */

static gboolean
run_list (HkCliGlobals  *globals,
          GStrv          args,
          GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *category = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *handler = NULL;
  gboolean not_closed = FALSE;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day,
      N_("The complaints received on this day (default: today)"), N_("YYYY-MM-DD") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Received on or after this day"),
      N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Received on or before this day"),
      N_("YYYY-MM-DD") },
    { "open", 0, 0, G_OPTION_ARG_NONE, &not_closed,
      N_("Only those not closed, of any day unless days are given"), NULL },
    { "category", 0, 0, G_OPTION_ARG_STRING, &category, N_("Only this category"), N_("CODE") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Only this first-contact owner"),
      N_("LOGIN") },
    { "handler", 0, 0, G_OPTION_ARG_STRING, &handler, N_("Only this handler"), N_("LOGIN") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) complaints = NULL;
  g_autoptr(HkTextTable) table = NULL;
  g_autofree char *text = NULL;
  HkComplaintFilter filter = { 0 };
  gint64 now;

  if (!hk_cli_subcommand (globals, "complaints list",
                          _("List complaints with their deadline state: the number, when and how "
                            "each was received, the category, the customer’s phone (masked), the "
                            "first-contact owner, the handler, the deadline, the status, the "
                            "state (on time, due within 2 h, overdue, resolved late), the "
                            "callback and whether it was entered late. Needs the complaint "
                            "officer, duty manager or hall supervisor role."),
                          entries, args, error) ||
      (day != NULL && !hk_cli_day (day, "--date", error)) ||
      (from != NULL && !hk_cli_day (from, "--from", error)) ||
      (to != NULL && !hk_cli_day (to, "--to", error)))
    return FALSE;

  if (day != NULL && (from != NULL || to != NULL))
    {
      hk_cli_set_usage_error (error, _("give either --date or --from and --to"));
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)) ||
      !require_reader (context, _("Listing complaints"), error))
    return FALSE;

  if (day == NULL && from == NULL && to == NULL && !not_closed)
    day = today (context);

  filter.first_day = day != NULL ? day : from;
  filter.last_day = day != NULL ? day : to;
  filter.not_closed_only = not_closed;

  if (category != NULL)
    {
      g_autoptr(HkComplaintCategory) found = NULL;

      if (!(found = hk_complaint_store_lookup_category (hk_context_get_complaint_store (context),
                                                        category, error)))
        return FALSE;
      filter.category_id = hk_complaint_category_get_id (found);
    }
  if ((owner != NULL && !(filter.owner_id = operator_id (context, owner, error))) ||
      (handler != NULL && !(filter.handler_id = operator_id (context, handler, error))))
    return FALSE;

  if (!(complaints = hk_complaint_store_list (hk_context_get_complaint_store (context), &filter,
                                              error)))
    return FALSE;

  if (complaints->len == 0)
    {
      if (day != NULL)
        g_print (_("No complaint received on %s.\n"), day);
      else
        g_print (_("No complaint.\n"));
      return TRUE;
    }

  now = hk_database_get_now (hk_context_get_database (context));
  table = hk_text_table_new (12);
  hk_text_table_align_right (table, 0);
  hk_text_table_add_row (table, C_("complaint", "No."), C_("complaint", "Received"), _("Channel"),
                         _("Category"), _("Phone"), _("Owner"), _("Handler"), _("Deadline"),
                         _("Status"), _("State"), _("Callback"), _("Entered late"), NULL);

  for (guint i = 0; i < complaints->len; i++)
    {
      HkComplaint *complaint = g_ptr_array_index (complaints, i);
      g_autofree char *number = g_strdup_printf ("%lld",
                                                 (long long)hk_complaint_get_id (complaint));
      g_autofree char *received = format_moment (context,
                                                 hk_complaint_get_received_at (complaint));
      g_autofree char *deadline = format_moment (context, hk_complaint_get_deadline (complaint));
      g_autofree char *phone = hk_complaint_dup_masked_phone (complaint);
      g_autofree char *late = NULL;
      HkComplaintCallback callback = hk_complaint_get_callback (complaint, now);
      const char *callback_text = "";

      if (hk_complaint_needs_callback (complaint, now))
        callback_text = C_("callback", "Needed");
      else if (callback != HK_COMPLAINT_CALLBACK_NONE)
        callback_text = hk_complaint_callback_get_title (callback);

      if (hk_complaint_is_entered_late (complaint))
        late = hk_complaint_format_duration (hk_complaint_get_entry_delay (complaint));

      hk_text_table_add_row (table, number, received,
                             hk_complaint_channel_get_title (hk_complaint_get_channel (complaint)),
                             hk_complaint_get_category_title (complaint), phone,
                             hk_complaint_get_owner_name (complaint),
                             hk_complaint_get_handler_name (complaint), deadline,
                             hk_complaint_status_get_title (hk_complaint_get_status (complaint)),
                             hk_complaint_sla_get_title (hk_complaint_get_sla (complaint, now)),
                             callback_text, late != NULL ? late : "", NULL);
    }

  text = hk_text_table_render (table);
  g_print ("%s", text);

  return TRUE;
}

static gboolean
run_add (HkCliGlobals  *globals,
         GStrv          args,
         GError       **error)
{
  g_autofree char *received = NULL;
  g_autofree char *channel = NULL;
  g_autofree char *category = NULL;
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *service_number = NULL;
  g_autofree char *description = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *handler = NULL;
  g_autofree char *priority = NULL;
  const GOptionEntry entries[] = {
    { "received", 0, 0, G_OPTION_ARG_STRING, &received,
      N_("When the customer complained (default: now)"), N_("\"YYYY-MM-DD HH:MM\"") },
    { "channel", 0, 0, G_OPTION_ARG_STRING, &channel,
      N_("counter, phone, letter, opinion-book or city-company (default: counter)"),
      N_("CHANNEL") },
    { "category", 0, 0, G_OPTION_ARG_STRING, &category,
      N_("The category’s code, as in “complaints categories”"), N_("CODE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The customer’s name"), N_("NAME") },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &phone, N_("The customer’s phone"), N_("NUMBER") },
    { "service-number", 0, 0, G_OPTION_ARG_STRING, &service_number,
      N_("The mobile number complained about, if not the phone"), N_("NUMBER") },
    { "description", 0, 0, G_OPTION_ARG_STRING, &description, N_("What the complaint is"),
      N_("TEXT") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner,
      N_("The first-contact owner, who received it (default: the operator)"), N_("LOGIN") },
    { "handler", 0, 0, G_OPTION_ARG_STRING, &handler,
      N_("Who handles it (default: the owner if they handle complaints, else the operator)"),
      N_("LOGIN") },
    { "priority", 0, 0, G_OPTION_ARG_STRING, &priority,
      N_("normal, high or urgent (default: normal)"), N_("PRIORITY") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkComplaintCategory) found = NULL;
  g_autoptr(HkComplaint) complaint = NULL;
  g_autofree char *deadline = NULL;
  HkComplaintInput input = { 0 };

  if (!hk_cli_subcommand (globals, "complaints add",
                          _("Register a complaint. Its deadline is the hall’s complaint deadline "
                            "(24 hours unless changed) from when it was received; a complaint "
                            "received on an earlier day is registered as entered late. Needs the "
                            "complaint officer, duty manager or hall supervisor role."),
                          entries, args, error) ||
      !hk_cli_require_option (category, "--category", error) ||
      !hk_cli_require_option (name, "--name", error) ||
      !hk_cli_require_option (description, "--description", error))
    return FALSE;

  if (channel != NULL && !hk_complaint_channel_from_id (channel, &input.channel))
    {
      hk_cli_set_usage_error (error, _("--channel: “%s” is not one of counter, phone, letter, "
                                       "opinion-book, city-company"), channel);
      return FALSE;
    }
  if (priority != NULL && !hk_complaint_priority_from_id (priority, &input.priority))
    {
      hk_cli_set_usage_error (error, _("--priority: “%s” is not one of normal, high, urgent"),
                              priority);
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  if (received != NULL)
    {
      if (!parse_moment (context, received, "--received", &input.received_at, error))
        return FALSE;
    }
  else
    input.received_at = hk_database_get_now (hk_context_get_database (context));

  if (!(found = hk_complaint_store_lookup_category (hk_context_get_complaint_store (context),
                                                    category, error)) ||
      (owner != NULL && !(input.owner_id = operator_id (context, owner, error))) ||
      (handler != NULL && !(input.handler_id = operator_id (context, handler, error))))
    return FALSE;

  input.category_id = hk_complaint_category_get_id (found);
  input.customer_name = name;
  input.customer_phone = phone;
  input.service_number = service_number;
  input.description = description;

  if (!(complaint = hk_complaint_store_register (hk_context_get_complaint_store (context),
                                                 hk_context_get_operator (context), &input,
                                                 error)))
    return FALSE;

  deadline = format_moment (context, hk_complaint_get_deadline (complaint));
  g_print (_("Registered complaint %lld; its deadline is %s.\n"),
           (long long)hk_complaint_get_id (complaint), deadline);
  if (hk_complaint_is_entered_late (complaint))
    {
      g_autofree char *delay = hk_complaint_format_duration (
                                 hk_complaint_get_entry_delay (complaint));

      g_print (_("It was received on %s: entered late by %s.\n"),
               hk_complaint_get_received_day (complaint), delay);
    }

  return TRUE;
}

static gboolean
run_event (HkCliGlobals  *globals,
           GStrv          args,
           GError       **error)
{
  g_autofree char *id_text = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *to = NULL;
  g_autofree char *note = NULL;
  g_autofree char *number = NULL;
  g_autofree char *due_text = NULL;
  g_autofree char *called_text = NULL;
  gboolean not_reached = FALSE;
  const GOptionEntry entries[] = {
    { "id", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The complaint’s number"), N_("NUMBER") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text,
      N_("assigned, note, callback-promised, called-back, resolved, closed or reopened"),
      N_("KIND") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("assigned: the new handler"), N_("LOGIN") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note,
      N_("The note, the resolution, the reason for reopening or the callback’s outcome"),
      N_("TEXT") },
    { "number", 0, 0, G_OPTION_ARG_STRING, &number,
      N_("callback-promised: the number to call (default: the customer’s phone)"),
      N_("NUMBER") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due_text,
      N_("callback-promised: by when the customer will be called"),
      N_("\"YYYY-MM-DD HH:MM\"") },
    { "called-at", 0, 0, G_OPTION_ARG_STRING, &called_text,
      N_("called-back: when the call was made (default: now)"), N_("\"YYYY-MM-DD HH:MM\"") },
    { "not-reached", 0, 0, G_OPTION_ARG_NONE, &not_reached,
      N_("called-back: the customer did not answer"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkComplaint) complaint = NULL;
  g_autoptr(HkComplaint) after = NULL;
  HkComplaintStore *store;
  HkOperator *actor;
  HkComplaintEventKind kind;
  gint64 id = 0;
  gint64 now;

  if (!hk_cli_subcommand (globals, "complaints event",
                          _("Record what happened to a complaint. Past its deadline an open "
                            "complaint takes nothing but a callback promise (or a new handler) "
                            "until one is recorded, and a complaint with a promised callback is "
                            "closed only after the callback. Needs the complaint officer, duty "
                            "manager or hall supervisor role."),
                          entries, args, error) ||
      !parse_number (id_text, "--id", &id, error) ||
      !hk_cli_require_option (kind_text, "--kind", error))
    return FALSE;

  if (!hk_complaint_event_kind_from_id (kind_text, &kind) || kind == HK_COMPLAINT_EVENT_RECEIVED)
    {
      hk_cli_set_usage_error (error, _("--kind: “%s” is not one of assigned, note, "
                                       "callback-promised, called-back, resolved, closed, "
                                       "reopened"), kind_text);
      return FALSE;
    }
  if ((kind == HK_COMPLAINT_EVENT_ASSIGNED && !hk_cli_require_option (to, "--to", error)) ||
      ((kind == HK_COMPLAINT_EVENT_NOTE || kind == HK_COMPLAINT_EVENT_RESOLVED ||
        kind == HK_COMPLAINT_EVENT_REOPENED || kind == HK_COMPLAINT_EVENT_CALLED_BACK) &&
       !hk_cli_require_option (note, "--note", error)) ||
      (kind == HK_COMPLAINT_EVENT_CALLBACK_PROMISED &&
       !hk_cli_require_option (due_text, "--due", error)))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  store = hk_context_get_complaint_store (context);
  actor = hk_context_get_operator (context);
  now = hk_database_get_now (hk_context_get_database (context));

  if (!(complaint = hk_complaint_store_lookup (store, id, error)))
    return FALSE;

  switch (kind)
    {
    case HK_COMPLAINT_EVENT_ASSIGNED:
      {
        gint64 handler = operator_id (context, to, error);

        if (handler == 0)
          return FALSE;
        after = hk_complaint_store_assign (store, actor, complaint, handler, note, error);
      }
      break;
    case HK_COMPLAINT_EVENT_NOTE:
      after = hk_complaint_store_add_note (store, actor, complaint, note, error);
      break;
    case HK_COMPLAINT_EVENT_CALLBACK_PROMISED:
      {
        gint64 due = 0;

        if (!parse_moment (context, due_text, "--due", &due, error))
          return FALSE;
        after = hk_complaint_store_promise_callback (store, actor, complaint,
                                                     number != NULL
                                                     ? number
                                                     : hk_complaint_get_customer_phone (complaint),
                                                     due, note, error);
      }
      break;
    case HK_COMPLAINT_EVENT_CALLED_BACK:
      {
        gint64 called_at = now;

        if (called_text != NULL && !parse_moment (context, called_text, "--called-at",
                                                  &called_at, error))
          return FALSE;
        after = hk_complaint_store_record_callback (store, actor, complaint, called_at,
                                                    !not_reached, note, error);
      }
      break;
    case HK_COMPLAINT_EVENT_RESOLVED:
      after = hk_complaint_store_resolve (store, actor, complaint, note, error);
      break;
    case HK_COMPLAINT_EVENT_CLOSED:
      after = hk_complaint_store_close (store, actor, complaint, note, error);
      break;
    case HK_COMPLAINT_EVENT_REOPENED:
      after = hk_complaint_store_reopen (store, actor, complaint, note, error);
      break;
    case HK_COMPLAINT_EVENT_RECEIVED:
    default:
      g_assert_not_reached ();
    }

  if (after == NULL)
    return FALSE;

  /* Translators: "Complaint 12: Resolved. Now Resolved, Resolved late." */
  g_print (_("Complaint %lld: %s. Now %s, %s.\n"), (long long)id,
           hk_complaint_event_kind_get_title (kind),
           hk_complaint_status_get_title (hk_complaint_get_status (after)),
           hk_complaint_sla_get_title (hk_complaint_get_sla (after, now)));

  return TRUE;
}

static gboolean
run_show (HkCliGlobals  *globals,
          GStrv          args,
          GError       **error)
{
  g_autofree char *id_text = NULL;
  const GOptionEntry entries[] = {
    { "id", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The complaint’s number"), N_("NUMBER") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkComplaint) complaint = NULL;
  g_autofree char *received = NULL;
  g_autofree char *entered = NULL;
  g_autofree char *deadline = NULL;
  GTimeZone *time_zone;
  GListModel *events;
  gint64 id = 0;
  gint64 now;

  if (!hk_cli_subcommand (globals, "complaints show",
                          _("Show a complaint in full, with the customer’s whole phone number "
                            "for the callback, and everything that happened to it. Needs the "
                            "complaint officer, duty manager or hall supervisor role."),
                          entries, args, error) ||
      !parse_number (id_text, "--id", &id, error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !require_reader (context, _("Showing a complaint"), error) ||
      !(complaint = hk_complaint_store_lookup (hk_context_get_complaint_store (context), id,
                                               error)))
    return FALSE;

  now = hk_database_get_now (hk_context_get_database (context));
  time_zone = hk_hall_store_get_time_zone (hk_context_get_hall_store (context));
  received = format_moment (context, hk_complaint_get_received_at (complaint));
  entered = format_moment (context, hk_complaint_get_entered_at (complaint));
  deadline = format_moment (context, hk_complaint_get_deadline (complaint));

  g_print (_("Complaint %lld\n"), (long long)id);
  g_print ("  %s: %s (%s)\n", C_("complaint", "Received"), received,
           hk_complaint_channel_get_title (hk_complaint_get_channel (complaint)));
  g_print ("  %s: %s (%s)%s\n", _("Entered"), entered,
           hk_complaint_get_entered_by_name (complaint),
           hk_complaint_is_entered_late (complaint) ? _(", late") : "");
  {
    g_autofree char *phone = hk_complaint_dup_masked_phone (complaint);

    g_print ("  %s: %s %s\n", _("Customer"), hk_complaint_get_customer_name (complaint),
             phone != NULL ? phone : "");
  }
  if (hk_complaint_get_service_number (complaint) != NULL)
    g_print ("  %s: %s\n", _("Service number"), hk_complaint_get_service_number (complaint));
  g_print ("  %s: %s\n", _("Category"), hk_complaint_get_category_title (complaint));
  g_print ("  %s: %s\n", _("Priority"),
           hk_complaint_priority_get_title (hk_complaint_get_priority (complaint)));
  g_print ("  %s: %s\n", _("Description"), hk_complaint_get_description (complaint));
  g_print ("  %s: %s\n", _("First-contact owner"), hk_complaint_get_owner_name (complaint));
  g_print ("  %s: %s\n", _("Handler"), hk_complaint_get_handler_name (complaint));
  g_print ("  %s: %s (%u h)\n", _("Deadline"), deadline,
           hk_complaint_get_deadline_hours (complaint));
  g_print ("  %s: %s, %s\n", _("Status"),
           hk_complaint_status_get_title (hk_complaint_get_status (complaint)),
           hk_complaint_sla_get_title (hk_complaint_get_sla (complaint, now)));
  if (hk_complaint_needs_callback (complaint, now))
    g_print ("  %s\n", _("Past its deadline: a callback number and time must be recorded."));
  else if (hk_complaint_has_callback_promise (complaint))
    {
      g_autofree char *due = format_moment (context, hk_complaint_get_callback_due (complaint));
      g_autofree char *number = hk_privacy_mask_phone (
        hk_complaint_get_callback_number (complaint));

      g_print ("  %s: %s, %s (%s)\n", _("Callback"), number,
               due, hk_complaint_callback_get_title (hk_complaint_get_callback (complaint, now)));
    }

  g_print ("\n");
  events = hk_complaint_get_events (complaint);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(HkComplaintEvent) event = g_list_model_get_item (events, i);
      g_autofree char *at = format_moment (context, hk_complaint_event_get_at (event));
      g_autofree char *sentence = hk_complaint_event_describe (event, time_zone, TRUE);

      g_print ("%s  %s\n", at, sentence);
    }

  return TRUE;
}

/* ---- the first-contact book ---- */

static gboolean
run_day (HkCliGlobals  *globals,
         GStrv          args,
         GError       **error)
{
  g_autofree char *day = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The day (default: today)"),
      N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkComplaintDay) book = NULL;
  g_autoptr(HkTextTable) table = NULL;
  g_autofree char *text = NULL;
  GListModel *complaints;
  guint n;

  if (!hk_cli_subcommand (globals, "complaints day",
                          _("Show the first-contact book of a day: every complaint received "
                            "that day with its owner and status, whether it was entered that day "
                            "and whether it is closed, and the duty manager’s signature with what "
                            "was still open then. Needs the complaint officer, duty manager or "
                            "hall supervisor role."),
                          entries, args, error) ||
      (day != NULL && !hk_cli_day (day, "--date", error)))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !require_reader (context, _("Reading the first-contact book"), error))
    return FALSE;

  if (day == NULL)
    day = today (context);

  if (!(book = hk_complaint_store_get_day (hk_context_get_complaint_store (context), day, error)))
    return FALSE;

  complaints = hk_complaint_day_get_complaints (book);
  n = g_list_model_get_n_items (complaints);

  g_print (_("First-contact book of %s. Complaints: %u; not closed: %u; entered late: %u.\n"), day,
           n, hk_complaint_day_get_n_not_closed (book),
           hk_complaint_day_get_n_entered_late (book));

  if (n > 0)
    {
      table = hk_text_table_new (7);
      hk_text_table_align_right (table, 0);
      hk_text_table_add_row (table, C_("complaint", "No."), C_("complaint", "Received"), _("Owner"),
                             _("Category"), _("Status"), _("Entered that day"), _("Closed"),
                             NULL);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HkComplaint) complaint = g_list_model_get_item (complaints, i);
          g_autofree char *number = g_strdup_printf ("%lld",
                                                     (long long)hk_complaint_get_id (complaint));
          g_autofree char *received = format_moment (context,
                                                     hk_complaint_get_received_at (complaint));
          HkComplaintStatus status = hk_complaint_get_status (complaint);

          hk_text_table_add_row (table, number, received, hk_complaint_get_owner_name (complaint),
                                 hk_complaint_get_category_title (complaint),
                                 hk_complaint_status_get_title (status),
                                 yes_no (!hk_complaint_is_entered_late (complaint)),
                                 yes_no (status == HK_COMPLAINT_CLOSED), NULL);
        }
      text = hk_text_table_render (table);
      g_print ("%s", text);
    }

  if (hk_complaint_day_is_signed (book))
    {
      g_autofree char *signed_at = format_moment (context,
                                                  hk_complaint_day_get_signed_at (book));
      GString *open = g_string_new (NULL);

      for (guint i = 0; i < hk_complaint_day_get_n_open_at_signing (book); i++)
        g_string_append_printf (open, "%s%lld", i > 0 ? ", " : "",
                                (long long)hk_complaint_day_get_open_complaint_id (book, i));

      g_print (_("Signed by %s at %s: %u received, %u closed, %u not closed then%s%s%s.\n"),
               hk_complaint_day_get_signed_by_name (book), signed_at,
               hk_complaint_day_get_n_received_at_signing (book),
               hk_complaint_day_get_n_closed_at_signing (book),
               hk_complaint_day_get_n_open_at_signing (book), open->len > 0 ? " (" : "",
               open->str, open->len > 0 ? ")" : "");
      if (hk_complaint_day_get_note (book) != NULL)
        g_print ("%s: %s\n", _("Note"), hk_complaint_day_get_note (book));
      g_string_free (open, TRUE);
    }
  else
    g_print (_("Not signed yet.\n"));

  return TRUE;
}

static gboolean
run_sign_day (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The day"), N_("YYYY-MM-DD") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("What the duty manager wants to say"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkComplaintDay) book = NULL;

  if (!hk_cli_subcommand (globals, "complaints sign-day",
                          _("Sign the first-contact book of a day, once: the signature keeps "
                            "what had been received and closed, and each complaint still not "
                            "closed. Needs the duty manager role."),
                          entries, args, error) ||
      !hk_cli_day (day, "--date", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(book = hk_complaint_store_sign_day (hk_context_get_complaint_store (context),
                                            hk_context_get_operator (context), day, note,
                                            error)))
    return FALSE;

  g_print (_("Signed the first-contact book of %s: %u received, %u closed, %u not closed.\n"),
           day, hk_complaint_day_get_n_received_at_signing (book),
           hk_complaint_day_get_n_closed_at_signing (book),
           hk_complaint_day_get_n_open_at_signing (book));

  return TRUE;
}

static gboolean
run_stats (HkCliGlobals  *globals,
           GStrv          args,
           GError       **error)
{
  g_autofree char *month = NULL;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("The month (default: this month)"),
      N_("YYYY-MM") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkReport) report = NULL;

  if (!hk_cli_subcommand (globals, "complaints stats",
                          _("Print a month’s complaint statistics: by category, by channel and "
                            "by day, the on-time rate and the average time to resolve. Needs the "
                            "complaint officer, duty manager or hall supervisor role."),
                          entries, args, error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !require_reader (context, _("Reading the complaint statistics"), error))
    return FALSE;

  if (month == NULL)
    {
      g_autofree char *day = today (context);

      month = g_strndup (day, 7);
    }

  if (!(report = hk_complaint_statistics_report_build (context, month, error)))
    return FALSE;

  print_report (report);

  return TRUE;
}

/* A month option: "YYYY-MM"; its first and last day. */
static gboolean
parse_month (const char  *value,
             char       **first_day,
             char       **last_day,
             GError     **error)
{
  int year, month;
  char tail;

  if (strlen (value) != 7 || value[4] != '-' ||
      sscanf (value, "%4d-%2d%c", &year, &month, &tail) != 2 ||
      month < 1 || month > 12 || year < 1)
    {
      hk_cli_set_usage_error (error, _("--month: “%s” is not a month; write it as YYYY-MM"),
                              value);
      return FALSE;
    }

  *first_day = g_strdup_printf ("%04d-%02d-01", year, month);
  *last_day = g_strdup_printf ("%04d-%02d-%02d", year, month,
                               g_date_get_days_in_month (month, year));
  return TRUE;
}

/* The register of a month or of --from/--to, or a month's statistics: as text, or with -o
 * as the file hk_report_export() writes (.xlsx, or .pdf). */
static gboolean
run_export (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *month = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  gboolean statistics = FALSE;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("The complaints received in this month"),
      N_("YYYY-MM") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The register from this day"),
      N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The register up to this day"),
      N_("YYYY-MM-DD") },
    { "statistics", 0, 0, G_OPTION_ARG_NONE, &statistics,
      N_("The month’s statistics instead of its register"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write it to FILE: an Excel workbook (.xlsx) or a PDF file (.pdf)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkReport) report = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;

  if (!hk_cli_subcommand (globals, "complaints export",
                          _("Export the complaint register of a month or of --from to --to, or a "
                            "month’s statistics (--statistics): as text, or with -o as an Excel "
                            "workbook. Needs the complaint officer, duty manager or hall "
                            "supervisor role."),
                          entries, args, error))
    return FALSE;

  if ((month != NULL) == (from != NULL || to != NULL))
    {
      hk_cli_set_usage_error (error, _("give either --month, or --from and --to"));
      return FALSE;
    }
  if (statistics && month == NULL)
    {
      hk_cli_set_usage_error (error, _("--statistics: the statistics are of a --month"));
      return FALSE;
    }

  if (month != NULL && !parse_month (month, &first_day, &last_day, error))
    return FALSE;
  if (month == NULL)
    {
      if (!hk_cli_day (from, "--from", error) || !hk_cli_day (to, "--to", error))
        return FALSE;
      first_day = g_strdup (from);
      last_day = g_strdup (to);
    }

  if (!(context = hk_cli_login (globals, error)) ||
      !require_reader (context, statistics ? _("Reading the complaint statistics")
                                           : _("Reading the complaint register"), error))
    return FALSE;

  if (statistics)
    report = hk_complaint_statistics_report_build (context, month, error);
  else
    report = hk_complaint_register_report_build (context, first_day, last_day, error);
  if (report == NULL)
    return FALSE;

  if (output == NULL)
    {
      print_report (report);
      return TRUE;
    }

  if (!hk_report_export (report, output, NULL, NULL, NULL, error))
    return FALSE;

  {
    g_autofree char *name = g_filename_display_name (output);

    /* Translators: "Wrote Complaint register — 2026-10-01 – 2026-10-31 to october.xlsx." */
    g_print (_("Wrote %s — %s to %s.\n"), hk_report_get_title (report),
             hk_report_get_period_label (report), name);
  }

  return TRUE;
}

static gboolean
run_deadline_hours (HkCliGlobals  *globals,
                    GStrv          args,
                    GError       **error)
{
  g_autofree char *set = NULL;
  const GOptionEntry entries[] = {
    { "set", 0, 0, G_OPTION_ARG_STRING, &set,
      N_("Change it, for complaints registered from now on"), N_("HOURS") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  HkHallStore *hall;
  gint64 hours = 0;

  if (!hk_cli_subcommand (globals, "complaints deadline-hours",
                          _("Show or change within how many hours of being received a complaint "
                            "is to be resolved. A change applies to complaints registered after "
                            "it; changing needs the hall supervisor or administrator role."),
                          entries, args, error) ||
      (set != NULL && !parse_number (set, "--set", &hours, error)))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  hall = hk_context_get_hall_store (context);
  if (set != NULL &&
      !hk_hall_store_set_complaint_deadline_hours (hall, hk_context_get_operator (context),
                                                   (guint)MIN (hours, G_MAXUINT), error))
    return FALSE;

  g_print (_("Complaints are to be resolved within %u hours of being received.\n"),
           hk_hall_store_get_complaint_deadline_hours (hall));

  return TRUE;
}

/* ---- categories ---- */

static gboolean
run_categories (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkTextTable) table = NULL;
  g_autofree char *text = NULL;
  GListModel *categories;

  if (!hk_cli_subcommand (globals, "complaints categories",
                          _("List the complaint categories, active or not."), entries, args,
                          error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  categories = hk_complaint_store_get_categories (hk_context_get_complaint_store (context));
  table = hk_text_table_new (3);
  hk_text_table_add_row (table, _("Code"), C_("complaint category", "Name"), _("Active"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(HkComplaintCategory) category = g_list_model_get_item (categories, i);

      hk_text_table_add_row (table, hk_complaint_category_get_code (category),
                             hk_complaint_category_get_title (category),
                             yes_no (hk_complaint_category_get_active (category)), NULL);
    }

  text = hk_text_table_render (table);
  g_print ("%s", text);

  return TRUE;
}

static gboolean
run_category_add (HkCliGlobals  *globals,
                  GStrv          args,
                  GError       **error)
{
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  const GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code,
      N_("Its code: letters, digits and “-”, e.g. broadband"), N_("CODE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Its name as shown"), N_("NAME") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkComplaintCategory) category = NULL;

  if (!hk_cli_subcommand (globals, "complaints category-add",
                          _("Add a complaint category. Needs the hall supervisor or "
                            "administrator role."), entries, args, error) ||
      !hk_cli_require_option (code, "--code", error) ||
      !hk_cli_require_option (name, "--name", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(category = hk_complaint_store_add_category (hk_context_get_complaint_store (context),
                                                    hk_context_get_operator (context), code, name,
                                                    error)))
    return FALSE;

  g_print (_("Added the complaint category %s (%s).\n"),
           hk_complaint_category_get_code (category), hk_complaint_category_get_title (category));

  return TRUE;
}

static gboolean
set_category_active (HkCliGlobals  *globals,
                     GStrv          args,
                     gboolean       active,
                     GError       **error)
{
  g_autofree char *code = NULL;
  const GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("The category’s code"), N_("CODE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkComplaintCategory) category = NULL;
  g_autoptr(HkComplaintCategory) changed = NULL;

  if (!hk_cli_subcommand (globals,
                          active ? "complaints category-activate"
                                 : "complaints category-deactivate",
                          active ? _("Let new complaints take a deactivated category again. Needs "
                                     "the hall supervisor or administrator role.")
                                 : _("Deactivate a complaint category: new complaints cannot take "
                                     "it, the old ones keep it. Categories are never deleted. "
                                     "Needs the hall supervisor or administrator role."),
                          entries, args, error) ||
      !hk_cli_require_option (code, "--code", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(category = hk_complaint_store_lookup_category (hk_context_get_complaint_store (context),
                                                       code, error)) ||
      !(changed = hk_complaint_store_set_category_active (hk_context_get_complaint_store (context),
                                                          hk_context_get_operator (context),
                                                          category, active, error)))
    return FALSE;

  g_print (active ? _("Activated the complaint category %s.\n")
                  : _("Deactivated the complaint category %s.\n"),
           hk_complaint_category_get_code (changed));

  return TRUE;
}

static gboolean
run_category_deactivate (HkCliGlobals  *globals,
                         GStrv          args,
                         GError       **error)
{
  return set_category_active (globals, args, FALSE, error);
}

static gboolean
run_category_activate (HkCliGlobals  *globals,
                       GStrv          args,
                       GError       **error)
{
  return set_category_active (globals, args, TRUE, error);
}

/* ---- the opinion book ---- */

static gboolean
run_opinions (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean flagged = FALSE;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("Entries written on or after this day (default: today)"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      N_("Entries written on or before this day (default: today)"), N_("YYYY-MM-DD") },
    { "flagged", 0, 0, G_OPTION_ARG_NONE, &flagged,
      N_("Only the entries not processed by the end of the next day, of any day"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) entries_found = NULL;
  g_autoptr(HkTextTable) table = NULL;
  g_autofree char *text = NULL;
  g_autofree char *day = NULL;
  HkOpinionBookStore *store;
  gint64 now;

  if (!hk_cli_subcommand (globals, "complaints opinions",
                          _("List the opinion book’s entries with their processing; an entry "
                            "not processed by the end of the day after it is flagged. Needs the "
                            "complaint officer, duty manager or hall supervisor role."),
                          entries, args, error) ||
      (from != NULL && !hk_cli_day (from, "--from", error)) ||
      (to != NULL && !hk_cli_day (to, "--to", error)))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !require_reader (context, _("Reading the opinion book"), error))
    return FALSE;

  store = hk_context_get_opinion_book_store (context);
  now = hk_database_get_now (hk_context_get_database (context));
  day = today (context);

  entries_found = flagged ? hk_opinion_book_store_list_flagged (store, error)
                          : hk_opinion_book_store_list (store, from != NULL ? from : day,
                                                        to != NULL ? to : day, error);
  if (entries_found == NULL)
    return FALSE;

  if (entries_found->len == 0)
    {
      g_print (flagged ? _("No entry is waiting past its time.\n") : _("No entry.\n"));
      return TRUE;
    }

  table = hk_text_table_new (6);
  hk_text_table_align_right (table, 0);
  hk_text_table_add_row (table, C_("complaint", "No."), _("Day"), _("Written"), _("Contact"),
                         _("Processed"), _("Flag"), NULL);
  for (guint i = 0; i < entries_found->len; i++)
    {
      HkOpinionEntry *entry = g_ptr_array_index (entries_found, i);
      g_autofree char *number = g_strdup_printf ("%lld",
                                                 (long long)hk_opinion_entry_get_id (entry));
      g_autofree char *contact = NULL;
      g_autofree char *processed = NULL;
      const char *flag = "";

      if (hk_opinion_entry_get_contact (entry) != NULL)
        contact = hk_privacy_phone_is_valid (hk_opinion_entry_get_contact (entry))
                  ? hk_privacy_mask_phone (hk_opinion_entry_get_contact (entry))
                  : g_strdup (hk_opinion_entry_get_contact (entry));

      if (hk_opinion_entry_is_processed (entry))
        {
          g_autofree char *when = format_moment (context, hk_opinion_entry_get_replied_at (entry));

          /* Translators: "孙浩, 2026-10-06 10:00: <the reply>" */
          processed = g_strdup_printf (_("%s, %s: %s"),
                                       hk_opinion_entry_get_replied_by_name (entry), when,
                                       hk_opinion_entry_get_reply (entry));
          if (hk_opinion_entry_is_processed_late (entry))
            flag = C_("opinion book", "late");
        }
      else if (hk_opinion_entry_is_flagged (entry, now))
        flag = C_("opinion book", "overdue");

      hk_text_table_add_row (table, number, hk_opinion_entry_get_day (entry),
                             hk_opinion_entry_get_text (entry), contact != NULL ? contact : "",
                             processed != NULL ? processed : "", flag, NULL);
    }

  text = hk_text_table_render (table);
  g_print ("%s", text);

  return TRUE;
}

static gboolean
run_opinion_add (HkCliGlobals  *globals,
                 GStrv          args,
                 GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;
  g_autofree char *contact = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day,
      N_("The day the customer wrote it (default: today)"), N_("YYYY-MM-DD") },
    { "text", 0, 0, G_OPTION_ARG_STRING, &text, N_("What the customer wrote"), N_("TEXT") },
    { "contact", 0, 0, G_OPTION_ARG_STRING, &contact, N_("How to reach them, if given"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOpinionEntry) entry = NULL;
  g_autofree char *due = NULL;

  if (!hk_cli_subcommand (globals, "complaints opinion-add",
                          _("Copy an entry of the customer opinion book. Needs the complaint "
                            "officer, duty manager or hall supervisor role."),
                          entries, args, error) ||
      (day != NULL && !hk_cli_day (day, "--date", error)) ||
      !hk_cli_require_option (text, "--text", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  if (day == NULL)
    day = today (context);

  if (!(entry = hk_opinion_book_store_add (hk_context_get_opinion_book_store (context),
                                           hk_context_get_operator (context), day, text, contact,
                                           error)))
    return FALSE;

  due = format_moment (context, hk_opinion_entry_get_due_at (entry));
  g_print (_("Entered opinion book entry %lld; it is to be processed before %s.\n"),
           (long long)hk_opinion_entry_get_id (entry), due);

  return TRUE;
}

static gboolean
run_opinion_reply (HkCliGlobals  *globals,
                   GStrv          args,
                   GError       **error)
{
  g_autofree char *id_text = NULL;
  g_autofree char *reply = NULL;
  const GOptionEntry entries[] = {
    { "id", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The entry’s number"), N_("NUMBER") },
    { "reply", 0, 0, G_OPTION_ARG_STRING, &reply, N_("The reply, or what was done"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOpinionEntry) entry = NULL;
  g_autoptr(HkOpinionEntry) processed = NULL;
  gint64 id = 0;

  if (!hk_cli_subcommand (globals, "complaints opinion-reply",
                          _("Process an opinion book entry, once: the reply, by the operator, "
                            "now. Needs the complaint officer, duty manager or hall supervisor "
                            "role."), entries, args, error) ||
      !parse_number (id_text, "--id", &id, error) ||
      !hk_cli_require_option (reply, "--reply", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(entry = hk_opinion_book_store_lookup (hk_context_get_opinion_book_store (context), id,
                                              error)) ||
      !(processed = hk_opinion_book_store_process (hk_context_get_opinion_book_store (context),
                                                   hk_context_get_operator (context), entry, reply,
                                                   error)))
    return FALSE;

  g_print (hk_opinion_entry_is_processed_late (processed)
           ? _("Processed opinion book entry %lld, after its time.\n")
           : _("Processed opinion book entry %lld.\n"), (long long)id);

  return TRUE;
}

/* ---- the service log ---- */

static void
print_service_log (HkContext    *context,
                   HkServiceLog *log)
{
  if (hk_service_log_is_proposal (log))
    g_print (_("Service log of %s, proposed from the day’s records (not saved):\n"),
             hk_service_log_get_day (log));
  else
    {
      g_autofree char *saved = format_moment (context, hk_service_log_get_saved_at (log));

      g_print (_("Service log of %s, revision %u, saved by %s at %s:\n"),
               hk_service_log_get_day (log), hk_service_log_get_revision (log),
               hk_service_log_get_saved_by_name (log), saved);
    }

  g_print ("\n%s:\n%s\n", _("Service overview"), hk_service_log_get_overview (log));
  g_print ("\n%s:\n%s\n", _("Business hotspots"), hk_service_log_get_business_hotspots (log));
  g_print ("\n%s:\n%s\n", _("Inquiry hotspots"), hk_service_log_get_inquiry_hotspots (log));
  g_print ("\n%s:\n%s\n", _("Complaint hotspots"), hk_service_log_get_complaint_hotspots (log));
}

static gboolean
run_service_log (HkCliGlobals  *globals,
                 GStrv          args,
                 GError       **error)
{
  g_autofree char *day = NULL;
  gboolean propose = FALSE;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The day (default: today)"),
      N_("YYYY-MM-DD") },
    { "propose", 0, 0, G_OPTION_ARG_NONE, &propose,
      N_("Show what the day’s records propose, even if the log is saved"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkServiceLog) log = NULL;
  g_autoptr(GError) local_error = NULL;
  HkServiceLogStore *store;

  if (!hk_cli_subcommand (globals, "complaints service-log",
                          _("Show the service log of a day as last saved, or, for a day not "
                            "written yet, the one proposed from its complaints, receipts and "
                            "opinion book. Needs the complaint officer, duty manager or hall "
                            "supervisor role."), entries, args, error) ||
      (day != NULL && !hk_cli_day (day, "--date", error)))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !require_reader (context, _("Reading the service log"), error))
    return FALSE;

  if (day == NULL)
    day = today (context);

  store = hk_context_get_service_log_store (context);
  if (!propose && !(log = hk_service_log_store_get (store, day, &local_error)) &&
      local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (log == NULL && !(log = hk_service_log_store_propose (store, day, error)))
    return FALSE;

  print_service_log (context, log);

  return TRUE;
}

static gboolean
run_service_log_save (HkCliGlobals  *globals,
                      GStrv          args,
                      GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *overview = NULL;
  g_autofree char *business = NULL;
  g_autofree char *inquiry = NULL;
  g_autofree char *complaints = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The day (default: today)"),
      N_("YYYY-MM-DD") },
    { "overview", 0, 0, G_OPTION_ARG_STRING, &overview, N_("The service overview"), N_("TEXT") },
    { "business", 0, 0, G_OPTION_ARG_STRING, &business, N_("The business hotspots"),
      N_("TEXT") },
    { "inquiry", 0, 0, G_OPTION_ARG_STRING, &inquiry, N_("The inquiry hotspots"), N_("TEXT") },
    { "complaints", 0, 0, G_OPTION_ARG_STRING, &complaints, N_("The complaint hotspots"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkServiceLog) base = NULL;
  g_autoptr(HkServiceLog) saved = NULL;
  g_autoptr(GError) local_error = NULL;
  HkServiceLogStore *store;

  if (!hk_cli_subcommand (globals, "complaints service-log-save",
                          _("Save the service log of a day as its next revision. A part not "
                            "given keeps its last saved text or, for a day not written yet, the "
                            "proposed one. Needs the complaint officer role."),
                          entries, args, error) ||
      (day != NULL && !hk_cli_day (day, "--date", error)))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  if (day == NULL)
    day = today (context);

  store = hk_context_get_service_log_store (context);
  if (!(base = hk_service_log_store_get (store, day, &local_error)) && local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (base == NULL && !(base = hk_service_log_store_propose (store, day, error)))
    return FALSE;

  if (!(saved = hk_service_log_store_save (store, hk_context_get_operator (context), day,
                                           overview != NULL ? overview
                                             : hk_service_log_get_overview (base),
                                           business != NULL ? business
                                             : hk_service_log_get_business_hotspots (base),
                                           inquiry != NULL ? inquiry
                                             : hk_service_log_get_inquiry_hotspots (base),
                                           complaints != NULL ? complaints
                                             : hk_service_log_get_complaint_hotspots (base),
                                           error)))
    return FALSE;

  g_print (_("Saved the service log of %s, revision %u.\n"), day,
           hk_service_log_get_revision (saved));

  return TRUE;
}

static const HkCliCommand complaints_commands[] = {
  { "list", N_("List complaints with their deadline state"), run_list },
  { "add", N_("Register a complaint"), run_add },
  { "event", N_("Record what happened to a complaint"), run_event },
  { "show", N_("Show a complaint and its history"), run_show },
  { "day", N_("Show the first-contact book of a day"), run_day },
  { "sign-day", N_("Sign the first-contact book of a day"), run_sign_day },
  { "stats", N_("Print a month’s complaint statistics"), run_stats },
  { "export", N_("Export the register or a month’s statistics to Excel"), run_export },
  { "deadline-hours", N_("Show or change the complaint deadline"), run_deadline_hours },
  { "categories", N_("List the complaint categories"), run_categories },
  { "category-add", N_("Add a complaint category"), run_category_add },
  { "category-deactivate", N_("Deactivate a complaint category"), run_category_deactivate },
  { "category-activate", N_("Activate a complaint category again"), run_category_activate },
  { "opinions", N_("List the opinion book’s entries"), run_opinions },
  { "opinion-add", N_("Copy an entry of the opinion book"), run_opinion_add },
  { "opinion-reply", N_("Process an opinion book entry"), run_opinion_reply },
  { "service-log", N_("Show or propose the service log of a day"), run_service_log },
  { "service-log-save", N_("Save the service log of a day"), run_service_log_save },
};

gboolean
hk_cli_complaints (HkCliGlobals  *globals,
                   GStrv          args,
                   GError       **error)
{
  return hk_cli_run_subcommand (globals, "complaints",
                                _("Keep the complaint register, the first-contact book, the "
                                  "service log and the opinion book."),
                                complaints_commands, G_N_ELEMENTS (complaints_commands), args,
                                error);
}
