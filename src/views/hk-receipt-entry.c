/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-receipt-entry.c: the cash desk's keyboard-driven form for one receipt.
 *
 * The clerk types a fee item's code or part of its name; the matching active
 * items of the tariff show under the search entry and Enter adds the
 * selected one (the exact code, else the first match) as a line of quantity
 * 1, or adds one to its line. The total shows in yuan and in Chinese capital
 * numerals. The whole total is paid in cash unless "Split payment" is on;
 * then the clerk gives an amount per method and the form shows what remains
 * or is overpaid. The form names the first thing that keeps the receipt from
 * being issued; the store checks every rule again when it is.
 *
 * Change Price (F2) charges the selected line at a price other than the
 * tariff, with a reason and a duty manager's approval (HkPriceChangeWindow).
 * A receipt has one approver, so the changed prices of one receipt are
 * approved by the same duty manager.
 *
 * A line of a fee item linked to a card type sells serials: the form offers
 * the clerk's lowest ones (as many as the quantity, following a change of
 * quantity until the clerk types others) and names under the form a serial
 * the clerk does not hold. Another line may sell a number of the number
 * stock (a service line, such as the number selection fee): the clerk
 * types digits or a pattern and Enter takes the first
 * available match. F3 goes to the selected line's serials or number, Enter
 * there back to the fee item search. A cheque payment takes the cheque's
 * bank and payer, and the form warns when a cheque of that payer bounced.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/hk-error.h"
#include "core/hk-input.h"
#include "core/hk-money.h"
#include "core/hk-privacy.h"
#include "hk-price-change-window.h"
#include "hk-receipt-entry.h"
#include "hk-receipt-entry-line.h"
#include "hk-receipt-sale-check.h"

struct _HkReceiptEntry
{
  AdwBin               parent_instance;

  HkContext           *context;
  GListStore          *lines;
  char                *blocker;
  char                *problem;
  AdwEntryRow         *payment_rows[HK_N_PAYMENT_METHODS];
  AdwEntryRow         *cheque_number_row;
  AdwEntryRow         *cheque_bank_row;
  AdwEntryRow         *cheque_payer_row;
  AdwActionRow        *payer_warning_row;
  HkReceiptEntryLine  *detail_line;
  gboolean             showing_detail;
  gboolean             updating;

  /* Template widgets */
  GtkLabel            *capital_label;
  GtkColumnView       *lines_view;
  GtkStack            *lines_stack;
  GtkSingleSelection  *lines_selection;
  GtkFilterListModel  *match_filter_model;
  GtkLabel            *match_label;
  GtkListBox          *number_matches;
  AdwEntryRow         *number_row;
  GtkListBox          *sale_details;
  AdwEntryRow         *serials_row;
  GtkSingleSelection  *match_selection;
  GtkStack            *matches_stack;
  GtkListView         *matches_view;
  GtkLabel            *payment_label;
  AdwEntryRow         *phone_row;
  GtkLabel            *problem_label;
  GtkColumnViewColumn *quantity_column;
  GtkColumnViewColumn *remove_column;
  GtkSearchEntry      *search_entry;
  AdwExpanderRow      *split_row;
  GtkLabel            *total_label;
};

