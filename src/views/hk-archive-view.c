/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-archive-view.c: the Archive section: the customer files and each file's page.
 *
 * The archivist's daily list: every customer file (客户档案), found by its number, a
 * service number or the last four characters of the identity number (the core's search),
 * with identity data masked. Opening a file (Enter) is a view of its details, which the
 * core writes to the access log; the rows of the list are not. The file's page shows its
 * data, its consultations, its re-checks and its history from the access log; it replaces
 * the list in a GtkStack rather than standing beside it, so that the history's long lines
 * have the window's width, and Escape or Alt+Left goes back.
 *
 * "Show Identity Data" asks the core for the identity number, phone and service numbers
 * in clear; it gives them only to the person designated to consult the file while it is
 * out to them, and refuses (and logs the refusal) otherwise; a refusal is shown as it
 * comes. The data shown is masked again when the page closes: going back, leaving the
 * section, or the file changing.
 *
 * The archive's lists take no operator, so the section checks the roles before it lists:
 * registering and editing are the archivist's (HK_ARCHIVE_KEEPER_ROLES); the list and the
 * pages are for HK_ARCHIVE_READER_ROLES.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-archive-format.h"
#include "hk-archive-view.h"
#include "hk-customer-file-editor.h"
#include "hk-recheck-editor.h"

struct _HkArchiveView
{
  HkSection           parent_instance;

  GListStore         *files;
  HkCustomerFile     *file;        /* the file whose page is open */
  HkCustomerIdentity *identity;    /* its identity data in clear, while shown */

  GtkLabel           *file_no_value;
  GtkLabel           *customer_value;
  GtkLabel           *id_number_value;
  GtkLabel           *phone_value;
  GtkLabel           *numbers_value;
  GtkLabel           *kind_value;
  GtkLabel           *location_value;
  GtkLabel           *received_value;
  GtkLabel           *retain_value;
  GtkImage           *status_image;
  GtkLabel           *status_value;

  /* Template widgets */
  GtkColumnView      *column_view;
  GtkListBox         *consultations_list;
  GtkListBox         *details_list;
  AdwStatusPage      *empty_page;
  GtkColumnViewColumn *file_no_column;
  GtkLabel           *file_title;
  GtkFilterListModel *filter_model;
  GtkListBox         *history_list;
  GtkBox             *identity_banner;
  GtkLabel           *identity_label;
  GtkStack           *list_stack;
  GtkStack           *main_stack;
  GtkScrolledWindow  *page_scroller;
  GtkListBox         *rechecks_list;
  GtkSearchEntry     *search_entry;
  GtkSingleSelection *selection;
  GtkSortListModel   *sort_model;
  GtkDropDown        *status_dropdown;
  GtkStringList      *status_names;
  GtkLabel           *summary_label;
};

G_DEFINE_FINAL_TYPE (HkArchiveView, hk_archive_view, HK_TYPE_SECTION)

static HkContext *
get_context (HkArchiveView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static HkCustomerFileStore *
get_store (HkArchiveView *self)
{
  return hk_context_get_customer_file_store (get_context (self));
}

static HkOperator *
get_actor (HkArchiveView *self)
{
  return hk_context_get_operator (get_context (self));
}

static gboolean
may_keep (HkArchiveView *self)
{
  return hk_archive_may (get_context (self), HK_ARCHIVE_KEEPER_ROLES);
}

static gboolean
may_read (HkArchiveView *self)
{
  return hk_archive_may (get_context (self), HK_ARCHIVE_READER_ROLES);
}

static gboolean
page_is_open (HkArchiveView *self)
{
  return self->file != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "file") == 0;
}

static HkCustomerFile *
get_selected (HkArchiveView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* The file the commands are about: the open page's, or the selected one in the list. */
static HkCustomerFile *
get_current (HkArchiveView *self)
{
  return page_is_open (self) ? self->file : get_selected (self);
}

static gboolean
file_is_kept (HkCustomerFile *file)
{
  HkFileStatus status = hk_customer_file_get_status (file);

  return status == HK_FILE_IN_ARCHIVE || status == HK_FILE_OUT;
}

static void
update_actions (HkArchiveView *self)
{
  HkCustomerFile *current = get_current (self);
  gboolean on_page = page_is_open (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.new", may_keep (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.open",
                                 !on_page && get_selected (self) != NULL && may_read (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.edit",
                                 current != NULL && may_keep (self) && file_is_kept (current));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.recheck",
                                 current != NULL && may_keep (self) && file_is_kept (current));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.back", on_page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.reveal",
                                 on_page && self->identity == NULL &&
                                 hk_customer_file_get_status (self->file) == HK_FILE_OUT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.hide-identity",
                                 self->identity != NULL);
  hk_section_set_main_action_enabled (HK_SECTION (self), may_keep (self));
}

/* The list. */

static gboolean
filter_file (gpointer item,
             gpointer user_data)
{
  HkArchiveView *self = user_data;
  guint status = gtk_drop_down_get_selected (self->status_dropdown);

  /* Position 0 is "All statuses"; then the statuses in their order. */
  return status == GTK_INVALID_LIST_POSITION || status == 0 ||
         (guint)hk_customer_file_get_status (HK_CUSTOMER_FILE (item)) == status - 1;
}

static void
update_list_state (HkArchiveView *self)
{
  guint n_found = g_list_model_get_n_items (G_LIST_MODEL (self->files));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *summary = NULL;

  if (!may_read (self))
    {
      adw_status_page_set_title (self->empty_page, _("Not for Your Roles"));
      adw_status_page_set_description (self->empty_page,
                                       _("The customer files are kept by the archivist; the hall "
                                         "supervisor and the duty manager may read them."));
    }
  else if (n_found == 0 && *text == '\0')
    {
      adw_status_page_set_title (self->empty_page, _("No Customer Files"));
      adw_status_page_set_description (self->empty_page,
                                       _("Customer files appear here once the archivist "
                                         "registers them with New File (Ctrl+N)."));
    }
  else if (n_found == 0)
    {
      g_autofree char *description = NULL;

      description = g_strdup_printf (_("No file number, service number or last four "
                                       "characters of an identity number match “%s”."), text);
      adw_status_page_set_title (self->empty_page, _("No File Found"));
      adw_status_page_set_description (self->empty_page, description);
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No File With This Status"));
      adw_status_page_set_description (self->empty_page,
                                       _("Choose “All statuses” to see every file found."));
    }

  if (n_shown == n_found)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file", "%u files", n_found),
                               n_found);
  else
    /* Translators: e.g. "12 of 180 files" */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u file", "%u of %u files",
                                            n_found),
                               n_shown, n_found);
  gtk_label_set_label (self->summary_label, may_read (self) ? summary : "");

  gtk_stack_set_visible_child_name (self->list_stack, n_shown > 0 ? "files" : "empty");
}

