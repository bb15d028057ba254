/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cli-stock.c: hallkeeper-cli stock and numbers: card stock and number stock from the
 * command line.
 *
 * Every subcommand logs the --operator in and calls the card stock or number pool store with
 * them as the actor, so the rules (runs of serials that split and join, the handover
 * equation, reservations and their expiry) and the audit entries are those of the window.
 * "stock count" prints the day's count, the report the window shows, and writes it to a
 * file with -o (FILE.xlsx, or FILE.pdf). "stock request" prints the new requisition's number
 * and "stock handover" the handover's, so that a script can keep them.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-cli-stock.h"

#include "core/hk-card-stock-store.h"
#include "core/hk-error.h"
#include "core/hk-money.h"
#include "core/hk-number-pool-store.h"
#include "core/hk-permission.h"
#include "core/hk-privacy.h"
#include "reports/hk-card-stock-report.h"
#include "reports/hk-report-export.h"
#include "reports/hk-report-text.h"
#include "reports/hk-text-table.h"

/* Who may read the card and number stock. */
#define READER_ROLES (HK_ROLE_SUPERVISOR | HK_ROLE_DUTY_MANAGER | HK_ROLE_AUDITOR | HK_ROLE_CLERK)

/* ---- options ---- */

static gboolean
parse_count (const char  *value,
             const char  *option,
             gint64      *count,
             GError     **error)
{
  if (!hk_cli_require_option (value, option, error))
    return FALSE;

  if (!g_ascii_string_to_signed (value, 10, 0, G_MAXINT32, count, NULL))
    {
      hk_cli_set_usage_error (error, _("%s: “%s” is not a whole number"), option, value);
      return FALSE;
    }

  return TRUE;
}

static HkContext *
log_in_reader (HkCliGlobals  *globals,
               const char    *what,
               GError       **error)
{
  g_autoptr(HkContext) context = NULL;

  if (!(context = hk_cli_login (globals, error)) ||
      !hk_permission_require (hk_context_get_database (context),
                              hk_context_get_operator (context), READER_ROLES, what, error))
    return NULL;

  return g_steal_pointer (&context);
}

static HkCardType *
lookup_type (HkContext   *context,
             const char  *code,
             GError     **error)
{
  return hk_card_stock_store_lookup_type_code (hk_context_get_card_stock_store (context), code,
                                               error);
}

static HkOperator *
lookup_operator (HkContext   *context,
                 const char  *login,
                 GError     **error)
{
  return hk_operator_store_lookup (hk_context_get_operator_store (context), login, error);
}

static char *
holder_name (HkContext *context,
             gint64     holder_id)
{
  g_autoptr(HkOperator) op = NULL;

  if (holder_id <= 0)
    return g_strdup (_("hall stock"));

  op = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context), holder_id, NULL);

  return g_strdup (op != NULL ? hk_operator_get_login (op) : "?");
}

static char *
format_time (HkContext *context,
             gint64     unix_seconds)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_seconds == 0)
    return g_strdup ("");

  utc = g_date_time_new_from_unix_utc (unix_seconds);
  local = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (
                                          hk_context_get_hall_store (context)));

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static void
print_table (HkTextTable *table,
             const char  *empty)
{
  g_autofree char *text = hk_text_table_render (table);

  g_print ("%s", text);
  if (empty != NULL)
    g_print ("%s\n", empty);
}

/* Prints @report, and writes it to @output (.xlsx or .pdf) when one is given. */
static gboolean
show_report (HkReport    *report,
             const char  *output,
             GError     **error)
{
  g_autofree char *text = NULL;

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

/* ---- stock: card types ---- */

static gboolean
run_types (HkCliGlobals  *globals,
           GStrv          args,
           GError       **error)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) types = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (8);
  HkCardStockStore *store;

  if (!hk_cli_subcommand (globals, "stock types",
                          _("List the card types with what the hall and the clerks hold."),
                          entries, args, error) ||
      !(context = log_in_reader (globals, _("Reading the card stock"), error)))
    return FALSE;

  store = hk_context_get_card_stock_store (context);
  if (!(types = hk_card_stock_store_list_types (store, error)))
    return FALSE;

  hk_text_table_add_row (table, _("Code"), _("Name"), _("Kind"), _("Face value"),
                         _("Serial digits"), _("Sold as"), _("Hall stock"), _("With clerks"),
                         NULL);
  for (guint c = 3; c < 8; c++)
    if (c != 5)
      hk_text_table_align_right (table, c);

  for (guint i = 0; i < types->len; i++)
    {
      HkCardType *type = g_ptr_array_index (types, i);
      g_autoptr(HkFeeItem) item = NULL;
      g_autofree char *face = NULL;
      g_autofree char *digits = g_strdup_printf ("%u", hk_card_type_get_serial_length (type));
      g_autofree char *hall = NULL;
      g_autofree char *clerks = NULL;
      gint64 in_hall;
      gint64 all = 0;
      g_autoptr(GPtrArray) segments = NULL;

      face = hk_card_type_get_face_value (type) > 0
             ? hk_money_format (hk_card_type_get_face_value (type)) : g_strdup ("");
      if (hk_card_type_get_fee_item_id (type) != 0)
        item = hk_fee_item_store_lookup_by_id (hk_context_get_fee_item_store (context),
                                               hk_card_type_get_fee_item_id (type), NULL);
      in_hall = hk_card_stock_store_count_held (store, hk_card_type_get_id (type), 0, NULL);
      segments = hk_card_stock_store_list_segments (store, hk_card_type_get_id (type), -1, NULL);
      for (guint s = 0; segments != NULL && s < segments->len; s++)
        {
          HkCardSegment *segment = g_ptr_array_index (segments, s);
          all += segment->last_no - segment->first_no + 1;
        }
      hall = g_strdup_printf ("%lld", (long long)in_hall);
      clerks = g_strdup_printf ("%lld", (long long)(all - in_hall));

      hk_text_table_add_row (table, hk_card_type_get_code (type), hk_card_type_get_name (type),
                             hk_card_kind_get_title (hk_card_type_get_kind (type)), face, digits,
                             item != NULL ? hk_fee_item_get_code (item) : "", hall, clerks, NULL);
    }

  print_table (table, types->len == 0 ? _("No card types.") : NULL);

  return TRUE;
}

