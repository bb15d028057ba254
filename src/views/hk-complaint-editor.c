/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-editor.c: quick entry of a new complaint, by the keyboard.
 *
 * Made for a complaint registered while the customer is still at the counter or on the
 * phone: the fields follow each other with Enter (or Tab), Enter in the last one registers,
 * and Ctrl+Enter or Ctrl+S registers from any field. Category, channel, first-contact owner
 * and priority are lists that take the keyboard where they are: a digit picks the item of that
 * number, letters pick the first item that starts with them (a login does too, for the
 * owner), Enter moves on. The time received is now unless changed, the owner is the
 * operator who enters it, the channel the counter and the priority normal, so that a
 * complaint at the counter needs only the customer, the category and what it is about.
 *
 * The category has to be chosen. Register stays disabled until the form is valid, with the
 * first problem named under it; what the store refuses comes back as a toast.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-input.h"
#include "core/hk-privacy.h"
#include "hk-complaint-editor.h"
#include "hk-complaint-format.h"
#include "hk-section.h"

/* How long the letters typed on a list count as one word. */
#define TYPE_AHEAD_USEC (1200 * 1000)

struct _HkComplaintEditor
{
  AdwWindow        parent_instance;

  HkContext       *context;
  GArray          *category_ids;   /* gint64, index 0 the "not chosen" item */
  GArray          *owner_ids;      /* gint64 */
  char            *problem;

  /* Template widgets */
  AdwComboRow     *category_row;
  AdwComboRow     *channel_row;
  GtkLabel        *deadline_label;
  AdwEntryRow     *description_row;
  AdwEntryRow     *name_row;
  AdwComboRow     *owner_row;
  AdwEntryRow     *phone_row;
  AdwComboRow     *priority_row;
  GtkLabel        *problem_label;
  AdwEntryRow     *received_row;
  GtkButton       *save_button;
  AdwEntryRow     *service_row;
  AdwToastOverlay *toast_overlay;
};

G_DEFINE_FINAL_TYPE (HkComplaintEditor, hk_complaint_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  REGISTERED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What a list's keyboard remembers: the words of each item, and what was typed. */
typedef struct
{
  GPtrArray *keys;        /* per item: a NULL-terminated GStrv of casefolded words */
  guint      first;       /* the item the digit 1 picks */
  GString   *typed;
  gint64     typed_at;
} TypeAhead;

static void
type_ahead_free (TypeAhead *type_ahead)
{
  g_ptr_array_unref (type_ahead->keys);
  g_string_free (type_ahead->typed, TRUE);
  g_free (type_ahead);
}

static GTimeZone *
get_time_zone (HkComplaintEditor *self)
{
  return hk_hall_store_get_time_zone (hk_context_get_hall_store (self->context));
}

static gint64
get_now (HkComplaintEditor *self)
{
  return hk_complaint_store_get_now (hk_context_get_complaint_store (self->context));
}

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

static gint64
get_category_id (HkComplaintEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->category_row);

  return selected < self->category_ids->len ? g_array_index (self->category_ids, gint64, selected)
                                            : 0;
}

static gint64
get_owner_id (HkComplaintEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->owner_row);

  return selected < self->owner_ids->len ? g_array_index (self->owner_ids, gint64, selected) : 0;
}

static gboolean
phone_is_bad (gpointer row)
{
  g_autofree char *typed = dup_row_text (row);
  g_autofree char *text = hk_input_fold_digits (typed);

  return *text != '\0' && !hk_privacy_phone_is_valid (text);
}

