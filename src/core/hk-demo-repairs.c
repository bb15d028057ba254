/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hk-demo-repairs.c: the demonstration hall's repair desk: months of tickets in every state,
 * weekly dispatch batches to the city company, parts used and counted, fees charged.
 *
 * Built after the counter's months (hk-demo-cash-desk.c), over the same days, through the
 * stores, with the clock moved through each day. The technician 吴磊 (wulei) also holds the
 * clerk's role: he charges most fees on a receipt of his own shift, which he closes, the duty
 * manager validates and the auditor signs like any clerk's day (but the last two). A fee of
 * exactly the diagnosis is often paid at a clerk's counter instead: the ticket then names
 * that clerk's receipt. A seeded random generator makes every demo the same; whatever is
 * still in the hall at the end is left in its state, so every state is there.
 */

#include "config.h"

#include <string.h>

#include "hk-database-private.h"
#include "hk-demo-private.h"
#include "hk-error.h"
#include "hk-imei.h"
#include "hk-transaction.h"

#define SEED 20261021
#define INVOICE_CODE "144031900111"
#define BOOK_FIRST 500001
#define BOOK_SIZE 2000
#define DIAGNOSIS_FEE 3000
#define BATCH_WEEKDAY 3

typedef enum
{
  ROUTE_HALL,
  ROUTE_CITY,
  ROUTE_DECLINED,
} Route;

typedef enum
{
  STAGE_DIAGNOSE,
  STAGE_DECIDE,
  STAGE_FINISH,
  STAGE_AWAIT_DISPATCH,
  STAGE_AT_CITY,
  STAGE_AFTER_CITY,
  STAGE_AWAIT_PICKUP,
  STAGE_DONE,
} Stage;

typedef struct
{
  gint64   id;
  Route    route;
  Stage    stage;
  guint    due;          /* the day index of the next step */
  guint    pickup_day;
  gboolean warranty;
  gboolean city_repairs;
  guint    part;         /* an index into parts[], or G_MAXUINT */
  guint    labour;       /* an index into labour[] */
} Job;

static const struct
{
  const char *brand;
  const char *model;
  const char *tac;       /* the first 8 digits of its IMEIs */
} devices[] = {
  { "华为", "Mate 60 Pro", "86701206" },
  { "华为", "P40", "86750904" },
  { "华为", "nova 12", "86903107" },
  { "小米", "14", "86299307" },
  { "小米", "Redmi Note 13", "86818106" },
  { "OPPO", "Reno 11", "86430106" },
  { "OPPO", "A3", "86112705" },
  { "vivo", "X100", "86042807" },
  { "vivo", "Y36", "86217406" },
  { "苹果", "iPhone 13", "35330711" },
  { "苹果", "iPhone 14", "35467512" },
  { "荣耀", "Magic 6", "86600807" },
};

static const char *faults[] = {
  "屏幕碎裂，触摸失灵", "不开机", "充电口接触不良，充不进电", "电池鼓包，续航差",
  "进水后无法开机", "听筒无声，通话听不见", "后置摄像头拍照模糊", "信号差，经常无服务",
  "电源键失灵", "反复自动重启", "屏幕有绿线", "WiFi 打不开",
};

static const char *surnames[] = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴",
                                  "徐", "孙", "马", "朱", "胡", "郭" };
static const char *given_names[] = { "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军",
                                     "杰", "娟", "涛", "明", "超", "秀英", "建华", "志强",
                                     "海燕", "晓东" };

/* Repair fee items the demo adds to the counter's RPR-JC (diagnosis) and RPR-HP (screen). */
static const struct
{
  const char *code;
  const char *name;
  gint64      price;
} fee_items[] = {
  { "RPR-ZB", "主板维修费", 20000 },
  { "RPR-DC", "换电池服务费", 5000 },
  { "RPR-SJ", "市公司维修费", 25000 },
  { "RPR-PJ-SCR", "屏幕总成", 68000 },
  { "RPR-PJ-BAT", "电池", 12000 },
  { "RPR-PJ-USB", "Type-C 尾插", 4000 },
  { "RPR-PJ-CAM", "后置摄像头模组", 26000 },
};

/* The labour fee items by code, and the parts with their fee items. */
static const char *labour[] = { "RPR-HP", "RPR-ZB", "RPR-DC" };

