/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-approvals-view.c: the Approvals section: access requests to decide, release and take
 * back, and every operator's own requests.
 *
 * Anyone may ask to consult customer files (the section's main command, Ctrl+N), so every
 * operator but the administrator sees the section; "My Requests" lists what they asked for
 * or are designated to consult, and lets the designated person see a file's identity data
 * while it is out to them. The archivist, the hall supervisor and the duty manager also see
 * the inbox, in three pages:
 *
 * - To Decide: pending requests. Approve and Reject (with a comment; a rejection says why)
 *   are enabled by hk_access_request_store_can_decide(), whose sentence says why not
 *   (your own request, one you are designated in, your roles). The archivist records a
 *   superior's signed slip with Paper Approval.
 * - Waiting for Release: approved requests whose files the archivist releases, one file at
 *   a time, within the window.
 * - Out: files out for consultation, the overdue ones flagged with an icon and a word; the
 *   archivist takes one back with what was consulted and how many copies were made.
 *
 * The store's lists take no operator: the inbox is filled only for the roles above. Every
 * decision and step is the core's; a refusal comes back as a toast with its sentence.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-access-request-editor.h"
#include "hk-approvals-view.h"
#include "hk-archive-format.h"
#include "hk-paper-approval-window.h"

#define INBOX_ROLES (HK_ARCHIVE_APPROVER_ROLES | HK_ARCHIVE_KEEPER_ROLES)

enum {
  OUT_ALL,
  OUT_OVERDUE,
};

struct _HkApprovalsView
{
  HkSection           parent_instance;

  GListStore         *pending;
  GListStore         *approved;
  GListStore         *out;
  GListStore         *mine;
  GtkFilterListModel *out_filter;

  /* Template widgets */
  AdwStatusPage      *approved_empty;
  GtkLabel           *approved_label;
  AdwViewStackPage   *approved_page;
  GtkSingleSelection *approved_selection;
  GtkStack           *approved_stack;
  AdwStatusPage      *mine_empty;
  GtkLabel           *mine_label;
  AdwViewStackPage   *mine_page;
  GtkSingleSelection *mine_selection;
  GtkStack           *mine_stack;
  GtkDropDown        *out_dropdown;
  AdwStatusPage      *out_empty;
  GtkLabel           *out_label;
  AdwViewStackPage   *out_page;
  GtkSingleSelection *out_selection;
  GtkStack           *out_stack;
  AdwViewStack       *page_stack;
  AdwStatusPage      *pending_empty;
  GtkLabel           *pending_label;
  AdwViewStackPage   *pending_page;
  GtkSingleSelection *pending_selection;
  GtkStack           *pending_stack;
  AdwViewSwitcher    *switcher;
};

G_DEFINE_FINAL_TYPE (HkApprovalsView, hk_approvals_view, HK_TYPE_SECTION)

static HkContext *
get_context (HkApprovalsView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static HkAccessRequestStore *
get_store (HkApprovalsView *self)
{
  return hk_context_get_access_request_store (get_context (self));
}

static HkOperator *
get_actor (HkApprovalsView *self)
{
  return hk_context_get_operator (get_context (self));
}

static gboolean
may_manage (HkApprovalsView *self)
{
  return hk_archive_may (get_context (self), INBOX_ROLES);
}

static gboolean
may_keep (HkApprovalsView *self)
{
  return hk_archive_may (get_context (self), HK_ARCHIVE_KEEPER_ROLES);
}

static gboolean
page_is (HkApprovalsView *self,
         const char      *name)
{
  return self->page_stack != NULL &&
         g_strcmp0 (adw_view_stack_get_visible_child_name (self->page_stack), name) == 0;
}

static GtkSingleSelection *
get_selection (HkApprovalsView *self,
               const char      *page)
{
  if (g_strcmp0 (page, "pending") == 0)
    return self->pending_selection;
  if (g_strcmp0 (page, "approved") == 0)
    return self->approved_selection;
  if (g_strcmp0 (page, "out") == 0)
    return self->out_selection;
  if (g_strcmp0 (page, "mine") == 0)
    return self->mine_selection;

  return NULL;
}

/* The item selected on @page, if that page is shown. */
static gpointer
get_shown_selected (HkApprovalsView *self,
                    const char      *page)
{
  if (!page_is (self, page))
    return NULL;

  return gtk_single_selection_get_selected_item (get_selection (self, page));
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
}

static void
update_actions (HkApprovalsView *self)
{
  HkAccessRequest *pending;
  HkAccessRequest *approved;
  HkConsultation *out;
  HkAccessRequest *mine;
  HkOperator *actor;
  g_autoptr(GError) why_not = NULL;
  gboolean can_decide = FALSE;
  gboolean can_reveal;

  /* Called while the template is built, before the context is set. */
  if (self->page_stack == NULL || get_context (self) == NULL ||
      (actor = get_actor (self)) == NULL)
    return;

  pending = get_shown_selected (self, "pending");
  approved = get_shown_selected (self, "approved");
  out = get_shown_selected (self, "out");
  mine = get_shown_selected (self, "mine");

  if (pending != NULL)
    can_decide = hk_access_request_store_can_decide (get_store (self), actor, pending, &why_not);
  set_label (self->pending_label, why_not != NULL ? why_not->message : NULL);

  can_reveal = mine != NULL &&
               hk_access_request_get_state (mine) == HK_ACCESS_REQUEST_OUT &&
               hk_access_request_get_designated_id (mine) == hk_operator_get_id (actor);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approvals.approve", can_decide);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approvals.reject", can_decide);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approvals.paper-approval",
                                 pending != NULL && may_keep (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approvals.release",
                                 approved != NULL && may_keep (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approvals.return",
                                 out != NULL && hk_consultation_is_open (out) && may_keep (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approvals.reveal", can_reveal);
}

/* Replaces the items of @store, keeping the item with the same id selected. */
static void
replace_items (GListStore         *store,
               GtkSingleSelection *selection,
               GPtrArray          *items,
               gint64            (*get_id) (gpointer))
{
  gpointer selected = gtk_single_selection_get_selected_item (selection);
  gint64 selected_id = selected != NULL ? get_id (selected) : 0;
  GListModel *model = G_LIST_MODEL (selection);

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items != NULL ? items->pdata : NULL, items != NULL ? items->len : 0);

  for (guint i = 0; selected_id != 0 && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (get_id (item) == selected_id)
        {
          gtk_single_selection_set_selected (selection, i);
          break;
        }
    }
}

static gint64
get_request_id (gpointer item)
{
  return hk_access_request_get_id (HK_ACCESS_REQUEST (item));
}

static gint64
get_consultation_id (gpointer item)
{
  return hk_consultation_get_id (HK_CONSULTATION (item));
}

static guint
count_overdue (HkApprovalsView *self)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->out)); i++)
    {
      g_autoptr(HkConsultation) consultation = g_list_model_get_item (G_LIST_MODEL (self->out),
                                                                      i);

      if (hk_consultation_is_overdue (consultation))
        n++;
    }

  return n;
}

