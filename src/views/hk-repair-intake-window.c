/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-intake-window.c: the fast intake form of the repair desk, then its slip.
 *
 * Keyboard first: Enter in a field moves on to the next, the accessories and conditions are
 * check buttons with mnemonics (Alt+B ticks the battery), Ctrl+S registers. The IMEI is
 * checked as it is typed (hk_imei_validate()): the reason it is wrong is shown under the
 * field, and as soon as it is valid the device's earlier repairs are listed. Register stays
 * disabled until the form is complete; the first problem is named under the form. The store
 * decides the rest and its refusal is a toast. Once registered, the window shows the ticket's
 * number and offers the intake slip, for the customer to sign.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/hk-imei.h"
#include "core/hk-input.h"
#include "core/hk-money.h"
#include "core/hk-privacy.h"
#include "hk-repair-dialogs.h"
#include "hk-repair-format.h"
#include "hk-repair-intake-window.h"
#include "hk-section.h"

/* The promised day the form suggests, in days from today: the demo hall's promise for a
 * repair in the hall (hk-demo-repairs.c). The core has no default of its own. */
#define DEFAULT_PROMISE_DAYS 4

/* The warranty choices, in the order of the combo row. */
static const HkRepairWarranty warranties[] = {
  HK_REPAIR_WARRANTY_OUT, HK_REPAIR_WARRANTY_IN, HK_REPAIR_WARRANTY_UNKNOWN,
};

struct _HkRepairIntakeWindow
{
  AdwWindow             parent_instance;

  HkContext            *context;
  HkRepairTicket       *ticket;
  GListStore           *technicians;
  GtkCheckButton       *accessory_checks[HK_REPAIR_N_ACCESSORIES];
  GtkCheckButton       *condition_checks[HK_REPAIR_N_CONDITIONS];
  GPtrArray            *history_rows;
  char                 *problem;
  char                 *history_imei;

  /* Template widgets */
  GtkFlowBox           *accessories_box;
  GtkCalendar          *calendar;
  GtkPopover           *calendar_popover;
  GtkFlowBox           *conditions_box;
  AdwEntryRow          *condition_note_row;
  AdwEntryRow          *customer_row;
  AdwEntryRow          *deposit_row;
  AdwStatusPage        *done_page;
  AdwEntryRow          *estimate_row;
  AdwEntryRow          *fault_row;
  AdwPreferencesGroup  *history_group;
  GtkImage             *imei_icon;
  GtkLabel             *imei_label;
  AdwEntryRow          *imei_row;
  GtkBox               *imei_status;
  GtkStack             *main_stack;
  AdwEntryRow          *model_row;
  AdwEntryRow          *brand_row;
  AdwEntryRow          *phone_row;
  GtkLabel             *problem_label;
  AdwEntryRow          *promised_row;
  AdwEntryRow          *proof_row;
  GtkButton            *save_button;
  GtkButton            *slip_button;
  AdwComboRow          *technician_row;
  AdwToastOverlay      *toast_overlay;
  AdwComboRow          *warranty_row;
  AdwWindowTitle       *window_title;
};

