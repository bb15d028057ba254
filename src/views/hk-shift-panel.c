/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-shift-panel.c: the top of the cash desk: the clerk's shift and the day's report.
 *
 * Shows one of four states, from values the cash desk gives it: no shift
 * (open one), a shift open today (its float, receipts and takings; cash
 * movement and close), a shift left open from an earlier day (close it
 * first), or the day's last shift closed (its count and difference, and the
 * daily report to submit). The buttons name the cash desk's actions, which
 * decide whether they are enabled.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-cash-desk-format.h"
#include "hk-shift-panel.h"

struct _HkShiftPanel
{
  AdwBin     parent_instance;

  /* Template widgets */
  GtkButton *close_button;
  GtkBox    *closed_box;
  GtkLabel  *detail_label;
  GtkImage  *difference_icon;
  GtkLabel  *difference_label;
  GtkButton *move_button;
  GtkButton *open_button;
  GtkLabel  *report_label;
  GtkImage  *state_icon;
  GtkButton *submit_button;
  GtkLabel  *title_label;
};

G_DEFINE_FINAL_TYPE (HkShiftPanel, hk_shift_panel, ADW_TYPE_BIN)

static void
set_suggested (GtkButton *button,
               gboolean   suggested)
{
  if (suggested)
    gtk_widget_add_css_class (GTK_WIDGET (button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (button), "suggested-action");
}

static const char *
describe_report (HkDailyReport *report)
{
  if (report == NULL)
    return "";

  switch (hk_daily_report_get_status (report))
    {
    case HK_DAILY_REPORT_OPEN:
      return _("Daily report: not submitted yet.");
    case HK_DAILY_REPORT_SUBMITTED:
      return _("Daily report: submitted; the auditor checks it.");
    case HK_DAILY_REPORT_SIGNED:
      return _("Daily report: signed by the auditor; this day is closed.");
    default:
      g_return_val_if_reached ("");
    }
}

static void
hk_shift_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HK_TYPE_SHIFT_PANEL);

  G_OBJECT_CLASS (hk_shift_panel_parent_class)->dispose (object);
}

static void
hk_shift_panel_class_init (HkShiftPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hk_shift_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-shift-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HkShiftPanel, close_button);
  gtk_widget_class_bind_template_child (widget_class, HkShiftPanel, closed_box);
  gtk_widget_class_bind_template_child (widget_class, HkShiftPanel, detail_label);
  gtk_widget_class_bind_template_child (widget_class, HkShiftPanel, difference_icon);
  gtk_widget_class_bind_template_child (widget_class, HkShiftPanel, difference_label);
  gtk_widget_class_bind_template_child (widget_class, HkShiftPanel, move_button);
  gtk_widget_class_bind_template_child (widget_class, HkShiftPanel, open_button);
  gtk_widget_class_bind_template_child (widget_class, HkShiftPanel, report_label);
  gtk_widget_class_bind_template_child (widget_class, HkShiftPanel, state_icon);
  gtk_widget_class_bind_template_child (widget_class, HkShiftPanel, submit_button);
  gtk_widget_class_bind_template_child (widget_class, HkShiftPanel, title_label);
}

