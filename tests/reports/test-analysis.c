/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-analysis.c: the monthly economic and quality analysis, every chart's numbers checked
 * against a small hand-made month whose figures are worked out below.
 *
 * Everything is written through core's real paths into a real SQLite file, on the hall's
 * clock (Asia/Shanghai); the analysis is made on 2026-11-05 at noon. October 2026 begins on a
 * Thursday: its weeks are 1–4, 5–11, 12–18, 19–25 and 26–31.
 *
 * Tariff: SIM (sim_card) ¥20, TOP 话费充值 50元 (service, a top-up) ¥50, PH (handset) ¥1,000.
 *
 * 2025-10-10  zhangli: SIM×1 cash 20.                       (October 2025: ¥20, 1 receipt)
 * 2026-09-10  zhangli: TOP×1 cash 50.                       (September 2026: ¥50, 1 receipt)
 * 2026-10-05  zhangli, float 0: R1 TOP×1 cash 50; R2 PH×1 WeChat 1,000; R3 SIM×1 cash 20,
 *             voided. Counted 50. Submitted; checked and signed on the 6th (on time).
 * 2026-10-15  liuyang, float 0: R4 TOP×2 cash 100. Counted 90: ¥10 short. Submitted; signed
 *             on the 20th (late).
 * 2026-10-25  zhangli, float 0: R5 PH×1 Alipay 1,000. Counted 0. Submitted, never signed
 *             (late by 5 November).
 *
 * October: 4 valid receipts, 1 void; revenue 2,150 = days 5th 1,050, 15th 100, 25th 1,000;
 *   ten-day periods 1,050 / 100 / 1,000; service 150, handset 2,000; cash 150, WeChat 1,000,
 *   Alipay 1,000; zhangli 2,050, liuyang 100; top-ups 3 (September 1), handsets 2 (0), SIM 0
 *   (0); average receipt 537.50 (September 50.00: +975.0 %); MoM +4,200.0 %, YoY +10,650.0 %.
 *
 * Complaints (received in October):
 *   c1 10-05 10:00 billing, counter, resolved 14:00: on time.
 *   c2 10-06 09:00 network, phone, callback promised, resolved 10-08 09:00 (late), called back.
 *   c3 10-13 10:00 billing, counter, entered on the 14th (late entry), resolved 10-14 09:00.
 *   c4 10-28 10:00 handset, city company, still open: overdue.
 *   c5 10-29 10:00 network, counter, callback promised for 10-30, never made, resolved 15:00.
 *   Month: on time 3 of 5 known (60.0 %); weeks: —, 50 %, 100 %, —, 50 %; 2 below 95 %.
 * Opinion book: 10-10 processed that day; 10-20 processed on the 23rd (late); 10-30 not.
 * Repairs: t1 in 10-08, ready 10-09 (1 day, hall); t2 in 10-12, to the city company the same
 *   day, back 10-16, ready 10-17 (5 days); t3 in 10-20, promised 10-22, still repairing:
 *   overdue. Median 3.0 days; 1 of 3 sent out.
 * Archive: a request on 10-12 10:00 approved at 11:00 (1 h); one on 10-20 09:00 rejected at
 *   11:00 (2 h): median 1.5 h. Re-checks: phone error 10-14, signature fine 10-14, phone error
 *   10-15, documents error 10-27: 4 re-checks, 3 errors (phone 2, documents 1).
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/hk-error.h"
#include "core/hk-test-hall.h"
#include "export-test-util.h"
#include "reports/hk-analysis-export.h"
#include "reports/hk-chart-layout.h"

#define PYTHON "/usr/bin/python3"

#define HOUR (60 * 60)

typedef struct
{
  HkTestHall  hall;
  HkOperator *officer;
  HkOperator *tech;
  HkOperator *archivist;
  gint64      sim, top, ph;
} Fixture;

static HkTestHall hall_template;

static gint64
at (const char *day,
    int         hour,
    int         minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) moment = NULL;
  int y, m, d;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
  moment = g_date_time_new (zone, y, m, d, hour, minute, 0);

  return g_date_time_to_unix (moment);
}

static void
clock_at (HkTestHall *hall,
          const char *day,
          int         hour,
          int         minute)
{
  hk_database_set_now (hall->db.database, at (day, hour, minute));
}

/* ---- the cash desk ---- */

static void
close_shift (HkTestHall *hall,
             HkOperator *clerk,
             HkShift    *shift,
             gint64      counted,
             gint64      wechat,
             gint64      alipay)
{
  gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  gint64 declared[HK_N_PAYMENT_METHODS] = { 0 };
  g_autoptr(HkShift) closed = NULL;

  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    {
      counts[i] = counted / hk_denominations[i];
      counted -= counts[i] * hk_denominations[i];
    }
  declared[HK_PAYMENT_WECHAT] = wechat;
  declared[HK_PAYMENT_ALIPAY] = alipay;
  closed = hk_test_hall_close_shift (hall, clerk, shift, counts, declared);
}

static void
submit (HkTestHall *hall,
        HkOperator *clerk,
        const char *day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkDailyReport) report = NULL;

  report = hk_daily_report_store_submit (hk_context_get_daily_report_store (hall->context),
                                         clerk, day, &error);
  g_assert_no_error (error);
}

static void
check_and_sign (HkTestHall *hall,
                HkOperator *clerk,
                const char *day,
                gint64      accounting_copy,
                gint64      bank,
                const char *note)
{
  HkDailyReportStore *store = hk_context_get_daily_report_store (hall->context);
  g_autofree char *slip = g_strdup_printf ("B-%s-%s", day, hk_operator_get_login (clerk));
  HkDailyReportCheck check = { accounting_copy, "ICBC", slip, day, bank, FALSE, 0 };
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autoptr(GError) error = NULL;

  checked = hk_daily_report_store_record_check (store, hall->auditor, hk_operator_get_id (clerk),
                                                day, &check, &error);
  g_assert_no_error (error);
  signed_report = hk_daily_report_store_sign (store, hall->auditor, hk_operator_get_id (clerk),
                                              day, note, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_daily_report_get_status (signed_report), ==, HK_DAILY_REPORT_SIGNED);
}

/* One clerk's day of one receipt, closed with the drawer as expected, submitted. */
static void
one_sale_day (HkTestHall      *hall,
              HkOperator      *clerk,
              const char      *day,
              gint64           item,
              gint64           total)
{
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;

  clock_at (hall, day, 8, 30);
  shift = hk_test_hall_open_shift (hall, clerk, 0);
  clock_at (hall, day, 10, 0);
  receipt = hk_test_hall_sell (hall, clerk, item, 1, total, HK_PAYMENT_CASH);
  clock_at (hall, day, 17, 30);
  close_shift (hall, clerk, shift, total, 0, 0);
  submit (hall, clerk, day);
}

