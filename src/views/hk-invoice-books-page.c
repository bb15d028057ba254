/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-invoice-books-page.c: the invoice books: who holds which numbers, and the day's figures.
 *
 * The auditor registers each book received, issues runs of its numbers to the counter
 * clerks and checks unused numbers back in. The list shows every book; under it, for the
 * selected book, each pair of hands (the hall's stock first) with the numbers it holds
 * now and the day's figures the accountant keeps (领用存): begin, received, issued,
 * ending, used, void and unused. The store decides every rule; its refusals are toasts.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-background-query.h"
#include "hk-invoice-books-page.h"
#include "hk-section.h"

struct _HkInvoiceBooksPage
{
  AdwBin              parent_instance;

  HkContext          *context;
  char               *day;
  GtkFilterListModel *clerks;
  gint64              restore_book_id;
  GCancellable       *cancellable;
  gboolean            loading;
  gboolean            dirty;

  /* Template widgets */
  GtkStack           *books_stack;
  GtkColumnView      *column_view;
  GtkLabel           *detail_title;
  GtkGrid            *holders_grid;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (HkInvoiceBooksPage, hk_invoice_books_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One pair of hands in the detail grid. */
typedef struct
{
  gint64                holder_id;
  GString              *held;
  HkInvoiceBookSummary *figures;
} Holding;

static void
holding_free (Holding *holding)
{
  g_string_free (holding->held, TRUE);
  g_clear_pointer (&holding->figures, hk_invoice_book_summary_free);
  g_free (holding);
}

static HkInvoiceBookStore *
get_store (HkInvoiceBooksPage *self)
{
  return hk_context_get_invoice_book_store (self->context);
}

static HkOperator *
get_actor (HkInvoiceBooksPage *self)
{
  return hk_context_get_operator (self->context);
}

static gboolean
actor_is_auditor (HkInvoiceBooksPage *self)
{
  HkOperator *actor = get_actor (self);

  return actor != NULL && hk_operator_has_any_role (actor, HK_ROLE_AUDITOR);
}

static HkInvoiceBook *
get_selected (HkInvoiceBooksPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
show_toast (HkInvoiceBooksPage *self,
            const char         *message)
{
  GtkWidget *section = gtk_widget_get_ancestor (GTK_WIDGET (self), HK_TYPE_SECTION);

  if (section != NULL)
    hk_section_show_toast (HK_SECTION (section), message);
}

/* A refusal the user can fix: shown at once, ahead of any confirmation still on screen. */
static void
show_error (HkInvoiceBooksPage *self,
            const char         *message)
{
  GtkWidget *section = gtk_widget_get_ancestor (GTK_WIDGET (self), HK_TYPE_SECTION);

  if (section != NULL)
    hk_section_show_error_message (HK_SECTION (section), message);
}

static char *
format_numbers (const char *invoice_code,
                gint64      first_no,
                gint64      last_no)
{
  if (first_no == last_no)
    return g_strdup_printf ("%s %08lld", invoice_code, (long long)first_no);

  return g_strdup_printf ("%s %08lld–%08lld", invoice_code, (long long)first_no,
                          (long long)last_no);
}

static char *
format_range (gpointer unused,
              gint64   first_no,
              gint64   last_no)
{
  return g_strdup_printf ("%08lld–%08lld", (long long)first_no, (long long)last_no);
}

static char *
format_count (gpointer unused,
              gint64   count)
{
  return g_strdup_printf ("%lld", (long long)count);
}

/* The day a book was registered, in this computer's time zone. */
static char *
format_date (gpointer unused,
             gint64   unix_seconds)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (unix_seconds);

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d") : g_strdup ("");
}

/* Eight digits, as printed on the invoices; leading zeros may be left out. */
static gboolean
parse_number (const char *text,
              gint64     *number)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint64 value;

  if (*clean == '\0' || strlen (clean) > 8 ||
      !g_ascii_string_to_unsigned (clean, 10, 0, HK_INVOICE_NUMBER_MAX, &value, NULL))
    return FALSE;

  *number = (gint64)value;

  return TRUE;
}

static char *
dup_holder_name (HkInvoiceBooksPage *self,
                 gint64              holder_id)
{
  g_autoptr(HkOperator) operator = NULL;

  if (holder_id == 0)
    return g_strdup (_("Hall’s stock"));

  operator = hk_operator_store_lookup_by_id (hk_context_get_operator_store (self->context),
                                             holder_id, NULL);
  if (operator != NULL)
    return g_strdup (hk_operator_get_display_name (operator));

  return g_strdup_printf ("#%lld", (long long)holder_id);
}

static void
update_actions (HkInvoiceBooksPage *self)
{
  gboolean auditor = actor_is_auditor (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "books.register", auditor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "books.issue",
                                 auditor && get_selected (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "books.check-in",
                                 auditor && get_selected (self) != NULL);
}

static Holding *
lookup_holding (GPtrArray *holdings,
                gint64     holder_id)
{
  Holding *holding;

  for (guint i = 0; i < holdings->len; i++)
    if (((Holding *)g_ptr_array_index (holdings, i))->holder_id == holder_id)
      return g_ptr_array_index (holdings, i);

  holding = g_new0 (Holding, 1);
  holding->holder_id = holder_id;
  holding->held = g_string_new (NULL);
  g_ptr_array_add (holdings, holding);

  return holding;
}

static int
compare_holdings (gconstpointer a,
                  gconstpointer b)
{
  const Holding *ha = *(const Holding **)a;
  const Holding *hb = *(const Holding **)b;

  return (ha->holder_id > hb->holder_id) - (ha->holder_id < hb->holder_id);
}

static void
attach_label (HkInvoiceBooksPage *self,
              const char         *text,
              int                 column,
              int                 row,
              gboolean            number,
              gboolean            header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), number ? 1 : 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  if (header)
    {
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
    }
  else
    gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_grid_attach (self->holders_grid, label, column, row, 1, 1);
}

static void
attach_figure (HkInvoiceBooksPage *self,
               gint64              value,
               int                 column,
               int                 row)
{
  g_autofree char *text = g_strdup_printf ("%lld", (long long)value);

  attach_label (self, text, column, row, TRUE, FALSE);
}

typedef struct
{
  gint64  book_id;
  char   *day;
} DetailQuery;

typedef struct
{
  gint64     book_id;
  GPtrArray *segments;
  GPtrArray *summaries;
} Detail;

static void
detail_query_free (DetailQuery *query)
{
  g_free (query->day);
  g_free (query);
}

static void
detail_free (Detail *detail)
{
  g_clear_pointer (&detail->segments, g_ptr_array_unref);
  g_clear_pointer (&detail->summaries, g_ptr_array_unref);
  g_free (detail);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Detail, detail_free)

/* In a worker thread: the day's figures read every receipt up to the day. */
static gpointer
read_detail (HkContext  *context,
             gpointer    data,
             GError    **error)
{
  DetailQuery *query = data;
  HkInvoiceBookStore *store = hk_context_get_invoice_book_store (context);
  g_autoptr(Detail) detail = g_new0 (Detail, 1);

  detail->book_id = query->book_id;
  if (!(detail->segments = hk_invoice_book_store_list_segments (store, query->book_id, error)) ||
      !(detail->summaries = hk_invoice_book_store_summarize (store, query->day, error)))
    return NULL;

  return g_steal_pointer (&detail);
}

static void
clear_grid (HkInvoiceBooksPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->holders_grid))) != NULL)
    gtk_grid_remove (self->holders_grid, child);
}

