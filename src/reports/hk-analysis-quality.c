/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-analysis-quality.c: a month's quality analysis (质量分析): how well the hall kept its rules.
 *
 * Over what happened in the month, as it stands when the analysis is made (the database's
 * clock). The panels, by id:
 *
 * - "complaints-by-category": bars of the complaints received, by category;
 * - "complaints-by-channel": a donut of the same by channel;
 * - "on-time-by-week": the 24-hour on-time rate of each week (Monday to Sunday, cut at the
 *   month's ends) against the target line (the hall's setting, 95 % unless changed). The rule
 *   is the complaint statistics report's: resolved by the deadline, of those resolved or open
 *   past it; a week with none of either has no point;
 * - "complaint-follow-up": overdue now, resolved late, entered late (on a later day than
 *   received), callbacks promised and callbacks done;
 * - "opinion-book": the month's opinion-book entries processed on time (by the end of the day
 *   after), processed late, and not processed; with the duty manager's other books of the
 *   month (hall operations): the safety check items failed, the incidents (and how many were
 *   serious), and the cleaning rounds missed (windows of the schedule with no round, ended by
 *   the time the analysis is made);
 * - "repair-turnaround": the tickets received in the month that are ready, by days from intake
 *   to ready, repaired in the hall or by way of the city company (from the repair register
 *   report); figures: the median days, the share sent to the city company, overdue now;
 * - "cash-desk": the month's cash differences by clerk (counted − expected, over their daily
 *   reports); figures: voids per thousand receipts issued, days with a difference, shortages,
 *   surpluses, unexplained gaps in the receipt numbers, and daily reports signed on time. A
 *   daily report is signed on time when the auditor signed it by the end of the business day
 *   after its own (the 日报 of the 21st by midnight after the 22nd); one not signed yet counts
 *   as late once that has passed, and not at all before;
 * - "archive": the re-check errors of the month by type; figures: access requests made in the
 *   month, approved and rejected, the median time from request to decision, re-checks, errors.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "core/hk-duty-store.h"
#include "core/hk-money.h"
#include "hk-analysis-private.h"
#include "hk-complaint-statistics-report.h"
#include "hk-report-builders-private.h"
#include "hk-repair-register-report.h"

typedef struct
{
  HkAnalysis  *analysis;
  HkContext   *context;
  HkHallStore *hall;
  gint64       now;
  char        *first_day;
  char        *last_day;
  GPtrArray   *complaints;
} Build;

static void
build_clear (Build *b)
{
  g_clear_pointer (&b->first_day, g_free);
  g_clear_pointer (&b->last_day, g_free);
  g_clear_pointer (&b->complaints, g_ptr_array_unref);
}

static char *
format_percent (double share)
{
  return hk_analysis_format_share (share);
}

