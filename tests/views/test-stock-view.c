/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-stock-view.c: the Stock section through its real widgets: the supervisor allocates a
 * run of cards to a clerk, exports the day's count and receives a requisition's serials; a
 * clerk hands over with a count that differs, which must be explained before the
 * acknowledgement; a number reserved for a customer, which reads as available once its day
 * has passed. */

#include "config.h"

#include <string.h>

#include "core/hk-demo.h"
#include "hk-test-fixture.h"
#include "views/hk-stock-view.h"
#include "views/hk-window.h"

/* 2031-03-14 10:00 in Asia/Shanghai: a day after anything the demo hall records. */
#define NOW G_GINT64_CONSTANT (1931220000)
#define DAY (24 * 60 * 60)

static HkOperator *
lookup_operator (HkViewFixture *fixture,
                 const char    *login)
{
  g_autoptr(GError) error = NULL;
  HkOperator *operator;

  operator = hk_operator_store_lookup (hk_context_get_operator_store (fixture->context), login,
                                       &error);
  g_assert_no_error (error);
  g_assert_nonnull (operator);

  return operator;
}

static HkCardType *
lookup_type (HkViewFixture *fixture,
             const char    *code,
             guint         *position)
{
  GListModel *types = hk_card_stock_store_get_types (
    hk_context_get_card_stock_store (fixture->context));

  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(HkCardType) type = g_list_model_get_item (types, i);

      if (g_str_equal (hk_card_type_get_code (type), code))
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&type);
        }
    }

  g_assert_not_reached ();
}

static gint64
count_held (HkViewFixture *fixture,
            HkCardType    *type,
            gint64         holder_id)
{
  g_autoptr(GError) error = NULL;
  gint64 n;

  n = hk_card_stock_store_count_held (hk_context_get_card_stock_store (fixture->context),
                                      hk_card_type_get_id (type), holder_id, &error);
  g_assert_no_error (error);

  return n;
}

static HkStockView *
open_stock (HkViewFixture *fixture,
            const char    *login,
            GtkWindow    **window)
{
  hk_database_set_now (hk_context_get_database (fixture->context), NOW);
  hk_view_fixture_log_in (fixture, login, window);
  g_assert_true (hk_window_show_section (HK_WINDOW (*window), "stock"));

  return HK_STOCK_VIEW (hk_window_get_section (HK_WINDOW (*window), "stock"));
}

/* The message dialog on screen whose heading is @heading. */
static AdwMessageDialog *
find_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  hk_test_ui_iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }

  g_error ("No dialog “%s” on screen", heading);
}

/* The drop-down of the row titled @title. */
static GtkDropDown *
find_dropdown (GtkWidget  *root,
               const char *title)
{
  GtkWidget *row = hk_test_ui_find (root, ADW_TYPE_ACTION_ROW, "title", title);
  GtkWidget *dropdown;

  g_assert_nonnull (row);
  dropdown = hk_test_ui_find (row, GTK_TYPE_DROP_DOWN, NULL, NULL);
  g_assert_nonnull (dropdown);

  return GTK_DROP_DOWN (dropdown);
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  hk_test_ui_iterate ();
}

static void
assert_toast (GtkWindow  *window,
              const char *message)
{
  g_autofree char *toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));

  if (toasts == NULL || strstr (toasts, message) == NULL)
    g_error ("No toast “%s” in “%s”", message, toasts != NULL ? toasts : "");
}

