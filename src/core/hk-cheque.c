/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-cheque.c: a cheque (支票) taken on a receipt, from its receipt to cleared or bounced.
 *
 * A value made by HkChequeStore, read at one moment: hk_cheque_is_overdue() says whether a
 * bounced cheque was still unresolved after its deadline day when it was read.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hk-bank-private.h"

G_DEFINE_ENUM_TYPE (HkChequeState, hk_cheque_state,
                    G_DEFINE_ENUM_VALUE (HK_CHEQUE_RECEIVED, "received"),
                    G_DEFINE_ENUM_VALUE (HK_CHEQUE_ENDORSED, "endorsed"),
                    G_DEFINE_ENUM_VALUE (HK_CHEQUE_DEPOSITED, "deposited"),
                    G_DEFINE_ENUM_VALUE (HK_CHEQUE_CLEARED, "cleared"),
                    G_DEFINE_ENUM_VALUE (HK_CHEQUE_BOUNCED, "bounced"),
                    G_DEFINE_ENUM_VALUE (HK_CHEQUE_RESOLVED, "resolved"),
                    G_DEFINE_ENUM_VALUE (HK_CHEQUE_CANCELLED, "cancelled"))

static const char *state_ids[] = {
  "received", "endorsed", "deposited", "cleared", "bounced", "resolved", "cancelled",
};

const char *
hk_cheque_state_to_id (HkChequeState state)
{
  g_return_val_if_fail (state <= HK_CHEQUE_CANCELLED, NULL);
  return state_ids[state];
}

gboolean
hk_cheque_state_from_id (const char    *id,
                         HkChequeState *state)
{
  for (guint i = 0; i < G_N_ELEMENTS (state_ids); i++)
    if (g_strcmp0 (id, state_ids[i]) == 0)
      {
        *state = (HkChequeState)i;
        return TRUE;
      }

  return FALSE;
}

const char *
hk_cheque_state_get_title (HkChequeState state)
{
  switch (state)
    {
    case HK_CHEQUE_RECEIVED:
      return C_("cheque", "Received");
    case HK_CHEQUE_ENDORSED:
      return C_("cheque", "Endorsed");
    case HK_CHEQUE_DEPOSITED:
      return C_("cheque", "Deposited");
    case HK_CHEQUE_CLEARED:
      return C_("cheque", "Cleared");
    case HK_CHEQUE_BOUNCED:
      return C_("cheque", "Bounced");
    case HK_CHEQUE_RESOLVED:
      return C_("cheque", "Resolved");
    case HK_CHEQUE_CANCELLED:
      return C_("cheque", "Cancelled");
    default:
      return "";
    }
}

struct _HkCheque
{
  GObject parent_instance;
  HkChequeData data;
};

G_DEFINE_FINAL_TYPE (HkCheque, hk_cheque, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CHEQUE_NO,
  PROP_AMOUNT,
  PROP_STATE,
  PROP_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hk_cheque_finalize (GObject *object)
{
  HkCheque *self = (HkCheque *)object;

  g_free (self->data.receipt_no);
  g_free (self->data.cheque_no);
  g_free (self->data.bank_name);
  g_free (self->data.payer);
  g_free (self->data.endorsee);
  g_free (self->data.bounced_day);
  g_free (self->data.bounce_reason);
  g_free (self->data.deadline_day);
  g_free (self->data.resolution);

  G_OBJECT_CLASS (hk_cheque_parent_class)->finalize (object);
}

static void
hk_cheque_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HkCheque *self = HK_CHEQUE (object);

  switch (prop_id)
    {
    case PROP_CHEQUE_NO:
      g_value_set_string (value, self->data.cheque_no);
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->data.amount);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->data.state);
      break;
    case PROP_OVERDUE:
      g_value_set_boolean (value, self->data.overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_cheque_class_init (HkChequeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hk_cheque_finalize;
  object_class->get_property = hk_cheque_get_property;

  properties[PROP_CHEQUE_NO] =
    g_param_spec_string ("cheque-no", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, HK_TYPE_CHEQUE_STATE, HK_CHEQUE_RECEIVED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERDUE] =
    g_param_spec_boolean ("overdue", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_cheque_init (HkCheque *self)
{
}

HkCheque *
hk_cheque_new_take (HkChequeData *data)
{
  HkCheque *self = g_object_new (HK_TYPE_CHEQUE, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  return self;
}

#define GETTER(type, name, field, fallback) \
  type \
  hk_cheque_get_##name (HkCheque *self) \
  { \
    g_return_val_if_fail (HK_IS_CHEQUE (self), fallback); \
    return self->data.field; \
  }

GETTER (gint64, id, id, 0)
GETTER (gint64, receipt_id, receipt_id, 0)
/* The receipt's full number, CODE-NUMBER. */
GETTER (const char *, receipt_no, receipt_no, NULL)
GETTER (const char *, cheque_no, cheque_no, NULL)
/* %NULL until the clerk or the auditor enters it. */
GETTER (const char *, bank_name, bank_name, NULL)
GETTER (const char *, payer, payer, NULL)
GETTER (gint64, amount, amount, 0)
GETTER (gint64, clerk_id, clerk_id, 0)
GETTER (gint64, received_at, received_at, 0)
GETTER (HkChequeState, state, state, HK_CHEQUE_RECEIVED)
GETTER (gint64, state_at, state_at, 0)
GETTER (gint64, endorsed_at, endorsed_at, 0)
GETTER (gint64, endorsed_by, endorsed_by, 0)
GETTER (const char *, endorsee, endorsee, NULL)
GETTER (gint64, deposit_id, deposit_id, 0)
GETTER (gint64, cleared_at, cleared_at, 0)
GETTER (gint64, bounced_at, bounced_at, 0)
GETTER (const char *, bounced_day, bounced_day, NULL)
GETTER (const char *, bounce_reason, bounce_reason, NULL)
/* The last working day to resolve a bounced cheque. */
GETTER (const char *, deadline_day, deadline_day, NULL)
GETTER (gint64, resolved_at, resolved_at, 0)
GETTER (const char *, resolution, resolution, NULL)

gboolean
hk_cheque_is_overdue (HkCheque *self)
{
  g_return_val_if_fail (HK_IS_CHEQUE (self), FALSE);
  return self->data.overdue;
}
