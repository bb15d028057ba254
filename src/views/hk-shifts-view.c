/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-shifts-view.c: the Shifts section, where the duty manager validates and reopens shifts.
 *
 * Lists every clerk's shifts of one business day (today unless the duty
 * manager picks another with the arrows, Alt+Left and Alt+Right, or the
 * calendar) with the float, the expected and counted cash, the difference and
 * the state; closed shifts waiting for validation sort first. Under the list,
 * the selected shift's cash, its blind count by denomination and the non-cash
 * totals the clerk declared; below rather than beside the list, so that every
 * column fits a laptop's window.
 *
 * Validate (the section's main action, Ctrl+N) confirms a closed shift's count.
 * Reopen asks for a reason and gives the shift back to its clerk, who counts
 * and closes it again. The shift store decides who may do either and refuses
 * on a signed day; its sentence is shown as a toast. The hall supervisor sees
 * the section but validates and reopens nothing unless also a duty manager.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "core/hk-money.h"
#include "hk-cash-desk-format.h"
#include "hk-settlement-item.h"
#include "hk-shift-item.h"
#include "hk-shifts-view.h"

/* The payment methods other than cash, whose totals the clerk declares at the close. */
static const HkPaymentMethod declared_methods[] = {
  HK_PAYMENT_CARD,
  HK_PAYMENT_WECHAT,
  HK_PAYMENT_ALIPAY,
  HK_PAYMENT_CHEQUE,
};

struct _HkShiftsView
{
  HkSection            parent_instance;

  GListStore          *items;
  char                *day;
  gboolean             dirty;
  gboolean             syncing_calendar;
  GtkLabel            *count_labels[HK_N_DENOMINATIONS];
  GtkLabel            *subtotal_labels[HK_N_DENOMINATIONS];
  GtkLabel            *declared_labels[HK_N_PAYMENT_METHODS];
  GtkLabel            *float_label;
  GtkLabel            *moved_label;
  GtkLabel            *expected_label;
  GtkLabel            *counted_label;
  GtkLabel            *difference_label;
  GtkImage            *difference_icon;

  /* Template widgets */
  GtkCalendar         *calendar;
  GtkGrid             *cash_grid;
  GtkLabel            *cash_subtitle;
  GtkLabel            *cash_title;
  GtkColumnView       *column_view;
  GtkGrid             *count_grid;
  GtkMenuButton       *day_button;
  GtkPopover          *day_popover;
  GtkGrid             *declared_grid;
  GtkWidget           *details_separator;
  GtkStack            *details_stack;
  GtkStack            *list_stack;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkColumnViewColumn *state_column;
  GtkLabel            *summary_label;
};

G_DEFINE_FINAL_TYPE (HkShiftsView, hk_shifts_view, HK_TYPE_SECTION)

static HkContext *
get_context (HkShiftsView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static HkOperator *
get_actor (HkShiftsView *self)
{
  return hk_context_get_operator (get_context (self));
}

static gboolean
actor_is_duty_manager (HkShiftsView *self)
{
  HkOperator *actor = get_actor (self);

  return actor != NULL && hk_operator_has_any_role (actor, HK_ROLE_DUTY_MANAGER);
}

static GTimeZone *
get_time_zone (HkShiftsView *self)
{
  return hk_hall_store_get_time_zone (hk_context_get_hall_store (get_context (self)));
}

static char *
dup_today (HkShiftsView *self)
{
  HkContext *context = get_context (self);

  return hk_hall_store_format_day (hk_context_get_hall_store (context),
                                   hk_database_get_now (hk_context_get_database (context)));
}

static HkShiftItem *
get_selected (HkShiftsView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static GtkWindow *
get_parent_window (HkShiftsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static GStrv
difference_classes (gpointer unused,
                    gint64   difference)
{
  const char *classes[] = { "numeric", difference < 0 ? "money-negative" : NULL, NULL };

  return g_strdupv ((char **)classes);
}

static void
update_actions (HkShiftsView *self)
{
  HkShiftItem *selected;
  g_autofree char *today = NULL;
  gboolean duty_manager;
  HkShiftItemState state;

  /* The template's widgets tell of their last changes while they go away. */
  if (self->selection == NULL || self->day == NULL)
    return;

  selected = get_selected (self);
  today = dup_today (self);
  duty_manager = actor_is_duty_manager (self);
  state = selected != NULL ? hk_shift_item_get_state (selected) : HK_SHIFT_ITEM_OPEN;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shifts.validate",
                                 duty_manager && selected != NULL &&
                                 state == HK_SHIFT_ITEM_WAITING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shifts.reopen",
                                 duty_manager && selected != NULL &&
                                 (state == HK_SHIFT_ITEM_WAITING ||
                                  state == HK_SHIFT_ITEM_VALIDATED));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shifts.next-day",
                                 g_strcmp0 (self->day, today) < 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shifts.today",
                                 g_strcmp0 (self->day, today) != 0);
  hk_section_set_main_action_enabled (HK_SECTION (self),
                                      duty_manager && selected != NULL &&
                                      state == HK_SHIFT_ITEM_WAITING);
}

static void
update_summary (HkShiftsView *self)
{
  guint counts[HK_SHIFT_ITEM_VALIDATED + 1] = { 0 };
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkShiftItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      counts[hk_shift_item_get_state (item)]++;
    }

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u shift", "%u shifts", n), n);
  if (counts[HK_SHIFT_ITEM_WAITING] > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u waiting for validation",
                                                 "%u waiting for validation",
                                                 counts[HK_SHIFT_ITEM_WAITING]),
                              counts[HK_SHIFT_ITEM_WAITING]);
    }
  if (counts[HK_SHIFT_ITEM_OPEN] + counts[HK_SHIFT_ITEM_REOPENED] > 0)
    {
      guint open = counts[HK_SHIFT_ITEM_OPEN] + counts[HK_SHIFT_ITEM_REOPENED];

      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u open", "%u open", open),
                              open);
    }
  if (counts[HK_SHIFT_ITEM_VALIDATED] > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u validated", "%u validated",
                                                 counts[HK_SHIFT_ITEM_VALIDATED]),
                              counts[HK_SHIFT_ITEM_VALIDATED]);
    }

  gtk_label_set_label (self->summary_label, text->str);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  gtk_widget_set_visible (self->details_separator, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->details_stack), n > 0);
}