static void
on_filter_changed_cb (HkArchiveView *self)
{
  if (gtk_filter_list_model_get_filter (self->filter_model) == NULL)
    return;

  gtk_filter_changed (gtk_filter_list_model_get_filter (self->filter_model),
                      GTK_FILTER_CHANGE_DIFFERENT);
  update_list_state (self);
  update_actions (self);
}

/* Searches again with the search entry's text; the selected file stays selected. */
static void
reload_files (HkArchiveView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  HkCustomerFile *selected = get_selected (self);
  g_autofree char *selected_no = selected != NULL
                                 ? g_strdup (hk_customer_file_get_file_no (selected)) : NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;

  if (may_read (self) &&
      !(files = hk_customer_file_store_search (get_store (self), text, &error)))
    hk_section_show_error (HK_SECTION (self), error);

  g_list_store_splice (self->files, 0, g_list_model_get_n_items (G_LIST_MODEL (self->files)),
                       files != NULL ? files->pdata : NULL, files != NULL ? files->len : 0);
  on_filter_changed_cb (self);

  if (selected_no != NULL)
    hk_archive_view_select (self, selected_no);
}

static void
on_search_changed_cb (HkArchiveView *self)
{
  reload_files (self);
}

/* Cells. */

static HkCustomerFile *
get_item_file (GtkListItem *list_item)
{
  return HK_CUSTOMER_FILE (gtk_list_item_get_item (list_item));
}

