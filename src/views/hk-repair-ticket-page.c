/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-ticket-page.c: one repair ticket with its moves, fee lines and timeline.
 *
 * At the top, where the ticket is (its status as an icon and a word, and "Overdue" when it is
 * late against its promised day) and the moves it may make now: one action per target, each
 * enabled exactly when hk_repair_status_get_move() allows the move from the status the
 * ticket is in, and only its button shown. A move of the status machine asks for its note;
 * the city company's moves go through a dispatch batch or its receipt; the handover has its
 * own form. Then the device as received, the handover once it happened, the fee lines
 * (added at today's tariff, a part taken from the stock, a line voided with its reason), and
 * the timeline (hk_repair_store_get_events()). A closed ticket, or an operator who only
 * reads (the duty manager), gets no write action. The page follows the store's "changed".
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "hk-repair-dialogs.h"
#include "hk-repair-dispatch-window.h"
#include "hk-repair-format.h"
#include "hk-repair-handover-window.h"
#include "hk-repair-ticket-page.h"

/* The status moves of the status machine, each an action of its own. */
static const struct
{
  const char     *action;
  HkRepairStatus  to;
} status_moves[] = {
  { "ticket.to-diagnosing", HK_REPAIR_DIAGNOSING },
  { "ticket.to-repairing", HK_REPAIR_REPAIRING },
  { "ticket.to-ready", HK_REPAIR_READY },
  { "ticket.to-unrepaired", HK_REPAIR_UNREPAIRED },
};

struct _HkRepairTicketPage
{
  AdwBin               parent_instance;

  HkContext           *context;
  HkRepairTicket      *ticket;
  GPtrArray           *rows;        /* (element-type GtkWidget) rows added to the groups */
  guint                n_events;
  guint                n_fee_lines;

  /* Template widgets */
  AdwPreferencesGroup *device_group;
  GtkButton           *diagnosing_button;
  GtkButton           *dispatch_button;
  AdwPreferencesGroup *fees_group;
  GtkButton           *hand_over_button;
  AdwPreferencesGroup *handover_group;
  GtkFlowBox          *moves_box;
  GtkLabel            *note_label;
  GtkBox              *overdue_box;
  GtkLabel            *overdue_label;
  GtkButton           *ready_button;
  GtkButton           *receive_button;
  GtkButton           *repairing_button;
  GtkScrolledWindow   *scrolled_window;
  GtkImage            *status_icon;
  GtkLabel            *status_label;
  GtkLabel            *subtitle_label;
  AdwPreferencesGroup *timeline_group;
  GtkLabel            *title_label;
  GtkButton           *unrepaired_button;
};

G_DEFINE_FINAL_TYPE (HkRepairTicketPage, hk_repair_ticket_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
can_write (HkRepairTicketPage *self)
{
  return self->ticket != NULL && hk_repair_format_can_write (self->context) &&
         !hk_repair_status_is_final (hk_repair_ticket_get_status (self->ticket));
}

static gboolean
move_allowed (HkRepairTicketPage *self,
              HkRepairStatus      to,
              HkRepairMove        through)
{
  return can_write (self) &&
         hk_repair_status_get_move (hk_repair_ticket_get_status (self->ticket), to) == through;
}

/* Shows a move's button exactly when its action may run. */
static void
set_move (HkRepairTicketPage *self,
          GtkButton          *button,
          const char         *action,
          gboolean            enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, enabled);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (button)), enabled);
}

