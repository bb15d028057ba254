/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-reconciliation-page.c: the Bank section's reconciliation (对帐): the bank statement's
 * lines, their matches, and the reconciliation at the end of a day.
 *
 * On the left, the reconciliation of the day in the bar (yesterday at first) as the report
 * prints it: the book balance, less the deposits in transit, plus the unmatched statement lines,
 * and the statement balance, each list folded under its total; the last row says "Balanced to
 * the fen" or names the difference, with an icon as well as the words. On the right, the
 * imported statement lines, newest first, the unmatched ones unless the drop-down shows all,
 * each with what it is matched to.
 *
 * Import Statement… (Ctrl+I) reads the bank's CSV file in a thread on a connection of its own
 * while a dialog shows that it works; the import is all or nothing, and a refused file is named
 * in a dialog with the line and the reason the core gives. Match Automatically (Ctrl+M) runs the
 * core's matching; Match… (Enter) offers the unmatched deposits or bounced cheques of the
 * selected line's amount; Unmatch (Delete) takes a match back. Book Opening… (in the menu of the
 * bar) sets the day and balance the book opens at. Export to Excel… (Ctrl+E) writes
 * the reconciliation report with hk_report_export() in a thread, with its progress and Cancel.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-money.h"
#include "reports/hk-bank-reconciliation-report.h"
#include "reports/hk-report-export.h"
#include "hk-background-query.h"
#include "hk-bank-format.h"
#include "hk-bank-reconciliation-page.h"

#define ALL_DAYS_FIRST "0001-01-01"
#define ALL_DAYS_LAST "9999-12-31"

struct _HkBankReconciliationPage
{
  AdwBin                parent_instance;

  HkContext            *context;
  GListStore           *lines;
  HkBankReconciliation *reconciliation;
  GPtrArray            *detail_rows;    /* rows added under the two expander rows */

  /* Template widgets */
  GtkCustomSorter      *amount_sorter;
  GtkLabel             *book_label;
  GtkColumnView        *column_view;
  GtkCustomSorter      *day_sorter;
  GtkEntry             *day_entry;
  GtkLabel             *difference_label;
  GtkFilterListModel   *filter_model;
  AdwExpanderRow       *in_transit_row;
  GtkStack             *list_stack;
  AdwActionRow         *result_row;
  GtkImage             *result_icon;
  GtkSingleSelection   *selection;
  GtkDropDown          *show_dropdown;
  GtkSortListModel     *sort_model;
  GtkLabel             *statement_label;
  AdwPreferencesGroup  *summary_group;
  AdwExpanderRow       *unmatched_row;
};

G_DEFINE_FINAL_TYPE (HkBankReconciliationPage, hk_bank_reconciliation_page, ADW_TYPE_BIN)

static guint n_running;

static HkBankStatementLine *
get_selected (HkBankReconciliationPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static const char *
get_day (HkBankReconciliationPage *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->day_entry));
}

static gboolean
day_is_valid (HkBankReconciliationPage *self)
{
  return hk_hall_store_parse_day (hk_context_get_hall_store (self->context), get_day (self),
                                  NULL, NULL, NULL);
}

/* ---- closures of the list ---- */

static char *
format_line_day (gpointer             unused,
                 HkBankStatementLine *line)
{
  return g_strdup (line != NULL ? hk_bank_statement_line_get_value_day (line) : "");
}

static char *
format_line_reference (gpointer             unused,
                       HkBankStatementLine *line)
{
  return g_strdup (line != NULL ? hk_bank_statement_line_get_reference (line) : "");
}

static char *
format_line_description (gpointer             unused,
                         HkBankStatementLine *line)
{
  return g_strdup (line != NULL ? hk_bank_statement_line_get_description (line) : "");
}

static char *
format_line_amount (gpointer             unused,
                    HkBankStatementLine *line)
{
  return line != NULL ? hk_money_format (hk_bank_statement_line_get_amount (line)) : g_strdup ("");
}

static char *
format_line_balance (gpointer             unused,
                     HkBankStatementLine *line)
{
  return line != NULL ? hk_money_format (hk_bank_statement_line_get_balance (line))
                      : g_strdup ("");
}

static char *
format_line_state_icon (gpointer             unused,
                        HkBankStatementLine *line)
{
  if (line == NULL)
    return g_strdup ("");

  return g_strdup (hk_bank_statement_line_is_matched (line) ? "object-select-symbolic"
                                                            : "emblem-important-symbolic");
}

/* What the line is matched to, in words; set on the line when the list is read. */
static char *
format_line_state (gpointer             unused,
                   HkBankStatementLine *line)
{
  const char *text = line != NULL ? g_object_get_data (G_OBJECT (line), "matched-to") : NULL;

  return g_strdup (text != NULL ? text : "");
}