static void
setup_text_cb (HkArchiveView *self,
               GtkListItem   *list_item)
{
  hk_archive_cell_setup_text (list_item);
}

static void
setup_long_text_cb (HkArchiveView *self,
                    GtkListItem   *list_item)
{
  hk_archive_cell_setup_long_text (list_item);
}

static void
setup_numeric_cb (HkArchiveView *self,
                  GtkListItem   *list_item)
{
  hk_archive_cell_setup_numeric (list_item);
}

/* The status column has a width of its own: "Transferred to the city company" is long. */
static void
setup_status_cb (HkArchiveView *self,
                 GtkListItem   *list_item)
{
  hk_archive_cell_setup_long_state (list_item);
}

static void
bind_file_no_cb (HkArchiveView *self,
                 GtkListItem   *list_item)
{
  hk_archive_cell_set_text (list_item, hk_customer_file_get_file_no (get_item_file (list_item)));
}

static void
bind_customer_cb (HkArchiveView *self,
                  GtkListItem   *list_item)
{
  hk_archive_cell_set_text (list_item,
                            hk_customer_file_get_customer_name (get_item_file (list_item)));
}

static void
bind_id_number_cb (HkArchiveView *self,
                   GtkListItem   *list_item)
{
  hk_archive_cell_set_text (list_item,
                            hk_customer_file_get_masked_id_number (get_item_file (list_item)));
}

static void
bind_kind_cb (HkArchiveView *self,
              GtkListItem   *list_item)
{
  hk_archive_cell_set_text (list_item,
                            hk_file_kind_get_title (hk_customer_file_get_kind (
                                                      get_item_file (list_item))));
}

static void
bind_location_cb (HkArchiveView *self,
                  GtkListItem   *list_item)
{
  hk_archive_cell_set_text (list_item, hk_customer_file_get_location (get_item_file (list_item)));
}

static void
bind_received_cb (HkArchiveView *self,
                  GtkListItem   *list_item)
{
  hk_archive_cell_set_text (list_item,
                            hk_customer_file_get_received_on (get_item_file (list_item)));
}

static void
bind_status_cb (HkArchiveView *self,
                GtkListItem   *list_item)
{
  HkFileStatus status = hk_customer_file_get_status (get_item_file (list_item));

  hk_archive_cell_set_state (list_item, hk_archive_file_status_icon (status),
                             hk_file_status_get_title (status));
}

/* The file's page. */

static void
clear_list_box (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A row of the page's lists: a title, a subtitle, and on the right an optional state shown
 * with its icon and its word. */
static void
append_row (GtkListBox *list,
            const char *title,
            const char *subtitle,
            const char *state_icon,
            const char *state)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle != NULL ? subtitle : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  if (state != NULL)
    {
      GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                       "icon-name", state_icon,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                       NULL);
      GtkWidget *label = gtk_label_new (state);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), image);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  gtk_list_box_append (list, row);
}

static void
append_placeholder (GtkListBox *list,
                    const char *text)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (list, row);
}

