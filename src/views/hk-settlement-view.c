/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-settlement-view.c: the Settlement section, for auditors: daily reports and invoice books.
 *
 * The first page lists each clerk's day of the last 14 days, one row per clerk and day,
 * with the receipts, the account, the cash difference and the three-way status as an icon
 * and a word (Mismatch, Open, Agrees, Signed). One row per report rather than a grid of
 * days by clerks: GTK 4.8's column view selects and activates whole rows only, so a row
 * that is one report opens exactly that report with Enter; the row also has room for the
 * amounts, sorts by status so the day's work comes first, and filters to what is not signed.
 *
 * Enter opens the daily report page (HkDailyReportPage); Escape comes back. The second page
 * is the invoice books (HkInvoiceBooksPage). The section's one main action is Register
 * Book (Ctrl+N): the only record the auditor creates here; checks and signatures belong to
 * a report that already exists, and the main button does not change under the pointer when
 * the page changes.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-background-query.h"
#include "hk-cash-desk-format.h"
#include "hk-settlement-item.h"
#include "hk-settlement-view.h"

enum {
  SHOW_ALL,
  SHOW_NOT_SIGNED,
  SHOW_MISMATCHES,
};

struct _HkSettlementView
{
  HkSection           parent_instance;

  GListStore         *items;
  char               *last_day;
  gboolean            dirty;
  gboolean            loading;
  GCancellable       *cancellable;
  HkDailyReportPage  *report_page;
  HkInvoiceBooksPage *books_page;

  /* Template widgets */
  GtkColumnView      *column_view;
  GtkColumnViewColumn *day_column;
  GtkStack           *days_stack;
  GtkFilterListModel *filter_model;
  GtkStack           *main_stack;
  AdwViewStack       *page_stack;
  GtkSearchEntry     *search_entry;
  GtkSingleSelection *selection;
  GtkSortListModel   *sort_model;
  GtkSpinner         *spinner;
  GtkDropDown        *state_dropdown;
  GtkLabel           *summary_label;
};

G_DEFINE_FINAL_TYPE (HkSettlementView, hk_settlement_view, HK_TYPE_SECTION)

static HkContext *
get_context (HkSettlementView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static gboolean
actor_is_auditor (HkSettlementView *self)
{
  HkOperator *actor = hk_context_get_operator (get_context (self));

  return actor != NULL && hk_operator_has_any_role (actor, HK_ROLE_AUDITOR);
}

static char *
dup_today (HkSettlementView *self)
{
  HkContext *context = get_context (self);

  return hk_hall_store_format_day (hk_context_get_hall_store (context),
                                   hk_database_get_now (hk_context_get_database (context)));
}

static HkSettlementItem *
get_selected (HkSettlementView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static char *
format_count (gpointer unused,
              guint    count)
{
  return g_strdup_printf ("%u", count);
}

static char *
format_money (gpointer unused,
              gint64   fen)
{
  return hk_money_format (fen);
}

static char *
format_difference (gpointer unused,
                   gint64   fen)
{
  return hk_cash_desk_format_difference_brief (fen);
}

static GStrv
money_classes (gpointer unused,
               gint64   fen)
{
  const char *classes[] = { "numeric", fen < 0 ? "money-negative" : NULL, NULL };

  return g_strdupv ((char **)classes);
}

static char *
format_state (gpointer unused,
              int      state)
{
  return g_strdup (hk_settlement_state_get_title (state));
}

static char *
format_state_icon (gpointer unused,
                   int      state)
{
  return g_strdup (hk_settlement_state_get_icon_name (state));
}

static void
update_subtitle (HkSettlementView *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->main_stack);
  const char *tab = adw_view_stack_get_visible_child_name (self->page_stack);
  g_autofree char *subtitle = NULL;

  /* The stacks tell of their last page while the template goes away. */
  if (self->last_day == NULL || self->main_stack == NULL || self->page_stack == NULL)
    return;

  if (g_strcmp0 (page, "report") == 0)
    subtitle = g_strdup (hk_daily_report_page_get_title (self->report_page));
  else if (g_strcmp0 (tab, "books") == 0)
    /* Translators: the header's subtitle on the invoice books page, e.g. "Figures of 2024-03-14" */
    subtitle = g_strdup_printf (_("Figures of %s"),
                                hk_invoice_books_page_get_day (self->books_page));
  else
    {
      g_autofree char *first = hk_settlement_shift_day (self->last_day,
                                                        1 - HK_SETTLEMENT_PERIOD_DAYS);

      /* Translators: the period shown, e.g. "2024-03-01 – 2024-03-14" */
      subtitle = g_strdup_printf (_("%s – %s"), first, self->last_day);
    }

  hk_section_set_subtitle (HK_SECTION (self), subtitle);
}

static void
update_actions (HkSettlementView *self)
{
  g_autofree char *today = NULL;
  gboolean on_report;

  if (self->main_stack == NULL || self->selection == NULL)
    return;

  today = dup_today (self);
  on_report = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "report") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settlement.open-report",
                                 get_selected (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settlement.back", on_report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settlement.next-period",
                                 g_strcmp0 (self->last_day, today) < 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settlement.today",
                                 g_strcmp0 (self->last_day, today) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settlement.register-book",
                                 actor_is_auditor (self));
  hk_section_set_main_action_enabled (HK_SECTION (self), actor_is_auditor (self));
}