static void
build_cash_desk (Fixture *fixture)
{
  HkTestHall *hall = &fixture->hall;
  HkOperator *a = hall->clerk;
  HkOperator *b = hall->clerk2;
  g_autoptr(GError) error = NULL;

  one_sale_day (hall, a, "2025-10-10", fixture->sim, 2000);
  one_sale_day (hall, a, "2026-09-10", fixture->top, 5000);

  {
    g_autoptr(HkShift) shift = NULL;
    g_autoptr(HkReceipt) r1 = NULL, r2 = NULL, r3 = NULL, r3_void = NULL;

    clock_at (hall, "2026-10-05", 8, 30);
    shift = hk_test_hall_open_shift (hall, a, 0);
    clock_at (hall, "2026-10-05", 9, 0);
    r1 = hk_test_hall_sell (hall, a, fixture->top, 1, 5000, HK_PAYMENT_CASH);
    clock_at (hall, "2026-10-05", 10, 0);
    r2 = hk_test_hall_sell (hall, a, fixture->ph, 1, 100000, HK_PAYMENT_WECHAT);
    clock_at (hall, "2026-10-05", 11, 0);
    r3 = hk_test_hall_sell (hall, a, fixture->sim, 1, 2000, HK_PAYMENT_CASH);
    clock_at (hall, "2026-10-05", 11, 5);
    r3_void = hk_receipt_store_void (hall->receipts, a, r3, "客户取消", &error);
    g_assert_no_error (error);
    clock_at (hall, "2026-10-05", 17, 30);
    close_shift (hall, a, shift, 5000, 100000, 0);
    submit (hall, a, "2026-10-05");
    clock_at (hall, "2026-10-06", 10, 0);
    check_and_sign (hall, a, "2026-10-05", 105000, 5000, NULL);
  }

  {
    g_autoptr(HkShift) shift = NULL;
    g_autoptr(HkReceipt) r4 = NULL;

    clock_at (hall, "2026-10-15", 8, 30);
    shift = hk_test_hall_open_shift (hall, b, 0);
    clock_at (hall, "2026-10-15", 9, 0);
    r4 = hk_test_hall_sell (hall, b, fixture->top, 2, 10000, HK_PAYMENT_CASH);
    clock_at (hall, "2026-10-15", 17, 30);
    close_shift (hall, b, shift, 9000, 0, 0);
    submit (hall, b, "2026-10-15");
    clock_at (hall, "2026-10-20", 10, 0);
    check_and_sign (hall, b, "2026-10-15", 10000, 9000, "短款10元，营业员赔付");
  }

  {
    g_autoptr(HkShift) shift = NULL;
    g_autoptr(HkReceipt) r5 = NULL;

    clock_at (hall, "2026-10-25", 8, 30);
    shift = hk_test_hall_open_shift (hall, a, 0);
    clock_at (hall, "2026-10-25", 9, 0);
    r5 = hk_test_hall_sell (hall, a, fixture->ph, 1, 100000, HK_PAYMENT_ALIPAY);
    clock_at (hall, "2026-10-25", 17, 30);
    close_shift (hall, a, shift, 0, 0, 100000);
    submit (hall, a, "2026-10-25");
  }
}

/* ---- complaints and the opinion book ---- */

static HkComplaint *
complain (Fixture            *fixture,
          gint64              received_at,
          const char         *category,
          HkComplaintChannel  channel)
{
  HkComplaintStore *store = hk_context_get_complaint_store (fixture->hall.context);
  g_autoptr(HkComplaintCategory) found = NULL;
  g_autoptr(GError) error = NULL;
  HkComplaintInput input = {
    .received_at = received_at,
    .channel = channel,
    .customer_name = "陈先生",
    .customer_phone = "13812345678",
    .description = "投诉内容",
  };
  HkComplaint *complaint;

  found = hk_complaint_store_lookup_category (store, category, &error);
  g_assert_no_error (error);
  input.category_id = hk_complaint_category_get_id (found);
  complaint = hk_complaint_store_register (store, fixture->officer, &input, &error);
  g_assert_no_error (error);

  return complaint;
}

static HkComplaint *
resolve (Fixture     *fixture,
         HkComplaint *complaint,
         gint64       when)
{
  g_autoptr(HkComplaint) old = complaint;
  g_autoptr(GError) error = NULL;
  HkComplaint *resolved;

  hk_database_set_now (fixture->hall.db.database, when);
  resolved = hk_complaint_store_resolve (hk_context_get_complaint_store (fixture->hall.context),
                                         fixture->officer, old, "已处理", &error);
  g_assert_no_error (error);

  return resolved;
}

static HkComplaint *
promise (Fixture     *fixture,
         HkComplaint *complaint,
         gint64       due)
{
  g_autoptr(HkComplaint) old = complaint;
  g_autoptr(GError) error = NULL;
  HkComplaint *promised;

  promised = hk_complaint_store_promise_callback (
    hk_context_get_complaint_store (fixture->hall.context), fixture->officer, old,
    "13812345678", due, NULL, &error);
  g_assert_no_error (error);

  return promised;
}

static void
build_complaints (Fixture *fixture)
{
  HkTestHall *hall = &fixture->hall;
  HkComplaintStore *store = hk_context_get_complaint_store (hall->context);
  g_autoptr(GError) error = NULL;

  clock_at (hall, "2026-10-05", 10, 5);
  g_object_unref (resolve (fixture, complain (fixture, at ("2026-10-05", 10, 0), "billing",
                                              HK_COMPLAINT_CHANNEL_COUNTER),
                           at ("2026-10-05", 14, 0)));

  {
    g_autoptr(HkComplaint) c2 = NULL;
    g_autoptr(HkComplaint) called = NULL;

    clock_at (hall, "2026-10-06", 9, 5);
    c2 = complain (fixture, at ("2026-10-06", 9, 0), "network", HK_COMPLAINT_CHANNEL_PHONE);
    c2 = promise (fixture, c2, at ("2026-10-08", 12, 0));
    c2 = resolve (fixture, c2, at ("2026-10-08", 9, 0));
    called = hk_complaint_store_record_callback (store, fixture->officer, c2,
                                                 at ("2026-10-08", 9, 0), TRUE, "已告知",
                                                 &error);
    g_assert_no_error (error);
  }

  clock_at (hall, "2026-10-14", 8, 30);
  g_object_unref (resolve (fixture, complain (fixture, at ("2026-10-13", 10, 0), "billing",
                                              HK_COMPLAINT_CHANNEL_COUNTER),
                           at ("2026-10-14", 9, 0)));

  clock_at (hall, "2026-10-28", 10, 5);
  g_object_unref (complain (fixture, at ("2026-10-28", 10, 0), "handset",
                            HK_COMPLAINT_CHANNEL_CITY_COMPANY));

  {
    g_autoptr(HkComplaint) c5 = NULL;

    clock_at (hall, "2026-10-29", 10, 5);
    c5 = complain (fixture, at ("2026-10-29", 10, 0), "network", HK_COMPLAINT_CHANNEL_COUNTER);
    c5 = promise (fixture, c5, at ("2026-10-30", 12, 0));
    c5 = resolve (fixture, c5, at ("2026-10-29", 15, 0));
  }

  /* The opinion book. */
  {
    HkOpinionBookStore *book = hk_context_get_opinion_book_store (hall->context);
    const char *days[] = { "2026-10-10", "2026-10-20", "2026-10-30" };
    const char *processed[] = { "2026-10-10", "2026-10-23", NULL };

    for (guint i = 0; i < G_N_ELEMENTS (days); i++)
      {
        g_autoptr(HkOpinionEntry) entry = NULL;

        clock_at (hall, days[i], 18, 0);
        entry = hk_opinion_book_store_add (book, fixture->officer, days[i], "等候时间长", NULL,
                                           &error);
        g_assert_no_error (error);
        if (processed[i] == NULL)
          continue;
        clock_at (hall, processed[i], 19, 0);
        g_object_unref (hk_opinion_book_store_process (book, hall->manager, entry, "已增开窗口",
                                                       &error));
        g_assert_no_error (error);
      }
  }
}