static void
set_money (GtkLabel *label,
           gint64    fen)
{
  g_autofree char *text = hk_money_format (fen);

  gtk_label_set_label (label, text);
  if (fen < 0)
    gtk_widget_add_css_class (GTK_WIDGET (label), "money-negative");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "money-negative");
}

/* The pane on the right: the selected shift's count, or why there is none. */
static void
update_details (HkShiftsView *self)
{
  HkShiftItem *selected = get_selected (self);
  HkShift *shift;
  g_autofree char *title = NULL;
  g_autofree char *opened = NULL;
  g_autofree char *closed = NULL;
  g_autofree char *description = NULL;
  g_autofree char *difference = NULL;
  gint64 counted = 0;

  if (selected == NULL)
    {
      gtk_stack_set_visible_child_name (self->details_stack, "none");
      return;
    }

  shift = hk_shift_item_get_shift (selected);
  if (hk_shift_get_status (shift) == HK_SHIFT_OPEN)
    {
      gtk_stack_set_visible_child_name (self->details_stack, "open");
      return;
    }

  /* Translators: the title of a shift's details, e.g. "Shift of 张丽" */
  title = g_strdup_printf (_("Shift of %s"), hk_shift_item_get_clerk_name (selected));
  opened = hk_cash_desk_format_time (hk_shift_get_opened_at (shift), get_time_zone (self));
  closed = hk_cash_desk_format_time (hk_shift_get_closed_at (shift), get_time_zone (self));
  /* Translators: a shift's times, e.g. "Opened at 08:30, closed at 17:45" */
  description = g_strdup_printf (_("Opened at %s, closed at %s"), opened, closed);
  gtk_label_set_label (self->cash_title, title);
  gtk_label_set_label (self->cash_subtitle, description);

  set_money (self->float_label, hk_shift_get_opening_float (shift));
  set_money (self->moved_label,
             hk_shift_store_sum_movements (hk_context_get_shift_store (get_context (self)),
                                           hk_shift_get_id (shift)));
  set_money (self->expected_label, hk_shift_get_expected_cash (shift));
  set_money (self->counted_label, hk_shift_get_counted_cash (shift));

  difference = hk_cash_desk_format_difference_brief (hk_shift_get_cash_difference (shift));
  gtk_label_set_label (self->difference_label, difference);
  gtk_image_set_from_icon_name (self->difference_icon,
                                hk_shift_item_difference_icon_name (
                                  hk_shift_get_cash_difference (shift)));
  if (hk_shift_get_cash_difference (shift) < 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->difference_label), "money-negative");
      gtk_widget_add_css_class (GTK_WIDGET (self->difference_icon), "money-negative");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->difference_label), "money-negative");
      gtk_widget_remove_css_class (GTK_WIDGET (self->difference_icon), "money-negative");
    }

  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    {
      gint64 count = hk_shift_get_count (shift, i);
      g_autofree char *count_text = g_strdup_printf ("%lld", (long long)count);
      g_autofree char *subtotal = hk_money_format (count * hk_denominations[i]);

      gtk_label_set_label (self->count_labels[i], count_text);
      gtk_label_set_label (self->subtotal_labels[i], subtotal);
      counted += count * hk_denominations[i];
    }

  for (guint i = 0; i < G_N_ELEMENTS (declared_methods); i++)
    set_money (self->declared_labels[declared_methods[i]],
               hk_shift_get_declared (shift, declared_methods[i]));

  gtk_stack_set_visible_child_name (self->details_stack, "count");
}