static const struct
{
  const char *code;
  const char *name;
  const char *fee_item;
  gint64      initial;
} parts[] = {
  { "SCR-GEN", "通用屏幕总成", "RPR-PJ-SCR", 12 },
  { "BAT-GEN", "通用电池", "RPR-PJ-BAT", 15 },
  { "USB-C", "Type-C 尾插", "RPR-PJ-USB", 20 },
  { "CAM-GEN", "后置摄像头模组", "RPR-PJ-CAM", 6 },
};

typedef struct
{
  HkContext          *context;
  HkDatabase         *database;
  HkRepairStore      *repairs;
  HkRepairPartStore  *part_store;
  GRand              *rand;
  HkOperator         *admin;
  HkOperator         *tech;
  HkOperator         *auditor;
  HkOperator         *duty_manager;
  gint64              diagnosis_item;
  gint64              city_item;
  gint64              labour_items[G_N_ELEMENTS (labour)];
  gint64              part_ids[G_N_ELEMENTS (parts)];
  GArray             *jobs;          /* Job */
  GPtrArray          *imeis;         /* devices seen, for repeat repairs */
  gint64              clock;
  gint64              day_start;
  HkShift            *shift;         /* the technician's shift of the day, once opened */
  gint64              cash;
  gint64              declared[HK_N_PAYMENT_METHODS];
} Demo;

static void
demo_clear (Demo *demo)
{
  g_clear_pointer (&demo->rand, g_rand_free);
  g_clear_object (&demo->admin);
  g_clear_object (&demo->tech);
  g_clear_object (&demo->auditor);
  g_clear_object (&demo->duty_manager);
  g_clear_pointer (&demo->jobs, g_array_unref);
  g_clear_pointer (&demo->imeis, g_ptr_array_unref);
  g_clear_object (&demo->shift);
}

/* Moves the clock on by a few minutes, but never past 18:00. */
static void
tick (Demo *demo,
      int   min_minutes,
      int   max_minutes)
{
  demo->clock += 60 * g_rand_int_range (demo->rand, min_minutes, max_minutes + 1);
  demo->clock = MIN (demo->clock, demo->day_start + 18 * 3600);
  hk_database_set_now (demo->database, demo->clock);
}

static gboolean
chance (Demo *demo,
        int   percent)
{
  return g_rand_int_range (demo->rand, 0, 100) < percent;
}

static HkRepairTicket *
lookup (Demo    *demo,
        Job     *job,
        GError **error)
{
  return hk_repair_store_lookup (demo->repairs, job->id, error);
}

/* ---- setting up ---- */

static gboolean
set_up (Demo        *demo,
        const char  *first_day,
        GError     **error)
{
  HkFeeItemStore *fee_store = hk_context_get_fee_item_store (demo->context);
  HkInvoiceBookStore *books = hk_context_get_invoice_book_store (demo->context);
  g_autoptr(HkFeeItem) diagnosis = NULL;
  g_autoptr(HkInvoiceBook) book = NULL;

  if (!(diagnosis = hk_fee_item_store_lookup (fee_store, "RPR-JC", error)))
    return FALSE;
  demo->diagnosis_item = hk_fee_item_get_id (diagnosis);

  for (guint i = 0; i < G_N_ELEMENTS (fee_items); i++)
    {
      g_autoptr(HkFeeItem) item = NULL;

      if (!(item = hk_fee_item_store_add (fee_store, demo->admin, fee_items[i].code,
                                          fee_items[i].name, HK_FEE_CATEGORY_REPAIR,
                                          fee_items[i].price, first_day, error)))
        return FALSE;
      if (g_str_equal (fee_items[i].code, "RPR-SJ"))
        demo->city_item = hk_fee_item_get_id (item);
    }

  for (guint i = 0; i < G_N_ELEMENTS (labour); i++)
    {
      g_autoptr(HkFeeItem) item = hk_fee_item_store_lookup (fee_store, labour[i], error);

      if (item == NULL)
        return FALSE;
      demo->labour_items[i] = hk_fee_item_get_id (item);
    }

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(HkFeeItem) item = NULL;
      g_autoptr(HkRepairPart) part = NULL;
      g_autoptr(HkRepairPart) received = NULL;

      if (!(item = hk_fee_item_store_lookup (fee_store, parts[i].fee_item, error)) ||
          !(part = hk_repair_part_store_add (demo->part_store, demo->tech, parts[i].code,
                                             parts[i].name, hk_fee_item_get_id (item), error)) ||
          !(received = hk_repair_part_store_receive (demo->part_store, demo->tech, part,
                                                     parts[i].initial, "市公司备件配送单",
                                                     error)))
        return FALSE;
      demo->part_ids[i] = hk_repair_part_get_id (part);
    }

  /* The technician's own invoice numbers, for the fees he charges on his shift. */
  return (book = hk_invoice_book_store_register (books, demo->auditor, INVOICE_CODE, BOOK_FIRST,
                                                 BOOK_FIRST + BOOK_SIZE - 1, error)) != NULL &&
         hk_invoice_book_store_issue_book (books, demo->auditor, book, demo->tech, error);
}