G_DEFINE_FINAL_TYPE (HkRepairIntakeWindow, hk_repair_intake_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
row_text (gpointer row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static HkRepairWarranty
get_warranty (HkRepairIntakeWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->warranty_row);

  return selected < G_N_ELEMENTS (warranties) ? warranties[selected]
                                               : HK_REPAIR_WARRANTY_UNKNOWN;
}

static HkOperator *
get_technician (HkRepairIntakeWindow *self)
{
  return adw_combo_row_get_selected_item (self->technician_row);
}

/* An amount typed in yuan: empty is zero; FALSE with @problem set when it is wrong. */
static gboolean
read_amount (AdwEntryRow  *row,
             gint64       *fen,
             char        **problem)
{
  g_autofree char *text = row_text (row);
  g_autoptr(GError) error = NULL;

  *fen = 0;
  hk_repair_format_set_error (row, FALSE);

  if (*text == '\0')
    return TRUE;

  if (!hk_input_parse_money (text, fen, &error))
    {
      *problem = g_strdup (error->message);
      hk_repair_format_set_error (row, TRUE);
      return FALSE;
    }

  if (*fen < 0)
    {
      *problem = g_strdup (_("An amount cannot be negative."));
      hk_repair_format_set_error (row, TRUE);
      return FALSE;
    }

  return TRUE;
}

/* Checks the form; returns the first problem to show, or NULL when it may be registered. */
static char *
find_problem (HkRepairIntakeWindow *self)
{
  HkHallStore *hall = hk_context_get_hall_store (self->context);
  g_autofree char *name = row_text (self->customer_row);
  g_autofree char *phone_text = row_text (self->phone_row);
  g_autofree char *phone = hk_input_fold_digits (phone_text);
  g_autofree char *brand = row_text (self->brand_row);
  g_autofree char *model = row_text (self->model_row);
  g_autofree char *imei = hk_imei_normalize (gtk_editable_get_text (GTK_EDITABLE (self->imei_row)));
  g_autofree char *fault = row_text (self->fault_row);
  g_autofree char *proof = row_text (self->proof_row);
  g_autofree char *promised = row_text (self->promised_row);
  g_autofree char *today = hk_repair_format_today (self->context);
  g_autoptr(GError) imei_error = NULL;
  gboolean phone_bad = *phone != '\0' && !hk_privacy_phone_is_valid (phone);
  gboolean promised_bad = *promised != '\0' &&
                          (!hk_hall_store_parse_day (hall, promised, NULL, NULL, NULL) ||
                           strcmp (promised, today) < 0);
  char *problem = NULL;
  gint64 fen;

  hk_repair_format_set_error (self->phone_row, phone_bad);
  hk_repair_format_set_error (self->promised_row, promised_bad);

  /* The store's text checks, each on its row; the first refusal is shown. */
  {
    const struct
    {
      gpointer row;
      guint    max_chars;
    } texts[] = {
      { self->customer_row, HK_REPAIR_NAME_MAX_LENGTH },
      { self->brand_row, HK_REPAIR_NAME_MAX_LENGTH },
      { self->model_row, HK_REPAIR_NAME_MAX_LENGTH },
      { self->fault_row, HK_REPAIR_TEXT_MAX_LENGTH },
      { self->proof_row, HK_REPAIR_NAME_MAX_LENGTH * 2 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        gboolean lines = texts[i].max_chars > 2 * HK_REPAIR_NAME_MAX_LENGTH;
        g_autofree char *text_problem = hk_section_check_text_row (texts[i].row,
                                                                   texts[i].max_chars, lines);

        if (text_problem != NULL && problem == NULL)
          problem = g_steal_pointer (&text_problem);
      }
    if (problem != NULL)
      return problem;
  }

  if (*name == '\0')
    return g_strdup (_("Give the customer’s name."));
  if (*phone == '\0')
    return g_strdup (_("Give the customer’s phone number."));
  if (phone_bad)
    return g_strdup_printf (_("“%s” is not a phone number."), phone);
  if (*brand == '\0')
    return g_strdup (_("Give the device’s brand."));
  if (*model == '\0')
    return g_strdup (_("Give the device’s model."));
  if (*imei == '\0')
    return g_strdup (_("Give the device’s IMEI: dial *#06# or look under the battery."));
  if (!hk_imei_validate (imei, -1, &imei_error))
    return g_strdup (imei_error->message);
  if (*fault == '\0')
    return g_strdup (_("Describe the fault as the customer tells it."));
  if (get_warranty (self) == HK_REPAIR_WARRANTY_IN && *proof == '\0')
    return g_strdup (_("A repair in warranty needs its proof: the invoice or the warranty "
                       "card."));
  if (!read_amount (self->estimate_row, &fen, &problem) ||
      !read_amount (self->deposit_row, &fen, &problem))
    return problem;
  if (*promised == '\0')
    return g_strdup (_("Give the day the repair is promised."));
  if (!hk_hall_store_parse_day (hall, promised, NULL, NULL, NULL))
    return g_strdup_printf (_("“%s” is not a day: write it as YYYY-MM-DD."), promised);
  if (strcmp (promised, today) < 0)
    return g_strdup_printf (_("The promised day %s is in the past."), promised);
  if (get_technician (self) == NULL)
    return g_strdup (_("Choose the technician who repairs the device."));

  return NULL;
}

static void
update_actions (HkRepairIntakeWindow *self)
{
  gboolean form = self->ticket == NULL;

  /* The form is complete once its check buttons are there. */
  if (self->context == NULL || self->condition_checks[0] == NULL)
    return;

  g_free (self->problem);
  self->problem = form ? find_problem (self) : NULL;

  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->proof_row),
                          get_warranty (self) == HK_REPAIR_WARRANTY_IN);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "intake.save",
                                 form && self->problem == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "intake.save-slip", !form);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "intake.another", !form);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), form);
}

