/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-repairs-view.c: the repair desk through the real Repairs widgets: a repair registered
 * through the intake form (the IMEI checked as it is typed, its history, the accessories by
 * their mnemonics) and found in the list; a ticket moved on, charged and handed over; a batch
 * to the city company and a device received back; a parts count; the register exported to
 * Excel and read back; and the duty manager's read-only view of what is overdue. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "core/hk-imei.h"
#include "hk-test-fixture.h"
#include "views/hk-repair-dialogs.h"
#include "views/hk-repair-dispatch-window.h"
#include "views/hk-repair-export.h"
#include "views/hk-repair-handover-window.h"
#include "views/hk-repair-intake-window.h"
#include "views/hk-repairs-view.h"
#include "views/hk-window.h"

/* 2031-03-14 10:00 in Asia/Shanghai: a day after anything the demo hall records. */
#define NOW G_GINT64_CONSTANT (1931220000)
#define DAY (24 * 60 * 60)
#define TODAY "2031-03-14"
#define IMEI "352099001761481"
#define IMEI_TYPED "35-209900-176148-1"
#define IMEI_WRONG "352099001761482"
#define PHONE "13812345678"
#define PART "SCR-GEN"           /* a part of the demo's stock */

static HkOperator *
lookup (HkViewFixture *fixture,
        const char    *login)
{
  g_autoptr(GError) error = NULL;
  HkOperator *operator;

  operator = hk_operator_store_lookup (hk_context_get_operator_store (fixture->context), login,
                                       &error);
  g_assert_no_error (error);

  return operator;
}

static gint64
query_int (HkViewFixture *fixture,
           const char    *sql,
           const char    *text)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hk_context_get_database (fixture->context), sql, &error);
  g_assert_no_error (error);
  if (text != NULL)
    hk_statement_bind_text (stmt, 1, text);
  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_no_error (error);

  return hk_statement_get_int64 (stmt, 0);
}

static char *
query_text (HkViewFixture *fixture,
            const char    *sql,
            const char    *text)
{
  g_autoptr(HkStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = hk_database_prepare (hk_context_get_database (fixture->context), sql, &error);
  g_assert_no_error (error);
  if (text != NULL)
    hk_statement_bind_text (stmt, 1, text);
  g_assert_true (hk_statement_step (stmt, &error));
  g_assert_no_error (error);

  return hk_statement_dup_text (stmt, 0);
}

/* A ticket registered through the store at the database's clock, promised three days on. */
static HkRepairTicket *
register_ticket (HkViewFixture *fixture,
                 const char    *imei,
                 const char    *customer)
{
  g_autoptr(HkOperator) tech = lookup (fixture, "wulei");
  g_autoptr(GError) error = NULL;
  gint64 now = hk_database_get_now (hk_context_get_database (fixture->context));
  g_autofree char *promised =
    hk_hall_store_format_day (hk_context_get_hall_store (fixture->context), now + 3 * DAY);
  HkRepairIntake intake = {
    .customer_name = customer,
    .customer_phone = "13900001111",
    .brand = "小米",
    .model = "14",
    .imei = imei,
    .accessories = HK_REPAIR_ACCESSORY_SIM_CARD,
    .fault = "不开机",
    .warranty = HK_REPAIR_WARRANTY_OUT,
    .promised_day = promised,
  };
  HkRepairTicket *ticket;

  ticket = hk_repair_store_intake (hk_context_get_repair_store (fixture->context), tech, &intake,
                                   &error);
  g_assert_no_error (error);

  return ticket;
}

static HkRepairTicket *
move (HkViewFixture  *fixture,
      HkRepairTicket *ticket,
      HkRepairStatus  to)
{
  g_autoptr(HkOperator) tech = lookup (fixture, "wulei");
  g_autoptr(GError) error = NULL;
  HkRepairTicket *moved;

  moved = hk_repair_store_set_status (hk_context_get_repair_store (fixture->context), tech,
                                      ticket, to, "test", &error);
  g_assert_no_error (error);

  return moved;
}

/* An IMEI of 15 digits with its check digit, from a 14-digit start. */
static char *
make_imei (const char *first_14)
{
  return g_strdup_printf ("%s%d", first_14, hk_imei_check_digit (first_14, -1));
}

static HkRepairsView *
open_repairs (HkViewFixture *fixture,
              const char    *login,
              GtkWindow    **window)
{
  GtkWidget *view;

  hk_view_fixture_log_in (fixture, login, window);
  g_assert_true (hk_window_show_section (HK_WINDOW (*window), "repairs"));
  view = hk_window_get_section (HK_WINDOW (*window), "repairs");
  g_assert_true (HK_IS_REPAIRS_VIEW (view));
  hk_test_ui_iterate ();

  return HK_REPAIRS_VIEW (view);
}

static gboolean
button_enabled (GtkWidget  *root,
                const char *action)
{
  GtkWidget *button = hk_test_ui_find (root, GTK_TYPE_BUTTON, "action-name", action);

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button) && gtk_widget_get_mapped (button);
}

static gboolean
shows_toast (GtkWindow  *window,
             const char *text)
{
  g_autofree char *toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));

  return strstr (toasts, text) != NULL;
}

/* The message dialog on screen, with the heading @heading. */
static AdwMessageDialog *
find_dialog (const char *heading)
{
  AdwMessageDialog *dialog;

  hk_test_ui_iterate ();
  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);

  return dialog;
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  hk_test_ui_iterate ();
}

/* Chooses the item of a dialog's combo row whose title starts with @prefix. */
static void
choose (AdwMessageDialog *dialog,
        const char       *row_name,
        const char       *prefix)
{
  AdwComboRow *row = ADW_COMBO_ROW (hk_test_ui_find_named (GTK_WIDGET (dialog), row_name));
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (model), i), prefix))
      {
        adw_combo_row_set_selected (row, i);
        return;
      }

  g_error ("No choice “%s…” in %s", prefix, row_name);
}

typedef struct
{
  const char *text;
  gboolean    searched;
} Search;

/* An entry's text is replaced by removing it, which tells at once, then inserting the new
 * one, which tells after a moment: the search is done when it tells of the new text. */