/* The selected book's holders: the numbers each holds now and the day's figures. */
static void
show_detail (HkInvoiceBooksPage *self,
             Detail             *detail)
{
  GPtrArray *segments = detail->segments;
  GPtrArray *summaries = detail->summaries;
  g_autoptr(GPtrArray) holdings = NULL;
  /* "Issued" here is the numbers that left the holder, not a receipt's status. */
  const char *headers[] = {
    _("Held by"), _("Numbers held now"), _("Begin"), _("Received"),
    C_("invoice book", "Issued"), _("Ending"), _("Used"), _("Void"), _("Unused"),
  };

  clear_grid (self);
  holdings = g_ptr_array_new_with_free_func ((GDestroyNotify)holding_free);

  for (guint i = 0; i < segments->len; i++)
    {
      HkInvoiceSegment *segment = g_ptr_array_index (segments, i);
      Holding *holding = lookup_holding (holdings, segment->holder_id);
      g_autofree char *run = format_range (NULL, segment->first_no, segment->last_no);

      if (holding->held->len > 0)
        g_string_append (holding->held, "\n");
      g_string_append (holding->held, run);
    }

  for (guint i = 0; i < summaries->len; i++)
    {
      HkInvoiceBookSummary *summary = g_ptr_array_index (summaries, i);

      if (summary->book_id == detail->book_id)
        lookup_holding (holdings, summary->holder_id)->figures =
          hk_invoice_book_summary_copy (summary);
    }

  g_ptr_array_sort (holdings, compare_holdings);

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    attach_label (self, headers[c], c, 0, c >= 2, TRUE);

  for (guint i = 0; i < holdings->len; i++)
    {
      Holding *holding = g_ptr_array_index (holdings, i);
      HkInvoiceBookSummary *figures = holding->figures;
      g_autofree char *name = dup_holder_name (self, holding->holder_id);
      int row = (int)i + 1;

      attach_label (self, name, 0, row, FALSE, FALSE);
      attach_label (self, holding->held->len > 0 ? holding->held->str : "—", 1, row, FALSE,
                    FALSE);
      if (figures == NULL)
        continue;

      attach_figure (self, figures->begin, 2, row);
      attach_figure (self, figures->received, 3, row);
      attach_figure (self, figures->issued, 4, row);
      attach_figure (self, figures->ending, 5, row);
      attach_figure (self, figures->n_used, 6, row);
      attach_figure (self, figures->n_void, 7, row);
      attach_figure (self, figures->n_unused, 8, row);
    }
}

