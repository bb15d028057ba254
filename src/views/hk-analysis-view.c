/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-analysis-view.c: the Analysis section: a month's economic and quality analysis and the
 * supervisor's commentary, for hall supervisors and duty managers.
 *
 * The month is picked with the arrows beside its name (Alt+Left, Alt+Right). Both analyses
 * and the monthly report are built in a thread on a connection of their own
 * (hk_background_query_run()), with a spinner; the window stays responsive, and a newer month
 * cancels an older build. The Economic and Quality pages are one scrolling column each: a
 * card per panel with its chart (HkChartView: hover, keyboard focus and screen readers) and
 * its key figures as text beside it. The Commentary page edits the month's commentary in a
 * GtkTextView; Save keeps it with the month (every save is kept, see hk-analysis-store.h).
 *
 * Export (Ctrl+E, the section's main button) asks for a .pdf or .xlsx file and writes it in a
 * thread that builds the document afresh on its own connection, so nothing is shared with
 * the screen; a progress bar with Cancel shows meanwhile, and a toast says how it ended.
 * Records written elsewhere mark the analysis stale; it is rebuilt when the section is shown.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-analysis-view.h"
#include "hk-background-query.h"
#include "hk-chart-view.h"

struct _HkAnalysisView
{
  HkSection           parent_instance;

  HkPeriod            month;
  HkAnalysisDocument *document;
  GCancellable       *cancellable;
  gboolean            loading;
  gboolean            dirty;
  char               *saved_comment;
  GPtrArray          *charts[HK_ANALYSIS_N_KINDS];  /* HkChartView, borrowed */
  GtkFileChooserNative *chooser;
  struct _ExportJob  *export_job;
  guint               export_timeout;

  /* Template widgets */
  GtkLabel           *comment_status_label;
  GtkTextView        *comment_view;
  GtkBox             *economic_box;
  AdwStatusPage      *error_page;
  GtkBox             *export_box;
  GtkProgressBar     *export_progress;
  GtkStack           *main_stack;
  GtkLabel           *month_label;
  AdwViewStack       *page_stack;
  GtkBox             *quality_box;
  GtkSpinner         *spinner;
};

G_DEFINE_FINAL_TYPE (HkAnalysisView, hk_analysis_view, HK_TYPE_SECTION)

/* An export in a thread: what it writes, and how far it got (in thousandths). */
typedef struct _ExportJob
{
  HkPeriod      month;
  char         *path;
  char         *generated_by;
  GCancellable *cancellable;
  int           progress;
} ExportJob;

static void
export_job_clear (gpointer data)
{
  ExportJob *job = data;

  g_free (job->path);
  g_free (job->generated_by);
  g_clear_object (&job->cancellable);
}

static void
export_job_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, export_job_clear);
}

static HkContext *
get_context (HkAnalysisView *self)
{
  return hk_section_get_context (HK_SECTION (self));
}

static char *
dup_month_id (HkAnalysisView *self)
{
  return hk_period_to_string (&self->month);
}

static char *
dup_comment_text (HkAnalysisView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->comment_view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
update_actions (HkAnalysisView *self)
{
  g_autofree char *text = dup_comment_text (self);
  gboolean exporting = self->export_job != NULL;
  gboolean changed = g_strcmp0 (text, self->saved_comment != NULL ? self->saved_comment : "")
                     != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.previous-month", !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.next-month", !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.export",
                                 !exporting && self->chooser == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.cancel-export", exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.save-comment",
                                 !self->loading && changed);
  hk_section_set_main_action_enabled (HK_SECTION (self), !exporting);
}