/* ---- repairs ---- */

static HkRepairTicket *
intake (Fixture    *fixture,
        const char *imei,
        const char *promised)
{
  HkRepairIntake input = {
    .customer_name = "王小明",
    .customer_phone = "13812345678",
    .brand = "华为",
    .model = "P40",
    .imei = imei,
    .fault = "屏幕碎裂",
    .warranty = HK_REPAIR_WARRANTY_OUT,
    .estimated_fee = 45000,
    .promised_day = promised,
  };
  g_autoptr(GError) error = NULL;
  HkRepairTicket *ticket;

  ticket = hk_repair_store_intake (hk_context_get_repair_store (fixture->hall.context),
                                   fixture->tech, &input, &error);
  g_assert_no_error (error);

  return ticket;
}

static HkRepairTicket *
move (Fixture        *fixture,
      HkRepairTicket *ticket,
      HkRepairStatus  status)
{
  g_autoptr(HkRepairTicket) old = ticket;
  g_autoptr(GError) error = NULL;
  HkRepairTicket *moved;

  moved = hk_repair_store_set_status (hk_context_get_repair_store (fixture->hall.context),
                                      fixture->tech, old, status, "原因", &error);
  g_assert_no_error (error);

  return moved;
}

static void
build_repairs (Fixture *fixture)
{
  HkTestHall *hall = &fixture->hall;
  HkRepairStore *store = hk_context_get_repair_store (hall->context);
  g_autoptr(HkRepairTicket) t1 = NULL;
  g_autoptr(HkRepairTicket) t2 = NULL;
  g_autoptr(HkRepairTicket) t3 = NULL;
  g_autoptr(HkRepairBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  clock_at (hall, "2026-10-08", 10, 0);
  t1 = intake (fixture, "490154203237518", "2026-10-10");
  t1 = move (fixture, t1, HK_REPAIR_DIAGNOSING);
  clock_at (hall, "2026-10-09", 15, 0);
  t1 = move (fixture, t1, HK_REPAIR_READY);

  clock_at (hall, "2026-10-12", 10, 0);
  t2 = intake (fixture, "356938035643809", "2026-10-20");
  t2 = move (fixture, t2, HK_REPAIR_DIAGNOSING);
  id = hk_repair_ticket_get_id (t2);
  clock_at (hall, "2026-10-12", 16, 0);
  batch = hk_repair_store_dispatch (store, fixture->tech, &id, 1, "顺丰", "SF1", &error);
  g_assert_no_error (error);
  g_clear_object (&t2);
  t2 = hk_repair_store_lookup (store, id, &error);
  clock_at (hall, "2026-10-16", 11, 0);
  {
    g_autoptr(HkRepairTicket) old = g_steal_pointer (&t2);

    t2 = hk_repair_store_return_from_city (store, fixture->tech, old, TRUE, "换屏", &error);
    g_assert_no_error (error);
  }
  clock_at (hall, "2026-10-17", 9, 0);
  t2 = move (fixture, t2, HK_REPAIR_READY);

  clock_at (hall, "2026-10-20", 10, 0);
  t3 = intake (fixture, "352099001761481", "2026-10-22");
  t3 = move (fixture, move (fixture, t3, HK_REPAIR_DIAGNOSING), HK_REPAIR_REPAIRING);
}

/* ---- the archive ---- */

static void
recheck (Fixture        *fixture,
         gint64          file_id,
         gint64          when,
         HkRecheckField  field,
         gboolean        error_found)
{
  HkRecheckInput input = { file_id, field, error_found, "号码少一位", "录入疏忽", "已更正" };
  g_autoptr(HkRecheck) entry = NULL;
  g_autoptr(GError) error = NULL;

  hk_database_set_now (fixture->hall.db.database, when);
  entry = hk_recheck_store_record (hk_context_get_recheck_store (fixture->hall.context),
                                   fixture->archivist, &input, &error);
  g_assert_no_error (error);
}

static void
build_archive (Fixture *fixture)
{
  HkTestHall *hall = &fixture->hall;
  HkCustomerFileStore *files = hk_context_get_customer_file_store (hall->context);
  HkAccessRequestStore *requests = hk_context_get_access_request_store (hall->context);
  const char *numbers[] = { "13912340001", NULL };
  HkCustomerFileInput input = {
    .file_no = "DA-2026-0001", .customer_name = "张三", .id_number = "330106198503121231",
    .phone = "13812345678", .service_numbers = numbers, .kind = HK_FILE_KIND_TRANSFER,
    .cabinet = "A", .shelf = "03", .box = "12", .received_on = "2026-09-20",
    .retain_until = "2031-09-20",
  };
  g_autoptr(HkCustomerFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gint64 file_id;

  clock_at (hall, "2026-09-21", 9, 0);
  file = hk_customer_file_store_register (files, fixture->archivist, &input, &error);
  g_assert_no_error (error);
  file_id = hk_customer_file_get_id (file);

  for (guint i = 0; i < 2; i++)
    {
      const char *day = i == 0 ? "2026-10-12" : "2026-10-20";
      HkAccessRequestInput ask = {
        .file_ids = &file_id, .n_files = 1,
        .designated_id = hk_operator_get_id (fixture->officer),
        .purpose = HK_ACCESS_PURPOSE_COMPLAINT, .purpose_note = "投诉单 TS-07",
        .window_from = at (day, 9, 0), .window_until = at (day, 18, 0),
      };
      g_autoptr(HkAccessRequest) request = NULL;
      g_autoptr(HkAccessRequest) decided = NULL;

      clock_at (hall, day, i == 0 ? 10 : 9, 0);
      request = hk_access_request_store_create (requests, fixture->officer, &ask, &error);
      g_assert_no_error (error);
      clock_at (hall, day, 11, 0);
      if (i == 0)
        decided = hk_access_request_store_approve (requests, hall->supervisor, request, NULL,
                                                   &error);
      else
        decided = hk_access_request_store_reject (requests, hall->supervisor, request,
                                                  "无需调阅", &error);
      g_assert_no_error (error);
    }

  recheck (fixture, file_id, at ("2026-10-14", 10, 0), HK_RECHECK_PHONE, TRUE);
  recheck (fixture, file_id, at ("2026-10-14", 10, 5), HK_RECHECK_SIGNATURE, FALSE);
  recheck (fixture, file_id, at ("2026-10-15", 10, 0), HK_RECHECK_PHONE, TRUE);
  recheck (fixture, file_id, at ("2026-10-27", 10, 0), HK_RECHECK_DOCUMENTS, TRUE);
}

static void
find_operators (Fixture *fixture)
{
  fixture->officer = hk_test_hall_find_operator (&fixture->hall, "sunhao");
  fixture->tech = hk_test_hall_find_operator (&fixture->hall, "wulei");
  fixture->archivist = hk_test_hall_find_operator (&fixture->hall, "zhouqing");
}

/* The month, built once; each test works on a copy. */
static void
build_template (void)
{
  HkTestHall *hall = &hall_template;
  Fixture builder = { 0 };

  hk_test_hall_setup (hall, at ("2025-01-02", 8, 0));
  hall->supervisor = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_SUPERVISOR);
  hall->auditor = hk_test_hall_insert_operator (hall, "zhaomin", HK_ROLE_AUDITOR);
  hall->manager = hk_test_hall_insert_operator (hall, "zhengwei", HK_ROLE_DUTY_MANAGER);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  hall->clerk2 = hk_test_hall_insert_operator (hall, "liuyang", HK_ROLE_CLERK);
  g_object_unref (hk_test_hall_insert_operator (hall, "sunhao", HK_ROLE_COMPLAINT_OFFICER));
  g_object_unref (hk_test_hall_insert_operator (hall, "wulei", HK_ROLE_TECHNICIAN));
  g_object_unref (hk_test_hall_insert_operator (hall, "zhouqing", HK_ROLE_ARCHIVIST));

  builder.hall = *hall;
  find_operators (&builder);
  builder.sim = hk_test_hall_add_fee_item (hall, "SIM", "SIM card", HK_FEE_CATEGORY_SIM_CARD,
                                           2000, "2025-01-01");
  builder.top = hk_test_hall_add_fee_item (hall, "TOP", "话费充值 50元", HK_FEE_CATEGORY_SERVICE,
                                           5000, "2025-01-01");
  builder.ph = hk_test_hall_add_fee_item (hall, "PH", "OPPO A3", HK_FEE_CATEGORY_HANDSET,
                                          100000, "2025-01-01");
  hk_test_hall_give_numbers (hall, hall->clerk, "3300241130", 1, 100);
  hk_test_hall_give_numbers (hall, hall->clerk2, "3300241130", 101, 200);

  build_cash_desk (&builder);
  build_complaints (&builder);
  build_repairs (&builder);
  build_archive (&builder);

  g_clear_object (&builder.officer);
  g_clear_object (&builder.tech);
  g_clear_object (&builder.archivist);
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  hk_test_hall_setup_copy (&fixture->hall, &hall_template, at ("2026-11-05", 12, 0));
  find_operators (fixture);
  hk_context_set_operator (fixture->hall.context, fixture->hall.supervisor);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);
  g_clear_object (&fixture->officer);
  g_clear_object (&fixture->tech);
  g_clear_object (&fixture->archivist);
  hk_test_hall_teardown (&fixture->hall);
}

