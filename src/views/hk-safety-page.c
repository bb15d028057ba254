/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-safety-page.c: the Hall section's Safety page: safety checks (安全检查) and facility faults
 * (设施管理).
 *
 * The checklist is answered item by item, Passed or Failed; a failed item asks what is wrong
 * and how serious it is, and Record Safety Check saves the check of the shift shown: the store
 * opens a facility fault for each failed item. Under it, the checks done that day with what
 * failed, and the faults still open, whatever day they were reported: Report Fault (the
 * section's main action, Ctrl+N) adds one by hand, Fixed closes one with a note. Record Safety
 * Check is disabled until every item is answered, the first thing missing named under the
 * checklist.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-hall-form.h"
#include "hk-hall-format.h"
#include "hk-safety-page.h"

/* One item of the checklist on the form. */
typedef struct
{
  HkSafetyCheckItem *item;
  GtkToggleButton   *passed;
  GtkToggleButton   *failed;
  AdwEntryRow       *note;
  GtkDropDown       *severity;
} ChecklistRow;

struct _HkSafetyPage
{
  HkHallPage           parent_instance;

  char                *day;
  HkDutyShift          shift;
  GPtrArray           *checklist;   /* ChecklistRow */
  char                *problem;
  guint                n_open_faults;
  GtkListBox          *checklist_list;
  GtkListBox          *checks_list;
  GtkListBox          *faults_list;

  /* Template widgets */
  AdwPreferencesGroup *check_group;
  AdwPreferencesGroup *checks_group;
  AdwPreferencesGroup *faults_group;
  GtkLabel            *problem_label;
  GtkButton           *record_button;
};

G_DEFINE_FINAL_TYPE (HkSafetyPage, hk_safety_page, HK_TYPE_HALL_PAGE)

static void
checklist_row_free (ChecklistRow *row)
{
  g_clear_object (&row->item);
  g_free (row);
}

static HkContext *
get_context (HkSafetyPage *self)
{
  return hk_hall_page_get_context (HK_HALL_PAGE (self));
}

static HkDutyStore *
get_store (HkSafetyPage *self)
{
  return hk_hall_page_get_duty_store (HK_HALL_PAGE (self));
}

static GListModel *
new_severity_model (void)
{
  GtkStringList *titles = gtk_string_list_new (NULL);

  for (guint i = 0; i < HK_FAULT_N_SEVERITIES; i++)
    gtk_string_list_append (titles, hk_fault_severity_get_title ((HkFaultSeverity)i));

  return G_LIST_MODEL (titles);
}

/* ---- the checklist form ---- */

/* The first thing that keeps the check from being recorded, or NULL. */
static char *
find_problem (HkSafetyPage *self)
{
  if (!hk_hall_format_can_keep_books (get_context (self)))
    return g_strdup (_("Only a duty manager or the hall supervisor records safety checks."));

  if (self->checklist == NULL || self->checklist->len == 0)
    return g_strdup (_("The checklist has no item; the hall supervisor sets it up."));

  for (guint i = 0; i < self->checklist->len; i++)
    {
      ChecklistRow *row = g_ptr_array_index (self->checklist, i);
      const char *name = hk_safety_check_item_get_name (row->item);

      if (!gtk_toggle_button_get_active (row->passed) &&
          !gtk_toggle_button_get_active (row->failed))
        /* Translators: "Answer “Safe locked”: passed or failed." */
        return g_strdup_printf (_("Answer “%s”: passed or failed."), name);

      if (gtk_toggle_button_get_active (row->failed))
        {
          g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (
                                                           GTK_EDITABLE (row->note))));

          if (*note == '\0')
            /* Translators: "Say what is wrong with “Safe locked”." */
            return g_strdup_printf (_("Say what is wrong with “%s”."), name);
        }
    }

  return NULL;
}

