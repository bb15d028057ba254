/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-page.c: a complaint's page: its details, its history and what can be done
 * next.
 *
 * Shown in place of the register's list (Enter opens it, Escape or Alt+Left goes back): a
 * complaint is read as a whole, its details, what the customer said and its history one
 * under the other, and on a laptop's window a pane beside the list would leave neither
 * room. The phone and the callback number are shown whole here, as the officer calls the
 * customer back; the lists mask them.
 *
 * The buttons are the events the complaint store records: resolve, close, reopen, promise a
 * callback, record the callback, assign, add a note. Each asks what it needs in a dialog and
 * is enabled only when the complaint's state allows it (hk_complaint_allows_event()); past
 * its deadline without a callback promise, a line above the details says why only a promise
 * or an assignment is possible. Anything the store still refuses is shown as the section's
 * toast. The page follows the store's "changed" signal, and its deadline state the clock.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-input.h"
#include "core/hk-privacy.h"
#include "hk-complaint-format.h"
#include "hk-complaint-page.h"
#include "hk-section.h"

/* A callback promised by default this long from now, on the hour. */
#define DEFAULT_CALLBACK_DELAY (2 * 60 * 60)

struct _HkComplaintPage
{
  AdwBin                parent_instance;

  HkContext            *context;
  HkComplaint          *complaint;
  gint64                complaint_id;
  char                 *title;
  GHashTable           *value_labels;   /* name → GtkLabel of the details */

  /* Template widgets */
  GtkLabel             *description_label;
  AdwPreferencesGroup  *details_group;
  GtkBox               *hint_box;
  GtkLabel             *hint_label;
  GtkListBox           *history_list;
  GtkImage             *sla_icon;
  GtkLabel             *sla_label;
  GtkLabel             *title_label;
};

G_DEFINE_FINAL_TYPE (HkComplaintPage, hk_complaint_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The details, in the order shown: a name for tests and its row's title. */
static const struct
{
  const char *name;
  const char *context;
  const char *title;
} details[] = {
  { "received", "complaint", NC_("complaint", "Received") },
  { "channel", NULL, N_("Channel") },
  { "entered", NULL, N_("Entered") },
  { "customer", NULL, N_("Customer") },
  { "phone", NULL, N_("Customer’s phone") },
  { "service-number", NULL, N_("Number complained about") },
  { "category", NULL, N_("Category") },
  { "priority", NULL, N_("Priority") },
  { "owner", NULL, N_("First-contact owner") },
  { "handler", NULL, N_("Handler") },
  { "status", NULL, N_("Status") },
  { "deadline", NULL, N_("Deadline") },
  { "callback", NULL, N_("Callback") },
};

static HkComplaintStore *
get_store (HkComplaintPage *self)
{
  return hk_context_get_complaint_store (self->context);
}

static GTimeZone *
get_time_zone (HkComplaintPage *self)
{
  return hk_hall_store_get_time_zone (hk_context_get_hall_store (self->context));
}

static gint64
get_now (HkComplaintPage *self)
{
  return hk_complaint_store_get_now (get_store (self));
}

static GtkWindow *
get_parent_window (HkComplaintPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (HkComplaintPage *self,
            const GError    *error)
{
  GtkWidget *section = gtk_widget_get_ancestor (GTK_WIDGET (self), HK_TYPE_SECTION);

  if (section != NULL)
    hk_section_show_error (HK_SECTION (section), error);
}

static void
show_toast (HkComplaintPage *self,
            const char      *message)
{
  GtkWidget *section = gtk_widget_get_ancestor (GTK_WIDGET (self), HK_TYPE_SECTION);

  if (section != NULL)
    hk_section_show_toast (HK_SECTION (section), message);
}

static void
update_actions (HkComplaintPage *self)
{
  static const struct
  {
    const char           *action;
    HkComplaintEventKind  kind;
  } events[] = {
    { "complaint.assign", HK_COMPLAINT_EVENT_ASSIGNED },
    { "complaint.note", HK_COMPLAINT_EVENT_NOTE },
    { "complaint.promise-callback", HK_COMPLAINT_EVENT_CALLBACK_PROMISED },
    { "complaint.record-callback", HK_COMPLAINT_EVENT_CALLED_BACK },
    { "complaint.resolve", HK_COMPLAINT_EVENT_RESOLVED },
    { "complaint.close", HK_COMPLAINT_EVENT_CLOSED },
    { "complaint.reopen", HK_COMPLAINT_EVENT_REOPENED },
  };
  HkOperator *actor = hk_context_get_operator (self->context);
  gboolean may = actor != NULL && hk_operator_has_any_role (actor, HK_COMPLAINT_ROLES);
  gint64 now = get_now (self);

  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), events[i].action,
                                   may && self->complaint != NULL &&
                                   hk_complaint_allows_event (self->complaint, events[i].kind,
                                                              now));
}

