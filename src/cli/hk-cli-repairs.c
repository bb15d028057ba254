/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-repairs.c: hallkeeper-cli repairs: the repair desk from the command line.
 *
 * Every subcommand logs the --operator in and calls the repair stores with them as the actor,
 * so the rules (the status machine, the IMEI check, the accessories at the handover, the
 * charge on the cash desk, the parts count) and the audit entries are the same as in the
 * window. "intake" prints the new ticket's number alone and "dispatch" the batch's, so that a
 * script can keep them; the lists print aligned text tables.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-cli-repairs.h"

#include "core/hk-error.h"
#include "core/hk-money.h"
#include "core/hk-operator-store.h"
#include "core/hk-permission.h"
#include "core/hk-repair-part-store.h"
#include "core/hk-repair-store.h"
#include "reports/hk-repair-dispatch-report.h"
#include "reports/hk-repair-printout.h"
#include "reports/hk-repair-register-report.h"
#include "reports/hk-report-export.h"
#include "reports/hk-text-table.h"

/* Who may read the repair register: the desk, those who oversee it, the auditor. */
#define READER_ROLES (HK_ROLE_TECHNICIAN | HK_ROLE_DUTY_MANAGER | HK_ROLE_SUPERVISOR | \
                      HK_ROLE_AUDITOR)

/* ---- options ---- */

/* --month YYYY-MM: its first and last day. */
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

static gboolean
parse_count (const char  *value,
             const char  *option,
             gint64       min,
             gint64      *count,
             GError     **error)
{
  gint64 parsed = 0;

  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  if (!g_ascii_string_to_signed (value, 10, min, G_MAXINT32, &parsed, NULL))
    {
      hk_cli_set_usage_error (error, _("%s: “%s” is not a whole number of at least %lld"),
                              option, value, (long long)min);
      return FALSE;
    }

  *count = parsed;
  return TRUE;
}

/* The ticket named by --ticket. */
static HkRepairTicket *
lookup_ticket (HkContext   *context,
               const char  *number,
               GError     **error)
{
  if (!hk_cli_require_option (number, "--ticket", error))
    return NULL;

  return hk_repair_store_lookup_number (hk_context_get_repair_store (context), number, error);
}

static HkContext *
log_in_reader (HkCliGlobals  *globals,
               GError       **error)
{
  g_autoptr(HkContext) context = NULL;

  if (!(context = hk_cli_login (globals, error)) ||
      !hk_permission_require (hk_context_get_database (context),
                              hk_context_get_operator (context), READER_ROLES,
                              _("Reading the repair register"), error))
    return NULL;

  return g_steal_pointer (&context);
}

/* ---- output ---- */

static char *
format_time (HkContext  *context,
             gint64      unix_seconds,
             const char *format)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_seconds == 0)
    return g_strdup ("");

  utc = g_date_time_new_from_unix_utc (unix_seconds);
  local = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (
                                          hk_context_get_hall_store (context)));

  return g_date_time_format (local, format);
}

static void
print_tickets (HkContext *context,
               GPtrArray *tickets)
{
  g_autoptr(HkTextTable) table = hk_text_table_new (8);
  g_autofree char *text = NULL;

  if (tickets->len == 0)
    {
      g_print ("%s\n", _("No repair ticket."));
      return;
    }

  hk_text_table_align_right (table, 7);
  hk_text_table_add_row (table, _("Ticket"), C_("repair ticket", "Received"), _("Customer"),
                         _("Phone"), _("Device"), _("IMEI"), _("Status"), _("Fee"), NULL);

  for (guint i = 0; i < tickets->len; i++)
    {
      HkRepairTicket *ticket = g_ptr_array_index (tickets, i);
      g_autofree char *received = format_time (context, hk_repair_ticket_get_received_at (ticket),
                                               "%Y-%m-%d %H:%M");
      g_autofree char *phone = hk_repair_ticket_dup_masked_phone (ticket);
      g_autofree char *device = hk_repair_ticket_dup_device (ticket);
      g_autofree char *fee = hk_money_format (hk_repair_ticket_get_fee_total (ticket));
      g_autofree char *status = NULL;
      const char *title = hk_repair_status_get_title (hk_repair_ticket_get_status (ticket));

      if (hk_repair_ticket_get_overdue (ticket))
        /* Translators: a status in a list, marked as past its promised day */
        status = g_strdup_printf (_("%s, overdue"), title);
      else
        status = g_strdup (title);

      hk_text_table_add_row (table, hk_repair_ticket_get_ticket_no (ticket), received,
                             hk_repair_ticket_get_customer_name (ticket), phone, device,
                             hk_repair_ticket_get_imei (ticket), status, fee, NULL);
    }

  text = hk_text_table_render (table);
  g_print ("%s", text);
}

#define MAX_REPORT_COLUMNS 24

/* Adds a row of @n cells (none NULL) to @table. */
static void
add_cells (HkTextTable        *table,
           const char * const *cells,
           guint               n)
{
  const char *row[MAX_REPORT_COLUMNS] = { NULL };

  g_return_if_fail (n <= MAX_REPORT_COLUMNS);

  for (guint i = 0; i < n; i++)
    row[i] = cells[i];

  /* The table reads as many cells as it has columns. */
  hk_text_table_add_row (table, row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                         row[8], row[9], row[10], row[11], row[12], row[13], row[14], row[15],
                         row[16], row[17], row[18], row[19], row[20], row[21], row[22], row[23],
                         NULL);
}

/* An HkReport as text: the title and period, the key figures, then each table. */
static void
print_report (HkReport *report)
{
  g_print ("%s — %s\n", hk_report_get_title (report), hk_report_get_period_label (report));
  if (hk_report_get_hall_name (report) != NULL)
    g_print ("%s\n", hk_report_get_hall_name (report));
  g_print ("\n");

  for (guint i = 0; i < hk_report_get_n_figures (report); i++)
    g_print ("%s: %s\n", hk_report_get_figure_label (report, i),
             hk_report_get_figure_text (report, i));

  for (guint t = 0; t < hk_report_get_n_tables (report); t++)
    {
      HkReportTable *table = hk_report_get_table (report, t);
      guint n_columns = hk_report_table_get_n_columns (table);
      g_autoptr(HkTextTable) text_table = hk_text_table_new (n_columns);
      g_autoptr(GPtrArray) headings = g_ptr_array_new ();
      g_autofree char *text = NULL;

      for (guint c = 0; c < n_columns; c++)
        {
          HkReportColumnKind kind = hk_report_table_get_kind (table, c);

          if (kind == HK_REPORT_COLUMN_COUNT || kind == HK_REPORT_COLUMN_MONEY ||
              kind == HK_REPORT_COLUMN_RATIO)
            hk_text_table_align_right (text_table, c);
          g_ptr_array_add (headings, (gpointer)hk_report_table_get_heading (table, c));
        }
      add_cells (text_table, (const char * const *)headings->pdata, n_columns);

      for (guint r = 0; r < hk_report_table_get_n_rows (table); r++)
        {
          g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

          for (guint c = 0; c < n_columns; c++)
            g_ptr_array_add (cells, hk_report_table_format_cell (table, r, c));
          add_cells (text_table, (const char * const *)cells->pdata, n_columns);
        }

      text = hk_text_table_render (text_table);
      g_print ("\n%s\n%s", hk_report_table_get_name (table), text);
    }
}

