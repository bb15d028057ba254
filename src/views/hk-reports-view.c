/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-reports-view.c: the Reports section: the daily, ten-day and monthly reports and the journal
 * on screen, saved as Excel or PDF, and printed.
 *
 * The report is chosen with four linked toggle buttons rather than a drop-down: there are only
 * four, all of them are seen at once and one click apart, and the choice reads like the tabs
 * of a register; the table tabs below are flat (pages of the one report), so the two are not
 * confused. The journal covers a day, a ten-day period or a month: a drop-down beside the
 * buttons chooses which while it is shown (a drop-down, so the row still fits beside the
 * period picker at 1280 pixels). Both are also the actions reports.report and
 * reports.journal-period.
 *
 * The period picker knows the report's kind of period: the arrows (Alt+Left, Alt+Right) step a
 * day, a ten-day period or a month; the calendar in the label's popover takes any day and shows
 * the period that holds it; Today, This Ten Days or This Month goes back to the period holding
 * today. Changing the report keeps the time: the new report covers the period that holds the
 * last day of the old one (or today, if that is earlier).
 *
 * Each report is built by its builder in a GTask thread on a connection of its own
 * (hk_background_query_run()), so the window never waits for SQL; a new request cancels the one
 * before it, and its result is dropped. The report then shown is one HkReport: the title, the
 * period, who generated it when, whether it is PROVISIONAL (with an icon and the unsigned days,
 * never by colour alone); then pages chosen by a row of tabs: the key figures as cards, and
 * each table as a GtkColumnView whose columns are made from the table's at run time.
 * Pages rather than one long page: a monthly report has fifteen figures and six tables, some
 * wider or longer than a window, and at 1280×800 each gets the window's whole width and height
 * instead of a slice under the figures; the workbook's first sheet and the PDF's first page put
 * the figures apart from the tables too. The tabs scroll sideways rather than widen the
 * window. Sorting by a column sorts the body rows only: subtotals stay under their rows and the
 * total stays last.
 *
 * Export to Excel (the section's main command, Ctrl+E) and to PDF (Ctrl+Shift+E) ask for a
 * file with GtkFileChooserNative and write it in a GTask thread with hk_report_export(): a
 * progress bar with Cancel shows meanwhile, and a cancelled or failed export leaves no file.
 * Print (Ctrl+P) lays the PDF's pages out in a thread (HkReportPages) and then draws each page
 * the printer asks for with the same code as the PDF, so a printout and the PDF never differ.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-background-query.h"
#include "hk-report-table-row.h"
#include "hk-reports-view.h"
#include "reports/hk-pdf-writer.h"
#include "reports/hk-report-builders.h"
#include "reports/hk-report-export.h"

/* The unsigned days listed under PROVISIONAL; the rest are counted (all are in the tooltip). */
#define MAX_UNSIGNED_SHOWN 6

typedef struct _ExportJob ExportJob;

struct _HkReportsView
{
  HkSection          parent_instance;

  char              *report_id;       /* "daily", "dekad", "monthly", "journal" */
  char              *journal_period;  /* "day", "dekad", "month" */
  HkPeriod           period;
  HkReport          *report;          /* shown; NULL before the first one is built */
  GCancellable      *build_cancellable;
  gboolean           loading;
  gboolean           dirty;
  gboolean           updating_calendar;
  ExportJob         *export_job;      /* while a file is being written */
  GCancellable      *print_cancellable;
  GtkPrintSettings  *print_settings;
  GtkPrintOperation *print_operation;  /* the last one; it may still be printing */
  char              *last_folder;

  /* Template widgets */
  GtkCalendar       *calendar;
  GtkStack          *content_stack;
  GtkLabel          *details_label;
  AdwStatusPage     *error_page;
  GtkLabel          *export_label;
  GtkProgressBar    *export_progress;
  GtkRevealer       *export_revealer;
  GtkFlowBox        *figures_box;
  GtkDropDown       *journal_dropdown;
  GtkSpinner        *loading_spinner;
  GtkMenuButton     *period_button;
  GtkPopover        *period_popover;
  GtkBox            *report_box;
  GtkSpinner        *spinner;
  GtkBox            *status_box;
  GtkImage          *status_image;
  GtkLabel          *status_label;
  GtkBox            *table_tabs;
  AdwViewStack      *tables_stack;
  GtkButton         *this_period_button;
  GtkLabel          *title_label;
  GtkLabel          *unsigned_label;
};

G_DEFINE_FINAL_TYPE (HkReportsView, hk_reports_view, HK_TYPE_SECTION)

enum {
  PROP_0,
  PROP_REPORT_ID,
  PROP_JOURNAL_PERIOD,
  PROP_TABLE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A file being written in a thread; the progress comes back through an idle. */
struct _ExportJob
{
  GWeakRef      view;
  HkReport     *report;
  char         *path;
  GCancellable *cancellable;
  int           permille;      /* atomic: the latest progress */
  int           idle_pending;  /* atomic: an idle will show it */
};

static void
export_job_clear (ExportJob *job)
{
  g_weak_ref_clear (&job->view);
  g_clear_pointer (&job->report, hk_report_unref);
  g_clear_pointer (&job->path, g_free);
  g_clear_object (&job->cancellable);
}

static void
export_job_release (gpointer job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify)export_job_clear);
}