/* Checks the form; returns the first problem to show, or NULL when it may be registered. */
static char *
find_problem (HkComplaintEditor *self)
{
  g_autofree char *name = dup_row_text (self->name_row);
  g_autofree char *description = dup_row_text (self->description_row);
  g_autofree char *received_text = dup_row_text (self->received_row);
  g_autofree char *name_problem = hk_section_check_text_row (self->name_row,
                                                             HK_COMPLAINT_NAME_MAX_LENGTH, FALSE);
  g_autofree char *description_problem = hk_section_check_text_row (
                                            self->description_row, HK_COMPLAINT_TEXT_MAX_LENGTH,
                                            TRUE);
  gboolean phone_bad = phone_is_bad (self->phone_row);
  gboolean service_bad = phone_is_bad (self->service_row);
  gboolean received_bad;
  gint64 received = 0;

  received_bad = !hk_complaint_parse_moment (received_text, get_time_zone (self), &received) ||
                 received > get_now (self);

  set_row_error (self->phone_row, phone_bad);
  set_row_error (self->service_row, service_bad);
  set_row_error (self->received_row, received_bad);

  if (name_problem != NULL)
    return g_steal_pointer (&name_problem);
  if (*name == '\0')
    return g_strdup (_("Give the customer’s name."));
  if (phone_bad)
    return g_strdup (_("The customer’s phone is not a phone number: 5 to 20 digits, e.g. "
                       "13812345678."));
  if (service_bad)
    return g_strdup (_("The number complained about is not a phone number: 5 to 20 digits."));
  if (get_category_id (self) == 0)
    return g_strdup (_("Choose the category."));
  if (description_problem != NULL)
    return g_steal_pointer (&description_problem);
  if (*description == '\0')
    return g_strdup (_("Say what the customer complains about."));
  if (received_bad)
    return received > get_now (self)
           ? g_strdup (_("A complaint cannot be received in the future."))
           : g_strdup (_("Write the time received as YYYY-MM-DD HH:MM, e.g. 2026-10-05 14:30."));
  if (get_owner_id (self) == 0)
    return g_strdup (_("Choose who received the complaint."));

  return NULL;
}

static void
update_deadline (HkComplaintEditor *self)
{
  HkHallStore *hall = hk_context_get_hall_store (self->context);
  guint hours = hk_hall_store_get_complaint_deadline_hours (hall);
  g_autofree char *received_text = dup_row_text (self->received_row);
  g_autofree char *deadline = NULL;
  g_autofree char *text = NULL;
  gint64 received = 0;

  if (!hk_complaint_parse_moment (received_text, get_time_zone (self), &received))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->deadline_label), FALSE);
      return;
    }

  deadline = hk_complaint_format_moment (received + (gint64)hours * 3600, get_time_zone (self));
  /* Translators: under the quick entry form, "Deadline: 2026-10-06 14:30, 24 h after it was
   * received." */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Deadline: %s, %u hour after it was received.",
                                       "Deadline: %s, %u hours after it was received.", hours),
                          deadline, hours);
  gtk_label_set_label (self->deadline_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->deadline_label), TRUE);
}

static void
update_actions (HkComplaintEditor *self)
{
  /* The template's rows tell of their changes while it is built. */
  if (self->owner_ids == NULL || self->problem_label == NULL)
    return;

  g_free (self->problem);
  self->problem = find_problem (self);

  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->problem == NULL);
  update_deadline (self);
}

/* Enter in a field: on to the next one; in the last one, register. */
static void
focus_next (HkComplaintEditor *self,
            GtkWidget         *field)
{
  GtkWidget *fields[] = {
    GTK_WIDGET (self->name_row), GTK_WIDGET (self->phone_row), GTK_WIDGET (self->service_row),
    GTK_WIDGET (self->category_row), GTK_WIDGET (self->channel_row),
    GTK_WIDGET (self->description_row), GTK_WIDGET (self->received_row),
    GTK_WIDGET (self->owner_row), GTK_WIDGET (self->priority_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] == field)
      {
        if (i + 1 < G_N_ELEMENTS (fields))
          gtk_widget_grab_focus (fields[i + 1]);
        else
          gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
        return;
      }
}

static void
on_row_activated_cb (HkComplaintEditor *self,
                     GtkWidget         *row)
{
  focus_next (self, row);
}

/* The first item whose words start with what was typed, from @from on, round the list. */
static guint
find_item (TypeAhead  *type_ahead,
           const char *typed,
           guint       from)
{
  guint n = type_ahead->keys->len;

  for (guint k = 0; k < n; k++)
    {
      guint i = (from + k) % n;
      char **words = g_ptr_array_index (type_ahead->keys, i);

      for (guint w = 0; words != NULL && words[w] != NULL; w++)
        if (g_str_has_prefix (words[w], typed))
          return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* "b", "bb", "bbb": the same letter typed again and again. */
static gboolean
repeats_one_letter (const char *text)
{
  gunichar first = g_utf8_get_char (text);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) != first)
      return FALSE;

  return TRUE;
}