static void
test_allocate (HkViewFixture *fixture,
               gconstpointer  data)
{
  g_autoptr(HkOperator) clerk = lookup_operator (fixture, "zhangli");
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *serials = NULL;
  g_autoptr(HkCardRun) run = NULL;
  HkCardSegment *segment;
  AdwMessageDialog *dialog;
  GtkDropDown *clerks;
  GtkWindow *window;
  HkStockView *view;
  gint64 hall_before;
  gint64 clerk_before;
  guint type_position;
  guint clerk_position = G_MAXUINT;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  type = lookup_type (fixture, "VC-050", &type_position);
  view = open_stock (fixture, "liqiang", &window);
  hall_before = count_held (fixture, type, 0);
  clerk_before = count_held (fixture, type, hk_operator_get_id (clerk));

  /* The hall's first five cards of the type, as a run. */
  segments = hk_card_stock_store_list_segments (hk_context_get_card_stock_store (fixture->context),
                                                hk_card_type_get_id (type), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (segments->len, >, 0);
  segment = g_ptr_array_index (segments, 0);
  g_assert_cmpint (segment->last_no - segment->first_no, >=, 4);
  run = hk_card_run_new (segment->prefix, segment->first_no, segment->first_no + 4);
  serials = hk_card_type_format_run (type, run);

  /* The supervisor's main action (Ctrl+N): the form refuses until the serials are given. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  dialog = find_dialog ("Allocate Cards?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "move"));
  gtk_drop_down_set_selected (find_dropdown (GTK_WIDGET (dialog), "Card type"), type_position);
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Serials", "12x");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "move"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Serials", serials);

  clerks = find_dropdown (GTK_WIDGET (dialog), "Clerk");
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (clerks)); i++)
    if (g_str_equal (gtk_string_object_get_string (
                       g_list_model_get_item (gtk_drop_down_get_model (clerks), i)),
                     hk_operator_get_display_name (clerk)))
      clerk_position = i;
  g_assert_cmpuint (clerk_position, !=, G_MAXUINT);
  gtk_drop_down_set_selected (clerks, clerk_position);
  respond (dialog, "move");

  /* The run left the hall's stock for the clerk's. */
  g_assert_cmpint (count_held (fixture, type, 0), ==, hall_before - 5);
  g_assert_cmpint (count_held (fixture, type, hk_operator_get_id (clerk)), ==, clerk_before + 5);
  assert_toast (window, "Cards allocated to");

  /* The clerk's group on the Cards page lists the run. */
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL, "label", serials));

  /* The day's count, exported in a thread while the window goes on. */
  path = g_build_filename (fixture->dir, "card-count.xlsx", NULL);
  hk_stock_view_export_count (view, path);
  g_assert_false (gtk_widget_is_sensitive (
                    hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_BUTTON, "action-name",
                                     "stock.export")));
  for (gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;
       hk_stock_view_is_exporting (view); )
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 100);
  g_assert_true (memcmp (contents, "PK", 2) == 0);
  g_assert_true (gtk_widget_is_sensitive (
                   hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_BUTTON, "action-name",
                                    "stock.export")));
}

static void
test_requisition (HkViewFixture *fixture,
                  gconstpointer  data)
{
  HkCardStockStore *stock = hk_context_get_card_stock_store (fixture->context);
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(HkCardRequisition) requisition = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(HkCardRun) run = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *serials = NULL;
  AdwMessageDialog *dialog;
  HkCardSegment *segment;
  GtkWindow *window;
  HkStockView *view;
  guint type_position;
  gint64 hall_before;
  gint64 requisition_id = 0;

  type = lookup_type (fixture, "VC-100", &type_position);
  view = open_stock (fixture, "liqiang", &window);
  hall_before = count_held (fixture, type, 0);

  /* Request ten cards: the quantity must be a whole number. */
  gtk_widget_activate_action (GTK_WIDGET (view), "stock.request", NULL);
  dialog = find_dialog ("Request Cards?");
  gtk_drop_down_set_selected (find_dropdown (GTK_WIDGET (dialog), "Card type"), type_position);
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Quantity", "ten");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "request"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Quantity", "10");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Note (optional)", "春节备货");
  respond (dialog, "request");

  open = hk_card_stock_store_list_requisitions (stock, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < open->len; i++)
    if (g_strcmp0 (hk_card_requisition_get_note (g_ptr_array_index (open, i)), "春节备货") == 0)
      requisition_id = hk_card_requisition_get_id (g_ptr_array_index (open, i));
  g_assert_cmpint (requisition_id, >, 0);

  /* Its row on the Cards page receives the ten serials that arrived. */
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "title",
                                     "有价卡 100元: 10 requested, 0 received"));
  segments = hk_card_stock_store_list_segments (stock, hk_card_type_get_id (type), -1, &error);
  g_assert_no_error (error);
  segment = g_ptr_array_index (segments, 0);
  run = hk_card_run_new (segment->prefix, 999000001, 999000010);
  serials = hk_card_type_format_run (type, run);
  gtk_widget_activate_action (GTK_WIDGET (view), "stock.receive", "x", requisition_id);
  dialog = find_dialog ("Receive Cards?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "receive"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Serials", serials);
  respond (dialog, "receive");

  requisition = hk_card_stock_store_lookup_requisition (stock, requisition_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_card_requisition_get_status (requisition), ==,
                   HK_CARD_REQUISITION_RECEIVED);
  g_assert_cmpint (count_held (fixture, type, 0), ==, hall_before + 10);
}