static void
update_form (HkSafetyPage *self)
{
  g_autofree char *problem = find_problem (self);

  if (self->checklist == NULL)
    return;

  for (guint i = 0; i < self->checklist->len; i++)
    {
      ChecklistRow *row = g_ptr_array_index (self->checklist, i);

      gtk_widget_set_visible (GTK_WIDGET (row->note), gtk_toggle_button_get_active (row->failed));
    }

  gtk_label_set_label (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "safety.record", problem == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "safety.report-fault",
                                 hk_hall_format_can_keep_books (get_context (self)));
  g_free (self->problem);
  self->problem = g_steal_pointer (&problem);
}

static GtkWidget *
new_answer_button (const char *label,
                   const char *icon_name,
                   const char *name)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon_name);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_name (button, name);

  return button;
}

static void
build_checklist (HkSafetyPage *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  hk_hall_format_clear_list (self->checklist_list);
  g_clear_pointer (&self->checklist, g_ptr_array_unref);
  self->checklist = g_ptr_array_new_with_free_func ((GDestroyNotify)checklist_row_free);

  items = hk_duty_store_list_checklist (get_store (self), TRUE, &error);
  if (items == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  for (guint i = 0; i < items->len; i++)
    {
      HkSafetyCheckItem *item = g_ptr_array_index (items, i);
      const char *code = hk_safety_check_item_get_code (item);
      g_autofree char *passed_name = g_strdup_printf ("check-%s-passed", code);
      g_autofree char *failed_name = g_strdup_printf ("check-%s-failed", code);
      g_autofree char *note_name = g_strdup_printf ("check-%s-note", code);
      g_autofree char *note_title = NULL;
      ChecklistRow *row = g_new0 (ChecklistRow, 1);
      GtkWidget *action_row = hk_hall_format_new_row (hk_safety_check_item_get_name (item), NULL);
      GtkWidget *answers = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *passed = new_answer_button (_("_Passed"), "emblem-ok-symbolic", passed_name);
      GtkWidget *failed = new_answer_button (_("_Failed"), "dialog-warning-symbolic",
                                             failed_name);
      GtkWidget *note = adw_entry_row_new ();
      g_autoptr(GListModel) severities = new_severity_model ();
      GtkWidget *severity = gtk_drop_down_new (g_object_ref (severities), NULL);

      gtk_widget_add_css_class (answers, "linked");
      gtk_widget_set_valign (answers, GTK_ALIGN_CENTER);
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (failed), GTK_TOGGLE_BUTTON (passed));
      gtk_box_append (GTK_BOX (answers), passed);
      gtk_box_append (GTK_BOX (answers), failed);
      adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), answers);

      /* Translators: the note of a failed checklist item, "What is wrong: Safe locked" */
      note_title = g_strdup_printf (_("What is wrong: %s"), hk_safety_check_item_get_name (item));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), note_title);
      gtk_widget_set_name (note, note_name);
      gtk_widget_set_visible (note, FALSE);
      gtk_widget_set_valign (severity, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (severity, _("How serious the fault is"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (severity), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Severity"), -1);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (severity), HK_FAULT_MAJOR);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (note), severity);

      row->item = g_object_ref (item);
      row->passed = GTK_TOGGLE_BUTTON (passed);
      row->failed = GTK_TOGGLE_BUTTON (failed);
      row->note = ADW_ENTRY_ROW (note);
      row->severity = GTK_DROP_DOWN (severity);
      g_ptr_array_add (self->checklist, row);

      g_signal_connect_object (passed, "toggled", G_CALLBACK (update_form), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (failed, "toggled", G_CALLBACK (update_form), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (note, "changed", G_CALLBACK (update_form), self,
                               G_CONNECT_SWAPPED);

      gtk_list_box_append (self->checklist_list, action_row);
      gtk_list_box_append (self->checklist_list, note);
    }

  update_form (self);
}

/* ---- the day's checks and the open faults ---- */

static void
show_checks (HkSafetyPage *self)
{
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;

  hk_hall_format_clear_list (self->checks_list);
  checks = hk_duty_store_list_safety_checks (get_store (self), self->day, self->day, &error);
  if (checks == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  if (checks->len == 0)
    {
      gtk_list_box_append (self->checks_list,
                           hk_hall_format_new_empty_row (_("No safety check recorded this day "
                                                           "yet.")));
      return;
    }

  for (guint i = 0; i < checks->len; i++)
    {
      HkSafetyCheck *check = g_ptr_array_index (checks, i);
      GPtrArray *results = hk_safety_check_get_results (check);
      guint n_failed = hk_safety_check_get_n_failed (check);
      g_autofree char *at = hk_hall_format_time (get_context (self),
                                                 hk_safety_check_get_checked_at (check));
      g_autofree char *title = NULL;
      g_autofree char *state = NULL;
      g_autoptr(GString) failures = g_string_new (NULL);
      GtkWidget *row;

      /* Translators: "08:15, Early shift, by 郑伟" */
      title = g_strdup_printf (_("%s, %s, by %s"), at,
                               hk_duty_shift_get_title (hk_safety_check_get_shift (check)),
                               hk_safety_check_get_checked_by_name (check));
      for (guint r = 0; results != NULL && r < results->len; r++)
        {
          HkSafetyCheckResult *result = g_ptr_array_index (results, r);

          if (result->passed)
            continue;
          if (failures->len > 0)
            g_string_append (failures, "\n");
          /* Translators: a failed item and what is wrong: "Cameras recording: camera 2 dark" */
          g_string_append_printf (failures, _("%s: %s"), result->item_name,
                                  result->note != NULL ? result->note : "");
        }

      row = hk_hall_format_new_row (title, failures->str);
      if (n_failed == 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   hk_hall_format_new_state ("emblem-ok-symbolic",
                                                             _("All passed"), "success"));
      else
        {
          state = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u failed", "%u failed",
                                                n_failed), n_failed);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     hk_hall_format_new_state ("dialog-warning-symbolic", state,
                                                               "error"));
        }
      gtk_list_box_append (self->checks_list, row);
    }
}

static void
show_faults (HkSafetyPage *self)
{
  g_autoptr(GPtrArray) faults = NULL;
  g_autoptr(GError) error = NULL;
  gboolean writer = hk_hall_format_can_keep_books (get_context (self));

  hk_hall_format_clear_list (self->faults_list);
  self->n_open_faults = 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "safety.fix", writer);
  faults = hk_duty_store_list_open_faults (get_store (self),
                                           hk_database_get_now (
                                             hk_context_get_database (get_context (self))),
                                           &error);
  if (faults == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  self->n_open_faults = faults->len;
  if (faults->len == 0)
    {
      gtk_list_box_append (self->faults_list,
                           hk_hall_format_new_empty_row (_("No facility fault is open. A failed "
                                                           "safety check item or Report Fault "
                                                           "opens one.")));
      return;
    }

  for (guint i = 0; i < faults->len; i++)
    {
      HkFacilityFault *fault = g_ptr_array_index (faults, i);
      HkFaultSeverity severity = hk_facility_fault_get_severity (fault);
      const char *contacted = hk_facility_fault_get_contacted (fault);
      g_autofree char *at = hk_hall_format_moment (get_context (self),
                                                   hk_facility_fault_get_reported_at (fault));
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *fix;

      if (contacted != NULL && *contacted != '\0')
        /* Translators: "Entrance · reported by 郑伟 at 2026-10-05 08:10 · contacted 物业王工" */
        subtitle = g_strdup_printf (_("%s · reported by %s at %s · contacted %s"),
                                    hk_facility_fault_get_location (fault),
                                    hk_facility_fault_get_reported_by_name (fault), at,
                                    contacted);
      else
        subtitle = g_strdup_printf (_("%s · reported by %s at %s"),
                                    hk_facility_fault_get_location (fault),
                                    hk_facility_fault_get_reported_by_name (fault), at);

      row = hk_hall_format_new_row (hk_facility_fault_get_description (fault), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 hk_hall_format_new_state ("dialog-warning-symbolic",
                                                           hk_fault_severity_get_title (severity),
                                                           severity == HK_FAULT_CRITICAL
                                                           ? "error" : "warning"));
      fix = gtk_button_new_with_mnemonic (_("Fi_xed…"));
      gtk_widget_set_valign (fix, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (fix, _("Record that the fault is fixed, and how"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (fix), "safety.fix");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (fix),
                                              g_variant_new_int64 (
                                                hk_facility_fault_get_id (fault)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), fix);
      gtk_list_box_append (self->faults_list, row);
    }
}

static void
reload (HkSafetyPage *self)
{
  if (self->day == NULL)
    return;

  show_checks (self);
  show_faults (self);
  update_form (self);
}

/* ---- actions ---- */

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkSafetyPage *self = HK_SAFETY_PAGE (widget);
  g_autofree HkSafetyCheckAnswer *answers = NULL;
  g_autoptr(HkSafetyCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_failed;

  if (self->problem != NULL)
    return;

  answers = g_new0 (HkSafetyCheckAnswer, self->checklist->len);
  for (guint i = 0; i < self->checklist->len; i++)
    {
      ChecklistRow *row = g_ptr_array_index (self->checklist, i);

      answers[i].item_id = hk_safety_check_item_get_id (row->item);
      answers[i].passed = gtk_toggle_button_get_active (row->passed);
      answers[i].note = answers[i].passed ? NULL : gtk_editable_get_text (GTK_EDITABLE (row->note));
      answers[i].severity = (HkFaultSeverity)gtk_drop_down_get_selected (row->severity);
    }

  check = hk_duty_store_record_safety_check (get_store (self),
                                             hk_context_get_operator (get_context (self)),
                                             self->day, self->shift, answers,
                                             self->checklist->len, &error);
  if (check == NULL)
    {
      hk_hall_format_show_error (widget, error);
      return;
    }

  n_failed = hk_safety_check_get_n_failed (check);
  if (n_failed == 0)
    message = g_strdup (_("The safety check is recorded: every item passed"));
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The safety check is recorded; %u failed item opened "
                                            "a facility fault",
                                            "The safety check is recorded; %u failed items "
                                            "opened facility faults", n_failed), n_failed);

  /* A fresh form for the next check. */
  build_checklist (self);
  reload (self);
  hk_hall_format_show_toast (widget, message);
}

