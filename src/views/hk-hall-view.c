/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-view.c: the Hall section: the duty manager's day and the supervisor's records.
 *
 * Issue 12's hall operations, for the duty manager and the hall supervisor. The pages sit
 * under a view switcher, as in Complaints and Repairs: each is a book the duty desk keeps
 * (the duty log, the safety checks and faults, the cleaning rounds), and they share the day
 * and the shift chosen in the bar above them, so that going back through the history by day
 * (the arrows, Alt+Left and Alt+Right, or the calendar, as in Shifts) moves every page
 * together. The pages are full-width pages rather than a list and a side pane: a duty log is a
 * form to read and write, not a row to pick.
 *
 * The shift follows the clock when the section opens (the early shift until 13:30, the late
 * one after). Report Fault (the section's main action, Ctrl+N) opens the fault form of the
 * Safety page. Export to Excel (Ctrl+E) asks for a month and a file and saves the month's
 * duty logs, incidents and training records in a thread, with its progress and Cancel beside
 * the button and a toast at the end.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "hk-complaint-format.h"
#include "hk-hall-export.h"
#include "hk-hall-format.h"
#include "hk-hall-view.h"
#include "hk-settlement-item.h"

/* How many months the export offers, the month shown first. */
#define N_EXPORT_MONTHS 13

struct _HkHallView
{
  HkSection        parent_instance;

  char            *day;
  HkDutyShift      shift;
  gboolean         syncing;
  HkDutyLogPage   *duty_log_page;
  HkSafetyPage    *safety_page;
  HkCleaningPage  *cleaning_page;
  HkHallRecordsPage *records_page;
  HkTrainingPage  *training_page;
  HkDemandPage    *demand_page;
  GCancellable    *export_cancellable;
  guint            export_timer_id;
  int              export_progress_permille;
  char            *export_path;
  char            *export_month;

  /* Template widgets */
  GtkCalendar     *calendar;
  GtkMenuButton   *day_button;
  GtkPopover      *day_popover;
  GtkBox          *export_box;
  GtkProgressBar  *export_progress;
  AdwViewStack    *page_stack;
  GtkDropDown     *shift_dropdown;
  GtkLabel        *summary_label;
};

G_DEFINE_FINAL_TYPE (HkHallView, hk_hall_view, HK_TYPE_SECTION)

static HkContext *
get_context (HkHallView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static HkDutyStore *
get_store (HkHallView *self)
{
  return hk_context_get_duty_store (get_context (self));
}

/* The day and shift on duty at the database's clock. */
static HkDutyShift
find_current_shift (HkHallView *self,
                    const char *today)
{
  gint64 now = hk_database_get_now (hk_context_get_database (get_context (self)));
  g_autofree char *day = NULL;
  HkDutyShift shift;
  gint64 late_start, late_end;

  if (hk_duty_store_shift_at (get_store (self), now, &day, &shift))
    return shift;

  if (hk_duty_store_get_shift_bounds (get_store (self), today, HK_DUTY_SHIFT_LATE, &late_start,
                                      &late_end, NULL) &&
      now >= late_start)
    return HK_DUTY_SHIFT_LATE;

  return HK_DUTY_SHIFT_EARLY;
}

static void
update_actions (HkHallView *self)
{
  g_autofree char *today = NULL;
  gboolean exporting;

  if (self->day == NULL || get_context (self) == NULL)
    return;

  today = hk_hall_format_today (get_context (self));
  exporting = self->export_cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "hall.next-day",
                                 g_strcmp0 (self->day, today) < 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "hall.export", !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "hall.cancel-export", exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "hall.report-fault",
                                 hk_hall_format_can_keep_books (get_context (self)));
  hk_section_set_main_action_enabled (HK_SECTION (self),
                                      hk_hall_format_can_keep_books (get_context (self)));
}

static void
update_subtitle (HkHallView *self)
{
  g_autofree char *day = NULL;
  g_autofree char *subtitle = NULL;
  const char *page;

  if (self->day == NULL || self->page_stack == NULL)
    return;

  day = hk_settlement_format_day (self->day);
  page = adw_view_stack_get_visible_child_name (self->page_stack);
  /* The shift matters on the pages of the duty log and the safety check. */
  if (g_strcmp0 (page, "duty-log") != 0 && g_strcmp0 (page, "safety") != 0)
    subtitle = g_steal_pointer (&day);
  else
    /* Translators: the section's subtitle, "Early shift, 2026-10-05 Mon" */
    subtitle = g_strdup_printf (_("%s, %s"), hk_duty_shift_get_title (self->shift), day);

  hk_section_set_subtitle (HK_SECTION (self), subtitle);
}

/* What is waiting, from the log's facts: open faults, missed rounds, reports due. */
static void
update_summary (HkHallView *self)
{
  HkDutyLog *log = self->duty_log_page != NULL
                   ? hk_duty_log_page_get_log (self->duty_log_page) : NULL;
  HkDutyLogFacts *facts = log != NULL ? hk_duty_log_get_facts (log) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (facts == NULL)
    {
      gtk_label_set_label (self->summary_label, "");
      return;
    }

  g_string_append (text, hk_duty_log_status_get_title (hk_duty_log_get_status (log)));
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u open fault", "%u open faults",
                                             facts->open_faults), facts->open_faults);
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u missed cleaning round",
                                             "%u missed cleaning rounds",
                                             facts->missed_cleaning_rounds),
                          facts->missed_cleaning_rounds);
  if (facts->incidents_awaiting_report > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u incident report due",
                                                 "%u incident reports due",
                                                 facts->incidents_awaiting_report),
                              facts->incidents_awaiting_report);
    }

  gtk_label_set_label (self->summary_label, text->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->summary_label), text->str);
}

