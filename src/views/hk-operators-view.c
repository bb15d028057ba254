/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-operators-view.c: the Operators section, for administrators.
 *
 * Lists every operator, active or not, with their roles. Operators are never
 * deleted: an administrator creates them, edits their name and roles, resets
 * a password (which also lifts a lock-out) and deactivates or reactivates.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-password.h"
#include "hk-operator-editor.h"
#include "hk-operators-view.h"

enum {
  STATUS_ALL,
  STATUS_ACTIVE,
  STATUS_DEACTIVATED,
};

struct _HkOperatorsView
{
  HkSection           parent_instance;

  /* Template widgets */
  GtkColumnView      *column_view;
  GtkFilterListModel *filter_model;
  GtkSearchEntry     *search_entry;
  GtkSingleSelection *selection;
  GtkSortListModel   *sort_model;
  GtkDropDown        *status_dropdown;
  GtkButton          *toggle_active_button;
};

G_DEFINE_FINAL_TYPE (HkOperatorsView, hk_operators_view, HK_TYPE_SECTION)

static HkOperatorStore *
get_store (HkOperatorsView *self)
{
  return hk_context_get_operator_store (hk_section_get_context (HK_SECTION (self)));
}

static HkOperator *
get_actor (HkOperatorsView *self)
{
  return hk_context_get_operator (hk_section_get_context (HK_SECTION (self)));
}

static HkOperator *
get_selected (HkOperatorsView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static char *
format_roles (gpointer unused,
              HkRoles  roles)
{
  return hk_roles_to_titles (roles);
}

static char *
format_status (gpointer unused,
               gboolean active)
{
  return g_strdup (active ? _("Active") : _("Deactivated"));
}

static char *
format_status_icon (gpointer unused,
                    gboolean active)
{
  return g_strdup (active ? "emblem-ok-symbolic" : "action-unavailable-symbolic");
}

static void
update_actions (HkOperatorsView *self)
{
  HkOperator *selected = get_selected (self);
  gboolean active = selected != NULL && hk_operator_get_active (selected);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "operators.edit", selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "operators.reset-password",
                                 selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "operators.toggle-active",
                                 selected != NULL &&
                                 (!active || hk_operator_get_id (selected) !=
                                             hk_operator_get_id (get_actor (self))));

  gtk_button_set_label (self->toggle_active_button,
                        selected == NULL || active ? _("_Deactivate…") : _("Re_activate"));
}

static gboolean
filter_operator (gpointer item,
                 gpointer user_data)
{
  HkOperatorsView *self = user_data;
  HkOperator *operator = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint status = gtk_drop_down_get_selected (self->status_dropdown);

  if (status == STATUS_ACTIVE && !hk_operator_get_active (operator))
    return FALSE;
  if (status == STATUS_DEACTIVATED && hk_operator_get_active (operator))
    return FALSE;

  if (text != NULL && *text != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (text, -1);
      g_autofree char *login = g_utf8_casefold (hk_operator_get_login (operator), -1);
      g_autofree char *name = g_utf8_casefold (hk_operator_get_display_name (operator), -1);

      return strstr (login, needle) != NULL || strstr (name, needle) != NULL;
    }

  return TRUE;
}

static void
on_filter_changed_cb (HkOperatorsView *self)
{
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->filter_model);

  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_editor_saved_cb (HkOperatorsView *self,
                    HkOperator      *operator,
                    gboolean         created)
{
  g_autofree char *message = NULL;

  if (created)
    message = g_strdup_printf (_("Operator %s created"), hk_operator_get_display_name (operator));
  else
    message = g_strdup_printf (_("Operator %s saved"), hk_operator_get_display_name (operator));

  hk_operators_view_select (self, hk_operator_get_login (operator));
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
open_editor (HkOperatorsView *self,
             HkOperator      *target)
{
  HkOperatorEditor *editor;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  editor = hk_operator_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   hk_section_get_context (HK_SECTION (self)), target);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (HK_OPERATORS_VIEW (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkOperatorsView *self = HK_OPERATORS_VIEW (widget);
  HkOperator *selected = get_selected (self);

  if (selected != NULL)
    open_editor (self, selected);
}

static void
on_column_view_activate_cb (HkOperatorsView *self,
                            guint            position)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "operators.edit", NULL);
}

static void
on_reset_password_changed_cb (AdwMessageDialog *dialog,
                              GtkEditable      *entry)
{
  adw_message_dialog_set_response_enabled (dialog, "reset",
                                           hk_password_validate (gtk_editable_get_text (entry),
                                                                 NULL));
}