static HkContext *
get_context (HkReportsView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static const HkReportBuilder *
get_builder (HkReportsView *self)
{
  return hk_report_builder_lookup (self->report_id);
}

static gint64
get_now (HkReportsView *self)
{
  return hk_database_get_now (hk_context_get_database (get_context (self)));
}

static char *
dup_today (HkReportsView *self)
{
  return hk_hall_store_format_day (hk_context_get_hall_store (get_context (self)),
                                   get_now (self));
}

/* The kind of period the chosen report covers. */
static HkPeriodKind
get_period_kind (HkReportsView *self)
{
  const HkReportBuilder *builder = get_builder (self);
  HkPeriodKind kind = HK_PERIOD_DAY;

  if (builder->any_period)
    hk_period_kind_from_id (self->journal_period, &kind);
  else
    kind = builder->period_kind;

  return kind;
}

/* The day a new kind of period keeps to: the last day shown, or today if that is earlier. */
static char *
dup_reference_day (HkReportsView *self)
{
  g_autofree char *today = dup_today (self);
  g_autofree char *last = hk_period_dup_last_day (&self->period);

  return g_strdup (g_strcmp0 (last, today) < 0 ? last : today);
}

static gboolean
is_ready (HkReportsView *self)
{
  return self->report != NULL && !self->loading && self->export_job == NULL &&
         self->print_cancellable == NULL;
}

static void
update_actions (HkReportsView *self)
{
  g_autofree char *today = dup_today (self);
  g_autofree char *next_first = NULL;
  HkPeriod next = hk_period_get_next (&self->period);
  gboolean ready = is_ready (self);

  next_first = hk_period_dup_first_day (&next);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-excel", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-pdf", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export-to", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.print", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.cancel-export",
                                 self->export_job != NULL);
  /* The days after today hold nothing yet. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.next-period",
                                 g_strcmp0 (next_first, today) <= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.this-period",
                                 !hk_period_contains_day (&self->period, today));
  hk_section_set_main_action_enabled (HK_SECTION (self), ready);
}

static void
update_subtitle (HkReportsView *self)
{
  g_autofree char *label = hk_period_dup_label (&self->period);
  g_autofree char *subtitle = NULL;

  /* Translators: the header's subtitle in the Reports section: "Monthly report · Oct 2026" */
  subtitle = g_strdup_printf (_("%s · %s"), hk_report_builder_get_title (get_builder (self)),
                              label);
  hk_section_set_subtitle (HK_SECTION (self), subtitle);
}

static void
update_period_widgets (HkReportsView *self)
{
  g_autofree char *label = hk_period_dup_label (&self->period);
  const char *this_period;
  const char *tooltip;

  gtk_menu_button_set_label (self->period_button, label);

  switch (self->period.kind)
    {
    case HK_PERIOD_DEKAD:
      this_period = _("This _Ten Days");
      tooltip = _("The ten-day period that holds today");
      break;
    case HK_PERIOD_MONTH:
      this_period = _("This _Month");
      tooltip = _("The month that holds today");
      break;
    case HK_PERIOD_DAY:
    default:
      this_period = _("_Today");
      tooltip = _("The report of today");
      break;
    }

  gtk_button_set_label (self->this_period_button, this_period);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->this_period_button), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self->journal_dropdown), get_builder (self)->any_period);
}

static void
set_loading (HkReportsView *self,
             gboolean       loading)
{
  self->loading = loading;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_spinner_set_spinning (self->loading_spinner, loading && self->report == NULL);
  /* The report still shown is of another period: greyed until the new one is there. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->report_box), !loading);
}

/* Figures. */

static GtkWidget *
create_figure_card (HkReport *report,
                    guint     index)
{
  HkReportColumnKind kind = hk_report_get_figure_kind (report, index);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (hk_report_get_figure_label (report, index));
  GtkWidget *value = gtk_label_new (hk_report_get_figure_text (report, index));

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "report-figure");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");

  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_widget_add_css_class (value, "title-4");
  if (kind == HK_REPORT_COLUMN_MONEY || kind == HK_REPORT_COLUMN_COUNT)
    gtk_widget_add_css_class (value, "numeric");
  if (kind == HK_REPORT_COLUMN_MONEY && hk_report_get_figure_value (report, index) < 0)
    gtk_widget_add_css_class (value, "money-negative");

  gtk_box_append (GTK_BOX (card), label);
  gtk_box_append (GTK_BOX (card), value);

  return card;
}

static void
show_figures (HkReportsView *self,
              HkReport      *report)
{
  GtkWidget *child;
  guint n = hk_report_get_n_figures (report);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_box))) != NULL)
    gtk_flow_box_remove (self->figures_box, child);

  for (guint i = 0; i < n; i++)
    {
      gtk_flow_box_append (self->figures_box, create_figure_card (report, i));
      /* The cards are read, not chosen: Tab goes past them. */
      gtk_widget_set_focusable (GTK_WIDGET (gtk_flow_box_get_child_at_index (self->figures_box,
                                                                             (int)i)),
                                FALSE);
    }

}

/* Tables. */

static gboolean
kind_is_number (HkReportColumnKind kind)
{
  return kind == HK_REPORT_COLUMN_COUNT || kind == HK_REPORT_COLUMN_MONEY ||
         kind == HK_REPORT_COLUMN_RATIO || kind == HK_REPORT_COLUMN_SHARE;
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  HkReportColumnKind kind = GPOINTER_TO_UINT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  if (kind_is_number (kind))
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    gtk_label_set_xalign (GTK_LABEL (label), 0);

  if (kind == HK_REPORT_COLUMN_DATE || kind == HK_REPORT_COLUMN_DATETIME)
    gtk_widget_add_css_class (label, "numeric");

  gtk_list_item_set_child (item, label);
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  HkReportTableRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  HkReportTable *table = hk_report_table_row_get_table (row);
  guint index = hk_report_table_row_get_index (row);
  g_autofree char *text = hk_report_table_row_format_cell (row, column);
  gboolean negative = hk_report_table_get_kind (table, column) == HK_REPORT_COLUMN_MONEY &&
                      !hk_report_table_is_empty (table, index, column) &&
                      hk_report_table_get_value (table, index, column) < 0;

  gtk_label_set_text (GTK_LABEL (label), text);

  if (hk_report_table_row_get_kind (row) != HK_REPORT_ROW_BODY)
    gtk_widget_add_css_class (label, "report-total");
  else
    gtk_widget_remove_css_class (label, "report-total");

  if (negative)
    gtk_widget_add_css_class (label, "money-negative");
  else
    gtk_widget_remove_css_class (label, "money-negative");
}

/* A long heading ("Change from last year") on two lines, broken at the space nearest its
 * middle, so that its column is no wider than its figures need. */