static void
test_handover_difference (HkViewFixture *fixture,
                          gconstpointer  data)
{
  HkContext *context = fixture->context;
  HkCardStockStore *stock = hk_context_get_card_stock_store (context);
  g_autoptr(HkOperator) clerk = lookup_operator (fixture, "zhangli");
  g_autoptr(HkCardType) type = lookup_type (fixture, "VC-100", NULL);
  g_autoptr(HkCardHandover) prepared = NULL;
  g_autoptr(HkCardHandover) handover = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(GPtrArray) handovers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *spin_name = NULL;
  g_autofree char *explain_name = NULL;
  g_autofree char *today = NULL;
  const HkCardHandoverLine *line;
  GtkWidget *spin;
  GtkWidget *explain;
  GtkWindow *window;
  HkStockView *view;

  hk_database_set_now (hk_context_get_database (context), NOW);
  shift = hk_shift_store_open (hk_context_get_shift_store (context), clerk, 50000, &error);
  g_assert_no_error (error);
  view = open_stock (fixture, "zhangli", &window);

  /* A clerk lands on the Handover page: one card fewer than the records say. */
  prepared = hk_card_stock_store_prepare_handover (stock, hk_operator_get_id (clerk), &error);
  g_assert_no_error (error);
  line = hk_card_handover_find_line (prepared, hk_card_type_get_id (type));
  g_assert_nonnull (line);
  g_assert_cmpint (line->end, >, 0);
  spin_name = g_strdup_printf ("Counted %s", hk_card_type_get_name (type));
  spin = hk_test_ui_find_named (GTK_WIDGET (view), spin_name);
  g_assert_nonnull (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, line->end);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), (double)(line->end - 1));
  hk_test_ui_iterate ();

  /* The difference asks why; handed over without it, it is flagged. */
  explain = hk_test_ui_find (GTK_WIDGET (view), ADW_TYPE_ENTRY_ROW, "title",
                             "Why the count of 有价卡 100元 differs");
  g_assert_nonnull (explain);
  g_assert_true (gtk_widget_get_visible (explain));
  gtk_widget_activate_action (GTK_WIDGET (view), "stock.hand-over", NULL);
  hk_test_ui_iterate ();
  assert_toast (window, "explain the difference before it is acknowledged");

  today = hk_hall_store_format_day (hk_context_get_hall_store (context), NOW);
  handovers = hk_card_stock_store_list_handovers (stock, today, today, hk_operator_get_id (clerk),
                                                  &error);
  g_assert_no_error (error);
  g_assert_cmpuint (handovers->len, ==, 1);
  handover = g_object_ref (g_ptr_array_index (handovers, 0));
  g_assert_true (hk_card_handover_has_unexplained (handover));
  g_assert_cmpint (hk_card_handover_line_get_difference (
                     hk_card_handover_find_line (handover, hk_card_type_get_id (type))), ==, -1);

  /* Not acknowledged while unexplained: the clerk explains in place, then acknowledges on
   * the next day, when she takes her cards up again. */
  g_assert_false (hk_card_handover_is_acknowledged (handover));
  explain_name = g_strdup_printf ("explain-%lld-%lld",
                                  (long long)hk_card_handover_get_id (handover),
                                  (long long)hk_card_type_get_id (type));
  explain = hk_test_ui_find_named (GTK_WIDGET (view), explain_name);
  g_assert_nonnull (explain);
  gtk_editable_set_text (GTK_EDITABLE (explain), "一张有价卡随赠品送出");
  gtk_widget_activate_action (GTK_WIDGET (view), "stock.explain", "(xx)",
                              hk_card_handover_get_id (handover), hk_card_type_get_id (type));
  hk_test_ui_iterate ();
  g_clear_object (&handover);
  handover = hk_card_stock_store_lookup_handover (
    stock, hk_card_handover_get_id (g_ptr_array_index (handovers, 0)), &error);
  g_assert_no_error (error);
  g_assert_false (hk_card_handover_has_unexplained (handover));
  g_assert_cmpstr (hk_card_handover_find_line (handover, hk_card_type_get_id (type))->explanation,
                   ==, "一张有价卡随赠品送出");

  hk_database_set_now (hk_context_get_database (context), NOW + DAY);
  gtk_widget_activate_action (GTK_WIDGET (view), "stock.acknowledge", "x",
                              hk_card_handover_get_id (handover));
  hk_test_ui_iterate ();
  g_clear_object (&handover);
  handover = hk_card_stock_store_lookup_handover (
    stock, hk_card_handover_get_id (g_ptr_array_index (handovers, 0)), &error);
  g_assert_no_error (error);
  g_assert_false (hk_card_handover_has_unexplained (handover));
  g_assert_true (hk_card_handover_is_acknowledged (handover));
}

