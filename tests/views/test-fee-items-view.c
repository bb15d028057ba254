/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-fee-items-view.c: a hall supervisor keeps the tariff through the real Fee Items section:
 * the list with today's prices, the form, a price from tomorrow, deactivation, the filters and
 * the CSV import. */

#include "config.h"

#include <glib/gstdio.h>

#include "core/hk-demo.h"
#include "core/hk-error.h"
#include "hk-test-fixture.h"
#include "views/hk-fee-item-editor.h"
#include "views/hk-fee-items-view.h"
#include "views/hk-window.h"

/* The demo tariff has 26 fee items, all active: 19 of the counter, 7 of the repair desk. */
#define N_DEMO_ITEMS 26

static HkFeeItemsView *
open_fee_items (HkViewFixture *fixture,
                const char    *login,
                GtkWindow    **window)
{
  GtkWidget *view;

  hk_view_fixture_log_in (fixture, login, window);
  g_assert_true (hk_window_show_section (HK_WINDOW (*window), "fee-items"));
  view = hk_window_get_section (HK_WINDOW (*window), "fee-items");
  g_assert_true (HK_IS_FEE_ITEMS_VIEW (view));
  hk_test_ui_wait_for_frames (GTK_WIDGET (*window), 2);

  return HK_FEE_ITEMS_VIEW (view);
}

static HkFeeItemStore *
get_store (HkViewFixture *fixture)
{
  return hk_context_get_fee_item_store (fixture->context);
}

static guint
count_visible (HkFeeItemsView *view)
{
  return g_list_model_get_n_items (hk_fee_items_view_get_visible_model (view));
}

/* The item with @code as the list shows it, or NULL when the filters hide it. */
static HkFeeItem *
find_visible (HkFeeItemsView *view,
              const char     *code)
{
  GListModel *model = hk_fee_items_view_get_visible_model (view);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkFeeItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (hk_fee_item_get_code (item), code) == 0)
        return g_steal_pointer (&item);
    }

  return NULL;
}

static HkFeeItem *
get_selected (HkFeeItemsView *view)
{
  return gtk_single_selection_get_selected_item (
    GTK_SINGLE_SELECTION (hk_fee_items_view_get_visible_model (view)));
}

static HkFeeItem *
lookup (HkViewFixture *fixture,
        const char    *code)
{
  g_autoptr(GError) error = NULL;
  HkFeeItem *item = hk_fee_item_store_lookup (get_store (fixture), code, &error);

  g_assert_no_error (error);
  return item;
}

static char *
shift_day (const char *day,
           int         n_days)
{
  GDate date;
  char text[16];
  int year, month, mday;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &year, &month, &mday), ==, 3);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);
  if (n_days >= 0)
    g_date_add_days (&date, n_days);
  else
    g_date_subtract_days (&date, -n_days);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);

  return g_strdup (text);
}

static HkFeeItemEditor *
find_editor (void)
{
  HkFeeItemEditor *editor;

  hk_test_ui_iterate ();
  editor = HK_FEE_ITEM_EDITOR (hk_test_ui_find_toplevel (HK_TYPE_FEE_ITEM_EDITOR));
  g_assert_nonnull (editor);
  hk_test_ui_wait_for_frames (GTK_WIDGET (editor), 1);

  return editor;
}

static gboolean
save_enabled (HkFeeItemEditor *editor)
{
  GtkWidget *save = hk_test_ui_find (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "label", "C_reate");

  if (save == NULL)
    save = hk_test_ui_find (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "label", "_Save");
  g_assert_nonnull (save);

  return gtk_widget_is_sensitive (save);
}

static void
choose_category (HkFeeItemEditor *editor,
                 HkFeeCategory    category)
{
  GtkWidget *row = hk_test_ui_find (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "title", "Category");

  g_assert_nonnull (row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), category);
}

static const char *
row_text (HkFeeItemEditor *editor,
          const char      *title)
{
  GtkWidget *row = hk_test_ui_find (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "title", title);

  g_assert_nonnull (row);
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack != NULL ? haystack : "(null)", needle);
}

static GtkDropDown *
find_dropdown (HkFeeItemsView *view,
               const char     *tooltip)
{
  GtkWidget *dropdown = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN, "tooltip-text",
                                         tooltip);

  g_assert_nonnull (dropdown);
  return GTK_DROP_DOWN (dropdown);
}

