/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-window.c: the main window: the sections the operator's roles allow.
 *
 * The sidebar lists only the sections that the logged-in operator's roles
 * may use (hk-section-registry.c); the first one shown is the operator's
 * daily work. The header bar shows the section's title, its subtitle and its
 * main command; the operator and the hall are always named.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-audit-log.h"
#include "core/hk-password.h"
#include "hk-lock-page.h"
#include "hk-section.h"
#include "hk-section-registry.h"
#include "hk-window.h"

#define MAX_SECTION_SHORTCUTS 9

struct _HkWindow
{
  AdwApplicationWindow  parent_instance;

  HkContext            *context;
  GSettings            *settings;
  GPtrArray            *section_ids;
  GBinding             *subtitle_binding;
  gulong                main_action_handler;
  HkSection            *watched_section;

  /* The idle lock: after idle_seconds without a key press, click, scroll or pointer motion,
   * the lock page replaces the content (kept in unlocked_content) and the session's other
   * windows are hidden (kept in hidden_windows) until the operator's password is entered. */
  guint                 idle_seconds;
  guint                 idle_source;
  gint64                last_activity;
  GtkWidget            *unlocked_content;
  GPtrArray            *hidden_windows;

  /* Template widgets */
  AdwWindowTitle       *hall_title;
  AdwLeaflet           *leaflet;
  GtkButton            *main_action_button;
  GtkLabel             *operator_label;
  GtkLabel             *roles_label;
  AdwWindowTitle       *section_title;
  GtkListBox           *section_list;
  AdwViewStack         *stack;
  AdwToastOverlay      *toast_overlay;
};

G_DEFINE_FINAL_TYPE (HkWindow, hk_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static HkSection *
get_visible_section (HkWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->stack);

  return HK_IS_SECTION (child) ? HK_SECTION (child) : NULL;
}

static void
update_hall (HkWindow *self)
{
  HkHallStore *hall = hk_context_get_hall_store (self->context);
  g_autofree char *name = hk_hall_store_dup_name (hall);
  g_autofree char *code = hk_hall_store_dup_code (hall);

  adw_window_title_set_title (self->hall_title, *name != '\0' ? name : _("Hallkeeper"));
  adw_window_title_set_subtitle (self->hall_title, code);
}

static void
update_operator (HkWindow *self)
{
  HkOperator *operator = hk_context_get_operator (self->context);
  g_autofree char *roles = NULL;

  if (operator == NULL)
    return;

  roles = hk_roles_to_titles (hk_operator_get_roles (operator));
  gtk_label_set_label (self->operator_label, hk_operator_get_display_name (operator));
  gtk_label_set_label (self->roles_label, roles);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->roles_label), roles);
}

static void
update_main_action (HkWindow *self)
{
  HkSection *section = get_visible_section (self);
  gboolean enabled = section != NULL &&
                     hk_section_get_main_action (section, NULL, NULL) != NULL &&
                     hk_section_get_main_action_enabled (section);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.main-action", enabled);
}

static void
watch_section (HkWindow  *self,
               HkSection *section)
{
  if (self->watched_section != NULL)
    {
      g_clear_signal_handler (&self->main_action_handler, self->watched_section);
      g_object_remove_weak_pointer (G_OBJECT (self->watched_section),
                                    (gpointer *)&self->watched_section);
      self->watched_section = NULL;
    }

  if (section == NULL)
    return;

  self->watched_section = section;
  g_object_add_weak_pointer (G_OBJECT (section), (gpointer *)&self->watched_section);
  self->main_action_handler = g_signal_connect_object (section, "notify::main-action-enabled",
                                                       G_CALLBACK (update_main_action), self,
                                                       G_CONNECT_SWAPPED);
}

