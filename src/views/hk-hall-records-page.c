/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-records-page.c: the Hall section's Records page: the day's incidents (保安), cash
 * escort trips (协助交款) and briefings (班前会、班后讲评).
 *
 * Three short lists of the day shown, each with the form that adds to it. Guards and cleaners
 * do not log in: the duty manager enters what they report, with their names. A serious
 * incident without its report says "Report due" and offers Write Report; the duty log cannot
 * be signed until it is written. A briefing's attendance is ticked from the hall's staff.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-hall-form.h"
#include "hk-hall-format.h"
#include "hk-hall-records-page.h"

struct _HkHallRecordsPage
{
  HkHallPage           parent_instance;

  char                *day;
  HkDutyShift          shift;
  GtkListBox          *incidents_list;
  GtkListBox          *escorts_list;
  GtkListBox          *briefings_list;

  /* Template widgets */
  AdwPreferencesGroup *briefings_group;
  AdwPreferencesGroup *escorts_group;
  AdwPreferencesGroup *incidents_group;
};

G_DEFINE_FINAL_TYPE (HkHallRecordsPage, hk_hall_records_page, HK_TYPE_HALL_PAGE)

static HkContext *
get_context (HkHallRecordsPage *self)
{
  return hk_hall_page_get_context (HK_HALL_PAGE (self));
}

static HkDutyStore *
get_store (HkHallRecordsPage *self)
{
  return hk_hall_page_get_duty_store (HK_HALL_PAGE (self));
}

static gint64
get_now (HkHallRecordsPage *self)
{
  return hk_database_get_now (hk_context_get_database (get_context (self)));
}

/* ---- the lists ---- */

static void
show_incidents (HkHallRecordsPage *self,
                GPtrArray         *incidents)
{
  hk_hall_format_clear_list (self->incidents_list);
  if (incidents->len == 0)
    gtk_list_box_append (self->incidents_list,
                         hk_hall_format_new_empty_row (_("No incident this day.")));

  for (guint i = 0; i < incidents->len; i++)
    {
      HkIncident *incident = g_ptr_array_index (incidents, i);
      const char *reported_to = hk_incident_get_reported_to (incident);
      g_autofree char *at = hk_hall_format_time (get_context (self),
                                                 hk_incident_get_occurred_at (incident));
      g_autofree char *title = NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);
      GtkWidget *row;

      /* Translators: "10:20 Disturbance, Counter 3" */
      title = g_strdup_printf (_("%s %s, %s"), at,
                               hk_incident_kind_get_title (hk_incident_get_kind (incident)),
                               hk_incident_get_place (incident));
      /* Translators: who was involved in an incident, "People: a customer and 刘军" */
      g_string_append_printf (subtitle, _("People: %s"), hk_incident_get_people (incident));
      g_string_append (subtitle, "\n");
      g_string_append_printf (subtitle, _("Action taken: %s"),
                              hk_incident_get_action_taken (incident));
      if (reported_to != NULL && *reported_to != '\0')
        {
          g_string_append (subtitle, "\n");
          g_string_append_printf (subtitle, _("Reported to: %s"), reported_to);
        }
      if (hk_incident_get_report (incident) != NULL)
        {
          g_string_append (subtitle, "\n");
          g_string_append_printf (subtitle, _("Duty manager’s report: %s"),
                                  hk_incident_get_report (incident));
        }

      row = hk_hall_format_new_row (title, subtitle->str);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      if (hk_incident_is_serious (incident) && hk_incident_get_reported_at (incident) == 0)
        {
          GtkWidget *report = gtk_button_new_with_mnemonic (_("Write _Report…"));

          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     hk_hall_format_new_state ("dialog-warning-symbolic",
                                                               _("Report due"), "error"));
          gtk_widget_set_valign (report, GTK_ALIGN_CENTER);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (report), "records.report");
          gtk_actionable_set_action_target_value (GTK_ACTIONABLE (report),
                                                  g_variant_new_int64 (
                                                    hk_incident_get_id (incident)));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), report);
        }
      else if (hk_incident_is_serious (incident))
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   hk_hall_format_new_state ("emblem-ok-symbolic",
                                                             _("Report written"), NULL));
      gtk_list_box_append (self->incidents_list, row);
    }
}

