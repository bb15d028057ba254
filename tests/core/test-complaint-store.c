/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-complaint-store.c: the complaint register: the deadline and its state at the
 * boundaries, entered-late detection in the hall's days, the callback rule, the first-contact
 * owner, categories, and the duty manager's signed days. */

#include "config.h"

#include <string.h>

#include "core/hk-complaint-store.h"
#include "core/hk-error.h"
#include "core/hk-hall-store.h"
#include "hk-test-hall.h"

#define MINUTE G_GINT64_CONSTANT (60)
#define HOUR (60 * MINUTE)
#define DAY (24 * HOUR)
/* 2024-03-15 10:00 in the hall (Asia/Shanghai, UTC+8). */
#define T0 G_GINT64_CONSTANT (1710468000)
/* The hall's midnight that ends 2024-03-15: 16:00 UTC. */
#define MIDNIGHT G_GINT64_CONSTANT (1710518400)
/* 2024-03-31 22:00 in the hall: two hours before the month ends. */
#define MARCH_31_22H G_GINT64_CONSTANT (1711893600)
#define PHONE "13812345678"

typedef struct
{
  HkTestHall        hall;
  HkComplaintStore *store;
  HkOperator       *officer;   /* complaint officer */
  HkOperator       *officer2;  /* another complaint officer */
  gint64            last_changed;
} Fixture;

static void
on_store_changed_cb (HkComplaintStore *store,
                     gint64            complaint_id,
                     Fixture          *fixture)
{
  fixture->hall.n_changed++;
  fixture->last_changed = complaint_id;
}

/* Operators straight into the file (no passwords to hash): an officer, a second officer, a
 * duty manager, a clerk, a supervisor and an auditor. */
static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;

  hk_test_hall_setup (hall, T0);
  hk_test_hall_assert_day (hall, T0, "2024-03-15");
  hk_test_hall_assert_day (hall, MIDNIGHT - 1, "2024-03-15");
  hk_test_hall_assert_day (hall, MIDNIGHT, "2024-03-16");

  fixture->officer = hk_test_hall_insert_operator (hall, "sunhao", HK_ROLE_COMPLAINT_OFFICER);
  fixture->officer2 = hk_test_hall_insert_operator (hall, "huangfang",
                                                    HK_ROLE_COMPLAINT_OFFICER | HK_ROLE_CLERK);
  hall->manager = hk_test_hall_insert_operator (hall, "zhengwei", HK_ROLE_DUTY_MANAGER);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  hall->supervisor = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_SUPERVISOR);
  hall->auditor = hk_test_hall_insert_operator (hall, "zhaomin", HK_ROLE_AUDITOR);

  fixture->store = hk_context_get_complaint_store (hall->context);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_store_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_signal_handlers_disconnect_by_data (fixture->store, fixture);
  g_clear_object (&fixture->officer);
  g_clear_object (&fixture->officer2);
  hk_test_hall_teardown (&fixture->hall);
}

/* ---- helpers ---- */

static void
set_now (Fixture *fixture,
         gint64   now)
{
  hk_database_set_now (fixture->hall.db.database, now);
}

static gint64
category_id (Fixture    *fixture,
             const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkComplaintCategory) category = NULL;

  category = hk_complaint_store_lookup_category (fixture->store, code, &error);
  g_assert_no_error (error);

  return hk_complaint_category_get_id (category);
}

static HkComplaintInput
make_input (Fixture *fixture,
            gint64   received_at)
{
  HkComplaintInput input = {
    .received_at = received_at,
    .channel = HK_COMPLAINT_CHANNEL_COUNTER,
    .customer_name = "王先生",
    .customer_phone = PHONE,
    .category_id = category_id (fixture, "billing"),
    .description = "本月话费多扣了20元",
    .priority = HK_COMPLAINT_PRIORITY_NORMAL,
  };

  return input;
}

/* A complaint received at @received_at, registered by the officer at the clock's time. */
static HkComplaint *
register_complaint (Fixture *fixture,
                    gint64   received_at)
{
  g_autoptr(GError) error = NULL;
  HkComplaintInput input = make_input (fixture, received_at);
  HkComplaint *complaint;

  complaint = hk_complaint_store_register (fixture->store, fixture->officer, &input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (complaint);

  return complaint;
}

static HkComplaint *
resolve (Fixture     *fixture,
         HkComplaint *complaint)
{
  g_autoptr(GError) error = NULL;
  HkComplaint *resolved;

  resolved = hk_complaint_store_resolve (fixture->store, fixture->officer, complaint,
                                         "退还多扣的20元", &error);
  g_assert_no_error (error);
  g_assert_nonnull (resolved);
  g_assert_cmpint (hk_complaint_get_status (resolved), ==, HK_COMPLAINT_RESOLVED);

  return resolved;
}

static HkComplaint *
promise (Fixture     *fixture,
         HkComplaint *complaint,
         gint64       due)
{
  g_autoptr(GError) error = NULL;
  HkComplaint *promised;

  promised = hk_complaint_store_promise_callback (fixture->store, fixture->officer, complaint,
                                                  PHONE, due, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (promised);

  return promised;
}

static HkComplaint *
lookup (Fixture     *fixture,
        HkComplaint *complaint)
{
  g_autoptr(GError) error = NULL;
  HkComplaint *current;

  current = hk_complaint_store_lookup (fixture->store, hk_complaint_get_id (complaint), &error);
  g_assert_no_error (error);
  g_assert_nonnull (current);

  return current;
}

/* The event kinds of @complaint in order, e.g. "received,assigned,note". */
static char *
event_kinds (HkComplaint *complaint)
{
  GListModel *events = hk_complaint_get_events (complaint);
  GString *kinds = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(HkComplaintEvent) event = g_list_model_get_item (events, i);

      g_string_append_printf (kinds, "%s%s", i > 0 ? "," : "",
                              hk_complaint_event_kind_to_id (hk_complaint_event_get_kind (event)));
    }

  return g_string_free (kinds, FALSE);
}

/* @error is a refusal of @code saying @fragment, and nothing was written since @before but
 * @n_denied "permission-denied" entries. */
static void
assert_refused (Fixture          *fixture,
                HkTestHallBefore *before,
                GError           *error,
                int               code,
                const char       *fragment,
                gint64            n_denied)
{
  hk_test_assert_error (error, code, fragment);
  hk_test_hall_assert_unchanged (&fixture->hall, before, n_denied);
}

/* ---- registering ---- */

static void
test_register (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkComplaint) complaint = NULL;
  g_autoptr(HkComplaintEvent) received = NULL;
  g_autofree char *masked = NULL;
  g_autofree char *kinds = NULL;
  HkComplaintInput input = make_input (fixture, T0 - 30 * MINUTE);

  /* The clerk at the counter received it; the officer enters it. */
  input.owner_id = hk_operator_get_id (fixture->hall.clerk);
  input.channel = HK_COMPLAINT_CHANNEL_PHONE;
  input.service_number = "13900001111";
  input.priority = HK_COMPLAINT_PRIORITY_HIGH;

  complaint = hk_complaint_store_register (fixture->store, fixture->officer, &input, &error);
  g_assert_no_error (error);

  g_assert_cmpint (hk_complaint_get_received_at (complaint), ==, T0 - 30 * MINUTE);
  g_assert_cmpstr (hk_complaint_get_received_day (complaint), ==, "2024-03-15");
  g_assert_cmpint (hk_complaint_get_entered_at (complaint), ==, T0);
  g_assert_cmpint (hk_complaint_get_entered_by (complaint), ==,
                   hk_operator_get_id (fixture->officer));
  g_assert_cmpint (hk_complaint_get_channel (complaint), ==, HK_COMPLAINT_CHANNEL_PHONE);
  g_assert_cmpstr (hk_complaint_get_customer_name (complaint), ==, "王先生");
  g_assert_cmpstr (hk_complaint_get_customer_phone (complaint), ==, PHONE);
  masked = hk_complaint_dup_masked_phone (complaint);
  g_assert_cmpstr (masked, ==, "138****5678");
  g_assert_cmpstr (hk_complaint_get_service_number (complaint), ==, "13900001111");
  g_assert_cmpstr (hk_complaint_get_category_title (complaint), ==, "Billing");
  g_assert_cmpint (hk_complaint_get_priority (complaint), ==, HK_COMPLAINT_PRIORITY_HIGH);

  /* The owner is who received it; a clerk does not handle complaints, so the officer does. */
  g_assert_cmpint (hk_complaint_get_owner_id (complaint), ==,
                   hk_operator_get_id (fixture->hall.clerk));
  g_assert_cmpstr (hk_complaint_get_owner_name (complaint), ==, "zhangli");
  g_assert_cmpint (hk_complaint_get_handler_id (complaint), ==,
                   hk_operator_get_id (fixture->officer));

  /* 24 hours from receiving, fixed now. */
  g_assert_cmpuint (hk_complaint_get_deadline_hours (complaint), ==, 24);
  g_assert_cmpint (hk_complaint_get_deadline (complaint), ==, T0 - 30 * MINUTE + DAY);
  g_assert_cmpint (hk_complaint_get_status (complaint), ==, HK_COMPLAINT_OPEN);
  g_assert_cmpint (hk_complaint_get_sla (complaint, T0), ==, HK_COMPLAINT_SLA_ON_TIME);
  g_assert_false (hk_complaint_is_entered_late (complaint));

  /* Its first event: received, at the time it was received. */
  kinds = event_kinds (complaint);
  g_assert_cmpstr (kinds, ==, "received");
  received = g_list_model_get_item (hk_complaint_get_events (complaint), 0);
  g_assert_cmpint (hk_complaint_event_get_at (received), ==, T0 - 30 * MINUTE);
  g_assert_cmpint (hk_complaint_event_get_handler_id (received), ==,
                   hk_operator_get_id (fixture->officer));

  g_assert_cmpuint (fixture->hall.n_changed, ==, 1);
  g_assert_cmpint (fixture->last_changed, ==, hk_complaint_get_id (complaint));
  hk_test_hall_assert_last_audit (&fixture->hall, "complaint-registered", fixture->officer,
                                  "complaint", hk_complaint_get_id (complaint), "billing");
}

