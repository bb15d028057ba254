/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-operator-editor.c: the form that creates an operator or changes one's name and roles.
 *
 * Save stays disabled until the form is valid; the first problem is named
 * under the form. Rules the database decides (a login already taken, the
 * last administrator) come back from the store and are shown as a toast.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-password.h"
#include "hk-operator-editor.h"
#include "hk-section.h"

struct _HkOperatorEditor
{
  AdwWindow            parent_instance;

  HkContext           *context;
  HkOperator          *target;
  GtkCheckButton      *role_checks[HK_N_ROLES];
  char                *problem;

  /* Template widgets */
  AdwPasswordEntryRow *confirm_row;
  AdwEntryRow         *login_row;
  AdwEntryRow         *name_row;
  AdwPreferencesGroup *password_group;
  AdwPasswordEntryRow *password_row;
  GtkLabel            *problem_label;
  AdwPreferencesGroup *roles_group;
  GtkButton           *save_button;
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
};

G_DEFINE_FINAL_TYPE (HkOperatorEditor, hk_operator_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TARGET,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
row_text (gpointer row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static HkRoles
get_chosen_roles (HkOperatorEditor *self)
{
  HkRoles roles = HK_ROLE_NONE;

  for (guint i = 0; i < HK_N_ROLES; i++)
    if (gtk_check_button_get_active (self->role_checks[i]))
      roles |= hk_role_nth (i);

  return roles;
}

static void
set_row_error (gpointer row,
               gboolean error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* Checks the form; returns the first problem to show, or NULL when it may be saved. */
static char *
find_problem (HkOperatorEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (row_text (self->name_row)));
  gboolean creating = self->target == NULL;
  char *problem = NULL;
  gboolean login_bad;
  gboolean name_bad;
  gboolean password_bad = FALSE;
  gboolean confirm_bad = FALSE;

  login_bad = creating && *row_text (self->login_row) != '\0' &&
              !hk_operator_login_is_valid (row_text (self->login_row), &error);
  if (login_bad)
    problem = g_strdup (error->message);
  g_clear_error (&error);

  name_bad = *name == '\0';

  if (creating)
    {
      password_bad = *row_text (self->password_row) != '\0' &&
                     !hk_password_validate (row_text (self->password_row), &error);
      if (password_bad && problem == NULL)
        problem = g_strdup (error->message);

      confirm_bad = *row_text (self->confirm_row) != '\0' &&
                    g_strcmp0 (row_text (self->password_row), row_text (self->confirm_row)) != 0;
      if (confirm_bad && problem == NULL)
        problem = g_strdup (_("The two passwords differ."));
    }

  set_row_error (self->login_row, login_bad);
  set_row_error (self->password_row, password_bad);
  set_row_error (self->confirm_row, confirm_bad);

  if (problem != NULL)
    return problem;

  if (creating && *row_text (self->login_row) == '\0')
    return g_strdup (_("Give a login name."));
  if (name_bad)
    return g_strdup (_("Give the operator’s full name."));
  if (creating && (*row_text (self->password_row) == '\0' || *row_text (self->confirm_row) == '\0'))
    return g_strdup (_("Give a password and confirm it."));
  if (get_chosen_roles (self) == HK_ROLE_NONE)
    return g_strdup (_("Choose at least one role."));

  return NULL;
}

static void
update_actions (HkOperatorEditor *self)
{
  g_free (self->problem);
  self->problem = find_problem (self);

  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->problem == NULL);
}

static void
build_role_rows (HkOperatorEditor *self)
{
  for (guint i = 0; i < HK_N_ROLES; i++)
    {
      HkRoles role = hk_role_nth (i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hk_role_get_title (role));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hk_role_get_description (role));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, hk_role_get_title (role),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_widget_set_name (row, hk_role_to_id (role));
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_actions), self,
                               G_CONNECT_SWAPPED);

      self->role_checks[i] = GTK_CHECK_BUTTON (check);
      adw_preferences_group_add (self->roles_group, row);
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkOperatorEditor *self = HK_OPERATOR_EDITOR (widget);
  HkOperatorStore *store = hk_context_get_operator_store (self->context);
  HkOperator *actor = hk_context_get_operator (self->context);
  g_autoptr(HkOperator) saved = NULL;
  g_autoptr(GError) error = NULL;

  if (self->problem != NULL)
    return;

  if (self->target == NULL)
    saved = hk_operator_store_add (store, actor, row_text (self->login_row),
                                   row_text (self->name_row), get_chosen_roles (self),
                                   row_text (self->password_row), &error);
  else
    saved = hk_operator_store_update (store, actor, self->target, row_text (self->name_row),
                                      get_chosen_roles (self), &error);

  if (saved == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, hk_section_new_toast (error->message));
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, saved, self->target == NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hk_operator_editor_constructed (GObject *object)
{
  HkOperatorEditor *self = (HkOperatorEditor *)object;

  G_OBJECT_CLASS (hk_operator_editor_parent_class)->constructed (object);

  build_role_rows (self);

  if (self->target == NULL)
    {
      adw_window_title_set_title (self->window_title, _("New Operator"));
      gtk_button_set_label (self->save_button, _("C_reate"));
      gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->login_row));
    }
  else
    {
      HkRoles roles = hk_operator_get_roles (self->target);

      adw_window_title_set_title (self->window_title, _("Edit Operator"));
      adw_window_title_set_subtitle (self->window_title, hk_operator_get_login (self->target));
      gtk_button_set_label (self->save_button, _("_Save"));

      gtk_editable_set_text (GTK_EDITABLE (self->login_row), hk_operator_get_login (self->target));
      gtk_editable_set_editable (GTK_EDITABLE (self->login_row), FALSE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->login_row),
                                   _("A login name never changes; it is on every record."));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                             hk_operator_get_display_name (self->target));
      gtk_widget_set_visible (GTK_WIDGET (self->password_group), FALSE);

      for (guint i = 0; i < HK_N_ROLES; i++)
        gtk_check_button_set_active (self->role_checks[i], (roles & hk_role_nth (i)) != 0);

      gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
    }

  update_actions (self);
}

