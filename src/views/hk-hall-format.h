/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-format.h: what the Hall section's pages share: who may write, times, lists, toasts. */

#pragma once

#include <adwaita.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

gboolean   hk_hall_format_can_keep_books (HkContext   *context);
char      *hk_hall_format_time           (HkContext   *context,
                                          gint64       unix_seconds);
char      *hk_hall_format_moment         (HkContext   *context,
                                          gint64       unix_seconds);
char      *hk_hall_format_today          (HkContext   *context);
gboolean   hk_hall_format_parse_time     (HkContext   *context,
                                          const char  *day,
                                          const char  *text,
                                          gint64      *unix_seconds);
GtkWidget *hk_hall_format_new_list       (const char  *accessible_label);
void       hk_hall_format_clear_list     (GtkListBox  *list);
GtkWidget *hk_hall_format_new_row        (const char  *title,
                                          const char  *subtitle);
GtkWidget *hk_hall_format_new_state      (const char  *icon_name,
                                          const char  *text,
                                          const char  *css_class);
GtkWidget *hk_hall_format_new_empty_row  (const char  *text);
GtkWindow *hk_hall_format_get_window     (GtkWidget   *widget);
void       hk_hall_format_show_toast     (GtkWidget   *widget,
                                          const char  *message);
void       hk_hall_format_show_error     (GtkWidget   *widget,
                                          const GError *error);

G_END_DECLS
