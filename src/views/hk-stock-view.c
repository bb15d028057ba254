/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-stock-view.c: the Stock section: card holdings, allocation, the shift handover and the
 * number stock.
 *
 * Three pages in one section (a view switcher; Alt+C, Alt+H, Alt+U): the hall supervisor and
 * the clerks share the number stock and the handover rule, so they are pages of the card
 * stock's section rather than sections of their own, and a clerk's sidebar stays short.
 * - Cards: the hall's stock and each clerk's as runs of serials, per card type (a clerk sees
 *   their own); the open requisitions (Request, Receive the serials that arrive); Allocate
 *   (Ctrl+N) and Take Back move runs between the hall and a clerk; Export
 *   the day's count to Excel (Ctrl+E), built and written in a thread.
 * - Handover: the logged-in clerk's handover — per card type begin + received − sold −
 *   returned = end beside the count they type; a difference needs its explanation, before the
 *   receiver may acknowledge — and the handovers waiting for their acknowledgement.
 * - Numbers: search by pattern, state and class; an expired reservation reads as available
 *   (the store says so); Reserve (Ctrl+R) and Release; the selected number's history.
 * Every rule is the core's (hk-card-stock-store.c, hk-number-pool-store.c): a refusal comes
 * back as a toast naming it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/hk-error.h"
#include "core/hk-money.h"
#include "reports/hk-card-stock-report.h"
#include "reports/hk-report-export.h"
#include "hk-background-query.h"
#include "hk-stock-view.h"

struct _HkStockView
{
  HkSection           parent_instance;

  GListStore         *numbers;
  GtkSingleSelection *number_selection;
  GPtrArray          *count_rows;     /* the handover form's rows, one per card type */
  GtkSpinButton     **count_spins;
  AdwEntryRow       **explain_rows;
  AdwComboRow        *receiver_row;
  GPtrArray          *receivers;      /* HkOperator, as the receiver row lists them */
  HkCardHandover     *prepared;
  GCancellable       *export_cancellable;
  gboolean            exporting;
  gboolean            stale;       /* changed while out of sight */

  /* Template widgets */
  GtkBox             *cards_box;
  GtkDropDown        *class_dropdown;
  GtkBox             *handover_box;
  GtkLabel           *history_label;
  GtkSearchEntry     *number_search;
  AdwStatusPage      *numbers_status;
  GtkStack           *numbers_stack;
  GtkColumnView      *numbers_view;
  AdwViewStack       *stack;
  GtkDropDown        *state_dropdown;
};

G_DEFINE_FINAL_TYPE (HkStockView, hk_stock_view, HK_TYPE_SECTION)

static HkContext *
get_context (HkStockView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static HkCardStockStore *
get_stock (HkStockView *self)
{
  return hk_context_get_card_stock_store (get_context (self));
}

static HkNumberPoolStore *
get_pool (HkStockView *self)
{
  return hk_context_get_number_pool_store (get_context (self));
}

static HkOperator *
get_operator (HkStockView *self)
{
  return hk_context_get_operator (get_context (self));
}

static gboolean
is_supervisor (HkStockView *self)
{
  HkOperator *operator = get_operator (self);

  return operator != NULL && (hk_operator_get_roles (operator) & HK_ROLE_SUPERVISOR) != 0;
}

static gboolean
is_clerk (HkStockView *self)
{
  HkOperator *operator = get_operator (self);

  return operator != NULL && (hk_operator_get_roles (operator) & HK_ROLE_CLERK) != 0;
}

static char *
format_day (HkStockView *self,
            gint64       at)
{
  return hk_hall_store_format_day (hk_context_get_hall_store (get_context (self)), at);
}

static char *
dup_today (HkStockView *self)
{
  return format_day (self, hk_database_get_now (hk_context_get_database (get_context (self))));
}

/* The active clerks, in the operator store's order. */
static GPtrArray *
list_clerks (HkStockView *self)
{
  GListModel *operators = hk_operator_store_get_model (
    hk_context_get_operator_store (get_context (self)));
  GPtrArray *clerks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);

      if ((hk_operator_get_roles (operator) & HK_ROLE_CLERK) != 0 &&
          hk_operator_get_active (operator))
        g_ptr_array_add (clerks, g_steal_pointer (&operator));
    }

  return clerks;
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
new_status (const char *icon_name,
            const char *title,
            const char *description)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (status), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  gtk_widget_add_css_class (status, "compact");

  return status;
}

/* ---- Cards ---- */

static void       add_requisitions_group (HkStockView *self);
static GPtrArray *list_type_names        (HkStockView *self);

static HkCardType *
find_type (HkStockView *self,
           gint64       card_type_id)
{
  GListModel *types = hk_card_stock_store_get_types (get_stock (self));

  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(HkCardType) type = g_list_model_get_item (types, i);

      if (hk_card_type_get_id (type) == card_type_id)
        return type;   /* the model keeps a reference */
    }

  return NULL;
}

/* One holder's runs: a group titled with the holder, a row per run. */
static void
add_holder_group (HkStockView *self,
                  const char  *title,
                  gint64       holder_id,
                  GPtrArray   *segments)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *description = NULL;
  gint64 total = 0;
  guint n_rows = 0;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);

  for (guint i = 0; i < segments->len; i++)
    {
      HkCardSegment *segment = g_ptr_array_index (segments, i);
      HkCardType *type = find_type (self, segment->card_type_id);
      g_autoptr(HkCardRun) run = NULL;
      g_autofree char *serials = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *since = NULL;
      GtkWidget *row;
      gint64 n = segment->last_no - segment->first_no + 1;

      if (segment->holder_id != holder_id || type == NULL)
        continue;

      run = hk_card_run_new (segment->prefix, segment->first_no, segment->last_no);
      serials = hk_card_type_format_run (type, run);
      since = format_day (self, segment->since);
      /* Translators: a run of cards, e.g. "400 cards · since 2026-11-02" */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld card · since %s",
                                               "%lld cards · since %s", n),
                                  (long long)n, since);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hk_card_type_get_name (type));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), g_object_new (GTK_TYPE_LABEL,
                                                                     "label", serials,
                                                                     "selectable", TRUE,
                                                                     "css-classes",
                                                                     (const char *[]) {
                                                                       "numeric", NULL },
                                                                     NULL));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      total += n;
      n_rows++;
    }

  if (n_rows == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No cards"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld card in all",
                                              "%lld cards in all", total), (long long)total);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (self->cards_box, group);
}

