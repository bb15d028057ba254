/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cheques-page.c: the Bank section's cheque register: endorse, deposit, clear, bounce with
 * its deadline, resolve, and the payers marked.
 *
 * A page of the Bank section rather than a section of its own: cheques are the auditor's bank
 * work (UI.md lists them under Bank), a cheque is paid in with a deposit and its bounce is a
 * line of the statement, and the auditor moves between the three pages in one sitting.
 *
 * The list shows every cheque taken at the counter, newest first: number, bank, payer (a warning
 * icon and "marked" when a cheque of theirs bounced and the mark stands), amount, the state as
 * an icon and words, day received and receipt; a bounced cheque says its deadline, and
 * an overdue one says "Overdue" with an alarm icon. The drop-down shows the cheques still to
 * follow (the default), the overdue ones, or all; the search matches a part of the number, the
 * payer, the bank or the receipt. Under the list, the selected cheque's history: received,
 * endorsed (when, by whom, to whom), deposited, cleared or bounced (why, the deadline), resolved.
 *
 * The action bar does what the state allows; the core checks it again. The list follows the
 * cheque store's "changed", the bank store's (a cheque paid in) and the receipt store's (a
 * cheque arrives with its receipt, and leaves when the receipt is voided).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-bank-deposit-editor.h"
#include "hk-bank-format.h"
#include "hk-cheques-page.h"

struct _HkChequesPage
{
  AdwBin              parent_instance;

  HkContext          *context;
  GListStore         *cheques;
  GHashTable         *marked_payers;
  char               *detail;
  guint               n_overdue;

  /* Template widgets */
  GtkCustomSorter    *amount_sorter;
  GtkColumnView      *column_view;
  GtkLabel           *detail_label;
  GtkFilterListModel *filter_model;
  GtkStack           *list_stack;
  AdwStatusPage      *no_match_page;
  GtkCustomSorter    *number_sorter;
  GtkCustomSorter    *received_sorter;
  GtkSearchEntry     *search_entry;
  GtkSingleSelection *selection;
  GtkDropDown        *show_dropdown;
  GtkSortListModel   *sort_model;
  GtkCustomSorter    *state_sorter;
  GtkLabel           *summary_label;
};

G_DEFINE_FINAL_TYPE (HkChequesPage, hk_cheques_page, ADW_TYPE_BIN)

