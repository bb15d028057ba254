/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-access-request-store.c: access to customer files: requests, approval by a superior who
 * is neither the requester nor the designated person, paper approvals, release within the
 * window and once, return, overdue files, and identity data for the designated person only. */

#include "config.h"

#include <string.h>

#include "core/hk-access-request-store.h"
#include "core/hk-customer-file-store.h"
#include "core/hk-error.h"
#include "hk-test-hall.h"

/* 2026-10-12 10:00 in the hall (Asia/Shanghai, UTC+8). */
#define T0 G_GINT64_CONSTANT (1791770400)
#define HOUR (60 * 60)
#define DAY (24 * HOUR)
#define TODAY "2026-10-12"

#define ID_A "330106198503121231"
#define ID_A_MASKED "330***********1231"
#define PHONE_A "13812345678"
#define NUMBER_A "13912340001"

typedef struct
{
  HkTestHall            hall;
  HkCustomerFileStore  *files;
  HkAccessRequestStore *requests;
  HkOperator           *archivist;
  HkOperator           *archivist2;
  HkOperator           *officer;
  HkCustomerFile       *file_a;
  HkCustomerFile       *file_b;
} Fixture;

static void
on_changed_cb (GObject *store,
               gint64   id,
               Fixture *fixture)
{
  fixture->hall.n_changed++;
}

static HkCustomerFile *
register_file (Fixture    *fixture,
               const char *file_no,
               const char *id_number,
               const char *phone,
               const char *number)
{
  const char *numbers[] = { number, NULL };
  HkCustomerFileInput input = {
    .file_no = file_no, .customer_name = "张三", .id_number = id_number, .phone = phone,
    .service_numbers = numbers, .kind = HK_FILE_KIND_ACCOUNT_OPENING, .cabinet = "A",
    .shelf = "03", .box = "12", .received_on = "2026-03-01", .retain_until = "2031-03-01",
  };
  g_autoptr(GError) error = NULL;
  HkCustomerFile *file;

  file = hk_customer_file_store_register (fixture->files, fixture->archivist, &input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);

  return file;
}

/* Operators of every role the archive needs, straight into the file (no passwords to hash),
 * and two files. */