static gboolean
run_add_type (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *kind_id = NULL;
  g_autofree char *face = NULL;
  g_autofree char *length = NULL;
  g_autofree char *fee_item = NULL;
  const GOptionEntry entries[] = {
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("The card type’s code"), N_("CODE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Its name"), N_("NAME") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_id, N_("sim or value"), N_("KIND") },
    { "face-value", 0, 0, G_OPTION_ARG_STRING, &face, N_("A value card’s face value in yuan"),
      N_("AMOUNT") },
    { "serial-length", 0, 0, G_OPTION_ARG_STRING, &length,
      N_("How many digits its serials have (6 to 20)"), N_("N") },
    { "fee-item", 0, 0, G_OPTION_ARG_STRING, &fee_item,
      N_("The fee item that sells it: its receipt lines name the serials"), N_("CODE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(HkFeeItem) item = NULL;
  HkCardKind kind = HK_CARD_KIND_SIM;
  gint64 face_value = 0;
  gint64 serial_length = 0;

  if (!hk_cli_subcommand (globals, "stock add-type",
                          _("Add a card type. Needs the hall supervisor role."), entries, args,
                          error) ||
      !hk_cli_require_option (code, "--code", error) ||
      !hk_cli_require_option (name, "--name", error) ||
      !hk_cli_require_option (kind_id, "--kind", error) ||
      !parse_count (length, "--serial-length", &serial_length, error) ||
      !hk_cli_amount (face, "--face-value", FALSE, &face_value, error))
    return FALSE;

  if (!hk_card_kind_from_id (kind_id, &kind))
    {
      hk_cli_set_usage_error (error, _("--kind: “%s” is not sim or value"), kind_id);
      return FALSE;
    }

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  if (fee_item != NULL &&
      !(item = hk_fee_item_store_lookup (hk_context_get_fee_item_store (context), fee_item,
                                         error)))
    return FALSE;

  if (!(type = hk_card_stock_store_add_type (hk_context_get_card_stock_store (context),
                                             hk_context_get_operator (context), code, name, kind,
                                             face_value, (guint)serial_length,
                                             item != NULL ? hk_fee_item_get_id (item) : 0, error)))
    return FALSE;

  g_print (_("Added the card type %s.\n"), hk_card_type_get_code (type));

  return TRUE;
}

/* ---- stock: requisitions and moves ---- */

static gboolean
run_request (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *type_code = NULL;
  g_autofree char *quantity_text = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_code, N_("The card type"), N_("CODE") },
    { "quantity", 0, 0, G_OPTION_ARG_STRING, &quantity_text, N_("How many cards"), N_("N") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note, e.g. the city company’s order"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(HkCardRequisition) requisition = NULL;
  gint64 quantity = 0;

  if (!hk_cli_subcommand (globals, "stock request",
                          _("Requisition cards from the city company and print the "
                            "requisition’s number. Needs the hall supervisor role."),
                          entries, args, error) ||
      !hk_cli_require_option (type_code, "--type", error) ||
      !parse_count (quantity_text, "--quantity", &quantity, error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(type = lookup_type (context, type_code, error)) ||
      !(requisition = hk_card_stock_store_request (hk_context_get_card_stock_store (context),
                                                   hk_context_get_operator (context), type,
                                                   quantity, note, error)))
    return FALSE;

  g_print ("%lld\n", (long long)hk_card_requisition_get_id (requisition));

  return TRUE;
}

static gboolean
run_receive (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *id_text = NULL;
  g_autofree char *serials = NULL;
  const GOptionEntry entries[] = {
    { "requisition", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The requisition’s number"),
      N_("N") },
    { "serials", 0, 0, G_OPTION_ARG_STRING, &serials,
      N_("The serials that arrived: FIRST-LAST runs or single serials, separated by commas"),
      N_("SERIALS") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCardRequisition) requisition = NULL;
  g_autoptr(HkCardRequisition) received = NULL;
  HkCardStockStore *store;
  gint64 id = 0;

  if (!hk_cli_subcommand (globals, "stock receive",
                          _("Receive cards of a requisition into the hall’s stock. Needs the "
                            "hall supervisor role."), entries, args, error) ||
      !parse_count (id_text, "--requisition", &id, error) ||
      !hk_cli_require_option (serials, "--serials", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  store = hk_context_get_card_stock_store (context);
  if (!(requisition = hk_card_stock_store_lookup_requisition (store, id, error)) ||
      !(received = hk_card_stock_store_receive (store, hk_context_get_operator (context),
                                                requisition, serials, error)))
    return FALSE;

  g_print (_("Requisition %lld: %lld of %lld cards received.\n"), (long long)id,
           (long long)hk_card_requisition_get_received (received),
           (long long)hk_card_requisition_get_quantity (received));

  return TRUE;
}

static gboolean
run_requisitions (HkCliGlobals  *globals,
                  GStrv          args,
                  GError       **error)
{
  gboolean open_only = FALSE;
  const GOptionEntry entries[] = {
    { "open", 0, 0, G_OPTION_ARG_NONE, &open_only, N_("Only those still waiting for cards"),
      NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (6);
  static const char *status_titles[] = { N_("requested"), N_("partly received"), N_("received"),
                                         N_("closed short") };

  if (!hk_cli_subcommand (globals, "stock requisitions", _("List the requisitions, newest first."),
                          entries, args, error) ||
      !(context = log_in_reader (globals, _("Reading the card stock"), error)) ||
      !(list = hk_card_stock_store_list_requisitions (hk_context_get_card_stock_store (context),
                                                      open_only, error)))
    return FALSE;

  hk_text_table_add_row (table, _("No."), _("Requested"), _("Card type"), _("Quantity"),
                         C_("cards", "Received"), _("Status"), NULL);
  hk_text_table_align_right (table, 0);
  hk_text_table_align_right (table, 3);
  hk_text_table_align_right (table, 4);

  for (guint i = 0; i < list->len; i++)
    {
      HkCardRequisition *q = g_ptr_array_index (list, i);
      g_autofree char *id = g_strdup_printf ("%lld", (long long)hk_card_requisition_get_id (q));
      g_autofree char *at = format_time (context, hk_card_requisition_get_requested_at (q));
      g_autofree char *quantity = g_strdup_printf ("%lld",
                                                   (long long)hk_card_requisition_get_quantity (q));
      g_autofree char *received = g_strdup_printf ("%lld",
                                                   (long long)hk_card_requisition_get_received (q));

      hk_text_table_add_row (table, id, at, hk_card_requisition_get_card_type_name (q), quantity,
                             received, _(status_titles[hk_card_requisition_get_status (q)]), NULL);
    }

  print_table (table, list->len == 0 ? _("No requisitions.") : NULL);

  return TRUE;
}

static gboolean
run_move (HkCliGlobals  *globals,
          GStrv          args,
          gboolean       allocate,
          GError       **error)
{
  g_autofree char *type_code = NULL;
  g_autofree char *serials = NULL;
  g_autofree char *clerk_login = NULL;
  const GOptionEntry entries[] = {
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_code, N_("The card type"), N_("CODE") },
    { "serials", 0, 0, G_OPTION_ARG_STRING, &serials,
      N_("FIRST-LAST runs or single serials, separated by commas"), N_("SERIALS") },
    { "clerk", 0, 0, G_OPTION_ARG_STRING, &clerk_login, N_("The counter clerk"), N_("LOGIN") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(HkOperator) clerk = NULL;
  HkCardStockStore *store;
  gboolean ok;

  if (!hk_cli_subcommand (globals, allocate ? "stock allocate" : "stock return",
                          allocate ? _("Allocate cards from the hall’s stock to a clerk. Needs "
                                       "the hall supervisor role.")
                                   : _("Take a clerk’s unsold cards back into the hall’s stock. "
                                       "Needs the hall supervisor role."),
                          entries, args, error) ||
      !hk_cli_require_option (type_code, "--type", error) ||
      !hk_cli_require_option (serials, "--serials", error) ||
      !hk_cli_require_option (clerk_login, "--clerk", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(type = lookup_type (context, type_code, error)) ||
      !(clerk = lookup_operator (context, clerk_login, error)))
    return FALSE;

  store = hk_context_get_card_stock_store (context);
  ok = allocate ? hk_card_stock_store_allocate (store, hk_context_get_operator (context), type,
                                                serials, clerk, error)
                : hk_card_stock_store_return (store, hk_context_get_operator (context), type,
                                              serials, clerk, error);
  if (!ok)
    return FALSE;

  g_print (_("%s now holds %lld cards of %s.\n"), hk_operator_get_login (clerk),
           (long long)hk_card_stock_store_count_held (store, hk_card_type_get_id (type),
                                                      hk_operator_get_id (clerk), NULL),
           hk_card_type_get_code (type));

  return TRUE;
}

static gboolean
run_allocate (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  return run_move (globals, args, TRUE, error);
}

static gboolean
run_return (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  return run_move (globals, args, FALSE, error);
}

static gboolean
run_held (HkCliGlobals  *globals,
          GStrv          args,
          GError       **error)
{
  g_autofree char *type_code = NULL;
  g_autofree char *clerk_login = NULL;
  gboolean hall_only = FALSE;
  const GOptionEntry entries[] = {
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_code, N_("Only this card type"), N_("CODE") },
    { "clerk", 0, 0, G_OPTION_ARG_STRING, &clerk_login, N_("Only what this clerk holds"),
      N_("LOGIN") },
    { "hall", 0, 0, G_OPTION_ARG_NONE, &hall_only, N_("Only the hall’s stock"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(HkOperator) clerk = NULL;
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (4);
  HkCardStockStore *store;

  if (!hk_cli_subcommand (globals, "stock held",
                          _("List the runs of serials held now, by card type and holder."),
                          entries, args, error) ||
      !(context = log_in_reader (globals, _("Reading the card stock"), error)))
    return FALSE;

  if ((type_code != NULL && !(type = lookup_type (context, type_code, error))) ||
      (clerk_login != NULL && !(clerk = lookup_operator (context, clerk_login, error))))
    return FALSE;

  store = hk_context_get_card_stock_store (context);
  if (!(segments = hk_card_stock_store_list_segments (store,
                                                      type != NULL ? hk_card_type_get_id (type)
                                                                   : 0,
                                                      clerk != NULL ? hk_operator_get_id (clerk)
                                                      : hall_only ? 0 : -1, error)))
    return FALSE;

  hk_text_table_add_row (table, _("Card type"), _("Holder"), _("Serials"), _("Cards"), NULL);
  hk_text_table_align_right (table, 3);

  for (guint i = 0; i < segments->len; i++)
    {
      HkCardSegment *segment = g_ptr_array_index (segments, i);
      g_autoptr(HkCardType) segment_type = NULL;
      g_autoptr(HkCardRun) run = hk_card_run_new (segment->prefix, segment->first_no,
                                                  segment->last_no);
      g_autofree char *holder = holder_name (context, segment->holder_id);
      g_autofree char *text = NULL;
      g_autofree char *n = g_strdup_printf ("%lld",
                                            (long long)(segment->last_no - segment->first_no + 1));

      if (!(segment_type = hk_card_stock_store_lookup_type (store, segment->card_type_id, error)))
        return FALSE;
      text = hk_card_type_format_run (segment_type, run);
      hk_text_table_add_row (table, hk_card_type_get_code (segment_type), holder, text, n, NULL);
    }

  print_table (table, segments->len == 0 ? _("No cards held.") : NULL);

  return TRUE;
}

static gboolean
run_serial (HkCliGlobals  *globals,
            GStrv          args,
            GError       **error)
{
  g_autofree char *type_code = NULL;
  g_autofree char *serial = NULL;
  const GOptionEntry entries[] = {
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_code, N_("The card type"), N_("CODE") },
    { "serial", 0, 0, G_OPTION_ARG_STRING, &serial, N_("The serial"), N_("SERIAL") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (5);

  if (!hk_cli_subcommand (globals, "stock serial",
                          _("Show where one serial came from, who held it and where it went."),
                          entries, args, error) ||
      !hk_cli_require_option (type_code, "--type", error) ||
      !hk_cli_require_option (serial, "--serial", error) ||
      !(context = log_in_reader (globals, _("Reading the card stock"), error)) ||
      !(type = lookup_type (context, type_code, error)) ||
      !(history = hk_card_stock_store_serial_history (hk_context_get_card_stock_store (context),
                                                      type, serial, error)))
    return FALSE;

  hk_text_table_add_row (table, _("When"), _("What"), _("From"), _("To"), _("Receipt"), NULL);
  for (guint i = 0; i < history->len; i++)
    {
      HkCardMovement *move = g_ptr_array_index (history, i);
      g_autofree char *at = format_time (context, move->at);
      g_autofree char *from = move->kind == HK_CARD_MOVE_RECEIVE || move->kind == HK_CARD_MOVE_VOID
                              ? g_strdup ("") : holder_name (context, move->from_holder);
      g_autofree char *to = move->kind == HK_CARD_MOVE_SALE
                            ? g_strdup ("") : holder_name (context, move->to_holder);

      hk_text_table_add_row (table, at, hk_card_move_kind_get_title (move->kind), from, to,
                             move->receipt_no != NULL ? move->receipt_no : "", NULL);
    }

  print_table (table, history->len == 0 ? _("The serial was never received.") : NULL);

  return TRUE;
}

static gboolean
run_record_sale (HkCliGlobals  *globals,
                 GStrv          args,
                 GError       **error)
{
  g_autofree char *number = NULL;
  g_autofree char *line_text = NULL;
  g_autofree char *serials = NULL;
  const GOptionEntry entries[] = {
    { "receipt", 0, 0, G_OPTION_ARG_STRING, &number, N_("The imported receipt’s number"),
      N_("CODE-NUMBER") },
    { "line", 0, 0, G_OPTION_ARG_STRING, &line_text, N_("Its line, from 1"), N_("N") },
    { "serials", 0, 0, G_OPTION_ARG_STRING, &serials, N_("The serials that line sold"),
      N_("SERIALS") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  gint64 line = 0;

  if (!hk_cli_subcommand (globals, "stock record-sale",
                          _("Record the serials an imported receipt’s card line sold: the clerk "
                            "of the receipt, or an auditor."), entries, args, error) ||
      !hk_cli_require_option (number, "--receipt", error) ||
      !parse_count (line_text, "--line", &line, error) ||
      !hk_cli_require_option (serials, "--serials", error) ||
      !(context = hk_cli_login (globals, error)) ||
      !(receipt = hk_receipt_store_lookup_number (hk_context_get_receipt_store (context), number,
                                                  error)) ||
      !hk_card_stock_store_record_sale (hk_context_get_card_stock_store (context),
                                        hk_context_get_operator (context), receipt, (guint)line,
                                        serials, error))
    return FALSE;

  g_print (_("Recorded.\n"));

  return TRUE;
}

/* ---- stock: handovers ---- */

/* --count CODE=N or CODE=N:EXPLANATION */
static gboolean
parse_counts (HkContext   *context,
              GStrv        texts,
              GArray      *counts,
              GPtrArray   *keep,
              GError     **error)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      const char *equals = strchr (texts[i], '=');
      g_autofree char *code = NULL;
      g_autoptr(HkCardType) type = NULL;
      HkCardCount count = { 0 };
      const char *colon;
      gint64 n = 0;

      if (equals == NULL)
        {
          hk_cli_set_usage_error (error, _("--count: “%s” is not CODE=N or CODE=N:EXPLANATION"),
                                  texts[i]);
          return FALSE;
        }

      code = g_strndup (texts[i], (gsize)(equals - texts[i]));
      colon = strchr (equals, ':');
      {
        g_autofree char *number = colon != NULL ? g_strndup (equals + 1,
                                                             (gsize)(colon - equals - 1))
                                                : g_strdup (equals + 1);

        if (!parse_count (number, "--count", &n, error))
          return FALSE;
      }

      if (!(type = lookup_type (context, code, error)))
        return FALSE;

      count.card_type_id = hk_card_type_get_id (type);
      count.counted = n;
      if (colon != NULL)
        {
          char *explanation = g_strdup (colon + 1);

          g_ptr_array_add (keep, explanation);
          count.explanation = explanation;
        }
      g_array_append_val (counts, count);
    }

  return TRUE;
}

static void
print_handover (HkContext      *context,
                HkCardHandover *handover)
{
  g_autoptr(HkTextTable) table = hk_text_table_new (9);
  g_autofree char *receiver = holder_name (context, hk_card_handover_get_receiver_id (handover));
  g_autofree char *clerk = holder_name (context, hk_card_handover_get_clerk_id (handover));

  if (hk_card_handover_get_id (handover) == 0)
    g_print (_("The cards of %s as the records have them now (nothing is handed over):\n"),
             clerk);
  else
    g_print (_("Handover %lld of %s on %s, taken over by %s%s\n"),
             (long long)hk_card_handover_get_id (handover), clerk,
             hk_card_handover_get_business_day (handover), receiver,
             hk_card_handover_is_acknowledged (handover) ? _(" (acknowledged)") : "");

  hk_text_table_add_row (table, _("Card type"), _("Begin"), C_("cards", "Received"),
                         C_("cards", "Sold"), C_("cards", "Returned"), _("End"), _("Counted"),
                         _("Difference"), _("Explanation"), NULL);
  for (guint c = 1; c < 8; c++)
    hk_text_table_align_right (table, c);

  for (guint i = 0; i < hk_card_handover_get_n_lines (handover); i++)
    {
      const HkCardHandoverLine *line = hk_card_handover_get_line (handover, i);
      gint64 difference = hk_card_handover_line_get_difference (line);
      char *cells[8] = { 0 };
      gint64 values[] = { line->begin, line->received, line->sold, line->returned, line->end,
                          line->counted, difference };

      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        cells[v] = g_strdup_printf ("%lld", (long long)values[v]);

      hk_text_table_add_row (table, line->card_type_name, cells[0], cells[1], cells[2], cells[3],
                             cells[4], cells[5], cells[6],
                             line->explanation != NULL ? line->explanation
                             : difference != 0 ? _("not explained") : "", NULL);

      for (guint v = 0; v < G_N_ELEMENTS (values); v++)
        g_free (cells[v]);
    }

  print_table (table, hk_card_handover_get_n_lines (handover) == 0 ? _("No cards.") : NULL);
}

static gboolean
run_handover (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  g_autofree char *receiver_login = NULL;
  g_auto(GStrv) count_texts = NULL;
  gboolean show_only = FALSE;
  const GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &receiver_login,
      N_("The clerk who takes the cards over (yourself when you keep them)"), N_("LOGIN") },
    { "count", 0, 0, G_OPTION_ARG_STRING_ARRAY, &count_texts,
      N_("What you counted of a card type, with an explanation when it differs"),
      N_("CODE=N[:EXPLANATION]") },
    { "show", 0, 0, G_OPTION_ARG_NONE, &show_only,
      N_("Only show the figures the records give, write nothing"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkOperator) receiver = NULL;
  g_autoptr(HkCardHandover) handover = NULL;
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (HkCardCount));
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  HkCardStockStore *store;

  if (!hk_cli_subcommand (globals, "stock handover",
                          _("Hand over your cards at the end of your shift and print the "
                            "handover’s number: per card type, begin + received − sold − "
                            "returned = end beside your count. Needs the counter clerk role."),
                          entries, args, error))
    return FALSE;

  if (!show_only && !hk_cli_require_option (receiver_login, "--to", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)))
    return FALSE;

  store = hk_context_get_card_stock_store (context);

  if (show_only)
    {
      if (!(handover = hk_card_stock_store_prepare_handover (
              store, hk_operator_get_id (hk_context_get_operator (context)), error)))
        return FALSE;
      print_handover (context, handover);
      return TRUE;
    }

  if (!(receiver = lookup_operator (context, receiver_login, error)) ||
      !parse_counts (context, count_texts, counts, keep, error) ||
      !(handover = hk_card_stock_store_hand_over (store, hk_context_get_operator (context),
                                                  receiver,
                                                  (const HkCardCount *)(gpointer)counts->data,
                                                  counts->len, error)))
    return FALSE;

  g_print ("%lld\n", (long long)hk_card_handover_get_id (handover));

  return TRUE;
}

static gboolean
run_explain (HkCliGlobals  *globals,
             GStrv          args,
             GError       **error)
{
  g_autofree char *id_text = NULL;
  g_autofree char *type_code = NULL;
  g_autofree char *explanation = NULL;
  const GOptionEntry entries[] = {
    { "handover", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The handover’s number"), N_("N") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_code, N_("The card type"), N_("CODE") },
    { "explanation", 0, 0, G_OPTION_ARG_STRING, &explanation, N_("Why the count differs"),
      N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(HkCardHandover) handover = NULL;
  g_autoptr(HkCardHandover) explained = NULL;
  HkCardStockStore *store;
  gint64 id = 0;

  if (!hk_cli_subcommand (globals, "stock explain",
                          _("Explain a handover’s difference: the clerk who handed over, or the "
                            "hall supervisor."), entries, args, error) ||
      !parse_count (id_text, "--handover", &id, error) ||
      !hk_cli_require_option (type_code, "--type", error) ||
      !hk_cli_require_option (explanation, "--explanation", error))
    return FALSE;

  if (!(context = hk_cli_login (globals, error)) ||
      !(type = lookup_type (context, type_code, error)))
    return FALSE;

  store = hk_context_get_card_stock_store (context);
  if (!(handover = hk_card_stock_store_lookup_handover (store, id, error)) ||
      !(explained = hk_card_stock_store_explain (store, hk_context_get_operator (context),
                                                 handover, hk_card_type_get_id (type),
                                                 explanation, error)))
    return FALSE;

  g_print (_("Explained.\n"));

  return TRUE;
}

static gboolean
run_acknowledge (HkCliGlobals  *globals,
                 GStrv          args,
                 GError       **error)
{
  g_autofree char *id_text = NULL;
  const GOptionEntry entries[] = {
    { "handover", 0, 0, G_OPTION_ARG_STRING, &id_text, N_("The handover’s number"), N_("N") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkCardHandover) handover = NULL;
  g_autoptr(HkCardHandover) acknowledged = NULL;
  HkCardStockStore *store;
  gint64 id = 0;

  if (!hk_cli_subcommand (globals, "stock acknowledge",
                          _("Acknowledge a handover whose cards you take over."), entries, args,
                          error) ||
      !parse_count (id_text, "--handover", &id, error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  store = hk_context_get_card_stock_store (context);
  if (!(handover = hk_card_stock_store_lookup_handover (store, id, error)) ||
      !(acknowledged = hk_card_stock_store_acknowledge (store, hk_context_get_operator (context),
                                                        handover, error)))
    return FALSE;

  g_print (_("Acknowledged.\n"));

  return TRUE;
}

static gboolean
run_handovers (HkCliGlobals  *globals,
               GStrv          args,
               GError       **error)
{
  g_autofree char *day = NULL;
  gboolean pending = FALSE;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The handovers of this day"),
      N_("YYYY-MM-DD") },
    { "pending", 0, 0, G_OPTION_ARG_NONE, &pending, N_("Those not yet acknowledged"), NULL },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) list = NULL;
  HkCardStockStore *store;

  if (!hk_cli_subcommand (globals, "stock handovers",
                          _("Show the handovers of a day, or those waiting for acknowledgement."),
                          entries, args, error))
    return FALSE;

  if (!pending && !hk_cli_day (day, "--date", error))
    return FALSE;

  if (!(context = log_in_reader (globals, _("Reading the card stock"), error)))
    return FALSE;

  store = hk_context_get_card_stock_store (context);
  list = pending ? hk_card_stock_store_list_pending (store, 0, error)
                 : hk_card_stock_store_list_handovers (store, day, day, 0, error);
  if (list == NULL)
    return FALSE;

  for (guint i = 0; i < list->len; i++)
    {
      if (i > 0)
        g_print ("\n");
      print_handover (context, g_ptr_array_index (list, i));
    }

  if (list->len == 0)
    g_print ("%s\n", _("No handovers."));

  return TRUE;
}

static gboolean
run_count (HkCliGlobals  *globals,
           GStrv          args,
           GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &day, N_("The business day"), N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the count to this file instead (.xlsx or .pdf)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkReport) report = NULL;

  if (!hk_cli_subcommand (globals, "stock count",
                          _("Print the day’s count of sold and held cards per clerk and for the "
                            "hall, with the day’s handovers."), entries, args, error) ||
      !hk_cli_day (day, "--date", error) ||
      !(context = log_in_reader (globals, _("Reading the card stock"), error)) ||
      !(report = hk_card_stock_report_build (context, day, error)))
    return FALSE;

  return show_report (report, output, error);
}

static const HkCliCommand stock_commands[] = {
  { "types", N_("List the card types and their stock"), run_types },
  { "add-type", N_("Add a card type"), run_add_type },
  { "request", N_("Requisition cards from the city company"), run_request },
  { "receive", N_("Receive the cards of a requisition"), run_receive },
  { "requisitions", N_("List the requisitions"), run_requisitions },
  { "allocate", N_("Allocate cards to a clerk"), run_allocate },
  { "return", N_("Take a clerk’s cards back into the hall’s stock"), run_return },
  { "held", N_("List the runs of serials held now"), run_held },
  { "serial", N_("Show the history of one serial"), run_serial },
  { "record-sale", N_("Record the serials of an imported receipt’s card line"),
    run_record_sale },
  { "handover", N_("Hand over your cards at the end of a shift"), run_handover },
  { "explain", N_("Explain a handover’s difference"), run_explain },
  { "acknowledge", N_("Acknowledge a handover"), run_acknowledge },
  { "handovers", N_("Show the handovers of a day"), run_handovers },
  { "count", N_("Print or export the day’s card count"), run_count },
};

gboolean
hk_cli_stock (HkCliGlobals  *globals,
              GStrv          args,
              GError       **error)
{
  return hk_cli_run_subcommand (globals, "stock",
                                _("Card stock (SIM cards and value cards): types, requisitions, "
                                  "allocation, handovers and the day’s count."),
                                stock_commands, G_N_ELEMENTS (stock_commands), args, error);
}

/* ---- numbers ---- */

static gboolean
parse_state (const char  *text,
             int         *state,
             GError     **error)
{
  HkNumberState parsed;

  *state = -1;
  if (text == NULL)
    return TRUE;

  if (!hk_number_state_from_id (text, &parsed))
    {
      hk_cli_set_usage_error (error,
                              _("--state: “%s” is not available, reserved, sold or returned"),
                              text);
      return FALSE;
    }

  *state = parsed;
  return TRUE;
}

static gboolean
run_numbers_list (HkCliGlobals  *globals,
                  GStrv          args,
                  GError       **error)
{
  g_autofree char *pattern = NULL;
  g_autofree char *state_text = NULL;
  g_autofree char *class_text = NULL;
  g_autofree char *limit_text = NULL;
  const GOptionEntry entries[] = {
    { "pattern", 0, 0, G_OPTION_ARG_STRING, &pattern,
      N_("Digits with ? for one digit and * for any; 8888 alone means ending in 8888"),
      N_("PATTERN") },
    { "state", 0, 0, G_OPTION_ARG_STRING, &state_text,
      N_("available, reserved, sold or returned"), N_("STATE") },
    { "class", 0, 0, G_OPTION_ARG_STRING, &class_text, N_("ordinary or premium"), N_("CLASS") },
    { "limit", 0, 0, G_OPTION_ARG_STRING, &limit_text, N_("At most this many (default 100)"),
      N_("N") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (5);
  HkNumberClass number_class = HK_NUMBER_ORDINARY;
  gint64 limit = 100;
  int state = -1;

  if (!hk_cli_subcommand (globals, "numbers list",
                          _("Search the number stock by pattern, state and class."), entries,
                          args, error) ||
      !parse_state (state_text, &state, error) ||
      (limit_text != NULL && !parse_count (limit_text, "--limit", &limit, error)))
    return FALSE;

  if (class_text != NULL && !hk_number_class_from_id (class_text, &number_class))
    {
      hk_cli_set_usage_error (error, _("--class: “%s” is not ordinary or premium"), class_text);
      return FALSE;
    }

  if (!(context = log_in_reader (globals, _("Reading the number stock"), error)) ||
      !(found = hk_number_pool_store_search (hk_context_get_number_pool_store (context), pattern,
                                             state, class_text != NULL ? (int)number_class : -1,
                                             (guint)MIN (limit, HK_NUMBER_POOL_SEARCH_MAX),
                                             error)))
    return FALSE;

  hk_text_table_add_row (table, _("Number"), _("Class"), _("Price"), _("State"), _("Details"),
                         NULL);
  hk_text_table_align_right (table, 2);

  for (guint i = 0; i < found->len; i++)
    {
      HkPoolNumber *number = g_ptr_array_index (found, i);
      g_autofree char *price = hk_pool_number_get_price (number) > 0
                               ? hk_money_format (hk_pool_number_get_price (number))
                               : g_strdup ("");
      g_autofree char *details = NULL;

      if (hk_pool_number_get_state (number) == HK_NUMBER_RESERVED)
        {
          g_autofree char *masked = hk_pool_number_dup_masked_phone (number);
          g_autofree char *until = format_time (context,
                                                hk_pool_number_get_reserved_until (number) - 1);

          details = g_strdup_printf (_("for %s %s until %.10s"),
                                     hk_pool_number_get_reserved_for (number), masked, until);
        }
      else if (hk_pool_number_get_reservation_expired (number))
        details = g_strdup (_("reservation expired"));

      hk_text_table_add_row (table, hk_pool_number_get_number (number),
                             hk_number_class_get_title (hk_pool_number_get_number_class (number)),
                             price, hk_number_state_get_title (hk_pool_number_get_state (number)),
                             details != NULL ? details : "", NULL);
    }

  print_table (table, found->len == 0 ? _("No numbers found.") : NULL);

  return TRUE;
}

static gboolean
run_numbers_add (HkCliGlobals  *globals,
                 GStrv          args,
                 GError       **error)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *price_text = NULL;
  const GOptionEntry entries[] = {
    { "first", 0, 0, G_OPTION_ARG_STRING, &first, N_("The first number of the run"),
      N_("NUMBER") },
    { "last", 0, 0, G_OPTION_ARG_STRING, &last, N_("The last number (default: the first)"),
      N_("NUMBER") },
    { "price", 0, 0, G_OPTION_ARG_STRING, &price_text,
      N_("Premium numbers: their price in yuan"), N_("AMOUNT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  gint64 price = 0;
  guint n = 0;

  if (!hk_cli_subcommand (globals, "numbers add",
                          _("Add numbers the city company allocated to the hall. Needs the hall "
                            "supervisor role."), entries, args, error) ||
      !hk_cli_require_option (first, "--first", error) ||
      !hk_cli_amount (price_text, "--price", FALSE, &price, error) ||
      !(context = hk_cli_login (globals, error)) ||
      !hk_number_pool_store_add_range (hk_context_get_number_pool_store (context),
                                       hk_context_get_operator (context), first, last,
                                       price > 0 ? HK_NUMBER_PREMIUM : HK_NUMBER_ORDINARY, price,
                                       &n, error))
    return FALSE;

  g_print (g_dngettext (GETTEXT_PACKAGE, "Added %u number.\n", "Added %u numbers.\n", n), n);

  return TRUE;
}

static gboolean
run_numbers_reserve (HkCliGlobals  *globals,
                     GStrv          args,
                     GError       **error)
{
  g_autofree char *number = NULL;
  g_autofree char *customer = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *until = NULL;
  const GOptionEntry entries[] = {
    { "number", 0, 0, G_OPTION_ARG_STRING, &number, N_("The number"), N_("NUMBER") },
    { "customer", 0, 0, G_OPTION_ARG_STRING, &customer, N_("For whom"), N_("NAME") },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &phone, N_("The customer’s phone number"),
      N_("PHONE") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until, N_("The last day it is kept"),
      N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkPoolNumber) reserved = NULL;

  if (!hk_cli_subcommand (globals, "numbers reserve",
                          _("Reserve an available number for a customer until a day."), entries,
                          args, error) ||
      !hk_cli_require_option (number, "--number", error) ||
      !hk_cli_day (until, "--until", error) ||
      !(context = hk_cli_login (globals, error)) ||
      !(reserved = hk_number_pool_store_reserve (hk_context_get_number_pool_store (context),
                                                 hk_context_get_operator (context), number,
                                                 customer, phone, until, error)))
    return FALSE;

  g_print (_("%s is reserved until the end of %s.\n"), hk_pool_number_get_number (reserved),
           until);

  return TRUE;
}

static gboolean
run_numbers_change (HkCliGlobals  *globals,
                    GStrv          args,
                    gboolean       release,
                    GError       **error)
{
  g_autofree char *number = NULL;
  g_autofree char *reason = NULL;
  const GOptionEntry entries[] = {
    { "number", 0, 0, G_OPTION_ARG_STRING, &number, N_("The number"), N_("NUMBER") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(HkPoolNumber) changed = NULL;
  HkNumberPoolStore *store;

  if (!hk_cli_subcommand (globals, release ? "numbers release" : "numbers return",
                          release ? _("End a reservation before its day.")
                                  : _("Give an available number back to the city company. Needs "
                                      "the hall supervisor role."),
                          entries, args, error) ||
      !hk_cli_require_option (number, "--number", error) ||
      !(context = hk_cli_login (globals, error)))
    return FALSE;

  store = hk_context_get_number_pool_store (context);
  changed = release ? hk_number_pool_store_release (store, hk_context_get_operator (context),
                                                    number, reason, error)
                    : hk_number_pool_store_return (store, hk_context_get_operator (context),
                                                   number, reason, error);
  if (changed == NULL)
    return FALSE;

  g_print (_("%s is %s.\n"), hk_pool_number_get_number (changed),
           hk_number_state_get_title (hk_pool_number_get_state (changed)));

  return TRUE;
}

static gboolean
run_numbers_release (HkCliGlobals  *globals,
                     GStrv          args,
                     GError       **error)
{
  return run_numbers_change (globals, args, TRUE, error);
}

static gboolean
run_numbers_return (HkCliGlobals  *globals,
                    GStrv          args,
                    GError       **error)
{
  return run_numbers_change (globals, args, FALSE, error);
}

static gboolean
run_numbers_history (HkCliGlobals  *globals,
                     GStrv          args,
                     GError       **error)
{
  g_autofree char *number = NULL;
  const GOptionEntry entries[] = {
    { "number", 0, 0, G_OPTION_ARG_STRING, &number, N_("The number"), N_("NUMBER") },
    { NULL }
  };
  g_autoptr(HkContext) context = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(HkTextTable) table = hk_text_table_new (4);

  if (!hk_cli_subcommand (globals, "numbers history", _("Show what happened to a number."),
                          entries, args, error) ||
      !hk_cli_require_option (number, "--number", error) ||
      !(context = log_in_reader (globals, _("Reading the number stock"), error)) ||
      !(events = hk_number_pool_store_history (hk_context_get_number_pool_store (context), number,
                                               error)))
    return FALSE;

  hk_text_table_add_row (table, _("When"), _("What"), _("By"), _("Details"), NULL);
  for (guint i = 0; i < events->len; i++)
    {
      HkNumberEvent *event = g_ptr_array_index (events, i);
      g_autofree char *at = format_time (context, event->at);
      g_autofree char *by = event->by != 0 ? holder_name (context, event->by) : g_strdup ("");

      hk_text_table_add_row (table, at, event->kind, by, event->detail, NULL);
    }

  print_table (table, NULL);

  return TRUE;
}

static const HkCliCommand numbers_commands[] = {
  { "list", N_("Search the number stock"), run_numbers_list },
  { "add", N_("Add numbers to the number stock"), run_numbers_add },
  { "reserve", N_("Reserve a number for a customer"), run_numbers_reserve },
  { "release", N_("End a reservation"), run_numbers_release },
  { "return", N_("Give a number back to the city company"), run_numbers_return },
  { "history", N_("Show a number’s history"), run_numbers_history },
};

gboolean
hk_cli_numbers (HkCliGlobals  *globals,
                GStrv          args,
                GError       **error)
{
  return hk_cli_run_subcommand (globals, "numbers",
                                _("The number stock (号源): search, add, reserve, release, "
                                  "return, history."),
                                numbers_commands, G_N_ELEMENTS (numbers_commands), args, error);
}