/* ---- a ticket's life ---- */

static char *
make_imei (Demo *demo,
           guint device)
{
  g_autofree char *first = NULL;
  int check;

  /* Now and then a device comes back: its earlier repairs are in its history. */
  if (demo->imeis->len > 20 && chance (demo, 6))
    return g_strdup (g_ptr_array_index (demo->imeis,
                                        g_rand_int_range (demo->rand, 0,
                                                          (gint32)demo->imeis->len)));

  first = g_strdup_printf ("%s%06d", devices[device].tac, g_rand_int_range (demo->rand, 0, 999999));
  check = hk_imei_check_digit (first, -1);

  return g_strdup_printf ("%s%d", first, check);
}

static gboolean
intake (Demo     *demo,
        guint     day_index,
        GError  **error)
{
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *imei = NULL;
  g_autofree char *promised = NULL;
  HkRepairIntake input = { 0 };
  guint device = (guint)g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (devices));
  guint fault = (guint)g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (faults));
  Job job = { 0 };
  int r = g_rand_int_range (demo->rand, 0, 100);

  job.route = r < 62 ? ROUTE_HALL : r < 88 ? ROUTE_CITY : ROUTE_DECLINED;
  job.warranty = chance (demo, 25);
  job.city_repairs = chance (demo, 80);
  job.part = chance (demo, 70) ? (guint)g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (parts))
                               : G_MAXUINT;
  job.labour = (guint)g_rand_int_range (demo->rand, 0, G_N_ELEMENTS (labour));

  name = g_strdup_printf ("%s%s", surnames[g_rand_int_range (demo->rand, 0,
                                                             G_N_ELEMENTS (surnames))],
                          given_names[g_rand_int_range (demo->rand, 0,
                                                        G_N_ELEMENTS (given_names))]);
  phone = g_strdup_printf ("1%d%d%08d", g_rand_int_range (demo->rand, 3, 10),
                           g_rand_int_range (demo->rand, 0, 10),
                           g_rand_int_range (demo->rand, 0, 99999999));
  imei = make_imei (demo, device);
  promised = hk_hall_store_format_day (hk_context_get_hall_store (demo->context),
                                       demo->day_start + 12 * 3600 +
                                       (job.route == ROUTE_CITY ? 10 : 4) * 24 * 3600);

  input.customer_name = name;
  input.customer_phone = phone;
  input.brand = devices[device].brand;
  input.model = devices[device].model;
  input.imei = imei;
  input.fault = faults[fault];
  if (chance (demo, 60))
    input.accessories |= HK_REPAIR_ACCESSORY_SIM_CARD;
  if (chance (demo, 40))
    input.accessories |= HK_REPAIR_ACCESSORY_CASE;
  if (chance (demo, 20))
    input.accessories |= HK_REPAIR_ACCESSORY_CHARGER | HK_REPAIR_ACCESSORY_CABLE;
  if (chance (demo, 10))
    input.accessories |= HK_REPAIR_ACCESSORY_MEMORY_CARD;
  if (chance (demo, 5))
    input.accessories |= HK_REPAIR_ACCESSORY_BOX;
  if (chance (demo, 50))
    input.conditions |= HK_REPAIR_CONDITION_SCRATCHES;
  if (fault == 0)
    input.conditions |= HK_REPAIR_CONDITION_CRACKED_SCREEN;
  if (fault == 4)
    input.conditions |= HK_REPAIR_CONDITION_WATER_DAMAGE | HK_REPAIR_CONDITION_NO_POWER;
  if (fault == 1)
    input.conditions |= HK_REPAIR_CONDITION_NO_POWER;
  if (chance (demo, 20))
    input.condition_note = "边框有磕碰";
  input.warranty = job.warranty ? HK_REPAIR_WARRANTY_IN
                   : chance (demo, 80) ? HK_REPAIR_WARRANTY_OUT : HK_REPAIR_WARRANTY_UNKNOWN;
  input.warranty_proof = job.warranty ? (chance (demo, 50) ? "购机发票" : "电子保修卡") : NULL;
  input.estimated_fee = job.warranty ? 0 : 100 * g_rand_int_range (demo->rand, 80, 900);
  input.deposit = !job.warranty && chance (demo, 50) ? 100 * g_rand_int_range (demo->rand, 5, 21)
                                                     : 0;
  input.promised_day = promised;

  if (!(ticket = hk_repair_store_intake (demo->repairs, demo->tech, &input, error)))
    return FALSE;

  g_ptr_array_add (demo->imeis, g_strdup (hk_repair_ticket_get_imei (ticket)));

  job.id = hk_repair_ticket_get_id (ticket);
  job.stage = STAGE_DIAGNOSE;
  job.due = day_index;
  g_array_append_val (demo->jobs, job);

  return TRUE;
}