static HkCheque *
get_selected (HkChequesPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static gboolean
is_open (HkChequeState state)
{
  return state == HK_CHEQUE_RECEIVED || state == HK_CHEQUE_ENDORSED ||
         state == HK_CHEQUE_DEPOSITED || state == HK_CHEQUE_BOUNCED;
}

/* ---- closures of the list ---- */

static char *
format_cheque_no (gpointer  unused,
                  HkCheque *cheque)
{
  return g_strdup (cheque != NULL ? hk_cheque_get_cheque_no (cheque) : "");
}

static char *
format_received_day (gpointer  unused,
                     HkCheque *cheque)
{
  const char *day = cheque != NULL ? g_object_get_data (G_OBJECT (cheque), "received-day") : NULL;

  return g_strdup (day != NULL ? day : "");
}

static char *
format_bank (gpointer  unused,
             HkCheque *cheque)
{
  const char *bank = cheque != NULL ? hk_cheque_get_bank_name (cheque) : NULL;

  return g_strdup (bank != NULL ? bank : "");
}

static gboolean
payer_is_marked (HkCheque *cheque)
{
  return cheque != NULL && g_object_get_data (G_OBJECT (cheque), "payer-marked") != NULL;
}

static char *
format_payer_icon (gpointer  unused,
                   HkCheque *cheque)
{
  return g_strdup (payer_is_marked (cheque) ? "dialog-warning-symbolic" : "");
}

static char *
format_payer (gpointer  unused,
              HkCheque *cheque)
{
  const char *payer = cheque != NULL ? hk_cheque_get_payer (cheque) : NULL;

  if (payer == NULL || *payer == '\0')
    return g_strdup (cheque != NULL ? _("Not entered") : "");
  if (payer_is_marked (cheque))
    /* Translators: a payer whose cheque bounced: "杭州文三贸易有限公司 (marked)" */
    return g_strdup_printf (_("%s (marked)"), payer);

  return g_strdup (payer);
}

static char *
format_amount (gpointer  unused,
               HkCheque *cheque)
{
  return cheque != NULL ? hk_money_format (hk_cheque_get_amount (cheque)) : g_strdup ("");
}

static char *
format_receipt_no (gpointer  unused,
                   HkCheque *cheque)
{
  const char *receipt = cheque != NULL ? hk_cheque_get_receipt_no (cheque) : NULL;

  return g_strdup (receipt != NULL ? receipt : "");
}

static char *
format_state_icon (gpointer  unused,
                   HkCheque *cheque)
{
  if (cheque == NULL)
    return g_strdup ("");
  if (hk_cheque_is_overdue (cheque))
    return g_strdup ("alarm-symbolic");

  switch (hk_cheque_get_state (cheque))
    {
    case HK_CHEQUE_RECEIVED:
      return g_strdup ("mail-unread-symbolic");
    case HK_CHEQUE_ENDORSED:
      return g_strdup ("document-edit-symbolic");
    case HK_CHEQUE_DEPOSITED:
      return g_strdup ("send-to-symbolic");
    case HK_CHEQUE_CLEARED:
      return g_strdup ("object-select-symbolic");
    case HK_CHEQUE_BOUNCED:
      return g_strdup ("dialog-warning-symbolic");
    case HK_CHEQUE_RESOLVED:
      return g_strdup ("emblem-ok-symbolic");
    case HK_CHEQUE_CANCELLED:
    default:
      return g_strdup ("action-unavailable-symbolic");
    }
}

static char *
format_state (gpointer  unused,
              HkCheque *cheque)
{
  const char *title;

  if (cheque == NULL)
    return g_strdup ("");

  title = hk_cheque_state_get_title (hk_cheque_get_state (cheque));
  if (hk_cheque_is_overdue (cheque))
    /* Translators: "Overdue since 2026-10-14" (a bounced cheque past its deadline day) */
    return g_strdup_printf (_("Overdue since %s"), hk_cheque_get_deadline_day (cheque));
  if (hk_cheque_get_state (cheque) == HK_CHEQUE_BOUNCED)
    /* Translators: "Bounced · resolve by 2026-10-14" */
    return g_strdup_printf (_("%s · resolve by %s"), title, hk_cheque_get_deadline_day (cheque));

  return g_strdup (title);
}

/* ---- sorting and filtering ---- */

static int
ordering (gint64 x,
          gint64 y)
{
  return x < y ? GTK_ORDERING_SMALLER : x > y ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_number (gconstpointer a,
                gconstpointer b,
                gpointer      unused)
{
  return ordering (g_strcmp0 (hk_cheque_get_cheque_no ((HkCheque *)a),
                              hk_cheque_get_cheque_no ((HkCheque *)b)), 0);
}

static int
compare_received (gconstpointer a,
                  gconstpointer b,
                  gpointer      unused)
{
  int order = ordering (hk_cheque_get_received_at ((HkCheque *)a),
                        hk_cheque_get_received_at ((HkCheque *)b));

  return order != GTK_ORDERING_EQUAL ? order : ordering (hk_cheque_get_id ((HkCheque *)a),
                                                         hk_cheque_get_id ((HkCheque *)b));
}

static int
compare_amount (gconstpointer a,
                gconstpointer b,
                gpointer      unused)
{
  return ordering (hk_cheque_get_amount ((HkCheque *)a), hk_cheque_get_amount ((HkCheque *)b));
}

/* Overdue first, then bounced, then in the states' order. */
static int
compare_state (gconstpointer a,
               gconstpointer b,
               gpointer      unused)
{
  int order = ordering (!hk_cheque_is_overdue ((HkCheque *)a),
                        !hk_cheque_is_overdue ((HkCheque *)b));

  return order != GTK_ORDERING_EQUAL ? order : ordering (hk_cheque_get_state ((HkCheque *)a),
                                                         hk_cheque_get_state ((HkCheque *)b));
}

static gboolean
filter_cheque (gpointer item,
               gpointer user_data)
{
  HkChequesPage *self = user_data;
  HkCheque *cheque = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;

  switch (gtk_drop_down_get_selected (self->show_dropdown))
    {
    case HK_CHEQUES_SHOW_OPEN:
      if (!is_open (hk_cheque_get_state (cheque)))
        return FALSE;
      break;
    case HK_CHEQUES_SHOW_OVERDUE:
      if (!hk_cheque_is_overdue (cheque))
        return FALSE;
      break;
    default:
      break;
    }

  if (text == NULL || *text == '\0')
    return TRUE;

  needle = g_utf8_casefold (g_strstrip (g_strdup (text)), -1);

  return *needle == '\0' || hk_bank_text_contains (hk_cheque_get_cheque_no (cheque), needle) ||
         hk_bank_text_contains (hk_cheque_get_payer (cheque), needle) ||
         hk_bank_text_contains (hk_cheque_get_bank_name (cheque), needle) ||
         hk_bank_text_contains (hk_cheque_get_receipt_no (cheque), needle);
}

/* ---- state ---- */

static void
append_step (GString    *text,
             const char *step)
{
  if (text->len > 0)
    g_string_append (text, "\n");
  g_string_append (text, step);
}

/* The selected cheque's history, in sentences. */
static char *
describe (HkChequesPage *self,
          HkCheque      *cheque)
{
  HkContext *context = self->context;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *received = hk_bank_format_moment (context, hk_cheque_get_received_at (cheque));
  g_autofree char *clerk = hk_bank_operator_name (context, hk_cheque_get_clerk_id (cheque));
  g_autofree char *amount = hk_money_format (hk_cheque_get_amount (cheque));
  g_autofree char *step = NULL;

  /* Translators: "Cheque 10203344 of ¥2,000.00, received 2026-10-12 10:14 by 王芳 on receipt
   * 0012345." */
  step = g_strdup_printf (_("Cheque %s of %s, received %s by %s on receipt %s."),
                          hk_cheque_get_cheque_no (cheque), amount, received, clerk,
                          hk_cheque_get_receipt_no (cheque));
  append_step (text, step);

  if (hk_cheque_get_endorsed_at (cheque) > 0)
    {
      g_autofree char *when = hk_bank_format_moment (context, hk_cheque_get_endorsed_at (cheque));
      g_autofree char *who = hk_bank_operator_name (context, hk_cheque_get_endorsed_by (cheque));
      g_autofree char *endorsed = NULL;

      /* Translators: "Endorsed 2026-10-13 09:05 by 赵敏 to 中国工商银行文三路支行." */
      endorsed = g_strdup_printf (_("Endorsed %s by %s to %s."), when, who,
                                  hk_cheque_get_endorsee (cheque));
      append_step (text, endorsed);
    }

  if (hk_cheque_get_deposit_id (cheque) > 0)
    {
      g_autoptr(HkBankDeposit) deposit = NULL;

      deposit = hk_bank_store_lookup_deposit (hk_context_get_bank_store (context),
                                              hk_cheque_get_deposit_id (cheque), NULL);
      if (deposit != NULL)
        {
          g_autofree char *deposited = NULL;

          /* Translators: "Paid in on 2026-10-13 with slip S-20261013-02." */
          deposited = g_strdup_printf (_("Paid in on %s with slip %s."),
                                       hk_bank_deposit_get_slip_date (deposit),
                                       hk_bank_deposit_get_slip_no (deposit));
          append_step (text, deposited);
        }
    }

  if (hk_cheque_get_cleared_at (cheque) > 0)
    {
      g_autofree char *when = hk_bank_format_moment (context, hk_cheque_get_cleared_at (cheque));
      g_autofree char *cleared = g_strdup_printf (_("Cleared %s."), when);

      append_step (text, cleared);
    }

  if (hk_cheque_get_bounced_day (cheque) != NULL)
    {
      g_autofree char *bounced = NULL;

      /* Translators: "Bounced 2026-10-14: 出票人账户余额不足. Resolve by 2026-10-17." */
      bounced = g_strdup_printf (_("Bounced %s: %s. Resolve by %s."),
                                 hk_cheque_get_bounced_day (cheque),
                                 hk_cheque_get_bounce_reason (cheque),
                                 hk_cheque_get_deadline_day (cheque));
      append_step (text, bounced);
      if (hk_cheque_is_overdue (cheque))
        append_step (text, _("Overdue: the deadline has passed and it is not resolved."));
    }

  if (hk_cheque_get_resolved_at (cheque) > 0)
    {
      g_autofree char *when = hk_bank_format_moment (context, hk_cheque_get_resolved_at (cheque));
      g_autofree char *resolved = NULL;

      /* Translators: "Resolved 2026-10-15 16:00: 客户以现金补交." */
      resolved = g_strdup_printf (_("Resolved %s: %s."), when, hk_cheque_get_resolution (cheque));
      append_step (text, resolved);
    }

  if (payer_is_marked (cheque))
    append_step (text, g_object_get_data (G_OBJECT (cheque), "payer-marked"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_actions (HkChequesPage *self)
{
  HkCheque *cheque;
  HkChequeState state;

  if (self->context == NULL)
    return;

  cheque = get_selected (self);
  state = cheque != NULL ? hk_cheque_get_state (cheque) : HK_CHEQUE_CANCELLED;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cheques.details",
                                 state == HK_CHEQUE_RECEIVED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cheques.endorse",
                                 state == HK_CHEQUE_RECEIVED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cheques.deposit",
                                 state == HK_CHEQUE_ENDORSED &&
                                 hk_cheque_get_deposit_id (cheque) == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cheques.clear",
                                 state == HK_CHEQUE_DEPOSITED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cheques.bounce",
                                 state == HK_CHEQUE_DEPOSITED || state == HK_CHEQUE_ENDORSED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cheques.resolve",
                                 state == HK_CHEQUE_BOUNCED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cheques.clear-payer",
                                 payer_is_marked (cheque));

  g_clear_pointer (&self->detail, g_free);
  if (cheque != NULL)
    self->detail = describe (self, cheque);
  gtk_label_set_label (self->detail_label, self->detail != NULL ? self->detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), self->detail != NULL);
}

static void
update_summary (HkChequesPage *self)
{
  GListModel *all = G_LIST_MODEL (self->cheques);
  guint n_all = g_list_model_get_n_items (all);
  guint n_open = 0;
  guint n_bounced = 0;
  g_autofree char *open = NULL;
  g_autofree char *bounced = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(HkCheque) cheque = g_list_model_get_item (all, i);

      n_open += is_open (hk_cheque_get_state (cheque));
      n_bounced += hk_cheque_get_state (cheque) == HK_CHEQUE_BOUNCED;
    }

  open = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u cheque to follow",
                                       "%u cheques to follow", n_open), n_open);
  bounced = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u bounced", "%u bounced",
                                          n_bounced), n_bounced);
  overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue",
                                          self->n_overdue), self->n_overdue);
  /* Translators: "5 cheques to follow · 1 bounced · 1 overdue" */
  summary = g_strdup_printf (_("%s · %s · %s"), open, bounced, overdue);
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
          adw_status_page_set_title (self->no_match_page, _("No Cheque Found"));
          adw_status_page_set_description (self->no_match_page,
                                           _("No cheque shown has that number, payer, bank or "
                                             "receipt. Check the search, or show all cheques."));
        }
      else if (gtk_drop_down_get_selected (self->show_dropdown) == HK_CHEQUES_SHOW_OVERDUE)
        {
          adw_status_page_set_title (self->no_match_page, _("Nothing Overdue"));
          adw_status_page_set_description (self->no_match_page,
                                           _("Every bounced cheque is resolved or still within "
                                             "its deadline."));
        }
      else
        {
          adw_status_page_set_title (self->no_match_page, _("Nothing to Follow"));
          adw_status_page_set_description (self->no_match_page,
                                           _("Every cheque is cleared, resolved or given back. "
                                             "Show all cheques to see them."));
        }
      gtk_stack_set_visible_child_name (self->list_stack, "no-match");
    }
}