static HkAnalysis *
build (Fixture        *fixture,
       HkAnalysisKind  kind,
       const char     *month)
{
  g_autoptr(GError) error = NULL;
  HkAnalysis *analysis;
  HkPeriod period;

  g_assert_true (hk_period_parse (&period, HK_PERIOD_MONTH, month, &error));
  analysis = hk_analysis_build (fixture->hall.context, kind, &period, "李强", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (analysis);

  return analysis;
}

/* The chart's values, and the table behind it, are @expected (NAN: no point, an empty cell),
 * by category named @names (NULL: not checked). */
static void
assert_series (HkAnalysisPanel    *panel,
               guint               series,
               const char * const *names,
               const double       *expected,
               guint               n)
{
  HkChart *chart = hk_analysis_panel_get_chart (panel);
  HkChartCategoryAxis *axis = hk_chart_get_category_axis (chart);
  HkReportTable *table = hk_analysis_panel_get_table (panel);

  g_test_message ("panel %s, series %u", hk_analysis_panel_get_id (panel), series);
  g_assert_cmpuint (hk_chart_category_axis_get_n_categories (axis), ==, n);
  g_assert_cmpuint (hk_report_table_get_n_rows (table), ==, n);
  g_assert_cmpuint (hk_chart_get_n_series (chart), >, series);
  g_assert_cmpuint (hk_report_table_get_n_columns (table), ==, hk_chart_get_n_series (chart) + 1);
  g_assert_cmpstr (hk_report_table_get_heading (table, series + 1), ==,
                   hk_chart_series_get_name (hk_chart_get_series (chart, series)));

  for (guint i = 0; i < n; i++)
    {
      double value = hk_chart_get_value (chart, series, i);

      if (names != NULL)
        {
          g_autofree char *label = hk_chart_category_axis_get_label (axis, i);

          g_assert_cmpstr (label, ==, names[i]);
          g_assert_cmpstr (hk_report_table_get_text (table, i, 0), ==, names[i]);
        }

      if (isnan (expected[i]))
        {
          g_assert_true (isnan (value));
          g_assert_true (hk_report_table_is_empty (table, i, series + 1));
          continue;
        }

      g_assert_cmpfloat_with_epsilon (value, expected[i], 1e-6);
      if (hk_report_table_get_kind (table, series + 1) == HK_REPORT_COLUMN_RATIO)
        g_assert_cmpfloat_with_epsilon (hk_report_table_get_ratio (table, i, series + 1),
                                        expected[i], 1e-9);
      else
        g_assert_cmpint (hk_report_table_get_value (table, i, series + 1), ==,
                         (gint64) llround (expected[i]));
    }
}

static void
assert_figure (HkAnalysisPanel *panel,
               const char      *id,
               const char      *expected)
{
  const char *text = hk_analysis_panel_find_figure (panel, id);

  if (g_strcmp0 (text, expected) != 0)
    g_test_message ("panel %s, figure %s: “%s”", hk_analysis_panel_get_id (panel), id, text);
  g_assert_cmpstr (text, ==, expected);
}

static HkAnalysisPanel *
panel (HkAnalysis *analysis,
       const char *id)
{
  HkAnalysisPanel *found = hk_analysis_find_panel (analysis, id);

  g_assert_nonnull (found);

  return found;
}

static void
test_economic (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HkAnalysis) analysis = build (fixture, HK_ANALYSIS_ECONOMIC, "2026-10");
  HkReport *report = hk_analysis_get_report (analysis);
  HkAnalysisPanel *p;
  HkChart *chart;
  double by_day[31];
  const char *label = NULL;

  g_assert_cmpint (hk_analysis_get_kind (analysis), ==, HK_ANALYSIS_ECONOMIC);
  g_assert_cmpstr (hk_report_get_id (report), ==, "economic-analysis");
  g_assert_cmpstr (hk_report_get_first_day (report), ==, "2026-10-01");
  g_assert_cmpstr (hk_report_get_last_day (report), ==, "2026-10-31");
  g_assert_cmpstr (hk_report_get_generated_by (report), ==, "李强");
  g_assert_cmpuint (hk_analysis_get_n_panels (analysis), ==, 7);

  /* Revenue by day, ruled before the 11th and the 21st. */
  p = panel (analysis, "revenue-by-day");
  chart = hk_analysis_panel_get_chart (p);
  g_assert_cmpint (hk_chart_get_kind (chart), ==, HK_CHART_BARS);
  for (guint d = 0; d < 31; d++)
    by_day[d] = 0;
  by_day[4] = 105000;
  by_day[14] = 10000;
  by_day[24] = 100000;
  assert_series (p, 0, NULL, by_day, 31);
  g_assert_cmpstr (hk_report_table_get_text (hk_analysis_panel_get_table (p), 4, 0), ==,
                   "2026-10-05");
  g_assert_cmpuint (hk_chart_get_n_markers (chart), ==, 2);
  g_assert_cmpuint (hk_chart_get_marker (chart, 0, &label), ==, 10);
  g_assert_cmpstr (label, ==, "Days 11–20");
  g_assert_cmpuint (hk_chart_get_marker (chart, 1, &label), ==, 20);
  g_assert_cmpstr (label, ==, "Days 21–31");
  assert_figure (p, "dekad-1", "¥1,050.00");
  assert_figure (p, "dekad-2", "¥100.00");
  assert_figure (p, "dekad-3", "¥1,000.00");
  assert_figure (p, "revenue", "¥2,150.00");
  assert_figure (p, "best-day", "2026-10-05 (¥1,050.00)");

  {
    double expected[HK_N_FEE_CATEGORIES] = { 0 };
    const char *names[HK_N_FEE_CATEGORIES];

    for (guint c = 0; c < HK_N_FEE_CATEGORIES; c++)
      names[c] = hk_fee_category_get_title (c);
    expected[HK_FEE_CATEGORY_SERVICE] = 15000;
    expected[HK_FEE_CATEGORY_HANDSET] = 200000;
    p = panel (analysis, "revenue-by-category");
    g_assert_cmpint (hk_chart_get_kind (hk_analysis_panel_get_chart (p)), ==, HK_CHART_DONUT);
    assert_series (p, 0, names, expected, HK_N_FEE_CATEGORIES);
    assert_figure (p, "largest-category", "Handset, 93.0 %");
  }

  {
    double expected[] = { 15000, 0, 100000, 100000, 0 };

    p = panel (analysis, "revenue-by-method");
    assert_series (p, 0, NULL, expected, 5);
    assert_figure (p, "cash-share", "7.0 %");
    assert_figure (p, "non-cash-share", "93.0 %");
  }

  {
    static const char * const names[] = { "zhangli", "liuyang" };
    double expected[] = { 205000, 10000 };

    p = panel (analysis, "revenue-by-clerk");
    g_assert_cmpint (hk_chart_get_kind (hk_analysis_panel_get_chart (p)), ==,
                     HK_CHART_HORIZONTAL_BARS);
    assert_series (p, 0, names, expected, 2);
    assert_figure (p, "clerks", "2");
    assert_figure (p, "top-clerk", "zhangli (¥2,050.00)");
    assert_figure (p, "average-per-clerk", "¥1,075.00");
  }

  {
    double expected[13] = { 2000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5000, 215000 };

    p = panel (analysis, "revenue-by-month");
    g_assert_cmpint (hk_chart_get_kind (hk_analysis_panel_get_chart (p)), ==, HK_CHART_LINES);
    assert_series (p, 0, NULL, expected, 13);
    g_assert_cmpstr (hk_report_table_get_text (hk_analysis_panel_get_table (p), 0, 0), ==,
                     "2025-10");
    g_assert_cmpstr (hk_report_table_get_text (hk_analysis_panel_get_table (p), 12, 0), ==,
                     "2026-10");
    assert_figure (p, "previous-month", "¥50.00");
    assert_figure (p, "month-over-month", "+4200.0 %");
    assert_figure (p, "same-month-last-year", "¥20.00");
    assert_figure (p, "year-over-year", "+10650.0 %");
  }

  {
    static const char * const names[] = { "SIM cards", "Value cards", "Handsets", "Top-ups" };
    double now[] = { 0, 0, 2, 3 };
    double before[] = { 0, 0, 0, 1 };

    p = panel (analysis, "volume");
    assert_series (p, 0, names, now, 4);
    assert_series (p, 1, names, before, 4);
    g_assert_cmpstr (hk_report_table_get_heading (hk_analysis_panel_get_table (p), 1), ==,
                     "Oct 2026");
    g_assert_cmpstr (hk_report_table_get_heading (hk_analysis_panel_get_table (p), 2), ==,
                     "Sep 2026");
    assert_figure (p, "handsets-change", "—");
    assert_figure (p, "top-ups-change", "+200.0 %");
    assert_figure (p, "sim-cards-change", "—");
  }

  {
    double expected[13] = { 2000, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, 5000,
                            53750 };

    p = panel (analysis, "average-receipt");
    assert_series (p, 0, NULL, expected, 13);
    assert_figure (p, "average-receipt", "¥537.50");
    assert_figure (p, "average-receipt-previous", "¥50.00");
    assert_figure (p, "average-receipt-change", "+975.0 %");
    assert_figure (p, "receipts", "4");
  }

  /* Every panel's figures are the report's too. */
  {
    guint n = 0;

    for (guint i = 0; i < hk_analysis_get_n_panels (analysis); i++)
      n += hk_analysis_panel_get_n_figures (hk_analysis_get_panel (analysis, i));
    g_assert_cmpuint (hk_report_get_n_figures (report), ==, n);
    g_assert_cmpuint (hk_report_get_n_tables (report), ==, 7);
  }
}

