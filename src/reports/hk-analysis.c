/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-analysis.c: a month's economic analysis and quality analysis: the value and its panels.
 *
 * A panel's chart and table are filled from the same numbers in one call per category, so
 * what the chart draws is what the table (and the workbook's data sheet) says. A chart whose
 * values are all zero or missing gets no series: the renderer then says "No data" rather than
 * drawing a row of empty bars.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "core/hk-error.h"
#include "core/hk-money.h"
#include "hk-analysis-private.h"

typedef struct
{
  char *id;
  char *label;
  char *text;
} Figure;

struct _HkAnalysisPanel
{
  char                *id;
  HkChart             *chart;
  HkChartUnit          unit;
  HkChartCategoryKind  category_kind;
  HkReportTable       *table;    /* owned by the report */
  GPtrArray           *series;   /* HkChartSeries, added to the chart when the build ends */
  GArray              *figures;  /* Figure */
  HkReport            *report;   /* borrowed: the analysis' */
};

struct _HkAnalysis
{
  gatomicrefcount  ref_count;
  HkAnalysisKind   kind;
  HkPeriod         month;
  HkReport        *report;
  GPtrArray       *panels;  /* HkAnalysisPanel */
};

G_DEFINE_BOXED_TYPE (HkAnalysis, hk_analysis, hk_analysis_ref, hk_analysis_unref)

static void
clear_figure (gpointer data)
{
  Figure *figure = data;

  g_free (figure->id);
  g_free (figure->label);
  g_free (figure->text);
}

static void
panel_free (HkAnalysisPanel *panel)
{
  g_free (panel->id);
  g_clear_object (&panel->chart);
  g_clear_pointer (&panel->series, g_ptr_array_unref);
  g_clear_pointer (&panel->figures, g_array_unref);
  g_free (panel);
}

const char *
hk_analysis_kind_get_title (HkAnalysisKind kind)
{
  switch (kind)
    {
    case HK_ANALYSIS_QUALITY:
      return _("Quality analysis");
    case HK_ANALYSIS_ECONOMIC:
    default:
      return _("Economic analysis");
    }
}

HkAnalysis *
hk_analysis_new (HkContext      *context,
                 HkAnalysisKind  kind,
                 const HkPeriod *month,
                 const char     *generated_by)
{
  HkHallStore *hall = hk_context_get_hall_store (context);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *first = hk_period_dup_first_day (month);
  g_autofree char *last = hk_period_dup_last_day (month);
  g_autofree char *label = hk_period_dup_label (month);
  g_autofree char *hall_name = hk_hall_store_dup_name (hall);
  HkAnalysis *self = g_new0 (HkAnalysis, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->month = *month;
  self->panels = g_ptr_array_new_with_free_func ((GDestroyNotify)panel_free);
  self->report = hk_report_new (kind == HK_ANALYSIS_ECONOMIC ? "economic-analysis"
                                                             : "quality-analysis",
                                hk_analysis_kind_get_title (kind));

  utc = g_date_time_new_from_unix_utc (hk_database_get_now (hk_context_get_database (context)));
  now = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (hall));
  hk_report_set_period (self->report, first, last, label);
  hk_report_set_hall_name (self->report, hall_name);
  hk_report_set_generated (self->report, generated_by != NULL ? generated_by : "", now);

  return self;
}

HkAnalysisPanel *
hk_analysis_add_panel (HkAnalysis          *self,
                       const char          *id,
                       HkChartKind          kind,
                       const char          *title,
                       HkChartUnit          unit,
                       const char          *category_heading,
                       HkChartCategoryKind  category_kind)
{
  HkAnalysisPanel *panel = g_new0 (HkAnalysisPanel, 1);

  panel->id = g_strdup (id);
  panel->chart = hk_chart_new (kind, title, unit);
  panel->unit = unit;
  panel->category_kind = category_kind;
  panel->report = self->report;
  panel->table = hk_report_add_table (self->report, id, title);
  hk_report_table_add_column (panel->table, category_heading,
                              category_kind == HK_CHART_CATEGORY_DAYS ? HK_REPORT_COLUMN_DATE
                                                                      : HK_REPORT_COLUMN_TEXT);
  panel->series = g_ptr_array_new_with_free_func (g_object_unref);
  panel->figures = g_array_new (FALSE, TRUE, sizeof (Figure));
  g_array_set_clear_func (panel->figures, clear_figure);
  g_ptr_array_add (self->panels, panel);

  return panel;
}

void
hk_analysis_panel_add_series (HkAnalysisPanel *panel,
                              const char      *name)
{
  HkReportColumnKind kind;

  switch (panel->unit)
    {
    case HK_CHART_UNIT_MONEY:
      kind = HK_REPORT_COLUMN_MONEY;
      break;
    case HK_CHART_UNIT_RATIO:
      kind = HK_REPORT_COLUMN_RATIO;
      break;
    case HK_CHART_UNIT_COUNT:
    default:
      kind = HK_REPORT_COLUMN_COUNT;
      break;
    }

  g_ptr_array_add (panel->series, hk_chart_series_new (name));
  hk_report_table_add_column (panel->table, name, kind);
}

void
hk_analysis_panel_add_category (HkAnalysisPanel *panel,
                                const char      *label,
                                const double    *values)
{
  HkChartCategoryAxis *axis = hk_chart_get_category_axis (panel->chart);
  guint row = hk_report_table_add_row (panel->table, HK_REPORT_ROW_BODY);

  if (panel->category_kind == HK_CHART_CATEGORY_NAMES)
    hk_chart_category_axis_append_name (axis, label);
  else
    hk_chart_category_axis_append_date (axis, label);
  hk_report_table_set_text (panel->table, row, 0, label);

  for (guint s = 0; s < panel->series->len; s++)
    {
      double value = values[s];

      hk_chart_series_append (g_ptr_array_index (panel->series, s), value);
      if (isnan (value))
        continue;

      if (panel->unit == HK_CHART_UNIT_RATIO)
        hk_report_table_set_ratio (panel->table, row, s + 1, value);
      else
        hk_report_table_set_value (panel->table, row, s + 1, (gint64)llround (value));
    }
}

void
hk_analysis_panel_add_figure (HkAnalysisPanel *panel,
                              const char      *id,
                              const char      *label,
                              const char      *text)
{
  Figure figure = { g_strdup (id), g_strdup (label), g_strdup (text) };

  g_array_append_val (panel->figures, figure);
  hk_report_add_figure_text (panel->report, label, text);
}

void
hk_analysis_panel_add_figure_money (HkAnalysisPanel *panel,
                                    const char      *id,
                                    const char      *label,
                                    gint64           fen)
{
  Figure figure = { g_strdup (id), g_strdup (label), hk_money_format (fen) };

  g_array_append_val (panel->figures, figure);
  hk_report_add_figure_money (panel->report, label, fen);
}

void
hk_analysis_panel_add_figure_count (HkAnalysisPanel *panel,
                                    const char      *id,
                                    const char      *label,
                                    gint64           count)
{
  Figure figure = { g_strdup (id), g_strdup (label),
                    g_strdup_printf ("%lld", (long long)count) };

  g_array_append_val (panel->figures, figure);
  hk_report_add_figure_count (panel->report, label, count);
}

char *
hk_analysis_format_share (double share)
{
  if (!isfinite (share))
    return g_strdup ("—");

  return g_strdup_printf ("%.1f %%", share * 100.0);
}

/* The series go into the chart only when one of them has a value other than zero. */
static void
finish_panel (HkAnalysisPanel *panel)
{
  gboolean any = FALSE;

  for (guint s = 0; s < panel->series->len && !any; s++)
    {
      HkChartSeries *series = g_ptr_array_index (panel->series, s);

      for (guint i = 0; i < hk_chart_series_get_n_values (series) && !any; i++)
        {
          double value = hk_chart_series_get_value (series, i);

          any = !isnan (value) && value != 0.0;
        }
    }

  if (any)
    for (guint s = 0; s < panel->series->len; s++)
      hk_chart_add_series (panel->chart, g_ptr_array_index (panel->series, s));
}

/**
 * hk_analysis_build:
 * @context: the hall, read through a context of this thread
 * @kind: which analysis
 * @month: a month
 * @generated_by: (nullable): the display name of the operator who asks
 *
 * Returns: (transfer full): the analysis, or %NULL with @error set (%HK_ERROR_INVALID for a
 *   period that is not a month, %G_IO_ERROR_CANCELLED when cancelled)
 */
HkAnalysis *
hk_analysis_build (HkContext       *context,
                   HkAnalysisKind   kind,
                   const HkPeriod  *month,
                   const char      *generated_by,
                   GCancellable    *cancellable,
                   GError         **error)
{
  g_autoptr(HkAnalysis) self = NULL;
  gboolean ok;

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (month != NULL, NULL);

  if (month->kind != HK_PERIOD_MONTH)
    {
      g_set_error_literal (error, HK_ERROR, HK_ERROR_INVALID,
                           _("An analysis covers a month."));
      return NULL;
    }

  self = hk_analysis_new (context, kind, month, generated_by);
  if (kind == HK_ANALYSIS_QUALITY)
    ok = hk_analysis_build_quality (self, context, cancellable, error);
  else
    ok = hk_analysis_build_economic (self, context, cancellable, error);

  if (!ok)
    return NULL;

  for (guint i = 0; i < self->panels->len; i++)
    finish_panel (g_ptr_array_index (self->panels, i));

  return g_steal_pointer (&self);
}

HkAnalysis *
hk_analysis_ref (HkAnalysis *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
hk_analysis_unref (HkAnalysis *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->panels, g_ptr_array_unref);
  g_clear_pointer (&self->report, hk_report_unref);
  g_free (self);
}

HkAnalysisKind
hk_analysis_get_kind (HkAnalysis *self)
{
  g_return_val_if_fail (self != NULL, HK_ANALYSIS_ECONOMIC);

  return self->kind;
}

const HkPeriod *
hk_analysis_get_month (HkAnalysis *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->month;
}

/**
 * hk_analysis_get_report:
 *
 * Returns: (transfer none): the report with the analysis' figures and tables
 */
HkReport *
hk_analysis_get_report (HkAnalysis *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->report;
}

guint
hk_analysis_get_n_panels (HkAnalysis *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->panels->len;
}

HkAnalysisPanel *
hk_analysis_get_panel (HkAnalysis *self,
                       guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->panels->len, NULL);

  return g_ptr_array_index (self->panels, index);
}