static void
test_reserve_number (HkViewFixture *fixture,
                     gconstpointer  data)
{
  HkNumberPoolStore *pool = hk_context_get_number_pool_store (fixture->context);
  g_autoptr(GPtrArray) available = NULL;
  g_autoptr(HkPoolNumber) reserved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *ending = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  GListModel *numbers;
  GtkWindow *window;
  HkStockView *view;

  view = open_stock (fixture, "zhangli", &window);
  hk_stock_view_show_page (view, "numbers");
  numbers = hk_stock_view_get_numbers (view);
  g_assert_cmpuint (g_list_model_get_n_items (numbers), >, 0);

  /* An available number, found by its last four digits among those that match. */
  available = hk_number_pool_store_search (pool, NULL, HK_NUMBER_AVAILABLE, -1, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (available->len, ==, 1);
  digits = g_strdup (hk_pool_number_get_number (g_ptr_array_index (available, 0)));
  ending = g_strdup (digits + 7);
  hk_stock_view_search_numbers (view, ending);
  g_assert_cmpuint (g_list_model_get_n_items (numbers), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (numbers); i++)
    {
      g_autoptr(HkPoolNumber) item = g_list_model_get_item (numbers, i);

      g_assert_true (g_str_has_suffix (hk_pool_number_get_number (item), ending));
    }
  hk_stock_view_select_number (view, digits);

  gtk_widget_activate_action (GTK_WIDGET (view), "stock.reserve", NULL);
  heading = g_strdup_printf ("Reserve %s?", digits);
  dialog = find_dialog (heading);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reserve"));
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Customer", "王先生");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Customer’s phone",
                       "13912345678");
  hk_test_ui_set_text (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Until (last day)", "2031-03-16");
  respond (dialog, "reserve");

  reserved = hk_number_pool_store_lookup (pool, digits, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_pool_number_get_state (reserved), ==, HK_NUMBER_RESERVED);
  g_assert_cmpstr (hk_pool_number_get_reserved_for (reserved), ==, "王先生");
  assert_toast (window, "reserved until 2031-03-16");

  /* The history names the reservation. */
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL, "label",
                                     "Reserved"));

  /* Three days later the reservation has run out: listed as available again. */
  hk_database_set_now (hk_context_get_database (fixture->context), NOW + 3 * DAY);
  hk_stock_view_search_numbers (view, digits);
  g_assert_cmpuint (g_list_model_get_n_items (numbers), ==, 1);
  g_clear_object (&reserved);
  reserved = g_list_model_get_item (numbers, 0);
  g_assert_cmpint (hk_pool_number_get_state (reserved), ==, HK_NUMBER_AVAILABLE);
  g_assert_true (hk_pool_number_get_reservation_expired (reserved));
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_LABEL, "label",
                                     "Available (reservation ran out)"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/stock-view/allocate", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_allocate, hk_view_fixture_teardown);
  g_test_add ("/stock-view/requisition", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_requisition, hk_view_fixture_teardown);
  g_test_add ("/stock-view/handover-difference", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_handover_difference, hk_view_fixture_teardown);
  g_test_add ("/stock-view/reserve-number", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_reserve_number, hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