static char *
dup_column_title (const char *heading)
{
  glong length = g_utf8_strlen (heading, -1);
  const char *best = NULL;
  glong best_distance = G_MAXLONG;
  glong position = 0;

  if (length <= 12)
    return g_strdup (heading);

  for (const char *p = heading; *p != '\0'; p = g_utf8_next_char (p), position++)
    if (*p == ' ' && ABS (position - length / 2) < best_distance)
      {
        best = p;
        best_distance = ABS (position - length / 2);
      }

  if (best == NULL)
    return g_strdup (heading);

  return g_strdup_printf ("%.*s\n%s", (int)(best - heading), heading, best + 1);
}

/* Numbers read against a right-aligned heading. GTK 4.8 has no API for a column title's
 * alignment: its label is found inside the header (a title widget per column, in order, whose
 * first label is the title); when GTK lays the header out otherwise, the titles stay left. */
static void
align_headings (GtkColumnView *view,
                HkReportTable *table)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (view));
  guint c = 0;

  while (header != NULL && g_strcmp0 (gtk_widget_get_css_name (header), "header") != 0)
    header = gtk_widget_get_next_sibling (header);
  if (header == NULL)
    return;

  for (GtkWidget *title = gtk_widget_get_first_child (header);
       title != NULL && c < hk_report_table_get_n_columns (table);
       title = gtk_widget_get_next_sibling (title), c++)
    {
      GtkWidget *box = gtk_widget_get_first_child (title);
      GtkWidget *label = box != NULL ? gtk_widget_get_first_child (box) : NULL;

      if (!GTK_IS_LABEL (label))
        return;

      if (kind_is_number (hk_report_table_get_kind (table, c)))
        {
          gtk_widget_set_hexpand (label, TRUE);
          gtk_label_set_xalign (GTK_LABEL (label), 1);
          gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
          gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
        }
    }
}

/* A report's rows are put into its table a slice at a time, one slice a frame: a month's
 * journal has tens of thousands of rows, and a column view given them all at once holds the
 * window still for a noticeable time (bench/FINDINGS.md). */
#define ROWS_PER_SLICE 2000

typedef struct
{
  GListModel *rows;  /* every row, in the report's order */
  GListStore *shown; /* the rows the view has so far */
  guint       next;
} RowFeed;

static void
row_feed_free (RowFeed *feed)
{
  g_object_unref (feed->rows);
  g_object_unref (feed->shown);
  g_free (feed);
}

static gboolean
on_row_feed_tick_cb (GtkWidget     *view,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  RowFeed *feed = user_data;
  guint n_rows = g_list_model_get_n_items (feed->rows);
  guint end = MIN (n_rows, feed->next + ROWS_PER_SLICE);
  g_autoptr(GPtrArray) slice = g_ptr_array_new_full (end - feed->next, g_object_unref);

  for (guint i = feed->next; i < end; i++)
    g_ptr_array_add (slice, g_list_model_get_item (feed->rows, i));
  g_list_store_splice (feed->shown, feed->next, 0, slice->pdata, slice->len);
  feed->next = end;

  return end < n_rows ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* A column view of @table, its columns made from the table's, sortable by any of them. */
static GtkWidget *
create_table_view (HkReport      *report,
                   HkReportTable *table)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  GtkMultiSorter *sorter = gtk_multi_sorter_new ();
  GtkSortListModel *sorted;
  GtkNoSelection *selection;
  RowFeed *feed;
  GtkWidget *scrolled;
  guint n_columns = hk_report_table_get_n_columns (table);

  /* The report's groups first, then the column the user clicked, then the report's order. */
  gtk_multi_sorter_append (sorter, hk_report_table_row_new_group_sorter ());
  gtk_multi_sorter_append (sorter, g_object_ref (gtk_column_view_get_sorter (view)));
  gtk_multi_sorter_append (sorter, hk_report_table_row_new_index_sorter ());
  feed = g_new0 (RowFeed, 1);
  feed->rows = hk_report_table_row_list_new (report, table);
  feed->shown = g_list_store_new (HK_TYPE_REPORT_TABLE_ROW);
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (feed->shown)),
                                    GTK_SORTER (sorter));
  /* A month's journal has tens of thousands of rows: sort them a slice per frame, so a new
   * report or a click on a heading never holds the window still (bench/FINDINGS.md). */
  gtk_sort_list_model_set_incremental (sorted, TRUE);
  selection = gtk_no_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  for (guint c = 0; c < n_columns; c++)
    {
      HkReportColumnKind kind = hk_report_table_get_kind (table, c);
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      g_autoptr(GtkSorter) column_sorter = hk_report_table_row_new_column_sorter (c);
      g_autofree char *title = dup_column_title (hk_report_table_get_heading (table, c));

      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), GUINT_TO_POINTER (kind));
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), GUINT_TO_POINTER (c));
      column = gtk_column_view_column_new (title, factory);
      gtk_column_view_column_set_sorter (column, column_sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      /* The row's name takes what room is left, so the figures sit together on the right. */
      gtk_column_view_column_set_expand (column, c == 0 && !kind_is_number (kind));
      gtk_column_view_append_column (view, column);
      g_object_unref (column);
    }

  gtk_column_view_set_show_row_separators (view, TRUE);
  gtk_column_view_set_reorderable (view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (view), "report-table");
  align_headings (view, table);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hk_report_table_get_name (table), -1);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (view));
  /* A table of up to a slice's rows is whole from the start. */
  if (g_list_model_get_n_items (feed->rows) > ROWS_PER_SLICE)
    gtk_widget_add_tick_callback (GTK_WIDGET (view), on_row_feed_tick_cb, feed,
                                  (GDestroyNotify) row_feed_free);
  else
    {
      on_row_feed_tick_cb (GTK_WIDGET (view), NULL, feed);
      row_feed_free (feed);
    }

  return scrolled;
}

/* Flat tabs, unlike the linked report buttons above: they choose a page of the one report. */
static GtkWidget *
create_tab (const char *title,
            const char *page)
{
  GtkWidget *tab = gtk_toggle_button_new_with_label (title);

  gtk_widget_add_css_class (tab, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (tab), "reports.table");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (tab), "s", page);

  return tab;
}