static void
set_loading (HkInvoiceBooksPage *self,
             gboolean            loading)
{
  self->loading = loading;
  gtk_widget_set_opacity (GTK_WIDGET (self->holders_grid), loading ? 0.5 : 1.0);
}

static void
on_detail_read_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  HkInvoiceBooksPage *self = HK_INVOICE_BOOKS_PAGE (source_object);
  g_autoptr(Detail) detail = NULL;
  g_autoptr(GError) error = NULL;

  detail = hk_background_query_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_loading (self, FALSE);

  if (detail == NULL)
    {
      show_error (self, error->message);
      return;
    }

  show_detail (self, detail);
}

static void
update_detail (HkInvoiceBooksPage *self)
{
  HkInvoiceBook *book = get_selected (self);
  g_autofree char *numbers = NULL;
  g_autofree char *title = NULL;
  DetailQuery *query;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  /* Read only what is on screen; the page reads again when it is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      set_loading (self, FALSE);
      self->dirty = TRUE;
      return;
    }

  if (book == NULL)
    {
      set_loading (self, FALSE);
      clear_grid (self);
      gtk_label_set_label (self->detail_title,
                           _("Select a book to see who holds its numbers."));
      return;
    }

  numbers = format_numbers (hk_invoice_book_get_invoice_code (book),
                            hk_invoice_book_get_first_no (book),
                            hk_invoice_book_get_last_no (book));
  /* Translators: a book's numbers and the day of the figures */
  title = g_strdup_printf (_("Book %s: figures of %s"), numbers, self->day);
  gtk_label_set_label (self->detail_title, title);

  query = g_new0 (DetailQuery, 1);
  query->book_id = hk_invoice_book_get_id (book);
  query->day = g_strdup (self->day);

  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  hk_background_query_run (self, self->context, read_detail, query,
                           (GDestroyNotify)detail_query_free, (GDestroyNotify)detail_free,
                           self->cancellable, on_detail_read_cb, NULL);
}

static void
update_day (HkInvoiceBooksPage *self)
{
  HkDatabase *database = hk_context_get_database (self->context);
  g_autofree char *today = hk_hall_store_format_day (hk_context_get_hall_store (self->context),
                                                     hk_database_get_now (database));

  if (g_strcmp0 (today, self->day) != 0)
    {
      g_free (self->day);
      self->day = g_steal_pointer (&today);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
    }
}

static void
on_selection_changed_cb (HkInvoiceBooksPage *self)
{
  update_detail (self);
  update_actions (self);
}

/* Runs before the selection hears of it: the store replaces every book when one changes,
 * so the book selected before is remembered to select it again. */
static void
on_books_items_changed_cb (HkInvoiceBooksPage *self)
{
  HkInvoiceBook *selected = get_selected (self);

  if (selected != NULL && self->restore_book_id == 0)
    self->restore_book_id = hk_invoice_book_get_id (selected);
}

