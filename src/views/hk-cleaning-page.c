/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cleaning-page.c: the Hall section's Cleaning page (清洁): the day's cleaning rounds.
 *
 * A page meant to be left open on the duty desk, like a kiosk: the cleaner's name is typed
 * once, and each round of the day's schedule (the opening clean, counters and seats twice a
 * day, restrooms every 30 minutes: whatever the schedule says) is one row with its window.
 * A round due now has a large Done button that records it with the clock's time and the name;
 * a round done says when and by whom; a window that closed without a round says Missed, with
 * an icon. The states follow the clock: the rows are read again every minute while shown.
 * Past days are shown as they were, without buttons.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-duty-store.h"
#include "hk-cleaning-page.h"
#include "hk-hall-format.h"

#define REFRESH_SECONDS 60

struct _HkCleaningPage
{
  HkHallPage   parent_instance;

  char        *day;
  guint        n_done;
  guint        n_missed;
  guint        refresh_id;

  /* Template widgets */
  AdwEntryRow *cleaner_row;
  GtkImage    *summary_icon;
  GtkLabel    *summary_label;
  GtkListBox  *windows_list;
};

G_DEFINE_FINAL_TYPE (HkCleaningPage, hk_cleaning_page, HK_TYPE_HALL_PAGE)

static HkContext *
get_context (HkCleaningPage *self)
{
  return hk_hall_page_get_context (HK_HALL_PAGE (self));
}

static HkDutyStore *
get_store (HkCleaningPage *self)
{
  return hk_hall_page_get_duty_store (HK_HALL_PAGE (self));
}

static gint64
get_now (HkCleaningPage *self)
{
  return hk_database_get_now (hk_context_get_database (get_context (self)));
}

static char *
dup_cleaner (HkCleaningPage *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->cleaner_row))));
}

/* Who did the round of @task_id at @done_at, from the day's rounds. */
static const char *
find_cleaner (GPtrArray *rounds,
              gint64     task_id,
              gint64     done_at)
{
  for (guint i = 0; rounds != NULL && i < rounds->len; i++)
    {
      HkCleaningRound *round = g_ptr_array_index (rounds, i);

      if (hk_cleaning_round_get_task_id (round) == task_id &&
          hk_cleaning_round_get_done_at (round) == done_at)
        return hk_cleaning_round_get_cleaner (round);
    }

  return "";
}

static GtkWidget *
new_window_row (HkCleaningPage   *self,
                HkCleaningWindow *window,
                GPtrArray        *rounds,
                gboolean          can_tick)
{
  g_autofree char *start = hk_hall_format_time (get_context (self), window->start);
  g_autofree char *end = hk_hall_format_time (get_context (self), window->end);
  g_autofree char *period = NULL;
  gint64 now = get_now (self);
  GtkWidget *row;

  /* Translators: a cleaning window, "09:00–09:30" */
  period = g_strdup_printf (_("%s–%s"), start, end);
  row = hk_hall_format_new_row (window->task_name, period);

  if (window->done_at != 0)
    {
      g_autofree char *at = hk_hall_format_time (get_context (self), window->done_at);
      g_autofree char *state = NULL;

      /* Translators: "Done at 09:12 by 王芳" */
      state = g_strdup_printf (_("Done at %s by %s"), at,
                               find_cleaner (rounds, window->task_id, window->done_at));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 hk_hall_format_new_state ("emblem-ok-symbolic", state,
                                                           "success"));
    }
  else if (window->missed)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               hk_hall_format_new_state ("dialog-warning-symbolic", _("Missed"),
                                                         "error"));
  else if (window->start <= now && now < window->end)
    {
      GtkWidget *tick = gtk_button_new_with_mnemonic (_("_Done"));
      g_autofree char *name = g_strdup_printf ("tick-%lld", (long long)window->task_id);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 hk_hall_format_new_state ("alarm-symbolic", _("Due now"), NULL));
      gtk_widget_set_name (tick, name);
      gtk_widget_set_valign (tick, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (tick, "suggested-action");
      gtk_widget_add_css_class (tick, "pill");
      gtk_widget_set_tooltip_text (tick, can_tick ? _("Record the round as done now by the "
                                                      "cleaner named above")
                                                  : _("Type the cleaner’s name first"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (tick), "cleaning.tick");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (tick),
                                              g_variant_new_int64 (window->task_id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tick);
    }
  else
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               hk_hall_format_new_state ("document-open-recent-symbolic",
                                                         _("Later"), "dim-label"));

  return row;
}

static void
update_summary (HkCleaningPage *self,
                guint           n_windows)
{
  g_autofree char *done = NULL;
  g_autofree char *missed = NULL;
  g_autofree char *summary = NULL;

  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u round done",
                                       "%u of %u rounds done", n_windows),
                          self->n_done, n_windows);
  missed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u missed", "%u missed",
                                         self->n_missed), self->n_missed);
  /* Translators: "12 of 21 rounds done · 2 missed" */
  summary = g_strdup_printf (_("%s · %s"), done, missed);
  gtk_label_set_label (self->summary_label, summary);
  gtk_image_set_from_icon_name (self->summary_icon, self->n_missed > 0 ? "dialog-warning-symbolic"
                                                                       : "emblem-ok-symbolic");
}

