/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-service-log-page.c: the Service Log page: a day's service overview and hotspots.
 *
 * The day's log as last saved or, for a day not written yet, the store's proposal from the
 * day's records: an overview that counts the complaints, the opinion book entries and the
 * receipts, and the business and complaint hotspots with their counts a week earlier.
 * Inquiries are recorded nowhere else, so their hotspots are the officer's to write. The
 * complaint officer edits the four texts and saves (Ctrl+S); each save is a new revision
 * with its author. Propose Again puts the proposal back. The line beside the buttons says
 * whether what is shown is a proposal, a saved log (by whom, when, which revision) or changed
 * and not saved; a day with unsaved changes is not left without asking.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "hk-complaint-format.h"
#include "hk-section.h"
#include "hk-service-log-page.h"
#include "hk-settlement-item.h"

struct _HkServiceLogPage
{
  AdwBin          parent_instance;

  HkContext      *context;
  char           *day;
  char           *subtitle;
  char           *state;
  HkServiceLog   *log;        /* as saved or proposed */
  gboolean        modified;
  gboolean        loading;
  gboolean        syncing_calendar;

  /* Template widgets */
  GtkTextView    *business_view;
  GtkTextView    *complaint_view;
  GtkMenuButton  *day_button;
  GtkCalendar    *day_calendar;
  GtkPopover     *day_popover;
  GtkTextView    *inquiry_view;
  GtkTextView    *overview_view;
  GtkButton      *save_button;
  GtkImage       *state_icon;
  GtkLabel       *state_label;
};

G_DEFINE_FINAL_TYPE (HkServiceLogPage, hk_service_log_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static HkServiceLogStore *
get_store (HkServiceLogPage *self)
{
  return hk_context_get_service_log_store (self->context);
}

static GTimeZone *
get_time_zone (HkServiceLogPage *self)
{
  return hk_hall_store_get_time_zone (hk_context_get_hall_store (self->context));
}

static char *
dup_today (HkServiceLogPage *self)
{
  return hk_hall_store_format_day (hk_context_get_hall_store (self->context),
                                   hk_database_get_now (hk_context_get_database (self->context)));
}

static gboolean
actor_is_officer (HkServiceLogPage *self)
{
  HkOperator *actor = hk_context_get_operator (self->context);

  return actor != NULL && hk_operator_has_any_role (actor, HK_ROLE_COMPLAINT_OFFICER);
}

static HkSection *
get_section (HkServiceLogPage *self)
{
  GtkWidget *section = gtk_widget_get_ancestor (GTK_WIDGET (self), HK_TYPE_SECTION);

  return section != NULL ? HK_SECTION (section) : NULL;
}

static GtkWindow *
get_parent_window (HkServiceLogPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static char *
dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_text (GtkTextView *view,
          const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static gboolean
overview_is_empty (HkServiceLogPage *self)
{
  g_autofree char *overview = dup_text (self->overview_view);

  return *g_strstrip (overview) == '\0';
}

static void
update_state (HkServiceLogPage *self)
{
  g_autofree char *state = NULL;
  const char *icon = "document-edit-symbolic";

  if (self->log == NULL)
    state = g_strdup ("");
  else if (self->modified)
    state = g_strdup (_("Changed, not saved yet"));
  else if (hk_service_log_is_proposal (self->log))
    state = g_strdup (_("Proposed from the day’s records, not saved yet"));
  else
    {
      g_autofree char *at = hk_complaint_format_moment (hk_service_log_get_saved_at (self->log),
                                                        get_time_zone (self));

      icon = "emblem-ok-symbolic";
      /* Translators: "Saved by 孙浩 at 2026-10-05 18:00, revision 2" */
      state = g_strdup_printf (_("Saved by %s at %s, revision %u"),
                               hk_service_log_get_saved_by_name (self->log), at,
                               hk_service_log_get_revision (self->log));
    }

  gtk_image_set_from_icon_name (self->state_icon, icon);
  gtk_label_set_label (self->state_label, state);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->state_label), state);
  g_free (self->state);
  self->state = g_steal_pointer (&state);
}

static void
update_actions (HkServiceLogPage *self)
{
  g_autofree char *today = NULL;
  gboolean officer;

  if (self->day == NULL || self->save_button == NULL)
    return;

  today = dup_today (self);
  officer = actor_is_officer (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "service-log.next-day",
                                 g_strcmp0 (self->day, today) < 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "service-log.today",
                                 g_strcmp0 (self->day, today) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "service-log.save",
                                 officer && self->log != NULL && !overview_is_empty (self) &&
                                 (self->modified || hk_service_log_is_proposal (self->log)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "service-log.propose", officer);
  gtk_text_view_set_editable (self->overview_view, officer);
  gtk_text_view_set_editable (self->business_view, officer);
  gtk_text_view_set_editable (self->inquiry_view, officer);
  gtk_text_view_set_editable (self->complaint_view, officer);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button),
                               !officer ? _("Only a complaint officer saves the service log")
                               : overview_is_empty (self) ? _("Write the service overview first")
                               : _("Save the service log as a new revision (Ctrl+S)"));
}