static void
set_value (HkComplaintPage *self,
           const char      *name,
           const char      *value)
{
  GtkLabel *label = g_hash_table_lookup (self->value_labels, name);

  gtk_label_set_label (label, value != NULL && *value != '\0' ? value : "—");
}

static char *
describe_callback (HkComplaintPage *self,
                   gint64           now)
{
  HkComplaint *complaint = self->complaint;
  HkComplaintCallback callback = hk_complaint_get_callback (complaint, now);
  g_autofree char *due = NULL;
  g_autofree char *called = NULL;

  if (callback == HK_COMPLAINT_CALLBACK_NONE)
    return g_strdup (hk_complaint_callback_get_title (callback));

  due = hk_complaint_format_moment (hk_complaint_get_callback_due (complaint),
                                    get_time_zone (self));
  if (callback == HK_COMPLAINT_CALLBACK_DONE)
    {
      called = hk_complaint_format_moment (hk_complaint_get_called_back_at (complaint),
                                           get_time_zone (self));
      /* Translators: "Called back at 2026-10-06 11:40 (promised to 13812345678 by …)" */
      return g_strdup_printf (_("%s at %s (promised to %s by %s)"),
                              hk_complaint_callback_get_title (callback), called,
                              hk_complaint_get_callback_number (complaint), due);
    }

  /* Translators: "Promised, late: to 13812345678 by 2026-10-06 12:00" */
  return g_strdup_printf (_("%s: to %s by %s"), hk_complaint_callback_get_title (callback),
                          hk_complaint_get_callback_number (complaint), due);
}

static GtkWidget *
new_history_row (HkComplaintPage  *self,
                 HkComplaintEvent *event)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (
                      hk_complaint_event_kind_get_icon_name (hk_complaint_event_get_kind (event)));
  g_autofree char *sentence = hk_complaint_event_describe (event, get_time_zone (self), FALSE);
  g_autofree char *at = hk_complaint_format_moment (hk_complaint_event_get_at (event),
                                                    get_time_zone (self));
  g_autofree char *subtitle = NULL;

  /* Translators: under an event of a complaint's history: "2026-10-05 14:30 · Callback
   * promised" */
  subtitle = g_strdup_printf (_("%s · %s"), at,
                              hk_complaint_event_kind_get_title (
                                hk_complaint_event_get_kind (event)));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sentence);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hk_complaint_event_kind_get_title (
                                    hk_complaint_event_get_kind (event)),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