static void
show_escorts (HkHallRecordsPage *self,
              GPtrArray         *escorts)
{
  hk_hall_format_clear_list (self->escorts_list);
  if (escorts->len == 0)
    gtk_list_box_append (self->escorts_list,
                         hk_hall_format_new_empty_row (_("No trip to the bank this day.")));

  for (guint i = 0; i < escorts->len; i++)
    {
      HkCashEscort *escort = g_ptr_array_index (escorts, i);
      g_autofree char *left = hk_hall_format_time (get_context (self),
                                                   hk_cash_escort_get_left_at (escort));
      g_autofree char *back = hk_hall_format_time (get_context (self),
                                                   hk_cash_escort_get_returned_at (escort));
      g_autofree char *amount = hk_money_format (hk_cash_escort_get_amount (escort));
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *label;

      /* Translators: an escort trip, "Out 16:10, back 16:45" */
      title = g_strdup_printf (_("Out %s, back %s"), left, back);
      /* Translators: "Carried by 张丽, guard 刘军" */
      subtitle = g_strdup_printf (_("Carried by %s, guard %s"),
                                  hk_cash_escort_get_carrier (escort),
                                  hk_cash_escort_get_guard (escort));
      row = hk_hall_format_new_row (title, subtitle);
      label = gtk_label_new (amount);
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_list_box_append (self->escorts_list, row);
    }
}

static void
show_briefings (HkHallRecordsPage *self,
                GPtrArray         *briefings)
{
  hk_hall_format_clear_list (self->briefings_list);
  if (briefings->len == 0)
    gtk_list_box_append (self->briefings_list,
                         hk_hall_format_new_empty_row (_("No briefing recorded this day.")));

  for (guint i = 0; i < briefings->len; i++)
    {
      HkBriefing *briefing = g_ptr_array_index (briefings, i);
      const char * const *present = hk_briefing_get_present (briefing);
      const char * const *absent = hk_briefing_get_absent (briefing);
      g_autofree char *at = hk_hall_format_time (get_context (self),
                                                 hk_briefing_get_held_at (briefing));
      g_autofree char *present_text = g_strjoinv ("、", (char **)present);
      g_autofree char *title = NULL;
      g_autoptr(GString) subtitle = g_string_new (hk_briefing_get_content (briefing));
      GtkWidget *row;

      /* Translators: "08:30 Pre-shift briefing by 郑伟" */
      title = g_strdup_printf (_("%s %s by %s"), at,
                               hk_briefing_kind_get_title (hk_briefing_get_kind (briefing)),
                               hk_briefing_get_held_by_name (briefing));
      g_string_append (subtitle, "\n");
      g_string_append_printf (subtitle, _("Present: %s"), present_text);
      if (absent != NULL && absent[0] != NULL)
        {
          g_autofree char *absent_text = g_strjoinv ("、", (char **)absent);

          g_string_append (subtitle, "\n");
          g_string_append_printf (subtitle, _("Absent: %s"), absent_text);
        }
      row = hk_hall_format_new_row (title, subtitle->str);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (self->briefings_list, row);
    }
}

static void
reload (HkHallRecordsPage *self)
{
  g_autoptr(GPtrArray) incidents = NULL;
  g_autoptr(GPtrArray) escorts = NULL;
  g_autoptr(GPtrArray) briefings = NULL;
  g_autoptr(GError) error = NULL;
  gboolean writer = hk_hall_format_can_keep_books (get_context (self));

  if (self->day == NULL)
    return;

  if (!(incidents = hk_duty_store_list_incidents (get_store (self), self->day, self->day,
                                                  &error)) ||
      !(escorts = hk_duty_store_list_cash_escorts (get_store (self), self->day, self->day,
                                                   &error)) ||
      !(briefings = hk_duty_store_list_briefings (get_store (self), self->day, self->day,
                                                  &error)))
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  show_incidents (self, incidents);
  show_escorts (self, escorts);
  show_briefings (self, briefings);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "records.incident", writer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "records.escort", writer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "records.briefing", writer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "records.report", writer);
}

/* ---- the forms ---- */

static GListModel *
new_titles (const char *(*get_title) (int value),
            guint        n)
{
  GtkStringList *titles = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (titles, get_title ((int)i));

  return G_LIST_MODEL (titles);
}

static const char *
incident_kind_title (int kind)
{
  return hk_incident_kind_get_title ((HkIncidentKind)kind);
}

static const char *
briefing_kind_title (int kind)
{
  return hk_briefing_kind_get_title ((HkBriefingKind)kind);
}