static void
on_selection_changed_cb (HkShiftsView *self)
{
  if (self->selection == NULL || self->details_stack == NULL)
    return;

  update_details (self);
  update_actions (self);
}

/* The operators' display names by id, from the operator store. */
static GHashTable *
collect_names (HkShiftsView *self)
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

static const char *
lookup_name (GHashTable *names,
             gint64      id,
             char      **unknown)
{
  const char *name = g_hash_table_lookup (names, &id);

  if (name == NULL)
    name = *unknown = g_strdup_printf ("#%lld", (long long)id);

  return name;
}

/* Reads the day's shifts of every operator who has any, keeping the selected one selected. */
static void
reload (HkShiftsView *self)
{
  HkShiftStore *store = hk_context_get_shift_store (get_context (self));
  GListModel *operators = hk_operator_store_get_model (
                            hk_context_get_operator_store (get_context (self)));
  HkShiftItem *selected = get_selected (self);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) names = collect_names (self);
  gint64 selected_id = selected != NULL ? hk_shift_item_get_id (selected) : 0;

  self->dirty = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) clerk = g_list_model_get_item (operators, i);
      g_autoptr(GPtrArray) shifts = NULL;
      g_autoptr(GError) error = NULL;

      shifts = hk_shift_store_list_day (store, hk_operator_get_id (clerk), self->day, &error);
      if (shifts == NULL)
        {
          hk_section_show_error (HK_SECTION (self), error);
          break;
        }

      for (guint s = 0; s < shifts->len; s++)
        {
          HkShift *shift = g_ptr_array_index (shifts, s);
          g_autofree char *unknown_validator = NULL;
          const char *validator = NULL;

          if (hk_shift_get_validated_by (shift) != 0)
            validator = lookup_name (names, hk_shift_get_validated_by (shift),
                                     &unknown_validator);

          g_ptr_array_add (items, hk_shift_item_new (shift, hk_operator_get_display_name (clerk),
                                                     validator, get_time_zone (self)));
        }
    }

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  if (selected_id == 0 || !hk_shifts_view_select (self, selected_id))
    gtk_single_selection_set_selected (self->selection,
                                       items->len > 0 ? 0 : GTK_INVALID_LIST_POSITION);

  update_summary (self);
  update_details (self);
  update_actions (self);
}

