/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-period.c: the periods reports cover — a day, a ten-day period (旬), a month — and their
 * arithmetic.
 *
 * Everything here is calendar arithmetic on dates (GDate); the only place where a time zone
 * matters — which day a moment falls on, and when a day begins — is the hall store's, and this
 * module asks it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-error.h"
#include "hk-period.h"

#define MIN_YEAR 1000
#define MAX_YEAR 9999

G_DEFINE_ENUM_TYPE (HkPeriodKind, hk_period_kind,
                    G_DEFINE_ENUM_VALUE (HK_PERIOD_DAY, "day"),
                    G_DEFINE_ENUM_VALUE (HK_PERIOD_DEKAD, "dekad"),
                    G_DEFINE_ENUM_VALUE (HK_PERIOD_MONTH, "month"))

G_DEFINE_BOXED_TYPE (HkPeriod, hk_period, hk_period_copy, hk_period_free)

const char *
hk_period_kind_to_id (HkPeriodKind kind)
{
  switch (kind)
    {
    case HK_PERIOD_DAY:
      return "day";
    case HK_PERIOD_DEKAD:
      return "dekad";
    case HK_PERIOD_MONTH:
      return "month";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
hk_period_kind_from_id (const char   *id,
                        HkPeriodKind *kind)
{
  for (HkPeriodKind k = HK_PERIOD_DAY; k <= HK_PERIOD_MONTH; k++)
    if (g_strcmp0 (id, hk_period_kind_to_id (k)) == 0)
      {
        *kind = k;
        return TRUE;
      }

  return FALSE;
}

HkPeriod *
hk_period_copy (const HkPeriod *self)
{
  return g_memdup2 (self, sizeof *self);
}

void
hk_period_free (HkPeriod *self)
{
  g_free (self);
}

static guint
days_in_month (guint year,
               guint month)
{
  return g_date_get_days_in_month ((GDateMonth)month, (GDateYear)year);
}

/* The first day of the dekad that @day (1–31) falls in. */
static guint
dekad_start (guint day)
{
  return day <= 10 ? 1 : day <= 20 ? 11 : 21;
}

static gboolean
date_is_valid (guint year,
               guint month,
               guint day)
{
  return year >= MIN_YEAR && year <= MAX_YEAR &&
         g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year);
}

gboolean
hk_period_init (HkPeriod     *self,
                HkPeriodKind  kind,
                guint         year,
                guint         month,
                guint         day)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (kind <= HK_PERIOD_MONTH, FALSE);

  if (!date_is_valid (year, month, day))
    return FALSE;

  self->kind = kind;
  self->year = year;
  self->month = month;
  self->day = kind == HK_PERIOD_DAY ? day : kind == HK_PERIOD_DEKAD ? dekad_start (day) : 1;

  return TRUE;
}

static void
init_from_date (HkPeriod     *self,
                HkPeriodKind  kind,
                const GDate  *date)
{
  hk_period_init (self, kind, g_date_get_year (date), g_date_get_month (date),
                  g_date_get_day (date));
}

/* Reads exactly @n_digits ASCII digits. */
static gboolean
read_number (const char *text,
             guint       n_digits,
             guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint)(text[i] - '0');
    }

  return TRUE;
}

typedef enum
{
  FORM_NONE,
  FORM_DAY,     /* YYYY-MM-DD */
  FORM_DEKAD,   /* YYYY-MM-N */
  FORM_MONTH,   /* YYYY-MM */
} Form;

/* The form of @text and its numbers, without checking that they make a date. */
static Form
read_form (const char *text,
           guint      *year,
           guint      *month,
           guint      *day_or_dekad)
{
  gsize length = strlen (text);

  *day_or_dekad = 0;

  if (length < 7 || !read_number (text, 4, year) || text[4] != '-' ||
      !read_number (text + 5, 2, month))
    return FORM_NONE;

  if (length == 7)
    return FORM_MONTH;

  if (text[7] != '-')
    return FORM_NONE;

  if (length == 9 && read_number (text + 8, 1, day_or_dekad))
    return FORM_DEKAD;

  if (length == 10 && read_number (text + 8, 2, day_or_dekad))
    return FORM_DAY;

  return FORM_NONE;
}