/* Shows the complaint as it is, at the clock's time. */
static void
update_page (HkComplaintPage *self)
{
  HkComplaint *complaint = self->complaint;
  GListModel *events;
  GtkWidget *child;
  g_autofree char *title = NULL;
  g_autofree char *received = NULL;
  g_autofree char *entered = NULL;
  g_autofree char *entered_at = NULL;
  g_autofree char *entry = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *deadline_at = NULL;
  g_autofree char *callback = NULL;
  gint64 now = get_now (self);

  if (complaint == NULL)
    return;

  /* Translators: a complaint's page: "Complaint 42 · 王先生" */
  title = g_strdup_printf (_("Complaint %lld · %s"), (long long)hk_complaint_get_id (complaint),
                           hk_complaint_get_customer_name (complaint));
  gtk_label_set_label (self->title_label, title);
  if (g_strcmp0 (title, self->title) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }

  hk_complaint_show_sla (self->sla_label, self->sla_icon, hk_complaint_get_sla (complaint, now));
  gtk_label_set_label (self->description_label, hk_complaint_get_description (complaint));

  received = hk_complaint_format_moment (hk_complaint_get_received_at (complaint),
                                         get_time_zone (self));
  entered_at = hk_complaint_format_moment (hk_complaint_get_entered_at (complaint),
                                           get_time_zone (self));
  entry = hk_complaint_format_entry (complaint);
  /* Translators: when and by whom a complaint was entered: "2026-10-05 14:40 by 孙浩 · Same
   * day" */
  entered = g_strdup_printf (_("%s by %s · %s"), entered_at,
                             hk_complaint_get_entered_by_name (complaint), entry);
  deadline_at = hk_complaint_format_moment (hk_complaint_get_deadline (complaint),
                                            get_time_zone (self));
  /* Translators: a complaint's deadline and its deadline state: "2026-10-06 14:30 · Overdue" */
  deadline = g_strdup_printf (_("%s · %s"), deadline_at,
                              hk_complaint_sla_get_title (hk_complaint_get_sla (complaint, now)));
  callback = describe_callback (self, now);

  set_value (self, "received", received);
  set_value (self, "channel",
             hk_complaint_channel_get_title (hk_complaint_get_channel (complaint)));
  set_value (self, "entered", entered);
  set_value (self, "customer", hk_complaint_get_customer_name (complaint));
  set_value (self, "phone", hk_complaint_get_customer_phone (complaint));
  set_value (self, "service-number", hk_complaint_get_service_number (complaint));
  set_value (self, "category", hk_complaint_get_category_title (complaint));
  set_value (self, "priority",
             hk_complaint_priority_get_title (hk_complaint_get_priority (complaint)));
  set_value (self, "owner", hk_complaint_get_owner_name (complaint));
  set_value (self, "handler", hk_complaint_get_handler_name (complaint));
  set_value (self, "status", hk_complaint_status_get_title (hk_complaint_get_status (complaint)));
  set_value (self, "deadline", deadline);
  set_value (self, "callback", callback);

  if (hk_complaint_is_entered_late (complaint))
    gtk_widget_add_css_class (g_hash_table_lookup (self->value_labels, "entered"), "warning");
  else
    gtk_widget_remove_css_class (g_hash_table_lookup (self->value_labels, "entered"), "warning");

  if (hk_complaint_needs_callback (complaint, now))
    {
      gtk_label_set_label (self->hint_label,
                           _("The complaint is past its deadline and no callback has been "
                             "promised: give the customer a callback number and time first "
                             "(Promise Callback), or hand it to a colleague who will (Assign). "
                             "Nothing else can be recorded until then."));
      gtk_widget_set_visible (GTK_WIDGET (self->hint_box), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->hint_box), FALSE);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);

  events = hk_complaint_get_events (complaint);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(HkComplaintEvent) event = g_list_model_get_item (events, i);

      gtk_list_box_append (self->history_list, new_history_row (self, event));
    }

  update_actions (self);
}

static void
load (HkComplaintPage *self)
{
  g_autoptr(GError) error = NULL;
  HkComplaint *complaint;

  if (self->complaint_id == 0)
    return;

  complaint = hk_complaint_store_lookup (get_store (self), self->complaint_id, &error);
  if (complaint == NULL)
    {
      show_error (self, error);
      return;
    }

  g_clear_object (&self->complaint);
  self->complaint = complaint;
  update_page (self);
}