static void
update_summary (HkSettlementView *self)
{
  guint counts[HK_SETTLEMENT_STATE_SIGNED + 1] = { 0 };
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkSettlementItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      counts[hk_settlement_item_get_state (item)]++;
    }

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u daily report",
                                             "%u daily reports", n), n);
  if (counts[HK_SETTLEMENT_STATE_MISMATCH] > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u mismatch", "%u mismatches",
                                                 counts[HK_SETTLEMENT_STATE_MISMATCH]),
                              counts[HK_SETTLEMENT_STATE_MISMATCH]);
    }
  if (counts[HK_SETTLEMENT_STATE_OPEN] > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u open", "%u open",
                                                 counts[HK_SETTLEMENT_STATE_OPEN]),
                              counts[HK_SETTLEMENT_STATE_OPEN]);
    }
  if (counts[HK_SETTLEMENT_STATE_AGREES] > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u ready to sign",
                                                 "%u ready to sign",
                                                 counts[HK_SETTLEMENT_STATE_AGREES]),
                              counts[HK_SETTLEMENT_STATE_AGREES]);
    }
  if (counts[HK_SETTLEMENT_STATE_SIGNED] > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u signed", "%u signed",
                                                 counts[HK_SETTLEMENT_STATE_SIGNED]),
                              counts[HK_SETTLEMENT_STATE_SIGNED]);
    }

  gtk_label_set_label (self->summary_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), n > 0);
  gtk_stack_set_visible_child_name (self->days_stack, n > 0 ? "list" : "empty");
}

/* The clerks' display names by id, from the operator store. */
static GHashTable *
collect_names (HkSettlementView *self)
{
  GListModel *operators = hk_operator_store_get_model (
                            hk_context_get_operator_store (get_context (self)));
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  guint n = g_list_model_get_n_items (operators);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);
      gint64 *id = g_new (gint64, 1);

      *id = hk_operator_get_id (operator);
      g_hash_table_insert (names, id, g_strdup (hk_operator_get_display_name (operator)));
    }

  return names;
}

static void
set_loading (HkSettlementView *self,
             gboolean          loading)
{
  self->loading = loading;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
  gtk_spinner_set_spinning (self->spinner, loading);
}

/* Shows the reports read for the period, keeping the selected one selected. */
static void
apply_reports (HkSettlementView *self,
               GPtrArray        *reports)
{
  HkSettlementItem *selected = get_selected (self);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autofree char *selected_day = NULL;
  gint64 selected_clerk = 0;

  if (selected != NULL)
    {
      selected_clerk = hk_settlement_item_get_clerk_id (selected);
      selected_day = g_strdup (hk_settlement_item_get_day (selected));
    }

  names = collect_names (self);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < reports->len; i++)
    {
      HkDailyReport *report = g_ptr_array_index (reports, i);
      gint64 clerk_id = hk_daily_report_get_clerk_id (report);
      const char *name = g_hash_table_lookup (names, &clerk_id);
      g_autofree char *unknown = NULL;

      if (name == NULL)
        name = unknown = g_strdup_printf ("#%lld", (long long)clerk_id);
      g_ptr_array_add (items, hk_settlement_item_new (report, name));
    }

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  if (selected_day == NULL || !hk_settlement_view_select (self, selected_clerk, selected_day))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  update_summary (self);
  update_subtitle (self);
  update_actions (self);
}