static void
on_text_changed_cb (HkServiceLogPage *self)
{
  if (self->loading)
    return;

  self->modified = TRUE;
  update_state (self);
  update_actions (self);
}

static void
show_log (HkServiceLogPage *self,
          HkServiceLog     *log)
{
  g_set_object (&self->log, log);

  self->loading = TRUE;
  set_text (self->overview_view, hk_service_log_get_overview (log));
  set_text (self->business_view, hk_service_log_get_business_hotspots (log));
  set_text (self->inquiry_view, hk_service_log_get_inquiry_hotspots (log));
  set_text (self->complaint_view, hk_service_log_get_complaint_hotspots (log));
  self->loading = FALSE;

  update_state (self);
  update_actions (self);
}

/* The day's log as saved, or a proposal for a day not written yet. */
static void
load (HkServiceLogPage *self)
{
  g_autoptr(HkServiceLog) log = NULL;
  g_autoptr(GError) error = NULL;

  log = hk_service_log_store_get (get_store (self), self->day, &error);
  if (log == NULL && error == NULL)
    log = hk_service_log_store_propose (get_store (self), self->day, &error);

  if (log == NULL)
    {
      if (get_section (self) != NULL)
        hk_section_show_error (get_section (self), error);
      return;
    }

  self->modified = FALSE;
  show_log (self, log);
}

static void show_day (HkServiceLogPage *self,
                      char             *day);

static void
on_discard_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        HkServiceLogPage *self)
{
  const char *day = g_object_get_data (G_OBJECT (dialog), "day");

  if (g_strcmp0 (response, "discard") != 0)
    return;

  self->modified = FALSE;
  show_day (self, g_strdup (day));
}

/* Shows @day's log (never a day after today); takes @day. Asks first when the day shown has
 * changes not saved. */
static void
show_day (HkServiceLogPage *self,
          char             *day)
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

  if (self->modified && self->day != NULL && g_strcmp0 (day, self->day) != 0)
    {
      AdwMessageDialog *dialog;
      g_autofree char *shown = hk_settlement_format_day (self->day);

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self),
                                                           _("Discard Your Changes?"), NULL));
      adw_message_dialog_format_body (dialog,
                                      _("The service log of %s has changes that are not saved. "
                                        "Save them first, or discard them and go on."), shown);
      adw_message_dialog_add_responses (dialog,
                                        "cancel", _("_Keep Editing"),
                                        "discard", _("_Discard Changes"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_close_response (dialog, "cancel");
      g_object_set_data_full (G_OBJECT (dialog), "day", day, g_free);
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  g_free (self->day);
  self->day = day;

  label = hk_settlement_format_day (self->day);
  gtk_menu_button_set_label (self->day_button, label);

  g_free (self->subtitle);
  /* Translators: the header's subtitle on the Service Log page: "Service log of 2026-10-05
   * Mon" */
  self->subtitle = g_strdup_printf (_("Service log of %s"), label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);

  load (self);
}

static void
previous_day_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HkServiceLogPage *self = HK_SERVICE_LOG_PAGE (widget);

  show_day (self, hk_settlement_shift_day (self->day, -1));
}

