/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-repair-store.c: the repair desk: intake with its ticket numbers and IMEI check, the
 * status machine move by move, dispatch batches and returns, fee lines and parts, the
 * handover with its accessories and charge (on the technician's shift, into the daily report,
 * or on a clerk's receipt), overdue and callback lists, and the day's custody. */

#include "config.h"

#include <string.h>

#include "core/hk-daily-report-store.h"
#include "core/hk-error.h"
#include "core/hk-imei.h"
#include "core/hk-repair-part-store.h"
#include "core/hk-repair-store.h"
#include "hk-test-hall.h"

/* 2024-03-15 10:00 in the hall (Asia/Shanghai, UTC+8). */
#define T0 G_GINT64_CONSTANT (1710468000)
#define HOUR (60 * 60)
#define DAY (24 * HOUR)
#define TODAY "2024-03-15"
#define TOMORROW "2024-03-16"
#define YESTERDAY "2024-03-14"
#define CODE "3300241130"
#define IMEI_A "490154203237518"
#define IMEI_B "352099001761481"
#define IMEI_C "860541041234560"
#define PHONE "13812345678"

typedef struct
{
  HkTestHall          hall;
  HkRepairStore      *repairs;
  HkRepairPartStore  *parts;
  /* A technician who also holds the clerk's role, with invoice numbers 1–50. */
  HkOperator         *tech;
  /* A technician without the clerk's role. */
  HkOperator         *tech2;
  gint64              diagnosis;  /* RPR-JC ¥30.00 */
  gint64              labour;     /* RPR-HP ¥150.00 */
  gint64              screen_fee; /* RPR-SCR ¥400.00, the screen part's fee item */
  gint64              sim;        /* SIM01 ¥25.00, not a repair fee */
  gint64              screen;     /* the part SCR-P40, 5 in stock */
} Fixture;

static HkTestHall hall_template;

static void
on_repairs_changed_cb (HkRepairStore *store,
                       gint64         ticket_id,
                       Fixture       *fixture)
{
  fixture->hall.n_changed++;
}

/* Operators of each role, the repair fee items, invoice numbers for the technician and a
 * clerk, and a part with five in stock. */
static void
build_template (void)
{
  HkTestHall *hall = &hall_template;
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(HkOperator) tech = NULL;
  g_autoptr(HkOperator) tech2 = NULL;
  g_autoptr(HkRepairPart) part = NULL;
  g_autoptr(HkRepairPart) received = NULL;
  g_autoptr(GError) error = NULL;
  HkRepairPartStore *parts;

  hk_test_hall_setup (hall, T0);
  hk_test_hall_assert_day (hall, T0, TODAY);

  hk_test_hall_add_admin (hall, "王建国", "admin-pass");
  hall->clerk = hk_test_hall_add_operator (hall, "lihua", "李华", HK_ROLE_CLERK);
  hall->manager = hk_test_hall_add_operator (hall, "wangfang", "王芳", HK_ROLE_DUTY_MANAGER);
  hall->auditor = hk_test_hall_add_operator (hall, "zhaomin", "赵敏", HK_ROLE_AUDITOR);
  hall->supervisor = hk_test_hall_add_operator (hall, "chenjing", "陈静", HK_ROLE_SUPERVISOR);
  tech = hk_test_hall_add_operator (hall, "wulei", "吴磊", HK_ROLE_TECHNICIAN | HK_ROLE_CLERK);
  tech2 = hk_test_hall_add_operator (hall, "sunli", "孙丽", HK_ROLE_TECHNICIAN);

  hk_test_hall_add_fee_item (hall, "RPR-JC", "维修检测费", HK_FEE_CATEGORY_REPAIR, 3000, TODAY);
  hk_test_hall_add_fee_item (hall, "RPR-HP", "换屏服务费", HK_FEE_CATEGORY_REPAIR, 15000, TODAY);
  hk_test_hall_add_fee_item (hall, "RPR-SCR", "屏幕总成", HK_FEE_CATEGORY_REPAIR, 40000, TODAY);
  hk_test_hall_add_fee_item (hall, "SIM01", "SIM card", HK_FEE_CATEGORY_SIM_CARD, 2500, TODAY);

  book = hk_test_hall_register_book (hall, CODE, 1, 100);
  hk_test_hall_issue_numbers (hall, book, 1, 50, tech);
  hk_test_hall_issue_numbers (hall, book, 51, 100, hall->clerk);

  parts = hk_context_get_repair_part_store (hall->context);
  part = hk_repair_part_store_add (parts, tech, "SCR-P40", "华为 P40 屏幕总成",
                                   hk_test_hall_find_fee_item (hall, "RPR-SCR"), &error);
  g_assert_no_error (error);
  received = hk_repair_part_store_receive (parts, tech, part, 5, "市公司配送单 0312", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_repair_part_get_on_hand (received), ==, 5);
}

static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  g_autoptr(HkRepairPart) part = NULL;
  g_autoptr(GError) error = NULL;

  hk_test_hall_setup_copy (&fixture->hall, &hall_template, T0);
  fixture->repairs = hk_context_get_repair_store (fixture->hall.context);
  fixture->parts = hk_context_get_repair_part_store (fixture->hall.context);
  fixture->tech = hk_test_hall_find_operator (&fixture->hall, "wulei");
  fixture->tech2 = hk_test_hall_find_operator (&fixture->hall, "sunli");
  fixture->diagnosis = hk_test_hall_find_fee_item (&fixture->hall, "RPR-JC");
  fixture->labour = hk_test_hall_find_fee_item (&fixture->hall, "RPR-HP");
  fixture->screen_fee = hk_test_hall_find_fee_item (&fixture->hall, "RPR-SCR");
  fixture->sim = hk_test_hall_find_fee_item (&fixture->hall, "SIM01");
  part = hk_repair_part_store_lookup (fixture->parts, "scr-p40", &error);
  g_assert_no_error (error);
  fixture->screen = hk_repair_part_get_id (part);

  g_signal_connect (fixture->repairs, "changed", G_CALLBACK (on_repairs_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_clear_object (&fixture->tech);
  g_clear_object (&fixture->tech2);
  hk_test_hall_teardown (&fixture->hall);
}

/* ---- helpers ---- */

static HkRepairIntake
default_intake (const char *imei)
{
  HkRepairIntake intake = {
    .customer_name = "王小明",
    .customer_phone = PHONE,
    .brand = "华为",
    .model = "P40",
    .imei = imei,
    .accessories = HK_REPAIR_ACCESSORY_BATTERY | HK_REPAIR_ACCESSORY_CHARGER,
    .conditions = HK_REPAIR_CONDITION_SCRATCHES,
    .condition_note = "背面有划痕",
    .fault = "屏幕碎裂，触摸失灵",
    .warranty = HK_REPAIR_WARRANTY_OUT,
    .estimated_fee = 45000,
    .deposit = 10000,
    .promised_day = TOMORROW,
  };

  return intake;
}

static HkRepairTicket *
intake_with (Fixture              *fixture,
             const HkRepairIntake *intake)
{
  g_autoptr(GError) error = NULL;
  HkRepairTicket *ticket;

  ticket = hk_repair_store_intake (fixture->repairs, fixture->tech, intake, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ticket);

  return ticket;
}

static HkRepairTicket *
intake (Fixture    *fixture,
        const char *imei)
{
  HkRepairIntake input = default_intake (imei);

  return intake_with (fixture, &input);
}

/* Moves @ticket on through set_status; returns the ticket as it is now and drops @ticket. */
static HkRepairTicket *
move (Fixture        *fixture,
      HkRepairTicket *ticket,
      HkRepairStatus  status)
{
  g_autoptr(HkRepairTicket) old = ticket;
  g_autoptr(GError) error = NULL;
  HkRepairTicket *moved;

  moved = hk_repair_store_set_status (fixture->repairs, fixture->tech, old, status,
                                      status == HK_REPAIR_UNREPAIRED ? "客户不修了" : NULL,
                                      &error);
  g_assert_no_error (error);
  g_assert_nonnull (moved);
  g_assert_cmpint (hk_repair_ticket_get_status (moved), ==, status);

  return moved;
}

static HkRepairTicket *
reload (Fixture        *fixture,
        HkRepairTicket *ticket)
{
  g_autoptr(GError) error = NULL;
  HkRepairTicket *current;

  current = hk_repair_store_lookup (fixture->repairs, hk_repair_ticket_get_id (ticket), &error);
  g_assert_no_error (error);

  return current;
}

static HkRepairBatch *
dispatch (Fixture        *fixture,
          const gint64   *ids,
          guint           n)
{
  g_autoptr(GError) error = NULL;
  HkRepairBatch *batch;

  batch = hk_repair_store_dispatch (fixture->repairs, fixture->tech, ids, n, "顺丰 张师傅",
                                    "SF1234567890", &error);
  g_assert_no_error (error);
  g_assert_nonnull (batch);

  return batch;
}

static HkRepairTicket *
send_out (Fixture        *fixture,
          HkRepairTicket *ticket)
{
  g_autoptr(HkRepairTicket) old = ticket;
  g_autoptr(HkRepairBatch) batch = NULL;
  gint64 id = hk_repair_ticket_get_id (old);

  batch = dispatch (fixture, &id, 1);
  return reload (fixture, old);
}

static HkRepairTicket *
bring_back (Fixture        *fixture,
            HkRepairTicket *ticket,
            gboolean        repaired)
{
  g_autoptr(HkRepairTicket) old = ticket;
  g_autoptr(GError) error = NULL;
  HkRepairTicket *back;

  back = hk_repair_store_return_from_city (fixture->repairs, fixture->tech, old, repaired,
                                           repaired ? "更换主板，测试正常" : "主板损坏无法修复",
                                           &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);

  return back;
}

/* A handover with everything received given back, and nothing to charge. */
static HkRepairHandover
plain_handover (HkRepairTicket *ticket)
{
  HkRepairHandover handover = {
    .collected_by = "王小明",
    .id_checked = TRUE,
    .accessories_returned = hk_repair_ticket_get_accessories (ticket),
    .charge_mode = HK_REPAIR_CHARGE_NONE,
    .balance_method = HK_PAYMENT_CASH,
  };

  return handover;
}

static HkRepairTicket *
hand_over_with (Fixture                *fixture,
                HkOperator             *actor,
                HkRepairTicket         *ticket,
                const HkRepairHandover *handover)
{
  g_autoptr(GError) error = NULL;
  HkRepairTicket *closed;

  closed = hk_repair_store_hand_over (fixture->repairs, actor, ticket, handover, &error);
  g_assert_no_error (error);
  g_assert_nonnull (closed);

  return closed;
}

static HkRepairTicket *
hand_over (Fixture        *fixture,
           HkRepairTicket *ticket)
{
  g_autoptr(HkRepairTicket) old = ticket;
  HkRepairHandover handover = plain_handover (old);

  return hand_over_with (fixture, fixture->tech, old, &handover);
}

/* A new ticket brought to @status along the shortest way. */
static HkRepairTicket *
drive_to (Fixture        *fixture,
          HkRepairStatus  status)
{
  HkRepairTicket *ticket = intake (fixture, IMEI_A);

  switch (status)
    {
    case HK_REPAIR_RECEIVED:
      return ticket;
    case HK_REPAIR_DIAGNOSING:
      return move (fixture, ticket, HK_REPAIR_DIAGNOSING);
    case HK_REPAIR_REPAIRING:
      return move (fixture, move (fixture, ticket, HK_REPAIR_DIAGNOSING), HK_REPAIR_REPAIRING);
    case HK_REPAIR_SENT_OUT:
      return send_out (fixture, move (fixture, ticket, HK_REPAIR_DIAGNOSING));
    case HK_REPAIR_BACK_FROM_CITY:
      return bring_back (fixture, send_out (fixture, move (fixture, ticket,
                                                           HK_REPAIR_DIAGNOSING)), TRUE);
    case HK_REPAIR_READY:
      return move (fixture, move (fixture, ticket, HK_REPAIR_DIAGNOSING), HK_REPAIR_READY);
    case HK_REPAIR_UNREPAIRED:
      return move (fixture, ticket, HK_REPAIR_UNREPAIRED);
    case HK_REPAIR_PICKED_UP:
      return hand_over (fixture, move (fixture, move (fixture, ticket, HK_REPAIR_DIAGNOSING),
                                       HK_REPAIR_READY));
    case HK_REPAIR_RETURNED_UNREPAIRED:
    default:
      return hand_over (fixture, move (fixture, ticket, HK_REPAIR_UNREPAIRED));
    }
}

static void
assert_last_audit (Fixture    *fixture,
                   const char *action,
                   HkOperator *actor,
                   const char *entity,
                   gint64      entity_id,
                   const char *summary_part)
{
  hk_test_hall_assert_last_audit (&fixture->hall, action, actor, entity, entity_id,
                                  summary_part);
}

static GPtrArray *
get_events (Fixture        *fixture,
            HkRepairTicket *ticket)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *events;

  events = hk_repair_store_get_events (fixture->repairs, hk_repair_ticket_get_id (ticket),
                                       &error);
  g_assert_no_error (error);
  g_assert_nonnull (events);

  return events;
}

static HkRepairEvent *
last_event (GPtrArray *events)
{
  g_assert_cmpuint (events->len, >, 0);

  return g_ptr_array_index (events, events->len - 1);
}

static gint64
on_hand (Fixture *fixture)
{
  g_autoptr(HkRepairPart) part = NULL;
  g_autoptr(GError) error = NULL;

  part = hk_repair_part_store_lookup_by_id (fixture->parts, fixture->screen, &error);
  g_assert_no_error (error);

  return hk_repair_part_get_on_hand (part);
}

static HkRepairTicket *
add_fee (Fixture         *fixture,
         HkRepairTicket  *ticket,
         HkRepairFeeKind  kind,
         gint64           fee_item_id,
         gint64           quantity)
{
  g_autoptr(HkRepairTicket) old = ticket;
  g_autoptr(GError) error = NULL;
  HkRepairTicket *changed;

  changed = hk_repair_store_add_fee (fixture->repairs, fixture->tech, old, kind, fee_item_id,
                                     quantity, &error);
  g_assert_no_error (error);
  g_assert_nonnull (changed);

  return changed;
}

static HkRepairTicket *
use_part (Fixture        *fixture,
          HkRepairTicket *ticket,
          gint64          quantity)
{
  g_autoptr(HkRepairTicket) old = ticket;
  g_autoptr(GError) error = NULL;
  HkRepairTicket *changed;

  changed = hk_repair_store_use_part (fixture->repairs, fixture->tech, old, fixture->screen,
                                      quantity, &error);
  g_assert_no_error (error);
  g_assert_nonnull (changed);

  return changed;
}

/* Reads @ticket again in place. */
static void
refresh (Fixture         *fixture,
         HkRepairTicket **ticket)
{
  HkRepairTicket *old = *ticket;

  *ticket = reload (fixture, old);
  g_object_unref (old);
}

static HkRepairTicket *
void_fee (Fixture        *fixture,
          HkRepairTicket *ticket,
          gint64          line_id,
          const char     *reason)
{
  g_autoptr(HkRepairTicket) old = ticket;
  g_autoptr(GError) error = NULL;
  HkRepairTicket *changed;

  changed = hk_repair_store_void_fee (fixture->repairs, fixture->tech, old, line_id, reason,
                                      &error);
  g_assert_no_error (error);
  g_assert_nonnull (changed);

  return changed;
}

static HkRepairTicket *
call_back (Fixture        *fixture,
           HkRepairTicket *ticket,
           const char     *note)
{
  g_autoptr(HkRepairTicket) old = ticket;
  g_autoptr(GError) error = NULL;
  HkRepairTicket *changed;

  changed = hk_repair_store_record_callback (fixture->repairs, fixture->tech, old, note, &error);
  g_assert_no_error (error);
  g_assert_nonnull (changed);

  return changed;
}

/* Hands @ticket over with the charge made on the technician's shift; drops @ticket. */
static HkRepairTicket *
hand_over_on_shift (Fixture        *fixture,
                    HkRepairTicket *ticket)
{
  g_autoptr(HkRepairTicket) old = ticket;
  HkRepairHandover handover = plain_handover (old);

  handover.charge_mode = HK_REPAIR_CHARGE_SHIFT;
  return hand_over_with (fixture, fixture->tech, old, &handover);
}

static GPtrArray *
list (Fixture              *fixture,
      const HkRepairFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *tickets;

  tickets = hk_repair_store_list (fixture->repairs, filter, &error);
  g_assert_no_error (error);
  g_assert_nonnull (tickets);

  return tickets;
}

static gboolean
contains (GPtrArray      *tickets,
          HkRepairTicket *ticket)
{
  for (guint i = 0; i < tickets->len; i++)
    if (hk_repair_ticket_get_id (g_ptr_array_index (tickets, i)) ==
        hk_repair_ticket_get_id (ticket))
      return TRUE;

  return FALSE;
}

/* ---- intake ---- */

static void
test_intake (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *masked = NULL;
  g_autofree char *device = NULL;
  HkRepairEvent *event;

  ticket = intake (fixture, "49-015420-323751-8");

  g_assert_cmpstr (hk_repair_ticket_get_ticket_no (ticket), ==, "R20240315-0001");
  g_assert_cmpstr (hk_repair_ticket_get_intake_day (ticket), ==, TODAY);
  g_assert_cmpint (hk_repair_ticket_get_received_at (ticket), ==, T0);
  g_assert_cmpint (hk_repair_ticket_get_received_by (ticket), ==,
                   hk_operator_get_id (fixture->tech));
  g_assert_cmpstr (hk_repair_ticket_get_customer_name (ticket), ==, "王小明");
  g_assert_cmpstr (hk_repair_ticket_get_customer_phone (ticket), ==, PHONE);
  masked = hk_repair_ticket_dup_masked_phone (ticket);
  g_assert_cmpstr (masked, ==, "138****5678");
  device = hk_repair_ticket_dup_device (ticket);
  g_assert_cmpstr (device, ==, "华为 P40");
  /* The dashes are dropped. */
  g_assert_cmpstr (hk_repair_ticket_get_imei (ticket), ==, IMEI_A);
  g_assert_cmpint (hk_repair_ticket_get_accessories (ticket), ==,
                   HK_REPAIR_ACCESSORY_BATTERY | HK_REPAIR_ACCESSORY_CHARGER);
  g_assert_cmpint (hk_repair_ticket_get_conditions (ticket), ==, HK_REPAIR_CONDITION_SCRATCHES);
  g_assert_cmpstr (hk_repair_ticket_get_condition_note (ticket), ==, "背面有划痕");
  g_assert_cmpstr (hk_repair_ticket_get_fault (ticket), ==, "屏幕碎裂，触摸失灵");
  g_assert_cmpint (hk_repair_ticket_get_warranty (ticket), ==, HK_REPAIR_WARRANTY_OUT);
  g_assert_null (hk_repair_ticket_get_warranty_proof (ticket));
  g_assert_cmpint (hk_repair_ticket_get_estimated_fee (ticket), ==, 45000);
  g_assert_cmpint (hk_repair_ticket_get_deposit (ticket), ==, 10000);
  g_assert_cmpstr (hk_repair_ticket_get_promised_day (ticket), ==, TOMORROW);
  g_assert_cmpint (hk_repair_ticket_get_technician_id (ticket), ==,
                   hk_operator_get_id (fixture->tech));
  g_assert_cmpstr (hk_repair_ticket_get_technician_name (ticket), ==, "吴磊");
  g_assert_cmpint (hk_repair_ticket_get_status (ticket), ==, HK_REPAIR_RECEIVED);
  g_assert_false (hk_repair_ticket_get_overdue (ticket));
  g_assert_cmpint (hk_repair_ticket_get_fee_total (ticket), ==, 0);
  g_assert_cmpint (hk_repair_ticket_get_handed_over_at (ticket), ==, 0);
  g_assert_null (hk_repair_ticket_get_batch_no (ticket));

  events = get_events (fixture, ticket);
  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpint (event->kind, ==, HK_REPAIR_EVENT_INTAKE);
  g_assert_false (event->has_from);
  g_assert_true (event->has_to);
  g_assert_cmpint (event->to_status, ==, HK_REPAIR_RECEIVED);
  g_assert_cmpint (event->at, ==, T0);
  g_assert_cmpint (event->by, ==, hk_operator_get_id (fixture->tech));
  g_assert_cmpstr (event->by_name, ==, "吴磊");

  assert_last_audit (fixture, "repair-intake", fixture->tech, "repair_ticket",
                     hk_repair_ticket_get_id (ticket), "R20240315-0001");
  g_assert_cmpuint (fixture->hall.n_changed, ==, 1);

  /* Another technician may be named to do the repair. */
  {
    HkRepairIntake input = default_intake (IMEI_B);
    g_autoptr(HkRepairTicket) other = NULL;

    input.technician_id = hk_operator_get_id (fixture->tech2);
    input.warranty = HK_REPAIR_WARRANTY_IN;
    input.warranty_proof = "发票 2023-11-02";
    other = intake_with (fixture, &input);
    g_assert_cmpint (hk_repair_ticket_get_technician_id (other), ==,
                     hk_operator_get_id (fixture->tech2));
    g_assert_cmpstr (hk_repair_ticket_get_warranty_proof (other), ==, "发票 2023-11-02");
  }
}

static void
test_intake_numbers (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkRepairTicket) first = intake (fixture, IMEI_A);
  g_autoptr(HkRepairTicket) second = NULL;
  g_autoptr(HkRepairTicket) third = NULL;
  g_autoptr(HkRepairTicket) next_day = NULL;
  g_autoptr(HkRepairTicket) found = NULL;
  g_autoptr(GError) error = NULL;
  HkRepairIntake bad = default_intake ("490154203237519");

  second = intake (fixture, IMEI_B);
  /* A refused intake takes no number. */
  g_assert_null (hk_repair_store_intake (fixture->repairs, fixture->tech, &bad, &error));
  g_clear_error (&error);
  third = intake (fixture, IMEI_C);

  g_assert_cmpstr (hk_repair_ticket_get_ticket_no (first), ==, "R20240315-0001");
  g_assert_cmpstr (hk_repair_ticket_get_ticket_no (second), ==, "R20240315-0002");
  g_assert_cmpstr (hk_repair_ticket_get_ticket_no (third), ==, "R20240315-0003");

  /* Just after midnight in the hall, the day's numbers start again. */
  hk_database_set_now (fixture->hall.db.database, T0 + 14 * HOUR + 1);
  next_day = intake (fixture, IMEI_A);
  g_assert_cmpstr (hk_repair_ticket_get_ticket_no (next_day), ==, "R20240316-0001");

  found = hk_repair_store_lookup_number (fixture->repairs, " r20240315-0002 ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_repair_ticket_get_id (found), ==, hk_repair_ticket_get_id (second));

  g_assert_null (hk_repair_store_lookup_number (fixture->repairs, "R20240315-0009", &error));
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND, "R20240315-0009");
}