G_DEFINE_FINAL_TYPE (HkReceiptEntry, hk_receipt_entry, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_money (gpointer unused,
              gint64   fen)
{
  return hk_money_format (fen);
}

static const char *
row_text (gpointer row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_row_error (gpointer row,
               gboolean error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static gboolean
is_split (HkReceiptEntry *self)
{
  return adw_expander_row_get_enable_expansion (self->split_row);
}

/* Warns the clerk, beside the cheque, when a cheque of its payer bounced and is unresolved. */
static void
update_payer_warning (HkReceiptEntry *self,
                      gboolean        cheque)
{
  g_autofree char *payer = g_strstrip (g_strdup (row_text (self->cheque_payer_row)));
  g_autofree char *warning = NULL;

  if (cheque && *payer != '\0' && self->context != NULL)
    warning = hk_cheque_store_check_payer (hk_context_get_cheque_store (self->context), payer,
                                           NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->payer_warning_row),
                                 warning != NULL ? warning : "");
  gtk_widget_set_visible (GTK_WIDGET (self->payer_warning_row), warning != NULL);
}

/* Reads the payments the form stands for into @payments (HK_N_PAYMENT_METHODS long).
 * Returns the first problem with an amount typed, or NULL. */
static char *
read_payments (HkReceiptEntry        *self,
               gint64                 total,
               HkReceiptPaymentInput *payments,
               guint                 *n_payments,
               gint64                *paid)
{
  char *problem = NULL;
  gboolean cheque = FALSE;

  *n_payments = 0;
  *paid = 0;

  if (!is_split (self))
    {
      for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
        set_row_error (self->payment_rows[m], FALSE);
      set_row_error (self->cheque_number_row, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->cheque_number_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->cheque_bank_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->cheque_payer_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->payer_warning_row), FALSE);

      if (total > 0)
        {
          payments[0] = (HkReceiptPaymentInput) { HK_PAYMENT_CASH, total, NULL };
          *n_payments = 1;
          *paid = total;
        }

      return NULL;
    }

  for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
    {
      g_autofree char *text = g_strstrip (g_strdup (row_text (self->payment_rows[m])));
      g_autoptr(GError) error = NULL;
      gint64 amount = 0;
      gboolean bad = FALSE;

      if (*text != '\0')
        {
          if (!hk_input_parse_money (text, &amount, &error))
            bad = TRUE;
          else if (amount < 0)
            bad = TRUE;
        }

      set_row_error (self->payment_rows[m], bad);
      if (bad && problem == NULL)
        problem = g_strdup_printf ("%s: %s", hk_payment_method_get_title (m),
                                   error != NULL ? error->message
                                                 : _("a payment cannot be negative."));
      if (bad || amount == 0)
        continue;

      payments[*n_payments] = (HkReceiptPaymentInput) {
        m, amount, NULL, NULL, NULL
      };
      if (m == HK_PAYMENT_CHEQUE)
        {
          payments[*n_payments].cheque_no = row_text (self->cheque_number_row);
          payments[*n_payments].cheque_bank = row_text (self->cheque_bank_row);
          payments[*n_payments].cheque_payer = row_text (self->cheque_payer_row);
        }
      (*n_payments)++;
      *paid += amount;
      cheque = cheque || m == HK_PAYMENT_CHEQUE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->cheque_number_row), cheque);
  gtk_widget_set_visible (GTK_WIDGET (self->cheque_bank_row), cheque);
  gtk_widget_set_visible (GTK_WIDGET (self->cheque_payer_row), cheque);
  update_payer_warning (self, cheque);
  if (cheque)
    {
      g_autofree char *number = g_strstrip (g_strdup (row_text (self->cheque_number_row)));

      set_row_error (self->cheque_number_row, FALSE);
      if (*number == '\0' && problem == NULL)
        problem = g_strdup (_("Give the cheque number."));
    }

  return problem;
}

static gint64
compute_total (HkReceiptEntry *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  gint64 total = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkReceiptEntryLine) line = g_list_model_get_item (G_LIST_MODEL (self->lines), i);

      total += hk_receipt_entry_line_get_amount (line);
    }

  return total;
}

/* The duty manager who approved the custom prices of the receipt, or NULL when it has none.
 * @several is set when different duty managers approved different lines. */
static HkOperator *
get_price_approver (HkReceiptEntry *self,
                    gboolean       *several)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  HkOperator *approver = NULL;

  *several = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkReceiptEntryLine) line = g_list_model_get_item (G_LIST_MODEL (self->lines), i);
      HkOperator *line_approver = hk_receipt_entry_line_get_price_approver (line);

      if (line_approver == NULL)
        continue;
      if (approver != NULL && hk_operator_get_id (approver) != hk_operator_get_id (line_approver))
        *several = TRUE;
      if (approver == NULL)
        approver = line_approver;
    }

  return approver;
}

/* The first line that cannot sell its serials or its number, as a sentence, or NULL. The
 * price of a premium number named on a line becomes the line's price here. */
static char *
find_sale_problem (HkReceiptEntry *self,
                   const char     *phone)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  gint64 clerk_id;
  char *problem = NULL;

  if (self->context == NULL)
    return NULL;

  clerk_id = hk_operator_get_id (hk_context_get_operator (self->context));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkReceiptEntryLine) line = g_list_model_get_item (G_LIST_MODEL (self->lines), i);
      HkCardType *type = hk_receipt_entry_line_get_card_type (line);
      g_autofree char *line_problem = NULL;
      gint64 premium_price = 0;

      if (type != NULL)
        line_problem = hk_receipt_sale_check_serials (
          hk_context_get_card_stock_store (self->context), type, clerk_id, i + 1,
          hk_receipt_entry_line_get_quantity (line), hk_receipt_entry_line_get_serials (line));
      else
        {
          const char *number = hk_receipt_entry_line_get_number (line);

          line_problem = hk_receipt_sale_check_number (
            hk_context_get_number_pool_store (self->context), i + 1,
            hk_receipt_entry_line_get_quantity (line), number, phone, &premium_price);
          /* A changed price notifies the amount: update_state() ignores it while it runs. */
          hk_receipt_entry_line_set_number (line, number, premium_price);
        }

      if (line_problem != NULL && problem == NULL)
        problem = g_steal_pointer (&line_problem);
    }

  return problem;
}