static gboolean
set_status (Demo            *demo,
            Job             *job,
            HkRepairStatus   status,
            const char      *note,
            GError         **error)
{
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairTicket) moved = NULL;

  tick (demo, 2, 8);
  return (ticket = lookup (demo, job, error)) != NULL &&
         (moved = hk_repair_store_set_status (demo->repairs, demo->tech, ticket, status, note,
                                              error)) != NULL;
}

static gboolean
add_fee (Demo             *demo,
         Job              *job,
         HkRepairFeeKind   kind,
         gint64            item,
         GError          **error)
{
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairTicket) changed = NULL;

  return (ticket = lookup (demo, job, error)) != NULL &&
         (changed = hk_repair_store_add_fee (demo->repairs, demo->tech, ticket, kind, item, 1,
                                             error)) != NULL;
}

/* Takes the job's part if the stock has one; a part short is restocked first. */
static gboolean
use_part (Demo    *demo,
          Job     *job,
          GError **error)
{
  g_autoptr(HkRepairPart) part = NULL;
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairTicket) changed = NULL;

  if (!(part = hk_repair_part_store_lookup_by_id (demo->part_store, demo->part_ids[job->part],
                                                  error)))
    return FALSE;

  if (hk_repair_part_get_on_hand (part) < 2)
    {
      g_autoptr(HkRepairPart) restocked = NULL;

      if (!(restocked = hk_repair_part_store_receive (demo->part_store, demo->tech, part, 10,
                                                      "市公司补货", error)))
        return FALSE;
    }

  return (ticket = lookup (demo, job, error)) != NULL &&
         (changed = hk_repair_store_use_part (demo->repairs, demo->tech, ticket,
                                              demo->part_ids[job->part], 1, error)) != NULL;
}

/* The receipt a clerk issued today for exactly the diagnosis fee, not yet any ticket's. */
static char *
find_clerk_receipt (Demo       *demo,
                    const char *day,
                    gint64      total)
{
  g_autoptr(HkStatement) stmt = NULL;

  stmt = hk_database_prepare (demo->database,
                              "SELECT r.invoice_code, r.number FROM receipts r"
                              " WHERE r.business_day = ?1 AND r.status = 'issued'"
                              " AND r.total = ?2 AND r.corrects_id IS NULL AND r.clerk_id != ?3"
                              " AND r.issued_at <= ?4"
                              " AND EXISTS (SELECT 1 FROM receipt_lines l"
                              "   JOIN fee_items f ON f.id = l.fee_item_id"
                              "   WHERE l.receipt_id = r.id AND f.category = 'repair')"
                              " AND NOT EXISTS (SELECT 1 FROM receipts c"
                              "   WHERE c.corrects_id = r.id AND c.status = 'issued')"
                              " AND NOT EXISTS (SELECT 1 FROM repair_tickets t"
                              "   WHERE t.receipt_id = r.id)"
                              " ORDER BY r.issued_at DESC LIMIT 1", NULL);
  if (stmt == NULL)
    return NULL;

  hk_statement_bind_text (stmt, 1, day);
  hk_statement_bind_int64 (stmt, 2, total);
  hk_statement_bind_int64 (stmt, 3, hk_operator_get_id (demo->tech));
  hk_statement_bind_int64 (stmt, 4, demo->clock);
  if (!hk_statement_step (stmt, NULL))
    return NULL;

  return g_strdup_printf ("%s-%08lld", hk_statement_get_text (stmt, 0),
                          (long long)hk_statement_get_int64 (stmt, 1));
}