static void
on_fault_response_cb (AdwMessageDialog *form,
                      const char       *response,
                      HkSafetyPage     *self)
{
  g_autoptr(HkFacilityFault) fault = NULL;
  g_autoptr(GError) error = NULL;
  HkFacilityFaultInput input;

  if (g_strcmp0 (response, "report") != 0)
    return;

  input = (HkFacilityFaultInput) {
    .description = hk_hall_form_get_text (form, "fault"),
    .location = hk_hall_form_get_text (form, "location"),
    .severity = (HkFaultSeverity)hk_hall_form_get_choice (form, "severity"),
    .contacted = hk_hall_form_get_text (form, "contacted"),
  };
  fault = hk_duty_store_report_fault (get_store (self),
                                      hk_context_get_operator (get_context (self)),
                                      &input, &error);
  if (fault == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  hk_hall_format_show_toast (GTK_WIDGET (self),
                             _("The fault is reported; it stays in every duty log until it is "
                               "fixed"));
}

static void
report_fault_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AdwMessageDialog *form;

  form = hk_hall_form_new (widget, _("Report a Facility Fault?"),
                           _("The fault stays open, and in every duty log, until it is fixed."),
                           "report", _("_Report Fault"));
  hk_hall_form_add_entry (form, "fault", _("What is wrong"), NULL, TRUE);
  hk_hall_form_add_entry (form, "location", _("Where"), NULL, TRUE);
  hk_hall_form_add_choice (form, "severity", _("Severity"), new_severity_model (),
                           HK_FAULT_MAJOR);
  hk_hall_form_add_entry (form, "contacted", _("Who was contacted (optional)"), NULL, FALSE);
  hk_hall_form_present (form, G_CALLBACK (on_fault_response_cb), widget);
}

