/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-dispatch-window.c: a new dispatch batch to the city company, then its list.
 *
 * The devices that may go (being diagnosed or repaired in the hall: the status machine's
 * dispatch moves) are listed with a check button each; the courier is required, the waybill
 * not. The batch's number and day are the core's (S<day>-<sequence>, today): the form shows
 * the number the batch will most likely get. Once sent, the window offers the dispatch list
 * as PDF, to print and give to the courier with the devices.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-repair-dialogs.h"
#include "hk-repair-dispatch-window.h"
#include "hk-repair-format.h"
#include "hk-section.h"

struct _HkRepairDispatchWindow
{
  AdwWindow             parent_instance;

  HkContext            *context;
  GArray               *ticked;       /* (element-type gint64) asked for at the start */
  GPtrArray            *candidates;   /* (element-type HkRepairTicket) */
  GPtrArray            *checks;       /* (element-type GtkCheckButton) one per candidate */
  HkRepairBatch        *batch;
  char                 *problem;

  /* Template widgets */
  AdwEntryRow          *courier_row;
  GtkLabel             *date_label;
  AdwStatusPage        *done_page;
  GtkButton            *list_button;
  GtkStack             *main_stack;
  GtkLabel             *number_label;
  GtkLabel             *problem_label;
  GtkButton            *send_button;
  AdwPreferencesGroup  *tickets_group;
  AdwToastOverlay      *toast_overlay;
  AdwEntryRow          *waybill_row;
  AdwWindowTitle       *window_title;
};

G_DEFINE_FINAL_TYPE (HkRepairDispatchWindow, hk_repair_dispatch_window, ADW_TYPE_WINDOW)

enum {
  SENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
count_ticked (HkRepairDispatchWindow *self)
{
  guint n = 0;

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      n++;

  return n;
}

static char *
find_problem (HkRepairDispatchWindow *self)
{
  g_autofree char *courier = g_strstrip (g_strdup (gtk_editable_get_text (
                                                     GTK_EDITABLE (self->courier_row))));
  guint n = count_ticked (self);

  if (self->candidates->len == 0)
    return g_strdup (_("No device is being diagnosed or repaired in the hall: nothing can be "
                       "sent."));
  if (n == 0)
    return g_strdup (_("Tick the devices that go to the city company."));
  if (n > HK_REPAIR_MAX_BATCH)
    return g_strdup_printf (_("A dispatch batch has at most %d devices."), HK_REPAIR_MAX_BATCH);
  if (*courier == '\0')
    return g_strdup (_("Name the courier who takes the batch."));

  return NULL;
}

static void
update_actions (HkRepairDispatchWindow *self)
{
  gboolean form = self->batch == NULL;

  if (self->context == NULL)
    return;

  g_free (self->problem);
  self->problem = form ? find_problem (self) : NULL;

  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->send_button), form);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dispatch.send", form && self->problem == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dispatch.save-list", !form);
}

static void
on_entry_activated_cb (HkRepairDispatchWindow *self,
                       GtkWidget              *row)
{
  if (self->problem == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "dispatch.send", NULL);
  else
    hk_repair_format_focus_next (row);
}

static gboolean
was_asked_for (HkRepairDispatchWindow *self,
               gint64                  ticket_id)
{
  for (guint i = 0; i < self->ticked->len; i++)
    if (g_array_index (self->ticked, gint64, i) == ticket_id)
      return TRUE;

  return FALSE;
}