static void
update_actions (HkRepairTicketPage *self)
{
  GtkButton *status_buttons[] = { self->diagnosing_button, self->repairing_button,
                                  self->ready_button, self->unrepaired_button };
  HkRepairStatus status = self->ticket != NULL ? hk_repair_ticket_get_status (self->ticket)
                                               : HK_REPAIR_RECEIVED;
  gboolean awaits = hk_repair_status_awaits_collection (status);

  G_STATIC_ASSERT (G_N_ELEMENTS (status_buttons) == G_N_ELEMENTS (status_moves));

  for (guint i = 0; i < G_N_ELEMENTS (status_moves); i++)
    set_move (self, status_buttons[i], status_moves[i].action,
              move_allowed (self, status_moves[i].to, HK_REPAIR_MOVE_STATUS));

  set_move (self, self->dispatch_button, "ticket.dispatch",
            move_allowed (self, HK_REPAIR_SENT_OUT, HK_REPAIR_MOVE_DISPATCH));
  set_move (self, self->receive_button, "ticket.receive",
            move_allowed (self, HK_REPAIR_BACK_FROM_CITY, HK_REPAIR_MOVE_RETURN));
  set_move (self, self->hand_over_button, "ticket.hand-over",
            awaits && move_allowed (self, status == HK_REPAIR_UNREPAIRED
                                          ? HK_REPAIR_RETURNED_UNREPAIRED
                                          : HK_REPAIR_PICKED_UP,
                                    HK_REPAIR_MOVE_HANDOVER));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ticket.add-fee", can_write (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ticket.use-part", can_write (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ticket.void-fee", can_write (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ticket.callback", can_write (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ticket.save-slip", self->ticket != NULL);
}

/* ---- rows ---- */

static void
clear_rows (HkRepairTicketPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static AdwActionRow *
add_row (HkRepairTicketPage  *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);

  return ADW_ACTION_ROW (row);
}

/* A row "title … value", the value selectable and at the end. */
static AdwActionRow *
add_detail (HkRepairTicketPage  *self,
            AdwPreferencesGroup *group,
            const char          *title,
            const char          *value)
{
  AdwActionRow *row = add_row (self, group, title, NULL);
  GtkWidget *label = gtk_label_new (value != NULL && *value != '\0' ? value : "—");

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  adw_action_row_add_suffix (row, label);

  return row;
}

static AdwActionRow *
add_money (HkRepairTicketPage  *self,
           AdwPreferencesGroup *group,
           const char          *title,
           gint64               fen)
{
  g_autofree char *text = hk_money_format (fen);
  AdwActionRow *row = add_row (self, group, title, NULL);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (row, label);

  return row;
}

static void
show_device (HkRepairTicketPage *self)
{
  HkRepairTicket *t = self->ticket;
  g_autofree char *phone = NULL;
  g_autofree char *device = hk_repair_ticket_dup_device (t);
  g_autofree char *accessories =
    hk_repair_accessories_to_titles (hk_repair_ticket_get_accessories (t));
  g_autofree char *conditions =
    hk_repair_conditions_to_titles (hk_repair_ticket_get_conditions (t));
  g_autofree char *received = hk_repair_format_moment (self->context,
                                                       hk_repair_ticket_get_received_at (t));
  g_autofree char *condition = NULL;
  g_autofree char *warranty = NULL;
  g_autofree char *estimate = NULL;
  g_autofree char *deposit = NULL;
  g_autofree char *money = NULL;
  g_autofree char *when = NULL;
  const char *note = hk_repair_ticket_get_condition_note (t);
  const char *proof = hk_repair_ticket_get_warranty_proof (t);

  /* The whole number for the technician who calls the customer; masked for others. */
  phone = hk_repair_format_can_write (self->context)
          ? g_strdup (hk_repair_ticket_get_customer_phone (t))
          : hk_repair_ticket_dup_masked_phone (t);

  if (note != NULL && *note != '\0')
    condition = *conditions != '\0' ? g_strdup_printf (_("%s; %s"), conditions, note)
                                    : g_strdup (note);
  else
    condition = g_strdup (conditions);

  warranty = proof != NULL && *proof != '\0'
             /* Translators: "In warranty (购机发票)": the warranty and its proof */
             ? g_strdup_printf (_("%s (%s)"),
                                hk_repair_warranty_get_title (hk_repair_ticket_get_warranty (t)),
                                proof)
             : g_strdup (hk_repair_warranty_get_title (hk_repair_ticket_get_warranty (t)));

  add_detail (self, self->device_group, _("Customer"), hk_repair_ticket_get_customer_name (t));
  add_detail (self, self->device_group, _("Phone"), phone);
  add_detail (self, self->device_group, _("Device"), device);
  add_detail (self, self->device_group, _("IMEI"), hk_repair_ticket_get_imei (t));
  add_detail (self, self->device_group, _("Received with it"),
              *accessories != '\0' ? accessories : _("Nothing"));
  add_detail (self, self->device_group, _("Condition"),
              *condition != '\0' ? condition : _("No marks noted"));
  add_detail (self, self->device_group, _("Fault"), hk_repair_ticket_get_fault (t));
  add_detail (self, self->device_group, _("Warranty"), warranty);
  estimate = hk_money_format (hk_repair_ticket_get_estimated_fee (t));
  deposit = hk_money_format (hk_repair_ticket_get_deposit (t));
  /* Translators: "¥450.00 estimated, ¥100.00 deposit received" */
  money = g_strdup_printf (_("%s estimated, %s deposit received"), estimate, deposit);
  add_detail (self, self->device_group, _("Fee at intake"), money);
  add_detail (self, self->device_group, _("Promised day"), hk_repair_ticket_get_promised_day (t));
  /* Translators: when a device was received and who repairs it: "2026-11-25 10:03, for 吴磊" */
  when = g_strdup_printf (_("%s, for %s"), received, hk_repair_ticket_get_technician_name (t));
  add_detail (self, self->device_group, C_("repair ticket", "Received"), when);
  if (hk_repair_ticket_get_batch_no (t) != NULL)
    add_detail (self, self->device_group, _("Dispatch batch"), hk_repair_ticket_get_batch_no (t));
}

static void
show_handover (HkRepairTicketPage *self)
{
  HkRepairTicket *t = self->ticket;
  HkRepairAccessories received = hk_repair_ticket_get_accessories (t);
  HkRepairAccessories returned = hk_repair_ticket_get_accessories_returned (t);
  g_autofree char *returned_text = hk_repair_accessories_to_titles (returned);
  g_autofree char *at = NULL;
  const char *receipt = hk_repair_ticket_get_receipt_no (t);
  const char *charge = NULL;
  AdwActionRow *row;

  gtk_widget_set_visible (GTK_WIDGET (self->handover_group),
                          hk_repair_status_is_final (hk_repair_ticket_get_status (t)));
  if (!hk_repair_status_is_final (hk_repair_ticket_get_status (t)))
    return;

  at = hk_repair_format_moment (self->context, hk_repair_ticket_get_handed_over_at (t));
  add_detail (self, self->handover_group, _("Collected by"), hk_repair_ticket_get_collected_by (t));
  add_detail (self, self->handover_group, _("Handed over"), at);
  add_detail (self, self->handover_group, _("ID checked"),
              hk_repair_ticket_get_id_checked (t) ? _("Yes") : _("No"));
  row = add_detail (self, self->handover_group, _("Accessories handed back"),
                    *returned_text != '\0' ? returned_text : _("Nothing"));
  if (returned != received)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_action_row_set_subtitle (row, _("Differs from what was received"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Differs from what was received"), -1);
      adw_action_row_add_prefix (row, icon);
    }
  if (hk_repair_ticket_get_handover_note (t) != NULL)
    add_detail (self, self->handover_group, _("Note"), hk_repair_ticket_get_handover_note (t));

  switch (hk_repair_ticket_get_charge_mode (t))
    {
    case HK_REPAIR_CHARGE_SHIFT:
      charge = _("On the technician’s receipt");
      break;
    case HK_REPAIR_CHARGE_CLERK_RECEIPT:
      charge = _("On a clerk’s receipt");
      break;
    case HK_REPAIR_CHARGE_NONE:
    default:
      charge = _("Nothing charged");
      break;
    }
  row = add_money (self, self->handover_group, _("Fee charged"),
                   hk_repair_ticket_get_charged_total (t));
  adw_action_row_set_subtitle (row, charge);
  if (receipt != NULL)
    add_detail (self, self->handover_group, _("Receipt"), receipt);
  add_money (self, self->handover_group, _("Deposit given back"),
             hk_repair_ticket_get_deposit_refunded (t));
}

static void
show_fee_lines (HkRepairTicketPage *self)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  gboolean writable = can_write (self);
  AdwActionRow *total_row;

  self->n_fee_lines = 0;

  lines = hk_repair_store_get_fee_lines (hk_context_get_repair_store (self->context),
                                         hk_repair_ticket_get_id (self->ticket), &error);
  if (lines == NULL)
    {
      hk_repair_show_toast (GTK_WIDGET (self), error->message, TRUE);
      return;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      HkRepairFeeLine *line = g_ptr_array_index (lines, i);
      g_autofree char *title = g_strdup_printf ("%s %s", line->fee_item_code, line->fee_item_name);
      g_autofree char *unit = hk_money_format (line->unit_price);
      g_autofree char *amount = hk_money_format (line->amount);
      g_autofree char *subtitle = NULL;
      AdwActionRow *row;
      GtkWidget *label;

      if (line->is_void)
        /* Translators: a voided fee line: "Void — 配件不对 (Parts, 1 × ¥120.00)" */
        subtitle = g_strdup_printf (_("Void — %s (%s, %lld × %s)"), line->void_reason,
                                    hk_repair_fee_kind_get_title (line->kind),
                                    (long long)line->quantity, unit);
      else
        /* Translators: a fee line: "Parts, 1 × ¥120.00" */
        subtitle = g_strdup_printf (_("%s, %lld × %s"), hk_repair_fee_kind_get_title (line->kind),
                                    (long long)line->quantity, unit);

      row = add_row (self, self->fees_group, title, subtitle);
      if (line->is_void)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("action-unavailable-symbolic");

          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Void"), -1);
          adw_action_row_add_prefix (row, icon);
        }
      else
        self->n_fee_lines++;

      label = gtk_label_new (amount);
      gtk_widget_add_css_class (label, "numeric");
      if (line->is_void)
        gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (row, label);

      if (!line->is_void && writable)
        {
          GtkWidget *button = gtk_button_new_from_icon_name ("edit-delete-symbolic");
          /* Translators: the tooltip of a fee line's void button, "Void RPR-JC…" */
          g_autofree char *tooltip = g_strdup_printf (_("Void %s…"), line->fee_item_code);

          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (button, "flat");
          gtk_widget_set_tooltip_text (button, tooltip);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          tooltip, -1);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "ticket.void-fee");
          gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                                  g_variant_new_int64 (line->id));
          adw_action_row_add_suffix (row, button);
        }
    }

  if (lines->len == 0)
    add_row (self, self->fees_group, _("No fee yet"),
             writable ? _("Add the diagnosis, the labour or a part as the repair goes on.")
                      : NULL);

  total_row = add_money (self, self->fees_group, _("Total"),
                         hk_repair_ticket_get_fee_total (self->ticket));
  gtk_widget_add_css_class (GTK_WIDGET (total_row), "heading");
}