static void
test_register_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HkComplaintCategory) category = NULL;
  g_autoptr(HkComplaintCategory) inactive = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;
  HkComplaintInput input;

  /* A clerk or an auditor does not register complaints: the officer does. */
  {
    HkOperator *refused[] = { fixture->hall.clerk, fixture->hall.auditor };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        g_autoptr(HkComplaint) none = NULL;

        input = make_input (fixture, T0);
        hk_test_hall_remember (&fixture->hall, &before);
        none = hk_complaint_store_register (fixture->store, refused[i], &input, &error);
        g_assert_null (none);
        assert_refused (fixture, &before, error, HK_ERROR_PERMISSION, "Complaint officer", 1);
        g_clear_error (&error);
      }
  }

  category = hk_complaint_store_lookup_category (fixture->store, "handset", &error);
  g_assert_no_error (error);
  inactive = hk_complaint_store_set_category_active (fixture->store, fixture->hall.supervisor,
                                                     category, FALSE, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(HkComplaint) none = NULL;
      g_autofree char *long_text = g_strnfill (HK_COMPLAINT_TEXT_MAX_LENGTH + 1, 'x');
      const char *fragment = NULL;

      input = make_input (fixture, T0);
      switch (i)
        {
        case 0:
          input.received_at = T0 + 1;
          fragment = "in the future";
          break;
        case 1:
          input.received_at = T0 - 400 * DAY;
          fragment = "more than a year ago";
          break;
        case 2:
          input.category_id = hk_complaint_category_get_id (inactive);
          fragment = "no longer in use";
          break;
        case 3:
          input.customer_phone = "13a";
          fragment = "is not a phone number";
          break;
        case 4:
          input.description = "   ";
          fragment = "Describe the complaint";
          break;
        case 5:
          input.customer_name = "";
          fragment = "customer’s name";
          break;
        case 6:
          /* A handler who does not handle complaints. */
          input.handler_id = hk_operator_get_id (fixture->hall.clerk);
          fragment = "needs one of these roles";
          break;
        case 7:
          input.description = long_text;
          fragment = "too long: at most 2000 characters";
          break;
        case 8:
          input.description = "多扣了\x07二十元";
          fragment = "control character (U+0007)";
          break;
        case 9:
          input.customer_name = "王\n先生";
          fragment = "control character (U+000A)";
          break;
        default:
          g_assert_not_reached ();
        }

      hk_test_hall_remember (&fixture->hall, &before);
      none = hk_complaint_store_register (fixture->store, fixture->officer, &input, &error);
      g_assert_null (none);
      assert_refused (fixture, &before, error, HK_ERROR_INVALID, fragment, 0);
      g_clear_error (&error);
    }

  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "complaints"), ==, 0);
}

/* ---- the deadline ---- */

/* Resolved exactly 24 hours after it was received is on time; a second later is late, and
 * needs a callback promise first. */
static void
test_deadline_exactly_24h (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HkComplaint) in_time = register_complaint (fixture, T0);
  g_autoptr(HkComplaint) late = register_complaint (fixture, T0);
  g_autoptr(HkComplaint) resolved = NULL;
  g_autoptr(HkComplaint) promised = NULL;
  g_autoptr(HkComplaint) resolved_late = NULL;

  g_assert_cmpint (hk_complaint_get_deadline (in_time), ==, T0 + DAY);

  set_now (fixture, T0 + DAY);
  g_assert_cmpint (hk_complaint_get_sla (in_time, T0 + DAY), ==, HK_COMPLAINT_SLA_DUE_SOON);
  g_assert_false (hk_complaint_needs_callback (in_time, T0 + DAY));
  resolved = resolve (fixture, in_time);
  g_assert_cmpint (hk_complaint_get_resolved_at (resolved), ==, T0 + DAY);
  g_assert_cmpint (hk_complaint_get_sla (resolved, T0 + DAY), ==, HK_COMPLAINT_SLA_ON_TIME);
  /* Settled for good: later it is still on time. */
  g_assert_cmpint (hk_complaint_get_sla (resolved, T0 + 30 * DAY), ==, HK_COMPLAINT_SLA_ON_TIME);

  set_now (fixture, T0 + DAY + 1);
  g_assert_cmpint (hk_complaint_get_sla (late, T0 + DAY + 1), ==, HK_COMPLAINT_SLA_OVERDUE);
  g_assert_true (hk_complaint_needs_callback (late, T0 + DAY + 1));
  promised = promise (fixture, late, T0 + DAY + 2 * HOUR);
  resolved_late = resolve (fixture, promised);
  g_assert_cmpint (hk_complaint_get_resolved_at (resolved_late), ==, T0 + DAY + 1);
  g_assert_cmpint (hk_complaint_get_sla (resolved_late, T0 + DAY + 1), ==,
                   HK_COMPLAINT_SLA_RESOLVED_LATE);
}

/* An open complaint is on time until two hours before its deadline, due soon from then up to
 * the deadline itself, and overdue after it. */