/* Complaints by category and by channel. */
static void
add_complaint_counts (Build *b)
{
  GListModel *categories = hk_complaint_store_get_categories (
                             hk_context_get_complaint_store (b->context));
  guint by_channel[HK_COMPLAINT_N_CHANNELS] = { 0 };
  HkAnalysisPanel *panel;
  guint busiest = 0;
  g_autofree char *busiest_name = NULL;

  panel = hk_analysis_add_panel (b->analysis, "complaints-by-category", HK_CHART_BARS,
                                 _("Complaints by category"), HK_CHART_UNIT_COUNT,
                                 _("Category"), HK_CHART_CATEGORY_NAMES);
  hk_analysis_panel_add_series (panel, C_("complaints counted", "Received"));

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(HkComplaintCategory) category = g_list_model_get_item (categories, i);
      gint64 id = hk_complaint_category_get_id (category);
      guint n = 0;
      double value;

      for (guint c = 0; c < b->complaints->len; c++)
        if (hk_complaint_get_category_id (g_ptr_array_index (b->complaints, c)) == id)
          n++;

      /* Every category in use, and any other that had complaints. */
      if (n == 0 && !hk_complaint_category_get_active (category))
        continue;

      value = n;
      hk_analysis_panel_add_category (panel, hk_complaint_category_get_title (category), &value);
      if (n > busiest)
        {
          busiest = n;
          g_free (busiest_name);
          busiest_name = g_strdup (hk_complaint_category_get_title (category));
        }
    }

  hk_analysis_panel_add_figure_count (panel, "received", _("Complaints received"),
                                      b->complaints->len);
  if (busiest_name != NULL)
    {
      /* Translators: a complaint category and how many complaints it had: "Billing (4)" */
      g_autofree char *text = g_strdup_printf (_("%s (%u)"), busiest_name, busiest);

      hk_analysis_panel_add_figure (panel, "top-category", _("Most complaints"), text);
    }
  else
    hk_analysis_panel_add_figure (panel, "top-category", _("Most complaints"), "—");

  panel = hk_analysis_add_panel (b->analysis, "complaints-by-channel", HK_CHART_DONUT,
                                 _("Complaints by channel"), HK_CHART_UNIT_COUNT, _("Channel"),
                                 HK_CHART_CATEGORY_NAMES);
  hk_analysis_panel_add_series (panel, C_("complaints counted", "Received"));

  for (guint c = 0; c < b->complaints->len; c++)
    by_channel[hk_complaint_get_channel (g_ptr_array_index (b->complaints, c))]++;

  for (guint ch = 0; ch < HK_COMPLAINT_N_CHANNELS; ch++)
    {
      double value = by_channel[ch];
      g_autofree char *share = format_percent (
        b->complaints->len > 0 ? (double)by_channel[ch] / b->complaints->len : NAN);
      g_autofree char *id = g_strdup_printf ("%s-share", hk_complaint_channel_to_id (ch));

      hk_analysis_panel_add_category (panel, hk_complaint_channel_get_title (ch), &value);
      hk_analysis_panel_add_figure (panel, id, hk_complaint_channel_get_title (ch), share);
    }
}

/* "1–4 Oct", "5–11 Oct" in English; the translation says how in Chinese. */
static char *
week_label (GDate *first,
            GDate *last)
{
  g_autoptr(GDateTime) a = g_date_time_new_utc (g_date_get_year (first),
                                                g_date_get_month (first),
                                                g_date_get_day (first), 12, 0, 0);
  g_autoptr(GDateTime) z = g_date_time_new_utc (g_date_get_year (last), g_date_get_month (last),
                                                g_date_get_day (last), 12, 0, 0);
  /* Translators: the first day of a week in a chart of weeks, "1" of "1–4 Oct"; a
   * g_date_time_format() format */
  g_autofree char *from = g_date_time_format (a, C_("chart week first day", "%-d"));
  /* Translators: the last day of a week in a chart of weeks, "4 Oct" of "1–4 Oct"; a
   * g_date_time_format() format */
  g_autofree char *to = g_date_time_format (z, C_("chart week last day", "%-d %b"));

  /* Translators: a week in a chart of weeks: its first day and its last, "1–4 Oct" */
  return g_strdup_printf (C_("chart week", "%s–%s"), from, to);
}

