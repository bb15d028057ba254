/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-daily-report.c: one clerk's daily report (日报): the three legs and their signature.
 *
 * The three-way match (帐、款、票据存根三者相符), leg by leg:
 * - account: the total of the day's valid receipts, and its split by payment method;
 * - cash: the cash taken (counted − float − movements; for an imported day, the cash the
 *   clerk declared) plus the non-cash totals declared at the close; it must equal the account;
 * - stubs: every number used that day is accounted for (no unexplained gap), and the stubs'
 *   total equals the account.
 * The auditor adds the accounting copy's total (记帐联), which must equal the account, and the
 * bank deposit receipt (银行回单), whose amount must equal the cash taken. A value: the store
 * computes it anew from the records each time.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hk-daily-report-private.h"
#include "hk-money.h"

#include <string.h>

G_DEFINE_ENUM_TYPE (HkDailyReportStatus, hk_daily_report_status,
                    G_DEFINE_ENUM_VALUE (HK_DAILY_REPORT_OPEN, "open"),
                    G_DEFINE_ENUM_VALUE (HK_DAILY_REPORT_SUBMITTED, "submitted"),
                    G_DEFINE_ENUM_VALUE (HK_DAILY_REPORT_SIGNED, "signed"))

struct _HkDailyReport
{
  GObject           parent_instance;
  HkDailyReportData data;
};

G_DEFINE_FINAL_TYPE (HkDailyReport, hk_daily_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLERK_ID,
  PROP_DAY,
  PROP_STATUS,
  PROP_ACCOUNT_TOTAL,
  PROP_AGREES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_daily_report_finalize (GObject *object)
{
  HkDailyReport *self = (HkDailyReport *)object;

  g_free (self->data.day);
  g_free (self->data.bank_name);
  g_free (self->data.bank_slip_no);
  g_free (self->data.bank_slip_date);
  g_free (self->data.difference_note);

  G_OBJECT_CLASS (hk_daily_report_parent_class)->finalize (object);
}

static void
hk_daily_report_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HkDailyReport *self = HK_DAILY_REPORT (object);

  switch (prop_id)
    {
    case PROP_CLERK_ID:
      g_value_set_int64 (value, self->data.clerk_id);
      break;
    case PROP_DAY:
      g_value_set_string (value, self->data.day);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->data.status);
      break;
    case PROP_ACCOUNT_TOTAL:
      g_value_set_int64 (value, self->data.account_total);
      break;
    case PROP_AGREES:
      g_value_set_boolean (value, hk_daily_report_get_agrees (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_daily_report_class_init (HkDailyReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hk_daily_report_finalize;
  object_class->get_property = hk_daily_report_get_property;

  properties[PROP_CLERK_ID] =
    g_param_spec_int64 ("clerk-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DAY] = g_param_spec_string ("day", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, HK_TYPE_DAILY_REPORT_STATUS, HK_DAILY_REPORT_OPEN,
                       flags);
  properties[PROP_ACCOUNT_TOTAL] =
    g_param_spec_int64 ("account-total", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_AGREES] = g_param_spec_boolean ("agrees", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_daily_report_init (HkDailyReport *self)
{
}

/* Takes the strings of @data; only the store calls this. */
HkDailyReport *
hk_daily_report_new_take (HkDailyReportData *data)
{
  HkDailyReport *self = g_object_new (HK_TYPE_DAILY_REPORT, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

#define GETTER(type, name, field) \
  type \
  hk_daily_report_get_##name (HkDailyReport *self) \
  { \
    g_return_val_if_fail (HK_IS_DAILY_REPORT (self), (type)0); \
    return self->data.field; \
  }

GETTER (gint64, clerk_id, clerk_id)
GETTER (HkDailyReportStatus, status, status)
GETTER (guint, n_receipts, n_receipts)
GETTER (guint, n_void, n_void)
GETTER (guint, n_corrections, n_corrections)
GETTER (gint64, account_total, account_total)
GETTER (guint, n_shifts, n_shifts)
GETTER (guint, n_open_shifts, n_open_shifts)
GETTER (gint64, opening_float, opening_float)
GETTER (gint64, counted_cash, counted_cash)
GETTER (gint64, expected_cash, expected_cash)
GETTER (gint64, cash_movements, cash_movements)
GETTER (guint, n_numbers_used, n_numbers_used)
GETTER (guint, n_gaps, n_gaps)
GETTER (gint64, stub_total, stub_total)
GETTER (gint64, accounting_copy, accounting_copy)
GETTER (gint64, bank_amount, bank_amount)
GETTER (gint64, declared_cash, declared_cash)
GETTER (gint64, signed_by, signed_by)
GETTER (gint64, signed_at, signed_at)

#undef GETTER

const char *
hk_daily_report_get_day (HkDailyReport *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), NULL);
  return self->data.day;
}

/* TRUE for a day of receipts imported from the business platform: it has no shift. */
gboolean
hk_daily_report_is_imported (HkDailyReport *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), FALSE);
  return self->data.imported;
}

gint64
hk_daily_report_get_account_by_method (HkDailyReport   *self,
                                       HkPaymentMethod  method)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), 0);
  g_return_val_if_fail (method < HK_N_PAYMENT_METHODS, 0);
  return self->data.account_by_method[method];
}