static GtkLabel *
add_detail (HkArchiveView *self,
            const char    *title,
            const char    *name,
            GtkImage     **image)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *value = label;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  /* The value takes the row's free width, so that a short one never wraps, and a state keeps
   * its icon beside its words. */
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), image == NULL);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_name (label, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  if (image != NULL)
    {
      value = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      *image = GTK_IMAGE (g_object_new (GTK_TYPE_IMAGE,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                        NULL));
      gtk_widget_set_halign (value, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (value), GTK_WIDGET (*image));
      gtk_box_append (GTK_BOX (value), label);
    }

  gtk_widget_set_hexpand (value, TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  gtk_list_box_append (self->details_list, row);

  return GTK_LABEL (label);
}

static void
build_details (HkArchiveView *self)
{
  self->file_no_value = add_detail (self, _("File no."), "file-no-value", NULL);
  self->customer_value = add_detail (self, _("Customer"), "customer-value", NULL);
  self->id_number_value = add_detail (self, _("Identity number"), "id-number-value", NULL);
  self->phone_value = add_detail (self, _("Phone"), "phone-value", NULL);
  self->numbers_value = add_detail (self, _("Service numbers"), "service-numbers-value", NULL);
  self->kind_value = add_detail (self, _("Type"), "kind-value", NULL);
  self->location_value = add_detail (self, _("Kept at"), "location-value", NULL);
  self->received_value = add_detail (self, _("Received on"), "received-value", NULL);
  self->retain_value = add_detail (self, _("Kept until"), "retain-value", NULL);
  self->status_value = add_detail (self, _("Status"), "status-value", &self->status_image);
}

/* The file's data: masked, or in clear while the identity data is shown. */
static void
show_details (HkArchiveView *self)
{
  HkCustomerFile *file = self->file;
  HkContext *context = get_context (self);
  HkFileStatus status = hk_customer_file_get_status (file);
  g_autofree char *numbers = NULL;
  g_autofree char *status_text = NULL;
  g_autofree char *title = NULL;
  const char *phone;

  if (self->identity != NULL)
    {
      numbers = g_strjoinv (", ", self->identity->service_numbers);
      phone = self->identity->phone;
      gtk_label_set_label (self->id_number_value, self->identity->id_number);
    }
  else
    {
      numbers = hk_customer_file_dup_masked_service_numbers (file);
      phone = hk_customer_file_get_masked_phone (file);
      gtk_label_set_label (self->id_number_value, hk_customer_file_get_masked_id_number (file));
    }

  gtk_label_set_label (self->phone_value, phone != NULL && *phone != '\0' ? phone : "—");
  gtk_label_set_label (self->numbers_value, *numbers != '\0' ? numbers : "—");
  gtk_label_set_label (self->file_no_value, hk_customer_file_get_file_no (file));
  gtk_label_set_label (self->customer_value, hk_customer_file_get_customer_name (file));
  gtk_label_set_label (self->kind_value, hk_file_kind_get_title (hk_customer_file_get_kind (file)));
  gtk_label_set_label (self->location_value, hk_customer_file_get_location (file));
  gtk_label_set_label (self->received_value, hk_customer_file_get_received_on (file));
  gtk_label_set_label (self->retain_value, hk_customer_file_get_retain_until (file));

  if (status == HK_FILE_TRANSFERRED || status == HK_FILE_DESTROYED)
    {
      g_autofree char *by = hk_archive_dup_operator_name (context,
                                                          hk_customer_file_get_status_by (file));
      g_autofree char *at = hk_archive_format_time (context,
                                                    hk_customer_file_get_status_at (file));
      const char *note = hk_customer_file_get_status_note (file);

      /* Translators: a final status, who and when, and the record's number, e.g.
       * "Destroyed after retention (周青, 2026-10-12 16:50; 销毁记录 XH-01)" */
      status_text = g_strdup_printf (_("%s (%s, %s; %s)"), hk_file_status_get_title (status), by,
                                     at, note != NULL ? note : "");
    }
  else
    status_text = g_strdup (hk_file_status_get_title (status));

  gtk_image_set_from_icon_name (self->status_image, hk_archive_file_status_icon (status));
  gtk_label_set_label (self->status_value, status_text);

  /* Translators: the title of a file's page, e.g. "DA-2026-00012 · 张伟" */
  title = g_strdup_printf (_("%s · %s"), hk_customer_file_get_file_no (file),
                           hk_customer_file_get_customer_name (file));
  gtk_label_set_label (self->file_title, title);
  hk_section_set_subtitle (HK_SECTION (self), hk_customer_file_get_file_no (file));

  gtk_widget_set_visible (GTK_WIDGET (self->identity_banner), self->identity != NULL);
}

static void
show_consultations (HkArchiveView *self)
{
  HkContext *context = get_context (self);
  g_autoptr(GPtrArray) consultations = NULL;
  g_autoptr(GError) error = NULL;

  clear_list_box (self->consultations_list);

  consultations = hk_access_request_store_list_consultations (
                    hk_context_get_access_request_store (context), 0,
                    hk_customer_file_get_id (self->file), &error);
  if (consultations == NULL)
    {
      append_placeholder (self->consultations_list, error->message);
      return;
    }

  for (guint i = 0; i < consultations->len; i++)
    {
      HkConsultation *consultation = g_ptr_array_index (consultations, i);
      g_autofree char *designated = hk_archive_dup_operator_name (
                                      context, hk_consultation_get_designated_id (consultation));
      g_autofree char *released_by = hk_archive_dup_operator_name (
                                       context, hk_consultation_get_released_by (consultation));
      g_autofree char *released = hk_archive_format_time (
                                    context, hk_consultation_get_released_at (consultation));
      g_autofree char *due = hk_archive_format_time (context,
                                                     hk_consultation_get_due_at (consultation));
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      /* Translators: e.g. "Request 12: consulted by 孙浩" */
      title = g_strdup_printf (_("Request %lld: consulted by %s"),
                               (long long)hk_consultation_get_request_id (consultation),
                               designated);

      if (hk_consultation_is_open (consultation))
        {
          /* Translators: e.g. "Released 2026-10-12 10:10 by 周青, due back 2026-10-12 17:30" */
          subtitle = g_strdup_printf (_("Released %s by %s, due back %s"), released, released_by,
                                      due);
          if (hk_consultation_is_overdue (consultation))
            append_row (self->consultations_list, title, subtitle, "task-past-due-symbolic",
                        _("Overdue"));
          else
            append_row (self->consultations_list, title, subtitle, "send-to-symbolic",
                        _("Out"));
        }
      else
        {
          g_autofree char *returned = hk_archive_format_time (
                                        context, hk_consultation_get_returned_at (consultation));
          guint copies = hk_consultation_get_copies (consultation);
          g_autofree char *copies_text = NULL;

          copies_text = copies == 0
                        ? g_strdup (_("no copies made"))
                        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u copy made",
                                                        "%u copies made", copies), copies);
          /* Translators: e.g. "Released 2026-10-12 10:10 by 周青, returned 2026-10-12 15:30;
           * consulted: 开户协议; 2 copies made" */
          subtitle = g_strdup_printf (_("Released %s by %s, returned %s; consulted: %s; %s"),
                                      released, released_by, returned,
                                      hk_consultation_get_consulted (consultation), copies_text);
          append_row (self->consultations_list, title, subtitle, "emblem-default-symbolic",
                      C_("consultation", "Returned"));
        }
    }

  if (consultations->len == 0)
    append_placeholder (self->consultations_list, _("The file has not been consulted."));
}

