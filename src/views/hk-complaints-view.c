/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaints-view.c: the Complaints section: the register, the day check, the service log
 * and the opinion book.
 *
 * One section with four pages under a view switcher, as UI.md has it (Complaints: register;
 * day check; service log; opinion book): they are one person's daily work on one register,
 * the complaint officer's and the duty manager's, and four more sidebar entries would crowd
 * the Ctrl+1…9 shortcuts of every other section.
 *
 * The Register page lists the complaints received in a period (the last 30 days unless the
 * From and To buttons say otherwise), filtered by status, deadline state, category,
 * first-contact owner and a search, with each one's deadline and its deadline state as an
 * icon, words and a colour. Enter (or Open) shows the complaint's page in place of the list,
 * with its history and what can be done next; Escape or Alt+Left comes back. The deadline
 * states move with the clock: the list is read again every minute while it is on screen.
 *
 * New Complaint (the section's main action, Ctrl+N) opens the quick entry form; the new
 * complaint is selected in the list. Export (Ctrl+E) saves the register of the period shown,
 * or a month's statistics, as an Excel workbook in a thread, with its progress and Cancel
 * beside the button.
 *
 * Alt+Left and Alt+Right go to the day before and after on the Day Check and Service Log
 * pages, which keep a day of their own.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "core/hk-privacy.h"
#include "hk-complaint-editor.h"
#include "hk-complaint-format.h"
#include "hk-complaint-item.h"
#include "hk-complaints-view.h"
#include "hk-settlement-item.h"

/* How many days the register shows at first, today included. */
#define PERIOD_DAYS 30
/* How often the deadline states are brought up to the clock. */
#define REFRESH_SECONDS 60
/* How many months the statistics export offers. */
#define N_EXPORT_MONTHS 13

enum {
  STATUS_ALL,
  STATUS_OPEN,
  STATUS_RESOLVED,
  STATUS_CLOSED,
  STATUS_NOT_CLOSED,
};

/* The deadline states in the order of their filter, after "any". */
static const HkComplaintSla sla_filters[] = {
  HK_COMPLAINT_SLA_OVERDUE,
  HK_COMPLAINT_SLA_DUE_SOON,
  HK_COMPLAINT_SLA_ON_TIME,
  HK_COMPLAINT_SLA_RESOLVED_LATE,
};

struct _HkComplaintsView
{
  HkSection            parent_instance;

  GListStore          *items;
  char                *first_day;
  char                *last_day;
  gboolean             last_is_today;
  gboolean             dirty;
  gboolean             filling;
  gboolean             syncing_calendar;
  GArray              *category_ids;
  GArray              *owner_ids;
  guint                refresh_id;

  GCancellable        *export_cancellable;
  guint                export_timer_id;
  int                  export_progress_permille;
  char                *export_path;
  HkComplaintExportKind export_kind;
  char                *export_month;

  HkComplaintPage     *complaint_page;
  HkComplaintDayPage  *day_page;
  HkServiceLogPage    *service_log_page;
  HkOpinionBookPage   *opinion_book_page;

  /* Template widgets */
  GtkDropDown         *category_dropdown;
  GtkColumnView       *column_view;
  GtkBox              *export_box;
  GtkMenuButton       *export_button;
  GtkProgressBar      *export_progress;
  GtkFilterListModel  *filter_model;
  GtkMenuButton       *from_button;
  GtkCalendar         *from_calendar;
  GtkPopover          *from_popover;
  GtkStack            *list_stack;
  GtkStack            *main_stack;
  GtkDropDown         *owner_dropdown;
  AdwViewStack        *page_stack;
  GtkColumnViewColumn *received_column;
  GtkSearchEntry      *search_entry;
  GtkSingleSelection  *selection;
  GtkDropDown         *sla_dropdown;
  GtkSortListModel    *sort_model;
  GtkColumnViewColumn *state_column;
  GtkDropDown         *status_dropdown;
  GtkLabel            *summary_label;
  GtkMenuButton       *to_button;
  GtkCalendar         *to_calendar;
  GtkPopover          *to_popover;
};

G_DEFINE_FINAL_TYPE (HkComplaintsView, hk_complaints_view, HK_TYPE_SECTION)

static HkContext *
get_context (HkComplaintsView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static HkComplaintStore *
get_store (HkComplaintsView *self)
{
  return hk_context_get_complaint_store (get_context (self));
}

static HkOperator *
get_actor (HkComplaintsView *self)
{
  return hk_context_get_operator (get_context (self));
}

static GTimeZone *
get_time_zone (HkComplaintsView *self)
{
  return hk_hall_store_get_time_zone (hk_context_get_hall_store (get_context (self)));
}

static char *
dup_today (HkComplaintsView *self)
{
  return hk_hall_store_format_day (hk_context_get_hall_store (get_context (self)),
                                   hk_complaint_store_get_now (get_store (self)));
}

static GtkWindow *
get_parent_window (HkComplaintsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static HkComplaintItem *
get_selected (HkComplaintsView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static gboolean
on_complaint_page (HkComplaintsView *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "complaint") == 0;
}

static const char *
get_tab (HkComplaintsView *self)
{
  return adw_view_stack_get_visible_child_name (self->page_stack);
}

static gboolean
actor_may_register (HkComplaintsView *self)
{
  HkOperator *actor = get_actor (self);

  return actor != NULL && hk_operator_has_any_role (actor, HK_COMPLAINT_ROLES);
}

static void
update_actions (HkComplaintsView *self)
{
  gboolean exporting;
  gboolean on_page;
  const char *tab;

  /* The template's widgets tell of their last changes while they go away. */
  if (self->main_stack == NULL || self->page_stack == NULL || self->selection == NULL)
    return;

  exporting = self->export_cancellable != NULL;
  on_page = on_complaint_page (self);
  tab = get_tab (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.open",
                                 !on_page && get_selected (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.back", on_page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.previous",
                                 on_page || g_strcmp0 (tab, "day-check") == 0 ||
                                 g_strcmp0 (tab, "service-log") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.next",
                                 !on_page && (g_strcmp0 (tab, "day-check") == 0 ||
                                              g_strcmp0 (tab, "service-log") == 0));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.export-register", !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.export-statistics",
                                 !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.cancel-export", exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.new", actor_may_register (self));
  hk_section_set_main_action_enabled (HK_SECTION (self), actor_may_register (self));
}

static void
update_subtitle (HkComplaintsView *self)
{
  const char *tab;
  g_autofree char *subtitle = NULL;

  if (self->main_stack == NULL || self->page_stack == NULL || self->first_day == NULL)
    return;

  tab = get_tab (self);

  if (on_complaint_page (self))
    subtitle = g_strdup (hk_complaint_page_get_title (self->complaint_page));
  else if (g_strcmp0 (tab, "day-check") == 0 && self->day_page != NULL)
    subtitle = g_strdup (hk_complaint_day_page_get_subtitle (self->day_page));
  else if (g_strcmp0 (tab, "service-log") == 0 && self->service_log_page != NULL)
    subtitle = g_strdup (hk_service_log_page_get_subtitle (self->service_log_page));
  else if (g_strcmp0 (tab, "opinion-book") == 0 && self->opinion_book_page != NULL)
    subtitle = g_strdup (hk_opinion_book_page_get_subtitle (self->opinion_book_page));
  else
    /* Translators: the period shown, e.g. "2026-09-06 – 2026-10-05" */
    subtitle = g_strdup_printf (_("%s – %s"), self->first_day, self->last_day);

  hk_section_set_subtitle (HK_SECTION (self), subtitle);
}

static void
on_page_changed_cb (HkComplaintsView *self)
{
  update_subtitle (self);
  update_actions (self);
}

/* ---- the register's list ---- */

static gboolean
matches_search (HkComplaint *complaint,
                const char  *needle)
{
  const char *texts[] = {
    hk_complaint_get_customer_name (complaint), hk_complaint_get_customer_phone (complaint),
    hk_complaint_get_service_number (complaint), hk_complaint_get_description (complaint),
    hk_complaint_get_category_title (complaint), hk_complaint_get_owner_name (complaint),
    hk_complaint_get_handler_name (complaint),
  };
  g_autofree char *number = g_strdup_printf ("%lld", (long long)hk_complaint_get_id (complaint));

  if (g_strcmp0 (number, needle) == 0)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *folded = NULL;

      if (texts[i] == NULL)
        continue;
      folded = g_utf8_casefold (texts[i], -1);
      if (strstr (folded, needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  HkComplaintsView *self = user_data;
  HkComplaint *complaint = hk_complaint_item_get_complaint (item);
  HkComplaintStatus status = hk_complaint_get_status (complaint);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint status_filter = gtk_drop_down_get_selected (self->status_dropdown);
  guint sla_filter = gtk_drop_down_get_selected (self->sla_dropdown);
  guint category = gtk_drop_down_get_selected (self->category_dropdown);
  guint owner = gtk_drop_down_get_selected (self->owner_dropdown);

  if ((status_filter == STATUS_OPEN && status != HK_COMPLAINT_OPEN) ||
      (status_filter == STATUS_RESOLVED && status != HK_COMPLAINT_RESOLVED) ||
      (status_filter == STATUS_CLOSED && status != HK_COMPLAINT_CLOSED) ||
      (status_filter == STATUS_NOT_CLOSED && status == HK_COMPLAINT_CLOSED))
    return FALSE;

  if (sla_filter > 0 && sla_filter <= G_N_ELEMENTS (sla_filters) &&
      hk_complaint_item_get_sla (item) != sla_filters[sla_filter - 1])
    return FALSE;

  if (category > 0 && category < self->category_ids->len &&
      hk_complaint_get_category_id (complaint) != g_array_index (self->category_ids, gint64,
                                                                 category))
    return FALSE;

  if (owner > 0 && owner < self->owner_ids->len &&
      hk_complaint_get_owner_id (complaint) != g_array_index (self->owner_ids, gint64, owner))
    return FALSE;

  if (text != NULL && *text != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (text, -1);

      return matches_search (complaint, g_strstrip (needle));
    }

  return TRUE;
}

static void
update_summary (HkComplaintsView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint not_closed = 0;
  guint overdue = 0;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkComplaintItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (hk_complaint_get_status (hk_complaint_item_get_complaint (item)) != HK_COMPLAINT_CLOSED)
        not_closed++;
      if (hk_complaint_item_get_sla (item) == HK_COMPLAINT_SLA_OVERDUE)
        overdue++;
    }

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u complaint", "%u complaints",
                                             n), n);
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u not closed", "%u not closed",
                                             not_closed), not_closed);
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue",
                                             overdue), overdue);
  if (shown != n)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u shown", "%u shown", shown),
                              shown);
    }

  gtk_label_set_label (self->summary_label, text->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->summary_label), text->str);
  gtk_stack_set_visible_child_name (self->list_stack,
                                    n == 0 ? "empty" : shown == 0 ? "no-match" : "list");
}