static void
on_search_changed_cb (Search         *search,
                      GtkSearchEntry *entry)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), search->text) == 0)
    search->searched = TRUE;
}

/* Types @text into the section's search (Ctrl+F) and waits for the list to follow it. */
static void
search (HkRepairsView *view,
        const char    *text)
{
  GtkWidget *entry;
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;
  Search search = { text, FALSE };
  gulong handler;

  hk_section_focus_search (HK_SECTION (view));
  entry = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  handler = g_signal_connect_swapped (entry, "search-changed", G_CALLBACK (on_search_changed_cb),
                                      &search);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  while (!search.searched && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (entry, handler);
  g_assert_true (search.searched);
  hk_test_ui_iterate ();
}

/* ---- cases ---- */

/* A repair registered through the real intake form: the IMEI refused with its reason, then
 * accepted with its history; the accessories ticked by their mnemonics; Register; the slip;
 * the new ticket in the list and in the database. */
static void
test_intake (HkViewFixture *fixture,
             gconstpointer  data)
{
  HkContext *context = fixture->context;
  g_autoptr(HkRepairTicket) earlier = NULL;
  g_autofree char *slip = g_build_filename (fixture->dir, "slip.pdf", NULL);
  g_autoptr(GFile) slip_file = g_file_new_for_path (slip);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *problem = NULL;
  HkRepairIntakeWindow *form;
  HkRepairTicket *ticket;
  HkRepairTicket *selected;
  HkRepairsView *view;
  GtkCheckButton *battery;
  GtkCheckButton *charger;
  GtkCheckButton *cracked;
  GtkWidget *imei_label;
  GtkWidget *promised_row;
  GtkWindow *window;
  gsize length = 0;

  hk_database_set_now (hk_context_get_database (context), NOW - 30 * DAY);
  earlier = register_ticket (fixture, IMEI, "王小明");
  hk_database_set_now (hk_context_get_database (context), NOW);

  /* The technician (who is also a clerk) starts on the repair desk. */
  hk_view_fixture_log_in (fixture, "wulei", &window);
  g_assert_cmpstr (hk_window_get_visible_section (HK_WINDOW (window)), ==, "repairs");
  view = HK_REPAIRS_VIEW (hk_window_get_section (HK_WINDOW (window), "repairs"));
  g_assert_true (hk_section_get_main_action_enabled (HK_SECTION (view)));

  /* Ctrl+N: the header's main command opens the intake form. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  hk_test_ui_iterate ();
  form = HK_REPAIR_INTAKE_WINDOW (hk_test_ui_find_toplevel (HK_TYPE_REPAIR_INTAKE_WINDOW));
  g_assert_nonnull (form);
  hk_test_ui_wait_for_frames (GTK_WIDGET (form), 2);
  g_assert_cmpstr (hk_repair_intake_window_get_problem (form), ==, "Give the customer’s name.");
  g_assert_false (button_enabled (GTK_WIDGET (form), "intake.save"));

  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Customer’s name", "李华");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Phone number", "138 1234");
  g_assert_cmpstr (hk_repair_intake_window_get_problem (form), ==,
                   "“138 1234” is not a phone number.");
  /* Typed by a Chinese input method: full-width digits, stored as PHONE (checked below). */
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Phone number", "１３８１２３４５６７８");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Brand", "华为");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Model", "P40");

  /* A wrong check digit: the reason is under the field, and nothing is looked up. */
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "IMEI (15 digits)", IMEI_WRONG);
  problem = g_strdup (hk_repair_intake_window_get_problem (form));
  g_assert_nonnull (strstr (problem, "check digit"));
  imei_label = hk_test_ui_find (GTK_WIDGET (form), GTK_TYPE_LABEL, "label", problem);
  g_assert_nonnull (imei_label);
  g_assert_true (gtk_widget_get_mapped (imei_label));
  g_assert_true (gtk_widget_has_css_class (imei_label, "error"));
  g_assert_cmpuint (hk_repair_intake_window_get_n_history (form), ==, 0);

  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "IMEI (15 digits)", "35209900176");
  g_assert_nonnull (strstr (hk_repair_intake_window_get_problem (form), "15"));
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "IMEI (15 digits)",
                       "35209900176148A");
  g_assert_nonnull (strstr (hk_repair_intake_window_get_problem (form), "digit"));

  /* As printed on the box, with dashes: valid, and the earlier repair is shown at once. */
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "IMEI (15 digits)", IMEI_TYPED);
  g_assert_true (gtk_widget_get_mapped (hk_test_ui_find (GTK_WIDGET (form), GTK_TYPE_LABEL,
                                                         "label", "The IMEI is valid.")));
  g_assert_cmpuint (hk_repair_intake_window_get_n_history (form), ==, 1);
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (form), ADW_TYPE_ACTION_ROW, "subtitle",
                                     "Received 2031-02-12 10:00: 不开机"));

  /* Accessories and condition by their mnemonics, as Alt+B, Alt+H and Alt+K do. */
  battery = hk_repair_intake_window_get_accessory_check (form, HK_REPAIR_ACCESSORY_BATTERY);
  charger = hk_repair_intake_window_get_accessory_check (form, HK_REPAIR_ACCESSORY_CHARGER);
  cracked = hk_repair_intake_window_get_condition_check (form, HK_REPAIR_CONDITION_CRACKED_SCREEN);
  g_assert_true (gtk_check_button_get_use_underline (battery));
  g_assert_cmpstr (gtk_check_button_get_label (battery), ==, "_Battery");
  gtk_widget_mnemonic_activate (GTK_WIDGET (battery), FALSE);
  gtk_widget_mnemonic_activate (GTK_WIDGET (charger), FALSE);
  gtk_widget_mnemonic_activate (GTK_WIDGET (cracked), FALSE);
  g_assert_true (gtk_check_button_get_active (battery));
  g_assert_true (gtk_check_button_get_active (cracked));

  g_assert_cmpstr (hk_repair_intake_window_get_problem (form), ==,
                   "Describe the fault as the customer tells it.");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW,
                       "Fault, as the customer describes it", "屏幕碎裂");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Estimated fee (yuan)", "4,50");
  g_assert_nonnull (hk_repair_intake_window_get_problem (form));
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Estimated fee (yuan)", "450");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Deposit received (yuan)", "100.00");

  /* The promised day is suggested four days on; one in the past is refused. */
  promised_row = hk_test_ui_find (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "title",
                                  "Promised day (YYYY-MM-DD)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (promised_row)), ==, "2031-03-18");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Promised day (YYYY-MM-DD)",
                       "2031-03-13");
  g_assert_cmpstr (hk_repair_intake_window_get_problem (form), ==,
                   "The promised day 2031-03-13 is in the past.");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Promised day (YYYY-MM-DD)",
                       "2031-03-17");
  g_assert_null (hk_repair_intake_window_get_problem (form));
  g_assert_true (button_enabled (GTK_WIDGET (form), "intake.save"));

  /* Register (Ctrl+S): the ticket number, and the slip offered. */
  gtk_widget_activate_action (GTK_WIDGET (form), "intake.save", NULL);
  hk_test_ui_iterate ();
  ticket = hk_repair_intake_window_get_ticket (form);
  g_assert_nonnull (ticket);
  g_assert_cmpstr (hk_repair_ticket_get_ticket_no (ticket), ==, "R20310314-0001");
  g_assert_true (button_enabled (GTK_WIDGET (form), "intake.save-slip"));
  g_assert_false (gtk_widget_get_visible (hk_test_ui_find (GTK_WIDGET (form), GTK_TYPE_BUTTON,
                                                           "action-name", "intake.save")));
  g_assert_true (hk_repair_save_slip (context, hk_repair_ticket_get_id (ticket), slip_file,
                                      &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (slip, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* The record as the store keeps it. */
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM repair_tickets WHERE imei = ?1",
                              IMEI), ==, 2);
  g_assert_cmpint (query_int (fixture, "SELECT accessories FROM repair_tickets"
                              " WHERE ticket_no = ?1", "R20310314-0001"), ==,
                   HK_REPAIR_ACCESSORY_BATTERY | HK_REPAIR_ACCESSORY_CHARGER);
  g_assert_cmpint (query_int (fixture, "SELECT conditions FROM repair_tickets"
                              " WHERE ticket_no = ?1", "R20310314-0001"), ==,
                   HK_REPAIR_CONDITION_CRACKED_SCREEN);
  g_assert_cmpint (query_int (fixture, "SELECT estimated_fee * 1000000 + deposit"
                              " FROM repair_tickets WHERE ticket_no = ?1", "R20310314-0001"), ==,
                   G_GINT64_CONSTANT (45000) * 1000000 + 10000);
  g_free (contents);
  contents = query_text (fixture, "SELECT customer_phone || ' ' || promised_day || ' '"
                         " || customer_name FROM repair_tickets WHERE ticket_no = ?1",
                         "R20310314-0001");
  g_assert_cmpstr (contents, ==, PHONE " 2031-03-17 李华");

  /* Done: the list shows the new ticket, selected, its phone masked; a toast names it. */
  gtk_window_close (GTK_WINDOW (form));
  hk_test_ui_iterate ();
  g_assert_true (shows_toast (window, "Repair R20310314-0001 registered"));
  selected = gtk_single_selection_get_selected_item (
               GTK_SINGLE_SELECTION (hk_repairs_view_get_visible_model (view)));
  g_assert_nonnull (selected);
  g_assert_cmpstr (hk_repair_ticket_get_ticket_no (selected), ==, "R20310314-0001");
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL, "label", "138****5678"));
  g_assert_null (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL, "label", PHONE));

  /* The search (Ctrl+F) finds it by the IMEI as printed on the box, by a part of the phone,
   * and Enter opens it when it is the only one. */
  search (view, IMEI_TYPED);
  g_assert_cmpuint (g_list_model_get_n_items (hk_repairs_view_get_visible_model (view)), ==, 2);
  search (view, "1234 5678");
  g_assert_cmpuint (g_list_model_get_n_items (hk_repairs_view_get_visible_model (view)), ==, 1);
  search (view, "R20310314-0001");
  g_signal_emit_by_name (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL, NULL),
                         "activate");
  hk_test_ui_iterate ();
  g_assert_cmpstr (hk_repairs_view_get_visible_page (view), ==, "ticket");
  g_assert_cmpuint (hk_repair_ticket_page_get_n_events (hk_repairs_view_get_ticket_page (view)),
                    ==, 1);
  g_assert_cmpstr (hk_section_get_subtitle (HK_SECTION (view)), ==, "R20310314-0001");
}

