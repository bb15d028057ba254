/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-access-request-editor.c: the form in which any operator asks to consult customer files.
 *
 * Which files (their numbers), the purpose from the list with a note saying why, the time
 * window, and the designated person who will consult them (the requester unless another is
 * chosen). Each file number is checked as it is typed; Ask stays disabled until the form is
 * complete, the first problem named under the form; Enter moves on, or asks once complete.
 * The core checks the rest (a file that has left the archive, an inactive person).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-access-request-editor.h"
#include "hk-archive-format.h"
#include "hk-section.h"

#define HOUR (60 * 60)

struct _HkAccessRequestEditor
{
  AdwWindow        parent_instance;

  HkContext       *context;
  GPtrArray       *people;       /* HkOperator per designated_row position */
  char            *problem;

  /* Template widgets */
  AdwComboRow     *designated_row;
  GtkStringList   *designated_names;
  AdwEntryRow     *files_row;
  AdwEntryRow     *from_row;
  AdwEntryRow     *note_row;
  GtkLabel        *problem_label;
  GtkStringList   *purpose_names;
  AdwComboRow     *purpose_row;
  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *until_row;
};

G_DEFINE_FINAL_TYPE (HkAccessRequestEditor, hk_access_request_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
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

/* The file numbers typed, separated by commas (also "，"), semicolons or spaces. */
static GStrv
split_file_numbers (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) unified = g_string_new (text);
  g_auto(GStrv) parts = NULL;

  g_string_replace (unified, "，", ",", 0);
  g_string_replace (unified, "；", ",", 0);
  g_string_replace (unified, ";", ",", 0);
  g_string_replace (unified, " ", ",", 0);
  parts = g_strsplit (unified->str, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (builder, parts[i]);

  return g_strv_builder_end (builder);
}

/* The ids of the files typed, or NULL with the first number not found in @missing. */
static GArray *
find_files (HkAccessRequestEditor  *self,
            char                  **missing)
{
  g_autofree char *text = dup_row_text (self->files_row);
  g_auto(GStrv) numbers = split_file_numbers (text);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  HkCustomerFileStore *store = hk_context_get_customer_file_store (self->context);

  for (guint i = 0; numbers[i] != NULL; i++)
    {
      g_autoptr(HkCustomerFile) file = hk_customer_file_store_lookup_number (store, numbers[i],
                                                                             NULL);
      gint64 id;

      if (file == NULL)
        {
          *missing = g_strdup (numbers[i]);
          return NULL;
        }
      id = hk_customer_file_get_id (file);
      g_array_append_val (ids, id);
    }

  return g_steal_pointer (&ids);
}

static char *
find_problem (HkAccessRequestEditor *self)
{
  g_autofree char *files = dup_row_text (self->files_row);
  g_autofree char *note = dup_row_text (self->note_row);
  g_autofree char *from_text = dup_row_text (self->from_row);
  g_autofree char *until_text = dup_row_text (self->until_row);
  g_autofree char *missing = NULL;
  g_autoptr(GArray) ids = find_files (self, &missing);
  gint64 now = hk_database_get_now (hk_context_get_database (self->context));
  gint64 from = 0;
  gint64 until = 0;
  gboolean from_bad = *from_text != '\0' &&
                      !hk_archive_parse_moment (self->context, from_text, &from);
  gboolean until_bad = *until_text != '\0' &&
                       !hk_archive_parse_moment (self->context, until_text, &until);

  set_row_error (self->files_row, missing != NULL);
  set_row_error (self->from_row, from_bad);
  set_row_error (self->until_row, until_bad || (!from_bad && until != 0 &&
                                                (until <= from || until <= now)));

  if (*files == '\0')
    return g_strdup (_("Give the numbers of the files to consult."));
  if (missing != NULL)
    return g_strdup_printf (_("There is no customer file number “%s”."), missing);
  if (*note == '\0')
    return g_strdup (_("Say why the files are needed, e.g. the complaint’s number."));
  if (*from_text == '\0' || from_bad)
    return g_strdup (_("Give when the window begins, as YYYY-MM-DD HH:MM."));
  if (*until_text == '\0' || until_bad)
    return g_strdup (_("Give when the window ends, as YYYY-MM-DD HH:MM."));
  if (until <= from)
    return g_strdup (_("The window must end after it begins."));
  if (until <= now)
    return g_strdup (_("The window is over already: ask for a time to come."));
  if (adw_combo_row_get_selected (self->designated_row) >= self->people->len)
    return g_strdup (_("Choose the person who will consult the files."));

  return NULL;
}

static void
update_actions (HkAccessRequestEditor *self)
{
  if (self->context == NULL)
    return;

  g_free (self->problem);
  self->problem = find_problem (self);

  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "request.save", self->problem == NULL);
}