static void
setup (Fixture       *fixture,
       gconstpointer  data)
{
  HkTestHall *hall = &fixture->hall;

  hk_test_hall_setup (hall, T0);
  hk_test_hall_assert_day (hall, T0, TODAY);
  fixture->files = hk_context_get_customer_file_store (hall->context);
  fixture->requests = hk_context_get_access_request_store (hall->context);

  fixture->archivist = hk_test_hall_insert_operator (hall, "zhouqing", HK_ROLE_ARCHIVIST);
  fixture->archivist2 = hk_test_hall_insert_operator (hall, "wuming", HK_ROLE_ARCHIVIST);
  hall->supervisor = hk_test_hall_insert_operator (hall, "liqiang", HK_ROLE_SUPERVISOR);
  hall->manager = hk_test_hall_insert_operator (hall, "zhengwei", HK_ROLE_DUTY_MANAGER);
  hall->clerk = hk_test_hall_insert_operator (hall, "zhangli", HK_ROLE_CLERK);
  fixture->officer = hk_test_hall_insert_operator (hall, "sunhao", HK_ROLE_COMPLAINT_OFFICER);

  fixture->file_a = register_file (fixture, "DA-2026-0001", ID_A, PHONE_A, NUMBER_A);
  fixture->file_b = register_file (fixture, "DA-2026-0002", "440304197611209918", NULL,
                                   "13912340002");

  g_signal_connect (fixture->requests, "changed", G_CALLBACK (on_changed_cb), fixture);
  g_signal_connect (fixture->files, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
teardown (Fixture       *fixture,
          gconstpointer  data)
{
  hk_test_hall_assert_intact (&fixture->hall);

  g_clear_object (&fixture->file_a);
  g_clear_object (&fixture->file_b);
  g_clear_object (&fixture->archivist);
  g_clear_object (&fixture->archivist2);
  g_clear_object (&fixture->officer);
  hk_test_hall_teardown (&fixture->hall);
}

/* ---- helpers ---- */

static void
set_now (Fixture *fixture,
         gint64   now)
{
  hk_database_set_now (fixture->hall.db.database, now);
}

static HkAccessRequest *
ask_for (Fixture    *fixture,
         HkOperator *requester,
         HkOperator *designated,
         gint64      from,
         gint64      until,
         HkCustomerFile *file,
         HkCustomerFile *other)
{
  gint64 ids[2] = { hk_customer_file_get_id (file), other != NULL ? hk_customer_file_get_id (other)
                                                                  : 0 };
  HkAccessRequestInput input = {
    .file_ids = ids, .n_files = other != NULL ? 2 : 1,
    .designated_id = hk_operator_get_id (designated),
    .purpose = HK_ACCESS_PURPOSE_COMPLAINT, .purpose_note = "投诉单 TS-20261012-07",
    .window_from = from, .window_until = until,
  };
  g_autoptr(GError) error = NULL;
  HkAccessRequest *request;

  request = hk_access_request_store_create (fixture->requests, requester, &input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (request);

  return request;
}

/* The complaint officer asks for file A from now to 18:00, to consult it herself. */
static HkAccessRequest *
ask (Fixture *fixture)
{
  return ask_for (fixture, fixture->officer, fixture->officer, T0, T0 + 8 * HOUR,
                  fixture->file_a, NULL);
}

static HkAccessRequest *
approve (Fixture         *fixture,
         HkOperator      *approver,
         HkAccessRequest *request)
{
  g_autoptr(GError) error = NULL;
  HkAccessRequest *approved;

  approved = hk_access_request_store_approve (fixture->requests, approver, request, "同意",
                                              &error);
  g_assert_no_error (error);
  g_assert_nonnull (approved);

  return approved;
}

static HkAccessRequest *
ask_approved (Fixture *fixture)
{
  g_autoptr(HkAccessRequest) request = ask (fixture);

  return approve (fixture, fixture->hall.supervisor, request);
}

static HkConsultation *
release (Fixture         *fixture,
         HkAccessRequest *request,
         HkCustomerFile  *file)
{
  g_autoptr(GError) error = NULL;
  HkConsultation *consultation;

  consultation = hk_access_request_store_release (fixture->requests, fixture->archivist, request,
                                                  hk_customer_file_get_id (file), &error);
  g_assert_no_error (error);
  g_assert_nonnull (consultation);

  return consultation;
}

static HkAccessRequest *
reread (Fixture         *fixture,
        HkAccessRequest *request)
{
  g_autoptr(GError) error = NULL;
  HkAccessRequest *current;

  current = hk_access_request_store_lookup (fixture->requests,
                                            hk_access_request_get_id (request), &error);
  g_assert_no_error (error);

  return current;
}

static HkFileStatus
file_status (Fixture        *fixture,
             HkCustomerFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HkCustomerFile) current = NULL;

  current = hk_customer_file_store_lookup (fixture->files, hk_customer_file_get_id (file),
                                           &error);
  g_assert_no_error (error);

  return hk_customer_file_get_status (current);
}

static void
assert_last_audit (Fixture    *fixture,
                   const char *action,
                   HkOperator *actor,
                   const char *entity,
                   gint64      entity_id,
                   const char *summary_part)
{
  hk_test_hall_assert_last_audit (&fixture->hall, action, actor, entity, entity_id, summary_part);
}

/* ---- asking ---- */

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GError) error = NULL;

  request = ask_for (fixture, fixture->officer, fixture->hall.clerk, T0 + HOUR, T0 + 8 * HOUR,
                     fixture->file_b, fixture->file_a);

  g_assert_cmpint (hk_access_request_get_id (request), >, 0);
  g_assert_cmpint (hk_access_request_get_requested_at (request), ==, T0);
  g_assert_cmpint (hk_access_request_get_requester_id (request), ==,
                   hk_operator_get_id (fixture->officer));
  g_assert_cmpint (hk_access_request_get_designated_id (request), ==,
                   hk_operator_get_id (fixture->hall.clerk));
  g_assert_cmpint (hk_access_request_get_purpose (request), ==, HK_ACCESS_PURPOSE_COMPLAINT);
  g_assert_cmpstr (hk_access_request_get_purpose_note (request), ==, "投诉单 TS-20261012-07");
  g_assert_cmpint (hk_access_request_get_window_from (request), ==, T0 + HOUR);
  g_assert_cmpint (hk_access_request_get_window_until (request), ==, T0 + 8 * HOUR);
  g_assert_cmpint (hk_access_request_get_state (request), ==, HK_ACCESS_REQUEST_PENDING);
  g_assert_cmpint (hk_access_request_get_approval_kind (request), ==, HK_APPROVAL_NONE);
  g_assert_cmpint (hk_access_request_get_decided_by (request), ==, 0);
  /* Both files, in file number order. */
  g_assert_cmpuint (hk_access_request_get_n_files (request), ==, 2);
  g_assert_cmpstr (hk_access_request_get_file_no (request, 0), ==, "DA-2026-0001");
  g_assert_cmpstr (hk_access_request_get_file_no (request, 1), ==, "DA-2026-0002");
  g_assert_cmpint (hk_access_request_get_file_id (request, 0), ==,
                   hk_customer_file_get_id (fixture->file_a));
  g_assert_true (hk_access_request_has_file (request, hk_customer_file_get_id (fixture->file_b)));
  g_assert_cmpuint (hk_access_request_get_n_released (request), ==, 0);

  assert_last_audit (fixture, "access-requested", fixture->officer, "access-request",
                     hk_access_request_get_id (request), "consult DA-2026-0002, DA-2026-0001");
  g_assert_cmpuint (fixture->hall.n_changed, ==, 1);

  /* The approvals inbox shows it. */
  pending = hk_access_request_store_list (fixture->requests, HK_ACCESS_REQUEST_PENDING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pending->len, ==, 1);
  g_assert_cmpint (hk_access_request_get_id (g_ptr_array_index (pending, 0)), ==,
                   hk_access_request_get_id (request));
}

