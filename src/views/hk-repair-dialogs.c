/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-repair-dialogs.c: the repair desk's small decisions (a status move with its note, a
 * device back from the city company) and its printed forms saved as PDF.
 *
 * Each decision is an AdwMessageDialog naming what will happen, with its few fields in a
 * boxed list; the response stays disabled until the fields are complete (a reason where the
 * store requires one), and the store's refusal comes back as a toast. The intake slip and
 * the dispatch list are saved as PDF files chosen with GtkFileChooserNative.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "reports/hk-repair-dispatch-report.h"
#include "reports/hk-repair-printout.h"
#include "hk-repair-dialogs.h"
#include "hk-section.h"

static GtkWindow *
parent_window (GtkWidget *from)
{
  GtkRoot *root = from != NULL ? gtk_widget_get_root (from) : NULL;

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A toast in the nearest overlay above @from: the section's window, or a form's own. */
void
hk_repair_show_toast (GtkWidget  *from,
                      const char *message,
                      gboolean    error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (from, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  toast = hk_section_new_toast (message);
  if (error)
    adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* ---- a dialog with a few fields ---- */

static GtkListBox *
dialog_list (AdwMessageDialog *dialog)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);

  if (list == NULL)
    {
      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      adw_message_dialog_set_extra_child (dialog, list);
    }

  return GTK_LIST_BOX (list);
}

AdwMessageDialog *
hk_repair_dialog_new (GtkWidget  *from,
                      const char *heading,
                      const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (from), heading, body);

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);

  return ADW_MESSAGE_DIALOG (dialog);
}

GtkWidget *
hk_repair_dialog_add_entry (AdwMessageDialog *dialog,
                            const char       *name,
                            const char       *title)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (dialog_list (dialog), row);

  return row;
}

/* A check button with a mnemonic in its own row; returns the check button. */
GtkWidget *
hk_repair_dialog_add_check (AdwMessageDialog *dialog,
                            const char       *name,
                            const char       *label)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *check = gtk_check_button_new_with_mnemonic (label);

  gtk_widget_set_name (check, name);
  gtk_widget_set_margin_start (check, 12);
  gtk_widget_set_margin_end (check, 12);
  gtk_widget_set_margin_top (check, 12);
  gtk_widget_set_margin_bottom (check, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (dialog_list (dialog), row);

  return check;
}

/* A whole number in a spin button at the end of a row; returns the spin button. */
GtkWidget *
hk_repair_dialog_add_spin (AdwMessageDialog *dialog,
                           const char       *name,
                           const char       *title,
                           int               min,
                           int               max,
                           int               value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (spin, name);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_add_css_class (spin, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_list_box_append (dialog_list (dialog), row);

  return spin;
}

/* A choice among the strings of @model (a GtkStringList); returns the combo row. */
GtkWidget *
hk_repair_dialog_add_combo (AdwMessageDialog *dialog,
                            const char       *name,
                            const char       *title,
                            GListModel       *model)
{
  GtkWidget *row = adw_combo_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), model);
  gtk_list_box_append (dialog_list (dialog), row);

  return row;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
hk_repair_dialog_get_row (AdwMessageDialog *dialog,
                          const char       *name)
{
  GtkWidget *found = find_named (GTK_WIDGET (dialog_list (dialog)), name);

  g_return_val_if_fail (found != NULL, NULL);

  return found;
}

/* The text of a field, without blanks around it. */
char *
hk_repair_dialog_dup_text (AdwMessageDialog *dialog,
                           const char       *name)
{
  GtkWidget *row = hk_repair_dialog_get_row (dialog, name);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* ---- a status move ---- */

static void
on_move_changed_cb (AdwMessageDialog *dialog)
{
  HkRepairStatus to = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "to"));
  g_autofree char *note = hk_repair_dialog_dup_text (dialog, "note");

  adw_message_dialog_set_response_enabled (dialog, "move",
                                           to != HK_REPAIR_UNREPAIRED || *note != '\0');
}

