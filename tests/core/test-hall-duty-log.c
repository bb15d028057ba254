/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-hall-duty-log.c: the duty log: written during the shift, signed by the outgoing duty
 * manager and acknowledged by the incoming one, locked after signing, remarks appended, and its
 * pre-filled facts equal to the records they come from. */

#include "config.h"

#include <string.h>

#include "core/hk-complaint-store.h"
#include "core/hk-error.h"
#include "core/hk-opinion-book-store.h"
#include "hk-test-duty.h"

typedef HkTestDuty Fixture;

static HkDutyLog *
sign (Fixture     *fixture,
      HkOperator  *actor,
      const char  *day,
      HkDutyShift  shift)
{
  g_autoptr(GError) error = NULL;
  HkDutyLog *log = hk_duty_store_sign_log (fixture->store, actor, day, shift, &error);

  g_assert_no_error (error);
  g_assert_nonnull (log);
  return log;
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(HkDutyLog) log = NULL;
  g_autoptr(GError) error = NULL;

  log = hk_duty_store_get_log (fixture->store, TODAY, HK_DUTY_SHIFT_EARLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_duty_log_get_id (log), ==, 0);
  g_assert_cmpint (hk_duty_log_get_status (log), ==, HK_DUTY_LOG_OPEN);
  g_assert_cmpint (hk_duty_log_get_shift_start (log), ==, EARLY_START);
  g_assert_cmpint (hk_duty_log_get_shift_end (log), ==, EARLY_END);
  g_assert_false (hk_duty_log_get_facts (log)->frozen);
  g_assert_cmpint (hk_duty_log_get_facts (log)->as_of, ==, T0);
  g_assert_cmpuint (hk_duty_log_get_remarks (log)->len, ==, 0);
  g_assert_cmpuint (hk_test_count_rows (fixture->hall.db.database, "duty_logs"), ==, 0);
}

