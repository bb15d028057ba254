/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-archive-format.c: how the archive's sections show times, people, states and months.
 *
 * Times are the hall's local time to the minute ("2026-10-12 14:05"), the way the
 * archivist writes them on a slip; a time window on one day names the day once. States are
 * shown with an icon beside their text, never by colour alone.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hk-archive-format.h"

/* Whether the logged-in operator holds any of @roles. The archive's lists take no operator,
 * so every section asks this before it shows one. */
gboolean
hk_archive_may (HkContext *context,
                HkRoles    roles)
{
  HkOperator *operator = context != NULL ? hk_context_get_operator (context) : NULL;

  return operator != NULL && hk_operator_has_any_role (operator, roles);
}

static GDateTime *
local_time (HkContext *context,
            gint64     unix_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_seconds);

  if (utc == NULL)
    return NULL;

  return g_date_time_to_timezone (
           utc, hk_hall_store_get_time_zone (hk_context_get_hall_store (context)));
}

/* "2026-10-12 14:05" in the hall's time zone; "" for no time. */
char *
hk_archive_format_time (HkContext *context,
                        gint64     unix_seconds)
{
  g_autoptr(GDateTime) local = NULL;

  if (unix_seconds == 0 || (local = local_time (context, unix_seconds)) == NULL)
    return g_strdup ("");

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* "2026-10-12" in the hall's time zone; "" for no time. */
char *
hk_archive_format_day (HkContext *context,
                       gint64     unix_seconds)
{
  if (unix_seconds == 0)
    return g_strdup ("");

  return hk_hall_store_format_day (hk_context_get_hall_store (context), unix_seconds);
}

/* "2026-10-12 10:00–18:00" within a day, "2026-10-12 10:00–10-14 17:30" across days of a year,
 * "2026-12-31 10:00–2027-01-02 17:30" across years: short enough for a column. */
char *
hk_archive_format_window (HkContext *context,
                          gint64     from,
                          gint64     until)
{
  g_autoptr(GDateTime) start = local_time (context, from);
  g_autoptr(GDateTime) end = local_time (context, until);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (start == NULL || end == NULL)
    return g_strdup ("");

  first = g_date_time_format (start, "%Y-%m-%d %H:%M");
  if (g_date_time_get_year (start) != g_date_time_get_year (end))
    last = g_date_time_format (end, "%Y-%m-%d %H:%M");
  else if (g_date_time_get_day_of_year (start) != g_date_time_get_day_of_year (end))
    last = g_date_time_format (end, "%m-%d %H:%M");
  else
    last = g_date_time_format (end, "%H:%M");

  return g_strdup_printf ("%s–%s", first, last);
}

/* An operator's display name, or "—" for nobody. */
char *
hk_archive_dup_operator_name (HkContext *context,
                              gint64     operator_id)
{
  g_autoptr(HkOperator) operator = NULL;

  if (operator_id == 0)
    return g_strdup ("—");

  operator = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context),
                                             operator_id, NULL);
  if (operator == NULL)
    return g_strdup_printf ("#%lld", (long long)operator_id);

  return g_strdup (hk_operator_get_display_name (operator));
}

/* Who decided a request and how: "李强, 2026-10-12 09:20", "Paper approval: 钱卫东,
 * 市公司客服部经理, slip SP-2026-0042 of 2026-10-12", or "" before a decision. */
char *
hk_archive_describe_approval (HkContext       *context,
                              HkAccessRequest *request)
{
  switch (hk_access_request_get_approval_kind (request))
    {
    case HK_APPROVAL_APP:
      {
        g_autofree char *by = hk_archive_dup_operator_name (
                                context, hk_access_request_get_decided_by (request));
        g_autofree char *at = hk_archive_format_time (context,
                                                      hk_access_request_get_decided_at (request));

        /* Translators: who decided a request in the application and when, e.g.
         * "李强, 2026-10-12 09:20" */
        return g_strdup_printf (_("%s, %s"), by, at);
      }
    case HK_APPROVAL_PAPER:
      /* Translators: a signed approval slip: the approver's name and title, the slip's number
       * and date, e.g. "Paper approval: 钱卫东, 市公司客服部经理, slip SP-0042 of 2026-10-12" */
      return g_strdup_printf (_("Paper approval: %s, %s, slip %s of %s"),
                              hk_access_request_get_paper_approver (request),
                              hk_access_request_get_paper_title (request),
                              hk_access_request_get_paper_slip_no (request),
                              hk_access_request_get_paper_date (request));
    case HK_APPROVAL_NONE:
    default:
      return g_strdup ("");
    }
}

/* "Complaint handling: 投诉单 TS-07" */
char *
hk_archive_describe_purpose (HkAccessRequest *request)
{
  const char *note = hk_access_request_get_purpose_note (request);
  const char *title = hk_access_purpose_get_title (hk_access_request_get_purpose (request));

  if (note == NULL || *note == '\0')
    return g_strdup (title);

  /* Translators: an access request's purpose and the requester's note, e.g.
   * "Complaint handling: 投诉单 TS-07" */
  return g_strdup_printf (_("%s: %s"), title, note);
}