static void
update_subtitle (HkAnalysisView *self)
{
  g_autofree char *label = hk_period_dup_label (&self->month);
  AdwViewStackPage *page = adw_view_stack_get_page (self->page_stack,
                                                    adw_view_stack_get_visible_child (
                                                      self->page_stack));
  g_autofree char *subtitle = NULL;

  if (page != NULL)
    /* Translators: the Analysis section's subtitle: the month, the page ("Oct 2026 · Quality") */
    subtitle = g_strdup_printf (_("%s · %s"), label, adw_view_stack_page_get_title (page));
  else
    subtitle = g_strdup (label);

  gtk_label_set_label (self->month_label, label);
  hk_section_set_subtitle (HK_SECTION (self), subtitle);
}

static void
show_comment (HkAnalysisView *self)
{
  HkAnalysisStore *store = hk_context_get_analysis_store (get_context (self));
  g_autoptr(HkAnalysisComment) comment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *month = dup_month_id (self);
  g_autofree char *label = hk_period_dup_label (&self->month);
  g_autofree char *status = NULL;

  if (!hk_analysis_store_get_comment (store, month, &comment, &error))
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  g_free (self->saved_comment);
  self->saved_comment = g_strdup (comment != NULL ? comment->text : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comment_view),
                            self->saved_comment, -1);

  if (comment != NULL && comment->written_at != 0)
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (comment->written_at);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (
        utc, hk_hall_store_get_time_zone (hk_context_get_hall_store (get_context (self))));
      g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");

      /* Translators: under the commentary: who saved it last, when ("2026-11-03 10:00") */
      status = g_strdup_printf (_("Saved by %s, %s"), comment->written_by_name, when);
    }
  else
    /* Translators: %s is a month, "Oct 2026" */
    status = g_strdup_printf (_("Nothing has been written about %s yet."), label);

  gtk_label_set_label (self->comment_status_label, status);
  update_actions (self);
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* A card: the chart, and its key figures beside it. */
static GtkWidget *
make_panel (HkAnalysisPanel *panel,
            GPtrArray       *charts)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *chart = hk_chart_view_new (hk_analysis_panel_get_chart (panel));
  GtkWidget *figures = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "analysis-panel");
  gtk_widget_set_hexpand (chart, TRUE);
  gtk_widget_set_size_request (chart, 360, 300);
  gtk_widget_set_margin_start (chart, 6);
  gtk_widget_set_margin_top (chart, 6);
  gtk_widget_set_margin_bottom (chart, 6);
  gtk_box_append (GTK_BOX (card), chart);
  g_ptr_array_add (charts, chart);

  gtk_widget_set_size_request (figures, 230, -1);
  gtk_widget_set_margin_top (figures, 18);
  gtk_widget_set_margin_end (figures, 18);
  gtk_widget_set_margin_bottom (figures, 12);
  gtk_widget_set_valign (figures, GTK_ALIGN_START);
  for (guint i = 0; i < hk_analysis_panel_get_n_figures (panel); i++)
    {
      GtkWidget *caption = gtk_label_new (hk_analysis_panel_get_figure_label (panel, i));
      GtkWidget *value = gtk_label_new (hk_analysis_panel_get_figure_text (panel, i));

      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      if (i > 0)
        gtk_widget_set_margin_top (caption, 6);
      gtk_label_set_xalign (GTK_LABEL (value), 0);
      gtk_label_set_wrap (GTK_LABEL (value), TRUE);
      gtk_label_set_selectable (GTK_LABEL (value), TRUE);
      gtk_widget_add_css_class (value, "heading");
      gtk_widget_add_css_class (value, "numeric");
      /* A screen reader reads the figure with its name. */
      gtk_accessible_update_relation (GTK_ACCESSIBLE (value),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, caption, NULL, -1);
      gtk_box_append (GTK_BOX (figures), caption);
      gtk_box_append (GTK_BOX (figures), value);
    }
  gtk_box_append (GTK_BOX (card), figures);

  return card;
}