static void
show_tables (HkReportsView *self,
             HkReport      *report)
{
  g_autofree char *visible = g_strdup (adw_view_stack_get_visible_child_name (self->tables_stack));
  guint n_tables = hk_report_get_n_tables (report);
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->tables_stack);
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *child;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (g_strcmp0 (adw_view_stack_page_get_name (page), "summary") != 0)
        g_ptr_array_add (old, g_object_ref (adw_view_stack_page_get_child (page)));
    }
  for (guint i = 0; i < old->len; i++)
    adw_view_stack_remove (self->tables_stack, g_ptr_array_index (old, i));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table_tabs))) != NULL)
    gtk_box_remove (self->table_tabs, child);

  /* The key figures come first, as on the workbook's first sheet and the PDF's first page. */
  gtk_box_append (self->table_tabs, create_tab (_("Key figures"), "summary"));

  for (guint i = 0; i < n_tables; i++)
    {
      HkReportTable *table = hk_report_get_table (report, i);

      adw_view_stack_add_titled (self->tables_stack, create_table_view (report, table),
                                 hk_report_table_get_id (table),
                                 hk_report_table_get_name (table));
      gtk_box_append (self->table_tabs, create_tab (hk_report_table_get_name (table),
                                                    hk_report_table_get_id (table)));
    }

  /* The same table as before, when the new report has it. */
  if (visible != NULL && adw_view_stack_get_child_by_name (self->tables_stack, visible) != NULL)
    adw_view_stack_set_visible_child_name (self->tables_stack, visible);

}

static void
show_status (HkReportsView *self,
             HkReport      *report)
{
  guint n_days = hk_report_get_n_unsigned_days (report);
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(GString) all = g_string_new (NULL);

  if (!hk_report_is_provisional (report))
    {
      gtk_image_set_from_icon_name (self->status_image, "emblem-ok-symbolic");
      gtk_label_set_label (self->status_label,
                           _("Final: every daily report of the period is signed"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_box), "warning");
      gtk_widget_set_visible (GTK_WIDGET (self->unsigned_label), FALSE);
      return;
    }

  for (guint i = 0; i < n_days; i++)
    {
      const char *label = hk_report_get_unsigned_day_label (report, i);

      if (i > 0)
        g_string_append (all, "\n");
      g_string_append (all, label);

      if (i < MAX_UNSIGNED_SHOWN)
        {
          if (i > 0)
            g_string_append (shown, " · ");
          g_string_append (shown, label);
        }
    }

  if (n_days > MAX_UNSIGNED_SHOWN)
    {
      guint more = n_days - MAX_UNSIGNED_SHOWN;

      g_string_append (shown, " · ");
      g_string_append_printf (shown, g_dngettext (GETTEXT_PACKAGE, "and %u more day",
                                                  "and %u more days", more), more);
    }

  gtk_image_set_from_icon_name (self->status_image, "dialog-warning-symbolic");
  gtk_label_set_label (self->status_label,
                       _("PROVISIONAL: not every daily report of the period is signed"));
  gtk_widget_add_css_class (GTK_WIDGET (self->status_box), "warning");

  {
    g_autofree char *text = g_strdup_printf (_("Unsigned days: %s"), shown->str);

    gtk_label_set_label (self->unsigned_label, text);
  }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->unsigned_label), all->str);
  gtk_widget_set_visible (GTK_WIDGET (self->unsigned_label), n_days > 0);
}

static void
apply_report (HkReportsView *self,
              HkReport      *report)
{
  GDateTime *generated_at = hk_report_get_generated_at (report);
  g_autofree char *when = NULL;
  g_autofree char *details = NULL;

  g_clear_pointer (&self->report, hk_report_unref);
  self->report = hk_report_ref (report);

  when = generated_at != NULL ? g_date_time_format (generated_at, "%Y-%m-%d %H:%M")
                              : g_strdup ("");
  /* Translators: under the report's title: the hall, the period, who generated it and when,
   * e.g. "文三路营业厅 · Oct 2026 · Generated by 赵敏 at 2026-11-28 09:15" */
  details = g_strdup_printf (_("%s · %s · Generated by %s at %s"),
                             hk_report_get_hall_name (report) != NULL
                             ? hk_report_get_hall_name (report) : "",
                             hk_report_get_period_label (report),
                             hk_report_get_generated_by (report), when);

  gtk_label_set_label (self->title_label, hk_report_get_title (report));
  gtk_label_set_label (self->details_label, details);
  show_status (self, report);
  show_figures (self, report);
  show_tables (self, report);

  gtk_stack_set_visible_child_name (self->content_stack, "report");
}

/* Building. */

typedef struct
{
  const HkReportBuilder *builder;
  HkPeriod               period;
  char                  *generated_by;
  GCancellable          *cancellable;
} BuildRequest;

static void
build_request_free (BuildRequest *request)
{
  g_free (request->generated_by);
  g_clear_object (&request->cancellable);
  g_free (request);
}

/* In a worker thread, on a connection of its own. */
static gpointer
build_report (HkContext  *context,
              gpointer    data,
              GError    **error)
{
  BuildRequest *request = data;

  return request->builder->build (context, &request->period, request->generated_by,
                                  request->cancellable, error);
}