static void
test_create_refusals (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 file_a = hk_customer_file_get_id (fixture->file_a);
  gint64 officer = hk_operator_get_id (fixture->officer);
  const struct
  {
    HkAccessRequestInput  input;
    int                   code;
    const char           *fragment;
  } cases[] = {
    { { NULL, 0, officer, HK_ACCESS_PURPOSE_AUDIT, "x", T0, T0 + HOUR }, HK_ERROR_INVALID,
      "at least one file" },
    { { &file_a, 1, officer, HK_ACCESS_PURPOSE_AUDIT, "  ", T0, T0 + HOUR }, HK_ERROR_INVALID,
      "Say why" },
    { { &file_a, 1, officer, HK_ACCESS_PURPOSE_AUDIT, "x", T0, T0 }, HK_ERROR_INVALID,
      "end after it begins" },
    { { &file_a, 1, officer, HK_ACCESS_PURPOSE_AUDIT, "x", T0 - 2 * HOUR, T0 }, HK_ERROR_INVALID,
      "over already" },
    { { &file_a, 1, 9999, HK_ACCESS_PURPOSE_AUDIT, "x", T0, T0 + HOUR }, HK_ERROR_INVALID,
      "active operator" },
    { { &file_a, 1, officer, HK_N_ACCESS_PURPOSES, "x", T0, T0 + HOUR }, HK_ERROR_INVALID,
      "purpose" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      g_assert_null (hk_access_request_store_create (fixture->requests, fixture->officer,
                                                     &cases[i].input, &error));
      hk_test_assert_error (error, cases[i].code, cases[i].fragment);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }
}

static void
test_create_left_archive (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 file_b = hk_customer_file_get_id (fixture->file_b);
  HkAccessRequestInput input = {
    .file_ids = &file_b, .n_files = 1, .designated_id = hk_operator_get_id (fixture->officer),
    .purpose = HK_ACCESS_PURPOSE_AUDIT, .purpose_note = "x",
    .window_from = T0, .window_until = T0 + HOUR,
  };
  g_autoptr(HkCustomerFile) transferred = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  transferred = hk_customer_file_store_transfer (fixture->files, fixture->archivist,
                                                 fixture->file_b, "YJ-2026-003", &error);
  g_assert_no_error (error);

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_request_store_create (fixture->requests, fixture->officer, &input,
                                                 &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "has left the archive");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

/* ---- deciding ---- */

static void
test_approve (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HkAccessRequest) request = ask (fixture);
  g_autoptr(HkAccessRequest) approved = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hk_access_request_store_can_decide (fixture->requests, fixture->hall.manager,
                                                     request, &error));
  g_assert_no_error (error);

  set_now (fixture, T0 + 60);
  approved = approve (fixture, fixture->hall.manager, request);

  g_assert_cmpint (hk_access_request_get_state (approved), ==, HK_ACCESS_REQUEST_APPROVED);
  g_assert_cmpint (hk_access_request_get_approval_kind (approved), ==, HK_APPROVAL_APP);
  g_assert_cmpint (hk_access_request_get_decided_by (approved), ==,
                   hk_operator_get_id (fixture->hall.manager));
  g_assert_cmpint (hk_access_request_get_decided_at (approved), ==, T0 + 60);
  g_assert_cmpstr (hk_access_request_get_comment (approved), ==, "同意");
  g_assert_null (hk_access_request_get_paper_slip_no (approved));
  assert_last_audit (fixture, "access-approved", fixture->hall.manager, "access-request",
                     hk_access_request_get_id (request), "approved request");

  /* It leaves the pending list for "waiting for release". */
  waiting = hk_access_request_store_list (fixture->requests, HK_ACCESS_REQUEST_APPROVED, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (waiting->len, ==, 1);
  g_clear_pointer (&waiting, g_ptr_array_unref);
  waiting = hk_access_request_store_list (fixture->requests, HK_ACCESS_REQUEST_PENDING, &error);
  g_assert_cmpuint (waiting->len, ==, 0);

  /* Decided once. */
  g_assert_false (hk_access_request_store_can_decide (fixture->requests, fixture->hall.supervisor,
                                                      approved, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "approved already");
}

/* Refuses @approver's decision on @request with HK_ERROR_PERMISSION, writing only the refusal. */
static void
assert_approval_refused (Fixture         *fixture,
                         HkOperator      *approver,
                         HkAccessRequest *request,
                         const char      *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) check_error = NULL;
  g_autoptr(HkAccessRequest) after = NULL;
  HkTestHallBefore before;

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_request_store_approve (fixture->requests, approver, request, "同意",
                                                  &error));
  hk_test_assert_error (error, HK_ERROR_PERMISSION, fragment);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);

  /* The refusal is in the access log, about the request. */
  assert_last_audit (fixture, "permission-denied", approver, "access-request",
                     hk_access_request_get_id (request), NULL);

  after = reread (fixture, request);
  g_assert_cmpint (hk_access_request_get_state (after), ==, HK_ACCESS_REQUEST_PENDING);

  /* The inbox says the same beforehand, writing nothing. */
  g_assert_false (hk_access_request_store_can_decide (fixture->requests, approver, request,
                                                      &check_error));
  hk_test_assert_error (check_error, HK_ERROR_PERMISSION, fragment);
}

static void
test_approve_own_request (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(HkAccessRequest) request = NULL;

  /* The supervisor asks for a clerk to consult the file, then tries to approve it. */
  request = ask_for (fixture, fixture->hall.supervisor, fixture->hall.clerk, T0, T0 + HOUR,
                     fixture->file_a, NULL);
  assert_approval_refused (fixture, fixture->hall.supervisor, request, "Nobody approves their own");

  /* The same with a reject. */
  {
    g_autoptr(GError) error = NULL;
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_access_request_store_reject (fixture->requests, fixture->hall.supervisor,
                                                   request, "不需要", &error));
    hk_test_assert_error (error, HK_ERROR_PERMISSION, "Nobody approves their own");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  }
}

static void
test_approve_designated (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(HkAccessRequest) request = NULL;

  /* The officer asks for the duty manager to consult the file; he may not approve it. */
  request = ask_for (fixture, fixture->officer, fixture->hall.manager, T0, T0 + HOUR,
                     fixture->file_a, NULL);
  assert_approval_refused (fixture, fixture->hall.manager, request, "is designated to consult");
}

static void
test_approve_without_role (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HkAccessRequest) request = ask (fixture);

  assert_approval_refused (fixture, fixture->hall.clerk, request, "needs one of these roles");
  assert_approval_refused (fixture, fixture->archivist, request, "needs one of these roles");
}

