/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-view.c: the Bank section: deposits, the statement reconciliation, the cheques.
 *
 * The auditor's bank work (对帐, 支票背书, 退票) in three pages of one switcher, as UI.md has it:
 * Deposits, Reconciliation and Cheques. They are pages of one section rather than sections of
 * their own because they are one piece of work: a deposit is what a statement line is matched
 * to, a cheque is paid in with a deposit, and its bounce is a line of the statement.
 *
 * Deposits lists every bank receipt recorded, newest first: date, slip, bank, amount, what it
 * carries (daily reports and cheques, and their total), and whether a statement line matches it
 * (in transit until one does), or that it was cancelled; under the list, the selected deposit's
 * reports and note. New Deposit (Ctrl+N) opens the form; From Checked Reports records a deposit
 * for every slip the checked daily reports of the last 31 days name; Cancel Deposit… asks why.
 *
 * Ctrl+F searches the page shown (the deposits or the cheques); Ctrl+I imports a statement,
 * Ctrl+M matches automatically and Ctrl+E exports the reconciliation, from any page (they show
 * the reconciliation page first).
 * Alt+1, Alt+2 and Alt+3 show the pages.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/hk-money.h"
#include "hk-bank-deposit-editor.h"
#include "hk-bank-format.h"
#include "hk-bank-view.h"

#define FROM_REPORTS_DAYS 31

struct _HkBankView
{
  HkSection                 parent_instance;

  GListStore               *deposits;
  HkBankReconciliationPage *reconciliation_page;
  HkChequesPage            *cheques_page;
  char                     *detail;

  /* Template widgets */
  GtkCustomSorter          *amount_sorter;
  GtkColumnView            *column_view;
  GtkCustomSorter          *date_sorter;
  GtkLabel                 *detail_label;
  GtkFilterListModel       *filter_model;
  GtkStack                 *list_stack;
  AdwStatusPage            *no_match_page;
  AdwViewStack             *page_stack;
  GtkSearchEntry           *search_entry;
  GtkSingleSelection       *selection;
  GtkDropDown              *show_dropdown;
  GtkSortListModel         *sort_model;
  GtkLabel                 *summary_label;
};

G_DEFINE_FINAL_TYPE (HkBankView, hk_bank_view, HK_TYPE_SECTION)

static HkContext *
get_context (HkBankView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static HkBankDeposit *
get_selected (HkBankView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* Whether the deposit's slip is dated before the book opens: the reconciliation leaves it out
 * (set on the deposit when the list is read). */
static gboolean
before_book (HkBankDeposit *deposit)
{
  return g_object_get_data (G_OBJECT (deposit), "before-book") != NULL;
}

static gboolean
in_transit (HkBankDeposit *deposit)
{
  return !hk_bank_deposit_is_cancelled (deposit) && hk_bank_deposit_get_line_id (deposit) == 0 &&
         !before_book (deposit);
}

/* ---- closures of the list ---- */

static char *
format_slip_date (gpointer       unused,
                  HkBankDeposit *deposit)
{
  return g_strdup (deposit != NULL ? hk_bank_deposit_get_slip_date (deposit) : "");
}

static char *
format_slip_no (gpointer       unused,
                HkBankDeposit *deposit)
{
  return g_strdup (deposit != NULL ? hk_bank_deposit_get_slip_no (deposit) : "");
}

static char *
format_bank (gpointer       unused,
             HkBankDeposit *deposit)
{
  return g_strdup (deposit != NULL ? hk_bank_deposit_get_bank_name (deposit) : "");
}

static char *
format_amount (gpointer       unused,
               HkBankDeposit *deposit)
{
  return deposit != NULL ? hk_money_format (hk_bank_deposit_get_amount (deposit)) : g_strdup ("");
}

static char *
format_carries (gpointer       unused,
                HkBankDeposit *deposit)
{
  guint n_reports;
  guint n_cheques;
  g_autofree char *reports = NULL;
  g_autofree char *cheques = NULL;
  g_autofree char *covered = NULL;

  if (deposit == NULL)
    return g_strdup ("");

  n_reports = hk_bank_deposit_get_n_reports (deposit);
  n_cheques = hk_bank_deposit_get_n_cheques (deposit);
  reports = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u daily report", "%u daily reports",
                                          n_reports), n_reports);
  cheques = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u cheque", "%u cheques", n_cheques),
                             n_cheques);
  covered = hk_money_format (hk_bank_deposit_get_covered (deposit));

  if (n_cheques == 0)
    /* Translators: "2 daily reports: ¥12,345.60" */
    return g_strdup_printf (_("%s: %s"), reports, covered);
  if (n_reports == 0)
    return g_strdup_printf (_("%s: %s"), cheques, covered);

  /* Translators: "2 daily reports, 1 cheque: ¥12,345.60" */
  return g_strdup_printf (_("%s, %s: %s"), reports, cheques, covered);
}