static void
on_filter_changed_cb (HkChequesPage *self)
{
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->filter_model);

  if (filter != NULL)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  if (self->context != NULL)
    {
      update_summary (self);
      update_actions (self);
    }
}

/* Reads the register again, with the payers marked. */
void
hk_cheques_page_reload (HkChequesPage *self)
{
  HkChequeStore *store;
  HkHallStore *hall;
  HkCheque *selected;
  gint64 selected_id;
  g_autoptr(GPtrArray) cheques = NULL;
  g_auto(GStrv) marked = NULL;
  g_autoptr(GError) error = NULL;

  if (self->context == NULL)
    return;

  store = hk_context_get_cheque_store (self->context);
  hall = hk_context_get_hall_store (self->context);
  selected = get_selected (self);
  selected_id = selected != NULL ? hk_cheque_get_id (selected) : 0;

  if (!(cheques = hk_cheque_store_list (store, -1, &error)) ||
      !(marked = hk_cheque_store_list_marked_payers (store, &error)))
    {
      hk_bank_show_error (GTK_WIDGET (self), error);
      return;
    }

  g_hash_table_remove_all (self->marked_payers);
  for (guint i = 0; marked[i] != NULL; i++)
    g_hash_table_add (self->marked_payers, g_strdup (marked[i]));

  self->n_overdue = 0;
  for (guint i = 0; i < cheques->len; i++)
    {
      HkCheque *cheque = g_ptr_array_index (cheques, i);
      const char *payer = hk_cheque_get_payer (cheque);

      g_object_set_data_full (G_OBJECT (cheque), "received-day",
                              hk_hall_store_format_day (hall, hk_cheque_get_received_at (cheque)),
                              g_free);
      if (payer != NULL && g_hash_table_contains (self->marked_payers, payer))
        g_object_set_data_full (G_OBJECT (cheque), "payer-marked",
                                hk_cheque_store_check_payer (store, payer, NULL), g_free);
      self->n_overdue += hk_cheque_is_overdue (cheque);
    }

  g_list_store_splice (self->cheques, 0, g_list_model_get_n_items (G_LIST_MODEL (self->cheques)),
                       cheques->pdata, cheques->len);
  if (selected_id > 0)
    hk_cheques_page_select (self, selected_id);
  update_summary (self);
  update_actions (self);
}

