/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-complaint-day-page.c: the Day Check page: the first-contact book of a day and its
 * signature by the duty manager.
 *
 * Every complaint received on the day shown (today unless another is chosen with the arrows,
 * Alt+Left and Alt+Right, or the calendar) with its first-contact owner, whether it was
 * entered the same day, its status and its deadline state. The duty manager reviews it and
 * signs it once (Sign the Day…, a decision in a dialog); only a duty manager may, and the
 * button says so to anyone else. A signed day says who signed it and when, what the
 * signature covered, and lists each complaint that was not closed at signing as it was then;
 * a complaint entered after the signature says so in the list.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "hk-complaint-day-page.h"
#include "hk-complaint-format.h"
#include "hk-complaint-item.h"
#include "hk-section.h"
#include "hk-settlement-item.h"

struct _HkComplaintDayPage
{
  AdwBin               parent_instance;

  HkContext           *context;
  GListStore          *items;
  HkComplaintDay      *book;
  char                *day;
  char                *subtitle;
  gboolean             dirty;
  gboolean             syncing_calendar;

  /* Template widgets */
  GtkColumnView       *column_view;
  GtkMenuButton       *day_button;
  GtkCalendar         *day_calendar;
  GtkPopover          *day_popover;
  GtkStack            *list_stack;
  GtkBox              *open_box;
  GtkListBox          *open_list;
  GtkLabel            *open_title;
  GtkColumnViewColumn *received_column;
  GtkSingleSelection  *selection;
  GtkButton           *sign_button;
  GtkBox              *signed_box;
  GtkImage            *signed_icon;
  GtkLabel            *signed_label;
  GtkSortListModel    *sort_model;
  GtkLabel            *summary_label;
};

G_DEFINE_FINAL_TYPE (HkComplaintDayPage, hk_complaint_day_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static HkComplaintStore *
get_store (HkComplaintDayPage *self)
{
  return hk_context_get_complaint_store (self->context);
}

static GTimeZone *
get_time_zone (HkComplaintDayPage *self)
{
  return hk_hall_store_get_time_zone (hk_context_get_hall_store (self->context));
}

static char *
dup_today (HkComplaintDayPage *self)
{
  return hk_hall_store_format_day (hk_context_get_hall_store (self->context),
                                   hk_complaint_store_get_now (get_store (self)));
}

static gboolean
actor_is_duty_manager (HkComplaintDayPage *self)
{
  HkOperator *actor = hk_context_get_operator (self->context);

  return actor != NULL && hk_operator_has_any_role (actor, HK_ROLE_DUTY_MANAGER);
}

static GtkWindow *
get_parent_window (HkComplaintDayPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static HkSection *
get_section (HkComplaintDayPage *self)
{
  GtkWidget *section = gtk_widget_get_ancestor (GTK_WIDGET (self), HK_TYPE_SECTION);

  return section != NULL ? HK_SECTION (section) : NULL;
}

static void
update_actions (HkComplaintDayPage *self)
{
  g_autofree char *today = NULL;
  gboolean duty_manager;
  gboolean is_signed;

  if (self->day == NULL || self->sign_button == NULL)
    return;

  today = dup_today (self);
  duty_manager = actor_is_duty_manager (self);
  is_signed = self->book != NULL && hk_complaint_day_is_signed (self->book);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "day-check.next-day",
                                 g_strcmp0 (self->day, today) < 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "day-check.today",
                                 g_strcmp0 (self->day, today) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "day-check.sign",
                                 duty_manager && self->book != NULL && !is_signed);

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sign_button),
                               !duty_manager ? _("Only a duty manager signs the first-contact "
                                                 "book")
                               : is_signed ? _("The day is signed; a day is signed once")
                               : _("Sign the day’s first-contact book after reviewing it"));
}

static void
on_selection_changed_cb (HkComplaintDayPage *self)
{
  update_actions (self);
}

static char *
lookup_operator_name (HkComplaintDayPage *self,
                      gint64              operator_id)
{
  g_autoptr(HkOperator) operator = NULL;

  operator = hk_operator_store_lookup_by_id (hk_context_get_operator_store (self->context),
                                             operator_id, NULL);

  return operator != NULL ? g_strdup (hk_operator_get_display_name (operator))
                          : g_strdup_printf ("#%lld", (long long)operator_id);
}

static HkComplaint *
find_complaint (GListModel *complaints,
                gint64      complaint_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (complaints); i++)
    {
      g_autoptr(HkComplaint) complaint = g_list_model_get_item (complaints, i);

      if (hk_complaint_get_id (complaint) == complaint_id)
        return complaint;
    }

  return NULL;
}

