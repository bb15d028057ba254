/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-screenshot-tool.c: saves the login window, every section and the forms of the demo hall
 * to PNG files, for build-aux/screenshots and the documentation.
 *
 * Usage: hallkeeper-screenshot DEMO.db OUTPUT-DIR SUFFIX
 * Each section is shown as an operator whose roles allow it would see it.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "../reports/chart-test-util.h"
#include "core/hk-demo.h"
#include "core/hk-money.h"
#include "hk-test-ui.h"
#include "views/hk-access-request-editor.h"
#include "views/hk-approvals-view.h"
#include "views/hk-archive-view.h"
#include "views/hk-bank-view.h"
#include "views/hk-customer-file-editor.h"
#include "views/hk-paper-approval-window.h"
#include "views/hk-recheck-editor.h"
#include "views/hk-analysis-view.h"
#include "views/hk-cash-desk-view.h"
#include "views/hk-chart-view.h"
#include "views/hk-close-shift-window.h"
#include "views/hk-complaint-editor.h"
#include "views/hk-complaint-item.h"
#include "views/hk-complaints-view.h"
#include "views/hk-fee-item-editor.h"
#include "views/hk-fee-items-view.h"
#include "views/hk-operator-editor.h"
#include "views/hk-preferences-window.h"
#include "views/hk-price-change-window.h"
#include "views/hk-reports-view.h"
#include "views/hk-repair-dispatch-window.h"
#include "views/hk-repair-handover-window.h"
#include "views/hk-repair-intake-window.h"
#include "views/hk-repairs-view.h"
#include "views/hk-hall-view.h"
#include "views/hk-section-registry.h"
#include "views/hk-settlement-item.h"
#include "views/hk-settlement-view.h"
#include "views/hk-shift-item.h"
#include "views/hk-shifts-view.h"
#include "views/hk-stock-view.h"
#include "views/hk-window.h"

static const char *output_dir;
static const char *suffix;

static void
save (GtkWidget  *widget,
      const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, suffix);
  g_autofree char *path = g_build_filename (output_dir, file, NULL);
  g_autoptr(GError) error = NULL;

  /* A new window may need a few frames before it has its size and content. */
  for (int attempt = 0; ; attempt++)
    {
      hk_test_ui_wait_for_frames (widget, 3);
      if (hk_test_ui_save_png (widget, path, attempt < 20 ? NULL : &error))
        break;
      if (error != NULL)
        g_error ("%s", error->message);
    }

  g_print ("%s\n", path);
}

/* Sections that read in the background are saved once they have read. */
static void
wait_until_loaded (GtkWidget *section)
{
  while ((HK_IS_SETTLEMENT_VIEW (section) &&
          hk_settlement_view_is_loading (HK_SETTLEMENT_VIEW (section))) ||
         (HK_IS_REPORTS_VIEW (section) && hk_reports_view_is_busy (HK_REPORTS_VIEW (section))))
    g_main_context_iteration (NULL, TRUE);
  while (HK_IS_ANALYSIS_VIEW (section) &&
         hk_analysis_view_is_loading (HK_ANALYSIS_VIEW (section)))
    g_main_context_iteration (NULL, TRUE);
}

/* The Analysis section's other pages, and both analyses in the dark style. */
static void
save_analysis (HkWindow *window)
{
  GtkWidget *view = hk_window_get_section (window, "analysis");
  AdwViewStack *stack = ADW_VIEW_STACK (hk_test_ui_find (view, ADW_TYPE_VIEW_STACK, NULL, NULL));
  GtkTextView *text = GTK_TEXT_VIEW (hk_test_ui_find (view, GTK_TYPE_TEXT_VIEW, NULL, NULL));
  AdwStyleManager *manager = adw_style_manager_get_default ();

  adw_view_stack_set_visible_child_name (stack, "quality");
  save (GTK_WIDGET (window), "analysis-quality");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text),
                            g_str_has_prefix (suffix, "zh")
                            ? "本月营收环比增长，手机销售占六成。投诉 24 小时及时率低于 95% 目标，"
                              "主要在网络质量类；下月起每日核对首问责任制本。"
                            : "Revenue grew on last month; handsets are three fifths of it. The "
                              "24-hour on-time rate is below the 95 % target, mostly in network "
                              "complaints: the first-contact book is checked daily from next "
                              "month.", -1);
  adw_view_stack_set_visible_child_name (stack, "commentary");
  save (GTK_WIDGET (window), "analysis-commentary");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  adw_view_stack_set_visible_child_name (stack, "economic");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 5);
  save (GTK_WIDGET (window), "analysis-economic-dark");
  adw_view_stack_set_visible_child_name (stack, "quality");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 5);
  save (GTK_WIDGET (window), "analysis-quality-dark");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* The Reports section opens on the last complete month; then its categories, the daily report
 * and the journal of the demo's last day, and the ten-day report of its period. */
