/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-login-window.c: logging in, or creating the first administrator of a new database.
 *
 * Emits HkLoginWindow::logged-in with the operator; the application then
 * opens the main window. On a demonstration database it lists the accounts,
 * whose password is public. Wrong passwords are counted and locked out by
 * the operator store, not here.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-error.h"
#include "core/hk-password.h"
#include "hk-login-window.h"

struct _HkLoginWindow
{
  AdwApplicationWindow  parent_instance;

  HkContext            *context;

  /* Template widgets */
  GtkListBox           *demo_list;
  AdwPreferencesGroup  *demo_group;
  GtkLabel             *error_label;
  GtkLabel             *hall_label;
  AdwEntryRow          *login_row;
  AdwPasswordEntryRow  *password_row;
  AdwPasswordEntryRow  *setup_confirm_row;
  GtkLabel             *setup_hint_label;
  AdwEntryRow          *setup_login_row;
  AdwEntryRow          *setup_name_row;
  AdwPasswordEntryRow  *setup_password_row;
  GtkStack             *stack;
  AdwWindowTitle       *window_title;
};

G_DEFINE_FINAL_TYPE (HkLoginWindow, hk_login_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  LOGGED_IN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
row_text (gpointer row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
in_setup (HkLoginWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "setup") == 0;
}

/* The first thing that keeps the administrator form from being valid, or NULL. */
static char *
describe_setup_problem (HkLoginWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (row_text (self->setup_name_row)));

  if (!hk_operator_login_is_valid (row_text (self->setup_login_row), &error) ||
      !hk_password_validate (row_text (self->setup_password_row), &error))
    return g_strdup (error->message);

  if (*name == '\0')
    return g_strdup (_("Give the administrator’s full name."));

  if (g_strcmp0 (row_text (self->setup_password_row), row_text (self->setup_confirm_row)) != 0)
    return g_strdup (_("The two passwords differ."));

  return NULL;
}

static void
update_actions (HkLoginWindow *self)
{
  if (in_setup (self))
    {
      g_autofree char *problem = describe_setup_problem (self);

      gtk_label_set_label (self->setup_hint_label, problem != NULL ? problem : "");
      gtk_widget_set_visible (GTK_WIDGET (self->setup_hint_label), problem != NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "login.create-administrator",
                                     problem == NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "login.log-in", FALSE);
    }
  else
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "login.create-administrator", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "login.log-in",
                                     *row_text (self->login_row) != '\0' &&
                                     *row_text (self->password_row) != '\0');
    }
}

static void
show_error (HkLoginWindow *self,
            const char    *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
populate_demo_accounts (HkLoginWindow *self)
{
  GListModel *operators;
  guint n;

  if (!hk_hall_store_is_demo (hk_context_get_hall_store (self->context)))
    return;

  operators = hk_operator_store_get_model (hk_context_get_operator_store (self->context));
  n = g_list_model_get_n_items (operators);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);
      g_autofree char *roles = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (!hk_operator_get_active (operator))
        continue;

      roles = hk_roles_to_titles (hk_operator_get_roles (operator));
      /* Translators: a demo account's subtitle: "login · roles" */
      subtitle = g_strdup_printf (_("%s · %s"), hk_operator_get_login (operator), roles);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     hk_operator_get_display_name (operator));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_name (row, hk_operator_get_login (operator));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->demo_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->demo_group), n > 0);
}

static void
on_demo_list_row_activated_cb (HkLoginWindow *self,
                               GtkListBoxRow *row)
{
  gtk_editable_set_text (GTK_EDITABLE (self->login_row), gtk_widget_get_name (GTK_WIDGET (row)));
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

static void
on_login_row_entry_activated_cb (HkLoginWindow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

static void
on_password_row_entry_activated_cb (HkLoginWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "login.log-in", NULL);
}

static void
on_setup_confirm_row_entry_activated_cb (HkLoginWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "login.create-administrator", NULL);
}

static void
finish_login (HkLoginWindow *self,
              HkOperator    *operator)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_string (settings, "last-login", hk_operator_get_login (operator));
  g_signal_emit (self, signals[LOGGED_IN], 0, operator);
}