/* Reloads now when the section is on screen, or as soon as it is shown again. */
static void
queue_reload (HkShiftsView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->dirty = TRUE;
}

/* Shows @day's shifts (never a day after today); takes @day. */
static void
show_day (HkShiftsView *self,
          char         *day)
{
  g_autofree char *today = dup_today (self);
  g_autofree char *label = NULL;

  if (day == NULL)
    return;

  if (g_strcmp0 (day, today) > 0)
    {
      g_free (day);
      day = g_steal_pointer (&today);
    }

  g_free (self->day);
  self->day = day;

  label = hk_settlement_format_day (self->day);
  gtk_menu_button_set_label (self->day_button, label);
  hk_section_set_subtitle (HK_SECTION (self), label);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  reload (self);
}

static void
previous_day_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HkShiftsView *self = HK_SHIFTS_VIEW (widget);

  show_day (self, hk_settlement_shift_day (self->day, -1));
}

static void
next_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkShiftsView *self = HK_SHIFTS_VIEW (widget);

  show_day (self, hk_settlement_shift_day (self->day, 1));
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkShiftsView *self = HK_SHIFTS_VIEW (widget);

  show_day (self, dup_today (self));
}

/* The calendar opens on the day shown. */
static void
on_day_popover_show_cb (HkShiftsView *self)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, mday;

  if (sscanf (self->day, "%4d-%2d-%2d", &year, &month, &mday) != 3)
    return;

  date = g_date_time_new_local (year, month, mday, 12, 0, 0);
  self->syncing_calendar = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->syncing_calendar = FALSE;
}

static void
on_calendar_day_selected_cb (HkShiftsView *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->syncing_calendar)
    return;

  date = gtk_calendar_get_date (self->calendar);
  gtk_popover_popdown (self->day_popover);
  show_day (self, g_date_time_format (date, "%Y-%m-%d"));
}

static void
validate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkShiftsView *self = HK_SHIFTS_VIEW (widget);
  HkShiftItem *selected = get_selected (self);
  g_autoptr(HkShift) validated = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *clerk = NULL;
  g_autofree char *message = NULL;

  if (selected == NULL)
    return;

  clerk = g_strdup (hk_shift_item_get_clerk_name (selected));
  validated = hk_shift_store_validate (hk_context_get_shift_store (get_context (self)),
                                       get_actor (self), hk_shift_item_get_shift (selected),
                                       &error);
  if (validated == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  /* Translators: e.g. "The shift of 张丽 is validated" */
  message = g_strdup_printf (_("The shift of %s is validated"), clerk);
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
on_reopen_reason_changed_cb (AdwMessageDialog *dialog,
                             GtkEditable      *entry)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "reopen", *reason != '\0');
}

