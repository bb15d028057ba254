/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-duty-log-page.c: the Hall section's Duty Log page: one shift's duty log (值班日志).
 *
 * At the top, what the app already knows about the shift from the other records: receipts by
 * hour, complaints received and overdue, overdue repairs, daily reports not signed, opinion
 * book entries waiting, open faults, the safety checks, incidents and missed cleaning rounds.
 * They are live while the log is open and frozen when it is signed. Below them the duty
 * manager writes six texts and saves (Ctrl+S) as often as needed; the outgoing duty manager
 * signs, which locks the log, and the incoming one acknowledges it. After signing nothing is
 * edited: remarks are appended under the log. The shift's open faults and incidents are
 * listed under the texts, as the paper book had them.
 *
 * The line beside the buttons says where the log is: not written, saved, changed and not
 * saved, signed (by whom, when), acknowledged. The section chooses the day and shift shown.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-duty-log-page.h"
#include "hk-hall-form.h"
#include "hk-hall-format.h"
#include "hk-settlement-item.h"

typedef const char *(*HkDutyLogTextGetter) (HkDutyLog *log);

/* The texts the duty manager writes, in the order of the page and of HkDutyLogInput. */
static const struct
{
  const char          *name;
  const char          *title;
  HkDutyLogTextGetter  get;
} log_texts[] = {
  { "log-staff-on-duty", N_("Staff on duty"), hk_duty_log_get_staff_on_duty },
  { "log-deployment", N_("Deployment: counters opened by hour"), hk_duty_log_get_deployment },
  { "log-busy-periods", N_("Busy periods"), hk_duty_log_get_busy_periods },
  { "log-notable-events", N_("Notable events"), hk_duty_log_get_notable_events },
  { "log-escalations", N_("Problems escalated"), hk_duty_log_get_escalations },
  { "log-handover-notes", N_("Handover notes"), hk_duty_log_get_handover_notes },
};

#define N_LOG_TEXTS G_N_ELEMENTS (log_texts)

/* The pre-filled facts; @attention: a number above zero is something to act on. */
static const struct
{
  const char *name;
  const char *title;
  gsize       offset;
  gboolean    attention;
} log_facts[] = {
  { "fact-receipts", N_("Receipts issued"), G_STRUCT_OFFSET (HkDutyLogFacts, receipts), FALSE },
  { "fact-complaints", N_("Complaints received"),
    G_STRUCT_OFFSET (HkDutyLogFacts, complaints_received), FALSE },
  { "fact-overdue-complaints", N_("Complaints overdue"),
    G_STRUCT_OFFSET (HkDutyLogFacts, overdue_complaints), TRUE },
  { "fact-overdue-repairs", N_("Repairs overdue"),
    G_STRUCT_OFFSET (HkDutyLogFacts, overdue_repairs), TRUE },
  { "fact-unsigned-reports", N_("Daily reports not signed"),
    G_STRUCT_OFFSET (HkDutyLogFacts, unsigned_daily_reports), TRUE },
  { "fact-opinion-entries", N_("Opinion book entries waiting"),
    G_STRUCT_OFFSET (HkDutyLogFacts, opinion_entries_waiting), TRUE },
  { "fact-open-faults", N_("Facility faults open"),
    G_STRUCT_OFFSET (HkDutyLogFacts, open_faults), TRUE },
  { "fact-safety-checks", N_("Safety checks done"),
    G_STRUCT_OFFSET (HkDutyLogFacts, safety_checks), FALSE },
  { "fact-failed-items", N_("Safety check items failed"),
    G_STRUCT_OFFSET (HkDutyLogFacts, failed_safety_items), TRUE },
  { "fact-incidents", N_("Incidents"), G_STRUCT_OFFSET (HkDutyLogFacts, incidents), FALSE },
  { "fact-unreported-incidents", N_("Serious incidents without a report"),
    G_STRUCT_OFFSET (HkDutyLogFacts, incidents_awaiting_report), TRUE },
  { "fact-missed-rounds", N_("Cleaning rounds missed"),
    G_STRUCT_OFFSET (HkDutyLogFacts, missed_cleaning_rounds), TRUE },
};