static char *
format_state_icon (gpointer       unused,
                   HkBankDeposit *deposit)
{
  if (deposit == NULL)
    return g_strdup ("");
  if (hk_bank_deposit_is_cancelled (deposit))
    return g_strdup ("action-unavailable-symbolic");
  if (hk_bank_deposit_get_line_id (deposit) > 0)
    return g_strdup ("object-select-symbolic");

  return g_strdup (in_transit (deposit) ? "mail-send-symbolic" : "document-open-recent-symbolic");
}

static char *
format_state (gpointer       unused,
              HkBankDeposit *deposit)
{
  if (deposit == NULL)
    return g_strdup ("");
  if (hk_bank_deposit_is_cancelled (deposit))
    return g_strdup (_("Cancelled"));
  if (hk_bank_deposit_get_line_id (deposit) > 0)
    return g_strdup (_("Matched"));

  return g_strdup (in_transit (deposit) ? _("In transit") : _("Before the book opens"));
}

static int
compare_date (gconstpointer a,
              gconstpointer b,
              gpointer      unused)
{
  int order = g_strcmp0 (hk_bank_deposit_get_slip_date ((HkBankDeposit *)a),
                         hk_bank_deposit_get_slip_date ((HkBankDeposit *)b));
  gint64 x = hk_bank_deposit_get_id ((HkBankDeposit *)a);
  gint64 y = hk_bank_deposit_get_id ((HkBankDeposit *)b);

  if (order == 0)
    order = x < y ? -1 : x > y ? 1 : 0;

  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_amount (gconstpointer a,
                gconstpointer b,
                gpointer      unused)
{
  gint64 x = hk_bank_deposit_get_amount ((HkBankDeposit *)a);
  gint64 y = hk_bank_deposit_get_amount ((HkBankDeposit *)b);

  return x < y ? GTK_ORDERING_SMALLER : x > y ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static gboolean
filter_deposit (gpointer item,
                gpointer user_data)
{
  HkBankView *self = user_data;
  HkBankDeposit *deposit = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;

  if (gtk_drop_down_get_selected (self->show_dropdown) == 1 && !in_transit (deposit))
    return FALSE;

  if (text == NULL || *text == '\0')
    return TRUE;

  needle = g_utf8_casefold (g_strstrip (g_strdup (text)), -1);

  return *needle == '\0' || hk_bank_text_contains (hk_bank_deposit_get_slip_no (deposit), needle) ||
         hk_bank_text_contains (hk_bank_deposit_get_bank_name (deposit), needle) ||
         hk_bank_text_contains (hk_bank_deposit_get_slip_date (deposit), needle);
}

/* ---- state ---- */

/* What the selected deposit carries, in sentences. */
static char *
describe (HkBankView    *self,
          HkBankDeposit *deposit)
{
  HkContext *context = get_context (self);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) shares = NULL;
  g_autofree char *who = hk_bank_operator_name (context, hk_bank_deposit_get_recorded_by (deposit));
  g_autofree char *when = hk_bank_format_moment (context,
                                                 hk_bank_deposit_get_recorded_at (deposit));

  /* Translators: "Recorded 2026-10-17 20:05 by 赵敏." */
  g_string_append_printf (text, _("Recorded %s by %s."), when, who);

  shares = hk_bank_store_list_deposit_reports (hk_context_get_bank_store (context),
                                               hk_bank_deposit_get_id (deposit), NULL);
  for (guint i = 0; shares != NULL && i < shares->len; i++)
    {
      HkBankDepositShare *share = g_ptr_array_index (shares, i);
      g_autofree char *clerk = hk_bank_operator_name (context, share->clerk_id);
      g_autofree char *takings = hk_money_format (share->takings);

      g_string_append (text, "\n");
      /* Translators: "Daily report of 2026-10-16, 王芳: cash takings ¥3,210.00" */
      g_string_append_printf (text, _("Daily report of %s, %s: cash takings %s"), share->day,
                              clerk, takings);
    }

  if (hk_bank_deposit_get_note (deposit) != NULL && *hk_bank_deposit_get_note (deposit) != '\0')
    {
      g_string_append (text, "\n");
      /* Translators: "Note: …" */
      g_string_append_printf (text, _("Note: %s"), hk_bank_deposit_get_note (deposit));
    }

  if (hk_bank_deposit_is_cancelled (deposit))
    {
      g_string_append (text, "\n");
      /* Translators: "Cancelled: the slip was entered twice" */
      g_string_append_printf (text, _("Cancelled: %s"),
                              hk_bank_deposit_get_cancel_reason (deposit));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_actions (HkBankView *self)
{
  HkBankDeposit *deposit;

  if (get_context (self) == NULL || self->selection == NULL)
    return;

  deposit = get_selected (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bank.cancel-deposit",
                                 deposit != NULL && in_transit (deposit));

  g_clear_pointer (&self->detail, g_free);
  if (deposit != NULL)
    self->detail = describe (self, deposit);
  gtk_label_set_label (self->detail_label, self->detail != NULL ? self->detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), self->detail != NULL);
}

static void
update_subtitle (HkBankView *self)
{
  AdwViewStackPage *cheques;
  const char *page;

  if (get_context (self) == NULL || self->cheques_page == NULL)
    return;

  /* The overdue bounced cheques are what the auditor must not miss: the switcher says so. */
  cheques = adw_view_stack_get_page (self->page_stack, GTK_WIDGET (self->cheques_page));
  adw_view_stack_page_set_needs_attention (cheques,
                                           hk_cheques_page_get_n_overdue (self->cheques_page) > 0);

  page = adw_view_stack_get_visible_child_name (self->page_stack);
  if (g_strcmp0 (page, "cheques") == 0 && hk_cheques_page_get_n_overdue (self->cheques_page) > 0)
    {
      guint n = hk_cheques_page_get_n_overdue (self->cheques_page);
      g_autofree char *subtitle = NULL;

      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u bounced cheque overdue",
                                               "%u bounced cheques overdue", n), n);
      hk_section_set_subtitle (HK_SECTION (self), subtitle);
    }
  else
    hk_section_set_subtitle (HK_SECTION (self), NULL);
}

