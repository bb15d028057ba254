/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-application.c: the Hallkeeper application: opens the database, logs in, logs out.
 *
 * One database per process, chosen with --database (default: the user's
 * hallkeeper.db). The login window comes first; after login, the main window
 * shows what the operator's roles allow. Logging out closes the main window
 * and returns to the login window.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-audit-log.h"
#include "core/hk-backup.h"
#include "core/hk-paths.h"
#include "hk-application.h"
#include "hk-login-window.h"
#include "hk-preferences-window.h"
#include "hk-window.h"

struct _HkApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  HkContext      *context;

  /* The daily backup's failure, until a main window shows it. */
  char           *backup_failure;
};

G_DEFINE_FINAL_TYPE (HkApplication, hk_application, ADW_TYPE_APPLICATION)

static GtkWindow *
find_window (HkApplication *self,
             GType          type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return GTK_WINDOW (l->data);

  return NULL;
}

static void
on_logged_in_cb (HkApplication *self,
                 HkOperator    *operator,
                 HkLoginWindow *login_window)
{
  hk_application_log_in (self, operator);
  gtk_window_destroy (GTK_WINDOW (login_window));
}

static void
show_fatal_error (HkApplication *self,
                  const char    *heading,
                  const char    *body)
{
  GtkWidget *dialog;

  g_printerr ("hallkeeper: %s: %s\n", heading, body);

  dialog = adw_message_dialog_new (NULL, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (g_application_quit), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  HkApplication *self = user_data;

  /* Close each window so that it saves its state. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; )
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  HkApplication *self = user_data;
  static const char *developers[] = { "The Hallkeeper developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-icon", APP_ID,
                        "application-name", _("Hallkeeper"),
                        "version", PACKAGE_VERSION,
                        "comments", _("The back office of a mobile operator’s service hall: the "
                                      "cash desk, reports, complaints, customer files and "
                                      "repairs."),
                        "developer-name", _("The Hallkeeper developers"),
                        "developers", developers,
                        "translator-credits", _("translator-credits"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/hallkeeper/hallkeeper",
                        "issue-url", "https://github.com/hallkeeper/hallkeeper/issues",
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  HkApplication *self = user_data;
  HkPreferencesWindow *preferences;

  if (self->context == NULL || hk_context_get_operator (self->context) == NULL)
    return;

  /* A locked window shows nothing of the hall until the password is entered. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (HK_IS_WINDOW (l->data) && hk_window_is_locked (l->data))
      return;

  preferences = hk_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                           self->context);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
logout_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  HkApplication *self = user_data;
  HkOperator *operator;
  GtkWindow *window;
  g_autoptr(GError) error = NULL;

  if (self->context == NULL || (operator = hk_context_get_operator (self->context)) == NULL)
    return;

  if (!hk_audit_log_append (hk_context_get_database (self->context), operator, "logout",
                            "operator", hk_operator_get_id (operator), "logged out", &error))
    g_warning ("Cannot record the logout: %s", error->message);

  hk_application_show_login (self);

  /* Close every other window of the session: main window, preferences, editors. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; )
    {
      window = l->data;
      l = l->next;
      if (!HK_IS_LOGIN_WINDOW (window))
        gtk_window_close (window);
    }

  hk_context_set_operator (self->context, NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "logout", logout_action },
};

static void
update_app_actions (HkApplication *self)
{
  gboolean logged_in = self->context != NULL && hk_context_get_operator (self->context) != NULL;
  GAction *action;

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "preferences");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), logged_in);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "logout");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), logged_in);
}

static int
hk_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  HkApplication *self = HK_APPLICATION (application);
  const char *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("hallkeeper %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      g_free (self->database_path);
      self->database_path = g_canonicalize_filename (path, NULL);
    }

  return G_APPLICATION_CLASS (hk_application_parent_class)->handle_local_options (application,
                                                                                  options);
}

static void
hk_application_startup (GApplication *application)
{
  HkApplication *self = HK_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *logout_accels[] = { "<Control><Shift>l", NULL };
  static const char *help_overlay_accels[] = { "<Control>question", "F1", NULL };

  G_APPLICATION_CLASS (hk_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.logout", logout_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         help_overlay_accels);
  update_app_actions (self);
}

static void
hk_application_activate (GApplication *application)
{
  HkApplication *self = HK_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  if ((window = find_window (self, HK_TYPE_WINDOW)) != NULL ||
      (window = find_window (self, HK_TYPE_LOGIN_WINDOW)) != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->context == NULL)
    {
      g_autofree char *path = self->database_path != NULL ? g_strdup (self->database_path)
                                                          : hk_paths_get_default_database ();

      if (!hk_application_open (self, path, &error))
        {
          show_fatal_error (self, _("Cannot Open the Database"), error->message);
          return;
        }
    }

  hk_application_show_login (self);
}

static void
hk_application_finalize (GObject *object)
{
  HkApplication *self = (HkApplication *)object;

  g_clear_object (&self->context);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->backup_failure, g_free);

  G_OBJECT_CLASS (hk_application_parent_class)->finalize (object);
}

static void
hk_application_class_init (HkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = hk_application_finalize;

  app_class->activate = hk_application_activate;
  app_class->handle_local_options = hk_application_handle_local_options;
  app_class->startup = hk_application_startup;
}

static void
hk_application_init (HkApplication *self)
{
  static const GOptionEntry entries[] = {
    { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
      N_("The database to open (default: the hall’s database in your data folder)"),
      N_("FILE") },
    { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("The back office of a mobile operator’s service "
                                              "hall."));
  g_application_set_option_context_description (G_APPLICATION (self),
                                                _("Command-line tasks (creating a database, "
                                                  "operators, backups, verification) are in "
                                                  "hallkeeper-cli."));
}

HkApplication *
hk_application_new (void)
{
  return g_object_new (HK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/hallkeeper/Hallkeeper",
                       NULL);
}

/**
 * hk_application_get_context:
 *
 * Returns: (transfer none) (nullable): the context of the open database
 */
HkContext *
hk_application_get_context (HkApplication *self)
{
  g_return_val_if_fail (HK_IS_APPLICATION (self), NULL);

  return self->context;
}

/**
 * hk_application_dup_backup_folder:
 *
 * Returns: (transfer full): the "backup-folder" setting, or the default folder when it is empty
 */
char *
hk_application_dup_backup_folder (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *folder = g_settings_get_string (settings, "backup-folder");

  if (*folder == '\0')
    return hk_backup_get_default_dir ();

  return g_steal_pointer (&folder);
}

/* Shows the daily backup's failure in the main window, or keeps it until there is one. */
static void
show_backup_failure (HkApplication *self)
{
  GtkWindow *window;

  if (self->backup_failure == NULL || (window = find_window (self, HK_TYPE_WINDOW)) == NULL)
    return;

  hk_window_show_toast (HK_WINDOW (window), self->backup_failure);
  g_clear_pointer (&self->backup_failure, g_free);
}

static void
on_daily_backup_done_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(HkApplication) self = user_data;
  g_autofree char *made = NULL;
  g_autoptr(GError) error = NULL;

  made = hk_backup_daily_finish (result, &error);
  if (error != NULL)
    {
      g_warning ("The daily backup failed: %s", error->message);
      g_free (self->backup_failure);
      self->backup_failure = g_strdup_printf (_("The daily backup failed: %s"), error->message);
      show_backup_failure (self);
    }
  else if (made != NULL)
    g_debug ("Daily backup written to %s", made);

  g_application_release (G_APPLICATION (self));
}

/* The first start of each day backs the database up into the backup folder of the settings
 * and keeps the newest "backup-keep" backups, in a thread with its own connection, so that the
 * login window is usable meanwhile. A failure does not stop the work: it is told in the main
 * window, on the terminal and in the audit log, and tried again at the next start. The
 * application is held until the backup ends, so that quitting does not cut it short. */
static void
make_daily_backup (HkApplication *self)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *folder = hk_application_dup_backup_folder ();

  g_application_hold (G_APPLICATION (self));
  hk_backup_daily_async (hk_context_get_database (self->context), folder,
                         (guint)g_settings_get_int (settings, "backup-keep"), NULL,
                         on_daily_backup_done_cb, g_object_ref (self));
}

