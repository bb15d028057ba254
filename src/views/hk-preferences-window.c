/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-preferences-window.c: the hall's settings and the database in use.
 *
 * The hall's name, code and time zone are records of the hall, kept in the
 * database with an audit entry; only an administrator or the hall supervisor
 * changes them. Everyone else sees them read-only.
 *
 * The Workstation page holds this computer's settings (GSettings): the idle
 * lock, and the backup folder with a backup and a restore by hand.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-backup.h"
#include "hk-application.h"
#include "hk-preferences-window.h"
#include "hk-section.h"

struct _HkPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  HkContext            *context;
  GSettings            *settings;
  gboolean              may_edit;

  /* Template widgets */
  AdwEntryRow          *code_row;
  AdwActionRow         *database_row;
  AdwPreferencesGroup  *hall_group;
  AdwEntryRow          *name_row;
  GtkLabel             *problem_label;
  GtkButton            *save_button;
  AdwActionRow         *schema_row;
  AdwEntryRow          *time_zone_row;
  AdwEntryRow          *backup_folder_row;
  GtkSpinButton        *backup_keep_spin;
  GtkSpinButton        *idle_lock_spin;
  AdwActionRow         *latest_backup_row;
};

G_DEFINE_FINAL_TYPE (HkPreferencesWindow, hk_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
row_text (gpointer row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
is_changed (HkPreferencesWindow *self)
{
  HkHallStore *hall = hk_context_get_hall_store (self->context);
  g_autofree char *name = hk_hall_store_dup_name (hall);
  g_autofree char *code = hk_hall_store_dup_code (hall);
  g_autofree char *tz = hk_hall_store_dup_time_zone_id (hall);

  return g_strcmp0 (name, row_text (self->name_row)) != 0 ||
         g_strcmp0 (code, row_text (self->code_row)) != 0 ||
         g_strcmp0 (tz, row_text (self->time_zone_row)) != 0;
}

static void
update_actions (HkPreferencesWindow *self)
{
  g_autofree char *name = g_strstrip (g_strdup (row_text (self->name_row)));
  gboolean tz_ok = hk_time_zone_id_is_valid (row_text (self->time_zone_row));
  const char *problem = NULL;

  if (self->context == NULL)
    return;

  if (!self->may_edit)
    problem = _("Only an administrator or the hall supervisor changes these settings.");
  else if (*name == '\0')
    problem = _("Give the hall’s name.");
  else if (!tz_ok)
    problem = _("The time zone is a name such as Asia/Shanghai.");

  if (tz_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->time_zone_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->time_zone_row), "error");

  gtk_label_set_label (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.save-hall",
                                 self->may_edit && problem == NULL && is_changed (self));
}

static void
load_hall (HkPreferencesWindow *self)
{
  HkHallStore *hall = hk_context_get_hall_store (self->context);
  g_autofree char *name = hk_hall_store_dup_name (hall);
  g_autofree char *code = hk_hall_store_dup_code (hall);
  g_autofree char *tz = hk_hall_store_dup_time_zone_id (hall);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  gtk_editable_set_text (GTK_EDITABLE (self->code_row), code);
  gtk_editable_set_text (GTK_EDITABLE (self->time_zone_row), tz);
}

static void
save_hall_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HkPreferencesWindow *self = HK_PREFERENCES_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!hk_hall_store_update (hk_context_get_hall_store (self->context),
                             hk_context_get_operator (self->context),
                             row_text (self->name_row), row_text (self->code_row),
                             row_text (self->time_zone_row), &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        hk_section_new_toast (error->message));
      return;
    }

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    hk_section_new_toast (_("Hall settings saved")));
  update_actions (self);
}

static void
show_toast (HkPreferencesWindow *self,
            const char          *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), hk_section_new_toast (message));
}

static void
update_latest_backup (HkPreferencesWindow *self)
{
  g_autofree char *folder = hk_application_dup_backup_folder ();
  g_autoptr(GPtrArray) backups = hk_backup_list (folder, NULL);

  adw_action_row_set_subtitle (self->latest_backup_row,
                               backups != NULL && backups->len > 0
                               ? (const char *)g_ptr_array_index (backups, 0)
                               : _("None yet"));
}

static void
backup_now_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HkPreferencesWindow *self = HK_PREFERENCES_WINDOW (widget);
  g_autofree char *folder = hk_application_dup_backup_folder ();
  g_autofree char *made = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  made = hk_backup_write_in (hk_context_get_database (self->context),
                             hk_context_get_operator (self->context), folder, &error);
  if (made == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  message = g_strdup_printf (_("Backup written to %s"), made);
  show_toast (self, message);
  update_latest_backup (self);
}

/* The restore ends the session: the restored records may not know this operator, and every
 * open view shows the old ones. The application closes every window (this one too) and the
 * database's context, opens a new one and shows the login window. */
