/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-format.c: what the Bank section's pages share: toasts, a question with one text field,
 * the day today, a clerk's name, money in a label.
 *
 * A question (endorse to whom, why a cheque bounced, how it was resolved, why a payer's mark or
 * a deposit goes) is an AdwMessageDialog with one entry row: its response stays disabled while
 * the entry is empty, Enter answers it, Escape closes it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/hk-money.h"
#include "hk-bank-format.h"
#include "hk-section.h"

/* A toast of the section @from is in; an error is shown at once. */
void
hk_bank_show_toast (GtkWidget  *from,
                    const char *message,
                    gboolean    error)
{
  GtkWidget *section = gtk_widget_get_ancestor (from, HK_TYPE_SECTION);

  if (section == NULL)
    return;

  if (error)
    hk_section_show_error_message (HK_SECTION (section), message);
  else
    hk_section_show_toast (HK_SECTION (section), message);
}

void
hk_bank_show_error (GtkWidget    *from,
                    const GError *error)
{
  hk_bank_show_toast (from, error->message, TRUE);
}

typedef struct
{
  HkBankTextCallback callback;
  gpointer           user_data;
  GtkWidget         *from;    /* weak */
} Question;

static void
question_free (Question *question)
{
  g_clear_weak_pointer (&question->from);
  g_free (question);
}

static GtkEditable *
question_entry (AdwMessageDialog *dialog)
{
  return GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), "entry"));
}

static void
on_question_changed_cb (AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (question_entry (dialog))));

  adw_message_dialog_set_response_enabled (dialog, "answer", *text != '\0');
}

static void
on_question_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         Question         *question)
{
  g_autofree char *text = NULL;

  if (g_strcmp0 (response, "answer") != 0 || question->from == NULL)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (question_entry (dialog))));
  question->callback (question->from, text, question->user_data);
}

static void
on_question_activated_cb (AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "answer"))
    {
      adw_message_dialog_response (dialog, "answer");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

/**
 * hk_bank_ask_text:
 * @title: the entry's title
 * @text: (nullable): what the entry holds at first
 * @response_label: the answer's button, e.g. "_Endorse"
 *
 * Asks for one line of text and calls @callback with it (stripped, never empty).
 *
 * Returns: (transfer none): the dialog, presented
 */
AdwMessageDialog *
hk_bank_ask_text (GtkWidget          *from,
                  const char         *heading,
                  const char         *body,
                  const char         *title,
                  const char         *text,
                  const char         *response_label,
                  HkBankTextCallback  callback,
                  gpointer            user_data)
{
  GtkRoot *root = gtk_widget_get_root (from);
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *entry;
  Question *question;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                           : NULL,
                                                       heading, body));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  entry = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  gtk_list_box_append (GTK_LIST_BOX (list), entry);
  adw_message_dialog_set_extra_child (dialog, list);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "answer", response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "answer", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "answer");
  adw_message_dialog_set_close_response (dialog, "cancel");

  question = g_new0 (Question, 1);
  question->callback = callback;
  question->user_data = user_data;
  g_set_weak_pointer (&question->from, from);
  g_object_set_data_full (G_OBJECT (dialog), "question", question,
                          (GDestroyNotify)question_free);

  g_signal_connect_object (entry, "changed", G_CALLBACK (on_question_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "entry-activated", G_CALLBACK (on_question_activated_cb),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect (dialog, "response", G_CALLBACK (on_question_response_cb), question);

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  on_question_changed_cb (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);

  return dialog;
}

/* Returns: the hall's business day now, "YYYY-MM-DD" */
char *
hk_bank_today (HkContext *context)
{
  return hk_hall_store_format_day (hk_context_get_hall_store (context),
                                   hk_database_get_now (hk_context_get_database (context)));
}

/* Returns: the operator's name, or "" when @operator_id names nobody */
char *
hk_bank_operator_name (HkContext *context,
                       gint64     operator_id)
{
  g_autoptr(HkOperator) operator = NULL;

  if (operator_id <= 0)
    return g_strdup ("");

  operator = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context),
                                             operator_id, NULL);

  return g_strdup (operator != NULL ? hk_operator_get_display_name (operator) : "");
}

/* Returns: "YYYY-MM-DD HH:MM" in the hall's time zone, or "" for 0 */
char *
hk_bank_format_moment (HkContext *context,
                       gint64     unix_seconds)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_seconds <= 0)
    return g_strdup ("");

  utc = g_date_time_new_from_unix_utc (unix_seconds);
  local = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (
                                          hk_context_get_hall_store (context)));

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* Whether @needle (case-folded) is a part of @haystack, a text of a list's item. */
gboolean
hk_bank_text_contains (const char *haystack,
                       const char *needle)
{
  g_autofree char *folded = haystack != NULL ? g_utf8_casefold (haystack, -1) : NULL;

  return folded != NULL && strstr (folded, needle) != NULL;
}

/**
 * hk_bank_select_id:
 * @get_id: the id of an item of the list
 *
 * Selects the item whose id is @id; FALSE when the list does not show it.
 */
gboolean
hk_bank_select_id (GtkSingleSelection *selection,
                   HkBankGetId         get_id,
                   gint64              id)
{
  GListModel *model = G_LIST_MODEL (selection);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (get_id (item) == id)
        {
          gtk_single_selection_set_selected (selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Shows @fen in @label, with the error colour when it is below zero. */
void
hk_bank_set_money_label (GtkLabel *label,
                         gint64    fen)
{
  g_autofree char *text = hk_money_format (fen);

  gtk_label_set_label (label, text);
  if (fen < 0)
    gtk_widget_add_css_class (GTK_WIDGET (label), "money-negative");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "money-negative");
}