static void
add_on_time (Build *b)
{
  HkAnalysisStore *store = hk_context_get_analysis_store (b->context);
  guint target = hk_analysis_store_get_on_time_target (store);
  HkAnalysisPanel *panel;
  HkChart *chart;
  GDate first;
  GDate last;
  GDate day;
  guint weeks = 0;
  guint below = 0;
  guint on_time = 0;
  guint known = 0;
  double rate = 0;
  g_autofree char *target_text = g_strdup_printf ("%u %%", target);
  g_autofree char *rate_text = NULL;
  g_autofree char *known_text = NULL;

  panel = hk_analysis_add_panel (b->analysis, "on-time-by-week", HK_CHART_LINES,
                                 _("On-time rate by week"), HK_CHART_UNIT_RATIO, _("Week"),
                                 HK_CHART_CATEGORY_NAMES);
  hk_analysis_panel_add_series (panel, _("On-time rate"));
  chart = hk_analysis_panel_get_chart (panel);
  hk_chart_set_target (chart, target / 100.0, NULL);

  hk_period_get_first_date (hk_analysis_get_month (b->analysis), &first);
  hk_period_get_last_date (hk_analysis_get_month (b->analysis), &last);

  for (day = first; g_date_compare (&day, &last) <= 0;)
    {
      g_autoptr(GPtrArray) in_week = g_ptr_array_new ();
      g_autofree char *label = NULL;
      char from[16];
      char to[16];
      GDate end = day;
      double value = NAN;

      /* To the Sunday, or the month's last day. */
      while (g_date_get_weekday (&end) != G_DATE_SUNDAY && g_date_compare (&end, &last) < 0)
        g_date_add_days (&end, 1);

      g_date_strftime (from, sizeof from, "%Y-%m-%d", &day);
      g_date_strftime (to, sizeof to, "%Y-%m-%d", &end);
      for (guint c = 0; c < b->complaints->len; c++)
        {
          HkComplaint *complaint = g_ptr_array_index (b->complaints, c);
          const char *received = hk_complaint_get_received_day (complaint);

          if (g_strcmp0 (received, from) >= 0 && g_strcmp0 (received, to) <= 0)
            g_ptr_array_add (in_week, complaint);
        }

      if (hk_complaint_statistics_on_time_rate (in_week, b->now, NULL, NULL, &value))
        {
          weeks++;
          if (value < target / 100.0 - 1e-9)
            below++;
        }
      else
        value = NAN;

      label = week_label (&day, &end);
      hk_analysis_panel_add_category (panel, label, &value);

      day = end;
      g_date_add_days (&day, 1);
    }

  if (hk_complaint_statistics_on_time_rate (b->complaints, b->now, &on_time, &known, &rate))
    rate_text = format_percent (rate);
  else
    rate_text = g_strdup ("—");
  /* Translators: how many of how many complaints were resolved on time: "18 of 20" */
  known_text = g_strdup_printf (_("%u of %u"), on_time, known);

  hk_analysis_panel_add_figure (panel, "on-time-rate", _("On-time rate, month"), rate_text);
  hk_analysis_panel_add_figure (panel, "on-time", _("Resolved on time"), known_text);
  hk_analysis_panel_add_figure (panel, "target", _("Target"), target_text);
  hk_analysis_panel_add_figure_count (panel, "weeks-below-target", _("Weeks below target"),
                                      below);
}

static void
add_follow_up (Build *b)
{
  guint overdue = 0;
  guint resolved_late = 0;
  guint entered_late = 0;
  guint promised = 0;
  guint done = 0;
  HkAnalysisPanel *panel;
  g_autofree char *done_share = NULL;

  for (guint c = 0; c < b->complaints->len; c++)
    {
      HkComplaint *complaint = g_ptr_array_index (b->complaints, c);
      HkComplaintSla sla = hk_complaint_get_sla (complaint, b->now);

      if (sla == HK_COMPLAINT_SLA_OVERDUE)
        overdue++;
      else if (sla == HK_COMPLAINT_SLA_RESOLVED_LATE)
        resolved_late++;
      if (hk_complaint_is_entered_late (complaint))
        entered_late++;
      if (hk_complaint_has_callback_promise (complaint))
        {
          promised++;
          if (hk_complaint_get_callback (complaint, b->now) == HK_COMPLAINT_CALLBACK_DONE)
            done++;
        }
    }

  panel = hk_analysis_add_panel (b->analysis, "complaint-follow-up", HK_CHART_BARS,
                                 _("Complaint follow-up"), HK_CHART_UNIT_COUNT, _("Item"),
                                 HK_CHART_CATEGORY_NAMES);
  hk_analysis_panel_add_series (panel, _("Complaints"));

  {
    struct
    {
      const char *id;
      const char *title;
      guint       count;
    } items[] = {
      { "overdue", _("Overdue now"), overdue },
      { "resolved-late", _("Resolved late"), resolved_late },
      { "entered-late", _("Entered late"), entered_late },
      { "callbacks-promised", _("Callbacks promised"), promised },
      { "callbacks-done", _("Callbacks done"), done },
    };

    for (guint i = 0; i < G_N_ELEMENTS (items); i++)
      {
        double value = items[i].count;

        hk_analysis_panel_add_category (panel, items[i].title, &value);
        hk_analysis_panel_add_figure_count (panel, items[i].id, items[i].title, items[i].count);
      }
  }

  done_share = format_percent (promised > 0 ? (double)done / promised : NAN);
  hk_analysis_panel_add_figure (panel, "callbacks-done-share", _("Callbacks done, share"),
                                done_share);
}

