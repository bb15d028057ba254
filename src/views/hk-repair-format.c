/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-format.c: how the repair desk's pages show statuses, moments, days and money.
 *
 * A status is always shown as its icon and its title (hk_repair_status_get_title()), never
 * by colour alone. Days are the hall's days: "today" is today in the hall's time zone, by the
 * database's clock, so that a test's fixed clock and the demo agree with what is shown.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-repair-format.h"

/* The icon shown beside a status's title. */
const char *
hk_repair_format_status_icon (HkRepairStatus status)
{
  switch (status)
    {
    case HK_REPAIR_RECEIVED:
      return "document-new-symbolic";
    case HK_REPAIR_DIAGNOSING:
      return "system-search-symbolic";
    case HK_REPAIR_REPAIRING:
      return "applications-engineering-symbolic";
    case HK_REPAIR_SENT_OUT:
      return "send-to-symbolic";
    case HK_REPAIR_BACK_FROM_CITY:
      return "mail-send-receive-symbolic";
    case HK_REPAIR_READY:
      return "emblem-ok-symbolic";
    case HK_REPAIR_UNREPAIRED:
      return "dialog-warning-symbolic";
    case HK_REPAIR_PICKED_UP:
      return "emblem-default-symbolic";
    case HK_REPAIR_RETURNED_UNREPAIRED:
    default:
      return "edit-undo-symbolic";
    }
}

/* The labels of the accessories' and conditions' check buttons, with their mnemonics, in the
 * core's order (hk_repair_accessory_nth(), hk_repair_condition_nth()). */
static const char * const accessory_labels[HK_REPAIR_N_ACCESSORIES] = {
  N_("_Battery"), N_("C_harger"), N_("Cab_le"), N_("_SIM card"), N_("_Memory card"),
  N_("Cas_e"), N_("Bo_x"),
};

static const char * const condition_labels[HK_REPAIR_N_CONDITIONS] = {
  N_("Scra_tches"), N_("Crac_ked screen"), N_("_Water damage"), N_("Does _not power on"),
};

/* The translated label, with its mnemonic, of the @n-th accessory's check button. */
const char *
hk_repair_format_accessory_label (guint n)
{
  g_return_val_if_fail (n < HK_REPAIR_N_ACCESSORIES, NULL);

  return _(accessory_labels[n]);
}

const char *
hk_repair_format_condition_label (guint n)
{
  g_return_val_if_fail (n < HK_REPAIR_N_CONDITIONS, NULL);

  return _(condition_labels[n]);
}

/* "2026-10-21 14:05" in the hall's time zone; "" for no moment (0). */
char *
hk_repair_format_moment (HkContext *context,
                         gint64     unix_seconds)
{
  GTimeZone *zone = hk_hall_store_get_time_zone (hk_context_get_hall_store (context));
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_seconds == 0 || (utc = g_date_time_new_from_unix_utc (unix_seconds)) == NULL)
    return g_strdup ("");

  local = g_date_time_to_timezone (utc, zone);

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

char *
hk_repair_format_today (HkContext *context)
{
  return hk_repair_format_day_after (context, 0);
}

/* The hall's day @n_days after today, "YYYY-MM-DD". */
char *
hk_repair_format_day_after (HkContext *context,
                            int        n_days)
{
  GTimeZone *zone = hk_hall_store_get_time_zone (hk_context_get_hall_store (context));
  gint64 now = hk_database_get_now (hk_context_get_database (context));
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, zone);
  g_autoptr(GDateTime) day = g_date_time_add_days (local, n_days);

  return g_date_time_format (day, "%Y-%m-%d");
}

/* The first day of this month, "YYYY-MM-01". */
char *
hk_repair_format_month_start (HkContext *context)
{
  g_autofree char *today = hk_repair_format_today (context);

  return g_strdup_printf ("%.8s01", today);
}

/* Whether the logged-in operator works the repair desk; others (the duty manager) only read. */
gboolean
hk_repair_format_can_write (HkContext *context)
{
  HkOperator *actor = hk_context_get_operator (context);

  return actor != NULL && hk_operator_has_any_role (actor, HK_ROLE_TECHNICIAN);
}

void
hk_repair_format_set_error (gpointer widget,
                            gboolean error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (widget), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (widget), "error");
}

/* Enter in a form's field moves on to the next field, as Tab does. */
void
hk_repair_format_focus_next (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (root != NULL)
    gtk_widget_child_focus (GTK_WIDGET (root), GTK_DIR_TAB_FORWARD);
}
