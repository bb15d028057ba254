/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-preferences-window.c: the hall's settings and the database in use.
 *
 * The hall's name, code and time zone are records of the hall, kept in the
 * database with an audit entry; only an administrator or the hall supervisor
 * changes them. Everyone else sees them read-only.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-preferences-window.h"
#include "hk-section.h"

struct _HkPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  HkContext            *context;
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
}

static void
hk_preferences_window_dispose (GObject *object)
{
  HkPreferencesWindow *self = (HkPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->context);

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
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "preferences.save-hall", NULL, save_hall_action);
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