static void
search (HkFeeItemsView *view,
        const char     *text)
{
  GtkWidget *entry = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "search-changed");
}

/* Clicks the dialog's button labelled @label, as a user would; the dialog closes. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  GtkWidget *button = hk_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "label", label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  hk_test_ui_iterate ();
  g_assert_null (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static GFile *
write_csv (HkViewFixture *fixture,
           const char    *name,
           const char    *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
test_list (HkViewFixture *fixture,
           gconstpointer  data)
{
  GtkWindow *window;
  HkFeeItemsView *view;
  GtkWidget *table;
  g_autoptr(HkFeeItem) charger = NULL;
  g_autoptr(HkFeeItem) phone = NULL;
  g_autofree char *today = hk_fee_item_store_dup_today (get_store (fixture));
  g_autofree char *subtitle = NULL;

  /* The supervisor administers the tariff. */
  hk_view_fixture_log_in (fixture, "liqiang", &window);
  g_assert_true (hk_window_show_section (HK_WINDOW (window), "fee-items"));
  view = HK_FEE_ITEMS_VIEW (hk_window_get_section (HK_WINDOW (window), "fee-items"));
  table = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL, NULL);

  /* Every demo item, with today's price and the day it applies from. */
  g_assert_cmpuint (count_visible (view), ==, N_DEMO_ITEMS);
  g_assert_cmpuint (g_list_model_get_n_items (hk_fee_item_store_get_model (get_store (fixture))),
                    ==, N_DEMO_ITEMS);
  charger = find_visible (view, "ACC-CD");
  g_assert_nonnull (charger);
  g_assert_cmpstr (hk_fee_item_get_name (charger), ==, "充电器");
  g_assert_cmpint (hk_fee_item_get_price (charger), ==, 5900);
  g_assert_nonnull (hk_fee_item_get_price_from (charger));
  g_assert_cmpint (strcmp (hk_fee_item_get_price_from (charger), today), <, 0);
  phone = find_visible (view, "PH-HW");
  g_assert_nonnull (phone);
  g_assert_cmpint (hk_fee_item_get_price (phone), ==, 259900);

  /* The cells show the money formatted, the category by its title, and the status in words. */
  g_assert_nonnull (hk_test_ui_find (table, GTK_TYPE_LABEL, "label", "¥59.00"));
  g_assert_nonnull (hk_test_ui_find (table, GTK_TYPE_LABEL, "label",
                                     hk_fee_category_get_title (HK_FEE_CATEGORY_ACCESSORY)));
  g_assert_nonnull (hk_test_ui_find (table, GTK_TYPE_LABEL, "label", "Active"));
  g_assert_nonnull (hk_test_ui_find (table, GTK_TYPE_LABEL, "label",
                                     hk_fee_item_get_price_from (charger)));

  /* The header names the day whose prices are shown, and Ctrl+N is the new item. */
  subtitle = g_strdup (hk_section_get_subtitle (HK_SECTION (view)));
  assert_contains (subtitle, today);
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, "label",
                                     "_New Fee Item"));
}

