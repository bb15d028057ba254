/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repairs-view.c: the Repairs section: tickets, the ticket page, batches and parts.
 *
 * The repair technician's daily work. The first page lists the tickets, newest first, with
 * the customer's phone masked, the status as an icon and a word, and "Overdue" (an alarm
 * icon and the word) beside a promised day that has passed; a drop-down filters them (open,
 * overdue, waiting for pickup, each status, all) and the search (Ctrl+F) matches a part of
 * the ticket number, the phone, the IMEI or the name. Enter opens the ticket page, a page of
 * the section's own stack rather than a side pane: the ticket's timeline, fee lines and
 * moves need the full width, and the list keeps its columns; Escape or Alt+Left come back.
 * The dispatch batches and the parts stock are the other two pages of the switcher.
 *
 * New Repair (Ctrl+N) opens the fast intake form. Export to Excel (Ctrl+E) saves the repair
 * register of a period, or on the batches page the selected batch's dispatch list.
 *
 * The duty manager sees the section too (UI.md: Repairs is for the technician and the duty
 * manager), read only and opened on the overdue tickets: the same list with the same search
 * and ticket page is what they need to chase a late repair, and a second, smaller list
 * elsewhere would only disagree with this one.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/hk-money.h"
#include "hk-repair-export.h"
#include "hk-repair-format.h"
#include "hk-repair-intake-window.h"
#include "hk-repairs-view.h"

struct _HkRepairsView
{
  HkSection            parent_instance;

  GListStore          *tickets;
  HkRepairTicketPage  *ticket_page;
  HkRepairBatchesPage *batches_page;
  HkRepairPartsPage   *parts_page;
  char                *select_after_reload;

  /* Template widgets */
  GtkColumnView       *column_view;
  AdwStatusPage       *empty_page;
  GtkFilterListModel  *filter_model;
  GtkStack            *list_stack;
  GtkStack            *main_stack;
  AdwStatusPage       *no_match_page;
  AdwViewStack        *page_stack;
  GtkSearchEntry      *search_entry;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkDropDown         *status_dropdown;
  GtkLabel            *summary_label;
};

G_DEFINE_FINAL_TYPE (HkRepairsView, hk_repairs_view, HK_TYPE_SECTION)