static void
rebuild_cards (HkStockView *self)
{
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(GPtrArray) clerks = NULL;
  g_autoptr(GError) error = NULL;
  HkOperator *operator = get_operator (self);

  remove_children (self->cards_box);

  if (g_list_model_get_n_items (hk_card_stock_store_get_types (get_stock (self))) == 0)
    {
      gtk_box_append (self->cards_box,
                      new_status ("view-list-bullet-symbolic", _("No Card Types"),
                                  _("The SIM cards and value cards the hall stocks will be "
                                    "here by serial runs once the hall supervisor sets up "
                                    "their card types (hallkeeper-cli stock type-add).")));
      return;
    }

  segments = hk_card_stock_store_list_segments (get_stock (self), 0,
                                                is_supervisor (self) ? -1
                                                : hk_operator_get_id (operator), &error);
  if (segments == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  if (!is_supervisor (self))
    {
      add_holder_group (self, _("Your cards"), hk_operator_get_id (operator), segments);
      return;
    }

  add_holder_group (self, _("The hall’s stock"), 0, segments);
  add_requisitions_group (self);
  clerks = list_clerks (self);
  for (guint i = 0; i < clerks->len; i++)
    {
      HkOperator *clerk = g_ptr_array_index (clerks, i);

      add_holder_group (self, hk_operator_get_display_name (clerk), hk_operator_get_id (clerk),
                        segments);
    }
}

/* A form in a message dialog: a boxed list of rows and the first problem under it. */
typedef struct
{
  HkStockView      *view;
  AdwMessageDialog *dialog;
  const char       *response;
  GtkDropDown      *type_dropdown;
  GtkDropDown      *clerk_dropdown;
  AdwEntryRow      *text_rows[3];
  GtkLabel         *problem;
  GPtrArray        *clerks;
  char             *number;
  gboolean          take_back;
  HkCardRequisition *requisition;
} StockForm;

static void
stock_form_free (StockForm *form)
{
  g_clear_pointer (&form->clerks, g_ptr_array_unref);
  g_clear_object (&form->requisition);
  g_free (form->number);
  g_free (form);
}

static AdwEntryRow *
add_entry_row (GtkListBox *list,
               const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (list, row);

  return ADW_ENTRY_ROW (row);
}

static GtkDropDown *
add_dropdown_row (GtkListBox  *list,
                  const char  *title,
                  const char **items)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), dropdown);
  gtk_list_box_append (list, row);

  return GTK_DROP_DOWN (dropdown);
}

static StockForm *
stock_form_new (HkStockView *self,
                const char  *heading,
                const char  *body,
                const char  *response,
                const char  *response_label,
                GtkListBox **list)
{
  StockForm *form = g_new0 (StockForm, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  form->view = self;
  form->response = response;
  form->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root)
                                                             ? GTK_WINDOW (root) : NULL,
                                                             heading, body));
  adw_message_dialog_add_responses (form->dialog, "cancel", _("_Cancel"), response,
                                    response_label, NULL);
  adw_message_dialog_set_response_appearance (form->dialog, response,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (form->dialog, response);
  adw_message_dialog_set_close_response (form->dialog, "cancel");

  *list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (*list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (*list), "boxed-list");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*list));
  form->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->problem, TRUE);
  gtk_label_set_xalign (form->problem, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->problem),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problem"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (form->problem), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->problem));
  adw_message_dialog_set_extra_child (form->dialog, box);
  g_object_set_data_full (G_OBJECT (form->dialog), "form", form,
                          (GDestroyNotify)stock_form_free);

  return form;
}

static void
stock_form_set_problem (StockForm  *form,
                        const char *problem)
{
  gtk_label_set_label (form->problem, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (form->problem), problem != NULL);
  adw_message_dialog_set_response_enabled (form->dialog, form->response, problem == NULL);
}

static const char *
form_text (StockForm *form,
           guint      index)
{
  return gtk_editable_get_text (GTK_EDITABLE (form->text_rows[index]));
}

/* Allocate or take back: a card type, the serials and the clerk. */
static void
check_move_form (StockForm *form)
{
  g_autofree char *serials = g_strstrip (g_strdup (form_text (form, 0)));
  GListModel *types = hk_card_stock_store_get_types (get_stock (form->view));
  g_autoptr(HkCardType) type = g_list_model_get_item (
    types, gtk_drop_down_get_selected (form->type_dropdown));
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(GError) error = NULL;

  if (type == NULL)
    stock_form_set_problem (form, _("Choose the card type."));
  else if (*serials == '\0')
    stock_form_set_problem (form, _("Give the serials: a run FIRST-LAST, or single serials, "
                                    "separated by commas."));
  else if (!(runs = hk_card_type_parse_serials (type, serials, &error)))
    stock_form_set_problem (form, error->message);
  else if (gtk_drop_down_get_selected (form->clerk_dropdown) >= form->clerks->len)
    stock_form_set_problem (form, _("Choose the clerk."));
  else
    stock_form_set_problem (form, NULL);
}

static void
on_move_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     StockForm        *form)
{
  GListModel *types = hk_card_stock_store_get_types (get_stock (form->view));
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  HkOperator *clerk;
  gboolean done;

  if (g_strcmp0 (response, form->response) != 0)
    return;

  type = g_list_model_get_item (types, gtk_drop_down_get_selected (form->type_dropdown));
  clerk = g_ptr_array_index (form->clerks, gtk_drop_down_get_selected (form->clerk_dropdown));

  if (form->take_back)
    done = hk_card_stock_store_return (get_stock (form->view), get_operator (form->view), type,
                                       form_text (form, 0), clerk, &error);
  else
    done = hk_card_stock_store_allocate (get_stock (form->view), get_operator (form->view), type,
                                         form_text (form, 0), clerk, &error);
  if (!done)
    {
      hk_section_show_error (HK_SECTION (form->view), error);
      return;
    }

  message = g_strdup_printf (form->take_back ? _("Cards taken back from %s: %s")
                                             : _("Cards allocated to %s: %s"),
                             hk_operator_get_display_name (clerk), form_text (form, 0));
  hk_section_show_toast (HK_SECTION (form->view), message);
}

static void
open_move_form (HkStockView *self,
                gboolean     take_back)
{
  g_autoptr(GPtrArray) type_names = NULL;
  g_autoptr(GPtrArray) clerk_names = g_ptr_array_new ();
  GtkListBox *list;
  StockForm *form;

  form = stock_form_new (self, take_back ? _("Take Cards Back?") : _("Allocate Cards?"),
                         take_back ? _("The serials go back from the clerk to the hall’s stock.")
                                   : _("The serials go from the hall’s stock to the clerk."),
                         "move", take_back ? _("_Take Back") : _("_Allocate"), &list);
  form->take_back = take_back;
  form->clerks = list_clerks (self);

  type_names = list_type_names (self);
  for (guint i = 0; i < form->clerks->len; i++)
    g_ptr_array_add (clerk_names,
                     (gpointer)hk_operator_get_display_name (g_ptr_array_index (form->clerks, i)));
  g_ptr_array_add (clerk_names, NULL);

  form->type_dropdown = add_dropdown_row (list, _("Card type"),
                                          (const char **)type_names->pdata);
  form->text_rows[0] = add_entry_row (list, _("Serials"));
  gtk_widget_add_css_class (GTK_WIDGET (form->text_rows[0]), "numeric");
  form->clerk_dropdown = add_dropdown_row (list, _("Clerk"), (const char **)clerk_names->pdata);

  g_signal_connect_swapped (form->type_dropdown, "notify::selected",
                            G_CALLBACK (check_move_form), form);
  g_signal_connect_swapped (form->clerk_dropdown, "notify::selected",
                            G_CALLBACK (check_move_form), form);
  g_signal_connect_swapped (form->text_rows[0], "changed", G_CALLBACK (check_move_form), form);
  g_signal_connect (form->dialog, "response", G_CALLBACK (on_move_response_cb), form);
  check_move_form (form);
  gtk_window_present (GTK_WINDOW (form->dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->text_rows[0]));
}

static void
allocate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_move_form (HK_STOCK_VIEW (widget), FALSE);
}

static void
take_back_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  open_move_form (HK_STOCK_VIEW (widget), TRUE);
}

/* ---- Requisitions ---- */

