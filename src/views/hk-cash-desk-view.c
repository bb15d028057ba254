/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cash-desk-view.c: the Cash Desk section, for counter clerks.
 *
 * The clerk's working day: the shift panel on top (open a shift with its
 * float, move cash, close it with a blind count, submit the daily report),
 * the receipt form, and today's receipts with Void. Every rule is the
 * stores'; this view asks them, shows their refusals as toasts, and refreshes
 * when they change. One update_actions() decides what is enabled.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-input.h"
#include "core/hk-money.h"
#include "hk-cash-desk-format.h"
#include "hk-cash-desk-view.h"
#include "hk-close-shift-window.h"
#include "reports/hk-receipt-printout.h"

#define DEFAULT_FLOAT "500.00"

struct _HkCashDeskView
{
  HkSection            parent_instance;

  char                *today;
  HkShift             *open_shift;
  HkShift             *last_closed;
  HkDailyReport       *report;
  GListStore          *receipts;

  /* Template widgets */
  GtkColumnViewColumn *number_column;
  HkReceiptEntry      *receipt_entry;
  GtkStack            *receipts_stack;
  GtkColumnView       *receipts_view;
  GtkSingleSelection  *selection;
  HkShiftPanel        *shift_panel;
  GtkSortListModel    *sort_model;
  GtkColumnViewColumn *time_column;
};

G_DEFINE_FINAL_TYPE (HkCashDeskView, hk_cash_desk_view, HK_TYPE_SECTION)

static HkContext *
get_context (HkCashDeskView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static HkOperator *
get_clerk (HkCashDeskView *self)
{
  return hk_context_get_operator (get_context (self));
}

static GTimeZone *
get_time_zone (HkCashDeskView *self)
{
  return hk_hall_store_get_time_zone (hk_context_get_hall_store (get_context (self)));
}

static HkReceipt *
get_selected (HkCashDeskView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static GtkWindow *
get_parent_window (HkCashDeskView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static char *
format_money (gpointer unused,
              gint64   fen)
{
  return hk_money_format (fen);
}

static char *
format_status (gpointer unused,
               int      status)
{
  return g_strdup (status == HK_RECEIPT_VOID ? C_("receipt status", "Void")
                                             : C_("receipt status", "Issued"));
}

static char *
format_status_icon (gpointer unused,
                    int      status)
{
  return g_strdup (status == HK_RECEIPT_VOID ? "action-unavailable-symbolic"
                                             : "emblem-ok-symbolic");
}

static void
update_actions (HkCashDeskView *self)
{
  HkReceipt *selected;
  gboolean has_operator;
  gboolean signed_day;
  gboolean may_submit;
  gboolean may_void;
  gboolean may_issue;

  /* The template's models tell their last changes while they are disposed. */
  if (self->selection == NULL || self->receipt_entry == NULL)
    return;

  selected = get_selected (self);
  has_operator = get_clerk (self) != NULL;
  signed_day = self->report != NULL &&
               hk_daily_report_get_status (self->report) == HK_DAILY_REPORT_SIGNED;
  may_submit = self->open_shift == NULL && self->report != NULL &&
               hk_daily_report_get_status (self->report) == HK_DAILY_REPORT_OPEN &&
               hk_daily_report_get_n_shifts (self->report) > 0;
  may_void = selected != NULL &&
             hk_receipt_get_status (selected) == HK_RECEIPT_ISSUED &&
             !hk_receipt_is_imported (selected) &&
             g_strcmp0 (hk_receipt_get_business_day (selected), self->today) == 0 &&
             !signed_day;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cash-desk.open-shift",
                                 has_operator && self->open_shift == NULL && !signed_day);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cash-desk.move-cash",
                                 self->open_shift != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cash-desk.close-shift",
                                 self->open_shift != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cash-desk.submit-report", may_submit);
  may_issue = has_operator && hk_receipt_entry_get_problem (self->receipt_entry) == NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cash-desk.issue", may_issue);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cash-desk.void", may_void);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cash-desk.save-pdf", selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cash-desk.correct",
                                 has_operator && self->open_shift != NULL &&
                                 g_strcmp0 (hk_shift_get_business_day (self->open_shift),
                                            self->today) == 0);

  /* The header bar's Issue Receipt button follows the same rule. */
  hk_section_set_main_action_enabled (HK_SECTION (self), may_issue);
}