static void
on_reopen_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       HkShiftsView     *self)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);
  GtkEditable *entry = GTK_EDITABLE (gtk_widget_get_first_child (list));
  HkShiftItem *item = g_object_get_data (G_OBJECT (dialog), "item");
  g_autoptr(HkShift) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "reopen") != 0)
    return;

  reopened = hk_shift_store_reopen (hk_context_get_shift_store (get_context (self)),
                                    get_actor (self), hk_shift_item_get_shift (item),
                                    gtk_editable_get_text (entry), &error);
  if (reopened == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  /* Translators: e.g. "The shift of 张丽 is open again for a new count" */
  message = g_strdup_printf (_("The shift of %s is open again for a new count"),
                             hk_shift_item_get_clerk_name (item));
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkShiftsView *self = HK_SHIFTS_VIEW (widget);
  HkShiftItem *selected = get_selected (self);
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *entry;

  if (selected == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self),
                                                       _("Reopen the Shift?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("The shift of %s goes back to the clerk, who counts the "
                                    "drawer and closes it again. This count stays in the audit "
                                    "log with your name and the reason."),
                                  hk_shift_item_get_clerk_name (selected));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "reopen", _("_Reopen Shift"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reopen", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "reopen", FALSE);

  /* A boxed list with one entry row, as in the forms. */
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  entry = adw_entry_row_new ();
  gtk_widget_set_name (entry, "reason");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("Reason for reopening"));
  gtk_list_box_append (GTK_LIST_BOX (list), entry);
  adw_message_dialog_set_extra_child (dialog, list);

  g_object_set_data_full (G_OBJECT (dialog), "item", g_object_ref (selected), g_object_unref);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reopen_reason_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reopen_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* A label of the details under the list; a value when @value, else a title. */
static GtkLabel *
new_detail_label (const char *text,
                  const char *name,
                  gboolean    value)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), value ? 1 : 0);
  if (name != NULL)
    gtk_widget_set_name (label, name);
  if (value)
    {
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    gtk_widget_add_css_class (label, "dim-label");

  return GTK_LABEL (label);
}

/* A title and a value in row @row of @grid; returns the value's label. */
static GtkLabel *
add_value_row (GtkGrid    *grid,
               int         row,
               const char *title,
               const char *name)
{
  GtkLabel *label = new_detail_label (NULL, name, TRUE);

  gtk_grid_attach (grid, GTK_WIDGET (new_detail_label (title, NULL, FALSE)), 0, row, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (label), 1, row, 1, 1);

  return label;
}

static void
build_details (HkShiftsView *self)
{
  GtkWidget *box;

  self->float_label = add_value_row (self->cash_grid, 0, _("Opening float"), "detail-float");
  self->moved_label = add_value_row (self->cash_grid, 1, _("Cash moved in or out"),
                                     "detail-moved");
  self->expected_label = add_value_row (self->cash_grid, 2, _("Expected"), "detail-expected");
  self->counted_label = add_value_row (self->cash_grid, 3, _("Counted"), "detail-counted");

  /* The difference says itself with an icon and words, not by its colour alone. */
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  self->difference_icon = g_object_new (GTK_TYPE_IMAGE,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                        NULL);
  self->difference_label = new_detail_label (NULL, "detail-difference", TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->difference_icon));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->difference_label));
  gtk_grid_attach (self->cash_grid, GTK_WIDGET (new_detail_label (_("Difference"), NULL, FALSE)),
                   0, 4, 1, 1);
  gtk_grid_attach (self->cash_grid, box, 1, 4, 1, 1);

  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    {
      g_autofree char *title = hk_cash_desk_format_denomination (hk_denominations[i]);
      g_autofree char *name = g_strdup_printf ("count-%lld", (long long)hk_denominations[i]);
      g_autofree char *subtotal_name = g_strdup_printf ("subtotal-%lld",
                                                        (long long)hk_denominations[i]);

      self->count_labels[i] = add_value_row (self->count_grid, (int)i, title, name);
      self->subtotal_labels[i] = new_detail_label (NULL, subtotal_name, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->subtotal_labels[i]), "dim-label");
      gtk_grid_attach (self->count_grid, GTK_WIDGET (self->subtotal_labels[i]), 2, (int)i, 1, 1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (declared_methods); i++)
    {
      HkPaymentMethod method = declared_methods[i];
      g_autofree char *name = g_strdup_printf ("declared-%s", hk_payment_method_to_id (method));

      self->declared_labels[method] = add_value_row (self->declared_grid, (int)i,
                                                     hk_payment_method_get_title (method), name);
    }
}

static void
hk_shifts_view_map (GtkWidget *widget)
{
  HkShiftsView *self = HK_SHIFTS_VIEW (widget);

  GTK_WIDGET_CLASS (hk_shifts_view_parent_class)->map (widget);

  if (self->dirty)
    reload (self);
}

