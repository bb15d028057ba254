/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-format.c: how the Complaints section shows and reads times, deadline states and
 * which events a complaint accepts now.
 *
 * Times are typed and shown as "YYYY-MM-DD HH:MM" in the hall's time zone, as on the command
 * line. A deadline state is shown by its icon, its words and a colour together, never by the
 * colour alone.
 *
 * hk_complaint_allows_event() says which buttons of a complaint's page are enabled. It follows
 * the rules HkComplaintStore checks (hk-complaint-store.c) so that a button the store would
 * refuse is not offered; the store still decides, and its refusal is shown when the two
 * disagree (for instance when the clock passed the deadline since the page was drawn).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-complaint-format.h"

/* "2026-10-05 14:30" in the hall's time zone; "" for no time. */
char *
hk_complaint_format_moment (gint64     unix_seconds,
                            GTimeZone *time_zone)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_seconds == 0 || (utc = g_date_time_new_from_unix_utc (unix_seconds)) == NULL)
    return g_strdup ("");

  local = g_date_time_to_timezone (utc, time_zone);

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/**
 * hk_complaint_parse_moment:
 * @text: "YYYY-MM-DD HH:MM" (a "T" between them is accepted too), in the hall's time zone
 *
 * Returns: whether @text is such a time; the moment in @unix_seconds
 */
gboolean
hk_complaint_parse_moment (const char *text,
                           GTimeZone  *time_zone,
                           gint64     *unix_seconds)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  int year, month, mday, hour, minute;
  char tail;

  if (strlen (clean) != 16 || clean[4] != '-' || clean[7] != '-' ||
      (clean[10] != ' ' && clean[10] != 'T') || clean[13] != ':' ||
      sscanf (clean, "%4d-%2d-%2d%*c%2d:%2d%c", &year, &month, &mday, &hour, &minute,
              &tail) != 5 ||
      !g_date_valid_dmy (mday, month, year) || hour < 0 || hour > 23 || minute < 0 ||
      minute > 59 ||
      (parsed = g_date_time_new (time_zone, year, month, mday, hour, minute, 0)) == NULL)
    return FALSE;

  *unix_seconds = g_date_time_to_unix (parsed);
  return TRUE;
}

/* The customer as lists show them: "王先生 · 138****5678", the phone masked. */
char *
hk_complaint_format_customer (HkComplaint *complaint)
{
  g_autofree char *phone = hk_complaint_dup_masked_phone (complaint);

  if (phone == NULL || *phone == '\0')
    return g_strdup (hk_complaint_get_customer_name (complaint));

  /* Translators: a customer in a list: their name and masked phone, "王先生 · 138****5678" */
  return g_strdup_printf (_("%s · %s"), hk_complaint_get_customer_name (complaint), phone);
}

/* Whether it was entered the day it was received: "Same day", or "Late by 1 d 2 h". */
char *
hk_complaint_format_entry (HkComplaint *complaint)
{
  g_autofree char *delay = NULL;

  if (!hk_complaint_is_entered_late (complaint))
    return g_strdup (C_("complaint entry", "Same day"));

  delay = hk_complaint_format_duration (hk_complaint_get_entry_delay (complaint));
  /* Translators: a complaint entered on a later day than received, "Entered late by 1 d 2 h" */
  return g_strdup_printf (_("Entered late by %s"), delay);
}

/**
 * hk_complaint_allows_event:
 * @kind: not %HK_COMPLAINT_EVENT_RECEIVED
 * @now: the store's clock
 *
 * Returns: whether the complaint store would take an event of @kind on
 *   @complaint at @now as far as the complaint's state goes (the actor's roles
 *   and what is typed are checked elsewhere)
 */
gboolean
hk_complaint_allows_event (HkComplaint          *complaint,
                           HkComplaintEventKind  kind,
                           gint64                now)
{
  HkComplaintStatus status;

  g_return_val_if_fail (HK_IS_COMPLAINT (complaint), FALSE);

  status = hk_complaint_get_status (complaint);

  /* The callback rule: past the deadline without a promise, only a promise or a new handler. */
  if (hk_complaint_needs_callback (complaint, now) &&
      kind != HK_COMPLAINT_EVENT_CALLBACK_PROMISED && kind != HK_COMPLAINT_EVENT_ASSIGNED)
    return FALSE;

  switch (kind)
    {
    case HK_COMPLAINT_EVENT_ASSIGNED:
      return status != HK_COMPLAINT_CLOSED;
    case HK_COMPLAINT_EVENT_NOTE:
      return TRUE;
    case HK_COMPLAINT_EVENT_CALLBACK_PROMISED:
      return status == HK_COMPLAINT_OPEN;
    case HK_COMPLAINT_EVENT_CALLED_BACK:
      return status != HK_COMPLAINT_CLOSED && hk_complaint_has_callback_promise (complaint);
    case HK_COMPLAINT_EVENT_RESOLVED:
      return status == HK_COMPLAINT_OPEN;
    case HK_COMPLAINT_EVENT_CLOSED:
      return status == HK_COMPLAINT_RESOLVED &&
             (!hk_complaint_has_callback_promise (complaint) ||
              hk_complaint_get_called_back_at (complaint) != 0);
    case HK_COMPLAINT_EVENT_REOPENED:
      return status != HK_COMPLAINT_OPEN;
    case HK_COMPLAINT_EVENT_RECEIVED:
    default:
      return FALSE;
    }
}

/* Shows @sla on @label (its words and colour) and @icon (its symbol); either may be NULL. */
void
hk_complaint_show_sla (GtkLabel       *label,
                       GtkImage       *icon,
                       HkComplaintSla  sla)
{
  static const char *all_classes[] = { "success", "warning", "error" };
  const char *style_class = hk_complaint_sla_get_style_class (sla);

  for (guint i = 0; i < G_N_ELEMENTS (all_classes); i++)
    {
      if (label != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (label), all_classes[i]);
      if (icon != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (icon), all_classes[i]);
    }

  if (label != NULL)
    {
      gtk_label_set_label (label, hk_complaint_sla_get_title (sla));
      gtk_widget_add_css_class (GTK_WIDGET (label), style_class);
    }
  if (icon != NULL)
    {
      gtk_image_set_from_icon_name (icon, hk_complaint_sla_get_icon_name (sla));
      gtk_widget_add_css_class (GTK_WIDGET (icon), style_class);
    }
}

/* "2026-10" as the user reads a month: "October 2026" in their language. */
char *
hk_complaint_format_month (const char *month)
{
  g_autoptr(GDateTime) date = NULL;
  int year, number;

  if (month == NULL || sscanf (month, "%4d-%2d", &year, &number) != 2 ||
      (date = g_date_time_new_utc (year, number, 1, 0, 0, 0)) == NULL)
    return g_strdup (month != NULL ? month : "");

  /* Translators: a month in a list of months, as strftime () writes it: "October 2026" */
  return g_date_time_format (date, C_("month", "%B %Y"));
}

static void
on_setup_label_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_bind_label_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       string != NULL ? gtk_string_object_get_string (string) : "");
}

static GtkListItemFactory *
new_label_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_label_cb),
                    GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_label_cb), NULL);

  return factory;
}

/* Lets a filter of strings shrink with the window: the choice shown on the button is
 * shortened with "…" when there is no room, the list keeps the whole words. */
void
hk_complaint_drop_down_shrink (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = new_label_factory (TRUE);
  g_autoptr(GtkListItemFactory) list = new_label_factory (FALSE);

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}