/* Shows @day (today at the latest) and @shift on every page; takes @day. */
static void
show_day (HkHallView  *self,
          char        *day,
          HkDutyShift  shift)
{
  g_autofree char *today = hk_hall_format_today (get_context (self));
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
  self->shift = shift;

  label = hk_settlement_format_day (self->day);
  gtk_menu_button_set_label (self->day_button, label);
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->shift_dropdown, shift);
  self->syncing = FALSE;

  hk_duty_log_page_show (self->duty_log_page, self->day, self->shift);
  hk_safety_page_show (self->safety_page, self->day, self->shift);
  hk_cleaning_page_show (self->cleaning_page, self->day);
  hk_hall_records_page_show (self->records_page, self->day, self->shift);
  hk_training_page_show (self->training_page, self->day);
  hk_demand_page_show (self->demand_page, self->day);

  update_subtitle (self);
  update_summary (self);
  update_actions (self);
}

static void
on_shift_changed_cb (HkHallView *self)
{
  if (self->syncing || self->day == NULL)
    return;

  show_day (self, g_strdup (self->day),
            (HkDutyShift)gtk_drop_down_get_selected (self->shift_dropdown));
}

static void
previous_day_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HkHallView *self = HK_HALL_VIEW (widget);

  show_day (self, hk_settlement_shift_day (self->day, -1), self->shift);
}

static void
next_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkHallView *self = HK_HALL_VIEW (widget);

  show_day (self, hk_settlement_shift_day (self->day, 1), self->shift);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkHallView *self = HK_HALL_VIEW (widget);
  g_autofree char *today = hk_hall_format_today (get_context (self));
  HkDutyShift shift = find_current_shift (self, today);

  show_day (self, g_steal_pointer (&today), shift);
}

static void
on_day_popover_show_cb (HkHallView *self)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, mday;

  if (sscanf (self->day, "%4d-%2d-%2d", &year, &month, &mday) != 3)
    return;

  date = g_date_time_new_local (year, month, mday, 12, 0, 0);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->syncing = FALSE;
}

static void
on_calendar_day_selected_cb (HkHallView *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->syncing)
    return;

  date = gtk_calendar_get_date (self->calendar);
  gtk_popover_popdown (self->day_popover);
  show_day (self, g_date_time_format (date, "%Y-%m-%d"), self->shift);
}

static void
report_fault_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HkHallView *self = HK_HALL_VIEW (widget);

  adw_view_stack_set_visible_child_name (self->page_stack, "safety");
  gtk_widget_activate_action (GTK_WIDGET (self->safety_page), "safety.report-fault", NULL);
}

/* ---- export ---- */

static gboolean
on_export_timer_cb (gpointer user_data)
{
  HkHallView *self = user_data;

  gtk_progress_bar_set_fraction (self->export_progress,
                                 g_atomic_int_get (&self->export_progress_permille) / 1000.0);

  return G_SOURCE_CONTINUE;
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  HkHallView *self = HK_HALL_VIEW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *month = NULL;
  g_autofree char *message = NULL;

  g_clear_object (&self->export_cancellable);
  g_clear_handle_id (&self->export_timer_id, g_source_remove);
  if (self->export_box != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->export_box), FALSE);

  if (!hk_hall_export_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        hk_section_show_toast (HK_SECTION (self), _("Export cancelled; no file was written"));
      else
        hk_section_show_error (HK_SECTION (self), error);
    }
  else
    {
      name = g_filename_display_basename (self->export_path);
      month = hk_complaint_format_month (self->export_month);
      /* Translators: "The hall operations of October 2026 are saved in hall-2026-10.xlsx" */
      message = g_strdup_printf (_("The hall operations of %s are saved in %s"), month, name);
      hk_section_show_toast (HK_SECTION (self), message);
    }

  update_actions (self);
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
on_export_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               HkHallView      *self)
{
  const char *month = g_object_get_data (G_OBJECT (chooser), "month");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    hk_hall_view_export_month (self, month, file);

  g_object_unref (chooser);
}