/* Updates the totals and the payment status; returns the first problem, or NULL. */
static char *
find_problem (HkReceiptEntry *self)
{
  HkReceiptPaymentInput payments[HK_N_PAYMENT_METHODS];
  g_autofree char *payment_problem = NULL;
  g_autofree char *sale_problem = NULL;
  g_autofree char *phone = g_strstrip (hk_input_fold_digits (row_text (self->phone_row)));
  g_autofree char *total_text = NULL;
  g_autofree char *capital = NULL;
  g_autofree char *status = NULL;
  gboolean phone_bad;
  gboolean several_approvers;
  guint n_payments;
  gint64 total;
  gint64 paid;

  /* First, as a premium number named on a line sets the line's price. */
  sale_problem = find_sale_problem (self, phone);

  total = compute_total (self);
  total_text = hk_money_format (total);
  capital = hk_money_to_chinese_capital (total);
  gtk_label_set_label (self->total_label, total_text);
  gtk_label_set_label (self->capital_label, capital);

  payment_problem = read_payments (self, total, payments, &n_payments, &paid);

  if (!is_split (self))
    /* Translators: the payment of the whole total, e.g. "¥25.00 in cash" */
    status = g_strdup_printf (_("%s in cash"), total_text);
  else if (paid < total)
    {
      g_autofree char *remaining = hk_money_format (total - paid);
      /* Translators: e.g. "¥5.00 remaining" */
      status = g_strdup_printf (_("%s remaining"), remaining);
    }
  else if (paid > total)
    {
      g_autofree char *over = hk_money_format (paid - total);
      /* Translators: e.g. "¥5.00 overpaid" */
      status = g_strdup_printf (_("%s overpaid"), over);
    }
  else
    status = g_strdup (_("Paid in full"));

  gtk_label_set_label (self->payment_label, status);
  if (is_split (self) && paid != total)
    gtk_widget_add_css_class (GTK_WIDGET (self->payment_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->payment_label), "warning");

  phone_bad = *phone != '\0' && !hk_privacy_phone_is_valid (phone);
  set_row_error (self->phone_row, phone_bad);

  if (self->blocker != NULL)
    return g_strdup (self->blocker);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->lines)) == 0)
    return g_strdup (_("Add a fee item: type its code or name and press Enter."));
  if (sale_problem != NULL)
    return g_steal_pointer (&sale_problem);
  if (payment_problem != NULL)
    return g_steal_pointer (&payment_problem);
  if (paid != total)
    {
      g_autofree char *paid_text = hk_money_format (paid);

      return g_strdup_printf (_("The payments add up to %s, but the total is %s."),
                              paid_text, total_text);
    }
  if (phone_bad)
    return g_strdup_printf (_("“%s” is not a phone number."), phone);

  get_price_approver (self, &several_approvers);
  if (several_approvers)
    return g_strdup (_("Different duty managers approved the changed prices; one receipt has "
                       "one approver. Have one of them approve every changed price again."));

  return NULL;
}

static void update_state (HkReceiptEntry *self);

/* Offers the clerk's lowest serials to a card line whose serials the clerk has not typed. */
static void
offer_serials (HkReceiptEntry     *self,
               HkReceiptEntryLine *line)
{
  HkCardType *type = hk_receipt_entry_line_get_card_type (line);
  g_autofree char *serials = NULL;
  const char *current = hk_receipt_entry_line_get_serials (line);

  if (type == NULL || self->context == NULL ||
      (!hk_receipt_entry_line_get_serials_offered (line) && current != NULL && *current != '\0'))
    return;

  serials = hk_receipt_sale_offer_serials (hk_context_get_card_stock_store (self->context), type,
                                           hk_operator_get_id (
                                             hk_context_get_operator (self->context)),
                                           hk_receipt_entry_line_get_quantity (line));
  hk_receipt_entry_line_set_serials (line, serials, TRUE);
}

static void
set_row_text_quietly (HkReceiptEntry *self,
                      AdwEntryRow    *row,
                      const char     *text)
{
  if (g_strcmp0 (row_text (row), text != NULL ? text : "") == 0)
    return;

  self->showing_detail = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  self->showing_detail = FALSE;
}

static void
clear_number_matches (HkReceiptEntry *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->number_matches))) != NULL)
    gtk_list_box_remove (self->number_matches, child);
  gtk_widget_set_visible (GTK_WIDGET (self->number_matches), FALSE);
}

/* Under the number field: the first available numbers that match what the clerk typed. */
static void
fill_number_matches (HkReceiptEntry *self)
{
  g_autofree char *text = g_strstrip (g_strdup (row_text (self->number_row)));
  g_autoptr(GPtrArray) numbers = NULL;

  clear_number_matches (self);
  if (*text == '\0' || self->context == NULL)
    return;

  numbers = hk_number_pool_store_search (hk_context_get_number_pool_store (self->context), text,
                                         HK_NUMBER_AVAILABLE, -1, 5, NULL);
  if (numbers == NULL)
    return;

  for (guint i = 0; i < numbers->len; i++)
    {
      HkPoolNumber *number = g_ptr_array_index (numbers, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;

      if (numbers->len == 1 && g_str_equal (hk_pool_number_get_number (number), text))
        return;

      if (hk_pool_number_get_number_class (number) == HK_NUMBER_PREMIUM)
        {
          g_autofree char *price = hk_money_format (hk_pool_number_get_price (number));

          /* Translators: a premium number's class and price, e.g. "Premium · ¥888.00" */
          subtitle = g_strdup_printf (_("%s · %s"),
                                      hk_number_class_get_title (HK_NUMBER_PREMIUM), price);
        }
      else
        subtitle = g_strdup (hk_number_class_get_title (HK_NUMBER_ORDINARY));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hk_pool_number_get_number (number));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_add_css_class (row, "numeric");
      g_object_set_data_full (G_OBJECT (row), "number",
                              g_strdup (hk_pool_number_get_number (number)), g_free);
      gtk_list_box_append (self->number_matches, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->number_matches), numbers->len > 0);
}