#define N_LOG_FACTS G_N_ELEMENTS (log_facts)

struct _HkDutyLogPage
{
  HkHallPage            parent_instance;

  char                 *day;
  HkDutyShift           shift;
  HkDutyLog            *log;
  char                 *state;
  gboolean              modified;
  gboolean              loading;
  GtkTextView          *text_views[N_LOG_TEXTS];
  GtkLabel             *fact_labels[N_LOG_FACTS];
  GtkImage             *fact_icons[N_LOG_FACTS];
  AdwActionRow         *hours_row;
  GtkListBox           *faults_list;
  GtkListBox           *incidents_list;
  GtkListBox           *remarks_list;

  /* Template widgets */
  AdwPreferencesGroup  *facts_group;
  AdwPreferencesGroup  *faults_group;
  AdwPreferencesGroup  *incidents_group;
  AdwPreferencesGroup  *remarks_group;
  GtkButton            *save_button;
  GtkImage             *state_icon;
  GtkLabel             *state_label;
  AdwPreferencesGroup  *texts_group;
};

G_DEFINE_FINAL_TYPE (HkDutyLogPage, hk_duty_log_page, HK_TYPE_HALL_PAGE)

static HkContext *
get_context (HkDutyLogPage *self)
{
  return hk_hall_page_get_context (HK_HALL_PAGE (self));
}

static HkDutyStore *
get_store (HkDutyLogPage *self)
{
  return hk_hall_page_get_duty_store (HK_HALL_PAGE (self));
}

static gboolean
is_open (HkDutyLogPage *self)
{
  return self->log != NULL && hk_duty_log_get_status (self->log) == HK_DUTY_LOG_OPEN;
}

static char *
dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
has_text (HkDutyLogPage *self)
{
  for (guint i = 0; i < N_LOG_TEXTS; i++)
    {
      g_autofree char *text = dup_text (self->text_views[i]);

      if (*g_strstrip (text) != '\0')
        return TRUE;
    }

  return FALSE;
}

/* "Early shift of 2026-10-05 Mon" */
static char *
describe_shift (HkDutyLogPage *self)
{
  g_autofree char *day = hk_settlement_format_day (self->day);

  /* Translators: "Early shift, 2026-10-05 Mon" */
  return g_strdup_printf (_("%s, %s"), hk_duty_shift_get_title (self->shift), day);
}

static void
update_state (HkDutyLogPage *self)
{
  const char *icon = "document-new-symbolic";
  g_autofree char *state = NULL;

  if (self->log == NULL)
    state = g_strdup ("");
  else if (self->modified)
    {
      icon = "document-edit-symbolic";
      state = g_strdup (_("Changed, not saved yet"));
    }
  else
    switch (hk_duty_log_get_status (self->log))
      {
      case HK_DUTY_LOG_OPEN:
        if (hk_duty_log_get_id (self->log) == 0)
          state = g_strdup (_("Not written yet"));
        else
          {
            g_autofree char *at = hk_hall_format_moment (get_context (self),
                                                         hk_duty_log_get_written_at (self->log));

            icon = "document-edit-symbolic";
            /* Translators: "Saved by 郑伟 at 2026-10-05 12:40; not signed yet" */
            state = g_strdup_printf (_("Saved by %s at %s; not signed yet"),
                                     hk_duty_log_get_written_by_name (self->log), at);
          }
        break;
      case HK_DUTY_LOG_SIGNED:
        {
          g_autofree char *at = hk_hall_format_moment (get_context (self),
                                                       hk_duty_log_get_signed_at (self->log));

          icon = "changes-prevent-symbolic";
          /* Translators: "Signed by 郑伟 at 2026-10-05 13:30; locked, waiting for the incoming
           * duty manager" */
          state = g_strdup_printf (_("Signed by %s at %s; locked, waiting for the incoming "
                                     "duty manager"),
                                   hk_duty_log_get_signed_by_name (self->log), at);
        }
        break;
      case HK_DUTY_LOG_ACKNOWLEDGED:
      default:
        {
          g_autofree char *signed_at =
            hk_hall_format_moment (get_context (self), hk_duty_log_get_signed_at (self->log));
          g_autofree char *acknowledged_at =
            hk_hall_format_moment (get_context (self), hk_duty_log_get_acknowledged_at (self->log));

          icon = "emblem-ok-symbolic";
          /* Translators: "Signed by 郑伟 at 2026-10-05 13:30, acknowledged by 李强 at
           * 2026-10-05 13:35" */
          state = g_strdup_printf (_("Signed by %s at %s, acknowledged by %s at %s"),
                                   hk_duty_log_get_signed_by_name (self->log), signed_at,
                                   hk_duty_log_get_acknowledged_by_name (self->log),
                                   acknowledged_at);
        }
        break;
      }

  gtk_image_set_from_icon_name (self->state_icon, icon);
  gtk_label_set_label (self->state_label, state);
  g_free (self->state);
  self->state = g_steal_pointer (&state);
}