static HkContext *
get_context (HkRepairsView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static HkRepairTicket *
get_selected (HkRepairsView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* ---- closures of the list ---- */

static char *
format_status (gpointer unused,
               int      status)
{
  return g_strdup (hk_repair_status_get_title ((HkRepairStatus)status));
}

static char *
format_status_icon (gpointer unused,
                    int      status)
{
  return g_strdup (hk_repair_format_status_icon ((HkRepairStatus)status));
}

static char *
format_overdue (gpointer unused,
                gboolean overdue)
{
  return g_strdup (overdue ? _("Overdue") : "");
}

static char *
format_money (gpointer unused,
              gint64   fen)
{
  return hk_money_format (fen);
}

/* ---- the filter ---- */

static gboolean
show_matches (HkRepairsShow   show,
              HkRepairTicket *ticket)
{
  HkRepairStatus status = hk_repair_ticket_get_status (ticket);

  switch (show)
    {
    case HK_REPAIRS_SHOW_OPEN:
      return !hk_repair_status_is_final (status);
    case HK_REPAIRS_SHOW_OVERDUE:
      return hk_repair_ticket_get_overdue (ticket);
    case HK_REPAIRS_SHOW_AWAITING:
      return hk_repair_status_awaits_collection (status);
    case HK_REPAIRS_SHOW_ALL:
      return TRUE;
    case HK_REPAIRS_SHOW_FIRST_STATUS:
    default:
      return (guint)status == (guint)show - HK_REPAIRS_SHOW_FIRST_STATUS;
    }
}

static gboolean
contains (const char *haystack,
          const char *needle)
{
  g_autofree char *folded = haystack != NULL ? g_utf8_casefold (haystack, -1) : NULL;

  return folded != NULL && strstr (folded, needle) != NULL;
}

static gboolean
filter_ticket (gpointer item,
               gpointer user_data)
{
  HkRepairsView *self = user_data;
  HkRepairTicket *ticket = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  g_autofree char *digits = NULL;
  gboolean only_digits = TRUE;
  char *to;

  if (!show_matches (hk_repairs_view_get_show (self), ticket))
    return FALSE;

  if (text == NULL || *text == '\0')
    return TRUE;

  needle = g_utf8_casefold (g_strstrip (g_strdup (text)), -1);
  if (*needle == '\0')
    return TRUE;

  /* An IMEI or a phone is often typed with blanks or dashes between the groups. */
  digits = g_strdup (needle);
  to = digits;
  for (const char *from = needle; *from != '\0'; from++)
    if (g_ascii_isdigit (*from))
      *to++ = *from;
    else if (*from != ' ' && *from != '-')
      only_digits = FALSE;
  *to = '\0';
  if (!only_digits)
    *digits = '\0';

  return contains (hk_repair_ticket_get_ticket_no (ticket), needle) ||
         contains (hk_repair_ticket_get_customer_phone (ticket), needle) ||
         contains (hk_repair_ticket_get_imei (ticket), needle) ||
         contains (hk_repair_ticket_get_customer_name (ticket), needle) ||
         (*digits != '\0' && strlen (digits) >= 4 &&
          (contains (hk_repair_ticket_get_imei (ticket), digits) ||
           contains (hk_repair_ticket_get_customer_phone (ticket), digits)));
}

/* ---- state ---- */

static void
update_actions (HkRepairsView *self)
{
  gboolean on_ticket;

  /* Signals of the template's objects come before the context is set. */
  if (get_context (self) == NULL || self->main_stack == NULL)
    return;

  on_ticket = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack),
                                  "ticket") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.new",
                                 hk_repair_format_can_write (get_context (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.open",
                                 !on_ticket && get_selected (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.back", on_ticket);
  hk_section_set_main_action_enabled (HK_SECTION (self),
                                      hk_repair_format_can_write (get_context (self)));
}

static void
update_subtitle (HkRepairsView *self)
{
  HkRepairTicket *ticket;

  if (get_context (self) == NULL || self->main_stack == NULL || self->page_stack == NULL ||
      self->ticket_page == NULL)
    return;

  ticket = hk_repair_ticket_page_get_ticket (self->ticket_page);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "ticket") == 0 &&
      ticket != NULL)
    hk_section_set_subtitle (HK_SECTION (self), hk_repair_ticket_get_ticket_no (ticket));
  else if (!hk_repair_format_can_write (get_context (self)))
    hk_section_set_subtitle (HK_SECTION (self), _("Read only"));
  else
    hk_section_set_subtitle (HK_SECTION (self), NULL);

  update_actions (self);
}

/* The counts over every ticket, and the page the list shows: the list, or why it is empty. */
static void
update_summary (HkRepairsView *self)
{
  GListModel *all = G_LIST_MODEL (self->tickets);
  guint n_all = g_list_model_get_n_items (all);
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint n_open = 0;
  guint n_overdue = 0;
  guint n_awaiting = 0;
  g_autofree char *open = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *awaiting = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(HkRepairTicket) ticket = g_list_model_get_item (all, i);
      HkRepairStatus status = hk_repair_ticket_get_status (ticket);

      n_open += !hk_repair_status_is_final (status);
      n_overdue += hk_repair_ticket_get_overdue (ticket);
      n_awaiting += hk_repair_status_awaits_collection (status);
    }

  open = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u device in the desk’s care",
                                       "%u devices in the desk’s care", n_open), n_open);
  overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue",
                                          n_overdue), n_overdue);
  awaiting = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u waiting for pickup",
                                           "%u waiting for pickup", n_awaiting), n_awaiting);
  /* Translators: "12 devices in the desk’s care · 3 overdue · 4 waiting for pickup" */
  summary = g_strdup_printf (_("%s · %s · %s"), open, overdue, awaiting);
  gtk_label_set_label (self->summary_label, summary);

  if (n_all == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (n_shown == 0)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

      if (text != NULL && *text != '\0')
        {
          adw_status_page_set_title (self->no_match_page, _("No Ticket Found"));
          adw_status_page_set_description (self->no_match_page,
                                           _("No ticket of this status has that number, phone, "
                                             "IMEI or name. Check the search, or show all "
                                             "tickets."));
        }
      else if (hk_repairs_view_get_show (self) == HK_REPAIRS_SHOW_OVERDUE)
        {
          adw_status_page_set_title (self->no_match_page, _("Nothing Overdue"));
          adw_status_page_set_description (self->no_match_page,
                                           _("Every device still being repaired is within its "
                                             "promised day."));
        }
      else
        {
          adw_status_page_set_title (self->no_match_page, _("No Ticket of This Status"));
          adw_status_page_set_description (self->no_match_page,
                                           _("Choose another status to see other tickets."));
        }
      gtk_stack_set_visible_child_name (self->list_stack, "no-match");
    }
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