static void
add_requisitions_group (HkStockView *self)
{
  g_autoptr(GPtrArray) requisitions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *group = adw_preferences_group_new ();

  requisitions = hk_card_stock_store_list_requisitions (get_stock (self), TRUE, &error);
  if (requisitions == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Open Requisitions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Cards requested from the city company that have not "
                                           "all arrived: receive the serials as they come."));
  gtk_box_append (self->cards_box, group);

  if (requisitions->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No requisition is waiting for cards."));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  for (guint i = 0; i < requisitions->len; i++)
    {
      HkCardRequisition *requisition = g_ptr_array_index (requisitions, i);
      gboolean partly = hk_card_requisition_get_received (requisition) > 0;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *day = format_day (self, hk_card_requisition_get_requested_at (requisition));
      const char *note = hk_card_requisition_get_note (requisition);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_label (_("Receive…"));

      /* Translators: a requisition, e.g. "有价卡 100元: 500 requested, 200 received" */
      title = g_strdup_printf (_("%s: %lld requested, %lld received"),
                               hk_card_requisition_get_card_type_name (requisition),
                               (long long)hk_card_requisition_get_quantity (requisition),
                               (long long)hk_card_requisition_get_received (requisition));
      /* Translators: a requisition's state, day and note, e.g. "Partly received · 2026-11-02 ·
       * for the New Year" */
      subtitle = g_strdup_printf ("%s · %s%s%s", partly ? _("Partly received")
                                                        : _("Nothing arrived yet"),
                                  day, note != NULL && *note != '\0' ? " · " : "",
                                  note != NULL ? note : "");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (partly
                                                               ? "content-loading-symbolic"
                                                               : "document-send-symbolic"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x",
                                        hk_card_requisition_get_id (requisition));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "stock.receive");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static gboolean
parse_quantity (const char *text,
                gint64     *quantity)
{
  g_autofree char *clean = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (*clean == '\0')
    return FALSE;
  *quantity = g_ascii_strtoll (clean, &end, 10);

  return end != NULL && *end == '\0' && *quantity > 0;
}

static void
check_request_form (StockForm *form)
{
  gint64 quantity;

  if (g_list_model_get_n_items (hk_card_stock_store_get_types (get_stock (form->view))) == 0)
    stock_form_set_problem (form, _("Choose the card type."));
  else if (!parse_quantity (form_text (form, 0), &quantity))
    stock_form_set_problem (form, _("Give the quantity, a whole number of cards."));
  else
    stock_form_set_problem (form, NULL);
}

static void
on_request_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        StockForm        *form)
{
  GListModel *types = hk_card_stock_store_get_types (get_stock (form->view));
  g_autoptr(HkCardType) type = NULL;
  g_autoptr(HkCardRequisition) requisition = NULL;
  g_autoptr(GError) error = NULL;
  gint64 quantity = 0;

  if (g_strcmp0 (response, form->response) != 0 ||
      !parse_quantity (form_text (form, 0), &quantity))
    return;

  type = g_list_model_get_item (types, gtk_drop_down_get_selected (form->type_dropdown));
  if (!(requisition = hk_card_stock_store_request (get_stock (form->view),
                                                   get_operator (form->view), type, quantity,
                                                   form_text (form, 1), &error)))
    hk_section_show_error (HK_SECTION (form->view), error);
  else
    hk_section_show_toast (HK_SECTION (form->view), _("Cards requested."));
}

/* The card types' names, for a drop-down; the model keeps the strings alive. */
static GPtrArray *
list_type_names (HkStockView *self)
{
  GListModel *types = hk_card_stock_store_get_types (get_stock (self));
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (types); i++)
    {
      g_autoptr(HkCardType) type = g_list_model_get_item (types, i);

      g_ptr_array_add (names, (gpointer)hk_card_type_get_name (type));
    }
  g_ptr_array_add (names, NULL);

  return names;
}

static void
request_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkStockView *self = HK_STOCK_VIEW (widget);
  g_autoptr(GPtrArray) type_names = list_type_names (self);
  GtkListBox *list;
  StockForm *form;

  form = stock_form_new (self, _("Request Cards?"),
                         _("A requisition to the city company; the serials are received into "
                           "the hall’s stock when they arrive."),
                         "request", _("_Request"), &list);
  form->type_dropdown = add_dropdown_row (list, _("Card type"),
                                          (const char **)type_names->pdata);
  form->text_rows[0] = add_entry_row (list, _("Quantity"));
  gtk_widget_add_css_class (GTK_WIDGET (form->text_rows[0]), "numeric");
  form->text_rows[1] = add_entry_row (list, _("Note (optional)"));
  g_signal_connect_swapped (form->text_rows[0], "changed", G_CALLBACK (check_request_form),
                            form);
  g_signal_connect (form->dialog, "response", G_CALLBACK (on_request_response_cb), form);
  check_request_form (form);
  gtk_window_present (GTK_WINDOW (form->dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->text_rows[0]));
}

static void
check_receive_form (StockForm *form)
{
  HkCardType *type = find_type (form->view,
                                hk_card_requisition_get_card_type_id (form->requisition));
  g_autofree char *serials = g_strstrip (g_strdup (form_text (form, 0)));
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(GError) error = NULL;

  if (*serials == '\0')
    stock_form_set_problem (form, _("Give the serials: a run FIRST-LAST, or single serials, "
                                    "separated by commas."));
  else if (type != NULL && !(runs = hk_card_type_parse_serials (type, serials, &error)))
    stock_form_set_problem (form, error->message);
  else
    stock_form_set_problem (form, NULL);
}

static void
on_receive_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        StockForm        *form)
{
  g_autoptr(HkCardRequisition) received = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, form->response) != 0)
    return;

  if (!(received = hk_card_stock_store_receive (get_stock (form->view),
                                                get_operator (form->view), form->requisition,
                                                form_text (form, 0), &error)))
    hk_section_show_error (HK_SECTION (form->view), error);
  else
    hk_section_show_toast (HK_SECTION (form->view), _("Cards received into the hall’s stock."));
}

/* "stock.receive" (x): the serials of a requisition that arrived. */
static void
receive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkStockView *self = HK_STOCK_VIEW (widget);
  g_autoptr(HkCardRequisition) requisition = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  GtkListBox *list;
  StockForm *form;

  requisition = hk_card_stock_store_lookup_requisition (get_stock (self),
                                                        g_variant_get_int64 (parameter), &error);
  if (requisition == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  /* Translators: e.g. "有价卡 100元: 500 requested, 200 received." */
  body = g_strdup_printf (_("%s: %lld requested, %lld received."),
                          hk_card_requisition_get_card_type_name (requisition),
                          (long long)hk_card_requisition_get_quantity (requisition),
                          (long long)hk_card_requisition_get_received (requisition));
  form = stock_form_new (self, _("Receive Cards?"), body, "receive", _("_Receive"), &list);
  form->requisition = g_steal_pointer (&requisition);
  form->text_rows[0] = add_entry_row (list, _("Serials"));
  gtk_widget_add_css_class (GTK_WIDGET (form->text_rows[0]), "numeric");
  g_signal_connect_swapped (form->text_rows[0], "changed", G_CALLBACK (check_receive_form),
                            form);
  g_signal_connect (form->dialog, "response", G_CALLBACK (on_receive_response_cb), form);
  check_receive_form (form);
  gtk_window_present (GTK_WINDOW (form->dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->text_rows[0]));
}