/* ---- actions ---- */

static void
show_done (HkChequesPage *self,
           HkCheque      *cheque,
           GError        *error)
{
  g_autofree char *message = NULL;

  if (cheque == NULL)
    {
      hk_bank_show_error (GTK_WIDGET (self), error);
      return;
    }

  if (hk_cheque_get_state (cheque) == HK_CHEQUE_BOUNCED)
    /* Translators: "Cheque 10203344 bounced: resolve it by 2026-10-17" */
    message = g_strdup_printf (_("Cheque %s bounced: resolve it by %s"),
                               hk_cheque_get_cheque_no (cheque),
                               hk_cheque_get_deadline_day (cheque));
  else
    /* Translators: "Cheque 10203344 is now: Endorsed" */
    message = g_strdup_printf (_("Cheque %s is now: %s"), hk_cheque_get_cheque_no (cheque),
                               hk_cheque_state_get_title (hk_cheque_get_state (cheque)));
  hk_bank_show_toast (GTK_WIDGET (self), message, FALSE);
}

/* What endorsing, bouncing and resolving have in common: a cheque and a text. */
typedef HkCheque *(*ChequeAct) (HkChequeStore  *store,
                                HkOperator     *actor,
                                HkCheque       *cheque,
                                const char     *text,
                                GError        **error);