static void
fill_page (HkAnalysisView *self,
           HkAnalysis     *analysis,
           GtkBox         *box)
{
  HkAnalysisKind kind = hk_analysis_get_kind (analysis);

  clear_box (box);
  g_ptr_array_set_size (self->charts[kind], 0);

  for (guint i = 0; i < hk_analysis_get_n_panels (analysis); i++)
    gtk_box_append (box, make_panel (hk_analysis_get_panel (analysis, i), self->charts[kind]));
}

static void
set_loading (HkAnalysisView *self,
             gboolean        loading)
{
  self->loading = loading;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), loading);
  gtk_spinner_set_spinning (self->spinner, loading);
  update_actions (self);
}

/* What the thread builds: the month, and who asks (the thread's context has no operator). */
typedef struct
{
  HkPeriod  month;
  char     *generated_by;
} BuildData;

static void
build_data_free (BuildData *data)
{
  g_free (data->generated_by);
  g_free (data);
}

static gpointer
build_in_thread (HkContext  *context,
                 gpointer    data,
                 GError    **error)
{
  BuildData *build = data;

  return hk_analysis_document_build (context, &build->month, build->generated_by, NULL, error);
}

static void
on_document_built_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  HkAnalysisView *self = HK_ANALYSIS_VIEW (source);
  g_autoptr(GError) error = NULL;
  HkAnalysisDocument *document;

  document = hk_background_query_finish (result, &error);
  if (document == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* The section went away meanwhile. */
  if (self->main_stack == NULL)
    {
      hk_analysis_document_free (document);
      return;
    }

  set_loading (self, FALSE);
  g_clear_pointer (&self->document, hk_analysis_document_free);

  if (document == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      return;
    }

  self->document = document;
  fill_page (self, document->economic, self->economic_box);
  fill_page (self, document->quality, self->quality_box);
  gtk_stack_set_visible_child_name (self->main_stack, "content");
  update_actions (self);
}

static void
reload (HkAnalysisView *self)
{
  HkContext *context = get_context (self);
  BuildData *data = g_new0 (BuildData, 1);

  data->month = self->month;
  if (hk_context_get_operator (context) != NULL)
    data->generated_by = g_strdup (hk_operator_get_display_name (
                                     hk_context_get_operator (context)));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->dirty = FALSE;

  g_clear_pointer (&self->document, hk_analysis_document_free);
  clear_box (self->economic_box);
  clear_box (self->quality_box);
  for (guint k = 0; k < HK_ANALYSIS_N_KINDS; k++)
    g_ptr_array_set_size (self->charts[k], 0);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  set_loading (self, TRUE);
  update_subtitle (self);
  show_comment (self);

  hk_background_query_run (self, context, build_in_thread, data,
                           (GDestroyNotify)build_data_free,
                           (GDestroyNotify)hk_analysis_document_free, self->cancellable,
                           on_document_built_cb, NULL);
}

static void
on_records_changed_cb (HkAnalysisView *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static void
move_month (HkAnalysisView *self,
            int             direction)
{
  HkPeriod month = direction < 0 ? hk_period_get_previous (&self->month)
                                 : hk_period_get_next (&self->month);

  hk_analysis_view_set_month (self, &month);
}

static void
previous_month_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  move_month (HK_ANALYSIS_VIEW (widget), -1);
}

static void
next_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move_month (HK_ANALYSIS_VIEW (widget), 1);
}

static void
save_comment_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HkAnalysisView *self = HK_ANALYSIS_VIEW (widget);
  HkContext *context = get_context (self);
  g_autofree char *text = dup_comment_text (self);
  g_autofree char *month = dup_month_id (self);
  g_autoptr(HkAnalysisComment) comment = NULL;
  g_autoptr(GError) error = NULL;

  comment = hk_analysis_store_save_comment (hk_context_get_analysis_store (context),
                                            hk_context_get_operator (context), month, text,
                                            &error);
  if (comment == NULL)
    {
      hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  show_comment (self);
  hk_section_show_toast (HK_SECTION (self), _("Commentary saved"));
}

/* ---- export ---- */