static void
set_form_error (HkPeriodKind   kind,
                gboolean       any_kind,
                const char    *text,
                GError       **error)
{
  if (any_kind)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a period; write a day (2026-10-21), a ten-day period "
                     "(2026-10-3) or a month (2026-10)."), text);
      return;
    }

  switch (kind)
    {
    case HK_PERIOD_DAY:
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a day; write it as YYYY-MM-DD, e.g. 2026-10-21."), text);
      break;
    case HK_PERIOD_DEKAD:
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a ten-day period; write a day in it (YYYY-MM-DD, e.g. "
                     "2026-10-21) or the month and the period’s number 1, 2 or 3 (e.g. "
                     "2026-10-3 for the 21st to the end of October)."), text);
      break;
    case HK_PERIOD_MONTH:
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a month; write it as YYYY-MM (e.g. 2026-10) or a day in it "
                     "(YYYY-MM-DD)."), text);
      break;
    default:
      g_return_if_reached ();
    }
}

/* Parses @text in the form that fits @kind; @any_kind: the form decides the kind. */
static gboolean
parse (HkPeriod      *self,
       HkPeriodKind   kind,
       gboolean       any_kind,
       const char    *text,
       GError       **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint year, month, number;
  Form form = read_form (clean, &year, &month, &number);
  gboolean fits;

  if (any_kind)
    kind = form == FORM_MONTH ? HK_PERIOD_MONTH : form == FORM_DEKAD ? HK_PERIOD_DEKAD
                                                                     : HK_PERIOD_DAY;

  fits = form == FORM_DAY ||
         (form == FORM_DEKAD && kind == HK_PERIOD_DEKAD) ||
         (form == FORM_MONTH && kind == HK_PERIOD_MONTH);

  if (!fits)
    {
      set_form_error (kind, any_kind, clean, error);
      return FALSE;
    }

  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12)
    {
      g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                   _("“%s” is not a month of the calendar: the year is 1000 to 9999, the month "
                     "01 to 12."), clean);
      return FALSE;
    }

  switch (form)
    {
    case FORM_DAY:
      if (number < 1 || number > days_in_month (year, month))
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("“%s” is not a date: %04u-%02u has %u days."), clean, year, month,
                       days_in_month (year, month));
          return FALSE;
        }
      return hk_period_init (self, kind, year, month, number);

    case FORM_DEKAD:
      if (number < 1 || number > 3)
        {
          g_set_error (error, HK_ERROR, HK_ERROR_INVALID,
                       _("“%s”: a month has the ten-day periods 1, 2 and 3."), clean);
          return FALSE;
        }
      return hk_period_init (self, HK_PERIOD_DEKAD, year, month, 1 + 10 * (number - 1));

    case FORM_MONTH:
      return hk_period_init (self, HK_PERIOD_MONTH, year, month, 1);

    case FORM_NONE:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * hk_period_init_from_day:
 * @day: a business day, "YYYY-MM-DD"
 *
 * The period of @kind that contains @day. Fails with %HK_ERROR_INVALID.
 */
gboolean
hk_period_init_from_day (HkPeriod      *self,
                         HkPeriodKind   kind,
                         const char    *day,
                         GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return parse (self, HK_PERIOD_DAY, FALSE, day, error) &&
         hk_period_init (self, kind, self->year, self->month, self->day);
}

/**
 * hk_period_init_from_moment:
 * @unix_seconds: a moment, e.g. now
 *
 * The period of @kind that contains the hall's business day of that moment.
 */
void
hk_period_init_from_moment (HkPeriod     *self,
                            HkPeriodKind  kind,
                            HkHallStore  *hall,
                            gint64        unix_seconds)
{
  g_autofree char *day = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (HK_IS_HALL_STORE (hall));

  day = hk_hall_store_format_day (hall, unix_seconds);
  if (!hk_period_init_from_day (self, kind, day, NULL))
    g_return_if_reached ();
}

gboolean
hk_period_parse (HkPeriod      *self,
                 HkPeriodKind   kind,
                 const char    *text,
                 GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (kind <= HK_PERIOD_MONTH, FALSE);

  return parse (self, kind, FALSE, text, error);
}

gboolean
hk_period_parse_any (HkPeriod     *self,
                     const char   *text,
                     GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return parse (self, HK_PERIOD_DAY, TRUE, text, error);
}

