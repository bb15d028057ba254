/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-bank-statement-line.c: one line of an imported bank statement, and what it is matched to.
 *
 * A value made by HkBankStore: a credit (positive) or a debit, the running balance after it,
 * and the deposit or bounced cheque it is matched to, if any.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-bank-private.h"

struct _HkBankStatementLine
{
  GObject parent_instance;
  HkBankStatementLineData data;
};

G_DEFINE_FINAL_TYPE (HkBankStatementLine, hk_bank_statement_line, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AMOUNT,
  PROP_MATCHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_bank_statement_line_finalize (GObject *object)
{
  HkBankStatementLine *self = (HkBankStatementLine *)object;

  g_free (self->data.value_day);
  g_free (self->data.reference);
  g_free (self->data.description);

  G_OBJECT_CLASS (hk_bank_statement_line_parent_class)->finalize (object);
}

static void
hk_bank_statement_line_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HkBankStatementLine *self = HK_BANK_STATEMENT_LINE (object);

  switch (prop_id)
    {
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->data.amount);
      break;
    case PROP_MATCHED:
      g_value_set_boolean (value, self->data.deposit_id != 0 || self->data.cheque_id != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_bank_statement_line_class_init (HkBankStatementLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_bank_statement_line_finalize;
  object_class->get_property = hk_bank_statement_line_get_property;

  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MATCHED] =
    g_param_spec_boolean ("matched", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_bank_statement_line_init (HkBankStatementLine *self)
{
}

HkBankStatementLine *
hk_bank_statement_line_new_take (HkBankStatementLineData *data)
{
  HkBankStatementLine *self = g_object_new (HK_TYPE_BANK_STATEMENT_LINE, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

#define GETTER(type, name, field, fallback) \
  type \
  hk_bank_statement_line_get_##name (HkBankStatementLine *self) \
  { \
    g_return_val_if_fail (HK_IS_BANK_STATEMENT_LINE (self), fallback); \
    return self->data.field; \
  }

GETTER (gint64, id, id, 0)
GETTER (gint64, statement_id, statement_id, 0)
/* The line of the CSV file it came from. */
GETTER (guint, line_no, line_no, 0)
GETTER (const char *, value_day, value_day, NULL)
GETTER (const char *, reference, reference, NULL)
GETTER (const char *, description, description, NULL)
GETTER (gint64, amount, amount, 0)
GETTER (gint64, balance, balance, 0)
GETTER (gint64, deposit_id, deposit_id, 0)
GETTER (gint64, cheque_id, cheque_id, 0)

gboolean
hk_bank_statement_line_is_matched (HkBankStatementLine *self)
{
  g_return_val_if_fail (HK_IS_BANK_STATEMENT_LINE (self), FALSE);
  return self->data.deposit_id != 0 || self->data.cheque_id != 0;
}

gboolean
hk_bank_statement_line_is_automatic (HkBankStatementLine *self)
{
  g_return_val_if_fail (HK_IS_BANK_STATEMENT_LINE (self), FALSE);
  return self->data.automatic;
}