static void
on_move_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GtkWidget        *from)
{
  HkContext *context = g_object_get_data (G_OBJECT (dialog), "context");
  HkRepairTicket *ticket = g_object_get_data (G_OBJECT (dialog), "ticket");
  HkRepairStatus to = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "to"));
  g_autofree char *note = NULL;
  g_autoptr(HkRepairTicket) moved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "move") != 0)
    return;

  note = hk_repair_dialog_dup_text (dialog, "note");
  moved = hk_repair_store_set_status (hk_context_get_repair_store (context),
                                      hk_context_get_operator (context), ticket, to, note,
                                      &error);
  if (moved == NULL)
    {
      hk_repair_show_toast (from, error->message, TRUE);
      return;
    }

  /* Translators: "R20261021-0007 is now: Ready for pickup" */
  message = g_strdup_printf (_("%s is now: %s"), hk_repair_ticket_get_ticket_no (moved),
                             hk_repair_status_get_title (hk_repair_ticket_get_status (moved)));
  hk_repair_show_toast (from, message, FALSE);
}

static void
on_entry_activated_cb (AdwMessageDialog *dialog)
{
  const char *response = adw_message_dialog_get_default_response (dialog);

  if (response != NULL && adw_message_dialog_get_response_enabled (dialog, response))
    {
      adw_message_dialog_response (dialog, response);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

/**
 * hk_repair_dialogs_move:
 * @from: the widget that asks; toasts go to its window
 * @to: a status that hk_repair_store_set_status() moves @ticket to
 *
 * Asks for the note of a status move (required for "not repaired") and moves the ticket.
 */
void
hk_repair_dialogs_move (GtkWidget      *from,
                        HkContext      *context,
                        HkRepairTicket *ticket,
                        HkRepairStatus  to)
{
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;
  GtkWidget *note;

  /* Translators: a dialog's heading, "Move to Ready for pickup?" */
  heading = g_strdup_printf (_("Move to %s?"), hk_repair_status_get_title (to));
  dialog = hk_repair_dialog_new (from, heading, NULL);

  if (to == HK_REPAIR_UNREPAIRED)
    adw_message_dialog_format_body (dialog,
                                    _("The device of ticket %s will wait for its customer "
                                      "unrepaired. Say why: the customer is told so when "
                                      "called."),
                                    hk_repair_ticket_get_ticket_no (ticket));
  else
    adw_message_dialog_format_body (dialog,
                                    _("Ticket %s moves from %s to %s. The move is on its "
                                      "timeline with your name and the time."),
                                    hk_repair_ticket_get_ticket_no (ticket),
                                    hk_repair_status_get_title (
                                      hk_repair_ticket_get_status (ticket)),
                                    hk_repair_status_get_title (to));

  note = hk_repair_dialog_add_entry (dialog, "note",
                                     to == HK_REPAIR_UNREPAIRED
                                     ? _("Why it is not repaired")
                                     : _("What was found or done (optional)"));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "move", _("_Move"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "move");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "context", g_object_ref (context), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "ticket", g_object_ref (ticket), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "to", GINT_TO_POINTER (to));
  g_signal_connect_object (note, "changed", G_CALLBACK (on_move_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (note, "entry-activated", G_CALLBACK (on_entry_activated_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_move_response_cb), from, 0);
  on_move_changed_cb (dialog);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (note);
}

/* ---- back from the city company ---- */

static void
on_receive_changed_cb (AdwMessageDialog *dialog)
{
  g_autofree char *report = hk_repair_dialog_dup_text (dialog, "report");

  adw_message_dialog_set_response_enabled (dialog, "receive", *report != '\0');
}

static void
on_receive_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        GtkWidget        *from)
{
  HkContext *context = g_object_get_data (G_OBJECT (dialog), "context");
  HkRepairTicket *ticket = g_object_get_data (G_OBJECT (dialog), "ticket");
  GtkWidget *repaired = hk_repair_dialog_get_row (dialog, "repaired");
  g_autofree char *report = NULL;
  g_autoptr(HkRepairTicket) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "receive") != 0)
    return;

  report = hk_repair_dialog_dup_text (dialog, "report");
  back = hk_repair_store_return_from_city (hk_context_get_repair_store (context),
                                           hk_context_get_operator (context), ticket,
                                           gtk_check_button_get_active (
                                             GTK_CHECK_BUTTON (repaired)),
                                           report, &error);
  if (back == NULL)
    {
      hk_repair_show_toast (from, error->message, TRUE);
      return;
    }

  message = g_strdup_printf (_("%s is back from the city company"),
                             hk_repair_ticket_get_ticket_no (back));
  hk_repair_show_toast (from, message, FALSE);
}

/**
 * hk_repair_dialogs_receive:
 * @ticket: a ticket at the city company
 *
 * Receives one device of a dispatch batch back, with the city company's report.
 */