/* ---- the day's count, exported in a thread ---- */

typedef struct
{
  gint64  operator_id;
  gint64  now;
  char   *day;
  char   *path;
} CountExport;

static void
count_export_free (CountExport *export)
{
  g_free (export->day);
  g_free (export->path);
  g_free (export);
}

/* In the export's thread, through a context of its own: the window's operator and clock, so
 * the report names who made it. Returns the path written. */
static gpointer
write_count (HkContext    *context,
             gpointer      data,
             GError      **error)
{
  CountExport *export = data;
  g_autoptr(HkOperator) operator = NULL;
  g_autoptr(HkReport) report = NULL;

  hk_database_set_now (hk_context_get_database (context), export->now);
  operator = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context),
                                             export->operator_id, NULL);
  hk_context_set_operator (context, operator);

  if (!(report = hk_card_stock_report_build (context, export->day, error)) ||
      !hk_report_export (report, export->path, NULL, NULL, NULL, error))
    return NULL;

  return g_strdup (export->path);
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  HkStockView *self = HK_STOCK_VIEW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hk_background_query_finish (result, &error);
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  g_clear_object (&self->export_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stock.export", TRUE);
  self->exporting = FALSE;

  if (path == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  name = g_path_get_basename (path);
  message = g_strdup_printf (_("The day’s card count was saved to %s"), name);
  hk_section_show_toast (HK_SECTION (self), message);
}

/**
 * hk_stock_view_export_count:
 * @path: NAME.xlsx or NAME.pdf
 *
 * Writes the day's card count to @path in a thread on a connection of its own; a toast says
 * when it is done.
 */
void
hk_stock_view_export_count (HkStockView *self,
                            const char  *path)
{
  HkDatabase *database;
  CountExport *export;

  g_return_if_fail (HK_IS_STOCK_VIEW (self));
  g_return_if_fail (path != NULL);

  if (self->exporting)
    return;

  database = hk_context_get_database (get_context (self));
  export = g_new0 (CountExport, 1);
  export->operator_id = hk_operator_get_id (get_operator (self));
  export->now = hk_database_get_now (database);
  export->day = dup_today (self);
  export->path = g_strdup (path);

  self->exporting = TRUE;
  self->export_cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stock.export", FALSE);
  hk_section_show_toast (HK_SECTION (self), _("Exporting the day’s card count…"));
  hk_background_query_run (self, get_context (self), write_count, export,
                           (GDestroyNotify)count_export_free, g_free, self->export_cancellable,
                           on_export_done_cb, NULL);
}

static void
on_export_chooser_cb (GtkNativeDialog *chooser,
                      int              response,
                      HkStockView     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      if (!g_str_has_suffix (path, ".xlsx") && !g_str_has_suffix (path, ".pdf"))
        {
          char *with_suffix = g_strconcat (path, ".xlsx", NULL);

          g_free (path);
          path = with_suffix;
        }
      hk_stock_view_export_count (self, path);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkStockView *self = HK_STOCK_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *today = dup_today (self);
  /* Translators: a file name, with the day; without "/" */
  g_autofree char *name = g_strdup_printf (_("card-count-%s.xlsx"), today);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export the Day’s Card Count"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chooser_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- Handover ---- */

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gint64
get_count (HkStockView *self,
           guint        index)
{
  return (gint64)gtk_spin_button_get_value_as_int (self->count_spins[index]);
}

static void
update_handover_form (HkStockView *self)
{
  guint n;

  if (self->prepared == NULL)
    return;

  n = hk_card_handover_get_n_lines (self->prepared);
  for (guint i = 0; i < n; i++)
    {
      const HkCardHandoverLine *line = hk_card_handover_get_line (self->prepared, i);

      gtk_widget_set_visible (GTK_WIDGET (self->explain_rows[i]), get_count (self, i) != line->end);
    }
}

static void
add_handover_form (HkStockView *self)
{
  HkOperator *operator = get_operator (self);
  g_autoptr(GPtrArray) clerks = list_clerks (self);
  g_autoptr(GError) error = NULL;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *button;
  GtkStringList *names;
  guint n;

  g_clear_object (&self->prepared);
  g_clear_pointer (&self->count_spins, g_free);
  g_clear_pointer (&self->explain_rows, g_free);
  g_clear_pointer (&self->receivers, g_ptr_array_unref);

  self->prepared = hk_card_stock_store_prepare_handover (get_stock (self),
                                                         hk_operator_get_id (operator), &error);
  if (self->prepared == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Your Handover"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Per card type since your previous handover: "
                                           "begin + received − sold − returned = end. Count "
                                           "your cards; a count that differs needs its "
                                           "explanation."));
  gtk_box_append (self->handover_box, group);

  n = hk_card_handover_get_n_lines (self->prepared);
  self->count_spins = g_new0 (GtkSpinButton *, MAX (n, 1));
  self->explain_rows = g_new0 (AdwEntryRow *, MAX (n, 1));

  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("You held and moved no cards since your previous "
                                       "handover."));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  for (guint i = 0; i < n; i++)
    {
      const HkCardHandoverLine *line = hk_card_handover_get_line (self->prepared, i);
      g_autofree char *equation = NULL;
      g_autofree char *spin_label = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 10000000, 1);
      GtkWidget *explain = adw_entry_row_new ();
      g_autofree char *explain_title = NULL;

      /* Translators: the handover equation of one card type */
      equation = g_strdup_printf (_("Begin %lld + received %lld − sold %lld − returned %lld = "
                                    "end %lld"),
                                  (long long)line->begin, (long long)line->received,
                                  (long long)line->sold, (long long)line->returned,
                                  (long long)line->end);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->card_type_name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), equation);
      gtk_widget_add_css_class (row, "numeric");
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), (double)line->end);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      /* Translators: the accessible name of a count, e.g. "Counted 有价卡 100元" */
      spin_label = g_strdup_printf (_("Counted %s"), line->card_type_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      spin_label, -1);
      gtk_widget_set_name (spin, spin_label);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (update_handover_form), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      self->count_spins[i] = GTK_SPIN_BUTTON (spin);

      /* Translators: e.g. "Why the count of 有价卡 100元 differs" */
      explain_title = g_strdup_printf (_("Why the count of %s differs"), line->card_type_name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (explain), explain_title);
      gtk_widget_set_visible (explain, FALSE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), explain);
      self->explain_rows[i] = ADW_ENTRY_ROW (explain);
    }

  /* Who takes the cards over: the clerk herself, or a colleague. */
  names = gtk_string_list_new (NULL);
  self->receivers = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->receivers, g_object_ref (operator));
  gtk_string_list_append (names, _("Myself (I keep them)"));
  for (guint i = 0; i < clerks->len; i++)
    {
      HkOperator *clerk = g_ptr_array_index (clerks, i);

      if (hk_operator_get_id (clerk) == hk_operator_get_id (operator))
        continue;
      g_ptr_array_add (self->receivers, g_object_ref (clerk));
      gtk_string_list_append (names, hk_operator_get_display_name (clerk));
    }
  self->receiver_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->receiver_row), _("Handed to"));
  adw_combo_row_set_model (self->receiver_row, G_LIST_MODEL (names));
  g_object_unref (names);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->receiver_row));

  button = gtk_button_new_with_mnemonic (_("Hand _Over"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "stock.hand-over");
  gtk_widget_set_tooltip_text (button, _("Record your count and hand the cards over"));
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 12);
  gtk_widget_add_css_class (button, "suggested-action");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);
}

