/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demand-page.c: the Hall section's Demand page (客户需求记录).
 *
 * What customers asked for and the hall could not provide (a handset model, a plan, a
 * service), entered by the duty manager for the salespeople and greeters, or by a clerk at
 * the counter. For the supervisor, the month of the day shown is counted by theme with the
 * most asked-for item of each, above the month's records, newest first.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "core/hk-duty-store.h"
#include "hk-complaint-format.h"
#include "hk-demand-page.h"
#include "hk-hall-form.h"
#include "hk-hall-format.h"
#include "hk-settlement-item.h"

struct _HkDemandPage
{
  HkHallPage           parent_instance;

  char                *day;
  GtkListBox          *counts_list;
  GtkListBox          *demands_list;

  /* Template widgets */
  AdwPreferencesGroup *counts_group;
  AdwPreferencesGroup *demands_group;
};

G_DEFINE_FINAL_TYPE (HkDemandPage, hk_demand_page, HK_TYPE_HALL_PAGE)

static HkContext *
get_context (HkDemandPage *self)
{
  return hk_hall_page_get_context (HK_HALL_PAGE (self));
}

static HkDutyStore *
get_store (HkDemandPage *self)
{
  return hk_hall_page_get_duty_store (HK_HALL_PAGE (self));
}

static gboolean
actor_records_demand (HkDemandPage *self)
{
  HkOperator *actor = hk_context_get_operator (get_context (self));

  return actor != NULL && hk_operator_has_any_role (actor, HK_DEMAND_ROLES);
}

static void
show_counts (HkDemandPage *self,
             GPtrArray    *counts)
{
  hk_hall_format_clear_list (self->counts_list);

  for (guint i = 0; i < counts->len; i++)
    {
      HkDemandCount *count = g_ptr_array_index (counts, i);
      g_autofree char *subtitle = NULL;
      g_autofree char *number = g_strdup_printf ("%u", count->count);
      GtkWidget *row;
      GtkWidget *label;

      if (count->top_wanted != NULL)
        /* Translators: the most asked-for item of a theme, "Most asked: iPhone 16 (7)" */
        subtitle = g_strdup_printf (_("Most asked: %s (%u)"), count->top_wanted,
                                    count->top_count);
      row = hk_hall_format_new_row (hk_demand_theme_get_title (count->theme), subtitle);
      label = gtk_label_new (number);
      gtk_widget_set_name (label, hk_demand_theme_to_id (count->theme));
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_list_box_append (self->counts_list, row);
    }
}

static void
show_demands (HkDemandPage *self,
              GPtrArray    *demands)
{
  hk_hall_format_clear_list (self->demands_list);
  if (demands->len == 0)
    gtk_list_box_append (self->demands_list,
                         hk_hall_format_new_empty_row (_("Nothing recorded this month. Record "
                                                         "Demand adds what a customer asked "
                                                         "for and could not get.")));

  for (guint i = demands->len; i > 0; i--)
    {
      HkCustomerDemand *demand = g_ptr_array_index (demands, i - 1);
      const char *note = hk_customer_demand_get_note (demand);
      g_autofree char *at = hk_hall_format_moment (get_context (self),
                                                   hk_customer_demand_get_recorded_at (demand));
      g_autofree char *subtitle = NULL;

      /* Translators: "Handset · 2026-10-05 10:20 by 张丽" */
      subtitle = g_strdup_printf (_("%s · %s by %s"),
                                  hk_demand_theme_get_title (hk_customer_demand_get_theme (demand)),
                                  at, hk_customer_demand_get_entered_by_name (demand));
      if (note != NULL && *note != '\0')
        {
          g_autofree char *with_note = g_strdup_printf ("%s\n%s", subtitle, note);

          g_free (subtitle);
          subtitle = g_steal_pointer (&with_note);
        }
      gtk_list_box_append (self->demands_list,
                           hk_hall_format_new_row (hk_customer_demand_get_wanted (demand),
                                                   subtitle));
    }
}