/* A number of the number stock is sold on a service line (选号费, the number selection fee) or
 * a line of no category; cards and goods name none. */
static gboolean
sells_numbers (HkReceiptEntryLine *line)
{
  HkFeeCategory category = hk_fee_item_get_category (hk_receipt_entry_line_get_fee_item (line));

  return category == HK_FEE_CATEGORY_SERVICE || category == HK_FEE_CATEGORY_OTHER;
}

/* Shows the serials or the number of the selected line, in the fields under the lines. */
static void
show_sale_detail (HkReceiptEntry *self)
{
  HkReceiptEntryLine *line = gtk_single_selection_get_selected_item (self->lines_selection);
  gboolean card;
  gboolean number;

  if (line != self->detail_line)
    {
      self->detail_line = line;
      clear_number_matches (self);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->sale_details), line != NULL);
  if (line == NULL)
    return;

  card = hk_receipt_entry_line_get_card_type (line) != NULL;
  number = !card && sells_numbers (line);
  gtk_widget_set_visible (GTK_WIDGET (self->sale_details), card || number);
  gtk_widget_set_visible (GTK_WIDGET (self->serials_row), card);
  gtk_widget_set_visible (GTK_WIDGET (self->number_row), number);
  if (card)
    set_row_text_quietly (self, self->serials_row, hk_receipt_entry_line_get_serials (line));
  else if (number)
    set_row_text_quietly (self, self->number_row, hk_receipt_entry_line_get_number (line));
}

static void
on_serials_changed_cb (HkReceiptEntry *self)
{
  if (self->showing_detail || self->detail_line == NULL)
    return;

  hk_receipt_entry_line_set_serials (self->detail_line, row_text (self->serials_row), FALSE);
  update_state (self);
}

static void
on_number_changed_cb (HkReceiptEntry *self)
{
  g_autofree char *text = NULL;

  if (self->showing_detail || self->detail_line == NULL)
    return;

  text = g_strstrip (g_strdup (row_text (self->number_row)));
  hk_receipt_entry_line_set_number (self->detail_line, text, 0);
  fill_number_matches (self);
  update_state (self);
}

static void
take_number (HkReceiptEntry *self,
             const char     *match)
{
  /* The match's row goes when the text changes: keep the number. */
  g_autofree char *number = g_strdup (match);

  gtk_editable_set_text (GTK_EDITABLE (self->number_row), number);
  clear_number_matches (self);
  hk_receipt_entry_focus_search (self);
}

/* Enter in the number field takes the first match, or goes back to the fee item search. */
static void
on_number_activated_cb (HkReceiptEntry *self)
{
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self->number_matches));

  if (first != NULL && gtk_widget_get_visible (GTK_WIDGET (self->number_matches)))
    take_number (self, g_object_get_data (G_OBJECT (first), "number"));
  else
    hk_receipt_entry_focus_search (self);
}

static void
on_number_match_activated_cb (HkReceiptEntry *self,
                              GtkListBoxRow  *row)
{
  take_number (self, g_object_get_data (G_OBJECT (row), "number"));
}

/* F3: to the serials or the number of the selected line. */
static void
sale_details_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HkReceiptEntry *self = HK_RECEIPT_ENTRY (widget);

  show_sale_detail (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->serials_row)))
    gtk_widget_grab_focus (GTK_WIDGET (self->serials_row));
  else if (gtk_widget_get_visible (GTK_WIDGET (self->number_row)))
    gtk_widget_grab_focus (GTK_WIDGET (self->number_row));
}

static void
on_quantity_changed_cb (HkReceiptEntryLine *line,
                        GParamSpec         *pspec,
                        HkReceiptEntry     *self)
{
  offer_serials (self, line);
  if (line == self->detail_line)
    show_sale_detail (self);
  update_state (self);
}

/* The stock changed (cards allocated to the clerk, say): offer serials again where the form
 * offered them. */
static void
on_card_stock_changed_cb (HkReceiptEntry *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkReceiptEntryLine) line = g_list_model_get_item (G_LIST_MODEL (self->lines), i);

      offer_serials (self, line);
    }

  show_sale_detail (self);
  update_state (self);
}

static void
update_actions (HkReceiptEntry *self)
{
  if (self->lines_selection == NULL)
    return;

  show_sale_detail (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "receipt.sale-details",
                                 gtk_single_selection_get_selected_item (self->lines_selection)
                                 != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "receipt.change-price",
                                 self->context != NULL &&
                                 gtk_single_selection_get_selected_item (self->lines_selection)
                                 != NULL);
}