static void
hand_over_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HkStockView *self = HK_STOCK_VIEW (widget);
  g_autoptr(HkCardHandover) handover = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree HkCardCount *counts = NULL;
  g_autofree char **explanations = NULL;
  HkOperator *receiver;
  guint n;

  if (self->prepared == NULL || self->receivers == NULL)
    return;

  n = hk_card_handover_get_n_lines (self->prepared);
  counts = g_new0 (HkCardCount, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const HkCardHandoverLine *line = hk_card_handover_get_line (self->prepared, i);
      const char *explanation = gtk_editable_get_text (GTK_EDITABLE (self->explain_rows[i]));

      counts[i].card_type_id = line->card_type_id;
      counts[i].counted = get_count (self, i);
      counts[i].explanation = counts[i].counted != line->end && *explanation != '\0'
                              ? explanation : NULL;
    }

  receiver = g_ptr_array_index (self->receivers, adw_combo_row_get_selected (self->receiver_row));
  handover = hk_card_stock_store_hand_over (get_stock (self), get_operator (self), receiver,
                                            counts, n, &error);
  if (handover == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  hk_section_show_toast (HK_SECTION (self),
                         hk_card_handover_has_unexplained (handover)
                         ? _("Cards handed over; explain the difference before it is "
                             "acknowledged.")
                         : _("Cards handed over."));
}

static HkCardHandover *
lookup_handover (HkStockView *self,
                 gint64       handover_id)
{
  g_autoptr(GError) error = NULL;
  HkCardHandover *handover = hk_card_stock_store_lookup_handover (get_stock (self), handover_id,
                                                                  &error);

  if (handover == NULL)
    hk_section_show_error (HK_SECTION (self), error);

  return handover;
}

static void
acknowledge_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HkStockView *self = HK_STOCK_VIEW (widget);
  g_autoptr(HkCardHandover) handover = lookup_handover (self, g_variant_get_int64 (parameter));
  g_autoptr(HkCardHandover) done = NULL;
  g_autoptr(GError) error = NULL;

  if (handover == NULL)
    return;

  if (!(done = hk_card_stock_store_acknowledge (get_stock (self), get_operator (self), handover,
                                                &error)))
    hk_section_show_error (HK_SECTION (self), error);
  else
    hk_section_show_toast (HK_SECTION (self), _("Handover acknowledged."));
}

/* "stock.explain" (x, x): a handover and a card type; the explanation is in its row. */
static void
explain_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkStockView *self = HK_STOCK_VIEW (widget);
  g_autoptr(HkCardHandover) handover = NULL;
  g_autoptr(HkCardHandover) done = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *row_name = NULL;
  gint64 handover_id;
  gint64 card_type_id;
  GtkWidget *row;

  g_variant_get (parameter, "(xx)", &handover_id, &card_type_id);
  row_name = g_strdup_printf ("explain-%lld-%lld", (long long)handover_id,
                              (long long)card_type_id);
  row = find_named (GTK_WIDGET (self->handover_box), row_name);
  if (row == NULL || !(handover = lookup_handover (self, handover_id)))
    return;

  if (!(done = hk_card_stock_store_explain (get_stock (self), get_operator (self), handover,
                                            card_type_id,
                                            gtk_editable_get_text (GTK_EDITABLE (row)), &error)))
    hk_section_show_error (HK_SECTION (self), error);
  else
    hk_section_show_toast (HK_SECTION (self), _("Difference explained."));
}

/* The handovers waiting for the logged-in clerk's acknowledgement: differences are explained
 * in place, then Acknowledge. */
static void
add_pending_group (HkStockView *self)
{
  HkOperator *operator = get_operator (self);
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *group = adw_preferences_group_new ();

  pending = hk_card_stock_store_list_pending (get_stock (self), hk_operator_get_id (operator),
                                              &error);
  if (pending == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("To Acknowledge"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Handovers to you, or your own when you kept your "
                                           "cards: acknowledge them when you take the cards "
                                           "up."));
  gtk_box_append (self->handover_box, group);

  if (pending->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No handover waits for your acknowledgement."));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  for (guint i = 0; i < pending->len; i++)
    {
      HkCardHandover *handover = g_ptr_array_index (pending, i);
      gint64 id = hk_card_handover_get_id (handover);
      g_autoptr(HkOperator) clerk = NULL;
      g_autofree char *title = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_label (_("Acknowledge"));
      gboolean unexplained = hk_card_handover_has_unexplained (handover);

      clerk = hk_operator_store_lookup_by_id (hk_context_get_operator_store (get_context (self)),
                                              hk_card_handover_get_clerk_id (handover), NULL);
      /* Translators: a handover waiting: who handed over, and the day */
      title = g_strdup_printf (_("From %s, %s"),
                               clerk != NULL ? hk_operator_get_display_name (clerk) : "?",
                               hk_card_handover_get_business_day (handover));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   unexplained
                                   ? _("A count differs and is not explained yet")
                                   : hk_card_handover_has_difference (handover)
                                   ? _("Counts differ, explained")
                                   : _("Counts as the records say"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (unexplained
                                                               ? "dialog-warning-symbolic"
                                                               : "emblem-ok-symbolic"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "stock.acknowledge");
      gtk_widget_set_sensitive (button, !unexplained);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

      for (guint l = 0; l < hk_card_handover_get_n_lines (handover); l++)
        {
          const HkCardHandoverLine *line = hk_card_handover_get_line (handover, l);
          g_autofree char *name = NULL;
          g_autofree char *explain_title = NULL;
          GtkWidget *explain;
          GtkWidget *explain_button;

          if (hk_card_handover_line_get_difference (line) == 0 || line->explanation != NULL)
            continue;

          /* Translators: e.g. "有价卡 100元: counted 9, the records say 10; why?" */
          explain_title = g_strdup_printf (_("%s: counted %lld, the records say %lld; why?"),
                                           line->card_type_name, (long long)line->counted,
                                           (long long)line->end);
          name = g_strdup_printf ("explain-%lld-%lld", (long long)id,
                                  (long long)line->card_type_id);
          explain = adw_entry_row_new ();
          gtk_widget_set_name (explain, name);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (explain), explain_title);
          explain_button = gtk_button_new_with_label (_("Explain"));
          gtk_widget_set_valign (explain_button, GTK_ALIGN_CENTER);
          gtk_actionable_set_action_target (GTK_ACTIONABLE (explain_button), "(xx)", id,
                                            line->card_type_id);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (explain_button), "stock.explain");
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (explain), explain_button);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), explain);
        }
    }
}

static void
rebuild_handover (HkStockView *self)
{
  remove_children (self->handover_box);

  if (!is_clerk (self))
    {
      gtk_box_append (self->handover_box,
                      new_status ("emblem-shared-symbolic", _("Handovers Are the Clerks’"),
                                  _("Each clerk hands over their cards here at the end of a "
                                    "shift. Their counts and differences are in the day’s "
                                    "card count (Ctrl+E).")));
      return;
    }

  add_handover_form (self);
  add_pending_group (self);
  update_handover_form (self);
}

/* ---- Numbers ---- */

