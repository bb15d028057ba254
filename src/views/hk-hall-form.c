/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-form.c: the Hall section's short forms: a message dialog with a few rows.
 *
 * A fault, an incident, an escort trip, a briefing, a training session or a customer's demand
 * is a handful of fields typed at the duty desk: a message dialog with a boxed list of entry,
 * combo and check rows, as the Shifts section asks for a reason. Its response stays disabled
 * until every required field has text and the form's own check finds nothing wrong; the first
 * problem is named under the rows. Enter in a field moves on; Escape closes.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-hall-form.h"
#include "hk-hall-format.h"

static GtkListBox *
get_list (AdwMessageDialog *form)
{
  return g_object_get_data (G_OBJECT (form), "hk-form-list");
}

static GtkWidget *
find_row (AdwMessageDialog *form,
          const char       *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (get_list (form)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
      return child;

  g_return_val_if_reached (NULL);
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *copy == '\0';
}

static char *
find_problem (AdwMessageDialog *form)
{
  HkHallFormCheck check = g_object_get_data (G_OBJECT (form), "hk-form-check");

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (get_list (form)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_object_get_data (G_OBJECT (child), "hk-form-required") != NULL &&
        is_blank (gtk_editable_get_text (GTK_EDITABLE (child))))
      /* Translators: the first problem of a form, "Fill in “Where”." */
      return g_strdup_printf (_("Fill in “%s”."),
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)));

  if (check != NULL)
    return check (form, g_object_get_data (G_OBJECT (form), "hk-form-check-data"));

  return NULL;
}

static void
update (AdwMessageDialog *form)
{
  GtkLabel *problem_label = g_object_get_data (G_OBJECT (form), "hk-form-problem");
  const char *response = g_object_get_data (G_OBJECT (form), "hk-form-response");
  g_autofree char *problem = find_problem (form);

  gtk_label_set_label (problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (problem_label), problem != NULL);
  adw_message_dialog_set_response_enabled (form, response, problem == NULL);
}

/* Enter in a field: the next one, or the response from the last. */
static void
on_entry_activate_cb (AdwMessageDialog *form,
                      GtkWidget        *row)
{
  const char *response = g_object_get_data (G_OBJECT (form), "hk-form-response");

  for (GtkWidget *next = gtk_widget_get_next_sibling (row); next != NULL;
       next = gtk_widget_get_next_sibling (next))
    if (ADW_IS_ENTRY_ROW (next) && gtk_widget_get_visible (next))
      {
        gtk_widget_grab_focus (next);
        return;
      }

  if (adw_message_dialog_get_response_enabled (form, response))
    {
      adw_message_dialog_response (form, response);
      gtk_window_close (GTK_WINDOW (form));
    }
}

/* A form with a response button @response_label (and Cancel), and no rows yet. */
AdwMessageDialog *
hk_hall_form_new (GtkWidget  *from,
                  const char *heading,
                  const char *body,
                  const char *response,
                  const char *response_label)
{
  AdwMessageDialog *form;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = hk_hall_format_new_list (heading);
  GtkWidget *problem = gtk_label_new (NULL);

  form = ADW_MESSAGE_DIALOG (adw_message_dialog_new (hk_hall_format_get_window (from), heading,
                                                     body));
  gtk_label_set_wrap (GTK_LABEL (problem), TRUE);
  gtk_label_set_xalign (GTK_LABEL (problem), 0);
  gtk_widget_add_css_class (problem, "dim-label");
  gtk_widget_set_name (problem, "form-problem");
  gtk_accessible_update_property (GTK_ACCESSIBLE (problem), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What is missing"), -1);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), problem);
  adw_message_dialog_set_extra_child (form, box);

  adw_message_dialog_add_responses (form,
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (form, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (form, response);
  adw_message_dialog_set_close_response (form, "cancel");

  g_object_set_data (G_OBJECT (form), "hk-form-list", list);
  g_object_set_data (G_OBJECT (form), "hk-form-problem", problem);
  g_object_set_data_full (G_OBJECT (form), "hk-form-response", g_strdup (response), g_free);

  return form;
}

GtkWidget *
hk_hall_form_add_entry (AdwMessageDialog *form,
                        const char       *name,
                        const char       *title,
                        const char       *text,
                        gboolean          required)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, name);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (required)
    g_object_set_data (G_OBJECT (row), "hk-form-required", GINT_TO_POINTER (TRUE));
  gtk_list_box_append (get_list (form), row);
  g_signal_connect_object (row, "changed", G_CALLBACK (update), form, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_entry_activate_cb), form,
                           G_CONNECT_SWAPPED);

  return row;
}

/* A combo row of @choices (transfer full: a list of GtkStringObject). */
GtkWidget *
hk_hall_form_add_choice (AdwMessageDialog *form,
                         const char       *name,
                         const char       *title,
                         GListModel       *choices,
                         guint             selected)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, name);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), choices);
  g_object_unref (choices);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  gtk_list_box_append (get_list (form), row);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (update), form,
                           G_CONNECT_SWAPPED);

  return row;
}

GtkWidget *
hk_hall_form_add_check (AdwMessageDialog *form,
                        const char       *name,
                        const char       *title,
                        gboolean          active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, name);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "hk-form-check-button", check);
  gtk_list_box_append (get_list (form), row);
  g_signal_connect_object (check, "toggled", G_CALLBACK (update), form, G_CONNECT_SWAPPED);

  return row;
}

/* @check finds what is wrong beyond an empty required field, e.g. an amount or a time. */
void
hk_hall_form_set_check (AdwMessageDialog *form,
                        HkHallFormCheck   check,
                        gpointer          user_data)
{
  g_object_set_data (G_OBJECT (form), "hk-form-check", check);
  g_object_set_data (G_OBJECT (form), "hk-form-check-data", user_data);
}

const char *
hk_hall_form_get_text (AdwMessageDialog *form,
                       const char       *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (find_row (form, name)));
}

guint
hk_hall_form_get_choice (AdwMessageDialog *form,
                         const char       *name)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (find_row (form, name)));
}

gboolean
hk_hall_form_get_active (AdwMessageDialog *form,
                         const char       *name)
{
  GtkWidget *row = find_row (form, name);

  return gtk_check_button_get_active (g_object_get_data (G_OBJECT (row),
                                                         "hk-form-check-button"));
}

/* Shows the form; @on_response (AdwMessageDialog *, const char *response, @user_data) runs
 * while @user_data lives. */
void
hk_hall_form_present (AdwMessageDialog *form,
                      GCallback         on_response,
                      gpointer          user_data)
{
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (get_list (form)));

  update (form);
  g_signal_connect_object (form, "response", on_response, user_data, 0);
  gtk_window_present (GTK_WINDOW (form));
  if (first != NULL)
    gtk_widget_grab_focus (first);
}