static void
test_create (HkViewFixture *fixture,
             gconstpointer  data)
{
  GtkWindow *window;
  HkFeeItemsView *view = open_fee_items (fixture, "liqiang", &window);
  HkFeeItemEditor *editor;
  g_autoptr(HkFeeItem) created = NULL;
  g_autofree char *today = hk_fee_item_store_dup_today (get_store (fixture));
  g_autofree char *toasts = NULL;
  gint64 added_before = hk_test_ui_count_audit (fixture->context, "fee-item-added");

  /* Ctrl+N, the header bar's button, opens the form. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.main-action", NULL);
  editor = find_editor ();

  /* Create stays off until the form is complete and valid, and says why. */
  g_assert_false (save_enabled (editor));
  g_assert_cmpstr (hk_fee_item_editor_get_problem (editor), ==, "Give the fee item’s code.");
  g_assert_cmpstr (row_text (editor, "Valid from"), ==, today);

  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Code", "ESIM 01");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name", "eSIM 开通费");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Price (yuan)", "35");
  g_assert_false (save_enabled (editor));
  assert_contains (hk_fee_item_editor_get_problem (editor), "“ESIM 01” is not a fee item code");

  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Code", "ESIM-01");
  choose_category (editor, HK_FEE_CATEGORY_SIM_CARD);
  g_assert_true (save_enabled (editor));
  g_assert_null (hk_fee_item_editor_get_problem (editor));

  /* Prices that are not money, or out of range, are refused in the form. */
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Price (yuan)", "35.005");
  g_assert_false (save_enabled (editor));
  assert_contains (hk_fee_item_editor_get_problem (editor), "35.005");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Price (yuan)", "三十五");
  g_assert_false (save_enabled (editor));
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Price (yuan)", "-1");
  g_assert_false (save_enabled (editor));
  assert_contains (hk_fee_item_editor_get_problem (editor), "A price is from ¥0.00");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Valid from", "2024-02-30");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Price (yuan)", "¥35.50");
  g_assert_false (save_enabled (editor));
  assert_contains (hk_fee_item_editor_get_problem (editor), "“2024-02-30” is not a date");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Valid from", today);
  g_assert_true (save_enabled (editor));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  hk_test_ui_iterate ();

  /* The form closed; the new item is in the database, listed and selected, and a toast says so. */
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_FEE_ITEM_EDITOR));
  created = lookup (fixture, "ESIM-01");
  g_assert_cmpstr (hk_fee_item_get_name (created), ==, "eSIM 开通费");
  g_assert_cmpint (hk_fee_item_get_category (created), ==, HK_FEE_CATEGORY_SIM_CARD);
  g_assert_cmpint (hk_fee_item_get_price (created), ==, 3550);
  g_assert_cmpstr (hk_fee_item_get_price_from (created), ==, today);
  g_assert_true (hk_fee_item_get_active (created));
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "fee-item-added"), ==,
                   added_before + 1);

  g_assert_cmpuint (count_visible (view), ==, N_DEMO_ITEMS + 1);
  g_assert_nonnull (get_selected (view));
  g_assert_cmpstr (hk_fee_item_get_code (get_selected (view)), ==, "ESIM-01");
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  assert_contains (toasts, "Fee item eSIM 开通费 created");
}

static void
test_duplicate_code_keeps_form_open (HkViewFixture *fixture,
                                     gconstpointer  data)
{
  GtkWindow *window;
  HkFeeItemsView *view = open_fee_items (fixture, "liqiang", &window);
  HkFeeItemEditor *editor;
  g_autofree char *toasts = NULL;

  gtk_widget_activate_action (GTK_WIDGET (view), "fee-items.new", NULL);
  editor = find_editor ();

  /* The store refuses a code that differs only in case; the form stays, with the reason. */
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Code", "sim-pt");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name", "另一种SIM卡");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Price (yuan)", "10.00");
  g_assert_true (save_enabled (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  hk_test_ui_iterate ();

  g_assert_nonnull (hk_test_ui_find_toplevel (HK_TYPE_FEE_ITEM_EDITOR));
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (editor));
  assert_contains (toasts, "differs only in upper and lower case from the code “SIM-PT”");
  g_assert_cmpuint (count_visible (view), ==, N_DEMO_ITEMS);
}

