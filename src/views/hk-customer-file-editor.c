/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-customer-file-editor.c: the form in which the archivist registers or updates a customer
 * file.
 *
 * Save stays disabled until the form is valid, with the first problem named under the form;
 * Enter moves to the next field, or saves once the form is complete. The identity number,
 * phone and service numbers are never shown unmasked here: for an update their fields start
 * empty, the stored values masked in the group's description, and only what is typed
 * replaces them (an empty field keeps what is stored). The core decides what needs the
 * database: a number already taken, a file that has left the archive.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/hk-input.h"
#include "core/hk-privacy.h"
#include "hk-customer-file-editor.h"
#include "hk-section.h"

struct _HkCustomerFileEditor
{
  AdwWindow            parent_instance;

  HkContext           *context;
  HkCustomerFile      *target;
  char                *problem;

  /* Template widgets */
  AdwEntryRow         *box_row;
  AdwEntryRow         *cabinet_row;
  AdwEntryRow         *file_row;
  AdwEntryRow         *id_row;
  AdwPreferencesGroup *identity_group;
  AdwComboRow         *kind_row;
  GtkStringList       *kind_names;
  AdwEntryRow         *name_row;
  AdwEntryRow         *numbers_row;
  AdwEntryRow         *phone_row;
  GtkLabel            *problem_label;
  AdwEntryRow         *received_row;
  AdwEntryRow         *retain_row;
  GtkButton           *save_button;
  AdwEntryRow         *shelf_row;
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
};

G_DEFINE_FINAL_TYPE (HkCustomerFileEditor, hk_customer_file_editor, ADW_TYPE_WINDOW)

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

/* A phone or service number as the core stores it: without spaces and dashes. */
static char *
normalize_number (const char *text)
{
  g_autofree char *folded = hk_input_fold_digits (text);
  GString *clean = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    if (*p != ' ' && *p != '-')
      g_string_append_c (clean, *p);

  return g_string_free (clean, FALSE);
}

/* The service numbers typed, separated by commas (also "，"), semicolons or spaces. */
static GStrv
split_numbers (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *commas = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) unified = g_string_new (text);

  g_string_replace (unified, "，", ",", 0);
  g_string_replace (unified, ";", ",", 0);
  g_string_replace (unified, "；", ",", 0);
  g_string_replace (unified, " ", ",", 0);
  commas = g_string_free (g_steal_pointer (&unified), FALSE);
  parts = g_strsplit (commas, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (builder, parts[i]);

  return g_strv_builder_end (builder);
}

static gboolean
day_is_valid (HkCustomerFileEditor *self,
              const char           *day)
{
  return hk_hall_store_parse_day (hk_context_get_hall_store (self->context), day, NULL, NULL,
                                  NULL);
}

