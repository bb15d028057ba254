/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-handover-window.c: the pickup: the device handed back and its fee charged.
 *
 * The form follows the core's rule (hk_repair_store_hand_over()): who collected the device,
 * their ID (or the intake slip) checked, the accessories handed back ticked against those
 * received at intake, with a note when they differ, and a fee above zero charged either on a
 * receipt of the technician's own open shift (the deposit pays first, the rest as the
 * customer chooses) or by naming the receipt a clerk issued at the counter. A price that is
 * no longer today's tariff needs a duty manager's login, as at the counter. Hand Over stays
 * disabled until the form is complete; the first problem is named under it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "core/hk-permission.h"
#include "hk-repair-format.h"
#include "hk-repair-handover-window.h"
#include "hk-section.h"

/* The ways the rest is paid on the technician's receipt, in the combo row's order. */
static const HkPaymentMethod methods[] = {
  HK_PAYMENT_CASH, HK_PAYMENT_WECHAT, HK_PAYMENT_ALIPAY, HK_PAYMENT_CARD,
};

struct _HkRepairHandoverWindow
{
  AdwWindow             parent_instance;

  HkContext            *context;
  HkRepairTicket       *ticket;
  GtkCheckButton       *accessory_checks[HK_REPAIR_N_ACCESSORIES];
  HkRepairChargeMode    modes[2];
  guint                 n_modes;
  gint64                total;
  gboolean              needs_approval;
  char                 *problem;

  /* Template widgets */
  GtkFlowBox           *accessories_box;
  AdwPreferencesGroup  *accessories_group;
  AdwPreferencesGroup  *approval_group;
  AdwEntryRow          *approver_row;
  GtkLabel             *balance_label;
  AdwActionRow         *balance_row;
  AdwEntryRow          *collected_row;
  GtkLabel             *deposit_label;
  GtkLabel             *fee_label;
  AdwActionRow         *fee_row;
  GtkCheckButton       *id_check;
  AdwComboRow          *method_row;
  AdwComboRow          *mode_row;
  AdwEntryRow          *note_row;
  AdwPasswordEntryRow  *password_row;
  GtkLabel             *problem_label;
  AdwEntryRow          *receipt_row;
  GtkButton            *save_button;
  GtkLabel             *summary_label;
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
};

G_DEFINE_FINAL_TYPE (HkRepairHandoverWindow, hk_repair_handover_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TICKET,
  N_PROPS
};

enum {
  HANDED_OVER,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
row_text (gpointer row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static HkRepairAccessories
get_returned (HkRepairHandoverWindow *self)
{
  HkRepairAccessories returned = HK_REPAIR_ACCESSORY_NONE;

  for (guint i = 0; i < HK_REPAIR_N_ACCESSORIES; i++)
    if (gtk_check_button_get_active (self->accessory_checks[i]))
      returned |= hk_repair_accessory_nth (i);

  return returned;
}

static HkRepairChargeMode
get_mode (HkRepairHandoverWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->mode_row);

  if (self->total <= 0 || selected >= self->n_modes)
    return HK_REPAIR_CHARGE_NONE;

  return self->modes[selected];
}

static HkPaymentMethod
get_method (HkRepairHandoverWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->method_row);

  return selected < G_N_ELEMENTS (methods) ? methods[selected] : HK_PAYMENT_CASH;
}

static gboolean
actor_is_duty_manager (HkRepairHandoverWindow *self)
{
  HkOperator *actor = hk_context_get_operator (self->context);

  return actor != NULL && hk_operator_has_any_role (actor, HK_ROLE_DUTY_MANAGER);
}

static gboolean
has_open_shift (HkRepairHandoverWindow *self)
{
  HkOperator *actor = hk_context_get_operator (self->context);
  g_autoptr(HkShift) shift = NULL;

  if (actor == NULL)
    return FALSE;

  shift = hk_shift_store_get_open (hk_context_get_shift_store (self->context),
                                   hk_operator_get_id (actor), NULL);

  return shift != NULL;
}

static gboolean
approval_shown (HkRepairHandoverWindow *self)
{
  return self->needs_approval && get_mode (self) == HK_REPAIR_CHARGE_SHIFT &&
         !actor_is_duty_manager (self);
}