static void
test_deadline_due_soon (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HkComplaint) complaint = register_complaint (fixture, T0);
  gint64 deadline = hk_complaint_get_deadline (complaint);

  g_assert_cmpint (hk_complaint_get_sla (complaint, T0), ==, HK_COMPLAINT_SLA_ON_TIME);
  g_assert_cmpint (hk_complaint_get_sla (complaint, deadline - 2 * HOUR - 1), ==,
                   HK_COMPLAINT_SLA_ON_TIME);
  g_assert_cmpint (hk_complaint_get_sla (complaint, deadline - 2 * HOUR), ==,
                   HK_COMPLAINT_SLA_DUE_SOON);
  g_assert_cmpint (hk_complaint_get_sla (complaint, deadline), ==, HK_COMPLAINT_SLA_DUE_SOON);
  g_assert_cmpint (hk_complaint_get_sla (complaint, deadline + 1), ==, HK_COMPLAINT_SLA_OVERDUE);

  /* What a view shows: words and an icon, not a colour alone. */
  g_assert_cmpstr (hk_complaint_sla_get_title (HK_COMPLAINT_SLA_DUE_SOON), ==, "Due within 2 h");
  g_assert_cmpstr (hk_complaint_sla_get_icon_name (HK_COMPLAINT_SLA_OVERDUE), ==,
                   "dialog-warning-symbolic");
  g_assert_cmpstr (hk_complaint_sla_get_style_class (HK_COMPLAINT_SLA_OVERDUE), ==, "error");
  for (guint i = 0; i < HK_COMPLAINT_N_SLAS; i++)
    {
      HkComplaintSla parsed = HK_COMPLAINT_N_SLAS;

      g_assert_true (hk_complaint_sla_from_id (hk_complaint_sla_to_id (i), &parsed));
      g_assert_cmpint (parsed, ==, i);
      g_assert_nonnull (hk_complaint_sla_get_icon_name (i));
    }
}

/* Received late in the evening: the deadline is the next evening, and the complaint stays on
 * the day it was received. */
static void
test_deadline_across_midnight (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(HkComplaint) complaint = NULL;
  g_autoptr(HkComplaint) resolved = NULL;
  g_autofree char *deadline_day = NULL;
  gint64 received = MIDNIGHT - 20 * MINUTE;  /* 23:40 */

  set_now (fixture, MIDNIGHT - 10 * MINUTE);
  complaint = register_complaint (fixture, received);
  g_assert_cmpstr (hk_complaint_get_received_day (complaint), ==, "2024-03-15");
  g_assert_false (hk_complaint_is_entered_late (complaint));
  g_assert_cmpint (hk_complaint_get_deadline (complaint), ==, received + DAY);
  deadline_day = hk_hall_store_format_day (hk_context_get_hall_store (fixture->hall.context),
                                           hk_complaint_get_deadline (complaint));
  g_assert_cmpstr (deadline_day, ==, "2024-03-16");

  /* Past midnight it is still on time; at 21:40 the next day it is due soon. */
  g_assert_cmpint (hk_complaint_get_sla (complaint, MIDNIGHT + 1), ==, HK_COMPLAINT_SLA_ON_TIME);
  g_assert_cmpint (hk_complaint_get_sla (complaint, received + DAY - 2 * HOUR), ==,
                   HK_COMPLAINT_SLA_DUE_SOON);

  set_now (fixture, received + DAY - 1);
  resolved = resolve (fixture, complaint);
  g_assert_cmpint (hk_complaint_get_sla (resolved, received + DAY + HOUR), ==,
                   HK_COMPLAINT_SLA_ON_TIME);
}

/* Received two hours before the month ends: due in the next month, counted in the month it
 * was received. */