static void
clear_history (HkRepairIntakeWindow *self)
{
  for (guint i = 0; i < self->history_rows->len; i++)
    adw_preferences_group_remove (self->history_group, g_ptr_array_index (self->history_rows, i));
  g_ptr_array_set_size (self->history_rows, 0);
  g_clear_pointer (&self->history_imei, g_free);
}

/* Lists the earlier repairs of the device whose IMEI is @imei (valid). */
static void
show_history (HkRepairIntakeWindow *self,
              const char           *imei)
{
  g_autoptr(GPtrArray) tickets = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (self->history_imei, imei) == 0)
    return;

  clear_history (self);
  self->history_imei = g_strdup (imei);

  tickets = hk_repair_store_history (hk_context_get_repair_store (self->context), imei, &error);
  if (tickets == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, hk_section_new_toast (error->message));
      return;
    }

  if (tickets->len == 0)
    adw_preferences_group_set_description (self->history_group,
                                           _("None: this device has not been repaired here "
                                             "before."));
  else
    adw_preferences_group_set_description (self->history_group, NULL);

  for (guint i = 0; i < tickets->len; i++)
    {
      HkRepairTicket *ticket = g_ptr_array_index (tickets, i);
      HkRepairStatus status = hk_repair_ticket_get_status (ticket);
      g_autofree char *device = hk_repair_ticket_dup_device (ticket);
      g_autofree char *received = hk_repair_format_moment (self->context,
                                                           hk_repair_ticket_get_received_at (
                                                             ticket));
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (hk_repair_format_status_icon (status));
      GtkWidget *label = gtk_label_new (hk_repair_status_get_title (status));

      /* Translators: an earlier repair of a device, "R20261001-0003 · 华为 P40" */
      title = g_strdup_printf (_("%s · %s"), hk_repair_ticket_get_ticket_no (ticket), device);
      /* Translators: when an earlier repair was received, and its fault */
      subtitle = g_strdup_printf (_("Received %s: %s"), received,
                                  hk_repair_ticket_get_fault (ticket));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      hk_repair_status_get_title (status), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (self->history_group, row);
      g_ptr_array_add (self->history_rows, row);
    }
}

/* The IMEI is checked as it is typed: the reason under the field, the history once valid. */
static void
on_imei_changed_cb (HkRepairIntakeWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->imei_row));
  g_autofree char *imei = hk_imei_normalize (text);
  g_autoptr(GError) error = NULL;
  gboolean valid;

  if (*imei == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (self->imei_status), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->history_group), FALSE);
      hk_repair_format_set_error (self->imei_row, FALSE);
      clear_history (self);
      update_actions (self);
      return;
    }

  valid = hk_imei_validate (imei, -1, &error);
  hk_repair_format_set_error (self->imei_row, !valid);
  gtk_image_set_from_icon_name (self->imei_icon, valid ? "emblem-ok-symbolic"
                                                       : "dialog-warning-symbolic");
  gtk_label_set_label (self->imei_label, valid ? _("The IMEI is valid.") : error->message);
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self->imei_label), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->imei_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->imei_status), TRUE);

  if (valid)
    show_history (self, imei);
  else
    clear_history (self);
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), valid);

  update_actions (self);
}