static void
test_edit_price_from_tomorrow (HkViewFixture *fixture,
                               gconstpointer  data)
{
  GtkWindow *window;
  HkFeeItemsView *view = open_fee_items (fixture, "liqiang", &window);
  GtkWidget *column_view = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL, NULL);
  HkFeeItemEditor *editor;
  GtkWidget *code_row;
  g_autoptr(HkFeeItem) listed = NULL;
  g_autoptr(HkFeeItem) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = hk_fee_item_store_dup_today (get_store (fixture));
  g_autofree char *yesterday = shift_day (today, -1);
  g_autofree char *tomorrow = shift_day (today, 1);
  gint64 price = 0;
  guint position;

  /* Enter (or a double click) on a row opens it. */
  hk_fee_items_view_select (view, "SIM-PT");
  position = gtk_single_selection_get_selected (
    GTK_SINGLE_SELECTION (hk_fee_items_view_get_visible_model (view)));
  g_assert_cmpstr (hk_fee_item_get_code (get_selected (view)), ==, "SIM-PT");
  g_signal_emit_by_name (column_view, "activate", position);
  editor = find_editor ();

  /* The code cannot change; nothing is missing, so Save is on. */
  code_row = hk_test_ui_find (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "title", "Code");
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (code_row)));
  g_assert_cmpstr (row_text (editor, "Name"), ==, "普通SIM卡");
  g_assert_true (save_enabled (editor));

  /* The form tells what a new price does to the days before and to receipts. */
  g_assert_nonnull (hk_test_ui_find (GTK_WIDGET (editor), ADW_TYPE_PREFERENCES_GROUP, "title",
                                     "New Price"));
  assert_contains (adw_preferences_group_get_description (
                     ADW_PREFERENCES_GROUP (hk_test_ui_find (GTK_WIDGET (editor),
                                                             ADW_TYPE_PREFERENCES_GROUP,
                                                             "title", "New Price"))),
                   "receipts always keep the price they were issued at");

  /* A past day is refused in the form. */
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "New price (yuan)", "15");
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Valid from", yesterday);
  g_assert_false (save_enabled (editor));
  assert_contains (hk_fee_item_editor_get_problem (editor), "from today");

  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Valid from", tomorrow);
  hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name", "普通SIM卡（标准）");
  g_assert_true (save_enabled (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  hk_test_ui_iterate ();
  g_assert_null (hk_test_ui_find_toplevel (HK_TYPE_FEE_ITEM_EDITOR));

  /* Today's price is unchanged in the list; tomorrow's is the new one. */
  listed = find_visible (view, "SIM-PT");
  g_assert_nonnull (listed);
  g_assert_cmpstr (hk_fee_item_get_name (listed), ==, "普通SIM卡（标准）");
  g_assert_cmpint (hk_fee_item_get_price (listed), ==, 1000);
  g_assert_cmpint (strcmp (hk_fee_item_get_price_from (listed), today), <, 0);

  stored = lookup (fixture, "SIM-PT");
  g_assert_true (hk_fee_item_store_price_on (get_store (fixture), hk_fee_item_get_id (stored),
                                             today, &price, &error));
  g_assert_no_error (error);
  g_assert_cmpint (price, ==, 1000);
  g_assert_true (hk_fee_item_store_price_on (get_store (fixture), hk_fee_item_get_id (stored),
                                             tomorrow, &price, &error));
  g_assert_no_error (error);
  g_assert_cmpint (price, ==, 1500);

  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "fee-item-price-set"), >=, 1);
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "fee-item-changed"), ==, 1);
}

static void
test_deactivate (HkViewFixture *fixture,
                 gconstpointer  data)
{
  GtkWindow *window;
  HkFeeItemsView *view = open_fee_items (fixture, "liqiang", &window);
  GtkWidget *button;
  AdwMessageDialog *dialog;
  GtkWidget *table = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW, NULL, NULL);
  g_autoptr(HkFeeItem) kept = NULL;
  g_autoptr(HkFeeItem) after = NULL;
  g_autoptr(HkFeeItem) again = NULL;

  hk_fee_items_view_select (view, "OTH-FY");
  button = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_BUTTON, "label", "_Deactivate…");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));

  /* It asks first; Cancel leaves the item alone. */
  gtk_widget_activate_action (GTK_WIDGET (view), "fee-items.toggle-active", NULL);
  hk_test_ui_iterate ();
  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Deactivate Fee Item?");
  assert_contains (adw_message_dialog_get_body (dialog), "复印费 (OTH-FY)");
  assert_contains (adw_message_dialog_get_body (dialog), "cash desk");
  click_response (dialog, "_Cancel");
  kept = lookup (fixture, "OTH-FY");
  g_assert_true (hk_fee_item_get_active (kept));

  gtk_widget_activate_action (GTK_WIDGET (view), "fee-items.toggle-active", NULL);
  hk_test_ui_iterate ();
  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  click_response (dialog, "_Deactivate");

  after = lookup (fixture, "OTH-FY");
  g_assert_false (hk_fee_item_get_active (after));
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "fee-item-deactivated"), ==, 1);

  /* The list shows active items by default: the item is gone from it... */
  g_assert_null (find_visible (view, "OTH-FY"));
  g_assert_cmpuint (count_visible (view), ==, N_DEMO_ITEMS - 1);

  /* ...and is found among the deactivated ones, from where it can come back. */
  gtk_drop_down_set_selected (find_dropdown (view, "Show fee items by status"), 2);
  g_assert_cmpuint (count_visible (view), ==, 1);
  hk_fee_items_view_select (view, "OTH-FY");
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_nonnull (hk_test_ui_find (table, GTK_TYPE_LABEL, "label", "Deactivated"));
  button = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_BUTTON, "label", "Re_activate");
  g_assert_nonnull (button);
  gtk_widget_activate_action (GTK_WIDGET (view), "fee-items.toggle-active", NULL);
  hk_test_ui_iterate ();
  g_assert_null (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  again = lookup (fixture, "OTH-FY");
  g_assert_true (hk_fee_item_get_active (again));
  gtk_drop_down_set_selected (find_dropdown (view, "Show fee items by status"), 1);
  g_assert_cmpuint (count_visible (view), ==, N_DEMO_ITEMS);
}

