/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cash-desk-format.h: how the cash desk's forms show times, notes and cash differences. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *hk_cash_desk_format_time          (gint64      unix_seconds,
                                         GTimeZone  *time_zone);
char *hk_cash_desk_format_denomination  (gint64      fen);
char *hk_cash_desk_format_difference    (gint64      difference);
char *hk_cash_desk_format_difference_brief (gint64   difference);
void  hk_cash_desk_show_difference      (GtkLabel   *label,
                                         GtkImage   *icon,
                                         gint64      difference);

G_END_DECLS