/* Checks the form; returns the first problem to show, or NULL when the device may go. */
static char *
find_problem (HkRepairHandoverWindow *self)
{
  g_autofree char *collected = row_text (self->collected_row);
  g_autofree char *note = row_text (self->note_row);
  g_autofree char *receipt = row_text (self->receipt_row);
  g_autofree char *approver = row_text (self->approver_row);
  HkRepairAccessories received = hk_repair_ticket_get_accessories (self->ticket);
  HkRepairAccessories returned = get_returned (self);

  if (*collected == '\0')
    return g_strdup (_("Write who collected the device."));
  if (!gtk_check_button_get_active (self->id_check))
    return g_strdup (_("Check the identity document of the person collecting the device "
                       "first."));

  if (returned != received && *note == '\0')
    {
      g_autofree char *missing = hk_repair_accessories_to_titles (received & ~returned);
      g_autofree char *extra = hk_repair_accessories_to_titles (returned & ~received);

      return g_strdup_printf (_("The accessories handed back differ from those received (not "
                                "handed back: %s; not received: %s): write a note."),
                              *missing != '\0' ? missing : "—", *extra != '\0' ? extra : "—");
    }

  switch (get_mode (self))
    {
    case HK_REPAIR_CHARGE_SHIFT:
      if (!has_open_shift (self))
        return g_strdup (_("You have no open shift to charge the fee on: open it on the Cash "
                           "Desk, or name the receipt a clerk issued."));
      if (approval_shown (self) &&
          (*approver == '\0' || *gtk_editable_get_text (GTK_EDITABLE (self->password_row)) == '\0'))
        return g_strdup (_("A price on this ticket is no longer today’s tariff: a duty manager "
                           "gives their login name and password to approve it."));
      break;
    case HK_REPAIR_CHARGE_CLERK_RECEIPT:
      if (*receipt == '\0')
        return g_strdup (_("Give the number of the receipt the clerk issued for the repair "
                           "fee."));
      break;
    case HK_REPAIR_CHARGE_NONE:
    default:
      break;
    }

  return NULL;
}

static void
update_actions (HkRepairHandoverWindow *self)
{
  HkRepairChargeMode mode;
  gint64 deposit;

  /* The form is complete once its check buttons are there. */
  if (self->ticket == NULL || self->accessory_checks[0] == NULL)
    return;

  mode = get_mode (self);
  deposit = hk_repair_ticket_get_deposit (self->ticket);

  g_free (self->problem);
  self->problem = find_problem (self);

  gtk_widget_set_visible (GTK_WIDGET (self->mode_row), self->total > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->method_row),
                          mode == HK_REPAIR_CHARGE_SHIFT && self->total > deposit);
  gtk_widget_set_visible (GTK_WIDGET (self->receipt_row), mode == HK_REPAIR_CHARGE_CLERK_RECEIPT);
  gtk_widget_set_visible (GTK_WIDGET (self->approval_group), approval_shown (self));

  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handover.save", self->problem == NULL);
}

static void
on_entry_activated_cb (HkRepairHandoverWindow *self,
                       GtkWidget              *row)
{
  if (self->problem == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "handover.save", NULL);
  else
    hk_repair_format_focus_next (row);
}

/* The duty manager who approves a price that is no longer the tariff, or NULL (with a toast)
 * when the login fails or is not a duty manager's. */
static HkOperator *
get_approver (HkRepairHandoverWindow *self,
              gboolean               *failed)
{
  HkOperatorStore *operators = hk_context_get_operator_store (self->context);
  g_autofree char *login = row_text (self->approver_row);
  g_autoptr(HkOperator) approver = NULL;
  g_autoptr(GError) error = NULL;

  *failed = FALSE;

  if (!approval_shown (self))
    return actor_is_duty_manager (self) ? g_object_ref (hk_context_get_operator (self->context))
                                        : NULL;

  approver = hk_operator_store_authenticate (operators, login,
                                             gtk_editable_get_text (GTK_EDITABLE (
                                                                      self->password_row)),
                                             &error);
  /* Never kept: right or wrong, the password is typed again. */
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");

  if (approver == NULL ||
      !hk_permission_require (hk_context_get_database (self->context), approver,
                              HK_ROLE_DUTY_MANAGER, _("Approving a price other than the tariff"),
                              &error))
    {
      *failed = TRUE;
      adw_toast_overlay_add_toast (self->toast_overlay, hk_section_new_toast (error->message));
      return NULL;
    }

  return g_steal_pointer (&approver);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkRepairHandoverWindow *self = HK_REPAIR_HANDOVER_WINDOW (widget);
  g_autofree char *collected = row_text (self->collected_row);
  g_autofree char *note = row_text (self->note_row);
  g_autofree char *receipt = row_text (self->receipt_row);
  g_autoptr(HkOperator) approver = NULL;
  g_autoptr(HkRepairTicket) closed = NULL;
  g_autoptr(GError) error = NULL;
  HkRepairHandover handover = { 0 };
  gboolean failed = FALSE;

  if (self->problem != NULL)
    return;

  approver = get_approver (self, &failed);
  if (failed)
    return;

  handover.collected_by = collected;
  handover.id_checked = gtk_check_button_get_active (self->id_check);
  handover.accessories_returned = get_returned (self);
  handover.note = note;
  handover.charge_mode = get_mode (self);
  handover.clerk_receipt_no = receipt;
  handover.balance_method = get_method (self);
  handover.price_approver = approver;

  closed = hk_repair_store_hand_over (hk_context_get_repair_store (self->context),
                                      hk_context_get_operator (self->context), self->ticket,
                                      &handover, &error);
  if (closed == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, hk_section_new_toast (error->message));
      return;
    }

  g_signal_emit (self, signals[HANDED_OVER], 0, closed);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