static void
update_actions (HkDutyLogPage *self)
{
  gboolean writer;
  gboolean open;
  HkOperator *actor;

  if (self->log == NULL || self->save_button == NULL)
    return;

  writer = hk_hall_format_can_keep_books (get_context (self));
  open = is_open (self);
  actor = hk_context_get_operator (get_context (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "duty-log.save",
                                 writer && open && self->modified && has_text (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "duty-log.sign",
                                 writer && open &&
                                 (hk_duty_log_get_id (self->log) != 0 || self->modified) &&
                                 has_text (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "duty-log.acknowledge",
                                 writer && actor != NULL &&
                                 hk_duty_log_get_status (self->log) == HK_DUTY_LOG_SIGNED &&
                                 hk_duty_log_get_signed_by (self->log) !=
                                 hk_operator_get_id (actor));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "duty-log.remark", writer && !open);

  for (guint i = 0; i < N_LOG_TEXTS; i++)
    gtk_text_view_set_editable (self->text_views[i], writer && open);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button),
                               !writer ? _("Only a duty manager or the hall supervisor writes "
                                           "the duty log")
                               : !open ? _("The log is signed: add a remark instead")
                               : _("Save the duty log; it stays open for changes until it is "
                                   "signed (Ctrl+S)"));
}

static void
on_text_changed_cb (HkDutyLogPage *self)
{
  if (self->loading)
    return;

  self->modified = TRUE;
  update_state (self);
  update_actions (self);
}

/* ---- showing a log ---- */

static void
show_facts (HkDutyLogPage *self)
{
  HkDutyLogFacts *facts = hk_duty_log_get_facts (self->log);
  g_autoptr(GString) hours = g_string_new (NULL);
  g_autofree char *as_of = NULL;
  g_autofree char *description = NULL;

  if (facts == NULL)
    return;

  for (guint i = 0; i < N_LOG_FACTS; i++)
    {
      guint value = G_STRUCT_MEMBER (guint, facts, log_facts[i].offset);
      g_autofree char *text = g_strdup_printf ("%u", value);
      gboolean alert = log_facts[i].attention && value > 0;

      gtk_label_set_label (self->fact_labels[i], text);
      gtk_widget_set_visible (GTK_WIDGET (self->fact_icons[i]), alert);
      if (alert)
        gtk_widget_add_css_class (GTK_WIDGET (self->fact_labels[i]), "warning");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->fact_labels[i]), "warning");
    }

  for (guint hour = 0; hour < 24; hour++)
    if (facts->receipts_per_hour[hour] > 0)
      {
        if (hours->len > 0)
          g_string_append (hours, " · ");
        /* Translators: receipts in one hour, "09:00 30" */
        g_string_append_printf (hours, _("%02u:00 %u"), hour, facts->receipts_per_hour[hour]);
      }
  adw_action_row_set_subtitle (self->hours_row,
                               hours->len > 0 ? hours->str : _("No receipt in the shift yet"));

  as_of = hk_hall_format_moment (get_context (self), facts->as_of);
  if (facts->frozen)
    /* Translators: "As they were when the log was signed, at 2026-10-05 13:30." */
    description = g_strdup_printf (_("As they were when the log was signed, at %s."), as_of);
  else
    /* Translators: "As of 2026-10-05 11:20, from the cash desk, complaints, repairs, reports
     * and the hall’s books; signing the log freezes them." */
    description = g_strdup_printf (_("As of %s, from the cash desk, complaints, repairs, "
                                     "reports and the hall’s books; signing the log freezes "
                                     "them."), as_of);
  adw_preferences_group_set_description (self->facts_group, description);
}