/* The answer to Endorse…, Bounced… or Resolve…: @user_data is the store's function. */
static void
act_answered (GtkWidget  *from,
              const char *text,
              gpointer    user_data)
{
  HkChequesPage *self = HK_CHEQUES_PAGE (from);
  HkCheque *cheque = get_selected (self);
  ChequeAct act = (ChequeAct)user_data;
  g_autoptr(HkCheque) done = NULL;
  g_autoptr(GError) error = NULL;

  if (cheque == NULL)
    return;

  done = act (hk_context_get_cheque_store (self->context), hk_context_get_operator (self->context),
              cheque, text, &error);
  show_done (self, done, error);
}

static void
details_answered (GtkWidget  *from,
                  const char *text,
                  gpointer    user_data)
{
  HkChequesPage *self = HK_CHEQUES_PAGE (from);
  HkCheque *cheque = get_selected (self);
  g_auto(GStrv) parts = g_strsplit (text, "/", 2);
  g_autoptr(HkCheque) done = NULL;
  g_autoptr(GError) error = NULL;

  if (cheque == NULL)
    return;

  if (parts[0] == NULL || parts[1] == NULL)
    {
      hk_bank_show_toast (from, _("Write the bank and the payer with a slash between them."), TRUE);
      return;
    }

  done = hk_cheque_store_set_details (hk_context_get_cheque_store (self->context),
                                      hk_context_get_operator (self->context), cheque,
                                      g_strstrip (parts[0]), g_strstrip (parts[1]), &error);
  if (done == NULL)
    hk_bank_show_error (from, error);
  else
    hk_bank_show_toast (from, _("Bank and payer saved"), FALSE);
}