static void
test_intake_imei (Fixture       *fixture,
                  gconstpointer  data)
{
  const struct
  {
    const char *imei;
    HkImeiError code;
  } cases[] = {
    { "490154203237510", HK_IMEI_ERROR_CHECK_DIGIT },
    { "49015420323751", HK_IMEI_ERROR_LENGTH },
    { "49015420323751A", HK_IMEI_ERROR_NOT_DIGITS },
    { "", HK_IMEI_ERROR_EMPTY },
    { NULL, HK_IMEI_ERROR_EMPTY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HkRepairIntake input = default_intake (cases[i].imei);
      g_autoptr(GError) error = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      g_assert_null (hk_repair_store_intake (fixture->repairs, fixture->tech, &input, &error));
      g_assert_error (error, HK_IMEI_ERROR, (int)cases[i].code);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }
}

static void
test_intake_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkOperator) retired = hk_test_hall_insert_operator (&fixture->hall, "gone",
                                                                HK_ROLE_CLERK);
  const struct
  {
    const char *what;
    const char *fragment;
  } cases[] = {
    { "name", "customer’s name" },
    { "phone", "not a phone number" },
    { "brand", "brand" },
    { "model", "model" },
    { "fault", "fault" },
    { "warranty-proof", "proof" },
    { "promised-past", "in the past" },
    { "promised-bad", "2024-02-30" },
    { "promised-none", "promised" },
    { "deposit", "deposit" },
    { "estimate", "estimated fee" },
    { "technician", "Repair technician role" },
    { "accessories", "Unknown accessory" },
    { "too-long", "too long" },
    { "control-in-note", "control character (U+001B)" },
    { "line-in-name", "control character (U+000A)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HkRepairIntake input = default_intake (IMEI_A);
      g_autofree char *long_text = g_strnfill (HK_REPAIR_TEXT_MAX_LENGTH + 1, 'x');
      g_autoptr(GError) error = NULL;
      HkTestHallBefore before;
      const char *what = cases[i].what;

      if (g_str_equal (what, "name"))
        input.customer_name = "  ";
      else if (g_str_equal (what, "phone"))
        input.customer_phone = "call me";
      else if (g_str_equal (what, "brand"))
        input.brand = "";
      else if (g_str_equal (what, "model"))
        input.model = NULL;
      else if (g_str_equal (what, "fault"))
        input.fault = " ";
      else if (g_str_equal (what, "warranty-proof"))
        input.warranty = HK_REPAIR_WARRANTY_IN;
      else if (g_str_equal (what, "promised-past"))
        input.promised_day = YESTERDAY;
      else if (g_str_equal (what, "promised-bad"))
        input.promised_day = "2024-02-30";
      else if (g_str_equal (what, "promised-none"))
        input.promised_day = NULL;
      else if (g_str_equal (what, "deposit"))
        input.deposit = -1;
      else if (g_str_equal (what, "estimate"))
        input.estimated_fee = G_GINT64_CONSTANT (1000000001);
      else if (g_str_equal (what, "technician"))
        input.technician_id = hk_operator_get_id (retired);
      else if (g_str_equal (what, "accessories"))
        input.accessories = 1 << 7;
      else if (g_str_equal (what, "too-long"))
        input.fault = long_text;
      else if (g_str_equal (what, "control-in-note"))
        input.fault = "屏幕\x1b[31m碎了";
      else if (g_str_equal (what, "line-in-name"))
        input.model = "Mate\n60";

      hk_test_hall_remember (&fixture->hall, &before);
      g_assert_null (hk_repair_store_intake (fixture->repairs, fixture->tech, &input, &error));
      if (error == NULL || strstr (error->message, cases[i].fragment) == NULL)
        g_error ("%s: expected “%s”, got “%s”", what, cases[i].fragment,
                 error != NULL ? error->message : "no error");
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }
}