static void
test_deadline_month_end (Fixture       *fixture,
                         gconstpointer  data)
{
  HkComplaintFilter march = { .first_day = "2024-03-01", .last_day = "2024-03-31" };
  HkComplaintFilter april = { .first_day = "2024-04-01", .last_day = "2024-04-30" };
  g_autoptr(HkComplaint) complaint = NULL;
  g_autoptr(HkComplaint) promised = NULL;
  g_autoptr(HkComplaint) resolved = NULL;
  g_autoptr(GPtrArray) in_march = NULL;
  g_autoptr(GPtrArray) in_april = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *deadline_day = NULL;

  set_now (fixture, MARCH_31_22H + 5 * MINUTE);
  complaint = register_complaint (fixture, MARCH_31_22H);
  g_assert_cmpstr (hk_complaint_get_received_day (complaint), ==, "2024-03-31");
  deadline_day = hk_hall_store_format_day (hk_context_get_hall_store (fixture->hall.context),
                                           hk_complaint_get_deadline (complaint));
  g_assert_cmpstr (deadline_day, ==, "2024-04-01");
  g_assert_cmpint (hk_complaint_get_deadline (complaint), ==, MARCH_31_22H + DAY);

  in_march = hk_complaint_store_list (fixture->store, &march, &error);
  g_assert_no_error (error);
  in_april = hk_complaint_store_list (fixture->store, &april, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (in_march->len, ==, 1);
  g_assert_cmpuint (in_april->len, ==, 0);

  /* Resolved on 2 April: late, though the month changed in between. */
  set_now (fixture, MARCH_31_22H + DAY + HOUR);
  promised = promise (fixture, complaint, MARCH_31_22H + DAY + 3 * HOUR);
  resolved = resolve (fixture, promised);
  g_assert_cmpint (hk_complaint_get_sla (resolved, MARCH_31_22H + 2 * DAY), ==,
                   HK_COMPLAINT_SLA_RESOLVED_LATE);
}

/* A resolved-late complaint stays late when closed; reopened past its deadline it is overdue
 * again, and its earlier promise still counts. */
static void
test_deadline_resolved_late (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(HkComplaint) complaint = register_complaint (fixture, T0);
  g_autoptr(HkComplaint) promised = NULL;
  g_autoptr(HkComplaint) resolved = NULL;
  g_autoptr(HkComplaint) called = NULL;
  g_autoptr(HkComplaint) closed = NULL;
  g_autoptr(HkComplaint) reopened = NULL;
  g_autoptr(GError) error = NULL;

  set_now (fixture, T0 + 20 * HOUR);
  promised = promise (fixture, complaint, T0 + 30 * HOUR);
  set_now (fixture, T0 + 26 * HOUR);
  resolved = resolve (fixture, promised);
  g_assert_cmpint (hk_complaint_get_sla (resolved, T0 + 26 * HOUR), ==,
                   HK_COMPLAINT_SLA_RESOLVED_LATE);

  called = hk_complaint_store_record_callback (fixture->store, fixture->officer, resolved,
                                               T0 + 26 * HOUR - 5 * MINUTE, TRUE,
                                               "客户同意退款方案", &error);
  g_assert_no_error (error);
  closed = hk_complaint_store_close (fixture->store, fixture->officer, called, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_complaint_get_status (closed), ==, HK_COMPLAINT_CLOSED);
  g_assert_cmpint (hk_complaint_get_closed_at (closed), ==, T0 + 26 * HOUR);
  g_assert_cmpint (hk_complaint_get_sla (closed, T0 + 40 * HOUR), ==,
                   HK_COMPLAINT_SLA_RESOLVED_LATE);

  set_now (fixture, T0 + 50 * HOUR);
  reopened = hk_complaint_store_reopen (fixture->store, fixture->officer, closed,
                                        "客户再次来电，退款未到账", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_complaint_get_status (reopened), ==, HK_COMPLAINT_OPEN);
  g_assert_cmpint (hk_complaint_get_resolved_at (reopened), ==, 0);
  g_assert_cmpint (hk_complaint_get_sla (reopened, T0 + 50 * HOUR), ==, HK_COMPLAINT_SLA_OVERDUE);
  g_assert_false (hk_complaint_needs_callback (reopened, T0 + 50 * HOUR));
}

/* Changing the hours applies to complaints registered afterwards; the registered ones keep
 * their deadline. Only a supervisor or an administrator changes it. */
static void
test_deadline_setting (Fixture       *fixture,
                       gconstpointer  data)
{
  HkHallStore *hall = hk_context_get_hall_store (fixture->hall.context);
  g_autoptr(HkComplaint) before_change = register_complaint (fixture, T0 - HOUR);
  g_autoptr(HkComplaint) after_change = NULL;
  g_autoptr(HkComplaint) reread = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  g_assert_cmpuint (hk_hall_store_get_complaint_deadline_hours (hall), ==, 24);

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_false (hk_hall_store_set_complaint_deadline_hours (hall, fixture->officer, 48,
                                                              &error));
  assert_refused (fixture, &before, error, HK_ERROR_PERMISSION, NULL, 1);
  g_clear_error (&error);

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_false (hk_hall_store_set_complaint_deadline_hours (hall, fixture->hall.supervisor, 0,
                                                              &error));
  assert_refused (fixture, &before, error, HK_ERROR_INVALID, "1 to", 0);
  g_clear_error (&error);

  g_assert_true (hk_hall_store_set_complaint_deadline_hours (hall, fixture->hall.supervisor, 48,
                                                             &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hk_hall_store_get_complaint_deadline_hours (hall), ==, 48);

  after_change = register_complaint (fixture, T0 - HOUR);
  g_assert_cmpuint (hk_complaint_get_deadline_hours (after_change), ==, 48);
  g_assert_cmpint (hk_complaint_get_deadline (after_change), ==, T0 - HOUR + 48 * HOUR);

  reread = lookup (fixture, before_change);
  g_assert_cmpuint (hk_complaint_get_deadline_hours (reread), ==, 24);
  g_assert_cmpint (hk_complaint_get_deadline (reread), ==, T0 - HOUR + 24 * HOUR);
}

/* ---- entered late ---- */

/* The hall's days decide, not UTC's: 07:30 and 09:00 in Shanghai fall on two UTC days but one
 * hall day; 23:50 and 00:10 fall on one UTC day but two hall days. */
static void
test_entered_late_hall_midnight (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(HkComplaint) morning = NULL;
  g_autoptr(HkComplaint) night = NULL;
  g_autoptr(GDateTime) utc_morning = g_date_time_new_from_unix_utc (T0 - 2 * HOUR - 30 * MINUTE);
  g_autoptr(GDateTime) utc_entered = g_date_time_new_from_unix_utc (T0 - HOUR);

  /* 07:30 is 23:30 UTC the day before; 09:00 is 01:00 UTC. */
  g_assert_cmpint (g_date_time_get_day_of_month (utc_morning), ==, 14);
  g_assert_cmpint (g_date_time_get_day_of_month (utc_entered), ==, 15);
  set_now (fixture, T0 - HOUR);
  morning = register_complaint (fixture, T0 - 2 * HOUR - 30 * MINUTE);
  g_assert_false (hk_complaint_is_entered_late (morning));
  g_assert_cmpint (hk_complaint_get_entry_delay (morning), ==, 90 * MINUTE);

  /* 23:50 and 00:10 are both 15 March in UTC. */
  set_now (fixture, MIDNIGHT + 10 * MINUTE);
  night = register_complaint (fixture, MIDNIGHT - 10 * MINUTE);
  g_assert_true (hk_complaint_is_entered_late (night));
  g_assert_cmpstr (hk_complaint_get_received_day (night), ==, "2024-03-15");
  g_assert_cmpstr (hk_complaint_get_entered_day (night), ==, "2024-03-16");
  g_assert_cmpint (hk_complaint_get_entry_delay (night), ==, 20 * MINUTE);
  hk_test_hall_assert_last_audit (&fixture->hall, "complaint-registered", fixture->officer,
                                  "complaint", hk_complaint_get_id (night), "entered late");
}

/* A letter received three days ago: late by three days, and its deadline is already past. */
static void
test_entered_late_days (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HkComplaint) letter = NULL;
  g_autoptr(HkComplaint) noted = NULL;
  g_autoptr(GError) error = NULL;
  HkComplaintInput input = make_input (fixture, T0 - 3 * DAY);
  HkTestHallBefore before;

  input.channel = HK_COMPLAINT_CHANNEL_LETTER;
  input.customer_phone = NULL;
  letter = hk_complaint_store_register (fixture->store, fixture->officer, &input, &error);
  g_assert_no_error (error);
  g_assert_true (hk_complaint_is_entered_late (letter));
  g_assert_cmpint (hk_complaint_get_entry_delay (letter), ==, 3 * DAY);
  g_assert_null (hk_complaint_get_customer_phone (letter));
  g_assert_cmpint (hk_complaint_get_sla (letter, T0), ==, HK_COMPLAINT_SLA_OVERDUE);
  g_assert_true (hk_complaint_needs_callback (letter, T0));

  /* Entered past its deadline: the callback rule applies at once. */
  hk_test_hall_remember (&fixture->hall, &before);
  noted = hk_complaint_store_add_note (fixture->store, fixture->officer, letter, "已联系营业班长",
                                       &error);
  g_assert_null (noted);
  assert_refused (fixture, &before, error, HK_ERROR_CONFLICT, "callback number", 0);
}

/* ---- the callback rule ---- */

static void
test_callback_required (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HkComplaint) complaint = register_complaint (fixture, T0);
  g_autoptr(HkComplaint) assigned = NULL;
  g_autoptr(HkComplaint) promised = NULL;
  g_autoptr(HkComplaint) resolved = NULL;
  g_autoptr(HkComplaint) called = NULL;
  g_autoptr(HkComplaint) closed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 late = T0 + DAY + HOUR;
  HkTestHallBefore before;

  set_now (fixture, late);
  g_assert_true (hk_complaint_needs_callback (complaint, late));

  /* Past the deadline without a promise: no note, no resolution. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(HkComplaint) none = NULL;

      hk_test_hall_remember (&fixture->hall, &before);
      none = i == 0 ? hk_complaint_store_add_note (fixture->store, fixture->officer, complaint,
                                                   "客户来电催问", &error)
                    : hk_complaint_store_resolve (fixture->store, fixture->officer, complaint,
                                                  "已退款", &error);
      g_assert_null (none);
      assert_refused (fixture, &before, error, HK_ERROR_CONFLICT, "callback number", 0);
      g_clear_error (&error);
    }

  /* Handing it to a colleague is allowed: they will make the promise. */
  assigned = hk_complaint_store_assign (fixture->store, fixture->hall.manager, complaint,
                                        hk_operator_get_id (fixture->officer2), "交黄芳跟进",
                                        &error);
  g_assert_no_error (error);
  g_assert_true (hk_complaint_needs_callback (assigned, late));

  /* A promise needs a real number and a time to come. */
  {
    struct { const char *number; gint64 due; const char *fragment; } bad[] = {
      { "", late + HOUR, "number to call" },
      { "12", late + HOUR, "not a phone number" },
      { PHONE, late, "later than now" },
      { PHONE, late + 40 * DAY, "within a month" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(HkComplaint) none = NULL;

        hk_test_hall_remember (&fixture->hall, &before);
        none = hk_complaint_store_promise_callback (fixture->store, fixture->officer2, assigned,
                                                    bad[i].number, bad[i].due, NULL, &error);
        g_assert_null (none);
        assert_refused (fixture, &before, error, HK_ERROR_INVALID, bad[i].fragment, 0);
        g_clear_error (&error);
      }
  }

  promised = hk_complaint_store_promise_callback (fixture->store, fixture->officer2, assigned,
                                                  "0571-88886666", late + 3 * HOUR,
                                                  "答复客户三小时内回电", &error);
  g_assert_no_error (error);
  g_assert_false (hk_complaint_needs_callback (promised, late));
  g_assert_true (hk_complaint_has_callback_promise (promised));
  g_assert_cmpstr (hk_complaint_get_callback_number (promised), ==, "0571-88886666");
  g_assert_cmpint (hk_complaint_get_callback_due (promised), ==, late + 3 * HOUR);
  g_assert_cmpint (hk_complaint_get_callback (promised, late), ==, HK_COMPLAINT_CALLBACK_PENDING);
  g_assert_cmpint (hk_complaint_get_callback (promised, late + 3 * HOUR + 1), ==,
                   HK_COMPLAINT_CALLBACK_LATE);

  resolved = hk_complaint_store_resolve (fixture->store, fixture->officer2, promised,
                                         "核实后退还20元", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_complaint_get_sla (resolved, late), ==, HK_COMPLAINT_SLA_RESOLVED_LATE);

  /* Closing waits for the callback. */
  {
    g_autoptr(HkComplaint) none = NULL;

    hk_test_hall_remember (&fixture->hall, &before);
    none = hk_complaint_store_close (fixture->store, fixture->officer2, resolved, NULL, &error);
    g_assert_null (none);
    assert_refused (fixture, &before, error, HK_ERROR_CONFLICT, "record the call", 0);
    g_clear_error (&error);
  }

  /* The call itself: not in the future, not before the complaint, with what came of it. */
  {
    struct { gint64 at; const char *outcome; int code; const char *fragment; } bad[] = {
      { late + 1, "已告知", HK_ERROR_INVALID, "between receiving the complaint and now" },
      { T0 - 1, "已告知", HK_ERROR_INVALID, "between receiving the complaint and now" },
      { late, " ", HK_ERROR_INVALID, "what came of the callback" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(HkComplaint) none = NULL;

        hk_test_hall_remember (&fixture->hall, &before);
        none = hk_complaint_store_record_callback (fixture->store, fixture->officer2, resolved,
                                                   bad[i].at, TRUE, bad[i].outcome, &error);
        g_assert_null (none);
        assert_refused (fixture, &before, error, bad[i].code, bad[i].fragment, 0);
        g_clear_error (&error);
      }
  }

  set_now (fixture, late + HOUR);
  called = hk_complaint_store_record_callback (fixture->store, fixture->officer2, resolved,
                                               late + 50 * MINUTE, TRUE, "客户确认退款已到账",
                                               &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_complaint_get_called_back_at (called), ==, late + 50 * MINUTE);
  g_assert_cmpint (hk_complaint_get_callback (called, late + 10 * HOUR), ==,
                   HK_COMPLAINT_CALLBACK_DONE);
  hk_test_hall_assert_last_audit (&fixture->hall, "complaint-called-back", fixture->officer2,
                                  "complaint", hk_complaint_get_id (called), "reached");

  closed = hk_complaint_store_close (fixture->store, fixture->officer2, called, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_complaint_get_status (closed), ==, HK_COMPLAINT_CLOSED);

  {
    g_autofree char *kinds = event_kinds (closed);
    g_assert_cmpstr (kinds, ==,
                     "received,assigned,callback-promised,resolved,called-back,closed");
  }
}

/* A callback may be promised before the deadline too, and then needs no second promise. */
static void
test_callback_before_deadline (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(HkComplaint) complaint = register_complaint (fixture, T0);
  g_autoptr(HkComplaint) promised = NULL;
  g_autoptr(HkComplaint) noted = NULL;
  g_autoptr(HkComplaint) none = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  /* No callback recorded without a promise. */
  hk_test_hall_remember (&fixture->hall, &before);
  none = hk_complaint_store_record_callback (fixture->store, fixture->officer, complaint, T0,
                                             FALSE, "无人接听", &error);
  g_assert_null (none);
  assert_refused (fixture, &before, error, HK_ERROR_CONFLICT, "No callback was promised", 0);
  g_clear_error (&error);

  set_now (fixture, T0 + 20 * HOUR);
  promised = promise (fixture, complaint, T0 + 2 * DAY);

  set_now (fixture, T0 + 30 * HOUR);
  g_assert_cmpint (hk_complaint_get_sla (promised, T0 + 30 * HOUR), ==, HK_COMPLAINT_SLA_OVERDUE);
  g_assert_false (hk_complaint_needs_callback (promised, T0 + 30 * HOUR));
  noted = hk_complaint_store_add_note (fixture->store, fixture->officer, promised,
                                       "等待计费中心核实", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_complaint_get_callback (noted, T0 + 30 * HOUR), ==,
                   HK_COMPLAINT_CALLBACK_PENDING);
}

/* ---- events and status ---- */

static void
test_events_order (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HkComplaint) complaint = register_complaint (fixture, T0);
  g_autoptr(HkComplaint) resolved = NULL;
  g_autoptr(HkComplaint) closed = NULL;
  g_autoptr(HkComplaint) noted = NULL;
  g_autoptr(HkComplaint) reopened = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  /* Closing needs a resolution; reopening an open complaint makes no sense. */
  {
    g_autoptr(HkComplaint) none = NULL;
    g_autoptr(HkComplaint) none2 = NULL;

    hk_test_hall_remember (&fixture->hall, &before);
    none = hk_complaint_store_close (fixture->store, fixture->officer, complaint, NULL, &error);
    g_assert_null (none);
    assert_refused (fixture, &before, error, HK_ERROR_CONFLICT, "record its resolution", 0);
    g_clear_error (&error);

    hk_test_hall_remember (&fixture->hall, &before);
    none2 = hk_complaint_store_reopen (fixture->store, fixture->officer, complaint, "误操作",
                                       &error);
    g_assert_null (none2);
    assert_refused (fixture, &before, error, HK_ERROR_CONFLICT, "open already", 0);
    g_clear_error (&error);
  }

  set_now (fixture, T0 + HOUR);
  resolved = resolve (fixture, complaint);
  {
    g_autoptr(HkComplaint) none = NULL;

    hk_test_hall_remember (&fixture->hall, &before);
    none = hk_complaint_store_resolve (fixture->store, fixture->officer, resolved, "再次解决",
                                       &error);
    g_assert_null (none);
    assert_refused (fixture, &before, error, HK_ERROR_CONFLICT, "resolved already", 0);
    g_clear_error (&error);
  }

  closed = hk_complaint_store_close (fixture->store, fixture->hall.manager, resolved,
                                     "客户满意", &error);
  g_assert_no_error (error);

  /* A closed complaint takes a note or a reopening, nothing else. */
  {
    g_autoptr(HkComplaint) none = NULL;

    hk_test_hall_remember (&fixture->hall, &before);
    none = hk_complaint_store_assign (fixture->store, fixture->officer, closed,
                                      hk_operator_get_id (fixture->officer2), NULL, &error);
    g_assert_null (none);
    assert_refused (fixture, &before, error, HK_ERROR_CONFLICT, "is closed; reopen it", 0);
    g_clear_error (&error);
  }
  noted = hk_complaint_store_add_note (fixture->store, fixture->officer, closed,
                                       "客户来电致谢", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_complaint_get_status (noted), ==, HK_COMPLAINT_CLOSED);

  /* The clock going back is refused: events are kept in the order they happened. */
  {
    g_autoptr(HkComplaint) none = NULL;

    set_now (fixture, T0 + HOUR - 1);
    hk_test_hall_remember (&fixture->hall, &before);
    none = hk_complaint_store_add_note (fixture->store, fixture->officer, noted, "补记", &error);
    g_assert_null (none);
    assert_refused (fixture, &before, error, HK_ERROR_INVALID, "clock is behind", 0);
    g_clear_error (&error);
  }

  set_now (fixture, T0 + 2 * HOUR);
  reopened = hk_complaint_store_reopen (fixture->store, fixture->officer, noted, "客户再次投诉",
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_complaint_get_status (reopened), ==, HK_COMPLAINT_OPEN);
  g_assert_cmpint (hk_complaint_get_closed_at (reopened), ==, 0);

  {
    g_autofree char *kinds = event_kinds (reopened);
    GListModel *events = hk_complaint_get_events (reopened);
    g_autoptr(HkComplaintEvent) last = g_list_model_get_item (events, 4);
    g_autofree char *sentence = NULL;

    g_assert_cmpstr (kinds, ==, "received,resolved,closed,note,reopened");
    g_assert_cmpint (hk_complaint_event_get_at (last), ==, T0 + 2 * HOUR);
    g_assert_cmpstr (hk_complaint_event_get_by_name (last), ==, "sunhao");
    sentence = hk_complaint_event_describe (last, hk_hall_store_get_time_zone (
                                                    hk_context_get_hall_store (
                                                      fixture->hall.context)), TRUE);
    g_assert_cmpstr (sentence, ==, "sunhao reopened it: 客户再次投诉");
  }

  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "complaint-resolved"), ==, 1);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "complaint-closed"), ==, 1);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "complaint-reopened"), ==, 1);
}