static void
on_filter_changed_cb (HkComplaintsView *self)
{
  GtkFilter *filter;

  if (self->filling || self->filter_model == NULL)
    return;

  filter = gtk_filter_list_model_get_filter (self->filter_model);
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
  update_actions (self);
}

/* Gives @dropdown the titles "all" and @titles, keeping the id chosen in @ids selected. */
static void
fill_dropdown (HkComplaintsView *self,
               GtkDropDown      *dropdown,
               GArray           *ids,
               GArray           *new_ids,
               GtkStringList    *titles)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  gint64 chosen = selected < ids->len ? g_array_index (ids, gint64, selected) : 0;
  guint position = 0;

  for (guint i = 0; i < new_ids->len; i++)
    if (chosen != 0 && g_array_index (new_ids, gint64, i) == chosen)
      position = i;

  g_array_set_size (ids, 0);
  g_array_append_vals (ids, new_ids->data, new_ids->len);

  self->filling = TRUE;
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (dropdown, position);
  self->filling = FALSE;
}

/* The category and owner filters: every category and every operator, active or not. */
static void
fill_filters (HkComplaintsView *self)
{
  GListModel *categories = hk_complaint_store_get_categories (get_store (self));
  GListModel *operators = hk_operator_store_get_model (
                            hk_context_get_operator_store (get_context (self)));
  g_autoptr(GtkStringList) category_titles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) owner_titles = gtk_string_list_new (NULL);
  g_autoptr(GArray) category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 none = 0;

  gtk_string_list_append (category_titles, _("All categories"));
  g_array_append_val (category_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(HkComplaintCategory) category = g_list_model_get_item (categories, i);
      gint64 id = hk_complaint_category_get_id (category);

      gtk_string_list_append (category_titles, hk_complaint_category_get_title (category));
      g_array_append_val (category_ids, id);
    }

  gtk_string_list_append (owner_titles, _("All owners"));
  g_array_append_val (owner_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);
      gint64 id = hk_operator_get_id (operator);

      gtk_string_list_append (owner_titles, hk_operator_get_display_name (operator));
      g_array_append_val (owner_ids, id);
    }

  fill_dropdown (self, self->category_dropdown, self->category_ids, category_ids,
                 category_titles);
  fill_dropdown (self, self->owner_dropdown, self->owner_ids, owner_ids, owner_titles);
}