static void
hk_shift_panel_init (HkShiftPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_shift_panel_update:
 * @time_zone: the hall's, for the times shown
 * @today: today's business day, "YYYY-MM-DD"
 * @open_shift: (nullable): the clerk's open shift, of today or an earlier day
 * @last_closed: (nullable): the clerk's last closed shift of today
 * @n_receipts: the valid receipts of @open_shift
 * @total: their total, in fen
 * @report: (nullable): the clerk's daily report of today
 *
 * Shows the state these values describe.
 */
void
hk_shift_panel_update (HkShiftPanel  *self,
                       GTimeZone     *time_zone,
                       const char    *today,
                       HkShift       *open_shift,
                       HkShift       *last_closed,
                       guint          n_receipts,
                       gint64         total,
                       HkDailyReport *report)
{
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  const char *icon_name;
  gboolean signed_day;

  g_return_if_fail (HK_IS_SHIFT_PANEL (self));

  signed_day = report != NULL && hk_daily_report_get_status (report) == HK_DAILY_REPORT_SIGNED;

  if (open_shift != NULL)
    {
      g_autofree char *since = hk_cash_desk_format_time (hk_shift_get_opened_at (open_shift),
                                                         time_zone);
      g_autofree char *float_text = hk_money_format (hk_shift_get_opening_float (open_shift));
      g_autofree char *total_text = hk_money_format (total);

      if (g_strcmp0 (hk_shift_get_business_day (open_shift), today) == 0)
        {
          g_autofree char *receipts = NULL;

          icon_name = "changes-allow-symbolic";
          /* Translators: %s is a time, e.g. "Shift open since 09:02" */
          title = g_strdup_printf (_("Shift open since %s"), since);
          receipts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u receipt", "%u receipts",
                                                   n_receipts),
                                      n_receipts);
          /* Translators: "Float ¥500.00 · 3 receipts · ¥1,234.00" */
          detail = g_strdup_printf (_("Float %s · %s · %s"), float_text, receipts, total_text);
        }
      else
        {
          icon_name = "dialog-warning-symbolic";
          /* Translators: a day and a time, e.g. "Shift open since 2024-03-14 09:02" */
          title = g_strdup_printf (_("Shift open since %s %s"),
                                   hk_shift_get_business_day (open_shift), since);
          detail = g_strdup (_("This shift is from an earlier day: count and close it, then open "
                               "today’s shift."));
        }
    }
  else if (last_closed != NULL)
    {
      g_autofree char *at = hk_cash_desk_format_time (hk_shift_get_closed_at (last_closed),
                                                      time_zone);
      g_autofree char *counted = hk_money_format (hk_shift_get_counted_cash (last_closed));
      g_autofree char *expected = hk_money_format (hk_shift_get_expected_cash (last_closed));

      icon_name = "changes-prevent-symbolic";
      /* Translators: %s is a time, e.g. "Shift closed at 17:30" */
      title = g_strdup_printf (_("Shift closed at %s"), at);
      /* Translators: "Counted ¥1,200.00 · expected ¥1,212.50" */
      detail = g_strdup_printf (_("Counted %s · expected %s"), counted, expected);
      hk_cash_desk_show_difference (self->difference_label, self->difference_icon,
                                    hk_shift_get_cash_difference (last_closed));
    }
  else
    {
      icon_name = "changes-prevent-symbolic";
      title = g_strdup (_("No shift open"));
      detail = g_strdup (signed_day
                         ? _("Today’s daily report is signed: no more shifts today.")
                         : _("Open your shift with the cash float in the drawer to issue "
                             "receipts."));
    }

  gtk_image_set_from_icon_name (self->state_icon, icon_name);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->detail_label, detail);
  gtk_label_set_label (self->report_label, describe_report (report));
  gtk_widget_set_visible (GTK_WIDGET (self->closed_box), open_shift == NULL && last_closed != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->open_button), open_shift == NULL && !signed_day);
  set_suggested (self->open_button, last_closed == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->move_button), open_shift != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->close_button), open_shift != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->submit_button),
                          open_shift == NULL && last_closed != NULL && !signed_day);
}

/* The state's headline, e.g. "Shift open since 09:02". */
const char *
hk_shift_panel_get_title (HkShiftPanel *self)
{
  g_return_val_if_fail (HK_IS_SHIFT_PANEL (self), NULL);

  return gtk_label_get_label (self->title_label);
}

/* The line under it, e.g. "Float ¥500.00 · 3 receipts · ¥1,234.00". */
const char *
hk_shift_panel_get_detail (HkShiftPanel *self)
{
  g_return_val_if_fail (HK_IS_SHIFT_PANEL (self), NULL);

  return gtk_label_get_label (self->detail_label);
}