typedef struct
{
  char *first_day;
  char *last_day;
} Period;

static void
period_free (Period *period)
{
  g_free (period->first_day);
  g_free (period->last_day);
  g_free (period);
}

/* In a worker thread: a fortnight of reports takes a while to compute. */
static gpointer
read_reports (HkContext  *context,
              gpointer    data,
              GError    **error)
{
  Period *period = data;

  return hk_daily_report_store_list_range (hk_context_get_daily_report_store (context),
                                           period->first_day, period->last_day, error);
}

static void
on_reports_read_cb (GObject      *source_object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  HkSettlementView *self = HK_SETTLEMENT_VIEW (source_object);
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GError) error = NULL;

  reports = hk_background_query_finish (result, &error);

  /* A newer read replaced this one, or the section is gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_loading (self, FALSE);

  if (reports == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  apply_reports (self, reports);
}

static void
reload (HkSettlementView *self)
{
  Period *period = g_new0 (Period, 1);

  self->dirty = FALSE;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  period->first_day = hk_settlement_shift_day (self->last_day, 1 - HK_SETTLEMENT_PERIOD_DAYS);
  period->last_day = g_strdup (self->last_day);

  set_loading (self, TRUE);
  update_subtitle (self);
  update_actions (self);
  hk_background_query_run (self, get_context (self), read_reports, period,
                           (GDestroyNotify)period_free, (GDestroyNotify)g_ptr_array_unref,
                           self->cancellable, on_reports_read_cb, NULL);
}

/* Reloads now when the list is on screen, or as soon as it is shown again. */
static void
queue_reload (HkSettlementView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->dirty = TRUE;
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  HkSettlementView *self = user_data;
  HkSettlementState state = hk_settlement_item_get_state (item);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  switch (gtk_drop_down_get_selected (self->state_dropdown))
    {
    case SHOW_NOT_SIGNED:
      if (state == HK_SETTLEMENT_STATE_SIGNED)
        return FALSE;
      break;
    case SHOW_MISMATCHES:
      if (state != HK_SETTLEMENT_STATE_MISMATCH)
        return FALSE;
      break;
    default:
      break;
    }

  if (text != NULL && *text != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (text, -1);
      g_autofree char *name = g_utf8_casefold (hk_settlement_item_get_clerk_name (item), -1);

      return strstr (name, needle) != NULL;
    }

  return TRUE;
}

static void
on_filter_changed_cb (HkSettlementView *self)
{
  gtk_filter_changed (gtk_filter_list_model_get_filter (self->filter_model),
                      GTK_FILTER_CHANGE_DIFFERENT);
}

static void
set_last_day (HkSettlementView *self,
              char             *day)
{
  g_autofree char *today = dup_today (self);

  /* Never past today: the days after it hold nothing yet. */
  if (g_strcmp0 (day, today) > 0)
    {
      g_free (day);
      day = g_steal_pointer (&today);
    }

  g_free (self->last_day);
  self->last_day = day;
  reload (self);
}

static void
previous_period_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HkSettlementView *self = HK_SETTLEMENT_VIEW (widget);

  set_last_day (self, hk_settlement_shift_day (self->last_day, -HK_SETTLEMENT_PERIOD_DAYS));
}

static void
next_period_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HkSettlementView *self = HK_SETTLEMENT_VIEW (widget);

  set_last_day (self, hk_settlement_shift_day (self->last_day, HK_SETTLEMENT_PERIOD_DAYS));
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkSettlementView *self = HK_SETTLEMENT_VIEW (widget);

  set_last_day (self, dup_today (self));
}