static void
next_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkServiceLogPage *self = HK_SERVICE_LOG_PAGE (widget);

  show_day (self, hk_settlement_shift_day (self->day, 1));
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkServiceLogPage *self = HK_SERVICE_LOG_PAGE (widget);

  show_day (self, dup_today (self));
}

static void
on_day_popover_show_cb (HkServiceLogPage *self)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, mday;

  if (sscanf (self->day, "%4d-%2d-%2d", &year, &month, &mday) != 3)
    return;

  date = g_date_time_new_local (year, month, mday, 12, 0, 0);
  self->syncing_calendar = TRUE;
  gtk_calendar_select_day (self->day_calendar, date);
  self->syncing_calendar = FALSE;
}

static void
on_day_calendar_day_selected_cb (HkServiceLogPage *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->syncing_calendar)
    return;

  date = gtk_calendar_get_date (self->day_calendar);
  gtk_popover_popdown (self->day_popover);
  show_day (self, g_date_time_format (date, "%Y-%m-%d"));
}

static void
propose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkServiceLogPage *self = HK_SERVICE_LOG_PAGE (widget);
  g_autoptr(HkServiceLog) proposal = NULL;
  g_autoptr(GError) error = NULL;
  gboolean was_proposal = self->log != NULL && hk_service_log_is_proposal (self->log);

  proposal = hk_service_log_store_propose (get_store (self), self->day, &error);
  if (proposal == NULL)
    {
      if (get_section (self) != NULL)
        hk_section_show_error (get_section (self), error);
      return;
    }

  /* Over a saved log, the proposal is a change to save. */
  if (!was_proposal && self->log != NULL)
    {
      g_autoptr(HkServiceLog) saved = g_object_ref (self->log);

      show_log (self, proposal);
      g_set_object (&self->log, saved);
      self->modified = TRUE;
    }
  else
    {
      self->modified = FALSE;
      show_log (self, proposal);
    }

  update_state (self);
  update_actions (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkServiceLogPage *self = HK_SERVICE_LOG_PAGE (widget);
  g_autofree char *overview = dup_text (self->overview_view);
  g_autofree char *business = dup_text (self->business_view);
  g_autofree char *inquiry = dup_text (self->inquiry_view);
  g_autofree char *complaints = dup_text (self->complaint_view);
  g_autoptr(HkServiceLog) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *label = NULL;

  saved = hk_service_log_store_save (get_store (self), hk_context_get_operator (self->context),
                                     self->day, overview, business, inquiry, complaints, &error);
  if (saved == NULL)
    {
      if (get_section (self) != NULL)
        hk_section_show_error (get_section (self), error);
      return;
    }

  label = hk_settlement_format_day (self->day);
  /* Translators: "The service log of 2026-10-05 Mon is saved (revision 2)" */
  message = g_strdup_printf (_("The service log of %s is saved (revision %u)"), label,
                             hk_service_log_get_revision (saved));
  self->modified = FALSE;
  show_log (self, saved);
  if (get_section (self) != NULL)
    hk_section_show_toast (get_section (self), message);
}

static void
on_store_changed_cb (HkServiceLogPage *self,
                     const char       *day)
{
  /* A save elsewhere (another window, the command line) of the day shown, when not editing. */
  if (g_strcmp0 (day, self->day) == 0 && !self->modified)
    load (self);
}

