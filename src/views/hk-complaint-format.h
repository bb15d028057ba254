/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-format.h: how the Complaints section shows and reads times, deadline states and
 * which events a complaint accepts now. */

#pragma once

#include <gtk/gtk.h>

#include "core/hk-complaint.h"

G_BEGIN_DECLS

char     *hk_complaint_format_moment     (gint64                unix_seconds,
                                          GTimeZone            *time_zone);
gboolean  hk_complaint_parse_moment      (const char           *text,
                                          GTimeZone            *time_zone,
                                          gint64               *unix_seconds);
char     *hk_complaint_format_customer   (HkComplaint          *complaint);
char     *hk_complaint_format_entry      (HkComplaint          *complaint);
gboolean  hk_complaint_allows_event      (HkComplaint          *complaint,
                                          HkComplaintEventKind  kind,
                                          gint64                now);
void      hk_complaint_show_sla          (GtkLabel             *label,
                                          GtkImage             *icon,
                                          HkComplaintSla        sla);
char     *hk_complaint_format_month      (const char           *month);
void      hk_complaint_drop_down_shrink  (GtkDropDown          *dropdown);

G_END_DECLS