static const int state_filter[] = {
  -1, HK_NUMBER_AVAILABLE, HK_NUMBER_RESERVED, HK_NUMBER_SOLD, HK_NUMBER_RETURNED,
};
static const int class_filter[] = { -1, HK_NUMBER_ORDINARY, HK_NUMBER_PREMIUM };

static HkPoolNumber *
get_selected_number (HkStockView *self)
{
  return gtk_single_selection_get_selected_item (self->number_selection);
}

static void
update_actions (HkStockView *self)
{
  HkPoolNumber *number = get_selected_number (self);
  gboolean supervisor = is_supervisor (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stock.allocate", supervisor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stock.take-back", supervisor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stock.request", supervisor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stock.receive", supervisor);
  hk_section_set_main_action_enabled (HK_SECTION (self), supervisor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stock.hand-over", is_clerk (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stock.reserve",
                                 number != NULL &&
                                 hk_pool_number_get_state (number) == HK_NUMBER_AVAILABLE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stock.release",
                                 number != NULL &&
                                 hk_pool_number_get_state (number) == HK_NUMBER_RESERVED);
}

static const char *
event_title (const char *kind)
{
  if (g_str_equal (kind, "added"))
    return C_("number event", "Added");
  if (g_str_equal (kind, "reserved"))
    return C_("number event", "Reserved");
  if (g_str_equal (kind, "released"))
    return C_("number event", "Released");
  if (g_str_equal (kind, "expired"))
    return C_("number event", "Reservation ran out");
  if (g_str_equal (kind, "sold"))
    return C_("number event", "Sold");
  if (g_str_equal (kind, "sale-voided"))
    return C_("number event", "Sale voided");
  if (g_str_equal (kind, "returned"))
    return C_("number event", "Returned");
  if (g_str_equal (kind, "class-changed"))
    return C_("number event", "Class changed");
  return kind;
}

static void
show_history (HkStockView *self)
{
  HkPoolNumber *number = get_selected_number (self);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  GString *text;

  update_actions (self);
  if (number == NULL)
    {
      gtk_label_set_label (self->history_label, _("Select a number to see its history."));
      return;
    }

  events = hk_number_pool_store_history (get_pool (self), hk_pool_number_get_number (number),
                                         &error);
  if (events == NULL)
    {
      gtk_label_set_label (self->history_label, error->message);
      return;
    }

  text = g_string_new (NULL);
  /* Translators: the heading of a number's history, e.g. "History of 13800138000" */
  g_string_append_printf (text, _("History of %s"), hk_pool_number_get_number (number));
  for (guint i = 0; i < events->len; i++)
    {
      HkNumberEvent *event = g_ptr_array_index (events, i);
      g_autoptr(GDateTime) at = g_date_time_new_from_unix_local (event->at);
      g_autofree char *when = at != NULL ? g_date_time_format (at, "%Y-%m-%d %H:%M")
                                         : g_strdup ("");

      g_string_append_printf (text, "\n%s  %s%s%s", when, event_title (event->kind),
                              event->detail != NULL && *event->detail != '\0' ? " · " : "",
                              event->detail != NULL ? event->detail : "");
    }

  gtk_label_set_label (self->history_label, text->str);
  g_string_free (text, TRUE);
}

static void
reload_numbers_now (HkStockView *self)
{
  g_autoptr(GPtrArray) numbers = NULL;
  g_autoptr(GError) error = NULL;
  const char *pattern;
  guint state;
  guint number_class;
  g_autofree char *selected = NULL;

  if (self->numbers == NULL)
    return;

  if (get_selected_number (self) != NULL)
    selected = g_strdup (hk_pool_number_get_number (get_selected_number (self)));

  pattern = gtk_editable_get_text (GTK_EDITABLE (self->number_search));
  state = MIN (gtk_drop_down_get_selected (self->state_dropdown), G_N_ELEMENTS (state_filter) - 1);
  number_class = MIN (gtk_drop_down_get_selected (self->class_dropdown),
                      G_N_ELEMENTS (class_filter) - 1);
  numbers = hk_number_pool_store_search (get_pool (self), pattern, state_filter[state],
                                         class_filter[number_class], 0, &error);
  if (numbers == NULL)
    {
      g_list_store_remove_all (self->numbers);
      adw_status_page_set_title (self->numbers_status, _("Not a Pattern"));
      adw_status_page_set_description (self->numbers_status, error->message);
      gtk_stack_set_visible_child_name (self->numbers_stack, "empty");
      return;
    }

  g_list_store_splice (self->numbers, 0, g_list_model_get_n_items (G_LIST_MODEL (self->numbers)),
                       numbers->pdata, numbers->len);

  if (numbers->len == 0)
    {
      adw_status_page_set_title (self->numbers_status, _("No Numbers"));
      adw_status_page_set_description (self->numbers_status,
                                       *pattern == '\0' && state == 0 && number_class == 0
                                       ? _("The numbers the city company allocates to the hall "
                                           "will be here once the hall supervisor adds them "
                                           "(hallkeeper-cli numbers add).")
                                       : _("No number matches. Try fewer digits, or another "
                                           "state or class."));
    }
  gtk_stack_set_visible_child_name (self->numbers_stack, numbers->len > 0 ? "list" : "empty");

  if (selected != NULL)
    hk_stock_view_select_number (self, selected);
  show_history (self);
}

static void
reload_numbers (HkStockView *self)
{
  /* Out of sight the list is read again when shown (it was read once, at the start). */
  if (self->numbers != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      g_list_model_get_n_items (G_LIST_MODEL (self->numbers)) > 0)
    {
      self->stale = TRUE;
      return;
    }

  reload_numbers_now (self);
}

/* Columns of the number list: a label per cell, filled by a function of the number. */
typedef char *(*NumberText) (HkStockView *self, HkPoolNumber *number);

static char *
number_text (HkStockView  *self,
             HkPoolNumber *number)
{
  return g_strdup (hk_pool_number_get_number (number));
}

static char *
class_text (HkStockView  *self,
            HkPoolNumber *number)
{
  return g_strdup (hk_number_class_get_title (hk_pool_number_get_number_class (number)));
}

static char *
price_text (HkStockView  *self,
            HkPoolNumber *number)
{
  if (hk_pool_number_get_number_class (number) != HK_NUMBER_PREMIUM)
    return g_strdup ("");

  return hk_money_format (hk_pool_number_get_price (number));
}

static char *
state_text (HkStockView  *self,
            HkPoolNumber *number)
{
  if (hk_pool_number_get_reservation_expired (number))
    /* Translators: a number whose reservation ran out */
    return g_strdup (_("Available (reservation ran out)"));

  return g_strdup (hk_number_state_get_title (hk_pool_number_get_state (number)));
}

static char *
reserved_text (HkStockView  *self,
               HkPoolNumber *number)
{
  g_autofree char *phone = NULL;
  g_autofree char *until = NULL;

  if (hk_pool_number_get_state (number) != HK_NUMBER_RESERVED)
    return g_strdup ("");

  phone = hk_pool_number_dup_masked_phone (number);
  /* The last day the reservation holds: it runs out at the start of the next. */
  until = format_day (self, hk_pool_number_get_reserved_until (number) - 1);
  /* Translators: a reservation: the customer, the masked phone and the last day */
  return g_strdup_printf (_("%s (%s) until %s"), hk_pool_number_get_reserved_for (number),
                          phone, until);
}