static void
test_approve_expired (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(HkAccessRequest) request = ask (fixture);
  g_autoptr(HkAccessRequest) current = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  /* 18:00: the window is over before anyone decided. */
  set_now (fixture, T0 + 8 * HOUR);
  current = reread (fixture, request);
  g_assert_cmpint (hk_access_request_get_state (current), ==, HK_ACCESS_REQUEST_EXPIRED);

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_request_store_approve (fixture->requests, fixture->hall.supervisor,
                                                  request, NULL, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "has expired");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

static void
test_reject (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HkAccessRequest) request = ask (fixture);
  g_autoptr(HkAccessRequest) rejected = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  /* A rejection says why. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_request_store_reject (fixture->requests, fixture->hall.supervisor,
                                                 request, " ", &error));
  hk_test_assert_error (error, HK_ERROR_INVALID, "why");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  rejected = hk_access_request_store_reject (fixture->requests, fixture->hall.supervisor, request,
                                             "投诉已结案，无需调阅", &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_access_request_get_state (rejected), ==, HK_ACCESS_REQUEST_REJECTED);
  g_assert_cmpstr (hk_access_request_get_comment (rejected), ==, "投诉已结案，无需调阅");
  assert_last_audit (fixture, "access-rejected", fixture->hall.supervisor, "access-request",
                     hk_access_request_get_id (request), "无需调阅");

  /* Nothing of it is released, and it is not decided again. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_request_store_release (fixture->requests, fixture->archivist, rejected,
                                                  hk_customer_file_get_id (fixture->file_a),
                                                  &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "was rejected");
  g_clear_error (&error);
  g_assert_null (hk_access_request_store_approve (fixture->requests, fixture->hall.manager,
                                                  rejected, NULL, &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "rejected already");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

/* ---- paper approvals ---- */

static void
test_paper_approval (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkAccessRequest) request = ask (fixture);
  g_autoptr(HkAccessRequest) approved = NULL;
  g_autoptr(HkConsultation) consultation = NULL;
  g_autoptr(GError) error = NULL;
  HkPaperApproval paper = { "钱卫东", "市公司客服部经理", "SP-2026-0042", "2026-10-11", NULL };

  approved = hk_access_request_store_record_paper_approval (fixture->requests,
                                                            fixture->archivist, request, &paper,
                                                            &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_access_request_get_state (approved), ==, HK_ACCESS_REQUEST_APPROVED);
  g_assert_cmpint (hk_access_request_get_approval_kind (approved), ==, HK_APPROVAL_PAPER);
  g_assert_cmpint (hk_access_request_get_decided_by (approved), ==,
                   hk_operator_get_id (fixture->archivist));
  g_assert_cmpstr (hk_access_request_get_paper_approver (approved), ==, "钱卫东");
  g_assert_cmpstr (hk_access_request_get_paper_title (approved), ==, "市公司客服部经理");
  g_assert_cmpstr (hk_access_request_get_paper_slip_no (approved), ==, "SP-2026-0042");
  g_assert_cmpstr (hk_access_request_get_paper_date (approved), ==, "2026-10-11");
  assert_last_audit (fixture, "paper-approval-recorded", fixture->archivist, "access-request",
                     hk_access_request_get_id (request), "slip SP-2026-0042 signed by 钱卫东");

  /* A paper approval releases the file as well. */
  consultation = release (fixture, approved, fixture->file_a);
  assert_last_audit (fixture, "file-released", fixture->archivist, "customer-file",
                     hk_customer_file_get_id (fixture->file_a), "(paper approval)");
}

static void
test_paper_approval_refusals (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(HkAccessRequest) own = NULL;
  HkPaperApproval good = { "钱卫东", "经理", "SP-1", "2026-10-12", NULL };
  HkPaperApproval cases[] = {
    { "", "经理", "SP-1", "2026-10-12", NULL },
    { "钱卫东", "经理", " ", "2026-10-12", NULL },
    { "钱卫东", "经理", "SP-1", "2026-10-13", NULL },
    { "钱卫东", "经理", "SP-1", "12.10.2026", NULL },
  };
  const char *fragments[] = { "name and the title", "slip’s number", "after today",
                              "is not a date" };
  /* The slip is signed by the requester, whose display name is her login here. */
  HkPaperApproval by_requester = { "sunhao", "投诉接待员", "SP-2", "2026-10-12", NULL };

  request = ask (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      HkTestHallBefore before;

      hk_test_hall_remember (&fixture->hall, &before);
      g_assert_null (hk_access_request_store_record_paper_approval (fixture->requests,
                                                                    fixture->archivist, request,
                                                                    &cases[i], &error));
      hk_test_assert_error (error, HK_ERROR_INVALID, fragments[i]);
      hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
    }

  /* Only an archivist records it. */
  {
    g_autoptr(GError) error = NULL;
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_access_request_store_record_paper_approval (fixture->requests,
                                                                  fixture->hall.supervisor,
                                                                  request, &good, &error));
    hk_test_assert_error (error, HK_ERROR_PERMISSION, "needs one of these roles");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  }

  /* Not signed by the requester. */
  {
    g_autoptr(GError) error = NULL;
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_access_request_store_record_paper_approval (fixture->requests,
                                                                  fixture->archivist, request,
                                                                  &by_requester, &error));
    hk_test_assert_error (error, HK_ERROR_PERMISSION, "signed by sunhao");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  }

  /* An archivist who will consult the file does not record its approval; another one does. */
  own = ask_for (fixture, fixture->officer, fixture->archivist, T0, T0 + HOUR, fixture->file_b,
                 NULL);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HkAccessRequest) approved = NULL;
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_access_request_store_record_paper_approval (fixture->requests,
                                                                  fixture->archivist, own, &good,
                                                                  &error));
    hk_test_assert_error (error, HK_ERROR_PERMISSION, "another archivist");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
    g_clear_error (&error);

    approved = hk_access_request_store_record_paper_approval (fixture->requests,
                                                              fixture->archivist2, own, &good,
                                                              &error);
    g_assert_no_error (error);
    g_assert_cmpint (hk_access_request_get_approval_kind (approved), ==, HK_APPROVAL_PAPER);
  }
}

/* ---- release and return ---- */