static void
update_summary (HkBankView *self)
{
  GListModel *all = G_LIST_MODEL (self->deposits);
  guint n_all = g_list_model_get_n_items (all);
  guint n_transit = 0;
  gint64 transit = 0;
  g_autofree char *transit_text = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(HkBankDeposit) deposit = g_list_model_get_item (all, i);

      if (in_transit (deposit))
        {
          n_transit++;
          transit += hk_bank_deposit_get_amount (deposit);
        }
    }

  transit_text = hk_money_format (transit);
  /* Translators: "3 deposits in transit: ¥12,345.60" */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deposit in transit: %s",
                                          "%u deposits in transit: %s", n_transit), n_transit,
                             transit_text);
  gtk_label_set_label (self->summary_label, summary);

  if (n_all == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

      if (text != NULL && *text != '\0')
        {
          adw_status_page_set_title (self->no_match_page, _("No Deposit Found"));
          adw_status_page_set_description (self->no_match_page,
                                           _("No deposit shown has that slip, bank or date. "
                                             "Check the search, or show all deposits."));
        }
      else
        {
          adw_status_page_set_title (self->no_match_page, _("Nothing in Transit"));
          adw_status_page_set_description (self->no_match_page,
                                           _("Every deposit is on an imported statement."));
        }
      gtk_stack_set_visible_child_name (self->list_stack, "no-match");
    }
}