static void
on_report_built_cb (GObject      *source_object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  HkReportsView *self = HK_REPORTS_VIEW (source_object);
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = hk_background_query_finish (result, &error);

  /* A newer request replaced this one, or the section is gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_loading (self, FALSE);

  if (report == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
      g_clear_pointer (&self->report, hk_report_unref);
      update_actions (self);
      return;
    }

  apply_report (self, report);
  update_actions (self);
}

static void
rebuild (HkReportsView *self)
{
  HkOperator *operator = hk_context_get_operator (get_context (self));
  BuildRequest *request = g_new0 (BuildRequest, 1);

  self->dirty = FALSE;

  g_cancellable_cancel (self->build_cancellable);
  g_clear_object (&self->build_cancellable);
  self->build_cancellable = g_cancellable_new ();

  request->builder = get_builder (self);
  request->period = self->period;
  request->generated_by = g_strdup (operator != NULL ? hk_operator_get_display_name (operator)
                                                     : "");
  request->cancellable = g_object_ref (self->build_cancellable);

  if (self->report == NULL)
    gtk_stack_set_visible_child_name (self->content_stack, "loading");
  set_loading (self, TRUE);
  update_actions (self);

  hk_background_query_run (self, get_context (self), build_report, request,
                           (GDestroyNotify)build_request_free,
                           (GDestroyNotify)hk_report_unref, self->build_cancellable,
                           on_report_built_cb, NULL);
}

/* Rebuilds now when the section is on screen, or as soon as it is shown again. */
static void
queue_rebuild (HkReportsView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->dirty = TRUE;
}

/* The report is built when the section is on screen: not for every auditor at login. */
static void
set_period (HkReportsView  *self,
            const HkPeriod *period)
{
  self->period = *period;
  update_period_widgets (self);
  update_subtitle (self);
  update_actions (self);
  queue_rebuild (self);
}

/* The period of the report's kind that holds @day. */
static void
set_period_for_day (HkReportsView *self,
                    const char    *day)
{
  HkPeriod period;

  if (!hk_period_init_from_day (&period, get_period_kind (self), day, NULL))
    return;

  set_period (self, &period);
}

/* The drop-down lists the kinds in the order of HkPeriodKind: day, ten days, month. */
static void
update_journal_dropdown (HkReportsView *self)
{
  HkPeriodKind kind = HK_PERIOD_DAY;

  hk_period_kind_from_id (self->journal_period, &kind);
  if (gtk_drop_down_get_selected (self->journal_dropdown) != (guint)kind)
    gtk_drop_down_set_selected (self->journal_dropdown, (guint)kind);
}

static void
set_report_id (HkReportsView *self,
               const char    *id)
{
  const HkReportBuilder *builder = hk_report_builder_lookup (id);
  g_autofree char *day = NULL;

  if (builder == NULL || g_strcmp0 (self->report_id, id) == 0)
    return;

  day = dup_reference_day (self);
  g_free (self->report_id);
  self->report_id = g_strdup (builder->id);

  /* The journal covers the kind of period shown before. */
  if (builder->any_period)
    {
      g_free (self->journal_period);
      self->journal_period = g_strdup (hk_period_kind_to_id (self->period.kind));
      update_journal_dropdown (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL_PERIOD]);
    }

  set_period_for_day (self, day);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT_ID]);
}

static void
set_journal_period (HkReportsView *self,
                    const char    *id)
{
  HkPeriodKind kind;
  g_autofree char *day = NULL;

  if (!hk_period_kind_from_id (id, &kind) || g_strcmp0 (self->journal_period, id) == 0)
    return;

  day = dup_reference_day (self);
  g_free (self->journal_period);
  self->journal_period = g_strdup (id);
  update_journal_dropdown (self);

  if (get_builder (self)->any_period)
    set_period_for_day (self, day);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL_PERIOD]);
}

/* The calendar. */

/* Marks the days of the period when the calendar shows its month. */
static void
mark_calendar (HkReportsView *self)
{
  g_autoptr(GDateTime) shown = gtk_calendar_get_date (self->calendar);
  GDate first;
  GDate last;

  gtk_calendar_clear_marks (self->calendar);
  hk_period_get_first_date (&self->period, &first);
  hk_period_get_last_date (&self->period, &last);

  if (g_date_time_get_year (shown) != (int)g_date_get_year (&first) ||
      g_date_time_get_month (shown) != (int)g_date_get_month (&first))
    return;

  for (guint d = g_date_get_day (&first); d <= g_date_get_day (&last); d++)
    gtk_calendar_mark_day (self->calendar, d);
}

static void
on_period_popover_show_cb (HkReportsView *self)
{
  g_autoptr(GDateTime) first = NULL;

  first = g_date_time_new_local ((int)self->period.year, (int)self->period.month,
                                 (int)self->period.day, 12, 0, 0);
  self->updating_calendar = TRUE;
  gtk_calendar_select_day (self->calendar, first);
  self->updating_calendar = FALSE;
  mark_calendar (self);
}

static void
on_calendar_day_selected_cb (HkReportsView *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *day = NULL;

  if (self->updating_calendar)
    return;

  day = g_date_time_format (date, "%Y-%m-%d");
  gtk_popover_popdown (self->period_popover);
  gtk_widget_activate_action (GTK_WIDGET (self), "reports.set-period", "s", day);
}

/* Export. */

static void
show_saved_toast (HkReportsView *self,
                  const char    *path);

static gboolean
show_export_progress_cb (gpointer data)
{
  ExportJob *job = data;
  g_autoptr(HkReportsView) self = g_weak_ref_get (&job->view);

  g_atomic_int_set (&job->idle_pending, 0);

  if (self != NULL && self->export_job == job && self->export_progress != NULL)
    gtk_progress_bar_set_fraction (self->export_progress,
                                   g_atomic_int_get (&job->permille) / 1000.0);

  return G_SOURCE_REMOVE;
}