/* A ticket through its page: each move enabled exactly as the status machine allows, a fee
 * added and voided, the device ready, then handed over with the accessories ticked against
 * intake and the fee charged on the technician's own shift: revenue of his daily report. */
static void
test_ticket_flow (HkViewFixture *fixture,
                  gconstpointer  data)
{
  HkContext *context = fixture->context;
  g_autoptr(HkOperator) tech = lookup (fixture, "wulei");
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *imei = make_imei ("35209900176149");
  HkRepairHandoverWindow *handover;
  HkRepairTicketPage *page;
  AdwMessageDialog *dialog;
  HkRepairsView *view;
  GtkWindow *window;
  gint64 receipts;
  gint64 on_hand;
  guint events;

  hk_database_set_now (hk_context_get_database (context), NOW);
  ticket = register_ticket (fixture, imei, "赵六");
  view = open_repairs (fixture, "wulei", &window);
  page = hk_repairs_view_get_ticket_page (view);

  /* Enter on the row opens the page; only the moves from Received are there. */
  g_assert_true (hk_repairs_view_select (view, hk_repair_ticket_get_ticket_no (ticket)));
  gtk_widget_activate_action (GTK_WIDGET (view), "repairs.open", NULL);
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (hk_repairs_view_get_visible_page (view), ==, "ticket");
  g_assert_true (button_enabled (GTK_WIDGET (page), "ticket.to-diagnosing"));
  g_assert_true (button_enabled (GTK_WIDGET (page), "ticket.to-unrepaired"));
  g_assert_false (button_enabled (GTK_WIDGET (page), "ticket.to-ready"));
  g_assert_false (button_enabled (GTK_WIDGET (page), "ticket.to-repairing"));
  g_assert_false (button_enabled (GTK_WIDGET (page), "ticket.dispatch"));
  g_assert_false (button_enabled (GTK_WIDGET (page), "ticket.receive"));
  g_assert_false (button_enabled (GTK_WIDGET (page), "ticket.hand-over"));

  /* Not repaired needs its reason. */
  gtk_widget_activate_action (GTK_WIDGET (page), "ticket.to-unrepaired", NULL);
  dialog = find_dialog ("Move to Not repaired, to hand back?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "move"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_widget_activate_action (GTK_WIDGET (page), "ticket.to-diagnosing", NULL);
  dialog = find_dialog ("Move to Diagnosing?");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                       "What was found or done (optional)", "拆机检查");
  respond (dialog, "move");
  g_assert_cmpint (hk_repair_ticket_get_status (hk_repair_ticket_page_get_ticket (page)), ==,
                   HK_REPAIR_DIAGNOSING);
  g_assert_true (shows_toast (window, "is now: Diagnosing"));
  g_assert_cmpuint (hk_repair_ticket_page_get_n_events (page), ==, 2);
  g_assert_true (button_enabled (GTK_WIDGET (page), "ticket.to-repairing"));
  g_assert_true (button_enabled (GTK_WIDGET (page), "ticket.to-ready"));
  g_assert_true (button_enabled (GTK_WIDGET (page), "ticket.dispatch"));
  g_assert_false (button_enabled (GTK_WIDGET (page), "ticket.to-diagnosing"));
  g_assert_false (button_enabled (GTK_WIDGET (page), "ticket.hand-over"));

  /* A diagnosis at today's tariff, then a part from the stock, voided with its reason: the
   * part goes back. */
  gtk_widget_activate_action (GTK_WIDGET (page), "ticket.add-fee", NULL);
  dialog = find_dialog ("Add a Fee?");
  choose (dialog, "item", "RPR-JC ");
  respond (dialog, "add");
  g_assert_cmpuint (hk_repair_ticket_page_get_n_fee_lines (page), ==, 1);
  g_assert_cmpint (hk_repair_ticket_get_fee_total (hk_repair_ticket_page_get_ticket (page)), ==,
                   3000);

  on_hand = query_int (fixture, "SELECT sum (quantity) FROM repair_part_movements m"
                       " JOIN repair_parts p ON p.id = m.part_id WHERE p.code = ?1", PART);
  gtk_widget_activate_action (GTK_WIDGET (page), "ticket.use-part", NULL);
  dialog = find_dialog ("Use a Part?");
  choose (dialog, "part", PART " ");
  respond (dialog, "use");
  g_assert_cmpuint (hk_repair_ticket_page_get_n_fee_lines (page), ==, 2);
  g_assert_cmpint (hk_repair_ticket_get_fee_total (hk_repair_ticket_page_get_ticket (page)), >,
                   3000);
  g_assert_cmpint (query_int (fixture, "SELECT sum (quantity) FROM repair_part_movements m"
                              " JOIN repair_parts p ON p.id = m.part_id WHERE p.code = ?1",
                              PART), ==, on_hand - 1);

  gtk_widget_activate_action (GTK_WIDGET (page), "ticket.void-fee", "x",
                              query_int (fixture, "SELECT max (id) FROM repair_fee_lines", NULL));
  dialog = find_dialog ("Void the Fee Line?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "void"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Reason for the void",
                       "客户不换屏");
  respond (dialog, "void");
  g_assert_cmpuint (hk_repair_ticket_page_get_n_fee_lines (page), ==, 1);
  g_assert_cmpint (hk_repair_ticket_get_fee_total (hk_repair_ticket_page_get_ticket (page)), ==,
                   3000);
  g_assert_cmpint (query_int (fixture, "SELECT sum (quantity) FROM repair_part_movements m"
                              " JOIN repair_parts p ON p.id = m.part_id WHERE p.code = ?1",
                              PART), ==, on_hand);

  /* A call to the customer, on the timeline. */
  events = hk_repair_ticket_page_get_n_events (page);
  gtk_widget_activate_action (GTK_WIDGET (page), "ticket.callback", NULL);
  dialog = find_dialog ("Record a Call?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "record"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "What the customer was told",
                       "告知今天可修好");
  respond (dialog, "record");
  g_assert_cmpuint (hk_repair_ticket_page_get_n_events (page), ==, events + 1);

  gtk_widget_activate_action (GTK_WIDGET (page), "ticket.to-ready", NULL);
  respond (find_dialog ("Move to Ready for pickup?"), "move");
  g_assert_true (button_enabled (GTK_WIDGET (page), "ticket.hand-over"));
  g_assert_true (button_enabled (GTK_WIDGET (page), "ticket.to-repairing"));
  g_assert_false (button_enabled (GTK_WIDGET (page), "ticket.to-ready"));

  /* The pickup form: the ID, then the accessories against intake, then the charge. */
  gtk_widget_activate_action (GTK_WIDGET (page), "ticket.hand-over", NULL);
  hk_test_ui_iterate ();
  handover = HK_REPAIR_HANDOVER_WINDOW (hk_test_ui_find_toplevel (HK_TYPE_REPAIR_HANDOVER_WINDOW));
  g_assert_nonnull (handover);
  g_assert_cmpstr (hk_repair_handover_window_get_problem (handover), ==,
                   "Check the identity document of the person collecting the device first.");
  gtk_widget_mnemonic_activate (hk_test_ui_find (GTK_WIDGET (handover), GTK_TYPE_CHECK_BUTTON,
                                                 "label", "_ID document or intake slip checked"),
                                FALSE);
  g_assert_true (gtk_check_button_get_active (
                   hk_repair_handover_window_get_accessory_check (handover,
                                                                  HK_REPAIR_ACCESSORY_SIM_CARD)));
  gtk_check_button_set_active (hk_repair_handover_window_get_accessory_check (
                                 handover, HK_REPAIR_ACCESSORY_SIM_CARD), FALSE);
  g_assert_cmpstr (hk_repair_handover_window_get_problem (handover), ==,
                   "The accessories handed back differ from those received (not handed back: "
                   "SIM card; not received: —): write a note.");
  hk_test_ui_set_text (GTK_WIDGET (handover), ADW_TYPE_ENTRY_ROW,
                       "Note (needed when the accessories differ)", "SIM 卡客户自己取出");

  /* His own shift is not open yet: the form says so; once open, the fee goes on it. */
  g_assert_cmpstr (hk_repair_handover_window_get_problem (handover), ==,
                   "You have no open shift to charge the fee on: open it on the Cash Desk, or "
                   "name the receipt a clerk issued.");
  shift = hk_shift_store_open (hk_context_get_shift_store (context), tech, 10000, &error);
  g_assert_no_error (error);
  hk_test_ui_set_text (GTK_WIDGET (handover), ADW_TYPE_ENTRY_ROW, "Collected by", "赵六的儿子");
  g_assert_null (hk_repair_handover_window_get_problem (handover));

  receipts = query_int (fixture, "SELECT count(*) FROM receipts", NULL);
  gtk_widget_activate_action (GTK_WIDGET (handover), "handover.save", NULL);
  hk_test_ui_iterate ();
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_REPAIR_HANDOVER_WINDOW));

  g_assert_cmpint (hk_repair_ticket_get_status (hk_repair_ticket_page_get_ticket (page)), ==,
                   HK_REPAIR_PICKED_UP);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM receipts", NULL), ==, receipts + 1);
  g_assert_cmpint (query_int (fixture, "SELECT r.total FROM repair_tickets t"
                              " JOIN receipts r ON r.id = t.receipt_id WHERE t.ticket_no = ?1",
                              hk_repair_ticket_get_ticket_no (ticket)), ==, 3000);
  g_assert_cmpint (query_int (fixture, "SELECT r.shift_id FROM repair_tickets t"
                              " JOIN receipts r ON r.id = t.receipt_id WHERE t.ticket_no = ?1",
                              hk_repair_ticket_get_ticket_no (ticket)),
                   ==, hk_shift_get_id (shift));
  g_assert_cmpint (query_int (fixture, "SELECT accessories_returned FROM repair_tickets"
                              " WHERE ticket_no = ?1", hk_repair_ticket_get_ticket_no (ticket)),
                   ==, 0);

  /* Closed: nothing more may happen to it. */
  g_assert_false (button_enabled (GTK_WIDGET (page), "ticket.to-repairing"));
  g_assert_false (gtk_widget_is_sensitive (hk_test_ui_find (GTK_WIDGET (page), GTK_TYPE_BUTTON,
                                                            "action-name", "ticket.add-fee")));
  g_assert_true (gtk_widget_get_mapped (hk_test_ui_find (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                                         "label", "Closed: the device was "
                                                         "handed over. Nothing on this ticket "
                                                         "changes any more.")));

  /* Escape goes back to the list. */
  gtk_widget_activate_action (GTK_WIDGET (view), "repairs.back", NULL);
  g_assert_cmpstr (hk_repairs_view_get_visible_page (view), ==, "tickets");
}