static void
show_rechecks (HkArchiveView *self)
{
  HkContext *context = get_context (self);
  g_autoptr(GPtrArray) rechecks = NULL;
  g_autoptr(GError) error = NULL;

  clear_list_box (self->rechecks_list);

  rechecks = hk_recheck_store_list_file (hk_context_get_recheck_store (context),
                                         hk_customer_file_get_id (self->file), &error);
  if (rechecks == NULL)
    {
      append_placeholder (self->rechecks_list, error->message);
      return;
    }

  for (guint i = 0; i < rechecks->len; i++)
    {
      HkRecheck *recheck = g_ptr_array_index (rechecks, i);
      g_autofree char *at = hk_archive_format_time (context, hk_recheck_get_checked_at (recheck));
      g_autofree char *by = hk_archive_dup_operator_name (context,
                                                          hk_recheck_get_checked_by (recheck));
      g_autofree char *subtitle = NULL;
      const char *field = hk_recheck_field_get_title (hk_recheck_get_field (recheck));

      if (hk_recheck_get_error_found (recheck))
        {
          /* Translators: a re-check's error, e.g. "2026-10-12 17:10, 周青: 缺客户签字 — cause:
           * 未提醒客户签字 — correction: 约客户补签" */
          subtitle = g_strdup_printf (_("%s, %s: %s — cause: %s — correction: %s"), at, by,
                                      hk_recheck_get_error (recheck),
                                      hk_recheck_get_cause (recheck),
                                      hk_recheck_get_correction (recheck));
          append_row (self->rechecks_list, field, subtitle, "dialog-warning-symbolic",
                      _("Error found"));
        }
      else
        {
          /* Translators: when and by whom, e.g. "2026-10-12 17:10, 周青" */
          subtitle = g_strdup_printf (_("%s, %s"), at, by);
          append_row (self->rechecks_list, field, subtitle, "emblem-ok-symbolic", _("Correct"));
        }
    }

  if (rechecks->len == 0)
    append_placeholder (self->rechecks_list, _("The file has not been re-checked."));
}