static int
compare_day (gconstpointer a,
             gconstpointer b,
             gpointer      unused)
{
  int order = g_strcmp0 (hk_bank_statement_line_get_value_day ((HkBankStatementLine *)a),
                         hk_bank_statement_line_get_value_day ((HkBankStatementLine *)b));

  if (order == 0)
    order = (int)hk_bank_statement_line_get_line_no ((HkBankStatementLine *)a) -
            (int)hk_bank_statement_line_get_line_no ((HkBankStatementLine *)b);

  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_amount (gconstpointer a,
                gconstpointer b,
                gpointer      unused)
{
  gint64 x = hk_bank_statement_line_get_amount ((HkBankStatementLine *)a);
  gint64 y = hk_bank_statement_line_get_amount ((HkBankStatementLine *)b);

  return x < y ? GTK_ORDERING_SMALLER : x > y ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static gboolean
filter_line (gpointer item,
             gpointer user_data)
{
  HkBankReconciliationPage *self = user_data;

  return gtk_drop_down_get_selected (self->show_dropdown) == 1 ||
         !hk_bank_statement_line_is_matched (item);
}

/* ---- state ---- */

static void
update_actions (HkBankReconciliationPage *self)
{
  HkBankStatementLine *line;

  if (self->context == NULL)
    return;

  line = get_selected (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reconciliation.match",
                                 line != NULL && !hk_bank_statement_line_is_matched (line));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reconciliation.unmatch",
                                 line != NULL && hk_bank_statement_line_is_matched (line));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reconciliation.export",
                                 day_is_valid (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reconciliation.auto-match",
                                 g_list_model_get_n_items (G_LIST_MODEL (self->lines)) > 0);
}

static void
update_list_page (HkBankReconciliationPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->lines)) == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "all-matched");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

static void
clear_detail_rows (HkBankReconciliationPage *self)
{
  for (guint i = 0; i < self->detail_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->detail_rows, i);
      GtkWidget *expander = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW);

      if (expander != NULL)
        adw_expander_row_remove (ADW_EXPANDER_ROW (expander), row);
    }
  g_ptr_array_set_size (self->detail_rows, 0);
}

static GtkWidget *
new_money_label (gint64 fen)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  hk_bank_set_money_label (GTK_LABEL (label), fen);

  return label;
}

static void
add_items (HkBankReconciliationPage *self,
           AdwExpanderRow           *expander,
           GPtrArray                *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      HkBankReconciliationItem *item = g_ptr_array_index (items, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = NULL;

      /* Translators: "2026-10-17 · S-20261017-01" (a day and the slip's or line's reference) */
      title = g_strdup_printf (_("%s · %s"), item->day,
                               item->reference != NULL ? item->reference : "");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (item->description != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), item->description);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_money_label (item->amount));
      adw_expander_row_add_row (expander, row);
      g_ptr_array_add (self->detail_rows, row);
    }
}

static void
set_expander (HkBankReconciliationPage *self,
              AdwExpanderRow           *expander,
              GPtrArray                *items,
              gint64                    total)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (expander), "total");
  g_autofree char *subtitle = NULL;

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", items->len),
                              items->len);
  adw_expander_row_set_subtitle (expander, subtitle);
  adw_expander_row_set_enable_expansion (expander, items->len > 0);
  hk_bank_set_money_label (label, total);
  add_items (self, expander, items);
}

static void
show_reconciliation (HkBankReconciliationPage *self)
{
  HkBankReconciliation *rec = self->reconciliation;
  g_autofree char *title = NULL;
  g_autofree char *opening = NULL;
  g_autofree char *book = NULL;

  clear_detail_rows (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->summary_group), rec != NULL);

  if (rec == NULL)
    {
      adw_preferences_group_set_title (self->summary_group, _("Reconciliation"));
      adw_preferences_group_set_description (self->summary_group,
                                             _("Write the day as YYYY-MM-DD."));
      return;
    }

  /* Translators: the heading of the reconciliation, "Reconciliation at the end of 2026-10-17" */
  title = g_strdup_printf (_("Reconciliation at the end of %s"), rec->day);
  adw_preferences_group_set_title (self->summary_group, title);
  opening = hk_money_format (rec->opening_balance);
  /* Translators: "The book opens at ¥50,000.00 at the end of 2026-09-18." */
  book = g_strdup_printf (_("The book opens at %s at the end of %s."), opening,
                          rec->opening_day != NULL ? rec->opening_day : "");
  adw_preferences_group_set_description (self->summary_group, book);

  hk_bank_set_money_label (self->book_label, rec->book_balance);
  set_expander (self, self->in_transit_row, rec->in_transit_items, rec->in_transit);
  set_expander (self, self->unmatched_row, rec->unmatched_items, rec->unmatched);
  hk_bank_set_money_label (self->statement_label, rec->statement_balance);

  if (!rec->has_statement)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->result_row),
                                     _("No statement up to this day"));
      adw_action_row_set_subtitle (self->result_row,
                                   _("Import the bank’s statement to reconcile."));
      gtk_image_set_from_icon_name (self->result_icon, "dialog-information-symbolic");
      gtk_label_set_label (self->difference_label, "");
    }
  else if (rec->difference == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->result_row),
                                     _("Balanced to the fen"));
      adw_action_row_set_subtitle (self->result_row,
                                   _("The book and the statement agree."));
      gtk_image_set_from_icon_name (self->result_icon, "object-select-symbolic");
      hk_bank_set_money_label (self->difference_label, 0);
    }
  else
    {
      g_autofree char *difference = hk_money_format (rec->difference);
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->result_row),
                                     _("Not balanced"));
      /* Translators: "A difference of ¥12.00: the book less the statement, after the items." */
      subtitle = g_strdup_printf (_("A difference of %s: match the lines, or find what the book "
                                    "or the statement lacks."), difference);
      adw_action_row_set_subtitle (self->result_row, subtitle);
      gtk_image_set_from_icon_name (self->result_icon, "dialog-warning-symbolic");
      hk_bank_set_money_label (self->difference_label, rec->difference);
    }
}