static void
test_intake_permission (Fixture       *fixture,
                        gconstpointer  data)
{
  HkRepairIntake input = default_intake (IMEI_A);
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_repair_store_intake (fixture->repairs, fixture->hall.clerk, &input, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, "Repair technician");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
}

/* What was recorded at intake and on the timeline never changes, whatever writes to the file. */
static void
test_intake_fixed (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = intake (fixture, IMEI_A);
  const char *refused[] = {
    "UPDATE repair_tickets SET imei = '352099001761481'",
    "UPDATE repair_tickets SET accessories = 0",
    "UPDATE repair_tickets SET deposit = 0",
    "DELETE FROM repair_tickets",
    "UPDATE repair_events SET by = 1",
    "DELETE FROM repair_events",
    "DELETE FROM repair_part_movements",
    "UPDATE repair_part_movements SET quantity = 100",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      g_assert_false (hk_database_exec (fixture->hall.db.database, refused[i], &error));
      g_assert_nonnull (error);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }
}

/* ---- history by IMEI ---- */

static void
test_history (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HkRepairTicket) earlier = hand_over (fixture, move (fixture, intake (fixture, IMEI_A),
                                                                HK_REPAIR_UNREPAIRED));
  g_autoptr(HkRepairTicket) other = intake (fixture, IMEI_B);
  g_autoptr(HkRepairTicket) later = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GError) error = NULL;

  hk_database_set_now (fixture->hall.db.database, T0 + 40 * DAY);
  {
    HkRepairIntake input = default_intake (IMEI_A);

    input.promised_day = "2024-04-30";
    later = intake_with (fixture, &input);
  }

  history = hk_repair_store_history (fixture->repairs, "4901 5420 3237 518", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (hk_repair_ticket_get_id (g_ptr_array_index (history, 0)), ==,
                   hk_repair_ticket_get_id (later));
  g_assert_cmpint (hk_repair_ticket_get_id (g_ptr_array_index (history, 1)), ==,
                   hk_repair_ticket_get_id (earlier));
  g_assert_cmpint (hk_repair_ticket_get_status (g_ptr_array_index (history, 1)), ==,
                   HK_REPAIR_RETURNED_UNREPAIRED);

  none = hk_repair_store_history (fixture->repairs, IMEI_C, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

/* ---- the status machine ---- */

/* The machine as the repair desk's rules state it, written out again here. */
static HkRepairMove
expected_move (HkRepairStatus from,
               HkRepairStatus to)
{
  static const struct
  {
    HkRepairStatus from;
    HkRepairStatus to;
    HkRepairMove   move;
  } allowed[] = {
    { HK_REPAIR_RECEIVED, HK_REPAIR_DIAGNOSING, HK_REPAIR_MOVE_STATUS },
    { HK_REPAIR_RECEIVED, HK_REPAIR_UNREPAIRED, HK_REPAIR_MOVE_STATUS },
    { HK_REPAIR_DIAGNOSING, HK_REPAIR_REPAIRING, HK_REPAIR_MOVE_STATUS },
    { HK_REPAIR_DIAGNOSING, HK_REPAIR_SENT_OUT, HK_REPAIR_MOVE_DISPATCH },
    { HK_REPAIR_DIAGNOSING, HK_REPAIR_READY, HK_REPAIR_MOVE_STATUS },
    { HK_REPAIR_DIAGNOSING, HK_REPAIR_UNREPAIRED, HK_REPAIR_MOVE_STATUS },
    { HK_REPAIR_REPAIRING, HK_REPAIR_SENT_OUT, HK_REPAIR_MOVE_DISPATCH },
    { HK_REPAIR_REPAIRING, HK_REPAIR_READY, HK_REPAIR_MOVE_STATUS },
    { HK_REPAIR_REPAIRING, HK_REPAIR_UNREPAIRED, HK_REPAIR_MOVE_STATUS },
    { HK_REPAIR_SENT_OUT, HK_REPAIR_BACK_FROM_CITY, HK_REPAIR_MOVE_RETURN },
    { HK_REPAIR_BACK_FROM_CITY, HK_REPAIR_REPAIRING, HK_REPAIR_MOVE_STATUS },
    { HK_REPAIR_BACK_FROM_CITY, HK_REPAIR_READY, HK_REPAIR_MOVE_STATUS },
    { HK_REPAIR_BACK_FROM_CITY, HK_REPAIR_UNREPAIRED, HK_REPAIR_MOVE_STATUS },
    { HK_REPAIR_READY, HK_REPAIR_REPAIRING, HK_REPAIR_MOVE_STATUS },
    { HK_REPAIR_READY, HK_REPAIR_PICKED_UP, HK_REPAIR_MOVE_HANDOVER },
    { HK_REPAIR_UNREPAIRED, HK_REPAIR_REPAIRING, HK_REPAIR_MOVE_STATUS },
    { HK_REPAIR_UNREPAIRED, HK_REPAIR_RETURNED_UNREPAIRED, HK_REPAIR_MOVE_HANDOVER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    if (allowed[i].from == from && allowed[i].to == to)
      return allowed[i].move;

  return HK_REPAIR_MOVE_NONE;
}

static void
test_machine_table (Fixture       *fixture,
                    gconstpointer  data)
{
  guint n_allowed = 0;

  for (guint from = 0; from < HK_REPAIR_N_STATUSES; from++)
    for (guint to = 0; to < HK_REPAIR_N_STATUSES; to++)
      {
        HkRepairMove move_kind = hk_repair_status_get_move (from, to);

        if (move_kind != expected_move (from, to))
          g_error ("%s → %s: the machine says %d, the rules %d", hk_repair_status_to_id (from),
                   hk_repair_status_to_id (to), move_kind, expected_move (from, to));
        n_allowed += move_kind != HK_REPAIR_MOVE_NONE;
      }

  g_assert_cmpuint (n_allowed, ==, 17);
  /* Nothing leaves a final status; out-of-range statuses move nowhere. */
  for (guint to = 0; to < HK_REPAIR_N_STATUSES; to++)
    {
      g_assert_cmpint (hk_repair_status_get_move (HK_REPAIR_PICKED_UP, to), ==,
                       HK_REPAIR_MOVE_NONE);
      g_assert_cmpint (hk_repair_status_get_move (HK_REPAIR_RETURNED_UNREPAIRED, to), ==,
                       HK_REPAIR_MOVE_NONE);
    }
  g_assert_cmpint (hk_repair_status_get_move (HK_REPAIR_N_STATUSES, HK_REPAIR_READY), ==,
                   HK_REPAIR_MOVE_NONE);
}

/* One attempt at a move; a success is checked on the ticket and its timeline, a refusal as
 * writing nothing at all. */
static void
attempt (Fixture        *fixture,
         HkRepairStatus  from,
         HkRepairMove    via,
         HkRepairStatus  to,
         gboolean        allowed)
{
  g_autoptr(HkRepairTicket) ticket = drive_to (fixture, from);
  g_autoptr(HkRepairTicket) result = NULL;
  g_autoptr(HkRepairBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  HkRepairHandover handover = plain_handover (ticket);
  HkTestHallBefore before;
  gint64 id = hk_repair_ticket_get_id (ticket);
  gint64 when = hk_database_get_now (fixture->hall.db.database) + 600;

  g_assert_cmpint (hk_repair_ticket_get_status (ticket), ==, from);
  hk_database_set_now (fixture->hall.db.database, when);
  hk_test_hall_remember (&fixture->hall, &before);

  switch (via)
    {
    case HK_REPAIR_MOVE_DISPATCH:
      batch = hk_repair_store_dispatch (fixture->repairs, fixture->tech, &id, 1, "顺丰", NULL,
                                        &error);
      if (batch != NULL)
        result = reload (fixture, ticket);
      break;
    case HK_REPAIR_MOVE_RETURN:
      result = hk_repair_store_return_from_city (fixture->repairs, fixture->tech, ticket, TRUE,
                                                 "已修复", &error);
      break;
    case HK_REPAIR_MOVE_HANDOVER:
      result = hk_repair_store_hand_over (fixture->repairs, fixture->tech, ticket, &handover,
                                          &error);
      break;
    case HK_REPAIR_MOVE_STATUS:
    case HK_REPAIR_MOVE_NONE:
    default:
      result = hk_repair_store_set_status (fixture->repairs, fixture->tech, ticket, to, "原因",
                                           &error);
      break;
    }

  if (allowed)
    {
      g_autoptr(GPtrArray) events = NULL;
      HkRepairEvent *event;

      if (error != NULL)
        g_error ("%s → %s should be allowed: %s", hk_repair_status_to_id (from),
                 hk_repair_status_to_id (to), error->message);
      g_assert_nonnull (result);
      g_assert_cmpint (hk_repair_ticket_get_status (result), ==, to);
      g_assert_cmpint (hk_repair_ticket_get_status_at (result), ==, when);

      /* Every move is on the timeline: from, to, who, when. */
      events = get_events (fixture, result);
      event = last_event (events);
      g_assert_true (event->has_from);
      g_assert_cmpint (event->from_status, ==, from);
      g_assert_true (event->has_to);
      g_assert_cmpint (event->to_status, ==, to);
      g_assert_cmpint (event->at, ==, when);
      g_assert_cmpint (event->by, ==, hk_operator_get_id (fixture->tech));
      /* Allowed: nothing to compare the snapshot with. */
      g_clear_pointer (&before.rows, g_free);
    }
  else
    {
      if (error == NULL)
        g_error ("%s → %s should be refused", hk_repair_status_to_id (from),
                 hk_repair_status_to_id (to));
      g_assert_null (result);
      g_assert_null (batch);
      g_assert_error (error, HK_ERROR, HK_ERROR_CONFLICT);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }
}

/* Every move from every status, through every way of moving: set_status to each status,
 * dispatch, return from the city company, and the handover. */
static void
test_machine_moves (Fixture       *fixture,
                    gconstpointer  data)
{
  for (guint from = 0; from < HK_REPAIR_N_STATUSES; from++)
    {
      HkRepairStatus handover_to = from == HK_REPAIR_UNREPAIRED ? HK_REPAIR_RETURNED_UNREPAIRED
                                                                : HK_REPAIR_PICKED_UP;

      for (guint to = 0; to < HK_REPAIR_N_STATUSES; to++)
        attempt (fixture, from, HK_REPAIR_MOVE_STATUS, to,
                 expected_move (from, to) == HK_REPAIR_MOVE_STATUS);

      attempt (fixture, from, HK_REPAIR_MOVE_DISPATCH, HK_REPAIR_SENT_OUT,
               expected_move (from, HK_REPAIR_SENT_OUT) == HK_REPAIR_MOVE_DISPATCH);
      attempt (fixture, from, HK_REPAIR_MOVE_RETURN, HK_REPAIR_BACK_FROM_CITY,
               expected_move (from, HK_REPAIR_BACK_FROM_CITY) == HK_REPAIR_MOVE_RETURN);
      attempt (fixture, from, HK_REPAIR_MOVE_HANDOVER, handover_to,
               expected_move (from, handover_to) == HK_REPAIR_MOVE_HANDOVER);
    }
}

static void
test_machine_messages (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HkRepairTicket) diagnosing = drive_to (fixture, HK_REPAIR_DIAGNOSING);
  g_autoptr(HkRepairTicket) sent = drive_to (fixture, HK_REPAIR_SENT_OUT);
  g_autoptr(HkRepairTicket) ready = drive_to (fixture, HK_REPAIR_READY);
  g_autoptr(HkRepairTicket) closed = drive_to (fixture, HK_REPAIR_PICKED_UP);
  g_autoptr(HkRepairTicket) received = intake (fixture, IMEI_B);
  g_autoptr(GError) error = NULL;

  /* Each refusal says which way the move goes, if any. */
  g_assert_null (hk_repair_store_set_status (fixture->repairs, fixture->tech, diagnosing,
                                             HK_REPAIR_SENT_OUT, NULL, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "dispatch batch");
  g_clear_error (&error);
  g_assert_null (hk_repair_store_set_status (fixture->repairs, fixture->tech, sent,
                                             HK_REPAIR_BACK_FROM_CITY, NULL, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "report");
  g_clear_error (&error);
  g_assert_null (hk_repair_store_set_status (fixture->repairs, fixture->tech, ready,
                                             HK_REPAIR_PICKED_UP, NULL, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "handing the device");
  g_clear_error (&error);
  g_assert_null (hk_repair_store_set_status (fixture->repairs, fixture->tech, closed,
                                             HK_REPAIR_REPAIRING, NULL, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "is closed");
  g_clear_error (&error);
  g_assert_null (hk_repair_store_set_status (fixture->repairs, fixture->tech, received,
                                             HK_REPAIR_READY, NULL, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "Received: it cannot go to Ready for pickup");
  g_clear_error (&error);

  /* Not repaired needs the reason; only a technician moves tickets. */
  g_assert_null (hk_repair_store_set_status (fixture->repairs, fixture->tech, diagnosing,
                                             HK_REPAIR_UNREPAIRED, "  ", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "why");
  g_clear_error (&error);
  g_assert_null (hk_repair_store_set_status (fixture->repairs, fixture->hall.manager, diagnosing,
                                             HK_REPAIR_REPAIRING, NULL, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, "Repair technician");
}

/* A whole repair by way of the city company, as the timeline tells it. */
static void
test_timeline (Fixture       *fixture,
               gconstpointer  data)
{
  HkDatabase *database = fixture->hall.db.database;
  g_autoptr(HkRepairTicket) ticket = intake (fixture, IMEI_A);
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected[] = {
    "Received at the repair desk",
    "Received → Diagnosing: 主板故障",
    "Sent to the city company in batch S20240315-01",
    "Customer called: 告知需送修，约一周",
    "Back from the city company (batch S20240315-01): 更换主板，测试正常",
    "Back from the city company → Ready for pickup",
    "Fee line added: RPR-HP 换屏服务费 × 1 = ¥150.00",
    "Picked up: 王小明",
  };

  hk_database_set_now (database, T0 + 600);
  {
    g_autoptr(HkRepairTicket) old = g_steal_pointer (&ticket);

    ticket = hk_repair_store_set_status (fixture->repairs, fixture->tech, old,
                                         HK_REPAIR_DIAGNOSING, "主板故障", &error);
    g_assert_no_error (error);
  }
  hk_database_set_now (database, T0 + 1200);
  ticket = send_out (fixture, ticket);
  g_assert_cmpstr (hk_repair_ticket_get_batch_no (ticket), ==, "S20240315-01");
  hk_database_set_now (database, T0 + 1800);
  ticket = call_back (fixture, ticket, "告知需送修，约一周");
  g_assert_cmpuint (hk_repair_ticket_get_n_callbacks (ticket), ==, 1);
  g_assert_cmpint (hk_repair_ticket_get_last_callback_at (ticket), ==, T0 + 1800);
  hk_database_set_now (database, T0 + 5 * DAY);
  ticket = bring_back (fixture, ticket, TRUE);
  g_assert_null (hk_repair_ticket_get_batch_no (ticket));
  ticket = move (fixture, ticket, HK_REPAIR_READY);
  ticket = add_fee (fixture, ticket, HK_REPAIR_FEE_LABOUR, fixture->labour, 1);
  hk_database_set_now (database, T0 + 6 * DAY);
  {
    HkRepairHandover handover = plain_handover (ticket);

    handover.charge_mode = HK_REPAIR_CHARGE_CLERK_RECEIPT;
    handover.clerk_receipt_no = NULL;
    /* ¥150.00 with a ¥100.00 deposit: a clerk's receipt is named, but not its number. */
    g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech, ticket, &handover,
                                              &error));
    hk_test_assert_error (error, HK_ERROR_INVALID, "number of the receipt");
    g_clear_error (&error);
  }
  shift = hk_test_hall_open_shift (&fixture->hall, fixture->tech, 0);
  ticket = hand_over_on_shift (fixture, ticket);

  events = get_events (fixture, ticket);
  g_assert_cmpuint (events->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *text = hk_repair_event_describe (g_ptr_array_index (events, i));

      g_assert_cmpstr (text, ==, expected[i]);
    }
  g_assert_cmpint (((HkRepairEvent *)g_ptr_array_index (events, 1))->at, ==, T0 + 600);
  g_assert_cmpint (((HkRepairEvent *)g_ptr_array_index (events, 4))->at, ==, T0 + 5 * DAY);
}

/* ---- the city company ---- */

static void
test_dispatch (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HkRepairTicket) a = move (fixture, intake (fixture, IMEI_A), HK_REPAIR_DIAGNOSING);
  g_autoptr(HkRepairTicket) b = drive_to (fixture, HK_REPAIR_REPAIRING);
  g_autoptr(HkRepairTicket) c = move (fixture, intake (fixture, IMEI_C), HK_REPAIR_DIAGNOSING);
  g_autoptr(HkRepairBatch) first = NULL;
  g_autoptr(HkRepairBatch) second = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) batches = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { hk_repair_ticket_get_id (b), hk_repair_ticket_get_id (a) };
  gint64 third = hk_repair_ticket_get_id (c);
  HkRepairBatchItem *item;

  first = dispatch (fixture, ids, 2);
  g_assert_cmpstr (hk_repair_batch_get_batch_no (first), ==, "S20240315-01");
  g_assert_cmpstr (hk_repair_batch_get_dispatch_day (first), ==, TODAY);
  g_assert_cmpstr (hk_repair_batch_get_courier (first), ==, "顺丰 张师傅");
  g_assert_cmpstr (hk_repair_batch_get_waybill (first), ==, "SF1234567890");
  g_assert_cmpint (hk_repair_batch_get_sent_by (first), ==, hk_operator_get_id (fixture->tech));
  g_assert_cmpstr (hk_repair_batch_get_sent_by_name (first), ==, "吴磊");
  g_assert_cmpuint (hk_repair_batch_get_n_items (first), ==, 2);
  g_assert_cmpuint (hk_repair_batch_get_n_returned (first), ==, 0);
  g_assert_false (hk_repair_batch_is_complete (first));
  hk_test_hall_assert_last_audit (&fixture->hall, "repair-dispatch", fixture->tech,
                                  "repair_batch", hk_repair_batch_get_id (first),
                                  "with 2 tickets");

  items = hk_repair_store_get_batch_items (fixture->repairs, hk_repair_batch_get_id (first),
                                           &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 2);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpint (item->ticket_id, ==, hk_repair_ticket_get_id (b));
  g_assert_cmpuint (item->position, ==, 1);
  g_assert_cmpstr (item->imei, ==, IMEI_A);
  g_assert_cmpint (item->returned_at, ==, 0);

  {
    g_autoptr(HkRepairTicket) now_a = reload (fixture, a);

    g_assert_cmpint (hk_repair_ticket_get_status (now_a), ==, HK_REPAIR_SENT_OUT);
    g_assert_cmpstr (hk_repair_ticket_get_batch_no (now_a), ==, "S20240315-01");
  }

  /* The day's second batch. */
  second = dispatch (fixture, &third, 1);
  g_assert_cmpstr (hk_repair_batch_get_batch_no (second), ==, "S20240315-02");

  batches = hk_repair_store_list_batches (fixture->repairs, TODAY, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (batches->len, ==, 2);
  g_assert_cmpstr (hk_repair_batch_get_batch_no (g_ptr_array_index (batches, 0)), ==,
                   "S20240315-02");

  {
    g_autoptr(HkRepairBatch) found = hk_repair_store_lookup_batch (fixture->repairs,
                                                                   "s20240315-01", &error);

    g_assert_no_error (error);
    g_assert_cmpint (hk_repair_batch_get_id (found), ==, hk_repair_batch_get_id (first));
  }
}

static void
test_dispatch_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ok = move (fixture, intake (fixture, IMEI_A), HK_REPAIR_DIAGNOSING);
  g_autoptr(HkRepairTicket) received = intake (fixture, IMEI_B);
  gint64 ok_id = hk_repair_ticket_get_id (ok);
  gint64 mixed[] = { ok_id, hk_repair_ticket_get_id (received) };
  gint64 twice[] = { ok_id, ok_id };
  gint64 unknown = 999;
  const struct
  {
    const gint64 *ids;
    guint         n;
    const char   *courier;
    int           code;
    const char   *fragment;
  } cases[] = {
    { mixed, 0, "顺丰", HK_ERROR_INVALID, "1 to 100" },
    { twice, 2, "顺丰", HK_ERROR_INVALID, "twice" },
    { &ok_id, 1, " ", HK_ERROR_INVALID, "courier" },
    /* All go, or none: the first ticket stays in the hall. */
    { mixed, 2, "顺丰", HK_ERROR_CONFLICT, "Received" },
    { &unknown, 1, "顺丰", HK_ERROR_NOT_FOUND, "999" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      g_assert_null (hk_repair_store_dispatch (fixture->repairs, fixture->tech, cases[i].ids,
                                               cases[i].n, cases[i].courier, NULL, &error));
      hk_test_assert_error (error, cases[i].code, cases[i].fragment);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }

  /* A refused batch took no number. */
  {
    g_autoptr(HkRepairBatch) batch = dispatch (fixture, &ok_id, 1);

    g_assert_cmpstr (hk_repair_batch_get_batch_no (batch), ==, "S20240315-01");
  }
}

static void
test_return_item_by_item (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(HkRepairTicket) a = move (fixture, intake (fixture, IMEI_A), HK_REPAIR_DIAGNOSING);
  g_autoptr(HkRepairTicket) b = move (fixture, intake (fixture, IMEI_B), HK_REPAIR_DIAGNOSING);
  g_autoptr(HkRepairBatch) batch = NULL;
  g_autoptr(HkRepairBatch) half = NULL;
  g_autoptr(HkRepairBatch) whole = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { hk_repair_ticket_get_id (a), hk_repair_ticket_get_id (b) };
  HkRepairBatchItem *item;

  batch = dispatch (fixture, ids, 2);
  refresh (fixture, &a);
  refresh (fixture, &b);

  /* The report is required. */
  {
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_repair_store_return_from_city (fixture->repairs, fixture->tech, a, TRUE,
                                                     "", &error));
    hk_test_assert_error (error, HK_ERROR_INVALID, "report");
    g_clear_error (&error);
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }

  hk_database_set_now (fixture->hall.db.database, T0 + 3 * DAY);
  a = bring_back (fixture, a, FALSE);
  g_assert_cmpint (hk_repair_ticket_get_status (a), ==, HK_REPAIR_BACK_FROM_CITY);
  assert_last_audit (fixture, "repair-returned", fixture->tech, "repair_ticket",
                     hk_repair_ticket_get_id (a), "not repaired");

  half = hk_repair_store_lookup_batch_by_id (fixture->repairs, hk_repair_batch_get_id (batch),
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_repair_batch_get_n_returned (half), ==, 1);
  g_assert_false (hk_repair_batch_is_complete (half));

  /* Once back, it cannot come back again. */
  {
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_repair_store_return_from_city (fixture->repairs, fixture->tech, a, TRUE,
                                                     "再次", &error));
    hk_test_assert_error (error, HK_ERROR_CONFLICT, "cannot go to");
    g_clear_error (&error);
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }

  hk_database_set_now (fixture->hall.db.database, T0 + 4 * DAY);
  b = bring_back (fixture, b, TRUE);

  whole = hk_repair_store_lookup_batch_by_id (fixture->repairs, hk_repair_batch_get_id (batch),
                                              &error);
  g_assert_no_error (error);
  g_assert_true (hk_repair_batch_is_complete (whole));

  items = hk_repair_store_get_batch_items (fixture->repairs, hk_repair_batch_get_id (batch),
                                           &error);
  g_assert_no_error (error);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpint (item->returned_at, ==, T0 + 3 * DAY);
  g_assert_false (item->city_repaired);
  g_assert_cmpstr (item->city_report, ==, "主板损坏无法修复");
  item = g_ptr_array_index (items, 1);
  g_assert_cmpint (item->returned_at, ==, T0 + 4 * DAY);
  g_assert_true (item->city_repaired);

  /* The not-repaired one goes back to its owner unrepaired; it can be sent again instead. */
  a = move (fixture, a, HK_REPAIR_UNREPAIRED);
  b = move (fixture, move (fixture, b, HK_REPAIR_REPAIRING), HK_REPAIR_READY);
}

/* ---- fees and parts ---- */

static void
test_fees (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = move (fixture, intake (fixture, IMEI_A),
                                           HK_REPAIR_DIAGNOSING);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  HkRepairFeeLine *line;

  ticket = add_fee (fixture, ticket, HK_REPAIR_FEE_DIAGNOSIS, fixture->diagnosis, 1);
  ticket = add_fee (fixture, ticket, HK_REPAIR_FEE_LABOUR, fixture->labour, 2);
  g_assert_cmpint (hk_repair_ticket_get_fee_total (ticket), ==, 3000 + 30000);
  assert_last_audit (fixture, "repair-fee-added", fixture->tech, "repair_ticket",
                     hk_repair_ticket_get_id (ticket), "labour");

  lines = hk_repair_store_get_fee_lines (fixture->repairs, hk_repair_ticket_get_id (ticket),
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 2);
  line = g_ptr_array_index (lines, 1);
  g_assert_cmpint (line->kind, ==, HK_REPAIR_FEE_LABOUR);
  g_assert_cmpstr (line->fee_item_code, ==, "RPR-HP");
  g_assert_cmpint (line->quantity, ==, 2);
  g_assert_cmpint (line->unit_price, ==, 15000);
  g_assert_cmpint (line->amount, ==, 30000);
  g_assert_false (line->is_void);

  ticket = void_fee (fixture, ticket, line->id, "只换一块");
  g_assert_cmpint (hk_repair_ticket_get_fee_total (ticket), ==, 3000);
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = hk_repair_store_get_fee_lines (fixture->repairs, hk_repair_ticket_get_id (ticket),
                                         &error);
  line = g_ptr_array_index (lines, 1);
  g_assert_true (line->is_void);
  g_assert_cmpstr (line->void_reason, ==, "只换一块");
  g_assert_cmpint (line->voided_by, ==, hk_operator_get_id (fixture->tech));
}

static void
test_fees_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = add_fee (fixture, drive_to (fixture, HK_REPAIR_DIAGNOSING),
                                              HK_REPAIR_FEE_DIAGNOSIS, fixture->diagnosis, 1);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  gint64 line_id;
  HkTestHallBefore before;

  lines = hk_repair_store_get_fee_lines (fixture->repairs, hk_repair_ticket_get_id (ticket),
                                         &error);
  line_id = ((HkRepairFeeLine *)g_ptr_array_index (lines, 0))->id;

  hk_test_hall_remember (&fixture->hall, &before);

  /* Not a repair fee; parts through add_fee; a quantity of nothing; no such fee item. */
  g_assert_null (hk_repair_store_add_fee (fixture->repairs, fixture->tech, ticket,
                                          HK_REPAIR_FEE_LABOUR, fixture->sim, 1, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "not a repair fee");
  g_clear_error (&error);
  g_assert_null (hk_repair_store_add_fee (fixture->repairs, fixture->tech, ticket,
                                          HK_REPAIR_FEE_PARTS, fixture->screen_fee, 1, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "part");
  g_clear_error (&error);
  g_assert_null (hk_repair_store_add_fee (fixture->repairs, fixture->tech, ticket,
                                          HK_REPAIR_FEE_LABOUR, fixture->labour, 0, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "quantity");
  g_clear_error (&error);
  g_assert_null (hk_repair_store_add_fee (fixture->repairs, fixture->tech, ticket,
                                          HK_REPAIR_FEE_LABOUR, 9999, 1, &error));
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND, "9999");
  g_clear_error (&error);

  /* A void needs its reason, and a line is voided once. */
  g_assert_null (hk_repair_store_void_fee (fixture->repairs, fixture->tech, ticket, line_id,
                                           " ", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "reason");
  g_clear_error (&error);
  g_assert_null (hk_repair_store_void_fee (fixture->repairs, fixture->tech, ticket, 9999,
                                           "错了", &error));
  hk_test_assert_error (error, HK_ERROR_NOT_FOUND, "no fee line");
  g_clear_error (&error);

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  ticket = void_fee (fixture, ticket, line_id, "免收");
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_repair_store_void_fee (fixture->repairs, fixture->tech, ticket, line_id,
                                           "再作废", &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "already void");
  g_clear_error (&error);

  /* A fee item that went out of use. */
  {
    g_autoptr(HkFeeItem) item = hk_fee_item_store_lookup_by_id (fixture->hall.fee_items,
                                                                fixture->labour, NULL);
    g_autoptr(HkFeeItem) inactive = NULL;

    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    inactive = hk_fee_item_store_set_active (fixture->hall.fee_items, fixture->hall.supervisor,
                                             item, FALSE, &error);
    g_assert_no_error (error);
    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_repair_store_add_fee (fixture->repairs, fixture->tech, ticket,
                                            HK_REPAIR_FEE_LABOUR, fixture->labour, 1, &error));
    hk_test_assert_error (error, HK_ERROR_INVALID, "no longer in use");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }
}

static void
test_parts_use (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = drive_to (fixture, HK_REPAIR_REPAIRING);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) movements = NULL;
  g_autoptr(GError) error = NULL;
  HkRepairFeeLine *line;
  HkRepairPartMovement *movement;
  HkTestHallBefore before;

  g_assert_cmpint (on_hand (fixture), ==, 5);
  ticket = use_part (fixture, ticket, 2);
  g_assert_cmpint (on_hand (fixture), ==, 3);
  g_assert_cmpint (hk_repair_ticket_get_fee_total (ticket), ==, 80000);

  lines = hk_repair_store_get_fee_lines (fixture->repairs, hk_repair_ticket_get_id (ticket),
                                         &error);
  line = g_ptr_array_index (lines, 0);
  g_assert_cmpint (line->kind, ==, HK_REPAIR_FEE_PARTS);
  g_assert_cmpint (line->part_id, ==, fixture->screen);
  g_assert_cmpstr (line->part_code, ==, "SCR-P40");
  g_assert_cmpint (line->fee_item_id, ==, fixture->screen_fee);
  g_assert_cmpint (line->unit_price, ==, 40000);

  /* Not more than the stock holds. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_repair_store_use_part (fixture->repairs, fixture->tech, ticket,
                                           fixture->screen, 4, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "Only 3 of the part SCR-P40");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  /* Voiding the line puts the parts back. */
  ticket = void_fee (fixture, ticket, line->id, "屏幕型号不对");
  g_assert_cmpint (on_hand (fixture), ==, 5);
  g_assert_cmpint (hk_repair_ticket_get_fee_total (ticket), ==, 0);

  movements = hk_repair_part_store_list_movements (fixture->parts, fixture->screen, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (movements->len, ==, 3);
  movement = g_ptr_array_index (movements, 1);
  g_assert_cmpint (movement->kind, ==, HK_REPAIR_PART_USED);
  g_assert_cmpint (movement->quantity, ==, -2);
  g_assert_cmpstr (movement->ticket_no, ==, hk_repair_ticket_get_ticket_no (ticket));
  movement = g_ptr_array_index (movements, 2);
  g_assert_cmpint (movement->kind, ==, HK_REPAIR_PART_PUT_BACK);
  g_assert_cmpint (movement->quantity, ==, 2);
}

static void
test_parts_count (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkRepairPart) part = hk_repair_part_store_lookup_by_id (fixture->parts,
                                                                    fixture->screen, NULL);
  g_autoptr(HkRepairPart) counted = NULL;
  g_autoptr(HkRepairPart) short_count = NULL;
  g_autoptr(GPtrArray) movements = NULL;
  g_autoptr(GError) error = NULL;
  HkRepairPartMovement *movement;
  HkTestHallBefore before;

  /* A count that matches is recorded with no difference. */
  hk_database_set_now (fixture->hall.db.database, T0 + HOUR);
  counted = hk_repair_part_store_count (fixture->parts, fixture->tech, part, 5, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_repair_part_get_on_hand (counted), ==, 5);
  g_assert_cmpint (hk_repair_part_get_last_count_at (counted), ==, T0 + HOUR);
  hk_test_hall_assert_last_audit (&fixture->hall, "repair-part-counted", fixture->tech,
                                  "repair_part", fixture->screen, "as the stock says");

  /* One short: refused without a note, recorded with one. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_repair_part_store_count (fixture->parts, fixture->tech, part, 4, "", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "say why they differ");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  short_count = hk_repair_part_store_count (fixture->parts, fixture->hall.manager, part, 4,
                                            "一块屏幕碎了，已报损", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_repair_part_get_on_hand (short_count), ==, 4);
  hk_test_hall_assert_last_audit (&fixture->hall, "repair-part-counted", fixture->hall.manager,
                                  "repair_part", fixture->screen, "difference -1");

  movements = hk_repair_part_store_list_movements (fixture->parts, fixture->screen, &error);
  movement = g_ptr_array_index (movements, movements->len - 1);
  g_assert_cmpint (movement->kind, ==, HK_REPAIR_PART_COUNTED);
  g_assert_cmpint (movement->quantity, ==, -1);
  g_assert_cmpint (movement->counted, ==, 4);
  g_assert_cmpstr (movement->note, ==, "一块屏幕碎了，已报损");

  /* A clerk does not count the technician's stock; nor is a count negative. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_repair_part_store_count (fixture->parts, fixture->hall.clerk, part, 4, NULL,
                                             &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, "Counting parts");
  g_clear_error (&error);
  g_assert_null (hk_repair_part_store_count (fixture->parts, fixture->tech, part, -1, "x",
                                             &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "0 to");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
}

static void
test_parts_add (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HkRepairPart) battery = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  battery = hk_repair_part_store_add (fixture->parts, fixture->tech, "BAT-P40", "P40 电池",
                                      fixture->labour, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_repair_part_get_on_hand (battery), ==, 0);
  g_assert_cmpint (hk_repair_part_get_price (battery), ==, 15000);
  g_assert_cmpstr (hk_repair_part_get_fee_item_code (battery), ==, "RPR-HP");

  parts = hk_repair_part_store_list (fixture->parts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parts->len, ==, 2);
  g_assert_cmpstr (hk_repair_part_get_code (g_ptr_array_index (parts, 0)), ==, "BAT-P40");

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_repair_part_store_add (fixture->parts, fixture->tech, "scr-p40", "重复",
                                           fixture->screen_fee, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "already a part");
  g_clear_error (&error);
  g_assert_null (hk_repair_part_store_add (fixture->parts, fixture->tech, "SIM-X", "卡",
                                           fixture->sim, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "Repair");
  g_clear_error (&error);
  g_assert_null (hk_repair_part_store_add (fixture->parts, fixture->tech, "A B", "x",
                                           fixture->labour, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "not a part code");
  g_clear_error (&error);
  g_assert_null (hk_repair_part_store_receive (fixture->parts, fixture->tech, battery, 0, NULL,
                                               &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "Receive 1 to");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

/* ---- the handover ---- */

static void
test_accessories (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = drive_to (fixture, HK_REPAIR_READY);
  g_autoptr(HkRepairTicket) closed = NULL;
  g_autoptr(GError) error = NULL;
  HkRepairHandover handover = plain_handover (ticket);
  HkTestHallBefore before;

  /* Received: battery and charger. Only the battery comes back, and a box nobody gave. */
  handover.accessories_returned = HK_REPAIR_ACCESSORY_BATTERY | HK_REPAIR_ACCESSORY_BOX;

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech, ticket, &handover,
                                            &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "not handed back: Charger; not received: Box");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  handover.note = "客户说充电器不用了，盒子是客户自己的";
  closed = hand_over_with (fixture, fixture->tech, ticket, &handover);
  g_assert_cmpint (hk_repair_ticket_get_accessories_returned (closed), ==,
                   HK_REPAIR_ACCESSORY_BATTERY | HK_REPAIR_ACCESSORY_BOX);
  g_assert_cmpstr (hk_repair_ticket_get_handover_note (closed), ==, handover.note);
  g_assert_cmpstr (hk_repair_ticket_get_collected_by (closed), ==, "王小明");
  g_assert_true (hk_repair_ticket_get_id_checked (closed));
  g_assert_cmpint (hk_repair_ticket_get_status (closed), ==, HK_REPAIR_PICKED_UP);

  /* The schema insists too. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_false (hk_database_exec (fixture->hall.db.database,
                                    "UPDATE repair_tickets SET handover_note = NULL", &error));
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

static void
test_handover_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = drive_to (fixture, HK_REPAIR_READY);
  g_autoptr(HkRepairTicket) repairing = drive_to (fixture, HK_REPAIR_REPAIRING);
  g_autoptr(GError) error = NULL;
  HkRepairHandover handover = plain_handover (ticket);
  HkTestHallBefore before;

  hk_test_hall_remember (&fixture->hall, &before);

  handover.id_checked = FALSE;
  g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech, ticket, &handover,
                                            &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "identity document");
  g_clear_error (&error);

  handover = plain_handover (ticket);
  handover.collected_by = "";
  g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech, ticket, &handover,
                                            &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "who collected");
  g_clear_error (&error);

  handover = plain_handover (repairing);
  g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech, repairing, &handover,
                                            &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "only a device ready for pickup");
  g_clear_error (&error);

  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  /* A clerk does not hand devices over. */
  handover = plain_handover (ticket);
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->hall.clerk, ticket,
                                            &handover, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, "Repair technician");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
}

/* The fee charged on the technician's own shift is a receipt of the cash desk, and so revenue
 * in the technician's daily report. */
static void
test_fee_becomes_revenue (Fixture       *fixture,
                          gconstpointer  data)
{
  HkDailyReportStore *reports = hk_context_get_daily_report_store (fixture->hall.context);
  g_autoptr(HkRepairTicket) ticket = drive_to (fixture, HK_REPAIR_REPAIRING);
  g_autoptr(HkRepairTicket) closed = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) receipt = NULL;
  g_autoptr(HkDailyReport) report = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) payments = NULL;
  g_autoptr(GError) error = NULL;
  HkRepairHandover handover;

  ticket = add_fee (fixture, ticket, HK_REPAIR_FEE_DIAGNOSIS, fixture->diagnosis, 1);
  ticket = use_part (fixture, ticket, 1);
  ticket = move (fixture, ticket, HK_REPAIR_READY);
  g_assert_cmpint (hk_repair_ticket_get_fee_total (ticket), ==, 43000);

  shift = hk_test_hall_open_shift (&fixture->hall, fixture->tech, 20000);
  hk_database_set_now (fixture->hall.db.database, T0 + 2 * HOUR);

  handover = plain_handover (ticket);
  handover.charge_mode = HK_REPAIR_CHARGE_SHIFT;
  handover.balance_method = HK_PAYMENT_WECHAT;
  closed = hand_over_with (fixture, fixture->tech, ticket, &handover);

  g_assert_cmpint (hk_repair_ticket_get_charged_total (closed), ==, 43000);
  g_assert_cmpint (hk_repair_ticket_get_charge_mode (closed), ==, HK_REPAIR_CHARGE_SHIFT);
  g_assert_cmpstr (hk_repair_ticket_get_receipt_no (closed), ==, CODE "-00000001");
  g_assert_cmpint (hk_repair_ticket_get_deposit_refunded (closed), ==, 0);
  g_assert_cmpint (hk_repair_ticket_get_handed_over_at (closed), ==, T0 + 2 * HOUR);
  assert_last_audit (fixture, "repair-handed-over", fixture->tech, "repair_ticket",
                     hk_repair_ticket_get_id (closed), "on receipt " CODE "-00000001");

  /* The receipt: the fee lines at the stated prices; the deposit paid in cash, the rest by
   * WeChat Pay; on the technician's shift, with the customer's phone. */
  receipt = hk_receipt_store_lookup (fixture->hall.receipts,
                                     hk_repair_ticket_get_receipt_id (closed), &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_receipt_get_total (receipt), ==, 43000);
  g_assert_cmpint (hk_receipt_get_clerk_id (receipt), ==, hk_operator_get_id (fixture->tech));
  g_assert_cmpint (hk_receipt_get_shift_id (receipt), ==, hk_shift_get_id (shift));
  g_assert_cmpstr (hk_receipt_get_customer_phone (receipt), ==, PHONE);
  lines = hk_receipt_store_get_lines (fixture->hall.receipts, hk_receipt_get_id (receipt), NULL);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpstr (((HkReceiptLine *)g_ptr_array_index (lines, 1))->fee_item_code, ==, "RPR-SCR");
  /* At the tariff: no special price on the receipt. */
  g_assert_null (((HkReceiptLine *)g_ptr_array_index (lines, 1))->price_reason);
  payments = hk_receipt_store_get_payments (fixture->hall.receipts, hk_receipt_get_id (receipt),
                                            NULL);
  g_assert_cmpuint (payments->len, ==, 2);
  g_assert_cmpint (((HkReceiptPayment *)g_ptr_array_index (payments, 0))->method, ==,
                   HK_PAYMENT_CASH);
  g_assert_cmpint (((HkReceiptPayment *)g_ptr_array_index (payments, 0))->amount, ==, 10000);
  g_assert_cmpint (((HkReceiptPayment *)g_ptr_array_index (payments, 1))->method, ==,
                   HK_PAYMENT_WECHAT);
  g_assert_cmpint (((HkReceiptPayment *)g_ptr_array_index (payments, 1))->amount, ==, 33000);

  /* The daily report of the technician's day counts it. */
  report = hk_daily_report_store_compute (reports, hk_operator_get_id (fixture->tech), TODAY,
                                          &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_daily_report_get_n_receipts (report), ==, 1);
  g_assert_cmpint (hk_daily_report_get_account_total (report), ==, 43000);
  g_assert_cmpint (hk_daily_report_get_account_by_method (report, HK_PAYMENT_CASH), ==, 10000);
  g_assert_cmpint (hk_daily_report_get_account_by_method (report, HK_PAYMENT_WECHAT), ==, 33000);
  g_assert_cmpuint (hk_daily_report_get_n_numbers_used (report), ==, 1);
  g_assert_true (hk_daily_report_get_stubs_agree (report));
}

static void
test_fee_shift_refused (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = add_fee (fixture, drive_to (fixture, HK_REPAIR_READY),
                                              HK_REPAIR_FEE_LABOUR, fixture->labour, 1);
  g_autoptr(GError) error = NULL;
  HkRepairHandover handover = plain_handover (ticket);
  HkTestHallBefore before;

  handover.charge_mode = HK_REPAIR_CHARGE_SHIFT;

  /* A technician without the clerk's role cannot charge on a shift of their own. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech2, ticket, &handover,
                                            &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, "Counter clerk");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);

  /* With the role but no open shift: the cash desk refuses, and nothing is written. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech, ticket, &handover,
                                            &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "Open your shift");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  /* A fee above zero is charged one way or the other. */
  hk_test_hall_remember (&fixture->hall, &before);
  handover.charge_mode = HK_REPAIR_CHARGE_NONE;
  g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech, ticket, &handover,
                                            &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "to be charged");
  g_clear_error (&error);
  handover.charge_mode = HK_REPAIR_CHARGE_SHIFT;
  handover.balance_method = HK_PAYMENT_CHEQUE;
  g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech, ticket, &handover,
                                            &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "cash, by card");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

/* The tariff changed after the fee line was stated: the receipt keeps the stated price, which
 * a duty manager approves as at the counter. */
static void
test_fee_price_changed (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = add_fee (fixture, drive_to (fixture, HK_REPAIR_READY),
                                              HK_REPAIR_FEE_DIAGNOSIS, fixture->diagnosis, 1);
  g_autoptr(HkRepairTicket) closed = NULL;
  g_autoptr(HkFeeItem) item = NULL;
  g_autoptr(HkFeeItem) repriced = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  HkRepairHandover handover = plain_handover (ticket);
  HkTestHallBefore before;

  hk_database_set_now (fixture->hall.db.database, T0 + DAY);
  item = hk_fee_item_store_lookup_by_id (fixture->hall.fee_items, fixture->diagnosis, NULL);
  repriced = hk_fee_item_store_set_price (fixture->hall.fee_items, fixture->hall.supervisor,
                                          item, 3500, TOMORROW, &error);
  g_assert_no_error (error);
  shift = hk_test_hall_open_shift (&fixture->hall, fixture->tech, 0);

  handover.charge_mode = HK_REPAIR_CHARGE_SHIFT;
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech, ticket, &handover,
                                            &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, "Charging a price other than the tariff");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);

  handover.price_approver = fixture->hall.manager;
  closed = hand_over_with (fixture, fixture->tech, ticket, &handover);
  g_assert_cmpint (hk_repair_ticket_get_charged_total (closed), ==, 3000);
  lines = hk_receipt_store_get_lines (fixture->hall.receipts,
                                      hk_repair_ticket_get_receipt_id (closed), NULL);
  g_assert_cmpint (((HkReceiptLine *)g_ptr_array_index (lines, 0))->unit_price, ==, 3000);
  g_assert_cmpstr (((HkReceiptLine *)g_ptr_array_index (lines, 0))->price_reason, ==,
                   "Price stated on repair ticket R20240315-0001");
  /* Deposit ¥100.00, fee ¥30.00: ¥70.00 back. */
  g_assert_cmpint (hk_repair_ticket_get_deposit_refunded (closed), ==, 7000);
}