static void
on_entry_activated_cb (HkRepairIntakeWindow *self,
                       AdwEntryRow          *row)
{
  /* Enter on the last field registers when the form is complete; elsewhere it moves on. */
  if (row == self->promised_row && self->problem == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "intake.save", NULL);
  else
    hk_repair_format_focus_next (GTK_WIDGET (row));
}

static void
on_calendar_day_selected_cb (HkRepairIntakeWindow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->promised_row), day);
  gtk_popover_popdown (self->calendar_popover);
}

static GtkCheckButton *
add_check (HkRepairIntakeWindow *self,
           GtkFlowBox           *box,
           const char           *label,
           const char           *name)
{
  GtkWidget *check = gtk_check_button_new_with_mnemonic (label);

  gtk_widget_set_name (check, name);
  gtk_widget_set_margin_start (check, 6);
  gtk_widget_set_margin_end (check, 6);
  gtk_widget_set_margin_top (check, 3);
  gtk_widget_set_margin_bottom (check, 3);
  g_signal_connect_object (check, "toggled", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  gtk_flow_box_append (box, check);
  /* The flow box's child should not take the focus from its check button. */
  gtk_widget_set_focusable (gtk_widget_get_parent (check), FALSE);

  return GTK_CHECK_BUTTON (check);
}

static void
build_checks (HkRepairIntakeWindow *self)
{
  for (guint i = 0; i < HK_REPAIR_N_ACCESSORIES; i++)
    self->accessory_checks[i] =
      add_check (self, self->accessories_box, hk_repair_format_accessory_label (i),
                 hk_repair_accessory_to_id (hk_repair_accessory_nth (i)));

  for (guint i = 0; i < HK_REPAIR_N_CONDITIONS; i++)
    self->condition_checks[i] =
      add_check (self, self->conditions_box, hk_repair_format_condition_label (i),
                 hk_repair_condition_to_id (hk_repair_condition_nth (i)));
}

static void
build_choices (HkRepairIntakeWindow *self)
{
  g_autoptr(GtkStringList) warranty_titles = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) name = NULL;
  HkOperator *actor = hk_context_get_operator (self->context);
  GListModel *operators;
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < G_N_ELEMENTS (warranties); i++)
    gtk_string_list_append (warranty_titles, hk_repair_warranty_get_title (warranties[i]));
  adw_combo_row_set_model (self->warranty_row, G_LIST_MODEL (warranty_titles));

  /* The active technicians; the one at the desk first chosen. */
  operators = hk_operator_store_get_model (hk_context_get_operator_store (self->context));
  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);

      if (!hk_operator_get_active (operator) ||
          !hk_operator_has_any_role (operator, HK_ROLE_TECHNICIAN))
        continue;

      if (actor != NULL && hk_operator_get_id (operator) == hk_operator_get_id (actor))
        selected = g_list_model_get_n_items (G_LIST_MODEL (self->technicians));
      g_list_store_append (self->technicians, operator);
    }

  name = gtk_property_expression_new (HK_TYPE_OPERATOR, NULL, "display-name");
  adw_combo_row_set_expression (self->technician_row, name);
  adw_combo_row_set_model (self->technician_row, G_LIST_MODEL (self->technicians));
  adw_combo_row_set_selected (self->technician_row, selected != GTK_INVALID_LIST_POSITION
                                                    ? selected : 0);
}