/* The devices that may go, one row each; and the number the batch will most likely get. */
static void
build_tickets (HkRepairDispatchWindow *self)
{
  HkRepairStore *store = hk_context_get_repair_store (self->context);
  HkRepairFilter filter = { 0 };
  g_autofree char *today = hk_repair_format_today (self->context);
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(GPtrArray) tickets = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) compact = g_string_new (NULL);
  g_autofree char *number = NULL;

  filter.status_mask = (1u << HK_REPAIR_DIAGNOSING) | (1u << HK_REPAIR_REPAIRING);
  tickets = hk_repair_store_list (store, &filter, &error);
  if (tickets == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, hk_section_new_toast (error->message));
      return;
    }

  /* The oldest first: they have waited longest. */
  for (guint i = tickets->len; i > 0; i--)
    {
      HkRepairTicket *ticket = g_ptr_array_index (tickets, i - 1);
      g_autofree char *device = hk_repair_ticket_dup_device (ticket);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      /* Translators: a device to send: "R20261015-0003 · 华为 P40" */
      title = g_strdup_printf (_("%s · %s"), hk_repair_ticket_get_ticket_no (ticket), device);
      /* Translators: a device's fault and IMEI: "不开机 · IMEI 867012060000012" */
      subtitle = g_strdup_printf (_("%s · IMEI %s"), hk_repair_ticket_get_fault (ticket),
                                  hk_repair_ticket_get_imei (ticket));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_name (check, hk_repair_ticket_get_ticket_no (ticket));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   was_asked_for (self, hk_repair_ticket_get_id (ticket)));
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_actions), self,
                               G_CONNECT_SWAPPED);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->tickets_group, row);

      g_ptr_array_add (self->candidates, g_object_ref (ticket));
      g_ptr_array_add (self->checks, check);
    }

  if (self->candidates->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No device is being diagnosed or repaired in the hall."));
      adw_preferences_group_add (self->tickets_group, row);
    }

  for (const char *p = today; *p != '\0'; p++)
    if (*p != '-')
      g_string_append_c (compact, *p);
  batches = hk_repair_store_list_batches (store, today, today, NULL);
  number = g_strdup_printf ("S%s-%02u", compact->str, (batches != NULL ? batches->len : 0) + 1);
  gtk_label_set_label (self->number_label, number);
  gtk_label_set_label (self->date_label, today);
}

static void
send_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkRepairDispatchWindow *self = HK_REPAIR_DISPATCH_WINDOW (widget);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *courier = NULL;
  g_autofree char *waybill = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;

  if (self->problem != NULL || self->batch != NULL)
    return;

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        gint64 id = hk_repair_ticket_get_id (g_ptr_array_index (self->candidates, i));

        g_array_append_val (ids, id);
      }

  courier = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->courier_row))));
  waybill = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->waybill_row))));

  self->batch = hk_repair_store_dispatch (hk_context_get_repair_store (self->context),
                                          hk_context_get_operator (self->context),
                                          (const gint64 *)ids->data, ids->len, courier,
                                          *waybill != '\0' ? waybill : NULL, &error);
  if (self->batch == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, hk_section_new_toast (error->message));
      return;
    }

  adw_window_title_set_title (self->window_title, _("Batch Sent"));
  adw_window_title_set_subtitle (self->window_title, hk_repair_batch_get_batch_no (self->batch));
  adw_status_page_set_title (self->done_page, hk_repair_batch_get_batch_no (self->batch));
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u device goes to the city company with %s. "
                                              "Print the dispatch list and give it to the "
                                              "courier with the device.",
                                              "%u devices go to the city company with %s. "
                                              "Print the dispatch list and give it to the "
                                              "courier with the devices.",
                                              ids->len),
                                 ids->len, courier);
  adw_status_page_set_description (self->done_page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "done");
  update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_button));

  g_signal_emit (self, signals[SENT], 0, self->batch);
}

static void
save_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HkRepairDispatchWindow *self = HK_REPAIR_DISPATCH_WINDOW (widget);

  if (self->batch != NULL)
    hk_repair_dialogs_save_dispatch_list (GTK_WIDGET (self->done_page), self->context,
                                          hk_repair_batch_get_id (self->batch),
                                          hk_repair_batch_get_batch_no (self->batch));
}