static void
reconcile (HkBankReconciliationPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->reconciliation, hk_bank_reconciliation_free);
  gtk_widget_remove_css_class (GTK_WIDGET (self->day_entry), "error");

  if (!day_is_valid (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->day_entry), "error");
  else if (!(self->reconciliation = hk_bank_store_reconcile (
                                      hk_context_get_bank_store (self->context), get_day (self),
                                      &error)))
    hk_bank_show_error (GTK_WIDGET (self), error);

  show_reconciliation (self);
  update_actions (self);
}

/* Says in words what each line is matched to. */
static void
describe_matches (HkBankReconciliationPage *self,
                  GPtrArray                *lines)
{
  g_autoptr(GHashTable) slips = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       g_free);
  g_autoptr(GHashTable) cheques = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         g_free);
  g_autoptr(GPtrArray) deposits = NULL;
  g_autoptr(GPtrArray) bounced = NULL;

  deposits = hk_bank_store_list_deposits (hk_context_get_bank_store (self->context),
                                          ALL_DAYS_FIRST, ALL_DAYS_LAST, NULL);
  for (guint i = 0; deposits != NULL && i < deposits->len; i++)
    {
      HkBankDeposit *deposit = g_ptr_array_index (deposits, i);

      g_hash_table_insert (slips, g_memdup2 (&(gint64) { hk_bank_deposit_get_id (deposit) },
                                             sizeof (gint64)),
                           g_strdup (hk_bank_deposit_get_slip_no (deposit)));
    }

  bounced = hk_cheque_store_list (hk_context_get_cheque_store (self->context), -1, NULL);
  for (guint i = 0; bounced != NULL && i < bounced->len; i++)
    {
      HkCheque *cheque = g_ptr_array_index (bounced, i);

      g_hash_table_insert (cheques, g_memdup2 (&(gint64) { hk_cheque_get_id (cheque) },
                                               sizeof (gint64)),
                           g_strdup (hk_cheque_get_cheque_no (cheque)));
    }

  for (guint i = 0; i < lines->len; i++)
    {
      HkBankStatementLine *line = g_ptr_array_index (lines, i);
      gint64 deposit_id = hk_bank_statement_line_get_deposit_id (line);
      gint64 cheque_id = hk_bank_statement_line_get_cheque_id (line);
      gboolean automatic = hk_bank_statement_line_is_automatic (line);
      char *text;

      if (deposit_id > 0)
        /* Translators: "Deposit S-20261017-01 (automatic)" or "… (by hand)" */
        text = g_strdup_printf (automatic ? _("Deposit %s (automatic)") : _("Deposit %s (by hand)"),
                                (char *)g_hash_table_lookup (slips, &deposit_id));
      else if (cheque_id > 0)
        text = g_strdup_printf (automatic ? _("Bounced cheque %s (automatic)")
                                          : _("Bounced cheque %s (by hand)"),
                                (char *)g_hash_table_lookup (cheques, &cheque_id));
      else
        text = g_strdup (_("Unmatched"));
      g_object_set_data_full (G_OBJECT (line), "matched-to", text, g_free);
    }
}

/**
 * hk_bank_reconciliation_page_reload:
 *
 * Reads the statement lines and the reconciliation again (after a store's "changed", or after
 * an import made on another connection).
 */
void
hk_bank_reconciliation_page_reload (HkBankReconciliationPage *self)
{
  HkBankStatementLine *selected = self->context != NULL ? get_selected (self) : NULL;
  gint64 selected_id = selected != NULL ? hk_bank_statement_line_get_id (selected) : 0;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;

  if (self->context == NULL)
    return;

  lines = hk_bank_store_list_lines (hk_context_get_bank_store (self->context), ALL_DAYS_FIRST,
                                    ALL_DAYS_LAST, FALSE, &error);
  if (lines == NULL)
    {
      hk_bank_show_error (GTK_WIDGET (self), error);
      return;
    }

  describe_matches (self, lines);
  g_list_store_splice (self->lines, 0, g_list_model_get_n_items (G_LIST_MODEL (self->lines)),
                       lines->pdata, lines->len);
  if (selected_id > 0)
    hk_bank_reconciliation_page_select_line (self, selected_id);

  update_list_page (self);
  reconcile (self);
}

static void
on_day_changed_cb (HkBankReconciliationPage *self)
{
  if (self->context != NULL)
    reconcile (self);
}

static void
on_filter_changed_cb (HkBankReconciliationPage *self)
{
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->filter_model);

  if (filter != NULL)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  if (self->context != NULL)
    {
      update_list_page (self);
      update_actions (self);
    }
}

/* ---- work in a thread, with a dialog saying so ---- */

typedef struct
{
  gint64        operator_id;
  char         *day;          /* export */
  char         *path;         /* export */
  char         *name;         /* import: the file's name */
  char         *contents;     /* import */
  gsize         length;
  GCancellable *cancellable;
  int           permille;     /* written by the thread (atomic); −1: no measure, pulse */
} Job;

typedef struct
{
  HkBankReconciliationPage *self;
  AdwMessageDialog         *dialog;
  GtkProgressBar           *progress_bar;
  Job                      *job;           /* owned by the task */
  guint                     poll_id;
} Progress;