HkAnalysisPanel *
hk_analysis_find_panel (HkAnalysis *self,
                        const char *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->panels->len; i++)
    {
      HkAnalysisPanel *panel = g_ptr_array_index (self->panels, i);

      if (g_strcmp0 (panel->id, id) == 0)
        return panel;
    }

  return NULL;
}

const char *
hk_analysis_panel_get_id (HkAnalysisPanel *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

/**
 * hk_analysis_panel_get_chart:
 *
 * Returns: (transfer none): the panel's chart
 */
HkChart *
hk_analysis_panel_get_chart (HkAnalysisPanel *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->chart;
}

HkReportTable *
hk_analysis_panel_get_table (HkAnalysisPanel *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->table;
}

guint
hk_analysis_panel_get_n_figures (HkAnalysisPanel *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->figures->len;
}

const char *
hk_analysis_panel_get_figure_id (HkAnalysisPanel *self,
                                 guint            index)
{
  g_return_val_if_fail (self != NULL && index < self->figures->len, NULL);

  return g_array_index (self->figures, Figure, index).id;
}

const char *
hk_analysis_panel_get_figure_label (HkAnalysisPanel *self,
                                    guint            index)
{
  g_return_val_if_fail (self != NULL && index < self->figures->len, NULL);

  return g_array_index (self->figures, Figure, index).label;
}

const char *
hk_analysis_panel_get_figure_text (HkAnalysisPanel *self,
                                   guint            index)
{
  g_return_val_if_fail (self != NULL && index < self->figures->len, NULL);

  return g_array_index (self->figures, Figure, index).text;
}

const char *
hk_analysis_panel_find_figure (HkAnalysisPanel *self,
                               const char      *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->figures->len; i++)
    if (g_strcmp0 (g_array_index (self->figures, Figure, i).id, id) == 0)
      return g_array_index (self->figures, Figure, i).text;

  return NULL;
}