/* The duty manager's safety checks, incidents and cleaning rounds of the month. */
static gboolean
add_hall_operations (Build            *b,
                     HkAnalysisPanel  *panel,
                     GError          **error)
{
  HkDutyStore *store = hk_context_get_duty_store (b->context);
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) incidents = NULL;
  g_autofree char *incident_text = NULL;
  guint failed = 0;
  guint serious = 0;
  guint missed = 0;

  if (!(checks = hk_duty_store_list_safety_checks (store, b->first_day, b->last_day, error)) ||
      !(incidents = hk_duty_store_list_incidents (store, b->first_day, b->last_day, error)) ||
      !hk_duty_store_count_missed_rounds (store, b->first_day, b->last_day, &missed, error))
    return FALSE;

  for (guint i = 0; i < checks->len; i++)
    failed += hk_safety_check_get_n_failed (g_ptr_array_index (checks, i));
  for (guint i = 0; i < incidents->len; i++)
    if (hk_incident_is_serious (g_ptr_array_index (incidents, i)))
      serious++;

  /* Translators: incidents of the month and the serious ones among them: "3 (1 serious)" */
  incident_text = g_strdup_printf (_("%u (%u serious)"), incidents->len, serious);
  hk_analysis_panel_add_figure_count (panel, "safety-items-failed",
                                      _("Safety check items failed"), failed);
  hk_analysis_panel_add_figure (panel, "incidents", _("Incidents"), incident_text);
  hk_analysis_panel_add_figure_count (panel, "missed-cleaning-rounds",
                                      _("Cleaning rounds missed"), missed);

  return TRUE;
}

static gboolean
add_opinion_book (Build   *b,
                  GError **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  guint on_time = 0;
  guint late = 0;
  guint open = 0;
  HkAnalysisPanel *panel;
  g_autofree char *share = NULL;

  if (!(entries = hk_opinion_book_store_list (hk_context_get_opinion_book_store (b->context),
                                              b->first_day, b->last_day, error)))
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      HkOpinionEntry *entry = g_ptr_array_index (entries, i);

      if (!hk_opinion_entry_is_processed (entry))
        open++;
      else if (hk_opinion_entry_is_processed_late (entry))
        late++;
      else
        on_time++;
    }

  panel = hk_analysis_add_panel (b->analysis, "opinion-book", HK_CHART_DONUT,
                                 _("Opinion book"), HK_CHART_UNIT_COUNT, _("State"),
                                 HK_CHART_CATEGORY_NAMES);
  hk_analysis_panel_add_series (panel, _("Entries"));

  {
    double values[3] = { on_time, late, open };
    const char *titles[3] = { _("Processed on time"), _("Processed late"),
                              _("Not processed") };
    const char *ids[3] = { "processed-on-time", "processed-late", "not-processed" };

    for (guint i = 0; i < 3; i++)
      {
        hk_analysis_panel_add_category (panel, titles[i], &values[i]);
        hk_analysis_panel_add_figure_count (panel, ids[i], titles[i], (gint64)values[i]);
      }
  }

  share = format_percent (entries->len > 0 ? (double)on_time / entries->len : NAN);
  hk_analysis_panel_add_figure_count (panel, "entries", _("Entries"), entries->len);
  hk_analysis_panel_add_figure (panel, "on-time-share", _("Processed on time, share"), share);

  return add_hall_operations (b, panel, error);
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return (x > y) - (x < y);
}

/* The median of whole numbers; NAN of none. */
static double
get_median (GArray *values)
{
  double median;

  if (values->len == 0)
    return NAN;

  g_array_sort (values, compare_gint64);
  if (values->len % 2 == 1)
    median = g_array_index (values, gint64, values->len / 2);
  else
    median = (g_array_index (values, gint64, values->len / 2 - 1) +
              g_array_index (values, gint64, values->len / 2)) / 2.0;

  return median;
}