static void
update_state (HkReceiptEntry *self)
{
  g_autofree char *problem = NULL;

  /* Widgets of the template tell their last changes while they are disposed. */
  if (self->lines == NULL || self->lines_stack == NULL || self->updating)
    return;

  self->updating = TRUE;
  problem = find_problem (self);
  self->updating = FALSE;
  gtk_stack_set_visible_child_name (self->lines_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->lines)) > 0
                                    ? "lines" : "empty");
  gtk_label_set_label (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);

  if (g_strcmp0 (problem, self->problem) != 0)
    {
      g_free (self->problem);
      self->problem = g_steal_pointer (&problem);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
    }

  update_actions (self);
}

/* Matches: active items with a price today whose code or name holds the search text. */
static gboolean
filter_fee_item (gpointer item,
                 gpointer user_data)
{
  HkReceiptEntry *self = user_data;
  HkFeeItem *fee_item = item;
  g_autofree char *text = NULL;
  g_autofree char *needle = NULL;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;

  if (!hk_fee_item_get_active (fee_item) || !hk_fee_item_has_price (fee_item))
    return FALSE;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  needle = g_utf8_casefold (text, -1);
  if (*needle == '\0')
    return TRUE;

  code = g_utf8_casefold (hk_fee_item_get_code (fee_item), -1);
  name = g_utf8_casefold (hk_fee_item_get_name (fee_item), -1);

  return strstr (code, needle) != NULL || strstr (name, needle) != NULL;
}

static guint
count_sellable (HkReceiptEntry *self)
{
  GListModel *items = gtk_filter_list_model_get_model (self->match_filter_model);
  guint n_items = items != NULL ? g_list_model_get_n_items (items) : 0;
  guint n = 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(HkFeeItem) item = g_list_model_get_item (items, i);

      if (hk_fee_item_get_active (item) && hk_fee_item_has_price (item))
        n++;
    }

  return n;
}

/* Re-filters the matches and selects the item whose code is the search text, else the first. */
static void
refilter (HkReceiptEntry *self)
{
  GListModel *matches = G_LIST_MODEL (self->match_filter_model);
  g_autofree char *text = NULL;
  guint selected = 0;
  guint n;

  if (self->match_filter_model == NULL || self->search_entry == NULL)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  gtk_filter_changed (gtk_filter_list_model_get_filter (self->match_filter_model),
                      GTK_FILTER_CHANGE_DIFFERENT);
  n = g_list_model_get_n_items (matches);

  for (guint i = 0; i < n && *text != '\0'; i++)
    {
      g_autoptr(HkFeeItem) item = g_list_model_get_item (matches, i);

      if (g_ascii_strcasecmp (hk_fee_item_get_code (item), text) == 0)
        {
          selected = i;
          break;
        }
    }

  if (n > 0)
    {
      gtk_single_selection_set_selected (self->match_selection, selected);
      gtk_stack_set_visible_child_name (self->matches_stack, "matches");
    }
  else
    {
      g_autofree char *message = NULL;

      if (count_sellable (self) == 0)
        message = g_strdup (_("There are no fee items yet. The hall supervisor sets up the tariff "
                              "in the Fee Items section."));
      else
        message = g_strdup_printf (_("No fee item matches “%s”."), text);

      gtk_label_set_label (self->match_label, message);
      gtk_stack_set_visible_child_name (self->matches_stack, "none");
    }
}

/* Adds one of @item: a new line, or one more on its line. */
static void
add_fee_item (HkReceiptEntry *self,
              HkFeeItem      *item)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  g_autoptr(HkReceiptEntryLine) line = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkReceiptEntryLine) existing = g_list_model_get_item (G_LIST_MODEL (self->lines),
                                                                      i);

      if (hk_fee_item_get_id (hk_receipt_entry_line_get_fee_item (existing)) ==
          hk_fee_item_get_id (item))
        {
          hk_receipt_entry_line_set_quantity (existing,
                                              hk_receipt_entry_line_get_quantity (existing) + 1);
          gtk_single_selection_set_selected (self->lines_selection, i);
          return;
        }
    }

  line = hk_receipt_entry_line_new (item);
  if (self->context != NULL)
    {
      g_autoptr(HkCardType) type = NULL;

      type = hk_receipt_sale_find_card_type (hk_context_get_card_stock_store (self->context),
                                             hk_fee_item_get_id (item));
      hk_receipt_entry_line_set_card_type (line, type);
      offer_serials (self, line);
    }
  g_signal_connect_object (line, "notify::amount", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (line, "notify::quantity", G_CALLBACK (on_quantity_changed_cb), self,
                           0);
  g_list_store_append (self->lines, line);

  /* The line just added is the one Change Price (F2) changes. */
  gtk_single_selection_set_selected (self->lines_selection, n);
}