static void
update_header (HkWindow *self)
{
  HkSection *section = get_visible_section (self);
  const char *action_name = NULL;
  const char *label = NULL;
  const char *tooltip = NULL;

  g_clear_pointer (&self->subtitle_binding, g_binding_unbind);
  watch_section (self, section);

  if (section == NULL)
    {
      adw_window_title_set_title (self->section_title, _("Hallkeeper"));
      adw_window_title_set_subtitle (self->section_title, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->main_action_button), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.main-action", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
      return;
    }

  adw_window_title_set_title (self->section_title,
                              adw_view_stack_page_get_title (
                                adw_view_stack_get_page (self->stack, GTK_WIDGET (section))));
  self->subtitle_binding = g_object_bind_property (section, "subtitle",
                                                   self->section_title, "subtitle",
                                                   G_BINDING_SYNC_CREATE);

  action_name = hk_section_get_main_action (section, &label, &tooltip);
  gtk_button_set_label (self->main_action_button, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->main_action_button), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self->main_action_button), action_name != NULL);
  update_main_action (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search",
                                 HK_SECTION_GET_CLASS (section)->focus_search != NULL);
}

static GtkWidget *
create_section_row (const HkSectionInfo *info,
                    guint                position)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *image = gtk_image_new_from_icon_name (info->icon_name);
  GtkWidget *label = gtk_label_new (_(info->title));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->id);

  if (position < MAX_SECTION_SHORTCUTS)
    {
      /* Translators: a tooltip, e.g. "Ctrl+1" */
      g_autofree char *tooltip = g_strdup_printf (_("Ctrl+%u"), position + 1);
      gtk_widget_set_tooltip_text (row, tooltip);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->title),
                                  -1);

  return row;
}

/* The section an operator lands on: the daily work of their most senior role, so a hall
 * supervisor who is also a duty manager starts on the analysis, a technician who also takes
 * payments on the repair desk, and a clerk who also takes complaints at the counter. */
static const char *
find_home_section (const HkSectionInfo *sections,
                   guint                n_sections,
                   HkRoles              roles)
{
  static const HkRoles seniority[] = {
    HK_ROLE_SUPERVISOR, HK_ROLE_DUTY_MANAGER, HK_ROLE_AUDITOR, HK_ROLE_ARCHIVIST,
    HK_ROLE_TECHNICIAN, HK_ROLE_CLERK, HK_ROLE_COMPLAINT_OFFICER, HK_ROLE_ADMINISTRATOR,
  };

  for (guint r = 0; r < G_N_ELEMENTS (seniority); r++)
    {
      if ((roles & seniority[r]) == 0)
        continue;

      for (guint i = 0; i < n_sections; i++)
        if ((sections[i].roles & roles) != 0 && (sections[i].home_for & seniority[r]) != 0)
          return sections[i].id;
    }

  return NULL;
}

/* Builds the sidebar and the pages for the operator's roles, then shows their home section. */
static void
populate_sections (HkWindow *self)
{
  HkOperator *operator = hk_context_get_operator (self->context);
  HkRoles roles = operator != NULL ? hk_operator_get_roles (operator) : HK_ROLE_NONE;
  const HkSectionInfo *sections;
  const char *home = NULL;
  guint n_sections;

  sections = hk_section_registry_get (&n_sections);

  for (guint i = 0; i < n_sections; i++)
    {
      const HkSectionInfo *info = &sections[i];
      GtkWidget *page;
      AdwViewStackPage *stack_page;

      if ((info->roles & roles) == 0)
        continue;

      page = g_object_new (info->get_type (), "context", self->context, NULL);
      stack_page = adw_view_stack_add_titled (self->stack, page, info->id, _(info->title));
      adw_view_stack_page_set_icon_name (stack_page, info->icon_name);

      gtk_list_box_append (self->section_list, create_section_row (info, self->section_ids->len));
      g_ptr_array_add (self->section_ids, g_strdup (info->id));

    }

  home = find_home_section (sections, n_sections, roles);
  if (home == NULL && self->section_ids->len > 0)
    home = g_ptr_array_index (self->section_ids, 0);

  if (home != NULL)
    hk_window_show_section (self, home);
  else
    adw_view_stack_set_visible_child_name (self->stack, "no-sections");

  update_header (self);
}