static void
log_in_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkLoginWindow *self = HK_LOGIN_WINDOW (widget);
  g_autoptr(HkOperator) operator = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *login = g_strstrip (g_ascii_strdown (row_text (self->login_row), -1));

  operator = hk_operator_store_authenticate (hk_context_get_operator_store (self->context),
                                             login, row_text (self->password_row), &error);
  if (operator == NULL)
    {
      show_error (self, error->message);
      gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
      gtk_widget_error_bell (widget);
      return;
    }

  show_error (self, NULL);
  finish_login (self, operator);
}

static void
create_administrator_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  HkLoginWindow *self = HK_LOGIN_WINDOW (widget);
  g_autoptr(HkOperator) operator = NULL;
  g_autoptr(GError) error = NULL;

  operator = hk_operator_store_create_administrator (
    hk_context_get_operator_store (self->context),
    row_text (self->setup_login_row), row_text (self->setup_name_row),
    row_text (self->setup_password_row), &error);

  if (operator == NULL)
    {
      gtk_label_set_label (self->setup_hint_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->setup_hint_label), TRUE);
      return;
    }

  finish_login (self, operator);
}

static void
hk_login_window_constructed (GObject *object)
{
  HkLoginWindow *self = (HkLoginWindow *)object;
  HkHallStore *hall;
  g_autofree char *hall_name = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *last_login = NULL;

  G_OBJECT_CLASS (hk_login_window_parent_class)->constructed (object);

  g_assert (self->context != NULL);

  hall = hk_context_get_hall_store (self->context);
  hall_name = hk_hall_store_dup_name (hall);
  gtk_label_set_label (self->hall_label, *hall_name != '\0' ? hall_name : _("Hallkeeper"));

  if (hk_operator_store_is_empty (hk_context_get_operator_store (self->context)))
    {
      gtk_stack_set_visible_child_name (self->stack, "setup");
      adw_window_title_set_title (self->window_title, _("Create the Administrator"));
      gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->setup_login_row));
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "login");
      adw_window_title_set_title (self->window_title, _("Log In"));
      populate_demo_accounts (self);

      settings = g_settings_new (APP_ID);
      last_login = g_settings_get_string (settings, "last-login");
      gtk_editable_set_text (GTK_EDITABLE (self->login_row), last_login);
      gtk_window_set_focus (GTK_WINDOW (self),
                            GTK_WIDGET (*last_login != '\0' ? (gpointer)self->password_row
                                                            : (gpointer)self->login_row));
    }

  update_actions (self);
}

static void
hk_login_window_dispose (GObject *object)
{
  HkLoginWindow *self = (HkLoginWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_LOGIN_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hk_login_window_parent_class)->dispose (object);
}

static void
hk_login_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HkLoginWindow *self = HK_LOGIN_WINDOW (object);

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
hk_login_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HkLoginWindow *self = HK_LOGIN_WINDOW (object);

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
hk_login_window_class_init (HkLoginWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_login_window_constructed;
  object_class->dispose = hk_login_window_dispose;
  object_class->get_property = hk_login_window_get_property;
  object_class->set_property = hk_login_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HkLoginWindow::logged-in:
   * @operator: the operator who logged in
   */
  signals[LOGGED_IN] =
    g_signal_new ("logged-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HK_TYPE_OPERATOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-login-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, demo_group);
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, demo_list);
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, hall_label);
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, login_row);
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, password_row);
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, setup_confirm_row);
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, setup_hint_label);
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, setup_login_row);
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, setup_name_row);
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, setup_password_row);
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HkLoginWindow, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_demo_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_login_row_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_password_row_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_confirm_row_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "login.log-in", NULL, log_in_action);
  gtk_widget_class_install_action (widget_class, "login.create-administrator", NULL,
                                   create_administrator_action);
}

static void
hk_login_window_init (HkLoginWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkLoginWindow *
hk_login_window_new (GtkApplication *application,
                     HkContext      *context)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_LOGIN_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}