/* The non-cash total declared at the closes; for an imported day, the account's. */
gint64
hk_daily_report_get_declared (HkDailyReport   *self,
                              HkPaymentMethod  method)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), 0);
  g_return_val_if_fail (method < HK_N_PAYMENT_METHODS, 0);

  if (method == HK_PAYMENT_CASH)
    return hk_daily_report_get_cash_takings (self);
  if (self->data.imported)
    return self->data.account_by_method[method];

  return self->data.declared[method];
}

/* The cash taken that day: what goes to the bank. */
gint64
hk_daily_report_get_cash_takings (HkDailyReport *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), 0);

  if (self->data.imported)
    return self->data.declared_cash;

  return self->data.counted_cash - self->data.opening_float - self->data.cash_movements;
}

/* The cash leg: the cash taken plus the non-cash totals declared. */
gint64
hk_daily_report_get_cash_leg (HkDailyReport *self)
{
  gint64 leg;

  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), 0);

  leg = hk_daily_report_get_cash_takings (self);
  for (guint m = HK_PAYMENT_CARD; m < HK_N_PAYMENT_METHODS; m++)
    leg += hk_daily_report_get_declared (self, m);

  return leg;
}

/* The cash leg minus the account: negative is a shortfall, which is the clerk's. */
gint64
hk_daily_report_get_cash_difference (HkDailyReport *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), 0);

  return hk_daily_report_get_cash_leg (self) - self->data.account_total;
}

gboolean
hk_daily_report_get_stubs_agree (HkDailyReport *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), FALSE);

  return self->data.n_gaps == 0 && self->data.stub_total == self->data.account_total;
}

/* TRUE once the auditor entered the accounting copy and the bank receipt. */
gboolean
hk_daily_report_has_check (HkDailyReport *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), FALSE);
  return self->data.has_check;
}

const char *
hk_daily_report_get_bank_name (HkDailyReport *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), NULL);
  return self->data.bank_name;
}

const char *
hk_daily_report_get_bank_slip_no (HkDailyReport *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), NULL);
  return self->data.bank_slip_no;
}

const char *
hk_daily_report_get_bank_slip_date (HkDailyReport *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), NULL);
  return self->data.bank_slip_date;
}

/* The auditor's note on a cash difference, kept with the signature. */
const char *
hk_daily_report_get_difference_note (HkDailyReport *self)
{
  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), NULL);
  return self->data.difference_note;
}

/* TRUE when all three legs agree and the auditor's figures match: the report may be signed
 * (a cash difference also needs the auditor's note). */
gboolean
hk_daily_report_get_agrees (HkDailyReport *self)
{
  g_autofree char *problems = NULL;

  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), FALSE);

  problems = hk_daily_report_describe_problems (self);

  return problems == NULL && hk_daily_report_get_cash_difference (self) == 0;
}

/**
 * hk_daily_report_describe_problems:
 *
 * Returns: (nullable): one translated sentence per line for each thing that
 *   keeps the report from being signed, or %NULL when nothing does (a cash
 *   difference is described but only needs a note)
 */
char *
hk_daily_report_describe_problems (HkDailyReport *self)
{
  GString *out;
  gint64 difference;

  g_return_val_if_fail (HK_IS_DAILY_REPORT (self), NULL);

  out = g_string_new (NULL);
  difference = hk_daily_report_get_cash_difference (self);

  if (self->data.n_open_shifts > 0)
    g_string_append_printf (out, "%s\n", _("A shift of the day is still open."));

  if (self->data.n_gaps > 0)
    {
      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u receipt number is missing and not explained.",
                                           "%u receipt numbers are missing and not explained.",
                                           self->data.n_gaps),
                              self->data.n_gaps);
      g_string_append_c (out, '\n');
    }

  if (self->data.stub_total != self->data.account_total)
    {
      g_autofree char *stubs = hk_money_format (self->data.stub_total);
      g_autofree char *account = hk_money_format (self->data.account_total);

      g_string_append_printf (out, _("The stubs total %s, the account %s."), stubs, account);
      g_string_append_c (out, '\n');
    }

  if (self->data.imported && self->data.declared_cash == 0 &&
      self->data.account_by_method[HK_PAYMENT_CASH] != 0)
    g_string_append_printf (out, "%s\n",
                            _("The clerk’s declared cash for this imported day is not entered."));

  if (!self->data.has_check)
    g_string_append_printf (out, "%s\n",
                            _("The accounting copy and the bank receipt are not entered."));
  else
    {
      if (self->data.accounting_copy != self->data.account_total)
        {
          g_autofree char *copy = hk_money_format (self->data.accounting_copy);
          g_autofree char *account = hk_money_format (self->data.account_total);

          g_string_append_printf (out, _("The accounting copy totals %s, the account %s."),
                                  copy, account);
          g_string_append_c (out, '\n');
        }

      if (self->data.bank_amount != hk_daily_report_get_cash_takings (self))
        {
          g_autofree char *bank = hk_money_format (self->data.bank_amount);
          g_autofree char *cash = hk_money_format (hk_daily_report_get_cash_takings (self));

          g_string_append_printf (out, _("The bank receipt is for %s, but the cash taken is %s."),
                                  bank, cash);
          g_string_append_c (out, '\n');
        }
    }

  if (difference != 0 &&
      (self->data.difference_note == NULL || *self->data.difference_note == '\0'))
    {
      g_autofree char *amount = hk_money_format (difference < 0 ? -difference : difference);

      g_string_append_printf (out,
                              difference < 0 ? _("The cash is %s short of the account; note how "
                                                 "the shortfall was settled.")
                                             : _("The cash is %s over the account; note what "
                                                 "was done with the surplus."),
                              amount);
      g_string_append_c (out, '\n');
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}