static void
on_store_changed_cb (HkComplaintPage *self,
                     gint64           complaint_id)
{
  if (complaint_id == self->complaint_id && self->complaint_id != 0)
    load (self);
}

/* ---- the dialogs of the events ---- */

static GtkWidget *
find_dialog_row (AdwMessageDialog *dialog,
                 const char       *name)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      return row;

  g_return_val_if_reached (NULL);
}

static char *
dup_dialog_text (AdwMessageDialog *dialog,
                 const char       *name)
{
  GtkWidget *row = find_dialog_row (dialog, name);

  return g_strstrip (g_strdup (row != NULL ? gtk_editable_get_text (GTK_EDITABLE (row)) : ""));
}

static gboolean
dialog_moment (HkComplaintPage  *self,
               AdwMessageDialog *dialog,
               const char       *name,
               gint64           *moment)
{
  g_autofree char *text = dup_dialog_text (dialog, name);

  return hk_complaint_parse_moment (text, get_time_zone (self), moment);
}

static void
mark_error (GtkWidget *row,
            gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* Whether what the dialog holds may be recorded; marks what is wrong. */
static void
on_dialog_changed_cb (AdwMessageDialog *dialog)
{
  HkComplaintPage *self = g_object_get_data (G_OBJECT (dialog), "page");
  HkComplaintEventKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  gboolean valid = TRUE;
  gint64 moment = 0;

  switch (kind)
    {
    case HK_COMPLAINT_EVENT_ASSIGNED:
      valid = adw_combo_row_get_selected (ADW_COMBO_ROW (find_dialog_row (dialog, "handler"))) !=
              GTK_INVALID_LIST_POSITION;
      break;
    case HK_COMPLAINT_EVENT_NOTE:
    case HK_COMPLAINT_EVENT_RESOLVED:
    case HK_COMPLAINT_EVENT_REOPENED:
      {
        g_autofree char *text = dup_dialog_text (dialog, "text");

        valid = *text != '\0';
      }
      break;
    case HK_COMPLAINT_EVENT_CALLBACK_PROMISED:
      {
        g_autofree char *typed = dup_dialog_text (dialog, "number");
        g_autofree char *number = hk_input_fold_digits (typed);
        gboolean number_ok = hk_privacy_phone_is_valid (number);
        gboolean due_ok = dialog_moment (self, dialog, "due", &moment) && moment > get_now (self);

        mark_error (find_dialog_row (dialog, "number"), !number_ok && *number != '\0');
        mark_error (find_dialog_row (dialog, "due"), !due_ok);
        valid = number_ok && due_ok;
      }
      break;
    case HK_COMPLAINT_EVENT_CALLED_BACK:
      {
        g_autofree char *outcome = dup_dialog_text (dialog, "text");
        gboolean at_ok = dialog_moment (self, dialog, "called-at", &moment) &&
                         moment <= get_now (self);

        mark_error (find_dialog_row (dialog, "called-at"), !at_ok);
        valid = at_ok && *outcome != '\0';
      }
      break;
    case HK_COMPLAINT_EVENT_CLOSED:
    case HK_COMPLAINT_EVENT_RECEIVED:
    default:
      break;
    }

  adw_message_dialog_set_response_enabled (dialog, "record", valid);
}

static void
on_dialog_entry_activated_cb (AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "record"))
    {
      adw_message_dialog_response (dialog, "record");
      gtk_window_close (GTK_WINDOW (dialog));
    }
}

static GtkWidget *
add_entry (AdwMessageDialog *dialog,
           const char       *name,
           const char       *title,
           const char       *text)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_dialog_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_dialog_entry_activated_cb),
                           dialog, G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return row;
}

static void on_dialog_response_cb (AdwMessageDialog *dialog,
                                   const char       *response,
                                   HkComplaintPage  *self);