/* An empty form, with the suggested promised day. */
static void
reset_form (HkRepairIntakeWindow *self)
{
  AdwEntryRow *rows[] = { self->customer_row, self->phone_row, self->brand_row, self->model_row,
                          self->imei_row, self->condition_note_row, self->fault_row,
                          self->proof_row, self->estimate_row, self->deposit_row };
  g_autofree char *promised = hk_repair_format_day_after (self->context, DEFAULT_PROMISE_DAYS);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_text (GTK_EDITABLE (rows[i]), "");
  for (guint i = 0; i < HK_REPAIR_N_ACCESSORIES; i++)
    gtk_check_button_set_active (self->accessory_checks[i], FALSE);
  for (guint i = 0; i < HK_REPAIR_N_CONDITIONS; i++)
    gtk_check_button_set_active (self->condition_checks[i], FALSE);
  adw_combo_row_set_selected (self->warranty_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->promised_row), promised);

  g_clear_object (&self->ticket);
  gtk_stack_set_visible_child_name (self->main_stack, "form");
  adw_window_title_set_title (self->window_title, _("New Repair"));
  adw_window_title_set_subtitle (self->window_title, NULL);
  update_actions (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->customer_row));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkRepairIntakeWindow *self = HK_REPAIR_INTAKE_WINDOW (widget);
  g_autofree char *name = row_text (self->customer_row);
  g_autofree char *phone = row_text (self->phone_row);
  g_autofree char *brand = row_text (self->brand_row);
  g_autofree char *model = row_text (self->model_row);
  g_autofree char *note = row_text (self->condition_note_row);
  g_autofree char *fault = row_text (self->fault_row);
  g_autofree char *proof = row_text (self->proof_row);
  g_autofree char *promised = row_text (self->promised_row);
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;
  HkRepairIntake intake = { 0 };
  HkOperator *technician = get_technician (self);
  char *problem = NULL;

  if (self->problem != NULL || self->ticket != NULL)
    return;

  intake.customer_name = name;
  intake.customer_phone = phone;
  intake.brand = brand;
  intake.model = model;
  intake.imei = gtk_editable_get_text (GTK_EDITABLE (self->imei_row));
  for (guint i = 0; i < HK_REPAIR_N_ACCESSORIES; i++)
    if (gtk_check_button_get_active (self->accessory_checks[i]))
      intake.accessories |= hk_repair_accessory_nth (i);
  for (guint i = 0; i < HK_REPAIR_N_CONDITIONS; i++)
    if (gtk_check_button_get_active (self->condition_checks[i]))
      intake.conditions |= hk_repair_condition_nth (i);
  intake.condition_note = note;
  intake.fault = fault;
  intake.warranty = get_warranty (self);
  intake.warranty_proof = intake.warranty == HK_REPAIR_WARRANTY_IN ? proof : NULL;
  if (!read_amount (self->estimate_row, &intake.estimated_fee, &problem) ||
      !read_amount (self->deposit_row, &intake.deposit, &problem))
    {
      g_free (problem);
      return;
    }
  intake.promised_day = promised;
  intake.technician_id = technician != NULL ? hk_operator_get_id (technician) : 0;

  self->ticket = hk_repair_store_intake (hk_context_get_repair_store (self->context),
                                         hk_context_get_operator (self->context), &intake,
                                         &error);
  if (self->ticket == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, hk_section_new_toast (error->message));
      return;
    }

  adw_window_title_set_title (self->window_title, _("Repair Registered"));
  adw_window_title_set_subtitle (self->window_title, hk_repair_ticket_get_ticket_no (self->ticket));
  adw_status_page_set_title (self->done_page, hk_repair_ticket_get_ticket_no (self->ticket));
  description = g_strdup_printf (_("Write the ticket number %s on the device’s tag. Save the "
                                   "intake slip and print it for the customer to sign; it "
                                   "shows what was received, the promised day %s and the "
                                   "hall’s terms."),
                                 hk_repair_ticket_get_ticket_no (self->ticket),
                                 hk_repair_ticket_get_promised_day (self->ticket));
  adw_status_page_set_description (self->done_page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "done");
  update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->slip_button));

  g_signal_emit (self, signals[SAVED], 0, self->ticket);
}

static void
save_slip_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HkRepairIntakeWindow *self = HK_REPAIR_INTAKE_WINDOW (widget);

  if (self->ticket == NULL)
    return;

  hk_repair_dialogs_save_slip (GTK_WIDGET (self->done_page), self->context,
                               hk_repair_ticket_get_id (self->ticket),
                               hk_repair_ticket_get_ticket_no (self->ticket));
}

static void
another_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  reset_form (HK_REPAIR_INTAKE_WINDOW (widget));
}