static void
test_quality (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HkAnalysis) analysis = build (fixture, HK_ANALYSIS_QUALITY, "2026-10");
  HkAnalysisPanel *p;
  HkChart *chart;
  double target = 0;

  g_assert_cmpstr (hk_report_get_id (hk_analysis_get_report (analysis)), ==, "quality-analysis");
  g_assert_cmpuint (hk_analysis_get_n_panels (analysis), ==, 8);

  {
    static const char * const names[] = { "Billing", "Network quality", "Service attitude",
                                           "Handset", "Tariff and plans", "Value-added services",
                                           "Other" };
    double expected[] = { 2, 2, 0, 1, 0, 0, 0 };

    p = panel (analysis, "complaints-by-category");
    assert_series (p, 0, names, expected, 7);
    assert_figure (p, "received", "5");
    assert_figure (p, "top-category", "Billing (2)");
  }

  {
    double expected[] = { 3, 1, 0, 0, 1 };

    p = panel (analysis, "complaints-by-channel");
    g_assert_cmpint (hk_chart_get_kind (hk_analysis_panel_get_chart (p)), ==, HK_CHART_DONUT);
    assert_series (p, 0, NULL, expected, 5);
    assert_figure (p, "counter-share", "60.0 %");
  }

  {
    static const char * const names[] = { "1–4 Oct", "5–11 Oct", "12–18 Oct", "19–25 Oct",
                                           "26–31 Oct" };
    double expected[] = { NAN, 0.5, 1.0, NAN, 0.5 };

    p = panel (analysis, "on-time-by-week");
    chart = hk_analysis_panel_get_chart (p);
    g_assert_cmpint (hk_chart_get_kind (chart), ==, HK_CHART_LINES);
    assert_series (p, 0, names, expected, 5);
    g_assert_true (hk_chart_get_target (chart, &target));
    g_assert_cmpfloat_with_epsilon (target, 0.95, 1e-9);
    assert_figure (p, "on-time-rate", "60.0 %");
    assert_figure (p, "on-time", "3 of 5");
    assert_figure (p, "target", "95 %");
    assert_figure (p, "weeks-below-target", "2");
  }

  {
    static const char * const names[] = { "Overdue now", "Resolved late", "Entered late",
                                           "Callbacks promised", "Callbacks done" };
    double expected[] = { 1, 1, 1, 2, 1 };

    p = panel (analysis, "complaint-follow-up");
    assert_series (p, 0, names, expected, 5);
    assert_figure (p, "overdue", "1");
    assert_figure (p, "entered-late", "1");
    assert_figure (p, "callbacks-done", "1");
    assert_figure (p, "callbacks-done-share", "50.0 %");
  }

  {
    double expected[] = { 1, 1, 1 };

    p = panel (analysis, "opinion-book");
    assert_series (p, 0, NULL, expected, 3);
    assert_figure (p, "entries", "3");
    assert_figure (p, "on-time-share", "33.3 %");
    /* No hall operations were kept: every cleaning window of October is missed. */
    assert_figure (p, "safety-items-failed", "0");
    assert_figure (p, "incidents", "0 (0 serious)");
    assert_figure (p, "missed-cleaning-rounds", "651");
  }

  {
    double hall[] = { 1, 0, 0, 0, 0 };
    double city[] = { 0, 0, 1, 0, 0 };

    p = panel (analysis, "repair-turnaround");
    g_assert_cmpint (hk_chart_get_kind (hk_analysis_panel_get_chart (p)), ==,
                     HK_CHART_STACKED_BARS);
    assert_series (p, 0, NULL, hall, 5);
    assert_series (p, 1, NULL, city, 5);
    assert_figure (p, "tickets", "3");
    assert_figure (p, "median-days", "3.0 days");
    assert_figure (p, "sent-out-share", "33.3 %");
    assert_figure (p, "overdue", "1");
  }

  {
    static const char * const names[] = { "zhangli", "liuyang" };
    double expected[] = { 0, -1000 };

    p = panel (analysis, "cash-desk");
    assert_series (p, 0, names, expected, 2);
    assert_figure (p, "voids-per-thousand", "200.0 ‰");
    assert_figure (p, "voids", "1");
    assert_figure (p, "days-with-difference", "1");
    assert_figure (p, "shortage", "-¥10.00");
    assert_figure (p, "surplus", "¥0.00");
    assert_figure (p, "gaps", "0");
    assert_figure (p, "signed-on-time", "1 of 3");
    assert_figure (p, "signed-on-time-share", "33.3 %");
  }

  {
    double expected[HK_N_RECHECK_FIELDS] = { 0 };

    expected[HK_RECHECK_PHONE] = 2;
    expected[HK_RECHECK_DOCUMENTS] = 1;
    p = panel (analysis, "archive");
    assert_series (p, 0, NULL, expected, HK_N_RECHECK_FIELDS);
    assert_figure (p, "access-requests", "2");
    assert_figure (p, "approved", "1");
    assert_figure (p, "rejected", "1");
    assert_figure (p, "approval-time", "1.5 h");
    assert_figure (p, "rechecks", "4");
    assert_figure (p, "errors", "3");
    assert_figure (p, "error-rate", "75.0 %");
  }
}