static void
hk_shifts_view_constructed (GObject *object)
{
  HkShiftsView *self = (HkShiftsView *)object;
  HkContext *context;

  G_OBJECT_CLASS (hk_shifts_view_parent_class)->constructed (object);

  context = get_context (self);

  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->items));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->state_column, GTK_SORT_ASCENDING);

  build_details (self);

  g_signal_connect_object (hk_context_get_shift_store (context), "changed",
                           G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_operator_store (context), "changed",
                           G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);

  show_day (self, dup_today (self));
}

static void
hk_shifts_view_dispose (GObject *object)
{
  HkShiftsView *self = (HkShiftsView *)object;

  /* The bin's child is a template child: let the bin let go of it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_SHIFTS_VIEW);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (hk_shifts_view_parent_class)->dispose (object);
}

static void
hk_shifts_view_finalize (GObject *object)
{
  HkShiftsView *self = (HkShiftsView *)object;

  g_clear_pointer (&self->day, g_free);

  G_OBJECT_CLASS (hk_shifts_view_parent_class)->finalize (object);
}

static void
hk_shifts_view_class_init (HkShiftsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_shifts_view_constructed;
  object_class->dispose = hk_shifts_view_dispose;
  object_class->finalize = hk_shifts_view_finalize;

  widget_class->map = hk_shifts_view_map;

  section_class->main_action_name = "shifts.validate";
  section_class->main_action_label = N_("_Validate");
  section_class->main_action_tooltip = N_("Confirm the selected shift’s blind count (Ctrl+N)");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-shifts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, calendar);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, cash_grid);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, cash_subtitle);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, cash_title);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, count_grid);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, day_button);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, day_popover);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, declared_grid);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, details_separator);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, details_stack);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, selection);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, state_column);
  gtk_widget_class_bind_template_child (widget_class, HkShiftsView, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, difference_classes);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "shifts.validate", NULL, validate_action);
  gtk_widget_class_install_action (widget_class, "shifts.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "shifts.previous-day", NULL,
                                   previous_day_action);
  gtk_widget_class_install_action (widget_class, "shifts.next-day", NULL, next_day_action);
  gtk_widget_class_install_action (widget_class, "shifts.today", NULL, today_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "shifts.previous-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK,
                                       "shifts.previous-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "shifts.next-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_ALT_MASK,
                                       "shifts.next-day", NULL);

  g_type_ensure (HK_TYPE_SHIFT_ITEM);
}

static void
hk_shifts_view_init (HkShiftsView *self)
{
  self->items = g_list_store_new (HK_TYPE_SHIFT_ITEM);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_shifts_view_get_visible_model:
 *
 * Returns: (transfer none): the day's shifts as shown (#HkShiftItem), sorted; also the
 *   selection
 */
GListModel *
hk_shifts_view_get_visible_model (HkShiftsView *self)
{
  g_return_val_if_fail (HK_IS_SHIFTS_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* Selects the shift @shift_id; FALSE when the list does not show it. */
gboolean
hk_shifts_view_select (HkShiftsView *self,
                       gint64        shift_id)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (HK_IS_SHIFTS_VIEW (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkShiftItem) item = g_list_model_get_item (model, i);

      if (hk_shift_item_get_id (item) == shift_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* The business day shown, "YYYY-MM-DD". */
const char *
hk_shifts_view_get_day (HkShiftsView *self)
{
  g_return_val_if_fail (HK_IS_SHIFTS_VIEW (self), NULL);

  return self->day;
}

/* Shows the shifts of @day, "YYYY-MM-DD" (today at the latest). */
void
hk_shifts_view_set_day (HkShiftsView *self,
                        const char   *day)
{
  g_return_if_fail (HK_IS_SHIFTS_VIEW (self));
  g_return_if_fail (day != NULL);

  show_day (self, g_strdup (day));
}