static void
save_reports (HkWindow *window)
{
  HkContext *context = hk_window_get_context (window);
  GtkWidget *view = hk_window_get_section (window, "reports");
  g_autofree char *yesterday = NULL;

  yesterday = hk_hall_store_format_day (hk_context_get_hall_store (context),
                                        hk_database_get_now (hk_context_get_database (context))
                                        - 24 * 60 * 60);

  hk_reports_view_show_table (HK_REPORTS_VIEW (view), "by-category");
  save (GTK_WIDGET (window), "reports-monthly-by-category");

  gtk_widget_activate_action (view, "reports.report", "s", "daily");
  gtk_widget_activate_action (view, "reports.set-period", "s", yesterday);
  wait_until_loaded (view);
  hk_reports_view_show_table (HK_REPORTS_VIEW (view), "by-clerk");
  save (GTK_WIDGET (window), "reports-daily");

  gtk_widget_activate_action (view, "reports.report", "s", "dekad");
  wait_until_loaded (view);
  hk_reports_view_show_table (HK_REPORTS_VIEW (view), "by-day");
  save (GTK_WIDGET (window), "reports-dekad");

  gtk_widget_activate_action (view, "reports.report", "s", "journal");
  gtk_widget_activate_action (view, "reports.journal-period", "s", "day");
  gtk_widget_activate_action (view, "reports.set-period", "s", yesterday);
  wait_until_loaded (view);
  save (GTK_WIDGET (window), "reports-journal");
}

/* The auditor's daily report page, the invoice books and the form that registers a book. */
static void
save_settlement (HkWindow *window)
{
  HkSettlementView *view = HK_SETTLEMENT_VIEW (hk_window_get_section (window, "settlement"));
  HkInvoiceBooksPage *books = hk_settlement_view_get_books_page (view);
  GListModel *reports = hk_settlement_view_get_visible_model (view);
  GtkWindow *dialog;
  int width;
  int height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  hk_window_show_section (window, "settlement");
  wait_until_loaded (GTK_WIDGET (view));

  /* The newest report that is not signed yet, as the auditor meets it in the morning. */
  for (guint i = 0; i < g_list_model_get_n_items (reports); i++)
    {
      g_autoptr(HkSettlementItem) item = g_list_model_get_item (reports, i);

      if (hk_settlement_item_get_state (item) != HK_SETTLEMENT_STATE_SIGNED)
        {
          GtkWidget *page = GTK_WIDGET (hk_settlement_view_get_report_page (view));
          GtkWidget *scrolled = hk_test_ui_find (page, GTK_TYPE_SCROLLED_WINDOW, NULL, NULL);
          GtkAdjustment *adjustment;

          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (reports), i);
          gtk_widget_activate_action (GTK_WIDGET (view), "settlement.open-report", NULL);

          /* Wide enough for the three legs side by side; the slide to the page ends first. */
          gtk_window_set_default_size (GTK_WINDOW (window), MAX (width, 1180), 1000);
          hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
          save (GTK_WIDGET (window), "settlement-report");

          /* Then the check form and Sign, further down. */
          adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
          save (GTK_WIDGET (window), "settlement-report-check");

          gtk_widget_activate_action (GTK_WIDGET (view), "settlement.back", NULL);
          gtk_window_set_default_size (GTK_WINDOW (window), width, height);
          hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
          break;
        }
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  hk_test_ui_iterate ();
  dialog = hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  if (dialog != NULL)
    {
      save (GTK_WIDGET (dialog), "settlement-register-book");
      gtk_window_destroy (dialog);
    }

  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
  while (hk_invoice_books_page_is_loading (books))
    g_main_context_iteration (NULL, TRUE);
  save (GTK_WIDGET (window), "settlement-books");
}

/* The duty manager's Shifts: today has none yet in the demo, so the day before, with the
 * shift of the largest difference selected to show its blind count, and the reopen dialog. */
static void
save_shifts (HkWindow *window)
{
  HkShiftsView *view = HK_SHIFTS_VIEW (hk_window_get_section (window, "shifts"));
  GListModel *shifts = hk_shifts_view_get_visible_model (view);
  g_autofree char *day = hk_settlement_shift_day (hk_shifts_view_get_day (view), -1);
  GtkWindow *dialog;
  gint64 largest = -1;
  guint chosen = 0;

  hk_shifts_view_set_day (view, day);
  for (guint i = 0; i < g_list_model_get_n_items (shifts); i++)
    {
      g_autoptr(HkShiftItem) item = g_list_model_get_item (shifts, i);
      gint64 difference = ABS (hk_shift_get_cash_difference (hk_shift_item_get_shift (item)));

      if (difference > largest)
        {
          largest = difference;
          chosen = i;
        }
    }
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (shifts), chosen);
  save (GTK_WIDGET (window), "shifts-day");

  gtk_widget_activate_action (GTK_WIDGET (view), "shifts.reopen", NULL);
  hk_test_ui_iterate ();
  dialog = hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  if (dialog != NULL)
    {
      hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Reason for reopening"),
                           "抽屉下发现一张 50 元");
      save (GTK_WIDGET (dialog), "shifts-reopen");
      gtk_window_destroy (dialog);
    }
}