/* Reads the period's complaints again, at the clock's time, keeping the selection. */
static void
reload (HkComplaintsView *self)
{
  HkComplaintItem *selected = get_selected (self);
  gint64 selected_id = selected != NULL ? hk_complaint_item_get_id (selected) : 0;
  g_autoptr(GPtrArray) complaints = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  HkComplaintFilter filter = { 0 };
  gint64 now;

  self->dirty = FALSE;

  if (self->last_is_today)
    {
      g_autofree char *today = dup_today (self);

      if (g_strcmp0 (today, self->last_day) != 0)
        {
          g_free (self->last_day);
          self->last_day = g_steal_pointer (&today);
          gtk_menu_button_set_label (self->to_button, self->last_day);
          update_subtitle (self);
        }
    }

  filter.first_day = self->first_day;
  filter.last_day = self->last_day;
  now = hk_complaint_store_get_now (get_store (self));

  complaints = hk_complaint_store_list (get_store (self), &filter, &error);
  if (complaints == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      complaints = g_ptr_array_new ();
    }

  for (guint i = 0; i < complaints->len; i++)
    g_ptr_array_add (items, hk_complaint_item_new (g_ptr_array_index (complaints, i), now,
                                                   get_time_zone (self)));

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  if (selected_id == 0 || !hk_complaints_view_select (self, selected_id))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  update_summary (self);
  update_actions (self);
}

