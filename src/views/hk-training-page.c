/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-training-page.c: the Hall section's Training page (培训、考核): sessions and assessments.
 *
 * The hall supervisor organises training and assessment. The page lists the sessions (day,
 * topic, trainer, length, who attended) and the assessment results of the 90 days up to the
 * day shown; the drop-down narrows both to one employee, which is that employee's training
 * record. Record Session and Record Assessment are the supervisor's; the duty managers read.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-duty-store.h"
#include "hk-hall-form.h"
#include "hk-hall-format.h"
#include "hk-settlement-item.h"
#include "hk-training-page.h"

/* How far back the page reads, the day shown included. */
#define PERIOD_DAYS 90

struct _HkTrainingPage
{
  HkHallPage           parent_instance;

  char                *day;
  GStrv                trainees;
  gboolean             filling;
  GtkListBox          *sessions_list;
  GtkListBox          *assessments_list;

  /* Template widgets */
  AdwPreferencesGroup *assessments_group;
  GtkLabel            *period_label;
  GtkDropDown         *person_dropdown;
  AdwPreferencesGroup *sessions_group;
};

G_DEFINE_FINAL_TYPE (HkTrainingPage, hk_training_page, HK_TYPE_HALL_PAGE)

static HkContext *
get_context (HkTrainingPage *self)
{
  return hk_hall_page_get_context (HK_HALL_PAGE (self));
}

static HkDutyStore *
get_store (HkTrainingPage *self)
{
  return hk_hall_page_get_duty_store (HK_HALL_PAGE (self));
}

static gboolean
actor_trains (HkTrainingPage *self)
{
  HkOperator *actor = hk_context_get_operator (get_context (self));

  return actor != NULL && hk_operator_has_any_role (actor, HK_TRAINING_ROLES);
}

/* The employee chosen, or NULL for everyone. */
static const char *
get_person (HkTrainingPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->person_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->trainees == NULL ||
      selected > g_strv_length (self->trainees))
    return NULL;

  return self->trainees[selected - 1];
}