static void
test_release_and_return (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(HkAccessRequest) approved = ask_approved (fixture);
  g_autoptr(HkAccessRequest) out = NULL;
  g_autoptr(HkAccessRequest) done = NULL;
  g_autoptr(HkConsultation) consultation = NULL;
  g_autoptr(HkConsultation) returned = NULL;
  g_autoptr(HkConsultation) open = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;

  set_now (fixture, T0 + HOUR);
  consultation = release (fixture, approved, fixture->file_a);

  g_assert_cmpint (hk_consultation_get_request_id (consultation), ==,
                   hk_access_request_get_id (approved));
  g_assert_cmpint (hk_consultation_get_file_id (consultation), ==,
                   hk_customer_file_get_id (fixture->file_a));
  g_assert_cmpstr (hk_consultation_get_file_no (consultation), ==, "DA-2026-0001");
  g_assert_cmpint (hk_consultation_get_designated_id (consultation), ==,
                   hk_operator_get_id (fixture->officer));
  g_assert_cmpint (hk_consultation_get_released_at (consultation), ==, T0 + HOUR);
  g_assert_cmpint (hk_consultation_get_released_by (consultation), ==,
                   hk_operator_get_id (fixture->archivist));
  g_assert_cmpint (hk_consultation_get_due_at (consultation), ==, T0 + 8 * HOUR);
  g_assert_true (hk_consultation_is_open (consultation));
  g_assert_false (hk_consultation_is_overdue (consultation));
  g_assert_cmpint (file_status (fixture, fixture->file_a), ==, HK_FILE_OUT);
  assert_last_audit (fixture, "file-released", fixture->archivist, "customer-file",
                     hk_customer_file_get_id (fixture->file_a),
                     "released file DA-2026-0001 to sunhao under request");

  out = reread (fixture, approved);
  g_assert_cmpint (hk_access_request_get_state (out), ==, HK_ACCESS_REQUEST_OUT);
  g_assert_cmpuint (hk_access_request_get_n_out (out), ==, 1);

  open = hk_access_request_store_get_open_consultation (fixture->requests,
                                                        hk_customer_file_get_id (fixture->file_a),
                                                        &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_consultation_get_id (open), ==, hk_consultation_get_id (consultation));
  listed = hk_access_request_store_list_out (fixture->requests, FALSE, &error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_clear_pointer (&listed, g_ptr_array_unref);

  /* 15:30: back, with what was consulted and the copies made. */
  set_now (fixture, T0 + 5 * HOUR + 1800);
  returned = hk_access_request_store_return_file (fixture->requests, fixture->archivist,
                                                  consultation, "开户协议签字页", 2, &error);
  g_assert_no_error (error);
  g_assert_false (hk_consultation_is_open (returned));
  g_assert_cmpint (hk_consultation_get_returned_at (returned), ==, T0 + 5 * HOUR + 1800);
  g_assert_cmpint (hk_consultation_get_returned_by (returned), ==,
                   hk_operator_get_id (fixture->archivist));
  g_assert_cmpstr (hk_consultation_get_consulted (returned), ==, "开户协议签字页");
  g_assert_cmpuint (hk_consultation_get_copies (returned), ==, 2);
  g_assert_cmpint (file_status (fixture, fixture->file_a), ==, HK_FILE_IN_ARCHIVE);
  assert_last_audit (fixture, "file-returned", fixture->archivist, "customer-file",
                     hk_customer_file_get_id (fixture->file_a), "2 copies made");

  done = reread (fixture, approved);
  g_assert_cmpint (hk_access_request_get_state (done), ==, HK_ACCESS_REQUEST_COMPLETED);
  listed = hk_access_request_store_list_out (fixture->requests, FALSE, &error);
  g_assert_cmpuint (listed->len, ==, 0);
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = hk_access_request_store_list_consultations (fixture->requests,
                                                       hk_access_request_get_id (approved), 0,
                                                       &error);
  g_assert_cmpuint (listed->len, ==, 1);

  /* Returned once. */
  {
    HkTestHallBefore before;

    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_access_request_store_return_file (fixture->requests, fixture->archivist,
                                                        consultation, "再次", 0, &error));
    hk_test_assert_error (error, HK_ERROR_CONFLICT, "returned already");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }
}

static void
test_release_without_approval (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(HkAccessRequest) request = ask (fixture);
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_request_store_release (fixture->requests, fixture->archivist, request,
                                                  hk_customer_file_get_id (fixture->file_a),
                                                  &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "not approved");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_assert_cmpint (file_status (fixture, fixture->file_a), ==, HK_FILE_IN_ARCHIVE);

  /* Nor by anyone but the archivist, approved or not. */
  g_clear_error (&error);
  {
    g_autoptr(HkAccessRequest) approved = approve (fixture, fixture->hall.supervisor, request);

    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_access_request_store_release (fixture->requests, fixture->hall.supervisor,
                                                    approved,
                                                    hk_customer_file_get_id (fixture->file_a),
                                                    &error));
    hk_test_assert_error (error, HK_ERROR_PERMISSION, "needs one of these roles");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
    g_clear_error (&error);

    /* Nor a file the request does not name. */
    hk_test_hall_remember (&fixture->hall, &before);
    g_assert_null (hk_access_request_store_release (fixture->requests, fixture->archivist,
                                                    approved,
                                                    hk_customer_file_get_id (fixture->file_b),
                                                    &error));
    hk_test_assert_error (error, HK_ERROR_INVALID, "not one of the files");
    hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  }
}