/* The fee paid at a clerk's counter: the pickup names the clerk's receipt, which must be of the
 * fee's amount. */
static void
test_pickup_clerk_receipt (HkViewFixture *fixture,
                           gconstpointer  data)
{
  HkContext *context = fixture->context;
  HkRepairStore *store = hk_context_get_repair_store (context);
  g_autoptr(HkOperator) tech = lookup (fixture, "wulei");
  g_autoptr(HkOperator) clerk = lookup (fixture, "zhangli");
  g_autofree char *imei = make_imei ("86600807000001");
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairTicket) diagnosing = NULL;
  g_autoptr(HkRepairTicket) charged = NULL;
  g_autoptr(HkRepairTicket) ready = NULL;
  g_autoptr(HkFeeItem) diagnosis = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *receipt_no = NULL;
  HkRepairHandoverWindow *handover;
  HkReceiptLineInput line = { 0 };
  HkReceiptPaymentInput payment = { HK_PAYMENT_CASH, 3000, NULL };
  HkRepairsView *view;
  GtkWindow *window;

  hk_database_set_now (hk_context_get_database (context), NOW);
  ticket = register_ticket (fixture, imei, "郑十");
  diagnosing = move (fixture, ticket, HK_REPAIR_DIAGNOSING);
  diagnosis = hk_fee_item_store_lookup (hk_context_get_fee_item_store (context), "RPR-JC",
                                        &error);
  g_assert_no_error (error);
  charged = hk_repair_store_add_fee (store, tech, diagnosing, HK_REPAIR_FEE_DIAGNOSIS,
                                     hk_fee_item_get_id (diagnosis), 1, &error);
  g_assert_no_error (error);
  ready = move (fixture, charged, HK_REPAIR_READY);

  /* The customer pays the ¥30.00 at 张丽's counter. */
  shift = hk_shift_store_open (hk_context_get_shift_store (context), clerk, 10000, &error);
  g_assert_no_error (error);
  line.fee_item_id = hk_fee_item_get_id (diagnosis);
  line.quantity = 1;
  receipt = hk_receipt_store_issue (hk_context_get_receipt_store (context), clerk, NULL, &line, 1,
                                    &payment, 1, NULL, &error);
  g_assert_no_error (error);
  receipt_no = hk_receipt_dup_full_number (receipt);

  view = open_repairs (fixture, "wulei", &window);
  g_assert_true (hk_repairs_view_select (view, hk_repair_ticket_get_ticket_no (ticket)));
  gtk_widget_activate_action (GTK_WIDGET (view), "repairs.open", NULL);
  hk_test_ui_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (hk_repairs_view_get_ticket_page (view)),
                              "ticket.hand-over", NULL);
  hk_test_ui_iterate ();
  handover = HK_REPAIR_HANDOVER_WINDOW (hk_test_ui_find_toplevel (HK_TYPE_REPAIR_HANDOVER_WINDOW));
  g_assert_nonnull (handover);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (hk_test_ui_find (GTK_WIDGET (handover),
                                                                  GTK_TYPE_CHECK_BUTTON, "label",
                                                                  "_ID document or intake slip "
                                                                  "checked")), TRUE);
  hk_repair_handover_window_set_charge_mode (handover, HK_REPAIR_CHARGE_CLERK_RECEIPT);
  g_assert_cmpstr (hk_repair_handover_window_get_problem (handover), ==,
                   "Give the number of the receipt the clerk issued for the repair fee.");
  hk_test_ui_set_text (GTK_WIDGET (handover), ADW_TYPE_ENTRY_ROW,
                       "Clerk’s receipt number (CODE-NUMBER)", receipt_no);
  g_assert_null (hk_repair_handover_window_get_problem (handover));
  gtk_widget_activate_action (GTK_WIDGET (handover), "handover.save", NULL);
  hk_test_ui_iterate ();
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_REPAIR_HANDOVER_WINDOW));

  g_assert_cmpint (query_int (fixture, "SELECT receipt_id FROM repair_tickets WHERE ticket_no = ?1",
                              hk_repair_ticket_get_ticket_no (ticket)), ==,
                   hk_receipt_get_id (receipt));
  g_free (receipt_no);
  receipt_no = query_text (fixture, "SELECT charge_mode || ' ' || status FROM repair_tickets"
                           " WHERE ticket_no = ?1", hk_repair_ticket_get_ticket_no (ticket));
  g_assert_cmpstr (receipt_no, ==, "clerk-receipt picked-up");
  g_assert_true (shows_toast (window, ": Picked up"));
}