static const char *
state_icon (HkPoolNumber *number)
{
  switch (hk_pool_number_get_state (number))
    {
    case HK_NUMBER_AVAILABLE:
      return "emblem-ok-symbolic";
    case HK_NUMBER_RESERVED:
      return "alarm-symbolic";
    case HK_NUMBER_SOLD:
      return "emblem-default-symbolic";
    case HK_NUMBER_RETURNED:
      return "edit-undo-symbolic";
    default:
      return "dialog-question-symbolic";
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_visible (image, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  NumberText text_of = user_data;
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  HkPoolNumber *number = gtk_list_item_get_item (item);
  HkStockView *self = g_object_get_data (G_OBJECT (factory), "view");
  g_autofree char *text = text_of (self, number);

  gtk_label_set_label (GTK_LABEL (label), text);
  /* Money is right-aligned. */
  gtk_label_set_xalign (GTK_LABEL (label), text_of == price_text ? 1 : 0);
  gtk_widget_set_hexpand (label, text_of == price_text);
  gtk_widget_set_visible (image, text_of == state_text);
  if (text_of == state_text)
    gtk_image_set_from_icon_name (GTK_IMAGE (image), state_icon (number));
}

static void
add_number_column (HkStockView *self,
                   const char  *title,
                   NumberText   text_of,
                   gboolean     expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "view", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), text_of);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->numbers_view, column);
  g_object_unref (column);
}

/* Reserve: the customer, their phone and the last day. */
static void
check_reserve_form (StockForm *form)
{
  g_autofree char *customer = g_strstrip (g_strdup (form_text (form, 0)));
  g_autofree char *phone = g_strstrip (g_strdup (form_text (form, 1)));
  g_autofree char *until = g_strstrip (g_strdup (form_text (form, 2)));
  g_autoptr(GDate) date = g_date_new ();

  g_date_set_parse (date, until);
  if (*customer == '\0')
    stock_form_set_problem (form, _("Give the customer’s name."));
  else if (*phone == '\0')
    stock_form_set_problem (form, _("Give the customer’s phone."));
  else if (strlen (until) != 10 || !g_date_valid (date))
    stock_form_set_problem (form, _("Give the last day of the reservation as YYYY-MM-DD."));
  else
    stock_form_set_problem (form, NULL);
}

static void
on_reserve_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        StockForm        *form)
{
  g_autoptr(HkPoolNumber) reserved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *until = NULL;

  if (g_strcmp0 (response, form->response) != 0)
    return;

  until = g_strstrip (g_strdup (form_text (form, 2)));
  if (!(reserved = hk_number_pool_store_reserve (get_pool (form->view),
                                                 get_operator (form->view), form->number,
                                                 form_text (form, 0), form_text (form, 1),
                                                 until, &error)))
    {
      hk_section_show_error (HK_SECTION (form->view), error);
      return;
    }

  message = g_strdup_printf (_("%s reserved until %s"), form->number, until);
  hk_section_show_toast (HK_SECTION (form->view), message);
}

static void
reserve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkStockView *self = HK_STOCK_VIEW (widget);
  HkPoolNumber *number = get_selected_number (self);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) week = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *until = NULL;
  GtkListBox *list;
  StockForm *form;

  if (number == NULL)
    return;

  /* Translators: e.g. "Reserve 13800138000?" */
  heading = g_strdup_printf (_("Reserve %s?"), hk_pool_number_get_number (number));
  form = stock_form_new (self, heading,
                         _("The number is kept for the customer until the end of the day "
                           "given (at most 30 days ahead), then it is available again."),
                         "reserve", _("_Reserve"), &list);
  form->number = g_strdup (hk_pool_number_get_number (number));
  form->text_rows[0] = add_entry_row (list, _("Customer"));
  form->text_rows[1] = add_entry_row (list, _("Customer’s phone"));
  adw_entry_row_set_input_purpose (form->text_rows[1], GTK_INPUT_PURPOSE_PHONE);
  form->text_rows[2] = add_entry_row (list, _("Until (last day)"));
  now = g_date_time_new_from_unix_local (hk_database_get_now (
                                           hk_context_get_database (get_context (self))));
  week = g_date_time_add_days (now, 7);
  until = format_day (self, g_date_time_to_unix (week));
  gtk_editable_set_text (GTK_EDITABLE (form->text_rows[2]), until);

  for (guint i = 0; i < 3; i++)
    g_signal_connect_swapped (form->text_rows[i], "changed", G_CALLBACK (check_reserve_form),
                              form);
  g_signal_connect (form->dialog, "response", G_CALLBACK (on_reserve_response_cb), form);
  check_reserve_form (form);
  gtk_window_present (GTK_WINDOW (form->dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->text_rows[0]));
}

static void
check_release_form (StockForm *form)
{
  g_autofree char *reason = g_strstrip (g_strdup (form_text (form, 0)));

  stock_form_set_problem (form, *reason == '\0' ? _("Give the reason.") : NULL);
}

static void
on_release_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        StockForm        *form)
{
  g_autoptr(HkPoolNumber) released = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, form->response) != 0)
    return;

  if (!(released = hk_number_pool_store_release (get_pool (form->view), get_operator (form->view),
                                                 form->number, form_text (form, 0), &error)))
    {
      hk_section_show_error (HK_SECTION (form->view), error);
      return;
    }

  message = g_strdup_printf (_("%s is available again"), form->number);
  hk_section_show_toast (HK_SECTION (form->view), message);
}

static void
release_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkStockView *self = HK_STOCK_VIEW (widget);
  HkPoolNumber *number = get_selected_number (self);
  g_autofree char *heading = NULL;
  GtkListBox *list;
  StockForm *form;

  if (number == NULL)
    return;

  /* Translators: e.g. "Release 13800138000?" */
  heading = g_strdup_printf (_("Release %s?"), hk_pool_number_get_number (number));
  form = stock_form_new (self, heading, _("The reservation ends now and the number is "
                                          "available to anyone."),
                         "release", _("_Release"), &list);
  form->number = g_strdup (hk_pool_number_get_number (number));
  form->text_rows[0] = add_entry_row (list, _("Reason"));
  g_signal_connect_swapped (form->text_rows[0], "changed", G_CALLBACK (check_release_form),
                            form);
  g_signal_connect (form->dialog, "response", G_CALLBACK (on_release_response_cb), form);
  check_release_form (form);
  gtk_window_present (GTK_WINDOW (form->dialog));
}

/* ---- the section ---- */