/* In the export's thread. */
static void
on_export_progress_cb (double   fraction,
                       gpointer user_data)
{
  ExportJob *job = user_data;

  g_atomic_int_set (&job->permille, (int)(fraction * 1000.0));
  if (g_atomic_int_compare_and_exchange (&job->idle_pending, 0, 1))
    g_idle_add_full (G_PRIORITY_DEFAULT, show_export_progress_cb, g_atomic_rc_box_acquire (job),
                     export_job_release);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (hk_report_export (job->report, job->path, on_export_progress_cb, job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_export_done_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  HkReportsView *self = HK_REPORTS_VIEW (source_object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (job->path);
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (self->export_job == job)
    g_clear_pointer (&self->export_job, export_job_release);

  /* The section is gone. */
  if (self->export_revealer == NULL)
    return;

  gtk_revealer_set_reveal_child (self->export_revealer, FALSE);
  update_actions (self);

  if (ok)
    show_saved_toast (self, path);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    hk_section_show_error_message (HK_SECTION (self), _("Export cancelled: nothing was saved"));
  else
    hk_section_show_error (HK_SECTION (self), error);
}

/* Writes the report shown into @path (.xlsx or .pdf) in a thread, with a progress bar. */
static void
start_export (HkReportsView *self,
              const char    *path)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *message = NULL;
  ExportJob *job;

  if (!is_ready (self))
    return;

  job = g_atomic_rc_box_new0 (ExportJob);
  g_weak_ref_init (&job->view, self);
  job->report = hk_report_ref (self->report);
  job->path = g_strdup (path);
  job->cancellable = g_cancellable_new ();
  self->export_job = job;

  g_free (self->last_folder);
  self->last_folder = g_path_get_dirname (path);

  /* Translators: while a report is being saved, e.g. "Saving 月报-2026-10.xlsx…" */
  message = g_strdup_printf (_("Saving %s…"), name);
  gtk_label_set_label (self->export_label, message);
  gtk_progress_bar_set_fraction (self->export_progress, 0.0);
  gtk_revealer_set_reveal_child (self->export_revealer, TRUE);
  update_actions (self);

  task = g_task_new (self, job->cancellable, on_export_done_cb, NULL);
  g_task_set_source_tag (task, start_export);
  /* A file written just before Cancel was pressed is reported as saved: it is there. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, g_atomic_rc_box_acquire (job), export_job_release);
  g_task_run_in_thread (task, export_in_thread);
}

static void
on_open_file_cb (AdwToast      *toast,
                 HkReportsView *self)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "uri");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

/* "Saved 月报-2026-10.xlsx", with a button that opens it. */
static void
show_saved_toast (HkReportsView *self,
                  const char    *path)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *message = g_strdup_printf (_("Saved %s"), name);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  /* At once, not after the toasts before it: it answers what was just asked. */
  toast = hk_section_new_toast (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "uri", g_filename_to_uri (path, NULL, NULL), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_open_file_cb), self, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* "月报-2026-10.xlsx": the report's title and its period, as a file name. */
static char *
suggest_file_name (HkReportsView *self,
                   const char    *extension)
{
  g_autofree char *period = hk_period_to_string (&self->period);
  g_autofree char *title = g_strdup (hk_report_get_title (self->report));

  g_strdelimit (title, "/\\:*?\"<>|", '-');

  return g_strdup_printf ("%s-%s.%s", title, period, extension);
}

static void
on_export_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               HkReportsView   *self)
{
  const char *extension = g_object_get_data (G_OBJECT (chooser), "extension");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      if ((path = g_file_get_path (file)) == NULL)
        hk_section_show_error_message (HK_SECTION (self), _("Choose a folder on this computer."));
      else
        {
          g_autofree char *folded = g_utf8_strdown (path, -1);
          g_autofree char *suffix = g_strconcat (".", extension, NULL);

          /* The name chooses the format: keep the one asked for. */
          if (!g_str_has_suffix (folded, suffix))
            {
              g_autofree char *named = g_strconcat (path, suffix, NULL);

              g_free (path);
              path = g_steal_pointer (&named);
            }
          gtk_widget_activate_action (GTK_WIDGET (self), "reports.export-to", "s", path);
        }
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_export_file (HkReportsView *self,
                    const char    *extension)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  const char *folder = self->last_folder;
  gboolean excel = g_str_equal (extension, "xlsx");
  GtkFileChooserNative *chooser;

  if (!is_ready (self))
    return;

  name = suggest_file_name (self, extension);
  chooser = gtk_file_chooser_native_new (excel ? _("Export Report to Excel")
                                               : _("Export Report to PDF"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  if (folder == NULL)
    folder = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (folder != NULL && g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL);
    }

  gtk_file_filter_set_name (filter, excel ? _("Excel workbooks") : _("PDF documents"));
  gtk_file_filter_add_suffix (filter, extension);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "extension", (gpointer)(excel ? "xlsx" : "pdf"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chooser_response_cb), self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Printing. */

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 HkReportPages     *pages)
{
  hk_report_pages_draw_page (pages, gtk_print_context_get_cairo_context (context), (guint)page,
                             gtk_print_context_get_width (context),
                             gtk_print_context_get_height (context));
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  HkReportsView           *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        hk_section_show_error (HK_SECTION (self), error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
}

/* Prints @pages: with the print dialog, or straight into the PDF file @export_path. */
static gboolean
run_print (HkReportsView  *self,
           HkReportPages  *pages,
           const char     *export_path,
           GError        **error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *period = hk_period_dup_label (&self->period);
  g_autofree char *job_name = g_strdup_printf ("%s %s", hk_report_get_title (self->report),
                                               period);
  GtkPrintOperationResult result;

  /* The PDF's pages are A4 landscape; another paper gets them scaled to fit. */
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, (int)hk_report_pages_get_n_pages (pages));
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, self->print_settings);
  g_object_set_data_full (G_OBJECT (operation), "pages", pages,
                          (GDestroyNotify)hk_report_pages_free);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), pages);

  if (export_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, error);
      g_object_unref (operation);
      return result != GTK_PRINT_OPERATION_RESULT_ERROR;
    }

  /* Kept until the next print: the dialog and the printing run on after this returns. */
  g_clear_object (&self->print_operation);
  self->print_operation = operation;
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, error);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
lay_out_pages_in_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  GError *error = NULL;
  HkReportPages *pages = hk_report_pages_new (task_data, cancellable, &error);

  if (pages == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, pages, (GDestroyNotify)hk_report_pages_free);
}

static void
on_pages_laid_out_cb (GObject      *source_object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  HkReportsView *self = HK_REPORTS_VIEW (source_object);
  g_autoptr(GError) error = NULL;
  HkReportPages *pages = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->print_cancellable);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->loading);
  gtk_spinner_set_spinning (self->spinner, self->loading);
  update_actions (self);

  if (pages == NULL)
    hk_section_show_error (HK_SECTION (self), error);
  else if (!run_print (self, pages, NULL, &error))
    hk_section_show_error (HK_SECTION (self), error);
}