static gboolean
add_repairs (Build   *b,
             GError **error)
{
  static const struct
  {
    gint64 max_days;
  } buckets[] = { { 1 }, { 3 }, { 7 }, { 14 }, { G_MAXINT64 } };
  const char *bucket_titles[G_N_ELEMENTS (buckets)] = {
    /* Translators: a range of days a repair took, in a chart's categories */
    _("0–1 days"), _("2–3 days"), _("4–7 days"), _("8–14 days"), _("15 days or more"),
  };
  HkRepairStore *store = hk_context_get_repair_store (b->context);
  g_autoptr(HkReport) register_report = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (gint64));
  HkRepairFilter filter = { 0 };
  HkReportTable *table;
  HkAnalysisPanel *panel;
  guint counts[G_N_ELEMENTS (buckets)][2] = { { 0 } };
  guint tickets = 0;
  guint sent = 0;
  g_autofree char *median = NULL;
  g_autofree char *sent_share = NULL;

  if (!(register_report = hk_repair_register_report_build (b->context, b->first_day,
                                                           b->last_day, error)))
    return FALSE;

  filter.overdue_only = TRUE;
  filter.first_day = b->first_day;
  filter.last_day = b->last_day;
  if (!(overdue = hk_repair_store_list (store, &filter, error)))
    return FALSE;

  table = hk_report_find_table (register_report, "register");
  for (guint r = 0; r < hk_report_table_get_n_rows (table); r++)
    {
      gboolean city;
      gint64 value;

      if (hk_report_table_get_row_kind (table, r) != HK_REPORT_ROW_BODY)
        continue;

      tickets++;
      city = !hk_report_table_is_empty (table, r, HK_REPAIR_REGISTER_COLUMN_SENT);
      if (city)
        sent++;

      if (hk_report_table_is_empty (table, r, HK_REPAIR_REGISTER_COLUMN_DAYS_TO_READY))
        continue;

      value = hk_report_table_get_value (table, r, HK_REPAIR_REGISTER_COLUMN_DAYS_TO_READY);
      g_array_append_val (days, value);
      for (guint k = 0; k < G_N_ELEMENTS (buckets); k++)
        if (value <= buckets[k].max_days)
          {
            counts[k][city ? 1 : 0]++;
            break;
          }
    }

  panel = hk_analysis_add_panel (b->analysis, "repair-turnaround", HK_CHART_STACKED_BARS,
                                 _("Repair turnaround"), HK_CHART_UNIT_COUNT, _("Days to ready"),
                                 HK_CHART_CATEGORY_NAMES);
  hk_analysis_panel_add_series (panel, _("Repaired in the hall"));
  hk_analysis_panel_add_series (panel, _("By way of the city company"));

  for (guint k = 0; k < G_N_ELEMENTS (buckets); k++)
    {
      double values[2] = { counts[k][0], counts[k][1] };

      hk_analysis_panel_add_category (panel, bucket_titles[k], values);
    }

  if (days->len > 0)
    /* Translators: a median number of days, "2.5 days" */
    median = g_strdup_printf (_("%.1f days"), get_median (days));
  else
    median = g_strdup ("—");
  sent_share = format_percent (tickets > 0 ? (double)sent / tickets : NAN);
  hk_analysis_panel_add_figure_count (panel, "tickets", _("Tickets received"), tickets);
  hk_analysis_panel_add_figure (panel, "median-days", _("Median days to ready"), median);
  hk_analysis_panel_add_figure (panel, "sent-out-share", _("Sent to the city company"),
                                sent_share);
  hk_analysis_panel_add_figure_count (panel, "overdue", _("Overdue now"), overdue->len);

  return TRUE;
}

typedef struct
{
  gint64  clerk_id;
  gint64  difference;
} ClerkDifference;