char *
hk_period_to_string (const HkPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case HK_PERIOD_DEKAD:
      return g_strdup_printf ("%04u-%02u-%u", self->year, self->month, hk_period_get_dekad (self));
    case HK_PERIOD_MONTH:
      return g_strdup_printf ("%04u-%02u", self->year, self->month);
    case HK_PERIOD_DAY:
    default:
      return g_strdup_printf ("%04u-%02u-%02u", self->year, self->month, self->day);
    }
}

gboolean
hk_period_equal (const HkPeriod *a,
                 const HkPeriod *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->kind == b->kind && a->year == b->year && a->month == b->month && a->day == b->day;
}

/* The day of the month of the period's last day. */
static void
get_end_day (const HkPeriod *self,
             guint          *last)
{
  switch (self->kind)
    {
    case HK_PERIOD_DEKAD:
      *last = self->day == 21 ? days_in_month (self->year, self->month) : self->day + 9;
      break;
    case HK_PERIOD_MONTH:
      *last = days_in_month (self->year, self->month);
      break;
    case HK_PERIOD_DAY:
    default:
      *last = self->day;
      break;
    }
}

guint
hk_period_get_dekad (const HkPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->kind == HK_PERIOD_DEKAD ? 1 + self->day / 10 : 0;
}

guint
hk_period_get_n_days (const HkPeriod *self)
{
  guint last;

  g_return_val_if_fail (self != NULL, 0);

  get_end_day (self, &last);

  return last - self->day + 1;
}

void
hk_period_get_first_date (const HkPeriod *self,
                          GDate          *date)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay)self->day, (GDateMonth)self->month, (GDateYear)self->year);
}

void
hk_period_get_last_date (const HkPeriod *self,
                         GDate          *date)
{
  guint last;

  g_return_if_fail (self != NULL);
  g_return_if_fail (date != NULL);

  get_end_day (self, &last);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay)last, (GDateMonth)self->month, (GDateYear)self->year);
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

char *
hk_period_dup_first_day (const HkPeriod *self)
{
  GDate date;

  g_return_val_if_fail (self != NULL, NULL);

  hk_period_get_first_date (self, &date);

  return format_date (&date);
}

char *
hk_period_dup_last_day (const HkPeriod *self)
{
  GDate date;

  g_return_val_if_fail (self != NULL, NULL);

  hk_period_get_last_date (self, &date);

  return format_date (&date);
}

GStrv
hk_period_dup_days (const HkPeriod *self)
{
  guint n_days;
  GStrv days;
  GDate date;

  g_return_val_if_fail (self != NULL, NULL);

  n_days = hk_period_get_n_days (self);
  days = g_new0 (char *, n_days + 1);
  hk_period_get_first_date (self, &date);

  for (guint i = 0; i < n_days; i++, g_date_add_days (&date, 1))
    days[i] = format_date (&date);

  return days;
}

gboolean
hk_period_contains_day (const HkPeriod *self,
                        const char     *day)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (day == NULL)
    return FALSE;

  /* "YYYY-MM-DD" strings sort as the days do. */
  first = hk_period_dup_first_day (self);
  last = hk_period_dup_last_day (self);

  return strlen (day) == 10 && strcmp (day, first) >= 0 && strcmp (day, last) <= 0;
}

/* @self's kind, moved by whole months; a day past the end of the shorter month becomes its
 * last day. */
static HkPeriod
add_months (const HkPeriod *self,
            int             n_months)
{
  HkPeriod moved = *self;
  int index = (int)self->year * 12 + (int)self->month - 1 + n_months;
  guint year = (guint)(index / 12);
  guint month = (guint)(index % 12) + 1;

  if (year < MIN_YEAR || year > MAX_YEAR)
    return moved;

  moved.year = year;
  moved.month = month;
  moved.day = MIN (self->day, days_in_month (year, month));

  return moved;
}

HkPeriod
hk_period_get_next (const HkPeriod *self)
{
  HkPeriod next = { 0 };
  GDate date;

  g_return_val_if_fail (self != NULL, next);

  hk_period_get_last_date (self, &date);
  if (g_date_get_year (&date) == MAX_YEAR && g_date_get_month (&date) == 12 &&
      g_date_get_day (&date) == 31)
    return *self;

  g_date_add_days (&date, 1);
  init_from_date (&next, self->kind, &date);

  return next;
}