/* Why no receipt can be issued now, whatever the form holds; NULL when one can. */
static char *
find_blocker (HkCashDeskView *self)
{
  if (self->open_shift == NULL)
    return g_strdup (_("Open your shift to issue receipts."));

  if (g_strcmp0 (hk_shift_get_business_day (self->open_shift), self->today) != 0)
    return g_strdup_printf (_("Your open shift is from %s: close it and open today’s shift."),
                            hk_shift_get_business_day (self->open_shift));

  return NULL;
}

static void
select_receipt_id (HkCashDeskView *self,
                   gint64          receipt_id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkReceipt) receipt = g_list_model_get_item (model, i);

      if (hk_receipt_get_id (receipt) == receipt_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* Reads the shift, today's receipts and the daily report again, and shows them. */
void
hk_cash_desk_view_refresh (HkCashDeskView *self)
{
  HkContext *context;
  HkOperator *clerk;
  g_autoptr(GPtrArray) receipts = NULL;
  g_autoptr(GPtrArray) shifts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = NULL;
  HkReceipt *selected;
  gint64 selected_id;
  gint64 shift_total = 0;
  guint n_shift_receipts = 0;

  g_return_if_fail (HK_IS_CASH_DESK_VIEW (self));

  if (self->receipts == NULL || self->selection == NULL)
    return;

  context = get_context (self);
  clerk = get_clerk (self);
  selected = get_selected (self);
  selected_id = selected != NULL ? hk_receipt_get_id (selected) : 0;

  g_free (self->today);
  self->today = hk_hall_store_format_day (hk_context_get_hall_store (context),
                                          hk_database_get_now (hk_context_get_database (context)));
  g_clear_object (&self->open_shift);
  g_clear_object (&self->last_closed);
  g_clear_object (&self->report);

  if (clerk != NULL)
    {
      gint64 clerk_id = hk_operator_get_id (clerk);
      HkShiftStore *shift_store = hk_context_get_shift_store (context);

      if ((self->open_shift = hk_shift_store_get_open (shift_store, clerk_id, &error)) == NULL &&
          error != NULL)
        {
          hk_section_show_error (HK_SECTION (self), error);
          g_clear_error (&error);
        }

      if ((shifts = hk_shift_store_list_day (shift_store, clerk_id, self->today, &error)) == NULL)
        {
          hk_section_show_error (HK_SECTION (self), error);
          g_clear_error (&error);
        }
      for (guint i = 0; shifts != NULL && i < shifts->len; i++)
        {
          HkShift *shift = g_ptr_array_index (shifts, i);

          if (hk_shift_get_status (shift) != HK_SHIFT_OPEN)
            g_set_object (&self->last_closed, shift);
        }

      if ((receipts = hk_receipt_store_list_day (hk_context_get_receipt_store (context), clerk_id,
                                                 self->today, &error)) == NULL)
        {
          hk_section_show_error (HK_SECTION (self), error);
          g_clear_error (&error);
        }

      self->report = hk_daily_report_store_compute (hk_context_get_daily_report_store (context),
                                                    clerk_id, self->today, &error);
      if (self->report == NULL)
        {
          hk_section_show_error (HK_SECTION (self), error);
          g_clear_error (&error);
        }
    }

  if (receipts != NULL)
    g_list_store_splice (self->receipts, 0,
                         g_list_model_get_n_items (G_LIST_MODEL (self->receipts)),
                         receipts->pdata, receipts->len);
  else
    g_list_store_remove_all (self->receipts);

  for (guint i = 0; receipts != NULL && i < receipts->len; i++)
    {
      HkReceipt *receipt = g_ptr_array_index (receipts, i);

      if (self->open_shift != NULL &&
          hk_receipt_get_shift_id (receipt) == hk_shift_get_id (self->open_shift) &&
          hk_receipt_get_status (receipt) == HK_RECEIPT_ISSUED)
        {
          n_shift_receipts++;
          shift_total += hk_receipt_get_total (receipt);
        }
    }

  select_receipt_id (self, selected_id);
  gtk_stack_set_visible_child_name (self->receipts_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->receipts)) > 0
                                    ? "list" : "empty");

  hk_shift_panel_update (self->shift_panel, get_time_zone (self), self->today, self->open_shift,
                         self->last_closed, n_shift_receipts, shift_total, self->report);

  blocker = find_blocker (self);
  hk_receipt_entry_set_blocker (self->receipt_entry, blocker);
  hk_section_set_subtitle (HK_SECTION (self), self->today);

  update_actions (self);
}