/* The file's history from the access log; the reading is logged. */
static void
show_history (HkArchiveView *self)
{
  HkContext *context = get_context (self);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  HkAccessLogQuery query = { 0 };

  clear_list_box (self->history_list);

  query.file_id = hk_customer_file_get_id (self->file);
  entries = hk_customer_file_store_read_access_log (get_store (self), get_actor (self), &query,
                                                    &error);
  if (entries == NULL)
    {
      append_placeholder (self->history_list, error->message);
      return;
    }

  /* The newest first. */
  for (guint i = entries->len; i > 0; i--)
    {
      HkAccessLogEntry *entry = g_ptr_array_index (entries, i - 1);
      g_autofree char *at = hk_archive_format_time (context, hk_access_log_entry_get_at (entry));
      g_autofree char *subtitle = NULL;
      gboolean refused = g_strcmp0 (hk_access_log_entry_get_action (entry),
                                    "permission-denied") == 0;

      /* Translators: a history line: when, who, what, e.g.
       * "2026-10-12 10:10 · 周青 · released file DA-2026-00012 to sunhao" */
      subtitle = g_strdup_printf (_("%s · %s · %s"), at,
                                  hk_access_log_entry_get_operator_name (entry),
                                  hk_access_log_entry_get_summary (entry));
      append_row (self->history_list, hk_access_log_entry_get_action_title (entry), subtitle,
                  refused ? "dialog-warning-symbolic" : NULL, refused ? _("Refused") : NULL);
    }
}