/* A dialog that records an event of @kind; @label names its button. */
static AdwMessageDialog *
new_dialog (HkComplaintPage      *self,
            HkComplaintEventKind  kind,
            const char           *heading,
            const char           *body,
            const char           *label)
{
  AdwMessageDialog *dialog;
  GtkWidget *list;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "record", label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "record");
  adw_message_dialog_set_close_response (dialog, "cancel");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_message_dialog_set_extra_child (dialog, list);

  g_object_set_data_full (G_OBJECT (dialog), "page", g_object_ref (self), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (dialog), "complaint", g_object_ref (self->complaint),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dialog_response_cb), self, 0);

  return dialog;
}

static void
present_dialog (AdwMessageDialog *dialog)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *first = gtk_widget_get_first_child (list);

  if (first == NULL)
    gtk_widget_set_visible (list, FALSE);

  on_dialog_changed_cb (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

static void
on_dialog_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       HkComplaintPage  *self)
{
  HkComplaintEventKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  HkComplaint *complaint = g_object_get_data (G_OBJECT (dialog), "complaint");
  HkComplaintStore *store = get_store (self);
  HkOperator *actor = hk_context_get_operator (self->context);
  g_autoptr(HkComplaint) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  long long id = (long long)hk_complaint_get_id (complaint);
  gint64 moment = 0;

  if (g_strcmp0 (response, "record") != 0)
    return;

  switch (kind)
    {
    case HK_COMPLAINT_EVENT_ASSIGNED:
      {
        AdwComboRow *row = ADW_COMBO_ROW (find_dialog_row (dialog, "handler"));
        GArray *ids = g_object_get_data (G_OBJECT (dialog), "handler-ids");
        guint selected = adw_combo_row_get_selected (row);

        text = dup_dialog_text (dialog, "text");
        if (selected < ids->len)
          after = hk_complaint_store_assign (store, actor, complaint,
                                             g_array_index (ids, gint64, selected), text, &error);
        if (after != NULL)
          /* Translators: "Complaint 42 assigned to 王芳" */
          message = g_strdup_printf (_("Complaint %lld assigned to %s"), id,
                                     hk_complaint_get_handler_name (after));
      }
      break;
    case HK_COMPLAINT_EVENT_NOTE:
      text = dup_dialog_text (dialog, "text");
      after = hk_complaint_store_add_note (store, actor, complaint, text, &error);
      message = g_strdup_printf (_("Note added to complaint %lld"), id);
      break;
    case HK_COMPLAINT_EVENT_CALLBACK_PROMISED:
      {
        g_autofree char *number = dup_dialog_text (dialog, "number");

        text = dup_dialog_text (dialog, "text");
        dialog_moment (self, dialog, "due", &moment);
        after = hk_complaint_store_promise_callback (store, actor, complaint, number, moment,
                                                     text, &error);
        message = g_strdup_printf (_("Callback promised on complaint %lld"), id);
      }
      break;
    case HK_COMPLAINT_EVENT_CALLED_BACK:
      {
        GtkWidget *reached = find_dialog_row (dialog, "reached");
        GtkCheckButton *check = g_object_get_data (G_OBJECT (reached), "check");

        text = dup_dialog_text (dialog, "text");
        dialog_moment (self, dialog, "called-at", &moment);
        after = hk_complaint_store_record_callback (store, actor, complaint, moment,
                                                    gtk_check_button_get_active (check), text,
                                                    &error);
        message = g_strdup_printf (_("Callback recorded on complaint %lld"), id);
      }
      break;
    case HK_COMPLAINT_EVENT_RESOLVED:
      text = dup_dialog_text (dialog, "text");
      after = hk_complaint_store_resolve (store, actor, complaint, text, &error);
      message = g_strdup_printf (_("Complaint %lld resolved"), id);
      break;
    case HK_COMPLAINT_EVENT_CLOSED:
      text = dup_dialog_text (dialog, "text");
      after = hk_complaint_store_close (store, actor, complaint, text, &error);
      message = g_strdup_printf (_("Complaint %lld closed"), id);
      break;
    case HK_COMPLAINT_EVENT_REOPENED:
      text = dup_dialog_text (dialog, "text");
      after = hk_complaint_store_reopen (store, actor, complaint, text, &error);
      message = g_strdup_printf (_("Complaint %lld reopened"), id);
      break;
    case HK_COMPLAINT_EVENT_RECEIVED:
    default:
      g_return_if_reached ();
    }

  if (after == NULL)
    {
      if (error != NULL)
        show_error (self, error);
      return;
    }

  show_toast (self, message);
}

