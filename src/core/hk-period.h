/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-period.h: the periods reports cover — a day, a ten-day period (旬), a month — and their
 * arithmetic.
 *
 * A period is a value: copy it with "=". Its days are the hall's business days, the dates in
 * the hall's time zone that receipts and shifts carry ("YYYY-MM-DD"); the hall store turns a
 * moment into such a day and a day into its first and last second.
 *
 * A ten-day period (dekad) is days 1–10 (上旬), 11–20 (中旬) or 21 to the end of the month
 * (下旬, 8 to 11 days). "The same period last month / last year" keeps the dekad's number:
 * 21–31 October maps to 21–30 September and to 21–31 October of the year before; 21–29
 * February 2024 maps to 21–28 February 2023. A day keeps its day of the month, or becomes the
 * last day of a shorter month (31 March → 28 or 29 February; 29 February 2024 → 28 February
 * 2023).
 */

#pragma once

#include <glib-object.h>

#include "hk-hall-store.h"

G_BEGIN_DECLS

typedef enum
{
  HK_PERIOD_DAY,
  HK_PERIOD_DEKAD,
  HK_PERIOD_MONTH,
} HkPeriodKind;

#define HK_TYPE_PERIOD_KIND (hk_period_kind_get_type ())
GType        hk_period_kind_get_type  (void) G_GNUC_CONST;

/* "day", "dekad", "month". */
const char  *hk_period_kind_to_id     (HkPeriodKind   kind);
gboolean     hk_period_kind_from_id   (const char    *id,
                                       HkPeriodKind  *kind);

/* Read the fields; make and change a period only with the functions below, which keep it
 * valid: @day is the first day of the period (any day for HK_PERIOD_DAY; 1, 11 or 21 for a
 * dekad; 1 for a month). */
typedef struct
{
  HkPeriodKind kind;
  guint        year;   /* 1000–9999 */
  guint        month;  /* 1–12 */
  guint        day;
} HkPeriod;

#define HK_TYPE_PERIOD (hk_period_get_type ())
GType        hk_period_get_type             (void) G_GNUC_CONST;
HkPeriod    *hk_period_copy                 (const HkPeriod  *self);
void         hk_period_free                 (HkPeriod        *self);

/* The period of @kind that contains a date. FALSE (and @self untouched) when the date is not
 * a day of the calendar or the year is outside 1000–9999. */
gboolean     hk_period_init                 (HkPeriod        *self,
                                             HkPeriodKind     kind,
                                             guint            year,
                                             guint            month,
                                             guint            day);
gboolean     hk_period_init_from_day        (HkPeriod        *self,
                                             HkPeriodKind     kind,
                                             const char      *day,
                                             GError         **error);
void         hk_period_init_from_moment     (HkPeriod        *self,
                                             HkPeriodKind     kind,
                                             HkHallStore     *hall,
                                             gint64           unix_seconds);

/* The forms of the command line: "2026-10-21" is the period of @kind containing that day; a
 * dekad also "2026-10-3" (its number 1, 2 or 3), a month also "2026-10". Fails with
 * HK_ERROR_INVALID and a sentence naming the accepted forms. */
gboolean     hk_period_parse                (HkPeriod        *self,
                                             HkPeriodKind     kind,
                                             const char      *text,
                                             GError         **error);
/* The kind from the form: "2026-10-21" a day, "2026-10-3" a dekad, "2026-10" a month. */
gboolean     hk_period_parse_any            (HkPeriod        *self,
                                             const char      *text,
                                             GError         **error);
/* The shortest form hk_period_parse() reads back: "2026-10-21", "2026-10-3", "2026-10". */
char        *hk_period_to_string            (const HkPeriod  *self);

gboolean     hk_period_equal                (const HkPeriod  *a,
                                             const HkPeriod  *b);
gboolean     hk_period_contains_day         (const HkPeriod  *self,
                                             const char      *day);

HkPeriod     hk_period_get_next             (const HkPeriod  *self);
HkPeriod     hk_period_get_previous         (const HkPeriod  *self);
HkPeriod     hk_period_get_same_last_month  (const HkPeriod  *self);
HkPeriod     hk_period_get_same_last_year   (const HkPeriod  *self);
/* The period of @kind containing the first day of @self (e.g. the first dekad of a month). */
HkPeriod     hk_period_get_first_sub        (const HkPeriod  *self,
                                             HkPeriodKind     kind);

/* 1, 2 or 3 for a dekad; 0 for another kind. */
guint        hk_period_get_dekad            (const HkPeriod  *self);
guint        hk_period_get_n_days           (const HkPeriod  *self);
void         hk_period_get_first_date       (const HkPeriod  *self,
                                             GDate           *date);
void         hk_period_get_last_date        (const HkPeriod  *self,
                                             GDate           *date);
/* "YYYY-MM-DD", as business days are stored. */
char        *hk_period_dup_first_day        (const HkPeriod  *self);
char        *hk_period_dup_last_day         (const HkPeriod  *self);
/* Every day of the period in order, NULL-terminated. */
GStrv        hk_period_dup_days             (const HkPeriod  *self);

/* The first second of the period and the first second after it, in the hall's time zone. */
void         hk_period_get_bounds           (const HkPeriod  *self,
                                             HkHallStore     *hall,
                                             gint64          *start,
                                             gint64          *end);

/* Translated: "21 Oct 2026", "21–31 Oct 2026", "Oct 2026"; in Chinese "2026年10月21日",
 * "2026年10月下旬（21–31日）", "2026年10月". */
char        *hk_period_dup_label            (const HkPeriod  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HkPeriod, hk_period_free)

G_END_DECLS