static void
open_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HkSettlementView *self = HK_SETTLEMENT_VIEW (widget);
  HkSettlementItem *selected = get_selected (self);

  if (selected == NULL)
    return;

  hk_daily_report_page_show (self->report_page, hk_settlement_item_get_clerk_id (selected),
                             hk_settlement_item_get_day (selected));
  gtk_stack_set_visible_child_name (self->main_stack, "report");
  gtk_widget_grab_focus (GTK_WIDGET (self->report_page));
  update_subtitle (self);
  update_actions (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkSettlementView *self = HK_SETTLEMENT_VIEW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "pages");
  if (self->dirty)
    reload (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
  update_subtitle (self);
  update_actions (self);
}

static void
register_book_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HkSettlementView *self = HK_SETTLEMENT_VIEW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "pages");
  adw_view_stack_set_visible_child_name (self->page_stack, "books");
  update_actions (self);
  gtk_widget_activate_action (GTK_WIDGET (self->books_page), "books.register", NULL);
}

static void
on_column_view_activate_cb (HkSettlementView *self,
                            guint             position)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "settlement.open-report", NULL);
}

static void
on_report_page_title_cb (HkSettlementView *self)
{
  update_subtitle (self);
}

static void
hk_settlement_view_map (GtkWidget *widget)
{
  HkSettlementView *self = HK_SETTLEMENT_VIEW (widget);

  GTK_WIDGET_CLASS (hk_settlement_view_parent_class)->map (widget);

  if (self->dirty)
    reload (self);
}