static void
job_free (Job *job)
{
  g_free (job->day);
  g_free (job->path);
  g_free (job->name);
  g_free (job->contents);
  g_clear_object (&job->cancellable);
  g_free (job);
}

static void
job_log_in (HkContext *context,
            Job       *job)
{
  g_autoptr(HkOperator) operator = NULL;

  operator = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context),
                                             job->operator_id, NULL);
  hk_context_set_operator (context, operator);
}

static gboolean
poll_progress_cb (gpointer user_data)
{
  Progress *progress = user_data;
  int permille = g_atomic_int_get (&progress->job->permille);

  if (permille < 0)
    gtk_progress_bar_pulse (progress->progress_bar);
  else
    gtk_progress_bar_set_fraction (progress->progress_bar, permille / 1000.0);

  return G_SOURCE_CONTINUE;
}

static void
on_progress_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         GCancellable     *cancellable)
{
  if (g_strcmp0 (response, "cancel") == 0)
    g_cancellable_cancel (cancellable);
}

static Progress *
progress_start (HkBankReconciliationPage *self,
                const char               *heading,
                const char               *body,
                Job                      *job)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  Progress *progress = g_new0 (Progress, 1);

  progress->self = g_object_ref (self);
  progress->job = job;
  progress->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root)
                                                                 ? GTK_WINDOW (root) : NULL,
                                                                 heading, body));
  progress->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (progress->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress"), -1);
  adw_message_dialog_set_extra_child (progress->dialog, GTK_WIDGET (progress->progress_bar));
  if (job->cancellable != NULL)
    {
      adw_message_dialog_add_response (progress->dialog, "cancel", _("_Cancel"));
      adw_message_dialog_set_close_response (progress->dialog, "cancel");
      g_signal_connect_object (progress->dialog, "response",
                               G_CALLBACK (on_progress_response_cb), job->cancellable, 0);
    }
  g_object_ref_sink (progress->dialog);
  gtk_window_present (GTK_WINDOW (progress->dialog));
  progress->poll_id = g_timeout_add (100, poll_progress_cb, progress);
  n_running++;

  return progress;
}

static void
progress_finish (Progress *progress)
{
  n_running--;
  g_clear_handle_id (&progress->poll_id, g_source_remove);
  gtk_window_destroy (GTK_WINDOW (progress->dialog));
  g_object_unref (progress->dialog);
  g_object_unref (progress->self);
  g_free (progress);
}

/* ---- import ---- */

static gpointer
import_in_thread (HkContext  *context,
                  gpointer    data,
                  GError    **error)
{
  Job *job = data;
  HkBankStatementImport *result = g_new0 (HkBankStatementImport, 1);

  job_log_in (context, job);
  if (!hk_bank_store_import_statement (hk_context_get_bank_store (context),
                                       hk_context_get_operator (context), NULL, job->contents,
                                       job->length, job->name, result, error))
    {
      g_free (result);
      return NULL;
    }

  return result;
}

static void
import_result_free (HkBankStatementImport *result)
{
  hk_bank_statement_import_clear (result);
  g_free (result);
}

static void
show_import_refused (HkBankReconciliationPage *self,
                     const char               *name,
                     const GError             *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;

  /* Translators: "icbc-2026-10-18.csv Not Imported" */
  heading = g_strdup_printf (_("%s Not Imported"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                           : NULL,
                                                       heading, NULL));
  /* Translators: the first %s is the core's reason, naming the line */
  adw_message_dialog_format_body (dialog, _("%s\n\nNothing of the file was imported. Correct it, "
                                            "or ask the bank for the file again, and import it "
                                            "once more."), error->message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_done_cb (GObject      *source,
                   GAsyncResult *res,
                   gpointer      user_data)
{
  Progress *progress = user_data;
  HkBankReconciliationPage *self = progress->self;
  g_autofree char *name = g_strdup (progress->job->name);
  g_autoptr(GError) error = NULL;
  HkBankStatementImport *result;

  result = hk_background_query_finish (res, &error);
  progress_finish (progress);

  if (result == NULL)
    {
      show_import_refused (self, name, error);
      return;
    }

  {
    g_autofree char *opening = hk_money_format (result->opening_balance);
    g_autofree char *closing = hk_money_format (result->closing_balance);
    g_autofree char *message = NULL;

    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Imported %u statement line from %s to %s: opening "
                                            "%s, closing %s",
                                            "Imported %u statement lines from %s to %s: opening "
                                            "%s, closing %s", result->n_lines),
                               result->n_lines, result->first_day, result->last_day, opening,
                               closing);
    hk_bank_show_toast (GTK_WIDGET (self), message, FALSE);
  }
  import_result_free (result);

  /* The import wrote on a connection of its own: this one's store said nothing. */
  gtk_drop_down_set_selected (self->show_dropdown, 0);
  hk_bank_reconciliation_page_reload (self);
}

/**
 * hk_bank_reconciliation_page_import_file:
 *
 * Imports the statement CSV @file as Import Statement… does once the file is chosen: in a
 * thread, with a dialog while it works; a refusal is shown in a dialog naming the line.
 */