/* Reads the open file again (not a new view) and shows it. */
static void
refresh_page (HkArchiveView *self,
              gboolean       with_history)
{
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (self->file == NULL)
    return;

  file = hk_customer_file_store_lookup (get_store (self), hk_customer_file_get_id (self->file),
                                        &error);
  if (file == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  g_set_object (&self->file, file);
  show_details (self);
  show_consultations (self);
  show_rechecks (self);
  if (with_history)
    show_history (self);
  update_actions (self);
}

/* Masks the identity data again and forgets it. */
static void
hide_identity (HkArchiveView *self)
{
  if (self->identity == NULL)
    return;

  g_clear_pointer (&self->identity, hk_customer_identity_free);
  if (self->file != NULL)
    show_details (self);
  update_actions (self);
}

/* Opens the page of @file_id: a view of its details, which the core logs. */
static void
open_file (HkArchiveView *self,
           gint64         file_id)
{
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GtkAdjustment *adjustment;

  file = hk_customer_file_store_view (get_store (self), get_actor (self), file_id, &error);
  if (file == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  hide_identity (self);
  g_set_object (&self->file, file);
  show_details (self);
  show_consultations (self);
  show_rechecks (self);
  show_history (self);

  adjustment = gtk_scrolled_window_get_vadjustment (self->page_scroller);
  gtk_adjustment_set_value (adjustment, 0);
  gtk_stack_set_visible_child_name (self->main_stack, "file");
  update_actions (self);
}

static void
close_page (HkArchiveView *self)
{
  hide_identity (self);
  g_clear_object (&self->file);
  hk_section_set_subtitle (HK_SECTION (self), NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "list");
  update_actions (self);
}

/* Store signals. */

static void
on_files_changed_cb (HkArchiveView *self,
                     gint64         file_id)
{
  reload_files (self);

  if (self->file != NULL && hk_customer_file_get_id (self->file) == file_id)
    {
      /* The data shown in clear may be out of date: mask it. */
      hide_identity (self);
      refresh_page (self, TRUE);
    }
}

static void
on_requests_changed_cb (HkArchiveView *self,
                        gint64         request_id)
{
  g_autoptr(HkAccessRequest) request = NULL;
  gboolean about_file;

  /* A release or a return changes a file's status in the list. */
  reload_files (self);

  if (self->file == NULL)
    return;

  request = hk_access_request_store_lookup (hk_context_get_access_request_store (
                                              get_context (self)), request_id, NULL);
  about_file = request != NULL &&
               hk_access_request_has_file (request, hk_customer_file_get_id (self->file));
  if (about_file)
    hide_identity (self);
  refresh_page (self, about_file);
}

static void
on_rechecks_changed_cb (HkArchiveView *self)
{
  if (self->file != NULL)
    show_rechecks (self);
}

/* Actions. */

static void
on_editor_saved_cb (HkArchiveView  *self,
                    HkCustomerFile *file,
                    gboolean        created)
{
  g_autofree char *message = NULL;

  if (created)
    message = g_strdup_printf (_("File %s registered"), hk_customer_file_get_file_no (file));
  else
    message = g_strdup_printf (_("File %s saved"), hk_customer_file_get_file_no (file));

  if (created)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      reload_files (self);
    }
  hk_archive_view_select (self, hk_customer_file_get_file_no (file));
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
open_editor (HkArchiveView  *self,
             HkCustomerFile *target)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  HkCustomerFileEditor *editor;

  editor = hk_customer_file_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        get_context (self), target);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (HK_ARCHIVE_VIEW (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkArchiveView *self = HK_ARCHIVE_VIEW (widget);
  HkCustomerFile *current = get_current (self);

  if (current != NULL)
    open_editor (self, current);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkArchiveView *self = HK_ARCHIVE_VIEW (widget);
  HkCustomerFile *selected = get_selected (self);

  if (selected != NULL)
    open_file (self, hk_customer_file_get_id (selected));
}

static void
on_column_view_activate_cb (HkArchiveView *self,
                            guint          position)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "archive.open", NULL);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkArchiveView *self = HK_ARCHIVE_VIEW (widget);

  close_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkArchiveView *self = HK_ARCHIVE_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  HkCustomerIdentity *identity;

  if (self->file == NULL)
    return;

  identity = hk_customer_file_store_reveal_identity (get_store (self), self->file,
                                                     get_actor (self), &error);

  /* Either way it is a row of the file's history now. */
  show_history (self);

  if (identity == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  g_clear_pointer (&self->identity, hk_customer_identity_free);
  self->identity = identity;
  text = g_strdup_printf (_("The identity data of file %s is shown to you, the person "
                            "designated to consult it; this was written to the access log. It "
                            "is masked again when you leave this page."),
                          self->identity->file_no);
  gtk_label_set_label (self->identity_label, text);
  show_details (self);
  update_actions (self);
}

static void
hide_identity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  hide_identity (HK_ARCHIVE_VIEW (widget));
}

static void
on_recheck_saved_cb (HkArchiveView *self,
                     HkRecheck     *recheck)
{
  g_autofree char *message = NULL;

  if (hk_recheck_get_error_found (recheck))
    message = g_strdup_printf (_("Error in file %s entered in the register"),
                               hk_recheck_get_file_no (recheck));
  else
    message = g_strdup_printf (_("Re-check of file %s entered: no error"),
                               hk_recheck_get_file_no (recheck));

  hk_section_show_toast (HK_SECTION (self), message);
}

static void
recheck_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkArchiveView *self = HK_ARCHIVE_VIEW (widget);
  HkCustomerFile *current = get_current (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  HkRecheckEditor *editor;

  if (current == NULL)
    return;

  editor = hk_recheck_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  get_context (self), current);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_recheck_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Overrides. */

static void
hk_archive_view_unmap (GtkWidget *widget)
{
  /* Leaving the section closes the page for the eyes: identity data is masked again. */
  hide_identity (HK_ARCHIVE_VIEW (widget));

  GTK_WIDGET_CLASS (hk_archive_view_parent_class)->unmap (widget);
}