static void
test_filter_and_search (HkViewFixture *fixture,
                        gconstpointer  data)
{
  GtkWindow *window;
  HkFeeItemsView *view = open_fee_items (fixture, "liqiang", &window);
  GtkDropDown *category = find_dropdown (view, "Show fee items of one category");
  GtkWidget *entry = hk_test_ui_find (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  GtkWidget *focus;
  GtkWidget *no_match;
  g_autoptr(HkFeeItem) first = NULL;

  /* The first choice is every category; the others follow the categories' order. */
  gtk_drop_down_set_selected (category, 1 + HK_FEE_CATEGORY_SIM_CARD);
  g_assert_cmpuint (count_visible (view), ==, 2);
  first = g_list_model_get_item (hk_fee_items_view_get_visible_model (view), 0);
  g_assert_cmpint (hk_fee_item_get_category (first), ==, HK_FEE_CATEGORY_SIM_CARD);

  search (view, "5g");
  g_assert_cmpuint (count_visible (view), ==, 1);
  g_clear_object (&first);
  first = g_list_model_get_item (hk_fee_items_view_get_visible_model (view), 0);
  g_assert_cmpstr (hk_fee_item_get_code (first), ==, "SIM-5G");

  /* By name, in every category. */
  gtk_drop_down_set_selected (category, 0);
  search (view, "话费");
  g_assert_cmpuint (count_visible (view), ==, 2);
  search (view, "acc-");
  g_assert_cmpuint (count_visible (view), ==, 4);

  /* Nothing found: a status page says so instead of an empty table. */
  search (view, "nothing like this");
  g_assert_cmpuint (count_visible (view), ==, 0);
  hk_test_ui_wait_for_frames (GTK_WIDGET (window), 2);
  no_match = hk_test_ui_find (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE, "title",
                              "No Matching Fee Items");
  g_assert_nonnull (no_match);
  g_assert_true (gtk_widget_get_mapped (no_match));
  search (view, "");
  g_assert_cmpuint (count_visible (view), ==, N_DEMO_ITEMS);
  g_assert_false (gtk_widget_get_mapped (no_match));

  /* Ctrl+F goes to the search entry. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  focus = gtk_window_get_focus (window);
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

static void
test_import (HkViewFixture *fixture,
             gconstpointer  data)
{
  GtkWindow *window;
  HkFeeItemsView *view = open_fee_items (fixture, "liqiang", &window);
  g_autoptr(GFile) file = NULL;
  g_autoptr(HkFeeItem) earphones = NULL;
  g_autoptr(HkFeeItem) sim = NULL;
  g_autoptr(HkFeeItem) listed = NULL;
  g_autofree char *toasts = NULL;

  /* One new item, one changed price, one unchanged: the demo's own line. */
  file = write_csv (fixture, "tariff.csv",
                    "code,name,category,price\r\n"
                    "PJ-EJ,\"耳机, 有线\",accessory,49.00\r\n"
                    "SIM-PT,普通SIM卡,sim_card,12.00\r\n"
                    "ACC-CD,充电器,accessory,59.00\r\n");

  g_assert_true (hk_fee_items_view_import_file (view, file));
  hk_test_ui_iterate ();

  g_assert_null (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  assert_contains (toasts, "Imported fee items: 1 new, 1 changed.");

  earphones = lookup (fixture, "PJ-EJ");
  g_assert_cmpstr (hk_fee_item_get_name (earphones), ==, "耳机, 有线");
  g_assert_cmpint (hk_fee_item_get_price (earphones), ==, 4900);
  sim = lookup (fixture, "SIM-PT");
  g_assert_cmpint (hk_fee_item_get_price (sim), ==, 1200);

  /* The list follows the store. */
  g_assert_cmpuint (count_visible (view), ==, N_DEMO_ITEMS + 1);
  listed = find_visible (view, "SIM-PT");
  g_assert_cmpint (hk_fee_item_get_price (listed), ==, 1200);
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "fee-items-imported"), ==, 1);
}