static void
enter_fee_item (GtkWidget *search,
                HkFeeItem *item)
{
  gtk_editable_set_text (GTK_EDITABLE (search), hk_fee_item_get_code (item));
  g_signal_emit_by_name (search, "activate");
}

/* The duty manager approves a lower price for the line just entered, at the counter. */
static void
save_price_change (HkWindow       *window,
                   HkReceiptEntry *entry)
{
  GtkWindow *form;
  g_autoptr(HkReceiptEntryLine) line = NULL;
  g_autofree char *price = NULL;
  GListModel *lines = hk_receipt_entry_get_lines (entry);

  gtk_widget_activate_action (GTK_WIDGET (entry), "receipt.change-price", NULL);
  hk_test_ui_iterate ();
  form = hk_test_ui_find_toplevel (HK_TYPE_PRICE_CHANGE_WINDOW);
  if (form == NULL)
    return;

  line = g_list_model_get_item (lines, g_list_model_get_n_items (lines) - 1);
  price = hk_money_format_plain (hk_receipt_entry_line_get_tariff_price (line) / 100 * 90);
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, _("New unit price (yuan)"), price);
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, _("Reason"), "包装破损，九折");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, _("Duty manager’s login name"),
                       "zhengwei");
  hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_PASSWORD_ENTRY_ROW,
                       _("Duty manager’s password"), HK_DEMO_PASSWORD);
  save (GTK_WIDGET (form), "price-change-window");
  gtk_widget_activate_action (GTK_WIDGET (form), "price.change", NULL);
  hk_test_ui_iterate ();
  if (hk_test_ui_find_toplevel (HK_TYPE_PRICE_CHANGE_WINDOW) != NULL)
    g_error ("The duty manager's approval was refused: %s",
             hk_price_change_window_get_problem (HK_PRICE_CHANGE_WINDOW (form)));
}

/* The cash desk at work: a shift open, two receipts issued and a third being entered through
 * the form, with a price approved by the duty manager, and the blind count form. */
static void
save_cash_desk (HkApplication *app,
                HkWindow      *window)
{
  HkContext *context = hk_application_get_context (app);
  HkOperator *clerk = hk_context_get_operator (context);
  HkCashDeskView *view = HK_CASH_DESK_VIEW (hk_window_get_section (window, "cash-desk"));
  HkReceiptEntry *entry = hk_cash_desk_view_get_receipt_entry (view);
  GListModel *items = hk_fee_item_store_get_model (hk_context_get_fee_item_store (context));
  GtkWidget *search = hk_test_ui_find (GTK_WIDGET (entry), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  g_autoptr(GPtrArray) sellable = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(GError) error = NULL;
  HkCloseShiftWindow *close_window;
  static const struct { const char *name; int count; } counts[] = {
    { "count-10000", 6 }, { "count-5000", 1 }, { "count-100", 9 }, { "count-50", 1 },
  };

  hk_window_show_section (window, "cash-desk");
  shift = hk_shift_store_get_open (hk_context_get_shift_store (context),
                                   hk_operator_get_id (clerk), &error);
  if (shift == NULL && error == NULL)
    shift = hk_shift_store_open (hk_context_get_shift_store (context), clerk, 50000, &error);
  if (shift == NULL)
    g_error ("Cannot open a shift for the cash desk: %s", error->message);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HkFeeItem) item = g_list_model_get_item (items, i);

      if (hk_fee_item_get_active (item) && hk_fee_item_has_price (item))
        g_ptr_array_add (sellable, g_steal_pointer (&item));
    }

  if (sellable->len >= 3)
    {
      enter_fee_item (search, g_ptr_array_index (sellable, sellable->len - 1));
      gtk_widget_activate_action (GTK_WIDGET (view), "cash-desk.issue", NULL);
      enter_fee_item (search, g_ptr_array_index (sellable, sellable->len / 2));
      enter_fee_item (search, g_ptr_array_index (sellable, sellable->len / 2));
      gtk_widget_activate_action (GTK_WIDGET (view), "cash-desk.issue", NULL);
      for (guint i = 0; i < 3; i++)
        enter_fee_item (search, g_ptr_array_index (sellable, i));
      save_price_change (window, entry);
      /* A value card: its serials are offered from the clerk's stock. */
      gtk_editable_set_text (GTK_EDITABLE (search), "VC-100");
      g_signal_emit_by_name (search, "activate");
    }
  save (GTK_WIDGET (window), "cash-desk-receipt-entry");

  close_window = hk_close_shift_window_new (GTK_WINDOW (window), context, shift);
  gtk_window_present (GTK_WINDOW (close_window));
  save (GTK_WIDGET (close_window), "close-shift-window");

  /* The count, and what the form and the cash desk show once the shift is closed. */
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (hk_test_ui_find_named (GTK_WIDGET (close_window),
                                                                       counts[i].name)),
                               counts[i].count);
  gtk_widget_activate_action (GTK_WIDGET (close_window), "close-shift.close", NULL);
  save (GTK_WIDGET (close_window), "close-shift-result");
  gtk_window_destroy (GTK_WINDOW (close_window));
  save (GTK_WIDGET (window), "cash-desk-shift-closed");
}