static void
on_filter_changed_cb (HkRepairsView *self)
{
  GtkFilter *filter;

  if (get_context (self) == NULL)
    return;

  filter = gtk_filter_list_model_get_filter (self->filter_model);
  if (filter != NULL)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  if (self->tickets != NULL)
    update_summary (self);
  update_actions (self);
}

static void
reload (HkRepairsView *self)
{
  HkRepairTicket *selected = get_selected (self);
  g_autofree char *selected_no = self->select_after_reload != NULL
                                 ? g_steal_pointer (&self->select_after_reload)
                                 : selected != NULL
                                 ? g_strdup (hk_repair_ticket_get_ticket_no (selected)) : NULL;
  g_autoptr(GPtrArray) tickets = NULL;
  g_autoptr(GError) error = NULL;

  tickets = hk_repair_store_list (hk_context_get_repair_store (get_context (self)), NULL, &error);
  if (tickets == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  g_list_store_splice (self->tickets, 0, g_list_model_get_n_items (G_LIST_MODEL (self->tickets)),
                       tickets->pdata, tickets->len);
  if (selected_no != NULL)
    hk_repairs_view_select (self, selected_no);
  update_summary (self);
  update_actions (self);
}

/* ---- actions ---- */

static void
on_intake_saved_cb (HkRepairsView  *self,
                    HkRepairTicket *ticket)
{
  g_autofree char *message = NULL;

  /* The list follows the store's "changed"; the new ticket is selected once it is there. */
  if (!hk_repairs_view_select (self, hk_repair_ticket_get_ticket_no (ticket)))
    {
      g_free (self->select_after_reload);
      self->select_after_reload = g_strdup (hk_repair_ticket_get_ticket_no (ticket));
    }

  /* Translators: "Repair R20261021-0007 registered" */
  message = g_strdup_printf (_("Repair %s registered"), hk_repair_ticket_get_ticket_no (ticket));
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HkRepairsView *self = HK_REPAIRS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  HkRepairIntakeWindow *window;

  window = hk_repair_intake_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        get_context (self));
  g_signal_connect_object (window, "saved", G_CALLBACK (on_intake_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkRepairsView *self = HK_REPAIRS_VIEW (widget);
  HkRepairTicket *selected = get_selected (self);

  if (selected == NULL ||
      !hk_repair_ticket_page_show (self->ticket_page, hk_repair_ticket_get_id (selected)))
    return;

  gtk_stack_set_visible_child_name (self->main_stack, "ticket");
  gtk_widget_grab_focus (GTK_WIDGET (self->ticket_page));
  gtk_widget_child_focus (GTK_WIDGET (self->ticket_page), GTK_DIR_TAB_FORWARD);
  update_subtitle (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkRepairsView *self = HK_REPAIRS_VIEW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "pages");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
  update_subtitle (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkRepairsView *self = HK_REPAIRS_VIEW (widget);

  if (g_strcmp0 (hk_repairs_view_get_visible_page (self), "batches") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->batches_page), "batches.export", NULL);
  else
    hk_repair_export_ask_period (widget, get_context (self));
}

static void
on_column_view_activate_cb (HkRepairsView *self,
                            guint          position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "repairs.open", NULL);
}

/* Enter in the search opens the ticket when exactly one is found. */
static void
on_search_activate_cb (HkRepairsView *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 1)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_widget_activate_action (GTK_WIDGET (self), "repairs.open", NULL);
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* ---- the class ---- */

static void
hk_repairs_view_focus_search (HkSection *section)
{
  HkRepairsView *self = HK_REPAIRS_VIEW (section);

  gtk_stack_set_visible_child_name (self->main_stack, "pages");
  adw_view_stack_set_visible_child_name (self->page_stack, "tickets");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
build_filter (HkRepairsView *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkCustomFilter *filter;

  gtk_string_list_append (choices, _("Open tickets"));
  gtk_string_list_append (choices, _("Overdue"));
  gtk_string_list_append (choices, _("Waiting for pickup"));
  for (guint i = 0; i < HK_REPAIR_N_STATUSES; i++)
    gtk_string_list_append (choices, hk_repair_status_get_title ((HkRepairStatus)i));
  gtk_string_list_append (choices, _("All tickets"));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (choices));

  filter = gtk_custom_filter_new (filter_ticket, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);
}

static void
hk_repairs_view_constructed (GObject *object)
{
  HkRepairsView *self = (HkRepairsView *)object;
  HkContext *context;
  AdwViewStackPage *page;

  G_OBJECT_CLASS (hk_repairs_view_parent_class)->constructed (object);

  context = get_context (self);

  build_filter (self);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->tickets));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));

  /* Those who only read come for what is late. */
  gtk_drop_down_set_selected (self->status_dropdown,
                              hk_repair_format_can_write (context) ? HK_REPAIRS_SHOW_OPEN
                                                                   : HK_REPAIRS_SHOW_OVERDUE);

  self->batches_page = hk_repair_batches_page_new (context);
  page = adw_view_stack_add_titled (self->page_stack, GTK_WIDGET (self->batches_page), "batches",
                                    _("Dispatch Batches"));
  adw_view_stack_page_set_icon_name (page, "send-to-symbolic");

  self->parts_page = hk_repair_parts_page_new (context);
  page = adw_view_stack_add_titled (self->page_stack, GTK_WIDGET (self->parts_page), "parts",
                                    _("Parts Stock"));
  adw_view_stack_page_set_icon_name (page, "package-x-generic-symbolic");

  self->ticket_page = hk_repair_ticket_page_new (context);
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->ticket_page), "ticket");

  g_signal_connect_object (hk_context_get_repair_store (context), "changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);

  reload (self);
  update_subtitle (self);
}