static gboolean
add_cash_desk (Build   *b,
               GError **error)
{
  HkDailyReportStore *store = hk_context_get_daily_report_store (b->context);
  HkDatabase *database = hk_context_get_database (b->context);
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GHashTable) operators = NULL;
  g_autoptr(HkRevenue) revenue = NULL;
  g_autoptr(GArray) clerks = g_array_new (FALSE, TRUE, sizeof (ClerkDifference));
  g_autofree char *today = hk_hall_store_format_day (b->hall, b->now);
  HkRevenueSums sums;
  HkAnalysisPanel *panel;
  gint64 shortage = 0;
  gint64 surplus = 0;
  guint days_with_difference = 0;
  guint gaps = 0;
  guint due = 0;
  guint signed_on_time = 0;
  gint64 issued;
  g_autofree char *per_thousand = NULL;
  g_autofree char *signed_text = NULL;
  g_autofree char *signed_share = NULL;

  if (!(reports = hk_daily_report_store_list_range (store, b->first_day, b->last_day, error)) ||
      !(operators = hk_revenue_query_operators (database, error)) ||
      !(revenue = hk_revenue_query (database, hk_analysis_get_month (b->analysis), NULL,
                                    error)))
    return FALSE;

  for (guint i = 0; i < reports->len; i++)
    {
      HkDailyReport *report = g_ptr_array_index (reports, i);
      gint64 difference = hk_daily_report_get_cash_difference (report);
      gint64 clerk = hk_daily_report_get_clerk_id (report);
      const char *day = hk_daily_report_get_day (report);
      g_autofree char *deadline = NULL;
      HkPeriod period;
      HkPeriod next;
      guint c;

      for (c = 0; c < clerks->len; c++)
        if (g_array_index (clerks, ClerkDifference, c).clerk_id == clerk)
          break;
      if (c == clerks->len)
        {
          ClerkDifference entry = { clerk, 0 };

          g_array_append_val (clerks, entry);
        }
      g_array_index (clerks, ClerkDifference, c).difference += difference;

      if (difference < 0)
        shortage += difference;
      else
        surplus += difference;
      if (difference != 0)
        days_with_difference++;
      gaps += hk_daily_report_get_n_gaps (report);

      /* On time: signed by the end of the next business day. */
      if (!hk_period_init_from_day (&period, HK_PERIOD_DAY, day, NULL))
        continue;
      next = hk_period_get_next (&period);
      deadline = hk_period_dup_first_day (&next);
      if (hk_daily_report_get_status (report) == HK_DAILY_REPORT_SIGNED)
        {
          g_autofree char *signed_day = hk_hall_store_format_day (
                                          b->hall, hk_daily_report_get_signed_at (report));

          due++;
          if (g_strcmp0 (signed_day, deadline) <= 0)
            signed_on_time++;
        }
      else if (g_strcmp0 (today, deadline) > 0)
        due++;
    }

  panel = hk_analysis_add_panel (b->analysis, "cash-desk", HK_CHART_BARS,
                                 _("Cash differences by clerk"), HK_CHART_UNIT_MONEY, _("Clerk"),
                                 HK_CHART_CATEGORY_NAMES);
  hk_analysis_panel_add_series (panel, _("Cash difference"));
  for (guint c = 0; c < clerks->len; c++)
    {
      ClerkDifference *entry = &g_array_index (clerks, ClerkDifference, c);
      double value = (double)entry->difference;

      hk_analysis_panel_add_category (panel,
                                      hk_report_builder_operator_name (operators,
                                                                       entry->clerk_id),
                                      &value);
    }

  /* Voids per thousand receipts issued: the voided ones count as issued. */
  hk_revenue_sum_all (revenue, &sums);
  issued = sums.n_receipts + sums.n_void + sums.n_corrections;
  if (issued > 0)
    per_thousand = g_strdup_printf ("%.1f ‰", 1000.0 * sums.n_void / issued);
  else
    per_thousand = g_strdup ("—");
  /* Translators: how many of how many daily reports were signed on time: "18 of 20" */
  signed_text = g_strdup_printf (_("%u of %u"), signed_on_time, due);
  signed_share = format_percent (due > 0 ? (double)signed_on_time / due : NAN);

  hk_analysis_panel_add_figure (panel, "voids-per-thousand", _("Voids per 1,000 receipts"),
                                per_thousand);
  hk_analysis_panel_add_figure_count (panel, "voids", _("Voids"), sums.n_void);
  hk_analysis_panel_add_figure_count (panel, "days-with-difference",
                                      _("Clerk-days with a cash difference"),
                                      days_with_difference);
  hk_analysis_panel_add_figure_money (panel, "shortage", _("Cash short"), shortage);
  hk_analysis_panel_add_figure_money (panel, "surplus", _("Cash over"), surplus);
  hk_analysis_panel_add_figure_count (panel, "gaps", _("Unexplained gaps in receipt numbers"),
                                      gaps);
  hk_analysis_panel_add_figure (panel, "signed-on-time", _("Daily reports signed on time"),
                                signed_text);
  hk_analysis_panel_add_figure (panel, "signed-on-time-share",
                                _("Daily reports signed on time, share"), signed_share);

  return TRUE;
}