/* One chart of each kind, with demo numbers, in the light and the dark style. The names in the
 * charts are Chinese in the Chinese screenshots; dates and money follow the translation. */
static void
save_charts (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *grid = gtk_grid_new ();
  gboolean chinese = g_str_has_prefix (suffix, "zh");
  GtkWidget *focused = NULL;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  for (ChartDemo demo = 0; demo < CHART_N_DEMOS; demo++)
    {
      g_autoptr(HkChart) chart = chart_test_demo (demo, chinese);
      GtkWidget *view = hk_chart_view_new (chart);

      gtk_widget_set_size_request (view, 440, 260);
      gtk_grid_attach (GTK_GRID (grid), view, demo % 2, demo / 2, 1, 1);

      if (demo == CHART_DEMO_DAYS)
        focused = view;
    }
  gtk_window_set_child (window, grid);
  gtk_window_present (window);

  /* The keyboard's focus ring on a day of the first chart. */
  gtk_widget_grab_focus (focused);
  hk_chart_view_set_focus_point (HK_CHART_VIEW (focused), 0, 20);
  gtk_window_set_focus_visible (window, TRUE);
  save (GTK_WIDGET (window), "charts");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 5);
  save (GTK_WIDGET (window), "charts-dark");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (window);
}

static HkOperator *
find_operator_for (HkContext *context,
                   HkRoles    roles)
{
  GListModel *operators = hk_operator_store_get_model (hk_context_get_operator_store (context));

  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);

      if (hk_operator_has_any_role (operator, roles))
        return g_steal_pointer (&operator);
    }

  return NULL;
}

static HkWindow *
log_in (HkApplication *app,
        const char    *login)
{
  HkContext *context = hk_application_get_context (app);
  g_autoptr(HkOperator) operator = NULL;
  g_autoptr(GError) error = NULL;

  operator = hk_operator_store_authenticate (hk_context_get_operator_store (context), login,
                                             HK_DEMO_PASSWORD, &error);
  if (operator == NULL)
    g_error ("Cannot log in as %s: %s", login, error->message);

  return HK_WINDOW (hk_application_log_in (app, operator));
}