/* A batch to the city company through its form, its dispatch list, and a device received
 * back with the city company's report. */
static void
test_dispatch_and_return (HkViewFixture *fixture,
                          gconstpointer  data)
{
  HkContext *context = fixture->context;
  g_autofree char *imei_a = make_imei ("86701206000011");
  g_autofree char *imei_b = make_imei ("86701206000012");
  g_autoptr(HkRepairTicket) a = NULL;
  g_autoptr(HkRepairTicket) b = NULL;
  g_autoptr(HkRepairTicket) a_diagnosing = NULL;
  g_autoptr(HkRepairTicket) b_repairing = NULL;
  g_autofree char *list = g_build_filename (fixture->dir, "list.pdf", NULL);
  g_autoptr(GFile) list_file = g_file_new_for_path (list);
  g_autoptr(GError) error = NULL;
  HkRepairDispatchWindow *form;
  HkRepairBatchesPage *batches;
  AdwMessageDialog *dialog;
  HkRepairBatch *batch;
  HkRepairsView *view;
  GtkWindow *window;

  hk_database_set_now (hk_context_get_database (context), NOW);
  a = register_ticket (fixture, imei_a, "甲");
  b = register_ticket (fixture, imei_b, "乙");
  a_diagnosing = move (fixture, a, HK_REPAIR_DIAGNOSING);
  b_repairing = move (fixture, move (fixture, b, HK_REPAIR_DIAGNOSING), HK_REPAIR_REPAIRING);
  g_object_unref (b_repairing);   /* the inner move's ticket */
  b_repairing = hk_repair_store_lookup (hk_context_get_repair_store (context),
                                        hk_repair_ticket_get_id (b), &error);

  view = open_repairs (fixture, "wulei", &window);
  hk_repairs_view_show_page (view, "batches");
  batches = hk_repairs_view_get_batches_page (view);

  gtk_widget_activate_action (GTK_WIDGET (batches), "batches.new", NULL);
  hk_test_ui_iterate ();
  form = HK_REPAIR_DISPATCH_WINDOW (hk_test_ui_find_toplevel (HK_TYPE_REPAIR_DISPATCH_WINDOW));
  g_assert_nonnull (form);
  g_assert_cmpuint (hk_repair_dispatch_window_get_n_candidates (form), >=, 2);
  g_assert_cmpstr (hk_repair_dispatch_window_get_problem (form), ==,
                   "Tick the devices that go to the city company.");
  g_assert_true (hk_repair_dispatch_window_tick (form, hk_repair_ticket_get_ticket_no (a), TRUE));
  g_assert_true (hk_repair_dispatch_window_tick (form, hk_repair_ticket_get_ticket_no (b), TRUE));
  g_assert_cmpstr (hk_repair_dispatch_window_get_problem (form), ==,
                   "Name the courier who takes the batch.");
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (form), GTK_TYPE_LABEL, "label",
                                     "S20310314-01"));
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Courier", "顺丰 张师傅");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Waybill number (optional)",
                       "SF1234567890");
  gtk_widget_activate_action (GTK_WIDGET (form), "dispatch.send", NULL);
  hk_test_ui_iterate ();
  batch = hk_repair_dispatch_window_get_batch (form);
  g_assert_nonnull (batch);
  g_assert_cmpstr (hk_repair_batch_get_batch_no (batch), ==, "S20310314-01");
  g_assert_cmpuint (hk_repair_batch_get_n_items (batch), ==, 2);
  g_assert_true (button_enabled (GTK_WIDGET (form), "dispatch.save-list"));
  g_assert_true (hk_repair_save_dispatch_list (context, hk_repair_batch_get_id (batch), list_file,
                                               &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (list, G_FILE_TEST_IS_REGULAR));
  gtk_window_destroy (GTK_WINDOW (form));
  hk_test_ui_iterate ();

  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM repair_tickets"
                              " WHERE status = 'sent-out' AND ticket_no = ?1",
                              hk_repair_ticket_get_ticket_no (a)), ==, 1);

  /* The page lists the batch with both devices at the city company. */
  g_assert_true (hk_repair_batches_page_select (batches, "S20310314-01"));
  g_assert_cmpuint (hk_repair_batches_page_get_n_devices (batches), ==, 2);
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (batches), GTK_TYPE_LABEL, "label",
                                     "At the city company"));

  /* One comes back, with the company's report. */
  gtk_widget_activate_action (GTK_WIDGET (batches), "batches.receive", "x",
                              hk_repair_ticket_get_id (a));
  dialog = find_dialog ("Receive from the City Company?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "receive"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "The city company’s report",
                       "更换主板");
  respond (dialog, "receive");
  g_assert_true (shows_toast (window, "is back from the city company"));
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM repair_tickets"
                              " WHERE status = 'back-from-city' AND ticket_no = ?1",
                              hk_repair_ticket_get_ticket_no (a)), ==, 1);
  g_assert_cmpint (query_int (fixture, "SELECT city_repaired FROM repair_batch_items i"
                              " JOIN repair_tickets t ON t.id = i.ticket_id"
                              " WHERE t.ticket_no = ?1", hk_repair_ticket_get_ticket_no (a)),
                   ==, 1);
  batch = hk_repair_batches_page_get_selected (batches);
  g_assert_nonnull (batch);
  g_assert_cmpuint (hk_repair_batch_get_n_returned (batch), ==, 1);
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (batches), GTK_TYPE_LABEL, "label",
                                     "1 of 2 back"));
}