/* The entry row named @name in a message dialog's boxed list. */
static GtkWidget *
dialog_row (AdwMessageDialog *dialog,
            const char       *name)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      return row;

  g_return_val_if_reached (NULL);
}

static const char *
dialog_text (AdwMessageDialog *dialog,
             const char       *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (dialog_row (dialog, name)));
}

static GtkWidget *
add_dialog_list (AdwMessageDialog *dialog)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_message_dialog_set_extra_child (dialog, list);

  return list;
}

static GtkWidget *
add_dialog_entry (GtkWidget        *list,
                  AdwMessageDialog *dialog,
                  const char       *name,
                  const char       *title,
                  GCallback         changed)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_object (row, "changed", changed, dialog, G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return row;
}

/* A positive or zero amount in @text, or -1. */
static gint64
parse_amount (const char *text)
{
  gint64 fen;

  if (!hk_input_parse_money (text, &fen, NULL) || fen < 0)
    return -1;

  return fen;
}

static void
on_open_shift_changed_cb (AdwMessageDialog *dialog)
{
  gboolean valid = parse_amount (dialog_text (dialog, "float")) >= 0;

  if (valid)
    gtk_widget_remove_css_class (dialog_row (dialog, "float"), "error");
  else
    gtk_widget_add_css_class (dialog_row (dialog, "float"), "error");

  adw_message_dialog_set_response_enabled (dialog, "open", valid);
}

static void
on_open_shift_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           HkCashDeskView   *self)
{
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *float_text = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "open") != 0)
    return;

  shift = hk_shift_store_open (hk_context_get_shift_store (get_context (self)), get_clerk (self),
                               parse_amount (dialog_text (dialog, "float")), &error);
  if (shift == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  float_text = hk_money_format (hk_shift_get_opening_float (shift));
  message = g_strdup_printf (_("Shift opened with a float of %s"), float_text);
  hk_section_show_toast (HK_SECTION (self), message);
  hk_receipt_entry_focus_search (self->receipt_entry);
}

static void
open_shift_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HkCashDeskView *self = HK_CASH_DESK_VIEW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *row;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self),
                                                       _("Open Shift?"),
                                                       _("Count the cash float in the drawer "
                                                         "before the first customer. You close "
                                                         "the shift with a count of the drawer.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open Shift"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "open", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "open");
  adw_message_dialog_set_close_response (dialog, "cancel");

  list = add_dialog_list (dialog);
  row = add_dialog_entry (list, dialog, "float", _("Opening float (yuan)"),
                          G_CALLBACK (on_open_shift_changed_cb));
  gtk_editable_set_text (GTK_EDITABLE (row), DEFAULT_FLOAT);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_open_shift_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (row);
}

enum {
  DIRECTION_OUT,
  DIRECTION_IN,
};

static void
on_move_cash_changed_cb (AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (dialog_text (dialog, "reason")));
  const char *amount_text = dialog_text (dialog, "amount");
  gboolean amount_ok = parse_amount (amount_text) > 0;

  if (amount_ok || *amount_text == '\0')
    gtk_widget_remove_css_class (dialog_row (dialog, "amount"), "error");
  else
    gtk_widget_add_css_class (dialog_row (dialog, "amount"), "error");

  adw_message_dialog_set_response_enabled (dialog, "record", amount_ok && *reason != '\0');
}