static void
add_selected_match (HkReceiptEntry *self)
{
  HkFeeItem *item = gtk_single_selection_get_selected_item (self->match_selection);

  if (item == NULL)
    return;

  add_fee_item (self, item);

  /* Keep the text, selected: Enter again adds one more, typing replaces it. */
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
on_search_changed_cb (HkReceiptEntry *self)
{
  refilter (self);
}

static void
on_search_activate_cb (HkReceiptEntry *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *text = g_strstrip (g_strdup (typed));

  if (*text == '\0')
    return;

  refilter (self);
  add_selected_match (self);
}

static void
on_search_stop_cb (HkReceiptEntry *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_matches_activate_cb (HkReceiptEntry *self,
                        guint           position)
{
  gtk_single_selection_set_selected (self->match_selection, position);
  add_selected_match (self);
}

/* Up and Down in the search entry move through the matches. */
static gboolean
on_search_key_pressed_cb (HkReceiptEntry        *self,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkEventControllerKey *controller)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->match_selection));
  guint selected = gtk_single_selection_get_selected (self->match_selection);

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || n == 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    selected = selected == GTK_INVALID_LIST_POSITION ? 0 : MIN (selected + 1, n - 1);
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    selected = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? 0 : selected - 1;
  else
    return GDK_EVENT_PROPAGATE;

  gtk_single_selection_set_selected (self->match_selection, selected);
  gtk_widget_activate_action (GTK_WIDGET (self->matches_view), "list.scroll-to-item", "u",
                              selected);

  return GDK_EVENT_STOP;
}

static void
on_lines_changed_cb (HkReceiptEntry *self)
{
  update_state (self);
}

/* The quantity column: a spin button bound both ways to the line's quantity. */
static void
setup_quantity_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   HkReceiptEntry           *self)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (1, HK_RECEIPT_ENTRY_LINE_MAX_QUANTITY, 1);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 3);
  gtk_widget_add_css_class (spin, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Quantity"),
                                  -1);
  gtk_list_item_set_child (list_item, spin);
}

static void
bind_quantity_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  HkReceiptEntry           *self)
{
  GBinding *binding = g_object_bind_property (gtk_list_item_get_item (list_item), "quantity",
                                              gtk_list_item_get_child (list_item), "value",
                                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  g_object_set_data (G_OBJECT (list_item), "binding", binding);
}

static void
unbind_quantity_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    HkReceiptEntry           *self)
{
  GBinding *binding = g_object_steal_data (G_OBJECT (list_item), "binding");

  if (binding != NULL)
    g_binding_unbind (binding);
}

static void
on_remove_clicked_cb (GtkButton   *button,
                      GtkListItem *list_item)
{
  GtkWidget *entry = gtk_widget_get_ancestor (GTK_WIDGET (button), HK_TYPE_RECEIPT_ENTRY);
  gpointer line = gtk_list_item_get_item (list_item);
  guint position;

  if (entry == NULL || line == NULL)
    return;

  if (g_list_store_find (HK_RECEIPT_ENTRY (entry)->lines, line, &position))
    g_list_store_remove (HK_RECEIPT_ENTRY (entry)->lines, position);

  hk_receipt_entry_focus_search (HK_RECEIPT_ENTRY (entry));
}

/* The last column: a button that removes the line, named after it for screen readers. */
static void
setup_remove_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 HkReceiptEntry           *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove this line"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_clicked_cb), list_item);
  gtk_list_item_set_child (list_item, button);
}

static void
bind_remove_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                HkReceiptEntry           *self)
{
  HkReceiptEntryLine *line = gtk_list_item_get_item (list_item);
  /* Translators: the accessible name of a line's remove button, e.g. "Remove SIM card" */
  g_autofree char *label = g_strdup_printf (_("Remove %s"),
                                            hk_fee_item_get_name (
                                              hk_receipt_entry_line_get_fee_item (line)));

  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_item_get_child (list_item)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
change_price_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HkReceiptEntry *self = HK_RECEIPT_ENTRY (widget);
  HkReceiptEntryLine *line = gtk_single_selection_get_selected_item (self->lines_selection);
  GtkRoot *root = gtk_widget_get_root (widget);
  HkPriceChangeWindow *window;

  if (line == NULL || self->context == NULL)
    return;

  window = hk_price_change_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       self->context, line);
  gtk_window_present (GTK_WINDOW (window));
}

