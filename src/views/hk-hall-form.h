/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-form.h: the Hall section's short forms: a message dialog with a few rows. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The first problem of the form's values, or NULL when they can be saved. */
typedef char *(*HkHallFormCheck) (AdwMessageDialog *form,
                                  gpointer          user_data);

AdwMessageDialog *hk_hall_form_new        (GtkWidget        *from,
                                           const char       *heading,
                                           const char       *body,
                                           const char       *response,
                                           const char       *response_label);
GtkWidget        *hk_hall_form_add_entry  (AdwMessageDialog *form,
                                           const char       *name,
                                           const char       *title,
                                           const char       *text,
                                           gboolean          required);
GtkWidget        *hk_hall_form_add_choice (AdwMessageDialog *form,
                                           const char       *name,
                                           const char       *title,
                                           GListModel       *choices,
                                           guint             selected);
GtkWidget        *hk_hall_form_add_check  (AdwMessageDialog *form,
                                           const char       *name,
                                           const char       *title,
                                           gboolean          active);
void              hk_hall_form_set_check  (AdwMessageDialog *form,
                                           HkHallFormCheck   check,
                                           gpointer          user_data);
const char       *hk_hall_form_get_text   (AdwMessageDialog *form,
                                           const char       *name);
guint             hk_hall_form_get_choice (AdwMessageDialog *form,
                                           const char       *name);
gboolean          hk_hall_form_get_active (AdwMessageDialog *form,
                                           const char       *name);
void              hk_hall_form_present    (AdwMessageDialog *form,
                                           GCallback         on_response,
                                           gpointer          user_data);

G_END_DECLS