static void
on_reset_password_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               HkOperatorsView  *self)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);
  GtkEditable *entry = GTK_EDITABLE (gtk_widget_get_first_child (list));
  HkOperator *target = g_object_get_data (G_OBJECT (dialog), "operator");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "reset") != 0)
    return;

  if (!hk_operator_store_reset_password (get_store (self), get_actor (self), target,
                                         gtk_editable_get_text (entry), &error))
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  message = g_strdup_printf (_("New password set for %s"), hk_operator_get_display_name (target));
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
reset_password_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HkOperatorsView *self = HK_OPERATORS_VIEW (widget);
  HkOperator *selected = get_selected (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  GtkWidget *list;
  GtkWidget *entry;

  if (selected == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Reset Password?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Give %s a new password and tell it to them in person. "
                                    "Their old password stops working and a lock-out is lifted."),
                                  hk_operator_get_display_name (selected));

  /* A boxed list with one password row, as in the forms. */
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  entry = adw_password_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _("New password"));
  gtk_list_box_append (GTK_LIST_BOX (list), entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reset", _("_Reset Password"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reset",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reset");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reset", FALSE);

  g_object_set_data_full (G_OBJECT (dialog), "operator", g_object_ref (selected),
                          g_object_unref);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_reset_password_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reset_password_response_cb), self,
                           0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_active (HkOperatorsView *self,
            HkOperator      *target,
            gboolean         active)
{
  g_autoptr(HkOperator) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  changed = hk_operator_store_set_active (get_store (self), get_actor (self), target, active,
                                          &error);
  if (changed == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  if (active)
    message = g_strdup_printf (_("%s can log in again"), hk_operator_get_display_name (changed));
  else
    message = g_strdup_printf (_("%s is deactivated"), hk_operator_get_display_name (changed));

  hk_operators_view_select (self, hk_operator_get_login (changed));
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
on_deactivate_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           HkOperatorsView  *self)
{
  if (g_strcmp0 (response, "deactivate") == 0)
    set_active (self, g_object_get_data (G_OBJECT (dialog), "operator"), FALSE);
}

static void
toggle_active_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HkOperatorsView *self = HK_OPERATORS_VIEW (widget);
  HkOperator *selected = get_selected (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (selected == NULL)
    return;

  if (!hk_operator_get_active (selected))
    {
      set_active (self, selected, TRUE);
      return;
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Deactivate Operator?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s will no longer be able to log in. Everything they "
                                    "recorded stays, with their name. You can reactivate the "
                                    "account later."),
                                  hk_operator_get_display_name (selected));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "deactivate", _("_Deactivate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "deactivate",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "operator", g_object_ref (selected),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_deactivate_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hk_operators_view_focus_search (HkSection *section)
{
  HkOperatorsView *self = HK_OPERATORS_VIEW (section);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
hk_operators_view_constructed (GObject *object)
{
  HkOperatorsView *self = (HkOperatorsView *)object;
  GtkCustomFilter *filter;

  G_OBJECT_CLASS (hk_operators_view_parent_class)->constructed (object);

  filter = gtk_custom_filter_new (filter_operator, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);

  gtk_filter_list_model_set_model (self->filter_model,
                                   hk_operator_store_get_model (get_store (self)));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));

  update_actions (self);
}

static void
hk_operators_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HK_TYPE_OPERATORS_VIEW);

  G_OBJECT_CLASS (hk_operators_view_parent_class)->dispose (object);
}

static void
hk_operators_view_class_init (HkOperatorsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_operators_view_constructed;
  object_class->dispose = hk_operators_view_dispose;

  section_class->main_action_name = "operators.new";
  section_class->main_action_label = N_("_New Operator");
  section_class->main_action_tooltip = N_("Add an operator who may log in (Ctrl+N)");
  section_class->focus_search = hk_operators_view_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-operators-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkOperatorsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorsView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorsView, selection);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorsView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorsView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkOperatorsView, toggle_active_button);
  gtk_widget_class_bind_template_callback (widget_class, format_roles);
  gtk_widget_class_bind_template_callback (widget_class, format_status);
  gtk_widget_class_bind_template_callback (widget_class, format_status_icon);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "operators.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "operators.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "operators.reset-password", NULL,
                                   reset_password_action);
  gtk_widget_class_install_action (widget_class, "operators.toggle-active", NULL,
                                   toggle_active_action);

  g_type_ensure (HK_TYPE_OPERATOR);
}

static void
hk_operators_view_init (HkOperatorsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_operators_view_get_visible_model:
 *
 * Returns: (transfer none): the operators as shown: filtered and sorted
 */
GListModel *
hk_operators_view_get_visible_model (HkOperatorsView *self)
{
  g_return_val_if_fail (HK_IS_OPERATORS_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

void
hk_operators_view_select (HkOperatorsView *self,
                          const char      *login)
{
  GListModel *model;
  guint n;

  g_return_if_fail (HK_IS_OPERATORS_VIEW (self));

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (model, i);

      if (g_strcmp0 (hk_operator_get_login (operator), login) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}