static void
on_move_cash_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          HkCashDeskView   *self)
{
  AdwComboRow *direction = ADW_COMBO_ROW (dialog_row (dialog, "direction"));
  g_autoptr(GError) error = NULL;
  g_autofree char *amount_text = NULL;
  g_autofree char *message = NULL;
  gint64 amount;

  if (g_strcmp0 (response, "record") != 0 || self->open_shift == NULL)
    return;

  amount = parse_amount (dialog_text (dialog, "amount"));
  if (adw_combo_row_get_selected (direction) == DIRECTION_OUT)
    amount = -amount;

  if (!hk_shift_store_move_cash (hk_context_get_shift_store (get_context (self)), get_clerk (self),
                                 self->open_shift, amount, dialog_text (dialog, "reason"), &error))
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  amount_text = hk_money_format (ABS (amount));
  message = g_strdup_printf (amount > 0 ? _("%s put into the drawer")
                                        : _("%s taken out of the drawer"),
                             amount_text);
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
move_cash_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HkCashDeskView *self = HK_CASH_DESK_VIEW (widget);
  g_autoptr(GtkStringList) directions = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *direction;
  GtkWidget *amount;

  if (self->open_shift == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self),
                                                       _("Record a Cash Movement?"),
                                                       _("Cash put into or taken out of the "
                                                         "drawer during the shift, e.g. handed "
                                                         "to the safe, with the reason.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "record");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "record", FALSE);

  list = add_dialog_list (dialog);

  directions = gtk_string_list_new ((const char * const[]) {
    _("Out of the drawer"), _("Into the drawer"), NULL
  });
  direction = adw_combo_row_new ();
  gtk_widget_set_name (direction, "direction");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (direction), _("Direction"));
  adw_combo_row_set_model (ADW_COMBO_ROW (direction), G_LIST_MODEL (directions));
  gtk_list_box_append (GTK_LIST_BOX (list), direction);

  amount = add_dialog_entry (list, dialog, "amount", _("Amount (yuan)"),
                             G_CALLBACK (on_move_cash_changed_cb));
  add_dialog_entry (list, dialog, "reason", _("Reason"), G_CALLBACK (on_move_cash_changed_cb));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_move_cash_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (amount);
}