static void
on_books_changed_cb (HkInvoiceBooksPage *self)
{
  if (self->restore_book_id != 0)
    hk_invoice_books_page_select_book (self, self->restore_book_id);
  self->restore_book_id = 0;

  hk_invoice_books_page_reload (self);
}

/* The text of the row named @name in a dialog's boxed list. */
static const char *
dialog_text (AdwMessageDialog *dialog,
             const char       *name)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      return gtk_editable_get_text (GTK_EDITABLE (row));

  g_return_val_if_reached ("");
}

static GtkWidget *
add_entry (GtkWidget        *list,
           AdwMessageDialog *dialog,
           const char       *name,
           const char       *title,
           const char       *text,
           GCallback         changed)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect_object (row, "changed", changed, dialog, G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return row;
}

static AdwMessageDialog *
new_form_dialog (HkInvoiceBooksPage *self,
                 const char         *heading,
                 const char         *body,
                 const char         *response,
                 const char         *response_label)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;
  GtkWidget *list;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       heading, body));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_message_dialog_set_extra_child (dialog, list);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_enabled (dialog, response, FALSE);

  return dialog;
}

/* Whether the first and last number of a dialog make a run; its count in *@count. */
static gboolean
read_run (AdwMessageDialog *dialog,
          gint64           *first_no,
          gint64           *last_no)
{
  return parse_number (dialog_text (dialog, "first"), first_no) &&
         parse_number (dialog_text (dialog, "last"), last_no) &&
         *first_no <= *last_no;
}

static void
on_register_changed_cb (AdwMessageDialog *dialog)
{
  gint64 first_no;
  gint64 last_no;

  adw_message_dialog_set_response_enabled (dialog, "register",
                                           hk_invoice_code_is_valid (dialog_text (dialog,
                                                                                  "code")) &&
                                           read_run (dialog, &first_no, &last_no) &&
                                           last_no - first_no < HK_INVOICE_BOOK_MAX_COUNT);
}

static void
on_register_response_cb (AdwMessageDialog   *dialog,
                         const char         *response,
                         HkInvoiceBooksPage *self)
{
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *numbers = NULL;
  g_autofree char *message = NULL;
  g_autofree char *code = NULL;
  gint64 first_no = 0;
  gint64 last_no = 0;

  if (g_strcmp0 (response, "register") != 0)
    return;

  code = g_strstrip (g_strdup (dialog_text (dialog, "code")));
  read_run (dialog, &first_no, &last_no);
  book = hk_invoice_book_store_register (get_store (self), get_actor (self), code, first_no,
                                         last_no, &error);
  if (book == NULL)
    {
      show_error (self, error->message);
      return;
    }

  hk_invoice_books_page_select_book (self, hk_invoice_book_get_id (book));
  numbers = format_numbers (code, first_no, last_no);
  message = g_strdup_printf (_("Book %s registered"), numbers);
  show_toast (self, message);
}

static void
register_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkInvoiceBooksPage *self = HK_INVOICE_BOOKS_PAGE (widget);
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *code;

  dialog = new_form_dialog (self, _("Register an Invoice Book?"),
                            _("Copy the invoice code (10 to 12 digits) and the first and last "
                              "number from the book. Its numbers go into the hall’s stock "
                              "until you issue them to a clerk."),
                            "register", _("_Register"));
  list = adw_message_dialog_get_extra_child (dialog);
  code = add_entry (list, dialog, "code", _("Invoice code"), NULL,
                    G_CALLBACK (on_register_changed_cb));
  add_entry (list, dialog, "first", _("First number"), NULL, G_CALLBACK (on_register_changed_cb));
  add_entry (list, dialog, "last", _("Last number"), NULL, G_CALLBACK (on_register_changed_cb));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_register_response_cb), self, 0);

  gtk_window_set_focus (GTK_WINDOW (dialog), code);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_issue_changed_cb (AdwMessageDialog *dialog)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *combo = gtk_widget_get_last_child (list);
  gint64 first_no;
  gint64 last_no;

  adw_message_dialog_set_response_enabled (dialog, "issue",
                                           read_run (dialog, &first_no, &last_no) &&
                                           adw_combo_row_get_selected_item (ADW_COMBO_ROW (combo))
                                           != NULL);
}