static void
show_list_or_empty (GtkStack           *stack,
                    GtkSingleSelection *selection)
{
  gtk_stack_set_visible_child_name (stack, g_list_model_get_n_items (G_LIST_MODEL (selection)) > 0
                                           ? "list" : "empty");
}

static void
update_pages (HkApprovalsView *self)
{
  guint n_pending = g_list_model_get_n_items (G_LIST_MODEL (self->pending));
  guint n_overdue = count_overdue (self);
  g_autofree char *out_text = NULL;

  adw_view_stack_page_set_badge_number (self->pending_page, n_pending);
  adw_view_stack_page_set_needs_attention (self->out_page, n_overdue > 0);

  if (n_overdue > 0)
    /* Translators: above the files out, e.g. "2 files are overdue: …" */
    out_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u file is overdue: it was due back at the end "
                                             "of its window.",
                                             "%u files are overdue: they were due back at the "
                                             "end of their windows.", n_overdue),
                                n_overdue);
  set_label (self->out_label, out_text);
  set_label (self->approved_label,
             may_keep (self) ? NULL : _("The archivist releases the files of an approved "
                                        "request to its designated person."));
  set_label (self->mine_label, _("The requests you asked for, and those you are designated to "
                                 "consult."));

  adw_status_page_set_description (self->pending_empty,
                                   _("Requests to consult customer files appear here until a "
                                     "hall supervisor or duty manager approves or rejects "
                                     "them."));
  adw_status_page_set_description (self->approved_empty,
                                   _("Approved requests appear here until the archivist "
                                     "releases their files, within their windows."));
  adw_status_page_set_description (self->out_empty,
                                   gtk_drop_down_get_selected (self->out_dropdown) == OUT_OVERDUE
                                   ? _("No file is overdue.")
                                   : _("Files released for consultation appear here until "
                                       "they come back."));
  adw_status_page_set_description (self->mine_empty,
                                   _("Ask to consult customer files with New Request "
                                     "(Ctrl+N); your requests and their approval appear "
                                     "here."));

  show_list_or_empty (self->pending_stack, self->pending_selection);
  show_list_or_empty (self->approved_stack, self->approved_selection);
  show_list_or_empty (self->out_stack, self->out_selection);
  show_list_or_empty (self->mine_stack, self->mine_selection);
}