const char *
hk_archive_file_status_icon (HkFileStatus status)
{
  switch (status)
    {
    case HK_FILE_IN_ARCHIVE:
      return "folder-symbolic";
    case HK_FILE_OUT:
      return "send-to-symbolic";
    case HK_FILE_TRANSFERRED:
      return "mail-forward-symbolic";
    case HK_FILE_DESTROYED:
      return "user-trash-symbolic";
    default:
      return "dialog-question-symbolic";
    }
}

const char *
hk_archive_request_state_icon (HkAccessRequestState state)
{
  switch (state)
    {
    case HK_ACCESS_REQUEST_PENDING:
      return "document-open-recent-symbolic";
    case HK_ACCESS_REQUEST_APPROVED:
      return "emblem-ok-symbolic";
    case HK_ACCESS_REQUEST_OUT:
      return "send-to-symbolic";
    case HK_ACCESS_REQUEST_COMPLETED:
      return "emblem-default-symbolic";
    case HK_ACCESS_REQUEST_REJECTED:
      return "process-stop-symbolic";
    case HK_ACCESS_REQUEST_EXPIRED:
      return "appointment-missed-symbolic";
    default:
      return "dialog-question-symbolic";
    }
}

/* Reads "YYYY-MM-DD HH:MM" in the hall's time zone. */
gboolean
hk_archive_parse_moment (HkContext  *context,
                         const char *text,
                         gint64     *moment)
{
  g_autoptr(GDateTime) at = NULL;
  int year = 0, month = 0, day = 0, hours = 0, minutes = 0;
  char tail;

  if (text == NULL ||
      sscanf (text, " %4d-%2d-%2d %2d:%2d %c", &year, &month, &day, &hours, &minutes,
              &tail) != 5 ||
      month < 1 || month > 12 || day < 1 || day > g_date_get_days_in_month (month, year) ||
      hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
    return FALSE;

  at = g_date_time_new (hk_hall_store_get_time_zone (hk_context_get_hall_store (context)),
                        year, month, day, hours, minutes, 0);
  if (at == NULL)
    return FALSE;

  *moment = g_date_time_to_unix (at);
  return TRUE;
}

/* "2026-10": the month of the hall's today. */
char *
hk_archive_this_month (HkContext *context)
{
  g_autofree char *today = hk_hall_store_format_day (
                             hk_context_get_hall_store (context),
                             hk_database_get_now (hk_context_get_database (context)));

  return g_strndup (today, 7);
}

/* The month @n_months after "YYYY-MM" (before, when negative). */
char *
hk_archive_shift_month (const char *month,
                        int         n_months)
{
  int year = 0, number = 0;
  int index;

  if (month == NULL || sscanf (month, "%4d-%2d", &year, &number) != 2)
    return NULL;

  index = year * 12 + (number - 1) + n_months;

  return g_strdup_printf ("%04d-%02d", index / 12, index % 12 + 1);
}

/* The first and the last day of "YYYY-MM"; %FALSE when it is not a month. */
gboolean
hk_archive_month_days (const char  *month,
                       char       **first_day,
                       char       **last_day)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  int year = 0, number = 0;
  char tail;

  if (month == NULL || strlen (month) != 7 ||
      sscanf (month, "%4d-%2d%c", &year, &number, &tail) != 2 ||
      !hk_recheck_month_days (year, number, &first, &last, NULL))
    return FALSE;

  if (first_day != NULL)
    *first_day = g_steal_pointer (&first);
  if (last_day != NULL)
    *last_day = g_steal_pointer (&last);

  return TRUE;
}

/* The cells of the archive's lists: GtkSignalListItemFactory handlers in each view format
 * the item (they need the hall's time zone and the operators' names) and fill these. */

/* A label, left-aligned, as wide as its text: numbers, dates, names, states. */
void
hk_archive_cell_setup_text (GtkListItem *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

/* A label for the column that takes the rest of the width: ellipsized, its full text in its
 * tooltip. */
void
hk_archive_cell_setup_long_text (GtkListItem *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* GtkColumnView gives a column its minimum when the table is wider than the window: keep a
   * few characters readable. */
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_list_item_set_child (list_item, label);
}

/* A number: right-aligned, tabular figures. */
void
hk_archive_cell_setup_numeric (GtkListItem *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

/* A state: an icon and its text, so that it reads the same without colour. */
void
hk_archive_cell_setup_state (GtkListItem *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (list_item, box);
}

/* A state in a column of a fixed width: the word ellipsized, its whole in the tooltip. */
void
hk_archive_cell_setup_long_state (GtkListItem *list_item)
{
  GtkWidget *box;

  hk_archive_cell_setup_state (list_item);
  box = gtk_list_item_get_child (list_item);
  gtk_label_set_ellipsize (GTK_LABEL (gtk_widget_get_last_child (box)), PANGO_ELLIPSIZE_END);
}

void
hk_archive_cell_set_text (GtkListItem *list_item,
                          const char  *text)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (label, text != NULL && *text != '\0' ? text : NULL);
}

void
hk_archive_cell_set_state (GtkListItem *list_item,
                           const char  *icon_name,
                           const char  *text)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);

  gtk_image_set_from_icon_name (GTK_IMAGE (image), icon_name);
  gtk_widget_set_visible (image, icon_name != NULL);
  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (box, text != NULL && *text != '\0' ? text : NULL);
}