HkPeriod
hk_period_get_previous (const HkPeriod *self)
{
  HkPeriod previous = { 0 };
  GDate date;

  g_return_val_if_fail (self != NULL, previous);

  hk_period_get_first_date (self, &date);
  if (g_date_get_year (&date) == MIN_YEAR && g_date_get_month (&date) == 1 &&
      g_date_get_day (&date) == 1)
    return *self;

  g_date_subtract_days (&date, 1);
  init_from_date (&previous, self->kind, &date);

  return previous;
}

/**
 * hk_period_get_same_last_month:
 *
 * The month before a month; the same dekad (by its number) of the month before; the same day
 * of the month before, or its last day when it is shorter.
 */
HkPeriod
hk_period_get_same_last_month (const HkPeriod *self)
{
  HkPeriod none = { 0 };

  g_return_val_if_fail (self != NULL, none);

  return add_months (self, -1);
}

/* The same month, dekad or day of the year before; 29 February becomes 28 February. */
HkPeriod
hk_period_get_same_last_year (const HkPeriod *self)
{
  HkPeriod none = { 0 };

  g_return_val_if_fail (self != NULL, none);

  return add_months (self, -12);
}

HkPeriod
hk_period_get_first_sub (const HkPeriod *self,
                         HkPeriodKind    kind)
{
  HkPeriod sub = { 0 };

  g_return_val_if_fail (self != NULL, sub);

  sub = *self;
  hk_period_init (&sub, kind, self->year, self->month, self->day);

  return sub;
}

void
hk_period_get_bounds (const HkPeriod *self,
                      HkHallStore    *hall,
                      gint64         *start,
                      gint64         *end)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (HK_IS_HALL_STORE (hall));

  first = hk_period_dup_first_day (self);
  last = hk_period_dup_last_day (self);

  if (!hk_hall_store_parse_day (hall, first, start, NULL, NULL) ||
      !hk_hall_store_parse_day (hall, last, NULL, end, NULL))
    g_return_if_reached ();
}

static const char *
month_name (guint month)
{
  switch (month)
    {
    case 1: return C_("month", "Jan");
    case 2: return C_("month", "Feb");
    case 3: return C_("month", "Mar");
    case 4: return C_("month", "Apr");
    case 5: return C_("month", "May");
    case 6: return C_("month", "Jun");
    case 7: return C_("month", "Jul");
    case 8: return C_("month", "Aug");
    case 9: return C_("month", "Sep");
    case 10: return C_("month", "Oct");
    case 11: return C_("month", "Nov");
    case 12: return C_("month", "Dec");
    default: g_return_val_if_reached ("");
    }
}

char *
hk_period_dup_label (const HkPeriod *self)
{
  const char *month;
  int year, first;
  guint last;

  g_return_val_if_fail (self != NULL, NULL);

  month = month_name (self->month);
  year = (int)self->year;
  first = (int)self->day;
  get_end_day (self, &last);

  switch (self->kind)
    {
    case HK_PERIOD_DEKAD:
      switch (hk_period_get_dekad (self))
        {
        case 1:
          /* Translators: the first ten-day period of a month (上旬): first and last day, the
           * month's name from the "month" context and the year: "1–10 Oct 2026". */
          return g_strdup_printf (C_("first ten-day period", "%d–%d %s %d"),
                                  first, (int)last, month, year);
        case 2:
          /* Translators: the second ten-day period of a month (中旬): "11–20 Oct 2026". */
          return g_strdup_printf (C_("second ten-day period", "%d–%d %s %d"),
                                  first, (int)last, month, year);
        default:
          /* Translators: the last ten-day period of a month (下旬): "21–31 Oct 2026". */
          return g_strdup_printf (C_("last ten-day period", "%d–%d %s %d"),
                                  first, (int)last, month, year);
        }

    case HK_PERIOD_MONTH:
      /* Translators: a month: its name from the "month" context and the year: "Oct 2026". */
      return g_strdup_printf (C_("period of a month", "%s %d"), month, year);

    case HK_PERIOD_DAY:
    default:
      /* Translators: a day: the day of the month, the month's name, the year: "21 Oct 2026". */
      return g_strdup_printf (C_("period of a day", "%d %s %d"), first, month, year);
    }
}