static void
show_faults (HkDutyLogPage *self)
{
  GPtrArray *faults = hk_duty_log_get_open_faults (self->log);

  hk_hall_format_clear_list (self->faults_list);
  if (faults == NULL || faults->len == 0)
    {
      gtk_list_box_append (self->faults_list,
                           hk_hall_format_new_empty_row (_("No facility fault is open.")));
      return;
    }

  for (guint i = 0; i < faults->len; i++)
    {
      HkFacilityFault *fault = g_ptr_array_index (faults, i);
      g_autofree char *at = hk_hall_format_moment (get_context (self),
                                                   hk_facility_fault_get_reported_at (fault));
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      /* Translators: "Entrance · reported by 郑伟 at 2026-10-05 08:10" */
      subtitle = g_strdup_printf (_("%s · reported by %s at %s"),
                                  hk_facility_fault_get_location (fault),
                                  hk_facility_fault_get_reported_by_name (fault), at);
      row = hk_hall_format_new_row (hk_facility_fault_get_description (fault), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 hk_hall_format_new_state (
                                   "dialog-warning-symbolic",
                                   hk_fault_severity_get_title (
                                     hk_facility_fault_get_severity (fault)),
                                   hk_facility_fault_get_severity (fault) == HK_FAULT_CRITICAL
                                   ? "error" : "warning"));
      gtk_list_box_append (self->faults_list, row);
    }
}

static void
show_incidents (HkDutyLogPage *self)
{
  GPtrArray *incidents = hk_duty_log_get_incidents (self->log);

  hk_hall_format_clear_list (self->incidents_list);
  if (incidents == NULL || incidents->len == 0)
    {
      gtk_list_box_append (self->incidents_list,
                           hk_hall_format_new_empty_row (_("No incident in this shift.")));
      return;
    }

  for (guint i = 0; i < incidents->len; i++)
    {
      HkIncident *incident = g_ptr_array_index (incidents, i);
      g_autofree char *at = hk_hall_format_time (get_context (self),
                                                 hk_incident_get_occurred_at (incident));
      g_autofree char *title = NULL;
      GtkWidget *row;

      /* Translators: "10:20 Disturbance, Counter 3" */
      title = g_strdup_printf (_("%s %s, %s"), at,
                               hk_incident_kind_get_title (hk_incident_get_kind (incident)),
                               hk_incident_get_place (incident));
      row = hk_hall_format_new_row (title, hk_incident_get_action_taken (incident));
      if (hk_incident_is_serious (incident) && hk_incident_get_reported_at (incident) == 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   hk_hall_format_new_state ("dialog-warning-symbolic",
                                                             _("Report due"), "error"));
      else if (hk_incident_is_serious (incident))
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   hk_hall_format_new_state ("emblem-ok-symbolic",
                                                             _("Report written"), NULL));
      gtk_list_box_append (self->incidents_list, row);
    }
}

static void
show_remarks (HkDutyLogPage *self)
{
  GPtrArray *remarks = hk_duty_log_get_remarks (self->log);

  hk_hall_format_clear_list (self->remarks_list);
  gtk_widget_set_visible (GTK_WIDGET (self->remarks_group), !is_open (self));
  if (remarks == NULL || remarks->len == 0)
    {
      gtk_list_box_append (self->remarks_list,
                           hk_hall_format_new_empty_row (_("No remark. What comes to light "
                                                           "after signing is added here with "
                                                           "Add Remark.")));
      return;
    }

  for (guint i = 0; i < remarks->len; i++)
    {
      HkDutyLogRemark *remark = g_ptr_array_index (remarks, i);
      g_autofree char *at = hk_hall_format_moment (get_context (self),
                                                   hk_duty_log_remark_get_written_at (remark));
      g_autofree char *subtitle = NULL;

      /* Translators: "By 李强 at 2026-10-05 15:00" */
      subtitle = g_strdup_printf (_("By %s at %s"),
                                  hk_duty_log_remark_get_written_by_name (remark), at);
      gtk_list_box_append (self->remarks_list,
                           hk_hall_format_new_row (hk_duty_log_remark_get_text (remark),
                                                   subtitle));
    }
}