/* Reads every list again; the inbox only for the roles that may use it. */
static void
reload (HkApprovalsView *self)
{
  HkAccessRequestStore *store = get_store (self);
  HkOperator *actor = get_actor (self);
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) approved = NULL;
  g_autoptr(GPtrArray) out = NULL;
  g_autoptr(GPtrArray) mine = NULL;
  g_autoptr(GError) error = NULL;

  if (actor == NULL)
    return;

  if (may_manage (self) &&
      (!(pending = hk_access_request_store_list (store, HK_ACCESS_REQUEST_PENDING, &error)) ||
       !(approved = hk_access_request_store_list (store, HK_ACCESS_REQUEST_APPROVED, &error)) ||
       !(out = hk_access_request_store_list_out (store, FALSE, &error))))
    hk_section_show_error (HK_SECTION (self), error);
  else if (!(mine = hk_access_request_store_list_involving (store, hk_operator_get_id (actor),
                                                            &error)))
    hk_section_show_error (HK_SECTION (self), error);

  replace_items (self->pending, self->pending_selection, pending, get_request_id);
  replace_items (self->approved, self->approved_selection, approved, get_request_id);
  replace_items (self->out, self->out_selection, out, get_consultation_id);
  replace_items (self->mine, self->mine_selection, mine, get_request_id);

  update_pages (self);
  update_actions (self);
}

static gboolean
filter_out (gpointer item,
            gpointer user_data)
{
  HkApprovalsView *self = user_data;

  return gtk_drop_down_get_selected (self->out_dropdown) != OUT_OVERDUE ||
         hk_consultation_is_overdue (HK_CONSULTATION (item));
}

static void
on_out_filter_changed_cb (HkApprovalsView *self)
{
  /* The dropdown chooses its first item while the template is built. */
  if (self->out_filter == NULL)
    return;

  gtk_filter_changed (gtk_filter_list_model_get_filter (self->out_filter),
                      GTK_FILTER_CHANGE_DIFFERENT);
  update_pages (self);
  update_actions (self);
}

/* Cells of the request lists. */

static HkAccessRequest *
get_item_request (GtkListItem *list_item)
{
  return HK_ACCESS_REQUEST (gtk_list_item_get_item (list_item));
}

static HkConsultation *
get_item_consultation (GtkListItem *list_item)
{
  return HK_CONSULTATION (gtk_list_item_get_item (list_item));
}

static void
setup_text_cb (HkApprovalsView *self,
               GtkListItem     *list_item)
{
  hk_archive_cell_setup_text (list_item);
}

static void
setup_long_text_cb (HkApprovalsView *self,
                    GtkListItem     *list_item)
{
  hk_archive_cell_setup_long_text (list_item);
}

static void
setup_numeric_cb (HkApprovalsView *self,
                  GtkListItem     *list_item)
{
  hk_archive_cell_setup_numeric (list_item);
}

static void
setup_state_cb (HkApprovalsView *self,
                GtkListItem     *list_item)
{
  hk_archive_cell_setup_state (list_item);
}

static void
setup_long_state_cb (HkApprovalsView *self,
                     GtkListItem     *list_item)
{
  hk_archive_cell_setup_long_state (list_item);
}