static GtkWidget *
new_open_row (HkComplaintDayPage *self,
              gint64              complaint_id)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new ();
  HkComplaint *complaint = find_complaint (hk_complaint_day_get_complaints (self->book),
                                           complaint_id);
  HkComplaintStatus status = HK_COMPLAINT_OPEN;
  HkComplaintSla sla = HK_COMPLAINT_SLA_ON_TIME;
  gint64 handler_id = 0;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *handler = NULL;

  hk_complaint_day_lookup_open_at_signing (self->book, complaint_id, &status, &sla, &handler_id);
  handler = lookup_operator_name (self, handler_id);

  if (complaint != NULL)
    /* Translators: a complaint not closed at signing: "Complaint 42 · 王先生" */
    title = g_strdup_printf (_("Complaint %lld · %s"), (long long)complaint_id,
                             hk_complaint_get_customer_name (complaint));
  else
    title = g_strdup_printf (_("Complaint %lld"), (long long)complaint_id);

  /* Translators: a complaint as it was at signing: "Open · Overdue · handler 孙浩" */
  subtitle = g_strdup_printf (_("%s · %s · handler %s"), hk_complaint_status_get_title (status),
                              hk_complaint_sla_get_title (sla), handler);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (row, "open-at-signing");
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), hk_complaint_sla_get_icon_name (sla));
  gtk_widget_add_css_class (icon, hk_complaint_sla_get_style_class (sla));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hk_complaint_sla_get_title (sla), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
update_signature (HkComplaintDayPage *self)
{
  GtkWidget *child;
  guint n_open;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->open_list))) != NULL)
    gtk_list_box_remove (self->open_list, child);

  if (self->book == NULL || !hk_complaint_day_is_signed (self->book))
    {
      gboolean empty = self->book == NULL ||
                       g_list_model_get_n_items (hk_complaint_day_get_complaints (self->book)) == 0;

      gtk_image_set_from_icon_name (self->signed_icon, "document-edit-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->signed_icon), "success");
      gtk_label_set_label (self->signed_label,
                           empty ? _("Not signed yet. A day without complaints is signed too, "
                                     "to say it was checked.")
                                 : _("Not signed yet: review the day’s complaints, then sign."));
      gtk_widget_set_visible (GTK_WIDGET (self->open_box), FALSE);
      return;
    }

  {
    g_autofree char *at = hk_complaint_format_moment (hk_complaint_day_get_signed_at (self->book),
                                                      get_time_zone (self));
    g_autoptr(GString) text = g_string_new (NULL);
    guint received = hk_complaint_day_get_n_received_at_signing (self->book);
    guint closed = hk_complaint_day_get_n_closed_at_signing (self->book);

    n_open = hk_complaint_day_get_n_open_at_signing (self->book);

    /* Translators: "Signed by 郑伟 at 2026-10-05 18:05." */
    g_string_append_printf (text, _("Signed by %s at %s."),
                            hk_complaint_day_get_signed_by_name (self->book), at);
    g_string_append_c (text, ' ');
    /* Translators: what a signature covered; the counts follow in the next sentences */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "At signing: %u complaint received,",
                                               "At signing: %u complaints received,", received),
                            received);
    g_string_append_c (text, ' ');
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u closed,", "%u closed,",
                                               closed), closed);
    g_string_append_c (text, ' ');
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u not closed.",
                                               "%u not closed.", n_open), n_open);
    if (hk_complaint_day_get_note (self->book) != NULL)
      {
        g_string_append_c (text, ' ');
        /* Translators: the duty manager's note on a signed day */
        g_string_append_printf (text, _("Note: %s"), hk_complaint_day_get_note (self->book));
      }

    gtk_image_set_from_icon_name (self->signed_icon, "emblem-ok-symbolic");
    gtk_widget_add_css_class (GTK_WIDGET (self->signed_icon), "success");
    gtk_label_set_label (self->signed_label, text->str);
  }

  for (guint i = 0; i < n_open; i++)
    gtk_list_box_append (self->open_list,
                         new_open_row (self, hk_complaint_day_get_open_complaint_id (self->book,
                                                                                     i)));

  {
    g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%u Complaint Not Closed at Signing",
                                                           "%u Complaints Not Closed at Signing",
                                                           n_open), n_open);

    gtk_label_set_label (self->open_title, title);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->open_box), n_open > 0);
}

static void
update_summary (HkComplaintDayPage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint late = self->book != NULL ? hk_complaint_day_get_n_entered_late (self->book) : 0;
  guint not_closed = self->book != NULL ? hk_complaint_day_get_n_not_closed (self->book) : 0;

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u received", "%u received", n),
                          n);
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u not closed", "%u not closed",
                                             not_closed), not_closed);
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u entered late",
                                             "%u entered late", late), late);

  gtk_label_set_label (self->summary_label, text->str);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