static void
build_payment_rows (HkReceiptEntry *self)
{
  for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
    {
      g_autofree char *name = g_strdup_printf ("pay-%s", hk_payment_method_to_id (m));
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hk_payment_method_get_title (m));
      gtk_widget_set_name (row, name);
      gtk_widget_add_css_class (row, "numeric");
      gtk_editable_set_alignment (GTK_EDITABLE (row), 1);
      g_signal_connect_object (row, "changed", G_CALLBACK (update_state), self,
                               G_CONNECT_SWAPPED);
      adw_expander_row_add_row (self->split_row, row);
      self->payment_rows[m] = ADW_ENTRY_ROW (row);
    }

  self->cheque_number_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->cheque_number_row),
                                 _("Cheque number"));
  gtk_widget_set_name (GTK_WIDGET (self->cheque_number_row), "cheque-number");
  gtk_widget_set_visible (GTK_WIDGET (self->cheque_number_row), FALSE);
  g_signal_connect_object (self->cheque_number_row, "changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  adw_expander_row_add_row (self->split_row, GTK_WIDGET (self->cheque_number_row));

  self->cheque_bank_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->cheque_bank_row),
                                 _("Cheque’s bank"));
  gtk_widget_set_name (GTK_WIDGET (self->cheque_bank_row), "cheque-bank");
  gtk_widget_set_visible (GTK_WIDGET (self->cheque_bank_row), FALSE);
  adw_expander_row_add_row (self->split_row, GTK_WIDGET (self->cheque_bank_row));

  self->cheque_payer_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->cheque_payer_row), _("Payer"));
  gtk_widget_set_name (GTK_WIDGET (self->cheque_payer_row), "cheque-payer");
  gtk_widget_set_visible (GTK_WIDGET (self->cheque_payer_row), FALSE);
  g_signal_connect_object (self->cheque_payer_row, "changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  adw_expander_row_add_row (self->split_row, GTK_WIDGET (self->cheque_payer_row));

  /* A state shown with an icon and its sentence, never by colour alone. */
  self->payer_warning_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_action_row_add_prefix (self->payer_warning_row,
                             gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  adw_action_row_set_title_lines (self->payer_warning_row, 0);
  gtk_widget_set_name (GTK_WIDGET (self->payer_warning_row), "cheque-payer-warning");
  gtk_widget_add_css_class (GTK_WIDGET (self->payer_warning_row), "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->payer_warning_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("A cheque of this payer bounced"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self->payer_warning_row), FALSE);
  adw_expander_row_add_row (self->split_row, GTK_WIDGET (self->payer_warning_row));
}

static void
on_split_changed_cb (HkReceiptEntry *self)
{
  if (is_split (self))
    adw_expander_row_set_expanded (self->split_row, TRUE);

  update_state (self);
}

static void
hk_receipt_entry_dispose (GObject *object)
{
  HkReceiptEntry *self = (HkReceiptEntry *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_RECEIPT_ENTRY);
  g_clear_object (&self->context);
  g_clear_object (&self->lines);
  g_clear_pointer (&self->blocker, g_free);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hk_receipt_entry_parent_class)->dispose (object);
}

static void
hk_receipt_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HkReceiptEntry *self = HK_RECEIPT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_receipt_entry_class_init (HkReceiptEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hk_receipt_entry_dispose;
  object_class->get_property = hk_receipt_entry_get_property;

  /**
   * HkReceiptEntry:problem:
   *
   * What keeps the receipt from being issued, as a sentence for the clerk, or
   * %NULL when it may be issued.
   */
  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-receipt-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, capital_label);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, lines_selection);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, lines_stack);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, lines_view);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, match_filter_model);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, match_label);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, number_matches);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, number_row);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, sale_details);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, serials_row);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, match_selection);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, matches_stack);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, matches_view);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, payment_label);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, phone_row);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, quantity_column);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, remove_column);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, split_row);
  gtk_widget_class_bind_template_child (widget_class, HkReceiptEntry, total_label);
  gtk_widget_class_bind_template_callback (widget_class, format_money);
  gtk_widget_class_bind_template_callback (widget_class, on_matches_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_number_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_number_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_number_match_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_serials_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, hk_receipt_entry_focus_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_split_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, update_state);

  gtk_widget_class_install_action (widget_class, "receipt.change-price", NULL,
                                   change_price_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "receipt.change-price", NULL);
  gtk_widget_class_install_action (widget_class, "receipt.sale-details", NULL,
                                   sale_details_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, 0, "receipt.sale-details",
                                       NULL);

  g_type_ensure (HK_TYPE_FEE_ITEM);
  g_type_ensure (HK_TYPE_RECEIPT_ENTRY_LINE);
}

static void
hk_receipt_entry_init (HkReceiptEntry *self)
{
  GtkListItemFactory *factory;
  GtkCustomFilter *filter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->lines = g_list_store_new (HK_TYPE_RECEIPT_ENTRY_LINE);
  gtk_single_selection_set_model (self->lines_selection, G_LIST_MODEL (self->lines));
  g_signal_connect_object (self->lines, "items-changed", G_CALLBACK (on_lines_changed_cb), self,
                           G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_quantity_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_quantity_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_quantity_cb), self);
  gtk_column_view_column_set_factory (self->quantity_column, factory);
  g_object_unref (factory);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_remove_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_remove_cb), self);
  gtk_column_view_column_set_factory (self->remove_column, factory);
  g_object_unref (factory);

  filter = gtk_custom_filter_new (filter_fee_item, self, NULL);
  gtk_filter_list_model_set_filter (self->match_filter_model, GTK_FILTER (filter));
  g_object_unref (filter);

  build_payment_rows (self);
  update_state (self);
}