static void
on_issue_response_cb (AdwMessageDialog   *dialog,
                      const char         *response,
                      HkInvoiceBooksPage *self)
{
  GtkWidget *combo = gtk_widget_get_last_child (adw_message_dialog_get_extra_child (dialog));
  HkInvoiceBook *book = g_object_get_data (G_OBJECT (dialog), "book");
  HkOperator *clerk = adw_combo_row_get_selected_item (ADW_COMBO_ROW (combo));
  g_autoptr(GError) error = NULL;
  g_autofree char *numbers = NULL;
  g_autofree char *message = NULL;
  gint64 first_no = 0;
  gint64 last_no = 0;

  if (g_strcmp0 (response, "issue") != 0 || clerk == NULL)
    return;

  read_run (dialog, &first_no, &last_no);
  if (!hk_invoice_book_store_issue (get_store (self), get_actor (self), book, first_no, last_no,
                                    clerk, &error))
    {
      show_error (self, error->message);
      return;
    }

  numbers = format_numbers (hk_invoice_book_get_invoice_code (book), first_no, last_no);
  /* Translators: e.g. "1234567890 00000001–00000050 issued to 张丽" */
  message = g_strdup_printf (_("%s issued to %s"), numbers, hk_operator_get_display_name (clerk));
  show_toast (self, message);
}