static void
bind_request_no_cb (HkApprovalsView *self,
                    GtkListItem     *list_item)
{
  g_autofree char *text = g_strdup_printf ("%lld", (long long)hk_access_request_get_id (
                                                     get_item_request (list_item)));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_requester_cb (HkApprovalsView *self,
                   GtkListItem     *list_item)
{
  g_autofree char *text = hk_archive_dup_operator_name (get_context (self),
                                                        hk_access_request_get_requester_id (
                                                          get_item_request (list_item)));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_designated_cb (HkApprovalsView *self,
                    GtkListItem     *list_item)
{
  g_autofree char *text = hk_archive_dup_operator_name (get_context (self),
                                                        hk_access_request_get_designated_id (
                                                          get_item_request (list_item)));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_files_cb (HkApprovalsView *self,
               GtkListItem     *list_item)
{
  g_autofree char *text = hk_access_request_dup_file_nos (get_item_request (list_item));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_purpose_cb (HkApprovalsView *self,
                 GtkListItem     *list_item)
{
  g_autofree char *text = hk_archive_describe_purpose (get_item_request (list_item));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_window_cb (HkApprovalsView *self,
                GtkListItem     *list_item)
{
  HkAccessRequest *request = get_item_request (list_item);
  g_autofree char *text = hk_archive_format_window (get_context (self),
                                                    hk_access_request_get_window_from (request),
                                                    hk_access_request_get_window_until (request));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_released_cb (HkApprovalsView *self,
                  GtkListItem     *list_item)
{
  HkAccessRequest *request = get_item_request (list_item);
  /* Translators: files released of the request's files, e.g. "1 of 2" */
  g_autofree char *text = g_strdup_printf (_("%u of %u"),
                                           hk_access_request_get_n_released (request),
                                           hk_access_request_get_n_files (request));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_approval_cb (HkApprovalsView *self,
                  GtkListItem     *list_item)
{
  g_autofree char *text = hk_archive_describe_approval (get_context (self),
                                                        get_item_request (list_item));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_state_cb (HkApprovalsView *self,
               GtkListItem     *list_item)
{
  HkAccessRequestState state = hk_access_request_get_state (get_item_request (list_item));

  hk_archive_cell_set_state (list_item, hk_archive_request_state_icon (state),
                             hk_access_request_state_get_title (state));
}

/* Cells of the files out. */

static void
bind_out_file_cb (HkApprovalsView *self,
                  GtkListItem     *list_item)
{
  hk_archive_cell_set_text (list_item,
                            hk_consultation_get_file_no (get_item_consultation (list_item)));
}

static void
bind_out_request_cb (HkApprovalsView *self,
                     GtkListItem     *list_item)
{
  g_autofree char *text = g_strdup_printf ("%lld", (long long)hk_consultation_get_request_id (
                                                     get_item_consultation (list_item)));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_out_designated_cb (HkApprovalsView *self,
                        GtkListItem     *list_item)
{
  g_autofree char *text = hk_archive_dup_operator_name (get_context (self),
                                                        hk_consultation_get_designated_id (
                                                          get_item_consultation (list_item)));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_out_released_cb (HkApprovalsView *self,
                      GtkListItem     *list_item)
{
  g_autofree char *text = hk_archive_format_time (get_context (self),
                                                  hk_consultation_get_released_at (
                                                    get_item_consultation (list_item)));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_out_due_cb (HkApprovalsView *self,
                 GtkListItem     *list_item)
{
  g_autofree char *text = hk_archive_format_time (get_context (self),
                                                  hk_consultation_get_due_at (
                                                    get_item_consultation (list_item)));

  hk_archive_cell_set_text (list_item, text);
}

static void
bind_out_status_cb (HkApprovalsView *self,
                    GtkListItem     *list_item)
{
  HkConsultation *consultation = get_item_consultation (list_item);

  if (hk_consultation_is_overdue (consultation))
    hk_archive_cell_set_state (list_item, "task-past-due-symbolic", _("Overdue"));
  else
    hk_archive_cell_set_state (list_item, "send-to-symbolic", _("Out"));
}

/* Dialogs. */

static GtkWindow *
get_parent_window (HkApprovalsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A message dialog whose extra child is a boxed list, for its entry rows. */
static AdwMessageDialog *
new_dialog (HkApprovalsView *self,
            const char      *heading,
            const char      *body,
            GtkWidget      **list)
{
  GtkWidget *dialog = adw_message_dialog_new (get_parent_window (self), heading, body);

  *list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (*list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (*list, "boxed-list");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), *list);

  return ADW_MESSAGE_DIALOG (dialog);
}

static GtkWidget *
add_entry_row (GtkWidget  *list,
               const char *name,
               const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, name);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return row;
}

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
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (find_dialog_row (dialog,
                                                                                      name)))));
}

/* Approve and reject. */

static void
on_reject_comment_changed_cb (AdwMessageDialog *dialog)
{
  g_autofree char *comment = dup_dialog_text (dialog, "comment");

  adw_message_dialog_set_response_enabled (dialog, "reject", *comment != '\0');
}

static void
on_decide_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       HkApprovalsView  *self)
{
  HkAccessRequest *request = g_object_get_data (G_OBJECT (dialog), "request");
  g_autofree char *comment = dup_dialog_text (dialog, "comment");
  g_autoptr(HkAccessRequest) decided = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 id = hk_access_request_get_id (request);

  if (g_strcmp0 (response, "approve") == 0)
    decided = hk_access_request_store_approve (get_store (self), get_actor (self), request,
                                               *comment != '\0' ? comment : NULL, &error);
  else if (g_strcmp0 (response, "reject") == 0)
    decided = hk_access_request_store_reject (get_store (self), get_actor (self), request,
                                              comment, &error);
  else
    return;

  if (decided == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  if (hk_access_request_get_state (decided) == HK_ACCESS_REQUEST_REJECTED)
    message = g_strdup_printf (_("Request %lld rejected"), (long long)id);
  else
    message = g_strdup_printf (_("Request %lld approved: it waits for the archivist to release "
                                 "its files"), (long long)id);
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
decide (HkApprovalsView *self,
        gboolean         approve)
{
  HkAccessRequest *request = get_shown_selected (self, "pending");
  HkContext *context = get_context (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *requester = NULL;
  g_autofree char *designated = NULL;
  g_autofree char *files = NULL;
  g_autofree char *purpose = NULL;
  g_autofree char *window = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *comment;

  if (request == NULL)
    return;

  requester = hk_archive_dup_operator_name (context, hk_access_request_get_requester_id (request));
  designated = hk_archive_dup_operator_name (context,
                                             hk_access_request_get_designated_id (request));
  files = hk_access_request_dup_file_nos (request);
  purpose = hk_archive_describe_purpose (request);
  window = hk_archive_format_window (context, hk_access_request_get_window_from (request),
                                     hk_access_request_get_window_until (request));

  heading = approve
            ? g_strdup_printf (_("Approve Request %lld?"),
                               (long long)hk_access_request_get_id (request))
            : g_strdup_printf (_("Reject Request %lld?"),
                               (long long)hk_access_request_get_id (request));
  /* Translators: the request decided: who asked, the files, the purpose, who consults, when */
  body = g_strdup_printf (_("%s asks for %s.\nPurpose: %s\n%s would consult them %s."),
                          requester, files, purpose, designated, window);
  if (approve)
    {
      g_autofree char *more = g_strdup_printf ("%s\n\n%s", body,
                                               _("The archivist may then release the files to "
                                                 "the designated person within that window, "
                                                 "and only then."));
      g_free (body);
      body = g_steal_pointer (&more);
    }

  dialog = new_dialog (self, heading, body, &list);
  comment = add_entry_row (list, "comment", approve ? _("Comment (optional)")
                                                    : _("Why it is rejected"));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), NULL);
  if (approve)
    {
      adw_message_dialog_add_responses (dialog, "approve", _("_Approve"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "approve", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "approve");
    }
  else
    {
      adw_message_dialog_add_responses (dialog, "reject", _("_Reject"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "reject", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_enabled (dialog, "reject", FALSE);
      g_signal_connect_object (comment, "changed", G_CALLBACK (on_reject_comment_changed_cb),
                               dialog, G_CONNECT_SWAPPED);
    }
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "request", g_object_ref (request), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decide_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (comment);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  decide (HK_APPROVALS_VIEW (widget), TRUE);
}

static void
reject_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  decide (HK_APPROVALS_VIEW (widget), FALSE);
}

/* Paper approval. */

static void
on_paper_saved_cb (HkApprovalsView *self,
                   HkAccessRequest *request)
{
  g_autofree char *message = g_strdup_printf (_("Paper approval of request %lld recorded"),
                                              (long long)hk_access_request_get_id (request));

  hk_section_show_toast (HK_SECTION (self), message);
}

static void
paper_approval_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HkApprovalsView *self = HK_APPROVALS_VIEW (widget);
  HkAccessRequest *request = get_shown_selected (self, "pending");
  HkPaperApprovalWindow *window;

  if (request == NULL)
    return;

  window = hk_paper_approval_window_new (get_parent_window (self), get_context (self), request);
  g_signal_connect_object (window, "saved", G_CALLBACK (on_paper_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

/* Release. */

/* The files of @request not released under it yet, their ids in @ids. */
static GStrv
find_unreleased (HkApprovalsView  *self,
                 HkAccessRequest  *request,
                 GArray           *ids,
                 GError          **error)
{
  g_autoptr(GPtrArray) consultations = NULL;
  g_autoptr(GStrvBuilder) numbers = g_strv_builder_new ();

  consultations = hk_access_request_store_list_consultations (
                    get_store (self), hk_access_request_get_id (request), 0, error);
  if (consultations == NULL)
    return NULL;

  for (guint i = 0; i < hk_access_request_get_n_files (request); i++)
    {
      gint64 file_id = hk_access_request_get_file_id (request, i);
      gboolean released = FALSE;

      for (guint j = 0; j < consultations->len && !released; j++)
        released = hk_consultation_get_file_id (g_ptr_array_index (consultations, j)) == file_id;

      if (!released)
        {
          g_array_append_val (ids, file_id);
          g_strv_builder_add (numbers, hk_access_request_get_file_no (request, i));
        }
    }

  return g_strv_builder_end (numbers);
}

static void
on_release_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        HkApprovalsView  *self)
{
  HkAccessRequest *request = g_object_get_data (G_OBJECT (dialog), "request");
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "file-ids");
  AdwComboRow *file_row = g_object_get_data (G_OBJECT (dialog), "file-row");
  g_autoptr(HkConsultation) consultation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *designated = NULL;
  g_autofree char *due = NULL;
  g_autofree char *message = NULL;
  guint index = 0;

  if (g_strcmp0 (response, "release") != 0)
    return;

  if (file_row != NULL)
    index = adw_combo_row_get_selected (file_row);
  if (index >= ids->len)
    return;

  consultation = hk_access_request_store_release (get_store (self), get_actor (self), request,
                                                  g_array_index (ids, gint64, index), &error);
  if (consultation == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  designated = hk_archive_dup_operator_name (get_context (self),
                                             hk_consultation_get_designated_id (consultation));
  due = hk_archive_format_time (get_context (self), hk_consultation_get_due_at (consultation));
  /* Translators: e.g. "File DA-2026-00012 released to 孙浩, due back 2026-10-12 17:30" */
  message = g_strdup_printf (_("File %s released to %s, due back %s"),
                             hk_consultation_get_file_no (consultation), designated, due);
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
release_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkApprovalsView *self = HK_APPROVALS_VIEW (widget);
  HkAccessRequest *request = get_shown_selected (self, "approved");
  HkContext *context = get_context (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) numbers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *designated = NULL;
  g_autofree char *until = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;

  if (request == NULL)
    return;

  if (!(numbers = find_unreleased (self, request, ids, &error)))
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }
  if (ids->len == 0)
    {
      hk_section_show_error_message (HK_SECTION (self),
                                     _("Every file of this request was released already."));
      return;
    }

  designated = hk_archive_dup_operator_name (context,
                                             hk_access_request_get_designated_id (request));
  until = hk_archive_format_time (context, hk_access_request_get_window_until (request));
  heading = g_strdup_printf (_("Release a File of Request %lld?"),
                             (long long)hk_access_request_get_id (request));
  if (ids->len == 1)
    /* Translators: e.g. "Hand file DA-2026-00012 to 孙浩, who consults it until
     * 2026-10-12 17:30, when it is due back." */
    body = g_strdup_printf (_("Hand file %s to %s, who consults it until %s, when it is due "
                              "back."), numbers[0], designated, until);
  else
    body = g_strdup_printf (_("Hand the file chosen to %s, who consults it until %s, when it "
                              "is due back. Each file is released on its own."), designated,
                            until);

  dialog = new_dialog (self, heading, body, &list);
  if (ids->len > 1)
    {
      GtkWidget *row = adw_combo_row_new ();
      g_autoptr(GtkStringList) model = gtk_string_list_new ((const char * const *)numbers);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("File"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
      gtk_widget_set_name (row, "file");
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_object_set_data (G_OBJECT (dialog), "file-row", row);
    }
  else
    gtk_widget_set_visible (list, FALSE);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "release", _("_Release"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "release", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "release");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "request", g_object_ref (request), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "file-ids", g_steal_pointer (&ids),
                          (GDestroyNotify)g_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_release_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Return. */

static void
on_return_consulted_changed_cb (AdwMessageDialog *dialog)
{
  g_autofree char *consulted = dup_dialog_text (dialog, "consulted");

  adw_message_dialog_set_response_enabled (dialog, "return", *consulted != '\0');
}

static void
on_return_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       HkApprovalsView  *self)
{
  HkConsultation *consultation = g_object_get_data (G_OBJECT (dialog), "consultation");
  GtkSpinButton *copies = g_object_get_data (G_OBJECT (dialog), "copies");
  g_autofree char *consulted = dup_dialog_text (dialog, "consulted");
  g_autoptr(HkConsultation) returned = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "return") != 0)
    return;

  returned = hk_access_request_store_return_file (get_store (self), get_actor (self),
                                                  consultation, consulted,
                                                  (guint)gtk_spin_button_get_value_as_int (copies),
                                                  &error);
  if (returned == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  message = g_strdup_printf (_("File %s is back in the archive"),
                             hk_consultation_get_file_no (returned));
  hk_section_show_toast (HK_SECTION (self), message);
}

static void
return_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkApprovalsView *self = HK_APPROVALS_VIEW (widget);
  HkConsultation *consultation = get_shown_selected (self, "out");
  HkContext *context = get_context (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *designated = NULL;
  g_autofree char *released = NULL;
  g_autofree char *due = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *consulted;
  GtkWidget *copies_row;
  GtkWidget *copies;

  if (consultation == NULL)
    return;

  designated = hk_archive_dup_operator_name (context,
                                             hk_consultation_get_designated_id (consultation));
  released = hk_archive_format_time (context, hk_consultation_get_released_at (consultation));
  due = hk_archive_format_time (context, hk_consultation_get_due_at (consultation));
  heading = g_strdup_printf (_("Take File %s Back?"), hk_consultation_get_file_no (consultation));
  if (hk_consultation_is_overdue (consultation))
    /* Translators: e.g. "孙浩 had it from 2026-10-12 10:10; it was due back 2026-10-12 17:30 and
     * is overdue." */
    body = g_strdup_printf (_("%s had it from %s; it was due back %s and is overdue. Record "
                              "what was consulted and the copies made."), designated, released,
                            due);
  else
    body = g_strdup_printf (_("%s has had it since %s; it is due back %s. Record what was "
                              "consulted and the copies made."), designated, released, due);

  dialog = new_dialog (self, heading, body, &list);
  consulted = add_entry_row (list, "consulted", _("What was consulted"));

  copies_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (copies_row), _("Copies made"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (copies_row), _("0 when none were made"));
  copies = gtk_spin_button_new_with_range (0, 999, 1);
  gtk_widget_set_valign (copies, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (copies, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (copies), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Copies made"), -1);
  gtk_widget_set_name (copies, "copies");
  adw_action_row_add_suffix (ADW_ACTION_ROW (copies_row), copies);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (copies_row), copies);
  gtk_widget_set_name (copies_row, "copies-row");
  gtk_list_box_append (GTK_LIST_BOX (list), copies_row);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "return", _("_Take Back"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "return", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "return", FALSE);
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "consultation", g_object_ref (consultation),
                          g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "copies", copies);
  g_signal_connect_object (consulted, "changed", G_CALLBACK (on_return_consulted_changed_cb),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_return_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (consulted);
}

/* Identity data for the designated person. */

static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkApprovalsView *self = HK_APPROVALS_VIEW (widget);
  HkAccessRequest *request = get_shown_selected (self, "mine");
  HkContext *context = get_context (self);
  HkCustomerFileStore *files = hk_context_get_customer_file_store (context);
  g_autoptr(GPtrArray) consultations = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (request == NULL)
    return;

  consultations = hk_access_request_store_list_consultations (
                    get_store (self), hk_access_request_get_id (request), 0, &error);

  for (guint i = 0; consultations != NULL && i < consultations->len && error == NULL; i++)
    {
      HkConsultation *consultation = g_ptr_array_index (consultations, i);
      g_autoptr(HkCustomerFile) file = NULL;
      g_autoptr(HkCustomerIdentity) identity = NULL;
      g_autofree char *numbers = NULL;

      if (!hk_consultation_is_open (consultation))
        continue;

      /* Each showing, or refusal, is written to the access log by the core. */
      if (!(file = hk_customer_file_store_lookup (files, hk_consultation_get_file_id (consultation),
                                                  &error)) ||
          !(identity = hk_customer_file_store_reveal_identity (files, file, get_actor (self),
                                                               &error)))
        break;

      numbers = g_strjoinv (", ", identity->service_numbers);
      if (body->len > 0)
        g_string_append (body, "\n\n");
      /* Translators: a file's identity data in clear, one line each */
      g_string_append_printf (body, _("File %s: %s\nIdentity number: %s\nPhone: %s\nService "
                                      "numbers: %s"),
                              identity->file_no, identity->customer_name, identity->id_number,
                              identity->phone != NULL ? identity->phone : "—",
                              *numbers != '\0' ? numbers : "—");
    }

  if (error != NULL || consultations == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  if (body->len == 0)
    {
      hk_section_show_error_message (HK_SECTION (self),
                                     _("No file of this request is out for consultation."));
      return;
    }

  g_string_append_printf (body, "\n\n%s", _("This showing was written to the access log. The "
                                            "data is hidden again when you close this "
                                            "window."));
  dialog = adw_message_dialog_new (get_parent_window (self), _("Identity Data"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"), NULL);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* New requests. */

static void
on_request_saved_cb (HkApprovalsView *self,
                     HkAccessRequest *request)
{
  g_autofree char *message = NULL;

  message = g_strdup_printf (_("Request %lld sent: it waits for a superior’s decision"),
                             (long long)hk_access_request_get_id (request));
  hk_section_show_toast (HK_SECTION (self), message);

  adw_view_stack_set_visible_child_name (self->page_stack, "mine");
  hk_approvals_view_select_request (self, "mine", hk_access_request_get_id (request));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HkApprovalsView *self = HK_APPROVALS_VIEW (widget);
  HkAccessRequestEditor *editor;

  editor = hk_access_request_editor_new (get_parent_window (self), get_context (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_request_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Overrides. */

static void
hk_approvals_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hk_approvals_view_parent_class)->map (widget);

  /* Windows close and files fall overdue as time passes: read again when shown. */
  reload (HK_APPROVALS_VIEW (widget));
}

static void
hk_approvals_view_constructed (GObject *object)
{
  HkApprovalsView *self = (HkApprovalsView *)object;
  HkContext *context;
  GtkCustomFilter *filter;
  gboolean inbox;

  G_OBJECT_CLASS (hk_approvals_view_parent_class)->constructed (object);

  context = get_context (self);

  gtk_single_selection_set_model (self->pending_selection, G_LIST_MODEL (self->pending));
  gtk_single_selection_set_model (self->approved_selection, G_LIST_MODEL (self->approved));
  gtk_single_selection_set_model (self->mine_selection, G_LIST_MODEL (self->mine));

  filter = gtk_custom_filter_new (filter_out, self, NULL);
  self->out_filter = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->out)),
                                                GTK_FILTER (filter));
  gtk_single_selection_set_model (self->out_selection, G_LIST_MODEL (self->out_filter));

  /* Without the roles, the operator's own requests only. */
  inbox = may_manage (self);
  adw_view_stack_page_set_visible (self->pending_page, inbox);
  adw_view_stack_page_set_visible (self->approved_page, inbox);
  adw_view_stack_page_set_visible (self->out_page, inbox);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher), inbox);
  adw_view_stack_set_visible_child_name (self->page_stack, inbox ? "pending" : "mine");

  g_signal_connect_object (hk_context_get_access_request_store (context), "changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_customer_file_store (context), "changed",
                           G_CALLBACK (reload), self, G_CONNECT_SWAPPED);

  reload (self);
}

static void
hk_approvals_view_dispose (GObject *object)
{
  HkApprovalsView *self = (HkApprovalsView *)object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_APPROVALS_VIEW);
  g_clear_object (&self->out_filter);
  g_clear_object (&self->pending);
  g_clear_object (&self->approved);
  g_clear_object (&self->out);
  g_clear_object (&self->mine);

  G_OBJECT_CLASS (hk_approvals_view_parent_class)->dispose (object);
}

static void
hk_approvals_view_class_init (HkApprovalsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_approvals_view_constructed;
  object_class->dispose = hk_approvals_view_dispose;

  widget_class->map = hk_approvals_view_map;

  section_class->main_action_name = "approvals.new";
  section_class->main_action_label = N_("New _Request…");
  section_class->main_action_tooltip = N_("Ask to consult customer files (Ctrl+N)");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-approvals-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, approved_empty);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, approved_label);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, approved_page);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, approved_selection);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, approved_stack);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, mine_empty);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, mine_label);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, mine_page);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, mine_selection);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, mine_stack);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, out_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, out_empty);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, out_label);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, out_page);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, out_selection);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, out_stack);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, pending_empty);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, pending_label);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, pending_page);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, pending_selection);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, pending_stack);
  gtk_widget_class_bind_template_child (widget_class, HkApprovalsView, switcher);
  gtk_widget_class_bind_template_callback (widget_class, bind_approval_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_designated_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_files_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_out_designated_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_out_due_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_out_file_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_out_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_out_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_out_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_purpose_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_request_no_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_requester_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_state_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_window_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_out_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_long_state_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_long_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_numeric_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_state_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "approvals.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "approvals.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "approvals.reject", NULL, reject_action);
  gtk_widget_class_install_action (widget_class, "approvals.paper-approval", NULL,
                                   paper_approval_action);
  gtk_widget_class_install_action (widget_class, "approvals.release", NULL, release_action);
  gtk_widget_class_install_action (widget_class, "approvals.return", NULL, return_action);
  gtk_widget_class_install_action (widget_class, "approvals.reveal", NULL, reveal_action);
}