static void
on_section_list_row_activated_cb (HkWindow      *self,
                                  GtkListBoxRow *row)
{
  hk_window_show_section (self, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_stack_visible_child_changed_cb (HkWindow *self)
{
  update_header (self);
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HkWindow *self = HK_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_section_nth_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  HkWindow *self = HK_WINDOW (widget);
  guint n = (guint)g_variant_get_int32 (parameter);

  if (n >= 1 && n <= self->section_ids->len)
    {
      hk_window_show_section (self, g_ptr_array_index (self->section_ids, n - 1));
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
    }
}

static void
main_action_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HkWindow *self = HK_WINDOW (widget);
  HkSection *section = get_visible_section (self);
  const char *section_action;

  if (section == NULL || (section_action = hk_section_get_main_action (section, NULL, NULL)) == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (section), section_action, NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkWindow *self = HK_WINDOW (widget);
  HkSection *section = get_visible_section (self);

  if (section != NULL)
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      hk_section_focus_search (section);
    }
}

static const char *
dialog_entry_text (AdwMessageDialog *dialog,
                   const char       *name)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      return gtk_editable_get_text (GTK_EDITABLE (row));

  g_return_val_if_reached ("");
}

static void
on_change_password_changed_cb (AdwMessageDialog *dialog)
{
  const char *new_password = dialog_entry_text (dialog, "new");

  adw_message_dialog_set_response_enabled (dialog, "change",
                                           *dialog_entry_text (dialog, "current") != '\0' &&
                                           hk_password_validate (new_password, NULL) &&
                                           g_strcmp0 (new_password,
                                                      dialog_entry_text (dialog, "confirm")) == 0);
}

static void
on_change_password_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                HkWindow         *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "change") != 0)
    return;

  if (!hk_operator_store_change_own_password (hk_context_get_operator_store (self->context),
                                              hk_context_get_operator (self->context),
                                              dialog_entry_text (dialog, "current"),
                                              dialog_entry_text (dialog, "new"), &error))
    {
      hk_window_show_toast (self, error->message);
      return;
    }

  hk_window_show_toast (self, _("Your password has been changed"));
}

static void
add_password_row (GtkWidget        *list,
                  AdwMessageDialog *dialog,
                  const char       *name,
                  const char       *title)
{
  GtkWidget *row = adw_password_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_change_password_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

static void
change_password_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HkWindow *self = HK_WINDOW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *list;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Change Your Password?"),
                                                       _("Type your current password once and "
                                                         "the new one twice.")));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_message_dialog_set_extra_child (dialog, list);
  add_password_row (list, dialog, "current", _("Current password"));
  add_password_row (list, dialog, "new", _("New password"));
  add_password_row (list, dialog, "confirm", _("New password again"));

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "change", _("C_hange Password"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "change", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "change");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "change", FALSE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_change_password_response_cb), self,
                           0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_window_state (HkWindow *self)
{
  int width;
  int height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));

  if (hk_window_get_visible_section (self) != NULL)
    g_settings_set_string (self->settings, "last-section", hk_window_get_visible_section (self));
}

static gboolean
hk_window_close_request (GtkWindow *window)
{
  save_window_state (HK_WINDOW (window));

  return GTK_WINDOW_CLASS (hk_window_parent_class)->close_request (window);
}

/* The actions of the window that act on its content, disabled while it is locked. */
static const char * const content_actions[] = {
  "win.show-sidebar", "win.show-section-nth", "win.main-action", "win.search",
  "win.change-password",
};

static void
note_activity (HkWindow *self)
{
  self->last_activity = g_get_monotonic_time ();
}

static gboolean
on_key_pressed_cb (HkWindow *self)
{
  note_activity (self);
  return GDK_EVENT_PROPAGATE;
}

static void
set_content_actions_enabled (HkWindow *self,
                             gboolean  enabled)
{
  for (guint i = 0; i < G_N_ELEMENTS (content_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), content_actions[i], enabled);
}

static void
on_unlocked_cb (HkWindow *self)
{
  g_autoptr(GPtrArray) hidden = g_steal_pointer (&self->hidden_windows);

  if (self->unlocked_content == NULL)
    return;

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), self->unlocked_content);
  g_clear_object (&self->unlocked_content);
  set_content_actions_enabled (self, TRUE);

  for (guint i = 0; hidden != NULL && i < hidden->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (hidden, i), TRUE);

  note_activity (self);
}

/**
 * hk_window_lock:
 * @idle_minutes: how long the window was idle, for the lock page's text; 0 when locked by hand
 *
 * Hides the content and the session's other windows until the operator's
 * password is entered again. The lock is written to the audit log.
 */