static void
reload (HkDemandPage *self)
{
  g_autofree char *first = NULL;
  g_autofree char *month = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(GPtrArray) demands = NULL;
  g_autoptr(GError) error = NULL;

  if (self->day == NULL)
    return;

  /* The month of the day shown, up to that day. */
  first = g_strdup_printf ("%.8s01", self->day);
  if (!(counts = hk_duty_store_count_demands (get_store (self), first, self->day, &error)) ||
      !(demands = hk_duty_store_list_demands (get_store (self), first, self->day, &error)))
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  month = hk_complaint_format_month (first);
  /* Translators: "By Theme, October 2026" */
  title = g_strdup_printf (_("By Theme, %s"), month);
  adw_preferences_group_set_title (self->counts_group, title);

  show_counts (self, counts);
  show_demands (self, demands);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "demand.record",
                                 actor_records_demand (self));
}

static GListModel *
new_theme_model (void)
{
  GtkStringList *titles = gtk_string_list_new (NULL);

  for (guint i = 0; i < HK_DEMAND_N_THEMES; i++)
    gtk_string_list_append (titles, hk_demand_theme_get_title ((HkDemandTheme)i));

  return G_LIST_MODEL (titles);
}

static void
on_record_response_cb (AdwMessageDialog *form,
                       const char       *response,
                       HkDemandPage     *self)
{
  g_autoptr(HkCustomerDemand) demand = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "record") != 0)
    return;

  demand = hk_duty_store_record_demand (get_store (self),
                                        hk_context_get_operator (get_context (self)),
                                        (HkDemandTheme)hk_hall_form_get_choice (form, "theme"),
                                        hk_hall_form_get_text (form, "wanted"),
                                        hk_hall_form_get_text (form, "note"), &error);
  if (demand == NULL)
    {
      hk_hall_format_show_error (GTK_WIDGET (self), error);
      return;
    }

  hk_hall_format_show_toast (GTK_WIDGET (self), _("The customer’s demand is recorded"));
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AdwMessageDialog *form;

  form = hk_hall_form_new (widget, _("Record a Customer’s Demand?"),
                           _("What the customer asked for that the hall could not provide; it "
                             "is counted by theme for the supervisor."),
                           "record", _("_Record Demand"));
  hk_hall_form_add_choice (form, "theme", _("Theme"), new_theme_model (), HK_DEMAND_HANDSET);
  hk_hall_form_add_entry (form, "wanted", _("Asked for"), NULL, TRUE);
  hk_hall_form_add_entry (form, "note", _("Note (optional)"), NULL, FALSE);
  hk_hall_form_present (form, G_CALLBACK (on_record_response_cb), widget);
}

static void
hk_demand_page_constructed (GObject *object)
{
  HkDemandPage *self = (HkDemandPage *)object;

  G_OBJECT_CLASS (hk_demand_page_parent_class)->constructed (object);

  self->counts_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Demand by theme")));
  adw_preferences_group_add (self->counts_group, GTK_WIDGET (self->counts_list));
  self->demands_list = GTK_LIST_BOX (hk_hall_format_new_list (_("Customer demand records")));
  adw_preferences_group_add (self->demands_group, GTK_WIDGET (self->demands_list));

  g_signal_connect_object (get_store (self), "changed::demand", G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
}

static void
hk_demand_page_finalize (GObject *object)
{
  HkDemandPage *self = (HkDemandPage *)object;

  g_clear_pointer (&self->day, g_free);

  G_OBJECT_CLASS (hk_demand_page_parent_class)->finalize (object);
}

static void
hk_demand_page_class_init (HkDemandPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_demand_page_constructed;
  object_class->finalize = hk_demand_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-demand-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkDemandPage, counts_group);
  gtk_widget_class_bind_template_child (widget_class, HkDemandPage, demands_group);

  gtk_widget_class_install_action (widget_class, "demand.record", NULL, record_action);
}

static void
hk_demand_page_init (HkDemandPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkDemandPage *
hk_demand_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_DEMAND_PAGE, "context", context, NULL);
}

/* Shows the demand of the month of @day, "YYYY-MM-DD", up to that day. */
void
hk_demand_page_show (HkDemandPage *self,
                     const char   *day)
{
  g_return_if_fail (HK_IS_DEMAND_PAGE (self));
  g_return_if_fail (day != NULL);

  g_free (self->day);
  self->day = g_strdup (day);
  reload (self);
}