static void
show_log (HkDutyLogPage *self,
          HkDutyLog     *log)
{
  g_set_object (&self->log, log);

  self->loading = TRUE;
  for (guint i = 0; i < N_LOG_TEXTS; i++)
    {
      const char *text = log_texts[i].get (log);

      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_views[i]),
                                text != NULL ? text : "", -1);
    }
  self->loading = FALSE;
  self->modified = FALSE;

  show_facts (self);
  show_faults (self);
  show_incidents (self);
  show_remarks (self);
  update_state (self);
  update_actions (self);
}

static void
load (HkDutyLogPage *self)
{
  g_autoptr(HkDutyLog) log = NULL;
  g_autoptr(GError) error = NULL;

  if (self->day == NULL)
    return;

  log = hk_duty_store_get_log (get_store (self), self->day, self->shift, &error);
  if (log == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  show_log (self, log);
}

/* ---- actions ---- */

static gboolean
save (HkDutyLogPage *self)
{
  char *texts[N_LOG_TEXTS];
  HkDutyLogInput input;
  g_autoptr(HkDutyLog) saved = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_LOG_TEXTS; i++)
    texts[i] = dup_text (self->text_views[i]);

  input = (HkDutyLogInput) {
    .staff_on_duty = texts[0],
    .deployment = texts[1],
    .busy_periods = texts[2],
    .notable_events = texts[3],
    .escalations = texts[4],
    .handover_notes = texts[5],
  };
  saved = hk_duty_store_save_log (get_store (self),
                                  hk_context_get_operator (get_context (self)),
                                  self->day, self->shift, &input, &error);

  for (guint i = 0; i < N_LOG_TEXTS; i++)
    g_free (texts[i]);

  if (saved == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }

  show_log (self, saved);

  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkDutyLogPage *self = HK_DUTY_LOG_PAGE (widget);
  g_autofree char *shift = NULL;
  g_autofree char *message = NULL;

  if (!save (self))
    return;

  shift = describe_shift (self);
  /* Translators: "The duty log of Early shift, 2026-10-05 Mon is saved" */
  message = g_strdup_printf (_("The duty log of %s is saved"), shift);
  hk_hall_format_show_toast (widget, message);
}

static void
on_sign_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     HkDutyLogPage    *self)
{
  g_autoptr(HkDutyLog) signed_log = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shift = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "sign") != 0)
    return;

  /* What is on the screen is what is signed. */
  if (self->modified && !save (self))
    return;

  signed_log = hk_duty_store_sign_log (get_store (self),
                                       hk_context_get_operator (get_context (self)),
                                       self->day, self->shift, &error);
  if (signed_log == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  show_log (self, signed_log);
  shift = describe_shift (self);
  /* Translators: "The duty log of Early shift, 2026-10-05 Mon is signed and locked" */
  message = g_strdup_printf (_("The duty log of %s is signed and locked"), shift);
  hk_hall_format_show_toast (GTK_WIDGET (self), message);
}

static void
sign_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkDutyLogPage *self = HK_DUTY_LOG_PAGE (widget);
  g_autofree char *shift = describe_shift (self);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (hk_hall_format_get_window (widget),
                                                       _("Sign the Duty Log?"), NULL));
  if (self->modified)
    adw_message_dialog_format_body (dialog,
                                    _("Your changes are saved, then the duty log of %s is locked "
                                      "with the facts as they are now. What comes to light later "
                                      "is added as a remark. The incoming duty manager then "
                                      "acknowledges it."), shift);
  else
    adw_message_dialog_format_body (dialog,
                                    _("The duty log of %s is locked with the facts as they are "
                                      "now. What comes to light later is added as a remark. The "
                                      "incoming duty manager then acknowledges it."), shift);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "sign", _("_Sign and Lock"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "sign", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "sign");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_sign_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_acknowledge_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            HkDutyLogPage    *self)
{
  g_autoptr(HkDutyLog) acknowledged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shift = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "acknowledge") != 0)
    return;

  acknowledged = hk_duty_store_acknowledge_log (get_store (self),
                                                hk_context_get_operator (get_context (self)),
                                                self->day, self->shift, &error);
  if (acknowledged == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  show_log (self, acknowledged);
  shift = describe_shift (self);
  /* Translators: "The duty log of Early shift, 2026-10-05 Mon is acknowledged" */
  message = g_strdup_printf (_("The duty log of %s is acknowledged"), shift);
  hk_hall_format_show_toast (GTK_WIDGET (self), message);
}