static void
export_progress_cb (double   fraction,
                    gpointer user_data)
{
  ExportJob *job = user_data;

  g_atomic_int_set (&job->progress, 300 + (int)(700 * fraction));
}

static gpointer
export_in_thread (HkContext  *context,
                  gpointer    data,
                  GError    **error)
{
  ExportJob *job = data;
  g_autoptr(HkAnalysisDocument) document = NULL;

  if (!(document = hk_analysis_document_build (context, &job->month, job->generated_by,
                                               job->cancellable, error)))
    return NULL;

  g_atomic_int_set (&job->progress, 300);
  if (!hk_analysis_export (document, job->path, export_progress_cb, job, job->cancellable,
                           error))
    return NULL;

  return g_strdup (job->path);
}

static gboolean
on_export_tick_cb (gpointer user_data)
{
  HkAnalysisView *self = user_data;

  if (self->export_job != NULL)
    gtk_progress_bar_set_fraction (self->export_progress,
                                   g_atomic_int_get (&self->export_job->progress) / 1000.0);

  return G_SOURCE_CONTINUE;
}

static void
end_export (HkAnalysisView *self)
{
  g_clear_handle_id (&self->export_timeout, g_source_remove);
  g_clear_pointer (&self->export_job, export_job_release);
  gtk_widget_set_visible (GTK_WIDGET (self->export_box), FALSE);
  update_actions (self);
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  HkAnalysisView *self = HK_ANALYSIS_VIEW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hk_background_query_finish (result, &error);

  /* The section went away meanwhile: its dispose cancelled the export. */
  if (self->export_box == NULL)
    return;

  end_export (self);

  if (path == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        hk_section_show_toast (HK_SECTION (self), _("Export cancelled; no file was written"));
      else
        hk_section_show_error (HK_SECTION (self), error);
      return;
    }

  {
    g_autofree char *base = g_path_get_basename (path);
    g_autofree char *name = g_filename_display_name (base);
    /* Translators: %s is a file name */
    g_autofree char *message = g_strdup_printf (_("Saved the analysis as “%s”"), name);

    hk_section_show_toast (HK_SECTION (self), message);
  }
}

void
hk_analysis_view_export_to (HkAnalysisView *self,
                            const char     *path)
{
  HkContext *context;
  HkOperator *actor;
  ExportJob *job;

  g_return_if_fail (HK_IS_ANALYSIS_VIEW (self));
  g_return_if_fail (path != NULL);

  if (self->export_job != NULL)
    return;

  context = get_context (self);
  actor = hk_context_get_operator (context);
  job = g_atomic_rc_box_new0 (ExportJob);
  job->month = self->month;
  job->path = g_strdup (path);
  job->generated_by = g_strdup (actor != NULL ? hk_operator_get_display_name (actor) : "");
  job->cancellable = g_cancellable_new ();
  self->export_job = job;

  gtk_progress_bar_set_fraction (self->export_progress, 0.0);
  gtk_widget_set_visible (GTK_WIDGET (self->export_box), TRUE);
  self->export_timeout = g_timeout_add (100, on_export_tick_cb, self);
  update_actions (self);

  hk_background_query_run (self, context, export_in_thread, g_atomic_rc_box_acquire (job),
                           export_job_release, g_free, job->cancellable, on_export_done_cb,
                           NULL);
}