/* The supervisor's tariff: the new fee item form, a price change and a refused CSV file. */
static void
save_fee_items (HkApplication *app)
{
  HkWindow *window = log_in (app, "liqiang");
  HkFeeItemsView *view = HK_FEE_ITEMS_VIEW (hk_window_get_section (window, "fee-items"));
  g_autofree char *dir = g_dir_make_tmp ("hk-shots-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tariff.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *dialog;

  hk_window_show_section (window, "fee-items");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  hk_test_ui_iterate ();
  dialog = hk_test_ui_find_toplevel (HK_TYPE_FEE_ITEM_EDITOR);
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Code"), "ESIM-KT");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, C_("fee item", "Name"), "eSIM 开通费");
  save (GTK_WIDGET (dialog), "fee-item-editor");
  gtk_window_destroy (dialog);

  hk_fee_items_view_select (view, "SIM-5G");
  gtk_widget_activate_action (GTK_WIDGET (view), "fee-items.edit", NULL);
  hk_test_ui_iterate ();
  dialog = hk_test_ui_find_toplevel (HK_TYPE_FEE_ITEM_EDITOR);
  save (GTK_WIDGET (dialog), "fee-item-editor-price");
  gtk_window_destroy (dialog);

  g_file_set_contents (path, "code,name,category,price\nPJ-EJ,耳机,accessory,49.00\n"
                       "PJ-SB,手表,phone,899.00\n", -1, NULL);
  hk_fee_items_view_import_file (view, file);
  hk_test_ui_iterate ();
  dialog = hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  if (dialog != NULL)
    {
      save (GTK_WIDGET (dialog), "fee-items-import-error");
      gtk_window_destroy (dialog);
    }

  hk_test_ui_remove_dir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Selects the first ticket the repairs list shows with @status; FALSE when there is none. */
static gboolean
select_repair (HkRepairsView  *view,
               HkRepairStatus  status)
{
  GListModel *tickets = hk_repairs_view_get_visible_model (view);

  for (guint i = 0; i < g_list_model_get_n_items (tickets); i++)
    {
      g_autoptr(HkRepairTicket) ticket = g_list_model_get_item (tickets, i);

      if (hk_repair_ticket_get_status (ticket) == status &&
          hk_repair_ticket_get_fee_total (ticket) > 0)
        return hk_repairs_view_select (view, hk_repair_ticket_get_ticket_no (ticket));
    }

  return FALSE;
}

/* The duty manager's Hall section: each page on the day before today (a day the demo has
 * finished, its log signed), today's duty log, and the fault form. */
static void
save_hall (HkApplication *app)
{
  HkWindow *window = log_in (app, "zhengwei");
  HkHallView *view = HK_HALL_VIEW (hk_window_get_section (window, "hall"));
  const char *pages[] = { "duty-log", "safety", "cleaning", "records", "training", "demand" };
  g_autofree char *today = g_strdup (hk_hall_view_get_day (view));
  HkDutyShift shift = hk_hall_view_get_shift (view);
  GtkWindow *form;

  hk_window_show_section (window, "hall");
  save (GTK_WIDGET (window), "hall-today");
  gtk_widget_activate_action (GTK_WIDGET (view), "hall.previous-day", NULL);
  hk_test_ui_iterate ();
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("hall-%s", pages[i]);

      hk_hall_view_show_page (view, pages[i]);
      hk_test_ui_wait_for_frames (GTK_WIDGET (window), 4);
      save (GTK_WIDGET (window), name);
    }

  hk_hall_view_show_day (view, today, shift);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  hk_test_ui_iterate ();
  form = hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  if (form != NULL)
    {
      save (GTK_WIDGET (form), "hall-report-fault");
      gtk_window_destroy (form);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The technician's repair desk: the tickets, the intake form with an IMEI that has a history,
 * a ticket ready for pickup with its pickup form, the batches with a new one, the parts. */
static void
save_repairs (HkApplication *app)
{
  HkWindow *window = log_in (app, "wulei");
  HkRepairsView *view = HK_REPAIRS_VIEW (hk_window_get_section (window, "repairs"));
  GListModel *tickets = hk_repairs_view_get_visible_model (view);
  g_autofree char *imei = NULL;
  GtkWindow *form;

  hk_window_show_section (window, "repairs");
  save (GTK_WIDGET (window), "repairs-tickets");

  /* An IMEI the desk has seen, so the form shows its history. */
  if (g_list_model_get_n_items (tickets) > 0)
    {
      guint last = g_list_model_get_n_items (tickets) - 1;
      g_autoptr(HkRepairTicket) seen = g_list_model_get_item (tickets, last);

      imei = g_strdup (hk_repair_ticket_get_imei (seen));
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  hk_test_ui_iterate ();
  form = hk_test_ui_find_toplevel (HK_TYPE_REPAIR_INTAKE_WINDOW);
  if (form != NULL)
    {
      HkRepairIntakeWindow *intake = HK_REPAIR_INTAKE_WINDOW (form);

      gtk_window_set_default_size (form, 640, 1200);
      hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, _("Customer’s name"), "王小明");
      hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, _("Phone number"),
                           "13812345678");
      hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, _("Brand"), "华为");
      hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, _("Model"), "P40");
      hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, _("IMEI (15 digits)"),
                           "352099001761482");
      save (GTK_WIDGET (form), "repair-intake-imei");
      if (imei != NULL)
        hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, _("IMEI (15 digits)"), imei);
      gtk_check_button_set_active (hk_repair_intake_window_get_accessory_check (
                                     intake, HK_REPAIR_ACCESSORY_BATTERY), TRUE);
      gtk_check_button_set_active (hk_repair_intake_window_get_accessory_check (
                                     intake, HK_REPAIR_ACCESSORY_SIM_CARD), TRUE);
      gtk_check_button_set_active (hk_repair_intake_window_get_condition_check (
                                     intake, HK_REPAIR_CONDITION_CRACKED_SCREEN), TRUE);
      hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW,
                           _("Fault, as the customer describes it"), "屏幕碎裂，触摸失灵");
      hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, _("Estimated fee (yuan)"),
                           "450");
      hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, _("Deposit received (yuan)"),
                           "100");
      save (GTK_WIDGET (form), "repair-intake");
      gtk_widget_activate_action (GTK_WIDGET (form), "intake.save", NULL);
      hk_test_ui_iterate ();
      save (GTK_WIDGET (form), "repair-intake-done");
      gtk_window_destroy (form);
    }

  /* A device ready for pickup, with fees: its page and its pickup form. */
  hk_repairs_view_set_show (view, HK_REPAIRS_SHOW_AWAITING);
  hk_test_ui_iterate ();
  if (select_repair (view, HK_REPAIR_READY))
    {
      gtk_widget_activate_action (GTK_WIDGET (view), "repairs.open", NULL);
      hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
      save (GTK_WIDGET (window), "repair-ticket");
      gtk_widget_activate_action (GTK_WIDGET (hk_repairs_view_get_ticket_page (view)),
                                  "ticket.hand-over", NULL);
      hk_test_ui_iterate ();
      form = hk_test_ui_find_toplevel (HK_TYPE_REPAIR_HANDOVER_WINDOW);
      if (form != NULL)
        {
          gtk_window_set_default_size (form, 600, 1000);
          save (GTK_WIDGET (form), "repair-handover");
          gtk_window_destroy (form);
        }
      gtk_widget_activate_action (GTK_WIDGET (view), "repairs.back", NULL);
    }
  hk_repairs_view_set_show (view, HK_REPAIRS_SHOW_OPEN);

  hk_repairs_view_show_page (view, "batches");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
  {
    GListModel *batches = hk_repair_batches_page_get_visible_model (
                            hk_repairs_view_get_batches_page (view));

    if (g_list_model_get_n_items (batches) > 0)
      gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (batches), 0);
  }
  save (GTK_WIDGET (window), "repair-batches");
  gtk_widget_activate_action (GTK_WIDGET (hk_repairs_view_get_batches_page (view)), "batches.new",
                              NULL);
  hk_test_ui_iterate ();
  form = hk_test_ui_find_toplevel (HK_TYPE_REPAIR_DISPATCH_WINDOW);
  if (form != NULL)
    {
      hk_test_ui_set_text (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, _("Courier"), "顺丰 张师傅");
      save (GTK_WIDGET (form), "repair-dispatch");
      gtk_window_destroy (form);
    }

  hk_repairs_view_show_page (view, "parts");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
  {
    GListModel *parts =
      hk_repair_parts_page_get_visible_model (hk_repairs_view_get_parts_page (view));

    if (g_list_model_get_n_items (parts) > 0)
      gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (parts), 0);
  }
  save (GTK_WIDGET (window), "repair-parts");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The complaint officer's register: quick entry, the page of the complaint with the longest
 * history, the day check of yesterday, its service log and the opinion book. */