static void
acknowledge_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HkDutyLogPage *self = HK_DUTY_LOG_PAGE (widget);
  g_autofree char *shift = describe_shift (self);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (hk_hall_format_get_window (widget),
                                                       _("Acknowledge the Duty Log?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("You take over from %s: you have read the duty log of %s, "
                                    "its handover notes and its open items. Your name and the "
                                    "time are recorded."),
                                  hk_duty_log_get_signed_by_name (self->log), shift);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "acknowledge", _("_Acknowledge"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "acknowledge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "acknowledge");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_acknowledge_response_cb), self,
                           0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_remark_response_cb (AdwMessageDialog *form,
                       const char       *response,
                       HkDutyLogPage    *self)
{
  g_autoptr(HkDutyLog) remarked = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "add") != 0)
    return;

  remarked = hk_duty_store_add_remark (get_store (self),
                                       hk_context_get_operator (get_context (self)),
                                       self->day, self->shift,
                                       hk_hall_form_get_text (form, "remark"), &error);
  if (remarked == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  show_log (self, remarked);
  hk_hall_format_show_toast (GTK_WIDGET (self), _("The remark is added to the duty log"));
}

static void
remark_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AdwMessageDialog *form;

  form = hk_hall_form_new (widget, _("Add a Remark?"),
                           _("The signed log stays as it is; the remark is added under it with "
                             "your name and the time, and is never changed."),
                           "add", _("_Add Remark"));
  hk_hall_form_add_entry (form, "remark", _("Remark"), NULL, TRUE);
  hk_hall_form_present (form, G_CALLBACK (on_remark_response_cb), widget);
}

/* ---- building the page ---- */

static void
build_facts (HkDutyLogPage *self)
{
  GtkWidget *list = hk_hall_format_new_list (_("What the records say"));

  self->hours_row = ADW_ACTION_ROW (hk_hall_format_new_row (_("Receipts by hour"), NULL));
  gtk_widget_set_name (GTK_WIDGET (self->hours_row), "fact-receipts-per-hour");

  for (guint i = 0; i < N_LOG_FACTS; i++)
    {
      GtkWidget *row = hk_hall_format_new_row (_(log_facts[i].title), NULL);
      GtkWidget *label = gtk_label_new (NULL);
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                      "icon-name", "dialog-warning-symbolic",
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                      NULL);

      gtk_widget_set_name (label, log_facts[i].name);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_visible (icon, FALSE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      self->fact_labels[i] = GTK_LABEL (label);
      self->fact_icons[i] = GTK_IMAGE (icon);
      gtk_list_box_append (GTK_LIST_BOX (list), row);

      /* The hours right under their sum. */
      if (i == 0)
        gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->hours_row));
    }

  adw_preferences_group_add (self->facts_group, list);
}

static void
build_texts (HkDutyLogPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  for (guint i = 0; i < N_LOG_TEXTS; i++)
    {
      GtkWidget *heading = gtk_label_new (_(log_texts[i].title));
      GtkWidget *frame = gtk_frame_new (NULL);
      GtkWidget *view = gtk_text_view_new ();

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      if (i > 0)
        gtk_widget_set_margin_top (heading, 6);

      gtk_widget_set_name (view, log_texts[i].name);
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
      gtk_widget_set_size_request (view, -1, 56);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(log_texts[i].title), -1);
      gtk_frame_set_child (GTK_FRAME (frame), view);

      gtk_box_append (GTK_BOX (box), heading);
      gtk_box_append (GTK_BOX (box), frame);

      self->text_views[i] = GTK_TEXT_VIEW (view);
      g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                               G_CALLBACK (on_text_changed_cb), self, G_CONNECT_SWAPPED);
    }

  adw_preferences_group_add (self->texts_group, box);
}