static void
on_fix_response_cb (AdwMessageDialog *form,
                    const char       *response,
                    HkSafetyPage     *self)
{
  gint64 fault_id = *(gint64 *)g_object_get_data (G_OBJECT (form), "fault-id");
  g_autoptr(HkFacilityFault) fault = NULL;
  g_autoptr(HkFacilityFault) fixed = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "fixed") != 0)
    return;

  if (!(fault = hk_duty_store_lookup_fault (get_store (self), fault_id, &error)) ||
      !(fixed = hk_duty_store_fix_fault (get_store (self),
                                         hk_context_get_operator (get_context (self)), fault,
                                         hk_hall_form_get_text (form, "fix-note"), &error)))
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  hk_hall_format_show_toast (GTK_WIDGET (self), _("The fault is recorded as fixed"));
}

static void
fix_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  gint64 *fault_id = g_new (gint64, 1);
  AdwMessageDialog *form;

  *fault_id = g_variant_get_int64 (parameter);
  form = hk_hall_form_new (widget, _("Is the Fault Fixed?"),
                           _("The fault is closed with your name, the time and how it was "
                             "fixed; it leaves the open items."),
                           "fixed", _("_Fixed"));
  hk_hall_form_add_entry (form, "fix-note", _("How it was fixed"), NULL, TRUE);
  g_object_set_data_full (G_OBJECT (form), "fault-id", fault_id, g_free);
  hk_hall_form_present (form, G_CALLBACK (on_fix_response_cb), widget);
}