static void
hk_repairs_view_dispose (GObject *object)
{
  HkRepairsView *self = (HkRepairsView *)object;

  /* The bin's child is a template child: let the bin let go of it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_REPAIRS_VIEW);
  g_clear_object (&self->tickets);
  g_clear_pointer (&self->select_after_reload, g_free);

  G_OBJECT_CLASS (hk_repairs_view_parent_class)->dispose (object);
}

static void
hk_repairs_view_class_init (HkRepairsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_repairs_view_constructed;
  object_class->dispose = hk_repairs_view_dispose;

  section_class->main_action_name = "repairs.new";
  section_class->main_action_label = N_("_New Repair");
  section_class->main_action_tooltip = N_("Register a device left for repair (Ctrl+N)");
  section_class->focus_search = hk_repairs_view_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-repairs-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkRepairsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkRepairsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, HkRepairsView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, HkRepairsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkRepairsView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HkRepairsView, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, HkRepairsView, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HkRepairsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HkRepairsView, selection);
  gtk_widget_class_bind_template_child (widget_class, HkRepairsView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkRepairsView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkRepairsView, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, format_money);
  gtk_widget_class_bind_template_callback (widget_class, format_overdue);
  gtk_widget_class_bind_template_callback (widget_class, format_status);
  gtk_widget_class_bind_template_callback (widget_class, format_status_icon);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, update_subtitle);

  gtk_widget_class_install_action (widget_class, "repairs.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "repairs.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "repairs.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "repairs.export", NULL, export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "repairs.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "repairs.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "repairs.export", NULL);

  g_type_ensure (HK_TYPE_REPAIR_TICKET);
}

static void
hk_repairs_view_init (HkRepairsView *self)
{
  self->tickets = g_list_store_new (HK_TYPE_REPAIR_TICKET);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_repairs_view_get_visible_model:
 *
 * Returns: (transfer none): the tickets as shown (#HkRepairTicket): filtered and sorted
 */
GListModel *
hk_repairs_view_get_visible_model (HkRepairsView *self)
{
  g_return_val_if_fail (HK_IS_REPAIRS_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* Selects the ticket @ticket_no; FALSE when the list does not show it. */
gboolean
hk_repairs_view_select (HkRepairsView *self,
                        const char    *ticket_no)
{
  GListModel *model;

  g_return_val_if_fail (HK_IS_REPAIRS_VIEW (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkRepairTicket) ticket = g_list_model_get_item (model, i);

      if (g_strcmp0 (hk_repair_ticket_get_ticket_no (ticket), ticket_no) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

HkRepairsShow
hk_repairs_view_get_show (HkRepairsView *self)
{
  guint selected;

  g_return_val_if_fail (HK_IS_REPAIRS_VIEW (self), HK_REPAIRS_SHOW_ALL);

  selected = gtk_drop_down_get_selected (self->status_dropdown);

  return selected <= HK_REPAIRS_SHOW_ALL ? (HkRepairsShow)selected : HK_REPAIRS_SHOW_ALL;
}

/* Chooses what the list shows, as the drop-down does. */
void
hk_repairs_view_set_show (HkRepairsView *self,
                          HkRepairsShow  show)
{
  g_return_if_fail (HK_IS_REPAIRS_VIEW (self));

  gtk_drop_down_set_selected (self->status_dropdown, show);
}

/**
 * hk_repairs_view_get_visible_page:
 *
 * Returns: what the section shows: "tickets", "batches", "parts", or "ticket" (a ticket page)
 */
const char *
hk_repairs_view_get_visible_page (HkRepairsView *self)
{
  g_return_val_if_fail (HK_IS_REPAIRS_VIEW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "ticket") == 0)
    return "ticket";

  return adw_view_stack_get_visible_child_name (self->page_stack);
}

/* Shows "tickets", "batches" or "parts". */
void
hk_repairs_view_show_page (HkRepairsView *self,
                           const char    *page)
{
  g_return_if_fail (HK_IS_REPAIRS_VIEW (self));

  gtk_stack_set_visible_child_name (self->main_stack, "pages");
  adw_view_stack_set_visible_child_name (self->page_stack, page);
  update_subtitle (self);
}

HkRepairTicketPage *
hk_repairs_view_get_ticket_page (HkRepairsView *self)
{
  g_return_val_if_fail (HK_IS_REPAIRS_VIEW (self), NULL);

  return self->ticket_page;
}

HkRepairBatchesPage *
hk_repairs_view_get_batches_page (HkRepairsView *self)
{
  g_return_val_if_fail (HK_IS_REPAIRS_VIEW (self), NULL);

  return self->batches_page;
}

HkRepairPartsPage *
hk_repairs_view_get_parts_page (HkRepairsView *self)
{
  g_return_val_if_fail (HK_IS_REPAIRS_VIEW (self), NULL);

  return self->parts_page;
}

/**
 * hk_repairs_view_export_register:
 * @file: the workbook to write
 *
 * Exports the repair register of @first_day … @last_day to @file, as Export to Excel does
 * once the file is chosen: in a thread, with the progress shown and a toast at the end.
 */
void
hk_repairs_view_export_register (HkRepairsView *self,
                                 const char    *first_day,
                                 const char    *last_day,
                                 GFile         *file)
{
  g_return_if_fail (HK_IS_REPAIRS_VIEW (self));

  hk_repair_export_start (GTK_WIDGET (self), get_context (self), HK_REPAIR_EXPORT_REGISTER,
                          first_day, last_day, 0, file);
}
