/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-settlement-item.c: one clerk's day in the Settlement overview, and its three-way status.
 *
 * The status is a pure function of the computed report, so that the overview, the
 * report page and the tests read it the same way: Signed once signed; Mismatch when the
 * auditor has entered the check and hk_daily_report_describe_problems() still names a
 * problem; Agrees when it names none; Open before the check is entered.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-settlement-item.h"

#include <stdio.h>

struct _HkSettlementItem
{
  GObject            parent_instance;

  HkDailyReport     *report;
  char              *clerk_name;
  char              *day_label;
  char              *description;
  HkSettlementState  state;
};

G_DEFINE_FINAL_TYPE (HkSettlementItem, hk_settlement_item, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (HkSettlementState, hk_settlement_state,
                    G_DEFINE_ENUM_VALUE (HK_SETTLEMENT_STATE_MISMATCH, "mismatch"),
                    G_DEFINE_ENUM_VALUE (HK_SETTLEMENT_STATE_OPEN, "open"),
                    G_DEFINE_ENUM_VALUE (HK_SETTLEMENT_STATE_AGREES, "agrees"),
                    G_DEFINE_ENUM_VALUE (HK_SETTLEMENT_STATE_SIGNED, "signed"))

enum {
  PROP_0,
  PROP_REPORT,
  PROP_CLERK_NAME,
  PROP_DAY,
  PROP_DAY_LABEL,
  PROP_N_RECEIPTS,
  PROP_ACCOUNT_TOTAL,
  PROP_CASH_DIFFERENCE,
  PROP_STATE,
  PROP_STATE_RANK,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

HkSettlementState
hk_settlement_state_for_report (HkDailyReport *report)
{
  g_autofree char *problems = NULL;

  g_return_val_if_fail (HK_IS_DAILY_REPORT (report), HK_SETTLEMENT_STATE_OPEN);

  if (hk_daily_report_get_status (report) == HK_DAILY_REPORT_SIGNED)
    return HK_SETTLEMENT_STATE_SIGNED;

  if (!hk_daily_report_has_check (report))
    return HK_SETTLEMENT_STATE_OPEN;

  problems = hk_daily_report_describe_problems (report);

  return problems != NULL ? HK_SETTLEMENT_STATE_MISMATCH : HK_SETTLEMENT_STATE_AGREES;
}

/* The word shown next to the state's icon. */
const char *
hk_settlement_state_get_title (HkSettlementState state)
{
  switch (state)
    {
    case HK_SETTLEMENT_STATE_MISMATCH:
      return C_("daily report status", "Mismatch");
    case HK_SETTLEMENT_STATE_OPEN:
      return C_("daily report status", "Open");
    case HK_SETTLEMENT_STATE_AGREES:
      return C_("daily report status", "Agrees");
    case HK_SETTLEMENT_STATE_SIGNED:
      return C_("daily report status", "Signed");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
hk_settlement_state_get_icon_name (HkSettlementState state)
{
  switch (state)
    {
    case HK_SETTLEMENT_STATE_MISMATCH:
      return "dialog-warning-symbolic";
    case HK_SETTLEMENT_STATE_OPEN:
      return "document-open-recent-symbolic";
    case HK_SETTLEMENT_STATE_AGREES:
      return "emblem-ok-symbolic";
    case HK_SETTLEMENT_STATE_SIGNED:
      return "changes-prevent-symbolic";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * hk_settlement_describe_report:
 *
 * Returns: (transfer full): what the state means for this report, in sentences: why it is
 *   open, what does not agree, or that it may be signed
 */
char *
hk_settlement_describe_report (HkDailyReport *report)
{
  g_autofree char *problems = NULL;
  gboolean handed_in;

  g_return_val_if_fail (HK_IS_DAILY_REPORT (report), NULL);

  handed_in = hk_daily_report_get_status (report) != HK_DAILY_REPORT_OPEN ||
              hk_daily_report_is_imported (report);

  switch (hk_settlement_state_for_report (report))
    {
    case HK_SETTLEMENT_STATE_SIGNED:
      return g_strdup (_("Signed: the clerk’s day is locked."));
    case HK_SETTLEMENT_STATE_AGREES:
      if (!handed_in)
        return g_strdup (_("Everything agrees, but the clerk has not submitted the report yet."));
      return g_strdup (_("Everything agrees: the report may be signed."));
    case HK_SETTLEMENT_STATE_OPEN:
      if (!handed_in)
        return g_strdup (_("The clerk has not submitted the report yet."));
      G_GNUC_FALLTHROUGH;
    case HK_SETTLEMENT_STATE_MISMATCH:
    default:
      problems = hk_daily_report_describe_problems (report);
      return g_steal_pointer (&problems);
    }
}

static gboolean
parse_day (const char *day,
           GDate      *date)
{
  int year, month, mday;
  char tail;

  g_date_clear (date, 1);

  if (day == NULL || sscanf (day, "%4d-%2d-%2d%c", &year, &month, &mday, &tail) != 3 ||
      !g_date_valid_dmy (mday, month, year))
    return FALSE;

  g_date_set_dmy (date, mday, month, year);

  return TRUE;
}

/**
 * hk_settlement_format_day:
 * @day: "YYYY-MM-DD"
 *
 * Returns: (transfer full): the day with its weekday, e.g. "2024-03-01 Fri"
 */
char *
hk_settlement_format_day (const char *day)
{
  const char *weekdays[] = {
    NULL,
    C_("weekday", "Mon"), C_("weekday", "Tue"), C_("weekday", "Wed"), C_("weekday", "Thu"),
    C_("weekday", "Fri"), C_("weekday", "Sat"), C_("weekday", "Sun"),
  };
  GDate date;

  if (!parse_day (day, &date))
    return g_strdup (day != NULL ? day : "");

  /* Translators: a day and its weekday, e.g. "2024-03-01 Fri" */
  return g_strdup_printf (C_("day with weekday", "%s %s"), day,
                          weekdays[g_date_get_weekday (&date)]);
}

/**
 * hk_settlement_shift_day:
 * @day: "YYYY-MM-DD"
 * @n_days: how many days later (negative: earlier)
 *
 * Returns: (transfer full) (nullable): the calendar day @n_days after @day, or %NULL when
 *   @day is not a date
 */
char *
hk_settlement_shift_day (const char *day,
                         int         n_days)
{
  GDate date;

  if (!parse_day (day, &date))
    return NULL;

  if (n_days >= 0)
    g_date_add_days (&date, (guint)n_days);
  else
    g_date_subtract_days (&date, (guint)-n_days);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static void
hk_settlement_item_finalize (GObject *object)
{
  HkSettlementItem *self = (HkSettlementItem *)object;

  g_clear_object (&self->report);
  g_clear_pointer (&self->clerk_name, g_free);
  g_clear_pointer (&self->day_label, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (hk_settlement_item_parent_class)->finalize (object);
}

static void
hk_settlement_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HkSettlementItem *self = HK_SETTLEMENT_ITEM (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    case PROP_CLERK_NAME:
      g_value_set_string (value, self->clerk_name);
      break;
    case PROP_DAY:
      g_value_set_string (value, hk_daily_report_get_day (self->report));
      break;
    case PROP_DAY_LABEL:
      g_value_set_string (value, self->day_label);
      break;
    case PROP_N_RECEIPTS:
      g_value_set_uint (value, hk_daily_report_get_n_receipts (self->report));
      break;
    case PROP_ACCOUNT_TOTAL:
      g_value_set_int64 (value, hk_daily_report_get_account_total (self->report));
      break;
    case PROP_CASH_DIFFERENCE:
      g_value_set_int64 (value, hk_daily_report_get_cash_difference (self->report));
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_STATE_RANK:
      g_value_set_int (value, (int)self->state);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_settlement_item_class_init (HkSettlementItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_settlement_item_finalize;
  object_class->get_property = hk_settlement_item_get_property;

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, HK_TYPE_DAILY_REPORT, flags);
  properties[PROP_CLERK_NAME] = g_param_spec_string ("clerk-name", NULL, NULL, NULL, flags);
  properties[PROP_DAY] = g_param_spec_string ("day", NULL, NULL, NULL, flags);
  properties[PROP_DAY_LABEL] = g_param_spec_string ("day-label", NULL, NULL, NULL, flags);
  properties[PROP_N_RECEIPTS] =
    g_param_spec_uint ("n-receipts", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_ACCOUNT_TOTAL] =
    g_param_spec_int64 ("account-total", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_CASH_DIFFERENCE] =
    g_param_spec_int64 ("cash-difference", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, HK_TYPE_SETTLEMENT_STATE, HK_SETTLEMENT_STATE_OPEN,
                       flags);
  /* The state as a number, for a GtkNumericSorter: what needs the auditor first. */
  properties[PROP_STATE_RANK] =
    g_param_spec_int ("state-rank", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_settlement_item_init (HkSettlementItem *self)
{
}

HkSettlementItem *
hk_settlement_item_new (HkDailyReport *report,
                        const char    *clerk_name)
{
  HkSettlementItem *self;

  g_return_val_if_fail (HK_IS_DAILY_REPORT (report), NULL);

  self = g_object_new (HK_TYPE_SETTLEMENT_ITEM, NULL);
  self->report = g_object_ref (report);
  self->clerk_name = g_strdup (clerk_name);
  self->day_label = hk_settlement_format_day (hk_daily_report_get_day (report));
  self->state = hk_settlement_state_for_report (report);
  self->description = hk_settlement_describe_report (report);

  return self;
}

HkDailyReport *
hk_settlement_item_get_report (HkSettlementItem *self)
{
  g_return_val_if_fail (HK_IS_SETTLEMENT_ITEM (self), NULL);

  return self->report;
}

gint64
hk_settlement_item_get_clerk_id (HkSettlementItem *self)
{
  g_return_val_if_fail (HK_IS_SETTLEMENT_ITEM (self), 0);

  return hk_daily_report_get_clerk_id (self->report);
}

const char *
hk_settlement_item_get_day (HkSettlementItem *self)
{
  g_return_val_if_fail (HK_IS_SETTLEMENT_ITEM (self), NULL);

  return hk_daily_report_get_day (self->report);
}

const char *
hk_settlement_item_get_clerk_name (HkSettlementItem *self)
{
  g_return_val_if_fail (HK_IS_SETTLEMENT_ITEM (self), NULL);

  return self->clerk_name;
}

HkSettlementState
hk_settlement_item_get_state (HkSettlementItem *self)
{
  g_return_val_if_fail (HK_IS_SETTLEMENT_ITEM (self), HK_SETTLEMENT_STATE_OPEN);

  return self->state;
}