/* Actions. */

static void
export_excel_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  choose_export_file (HK_REPORTS_VIEW (widget), "xlsx");
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  choose_export_file (HK_REPORTS_VIEW (widget), "pdf");
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HkReportsView *self = HK_REPORTS_VIEW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  if (!is_ready (self))
    return;

  /* A name that is not .xlsx or .pdf, or a folder that takes no file: said at once. */
  if (!hk_report_export_check_path (path, &error))
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  start_export (self, path);
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HkReportsView *self = HK_REPORTS_VIEW (widget);

  if (self->export_job != NULL)
    g_cancellable_cancel (self->export_job->cancellable);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HkReportsView *self = HK_REPORTS_VIEW (widget);
  g_autoptr(GTask) task = NULL;

  if (!is_ready (self))
    return;

  /* A long journal takes a moment to lay out: in a thread, with the spinner. */
  self->print_cancellable = g_cancellable_new ();
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_set_spinning (self->spinner, TRUE);
  update_actions (self);

  task = g_task_new (self, self->print_cancellable, on_pages_laid_out_cb, NULL);
  g_task_set_source_tag (task, print_action);
  g_task_set_task_data (task, hk_report_ref (self->report), (GDestroyNotify)hk_report_unref);
  g_task_run_in_thread (task, lay_out_pages_in_thread);
}

static void
previous_period_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HkReportsView *self = HK_REPORTS_VIEW (widget);
  HkPeriod previous = hk_period_get_previous (&self->period);

  set_period (self, &previous);
}

static void
next_period_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HkReportsView *self = HK_REPORTS_VIEW (widget);
  HkPeriod next = hk_period_get_next (&self->period);
  g_autofree char *first = hk_period_dup_first_day (&next);
  g_autofree char *today = dup_today (self);

  if (g_strcmp0 (first, today) > 0)
    return;

  set_period (self, &next);
}

static void
this_period_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HkReportsView *self = HK_REPORTS_VIEW (widget);
  g_autofree char *today = dup_today (self);

  set_period_for_day (self, today);
}

static void
set_period_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  set_period_for_day (HK_REPORTS_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
on_journal_dropdown_selected_cb (HkReportsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->journal_dropdown);

  if (selected <= HK_PERIOD_MONTH)
    set_journal_period (self, hk_period_kind_to_id ((HkPeriodKind)selected));
}

/* Overrides. */

static void
on_tables_stack_visible_child_cb (HkReportsView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TABLE_ID]);
}

static void
hk_reports_view_map (GtkWidget *widget)
{
  HkReportsView *self = HK_REPORTS_VIEW (widget);

  GTK_WIDGET_CLASS (hk_reports_view_parent_class)->map (widget);

  if (self->dirty)
    rebuild (self);
}

