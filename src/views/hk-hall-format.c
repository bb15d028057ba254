/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-hall-format.c: what the Hall section's pages share: who may write, times, lists, toasts.
 *
 * The pages show short lists (a shift's faults, a day's cleaning windows) as boxed lists of
 * rows built here, each state as an icon and a word. The toasts and errors of a page go to
 * the section it is in.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "core/hk-duty-store.h"
#include "hk-complaint-format.h"
#include "hk-cash-desk-format.h"
#include "hk-hall-format.h"
#include "hk-section.h"

/* Whether the logged-in operator keeps the duty manager's books (the store decides again). */
gboolean
hk_hall_format_can_keep_books (HkContext *context)
{
  HkOperator *actor = hk_context_get_operator (context);

  return actor != NULL && hk_operator_has_any_role (actor, HK_DUTY_ROLES);
}

static GTimeZone *
get_time_zone (HkContext *context)
{
  return hk_hall_store_get_time_zone (hk_context_get_hall_store (context));
}

/* "14:05" in the hall's time zone; "" for 0. */
char *
hk_hall_format_time (HkContext *context,
                     gint64     unix_seconds)
{
  if (unix_seconds == 0)
    return g_strdup ("");

  return hk_cash_desk_format_time (unix_seconds, get_time_zone (context));
}

/* "2026-10-05 14:05" in the hall's time zone; "" for 0. */
char *
hk_hall_format_moment (HkContext *context,
                       gint64     unix_seconds)
{
  return hk_complaint_format_moment (unix_seconds, get_time_zone (context));
}

/* The hall's business day at the database's clock, "YYYY-MM-DD". */
char *
hk_hall_format_today (HkContext *context)
{
  return hk_hall_store_format_day (hk_context_get_hall_store (context),
                                   hk_database_get_now (hk_context_get_database (context)));
}

/* "9:05" or "09:05" on @day, "YYYY-MM-DD", in the hall's time zone; FALSE if it is no time. */
gboolean
hk_hall_format_parse_time (HkContext  *context,
                           const char *day,
                           const char *text,
                           gint64     *unix_seconds)
{
  g_autoptr(GDateTime) moment = NULL;
  int year, month, mday, hour, minute;
  char end;

  if (day == NULL || text == NULL ||
      sscanf (day, "%4d-%2d-%2d", &year, &month, &mday) != 3 ||
      sscanf (text, " %2d:%2d %c", &hour, &minute, &end) != 2 ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return FALSE;

  moment = g_date_time_new (get_time_zone (context), year, month, mday, hour, minute, 0);
  if (moment == NULL)
    return FALSE;

  *unix_seconds = g_date_time_to_unix (moment);

  return TRUE;
}

/* A boxed list for rows that are read, not selected. */
GtkWidget *
hk_hall_format_new_list (const char *accessible_label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);

  return list;
}

void
hk_hall_format_clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A row with a title and a subtitle that are text, not markup. */
GtkWidget *
hk_hall_format_new_row (const char *title,
                        const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);

  return row;
}

/* A state said with an icon and a word, never by its colour alone. */
GtkWidget *
hk_hall_format_new_state (const char *icon_name,
                          const char *text,
                          const char *css_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", icon_name,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  if (css_class != NULL)
    {
      gtk_widget_add_css_class (icon, css_class);
      gtk_widget_add_css_class (label, css_class);
    }

  return box;
}

/* The one row of a list that has nothing, saying so. */
GtkWidget *
hk_hall_format_new_empty_row (const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

GtkWindow *
hk_hall_format_get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
hk_hall_format_show_toast (GtkWidget  *widget,
                           const char *message)
{
  GtkWidget *section = gtk_widget_get_ancestor (widget, HK_TYPE_SECTION);

  if (section != NULL)
    hk_section_show_toast (HK_SECTION (section), message);
}

void
hk_hall_format_show_error (GtkWidget    *widget,
                           const GError *error)
{
  GtkWidget *section = gtk_widget_get_ancestor (widget, HK_TYPE_SECTION);

  if (section != NULL)
    hk_section_show_error (HK_SECTION (section), error);
  else
    g_warning ("%s", error->message);
}