static void
hk_settlement_view_focus_search (HkSection *section)
{
  HkSettlementView *self = HK_SETTLEMENT_VIEW (section);

  gtk_stack_set_visible_child_name (self->main_stack, "pages");
  adw_view_stack_set_visible_child_name (self->page_stack, "days");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
hk_settlement_view_constructed (GObject *object)
{
  HkSettlementView *self = (HkSettlementView *)object;
  HkContext *context;
  GtkCustomFilter *filter;
  AdwViewStackPage *page;
  GtkStackPage *report;

  G_OBJECT_CLASS (hk_settlement_view_parent_class)->constructed (object);

  context = get_context (self);
  self->last_day = dup_today (self);

  filter = gtk_custom_filter_new (filter_item, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->items));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->day_column, GTK_SORT_DESCENDING);

  self->books_page = hk_invoice_books_page_new (context);
  page = adw_view_stack_add_titled (self->page_stack, GTK_WIDGET (self->books_page), "books",
                                    _("Invoice Books"));
  adw_view_stack_page_set_icon_name (page, "accessories-dictionary-symbolic");

  self->report_page = hk_daily_report_page_new (context);
  report = gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->report_page), "report");
  gtk_stack_page_set_title (report, _("Daily Report"));
  g_signal_connect_object (self->report_page, "notify::title",
                           G_CALLBACK (on_report_page_title_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (hk_context_get_daily_report_store (context), "changed",
                           G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_receipt_store (context), "changed",
                           G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_shift_store (context), "changed",
                           G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_invoice_book_store (context), "changed",
                           G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_operator_store (context), "changed",
                           G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);

  reload (self);
}

static void
hk_settlement_view_dispose (GObject *object)
{
  HkSettlementView *self = (HkSettlementView *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  /* The bin's child is a template child: let the bin let go of it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_SETTLEMENT_VIEW);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (hk_settlement_view_parent_class)->dispose (object);
}

static void
hk_settlement_view_finalize (GObject *object)
{
  HkSettlementView *self = (HkSettlementView *)object;

  g_clear_pointer (&self->last_day, g_free);

  G_OBJECT_CLASS (hk_settlement_view_parent_class)->finalize (object);
}

static void
hk_settlement_view_class_init (HkSettlementViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_settlement_view_constructed;
  object_class->dispose = hk_settlement_view_dispose;
  object_class->finalize = hk_settlement_view_finalize;

  widget_class->map = hk_settlement_view_map;

  section_class->main_action_name = "settlement.register-book";
  section_class->main_action_label = N_("_Register Book…");
  section_class->main_action_tooltip = N_("Register an invoice book received from the tax "
                                          "office (Ctrl+N)");
  section_class->focus_search = hk_settlement_view_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-settlement-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkSettlementView, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkSettlementView, day_column);
  gtk_widget_class_bind_template_child (widget_class, HkSettlementView, days_stack);
  gtk_widget_class_bind_template_child (widget_class, HkSettlementView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, HkSettlementView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HkSettlementView, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HkSettlementView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HkSettlementView, selection);
  gtk_widget_class_bind_template_child (widget_class, HkSettlementView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkSettlementView, spinner);
  gtk_widget_class_bind_template_child (widget_class, HkSettlementView, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkSettlementView, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, format_count);
  gtk_widget_class_bind_template_callback (widget_class, format_difference);
  gtk_widget_class_bind_template_callback (widget_class, format_money);
  gtk_widget_class_bind_template_callback (widget_class, format_state);
  gtk_widget_class_bind_template_callback (widget_class, format_state_icon);
  gtk_widget_class_bind_template_callback (widget_class, money_classes);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, update_subtitle);

  gtk_widget_class_install_action (widget_class, "settlement.register-book", NULL,
                                   register_book_action);
  gtk_widget_class_install_action (widget_class, "settlement.open-report", NULL,
                                   open_report_action);
  gtk_widget_class_install_action (widget_class, "settlement.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "settlement.previous-period", NULL,
                                   previous_period_action);
  gtk_widget_class_install_action (widget_class, "settlement.next-period", NULL,
                                   next_period_action);
  gtk_widget_class_install_action (widget_class, "settlement.today", NULL, today_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "settlement.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "settlement.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK,
                                       "settlement.previous-period", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK,
                                       "settlement.next-period", NULL);

  g_type_ensure (HK_TYPE_SETTLEMENT_ITEM);
}

static void
hk_settlement_view_init (HkSettlementView *self)
{
  self->items = g_list_store_new (HK_TYPE_SETTLEMENT_ITEM);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_settlement_view_get_visible_model:
 *
 * Returns: (transfer none): the daily reports as shown (#HkSettlementItem): filtered and sorted
 */
GListModel *
hk_settlement_view_get_visible_model (HkSettlementView *self)
{
  g_return_val_if_fail (HK_IS_SETTLEMENT_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* Selects the report of @clerk_id on @day; FALSE when the list does not show it. */
gboolean
hk_settlement_view_select (HkSettlementView *self,
                           gint64            clerk_id,
                           const char       *day)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (HK_IS_SETTLEMENT_VIEW (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkSettlementItem) item = g_list_model_get_item (model, i);

      if (hk_settlement_item_get_clerk_id (item) == clerk_id &&
          g_strcmp0 (hk_settlement_item_get_day (item), day) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * hk_settlement_view_get_visible_page:
 *
 * Returns: what the section shows: "days" (the overview), "books" or "report"
 */
const char *
hk_settlement_view_get_visible_page (HkSettlementView *self)
{
  g_return_val_if_fail (HK_IS_SETTLEMENT_VIEW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "report") == 0)
    return "report";

  return adw_view_stack_get_visible_child_name (self->page_stack);
}

/* TRUE while the reports of the period are being read. */
gboolean
hk_settlement_view_is_loading (HkSettlementView *self)
{
  g_return_val_if_fail (HK_IS_SETTLEMENT_VIEW (self), FALSE);

  return self->loading;
}

/* The last day of the period shown, "YYYY-MM-DD". */
const char *
hk_settlement_view_get_last_day (HkSettlementView *self)
{
  g_return_val_if_fail (HK_IS_SETTLEMENT_VIEW (self), NULL);

  return self->last_day;
}

HkDailyReportPage *
hk_settlement_view_get_report_page (HkSettlementView *self)
{
  g_return_val_if_fail (HK_IS_SETTLEMENT_VIEW (self), NULL);

  return self->report_page;
}

HkInvoiceBooksPage *
hk_settlement_view_get_books_page (HkSettlementView *self)
{
  g_return_val_if_fail (HK_IS_SETTLEMENT_VIEW (self), NULL);

  return self->books_page;
}
