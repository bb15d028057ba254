/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-archive-format.h: how the archive's sections show times, people, states and months, and
 * the cells of their lists. */

#pragma once

#include <gtk/gtk.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

gboolean     hk_archive_may                  (HkContext            *context,
                                              HkRoles               roles);
char        *hk_archive_format_time          (HkContext            *context,
                                              gint64                unix_seconds);
char        *hk_archive_format_day           (HkContext            *context,
                                              gint64                unix_seconds);
char        *hk_archive_format_window        (HkContext            *context,
                                              gint64                from,
                                              gint64                until);
char        *hk_archive_dup_operator_name    (HkContext            *context,
                                              gint64                operator_id);
char        *hk_archive_describe_approval    (HkContext            *context,
                                              HkAccessRequest      *request);
char        *hk_archive_describe_purpose     (HkAccessRequest      *request);
const char  *hk_archive_file_status_icon     (HkFileStatus          status);
const char  *hk_archive_request_state_icon   (HkAccessRequestState  state);
gboolean     hk_archive_parse_moment         (HkContext            *context,
                                              const char           *text,
                                              gint64               *moment);
char        *hk_archive_this_month           (HkContext            *context);
char        *hk_archive_shift_month          (const char           *month,
                                              int                   n_months);
gboolean     hk_archive_month_days           (const char           *month,
                                              char                **first_day,
                                              char                **last_day);

void         hk_archive_cell_setup_text      (GtkListItem          *list_item);
void         hk_archive_cell_setup_long_text (GtkListItem          *list_item);
void         hk_archive_cell_setup_numeric   (GtkListItem          *list_item);
void         hk_archive_cell_setup_state     (GtkListItem          *list_item);
void         hk_archive_cell_setup_long_state
                                             (GtkListItem          *list_item);
void         hk_archive_cell_set_text        (GtkListItem          *list_item,
                                              const char           *text);
void         hk_archive_cell_set_state       (GtkListItem          *list_item,
                                              const char           *icon_name,
                                              const char           *text);

G_END_DECLS