static void
on_store_changed_cb (HkDutyLogPage *self)
{
  /* A write elsewhere (another page, the command line); what is being typed is kept. */
  if (!self->modified)
    load (self);
}

static void
hk_duty_log_page_constructed (GObject *object)
{
  HkDutyLogPage *self = (HkDutyLogPage *)object;

  G_OBJECT_CLASS (hk_duty_log_page_parent_class)->constructed (object);

  build_facts (self);
  build_texts (self);

  self->faults_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Open facility faults")));
  adw_preferences_group_add (self->faults_group, GTK_WIDGET (self->faults_list));
  self->incidents_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Incidents of the shift")));
  adw_preferences_group_add (self->incidents_group, GTK_WIDGET (self->incidents_list));
  self->remarks_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Remarks after signing")));
  adw_preferences_group_add (self->remarks_group, GTK_WIDGET (self->remarks_list));

  g_signal_connect_object (get_store (self), "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
hk_duty_log_page_dispose (GObject *object)
{
  HkDutyLogPage *self = (HkDutyLogPage *)object;

  g_clear_object (&self->log);

  G_OBJECT_CLASS (hk_duty_log_page_parent_class)->dispose (object);
}

static void
hk_duty_log_page_finalize (GObject *object)
{
  HkDutyLogPage *self = (HkDutyLogPage *)object;

  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->state, g_free);

  G_OBJECT_CLASS (hk_duty_log_page_parent_class)->finalize (object);
}

static void
hk_duty_log_page_class_init (HkDutyLogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_duty_log_page_constructed;
  object_class->dispose = hk_duty_log_page_dispose;
  object_class->finalize = hk_duty_log_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-duty-log-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkDutyLogPage, facts_group);
  gtk_widget_class_bind_template_child (widget_class, HkDutyLogPage, faults_group);
  gtk_widget_class_bind_template_child (widget_class, HkDutyLogPage, incidents_group);
  gtk_widget_class_bind_template_child (widget_class, HkDutyLogPage, remarks_group);
  gtk_widget_class_bind_template_child (widget_class, HkDutyLogPage, save_button);
  gtk_widget_class_bind_template_child (widget_class, HkDutyLogPage, state_icon);
  gtk_widget_class_bind_template_child (widget_class, HkDutyLogPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, HkDutyLogPage, texts_group);

  gtk_widget_class_install_action (widget_class, "duty-log.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "duty-log.sign", NULL, sign_action);
  gtk_widget_class_install_action (widget_class, "duty-log.acknowledge", NULL,
                                   acknowledge_action);
  gtk_widget_class_install_action (widget_class, "duty-log.remark", NULL, remark_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "duty-log.save", NULL);
}

static void
hk_duty_log_page_init (HkDutyLogPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkDutyLogPage *
hk_duty_log_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_DUTY_LOG_PAGE, "context", context, NULL);
}

/* Shows the duty log of @day, "YYYY-MM-DD", and @shift; changes not saved are dropped. */
void
hk_duty_log_page_show (HkDutyLogPage *self,
                       const char    *day,
                       HkDutyShift    shift)
{
  g_return_if_fail (HK_IS_DUTY_LOG_PAGE (self));
  g_return_if_fail (day != NULL);

  g_free (self->day);
  self->day = g_strdup (day);
  self->shift = shift;
  load (self);
}

/* Returns: (transfer none) (nullable): the log as last read or written */
HkDutyLog *
hk_duty_log_page_get_log (HkDutyLogPage *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG_PAGE (self), NULL);

  return self->log;
}

/* The line that says where the log is: not written, saved, changed, signed, acknowledged. */
const char *
hk_duty_log_page_get_state (HkDutyLogPage *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG_PAGE (self), NULL);

  return self->state;
}

gboolean
hk_duty_log_page_is_modified (HkDutyLogPage *self)
{
  g_return_val_if_fail (HK_IS_DUTY_LOG_PAGE (self), FALSE);

  return self->modified;
}