void
hk_window_lock (HkWindow *self,
                guint     idle_minutes)
{
  GtkApplication *application;
  HkOperator *operator;
  HkLockPage *page;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  g_return_if_fail (HK_IS_WINDOW (self));

  if (self->unlocked_content != NULL ||
      (operator = hk_context_get_operator (self->context)) == NULL)
    return;

  summary = idle_minutes > 0 ? g_strdup_printf ("locked after %u minutes without use",
                                                idle_minutes)
                             : g_strdup ("locked");
  if (!hk_audit_log_append (hk_context_get_database (self->context), operator, "session-locked",
                            "operator", hk_operator_get_id (operator), summary, &error))
    g_warning ("Cannot record the lock in the audit log: %s", error->message);

  self->hidden_windows = g_ptr_array_new_with_free_func (g_object_unref);
  if ((application = gtk_window_get_application (GTK_WINDOW (self))) != NULL)
    for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
      if (l->data != (gpointer)self && gtk_widget_get_visible (l->data))
        {
          g_ptr_array_add (self->hidden_windows, g_object_ref (l->data));
          gtk_widget_set_visible (l->data, FALSE);
        }

  self->unlocked_content = g_object_ref (adw_application_window_get_content (
    ADW_APPLICATION_WINDOW (self)));
  page = hk_lock_page_new (self->context, idle_minutes);
  g_signal_connect_object (page, "unlocked", G_CALLBACK (on_unlocked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), GTK_WIDGET (page));
  set_content_actions_enabled (self, FALSE);
}

gboolean
hk_window_is_locked (HkWindow *self)
{
  g_return_val_if_fail (HK_IS_WINDOW (self), FALSE);

  return self->unlocked_content != NULL;
}

static gboolean
check_idle_cb (gpointer user_data)
{
  HkWindow *self = user_data;
  gint64 idle = g_get_monotonic_time () - self->last_activity;

  if (self->idle_seconds > 0 && idle >= (gint64)self->idle_seconds * G_USEC_PER_SEC)
    hk_window_lock (self, MAX (self->idle_seconds / 60, 1));

  return G_SOURCE_CONTINUE;
}

/**
 * hk_window_set_idle_lock_seconds:
 * @seconds: how long without use locks the window; 0 never
 *
 * Follows the "idle-lock-minutes" setting; tests set a few seconds.
 */
void
hk_window_set_idle_lock_seconds (HkWindow *self,
                                 guint     seconds)
{
  g_return_if_fail (HK_IS_WINDOW (self));

  self->idle_seconds = seconds;
  g_clear_handle_id (&self->idle_source, g_source_remove);
  note_activity (self);

  if (seconds > 0)
    self->idle_source = g_timeout_add_seconds (CLAMP (seconds / 4, 1, 15), check_idle_cb, self);
}

static void
on_idle_setting_changed_cb (HkWindow *self)
{
  hk_window_set_idle_lock_seconds (self,
                                   60 * g_settings_get_int (self->settings, "idle-lock-minutes"));
}

static void
watch_activity (HkWindow *self)
{
  GtkEventController *controller;

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "pressed", G_CALLBACK (note_activity), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (note_activity), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "scroll-begin", G_CALLBACK (note_activity), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (self->settings, "changed::idle-lock-minutes",
                           G_CALLBACK (on_idle_setting_changed_cb), self, G_CONNECT_SWAPPED);
  on_idle_setting_changed_cb (self);
}

static void
hk_window_constructed (GObject *object)
{
  HkWindow *self = (HkWindow *)object;

  G_OBJECT_CLASS (hk_window_parent_class)->constructed (object);

  g_assert (self->context != NULL);

  g_signal_connect_object (hk_context_get_hall_store (self->context), "changed",
                           G_CALLBACK (update_hall), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::operator",
                           G_CALLBACK (update_operator), self, G_CONNECT_SWAPPED);

  update_hall (self);
  update_operator (self);
  populate_sections (self);
  watch_activity (self);
}