/* The time typed in the row @name, on the day shown, not after now. */
static char *
check_time (HkHallRecordsPage *self,
            AdwMessageDialog  *form,
            const char        *name,
            const char        *title,
            gint64            *at)
{
  if (!hk_hall_format_parse_time (get_context (self), self->day, hk_hall_form_get_text (form, name),
                                  at))
    /* Translators: "Type “Time out” as hours and minutes, e.g. 16:05." */
    return g_strdup_printf (_("Type “%s” as hours and minutes, e.g. 16:05."), title);

  if (*at > get_now (self))
    /* Translators: "“Time out” is later than now." */
    return g_strdup_printf (_("“%s” is later than now."), title);

  return NULL;
}

static char *
check_incident (AdwMessageDialog *form,
                gpointer          user_data)
{
  gint64 at;

  return check_time (user_data, form, "time", _("Time"), &at);
}

static void
on_incident_response_cb (AdwMessageDialog  *form,
                         const char        *response,
                         HkHallRecordsPage *self)
{
  g_autoptr(HkIncident) incident = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  HkIncidentInput input = { 0 };

  if (g_strcmp0 (response, "record") != 0 ||
      (problem = check_time (self, form, "time", _("Time"), &input.occurred_at)) != NULL)
    return;

  input.kind = (HkIncidentKind)hk_hall_form_get_choice (form, "kind");
  input.place = hk_hall_form_get_text (form, "place");
  input.people = hk_hall_form_get_text (form, "people");
  input.action_taken = hk_hall_form_get_text (form, "action");
  input.reported_to = hk_hall_form_get_text (form, "reported-to");
  input.serious = hk_hall_form_get_active (form, "serious");

  incident = hk_duty_store_record_incident (get_store (self),
                                            hk_context_get_operator (get_context (self)), &input,
                                            &error);
  if (incident == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  hk_hall_format_show_toast (GTK_WIDGET (self),
                             input.serious ? _("The incident is recorded; write its report "
                                               "before the shift ends")
                                           : _("The incident is recorded"));
}

static void
incident_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkHallRecordsPage *self = HK_HALL_RECORDS_PAGE (widget);
  g_autofree char *now = hk_hall_format_time (get_context (self), get_now (self));
  AdwMessageDialog *form;

  form = hk_hall_form_new (widget, _("Record an Incident?"),
                           _("What happened, when and where, who was involved, what was done "
                             "and to whom it was reported."),
                           "record", _("_Record Incident"));
  hk_hall_form_add_choice (form, "kind", _("Kind"),
                           new_titles (incident_kind_title, HK_INCIDENT_N_KINDS), 0);
  hk_hall_form_add_entry (form, "time", _("Time"), now, TRUE);
  hk_hall_form_add_entry (form, "place", _("Where"), NULL, TRUE);
  hk_hall_form_add_entry (form, "people", _("People involved"), NULL, TRUE);
  hk_hall_form_add_entry (form, "action", _("Action taken"), NULL, TRUE);
  hk_hall_form_add_entry (form, "reported-to", _("Reported to (optional)"), NULL, FALSE);
  hk_hall_form_add_check (form, "serious", _("Serious: the duty manager reports on it within "
                                             "the shift"), FALSE);
  hk_hall_form_set_check (form, check_incident, self);
  hk_hall_form_present (form, G_CALLBACK (on_incident_response_cb), self);
}

static void
on_report_response_cb (AdwMessageDialog  *form,
                       const char        *response,
                       HkHallRecordsPage *self)
{
  gint64 incident_id = *(gint64 *)g_object_get_data (G_OBJECT (form), "incident-id");
  g_autoptr(HkIncident) incident = NULL;
  g_autoptr(HkIncident) reported = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "report") != 0)
    return;

  if (!(incident = hk_duty_store_lookup_incident (get_store (self), incident_id, &error)) ||
      !(reported = hk_duty_store_report_incident (get_store (self),
                                                  hk_context_get_operator (get_context (self)),
                                                  incident, hk_hall_form_get_text (form, "report"),
                                                  &error)))
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  hk_hall_format_show_toast (GTK_WIDGET (self), _("The incident report is recorded"));
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gint64 *incident_id = g_new (gint64, 1);
  AdwMessageDialog *form;

  *incident_id = g_variant_get_int64 (parameter);
  form = hk_hall_form_new (widget, _("Write the Incident Report?"),
                           _("The duty manager’s report on a serious incident: what was found, "
                             "what was done and what follows. It is recorded with your name and "
                             "the time."),
                           "report", _("_Record Report"));
  hk_hall_form_add_entry (form, "report", _("What the duty manager reports"), NULL, TRUE);
  g_object_set_data_full (G_OBJECT (form), "incident-id", incident_id, g_free);
  hk_hall_form_present (form, G_CALLBACK (on_report_response_cb), widget);
}