static void
details_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkCheque *cheque = get_selected (HK_CHEQUES_PAGE (widget));
  g_autofree char *text = NULL;

  if (cheque == NULL)
    return;

  if (hk_cheque_get_bank_name (cheque) != NULL || hk_cheque_get_payer (cheque) != NULL)
    text = g_strdup_printf ("%s / %s",
                            hk_cheque_get_bank_name (cheque) != NULL
                            ? hk_cheque_get_bank_name (cheque) : "",
                            hk_cheque_get_payer (cheque) != NULL
                            ? hk_cheque_get_payer (cheque) : "");
  hk_bank_ask_text (widget, _("Bank and Payer"),
                    _("As the cheque shows them: the bank it is drawn on, a slash, and the "
                      "payer."),
                    _("Bank / payer"), text, _("_Save"), details_answered, NULL);
}

static void
endorse_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkChequesPage *self = HK_CHEQUES_PAGE (widget);
  HkCheque *cheque = get_selected (self);
  g_autoptr(GPtrArray) deposits = NULL;
  g_autofree char *today = NULL;
  g_autofree char *heading = NULL;
  const char *bank = NULL;

  if (cheque == NULL)
    return;

  /* Most cheques go to the hall's own bank for collection: offer the last deposit's bank. */
  today = hk_bank_today (self->context);
  deposits = hk_bank_store_list_deposits (hk_context_get_bank_store (self->context),
                                          "0001-01-01", today, NULL);
  if (deposits != NULL && deposits->len > 0)
    bank = hk_bank_deposit_get_bank_name (g_ptr_array_index (deposits, deposits->len - 1));

  /* Translators: "Endorse Cheque 10203344?" */
  heading = g_strdup_printf (_("Endorse Cheque %s?"), hk_cheque_get_cheque_no (cheque));
  hk_bank_ask_text (widget, heading,
                    _("The endorsement (背书) is recorded with the time and your name. Endorse it "
                      "to the bank for collection, or on to a third party."),
                    _("Endorsed to"), bank, _("_Endorse"), act_answered,
                    (gpointer)hk_cheque_store_endorse);
}

static void
on_deposit_saved_cb (HkChequesPage *self,
                     HkBankDeposit *deposit)
{
  g_autofree char *message = NULL;

  /* Translators: "Deposit S-20261013-02 recorded" */
  message = g_strdup_printf (_("Deposit %s recorded"), hk_bank_deposit_get_slip_no (deposit));
  hk_bank_show_toast (GTK_WIDGET (self), message, FALSE);
}

static void
deposit_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkChequesPage *self = HK_CHEQUES_PAGE (widget);
  HkCheque *cheque = get_selected (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  HkBankDepositEditor *editor;

  if (cheque == NULL)
    return;

  editor = hk_bank_deposit_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       self->context, hk_cheque_get_id (cheque));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_deposit_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkChequesPage *self = HK_CHEQUES_PAGE (widget);
  HkCheque *cheque = get_selected (self);
  g_autoptr(HkCheque) done = NULL;
  g_autoptr(GError) error = NULL;

  if (cheque == NULL)
    return;

  done = hk_cheque_store_clear (hk_context_get_cheque_store (self->context),
                                hk_context_get_operator (self->context), cheque, &error);
  show_done (self, done, error);
}