static void
on_chooser_response_cb (HkAnalysisView *self,
                        int             response)
{
  g_autoptr(GtkFileChooserNative) chooser = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) file = NULL;

  update_actions (self);
  if (chooser == NULL || response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *folded = g_utf8_strdown (path, -1);

      /* No extension typed: the filter's. */
      if (!g_str_has_suffix (folded, ".pdf") && !g_str_has_suffix (folded, ".xlsx"))
        {
          GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
          gboolean excel = filter != NULL &&
                           g_strcmp0 (g_object_get_data (G_OBJECT (filter), "suffix"),
                                      ".xlsx") == 0;
          char *longer = g_strconcat (path, excel ? ".xlsx" : ".pdf", NULL);

          g_free (path);
          path = longer;
        }
      hk_analysis_view_export_to (self, path);
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HkAnalysisView *self = HK_ANALYSIS_VIEW (widget);
  GtkFileFilter *pdf = gtk_file_filter_new ();
  GtkFileFilter *xlsx = gtk_file_filter_new ();
  g_autofree char *month = dup_month_id (self);
  /* Translators: the file name offered for an exported analysis; %s is the month, "2026-10" */
  g_autofree char *name = g_strdup_printf (_("analysis-%s.pdf"), month);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->chooser != NULL || self->export_job != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Analysis"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (pdf, _("PDF document (all pages, A4)"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  g_object_set_data (G_OBJECT (pdf), "suffix", (gpointer)".pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), pdf);
  gtk_file_filter_set_name (xlsx, _("Excel workbook (with the monthly report)"));
  gtk_file_filter_add_suffix (xlsx, "xlsx");
  g_object_set_data (G_OBJECT (xlsx), "suffix", (gpointer)".xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), xlsx);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), pdf);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_unref (pdf);
  g_object_unref (xlsx);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HkAnalysisView *self = HK_ANALYSIS_VIEW (widget);

  if (self->export_job != NULL)
    g_cancellable_cancel (self->export_job->cancellable);
}

/* ---- the class ---- */

static void
hk_analysis_view_map (GtkWidget *widget)
{
  HkAnalysisView *self = HK_ANALYSIS_VIEW (widget);

  GTK_WIDGET_CLASS (hk_analysis_view_parent_class)->map (widget);

  if (self->dirty)
    reload (self);
}

static void
hk_analysis_view_constructed (GObject *object)
{
  HkAnalysisView *self = (HkAnalysisView *)object;
  HkContext *context;

  G_OBJECT_CLASS (hk_analysis_view_parent_class)->constructed (object);

  context = get_context (self);
  hk_period_init_from_moment (&self->month, HK_PERIOD_MONTH, hk_context_get_hall_store (context),
                              hk_database_get_now (hk_context_get_database (context)));

  g_signal_connect_object (gtk_text_view_get_buffer (self->comment_view), "changed",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_receipt_store (context), "changed",
                           G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_daily_report_store (context), "changed",
                           G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_complaint_store (context), "changed",
                           G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_repair_store (context), "changed",
                           G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hk_context_get_opinion_book_store (context), "changed",
                           G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);

  reload (self);
}

static void
hk_analysis_view_dispose (GObject *object)
{
  HkAnalysisView *self = (HkAnalysisView *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->export_job != NULL)
    g_cancellable_cancel (self->export_job->cancellable);
  g_clear_handle_id (&self->export_timeout, g_source_remove);
  g_clear_pointer (&self->export_job, export_job_release);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->document, hk_analysis_document_free);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HK_TYPE_ANALYSIS_VIEW);

  G_OBJECT_CLASS (hk_analysis_view_parent_class)->dispose (object);
}

static void
hk_analysis_view_finalize (GObject *object)
{
  HkAnalysisView *self = (HkAnalysisView *)object;

  g_clear_pointer (&self->saved_comment, g_free);
  for (guint k = 0; k < HK_ANALYSIS_N_KINDS; k++)
    g_clear_pointer (&self->charts[k], g_ptr_array_unref);

  G_OBJECT_CLASS (hk_analysis_view_parent_class)->finalize (object);
}