/* ---- the first-contact owner ---- */

static void
test_owner_never_changes (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(HkComplaint) complaint = NULL;
  g_autoptr(HkComplaint) first = NULL;
  g_autoptr(HkComplaint) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *owner_sql = NULL;
  HkComplaintInput input = make_input (fixture, T0);
  HkTestHallBefore before;
  gint64 clerk_id = hk_operator_get_id (fixture->hall.clerk);

  input.owner_id = clerk_id;
  complaint = hk_complaint_store_register (fixture->store, fixture->officer, &input, &error);
  g_assert_no_error (error);

  first = hk_complaint_store_assign (fixture->store, fixture->officer, complaint,
                                     hk_operator_get_id (fixture->officer2), NULL, &error);
  g_assert_no_error (error);
  second = hk_complaint_store_assign (fixture->store, fixture->officer2, first,
                                      hk_operator_get_id (fixture->hall.manager), "升级值班长",
                                      &error);
  g_assert_no_error (error);

  /* The handler moved twice; the owner did not. */
  g_assert_cmpint (hk_complaint_get_handler_id (second), ==,
                   hk_operator_get_id (fixture->hall.manager));
  g_assert_cmpstr (hk_complaint_get_handler_name (second), ==, "zhengwei");
  g_assert_cmpint (hk_complaint_get_owner_id (second), ==, clerk_id);
  g_assert_cmpstr (hk_complaint_get_owner_name (second), ==, "zhangli");

  /* Assigning to someone who does not handle complaints, or to the same handler, is refused. */
  {
    g_autoptr(HkComplaint) none = NULL;
    g_autoptr(HkComplaint) none2 = NULL;

    hk_test_hall_remember (&fixture->hall, &before);
    none = hk_complaint_store_assign (fixture->store, fixture->officer, second, clerk_id, NULL,
                                      &error);
    g_assert_null (none);
    assert_refused (fixture, &before, error, HK_ERROR_INVALID, "needs one of these roles", 0);
    g_clear_error (&error);

    hk_test_hall_remember (&fixture->hall, &before);
    none2 = hk_complaint_store_assign (fixture->store, fixture->officer, second,
                                       hk_operator_get_id (fixture->hall.manager), NULL, &error);
    g_assert_null (none2);
    assert_refused (fixture, &before, error, HK_ERROR_CONFLICT, "handles complaint", 0);
    g_clear_error (&error);
  }

  /* Whatever writes to the file, the row itself cannot change or go. */
  hk_test_hall_remember (&fixture->hall, &before);
  {
    const char *statements[] = {
      "UPDATE complaints SET owner_id = (SELECT id FROM operators WHERE login = 'sunhao')",
      "UPDATE complaints SET deadline = deadline + 86400, deadline_hours = 48",
      "DELETE FROM complaints",
      "UPDATE complaint_events SET handler_id = NULL",
      "DELETE FROM complaint_events WHERE kind = 'assigned'",
    };

    for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
      {
        sqlite3 *raw = hk_test_raw_open (fixture->hall.db.path);
        char *message = NULL;

        g_assert_cmpint (sqlite3_exec (raw, statements[i], NULL, NULL, &message), !=, SQLITE_OK);
        g_assert_nonnull (message);
        g_assert_true (strstr (message, "never") != NULL ||
                       strstr (message, "append-only") != NULL);
        sqlite3_free (message);
        sqlite3_close (raw);
      }
  }
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  owner_sql = g_strdup_printf ("SELECT owner_id FROM complaints WHERE id = %lld",
                               (long long)hk_complaint_get_id (complaint));
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database, owner_sql), ==, clerk_id);
}