static void
hk_reports_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HkReportsView *self = HK_REPORTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT_ID:
      g_value_set_string (value, self->report_id);
      break;
    case PROP_JOURNAL_PERIOD:
      g_value_set_string (value, self->journal_period);
      break;
    case PROP_TABLE_ID:
      /* Never NULL: the property action's state is a string. */
      g_value_set_string (value, self->tables_stack != NULL &&
                                 adw_view_stack_get_visible_child_name (self->tables_stack) != NULL
                                 ? adw_view_stack_get_visible_child_name (self->tables_stack)
                                 : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_reports_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HkReportsView *self = HK_REPORTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT_ID:
      set_report_id (self, g_value_get_string (value));
      break;
    case PROP_JOURNAL_PERIOD:
      set_journal_period (self, g_value_get_string (value));
      break;
    case PROP_TABLE_ID:
      hk_reports_view_show_table (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_reports_view_constructed (GObject *object)
{
  HkReportsView *self = (HkReportsView *)object;
  HkContext *context;
  HkPeriod this_month;
  HkPeriod last_month;

  G_OBJECT_CLASS (hk_reports_view_parent_class)->constructed (object);

  context = get_context (self);

  /* The last complete month: the report the auditor sends on, and one with every day in it. */
  hk_period_init_from_moment (&this_month, HK_PERIOD_MONTH, hk_context_get_hall_store (context),
                              get_now (self));
  last_month = hk_period_get_previous (&this_month);

  g_signal_connect_object (hk_context_get_receipt_store (context), "changed",
                           G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_shift_store (context), "changed",
                           G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_daily_report_store (context), "changed",
                           G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_hall_store (context), "changed",
                           G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);

  set_period (self, &last_month);
}

static void
hk_reports_view_dispose (GObject *object)
{
  HkReportsView *self = (HkReportsView *)object;

  g_cancellable_cancel (self->build_cancellable);
  g_clear_object (&self->build_cancellable);
  g_cancellable_cancel (self->print_cancellable);
  g_clear_object (&self->print_cancellable);
  if (self->export_job != NULL)
    {
      g_cancellable_cancel (self->export_job->cancellable);
      g_clear_pointer (&self->export_job, export_job_release);
    }

  /* The bin's child is a template child: let the bin let go of it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_REPORTS_VIEW);

  G_OBJECT_CLASS (hk_reports_view_parent_class)->dispose (object);
}

static void
hk_reports_view_finalize (GObject *object)
{
  HkReportsView *self = (HkReportsView *)object;

  g_clear_pointer (&self->report, hk_report_unref);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->print_operation);
  g_clear_pointer (&self->report_id, g_free);
  g_clear_pointer (&self->journal_period, g_free);
  g_clear_pointer (&self->last_folder, g_free);

  G_OBJECT_CLASS (hk_reports_view_parent_class)->finalize (object);
}

static void
hk_reports_view_class_init (HkReportsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_reports_view_constructed;
  object_class->dispose = hk_reports_view_dispose;
  object_class->finalize = hk_reports_view_finalize;
  object_class->get_property = hk_reports_view_get_property;
  object_class->set_property = hk_reports_view_set_property;

  widget_class->map = hk_reports_view_map;

  section_class->main_action_name = "reports.export-excel";
  section_class->main_action_label = N_("_Export to Excel…");
  section_class->main_action_tooltip = N_("Save the report as an Excel workbook (Ctrl+E)");

  /**
   * HkReportsView:report-id:
   *
   * The report shown: "daily", "dekad", "monthly" or "journal".
   */
  properties[PROP_REPORT_ID] =
    g_param_spec_string ("report-id", NULL, NULL, "monthly",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * HkReportsView:journal-period:
   *
   * What the journal covers: "day", "dekad" or "month".
   */
  properties[PROP_JOURNAL_PERIOD] =
    g_param_spec_string ("journal-period", NULL, NULL, "day",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * HkReportsView:table-id:
   *
   * The table on screen, e.g. "by-clerk"; it stays the same when the report is built anew.
   */
  properties[PROP_TABLE_ID] =
    g_param_spec_string ("table-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-reports-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, calendar);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, details_label);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, error_page);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, export_label);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, export_progress);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, export_revealer);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, figures_box);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, journal_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, period_button);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, period_popover);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, report_box);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, status_box);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, status_image);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, status_label);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, table_tabs);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, tables_stack);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, this_period_button);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, title_label);
  gtk_widget_class_bind_template_child (widget_class, HkReportsView, unsigned_label);
  gtk_widget_class_bind_template_callback (widget_class, mark_calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_journal_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_period_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tables_stack_visible_child_cb);

  gtk_widget_class_install_property_action (widget_class, "reports.report", "report-id");
  gtk_widget_class_install_property_action (widget_class, "reports.journal-period",
                                            "journal-period");
  gtk_widget_class_install_property_action (widget_class, "reports.table", "table-id");
  gtk_widget_class_install_action (widget_class, "reports.previous-period", NULL,
                                   previous_period_action);
  gtk_widget_class_install_action (widget_class, "reports.next-period", NULL,
                                   next_period_action);
  gtk_widget_class_install_action (widget_class, "reports.this-period", NULL,
                                   this_period_action);
  gtk_widget_class_install_action (widget_class, "reports.set-period", "s", set_period_action);
  gtk_widget_class_install_action (widget_class, "reports.export-excel", NULL,
                                   export_excel_action);
  gtk_widget_class_install_action (widget_class, "reports.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "reports.export-to", "s", export_to_action);
  gtk_widget_class_install_action (widget_class, "reports.cancel-export", NULL,
                                   cancel_export_action);
  gtk_widget_class_install_action (widget_class, "reports.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "reports.previous-period", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "reports.next-period", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "reports.export-excel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "reports.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "reports.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "reports.print", NULL);
}

static void
hk_reports_view_init (HkReportsView *self)
{
  self->report_id = g_strdup ("monthly");
  self->journal_period = g_strdup ("day");

  gtk_widget_init_template (GTK_WIDGET (self));
}

const char *
hk_reports_view_get_report_id (HkReportsView *self)
{
  g_return_val_if_fail (HK_IS_REPORTS_VIEW (self), NULL);

  return self->report_id;
}

/* The period chosen (the report shown covers it once it is built). */
const HkPeriod *
hk_reports_view_get_period (HkReportsView *self)
{
  g_return_val_if_fail (HK_IS_REPORTS_VIEW (self), NULL);

  return &self->period;
}

/* What the period picker reads, e.g. "Oct 2026". */
const char *
hk_reports_view_get_period_label (HkReportsView *self)
{
  g_return_val_if_fail (HK_IS_REPORTS_VIEW (self), NULL);

  return gtk_menu_button_get_label (self->period_button);
}

/**
 * hk_reports_view_get_report:
 *
 * Returns: (transfer none) (nullable): the report on screen
 */
HkReport *
hk_reports_view_get_report (HkReportsView *self)
{
  g_return_val_if_fail (HK_IS_REPORTS_VIEW (self), NULL);

  return self->report;
}

/* TRUE while a report is being built. */
gboolean
hk_reports_view_is_loading (HkReportsView *self)
{
  g_return_val_if_fail (HK_IS_REPORTS_VIEW (self), FALSE);

  return self->loading;
}

/* TRUE while a report is being built, saved or laid out for printing. */
gboolean
hk_reports_view_is_busy (HkReportsView *self)
{
  g_return_val_if_fail (HK_IS_REPORTS_VIEW (self), FALSE);

  return self->loading || self->export_job != NULL || self->print_cancellable != NULL;
}

/**
 * hk_reports_view_get_column_view:
 * @table_id: a table of the report shown, e.g. "by-clerk"
 *
 * Returns: (transfer none) (nullable): its column view; the model's items are
 *   #HkReportTableRow, sorted as shown
 */
GtkColumnView *
hk_reports_view_get_column_view (HkReportsView *self,
                                 const char    *table_id)
{
  GtkWidget *page;

  g_return_val_if_fail (HK_IS_REPORTS_VIEW (self), NULL);

  page = adw_view_stack_get_child_by_name (self->tables_stack, table_id);
  if (page == NULL)
    return NULL;

  return GTK_COLUMN_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (page)));
}

gboolean
hk_reports_view_show_table (HkReportsView *self,
                            const char    *table_id)
{
  g_return_val_if_fail (HK_IS_REPORTS_VIEW (self), FALSE);

  if (adw_view_stack_get_child_by_name (self->tables_stack, table_id) == NULL)
    return FALSE;

  adw_view_stack_set_visible_child_name (self->tables_stack, table_id);

  return TRUE;
}

/**
 * hk_reports_view_print_to_file:
 * @path: a .pdf file
 *
 * Prints the report shown into @path through GtkPrintOperation, as Print does but without
 * the dialog: the pages are drawn by the same callbacks.
 *
 * Returns: %TRUE when the file is written
 */
gboolean
hk_reports_view_print_to_file (HkReportsView  *self,
                               const char     *path,
                               GError        **error)
{
  HkReportPages *pages;

  g_return_val_if_fail (HK_IS_REPORTS_VIEW (self), FALSE);
  g_return_val_if_fail (self->report != NULL, FALSE);

  if ((pages = hk_report_pages_new (self->report, NULL, error)) == NULL)
    return FALSE;

  return run_print (self, pages, path, error);
}