static void
on_filter_changed_cb (HkBankView *self)
{
  GtkFilter *filter;

  if (get_context (self) == NULL)
    return;

  filter = gtk_filter_list_model_get_filter (self->filter_model);
  if (filter != NULL)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
  update_actions (self);
}

static void
reload (HkBankView *self)
{
  HkBankDeposit *selected = get_selected (self);
  gint64 selected_id = selected != NULL ? hk_bank_deposit_get_id (selected) : 0;
  g_autoptr(GPtrArray) deposits = NULL;
  g_autoptr(HkBankReconciliation) reconciliation = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GError) error = NULL;

  deposits = hk_bank_store_list_deposits (hk_context_get_bank_store (get_context (self)),
                                          "0001-01-01", "9999-12-31", &error);
  if (deposits == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  /* The reconciliation counts what comes after the book's opening day; earlier slips are not
   * in transit. */
  today = hk_bank_today (get_context (self));
  reconciliation = hk_bank_store_reconcile (hk_context_get_bank_store (get_context (self)), today,
                                            NULL);
  for (guint i = 0; reconciliation != NULL && reconciliation->opening_day != NULL &&
                    i < deposits->len; i++)
    {
      HkBankDeposit *deposit = g_ptr_array_index (deposits, i);

      if (g_strcmp0 (hk_bank_deposit_get_slip_date (deposit), reconciliation->opening_day) <= 0)
        g_object_set_data (G_OBJECT (deposit), "before-book", GINT_TO_POINTER (TRUE));
    }

  g_list_store_splice (self->deposits, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->deposits)),
                       deposits->pdata, deposits->len);
  if (selected_id > 0)
    hk_bank_view_select (self, selected_id);
  update_summary (self);
  update_actions (self);
  update_subtitle (self);
}

/* ---- actions ---- */

static void
on_deposit_saved_cb (HkBankView    *self,
                     HkBankDeposit *deposit)
{
  g_autofree char *message = NULL;

  hk_bank_view_select (self, hk_bank_deposit_get_id (deposit));
  /* Translators: "Deposit S-20261017-01 recorded" */
  message = g_strdup_printf (_("Deposit %s recorded"), hk_bank_deposit_get_slip_no (deposit));
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
new_deposit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HkBankView *self = HK_BANK_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  HkBankDepositEditor *editor;

  adw_view_stack_set_visible_child_name (self->page_stack, "deposits");
  editor = hk_bank_deposit_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       get_context (self), 0);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_deposit_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
from_reports_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HkBankView *self = HK_BANK_VIEW (widget);
  g_autofree char *today = hk_bank_today (get_context (self));
  g_autoptr(GDate) date = g_date_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  char first_day[16];
  guint n = 0;

  g_date_set_parse (date, today);
  g_date_subtract_days (date, FROM_REPORTS_DAYS);
  g_date_strftime (first_day, sizeof first_day, "%Y-%m-%d", date);

  if (!hk_bank_store_record_from_reports (hk_context_get_bank_store (get_context (self)),
                                          hk_context_get_operator (get_context (self)),
                                          first_day, today, &n, &error))
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Recorded %u deposit",
                                          "Recorded %u deposits", n), n);
  hk_section_show_toast (HK_SECTION (self), n > 0 ? message
                                                  : _("No checked daily report names a slip "
                                                      "that is not recorded yet"));
}

static void
cancel_answered (GtkWidget  *from,
                 const char *text,
                 gpointer    user_data)
{
  HkBankView *self = HK_BANK_VIEW (from);
  HkBankDeposit *deposit = get_selected (self);
  g_autoptr(HkBankDeposit) done = NULL;
  g_autoptr(GError) error = NULL;

  if (deposit == NULL)
    return;

  done = hk_bank_store_cancel_deposit (hk_context_get_bank_store (get_context (self)),
                                       hk_context_get_operator (get_context (self)), deposit, text,
                                       &error);
  if (done == NULL)
    hk_section_show_error (HK_SECTION (self), error);
  else
    hk_section_show_toast (HK_SECTION (self), _("Deposit cancelled; its reports and cheques are "
                                                "free again"));
}

