/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-paper-approval-window.c: the form in which the archivist records a superior's signed
 * approval slip.
 *
 * Where the approving superior does not use the application, the archivist copies the slip:
 * the approver's name and title, its number and date, and an optional comment. Record stays
 * disabled until the slip is complete, the first problem named under the form; the core
 * refuses an archivist who asked for the request or is designated in it, and a slip signed
 * by either of them.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-archive-format.h"
#include "hk-paper-approval-window.h"
#include "hk-section.h"

struct _HkPaperApprovalWindow
{
  AdwWindow            parent_instance;

  HkContext           *context;
  HkAccessRequest     *request;
  char                *problem;

  /* Template widgets */
  AdwEntryRow         *approver_row;
  AdwEntryRow         *comment_row;
  AdwEntryRow         *date_row;
  GtkLabel            *problem_label;
  AdwPreferencesGroup *request_group;
  AdwEntryRow         *slip_row;
  AdwEntryRow         *title_row;
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
};

G_DEFINE_FINAL_TYPE (HkPaperApprovalWindow, hk_paper_approval_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_REQUEST,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
dup_row_text (gpointer row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
find_problem (HkPaperApprovalWindow *self)
{
  HkHallStore *hall = hk_context_get_hall_store (self->context);
  g_autofree char *approver = dup_row_text (self->approver_row);
  g_autofree char *title = dup_row_text (self->title_row);
  g_autofree char *slip = dup_row_text (self->slip_row);
  g_autofree char *date = dup_row_text (self->date_row);
  g_autofree char *today = hk_hall_store_format_day (
                             hall, hk_database_get_now (hk_context_get_database (self->context)));
  gboolean date_bad = *date != '\0' &&
                      (!hk_hall_store_parse_day (hall, date, NULL, NULL, NULL) ||
                       strcmp (date, today) > 0);

  if (date_bad)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");

  if (*approver == '\0')
    return g_strdup (_("Give the name of the superior who signed the slip."));
  if (*title == '\0')
    return g_strdup (_("Give the superior’s title."));
  if (*slip == '\0')
    return g_strdup (_("Give the approval slip’s number."));
  if (*date == '\0' || date_bad)
    return g_strdup_printf (_("Give the slip’s date, a day up to today, as YYYY-MM-DD, e.g. %s."),
                            today);

  return NULL;
}

static void
update_actions (HkPaperApprovalWindow *self)
{
  if (self->context == NULL)
    return;

  g_free (self->problem);
  self->problem = find_problem (self);

  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "paper.save", self->problem == NULL);
}

/* Enter records the slip when the form is complete, and moves on otherwise. */
static void
on_entry_activated_cb (HkPaperApprovalWindow *self)
{
  if (self->problem == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "paper.save", NULL);
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HkPaperApprovalWindow *self = HK_PAPER_APPROVAL_WINDOW (widget);
  g_autofree char *approver = dup_row_text (self->approver_row);
  g_autofree char *title = dup_row_text (self->title_row);
  g_autofree char *slip = dup_row_text (self->slip_row);
  g_autofree char *date = dup_row_text (self->date_row);
  g_autofree char *comment = dup_row_text (self->comment_row);
  g_autoptr(HkAccessRequest) approved = NULL;
  g_autoptr(GError) error = NULL;
  HkPaperApproval paper = { 0 };

  if (self->problem != NULL)
    return;

  paper.approver_name = approver;
  paper.approver_title = title;
  paper.slip_no = slip;
  paper.slip_date = date;
  paper.comment = *comment != '\0' ? comment : NULL;

  approved = hk_access_request_store_record_paper_approval (
               hk_context_get_access_request_store (self->context),
               hk_context_get_operator (self->context), self->request, &paper, &error);
  if (approved == NULL)
    {
      AdwToast *toast = hk_section_new_toast (error->message);

      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, approved);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hk_paper_approval_window_constructed (GObject *object)
{
  HkPaperApprovalWindow *self = (HkPaperApprovalWindow *)object;
  HkContext *context = self->context;
  g_autofree char *subtitle = NULL;
  g_autofree char *requester = NULL;
  g_autofree char *designated = NULL;
  g_autofree char *files = NULL;
  g_autofree char *purpose = NULL;
  g_autofree char *window = NULL;
  g_autofree char *description = NULL;
  g_autofree char *today = NULL;

  G_OBJECT_CLASS (hk_paper_approval_window_parent_class)->constructed (object);

  subtitle = g_strdup_printf (_("Request %lld"),
                              (long long)hk_access_request_get_id (self->request));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  requester = hk_archive_dup_operator_name (context,
                                            hk_access_request_get_requester_id (self->request));
  designated = hk_archive_dup_operator_name (context,
                                             hk_access_request_get_designated_id (self->request));
  files = hk_access_request_dup_file_nos (self->request);
  purpose = hk_archive_describe_purpose (self->request);
  window = hk_archive_format_window (context, hk_access_request_get_window_from (self->request),
                                     hk_access_request_get_window_until (self->request));
  /* Translators: the request a slip approves: who asked, the files, the purpose, who consults
   * them and when */
  description = g_strdup_printf (_("%s asks for %s (%s); %s would consult them %s."), requester,
                                 files, purpose, designated, window);
  adw_preferences_group_set_description (self->request_group, description);

  today = hk_hall_store_format_day (hk_context_get_hall_store (context),
                                    hk_database_get_now (hk_context_get_database (context)));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->approver_row));
  update_actions (self);
}