/* Checks the form; returns the first problem to show, or NULL when it may be saved. */
static char *
find_problem (HkCustomerFileEditor *self)
{
  gboolean creating = self->target == NULL;
  g_autofree char *file_no = dup_row_text (self->file_row);
  g_autofree char *name = dup_row_text (self->name_row);
  g_autofree char *id_text = dup_row_text (self->id_row);
  g_autofree char *id_number = hk_input_fold_digits (id_text);
  g_autofree char *phone_text = dup_row_text (self->phone_row);
  g_autofree char *phone = normalize_number (phone_text);
  g_autofree char *numbers_text = dup_row_text (self->numbers_row);
  g_auto(GStrv) numbers = split_numbers (numbers_text);
  g_autofree char *cabinet = dup_row_text (self->cabinet_row);
  g_autofree char *shelf = dup_row_text (self->shelf_row);
  g_autofree char *box = dup_row_text (self->box_row);
  g_autofree char *received = dup_row_text (self->received_row);
  g_autofree char *retain = dup_row_text (self->retain_row);
  g_autofree char *today = hk_hall_store_format_day (
                             hk_context_get_hall_store (self->context),
                             hk_database_get_now (hk_context_get_database (self->context)));
  gboolean file_bad = strchr (file_no, ' ') != NULL;
  gboolean id_bad = *id_number != '\0' && !hk_privacy_id_number_is_valid (id_number);
  gboolean phone_bad = *phone != '\0' && !hk_privacy_phone_is_valid (phone);
  gboolean numbers_bad = FALSE;
  gboolean received_bad = *received != '\0' &&
                          (!day_is_valid (self, received) || strcmp (received, today) > 0);
  gboolean retain_bad = *retain != '\0' && !day_is_valid (self, retain);

  for (guint i = 0; numbers[i] != NULL; i++)
    {
      g_autofree char *number = normalize_number (numbers[i]);

      numbers_bad = numbers_bad || !hk_privacy_phone_is_valid (number);
    }

  if (!received_bad && !retain_bad && *received != '\0' && *retain != '\0' &&
      strcmp (retain, received) < 0)
    retain_bad = TRUE;

  set_row_error (self->file_row, file_bad);
  set_row_error (self->id_row, id_bad);
  set_row_error (self->phone_row, phone_bad);
  set_row_error (self->numbers_row, numbers_bad);
  set_row_error (self->received_row, received_bad);
  set_row_error (self->retain_row, retain_bad);

  if (*file_no == '\0')
    return g_strdup (_("Give the file number."));
  if (file_bad)
    return g_strdup (_("A file number has no spaces."));
  if (*name == '\0')
    return g_strdup (_("Give the customer’s name."));
  if (creating && *id_number == '\0')
    return g_strdup (_("Give the customer’s identity number."));
  if (id_bad)
    return g_strdup (_("The identity number is not valid: it has 18 characters with a correct "
                       "check digit, or 15 digits."));
  if (phone_bad)
    return g_strdup (_("The phone number is not valid: 5 to 20 digits."));
  if (numbers_bad)
    return g_strdup (_("A service number is not valid: 5 to 20 digits each, separated by "
                       "commas."));
  if (*cabinet == '\0')
    return g_strdup (_("Give the cabinet where the file is kept."));
  if (*shelf == '\0')
    return g_strdup (_("Give the shelf where the file is kept."));
  if (*box == '\0')
    return g_strdup (_("Give the box where the file is kept."));
  if (*received == '\0')
    return g_strdup (_("Give the day the file was received."));
  if (received_bad)
    return g_strdup_printf (_("The day received is a day up to today, written YYYY-MM-DD, "
                              "e.g. %s."), today);
  if (*retain == '\0')
    return g_strdup (_("Give the day the file is kept until."));
  if (retain_bad)
    return g_strdup (_("The day kept until is written YYYY-MM-DD, and is not before the day "
                       "received."));

  return NULL;
}

static void
update_actions (HkCustomerFileEditor *self)
{
  g_free (self->problem);
  self->problem = find_problem (self);

  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->problem == NULL);
}