static const char *
event_icon (HkRepairEventKind kind)
{
  switch (kind)
    {
    case HK_REPAIR_EVENT_INTAKE:
      return "document-new-symbolic";
    case HK_REPAIR_EVENT_DISPATCH:
      return "send-to-symbolic";
    case HK_REPAIR_EVENT_RETURN:
      return "mail-send-receive-symbolic";
    case HK_REPAIR_EVENT_HANDOVER:
      return "emblem-default-symbolic";
    case HK_REPAIR_EVENT_FEE:
      return "list-add-symbolic";
    case HK_REPAIR_EVENT_FEE_VOID:
      return "action-unavailable-symbolic";
    case HK_REPAIR_EVENT_CALLBACK:
      return "call-start-symbolic";
    case HK_REPAIR_EVENT_STATUS:
    default:
      return "go-next-symbolic";
    }
}

static void
show_timeline (HkRepairTicketPage *self)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  self->n_events = 0;

  events = hk_repair_store_get_events (hk_context_get_repair_store (self->context),
                                       hk_repair_ticket_get_id (self->ticket), &error);
  if (events == NULL)
    {
      hk_repair_show_toast (GTK_WIDGET (self), error->message, TRUE);
      return;
    }

  for (guint i = 0; i < events->len; i++)
    {
      HkRepairEvent *event = g_ptr_array_index (events, i);
      g_autofree char *what = hk_repair_event_describe (event);
      g_autofree char *at = hk_repair_format_moment (self->context, event->at);
      /* Translators: when and by whom, on the repair timeline: "2026-10-21 10:03 · 吴磊" */
      g_autofree char *when = g_strdup_printf (_("%s · %s"), at, event->by_name);
      AdwActionRow *row = add_row (self, self->timeline_group, what, when);
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                      "icon-name", event_icon (event->kind),
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                      NULL);

      adw_action_row_add_prefix (row, icon);
      self->n_events++;
    }
}