static void
hk_paper_approval_window_dispose (GObject *object)
{
  HkPaperApprovalWindow *self = (HkPaperApprovalWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_PAPER_APPROVAL_WINDOW);
  g_clear_object (&self->context);
  g_clear_object (&self->request);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (hk_paper_approval_window_parent_class)->dispose (object);
}

static void
hk_paper_approval_window_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  HkPaperApprovalWindow *self = HK_PAPER_APPROVAL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_REQUEST:
      g_value_set_object (value, self->request);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_paper_approval_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  HkPaperApprovalWindow *self = HK_PAPER_APPROVAL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_REQUEST:
      self->request = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_paper_approval_window_class_init (HkPaperApprovalWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_paper_approval_window_constructed;
  object_class->dispose = hk_paper_approval_window_dispose;
  object_class->get_property = hk_paper_approval_window_get_property;
  object_class->set_property = hk_paper_approval_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REQUEST] =
    g_param_spec_object ("request", NULL, NULL, HK_TYPE_ACCESS_REQUEST,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HkPaperApprovalWindow::saved:
   * @request: the request, approved on paper
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HK_TYPE_ACCESS_REQUEST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-paper-approval-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HkPaperApprovalWindow, approver_row);
  gtk_widget_class_bind_template_child (widget_class, HkPaperApprovalWindow, comment_row);
  gtk_widget_class_bind_template_child (widget_class, HkPaperApprovalWindow, date_row);
  gtk_widget_class_bind_template_child (widget_class, HkPaperApprovalWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HkPaperApprovalWindow, request_group);
  gtk_widget_class_bind_template_child (widget_class, HkPaperApprovalWindow, slip_row);
  gtk_widget_class_bind_template_child (widget_class, HkPaperApprovalWindow, title_row);
  gtk_widget_class_bind_template_child (widget_class, HkPaperApprovalWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HkPaperApprovalWindow, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "paper.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "paper.save", NULL);
}

static void
hk_paper_approval_window_init (HkPaperApprovalWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkPaperApprovalWindow *
hk_paper_approval_window_new (GtkWindow       *parent,
                              HkContext       *context,
                              HkAccessRequest *request)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (HK_IS_ACCESS_REQUEST (request), NULL);

  return g_object_new (HK_TYPE_PAPER_APPROVAL_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       "request", request,
                       NULL);
}

/* What keeps the slip from being recorded, or NULL. */
const char *
hk_paper_approval_window_get_problem (HkPaperApprovalWindow *self)
{
  g_return_val_if_fail (HK_IS_PAPER_APPROVAL_WINDOW (self), NULL);

  return self->problem;
}