void
hk_bank_reconciliation_page_import_file (HkBankReconciliationPage *self,
                                         GFile                    *file)
{
  HkOperator *actor = hk_context_get_operator (self->context);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  Progress *progress;
  Job *job;

  g_return_if_fail (HK_IS_BANK_RECONCILIATION_PAGE (self));

  job = g_new0 (Job, 1);
  job->operator_id = actor != NULL ? hk_operator_get_id (actor) : 0;
  job->name = g_file_get_basename (file);
  job->permille = -1;
  if (!g_file_load_contents (file, NULL, &job->contents, &job->length, NULL, &error))
    {
      show_import_refused (self, job->name, error);
      job_free (job);
      return;
    }

  /* Translators: "Reading icbc-2026-10-18.csv: every line is checked before any is kept." */
  body = g_strdup_printf (_("Reading %s: every line is checked before any is kept."), job->name);
  progress = progress_start (self, _("Importing Statement…"), body, job);
  hk_background_query_run (self, self->context, import_in_thread, job, (GDestroyNotify)job_free,
                           (GDestroyNotify)import_result_free, NULL, on_import_done_cb,
                           progress);
}

static void
on_import_chosen_cb (GtkNativeDialog          *chooser,
                     int                       response,
                     HkBankReconciliationPage *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    hk_bank_reconciliation_page_import_file (self, file);

  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Bank Statement"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Bank statements (CSV)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_chosen_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- export ---- */

static void
on_export_progress (double   fraction,
                    gpointer user_data)
{
  Job *job = user_data;

  g_atomic_int_set (&job->permille, (int)(fraction * 1000));
}

static gpointer
export_in_thread (HkContext  *context,
                  gpointer    data,
                  GError    **error)
{
  Job *job = data;
  g_autoptr(HkReport) report = NULL;

  job_log_in (context, job);
  if (!(report = hk_bank_reconciliation_report_build (context, job->day, error)) ||
      !hk_report_export (report, job->path, on_export_progress, job, job->cancellable, error))
    return NULL;

  return g_strdup (job->path);
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *res,
                   gpointer      user_data)
{
  Progress *progress = user_data;
  HkBankReconciliationPage *self = progress->self;
  g_autofree char *name = g_path_get_basename (progress->job->path);
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  path = hk_background_query_finish (res, &error);
  progress_finish (progress);

  if (path != NULL)
    message = g_strdup_printf (_("Saved %s"), name);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    message = g_strdup (_("Export cancelled; no file was written."));
  else
    message = g_strdup (error->message);

  hk_bank_show_toast (GTK_WIDGET (self), message, path == NULL);
}

/**
 * hk_bank_reconciliation_page_export_file:
 *
 * Saves the reconciliation of the day shown to @file (.xlsx; .pdf writes a PDF file) as Export
 * to Excel… does once the file is chosen: in a thread, with its progress and Cancel, and a
 * toast at the end.
 */
void
hk_bank_reconciliation_page_export_file (HkBankReconciliationPage *self,
                                         GFile                    *file)
{
  HkOperator *actor = hk_context_get_operator (self->context);
  g_autofree char *body = NULL;
  g_autofree char *name = g_file_get_basename (file);
  Progress *progress;
  Job *job;

  g_return_if_fail (HK_IS_BANK_RECONCILIATION_PAGE (self));

  job = g_new0 (Job, 1);
  job->operator_id = actor != NULL ? hk_operator_get_id (actor) : 0;
  job->day = g_strdup (get_day (self));
  job->path = g_file_get_path (file);
  job->cancellable = g_cancellable_new ();
  if (job->path == NULL)
    {
      hk_bank_show_toast (GTK_WIDGET (self), _("Choose a folder on this computer."), TRUE);
      job_free (job);
      return;
    }

  /* Translators: "Saving bank-reconciliation-2026-10-17.xlsx" */
  body = g_strdup_printf (_("Saving %s"), name);
  progress = progress_start (self, _("Exporting…"), body, job);
  hk_background_query_run (self, self->context, export_in_thread, job, (GDestroyNotify)job_free,
                           g_free, job->cancellable, on_export_done_cb, progress);
}

static void
on_export_chosen_cb (GtkNativeDialog          *chooser,
                     int                       response,
                     HkBankReconciliationPage *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    hk_bank_reconciliation_page_export_file (self, file);

  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkBankReconciliationPage *self = HK_BANK_RECONCILIATION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  /* Translators: a file name, keep it short and without slashes */
  name = g_strdup_printf (_("bank-reconciliation-%s.xlsx"), get_day (self));
  chooser = gtk_file_chooser_native_new (_("Export Bank Reconciliation"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chosen_cb), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- matching ---- */

static void
auto_match_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HkBankReconciliationPage *self = HK_BANK_RECONCILIATION_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = 0;

  if (!hk_bank_store_auto_match (hk_context_get_bank_store (self->context),
                                 hk_context_get_operator (self->context), &n, &error))
    {
      hk_bank_show_error (widget, error);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Matched %u line", "Matched %u lines",
                                          n), n);
  hk_bank_show_toast (widget, message, FALSE);
}

static void
unmatch_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkBankReconciliationPage *self = HK_BANK_RECONCILIATION_PAGE (widget);
  HkBankStatementLine *line = get_selected (self);
  g_autoptr(GError) error = NULL;

  if (line == NULL || !hk_bank_statement_line_is_matched (line))
    return;

  if (!hk_bank_store_unmatch (hk_context_get_bank_store (self->context),
                              hk_context_get_operator (self->context),
                              hk_bank_statement_line_get_id (line), &error))
    hk_bank_show_error (widget, error);
  else
    hk_bank_show_toast (widget, _("The line is unmatched again"), FALSE);
}