void
hk_repair_dialogs_receive (GtkWidget      *from,
                           HkContext      *context,
                           HkRepairTicket *ticket)
{
  AdwMessageDialog *dialog;
  g_autofree char *device = hk_repair_ticket_dup_device (ticket);
  GtkWidget *report;
  GtkWidget *repaired;

  dialog = hk_repair_dialog_new (from, _("Receive from the City Company?"), NULL);
  adw_message_dialog_format_body (dialog,
                                  _("The %s of ticket %s (batch %s) is back in the hall. Copy "
                                    "the city company’s report on it."),
                                  device, hk_repair_ticket_get_ticket_no (ticket),
                                  hk_repair_ticket_get_batch_no (ticket) != NULL
                                  ? hk_repair_ticket_get_batch_no (ticket) : "—");

  repaired = hk_repair_dialog_add_check (dialog, "repaired",
                                         _("_Repaired by the city company"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (repaired), TRUE);
  report = hk_repair_dialog_add_entry (dialog, "report", _("The city company’s report"));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "receive", _("Re_ceive"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "receive", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "receive");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "context", g_object_ref (context), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "ticket", g_object_ref (ticket), g_object_unref);
  g_signal_connect_object (report, "changed", G_CALLBACK (on_receive_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (report, "entry-activated", G_CALLBACK (on_entry_activated_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_receive_response_cb), from, 0);
  on_receive_changed_cb (dialog);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (report);
}

/* ---- printed forms ---- */

/**
 * hk_repair_save_slip:
 * @file: where to write the intake slip as PDF
 */
gboolean
hk_repair_save_slip (HkContext  *context,
                     gint64      ticket_id,
                     GFile      *file,
                     GError    **error)
{
  g_autoptr(HkRepairSlip) slip = NULL;
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Choose a folder on this computer."));
      return FALSE;
    }

  return (slip = hk_repair_slip_new_from_store (context, ticket_id, error)) != NULL &&
         hk_repair_slip_save_pdf (slip, path, error);
}

/**
 * hk_repair_save_dispatch_list:
 * @file: where to write the batch's printable dispatch list as PDF
 */
gboolean
hk_repair_save_dispatch_list (HkContext  *context,
                              gint64      batch_id,
                              GFile      *file,
                              GError    **error)
{
  g_autoptr(HkReport) report = NULL;
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Choose a folder on this computer."));
      return FALSE;
    }

  return (report = hk_repair_dispatch_report_build (context, batch_id, error)) != NULL &&
         hk_repair_dispatch_list_save_pdf (report, path, error);
}

typedef gboolean (*SaveFunc) (HkContext  *context,
                              gint64      id,
                              GFile      *file,
                              GError    **error);

static void
on_save_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GtkWidget       *from)
{
  HkContext *context = g_object_get_data (G_OBJECT (chooser), "context");
  SaveFunc save = g_object_get_data (G_OBJECT (chooser), "save");
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (chooser), "id");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      if (!save (context, id, file, &error))
        hk_repair_show_toast (from, error->message, TRUE);
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *message = g_strdup_printf (_("Saved %s"), name);

          hk_repair_show_toast (from, message, FALSE);
        }
    }

  g_object_unref (chooser);
}

static void
choose_pdf (GtkWidget  *from,
            HkContext  *context,
            const char *title,
            const char *name,
            SaveFunc    save,
            gint64      id)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, parent_window (from),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "context", g_object_ref (context),
                          g_object_unref);
  g_object_set_data (G_OBJECT (chooser), "save", save);
  g_object_set_data_full (G_OBJECT (chooser), "id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_response_cb), from, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Asks where to save a ticket's intake slip, for the customer to sign, and saves it. */
void
hk_repair_dialogs_save_slip (GtkWidget  *from,
                             HkContext  *context,
                             gint64      ticket_id,
                             const char *ticket_no)
{
  g_autofree char *name = g_strdup_printf ("%s.pdf", ticket_no);

  choose_pdf (from, context, _("Save Intake Slip"), name, hk_repair_save_slip, ticket_id);
}

/* Asks where to save a batch's dispatch list, to go with it to the city company. */
void
hk_repair_dialogs_save_dispatch_list (GtkWidget  *from,
                                      HkContext  *context,
                                      gint64      batch_id,
                                      const char *batch_no)
{
  g_autofree char *name = g_strdup_printf ("%s.pdf", batch_no);

  choose_pdf (from, context, _("Save Dispatch List"), name, hk_repair_save_dispatch_list,
              batch_id);
}