/* ---- categories ---- */

static void
test_categories (Fixture       *fixture,
                 gconstpointer  data)
{
  GListModel *categories = hk_complaint_store_get_categories (fixture->store);
  g_autoptr(HkComplaintCategory) broadband = NULL;
  g_autoptr(HkComplaintCategory) billing = NULL;
  g_autoptr(HkComplaintCategory) off = NULL;
  g_autoptr(HkComplaintCategory) on = NULL;
  g_autoptr(HkComplaint) old = NULL;
  g_autoptr(HkComplaint) reread = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;
  const char *builtin[] = { "billing", "network", "service-attitude", "handset", "tariff",
                            "value-added", "other" };

  /* The seven of the rules, in order, all active and built in. */
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, G_N_ELEMENTS (builtin));
  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    {
      g_autoptr(HkComplaintCategory) category = g_list_model_get_item (categories, i);

      g_assert_cmpstr (hk_complaint_category_get_code (category), ==, builtin[i]);
      g_assert_true (hk_complaint_category_get_active (category));
      g_assert_true (hk_complaint_category_is_builtin (category));
    }
  {
    g_autoptr(HkComplaintCategory) tariff = g_list_model_get_item (categories, 4);
    g_assert_cmpstr (hk_complaint_category_get_title (tariff), ==, "Tariff and plans");
  }

  /* Only a supervisor or an administrator changes the list. */
  {
    HkOperator *refused[] = { fixture->officer, fixture->hall.manager, fixture->hall.clerk };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        g_autoptr(HkComplaintCategory) none = NULL;

        hk_test_hall_remember (&fixture->hall, &before);
        none = hk_complaint_store_add_category (fixture->store, refused[i], "broadband", "宽带",
                                                &error);
        g_assert_null (none);
        assert_refused (fixture, &before, error, HK_ERROR_PERMISSION, "Hall supervisor", 1);
        g_clear_error (&error);
      }
  }

  broadband = hk_complaint_store_add_category (fixture->store, fixture->hall.supervisor,
                                               "broadband", "宽带", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_complaint_category_get_title (broadband), ==, "宽带");
  g_assert_false (hk_complaint_category_is_builtin (broadband));
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, G_N_ELEMENTS (builtin) + 1);
  g_assert_cmpuint (fixture->hall.n_changed, ==, 1);
  hk_test_hall_assert_last_audit (&fixture->hall, "complaint-category-added",
                                  fixture->hall.supervisor, "complaint_category",
                                  hk_complaint_category_get_id (broadband), "broadband");

  /* Codes are unique whatever their case, and well formed; names are not empty. */
  {
    struct { const char *code; const char *name; int code_error; const char *fragment; } bad[] = {
      { "Broadband", "宽带2", HK_ERROR_CONFLICT, "already" },
      { "wi fi", "无线", HK_ERROR_INVALID, "letters, digits" },
      { "-x", "无线", HK_ERROR_INVALID, "letters, digits" },
      { "wifi", " ", HK_ERROR_INVALID, "1 to 32 characters" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(HkComplaintCategory) none = NULL;

        hk_test_hall_remember (&fixture->hall, &before);
        none = hk_complaint_store_add_category (fixture->store, fixture->hall.supervisor,
                                                bad[i].code, bad[i].name, &error);
        g_assert_null (none);
        assert_refused (fixture, &before, error, bad[i].code_error, bad[i].fragment, 0);
        g_clear_error (&error);
      }
  }

  /* Deactivating keeps the category on old complaints but off new ones. */
  old = register_complaint (fixture, T0);
  billing = hk_complaint_store_lookup_category (fixture->store, "BILLING", &error);
  g_assert_no_error (error);
  off = hk_complaint_store_set_category_active (fixture->store, fixture->hall.supervisor, billing,
                                                FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (hk_complaint_category_get_active (off));
  {
    g_autoptr(HkComplaintCategory) first = g_list_model_get_item (categories, 0);
    g_assert_false (hk_complaint_category_get_active (first));
  }
  reread = lookup (fixture, old);
  g_assert_cmpstr (hk_complaint_get_category_title (reread), ==, "Billing");
  {
    g_autoptr(HkComplaintCategory) none = NULL;

    hk_test_hall_remember (&fixture->hall, &before);
    none = hk_complaint_store_set_category_active (fixture->store, fixture->hall.supervisor, off,
                                                   FALSE, &error);
    g_assert_null (none);
    assert_refused (fixture, &before, error, HK_ERROR_CONFLICT, "inactive already", 0);
    g_clear_error (&error);
  }

  /* Never deleted, never renamed, even by hand. */
  hk_test_hall_remember (&fixture->hall, &before);
  {
    const char *statements[] = {
      "DELETE FROM complaint_categories WHERE code = 'broadband'",
      "UPDATE complaint_categories SET name = 'Charges' WHERE code = 'billing'",
    };

    for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
      {
        sqlite3 *raw = hk_test_raw_open (fixture->hall.db.path);

        g_assert_cmpint (sqlite3_exec (raw, statements[i], NULL, NULL, NULL), !=, SQLITE_OK);
        sqlite3_close (raw);
      }
  }
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  on = hk_complaint_store_set_category_active (fixture->store, fixture->hall.supervisor, off,
                                               TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (hk_complaint_category_get_active (on));
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database,
                                        "complaint-category-deactivated"), ==, 1);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database,
                                        "complaint-category-activated"), ==, 1);
}