build_accessories (HkRepairHandoverWindow *self)
{
  HkRepairAccessories received = hk_repair_ticket_get_accessories (self->ticket);
  g_autofree char *titles = hk_repair_accessories_to_titles (received);
  g_autofree char *description = NULL;

  for (guint i = 0; i < HK_REPAIR_N_ACCESSORIES; i++)
    {
      GtkWidget *check = gtk_check_button_new_with_mnemonic (hk_repair_format_accessory_label (i));

      gtk_widget_set_name (check, hk_repair_accessory_to_id (hk_repair_accessory_nth (i)));
      gtk_widget_set_margin_start (check, 6);
      gtk_widget_set_margin_end (check, 6);
      gtk_widget_set_margin_top (check, 3);
      gtk_widget_set_margin_bottom (check, 3);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   (received & hk_repair_accessory_nth (i)) != 0);
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_actions), self,
                               G_CONNECT_SWAPPED);
      gtk_flow_box_append (self->accessories_box, check);
      gtk_widget_set_focusable (gtk_widget_get_parent (check), FALSE);
      self->accessory_checks[i] = GTK_CHECK_BUTTON (check);
    }

  if (received == HK_REPAIR_ACCESSORY_NONE)
    description = g_strdup (_("Nothing was received with the device."));
  else
    /* Translators: "Received at intake: Battery, SIM card. Untick what is not handed back." */
    description = g_strdup_printf (_("Received at intake: %s. Untick what is not handed back."),
                                   titles);
  adw_preferences_group_set_description (self->accessories_group, description);
}

/* The fee of the ticket's valid lines, and whether any price is no longer today's tariff. */
static void
read_fee (HkRepairHandoverWindow *self)
{
  HkFeeItemStore *items = hk_context_get_fee_item_store (self->context);
  g_autofree char *today = hk_repair_format_today (self->context);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;

  self->total = 0;
  self->needs_approval = FALSE;

  lines = hk_repair_store_get_fee_lines (hk_context_get_repair_store (self->context),
                                         hk_repair_ticket_get_id (self->ticket), &error);
  if (lines == NULL)
    {
      g_warning ("Cannot read the fee lines of a repair: %s", error->message);
      return;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      HkRepairFeeLine *line = g_ptr_array_index (lines, i);
      gint64 tariff = 0;

      if (line->is_void)
        continue;

      self->total += line->amount;
      if (hk_fee_item_store_price_on (items, line->fee_item_id, today, &tariff, NULL) &&
          tariff != line->unit_price)
        self->needs_approval = TRUE;
    }
}

static void
build_charge (HkRepairHandoverWindow *self)
{
  HkOperator *actor = hk_context_get_operator (self->context);
  gint64 deposit = hk_repair_ticket_get_deposit (self->ticket);
  g_autoptr(GtkStringList) mode_titles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) method_titles = gtk_string_list_new (NULL);
  g_autofree char *fee = NULL;
  g_autofree char *deposit_text = NULL;
  g_autofree char *balance = NULL;

  read_fee (self);

  fee = hk_money_format (self->total);
  deposit_text = hk_money_format (deposit);
  balance = hk_money_format (ABS (self->total - deposit));
  gtk_label_set_label (self->fee_label, fee);
  gtk_label_set_label (self->deposit_label, deposit_text);
  gtk_label_set_label (self->balance_label, balance);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->balance_row),
                                 self->total >= deposit ? _("Still to pay")
                                                        : _("Deposit to give back"));
  if (self->total == 0)
    adw_action_row_set_subtitle (self->fee_row, _("Nothing to charge"));

  /* The technician's own shift first, when they hold the clerk's role. */
  self->n_modes = 0;
  if (actor != NULL && hk_operator_has_any_role (actor, HK_ROLE_CLERK))
    {
      self->modes[self->n_modes++] = HK_REPAIR_CHARGE_SHIFT;
      gtk_string_list_append (mode_titles, _("On a receipt of my shift"));
    }
  self->modes[self->n_modes++] = HK_REPAIR_CHARGE_CLERK_RECEIPT;
  gtk_string_list_append (mode_titles, _("On a receipt a clerk issued"));
  adw_combo_row_set_model (self->mode_row, G_LIST_MODEL (mode_titles));

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    gtk_string_list_append (method_titles, hk_payment_method_get_title (methods[i]));
  adw_combo_row_set_model (self->method_row, G_LIST_MODEL (method_titles));
}