/* Without a shift of their own, the technician records the receipt a clerk issued. */
static void
test_fee_clerk_receipt (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = add_fee (fixture, drive_to (fixture, HK_REPAIR_UNREPAIRED),
                                              HK_REPAIR_FEE_DIAGNOSIS, fixture->diagnosis, 1);
  g_autoptr(HkRepairTicket) other = add_fee (fixture, drive_to (fixture, HK_REPAIR_READY),
                                             HK_REPAIR_FEE_DIAGNOSIS, fixture->diagnosis, 1);
  g_autoptr(HkRepairTicket) closed = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkReceipt) repair = NULL;
  g_autoptr(HkReceipt) sim = NULL;
  g_autoptr(HkReceipt) wrong_total = NULL;
  g_autoptr(HkReceipt) voided = NULL;
  g_autoptr(HkReceipt) voided_now = NULL;
  g_autofree char *repair_no = NULL;
  g_autofree char *sim_no = NULL;
  g_autofree char *wrong_total_no = NULL;
  g_autofree char *voided_no = NULL;
  HkRepairHandover handover = plain_handover (ticket);
  HkTestHallBefore before;

  shift = hk_test_hall_open_shift (&fixture->hall, fixture->hall.clerk, 0);
  repair = hk_test_hall_sell (&fixture->hall, fixture->hall.clerk, fixture->diagnosis, 1, 3000,
                              HK_PAYMENT_CASH);
  sim = hk_test_hall_sell (&fixture->hall, fixture->hall.clerk, fixture->sim, 1, 2500,
                           HK_PAYMENT_CASH);
  wrong_total = hk_test_hall_sell (&fixture->hall, fixture->hall.clerk, fixture->diagnosis, 2,
                                   6000, HK_PAYMENT_CASH);
  voided = hk_test_hall_sell (&fixture->hall, fixture->hall.clerk, fixture->diagnosis, 1, 3000,
                              HK_PAYMENT_CASH);
  voided_now = hk_receipt_store_void (fixture->hall.receipts, fixture->hall.clerk, voided, "打错",
                                      NULL);
  g_assert_nonnull (voided_now);
  repair_no = hk_receipt_dup_full_number (repair);
  sim_no = hk_receipt_dup_full_number (sim);
  wrong_total_no = hk_receipt_dup_full_number (wrong_total);
  voided_no = hk_receipt_dup_full_number (voided);

  handover.charge_mode = HK_REPAIR_CHARGE_CLERK_RECEIPT;
  {
    const struct
    {
      const char *number;
      int         code;
      const char *fragment;
    } refused[] = {
      { NULL, HK_ERROR_INVALID, "Give the number" },
      { "3300241130-00000099", HK_ERROR_NOT_FOUND, "no receipt" },
      { "not a number", HK_ERROR_INVALID, "not a receipt number" },
      { sim_no, HK_ERROR_CONFLICT, "is for ¥25.00" },
      { wrong_total_no, HK_ERROR_CONFLICT, "is ¥30.00" },
      { voided_no, HK_ERROR_CONFLICT, "void" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        g_autoptr(GError) error = NULL;

        handover.clerk_receipt_no = refused[i].number;
        hk_test_hall_remember (&fixture->hall, &before);
        g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech2, ticket,
                                                  &handover, &error));
        hk_test_assert_error (error, refused[i].code, refused[i].fragment);
        hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
      }
  }

  handover.clerk_receipt_no = repair_no;
  closed = hand_over_with (fixture, fixture->tech2, ticket, &handover);
  g_assert_cmpint (hk_repair_ticket_get_status (closed), ==, HK_REPAIR_RETURNED_UNREPAIRED);
  g_assert_cmpint (hk_repair_ticket_get_charge_mode (closed), ==, HK_REPAIR_CHARGE_CLERK_RECEIPT);
  g_assert_cmpint (hk_repair_ticket_get_receipt_id (closed), ==, hk_receipt_get_id (repair));
  g_assert_cmpstr (hk_repair_ticket_get_receipt_no (closed), ==, repair_no);
  g_assert_cmpint (hk_repair_ticket_get_deposit_refunded (closed), ==, 7000);
  assert_last_audit (fixture, "repair-handed-over", fixture->tech2, "repair_ticket",
                     hk_repair_ticket_get_id (closed), "(a clerk's)");

  /* One receipt pays for one ticket. */
  {
    g_autoptr(GError) error = NULL;
    HkRepairHandover again = plain_handover (other);

    again.charge_mode = HK_REPAIR_CHARGE_CLERK_RECEIPT;
    again.clerk_receipt_no = repair_no;
    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech2, other, &again,
                                              &error));
    hk_test_assert_error (error, HK_ERROR_CONFLICT, "already the charge of repair ticket");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }
}