static gboolean
on_list_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        HkComplaintEditor     *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  TypeAhead *type_ahead = g_object_get_data (G_OBJECT (row), "type-ahead");
  gunichar c = gdk_keyval_to_unicode (keyval);
  gint64 now = g_get_monotonic_time ();
  g_autofree char *folded = NULL;
  char utf8[7] = { 0 };
  guint found;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
    {
      focus_next (self, row);
      return TRUE;
    }

  if (type_ahead == NULL || c == 0 || !g_unichar_isgraph (c))
    return FALSE;

  /* A digit picks the item of that number. */
  if (g_unichar_isdigit (c) && g_unichar_digit_value (c) > 0)
    {
      guint index = type_ahead->first + (guint)g_unichar_digit_value (c) - 1;

      if (index < type_ahead->keys->len)
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), index);
      g_string_truncate (type_ahead->typed, 0);
      return TRUE;
    }

  if (now - type_ahead->typed_at > TYPE_AHEAD_USEC)
    g_string_truncate (type_ahead->typed, 0);
  type_ahead->typed_at = now;

  g_unichar_to_utf8 (c, utf8);
  g_string_append (type_ahead->typed, utf8);
  folded = g_utf8_casefold (type_ahead->typed->str, -1);

  /* One letter, or the same letter again: on to the next item that starts with it. */
  if (repeats_one_letter (folded))
    {
      g_autofree char *letter = g_utf8_substring (folded, 0, 1);

      found = find_item (type_ahead, letter,
                         adw_combo_row_get_selected (ADW_COMBO_ROW (row)) + 1);
    }
  else
    found = find_item (type_ahead, folded, type_ahead->first);

  if (found != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), found);
  else
    gtk_widget_error_bell (row);

  return TRUE;
}

/* Gives @row its items and the keyboard: @first is the item the digit 1 picks. */
static void
set_list (HkComplaintEditor *self,
          AdwComboRow       *row,
          GtkStringList     *titles,
          GPtrArray         *keys,
          guint              first)
{
  GtkEventController *controller = gtk_event_controller_key_new ();
  TypeAhead *type_ahead = g_new0 (TypeAhead, 1);

  adw_combo_row_set_model (row, G_LIST_MODEL (titles));

  type_ahead->keys = g_ptr_array_ref (keys);
  type_ahead->first = first;
  type_ahead->typed = g_string_new (NULL);
  g_object_set_data_full (G_OBJECT (row), "type-ahead", type_ahead,
                          (GDestroyNotify)type_ahead_free);

  gtk_event_controller_set_name (controller, "type-ahead");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_list_key_pressed_cb), self,
                           0);
  gtk_widget_add_controller (GTK_WIDGET (row), controller);
}

static GStrv
make_keys (const char *first,
           const char *second)
{
  GStrv keys = g_new0 (char *, 3);
  guint n = 0;

  if (first != NULL)
    keys[n++] = g_utf8_casefold (first, -1);
  if (second != NULL)
    keys[n++] = g_utf8_casefold (second, -1);

  return keys;
}