static void
reload (HkComplaintDayPage *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  HkComplaintDay *book;
  GListModel *complaints;
  gint64 now;

  self->dirty = FALSE;

  book = hk_complaint_store_get_day (get_store (self), self->day, &error);
  if (book == NULL)
    {
      if (get_section (self) != NULL)
        hk_section_show_error (get_section (self), error);
      return;
    }

  g_clear_object (&self->book);
  self->book = book;

  now = hk_complaint_store_get_now (get_store (self));
  complaints = hk_complaint_day_get_complaints (book);
  for (guint i = 0; i < g_list_model_get_n_items (complaints); i++)
    {
      g_autoptr(HkComplaint) complaint = g_list_model_get_item (complaints, i);
      HkComplaintItem *item = hk_complaint_item_new (complaint, now, get_time_zone (self));

      if (hk_complaint_day_entered_after_signing (book, complaint))
        {
          g_autofree char *entry = hk_complaint_format_entry (complaint);
          /* Translators: in the first-contact book: "After signing · Entered late by 1 d 2 h" */
          g_autofree char *label = g_strdup_printf (_("After signing · %s"), entry);

          hk_complaint_item_set_entry_label (item, label);
        }
      g_ptr_array_add (items, item);
    }

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  update_summary (self);
  update_signature (self);
  update_actions (self);
}

static void
queue_reload (HkComplaintDayPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
  else
    self->dirty = TRUE;
}

/* Shows @day's book (never a day after today); takes @day. */
static void
show_day (HkComplaintDayPage *self,
          char               *day)
{
  g_autofree char *today = dup_today (self);
  g_autofree char *label = NULL;

  if (day == NULL)
    return;

  if (g_strcmp0 (day, today) > 0)
    {
      g_free (day);
      day = g_steal_pointer (&today);
    }

  g_free (self->day);
  self->day = day;

  label = hk_settlement_format_day (self->day);
  gtk_menu_button_set_label (self->day_button, label);

  g_free (self->subtitle);
  /* Translators: the header's subtitle on the Day Check page: "First-contact book of
   * 2026-10-05 Mon" */
  self->subtitle = g_strdup_printf (_("First-contact book of %s"), label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);

  reload (self);
}

static void
previous_day_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HkComplaintDayPage *self = HK_COMPLAINT_DAY_PAGE (widget);

  show_day (self, hk_settlement_shift_day (self->day, -1));
}

static void
next_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkComplaintDayPage *self = HK_COMPLAINT_DAY_PAGE (widget);

  show_day (self, hk_settlement_shift_day (self->day, 1));
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkComplaintDayPage *self = HK_COMPLAINT_DAY_PAGE (widget);

  show_day (self, dup_today (self));
}

static void
on_day_popover_show_cb (HkComplaintDayPage *self)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, mday;

  if (sscanf (self->day, "%4d-%2d-%2d", &year, &month, &mday) != 3)
    return;

  date = g_date_time_new_local (year, month, mday, 12, 0, 0);
  self->syncing_calendar = TRUE;
  gtk_calendar_select_day (self->day_calendar, date);
  self->syncing_calendar = FALSE;
}

static void
on_day_calendar_day_selected_cb (HkComplaintDayPage *self)
{
  g_autoptr(GDateTime) date = NULL;

  if (self->syncing_calendar)
    return;

  date = gtk_calendar_get_date (self->day_calendar);
  gtk_popover_popdown (self->day_popover);
  show_day (self, g_date_time_format (date, "%Y-%m-%d"));
}

static void
on_sign_response_cb (AdwMessageDialog   *dialog,
                     const char         *response,
                     HkComplaintDayPage *self)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);
  GtkEditable *note = GTK_EDITABLE (gtk_widget_get_first_child (list));
  const char *day = g_object_get_data (G_OBJECT (dialog), "day");
  g_autoptr(HkComplaintDay) signed_day = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "sign") != 0)
    return;

  signed_day = hk_complaint_store_sign_day (get_store (self),
                                            hk_context_get_operator (self->context), day,
                                            gtk_editable_get_text (note), &error);
  if (signed_day == NULL)
    {
      if (get_section (self) != NULL)
        hk_section_show_error (get_section (self), error);
      return;
    }

  /* Translators: "The first-contact book of 2026-10-05 is signed" */
  message = g_strdup_printf (_("The first-contact book of %s is signed"), day);
  if (get_section (self) != NULL)
    hk_section_show_toast (get_section (self), message);
  reload (self);
}