static void
hk_repair_dispatch_window_dispose (GObject *object)
{
  HkRepairDispatchWindow *self = (HkRepairDispatchWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_REPAIR_DISPATCH_WINDOW);
  g_clear_object (&self->context);
  g_clear_object (&self->batch);
  g_clear_pointer (&self->ticked, g_array_unref);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hk_repair_dispatch_window_parent_class)->dispose (object);
}

static void
hk_repair_dispatch_window_class_init (HkRepairDispatchWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hk_repair_dispatch_window_dispose;

  /**
   * HkRepairDispatchWindow::sent:
   * @batch: the batch, now at the city company
   */
  signals[SENT] =
    g_signal_new ("sent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HK_TYPE_REPAIR_BATCH);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-repair-dispatch-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HkRepairDispatchWindow, courier_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairDispatchWindow, date_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairDispatchWindow, done_page);
  gtk_widget_class_bind_template_child (widget_class, HkRepairDispatchWindow, list_button);
  gtk_widget_class_bind_template_child (widget_class, HkRepairDispatchWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HkRepairDispatchWindow, number_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairDispatchWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkRepairDispatchWindow, send_button);
  gtk_widget_class_bind_template_child (widget_class, HkRepairDispatchWindow, tickets_group);
  gtk_widget_class_bind_template_child (widget_class, HkRepairDispatchWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HkRepairDispatchWindow, waybill_row);
  gtk_widget_class_bind_template_child (widget_class, HkRepairDispatchWindow, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "dispatch.send", NULL, send_action);
  gtk_widget_class_install_action (widget_class, "dispatch.save-list", NULL, save_list_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "dispatch.send", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "dispatch.save-list", NULL);
}

static void
hk_repair_dispatch_window_init (HkRepairDispatchWindow *self)
{
  self->ticked = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  self->checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_repair_dispatch_window_new:
 * @ticked: (array length=n_ticked) (nullable): the tickets ticked at the start
 */
HkRepairDispatchWindow *
hk_repair_dispatch_window_new (GtkWindow    *parent,
                               HkContext    *context,
                               const gint64 *ticked,
                               guint         n_ticked)
{
  HkRepairDispatchWindow *self;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  self = g_object_new (HK_TYPE_REPAIR_DISPATCH_WINDOW, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  if (ticked != NULL)
    g_array_append_vals (self->ticked, ticked, n_ticked);

  build_tickets (self);
  update_actions (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->courier_row));

  return self;
}

/* What keeps the batch from being sent, or NULL. */
const char *
hk_repair_dispatch_window_get_problem (HkRepairDispatchWindow *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_DISPATCH_WINDOW (self), NULL);

  return self->problem;
}

/**
 * hk_repair_dispatch_window_get_batch:
 *
 * Returns: (transfer none) (nullable): the batch, once it is sent
 */
HkRepairBatch *
hk_repair_dispatch_window_get_batch (HkRepairDispatchWindow *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_DISPATCH_WINDOW (self), NULL);

  return self->batch;
}

/* Ticks or unticks the device of @ticket_no, as its check button does; FALSE when the form
 * does not list it. */
gboolean
hk_repair_dispatch_window_tick (HkRepairDispatchWindow *self,
                                const char             *ticket_no,
                                gboolean                ticked)
{
  g_return_val_if_fail (HK_IS_REPAIR_DISPATCH_WINDOW (self), FALSE);

  for (guint i = 0; i < self->candidates->len; i++)
    if (g_strcmp0 (hk_repair_ticket_get_ticket_no (g_ptr_array_index (self->candidates, i)),
                   ticket_no) == 0)
      {
        gtk_check_button_set_active (g_ptr_array_index (self->checks, i), ticked);
        return TRUE;
      }

  return FALSE;
}

/* How many devices the form offers to send. */
guint
hk_repair_dispatch_window_get_n_candidates (HkRepairDispatchWindow *self)
{
  g_return_val_if_fail (HK_IS_REPAIR_DISPATCH_WINDOW (self), 0);

  return self->candidates->len;
}