static void
test_no_fee (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HkRepairTicket) ticket = drive_to (fixture, HK_REPAIR_READY);
  g_autoptr(HkRepairTicket) closed = NULL;
  HkRepairHandover handover = plain_handover (ticket);

  /* Nothing to charge: the way given does not matter, and the whole deposit goes back. */
  handover.charge_mode = HK_REPAIR_CHARGE_SHIFT;
  closed = hand_over_with (fixture, fixture->tech2, ticket, &handover);
  g_assert_cmpint (hk_repair_ticket_get_charge_mode (closed), ==, HK_REPAIR_CHARGE_NONE);
  g_assert_cmpint (hk_repair_ticket_get_charged_total (closed), ==, 0);
  g_assert_cmpint (hk_repair_ticket_get_receipt_id (closed), ==, 0);
  g_assert_cmpint (hk_repair_ticket_get_deposit_refunded (closed), ==, 10000);
}

/* A closed ticket takes nothing more. */
static void
test_closed (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HkRepairTicket) closed = drive_to (fixture, HK_REPAIR_PICKED_UP);
  g_autoptr(GError) error = NULL;
  HkRepairHandover handover = plain_handover (closed);
  HkTestHallBefore before;

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_repair_store_add_fee (fixture->repairs, fixture->tech, closed,
                                          HK_REPAIR_FEE_LABOUR, fixture->labour, 1, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "is closed");
  g_clear_error (&error);
  g_assert_null (hk_repair_store_use_part (fixture->repairs, fixture->tech, closed,
                                           fixture->screen, 1, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "is closed");
  g_clear_error (&error);
  g_assert_null (hk_repair_store_record_callback (fixture->repairs, fixture->tech, closed,
                                                  "再来", &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "is closed");
  g_clear_error (&error);
  g_assert_null (hk_repair_store_hand_over (fixture->repairs, fixture->tech, closed, &handover,
                                            &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "is closed");
  g_clear_error (&error);
  g_assert_false (hk_database_exec (fixture->hall.db.database,
                                    "UPDATE repair_tickets SET status = 'ready'", &error));
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

/* ---- lists ---- */

static void
test_overdue (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HkRepairTicket) late = drive_to (fixture, HK_REPAIR_REPAIRING);
  g_autoptr(HkRepairTicket) sent = drive_to (fixture, HK_REPAIR_SENT_OUT);
  g_autoptr(HkRepairTicket) ready = drive_to (fixture, HK_REPAIR_READY);
  g_autoptr(HkRepairTicket) on_time = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  HkRepairIntake input = default_intake (IMEI_B);
  HkRepairFilter filter = { .overdue_only = TRUE };

  input.promised_day = "2024-03-20";
  on_time = intake_with (fixture, &input);

  /* On the promised day itself, nothing is late. */
  hk_database_set_now (fixture->hall.db.database, T0 + DAY);
  overdue = list (fixture, &filter);
  g_assert_cmpuint (overdue->len, ==, 0);
  g_clear_pointer (&overdue, g_ptr_array_unref);

  /* The day after: what is still being repaired, here or at the city company, is late; what
   * is ready is not. */
  hk_database_set_now (fixture->hall.db.database, T0 + 2 * DAY);
  overdue = list (fixture, &filter);
  g_assert_cmpuint (overdue->len, ==, 2);
  g_assert_true (contains (overdue, late));
  g_assert_true (contains (overdue, sent));
  g_assert_false (contains (overdue, ready));
  g_assert_false (contains (overdue, on_time));
  {
    g_autoptr(HkRepairTicket) now_late = reload (fixture, late);
    g_autoptr(HkRepairTicket) now_ready = reload (fixture, ready);

    g_assert_true (hk_repair_ticket_get_overdue (now_late));
    g_assert_false (hk_repair_ticket_get_overdue (now_ready));
  }
}

static void
test_callbacks (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HkRepairTicket) unrepaired = drive_to (fixture, HK_REPAIR_UNREPAIRED);
  g_autoptr(HkRepairTicket) ready = NULL;
  g_autoptr(HkRepairTicket) collected = NULL;
  g_autoptr(HkRepairTicket) repairing = drive_to (fixture, HK_REPAIR_REPAIRING);
  g_autoptr(GPtrArray) callbacks = NULL;
  g_autoptr(GError) error = NULL;

  hk_database_set_now (fixture->hall.db.database, T0 + HOUR);
  ready = drive_to (fixture, HK_REPAIR_READY);
  collected = drive_to (fixture, HK_REPAIR_PICKED_UP);

  callbacks = hk_repair_store_list_callbacks (fixture->repairs, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (callbacks->len, ==, 2);
  /* The longest waiting first. */
  g_assert_cmpint (hk_repair_ticket_get_id (g_ptr_array_index (callbacks, 0)), ==,
                   hk_repair_ticket_get_id (unrepaired));
  g_assert_cmpint (hk_repair_ticket_get_id (g_ptr_array_index (callbacks, 1)), ==,
                   hk_repair_ticket_get_id (ready));
  g_assert_false (contains (callbacks, collected));
  g_assert_false (contains (callbacks, repairing));

  ready = call_back (fixture, ready, "已通知，明天来取");
  g_assert_cmpuint (hk_repair_ticket_get_n_callbacks (ready), ==, 1);
  assert_last_audit (fixture, "repair-callback", fixture->tech, "repair_ticket",
                     hk_repair_ticket_get_id (ready), "已通知");
}

static void
test_list_search (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkRepairTicket) a = intake (fixture, IMEI_A);
  g_autoptr(HkRepairTicket) b = NULL;
  g_autoptr(HkRepairTicket) c = drive_to (fixture, HK_REPAIR_READY);
  HkRepairIntake input = default_intake (IMEI_B);
  const struct
  {
    const char *search;
    guint       status_mask;
    guint       n;
  } cases[] = {
    { NULL, 0, 3 },
    { "R20240315-0002", 0, 1 },
    { "0002", 0, 1 },
    { "13900001111", 0, 1 },
    { "0001111", 0, 1 },
    { "176148", 0, 1 },
    { "李", 0, 1 },
    { "王小明", 0, 2 },
    { "%", 0, 0 },
    { "_", 0, 0 },
    { NULL, 1u << HK_REPAIR_READY, 1 },
    { NULL, (1u << HK_REPAIR_READY) | (1u << HK_REPAIR_RECEIVED), 3 },
    { "13900001111", 1u << HK_REPAIR_READY, 0 },
  };

  input.customer_name = "李四";
  input.customer_phone = "13900001111";
  b = intake_with (fixture, &input);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HkRepairFilter filter = { .status_mask = cases[i].status_mask, .search = cases[i].search };
      g_autoptr(GPtrArray) found = list (fixture, &filter);

      if (found->len != cases[i].n)
        g_error ("search “%s” mask %x: %u tickets, expected %u", cases[i].search,
                 cases[i].status_mask, found->len, cases[i].n);
    }

  /* By intake day and by technician. */
  {
    HkRepairFilter day = { .first_day = TOMORROW };
    HkRepairFilter by_tech2 = { .technician_id = hk_operator_get_id (fixture->tech2) };
    g_autoptr(GPtrArray) none = list (fixture, &day);
    g_autoptr(GPtrArray) none2 = list (fixture, &by_tech2);

    g_assert_cmpuint (none->len, ==, 0);
    g_assert_cmpuint (none2->len, ==, 0);
  }
}