static void
sign_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkComplaintDayPage *self = HK_COMPLAINT_DAY_PAGE (widget);
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *note;
  g_autofree char *label = NULL;
  guint n;
  guint not_closed;

  if (self->book == NULL)
    return;

  n = g_list_model_get_n_items (hk_complaint_day_get_complaints (self->book));
  not_closed = hk_complaint_day_get_n_not_closed (self->book);
  label = hk_settlement_format_day (self->day);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_parent_window (self),
                                                       _("Sign the First-Contact Book?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("You sign the book of %s as it is now: %u received, %u not "
                                    "closed. Each complaint not closed is kept with its state "
                                    "at this moment. A day is signed once, and the signature "
                                    "cannot be undone."),
                                  label, n, not_closed);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "sign", _("_Sign"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "sign", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "sign");
  adw_message_dialog_set_close_response (dialog, "cancel");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  note = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _("Note (optional)"));
  gtk_list_box_append (GTK_LIST_BOX (list), note);
  adw_message_dialog_set_extra_child (dialog, list);

  g_object_set_data_full (G_OBJECT (dialog), "day", g_strdup (self->day), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_sign_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (note);
}

static void
hk_complaint_day_page_map (GtkWidget *widget)
{
  HkComplaintDayPage *self = HK_COMPLAINT_DAY_PAGE (widget);

  GTK_WIDGET_CLASS (hk_complaint_day_page_parent_class)->map (widget);

  if (self->dirty)
    reload (self);
}

static void
hk_complaint_day_page_constructed (GObject *object)
{
  HkComplaintDayPage *self = (HkComplaintDayPage *)object;

  G_OBJECT_CLASS (hk_complaint_day_page_parent_class)->constructed (object);

  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->items));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->received_column, GTK_SORT_ASCENDING);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  g_signal_connect_object (get_store (self), "changed", G_CALLBACK (queue_reload), self,
                           G_CONNECT_SWAPPED);

  show_day (self, dup_today (self));
}

static void
hk_complaint_day_page_dispose (GObject *object)
{
  HkComplaintDayPage *self = (HkComplaintDayPage *)object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_COMPLAINT_DAY_PAGE);
  g_clear_object (&self->items);
  g_clear_object (&self->book);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hk_complaint_day_page_parent_class)->dispose (object);
}

static void
hk_complaint_day_page_finalize (GObject *object)
{
  HkComplaintDayPage *self = (HkComplaintDayPage *)object;

  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->subtitle, g_free);

  G_OBJECT_CLASS (hk_complaint_day_page_parent_class)->finalize (object);
}

static void
hk_complaint_day_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HkComplaintDayPage *self = HK_COMPLAINT_DAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_complaint_day_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HkComplaintDayPage *self = HK_COMPLAINT_DAY_PAGE (object);

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
hk_complaint_day_page_class_init (HkComplaintDayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_complaint_day_page_constructed;
  object_class->dispose = hk_complaint_day_page_dispose;
  object_class->finalize = hk_complaint_day_page_finalize;
  object_class->get_property = hk_complaint_day_page_get_property;
  object_class->set_property = hk_complaint_day_page_set_property;

  widget_class->map = hk_complaint_day_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-complaint-day-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, day_button);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, day_calendar);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, day_popover);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, open_box);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, open_list);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, open_title);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, received_column);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, selection);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, sign_button);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, signed_box);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, signed_icon);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, signed_label);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkComplaintDayPage, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, on_day_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "day-check.previous-day", NULL,
                                   previous_day_action);
  gtk_widget_class_install_action (widget_class, "day-check.next-day", NULL, next_day_action);
  gtk_widget_class_install_action (widget_class, "day-check.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "day-check.sign", NULL, sign_action);

  g_type_ensure (HK_TYPE_COMPLAINT_ITEM);
}

static void
hk_complaint_day_page_init (HkComplaintDayPage *self)
{
  self->items = g_list_store_new (HK_TYPE_COMPLAINT_ITEM);

  gtk_widget_init_template (GTK_WIDGET (self));
}

HkComplaintDayPage *
hk_complaint_day_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_COMPLAINT_DAY_PAGE, "context", context, NULL);
}

const char *
hk_complaint_day_page_get_day (HkComplaintDayPage *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY_PAGE (self), NULL);

  return self->day;
}

/* Shows the book of @day, "YYYY-MM-DD" (today at the latest). */
void
hk_complaint_day_page_set_day (HkComplaintDayPage *self,
                               const char         *day)
{
  g_return_if_fail (HK_IS_COMPLAINT_DAY_PAGE (self));
  g_return_if_fail (day != NULL);

  show_day (self, g_strdup (day));
}

const char *
hk_complaint_day_page_get_subtitle (HkComplaintDayPage *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY_PAGE (self), NULL);

  return self->subtitle;
}

/* Returns: (transfer none): the day's complaints as shown (#HkComplaintItem) */
GListModel *
hk_complaint_day_page_get_visible_model (HkComplaintDayPage *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* Returns: (transfer none) (nullable): the book of the day shown, as last read */
HkComplaintDay *
hk_complaint_day_page_get_book (HkComplaintDayPage *self)
{
  g_return_val_if_fail (HK_IS_COMPLAINT_DAY_PAGE (self), NULL);

  return self->book;
}