/* Reloads now when the section is on screen, or as soon as it is shown again. */
static void
queue_reload (HkComplaintsView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->dirty = TRUE;
}

static void
on_store_changed_cb (HkComplaintsView *self)
{
  fill_filters (self);
  queue_reload (self);
}

static gboolean
on_refresh_cb (gpointer user_data)
{
  HkComplaintsView *self = user_data;

  reload (self);
  if (on_complaint_page (self))
    hk_complaint_page_refresh (self->complaint_page);

  return G_SOURCE_CONTINUE;
}

/* ---- the period ---- */

static void
show_period (HkComplaintsView *self,
             char             *first_day,
             char             *last_day)
{
  g_autofree char *today = dup_today (self);

  if (first_day == NULL || last_day == NULL)
    {
      g_free (first_day);
      g_free (last_day);
      return;
    }

  if (g_strcmp0 (last_day, today) > 0)
    {
      g_free (last_day);
      last_day = g_strdup (today);
    }
  if (g_strcmp0 (first_day, last_day) > 0)
    {
      g_free (first_day);
      first_day = g_strdup (last_day);
    }

  g_free (self->first_day);
  g_free (self->last_day);
  self->first_day = first_day;
  self->last_day = last_day;
  self->last_is_today = g_strcmp0 (self->last_day, today) == 0;

  gtk_menu_button_set_label (self->from_button, self->first_day);
  gtk_menu_button_set_label (self->to_button, self->last_day);
  update_subtitle (self);
  reload (self);
}

static void
sync_calendar (HkComplaintsView *self,
               GtkCalendar      *calendar,
               const char       *day)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, mday;

  if (sscanf (day, "%4d-%2d-%2d", &year, &month, &mday) != 3)
    return;

  date = g_date_time_new_local (year, month, mday, 12, 0, 0);
  self->syncing_calendar = TRUE;
  gtk_calendar_select_day (calendar, date);
  self->syncing_calendar = FALSE;
}

static void
on_from_popover_show_cb (HkComplaintsView *self)
{
  sync_calendar (self, self->from_calendar, self->first_day);
}

static void
on_to_popover_show_cb (HkComplaintsView *self)
{
  sync_calendar (self, self->to_calendar, self->last_day);
}

static void
on_from_calendar_day_selected_cb (HkComplaintsView *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->syncing_calendar)
    return;

  date = gtk_calendar_get_date (self->from_calendar);
  gtk_popover_popdown (self->from_popover);
  show_period (self, g_date_time_format (date, "%Y-%m-%d"), g_strdup (self->last_day));
}

static void
on_to_calendar_day_selected_cb (HkComplaintsView *self)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *last = NULL;

  if (self->syncing_calendar)
    return;

  date = gtk_calendar_get_date (self->to_calendar);
  gtk_popover_popdown (self->to_popover);
  last = g_date_time_format (date, "%Y-%m-%d");
  show_period (self, g_strcmp0 (self->first_day, last) > 0 ? g_strdup (last)
                                                           : g_strdup (self->first_day),
               g_steal_pointer (&last));
}

/* ---- pages ---- */

static void
show_tab (HkComplaintsView *self,
          const char       *tab)
{
  gtk_stack_set_visible_child_name (self->main_stack, "pages");
  adw_view_stack_set_visible_child_name (self->page_stack, tab);
  update_subtitle (self);
  update_actions (self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkComplaintsView *self = HK_COMPLAINTS_VIEW (widget);
  HkComplaintItem *selected = get_selected (self);

  if (selected == NULL)
    return;

  hk_complaint_page_show (self->complaint_page, hk_complaint_item_get_id (selected));
  gtk_stack_set_visible_child_name (self->main_stack, "complaint");
  gtk_widget_grab_focus (GTK_WIDGET (self->complaint_page));
  update_subtitle (self);
  update_actions (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkComplaintsView *self = HK_COMPLAINTS_VIEW (widget);

  show_tab (self, "register");
  if (self->dirty)
    reload (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
on_column_view_activate_cb (HkComplaintsView *self,
                            guint             position)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "complaints.open", NULL);
}

/* Alt+Left: back from a complaint's page, or the day before on a page of days. */
static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkComplaintsView *self = HK_COMPLAINTS_VIEW (widget);
  const char *tab = get_tab (self);

  if (on_complaint_page (self))
    gtk_widget_activate_action (widget, "complaints.back", NULL);
  else if (g_strcmp0 (tab, "day-check") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->day_page), "day-check.previous-day", NULL);
  else if (g_strcmp0 (tab, "service-log") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->service_log_page),
                                "service-log.previous-day", NULL);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkComplaintsView *self = HK_COMPLAINTS_VIEW (widget);
  const char *tab = get_tab (self);

  if (on_complaint_page (self))
    return;
  if (g_strcmp0 (tab, "day-check") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->day_page), "day-check.next-day", NULL);
  else if (g_strcmp0 (tab, "service-log") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->service_log_page), "service-log.next-day",
                                NULL);
}