static void
save_complaints (HkApplication *app)
{
  HkWindow *window = log_in (app, "sunhao");
  HkComplaintsView *view = HK_COMPLAINTS_VIEW (hk_window_get_section (window, "complaints"));
  GListModel *complaints = hk_complaints_view_get_visible_model (view);
  g_autofree char *yesterday = NULL;
  GtkWindow *dialog;
  guint longest = 0;
  guint chosen = GTK_INVALID_LIST_POSITION;

  hk_window_show_section (window, "complaints");
  save (GTK_WIDGET (window), "complaints-register");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  hk_test_ui_iterate ();
  dialog = hk_test_ui_find_toplevel (HK_TYPE_COMPLAINT_EDITOR);
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Customer’s name"), "王先生");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Customer’s phone"),
                       "13812345678");
  adw_combo_row_set_selected (ADW_COMBO_ROW (hk_test_ui_find (GTK_WIDGET (dialog),
                                                              ADW_TYPE_COMBO_ROW, "title",
                                                              _("Category"))), 2);
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                       _("What the customer complains about"), "家里 5G 信号时有时无，晚上尤其差");
  save (GTK_WIDGET (dialog), "complaint-editor");
  gtk_window_destroy (dialog);

  for (guint i = 0; i < g_list_model_get_n_items (complaints); i++)
    {
      g_autoptr(HkComplaintItem) item = g_list_model_get_item (complaints, i);
      guint n = g_list_model_get_n_items (
                  hk_complaint_get_events (hk_complaint_item_get_complaint (item)));

      if (n > longest)
        {
          longest = n;
          chosen = i;
        }
    }
  if (chosen != GTK_INVALID_LIST_POSITION)
    {
      gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (complaints), chosen);
      gtk_widget_activate_action (GTK_WIDGET (view), "complaints.open", NULL);
      hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
      save (GTK_WIDGET (window), "complaint-page");

      gtk_widget_activate_action (GTK_WIDGET (hk_complaints_view_get_complaint_page (view)),
                                  "complaint.note", NULL);
      hk_test_ui_iterate ();
      dialog = hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
      if (dialog != NULL)
        {
          hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Note"),
                               "客户要求书面答复");
          save (GTK_WIDGET (dialog), "complaint-note");
          gtk_window_destroy (dialog);
        }
      gtk_widget_activate_action (GTK_WIDGET (view), "complaints.back", NULL);
      hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
    }

  yesterday = hk_settlement_shift_day (hk_complaints_view_get_last_day (view), -1);
  hk_complaints_view_show_page (view, "day-check");
  hk_complaint_day_page_set_day (hk_complaints_view_get_day_page (view), yesterday);
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
  save (GTK_WIDGET (window), "complaints-day-check");

  hk_complaints_view_show_page (view, "service-log");
  hk_service_log_page_set_day (hk_complaints_view_get_service_log_page (view), yesterday);
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
  save (GTK_WIDGET (window), "complaints-service-log");

  hk_complaints_view_show_page (view, "opinion-book");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
  save (GTK_WIDGET (window), "complaints-opinion-book");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Saves the message dialog that @action_name opened on @widget, then closes it. */
static void
save_dialog_of (GtkWidget  *widget,
                const char *action_name,
                const char *name)
{
  GtkWindow *dialog;

  gtk_widget_activate_action (widget, action_name, NULL);
  hk_test_ui_iterate ();
  dialog = hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  if (dialog == NULL)
    dialog = hk_test_ui_find_toplevel (ADW_TYPE_WINDOW);
  if (dialog == NULL)
    g_error ("%s opened nothing", action_name);
  save (GTK_WIDGET (dialog), name);
  gtk_window_destroy (dialog);
  hk_test_ui_iterate ();
}

/* The archive as the archivist, the approver and a complaint officer meet it: a file's page,
 * the inbox's pages and dialogs, and the forms. */