static void
show_ticket (HkRepairTicketPage *self)
{
  HkRepairTicket *t = self->ticket;
  HkRepairStatus status = hk_repair_ticket_get_status (t);
  g_autofree char *device = hk_repair_ticket_dup_device (t);
  g_autofree char *subtitle = NULL;
  g_autofree char *overdue = NULL;

  clear_rows (self);

  gtk_label_set_label (self->title_label, hk_repair_ticket_get_ticket_no (t));
  /* Translators: under a ticket's number: "华为 P40 · 王小明 — 屏幕碎裂" (the fault) */
  subtitle = g_strdup_printf (_("%s · %s — %s"), device, hk_repair_ticket_get_customer_name (t),
                              hk_repair_ticket_get_fault (t));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_image_set_from_icon_name (self->status_icon, hk_repair_format_status_icon (status));
  gtk_label_set_label (self->status_label, hk_repair_status_get_title (status));

  gtk_widget_set_visible (GTK_WIDGET (self->overdue_box), hk_repair_ticket_get_overdue (t));
  /* Translators: "Overdue: promised for 2026-10-24" */
  overdue = g_strdup_printf (_("Overdue: promised for %s"), hk_repair_ticket_get_promised_day (t));
  gtk_label_set_label (self->overdue_label, overdue);

  if (hk_repair_status_is_final (status))
    gtk_label_set_label (self->note_label, _("Closed: the device was handed over. Nothing on "
                                             "this ticket changes any more."));
  else if (!hk_repair_format_can_write (self->context))
    gtk_label_set_label (self->note_label, _("You can read this ticket; the repair technician "
                                             "moves it on."));
  else if (status == HK_REPAIR_SENT_OUT)
    gtk_label_set_label (self->note_label, _("At the city company: receive it back with the "
                                             "company’s report when it returns."));
  else
    gtk_label_set_label (self->note_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label),
                          *gtk_label_get_label (self->note_label) != '\0');

  show_device (self);
  show_handover (self);
  show_fee_lines (self);
  show_timeline (self);
  update_actions (self);
}