/* ---- new complaint ---- */

static void
on_registered_cb (HkComplaintsView *self,
                  HkComplaint      *complaint)
{
  g_autofree char *deadline = hk_complaint_format_moment (hk_complaint_get_deadline (complaint),
                                                          get_time_zone (self));
  g_autofree char *message = NULL;
  const char *received_day = hk_complaint_get_received_day (complaint);

  show_tab (self, "register");

  /* The new complaint is in the period shown. */
  if (g_strcmp0 (received_day, self->first_day) < 0 || !self->last_is_today)
    show_period (self,
                 g_strdup (g_strcmp0 (received_day, self->first_day) < 0 ? received_day
                                                                        : self->first_day),
                 dup_today (self));
  else
    reload (self);

  hk_complaints_view_select (self, hk_complaint_get_id (complaint));

  /* Translators: e.g. "Complaint 43 registered; deadline 2026-10-06 14:30" */
  message = g_strdup_printf (_("Complaint %lld registered; deadline %s"),
                             (long long)hk_complaint_get_id (complaint), deadline);
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HkComplaintsView *self = HK_COMPLAINTS_VIEW (widget);
  HkComplaintEditor *editor;

  editor = hk_complaint_editor_new (get_parent_window (self), get_context (self));
  g_signal_connect_object (editor, "registered", G_CALLBACK (on_registered_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* ---- export ---- */

static gboolean
on_export_timer_cb (gpointer user_data)
{
  HkComplaintsView *self = user_data;

  gtk_progress_bar_set_fraction (self->export_progress,
                                 g_atomic_int_get (&self->export_progress_permille) / 1000.0);

  return G_SOURCE_CONTINUE;
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  HkComplaintsView *self = HK_COMPLAINTS_VIEW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_clear_object (&self->export_cancellable);
  g_clear_handle_id (&self->export_timer_id, g_source_remove);
  if (self->export_box != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->export_box), FALSE);

  name = g_filename_display_basename (self->export_path);

  if (!hk_complaint_export_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        hk_section_show_toast (HK_SECTION (self), _("Export cancelled; no file was written"));
      else
        hk_section_show_error (HK_SECTION (self), error);
    }
  else
    {
      if (self->export_kind == HK_COMPLAINT_EXPORT_STATISTICS)
        {
          g_autofree char *month = hk_complaint_format_month (self->export_month);

          /* Translators: e.g. "The statistics of October 2026 are saved in stats.xlsx" */
          message = g_strdup_printf (_("The statistics of %s are saved in %s"), month, name);
        }
      else
        /* Translators: e.g. "The register is saved in complaint-register.xlsx" */
        message = g_strdup_printf (_("The register is saved in %s"), name);
      hk_section_show_toast (HK_SECTION (self), message);
    }

  update_actions (self);
}

static void
start_export (HkComplaintsView      *self,
              HkComplaintExportKind  kind,
              const char            *first_day_or_month,
              const char            *last_day,
              const char            *path)
{
  if (self->export_cancellable != NULL)
    return;

  self->export_cancellable = g_cancellable_new ();
  self->export_kind = kind;
  g_free (self->export_path);
  self->export_path = g_strdup (path);
  g_free (self->export_month);
  self->export_month = g_strdup (first_day_or_month);

  gtk_progress_bar_set_fraction (self->export_progress, 0.0);
  gtk_widget_set_visible (GTK_WIDGET (self->export_box), TRUE);
  self->export_timer_id = g_timeout_add (100, on_export_timer_cb, self);
  update_actions (self);

  hk_complaint_export_run (self, get_context (self), kind, first_day_or_month, last_day, path,
                           &self->export_progress_permille, self->export_cancellable,
                           on_export_done_cb, NULL);
}

/* A name the writer knows: ".xlsx" is added to one without it. */
static char *
dup_export_path (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *folded = path != NULL ? g_utf8_strdown (path, -1) : NULL;

  if (path == NULL)
    return NULL;

  if (g_str_has_suffix (folded, ".xlsx") || g_str_has_suffix (folded, ".pdf"))
    return g_steal_pointer (&path);

  return g_strconcat (path, ".xlsx", NULL);
}

static void
on_export_chooser_response_cb (GtkNativeDialog  *chooser,
                               int               response,
                               HkComplaintsView *self)
{
  HkComplaintExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "kind"));
  const char *first = g_object_get_data (G_OBJECT (chooser), "first");
  const char *last = g_object_get_data (G_OBJECT (chooser), "last");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = dup_export_path (file)) != NULL)
    start_export (self, kind, first, last, path);

  g_object_unref (chooser);
}