static void
on_shift_closed_cb (HkCashDeskView *self,
                    HkShift        *shift)
{
  g_autofree char *counted = hk_money_format (hk_shift_get_counted_cash (shift));
  g_autofree char *difference = NULL;
  g_autofree char *message = NULL;

  difference = hk_cash_desk_format_difference (hk_shift_get_cash_difference (shift));
  /* Translators: "Shift closed: counted ¥500.00 · Short by ¥12.50" */
  message = g_strdup_printf (_("Shift closed: counted %s · %s"), counted, difference);
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
close_shift_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HkCashDeskView *self = HK_CASH_DESK_VIEW (widget);
  HkCloseShiftWindow *window;

  if (self->open_shift == NULL)
    return;

  window = hk_close_shift_window_new (get_parent_window (self), get_context (self),
                                      self->open_shift);
  g_signal_connect_object (window, "closed", G_CALLBACK (on_shift_closed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
submit_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HkCashDeskView *self = HK_CASH_DESK_VIEW (widget);
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *day = g_strdup (self->today);

  report = hk_daily_report_store_submit (hk_context_get_daily_report_store (get_context (self)),
                                         get_clerk (self), day, &error);
  if (report == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  message = g_strdup_printf (_("Daily report for %s submitted to the auditor"), day);
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkCashDeskView *self = HK_CASH_DESK_VIEW (widget);
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *total = NULL;
  g_autofree char *message = NULL;

  receipt = hk_receipt_entry_issue (self->receipt_entry, &error);
  if (receipt == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  number = hk_receipt_dup_full_number (receipt);
  total = hk_money_format (hk_receipt_get_total (receipt));
  /* Translators: "Receipt 3300241130-00000001 issued: ¥25.00" */
  message = g_strdup_printf (_("Receipt %s issued: %s"), number, total);
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
on_void_reason_changed_cb (AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (dialog_text (dialog, "reason")));

  adw_message_dialog_set_response_enabled (dialog, "void", *reason != '\0');
}

static void
on_void_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     HkCashDeskView   *self)
{
  HkReceipt *receipt = g_object_get_data (G_OBJECT (dialog), "receipt");
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "void") != 0)
    return;

  voided = hk_receipt_store_void (hk_context_get_receipt_store (get_context (self)),
                                  get_clerk (self), receipt, dialog_text (dialog, "reason"),
                                  &error);
  if (voided == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  number = hk_receipt_dup_full_number (voided);
  message = g_strdup_printf (_("Receipt %s is void"), number);
  hk_section_show_toast (HK_SECTION (self), message);
}

/**
 * hk_cash_desk_view_save_pdf:
 * @receipt_id: the receipt to save
 * @file: where
 *
 * Writes the printable receipt (with the total in capital numerals) as a PDF;
 * the file chooser of the save-pdf action ends here.
 */
gboolean
hk_cash_desk_view_save_pdf (HkCashDeskView  *self,
                            gint64           receipt_id,
                            GFile           *file,
                            GError         **error)
{
  g_autoptr(HkReceiptPrintout) printout = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (HK_IS_CASH_DESK_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if ((path = g_file_get_path (file)) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Choose a folder on this computer."));
      return FALSE;
    }

  printout = hk_receipt_printout_new_from_store (hk_section_get_context (HK_SECTION (self)),
                                                 receipt_id, error);

  return printout != NULL && hk_receipt_printout_save_pdf (printout, path, error);
}

static void
on_save_pdf_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         HkCashDeskView  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;
  gint64 receipt_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chooser), "receipt-id"));

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      if (!hk_cash_desk_view_save_pdf (self, receipt_id, file, &error))
        hk_section_show_error (HK_SECTION (self), error);
      else
        {
          name = g_file_get_basename (file);
          message = g_strdup_printf (_("Saved %s"), name);
          hk_section_show_toast (HK_SECTION (self), message);
        }
    }

  g_object_unref (chooser);
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkCashDeskView *self = HK_CASH_DESK_VIEW (widget);
  HkReceipt *selected = get_selected (self);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *number = NULL;
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (selected == NULL)
    return;

  number = hk_receipt_dup_full_number (selected);
  name = g_strdup_printf ("%s.pdf", number);

  chooser = gtk_file_chooser_native_new (_("Save Receipt as PDF"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "receipt-id",
                     GSIZE_TO_POINTER ((gsize)hk_receipt_get_id (selected)));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_pdf_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
void_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkCashDeskView *self = HK_CASH_DESK_VIEW (widget);
  HkReceipt *selected = get_selected (self);
  AdwMessageDialog *dialog;
  g_autofree char *number = NULL;
  g_autofree char *total = NULL;
  GtkWidget *list;
  GtkWidget *reason;

  if (selected == NULL)
    return;

  number = hk_receipt_dup_full_number (selected);
  total = hk_money_format (hk_receipt_get_total (selected));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self),
                                                       _("Void Receipt?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("Receipt %s of %s will be void. Its number stays used, and "
                                    "the void is kept with your name, the time and the reason. "
                                    "Keep all copies of the paper receipt and stamp them void."),
                                  number, total);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "void", _("_Void Receipt"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "void", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "void", FALSE);

  list = add_dialog_list (dialog);
  reason = add_dialog_entry (list, dialog, "reason", _("Reason for the void"),
                             G_CALLBACK (on_void_reason_changed_cb));
  g_object_set_data_full (G_OBJECT (dialog), "receipt", g_object_ref (selected), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_void_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (reason);
}

static void
on_correct_changed_cb (AdwMessageDialog *dialog)
{
  g_autofree char *number = g_strstrip (g_strdup (dialog_text (dialog, "number")));
  g_autofree char *reason = g_strstrip (g_strdup (dialog_text (dialog, "reason")));

  adw_message_dialog_set_response_enabled (dialog, "correct", *number != '\0' && *reason != '\0');
}