static void
save_archive (HkApplication *app)
{
  HkWindow *window = log_in (app, "zhouqing");
  HkArchiveView *archive = HK_ARCHIVE_VIEW (hk_window_get_section (window, "archive"));
  HkApprovalsView *approvals = HK_APPROVALS_VIEW (hk_window_get_section (window, "approvals"));
  GListModel *files = hk_archive_view_get_visible_model (archive);

  hk_window_show_section (window, "archive");
  /* A file that has been out and back, with a history. */
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(HkCustomerFile) file = g_list_model_get_item (files, i);

      if (hk_customer_file_get_status (file) == HK_FILE_OUT)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (files), i);
          break;
        }
    }
  gtk_widget_activate_action (GTK_WIDGET (archive), "archive.open", NULL);
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
  save (GTK_WIDGET (window), "archive-file-page");
  {
    /* Further down: its consultations, re-checks and history. */
    GtkWidget *scrolled = hk_test_ui_find (GTK_WIDGET (archive), GTK_TYPE_SCROLLED_WINDOW,
                                           "name", "page-scroller");
    GtkAdjustment *adjustment;

    if (scrolled != NULL)
      {
        adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
        gtk_adjustment_set_value (adjustment, 560);
        save (GTK_WIDGET (window), "archive-file-page-history");
      }
  }
  save_dialog_of (GTK_WIDGET (archive), "archive.recheck", "recheck-editor");
  save_dialog_of (GTK_WIDGET (archive), "archive.edit", "customer-file-editor");
  gtk_widget_activate_action (GTK_WIDGET (archive), "archive.back", NULL);
  save_dialog_of (GTK_WIDGET (archive), "archive.new", "customer-file-editor-new");

  hk_window_show_section (window, "approvals");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 5);
  save (GTK_WIDGET (window), "approvals-pending");
  save_dialog_of (GTK_WIDGET (approvals), "approvals.paper-approval", "paper-approval-window");
  hk_approvals_view_show_page (approvals, "approved");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
  save (GTK_WIDGET (window), "approvals-approved");
  save_dialog_of (GTK_WIDGET (approvals), "approvals.release", "approvals-release");
  hk_approvals_view_show_page (approvals, "out");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 40);
  save (GTK_WIDGET (window), "approvals-out");
  save_dialog_of (GTK_WIDGET (approvals), "approvals.return", "approvals-return");

  hk_window_show_section (window, "error-register");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 5);
  save (GTK_WIDGET (window), "error-register");
  gtk_window_destroy (GTK_WINDOW (window));

  /* The supervisor decides. */
  window = log_in (app, "liqiang");
  approvals = HK_APPROVALS_VIEW (hk_window_get_section (window, "approvals"));
  hk_window_show_section (window, "approvals");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 5);
  save (GTK_WIDGET (window), "approvals-liqiang");
  save_dialog_of (GTK_WIDGET (approvals), "approvals.approve", "approvals-approve");
  gtk_window_destroy (GTK_WINDOW (window));

  /* A complaint officer asks, and sees their own requests. */
  window = log_in (app, "sunhao");
  hk_window_show_section (window, "approvals");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 5);
  save (GTK_WIDGET (window), "approvals-sunhao");
  save_dialog_of (hk_window_get_section (window, "approvals"), "approvals.new",
                  "access-request-editor");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The auditor's bank work: the deposits with one selected and its form, the reconciliation,
 * the cheques still to follow with a bounced one selected, and the bounce question. */