static void
fill_lists (HkComplaintEditor *self)
{
  GListModel *categories = hk_complaint_store_get_categories (
                             hk_context_get_complaint_store (self->context));
  GListModel *operators = hk_operator_store_get_model (
                            hk_context_get_operator_store (self->context));
  HkOperator *actor = hk_context_get_operator (self->context);
  g_autoptr(GtkStringList) category_titles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) channel_titles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) owner_titles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) priority_titles = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) category_keys = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_autoptr(GPtrArray) channel_keys = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_autoptr(GPtrArray) owner_keys = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_autoptr(GPtrArray) priority_keys = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  gint64 none = 0;
  guint actor_index = GTK_INVALID_LIST_POSITION;

  /* The category is chosen, never taken by default. */
  gtk_string_list_append (category_titles, C_("complaint category", "Not chosen"));
  g_ptr_array_add (category_keys, make_keys (NULL, NULL));
  g_array_append_val (self->category_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(HkComplaintCategory) category = g_list_model_get_item (categories, i);
      gint64 id = hk_complaint_category_get_id (category);

      if (!hk_complaint_category_get_active (category))
        continue;

      gtk_string_list_append (category_titles, hk_complaint_category_get_title (category));
      g_ptr_array_add (category_keys, make_keys (hk_complaint_category_get_title (category),
                                                 hk_complaint_category_get_code (category)));
      g_array_append_val (self->category_ids, id);
    }
  set_list (self, self->category_row, category_titles, category_keys, 1);

  for (guint i = 0; i < HK_COMPLAINT_N_CHANNELS; i++)
    {
      gtk_string_list_append (channel_titles, hk_complaint_channel_get_title (i));
      g_ptr_array_add (channel_keys, make_keys (hk_complaint_channel_get_title (i),
                                                hk_complaint_channel_to_id (i)));
    }
  set_list (self, self->channel_row, channel_titles, channel_keys, 0);
  adw_combo_row_set_selected (self->channel_row, HK_COMPLAINT_CHANNEL_COUNTER);

  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);
      gint64 id = hk_operator_get_id (operator);

      if (!hk_operator_get_active (operator))
        continue;

      if (actor != NULL && id == hk_operator_get_id (actor))
        actor_index = self->owner_ids->len;
      gtk_string_list_append (owner_titles, hk_operator_get_display_name (operator));
      g_ptr_array_add (owner_keys, make_keys (hk_operator_get_display_name (operator),
                                              hk_operator_get_login (operator)));
      g_array_append_val (self->owner_ids, id);
    }
  set_list (self, self->owner_row, owner_titles, owner_keys, 0);
  if (actor_index != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->owner_row, actor_index);

  for (guint i = 0; i < HK_COMPLAINT_N_PRIORITIES; i++)
    {
      gtk_string_list_append (priority_titles, hk_complaint_priority_get_title (i));
      g_ptr_array_add (priority_keys, make_keys (hk_complaint_priority_get_title (i),
                                                 hk_complaint_priority_to_id (i)));
    }
  set_list (self, self->priority_row, priority_titles, priority_keys, 0);
  adw_combo_row_set_selected (self->priority_row, HK_COMPLAINT_PRIORITY_NORMAL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkComplaintEditor *self = HK_COMPLAINT_EDITOR (widget);
  g_autofree char *name = dup_row_text (self->name_row);
  g_autofree char *phone = dup_row_text (self->phone_row);
  g_autofree char *service = dup_row_text (self->service_row);
  g_autofree char *description = dup_row_text (self->description_row);
  g_autofree char *received_text = dup_row_text (self->received_row);
  g_autoptr(HkComplaint) complaint = NULL;
  g_autoptr(GError) error = NULL;
  HkComplaintInput input = { 0 };

  update_actions (self);
  if (self->problem != NULL)
    return;

  hk_complaint_parse_moment (received_text, get_time_zone (self), &input.received_at);
  input.channel = adw_combo_row_get_selected (self->channel_row);
  input.customer_name = name;
  input.customer_phone = phone;
  input.service_number = service;
  input.category_id = get_category_id (self);
  input.description = description;
  input.owner_id = get_owner_id (self);
  input.priority = adw_combo_row_get_selected (self->priority_row);

  complaint = hk_complaint_store_register (hk_context_get_complaint_store (self->context),
                                           hk_context_get_operator (self->context), &input,
                                           &error);
  if (complaint == NULL)
    {
      AdwToast *toast = hk_section_new_toast (error->message);

      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  g_signal_emit (self, signals[REGISTERED], 0, complaint);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hk_complaint_editor_constructed (GObject *object)
{
  HkComplaintEditor *self = (HkComplaintEditor *)object;
  g_autofree char *now = NULL;

  G_OBJECT_CLASS (hk_complaint_editor_parent_class)->constructed (object);

  fill_lists (self);

  now = hk_complaint_format_moment (get_now (self), get_time_zone (self));
  gtk_editable_set_text (GTK_EDITABLE (self->received_row), now);

  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
  update_actions (self);
}

static void
hk_complaint_editor_dispose (GObject *object)
{
  HkComplaintEditor *self = (HkComplaintEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_COMPLAINT_EDITOR);
  g_clear_object (&self->context);
  g_clear_pointer (&self->category_ids, g_array_unref);
  g_clear_pointer (&self->owner_ids, g_array_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hk_complaint_editor_parent_class)->dispose (object);
}

static void
hk_complaint_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HkComplaintEditor *self = HK_COMPLAINT_EDITOR (object);

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
hk_complaint_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HkComplaintEditor *self = HK_COMPLAINT_EDITOR (object);

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
hk_complaint_editor_class_init (HkComplaintEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_complaint_editor_constructed;
  object_class->dispose = hk_complaint_editor_dispose;
  object_class->get_property = hk_complaint_editor_get_property;
  object_class->set_property = hk_complaint_editor_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HkComplaintEditor::registered:
   * @complaint: the complaint as registered
   */
  signals[REGISTERED] =
    g_signal_new ("registered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HK_TYPE_COMPLAINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-complaint-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, channel_row);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, priority_row);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, received_row);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, service_row);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintEditor, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
hk_complaint_editor_init (HkComplaintEditor *self)
{
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

HkComplaintEditor *
hk_complaint_editor_new (GtkWindow *parent,
                         HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_COMPLAINT_EDITOR,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}

/* What keeps the form from being registered, or NULL. */
const char *
hk_complaint_editor_get_problem (HkComplaintEditor *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_EDITOR (self), NULL);

  return self->problem;
}