static void
hk_approvals_view_init (HkApprovalsView *self)
{
  self->pending = g_list_store_new (HK_TYPE_ACCESS_REQUEST);
  self->approved = g_list_store_new (HK_TYPE_ACCESS_REQUEST);
  self->out = g_list_store_new (HK_TYPE_CONSULTATION);
  self->mine = g_list_store_new (HK_TYPE_ACCESS_REQUEST);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hk_approvals_view_get_page_model:
 * @page: "pending", "approved", "out" or "mine"
 *
 * Returns: (transfer none): the page's list as shown: #HkAccessRequest, or #HkConsultation
 *   for "out"
 */
GListModel *
hk_approvals_view_get_page_model (HkApprovalsView *self,
                                  const char      *page)
{
  g_return_val_if_fail (HK_IS_APPROVALS_VIEW (self), NULL);

  return G_LIST_MODEL (get_selection (self, page));
}

/* Selects request @request_id on @page; FALSE when it is not listed there. */
gboolean
hk_approvals_view_select_request (HkApprovalsView *self,
                                  const char      *page,
                                  gint64           request_id)
{
  GtkSingleSelection *selection;
  GListModel *model;

  g_return_val_if_fail (HK_IS_APPROVALS_VIEW (self), FALSE);

  selection = get_selection (self, page);
  g_return_val_if_fail (selection != NULL, FALSE);

  model = G_LIST_MODEL (selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 id = HK_IS_CONSULTATION (item)
                  ? hk_consultation_get_request_id (HK_CONSULTATION (item))
                  : get_request_id (item);

      if (id == request_id)
        {
          gtk_single_selection_set_selected (selection, i);
          update_actions (self);
          return TRUE;
        }
    }

  return FALSE;
}

void
hk_approvals_view_show_page (HkApprovalsView *self,
                             const char      *page)
{
  g_return_if_fail (HK_IS_APPROVALS_VIEW (self));

  adw_view_stack_set_visible_child_name (self->page_stack, page);
}