static void
reload (HkRepairTicketPage *self)
{
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;

  if (self->ticket == NULL)
    return;

  ticket = hk_repair_store_lookup (hk_context_get_repair_store (self->context),
                                   hk_repair_ticket_get_id (self->ticket), &error);
  if (ticket == NULL)
    {
      hk_repair_show_toast (GTK_WIDGET (self), error->message, TRUE);
      return;
    }

  g_set_object (&self->ticket, ticket);
  show_ticket (self);
}

static void
on_repairs_changed_cb (HkRepairTicketPage *self,
                       gint64              ticket_id)
{
  if (self->ticket != NULL &&
      (ticket_id == 0 || ticket_id == hk_repair_ticket_get_id (self->ticket)))
    reload (self);
}

/* ---- actions ---- */

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkRepairTicketPage *self = HK_REPAIR_TICKET_PAGE (widget);

  for (guint i = 0; i < G_N_ELEMENTS (status_moves); i++)
    if (g_str_equal (action_name, status_moves[i].action) && self->ticket != NULL)
      hk_repair_dialogs_move (widget, self->context, self->ticket, status_moves[i].to);
}

static GtkWindow *
parent_window (HkRepairTicketPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
dispatch_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkRepairTicketPage *self = HK_REPAIR_TICKET_PAGE (widget);
  HkRepairDispatchWindow *window;
  gint64 id;

  if (self->ticket == NULL)
    return;

  id = hk_repair_ticket_get_id (self->ticket);
  window = hk_repair_dispatch_window_new (parent_window (self), self->context, &id, 1);
  gtk_window_present (GTK_WINDOW (window));
}

static void
receive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkRepairTicketPage *self = HK_REPAIR_TICKET_PAGE (widget);

  if (self->ticket != NULL)
    hk_repair_dialogs_receive (widget, self->context, self->ticket);
}

static void
on_handed_over_cb (HkRepairTicketPage *self,
                   HkRepairTicket     *ticket)
{
  g_autofree char *message = NULL;

  /* Translators: "R20261021-0007: Picked up" */
  message = g_strdup_printf (_("%s: %s"), hk_repair_ticket_get_ticket_no (ticket),
                             hk_repair_status_get_title (hk_repair_ticket_get_status (ticket)));
  hk_repair_show_toast (GTK_WIDGET (self), message, FALSE);
}

static void
hand_over_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HkRepairTicketPage *self = HK_REPAIR_TICKET_PAGE (widget);
  HkRepairHandoverWindow *window;

  if (self->ticket == NULL)
    return;

  window = hk_repair_handover_window_new (parent_window (self), self->context, self->ticket);
  g_signal_connect_object (window, "handed-over", G_CALLBACK (on_handed_over_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
save_slip_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HkRepairTicketPage *self = HK_REPAIR_TICKET_PAGE (widget);

  if (self->ticket != NULL)
    hk_repair_dialogs_save_slip (widget, self->context, hk_repair_ticket_get_id (self->ticket),
                                 hk_repair_ticket_get_ticket_no (self->ticket));
}

/* After a write: a toast with the store's refusal, or @done. */
static void
report (HkRepairTicketPage *self,
        HkRepairTicket     *result,
        GError             *error,
        const char         *done)
{
  if (result == NULL)
    hk_repair_show_toast (GTK_WIDGET (self), error->message, TRUE);
  else
    hk_repair_show_toast (GTK_WIDGET (self), done, FALSE);
}

static void
on_add_fee_response_cb (AdwMessageDialog   *dialog,
                        const char         *response,
                        HkRepairTicketPage *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "ids");
  AdwComboRow *kind_row = ADW_COMBO_ROW (hk_repair_dialog_get_row (dialog, "kind"));
  AdwComboRow *item_row = ADW_COMBO_ROW (hk_repair_dialog_get_row (dialog, "item"));
  GtkSpinButton *quantity = GTK_SPIN_BUTTON (hk_repair_dialog_get_row (dialog, "quantity"));
  guint selected = adw_combo_row_get_selected (item_row);
  g_autoptr(HkRepairTicket) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "add") != 0 || self->ticket == NULL || selected >= ids->len)
    return;

  result = hk_repair_store_add_fee (hk_context_get_repair_store (self->context),
                                    hk_context_get_operator (self->context), self->ticket,
                                    adw_combo_row_get_selected (kind_row) == 0
                                    ? HK_REPAIR_FEE_DIAGNOSIS : HK_REPAIR_FEE_LABOUR,
                                    g_array_index (ids, gint64, selected),
                                    gtk_spin_button_get_value_as_int (quantity), &error);
  if (result != NULL)
    {
      g_autofree char *total = hk_money_format (hk_repair_ticket_get_fee_total (result));

      /* Translators: "R20261021-0007: the fee is now ¥30.00" */
      message = g_strdup_printf (_("%s: the fee is now %s"),
                                 hk_repair_ticket_get_ticket_no (result), total);
    }
  report (self, result, error, message);
}