static void
choose_export_file (HkComplaintsView      *self,
                    HkComplaintExportKind  kind,
                    const char            *first_day_or_month,
                    const char            *last_day)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = hk_complaint_export_suggest_name (kind, first_day_or_month, last_day);

  chooser = gtk_file_chooser_native_new (kind == HK_COMPLAINT_EXPORT_STATISTICS
                                         ? _("Export Complaint Statistics")
                                         : _("Export Complaint Register"),
                                         get_parent_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "kind", GINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (chooser), "first", g_strdup (first_day_or_month), g_free);
  g_object_set_data_full (G_OBJECT (chooser), "last", g_strdup (last_day), g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chooser_response_cb), self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_register_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HkComplaintsView *self = HK_COMPLAINTS_VIEW (widget);

  choose_export_file (self, HK_COMPLAINT_EXPORT_REGISTER, self->first_day, self->last_day);
}

/* "YYYY-MM" of @n months before the month of @day. */
static char *
month_before (const char *day,
              int         n)
{
  int year, month, mday;
  int index;

  if (sscanf (day, "%4d-%2d-%2d", &year, &month, &mday) != 3)
    return g_strdup ("");

  index = year * 12 + (month - 1) - n;

  return g_strdup_printf ("%04d-%02d", index / 12, index % 12 + 1);
}

static void
on_statistics_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           HkComplaintsView *self)
{
  GtkDropDown *months = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *month = NULL;

  if (g_strcmp0 (response, "export") != 0)
    return;

  month = month_before (self->last_day, (int)gtk_drop_down_get_selected (months));
  choose_export_file (self, HK_COMPLAINT_EXPORT_STATISTICS, month, NULL);
}

static void
export_statistics_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  HkComplaintsView *self = HK_COMPLAINTS_VIEW (widget);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *months;

  for (int i = 0; i < N_EXPORT_MONTHS; i++)
    {
      g_autofree char *month = month_before (self->last_day, i);
      g_autofree char *title = hk_complaint_format_month (month);

      gtk_string_list_append (titles, title);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self),
                                                       _("Export Monthly Statistics?"),
                                                       _("The month’s complaints by category, "
                                                         "by channel and by day, the on-time "
                                                         "rate and the average time to resolve, "
                                                         "as they stand now, in an Excel "
                                                         "workbook.")));
  months = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&titles)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (months), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Month"), -1);
  adw_message_dialog_set_extra_child (dialog, months);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "export", _("_Choose File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_statistics_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (months);
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HkComplaintsView *self = HK_COMPLAINTS_VIEW (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

/* ---- the section ---- */

static void
hk_complaints_view_focus_search (HkSection *section)
{
  HkComplaintsView *self = HK_COMPLAINTS_VIEW (section);

  show_tab (self, "register");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
hk_complaints_view_map (GtkWidget *widget)
{
  HkComplaintsView *self = HK_COMPLAINTS_VIEW (widget);

  GTK_WIDGET_CLASS (hk_complaints_view_parent_class)->map (widget);

  if (self->dirty)
    reload (self);
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add_seconds (REFRESH_SECONDS, on_refresh_cb, self);
}

static void
hk_complaints_view_unmap (GtkWidget *widget)
{
  HkComplaintsView *self = HK_COMPLAINTS_VIEW (widget);

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  GTK_WIDGET_CLASS (hk_complaints_view_parent_class)->unmap (widget);
}

static void
add_page (HkComplaintsView *self,
          GtkWidget        *page,
          const char       *name,
          const char       *title,
          const char       *icon_name)
{
  AdwViewStackPage *stack_page = adw_view_stack_add_titled (self->page_stack, page, name, title);

  adw_view_stack_page_set_icon_name (stack_page, icon_name);
  g_signal_connect_object (page, "notify::subtitle", G_CALLBACK (update_subtitle), self,
                           G_CONNECT_SWAPPED);
}

static void
fill_static_filters (HkComplaintsView *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) slas = gtk_string_list_new (NULL);

  gtk_string_list_append (statuses, _("All statuses"));
  gtk_string_list_append (statuses, hk_complaint_status_get_title (HK_COMPLAINT_OPEN));
  gtk_string_list_append (statuses, hk_complaint_status_get_title (HK_COMPLAINT_RESOLVED));
  gtk_string_list_append (statuses, hk_complaint_status_get_title (HK_COMPLAINT_CLOSED));
  gtk_string_list_append (statuses, _("Not closed"));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));

  gtk_string_list_append (slas, _("Any deadline state"));
  for (guint i = 0; i < G_N_ELEMENTS (sla_filters); i++)
    gtk_string_list_append (slas, hk_complaint_sla_get_title (sla_filters[i]));
  gtk_drop_down_set_model (self->sla_dropdown, G_LIST_MODEL (slas));
}

