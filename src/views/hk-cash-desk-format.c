/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cash-desk-format.c: how the cash desk's forms show times, notes and cash differences.
 *
 * A cash difference is counted minus expected. A shortfall is shown with its
 * minus sign, the word "short", a warning icon and the error colour, so that
 * it reads the same without colour.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-cash-desk-format.h"

/* "14:05" in the hall's time zone. */
char *
hk_cash_desk_format_time (gint64     unix_seconds,
                          GTimeZone *time_zone)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("");

  local = g_date_time_to_timezone (utc, time_zone);

  return g_date_time_format (local, "%H:%M");
}

/* A note or coin: "¥100", "¥5", "¥0.5", "¥0.1". */
char *
hk_cash_desk_format_denomination (gint64 fen)
{
  if (fen % 100 == 0)
    return g_strdup_printf ("¥%lld", (long long)(fen / 100));
  if (fen % 10 == 0)
    return g_strdup_printf ("¥%lld.%lld", (long long)(fen / 100), (long long)(fen % 100 / 10));

  return hk_money_format (fen);
}

/* "-¥12.50 short", "+¥3.00 over" or "¥0.00, the cash agrees". */
char *
hk_cash_desk_format_difference (gint64 difference)
{
  g_autofree char *amount = hk_money_format (difference);

  if (difference < 0)
    /* Translators: a cash shortfall, e.g. "-¥12.50 short" */
    return g_strdup_printf (_("%s short"), amount);
  if (difference > 0)
    /* Translators: more cash than expected, e.g. "+¥3.00 over" */
    return g_strdup_printf (_("+%s over"), amount);

  /* Translators: no cash difference, e.g. "¥0.00, the cash agrees" */
  return g_strdup_printf (_("%s, the cash agrees"), amount);
}

/* Shows a cash difference in @label, with @icon (optional) saying the same. */
void
hk_cash_desk_show_difference (GtkLabel *label,
                              GtkImage *icon,
                              gint64    difference)
{
  g_autofree char *text = hk_cash_desk_format_difference (difference);

  gtk_label_set_label (label, text);

  if (difference < 0)
    gtk_widget_add_css_class (GTK_WIDGET (label), "money-negative");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "money-negative");

  if (icon != NULL)
    {
      gtk_image_set_from_icon_name (icon, difference == 0 ? "emblem-ok-symbolic"
                                                          : "dialog-warning-symbolic");
      if (difference < 0)
        gtk_widget_add_css_class (GTK_WIDGET (icon), "money-negative");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (icon), "money-negative");
    }
}