/* ---- custody ---- */

static void
test_custody (Fixture       *fixture,
              gconstpointer  data)
{
  HkDatabase *database = fixture->hall.db.database;
  g_autoptr(HkRepairTicket) sent = drive_to (fixture, HK_REPAIR_SENT_OUT);
  g_autoptr(HkRepairTicket) repairing = NULL;
  g_autoptr(HkRepairTicket) collected = NULL;
  g_autoptr(HkRepairTicket) tomorrow = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkRepairCustody) custody = NULL;
  g_autoptr(HkRepairCustody) day_after = NULL;
  g_autoptr(GError) error = NULL;
  HkRepairCustodyPart *part;

  repairing = use_part (fixture, drive_to (fixture, HK_REPAIR_REPAIRING), 1);
  collected = add_fee (fixture, drive_to (fixture, HK_REPAIR_READY), HK_REPAIR_FEE_LABOUR,
                       fixture->labour, 1);
  shift = hk_test_hall_open_shift (&fixture->hall, fixture->tech, 0);
  collected = hand_over_on_shift (fixture, collected);

  /* The next day: one more intake, not in the first day's custody. */
  hk_database_set_now (database, T0 + DAY);
  tomorrow = intake (fixture, IMEI_C);

  custody = hk_repair_store_get_custody (fixture->repairs, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (custody->n_by_status[HK_REPAIR_SENT_OUT], ==, 1);
  g_assert_cmpuint (custody->n_by_status[HK_REPAIR_REPAIRING], ==, 1);
  g_assert_cmpuint (custody->n_by_status[HK_REPAIR_PICKED_UP], ==, 1);
  g_assert_cmpuint (custody->n_by_status[HK_REPAIR_RECEIVED], ==, 0);
  g_assert_cmpuint (custody->devices->len, ==, 2);
  g_assert_cmpint (((HkRepairCustodyDevice *)g_ptr_array_index (custody->devices, 0))->status,
                   ==, HK_REPAIR_SENT_OUT);

  /* Three deposits of ¥100.00 came in; one paid ¥100.00 of a ¥150.00 fee on the shift. */
  g_assert_cmpint (custody->deposits_taken, ==, 30000);
  g_assert_cmpint (custody->deposits_applied, ==, 10000);
  g_assert_cmpint (custody->deposits_refunded, ==, 0);
  g_assert_cmpint (custody->deposits_held, ==, 20000);
  g_assert_cmpint (custody->charged_on_shift, ==, 15000);
  g_assert_cmpint (custody->charged_by_clerks, ==, 0);

  /* The screens: five received before the day (in the template, today), one used. */
  g_assert_cmpuint (custody->parts->len, ==, 1);
  part = g_ptr_array_index (custody->parts, 0);
  g_assert_cmpstr (part->code, ==, "SCR-P40");
  g_assert_cmpint (part->opening, ==, 0);
  g_assert_cmpint (part->received, ==, 5);
  g_assert_cmpint (part->used, ==, 1);
  g_assert_cmpint (part->adjusted, ==, 0);
  g_assert_cmpint (part->closing, ==, 4);
  g_assert_false (part->counted);

  day_after = hk_repair_store_get_custody (fixture->repairs, TOMORROW, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (day_after->n_by_status[HK_REPAIR_RECEIVED], ==, 1);
  g_assert_cmpuint (day_after->n_by_status[HK_REPAIR_PICKED_UP], ==, 0);
  g_assert_cmpuint (day_after->devices->len, ==, 3);
  g_assert_cmpint (day_after->deposits_taken, ==, 10000);
  g_assert_cmpint (day_after->deposits_held, ==, 30000);
  part = g_ptr_array_index (day_after->parts, 0);
  g_assert_cmpint (part->opening, ==, 4);
  g_assert_cmpint (part->closing, ==, 4);

  g_assert_null (hk_repair_store_get_custody (fixture->repairs, "2024-13-01", &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/repair-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("intake", test_intake);
  ADD ("intake/numbers", test_intake_numbers);
  ADD ("intake/imei-refused", test_intake_imei);
  ADD ("intake/refused", test_intake_refused);
  ADD ("intake/permission", test_intake_permission);
  ADD ("intake/fixed", test_intake_fixed);
  ADD ("history", test_history);
  ADD ("machine/table", test_machine_table);
  ADD ("machine/moves", test_machine_moves);
  ADD ("machine/messages", test_machine_messages);
  ADD ("timeline", test_timeline);
  ADD ("dispatch", test_dispatch);
  ADD ("dispatch/refused", test_dispatch_refused);
  ADD ("return/item-by-item", test_return_item_by_item);
  ADD ("fees", test_fees);
  ADD ("fees/refused", test_fees_refused);
  ADD ("parts/use", test_parts_use);
  ADD ("parts/count", test_parts_count);
  ADD ("parts/add", test_parts_add);
  ADD ("handover/accessories", test_accessories);
  ADD ("handover/refused", test_handover_refused);
  ADD ("handover/fee-becomes-revenue", test_fee_becomes_revenue);
  ADD ("handover/fee-shift-refused", test_fee_shift_refused);
  ADD ("handover/fee-price-changed", test_fee_price_changed);
  ADD ("handover/fee-clerk-receipt", test_fee_clerk_receipt);
  ADD ("handover/no-fee", test_no_fee);
  ADD ("handover/closed", test_closed);
  ADD ("overdue", test_overdue);
  ADD ("callbacks", test_callbacks);
  ADD ("list/search", test_list_search);
  ADD ("custody", test_custody);

#undef ADD

  build_template ();
  status = g_test_run ();
  hk_test_hall_teardown (&hall_template);

  return status;
}
