/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-test-duty.h: a hall for the hall operations' tests: its duty store and the people who
 * keep its books, on 2024-03-15 at 10:00 in the early shift. */

#pragma once

#include "core/hk-duty-store.h"
#include "hk-test-hall.h"

G_BEGIN_DECLS

#define MINUTE G_GINT64_CONSTANT (60)
#define HOUR (60 * MINUTE)
#define DAY (24 * HOUR)
/* 2024-03-15 00:00 in the hall (Asia/Shanghai, UTC+8). */
#define MIDNIGHT G_GINT64_CONSTANT (1710432000)
#define TODAY "2024-03-15"
#define TOMORROW "2024-03-16"
/* 10:00, in the early shift. */
#define T0 (MIDNIGHT + 10 * HOUR)
#define EARLY_START (MIDNIGHT + 8 * HOUR)
#define EARLY_END (MIDNIGHT + 13 * HOUR + 30 * MINUTE)
#define LATE_END (MIDNIGHT + 19 * HOUR)

typedef struct
{
  HkTestHall   hall;
  HkDutyStore *store;
  HkOperator  *manager2;   /* the incoming duty manager */
  HkOperator  *officer;
} HkTestDuty;

void hk_test_duty_setup          (HkTestDuty    *fixture,
                                  gconstpointer  data);
void hk_test_duty_teardown       (HkTestDuty    *fixture,
                                  gconstpointer  data);
void hk_test_duty_set_now        (HkTestDuty    *fixture,
                                  gint64         now);

HkDutyLog *hk_test_duty_save_log (HkTestDuty    *fixture,
                                  HkOperator    *actor,
                                  const char    *day,
                                  HkDutyShift    shift,
                                  const char    *notes);

G_END_DECLS