static void
hk_service_log_page_constructed (GObject *object)
{
  HkServiceLogPage *self = (HkServiceLogPage *)object;
  GtkTextView *views[] = {
    self->overview_view, self->business_view, self->inquiry_view, self->complaint_view,
  };

  G_OBJECT_CLASS (hk_service_log_page_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_signal_connect_object (gtk_text_view_get_buffer (views[i]), "changed",
                             G_CALLBACK (on_text_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (get_store (self), "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);

  show_day (self, dup_today (self));
}

static void
hk_service_log_page_dispose (GObject *object)
{
  HkServiceLogPage *self = (HkServiceLogPage *)object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_SERVICE_LOG_PAGE);
  g_clear_object (&self->log);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hk_service_log_page_parent_class)->dispose (object);
}

static void
hk_service_log_page_finalize (GObject *object)
{
  HkServiceLogPage *self = (HkServiceLogPage *)object;

  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->state, g_free);

  G_OBJECT_CLASS (hk_service_log_page_parent_class)->finalize (object);
}

static void
hk_service_log_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HkServiceLogPage *self = HK_SERVICE_LOG_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_service_log_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HkServiceLogPage *self = HK_SERVICE_LOG_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_service_log_page_class_init (HkServiceLogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_service_log_page_constructed;
  object_class->dispose = hk_service_log_page_dispose;
  object_class->finalize = hk_service_log_page_finalize;
  object_class->get_property = hk_service_log_page_get_property;
  object_class->set_property = hk_service_log_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-service-log-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkServiceLogPage, business_view);
  gtk_widget_class_bind_template_child (widget_class, HkServiceLogPage, complaint_view);
  gtk_widget_class_bind_template_child (widget_class, HkServiceLogPage, day_button);
  gtk_widget_class_bind_template_child (widget_class, HkServiceLogPage, day_calendar);
  gtk_widget_class_bind_template_child (widget_class, HkServiceLogPage, day_popover);
  gtk_widget_class_bind_template_child (widget_class, HkServiceLogPage, inquiry_view);
  gtk_widget_class_bind_template_child (widget_class, HkServiceLogPage, overview_view);
  gtk_widget_class_bind_template_child (widget_class, HkServiceLogPage, save_button);
  gtk_widget_class_bind_template_child (widget_class, HkServiceLogPage, state_icon);
  gtk_widget_class_bind_template_child (widget_class, HkServiceLogPage, state_label);
  gtk_widget_class_bind_template_callback (widget_class, on_day_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_popover_show_cb);

  gtk_widget_class_install_action (widget_class, "service-log.previous-day", NULL,
                                   previous_day_action);
  gtk_widget_class_install_action (widget_class, "service-log.next-day", NULL, next_day_action);
  gtk_widget_class_install_action (widget_class, "service-log.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "service-log.propose", NULL, propose_action);
  gtk_widget_class_install_action (widget_class, "service-log.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "service-log.save", NULL);
}

static void
hk_service_log_page_init (HkServiceLogPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkServiceLogPage *
hk_service_log_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_SERVICE_LOG_PAGE, "context", context, NULL);
}

const char *
hk_service_log_page_get_day (HkServiceLogPage *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG_PAGE (self), NULL);

  return self->day;
}

/* Shows the log of @day, "YYYY-MM-DD" (today at the latest), asking first about changes. */
void
hk_service_log_page_set_day (HkServiceLogPage *self,
                             const char       *day)
{
  g_return_if_fail (HK_IS_SERVICE_LOG_PAGE (self));
  g_return_if_fail (day != NULL);

  show_day (self, g_strdup (day));
}

const char *
hk_service_log_page_get_subtitle (HkServiceLogPage *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG_PAGE (self), NULL);

  return self->subtitle;
}

/* The line that says what is shown: a proposal, a saved log, or changes not saved. */
const char *
hk_service_log_page_get_state (HkServiceLogPage *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG_PAGE (self), NULL);

  return self->state;
}

gboolean
hk_service_log_page_is_modified (HkServiceLogPage *self)
{
  g_return_val_if_fail (HK_IS_SERVICE_LOG_PAGE (self), FALSE);

  return self->modified;
}
