/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-card-stock-report.c: the day's count of SIM and value cards, per clerk and for the hall.
 *
 * What the SIM卡有价卡交接制度 asks each day: per holder (the hall's stock, then each clerk) and
 * card type, the cards held at the start of the day, received, sold, returned or handed on,
 * allocated to clerks, and held at the end; beside it, per card type, the whole hall's stock
 * and the day's sales, and the day's handovers with their counts and differences. Built once
 * from HkCardStockStore's count; the screen, the .xlsx file and the command line's text
 * render this one value. The total row adds only what adds up across holders: the stock at
 * the start and the end and the sales (a card allocated is received by a clerk too).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/hk-card-stock-store.h"
#include "core/hk-error.h"

#include "hk-card-stock-report.h"

typedef struct
{
  gint64  id;
  char   *name;
  gint64  hall;
  gint64  clerks;
  gint64  sold;
} TypeTotal;

static void
type_total_clear (TypeTotal *total)
{
  g_free (total->name);
}

static char *
holder_name (HkContext *context,
             gint64     holder_id)
{
  g_autoptr(HkOperator) op = NULL;

  if (holder_id == 0)
    return g_strdup (_("Hall stock"));

  op = hk_operator_store_lookup_by_id (hk_context_get_operator_store (context), holder_id, NULL);

  return g_strdup (op != NULL ? hk_operator_get_display_name (op) : "?");
}

static void
add_header (HkReport   *report,
            HkContext  *context,
            const char *day)
{
  HkHallStore *hall = hk_context_get_hall_store (context);
  HkOperator *operator = hk_context_get_operator (context);
  g_autofree char *hall_name = hk_hall_store_dup_name (hall);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) now = NULL;

  hk_report_set_period (report, day, day, day);
  hk_report_set_hall_name (report, hall_name);

  utc = g_date_time_new_from_unix_utc (hk_database_get_now (hk_context_get_database (context)));
  now = g_date_time_to_timezone (utc, hk_hall_store_get_time_zone (hall));
  hk_report_set_generated (report, operator != NULL ? hk_operator_get_display_name (operator)
                                                    : NULL, now);
}

static TypeTotal *
find_type (GArray           *totals,
           HkCardStockStore *store,
           gint64            card_type_id)
{
  g_autoptr(HkCardType) type = NULL;
  TypeTotal total = { 0 };

  for (guint i = 0; i < totals->len; i++)
    if (g_array_index (totals, TypeTotal, i).id == card_type_id)
      return &g_array_index (totals, TypeTotal, i);

  type = hk_card_stock_store_lookup_type (store, card_type_id, NULL);
  total.id = card_type_id;
  total.name = g_strdup (type != NULL ? hk_card_type_get_name (type) : "?");
  g_array_append_val (totals, total);

  return &g_array_index (totals, TypeTotal, totals->len - 1);
}