/* The hall operations' figures: the items failed in the month's safety checks, its incidents,
 * and the cleaning windows with no round (31 days of 1 + 2 + 18 windows, less those ticked). */
static void
test_quality_hall (Fixture       *fixture,
                   gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  HkDutyStore *store = hk_context_get_duty_store (hall->context);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(HkSafetyCheck) check = NULL;
  g_autoptr(HkIncident) incident = NULL;
  g_autoptr(HkCleaningRound) round = NULL;
  g_autoptr(HkAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree HkSafetyCheckAnswer *answers = NULL;
  HkIncidentInput input = {
    .kind = HK_INCIDENT_ILLNESS, .place = "等候区", .action_taken = "拨打120", .serious = TRUE,
  };
  HkAnalysisPanel *p;

  clock_at (hall, "2026-10-20", 9, 0);
  items = hk_duty_store_list_checklist (store, TRUE, &error);
  g_assert_no_error (error);
  answers = g_new0 (HkSafetyCheckAnswer, items->len);
  for (guint i = 0; i < items->len; i++)
    {
      answers[i].item_id = hk_safety_check_item_get_id (g_ptr_array_index (items, i));
      answers[i].passed = i > 1;
      answers[i].note = "坏了";
    }
  check = hk_duty_store_record_safety_check (store, hall->manager, "2026-10-20",
                                             HK_DUTY_SHIFT_EARLY, answers, items->len, &error);
  g_assert_no_error (error);

  input.occurred_at = at ("2026-10-20", 8, 30);
  incident = hk_duty_store_record_incident (store, hall->manager, &input, &error);
  g_assert_no_error (error);

  tasks = hk_duty_store_list_cleaning_tasks (store, TRUE, &error);
  g_assert_no_error (error);
  round = hk_duty_store_record_cleaning_round (store, hall->manager,
                                               hk_cleaning_task_get_id (g_ptr_array_index (tasks,
                                                                                           0)),
                                               at ("2026-10-20", 8, 20), "李阿姨", &error);
  g_assert_no_error (error);

  clock_at (hall, "2026-11-05", 12, 0);
  analysis = build (fixture, HK_ANALYSIS_QUALITY, "2026-10");
  p = panel (analysis, "opinion-book");
  assert_figure (p, "safety-items-failed", "2");
  assert_figure (p, "incidents", "1 (1 serious)");
  assert_figure (p, "missed-cleaning-rounds", "650");
}

/* The target follows the hall's setting. */
static void
test_target (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HkAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  HkAnalysisPanel *p;
  double target = 0;

  g_assert_true (hk_analysis_store_set_on_time_target (
                   hk_context_get_analysis_store (fixture->hall.context),
                   fixture->hall.supervisor, 50, &error));
  g_assert_no_error (error);

  analysis = build (fixture, HK_ANALYSIS_QUALITY, "2026-10");
  p = panel (analysis, "on-time-by-week");
  g_assert_true (hk_chart_get_target (hk_analysis_panel_get_chart (p), &target));
  g_assert_cmpfloat_with_epsilon (target, 0.5, 1e-9);
  assert_figure (p, "target", "50 %");
  assert_figure (p, "weeks-below-target", "0");
}

/* A month without anything: every panel is there, every chart says "No data". */
static void
test_empty_month (Fixture       *fixture,
                  gconstpointer  data)
{
  for (HkAnalysisKind kind = 0; kind < HK_ANALYSIS_N_KINDS; kind++)
    {
      g_autoptr(HkAnalysis) analysis = build (fixture, kind, "2029-03");
      HkChartStyle style;

      hk_chart_style_init_light (&style);
      g_assert_cmpuint (hk_analysis_get_n_panels (analysis), ==,
                        kind == HK_ANALYSIS_ECONOMIC ? 7 : 8);

      for (guint i = 0; i < hk_analysis_get_n_panels (analysis); i++)
        {
          HkAnalysisPanel *p = hk_analysis_get_panel (analysis, i);
          HkChart *chart = hk_analysis_panel_get_chart (p);
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 240);
          cairo_t *cr = cairo_create (surface);
          g_autoptr(HkChartLayout) layout = NULL;
          cairo_rectangle_t plot;

          g_test_message ("%s", hk_analysis_panel_get_id (p));
          g_assert_true (hk_chart_is_empty (chart));
          layout = hk_chart_layout_new (chart, cr, 400, 240, &style);
          hk_chart_layout_draw (layout, cr, &style);
          g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
          hk_chart_layout_get_area (layout, HK_CHART_AREA_PLOT, &plot);
          g_assert_false (hk_chart_layout_hit_test (layout, plot.x + plot.width / 2,
                                                    plot.y + plot.height / 2, NULL, NULL));
          g_assert_false (hk_chart_layout_get_marker_pos (layout, 0, NULL));
          cairo_destroy (cr);
          cairo_surface_destroy (surface);

          /* Its figures are still there, as zeros or dashes. */
          g_assert_cmpuint (hk_analysis_panel_get_n_figures (p), >, 0);
        }
    }
}