/* Enter asks when the form is complete, and moves on otherwise. */
static void
on_entry_activated_cb (HkAccessRequestEditor *self)
{
  if (self->problem == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "request.save", NULL);
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkAccessRequestEditor *self = HK_ACCESS_REQUEST_EDITOR (widget);
  g_autofree char *note = dup_row_text (self->note_row);
  g_autofree char *from_text = dup_row_text (self->from_row);
  g_autofree char *until_text = dup_row_text (self->until_row);
  g_autofree char *missing = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  HkAccessRequestInput input = { 0 };
  guint person = adw_combo_row_get_selected (self->designated_row);

  if (self->problem != NULL || !(ids = find_files (self, &missing)) ||
      person >= self->people->len ||
      !hk_archive_parse_moment (self->context, from_text, &input.window_from) ||
      !hk_archive_parse_moment (self->context, until_text, &input.window_until))
    return;

  input.file_ids = (const gint64 *)ids->data;
  input.n_files = ids->len;
  input.designated_id = hk_operator_get_id (g_ptr_array_index (self->people, person));
  input.purpose = adw_combo_row_get_selected (self->purpose_row);
  input.purpose_note = note;

  request = hk_access_request_store_create (hk_context_get_access_request_store (self->context),
                                            hk_context_get_operator (self->context), &input,
                                            &error);
  if (request == NULL)
    {
      AdwToast *toast = hk_section_new_toast (error->message);

      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, request);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The active operators, the requester first selected. */
static void
fill_people (HkAccessRequestEditor *self)
{
  GListModel *operators = hk_operator_store_get_model (
                            hk_context_get_operator_store (self->context));
  HkOperator *me = hk_context_get_operator (self->context);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint mine = 0;

  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);

      if (!hk_operator_get_active (operator))
        continue;

      if (me != NULL && hk_operator_get_id (operator) == hk_operator_get_id (me))
        mine = self->people->len;
      g_ptr_array_add (names, g_strdup_printf ("%s (%s)", hk_operator_get_display_name (operator),
                                               hk_operator_get_login (operator)));
      g_ptr_array_add (self->people, g_steal_pointer (&operator));
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->designated_names, 0, 0, (const char * const *)names->pdata);
  adw_combo_row_set_selected (self->designated_row, mine);
}

static void
hk_access_request_editor_constructed (GObject *object)
{
  HkAccessRequestEditor *self = (HkAccessRequestEditor *)object;
  const char *purposes[HK_N_ACCESS_PURPOSES + 1] = { NULL };
  gint64 now = hk_database_get_now (hk_context_get_database (self->context));
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;

  G_OBJECT_CLASS (hk_access_request_editor_parent_class)->constructed (object);

  for (guint purpose = 0; purpose < HK_N_ACCESS_PURPOSES; purpose++)
    purposes[purpose] = hk_access_purpose_get_title (purpose);
  gtk_string_list_splice (self->purpose_names, 0, 0, purposes);

  fill_people (self);

  /* From now, for a day: the usual consultation; the requester changes it at will. */
  from = hk_archive_format_time (self->context, now - now % 60);
  until = hk_archive_format_time (self->context, now - now % 60 + 24 * HOUR);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->until_row), until);

  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->files_row));
  update_actions (self);
}

static void
hk_access_request_editor_dispose (GObject *object)
{
  HkAccessRequestEditor *self = (HkAccessRequestEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_ACCESS_REQUEST_EDITOR);
  g_clear_object (&self->context);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hk_access_request_editor_parent_class)->dispose (object);
}

static void
hk_access_request_editor_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  HkAccessRequestEditor *self = HK_ACCESS_REQUEST_EDITOR (object);

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
hk_access_request_editor_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  HkAccessRequestEditor *self = HK_ACCESS_REQUEST_EDITOR (object);

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
hk_access_request_editor_class_init (HkAccessRequestEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_access_request_editor_constructed;
  object_class->dispose = hk_access_request_editor_dispose;
  object_class->get_property = hk_access_request_editor_get_property;
  object_class->set_property = hk_access_request_editor_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HkAccessRequestEditor::saved:
   * @request: the request made
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HK_TYPE_ACCESS_REQUEST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-access-request-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HkAccessRequestEditor, designated_names);
  gtk_widget_class_bind_template_child (widget_class, HkAccessRequestEditor, designated_row);
  gtk_widget_class_bind_template_child (widget_class, HkAccessRequestEditor, files_row);
  gtk_widget_class_bind_template_child (widget_class, HkAccessRequestEditor, from_row);
  gtk_widget_class_bind_template_child (widget_class, HkAccessRequestEditor, note_row);
  gtk_widget_class_bind_template_child (widget_class, HkAccessRequestEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkAccessRequestEditor, purpose_names);
  gtk_widget_class_bind_template_child (widget_class, HkAccessRequestEditor, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, HkAccessRequestEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HkAccessRequestEditor, until_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "request.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "request.save", NULL);
}

static void
hk_access_request_editor_init (HkAccessRequestEditor *self)
{
  self->people = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
}

HkAccessRequestEditor *
hk_access_request_editor_new (GtkWindow *parent,
                              HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_ACCESS_REQUEST_EDITOR,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}

/* What keeps the request from being sent, or NULL. */
const char *
hk_access_request_editor_get_problem (HkAccessRequestEditor *self)
{
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST_EDITOR (self), NULL);

  return self->problem;
}