/* The first run of @book held by @holder_id (0: the stock; -1: any clerk), or FALSE. */
static gboolean
find_run (HkInvoiceBooksPage *self,
          HkInvoiceBook      *book,
          gint64              holder_id,
          gint64             *first_no,
          gint64             *last_no)
{
  g_autoptr(GPtrArray) segments = NULL;

  segments = hk_invoice_book_store_list_segments (get_store (self), hk_invoice_book_get_id (book),
                                                  NULL);
  for (guint i = 0; segments != NULL && i < segments->len; i++)
    {
      HkInvoiceSegment *segment = g_ptr_array_index (segments, i);

      if (holder_id >= 0 ? segment->holder_id == holder_id : segment->holder_id != 0)
        {
          *first_no = segment->first_no;
          *last_no = segment->last_no;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
filter_active_clerk (gpointer item,
                     gpointer user_data)
{
  return hk_operator_get_active (item) && hk_operator_has_any_role (item, HK_ROLE_CLERK);
}

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkInvoiceBooksPage *self = HK_INVOICE_BOOKS_PAGE (widget);
  HkInvoiceBook *book = get_selected (self);
  g_autoptr(GtkExpression) expression = NULL;
  g_autofree char *numbers = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *combo;
  gint64 first_no;
  gint64 last_no;

  if (book == NULL)
    return;

  numbers = format_numbers (hk_invoice_book_get_invoice_code (book),
                            hk_invoice_book_get_first_no (book),
                            hk_invoice_book_get_last_no (book));

  if (!find_run (self, book, 0, &first_no, &last_no))
    {
      g_autofree char *message = g_strdup_printf (_("No number of the book %s is left in the "
                                                    "hall’s stock."), numbers);
      show_error (self, message);
      return;
    }

  first = g_strdup_printf ("%08lld", (long long)first_no);
  last = g_strdup_printf ("%08lld", (long long)last_no);

  dialog = new_form_dialog (self, _("Issue Invoice Numbers?"), NULL, "issue", _("_Issue"));
  adw_message_dialog_format_body (dialog,
                                  _("Give a run of the book %s from the hall’s stock to a "
                                    "counter clerk; the clerk’s receipts take its numbers in "
                                    "order."), numbers);
  list = adw_message_dialog_get_extra_child (dialog);
  add_entry (list, dialog, "first", _("First number"), first, G_CALLBACK (on_issue_changed_cb));
  add_entry (list, dialog, "last", _("Last number"), last, G_CALLBACK (on_issue_changed_cb));

  combo = adw_combo_row_new ();
  gtk_widget_set_name (combo, "clerk");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Clerk"));
  expression = gtk_property_expression_new (HK_TYPE_OPERATOR, NULL, "display-name");
  adw_combo_row_set_expression (ADW_COMBO_ROW (combo), expression);
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (self->clerks));
  g_signal_connect_object (combo, "notify::selected", G_CALLBACK (on_issue_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list), combo);

  g_object_set_data_full (G_OBJECT (dialog), "book", g_object_ref (book), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_issue_response_cb), self, 0);
  on_issue_changed_cb (dialog);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_check_in_changed_cb (AdwMessageDialog *dialog)
{
  gint64 first_no;
  gint64 last_no;

  adw_message_dialog_set_response_enabled (dialog, "check-in",
                                           read_run (dialog, &first_no, &last_no));
}

static void
on_check_in_response_cb (AdwMessageDialog   *dialog,
                         const char         *response,
                         HkInvoiceBooksPage *self)
{
  HkInvoiceBook *book = g_object_get_data (G_OBJECT (dialog), "book");
  g_autoptr(GError) error = NULL;
  g_autofree char *numbers = NULL;
  g_autofree char *message = NULL;
  gint64 first_no = 0;
  gint64 last_no = 0;

  if (g_strcmp0 (response, "check-in") != 0)
    return;

  read_run (dialog, &first_no, &last_no);
  if (!hk_invoice_book_store_return (get_store (self), get_actor (self), book, first_no, last_no,
                                     &error))
    {
      show_error (self, error->message);
      return;
    }

  numbers = format_numbers (hk_invoice_book_get_invoice_code (book), first_no, last_no);
  message = g_strdup_printf (_("%s checked back into the hall’s stock"), numbers);
  show_toast (self, message);
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HkInvoiceBooksPage *self = HK_INVOICE_BOOKS_PAGE (widget);
  HkInvoiceBook *book = get_selected (self);
  g_autofree char *numbers = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  gint64 first_no;
  gint64 last_no;

  if (book == NULL)
    return;

  numbers = format_numbers (hk_invoice_book_get_invoice_code (book),
                            hk_invoice_book_get_first_no (book),
                            hk_invoice_book_get_last_no (book));

  if (!find_run (self, book, -1, &first_no, &last_no))
    {
      g_autofree char *message = g_strdup_printf (_("No clerk holds numbers of the book %s."),
                                                  numbers);
      show_error (self, message);
      return;
    }

  first = g_strdup_printf ("%08lld", (long long)first_no);
  last = g_strdup_printf ("%08lld", (long long)last_no);

  dialog = new_form_dialog (self, _("Check Numbers In?"), NULL, "check-in", _("C_heck In"));
  adw_message_dialog_format_body (dialog,
                                  _("Take a run of unused numbers of the book %s back from the "
                                    "clerk who holds them into the hall’s stock. A number a "
                                    "receipt used never comes back."), numbers);
  list = adw_message_dialog_get_extra_child (dialog);
  add_entry (list, dialog, "first", _("First number"), first,
             G_CALLBACK (on_check_in_changed_cb));
  add_entry (list, dialog, "last", _("Last number"), last, G_CALLBACK (on_check_in_changed_cb));

  g_object_set_data_full (G_OBJECT (dialog), "book", g_object_ref (book), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_check_in_response_cb), self, 0);
  on_check_in_changed_cb (dialog);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hk_invoice_books_page_map (GtkWidget *widget)
{
  HkInvoiceBooksPage *self = HK_INVOICE_BOOKS_PAGE (widget);

  GTK_WIDGET_CLASS (hk_invoice_books_page_parent_class)->map (widget);

  if (self->dirty)
    hk_invoice_books_page_reload (self);
}

static void
hk_invoice_books_page_constructed (GObject *object)
{
  HkInvoiceBooksPage *self = (HkInvoiceBooksPage *)object;
  GListModel *books;
  GtkCustomFilter *filter;

  G_OBJECT_CLASS (hk_invoice_books_page_parent_class)->constructed (object);

  g_assert (self->context != NULL);

  books = hk_invoice_book_store_get_model (get_store (self));
  g_signal_connect_object (books, "items-changed", G_CALLBACK (on_books_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection, books);

  filter = gtk_custom_filter_new (filter_active_clerk, NULL, NULL);
  self->clerks = gtk_filter_list_model_new (
                   g_object_ref (hk_operator_store_get_model (
                                   hk_context_get_operator_store (self->context))),
                   GTK_FILTER (filter));

  g_signal_connect_object (get_store (self), "changed", G_CALLBACK (on_books_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_receipt_store (self->context), "changed",
                           G_CALLBACK (on_books_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_operator_store (self->context), "changed",
                           G_CALLBACK (on_books_changed_cb), self, G_CONNECT_SWAPPED);

  hk_invoice_books_page_reload (self);
}

static void
hk_invoice_books_page_dispose (GObject *object)
{
  HkInvoiceBooksPage *self = (HkInvoiceBooksPage *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_INVOICE_BOOKS_PAGE);
  g_clear_object (&self->clerks);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hk_invoice_books_page_parent_class)->dispose (object);
}

static void
hk_invoice_books_page_finalize (GObject *object)
{
  HkInvoiceBooksPage *self = (HkInvoiceBooksPage *)object;

  g_clear_pointer (&self->day, g_free);

  G_OBJECT_CLASS (hk_invoice_books_page_parent_class)->finalize (object);
}

static void
hk_invoice_books_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HkInvoiceBooksPage *self = HK_INVOICE_BOOKS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_invoice_books_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HkInvoiceBooksPage *self = HK_INVOICE_BOOKS_PAGE (object);

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
hk_invoice_books_page_class_init (HkInvoiceBooksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hk_invoice_books_page_constructed;
  object_class->dispose = hk_invoice_books_page_dispose;
  object_class->finalize = hk_invoice_books_page_finalize;
  object_class->get_property = hk_invoice_books_page_get_property;
  object_class->set_property = hk_invoice_books_page_set_property;

  widget_class->map = hk_invoice_books_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HK_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * HkInvoiceBooksPage:day:
   *
   * The business day whose figures are shown: today, "YYYY-MM-DD".
   */
  properties[PROP_DAY] =
    g_param_spec_string ("day", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-invoice-books-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HkInvoiceBooksPage, books_stack);
  gtk_widget_class_bind_template_child (widget_class, HkInvoiceBooksPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HkInvoiceBooksPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, HkInvoiceBooksPage, holders_grid);
  gtk_widget_class_bind_template_child (widget_class, HkInvoiceBooksPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, format_count);
  gtk_widget_class_bind_template_callback (widget_class, format_date);
  gtk_widget_class_bind_template_callback (widget_class, format_range);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "books.register", NULL, register_action);
  gtk_widget_class_install_action (widget_class, "books.issue", NULL, issue_action);
  gtk_widget_class_install_action (widget_class, "books.check-in", NULL, check_in_action);

  g_type_ensure (HK_TYPE_INVOICE_BOOK);
}

static void
hk_invoice_books_page_init (HkInvoiceBooksPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HkInvoiceBooksPage *
hk_invoice_books_page_new (HkContext *context)
{
  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);

  return g_object_new (HK_TYPE_INVOICE_BOOKS_PAGE, "context", context, NULL);
}

/**
 * hk_invoice_books_page_get_model:
 *
 * Returns: (transfer none): the books as listed (#HkInvoiceBook), newest first
 */
GListModel *
hk_invoice_books_page_get_model (HkInvoiceBooksPage *self)
{
  g_return_val_if_fail (HK_IS_INVOICE_BOOKS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

gboolean
hk_invoice_books_page_select_book (HkInvoiceBooksPage *self,
                                   gint64              book_id)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (HK_IS_INVOICE_BOOKS_PAGE (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HkInvoiceBook) book = g_list_model_get_item (model, i);

      if (hk_invoice_book_get_id (book) == book_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* TRUE while the selected book's figures are being read. */
gboolean
hk_invoice_books_page_is_loading (HkInvoiceBooksPage *self)
{
  g_return_val_if_fail (HK_IS_INVOICE_BOOKS_PAGE (self), FALSE);

  return self->loading;
}

/* The business day of the figures shown, "YYYY-MM-DD". */
const char *
hk_invoice_books_page_get_day (HkInvoiceBooksPage *self)
{
  g_return_val_if_fail (HK_IS_INVOICE_BOOKS_PAGE (self), NULL);

  return self->day;
}

/* Reads the day's figures again; the list of books follows its store by itself. */
void
hk_invoice_books_page_reload (HkInvoiceBooksPage *self)
{
  g_return_if_fail (HK_IS_INVOICE_BOOKS_PAGE (self));

  self->dirty = FALSE;
  update_day (self);
  gtk_stack_set_visible_child_name (self->books_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0
                                    ? "list" : "empty");
  update_detail (self);
  update_actions (self);
}