static void
on_stock_changed_cb (HkStockView *self)
{
  /* Out of sight (a clerk at the cash desk), the pages are rebuilt when shown again. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  self->stale = FALSE;
  rebuild_cards (self);
  rebuild_handover (self);
  update_actions (self);
}

/* "stock.show-page" (s): Alt+C, Alt+H, Alt+U. */
static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  hk_stock_view_show_page (HK_STOCK_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
hk_stock_view_map (GtkWidget *widget)
{
  HkStockView *self = HK_STOCK_VIEW (widget);

  GTK_WIDGET_CLASS (hk_stock_view_parent_class)->map (widget);

  if (self->stale)
    {
      on_stock_changed_cb (self);
      reload_numbers (self);
    }
}

static void
hk_stock_view_focus_search (HkSection *section)
{
  HkStockView *self = HK_STOCK_VIEW (section);

  adw_view_stack_set_visible_child_name (self->stack, "numbers");
  gtk_widget_grab_focus (GTK_WIDGET (self->number_search));
}

static void
fill_dropdown (GtkDropDown *dropdown,
               const char  *all,
               const char **titles,
               guint        n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, titles[i]);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  g_object_unref (list);
}

static void
hk_stock_view_constructed (GObject *object)
{
  HkStockView *self = (HkStockView *)object;
  const char *states[] = {
    hk_number_state_get_title (HK_NUMBER_AVAILABLE), hk_number_state_get_title (HK_NUMBER_RESERVED),
    hk_number_state_get_title (HK_NUMBER_SOLD), hk_number_state_get_title (HK_NUMBER_RETURNED),
  };
  const char *classes[] = {
    hk_number_class_get_title (HK_NUMBER_ORDINARY), hk_number_class_get_title (HK_NUMBER_PREMIUM),
  };

  G_OBJECT_CLASS (hk_stock_view_parent_class)->constructed (object);

  self->numbers = g_list_store_new (HK_TYPE_POOL_NUMBER);
  self->number_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->numbers)));
  gtk_column_view_set_model (self->numbers_view, GTK_SELECTION_MODEL (self->number_selection));
  g_signal_connect_swapped (self->number_selection, "notify::selected-item",
                            G_CALLBACK (show_history), self);
  add_number_column (self, _("Number"), number_text, FALSE);
  add_number_column (self, _("Class"), class_text, FALSE);
  add_number_column (self, _("Price"), price_text, FALSE);
  add_number_column (self, _("State"), state_text, FALSE);
  add_number_column (self, _("Reserved for"), reserved_text, TRUE);

  fill_dropdown (self->state_dropdown, _("All states"), states, G_N_ELEMENTS (states));
  fill_dropdown (self->class_dropdown, _("All classes"), classes, G_N_ELEMENTS (classes));

  g_signal_connect_object (get_stock (self), "changed", G_CALLBACK (on_stock_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (get_pool (self), "changed", G_CALLBACK (reload_numbers), self,
                           G_CONNECT_SWAPPED);
  /* Sales and voids of cards and numbers are written by the receipt store. */
  g_signal_connect_object (hk_context_get_receipt_store (get_context (self)), "changed",
                           G_CALLBACK (on_stock_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_receipt_store (get_context (self)), "changed",
                           G_CALLBACK (reload_numbers), self, G_CONNECT_SWAPPED);

  if (!is_supervisor (self))
    adw_view_stack_set_visible_child_name (self->stack, "handover");

  hk_section_set_subtitle (HK_SECTION (self), is_supervisor (self)
                                              ? _("Cards, handovers and numbers of the hall")
                                              : _("Your cards, your handover and the numbers"));
  on_stock_changed_cb (self);
  reload_numbers (self);
}

static void
hk_stock_view_dispose (GObject *object)
{
  HkStockView *self = (HkStockView *)object;

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_STOCK_VIEW);
  g_clear_object (&self->number_selection);
  g_clear_object (&self->numbers);
  g_clear_object (&self->prepared);
  g_clear_pointer (&self->count_spins, g_free);
  g_clear_pointer (&self->explain_rows, g_free);
  g_clear_pointer (&self->receivers, g_ptr_array_unref);

  G_OBJECT_CLASS (hk_stock_view_parent_class)->dispose (object);
}

static void
hk_stock_view_class_init (HkStockViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_stock_view_constructed;
  object_class->dispose = hk_stock_view_dispose;
  widget_class->map = hk_stock_view_map;

  section_class->main_action_name = "stock.allocate";
  section_class->main_action_label = N_("_Allocate Cards…");
  section_class->main_action_tooltip = N_("Move a run of serials from the hall’s stock to a "
                                          "clerk (Ctrl+N)");
  section_class->focus_search = hk_stock_view_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-stock-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkStockView, cards_box);
  gtk_widget_class_bind_template_child (widget_class, HkStockView, class_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkStockView, handover_box);
  gtk_widget_class_bind_template_child (widget_class, HkStockView, history_label);
  gtk_widget_class_bind_template_child (widget_class, HkStockView, number_search);
  gtk_widget_class_bind_template_child (widget_class, HkStockView, numbers_stack);
  gtk_widget_class_bind_template_child (widget_class, HkStockView, numbers_status);
  gtk_widget_class_bind_template_child (widget_class, HkStockView, numbers_view);
  gtk_widget_class_bind_template_child (widget_class, HkStockView, stack);
  gtk_widget_class_bind_template_child (widget_class, HkStockView, state_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, reload_numbers);

  gtk_widget_class_install_action (widget_class, "stock.allocate", NULL, allocate_action);
  gtk_widget_class_install_action (widget_class, "stock.take-back", NULL, take_back_action);
  gtk_widget_class_install_action (widget_class, "stock.request", NULL, request_action);
  gtk_widget_class_install_action (widget_class, "stock.receive", "x", receive_action);
  gtk_widget_class_install_action (widget_class, "stock.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "stock.hand-over", NULL, hand_over_action);
  gtk_widget_class_install_action (widget_class, "stock.acknowledge", "x", acknowledge_action);
  gtk_widget_class_install_action (widget_class, "stock.explain", "(xx)", explain_action);
  gtk_widget_class_install_action (widget_class, "stock.reserve", NULL, reserve_action);
  gtk_widget_class_install_action (widget_class, "stock.release", NULL, release_action);
  gtk_widget_class_install_action (widget_class, "stock.show-page", "s", show_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_ALT_MASK, "stock.show-page",
                                       "s", "cards");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_ALT_MASK, "stock.show-page",
                                       "s", "handover");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_ALT_MASK, "stock.show-page",
                                       "s", "numbers");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "stock.export",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "stock.reserve",
                                       NULL);
}

static void
hk_stock_view_init (HkStockView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows a page: "cards", "handover" or "numbers". */
void
hk_stock_view_show_page (HkStockView *self,
                         const char  *name)
{
  g_return_if_fail (HK_IS_STOCK_VIEW (self));

  adw_view_stack_set_visible_child_name (self->stack, name);
}

/**
 * hk_stock_view_get_numbers:
 *
 * Returns: (transfer none): the numbers listed, as #HkPoolNumber items
 */
GListModel *
hk_stock_view_get_numbers (HkStockView *self)
{
  g_return_val_if_fail (HK_IS_STOCK_VIEW (self), NULL);

  return G_LIST_MODEL (self->numbers);
}

/* Types @pattern in the number search and lists what matches at once. */
void
hk_stock_view_search_numbers (HkStockView *self,
                              const char  *pattern)
{
  g_return_if_fail (HK_IS_STOCK_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->number_search), pattern);
  reload_numbers_now (self);
}

void
hk_stock_view_select_number (HkStockView *self,
                             const char  *number)
{
  guint n;

  g_return_if_fail (HK_IS_STOCK_VIEW (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->numbers));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkPoolNumber) item = g_list_model_get_item (G_LIST_MODEL (self->numbers), i);

      if (g_str_equal (hk_pool_number_get_number (item), number))
        {
          gtk_single_selection_set_selected (self->number_selection, i);
          return;
        }
    }
}

/* Whether an export of the day's count is being written. */
gboolean
hk_stock_view_is_exporting (HkStockView *self)
{
  g_return_val_if_fail (HK_IS_STOCK_VIEW (self), FALSE);

  return self->exporting;
}