typedef struct
{
  gint64 deposit_id;
  gint64 cheque_id;
} Candidate;

static void
add_candidate (GtkListBox  *list,
               GtkWidget  **group,
               const char  *title,
               const char  *subtitle,
               gint64       deposit_id,
               gint64       cheque_id)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  Candidate *candidate = g_new0 (Candidate, 1);

  candidate->deposit_id = deposit_id;
  candidate->cheque_id = cheque_id;
  g_object_set_data_full (G_OBJECT (check), "candidate", candidate, g_free);
  if (*group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (*group));
  else
    *group = check;
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (list, row);
}

/* The unmatched deposits, or bounced cheques, of the line's amount: the only ones it may be. */
static guint
add_candidates (HkBankReconciliationPage *self,
                HkBankStatementLine      *line,
                GtkListBox               *list)
{
  gint64 amount = hk_bank_statement_line_get_amount (line);
  GtkWidget *group = NULL;
  guint n = 0;

  if (amount > 0)
    {
      g_autoptr(GPtrArray) deposits = NULL;

      deposits = hk_bank_store_list_deposits (hk_context_get_bank_store (self->context),
                                              ALL_DAYS_FIRST, ALL_DAYS_LAST, NULL);
      for (guint i = 0; deposits != NULL && i < deposits->len; i++)
        {
          HkBankDeposit *deposit = g_ptr_array_index (deposits, i);
          g_autofree char *title = NULL;

          if (hk_bank_deposit_is_cancelled (deposit) || hk_bank_deposit_get_line_id (deposit) > 0 ||
              hk_bank_deposit_get_amount (deposit) != amount)
            continue;

          /* Translators: "Deposit S-20261017-01 of 2026-10-17" */
          title = g_strdup_printf (_("Deposit %s of %s"), hk_bank_deposit_get_slip_no (deposit),
                                   hk_bank_deposit_get_slip_date (deposit));
          add_candidate (list, &group, title, hk_bank_deposit_get_bank_name (deposit),
                         hk_bank_deposit_get_id (deposit), 0);
          n++;
        }
    }
  else
    {
      g_autoptr(GHashTable) taken = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                           NULL);
      g_autoptr(GPtrArray) cheques = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->lines)); i++)
        {
          g_autoptr(HkBankStatementLine) other = g_list_model_get_item (G_LIST_MODEL (self->lines),
                                                                        i);
          gint64 cheque_id = hk_bank_statement_line_get_cheque_id (other);

          if (cheque_id > 0)
            g_hash_table_add (taken, g_memdup2 (&cheque_id, sizeof cheque_id));
        }

      cheques = hk_cheque_store_list (hk_context_get_cheque_store (self->context), -1, NULL);
      for (guint i = 0; cheques != NULL && i < cheques->len; i++)
        {
          HkCheque *cheque = g_ptr_array_index (cheques, i);
          gint64 cheque_id = hk_cheque_get_id (cheque);
          g_autofree char *title = NULL;

          if (hk_cheque_get_bounced_day (cheque) == NULL ||
              hk_cheque_get_amount (cheque) != -amount ||
              g_hash_table_contains (taken, &cheque_id))
            continue;

          /* Translators: "Bounced cheque 10203344 of 2026-10-12" */
          title = g_strdup_printf (_("Bounced cheque %s of %s"), hk_cheque_get_cheque_no (cheque),
                                   hk_cheque_get_bounced_day (cheque));
          add_candidate (list, &group, title, hk_cheque_get_payer (cheque), 0, cheque_id);
          n++;
        }
    }

  return n;
}

static Candidate *
chosen_candidate (GtkListBox *list)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

      if (check != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        return g_object_get_data (G_OBJECT (check), "candidate");
    }

  return NULL;
}

static void
on_candidate_toggled_cb (AdwMessageDialog *dialog)
{
  GtkListBox *list = GTK_LIST_BOX (adw_message_dialog_get_extra_child (dialog));

  adw_message_dialog_set_response_enabled (dialog, "match", chosen_candidate (list) != NULL);
}

static void
on_match_response_cb (AdwMessageDialog         *dialog,
                      const char               *response,
                      HkBankReconciliationPage *self)
{
  GtkListBox *list = GTK_LIST_BOX (adw_message_dialog_get_extra_child (dialog));
  gint64 line_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "line-id"));
  Candidate *candidate = chosen_candidate (list);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "match") != 0 || candidate == NULL)
    return;

  if (!hk_bank_store_match (hk_context_get_bank_store (self->context),
                            hk_context_get_operator (self->context), line_id,
                            candidate->deposit_id, candidate->cheque_id, &error))
    hk_bank_show_error (GTK_WIDGET (self), error);
  else
    hk_bank_show_toast (GTK_WIDGET (self), _("Line matched"), FALSE);
}