static void
on_correct_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        HkCashDeskView   *self)
{
  HkReceiptStore *store;
  g_autoptr(HkReceipt) original = NULL;
  g_autoptr(HkReceipt) red = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *red_number = NULL;
  g_autofree char *original_number = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "correct") != 0)
    return;

  store = hk_context_get_receipt_store (get_context (self));
  original = hk_receipt_store_lookup_number (store, dialog_text (dialog, "number"), &error);
  if (original != NULL)
    red = hk_receipt_store_correct (store, get_clerk (self), original,
                                    dialog_text (dialog, "reason"), &error);
  if (red == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  red_number = hk_receipt_dup_full_number (red);
  original_number = hk_receipt_dup_full_number (original);
  /* Translators: the red-letter receipt's number, then the corrected receipt's number */
  message = g_strdup_printf (_("Red-letter receipt %s issued for %s"), red_number,
                             original_number);
  hk_section_show_toast (HK_SECTION (self), message);
  select_receipt_id (self, hk_receipt_get_id (red));
}

static void
correct_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkCashDeskView *self = HK_CASH_DESK_VIEW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *number;

  if (self->open_shift == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self),
                                                       _("Correct an Earlier Receipt?"), NULL));
  adw_message_dialog_set_body (dialog,
                               _("A red-letter receipt with the opposite amounts of the "
                                 "original is issued on your next number of today. The "
                                 "original stays as it is; a receipt of today is voided "
                                 "instead."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "correct", _("_Issue Red-Letter Receipt"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "correct", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "correct", FALSE);

  list = add_dialog_list (dialog);
  number = add_dialog_entry (list, dialog, "number", _("Receipt number"),
                             G_CALLBACK (on_correct_changed_cb));
  add_dialog_entry (list, dialog, "reason", _("Reason for the correction"),
                    G_CALLBACK (on_correct_changed_cb));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_correct_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (number);
}

/* The time column: the time of issue in the hall's time zone. */
static void
setup_time_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               HkCashDeskView           *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_time_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              HkCashDeskView           *self)
{
  HkReceipt *receipt = gtk_list_item_get_item (list_item);
  g_autofree char *time = hk_cash_desk_format_time (hk_receipt_get_issued_at (receipt),
                                                    get_time_zone (self));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), time);
}

static void
on_receipt_entry_problem_cb (HkCashDeskView *self)
{
  update_actions (self);
}

static void
hk_cash_desk_view_focus_search (HkSection *section)
{
  HkCashDeskView *self = HK_CASH_DESK_VIEW (section);

  hk_receipt_entry_focus_search (self->receipt_entry);
}