static void
test_release_outside_window (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(HkAccessRequest) request = NULL;
  g_autoptr(HkAccessRequest) approved = NULL;
  g_autoptr(HkAccessRequest) expired = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  /* Tomorrow 09:00 to 12:00. */
  request = ask_for (fixture, fixture->officer, fixture->officer, T0 + 23 * HOUR, T0 + 26 * HOUR,
                     fixture->file_a, NULL);
  approved = approve (fixture, fixture->hall.supervisor, request);

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_request_store_release (fixture->requests, fixture->archivist, approved,
                                                  hk_customer_file_get_id (fixture->file_a),
                                                  &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "opens at 2026-10-13 09:00");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* At 12:00 exactly the approval has expired. */
  set_now (fixture, T0 + 26 * HOUR);
  expired = reread (fixture, approved);
  g_assert_cmpint (hk_access_request_get_state (expired), ==, HK_ACCESS_REQUEST_EXPIRED);

  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_request_store_release (fixture->requests, fixture->archivist, approved,
                                                  hk_customer_file_get_id (fixture->file_a),
                                                  &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "expired at 2026-10-13 12:00");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);

  /* One second before, it was released. */
  set_now (fixture, T0 + 26 * HOUR - 1);
  g_object_unref (release (fixture, approved, fixture->file_a));
}

static void
test_release_twice (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HkAccessRequest) first = ask_approved (fixture);
  g_autoptr(HkAccessRequest) second = NULL;
  g_autoptr(HkAccessRequest) other = NULL;
  g_autoptr(HkConsultation) consultation = NULL;
  g_autoptr(HkConsultation) returned = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  consultation = release (fixture, first, fixture->file_a);

  /* Under the same request, while out. */
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_request_store_release (fixture->requests, fixture->archivist, first,
                                                  hk_customer_file_get_id (fixture->file_a),
                                                  &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "not released twice");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* Under another approved request, while out. */
  other = ask_for (fixture, fixture->hall.clerk, fixture->hall.clerk, T0, T0 + 8 * HOUR,
                   fixture->file_a, NULL);
  second = approve (fixture, fixture->hall.manager, other);
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_request_store_release (fixture->requests, fixture->archivist2, second,
                                                  hk_customer_file_get_id (fixture->file_a),
                                                  &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "not released twice");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
  g_clear_error (&error);

  /* Even a program that writes to the file itself cannot put it out twice. */
  {
    g_autofree char *sql = g_strdup_printf ("INSERT INTO consultations (request_id, file_id,"
                                            " released_at, released_by) VALUES (%lld, %lld, %lld,"
                                            " %lld)",
                                            (long long)hk_access_request_get_id (second),
                                            (long long)hk_customer_file_get_id (fixture->file_a),
                                            (long long)T0,
                                            (long long)hk_operator_get_id (fixture->archivist));
    sqlite3 *raw = hk_test_raw_open (fixture->hall.db.path);
    char *message = NULL;

    g_assert_cmpint (sqlite3_exec (raw, sql, NULL, NULL, &message), ==, SQLITE_CONSTRAINT);
    g_assert_nonnull (strstr (message, "UNIQUE"));
    sqlite3_free (message);
    sqlite3_close (raw);
  }

  /* Back in the archive, the second request's consultation may begin; the first request's
   * approval covered one consultation. */
  returned = hk_access_request_store_return_file (fixture->requests, fixture->archivist,
                                                  consultation, "缴费记录", 0, &error);
  g_assert_no_error (error);
  g_object_unref (release (fixture, second, fixture->file_a));

  {
    g_autoptr(HkConsultation) again = NULL;

    again = hk_access_request_store_get_open_consultation (
              fixture->requests, hk_customer_file_get_id (fixture->file_a), &error);
    g_assert_no_error (error);
    g_assert_nonnull (again);
    g_object_unref (hk_access_request_store_return_file (fixture->requests, fixture->archivist,
                                                         again, "缴费记录", 0, &error));
    g_assert_no_error (error);
  }
  hk_test_hall_remember (&fixture->hall, &before);
  g_assert_null (hk_access_request_store_release (fixture->requests, fixture->archivist, first,
                                                  hk_customer_file_get_id (fixture->file_a),
                                                  &error));
  hk_test_assert_error (error, HK_ERROR_CONFLICT, "released under request");
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 0);
}

static void
test_release_schema (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkAccessRequest) request = ask (fixture);
  g_autofree char *sql = NULL;
  sqlite3 *raw;
  char *message = NULL;

  /* A pending request's file, written straight into the file, is refused by the schema. */
  sql = g_strdup_printf ("INSERT INTO consultations (request_id, file_id, released_at,"
                         " released_by) VALUES (%lld, %lld, %lld, %lld)",
                         (long long)hk_access_request_get_id (request),
                         (long long)hk_customer_file_get_id (fixture->file_a), (long long)T0,
                         (long long)hk_operator_get_id (fixture->archivist));
  raw = hk_test_raw_open (fixture->hall.db.path);
  g_assert_cmpint (sqlite3_exec (raw, sql, NULL, NULL, &message), ==, SQLITE_CONSTRAINT);
  g_assert_nonnull (strstr (message, "only under an approval"));
  sqlite3_free (message);

  /* An approval by the requester, likewise. */
  g_free (sql);
  sql = g_strdup_printf ("UPDATE access_requests SET decision = 'approved', approval_kind = 'app',"
                         " decided_at = %lld, decided_by = requester_id WHERE id = %lld",
                         (long long)T0, (long long)hk_access_request_get_id (request));
  g_assert_cmpint (sqlite3_exec (raw, sql, NULL, NULL, &message), ==, SQLITE_CONSTRAINT);
  sqlite3_free (message);

  /* And a request is never deleted. */
  g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM access_requests", NULL, NULL, &message), ==,
                   SQLITE_CONSTRAINT);
  sqlite3_free (message);
  sqlite3_close (raw);
}