static void
test_sign_acknowledge (Fixture       *fixture,
                       gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkDutyLog) saved = NULL;
  g_autoptr(HkDutyLog) resaved = NULL;
  g_autoptr(HkDutyLog) signed_log = NULL;
  g_autoptr(HkDutyLog) acknowledged = NULL;
  g_autoptr(GError) error = NULL;

  saved = hk_test_duty_save_log (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_EARLY, "平稳");
  g_assert_cmpint (hk_duty_log_get_id (saved), >, 0);
  g_assert_cmpstr (hk_duty_log_get_notable_events (saved), ==, "平稳");
  g_assert_null (hk_duty_log_get_busy_periods (saved));
  g_assert_cmpstr (hk_duty_log_get_written_by_name (saved), ==, "zhengwei");
  hk_test_hall_assert_last_audit (hall, "duty-log-saved", hall->manager, "duty_log",
                                  hk_duty_log_get_id (saved), "wrote the duty log of 2024-03-15");

  /* Saved again while open: the same log, the new text. */
  hk_test_duty_set_now (fixture, T0 + HOUR);
  resaved = hk_test_duty_save_log (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_EARLY,
                                   "11:00 排队高峰，加开一个窗口");
  g_assert_cmpint (hk_duty_log_get_id (resaved), ==, hk_duty_log_get_id (saved));
  g_assert_cmpint (hk_duty_log_get_written_at (resaved), ==, T0 + HOUR);
  g_assert_cmpuint (hk_test_count_rows (hall->db.database, "duty_logs"), ==, 1);

  hk_test_duty_set_now (fixture, EARLY_END - 5 * MINUTE);
  signed_log = sign (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_EARLY);
  g_assert_cmpint (hk_duty_log_get_status (signed_log), ==, HK_DUTY_LOG_SIGNED);
  g_assert_cmpint (hk_duty_log_get_signed_at (signed_log), ==, EARLY_END - 5 * MINUTE);
  g_assert_cmpstr (hk_duty_log_get_signed_by_name (signed_log), ==, "zhengwei");
  g_assert_true (hk_duty_log_get_facts (signed_log)->frozen);
  g_assert_cmpint (hk_duty_log_get_facts (signed_log)->as_of, ==, EARLY_END - 5 * MINUTE);
  hk_test_hall_assert_last_audit (hall, "duty-log-signed", hall->manager, "duty_log",
                                  hk_duty_log_get_id (saved), "signed the duty log");

  /* The one who signed does not acknowledge. */
  g_assert_null (hk_duty_store_acknowledge_log (fixture->store, hall->manager, TODAY,
                                                HK_DUTY_SHIFT_EARLY, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, "incoming");
  g_clear_error (&error);

  hk_test_duty_set_now (fixture, EARLY_END + 2 * MINUTE);
  acknowledged = hk_duty_store_acknowledge_log (fixture->store, fixture->manager2, TODAY,
                                                HK_DUTY_SHIFT_EARLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_duty_log_get_status (acknowledged), ==, HK_DUTY_LOG_ACKNOWLEDGED);
  g_assert_cmpint (hk_duty_log_get_acknowledged_at (acknowledged), ==, EARLY_END + 2 * MINUTE);
  g_assert_cmpstr (hk_duty_log_get_acknowledged_by_name (acknowledged), ==, "liqiang");
  g_assert_cmpint (hk_duty_log_get_signed_at (acknowledged), ==, EARLY_END - 5 * MINUTE);
  hk_test_hall_assert_last_audit (hall, "duty-log-acknowledged", fixture->manager2, "duty_log",
                                  hk_duty_log_get_id (saved), "acknowledged");

  /* Once. */
  g_assert_null (hk_duty_store_acknowledge_log (fixture->store, hall->supervisor, TODAY,
                                                HK_DUTY_SHIFT_EARLY, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "liqiang");
}

static void
test_locked_after_signing (Fixture       *fixture,
                           gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkDutyLog) saved = NULL;
  g_autoptr(HkDutyLog) signed_log = NULL;
  g_autoptr(HkDutyLog) remarked = NULL;
  g_autoptr(HkDutyLog) open_log = NULL;
  g_autoptr(GError) error = NULL;
  HkDutyLogInput input = { .notable_events = "改写" };
  HkTestHallBefore before;
  HkDutyLogRemark *remark;
  sqlite3 *raw;
  int rc;

  saved = hk_test_duty_save_log (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_EARLY, "平稳");
  signed_log = sign (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_EARLY);

  /* Neither the store ... */
  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_save_log (fixture->store, hall->manager, TODAY,
                                         HK_DUTY_SHIFT_EARLY, &input, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "remark");
  g_clear_error (&error);
  g_assert_null (hk_duty_store_sign_log (fixture->store, fixture->manager2, TODAY,
                                         HK_DUTY_SHIFT_EARLY, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "already");
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (hall, &before, 0);
  hk_test_hall_remember (hall, &before);

  /* ... nor another program writing to the file changes a signed log or its facts. */
  raw = hk_test_raw_open (hall->db.path);
  rc = sqlite3_exec (raw, "UPDATE duty_logs SET notable_events = 'x'", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT);
  rc = sqlite3_exec (raw, "UPDATE duty_logs SET signed_at = signed_at + 1", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT);
  rc = sqlite3_exec (raw, "UPDATE duty_log_facts SET value = value + 1", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT);
  rc = sqlite3_exec (raw, "DELETE FROM duty_log_facts", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT);
  rc = sqlite3_exec (raw, "DELETE FROM duty_logs", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT);
  sqlite3_close (raw);
  hk_test_hall_assert_unchanged (hall, &before, 0);

  /* Later remarks are appended. */
  hk_test_duty_set_now (fixture, T0 + 5 * HOUR);
  remarked = hk_duty_store_add_remark (fixture->store, fixture->manager2, TODAY,
                                       HK_DUTY_SHIFT_EARLY, "打印机已换纸", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hk_duty_log_get_remarks (remarked)->len, ==, 1);
  remark = g_ptr_array_index (hk_duty_log_get_remarks (remarked), 0);
  g_assert_cmpstr (hk_duty_log_remark_get_text (remark), ==, "打印机已换纸");
  g_assert_cmpint (hk_duty_log_remark_get_written_at (remark), ==, T0 + 5 * HOUR);
  g_assert_cmpstr (hk_duty_log_remark_get_written_by_name (remark), ==, "liqiang");
  g_assert_cmpstr (hk_duty_log_get_notable_events (remarked), ==, "平稳");
  hk_test_hall_assert_last_audit (hall, "duty-log-remark-added", fixture->manager2, "duty_log",
                                  hk_duty_log_get_id (saved), "remark");

  /* A remark is for a signed log; an open one is edited. */
  open_log = hk_test_duty_save_log (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_LATE, "晚班");
  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_add_remark (fixture->store, hall->manager, TODAY,
                                           HK_DUTY_SHIFT_LATE, "补充", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "not signed");
  hk_test_hall_assert_unchanged (hall, &before, 0);
}

static void
test_sign_refusals (Fixture       *fixture,
                    gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkDutyLog) saved = NULL;
  g_autoptr(GError) error = NULL;
  HkDutyLogInput input = { .notable_events = "提前" };
  HkTestHallBefore before;

  hk_test_hall_remember (hall, &before);

  /* Nothing written yet. */
  g_assert_null (hk_duty_store_sign_log (fixture->store, hall->manager, TODAY,
                                         HK_DUTY_SHIFT_EARLY, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "not written");
  g_clear_error (&error);

  /* The late shift begins at 13:30: one second before, it is not there to write or sign. */
  hk_test_duty_set_now (fixture, EARLY_END - 1);
  g_assert_null (hk_duty_store_save_log (fixture->store, hall->manager, TODAY,
                                         HK_DUTY_SHIFT_LATE, &input, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "not begun");
  g_clear_error (&error);
  g_assert_null (hk_duty_store_sign_log (fixture->store, hall->manager, TODAY,
                                         HK_DUTY_SHIFT_LATE, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "not begun");
  g_clear_error (&error);

  /* Acknowledging an open log. */
  hk_test_duty_set_now (fixture, EARLY_END);
  hk_test_hall_assert_unchanged (hall, &before, 0);
  saved = hk_test_duty_save_log (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_LATE, "晚班");
  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_acknowledge_log (fixture->store, fixture->manager2, TODAY,
                                                HK_DUTY_SHIFT_LATE, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "not signed");
  hk_test_hall_assert_unchanged (hall, &before, 0);
}

/* The log's texts and remarks go through the stores' text check: a control character pasted
 * into one is refused, naming the field, and nothing is written. */
static void
test_text_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkDutyLog) saved = NULL;
  g_autoptr(HkDutyLog) signed_log = NULL;
  g_autoptr(GError) error = NULL;
  HkDutyLogInput input = { .notable_events = "平稳\x1b[31m" };
  HkTestHallBefore before;

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_save_log (fixture->store, hall->manager, TODAY,
                                         HK_DUTY_SHIFT_EARLY, &input, &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "U+001B");
  g_assert_true (g_str_has_prefix (error->message, "Notable events: "));
  g_clear_error (&error);
  hk_test_hall_assert_unchanged (hall, &before, 0);

  /* Line breaks are the long texts' own: the same log with them is written. */
  saved = hk_test_duty_save_log (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_EARLY,
                                 "平稳\n午间排队");
  g_assert_cmpstr (hk_duty_log_get_notable_events (saved), ==, "平稳\n午间排队");
  signed_log = sign (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_EARLY);

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_add_remark (fixture->store, fixture->manager2, TODAY,
                                           HK_DUTY_SHIFT_EARLY, "打印机\a已换纸", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "U+0007");
  hk_test_hall_assert_unchanged (hall, &before, 0);
}

static void
test_permissions (Fixture       *fixture,
                  gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkDutyLog) saved = NULL;
  g_autoptr(GError) error = NULL;
  HkDutyLogInput input = { .notable_events = "营业员写的" };
  HkTestHallBefore before;

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_save_log (fixture->store, hall->clerk, TODAY, HK_DUTY_SHIFT_EARLY,
                                         &input, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (hall, &before, 1);
  g_clear_error (&error);

  /* The supervisor keeps the duty manager's books too. */
  saved = hk_test_duty_save_log (fixture, hall->supervisor, TODAY, HK_DUTY_SHIFT_EARLY, "班长");

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_sign_log (fixture->store, fixture->officer, TODAY,
                                         HK_DUTY_SHIFT_EARLY, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (hall, &before, 1);
  g_clear_error (&error);

  hk_test_hall_remember (hall, &before);
  g_assert_null (hk_duty_store_sign_log (fixture->store, hall->auditor, TODAY,
                                         HK_DUTY_SHIFT_EARLY, &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, NULL);
  hk_test_hall_assert_unchanged (hall, &before, 1);
}

/* ---- the pre-filled facts ---- */

static void
sell_at (Fixture *fixture,
         gint64   fee_item_id,
         gint64   at)
{
  g_autoptr(HkReceipt) receipt = NULL;

  hk_test_duty_set_now (fixture, at);
  receipt = hk_test_hall_sell (&fixture->hall, fixture->hall.clerk, fee_item_id, 1, 2500,
                               HK_PAYMENT_CASH);
}

static void
register_complaint (Fixture *fixture,
                    gint64   received_at)
{
  HkComplaintStore *complaints = hk_context_get_complaint_store (fixture->hall.context);
  g_autoptr(HkComplaintCategory) category = NULL;
  g_autoptr(HkComplaint) complaint = NULL;
  g_autoptr(GError) error = NULL;
  HkComplaintInput input = {
    .received_at = received_at,
    .channel = HK_COMPLAINT_CHANNEL_COUNTER,
    .customer_name = "王先生",
    .description = "本月话费多扣了20元",
    .priority = HK_COMPLAINT_PRIORITY_NORMAL,
  };

  category = hk_complaint_store_lookup_category (complaints, "billing", &error);
  g_assert_no_error (error);
  input.category_id = hk_complaint_category_get_id (category);
  complaint = hk_complaint_store_register (complaints, fixture->officer, &input, &error);
  g_assert_no_error (error);
}

/* The receipts of @day per local hour, from the receipt store, within [start, end). */
static void
count_receipts (Fixture *fixture,
                gint64   start,
                gint64   end,
                guint    per_hour[24],
                guint   *total)
{
  g_autoptr(GPtrArray) receipts = NULL;
  g_autoptr(GError) error = NULL;

  receipts = hk_receipt_store_list_day (fixture->hall.receipts,
                                        hk_operator_get_id (fixture->hall.clerk), TODAY, &error);
  g_assert_no_error (error);
  memset (per_hour, 0, 24 * sizeof (guint));
  *total = 0;

  for (guint i = 0; i < receipts->len; i++)
    {
      HkReceipt *receipt = g_ptr_array_index (receipts, i);
      gint64 at = hk_receipt_get_issued_at (receipt);

      if (hk_receipt_get_status (receipt) == HK_RECEIPT_ISSUED && at >= start && at < end)
        {
          per_hour[(at - MIDNIGHT) / HOUR]++;
          (*total)++;
        }
    }
}

static void
test_facts (Fixture       *fixture,
            gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  HkOpinionBookStore *opinions = hk_context_get_opinion_book_store (hall->context);
  g_autoptr(HkInvoiceBook) book = NULL;
  g_autoptr(HkShift) shift = NULL;
  g_autoptr(HkDutyLog) saved = NULL;
  g_autoptr(HkDutyLog) open_log = NULL;
  g_autoptr(HkDutyLog) signed_log = NULL;
  g_autoptr(HkDutyLog) reread = NULL;
  g_autoptr(HkOpinionEntry) waiting = NULL;
  g_autoptr(HkOpinionEntry) answered = NULL;
  g_autoptr(HkOpinionEntry) processed = NULL;
  g_autoptr(GPtrArray) complaints = NULL;
  g_autoptr(GPtrArray) repairs = NULL;
  g_autoptr(GError) error = NULL;
  HkComplaintFilter not_closed = { .not_closed_only = TRUE };
  HkRepairFilter overdue = { .overdue_only = TRUE };
  HkDutyLogFacts *facts;
  HkDutyLogFacts live;
  guint per_hour[24];
  guint total = 0;
  guint n_overdue = 0;
  gint64 sim;

  /* The counter: receipts at 07:59 (before the shift), 08:00, 09:10, 09:50 and 13:29:59, and one
   * at 13:30 (the late shift's). */
  hk_test_duty_set_now (fixture, MIDNIGHT + 7 * HOUR);
  sim = hk_test_hall_add_fee_item (hall, "SIM01", "SIM card", HK_FEE_CATEGORY_SIM_CARD, 2500,
                                   TODAY);
  book = hk_test_hall_register_book (hall, "144001900111", 1, 100);
  hk_test_hall_issue_numbers (hall, book, 1, 100, hall->clerk);
  shift = hk_test_hall_open_shift (hall, hall->clerk, 10000);
  sell_at (fixture, sim, EARLY_START - 1);
  sell_at (fixture, sim, EARLY_START);
  sell_at (fixture, sim, MIDNIGHT + 9 * HOUR + 10 * MINUTE);
  sell_at (fixture, sim, MIDNIGHT + 9 * HOUR + 50 * MINUTE);
  sell_at (fixture, sim, EARLY_END - 1);
  sell_at (fixture, sim, EARLY_END);

  /* Complaints: one two days ago, overdue now; two received in the shift; one in the late. */
  hk_test_duty_set_now (fixture, EARLY_END - 30 * MINUTE);
  register_complaint (fixture, T0 - 2 * DAY);
  register_complaint (fixture, EARLY_START + 5 * MINUTE);
  register_complaint (fixture, T0);

  /* Daily reports: yesterday's submitted and not signed, the day before's signed. */
  hk_test_hall_sign_day (hall, hall->clerk, "2024-03-13");
  hk_test_raw_exec (hall->db.path, "INSERT INTO daily_reports (clerk_id, business_day,"
                    " submitted_at) SELECT id, '2024-03-14', 1710400000 FROM operators"
                    " WHERE login = 'zhangli'");

  /* The opinion book: two entries of yesterday, one processed; one of tomorrow is not there. */
  waiting = hk_opinion_book_store_add (opinions, fixture->officer, "2024-03-14", "太慢", NULL,
                                       &error);
  g_assert_no_error (error);
  answered = hk_opinion_book_store_add (opinions, fixture->officer, "2024-03-14", "很好", NULL,
                                        &error);
  g_assert_no_error (error);
  processed = hk_opinion_book_store_process (opinions, hall->manager, answered, "谢谢", &error);
  g_assert_no_error (error);

  hk_test_duty_set_now (fixture, EARLY_END - 10 * MINUTE);
  saved = hk_test_duty_save_log (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_EARLY, "平稳");
  open_log = hk_duty_store_get_log (fixture->store, TODAY, HK_DUTY_SHIFT_EARLY, &error);
  g_assert_no_error (error);
  facts = hk_duty_log_get_facts (open_log);
  g_assert_false (facts->frozen);
  g_assert_cmpint (facts->as_of, ==, EARLY_END - 10 * MINUTE);

  /* Each fact against the records it comes from, read through their own stores. */
  count_receipts (fixture, EARLY_START, EARLY_END, per_hour, &total);
  g_assert_cmpuint (total, ==, 4);
  g_assert_cmpuint (facts->receipts, ==, total);
  for (guint h = 0; h < 24; h++)
    g_assert_cmpuint (facts->receipts_per_hour[h], ==, per_hour[h]);
  g_assert_cmpuint (facts->receipts_per_hour[8], ==, 1);
  g_assert_cmpuint (facts->receipts_per_hour[9], ==, 2);
  g_assert_cmpuint (facts->receipts_per_hour[13], ==, 1);
  g_assert_cmpuint (facts->receipts_per_hour[7], ==, 0);

  complaints = hk_complaint_store_list (hk_context_get_complaint_store (hall->context),
                                        &not_closed, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < complaints->len; i++)
    if (hk_complaint_get_sla (g_ptr_array_index (complaints, i), facts->as_of) ==
        HK_COMPLAINT_SLA_OVERDUE)
      n_overdue++;
  g_assert_cmpuint (n_overdue, ==, 1);
  g_assert_cmpuint (facts->overdue_complaints, ==, n_overdue);
  g_assert_cmpuint (facts->complaints_received, ==, 2);

  repairs = hk_repair_store_list (hk_context_get_repair_store (hall->context), &overdue, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (facts->overdue_repairs, ==, repairs->len);

  g_assert_cmpuint (facts->unsigned_daily_reports, ==, 1);
  g_assert_cmpuint (facts->opinion_entries_waiting, ==, 1);
  g_assert_cmpuint (facts->incidents, ==, 0);
  g_assert_cmpuint (facts->open_faults, ==, 0);

  /* Signing freezes them: later records do not change the signed log. */
  live = *facts;
  signed_log = sign (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_EARLY);
  hk_test_duty_set_now (fixture, EARLY_END - 5 * MINUTE);
  register_complaint (fixture, EARLY_START + HOUR);
  sell_at (fixture, sim, EARLY_END - 2 * MINUTE);
  reread = hk_duty_store_get_log (fixture->store, TODAY, HK_DUTY_SHIFT_EARLY, &error);
  g_assert_no_error (error);
  facts = hk_duty_log_get_facts (reread);
  g_assert_true (facts->frozen);
  g_assert_cmpuint (facts->receipts, ==, live.receipts);
  g_assert_cmpmem (facts->receipts_per_hour, sizeof live.receipts_per_hour,
                   live.receipts_per_hour, sizeof live.receipts_per_hour);
  g_assert_cmpuint (facts->complaints_received, ==, 2);
  g_assert_cmpuint (facts->overdue_complaints, ==, live.overdue_complaints);
  g_assert_cmpuint (facts->unsigned_daily_reports, ==, 1);
  g_assert_cmpuint (facts->opinion_entries_waiting, ==, 1);
  g_assert_cmpint (facts->as_of, ==, EARLY_END - 10 * MINUTE);

  /* While the live computation sees them. */
  {
    g_autoptr(HkDutyLogFacts) now_facts =
      hk_duty_store_compute_facts (fixture->store, TODAY, HK_DUTY_SHIFT_EARLY, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (now_facts->complaints_received, ==, 3);
    g_assert_cmpuint (now_facts->receipts, ==, 5);
  }
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;
  g_autoptr(HkDutyLog) early = NULL;
  g_autoptr(HkDutyLog) late = NULL;
  g_autoptr(HkDutyLog) yesterday = NULL;
  g_autoptr(GPtrArray) logs = NULL;
  g_autoptr(GError) error = NULL;

  hk_test_duty_set_now (fixture, LATE_END - HOUR);
  late = hk_test_duty_save_log (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_LATE, "晚");
  early = hk_test_duty_save_log (fixture, hall->manager, TODAY, HK_DUTY_SHIFT_EARLY, "早");
  yesterday = hk_test_duty_save_log (fixture, hall->manager, "2024-03-14", HK_DUTY_SHIFT_LATE,
                                     "昨");

  logs = hk_duty_store_list_logs (fixture->store, TODAY, TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (logs->len, ==, 2);
  g_assert_cmpint (hk_duty_log_get_shift (g_ptr_array_index (logs, 0)), ==, HK_DUTY_SHIFT_EARLY);
  g_assert_cmpint (hk_duty_log_get_shift (g_ptr_array_index (logs, 1)), ==, HK_DUTY_SHIFT_LATE);
  g_assert_cmpuint (hall->n_changed, ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, hk_test_duty_setup, func, hk_test_duty_teardown)

  ADD ("/duty-log/empty-is-open", test_empty);
  ADD ("/duty-log/sign-acknowledge", test_sign_acknowledge);
  ADD ("/duty-log/locked-after-signing", test_locked_after_signing);
  ADD ("/duty-log/sign-refusals", test_sign_refusals);
  ADD ("/duty-log/text-refused", test_text_refused);
  ADD ("/duty-log/permissions", test_permissions);
  ADD ("/duty-log/facts-equal-records", test_facts);
  ADD ("/duty-log/list", test_list);

#undef ADD

  return g_test_run ();
}