static void
cancel_deposit_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HkBankDeposit *deposit = get_selected (HK_BANK_VIEW (widget));
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (deposit == NULL)
    return;

  /* Translators: "Cancel Deposit S-20261017-01?" */
  heading = g_strdup_printf (_("Cancel Deposit %s?"), hk_bank_deposit_get_slip_no (deposit));
  dialog = hk_bank_ask_text (widget, heading,
                             _("A deposit recorded by mistake is cancelled, never deleted: it "
                               "stays in the list with the reason, and its daily reports and "
                               "cheques can be deposited again."),
                             _("Reason"), NULL, _("Cancel _Deposit"), cancel_answered, NULL);
  adw_message_dialog_set_response_appearance (dialog, "answer", ADW_RESPONSE_DESTRUCTIVE);
}

/* bank.import, bank.auto-match, bank.export: the reconciliation page's, from any page. */
static void
reconciliation_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HkBankView *self = HK_BANK_VIEW (widget);
  g_autofree char *page_action = g_strconcat ("reconciliation.",
                                              action_name + strlen ("bank."), NULL);

  adw_view_stack_set_visible_child_name (self->page_stack, "reconciliation");
  gtk_widget_activate_action (GTK_WIDGET (self->reconciliation_page), page_action, NULL);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  hk_bank_view_show_page (HK_BANK_VIEW (widget), g_variant_get_string (parameter, NULL));
}

/* ---- the class ---- */

static void
hk_bank_view_focus_search (HkSection *section)
{
  HkBankView *self = HK_BANK_VIEW (section);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->page_stack), "cheques") == 0)
    hk_cheques_page_focus_search (self->cheques_page);
  else
    {
      adw_view_stack_set_visible_child_name (self->page_stack, "deposits");
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    }
}

static void
hk_bank_view_constructed (GObject *object)
{
  HkBankView *self = (HkBankView *)object;
  HkContext *context;
  AdwViewStackPage *page;
  g_autoptr(GtkColumnViewColumn) date_column = NULL;

  G_OBJECT_CLASS (hk_bank_view_parent_class)->constructed (object);

  context = get_context (self);

  self->reconciliation_page = hk_bank_reconciliation_page_new (context);
  page = adw_view_stack_add_titled (self->page_stack, GTK_WIDGET (self->reconciliation_page),
                                    "reconciliation", C_("bank page", "Reconciliation"));
  adw_view_stack_page_set_icon_name (page, "view-dual-symbolic");

  self->cheques_page = hk_cheques_page_new (context);
  page = adw_view_stack_add_titled (self->page_stack, GTK_WIDGET (self->cheques_page), "cheques",
                                    C_("bank page", "Cheques"));
  adw_view_stack_page_set_icon_name (page, "mail-send-receive-symbolic");

  date_column = g_list_model_get_item (gtk_column_view_get_columns (self->column_view), 0);
  gtk_column_view_sort_by_column (self->column_view, date_column, GTK_SORT_DESCENDING);

  g_signal_connect_object (hk_context_get_bank_store (context), "changed", G_CALLBACK (reload),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_cheque_store (context), "changed",
                           G_CALLBACK (update_subtitle), self, G_CONNECT_SWAPPED);

  reload (self);
}

static void
hk_bank_view_dispose (GObject *object)
{
  HkBankView *self = (HkBankView *)object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_BANK_VIEW);
  g_clear_object (&self->deposits);
  g_clear_pointer (&self->detail, g_free);

  G_OBJECT_CLASS (hk_bank_view_parent_class)->dispose (object);
}