static void
test_overdue (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HkAccessRequest) approved = ask_approved (fixture);
  g_autoptr(HkConsultation) consultation = NULL;
  g_autoptr(HkConsultation) returned = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GError) error = NULL;

  consultation = release (fixture, approved, fixture->file_a);

  /* 17:59:59: due, not overdue. */
  set_now (fixture, T0 + 8 * HOUR - 1);
  overdue = hk_access_request_store_list_out (fixture->requests, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overdue->len, ==, 0);
  g_clear_pointer (&overdue, g_ptr_array_unref);

  /* 18:00: the window is over and the file is not back. */
  set_now (fixture, T0 + 8 * HOUR);
  overdue = hk_access_request_store_list_out (fixture->requests, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overdue->len, ==, 1);
  g_assert_true (hk_consultation_is_overdue (g_ptr_array_index (overdue, 0)));
  g_assert_cmpint (hk_consultation_get_file_id (g_ptr_array_index (overdue, 0)), ==,
                   hk_customer_file_get_id (fixture->file_a));
  {
    g_autoptr(HkAccessRequest) still_out = reread (fixture, approved);

    g_assert_cmpint (hk_access_request_get_state (still_out), ==, HK_ACCESS_REQUEST_OUT);
  }

  /* The next morning it comes back; the log says how late. */
  set_now (fixture, T0 + DAY - HOUR);
  returned = hk_access_request_store_return_file (fixture->requests, fixture->archivist,
                                                  consultation, "签字页", 1, &error);
  g_assert_no_error (error);
  g_assert_false (hk_consultation_is_overdue (returned));
  assert_last_audit (fixture, "file-returned", fixture->archivist, "customer-file",
                     hk_customer_file_get_id (fixture->file_a), "1 copy made; overdue by 15 hour");
}

/* ---- identity data ---- */

static HkCustomerIdentity *
reveal (Fixture    *fixture,
        HkOperator *actor,
        GError    **error)
{
  return hk_customer_file_store_reveal_identity (fixture->files, fixture->file_a, actor, error);
}

static void
test_reveal (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HkAccessRequest) approved = ask_approved (fixture);
  g_autoptr(HkConsultation) consultation = NULL;
  g_autoptr(HkCustomerIdentity) identity = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_revealed;

  consultation = release (fixture, approved, fixture->file_a);
  n_revealed = hk_test_count_audit (fixture->hall.db.database, "identity-revealed");

  identity = reveal (fixture, fixture->officer, &error);
  g_assert_no_error (error);
  g_assert_nonnull (identity);
  g_assert_cmpstr (identity->file_no, ==, "DA-2026-0001");
  g_assert_cmpstr (identity->customer_name, ==, "张三");
  g_assert_cmpstr (identity->id_number, ==, ID_A);
  g_assert_cmpstr (identity->phone, ==, PHONE_A);
  g_assert_cmpuint (g_strv_length (identity->service_numbers), ==, 1);
  g_assert_cmpstr (identity->service_numbers[0], ==, NUMBER_A);

  /* Every reveal is logged, with the number masked. */
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "identity-revealed"), ==,
                   n_revealed + 1);
  assert_last_audit (fixture, "identity-revealed", fixture->officer, "customer-file",
                     hk_customer_file_get_id (fixture->file_a), ID_A_MASKED);
  g_clear_pointer (&identity, hk_customer_identity_free);
  identity = reveal (fixture, fixture->officer, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hk_test_count_audit (fixture->hall.db.database, "identity-revealed"), ==,
                   n_revealed + 2);

  /* Nowhere in the audit log is the number or the phone in clear. */
  g_assert_cmpint (hk_test_query_int (fixture->hall.db.database,
                                      "SELECT count(*) FROM audit_log WHERE summary LIKE '%"
                                      ID_A "%' OR summary LIKE '%" PHONE_A "%'"
                                      " OR summary LIKE '%" NUMBER_A "%'"), ==, 0);
}

/* Refuses @actor the identity data of file A, writing only the refusal. */
static void
assert_reveal_refused (Fixture    *fixture,
                       HkOperator *actor,
                       const char *fragment)
{
  g_autoptr(HkCustomerIdentity) identity = NULL;
  g_autoptr(GError) error = NULL;
  HkTestHallBefore before;

  hk_test_hall_remember (&fixture->hall, &before);
  identity = reveal (fixture, actor, &error);
  g_assert_null (identity);
  hk_test_assert_error (error, HK_ERROR_PERMISSION, fragment);
  hk_test_hall_assert_unchanged (&fixture->hall, &before, 1);
  assert_last_audit (fixture, "permission-denied", actor, "customer-file",
                     hk_customer_file_get_id (fixture->file_a), NULL);
}

static void
test_reveal_not_designated (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(HkAccessRequest) approved = ask_approved (fixture);
  g_autoptr(HkConsultation) consultation = release (fixture, approved, fixture->file_a);

  /* Not the archivist who released it, not the approver, not the requester of another request. */
  assert_reveal_refused (fixture, fixture->archivist, "only to the person designated");
  assert_reveal_refused (fixture, fixture->hall.supervisor, "only to the person designated");
  assert_reveal_refused (fixture, fixture->hall.clerk, "only to the person designated");
}

static void
test_reveal_not_out (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HkAccessRequest) approved = NULL;
  g_autoptr(HkConsultation) consultation = NULL;
  g_autoptr(HkConsultation) returned = NULL;
  g_autoptr(GError) error = NULL;

  /* Asked for and approved, not yet released. */
  approved = ask_approved (fixture);
  assert_reveal_refused (fixture, fixture->officer, "the file is not out");

  /* Released and returned: the consultation is over. */
  consultation = release (fixture, approved, fixture->file_a);
  returned = hk_access_request_store_return_file (fixture->requests, fixture->archivist,
                                                  consultation, "签字页", 0, &error);
  g_assert_no_error (error);
  assert_reveal_refused (fixture, fixture->officer, "the file is not out");
}