static gboolean
add_archive (Build   *b,
             GError **error)
{
  HkAccessRequestStore *requests = hk_context_get_access_request_store (b->context);
  HkRecheckStore *rechecks = hk_context_get_recheck_store (b->context);
  const HkPeriod *month = hk_analysis_get_month (b->analysis);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GArray) waits = g_array_new (FALSE, FALSE, sizeof (gint64));
  HkErrorCounts counts = { 0 };
  HkAnalysisPanel *panel;
  gint64 start;
  gint64 end;
  guint made = 0;
  guint approved = 0;
  guint rejected = 0;
  g_autofree char *median = NULL;
  g_autofree char *error_rate = NULL;

  if (!(all = hk_access_request_store_list_all (requests, error)) ||
      !hk_recheck_store_count_month (rechecks, (int)month->year, (int)month->month, &counts,
                                     error))
    return FALSE;

  hk_period_get_bounds (month, b->hall, &start, &end);
  for (guint i = 0; i < all->len; i++)
    {
      HkAccessRequest *request = g_ptr_array_index (all, i);
      gint64 at = hk_access_request_get_requested_at (request);
      gint64 decided = hk_access_request_get_decided_at (request);

      if (at < start || at >= end)
        continue;

      made++;
      if (hk_access_request_get_approval_kind (request) == HK_APPROVAL_NONE || decided == 0)
        continue;

      if (hk_access_request_get_state (request) == HK_ACCESS_REQUEST_REJECTED)
        rejected++;
      else
        approved++;
      decided -= at;
      g_array_append_val (waits, decided);
    }

  panel = hk_analysis_add_panel (b->analysis, "archive", HK_CHART_BARS,
                                 _("Re-check errors by type"), HK_CHART_UNIT_COUNT,
                                 _("Error type"), HK_CHART_CATEGORY_NAMES);
  hk_analysis_panel_add_series (panel, _("Errors"));
  for (guint f = 0; f < HK_N_RECHECK_FIELDS; f++)
    {
      double value = counts.errors[f];

      hk_analysis_panel_add_category (panel, hk_recheck_field_get_title (f), &value);
    }

  if (waits->len > 0)
    /* Translators: a median time in hours, "3.5 h" */
    median = g_strdup_printf (_("%.1f h"), get_median (waits) / 3600.0);
  else
    median = g_strdup ("—");
  error_rate = format_percent (counts.n_rechecks > 0 ? (double)counts.n_errors /
                                                       counts.n_rechecks : NAN);
  hk_analysis_panel_add_figure_count (panel, "access-requests", _("Access requests"), made);
  hk_analysis_panel_add_figure_count (panel, "approved", _("Approved"), approved);
  hk_analysis_panel_add_figure_count (panel, "rejected", _("Rejected"), rejected);
  hk_analysis_panel_add_figure (panel, "approval-time", _("Median time to a decision"),
                                median);
  hk_analysis_panel_add_figure_count (panel, "rechecks", _("Re-checks"), counts.n_rechecks);
  hk_analysis_panel_add_figure_count (panel, "errors", _("Errors found"), counts.n_errors);
  hk_analysis_panel_add_figure (panel, "error-rate", _("Errors per re-check"), error_rate);

  return TRUE;
}

gboolean
hk_analysis_build_quality (HkAnalysis    *self,
                           HkContext     *context,
                           GCancellable  *cancellable,
                           GError       **error)
{
  HkComplaintFilter filter = { 0 };
  Build b = { 0 };
  gboolean ok = FALSE;

  b.analysis = self;
  b.context = context;
  b.hall = hk_context_get_hall_store (context);
  b.now = hk_database_get_now (hk_context_get_database (context));
  b.first_day = hk_period_dup_first_day (hk_analysis_get_month (self));
  b.last_day = hk_period_dup_last_day (hk_analysis_get_month (self));

  filter.first_day = b.first_day;
  filter.last_day = b.last_day;
  if (!(b.complaints = hk_complaint_store_list (hk_context_get_complaint_store (context),
                                                &filter, error)))
    goto out;

  add_complaint_counts (&b);
  add_on_time (&b);
  add_follow_up (&b);
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !add_opinion_book (&b, error) ||
      !add_repairs (&b, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !add_cash_desk (&b, error) ||
      !add_archive (&b, error))
    goto out;

  ok = TRUE;

out:
  build_clear (&b);
  return ok;
}