static void
assign_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkComplaintPage *self = HK_COMPLAINT_PAGE (widget);
  GListModel *operators = hk_operator_store_get_model (
                            hk_context_get_operator_store (self->context));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  AdwMessageDialog *dialog;
  GtkWidget *row;

  if (self->complaint == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (operators); i++)
    {
      g_autoptr(HkOperator) operator = g_list_model_get_item (operators, i);
      gint64 id = hk_operator_get_id (operator);

      if (!hk_operator_get_active (operator) ||
          !hk_operator_has_any_role (operator, HK_COMPLAINT_ROLES) ||
          id == hk_complaint_get_handler_id (self->complaint))
        continue;

      gtk_string_list_append (names, hk_operator_get_display_name (operator));
      g_array_append_val (ids, id);
    }

  dialog = new_dialog (self, HK_COMPLAINT_EVENT_ASSIGNED, _("Assign the Complaint?"), NULL,
                       _("_Assign"));
  adw_message_dialog_format_body (dialog,
                                  _("Complaint %lld goes to another handler, who carries on "
                                    "with it. Its first-contact owner, %s, stays."),
                                  (long long)hk_complaint_get_id (self->complaint),
                                  hk_complaint_get_owner_name (self->complaint));
  g_object_set_data_full (G_OBJECT (dialog), "handler-ids", ids, (GDestroyNotify)g_array_unref);

  row = adw_combo_row_new ();
  gtk_widget_set_name (row, "handler");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("New handler"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_dialog_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (adw_message_dialog_get_extra_child (dialog)), row);
  add_entry (dialog, "text", _("Why (optional)"), NULL);

  present_dialog (dialog);
}

static void
note_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkComplaintPage *self = HK_COMPLAINT_PAGE (widget);
  AdwMessageDialog *dialog;

  if (self->complaint == NULL)
    return;

  dialog = new_dialog (self, HK_COMPLAINT_EVENT_NOTE, _("Add a Note?"),
                       _("The note joins the complaint’s history with your name and the time; "
                         "it cannot be changed afterwards."),
                       _("_Add Note"));
  add_entry (dialog, "text", _("Note"), NULL);
  present_dialog (dialog);
}

static void
promise_callback_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  HkComplaintPage *self = HK_COMPLAINT_PAGE (widget);
  AdwMessageDialog *dialog;
  g_autofree char *due = NULL;
  gint64 now = get_now (self);

  if (self->complaint == NULL)
    return;

  /* Two hours from now, on the hour. */
  due = hk_complaint_format_moment ((now + DEFAULT_CALLBACK_DELAY + 3599) / 3600 * 3600,
                                    get_time_zone (self));

  dialog = new_dialog (self, HK_COMPLAINT_EVENT_CALLBACK_PROMISED, _("Promise a Callback?"),
                       _("Tell the customer the number they will be called back on and by "
                         "when. A complaint that cannot be resolved by its deadline needs this "
                         "promise; the callback is recorded when it is made."),
                       _("_Promise Callback"));
  add_entry (dialog, "number", _("Callback number"),
             hk_complaint_get_customer_phone (self->complaint));
  add_entry (dialog, "due", _("Call back by (YYYY-MM-DD HH:MM)"), due);
  add_entry (dialog, "text", _("What the customer was told (optional)"), NULL);
  present_dialog (dialog);
}