static void
hk_cash_desk_view_constructed (GObject *object)
{
  HkCashDeskView *self = (HkCashDeskView *)object;
  HkContext *context;
  GtkListItemFactory *factory;

  G_OBJECT_CLASS (hk_cash_desk_view_parent_class)->constructed (object);

  context = get_context (self);
  g_assert (context != NULL);

  hk_receipt_entry_set_context (self->receipt_entry, context);
  g_signal_connect_object (self->receipt_entry, "notify::problem",
                           G_CALLBACK (on_receipt_entry_problem_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_time_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_time_cb), self, 0);
  gtk_column_view_column_set_factory (self->time_column, factory);
  g_object_unref (factory);

  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->receipts_view));
  gtk_column_view_sort_by_column (self->receipts_view, self->number_column,
                                  GTK_SORT_DESCENDING);

  g_signal_connect_object (hk_context_get_shift_store (context), "changed",
                           G_CALLBACK (hk_cash_desk_view_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_receipt_store (context), "changed",
                           G_CALLBACK (hk_cash_desk_view_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_daily_report_store (context), "changed",
                           G_CALLBACK (hk_cash_desk_view_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_hall_store (context), "changed",
                           G_CALLBACK (hk_cash_desk_view_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::operator",
                           G_CALLBACK (hk_cash_desk_view_refresh), self, G_CONNECT_SWAPPED);

  hk_cash_desk_view_refresh (self);
}

static void
hk_cash_desk_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hk_cash_desk_view_parent_class)->map (widget);

  /* The day may have turned since the section was last shown. */
  hk_cash_desk_view_refresh (HK_CASH_DESK_VIEW (widget));
}

static void
hk_cash_desk_view_dispose (GObject *object)
{
  HkCashDeskView *self = (HkCashDeskView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_CASH_DESK_VIEW);
  g_clear_object (&self->open_shift);
  g_clear_object (&self->last_closed);
  g_clear_object (&self->report);
  g_clear_object (&self->receipts);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (hk_cash_desk_view_parent_class)->dispose (object);
}

static void
hk_cash_desk_view_class_init (HkCashDeskViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_cash_desk_view_constructed;
  object_class->dispose = hk_cash_desk_view_dispose;

  widget_class->map = hk_cash_desk_view_map;

  section_class->main_action_name = "cash-desk.issue";
  section_class->main_action_label = N_("_Issue Receipt");
  section_class->main_action_tooltip = N_("Issue the receipt with your next invoice number "
                                          "(Ctrl+N or Ctrl+Return)");
  section_class->focus_search = hk_cash_desk_view_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-cash-desk-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkCashDeskView, number_column);
  gtk_widget_class_bind_template_child (widget_class, HkCashDeskView, receipt_entry);
  gtk_widget_class_bind_template_child (widget_class, HkCashDeskView, receipts_stack);
  gtk_widget_class_bind_template_child (widget_class, HkCashDeskView, receipts_view);
  gtk_widget_class_bind_template_child (widget_class, HkCashDeskView, selection);
  gtk_widget_class_bind_template_child (widget_class, HkCashDeskView, shift_panel);
  gtk_widget_class_bind_template_child (widget_class, HkCashDeskView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkCashDeskView, time_column);
  gtk_widget_class_bind_template_callback (widget_class, format_money);
  gtk_widget_class_bind_template_callback (widget_class, format_status);
  gtk_widget_class_bind_template_callback (widget_class, format_status_icon);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "cash-desk.open-shift", NULL, open_shift_action);
  gtk_widget_class_install_action (widget_class, "cash-desk.move-cash", NULL, move_cash_action);
  gtk_widget_class_install_action (widget_class, "cash-desk.close-shift", NULL,
                                   close_shift_action);
  gtk_widget_class_install_action (widget_class, "cash-desk.submit-report", NULL,
                                   submit_report_action);
  gtk_widget_class_install_action (widget_class, "cash-desk.issue", NULL, issue_action);
  gtk_widget_class_install_action (widget_class, "cash-desk.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "cash-desk.save-pdf", NULL);
  gtk_widget_class_install_action (widget_class, "cash-desk.void", NULL, void_action);
  gtk_widget_class_install_action (widget_class, "cash-desk.correct", NULL, correct_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "cash-desk.issue", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "cash-desk.issue", NULL);

  g_type_ensure (HK_TYPE_RECEIPT);
  g_type_ensure (HK_TYPE_RECEIPT_ENTRY);
  g_type_ensure (HK_TYPE_SHIFT_PANEL);
}

static void
hk_cash_desk_view_init (HkCashDeskView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->receipts = g_list_store_new (HK_TYPE_RECEIPT);
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->receipts));
}

HkShiftPanel *
hk_cash_desk_view_get_shift_panel (HkCashDeskView *self)
{
  g_return_val_if_fail (HK_IS_CASH_DESK_VIEW (self), NULL);

  return self->shift_panel;
}

HkReceiptEntry *
hk_cash_desk_view_get_receipt_entry (HkCashDeskView *self)
{
  g_return_val_if_fail (HK_IS_CASH_DESK_VIEW (self), NULL);

  return self->receipt_entry;
}

/**
 * hk_cash_desk_view_get_receipts:
 *
 * Returns: (transfer none): today's receipts of the clerk, as shown: sorted
 */
GListModel *
hk_cash_desk_view_get_receipts (HkCashDeskView *self)
{
  g_return_val_if_fail (HK_IS_CASH_DESK_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* Selects the receipt with that full number in today's list; FALSE when it is not there. */
gboolean
hk_cash_desk_view_select_receipt (HkCashDeskView *self,
                                  const char     *full_number)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (HK_IS_CASH_DESK_VIEW (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkReceipt) receipt = g_list_model_get_item (model, i);
      g_autofree char *number = hk_receipt_dup_full_number (receipt);

      if (g_strcmp0 (number, full_number) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}