/* Opens (creating and upgrading when needed) the database the application works on. */
gboolean
hk_application_open (HkApplication  *self,
                     const char     *database_path,
                     GError        **error)
{
  g_autoptr(HkDatabase) database = NULL;

  g_return_val_if_fail (HK_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (self->context == NULL, FALSE);

  if (!(database = hk_database_open (database_path, error)))
    return FALSE;

  self->context = hk_context_new (database);
  g_signal_connect_object (self->context, "notify::operator", G_CALLBACK (update_app_actions),
                           self, G_CONNECT_SWAPPED);

  make_daily_backup (self);

  return TRUE;
}

/* Closes every window and the database; the application may then open another one. */
void
hk_application_close (HkApplication *self)
{
  GList *windows;

  g_return_if_fail (HK_IS_APPLICATION (self));

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));

  g_clear_object (&self->context);
  update_app_actions (self);
}

/**
 * hk_application_show_login:
 *
 * Returns: (transfer none): the login window, new or already open
 */
GtkWindow *
hk_application_show_login (HkApplication *self)
{
  GtkWindow *window;

  g_return_val_if_fail (HK_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);

  if ((window = find_window (self, HK_TYPE_LOGIN_WINDOW)) == NULL)
    {
      window = GTK_WINDOW (hk_login_window_new (GTK_APPLICATION (self), self->context));
      g_signal_connect_object (window, "logged-in", G_CALLBACK (on_logged_in_cb), self,
                               G_CONNECT_SWAPPED);
    }

  gtk_window_present (window);

  return window;
}