static void
choose_export_file (HkHallView *self,
                    const char *month)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = hk_hall_export_suggest_name (month);

  chooser = gtk_file_chooser_native_new (_("Export Hall Operations"),
                                         hk_hall_format_get_window (GTK_WIDGET (self)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "month", g_strdup (month), g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chooser_response_cb), self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
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
on_export_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       HkHallView       *self)
{
  GtkDropDown *months = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *month = NULL;

  if (g_strcmp0 (response, "export") != 0)
    return;

  month = month_before (self->day, (int)gtk_drop_down_get_selected (months));
  choose_export_file (self, month);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkHallView *self = HK_HALL_VIEW (widget);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *months;

  for (int i = 0; i < N_EXPORT_MONTHS; i++)
    {
      g_autofree char *month = month_before (self->day, i);
      g_autofree char *title = hk_complaint_format_month (month);

      gtk_string_list_append (titles, title);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (hk_hall_format_get_window (widget),
                                                       _("Export a Month?"),
                                                       _("The month’s duty logs with their "
                                                         "facts and remarks, the incidents, "
                                                         "and the training sessions and "
                                                         "assessments, in an Excel workbook.")));
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
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (months);
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HkHallView *self = HK_HALL_VIEW (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

/* ---- the section ---- */

static void
add_page (HkHallView *self,
          GtkWidget  *page,
          const char *name,
          const char *title,
          const char *icon_name)
{
  AdwViewStackPage *stack_page = adw_view_stack_add_titled (self->page_stack, page, name, title);

  adw_view_stack_page_set_icon_name (stack_page, icon_name);
}

static void
hk_hall_view_constructed (GObject *object)
{
  HkHallView *self = (HkHallView *)object;
  HkContext *context;
  g_autoptr(GtkStringList) shifts = gtk_string_list_new (NULL);
  g_autofree char *today = NULL;

  G_OBJECT_CLASS (hk_hall_view_parent_class)->constructed (object);

  context = get_context (self);

  for (guint i = 0; i < HK_DUTY_N_SHIFTS; i++)
    gtk_string_list_append (shifts, hk_duty_shift_get_title ((HkDutyShift)i));
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->shift_dropdown, G_LIST_MODEL (shifts));
  self->syncing = FALSE;

  self->duty_log_page = hk_duty_log_page_new (context);
  add_page (self, GTK_WIDGET (self->duty_log_page), "duty-log", _("Duty Log"),
            "document-edit-symbolic");
  self->safety_page = hk_safety_page_new (context);
  add_page (self, GTK_WIDGET (self->safety_page), "safety", _("Safety and Faults"),
            "security-medium-symbolic");
  self->cleaning_page = hk_cleaning_page_new (context);
  add_page (self, GTK_WIDGET (self->cleaning_page), "cleaning", _("Cleaning Rounds"),
            "edit-clear-all-symbolic");
  self->records_page = hk_hall_records_page_new (context);
  add_page (self, GTK_WIDGET (self->records_page), "records", _("Incidents and Trips"),
            "dialog-warning-symbolic");
  self->training_page = hk_training_page_new (context);
  add_page (self, GTK_WIDGET (self->training_page), "training", _("Training"),
            "x-office-address-book-symbolic");
  self->demand_page = hk_demand_page_new (context);
  add_page (self, GTK_WIDGET (self->demand_page), "demand", _("Customer Demand"),
            "system-search-symbolic");

  g_signal_connect_object (get_store (self), "changed", G_CALLBACK (update_summary), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  today = hk_hall_format_today (context);
  show_day (self, g_strdup (today), find_current_shift (self, today));
}

static void
hk_hall_view_dispose (GObject *object)
{
  HkHallView *self = (HkHallView *)object;

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_handle_id (&self->export_timer_id, g_source_remove);

  /* The bin's child is a template child: let the bin let go of it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_HALL_VIEW);
  g_clear_object (&self->export_cancellable);

  G_OBJECT_CLASS (hk_hall_view_parent_class)->dispose (object);
}

static void
hk_hall_view_finalize (GObject *object)
{
  HkHallView *self = (HkHallView *)object;

  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->export_path, g_free);
  g_clear_pointer (&self->export_month, g_free);

  G_OBJECT_CLASS (hk_hall_view_parent_class)->finalize (object);
}

static void
hk_hall_view_class_init (HkHallViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_hall_view_constructed;
  object_class->dispose = hk_hall_view_dispose;
  object_class->finalize = hk_hall_view_finalize;

  section_class->main_action_name = "hall.report-fault";
  section_class->main_action_label = N_("_Report Fault…");
  section_class->main_action_tooltip = N_("Report a facility fault (Ctrl+N)");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-hall-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkHallView, calendar);
  gtk_widget_class_bind_template_child (widget_class, HkHallView, day_button);
  gtk_widget_class_bind_template_child (widget_class, HkHallView, day_popover);
  gtk_widget_class_bind_template_child (widget_class, HkHallView, export_box);
  gtk_widget_class_bind_template_child (widget_class, HkHallView, export_progress);
  gtk_widget_class_bind_template_child (widget_class, HkHallView, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HkHallView, shift_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkHallView, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_shift_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_subtitle);

  gtk_widget_class_install_action (widget_class, "hall.previous-day", NULL, previous_day_action);
  gtk_widget_class_install_action (widget_class, "hall.next-day", NULL, next_day_action);
  gtk_widget_class_install_action (widget_class, "hall.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "hall.report-fault", NULL, report_fault_action);
  gtk_widget_class_install_action (widget_class, "hall.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "hall.cancel-export", NULL,
                                   cancel_export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "hall.previous-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK,
                                       "hall.previous-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "hall.next-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_ALT_MASK,
                                       "hall.next-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "hall.export", NULL);
}

static void
hk_hall_view_init (HkHallView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The day shown, "YYYY-MM-DD". */
const char *
hk_hall_view_get_day (HkHallView *self)
{
  g_return_val_if_fail (HK_IS_HALL_VIEW (self), NULL);

  return self->day;
}

HkDutyShift
hk_hall_view_get_shift (HkHallView *self)
{
  g_return_val_if_fail (HK_IS_HALL_VIEW (self), HK_DUTY_SHIFT_EARLY);

  return self->shift;
}

/* Shows @day, "YYYY-MM-DD" (today at the latest), and @shift on every page. */
void
hk_hall_view_show_day (HkHallView  *self,
                       const char  *day,
                       HkDutyShift  shift)
{
  g_return_if_fail (HK_IS_HALL_VIEW (self));
  g_return_if_fail (day != NULL);

  show_day (self, g_strdup (day), shift);
}

/* "duty-log", "safety", "cleaning", "records", "training" or "demand". */
const char *
hk_hall_view_get_visible_page (HkHallView *self)
{
  g_return_val_if_fail (HK_IS_HALL_VIEW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->page_stack);
}

void
hk_hall_view_show_page (HkHallView *self,
                        const char *page)
{
  g_return_if_fail (HK_IS_HALL_VIEW (self));

  adw_view_stack_set_visible_child_name (self->page_stack, page);
}

HkDutyLogPage *
hk_hall_view_get_duty_log_page (HkHallView *self)
{
  g_return_val_if_fail (HK_IS_HALL_VIEW (self), NULL);

  return self->duty_log_page;
}

HkSafetyPage *
hk_hall_view_get_safety_page (HkHallView *self)
{
  g_return_val_if_fail (HK_IS_HALL_VIEW (self), NULL);

  return self->safety_page;
}

HkCleaningPage *
hk_hall_view_get_cleaning_page (HkHallView *self)
{
  g_return_val_if_fail (HK_IS_HALL_VIEW (self), NULL);

  return self->cleaning_page;
}

HkHallRecordsPage *
hk_hall_view_get_records_page (HkHallView *self)
{
  g_return_val_if_fail (HK_IS_HALL_VIEW (self), NULL);

  return self->records_page;
}

/**
 * hk_hall_view_export_month:
 * @month: "YYYY-MM"
 * @file: the workbook to write
 *
 * Exports the month's hall operations to @file, as Export to Excel does once the month and
 * the file are chosen: in a thread, with the progress shown and a toast at the end.
 */
void
hk_hall_view_export_month (HkHallView *self,
                           const char *month,
                           GFile      *file)
{
  g_autofree char *path = NULL;

  g_return_if_fail (HK_IS_HALL_VIEW (self));
  g_return_if_fail (month != NULL && G_IS_FILE (file));

  if (self->export_cancellable != NULL || (path = dup_export_path (file)) == NULL)
    return;

  self->export_cancellable = g_cancellable_new ();
  g_free (self->export_path);
  self->export_path = g_strdup (path);
  g_free (self->export_month);
  self->export_month = g_strdup (month);

  gtk_progress_bar_set_fraction (self->export_progress, 0.0);
  gtk_widget_set_visible (GTK_WIDGET (self->export_box), TRUE);
  self->export_timer_id = g_timeout_add (100, on_export_timer_cb, self);
  update_actions (self);

  hk_hall_export_run (self, get_context (self), month, path, &self->export_progress_permille,
                      self->export_cancellable, on_export_done_cb, NULL);
}

gboolean
hk_hall_view_is_exporting (HkHallView *self)
{
  g_return_val_if_fail (HK_IS_HALL_VIEW (self), FALSE);

  return self->export_cancellable != NULL;
}