static void
save_bank (HkApplication *app)
{
  HkWindow *window = log_in (app, "zhaomin");
  HkBankView *view = HK_BANK_VIEW (hk_window_get_section (window, "bank"));
  HkChequesPage *cheques = hk_bank_view_get_cheques_page (view);
  GListModel *model;

  hk_window_show_section (window, "bank");
  model = hk_bank_view_get_visible_model (view);
  if (g_list_model_get_n_items (model) > 0)
    gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), 0);
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 5);
  save (GTK_WIDGET (window), "bank-deposits");
  save_dialog_of (GTK_WIDGET (view), "bank.new-deposit", "bank-deposit-editor");

  hk_bank_view_show_page (view, "reconciliation");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 5);
  save (GTK_WIDGET (window), "bank-reconciliation");

  hk_bank_view_show_page (view, "cheques");
  model = hk_cheques_page_get_visible_model (cheques);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkCheque) cheque = g_list_model_get_item (model, i);

      if (hk_cheque_get_state (cheque) == HK_CHEQUE_BOUNCED)
        {
          hk_cheques_page_select (cheques, hk_cheque_get_id (cheque));
          break;
        }
    }
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 5);
  save (GTK_WIDGET (window), "bank-cheques");
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkCheque) cheque = g_list_model_get_item (model, i);

      if (hk_cheque_get_state (cheque) == HK_CHEQUE_DEPOSITED)
        {
          hk_cheques_page_select (cheques, hk_cheque_get_id (cheque));
          save_dialog_of (GTK_WIDGET (cheques), "cheques.bounce", "bank-cheque-bounce");
          break;
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Stock section: the numbers ending in 8888 and the allocation form as the supervisor;
 * the handover page, with a count that differs, as a clerk. */
static void
save_stock (HkApplication *app)
{
  HkWindow *window = log_in (app, "liqiang");
  HkStockView *view = HK_STOCK_VIEW (hk_window_get_section (window, "stock"));
  GtkWidget *spin;

  hk_window_show_section (window, "stock");
  hk_stock_view_show_page (view, "numbers");
  hk_stock_view_search_numbers (view, "8888");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 20);
  save (GTK_WIDGET (window), "stock-numbers");
  save_dialog_of (GTK_WIDGET (view), "stock.allocate", "stock-allocate");
  gtk_window_destroy (GTK_WINDOW (window));

  window = log_in (app, "zhangli");
  view = HK_STOCK_VIEW (hk_window_get_section (window, "stock"));
  hk_window_show_section (window, "stock");
  hk_stock_view_show_page (view, "handover");
  spin = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_SPIN_BUTTON, NULL, NULL);
  if (spin != NULL)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                               gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)) - 1);
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 20);
  save (GTK_WIDGET (window), "stock-handover");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HkApplication) app = NULL;
  const char *localedir = g_getenv ("HALLKEEPER_LOCALEDIR");
  const HkSectionInfo *sections;
  HkContext *context;
  GtkWindow *login;
  HkWindow *window;
  guint n_sections;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc != 4)
    {
      g_printerr ("usage: %s DEMO.db OUTPUT-DIR SUFFIX\n", argv[0]);
      return 2;
    }

  output_dir = argv[2];
  suffix = argv[3];

  if (!gtk_init_check ())
    {
      g_printerr ("hallkeeper-screenshot: no display; run it under xvfb-run\n");
      return 1;
    }

  app = hk_application_new ();
  hk_test_ui_open (app, argv[1]);
  context = hk_application_get_context (app);

  login = hk_application_show_login (app);
  save (GTK_WIDGET (login), "login-window");
  gtk_window_destroy (login);

  /* The administrator's main window, its forms and the preferences. */
  window = log_in (app, "admin");
  save (GTK_WIDGET (window), "main-window");

  {
    HkOperatorEditor *editor = hk_operator_editor_new (GTK_WINDOW (window), context, NULL);

    gtk_window_present (GTK_WINDOW (editor));
    save (GTK_WIDGET (editor), "operator-editor");
    gtk_window_destroy (GTK_WINDOW (editor));
  }
  {
    HkPreferencesWindow *preferences = hk_preferences_window_new (GTK_WINDOW (window), context);

    GtkWidget *workstation;

    gtk_window_present (GTK_WINDOW (preferences));
    save (GTK_WIDGET (preferences), "preferences");
    workstation = hk_test_ui_find (GTK_WIDGET (preferences), ADW_TYPE_PREFERENCES_PAGE, "title",
                                   "Workstation");
    if (workstation == NULL)
      workstation = hk_test_ui_find (GTK_WIDGET (preferences), ADW_TYPE_PREFERENCES_PAGE,
                                     "title", "本机");
    g_assert_nonnull (workstation);
    adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (preferences),
                                             ADW_PREFERENCES_PAGE (workstation));
    save (GTK_WIDGET (preferences), "preferences-workstation");
    gtk_window_destroy (GTK_WINDOW (preferences));
  }
  /* The window locked after ten minutes without use. */
  hk_window_lock (HK_WINDOW (window), 10);
  save (GTK_WIDGET (window), "locked");
  gtk_window_destroy (GTK_WINDOW (window));

  /* Every section, as someone whose roles allow it sees it. */
  sections = hk_section_registry_get (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(HkOperator) operator = find_operator_for (context, sections[i].roles);
      g_autofree char *name = g_strdup_printf ("section-%s", sections[i].id);

      if (operator == NULL)
        g_error ("No demo operator may see the section %s", sections[i].id);

      window = log_in (app, hk_operator_get_login (operator));
      if (!hk_window_show_section (window, sections[i].id))
        g_error ("%s cannot see the section %s", hk_operator_get_login (operator),
                 sections[i].id);
      wait_until_loaded (hk_window_get_section (window, sections[i].id));
      save (GTK_WIDGET (window), name);
      if (g_strcmp0 (sections[i].id, "settlement") == 0)
        save_settlement (window);
      if (g_strcmp0 (sections[i].id, "shifts") == 0)
        save_shifts (window);
      if (g_strcmp0 (sections[i].id, "reports") == 0)
        save_reports (window);
      if (g_strcmp0 (sections[i].id, "analysis") == 0)
        save_analysis (window);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  window = log_in (app, "zhangli");
  save_cash_desk (app, window);
  gtk_window_destroy (GTK_WINDOW (window));

  save_fee_items (app);
  save_repairs (app);
  save_hall (app);
  save_complaints (app);
  save_archive (app);
  save_bank (app);
  save_stock (app);
  save_charts ();
  hk_test_ui_close_all ();

  return 0;
}