static gboolean
ensure_shift (Demo    *demo,
              GError **error)
{
  if (demo->shift != NULL)
    return TRUE;

  demo->cash = 0;
  memset (demo->declared, 0, sizeof demo->declared);
  return (demo->shift = hk_shift_store_open (hk_context_get_shift_store (demo->context),
                                             demo->tech, 0, error)) != NULL;
}

static gboolean
pick_up (Demo        *demo,
         Job         *job,
         const char  *day,
         GError     **error)
{
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(HkRepairTicket) closed = NULL;
  g_autofree char *clerk_receipt = NULL;
  HkRepairHandover handover = { 0 };
  int who = g_rand_int_range (demo->rand, 0, 100);

  tick (demo, 3, 12);
  if (!(ticket = lookup (demo, job, error)))
    return FALSE;

  handover.collected_by = who < 85 ? hk_repair_ticket_get_customer_name (ticket) : "家属代取";
  handover.id_checked = TRUE;
  handover.accessories_returned = hk_repair_ticket_get_accessories (ticket);
  if (who >= 85)
    handover.note = "家属代取，核对了取机单和本人身份证";
  if ((handover.accessories_returned & HK_REPAIR_ACCESSORY_CASE) && chance (demo, 15))
    {
      handover.accessories_returned &= ~HK_REPAIR_ACCESSORY_CASE;
      handover.note = "手机壳客户不要了，当场丢弃";
    }
  handover.balance_method = chance (demo, 50) ? HK_PAYMENT_CASH
                            : chance (demo, 60) ? HK_PAYMENT_WECHAT : HK_PAYMENT_ALIPAY;

  if (hk_repair_ticket_get_fee_total (ticket) == DIAGNOSIS_FEE &&
      hk_repair_ticket_get_deposit (ticket) == 0 &&
      (clerk_receipt = find_clerk_receipt (demo, day, DIAGNOSIS_FEE)) != NULL)
    {
      handover.charge_mode = HK_REPAIR_CHARGE_CLERK_RECEIPT;
      handover.clerk_receipt_no = clerk_receipt;
    }
  else if (hk_repair_ticket_get_fee_total (ticket) > 0)
    {
      handover.charge_mode = HK_REPAIR_CHARGE_SHIFT;
      if (!ensure_shift (demo, error))
        return FALSE;
    }

  if (!(closed = hk_repair_store_hand_over (demo->repairs, demo->tech, ticket, &handover, error)))
    return FALSE;

  if (hk_repair_ticket_get_charge_mode (closed) == HK_REPAIR_CHARGE_SHIFT)
    {
      g_autoptr(GPtrArray) payments = NULL;

      if (!(payments = hk_receipt_store_get_payments (hk_context_get_receipt_store (demo->context),
                                                      hk_repair_ticket_get_receipt_id (closed),
                                                      error)))
        return FALSE;
      for (guint i = 0; i < payments->len; i++)
        {
          HkReceiptPayment *payment = g_ptr_array_index (payments, i);

          demo->declared[payment->method] += payment->amount;
          if (payment->method == HK_PAYMENT_CASH)
            demo->cash += payment->amount;
        }
    }

  job->stage = STAGE_DONE;
  return TRUE;
}

