/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-test-hall.h: a service hall for core tests: its context, its operators, and a day's work. */

#pragma once

#include "core/hk-context.h"
#include "hk-test-db.h"

G_BEGIN_DECLS

/* The password of every operator added through the operator store. */
#define HK_TEST_PASSWORD "counter-42"

typedef struct
{
  HkTestDb            db;
  HkContext          *context;
  /* The context's stores, borrowed. */
  HkOperatorStore    *operators;
  HkFeeItemStore     *fee_items;
  HkInvoiceBookStore *books;
  HkShiftStore       *shifts;
  HkReceiptStore     *receipts;
  /* Operators by role, each NULL until the test adds it: the administrator adds operators, the
   * supervisor fee items, the auditor invoice books and signed days. */
  HkOperator         *admin;
  HkOperator         *supervisor;
  HkOperator         *auditor;
  HkOperator         *manager;
  HkOperator         *clerk;
  HkOperator         *clerk2;
  /* The "changed" signals of the store under test, counted by the test's own handler. */
  guint               n_changed;
} HkTestHall;

/* What the hall held, to show later that a refused call wrote nothing. */
typedef struct
{
  char   *rows;
  gint64  n_audit;
  gint64  n_denied;
  guint   n_changed;
} HkTestHallBefore;

void           hk_test_hall_setup             (HkTestHall        *hall,
                                               gint64             now);
void           hk_test_hall_setup_copy        (HkTestHall        *hall,
                                               const HkTestHall  *original,
                                               gint64             now);
void           hk_test_hall_teardown          (HkTestHall        *hall);
void           hk_test_hall_assert_intact     (HkTestHall        *hall);
void           hk_test_hall_assert_day        (HkTestHall        *hall,
                                               gint64             when,
                                               const char        *day);

void           hk_test_hall_add_admin         (HkTestHall        *hall,
                                               const char        *display_name,
                                               const char        *password);
HkOperator    *hk_test_hall_add_operator      (HkTestHall        *hall,
                                               const char        *login,
                                               const char        *display_name,
                                               HkRoles            roles);
HkOperator    *hk_test_hall_insert_operator   (HkTestHall        *hall,
                                               const char        *login,
                                               HkRoles            roles);
HkOperator    *hk_test_hall_find_operator     (HkTestHall        *hall,
                                               const char        *login);

gint64         hk_test_hall_add_fee_item      (HkTestHall        *hall,
                                               const char        *code,
                                               const char        *name,
                                               HkFeeCategory      category,
                                               gint64             price,
                                               const char        *valid_from);
gint64         hk_test_hall_find_fee_item     (HkTestHall        *hall,
                                               const char        *code);

HkInvoiceBook *hk_test_hall_register_book     (HkTestHall        *hall,
                                               const char        *code,
                                               gint64             first_no,
                                               gint64             last_no);
void           hk_test_hall_issue_numbers     (HkTestHall        *hall,
                                               HkInvoiceBook     *book,
                                               gint64             first_no,
                                               gint64             last_no,
                                               HkOperator        *clerk);
void           hk_test_hall_give_numbers      (HkTestHall        *hall,
                                               HkOperator        *clerk,
                                               const char        *code,
                                               gint64             first_no,
                                               gint64             last_no);

HkShift       *hk_test_hall_open_shift        (HkTestHall        *hall,
                                               HkOperator        *clerk,
                                               gint64             opening_float);
HkShift       *hk_test_hall_close_shift       (HkTestHall        *hall,
                                               HkOperator        *clerk,
                                               HkShift           *shift,
                                               const gint64       counts[HK_N_DENOMINATIONS],
                                               const gint64       declared[HK_N_PAYMENT_METHODS]);
HkReceipt     *hk_test_hall_sell              (HkTestHall        *hall,
                                               HkOperator        *clerk,
                                               gint64             fee_item_id,
                                               gint64             quantity,
                                               gint64             total,
                                               HkPaymentMethod    method);
void           hk_test_hall_sign_day          (HkTestHall        *hall,
                                               HkOperator        *clerk,
                                               const char        *day);

void           hk_test_hall_remember          (HkTestHall        *hall,
                                               HkTestHallBefore  *before);
void           hk_test_hall_assert_unchanged  (HkTestHall        *hall,
                                               HkTestHallBefore  *before,
                                               gint64             n_denied);
void           hk_test_hall_assert_last_audit (HkTestHall        *hall,
                                               const char        *action,
                                               HkOperator        *actor,
                                               const char        *entity,
                                               gint64             entity_id,
                                               const char        *summary_part);

G_END_DECLS
