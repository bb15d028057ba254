/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-format.h: how the repair desk's pages show statuses, moments, days and money. */

#pragma once

#include <gtk/gtk.h>

#include "core/hk-context.h"

G_BEGIN_DECLS

const char *hk_repair_format_status_icon  (HkRepairStatus  status);
const char *hk_repair_format_accessory_label (guint        n);
const char *hk_repair_format_condition_label (guint        n);
char       *hk_repair_format_moment       (HkContext      *context,
                                           gint64          unix_seconds);
char       *hk_repair_format_today        (HkContext      *context);
char       *hk_repair_format_day_after    (HkContext      *context,
                                           int             n_days);
char       *hk_repair_format_month_start  (HkContext      *context);
gboolean    hk_repair_format_can_write    (HkContext      *context);
void        hk_repair_format_set_error    (gpointer        widget,
                                           gboolean        error);
void        hk_repair_format_focus_next   (GtkWidget      *widget);

G_END_DECLS