/* ---- the class ---- */

static void
hk_safety_page_constructed (GObject *object)
{
  HkSafetyPage *self = (HkSafetyPage *)object;

  G_OBJECT_CLASS (hk_safety_page_parent_class)->constructed (object);

  self->checklist_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Safety checklist")));
  adw_preferences_group_add (self->check_group, GTK_WIDGET (self->checklist_list));
  self->checks_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Checks of the day")));
  adw_preferences_group_add (self->checks_group, GTK_WIDGET (self->checks_list));
  self->faults_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Open facility faults")));
  adw_preferences_group_add (self->faults_group, GTK_WIDGET (self->faults_list));

  build_checklist (self);

  g_signal_connect_object (get_store (self), "changed::checklist", G_CALLBACK (build_checklist),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (get_store (self), "changed::safety-check", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (get_store (self), "changed::fault", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
}

static void
hk_safety_page_dispose (GObject *object)
{
  HkSafetyPage *self = (HkSafetyPage *)object;

  g_clear_pointer (&self->checklist, g_ptr_array_unref);

  G_OBJECT_CLASS (hk_safety_page_parent_class)->dispose (object);
}

static void
hk_safety_page_finalize (GObject *object)
{
  HkSafetyPage *self = (HkSafetyPage *)object;

  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hk_safety_page_parent_class)->finalize (object);
}

static void
hk_safety_page_class_init (HkSafetyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_safety_page_constructed;
  object_class->dispose = hk_safety_page_dispose;
  object_class->finalize = hk_safety_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-safety-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkSafetyPage, check_group);
  gtk_widget_class_bind_template_child (widget_class, HkSafetyPage, checks_group);
  gtk_widget_class_bind_template_child (widget_class, HkSafetyPage, faults_group);
  gtk_widget_class_bind_template_child (widget_class, HkSafetyPage, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkSafetyPage, record_button);

  gtk_widget_class_install_action (widget_class, "safety.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "safety.report-fault", NULL,
                                   report_fault_action);
  gtk_widget_class_install_action (widget_class, "safety.fix", "x", fix_action);
}

static void
hk_safety_page_init (HkSafetyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkSafetyPage *
hk_safety_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_SAFETY_PAGE, "context", context, NULL);
}

/* Shows the checks of @day, "YYYY-MM-DD"; Record Safety Check records one for @shift. */
void
hk_safety_page_show (HkSafetyPage *self,
                     const char   *day,
                     HkDutyShift   shift)
{
  g_return_if_fail (HK_IS_SAFETY_PAGE (self));
  g_return_if_fail (day != NULL);

  g_free (self->day);
  self->day = g_strdup (day);
  self->shift = shift;
  reload (self);
}

guint
hk_safety_page_get_n_open_faults (HkSafetyPage *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_PAGE (self), 0);

  return self->n_open_faults;
}

/* What keeps the check from being recorded, or NULL. */
const char *
hk_safety_page_get_problem (HkSafetyPage *self)
{
  g_return_val_if_fail (HK_IS_SAFETY_PAGE (self), NULL);

  return self->problem;
}