/* The escort trip's times and amount, or the first problem with them. */
static char *
read_escort (HkHallRecordsPage *self,
             AdwMessageDialog  *form,
             HkCashEscortInput *input)
{
  char *problem;

  if ((problem = check_time (self, form, "left", _("Time out"), &input->left_at)) != NULL ||
      (problem = check_time (self, form, "returned", _("Time back"), &input->returned_at)) != NULL)
    return problem;

  if (input->returned_at <= input->left_at)
    return g_strdup (_("“Time back” comes after “Time out”."));

  if (!hk_money_parse (hk_hall_form_get_text (form, "amount"), &input->amount, NULL) ||
      input->amount <= 0)
    return g_strdup (_("Type the amount handed over, e.g. 12,800.00."));

  return NULL;
}

static char *
check_escort (AdwMessageDialog *form,
              gpointer          user_data)
{
  HkCashEscortInput input = { 0 };

  return read_escort (user_data, form, &input);
}

static void
on_escort_response_cb (AdwMessageDialog  *form,
                       const char        *response,
                       HkHallRecordsPage *self)
{
  g_autoptr(HkCashEscort) escort = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  HkCashEscortInput input = { 0 };

  if (g_strcmp0 (response, "record") != 0 ||
      (problem = read_escort (self, form, &input)) != NULL)
    return;

  input.carrier = hk_hall_form_get_text (form, "carrier");
  input.guard = hk_hall_form_get_text (form, "guard");
  input.note = hk_hall_form_get_text (form, "note");
  escort = hk_duty_store_record_cash_escort (get_store (self),
                                             hk_context_get_operator (get_context (self)), &input,
                                             &error);
  if (escort == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  hk_hall_format_show_toast (GTK_WIDGET (self), _("The trip to the bank is recorded"));
}

static void
escort_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkHallRecordsPage *self = HK_HALL_RECORDS_PAGE (widget);
  g_autofree char *now = hk_hall_format_time (get_context (self), get_now (self));
  AdwMessageDialog *form;

  form = hk_hall_form_new (widget, _("Record a Trip to the Bank?"),
                           _("The takings taken to the bank: when the carrier and the guard "
                             "left and came back, and the amount handed over."),
                           "record", _("_Record Trip"));
  hk_hall_form_add_entry (form, "left", _("Time out"), NULL, TRUE);
  hk_hall_form_add_entry (form, "returned", _("Time back"), now, TRUE);
  hk_hall_form_add_entry (form, "amount", _("Amount handed over"), NULL, TRUE);
  hk_hall_form_add_entry (form, "carrier", _("Carried by"), NULL, TRUE);
  hk_hall_form_add_entry (form, "guard", _("Guard"), NULL, TRUE);
  hk_hall_form_add_entry (form, "note", _("Note (optional)"), NULL, FALSE);
  hk_hall_form_set_check (form, check_escort, self);
  hk_hall_form_present (form, G_CALLBACK (on_escort_response_cb), self);
}

static void
on_briefing_response_cb (AdwMessageDialog  *form,
                         const char        *response,
                         HkHallRecordsPage *self)
{
  GPtrArray *names = g_object_get_data (G_OBJECT (form), "names");
  g_autoptr(GPtrArray) present = g_ptr_array_new ();
  g_autoptr(GPtrArray) absent = g_ptr_array_new ();
  g_autoptr(HkBriefing) briefing = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "record") != 0)
    return;

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *row = g_strdup_printf ("attendee-%u", i);

      g_ptr_array_add (hk_hall_form_get_active (form, row) ? present : absent,
                       g_ptr_array_index (names, i));
    }
  g_ptr_array_add (present, NULL);
  g_ptr_array_add (absent, NULL);

  briefing = hk_duty_store_record_briefing (get_store (self),
                                            hk_context_get_operator (get_context (self)), self->day,
                                            self->shift,
                                            (HkBriefingKind)hk_hall_form_get_choice (form, "kind"),
                                            hk_hall_form_get_text (form, "content"),
                                            (const char * const *)present->pdata,
                                            (const char * const *)absent->pdata, &error);
  if (briefing == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  hk_hall_format_show_toast (GTK_WIDGET (self), _("The briefing is recorded"));
}