static void
hk_archive_view_focus_search (HkSection *section)
{
  HkArchiveView *self = HK_ARCHIVE_VIEW (section);

  if (page_is_open (self))
    close_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
hk_archive_view_constructed (GObject *object)
{
  HkArchiveView *self = (HkArchiveView *)object;
  HkContext *context;
  GtkCustomFilter *filter;
  const char *statuses[HK_N_FILE_STATUSES + 2] = { NULL };

  G_OBJECT_CLASS (hk_archive_view_parent_class)->constructed (object);

  context = get_context (self);

  statuses[0] = _("All statuses");
  for (guint status = 0; status < HK_N_FILE_STATUSES; status++)
    statuses[status + 1] = hk_file_status_get_title (status);
  gtk_string_list_splice (self->status_names, 0, 0, statuses);

  build_details (self);

  filter = gtk_custom_filter_new (filter_file, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->files));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->file_no_column, GTK_SORT_ASCENDING);

  g_signal_connect_object (hk_context_get_customer_file_store (context), "changed",
                           G_CALLBACK (on_files_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_access_request_store (context), "changed",
                           G_CALLBACK (on_requests_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_recheck_store (context), "changed",
                           G_CALLBACK (on_rechecks_changed_cb), self, G_CONNECT_SWAPPED);

  reload_files (self);
  update_actions (self);
}

static void
hk_archive_view_dispose (GObject *object)
{
  HkArchiveView *self = (HkArchiveView *)object;

  g_clear_pointer (&self->identity, hk_customer_identity_free);
  g_clear_object (&self->file);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_ARCHIVE_VIEW);
  g_clear_object (&self->files);

  G_OBJECT_CLASS (hk_archive_view_parent_class)->dispose (object);
}

static void
hk_archive_view_class_init (HkArchiveViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_archive_view_constructed;
  object_class->dispose = hk_archive_view_dispose;

  widget_class->unmap = hk_archive_view_unmap;

  section_class->main_action_name = "archive.new";
  section_class->main_action_label = N_("_New File…");
  section_class->main_action_tooltip = N_("Register a customer file received by the archive "
                                          "(Ctrl+N)");
  section_class->focus_search = hk_archive_view_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-archive-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, consultations_list);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, details_list);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, file_no_column);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, file_title);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, history_list);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, identity_banner);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, identity_label);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, rechecks_list);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, selection);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, status_names);
  gtk_widget_class_bind_template_child (widget_class, HkArchiveView, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, bind_customer_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_file_no_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_id_number_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_kind_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_location_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_received_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_long_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_numeric_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "archive.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "archive.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "archive.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "archive.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "archive.reveal", NULL, reveal_action);
  gtk_widget_class_install_action (widget_class, "archive.hide-identity", NULL,
                                   hide_identity_action);
  gtk_widget_class_install_action (widget_class, "archive.recheck", NULL, recheck_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "archive.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "archive.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK,
                                       "archive.back", NULL);

  g_type_ensure (HK_TYPE_CUSTOMER_FILE);
}

static void
hk_archive_view_init (HkArchiveView *self)
{
  self->files = g_list_store_new (HK_TYPE_CUSTOMER_FILE);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_archive_view_get_visible_model:
 *
 * Returns: (transfer none): the files listed (#HkCustomerFile): found, filtered and sorted
 */
GListModel *
hk_archive_view_get_visible_model (HkArchiveView *self)
{
  g_return_val_if_fail (HK_IS_ARCHIVE_VIEW (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* Selects the file @file_no in the list, if it is listed. */
gboolean
hk_archive_view_select (HkArchiveView *self,
                        const char    *file_no)
{
  GListModel *model;

  g_return_val_if_fail (HK_IS_ARCHIVE_VIEW (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HkCustomerFile) file = g_list_model_get_item (model, i);

      if (g_strcmp0 (hk_customer_file_get_file_no (file), file_no) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * hk_archive_view_get_file:
 *
 * Returns: (transfer none) (nullable): the file whose page is open
 */
HkCustomerFile *
hk_archive_view_get_file (HkArchiveView *self)
{
  g_return_val_if_fail (HK_IS_ARCHIVE_VIEW (self), NULL);

  return page_is_open (self) ? self->file : NULL;
}

gboolean
hk_archive_view_is_identity_shown (HkArchiveView *self)
{
  g_return_val_if_fail (HK_IS_ARCHIVE_VIEW (self), FALSE);

  return self->identity != NULL;
}