static void
match_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkBankReconciliationPage *self = HK_BANK_RECONCILIATION_PAGE (widget);
  HkBankStatementLine *line = get_selected (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *amount = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;

  if (line == NULL || hk_bank_statement_line_is_matched (line))
    return;

  amount = hk_money_format (hk_bank_statement_line_get_amount (line));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  if (add_candidates (self, line, GTK_LIST_BOX (list)) == 0)
    {
      g_autofree char *message = NULL;

      g_object_ref_sink (list);
      g_object_unref (list);
      /* Translators: "No unmatched deposit or bounced cheque is of ¥800.00" */
      message = g_strdup_printf (_("No unmatched deposit or bounced cheque is of %s"), amount);
      hk_bank_show_toast (widget, message, TRUE);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                           : NULL,
                                                       _("Match Statement Line?"), NULL));
  /* Translators: "The line of ¥800.00 on 2026-10-17 (S-1 现金存款) is this book entry:" */
  adw_message_dialog_format_body (dialog, _("The line of %s on %s (%s %s) is this book entry:"),
                                  amount, hk_bank_statement_line_get_value_day (line),
                                  hk_bank_statement_line_get_reference (line),
                                  hk_bank_statement_line_get_description (line));
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "match", _("_Match"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "match", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "match");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "line-id",
                     GSIZE_TO_POINTER ((gsize)hk_bank_statement_line_get_id (line)));

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_signal_connect_object (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)),
                             "toggled", G_CALLBACK (on_candidate_toggled_cb), dialog,
                             G_CONNECT_SWAPPED);
  on_candidate_toggled_cb (dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_match_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the book's opening ---- */

static GtkEditable *
opening_entry (AdwMessageDialog *dialog,
               const char       *name)
{
  return GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), name));
}

static gboolean
opening_is_valid (AdwMessageDialog         *dialog,
                  HkBankReconciliationPage *self,
                  gint64                   *balance)
{
  return hk_hall_store_parse_day (hk_context_get_hall_store (self->context),
                                  gtk_editable_get_text (opening_entry (dialog, "day")), NULL,
                                  NULL, NULL) &&
         hk_money_parse (gtk_editable_get_text (opening_entry (dialog, "balance")), balance,
                         NULL);
}

static void
on_opening_changed_cb (AdwMessageDialog *dialog)
{
  HkBankReconciliationPage *self = g_object_get_data (G_OBJECT (dialog), "page");
  gint64 balance;

  adw_message_dialog_set_response_enabled (dialog, "set",
                                           opening_is_valid (dialog, self, &balance));
}

static void
on_opening_response_cb (AdwMessageDialog         *dialog,
                        const char               *response,
                        HkBankReconciliationPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 balance = 0;

  if (g_strcmp0 (response, "set") != 0 || !opening_is_valid (dialog, self, &balance))
    return;

  if (!hk_bank_store_set_book_opening (hk_context_get_bank_store (self->context),
                                       hk_context_get_operator (self->context),
                                       gtk_editable_get_text (opening_entry (dialog, "day")),
                                       balance, &error))
    hk_bank_show_error (GTK_WIDGET (self), error);
  else
    hk_bank_show_toast (GTK_WIDGET (self), _("The book’s opening is set"), FALSE);
}

static GtkWidget *
add_opening_row (AdwMessageDialog *dialog,
                 GtkListBox       *list,
                 const char       *name,
                 const char       *title,
                 const char       *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_list_box_append (list, row);
  g_object_set_data (G_OBJECT (dialog), name, row);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_opening_changed_cb), dialog,
                           G_CONNECT_SWAPPED);

  return row;
}

/* Where the book opens: its bank balance at the end of a day (the first statement's opening,
 * unless the auditor says otherwise). */
static void
opening_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HkBankReconciliationPage *self = HK_BANK_RECONCILIATION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  HkBankReconciliation *rec = self->reconciliation;
  g_autofree char *balance = hk_money_format_plain (rec != NULL ? rec->opening_balance : 0);
  AdwMessageDialog *dialog;
  GtkWidget *list;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                           : NULL,
                                                       _("Set the Book’s Opening?"),
                                                       _("The reconciliation counts the deposits, "
                                                         "bounced cheques and statement lines "
                                                         "after this day, from the book’s bank "
                                                         "balance at its end.")));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  add_opening_row (dialog, GTK_LIST_BOX (list), "day", _("Day (YYYY-MM-DD)"),
                   rec != NULL && rec->opening_day != NULL ? rec->opening_day : "");
  add_opening_row (dialog, GTK_LIST_BOX (list), "balance", _("Balance at its end (yuan)"),
                   balance);
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "set", _("_Set"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "set", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "page", self);
  on_opening_changed_cb (dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_opening_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_column_view_activate_cb (HkBankReconciliationPage *self,
                            guint                     position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "reconciliation.match", NULL);
}

/* ---- the class ---- */

static void
add_total_label (AdwExpanderRow *expander)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  adw_expander_row_add_action (expander, label);
  g_object_set_data (G_OBJECT (expander), "total", label);
}

static void
hk_bank_reconciliation_page_dispose (GObject *object)
{
  HkBankReconciliationPage *self = (HkBankReconciliationPage *)object;

  /* Without a context, the template's signals during its disposal change nothing. */
  g_clear_object (&self->context);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_BANK_RECONCILIATION_PAGE);
  g_clear_object (&self->lines);
  g_clear_pointer (&self->reconciliation, hk_bank_reconciliation_free);
  g_clear_pointer (&self->detail_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (hk_bank_reconciliation_page_parent_class)->dispose (object);
}