static void
add_fee_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkRepairTicketPage *self = HK_REPAIR_TICKET_PAGE (widget);
  GListModel *items = hk_fee_item_store_get_model (hk_context_get_fee_item_store (self->context));
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  AdwMessageDialog *dialog;

  if (self->ticket == NULL)
    return;

  gtk_string_list_append (kinds, hk_repair_fee_kind_get_title (HK_REPAIR_FEE_DIAGNOSIS));
  gtk_string_list_append (kinds, hk_repair_fee_kind_get_title (HK_REPAIR_FEE_LABOUR));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HkFeeItem) item = g_list_model_get_item (items, i);
      g_autofree char *price = NULL;
      g_autofree char *title = NULL;
      gint64 id;

      if (hk_fee_item_get_category (item) != HK_FEE_CATEGORY_REPAIR ||
          !hk_fee_item_get_active (item) || !hk_fee_item_has_price (item))
        continue;

      price = hk_money_format (hk_fee_item_get_price (item));
      /* Translators: a fee item to choose: "RPR-JC 检测费 — ¥30.00" */
      title = g_strdup_printf (_("%s %s — %s"), hk_fee_item_get_code (item),
                               hk_fee_item_get_name (item), price);
      gtk_string_list_append (titles, title);
      id = hk_fee_item_get_id (item);
      g_array_append_val (ids, id);
    }

  dialog = hk_repair_dialog_new (widget, _("Add a Fee?"), NULL);
  adw_message_dialog_format_body (dialog,
                                  _("The fee line charges the fee item at today’s tariff on "
                                    "ticket %s. A part is charged with Use Part, which takes it "
                                    "from the stock."),
                                  hk_repair_ticket_get_ticket_no (self->ticket));
  hk_repair_dialog_add_combo (dialog, "kind", _("For"), G_LIST_MODEL (kinds));
  hk_repair_dialog_add_combo (dialog, "item", _("Fee item"), G_LIST_MODEL (titles));
  hk_repair_dialog_add_spin (dialog, "quantity", _("Quantity"), 1, 100, 1);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add Fee"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "add", ids->len > 0);
  g_object_set_data_full (G_OBJECT (dialog), "ids", ids, (GDestroyNotify)g_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_fee_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_use_part_response_cb (AdwMessageDialog   *dialog,
                         const char         *response,
                         HkRepairTicketPage *self)
{
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "ids");
  AdwComboRow *part_row = ADW_COMBO_ROW (hk_repair_dialog_get_row (dialog, "part"));
  GtkSpinButton *quantity = GTK_SPIN_BUTTON (hk_repair_dialog_get_row (dialog, "quantity"));
  guint selected = adw_combo_row_get_selected (part_row);
  g_autoptr(HkRepairTicket) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "use") != 0 || self->ticket == NULL || selected >= ids->len)
    return;

  result = hk_repair_store_use_part (hk_context_get_repair_store (self->context),
                                     hk_context_get_operator (self->context), self->ticket,
                                     g_array_index (ids, gint64, selected),
                                     gtk_spin_button_get_value_as_int (quantity), &error);
  if (result != NULL)
    {
      g_autofree char *total = hk_money_format (hk_repair_ticket_get_fee_total (result));

      message = g_strdup_printf (_("%s: the fee is now %s"),
                                 hk_repair_ticket_get_ticket_no (result), total);
    }
  report (self, result, error, message);
}