static void
record_callback_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HkComplaintPage *self = HK_COMPLAINT_PAGE (widget);
  AdwMessageDialog *dialog;
  g_autofree char *now = NULL;
  GtkWidget *row;
  GtkWidget *check;

  if (self->complaint == NULL)
    return;

  now = hk_complaint_format_moment (get_now (self), get_time_zone (self));
  dialog = new_dialog (self, HK_COMPLAINT_EVENT_CALLED_BACK, _("Record the Callback?"), NULL,
                       _("_Record Callback"));
  adw_message_dialog_format_body (dialog,
                                  _("The callback promised to %s: when it was made, whether the "
                                    "customer was reached, and what was said."),
                                  hk_complaint_get_callback_number (self->complaint));
  add_entry (dialog, "called-at", _("Called at (YYYY-MM-DD HH:MM)"), now);

  row = adw_action_row_new ();
  check = gtk_check_button_new ();
  gtk_widget_set_name (row, "reached");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The customer was reached"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The customer was reached"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);
  gtk_list_box_append (GTK_LIST_BOX (adw_message_dialog_get_extra_child (dialog)), row);

  add_entry (dialog, "text", _("What was said, or what happened"), NULL);
  present_dialog (dialog);
}

static void
resolve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkComplaintPage *self = HK_COMPLAINT_PAGE (widget);
  AdwMessageDialog *dialog;
  g_autofree char *deadline = NULL;

  if (self->complaint == NULL)
    return;

  deadline = hk_complaint_format_moment (hk_complaint_get_deadline (self->complaint),
                                         get_time_zone (self));
  dialog = new_dialog (self, HK_COMPLAINT_EVENT_RESOLVED, _("Resolve the Complaint?"), NULL,
                       _("_Resolve"));
  if (get_now (self) > hk_complaint_get_deadline (self->complaint))
    adw_message_dialog_format_body (dialog,
                                    _("Say how it was resolved. Its deadline was %s: it counts "
                                      "as resolved late."), deadline);
  else
    adw_message_dialog_format_body (dialog,
                                    _("Say how it was resolved; its deadline is %s. Close it "
                                      "once the customer agrees."), deadline);
  add_entry (dialog, "text", _("How it was resolved"), NULL);
  present_dialog (dialog);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkComplaintPage *self = HK_COMPLAINT_PAGE (widget);
  AdwMessageDialog *dialog;

  if (self->complaint == NULL)
    return;

  dialog = new_dialog (self, HK_COMPLAINT_EVENT_CLOSED, _("Close the Complaint?"), NULL,
                       _("C_lose Complaint"));
  adw_message_dialog_format_body (dialog,
                                  _("Complaint %lld is finished and leaves the complaints not "
                                    "closed. It can be reopened if the customer comes back."),
                                  (long long)hk_complaint_get_id (self->complaint));
  add_entry (dialog, "text", _("Note (optional)"), NULL);
  present_dialog (dialog);
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkComplaintPage *self = HK_COMPLAINT_PAGE (widget);
  AdwMessageDialog *dialog;
  g_autofree char *deadline = NULL;

  if (self->complaint == NULL)
    return;

  deadline = hk_complaint_format_moment (hk_complaint_get_deadline (self->complaint),
                                         get_time_zone (self));
  dialog = new_dialog (self, HK_COMPLAINT_EVENT_REOPENED, _("Reopen the Complaint?"), NULL,
                       _("Re_open"));
  adw_message_dialog_format_body (dialog,
                                  _("Complaint %lld is open again. Its deadline stays %s: past "
                                    "it, the complaint is overdue again."),
                                  (long long)hk_complaint_get_id (self->complaint), deadline);
  adw_message_dialog_set_response_appearance (dialog, "record", ADW_RESPONSE_DESTRUCTIVE);
  add_entry (dialog, "text", _("Reason for reopening"), NULL);
  present_dialog (dialog);
}

