/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-context.c: what a window, a view or a command works with: the database, its stores,
 * and the logged-in operator.
 *
 * There are no globals: the application makes one context per database and
 * hands it to every window and view as a construct-only property, and a test
 * makes its own over a temporary database.
 */

#include "config.h"

#include "hk-context.h"

struct _HkContext
{
  GObject          parent_instance;
  HkDatabase      *database;
  HkOperatorStore *operator_store;
  HkHallStore        *hall_store;
  HkFeeItemStore     *fee_item_store;
  HkInvoiceBookStore *invoice_book_store;
  HkShiftStore       *shift_store;
  HkReceiptStore     *receipt_store;
  HkDailyReportStore *daily_report_store;
  HkCustomerFileStore  *customer_file_store;
  HkAccessRequestStore *access_request_store;
  HkRecheckStore       *recheck_store;
  HkComplaintStore   *complaint_store;
  HkServiceLogStore  *service_log_store;
  HkOpinionBookStore *opinion_book_store;
  HkRepairPartStore  *repair_part_store;
  HkRepairStore      *repair_store;
  HkDutyStore        *duty_store;
  HkAnalysisStore    *analysis_store;
  HkCardStockStore   *card_stock_store;
  HkNumberPoolStore  *number_pool_store;
  HkChequeStore      *cheque_store;
  HkBankStore        *bank_store;
  HkOperator         *operator;
};

G_DEFINE_FINAL_TYPE (HkContext, hk_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_OPERATOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_operator_store_changed_cb (HkContext       *self,
                              HkOperatorStore *store)
{
  g_autoptr(HkOperator) fresh = NULL;

  /* Keep the logged-in operator's roles and name current after an edit. */
  if (self->operator == NULL)
    return;

  fresh = hk_operator_store_lookup_by_id (store, hk_operator_get_id (self->operator), NULL);
  if (fresh != NULL)
    hk_context_set_operator (self, fresh);
}

static void
hk_context_constructed (GObject *object)
{
  HkContext *self = (HkContext *)object;

  G_OBJECT_CLASS (hk_context_parent_class)->constructed (object);

  g_assert (self->database != NULL);

  self->operator_store = hk_operator_store_new (self->database);
  self->hall_store = hk_hall_store_new (self->database);
  self->fee_item_store = hk_fee_item_store_new (self->database, self->hall_store);
  self->invoice_book_store = hk_invoice_book_store_new (self->database);
  self->shift_store = hk_shift_store_new (self->database, self->hall_store);
  self->receipt_store = hk_receipt_store_new (self->database, self->hall_store,
                                              self->invoice_book_store);
  self->daily_report_store = hk_daily_report_store_new (self->database, self->hall_store,
                                                        self->invoice_book_store);
  self->customer_file_store = hk_customer_file_store_new (self->database, self->hall_store);
  self->access_request_store = hk_access_request_store_new (self->database, self->hall_store,
                                                            self->customer_file_store);
  self->recheck_store = hk_recheck_store_new (self->database, self->hall_store,
                                              self->customer_file_store);
  self->complaint_store = hk_complaint_store_new (self->database, self->hall_store);
  self->service_log_store = hk_service_log_store_new (self->database, self->hall_store);
  self->opinion_book_store = hk_opinion_book_store_new (self->database, self->hall_store);
  self->repair_part_store = hk_repair_part_store_new (self->database, self->hall_store);
  self->repair_store = hk_repair_store_new (self->database, self->hall_store, self->receipt_store,
                                            self->repair_part_store);
  self->analysis_store = hk_analysis_store_new (self->database, self->hall_store);
  self->card_stock_store = hk_card_stock_store_new (self->database, self->hall_store);
  self->number_pool_store = hk_number_pool_store_new (self->database, self->hall_store);
  self->cheque_store = hk_cheque_store_new (self->database, self->hall_store);
  self->bank_store = hk_bank_store_new (self->database, self->hall_store,
                                        self->daily_report_store);
  self->duty_store = hk_duty_store_new (self->database, self->hall_store, self->complaint_store);

  g_signal_connect_object (self->operator_store, "changed",
                           G_CALLBACK (on_operator_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
hk_context_dispose (GObject *object)
{
  HkContext *self = (HkContext *)object;

  g_clear_object (&self->operator);
  g_clear_object (&self->operator_store);
  g_clear_object (&self->duty_store);
  g_clear_object (&self->analysis_store);
  g_clear_object (&self->recheck_store);
  g_clear_object (&self->access_request_store);
  g_clear_object (&self->customer_file_store);
  g_clear_object (&self->opinion_book_store);
  g_clear_object (&self->service_log_store);
  g_clear_object (&self->complaint_store);
  g_clear_object (&self->bank_store);
  g_clear_object (&self->cheque_store);
  g_clear_object (&self->number_pool_store);
  g_clear_object (&self->card_stock_store);
  g_clear_object (&self->repair_store);
  g_clear_object (&self->repair_part_store);
  g_clear_object (&self->daily_report_store);
  g_clear_object (&self->receipt_store);
  g_clear_object (&self->shift_store);
  g_clear_object (&self->invoice_book_store);
  g_clear_object (&self->fee_item_store);
  g_clear_object (&self->hall_store);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (hk_context_parent_class)->dispose (object);
}

static void
hk_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HkContext *self = HK_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_OPERATOR:
      g_value_set_object (value, self->operator);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  HkContext *self = HK_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_OPERATOR:
      hk_context_set_operator (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hk_context_class_init (HkContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hk_context_constructed;
  object_class->dispose = hk_context_dispose;
  object_class->get_property = hk_context_get_property;
  object_class->set_property = hk_context_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, HK_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * HkContext:operator:
   *
   * The logged-in operator, or %NULL before login and after logout.
   */
  properties[PROP_OPERATOR] =
    g_param_spec_object ("operator", NULL, NULL, HK_TYPE_OPERATOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hk_context_init (HkContext *self)
{
}

HkContext *
hk_context_new (HkDatabase *database)
{
  g_return_val_if_fail (HK_IS_DATABASE (database), NULL);

  return g_object_new (HK_TYPE_CONTEXT, "database", database, NULL);
}

HkDatabase *
hk_context_get_database (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->database;
}

HkOperatorStore *
hk_context_get_operator_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->operator_store;
}

HkHallStore *
hk_context_get_hall_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->hall_store;
}

HkFeeItemStore *
hk_context_get_fee_item_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->fee_item_store;
}

HkInvoiceBookStore *
hk_context_get_invoice_book_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->invoice_book_store;
}

HkShiftStore *
hk_context_get_shift_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->shift_store;
}

HkReceiptStore *
hk_context_get_receipt_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->receipt_store;
}

HkDailyReportStore *
hk_context_get_daily_report_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->daily_report_store;
}