static void
hk_window_dispose (GObject *object)
{
  HkWindow *self = (HkWindow *)object;

  g_clear_pointer (&self->subtitle_binding, g_binding_unbind);
  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_object (&self->unlocked_content);
  g_clear_pointer (&self->hidden_windows, g_ptr_array_unref);
  watch_section (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_WINDOW);

  G_OBJECT_CLASS (hk_window_parent_class)->dispose (object);
}

static void
hk_window_finalize (GObject *object)
{
  HkWindow *self = (HkWindow *)object;

  g_clear_pointer (&self->section_ids, g_ptr_array_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hk_window_parent_class)->finalize (object);
}

static void
hk_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HkWindow *self = HK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  HkWindow *self = HK_WINDOW (object);

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
hk_window_class_init (HkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = hk_window_constructed;
  object_class->dispose = hk_window_dispose;
  object_class->finalize = hk_window_finalize;
  object_class->get_property = hk_window_get_property;
  object_class->set_property = hk_window_set_property;

  window_class->close_request = hk_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HkWindow, hall_title);
  gtk_widget_class_bind_template_child (widget_class, HkWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HkWindow, main_action_button);
  gtk_widget_class_bind_template_child (widget_class, HkWindow, operator_label);
  gtk_widget_class_bind_template_child (widget_class, HkWindow, roles_label);
  gtk_widget_class_bind_template_child (widget_class, HkWindow, section_list);
  gtk_widget_class_bind_template_child (widget_class, HkWindow, section_title);
  gtk_widget_class_bind_template_child (widget_class, HkWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HkWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_section_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-section-nth", "i",
                                   show_section_nth_action);
  gtk_widget_class_install_action (widget_class, "win.main-action", NULL, main_action_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.change-password", NULL,
                                   change_password_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.main-action", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  for (int i = 1; i <= MAX_SECTION_SHORTCUTS; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_CONTROL_MASK,
                                         "win.show-section-nth", "i", i);
}

static void
hk_window_init (HkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->section_ids = g_ptr_array_new_with_free_func (g_free);
  self->settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (on_stack_visible_child_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

HkWindow *
hk_window_new (GtkApplication *application,
               HkContext      *context)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

HkContext *
hk_window_get_context (HkWindow *self)
{
  g_return_val_if_fail (HK_IS_WINDOW (self), NULL);

  return self->context;
}

/* The ids of the sections in the sidebar, in order. */
GStrv
hk_window_dup_section_ids (HkWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (HK_IS_WINDOW (self), NULL);

  for (guint i = 0; i < self->section_ids->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->section_ids, i));

  return g_strv_builder_end (builder);
}

/* Returns FALSE when the operator may not see that section (or it does not exist). */
gboolean
hk_window_show_section (HkWindow   *self,
                        const char *section_id)
{
  GtkWidget *page;

  g_return_val_if_fail (HK_IS_WINDOW (self), FALSE);

  if (section_id == NULL ||
      (page = adw_view_stack_get_child_by_name (self->stack, section_id)) == NULL ||
      !HK_IS_SECTION (page))
    return FALSE;

  adw_view_stack_set_visible_child (self->stack, page);

  for (guint i = 0; i < self->section_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->section_ids, i), section_id) == 0)
      gtk_list_box_select_row (self->section_list,
                               gtk_list_box_get_row_at_index (self->section_list, (int)i));

  return TRUE;
}

const char *
hk_window_get_visible_section (HkWindow *self)
{
  HkSection *section;

  g_return_val_if_fail (HK_IS_WINDOW (self), NULL);

  if ((section = get_visible_section (self)) == NULL)
    return NULL;

  return adw_view_stack_get_visible_child_name (self->stack);
}

/**
 * hk_window_get_section:
 *
 * Returns: (transfer none) (nullable): the page of that section
 */
GtkWidget *
hk_window_get_section (HkWindow   *self,
                       const char *section_id)
{
  GtkWidget *page;

  g_return_val_if_fail (HK_IS_WINDOW (self), NULL);

  page = adw_view_stack_get_child_by_name (self->stack, section_id);

  return HK_IS_SECTION (page) ? page : NULL;
}

void
hk_window_show_toast (HkWindow   *self,
                      const char *message)
{
  g_return_if_fail (HK_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, hk_section_new_toast (message));
}