static void
briefing_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkHallRecordsPage *self = HK_HALL_RECORDS_PAGE (widget);
  GListModel *operators = hk_operator_store_get_model (
                            hk_context_get_operator_store (get_context (self)));
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  AdwMessageDialog *form;

  form = hk_hall_form_new (widget, _("Record a Briefing?"),
                           _("The requirements given before the shift, or what went well or not "
                             "after it; tick who attended."),
                           "record", _("_Record Briefing"));
  hk_hall_form_add_choice (form, "kind", _("Kind"),
                           new_titles (briefing_kind_title, HK_BRIEFING_N_KINDS),
                           HK_BRIEFING_PRE_SHIFT);
  hk_hall_form_add_entry (form, "content", _("Said"), NULL, TRUE);

  /* The attendance, ticked from the hall's staff who serve the hall floor. */
  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);
      g_autofree char *row = NULL;

      if (!hk_operator_get_active (operator) ||
          hk_operator_get_roles (operator) == HK_ROLE_ADMINISTRATOR)
        continue;

      row = g_strdup_printf ("attendee-%u", names->len);
      hk_hall_form_add_check (form, row, hk_operator_get_display_name (operator), TRUE);
      g_ptr_array_add (names, g_strdup (hk_operator_get_display_name (operator)));
    }
  g_object_set_data_full (G_OBJECT (form), "names", names, (GDestroyNotify)g_ptr_array_unref);
  hk_hall_form_present (form, G_CALLBACK (on_briefing_response_cb), self);
}

/* ---- the class ---- */

static void
hk_hall_records_page_constructed (GObject *object)
{
  HkHallRecordsPage *self = (HkHallRecordsPage *)object;

  G_OBJECT_CLASS (hk_hall_records_page_parent_class)->constructed (object);

  self->incidents_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Incidents")));
  adw_preferences_group_add (self->incidents_group, GTK_WIDGET (self->incidents_list));
  self->escorts_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Cash escort trips")));
  adw_preferences_group_add (self->escorts_group, GTK_WIDGET (self->escorts_list));
  self->briefings_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Briefings")));
  adw_preferences_group_add (self->briefings_group, GTK_WIDGET (self->briefings_list));

  g_signal_connect_object (get_store (self), "changed::incident", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (get_store (self), "changed::escort", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (get_store (self), "changed::briefing", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
}

static void
hk_hall_records_page_finalize (GObject *object)
{
  HkHallRecordsPage *self = (HkHallRecordsPage *)object;

  g_clear_pointer (&self->day, g_free);

  G_OBJECT_CLASS (hk_hall_records_page_parent_class)->finalize (object);
}

static void
hk_hall_records_page_class_init (HkHallRecordsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_hall_records_page_constructed;
  object_class->finalize = hk_hall_records_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-hall-records-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkHallRecordsPage, briefings_group);
  gtk_widget_class_bind_template_child (widget_class, HkHallRecordsPage, escorts_group);
  gtk_widget_class_bind_template_child (widget_class, HkHallRecordsPage, incidents_group);

  gtk_widget_class_install_action (widget_class, "records.incident", NULL, incident_action);
  gtk_widget_class_install_action (widget_class, "records.report", "x", report_action);
  gtk_widget_class_install_action (widget_class, "records.escort", NULL, escort_action);
  gtk_widget_class_install_action (widget_class, "records.briefing", NULL, briefing_action);
}

static void
hk_hall_records_page_init (HkHallRecordsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkHallRecordsPage *
hk_hall_records_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_HALL_RECORDS_PAGE, "context", context, NULL);
}

/* Shows the records of @day, "YYYY-MM-DD"; a briefing is recorded for @shift. */
void
hk_hall_records_page_show (HkHallRecordsPage *self,
                           const char        *day,
                           HkDutyShift        shift)
{
  g_return_if_fail (HK_IS_HALL_RECORDS_PAGE (self));
  g_return_if_fail (day != NULL);

  g_free (self->day);
  self->day = g_strdup (day);
  self->shift = shift;
  reload (self);
}