/* The drop-down: everyone, then each trainee; keeps the one chosen. */
static void
fill_people (HkTrainingPage *self)
{
  g_autofree char *chosen = g_strdup (get_person (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  GStrv trainees;
  guint selected = 0;

  trainees = hk_duty_store_list_trainees (get_store (self), &error);
  if (trainees == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  g_strfreev (self->trainees);
  self->trainees = trainees;
  gtk_string_list_append (names, _("Everyone"));
  for (guint i = 0; trainees[i] != NULL; i++)
    {
      gtk_string_list_append (names, trainees[i]);
      if (g_strcmp0 (trainees[i], chosen) == 0)
        selected = i + 1;
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (self->person_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->person_dropdown, selected);
  self->filling = FALSE;
}

static GtkWidget *
new_session_row (HkTrainingSession *session)
{
  g_autofree char *day = hk_settlement_format_day (hk_training_session_get_day (session));
  g_autofree char *title = NULL;
  g_autofree char *attendees = g_strjoinv ("、",
                                           (char **)hk_training_session_get_attendees (session));
  g_autofree char *subtitle = NULL;

  /* Translators: "2026-10-05 Mon: Handling a complaint at the counter" */
  title = g_strdup_printf (_("%s: %s"), day, hk_training_session_get_topic (session));
  /* Translators: "Trainer 李强 · 60 min · 张丽、王芳" */
  subtitle = g_strdup_printf (_("Trainer %s · %u min · %s"),
                              hk_training_session_get_trainer (session),
                              hk_training_session_get_duration_minutes (session), attendees);

  return hk_hall_format_new_row (title, subtitle);
}

static GtkWidget *
new_assessment_row (HkAssessment *assessment)
{
  g_autofree char *day = hk_settlement_format_day (hk_assessment_get_day (assessment));
  g_autofree char *title = NULL;
  g_autofree char *score = NULL;
  const char *note = hk_assessment_get_note (assessment);
  gboolean passed = hk_assessment_is_passed (assessment);
  GtkWidget *row;

  /* Translators: "张丽: Tariffs of 2026" */
  title = g_strdup_printf (_("%s: %s"), hk_assessment_get_person (assessment),
                           hk_assessment_get_subject (assessment));
  row = hk_hall_format_new_row (title, day);
  if (note != NULL && *note != '\0')
    {
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", day, note);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  /* Translators: a score and whether it passed, "85, passed" */
  score = g_strdup_printf (passed ? _("%u, passed") : _("%u, failed"),
                           hk_assessment_get_score (assessment));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             hk_hall_format_new_state (passed ? "emblem-ok-symbolic"
                                                              : "dialog-warning-symbolic",
                                                       score, passed ? NULL : "error"));

  return row;
}

static void
reload (HkTrainingPage *self)
{
  g_autofree char *first = NULL;
  g_autofree char *first_label = NULL;
  g_autofree char *last_label = NULL;
  g_autofree char *period = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GError) error = NULL;
  const char *person;

  if (self->day == NULL || self->filling)
    return;

  person = get_person (self);
  first = hk_settlement_shift_day (self->day, -(PERIOD_DAYS - 1));
  if (!(sessions = hk_duty_store_list_training (get_store (self), first, self->day, person,
                                                &error)) ||
      !(assessments = hk_duty_store_list_assessments (get_store (self), first, self->day, person,
                                                      &error)))
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  first_label = hk_settlement_format_day (first);
  last_label = hk_settlement_format_day (self->day);
  /* Translators: "From 2026-07-08 Wed to 2026-10-05 Mon" */
  period = g_strdup_printf (_("From %s to %s"), first_label, last_label);
  gtk_label_set_label (self->period_label, period);

  hk_hall_format_clear_list (self->sessions_list);
  if (sessions->len == 0)
    gtk_list_box_append (self->sessions_list,
                         hk_hall_format_new_empty_row (_("No training session in these 90 days. "
                                                         "Record Session adds one.")));
  for (guint i = 0; i < sessions->len; i++)
    gtk_list_box_append (self->sessions_list,
                         new_session_row (g_ptr_array_index (sessions, i)));

  hk_hall_format_clear_list (self->assessments_list);
  if (assessments->len == 0)
    gtk_list_box_append (self->assessments_list,
                         hk_hall_format_new_empty_row (_("No assessment in these 90 days. "
                                                         "Record Assessment adds one.")));
  for (guint i = 0; i < assessments->len; i++)
    gtk_list_box_append (self->assessments_list,
                         new_assessment_row (g_ptr_array_index (assessments, i)));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.session", actor_trains (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "training.assessment", actor_trains (self));
}

static void
on_store_changed_cb (HkTrainingPage *self)
{
  fill_people (self);
  reload (self);
}

/* ---- the forms ---- */

/* A number of @min … @max typed in the row @name. */
static gboolean
read_number (AdwMessageDialog *form,
             const char       *name,
             guint             min,
             guint             max,
             guint            *value)
{
  g_autofree char *text = g_strstrip (g_strdup (hk_hall_form_get_text (form, name)));
  guint64 number;

  if (!g_ascii_string_to_unsigned (text, 10, min, max, &number, NULL))
    return FALSE;

  *value = (guint)number;

  return TRUE;
}

static char *
check_session (AdwMessageDialog *form,
               gpointer          user_data)
{
  guint minutes;

  if (!read_number (form, "minutes", 1, 24 * 60, &minutes))
    return g_strdup (_("Type how long the session was, in minutes."));

  return NULL;
}

/* Names typed with commas or 、 between them. */
static GStrv
split_names (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_regex_split_simple ("[,，、;；]", text, 0, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

static void
on_session_response_cb (AdwMessageDialog *form,
                        const char       *response,
                        HkTrainingPage   *self)
{
  g_auto(GStrv) attendees = NULL;
  g_autoptr(HkTrainingSession) session = NULL;
  g_autoptr(GError) error = NULL;
  guint minutes;

  if (g_strcmp0 (response, "record") != 0 || !read_number (form, "minutes", 1, 24 * 60, &minutes))
    return;

  attendees = split_names (hk_hall_form_get_text (form, "attendees"));
  session = hk_duty_store_record_training (get_store (self),
                                           hk_context_get_operator (get_context (self)),
                                           hk_hall_form_get_text (form, "day"),
                                           hk_hall_form_get_text (form, "topic"),
                                           hk_hall_form_get_text (form, "trainer"), minutes,
                                           (const char * const *)attendees, &error);
  if (session == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  hk_hall_format_show_toast (GTK_WIDGET (self), _("The training session is recorded"));
}

static void
session_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkTrainingPage *self = HK_TRAINING_PAGE (widget);
  AdwMessageDialog *form;

  form = hk_hall_form_new (widget, _("Record a Training Session?"),
                           _("Its day (YYYY-MM-DD, in the last month), topic, trainer and "
                             "length, and who attended, with commas between the names."),
                           "record", _("_Record Session"));
  hk_hall_form_add_entry (form, "day", _("Day"), self->day, TRUE);
  hk_hall_form_add_entry (form, "topic", _("Topic"), NULL, TRUE);
  hk_hall_form_add_entry (form, "trainer", _("Trainer"), NULL, TRUE);
  hk_hall_form_add_entry (form, "minutes", _("Minutes"), "60", TRUE);
  hk_hall_form_add_entry (form, "attendees", _("Who attended"), NULL, TRUE);
  hk_hall_form_set_check (form, check_session, self);
  hk_hall_form_present (form, G_CALLBACK (on_session_response_cb), self);
}

static char *
check_assessment (AdwMessageDialog *form,
                  gpointer          user_data)
{
  guint score;

  if (!read_number (form, "score", 0, 100, &score))
    return g_strdup (_("Type the score, from 0 to 100."));

  return NULL;
}

static void
on_assessment_response_cb (AdwMessageDialog *form,
                           const char       *response,
                           HkTrainingPage   *self)
{
  g_autoptr(HkAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  guint score;

  if (g_strcmp0 (response, "record") != 0 || !read_number (form, "score", 0, 100, &score))
    return;

  assessment = hk_duty_store_record_assessment (get_store (self),
                                                hk_context_get_operator (get_context (self)),
                                                hk_hall_form_get_text (form, "day"),
                                                hk_hall_form_get_text (form, "person"),
                                                hk_hall_form_get_text (form, "subject"), score, 0,
                                                hk_hall_form_get_text (form, "note"), &error);
  if (assessment == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  hk_hall_format_show_toast (GTK_WIDGET (self), _("The assessment is recorded"));
}

static void
assessment_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HkTrainingPage *self = HK_TRAINING_PAGE (widget);
  AdwMessageDialog *form;
  g_autofree char *pass = NULL;

  /* Translators: the pass mark of an assessment */
  pass = g_strdup_printf (_("An employee’s result in an assessment, from 0 to 100; %d or more "
                            "passes."), HK_ASSESSMENT_PASS_SCORE);
  form = hk_hall_form_new (widget, _("Record an Assessment?"), pass, "record",
                           _("_Record Assessment"));
  hk_hall_form_add_entry (form, "day", _("Day"), self->day, TRUE);
  hk_hall_form_add_entry (form, "person", _("Employee"), get_person (self), TRUE);
  hk_hall_form_add_entry (form, "subject", _("Subject"), NULL, TRUE);
  hk_hall_form_add_entry (form, "score", _("Score"), NULL, TRUE);
  hk_hall_form_add_entry (form, "note", _("Note (optional)"), NULL, FALSE);
  hk_hall_form_set_check (form, check_assessment, self);
  hk_hall_form_present (form, G_CALLBACK (on_assessment_response_cb), self);
}

/* ---- the class ---- */

static void
hk_training_page_constructed (GObject *object)
{
  HkTrainingPage *self = (HkTrainingPage *)object;

  G_OBJECT_CLASS (hk_training_page_parent_class)->constructed (object);

  self->sessions_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Training sessions")));
  adw_preferences_group_add (self->sessions_group, GTK_WIDGET (self->sessions_list));
  self->assessments_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Assessments")));
  adw_preferences_group_add (self->assessments_group, GTK_WIDGET (self->assessments_list));

  fill_people (self);

  g_signal_connect_object (get_store (self), "changed::training",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (get_store (self), "changed::assessment",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
hk_training_page_finalize (GObject *object)
{
  HkTrainingPage *self = (HkTrainingPage *)object;

  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->trainees, g_strfreev);

  G_OBJECT_CLASS (hk_training_page_parent_class)->finalize (object);
}

static void
hk_training_page_class_init (HkTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_training_page_constructed;
  object_class->finalize = hk_training_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-training-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkTrainingPage, assessments_group);
  gtk_widget_class_bind_template_child (widget_class, HkTrainingPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, HkTrainingPage, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkTrainingPage, sessions_group);
  gtk_widget_class_bind_template_callback (widget_class, reload);

  gtk_widget_class_install_action (widget_class, "training.session", NULL, session_action);
  gtk_widget_class_install_action (widget_class, "training.assessment", NULL,
                                   assessment_action);
}

static void
hk_training_page_init (HkTrainingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkTrainingPage *
hk_training_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_TRAINING_PAGE, "context", context, NULL);
}

/* Shows the training of the 90 days up to @day, "YYYY-MM-DD". */
void
hk_training_page_show (HkTrainingPage *self,
                       const char     *day)
{
  g_return_if_fail (HK_IS_TRAINING_PAGE (self));
  g_return_if_fail (day != NULL);

  g_free (self->day);
  self->day = g_strdup (day);
  reload (self);
}

/* Shows @person's training record, or everyone's for NULL. */
void
hk_training_page_set_person (HkTrainingPage *self,
                             const char     *person)
{
  g_return_if_fail (HK_IS_TRAINING_PAGE (self));

  for (guint i = 0; person != NULL && self->trainees != NULL && self->trainees[i] != NULL; i++)
    if (g_strcmp0 (self->trainees[i], person) == 0)
      {
        gtk_drop_down_set_selected (self->person_dropdown, i + 1);
        return;
      }

  gtk_drop_down_set_selected (self->person_dropdown, 0);
}
