/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cash-desk-format.c: how the cash desk's forms show times, notes and cash differences.
 *
 * A cash difference is counted minus expected. A shortfall is shown in words
 * with a positive amount ("Short by ¥12.50"; a minus sign next to "short"
 * would read as a double negative), a warning icon and the error colour, so
 * that it reads the same without colour.
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

/* "Short by ¥12.50", "Over by ¥3.00" or "¥0.00": a difference in a list or a figure. */
char *
hk_cash_desk_format_difference_brief (gint64 difference)
{
  g_autofree char *amount = hk_money_format (difference < 0 ? -difference : difference);

  if (difference < 0)
    /* Translators: a cash shortfall, always with a positive amount, e.g. "Short by ¥12.50" */
    return g_strdup_printf (_("Short by %s"), amount);
  if (difference > 0)
    /* Translators: more cash than expected, e.g. "Over by ¥3.00" */
    return g_strdup_printf (_("Over by %s"), amount);

  return g_steal_pointer (&amount);
}

/* "Short by ¥12.50", "Over by ¥3.00" or "¥0.00, the cash agrees". */
char *
hk_cash_desk_format_difference (gint64 difference)
{
  g_autofree char *amount = NULL;

  if (difference != 0)
    return hk_cash_desk_format_difference_brief (difference);

  amount = hk_money_format (0);
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