/* Closes the technician's shift of the day, if he opened one, and settles his day. */
static gboolean
settle_shift (Demo        *demo,
              const char  *day,
              gboolean     sign,
              GError     **error)
{
  HkShiftStore *shifts = hk_context_get_shift_store (demo->context);
  HkDailyReportStore *reports = hk_context_get_daily_report_store (demo->context);
  g_autoptr(HkShift) closed = NULL;
  g_autoptr(HkShift) validated = NULL;
  g_autoptr(HkDailyReport) submitted = NULL;
  g_autoptr(HkDailyReport) checked = NULL;
  g_autoptr(HkDailyReport) signed_report = NULL;
  g_autofree char *slip = NULL;
  gint64 counts[HK_N_DENOMINATIONS] = { 0 };
  HkDailyReportCheck check = { 0 };
  gint64 amount = demo->cash;

  if (demo->shift == NULL)
    return TRUE;

  for (guint i = 0; i < HK_N_DENOMINATIONS; i++)
    {
      counts[i] = amount / hk_denominations[i];
      amount -= counts[i] * hk_denominations[i];
    }

  hk_database_set_now (demo->database, demo->day_start + 18 * 3600 + 10 * 60);
  if (!(closed = hk_shift_store_close (shifts, demo->tech, demo->shift, counts, demo->declared,
                                       error)))
    return FALSE;
  g_clear_object (&demo->shift);

  hk_database_set_now (demo->database, demo->day_start + 18 * 3600 + 20 * 60);
  if (!(validated = hk_shift_store_validate (shifts, demo->duty_manager, closed, error)) ||
      !(submitted = hk_daily_report_store_submit (reports, demo->tech, day, error)))
    return FALSE;

  if (!sign)
    return TRUE;

  slip = g_strdup_printf ("ICBC%s09", day);
  check.accounting_copy = hk_daily_report_get_account_total (submitted);
  check.bank_name = "中国工商银行文三路支行";
  check.bank_slip_no = slip;
  check.bank_slip_date = day;
  check.bank_amount = hk_daily_report_get_cash_takings (submitted);

  hk_database_set_now (demo->database, demo->day_start + 19 * 3600 + 40 * 60);
  return (checked = hk_daily_report_store_record_check (reports, demo->auditor,
                                                        hk_operator_get_id (demo->tech), day,
                                                        &check, error)) != NULL &&
         (signed_report = hk_daily_report_store_sign (reports, demo->auditor,
                                                      hk_operator_get_id (demo->tech), day, NULL,
                                                      error)) != NULL;
}

/* One step of a job whose step is due today. */
static gboolean
step (Demo        *demo,
      Job         *job,
      guint        d,
      const char  *day,
      GError     **error)
{
  switch (job->stage)
    {
    case STAGE_DIAGNOSE:
      if (!set_status (demo, job, HK_REPAIR_DIAGNOSING, NULL, error) ||
          (!job->warranty &&
           !add_fee (demo, job, HK_REPAIR_FEE_DIAGNOSIS, demo->diagnosis_item, error)))
        return FALSE;
      job->stage = STAGE_DECIDE;
      job->due = d + 1;
      return TRUE;

    case STAGE_DECIDE:
      if (job->route == ROUTE_DECLINED)
        {
          if (!set_status (demo, job, HK_REPAIR_UNREPAIRED, "客户不接受报价，不修了", error))
            return FALSE;
          job->stage = STAGE_AWAIT_PICKUP;
          job->pickup_day = d + (guint)g_rand_int_range (demo->rand, 0, 5);
          job->due = d + 1;
          return TRUE;
        }
      if (job->route == ROUTE_CITY)
        {
          job->stage = STAGE_AWAIT_DISPATCH;
          job->due = G_MAXUINT;
          return TRUE;
        }
      if (!set_status (demo, job, HK_REPAIR_REPAIRING, "已确认故障，开始维修", error) ||
          (job->part != G_MAXUINT && !use_part (demo, job, error)) ||
          (!job->warranty &&
           !add_fee (demo, job, HK_REPAIR_FEE_LABOUR, demo->labour_items[job->labour], error)))
        return FALSE;
      job->stage = STAGE_FINISH;
      job->due = d + (guint)g_rand_int_range (demo->rand, 1, 4);
      return TRUE;

    case STAGE_FINISH:
      if (!set_status (demo, job, HK_REPAIR_READY, "维修完成，测试正常", error))
        return FALSE;
      job->stage = STAGE_AWAIT_PICKUP;
      job->pickup_day = d + (guint)g_rand_int_range (demo->rand, 0, 7);
      job->due = d;
      return TRUE;

    case STAGE_AT_CITY:
      {
        g_autoptr(HkRepairTicket) ticket = NULL;
        g_autoptr(HkRepairTicket) back = NULL;

        tick (demo, 3, 10);
        if (!(ticket = lookup (demo, job, error)) ||
            !(back = hk_repair_store_return_from_city (demo->repairs, demo->tech, ticket,
                                                       job->city_repairs,
                                                       job->city_repairs
                                                       ? "已更换主板，整机测试正常"
                                                       : "主板严重腐蚀，无修复价值，原样退回",
                                                       error)))
          return FALSE;
        job->stage = STAGE_AFTER_CITY;
        job->due = d + 1;
        return TRUE;
      }

    case STAGE_AFTER_CITY:
      if (job->city_repairs)
        {
          if ((!job->warranty &&
               !add_fee (demo, job, HK_REPAIR_FEE_LABOUR, demo->city_item, error)) ||
              !set_status (demo, job, HK_REPAIR_READY, "市公司修复，已通知客户", error))
            return FALSE;
        }
      else if (!set_status (demo, job, HK_REPAIR_UNREPAIRED, "市公司无法修复", error))
        return FALSE;
      job->stage = STAGE_AWAIT_PICKUP;
      job->pickup_day = d + (guint)g_rand_int_range (demo->rand, 0, 8);
      job->due = d;
      return TRUE;

    case STAGE_AWAIT_PICKUP:
      if (d >= job->pickup_day)
        return pick_up (demo, job, day, error);
      /* Waiting more than two days: the technician calls. */
      if (d + 1 == job->pickup_day || d == job->due + 2)
        {
          g_autoptr(HkRepairTicket) ticket = NULL;
          g_autoptr(HkRepairTicket) called = NULL;

          tick (demo, 2, 5);
          if (!(ticket = lookup (demo, job, error)) ||
              !(called = hk_repair_store_record_callback (demo->repairs, demo->tech, ticket,
                                                          "已电话通知取机，客户说这两天来",
                                                          error)))
            return FALSE;
        }
      return TRUE;

    case STAGE_AWAIT_DISPATCH:
    case STAGE_DONE:
    default:
      return TRUE;
    }
}