/* The Import button's file chooser: under Xvfb without a portal it is GTK's own dialog, so the
 * test chooses the file there as a user would and accepts. */
static void
test_import_through_chooser (HkViewFixture *fixture,
                             gconstpointer  data)
{
  GtkWindow *window;
  HkFeeItemsView *view = open_fee_items (fixture, "liqiang", &window);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HkFeeItem) earphones = NULL;
  GtkWindow *chooser;
  g_autofree char *toasts = NULL;
  gint64 deadline = g_get_monotonic_time () + HK_TEST_UI_PATIENCE;

  file = write_csv (fixture, "tariff.csv", "code,name,category,price\nPJ-EJ,耳机,accessory,49.00\n");

  gtk_widget_activate_action (GTK_WIDGET (view), "fee-items.import", NULL);
  hk_test_ui_iterate ();
  chooser = hk_test_ui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error);
  g_assert_no_error (error);

  while (hk_test_ui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL &&
         g_get_monotonic_time () < deadline)
    {
      GtkWidget *button = hk_test_ui_find (GTK_WIDGET (chooser), GTK_TYPE_BUTTON, "label",
                                           "_Import");

      g_assert_nonnull (button);
      g_signal_emit_by_name (button, "clicked");
      g_main_context_iteration (NULL, FALSE);
    }
  hk_test_ui_iterate ();

  g_assert_null (hk_test_ui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  earphones = lookup (fixture, "PJ-EJ");
  g_assert_cmpint (hk_fee_item_get_price (earphones), ==, 4900);
  toasts = hk_test_ui_collect_toasts (GTK_WIDGET (window));
  assert_contains (toasts, "Imported fee items: 1 new, 0 changed.");
}

static void
test_import_bad_file (HkViewFixture *fixture,
                      gconstpointer  data)
{
  GtkWindow *window;
  HkFeeItemsView *view = open_fee_items (fixture, "liqiang", &window);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autofree char *missing_path = NULL;
  AdwMessageDialog *dialog;
  GError *error = NULL;
  HkFeeItem *item;

  /* A good line, then a bad category on line 3: nothing at all is written. */
  file = write_csv (fixture, "bad-tariff.csv",
                    "code,name,category,price\n"
                    "PJ-EJ,耳机,accessory,49.00\n"
                    "PJ-SB,手表,phone,899.00\n");

  g_assert_false (hk_fee_items_view_import_file (view, file));
  hk_test_ui_iterate ();

  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "File Not Imported");
  assert_contains (adw_message_dialog_get_body (dialog), "“bad-tariff.csv”: line 3:");
  assert_contains (adw_message_dialog_get_body (dialog), "“phone” is not a category");
  assert_contains (adw_message_dialog_get_body (dialog), "Nothing from the file was imported");
  click_response (dialog, "_Close");

  item = hk_fee_item_store_lookup (get_store (fixture), "PJ-EJ", &error);
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
  g_assert_null (item);
  g_clear_error (&error);
  g_assert_cmpuint (count_visible (view), ==, N_DEMO_ITEMS);
  g_assert_cmpint (hk_test_ui_count_audit (fixture->context, "fee-items-imported"), ==, 0);

  /* A file that cannot be read is told in the same way. */
  missing_path = g_build_filename (fixture->dir, "gone.csv", NULL);
  missing = g_file_new_for_path (missing_path);
  g_assert_false (hk_fee_items_view_import_file (view, missing));
  hk_test_ui_iterate ();
  dialog = ADW_MESSAGE_DIALOG (hk_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  assert_contains (adw_message_dialog_get_body (dialog), "“gone.csv” cannot be read");
}