static void
test_not_a_month (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HkPeriod period;

  g_assert_true (hk_period_parse (&period, HK_PERIOD_DEKAD, "2026-10-2", &error));
  g_assert_null (hk_analysis_build (fixture->hall.context, HK_ANALYSIS_ECONOMIC, &period, NULL,
                                    NULL, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "month");
}

/* ---- the exports ---- */

static HkAnalysisDocument *
build_document (Fixture    *fixture,
                const char *month)
{
  g_autoptr(GError) error = NULL;
  HkAnalysisDocument *document;
  HkPeriod period;

  g_assert_true (hk_period_parse (&period, HK_PERIOD_MONTH, month, &error));
  document = hk_analysis_document_build (fixture->hall.context, &period, "李强", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

/* The text of one page of a PDF, by pdftotext; NULL (the test skipped) without poppler. */
static char *
pdf_page_text (const char *path,
               guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "/usr/bin/pdftotext", "-layout", "-f", number, "-l", number, path, "-", NULL };
  int status = 0;
  char *text = export_test_run (argv, &status);

  if (text == NULL)
    g_test_skip ("poppler-utils is not installed (build-aux/install-deps --test)");

  return text;
}

static guint
pdf_n_pages (const char *path)
{
  const char *argv[] = { "/usr/bin/pdfinfo", path, NULL };
  int status = 0;
  g_autofree char *info = export_test_run (argv, &status);
  g_autofree char *line = NULL;

  g_assert_nonnull (info);
  line = export_test_grep (info, "Pages:");
  g_assert_nonnull (line);

  return (guint) g_ascii_strtoull (line + strlen ("Pages:") + strspn (line + 6, " "), NULL, 10);
}

static void
assert_has (const char *text,
            const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, text);
}

/* A cover with the commentary, three pages of each analysis; every panel's title and figures
 * are text, "No data" where a chart has none. */
static void
test_export_pdf (Fixture       *fixture,
                 gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autofree char *dir = g_dir_make_tmp ("hk-analysis-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "analysis.pdf", NULL);
  g_autofree char *empty_path = g_build_filename (dir, "empty.pdf", NULL);
  g_autoptr(HkAnalysisDocument) document = NULL;
  g_autoptr(HkAnalysisDocument) empty = NULL;
  g_autoptr(HkAnalysisComment) comment = NULL;
  g_autoptr(GError) error = NULL;
  ExportTestProgress progress;
  g_autofree char *cover = NULL;
  g_autofree char *last = NULL;

  comment = hk_analysis_store_save_comment (hk_context_get_analysis_store (hall->context),
                                            hall->supervisor, "2026-10",
                                            "十月营收 2,150 元，环比大增。\n投诉及时率 60%，未达 95% 目标。",
                                            &error);
  g_assert_no_error (error);

  document = build_document (fixture, "2026-10");
  g_assert_cmpstr (document->commentary, ==,
                   "十月营收 2,150 元，环比大增。\n投诉及时率 60%，未达 95% 目标。");
  g_assert_cmpstr (document->commentary_by, ==, "liqiang");
  g_assert_cmpstr (hk_report_get_id (document->monthly), ==, "monthly");

  export_test_progress_init (&progress, 2.0);
  g_assert_true (hk_analysis_export (document, path, export_test_progress_cb, &progress, NULL,
                                     &error));
  g_assert_no_error (error);
  export_test_assert_progress_sane (&progress, TRUE);
  export_test_progress_clear (&progress);

  if (!(cover = pdf_page_text (path, 1)))
    {
      export_test_remove_dir (dir);
      return;
    }

  g_assert_cmpuint (pdf_n_pages (path), ==, 7);
  assert_has (cover, "Monthly economic and quality analysis");
  assert_has (cover, "Oct 2026");
  assert_has (cover, "Generated by 李强");
  assert_has (cover, "Supervisor’s commentary");
  assert_has (cover, "Written by liqiang, 2026-11-05 12:00");
  assert_has (cover, "十月营收 2,150 元，环比大增。");
  assert_has (cover, "投诉及时率 60%，未达 95% 目标。");
  assert_has (cover, "PROVISIONAL");
  assert_has (cover, "Page 1 of 7");

  /* Pages 2–4: the economic analysis; 5–7: the quality analysis. */
  for (guint page = 2; page <= 7; page++)
    {
      g_autofree char *text = pdf_page_text (path, page);
      g_autofree char *footer = g_strdup_printf ("Page %u of 7", page);
      HkAnalysis *analysis = page <= 4 ? document->economic : document->quality;
      guint first = (page <= 4 ? page - 2 : page - 5) * 3;

      g_test_message ("page %u", page);
      assert_has (text, footer);
      assert_has (text, page <= 4 ? "Economic analysis" : "Quality analysis");
      for (guint i = first; i < MIN (first + 3, hk_analysis_get_n_panels (analysis)); i++)
        {
          HkAnalysisPanel *p = hk_analysis_get_panel (analysis, i);

          assert_has (text, hk_chart_get_title (hk_analysis_panel_get_chart (p)));
          assert_has (text, hk_analysis_panel_get_figure_text (p, 0));
        }
      g_assert_null (strstr (text, "No data"));
    }

  last = pdf_page_text (path, 2);
  assert_has (last, "¥1,050.00");
  assert_has (last, "Days 11–20");

  /* An empty month: the same pages, every chart saying so. */
  empty = build_document (fixture, "2029-03");
  g_assert_true (hk_analysis_export_pdf (empty, empty_path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_n_pages (empty_path), ==, 7);
  {
    g_autofree char *empty_cover = pdf_page_text (empty_path, 1);
    g_autofree char *page = pdf_page_text (empty_path, 2);

    assert_has (empty_cover, "No commentary has been written for this month.");
    assert_has (page, "No data");
  }

  /* Another extension is refused before anything is written. */
  {
    g_autofree char *odd = g_build_filename (dir, "analysis.docx", NULL);

    g_assert_false (hk_analysis_export (document, odd, NULL, NULL, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
    g_assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));
  }

  export_test_remove_dir (dir);
}

/* The monthly workbook with the analysis: the report's sheets, the analysis sheets with a
 * picture and a native chart per panel (read back by openpyxl), and the data sheets. */
static void
test_export_xlsx (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("hk-analysis-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "月报.xlsx", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "reports",
                                                   "read-xlsx-drawings.py", NULL);
  g_autofree char *cells_script = g_test_build_filename (G_TEST_DIST, "reports",
                                                         "read-xlsx.py", NULL);
  g_autoptr(HkAnalysisDocument) document = build_document (fixture, "2026-10");
  g_autoptr(GError) error = NULL;
  g_autofree char *drawings = NULL;
  g_autofree char *cells = NULL;
  g_autofree char *sheets = NULL;
  int status = 0;

  g_assert_true (hk_analysis_export (document, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no " PYTHON " to read the workbook");
      export_test_remove_dir (dir);
      return;
    }

  {
    const char *argv[] = { PYTHON, script, path, NULL };

    drawings = export_test_run (argv, &status);
  }
  if (status == 77)
    {
      g_test_skip ("python3-openpyxl or python3-pil is not installed "
                   "(build-aux/install-deps --test)");
      export_test_remove_dir (dir);
      return;
    }
  g_assert_cmpint (status, ==, 0);
  g_test_message ("%s", drawings);

  /* A picture and a native chart for each panel. */
  export_test_assert_line (drawings, "images\tEconomic analysis\t7\t"
                           "640x320,640x320,640x320,640x320,640x320,640x320,640x320");
  export_test_assert_line (drawings, "charts\tEconomic analysis\t7");
  export_test_assert_line (drawings, "images\tQuality analysis\t8\t"
                           "640x320,640x320,640x320,640x320,640x320,640x320,640x320,640x320");
  export_test_assert_line (drawings, "charts\tQuality analysis\t8");
  /* The monthly report's own charts stay on its Summary sheet. */
  export_test_assert_line (drawings, "charts\tSummary\t2");
  /* Native charts read their data sheets. */
  export_test_assert_line (drawings, "chart\tEconomic analysis\t0\tBarChart\t1\t"
                           "'Revenue by day'!$B$2:$B$32");
  export_test_assert_line (drawings, "chart\tEconomic analysis\t1\tDoughnutChart\t1\t"
                           "'Revenue by category'!$B$2:$B$8");
  export_test_assert_line (drawings, "chart\tEconomic analysis\t4\tLineChart\t1\t"
                           "'Revenue, last 13 months'!$B$2:$B$14");
  export_test_assert_line (drawings, "chart\tQuality analysis\t5\tBarChart\t2\t"
                           "'Repair turnaround'!$B$2:$B$6");

  /* The sheets, and the numbers behind the charts in them. */
  {
    const char *argv[] = { PYTHON, cells_script, path, NULL };

    cells = export_test_run (argv, &status);
  }
  g_assert_cmpint (status, ==, 0);
  sheets = export_test_grep (cells, "sheets\t");
  g_assert_true (g_str_has_prefix (sheets, "sheets\tSummary\tCommentary\tEconomic analysis\t"
                                           "Quality analysis\tBy ten-day period\tBy day\t"));
  assert_has (sheets, "\tRevenue by day\t");
  assert_has (sheets, "\tOn-time rate by week\t");
  export_test_assert_line (cells, "cell\tRevenue by day!B6\tn\t1050\t¥#,##0.00\tplain");
  export_test_assert_line (cells, "cell\tOn-time rate by week!B3\tn\t0.5\t0.0%\tplain");
  export_test_assert_line (cells, "cell\tEconomic analysis!A1\ts\tEconomic analysis\t"
                           "General\tbold");
  export_test_assert_line (cells, "cell\tEconomic analysis!A5\ts\t1–10 Oct 2026\t"
                           "General\tplain");
  export_test_assert_line (cells, "cell\tEconomic analysis!B5\ts\t¥1,050.00\t"
                           "General\tbold");

  export_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  build_template ();

#define ADD(path, func) \
  g_test_add ("/analysis/" path, Fixture, NULL, setup, func, teardown)

  ADD ("economic", test_economic);
  ADD ("quality", test_quality);
  ADD ("quality-hall", test_quality_hall);
  ADD ("target", test_target);
  ADD ("empty-month", test_empty_month);
  ADD ("not-a-month", test_not_a_month);
  ADD ("export/pdf", test_export_pdf);
  ADD ("export/xlsx", test_export_xlsx);

  status = g_test_run ();
  hk_test_hall_teardown (&hall_template);

  return status;
}