static void
bounce_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkChequesPage *self = HK_CHEQUES_PAGE (widget);
  HkCheque *cheque = get_selected (self);
  HkChequeStore *store = hk_context_get_cheque_store (self->context);
  guint days = hk_cheque_store_get_deadline_days (store);
  g_autofree char *today = hk_bank_today (self->context);
  g_autofree char *deadline = hk_working_days_after (today, days);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (cheque == NULL)
    return;

  /* Translators: "Cheque 10203344 Bounced?" */
  heading = g_strdup_printf (_("Cheque %s Bounced?"), hk_cheque_get_cheque_no (cheque));
  /* Translators: "It must be resolved within 3 working days, by 2026-10-17. Its payer is
   * marked: …" */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "It must be resolved within %u working day, by %s. Its "
                                       "payer is marked: their next cheques warn the clerk.",
                                       "It must be resolved within %u working days, by %s. Its "
                                       "payer is marked: their next cheques warn the clerk.",
                                       days), days, deadline);
  dialog = hk_bank_ask_text (widget, heading, body, _("Reason the bank gives"), NULL,
                             _("_Record Bounce"), act_answered,
                             (gpointer)hk_cheque_store_bounce);
  adw_message_dialog_set_response_appearance (dialog, "answer", ADW_RESPONSE_DESTRUCTIVE);
}

static void
resolve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkCheque *cheque = get_selected (HK_CHEQUES_PAGE (widget));
  g_autofree char *heading = NULL;

  if (cheque == NULL)
    return;

  /* Translators: "Resolve Cheque 10203344?" */
  heading = g_strdup_printf (_("Resolve Cheque %s?"), hk_cheque_get_cheque_no (cheque));
  hk_bank_ask_text (widget, heading,
                    _("Say how it was settled: paid in cash, replaced by another cheque, "
                      "written off…"),
                    _("Resolution"), NULL, _("_Resolve"), act_answered,
                    (gpointer)hk_cheque_store_resolve);
}

static void
clear_payer_answered (GtkWidget  *from,
                      const char *text,
                      gpointer    user_data)
{
  HkChequesPage *self = HK_CHEQUES_PAGE (from);
  HkCheque *cheque = get_selected (self);
  g_autoptr(GError) error = NULL;

  if (cheque == NULL)
    return;

  if (!hk_cheque_store_clear_payer (hk_context_get_cheque_store (self->context),
                                    hk_context_get_operator (self->context),
                                    hk_cheque_get_payer (cheque), text, &error))
    hk_bank_show_error (from, error);
  else
    hk_bank_show_toast (from, _("The payer’s mark is cleared"), FALSE);
}

static void
clear_payer_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HkCheque *cheque = get_selected (HK_CHEQUES_PAGE (widget));
  g_autofree char *heading = NULL;

  if (cheque == NULL || !payer_is_marked (cheque))
    return;

  /* Translators: "Clear the Mark of 杭州文三贸易有限公司?" */
  heading = g_strdup_printf (_("Clear the Mark of %s?"), hk_cheque_get_payer (cheque));
  hk_bank_ask_text (widget, heading,
                    _("Their cheques will no longer warn the clerk at the counter."),
                    _("Reason"), NULL, _("C_lear Mark"), clear_payer_answered, NULL);
}

/* ---- the class ---- */

static void
hk_cheques_page_dispose (GObject *object)
{
  HkChequesPage *self = (HkChequesPage *)object;

  /* Without a context, the template's signals during its disposal change nothing. */
  g_clear_object (&self->context);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_CHEQUES_PAGE);
  g_clear_object (&self->cheques);
  g_clear_pointer (&self->marked_payers, g_hash_table_unref);
  g_clear_pointer (&self->detail, g_free);

  G_OBJECT_CLASS (hk_cheques_page_parent_class)->dispose (object);
}