HkCustomerFileStore *
hk_context_get_customer_file_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->customer_file_store;
}

HkAccessRequestStore *
hk_context_get_access_request_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->access_request_store;
}

HkRecheckStore *
hk_context_get_recheck_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->recheck_store;
}

HkComplaintStore *
hk_context_get_complaint_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->complaint_store;
}

HkServiceLogStore *
hk_context_get_service_log_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->service_log_store;
}

HkOpinionBookStore *
hk_context_get_opinion_book_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->opinion_book_store;
}

/**
 * hk_context_get_operator:
 *
 * Returns: (transfer none) (nullable): the logged-in operator
 */
HkOperator *
hk_context_get_operator (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->operator;
}

void
hk_context_set_operator (HkContext  *self,
                         HkOperator *operator)
{
  g_return_if_fail (HK_IS_CONTEXT (self));
  g_return_if_fail (operator == NULL || HK_IS_OPERATOR (operator));

  if (g_set_object (&self->operator, operator))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPERATOR]);
}

HkRepairStore *
hk_context_get_repair_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->repair_store;
}

/* Hall operations: duty logs, safety, incidents, cleaning, escort, training, demand. */
HkDutyStore *
hk_context_get_duty_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->duty_store;
}

HkRepairPartStore *
hk_context_get_repair_part_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->repair_part_store;
}

HkAnalysisStore *
hk_context_get_analysis_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->analysis_store;
}

HkCardStockStore *
hk_context_get_card_stock_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->card_stock_store;
}

HkNumberPoolStore *
hk_context_get_number_pool_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->number_pool_store;
}

HkChequeStore *
hk_context_get_cheque_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->cheque_store;
}

HkBankStore *
hk_context_get_bank_store (HkContext *self)
{
  g_return_val_if_fail (HK_IS_CONTEXT (self), NULL);

  return self->bank_store;
}