/* A count that differs is refused without its reason, then recorded with it. */
static void
test_parts_count (HkViewFixture *fixture,
                  gconstpointer  data)
{
  HkContext *context = fixture->context;
  HkRepairPartsPage *parts;
  AdwMessageDialog *dialog;
  HkRepairPart *part;
  HkRepairsView *view;
  GtkWindow *window;
  g_autofree char *code = NULL;
  gint64 on_hand;

  hk_database_set_now (hk_context_get_database (context), NOW);
  view = open_repairs (fixture, "wulei", &window);
  hk_repairs_view_show_page (view, "parts");
  parts = hk_repairs_view_get_parts_page (view);
  g_assert_cmpuint (g_list_model_get_n_items (hk_repair_parts_page_get_visible_model (parts)), >,
                    0);

  gtk_single_selection_set_selected (
    GTK_SINGLE_SELECTION (hk_repair_parts_page_get_visible_model (parts)), 0);
  part = hk_repair_parts_page_get_selected (parts);
  code = g_strdup (hk_repair_part_get_code (part));
  on_hand = hk_repair_part_get_on_hand (part);
  g_assert_cmpint (on_hand, >, 0);

  gtk_widget_activate_action (GTK_WIDGET (parts), "parts.count", NULL);
  dialog = find_dialog ("Count the Part?");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "count"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hk_test_ui_find_named (GTK_WIDGET (dialog),
                                                                     "counted")),
                             (double)(on_hand - 1));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "count"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "a difference of -1"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Why the count differs",
                       "少一个，找不到");
  respond (dialog, "count");

  g_assert_cmpint (query_int (fixture, "SELECT quantity FROM repair_part_movements m"
                              " JOIN repair_parts p ON p.id = m.part_id WHERE p.code = ?1"
                              " ORDER BY m.id DESC LIMIT 1", code), ==, -1);
  g_assert_cmpint (query_int (fixture, "SELECT sum (quantity) FROM repair_part_movements m"
                              " JOIN repair_parts p ON p.id = m.part_id WHERE p.code = ?1",
                              code), ==, on_hand - 1);
  part = hk_repair_parts_page_get_selected (parts);
  g_assert_cmpstr (hk_repair_part_get_code (part), ==, code);
  g_assert_cmpint (hk_repair_part_get_on_hand (part), ==, on_hand - 1);
  g_assert_cmpuint (hk_repair_parts_page_get_n_movements (parts), >, 0);
}