/* Sets the context whose tariff the form sells from and whose clerk issues the receipt. */
void
hk_receipt_entry_set_context (HkReceiptEntry *self,
                              HkContext      *context)
{
  g_return_if_fail (HK_IS_RECEIPT_ENTRY (self));
  g_return_if_fail (HK_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  gtk_filter_list_model_set_model (self->match_filter_model,
                                   hk_fee_item_store_get_model (
                                     hk_context_get_fee_item_store (context)));
  g_signal_connect_object (hk_context_get_fee_item_store (context), "changed",
                           G_CALLBACK (refilter), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_card_stock_store (context), "changed",
                           G_CALLBACK (on_card_stock_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_cheque_store (context), "changed",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  refilter (self);
  update_actions (self);
}

/**
 * hk_receipt_entry_set_blocker:
 * @blocker: (nullable): why no receipt can be issued now, whatever the form holds
 *   (e.g. no shift is open), or %NULL
 */
void
hk_receipt_entry_set_blocker (HkReceiptEntry *self,
                              const char     *blocker)
{
  g_return_if_fail (HK_IS_RECEIPT_ENTRY (self));

  if (g_strcmp0 (self->blocker, blocker) == 0)
    return;

  g_free (self->blocker);
  self->blocker = g_strdup (blocker);
  update_state (self);
}

/* What keeps the receipt from being issued, or NULL when it may be. */
const char *
hk_receipt_entry_get_problem (HkReceiptEntry *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY (self), NULL);

  return self->problem;
}

/**
 * hk_receipt_entry_get_lines:
 *
 * Returns: (transfer none): the lines, as #HkReceiptEntryLine items
 */
GListModel *
hk_receipt_entry_get_lines (HkReceiptEntry *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY (self), NULL);

  return G_LIST_MODEL (self->lines);
}

/**
 * hk_receipt_entry_get_matches:
 *
 * Returns: (transfer none): the fee items that match the search, as shown
 */
GListModel *
hk_receipt_entry_get_matches (HkReceiptEntry *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY (self), NULL);

  return G_LIST_MODEL (self->match_selection);
}

/* The total of the lines, in fen. */
gint64
hk_receipt_entry_get_total (HkReceiptEntry *self)
{
  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY (self), 0);

  return compute_total (self);
}

/**
 * hk_receipt_entry_issue:
 *
 * Issues the receipt the form holds, at the tariff prices or the approved
 * custom prices, with the next number of the clerk's invoice book, and clears
 * the form.
 *
 * Returns: (transfer full): the receipt, or %NULL with @error set and the form unchanged
 */
HkReceipt *
hk_receipt_entry_issue (HkReceiptEntry  *self,
                        GError         **error)
{
  HkReceiptPaymentInput payments[HK_N_PAYMENT_METHODS];
  g_autofree HkReceiptLineInput *lines = NULL;
  g_autofree char *payment_problem = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  HkOperator *approver;
  gboolean several_approvers;
  guint n_lines;
  guint n_payments;
  gint64 paid;

  g_return_val_if_fail (HK_IS_RECEIPT_ENTRY (self), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);

  /* What the form shows as the problem keeps the receipt from being issued. */
  if (self->problem != NULL)
    {
      g_set_error_literal (error, HK_ERROR, HK_ERROR_INVALID, self->problem);
      return NULL;
    }

  n_lines = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  lines = g_new0 (HkReceiptLineInput, MAX (n_lines, 1));

  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(HkReceiptEntryLine) line = g_list_model_get_item (G_LIST_MODEL (self->lines), i);

      lines[i].fee_item_id = hk_fee_item_get_id (hk_receipt_entry_line_get_fee_item (line));
      lines[i].quantity = hk_receipt_entry_line_get_quantity (line);
      lines[i].custom_price = hk_receipt_entry_line_has_custom_price (line);
      lines[i].unit_price = hk_receipt_entry_line_get_unit_price (line);
      /* The line keeps the reason; it lives until the form is cleared below. */
      lines[i].price_reason = hk_receipt_entry_line_get_price_reason (line);
      lines[i].serials = hk_receipt_entry_line_get_serials (line);
      lines[i].number = hk_receipt_entry_line_get_number (line);
    }

  approver = get_price_approver (self, &several_approvers);

  payment_problem = read_payments (self, compute_total (self), payments, &n_payments, &paid);

  receipt = hk_receipt_store_issue (hk_context_get_receipt_store (self->context),
                                    hk_context_get_operator (self->context), approver,
                                    lines, n_lines, payments, n_payments,
                                    row_text (self->phone_row), error);
  if (receipt == NULL)
    return NULL;

  hk_receipt_entry_clear (self);

  return g_steal_pointer (&receipt);
}

/* Empties the form for the next customer and puts the cursor in the search entry. */
void
hk_receipt_entry_clear (HkReceiptEntry *self)
{
  g_return_if_fail (HK_IS_RECEIPT_ENTRY (self));

  g_list_store_remove_all (self->lines);
  for (guint m = 0; m < HK_N_PAYMENT_METHODS; m++)
    gtk_editable_set_text (GTK_EDITABLE (self->payment_rows[m]), "");
  gtk_editable_set_text (GTK_EDITABLE (self->cheque_number_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->cheque_bank_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->cheque_payer_row), "");
  adw_expander_row_set_enable_expansion (self->split_row, FALSE);
  adw_expander_row_set_expanded (self->split_row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  refilter (self);
  update_state (self);
  hk_receipt_entry_focus_search (self);
}

void
hk_receipt_entry_focus_search (HkReceiptEntry *self)
{
  g_return_if_fail (HK_IS_RECEIPT_ENTRY (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
