/* SPDX-License-Identifier: GPL-3.0-or-later */
/* chart-test-util.h: charts with demo-like numbers, for the chart tests and screenshots. */

#pragma once

#include "reports/hk-chart.h"

G_BEGIN_DECLS

typedef enum
{
  CHART_DEMO_DAYS,        /* bars: revenue on each day of October 2026, money */
  CHART_DEMO_CLERKS,      /* horizontal bars: revenue by clerk, money */
  CHART_DEMO_DEKADS,      /* stacked bars: four kinds of business in three ten-day periods */
  CHART_DEMO_ON_TIME,     /* lines: weekly on-time rate of complaints, target 95 % */
  CHART_DEMO_MONTHS,      /* lines: 13 months of revenue and the year before, money */
  CHART_DEMO_METHODS,     /* donut: revenue by payment method, money */
  CHART_DEMO_DIFFERENCES, /* bars: cash over and short by clerk, money, some below zero */
  CHART_DEMO_EMPTY,       /* bars without a value: "No data" */
  CHART_N_DEMOS
} ChartDemo;

/* Names and titles in Chinese or English; the numbers are the same. */
HkChart    *chart_test_demo      (ChartDemo demo,
                                  gboolean  chinese);
const char *chart_test_demo_name (ChartDemo demo);

G_END_DECLS