static void
hk_analysis_view_class_init (HkAnalysisViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HkSectionClass *section_class = HK_SECTION_CLASS (klass);

  object_class->constructed = hk_analysis_view_constructed;
  object_class->dispose = hk_analysis_view_dispose;
  object_class->finalize = hk_analysis_view_finalize;

  widget_class->map = hk_analysis_view_map;

  section_class->main_action_name = "analysis.export";
  section_class->main_action_label = N_("_Export…");
  section_class->main_action_tooltip = N_("Save the whole analysis as a PDF document or in the "
                                          "monthly Excel workbook (Ctrl+E)");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hallkeeper/Hallkeeper/hk-analysis-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HkAnalysisView, comment_status_label);
  gtk_widget_class_bind_template_child (widget_class, HkAnalysisView, comment_view);
  gtk_widget_class_bind_template_child (widget_class, HkAnalysisView, economic_box);
  gtk_widget_class_bind_template_child (widget_class, HkAnalysisView, error_page);
  gtk_widget_class_bind_template_child (widget_class, HkAnalysisView, export_box);
  gtk_widget_class_bind_template_child (widget_class, HkAnalysisView, export_progress);
  gtk_widget_class_bind_template_child (widget_class, HkAnalysisView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HkAnalysisView, month_label);
  gtk_widget_class_bind_template_child (widget_class, HkAnalysisView, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HkAnalysisView, quality_box);
  gtk_widget_class_bind_template_child (widget_class, HkAnalysisView, spinner);
  gtk_widget_class_bind_template_callback (widget_class, update_subtitle);

  gtk_widget_class_install_action (widget_class, "analysis.previous-month", NULL,
                                   previous_month_action);
  gtk_widget_class_install_action (widget_class, "analysis.next-month", NULL,
                                   next_month_action);
  gtk_widget_class_install_action (widget_class, "analysis.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "analysis.cancel-export", NULL,
                                   cancel_export_action);
  gtk_widget_class_install_action (widget_class, "analysis.save-comment", NULL,
                                   save_comment_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "analysis.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "analysis.next-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "analysis.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "analysis.save-comment", NULL);

  g_type_ensure (HK_TYPE_CHART_VIEW);
}

static void
hk_analysis_view_init (HkAnalysisView *self)
{
  for (guint k = 0; k < HK_ANALYSIS_N_KINDS; k++)
    self->charts[k] = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

const HkPeriod *
hk_analysis_view_get_month (HkAnalysisView *self)
{
  g_return_val_if_fail (HK_IS_ANALYSIS_VIEW (self), NULL);

  return &self->month;
}

void
hk_analysis_view_set_month (HkAnalysisView *self,
                            const HkPeriod *month)
{
  g_return_if_fail (HK_IS_ANALYSIS_VIEW (self));
  g_return_if_fail (month != NULL && month->kind == HK_PERIOD_MONTH);

  if (self->export_job != NULL)
    return;

  self->month = *month;
  reload (self);
}

gboolean
hk_analysis_view_is_loading (HkAnalysisView *self)
{
  g_return_val_if_fail (HK_IS_ANALYSIS_VIEW (self), FALSE);

  return self->loading;
}

gboolean
hk_analysis_view_is_exporting (HkAnalysisView *self)
{
  g_return_val_if_fail (HK_IS_ANALYSIS_VIEW (self), FALSE);

  return self->export_job != NULL;
}

/**
 * hk_analysis_view_get_document:
 *
 * Returns: (transfer none) (nullable): the analysis shown
 */
HkAnalysisDocument *
hk_analysis_view_get_document (HkAnalysisView *self)
{
  g_return_val_if_fail (HK_IS_ANALYSIS_VIEW (self), NULL);

  return self->document;
}

/**
 * hk_analysis_view_get_charts:
 *
 * Returns: (transfer none) (element-type HkChartView): the page's chart views
 */
GPtrArray *
hk_analysis_view_get_charts (HkAnalysisView *self,
                             HkAnalysisKind  kind)
{
  g_return_val_if_fail (HK_IS_ANALYSIS_VIEW (self), NULL);
  g_return_val_if_fail (kind < HK_ANALYSIS_N_KINDS, NULL);

  return self->charts[kind];
}