static void
hk_bank_reconciliation_page_class_init (HkBankReconciliationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hk_bank_reconciliation_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/"
                                               "hk-bank-reconciliation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, amount_sorter);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, book_label);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, day_sorter);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, day_entry);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage,
                                        difference_label);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, in_transit_row);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, result_row);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, result_icon);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, selection);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, show_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, statement_label);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, summary_group);
  gtk_widget_class_bind_template_child (widget_class, HkBankReconciliationPage, unmatched_row);
  gtk_widget_class_bind_template_callback (widget_class, format_line_amount);
  gtk_widget_class_bind_template_callback (widget_class, format_line_balance);
  gtk_widget_class_bind_template_callback (widget_class, format_line_day);
  gtk_widget_class_bind_template_callback (widget_class, format_line_description);
  gtk_widget_class_bind_template_callback (widget_class, format_line_reference);
  gtk_widget_class_bind_template_callback (widget_class, format_line_state);
  gtk_widget_class_bind_template_callback (widget_class, format_line_state_icon);
  gtk_widget_class_bind_template_callback (widget_class, on_column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "reconciliation.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "reconciliation.auto-match", NULL,
                                   auto_match_action);
  gtk_widget_class_install_action (widget_class, "reconciliation.match", NULL, match_action);
  gtk_widget_class_install_action (widget_class, "reconciliation.unmatch", NULL, unmatch_action);
  gtk_widget_class_install_action (widget_class, "reconciliation.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "reconciliation.opening", NULL, opening_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "reconciliation.unmatch", NULL);
}

static void
hk_bank_reconciliation_page_init (HkBankReconciliationPage *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkCustomFilter *filter;

  self->lines = g_list_store_new (HK_TYPE_BANK_STATEMENT_LINE);
  self->detail_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (choices, _("Unmatched lines"));
  gtk_string_list_append (choices, _("All lines"));
  gtk_drop_down_set_model (self->show_dropdown, G_LIST_MODEL (choices));

  gtk_custom_sorter_set_sort_func (self->day_sorter, compare_day, NULL, NULL);
  gtk_custom_sorter_set_sort_func (self->amount_sorter, compare_amount, NULL, NULL);
  filter = gtk_custom_filter_new (filter_line, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  g_object_unref (filter);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->lines));
  gtk_sort_list_model_set_sorter (self->sort_model,
                                  gtk_column_view_get_sorter (self->column_view));

  add_total_label (self->in_transit_row);
  add_total_label (self->unmatched_row);
}

HkBankReconciliationPage *
hk_bank_reconciliation_page_new (HkContext *context)
{
  HkBankReconciliationPage *self = g_object_new (HK_TYPE_BANK_RECONCILIATION_PAGE, NULL);
  g_autofree char *today = hk_bank_today (context);
  g_autoptr(GDate) date = g_date_new ();
  g_autoptr(GtkColumnViewColumn) first_column = NULL;
  char yesterday[16];

  self->context = g_object_ref (context);

  /* The statement comes the day after: yesterday is the day to reconcile. */
  g_date_set_parse (date, today);
  if (g_date_valid (date))
    {
      g_date_subtract_days (date, 1);
      g_date_strftime (yesterday, sizeof yesterday, "%Y-%m-%d", date);
    }
  else
    g_strlcpy (yesterday, today, sizeof yesterday);

  first_column = g_list_model_get_item (gtk_column_view_get_columns (self->column_view), 0);
  gtk_column_view_sort_by_column (self->column_view, first_column, GTK_SORT_DESCENDING);

  g_signal_connect_object (hk_context_get_bank_store (context), "changed",
                           G_CALLBACK (hk_bank_reconciliation_page_reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_cheque_store (context), "changed",
                           G_CALLBACK (hk_bank_reconciliation_page_reload), self,
                           G_CONNECT_SWAPPED);

  gtk_editable_set_text (GTK_EDITABLE (self->day_entry), yesterday);
  hk_bank_reconciliation_page_reload (self);

  return self;
}

GListModel *
hk_bank_reconciliation_page_get_visible_model (HkBankReconciliationPage *self)
{
  g_return_val_if_fail (HK_IS_BANK_RECONCILIATION_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

gboolean
hk_bank_reconciliation_page_select_line (HkBankReconciliationPage *self,
                                         gint64                    line_id)
{
  g_return_val_if_fail (HK_IS_BANK_RECONCILIATION_PAGE (self), FALSE);

  return hk_bank_select_id (self->selection, (HkBankGetId)hk_bank_statement_line_get_id,
                            line_id);
}

/* Reconciles at the end of @day, as typing it in the bar does. */
void
hk_bank_reconciliation_page_set_day (HkBankReconciliationPage *self,
                                     const char               *day)
{
  g_return_if_fail (HK_IS_BANK_RECONCILIATION_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->day_entry), day);
}

/* Shows every statement line, or the unmatched ones only, as the drop-down does. */
void
hk_bank_reconciliation_page_set_show_all (HkBankReconciliationPage *self,
                                          gboolean                  all)
{
  g_return_if_fail (HK_IS_BANK_RECONCILIATION_PAGE (self));

  gtk_drop_down_set_selected (self->show_dropdown, all ? 1 : 0);
}

/**
 * hk_bank_reconciliation_page_get_reconciliation:
 *
 * Returns: (transfer none) (nullable): the reconciliation shown; %NULL when the day is not one
 */
HkBankReconciliation *
hk_bank_reconciliation_page_get_reconciliation (HkBankReconciliationPage *self)
{
  g_return_val_if_fail (HK_IS_BANK_RECONCILIATION_PAGE (self), NULL);

  return self->reconciliation;
}

/* How many imports and exports are running now (for tests, which wait for them). */
guint
hk_bank_reconciliation_page_get_n_running (void)
{
  return n_running;
}