static gboolean
dispatch (Demo    *demo,
          guint    d,
          GError **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(HkRepairBatch) batch = NULL;
  g_autofree char *waybill = NULL;

  for (guint i = 0; i < demo->jobs->len; i++)
    {
      Job *job = &g_array_index (demo->jobs, Job, i);

      if (job->stage == STAGE_AWAIT_DISPATCH)
        g_array_append_val (ids, job->id);
    }

  if (ids->len == 0)
    return TRUE;

  tick (demo, 5, 15);
  waybill = g_strdup_printf ("SF%010u", (guint)g_rand_int_range (demo->rand, 0, G_MAXINT32));
  if (!(batch = hk_repair_store_dispatch (demo->repairs, demo->tech, (const gint64 *)ids->data,
                                          ids->len, "顺丰速运 张师傅", waybill, error)))
    return FALSE;

  for (guint i = 0; i < demo->jobs->len; i++)
    {
      Job *job = &g_array_index (demo->jobs, Job, i);

      if (job->stage == STAGE_AWAIT_DISPATCH)
        {
          job->stage = STAGE_AT_CITY;
          job->due = d + (guint)g_rand_int_range (demo->rand, 5, 10);
        }
    }

  return TRUE;
}

/* Every week the parts are counted; one screen is found broken on the shelf. */
static gboolean
count_parts (Demo    *demo,
             guint    d,
             GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(HkRepairPart) part = NULL;
      g_autoptr(HkRepairPart) counted = NULL;
      gint64 on_hand;
      gboolean short_one;

      tick (demo, 1, 3);
      if (!(part = hk_repair_part_store_lookup_by_id (demo->part_store, demo->part_ids[i],
                                                      error)))
        return FALSE;

      on_hand = hk_repair_part_get_on_hand (part);
      short_one = d == 20 && i == 0 && on_hand > 0;
      if (!(counted = hk_repair_part_store_count (demo->part_store,
                                                  d % 14 == 0 ? demo->duty_manager : demo->tech,
                                                  part, short_one ? on_hand - 1 : on_hand,
                                                  short_one ? "一块屏幕在架上发现碎裂，已报损"
                                                            : NULL, error)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
look_up_people (Demo    *demo,
                GError **error)
{
  HkOperatorStore *operators = hk_context_get_operator_store (demo->context);

  return (demo->admin = hk_operator_store_lookup (operators, "admin", error)) != NULL &&
         (demo->tech = hk_operator_store_lookup (operators, "wulei", error)) != NULL &&
         (demo->auditor = hk_operator_store_lookup (operators, "zhaomin", error)) != NULL &&
         (demo->duty_manager = hk_operator_store_lookup (operators, "zhengwei", error)) != NULL;
}

/**
 * hk_demo_populate_repairs:
 * @n_days: how many days of repair work, ending yesterday: the counter's days
 *
 * Fills the repair desk of the demo hall. The counter's records must be there.
 */
gboolean
hk_demo_populate_repairs (HkContext  *context,
                          guint       n_days,
                          GError    **error)
{
  HkHallStore *hall = hk_context_get_hall_store (context);
  HkDatabase *database = hk_context_get_database (context);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) first = NULL;
  g_autofree char *first_day = NULL;
  Demo demo = { 0 };
  gint64 fixed_now = hk_database_get_fixed_now (database);
  gboolean ok = FALSE;

  g_return_val_if_fail (HK_IS_CONTEXT (context), FALSE);

  if (n_days == 0)
    return TRUE;

  demo.context = context;
  demo.database = database;
  demo.repairs = hk_context_get_repair_store (context);
  demo.part_store = hk_context_get_repair_part_store (context);
  demo.rand = g_rand_new_with_seed (SEED);
  demo.jobs = g_array_new (FALSE, FALSE, sizeof (Job));
  demo.imeis = g_ptr_array_new_with_free_func (g_free);

  now = g_date_time_new_from_unix_utc (hk_database_get_now (database));
  local = g_date_time_to_timezone (now, hk_hall_store_get_time_zone (hall));
  today = g_date_time_new (hk_hall_store_get_time_zone (hall), g_date_time_get_year (local),
                           g_date_time_get_month (local), g_date_time_get_day_of_month (local),
                           0, 0, 0);
  first = g_date_time_add_days (today, -(int)n_days);
  first_day = g_date_time_format (first, "%Y-%m-%d");

  if (!look_up_people (&demo, error))
    goto out;

  /* The day before the first: the repair fee items, the parts, the technician's book. */
  hk_database_set_now (database, g_date_time_to_unix (first) - 5 * 3600);
  if (!set_up (&demo, first_day, error))
    goto out;

  for (guint d = 0; d < n_days; d++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (first, (int)d);
      g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
      g_autoptr(HkTransaction) tx = NULL;
      guint n_intakes = (guint)g_rand_int_range (demo.rand, 4, 10);

      demo.day_start = g_date_time_to_unix (date);
      demo.clock = demo.day_start + 9 * 3600;
      hk_database_set_now (database, demo.clock);

      if (!(tx = hk_transaction_begin (database, error)))
        goto out;

      /* On the last day, one device comes back from the city company early: it is still
       * waiting for the technician's check at the end. */
      for (guint i = 0; d + 1 == n_days && i < demo.jobs->len; i++)
        {
          Job *job = &g_array_index (demo.jobs, Job, i);

          if (job->stage == STAGE_AT_CITY && job->due > d)
            {
              job->due = d;
              break;
            }
        }

      /* The morning: what is due from earlier days, then the city company's batch. */
      for (guint i = 0; i < demo.jobs->len; i++)
        {
          Job *job = &g_array_index (demo.jobs, Job, i);

          if (job->due <= d && job->stage != STAGE_DONE && !step (&demo, job, d, day, error))
            goto out;
        }

      if (d % 7 == BATCH_WEEKDAY && !dispatch (&demo, d, error))
        goto out;

      if (d % 7 == 6 && !count_parts (&demo, d, error))
        goto out;

      /* Through the day: new devices, each looked at within the hour. */
      for (guint i = 0; i < n_intakes; i++)
        {
          Job *job;

          tick (&demo, 10, 45);
          if (!intake (&demo, d, error))
            goto out;
          job = &g_array_index (demo.jobs, Job, demo.jobs->len - 1);
          /* The last day's last devices are still waiting to be looked at. */
          if (d + 1 == n_days && i + 2 >= n_intakes)
            job->due = d + 1;
          else if (!step (&demo, job, d, day, error))
            goto out;
        }

      if (!settle_shift (&demo, day, d + 2 < n_days, error) ||
          !hk_transaction_commit (tx, error))
        goto out;
    }

  ok = TRUE;

out:
  hk_database_set_now (database, fixed_now);
  demo_clear (&demo);
  return ok;
}