static void
hk_operator_editor_dispose (GObject *object)
{
  HkOperatorEditor *self = (HkOperatorEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_OPERATOR_EDITOR);
  g_clear_object (&self->context);
  g_clear_object (&self->target);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hk_operator_editor_parent_class)->dispose (object);
}

static void
hk_operator_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HkOperatorEditor *self = HK_OPERATOR_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_TARGET:
      g_value_set_object (value, self->target);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_operator_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HkOperatorEditor *self = HK_OPERATOR_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_TARGET:
      self->target = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_operator_editor_class_init (HkOperatorEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_operator_editor_constructed;
  object_class->dispose = hk_operator_editor_dispose;
  object_class->get_property = hk_operator_editor_get_property;
  object_class->set_property = hk_operator_editor_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_object ("target", NULL, NULL, HK_TYPE_OPERATOR,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HkOperatorEditor::saved:
   * @operator: the operator as saved
   * @created: %TRUE for a new operator
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, HK_TYPE_OPERATOR, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-operator-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HkOperatorEditor, confirm_row);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorEditor, login_row);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorEditor, password_group);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorEditor, password_row);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorEditor, roles_group);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorEditor, window_title);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
hk_operator_editor_init (HkOperatorEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_operator_editor_new:
 * @target: (nullable): the operator to change, or %NULL to create one
 */
HkOperatorEditor *
hk_operator_editor_new (GtkWindow  *parent,
                        HkContext  *context,
                        HkOperator *target)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_OPERATOR_EDITOR,
                       "transient-for", parent,
                       "context", context,
                       "target", target,
                       NULL);
}

/* What keeps the form from being saved, or NULL. */
const char *
hk_operator_editor_get_problem (HkOperatorEditor *self)
{
  g_return_val_if_fail (HK_IS_OPERATOR_EDITOR (self), NULL);

  return self->problem;
}