/* ---- the first-contact book ---- */

/* Three complaints of 15 March: closed, resolved, and open past its deadline with a promise;
 * the day is signed on the 16th. */
static void
make_day (Fixture      *fixture,
          HkComplaint **open_out)
{
  g_autoptr(HkComplaint) closed = NULL;
  g_autoptr(HkComplaint) resolved = NULL;
  g_autoptr(HkComplaint) open = NULL;
  g_autoptr(HkComplaint) resolved1 = NULL;
  g_autoptr(HkComplaint) closed1 = NULL;
  g_autoptr(HkComplaint) resolved2 = NULL;
  g_autoptr(GError) error = NULL;

  set_now (fixture, T0 + HOUR + 10 * MINUTE);
  closed = register_complaint (fixture, T0 - HOUR);
  resolved = register_complaint (fixture, T0);
  open = register_complaint (fixture, T0 + HOUR);

  set_now (fixture, T0 + 2 * HOUR);
  resolved1 = resolve (fixture, closed);
  closed1 = hk_complaint_store_close (fixture->store, fixture->officer, resolved1, NULL, &error);
  g_assert_no_error (error);
  resolved2 = resolve (fixture, resolved);

  set_now (fixture, T0 + DAY + 2 * HOUR);
  *open_out = promise (fixture, open, T0 + DAY + 5 * HOUR);
}

static void
test_day_sign (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HkComplaint) open = NULL;
  g_autoptr(HkComplaintDay) unsigned_day = NULL;
  g_autoptr(HkComplaintDay) signed_day = NULL;
  g_autoptr(HkComplaintDay) later = NULL;
  g_autoptr(HkComplaint) late_entry = NULL;
  g_autoptr(HkComplaint) resolved = NULL;
  g_autoptr(HkComplaint) called = NULL;
  g_autoptr(HkComplaint) closed = NULL;
  g_autoptr(GError) error = NULL;
  HkComplaintStatus status = HK_COMPLAINT_CLOSED;
  HkComplaintSla sla = HK_COMPLAINT_SLA_ON_TIME;
  gint64 handler = 0;
  gint64 signed_at = T0 + DAY + 3 * HOUR;

  make_day (fixture, &open);

  unsigned_day = hk_complaint_store_get_day (fixture->store, "2024-03-15", &error);
  g_assert_no_error (error);
  g_assert_false (hk_complaint_day_is_signed (unsigned_day));
  g_assert_cmpuint (g_list_model_get_n_items (hk_complaint_day_get_complaints (unsigned_day)), ==,
                    3);
  g_assert_cmpuint (hk_complaint_day_get_n_not_closed (unsigned_day), ==, 2);
  g_assert_cmpuint (hk_complaint_day_get_n_entered_late (unsigned_day), ==, 0);
  g_assert_cmpuint (hk_complaint_day_get_n_open_at_signing (unsigned_day), ==, 0);

  set_now (fixture, signed_at);
  signed_day = hk_complaint_store_sign_day (fixture->store, fixture->hall.manager, "2024-03-15",
                                            "已督促跟进", &error);
  g_assert_no_error (error);
  g_assert_true (hk_complaint_day_is_signed (signed_day));
  g_assert_cmpint (hk_complaint_day_get_signed_at (signed_day), ==, signed_at);
  g_assert_cmpstr (hk_complaint_day_get_signed_by_name (signed_day), ==, "zhengwei");
  g_assert_cmpstr (hk_complaint_day_get_note (signed_day), ==, "已督促跟进");
  g_assert_cmpuint (hk_complaint_day_get_n_received_at_signing (signed_day), ==, 3);
  g_assert_cmpuint (hk_complaint_day_get_n_closed_at_signing (signed_day), ==, 1);
  g_assert_cmpuint (hk_complaint_day_get_n_open_at_signing (signed_day), ==, 2);
  g_assert_true (hk_complaint_day_lookup_open_at_signing (signed_day, hk_complaint_get_id (open),
                                                          &status, &sla, &handler));
  g_assert_cmpint (status, ==, HK_COMPLAINT_OPEN);
  g_assert_cmpint (sla, ==, HK_COMPLAINT_SLA_OVERDUE);
  g_assert_cmpint (handler, ==, hk_operator_get_id (fixture->officer));
  g_assert_cmpuint (fixture->hall.n_changed, >, 0);
  g_assert_cmpint (fixture->last_changed, ==, 0);
  hk_test_hall_assert_last_audit (&fixture->hall, "complaint-day-signed", fixture->hall.manager,
                                  "complaint_day", 20240315, "3 received, 1 closed, 2 not closed");

  /* Later the open one is closed and a forgotten one is entered: the signature keeps what it
   * saw. */
  set_now (fixture, signed_at + HOUR);
  resolved = resolve (fixture, open);
  called = hk_complaint_store_record_callback (fixture->store, fixture->officer, resolved,
                                               signed_at + 30 * MINUTE, TRUE, "客户已知悉",
                                               &error);
  g_assert_no_error (error);
  closed = hk_complaint_store_close (fixture->store, fixture->officer, called, NULL, &error);
  g_assert_no_error (error);
  {
    HkComplaintInput input = make_input (fixture, T0 + 3 * HOUR);

    late_entry = hk_complaint_store_register (fixture->store, fixture->officer, &input, &error);
    g_assert_no_error (error);
  }

  later = hk_complaint_store_get_day (fixture->store, "2024-03-15", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hk_complaint_day_get_complaints (later)), ==, 4);
  g_assert_cmpuint (hk_complaint_day_get_n_entered_late (later), ==, 1);
  g_assert_cmpuint (hk_complaint_day_get_n_not_closed (later), ==, 2);
  g_assert_cmpuint (hk_complaint_day_get_n_received_at_signing (later), ==, 3);
  g_assert_cmpuint (hk_complaint_day_get_n_open_at_signing (later), ==, 2);
  g_assert_true (hk_complaint_day_lookup_open_at_signing (later, hk_complaint_get_id (closed),
                                                          &status, &sla, NULL));
  g_assert_cmpint (status, ==, HK_COMPLAINT_OPEN);
  g_assert_cmpint (sla, ==, HK_COMPLAINT_SLA_OVERDUE);
  g_assert_false (hk_complaint_day_lookup_open_at_signing (later,
                                                           hk_complaint_get_id (late_entry),
                                                           NULL, NULL, NULL));
  g_assert_true (hk_complaint_day_entered_after_signing (later, late_entry));
  g_assert_false (hk_complaint_day_entered_after_signing (later, closed));

  /* Nobody edits a signature by hand either. */
  {
    HkTestHallBefore before;
    const char *statements[] = {
      "UPDATE complaint_days SET n_open = 0",
      "DELETE FROM complaint_day_open",
      "DELETE FROM complaint_days",
    };

    hk_test_hall_remember (&fixture->hall, &before);
    for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
      {
        sqlite3 *raw = hk_test_raw_open (fixture->hall.db.path);

        g_assert_cmpint (sqlite3_exec (raw, statements[i], NULL, NULL, NULL), !=, SQLITE_OK);
        sqlite3_close (raw);
      }
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }
}