static void
use_part_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkRepairTicketPage *self = HK_REPAIR_TICKET_PAGE (widget);
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  AdwMessageDialog *dialog;

  if (self->ticket == NULL)
    return;

  parts = hk_repair_part_store_list (hk_context_get_repair_part_store (self->context), &error);
  if (parts == NULL)
    {
      g_array_unref (ids);
      hk_repair_show_toast (widget, error->message, TRUE);
      return;
    }

  for (guint i = 0; i < parts->len; i++)
    {
      HkRepairPart *part = g_ptr_array_index (parts, i);
      g_autofree char *price = hk_money_format (hk_repair_part_get_price (part));
      g_autofree char *title = NULL;
      gint64 id = hk_repair_part_get_id (part);

      /* Translators: a part to choose: "SCR-GEN 通用屏幕 — ¥680.00, 5 on hand" */
      title = g_strdup_printf (_("%s %s — %s, %lld on hand"), hk_repair_part_get_code (part),
                               hk_repair_part_get_name (part), price,
                               (long long)hk_repair_part_get_on_hand (part));
      gtk_string_list_append (titles, title);
      g_array_append_val (ids, id);
    }

  dialog = hk_repair_dialog_new (widget, _("Use a Part?"), NULL);
  adw_message_dialog_format_body (dialog,
                                  _("The part is taken from the stock and charged on ticket %s "
                                    "at its fee item’s tariff of today. Voiding the line puts it "
                                    "back."),
                                  hk_repair_ticket_get_ticket_no (self->ticket));
  hk_repair_dialog_add_combo (dialog, "part", _("Part"), G_LIST_MODEL (titles));
  hk_repair_dialog_add_spin (dialog, "quantity", _("Quantity"), 1, 100, 1);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "use", _("_Use Part"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "use", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "use");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, "use", ids->len > 0);
  g_object_set_data_full (G_OBJECT (dialog), "ids", ids, (GDestroyNotify)g_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_use_part_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_text_dialog_changed_cb (AdwMessageDialog *dialog)
{
  g_autofree char *text = hk_repair_dialog_dup_text (dialog, "text");
  const char *response = adw_message_dialog_get_default_response (dialog);

  adw_message_dialog_set_response_enabled (dialog, response, *text != '\0');
}

static void
on_text_dialog_activated_cb (AdwMessageDialog *dialog)
{
  const char *response = adw_message_dialog_get_default_response (dialog);

  if (adw_message_dialog_get_response_enabled (dialog, response))
    {
      adw_message_dialog_response (dialog, response);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

/* A decision that needs one line of text (a reason, a note): @response stays disabled until
 * it is written. */
static AdwMessageDialog *
text_dialog (HkRepairTicketPage *self,
             const char         *heading,
             const char         *body,
             const char         *field,
             const char         *response,
             const char         *label,
             GCallback           callback)
{
  AdwMessageDialog *dialog = hk_repair_dialog_new (GTK_WIDGET (self), heading, body);
  GtkWidget *entry = hk_repair_dialog_add_entry (dialog, "text", field);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    response, label,
                                    NULL);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, response, FALSE);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_text_dialog_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "entry-activated", G_CALLBACK (on_text_dialog_activated_cb),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", callback, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);

  return dialog;
}

static void
on_void_fee_response_cb (AdwMessageDialog   *dialog,
                         const char         *response,
                         HkRepairTicketPage *self)
{
  gint64 line_id = *(gint64 *)g_object_get_data (G_OBJECT (dialog), "line-id");
  g_autofree char *reason = NULL;
  g_autoptr(HkRepairTicket) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "void") != 0 || self->ticket == NULL)
    return;

  reason = hk_repair_dialog_dup_text (dialog, "text");
  result = hk_repair_store_void_fee (hk_context_get_repair_store (self->context),
                                     hk_context_get_operator (self->context), self->ticket,
                                     line_id, reason, &error);
  if (result != NULL)
    {
      g_autofree char *total = hk_money_format (hk_repair_ticket_get_fee_total (result));

      message = g_strdup_printf (_("%s: the fee is now %s"),
                                 hk_repair_ticket_get_ticket_no (result), total);
    }
  report (self, result, error, message);
}

static void
void_fee_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkRepairTicketPage *self = HK_REPAIR_TICKET_PAGE (widget);
  gint64 line_id = g_variant_get_int64 (parameter);
  AdwMessageDialog *dialog;

  if (self->ticket == NULL)
    return;

  dialog = text_dialog (self, _("Void the Fee Line?"),
                        _("The line stays on the ticket marked void, with your name, the time "
                          "and the reason; a part on it goes back to the stock."),
                        _("Reason for the void"), "void", _("_Void Line"),
                        G_CALLBACK (on_void_fee_response_cb));
  adw_message_dialog_set_response_appearance (dialog, "void", ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "line-id", g_memdup2 (&line_id, sizeof line_id),
                          g_free);
}

static void
on_callback_response_cb (AdwMessageDialog   *dialog,
                         const char         *response,
                         HkRepairTicketPage *self)
{
  g_autofree char *note = NULL;
  g_autoptr(HkRepairTicket) result = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "record") != 0 || self->ticket == NULL)
    return;

  note = hk_repair_dialog_dup_text (dialog, "text");
  result = hk_repair_store_record_callback (hk_context_get_repair_store (self->context),
                                            hk_context_get_operator (self->context),
                                            self->ticket, note, &error);
  report (self, result, error, _("The call is on the timeline"));
}