static void
reload (HkCleaningPage *self)
{
  g_autoptr(GPtrArray) windows = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cleaner = NULL;
  g_autofree char *today = NULL;
  gboolean can_tick;

  if (self->day == NULL)
    return;

  hk_hall_format_clear_list (self->windows_list);
  self->n_done = 0;
  self->n_missed = 0;

  if (!(windows = hk_duty_store_list_cleaning_windows (get_store (self), self->day,
                                                       get_now (self), &error)) ||
      !(rounds = hk_duty_store_list_cleaning_rounds (get_store (self), self->day, self->day,
                                                     &error)))
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  cleaner = dup_cleaner (self);
  today = hk_hall_format_today (get_context (self));
  can_tick = hk_hall_format_can_keep_books (get_context (self)) && *cleaner != '\0' &&
             g_strcmp0 (self->day, today) == 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cleaning.tick", can_tick);

  if (windows->len == 0)
    gtk_list_box_append (self->windows_list,
                         hk_hall_format_new_empty_row (_("The cleaning schedule has no round on "
                                                         "this day.")));

  for (guint i = 0; i < windows->len; i++)
    {
      HkCleaningWindow *window = g_ptr_array_index (windows, i);

      self->n_done += window->done_at != 0;
      self->n_missed += window->missed;
      gtk_list_box_append (self->windows_list, new_window_row (self, window, rounds, can_tick));
    }

  update_summary (self, windows->len);
}

static void
on_cleaner_changed_cb (HkCleaningPage *self)
{
  reload (self);
}

static void
tick_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkCleaningPage *self = HK_CLEANING_PAGE (widget);
  g_autofree char *cleaner = dup_cleaner (self);
  g_autoptr(HkCleaningRound) round = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *at = NULL;
  g_autofree char *message = NULL;

  round = hk_duty_store_record_cleaning_round (get_store (self),
                                               hk_context_get_operator (get_context (self)),
                                               g_variant_get_int64 (parameter), get_now (self),
                                               cleaner, &error);
  if (round == NULL)
    {
      hk_hall_format_show_error (widget, error);
      return;
    }

  at = hk_hall_format_time (get_context (self), hk_cleaning_round_get_done_at (round));
  /* Translators: "Restrooms: done at 10:05 by 王芳" */
  message = g_strdup_printf (_("%s: done at %s by %s"), hk_cleaning_round_get_task_name (round),
                             at, hk_cleaning_round_get_cleaner (round));
  hk_hall_format_show_toast (widget, message);
}

static gboolean
on_refresh_cb (gpointer user_data)
{
  reload (HK_CLEANING_PAGE (user_data));

  return G_SOURCE_CONTINUE;
}

static void
hk_cleaning_page_map (GtkWidget *widget)
{
  HkCleaningPage *self = HK_CLEANING_PAGE (widget);

  GTK_WIDGET_CLASS (hk_cleaning_page_parent_class)->map (widget);

  reload (self);
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add_seconds (REFRESH_SECONDS, on_refresh_cb, self);
}

static void
hk_cleaning_page_unmap (GtkWidget *widget)
{
  HkCleaningPage *self = HK_CLEANING_PAGE (widget);

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  GTK_WIDGET_CLASS (hk_cleaning_page_parent_class)->unmap (widget);
}

static void
hk_cleaning_page_constructed (GObject *object)
{
  HkCleaningPage *self = (HkCleaningPage *)object;

  G_OBJECT_CLASS (hk_cleaning_page_parent_class)->constructed (object);

  g_signal_connect_object (get_store (self), "changed::cleaning", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
}

static void
hk_cleaning_page_dispose (GObject *object)
{
  HkCleaningPage *self = (HkCleaningPage *)object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  G_OBJECT_CLASS (hk_cleaning_page_parent_class)->dispose (object);
}

static void
hk_cleaning_page_finalize (GObject *object)
{
  HkCleaningPage *self = (HkCleaningPage *)object;

  g_clear_pointer (&self->day, g_free);

  G_OBJECT_CLASS (hk_cleaning_page_parent_class)->finalize (object);
}

static void
hk_cleaning_page_class_init (HkCleaningPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_cleaning_page_constructed;
  object_class->dispose = hk_cleaning_page_dispose;
  object_class->finalize = hk_cleaning_page_finalize;

  widget_class->map = hk_cleaning_page_map;
  widget_class->unmap = hk_cleaning_page_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-cleaning-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkCleaningPage, cleaner_row);
  gtk_widget_class_bind_template_child (widget_class, HkCleaningPage, summary_icon);
  gtk_widget_class_bind_template_child (widget_class, HkCleaningPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HkCleaningPage, windows_list);
  gtk_widget_class_bind_template_callback (widget_class, on_cleaner_changed_cb);

  gtk_widget_class_install_action (widget_class, "cleaning.tick", "x", tick_action);
}

static void
hk_cleaning_page_init (HkCleaningPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkCleaningPage *
hk_cleaning_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_CLEANING_PAGE, "context", context, NULL);
}

/* Shows the cleaning rounds of @day, "YYYY-MM-DD"; only today's can be ticked. */
void
hk_cleaning_page_show (HkCleaningPage *self,
                       const char     *day)
{
  g_return_if_fail (HK_IS_CLEANING_PAGE (self));
  g_return_if_fail (day != NULL);

  g_free (self->day);
  self->day = g_strdup (day);
  reload (self);
}

guint
hk_cleaning_page_get_n_missed (HkCleaningPage *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_PAGE (self), 0);

  return self->n_missed;
}

guint
hk_cleaning_page_get_n_done (HkCleaningPage *self)
{
  g_return_val_if_fail (HK_IS_CLEANING_PAGE (self), 0);

  return self->n_done;
}