static void
test_only_supervisors_and_administrators (HkViewFixture *fixture,
                                          gconstpointer  data)
{
  const char *logins[] = { "zhangli", "zhaomin", "admin", "liqiang" };
  const gboolean sees[] = { FALSE, FALSE, TRUE, TRUE };

  for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
    {
      GtkWindow *window;
      g_auto(GStrv) ids = NULL;
      HkOperator *operator = hk_view_fixture_log_in (fixture, logins[i], &window);

      /* The fixture's operators are what the test thinks they are. */
      g_assert_cmpint (hk_operator_has_any_role (operator,
                                                 HK_ROLE_SUPERVISOR | HK_ROLE_ADMINISTRATOR),
                       ==, sees[i]);

      ids = hk_window_dup_section_ids (HK_WINDOW (window));
      g_assert_cmpint (g_strv_contains ((const char * const *)ids, "fee-items"), ==, sees[i]);
      g_assert_cmpint (hk_window_show_section (HK_WINDOW (window), "fee-items"), ==, sees[i]);
      g_assert_cmpint (hk_window_get_section (HK_WINDOW (window), "fee-items") != NULL, ==,
                       sees[i]);

      gtk_window_destroy (window);
      hk_test_ui_iterate ();
    }
}

static void
test_empty_tariff (HkViewFixture *fixture,
                   gconstpointer  data)
{
  GtkWindow *window;
  HkFeeItemsView *view;
  GtkWidget *empty;
  g_autoptr(HkOperator) admin = NULL;
  g_autoptr(GError) error = NULL;

  /* A new hall: its administrator, and no tariff yet. */
  admin = hk_operator_store_create_administrator (
    hk_context_get_operator_store (fixture->context), "admin", "王建国", HK_DEMO_PASSWORD, &error);
  g_assert_no_error (error);
  view = open_fee_items (fixture, "admin", &window);

  /* A status page says what belongs here and offers both ways to fill it. */
  g_assert_cmpuint (count_visible (view), ==, 0);
  empty = hk_test_ui_find (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE, "title", "No Fee Items");
  g_assert_nonnull (empty);
  g_assert_true (gtk_widget_get_mapped (empty));
  g_assert_nonnull (hk_test_ui_find (empty, GTK_TYPE_BUTTON, "label", "_Import…"));

  /* The first item replaces it with the list. */
  gtk_widget_activate_action (hk_test_ui_find (empty, GTK_TYPE_BUTTON, "label", "_New Fee Item"),
                              "fee-items.new", NULL);
  {
    HkFeeItemEditor *editor = find_editor ();

    hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Code", "TOP-050");
    hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name", "话费充值 50元");
    hk_test_ui_set_text (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Price (yuan)", "50");
    gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
    hk_test_ui_iterate ();
  }
  g_assert_cmpuint (count_visible (view), ==, 1);
  g_assert_false (gtk_widget_get_mapped (empty));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!hk_test_ui_init (&argc, &argv))
    return 0;

  hk_view_fixture_prepare_demo ();

  g_test_add ("/fee-items-view/list", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_list, hk_view_fixture_teardown);
  g_test_add ("/fee-items-view/create", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_create, hk_view_fixture_teardown);
  g_test_add ("/fee-items-view/duplicate-code", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_duplicate_code_keeps_form_open,
              hk_view_fixture_teardown);
  g_test_add ("/fee-items-view/edit-price-from-tomorrow", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_edit_price_from_tomorrow,
              hk_view_fixture_teardown);
  g_test_add ("/fee-items-view/deactivate", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_deactivate, hk_view_fixture_teardown);
  g_test_add ("/fee-items-view/filter-and-search", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_filter_and_search, hk_view_fixture_teardown);
  g_test_add ("/fee-items-view/import", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_import, hk_view_fixture_teardown);
  g_test_add ("/fee-items-view/import-through-chooser", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_import_through_chooser, hk_view_fixture_teardown);
  g_test_add ("/fee-items-view/import-bad-file", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_import_bad_file, hk_view_fixture_teardown);
  g_test_add ("/fee-items-view/empty", HkViewFixture, NULL,
              hk_view_fixture_setup_empty, test_empty_tariff, hk_view_fixture_teardown);
  g_test_add ("/fee-items-view/roles", HkViewFixture, NULL,
              hk_view_fixture_setup_demo, test_only_supervisors_and_administrators,
              hk_view_fixture_teardown);

  status = g_test_run ();
  hk_view_fixture_cleanup_demo ();

  return status;
}