static void
callback_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkRepairTicketPage *self = HK_REPAIR_TICKET_PAGE (widget);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->ticket == NULL)
    return;

  body = g_strdup_printf (_("Write what %s was told: that the device is ready, or why it "
                            "takes longer."),
                          hk_repair_ticket_get_customer_name (self->ticket));
  dialog = text_dialog (self, _("Record a Call?"), body, _("What the customer was told"),
                        "record", _("_Record"), G_CALLBACK (on_callback_response_cb));
  adw_message_dialog_set_response_appearance (dialog, "record", ADW_RESPONSE_SUGGESTED);
}

/* ---- the class ---- */

static void
hk_repair_ticket_page_constructed (GObject *object)
{
  HkRepairTicketPage *self = (HkRepairTicketPage *)object;

  G_OBJECT_CLASS (hk_repair_ticket_page_parent_class)->constructed (object);

  /* The moves' buttons take the focus, not the flow box's children around them. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->moves_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  g_signal_connect_object (hk_context_get_repair_store (self->context), "changed",
                           G_CALLBACK (on_repairs_changed_cb), self, G_CONNECT_SWAPPED);
  update_actions (self);
}

static void
hk_repair_ticket_page_dispose (GObject *object)
{
  HkRepairTicketPage *self = (HkRepairTicketPage *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_REPAIR_TICKET_PAGE);
  g_clear_object (&self->ticket);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hk_repair_ticket_page_parent_class)->dispose (object);
}

static void
hk_repair_ticket_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HkRepairTicketPage *self = HK_REPAIR_TICKET_PAGE (object);

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
hk_repair_ticket_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HkRepairTicketPage *self = HK_REPAIR_TICKET_PAGE (object);

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
hk_repair_ticket_page_class_init (HkRepairTicketPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_repair_ticket_page_constructed;
  object_class->dispose = hk_repair_ticket_page_dispose;
  object_class->get_property = hk_repair_ticket_page_get_property;
  object_class->set_property = hk_repair_ticket_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-repair-ticket-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, device_group);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, diagnosing_button);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, dispatch_button);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, fees_group);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, hand_over_button);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, handover_group);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, moves_box);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, note_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, overdue_box);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, ready_button);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, receive_button);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, repairing_button);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, status_icon);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, timeline_group);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairTicketPage, unrepaired_button);

  for (guint i = 0; i < G_N_ELEMENTS (status_moves); i++)
    gtk_widget_class_install_action (widget_class, status_moves[i].action, NULL, move_action);
  gtk_widget_class_install_action (widget_class, "ticket.dispatch", NULL, dispatch_action);
  gtk_widget_class_install_action (widget_class, "ticket.receive", NULL, receive_action);
  gtk_widget_class_install_action (widget_class, "ticket.hand-over", NULL, hand_over_action);
  gtk_widget_class_install_action (widget_class, "ticket.add-fee", NULL, add_fee_action);
  gtk_widget_class_install_action (widget_class, "ticket.use-part", NULL, use_part_action);
  gtk_widget_class_install_action (widget_class, "ticket.void-fee", "x", void_fee_action);
  gtk_widget_class_install_action (widget_class, "ticket.callback", NULL, callback_action);
  gtk_widget_class_install_action (widget_class, "ticket.save-slip", NULL, save_slip_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "ticket.save-slip", NULL);
}

static void
hk_repair_ticket_page_init (HkRepairTicketPage *self)
{
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

HkRepairTicketPage *
hk_repair_ticket_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_REPAIR_TICKET_PAGE, "context", context, NULL);
}

/* Shows the ticket @ticket_id; FALSE (with a toast) when it cannot be read. */
gboolean
hk_repair_ticket_page_show (HkRepairTicketPage *self,
                            gint64              ticket_id)
{
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HK_IS_REPAIR_TICKET_PAGE (self), FALSE);

  ticket = hk_repair_store_lookup (hk_context_get_repair_store (self->context), ticket_id,
                                   &error);
  if (ticket == NULL)
    {
      hk_repair_show_toast (GTK_WIDGET (self), error->message, TRUE);
      return FALSE;
    }

  g_set_object (&self->ticket, ticket);
  show_ticket (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);

  return TRUE;
}

/**
 * hk_repair_ticket_page_get_ticket:
 *
 * Returns: (transfer none) (nullable): the ticket shown, as last read
 */
HkRepairTicket *
hk_repair_ticket_page_get_ticket (HkRepairTicketPage *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_TICKET_PAGE (self), NULL);

  return self->ticket;
}

/* How many entries the timeline shows. */
guint
hk_repair_ticket_page_get_n_events (HkRepairTicketPage *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_TICKET_PAGE (self), 0);

  return self->n_events;
}

/* How many fee lines that are not void the page shows. */
guint
hk_repair_ticket_page_get_n_fee_lines (HkRepairTicketPage *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_TICKET_PAGE (self), 0);

  return self->n_fee_lines;
}