static void
add_handovers (HkReport    *report,
               HkContext   *context,
               const char  *day,
               guint       *n_differences)
{
  HkCardStockStore *store = hk_context_get_card_stock_store (context);
  g_autoptr(GPtrArray) handovers = NULL;
  HkReportTable *table;
  enum
  {
    COL_CLERK, COL_TYPE, COL_BEGIN, COL_RECEIVED, COL_SOLD, COL_RETURNED, COL_END, COL_COUNTED,
    COL_DIFFERENCE, COL_EXPLANATION, COL_RECEIVER, COL_ACKNOWLEDGED,
  };

  table = hk_report_add_table (report, "handovers", _("Handovers"));
  hk_report_table_add_column (table, _("Clerk"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Card type"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Begin"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, C_("cards", "Received"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, C_("cards", "Sold"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, C_("cards", "Returned"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("End"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Counted"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Difference"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (table, _("Explanation"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Taken over by"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (table, _("Acknowledged"), HK_REPORT_COLUMN_TEXT);

  /* A report with no handover table is no worse than an empty one: errors leave it empty. */
  handovers = hk_card_stock_store_list_handovers (store, day, day, 0, NULL);
  if (handovers == NULL)
    return;

  for (guint h = 0; h < handovers->len; h++)
    {
      HkCardHandover *handover = g_ptr_array_index (handovers, h);
      g_autofree char *clerk = holder_name (context, hk_card_handover_get_clerk_id (handover));
      g_autofree char *receiver = holder_name (context,
                                               hk_card_handover_get_receiver_id (handover));

      for (guint i = 0; i < hk_card_handover_get_n_lines (handover); i++)
        {
          const HkCardHandoverLine *line = hk_card_handover_get_line (handover, i);
          gint64 difference = hk_card_handover_line_get_difference (line);
          guint row = hk_report_table_add_row (table, HK_REPORT_ROW_BODY);

          hk_report_table_set_text (table, row, COL_CLERK, clerk);
          hk_report_table_set_text (table, row, COL_TYPE, line->card_type_name);
          hk_report_table_set_value (table, row, COL_BEGIN, line->begin);
          hk_report_table_set_value (table, row, COL_RECEIVED, line->received);
          hk_report_table_set_value (table, row, COL_SOLD, line->sold);
          hk_report_table_set_value (table, row, COL_RETURNED, line->returned);
          hk_report_table_set_value (table, row, COL_END, line->end);
          hk_report_table_set_value (table, row, COL_COUNTED, line->counted);
          hk_report_table_set_value (table, row, COL_DIFFERENCE, difference);
          if (line->explanation != NULL)
            hk_report_table_set_text (table, row, COL_EXPLANATION, line->explanation);
          else if (difference != 0)
            hk_report_table_set_text (table, row, COL_EXPLANATION, _("not explained"));
          hk_report_table_set_text (table, row, COL_RECEIVER, receiver);
          hk_report_table_set_text (table, row, COL_ACKNOWLEDGED,
                                    hk_card_handover_is_acknowledged (handover) ? _("yes")
                                                                                : _("no"));
          if (difference != 0)
            (*n_differences)++;
        }
    }
}

/**
 * hk_card_stock_report_build:
 * @context: the hall
 * @day: the business day, "YYYY-MM-DD"
 *
 * Returns: (transfer full): the day's card count: tables "by-holder", "by-type" and
 *   "handovers"; figures for the cards sold, the cards in stock at the end of the day and the
 *   handover lines with a difference
 */
HkReport *
hk_card_stock_report_build (HkContext   *context,
                            const char  *day,
                            GError     **error)
{
  HkCardStockStore *store;
  g_autoptr(HkReport) report = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(GArray) totals = NULL;
  HkReportTable *by_holder;
  HkReportTable *by_type;
  gint64 sum_begin = 0;
  gint64 sum_sold = 0;
  gint64 sum_end = 0;
  guint n_differences = 0;
  guint row;
  enum
  {
    COL_HOLDER, COL_TYPE, COL_BEGIN, COL_RECEIVED, COL_SOLD, COL_RETURNED, COL_ALLOCATED,
    COL_END,
  };
  enum
  {
    T_TYPE, T_HALL, T_CLERKS, T_TOTAL, T_SOLD,
  };

  g_return_val_if_fail (HK_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  store = hk_context_get_card_stock_store (context);

  if (!(counts = hk_card_stock_store_count_day (store, day, error)))
    return NULL;

  report = hk_report_new ("card-stock", _("Card stock count"));
  add_header (report, context, day);

  by_holder = hk_report_add_table (report, "by-holder", _("By holder"));
  hk_report_table_add_column (by_holder, _("Holder"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (by_holder, _("Card type"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (by_holder, _("In stock at the start"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (by_holder, C_("cards", "Received"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (by_holder, C_("cards", "Sold"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (by_holder, _("Returned or handed on"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (by_holder, _("Allocated to clerks"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (by_holder, _("In stock at the end"), HK_REPORT_COLUMN_COUNT);

  totals = g_array_new (FALSE, TRUE, sizeof (TypeTotal));
  g_array_set_clear_func (totals, (GDestroyNotify)type_total_clear);

  for (guint i = 0; i < counts->len; i++)
    {
      const HkCardDayCount *count = g_ptr_array_index (counts, i);
      g_autofree char *holder = holder_name (context, count->holder_id);
      TypeTotal *total = find_type (totals, store, count->card_type_id);

      row = hk_report_table_add_row (by_holder, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (by_holder, row, COL_HOLDER, holder);
      hk_report_table_set_text (by_holder, row, COL_TYPE, total->name);
      hk_report_table_set_value (by_holder, row, COL_BEGIN, count->begin);
      hk_report_table_set_value (by_holder, row, COL_RECEIVED, count->received);
      hk_report_table_set_value (by_holder, row, COL_SOLD, count->sold);
      hk_report_table_set_value (by_holder, row, COL_RETURNED, count->returned);
      hk_report_table_set_value (by_holder, row, COL_ALLOCATED, count->allocated);
      hk_report_table_set_value (by_holder, row, COL_END, count->end);

      sum_begin += count->begin;
      sum_sold += count->sold;
      sum_end += count->end;
      total->sold += count->sold;
      if (count->holder_id == 0)
        total->hall += count->end;
      else
        total->clerks += count->end;
    }

  row = hk_report_table_add_row (by_holder, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (by_holder, row, COL_HOLDER, _("Whole hall"));
  hk_report_table_set_value (by_holder, row, COL_BEGIN, sum_begin);
  hk_report_table_set_value (by_holder, row, COL_SOLD, sum_sold);
  hk_report_table_set_value (by_holder, row, COL_END, sum_end);

  by_type = hk_report_add_table (report, "by-type", _("By card type"));
  hk_report_table_add_column (by_type, _("Card type"), HK_REPORT_COLUMN_TEXT);
  hk_report_table_add_column (by_type, _("Hall stock"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (by_type, _("With clerks"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (by_type, _("In stock"), HK_REPORT_COLUMN_COUNT);
  hk_report_table_add_column (by_type, C_("cards", "Sold"), HK_REPORT_COLUMN_COUNT);

  for (guint i = 0; i < totals->len; i++)
    {
      TypeTotal *total = &g_array_index (totals, TypeTotal, i);

      row = hk_report_table_add_row (by_type, HK_REPORT_ROW_BODY);
      hk_report_table_set_text (by_type, row, T_TYPE, total->name);
      hk_report_table_set_value (by_type, row, T_HALL, total->hall);
      hk_report_table_set_value (by_type, row, T_CLERKS, total->clerks);
      hk_report_table_set_value (by_type, row, T_TOTAL, total->hall + total->clerks);
      hk_report_table_set_value (by_type, row, T_SOLD, total->sold);
    }

  row = hk_report_table_add_row (by_type, HK_REPORT_ROW_TOTAL);
  hk_report_table_set_text (by_type, row, T_TYPE, _("Total"));
  {
    gint64 hall = 0, clerks = 0;

    for (guint i = 0; i < totals->len; i++)
      {
        hall += g_array_index (totals, TypeTotal, i).hall;
        clerks += g_array_index (totals, TypeTotal, i).clerks;
      }
    hk_report_table_set_value (by_type, row, T_HALL, hall);
    hk_report_table_set_value (by_type, row, T_CLERKS, clerks);
    hk_report_table_set_value (by_type, row, T_TOTAL, hall + clerks);
    hk_report_table_set_value (by_type, row, T_SOLD, sum_sold);
  }

  add_handovers (report, context, day, &n_differences);

  hk_report_add_figure_count (report, _("Cards sold"), sum_sold);
  hk_report_add_figure_count (report, _("Cards in stock at the end of the day"), sum_end);
  hk_report_add_figure_count (report, _("Handover lines with a difference"), n_differences);

  return g_steal_pointer (&report);
}