static void
hk_bank_view_class_init (HkBankViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);
  const char *pages[] = { "deposits", "reconciliation", "cheques" };

  object_class->constructed = hk_bank_view_constructed;
  object_class->dispose = hk_bank_view_dispose;

  section_class->main_action_name = "bank.new-deposit";
  section_class->main_action_label = N_("_New Deposit");
  section_class->main_action_tooltip = N_("Record a bank deposit from its bank receipt (Ctrl+N)");
  section_class->focus_search = hk_bank_view_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/"
                                               "hk-bank-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkBankView, amount_sorter);
  gtk_widget_class_bind_template_child (widget_class, HkBankView, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkBankView, date_sorter);
  gtk_widget_class_bind_template_child (widget_class, HkBankView, detail_label);
  gtk_widget_class_bind_template_child (widget_class, HkBankView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, HkBankView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkBankView, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, HkBankView, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HkBankView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HkBankView, selection);
  gtk_widget_class_bind_template_child (widget_class, HkBankView, show_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkBankView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkBankView, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, format_amount);
  gtk_widget_class_bind_template_callback (widget_class, format_bank);
  gtk_widget_class_bind_template_callback (widget_class, format_carries);
  gtk_widget_class_bind_template_callback (widget_class, format_slip_date);
  gtk_widget_class_bind_template_callback (widget_class, format_slip_no);
  gtk_widget_class_bind_template_callback (widget_class, format_state);
  gtk_widget_class_bind_template_callback (widget_class, format_state_icon);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, update_subtitle);

  gtk_widget_class_install_action (widget_class, "bank.new-deposit", NULL, new_deposit_action);
  gtk_widget_class_install_action (widget_class, "bank.from-reports", NULL, from_reports_action);
  gtk_widget_class_install_action (widget_class, "bank.cancel-deposit", NULL,
                                   cancel_deposit_action);
  gtk_widget_class_install_action (widget_class, "bank.import", NULL, reconciliation_action);
  gtk_widget_class_install_action (widget_class, "bank.auto-match", NULL, reconciliation_action);
  gtk_widget_class_install_action (widget_class, "bank.export", NULL, reconciliation_action);
  gtk_widget_class_install_action (widget_class, "bank.show-page", "s", show_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "bank.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK,
                                       "bank.auto-match", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "bank.export", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "bank.show-page", "s", pages[i]);

  g_type_ensure (HK_TYPE_BANK_DEPOSIT);
}

static void
hk_bank_view_init (HkBankView *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkCustomFilter *filter;

  self->deposits = g_list_store_new (HK_TYPE_BANK_DEPOSIT);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (choices, _("All deposits"));
  gtk_string_list_append (choices, _("In transit"));
  gtk_drop_down_set_model (self->show_dropdown, G_LIST_MODEL (choices));

  gtk_custom_sorter_set_sort_func (self->date_sorter, compare_date, NULL, NULL);
  gtk_custom_sorter_set_sort_func (self->amount_sorter, compare_amount, NULL, NULL);
  filter = gtk_custom_filter_new (filter_deposit, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->deposits));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));
}

/**
 * hk_bank_view_get_visible_model:
 *
 * Returns: (transfer none): the deposits as shown (#HkBankDeposit): filtered and sorted
 */
GListModel *
hk_bank_view_get_visible_model (HkBankView *self)
{
  g_return_val_if_fail (HK_IS_BANK_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* Selects the deposit @deposit_id; FALSE when the list does not show it. */
gboolean
hk_bank_view_select (HkBankView *self,
                     gint64      deposit_id)
{
  g_return_val_if_fail (HK_IS_BANK_VIEW (self), FALSE);

  if (!hk_bank_select_id (self->selection, (HkBankGetId)hk_bank_deposit_get_id, deposit_id))
    return FALSE;

  update_actions (self);

  return TRUE;
}

/* Returns: (nullable): what the selected deposit carries, as shown under the list */
const char *
hk_bank_view_get_detail (HkBankView *self)
{
  g_return_val_if_fail (HK_IS_BANK_VIEW (self), NULL);

  return self->detail;
}

/* Returns: "deposits", "reconciliation" or "cheques" */
const char *
hk_bank_view_get_visible_page (HkBankView *self)
{
  g_return_val_if_fail (HK_IS_BANK_VIEW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->page_stack);
}

/* Shows "deposits", "reconciliation" or "cheques". */
void
hk_bank_view_show_page (HkBankView *self,
                        const char *page)
{
  g_return_if_fail (HK_IS_BANK_VIEW (self));

  adw_view_stack_set_visible_child_name (self->page_stack, page);
}

HkBankReconciliationPage *
hk_bank_view_get_reconciliation_page (HkBankView *self)
{
  g_return_val_if_fail (HK_IS_BANK_VIEW (self), NULL);

  return self->reconciliation_page;
}

HkChequesPage *
hk_bank_view_get_cheques_page (HkBankView *self)
{
  g_return_val_if_fail (HK_IS_BANK_VIEW (self), NULL);

  return self->cheques_page;
}