/* Enter saves when the form is complete, and moves on otherwise. */
static void
on_entry_activated_cb (HkCustomerFileEditor *self)
{
  if (self->problem == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkCustomerFileEditor *self = HK_CUSTOMER_FILE_EDITOR (widget);
  HkCustomerFileStore *store = hk_context_get_customer_file_store (self->context);
  HkOperator *actor = hk_context_get_operator (self->context);
  g_autofree char *file_no = dup_row_text (self->file_row);
  g_autofree char *name = dup_row_text (self->name_row);
  g_autofree char *id_number = dup_row_text (self->id_row);
  g_autofree char *phone = dup_row_text (self->phone_row);
  g_autofree char *numbers_text = dup_row_text (self->numbers_row);
  g_auto(GStrv) numbers = split_numbers (numbers_text);
  g_autofree char *cabinet = dup_row_text (self->cabinet_row);
  g_autofree char *shelf = dup_row_text (self->shelf_row);
  g_autofree char *box = dup_row_text (self->box_row);
  g_autofree char *received = dup_row_text (self->received_row);
  g_autofree char *retain = dup_row_text (self->retain_row);
  g_autoptr(HkCustomerFile) saved = NULL;
  g_autoptr(GError) error = NULL;
  HkCustomerFileInput input = { 0 };
  gboolean creating = self->target == NULL;

  if (self->problem != NULL)
    return;

  input.file_no = file_no;
  input.customer_name = name;
  input.kind = adw_combo_row_get_selected (self->kind_row);
  input.cabinet = cabinet;
  input.shelf = shelf;
  input.box = box;
  input.received_on = received;
  input.retain_until = retain;

  /* For an update an empty field keeps what is stored; the archivist never saw it. */
  input.id_number = creating || *id_number != '\0' ? id_number : NULL;
  input.phone = creating || *phone != '\0' ? phone : NULL;
  input.service_numbers = creating || numbers[0] != NULL ? (const char * const *)numbers : NULL;

  if (creating)
    saved = hk_customer_file_store_register (store, actor, &input, &error);
  else
    saved = hk_customer_file_store_update (store, actor, self->target, &input, &error);

  if (saved == NULL)
    {
      AdwToast *toast = hk_section_new_toast (error->message);

      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, saved, creating);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
set_row_text (gpointer    row,
              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
hk_customer_file_editor_constructed (GObject *object)
{
  HkCustomerFileEditor *self = (HkCustomerFileEditor *)object;
  const char *kinds[HK_N_FILE_KINDS + 1] = { NULL };

  G_OBJECT_CLASS (hk_customer_file_editor_parent_class)->constructed (object);

  for (guint kind = 0; kind < HK_N_FILE_KINDS; kind++)
    kinds[kind] = hk_file_kind_get_title (kind);
  gtk_string_list_splice (self->kind_names, 0, 0, kinds);

  if (self->target == NULL)
    {
      g_autofree char *today = hk_hall_store_format_day (
                                 hk_context_get_hall_store (self->context),
                                 hk_database_get_now (hk_context_get_database (self->context)));

      adw_window_title_set_title (self->window_title, _("New Customer File"));
      gtk_button_set_label (self->save_button, _("_Register"));
      set_row_text (self->received_row, today);
      gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->file_row));
    }
  else
    {
      HkCustomerFile *file = self->target;
      g_autofree char *numbers = hk_customer_file_dup_masked_service_numbers (file);
      g_autofree char *description = NULL;
      const char *phone = hk_customer_file_get_masked_phone (file);

      adw_window_title_set_title (self->window_title, _("Edit Customer File"));
      adw_window_title_set_subtitle (self->window_title, hk_customer_file_get_file_no (file));
      gtk_button_set_label (self->save_button, _("_Save"));

      /* Translators: %s are masked values, e.g. "330***********1234", "138****5678" */
      description = g_strdup_printf (_("Stored, masked: identity number %s, phone %s, service "
                                       "numbers %s. Leave a field empty to keep what is stored; "
                                       "what you type replaces it."),
                                     hk_customer_file_get_masked_id_number (file),
                                     phone != NULL && *phone != '\0' ? phone : "—",
                                     *numbers != '\0' ? numbers : "—");
      adw_preferences_group_set_description (self->identity_group, description);

      set_row_text (self->file_row, hk_customer_file_get_file_no (file));
      set_row_text (self->name_row, hk_customer_file_get_customer_name (file));
      adw_combo_row_set_selected (self->kind_row, hk_customer_file_get_kind (file));
      set_row_text (self->cabinet_row, hk_customer_file_get_cabinet (file));
      set_row_text (self->shelf_row, hk_customer_file_get_shelf (file));
      set_row_text (self->box_row, hk_customer_file_get_box (file));
      set_row_text (self->received_row, hk_customer_file_get_received_on (file));
      set_row_text (self->retain_row, hk_customer_file_get_retain_until (file));
      gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
    }

  update_actions (self);
}

static void
hk_customer_file_editor_dispose (GObject *object)
{
  HkCustomerFileEditor *self = (HkCustomerFileEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_CUSTOMER_FILE_EDITOR);
  g_clear_object (&self->context);
  g_clear_object (&self->target);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hk_customer_file_editor_parent_class)->dispose (object);
}

static void
hk_customer_file_editor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HkCustomerFileEditor *self = HK_CUSTOMER_FILE_EDITOR (object);

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
hk_customer_file_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  HkCustomerFileEditor *self = HK_CUSTOMER_FILE_EDITOR (object);

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
hk_customer_file_editor_class_init (HkCustomerFileEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_customer_file_editor_constructed;
  object_class->dispose = hk_customer_file_editor_dispose;
  object_class->get_property = hk_customer_file_editor_get_property;
  object_class->set_property = hk_customer_file_editor_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_object ("target", NULL, NULL, HK_TYPE_CUSTOMER_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HkCustomerFileEditor::saved:
   * @file: the file as saved, identity data masked
   * @created: %TRUE for a file registered
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, HK_TYPE_CUSTOMER_FILE, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-customer-file-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, box_row);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, cabinet_row);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, file_row);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, id_row);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, identity_group);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, kind_names);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, numbers_row);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, received_row);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, retain_row);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, shelf_row);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HkCustomerFileEditor, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
hk_customer_file_editor_init (HkCustomerFileEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_customer_file_editor_new:
 * @target: (nullable): the file to update, or %NULL to register one
 */
HkCustomerFileEditor *
hk_customer_file_editor_new (GtkWindow      *parent,
                             HkContext      *context,
                             HkCustomerFile *target)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_CUSTOMER_FILE_EDITOR,
                       "transient-for", parent,
                       "context", context,
                       "target", target,
                       NULL);
}

/* What keeps the form from being saved, or NULL. */
const char *
hk_customer_file_editor_get_problem (HkCustomerFileEditor *self)
{
  g_return_val_if_fail (HK_IS_CUSTOMER_FILE_EDITOR (self), NULL);

  return self->problem;
}
