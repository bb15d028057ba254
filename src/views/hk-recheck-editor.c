/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-recheck-editor.c: the form in which the archivist enters a re-check of a file's data.
 *
 * One field of one file: the file's number (given when the form is opened from a file's
 * page), the field checked, and, when an error was found, what was wrong, its cause and the
 * correction made. Enter moves to the next field, or enters the re-check once the form is
 * complete; Save stays disabled until then, with the first problem named under the form.
 * Entries never change afterwards.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-recheck-editor.h"
#include "hk-section.h"

struct _HkRecheckEditor
{
  AdwWindow            parent_instance;

  HkContext           *context;
  HkCustomerFile      *file;
  char                *problem;

  /* Template widgets */
  AdwEntryRow         *cause_row;
  AdwEntryRow         *correction_row;
  AdwPreferencesGroup *error_group;
  AdwEntryRow         *error_row;
  GtkSwitch           *error_switch;
  AdwComboRow         *field_row;
  GtkStringList       *field_names;
  AdwEntryRow         *file_row;
  GtkLabel            *problem_label;
  AdwToastOverlay     *toast_overlay;
};

G_DEFINE_FINAL_TYPE (HkRecheckEditor, hk_recheck_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_FILE,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
dup_row_text (gpointer row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
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

/* The file the form is about, or NULL. */
static HkCustomerFile *
find_file (HkRecheckEditor *self)
{
  g_autofree char *number = dup_row_text (self->file_row);

  if (self->file != NULL)
    return g_object_ref (self->file);

  if (*number == '\0')
    return NULL;

  return hk_customer_file_store_lookup_number (hk_context_get_customer_file_store (self->context),
                                               number, NULL);
}

static char *
find_problem (HkRecheckEditor *self)
{
  g_autofree char *number = dup_row_text (self->file_row);
  g_autofree char *what = dup_row_text (self->error_row);
  g_autofree char *cause = dup_row_text (self->cause_row);
  g_autofree char *correction = dup_row_text (self->correction_row);
  g_autoptr(HkCustomerFile) file = find_file (self);
  gboolean found = gtk_switch_get_active (self->error_switch);

  set_row_error (self->file_row, *number != '\0' && file == NULL);

  if (*number == '\0')
    return g_strdup (_("Give the number of the file checked."));
  if (file == NULL)
    return g_strdup_printf (_("There is no customer file number “%s”."), number);
  if (found && *what == '\0')
    return g_strdup (_("Say what was wrong."));
  if (found && *cause == '\0')
    return g_strdup (_("Give the cause of the error."));
  if (found && *correction == '\0')
    return g_strdup (_("Say what correction was made."));

  return NULL;
}

static void
update_actions (HkRecheckEditor *self)
{
  g_free (self->problem);
  self->problem = find_problem (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->error_group),
                            gtk_switch_get_active (self->error_switch));
  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "recheck.save", self->problem == NULL);
}

/* Enter enters the re-check when the form is complete, and moves on otherwise. */
static void
on_entry_activated_cb (HkRecheckEditor *self)
{
  if (self->problem == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "recheck.save", NULL);
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkRecheckEditor *self = HK_RECHECK_EDITOR (widget);
  g_autoptr(HkCustomerFile) file = find_file (self);
  g_autoptr(HkRecheck) recheck = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what = dup_row_text (self->error_row);
  g_autofree char *cause = dup_row_text (self->cause_row);
  g_autofree char *correction = dup_row_text (self->correction_row);
  HkRecheckInput input = { 0 };

  if (self->problem != NULL || file == NULL)
    return;

  input.file_id = hk_customer_file_get_id (file);
  input.field = adw_combo_row_get_selected (self->field_row);
  input.error_found = gtk_switch_get_active (self->error_switch);
  input.error = what;
  input.cause = cause;
  input.correction = correction;

  recheck = hk_recheck_store_record (hk_context_get_recheck_store (self->context),
                                     hk_context_get_operator (self->context), &input, &error);
  if (recheck == NULL)
    {
      AdwToast *toast = hk_section_new_toast (error->message);

      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, recheck);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hk_recheck_editor_constructed (GObject *object)
{
  HkRecheckEditor *self = (HkRecheckEditor *)object;
  const char *names[HK_N_RECHECK_FIELDS + 1] = { NULL };

  G_OBJECT_CLASS (hk_recheck_editor_parent_class)->constructed (object);

  for (guint field = 0; field < HK_N_RECHECK_FIELDS; field++)
    names[field] = hk_recheck_field_get_title (field);
  gtk_string_list_splice (self->field_names, 0, 0, names);

  if (self->file != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->file_row),
                             hk_customer_file_get_file_no (self->file));
      gtk_editable_set_editable (GTK_EDITABLE (self->file_row), FALSE);
      gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->field_row));
    }
  else
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->file_row));

  update_actions (self);
}

static void
hk_recheck_editor_dispose (GObject *object)
{
  HkRecheckEditor *self = (HkRecheckEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_RECHECK_EDITOR);
  g_clear_object (&self->context);
  g_clear_object (&self->file);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hk_recheck_editor_parent_class)->dispose (object);
}

static void
hk_recheck_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HkRecheckEditor *self = HK_RECHECK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_recheck_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HkRecheckEditor *self = HK_RECHECK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_recheck_editor_class_init (HkRecheckEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_recheck_editor_constructed;
  object_class->dispose = hk_recheck_editor_dispose;
  object_class->get_property = hk_recheck_editor_get_property;
  object_class->set_property = hk_recheck_editor_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, HK_TYPE_CUSTOMER_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HkRecheckEditor::saved:
   * @recheck: the entry as recorded
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HK_TYPE_RECHECK);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-recheck-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HkRecheckEditor, cause_row);
  gtk_widget_class_bind_template_child (widget_class, HkRecheckEditor, correction_row);
  gtk_widget_class_bind_template_child (widget_class, HkRecheckEditor, error_group);
  gtk_widget_class_bind_template_child (widget_class, HkRecheckEditor, error_row);
  gtk_widget_class_bind_template_child (widget_class, HkRecheckEditor, error_switch);
  gtk_widget_class_bind_template_child (widget_class, HkRecheckEditor, field_names);
  gtk_widget_class_bind_template_child (widget_class, HkRecheckEditor, field_row);
  gtk_widget_class_bind_template_child (widget_class, HkRecheckEditor, file_row);
  gtk_widget_class_bind_template_child (widget_class, HkRecheckEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkRecheckEditor, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "recheck.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "recheck.save", NULL);
}

static void
hk_recheck_editor_init (HkRecheckEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_recheck_editor_new:
 * @file: (nullable): the file re-checked, or %NULL to ask for its number
 */
HkRecheckEditor *
hk_recheck_editor_new (GtkWindow      *parent,
                       HkContext      *context,
                       HkCustomerFile *file)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_RECHECK_EDITOR,
                       "transient-for", parent,
                       "context", context,
                       "file", file,
                       NULL);
}

/* What keeps the form from being entered, or NULL. */
const char *
hk_recheck_editor_get_problem (HkRecheckEditor *self)
{
  g_return_val_if_fail (HK_IS_RECHECK_EDITOR (self), NULL);

  return self->problem;
}