static void
hk_repair_intake_window_constructed (GObject *object)
{
  HkRepairIntakeWindow *self = (HkRepairIntakeWindow *)object;

  G_OBJECT_CLASS (hk_repair_intake_window_parent_class)->constructed (object);

  build_checks (self);
  build_choices (self);
  reset_form (self);
}

static void
hk_repair_intake_window_dispose (GObject *object)
{
  HkRepairIntakeWindow *self = (HkRepairIntakeWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_REPAIR_INTAKE_WINDOW);
  g_clear_object (&self->context);
  g_clear_object (&self->ticket);
  g_clear_object (&self->technicians);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->history_imei, g_free);

  G_OBJECT_CLASS (hk_repair_intake_window_parent_class)->dispose (object);
}

static void
hk_repair_intake_window_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HkRepairIntakeWindow *self = HK_REPAIR_INTAKE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_repair_intake_window_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  HkRepairIntakeWindow *self = HK_REPAIR_INTAKE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_repair_intake_window_class_init (HkRepairIntakeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_repair_intake_window_constructed;
  object_class->dispose = hk_repair_intake_window_dispose;
  object_class->get_property = hk_repair_intake_window_get_property;
  object_class->set_property = hk_repair_intake_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HkRepairIntakeWindow::saved:
   * @ticket: the new ticket
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HK_TYPE_REPAIR_TICKET);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-repair-intake-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, accessories_box);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, brand_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, calendar);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, condition_note_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, conditions_box);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, customer_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, deposit_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, done_page);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, estimate_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, fault_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, history_group);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, imei_icon);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, imei_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, imei_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, imei_status);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, model_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, phone_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, promised_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, proof_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, slip_button);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, technician_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, warranty_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairIntakeWindow, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_imei_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "intake.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "intake.save-slip", NULL, save_slip_action);
  gtk_widget_class_install_action (widget_class, "intake.another", NULL, another_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "intake.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "intake.save-slip", NULL);
}

static void
hk_repair_intake_window_init (HkRepairIntakeWindow *self)
{
  self->technicians = g_list_store_new (HK_TYPE_OPERATOR);
  self->history_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

HkRepairIntakeWindow *
hk_repair_intake_window_new (GtkWindow *parent,
                             HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_REPAIR_INTAKE_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}

/* What keeps the form from being registered, or NULL. */
const char *
hk_repair_intake_window_get_problem (HkRepairIntakeWindow *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_INTAKE_WINDOW (self), NULL);

  return self->problem;
}

/**
 * hk_repair_intake_window_get_ticket:
 *
 * Returns: (transfer none) (nullable): the ticket registered, once it is
 */
HkRepairTicket *
hk_repair_intake_window_get_ticket (HkRepairIntakeWindow *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_INTAKE_WINDOW (self), NULL);

  return self->ticket;
}

GtkCheckButton *
hk_repair_intake_window_get_accessory_check (HkRepairIntakeWindow *self,
                                             HkRepairAccessories   accessory)
{
  g_return_val_if_fail (HK_IS_REPAIR_INTAKE_WINDOW (self), NULL);

  for (guint i = 0; i < HK_REPAIR_N_ACCESSORIES; i++)
    if (hk_repair_accessory_nth (i) == accessory)
      return self->accessory_checks[i];

  g_return_val_if_reached (NULL);
}

GtkCheckButton *
hk_repair_intake_window_get_condition_check (HkRepairIntakeWindow *self,
                                             HkRepairConditions    condition)
{
  g_return_val_if_fail (HK_IS_REPAIR_INTAKE_WINDOW (self), NULL);

  for (guint i = 0; i < HK_REPAIR_N_CONDITIONS; i++)
    if (hk_repair_condition_nth (i) == condition)
      return self->condition_checks[i];

  g_return_val_if_reached (NULL);
}

/* How many earlier repairs of the IMEI typed the form lists. */
guint
hk_repair_intake_window_get_n_history (HkRepairIntakeWindow *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_INTAKE_WINDOW (self), 0);

  return self->history_rows->len;
}