/* After a restore: closes every window and the context (its stores and their caches), and
 * opens the database again with a new context, starting at the login window. */
static gboolean
reopen_after_restore_cb (gpointer user_data)
{
  HkApplication *self = user_data;
  g_autofree char *database_path = NULL;
  g_autoptr(GError) error = NULL;

  if (self->context == NULL)
    return G_SOURCE_REMOVE;

  database_path = g_strdup (hk_database_get_path (hk_context_get_database (self->context)));

  /* Without a window for a moment: held, so that the application does not quit. */
  g_application_hold (G_APPLICATION (self));
  hk_application_close (self);
  if (!hk_application_open (self, database_path, &error))
    show_fatal_error (self, _("Cannot Open the Database"), error->message);
  else
    hk_application_show_login (self);
  g_application_release (G_APPLICATION (self));

  return G_SOURCE_REMOVE;
}

/**
 * hk_application_restore:
 * @path: the backup
 *
 * Restores @path over the open database as the logged-in administrator
 * (hk_backup_restore()), then ends the session: every window and the
 * database's context are closed, the database is opened again with a new
 * context, so that no store or view keeps what the replaced database held,
 * and the login window is shown. The session ends when the main loop next
 * runs (an idle callback), not inside the caller.
 *
 * Returns: (transfer full): the path of the replaced database kept aside, or
 *   %NULL when the restore was refused (nothing was closed then)
 */
char *
hk_application_restore (HkApplication  *self,
                        const char     *path,
                        GError        **error)
{
  g_autofree char *aside = NULL;

  g_return_val_if_fail (HK_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  aside = hk_backup_restore (hk_context_get_database (self->context),
                             hk_context_get_operator (self->context), path, error);
  if (aside == NULL)
    return NULL;

  g_message ("Restored from %s; the replaced database is kept as %s", path, aside);

  /* Not now: the caller is likely a dialog of a window that this closes. */
  g_idle_add_full (G_PRIORITY_DEFAULT, reopen_after_restore_cb, g_object_ref (self),
                   g_object_unref);

  return g_steal_pointer (&aside);
}

/**
 * hk_application_log_in:
 * @operator: an operator the store has authenticated
 *
 * Returns: (transfer none): the main window for @operator
 */
GtkWindow *
hk_application_log_in (HkApplication *self,
                       HkOperator    *operator)
{
  HkWindow *window;

  g_return_val_if_fail (HK_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (HK_IS_OPERATOR (operator), NULL);

  hk_context_set_operator (self->context, operator);

  window = hk_window_new (GTK_APPLICATION (self), self->context);
  gtk_window_present (GTK_WINDOW (window));
  show_backup_failure (self);

  return GTK_WINDOW (window);
}