/* What openpyxl (not our code) reads in @path; NULL (the test skipped) where it cannot run. */
static char *
read_workbook (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "reports", "read-xlsx.py", NULL);
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no /usr/bin/python3 to read the workbook");
      return NULL;
    }

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("python3-openpyxl is not installed");
      g_free (out);
      return NULL;
    }
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("read-xlsx.py failed: %s\n%s", error->message, err);

  return out;
}

/* Export to Excel: the register of the month in a thread, a toast at the end, the workbook
 * read back by openpyxl with the ticket's row and its turnaround columns. */
static void
test_export (HkViewFixture *fixture,
             gconstpointer  data)
{
  HkContext *context = fixture->context;
  g_autofree char *imei = make_imei ("86299307000001");
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "register.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *workbook = NULL;
  g_autofree char *cell = NULL;
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;
  HkRepairsView *view;
  GtkWindow *progress;
  GtkWindow *window;

  hk_database_set_now (hk_context_get_database (context), NOW);
  ticket = register_ticket (fixture, imei, "周七");
  view = open_repairs (fixture, "wulei", &window);

  /* The progress, with Cancel, while the thread writes. */
  hk_repairs_view_export_register (view, "2031-03-01", "2031-03-31", file);
  g_assert_cmpuint (hk_repair_export_get_n_running (), ==, 1);
  progress = hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (progress);
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (progress), GTK_TYPE_PROGRESS_BAR, NULL, NULL));
  while (hk_repair_export_get_n_running () > 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  hk_test_ui_iterate ();
  g_assert_cmpuint (hk_repair_export_get_n_running (), ==, 0);
  g_assert_true (shows_toast (window, "Saved register.xlsx"));
  g_assert_null (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  if ((workbook = read_workbook (path)) == NULL)
    return;

  g_assert_nonnull (strstr (workbook, "sheets\tSummary\tRegister\tBy status\tTurnaround\n"));
  cell = g_strdup_printf ("cell\tRegister!A2\ts\t%s\t", hk_repair_ticket_get_ticket_no (ticket));
  g_assert_nonnull (strstr (workbook, cell));
  g_assert_nonnull (strstr (workbook, "\ts\tDays to ready\t"));
  g_assert_nonnull (strstr (workbook, "\ts\t139****1111\t"));
  g_assert_null (strstr (workbook, "13900001111"));
}

/* The dispatch list of a batch, exported from the batches page as a workbook. */
static void
test_export_dispatch_list (HkViewFixture *fixture,
                           gconstpointer  data)
{
  HkContext *context = fixture->context;
  g_autoptr(HkOperator) tech = lookup (fixture, "wulei");
  g_autofree char *imei = make_imei ("86042807000001");
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairTicket) diagnosing = NULL;
  g_autoptr(HkRepairBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "batch.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *workbook = NULL;
  g_autofree char *cell = NULL;
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;
  HkRepairsView *view;
  GtkWindow *window;
  gint64 id;

  hk_database_set_now (hk_context_get_database (context), NOW);
  ticket = register_ticket (fixture, imei, "吴九");
  diagnosing = move (fixture, ticket, HK_REPAIR_DIAGNOSING);
  id = hk_repair_ticket_get_id (ticket);
  batch = hk_repair_store_dispatch (hk_context_get_repair_store (context), tech, &id, 1,
                                    "顺丰 张师傅", NULL, &error);
  g_assert_no_error (error);

  view = open_repairs (fixture, "wulei", &window);
  hk_repairs_view_show_page (view, "batches");
  g_assert_true (hk_repair_batches_page_select (hk_repairs_view_get_batches_page (view),
                                                hk_repair_batch_get_batch_no (batch)));
  hk_repair_export_start (GTK_WIDGET (hk_repairs_view_get_batches_page (view)), context,
                          HK_REPAIR_EXPORT_DISPATCH_LIST, NULL, NULL,
                          hk_repair_batch_get_id (batch), file);
  while (hk_repair_export_get_n_running () > 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  hk_test_ui_iterate ();
  g_assert_true (shows_toast (window, "Saved batch.xlsx"));

  if ((workbook = read_workbook (path)) == NULL)
    return;

  cell = g_strdup_printf ("\ts\t%s\t", hk_repair_ticket_get_ticket_no (ticket));
  g_assert_nonnull (strstr (workbook, cell));
  g_assert_nonnull (strstr (workbook, "\ts\t顺丰 张师傅\t"));
}

/* The duty manager reads the section for what is overdue, and changes nothing. */
static void
test_duty_manager (HkViewFixture *fixture,
                   gconstpointer  data)
{
  HkContext *context = fixture->context;
  g_autofree char *imei = make_imei ("86818106000001");
  g_autoptr(HkRepairTicket) late = NULL;
  g_autoptr(HkRepairTicket) diagnosing = NULL;
  HkRepairTicketPage *page;
  HkRepairsView *view;
  GListModel *shown;
  GtkWindow *window;

  /* A device promised for three days after NOW - 10 days, still being diagnosed. */
  hk_database_set_now (hk_context_get_database (context), NOW - 10 * DAY);
  late = register_ticket (fixture, imei, "孙八");
  diagnosing = move (fixture, late, HK_REPAIR_DIAGNOSING);
  hk_database_set_now (hk_context_get_database (context), NOW);

  /* The duty manager starts on Shifts, and finds Repairs in the sidebar. */
  hk_view_fixture_log_in (fixture, "zhengwei", &window);
  g_assert_cmpstr (hk_window_get_visible_section (HK_WINDOW (window)), ==, "shifts");
  g_assert_true (hk_window_show_section (HK_WINDOW (window), "repairs"));
  view = HK_REPAIRS_VIEW (hk_window_get_section (HK_WINDOW (window), "repairs"));
  hk_test_ui_iterate ();

  g_assert_false (hk_section_get_main_action_enabled (HK_SECTION (view)));
  g_assert_cmpint (hk_repairs_view_get_show (view), ==, HK_REPAIRS_SHOW_OVERDUE);
  g_assert_cmpstr (hk_section_get_subtitle (HK_SECTION (view)), ==, "Read only");

  shown = hk_repairs_view_get_visible_model (view);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(HkRepairTicket) ticket = g_list_model_get_item (shown, i);

      g_assert_true (hk_repair_ticket_get_overdue (ticket));
    }
  g_assert_true (hk_repairs_view_select (view, hk_repair_ticket_get_ticket_no (late)));
  g_assert_true (gtk_widget_get_mapped (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL,
                                                         "label", "Overdue")));

  /* Its page: the moves the machine would allow are not offered to one who only reads. */
  gtk_widget_activate_action (GTK_WIDGET (view), "repairs.open", NULL);
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 2);
  page = hk_repairs_view_get_ticket_page (view);
  g_assert_cmpstr (hk_repairs_view_get_visible_page (view), ==, "ticket");
  g_assert_false (button_enabled (GTK_WIDGET (page), "ticket.to-ready"));
  g_assert_false (button_enabled (GTK_WIDGET (page), "ticket.dispatch"));
  g_assert_false (gtk_widget_is_sensitive (hk_test_ui_find (GTK_WIDGET (page), GTK_TYPE_BUTTON,
                                                            "action-name", "ticket.add-fee")));
  g_assert_true (gtk_widget_get_mapped (hk_test_ui_find (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                                         "label", "Overdue: promised for "
                                                         "2031-03-07")));
  /* The phone is masked for who does not call the customer. */
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (page), GTK_TYPE_LABEL, "label", "139****1111"));
  g_assert_null (hk_test_ui_find (GTK_WIDGET (page), GTK_TYPE_LABEL, "label", "13900001111"));

  /* A clerk without either role does not see the section. */
  gtk_window_destroy (window);
  hk_test_ui_iterate ();
  hk_view_fixture_log_in (fixture, "zhangli", &window);
  g_assert_null (hk_window_get_section (HK_WINDOW (window), "repairs"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

#define ADD(path, func) \
  g_test_add ("/repairs-view/" path, HkViewFixture, NULL, hk_view_fixture_setup_demo, func, \
              hk_view_fixture_teardown)

  ADD ("intake", test_intake);
  ADD ("ticket-flow", test_ticket_flow);
  ADD ("pickup/clerk-receipt", test_pickup_clerk_receipt);
  ADD ("dispatch-and-return", test_dispatch_and_return);
  ADD ("parts-count", test_parts_count);
  ADD ("export", test_export);
  ADD ("export/dispatch-list", test_export_dispatch_list);
  ADD ("duty-manager", test_duty_manager);

#undef ADD

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