/* The widest of @titles as a label of the list would show it. */
static int
measure_widest (GtkWidget   *parent,
                const char **titles,
                guint        n_titles)
{
  GtkWidget *label = gtk_label_new (NULL);
  int widest = 0;

  g_object_ref_sink (label);
  gtk_widget_set_parent (label, parent);
  for (guint i = 0; i < n_titles; i++)
    {
      int natural = 0;

      gtk_label_set_label (GTK_LABEL (label), titles[i]);
      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      widest = MAX (widest, natural);
    }
  gtk_widget_unparent (label);
  g_object_unref (label);

  return widest;
}

/* The State column is as wide as its longest words in the language shown, so that a state
 * scrolled into view later is not cut: a status, an icon and a deadline state, with the
 * spacing and the cell's padding. */
static void
size_state_column (HkComplaintsView *self)
{
  const char *statuses[] = {
    hk_complaint_status_get_title (HK_COMPLAINT_OPEN),
    hk_complaint_status_get_title (HK_COMPLAINT_RESOLVED),
    hk_complaint_status_get_title (HK_COMPLAINT_CLOSED),
  };
  const char *slas[HK_COMPLAINT_N_SLAS];
  int width;

  for (guint i = 0; i < HK_COMPLAINT_N_SLAS; i++)
    slas[i] = hk_complaint_sla_get_title (i);

  width = MAX (measure_widest (GTK_WIDGET (self->column_view), statuses, G_N_ELEMENTS (statuses)),
               6 * 8) + 16 + measure_widest (GTK_WIDGET (self->column_view), slas,
                                             G_N_ELEMENTS (slas)) + 2 * 6 + 2 * 12 + 8;
  gtk_column_view_column_set_fixed_width (self->state_column, width);
}

static void
hk_complaints_view_constructed (GObject *object)
{
  HkComplaintsView *self = (HkComplaintsView *)object;
  HkContext *context;
  GtkCustomFilter *filter;
  g_autofree char *today = NULL;
  GtkStackPage *page;

  G_OBJECT_CLASS (hk_complaints_view_parent_class)->constructed (object);

  context = get_context (self);

  hk_complaint_drop_down_shrink (self->status_dropdown);
  hk_complaint_drop_down_shrink (self->sla_dropdown);
  hk_complaint_drop_down_shrink (self->category_dropdown);
  hk_complaint_drop_down_shrink (self->owner_dropdown);

  self->filling = TRUE;
  fill_static_filters (self);
  self->filling = FALSE;
  fill_filters (self);

  filter = gtk_custom_filter_new (filter_item, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->items));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->received_column,
                                  GTK_SORT_DESCENDING);
  size_state_column (self);

  self->day_page = hk_complaint_day_page_new (context);
  add_page (self, GTK_WIDGET (self->day_page), "day-check", _("Day Check"),
            "x-office-calendar-symbolic");
  self->service_log_page = hk_service_log_page_new (context);
  add_page (self, GTK_WIDGET (self->service_log_page), "service-log", _("Service Log"),
            "accessories-text-editor-symbolic");
  self->opinion_book_page = hk_opinion_book_page_new (context);
  add_page (self, GTK_WIDGET (self->opinion_book_page), "opinion-book", _("Opinion Book"),
            "accessories-dictionary-symbolic");

  self->complaint_page = hk_complaint_page_new (context);
  page = gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->complaint_page), "complaint");
  gtk_stack_page_set_title (page, _("Complaint"));
  g_signal_connect_object (self->complaint_page, "notify::title", G_CALLBACK (update_subtitle),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (hk_context_get_complaint_store (context), "changed",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_operator_store (context), "changed",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);

  today = dup_today (self);
  show_period (self, hk_settlement_shift_day (today, 1 - PERIOD_DAYS), g_strdup (today));
}