static void
build_details (HkComplaintPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     details[i].context != NULL
                                     ? g_dpgettext2 (GETTEXT_PACKAGE, details[i].context,
                                                     details[i].title)
                                     : _(details[i].title));
      gtk_widget_set_name (label, details[i].name);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      /* A value keeps to one line while there is room, and wraps only past 48 characters. */
      gtk_label_set_width_chars (GTK_LABEL (label), 16);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_set_halign (label, GTK_ALIGN_END);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (self->details_group, row);
      g_hash_table_insert (self->value_labels, (gpointer)details[i].name, label);
    }
}

static void
hk_complaint_page_constructed (GObject *object)
{
  HkComplaintPage *self = (HkComplaintPage *)object;

  G_OBJECT_CLASS (hk_complaint_page_parent_class)->constructed (object);

  build_details (self);
  g_signal_connect_object (get_store (self), "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
}

static void
hk_complaint_page_dispose (GObject *object)
{
  HkComplaintPage *self = (HkComplaintPage *)object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_COMPLAINT_PAGE);
  g_clear_object (&self->complaint);
  g_clear_object (&self->context);
  g_clear_pointer (&self->value_labels, g_hash_table_unref);

  G_OBJECT_CLASS (hk_complaint_page_parent_class)->dispose (object);
}

static void
hk_complaint_page_finalize (GObject *object)
{
  HkComplaintPage *self = (HkComplaintPage *)object;

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (hk_complaint_page_parent_class)->finalize (object);
}

static void
hk_complaint_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HkComplaintPage *self = HK_COMPLAINT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_complaint_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HkComplaintPage *self = HK_COMPLAINT_PAGE (object);

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
hk_complaint_page_class_init (HkComplaintPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_complaint_page_constructed;
  object_class->dispose = hk_complaint_page_dispose;
  object_class->finalize = hk_complaint_page_finalize;
  object_class->get_property = hk_complaint_page_get_property;
  object_class->set_property = hk_complaint_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * HkComplaintPage:title:
   *
   * "Complaint 42 · 王先生", for the header bar's subtitle.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-complaint-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkComplaintPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintPage, details_group);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintPage, hint_box);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintPage, sla_icon);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintPage, sla_label);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintPage, title_label);

  gtk_widget_class_install_action (widget_class, "complaint.assign", NULL, assign_action);
  gtk_widget_class_install_action (widget_class, "complaint.note", NULL, note_action);
  gtk_widget_class_install_action (widget_class, "complaint.promise-callback", NULL,
                                   promise_callback_action);
  gtk_widget_class_install_action (widget_class, "complaint.record-callback", NULL,
                                   record_callback_action);
  gtk_widget_class_install_action (widget_class, "complaint.resolve", NULL, resolve_action);
  gtk_widget_class_install_action (widget_class, "complaint.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "complaint.reopen", NULL, reopen_action);
}

static void
hk_complaint_page_init (HkComplaintPage *self)
{
  self->value_labels = g_hash_table_new (g_str_hash, g_str_equal);

  gtk_widget_init_template (GTK_WIDGET (self));
}

HkComplaintPage *
hk_complaint_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_COMPLAINT_PAGE, "context", context, NULL);
}

/* Shows the complaint @complaint_id as it is now. */
void
hk_complaint_page_show (HkComplaintPage *self,
                        gint64           complaint_id)
{
  g_return_if_fail (HK_IS_COMPLAINT_PAGE (self));

  self->complaint_id = complaint_id;
  load (self);
}

/* Brings the deadline state and the buttons up to the clock. */
void
hk_complaint_page_refresh (HkComplaintPage *self)
{
  g_return_if_fail (HK_IS_COMPLAINT_PAGE (self));

  update_page (self);
}

/* Returns: (transfer none) (nullable): the complaint shown, as last read */
HkComplaint *
hk_complaint_page_get_complaint (HkComplaintPage *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_PAGE (self), NULL);

  return self->complaint;
}

const char *
hk_complaint_page_get_title (HkComplaintPage *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_PAGE (self), NULL);

  return self->title;
}