static void
hk_cheques_page_class_init (HkChequesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hk_cheques_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/"
                                               "hk-cheques-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, amount_sorter);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, detail_label);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, number_sorter);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, received_sorter);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, selection);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, show_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, state_sorter);
  gtk_widget_class_bind_template_child (widget_class, HkChequesPage, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, format_amount);
  gtk_widget_class_bind_template_callback (widget_class, format_bank);
  gtk_widget_class_bind_template_callback (widget_class, format_cheque_no);
  gtk_widget_class_bind_template_callback (widget_class, format_payer);
  gtk_widget_class_bind_template_callback (widget_class, format_payer_icon);
  gtk_widget_class_bind_template_callback (widget_class, format_receipt_no);
  gtk_widget_class_bind_template_callback (widget_class, format_received_day);
  gtk_widget_class_bind_template_callback (widget_class, format_state);
  gtk_widget_class_bind_template_callback (widget_class, format_state_icon);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "cheques.details", NULL, details_action);
  gtk_widget_class_install_action (widget_class, "cheques.endorse", NULL, endorse_action);
  gtk_widget_class_install_action (widget_class, "cheques.deposit", NULL, deposit_action);
  gtk_widget_class_install_action (widget_class, "cheques.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "cheques.bounce", NULL, bounce_action);
  gtk_widget_class_install_action (widget_class, "cheques.resolve", NULL, resolve_action);
  gtk_widget_class_install_action (widget_class, "cheques.clear-payer", NULL,
                                   clear_payer_action);
}

static void
hk_cheques_page_init (HkChequesPage *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkCustomFilter *filter;

  self->cheques = g_list_store_new (HK_TYPE_CHEQUE);
  self->marked_payers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (choices, _("To follow"));
  gtk_string_list_append (choices, _("Overdue"));
  gtk_string_list_append (choices, _("All cheques"));
  gtk_drop_down_set_model (self->show_dropdown, G_LIST_MODEL (choices));

  gtk_custom_sorter_set_sort_func (self->number_sorter, compare_number, NULL, NULL);
  gtk_custom_sorter_set_sort_func (self->received_sorter, compare_received, NULL, NULL);
  gtk_custom_sorter_set_sort_func (self->amount_sorter, compare_amount, NULL, NULL);
  gtk_custom_sorter_set_sort_func (self->state_sorter, compare_state, NULL, NULL);
  filter = gtk_custom_filter_new (filter_cheque, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->cheques));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));
}

HkChequesPage *
hk_cheques_page_new (HkContext *context)
{
  HkChequesPage *self = g_object_new (HK_TYPE_CHEQUES_PAGE, NULL);
  GListModel *columns;

  self->context = g_object_ref (context);

  /* Newest first: the column sorted by the day received. */
  columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_sorter (column) == GTK_SORTER (self->received_sorter))
        gtk_column_view_sort_by_column (self->column_view, column, GTK_SORT_DESCENDING);
    }

  /* Cheques arrive with receipts, are paid in with deposits, and move in their own store. */
  g_signal_connect_object (hk_context_get_cheque_store (context), "changed",
                           G_CALLBACK (hk_cheques_page_reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_bank_store (context), "changed",
                           G_CALLBACK (hk_cheques_page_reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_receipt_store (context), "changed",
                           G_CALLBACK (hk_cheques_page_reload), self, G_CONNECT_SWAPPED);

  hk_cheques_page_reload (self);

  return self;
}

GListModel *
hk_cheques_page_get_visible_model (HkChequesPage *self)
{
  g_return_val_if_fail (HK_IS_CHEQUES_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

gboolean
hk_cheques_page_select (HkChequesPage *self,
                        gint64         cheque_id)
{
  g_return_val_if_fail (HK_IS_CHEQUES_PAGE (self), FALSE);

  if (!hk_bank_select_id (self->selection, (HkBankGetId)hk_cheque_get_id, cheque_id))
    return FALSE;

  update_actions (self);

  return TRUE;
}

/* Chooses what the list shows, as the drop-down does. */
void
hk_cheques_page_set_show (HkChequesPage *self,
                          HkChequesShow  show)
{
  g_return_if_fail (HK_IS_CHEQUES_PAGE (self));

  gtk_drop_down_set_selected (self->show_dropdown, show);
}

/* Returns: (nullable): the selected cheque's history as shown under the list */
const char *
hk_cheques_page_get_detail (HkChequesPage *self)
{
  g_return_val_if_fail (HK_IS_CHEQUES_PAGE (self), NULL);

  return self->detail;
}

/* Returns: how many bounced cheques are past their deadline */
guint
hk_cheques_page_get_n_overdue (HkChequesPage *self)
{
  g_return_val_if_fail (HK_IS_CHEQUES_PAGE (self), 0);

  return self->n_overdue;
}

void
hk_cheques_page_focus_search (HkChequesPage *self)
{
  g_return_if_fail (HK_IS_CHEQUES_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