static void
on_restore_confirmed_cb (AdwMessageDialog    *dialog,
                         const char          *response,
                         HkPreferencesWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "backup-path");
  GApplication *application = g_application_get_default ();
  g_autofree char *aside = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "restore") != 0 || !HK_IS_APPLICATION (application))
    return;

  aside = hk_application_restore (HK_APPLICATION (application), path, &error);
  if (aside == NULL)
    show_toast (self, error->message);
}

static void
on_restore_file_chosen_cb (GtkNativeDialog     *chooser,
                           int                  response,
                           HkPreferencesWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  /* Checked here already, so that the question is only asked about a backup that restores. */
  if (!hk_backup_check (path, &error))
    {
      show_toast (self, error->message);
      return;
    }

  body = g_strdup_printf (_("The database is replaced by the backup “%s”. Everything written "
                            "since that backup is no longer in it; the current database is kept "
                            "beside it. Everyone is logged out."), path);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup-path", g_steal_pointer (&path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_restore_confirmed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkPreferencesWindow *self = HK_PREFERENCES_WINDOW (widget);
  g_autofree char *folder = hk_application_dup_backup_folder ();
  g_autoptr(GFile) start = g_file_new_for_path (folder);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Choose a Backup"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), start, NULL);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_restore_file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
bind_workstation_settings (HkPreferencesWindow *self)
{
  HkOperator *operator = hk_context_get_operator (self->context);
  g_autofree char *default_folder = hk_backup_get_default_dir ();

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "idle-lock-minutes",
                   gtk_spin_button_get_adjustment (self->idle_lock_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "backup-keep",
                   gtk_spin_button_get_adjustment (self->backup_keep_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "backup-folder", self->backup_folder_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->backup_folder_row), default_folder);
  g_signal_connect_object (self->settings, "changed::backup-folder",
                           G_CALLBACK (update_latest_backup), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.backup-now",
                                 operator != NULL &&
                                 hk_operator_has_any_role (operator, HK_BACKUP_ROLES));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.restore",
                                 operator != NULL &&
                                 hk_operator_has_any_role (operator, HK_RESTORE_ROLES));
  update_latest_backup (self);
}

static void
hk_preferences_window_constructed (GObject *object)
{
  HkPreferencesWindow *self = (HkPreferencesWindow *)object;
  HkDatabase *database;
  HkOperator *operator;
  g_autofree char *schema = NULL;

  G_OBJECT_CLASS (hk_preferences_window_parent_class)->constructed (object);

  g_assert (self->context != NULL);

  operator = hk_context_get_operator (self->context);
  self->may_edit = operator != NULL &&
                   hk_operator_has_any_role (operator, HK_ROLE_ADMINISTRATOR | HK_ROLE_SUPERVISOR);

  database = hk_context_get_database (self->context);
  schema = g_strdup_printf ("%u", hk_database_get_schema_version (database));
  adw_action_row_set_subtitle (self->database_row, hk_database_get_path (database));
  adw_action_row_set_subtitle (self->schema_row, schema);

  load_hall (self);

  gtk_editable_set_editable (GTK_EDITABLE (self->name_row), self->may_edit);
  gtk_editable_set_editable (GTK_EDITABLE (self->code_row), self->may_edit);
  gtk_editable_set_editable (GTK_EDITABLE (self->time_zone_row), self->may_edit);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), self->may_edit);

  update_actions (self);
  bind_workstation_settings (self);
}

static void
hk_preferences_window_dispose (GObject *object)
{
  HkPreferencesWindow *self = (HkPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hk_preferences_window_parent_class)->dispose (object);
}

static void
hk_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HkPreferencesWindow *self = HK_PREFERENCES_WINDOW (object);

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
hk_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HkPreferencesWindow *self = HK_PREFERENCES_WINDOW (object);

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
hk_preferences_window_class_init (HkPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_preferences_window_constructed;
  object_class->dispose = hk_preferences_window_dispose;
  object_class->get_property = hk_preferences_window_get_property;
  object_class->set_property = hk_preferences_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HkPreferencesWindow, code_row);
  gtk_widget_class_bind_template_child (widget_class, HkPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, HkPreferencesWindow, hall_group);
  gtk_widget_class_bind_template_child (widget_class, HkPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, HkPreferencesWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkPreferencesWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, HkPreferencesWindow, schema_row);
  gtk_widget_class_bind_template_child (widget_class, HkPreferencesWindow, time_zone_row);
  gtk_widget_class_bind_template_child (widget_class, HkPreferencesWindow, backup_folder_row);
  gtk_widget_class_bind_template_child (widget_class, HkPreferencesWindow, backup_keep_spin);
  gtk_widget_class_bind_template_child (widget_class, HkPreferencesWindow, idle_lock_spin);
  gtk_widget_class_bind_template_child (widget_class, HkPreferencesWindow, latest_backup_row);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "preferences.save-hall", NULL, save_hall_action);
  gtk_widget_class_install_action (widget_class, "preferences.backup-now", NULL,
                                   backup_now_action);
  gtk_widget_class_install_action (widget_class, "preferences.restore", NULL, restore_action);
}

static void
hk_preferences_window_init (HkPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkPreferencesWindow *
hk_preferences_window_new (GtkWindow *parent,
                           HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}