static void
hk_complaints_view_dispose (GObject *object)
{
  HkComplaintsView *self = (HkComplaintsView *)object;

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->export_timer_id, g_source_remove);

  /* The bin's child is a template child: let the bin let go of it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_COMPLAINTS_VIEW);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (hk_complaints_view_parent_class)->dispose (object);
}

static void
hk_complaints_view_finalize (GObject *object)
{
  HkComplaintsView *self = (HkComplaintsView *)object;

  g_clear_object (&self->export_cancellable);
  g_clear_pointer (&self->first_day, g_free);
  g_clear_pointer (&self->last_day, g_free);
  g_clear_pointer (&self->export_path, g_free);
  g_clear_pointer (&self->export_month, g_free);
  g_clear_pointer (&self->category_ids, g_array_unref);
  g_clear_pointer (&self->owner_ids, g_array_unref);

  G_OBJECT_CLASS (hk_complaints_view_parent_class)->finalize (object);
}

static void
hk_complaints_view_class_init (HkComplaintsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_complaints_view_constructed;
  object_class->dispose = hk_complaints_view_dispose;
  object_class->finalize = hk_complaints_view_finalize;

  widget_class->map = hk_complaints_view_map;
  widget_class->unmap = hk_complaints_view_unmap;

  section_class->main_action_name = "complaints.new";
  section_class->main_action_label = N_("_New Complaint");
  section_class->main_action_tooltip = N_("Register a complaint, by the keyboard (Ctrl+N)");
  section_class->focus_search = hk_complaints_view_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-complaints-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, export_box);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, export_button);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, export_progress);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, from_button);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, from_popover);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, received_column);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, selection);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, sla_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, state_column);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, to_button);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, to_calendar);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintsView, to_popover);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_from_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_from_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_to_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_to_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "complaints.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "complaints.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "complaints.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "complaints.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "complaints.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "complaints.export-register", NULL,
                                   export_register_action);
  gtk_widget_class_install_action (widget_class, "complaints.export-statistics", NULL,
                                   export_statistics_action);
  gtk_widget_class_install_action (widget_class, "complaints.cancel-export", NULL,
                                   cancel_export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "complaints.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "complaints.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK,
                                       "complaints.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "complaints.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_ALT_MASK,
                                       "complaints.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "complaints.export-register", NULL);

  g_type_ensure (HK_TYPE_COMPLAINT_ITEM);
}

static void
hk_complaints_view_init (HkComplaintsView *self)
{
  self->items = g_list_store_new (HK_TYPE_COMPLAINT_ITEM);
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_complaints_view_get_visible_model:
 *
 * Returns: (transfer none): the register as shown (#HkComplaintItem): filtered and sorted;
 *   also the selection
 */
GListModel *
hk_complaints_view_get_visible_model (HkComplaintsView *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINTS_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* Selects the complaint @complaint_id; FALSE when the list does not show it. */
gboolean
hk_complaints_view_select (HkComplaintsView *self,
                           gint64            complaint_id)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (HK_IS_COMPLAINTS_VIEW (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkComplaintItem) item = g_list_model_get_item (model, i);

      if (hk_complaint_item_get_id (item) == complaint_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Shows the complaints received from @first_day to @last_day ("YYYY-MM-DD"; today at most). */
void
hk_complaints_view_set_period (HkComplaintsView *self,
                               const char       *first_day,
                               const char       *last_day)
{
  g_return_if_fail (HK_IS_COMPLAINTS_VIEW (self));
  g_return_if_fail (first_day != NULL && last_day != NULL);

  show_period (self, g_strdup (first_day), g_strdup (last_day));
}

const char *
hk_complaints_view_get_first_day (HkComplaintsView *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINTS_VIEW (self), NULL);

  return self->first_day;
}

const char *
hk_complaints_view_get_last_day (HkComplaintsView *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINTS_VIEW (self), NULL);

  return self->last_day;
}

/* "complaint" on a complaint's page, else the tab shown: "register", "day-check",
 * "service-log" or "opinion-book". */
const char *
hk_complaints_view_get_page (HkComplaintsView *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINTS_VIEW (self), NULL);

  return on_complaint_page (self) ? "complaint" : get_tab (self);
}

void
hk_complaints_view_show_page (HkComplaintsView *self,
                              const char       *page)
{
  g_return_if_fail (HK_IS_COMPLAINTS_VIEW (self));

  show_tab (self, page);
}

HkComplaintPage *
hk_complaints_view_get_complaint_page (HkComplaintsView *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINTS_VIEW (self), NULL);

  return self->complaint_page;
}

HkComplaintDayPage *
hk_complaints_view_get_day_page (HkComplaintsView *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINTS_VIEW (self), NULL);

  return self->day_page;
}

HkServiceLogPage *
hk_complaints_view_get_service_log_page (HkComplaintsView *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINTS_VIEW (self), NULL);

  return self->service_log_page;
}

HkOpinionBookPage *
hk_complaints_view_get_opinion_book_page (HkComplaintsView *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINTS_VIEW (self), NULL);

  return self->opinion_book_page;
}

/**
 * hk_complaints_view_export_to:
 * @path: the file, NAME.xlsx (or .pdf)
 *
 * Exports as the Export menu does once a file is chosen: in a thread, with the progress and
 * Cancel beside the button and a toast at the end.
 */
void
hk_complaints_view_export_to (HkComplaintsView      *self,
                              HkComplaintExportKind  kind,
                              const char            *first_day_or_month,
                              const char            *last_day,
                              const char            *path)
{
  g_return_if_fail (HK_IS_COMPLAINTS_VIEW (self));

  start_export (self, kind, first_day_or_month, last_day, path);
}

gboolean
hk_complaints_view_is_exporting (HkComplaintsView *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINTS_VIEW (self), FALSE);

  return self->export_cancellable != NULL;
}