static void
hk_repair_handover_window_constructed (GObject *object)
{
  HkRepairHandoverWindow *self = (HkRepairHandoverWindow *)object;
  HkRepairStatus status = hk_repair_ticket_get_status (self->ticket);
  g_autofree char *device = hk_repair_ticket_dup_device (self->ticket);
  g_autofree char *summary = NULL;

  G_OBJECT_CLASS (hk_repair_handover_window_parent_class)->constructed (object);

  adw_window_title_set_subtitle (self->window_title, hk_repair_ticket_get_ticket_no (self->ticket));
  summary = g_strdup_printf (status == HK_REPAIR_UNREPAIRED
                             ? _("%s hands back the %s unrepaired. The ticket is then closed.")
                             : _("%s collects the repaired %s. The ticket is then closed."),
                             hk_repair_ticket_get_customer_name (self->ticket), device);
  gtk_label_set_label (self->summary_label, summary);
  gtk_editable_set_text (GTK_EDITABLE (self->collected_row),
                         hk_repair_ticket_get_customer_name (self->ticket));

  build_accessories (self);
  build_charge (self);
  update_actions (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->collected_row));
}

static void
hk_repair_handover_window_dispose (GObject *object)
{
  HkRepairHandoverWindow *self = (HkRepairHandoverWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_REPAIR_HANDOVER_WINDOW);
  g_clear_object (&self->context);
  g_clear_object (&self->ticket);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hk_repair_handover_window_parent_class)->dispose (object);
}

static void
hk_repair_handover_window_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  HkRepairHandoverWindow *self = HK_REPAIR_HANDOVER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_TICKET:
      g_value_set_object (value, self->ticket);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_repair_handover_window_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  HkRepairHandoverWindow *self = HK_REPAIR_HANDOVER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_TICKET:
      self->ticket = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_repair_handover_window_class_init (HkRepairHandoverWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_repair_handover_window_constructed;
  object_class->dispose = hk_repair_handover_window_dispose;
  object_class->get_property = hk_repair_handover_window_get_property;
  object_class->set_property = hk_repair_handover_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TICKET] =
    g_param_spec_object ("ticket", NULL, NULL, HK_TYPE_REPAIR_TICKET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HkRepairHandoverWindow::handed-over:
   * @ticket: the ticket, now closed
   */
  signals[HANDED_OVER] =
    g_signal_new ("handed-over", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HK_TYPE_REPAIR_TICKET);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-repair-handover-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, accessories_box);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, accessories_group);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, approval_group);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, approver_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, balance_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, balance_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, collected_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, deposit_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, fee_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, fee_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, id_check);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, method_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, mode_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, note_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, password_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, receipt_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HkRepairHandoverWindow, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "handover.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "handover.save", NULL);
}

static void
hk_repair_handover_window_init (HkRepairHandoverWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkRepairHandoverWindow *
hk_repair_handover_window_new (GtkWindow      *parent,
                               HkContext      *context,
                               HkRepairTicket *ticket)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (HK_IS_REPAIR_TICKET (ticket), NULL);

  return g_object_new (HK_TYPE_REPAIR_HANDOVER_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       "ticket", ticket,
                       NULL);
}

/* What keeps the device from being handed over, or NULL. */
const char *
hk_repair_handover_window_get_problem (HkRepairHandoverWindow *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_HANDOVER_WINDOW (self), NULL);

  return self->problem;
}

GtkCheckButton *
hk_repair_handover_window_get_accessory_check (HkRepairHandoverWindow *self,
                                               HkRepairAccessories     accessory)
{
  g_return_val_if_fail (HK_IS_REPAIR_HANDOVER_WINDOW (self), NULL);

  for (guint i = 0; i < HK_REPAIR_N_ACCESSORIES; i++)
    if (hk_repair_accessory_nth (i) == accessory)
      return self->accessory_checks[i];

  g_return_val_if_reached (NULL);
}

/* Chooses how the fee is charged, as the combo row does. */
void
hk_repair_handover_window_set_charge_mode (HkRepairHandoverWindow *self,
                                           HkRepairChargeMode      mode)
{
  g_return_if_fail (HK_IS_REPAIR_HANDOVER_WINDOW (self));

  for (guint i = 0; i < self->n_modes; i++)
    if (self->modes[i] == mode)
      adw_combo_row_set_selected (self->mode_row, i);
}