static void
test_reveal_after_window (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(HkAccessRequest) approved = ask_approved (fixture);
  g_autoptr(HkConsultation) consultation = release (fixture, approved, fixture->file_a);

  /* The file is still out, overdue: the approval expired with its window. */
  set_now (fixture, T0 + 8 * HOUR);
  assert_reveal_refused (fixture, fixture->officer, "has expired");
}

/* ---- the inbox ---- */

static void
test_states (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(HkAccessRequest) pending = ask (fixture);
  g_autoptr(HkAccessRequest) waiting = ask_approved (fixture);
  g_autoptr(HkAccessRequest) out = ask_approved (fixture);
  g_autoptr(HkAccessRequest) rejected = NULL;
  g_autoptr(HkAccessRequest) two = NULL;
  g_autoptr(HkAccessRequest) two_approved = NULL;
  g_autoptr(HkConsultation) consultation = NULL;
  g_autoptr(GError) error = NULL;
  const struct
  {
    HkAccessRequestState  state;
    HkAccessRequest      *request;
  } expected[] = {
    { HK_ACCESS_REQUEST_PENDING, pending },
    { HK_ACCESS_REQUEST_APPROVED, waiting },
    { HK_ACCESS_REQUEST_OUT, out },
  };

  {
    g_autoptr(HkAccessRequest) to_reject = ask (fixture);

    rejected = hk_access_request_store_reject (fixture->requests, fixture->hall.manager,
                                               to_reject, "无理由", &error);
    g_assert_no_error (error);
  }
  consultation = release (fixture, out, fixture->file_a);

  /* Another approved request, for file B, waiting for release. */
  two = ask_for (fixture, fixture->officer, fixture->officer, T0, T0 + 8 * HOUR, fixture->file_b,
                 NULL);
  two_approved = approve (fixture, fixture->hall.manager, two);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(HkAccessRequest) current = reread (fixture, expected[i].request);
      g_autoptr(GPtrArray) listed = NULL;
      gboolean found = FALSE;

      g_assert_cmpint (hk_access_request_get_state (current), ==, expected[i].state);
      listed = hk_access_request_store_list (fixture->requests, expected[i].state, &error);
      g_assert_no_error (error);

      for (guint j = 0; j < listed->len; j++)
        {
          HkAccessRequest *item = g_ptr_array_index (listed, j);

          g_assert_cmpint (hk_access_request_get_state (item), ==, expected[i].state);
          found |= hk_access_request_get_id (item) == hk_access_request_get_id (current);
        }
      g_assert_true (found);
    }

  {
    g_autoptr(GPtrArray) listed = NULL;

    listed = hk_access_request_store_list (fixture->requests, HK_ACCESS_REQUEST_REJECTED, &error);
    g_assert_cmpuint (listed->len, ==, 1);
    g_clear_pointer (&listed, g_ptr_array_unref);
    listed = hk_access_request_store_list (fixture->requests, HK_ACCESS_REQUEST_PENDING, &error);
    g_assert_cmpuint (listed->len, ==, 1);
    g_clear_pointer (&listed, g_ptr_array_unref);
    listed = hk_access_request_store_list (fixture->requests, HK_ACCESS_REQUEST_APPROVED, &error);
    g_assert_cmpuint (listed->len, ==, 2);
    g_clear_pointer (&listed, g_ptr_array_unref);

    /* After the window: the pending one and the approved ones never released have expired; the
     * one out is out (and overdue). */
    set_now (fixture, T0 + 9 * HOUR);
    listed = hk_access_request_store_list (fixture->requests, HK_ACCESS_REQUEST_EXPIRED, &error);
    g_assert_cmpuint (listed->len, ==, 3);
    g_clear_pointer (&listed, g_ptr_array_unref);
    listed = hk_access_request_store_list (fixture->requests, HK_ACCESS_REQUEST_OUT, &error);
    g_assert_cmpuint (listed->len, ==, 1);
    g_clear_pointer (&listed, g_ptr_array_unref);
    listed = hk_access_request_store_list_involving (fixture->requests,
                                                     hk_operator_get_id (fixture->officer),
                                                     &error);
    g_assert_cmpuint (listed->len, ==, 5);
    g_clear_pointer (&listed, g_ptr_array_unref);
    listed = hk_access_request_store_list_all (fixture->requests, &error);
    g_assert_cmpuint (listed->len, ==, 5);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/access-request-store/" path, Fixture, NULL, setup, func, teardown)

  ADD ("create", test_create);
  ADD ("create/refusals", test_create_refusals);
  ADD ("create/left-archive", test_create_left_archive);
  ADD ("approve", test_approve);
  ADD ("approve/own-request", test_approve_own_request);
  ADD ("approve/designated-person", test_approve_designated);
  ADD ("approve/without-role", test_approve_without_role);
  ADD ("approve/expired", test_approve_expired);
  ADD ("reject", test_reject);
  ADD ("paper-approval", test_paper_approval);
  ADD ("paper-approval/refusals", test_paper_approval_refusals);
  ADD ("release-and-return", test_release_and_return);
  ADD ("release/without-approval", test_release_without_approval);
  ADD ("release/outside-window", test_release_outside_window);
  ADD ("release/twice", test_release_twice);
  ADD ("release/schema", test_release_schema);
  ADD ("overdue", test_overdue);
  ADD ("reveal", test_reveal);
  ADD ("reveal/not-designated", test_reveal_not_designated);
  ADD ("reveal/not-out", test_reveal_not_out);
  ADD ("reveal/after-window", test_reveal_after_window);
  ADD ("states", test_states);

#undef ADD

  return g_test_run ();
}