/* Only a duty manager signs: not a clerk, not a complaint officer, not the supervisor. */
static void
test_day_sign_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HkComplaint) open = NULL;
  g_autoptr(GError) error = NULL;
  HkOperator *refused[] = { fixture->hall.clerk, fixture->officer, fixture->hall.supervisor };

  make_day (fixture, &open);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(HkComplaintDay) none = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      none = hk_complaint_store_sign_day (fixture->store, refused[i], "2024-03-15", NULL, &error);
      g_assert_null (none);
      assert_refused (fixture, &before, error, HK_ERROR_PERMISSION, "Duty manager", 1);
      hk_test_hall_assert_last_audit (&fixture->hall, "permission-denied", refused[i],
                                      "permission", 0, "first-contact book");
      g_clear_error (&error);
    }

  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "complaint_days"), ==, 0);
  g_assert_cmpint (hk_test_count_rows (fixture->hall.db.database, "complaint_day_open"), ==, 0);
}

static void
test_day_sign_twice (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkComplaint) open = NULL;
  g_autoptr(HkComplaintDay) first = NULL;
  g_autoptr(HkComplaintDay) none = NULL;
  g_autoptr(HkComplaintDay) future = NULL;
  g_autoptr(HkOperator) other_manager = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  make_day (fixture, &open);
  other_manager = hk_test_hall_insert_operator (&fixture->hall, "liuyang", HK_ROLE_DUTY_MANAGER);

  first = hk_complaint_store_sign_day (fixture->store, fixture->hall.manager, "2024-03-15", NULL,
                                       &error);
  g_assert_no_error (error);

  /* Not again, by anyone. */
  hk_test_hall_remember (&fixture->hall, &before);
  none = hk_complaint_store_sign_day (fixture->store, other_manager, "2024-03-15", "再签", &error);
  g_assert_null (none);
  assert_refused (fixture, &before, error, HK_ERROR_CONFLICT, "signed by zhengwei", 0);
  g_clear_error (&error);

  /* Not a day that has not begun, nor a date that is not one. */
  hk_test_hall_remember (&fixture->hall, &before);
  future = hk_complaint_store_sign_day (fixture->store, fixture->hall.manager, "2024-03-17", NULL,
                                        &error);
  g_assert_null (future);
  assert_refused (fixture, &before, error, HK_ERROR_INVALID, "has not begun", 0);
  g_clear_error (&error);

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_complaint_store_sign_day (fixture->store, fixture->hall.manager, "2024-02-30",
                                              NULL, &error));
  assert_refused (fixture, &before, error, HK_ERROR_INVALID, "is not a date", 0);
  g_clear_error (&error);

  /* Today may be signed at the end of the duty manager's shift. */
  {
    g_autoptr(HkComplaintDay) today = NULL;
    g_auto(GStrv) signed_days = NULL;

    today = hk_complaint_store_sign_day (fixture->store, fixture->hall.manager, "2024-03-16",
                                         NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hk_complaint_day_get_n_received_at_signing (today), ==, 0);

    signed_days = hk_complaint_store_list_signed_days (fixture->store, "2024-03-01",
                                                       "2024-03-31", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (signed_days), ==, 2);
    g_assert_cmpstr (signed_days[0], ==, "2024-03-15");
    g_assert_cmpstr (signed_days[1], ==, "2024-03-16");
  }
}

/* ---- lists ---- */

static void
test_list_filter (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HkComplaint) a = NULL;
  g_autoptr(HkComplaint) b = NULL;
  g_autoptr(HkComplaint) c = NULL;
  g_autoptr(HkComplaint) b_resolved = NULL;
  g_autoptr(HkComplaint) b_closed = NULL;
  g_autoptr(HkComplaint) c_assigned = NULL;
  g_autoptr(GError) error = NULL;
  HkComplaintInput input;
  struct
  {
    HkComplaintFilter filter;
    guint             expected;
  } cases[8];

  /* a: yesterday, billing; b: today, network, owner the clerk, closed; c: today, billing,
   * handled by the second officer. */
  a = register_complaint (fixture, T0 - DAY);
  input = make_input (fixture, T0 - HOUR);
  input.category_id = category_id (fixture, "network");
  input.owner_id = hk_operator_get_id (fixture->hall.clerk);
  b = hk_complaint_store_register (fixture->store, fixture->officer, &input, &error);
  g_assert_no_error (error);
  c = register_complaint (fixture, T0);
  set_now (fixture, T0 + HOUR);
  b_resolved = resolve (fixture, b);
  b_closed = hk_complaint_store_close (fixture->store, fixture->officer, b_resolved, NULL, &error);
  g_assert_no_error (error);
  c_assigned = hk_complaint_store_assign (fixture->store, fixture->officer, c,
                                          hk_operator_get_id (fixture->officer2), NULL, &error);
  g_assert_no_error (error);

  memset (cases, 0, sizeof cases);
  cases[0].expected = 3;
  cases[1].filter.first_day = "2024-03-15";
  cases[1].expected = 2;
  cases[2].filter.last_day = "2024-03-14";
  cases[2].expected = 1;
  cases[3].filter.category_id = category_id (fixture, "billing");
  cases[3].expected = 2;
  cases[4].filter.owner_id = hk_operator_get_id (fixture->hall.clerk);
  cases[4].expected = 1;
  cases[5].filter.handler_id = hk_operator_get_id (fixture->officer2);
  cases[5].expected = 1;
  cases[6].filter.not_closed_only = TRUE;
  cases[6].expected = 2;
  cases[7].filter.first_day = "2024-03-15";
  cases[7].filter.not_closed_only = TRUE;
  cases[7].filter.category_id = category_id (fixture, "billing");
  cases[7].expected = 1;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) found = hk_complaint_store_list (fixture->store, &cases[i].filter,
                                                            &error);

      g_assert_no_error (error);
      g_assert_cmpuint (found->len, ==, cases[i].expected);
    }

  /* In the order received, each with its own events. */
  {
    g_autoptr(GPtrArray) all = hk_complaint_store_list (fixture->store, NULL, &error);
    g_autofree char *kinds_b = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (hk_complaint_get_id (g_ptr_array_index (all, 0)), ==,
                     hk_complaint_get_id (a));
    g_assert_cmpint (hk_complaint_get_id (g_ptr_array_index (all, 2)), ==,
                     hk_complaint_get_id (c));
    kinds_b = event_kinds (g_ptr_array_index (all, 1));
    g_assert_cmpstr (kinds_b, ==, "received,resolved,closed");
  }

  /* A number that is not there. */
  g_assert_null (hk_complaint_store_lookup (fixture->store, 99, &error));
  g_assert_error (error, HK_ERROR, HK_ERROR_NOT_FOUND);
}

/* The customer's phone typed in full-width digits is read as digits. */
static void
test_register_full_width_phone (Fixture       *fixture,
                                gconstpointer  data)
{
  HkComplaintInput input = make_input (fixture, T0 - 3600);
  g_autoptr(HkComplaint) complaint = NULL;
  g_autoptr(GError) error = NULL;

  input.customer_phone = "１３８１２３４５６７８";
  complaint = hk_complaint_store_register (fixture->store, fixture->officer, &input, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hk_complaint_get_customer_phone (complaint), ==, PHONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/complaint-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("register", test_register);
  ADD ("register/refused", test_register_refused);
  ADD ("register/full-width-phone", test_register_full_width_phone);
  ADD ("deadline/exactly-24h", test_deadline_exactly_24h);
  ADD ("deadline/due-soon", test_deadline_due_soon);
  ADD ("deadline/across-midnight", test_deadline_across_midnight);
  ADD ("deadline/month-end", test_deadline_month_end);
  ADD ("deadline/resolved-late", test_deadline_resolved_late);
  ADD ("deadline/setting", test_deadline_setting);
  ADD ("entered-late/hall-midnight", test_entered_late_hall_midnight);
  ADD ("entered-late/days", test_entered_late_days);
  ADD ("callback/required", test_callback_required);
  ADD ("callback/before-deadline", test_callback_before_deadline);
  ADD ("events/order", test_events_order);
  ADD ("owner/never-changes", test_owner_never_changes);
  ADD ("categories", test_categories);
  ADD ("day/sign", test_day_sign);
  ADD ("day/sign-refused", test_day_sign_refused);
  ADD ("day/sign-twice", test_day_sign_twice);
  ADD ("list/filter", test_list_filter);

#undef ADD

  return g_test_run ();
}