/* ---- intake and status ---- */

static gboolean
run_intake (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *customer = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *brand = NULL;
  g_autofree char *model = NULL;
  g_autofree char *imei = NULL;
  g_autofree char *fault = NULL;
  g_autofree char *accessories = NULL;
  g_autofree char *conditions = NULL;
  g_autofree char *condition_note = NULL;
  g_autofree char *warranty = NULL;
  g_autofree char *proof = NULL;
  g_autofree char *estimate = NULL;
  g_autofree char *deposit = NULL;
  g_autofree char *promised = NULL;
  g_autofree char *technician = NULL;
  g_autofree char *slip_path = NULL;
  const GOptionEntry entries[] = {
    { "customer", 0, 0, G_OPTION_ARG_STRING, &customer, N_("The customer’s name"), N_("NAME") },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &phone, N_("The customer’s phone number"),
      N_("NUMBER") },
    { "brand", 0, 0, G_OPTION_ARG_STRING, &brand, N_("The device’s brand"), N_("BRAND") },
    { "model", 0, 0, G_OPTION_ARG_STRING, &model, N_("The device’s model"), N_("MODEL") },
    { "imei", 0, 0, G_OPTION_ARG_STRING, &imei, N_("The device’s IMEI (15 digits)"),
      N_("IMEI") },
    { "fault", 0, 0, G_OPTION_ARG_STRING, &fault, N_("The fault as the customer describes it"),
      N_("TEXT") },
    { "accessories", 0, 0, G_OPTION_ARG_STRING, &accessories,
      N_("Accessories received: battery, charger, cable, sim-card, memory-card, case, box"),
      N_("LIST") },
    { "condition", 0, 0, G_OPTION_ARG_STRING, &conditions,
      N_("Condition: scratches, cracked-screen, water-damage, no-power"), N_("LIST") },
    { "condition-note", 0, 0, G_OPTION_ARG_STRING, &condition_note,
      N_("More about the condition"), N_("TEXT") },
    { "warranty", 0, 0, G_OPTION_ARG_STRING, &warranty,
      N_("in, out or unknown (default: unknown)"), N_("STATE") },
    { "warranty-proof", 0, 0, G_OPTION_ARG_STRING, &proof,
      N_("The proof of warranty: invoice or warranty card"), N_("TEXT") },
    { "estimate", 0, 0, G_OPTION_ARG_STRING, &estimate, N_("The estimated fee in yuan"),
      N_("AMOUNT") },
    { "deposit", 0, 0, G_OPTION_ARG_STRING, &deposit, N_("The deposit received in yuan"),
      N_("AMOUNT") },
    { "promised", 0, 0, G_OPTION_ARG_STRING, &promised, N_("The day the repair is promised"),
      N_("YYYY-MM-DD") },
    { "technician", 0, 0, G_OPTION_ARG_STRING, &technician,
      N_("The technician who repairs it (default: the operator)"), N_("LOGIN") },
    { "slip", 0, 0, G_OPTION_ARG_FILENAME, &slip_path,
      N_("Also write the intake slip to this PDF file"), N_("FILE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkOperator) tech = NULL;
  HkRepairIntake intake = { 0 };

  if (!hk_cli_subcommand (globals, "repairs intake",
                          _("Register a device for repair and print the new ticket’s number. "
                            "Needs the repair technician role."),
                          entries, args, error) ||
      !hk_cli_require_option (customer, "--customer", error) ||
      !hk_cli_require_option (phone, "--phone", error) ||
      !hk_cli_require_option (imei, "--imei", error) ||
      !hk_cli_day (promised, "--promised", error) ||
      !hk_cli_amount (estimate, "--estimate", FALSE, &intake.estimated_fee, error) ||
      !hk_cli_amount (deposit, "--deposit", FALSE, &intake.deposit, error))
    return FALSE;

  if (accessories != NULL && !hk_repair_accessories_parse (accessories, &intake.accessories,
                                                           error))
    return FALSE;
  if (conditions != NULL && !hk_repair_conditions_parse (conditions, &intake.conditions, error))
    return FALSE;
  if (warranty != NULL && !hk_repair_warranty_from_id (warranty, &intake.warranty))
    {
      hk_cli_set_usage_error (error, _("--warranty: “%s” is not in, out or unknown"), warranty);
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  if (technician != NULL)
    {
      if (!(tech = hk_operator_store_lookup (hk_context_get_operator_store (context), technician,
                                             error)))
        return FALSE;
      intake.technician_id = hk_operator_get_id (tech);
    }

  intake.customer_name = customer;
  intake.customer_phone = phone;
  intake.brand = brand;
  intake.model = model;
  intake.imei = imei;
  intake.fault = fault;
  intake.condition_note = condition_note;
  intake.warranty_proof = proof;
  intake.promised_day = promised;

  if (!(ticket = hk_repair_store_intake (hk_context_get_repair_store (context),
                                         hk_context_get_operator (context), &intake, error)))
    return FALSE;

  if (slip_path != NULL)
    {
      g_autoptr(HkRepairSlip) slip = NULL;

      if (!(slip = hk_repair_slip_new_from_store (context, hk_repair_ticket_get_id (ticket),
                                                  error)) ||
          !hk_repair_slip_save_pdf (slip, slip_path, error))
        {
          g_prefix_error (error, _("Registered %s, but the slip was not written: "),
                          hk_repair_ticket_get_ticket_no (ticket));
          return FALSE;
        }
    }

  g_print ("%s\n", hk_repair_ticket_get_ticket_no (ticket));

  return TRUE;
}

static gboolean
run_status (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *number = NULL;
  g_autofree char *to = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "ticket", 0, 0, G_OPTION_ARG_STRING, &number, N_("The ticket’s number"), N_("TICKET") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      N_("diagnosing, repairing, ready or unrepaired"), N_("STATUS") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note,
      N_("What was found or done; why, for unrepaired"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairTicket) moved = NULL;
  HkRepairStatus status;

  if (!hk_cli_subcommand (globals, "repairs status",
                          _("Move a ticket on: to diagnosing, repairing, ready (for pickup) or "
                            "unrepaired. Sending to the city company, receiving back and the "
                            "pickup have their own subcommands. Needs the repair technician "
                            "role."),
                          entries, args, error) ||
      !hk_cli_require_option (to, "--to", error))
    return FALSE;

  if (!hk_repair_status_from_id (to, &status))
    {
      hk_cli_set_usage_error (error, _("--to: “%s” is not a repair status"), to);
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)) ||
      !(ticket = lookup_ticket (context, number, error)) ||
      !(moved = hk_repair_store_set_status (hk_context_get_repair_store (context),
                                            hk_context_get_operator (context), ticket, status,
                                            note, error)))
    return FALSE;

  g_print (_("%s is now: %s.\n"), hk_repair_ticket_get_ticket_no (moved),
           hk_repair_status_get_title (hk_repair_ticket_get_status (moved)));

  return TRUE;
}

/* ---- the city company ---- */

static gboolean
write_dispatch_pdf (HkContext     *context,
                    HkRepairBatch *batch,
                    const char    *path,
                    GError       **error)
{
  g_autoptr(HkReport) report = NULL;

  return (report = hk_repair_dispatch_report_build (context, hk_repair_batch_get_id (batch),
                                                    error)) != NULL &&
         hk_repair_dispatch_list_save_pdf (report, path, error);
}

static gboolean
run_dispatch (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_auto(GStrv) numbers = NULL;
  g_autofree char *courier = NULL;
  g_autofree char *waybill = NULL;
  g_autofree char *list_path = NULL;
  const GOptionEntry entries[] = {
    { "ticket", 0, 0, G_OPTION_ARG_STRING_ARRAY, &numbers,
      N_("A ticket to send; repeat for each"), N_("TICKET") },
    { "courier", 0, 0, G_OPTION_ARG_STRING, &courier, N_("Who carries the batch"), N_("NAME") },
    { "waybill", 0, 0, G_OPTION_ARG_STRING, &waybill, N_("The courier’s waybill number"),
      N_("NUMBER") },
    { "list", 0, 0, G_OPTION_ARG_FILENAME, &list_path,
      N_("Also write the dispatch list to this PDF file"), N_("FILE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkRepairBatch) batch = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!hk_cli_subcommand (globals, "repairs dispatch",
                          _("Send tickets to the city company in a new dispatch batch and print "
                            "the batch’s number. Needs the repair technician role."),
                          entries, args, error) ||
      !hk_cli_require_option (numbers != NULL ? numbers[0] : NULL, "--ticket", error) ||
      !hk_cli_require_option (courier, "--courier", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  for (guint i = 0; numbers[i] != NULL; i++)
    {
      g_autoptr(HkRepairTicket) ticket = lookup_ticket (context, numbers[i], error);
      gint64 id;

      if (ticket == NULL)
        return FALSE;
      id = hk_repair_ticket_get_id (ticket);
      g_array_append_val (ids, id);
    }

  if (!(batch = hk_repair_store_dispatch (hk_context_get_repair_store (context),
                                          hk_context_get_operator (context),
                                          (const gint64 *)ids->data, ids->len, courier, waybill,
                                          error)))
    return FALSE;

  if (list_path != NULL && !write_dispatch_pdf (context, batch, list_path, error))
    {
      g_prefix_error (error, _("Sent batch %s, but the dispatch list was not written: "),
                      hk_repair_batch_get_batch_no (batch));
      return FALSE;
    }

  g_print ("%s\n", hk_repair_batch_get_batch_no (batch));

  return TRUE;
}

static gboolean
run_return (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *number = NULL;
  g_autofree char *report = NULL;
  gboolean not_repaired = FALSE;
  const GOptionEntry entries[] = {
    { "ticket", 0, 0, G_OPTION_ARG_STRING, &number, N_("The ticket’s number"), N_("TICKET") },
    { "report", 0, 0, G_OPTION_ARG_STRING, &report, N_("The city company’s report"),
      N_("TEXT") },
    { "not-repaired", 0, 0, G_OPTION_ARG_NONE, &not_repaired,
      N_("The city company could not repair it"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairTicket) back = NULL;

  if (!hk_cli_subcommand (globals, "repairs return",
                          _("Receive one device of its dispatch batch back from the city company, "
                            "with the company’s report. Needs the repair technician role."),
                          entries, args, error) ||
      !hk_cli_require_option (report, "--report", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(ticket = lookup_ticket (context, number, error)) ||
      !(back = hk_repair_store_return_from_city (hk_context_get_repair_store (context),
                                                 hk_context_get_operator (context), ticket,
                                                 !not_repaired, report, error)))
    return FALSE;

  g_print (_("%s is back from the city company.\n"), hk_repair_ticket_get_ticket_no (back));

  return TRUE;
}

/* ---- fees and the handover ---- */

static gboolean
run_fee (HkCliGlobals  *globals,
         GStrv          args,
         GError       **error)
{
  g_autofree char *number = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *item_code = NULL;
  g_autofree char *part_code = NULL;
  g_autofree char *quantity_text = NULL;
  const GOptionEntry entries[] = {
    { "ticket", 0, 0, G_OPTION_ARG_STRING, &number, N_("The ticket’s number"), N_("TICKET") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text,
      N_("diagnosis or labour (default: labour)"), N_("KIND") },
    { "item", 0, 0, G_OPTION_ARG_STRING, &item_code, N_("The repair fee item’s code"),
      N_("CODE") },
    { "part", 0, 0, G_OPTION_ARG_STRING, &part_code,
      N_("A part from the stock, instead of --item"), N_("CODE") },
    { "quantity", 0, 0, G_OPTION_ARG_STRING, &quantity_text, N_("How many (default: 1)"),
      N_("QUANTITY") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairTicket) changed = NULL;
  g_autofree char *total = NULL;
  HkRepairFeeKind kind = HK_REPAIR_FEE_LABOUR;
  gint64 quantity = 1;

  if (!hk_cli_subcommand (globals, "repairs fee",
                          _("Add a fee line to a ticket at today’s tariff: diagnosis or labour "
                            "with --item, or a part taken from the stock with --part. Needs the "
                            "repair technician role."),
                          entries, args, error) ||
      (quantity_text != NULL &&
       !parse_count (quantity_text, "--quantity", 1, &quantity, error)))
    return FALSE;

  if ((item_code == NULL) == (part_code == NULL))
    {
      hk_cli_set_usage_error (error, _("give either --item or --part"));
      return FALSE;
    }

  if (kind_text != NULL &&
      (!hk_repair_fee_kind_from_id (kind_text, &kind) || kind == HK_REPAIR_FEE_PARTS))
    {
      hk_cli_set_usage_error (error, _("--kind: “%s” is not diagnosis or labour"), kind_text);
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)) ||
      !(ticket = lookup_ticket (context, number, error)))
    return FALSE;

  if (part_code != NULL)
    {
      g_autoptr(HkRepairPart) part = NULL;

      if (!(part = hk_repair_part_store_lookup (hk_context_get_repair_part_store (context),
                                                part_code, error)) ||
          !(changed = hk_repair_store_use_part (hk_context_get_repair_store (context),
                                                hk_context_get_operator (context), ticket,
                                                hk_repair_part_get_id (part), quantity, error)))
        return FALSE;
    }
  else
    {
      g_autoptr(HkFeeItem) item = NULL;

      if (!(item = hk_fee_item_store_lookup (hk_context_get_fee_item_store (context), item_code,
                                             error)) ||
          !(changed = hk_repair_store_add_fee (hk_context_get_repair_store (context),
                                               hk_context_get_operator (context), ticket, kind,
                                               hk_fee_item_get_id (item), quantity, error)))
        return FALSE;
    }

  total = hk_money_format (hk_repair_ticket_get_fee_total (changed));
  g_print (_("%s: the fee is now %s.\n"), hk_repair_ticket_get_ticket_no (changed), total);

  return TRUE;
}

static gboolean
run_void_fee (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *number = NULL;
  g_autofree char *line_text = NULL;
  g_autofree char *reason = NULL;
  const GOptionEntry entries[] = {
    { "ticket", 0, 0, G_OPTION_ARG_STRING, &number, N_("The ticket’s number"), N_("TICKET") },
    { "line", 0, 0, G_OPTION_ARG_STRING, &line_text,
      N_("The fee line’s number, as “repairs show” lists it"), N_("LINE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why it is voided"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairTicket) changed = NULL;
  g_autofree char *total = NULL;
  gint64 line = 0;

  if (!hk_cli_subcommand (globals, "repairs void-fee",
                          _("Void a fee line of an open ticket; a part goes back to the stock. "
                            "Needs the repair technician role."),
                          entries, args, error) ||
      !parse_count (line_text, "--line", 1, &line, error) ||
      !hk_cli_require_option (reason, "--reason", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(ticket = lookup_ticket (context, number, error)) ||
      !(changed = hk_repair_store_void_fee (hk_context_get_repair_store (context),
                                            hk_context_get_operator (context), ticket, line,
                                            reason, error)))
    return FALSE;

  total = hk_money_format (hk_repair_ticket_get_fee_total (changed));
  g_print (_("%s: the fee is now %s.\n"), hk_repair_ticket_get_ticket_no (changed), total);

  return TRUE;
}

static gboolean
run_callback (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *number = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "ticket", 0, 0, G_OPTION_ARG_STRING, &number, N_("The ticket’s number"), N_("TICKET") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("What the customer was told"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairTicket) changed = NULL;

  if (!hk_cli_subcommand (globals, "repairs callback",
                          _("Record a call to the customer on the ticket’s timeline. Needs the "
                            "repair technician role."),
                          entries, args, error) ||
      !hk_cli_require_option (note, "--note", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(ticket = lookup_ticket (context, number, error)) ||
      !(changed = hk_repair_store_record_callback (hk_context_get_repair_store (context),
                                                   hk_context_get_operator (context), ticket,
                                                   note, error)))
    return FALSE;

  g_print (_("Recorded the call about %s.\n"), hk_repair_ticket_get_ticket_no (changed));

  return TRUE;
}

static gboolean
run_pickup (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *number = NULL;
  g_autofree char *collected_by = NULL;
  g_autofree char *accessories = NULL;
  g_autofree char *note = NULL;
  g_autofree char *clerk_receipt = NULL;
  g_autofree char *pay = NULL;
  gboolean id_checked = FALSE;
  gboolean on_shift = FALSE;
  const GOptionEntry entries[] = {
    { "ticket", 0, 0, G_OPTION_ARG_STRING, &number, N_("The ticket’s number"), N_("TICKET") },
    { "collected-by", 0, 0, G_OPTION_ARG_STRING, &collected_by, N_("Who collects the device"),
      N_("NAME") },
    { "id-checked", 0, 0, G_OPTION_ARG_NONE, &id_checked,
      N_("Their identity document (or the intake slip) was checked"), NULL },
    { "accessories", 0, 0, G_OPTION_ARG_STRING, &accessories,
      N_("The accessories handed back (default: none)"), N_("LIST") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note,
      N_("Why the accessories differ from those received, or anything else"), N_("TEXT") },
    { "on-shift", 0, 0, G_OPTION_ARG_NONE, &on_shift,
      N_("Charge the fee on a receipt of your own open shift"), NULL },
    { "pay", 0, 0, G_OPTION_ARG_STRING, &pay,
      N_("With --on-shift: how the rest beyond the deposit is paid: cash, card, wechat, alipay "
         "(default: cash)"), N_("METHOD") },
    { "clerk-receipt", 0, 0, G_OPTION_ARG_STRING, &clerk_receipt,
      N_("The receipt a clerk issued for the fee, CODE-NUMBER"), N_("NUMBER") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairTicket) closed = NULL;
  HkRepairHandover handover = { 0 };
  g_autofree char *fee = NULL;
  g_autofree char *refund = NULL;

  if (!hk_cli_subcommand (globals, "repairs pickup",
                          _("Hand a device that is ready, or not repaired, back to its customer "
                            "and close the ticket. A fee is charged on your own shift "
                            "(--on-shift; needs the counter clerk role, an open shift and invoice "
                            "numbers) or by naming a clerk’s receipt (--clerk-receipt). Needs the "
                            "repair technician role."),
                          entries, args, error) ||
      !hk_cli_require_option (collected_by, "--collected-by", error))
    return FALSE;

  if (on_shift && clerk_receipt != NULL)
    {
      hk_cli_set_usage_error (error, _("give either --on-shift or --clerk-receipt"));
      return FALSE;
    }

  handover.balance_method = HK_PAYMENT_CASH;
  if (pay != NULL && !hk_payment_method_from_id (pay, &handover.balance_method))
    {
      hk_cli_set_usage_error (error, _("--pay: “%s” is not a payment method"), pay);
      return FALSE;
    }

  if (accessories != NULL &&
      !hk_repair_accessories_parse (accessories, &handover.accessories_returned, error))
    return FALSE;

  handover.collected_by = collected_by;
  handover.id_checked = id_checked;
  handover.note = note;
  handover.charge_mode = on_shift ? HK_REPAIR_CHARGE_SHIFT
                         : clerk_receipt != NULL ? HK_REPAIR_CHARGE_CLERK_RECEIPT
                         : HK_REPAIR_CHARGE_NONE;
  handover.clerk_receipt_no = clerk_receipt;

  if (!(context = hk_cli_login (globals, error)) ||
      !(ticket = lookup_ticket (context, number, error)) ||
      !(closed = hk_repair_store_hand_over (hk_context_get_repair_store (context),
                                            hk_context_get_operator (context), ticket,
                                            &handover, error)))
    return FALSE;

  fee = hk_money_format (hk_repair_ticket_get_charged_total (closed));
  refund = hk_money_format (hk_repair_ticket_get_deposit_refunded (closed));
  if (hk_repair_ticket_get_receipt_no (closed) != NULL)
    g_print (_("%s handed over: fee %s on receipt %s; deposit refunded %s.\n"),
             hk_repair_ticket_get_ticket_no (closed), fee,
             hk_repair_ticket_get_receipt_no (closed), refund);
  else
    g_print (_("%s handed over: no fee; deposit refunded %s.\n"),
             hk_repair_ticket_get_ticket_no (closed), refund);

  return TRUE;
}

/* ---- reading ---- */

static gboolean
run_list (HkCliGlobals  *globals,
          GStrv          args,
          GError       **error)
{
  g_autofree char *statuses = NULL;
  g_autofree char *search = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean overdue = FALSE;
  gboolean callbacks = FALSE;
  const GOptionEntry entries[] = {
    { "status", 0, 0, G_OPTION_ARG_STRING, &statuses,
      N_("Only these statuses, e.g. ready,unrepaired"), N_("LIST") },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search,
      N_("Part of a ticket number, phone number, IMEI or name"), N_("TEXT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Received from this day"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Received up to this day"), N_("YYYY-MM-DD") },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue,
      N_("Only those past their promised day"), NULL },
    { "callbacks", 0, 0, G_OPTION_ARG_NONE, &callbacks,
      N_("The callback list: ready or not repaired, not yet collected, longest waiting first"),
      NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) tickets = NULL;
  HkRepairFilter filter = { 0 };

  if (!hk_cli_subcommand (globals, "repairs list",
                          _("List repair tickets, newest first; phone numbers are masked. Needs "
                            "the repair technician, duty manager, hall supervisor or auditor "
                            "role."),
                          entries, args, error) ||
      (from != NULL && !hk_cli_day (from, "--from", error)) ||
      (to != NULL && !hk_cli_day (to, "--to", error)) ||
      (statuses != NULL && !hk_repair_statuses_parse (statuses, &filter.status_mask, error)))
    return FALSE;

  if (!(context = log_in_reader (globals, error)))
    return FALSE;

  if (callbacks)
    tickets = hk_repair_store_list_callbacks (hk_context_get_repair_store (context), error);
  else
    {
      filter.search = search;
      filter.first_day = from;
      filter.last_day = to;
      filter.overdue_only = overdue;
      tickets = hk_repair_store_list (hk_context_get_repair_store (context), &filter, error);
    }

  if (tickets == NULL)
    return FALSE;

  print_tickets (context, tickets);

  return TRUE;
}

static gboolean
run_show (HkCliGlobals  *globals,
          GStrv          args,
          GError       **error)
{
  g_autofree char *number = NULL;
  const GOptionEntry entries[] = {
    { "ticket", 0, 0, G_OPTION_ARG_STRING, &number, N_("The ticket’s number"), N_("TICKET") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(HkTextTable) details = hk_text_table_new (2);
  g_autoptr(HkTextTable) fee_table = hk_text_table_new (5);
  g_autoptr(HkTextTable) timeline = hk_text_table_new (3);
  g_autofree char *received = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *device = NULL;
  g_autofree char *accessories = NULL;
  g_autofree char *conditions = NULL;
  g_autofree char *estimate = NULL;
  g_autofree char *deposit = NULL;
  g_autofree char *fee = NULL;
  g_autofree char *text = NULL;
  HkRepairStore *store;

  if (!hk_cli_subcommand (globals, "repairs show",
                          _("Show a ticket: what was received, its fee lines and its timeline. "
                            "The phone number is shown whole to the repair technician only."),
                          entries, args, error))
    return FALSE;

  if (!(context = log_in_reader (globals, error)) ||
      !(ticket = lookup_ticket (context, number, error)))
    return FALSE;

  store = hk_context_get_repair_store (context);
  if (!(lines = hk_repair_store_get_fee_lines (store, hk_repair_ticket_get_id (ticket), error)) ||
      !(events = hk_repair_store_get_events (store, hk_repair_ticket_get_id (ticket), error)))
    return FALSE;

  received = format_time (context, hk_repair_ticket_get_received_at (ticket), "%Y-%m-%d %H:%M");
  /* Masked for every role: a terminal's scrollback and logs keep what is printed. */
  phone = hk_repair_ticket_dup_masked_phone (ticket);
  device = hk_repair_ticket_dup_device (ticket);
  accessories = hk_repair_accessories_to_titles (hk_repair_ticket_get_accessories (ticket));
  conditions = hk_repair_conditions_to_titles (hk_repair_ticket_get_conditions (ticket));
  estimate = hk_money_format (hk_repair_ticket_get_estimated_fee (ticket));
  deposit = hk_money_format (hk_repair_ticket_get_deposit (ticket));
  fee = hk_money_format (hk_repair_ticket_get_fee_total (ticket));

  hk_text_table_add_row (details, _("Ticket"), hk_repair_ticket_get_ticket_no (ticket), NULL);
  hk_text_table_add_row (details, _("Status"),
                         hk_repair_status_get_title (hk_repair_ticket_get_status (ticket)), NULL);
  if (hk_repair_ticket_get_overdue (ticket))
    hk_text_table_add_row (details, "", _("Overdue"), NULL);
  if (hk_repair_ticket_get_batch_no (ticket) != NULL)
    hk_text_table_add_row (details, _("Batch"), hk_repair_ticket_get_batch_no (ticket), NULL);
  hk_text_table_add_row (details, C_("repair ticket", "Received"), received, NULL);
  hk_text_table_add_row (details, _("Customer"), hk_repair_ticket_get_customer_name (ticket),
                         NULL);
  hk_text_table_add_row (details, _("Phone"), phone, NULL);
  hk_text_table_add_row (details, _("Device"), device, NULL);
  hk_text_table_add_row (details, _("IMEI"), hk_repair_ticket_get_imei (ticket), NULL);
  hk_text_table_add_row (details, _("Fault"), hk_repair_ticket_get_fault (ticket), NULL);
  hk_text_table_add_row (details, _("Accessories"), accessories, NULL);
  hk_text_table_add_row (details, _("Condition"), conditions, NULL);
  if (*hk_repair_ticket_get_condition_note (ticket) != '\0')
    hk_text_table_add_row (details, "", hk_repair_ticket_get_condition_note (ticket), NULL);
  hk_text_table_add_row (details, _("Warranty"),
                         hk_repair_warranty_get_title (hk_repair_ticket_get_warranty (ticket)),
                         NULL);
  if (hk_repair_ticket_get_warranty_proof (ticket) != NULL)
    hk_text_table_add_row (details, "", hk_repair_ticket_get_warranty_proof (ticket), NULL);
  hk_text_table_add_row (details, _("Estimated fee"), estimate, NULL);
  hk_text_table_add_row (details, _("Deposit"), deposit, NULL);
  hk_text_table_add_row (details, _("Promised"), hk_repair_ticket_get_promised_day (ticket),
                         NULL);
  hk_text_table_add_row (details, _("Technician"), hk_repair_ticket_get_technician_name (ticket),
                         NULL);
  hk_text_table_add_row (details, _("Fee"), fee, NULL);
  if (hk_repair_ticket_get_receipt_no (ticket) != NULL)
    hk_text_table_add_row (details, _("Receipt"), hk_repair_ticket_get_receipt_no (ticket), NULL);
  text = hk_text_table_render (details);
  g_print ("%s", text);
  g_clear_pointer (&text, g_free);

  if (lines->len > 0)
    {
      hk_text_table_align_right (fee_table, 0);
      hk_text_table_align_right (fee_table, 4);
      hk_text_table_add_row (fee_table, _("Line"), _("Kind"), _("Item"), _("Quantity"),
                             _("Amount"), NULL);
      for (guint i = 0; i < lines->len; i++)
        {
          HkRepairFeeLine *line = g_ptr_array_index (lines, i);
          g_autofree char *id = g_strdup_printf ("%lld", (long long)line->id);
          g_autofree char *item = g_strdup_printf ("%s %s", line->fee_item_code,
                                                   line->fee_item_name);
          g_autofree char *quantity = g_strdup_printf ("%lld", (long long)line->quantity);
          g_autofree char *amount = hk_money_format (line->amount);
          g_autofree char *shown = line->is_void
                                   /* Translators: a voided fee line's amount and reason */
                                   ? g_strdup_printf (_("%s (void: %s)"), amount,
                                                      line->void_reason)
                                   : g_strdup (amount);

          hk_text_table_add_row (fee_table, id, hk_repair_fee_kind_get_title (line->kind), item,
                                 quantity, shown, NULL);
        }
      text = hk_text_table_render (fee_table);
      g_print ("\n%s", text);
      g_clear_pointer (&text, g_free);
    }

  hk_text_table_add_row (timeline, _("When"), _("Who"), _("What"), NULL);
  for (guint i = 0; i < events->len; i++)
    {
      HkRepairEvent *event = g_ptr_array_index (events, i);
      g_autofree char *when = format_time (context, event->at, "%Y-%m-%d %H:%M");
      g_autofree char *what = hk_repair_event_describe (event);

      hk_text_table_add_row (timeline, when, event->by_name, what, NULL);
    }
  text = hk_text_table_render (timeline);
  g_print ("\n%s", text);

  return TRUE;
}

static gboolean
run_history (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *imei = NULL;
  const GOptionEntry entries[] = {
    { "imei", 0, 0, G_OPTION_ARG_STRING, &imei, N_("The device’s IMEI"), N_("IMEI") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) tickets = NULL;

  if (!hk_cli_subcommand (globals, "repairs history",
                          _("List every repair of one device, newest first."),
                          entries, args, error) ||
      !hk_cli_require_option (imei, "--imei", error))
    return FALSE;

  if (!(context = log_in_reader (globals, error)) ||
      !(tickets = hk_repair_store_history (hk_context_get_repair_store (context), imei, error)))
    return FALSE;

  print_tickets (context, tickets);

  return TRUE;
}

static gboolean
run_slip (HkCliGlobals  *globals,
          GStrv          args,
          GError       **error)
{
  g_autofree char *number = NULL;
  g_autofree char *path = NULL;
  const GOptionEntry entries[] = {
    { "ticket", 0, 0, G_OPTION_ARG_STRING, &number, N_("The ticket’s number"), N_("TICKET") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &path,
      N_("The PDF file to write"), N_("FILE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairSlip) slip = NULL;

  if (!hk_cli_subcommand (globals, "repairs slip",
                          _("Write a ticket’s intake slip, for the customer to sign, to a PDF "
                            "file."),
                          entries, args, error) ||
      !hk_cli_require_option (path, "--pdf", error))
    return FALSE;

  if (!(context = log_in_reader (globals, error)) ||
      !(ticket = lookup_ticket (context, number, error)) ||
      !(slip = hk_repair_slip_new_from_store (context, hk_repair_ticket_get_id (ticket), error)) ||
      !hk_repair_slip_save_pdf (slip, path, error))
    return FALSE;

  g_print (_("Wrote the intake slip of %s to %s.\n"), hk_repair_ticket_get_ticket_no (ticket),
           path);

  return TRUE;
}

static gboolean
run_batches (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Sent from this day"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Sent up to this day"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (5);
  g_autofree char *text = NULL;

  if (!hk_cli_subcommand (globals, "repairs batches",
                          _("List the dispatch batches sent to the city company, newest first."),
                          entries, args, error) ||
      (from != NULL && !hk_cli_day (from, "--from", error)) ||
      (to != NULL && !hk_cli_day (to, "--to", error)))
    return FALSE;

  if (!(context = log_in_reader (globals, error)) ||
      !(batches = hk_repair_store_list_batches (hk_context_get_repair_store (context), from, to,
                                                error)))
    return FALSE;

  if (batches->len == 0)
    {
      g_print ("%s\n", _("No dispatch batch."));
      return TRUE;
    }

  hk_text_table_align_right (table, 3);
  hk_text_table_align_right (table, 4);
  hk_text_table_add_row (table, _("Batch"), _("Day"), _("Courier"), _("Devices"), _("Back"),
                         NULL);
  for (guint i = 0; i < batches->len; i++)
    {
      HkRepairBatch *batch = g_ptr_array_index (batches, i);
      g_autofree char *n = g_strdup_printf ("%u", hk_repair_batch_get_n_items (batch));
      g_autofree char *back = g_strdup_printf ("%u", hk_repair_batch_get_n_returned (batch));

      hk_text_table_add_row (table, hk_repair_batch_get_batch_no (batch),
                             hk_repair_batch_get_dispatch_day (batch),
                             hk_repair_batch_get_courier (batch), n, back, NULL);
    }
  text = hk_text_table_render (table);
  g_print ("%s", text);

  return TRUE;
}

static gboolean
run_custody (HkCliGlobals  *globals,
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
  g_autoptr(HkRepairCustody) custody = NULL;
  g_autoptr(HkTextTable) statuses = hk_text_table_new (2);
  g_autoptr(HkTextTable) devices = hk_text_table_new (4);
  g_autoptr(HkTextTable) cash = hk_text_table_new (2);
  g_autoptr(HkTextTable) parts = hk_text_table_new (7);
  g_autofree char *text = NULL;
  struct
  {
    const char *label;
    gint64      fen;
  } sums[6];

  if (!hk_cli_subcommand (globals, "repairs custody",
                          _("The repair desk’s custody at the end of a day, for the technician’s "
                            "handover: devices by status, deposits and fees, the parts stock."),
                          entries, args, error) ||
      (day != NULL && !hk_cli_day (day, "--date", error)))
    return FALSE;

  if (!(context = log_in_reader (globals, error)))
    return FALSE;

  if (day == NULL)
    day = hk_hall_store_format_day (hk_context_get_hall_store (context),
                                    hk_database_get_now (hk_context_get_database (context)));

  if (!(custody = hk_repair_store_get_custody (hk_context_get_repair_store (context), day,
                                               error)))
    return FALSE;

  g_print (_("Custody at the end of %s\n\n"), day);

  hk_text_table_align_right (statuses, 1);
  for (guint s = 0; s < HK_REPAIR_N_STATUSES; s++)
    {
      g_autofree char *n = g_strdup_printf ("%u", custody->n_by_status[s]);

      hk_text_table_add_row (statuses, hk_repair_status_get_title (s), n, NULL);
    }
  text = hk_text_table_render (statuses);
  g_print ("%s\n", text);
  g_clear_pointer (&text, g_free);

  if (custody->devices->len > 0)
    {
      hk_text_table_add_row (devices, _("Ticket"), _("Device"), _("IMEI"), _("Status"), NULL);
      for (guint i = 0; i < custody->devices->len; i++)
        {
          HkRepairCustodyDevice *device = g_ptr_array_index (custody->devices, i);
          g_autofree char *status = device->overdue
                                    ? g_strdup_printf (_("%s, overdue"),
                                                       hk_repair_status_get_title (device->status))
                                    : g_strdup (hk_repair_status_get_title (device->status));

          hk_text_table_add_row (devices, device->ticket_no, device->device, device->imei, status,
                                 NULL);
        }
      text = hk_text_table_render (devices);
      g_print ("%s\n", text);
      g_clear_pointer (&text, g_free);
    }

  sums[0].label = _("Deposits taken");
  sums[0].fen = custody->deposits_taken;
  sums[1].label = _("Deposits paid as fees");
  sums[1].fen = custody->deposits_applied;
  sums[2].label = _("Deposits refunded");
  sums[2].fen = custody->deposits_refunded;
  sums[3].label = _("Deposits held");
  sums[3].fen = custody->deposits_held;
  sums[4].label = _("Fees on the technician’s receipts");
  sums[4].fen = custody->charged_on_shift;
  sums[5].label = _("Fees on clerks’ receipts");
  sums[5].fen = custody->charged_by_clerks;
  hk_text_table_align_right (cash, 1);
  for (guint i = 0; i < G_N_ELEMENTS (sums); i++)
    {
      g_autofree char *amount = hk_money_format (sums[i].fen);

      hk_text_table_add_row (cash, sums[i].label, amount, NULL);
    }
  text = hk_text_table_render (cash);
  g_print ("%s\n", text);
  g_clear_pointer (&text, g_free);

  if (custody->parts->len > 0)
    {
      for (guint c = 2; c < 7; c++)
        hk_text_table_align_right (parts, c);
      hk_text_table_add_row (parts, _("Part"), C_("repair part", "Name"), _("Opening"),
                             C_("parts stock", "Received"), _("Used"), _("Count differences"),
                             _("Closing"), NULL);
      for (guint i = 0; i < custody->parts->len; i++)
        {
          HkRepairCustodyPart *part = g_ptr_array_index (custody->parts, i);
          g_autofree char *opening = g_strdup_printf ("%lld", (long long)part->opening);
          g_autofree char *received = g_strdup_printf ("%lld", (long long)part->received);
          g_autofree char *used = g_strdup_printf ("%lld", (long long)part->used);
          g_autofree char *adjusted = g_strdup_printf ("%+lld", (long long)part->adjusted);
          g_autofree char *closing = g_strdup_printf ("%lld", (long long)part->closing);

          hk_text_table_add_row (parts, part->code, part->name, opening, received, used,
                                 adjusted, closing, NULL);
        }
      text = hk_text_table_render (parts);
      g_print ("%s", text);
    }

  return TRUE;
}

/* The repair register of a period, or the dispatch list of a batch, as text; with -o, as an
 * Excel workbook (or a PDF file) through the report writer. */
static gboolean
run_export (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *month = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *batch_no = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("The repair register of a month"),
      N_("YYYY-MM") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The register from this day"),
      N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The register up to this day"),
      N_("YYYY-MM-DD") },
    { "batch", 0, 0, G_OPTION_ARG_STRING, &batch_no, N_("The dispatch list of a batch"),
      N_("BATCH") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write it to this file instead: FILE.xlsx (Excel) or FILE.pdf"), N_("FILE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkReport) report = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;

  if (!hk_cli_subcommand (globals, "repairs export",
                          _("Print the repair register of a period (with turnaround times) or the "
                            "dispatch list of a batch, or write it to an Excel workbook."),
                          entries, args, error))
    return FALSE;

  if ((month != NULL) + (from != NULL || to != NULL) + (batch_no != NULL) != 1)
    {
      hk_cli_set_usage_error (error, _("give one of --month, --from and --to, or --batch"));
      return FALSE;
    }

  if (month != NULL && !parse_month (month, &first_day, &last_day, error))
    return FALSE;
  if (from != NULL || to != NULL)
    {
      if (!hk_cli_day (from, "--from", error) || !hk_cli_day (to, "--to", error))
        return FALSE;
      first_day = g_strdup (from);
      last_day = g_strdup (to);
    }

  if (!(context = log_in_reader (globals, error)))
    return FALSE;

  if (batch_no != NULL)
    {
      g_autoptr(HkRepairBatch) batch = NULL;

      if (!(batch = hk_repair_store_lookup_batch (hk_context_get_repair_store (context), batch_no,
                                                  error)) ||
          !(report = hk_repair_dispatch_report_build (context, hk_repair_batch_get_id (batch),
                                                      error)))
        return FALSE;
    }
  else if (!(report = hk_repair_register_report_build (context, first_day, last_day, error)))
    return FALSE;

  if (output == NULL)
    {
      print_report (report);
      return TRUE;
    }

  if (!hk_report_export (report, output, NULL, NULL, NULL, error))
    return FALSE;

  {
    g_autofree char *shown = g_filename_display_name (output);

    /* Translators: "Wrote Repair register — 2026-10-01 – 2026-10-31 to oct.xlsx." */
    g_print (_("Wrote %s — %s to %s.\n"), hk_report_get_title (report),
             hk_report_get_period_label (report), shown);
  }

  return TRUE;
}

static gboolean
run_dispatch_list (HkCliGlobals  *globals,
                   GStrv          args,
                   GError       **error)
{
  g_autofree char *batch_no = NULL;
  g_autofree char *path = NULL;
  const GOptionEntry entries[] = {
    { "batch", 0, 0, G_OPTION_ARG_STRING, &batch_no, N_("The batch’s number"), N_("BATCH") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &path,
      N_("The PDF file to write"), N_("FILE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkRepairBatch) batch = NULL;

  if (!hk_cli_subcommand (globals, "repairs dispatch-list",
                          _("Write a batch’s printable dispatch list to a PDF file."),
                          entries, args, error) ||
      !hk_cli_require_option (batch_no, "--batch", error) ||
      !hk_cli_require_option (path, "--pdf", error))
    return FALSE;

  if (!(context = log_in_reader (globals, error)) ||
      !(batch = hk_repair_store_lookup_batch (hk_context_get_repair_store (context), batch_no,
                                              error)) ||
      !write_dispatch_pdf (context, batch, path, error))
    return FALSE;

  g_print (_("Wrote the dispatch list of %s to %s.\n"), hk_repair_batch_get_batch_no (batch),
           path);

  return TRUE;
}

/* ---- parts ---- */

static gboolean
run_parts_list (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (5);
  g_autofree char *text = NULL;

  if (!hk_cli_subcommand (globals, "repairs parts list",
                          _("List the parts in stock, with their fee items and prices."),
                          NULL, args, error))
    return FALSE;

  if (!(context = log_in_reader (globals, error)) ||
      !(parts = hk_repair_part_store_list (hk_context_get_repair_part_store (context), error)))
    return FALSE;

  if (parts->len == 0)
    {
      g_print ("%s\n", _("No part."));
      return TRUE;
    }

  hk_text_table_align_right (table, 3);
  hk_text_table_align_right (table, 4);
  hk_text_table_add_row (table, _("Part"), C_("repair part", "Name"), _("Fee item"), _("Price"),
                         _("On hand"), NULL);
  for (guint i = 0; i < parts->len; i++)
    {
      HkRepairPart *part = g_ptr_array_index (parts, i);
      g_autofree char *price = hk_repair_part_get_price (part) >= 0
                               ? hk_money_format (hk_repair_part_get_price (part))
                               : g_strdup ("—");
      g_autofree char *on_hand = g_strdup_printf ("%lld",
                                                  (long long)hk_repair_part_get_on_hand (part));

      hk_text_table_add_row (table, hk_repair_part_get_code (part), hk_repair_part_get_name (part),
                             hk_repair_part_get_fee_item_code (part), price, on_hand, NULL);
    }
  text = hk_text_table_render (table);
  g_print ("%s", text);

  return TRUE;
}

static gboolean
run_parts_add (HkCliGlobals  *globals,
               GStrv          args,
               GError       **error)
{
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *item_code = NULL;
  const GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("The part’s code"), N_("CODE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The part’s name"), N_("NAME") },
    { "item", 0, 0, G_OPTION_ARG_STRING, &item_code,
      N_("The repair fee item that charges for it"), N_("CODE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkFeeItem) item = NULL;
  g_autoptr(HkRepairPart) part = NULL;

  if (!hk_cli_subcommand (globals, "repairs parts add",
                          _("Add a part to the stock’s list. Needs the repair technician role."),
                          entries, args, error) ||
      !hk_cli_require_option (code, "--code", error) ||
      !hk_cli_require_option (item_code, "--item", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(item = hk_fee_item_store_lookup (hk_context_get_fee_item_store (context), item_code,
                                         error)) ||
      !(part = hk_repair_part_store_add (hk_context_get_repair_part_store (context),
                                         hk_context_get_operator (context), code, name,
                                         hk_fee_item_get_id (item), error)))
    return FALSE;

  g_print (_("Added the part %s.\n"), hk_repair_part_get_code (part));

  return TRUE;
}

static gboolean
run_parts_move (HkCliGlobals  *globals,
                GStrv          args,
                gboolean       counting,
                GError       **error)
{
  g_autofree char *code = NULL;
  g_autofree char *number = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry receive_entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("The part’s code"), N_("CODE") },
    { "quantity", 0, 0, G_OPTION_ARG_STRING, &number, N_("How many came in"),
      N_("QUANTITY") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("Where they came from"), N_("TEXT") },
    { NULL }
  };
  const GOptionEntry count_entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("The part’s code"), N_("CODE") },
    { "counted", 0, 0, G_OPTION_ARG_STRING, &number, N_("How many are on the shelf"),
      N_("QUANTITY") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note,
      N_("Why the count differs from the stock (required when it does)"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkRepairPart) part = NULL;
  g_autoptr(HkRepairPart) after = NULL;
  HkRepairPartStore *store;
  gint64 quantity = 0;

  if (!hk_cli_subcommand (globals, counting ? "repairs parts count" : "repairs parts receive",
                          counting ? _("Record a count of a part. A count that differs from the "
                                       "stock needs a note; the difference is recorded. Needs "
                                       "the repair technician or duty manager role.")
                                   : _("Receive parts into the stock. Needs the repair "
                                       "technician role."),
                          counting ? count_entries : receive_entries, args, error) ||
      !hk_cli_require_option (code, "--code", error) ||
      !parse_count (number, counting ? "--counted" : "--quantity", counting ? 0 : 1, &quantity,
                     error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  store = hk_context_get_repair_part_store (context);
  if (!(part = hk_repair_part_store_lookup (store, code, error)))
    return FALSE;

  after = counting ? hk_repair_part_store_count (store, hk_context_get_operator (context), part,
                                                 quantity, note, error)
                   : hk_repair_part_store_receive (store, hk_context_get_operator (context), part,
                                                   quantity, note, error);
  if (after == NULL)
    return FALSE;

  g_print (_("%s: %lld on hand.\n"), hk_repair_part_get_code (after),
           (long long)hk_repair_part_get_on_hand (after));

  return TRUE;
}

static gboolean
run_parts_receive (HkCliGlobals  *globals,
                   GStrv          args,
                   GError       **error)
{
  return run_parts_move (globals, args, FALSE, error);
}

static gboolean
run_parts_count (HkCliGlobals  *globals,
                 GStrv          args,
                 GError       **error)
{
  return run_parts_move (globals, args, TRUE, error);
}

static const HkCliCommand parts_commands[] = {
  { "list", N_("List the parts and their stock"), run_parts_list },
  { "add", N_("Add a part"), run_parts_add },
  { "receive", N_("Receive parts into the stock"), run_parts_receive },
  { "count", N_("Record a count of a part"), run_parts_count },
};

static gboolean
run_parts (HkCliGlobals  *globals,
           GStrv          args,
           GError       **error)
{
  return hk_cli_run_subcommand (globals, "repairs parts",
                                _("The repair desk’s parts stock: list, add, receive, count."),
                                parts_commands, G_N_ELEMENTS (parts_commands), args, error);
}

static const HkCliCommand repairs_commands[] = {
  { "intake", N_("Register a device for repair"), run_intake },
  { "status", N_("Move a ticket to another status"), run_status },
  { "dispatch", N_("Send tickets to the city company in a batch"), run_dispatch },
  { "return", N_("Receive a device back from the city company"), run_return },
  { "fee", N_("Add a fee line or use a part"), run_fee },
  { "void-fee", N_("Void a fee line"), run_void_fee },
  { "callback", N_("Record a call to the customer"), run_callback },
  { "pickup", N_("Hand a device back and charge its fee"), run_pickup },
  { "list", N_("List tickets, overdue ones, or the callback list"), run_list },
  { "show", N_("Show a ticket with its fees and timeline"), run_show },
  { "history", N_("List the repairs of a device by its IMEI"), run_history },
  { "slip", N_("Write a ticket’s intake slip as PDF"), run_slip },
  { "batches", N_("List the dispatch batches"), run_batches },
  { "dispatch-list", N_("Write a batch’s dispatch list as PDF"), run_dispatch_list },
  { "custody", N_("Show the desk’s custody at the end of a day"), run_custody },
  { "parts", N_("List, add, receive and count parts"), run_parts },
  { "export", N_("The repair register or a dispatch list, as text or an Excel workbook"),
    run_export },
};

gboolean
hk_cli_repairs (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  return hk_cli_run_subcommand (globals, "repairs",
                                _("The repair desk: intake, status, the city company, fees, "
                                  "pickup, parts and the register."),
                                repairs_commands, G_N_ELEMENTS (repairs_commands), args, error);
}
